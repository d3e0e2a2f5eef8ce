"""ko08.docx: Leicestershire joint audit, risk and assurance panel paper, 'HMICFRS inspection update'."""
import os

from docx import Document
from docx.shared import Pt

from docxutil import header_text, labelled, page_number_footer, set_cell, shade, table

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ko08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
header_text(sec, "OFFICIAL – Joint Audit, Risk and Assurance Panel")
page_number_footer(sec)

t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate([
        ("POLICE AND CRIME COMMISSIONER FOR LEICESTERSHIRE AND CHIEF CONSTABLE OF LEICESTERSHIRE POLICE", ""),
        ("JOINT AUDIT, RISK AND ASSURANCE PANEL", "Paper marked: H"),
        ("Report of", "Chief Constable"),
        ("Date", "Wednesday 25 June 2025 – 2.00pm")]):
    if i == 0:
        c = t.cell(0, 0).merge(t.cell(0, 1))
        set_cell(c, k, bold=True)
        shade(c, "DEEAF6")
    else:
        set_cell(t.cell(i, 0), k, bold=True)
        set_cell(t.cell(i, 1), v)
doc.add_paragraph()
doc.add_heading("HMICFRS inspection update", level=1)

doc.add_heading("Purpose of report", level=2)
doc.add_paragraph(
    "1. This report updates the Panel on inspection activity by His Majesty’s Inspectorate of "
    "Constabulary and Fire & Rescue Services (HMICFRS) since the Panel last met in March 2025, and "
    "on the force’s progress against recommendations and areas for improvement.")

doc.add_heading("Recommendation", level=2)
doc.add_paragraph("2. The Panel is asked to note the report.")

doc.add_heading("Background", level=2)
doc.add_paragraph(
    "3. HMICFRS publishes force-specific reports (PEEL, custody and crime data integrity "
    "inspections) and national thematic reports. Recommendations in national reports are usually "
    "addressed to all chief constables, and the force assesses itself against each one.")
doc.add_paragraph(
    "4. For members who have joined the Panel recently: Leicestershire Police was last assessed "
    "under the separate PEEL pillars in 2017, when HMICFRS judged the force good for efficiency "
    "and for legitimacy, and found that its effectiveness required improvement. The force has "
    "been inspected under the integrated PEEL model since 2018/19.")

doc.add_heading("Reports published since the last meeting", level=2)
table(doc, [
    ["Report", "Published", "Type", "Recommendations for the force"],
    ["PEEL 2023–25: An inspection of Leicestershire Police", "20 March 2025", "Force PEEL",
     "No cause of concern; 7 areas for improvement"],
    ["PEEL spotlight report: the police response to anti-social behaviour", "8 April 2025",
     "National (PEEL)", "3 recommendations to all chief constables"],
    ["An inspection of the effectiveness of the police and law enforcement bodies’ response "
     "to group-based child sexual exploitation", "15 May 2025", "National thematic",
     "4 recommendations to chief constables"],
    ["Report on an unannounced inspection visit to police custody suites in Leicestershire",
     "3 June 2025", "Joint with HM Inspectorate of Prisons",
     "2 causes of concern; 10 recommendations (not graded)"],
])

doc.add_heading("PEEL 2023–25", level=2)
doc.add_paragraph(
    "5. The report was published on 20 March 2025. His Majesty’s Inspector of Constabulary "
    "Lionel Farquharson described the force as one that “knows its communities well and is "
    "improving how it investigates crime”. The grades are below. The inspectorate did not grade "
    "the force’s service to victims.")
g = doc.add_table(rows=9, cols=3)
g.style = "Table Grid"
hdr = ["Area", "Grade", "Change since PEEL 2021/22"]
for c, v in enumerate(hdr):
    set_cell(g.cell(0, c), v, bold=True)
    shade(g.cell(0, c), "DEEAF6")
FILL = {"Outstanding": "00B050", "Good": "92D050", "Adequate": "FFC000"}
rows = [
    ("Police powers and public treatment", "Adequate", "↓"),
    ("Preventing crime", "Good", "↔"),
    ("Responding to the public", "Good", "↑"),
    ("Investigating crime", "Adequate", "↑"),
    ("Protecting vulnerable people", "Good", "↔"),
    ("Managing offenders and suspects", "Outstanding", "↑"),
    ("Building, supporting and protecting the workforce", "Good", "New area"),
    ("Leadership and force management", "Good", "New area"),
]
for i, (a, gr, ch) in enumerate(rows, start=1):
    set_cell(g.cell(i, 0), a)
    set_cell(g.cell(i, 1), gr, bold=True)
    shade(g.cell(i, 1), FILL[gr])
    set_cell(g.cell(i, 2), ch)
doc.add_paragraph(
    "Key: ↑ better grade than in 2021/22; ↔ same grade; ↓ lower grade.", style="Caption")
doc.add_paragraph(
    "6. The Police and Crime Commissioner, Ayesha Rattray-Moss, published her response under "
    "section 55 of the Police Act 1996 on 14 May 2025.")
doc.add_paragraph(
    "7. Progress against three of the seven areas for improvement is set out below. The others "
    "were reported to the Panel in March and are on track.")

for label, afi, pos in [
    ("AFI 2 – Police powers and public treatment",
     "The force should make sure that the reasons for using force are recorded on every "
     "occasion, and that the data is reviewed by its external scrutiny panel.",
     "Body-worn video review added to the use of force form in April 2025. The external panel "
     "reviewed 60 records in May."),
    ("AFI 4 – Investigating crime",
     "The force should make sure that victims are told when their case is closed and why.",
     "Automated victim update letters go live in July 2025."),
    ("AFI 6 – Police powers and public treatment",
     "The force should improve how it engages with young people and communities who have less "
     "trust in the police.",
     None),
]:
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    doc.add_paragraph(afi, style="Intense Quote")
    if pos:
        labelled(doc, "Force position:", pos)
    else:
        labelled(doc, "Force position:", "To be reported in September 2025 once the new "
                 "engagement strategy has been consulted on.")

doc.add_heading("National reports", level=2)
doc.add_paragraph(
    "8. The PEEL spotlight report on anti-social behaviour drew on all forces’ PEEL 2023–25 "
    "inspections. Its three recommendations are addressed to every chief constable; the first "
    "is that “by 31 December 2025, chief constables should make sure that repeat victims of "
    "anti-social behaviour are identified when they call”. The force assesses itself as partly "
    "compliant.")
doc.add_paragraph(
    "9. The custody report (joint with HM Inspectorate of Prisons) was published on 3 June 2025. "
    "An action plan will come to the September meeting. Custody inspections are not graded.")

doc.add_heading("Implications", level=2)
table(doc, [
    ["Financial", "None arising directly from this report."],
    ["Legal", "Section 55 responses are a statutory requirement on the Commissioner."],
    ["Equality", "AFI 6 concerns community confidence; see paragraph 7."],
    ["Risks and impact", "Force risk register entry SR14 (public confidence) – rated amber."],
], header=False)
labelled(doc, "Person to contact:", "Head of Strategic Planning and Inspection, Leicestershire "
         "Police. Chief Constable Robert Anstey-Kerr has approved this report.")

doc.save(OUT)
print("wrote", OUT)
