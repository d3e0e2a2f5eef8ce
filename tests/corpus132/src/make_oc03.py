"""oc03.docx: PFCC section 55 response to PEEL 2021/22, North Yorkshire Police (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "oc03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL  |  Office of the Police, Fire and Crime Commissioner for North Yorkshire"

doc.add_heading("Police, Fire and Crime Commissioner for North Yorkshire", level=1)
doc.add_heading("Response to HMICFRS: PEEL 2021/22 \u2013 An inspection of North Yorkshire Police", level=2)

meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for i, (k, v) in enumerate([
        ("Report published", "17 March 2023"),
        ("Date of response", "9 May 2023"),
        ("Statutory deadline", "Comments must be published within 56 days \u2013 by 12 May 2023"),
        ("Copied to", "Home Secretary; HMICFRS")]):
    set_cell(meta.rows[i].cells[0], k, bold=True)
    set_cell(meta.rows[i].cells[1], v)

doc.add_heading("Commissioner\u2019s introduction", level=3)
doc.add_paragraph(
    "I have read this report with real disappointment, and I expect the public of York and North "
    "Yorkshire will share that view. His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
    "Services (HMICFRS) graded North Yorkshire Police in eight areas. The force was good in one area, "
    "adequate in two, requires improvement in four and inadequate in one.")
doc.add_paragraph(
    "Let me be clear that this is a report on the force and not on my office, but it is my job to make "
    "sure that the Chief Constable, Lydia Marr, delivers the improvements the public deserve. I have "
    "asked for a monthly progress report at my Executive Board, and I will question chief officers in "
    "public at my Public Accountability Meetings.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Area of policing", bold=True)
set_cell(t.rows[0].cells[1], "HMICFRS grade", bold=True)
rows = [
    ("Engaging with and treating the public with fairness and respect", "Good"),
    ("Preventing crime and anti-social behaviour", "Adequate"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Building, supporting and protecting the workforce", "Requires improvement"),
    ("Strategic planning, organisational management and value for money", "Inadequate"),
]
fills = {"Good": "C6E0B4", "Adequate": "FFF2CC", "Requires improvement": "F8CBAD", "Inadequate": "FF9999"}
for area, grade in rows:
    r = t.add_row()
    set_cell(r.cells[0], area)
    set_cell(r.cells[1], grade)
    shade(r.cells[1], fills[grade])

doc.add_paragraph(
    "The report was published on the same day as HMICFRS\u2019s separate inspection of North Yorkshire "
    "Fire and Rescue Service, which judged the service to require improvement in how efficiently it "
    "keeps people safe. My response to that fire inspection is published separately and is not "
    "covered here.")

doc.add_heading("Cause of concern", level=3)
doc.add_paragraph(
    "The force does not have an adequate understanding of the demand it faces, and its financial and "
    "workforce plans are not linked to that demand, which puts at risk its ability to provide value "
    "for money.", style="Quote")
labelled(doc, "Chief Constable\u2019s response:",
         "An organisational improvement plan was agreed in October 2022, overseen by the Deputy Chief "
         "Constable, Mark Kilbride. A new demand and capacity model will be in place by September 2023.")
doc.add_paragraph("HMICFRS made two recommendations to address the cause of concern.")
doc.add_paragraph("Recommendation 1", style="Heading 4")
doc.add_paragraph(
    "Within six months, the force should complete an assessment of current and future demand that "
    "covers all of its functions, including demand that is hidden or passed to it by partner "
    "organisations.", style="Quote")
labelled(doc, "Chief Constable\u2019s response:",
         "Work began in January 2023 with external analytical support; the first phase, covering "
         "response and neighbourhood policing, is complete.")
doc.add_paragraph("Recommendation 2", style="Heading 4")
doc.add_paragraph(
    "Within six months, the force should produce a medium-term financial plan and workforce plan that "
    "are based on that assessment of demand and that show how savings will be made.", style="Quote")
labelled(doc, "PFCC comment:",
         "The force\u2019s update on this recommendation will be provided to my Executive Board in June 2023, "
         "after the demand assessment is complete.")

doc.add_heading("Areas for improvement", level=3)
doc.add_paragraph("The report contains a further eleven areas for improvement. I have selected three of "
                  "greatest concern to the public.")
doc.add_paragraph("Responding to the public", style="Heading 4")
doc.add_paragraph(
    "The force should make sure it answers emergency and non-emergency calls promptly, and that "
    "callers who are told they will be called back receive that call.", style="Quote")
labelled(doc, "Chief Constable\u2019s response:",
         "Twenty-four additional call handlers have been recruited, and a call-back tracker is now "
         "monitored by the control room inspector on every shift.")
doc.add_paragraph("Investigating crime", style="Heading 4")
doc.add_paragraph(
    "The force should make sure that victims are kept informed of the progress of their investigation "
    "and that the Code of Practice for Victims of Crime is complied with.", style="Quote")
labelled(doc, "Chief Constable\u2019s response:",
         "A victim contact audit is carried out each month, and the results are shared with the "
         "Commissioner\u2019s victims\u2019 services team.")
doc.add_paragraph("Protecting vulnerable people", style="Heading 4")
doc.add_paragraph(
    "The force should improve the way it assesses risk when responding to reports of missing children.",
    style="Quote")
labelled(doc, "Chief Constable\u2019s response:",
         "A revised missing persons policy was published in April 2023, and all response sergeants "
         "have received briefing on the new risk assessment.")

doc.add_paragraph("Signed")
doc.add_paragraph("Zara Whitcombe")
doc.add_paragraph("Police, Fire and Crime Commissioner for North Yorkshire")
doc.save(OUT)
print("wrote", OUT)
