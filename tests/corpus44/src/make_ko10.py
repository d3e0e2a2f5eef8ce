"""ko10.docx: chapter of the Warwickshire PCC's annual report, 'Inspection and scrutiny'."""
import os

from docx import Document
from docx.shared import Pt

from docxutil import header_text, labelled, page_number_footer, table

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ko10.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
header_text(sec, "Warwickshire Police and Crime Commissioner – Annual Report 2024/25")
page_number_footer(sec, "Annual Report 2024/25")

doc.add_heading("Chapter 5: Inspection and scrutiny", level=1)
doc.add_paragraph(
    "Holding the Chief Constable to account is the heart of my role. Independent inspection is "
    "one of the most important tools I have to do it, alongside my own performance meetings, the "
    "Police and Crime Panel and the independent scrutiny panels I fund.", style="Intense Quote")
doc.add_paragraph("Eleanor Gadsby-Walsh, Police and Crime Commissioner for Warwickshire")

doc.add_heading("5.1 Inspections published in 2024/25", level=2)
doc.add_paragraph(
    "Five reports by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
    "(HMICFRS) that concern Warwickshire were published between April 2024 and March 2025. I "
    "published a response to each of them within the 56 days the law allows.")
table(doc, [
    ["Report", "Published", "Inspected by", "My response"],
    ["PEEL 2023–25: An inspection of Warwickshire Police", "30 January 2025", "HMICFRS",
     "20 March 2025"],
    ["Report on an unannounced inspection visit to police custody suites in Warwickshire",
     "9 October 2024", "HMICFRS and HM Inspectorate of Prisons", "28 November 2024"],
    ["Warwickshire Fire and Rescue Service: Effectiveness, efficiency and people 2023–25",
     "22 August 2024", "HMICFRS", "Not required (County Council)"],
    ["An inspection of how well the police tackle serious youth violence", "4 July 2024",
     "HMICFRS", "29 August 2024"],
    ["Super-complaint investigation: the police response to victims of stalking",
     "5 June 2024", "HMICFRS, College of Policing and IOPC", "31 July 2024"],
])

doc.add_heading("5.2 PEEL 2023–25", level=2)
doc.add_paragraph(
    "This was the force’s first PEEL inspection since the 2021/22 report, when the force was graded "
    "inadequate for investigating crime and put into the inspectorate’s Engage process. It is also "
    "the first in which Warwickshire Police has been inspected entirely on its own, without the "
    "shared services it once had with West Mercia Police.")
doc.add_paragraph(
    "I am pleased that the inspectors found real improvement. Warwickshire Police was graded good "
    "in four areas: police powers and public treatment, responding to the public, managing "
    "offenders and suspects, and leadership and force management. Investigating crime has moved "
    "from inadequate to adequate, and the force was also judged adequate at preventing crime and "
    "in building, supporting and protecting its workforce.")
doc.add_paragraph(
    "Protecting vulnerable people was graded requires improvement. The inspectorate’s area for "
    "improvement was:")
doc.add_paragraph(
    "The force should make sure that it uses all the legal powers available to it, including "
    "domestic abuse protection notices and orders, to protect victims of domestic abuse.",
    style="Quote")
doc.add_paragraph(
    "The Chief Constable, Alexandra Kyte-Morgan, has told me that the force applied for 41 "
    "domestic abuse protection orders in the last quarter of the year, against nine in the same "
    "quarter of 2023/24, and a dedicated legal adviser now supports officers with applications. "
    "I will keep this under review at my performance meetings.")
doc.add_paragraph(
    "The inspectorate made no recommendations to the force and identified no cause of concern. "
    "The force has been released from Engage.")

doc.add_heading("5.3 Other inspections", level=2)
doc.add_paragraph(
    "Custody. The joint inspection of custody found that detainees were generally well cared "
    "for. It made nine recommendations, one of which I have asked the force to prioritise:")
doc.add_paragraph(
    "The force should make sure that all detainees are offered a copy of their rights and "
    "entitlements in a language and format they understand.", style="List Bullet")
doc.add_paragraph(
    "Custody reports are not graded, but the inspectors described the care given to children in "
    "custody at Leamington as good practice.")
doc.add_paragraph(
    "Fire and rescue. Warwickshire Fire and Rescue Service is run by Warwickshire County Council. "
    "HMICFRS graded it good at responding to fires and other emergencies and requires improvement "
    "at understanding the risk of fire. I include it here because many residents ask me about it.")
doc.add_paragraph(
    "National reports. The super-complaint investigation into stalking and the thematic "
    "inspection of serious youth violence both made recommendations to all chief constables. My "
    "office tracks the force’s progress against each of them in the same way as for PEEL.")

doc.add_heading("5.4 My own scrutiny", level=2)
table(doc, [
    ["Panel", "Meetings in 2024/25", "Cases or files reviewed"],
    ["Out of Court Resolutions Scrutiny Panel", "4", "160"],
    ["Stop and Search and Use of Force Panel", "6", "312"],
    ["Independent Custody Visitors", "52 visits", "–"],
])
labelled(doc, "Looking ahead:", "HMICFRS has announced the 2025–2027 PEEL programme. Its "
         "grading scale stays at five points, from outstanding to inadequate.")

doc.save(OUT)
print("wrote", OUT)
