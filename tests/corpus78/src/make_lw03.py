"""lw03.docx: the PEEL 2021/22 web page on South Wales Police, selected in a browser and
pasted into Word (headings keep Word heading styles, the grades table becomes a Word table,
boxed items become plain paragraphs under a bold label).

    /tmp/lwvenv/bin/python src/make_lw03.py   (from the corpus folder or src/)
"""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lw03.docx")

doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Copied from justiceinspectorates.gov.uk on 3 October 2022"
sec.footer.paragraphs[0].text = "Page 1"

doc.add_paragraph("Home > Publications > PEEL 2021/22: An inspection of South Wales Police")
doc.add_heading("PEEL 2021/22: An inspection of South Wales Police", level=1)
doc.add_paragraph("Published on: 9 September 2022")
doc.add_paragraph("Print this document")

doc.add_heading("Overall summary", level=2)
doc.add_heading("Our judgements", level=3)
doc.add_paragraph("Our inspection assessed how good South Wales Police is in ten areas of policing. "
                  "We make graded judgments in nine of these ten areas as follows:")
cols = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
cells = [
    [],
    ["Treatment of the public", "Preventing crime", "Managing offenders", "Developing a positive workplace", "Recording data about crime"],
    ["Investigating crime", "Protecting vulnerable people", "Strategic planning, organisational management and value for money"],
    ["Responding to the public"],
    [],
]
t = doc.add_table(rows=2, cols=5)
t.style = "Table Grid"
for i, c in enumerate(cols):
    set_cell(t.rows[0].cells[i], c, bold=True)
    shade(t.rows[0].cells[i], "D9E2EC")
for i, items in enumerate(cells):
    cell = t.rows[1].cells[i]
    cell.text = ""
    first = True
    for it in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        p.add_run(it)
        first = False
doc.add_paragraph("We also inspected how effective a service South Wales Police gives to victims of "
                  "crime. We don’t make a graded judgment overall in this area.")

doc.add_heading("HM Inspector’s observations", level=2)
doc.add_paragraph("I am satisfied with most aspects of the performance of South Wales Police, "
                  "although there are some areas where it needs to improve.")
doc.add_paragraph("The force serves Cardiff, Swansea and the valleys, and it carries a heavy load of "
                  "night-time economy and major-event demand. It shares a joint firearms unit with "
                  "Gwent Police and Dyfed-Powys Police, and this works well.")
doc.add_paragraph("The force’s response to calls from the public needs to improve. Too many calls are "
                  "abandoned, and the force does not always attend incidents within its target times.")
p = doc.add_paragraph()
p.add_run("Tegwen Aldous-Price").bold = True
doc.add_paragraph("Her Majesty’s Inspector of Constabulary")

doc.add_heading("Responding to the public", level=2)
p = doc.add_paragraph()
p.add_run("Requires improvement").bold = True
doc.add_paragraph("South Wales Police requires improvement at responding to the public.")
doc.add_heading("Main findings", level=3)
doc.add_heading("Areas for improvement", level=4)
doc.add_paragraph("The force should make sure that it answers 999 calls promptly, and that it "
                  "understands why so many 101 calls are abandoned.", style="List Bullet")
doc.add_paragraph("The force should make sure that call handlers use THRIVE consistently to assess "
                  "risk, and that they record the result on every incident.", style="List Bullet")
doc.add_paragraph("In the 12 months to 31 March 2022, the force answered 79 percent of emergency calls "
                  "within ten seconds. The national standard is 90 percent.")
doc.add_paragraph("During our fieldwork in May 2022, we found that the force had recently moved some "
                  "staff from the public service centre to custody. Assistant Chief Constable Rhodri "
                  "Bevan told us that this would be reversed by the autumn.")

doc.add_heading("Recording data about crime", level=2)
p = doc.add_paragraph()
p.add_run("Good").bold = True
doc.add_paragraph("South Wales Police is good at recording crime.")
doc.add_heading("Main findings", level=3)
doc.add_paragraph("We estimate that the force records 95.2 percent of crimes reported to it. This is "
                  "an improvement on our 2019 crime data integrity inspection.")
doc.add_heading("Area for improvement", level=4)
doc.add_paragraph("The force should improve how it records reports of anti-social behaviour, so that "
                  "it correctly identifies those that are crimes.")

doc.add_heading("About the data", level=2)
doc.add_paragraph("Data in this report is from a range of sources. Where we collected data directly "
                  "from police forces, we took reasonable steps to agree the design of the data "
                  "collection with forces.")
doc.save(OUT)
print("wrote", OUT)
