"""Build docs/ng08.docx: a findings chapter of an MSc dissertation (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ng08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "MSc Policing and Criminal Justice \u2013 Dissertation \u2013 Candidate 1182734"
doc.sections[0].footer.paragraphs[0].text = "Page"

doc.add_heading("4. Findings: the 2018/19 inspection of Cleveland Police", level=1)
doc.add_heading("4.1 Context", level=2)
doc.add_paragraph(
    "Cleveland Police was inspected as part of the third group of HMICFRS\u2019s 2018/19 "
    "integrated PEEL assessment, but its report was brought forward and published in "
    "September 2019 because of the seriousness of the findings (HMICFRS, 2019a). The force "
    "was judged inadequate at being effective, inadequate at being efficient and inadequate "
    "at treating the public and its workforce legitimately \u2013 the first force to be judged "
    "inadequate in all three pillars since PEEL began. Its neighbour, Durham Constabulary, "
    "was inspected in the same programme; the contrast was widely reported.")
doc.add_paragraph(
    "The result did not come from nowhere. In the 2017 effectiveness inspection, HMICFRS had "
    "already judged the force to require improvement, and the 2017 legitimacy report had "
    "graded it requires improvement for how well it treats its workforce with fairness and "
    "respect (HMICFRS, 2017, 2018).")
doc.add_heading("4.2 The question grades", level=2)
doc.add_paragraph(
    "Table 4.1 reproduces the grades for the nine graded questions. The specialist "
    "capabilities question was not graded in 2018/19.")
cap = doc.add_paragraph()
cap.add_run("Table 4.1 Cleveland Police: graded questions, PEEL 2018/19").bold = True
rows = [
    ("Pillar", "Question", "Grade"),
    ("Effectiveness", "Preventing crime and tackling anti-social behaviour", "Requires improvement"),
    ("", "Investigating crime and reducing re-offending", "Inadequate"),
    ("", "Protecting vulnerable people and supporting victims", "Inadequate"),
    ("", "Tackling serious and organised crime", "Requires improvement"),
    ("Efficiency", "Meeting current demands and using resources", "Inadequate"),
    ("", "Planning for the future", "Inadequate"),
    ("Legitimacy", "Fair treatment of the public", "Requires improvement"),
    ("", "Ethical and lawful workforce behaviour", "Inadequate"),
    ("", "Fair treatment of the workforce", "Requires improvement"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        set_cell(t.cell(i, j), val, bold=(i == 0))
src = doc.add_paragraph("Source: HMICFRS (2019a), pp. 5\u20137.")
src.runs[0].italic = True

doc.add_heading("4.3 Causes of concern", level=2)
doc.add_paragraph(
    "The report set out causes of concern under each pillar. Two of them are of particular "
    "relevance to the interview data in section 4.4 and are reproduced here.")
doc.add_paragraph(
    "The force does not have a sufficient understanding of the demand it faces, and its "
    "plans for the workforce and for finance are not linked to that demand.",
    style="Intense Quote")
doc.add_paragraph(
    "The force does not do enough to identify and act on corruption, and its counter-"
    "corruption unit lacks the capacity and capability to investigate the intelligence it "
    "receives.",
    style="Intense Quote")
doc.add_paragraph(
    "The first was accompanied by a recommendation that, within six months, the force "
    "should produce a comprehensive analysis of current and likely future demand. Neither "
    "cause of concern had been closed when the fieldwork for this dissertation was carried "
    "out in the summer of 2020.")
doc.add_heading("4.4 Officers\u2019 accounts", level=2)
doc.add_paragraph(
    "Eleven officers and staff were interviewed. All are anonymised. Participant 3, a "
    "response inspector, said that the report \u2018described what we had been saying for "
    "years, but nobody senior wanted to hear it\u2019. Participant 7, a member of police "
    "staff in the force control room, was more critical of the inspection than of the force: "
    "\u2018they came for a week and wrote off a thousand people\u2019.")
doc.add_paragraph(
    "Several participants referred to the change of leadership that followed. Temporary "
    "Chief Constable Lisa Orchard, who led the force in the months after publication, was "
    "described by two participants as having \u2018owned\u2019 the report. HM Inspector of "
    "Constabulary Matt Parr, who led the inspection, wrote in the foreword that the force "
    "had \u2018a long way to go\u2019 but that he had confidence in its new leadership.")
doc.add_heading("References (this chapter)", level=2)
for r in [
    "HMICFRS (2017) PEEL: Police effectiveness 2017 \u2013 An inspection of Cleveland Police. London: HMICFRS.",
    "HMICFRS (2018) PEEL: Police legitimacy 2017 \u2013 An inspection of Cleveland Police. London: HMICFRS.",
    "HMICFRS (2019a) PEEL: Police effectiveness, efficiency and legitimacy 2018/19 \u2013 An inspection of Cleveland Police. London: HMICFRS.",
]:
    doc.add_paragraph(r)
doc.save(OUT)
print("wrote", OUT)
