"""lc10.docx: Devon & Cornwall Police Federation branch bulletin reacting to the PEEL report."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lc10.docx")
doc = Document()
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Devon & Cornwall Police Federation \u2013 Branch Bulletin"
sec.footer.paragraphs[0].text = "Members only. Not for onward distribution. Issue 47"

t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
top = t.cell(0, 0).merge(t.cell(0, 1))
set_cell(top, "BRANCH BULLETIN \u2013 March 2025", bold=True)
shade(top, "C00000")
top.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
set_cell(t.cell(1, 0), "In this issue: PEEL report reaction \u2022 Pay and morale survey \u2022 Welfare fund \u2022 Dates for your diary")
set_cell(t.cell(1, 1), "Issue 47")

doc.add_heading("PEEL: the inspectors have noticed what we\u2019ve been saying for years", level=1)
doc.add_paragraph(
    "By Branch Chair Sam Kernow", style="Subtitle")
doc.add_paragraph(
    "Members will by now have seen the letter from the Temporary Chief Constable, Jonah Trevithick, about "
    "the force\u2019s PEEL 2023\u201325 report. We welcome the honesty of that letter. We also want to be clear "
    "about what the report says, and what it doesn\u2019t.")
doc.add_paragraph(
    "HMICFRS found that Devon and Cornwall Police requires improvement in responding to the public, in "
    "investigating crime, and in leadership and force management. Building, supporting and protecting the "
    "workforce was graded adequate. Nobody reading this bulletin will be surprised by any of that.")
doc.add_paragraph(
    "The cause of concern about call handling is not a criticism of our contact centre colleagues, who have "
    "been running on empty for two years. It is a criticism of staffing decisions made above their heads.")

doc.add_heading("The workforce findings", level=2)
doc.add_paragraph("One area for improvement speaks directly to what our members tell us:")
doc.add_paragraph(
    "The force should make sure that it understands the workload of its investigators and supervisors and "
    "takes action where it is unmanageable.", style="Quote")
labelled(doc, "What we are asking for:",
         "a caseload limit for PCs in CID and on response, agreed with the Federation, and published monthly.")
doc.add_paragraph(
    "We note that our colleagues in Wiltshire Police were graded good for investigating crime in their PEEL "
    "2023\u201325 report. The difference, as their Federation branch will tell you, is the number of detectives.")

doc.add_heading("Pay and morale survey", level=2)
doc.add_paragraph(
    "Thank you to the 1,412 members who completed this year\u2019s survey. Only 11% rated morale in the force as "
    "good, and 63% rated their workload as too high or much too high. Full results are on the branch website.")
tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Light Grid Accent 1"
for c, h in zip(tbl.rows[0].cells, ["Question", "2024", "2025"]):
    set_cell(c, h, bold=True)
for row in [("Morale rated good or very good", "14%", "11%"),
            ("Would recommend joining the police", "29%", "24%"),
            ("Felt supported by line manager", "61%", "64%")]:
    cells = tbl.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

doc.add_heading("Welfare fund", level=2)
doc.add_paragraph(
    "The Welfare Fund helped 38 members last year. Our thanks to the neighbouring Federation branch in Dorset, which "
    "shared its hardship policy with us.")

doc.add_heading("Dates for your diary", level=2)
for d in ["Branch council meeting \u2013 Wednesday 9 April 2025, Middlemoor",
          "Wellbeing roadshow \u2013 Truro, 16 April 2025",
          "Annual conference \u2013 13 to 15 May 2025"]:
    doc.add_paragraph(d, style="List Bullet")
doc.add_paragraph(
    "Devon & Cornwall Police Federation represents more than 3,300 police officers of the federated ranks. "
    "Call the office on 01392 000 000 or email branch@dcpolfed.example.")
doc.save(OUT)
print("wrote", OUT)
