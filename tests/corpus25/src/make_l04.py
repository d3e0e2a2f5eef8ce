"""l04.docx: Leicestershire Police's PEEL 2021/22 news release, copied from the force website
and pasted into Word (keep source formatting) by the OPCC for a panel briefing pack. Images
were lost, their captions stayed; links stayed as hyperlinks; the grades table came across
with an empty icon column and two empty grade cells."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docxutil import hyperlink

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "OPCC Leicestershire – Police and Crime Panel briefing pack – item 6 (background paper)"
sec.footer.paragraphs[0].text = "OFFICIAL"

p = doc.add_paragraph()
r = p.add_run("[Pasted from leics.police.uk news, 6 October 2022 – formatting as copied. SH]")
r.italic = True
r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

p = doc.add_paragraph()
hyperlink(p, "Home", "https://www.leics.police.uk/")
p.add_run(" > ")
hyperlink(p, "News", "https://www.leics.police.uk/news/")
p.add_run(" > Inspection report recognises force’s work with victims")

doc.add_heading("Inspection report recognises force’s work with victims and vulnerable people", level=1)
doc.add_paragraph("06 October 2022 | Leicestershire Police | 4 min read")
doc.add_paragraph("Image: Chief Constable Owen Hartridge speaking to officers at force headquarters in Enderby")

doc.add_paragraph(
    "Leicestershire Police has been graded good in five areas of policing in its latest inspection by "
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).")
doc.add_paragraph(
    "The PEEL 2021/22 report, published today, looks at how effective, efficient and legitimate the force is "
    "in keeping the people of Leicester, Leicestershire and Rutland safe. Inspectors graded the force in nine "
    "areas, using a five-point scale that runs from outstanding to inadequate.")
doc.add_paragraph(
    "The force was found to be good at treating the public fairly, preventing crime and anti-social behaviour, "
    "protecting vulnerable people and managing offenders. It was also judged good at developing a positive "
    "workplace for its officers, staff and volunteers.")
doc.add_paragraph(
    "Inspectors said the force needs to improve the way it responds to calls from the public. Investigating "
    "crime and disrupting serious organised crime were both graded adequate.")

doc.add_heading("How the force was graded", level=2)
rows = [
    ("Area of policing", "Grade", ""),
    ("Treatment of the public", "Good", ""),
    ("Preventing crime and anti-social behaviour", "Good", ""),
    ("Responding to the public", "Requires improvement", ""),
    ("Investigating crime", "Adequate", ""),
    ("Protecting vulnerable people", "Good", ""),
    ("Managing offenders and suspects", "Good", ""),
    ("Disrupting serious organised crime", "Adequate", ""),
    ("Developing a positive workplace", "Good", ""),
    ("Good use of resources", "Adequate", ""),
    ("Recording data about crime", "", ""),
    ("Providing a service to victims of crime", "", ""),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        c = t.cell(i, j)
        c.text = val
        if i == 0 and val:
            c.paragraphs[0].runs[0].bold = True
doc.add_paragraph("Table: grades awarded in the PEEL 2021/22 inspection. Crime recording is inspected separately and "
                  "the service to victims is not graded.")

doc.add_paragraph(
    "Chief Constable Owen Hartridge said: “I am proud that the inspectors recognised the care our officers and "
    "staff show to victims, especially those who are vulnerable. We accept that people calling 101 have had to "
    "wait too long, and the new contact management centre that opens next spring is designed to fix that.”")
doc.add_paragraph("Image: The new contact management centre under construction")
doc.add_paragraph(
    "Deputy Chief Constable Sian Whitlow, who leads the force’s contact improvement programme, added: “Our "
    "emergency response times remain among the quickest in the region. The work now is on the non-emergency "
    "line and on keeping callers informed.”")
doc.add_paragraph(
    "The last full inspection of the force, in 2019, rated it good at keeping people safe and reducing crime.")
doc.add_paragraph(
    "Police and Crime Commissioner Julian Penhaligon said: “This is a solid report. I will be holding the Chief "
    "Constable to account for the improvements needed in the control room, and I have asked for monthly updates "
    "on call-handling times.”")
doc.add_paragraph(
    "In the report, His Majesty’s Inspector of Constabulary Imogen Ferrars said: “Leicestershire Police has a "
    "clear understanding of vulnerability, and the workforce I met were committed to protecting people from harm. "
    "The force now needs to answer non-emergency calls more promptly.”")
doc.add_paragraph(
    "HMICFRS identified eight areas for improvement and no causes of concern. Assistant Chief Constable Priya "
    "Mistry-Hale will oversee the action plan, which will be published on the force website.")
p = doc.add_paragraph()
hyperlink(p, "Read the full PEEL 2021/22 report on the HMICFRS website",
          "https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-assessment-2021-22-leicestershire/")
p = doc.add_paragraph()
hyperlink(p, "Read the Police and Crime Commissioner’s response", "https://www.leics.pcc.police.uk/")
doc.add_paragraph("Share this page: Facebook Twitter LinkedIn Email")
doc.add_heading("Related news", level=3)
for text in ["Force recruits 120 new officers in a year (14 September 2022)",
             "Rural crime team joins forces with Nottinghamshire Police on farm thefts (2 August 2022)",
             "Summer of safety campaign launched across Leicester city centre (20 June 2022)"]:
    p = doc.add_paragraph(style="List Bullet")
    hyperlink(p, text, "https://www.leics.police.uk/news/")

doc.core_properties.author = "S Hollis (OPCC)"
doc.save(os.path.join(HERE, "..", "docs", "l04.docx"))
print("wrote l04.docx")
