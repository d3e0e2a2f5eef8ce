"""Build docs/nc07.docx: North Wales PCC annual report 2017/18 (bilingual cover line)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nc07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Annual Report 2017/18 | Adroddiad Blynyddol 2017/18"

doc.add_paragraph("Comisiynydd Heddlu a Throseddu Gogledd Cymru / Police and Crime Commissioner for North Wales")
doc.add_paragraph("Annual Report 2017/18", style="Title")
doc.add_paragraph("Adroddiad Blynyddol 2017/18")

doc.add_heading("Foreword", level=1)
doc.add_paragraph(
    "Welcome to my second annual report. It sets out what I and my office did in the financial "
    "year 2017/18 and how far North Wales Police has come in delivering the priorities in my "
    "Police and Crime Plan: preventing sexual harm, domestic abuse, modern slavery, organised "
    "crime and delivering safer neighbourhoods.")
doc.add_paragraph(
    "\"In a year when the force's budget was again squeezed, the inspectorate has found a police "
    "service that is good at the basics and is treating people fairly. That is what the people of "
    "North Wales told me they wanted.\"", style="Quote")
doc.add_paragraph("Gwilym Rowlands, Police and Crime Commissioner for North Wales")

doc.add_heading("Our priorities: a summary", level=1)
pt = doc.add_table(rows=1, cols=3)
pt.style = "Table Grid"
for c, txt in zip(pt.rows[0].cells, ["Priority", "Progress in 2017/18", "RAG"]):
    set_cell(c, txt, bold=True)
for pr, prog, rag, fill in [
    ("Preventing sexual harm", "Sexual Assault Referral Centre recommissioned with Betsi Cadwaladr health board", "Green", "C6EFCE"),
    ("Domestic abuse", "Repeat victims down by 4.6 percent", "Green", "C6EFCE"),
    ("Modern slavery", "Anti-slavery coordinator in post from January 2018", "Amber", "FFEB9C"),
    ("Organised crime", "Twelve organised crime groups disrupted", "Green", "C6EFCE"),
    ("Safer neighbourhoods", "Rural crime team expanded; 101 waiting times remain too long", "Amber", "FFEB9C"),
]:
    r = pt.add_row().cells
    set_cell(r[0], pr); set_cell(r[1], prog); set_cell(r[2], rag); shade(r[2], fill)

doc.add_heading("Holding the Chief Constable to account", level=1)
doc.add_paragraph(
    "I hold Chief Constable Carys Whitfield to account at my monthly Strategic Executive Board. "
    "A large part of that scrutiny is the force's response to the reports of Her Majesty's "
    "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), which took over from HMIC "
    "in July 2017.")
doc.add_paragraph("Inspection reports published in 2017/18", style="Heading 2")
it = doc.add_table(rows=1, cols=3)
it.style = "Table Grid"
for c, txt in zip(it.rows[0].cells, ["Inspection", "Published", "Outcome"]):
    set_cell(c, txt, bold=True)
for a, b, c in [
    ("PEEL: Police efficiency 2017", "November 2017", "Good"),
    ("PEEL: Police legitimacy 2017", "December 2017", "Good"),
    ("PEEL: Police effectiveness 2017", "March 2018", "Good"),
    ("Report on an unannounced inspection visit to police custody suites in North Wales (joint with HM Inspectorate of Prisons)", "August 2017", "Not graded"),
    ("Stolen freedom: the policing response to modern slavery and human trafficking (national)", "October 2017", "National report"),
]:
    r = it.add_row().cells
    set_cell(r[0], a); set_cell(r[1], b); set_cell(r[2], c)

doc.add_paragraph(
    "The effectiveness grade is a step forward: last year HMIC judged the force's effectiveness to "
    "require improvement. Within legitimacy, all three questions were judged good. Within "
    "efficiency, the force was judged outstanding at understanding demand and good at planning "
    "for the future.")
doc.add_paragraph(
    "The force's leadership was looked at within the legitimacy inspection and was not separately "
    "graded.")

doc.add_paragraph("Areas for improvement: where we are", style="Heading 2")
doc.add_paragraph(
    "The 2017 efficiency report gave the force two areas for improvement. I have asked for an "
    "update on each:")
doc.add_paragraph(
    "North Wales Police should improve its understanding of the skills of its workforce, so that "
    "it can identify gaps and plan to fill them.", style="List Bullet")
labelled(doc, "Update:",
         "A skills audit of all officers and staff was completed in February 2018 and is now held "
         "on the duty management system.")
doc.add_paragraph(
    "North Wales Police should make sure it tests its change programme against the benefits it "
    "expects to achieve, including savings.", style="List Bullet")
labelled(doc, "Update:",
         "The force has adopted a benefits realisation framework, which my Chief Finance Officer "
         "reviews every quarter.")

doc.add_heading("Working across Wales", level=1)
doc.add_paragraph(
    "With the Commissioners and Chief Constables of Dyfed-Powys Police, Gwent Police and South Wales "
    "Police I fund the All Wales School Liaison Core Programme and the regional organised crime unit, "
    "TARIAN. North Wales Fire and Rescue Service shares our headquarters site at St Asaph, and a joint "
    "control room is planned.")

doc.add_heading("Finance", level=1)
ft = doc.add_table(rows=1, cols=3)
ft.style = "Table Grid"
for c, txt in zip(ft.rows[0].cells, ["", "2017/18", "2018/19"]):
    set_cell(c, txt, bold=True)
for a, b, c in [("Net budget", "£148.1m", "£154.0m"), ("Police precept, Band D", "£262.98", "£275.31"),
                ("Police officers (FTE)", "1,448", "1,490")]:
    r = ft.add_row().cells
    set_cell(r[0], a); set_cell(r[1], b); set_cell(r[2], c)
doc.save(OUT)
print("wrote", OUT)
