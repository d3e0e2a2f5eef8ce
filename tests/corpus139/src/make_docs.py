"""Write docs/oj01.docx ... docs/oj10.docx (python-docx 1.2 + raw XML from docxutil.py).

    /tmp/c139venv/bin/python src/make_docs.py
"""
import datetime
import os

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Pt

from content import S
from docxutil import (add_del, add_ins, add_numbering, add_run, add_textbox, add_toc,
                      footnote_ref, labelled, repeat_header, sdt_inline, set_cell, set_num,
                      shade, write_footnotes)

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
DT = datetime.datetime(2025, 3, 20, 10, 0, 0)


def new_doc(header, footer):
    d = Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    s = d.sections[0]
    s.header.paragraphs[0].text = header
    s.footer.paragraphs[0].text = footer
    return d


def landscape(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return sec


def portrait(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    return sec


def table(doc, rows, header_rows=1, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                set_cell(t.cell(i, j), v, bold=i < header_rows)
    for i in range(header_rows):
        repeat_header(t.rows[i])
        for c in t.rows[i].cells:
            shade(c, "D9E2F3")
    return t


def vmerge(t, col, r0, r1, text):
    c = t.cell(r0, col).merge(t.cell(r1, col))
    set_cell(c, text)
    return c


def hmerge(t, row, c0, c1, text, bold=False):
    c = t.cell(row, c0).merge(t.cell(row, c1))
    set_cell(c, text, bold=bold)
    return c


def save(doc, name, footnotes=None):
    path = os.path.join(DOCS, name)
    doc.save(path)
    if footnotes:
        write_footnotes(path, footnotes)
    print("wrote", path)


# --------------------------------------------------------------------------- oj01
def oj01():
    d = new_doc("OFFICIAL", "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight")
    multi = add_numbering(d, [("decimal", "%1.", 425), ("lowerLetter", "%2)", 850)])
    d.add_heading("PCC and Force Response to HMICFRS PEEL: Police Effectiveness 2017", 0)
    d.add_paragraph("Hampshire Constabulary")
    d.add_heading("Contents", 1)
    add_toc(d, [("1. Introduction", 1), ("2. The inspection findings", 1), ("3. Areas for improvement and the force's response", 2)])
    d.add_heading("Introduction", 1)
    p = d.add_paragraph("Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
                        "published its 2017 effectiveness report on Hampshire Constabulary on 22 March 2018.")
    footnote_ref(p, 1)
    add_textbox(p, [("Overall effectiveness 2017", True), ("Good", True), ("Grading published March 2018", False)])
    d.add_paragraph("Police and Crime Commissioner Gareth Ellingham invited Chief Constable Olivia Marchbank "
                    "to comment on the report before this response was prepared under section 55 of the "
                    "Police Act 1996.")
    d.add_heading("The inspection findings", 1)
    d.add_paragraph("HMICFRS judged the constabulary to be good at keeping people safe and reducing crime. "
                    "It was judged good at preventing crime and tackling anti-social behaviour, good at "
                    "protecting vulnerable people and good at tackling serious and organised crime. The "
                    "constabulary was judged to require improvement in how it investigates crime. Its "
                    "specialist capabilities were inspected but not graded this year.")
    d.add_paragraph("The 2016 HMIC report had also judged the constabulary to be good for effectiveness, "
                    "so the overall judgement is unchanged.")
    d.add_paragraph("For readers who are new to PEEL, HMICFRS uses a four-point scale: outstanding, good, "
                    "requires improvement and inadequate.")
    d.add_paragraph("Hampshire and Isle of Wight Fire and Rescue Service was not part of this inspection; "
                    "its own inspection in 2019 judged it good at keeping people safe. The constabulary's "
                    "joint operations unit with Thames Valley Police was referred to as good practice.")
    d.add_heading("Areas for improvement and the force's response", 1)
    d.add_paragraph("HMICFRS identified three areas for improvement, set out below with the force's response.")
    set_num(d.add_paragraph(S["01a_lead"]), multi, 0)
    set_num(d.add_paragraph(S["01a_s1"]), multi, 1)
    set_num(d.add_paragraph(S["01a_s2"]), multi, 1)
    labelled(d, "Force response:", "A supervisory review framework was introduced in June 2018 and is audited each quarter.")
    set_num(d.add_paragraph(S["01b"]), multi, 0)
    labelled(d, "Force response:", "The detective pathway has trained 64 new investigators since April 2018.")
    set_num(d.add_paragraph(S["01c"]), multi, 0)
    labelled(d, "PCC comment:", "I will ask the Chief Constable for an update on this area at my next accountability board.")
    d.add_paragraph("Gareth Ellingham\nPolice and Crime Commissioner for Hampshire and the Isle of Wight")
    save(d, "oj01.docx", {1: "HMICFRS, PEEL: Police effectiveness 2017 - An inspection of Hampshire Constabulary."})


# --------------------------------------------------------------------------- oj02
def oj02():
    d = new_doc("Police and Crime Panel - 4 February 2020 - Agenda item 7", "Page")
    roman = add_numbering(d, [("lowerRoman", "(%1)", 567)])
    letter = add_numbering(d, [("upperLetter", "%1.", 567)])
    d.add_heading("HMICFRS Inspection Reports", 0)
    d.add_paragraph("Report of Helen Corrigan-Watts, Acting Police, Crime and Victims' Commissioner")
    d.add_heading("Purpose", 1)
    d.add_paragraph("To inform the Panel of the findings of HMICFRS's integrated PEEL assessment of Durham "
                    "Constabulary for 2018/19, upon which the Commissioner is required to comment.")
    d.add_heading("Background", 1)
    p = d.add_paragraph("The inspection graded the constabulary against three pillars and nine questions. The "
                        "grades are set out in the table in Appendix 1. Chief Constable Rowan Adeyemi-Clark "
                        "has provided the force's response to each area for improvement.")
    d.add_comment(p.runs, text="Check the Appendix numbering before the papers go out.", author="Panel Officer", initials="PO")
    d.add_paragraph("The grades used in 2018/19 were outstanding, good, requires improvement and inadequate. "
                    "County Durham and Darlington Fire and Rescue Service, inspected separately in 2019, was "
                    "judged good. Collaboration with Cleveland Police through the joint specialist operations "
                    "unit continues.")
    d.add_heading("Areas for improvement", 1)
    d.add_paragraph("Protecting vulnerable people")
    set_num(d.add_paragraph(S["02a"]), letter, 0)
    labelled(d, "Force response:", "Stalking protection order training was delivered to all response officers by December 2019.")
    d.add_paragraph("Planning for the future")
    set_num(d.add_paragraph(S["02b"]), letter, 0)
    d.add_heading("Recommendation", 1)
    d.add_paragraph("That the Police and Crime Panel notes")
    set_num(d.add_paragraph("the content of the inspection report; and"), roman, 0)
    set_num(d.add_paragraph("that the Commissioner will report progress again in September 2020."), roman, 0)
    d.add_paragraph("Helen Corrigan-Watts\nActing Police, Crime and Victims' Commissioner")
    landscape(d)
    d.add_heading("Appendix 1: PEEL 2018/19 grades", 1)
    rows = [["HMICFRS PEEL 2018/19 - Durham Constabulary", None, None],
            ["Pillar", "Question", "Grade"],
            ["Effectiveness", "Pillar overall", "Outstanding"],
            [None, "Preventing crime and tackling anti-social behaviour", "Outstanding"],
            [None, "Investigating crime", "Outstanding"],
            [None, "Protecting vulnerable people", "Good"],
            [None, "Tackling serious and organised crime", "Good"],
            ["Efficiency", "Pillar overall", "Good"],
            [None, "Meeting current demands and using resources", "Good"],
            [None, "Planning for the future", "Good"],
            ["Legitimacy", "Pillar overall", "Good"],
            [None, "Treating the public fairly", "Good"],
            [None, "Ensuring ethical and lawful workforce behaviour", "Good"],
            [None, "Treating the workforce fairly", "Outstanding"]]
    t = table(d, rows, header_rows=2)
    hmerge(t, 0, 0, 2, rows[0][0], bold=True)
    vmerge(t, 0, 2, 6, "Effectiveness")
    vmerge(t, 0, 7, 9, "Efficiency")
    vmerge(t, 0, 10, 13, "Legitimacy")
    save(d, "oj02.docx")


# --------------------------------------------------------------------------- oj03
def oj03():
    d = new_doc("Lincolnshire Police and Crime Commissioner", "Briefing note - not for onward circulation")
    dec = add_numbering(d, [("decimal", "%1.", 425)])
    d.add_heading("Briefing note: HMIC PEEL police efficiency 2015", 0)
    p = d.add_paragraph("Meeting date: ")
    sdt_inline(p, "MeetingDate", "12 November 2015", kind="date")
    p = d.add_paragraph("Classification: ")
    sdt_inline(p, "Classification", "OFFICIAL", kind="dropdown", items=("OFFICIAL", "OFFICIAL-SENSITIVE"))
    p = d.add_paragraph("Overall efficiency grade: ")
    sdt_inline(p, "OverallGrade", "Good")
    d.add_heading("Summary", 1)
    p = d.add_paragraph("HMIC published its efficiency report on Lincolnshire Police in October 2015.")
    footnote_ref(p, 1)
    d.add_paragraph("The force was judged good at understanding the demand for its services and good at "
                    "using its resources to manage that demand. HMIC judged that its plans for the future "
                    "require improvement. In HMIC's 2014 efficiency inspection the force was judged good.")
    d.add_paragraph("Nationally, HMIC judged 33 of the 43 forces in England and Wales to be good or "
                    "outstanding for efficiency. The force's strategic partnership and its East Midlands "
                    "collaboration with Nottinghamshire Police were described as good practice.")
    d.add_heading("Areas for improvement", 1)
    set_num(d.add_paragraph(S["03a"]), dec, 0)
    labelled(d, "Force comment:", "A hidden harm analyst post was created in January 2016.")
    set_num(d.add_paragraph(S["03b"]), dec, 0)
    d.add_heading("Commissioner's view", 1)
    d.add_paragraph("Police and Crime Commissioner Marcus Tennant-Bligh will discuss the report with Chief "
                    "Constable Priya Halloran at the Strategic Board. Lincolnshire Fire and Rescue is not "
                    "covered by this report.")
    save(d, "oj03.docx", {1: "HMIC, PEEL: Police efficiency 2015 - An inspection of Lincolnshire Police."})


# --------------------------------------------------------------------------- oj04
def oj04():
    d = new_doc("Office of the Police and Crime Commissioner for Gwent", "")
    multi = add_numbering(d, [("decimal", "%1.", 425), ("decimal", "%1.%2", 900)])
    d.add_heading("Response to the PEEL spotlight report: Diverging under pressure", 0)
    d.add_paragraph("This is the response of Tomos Pritchard-Evans, Police and Crime Commissioner for Gwent, "
                    "to the HMICFRS national overview of themes from the 2018/19 PEEL inspections.")
    d.add_heading("Gwent Police in 2018/19", 1)
    p = d.add_paragraph("In its own 2018/19 report, Gwent Police was graded good for efficiency and good for "
                        "legitimacy, and requires improvement for effectiveness, including requires improvement "
                        "for how it protects vulnerable people. The area for improvement most relevant to this "
                        "spotlight report was:")
    d.add_comment(p.runs[0], text="Confirm the grades with the force before publishing.", author="Head of Policy", initials="HP")
    q = d.add_paragraph(S["04a"], style="Quote")
    d.add_paragraph("Chief Constable Mererid Howells has told me that a repeat victim flag now appears on "
                    "every domestic abuse call record.")
    d.add_heading("The national themes", 1)
    items = [("Demand and capacity", 0), ("I will keep the force's demand analysis under review at each "
              "quarterly accountability meeting.", 1), ("Wellbeing of the workforce", 0),
             ("I have funded a second occupational health nurse for 2020/21.", 1)]
    for text, lvl in items:
        set_num(d.add_paragraph(text), multi, lvl)
    rows = [["Spotlight theme and Gwent position", None], ["Theme", "Gwent position"],
            ["Pressure on neighbourhood policing", "Neighbourhood teams protected in the 2020/21 budget"],
            ["Workforce wellbeing", "New wellbeing strategy agreed"]]
    t = table(d, rows, header_rows=2)
    hmerge(t, 0, 0, 1, rows[0][0], bold=True)
    d.add_paragraph("The report's national recommendations are addressed to all chief constables. The PCCs "
                    "for Dyfed-Powys Police and Merseyside Police have also published responses.")
    d.add_paragraph("Tomos Pritchard-Evans\nMarch 2020")
    save(d, "oj04.docx")


# --------------------------------------------------------------------------- oj05
def oj05():
    d = new_doc("Thames Valley Police and Crime Commissioner - DRAFT for sign-off", "Section 55 response")
    d.add_heading("Police and Crime Commissioner's response to the HMICFRS PEEL 2023-25 inspection of Thames Valley Police", 0)
    d.add_heading("Contents", 1)
    add_toc(d, [("Introduction", 1), ("Grades", 1), ("Areas for improvement", 2)])
    d.add_heading("Introduction", 1)
    p = d.add_paragraph("Section 55 of the Police Act 1996 requires me to publish comments on HMICFRS reports. "
                        "Police and Crime Commissioner Alistair Fenwick-Rowe sought the views of Chief Constable "
                        "Joanna Beresford-Lyle. The report was written by Imran Qadir, His Majesty's Inspector "
                        "of Constabulary.")
    p = d.add_paragraph("The Chief Constable's update was received on 14 March 2025")
    add_del(p, " and revised in April")
    p.add_run(".")
    d.add_heading("Grades", 1)
    p = d.add_paragraph("The table below sets out the grades for each area inspected.")
    add_textbox(p, [("Lowest grade this cycle", True), ("Responding to the public:", False),
                    ("Requires improvement", True)], fill="F8CBAD")
    rows = [["Grade", "Area inspected"],
            ["Good", "Police powers and public treatment"], [None, "Managing offenders and suspects"],
            ["Adequate", "Preventing crime"], [None, "Investigating crime"], [None, "Protecting vulnerable people"],
            [None, "Building, supporting and protecting the workforce"], [None, "Leadership and force management"],
            ["Requires improvement", "Responding to the public"],
            ["Providing a service to victims of crime is not graded.", None]]
    t = table(d, rows, header_rows=1)
    vmerge(t, 0, 1, 2, "Good")
    vmerge(t, 0, 3, 7, "Adequate")
    hmerge(t, 9, 0, 1, rows[9][0])
    d.add_paragraph("In 2021/22 the force was graded requires improvement for investigating crime, so this "
                    "is an improvement. Royal Berkshire Fire and Rescue Service, inspected in 2022, is "
                    "outside my remit. The joint operations unit with Hampshire Constabulary was noted as good practice.")
    d.add_heading("Areas for improvement", 1)
    d.add_paragraph("Responding to the public")
    p = d.add_paragraph(S["05a_pre"], style="Quote")
    add_ins(p, S["05a_ins"])
    p.add_run(S["05a_post"])
    labelled(d, "Force update:", "Call handler recruitment has been brought forward to May 2025.")
    d.add_paragraph("Investigating crime")
    d.add_paragraph(S["05b"], style="Quote")
    labelled(d, "Force update:", "A new supervision standard was published to all investigators in February 2025.")
    d.add_paragraph("Building, supporting and protecting the workforce")
    d.add_paragraph(S["05c"], style="Quote")
    labelled(d, "PCC comment:", "The force's update on wellbeing is awaited.")
    p = d.add_paragraph("Signed: ")
    sdt_inline(p, "Signatory", "Alistair Fenwick-Rowe")
    p = d.add_paragraph("Date: ")
    sdt_inline(p, "SignedDate", "28 March 2025", kind="date")
    save(d, "oj05.docx")


# --------------------------------------------------------------------------- oj06
def oj06():
    d = new_doc("West Midlands Police - PEEL 2021/22 improvement plan", "Version 3.2")
    afi = add_numbering(d, [("decimal", "AFI %1", 0)])
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    d.add_heading("PEEL 2021/22: areas for improvement - action plan", 0)
    d.add_paragraph("HMICFRS graded West Midlands Police adequate in five areas, requires improvement in "
                    "three and good in one. Investigating crime and protecting vulnerable people were both "
                    "graded requires improvement, and the force was graded good at managing offenders and "
                    "suspects. Links with Staffordshire Police and West Mercia Police through the regional "
                    "organised crime unit are unaffected. West Midlands Fire Service is reported separately.")
    rows = [["Ref", "Area", "Area for improvement", "Lead", "Update (June 2023)", "RAG"],
            ["", "Investigating crime", S["06a"], "Head of Crime", "Workload tool live in all local policing areas.", "Green"],
            ["", None, S["06b"], "Head of Crime", "Victim update compliance is 78 per cent.", "Amber"],
            ["", "Protecting vulnerable people", S["06c"], "Head of Public Protection", "Missing children risk tool in pilot.", "Amber"],
            ["", "Responding to the public", S["06d"], "Head of Force Contact", "Not yet provided.", "Red"]]
    t = table(d, rows, header_rows=1)
    vmerge(t, 1, 1, 2, "Investigating crime")
    for i in range(1, 5):
        c = t.cell(i, 0)
        set_num(c.paragraphs[0], afi, 0)
    d.add_comment(t.cell(4, 4).paragraphs[0].runs, text="Chase Force Contact for this update.", author="Plan Owner", initials="PL")
    d.add_paragraph("Approved by Chief Constable Devinder Okafor, 30 June 2023.")
    save(d, "oj06.docx")


# --------------------------------------------------------------------------- oj07
def oj07():
    d = new_doc("Cleveland Police and Crime Panel", "Item 6")
    dec = add_numbering(d, [("decimal", "%1.", 425), ("lowerLetter", "(%2)", 850)])
    d.add_heading("Cleveland Police: PEEL 2021/22 - progress on the cause of concern", 0)
    d.add_paragraph("Report of the Police and Crime Commissioner, Jonah Whitlock-Reed, 19 January 2023")
    d.add_heading("Grades", 1)
    rows = [["HMICFRS PEEL 2021/22 grades", None], ["Area", "Grade"],
            ["Providing a service to the victims of crime", "Not graded"],
            ["Treatment of the public", "Adequate"],
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Responding to the public", "Inadequate"],
            ["Investigating crime", "Requires improvement"],
            ["Protecting vulnerable people", "Requires improvement"],
            ["Managing offenders and suspects", "Adequate"],
            ["Developing a positive workplace", "Requires improvement"],
            ["Good use of resources", "Requires improvement"],
            ["Recording data about crime", "Adequate"]]
    t = table(d, rows, header_rows=2)
    hmerge(t, 0, 0, 1, rows[0][0], bold=True)
    d.add_paragraph("Key: outstanding, good, adequate, requires improvement, inadequate. Cleveland Fire "
                    "Brigade's grades are not included. Durham Constabulary is supporting the force's "
                    "control room review.")
    d.add_heading("Cause of concern", 1)
    d.add_paragraph(S["07coc"], style="Intense Quote")
    d.add_paragraph("HMICFRS made two recommendations:")
    set_num(d.add_paragraph(S["07r1"]), dec, 1)
    set_num(d.add_paragraph(S["07r2"]), dec, 1)
    labelled(d, "Force update on the cause of concern:", "Average answer time for 999 calls fell to nine seconds in December 2022.")
    labelled(d, "Force update on recommendation (a):", "Forty additional call handlers have been recruited.")
    d.add_heading("Other areas for improvement", 1)
    d.add_paragraph("Treatment of the public")
    set_num(d.add_paragraph(S["07a"]), dec, 0)
    d.add_paragraph("The Panel is asked to note this report. Temporary Chief Constable Marcus Ebbington-Shaw "
                    "will attend the next meeting.")
    save(d, "oj07.docx")


# --------------------------------------------------------------------------- oj08
def oj08():
    d = new_doc("Hertfordshire Police and Crime Commissioner", "PCC & Force Response to PEEL Legitimacy 2016")
    d.add_heading("PCC and Force Response: HMIC PEEL Legitimacy 2016", 0)
    p = d.add_paragraph("Prepared for: ")
    sdt_inline(p, "Audience", "Home Secretary and HMIC", kind="dropdown", items=("Home Secretary and HMIC", "Public"))
    p = d.add_paragraph("HMIC published its legitimacy report on Hertfordshire Constabulary in December 2016.")
    footnote_ref(p, 1)
    rows = [["HMIC finding", "Force response"],
            ["Overall: the constabulary is good at treating people fairly, ethically and lawfully.", None],
            ["Treating all the people it serves with fairness and respect: good", "Public confidence survey results are discussed at every Strategic Board."],
            ["Ensuring its workforce behaves ethically and lawfully: requires improvement", "Vetting backlog plan in place; see below."],
            ["Treating its workforce with fairness and respect: good", "Staff survey response rate rose to 61 per cent."]]
    t = table(d, rows, header_rows=1)
    hmerge(t, 1, 0, 1, rows[1][0], bold=True)
    d.add_paragraph("Last year HMIC also judged the constabulary to be good for legitimacy. The "
                    "collaborated professional standards department is shared with Bedfordshire Police "
                    "and Cambridgeshire Constabulary.")
    d.add_heading("Areas for improvement", 2)
    d.add_paragraph(S["08a"], style="List Number")
    labelled(d, "Response:", "All outstanding renewals will be completed by March 2017.")
    d.add_paragraph(S["08b"], style="List Number")
    labelled(d, "Response:", "Two additional investigators have joined the counter-corruption unit.")
    d.add_paragraph("David Lloyd-Moorcroft, Police and Crime Commissioner for Hertfordshire")
    d.add_paragraph("Chief Constable Sarah Ingleby-Trott")
    save(d, "oj08.docx", {1: "HMIC, PEEL: Police legitimacy 2016 - An inspection of Hertfordshire Constabulary."})


# --------------------------------------------------------------------------- oj09
def oj09():
    d = new_doc("Kent and Medway Police and Crime Panel", "Briefing note 2014/22")
    multi = add_numbering(d, [("decimal", "%1", 425), ("decimal", "%1.%2", 900)])
    d.add_heading("Briefing note: HMIC PEEL 2014 - Kent Police", 0)
    p = d.add_paragraph("Summary")
    add_textbox(p, [("HMIC judgement 2014", True), ("Efficiency: Good", True), ("Effectiveness: Good", True)], fill="E2EFDA")
    for text, lvl in [("Efficiency", 0),
                      ("HMIC judged Kent Police to be good at achieving value for money in its 2014 efficiency inspection.", 1),
                      ("The force has met its savings target of 20 per cent for the spending review period.", 1),
                      ("Effectiveness", 0),
                      ("HMIC judged the force good at reducing crime and keeping communities safe.", 1),
                      ("Legitimacy", 0),
                      ("Legitimacy was not graded in 2014.", 1),
                      ("The separate 2014 crime data integrity inspection raised concerns about recording.", 1)]:
        set_num(d.add_paragraph(text), multi, lvl)
    d.add_paragraph("HMIC's area for improvement on efficiency was:")
    d.add_paragraph(S["09a"], style="Quote")
    d.add_paragraph("The Panel may wish to ask the Commissioner, Imogen Sallow-Barnes, how this will be "
                    "reflected in the 2015/16 budget. The Kent and Essex Serious Crime Directorate, shared "
                    "with Essex Police, and Kent Fire and Rescue Service are outside the scope of this note.")
    save(d, "oj09.docx")


# --------------------------------------------------------------------------- oj10
def oj10():
    d = new_doc("Office of the Police and Crime Commissioner for Northumbria", "OFFICIAL")
    rec = add_numbering(d, [("decimal", "Recommendation %1", 0)])
    afi = add_numbering(d, [("decimal", "%1.", 425)])
    d.add_heading("Briefing: HMICFRS PEEL 2023-25 assessment of Northumbria Police", 0)
    p = d.add_paragraph("Status: ")
    sdt_inline(p, "Status", "Final", kind="dropdown", items=("Draft", "Final"))
    p = d.add_paragraph("The inspection found one cause of concern.")
    add_textbox(p, [("Managing offenders and suspects", True), ("Inadequate", True)], fill="F4B183")
    footnote_ref(p, 1)
    d.add_paragraph("Grades: the force was graded good for police powers and public treatment, preventing "
                    "crime and building, supporting and protecting the workforce; adequate for responding "
                    "to the public, investigating crime, protecting vulnerable people and leadership and "
                    "force management; and inadequate for managing offenders and suspects. In 2021/22 it "
                    "had been graded adequate for responding to the public.")
    landscape(d)
    d.add_heading("Cause of concern and recommendations", 1)
    rows = [["Statement", "Force position (February 2025)"],
            ["Cause of concern: " + S["10coc"], "A recovery plan was agreed with HMICFRS in December 2024."],
            [S["10r1"], "Backlog reduced from 412 to 96 visits."],
            [S["10r2"], ""]]
    t = table(d, rows, header_rows=1)
    set_num(t.cell(2, 0).paragraphs[0], rec, 0)
    set_num(t.cell(3, 0).paragraphs[0], rec, 0)
    d.add_comment(t.cell(3, 0).paragraphs[0].runs, text="No update received from the force yet.", author="Scrutiny Lead", initials="SL")
    portrait(d)
    d.add_heading("Area for improvement", 1)
    set_num(d.add_paragraph(S["10a"]), afi, 0)
    d.add_paragraph("Police and Crime Commissioner Susan Derwent-Hale will hold the Chief Constable to "
                    "account at the Business Meeting on 8 April 2025. Durham Constabulary and Tyne and "
                    "Wear Fire and Rescue Service are not covered.")
    save(d, "oj10.docx", {1: "HMICFRS, PEEL 2023-25: Police effectiveness, efficiency and legitimacy - An inspection of Northumbria Police."})


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    for f in (oj01, oj02, oj03, oj04, oj05, oj06, oj07, oj08, oj09, oj10):
        f()
