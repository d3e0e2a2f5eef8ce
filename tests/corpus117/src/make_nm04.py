"""Build docs/nm04.docx: a chief constable's witness statement to a public inquiry, with
numbered paragraphs, an exhibit table of PEEL grades and a statement of truth. python-docx."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxutil import set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nm04.docx")
doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(12)
doc.sections[0].header.paragraphs[0].text = "Witness: J. Hale  |  Statement No: 1  |  Exhibits: JH/1-JH/9  |  Dated: 4 October 2024"


def centre(text, bold=True):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(text).bold = bold


def para(n, text):
    p = doc.add_paragraph()
    p.add_run("%d.\t" % n)
    p.add_run(text)
    return p


centre("THE MEADOWBANK INQUIRY")
centre("FIRST WITNESS STATEMENT OF JONATHAN HALE QPM")
centre("Chief Constable of Nottinghamshire Police", bold=False)
doc.add_paragraph()
doc.add_paragraph("I, Jonathan Hale, of Nottinghamshire Police Headquarters, Sherwood Lodge, Arnold, Nottingham, "
                  "WILL SAY as follows:")

doc.add_heading("A. Introduction", level=2)
para(1, "I make this statement in response to the Inquiry's request under rule 9 of the Inquiry Rules 2006 dated "
        "12 June 2024. The facts in this statement are within my own knowledge unless I say otherwise, in which "
        "case I give the source of my information and belief.")
para(2, "I have been Chief Constable of Nottinghamshire Police since 1 March 2022. Before that I was Deputy Chief "
        "Constable of Leicestershire Police. My predecessor, Chief Constable Harriet Mayne, led the force between "
        "2016 and 2022, and so was in post at the time of the events of 18 May 2021 that the Inquiry is examining.")

doc.add_heading("B. Inspection of the force before May 2021", level=2)
para(3, "The Inquiry has asked what the force knew about its ability to manage demand before the events of "
        "May 2021. I have reviewed the inspection reports published about the force since 2016 (exhibit JH/4).")
para(4, "In its 2016 efficiency inspection, Her Majesty's Inspectorate of Constabulary (HMIC) judged that the "
        "force required improvement in how efficiently it kept people safe and reduced crime. Within that, HMIC "
        "found the force's understanding of demand to be inadequate, although it judged that the force was using "
        "its resources well enough to be graded good on that question. I understand from the documents that "
        "the chief officer team at the time accepted those findings.")
para(5, "The force was not graded for efficiency again until 2018/19, by which time the inspectorate had become "
        "HMICFRS. I do not repeat those findings here, as the Inquiry already has that report.")

doc.add_heading("C. The 2021/22 PEEL inspection", level=2)
para(6, "HMICFRS inspected the force between November 2021 and February 2022 and published its report in "
        "July 2022. His Majesty's Inspector of Constabulary Roy Fairburn wrote to me before publication to say "
        "that he would be raising a cause of concern about how the force responds to the public. The grades are "
        "summarised in the table below, which I have taken from exhibit JH/6.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["PEEL 2021/22 area", "Grade"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9D9D9")
for area, grade in [
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Adequate"),
    ("Preventing crime and anti-social behaviour", "Good"),
    ("Managing offenders and suspects", "Adequate"),
    ("Providing a service to the victims of crime", "Not graded"),
]:
    cells = t.add_row().cells
    set_cell(cells[0], area)
    set_cell(cells[1], grade)
doc.add_paragraph("(The inspectorate's scale runs from outstanding through good, adequate and requires improvement "
                  "to inadequate. The other areas of the report are not relevant to this statement.)")

para(7, "The cause of concern read as follows:")
q = doc.add_paragraph("The force does not answer enough emergency and non-emergency calls within the national "
                      "standards, and it does not always identify callers who are vulnerable or at risk of harm "
                      "when it first takes their call.", style="Quote")
para(8, "HMICFRS made two recommendations to address it:")
doc.add_paragraph("Within six months, the force should make sure that it has enough trained call handlers on "
                  "every shift to meet the national standards for answering 999 and 101 calls.", style="List Bullet")
doc.add_paragraph("Within six months, the force should make sure that its call handlers use a structured "
                  "assessment to identify the risk to every caller, and that the result is recorded.",
                  style="List Bullet")

doc.add_heading("D. What the force has done since", level=2)
para(9, "Since the report, the force has recruited 46 additional call handlers and introduced a new shift "
        "pattern in the contact management centre. In the twelve months to August 2024, 91 per cent of 999 calls "
        "were answered within ten seconds. Structured risk assessment has been used on every call since "
        "January 2023, and compliance is reviewed monthly by the Deputy Chief Constable. HMICFRS revisited the "
        "force in 2023 and closed the cause of concern.")
para(10, "I should add, for completeness, that Nottinghamshire Fire and Rescue Service, with whom the force shares "
         "a headquarters site, was separately judged good by HMICFRS for its response to emergencies. That "
         "inspection has no bearing on the force's call handling.")

doc.add_heading("Statement of truth", level=2)
doc.add_paragraph("I believe that the facts stated in this witness statement are true. I understand that proceedings "
                  "may be brought against anyone who makes, or causes to be made, a false statement in a document "
                  "verified by a statement of truth without an honest belief of its truth.")
doc.add_paragraph("Signed: Jonathan Hale\nDated: 4 October 2024")
doc.save(OUT)
print("wrote", OUT)
