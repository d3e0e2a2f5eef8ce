"""kl10.docx: a Surrey OPCC report to the Joint Audit Committee: PEEL 2023-25 grades and an
assurance tracker of open recommendations and areas for improvement, before 2025-27 fieldwork."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_ORIENT
from docxutil import shade, set_cell, labelled, header_footer, repeat_header

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kl10.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
header_footer(doc, "OFFICIAL \u2013 Joint Audit Committee \u2013 22 April 2026",
              "Surrey OPCC | Item 9 | Page 1 of 3")

p = doc.add_paragraph()
p.add_run("SURREY POLICE AND CRIME COMMISSIONER AND SURREY POLICE").bold = True
doc.add_paragraph("JOINT AUDIT COMMITTEE \u2013 22 APRIL 2026")
doc.add_heading("Item 9: HMICFRS recommendations and areas for improvement \u2013 assurance update", level=1)
labelled(doc, "Report of:", "Head of Performance and Scrutiny, Office of the Police and Crime Commissioner")
labelled(doc, "Status:", "For assurance")

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph(
    "This report gives the Committee assurance on the progress Surrey Police has made against "
    "the cause of concern, recommendation and areas for improvement from its last PEEL "
    "inspection, ahead of the fieldwork for its 2025\u201327 PEEL inspection, which His "
    "Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has "
    "scheduled for October 2026. No 2025\u201327 grades are yet available for Surrey.")

doc.add_heading("2. Recommendation", level=2)
doc.add_paragraph(
    "The Committee is recommended to note the report and the status of each item in Appendix A.")

doc.add_heading("3. PEEL 2023\u201325 grades", level=2)
doc.add_paragraph(
    "For reference, Table 1 repeats the grades HMICFRS gave the force in its PEEL 2023\u201325 "
    "report. The Police and Crime Commissioner, Naomi Treadwell-Ashe, published her response "
    "to that report in 2024.")
t = doc.add_table(rows=1, cols=3)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ["Area (2023\u201325 framework)", "Grade", "Open items at April 2026"]):
    set_cell(c, h, bold=True)
repeat_header(t.rows[0])
for area, grade, n in [
    ("Police powers and public treatment", "Good", "0"),
    ("Preventing crime", "Outstanding", "0"),
    ("Responding to the public", "Requires improvement", "2"),
    ("Investigating crime", "Adequate", "1"),
    ("Protecting vulnerable people", "Good", "0"),
    ("Managing offenders and suspects", "Good", "0"),
    ("Building, supporting and protecting the workforce", "Good", "0"),
    ("Leadership and force management", "Good", "1"),
]:
    cells = t.add_row().cells
    set_cell(cells[0], area); set_cell(cells[1], grade); set_cell(cells[2], n)

doc.add_paragraph(
    "Chief Constable Idris Cavanagh has told the Committee that the force expects the "
    "inspectorate to look closely at call handling, where the 2023\u201325 report raised a cause "
    "of concern. The force\u2019s joint Specialist Crime Command with Sussex Police will be "
    "inspected as part of the same programme.")

doc.add_heading("4. Summary of status", level=2)
doc.add_paragraph(
    "Of the six items tracked in Appendix A, two are closed, three are on track and one is "
    "behind plan. Ratings are Green (complete), Amber (on track) and Red (behind plan).")

doc.add_heading("Appendix A: Tracker", level=2)
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Source", "Recommendation or area for improvement",
                                  "Status", "Force update"]):
    set_cell(c, h, bold=True).runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(c, "1F3864")
repeat_header(t.rows[0])
items = [
    ("A1", "PEEL 2023\u201325 \u2013 cause of concern (Responding to the public)",
     "Surrey Police is not answering 101 calls quickly enough and some callers who may be "
     "vulnerable are not called back, so the force cannot be sure it is identifying risk at the "
     "first point of contact.",
     ("Amber", "FFC000"),
     "Average answer time for 101 calls fell from 9 minutes to 4 minutes between April 2025 "
     "and March 2026. A call-back team now works seven days a week."),
    ("A2", "PEEL 2023\u201325 \u2013 recommendation 1 (Responding to the public)",
     "Within six months, the force should make sure that abandoned calls from repeat and "
     "vulnerable callers are identified and returned.",
     ("Green", "70AD47"),
     "Closed. Abandoned calls are matched against the repeat-caller list every hour and "
     "returned by the call-back team. HMICFRS accepted the evidence in January 2026."),
    ("A3", "PEEL 2023\u201325 \u2013 area for improvement (Responding to the public)",
     "The force should improve how it explains to callers what response they can expect and when.",
     ("Green", "70AD47"),
     "Closed. New scripts were introduced in the contact centre in September 2025."),
    ("A4", "PEEL 2023\u201325 \u2013 area for improvement (Investigating crime)",
     "The force should make sure that investigations are supervised at the frequency set out in "
     "its own policy.",
     ("Amber", "FFC000"),
     "Supervisory reviews are now recorded on the crime system and audited monthly; compliance "
     "was 83 per cent in March 2026."),
    ("A5", "PEEL 2023\u201325 \u2013 area for improvement (Leadership and force management)",
     "The force should make sure it understands the demand on its digital forensic unit and has "
     "a plan to reduce its backlog.",
     ("Red", "C00000"),
     "No update provided this quarter."),
    ("A6", "HMICFRS national vetting inspection (2025) \u2013 recommendation to all forces",
     "By 30 September 2026, chief constables should make sure that their forces carry out "
     "vetting aftercare checks on all officers and staff every year.",
     ("Amber", "FFC000"),
     "Annual aftercare checks began in February 2026; 40 per cent of the workforce has been checked."),
]
for ref, src, text, (status, fill), upd in items:
    cells = t.add_row().cells
    set_cell(cells[0], ref); set_cell(cells[1], src); set_cell(cells[2], text)
    set_cell(cells[3], status, bold=True); shade(cells[3], fill)
    set_cell(cells[4], upd)

doc.add_heading("5. Financial implications", level=2)
doc.add_paragraph(
    "There are no direct financial implications. The call-back team is funded from the "
    "2026/27 precept, which the Police and Crime Panel approved in February 2026.")
doc.add_heading("6. Background papers", level=2)
doc.add_paragraph("PEEL 2023\u201325: An inspection of Surrey Police (HMICFRS).", style="List Bullet")
doc.add_paragraph("PEEL assessment framework 2025\u201327 (HMICFRS, April 2025).", style="List Bullet")
doc.add_paragraph("Proposed PEEL assessment framework 2027\u201329: consultation (closes 31 July 2026).",
                  style="List Bullet")
doc.save(OUT)
print("wrote", OUT)
