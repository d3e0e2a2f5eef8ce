"""Write docs/nt02.docx: a Joint Audit Committee HMICFRS update with a recommendation
tracker (Cleveland Police, PEEL 2018/19). python-docx, from src/."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nt02.docx")
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.8)
sec.header.paragraphs[0].text = "OFFICIAL"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for r, (a, b) in enumerate([
        ("Meeting", "Joint Audit Committee"),
        ("Date", "28 July 2020"),
        ("Agenda item", "9"),
        ("Report of", "Chief Constable")]):
    set_cell(meta.cell(r, 0), a, bold=True)
    set_cell(meta.cell(r, 1), b)
doc.add_heading("HMICFRS Inspection Update", level=1)

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph(
    "1.1 To provide the Joint Audit Committee with assurance that Cleveland Police is tracking "
    "and progressing the causes of concern, recommendations and areas for improvement made by "
    "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), and to "
    "highlight items that have passed their due date.")

doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "2.1 HMICFRS published its PEEL 2018/19 report on the force on 27 September 2019. The force "
    "was graded inadequate for effectiveness, for efficiency and for legitimacy, the first time "
    "any force had been judged inadequate in all three pillars. In the 2017 PEEL effectiveness "
    "inspection HMICFRS had judged the force to require improvement.")
doc.add_paragraph(
    "2.2 The graded questions from the 2018/19 report are reproduced below for reference.")
grades = [
    ("Preventing crime and tackling anti-social behaviour", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Inadequate"),
    ("Tackling serious and organised crime", "Requires improvement"),
    ("Meeting current demands and using resources", "Inadequate"),
    ("Planning for the future", "Requires improvement"),
    ("Treating the public fairly", "Inadequate"),
    ("Ethical and lawful workforce behaviour", "Inadequate"),
    ("Treating the workforce fairly", "Requires improvement"),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "Question (PEEL 2018/19)", bold=True)
set_cell(t.cell(0, 1), "Grade", bold=True)
for q, g in grades:
    row = t.add_row().cells
    set_cell(row[0], q)
    set_cell(row[1], g)
doc.add_paragraph(
    "2.3 Following publication, Her Majesty's Inspector of Constabulary, Simon Trevanion, "
    "placed the force in the Engage phase of the inspectorate's monitoring process. Chief "
    "Constable Rowan Petch and Deputy Chief Constable Lisa Orchard attend the monthly Engage "
    "meetings with HMICFRS, and the Police and Crime Commissioner, Kieran Dowd, receives a "
    "written update after each one.")

doc.add_heading("3. Current position", level=2)
doc.add_paragraph(
    "3.1 The tracker holds 47 items from HMICFRS reports published since April 2017. Of these, "
    "9 are closed, 31 are open and on track and 7 are overdue. Items from the IOPC, the external "
    "auditor and internal audit are held on the same system and are shown at the end of the "
    "extract for completeness; they are not HMICFRS items.")
doc.add_paragraph(
    "3.2 Status key: Green \u2013 complete and evidence accepted; Amber \u2013 open and on track; "
    "Red \u2013 overdue or at risk. The RAG status is the force's own assessment and is not a "
    "grade given by HMICFRS.")

doc.add_heading("Appendix A \u2013 Extract from the inspection recommendation tracker", level=2)
cols = ["Ref", "Source", "Recommendation / area for improvement", "Owner", "Due date", "Status", "Latest update"]
rows = [
    ("CC1", "PEEL 2018/19 \u2013 cause of concern",
     "The force does not have a good enough understanding of the demand it faces, and so it cannot be confident that it has enough people with the right skills in the right places to meet that demand.",
     "DCC", "31/03/2020", "Red",
     "A force-wide demand review reported to the Chief Officer Group in June 2020. The resourcing model that follows from it will be presented to the PCC in September."),
    ("CC1.1", "PEEL 2018/19 \u2013 recommendation",
     "By March 2020, the force should complete a thorough analysis of demand across all functions and use it to decide how many officers and staff it needs in each, and with what skills.",
     "ACC Operations", "31/03/2020", "Red",
     "Overdue. The analysis is complete; the workforce plan is due in September 2020."),
    ("CC2", "PEEL 2018/19 \u2013 cause of concern",
     "The force has not done enough to understand the corruption risks it faces, and its counter-corruption unit lacks the capacity to deal with the intelligence it receives.",
     "Head of Professional Standards", "31/12/2019", "Amber",
     "A corruption strategic threat assessment was completed in February 2020. Control strategy in place."),
    ("CC2.1", "PEEL 2018/19 \u2013 recommendation",
     "Within six months, the force should increase the capacity of its counter-corruption unit so that all corruption intelligence is assessed and developed without delay.",
     "Head of Professional Standards", "31/03/2020", "Green",
     "Closed. Four additional investigators in post from January 2020; backlog cleared."),
    ("AFI4", "PEEL 2018/19 \u2013 area for improvement",
     "The force should improve the supervision of investigations so that victims are updated regularly and all reasonable lines of enquiry are followed.",
     "Head of Crime", "30/09/2020", "Amber",
     "Investigation standards training delivered to 212 sergeants. Dip sampling shows improvement in supervisory reviews."),
    ("AFI7", "PEEL 2018/19 \u2013 area for improvement",
     "The force should make sure that officers and staff understand how to identify and record vulnerability at the first point of contact.",
     "Head of Control Room", "30/06/2020", "Red",
     ""),
    ("IO1", "IOPC \u2013 learning recommendation",
     "The force should review its guidance on the use of spit and bite guards in custody.",
     "Head of Custody", "31/08/2020", "Amber",
     "Guidance revised and with the Custody Board for approval."),
    ("EA1", "External audit (Mazars) \u2013 value for money",
     "The PCC and Chief Constable should strengthen arrangements for monitoring delivery of the savings plan.",
     "Chief Finance Officer", "31/03/2020", "Green",
     "Closed. Monthly savings tracker reported to the Joint Finance Board."),
]
tt = doc.add_table(rows=1, cols=len(cols))
tt.style = "Table Grid"
for i, c in enumerate(cols):
    set_cell(tt.cell(0, i), c, bold=True)
    shade(tt.cell(0, i), "D9E2F3")
fills = {"Red": "F4B6B6", "Amber": "FFD98C", "Green": "B7E1B0"}
for r in rows:
    cells = tt.add_row().cells
    for i, v in enumerate(r):
        set_cell(cells[i], v)
    shade(cells[5], fills[r[5]])

doc.add_heading("4. Internal audit", level=2)
doc.add_paragraph(
    "4.1 The internal auditors reviewed the tracking arrangements in February 2020 and gave "
    "a limited assurance opinion, mainly because evidence for closure was not always retained. "
    "The two actions agreed with management are now complete.")
doc.add_heading("5. Recommendation", level=2)
doc.add_paragraph("5.1 Members are asked to note the report and the overdue items at CC1, CC1.1 and AFI7.")
doc.save(OUT)
print("wrote", OUT)
