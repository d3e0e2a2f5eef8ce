"""mk07.docx: a district Community Safety Partnership annual report with a section on PEEL 2017."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mk07.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Wyre Forest Community Safety Partnership – Annual Report 2017/18"
doc.sections[0].footer.paragraphs[0].text = "Agenda item 6 – Overview and Scrutiny Committee, 5 July 2018"

doc.add_heading("Wyre Forest Community Safety Partnership", level=0)
doc.add_paragraph("Annual Report 2017/18")
doc.add_heading("1. Purpose of report", level=1)
doc.add_paragraph(
    "1.1 To give Members an overview of the work of the Community Safety Partnership (CSP) during "
    "2017/18 and its priorities for 2018/19.")
doc.add_heading("2. Recommendation", level=1)
doc.add_paragraph("2.1 The Committee is asked to note the report.")
doc.add_heading("3. Partnership performance", level=1)
doc.add_paragraph(
    "3.1 Total recorded crime in the district rose by 6% in 2017/18. Much of the rise is put down to "
    "better crime recording. Anti-social behaviour fell by 11%.")
doc.add_paragraph(
    "3.2 The CSP's priorities remain: reducing the harm caused by drugs and alcohol, tackling domestic "
    "abuse, and keeping town centres safe at night.")
doc.add_heading("4. Police inspection", level=1)
doc.add_paragraph(
    "4.1 In March 2018 Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) "
    "published PEEL: Police effectiveness 2017 – an inspection of West Mercia Police. West Mercia works "
    "in an alliance with Warwickshire Police, which was inspected separately.")
doc.add_paragraph(
    "4.2 The overall judgement for West Mercia was 'requires improvement'. The grades for each question "
    "are shown in Table 2.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Table 2: PEEL effectiveness 2017 – West Mercia Police", bold=True)
t.rows[0].cells[0].merge(t.rows[0].cells[1])
shade(t.rows[0].cells[0], "DDEBF7")
for q, g in [("Preventing crime and tackling anti-social behaviour", "Good"),
             ("Investigating crime and reducing re-offending", "Requires improvement"),
             ("Protecting vulnerable people and supporting victims", "Requires improvement"),
             ("Tackling serious and organised crime", "Inadequate"),
             ("Specialist capabilities", "Ungraded")]:
    r = t.add_row()
    set_cell(r.cells[0], q)
    set_cell(r.cells[1], g)
doc.add_paragraph("")
doc.add_paragraph(
    "4.3 The rating of inadequate for tackling serious and organised crime is of particular interest to "
    "the CSP, because county lines drug supply is one of our priorities. HMICFRS set out the following "
    "cause of concern:")
doc.add_paragraph(
    "West Mercia Police does not have a full enough understanding of the threat from serious and "
    "organised crime, and it does not give enough priority to disrupting organised crime groups "
    "alongside its partners.", style="Intense Quote")
doc.add_paragraph(
    "4.4 The report made five recommendations and six areas for improvement. The two recommendations "
    "that involve partners most directly are:")
doc.add_paragraph(
    "The force should develop its serious and organised crime local profiles with partner organisations "
    "and use them to plan joint activity.", style="List Bullet")
doc.add_paragraph(
    "The force should put in place a structured approach, with partners, to diverting people at risk "
    "of becoming involved in serious and organised crime.", style="List Bullet")
doc.add_paragraph(
    "4.5 Superintendent Kerry Mallard, the local policing commander, told the CSP board in May that "
    "the force has since appointed a serious organised crime coordinator for each policing area, and "
    "that Wyre Forest's first local profile was shared with partners in April. Both recommendations "
    "are reported as on track.")
doc.add_paragraph(
    "4.6 The Police and Crime Commissioner for West Mercia, John Campion, has asked Chief Constable "
    "Anthony Bangham to report progress to his Holding to Account meetings every quarter. The next "
    "PEEL inspection is expected in 2018/19.")
doc.add_heading("5. Fire and rescue", level=1)
doc.add_paragraph(
    "5.1 Hereford & Worcester Fire and Rescue Service is due its first HMICFRS inspection in 2018. "
    "The Service continues to deliver safe and well visits with the CSP's support.")
doc.add_heading("6. Financial implications", level=1)
doc.add_paragraph("6.1 None arising from this report. The CSP's grant for 2018/19 is £48,600.")
doc.add_heading("Background papers", level=1)
doc.add_paragraph("HMICFRS, PEEL: Police effectiveness 2017 – West Mercia Police (March 2018).")
doc.add_paragraph("Contact officer: Community Safety Manager, Wyre Forest District Council.")
doc.save(OUT)
print("wrote", OUT)
