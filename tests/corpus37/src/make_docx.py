"""Write docs/kg02.docx, docs/kg06.docx and docs/kg10.docx (python-docx).

The three imitate Word files that began life as .doc: everything is in the Normal style,
headings are bold runs, numbering is typed as text ("1.", "4.2", "a)") with tabs, and
alignment is done with tab stops.

    /tmp/c37venv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def new_doc(header_text, font="Arial", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Page ")
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        run = fp.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            run._r.append(it)
    doc.core_properties.author = "user"
    return doc


def para(doc, text="", bold=False, indent=None, hanging=None, tabs=(), italic=False,
         underline=False, align=None, space_after=6):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    if indent is not None:
        pf.left_indent = Cm(indent)
    if hanging is not None:
        pf.first_line_indent = Cm(-hanging)
    for t in tabs:
        pf.tab_stops.add_tab_stop(Cm(t))
    if align:
        p.alignment = align
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
    return p


def mixed(doc, parts, indent=None, hanging=None, tabs=()):
    """parts: list of (text, bold)"""
    p = para(doc, indent=indent, hanging=hanging, tabs=tabs)
    for t, b in parts:
        p.add_run(t).bold = b
    return p


def num(doc, n, text, level=0, bold=False):
    """Manually numbered paragraph: '3.2<TAB>text' with a hanging indent."""
    ind = 1.25 + 1.0 * level
    return para(doc, "%s\t%s" % (n, text), bold=bold, indent=ind, hanging=1.25 if level == 0 else 1.0,
                tabs=(ind,))


def grid(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def cell(c, text, bold=False):
    c.text = ""
    r = c.paragraphs[0].add_run(text)
    r.bold = bold


# ------------------------------------------------------------------ kg02 Leicestershire
def kg02():
    doc = new_doc("NOT PROTECTIVELY MARKED")
    para(doc, "LEICESTERSHIRE POLICE", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "STRATEGIC ASSURANCE BOARD", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Report of\tTHE CHIEF CONSTABLE", tabs=(4.5,))
    para(doc, "Subject\tFORCE RESPONSE TO HMIC PEEL EFFICIENCY 2016", tabs=(4.5,))
    para(doc, "Date\tTUESDAY 24 JANUARY 2017 \u2013 10:00 A.M.", tabs=(4.5,))
    para(doc, "Author\tHead of Corporate Services", tabs=(4.5,))
    para(doc, "Agenda item\t9", tabs=(4.5,))
    para(doc)
    para(doc, "Purpose of report", bold=True)
    num(doc, "1.", "This report sets out the findings of Her Majesty\u2019s Inspectorate of Constabulary (HMIC) in "
        "its PEEL efficiency inspection of Leicestershire Police, published on 3 November 2016, and the "
        "force\u2019s response to the areas for improvement it contains.")
    para(doc, "Recommendation", bold=True)
    num(doc, "2.", "The Board is recommended to note the report and to receive a further update on the "
        "workforce plan at its meeting in June 2017.")
    para(doc, "Background", bold=True)
    num(doc, "3.", "HMIC\u2019s annual all-force inspections of police effectiveness, efficiency and legitimacy "
        "(PEEL) began in 2014. The efficiency inspection asks how well a force understands the demand on its "
        "services, how well it uses its resources to meet that demand, and how well it is planning for the "
        "future.")
    num(doc, "4.", "The force has been judged good at how efficiently it keeps people safe and reduces crime. "
        "In 2015 HMIC also graded the force as good for efficiency, so the force has held its position in a year "
        "in which the inspection was more demanding.")
    num(doc, "5.", "The three questions were graded as follows:")
    for q, g in (("Understanding demand", "Good"), ("Use of resources", "Good"),
                 ("Planning for the future", "Requires improvement")):
        para(doc, "\t%s\t%s" % (q, g), tabs=(1.25, 9.5), space_after=0)
    para(doc)
    num(doc, "6.", "Nationally, HMIC graded 43 forces. It found that most forces understood the demand on them "
        "well, but warned that many had not yet planned for the reductions in funding expected to 2020. The "
        "report was presented to the Home Secretary alongside the national overview on 3 November 2016.")
    num(doc, "7.", "In the same round our neighbouring force, Northamptonshire Police, was graded requires "
        "improvement for its effectiveness. The forces continue to collaborate on firearms, roads policing and "
        "major crime through the East Midlands collaboration.")
    num(doc, "8.", "HM Inspector of Constabulary Gareth Tolley noted as good practice the force\u2019s demand "
        "modelling tool, which forecasts calls for service by hour and by beat and is used to set shift patterns.")
    para(doc, "Areas for improvement and force response", bold=True)
    num(doc, "9.", "HMIC identified four areas for improvement. They are set out below, each followed by the "
        "force\u2019s response where one has been agreed.")
    para(doc, "Understanding demand", underline=True, indent=1.25)
    num(doc, "a)", "The force should develop its understanding of demand that is hidden or less likely to be "
        "reported, including modern slavery and child sexual exploitation, so that it can plan its response.",
        level=1)
    mixed(doc, [("Response:\t", True), ("A problem profile on hidden harm was completed in December 2016 with "
               "partners from the county and city councils. It will be refreshed every six months.", False)],
          indent=2.25, tabs=(4.5,))
    num(doc, "b)", "The force should make sure that it understands the demand that comes from its own internal "
        "processes, and removes work that adds no value.", level=1)
    mixed(doc, [("Response:\t", True), ("A review of internal processes is under way, led by Assistant Chief "
               "Constable Ian Kettering. Its first phase is looking at case file preparation.", False)],
          indent=2.25, tabs=(4.5,))
    para(doc, "Use of resources", underline=True, indent=1.25)
    num(doc, "c)", "The force should carry out a full assessment of the skills and capabilities of its "
        "workforce, so that it knows the skills it has and the skills it will need in future.", level=1)
    para(doc, "Planning for the future", underline=True, indent=1.25)
    num(doc, "d)", "The force should develop its medium-term financial plan into a fully costed plan for the "
        "workforce, estate and technology it will need beyond 2020.", level=1)
    mixed(doc, [("Response:\t", True), ("A costed workforce plan to 2021 will be brought to the Board in June "
               "2017. The estates strategy was approved in December 2016. The skills assessment in c) will be "
               "considered as part of the same work.", False)],
          indent=2.25, tabs=(4.5,))
    para(doc, "Comments of the Deputy Chief Constable", bold=True)
    num(doc, "10.", "Deputy Chief Constable Rhiannon Vickers, who leads the force\u2019s change programme, has "
        "said that the planning grade is a fair reflection of the work still to be done and that it will be "
        "the priority for 2017. Chief Constable Duncan Meredith and Police and Crime Commissioner Roger Denholm "
        "will discuss progress at the Board each quarter.")
    para(doc, "Financial implications", bold=True)
    num(doc, "11.", "None arising directly from this report.")
    para(doc, "Background papers", bold=True)
    para(doc, "HMIC, PEEL: Police efficiency 2016 \u2013 An inspection of Leicestershire Police (November 2016)",
         indent=1.25)
    para(doc, "HMIC, PEEL: Police efficiency 2015 \u2013 An inspection of Leicestershire Police (October 2015)",
         indent=1.25)
    para(doc, "Person to contact", bold=True)
    para(doc, "Head of Corporate Services\tTel: 0116 222 2222", indent=1.25, tabs=(9.0,))
    doc.save(os.path.join(DOCS, "kg02.docx"))


# ------------------------------------------------------------------ kg06 Suffolk
def kg06():
    doc = new_doc("Police and Crime Commissioner for Suffolk", font="Times New Roman", size=12)
    para(doc, "POLICE AND CRIME COMMISSIONER FOR SUFFOLK", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "RESPONSE TO HMIC\u2019S PEEL INSPECTIONS OF LEGITIMACY AND LEADERSHIP 2016", bold=True,
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "(Section 55 Police Act 1996)", italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc)
    para(doc, "1.\tIntroduction", bold=True, tabs=(1.25,))
    para(doc, "1.1\tOn 8 December 2016 Her Majesty\u2019s Inspectorate of Constabulary published two reports on "
         "Suffolk Constabulary: PEEL: Police legitimacy 2016 and PEEL: Police leadership 2016. I am required to "
         "publish a response to each within 56 days and to send it to the Home Secretary. I have chosen to "
         "respond to both in this one document.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "1.2\tI have sought the views of the Chief Constable, Gareth Pendry, and his comments are "
         "included where they add to my own.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "2.\tLegitimacy", bold=True, tabs=(1.25,))
    para(doc, "2.1\tHMIC has graded Suffolk Constabulary as good at treating people fairly, at making sure its "
         "workforce behaves ethically and lawfully, and overall. The inspectorate graded the three questions "
         "as shown in the table below.", indent=1.25, hanging=1.25, tabs=(1.25,))
    t = doc.add_table(rows=5, cols=2)
    grid(t)
    cell(t.cell(0, 0), "PEEL: Police legitimacy 2016 \u2013 Suffolk Constabulary", bold=True)
    t.cell(0, 0).merge(t.cell(0, 1))
    rows = (("To what extent does the force treat all of the people it serves with fairness and respect?", "Good"),
            ("How well does the force ensure that its workforce behaves ethically and lawfully?", "Good"),
            ("To what extent does the force treat its workforce with fairness and respect?",
             "Requires improvement"),
            ("Overall judgement", "Good"))
    for i, (q, g) in enumerate(rows, start=1):
        cell(t.cell(i, 0), q, bold=(i == 4))
        cell(t.cell(i, 1), g, bold=(i == 4))
    para(doc)
    para(doc, "2.2\tI am disappointed by the third of these grades. The inspectors found that officers and "
         "staff do not have confidence in the grievance procedure and that the force does not yet understand "
         "why some of its workforce feel unfairly treated. HMIC made the following areas for improvement, "
         "which I reproduce in full with the Chief Constable\u2019s comment on each. The first two concern the "
         "treatment of the workforce; the third concerns vetting, which HMIC considered under the question on "
         "ethical and lawful behaviour.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "a)\tThe constabulary should ensure that it identifies and understands the reasons for "
         "perceptions of unfairness among its workforce, and takes action to address them.", indent=2.25,
         hanging=1.0, tabs=(2.25,))
    mixed(doc, [("Chief Constable\u2019s comment: ", True), ("The staff survey will be repeated in March 2017 "
               "and the results will be analysed by rank, grade and protected characteristic.", False)],
          indent=2.25)
    para(doc, "b)\tThe constabulary should improve the way it manages grievances, so that they are resolved "
         "promptly and that those involved are kept informed.", indent=2.25, hanging=1.0, tabs=(2.25,))
    mixed(doc, [("Chief Constable\u2019s comment: ", True), ("The grievance procedure has been rewritten with "
               "the Police Federation, Unison and the Superintendents\u2019 Association and comes into force on "
               "1 February 2017.", False)], indent=2.25)
    para(doc, "c)\tThe constabulary should ensure that it complies with national vetting guidelines, and "
         "should in particular:", indent=2.25, hanging=1.0, tabs=(2.25,))
    para(doc, "\u2013\trenew the vetting of officers and staff whose clearance has expired; and", indent=3.25,
         hanging=0.75, tabs=(3.25,))
    para(doc, "\u2013\tvet all officers and staff in posts designated as sensitive to the higher level.",
         indent=3.25, hanging=0.75, tabs=(3.25,))
    para(doc, "2.3\tI have not yet received the constabulary\u2019s plan for vetting, and I will ask for monthly "
         "figures at my Accountability and Performance Panel until the backlog has been cleared.",
         indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "2.4\tHMIC identified one further area for improvement, under the first question:",
         indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "d)\tThe constabulary should ensure that all officers who use stop and search powers record the "
         "grounds for each search fully, and that supervisors check the records.", indent=2.25, hanging=1.0,
         tabs=(2.25,))
    para(doc, "2.5\tI note that HMIC\u2019s report on the efficiency of the constabulary, published in November "
         "2016, also graded Suffolk good, and that our partner force Norfolk Constabulary, with which we share "
         "many of our support services, was inspected at the same time.", indent=1.25, hanging=1.25,
         tabs=(1.25,))
    para(doc, "3.\tLeadership", bold=True, tabs=(1.25,))
    para(doc, "3.1\tHMIC does not grade leadership. Its leadership report describes how well the constabulary "
         "understands and develops its leaders, and it is largely positive about the way in which the chief "
         "officer team has led the collaboration with Norfolk. Assistant Chief Constable Morwenna Crisp is "
         "mentioned for the work she has done on the joint leadership programme.", indent=1.25, hanging=1.25,
         tabs=(1.25,))
    para(doc, "3.2\tThe leadership report contains no areas for improvement. It does, however, draw attention to "
         "the national recommendation that all forces should review how they identify and develop talent, "
         "and I will ask the Chief Constable how Suffolk will respond.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "4.\tConclusion", bold=True, tabs=(1.25,))
    para(doc, "4.1\tSuffolk is a good force with committed officers and staff. The areas for improvement "
         "identified by HMIC are matters I expect to see resolved during 2017, and I will report publicly on "
         "progress.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc)
    para(doc, "Tim Aldous-Wray", bold=True, space_after=0)
    para(doc, "Police and Crime Commissioner for Suffolk", space_after=0)
    para(doc, "27 January 2017")
    doc.save(os.path.join(DOCS, "kg06.docx"))


# ------------------------------------------------------------------ kg10 Norfolk
def kg10():
    doc = new_doc("NORFOLK POLICE AND CRIME COMMISSIONER \u2013 POLICE ACCOUNTABILITY FORUM")
    para(doc, "POLICE ACCOUNTABILITY FORUM", bold=True)
    para(doc, "Date:\t\t2 March 2016", tabs=(2.5,), space_after=0)
    para(doc, "Item:\t\t7", tabs=(2.5,), space_after=0)
    para(doc, "Originator:\tChief Constable", tabs=(2.5,))
    para(doc, "HMIC PEEL ASSESSMENTS 2014 AND 2015: SUMMARY OF OUTCOMES FOR NORFOLK CONSTABULARY",
         bold=True, underline=True)
    para(doc, "SUMMARY", bold=True)
    para(doc, "This paper gives the Police and Crime Commissioner an overview of the grades awarded to Norfolk "
         "Constabulary by HMIC in the first two years of its PEEL programme, and of the areas for improvement "
         "still open. It has been written for the Police Accountability Forum because the PEEL legitimacy and "
         "leadership reports were published in February 2016 and complete the 2015 programme.")
    para(doc, "RECOMMENDATION", bold=True)
    para(doc, "The Commissioner is asked to note the report.")
    para(doc, "1.\tPEEL GRADES", bold=True, tabs=(1.25,))
    para(doc, "1.1\tThe table below sets out the grades awarded to the constabulary for each pillar. PEEL "
         "2014 graded effectiveness and efficiency only; legitimacy was assessed in 2014 but not graded. "
         "Leadership is not graded.", indent=1.25, hanging=1.25, tabs=(1.25,))
    t = doc.add_table(rows=8, cols=3)
    grid(t)
    for c, h in enumerate(("Year", "Pillar", "Grade")):
        cell(t.cell(0, c), h, bold=True)
    data = [("2014", "Effectiveness", "Good"), ("", "Efficiency", "Good"),
            ("", "Legitimacy", "Not graded"),
            ("2015", "Effectiveness", "Good"), ("", "Efficiency", "Good"), ("", "Legitimacy", "Good"),
            ("", "Leadership", "Not graded")]
    for r, (y, p, g) in enumerate(data, start=1):
        cell(t.cell(r, 1), p)
        cell(t.cell(r, 2), g)
    a = t.cell(1, 0).merge(t.cell(3, 0))
    cell(a, "2014")
    b = t.cell(4, 0).merge(t.cell(7, 0))
    cell(b, "2015")
    para(doc)
    para(doc, "1.2\tWithin the 2015 effectiveness inspection the constabulary was graded good for preventing "
         "crime, good for investigating crime and reducing re-offending, and good for tackling serious and "
         "organised crime. The vulnerability question, reported separately in December 2015, was also graded "
         "good. Specialist capabilities were not graded.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "1.3\tFor efficiency in 2015 the constabulary was judged good at understanding its demand, "
         "outstanding in its use of resources and good at planning for demand in the future.",
         indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "1.4\tThe 2015 legitimacy report judged the constabulary good in all three of the areas "
         "inspected.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "1.5\tBy way of comparison, Suffolk Constabulary, with which Norfolk shares a joint command "
         "structure for protective services, was graded good for efficiency in 2015. HMIC\u2019s Inspection of "
         "Crime Data Integrity, published in November 2014, is not part of PEEL and is not graded; its "
         "recommendations have all been discharged.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "2.\tOPEN AREAS FOR IMPROVEMENT", bold=True, tabs=(1.25,))
    para(doc, "2.1\tThe following areas for improvement from the 2015 reports remain open. The text is HMIC\u2019s; "
         "the current position follows each in italics.", indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "Effectiveness \u2013 investigating crime", bold=True, indent=1.25)
    para(doc, "(i)\tThe constabulary should ensure that investigations carried out by its local "
         "investigation teams are supervised consistently and that victims are updated in line with the "
         "Code of Practice for Victims of Crime.", indent=2.25, hanging=1.0, tabs=(2.25,))
    para(doc, "Audits of supervision were introduced in January 2016. Compliance with victim updates was 84 per "
         "cent in February.", italic=True, indent=2.25)
    para(doc, "Efficiency \u2013 planning for the future", bold=True, indent=1.25)
    para(doc, "(ii)\tThe constabulary should set out how its joint programme with Suffolk will deliver the "
         "savings it requires after 2018, and how it will measure whether they have been achieved.",
         indent=2.25, hanging=1.0, tabs=(2.25,))
    para(doc, "Legitimacy \u2013 ethical and lawful behaviour", bold=True, indent=1.25)
    para(doc, "(iii)\tThe constabulary should ensure that its professional standards department has the capacity "
         "to search its IT systems for signs of misuse, so that it can identify officers and staff who may be "
         "abusing their position.", indent=2.25, hanging=1.0, tabs=(2.25,))
    para(doc, "A business case for monitoring software is before the Joint Chief Officer Team. Deputy Chief "
         "Constable Hannah Stokeley is the lead officer.", italic=True, indent=2.25)
    para(doc, "2.2\tThe position on area (ii) will be reported when the 2016 budget has been set.",
         indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "3.\tNEXT STEPS", bold=True, tabs=(1.25,))
    para(doc, "3.1\tThe 2016 effectiveness, efficiency, legitimacy and leadership inspections begin in the "
         "spring. HM Inspector of Constabulary Gareth Tolley will present the 2015 findings to the "
         "Commissioner, Lorne Hadfield, and Chief Constable Adrian Coldwell at a meeting on 14 March 2016.",
         indent=1.25, hanging=1.25, tabs=(1.25,))
    para(doc, "4.\tFINANCIAL, LEGAL AND EQUALITY IMPLICATIONS", bold=True, tabs=(1.25,))
    para(doc, "4.1\tNone.", indent=1.25, hanging=1.25, tabs=(1.25,))
    doc.save(os.path.join(DOCS, "kg10.docx"))


if __name__ == "__main__":
    kg02()
    kg06()
    kg10()
    print("wrote kg02.docx kg06.docx kg10.docx")
