"""Write docs/np02.docx (notes pages), docs/np07.docx (handout, notes next to slides) and
docs/np10.docx (outline sent to Word) with python-docx.   /tmp/npvenv/bin/python make_docx.py"""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def borders(table):
    tbl_pr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "8"); e.set(qn("w:color"), "808080")
        b.append(e)
    tbl_pr.append(b)


def header(doc, text):
    doc.sections[0].header.paragraphs[0].text = text


def slide_box(doc, title, lines, foot):
    t = doc.add_table(rows=1, cols=1)
    borders(t)
    c = t.cell(0, 0)
    p = c.paragraphs[0]
    r = p.add_run(title); r.bold = True; r.font.size = Pt(16)
    for ln in lines:
        q = c.add_paragraph(ln)
    f = c.add_paragraph(foot)
    f.runs[0].font.size = Pt(8)


# ------------------------------------------------------------------ np02 Lancashire, Legitimacy 2017
doc = Document()
header(doc, "OFFICIAL")
doc.add_heading("PEEL Legitimacy 2017 \u2013 staff roadshow", level=1)
doc.add_paragraph("Notes pages for presenters. Prepared by Corporate Development, December 2017.")
FOOT = "Lancashire Constabulary | Staff roadshow | December 2017 | Official | %d"
slides = [
    ("PEEL 2017: Legitimacy", ["How the inspectorate sees us \u2013 and what happens next",
                               "Staff roadshow \u00b7 Hutton HQ \u00b7 Dec 2017"],
     ["Welcome, everyone. The session takes about twenty minutes. It covers the legitimacy report that "
      "HMICFRS published on 12 December, what it said about us, and what we are asking of each of you."]),
    ("What is legitimacy?", ["\u2022 Fair treatment \u2013 public", "\u2022 Ethical & lawful \u2013 workforce",
                             "\u2022 Fair treatment \u2013 workforce", "\u2022 Graded O / G / RI / I"],
     ["Legitimacy is one of the three PEEL pillars, alongside effectiveness and efficiency. The inspectorate "
      "answers three questions and grades each one as outstanding, good, requires improvement or inadequate. "
      "On the slide those appear as O, G, RI and I. Leadership is reported on as well, but it is not graded."]),
    ("Our grades", ["\u2022 Overall: Good", "\u2022 Fair treatment of public \u2013 Good",
                    "\u2022 Ethical & lawful workforce \u2013 RI", "\u2022 Fair treatment of workforce \u2013 Good",
                    "\u2022 2016: Good"],
     ["The headline is that we are still a good force for legitimacy. We were judged good last year as "
      "well, so the picture is consistent. Two of the three questions are good. The one that requires "
      "improvement is about making sure our workforce behaves ethically and lawfully, and the main reason "
      "is vetting."]),
    ("Ethical & lawful \u2013 RI", ["\u2022 Vetting backlog \u2013 approx. 1,100 renewals",
                                    "\u2022 Abuse of position for sexual purpose \u2013 AFI",
                                    "\u2022 CoC \u2013 none", "\u2022 CCU capacity"],
     ["The report gave us three areas for improvement in total, and two of them sit under this question. "
      "In the report\u2019s words:",
      ("Q", T.NP02_AFI1),
      "Where we are now: a vetting team of fourteen starts in January, and the renewals backlog will be "
      "cleared by September 2018. ACC Terry Woods is the lead.",
      ("Q", T.NP02_AFI2),
      "Where we are now: the counter-corruption unit has two extra analysts, and a new intelligence "
      "assessment process began in November. We share good practice through the North West network, which "
      "includes Cumbria Constabulary."]),
    ("Fair treatment \u2013 workforce", ["\u2022 Wellbeing \u2013 strong", "\u2022 Grievances \u2013 trusted",
                                          "\u2022 PDR \u2013 inconsistent (AFI)"],
     ["This question was graded good. The third area for improvement sits here:", ("Q", T.NP02_AFI3)]),
    ("What the HMI said", ["\u201cOfficers treat people with respect\u201d", "\u201cVetting needs grip\u201d"],
     ["Mike Cunningham, HM Inspector of Constabulary, told the chief officers that he was impressed by the "
      "way our officers deal with the public, and particularly by our use of body-worn video. He was just "
      "as clear that vetting needs more grip."]),
    ("What we need from you", ["\u2022 Vetting forms \u2013 on time", "\u2022 Declare associations",
                               "\u2022 PDRs by 31 March"],
     ["Please return vetting forms when you are asked for them, declare any notifiable associations, and "
      "complete your PDR by the end of March. Chief Constable Andy Rhodes and the Police and Crime "
      "Commissioner, Clive Grunshaw, will both attend the Preston session."]),
    ("Questions?", [], ["Take questions for about five minutes. Anything we cannot answer goes on the "
                        "roadshow log."]),
]
for n, (title, lines, notes) in enumerate(slides, start=1):
    p = doc.add_paragraph()
    p.add_run("Slide %d" % n).bold = True
    slide_box(doc, title, lines, FOOT % n)
    doc.add_paragraph("Speaker notes", style="Heading 3")
    for item in notes:
        if isinstance(item, tuple):
            doc.add_paragraph(item[1], style="Quote")
        else:
            doc.add_paragraph(item)
    if n < len(slides):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
doc.save(os.path.join(DOCS, "np02.docx"))

# ------------------------------------------------------------------ np07 Bedfordshire, Effectiveness 2016
doc = Document()
header(doc, "Bedfordshire Police and Crime Panel \u2013 21 March 2017 \u2013 Item 7")
doc.add_heading("HMIC PEEL Effectiveness 2016 \u2013 presentation handout", level=1)
doc.add_paragraph("Slides with the presenter\u2019s notes, as circulated to Panel members after the meeting.")
rows = [
    ("PEEL Effectiveness 2016\nBedfordshire Police\nChief Constable Jon Boutcher\nPolice and Crime Panel, 21 March 2017",
     "The Chief Constable introduced the presentation. He explained that it covered the effectiveness "
     "report only; the efficiency and legitimacy reports had been discussed at the Panel in December."),
    ("Headlines\nOverall: Requires improvement\n2015: Requires improvement\n1 CoC \u00b7 3 recs \u00b7 5 AFIs",
     "HMIC published the report on 2 March 2017. The force was judged to require improvement, which was "
     "also its overall grade in 2015. There is one cause of concern, with three recommendations, and five "
     "areas for improvement."),
    ("Question grades\nPreventing crime & ASB \u2013 Good\nInvestigating crime \u2013 RI\n"
     "Protecting vulnerable people \u2013 RI\nSOC \u2013 Good\nSpecialist capabilities \u2013 not graded",
     "RI on this slide stands for requires improvement. The force is good at preventing crime and at "
     "tackling serious and organised crime. Specialist capabilities were inspected but HMIC did not grade "
     "them this year."),
    ("Cause of concern\n" + T.NP07_COC,
     "Since the inspection the force has added a second control room supervisor on every shift and "
     "introduced a vulnerability flag on the command and control system."),
    ("Recommendations\n1. " + T.NP07_REC1 + "\n2. " + T.NP07_REC2 + "\n3. " + T.NP07_REC3,
     "Progress: recommendation 1 was completed in January, when the call grading policy was rewritten. "
     "Recommendation 2 is in place in the control room. Recommendation 3 depends on the recruitment of "
     "sixty officers in 2017/18."),
    ("Areas for improvement\n" + T.NP07_AFI1 + "\n" + T.NP07_AFI2 + "\n3 further AFIs \u2013 see action plan",
     "A burglary and vehicle crime team started work in Luton in February in response to the first of "
     "these. Deputy Chief Constable Mark Collins chairs the action plan board."),
    ("Collaboration\nBCH: Bedfordshire, Hertfordshire, Cambridgeshire\nJoint protective services\n"
     "Bedfordshire Fire and Rescue Service \u2013 shared estate",
     "Many specialist functions are shared with Hertfordshire Constabulary and Cambridgeshire "
     "Constabulary. Fire service collaboration is at an early stage."),
    ("Questions?",
     "The Police and Crime Commissioner, Kathryn Holloway, said she would report progress against the "
     "cause of concern to every Panel meeting. Zo\u00eb Billingham, HM Inspector of Constabulary, had "
     "presented the findings to chief officers in February."),
]
t = doc.add_table(rows=1, cols=3)
borders(t)
hdr = t.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "Slide", "Slide content", "Notes"
for n, (slide, notes) in enumerate(rows, start=1):
    cells = t.add_row().cells
    cells[0].text = str(n)
    lines = slide.split("\n")
    cells[1].text = ""
    r = cells[1].paragraphs[0].add_run(lines[0]); r.bold = True
    for ln in lines[1:]:
        cells[1].add_paragraph(ln)
    cells[2].text = notes
doc.save(os.path.join(DOCS, "np07.docx"))

# ------------------------------------------------------------------ np10 Derbyshire, Legitimacy 2016 (outline)
doc = Document()
header(doc, "OFFICIAL")
outline = [
    ("PEEL Legitimacy 2016 \u2013 Derbyshire Constabulary",
     ["Strategic Governance Board", "Chief Constable Peter Goodman",
      "Hosted by Police and Crime Commissioner Hardyal Dhindsa", "20 December 2016"]),
    ("Contents", ["HMIC PEEL history", "Legitimacy 2016 grades", "AFIs", "Progress", "Partners",
                  "Questions"]),
    ("HMIC PEEL history", ["2014 \u2013 Efficiency: Good",
                           "2015 \u2013 Efficiency: Good; Effectiveness: Good; Legitimacy: Good",
                           "2016 \u2013 Efficiency: Good; Legitimacy: Good; Effectiveness: due March 2017"]),
    ("Legitimacy 2016 \u2013 question grades",
     ["Treating the public fairly and respectfully: Good", "Ethical and lawful workforce: Good",
      "Treating the workforce fairly and respectfully: Requires improvement",
      "Leadership \u2013 narrative only"]),
    ("AFIs", ["Workforce", ("2", T.NP10_AFI1), ("2", T.NP10_AFI2), "Public", ("2", T.NP10_AFI3)]),
    ("Progress since publication", ["AFI 1 \u2013 grievance policy relaunched, Nov 2016",
                                    "AFI 2 \u2013 talent scheme open to staff as well as officers",
                                    "Staff survey \u2013 Feb 2017"]),
    ("Partners", ["EMSOU \u2013 with Leicestershire Police, Nottinghamshire Police, Lincolnshire Police "
                  "and Northamptonshire Police",
                  "Derbyshire Fire & Rescue Service \u2013 joint HQ at Butterley Hall"]),
    ("Questions?", []),
]
for title, items in outline:
    doc.add_heading(title, level=1)
    for it in items:
        if isinstance(it, tuple):
            doc.add_paragraph(it[1], style="List Bullet 2")
        else:
            doc.add_paragraph(it, style="List Bullet")
doc.save(os.path.join(DOCS, "np10.docx"))
print("wrote np02.docx np07.docx np10.docx")
