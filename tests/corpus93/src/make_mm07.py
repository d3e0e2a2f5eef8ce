"""Build docs/mm07.docx: Essex Police, Fire and Crime Panel report on 2016 and 2017 PEEL (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mm07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Essex Police, Fire and Crime Panel - 21 June 2018 - Page 1"

doc.add_paragraph("ESSEX POLICE, FIRE AND CRIME PANEL", style="Title")
doc.add_paragraph("Report reference: EPFCP/019/18")
doc.add_paragraph("Title: Inspection outcomes for Essex Police, and preparation for the first inspection of Essex County Fire and Rescue Service")
doc.add_paragraph("Report by: the Police, Fire and Crime Commissioner's Chief Executive")
doc.add_paragraph("Date: 21 June 2018")

doc.add_heading("1. Purpose of report", level=1)
doc.add_paragraph(
    "To inform the Panel of the grades Essex Police received in the PEEL inspections of 2016 and 2017, "
    "the progress made on the areas for improvement, and the arrangements for the inspection of Essex "
    "County Fire and Rescue Service, for which the Police, Fire and Crime Commissioner, Roger Hirst, "
    "became responsible on 1 October 2017.")

doc.add_heading("2. Background", level=1)
doc.add_paragraph(
    "The 2016 inspections were carried out by HMIC. In July 2017 the inspectorate took on fire and "
    "rescue services and became HMICFRS, which carried out the 2017 inspections. Zoë Billingham, "
    "HM Inspector of Constabulary, is the lead inspector for the Eastern region.")

doc.add_heading("3. Police grades", level=1)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Pillar", "2016", "2017"]):
    set_cell(c, h, bold=True)
    shade(c, "DDEBF7")
for p, a, b in [("Effectiveness", "Requires improvement", "Good"),
                ("Efficiency", "Good", "Good"),
                ("Legitimacy", "Good", "Good")]:
    r = t.add_row().cells
    set_cell(r[0], p)
    set_cell(r[1], a)
    set_cell(r[2], b)
doc.add_paragraph(
    "The improvement in effectiveness is the most significant change. In 2017 the force was graded "
    "good at preventing crime and tackling anti-social behaviour, good at investigating crime, good at "
    "protecting vulnerable people and good at tackling serious and organised crime. Its specialist "
    "capabilities were reviewed but not graded.")

doc.add_heading("4. Areas for improvement", level=1)
doc.add_paragraph("Three areas for improvement from the 2017 inspections remain open.")
doc.add_paragraph("Effectiveness 2017 - protecting vulnerable people", style="Heading 3")
doc.add_paragraph(
    "The force should improve the quality of its risk assessments for missing children, so that "
    "officers consider the full history of each child.", style="Intense Quote")
labelled(doc, "Force position:", "a revised missing person form went live in May 2018, and audits show better use of history in 70 percent of cases.")
doc.add_paragraph("Effectiveness 2017 - investigating crime", style="Heading 3")
doc.add_paragraph(
    "The force should make sure that digital devices seized during investigations are examined without "
    "undue delay.", style="Intense Quote")
labelled(doc, "Force position:", "the backlog at the digital forensics unit has fallen from 640 devices to 210. Assistant Chief Constable Andy Prophet oversees this work.")
doc.add_paragraph("Legitimacy 2017 - treating its workforce with fairness and respect", style="Heading 3")
doc.add_paragraph(
    "The force should make sure that its workforce understands and trusts the process for "
    "selecting officers and staff for promotion.", style="Intense Quote")
labelled(doc, "Force position:", "not yet received.")

doc.add_heading("5. Essex County Fire and Rescue Service", level=1)
doc.add_paragraph(
    "HMICFRS will inspect the service for the first time in spring 2019. Fire and rescue services are "
    "not inspected under PEEL: the inspectorate asks how effective and how efficient a service is and "
    "how well it looks after its people, and gives one of four grades - outstanding, good, requires "
    "improvement or inadequate. A peer review by the Local Government Association is planned for "
    "October 2018 and will not be graded.")

doc.add_heading("6. Recommendation", level=1)
doc.add_paragraph("That the Panel notes the report. Chief Constable BJ Harrington will attend to answer questions.")
doc.save(OUT)
print("wrote", OUT)
