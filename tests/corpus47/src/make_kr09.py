"""kr09.docx: a force press office's media cuttings file (Word), North Yorkshire PEEL 2023-25."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kr09.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL \u2013 FOR INTERNAL CIRCULATION ONLY"
sec.footer.paragraphs[0].text = "Corporate Communications, North Yorkshire Police \u2013 Media monitoring"

doc.add_heading("Media cuttings: PEEL 2023\u201325 inspection report", level=1)
doc.add_paragraph("Coverage period: Tuesday 1 April \u2013 Thursday 3 April 2025. Compiled by the press office for the chief officer team and the Office of the Deputy Mayor for Policing, Fire and Crime.")

doc.add_heading("Summary", level=2)
doc.add_paragraph("Coverage of the report was widespread but mostly balanced. Almost every outlet led on the requires improvement grade for responding to the public; fewer mentioned that the force was rated good for preventing crime and for managing offenders and suspects. One local radio bulletin wrongly reported the force as \u201cinadequate\u201d (see item 6); the station broadcast a correction at 13:00.")

t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for i, h in enumerate(["No.", "Outlet", "Date", "Headline / item", "Tone"]):
    set_cell(t.rows[0].cells[i], h, bold=True); shade(t.rows[0].cells[i], "1F3864")
rows = [
    ("1", "The Yorkshire Ledger (print and online)", "2 Apr", "Force told to answer the phone faster", "Neutral"),
    ("2", "Regional TV, evening bulletin", "1 Apr", "North Yorkshire Police 'requires improvement' at answering calls", "Negative"),
    ("3", "Scarborough Evening Star", "2 Apr", "Police 'good at preventing crime', say inspectors", "Positive"),
    ("4", "Harrogate Herald (online)", "1 Apr", "What the inspectors said about our police", "Neutral"),
    ("5", "Police Professional trade title", "3 Apr", "Round-up: four northern PEEL reports", "Neutral"),
    ("6", "Local radio, 08:00 bulletin", "1 Apr", "Police force rated inadequate (corrected at 13:00)", "Negative \u2013 inaccurate"),
    ("7", "Social media (X/Facebook)", "1\u20133 Apr", "c. 1,400 posts; 11% mention call waiting times", "Mixed"),
]
for row in rows:
    cells = t.add_row().cells
    for i, v in enumerate(row):
        set_cell(cells[i], v)
shade(t.rows[6].cells[4], "F4CCCC")

doc.add_heading("Selected cuttings", level=2)

doc.add_heading("1. The Yorkshire Ledger, 2 April 2025, page 7", level=3)
doc.add_paragraph("NORTH Yorkshire Police must get better at answering 999 and 101 calls, the police inspectorate has said.", style="Quote")
doc.add_paragraph("In its latest report, His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services graded the force requires improvement for responding to the public, and requires improvement for leadership and force management. The force was found to be adequate at investigating crime and at protecting vulnerable people.", style="Quote")
doc.add_paragraph("The report includes an area for improvement on call handling:", style="Quote")
doc.add_paragraph("The force should make sure it answers non-emergency calls promptly and that callers who abandon a call are called back where there is a risk of harm.", style="Quote")
labelled(doc, "Press office note:", "Accurate. Chief Constable quote used in full.")

doc.add_heading("3. Scarborough Evening Star, 2 April 2025, page 3", level=3)
doc.add_paragraph("Inspectors have praised North Yorkshire Police for its work to prevent crime, rating the force good in that area and good for the way it manages offenders and suspects.", style="Quote")
doc.add_paragraph("Chief Constable Tim Ardagh said: \u201cOur neighbourhood teams on the coast have worked incredibly hard and it shows. We know we need to do better on the phones and we will.\u201d", style="Quote")
labelled(doc, "Press office note:", "Positive. Photo of Scarborough neighbourhood team used (supplied by us).")

doc.add_heading("4. Harrogate Herald, 1 April 2025 (online)", level=3)
doc.add_paragraph("His Majesty\u2019s Inspector of Constabulary Benedict Carrow said: \u201cNorth Yorkshire is a safe place, and the force deserves credit for that. But when people call, they need to get through.\u201d", style="Quote")
doc.add_paragraph("The force was rated adequate for police powers and public treatment, for disrupting serious organised crime, for building, supporting and protecting the workforce, and for recording data about crime.", style="Quote")
doc.add_paragraph("Readers\u2019 comments (3): \u201cGood luck getting through on 101\u201d; \u201cOfficers at Harrogate were excellent with my dad\u201d; \u201cAdequate isn\u2019t good enough.\u201d", style="Quote")
labelled(doc, "Press office note:", "Accurate. Comments not moderated by us.")

doc.add_heading("6. Local radio, 1 April 2025, 08:00 bulletin (transcript)", level=3)
doc.add_paragraph("\u201cNorth Yorkshire Police has been rated inadequate by the police watchdog, with callers waiting up to 20 minutes \u2026\u201d", style="Quote")
labelled(doc, "Press office note:", "Inaccurate. The force was not rated inadequate in any area; the grade for responding to the public is requires improvement. Correction requested 08:40 and broadcast at 13:00: \u201cWe said this morning that North Yorkshire Police had been rated inadequate. That was wrong. The force was graded requires improvement for responding to the public.\u201d")

doc.add_heading("Forward look", level=2)
doc.add_paragraph("BBC Look North has asked for an interview with the Chief Constable about the new call-handling system (date TBC).", style="List Bullet")
doc.add_paragraph("Police Professional intends a follow-up comparing North Yorkshire with Humberside, which was rated outstanding for responding to the public in its own report this week.", style="List Bullet")
doc.add_paragraph("North Yorkshire Fire and Rescue Service expects its own inspection report in June; it is not part of this coverage.", style="List Bullet")
doc.save(OUT)
print("wrote", OUT)
