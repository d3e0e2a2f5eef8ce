"""t09.docx: a joint audit panel report covering police and fire inspections side by side
(Staffordshire). python-docx;  /tmp/c28venv/bin/python make_t09.py  (run from src/)"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import header_text, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "t09.docx")

GRADE_FILL = {"Outstanding": "1B5E20", "Good": "A9D08E", "Adequate": "FFE699",
              "Requires improvement": "F4B183", "Inadequate": "FF7C80"}

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
header_text(doc.sections[0], "OFFICIAL",
            "Joint Audit and Risk Assurance Panel \u2013 25 November 2025 \u2013 Agenda item 9")

doc.add_heading("Joint Audit and Risk Assurance Panel", level=0)
doc.add_paragraph("Staffordshire Commissioner\u2019s Office \u00b7 Staffordshire Police \u00b7 "
                  "Staffordshire Fire and Rescue Service")
p = doc.add_paragraph()
p.add_run("Agenda item 9: External inspection assurance \u2013 police and fire").bold = True
doc.add_paragraph("Report of the Chief Finance Officers and the Head of Assurance, "
                  "25 November 2025")

doc.add_heading("1. Purpose of the report", level=1)
doc.add_paragraph(
    "To give the Panel assurance that the findings of His Majesty\u2019s Inspectorate of "
    "Constabulary and Fire & Rescue Services (HMICFRS) about both organisations are being "
    "acted on. The police and the fire and rescue service are inspected separately, under "
    "different frameworks, and their findings are reported side by side below. A grade or "
    "area for improvement in the fire columns applies only to the fire and rescue service.")

doc.add_heading("2. Background", level=1)
doc.add_paragraph(
    "2.1 The Police, Fire and Crime Commissioner for Staffordshire, Naomi Whitcombe, is the "
    "fire and rescue authority and the police and crime commissioner. She holds Chief "
    "Constable Aled Rennison and Chief Fire Officer Bronwen Ashby to account for their "
    "response to inspection through her Strategic Governance Board; this Panel\u2019s role is "
    "to assure the Commissioner that the arrangements for doing so are working.")
doc.add_paragraph(
    "2.2 HMICFRS published its PEEL 2023\u201325 report on Staffordshire Police on 3 April 2025, "
    "following fieldwork led by His Majesty\u2019s Inspector of Constabulary Lorna Pettigrew. "
    "The fire and rescue service\u2019s third-round inspection report, led by His Majesty\u2019s "
    "Inspector of Fire & Rescue Services Hamish Dolan, was published on 22 January 2025.")
doc.add_paragraph(
    "2.3 Neither report identified a cause of concern. The police report made no "
    "recommendations; the fire report made one, about the service\u2019s protection "
    "(fire safety) inspection programme.")

doc.add_heading("3. Grades", level=1)
doc.add_paragraph("Table 1: Grades awarded (left: police; right: fire and rescue service)")
police = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
          ("Responding to the public", "Requires improvement"),
          ("Investigating crime", "Adequate"),
          ("Protecting vulnerable people", "Requires improvement"),
          ("Managing offenders and suspects", "Good"),
          ("Building, supporting and protecting the workforce", "Adequate"),
          ("Leadership and force management", "Good")]
fire = [("Understanding the risk of fire and other emergencies", "Good"),
        ("Preventing fire and other risks", "Good"),
        ("Protecting the public through fire regulation", "Requires improvement"),
        ("Responding to fires and other emergencies", "Good"),
        ("Responding to major and multi-agency incidents", "Adequate"),
        ("Making best use of resources", "Adequate"),
        ("Promoting the right values and culture", "Outstanding"),
        ("Managing performance and developing leaders", "Adequate")]
t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
a = t.cell(0, 0).merge(t.cell(0, 1))
b = t.cell(0, 2).merge(t.cell(0, 3))
set_cell(a, "Staffordshire Police \u2013 PEEL 2023\u201325", bold=True)
set_cell(b, "Staffordshire Fire and Rescue Service \u2013 2023\u201325 (round 3)", bold=True)
shade(a, "DDEBF7")
shade(b, "FCE4D6")
for i, h in enumerate(["Area", "Grade", "Area", "Grade"]):
    set_cell(t.cell(1, i), h, bold=True)
repeat_header(t.rows[0])
repeat_header(t.rows[1])
for (pa, pg), (fa, fg) in zip(police, fire):
    row = t.add_row()
    for i, v in enumerate((pa, pg, fa, fg)):
        set_cell(row.cells[i], v)
    shade(row.cells[1], GRADE_FILL[pg])
    shade(row.cells[3], GRADE_FILL[fg])
row = t.add_row()
c = row.cells[0].merge(row.cells[1])
set_cell(c, "Victim service assessment: not graded", italic=True)
c = row.cells[2].merge(row.cells[3])
set_cell(c, "Future affordability: Good", italic=True)
shade(c, GRADE_FILL["Good"])

doc.add_paragraph(
    "3.1 Against its 2021/22 inspection, the force\u2019s grade for protecting vulnerable people "
    "is unchanged, and its grade for leadership and force management has improved. The fire "
    "and rescue service was graded outstanding for promoting the right values and culture, "
    "one of only a few services nationally to receive that grade.")

doc.add_heading("4. Areas for improvement", level=1)
doc.add_paragraph("Table 2: Open areas for improvement and the position reported by each "
                  "organisation at 31 October 2025")
t2 = doc.add_table(rows=2, cols=4)
t2.style = "Table Grid"
a = t2.cell(0, 0).merge(t2.cell(0, 1))
b = t2.cell(0, 2).merge(t2.cell(0, 3))
set_cell(a, "Staffordshire Police", bold=True)
set_cell(b, "Staffordshire Fire and Rescue Service", bold=True)
shade(a, "DDEBF7")
shade(b, "FCE4D6")
for i, h in enumerate(["Area for improvement", "Force position",
                       "Area for improvement", "Service position"]):
    set_cell(t2.cell(1, i), h, bold=True)
repeat_header(t2.rows[0])
repeat_header(t2.rows[1])
pairs = [
    ("Responding to the public: The force should make sure that it answers 999 calls within "
     "the national standard and that non-emergency callers are not left waiting for long "
     "periods.",
     "999 calls answered within ten seconds: 84% in October (target 90%). New telephony "
     "platform live since September.",
     "The service should make sure that it has an effective system to understand which "
     "premises present the highest fire risk.",
     "Risk-based inspection programme rebuilt; 1,420 premises re-scored."),
    ("Protecting vulnerable people: The force should make sure that it refers children at risk "
     "to the multi-agency safeguarding hub without delay.",
     "Referral time now monitored daily; median 19 hours (April: 52 hours).",
     "The service should make sure that fire safety audits are completed to the timescales in "
     "its risk-based inspection programme.",
     "Behind plan. Two additional inspecting officers start in January 2026."),
    ("Protecting vulnerable people: The force should improve the quality of its risk "
     "assessments for missing children, so that the level of risk is recorded accurately.",
     "Not reported this period.",
     "The service should assure itself that its on-call fire engines are available when "
     "needed.",
     "On-call availability 78% (target 85%)."),
    ("Police powers and public treatment: The force should make sure that it understands why "
     "Black people are more likely to be stopped and searched than white people in "
     "Staffordshire, and that it acts on what it finds.",
     "Independent academic review commissioned; report due February 2026.",
     "", ""),
]
for r in pairs:
    row = t2.add_row()
    for i, v in enumerate(r):
        set_cell(row.cells[i], v)

doc.add_heading("5. Assurance opinion", level=1)
doc.add_paragraph(
    "5.1 Internal audit has given reasonable assurance over the arrangements for tracking "
    "inspection findings in both organisations. Staffordshire Police\u2019s tracker was found to "
    "be complete; the fire and rescue service\u2019s did not record its recommendation "
    "separately from its areas for improvement, and this has been corrected.")
doc.add_paragraph(
    "5.2 The Panel is asked to note the report. Good practice in the force\u2019s offender "
    "management has been shared with West Mercia Police through the regional collaboration "
    "board.")
doc.add_paragraph("Contact: Head of Assurance, Staffordshire Commissioner\u2019s Office.")

doc.core_properties.author = "Staffordshire Commissioner's Office"
doc.save(OUT)
print("wrote", OUT)
