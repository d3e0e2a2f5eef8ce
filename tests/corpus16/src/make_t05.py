"""t05.docx: a city council community safety scrutiny committee report (python-docx)."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docxutil import shade, set_cell, labelled, page_number_field

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "t05.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Nottingham City Council \u2013 Community Safety and Neighbourhoods Scrutiny Committee \u2013 17 July 2025"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Agenda item 6 \u2013 page "
page_number_field(fp)

t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
rows = [("Report of:", "Director of Community Protection"),
        ("Report author:", "Community Safety Partnership Manager, Crime and Drugs Partnership"),
        ("Subject:", "Community Safety Partnership annual update, including Nottinghamshire Police\u2019s PEEL inspection"),
        ("Status:", "Public \u2013 for scrutiny and comment")]
for r, (a, b) in zip(t.rows, rows):
    set_cell(r.cells[0], a, bold=True)
    set_cell(r.cells[1], b)
    shade(r.cells[0], "E7E6F0")

doc.add_heading("1. Purpose of the report", level=1)
doc.add_paragraph(
    "1.1 This report gives the Committee the annual update of the Crime and Drugs Partnership (CDP), "
    "the statutory community safety partnership for the city. At the Committee\u2019s request it also "
    "summarises the findings of the most recent police inspection and what they mean for partners.")

doc.add_heading("2. Recommendations", level=1)
doc.add_paragraph("The Committee is asked to:")
for s in ("note the partnership\u2019s performance in 2024/25 against the Police and Crime Plan priorities;",
          "consider the implications for the partnership of the inspection findings set out in section 5;",
          "agree to receive a further update on the force\u2019s improvement plan at its meeting in January 2026."):
    doc.add_paragraph(s, style="List Number")

doc.add_heading("3. Background", level=1)
doc.add_paragraph(
    "3.1 The CDP brings together the City Council, Nottinghamshire Police, the Office of the Police and "
    "Crime Commissioner, Nottinghamshire Fire and Rescue Service, the Integrated Care Board and the "
    "Probation Service. Its strategic assessment for 2025 identifies serious violence, neighbourhood "
    "crime, domestic and sexual abuse and drug-related harm as priorities.")

doc.add_heading("4. Partnership performance 2024/25", level=1)
doc.add_paragraph(
    "4.1 Total recorded crime in the city fell by 4.1% in 2024/25. Knife crime with injury fell by 11%, "
    "while reported domestic abuse incidents rose by 3%, which partners regard as a sign of greater "
    "confidence to report.")
doc.add_paragraph(
    "4.2 Other inspections of partner agencies during the year are relevant to this Committee. Ofsted "
    "judged the Council\u2019s children\u2019s services to be good overall in its inspection of local "
    "authority children\u2019s services (ILACS) in October 2024. HM Inspectorate of Probation rated the "
    "city\u2019s youth justice service as requires improvement in February 2025, and Nottinghamshire Fire "
    "and Rescue Service was graded good for preventing fires and other risks.")

doc.add_heading("5. Nottinghamshire Police PEEL inspection 2023\u201325", level=1)
doc.add_paragraph(
    "5.1 His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
    "its PEEL 2023\u201325 inspection of Nottinghamshire Police on 21 May 2025. HMICFRS grades forces in "
    "eight areas of policing on a five-point scale: outstanding, good, adequate, requires improvement "
    "and inadequate. Table 1 shows the force\u2019s grades alongside those it received in 2021/22, where "
    "the area was graded in both inspections.")

cap = doc.add_paragraph()
cap.add_run("Table 1: Nottinghamshire Police \u2013 HMICFRS PEEL grades").bold = True

data = [
    ("Police powers and public treatment", "Requires improvement", "\u2013"),
    ("Preventing crime", "Adequate", "Good"),
    ("Responding to the public", "Adequate", "Adequate"),
    ("Investigating crime", "Requires improvement", "Adequate"),
    ("Protecting vulnerable people", "Requires improvement", "Adequate"),
    ("Managing offenders", "Adequate", "\u2013"),
    ("Building, supporting and protecting the workforce", "Adequate", "\u2013"),
    ("Leadership and force management", "Adequate", "\u2013"),
]
tb = doc.add_table(rows=2 + len(data), cols=3)
tb.style = "Table Grid"
top = tb.rows[0].cells
set_cell(top[0], "Area", bold=True)
m = top[1].merge(top[2])
set_cell(m, "Grade", bold=True)
sub = tb.rows[1].cells
a = tb.cell(0, 0).merge(tb.cell(1, 0))
set_cell(a, "Area", bold=True)
set_cell(sub[1], "PEEL 2023\u201325", bold=True)
set_cell(sub[2], "PEEL 2021/22", bold=True)
for c in (tb.cell(0, 0), tb.cell(0, 1), sub[1], sub[2]):
    shade(c, "3B2E6E")
    for p in c.paragraphs:
        for r in p.runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for i, (area, now, then) in enumerate(data):
    row = tb.rows[i + 2].cells
    set_cell(row[0], area)
    set_cell(row[1], now)
    set_cell(row[2], then)
note = doc.add_paragraph()
note.add_run("\u2013 the area was not graded in this form in 2021/22. Providing a service to victims of "
             "crime is assessed but not graded.").italic = True

doc.add_paragraph(
    "5.2 The force was not judged outstanding or good in any area. Three areas were graded requires "
    "improvement. Police powers and public treatment is the area most likely to affect public "
    "confidence in the city\u2019s diverse communities, and the Committee may wish to explore it with "
    "the force.")
doc.add_paragraph(
    "5.3 HMICFRS did not identify a cause of concern. The report sets out eleven areas for improvement. "
    "Table 2 lists the three that partners have agreed are most relevant to the CDP, with the force\u2019s "
    "position as supplied to officers on 30 June 2025.")

cap2 = doc.add_paragraph()
cap2.add_run("Table 2: Areas for improvement relevant to the partnership").bold = True
afis = [
    ("Protecting vulnerable people",
     "The force should make sure that referrals to multi-agency risk assessment conferences are made "
     "promptly for all victims of domestic abuse assessed as high risk.",
     "A daily MARAC referral check was introduced in May 2025. 94% of high-risk referrals were made "
     "within 24 hours in June."),
    ("Police powers and public treatment",
     "The force should improve how it monitors the use of stop and search on people from ethnic "
     "minority backgrounds and explain any disproportionality to its communities.",
     "A community scrutiny panel for stop and search has been re-established and met for the first "
     "time on 12 June 2025."),
    ("Investigating crime",
     "The force should make sure that suitable safeguarding measures are considered for every victim "
     "when a suspect is released under investigation.",
     "Not yet provided."),
]
t2 = doc.add_table(rows=1 + len(afis), cols=3)
t2.style = "Table Grid"
for c, h in zip(t2.rows[0].cells, ("Area", "Area for improvement (HMICFRS wording)", "Force position")):
    set_cell(c, h, bold=True)
    shade(c, "E7E6F0")
for i, (area, afi, pos) in enumerate(afis):
    r = t2.rows[i + 1].cells
    set_cell(r[0], area)
    set_cell(r[1], afi)
    set_cell(r[2], pos)

doc.add_paragraph(
    "5.4 The Police and Crime Commissioner for Nottinghamshire, Amrit Sandhu-Cole, has published his "
    "statutory response to the report, and has asked the force for quarterly progress reports. Chief "
    "Constable Dermot Fairclough has told partners that a single improvement plan, led by an Assistant "
    "Chief Constable, will cover all eleven areas for improvement.")
doc.add_paragraph(
    "5.5 HM Inspector of Constabulary Matthew Harcombe presented the findings to the Strategic "
    "Partnership Board on 3 June 2025. He noted that the force\u2019s neighbourhood policing was "
    "\u201cgood practice in places\u201d but that its grades had fallen since 2021/22.")

doc.add_heading("6. Financial and legal implications", level=1)
doc.add_paragraph(
    "6.1 There are no direct financial implications arising from this report. The CDP budget for "
    "2025/26 is \u00a31.86 million, of which \u00a3640,000 is grant from the Police and Crime Commissioner.")

doc.add_heading("7. Equality impact assessment", level=1)
doc.add_paragraph("7.1 An equality impact assessment is not required because the report does not propose a change of policy.")

doc.add_heading("8. Background papers", level=1)
doc.add_paragraph("HMICFRS, PEEL 2023\u201325: Police effectiveness, efficiency and legitimacy \u2013 An inspection of Nottinghamshire Police (May 2025).", style="List Bullet")
doc.add_paragraph("Crime and Drugs Partnership Strategic Assessment 2025.", style="List Bullet")

doc.core_properties.author = "CDP Team"
doc.core_properties.title = "Scrutiny report - CDP annual update"
doc.save(OUT)
print("wrote", OUT)
