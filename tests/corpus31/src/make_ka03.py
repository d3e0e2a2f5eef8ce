"""ka03.docx: a city council overview and scrutiny committee report on community safety
(Nottinghamshire Police, PEEL 2023-25)."""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor
from docxhelp import shade, set_cell, labelled, page_number_field, fixed_core

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ka03.docx")

doc = Document()
fixed_core(doc, "Community Safety Partnership - PEEL update", "Democratic Services")
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    hp = s.header.paragraphs[0]
    hp.text = "Nottingham City Council\tCommunity Safety Overview and Scrutiny Committee\t21 January 2026"
    fp = s.footer.paragraphs[0]
    page_number_field(fp, "Page ")

t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
rows = [("Report to:", "Community Safety Overview and Scrutiny Committee"),
        ("Date:", "21 January 2026"),
        ("Report of:", "Director of Community Protection"),
        ("Subject:", "Community Safety Partnership update, including the PEEL inspection of Nottinghamshire Police")]
for r, (a, b) in zip(t.rows, rows):
    set_cell(r.cells[0], a, bold=True)
    set_cell(r.cells[1], b)
    shade(r.cells[0], "E7E6E6")

doc.add_paragraph()
doc.add_heading("1. Purpose of the report", level=1)
doc.add_paragraph("1.1 To update the Committee on the work of the Community Safety Partnership "
                  "(CSP) during 2025/26, and to summarise what the latest PEEL inspection of "
                  "Nottinghamshire Police means for the Council and its partners.")

doc.add_heading("2. Recommendations", level=1)
doc.add_paragraph("2.1 The Committee is recommended to:")
for x in ("note the PEEL grades and the two areas for improvement in which the Council has a direct role;",
          "comment on the Council actions set out in Table 1; and",
          "agree to receive a further update at its meeting in July 2026."):
    doc.add_paragraph(x, style="List Number")

doc.add_heading("3. Background", level=1)
doc.add_paragraph("3.1 The CSP brings together the Council, Nottinghamshire Police, the Integrated "
                  "Care Board, the Probation Service and Nottinghamshire Fire and Rescue Service. Its "
                  "2025–28 plan has three priorities: serious violence, neighbourhood crime and "
                  "violence against women and girls.")
doc.add_paragraph("3.2 Recorded crime in the city fell by 4.1 per cent in the twelve months to "
                  "September 2025. Anti-social behaviour reports to the Council’s Community "
                  "Protection service fell by 9 per cent over the same period, although fly-tipping "
                  "remains a concern in three wards.")

doc.add_heading("4. PEEL inspection of Nottinghamshire Police", level=1)
doc.add_paragraph("4.1 His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
                  "(HMICFRS) published its PEEL 2023–25 report on Nottinghamshire Police on 5 November "
                  "2025. PEEL stands for police effectiveness, efficiency and legitimacy. HMICFRS now "
                  "grades forces on a five-point scale from outstanding to inadequate.")
doc.add_paragraph("4.2 HMICFRS graded the force good at preventing crime, at responding to the "
                  "public, and at building, supporting and protecting its workforce. It judged the "
                  "force adequate for police powers and public treatment, for managing offenders and "
                  "suspects, and for leadership and force management. In two areas, investigating "
                  "crime and protecting vulnerable people, the force requires improvement. The report "
                  "raised no causes of concern. The victim service assessment is not graded.")
doc.add_paragraph("4.3 The report contains seven areas for improvement in total. Most concern the "
                  "force’s internal processes and are being monitored by the Police and Crime "
                  "Commissioner. Two of them depend on joint work with the Council and are set out "
                  "in Table 1 with the actions the Council is taking. The Council’s actions are its own "
                  "contribution and do not replace the force’s response, which the Commissioner has "
                  "published.")
doc.add_paragraph("4.4 For context, HMICFRS also inspected Nottinghamshire Fire and Rescue Service "
                  "in 2025 and judged it good at preventing fires and other risks. That inspection is "
                  "outside the scope of this report.")

cap = doc.add_paragraph()
cap.add_run("Table 1: PEEL areas for improvement with a Council role").bold = True

tbl = doc.add_table(rows=3, cols=4)
tbl.style = "Table Grid"
tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ("PEEL area", "Area for improvement (HMICFRS wording)", "Council actions", "Lead / date")
for c, h in zip(tbl.rows[0].cells, hdr):
    set_cell(c, h, bold=True)
    shade(c, "1F4E79")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
data = [
    ("Protecting vulnerable people",
     "The force should make sure that when officers attend domestic abuse incidents they identify "
     "and record the risk to any children in the household, and that referrals to partner agencies "
     "are made without delay.",
     "Children’s Services will place a social worker in the police Multi-Agency Safeguarding Hub "
     "five days a week from February 2026, and will audit the timeliness of police referrals "
     "received each quarter.",
     "Head of Early Help / March 2026"),
    ("Investigating crime",
     "The force should make sure that victims of anti-social behaviour and neighbourhood crime are "
     "kept informed of the progress of their case, in line with the Code of Practice for Victims of Crime.",
     "Community Protection officers will use the shared case management system so that victims of "
     "joint cases get one named contact. A joint victim survey will run in spring 2026.",
     "Head of Community Protection / June 2026"),
]
for r, row in zip(tbl.rows[1:], data):
    for c, v in zip(r.cells, row):
        set_cell(c, v)
widths = (Cm(3.2), Cm(5.8), Cm(5.6), Cm(2.6))
for r in tbl.rows:
    for c, w in zip(r.cells, widths):
        c.width = w

doc.add_paragraph()
doc.add_paragraph("4.5 The Police and Crime Commissioner, Rukhsana Begum-Holt, has accepted an "
                  "invitation to attend the Committee’s July meeting to discuss the force’s progress. "
                  "Chief Superintendent Dean Ashfield, the city division commander, will attend this "
                  "meeting.")

doc.add_heading("5. Other implications", level=1)
for lab, txt in (("Financial: ", "The MASH post is funded from the existing Children’s Services budget for 2025/26 and 2026/27."),
                 ("Legal: ", "The Council has a duty under section 17 of the Crime and Disorder Act 1998 to consider crime and disorder in all its functions."),
                 ("Equality: ", "An equality impact assessment is not required for this update report.")):
    labelled(doc, lab, txt)

doc.add_heading("6. Background papers", level=1)
doc.add_paragraph("HMICFRS, PEEL 2023–25: An inspection of Nottinghamshire Police (November 2025).")
doc.add_paragraph("Nottingham Community Safety Partnership Plan 2025–28.")
p = doc.add_paragraph()
p.add_run("Contact officer: ").bold = True
p.add_run("Louise Trevithick, Community Safety Manager, community.safety@nottinghamcity.example")

doc.save(OUT)
print("wrote", OUT)
