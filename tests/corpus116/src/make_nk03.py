"""nk03.docx: a party's PCC election manifesto (Gloucestershire, May 2021)."""
import os
from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nk03.docx")
doc = Document()
doc.sections[0].header.paragraphs[0].text = "Promoted by R. Ashdown, 3 Regent Street, Cheltenham GL50 1HE"
doc.add_heading("A Safer Gloucestershire", 0)
doc.add_paragraph("Gloucestershire Liberal Democrats \u2013 manifesto for the Police and Crime Commissioner election, Thursday 6 May 2021. Our candidate: Eleanor Whitcombe.")
doc.add_heading("Foreword from Eleanor", 1)
doc.add_paragraph(
    "Gloucestershire deserves a police force that is among the best in the country. "
    "Today it is not. In its 2018/19 PEEL inspection, HMICFRS judged Gloucestershire "
    "Constabulary to require improvement overall. The inspectors found the force good "
    "at treating the public and its own workforce legitimately, but they were worried "
    "about how it keeps people safe and how it plans for the future.")
doc.add_paragraph(
    "This was not a surprise. Back in 2017 the inspectorate had already rated the "
    "constabulary\u2019s efficiency as requiring improvement. Commissioner Howard Treleaven "
    "has had five years to put this right.")
doc.add_paragraph(
    "Our neighbours show what is possible. Avon and Somerset Constabulary was judged good "
    "in the same round of inspections, and Wiltshire Police has invested in neighbourhood "
    "teams we can learn from.")
doc.add_heading("What the inspectors asked for \u2013 and what we will do", 1)
doc.add_paragraph(
    "We have taken the inspectors\u2019 own words and turned them into promises. Each one "
    "will be a standing item at the Commissioner\u2019s accountability board.")
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
t.rows[0].cells[0].text = "HMICFRS said"
t.rows[0].cells[1].text = "Our promise"
rows = [
    ("The constabulary should improve its understanding of the demand it faces, including "
     "demand that is hidden or less likely to be reported, so that it can match its "
     "resources to that demand.",
     "Publish an annual demand assessment, including hidden harm such as modern slavery."),
    ("The constabulary should make sure that investigations are allocated to officers with "
     "the right skills and are supervised effectively.",
     "Fund 40 extra detective posts by 2024 and report supervision rates every quarter."),
]
for a, b in rows:
    r = t.add_row().cells
    r[0].text = a
    r[1].text = b
doc.add_heading("Our other priorities", 1)
for item in ["Rural crime: a dedicated rural and wildlife crime team for the Forest of Dean and the Cotswolds.",
             "Roads: average-speed cameras on the A417 and A40 routes where residents ask for them.",
             "Victims: a single point of contact for every victim of domestic abuse."]:
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph(
    "Chief Constable Rod Ashfield has begun to turn things round, and Eleanor will work "
    "with him constructively \u2013 but she will also hold him to account in public.")
doc.add_heading("How to vote", 1)
doc.add_paragraph("Polling stations are open from 7am to 10pm on Thursday 6 May 2021. "
                  "Mark an X for Eleanor Whitcombe in the first-choice column.")
p = doc.add_paragraph("Promoted by Robert Ashdown on behalf of Eleanor Whitcombe (Liberal Democrats), "
                      "both at 3 Regent Street, Cheltenham GL50 1HE.")
p.runs[0].font.size = Pt(8)
doc.save(OUT)
print("wrote", OUT)
