"""o08.docx: Norfolk Constabulary's PEEL 2023-25 response and improvement plan. Its list
numbers (1, 1.1, a)) come from numbering.xml, not from the text; a recommendation's lead-in
has lettered sub-items; header and footer name the force."""
import os
from docx import Document
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm
from docxutil import a4

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
a4(doc.sections[0])
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Norfolk Constabulary\tPEEL 2023–25 Response and Improvement Plan\tOFFICIAL"
sec.footer.paragraphs[0].text = "Norfolk Constabulary · Improvement Plan v1.2 · June 2025"

# one multi-level list: 1. / 1.1 / a)
numbering = doc.part.numbering_part.element
ABS = 90
abstract = parse_xml(
    '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1.%%2"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="992" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%3)"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1418" w:hanging="426"/></w:pPr></w:lvl>'
    '</w:abstractNum>' % (nsdecls("w"), ABS))
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(abstract)
else:
    numbering.append(abstract)
NUM = 77
numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>'
                           % (nsdecls("w"), NUM, ABS)))


def item(text, level, bold=False):
    p = doc.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>'
                      % (nsdecls("w"), level, NUM))
    ppr.append(numpr)
    r = p.add_run(text)
    r.bold = bold
    return p


def body(text, indent_mm=17.5, label=None, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Mm(indent_mm)
    if label:
        p.add_run(label).bold = True
        p.add_run(" ")
    r = p.add_run(text)
    r.italic = italic
    return p


doc.add_heading("PEEL 2023–25: Response and Improvement Plan", level=0)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services published its PEEL 2023–25 "
    "report on Norfolk Constabulary on 15 May 2025. The inspectorate graded the constabulary good for "
    "police powers and public treatment, preventing crime, managing offenders and suspects, and "
    "building, supporting and protecting the workforce. It graded us adequate for responding to the "
    "public and for leadership and force management, and it found that we require improvement in "
    "investigating crime and in protecting vulnerable people.")
doc.add_paragraph(
    "Protecting vulnerable people was graded good in the 2021/22 inspection, so this is a fall that we "
    "take very seriously. In the same inspection our use of resources was graded requires improvement; "
    "the inspectors have recognised the progress we have made with our partners in Suffolk Constabulary "
    "since then.")
doc.add_paragraph(
    "This plan sets out our response to the cause of concern, its recommendations and the areas for "
    "improvement. Chief Constable Bernard Quayle-Ashton owns the plan, and Assistant Chief Constable "
    "Hugo Penhaligon chairs the monthly Improvement Board. Police and Crime Commissioner Rosalind "
    "Tebbutt-Okafor will scrutinise our progress at her quarterly accountability meetings.")

item("Cause of concern: protecting vulnerable people", 0, bold=True)
body("The constabulary does not identify and respond to risk effectively when children go missing or are "
     "at risk of exploitation, and this leaves some children at risk of harm.", italic=True)
item("Within six months, the constabulary should improve its response to children who go missing or are "
     "at risk of exploitation. It should:", 1)
item("make sure that every report of a missing child is risk assessed and that the assessment is "
     "reviewed by a supervisor;", 2)
item("share information about children at risk of exploitation with partner agencies on the day it "
     "is received; and", 2)
item("make sure that officers understand the links between children going missing and their "
     "exploitation.", 2)
body("A new missing persons policy took effect on 2 June 2025. Every report of a missing child is now "
     "reviewed by a sergeant within two hours, and the Missing and Exploited Children team has grown "
     "from six to eleven officers. Training for all frontline officers will be complete by September.",
     label="Our response:")
item("Within six months, the constabulary should make sure that its multi-agency safeguarding hub has "
     "enough trained staff to assess every referral without delay.", 1)
body("Eight posts have been added to the hub, and the referral backlog fell from 420 in March to 96 at "
     "the end of May. A daily dashboard now shows the age of every outstanding referral.",
     label="Our response:")

item("Areas for improvement", 0, bold=True)
body("Investigating crime", label=None, indent_mm=17.5).runs[0].bold = True
item("The constabulary should make sure that investigations are allocated to officers and staff with the "
     "right skills, and that supervisors review them at regular intervals.", 1)
body("Crime allocation has been centralised since April 2025. Supervisory reviews are audited monthly; "
     "the May audit found 88% compliance.", label="Our response:")
item("The constabulary should improve the information it gives victims when it decides to close their "
     "investigation.", 1)
body("To be agreed at the Improvement Board in July 2025.", label="Our response:")
body("Responding to the public", indent_mm=17.5).runs[0].bold = True
item("The constabulary should reduce the time that callers wait for their non-emergency calls to be "
     "answered, particularly in the evening.", 1)
body("Twelve call handlers finished training in May, and an online reporting option for non-urgent "
     "crime was launched on 19 May.", label="Our response:")
body("Leadership and force management", indent_mm=17.5).runs[0].bold = True
item("The constabulary should improve its understanding of the demand it will face in future by:", 1)
item("completing its demand modelling for public protection; and", 2)
item("agreeing with Suffolk Constabulary how their shared services will meet that demand.", 2)
body("The public protection demand model will be complete in August. The joint Norfolk and Suffolk "
     "Collaboration Board will agree service levels for shared services in October.",
     label="Our response:")

item("Governance", 0, bold=True)
item("Progress against this plan will be reported to the Police and Crime Commissioner’s accountability "
     "meeting every quarter, and to the Joint Audit Committee in November 2025.", 1)
item("The plan will be published on the constabulary’s website. Good practice identified by the "
     "inspectorate, including our rural crime partnership, will be shared through the regional network.", 1)
doc.save(os.path.join(HERE, "..", "docs", "o08.docx"))
