"""lz07.docx and lz08.docx: Word copies that someone made by selecting a whole force page
in the browser and pasting it into Word, menu text and all (python-docx).

    /tmp/LZvenv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.shared import Pt

from chrome import official_names, short_name

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def para(doc, text, bold=False, size=None, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def lz07():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Copied from the HMICFRS website, 14/11/2017"
    for t in ["Skip to content", "HMICFRS", "Home", "About us", "Police forces"]:
        para(doc, t, size=9)
    # the pasted Police forces drop-down: every force's short name, one per line
    for n in official_names():
        para(doc, short_name(n), size=9)
    for t in ["Fire & rescue services", "Publications", "PEEL assessments", "News", "Contact us",
              "Home > PEEL assessments > PEEL 2017 > Merseyside"]:
        para(doc, t, size=9)
    doc.add_heading("Merseyside 2017", level=1)
    para(doc, "Read more about Merseyside")
    para(doc, "This is HMICFRS\u2019 fourth PEEL (police effectiveness, efficiency and legitimacy) "
              "assessment of Merseyside Police. PEEL is designed to give the public information about "
              "how their local police force is performing in several important areas, in a way that is "
              "comparable both across England and Wales, and year on year.")
    para(doc, "The extent to which the force is effective at keeping people safe and reducing crime is "
              "not yet graded.")
    para(doc, "The extent to which the force is efficient at keeping people safe and reducing crime is good.")
    para(doc, "The extent to which the force is legitimate at keeping people safe and reducing crime is good.")
    para(doc, "Gareth Penhaligon, Her Majesty\u2019s Inspector of Constabulary")
    para(doc, "Contact Gareth Penhaligon")
    doc.add_heading("HMI\u2019s observations", level=2)
    para(doc, "My overall assessment of Merseyside\u2019s performance will be published in spring 2018, "
              "once the effectiveness inspections have been published in March 2018.")
    doc.add_heading("How effective is the force at keeping people safe and reducing crime?", level=2)
    para(doc, "To be graded", bold=True)
    doc.add_heading("How efficient is the force at keeping people safe and reducing crime?", level=2)
    para(doc, "Last updated 09/11/2017", size=9)
    para(doc, "Good", bold=True)
    para(doc, "Merseyside Police is judged to be good in the efficiency with which it keeps people safe and "
              "reduces crime. Our overall judgment this year is the same as last year.")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Question", "Judgment"),
            ("How well does the force understand demand?", "Good"),
            ("How well does the force use its resources?", "Requires improvement"),
            ("How well is the force planning for demand in the future?", "Good")]
    for r, (a, b) in zip(t.rows, rows):
        r.cells[0].text, r.cells[1].text = a, b
    para(doc, "The force knows a great deal about the demand it faces, including demand that is less "
              "obvious, such as modern slavery. But it does not yet move its officers and staff to where "
              "that demand is greatest, and its investigation teams carry too many cases.")
    para(doc, "Areas for improvement", bold=True)
    para(doc, "Merseyside Police should review how it allocates officers and staff across its local "
              "policing teams, so that the number of investigations each holds is manageable.",
         style="List Bullet")
    para(doc, "Merseyside Police should make sure it has a clear picture of the skills of its workforce.",
         style="List Bullet")
    doc.add_heading("How legitimate is the force at keeping people safe and reducing crime?", level=2)
    para(doc, "Last updated 12/12/2017", size=9)
    para(doc, "Good", bold=True)
    para(doc, "Merseyside Police has been assessed as good in the legitimacy with which it keeps people safe "
              "and reduces crime. In last year\u2019s legitimacy inspection we also judged the force to be good.")
    para(doc, "The force is good at treating the people it serves with fairness and respect, and it is good "
              "at making sure that its workforce behaves ethically and lawfully. It is also good at treating "
              "its workforce with fairness and respect.")
    para(doc, "Area for improvement", bold=True)
    para(doc, "The force should make sure that all its supervisors are trained to deal with grievances "
              "quickly and fairly.", style="List Bullet")
    para(doc, "Related publications", bold=True)
    for x in ["PEEL: Police efficiency 2017 \u2013 Merseyside Police",
              "PEEL: Police legitimacy 2017 \u2013 Merseyside Police",
              "Merseyside Fire and Rescue Authority: written evidence"]:
        para(doc, x, style="List Bullet 2")
    para(doc, "Latest news", bold=True)
    para(doc, "Police forces must do more to understand the demand they face \u2013 9 November 2017")
    para(doc, "Greater Manchester Police not graded for legitimacy following Manchester Arena attack "
              "\u2013 12 December 2017")
    para(doc, "Our grades: outstanding, good, requires improvement, inadequate", size=9)
    para(doc, "\u00a9 HM Inspectorate of Constabulary and Fire & Rescue Services 2017 | Privacy | Cookies | "
              "Accessibility", size=9)
    out = os.path.join(DOCS, "lz07.docx")
    doc.save(out)
    print("wrote", out)


def lz08():
    doc = Document()
    for t in ["Skip to main content", "Cymraeg", "His Majesty\u2019s Inspectorate of Constabulary and Fire & "
              "Rescue Services", "Home  Police forces  Fire & rescue services  Publications  News  About us",
              "Police forces in Wales", "Dyfed-Powys", "Gwent", "North Wales", "South Wales",
              "Home / Publications / PEEL 2021/22: An inspection of North Wales Police"]:
        para(doc, t, size=9)
    doc.add_heading("PEEL 2021/22: Police effectiveness, efficiency and legitimacy \u2013 An inspection of "
                    "North Wales Police", level=1)
    para(doc, "Published on: 11 November 2022")
    para(doc, "Print this document    Download the report (PDF)    Darllenwch yn Gymraeg")
    doc.add_heading("Overall summary", level=2)
    doc.add_heading("Our judgments", level=3)
    para(doc, "Our inspection assessed how good North Wales Police is in ten areas of policing. We make a "
              "graded judgment in nine of these ten as follows:")
    t = doc.add_table(rows=10, cols=2)
    t.style = "Table Grid"
    rows = [("Area", "Grade"),
            ("Treatment of the public", "Good"),
            ("Preventing crime", "Outstanding"),
            ("Responding to the public", "Adequate"),
            ("Investigating crime", "Good"),
            ("Protecting vulnerable people", "Adequate"),
            ("Managing offenders", "Good"),
            ("Developing a positive workplace", "Good"),
            ("Good use of resources", "Good"),
            ("Recording data about crime", "Good")]
    for r, (a, b) in zip(t.rows, rows):
        r.cells[0].text, r.cells[1].text = a, b
    para(doc, "We also inspected how effective a service North Wales Police gives to victims of crime. "
              "This area has no graded judgment.")
    doc.add_heading("HM Inspector\u2019s observations", level=3)
    para(doc, "I am pleased with the performance of North Wales Police \u2013 Heddlu Gogledd Cymru \u2013 "
              "in keeping people safe and reducing crime. In our 2018/19 inspection we judged the force to "
              "be good at reducing crime and keeping people safe, and it has built on that work.")
    para(doc, "Its work to prevent crime is exceptional. Neighbourhood officers solve problems with "
              "councils and health boards, and the force checks which of its approaches work. It also works "
              "closely with Cheshire Constabulary and Merseyside Police on serious and organised crime.")
    para(doc, "The force needs to answer non-emergency calls more quickly, and it should do more to "
              "safeguard vulnerable people who are reported missing.")
    para(doc, "I am grateful to Chief Constable Amanda Blakeman, and to Assistant Chief Constable Sian Beck, "
              "for the help they gave us during the inspection.")
    para(doc, "Owain Treharne", bold=True)
    para(doc, "His Majesty\u2019s Inspector of Constabulary")
    doc.add_heading("Responding to the public", level=2)
    para(doc, "Adequate", bold=True)
    para(doc, "North Wales Police is adequate at responding to the public.")
    para(doc, "Areas for improvement", bold=True)
    para(doc, "The force should make sure it answers non-emergency calls promptly.", style="List Number")
    para(doc, "The force should make sure that repeat callers are identified when they contact the force, "
              "so that their needs can be assessed.", style="List Number")
    doc.add_heading("Protecting vulnerable people", level=2)
    para(doc, "Adequate", bold=True)
    para(doc, "North Wales Police is adequate at protecting vulnerable people.")
    para(doc, "Area for improvement", bold=True)
    para(doc, "The force should make sure that each missing person investigation is reviewed by a "
              "supervisor and that the risk to the person is reassessed throughout.", style="List Number")
    doc.add_heading("Related publications", level=2)
    for x in ["North Wales Fire and Rescue Service: Effectiveness, efficiency and people 2021/22",
              "PEEL 2021/22: An inspection of South Wales Police",
              "Police and crime commissioner response \u2013 North Wales"]:
        para(doc, x, style="List Bullet")
    para(doc, "Our grades: Outstanding, Good, Adequate, Requires improvement, Inadequate", size=9)
    para(doc, "\u00a9 His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services 2022 \u2013 "
              "Privacy \u2013 Cookies \u2013 Accessibility", size=9)
    out = os.path.join(DOCS, "lz08.docx")
    doc.save(out)
    print("wrote", out)


if __name__ == "__main__":
    lz07()
    lz08()
