"""Write docs/mb01.docx, mb03.docx and mb08.docx with python-docx.
    /tmp/MBvenv/bin/python src/make_docx.py
"""
import os
from docx import Document
from docx.shared import Pt
from docxutil import landscape, set_cell, shade, repeat_header, RAG
import data as D

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def header_footer(doc, head, foot):
    doc.sections[0].header.paragraphs[0].text = head
    doc.sections[0].footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- mb01 Hampshire
def mb01():
    doc = Document()
    landscape(doc)
    header_footer(doc, "OFFICIAL", "Joint Audit Committee – 13 April 2023 – Item 9")
    doc.add_heading("Joint Audit Committee", level=1)
    doc.add_paragraph("Report of: Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight and Hampshire and Isle of Wight Constabulary")
    doc.add_paragraph("Title: HMICFRS recommendations and areas for improvement – quarterly tracker (Q4 2022/23)")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This paper gives the Committee assurance on the constabulary's progress against the areas for "
        "improvement raised in the PEEL 2021/22 inspection, and against national recommendations that apply "
        "to the force. It was prepared by the Strategic Planning and Inspections team and has been reviewed "
        "by Police and Crime Commissioner Donna Jones and by Chief Constable Olivia Marchetti.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph(
        "HMICFRS published its PEEL 2021/22 report on the constabulary on 27 May 2022. The report contained no "
        "causes of concern. It raised eleven areas for improvement, of which seven have now been closed through "
        "the Force Inspection Board; the four that remain open, or were closed this quarter, are set out in Appendix A.")
    doc.add_paragraph("For reference, the grades given in 2021/22 were:")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "PEEL 2021/22 area", bold=True, fill="D9D9D9")
    set_cell(t.rows[0].cells[1], "Grade", bold=True, fill="D9D9D9")
    for area, g in [("Treatment of the public", "Adequate"), ("Preventing crime and anti-social behaviour", "Good"),
                    ("Responding to the public", "Requires improvement"), ("Investigating crime", "Requires improvement"),
                    ("Protecting vulnerable people", "Adequate"), ("Managing offenders and suspects", "Good"),
                    ("Developing a positive workplace", "Good"), ("Good use of resources", "Adequate"),
                    ("Recording data about crime", "Good"), ("Providing a service to victims of crime", "Not graded")]:
        r = t.add_row().cells
        set_cell(r[0], area)
        set_cell(r[1], g)
    doc.add_paragraph(
        "The constabulary's own grading key uses the five HMICFRS judgements (outstanding, good, adequate, "
        "requires improvement and inadequate) and is reproduced only for completeness; the RAG column in "
        "Appendix A is the constabulary's own assessment of progress and is not an HMICFRS grade.")
    doc.add_heading("3. Recommendation", level=2)
    doc.add_paragraph("The Committee is asked to note the report.")
    doc.add_page_break()
    doc.add_heading("Appendix A – Tracker", level=2)
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    top = t.rows[0].cells
    a = top[0].merge(top[2])
    set_cell(a, "Item", bold=True, fill="1F3864")
    b = top[3].merge(top[4])
    set_cell(b, "Progress", bold=True, fill="1F3864")
    c = top[5].merge(top[6])
    set_cell(c, "Assessment", bold=True, fill="1F3864")
    for i, h in enumerate(["Ref", "PEEL area", "Area for improvement / recommendation", "Lead", "Update (March 2023)", "RAG", "Status"]):
        set_cell(t.rows[1].cells[i], h, bold=True, fill="D9E2F3")
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    band = t.add_row().cells
    m = band[0].merge(band[6])
    set_cell(m, "PEEL 2021/22 – published 27 May 2022", bold=True, fill="F2F2F2")
    for ref, area, text, lead, upd, rag, status in D.MB01_AFI:
        r = t.add_row().cells
        for i, v in enumerate([ref, area, text, lead, upd, rag, status]):
            set_cell(r[i], v, fill=RAG.get(v) if i == 5 else None)
    band = t.add_row().cells
    m = band[0].merge(band[6])
    set_cell(m, "National thematic reports (not PEEL)", bold=True, fill="F2F2F2")
    ref, area, text, lead, upd, rag, status = D.MB01_NONPEEL
    r = t.add_row().cells
    for i, v in enumerate([ref, area, text, lead, upd, rag, status]):
        set_cell(r[i], v, fill=RAG.get(v) if i == 5 else None)
    doc.add_paragraph("")
    doc.add_paragraph("Closure of any item requires evidence to be accepted by the Force Inspection Board chaired by "
                      "the Deputy Chief Constable. HMICFRS's force liaison lead confirms closures at the next PEEL assessment.")
    doc.save(os.path.join(DOCS, "mb01.docx"))


# ---------------------------------------------------------------- mb03 Essex
def mb03():
    doc = Document()
    landscape(doc)
    header_footer(doc, "NOT PROTECTIVELY MARKED", "Essex Police – Joint Audit Committee, 15 December 2017")
    doc.add_heading("Joint Audit Committee – 15 December 2017", level=1)
    doc.add_paragraph("Agenda item 7: Inspection recommendations – progress report")
    doc.add_paragraph("Author: Head of Performance and Analysis, Essex Police")
    doc.add_paragraph(
        "1.1 This report updates the Committee on the force's response to recent inspection reports. "
        "HMICFRS graded Essex Police good for legitimacy in its PEEL 2017 report, published on 12 December 2017, "
        "and good for efficiency in the report published on 9 November 2017. The force was also judged good for "
        "legitimacy in 2016.")
    doc.add_paragraph(
        "1.2 The Police and Crime Commissioner, Roger Hirst, has asked that the Committee sees every open item "
        "until it is signed off. Chief Constable Stephen Kavanagh chairs the Continuous Improvement Board which "
        "agrees closures. Work on the Kent and Essex Serious Crime Directorate items is reported to the joint "
        "collaboration board and is not repeated here.")
    doc.add_paragraph("1.3 Items are grouped by the report that raised them.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["No.", "Area for improvement", "Action taken / planned", "Owner", "Status"]):
        set_cell(t.rows[0].cells[i], h, bold=True, fill="BFBFBF")
    repeat_header(t.rows[0])

    def band(title):
        r = t.add_row().cells
        m = r[0].merge(r[4])
        set_cell(m, title, bold=True, fill="DDEBF7")

    def row(item):
        r = t.add_row().cells
        for i, v in enumerate(item):
            set_cell(r[i], v)

    band("HMICFRS – PEEL: Police legitimacy 2017 (published December 2017)")
    for it in D.MB03_LEG:
        row(it)
    band("HMICFRS – PEEL: Police efficiency 2017 (published November 2017)")
    for it in D.MB03_EFF:
        row(it)
    band("HMIC – Best use of stop and search: revisit (2016)")
    row(D.MB03_SS)
    doc.add_paragraph("")
    doc.add_paragraph("2. The Committee is asked to note progress. The next report will be presented in March 2018.")
    doc.save(os.path.join(DOCS, "mb03.docx"))


# ---------------------------------------------------------------- mb08 Thames Valley
def mb08():
    doc = Document()
    landscape(doc)
    header_footer(doc, "OFFICIAL", "JIAC 12 June 2024")
    doc.add_heading("Joint Independent Audit Committee", level=1)
    doc.add_paragraph("Report for information – 12 June 2024")
    doc.add_paragraph("Title: Thames Valley Police – HMICFRS inspection recommendations update")
    doc.add_paragraph(
        "Executive summary. The PEEL 2023–25 inspection of Thames Valley Police was published in February 2024. "
        "HMICFRS graded the force inadequate for recording data about crime and raised a cause of concern with "
        "two recommendations. Police powers and public treatment was graded adequate. The remaining grades are "
        "reported to the Police and Crime Commissioner's Level 1 meeting and are not repeated in this paper.")
    doc.add_paragraph(
        "The report has been seen by Matthew Barber, Police and Crime Commissioner for Thames Valley, and by "
        "Deputy Chief Constable Ian Whitmore, who chairs the HMICFRS Portfolio Board on behalf of the Chief Constable.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Report", "Finding", "Update", "Forecast closure"]):
        set_cell(t.rows[0].cells[i], h, bold=True, fill="D9D9D9")
    repeat_header(t.rows[0])
    rows = [("Cause of concern", D.MB08_COC[0], "See recommendations below.", "December 2024")]
    rows += [("Recommendation %d" % (i + 1), txt, upd, "December 2024" if i == 0 else "March 2025")
             for i, (txt, upd) in enumerate(D.MB08_REC)]
    rows += [("Area for improvement", txt, upd, "March 2025") for txt, upd in D.MB08_AFI]
    start = len(t.rows)
    for kind, txt, upd, fc in rows:
        r = t.add_row().cells
        set_cell(r[1], [kind + ":", txt])
        set_cell(r[2], upd)
        set_cell(r[3], fc)
    # merge the Report column down over the PEEL rows
    top = t.rows[start].cells[0]
    merged = top.merge(t.rows[len(t.rows) - 1].cells[0])
    set_cell(merged, "PEEL 2023–25 (February 2024)", bold=True)
    title, txt, upd = D.MB08_NONPEEL
    r = t.add_row().cells
    set_cell(r[0], title, bold=True)
    set_cell(r[1], ["National recommendation:", txt])
    set_cell(r[2], upd)
    set_cell(r[3], "Closed")
    doc.add_paragraph("")
    doc.add_paragraph("Risk: the cause of concern carries a risk to public confidence and has been added to the "
                      "strategic risk register (risk SR14). HMICFRS will revisit in the autumn of 2024.")
    doc.save(os.path.join(DOCS, "mb08.docx"))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    mb01(); mb03(); mb08()
    print("docx written")
