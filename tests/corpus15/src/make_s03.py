"""s03.docx: minutes of the Leicestershire Police and Crime Panel (python-docx)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from docxhelp import set_cell, labelled, shade, page_number_field

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "s03.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = "Leicestershire Police and Crime Panel \u2013 6 February 2025 \u2013 DRAFT minutes, subject to approval"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Page "
page_number_field(fp)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_paragraph("LEICESTERSHIRE POLICE AND CRIME PANEL", style="Title")
doc.add_paragraph(
    "Minutes of a meeting of the Leicestershire Police and Crime Panel held at County Hall, "
    "Glenfield, on Thursday, 6 February 2025 at 1.00 pm.")

doc.add_heading("Present", level=2)
rows = [
    ("Cllr. Margaret Whitlock CC", "Chair, Leicestershire County Council"),
    ("Cllr. Hamid Qureshi", "Vice-Chair, Leicester City Council"),
    ("Cllr. Peter Oakden", "Charnwood Borough Council"),
    ("Cllr. Lynn Barsby-Cole", "Harborough District Council"),
    ("Cllr. Rob Tilley", "Rutland County Council"),
    ("Mr Colin Fairbrother", "Independent Member"),
    ("Mrs Sunita Rathod", "Independent Member"),
]
tbl = doc.add_table(rows=0, cols=2)
tbl.style = "Table Grid"
for name, title in rows:
    r = tbl.add_row().cells
    set_cell(r[0], name)
    set_cell(r[1], title)

doc.add_heading("In attendance", level=2)
rows = [
    ("Tobias Hennessy-Clarke", "Police and Crime Commissioner"),
    ("Kiran Batra-Holt", "Deputy Police and Crime Commissioner"),
    ("Lizzie Dunmore", "Chief Executive, Office of the Police and Crime Commissioner (OPCC)"),
    ("Daniel Akinwale", "Chief Constable, Leicestershire Police"),
    ("Fiona Marsh-Kelly", "Deputy Chief Constable, Leicestershire Police"),
    ("Simon Perrett", "Assistant Chief Constable, Leicestershire Police"),
    ("Ahmed Varley", "Democratic Services Officer, Leicestershire County Council"),
]
tbl = doc.add_table(rows=1, cols=2)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
set_cell(hdr[0], "Name", bold=True)
set_cell(hdr[1], "Title", bold=True)
shade(hdr[0], "D9E2F3")
shade(hdr[1], "D9E2F3")
for name, title in rows:
    r = tbl.add_row().cells
    set_cell(r[0], name)
    set_cell(r[1], title)

doc.add_paragraph()


def item(num, title):
    doc.add_heading("%d.\t%s" % (num, title), level=2)


item(41, "Apologies for absence")
doc.add_paragraph("Apologies were received from Cllr. Deborah Ashfield (Blaby District Council) "
                  "and Cllr. Tom Pryor (Oadby and Wigston Borough Council).")

item(42, "Minutes of the previous meeting")
doc.add_paragraph("The minutes of the meeting held on 28 November 2024 were taken as read, "
                  "confirmed and signed.")

item(43, "Declarations of interest")
doc.add_paragraph("Cllr. Qureshi declared a personal interest in item 45 as a trustee of a "
                  "charity that receives a grant from the Commissioner. No other declarations "
                  "were made.")

item(44, "HMICFRS PEEL 2023\u201325: An inspection of Leicestershire Police")
doc.add_paragraph(
    "The Panel considered a report of the Police and Crime Commissioner which set out the "
    "findings of His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
    "(HMICFRS) following its PEEL inspection of Leicestershire Police, published on 5 December "
    "2024, together with the Commissioner\u2019s response under section 55 of the Police Act "
    "1996. A copy of the report, marked \u2018Agenda Item 6\u2019, is filed with these minutes.")
doc.add_paragraph("Arising from the presentation of the report and the discussion that "
                  "followed, the following points were noted:")

points = [
    "The Commissioner said the force had been graded good in three areas: preventing crime "
    "and anti-social behaviour; building, supporting and protecting the workforce; and crime "
    "data integrity. It had been graded adequate in five areas (police powers and public "
    "treatment, responding to the public, protecting vulnerable people, managing offenders and "
    "suspects, and leadership and force management). Investigating crime had been graded as "
    "requires improvement. The service to victims had not been graded.",
    "The Commissioner said he was disappointed with the investigating crime grade, which had "
    "fallen since the 2021/22 inspection, when HMICFRS graded the force adequate in that "
    "area. He had asked the Chief Constable for a recovery plan and would report on it to the "
    "Panel.",
    "A member asked how Leicestershire compared with its neighbours. The Commissioner said that "
    "each force was inspected at a different time, but noted that Derbyshire Constabulary had "
    "been graded requires improvement for responding to the public in its PEEL 2023\u201325 report, and "
    "that the East Midlands forces were sharing learning through the regional collaboration "
    "board. Nottinghamshire Police had not yet published its improvement plan.",
    "The report contained eight areas for improvement and no causes of concern. Members "
    "asked about two of them in detail.",
]
for p in points:
    doc.add_paragraph(p, style="List Number")

doc.add_paragraph("The first area for improvement to which the Panel\u2019s attention was "
                  "drawn sits under investigating crime. It reads:")
doc.add_paragraph(
    "The force should make sure that investigations are properly planned and supervised, and "
    "that officers carry out all reasonable lines of enquiry before a case is closed.",
    style="Intense Quote")
doc.add_paragraph(
    "In response to a question from Mr Fairbrother, the Chief Constable said that a new "
    "investigation standards unit had been set up in January 2025. Every crime allocated to a "
    "local investigation team now had a written plan within 72 hours, and sergeants were "
    "required to review open cases every 14 days. He accepted that it would take time for this "
    "to show in the outcome rate and said the force would report the first quarter\u2019s "
    "figures to the Commissioner in May.")

doc.add_paragraph("The second, under responding to the public, reads:")
doc.add_paragraph(
    "The force should reduce the time it takes to answer non-emergency calls, and should make "
    "sure that callers who abandon a call are contacted again where there is a risk of harm.",
    style="Intense Quote")
doc.add_paragraph(
    "Cllr. Tilley said that residents in Rutland regularly complained about waiting times on "
    "101. The Chief Constable replied that the average wait had come down from eleven minutes "
    "to just under six since the autumn, and that every abandoned call with a risk marker was "
    "now called back within the hour. Deputy Chief Constable Marsh-Kelly added that a further "
    "eighteen call handlers would complete training in March.")

doc.add_paragraph(
    "Members asked about the adequacy of the force\u2019s plans for the remaining six areas for "
    "improvement, which were set out in Appendix B to the report but were not discussed. The "
    "Commissioner said that he would bring a full progress update to the Panel\u2019s meeting "
    "in September.")

p = doc.add_paragraph()
p.add_run("RESOLVED:").bold = True
for r in [
    "That the report of the Police and Crime Commissioner on the HMICFRS PEEL 2023\u201325 "
    "inspection of Leicestershire Police be noted.",
    "That the Commissioner be asked to provide a written update on the investigations recovery "
    "plan to the meeting of the Panel on 11 September 2025.",
    "That the Panel\u2019s thanks to the officers and staff of the force be recorded.",
]:
    doc.add_paragraph(r, style="List Bullet")

item(45, "Police and Crime Commissioner\u2019s proposed precept 2025/26")
doc.add_paragraph(
    "The Panel considered the Commissioner\u2019s proposal to increase the police element of "
    "the council tax for a Band D property by \u00a314.00 for 2025/26. The Chief Executive "
    "explained the assumptions behind the medium-term financial plan and the consultation "
    "results, in which 61 per cent of 2,340 respondents supported an increase.")
p = doc.add_paragraph()
p.add_run("RESOLVED:").bold = True
doc.add_paragraph("That the proposed precept for 2025/26 be supported without qualification.",
                  style="List Bullet")

item(46, "Date of next meeting")
doc.add_paragraph("The next meeting of the Panel will be held on Wednesday, 9 April 2025 at "
                  "1.00 pm at County Hall.")
doc.add_paragraph("The meeting closed at 3.12 pm.")
doc.add_paragraph("CHAIR\n6 February 2025")

doc.save(OUT)
print("wrote", OUT)
