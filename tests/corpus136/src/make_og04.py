"""Write docs/og04.docx: the 'at a glance' summary of the PEEL 2023-25 report on Cumbria
Constabulary, as a Word file (python-docx)."""
import os
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docxutil import labelled, set_cell, shade  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "og04.docx")
FILL = {"Outstanding": "1D70B8", "Good": "00703C", "Adequate": "FFDD00",
        "Requires improvement": "F47738", "Inadequate": "D4351C", "Not graded": "DDDDDD"}

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "HMICFRS – PEEL 2023–2025 – Cumbria Constabulary – At a glance"
sec.footer.paragraphs[0].text = "© HMICFRS 2024. Open Government Licence v3.0"

doc.add_heading("Cumbria Constabulary: PEEL 2023–2025 at a glance", 0)
doc.add_paragraph("A short guide to our inspection of Cumbria Constabulary. "
                  "The full report was published on 23 May 2024.")
doc.add_heading("How we grade", level=2)
doc.add_paragraph("Each area we inspect receives one of five grades: outstanding, good, adequate, "
                  "requires improvement or inadequate. Some areas are inspected but not graded.")

doc.add_heading("Our grades for Cumbria Constabulary", level=1)
rows = [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime", "Good"),
    ("Responding to the public", "Good"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate"),
    ("Leadership and force management", "Good"),
    ("Crime data integrity", "Good"),
    ("Providing a service to victims of crime", "Not graded"),
]
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "What we looked at", bold=True)
set_cell(t.rows[0].cells[1], "Grade", bold=True)
for area, grade in rows:
    c = t.add_row().cells
    set_cell(c[0], area)
    set_cell(c[1], grade, bold=True)
    shade(c[1], FILL[grade])

doc.add_heading("What the constabulary does well", level=1)
for s in ["Officers arrive quickly at emergencies, including in the most rural parts of the county.",
          "Neighbourhood teams know their communities and work well with parish councils and schools.",
          "The constabulary manages registered sex offenders well and keeps its risk assessments up to date."]:
    doc.add_paragraph(s, style="List Bullet")

doc.add_heading("What the constabulary needs to improve", level=1)
doc.add_paragraph("We found five areas for improvement. Three of them are set out below; the "
                  "others are in the full report.")
afis = [
    ("Investigating crime",
     "The constabulary should make sure that supervisors review investigations at regular "
     "intervals and record clear direction for the investigating officer."),
    ("Protecting vulnerable people",
     "The constabulary should make sure that officers complete a risk assessment at every "
     "domestic abuse incident and that the assessment is reviewed within 24 hours."),
    ("Building, supporting and protecting the workforce",
     "The constabulary should understand why officers in their first three years are leaving, "
     "and act on what it finds."),
]
for area, text in afis:
    labelled(doc, area + ":", text, style="List Number")

doc.add_heading("HM Inspector’s view", level=1)
q = doc.add_paragraph("“Cumbria Constabulary serves a large and sparsely populated county well. "
                      "It now needs to bring the quality of its investigations up to the standard "
                      "of its response.”")
q.paragraph_format.left_indent = Pt(18)
doc.add_paragraph("Priya Lindqvist, His Majesty’s Inspector of Constabulary")

doc.add_heading("Find out more", level=2)
doc.add_paragraph("Read the full report, and the reports on Lancashire Constabulary and Durham "
                  "Constabulary, on our website. Cumbria Fire and Rescue Service, which we judged "
                  "good at understanding risk in 2023, has its own report.")
doc.save(OUT)
print("wrote", OUT)
