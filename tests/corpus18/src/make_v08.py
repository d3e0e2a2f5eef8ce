"""Write docs/v08.docx: HMICFRS terms of reference and fieldwork schedule for a PEEL 2023-25
inspection of Surrey Police. Names forces, dates and people; grades nothing."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "v08.docx")

doc = Document()
sec = doc.sections[0]
h = sec.header.paragraphs[0]; h.text = "OFFICIAL"; h.alignment = WD_ALIGN_PARAGRAPH.CENTER
f = sec.footer.paragraphs[0]; f.text = "OFFICIAL – HMICFRS inspection terms of reference v1.2"
f.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("PEEL 2023–25 inspection of Surrey Police", level=0)
doc.add_paragraph("Terms of reference and fieldwork schedule", style="Subtitle")

meta = [
    ("Force", "Surrey Police"),
    ("Inspection", "PEEL 2023–25: police effectiveness, efficiency and legitimacy"),
    ("Responsible HMI", "Ngozi Haverford, His Majesty’s Inspector of Constabulary"),
    ("Lead senior inspection officer", "Daniel Ferrier"),
    ("Force liaison officer", "Chief Inspector Kamala Roy"),
    ("Version and date", "Version 1.2, 22 April 2024"),
]
t = doc.add_table(rows=len(meta), cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate(meta):
    set_cell(t.cell(i, 0), k, bold=True); shade(t.cell(i, 0), "E7E6F0")
    set_cell(t.cell(i, 1), v)

doc.add_heading("1. Purpose", level=1)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "independently assesses the effectiveness and efficiency of police forces in the public "
    "interest. These terms of reference set out the scope, method and timetable of our PEEL "
    "2023–25 inspection of Surrey Police. They have been shared with Chief Constable Tobias "
    "Wrenfield and with the Police and Crime Commissioner for Surrey, Nadia Okafor-Brent.")

doc.add_heading("2. Scope", level=1)
doc.add_paragraph("The inspection will cover the following areas:")
for a in ["Providing a service to victims of crime",
          "Police powers and public treatment",
          "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability",
          "Responding to the public",
          "Investigating crime",
          "Protecting vulnerable people",
          "Managing offenders and suspects",
          "Building, supporting and protecting the workforce",
          "Leadership and force management"]:
    doc.add_paragraph(a, style="List Bullet")
doc.add_paragraph(
    "We will grade eight of these areas against the PEEL assessment framework, using our "
    "five-point scale: outstanding, good, adequate, requires improvement and inadequate. The "
    "service to victims of crime is assessed but not graded. Grades are agreed at moderation "
    "and are not shared with the force before the report is published.")
doc.add_paragraph(
    "Several functions, including the specialist crime command and the operations command, "
    "are provided jointly with Sussex Police. We will interview staff in the joint commands "
    "where their work affects Surrey, but Sussex Police is not being inspected as part of this "
    "inspection. Surrey Fire and Rescue Service is outside its scope.")
doc.add_paragraph(
    "We will also consider the force’s progress against the areas for improvement from its "
    "2021/22 PEEL inspection. We will not re-examine crime data integrity in full.")

doc.add_heading("3. Method", level=1)
for s in ["A document request, issued six weeks before fieldwork.",
          "A review of 80 investigation files and 60 call recordings.",
          "A victim service assessment carried out before fieldwork.",
          "Interviews, focus groups and reality-testing visits during two fieldwork weeks.",
          "A staff survey open for three weeks."]:
    doc.add_paragraph(s, style="List Number")

doc.add_heading("4. Fieldwork schedule", level=1)
sched = [
    ("Date", "Activity", "Location", "Lead"),
    ("3 June 2024", "Document request issued", "–", "Daniel Ferrier"),
    ("17 June – 5 July 2024", "Staff survey open", "Online", "HMICFRS survey team"),
    ("24–28 June 2024", "Victim service assessment (file review)", "Remote", "Crime file review team"),
    ("8–12 July 2024", "Fieldwork week 1: senior leader interviews, contact centre, custody",
     "Mount Browne, Guildford", "Daniel Ferrier"),
    ("10 July 2024", "HMI meeting with the Chief Constable and the Police and Crime Commissioner",
     "Mount Browne, Guildford", "Ngozi Haverford"),
    ("22–26 July 2024", "Fieldwork week 2: neighbourhood and response teams, joint commands",
     "Staines, Reigate, Woking", "Daniel Ferrier"),
    ("29 July 2024", "Hot debrief to chief officer team", "Mount Browne, Guildford", "Ngozi Haverford"),
    ("September 2024", "Moderation", "HMICFRS", "–"),
    ("November 2024", "Factual accuracy check; publication expected early 2025", "–", "–"),
]
t2 = doc.add_table(rows=len(sched), cols=4)
t2.style = "Table Grid"
for i, row in enumerate(sched):
    for j, v in enumerate(row):
        set_cell(t2.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t2.cell(i, j), "D9D9D9")

doc.add_heading("5. Contacts", level=1)
doc.add_paragraph(
    "Please send any questions about these terms of reference to the lead senior inspection "
    "officer. Requests to change dates should be made at least ten working days in advance.")
labelled(doc, "Agreed:", "Tobias Wrenfield, Chief Constable, Surrey Police – 24 April 2024")
labelled(doc, "Approved:", "Ngozi Haverford, HMI – 22 April 2024")
doc.save(OUT)
print("wrote", OUT)
