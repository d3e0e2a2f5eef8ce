"""Write docs/lo06.docx: a Suffolk Constabulary press release on PEEL 2021/22, as sent to editors."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lo06.docx")

doc = Document()
doc.core_properties.author = "Suffolk Constabulary Corporate Communications"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "Suffolk Constabulary \u2013 Media Release"
doc.sections[0].footer.paragraphs[0].text = "Corporate Communications, Police Headquarters, Martlesham Heath"

t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "Release date", bold=True); set_cell(t.cell(0, 1), "Thursday 26 May 2022, 00:01 (embargoed)")
set_cell(t.cell(1, 0), "Ref", bold=True); set_cell(t.cell(1, 1), "MR/2022/0412")
shade(t.cell(0, 0), "DDEBF7"); shade(t.cell(1, 0), "DDEBF7")

doc.add_heading("Inspectors rate Suffolk Constabulary good in six areas", level=1)
for txt in (
    "Suffolk Constabulary has been rated good in six of the ten areas assessed by His Majesty\u2019s "
    "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) in its latest PEEL "
    "inspection, published today.",
    "The inspectorate found the constabulary to be good at:",
):
    doc.add_paragraph(txt)
for b in ("treating the public fairly and with respect;",
          "preventing crime and anti-social behaviour;",
          "managing offenders and suspects;",
          "developing a positive workplace;",
          "making good use of its resources; and",
          "recording data about crime."):
    doc.add_paragraph(b, style="List Bullet")
doc.add_paragraph("It was graded adequate at investigating crime, at protecting vulnerable "
                  "people and at disrupting serious organised crime. HMICFRS judged that the "
                  "constabulary requires improvement in the way it responds to the public, "
                  "particularly in how long callers to 101 wait to be answered.")
doc.add_paragraph("The inspectorate did not grade the service the constabulary provides to "
                  "victims of crime, which is assessed in a different way under the new PEEL "
                  "framework.")
doc.add_paragraph("Chief Constable Rachel Dunmore said:")
doc.add_paragraph("\u201cI am proud that the inspectors recognised the hard work of our officers, "
                  "staff and volunteers, and I accept what they said about our contact centre. We "
                  "have already started recruiting more call handlers, and the joint control "
                  "room we share with Norfolk Constabulary is changing its shift pattern this "
                  "summer.\u201d", style="Quote")
doc.add_paragraph("Police and Crime Commissioner for Suffolk Tobias Wrenfield said:")
doc.add_paragraph("\u201cThis is a good report for the county. I will hold the Chief Constable to "
                  "account for the improvements the public rightly expect when they call 101, "
                  "and I will publish my own response to the inspectorate within 56 days.\u201d",
                  style="Quote")
doc.add_paragraph("Assistant Chief Constable Pauline Grice, who leads on contact, will "
                  "present the improvement plan at the PCC\u2019s accountability board on 8 July.")
doc.add_paragraph("ENDS")
doc.add_heading("Notes to editors", level=2)
for n in (
    "PEEL stands for police effectiveness, efficiency and legitimacy. HMICFRS now grades forces "
    "on a five-point scale: outstanding, good, adequate, requires improvement and inadequate.",
    "In its previous inspection (PEEL 2018/19) the constabulary was judged good at "
    "effectiveness, efficiency and legitimacy.",
    "The full report is available on the HMICFRS website.",
):
    doc.add_paragraph(n, style="List Number")
doc.save(OUT)
print("wrote", OUT)
