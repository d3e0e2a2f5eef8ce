"""Write docs/p09.docx: an inspectorate letter to a force telling it that a PEEL 2023-25
cause of concern has been removed, with a Word table of the recommendations and their
status, and the HM Inspector's signature block.

Needs python-docx:  /tmp/c12venv/bin/python src/make_p09.py
"""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "p09.docx")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def main():
    d = Document()
    cp = d.core_properties
    cp.title = "Letter - Warwickshire Police cause of concern"
    cp.author = "HMICFRS"
    cp.created = cp.modified = datetime.datetime(2025, 6, 17, 10, 0, 0)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    sec.footer.paragraphs[0].text = "HMICFRS, 2nd Floor, 23 Stephenson Street, Birmingham B2 4BH"

    p = d.add_paragraph()
    r = p.add_run("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in ("2nd Floor, 23 Stephenson Street", "Birmingham B2 4BH",
                 "Email: contact@hmicfrs.gov.uk"):
        q = d.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        q.paragraph_format.space_after = Pt(0)

    d.add_paragraph()
    for line in ("Temporary Chief Constable Alys Pennant", "Warwickshire Police",
                 "Police Headquarters", "Leek Wootton", "Warwick CV35 7QA"):
        q = d.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("17 June 2025")
    d.add_paragraph("Dear Alys,")

    p = d.add_paragraph()
    p.add_run("PEEL 2023–25: Warwickshire Police – removal of the cause of concern about "
              "responding to the public").bold = True

    d.add_paragraph(
        "In our PEEL 2023–25 inspection of Warwickshire Police, which we published on "
        "6 September 2024, we graded the force as inadequate at responding to the public. We "
        "raised the following cause of concern:")
    q = d.add_paragraph(
        "The force does not answer emergency and non-emergency calls quickly enough, and it "
        "does not consistently identify callers who are vulnerable. This means that some "
        "people do not get the help they need when they first contact the police.")
    q.paragraph_format.left_indent = Cm(1.25)
    q.runs[0].italic = True

    d.add_paragraph(
        "To address it, we made the three recommendations set out in the table below.")

    d.add_paragraph(
        "Between 12 and 16 May 2025, we revisited the force to assess its progress. We "
        "listened to calls, reviewed 120 incident records and spoke to call handlers, "
        "supervisors and senior leaders. I am grateful to Assistant Chief Constable Tomasz "
        "Wrenfield and the contact management team for their help.")

    d.add_paragraph(
        "The force now answers 92 percent of emergency calls within ten seconds, compared "
        "with 61 percent at the time of our inspection, and its call handlers identify "
        "vulnerable callers far more consistently. I am therefore pleased to tell you that "
        "we have removed the cause of concern.")

    d.add_paragraph(
        "The force has completed one of the three recommendations. Two remain outstanding, "
        "as the table shows:")

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("No.", "Recommendation", "Status at revisit")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "D9D2E9")
    rows = [
        ("1", "By 31 March 2025, the force should make sure that it answers emergency calls "
              "within ten seconds, in line with the national standard.", "Completed"),
        ("2", "By 31 March 2025, the force should make sure that its call handlers use a "
              "structured risk assessment on every call and record the result.",
         "Outstanding – the assessment is now used on 84 percent of calls"),
        ("3", "By 30 June 2025, the force should reduce the number of non-emergency calls "
              "that are abandoned before they are answered.",
         "Outstanding – the abandonment rate has fallen but is still above the force’s own target"),
    ]
    for no, rec, status in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = no, rec, status
    for row in t.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(10.3)
        row.cells[2].width = Cm(4.5)

    d.add_paragraph()
    d.add_paragraph(
        "We will continue to monitor the two outstanding recommendations, and the areas for "
        "improvement in our report, through our routine monitoring of the force. The force "
        "no longer needs to report to us through our Engage process. This letter does not "
        "change any of the grades in our PEEL 2023–25 report; we will grade the force again "
        "at our next PEEL inspection.")

    d.add_paragraph(
        "I am copying this letter to the Police and Crime Commissioner. We will publish it on "
        "our website on 24 June 2025.")

    d.add_paragraph("Yours sincerely,")
    d.add_paragraph()
    sig = d.add_paragraph()
    sig.add_run("Callum Strachan-Reid").bold = True
    sig.paragraph_format.space_after = Pt(0)
    q = d.add_paragraph("His Majesty’s Inspector of Constabulary")
    q.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    d.add_paragraph("cc: Bernard Okafor-Lyle, Police and Crime Commissioner for Warwickshire")
    d.save(OUT)


if __name__ == "__main__":
    main()
