"""li09.docx: Staffordshire Commissioner's section 55 response to PEEL 2021/22, AFIs in a table (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "li09.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Staffordshire Commissioner - Police, Fire and Rescue, Crime"
sec.footer.paragraphs[0].text = "Ref: SC/INSP/22/09"

doc.add_heading("Staffordshire Commissioner's response to the HMICFRS PEEL 2021/22 inspection of Staffordshire Police", level=1)
doc.add_paragraph("Published: 16 November 2022")
doc.add_heading("Introduction", level=2)
doc.add_paragraph("This is my response, as Staffordshire Commissioner, to His Majesty's Inspectorate of Constabulary "
                  "and Fire & Rescue Services' PEEL 2021/22 report on Staffordshire Police, published on 21 September 2022. "
                  "I have prepared it with Temporary Chief Constable Simon Draycott-Vale, whose comments are included "
                  "in the table below.")
doc.add_paragraph("The report makes for difficult reading. Staffordshire Police was graded inadequate for responding to "
                  "the public, and requires improvement at investigating crime and at protecting vulnerable people. "
                  "The force was graded good at preventing crime and adequate for the treatment of the public, "
                  "managing offenders, developing a positive workplace, and good use of resources. The inspectorate "
                  "did not grade the service to victims.")
doc.add_paragraph("The inspectorate raised one cause of concern and made a recommendation, and identified a number of "
                  "areas for improvement. Their wording is reproduced in the first column of the table. Three areas "
                  "for improvement about crime recording are being answered separately in my response to the crime "
                  "data integrity report and are not repeated here.")

doc.add_heading("Response to the findings", level=2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["HMICFRS finding", "Type", "Force response (T/Chief Constable)"]):
    set_cell(c, h, bold=True)
    shade(c, "00594F")


def add(kind, lead, bullets, resp):
    cells = t.add_row().cells
    cells[0].text = lead
    for b in bullets:
        cells[0].add_paragraph(b, style="List Bullet")
    cells[1].text = kind
    cells[2].text = resp


def heading_row(text):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[2])
    set_cell(m, text, bold=True)
    shade(m, "D9EAD3")


heading_row("Responding to the public")
add("Cause of concern",
    "The force isn't answering calls for service quickly enough or assessing the risk to callers consistently, "
    "which means that vulnerable people may not get the help they need.", [],
    "A new contact management structure started on 3 October 2022, with 46 additional call handlers recruited.")
add("Recommendation",
    "Within six months, the force should improve its response to calls for service by:",
    ["reducing the time taken to answer emergency and non-emergency calls;",
     "making sure it assesses risk consistently at first contact; and",
     "attending incidents within its published times."],
    "An improvement plan is in place and overseen by the Deputy Chief Constable. Progress will be reported to my "
    "Strategic Governance Board every month.")
heading_row("Investigating crime")
add("Area for improvement",
    "The force should make sure that investigations are allocated to staff with the right skills and experience.", [],
    "A revised allocation policy was introduced in August 2022.")
add("Area for improvement",
    "The force should improve the quality and consistency of its supervision of investigations.", [],
    "Not yet received.")
heading_row("Protecting vulnerable people")
add("Area for improvement",
    "The force should improve its understanding of the nature and scale of vulnerability in its area, so that it "
    "can work with partners to reduce it.", [],
    "A vulnerability problem profile has been commissioned from the force analysis team, due in January 2023.")

doc.add_heading("My commitment", level=2)
doc.add_paragraph("I am confident that the force's leadership understands the scale of the challenge. I will hold the "
                  "Chief Constable to account for delivering these improvements and will publish progress. "
                  "The recommendation addressed to all forces on national police chief council standards for "
                  "call handling is being taken forward nationally and is not included in the table.")
p = doc.add_paragraph()
p.add_run("Martin Aldersey").bold = True
doc.add_paragraph("Staffordshire Commissioner for Police, Fire and Rescue and Crime")
doc.save(OUT)
print("wrote", OUT)
