"""lg03.docx: Lancashire Constabulary AFI tracker, November 2023 (python-docx)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Pt, Cm
from docxutil import shade, set_cell, labelled

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.8)
sec.header.paragraphs[0].text = "OFFICIAL – Lancashire Constabulary – Strategic Governance Board"
sec.footer.paragraphs[0].text = "HMICFRS AFI tracker v7 – page 1"

doc.add_heading("HMICFRS Areas for Improvement – Consolidated Tracker", 0)
doc.add_paragraph("Lancashire Constabulary · Position as at 30 November 2023 · Prepared by Strategic Development Department")
labelled(doc, "Tracker owner:", "Deputy Chief Constable Terence Olabode")
labelled(doc, "Next review:", "Strategic Governance Board, 24 January 2024")

doc.add_heading("1. Purpose", 1)
doc.add_paragraph(
    "This tracker brings together the areas for improvement (AFIs) still open from the PEEL 2021/22 "
    "inspection with the AFIs published in His Majesty’s Inspectorate of Constabulary and Fire & Rescue "
    "Services’ PEEL 2023–25 report on the force, which was published on 14 November 2023. Items closed "
    "before 1 April 2023 are listed by reference only.")
doc.add_heading("2. Summary", 1)
doc.add_paragraph(
    "The 2023–25 report shows progress since the last round. Investigating crime improved from requires "
    "improvement in 2021/22 to adequate in 2023–25, and the force is now graded good for protecting "
    "vulnerable people. Responding to the public remains adequate. The full grade profile is reported "
    "separately to the Police and Crime Commissioner and is not repeated here.")
doc.add_paragraph("Of the 14 AFIs raised in 2021/22, eleven are closed and three remain open. The 2023–25 report "
                  "raised nine AFIs, four of which are shown below; the remaining five relate to custody and "
                  "are tracked through the Custody Improvement Plan.")
doc.add_paragraph("RAG key: Green – complete, propose closure; Amber – in progress, on track; Red – behind plan; "
                  "Grey – not yet started.", style="Intense Quote")

doc.add_heading("3. Tracker", 1)
rows = [
    ("21-01", "PEEL 2021/22", "Treatment of the public", "Closed March 2023 – see closure report SGB/23/04.", "", "", "Closed"),
    ("21-03", "PEEL 2021/22", "Investigating crime",
     "The force should make sure that investigations are supervised effectively, and that supervisors record their reviews and direction on the crime record.",
     "ACC Crime (ACC Hannah Birtwistle)",
     "Investigation standards audit in October 2023 found supervisory reviews recorded in 81% of cases (up from 54%). Re-audit planned for March 2024 before closure is proposed.",
     "Amber"),
    ("21-06", "PEEL 2021/22", "Protecting vulnerable people",
     "The force should improve how it handles applications under the domestic violence disclosure scheme, so that decisions are made within the recommended timescales.",
     "Det Ch Supt, Public Protection",
     "Dedicated disclosure unit in place since July 2023. 94% of decisions now made within 35 days. Propose closure.",
     "Green"),
    ("21-09", "PEEL 2021/22", "Responding to the public",
     "The force should make sure that repeat and vulnerable callers are identified at the first point of contact.",
     "Head of Contact Management",
     "Update awaited from Contact Management.",
     "Red"),
    ("23-01", "PEEL 2023–25", "Investigating crime",
     "The force should make sure that victims’ needs are assessed and that it complies with the Code of Practice for Victims of Crime in all investigations.",
     "ACC Crime (ACC Hannah Birtwistle)",
     "Victims’ Code compliance dashboard launched November 2023; first quarterly report due February 2024.",
     "Amber"),
    ("23-02", "PEEL 2023–25", "Building, supporting and protecting the workforce",
     "The force should improve how it monitors the wellbeing of its workforce, including officers and staff who have been on restricted duties for long periods.",
     "Director of People",
     "Review of all restricted-duty cases over 12 months under way; 63 of 118 reviewed.",
     "Amber"),
    ("23-03", "PEEL 2023–25", "Responding to the public",
     "The force should make sure that it attends emergency incidents within its published response times, particularly in rural areas.",
     "ACC Local Policing",
     "",
     "Grey"),
    ("23-04", "PEEL 2023–25", "Police powers and public treatment",
     "The force should record the reasons for each use of force, and supervisors should review body-worn video footage from a sample of these incidents.",
     "Ch Supt, Professional Standards",
     "Use of force form amended 1 November 2023. Monthly dip sample of 20 incidents by the Legitimacy Scrutiny Panel agreed.",
     "Amber"),
    ("N-12", "HMICFRS thematic: vetting, misconduct and misogyny (2022)", "National recommendation (all forces)",
     "Recommendation 23: by April 2023, chief constables should make sure their vetting units record the rationale for every clearance decision. (Tracked on the national recommendations log.)",
     "Head of Vetting", "See national log.", "Green"),
]
hdr = ("Ref", "Source", "HMICFRS area", "Area for improvement", "Lead", "Update (November 2023)", "RAG")
t = doc.add_table(rows=1, cols=len(hdr))
t.style = "Table Grid"
for i, h in enumerate(hdr):
    set_cell(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "1F3864")
fills = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE", "Grey": "D9D9D9", "Closed": "FFFFFF"}
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        set_cell(cells[i], v)
    shade(cells[6], fills[r[6]])
for row in t.rows:
    for c in row.cells:
        for p in c.paragraphs:
            for run in p.runs:
                run.font.size = Pt(8.5)

doc.add_heading("4. Decisions requested", 1)
doc.add_paragraph("The Board is asked to approve closure of 21-06 and to note the lack of an update on 21-09, "
                  "which will be escalated to the Deputy Chief Constable.", style="List Number")
doc.add_paragraph("The Board is asked to note that good practice identified by HMICFRS in the force’s "
                  "neighbourhood problem-solving work will be shared with Cumbria Constabulary through the "
                  "regional learning network.", style="List Number")
doc.save("../docs/lg03.docx")
