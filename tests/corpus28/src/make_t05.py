"""t05.docx: a force's PEEL improvement plan (Nottinghamshire) with Word multi-level numbering
(numbers come from numbering.xml, not typed). python-docx;
/tmp/c28venv/bin/python make_t05.py  (run from src/)"""
import os

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from docxutil import header_text, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "t05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
header_text(doc.sections[0], "OFFICIAL \u2013 Nottinghamshire Police",
            "Force Improvement Plan v1.3 \u2013 owner: DCC")

# ---- a three-level numbering definition in numbering.xml --------------------------------
numbering = doc.part.numbering_part.element
ABS_ID, NUM_ID = "90", "91"
absn = OxmlElement("w:abstractNum")
absn.set(qn("w:abstractNumId"), ABS_ID)
mlt = OxmlElement("w:multiLevelType")
mlt.set(qn("w:val"), "multilevel")
absn.append(mlt)
for ilvl, (fmt, text, left) in enumerate([("decimal", "%1.", 426), ("decimal", "%1.%2", 993),
                                          ("lowerLetter", "(%3)", 1418)]):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(left))
    ind.set(qn("w:hanging"), "567" if ilvl else "426")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
# abstractNum elements must come before num elements
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)
num = OxmlElement("w:num")
num.set(qn("w:numId"), NUM_ID)
an = OxmlElement("w:abstractNumId")
an.set(qn("w:val"), ABS_ID)
num.append(an)
numbering.append(num)


def numbered(text, level, bold=False):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), NUM_ID)
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    r = p.add_run(text)
    r.bold = bold
    return p


doc.add_heading("Nottinghamshire Police\nPEEL 2023\u201325 Force Improvement Plan", level=0)
doc.add_paragraph("Version 1.3 \u2013 agreed at Force Improvement Board, 9 June 2025. "
                  "Plan owner: Deputy Chief Constable Owen Treharne.")

doc.add_heading("Introduction", level=1)
doc.add_paragraph(
    "HMICFRS published its PEEL 2023\u201325 report on Nottinghamshire Police on 10 April 2025. "
    "The force was graded good in two areas, adequate in four and requires improvement in two: "
    "investigating crime, and leadership and force management. There was no cause of concern. "
    "The report sets out eight areas for improvement, and this plan describes what we will do "
    "about each of them.")
doc.add_paragraph(
    "Chief Constable Priyanka Dhillon has asked every chief officer to own the actions in "
    "their portfolio. The plan will be reviewed monthly by the Force Improvement Board and "
    "quarterly by the Police and Crime Commissioner, Gideon Ashurst, at his Strategic "
    "Resources and Performance meeting. Actions are not closed until the evidence has been "
    "reviewed by the Inspection and Audit team.")
doc.add_paragraph(
    "Each area for improvement is set out below in the words of the report, with our actions "
    "beneath it. Owners and dates for each action are in the table at the end of the plan.")

doc.add_heading("Investigating crime", level=1)
numbered("The force should make sure that investigation plans are created and reviewed by "
         "supervisors for all crimes that are allocated for investigation.", 0)
numbered("Introduce a mandatory investigation plan field on Niche for all allocated crimes.", 1)
numbered("Train all sergeants and inspectors in the new supervisory review standard.", 1)
numbered("Dip sample 100 crimes a month and report compliance to the Investigation Standards Board.", 1)
numbered("The force should make sure that it obtains and records the views of victims before "
         "it finalises investigations using outcome 16.", 0)
numbered("Amend the outcome 16 finalisation screen so that it cannot be completed without "
         "a victim contact entry.", 1)
numbered("Publish guidance on the intranet and brief all investigators.", 1)
numbered("The force should improve the quality of the case files it submits to the Crown "
         "Prosecution Service, so that fewer are returned for further work.", 0)
numbered("Agree a joint file quality standard with CPS East Midlands.", 1)
numbered("Report file rejection rates by team each month:", 1)
numbered("to the Criminal Justice Board; and", 2)
numbered("to local policing area commanders.", 2)

doc.add_heading("Leadership and force management", level=1)
numbered("The force should make sure that its workforce plan reflects the skills it needs to "
         "meet future demand, including in digital investigation.", 0)
numbered("Complete a skills audit of all investigative roles.", 1)
numbered("Refresh the workforce plan for 2026 to 2029 using the audit.", 1)
numbered("The force should evaluate the benefits of its change programme so that it knows "
         "which changes have improved its service to the public.", 0)
numbered("Actions to be agreed at the July Force Improvement Board.", 1)

doc.add_heading("Protecting vulnerable people", level=1)
numbered("The force should make sure that officers complete a DASH risk assessment at every "
         "domestic abuse incident, and that supervisors check its quality.", 0)
numbered("Add a DASH completion check to the end-of-shift supervisor review.", 1)
numbered("The force should improve how it shares information about children at risk with "
         "local authority partners.", 0)
numbered("Review the information-sharing agreement with Nottingham City and Nottinghamshire "
         "County councils.", 1)

doc.add_heading("Responding to the public", level=1)
numbered("The force should make sure that call handlers give callers accurate advice about "
         "preserving evidence.", 0)
numbered("Include evidence preservation in the contact management refresher course.", 1)
numbered("Add a scripted prompt to the call-handling system.", 1)

doc.add_heading("Owners and dates", level=1)
rows = [
    ("1.1", "ACC Local Policing", "31 July 2025", "Complete"),
    ("1.2", "ACC Local Policing", "30 September 2025", "In progress"),
    ("1.3", "Head of Inspection and Audit", "Monthly from August 2025", "In progress"),
    ("2.1", "Head of Crime", "31 August 2025", "In progress"),
    ("2.2", "Head of Crime", "31 August 2025", "Not started"),
    ("3.1", "Head of Criminal Justice", "30 September 2025", "In progress"),
    ("3.2", "Head of Criminal Justice", "Monthly from July 2025", "Complete"),
    ("4.1", "Director of People", "31 October 2025", "In progress"),
    ("4.2", "Director of People", "31 March 2026", "Not started"),
    ("5.1", "Director of Finance", "To be set", "\u2013"),
    ("6.1", "ACC Local Policing", "31 August 2025", "In progress"),
    ("7.1", "Head of Public Protection", "31 December 2025", "In progress"),
    ("8.1", "Head of Contact Management", "30 September 2025", "Complete"),
    ("8.2", "Head of Contact Management", "31 October 2025", "In progress"),
]
t = doc.add_table(rows=1, cols=4)
t.style = "Table Grid"
for i, h in enumerate(["Action", "Owner", "Target date", "Status"]):
    set_cell(t.rows[0].cells[i], h, bold=True)
    shade(t.rows[0].cells[i], "DDEBF7")
repeat_header(t.rows[0])
for r in rows:
    row = t.add_row()
    for i, v in enumerate(r):
        set_cell(row.cells[i], v)
    shade(row.cells[3], {"Complete": "C6EFCE", "In progress": "FFEB9C",
                         "Not started": "FFC7CE"}.get(r[3], "FFFFFF"))

doc.add_heading("Governance", level=1)
doc.add_paragraph(
    "Progress is reported to the Commissioner each quarter and published in summary on his "
    "website. Good practice identified by the inspectorate, in the force\u2019s neighbourhood "
    "problem-solving, will be shared through the regional network. The Joint Audit and Scrutiny "
    "Panel will receive the plan in November 2025.")

doc.core_properties.author = "Inspection and Audit Team"
doc.save(OUT)
print("wrote", OUT)
