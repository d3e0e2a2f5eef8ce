"""Write docs/ly07.docx: a Chief Constable's paper to a force governance board on PEEL 2016 progress
(Gloucestershire), numbered paragraphs plus a tracking table."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ly07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "Gloucestershire Constabulary \u2013 Strategic Governance Board \u2013 Agenda item 6"

meta = doc.add_table(rows=4, cols=2)
for r, (k, v) in zip(meta.rows, [
    ("To:", "Strategic Governance Board"),
    ("From:", "Chief Constable"),
    ("Date:", "11 May 2017"),
    ("Subject:", "HMIC PEEL 2016 \u2013 inspection findings and progress"),
]):
    set_cell(r.cells[0], k, bold=True)
    set_cell(r.cells[1], v)
doc.add_paragraph("")


def para(num, text, bold_head=None):
    p = doc.add_paragraph()
    if bold_head:
        p.add_run(bold_head + "\n").bold = True
    p.add_run(num + "\t" + text)
    return p


doc.add_paragraph().add_run("1. Purpose").bold = True
para("1.1", "This paper gives the Board an overview of the findings of Her Majesty's Inspectorate of "
     "Constabulary (HMIC) from its PEEL 2016 inspections of Gloucestershire Constabulary, and of progress "
     "against them.")
doc.add_paragraph().add_run("2. Recommendation").bold = True
para("2.1", "The Board is asked to note the report and the progress described in Appendix A.")
para("2.2", "The Board is asked to note that the Office of the Police and Crime Commissioner tracks the "
     "same findings through its own accountability meeting, so that progress is reported once.")
doc.add_paragraph().add_run("3. Background").bold = True
para("3.1", "PEEL is HMIC's annual assessment of the 43 forces in England and Wales. Forces are assessed on "
     "their effectiveness, efficiency, legitimacy and leadership. The first three are graded outstanding, "
     "good, requires improvement or inadequate; leadership receives a narrative judgment only.")
para("3.2", "HMIC's reports contain observations, areas for improvement, causes of concern and "
     "recommendations. Grades are not known to the force until a report is published.")
doc.add_paragraph().add_run("4. PEEL 2016 results").bold = True
para("4.1", "The 2016 results were:")
for line in ["Efficiency \u2013 \u2018Requires improvement\u2019",
             "Legitimacy \u2013 Good",
             "Leadership \u2013 narrative judgment only",
             "Effectiveness \u2013 Good"]:
    doc.add_paragraph(line, style="List Bullet")
para("4.2", "Within efficiency, HMIC judged the constabulary good at understanding demand but found that it "
     "requires improvement in how it uses its resources and inadequate in how it plans for the future. "
     "Last year our efficiency was judged good, so this is a decline and is the main focus of this paper.")
para("4.3", "Within legitimacy, all three questions were graded good.")
para("4.4", "For comparison, Wiltshire Police, with whom we share a number of support services, was also "
     "assessed in 2016; its results are a matter for its own Board.")
doc.add_paragraph().add_run("5. Progress").bold = True
para("5.1", "Appendix A lists each finding, its owner and its status. Deputy Chief Constable Rob Haskins "
     "chairs the monthly Inspection Delivery Group that owns the tracker. Of the eight findings, three "
     "are complete, four are in progress and one has not started.")
para("5.2", "HMIC's national efficiency report also recommended that all forces publish a force management "
     "statement from 2018; this is a national recommendation and is tracked separately.")
p = doc.add_paragraph()
p.add_run("Alan Threlfall\nChief Constable").bold = True

doc.add_page_break()
doc.add_heading("Appendix A \u2013 PEEL 2016 inspection tracker", level=2)
rows = [
    ("EFF16-01", "Efficiency", "Cause of concern",
     "The constabulary's plans for the future are not based on a sound understanding of future demand, and it has not identified how it will close its forecast budget gap from 2019/20.",
     "DCC", "In progress. Demand modelling commissioned from the university; first results due July 2017."),
    ("EFF16-02", "Efficiency", "Recommendation",
     "By 31 August 2017, the constabulary should produce a medium-term financial plan that sets out how it will close its budget gap.",
     "Director of Finance", "In progress. Draft plan to the Commissioner in June 2017."),
    ("EFF16-03", "Efficiency", "Recommendation",
     "By 31 August 2017, the constabulary should complete a review of the skills of its workforce and link it to its workforce plan.",
     "Head of People", "Not started. Awaiting new HR system."),
    ("EFF16-04", "Efficiency", "Area for improvement",
     "The constabulary should improve its understanding of the cost and quality of its collaborative arrangements.",
     "ACC", "Complete. Benefits review presented to the Board in March 2017."),
    ("EFF16-05", "Efficiency", "Area for improvement",
     "The constabulary should make sure that the workload of its investigators is manageable.",
     "Head of Crime", "In progress. Workload tool live in two of three areas."),
    ("EFT16-01", "Effectiveness", "Area for improvement",
     "The constabulary should improve the way it records and reviews risk assessments for victims of domestic abuse.",
     "Head of Public Protection", "Complete. Audit in April 2017 found 96% compliance."),
    ("LEG16-01", "Legitimacy", "Area for improvement",
     "The constabulary should ensure that all of its workforce have been vetted to the level required by their role.",
     "Head of Professional Standards", "Complete."),
    ("LEG16-02", "Legitimacy", "Area for improvement",
     "The constabulary should improve how it communicates the outcome of grievances to members of the workforce.",
     "Head of People", "In progress."),
]
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Pillar", "Type", "Finding", "Owner", "Status and update"]):
    set_cell(c, h, bold=True)
    shade(c, "BDD7EE")
for row in rows:
    r = t.add_row()
    for c, v in zip(r.cells, row):
        set_cell(c, v)
doc.save(OUT)
print("wrote", OUT)
