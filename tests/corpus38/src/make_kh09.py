"""Write docs/kh09.docx: a PCC performance and accountability paper (Word) with a grades table
whose Force cell is merged DOWN over its area rows, a change column, a merged notes row, and
the cause of concern, recommendation and an area for improvement quoted with updates."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh09.docx")
FORCES = [(CLE, "Cleveland Police"), (DUR, "Durham Constabulary")]

COC = ("The force is not doing enough to protect vulnerable people when they first contact it and when officers "
       "attend. Risks are not always identified or recorded, and referrals to partner agencies are often made late.")
REC = ("Within six months, the force should make sure that call handlers and attending officers complete a "
       "structured risk assessment for every incident involving a vulnerable person, and that supervisors review "
       "these assessments for quality.")
AFI = ("The force should reduce the time it takes to attend incidents it has graded as a priority, and make sure "
       "that callers are told when attendance will be delayed.")

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "Cleveland Office of the Police and Crime Commissioner"
doc.sections[0].footer.paragraphs[0].text = "Performance and Accountability Board – December 2026"

doc.add_heading("Performance and Accountability Board", level=0)
doc.add_paragraph("Agenda item 5 – PEEL 2023–25: grades, benchmark and progress on the cause of concern")
doc.add_paragraph("Date: 9 December 2026    Chair: Police and Crime Commissioner Gareth Wynyard")
doc.add_heading("1. Background", level=1)
doc.add_paragraph(
    "HMICFRS published its PEEL 2023–25 report on Cleveland Police in April 2025. In the letter that accompanied "
    "the report, His Majesty’s Inspector of Constabulary Philippa Crane said that the force had made progress "
    "since its last inspection but that it still had much to do. In 2021/22 the force was graded inadequate for "
    "investigating crime and for protecting vulnerable people; this time investigating crime moved up to requires "
    "improvement. Chief Constable Idris Wendover has attended every Board since the report was published.")
doc.add_paragraph(
    "At the Board’s request, the table below sets Cleveland’s grades beside those of Durham Constabulary, the "
    "neighbouring force with which Cleveland shares several specialist functions.")

doc.add_heading("2. Grades and benchmark", level=1)
cap = doc.add_paragraph(); cap.add_run("Table 2: PEEL 2023–25 grades, Cleveland and Durham").bold = True
n_rows = 1 + len(FORCES) * len(K2325) + 1
t = doc.add_table(rows=n_rows, cols=5); t.style = "Table Grid"
for j, h in enumerate(["Force", "Area", "Grade (2023–25)", "Change since 2021/22", "Analyst note"]):
    set_cell(t.rows[0].cells[j], h, bold=True); shade(t.rows[0].cells[j], "BFBFBF")
r = 1
for f, name in FORCES:
    top = t.rows[r].cells[0]
    bottom = t.rows[r + len(K2325) - 1].cells[0]
    merged = top.merge(bottom)
    set_cell(merged, name, bold=True)
    for k in K2325:
        c = t.rows[r].cells
        gr = g(f, P2325, k)
        set_cell(c[1], NAME2325[k]); set_cell(c[2], gr); shade(c[2], RAGHEX[gr])
        d = change(f, k)
        set_cell(c[3], "n/c" if k == WORK else ("%+d" % d if d else "0"))
        note = ""
        if f == CLE and k == PVP:
            note = "Cause of concern – see section 3"
        if f == CLE and k == RESP:
            note = "Report reissued May 2025; grade unchanged"
        if f == DUR and k == PVP:
            note = "Durham’s only area to improve"
        set_cell(c[4], note)
        r += 1
last = t.rows[-1].cells
m = last[0].merge(last[4])
set_cell(m, "Notes: +1 = one grade better than in 2021/22; n/c = not comparable, because the workforce area was "
            "redefined. Cleveland’s crime data integrity inspection (2024) is reported separately and is not in this "
            "table. Source: HMICFRS PEEL reports.", italic=True)

doc.add_paragraph()
doc.add_heading("3. Cause of concern", level=1)
doc.add_paragraph("The report gave one cause of concern, about protecting vulnerable people:")
doc.add_paragraph(COC, style="Intense Quote")
doc.add_paragraph("It came with one recommendation:")
doc.add_paragraph(REC, style="Intense Quote")
labelled(doc, "Force update:", "A structured risk assessment has been mandatory in the control room since "
         "March 2026 and for attending officers since June 2026. Supervisors reviewed 4,210 assessments between "
         "June and October; 86% met the standard. The inspectorate revisited in October and its letter is awaited.")
labelled(doc, "OPCC view:", "Progress is real but recent. The Commissioner will keep the cause of concern on this "
         "Board’s agenda until the inspectorate confirms it is closed.")

doc.add_heading("4. Area for improvement selected by the Board", level=1)
doc.add_paragraph(AFI, style="Intense Quote")
labelled(doc, "OPCC view:", "The force has not yet reported on this area for improvement. An update is due in "
         "February 2027.")
doc.add_heading("5. Recommendation to the Board", level=1)
doc.add_paragraph("That the Board notes the grades and the progress made on the cause of concern, and asks the "
                  "force for the update on attendance times by February 2027.")
doc.save(OUT)
