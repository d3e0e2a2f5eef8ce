"""nf09.docx: a PCC office's digital copy deck (draft posts for approval) for the HMIC PEEL
effectiveness 2015 publication on Staffordshire Police. python-docx; run from src/."""
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].footer.paragraphs[0].text = "Office of the Staffordshire Commissioner – internal draft"

doc.add_heading("Digital copy deck: HMIC PEEL Effectiveness 2015 – Staffordshire Police", level=1)
doc.add_paragraph("Version 3 (after Commissioner's comments). Publication: Thursday 18 February 2016, 00:01. "
                  "Posts go from @StaffsPCC and the Commissioner's Facebook page only.")

doc.add_heading("Background for the digital team", level=2)
doc.add_paragraph(
    "This is the third and last part of HMIC's PEEL assessment for this year. Staffordshire Police was "
    "judged good for efficiency and good for legitimacy when those reports came out. Today's effectiveness "
    "judgement is requires improvement. The question grades are:")
t = doc.add_table(rows=1, cols=2)
t.style = "Light Grid Accent 1"
set_cell(t.rows[0].cells[0], "Effectiveness question", bold=True)
set_cell(t.rows[0].cells[1], "HMIC grade", bold=True)
for q, g in [
    ("Preventing crime and tackling anti-social behaviour", "Good"),
    ("Investigating crime and reducing re-offending", "Requires improvement"),
    ("Protecting vulnerable people and supporting victims", "Requires improvement"),
    ("Tackling serious and organised crime", "Good"),
    ("Specialist capabilities", "Not graded this year"),
]:
    r = t.add_row().cells
    set_cell(r[0], q)
    set_cell(r[1], g)
doc.add_paragraph(
    "The Commissioner does not dispute the overall grade but has concerns about consistency between "
    "inspection teams. Do NOT mention the crime recording grade that HMIC changed from requires "
    "improvement to good last month – that was a separate inspection and it will confuse people.")

doc.add_heading("Posts for approval", level=2)
posts = doc.add_table(rows=1, cols=5)
posts.style = "Table Grid"
for c, h in zip(posts.rows[0].cells, ["No.", "Platform", "Copy", "Chars", "Approved"]):
    set_cell(c, h, bold=True)
    shade(c, "DDEBF7")
rows = [
    ("T1", "Twitter", "HMIC today rated @StaffsPolice 'requires improvement' for effectiveness. It follows 'good' for efficiency and legitimacy. My statement: [link] #PEEL", "139", "ME ✔"),
    ("T2", "Twitter", "A mixed picture: good at preventing crime and at tackling organised crime, but investigations and protecting vulnerable people need to get better. [link]", "137", "ME ✔"),
    ("T3", "Twitter", "I'll be asking the Chief Constable for a clear improvement plan, published in full. No excuses. [link]", "102", "Hold – check with CC's office"),
    ("F1", "Facebook", "Long version of statement (see press release v2), plus the question grades as a graphic. Pin for 48 hours.", "n/a", "ME ✔"),
]
for row in rows:
    r = posts.add_row().cells
    for c, v in zip(r, row):
        set_cell(c, v)

doc.add_heading("If asked: the areas for improvement", level=2)
doc.add_paragraph("Quote these exactly as HMIC wrote them. The force position comes from Staffordshire Police corporate communications.")
labelled(doc, "AFI 1:", "")
doc.add_paragraph("The force should improve the quality of its investigations, making sure that all are supervised and that victims are kept informed of progress.", style="Quote")
labelled(doc, "Force position:", "A new investigation quality team has been set up in each local policing team, and supervisors now review every crime within 72 hours.")
labelled(doc, "AFI 2:", "")
doc.add_paragraph("The force should make sure that it identifies repeat and vulnerable victims at the first point of contact.", style="Quote")
labelled(doc, "Force position:", "Awaited – chased 16 Feb.")

doc.add_heading("Sign-off", level=2)
doc.add_paragraph("Approved for release: Matthew Ellis, Police and Crime Commissioner for Staffordshire (by email, 17 February 2016). "
                  "Chief Constable Jane Sawyers' office has seen T1–T3 and F1.")
doc.add_paragraph("Comparisons: journalists may ask about West Mercia Police and Warwickshire Police, whose reports are out the same day. "
                  "We do not comment on other forces.")
doc.save("../docs/nf09.docx")
print("wrote nf09.docx")
