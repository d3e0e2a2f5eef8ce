"""ks05.docx: Thames Valley Joint Independent Audit Committee paper (python-docx)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ks05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "Joint Independent Audit Committee \u2013 17 March 2025 \u2013 Agenda item 9"

doc.add_heading("Joint Independent Audit Committee", level=1)
doc.add_paragraph("Office of the Police and Crime Commissioner for Thames Valley and Thames Valley Police")

cover = doc.add_table(rows=0, cols=2)
cover.style = "Table Grid"
for k, v in (
    ("Report for information", "HMICFRS inspection recommendations and areas for improvement: quarterly progress report"),
    ("Date of meeting", "17 March 2025"),
    ("Report of", "Deputy Chief Constable Ruth Heatherington"),
    ("Protective marking", "OFFICIAL"),
    ("Recommendation", "The Committee is asked to note the report and the progress made."),
):
    cells = cover.add_row().cells
    set_cell(cells[0], k, bold=True)
    shade(cells[0], "E7E6E6")
    set_cell(cells[1], v)

doc.add_heading("1. Executive summary", level=2)
doc.add_paragraph(
    "1.1 This report updates the Committee on the force\u2019s progress against the "
    "recommendations, causes of concern and areas for improvement made by HMICFRS. It "
    "covers the PEEL 2023\u201325 inspection, outstanding items from PEEL 2021/22 and the "
    "national thematic inspections. The tracker is reviewed monthly at the Force Inspection "
    "Board, chaired by the Deputy Chief Constable, and quarterly at the Police and Crime "
    "Commissioner\u2019s Level 1 accountability meeting.")
doc.add_paragraph(
    "1.2 At 28 February 2025 the tracker held 41 open items: 9 rated green, 24 amber and 8 "
    "red. Twelve items were closed in the quarter.")

doc.add_heading("2. PEEL 2023\u201325", level=2)
doc.add_paragraph(
    "2.1 HMICFRS published its PEEL report on Thames Valley Police on 5 December 2024. The "
    "grades were:")
for lead, items in (
    ("Adequate", "police powers and public treatment; preventing crime; managing offenders and suspects; building, supporting and protecting the workforce"),
    ("Requires improvement", "responding to the public; protecting vulnerable people; leadership and force management"),
    ("Inadequate", "investigating crime"),
):
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(lead + ": ").bold = True
    p.add_run(items)
doc.add_paragraph(
    "2.2 The inspection raised one cause of concern, on investigations, with two "
    "recommendations, and 14 areas for improvement. The force was placed in the "
    "inspectorate\u2019s \u2018Engage\u2019 phase of enhanced monitoring in January 2025. The "
    "Chief Constable, Adebayo Nwosu, has written to the Police and Crime Commissioner, "
    "Nathaniel Crossfield, setting out the force\u2019s improvement plan, which is available "
    "to members on request.")
doc.add_paragraph(
    "2.3 Appendix A lists the PEEL items together with the carried-forward item from 2021/22 "
    "and the national items due this quarter. For reasons of length the remaining 2023\u201325 "
    "areas for improvement, all rated amber, are listed by reference only: TVP-A-04 to TVP-A-14.")

doc.add_heading("3. Assurance", level=2)
doc.add_paragraph(
    "3.1 Internal audit\u2019s review of the inspection tracking process (report 24/25-07) "
    "gave reasonable assurance, with two medium-priority actions on the quality of evidence "
    "for closure. The Committee\u2019s own assessment in its annual report was that the "
    "force\u2019s arrangements for responding to external inspection are good, but the "
    "volume of red items is a risk.")

doc.add_heading("4. Financial implications", level=2)
doc.add_paragraph(
    "4.1 The investigation improvement plan is funded from the 2025/26 budget, including "
    "\u00a32.4 million for 40 additional investigators approved by the Commissioner in the "
    "precept report.")

new_sec = doc.add_section()
new_sec.orientation = WD_ORIENT.LANDSCAPE
new_sec.page_width, new_sec.page_height = sec.page_height, sec.page_width
doc.add_heading("Appendix A: Inspection tracker extract (PEEL and national items)", level=2)

cols = ("Ref", "Source", "Description", "Owner", "Due", "RAG", "Latest update")
t = doc.add_table(rows=1, cols=len(cols))
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, cols):
    set_cell(c, h, bold=True)
    shade(c, "BDD7EE")
rows = [
    ("TVP-C-01", "PEEL 2023\u201325 cause of concern",
     "Thames Valley Police is not investigating crime effectively. Investigations are often not allocated promptly, too many lack an investigation plan, and supervisors do not consistently review them.",
     "DCC", "Dec 2025", "Amber",
     "Investigation standards unit established in February 2025; baseline audit of 600 crimes under way."),
    ("TVP-R-01", "PEEL 2023\u201325 recommendation (cause of concern TVP-C-01)",
     "By 30 June 2025, the force should make sure that every crime is allocated to an investigator with the appropriate skills within the timescales set out in its allocation policy.",
     "ACC Crime", "Jun 2025", "Red",
     "Allocation within policy timescales is 71% against a target of 95%. A revised allocation model goes live in April."),
    ("TVP-R-02", "PEEL 2023\u201325 recommendation (cause of concern TVP-C-01)",
     "By 30 June 2025, the force should make sure that supervisors review investigations at the intervals set out in its policy and record clear direction.",
     "ACC Crime", "Jun 2025", "Amber", "\u2013"),
    ("TVP-A-01", "PEEL 2023\u201325 area for improvement",
     "The force should make sure that it answers emergency calls within the national standard of ten seconds.",
     "ACC Local Policing", "Sep 2025", "Amber",
     "Performance in February was 84% within ten seconds, up from 77% in the quarter of inspection."),
    ("TVP-A-02", "PEEL 2023\u201325 area for improvement",
     "The force should improve the timeliness of its response to domestic abuse incidents that are graded as priority.",
     "ACC Local Policing", "Sep 2025", "Red",
     "Median attendance time remains above the target; additional response officers posted to Reading and Milton Keynes."),
    ("TVP-A-03", "PEEL 2023\u201325 area for improvement",
     "The force should develop a better understanding of its demand, so that its workforce plans are based on the skills it will need.",
     "Director of People", "Mar 2026", "Green",
     "Demand model completed by the Strategic Planning Unit and presented to the Chief Officer Group in February."),
    ("TVP-A21-06", "PEEL 2021/22 area for improvement (carried forward)",
     "The force should make sure that it records the ethnicity of all people who are stopped and searched.",
     "Head of Professional Standards", "Overdue", "Red",
     "Recording rate is 88%. A mandatory field will be added to the mobile application in May 2025."),
    ("NAT-VM-12", "National thematic: vetting, misconduct and misogyny",
     "By 31 March 2025, chief constables should make sure that all officers and staff have received training on the standards expected of them.",
     "Head of Professional Standards", "Mar 2025", "Green", "Training completion 97%."),
    ("NAT-CUS-03", "Joint custody inspection (HM Inspectorate of Prisons and HMICFRS)",
     "The force should make sure that the use of force in custody is recorded and reviewed.",
     "Head of Custody", "Jun 2025", "Amber", "Dip sampling introduced."),
]
fills = {"Red": "F4B6B0", "Amber": "FFE08A", "Green": "B7E1A1"}
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
    shade(cells[5], fills[row[5]])
doc.add_paragraph("RAG key: Green \u2013 on track or complete; Amber \u2013 some slippage; Red \u2013 off track or overdue. "
                  "\u2013 indicates no update received this quarter.", style="Caption")
doc.save(OUT)
print("wrote", OUT)
