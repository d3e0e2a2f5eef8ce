"""lg08.docx: HMICFRS letter moving Cheshire Constabulary into Engage, October 2022 (python-docx)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services\nFiona Raistrick, HM Inspector of Constabulary"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "OFFICIAL"

p = doc.add_paragraph("HMICFRS – North West Region\n4th Floor, Piccadilly Gate\nManchester")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Chief Constable Owain Blackledge\nCheshire Constabulary\nClemonds Hey\nWinsford")
doc.add_paragraph("6 October 2022")
doc.add_paragraph("Dear Owain,")
p = doc.add_paragraph()
p.add_run("Cheshire Constabulary: move to the Engage phase of HMICFRS monitoring").bold = True

doc.add_paragraph(
    "I am writing to let you know that, following a meeting of our Policing Performance Oversight Group "
    "(PPOG) on 28 September 2022, Cheshire Constabulary has been moved from routine monitoring into the "
    "Engage phase of our monitoring process.")
doc.add_paragraph(
    "As you know, our PEEL 2021/22 report on the constabulary, published on 15 September 2022, graded the "
    "force as inadequate at responding to the public. The report also found that the constabulary requires "
    "improvement at investigating crime and at protecting vulnerable people. The PPOG considered these "
    "findings together with the force’s own performance data and the views of the Police and Crime "
    "Commissioner.")
doc.add_paragraph("The report set out the following cause of concern:")
doc.add_paragraph(
    "The constabulary is not answering or attending calls for service quickly enough, and it does not "
    "always assess the risk to callers properly. As a result, some vulnerable people are not getting the "
    "service they need.", style="Intense Quote")
doc.add_paragraph("To address this, we recommended that:")
doc.add_paragraph(
    "By 31 December 2022, the constabulary should make sure that it answers emergency and non-emergency "
    "calls within its own target times, and that callers who abandon calls are contacted again where risk "
    "is indicated.", style="List Number")
doc.add_paragraph(
    "By 31 March 2023, the constabulary should make sure that officers attend incidents within the times "
    "set by its call-grading policy, and that supervisors review delays and keep the victim informed.",
    style="List Number")

doc.add_paragraph(
    "Engage is not a sanction. It means that we will work more closely with the constabulary to help it "
    "address the cause of concern, and that I will meet you every two months to review progress. The "
    "constabulary will remain in Engage until the PPOG is satisfied that it has made sufficient progress.")
doc.add_paragraph(
    "I recognise that the force was graded good at preventing crime and anti-social behaviour and at "
    "developing a positive workplace, and that it has an adequate number of trained call handlers in post "
    "for the coming winter. I also know that Merseyside Police has offered to share its experience of "
    "improving call handling, and I would encourage you to take up that offer.")
doc.add_paragraph(
    "I would be grateful if you could send me an improvement plan by 4 November 2022. I am copying this "
    "letter to Simon Marchbank, Police and Crime Commissioner for Cheshire.")
doc.add_paragraph("Yours sincerely,")
p = doc.add_paragraph()
p.add_run("Fiona Raistrick").bold = True
p.add_run("\nHis Majesty’s Inspector of Constabulary")

doc.add_page_break()
doc.add_heading("Annex A: PEEL 2021/22 grades for Cheshire Constabulary", 2)
t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
set_cell(top, "PEEL 2021/22 – published 15 September 2022", bold=True)
shade(top, "BDD7EE")
set_cell(t.rows[1].cells[0], "Area", bold=True)
set_cell(t.rows[1].cells[1], "Grade", bold=True)
for a, g in [
    ("Engaging with and treating the public with fairness and respect", "Adequate"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Developing a positive workplace", "Good"),
    ("Strategic planning, organisational management and value for money", "Adequate"),
    ("Recording data about crime", "Adequate"),
    ("Providing a service to the victims of crime", "Not graded"),
]:
    c = t.add_row().cells
    set_cell(c[0], a)
    set_cell(c[1], g)
doc.add_paragraph("Grades are given on a five-point scale: outstanding, good, adequate, requires improvement "
                  "and inadequate.")
doc.save("../docs/lg08.docx")
