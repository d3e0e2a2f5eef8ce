"""z09.docx -- a Word "force inspection findings" letter: follow-up of an accelerated cause
of concern (West Midlands Police, PEEL 2023-25), with a table of recommendations and
deadlines in a landscape section.

    /tmp/c21venv/bin/python src/make_z09.py
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from docxutil import header_footer, labelled, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "z09.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
header_footer(doc, "OFFICIAL", "Force inspection findings – West Midlands Police – page")

p = doc.add_paragraph()
r = p.add_run("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
r.bold = True
r.font.color.rgb = RGBColor(0x4B, 0x2C, 0x71)
p = doc.add_paragraph("Anwen Sayle\nHis Majesty’s Inspector of Constabulary")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

for line in ("Chief Constable Declan Farrow", "West Midlands Police", "Lloyd House",
             "Colmore Circus Queensway", "Birmingham B4 6NQ"):
    doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
doc.add_paragraph()
doc.add_paragraph("14 August 2025")
doc.add_paragraph("Dear Declan,")

h = doc.add_paragraph()
h.add_run("Force inspection findings: PEEL 2025 follow-up of the accelerated cause of concern "
          "about investigating crime").bold = True

for para in (
    "On 24 October 2024, during our PEEL 2023–25 inspection of West Midlands Police, I wrote "
    "to you under our accelerated cause of concern process. We use this process when we find "
    "a serious risk that should not wait for the publication of our report. Our report was "
    "then published on 23 January 2025; in it we graded the force inadequate for "
    "investigating crime and requires improvement for protecting vulnerable people.",
    "This letter sets out what we found when we returned to the force between 7 and 11 July "
    "2025 to examine its progress against the cause of concern and the recommendations that "
    "accompanied it. It is not a new graded inspection: the grades in our report stand until "
    "the force is inspected again under our PEEL 2025–29 programme.",
):
    doc.add_paragraph(para)

doc.add_heading("The cause of concern", level=2)
doc.add_paragraph(
    "West Midlands Police is not investigating crime effectively. Too many investigations "
    "are allocated to officers who lack the skills to carry them out, and supervision is "
    "poor, so opportunities to gather evidence and to safeguard victims are being missed.",
    style="Intense Quote")

doc.add_heading("What we found", level=2)
for para in (
    "The force has made progress. It reviewed every open investigation that had not been "
    "supervised for more than 28 days, and it closed or reallocated over 3,000 of them. It "
    "has set up an investigation standards unit, led by Assistant Chief Constable Harpreet "
    "Mann, which has produced clear guidance on allocation.",
    "But the improvements are not yet consistent. In 41 of the 110 investigations we "
    "reviewed there was still no investigation plan, and officers in the public protection "
    "units told us that their caseloads remain too high. We have asked the force to learn "
    "from City of London Police, which we graded good for investigating crime in its own "
    "PEEL 2023–25 inspection, about the way it supervises complex fraud investigations.",
    "The cause of concern therefore remains in place. The table below sets out the status "
    "of each recommendation, the force’s own update and the deadlines that now apply. We "
    "have added one new recommendation (number 5).",
):
    doc.add_paragraph(para)

# landscape section for the table
sec = doc.add_section(WD_SECTION.NEW_PAGE)
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width

p = doc.add_paragraph()
p.add_run("Table 1: Recommendations, deadlines and progress at July 2025").bold = True
ROWS = [
    ("1", "The force should immediately review all open investigations that have not been "
          "reviewed by a supervisor in the last 28 days.",
     "30 November 2024",
     "All 5,212 investigations were reviewed by 29 November 2024. Reviews are now "
     "checked each week by the investigation standards unit.",
     "Complete"),
    ("2", "The force should make sure that investigations are allocated to officers and staff "
          "with the skills and accreditation they need to investigate them.",
     "31 March 2025 (extended to 31 October 2025)",
     "A new allocation policy was introduced in March 2025. Training for 400 "
     "investigators will be complete by September.",
     "In progress"),
    ("3", "The force should improve the quality of its investigation plans and make sure that "
          "every plan is recorded on its crime system.",
     "31 March 2025 (extended to 31 October 2025)",
     "",
     "Not met"),
    ("4", "The force should make sure that victims are kept updated about the progress of "
          "their investigations in line with the Code of Practice for Victims of Crime.",
     "30 June 2025",
     "Victim updates are now prompted automatically by the crime system after 28 days.",
     "In progress"),
    ("5", "By 31 December 2025, the force should reduce the number of investigations held by "
          "each investigator in its public protection units to a level that allows every "
          "investigation to be progressed properly.",
     "31 December 2025",
     "Not yet requested (new recommendation).",
     "New"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("No.", "Recommendation", "Deadline",
                                   "Force update (supplied by West Midlands Police, July 2025)",
                                   "Our assessment")):
    set_cell(c, h, bold=True)
    shade(c, "E4DCED")
repeat_header(t.rows[0])
FILL = {"Complete": "D9EAD3", "In progress": "FFF2CC", "Not met": "F4CCCC", "New": "DDDDDD"}
for no, rec, deadline, update, status in ROWS:
    cells = t.add_row().cells
    set_cell(cells[0], no)
    set_cell(cells[1], rec)
    set_cell(cells[2], deadline)
    set_cell(cells[3], update if update else "–")
    set_cell(cells[4], status, bold=True)
    shade(cells[4], FILL[status])
widths = (Cm(1.2), Cm(9.5), Cm(4), Cm(7.5), Cm(3))
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.orientation = WD_ORIENT.PORTRAIT
sec2.page_width, sec2.page_height = sec2.page_height, sec2.page_width

doc.add_heading("Next steps", level=2)
for para in (
    "The force remains in the enhanced phase of our monitoring process (Engage), and the "
    "Policing Performance Oversight Group will consider its progress at its next meeting in "
    "October 2025. I will write to you again after our next visit, which we expect to make "
    "in November 2025.",
    "I am copying this letter to the Police and Crime Commissioner. We will publish it on "
    "our website in due course.",
):
    doc.add_paragraph(para)
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Anwen Sayle").bold = True
doc.add_paragraph("His Majesty’s Inspector of Constabulary")
doc.add_paragraph()
labelled(doc, "cc:", "Jaswinder Kaur-Bramley, West Midlands Police and Crime Commissioner")
labelled(doc, "cc:", "Chair, Policing Performance Oversight Group")

doc.save(OUT)
print("wrote", OUT)
