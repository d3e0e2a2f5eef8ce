"""nu03.docx: a Commissioner's PEEL progress report to a police, fire and crime panel."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nu03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Staffordshire Police, Fire and Crime Panel – 14 October 2024"
doc.sections[0].footer.paragraphs[0].text = "OFFICIAL"

doc.add_paragraph("Agenda item 6")
doc.add_heading("PEEL 2023–25: progress since the 2021/22 inspection", level=1)
doc.add_paragraph("Report of the Staffordshire Commissioner")
doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "1.1 To set out for the Panel how the grades given to Staffordshire Police in its PEEL 2023–25 "
    "inspection compare with those from the 2021/22 inspection, and how the Commissioner will "
    "continue to hold the Chief Constable to account.")
doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "2.1 The 2021/22 report, published in June 2022, graded the force inadequate for responding to "
    "the public and raised two causes of concern. The force then entered HMICFRS's enhanced "
    "monitoring process, known as Engage. His Majesty's Chief Inspector of Constabulary Andy Cooke "
    "removed the force from Engage in 2024.")
doc.add_paragraph(
    "2.2 The 2023–25 report was published on 3 September 2024. Chief Constable Chris Noble has "
    "briefed the Commissioner's Ethics, Transparency and Audit Panel on its findings.")
doc.add_heading("3. Grades compared", level=2)
doc.add_paragraph("Table 1: PEEL grades, 2021/22 and 2023–25")
rows = [
    ("Area", "2021/22", "2023–25", "Movement"),
    ("Police powers and public treatment", "Adequate", "Adequate", "No change"),
    ("Preventing crime and antisocial behaviour", "Adequate", "Good", "Up one grade"),
    ("Responding to the public", "Inadequate", "Requires improvement", "Up one grade"),
    ("Investigating crime", "Requires improvement", "Adequate", "Up one grade"),
    ("Protecting vulnerable people", "Requires improvement", "Adequate", "Up one grade"),
    ("Managing offenders and suspects", "Good", "The same as last time", "No change"),
    ("Building, supporting and protecting the workforce", "Adequate", "Adequate", "No change"),
    ("Leadership and force management", "See note*", "Good", "–"),
    ("Providing a service to victims of crime", "Not graded", "Not graded", "–"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "D9E2F3")
doc.add_paragraph(
    "* In 2021/22 the nearest equivalent area was called good use of resources, which was graded "
    "adequate. HMICFRS advises that the two are not directly comparable.")
doc.add_paragraph(
    "3.1 Four areas have moved up a grade and none has moved down. Responding to the public, "
    "previously inadequate, is now requires improvement; this remains the force's weakest area.")
doc.add_paragraph(
    "3.2 Staffordshire Fire and Rescue Service was inspected separately and its own grades are "
    "reported to the Panel under item 8.")
doc.add_heading("4. Causes of concern from 2021/22", level=2)
doc.add_paragraph("4.1 The first cause of concern read:")
doc.add_paragraph(
    "The force is not answering calls from the public quickly enough, and it does not always "
    "assess the risk to callers when they first contact it. As a result, some vulnerable people "
    "are not getting the response they need.", style="Quote")
labelled(doc, "Force update:",
         "Average answer times for 999 calls have fallen to under ten seconds, and every call is now "
         "assessed with a structured risk tool. HMICFRS closed this cause of concern in 2024.")
doc.add_paragraph("4.2 The second cause of concern, on investigation standards, was also closed in 2024.")
doc.add_heading("5. New areas for improvement", level=2)
doc.add_paragraph("5.1 The 2023–25 report gives six areas for improvement. The one the Commissioner "
                  "has asked the Panel to follow most closely is:")
doc.add_paragraph(
    "The force should make sure that it meets the national standard for answering non-emergency "
    "calls, and that callers who abandon their call are contacted again where needed.",
    style="Quote")
labelled(doc, "Commissioner's comment:",
         "The force's action plan for this area is due at the November performance meeting.")
doc.add_heading("6. Looking ahead", level=2)
doc.add_paragraph(
    "6.1 The Chief Constable has set the ambition of being graded good for responding to the public "
    "at the next inspection. Derbyshire Constabulary, which faced similar call-handling pressures, "
    "has improved its performance in this area, and the two forces are sharing learning.")
doc.add_paragraph(
    "6.2 The Panel is asked to note the report.")
doc.add_paragraph("Ben Adams")
doc.add_paragraph("Staffordshire Commissioner for Police, Fire and Rescue and Crime")
doc.save(OUT)
print("wrote", OUT)
