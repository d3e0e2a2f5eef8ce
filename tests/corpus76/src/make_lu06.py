"""lu06.docx: Nottinghamshire PCC's response to PEEL 2018/19 (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lu06.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "Office of the Police and Crime Commissioner for Nottinghamshire – OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "Page 1 of 3"

doc.add_heading("Response of the Police and Crime Commissioner to HMICFRS: PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Nottinghamshire Police", level=1)
labelled(doc, "Date of HMICFRS publication:", "27 September 2019")
labelled(doc, "Date of this response:", "18 November 2019")
doc.add_heading("1. Introduction", level=2)
doc.add_paragraph("Section 55 of the Police Act 1996 requires me to publish my comments on every HMICFRS report "
                  "about Nottinghamshire Police within 56 days. I invited the Chief Constable to comment first, "
                  "and his comments are included in the table below.")
doc.add_paragraph("I welcome this report. HMICFRS has judged Nottinghamshire Police to be good at effectively reducing "
                  "crime and keeping people safe, good at operating efficiently, and good at treating the public and "
                  "its workforce legitimately. In 2017 the force was graded requires improvement for efficiency, so "
                  "this is real progress, and I thank Chief Constable Marcus Bellamy and every officer, member of "
                  "staff and volunteer for it.")
doc.add_heading("2. Summary of judgments", level=2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Pillar", "2018/19", "2017")):
    set_cell(c, h, bold=True); shade(c, "D9E2F3")
for row in (("Effectiveness", "Good", "Good"), ("Efficiency", "Good", "Requires improvement"),
            ("Legitimacy", "Good", "Good")):
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_paragraph("The report contains no causes of concern. It identifies four areas for improvement, set out below "
                  "with the force's response and my assessment of progress.")
doc.add_heading("3. Areas for improvement", level=2)
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("No.", "Question", "Area for improvement", "Force response", "Status")):
    set_cell(c, h, bold=True); shade(c, "D9E2F3")
rows = [
    ("1", "Investigating crime",
     "The force should make sure that it has enough trained detectives to investigate serious and complex crime.",
     "Thirty-two trainee investigators joined the Investigate First programme in October 2019, and a further cohort starts in March 2020.",
     "In progress"),
    ("2", "Protecting vulnerable people",
     "The force should make sure that officers record the voice of the child when they attend domestic abuse incidents.",
     "A mandatory field was added to the domestic abuse form in August 2019. Compliance is checked monthly by the Public Protection Board, chaired by Deputy Chief Constable Helen Okafor.",
     "Complete"),
    ("3", "Planning for the future",
     "The force should better understand the skills of its workforce so that it can plan for future demand.",
     "No update provided.",
     "Not started"),
    ("4", "Ethical and lawful workforce",
     "The force should make sure that it has enough capacity in its counter-corruption unit to assess all intelligence promptly.",
     "Two additional investigators were recruited in September 2019, and intelligence is now assessed within five working days.",
     "Complete"),
]
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_heading("4. Commissioner's comments", level=2)
doc.add_paragraph("I am pleased that the force's joint work with Derbyshire Constabulary and the other East Midlands "
                  "forces on serious and organised crime was recognised. I will continue to monitor progress on the "
                  "areas for improvement through my Strategic Resources and Performance meeting.")
p = doc.add_paragraph()
p.add_run("Caroline Henshaw").bold = True
doc.add_paragraph("Police and Crime Commissioner for Nottinghamshire")
doc.save(OUT)
print("wrote", OUT)
