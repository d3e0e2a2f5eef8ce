"""kx07.docx: a town council newsletter (spring issue) with an item on Surrey Police's PEEL grades."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kx07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Georgia"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Haslewood Town Council \u2022 Town Crier \u2022 Spring 2025 \u2022 Issue 58"
sec.footer.paragraphs[0].text = "Printed on recycled paper and delivered free to every household in Haslewood."

m = doc.add_paragraph()
m.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = m.add_run("THE TOWN CRIER")
r.bold = True
r.font.size = Pt(26)
r.font.color.rgb = RGBColor(0x2E, 0x5E, 0x3A)
doc.add_paragraph("News from Haslewood Town Council \u2013 Spring 2025").alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("In this issue", level=2)
for t in ("Mayor\u2019s message", "What the inspectors said about our police",
          "Allotments: waiting list reopens", "Dates for your diary"):
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("Mayor\u2019s message", level=1)
doc.add_paragraph(
    "What a good start to the year it has been. Thank you to everyone who came to the Winter "
    "Lights evening, and to the volunteers who litter-picked the Common in February. We had a "
    "good turnout at the Community Speedwatch training, and the Council has set a precept for "
    "2025/26 that rises by less than inflation. \u2013 Cllr Sue Whitlock, Town Mayor")

doc.add_heading("What the inspectors said about our police", level=1)
doc.add_paragraph(
    "Several residents asked at the Annual Town Meeting how Surrey Police is doing, so we have "
    "looked at the latest report from the police inspectorate, HMICFRS. It inspected the force "
    "as part of its PEEL 2023\u201325 programme, which grades each police force in England and "
    "Wales on a scale from outstanding to inadequate.")
doc.add_paragraph(
    "The headline is good news for a town like ours. Surrey Police was graded outstanding at "
    "preventing and deterring crime and antisocial behaviour \u2013 one of only a handful of "
    "forces to get the top grade in that area. The inspectors praised the way neighbourhood teams "
    "work with councils and schools on local problems, and our own Safer Haslewood group was "
    "mentioned (not by name, sadly!).")
doc.add_paragraph(
    "It is not all rosy. The force was graded good at responding to the public, and adequate "
    "at protecting vulnerable people, but it requires improvement in how it investigates crime. "
    "The inspectors found that some victims were not kept up to date, and that too many cases "
    "were closed before every line of enquiry had been followed.")

tbl = doc.add_table(rows=5, cols=2)
tbl.style = "Light Grid Accent 1"
rows = [("At a glance: Surrey Police, PEEL 2023\u201325", ""),
        ("Preventing crime", "Outstanding"),
        ("Responding to the public", "Good"),
        ("Protecting vulnerable people", "Adequate"),
        ("Investigating crime", "Requires improvement")]
for i, (a, b) in enumerate(rows):
    set_cell(tbl.cell(i, 0), a, bold=(i == 0))
    set_cell(tbl.cell(i, 1), b, bold=(i == 0))
tbl.cell(0, 0).merge(tbl.cell(0, 1))
set_cell(tbl.cell(0, 0), rows[0][0], bold=True)
shade(tbl.cell(0, 0), "DCE9D5")
doc.add_paragraph(
    "Only some of the force\u2019s grades are shown; the full report is on the HMICFRS website.").runs[0].italic = True

doc.add_paragraph(
    "Our local Neighbourhood Inspector, Insp. Gareth Voss, told the Council\u2019s Community "
    "Safety Working Group that extra detectives are being trained this year. Surrey\u2019s "
    "Police and Crime Commissioner, Fiona Marchbank, will hold a public question time in the "
    "Jubilee Hall on Thursday 15 May at 7pm. Do come along and ask your own questions.")
doc.add_paragraph(
    "Fire safety: Surrey Fire and Rescue Service, which is inspected separately, offers free "
    "home fire safety visits. Call 0800 000 0000 or book online.")

doc.add_heading("Allotments: waiting list reopens", level=1)
doc.add_paragraph(
    "The waiting list for the Mill Lane allotments reopens on 1 April. Plots are in good "
    "condition and a half plot costs \u00a338 a year. There are 14 people on the list already.")

doc.add_heading("Dates for your diary", level=1)
for t in ("Annual Parish Meeting \u2013 Tuesday 22 April, 7.30pm, Jubilee Hall",
          "PCC public question time \u2013 Thursday 15 May, 7pm, Jubilee Hall",
          "Town Council meetings \u2013 second Monday of each month, Council Chamber"):
    doc.add_paragraph(t, style="List Bullet")

doc.add_paragraph(
    "Haslewood Town Council, The Old Forge, High Street, Haslewood. Town Clerk: Amanda Pike. "
    "www.haslewood-tc.example")
doc.save(OUT)
print("wrote", OUT)
