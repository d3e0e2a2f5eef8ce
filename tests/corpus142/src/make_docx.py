"""Write docs/om03.docx and docs/om04.docx (python-docx).  /tmp/c142venv/bin/python make_docx.py"""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def om03():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Norfolk Constabulary and Suffolk Constabulary \u2013 Joint Corporate Communications"
    d.sections[0].footer.paragraphs[0].text = "Press office: 01953 000000 (24 hours)"
    p = d.add_paragraph()
    p.add_run("NEWS RELEASE").bold = True
    d.add_paragraph("Thursday 3 November 2016 \u2013 for immediate use")
    d.add_heading("Norfolk and Suffolk both judged \u2018good\u2019 for efficiency", level=1)
    d.add_paragraph(
        "Norfolk Constabulary and Suffolk Constabulary have each been judged good at the efficiency "
        "with which they keep people safe and reduce crime, in reports published today by Her "
        "Majesty\u2019s Inspectorate of Constabulary (HMIC).")
    d.add_paragraph(
        "The two constabularies have shared most of their support services and several specialist "
        "units since 2010, and inspectors looked at how that joint working helps each force to "
        "understand the demand it faces, use its people and money well, and plan for the years ahead.")
    d.add_paragraph("The inspectorate\u2019s findings for each force were:")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    rows = [("Efficiency question", "Norfolk", "Suffolk"),
            ("How well does the force understand demand?", "Outstanding", "Good"),
            ("How well does the force use its resources to meet demand?", "Good", "Good"),
            ("How well is the force planning for demand in the future?", "Good", "Requires improvement"),
            ("Overall judgment for efficiency", "Good", "Good")]
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            set_cell(t.cell(r, c), val, bold=(r == 0 or r == 4))
            if r == 0:
                shade(t.cell(r, c), "D9E2F3")
    d.add_paragraph()
    d.add_paragraph(
        "Norfolk was judged outstanding for efficiency in 2014 and again in 2015, so this year\u2019s "
        "overall grade is one step lower, although its understanding of demand is still rated the "
        "best grade available. Suffolk\u2019s overall grade is the same as last year.")
    labelled(d, "HM Inspector of Constabulary Zara Whitcombe said:",
             "\u201cBoth constabularies have a strong grasp of what the public need from them. Norfolk "
             "in particular has gone looking for hidden demand, such as modern slavery, rather than "
             "waiting for it to be reported. Suffolk now needs to turn its good understanding of "
             "today\u2019s demand into a fuller plan for the future.\u201d")
    d.add_heading("Area for improvement", level=2)
    d.add_paragraph("HMIC set out one area for improvement for Suffolk:")
    d.add_paragraph(
        "Suffolk Constabulary should develop a fuller understanding of the skills and capabilities "
        "of its workforce, so that its plans for future demand are based on the people it will need.",
        style="Intense Quote")
    labelled(d, "Suffolk\u2019s response:",
             "A workforce skills audit began in September 2016 and will report to the joint "
             "collaboration board in the spring.")
    d.add_heading("What the chief constables and commissioners said", level=2)
    d.add_paragraph(
        "Chief Constable Martin Ellerby, of Norfolk, said: \u201cTo be told again that we understand "
        "demand better than almost anyone is a credit to our analysts and to the officers who act "
        "on what they find.\u201d")
    d.add_paragraph(
        "Chief Constable Gareth Pennock, of Suffolk, said: \u201cWe accept that we need to plan further "
        "ahead, and the skills audit is the first step.\u201d")
    d.add_paragraph(
        "Norfolk\u2019s Police and Crime Commissioner, Lorraine Bexley, said the result showed that "
        "collaboration was \u201cdelivering for the taxpayer\u201d. Jonathan Redgrave, Police and Crime "
        "Commissioner for Suffolk, welcomed the report.")
    d.add_paragraph(
        "Both forces also work with Bedfordshire Police, Cambridgeshire Constabulary, Essex Police, "
        "Hertfordshire Constabulary and Kent Police through the seven force collaboration programme, "
        "which buys equipment and vehicles for all seven.")
    d.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Notes to editors", level=2)
    for n in [
        "HMIC grades forces as outstanding, good, requires improvement or inadequate.",
        "The effectiveness pillar for 2016 has not yet been graded; those reports are due in March 2017.",
        "The legitimacy reports for both forces will be published in December 2016.",
    ]:
        d.add_paragraph(n, style="List Number")
    d.save(os.path.join(DOCS, "om03.docx"))


def om04():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "West Mercia Police and Crime Panel \u2013 minutes (draft until approved)"
    d.add_heading("West Mercia Police and Crime Panel", level=1)
    d.add_paragraph("Minutes of the meeting held at County Hall, Worcester, on Tuesday 8 October 2019")
    p = d.add_paragraph()
    p.add_run("Present: ").bold = True
    p.add_run("Cllr Roger Allsopp (Chairman), Cllr Meena Kaur, Cllr Peter Trelawney, Mrs Ann Godby (independent member)")
    p = d.add_paragraph()
    p.add_run("Also present: ").bold = True
    p.add_run("Anthony Vardy, West Mercia Police and Crime Commissioner; Deputy Chief Constable Julian Moss; "
              "Andrew Kirkby, Chief Executive, Office of the PCC")
    d.add_heading("412  HMICFRS inspection report: PEEL 2018/19, West Mercia Police", level=2)
    d.add_paragraph(
        "The Panel considered the report of Her Majesty\u2019s Inspectorate of Constabulary and Fire and "
        "Rescue Services (HMICFRS) on West Mercia Police, published on 27 September 2019, together "
        "with the inspectorate\u2019s report on Warwickshire Police published on the same day. The two "
        "forces had worked in a strategic alliance since 2012; the alliance ended on the day of this "
        "meeting.")
    d.add_paragraph("The grades awarded to the two forces were summarised for members as follows:")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    rows = [("Force", "Effectiveness", "Efficiency", "Legitimacy"),
            ("West Mercia Police", "Requires improvement", "Requires improvement", "Requires improvement"),
            ("Warwickshire Police", "Requires improvement", "Requires improvement", "Good")]
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            set_cell(t.cell(r, c), val, bold=(r == 0))
    d.add_paragraph()
    d.add_paragraph(
        "The PCC drew members\u2019 attention to the areas where the force had done well: West Mercia was "
        "good at preventing crime and tackling anti-social behaviour and good at tackling serious and "
        "organised crime. He did not accept that the force was inadequate at planning for the future, "
        "which was the grade HMICFRS had given; Warwickshire had received the same inadequate grade "
        "for planning for the future.")
    d.add_paragraph(
        "The Deputy Chief Constable said that the inspection had taken place in January, nine months "
        "earlier, and that much of what it described had changed. The PCC advised that he had written "
        "to HM Inspector of Constabulary Helena Marchbanks setting out where he considered the report "
        "to be inaccurate.")
    d.add_paragraph("The cause of concern and the recommendations made to West Mercia Police, with the force\u2019s "
                    "update, were tabled as an appendix:")
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    rows = [("Type", "Text", "Force update (October 2019)"),
            ("Cause of concern",
             "The force does not have adequate plans in place to keep providing the full range of "
             "services to the public once its alliance with Warwickshire Police ends.",
             "Stand-alone operating model went live on 8 October 2019; all services transferred."),
            ("Recommendation",
             "The force should immediately put in place plans to keep every public service running "
             "when the alliance ends, with priority given to the areas of highest risk.",
             "Completed: continuity plans approved by the Chief Constable in August."),
            ("Recommendation",
             "The force should consult the public and its partners on how services will be provided "
             "after the alliance ends.",
             "")]
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            set_cell(t.cell(r, c), val, bold=(r == 0))
    d.add_paragraph()
    d.add_paragraph(
        "A member asked whether Warwickshire Police had been given the same cause of concern. The "
        "Chief Executive read it out from the Warwickshire report:")
    d.add_paragraph(
        "The force does not have suitable arrangements to make sure that it can keep providing all "
        "of its services to the public when the alliance with West Mercia Police comes to an end.",
        style="Quote")
    d.add_paragraph(
        "Members noted that Warwickshire\u2019s response was a matter for the Warwickshire Police and "
        "Crime Panel. A member asked whether West Midlands Police might take on any of the former "
        "alliance services; the PCC said there were no such plans.")
    d.add_paragraph(
        "The Panel also noted, for information, that Hereford & Worcester Fire and Rescue Service had "
        "been judged good in its own inspection earlier in the year.")
    p = d.add_paragraph()
    p.add_run("RESOLVED: ").bold = True
    p.add_run("that the Panel (a) notes the report, and (b) asks the PCC to bring a progress update to its "
              "February 2020 meeting.")
    d.save(os.path.join(DOCS, "om04.docx"))


om03()
om04()
print("ok")
