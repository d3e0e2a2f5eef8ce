"""Build docs/nb07.docx: a UNISON police staff branch secretary's report to the AGM,
Norfolk, covering HMIC's PEEL efficiency 2016 report (python-docx).
    /tmp/nbvenv/bin/python src/make_nb07.py"""
import os
from docx import Document
from docxutil import set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nb07.docx")

doc = Document()
doc.sections[0].header.paragraphs[0].text = "UNISON Norfolk Police Branch - AGM papers - Item 4"
doc.add_heading("Norfolk Police UNISON Branch", level=0)
doc.add_paragraph("Branch Secretary's Report to the Annual General Meeting, 8 March 2017")
doc.add_paragraph("Prepared by Jill Sayer, Branch Secretary")

doc.add_heading("1. Membership", level=1)
doc.add_paragraph("Membership has held up well despite another year of restructuring. Figures at year end:")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("", "31 Dec 2015", "31 Dec 2016")):
    set_cell(c, h, bold=True)
for a, b, c in (("Members", "1,108", "1,146"), ("Of whom PCSOs", "214", "187"),
                ("Workplace reps", "31", "36"), ("Health and safety reps", "9", "11")):
    r = t.add_row().cells
    set_cell(r[0], a); set_cell(r[1], b); set_cell(r[2], c)

doc.add_heading("2. The HMIC efficiency inspection", level=1)
doc.add_paragraph(
    "Branch officers met the HMIC inspection team during their fieldwork in June and raised three "
    "issues: staff workloads after the 2015 restructure, the loss of PCSO posts, and the lack of any "
    "career path for police staff investigators. As our national conference has said for years, "
    "branch input to inspections too often disappears without trace, so it was good to see at least "
    "some of what we said reflected in the report.")
doc.add_paragraph(
    "HMIC published its PEEL efficiency report on Norfolk Constabulary in November. The "
    "constabulary was judged good overall, the same grade it was given in 2015. It was judged "
    "good at understanding demand and at using its resources, and outstanding at planning for the "
    "future.")
doc.add_paragraph(
    "Our colleagues in Suffolk Constabulary, with whom we share most back-office and protective "
    "services, were also judged good for efficiency.")
doc.add_paragraph("Among the areas for improvement, HMIC said:")
doc.add_paragraph(
    "The constabulary should ensure it has a full understanding of the skills and capabilities of "
    "its police staff, so that it can plan the workforce it will need in the future.", style="Quote")
doc.add_paragraph(
    "We have asked the Chief Constable how police staff will be involved in the skills audit that "
    "should follow. His reply, received in January, says the audit will start in April and that "
    "UNISON will sit on the project board. We will hold him to that.")

doc.add_heading("3. What members told us", level=1)
doc.add_paragraph(
    "312 members answered our workload survey in the autumn. 64% said their workload had "
    "increased since the 2015 restructure, 47% said they regularly worked unpaid extra time, and "
    "only 22% felt police staff were valued as much as officers. These figures went to the Chief "
    "Constable and the Police and Crime Commissioner before Christmas.")

doc.add_heading("4. Budget and the year ahead", level=1)
doc.add_paragraph(
    "The 2017/18 budget set by the Police and Crime Commissioner, Stephen Thackray, protects PCSO "
    "numbers for one more year. Chief Constable Mark Ellery has told the branch that no compulsory "
    "redundancies are planned before April 2018, but the savings target for 2018/19 is still £3.2m.")
doc.add_paragraph("Priorities for the coming year:")
for p in ("a career framework for police staff investigators;",
          "a fair job evaluation process for the new contact centre roles;",
          "proper wellbeing support for staff in the control room."):
    doc.add_paragraph(p, style="List Number")
doc.add_paragraph("Jill Sayer\nBranch Secretary")
doc.save(OUT)
print("wrote", OUT)
