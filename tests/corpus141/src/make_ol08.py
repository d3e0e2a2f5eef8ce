"""ol08.docx: a PCC's published response to PEEL legitimacy 2017 (Nottinghamshire).
    /tmp/c141venv/bin/python src/make_ol08.py   (run from src/)"""
import os
from docx import Document
from docx.shared import Pt
from content import OL08_AFI, OL08_PCC, OL08_CC, OL08_DCC
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL - Office of the Police and Crime Commissioner for Nottinghamshire"
doc.sections[0].footer.paragraphs[0].text = "Published under section 55 of the Police Act 1996"

doc.add_heading("Police and Crime Commissioner\u2019s response to the HMICFRS report", 0)
doc.add_paragraph("PEEL: Police legitimacy 2017 \u2013 An inspection of Nottinghamshire Police")
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate([("Report published", "12 December 2017"),
                            ("Response deadline", "6 February 2018"),
                            ("Inspectorate", "Her Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)"),
                            ("Prepared by", "Office of the Police and Crime Commissioner")]):
    set_cell(t.cell(i, 0), k, bold=True)
    shade(t.cell(i, 0), "D9E2F3")
    set_cell(t.cell(i, 1), v)

doc.add_heading("Commissioner\u2019s summary", 1)
doc.add_paragraph(
    "I welcome this report. HMICFRS has judged Nottinghamshire Police to be good at treating the public and its workforce "
    "legitimately, an improvement on 2016, when the force was assessed as requiring improvement. I have asked the Chief Constable, "
    "%s, to set out how the force will address each area for improvement, and I will hold her to account for progress through "
    "my strategic resources and performance meeting." % OL08_CC[0])
doc.add_paragraph(
    "The grades awarded for each question are below. The inspectorate uses four grades: outstanding, good, requires "
    "improvement and inadequate.")
g = doc.add_table(rows=1, cols=2)
g.style = "Table Grid"
set_cell(g.rows[0].cells[0], "Question", bold=True)
set_cell(g.rows[0].cells[1], "2017 grade", bold=True)
for q, gr in [("Fairness and respect to the public", "Good"),
              ("Ethical and lawful workforce behaviour", "Requires improvement"),
              ("Fairness and respect to the workforce", "Good"),
              ("Overall legitimacy", "Good")]:
    r = g.add_row().cells
    set_cell(r[0], q)
    set_cell(r[1], gr)

doc.add_heading("Areas for improvement and the force\u2019s response", 1)
doc.add_paragraph(
    "The Deputy Chief Constable, %s, leads the force\u2019s response. His updates are shown after each area for improvement." % OL08_DCC[0])
heads = {"ethical-lawful-workforce": "Ensuring the workforce behaves ethically and lawfully",
         "fair-treatment-workforce": "Treating the workforce with fairness and respect"}
last = None
for n, (q, text, upd) in enumerate(OL08_AFI, 1):
    if q != last:
        doc.add_heading(heads[q], 2)
        last = q
    p = doc.add_paragraph()
    p.add_run("Area for improvement %d" % n).bold = True
    doc.add_paragraph(text, style="Intense Quote")
    if upd:
        labelled(doc, "Force response:", upd)
    else:
        labelled(doc, "Commissioner\u2019s comment:",
                 "I have asked for a written update on this area by the end of March; it will be published here when received.")

doc.add_heading("Other matters", 1)
doc.add_paragraph(
    "The report notes good practice in the force\u2019s joint work with Derbyshire Constabulary on the regional vetting unit. "
    "Nottinghamshire Fire and Rescue Service, which shares our Joint Headquarters, was not inspected.")
doc.add_paragraph("%s" % OL08_PCC[0])
doc.add_paragraph("%s for Nottinghamshire" % OL08_PCC[1])
doc.save(os.path.join(HERE, "..", "docs", "ol08.docx"))
print("wrote ol08.docx")
