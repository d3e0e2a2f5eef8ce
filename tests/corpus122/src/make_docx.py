"""Write ns03.docx and ns09.docx with python-docx (venv /tmp/NSvenv)."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pr.append(shd)


def put(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text); r.bold = bold
    return cell


def ns03():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
    doc.add_heading("Nottinghamshire Police: PEEL 2023–25", level=1)
    doc.add_paragraph("Report to the Strategic Resources and Performance Board, 11 February 2025")
    doc.add_paragraph(
        "1. This paper summarises the outcome of His Majesty's Inspectorate of Constabulary and Fire & Rescue "
        "Services' (HMICFRS) PEEL 2023–25 inspection of Nottinghamshire Police, published on 16 January 2025, and "
        "compares it with the force's PEEL 2021/22 results. It has been prepared for Police and Crime "
        "Commissioner Rosalind Teague by the Office of the Police and Crime Commissioner, with information from "
        "Chief Constable Idris Bannerman's performance team.")
    doc.add_paragraph(
        "2. His Majesty's Inspector of Constabulary Roger Hollinshead wrote that the force had made clear "
        "progress since 2021/22, particularly in the way it answers calls and supports its workforce, but that "
        "the standard of investigations had not improved enough. The report contains no cause of concern and "
        "seven areas for improvement, three of which are reproduced below.")
    doc.add_paragraph("Table 1: Grades and areas for improvement, 2021/22 and 2023–25")
    t = doc.add_table(rows=2, cols=5); t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0)); put(a, "Area", True)
    b = t.cell(0, 1).merge(t.cell(0, 2)); put(b, "PEEL 2021/22", True)
    c = t.cell(0, 3).merge(t.cell(0, 4)); put(c, "PEEL 2023–25", True)
    for i, h in enumerate(["Grade", "AFIs", "Grade", "Change"]):
        put(t.cell(1, i + 1), h, True)
    for i in range(5):
        for r in range(2):
            shade(t.cell(r, i), "D9E2F3")
    r = t.add_row().cells
    m = r[1].merge(r[4]); put(r[0], "Providing a service to the victims of crime"); put(m, "Not graded in either inspection")
    for label, key, g1, n1, g2, ch in NS03_ROWS:
        r = t.add_row().cells
        for cell, txt in zip(r, [label, g1, n1, g2, ch]):
            put(cell, txt)
    r = t.add_row().cells
    m = r[0].merge(r[4])
    put(m, "Key: Outstanding, Good, Adequate, Requires improvement, Inadequate. AFIs = number of areas for "
           "improvement in that area. The 2021/22 inspection used the names \u201cDeveloping a positive workplace\u201d "
           "and \u201cGood use of resources\u201d for the last two rows but one.")
    doc.add_paragraph(
        "3. The disrupting serious organised crime area is inspected regionally with the East Midlands Special "
        "Operations Unit, which also serves Leicestershire Police and Derbyshire Constabulary, and is reported "
        "separately. Nottinghamshire Fire and Rescue Service is inspected under a different programme and is not "
        "covered here.")
    doc.add_heading("Areas for improvement highlighted to the Board", level=2)
    t2 = doc.add_table(rows=1, cols=3); t2.style = "Table Grid"
    for i, h in enumerate(["No.", "Area for improvement", "Lead"]):
        put(t2.rows[0].cells[i], h, True); shade(t2.rows[0].cells[i], "D9E2F3")
    leads = ["Head of Crime", "Head of Crime", "Head of Contact Management"]
    for n, ((key, text), lead) in enumerate(zip(NS03_AFIS, leads), 1):
        r = t2.add_row().cells
        put(r[0], str(n)); put(r[1], text); put(r[2], lead)
    doc.add_paragraph(
        "4. The force will present its improvement plan for all seven areas at the next Board. The Board is "
        "asked to note the grades and the areas for improvement.")
    doc.save(os.path.join(DOCS, "ns03.docx"))


def ns09():
    doc = Document()
    doc.sections[0].header.paragraphs[0].text = "Bedfordshire OPCC – Joint Audit and Scrutiny"
    doc.add_heading("HMICFRS recommendations and areas for improvement: progress tracker", level=1)
    doc.add_paragraph("Position at 30 June 2018. Presented by Deputy Chief Constable Ashok Verma on behalf of "
                      "the force, for Police and Crime Commissioner Fenella Osgood.")
    doc.add_paragraph(
        "This tracker lists the cause of concern, recommendations and areas for improvement that HMICFRS made to "
        "Bedfordshire Police in its PEEL 2017 effectiveness and efficiency reports. Items shared with "
        "Cambridgeshire Constabulary and Hertfordshire Constabulary through the tri-force collaboration are "
        "tracked by the collaboration board and are not repeated here.")
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Statement", "Type", "Owner", "Progress"]):
        put(t.rows[0].cells[i], h, True); shade(t.rows[0].cells[i], "BFBFBF")

    def section(text, fill="DEEAF6"):
        r = t.add_row().cells
        m = r[0].merge(r[3]); put(m, text, True); shade(m, fill)

    def item(text, kind, owner, progress):
        r = t.add_row().cells
        put(r[0], text); put(r[1], kind); put(r[2], owner); put(r[3], progress)

    section("PEEL: Police effectiveness 2017 (published March 2018) – overall judgment: Requires improvement", "BDD7EE")
    section("Investigating crime and reducing re-offending – Requires improvement")
    for p, k, text, prog in NS09_AFIS[:2]:
        item(text, "Area for improvement", "Head of Crime", prog or "No update received this quarter.")
    section("Protecting vulnerable people and supporting victims – Inadequate")
    item(NS09_COC, "Cause of concern", "Head of Public Protection",
         "See the two recommendations below; the cause of concern will be closed when both are complete.")
    item(NS09_RECS[0], "Recommendation", "Head of Contact",
         "Review completed in April 2018. A duty inspector now reviews every high-risk call before it is graded.")
    item(NS09_RECS[1], "Recommendation", "Head of Public Protection",
         "Compliance at 86% in June against a target of 100%; daily reports go to each supervisor.")
    p, k, text, prog = NS09_AFIS[2]
    item(text, "Area for improvement", "Head of Public Protection", prog)
    section("Specialist capabilities – Ungraded")
    item("No recommendations or areas for improvement.", "–", "–", "–")
    section("PEEL: Police efficiency 2017 (published November 2017) – overall judgment: Good", "BDD7EE")
    p, k, text, prog = NS09_AFIS[3]
    item(text, "Area for improvement", "Director of People", prog)
    r = t.add_row().cells
    m = r[0].merge(r[3])
    put(m, "Totals: 1 cause of concern, 2 recommendations, 4 areas for improvement. Status key: complete, "
           "on track, at risk. The force's 2017 legitimacy report made a further three areas for improvement, "
           "which are tracked by the Professional Standards Board.")
    doc.add_paragraph(
        "The Commissioner has asked for the protecting vulnerable people items to be reported monthly until "
        "HMICFRS revisits the force in the autumn.")
    doc.save(os.path.join(DOCS, "ns09.docx"))


if __name__ == "__main__":
    ns03(); ns09(); print("ok")
