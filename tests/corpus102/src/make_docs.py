"""Build docs/mv01.docx ... mv08.docx, src/mv09.html (printed to docs/mv09.pdf by build.sh)
and docs/mv10.txt (Word's "Plain Text" save of mv02: cp1252, CRLF, list numbers written out).

    /tmp/mvvenv/bin/python src/make_docs.py
"""
import html
import os
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from content import *  # noqa
from docxkit import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
FILL = {"Outstanding": "1F6E43", "Good": "8CC63F", "Adequate": "FFD966",
        "Requires improvement": "F4B183", "Inadequate": "E06666"}


def save(doc, name):
    doc.save(os.path.join(DOCS, name))
    print("wrote", name)


# ---------------------------------------------------------------- mv01 (s55 response)
def mv01():
    doc = new_document("s55 response template v3", "OSC Governance Team",
                       subject="HMICFRS inspection response", keywords="PEEL; s55; OFFICIAL")
    header_footer(doc.sections[0], ["OFFICIAL"], "Office of the Staffordshire Commissioner")
    doc.add_paragraph("Response of the Staffordshire Commissioner", style="Title")
    doc.add_paragraph("HMICFRS PEEL 2021/22: An inspection of Staffordshire Police", style="Subtitle")
    doc.add_paragraph("Published: 14 October 2022")
    doc.add_heading("Introduction", level=1)
    doc.add_paragraph(
        "Section 55 of the Police Act 1996 requires me to publish my comments on any report by "
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) that "
        "concerns Staffordshire Police. Before writing them I invited the comments of Chief "
        "Constable Rhiannon Atherley, and her update is included below each finding.")
    doc.add_paragraph(
        "The report was published on 9 September 2022, after fieldwork carried out between "
        "February and April 2022. His Majesty's Inspector of Constabulary Imogen Strand led the "
        "inspection. HMICFRS grades forces on a five-point scale: outstanding, good, adequate, "
        "requires improvement and inadequate.")
    doc.add_paragraph(
        "I am disappointed by the findings. They are not the standard the people of Staffordshire "
        "and Stoke-on-Trent should expect, and I have told the Chief Constable that I will hold "
        "her to account for rapid improvement through my Strategic Governance Board.")
    doc.add_heading("Inspection grades", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Area of policing", "Grade", "Commissioner's view"]):
        set_cell(c, h, bold=True)
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = None
    repeat_header(t.rows[0])
    views = {"Responding to the public": "My greatest concern; see cause of concern 1.",
             "Developing a positive workplace": "Reflects real investment in wellbeing.",
             "Good use of resources": "Linked to the medium-term financial plan."}
    for area, grade, _ in MV01_GRADES:
        r = t.add_row().cells
        set_cell(r[0], area)
        set_cell(r[1], grade, bold=True)
        shade(r[1], FILL[grade])
        set_cell(r[2], views.get(area, ""))
    r = t.add_row().cells
    set_cell(r[0], "Disrupting serious organised crime")
    m = r[1].merge(r[2])
    set_cell(m, "Graded in the separate report on the West Midlands Regional Organised Crime "
                "Unit, which is hosted by West Midlands Police.", italic=True)
    r = t.add_row().cells
    m = r[0].merge(r[2])
    set_cell(m, "Providing a service to the victims of crime: this area is not graded.", italic=True)
    doc.add_paragraph()
    doc.add_paragraph(
        "Staffordshire Fire and Rescue Service, which I also oversee, was judged good in its own "
        "inspection earlier this year; that report is the subject of a separate response.")

    doc.add_heading("Causes of concern", level=1)
    rec_num = add_numbering(doc, [("decimal", "Recommendation %1", 1440)])
    coc_num = add_numbering(doc, [("decimal", "Cause of concern %1", 1440)])
    for (coc, _, recs), upd in zip(MV01_COC, MV01_COC_UPDATE):
        p = doc.add_paragraph(style="List Paragraph")
        p.add_run(coc).bold = True
        set_num(p, coc_num)
        doc.add_paragraph("HMICFRS made the following recommendations:")
        for rec in recs:
            list_para(doc, rec, rec_num)
        p = doc.add_paragraph()
        p.add_run("Force update: ").bold = True
        p.add_run(upd)
    doc.add_heading("Areas for improvement", level=1)
    doc.add_paragraph("The report also sets out the following areas for improvement.")
    afi_num = add_numbering(doc, [("decimal", "AFI %1", 1080)])
    for text, _, upd in MV01_AFI:
        list_para(doc, text, afi_num)
        p = doc.add_paragraph()
        if upd:
            p.add_run("Force update: ").bold = True
            p.add_run(upd)
        else:
            p.add_run("Commissioner's comment: ").bold = True
            p.add_run("I have asked for a written plan for this area by the end of the year.")
    doc.add_paragraph(
        "The inspectors also recorded good practice in the force's use of neighbourhood "
        "problem-solving, which I have asked to see shared more widely. Assistant Chief "
        "Constable Dev Marwaha will lead the improvement programme.")
    doc.add_heading("Signed", level=2)
    s = doc.add_table(rows=2, cols=2)
    no_borders(s)
    set_cell(s.rows[0].cells[0], "Marcus Pennington-Reid", bold=True)
    set_cell(s.rows[0].cells[1], "Date: 14 October 2022")
    set_cell(s.rows[1].cells[0], "Staffordshire Commissioner for Police, Fire and Rescue and Crime")
    save(doc, "mv01.docx")


def mv09_html():
    """mv01 as Word's 'Save as Web Page (filtered)' writes it: list numbers as text in
    mso-list:Ignore spans. Printed to docs/mv09.pdf with Chromium by build.sh."""
    e = html.escape
    rows = "".join(
        "<tr><td>%s</td><td style='background:#%s'><b>%s</b></td><td>%s</td></tr>"
        % (e(a), FILL[g], e(g), e({"Responding to the public": "My greatest concern; see cause of concern 1.",
                                   "Developing a positive workplace": "Reflects real investment in wellbeing.",
                                   "Good use of resources": "Linked to the medium-term financial plan."}.get(a, "")))
        for a, g, _ in MV01_GRADES)
    body = []
    n = 0
    for k, ((coc, _, recs), upd) in enumerate(zip(MV01_COC, MV01_COC_UPDATE), 1):
        body.append("<p class=MsoListParagraph style='margin-left:72pt;text-indent:-72pt;mso-list:l1 level1 lfo2'>"
                    "<span style='mso-list:Ignore'>Cause of concern %d<span style='font:7pt'>&nbsp;&nbsp;</span></span>"
                    "<b>%s</b></p>" % (k, e(coc)))
        body.append("<p class=MsoNormal>HMICFRS made the following recommendations:</p>")
        for rec in recs:
            n += 1
            body.append("<p class=MsoListParagraph style='margin-left:72pt;text-indent:-72pt'>"
                        "<span style='mso-list:Ignore'>Recommendation %d<span style='font:7pt'>&nbsp;&nbsp;</span></span>%s</p>"
                        % (n, e(rec)))
        body.append("<p class=MsoNormal><b>Force update: </b>%s</p>" % e(upd))
    afis = []
    for k, (text, _, upd) in enumerate(MV01_AFI, 1):
        afis.append("<p class=MsoListParagraph style='margin-left:54pt;text-indent:-54pt'>"
                    "<span style='mso-list:Ignore'>AFI %d<span style='font:7pt'>&nbsp;&nbsp;</span></span>%s</p>" % (k, e(text)))
        if upd:
            afis.append("<p class=MsoNormal><b>Force update: </b>%s</p>" % e(upd))
        else:
            afis.append("<p class=MsoNormal><b>Commissioner's comment: </b>I have asked for a written plan for this area by the end of the year.</p>")
    page = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta charset="utf-8"><meta name=Generator content="Microsoft Word 15 (filtered)">
<title>s55 response template v3</title>
<style>
@page WordSection1 {size:595.3pt 841.9pt; margin:72pt 72pt 72pt 72pt;}
body {font-family:Arial, sans-serif; font-size:11pt; font-variant-ligatures:none}
p.MsoTitle {font-size:24pt; margin:0 0 4pt 0}
p.MsoSubtitle {font-size:14pt; color:#595959}
h1 {font-size:14pt; color:#2F5496; margin:14pt 0 4pt 0}
h2 {font-size:12pt; color:#2F5496}
table.MsoTableGrid {border-collapse:collapse}
table.MsoTableGrid td {border:solid windowtext 1pt; padding:2pt 5pt; vertical-align:top}
p {margin:0 0 8pt 0}
.prot {text-align:center; font-weight:bold}
</style></head>
<body lang=EN-GB>
<div class=WordSection1>
<p class=prot>OFFICIAL</p>
<p class=MsoTitle>Response of the Staffordshire Commissioner</p>
<p class=MsoSubtitle>HMICFRS PEEL 2021/22: An inspection of Staffordshire Police</p>
<p class=MsoNormal>Published: 14 October 2022</p>
<h1>Introduction</h1>
<p class=MsoNormal>Section 55 of the Police Act 1996 requires me to publish my comments on any report by His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) that concerns Staffordshire Police. Before writing them I invited the comments of Chief Constable Rhiannon Atherley, and her update is included below each finding.</p>
<p class=MsoNormal>The report was published on 9 September 2022, after fieldwork carried out between February and April 2022. His Majesty's Inspector of Constabulary Imogen Strand led the inspection. HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires improvement and inadequate.</p>
<p class=MsoNormal>I am disappointed by the findings. They are not the standard the people of Staffordshire and Stoke-on-Trent should expect, and I have told the Chief Constable that I will hold her to account for rapid improvement through my Strategic Governance Board.</p>
<h1>Inspection grades</h1>
<table class=MsoTableGrid>
<tr style='background:#1F3864;color:white'><td><b>Area of policing</b></td><td><b>Grade</b></td><td><b>Commissioner's view</b></td></tr>
%s
<tr><td>Disrupting serious organised crime</td><td colspan=2><i>Graded in the separate report on the West Midlands Regional Organised Crime Unit, which is hosted by West Midlands Police.</i></td></tr>
<tr><td colspan=3><i>Providing a service to the victims of crime: this area is not graded.</i></td></tr>
</table>
<p class=MsoNormal>&nbsp;</p>
<p class=MsoNormal>Staffordshire Fire and Rescue Service, which I also oversee, was judged good in its own inspection earlier this year; that report is the subject of a separate response.</p>
<h1>Causes of concern</h1>
%s
<h1>Areas for improvement</h1>
<p class=MsoNormal>The report also sets out the following areas for improvement.</p>
%s
<p class=MsoNormal>The inspectors also recorded good practice in the force's use of neighbourhood problem-solving, which I have asked to see shared more widely. Assistant Chief Constable Dev Marwaha will lead the improvement programme.</p>
<h2>Signed</h2>
<table><tr><td><b>Marcus Pennington-Reid</b></td><td>Date: 14 October 2022</td></tr>
<tr><td>Staffordshire Commissioner for Police, Fire and Rescue and Crime</td><td></td></tr></table>
</div></body></html>
""" % (rows, "\n".join(body), "\n".join(afis))
    with open(os.path.join(HERE, "mv09.html"), "w", encoding="utf-8") as fh:
        fh.write(page)
    print("wrote src/mv09.html")


# ---------------------------------------------------------------- mv02 (board paper) + mv10
MV02_PARAS = [
    # (level, style, text)  level 0 = numbered heading, level 1 = numbered paragraph, None = plain
    (0, "Purpose", None),
    (1, "The purpose of this paper is to give the Business Coordination Board an overview of the "
        "findings of Her Majesty's Inspectorate of Constabulary (HMIC) in its PEEL 2016 "
        "inspections of Cambridgeshire Constabulary, and of progress against them.", None),
    (0, "Recommendation", None),
    (1, "The Board is asked to note the report and the progress set out in Appendix A.", None),
    (0, "Background", None),
    (1, "PEEL is HMIC's annual assessment of the 43 police forces of England and Wales. Forces "
        "are judged as outstanding, good, requires improvement or inadequate for effectiveness, "
        "efficiency and legitimacy; leadership receives a narrative judgment only.", None),
    (1, "HMIC completed its efficiency, legitimacy and leadership fieldwork in May 2016 and its "
        "effectiveness fieldwork in September 2016. The final report was published on "
        "2 March 2017.", None),
    (0, "PEEL 2016 results", None),
    (1, "The constabulary's 2016 judgments were:", None),
    (2, "Effectiveness – requires improvement", None),
    (2, "Efficiency – good", None),
    (2, "Legitimacy – good", None),
    (2, "Leadership – narrative judgment only", None),
    (1, "The effectiveness judgment is unchanged from 2015, when HMIC also judged the "
        "constabulary to require improvement. The question-level judgments are in the table "
        "below.", None),
    ("TABLE", None, None),
    (1, "HMIC's report on the effectiveness pillar contains one cause of concern, with one "
        "recommendation:", None),
    ("QUOTE", MV02_COC, None),
    ("QUOTE", MV02_REC, None),
    (1, "A domestic abuse improvement board, chaired by the Deputy Chief Constable, has met "
        "fortnightly since December 2016. A revised DASH risk assessment process went live on "
        "16 January 2017, and all front-line supervisors have been briefed on it.", None),
    (1, "HMIC also noted good practice in the joint protective services we share with "
        "Bedfordshire Police and Hertfordshire Constabulary, and in our work on modern slavery.", None),
    (0, "Areas for improvement", None),
    (1, "The 2016 reports contain eleven areas for improvement across the three pillars. The four "
        "that remain open are shown, with the force's progress, in Appendix A.", None),
]
MV02_QGRADES = [
    ("Effectiveness", [("Preventing crime and tackling anti-social behaviour", "Good"),
                       ("Investigating crime and reducing re-offending", "Requires improvement"),
                       ("Protecting vulnerable people and supporting victims", "Requires improvement"),
                       ("Tackling serious and organised crime", "Good"),
                       ("Specialist capabilities", "Not graded")]),
    ("Efficiency", [("Understanding demand", "Good"), ("Using resources", "Good"),
                    ("Planning for the future", "Requires improvement")]),
    ("Legitimacy", [("Treating the people it serves with fairness and respect", "Good"),
                    ("Ensuring its workforce behaves ethically and lawfully", "Good"),
                    ("Treating its workforce with fairness and respect", "Good")]),
]
MV02_PROGRESS = {
    "2016-EFF-01": [("Crime allocation policy revised", "Jan 2017", "Complete"),
                    ("Audit of allocation decisions", "Jun 2017", "On track")],
    "2016-EFF-02": [("Daily wanted-persons review at tasking", "Feb 2017", "Complete"),
                    ("PNC circulation within 24 hours", "Jul 2017", "At risk")],
    "2016-EFI-01": [("Skills audit of all staff", "Sep 2017", "On track")],
    "2016-LEG-01": [("Grievance training for sergeants", "May 2017", "On track")],
}


def mv02():
    doc = new_document("Business Coordination Board paper", "Corporate Development",
                       subject="HMIC PEEL 2016")
    header_footer(doc.sections[0], ["OFFICIAL"], "Cambridgeshire Constabulary")
    outline = add_numbering(doc, [("decimal", "%1.", 567), ("decimal", "%1.%2", 1134),
                                  ("bullet", "\u2022", 1701)])
    doc.add_paragraph("Cambridgeshire Constabulary", style="Title")
    meta = doc.add_table(rows=4, cols=2)
    no_borders(meta)
    for row, (k, v) in zip(meta.rows, [("To:", "Business Coordination Board"),
                                       ("From:", "Chief Constable"),
                                       ("Date:", "11 May 2017"),
                                       ("Subject:", "HMIC PEEL 2016 inspections: findings and progress")]):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
    for lvl, text, _ in MV02_PARAS:
        if lvl == 0:
            p = doc.add_heading(text, level=1)
            set_num(p, outline, 0)
        elif lvl in (1, 2):
            p = doc.add_paragraph(text, style="List Paragraph")
            set_num(p, outline, lvl)
        elif lvl == "QUOTE":
            doc.add_paragraph(text, style="Quote")
        elif lvl == "TABLE":
            t = doc.add_table(rows=1, cols=2)
            t.style = "Table Grid"
            set_cell(t.rows[0].cells[0], "Question", bold=True)
            set_cell(t.rows[0].cells[1], "Judgment", bold=True)
            for pillar, qs in MV02_QGRADES:
                r = t.add_row().cells
                m = r[0].merge(r[1])
                set_cell(m, pillar.upper(), bold=True)
                shade(m, "D9E2F3")
                for q, g in qs:
                    r = t.add_row().cells
                    set_cell(r[0], q)
                    set_cell(r[1], g)
                    if g in FILL:
                        shade(r[1], FILL[g])
            doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Nathan Hargreaves").bold = True
    doc.add_paragraph("Chief Constable")
    doc.add_page_break()
    doc.add_heading("Appendix A: Open areas for improvement", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Pillar", "Area for improvement", "Progress"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    for ref, pillar, text, _ in MV02_AFI:
        r = t.add_row().cells
        set_cell(r[0], ref)
        set_cell(r[1], pillar)
        set_cell(r[2], text)
        cell = r[3]
        cell.text = ""
        inner = cell.add_table(rows=1, cols=3)
        inner.style = "Table Grid"
        for c, h in zip(inner.rows[0].cells, ["Milestone", "Due", "Status"]):
            set_cell(c, h, bold=True, size=9)
        for ms in MV02_PROGRESS[ref]:
            rr = inner.add_row().cells
            for c, v in zip(rr, ms):
                set_cell(c, v, size=9)
        cell.add_paragraph()
    save(doc, "mv02.docx")


def mv10_txt():
    """Word 'Save As > Plain Text' of mv02 (Windows default encoding, CRLF): list numbers are
    written into the text, tables become tab-separated lines, nested tables are flattened."""
    lines = ["Cambridgeshire Constabulary", "To:\tBusiness Coordination Board", "From:\tChief Constable",
             "Date:\t11 May 2017", "Subject:\tHMIC PEEL 2016 inspections: findings and progress"]
    h = sub = 0
    for lvl, text, _ in MV02_PARAS:
        if lvl == 0:
            h += 1
            sub = 0
            lines.append("%d.\t%s" % (h, text))
        elif lvl == 1:
            sub += 1
            lines.append("%d.%d\t%s" % (h, sub, text))
        elif lvl == 2:
            lines.append("\u2022\t" + text)
        elif lvl == "QUOTE":
            lines.append(text)
        elif lvl == "TABLE":
            lines.append("Question\tJudgment")
            for pillar, qs in MV02_QGRADES:
                lines.append(pillar.upper())
                for q, g in qs:
                    lines.append("%s\t%s" % (q, g))
            lines.append("")
    lines += ["Nathan Hargreaves", "Chief Constable", "", "Appendix A: Open areas for improvement",
              "Ref\tPillar\tArea for improvement\tProgress"]
    for ref, pillar, text, _ in MV02_AFI:
        lines.append("%s\t%s\t%s\tMilestone\tDue\tStatus" % (ref, pillar, text))
        for ms in MV02_PROGRESS[ref]:
            lines.append("\t".join(ms))
    data = "\r\n".join(lines) + "\r\n"
    data = data.replace("Her Majesty's", "Her Majesty\u2019s").replace("constabulary's", "constabulary\u2019s") \
               .replace("HMIC's", "HMIC\u2019s").replace("force's", "force\u2019s")
    with open(os.path.join(DOCS, "mv10.txt"), "wb") as fh:
        fh.write(data.encode("cp1252"))
    print("wrote mv10.txt")


# ---------------------------------------------------------------- mv03 (panel report, tracked changes)
def mv03():
    doc = new_document("West Mercia Police and Crime Panel - 5 November 2019", "Democratic Services",
                       subject="Agenda item 7")
    header_footer(doc.sections[0], ["OFFICIAL", "AGENDA ITEM 7"], "West Mercia Police and Crime Panel")
    doc.add_paragraph("WEST MERCIA POLICE AND CRIME PANEL", style="Title")
    doc.add_paragraph("5 NOVEMBER 2019")
    doc.add_heading("HMICFRS INSPECTION REPORT – PEEL: POLICE EFFECTIVENESS, EFFICIENCY AND "
                    "LEGITIMACY 2018/19, AN INSPECTION OF WEST MERCIA POLICE", level=1)
    paras = add_numbering(doc, [("decimal", "%1.", 567)])
    bul = add_numbering(doc, [("bullet", "\u2022", 720)])
    doc.add_heading("Purpose of report", level=2)
    list_para(doc, "To brief the Panel on the findings of Her Majesty's Inspectorate of Constabulary "
                   "and Fire and Rescue Services in its integrated PEEL inspection of West Mercia Police, "
                   "and on the response of the Police and Crime Commissioner.", paras)
    doc.add_heading("Recommendation", level=2)
    list_para(doc, "Members are invited to note the report.", paras)
    doc.add_heading("Background", level=2)
    list_para(doc, "The force was inspected in January 2019 and the report was published on "
                   "27 September 2019. For the first time, effectiveness, efficiency and legitimacy "
                   "were assessed in a single inspection.", paras)
    p = list_para(doc, "West Mercia was judged as requires improvement in all three pillars: "
                       "effectiveness, efficiency and legitimacy. ", paras)
    tracked_insert(p, "In 2017 the force had been graded good for efficiency, so this is a "
                      "deterioration in that pillar.", rid=801)
    list_para(doc, "The grades for each question are set out below.", paras)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Pillar", "Question", "Grade"]):
        set_cell(c, h, bold=True)
        shade(c, "BDD7EE")
    qs = [("Effectiveness – requires improvement", [
              ("Preventing crime and tackling anti-social behaviour", "Good"),
              ("Investigating crime", "Requires improvement"),
              ("Protecting vulnerable people", "Requires improvement")]),
          ("Efficiency – requires improvement", [
              ("Meeting current demands and using resources", "Requires improvement"),
              ("Planning for the future", "Requires improvement")]),
          ("Legitimacy – requires improvement", [
              ("Fair treatment of the public", "Good"),
              ("Ethical and lawful workforce behaviour", "Requires improvement"),
              ("Fair treatment of the workforce", "Good")])]
    for pillar, rows in qs:
        first = None
        for i, (q, g) in enumerate(rows):
            r = t.add_row().cells
            if i == 0:
                first = r[0]
                set_cell(r[0], pillar, bold=True)
            else:
                first = first.merge(r[0])
            set_cell(r[1], q)
            set_cell(r[2], g)
            shade(r[2], FILL[g])
    doc.add_paragraph()
    list_para(doc, "The report contains no causes of concern. It sets out eleven areas for "
                   "improvement; the three the Commissioner has asked the Panel to note are:", paras)
    for i, (text, _, upd) in enumerate(MV03_AFI):
        if i == 0:
            p = doc.add_paragraph(style="List Paragraph")
            p.add_run(MV03_AFI_BEFORE_INS)
            tracked_insert(p, MV03_AFI_INS, rid=802)
            p.add_run(MV03_AFI_AFTER_INS)
            set_num(p, bul)
        elif i == 1:
            a, b = text.split("before it grants ")
            p = doc.add_paragraph(style="List Paragraph")
            p.add_run(a + "before it grants ")
            tracked_delete(p, MV03_DELETED, rid=803)
            r = p.add_run(b)
            set_num(p, bul)
            doc.add_comment(r, text="Check wording against the published report, p.41.",
                            author="Panel Support Officer", initials="PSO")
        else:
            list_para(doc, text, bul)
        if upd:
            q = doc.add_paragraph(style="List Paragraph")
            q.paragraph_format.left_indent = Cm(1.27)
            q.add_run("Force response: ").italic = True
            q.add_run({0: "A new investigation standards unit started work in October 2019.",
                       1: "A vetting backlog of 620 files has been cleared and a quarterly audit "
                          "is now reported to the Commissioner."}[i]).italic = True
    doc.add_heading("The Commissioner's response", level=2)
    list_para(doc, "The Police and Crime Commissioner, Hollis Brandreth, and Chief Constable "
                   "Graham Ellery-Moss issued a joint statement on publication. They welcomed "
                   "the findings on preventing crime but challenged parts of the efficiency "
                   "section, which they said did not reflect the decision to end the strategic "
                   "alliance with Warwickshire Police.", paras)
    list_para(doc, "HMICFRS noted good practice in the force's rural crime work. An Assistant "
                   "Chief Constable has been appointed to lead the improvement plan.", paras)
    doc.add_heading("Contact", level=2)
    doc.add_paragraph("Panel Support Officer, Democratic Services – 01905 000000")
    save(doc, "mv03.docx")


# ---------------------------------------------------------------- mv04 (decision record, layout table)
def mv04():
    doc = new_document("Decision record template", "OPCC Lincolnshire", subject="DN 2022-041")
    header_footer(doc.sections[0], ["OFFICIAL"], "Office of the Police and Crime Commissioner for Lincolnshire",
                  page_number=False)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def full(text, bold=False, fill=None):
        r = t.add_row().cells
        m = r[0].merge(r[3])
        set_cell(m, text, bold=bold)
        if fill:
            shade(m, fill)
        return m

    def pair(a, b, c, d):
        r = t.add_row().cells
        set_cell(r[0], a, bold=True)
        shade(r[0], "F2F2F2")
        set_cell(r[1], b)
        set_cell(r[2], c, bold=True)
        shade(r[2], "F2F2F2")
        set_cell(r[3], d)

    full("POLICE AND CRIME COMMISSIONER FOR LINCOLNSHIRE – REQUEST FOR DECISION", bold=True, fill="1F3864")
    pair("Reference", "DN 2022-041", "Protective marking", "OFFICIAL")
    pair("Title", "Contact management improvement funding", "Date received", "3 November 2022")
    full("1. Executive summary", bold=True, fill="D9E2F3")
    full("The Chief Constable has asked for £480,000 from the Commissioner's transformation reserve "
         "to recruit additional call handlers and replace the telephony system, in response to the "
         "findings of His Majesty's Inspectorate of Constabulary and Fire & Rescue Services in its "
         "PEEL 2021/22 inspection of Lincolnshire Police.")
    full("2. Background", bold=True, fill="D9E2F3")
    m = full("The inspection report was published on 15 July 2022. The force's grades included:")
    inner = m.add_table(rows=1, cols=2)
    inner.style = "Table Grid"
    set_cell(inner.rows[0].cells[0], "Area", bold=True)
    set_cell(inner.rows[0].cells[1], "Grade", bold=True)
    for a, g, _ in MV04_GRADES:
        rr = inner.add_row().cells
        set_cell(rr[0], a)
        set_cell(rr[1], g)
        shade(rr[1], FILL[g])
    m.add_paragraph("Among the areas for improvement, HMICFRS said:")
    q = m.add_paragraph(MV04_AFI, style="Quote")
    m.add_paragraph("The remaining nine areas for improvement are being overseen through the "
                    "Commissioner's Accountability Board and are not the subject of this decision.")
    full("3. Financial implications", bold=True, fill="D9E2F3")
    m = full("")
    fin = m.add_table(rows=1, cols=3)
    fin.style = "Table Grid"
    for c, h in zip(fin.rows[0].cells, ["Item", "2022/23", "2023/24"]):
        set_cell(c, h, bold=True)
    for row in [("Call handlers (12 FTE)", "£150,000", "£300,000"), ("Telephony replacement", "£30,000", "–")]:
        rr = fin.add_row().cells
        for c, v in zip(rr, row):
            set_cell(c, v)
    full("4. Legal, equality and risk implications", bold=True, fill="D9E2F3")
    full("None beyond those set out in the business case. The decision is suitable for publication: "
         "☒ Yes  ☐ No (Part 2)")
    full("5. Decision", bold=True, fill="D9E2F3")
    full("I approve the release of £480,000 from the transformation reserve for the purpose set out above.")
    r = t.add_row().cells
    set_cell(r[0], "Signature", bold=True)
    set_cell(r[1], "[signed]")
    set_cell(r[2], "Date", bold=True)
    set_cell(r[3], "10 November 2022")
    r = t.add_row().cells
    set_cell(r[0], "Name", bold=True)
    m = r[1].merge(r[3])
    set_cell(m, "Harriet Colvin-Shaw, Police and Crime Commissioner for Lincolnshire")
    full("Chief Finance Officer: I confirm that funds are available within the reserve.", fill="F2F2F2")
    save(doc, "mv04.docx")


# ---------------------------------------------------------------- mv05 (improvement plan, sections)
def mv05():
    doc = new_document("PEEL Effectiveness 2015 - Force Improvement Plan", "Strategic Development Unit",
                       subject="HMIC PEEL 2015", category="Improvement plans")
    s0 = doc.sections[0]
    s0.different_first_page_header_footer = True
    header_footer(s0, ["OFFICIAL"], "Bedfordshire Police")
    s0.first_page_header.paragraphs[0].text = "OFFICIAL"
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph("Bedfordshire Police", style="Title")
    doc.add_paragraph("Force Improvement Plan: HMIC PEEL Police Effectiveness 2015", style="Subtitle")
    doc.add_paragraph("Version 1.4 – 22 April 2016")
    doc.add_paragraph("Plan owner: Deputy Chief Constable Helena Strachan")
    doc.add_paragraph("Approved by: Chief Constable Elspeth Marr")
    doc.add_page_break()
    doc.add_heading("1. Summary of the HMIC findings", level=1)
    doc.add_paragraph(
        "HMIC's report on the effectiveness of Bedfordshire Police was published on 18 February "
        "2016. The force was judged to require improvement overall.")
    bul = add_numbering(doc, [("bullet", "\u2022", 720)])
    doc.add_paragraph("The judgments for each question were:")
    for txt in ["preventing crime and tackling anti-social behaviour: good;",
                "investigating crime and managing offenders: requires improvement;",
                "protecting vulnerable people and supporting victims: inadequate;",
                "tackling serious and organised crime: good."]:
        list_para(doc, txt, bul)
    doc.add_paragraph(
        "The force's specialist capabilities were reviewed but not graded. HMIC found a cause of "
        "concern, made two recommendations and identified three areas for improvement; all are "
        "tracked in the plan overleaf. Work that is shared with Hertfordshire Constabulary and "
        "Cambridgeshire Constabulary through the strategic alliance is marked (BCH).")
    doc.add_paragraph("RAG key: Green – complete; Amber – on track; Red – behind plan.")
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = s0.page_height, s0.page_width
    new.different_first_page_header_footer = False
    header_footer(new, ["OFFICIAL", "PEEL Effectiveness 2015 – Improvement Plan"], "Bedfordshire Police")
    doc.add_heading("2. Improvement plan", level=1)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "HMIC finding", "Action", "Owner", "Due", "RAG"]):
        set_cell(c, h, bold=True)
        shade(c, "1F3864")
    repeat_header(t.rows[0])
    RAG = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
    plan = [
        ("CoC", "Cause of concern: " + MV05_COC, [
            ("Missing persons review team created within the Public Protection Unit", "DCI Public Protection", "Mar 2016", "Green")]),
        ("R1", "Recommendation: " + MV05_RECS[0], [
            ("All missing and absent reports since April 2015 re-categorised", "Head of Crime", "Apr 2016", "Green"),
            ("Absent category withdrawn; every report risk assessed", "Head of Crime", "Jun 2016", "Amber")]),
        ("R2", "Recommendation: " + MV05_RECS[1], [
            ("Duty inspector review of every high-risk case within 2 hours", "Head of Response", "May 2016", "Amber")]),
        ("AFI 1", MV05_AFI[0][0], [
            ("Community intelligence briefing in every ward profile", "Head of Local Policing", "Sep 2016", "Amber")]),
        ("AFI 2", MV05_AFI[1][0], [
            ("Weekly outstanding suspects meeting chaired by a superintendent", "Head of Crime", "Mar 2016", "Green"),
            ("Backlog of 1,140 suspects halved", "Head of Crime", "Jul 2016", "Red"),
            ("Performance report to the PCC's scrutiny board", "Head of Performance", "Jul 2016", "Amber")]),
        ("AFI 3", MV05_AFI[2][0], [
            ("Organised crime group mapping shared with the three local authorities (BCH)", "ACC Protective Services", "Oct 2016", "Amber")]),
    ]
    for ref, finding, actions in plan:
        start = None
        for i, (act, owner, due, rag) in enumerate(actions):
            r = t.add_row().cells
            if i == 0:
                set_cell(r[0], ref, bold=True)
                set_cell(r[1], finding)
                a0, f0 = r[0], r[1]
            else:
                a0 = a0.merge(r[0])
                f0 = f0.merge(r[1])
            set_cell(r[2], act)
            set_cell(r[3], owner)
            set_cell(r[4], due)
            set_cell(r[5], rag, bold=True)
            shade(r[5], RAG[rag])
    doc.add_paragraph()
    doc.add_paragraph("Progress against this plan is reported monthly to the Force Executive Board "
                      "and quarterly to the Police and Crime Commissioner.")
    save(doc, "mv05.docx")


# ---------------------------------------------------------------- mv06 (minutes, auto-numbered)
def mv06():
    doc = new_document("Minutes PSISC 14 Dec 2017", "Committee Clerk", subject="Minutes")
    header_footer(doc.sections[0], ["OFFICIAL"], "City of London Corporation", page_number=True)
    doc.add_paragraph("PROFESSIONAL STANDARDS AND INTEGRITY SUB (POLICE) COMMITTEE", style="Title")
    doc.add_paragraph("Thursday, 14 December 2017")
    doc.add_paragraph("Minutes of the meeting held at Guildhall, EC2 at 11.00 am")
    doc.add_heading("Present", level=2)
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    for a, b in [("Members:", "Deputy Nora Ellingham (Chairman)"), ("", "Simon Okoye-Blake"),
                 ("", "Alderman Peter Quarles"),
                 ("Officers:", "Ravi Sandhu-Keller – Commissioner of Police"),
                 ("", "Assistant Commissioner, City of London Police"),
                 ("", "Director of Professional Standards, City of London Police"),
                 ("", "Head of Governance and Assurance, City of London Police")]:
        r = t.add_row().cells
        set_cell(r[0], a, bold=True)
        set_cell(r[1], b)
    minute = add_numbering(doc, [("decimal", "%1.", 567)])
    sub = add_numbering(doc, [("bullet", "\u2022", 1134)])
    h = doc.add_heading("APOLOGIES", level=2)
    set_num(h, minute)
    doc.add_paragraph("Apologies were received from Andrew Tillotson.")
    h = doc.add_heading("MINUTES", level=2)
    set_num(h, minute)
    doc.add_paragraph("RESOLVED – That the minutes of the meeting held on 19 October 2017 be approved.")
    h = doc.add_heading("HMICFRS PEEL LEGITIMACY INSPECTION 2017", level=2)
    set_num(h, minute)
    doc.add_paragraph("Report of the Commissioner of Police.", style="Intense Quote")
    doc.add_paragraph(
        "The Sub-Committee received a report of the Commissioner that set out the findings of "
        "the HMICFRS PEEL legitimacy inspection published on 12 December 2017, the ownership of "
        "each Area for Improvement (AFI) and the arrangements for overseeing progress. The Force "
        "had been judged as requires improvement overall. It was good at treating the people it "
        "serves with fairness and respect, but requires improvement in ensuring that its "
        "workforce behaves ethically and lawfully and in treating its workforce with fairness "
        "and respect.")
    doc.add_paragraph(
        "The Chairman noted that in 2016 HMIC had judged the Force to be good for legitimacy, and "
        "asked the Commissioner to explain the change. The Commissioner, Ravi Sandhu-Keller, said "
        "that the inspection had been more demanding this year and that the Force accepted the "
        "findings in full. The following points were made.")
    for n, text, _, upd in MV06_AFI:
        p = doc.add_paragraph()
        p.add_run("AFI %d – " % n).bold = True
        p.add_run(text)
        if upd:
            list_para(doc, {4: "The Director of Professional Standards explained that new "
                               "software to audit system access would be installed by March 2018.",
                            5: "The Assistant Commissioner said that complainants would now agree "
                               "the frequency of updates with their investigator at the outset."}[n], sub)
        else:
            list_para(doc, "A Member asked that progress on this AFI be reported to the next meeting.", sub)
    doc.add_paragraph(
        "A Member asked whether the Force's approach to vetting was in line with other forces. "
        "Officers said that the Force had benchmarked itself against the Metropolitan Police "
        "Service and that an action plan would be submitted to the next meeting.")
    doc.add_paragraph("RESOLVED – That the report be received.")
    h = doc.add_heading("ANY OTHER BUSINESS", level=2)
    set_num(h, minute)
    doc.add_paragraph("There was no other business.")
    doc.add_paragraph("The meeting ended at 12.20 pm")
    doc.add_paragraph("Chairman")
    save(doc, "mv06.docx")


# ---------------------------------------------------------------- mv07 (briefing note, content controls)
def mv07():
    doc = new_document("Briefing note template (2023)", "OPCC South Wales", subject="PEEL 2023-25")
    header_footer(doc.sections[0], ["OFFICIAL"], "Swyddfa Comisiynydd Heddlu a Throseddu De Cymru / Office of the South Wales Police and Crime Commissioner")
    doc.add_paragraph("BRIEFING NOTE", style="Title")
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    set_cell(meta.rows[0].cells[0], "For:", bold=True)
    set_cell(meta.rows[0].cells[1], "Dafydd Llewellyn-Price, Police and Crime Commissioner for South Wales")
    set_cell(meta.rows[1].cells[0], "Subject:", bold=True)
    set_cell(meta.rows[1].cells[1], "HMICFRS PEEL 2023–25 report on South Wales Police")
    set_cell(meta.rows[2].cells[0], "Date:", bold=True)
    meta.rows[2].cells[1].text = ""
    run_content_control(meta.rows[2].cells[1].paragraphs[0], "19 March 2025", "BriefingDate", "Date")
    doc.add_heading("Summary", level=1)
    bul = add_numbering(doc, [("bullet", "\u2022", 720)])
    for txt in ["The report was published on 13 March 2025. It is the force's first inspection under "
                "the 2023–25 framework.",
                "No causes of concern were identified.",
                "Seven areas for improvement were raised; three are summarised in this note.",
                "Chief Constable Owain Trevithick will present the force's plan to the Commissioner's "
                "Strategic Board in April."]:
        list_para(doc, txt, bul)
    doc.add_heading("Grades", level=1)
    doc.add_paragraph("HMICFRS graded the force as follows.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Area", bold=True)
    set_cell(t.rows[0].cells[1], "Grade", bold=True)
    for a, g, _ in MV07_GRADES:
        r = t.add_row().cells
        set_cell(r[0], a)
        set_cell(r[1], g)
        shade(r[1], FILL[g])
    r = t.add_row().cells
    set_cell(r[0], "Providing a service to victims of crime")
    set_cell(r[1], "Not graded")
    doc.add_paragraph()
    key = doc.add_table(rows=1, cols=5)
    key.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, g in zip(key.rows[0].cells, ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]):
        set_cell(c, g, size=8, align="center")
        shade(c, FILL[g])
    doc.add_paragraph("Key: colours used in HMICFRS reports.").runs[0].italic = True
    doc.add_paragraph(
        "In the 2021/22 inspection the force was graded outstanding for preventing crime and "
        "anti-social behaviour, so the new grade is a fall, although HMICFRS notes that the "
        "question has changed. South Wales Fire and Rescue Service was graded separately and is "
        "not covered here.")
    doc.add_heading("Areas for improvement", level=1)
    intro = doc.add_paragraph("The areas for improvement most relevant to the Police and Crime Plan are:")
    block = [intro]
    for text, _, upd in MV07_AFI:
        p = list_para(doc, text, bul)
        block.append(p)
        if upd:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.27)
            q.add_run("Force position: ").bold = True
            q.add_run({0: "A demand review has moved 40 officers into response from April 2025.",
                       1: "Investigation plans are now mandatory on the Niche record and audited monthly."}[
                           [a[0] for a in MV07_AFI].index(text)])
            block.append(q)
    block_content_control(doc, block, "AFISection", "Areas for improvement (from report)")
    doc.add_heading("Regional context", level=1)
    doc.add_paragraph(
        "Gwent Police and Dyfed-Powys Police are due to be inspected later in the cycle. The "
        "inspection noted good practice in the force's Early Action Together programme.")
    doc.add_heading("Recommendation", level=1)
    doc.add_paragraph("That the Commissioner notes this briefing and publishes a section 55 response "
                      "within 56 days.")
    save(doc, "mv07.docx")


# ---------------------------------------------------------------- mv08 (bilingual layout table)
def mv08():
    doc = new_document("Ymateb PEEL / PEEL response", "OPCC North Wales", subject="PEEL Effectiveness 2017")
    header_footer(doc.sections[0], ["SWYDDOGOL / OFFICIAL"], "Comisiynydd Heddlu a Throseddu Gogledd Cymru / North Wales Police and Crime Commissioner")
    t = doc.add_table(rows=0, cols=2)
    no_borders(t)
    bul = add_numbering(doc, [("bullet", "\u2022", 360), ("bullet", "o", 720)])

    def row(cy, en, heading=False):
        r = t.add_row().cells
        set_cell(r[0], cy, bold=heading)
        set_cell(r[1], en, bold=heading)
        return r

    row("Ymateb y Comisiynydd a'r Prif Gwnstabl i adroddiad HMICFRS: PEEL Effeithiolrwydd yr Heddlu 2017",
        "Response of the Commissioner and the Chief Constable to the HMICFRS report: PEEL Police "
        "Effectiveness 2017", heading=True)
    row("Cyhoeddwyd yr adroddiad ar 22 Mawrth 2018. Barnwyd bod Heddlu Gogledd Cymru yn dda "
        "o ran effeithiolrwydd.",
        "The report was published on 22 March 2018. HMICFRS judged North Wales Police to be good "
        "at keeping people safe and reducing crime.")
    row("Barnwyd bod yr heddlu yn dda o ran atal troseddu, ymchwilio i droseddau, a mynd i'r "
        "afael â throseddau difrifol a chyfundrefnol, ond bod angen gwella o ran diogelu pobl "
        "agored i niwed.",
        "The force was judged good at preventing crime and tackling anti-social behaviour, good "
        "at investigating crime and good at tackling serious and organised crime. Its protection "
        "of vulnerable people was judged to require improvement. Its specialist capabilities "
        "were inspected but not graded.")
    row("Y llynedd, barnwyd bod yr heddlu yn dda hefyd.",
        "In 2016, too, HMIC judged the force to be good for effectiveness.")
    row("Meysydd i'w gwella", "Areas for improvement", heading=True)
    r = t.add_row().cells
    set_cell(r[0], "Nododd yr arolygwyr dri maes i'w gwella. Mae'r testun llawn ar gael yn Saesneg "
                   "yn yr adroddiad.")
    r[1].text = ""
    first = True
    for item in MV08_AFI:
        text, upd = item[0], item[2]
        p = r[1].paragraphs[0] if first else r[1].add_paragraph()
        first = False
        p.style = doc.styles["List Paragraph"]
        p.add_run(text)
        set_num(p, bul, 0)
        for sb in (item[3] if len(item) > 3 else []):
            q = r[1].add_paragraph(sb, style="List Paragraph")
            set_num(q, bul, 1)
        q = r[1].add_paragraph()
        q.add_run("What we are doing: ").bold = True
        q.add_run({0: "Every neighbourhood team now has a trained problem-solving lead.",
                   1: "A new investigative skills course for response officers started in May 2018.",
                   2: "Supervisors check every DASH form before the officer leaves the scene."}[MV08_AFI.index(item)])
    row("Cydweithio", "Working with others", heading=True)
    row("Rydym yn parhau i gydweithio â Heddlu Swydd Gaer ar ddalfa a hyfforddiant.",
        "We continue to work with Cheshire Constabulary on custody and training, and we note the "
        "good practice HMICFRS found in our rural crime team.")
    row("Arwyddwyd:", "Signed:", heading=True)
    row("Comisiynydd Heddlu a Throseddu Gogledd Cymru", "Gethin Pryce-Morgan, Police and Crime "
        "Commissioner for North Wales")
    row("Prif Gwnstabl", "Chief Constable Carys Whitfield")
    save(doc, "mv08.docx")


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    mv01(); mv09_html(); mv02(); mv10_txt(); mv03(); mv04(); mv05(); mv06(); mv07(); mv08()
