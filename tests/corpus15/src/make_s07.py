"""s07.docx: West Midlands Joint Audit Committee paper with a recommendations tracker."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from docxhelp import set_cell, shade, repeat_header, page_number_field, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "s07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "JAC 27 March 2025 \u2013 Agenda item 9 \u2013 page "
page_number_field(fp)

doc.add_paragraph("WEST MIDLANDS POLICE AND CRIME COMMISSIONER AND CHIEF CONSTABLE",
                  style="Heading 3")
doc.add_paragraph("JOINT AUDIT COMMITTEE", style="Title")

meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for k, (a, b) in enumerate([
    ("Date of meeting", "27 March 2025"),
    ("Title", "Inspection and audit recommendations tracker"),
    ("Presented by", "Head of Governance and Assurance, West Midlands Police, and OPCC Chief "
                     "Finance Officer"),
    ("Status", "For assurance"),
]):
    set_cell(meta.cell(k, 0), a, bold=True)
    shade(meta.cell(k, 0), "DEEAF6")
    set_cell(meta.cell(k, 1), b)

doc.add_heading("1. Purpose of the report", level=1)
doc.add_paragraph(
    "1.1 To give the Committee assurance on the progress made against recommendations and "
    "areas for improvement from His Majesty\u2019s Inspectorate of Constabulary and Fire & "
    "Rescue Services (HMICFRS) and from the internal audit programme, using the combined "
    "tracker at Appendix 1.")
doc.add_heading("2. Recommendations", level=1)
doc.add_paragraph("2.1 The Committee is asked to note the contents of this report and the "
                  "status of the open actions in Appendix 1.")
doc.add_heading("3. Background", level=1)
doc.add_paragraph(
    "3.1 The HMICFRS report \u2018PEEL 2023\u201325: An inspection of West Midlands Police\u2019 "
    "was published on 12 September 2024. The force was graded good for preventing crime and "
    "requires improvement in three areas: responding to the public, investigating crime, and "
    "leadership and force management. The remaining four graded areas were judged adequate. "
    "The report raised one cause of concern, about the quality of investigations, with two "
    "recommendations, and five areas for improvement.")
doc.add_paragraph(
    "3.2 Investigating crime was graded inadequate in the 2021/22 inspection, so the current "
    "grade represents progress, but the Committee will wish to note that the cause of concern "
    "has not yet been closed. One area for improvement from the 2021/22 inspection also "
    "remains open and is carried forward in section B of the tracker.")
doc.add_paragraph(
    "3.3 The Police and Crime Commissioner, Harjit Sandhu-Walsh, receives a monthly update on "
    "the PEEL improvement plan at the Accountability and Governance Board. Chief Constable "
    "Lorraine Edgecombe is the senior responsible owner for the plan; the Assistant Chief "
    "Constable (Crime) leads on the investigation actions.")
doc.add_paragraph(
    "3.4 Internal audit actions are included so that the Committee sees a single view of open "
    "recommendations. Internal audit opinions are given on the scale Substantial, Reasonable, "
    "Limited and Minimal; two reports this year received a Limited opinion.")
doc.add_heading("4. Summary of status", level=1)
doc.add_paragraph(
    "4.1 Of the 11 actions on the tracker, 3 are Green (complete or on track), 6 are Amber "
    "(some slippage) and 2 are Red (behind plan, with a revised date proposed). Two HMICFRS "
    "areas for improvement from 2023\u201325 are not shown in full because they were closed "
    "at the December 2024 meeting (PEEL23-AFI3 and PEEL23-AFI4).")

# Appendix in a landscape section
new = doc.add_section()
new.orientation = WD_ORIENT.LANDSCAPE
new.page_width, new.page_height = sec.page_height, sec.page_width
new.left_margin = new.right_margin = Cm(1.5)
doc.add_heading("Appendix 1: Recommendations tracker (position at 10 March 2025)", level=1)
doc.add_paragraph("Key to references: CoC = cause of concern; R = recommendation; AFI = area "
                  "for improvement; VMM and VAWG = national thematic inspections; IA = internal "
                  "audit. RAG: G = complete or on track; A = some slippage; R = behind plan.")

cols = ["Ref", "Recommendation", "Owner", "Due", "RAG", "Update"]
widths = [Cm(2.4), Cm(8.0), Cm(2.6), Cm(2.2), Cm(1.2), Cm(9.0)]
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
for k, c in enumerate(cols):
    set_cell(t.rows[0].cells[k], c, bold=True, size=9)
    shade(t.rows[0].cells[k], "1F3864")
    t.rows[0].cells[k].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(t.rows[0])
RAGFILL = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}


def section(title):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[5])
    set_cell(m, title, bold=True, size=9)
    shade(m, "D9E2F3")


def line(ref, text, owner, due, rag, update):
    row = t.add_row().cells
    for k, v in enumerate([ref, text, owner, due, rag, update]):
        set_cell(row[k], v, size=9)
    shade(row[4], RAGFILL[rag])


section("A. HMICFRS PEEL 2023\u201325 (published 12 September 2024)")
line("PEEL23-CoC1",
     "West Midlands Police does not make sure that investigations are allocated to staff with "
     "the right skills, and too many investigations are not supervised effectively, so "
     "victims do not always receive a good service.",
     "ACC Crime", "Mar 2025", "A",
     "Allocation policy rewritten (Nov 2024). Supervisory review compliance 81% (Feb 2025) "
     "against a target of 90%. HMICFRS revisit expected in the summer.")
line("PEEL23-R1",
     "By 31 March 2025, the force should make sure that every investigation is allocated to "
     "an investigator who has the skills and accreditation the investigation needs.",
     "ACC Crime", "31/03/2025", "A",
     "Accreditation data now held in the duty system. 212 investigators are working towards "
     "PIP2; revised completion date September 2025.")
line("PEEL23-R2",
     "By 31 March 2025, the force should make sure that supervisors review every "
     "investigation at the intervals set out in its investigation standards policy.",
     "ACC Crime", "31/03/2025", "R",
     "No update received for this meeting.")
line("PEEL23-AFI1",
     "The force should make sure that it answers non-emergency calls within a reasonable time "
     "and that it attends incidents within its published attendance times.",
     "ACC Local Policing", "Jun 2025", "A",
     "101 answer time down to 7 minutes (target 5). Priority attendance within 60 minutes: 74%.")
line("PEEL23-AFI2",
     "The force should make sure that its change programme is aligned to its workforce plan "
     "and that it can show the benefits of the changes it makes.",
     "Director of Commercial Services", "Sep 2025", "G",
     "Benefits realisation framework agreed by the Force Executive Board in January 2025.")
line("PEEL23-AFI5",
     "The force should improve the way it records and reviews the use of force, so that it "
     "can show that force is used fairly.",
     "Head of Professional Standards", "Jun 2025", "G",
     "Body-worn video review panel established; first quarterly report due in April.")

section("B. HMICFRS PEEL 2021/22 (carried forward)")
line("PEEL21-AFI4",
     "The force should make sure that it shares information about children at risk of "
     "exploitation with partner agencies promptly.",
     "ACC Public Protection", "Dec 2024", "R",
     "Information sharing agreement with the seven local authorities signed; two still to "
     "implement the electronic referral route. Revised date: June 2025.")

section("C. HMICFRS national thematic inspections")
line("VMM-R12",
     "By 30 April 2024, chief constables should make sure that vetting decisions are recorded "
     "with a clear rationale where adverse information is known.",
     "Head of Professional Standards", "30/04/2024", "G",
     "Complete. Rationale now mandatory in the vetting system.")
line("VAWG-R3",
     "Chief constables should make sure that officers understand and use the full range of "
     "protective orders available to them.",
     "ACC Public Protection", "Dec 2025", "A",
     "Training module launched February 2025; 38% completion.")

section("D. Internal audit 2024/25")
line("IA 24/07",
     "Management should make sure that purchase card transactions are approved by a second "
     "person before payment.",
     "Head of Finance", "Jan 2025", "A",
     "Second approval in place for new cards; legacy cards to be migrated by April.")
line("IA 24/11",
     "Management should reconcile the seized property system with the physical stores at "
     "least quarterly.",
     "Head of Criminal Justice Services", "Mar 2025", "A",
     "First reconciliation at Park Lane completed; three stores outstanding.")

doc.add_paragraph()
labelled(doc, "Contact officer: ", "Governance and Assurance Team, West Midlands Police. "
         "Background papers: HMICFRS PEEL 2023\u201325 report; Internal Audit Annual Plan "
         "2024/25.")

doc.save(OUT)
print("wrote", OUT)
