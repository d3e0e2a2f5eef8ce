"""Write docs/lh07.docx: a community safety partnership board paper (Safer Shropshire
Partnership) summarising West Mercia Police's PEEL 2023-25 inspection for partners.

    /tmp/lh63venv/bin/python src/make_lh07.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lh07.docx")

doc = Document()
doc.core_properties.title = "SSP Board 12 March 2025 Item 5"
doc.core_properties.author = "Community Safety Team, Shropshire Council"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Safer Shropshire Partnership Board \u2013 12 March 2025"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Item 5 \u2013 Page"

t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate((
        ("Committee", "Safer Shropshire Partnership Board"),
        ("Date", "Wednesday 12 March 2025, 2.00pm, Shirehall, Shrewsbury"),
        ("Item", "5"),
        ("Title", "West Mercia Police \u2013 PEEL inspection 2023\u201325: what it means for partners"),
        ("Report author", "Community Safety Manager, Shropshire Council"))):
    set_cell(t.cell(r, 0), k, bold=True)
    set_cell(t.cell(r, 1), v)
    shade(t.cell(r, 0), "F2F2F2")

doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "1.1 To brief the Board on the findings of His Majesty\u2019s Inspectorate of Constabulary "
    "and Fire & Rescue Services (HMICFRS) from its inspection of West Mercia Police, published "
    "on 20 February 2025, and to identify where the Partnership can help the force act on them.")

doc.add_heading("2. Recommendations", level=2)
doc.add_paragraph("2.1 The Board is asked to:")
for x in ("note the inspection findings summarised in section 4;",
          "agree that the Exploitation Sub-Group leads the Partnership\u2019s contribution to "
          "area for improvement 3; and",
          "ask the Community Safety Manager to report progress to the Board in September 2025."):
    doc.add_paragraph(x, style="List Bullet")

doc.add_heading("3. Background", level=2)
doc.add_paragraph(
    "3.1 Every police force in England and Wales is inspected under the PEEL programme. The "
    "inspectorate grades each area of policing as outstanding, good, adequate, requires "
    "improvement or inadequate. The Board last considered a PEEL report in September 2022.")
doc.add_paragraph(
    "3.2 Partners will also be aware that Ofsted\u2019s inspection of Shropshire\u2019s children\u2019s "
    "services in 2024 found them to require improvement to be good, and that Shropshire Fire "
    "and Rescue Service was graded good for effectiveness in its most recent inspection. "
    "Neither is considered further in this report.")

doc.add_heading("4. Summary of findings", level=2)
doc.add_paragraph(
    "4.1 The force was graded good in three areas, adequate in four and requires improvement "
    "in two. The areas of most direct relevance to the Partnership are shown below; the full "
    "table is in the report.")
g = doc.add_table(rows=1, cols=3)
g.style = "Table Grid"
for c, h in enumerate(("Area", "Grade", "Partnership interest")):
    set_cell(g.rows[0].cells[c], h, bold=True)
    shade(g.rows[0].cells[c], "D9E2F3")
for a, gr, why in (
        ("Preventing crime", "Adequate", "Neighbourhood problem-solving, anti-social behaviour"),
        ("Protecting vulnerable people", "Adequate", "Exploitation, domestic abuse, missing children"),
        ("Managing offenders and suspects", "Good", "Integrated offender management"),
        ("Responding to the public", "Requires improvement", "Calls from partner agencies")):
    row = g.add_row().cells
    set_cell(row[0], a)
    set_cell(row[1], gr)
    set_cell(row[2], why)
doc.add_paragraph(
    "4.2 The inspectorate identified two areas for improvement that depend in part on "
    "partners. They are reproduced in full below, with the force\u2019s response where one was "
    "provided for this report.")

doc.add_heading("Area for improvement 3 (protecting vulnerable people)", level=3)
doc.add_paragraph(
    "The force should improve how it shares information with partner agencies about children "
    "who are at risk of exploitation.", style="Intense Quote")
labelled(doc, "West Mercia Police response:",
         "A single referral form for child exploitation concerns has been agreed with the four "
         "local safeguarding partnerships and will be used from 1 April 2025. Superintendent "
         "Kerry Blount (Shropshire Local Policing Area) will attend the Exploitation Sub-Group.")
labelled(doc, "Partnership comment:",
         "The Sub-Group welcomes the form and will monitor how many referrals are returned for "
         "more information.")

doc.add_heading("Area for improvement 5 (preventing crime)", level=3)
doc.add_paragraph(
    "The force should evaluate its problem-solving work so that it understands which "
    "approaches reduce demand.", style="Intense Quote")
labelled(doc, "Partnership comment:",
         "Council anti-social behaviour officers take part in joint problem-solving plans; the "
         "Partnership would welcome being included in the evaluation. No response was received "
         "from the force in time for this report.")

doc.add_heading("5. Views of the commissioner and the force", level=2)
doc.add_paragraph(
    "5.1 The Police and Crime Commissioner for West Mercia, Rhodri Ashcombe-Vale, has "
    "published his response to the report and has asked the force for a quarterly update on "
    "call handling. Chief Constable Helen Brightwater told the Commissioner\u2019s Holding to "
    "Account meeting on 4 March 2025 that the force accepted every finding.")
doc.add_paragraph(
    "5.2 The inspectorate also noted good practice in the force\u2019s work with schools on "
    "knife crime. The Assistant Chief Constable for Local Policing has offered to present "
    "this work at a future Board meeting.")

doc.add_heading("6. Financial and equalities implications", level=2)
doc.add_paragraph("6.1 There are no direct financial implications. The 2025/26 Partnership "
                  "budget of \u00a3148,000 is unchanged.")
doc.add_heading("7. Background papers", level=2)
doc.add_paragraph("HMICFRS, PEEL 2023\u201325: An inspection of West Mercia Police (February 2025).")
doc.add_paragraph("Contact: community.safety@shropshire.gov.uk")
doc.save(OUT)
print("wrote", OUT)
