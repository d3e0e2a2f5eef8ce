"""ko05.docx: Dorset PCC quarterly performance report with a 'Regulatory findings' appendix."""
import os

from docx import Document
from docx.shared import Pt

from docxutil import header_text, labelled, page_number_footer, set_cell, shade, table

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ko05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
header_text(sec, "OFFICIAL")
page_number_footer(sec, "Dorset OPCC – Performance Report Q3 2024/25")

doc.add_paragraph("Dorset Police and Crime Panel – 6 February 2025", style="Subtitle")
doc.add_heading("Police and Crime Plan Performance Report: Quarter 3, 2024/25", level=0)
doc.add_paragraph("Report of the Office of the Dorset Police and Crime Commissioner. "
                  "Data period: 1 October to 31 December 2024.")

doc.add_heading("Foreword", level=1)
doc.add_paragraph(
    "This report sets out how Dorset Police is performing against the priorities in my Police "
    "and Crime Plan. Most measures are moving in the right direction. Burglary continues to fall "
    "and the proportion of 999 calls answered within ten seconds is the best it has been in "
    "three years. There is still work to do on the time it takes to bring charges in cases of "
    "domestic abuse, and I will continue to press the Chief Constable on it.")
doc.add_paragraph(
    "Appendix C brings together for the first time the findings of every inspection and audit of "
    "the force that remains open, so that the Panel can see in one place what inspectors have "
    "asked of Dorset Police and what the force has done about it.")
p = doc.add_paragraph()
p.add_run("Hugo Ventham").bold = True
doc.add_paragraph("Police and Crime Commissioner for Dorset")

doc.add_heading("1. Priority 1: Cut crime and anti-social behaviour", level=1)
table(doc, [
    ["Measure", "12 months to Dec 2024", "Change on previous year", "Status"],
    ["Total recorded crime", "51,874", "-3.4%", "Green"],
    ["Residential burglary", "1,912", "-11.0%", "Green"],
    ["Anti-social behaviour incidents", "14,205", "+2.2%", "Amber"],
    ["Knife crime offences", "311", "-6.8%", "Green"],
])
doc.add_paragraph(
    "Neighbourhood teams have continued their summer operation in Bournemouth town centre into "
    "the autumn. The Panel asked in November whether the fall in burglary was real or a change "
    "in recording; the force’s crime registrar has confirmed that recording practice is "
    "unchanged and remains good.")

doc.add_heading("2. Priority 2: Make policing more visible and connected", level=1)
table(doc, [
    ["Measure", "Q3 2024/25", "Q3 2023/24", "Status"],
    ["999 calls answered within 10 seconds", "92.4%", "84.0%", "Green"],
    ["101 calls abandoned", "14.1%", "19.6%", "Amber"],
    ["Officers in neighbourhood roles", "386", "352", "Green"],
])

doc.add_heading("3. Priority 3: Fight violent crime and high harm", level=1)
doc.add_paragraph(
    "Charge rates for domestic abuse offences remain below the most similar group average. "
    "Deputy Chief Constable Owen Tallis now chairs a monthly domestic abuse performance board, "
    "and Assistant Chief Constable Siân Ferrow leads the work on case file quality.")

doc.add_page_break()
doc.add_heading("Appendix C: Regulatory findings", level=1)
doc.add_paragraph(
    "This appendix lists the inspections and audits of Dorset Police, and of services the "
    "Commissioner oversees or shares, whose findings were open on 31 December 2024. Inspections "
    "are carried out by His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
    "(HMICFRS), in some cases jointly with other inspectorates. Internal audits are carried out "
    "by the joint internal auditors of the Commissioner and the Chief Constable.")

doc.add_heading("Table C1: Findings register", level=2)
t = table(doc, [
    ["Inspection or audit", "Body", "Published", "Grade or outcome", "Open items"],
    ["PEEL 2023–25: An inspection of Dorset Police", "HMICFRS", "26 September 2024",
     "Graded in eight areas (Table C2)", "4 areas for improvement"],
    ["Report on an unannounced inspection visit to police custody suites in Dorset",
     "HMICFRS and HM Inspectorate of Prisons", "17 January 2023", "Not graded. 12 recommendations",
     "2 recommendations"],
    ["Dorset & Wiltshire Fire and Rescue Service: Effectiveness, efficiency and people",
     "HMICFRS", "24 August 2023",
     "Effectiveness: Good. Efficiency: Good. People: Requires improvement", "Reported to the Fire Authority"],
    ["Crime data integrity inspection 2018 – Dorset Police", "HMICFRS", "6 December 2018",
     "Good", "None (closed)"],
    ["An inspection of vetting, misconduct, and misogyny in the police service (national)",
     "HMICFRS", "2 November 2022", "43 recommendations to chief constables and national bodies",
     "3 still in progress"],
    ["Internal audit: seized property", "Joint internal auditors", "10 October 2024",
     "Limited assurance", "5 actions"],
])

doc.add_heading("Table C2: PEEL 2023–25 grades", level=2)
t = doc.add_table(rows=10, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(top, "Dorset Police – PEEL 2023–25 (HMICFRS)", bold=True)
shade(top, "D9E2F3")
set_cell(t.cell(1, 0), "Area", bold=True)
set_cell(t.cell(1, 1), "Grade", bold=True)
rows = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Outstanding"),
    ("Responding to the public", "Good"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Good"),
    ("Managing offenders and suspects", "Good"),
    ("Building, supporting and protecting the workforce", "Good"),
    ("Leadership and force management", "Adequate"),
]
for i, (area, grade) in enumerate(rows, start=2):
    set_cell(t.cell(i, 0), area)
    set_cell(t.cell(i, 1), grade)
doc.add_paragraph(
    "Dorset Police was graded outstanding at preventing crime, as it was in 2021/22. The "
    "inspectorate did not grade the force’s service to victims of crime.")

doc.add_heading("Table C3: Open PEEL areas for improvement", level=2)
table(doc, [
    ["Ref", "Area", "Area for improvement", "Progress at 31 December 2024"],
    ["AFI 1", "Investigating crime",
     "The force should make sure that investigation plans are recorded for all crimes that are "
     "allocated for investigation, and that supervisors review them.",
     "A mandatory investigation plan field went live on Niche in November. Compliance in "
     "December was 81 percent."],
    ["AFI 2", "Investigating crime",
     "The force should improve how it uses outcome 16 (victim does not support action) in "
     "domestic abuse cases, and consider evidence-led prosecutions more often.",
     "Dip sampling by the domestic abuse performance board started in October."],
    ["AFI 3", "Leadership and force management",
     "The force should make sure it has a reliable understanding of the demand on its "
     "investigative teams, so that it can match resources to that demand.",
     "–"],
    ["AFI 4", "Responding to the public",
     "The force should reduce the number of non-emergency calls that are abandoned.",
     "101 abandonment has fallen from 19.6 percent to 14.1 percent (see Priority 2)."],
])
doc.add_paragraph(
    "The custody recommendations still open concern the recording of detainees’ property and "
    "the provision of showers; both are due to close by March 2025. The Fire Authority receives "
    "its own report on the fire and rescue service’s action plan.")
labelled(doc, "Next update:", "Quarter 4 report, 8 May 2025.")

doc.save(OUT)
print("wrote", OUT)
