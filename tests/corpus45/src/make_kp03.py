"""kp03.docx -- Hertfordshire public accountability: questions and written answers."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docxutil import set_cell, shade, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kp03.docx")

doc = Document()
s = doc.sections[0]
s.header.paragraphs[0].text = "OFFICIAL"
s.footer.paragraphs[0].text = "Hertfordshire OPCC \u2013 Public Accountability Board \u2013 questions and answers"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

doc.add_heading("Public Accountability Board \u2013 4 March 2025", level=0)
doc.add_paragraph("Questions submitted in advance and the Chief Constable\u2019s written answers")
doc.add_paragraph(
    "At each Public Accountability Board, Police and Crime Commissioner Jonathan Ashgrove holds "
    "the Chief Constable of Hertfordshire Constabulary to account in public. Residents may submit "
    "questions up to ten working days before the meeting. The questions below were chosen by the "
    "Commissioner\u2019s office; the written answers were provided by Chief Constable Charlotte "
    "Penhaligon and were published with the agenda. Questions are reproduced as they were sent, "
    "with names removed.")
doc.add_heading("Theme: the HMICFRS PEEL 2023\u201325 inspection", level=1)

qa = [
    ("1", "Commissioner",
     "Can the Chief Constable remind residents when the inspection took place and when His Majesty\u2019s Inspectorate published its report?",
     ["Inspectors from HMICFRS were in the county between 9 and 27 September 2024, and the report was published on 23 January 2025. The report is on the HMICFRS website."]),
    ("2", "Resident, St Albans",
     "Was the constabulary graded outstanding for responding to the public, as it was in 2021/22?",
     ["No. Responding to the public was graded good this time. It was outstanding in 2021/22. The inspectors found that our emergency response times remained among the best in the country, but that too many non-emergency callers waited longer than we would want."]),
    ("3", "Resident, Stevenage",
     "Were any areas graded inadequate or requires improvement?",
     ["No."]),
    ("4", "Resident, Watford",
     "Is investigating crime still graded good?",
     ["Yes \u2013 it was graded good in that area again. The inspectors noted the quality of our investigation plans and our use of out-of-court resolutions."]),
    ("5", "Resident, Hemel Hempstead",
     "Given the rise in reported domestic abuse in Dacorum, would the constabulary be graded requires improvement for protecting vulnerable people if it were inspected again now?",
     ["We cannot speak for the inspectorate or predict what a future inspection would find. In the 2023\u201325 inspection that area was graded good, and the report recognised our domestic abuse car scheme as innovative practice."]),
    ("6", "Commissioner",
     "Which areas were the strongest?",
     ["The inspectors graded the constabulary outstanding for preventing and deterring crime, the first time we have received an outstanding grade in that area. Police powers and public treatment, managing offenders and suspects, building, supporting and protecting the workforce and leadership and force management were each graded good. Our ambition is to be outstanding for investigating crime by the end of 2027."]),
    ("7", "Resident, Hitchin",
     "How does Hertfordshire compare with Bedfordshire, whose investigations were graded requires improvement? We share some units with them.",
     ["It would not be right for me to comment in detail on another force. Bedfordshire Police was graded requires improvement for investigating crime, and I know Chief Constable Thistlewood has a clear plan. Where we share specialist units through the collaboration, those units were inspected in both forces."]),
]

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ["No.", "Question (submitted by)", "Written answer"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
for num, who, q, answers in qa:
    c = t.add_row().cells
    set_cell(c[0], num)
    set_cell(c[1], q)
    p = c[1].add_paragraph()
    p.add_run("(" + who + ")").italic = True
    set_cell(c[2], answers[0])
    for extra in answers[1:]:
        c[2].add_paragraph(extra)
for row in t.rows:
    row.cells[0].width = Cm(1.2)
    row.cells[1].width = Cm(6.5)
    row.cells[2].width = Cm(9.0)

doc.add_heading("Question 8 (Commissioner)", level=2)
doc.add_paragraph("What areas for improvement did the inspectorate identify, and what has the constabulary done about them?")
doc.add_heading("Answer", level=3)
doc.add_paragraph(
    "The report contained no causes of concern and three areas for improvement. Each is set out "
    "below as the inspectorate wrote it, with our progress as at 14 February 2025.")

afis = [
    ("Police powers and public treatment",
     "The constabulary should make sure that officers explain the reason for a stop and search to the person being searched, and record that they have done so.",
     "Body-worn video review of 300 searches found the reason explained in 94 per cent; the search form now has a mandatory field to record it."),
    ("Building, supporting and protecting the workforce",
     "The constabulary should improve how it identifies and supports officers and staff at risk from the emotional impact of their work.",
     "Annual trauma risk assessments have been extended from child abuse investigators to all control room staff and the digital forensics unit."),
    ("Leadership and force management",
     "The constabulary should make sure that its plans for the fleet and the estate are linked to its assessment of future demand.",
     "\u2013"),
]
t2 = doc.add_table(rows=1, cols=3)
t2.style = "Table Grid"
for c, txt in zip(t2.rows[0].cells, ["Area", "Area for improvement", "Progress"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
for area, afi, prog in afis:
    c = t2.add_row().cells
    set_cell(c[0], area)
    set_cell(c[1], afi)
    set_cell(c[2], prog)
doc.add_paragraph(
    "A dash means that work has not yet begun. The fleet and estates review is timetabled for "
    "the 2025/26 business plan.").runs[0].italic = True

doc.add_heading("Commissioner\u2019s closing remarks", level=1)
doc.add_paragraph(
    "The Commissioner thanked residents for their questions. He said that a good or outstanding "
    "grade in every area was a strong result, and that he would use the Board in June to test "
    "progress on the three areas for improvement. Hertfordshire Fire and Rescue Service is "
    "inspected separately and is overseen by the County Council; questions about its grades "
    "should be sent to the Council.")
doc.add_paragraph("Next Public Accountability Board: 3 June 2025, 2.00 pm, Welwyn Garden City.")
doc.save(OUT)
print("wrote", OUT)
