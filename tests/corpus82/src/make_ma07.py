"""Build docs/ma07.docx: Dyfed-Powys PCC's section 55 response to PEEL effectiveness 2016 (Word)."""
import os
from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ma07.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "Comisiynydd Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Commissioner"
doc.sections[0].footer.paragraphs[0].text = "Dafydd Llywelyn · PO Box 99, Llangunnor, Carmarthen SA31 2PF"

doc.add_heading("Ymateb y Comisiynydd i Adroddiad AEM / Commissioner's response to HMIC report", level=1)
t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
for r, (a, b) in enumerate([("Report title", "PEEL: Police effectiveness 2016 – An inspection of Dyfed-Powys Police"),
                            ("Date published", "2 March 2017"),
                            ("Response due (56 days)", "27 April 2017"),
                            ("Response by", "Dafydd Llywelyn, Police and Crime Commissioner")]):
    t.rows[r].cells[0].text = a; t.rows[r].cells[1].text = b
doc.add_paragraph()
doc.add_heading("1. Commissioner's comments", level=2)
doc.add_paragraph(
    "HMIC has judged that Dyfed-Powys Police requires improvement in how effectively it keeps people safe and "
    "reduces crime. This is the same overall judgement as in 2015, when HMIC also judged the force's effectiveness "
    "to require improvement, and I share Her Majesty's Inspector Wendy Williams's disappointment that more progress "
    "has not been made.")
doc.add_paragraph("The individual judgements were:")
for line in ["Preventing crime and tackling anti-social behaviour – good",
             "Investigating crime and reducing re-offending – requires improvement",
             "Protecting vulnerable people and supporting victims – requires improvement",
             "Tackling serious and organised crime – good",
             "Specialist capabilities – not graded this year"]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph(
    "I have met Chief Constable Mark Collins and his chief officer team to discuss the report. The Chief Constable's "
    "comments on each finding are set out in section 2, with the status I have given each action. I will test "
    "progress at my Policing Accountability Board.")
doc.add_heading("2. Cause of concern, recommendations and areas for improvement", level=2)
rows = [
    ("Cause of concern",
     "HMIC is concerned that call handlers do not always identify vulnerability and risk at the first point of contact, so that some vulnerable callers do not receive an appropriate response.",
     "Accepted. A dedicated vulnerability desk has been placed in the Force Communications Centre.", "Amber"),
    ("Recommendation 1",
     "The force should immediately review its call-handling procedures so that call handlers use a structured risk assessment for every call.",
     "Structured triage introduced on 1 April 2017.", "Green"),
    ("Recommendation 2",
     "The force should, within three months, provide training to all call handlers on identifying vulnerability, including repeat victims.",
     "Training scheduled for May and June 2017.", "Amber"),
    ("Area for improvement 1",
     "The force should make sure that crimes are allocated to investigators with the appropriate skills and experience.",
     "Crime allocation policy under review; new policy expected September 2017.", "Amber"),
    ("Area for improvement 2",
     "The force should improve its response to victims of domestic abuse, in particular by making sure that risk assessments are completed and reviewed by trained staff.",
     "No update received at the time of writing.", "Red"),
]
t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Type", "HMIC finding", "Chief Constable's comments", "RAG")):
    c.text = ""; c.paragraphs[0].add_run(h).bold = True
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
doc.add_paragraph()
doc.add_paragraph("RAG: Green – complete; Amber – in progress; Red – no progress reported.")
doc.add_paragraph("Dafydd Llywelyn\nComisiynydd Heddlu a Throseddu Dyfed-Powys\nDyfed-Powys Police and Crime Commissioner")
doc.save(OUT)
print("wrote", OUT)
