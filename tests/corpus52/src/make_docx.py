"""Write kw07.docx and kw08.docx (python-docx 1.2.0 in a throwaway venv).

    /tmp/kw52venv/bin/python src/make_docx.py

In the strings below "~" marks an optional hyphen: it is written as Word writes one, a
<w:softHyphen/> element inside the run. "\u00a0" is a no-break space inside <w:t>.
Headings are deliberately split over several runs, as Word splits them after edits.
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
NB = "\u00a0"


def add_text(p, text, bold=False, italic=False):
    """Add text to paragraph p as one run; '~' becomes a <w:softHyphen/>."""
    run = p.add_run()
    run.bold = bold
    run.italic = italic
    r = run._r
    parts = text.split("~")
    for k, part in enumerate(parts):
        if part:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = part
            r.append(t)
        if k < len(parts) - 1:
            r.append(OxmlElement("w:softHyphen"))
    return run


def para(doc, text="", style=None, bold=False):
    p = doc.add_paragraph(style=style)
    if text:
        add_text(p, text, bold=bold)
    return p


def split_heading(doc, pieces, level=1):
    """A heading whose text is spread over several runs with different formatting."""
    h = doc.add_heading("", level=level)
    for k, piece in enumerate(pieces):
        run = add_text(h, piece)
        if k % 2:
            run.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return h


def labelled(doc, label, text):
    p = doc.add_paragraph()
    add_text(p, label, bold=True)
    add_text(p, " " + text)
    return p


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    add_text(cell.paragraphs[0], text, bold=bold)


def table(doc, rows, header_fill="1F3A5F"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.cell(i, j), val, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "D9E2F3")
    return t


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------------------------------
def kw07():
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    header_footer(doc, "OFFICIAL", "Office of the Police, Fire and Crime Commissioner for North Yorkshire \u2013 Response to HMICFRS PEEL 2023\u201325 \u2013 page 1 of 3")
    split_heading(doc, ["Res", "ponse to the PEEL 2023", "\u201325 inspec", "tion of North York", "shire Police"], 1)
    table(doc, [
        ["Report", "PEEL 2023\u201325: An inspection of North Yorkshire Police"],
        ["Published", "6 February 2025"],
        ["Commissioner", "Marianne Eskdale, Police, Fire and Crime" + NB + "Commissioner"],
        ["Response due", "3 April 2025 (56 days after publication)"],
    ])
    para(doc, "")
    split_heading(doc, ["Commis", "sioner\u2019s ", "introduction"], 2)
    para(doc, "Under section 55 of the Police Act 1996 I must respond to every report His "
              "Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services publishes "
              "about North Yorkshire Police. This is my response to the PEEL 2023\u201325 report, "
              "and it includes the force\u2019s update on each area for improvement.")
    para(doc, "I asked Chief" + NB + "Constable Tobias Renwick to give me a written account of "
              "the action the force has taken since the report was published. His account is "
              "summarised under each area below. I am grateful to His Majesty\u2019s Inspector of "
              "Constabulary, Lucinda Garwood, and her team for a thorough and fair inspection.")
    para(doc, "The report makes four areas for improvement. It makes no recommendations and "
              "raises no cause of concern. I note that North Yorkshire Fire and Rescue Service was "
              "graded requires improvement for its own prevention work in 2023; that is the subject "
              "of a separate response and is not covered here.")
    split_heading(doc, ["The inspec", "torate\u2019s grades"], 2)
    table(doc, [
        ["Area of policing", "Grade"],
        ["Police powers and public treatment", "Good"],
        ["Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Adequate"],
        ["Responding to the public", "Requires" + NB + "improvement"],
        ["Investigating crime", "Requires" + NB + "improvement"],
        ["Protecting vulnerable people", "Adequate"],
        ["Managing offenders and suspects", "Good"],
        ["Building, supporting and protecting the workforce", "Adequate"],
        ["Leadership and force management", "Requires" + NB + "improvement"],
        ["Crime data integrity", "Good"],
        ["Victim service assessment", "Not graded"],
    ])
    para(doc, "")
    para(doc, "The force has also shared good practice on offender management with Cleveland "
              "Police and Durham Constabulary through the regional collaboration board.")
    split_heading(doc, ["Areas for ", "improve", "ment and the force\u2019s update"], 2)

    afis = [
        ("Responding to the public",
         "The force should make sure that it answers non-emergency calls promptly, and that "
         "callers who hang up before their call is answered are called back when there is a "
         "risk to them.",
         "A call-back team started in the force control room on 3 March. Answer times for "
         "101 calls are reported weekly to the chief officer group."),
        ("Investigating crime",
         "The force should make sure that every investigation has a plan that a super~visor "
         "has set and that is reviewed at regular intervals.",
         "An inves~tigation plan template is now mandatory on the crime system, and "
         "supervisors receive a daily list of crimes without one."),
        ("Investigating crime",
         "The force should make sure that it seeks the views of victims before it closes an "
         "investigation that has no suspect, and that it records those views on the crime record.",
         None),
        ("Leadership and force management",
         "The force should develop a better understanding of its future demand and of the skills "
         "and capacity of its workforce, so that it can plan and finance the changes it needs to make.",
         "A demand and capacity review is under way with an external partner and will report "
         "to the Commissioner\u2019s Executive Board in July 2025."),
    ]
    for n, (area, afi, upd) in enumerate(afis, 1):
        para(doc, "Area for improvement %d \u2013 %s" % (n, area), bold=True)
        add_text(doc.add_paragraph(style="Intense Quote"), afi)
        if upd:
            labelled(doc, "Force update:", upd)
        else:
            labelled(doc, "Commissioner\u2019s comment:", "The force has not yet given me an update on "
                     "this area. I will ask for one at my next public accountability meeting.")
    split_heading(doc, ["Conclu", "sion"], 2)
    para(doc, "I am satisfied that the force understands what it must do. My office will check "
              "progress every quarter and publish the results.")
    para(doc, "Marianne Eskdale")
    para(doc, "Police, Fire and Crime Commissioner for North Yorkshire")
    para(doc, "27 March 2025")
    doc.core_properties.author = "OPFCC Policy Team"
    doc.core_properties.title = "S55 response PEEL 2023-25 (draft v4)"
    doc.save(os.path.join(DOCS, "kw07.docx"))


# ---------------------------------------------------------------------------------------
def kw08():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    header_footer(doc, "West Midlands Police and Crime Panel \u2013 14 November 2022",
                  "Agenda item 7 \u2013 Page 1")
    p = para(doc, "Agenda item 7", bold=True)
    table(doc, [
        ["Meeting", "West Midlands Police and Crime Panel"],
        ["Date", "14 November 2022"],
        ["Report of", "Police and Crime Commissioner"],
        ["Subject", "HMICFRS PEEL 2021/22 \u2013 cause of concern and areas for improvement"],
        ["Status", "For information and scrutiny"],
    ])
    para(doc, "")
    split_heading(doc, ["PEEL 2021/22 inspec", "tion of West Mid", "lands Police: progress report"], 1)
    split_heading(doc, ["1. Purpose of the ", "report"], 2)
    para(doc, "1.1 This report updates the Panel on the force\u2019s progress since His Majesty\u2019s "
              "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
              "PEEL 2021/22 report on West Midlands Police on 22 September 2022.")
    para(doc, "1.2 The report was presented to the Commissioner, Owen Featherby, and to Chief"
              + NB + "Constable Rashida Colebrook at the Strategic Policing and Crime Board in October. "
              "The Deputy Chief Constable, Marcus Eledu, is the chief officer lead for the "
              "improvement plan.")
    split_heading(doc, ["2. The inspec", "torate\u2019s grades"], 2)
    para(doc, "2.1 HM Inspector of Constabulary Wendell Okafor led the inspection. The grades "
              "were:")
    table(doc, [
        ["Area", "Grade 2021/22"],
        ["Treatment of the public", "Adequate"],
        ["Preventing crime and anti-social behaviour", "Good"],
        ["Responding to the public", "Inadequate"],
        ["Investigating crime", "Requires" + NB + "improvement"],
        ["Protecting vulnerable people", "Requires" + NB + "improvement"],
        ["Managing offenders and suspects", "Adequate"],
        ["Disrupting serious organised crime", "Good"],
        ["Developing a positive workplace", "Adequate"],
        ["Good use of resources", "Requires" + NB + "improvement"],
        ["Recording data about crime", "Adequate"],
        ["Providing a service to the victims of crime", "Not graded"],
    ])
    para(doc, "")
    para(doc, "2.2 The Panel will recall that the 2018/19 inspection did not grade the force on "
              "this scale. West Midlands Fire Service\u2019s own inspection, which rated it good "
              "at preventing fires, is reported to the Fire Authority and not to this Panel.")
    split_heading(doc, ["3. Cause of ", "con", "cern"], 2)
    para(doc, "Cause of concern", bold=True)
    add_text(doc.add_paragraph(style="Intense Quote"),
             "West Midlands Police isn\u2019t answering emergency and non-emergency calls quickly "
             "enough, and it doesn\u2019t always assess the risk to callers when it does answer them.")
    labelled(doc, "Force update:", "Sixty additional call handlers have been recruited, and the "
             "first 25 started taking calls on 31 October. Average 999 answer time in October "
             "was 14 seconds.")
    para(doc, "3.1 HMICFRS made two recommendations to address the cause of concern:")
    table(doc, [
        ["Ref", "Recommendation", "Force update", "PCC assessment"],
        ["R1", "Within three months, the force should make sure that call handlers complete a "
               "struc~tured risk assessment for every call for service and record its outcome on "
               "the incident log.",
         "THRIVE+ assessment built into the incident log; completion rate 93% in October.",
         "On track"],
        ["R2", "Within six months, the force should increase the number of call handlers so that "
               "it can answer 90 percent of emergency calls within ten seconds.",
         "Recruitment complete; training of the final cohort ends in December.",
         "On track"],
    ])
    para(doc, "")
    split_heading(doc, ["4. Areas for improve", "ment"], 2)
    para(doc, "4.1 The report also contains the following areas for improvement. The force\u2019s "
              "update follows each one.")
    afis = [
        ("Investigating crime",
         "The force should make sure that victims are given an explanation when they decide not "
         "to support an investigation, and that the decision is recorded.",
         "A new closure letter explains the decision to the victim. Compliance will be audited "
         "in January 2023."),
        ("Protecting vulnerable people",
         "The force should improve how it shares information with partner agencies about "
         "children who go missing from home repeat~edly.",
         "A missing-from-home co-ordinator now attends every local safeguarding hub."),
        ("Good use of resources",
         "The force should develop a better under~standing of the demand it faces, so that its "
         "workforce plan matches the skills it needs.",
         None),
    ]
    for area, afi, upd in afis:
        para(doc, area, bold=True)
        add_text(doc.add_paragraph(style="List Bullet"), afi)
        if upd:
            labelled(doc, "Force update:", upd)
        else:
            labelled(doc, "Note:", "The force will report on this area to the Panel in February 2023.")
    split_heading(doc, ["5. Recommen", "dation to the Panel"], 2)
    para(doc, "5.1 The Panel is asked to note the report and the progress made.")
    para(doc, "Contact officer: Head of Policy and Scrutiny, Office of the Police and Crime "
              "Commissioner")
    doc.save(os.path.join(DOCS, "kw08.docx"))


if __name__ == "__main__":
    kw07()
    kw08()
    print("wrote kw07.docx kw08.docx")
