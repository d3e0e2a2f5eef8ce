"""la02.docx: a PCC's plain-English summary of Merseyside Police's PEEL 2023-25 report."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "la02.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(13)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Office of the Police and Crime Commissioner for Merseyside – Plain English"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Plain English summary – version 1.1 – May 2025"

doc.add_heading("The inspection of Merseyside Police: a plain English summary", 0)
doc.add_paragraph("Published by the Police and Crime Commissioner’s office, May 2025")

doc.add_heading("Why we have written this", 1)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "inspects every police force in England and Wales. Its full report on Merseyside "
    "Police runs to more than 60 pages. This summary tells you the main findings in "
    "everyday words. It is not a replacement for the report itself.")
doc.add_paragraph(
    "Maureen Carrick-Lowe, Police and Crime Commissioner for Merseyside, asked for this "
    "summary after people at community meetings told her the official report was hard "
    "to follow.")

doc.add_heading("The grades in plain English", 1)
doc.add_paragraph(
    "The inspectors use five grades. From best to worst they are: outstanding, good, "
    "adequate, requires improvement and inadequate. In this table we have put each grade "
    "next to what it means for you.")
rows = [
    ("Preventing crime and anti-social behaviour", "Outstanding",
     "The force is one of the best in the country at stopping crime before it happens."),
    ("Responding to the public", "Good",
     "When you call, the force usually answers quickly and sends the right help."),
    ("Investigating crime", "Good",
     "Crimes are looked into properly and most victims are kept up to date."),
    ("Managing offenders", "Good",
     "The force keeps a close eye on people who could cause serious harm."),
    ("Building, supporting and protecting the workforce", "Good",
     "Officers and staff are well looked after."),
    ("Leadership and force management", "Good",
     "The force is well run and plans ahead."),
    ("Police powers and public treatment", "Adequate",
     "Mostly fair, but the force needs to explain stop and search better."),
    ("Protecting vulnerable people", "Adequate",
     "Help for victims of domestic abuse is not always as quick as it should be."),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("What was looked at", "Grade", "What this means")):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for area, grade, plain in rows:
    r = t.add_row().cells
    set_cell(r[0], area)
    set_cell(r[1], grade, bold=True)
    set_cell(r[2], plain)
doc.add_paragraph(
    "The inspectors do not give a grade for the service to victims of crime. They describe "
    "it in words instead.")

doc.add_heading("What the inspectors want the force to improve", 1)
doc.add_paragraph(
    "The report lists five areas for improvement. We have picked the two that people ask us "
    "about most. First, the exact words the inspectors used; then what they mean in plain "
    "English.")

doc.add_heading("Stop and search", 2)
doc.add_paragraph("The inspectors’ words:")
doc.add_paragraph(
    "The force should improve how it explains to people why they have been stopped and "
    "searched, and make sure that body-worn video is switched on for every search.",
    style="Quote")
labelled(doc, "In plain English:",
         "officers should tell you clearly why they are searching you, and the search should "
         "be filmed on their body camera.")
labelled(doc, "What Merseyside Police says it is doing:",
         "every officer who carries out searches has had a refresher session, and supervisors "
         "now check a sample of body-worn video each week.")

doc.add_heading("Domestic abuse", 2)
doc.add_paragraph("The inspectors’ words:")
doc.add_paragraph(
    "The force should make sure that officers complete a risk assessment with every victim "
    "of domestic abuse at the first point of contact.",
    style="Quote")
labelled(doc, "In plain English:",
         "the first officer you speak to should ask you the full set of safety questions, "
         "straight away.")

doc.add_heading("What the Commissioner says", 1)
doc.add_paragraph(
    "“This is a good news story for Merseyside, and the outstanding grade for preventing "
    "crime belongs to every officer and member of staff. I will be holding Chief Constable "
    "Daniel Ormsby to account for the two adequate grades, and I will report back at my "
    "public scrutiny meeting in July.”")
doc.add_paragraph(
    "Chief Constable Daniel Ormsby said the force had “already started work on every point "
    "the inspectors raised”.")

doc.add_heading("Other inspections", 1)
doc.add_paragraph(
    "Merseyside Fire and Rescue Service is inspected separately by the same inspectorate. "
    "Its last report, in 2023, judged it good at preventing fires. That report is not "
    "covered here.")

doc.add_heading("Getting help", 1)
doc.add_paragraph(
    "If you have been a victim of crime, Victim Care Merseyside can help, whether or not you "
    "reported it. The helpline is open Monday to Friday, 8am to 8pm, and Saturday, 9am to "
    "1pm. It is a good idea to keep a note of the number.")
doc.add_paragraph(
    "This summary is also available in Easy Read, large print and audio. Ask us for a copy.")

doc.save(OUT)
print("wrote", OUT)
