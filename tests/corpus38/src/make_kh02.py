"""Write docs/kh02.docx: a Cheshire PCC scrutiny board paper (Word) with a table of PEEL
grades, periods as columns and areas as rows, a two-row merged header, a change column,
a notes row merged across, and two areas for improvement with force updates."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh02.docx")
F = CHE

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "Cheshire OPCC – Scrutiny Board – 19 November 2026 – Item 4"

doc.add_heading("Corporate Scrutiny Board", level=0)
p = doc.add_paragraph(); p.add_run("Item 4: Inspection grades and open areas for improvement").bold = True
doc.add_paragraph("Meeting date: 19 November 2026")
doc.add_paragraph("Prepared by: Policy and Performance Team, Office of the Police and Crime Commissioner, "
                  "for Gwenllian Morris-Pryce, Police and Crime Commissioner for Cheshire")

doc.add_heading("1. Summary", level=1)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL 2023–25 "
    "report on Cheshire Constabulary in February 2025. This paper sets the new grades beside those from the 2021/22 "
    "inspection so that the Board can see where the force has moved. Chief Constable Marcus Threlfall and Deputy "
    "Chief Constable Anya Kowalczyk will attend for this item.")
doc.add_paragraph(
    "Two words of caution. First, several areas were renamed between the two rounds and one was dropped, so the "
    "‘Change’ column compares like with like only where the notes say so. Second, the change arrows are the "
    "team’s own shorthand and are not used by the inspectorate.")

doc.add_heading("2. Grades by inspection round", level=1)
cap = doc.add_paragraph(); cap.add_run("Table 1: Cheshire Constabulary – PEEL grades, 2021/22 and 2023–25").bold = True

rows = []
for k in K2325:
    a, b = g(F, P2122, k), g(F, P2325, k)
    d = change(F, k)
    ch = "= no change" if d == 0 else ("↑ up %d" % d if d > 0 else "↓ down %d" % -d)
    name = NAME2325[k]
    note = ""
    if NAME2122[k] != NAME2325[k]:
        note = "Called ‘%s’ in 2021/22." % NAME2122[k]
    rows.append((name, a, b, ch, note))
rows.append(("Serious and organised crime", g(F, P2122, SOC), "Not inspected", "–",
             "Assessed in the regional inspection in 2023–25; no force grade."))
rows.append(("Crime data integrity", g(F, P2122, CDI), "Not graded", "–",
             "Not part of the 2023–25 report for this force."))
rows.append(("Victim service assessment", "Not graded", "Not graded", "–", ""))

t = doc.add_table(rows=2 + len(rows) + 1, cols=5)
t.style = "Table Grid"
h0, h1 = t.rows[0].cells, t.rows[1].cells
a = h0[0].merge(h1[0]); set_cell(a, "Area", bold=True)
b = h0[1].merge(h0[2]); set_cell(b, "PEEL grade", bold=True)
set_cell(h1[1], "2021/22", bold=True); set_cell(h1[2], "2023–25", bold=True)
c = h0[3].merge(h1[3]); set_cell(c, "Change", bold=True)
d = h0[4].merge(h1[4]); set_cell(d, "Notes", bold=True)
for cell in (a, b, h1[1], h1[2], c, d):
    shade(cell, "D9E2F3")
for i, (name, g1, g2, ch, note) in enumerate(rows):
    cells = t.rows[2 + i].cells
    set_cell(cells[0], name)
    for j, v in ((1, g1), (2, g2)):
        set_cell(cells[j], v)
        if v in RAGHEX:
            shade(cells[j], RAGHEX[v])
    set_cell(cells[3], ch); set_cell(cells[4], note)
last = t.rows[-1].cells
m = last[0].merge(last[4])
set_cell(m, "Notes: Building, supporting and protecting the workforce is not directly comparable with "
            "‘Developing a positive workplace’, which covered fewer questions. The 2021/22 grades are from the "
            "report published in October 2022. Source: HMICFRS PEEL reports.", italic=True)

doc.add_paragraph()
doc.add_paragraph(
    "Investigating crime is the one area graded requires improvement in 2023–25; it was adequate in 2021/22. "
    "Responding to the public has moved the other way, from requires improvement to adequate, helped by the new "
    "call-handling model. The other areas held their grade or were renamed.")

doc.add_heading("3. Open areas for improvement", level=1)
doc.add_paragraph(
    "The 2023–25 report contains six areas for improvement. Four are reported to the Board through the force’s "
    "own tracker. The two below are held by the Commissioner’s office because they relate to victims.")
for n, (label, text, upd) in enumerate([
    ("Investigating crime",
     "The force should make sure that victims are updated at the intervals agreed with them, and that the "
     "reason for any delay in an investigation is recorded and explained to the victim.",
     "A victim contact standard went live on 1 September 2026. Compliance is checked in the monthly "
     "investigation reviews led by Assistant Chief Constable Lee Parnaby; early results show 71% of "
     "updates made on time."),
    ("Protecting vulnerable people",
     "The force should improve how it shares information with partner agencies when a child is found "
     "after a missing episode, so that return home interviews take place within 72 hours.",
     None),
], 1):
    doc.add_heading("Area for improvement %d – %s" % (n, label), level=2)
    doc.add_paragraph(text, style="Intense Quote")
    if upd:
        labelled(doc, "Force update:", upd)
    else:
        labelled(doc, "OPCC comment:", "The force has not yet supplied an update for this area; it has been "
                 "asked to do so before the February Board.")

doc.add_heading("4. Recommendation", level=1)
doc.add_paragraph("The Board is asked to note the grades and to agree that both areas for improvement stay open "
                  "until the force shows evidence of sustained change.")
doc.add_paragraph("Contact: policy.performance@cheshire-pcc.example.gov.uk")
os.makedirs(os.path.dirname(OUT), exist_ok=True)
doc.save(OUT)
