"""Write docs/lq03.docx, docs/lq05.docx and docs/lq10.docx (python-docx).

    /tmp/lq72venv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def cell_text(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def lq03():
    doc = Document()
    header_footer(doc, "OFFICIAL", "Corporate Communications \u2013 social media approval form v3.2")
    doc.add_heading("Social media approval form", level=1)
    doc.add_paragraph("Complete every row. Posts are not scheduled until the approver has signed off.")
    rows = [
        ("Reference", "SM-2022-0417"),
        ("Account(s)", "@DerbyshirePolice (X); Derbyshire Constabulary (Facebook)"),
        ("Scheduled for", "Friday 2 September 2022, 10:00"),
        ("Campaign", "Inspection results"),
        ("Post copy \u2013 X (280 characters)",
         "We\u2019ve been graded outstanding at preventing crime and anti-social behaviour by "
         "@HMICFRS \U0001F44F Read the PEEL 2021/22 report \U0001F447 #DerbyshirePolice"),
        ("Post copy \u2013 Facebook",
         "Our PEEL 2021/22 inspection report is out today. The inspectorate found that we are "
         "outstanding at preventing crime, and good at treating the public fairly and with "
         "respect. Chief Constable Marcus Dunmore said: \u201cThis is a tribute to our "
         "neighbourhood teams and the people of Derbyshire who work with them.\u201d There is "
         "more for us to do on investigations, and we will publish our plan in the autumn."),
        ("Link card \u2013 title", "PEEL 2021/22: An inspection of Derbyshire Constabulary"),
        ("Link card \u2013 description",
         "HMICFRS assesses how good Derbyshire Constabulary is in ten areas of policing\u2026"),
        ("Link card \u2013 domain", "hmicfrs.justiceinspectorates.gov.uk"),
        ("Image", "PEEL-tile-outstanding.png"),
        ("Image alt text", "Green tile with a tick and the words: Outstanding \u2013 preventing crime"),
        ("Moderation notes",
         "Expect questions about 101 waiting times; reply with the standard contact-centre line. "
         "Do not comment on other forces\u2019 results."),
        ("Approved by", "Head of Corporate Communications (signed 1 Sept 2022)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in rows:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "E7E6E6")
        cell_text(r[1], v)
    doc.add_paragraph("")
    doc.add_paragraph("Retention: delete this form 12 months after the post is published.").runs[0].italic = True
    doc.save(os.path.join(DOCS, "lq03.docx"))


def lq05():
    doc = Document()
    header_footer(doc, "Leicester Weekly Record \u2013 copy for subs", "Page 9 \u2013 NEWS IN BRIEF \u2013 slug: NIB-1410")
    doc.add_heading("NEWS IN BRIEF", level=1)
    doc.add_paragraph("Edition: Monday 14 October 2024. Words: 310. Pictures: none.")
    doc.add_heading("Cyclists raise \u00a34,000 for hospice", level=2)
    doc.add_paragraph(
        "Twenty-two riders from a Wigston cycling club raised more than \u00a34,000 for LOROS "
        "by pedalling from Market Harborough to Skegness in a single day last weekend.")
    doc.add_heading("Force rated outstanding for stopping crime", level=2)
    p = doc.add_paragraph()
    p.add_run("By Tom Halloway").italic = True
    doc.add_paragraph(
        "Leicestershire Police has been rated outstanding for preventing crime and "
        "antisocial behaviour, the top grade the inspectorate gives. His Majesty\u2019s "
        "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
        "PEEL 2023\u201325 report on the force last Tuesday. It judged the force good in four "
        "areas, among them investigating crime and managing offenders, but said it requires "
        "improvement in how it supports its own workforce. Chief Constable Ruth "
        "Okonedo-Barnes said the result belonged to \u201cofficers who know their "
        "communities\u201d.")
    doc.add_heading("Fire station open day", level=2)
    doc.add_paragraph(
        "Leicestershire Fire and Rescue Service, rated good by inspectors for understanding "
        "fire risk, opens Oakham fire station to visitors on Saturday from 10am.")
    doc.add_heading("Northants inspection next", level=2)
    doc.add_paragraph(
        "Inspectors are due at Northamptonshire Police in the new year, the inspectorate "
        "has confirmed. The date of the visit has not been announced.")
    doc.save(os.path.join(DOCS, "lq05.docx"))


def lq10():
    doc = Document()
    header_footer(doc, "PRESS STATEMENT", "Office of the West Midlands Police and Crime Commissioner \u2013 Lloyd House, Birmingham")
    h = doc.add_paragraph()
    r = h.add_run("STATEMENT")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x6E)
    doc.add_paragraph("6 March 2025 \u2013 for immediate use")
    doc.add_paragraph(
        "Statement from Rashida Moreton, West Midlands Police and Crime Commissioner, on "
        "today\u2019s inspection report:")
    doc.add_paragraph(
        "\u201cToday\u2019s PEEL report is clear: West Midlands Police still requires improvement "
        "at investigating crime. Victims deserve better, and I will be asking Chief Constable "
        "Alun Prothero to set out his plan at my next accountability board.\u201d",
        style="Quote")
    doc.add_paragraph("ENDS")
    doc.add_paragraph(
        "Media enquiries: press office, 0121 000 0000 (out of hours, ask for the duty press "
        "officer).")
    doc.save(os.path.join(DOCS, "lq10.docx"))


if __name__ == "__main__":
    lq03()
    lq05()
    lq10()
