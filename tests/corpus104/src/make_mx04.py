"""mx04.docx: a Word copy of HMICFRS's PEEL 2018/19 page for Wiltshire Police, pasted into
Word by a PCC's office for a panel pack. python-docx (venv /tmp/mxvenv)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mx04.docx")

doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL – Police and Crime Panel, 20 June 2019, item 7 (appendix 2)"
sec.footer.paragraphs[0].text = "Copied from the HMICFRS website. Page layout differs from the original."

p = doc.add_paragraph()
r = p.add_run("Source: https://www.justiceinspectorates.gov.uk/hmicfrs/peel-assessments/peel-2018/wiltshire/ "
              "(copied 11 June 2019). Images and interactive charts have not been copied.")
r.italic = True
r.font.size = Pt(8)

doc.add_paragraph("Home  >  PEEL assessments  >  PEEL 2018/19  >  Wiltshire")
doc.add_heading("Wiltshire Police – PEEL 2018/19", level=1)
doc.add_paragraph("Published 2 May 2019")
doc.add_paragraph(
    "HMICFRS’s integrated PEEL assessment brings together our judgments on how effectively, "
    "efficiently and legitimately each force keeps people safe and reduces crime.")

doc.add_heading("Overall judgment: Good", level=2)
doc.add_paragraph(
    "We are pleased with the performance of Wiltshire Police in keeping people safe and reducing "
    "crime. The force has improved the way it investigates crime since our last inspection, although "
    "there is more to do. In 2017 we judged the force to require improvement for effectiveness.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ["Pillar", "2018/19 judgment", "2017 judgment"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9D9D9")
for row in [("Effectiveness", "Good", "Requires improvement"),
            ("Efficiency", "Good", "Good"),
            ("Legitimacy", "Good", "Good")]:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        set_cell(c, txt)

doc.add_paragraph()
doc.add_heading("Question judgments", level=2)
q = doc.add_table(rows=1, cols=2)
q.style = "Table Grid"
for c, txt in zip(q.rows[0].cells, ["Question", "Judgment"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9D9D9")
rows = [
    ("Effectiveness", None),
    ("Preventing crime and tackling anti-social behaviour", "Good"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Good"),
    ("Tackling serious and organised crime", "Good"),
    ("Armed policing", "Not graded"),
    ("Efficiency", None),
    ("Meeting current demands and using resources", "Good"),
    ("Planning for the future", "Good"),
    ("Legitimacy", None),
    ("Treating the public fairly", "Good*"),
    ("Ethical and lawful workforce behaviour", "Good"),
    ("Treating the workforce fairly", "Good*"),
]
for name, grade in rows:
    cells = q.add_row().cells
    if grade is None:
        merged = cells[0].merge(cells[1])
        set_cell(merged, name, bold=True)
        shade(merged, "F2F2F2")
    else:
        set_cell(cells[0], name)
        set_cell(cells[1], grade)
doc.add_paragraph(
    "* We did not inspect this question in 2018/19. The judgment is the one we gave in 2017, "
    "carried forward.")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("Investigating crime", style="Heading 3")
doc.add_paragraph(
    "The force should make sure that investigations are supervised effectively, and that each crime "
    "is allocated to an investigator with the right skills and training.", style="List Bullet")
doc.add_paragraph(
    "Wiltshire Police should improve how it keeps victims informed about the progress of their "
    "cases, in line with the Code of Practice for Victims of Crime.", style="List Bullet")
doc.add_paragraph("Protecting vulnerable people", style="Heading 3")
doc.add_paragraph(
    "The force should reduce the time vulnerable people wait for officers to attend, particularly "
    "when their calls have been graded as a priority.", style="List Bullet")
doc.add_paragraph("Planning for the future", style="Heading 3")
doc.add_paragraph(
    "The force should build a fuller picture of the skills of its workforce, including its leaders, "
    "so that it can plan for the capabilities it will need in future.", style="List Bullet")

doc.add_heading("HMI’s view", level=2)
doc.add_paragraph(
    "“Wiltshire Police has listened to what we said in 2017 and has acted on it,” said Wendy "
    "Tarrant, HM Inspector of Constabulary. “I now want the force to make its investigations as "
    "consistent as its response to vulnerable people.”")

doc.add_heading("PCC office note (not part of the HMICFRS page)", level=3)
doc.add_paragraph(
    "The Police and Crime Commissioner, Gillian Harte, has asked Chief Constable Daniel Okafor to report "
    "to the Panel in October on the two investigation areas for improvement. The Dorset & Wiltshire "
    "Fire and Rescue Service inspection is reported separately (item 8).")

doc.add_paragraph("Related links: PEEL 2018/19 – national overview | Wiltshire – PEEL 2017 | "
                  "Avon and Somerset – PEEL 2018/19 | How we inspect")
doc.save(OUT)
print("wrote", OUT)
