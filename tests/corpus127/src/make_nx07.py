"""Build docs/nx07.docx: a PCC annual report chapter with an infographic and its text alternative (Leicestershire)."""
import os
import tempfile

from docx import Document
from docx.shared import Cm

from docxutil import labelled, set_cell
from pngutil import set_alt, solid_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nx07.docx")

doc = Document()
doc.sections[0].header.paragraphs[0].text = "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
doc.sections[0].footer.paragraphs[0].text = "Annual Report 2017/18 | Page"

doc.add_heading("Annual Report 2017/18", level=0)
doc.add_paragraph("Lord Willy Bach, Police and Crime Commissioner for Leicester, Leicestershire and Rutland")

doc.add_heading("Chapter 6: How our police force was inspected", level=1)
doc.add_paragraph("Each year Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses "
                  "Leicestershire Police for its effectiveness, efficiency and legitimacy (PEEL). The infographic below "
                  "summarises the 2017 results. A text alternative follows it for readers using assistive technology.")

tmp = os.path.join(tempfile.gettempdir(), "nx07_info.png")
solid_png(tmp, 300, 200, (0, 58, 93))
shape = doc.add_picture(tmp, width=Cm(14))
set_alt(shape, "Infographic of PEEL 2017 results for Leicestershire Police: three pillars, each with a green badge reading Good. "
        "A speech bubble says 'Outstanding for treating its workforce with fairness and respect'.", "PEEL 2017 infographic")
c = doc.add_paragraph("Infographic 6.1: PEEL 2017 at a glance")
c.style = doc.styles["Caption"]

doc.add_heading("Text alternative for infographic 6.1", level=3)
doc.add_paragraph("The infographic has three columns, one for each PEEL pillar. Each column shows a coloured badge with the grade.")
for line in (
    "Effectiveness (published March 2018): good.",
    "Efficiency (published November 2017): good.",
    "Legitimacy (published December 2017): good.",
):
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph("Underneath the legitimacy column, three smaller badges show the grades for the legitimacy questions:")
for line in (
    "treating all of the people it serves with fairness and respect – good;",
    "ensuring its workforce behaves ethically and lawfully – good;",
    "treating its workforce with fairness and respect – outstanding.",
):
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph("The key at the foot of the infographic explains the four colours: dark green (outstanding), green (good), "
                  "amber (requires improvement) and red (inadequate).")

doc.add_heading("Chart 6.2: Public confidence", level=3)
tmp2 = os.path.join(tempfile.gettempdir(), "nx07_chart.png")
solid_png(tmp2, 300, 150, (120, 185, 67))
shape2 = doc.add_picture(tmp2, width=Cm(12))
set_alt(shape2, "Line chart of public confidence in Leicestershire Police, 2014 to 2018, rising from 74% to 79%.", "Chart 6.2")
doc.add_paragraph("Chart 6.2 shows the percentage of people in the Crime Survey for England and Wales who agree that the police "
                  "in their area do a good job: 74% in 2014/15, 76% in 2015/16, 77% in 2016/17 and 79% in 2017/18. "
                  "The national average in 2017/18 was 62%.")

doc.add_heading("What the inspectors asked us to improve", level=2)
doc.add_paragraph("In the legitimacy report HMICFRS identified this area for improvement:")
p = doc.add_paragraph("The force should monitor its use of stop and search more closely, including the reasonable grounds "
                      "recorded, so that it can show the public that the power is used fairly.")
p.style = doc.styles["Quote"]
labelled(doc, "What the force has done:", "Chief Constable Simon Cole has set up a stop and search scrutiny panel with "
         "community members, which reviews body-worn video footage every quarter.")
labelled(doc, "My view:", "I am content with progress and will keep this under review at the Strategic Assurance Board.")

doc.add_paragraph("For comparison, our neighbours Nottinghamshire Police and Derbyshire Constabulary were also assessed in 2017; "
                  "their reports are available on the HMICFRS website.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for cell, h in zip(t.rows[0].cells, ("Pillar", "2016", "2017")):
    set_cell(cell, h, bold=True)
for r in (("Effectiveness", "Good", "Good"), ("Efficiency", "Good", "Good"), ("Legitimacy", "Good", "Good")):
    cells = t.add_row().cells
    for cell, v in zip(cells, r):
        set_cell(cell, v)
doc.add_paragraph("Table 6.3: Leicestershire Police PEEL pillar grades, 2016 and 2017.")
doc.add_paragraph("Willy Bach")
doc.add_paragraph("Police and Crime Commissioner")
doc.save(OUT)
print("wrote", OUT)
