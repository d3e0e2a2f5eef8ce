"""Write docs/v05.docx: PEEL 2018/19 report summary (Suffolk) with a pillar table that merges
cells (pillar cells merged down; a two-row header whose 'Grade' cell spans two columns)."""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "v05.docx")

doc = Document()
doc.core_properties.title = "PEEL 2018/19 Suffolk summary"
sec = doc.sections[0]
sec.header.paragraphs[0].text = "PEEL 2018/19 | Suffolk Constabulary | Report summary"
sec.footer.paragraphs[0].text = "HMICFRS – not protectively marked"

doc.add_heading("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", level=0)
doc.add_paragraph("An inspection of Suffolk Constabulary – report summary", style="Subtitle")
doc.add_paragraph("Published 2 May 2019")
doc.add_paragraph(
    "This summary gives our judgements for Suffolk Constabulary in each of the three pillars of "
    "PEEL, and for the questions that make them up. It should be read with the full report on "
    "the HMICFRS website. The table also shows the grade we gave last year, in PEEL 2017, for "
    "each pillar.")

# Table: 4 columns; row 0 title merged across; rows 1-2 two-row header
data = [
    ("Effectiveness", [("Overall", "Good", "Good"),
                       ("Preventing crime and tackling anti-social behaviour", "Good", "–"),
                       ("Investigating crime", "Good", "–"),
                       ("Protecting vulnerable people", "Requires improvement", "–"),
                       ("Tackling serious and organised crime", "Good", "–")]),
    ("Efficiency", [("Overall", "Good", "Requires improvement"),
                    ("Meeting current demands and using resources", "Good", "–"),
                    ("Planning for the future", "Good", "–")]),
    ("Legitimacy", [("Overall", "Good", "Good"),
                    ("Treating the public fairly", "Good†", "–"),
                    ("Ensuring ethical and lawful workforce behaviour", "Good", "–"),
                    ("Treating the workforce fairly", "Requires improvement", "–")]),
]
nrows = 3 + sum(len(r) for _, r in data)
t = doc.add_table(rows=nrows, cols=4)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
# title row
title = t.cell(0, 0).merge(t.cell(0, 3))
set_cell(title, "Suffolk Constabulary – PEEL judgements", bold=True)
shade(title, "1F3864")
title.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
# two-row header
pil = t.cell(1, 0).merge(t.cell(2, 0)); set_cell(pil, "Pillar", bold=True)
que = t.cell(1, 1).merge(t.cell(2, 1)); set_cell(que, "Question", bold=True)
gr = t.cell(1, 2).merge(t.cell(1, 3)); set_cell(gr, "Grade", bold=True)
gr.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
set_cell(t.cell(2, 2), "2018/19", bold=True)
set_cell(t.cell(2, 3), "Last year", bold=True)
for c in (pil, que, gr, t.cell(2, 2), t.cell(2, 3)):
    shade(c, "D9E2F3")
r = 3
for pillar, rows in data:
    top = r
    for q, g1, g0 in rows:
        set_cell(t.cell(r, 1), q, bold=(q == "Overall"))
        set_cell(t.cell(r, 2), g1, bold=(q == "Overall"))
        set_cell(t.cell(r, 3), g0)
        r += 1
    m = t.cell(top, 0).merge(t.cell(r - 1, 0))
    set_cell(m, pillar, bold=True)
    shade(m, "F2F2F2")
for row in t.rows:
    row.cells[0].width = Cm(3.2); row.cells[1].width = Cm(7.5)
    row.cells[2].width = Cm(3.2); row.cells[3].width = Cm(3.2)

fn = doc.add_paragraph("† We did not inspect this question in 2018/19. The grade shown is carried "
                       "over from our 2017 legitimacy inspection. “Last year” means the PEEL 2017 "
                       "pillar grade; question grades for 2017 are given in last year’s reports.")
fn.runs[0].font.size = Pt(8.5)

doc.add_heading("Effectiveness", level=1)
doc.add_paragraph(
    "Suffolk Constabulary is good at reducing crime and keeping people safe. It works closely "
    "with Norfolk Constabulary, and the two forces share a joint protective services command "
    "and most of their support functions. The constabulary investigates crime well, but it "
    "requires improvement in the way it protects vulnerable people.")
doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("The constabulary should improve how it shares information about vulnerable "
                  "children with partner agencies, particularly out of hours.", style="List Bullet")
doc.add_paragraph("The constabulary should make sure that it has enough trained detectives to "
                  "investigate serious and complex crime.", style="List Bullet")

doc.add_heading("Efficiency", level=1)
doc.add_paragraph(
    "The constabulary has improved since last year and is now good at operating efficiently. "
    "It has a sound understanding of demand and has used its collaboration with Norfolk to make "
    "savings while protecting frontline services.")

doc.add_heading("Legitimacy", level=1)
doc.add_paragraph(
    "The constabulary is good at treating the public fairly and at making sure its workforce "
    "behaves ethically and lawfully. It requires improvement in how it treats its workforce: "
    "officers and staff told us that they do not always feel supported when their wellbeing "
    "is affected by their work.")
doc.add_heading("Area for improvement", level=2)
doc.add_paragraph("The constabulary should make sure that supervisors understand and use its "
                  "processes for identifying and supporting officers and staff with wellbeing "
                  "needs.", style="List Bullet")

doc.add_heading("HM Inspector’s comment", level=1)
doc.add_paragraph(
    "I congratulate Chief Constable Fenella Ashby and her workforce on the progress the "
    "constabulary has made in the last year, particularly in efficiency. I will continue to "
    "monitor its work to protect vulnerable people.")
p = doc.add_paragraph()
p.add_run("Anselm Greatorex").bold = True
p.add_run("\nHM Inspector of Constabulary")
doc.add_paragraph("Our grades are outstanding, good, requires improvement and inadequate.")
doc.save(OUT)
print("wrote", OUT)
