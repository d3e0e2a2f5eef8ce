"""Write docs/kz04.docx, kz06.docx and kz10.docx (python-docx). Run from src/."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

DOCS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")


def letterhead(doc, lines, footer):
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = lines
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = footer
    for r in fp.runs:
        r.font.size = Pt(8)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)


# ---------------------------------------------------------------- kz04 Engage letter
def kz04():
    doc = Document()
    letterhead(doc, "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services\n"
               "Justice Inspectorates, 4th Floor, Victoria Square House, Birmingham\n"
               "Email: contact@hmicfrs.gov.uk", "OFFICIAL")
    doc.add_paragraph("Tamsin Vardy\nHis Majesty's Inspector of Constabulary")
    doc.add_paragraph("Chief Constable Rachel Dunleavy\nDerbyshire Constabulary\nButterley Hall\nRipley\nDerbyshire")
    doc.add_paragraph("Copy to: Colm Arkwright, Police and Crime Commissioner for Derbyshire")
    doc.add_paragraph("2 July 2025")
    doc.add_paragraph("Dear Chief Constable,")
    p = doc.add_paragraph()
    p.add_run("PEEL 2023–25: Derbyshire Constabulary – move to the Engage phase of our monitoring process").bold = True
    doc.add_paragraph(
        "I am writing to you following the publication on 19 June 2025 of our PEEL 2023–25 inspection "
        "report on Derbyshire Constabulary. As you know, in that report we graded the force as requiring "
        "improvement at investigating crime, and we identified a cause of concern in that area of policing.")
    doc.add_paragraph(
        "HMICFRS monitors the performance of every police force in England and Wales. Most forces are "
        "monitored through our routine process, which we call Scan. Where we have concerns about a force’s "
        "performance, the Police Performance Oversight Group (PPOG) may decide that the force should be "
        "monitored more closely. The PPOG met on 26 June 2025 and considered our findings.")
    doc.add_paragraph(
        "I am writing to confirm that, following that meeting, the force will be monitored through our "
        "Engage process. The cause of concern that led to this decision reads as follows:")
    doc.add_paragraph(
        "Derbyshire Constabulary doesn’t investigate crime well enough. Investigations are often allocated "
        "to officers without the right training, supervision is inconsistent, and too many victims are not "
        "updated about their case.", style="Quote")
    doc.add_paragraph(
        "The report made three recommendations to address this cause of concern, with deadlines of six and "
        "nine months. I do not repeat them here. The force’s other grades, including its grades of good for "
        "police powers and public treatment and for building, supporting and protecting the workforce, are "
        "not affected by this decision.")
    doc.add_heading("What the Engage process involves", level=2)
    for t in [
        "The force will be asked to produce an improvement plan within 28 days of this letter.",
        "My staff will meet your lead officer, Assistant Chief Constable Hugh Penrose, at least once a month.",
        "We will revisit the force to assess its progress against the cause of concern, normally within nine months.",
        "I will report the outcome of the revisit to you and to the Police and Crime Commissioner in writing.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "The Engage process does not apply to Derbyshire Fire and Rescue Service, which we inspect separately "
        "and which is not affected by this letter. Nor does it change the arrangements for our joint "
        "inspection of custody, which will proceed as planned in the autumn.")
    doc.add_paragraph(
        "I recognise that the force has already begun work to improve its investigations, and I look forward to "
        "working with you. If you would like to discuss the contents of this letter, please contact my staff "
        "officer in the first instance.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Tamsin Vardy\nHis Majesty's Inspector of Constabulary")
    doc.save(os.path.join(DOCS, "kz04.docx"))


# ---------------------------------------------------------------- kz06 Cleveland revisit
def kz06():
    doc = Document()
    letterhead(doc, "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services\n"
               "Tel: 0300 071 6000 (switchboard)", "Accelerated cause of concern revisit – Cleveland Police – page ")
    doc.add_heading("Accelerated cause of concern revisit: Cleveland Police", level=1)
    doc.add_paragraph("Ewan Castlereagh, Her Majesty's Inspector of Constabulary")
    doc.add_paragraph("To: Acting Chief Constable Imogen Pask, Cleveland Police\n"
                      "Copy: Harold Tennant, Police and Crime Commissioner for Cleveland")
    doc.add_paragraph("5 August 2022")
    doc.add_paragraph("Dear Acting Chief Constable,")
    doc.add_paragraph(
        "In our PEEL 2021/22 inspection report on Cleveland Police, published on 27 January 2022, we "
        "graded the force as inadequate in six areas of policing, including responding to the public. We "
        "identified two causes of concern. This letter sets out the findings of our accelerated revisit to "
        "the first of them, which we carried out between 13 and 17 June 2022. We will revisit the second "
        "cause of concern, on protecting vulnerable people, later in the year.")
    doc.add_heading("The cause of concern", level=2)
    doc.add_paragraph(
        "The force doesn’t answer calls from the public quickly enough, and it doesn’t assess the risk to "
        "callers well enough to make sure that those who are most vulnerable get a prompt response.",
        style="Quote")
    doc.add_heading("Our findings against each recommendation", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Recommendation", "What we found", "Status"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    rows = [
        ("Within three months, the force should make sure that it has enough call handlers on each shift to "
         "answer emergency calls within the national standard.",
         "The force has recruited 34 additional call handlers, and in May 2022 it answered 88 percent of "
         "emergency calls within ten seconds. Non-emergency performance remains poor.",
         "Partly met"),
        ("Within three months, the force should introduce a structured risk assessment for all calls and make "
         "sure that call handlers are trained to use it.",
         "All call handlers have been trained in the THRIVE model, and we found it used in 46 of the 50 calls "
         "we listened to.",
         "Met"),
    ]
    for rec, found, status in rows:
        cells = t.add_row().cells
        set_cell(cells[0], rec)
        set_cell(cells[1], found)
        set_cell(cells[2], status, bold=True)
    note = t.add_row().cells
    merged = note[0].merge(note[2])
    set_cell(merged, "Both recommendations were made in the PEEL 2021/22 report. The force’s own account of its "
             "progress, supplied to us in May 2022, has not been reproduced here.", italic=True)
    doc.add_heading("Conclusion", level=2)
    doc.add_paragraph(
        "The force has made progress, and I am encouraged by the improvement in the time taken to answer "
        "emergency calls. However, the improvement is recent and not yet sustained, and I cannot yet "
        "conclude that the cause of concern has been fully addressed. We will return to this in our next "
        "inspection. The grade we gave the force for responding to the public will not change until we carry "
        "out a full PEEL inspection.")
    doc.add_paragraph(
        "The force will remain in the Engage phase of our monitoring process. I have written separately to "
        "the chief fire officer of Cleveland Fire Brigade about an unrelated matter.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Ewan Castlereagh\nHer Majesty's Inspector of Constabulary")
    doc.save(os.path.join(DOCS, "kz06.docx"))


# ---------------------------------------------------------------- kz10 Kent revisit
def kz10():
    doc = Document()
    letterhead(doc, "HMICFRS\n4th Floor, Victoria Square House, Birmingham", "OFFICIAL – Published on our website")
    p = doc.add_paragraph()
    p.add_run("Owain Thackeray\nChief Constable\nKent Police\nSutton Road\nMaidstone").bold = False
    doc.add_paragraph("Philippa Okonedo-Marsh\nHis Majesty's Inspector of Constabulary\n\n14 October 2025")
    doc.add_paragraph("Dear Owain,")
    doc.add_heading("Kent Police: accelerated cause of concern revisit – responding to the public", level=2)
    doc.add_paragraph(
        "Thank you for the help that you and your staff gave us during our revisit to the force on 15 to 19 "
        "September 2025. I am writing to set out what we found.")
    doc.add_paragraph(
        "In our PEEL 2023–25 report on Kent Police, published on 6 February 2025, we graded the force as "
        "requires improvement for responding to the public. We issued the following cause of concern:")
    doc.add_paragraph(
        "Kent Police isn’t answering emergency and non-emergency calls quickly enough, and it doesn’t always "
        "assess the risk to callers properly. This means that some vulnerable people may not get the help they "
        "need when they first contact the police.", style="Quote")
    doc.add_paragraph("We made the following recommendation:")
    doc.add_paragraph("Within six months, the force should:", style="Quote")
    for t in [
        "increase the number of trained call handlers so that it meets the national standard for answering "
        "emergency calls;",
        "make sure that call handlers use a structured process to assess risk and vulnerability for every "
        "call; and",
        "reduce the number of non-emergency calls that are abandoned before they are answered.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    labelled(doc, "Force response:",
             "The force told us that it had recruited 62 call handlers since February 2025, introduced a "
             "structured risk assessment in May 2025 and moved 101 calls to a call-back system in July 2025.")
    doc.add_heading("Our findings", level=2)
    doc.add_paragraph(
        "We found that the force has made good progress. In August 2025 it answered 84 percent of emergency "
        "calls within ten seconds, compared with 58 percent at the time of our inspection. Its abandonment rate "
        "for non-emergency calls has fallen to 12 percent. Call handlers are using the new risk assessment, "
        "although the quality of the recorded rationale varies. The force has not yet met the national "
        "standard, and the new call-back system needs time to bed in.")
    doc.add_paragraph(
        "I have concluded that the cause of concern has been partly addressed. The force will continue to be "
        "monitored through our usual processes, and we will return to this subject in our next PEEL "
        "inspection. Our grades, including the grade of adequate we gave the force for leadership and force "
        "management, remain as published.")
    doc.add_paragraph(
        "I am copying this letter to Bernadette Quayle, Kent Police and Crime Commissioner, and to the "
        "College of Policing, which is preparing national guidance on call handling that all chief constables "
        "will be expected to follow.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Philippa Okonedo-Marsh\nHis Majesty's Inspector of Constabulary")
    doc.save(os.path.join(DOCS, "kz10.docx"))


if __name__ == "__main__":
    kz04()
    kz06()
    kz10()
