"""Write docs/ly03.docx: a PCC's police and crime plan (Gwent) with PEEL 2021/22 grades in its context section."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ly03.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Police and Crime Plan 2022\u20132025 | Office of the Police and Crime Commissioner for Gwent"
sec.footer.paragraphs[0].text = "Published March 2022. Version 1.1 (updated to include HMICFRS findings)."

t = doc.add_heading("Police and Crime Plan 2022\u20132025", level=0)
doc.add_paragraph("Cynllun Heddlu a Throseddu 2022\u20132025").runs[0].italic = True
doc.add_paragraph("A safer Gwent for everyone")

doc.add_heading("Foreword from the Commissioner", level=1)
doc.add_paragraph(
    "This plan sets out what I want Gwent Police to achieve over the next three years, and how I will "
    "use the money and powers given to me to support that work. It was shaped by more than 2,300 "
    "responses to our public survey, by meetings with community groups across the five local "
    "authority areas, and by the views of victims.")
doc.add_paragraph(
    "Residents told me that they want to see officers in their neighbourhoods, that they want the police "
    "to take anti-social behaviour seriously, and that they want victims to be kept informed. Those "
    "messages run through every priority in this plan.")
p = doc.add_paragraph()
p.add_run("Eluned Prosser").bold = True
doc.add_paragraph("Police and Crime Commissioner for Gwent")

doc.add_heading("Our area", level=1)
doc.add_paragraph(
    "Gwent covers Blaenau Gwent, Caerphilly, Monmouthshire, Newport and Torfaen, and is home to around "
    "600,000 people. Heddlu Gwent employs about 1,450 police officers, 140 police community support "
    "officers and 1,000 police staff.")

doc.add_heading("Our priorities", level=1)
for n, (head, body) in enumerate([
    ("Keep neighbourhoods safe", "Visible, accessible neighbourhood policing, with problem-solving plans for the places that suffer most from anti-social behaviour."),
    ("Combat serious crime", "Work with the regional organised crime unit and partners to disrupt drugs supply lines and exploitation."),
    ("Support victims and protect the vulnerable", "Make sure every victim receives the service set out in the Victims' Code and is referred to support quickly."),
    ("Increase community confidence", "Treat people fairly, explain how stop and search is used, and act on complaints."),
    ("Drive sustainable policing", "Spend public money wisely and plan for the force's future needs."),
], start=1):
    p = doc.add_paragraph(style="List Number")
    p.add_run(head + ". ").bold = True
    p.add_run(body)

doc.add_heading("Context: how the force is performing", level=1)
doc.add_paragraph(
    "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL "
    "2021/22 report on Gwent Police in the summer of 2022. Inspectors graded the force in nine areas. "
    "I have added the grades to this version of the plan so that residents can see where the force "
    "stands as the plan begins.")
table = doc.add_table(rows=1, cols=2)
table.style = "Table Grid"
set_cell(table.rows[0].cells[0], "Area of policing", bold=True)
set_cell(table.rows[0].cells[1], "HMICFRS grade", bold=True)
for c in table.rows[0].cells:
    shade(c, "D9E2F3")
rows = [
    ("Treatment of the public", "Adequate"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Developing a positive workplace", "Good"),
    ("Good use of resources", "Adequate"),
    ("Recording data about crime", "Good"),
    ("Disrupting serious organised crime", "Inspected separately; grade to follow"),
    ("Providing a service to victims of crime", "Not graded"),
]
for area, grade in rows:
    r = table.add_row()
    set_cell(r.cells[0], area)
    set_cell(r.cells[1], grade)
doc.add_paragraph("")
doc.add_paragraph(
    "The inspectorate did not identify any cause of concern. Of its areas for improvement, two bear "
    "directly on the priorities in this plan, and I have asked the Chief Constable to report on them "
    "at my Strategy and Performance Board:")
for t in [
    "The force should make sure that calls for service are answered promptly, and that the reasons for abandoned calls are understood and acted on.",
    "The force should improve the quality of its initial investigations, so that evidence is secured and victims are updated at the earliest opportunity.",
]:
    doc.add_paragraph(t, style="List Bullet")
doc.add_paragraph(
    "Chief Constable Aled Pritchard has told me that the force accepts these findings. Progress will be "
    "published in my annual report. Inspectors also described the force's work with schools on "
    "knife crime as good practice.")

doc.add_heading("Working with others", level=1)
doc.add_paragraph(
    "Many of the issues in this plan cannot be solved by the police alone. I will continue to work "
    "with the four Welsh commissioners, with South Wales Police and Dyfed-Powys Police on shared "
    "services, with South Wales Fire and Rescue Service, with health boards and with the five local "
    "authorities.")

doc.add_heading("Resourcing the plan", level=1)
doc.add_paragraph(
    "The police budget for 2022/23 is \u00a3161.2m. The council tax precept for a Band D property will "
    "rise by \u00a36.25 a year, which will pay for 30 extra officers and a new victims' hub.")

doc.add_heading("Holding the force to account", level=1)
doc.add_paragraph(
    "I will publish the minutes of every Strategy and Performance Board, respond to every HMICFRS "
    "report within 56 days, and report on the plan each year to the Gwent Police and Crime Panel.")

doc.save(OUT)
print("wrote", OUT)
