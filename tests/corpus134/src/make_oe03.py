"""oe03.docx: a Dyfed-Powys Police and Crime Panel report on the PEEL 2021/22 inspection.

    /tmp/c134venv/bin/python src/make_oe03.py   (from tests/corpus134 or src/)
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "oe03.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Panel Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Panel"
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "Carmarthenshire County Council, County Hall, Carmarthen SA31 1JP"

doc.add_paragraph("DYFED-POWYS POLICE AND CRIME PANEL").runs[0].bold = True
doc.add_paragraph("Date of meeting: 14 October 2022")
doc.add_paragraph("Agenda item 7")
doc.add_heading("HMICFRS PEEL 2021/22 inspection of Dyfed-Powys Police: the Commissioner's response", level=1)
doc.add_paragraph("Report of the Police and Crime Commissioner")

doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "To inform the Panel of the findings of His Majesty's Inspectorate of Constabulary and Fire "
    "& Rescue Services (HMICFRS) in its PEEL 2021/22 inspection of Dyfed-Powys Police (Heddlu "
    "Dyfed-Powys), published on 2 August 2022, and of the response of Police and Crime "
    "Commissioner Gethin ap Dafydd.")

doc.add_heading("2. Summary of findings", level=2)
doc.add_paragraph(
    "The inspectorate assessed the force in nine areas. The force was rated adequate in six "
    "of them and as requiring improvement in two. The service given to victims of crime is "
    "described but not graded, and crime data integrity was not inspected on this occasion.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ("Area / Maes", "Grade", "Gradd")):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("Treatment of the public / Trin y cyhoedd", "Adequate", "Digonol"),
    ("Preventing crime and anti-social behaviour / Atal trosedd", "Adequate", "Digonol"),
    ("Responding to the public / Ymateb i'r cyhoedd", "Adequate", "Digonol"),
    ("Investigating crime / Ymchwilio i drosedd", "Requires improvement", "Angen gwella"),
    ("Protecting vulnerable people / Diogelu pobl fregus", "Adequate", "Digonol"),
    ("Managing offenders and suspects / Rheoli troseddwyr", "Adequate", "Digonol"),
    ("Developing a positive workplace / Datblygu gweithle cadarnhaol", "Requires improvement", "Angen gwella"),
    ("Good use of resources / Defnydd da o adnoddau", "Adequate", "Digonol"),
    ("Providing a service to victims of crime / Gwasanaeth i ddioddefwyr", "Not graded", "Dim gradd"),
]
for r in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, r):
        set_cell(c, txt)
doc.add_paragraph(
    "HMICFRS grading scale / graddfa: outstanding (rhagorol), good (da), adequate (digonol), "
    "requires improvement (angen gwella), inadequate (annigonol).").runs[0].italic = True

doc.add_paragraph(
    "The Panel will recall that in 2017 the force was judged to require improvement for "
    "efficiency. The 2021/22 grades cannot be compared directly with those of earlier years.")

doc.add_heading("3. Cause of concern", level=2)
doc.add_paragraph("The inspectorate identified one cause of concern:")
doc.add_paragraph(
    "The force does not record all crimes reported to it, in particular crimes of violence "
    "and behavioural crimes such as harassment, which means that some victims do not receive "
    "the service they should.", style="Quote")
labelled(doc, "Force update:",
         "A crime recording improvement board chaired by the Chief Constable, Meinir Roderick, "
         "has met monthly since May 2022. An internal audit in September found compliance of 91 "
         "per cent.")

doc.add_heading("4. Areas for improvement", level=2)
doc.add_paragraph(
    "The report contains eleven areas for improvement. Those the Commissioner has asked the "
    "force to prioritise are set out below with the force's update where one has been provided.")
afi = doc.add_table(rows=1, cols=3)
afi.style = "Table Grid"
for c, txt in zip(afi.rows[0].cells, ("Area", "Area for improvement", "Force update")):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
afis = [
    ("Investigating crime",
     "The force should make sure that investigations are supervised effectively and that "
     "victims are kept informed of progress.",
     "Supervision templates have been introduced in Aberystwyth, Llanelli and Newtown."),
    ("Investigating crime",
     "The force should make sure that it records whether victims support or withdraw from "
     "prosecutions, and why.",
     "Awaited."),
    ("Developing a positive workplace",
     "The force should improve how it understands and responds to the wellbeing needs of its "
     "workforce.",
     "A wellbeing survey closed in August and an action plan will go to the Commissioner's "
     "Policing Accountability Board in November."),
    ("Responding to the public",
     "The force should reduce the number of non-emergency calls abandoned before they are "
     "answered.",
     "Additional call handlers began work in the Force Communications Centre in July."),
]
for r in afis:
    cells = afi.add_row().cells
    for c, txt in zip(cells, r):
        set_cell(c, txt)

doc.add_heading("5. Other matters", level=2)
doc.add_paragraph(
    "Members also asked about Mid and West Wales Fire and Rescue Service, which is not inspected "
    "by HMICFRS. The Commissioner noted that it had been described as good by the Welsh "
    "Government's fire adviser, and that the Welsh Government's written statement of 22 "
    "September 2022 on fire and rescue governance is a separate matter for the Panel's host "
    "authority.")
doc.add_paragraph(
    "The Commissioner drew attention to good practice in the force's rural crime team, which "
    "has been shared with West Mercia Police.")

doc.add_heading("6. Recommendation", level=2)
doc.add_paragraph("That the Panel notes the report and the Commissioner's response.")

doc.save(OUT)
print("wrote", OUT)
