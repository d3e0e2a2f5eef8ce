"""ny03.docx: auditor's annual report 2022/23, Gloucestershire (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ny03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Auditor's Annual Report 2022/23 | Commercial in confidence"

doc.add_heading("The Police and Crime Commissioner for Gloucestershire and the Chief Constable of Gloucestershire Constabulary", 0)
doc.add_paragraph("Auditor's Annual Report, year ended 31 March 2023")
doc.add_paragraph("Issued 14 December 2023")

doc.add_heading("Contents", 1)
for line in ["Executive summary", "Opinion on the financial statements", "Use of auditor's powers",
             "Securing economy, efficiency and effectiveness in the use of resources",
             "Governance", "Improving economy, efficiency and effectiveness",
             "Appendix A: Key and improvement recommendations"]:
    doc.add_paragraph(line, style="List Number")

doc.add_heading("Executive summary", 1)
doc.add_paragraph(
    "Our work on the 2022/23 financial statements is complete and we issued unqualified opinions on "
    "the statements of the Police and Crime Commissioner (PCC) and of the Chief Constable on "
    "28 November 2023. We have identified one significant weakness in the arrangements for improving "
    "economy, efficiency and effectiveness, and we make one key recommendation. We have not used any "
    "of our additional statutory powers.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Criterion", "Commentary", "Rating"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for crit, comm, rating in [
    ("Financial sustainability", "Balanced budget for 2023/24; reserves above the minimum set by the PCC.", "No significant weakness (green)"),
    ("Governance", "Sound arrangements; improvement recommendation on risk management.", "No significant weakness (amber)"),
    ("Improving economy, efficiency and effectiveness", "HMICFRS findings and the Constabulary's move into enhanced monitoring.", "Significant weakness (red)"),
]:
    cells = t.add_row().cells
    set_cell(cells[0], crit); set_cell(cells[1], comm); set_cell(cells[2], rating)

doc.add_heading("Opinion on the financial statements", 1)
doc.add_paragraph(
    "The draft accounts were received on 31 May 2023 and were of good quality. We identified two "
    "adjustments to the Chief Constable's pension liability disclosure, neither of which affected "
    "the general fund.")

doc.add_heading("Governance", 1)
doc.add_paragraph(
    "The Police and Crime Commissioner, Chris Nelson, holds the Chief Constable to account through a monthly Accountability "
    "Board. Chief Constable Rod Hansen retired in June 2023 and Deputy Chief Constable Helen Ashworth "
    "acted in the role until the new chief constable took up post. Internal audit, provided by SWAP, "
    "gave a limited assurance opinion on risk management and reasonable assurance overall.")

doc.add_heading("Improving economy, efficiency and effectiveness", 1)
doc.add_paragraph(
    "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected the "
    "Constabulary as part of its PEEL 2021/22 programme and published its report in September 2022. "
    "The grades are summarised below.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["PEEL 2021/22 area", "Grade"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for area, grade in [
    ("Treatment of the public", "Adequate"),
    ("Preventing crime and anti-social behaviour", "Adequate"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Requires improvement"),
    ("Developing a positive workplace", "Requires improvement"),
    ("Good use of resources", "Inadequate"),
    ("Recording data about crime", "Good"),
]:
    cells = t.add_row().cells
    set_cell(cells[0], area); set_cell(cells[1], grade)
doc.add_paragraph(
    "HMICFRS raised a cause of concern about the Constabulary's response to the public:")
doc.add_paragraph(
    "The Constabulary is not answering emergency and non-emergency calls quickly enough, and it does "
    "not always attend incidents within its own target times.", style="Intense Quote")
doc.add_paragraph("It made one recommendation under that cause of concern:")
doc.add_paragraph(
    "Within six months, the Constabulary should put in place a plan to reduce the time callers wait "
    "for their calls to be answered, and should monitor how well the plan is working.",
    style="Intense Quote")
labelled(doc, "Constabulary response:",
         "A Contact Management Improvement Plan was approved in December 2022. Average emergency call "
         "answer times had improved to 9 seconds by March 2023, although non-emergency performance "
         "remains below target.")
doc.add_paragraph(
    "In October 2022 HMICFRS moved the Constabulary into the engage phase of its monitoring "
    "process. It also identified eighteen areas for improvement, which are tracked through the "
    "Constabulary's Inspection Improvement Board. The 2022/23 financial year is therefore the first "
    "full year in which the Constabulary has operated under enhanced monitoring.")
doc.add_paragraph(
    "We have considered this evidence together with the Constabulary's own performance data. An "
    "inadequate grade for use of resources, together with enhanced monitoring, is in our view "
    "evidence of a significant weakness in arrangements for improving economy, efficiency and "
    "effectiveness. Neighbouring Wiltshire Police has offered peer support on contact management.")

doc.add_heading("Appendix A: Key and improvement recommendations", 1)
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Type", "Recommendation", "Management response"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for ref, typ, rec, resp in [
    ("KR1", "Key recommendation", "The PCC and the Chief Constable should agree a single improvement plan that responds to every HMICFRS finding, with named owners, dates and costs, and report progress to the Joint Audit Committee.", "Accepted. Owner: Deputy Chief Constable. Target date: 31 March 2024."),
    ("IR1", "Improvement recommendation", "The risk management policy should be refreshed so that strategic risks are scored consistently by the PCC and the Constabulary.", "Accepted. Owner: Chief Executive. Target date: 30 June 2024."),
]:
    cells = t.add_row().cells
    set_cell(cells[0], ref); set_cell(cells[1], typ); set_cell(cells[2], rec); set_cell(cells[3], resp)
doc.save(OUT)
print("wrote", OUT)
