"""Build ky01-ky05 (DOCX) with python-docx 1.2 and raw WordprocessingML.
    /tmp/ky54venv/bin/python src/make_docx.py   (run from the corpus folder or src/)"""
import os
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Pt, Cm
from docxkit import (add_numbering, numbered, sdt_block, sdt_inline, text_box, Notes, toc, shade,
                     set_cell, bold_heading, header_footer, ins, dele, hyperlink, append_xml, run_xml)
from facts import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs")
DASH = "\u2013"
HMI_REPORT = "https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-assessment-2023-25/"


def base(title_header, footer):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    header_footer(doc.sections[0], title_header, footer)
    return doc


def grade_table(doc, force, cols=("Area", "PEEL 2023\u201325 grade")):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        set_cell(c, h, bold=True)
        shade(c, "1F4E79")
    for k in KEYS:
        r = t.add_row().cells
        set_cell(r[0], AREA[k])
        set_cell(r[1], GRADES[force][k])
    r = t.add_row().cells
    set_cell(r[0], "Providing a service to victims of crime")
    set_cell(r[1], "Not graded", italic=True)
    return t


# =============================================================== ky01 Gloucestershire plan
def ky01():
    doc = base("Gloucestershire Constabulary  |  PEEL Improvement Plan 2025\u201327  |  OFFICIAL",
               "Gloucestershire Constabulary \u2013 PEEL Improvement Plan v1.3")
    doc.add_paragraph("PEEL Improvement Plan", style="Title")
    sdt_block(doc, "DocSubtitle", "Subtitle",
              ["Our response to the PEEL 2023\u201325 inspection of Gloucestershire Constabulary"])
    p = doc.add_paragraph("Version: ")
    sdt_inline(p, "Version", "Version", "1.3 (published)")
    p.add_run("    Date: ")
    sdt_inline(p, "PubDate", "Publication date", "12 September 2025", kind="date")
    p = doc.add_paragraph("Plan owner: ")
    sdt_inline(p, "Owner", "Plan owner", "Deputy Chief Constable Marcus Oyinlola")
    p = doc.add_paragraph("Approved by: ")
    sdt_inline(p, "Approver", "Approved by", "Chief Constable Imogen Tredwell")
    doc.add_paragraph("Protective marking: OFFICIAL. Review date: March 2026.")
    toc(doc, [(1, "1. Foreword", 2), (1, "2. Our grades", 2), (1, "3. Causes of concern and recommendations", 3),
              (2, "3.1 Responding to the public", 3), (2, "3.2 Leadership and force management", 4),
              (1, "4. Areas for improvement", 4), (1, "5. Governance", 5), (1, "Appendix A: Glossary", 6)])
    doc.add_page_break()

    doc.add_heading("1. Foreword", level=1)
    doc.add_paragraph(
        "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
        "PEEL 2023\u201325 report on Gloucestershire Constabulary in July 2025. The report does not make "
        "comfortable reading. It recognises the commitment of our officers, staff and volunteers, but it "
        "tells us plainly that we are not yet giving the public of Gloucestershire the service they "
        "are entitled to expect when they call us.")
    doc.add_paragraph(
        "This plan sets out what we will do about each cause of concern, recommendation and area for "
        "improvement. It has been agreed with the Police and Crime Commissioner, who will hold me to "
        "account for it at his quarterly performance board. HMICFRS has placed the constabulary in "
        "its Engage phase of enhanced monitoring, and the plan will be reviewed with the inspectorate "
        "every quarter.")
    doc.add_paragraph("Imogen Tredwell, Chief Constable")

    doc.add_heading("2. Our grades", level=1)
    doc.add_paragraph("The inspectorate graded us in eight areas. It used its five-point scale "
                      "(outstanding, good, adequate, requires improvement and inadequate).")
    grade_table(doc, GLO)
    doc.add_paragraph("Gloucestershire Fire and Rescue Service was inspected separately in 2024 and "
                      "its grades are not covered by this plan.")

    doc.add_heading("3. Causes of concern and recommendations", level=1)
    doc.add_paragraph("Causes of concern are numbered below as in the report; the recommendations that "
                      "go with each cause of concern are lettered beneath it. Our response follows each "
                      "recommendation.")
    num = add_numbering(doc, [("decimal", "%1.", 360), ("lowerLetter", "%2)", 785), ("lowerRoman", "(%3)", 1210)], 40)
    doc.add_heading("3.1 Responding to the public", level=2)
    numbered(doc, GLO_CC1, num, 0)
    numbered(doc, GLO_R1A, num, 1)
    r = doc.add_paragraph(style="List Continue 2")
    r.add_run("Our response: ").bold = True
    r.add_run("Forty additional call handlers started in August 2025. In the four weeks to 31 August "
              "we answered 84 per cent of 999 calls within ten seconds, up from 61 per cent in January.")
    numbered(doc, GLO_R1B_LEAD, num, 1)
    for s in GLO_R1B_SUBS:
        numbered(doc, s, num, 2)
    r = doc.add_paragraph(style="List Continue 2")
    r.add_run("Our response: ").bold = True
    r.add_run("The THRIVE+ assessment has been built into the command and control system and went live "
              "on 1 September 2025. A control room inspector now reviews every scheduled incident "
              "at the start of each shift, and callers receive a text message when attendance is delayed.")
    doc.add_heading("3.2 Leadership and force management", level=2)
    numbered(doc, GLO_CC2, num, 0)
    numbered(doc, GLO_R2A, num, 1)
    r = doc.add_paragraph(style="List Continue 2")
    r.add_run("Our response: ").bold = True
    r.add_run("An external partner has been commissioned to build a demand model. The first results "
              "will be presented to the Chief Officer Group in December 2025.")

    doc.add_heading("4. Areas for improvement", level=1)
    doc.add_paragraph("The report also identified four areas for improvement. Each is shown with its "
                      "lead and our progress so far.")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ref", "Area for improvement", "Lead", "Progress"]):
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    progress = [
        "Stop and search scrutiny panel now samples 40 records a month; body-worn video review added.",
        "Investigation plan template mandated on Niche from June 2025; compliance audited monthly.",
        "Repeat-victim flag added to the contact centre script; training delivered to 180 staff.",
        "No update this quarter \u2013 the lead post is vacant.",
    ]
    leads = ["Head of Professional Standards", "Head of Crime", "Head of Public Protection", "Head of Contact"]
    for k, ((q, text), prog) in enumerate(zip(GLO_AFI, progress), start=1):
        r = t.add_row().cells
        set_cell(r[0], "AFI %d" % k)
        set_cell(r[1], text)
        set_cell(r[2], leads[k - 1])
        set_cell(r[3], prog)

    doc.add_heading("5. Governance", level=1)
    doc.add_paragraph("Progress is reported monthly to the PEEL Improvement Board, chaired by the Deputy "
                      "Chief Constable, and quarterly to the Police and Crime Commissioner\u2019s "
                      "accountability board. An assistant chief constable leads each workstream.")
    # section break: appendix in its own section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(sec, "Appendix A \u2013 Glossary", "Gloucestershire Constabulary \u2013 PEEL Improvement Plan v1.3")
    doc.add_heading("Appendix A: Glossary", level=1)
    for term in ["AFI \u2013 area for improvement", "CoC \u2013 cause of concern",
                 "THRIVE+ \u2013 the national risk assessment model for calls",
                 "Engage \u2013 HMICFRS\u2019s enhanced monitoring process"]:
        doc.add_paragraph(term, style="List Bullet")
    doc.save(os.path.join(OUT, "ky01.docx"))


# =============================================================== ky02 Hampshire PCC response
def ky02():
    doc = base("Police and Crime Commissioner for Hampshire and the Isle of Wight",
               "Section 55 response \u2013 PEEL 2023\u201325 \u2013 Hampshire and Isle of Wight Constabulary")
    fn, en = Notes(doc, "footnote"), Notes(doc, "endnote")
    doc.add_heading("Response to the HMICFRS PEEL inspection 2023\u201325", level=0)
    p = doc.add_paragraph("Commissioner\u2019s response under section 55 of the Police Act 1996. Published "
                          "5 September 2025.")
    fn.ref(p, "Section 55 requires a commissioner to publish comments on an inspection report within 56 days.")
    bold_heading(doc, "Introduction")
    doc.add_paragraph(
        "I welcome the publication of His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
        "Services\u2019 PEEL report on Hampshire and Isle of Wight Constabulary. I have discussed the "
        "report with the Chief Constable, Declan Rusholme, and I have asked him for the force\u2019s "
        "response to each area for improvement, which I include below with my own comments.")
    p = doc.add_paragraph("The force was graded good for preventing crime and for building, supporting and "
                          "protecting its workforce, and adequate for police powers and public treatment, "
                          "responding to the public, managing offenders and suspects, and leadership and "
                          "force management. It was graded requires improvement for investigating crime, "
                          "and ")
    # tracked change: the grade was corrected from "adequate" to "requires improvement"
    dele(p, "adequate", author="Ottoline Vance")
    ins(p, "requires improvement", author="Ottoline Vance")
    p.add_run(" for protecting vulnerable people.")
    en.ref(p, "Grades are on HMICFRS\u2019s five-point scale: outstanding, good, adequate, requires improvement and inadequate.")
    c = doc.add_paragraph("Investigating crime was also graded requires improvement in the 2021/22 inspection, "
                          "and I am disappointed that the force has not moved on in that area.")
    doc.add_comment(c.runs, text="Check wording with OPCC comms before publication \u2013 OV", author="Ottoline Vance",
                    initials="OV")
    doc.add_paragraph("My office will track progress in three ways:")
    for s in ["through the quarterly Accountability Board, which is webcast;",
              "through a dashboard of investigation outcomes published on my website; and",
              "through reports to the Police and Crime Panel."]:
        doc.add_paragraph(s, style="List Bullet")
    for s in ["The first webcast covering the PEEL report is on 14 October 2025.",
              "Members of the public can submit questions in advance."]:
        doc.add_paragraph(s, style="List Bullet 2")

    bold_heading(doc, "Areas for improvement")
    doc.add_paragraph("The report made five areas for improvement and no recommendations or causes of concern.")
    responses = [
        "The force has introduced a victim contact contract for every crime allocated for investigation, "
        "and compliance is now reported to each district commander weekly.",
        "Evidence-led prosecution guidance was reissued in June 2025 and a specialist adviser supports "
        "officers in domestic abuse cases where the victim withdraws support.",
        "Referrals are now quality-assured by the multi-agency safeguarding hub before they are sent.",
        None,
        "The force has launched a use of force dashboard and samples body-worn video footage each month.",
    ]
    comments = [
        "I will ask for victim satisfaction data at each Accountability Board.",
        "I expect to see the charge rate for domestic abuse improve by the spring.",
        "This is a welcome change.",
        "The force has not yet given me its update on this area for improvement. I have asked for it by "
        "the end of October.",
        "My scrutiny panel will review a sample of footage in November.",
    ]
    for k, ((q, text), resp, com) in enumerate(zip(HAM_AFI, responses, comments), start=1):
        hp = doc.add_paragraph()
        hp.add_run("Area for improvement %d (%s)" % (k, AREA[q].lower() if q != PPT else "police powers and public treatment")).bold = True
        p = doc.add_paragraph(style="Quote")
        if k == 3:
            hyperlink(p, text, HMI_REPORT)     # the whole statement is a hyperlink
        elif k == 1:
            cut = text.index("and that it records")
            p.add_run(text[:cut])
            hyperlink(p, text[cut:-1], HMI_REPORT)
            p.add_run(".")
        else:
            p.add_run(text)
        if k == 2:
            fn.ref(p, "See also the national Domestic Abuse Matters programme.")
        if resp:
            p = doc.add_paragraph()
            p.add_run("Force response: ").bold = True
            p.add_run(resp)
        p = doc.add_paragraph()
        p.add_run("Commissioner\u2019s comment: ").bold = True
        p.add_run(com)
    bold_heading(doc, "Conclusion")
    doc.add_paragraph("I am confident the Chief Constable understands what must change. I will publish an update "
                      "on this response in six months.")
    doc.add_paragraph("Ottoline Vance")
    doc.add_paragraph("Police and Crime Commissioner for Hampshire and the Isle of Wight")
    fn.finish()
    en.finish()
    doc.save(os.path.join(OUT, "ky02.docx"))


# =============================================================== ky03 Avon and Somerset audit committee
def ky03():
    doc = base("Joint Audit Committee \u2013 18 September 2025 \u2013 Agenda item 7",
               "Avon and Somerset Constabulary and Office of the Police and Crime Commissioner")
    doc.add_heading("HMICFRS inspection activity and recommendations update", level=1)
    p = doc.add_paragraph()
    text_box(p, ["PEEL 2023\u201325 grades at a glance",
                 "Good: police powers and public treatment; preventing crime; managing offenders; "
                 "leadership and force management",
                 "Adequate: investigating crime; protecting vulnerable people; workforce",
                 "Requires improvement: responding to the public"])
    p.add_run("Report of the Chief Constable. Author: Head of Strategic Assurance. Purpose: for assurance.")
    doc.add_heading("1. Purpose", level=2)
    doc.add_paragraph(
        "This paper updates the Joint Audit Committee (JAC) on inspection activity by His Majesty\u2019s "
        "Inspectorate of Constabulary and Fire & Rescue Services since the last meeting, and on the "
        "progress the constabulary has made against the areas for improvement from the PEEL 2023\u201325 "
        "inspection of Avon and Somerset Constabulary, which was published in May 2025.")
    doc.add_heading("2. Background", level=2)
    doc.add_paragraph(
        "The grades are summarised in the box on this page. The grade for responding to the public has "
        "improved since the previous inspection, but it remains the weakest area. The committee\u2019s "
        "internal auditors rated the constabulary\u2019s recommendation tracking as \u2018reasonable "
        "assurance\u2019 in March 2025.")
    doc.add_paragraph("Key points for the committee:")
    doc.add_paragraph("Four areas for improvement remain open from PEEL 2023\u201325.", style="List Bullet")
    doc.add_paragraph("Two relate to the contact centre.", style="List Bullet 2")
    doc.add_paragraph("One is owned by People Directorate.", style="List Bullet 2")
    doc.add_paragraph("The 2021/22 cause of concern has been closed by HMICFRS.", style="List Bullet")
    doc.add_paragraph("National thematic recommendations are tracked separately and are not reported here.",
                      style="List Bullet")
    doc.add_heading("3. Summary of open items", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    top = t.rows[0].cells
    m = top[0].merge(top[2])
    set_cell(m, "Open HMICFRS items by directorate (as at 31 August 2025)", bold=True)
    shade(m, "D9E2F3")
    set_cell(t.rows[1].cells[0], "Directorate", bold=True)
    set_cell(t.rows[1].cells[1], "Items", bold=True)
    set_cell(t.rows[1].cells[2], "Detail", bold=True)
    r = t.add_row().cells
    set_cell(r[0], "Contact and Response")
    set_cell(r[1], "2")
    set_cell(r[2], "")
    inner = r[2].add_table(rows=1, cols=2)
    inner.style = "Table Grid"
    set_cell(inner.rows[0].cells[0], "Ref", bold=True)
    set_cell(inner.rows[0].cells[1], "Status", bold=True)
    for ref, st in (("PEEL23-01", "Amber"), ("PEEL23-02", "Green")):
        rr = inner.add_row().cells
        set_cell(rr[0], ref)
        set_cell(rr[1], st)
    r = t.add_row().cells
    set_cell(r[0], "Public Protection")
    set_cell(r[1], "1")
    set_cell(r[2], "PEEL23-03 \u2013 Amber")
    r = t.add_row().cells
    set_cell(r[0], "People")
    set_cell(r[1], "1")
    set_cell(r[2], "PEEL23-04 \u2013 Red")
    doc.add_heading("4. Recommendation", level=2)
    doc.add_paragraph("The committee is asked to note the report and the progress set out in Appendix 1.")
    doc.add_paragraph("Chief Constable Piers Haldane-Croft")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_footer(sec, "Appendix 1 \u2013 HMICFRS tracker (extract)", "Joint Audit Committee \u2013 OFFICIAL")
    doc.add_heading("Appendix 1: PEEL tracker extract", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Source", "Ref", "Recommendation / area for improvement", "Status", "Update"]):
        set_cell(c, h, bold=True)
        shade(c, "1F4E79")
    updates = [
        ("Amber", "Average answer time for 101 calls fell to 4 minutes 10 seconds in August. Call-back "
                  "process for abandoned calls went live in July."),
        ("Green", "Attendance times now monitored daily by the Force Incident Manager; 91 per cent of "
                  "priority incidents attended within policy in August."),
        ("Amber", "Additional triage staff recruited for the hub; backlog reduced from 310 to 95 referrals."),
        ("Red", "\u2013"),
    ]
    rows = []
    for k, ((q, text), (st, up)) in enumerate(zip(AS_AFI, updates), start=1):
        r = t.add_row().cells
        rows.append(r)
        set_cell(r[1], "PEEL23-0%d" % k)
        set_cell(r[2], text)
        set_cell(r[3], st)
        shade(r[3], {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}[st])
        set_cell(r[4], up)
    src = rows[0][0].merge(rows[-1][0])  # Source merged down over the four PEEL 2023-25 rows
    set_cell(src, "PEEL 2023\u201325 area for improvement")
    r = t.add_row().cells
    set_cell(r[0], "PEEL 2021/22 cause of concern")
    set_cell(r[1], "PEEL21-CoC1")
    set_cell(r[2], AS_2122_CC)
    set_cell(r[3], "Closed")
    set_cell(r[4], "Closed by HMICFRS in its revisit letter of January 2024 after the new contact "
                   "centre operating model was introduced.")
    doc.save(os.path.join(OUT, "ky03.docx"))


# =============================================================== ky04 North Wales CC report to panel
def ky04():
    doc = base("Heddlu Gogledd Cymru / North Wales Police", "Police and Crime Panel \u2013 29 September 2025")
    fn = Notes(doc, "footnote")
    doc.add_paragraph("NORTH WALES POLICE AND CRIME PANEL", style="Title")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for (a, b), row in zip([("Meeting", "29 September 2025"), ("Report by", "Chief Constable"),
                            ("Subject", "PEEL 2023\u201325: inspection outcome and progress"),
                            ("Status", "For information")], t.rows):
        set_cell(row.cells[0], a, bold=True)
        set_cell(row.cells[1], b)
    num = add_numbering(doc, [("decimal", "%1.", 360), ("lowerLetter", "%2)", 785), ("lowerRoman", "(%3)", 1210)], 60)
    doc.add_heading("Introduction", level=2)
    p = numbered(doc, "This report informs the Panel of the outcome of the PEEL inspection of North Wales "
                      "Police carried out by HMICFRS in 2024 and published on 3 June 2025.", num, 0)
    fn.ref(p, "PEEL 2023\u201325: An inspection of North Wales Police, HMICFRS, June 2025.")
    numbered(doc, "The Police and Crime Commissioner, Emrys Dafydd-Lloyd, has published his own response "
                  "under section 55 of the Police Act 1996. That response is not repeated here.", num, 0)
    doc.add_heading("Inspection outcome", level=2)
    numbered(doc, "The inspectorate graded the force as follows:", num, 0)
    for k in KEYS:
        numbered(doc, "%s \u2013 %s;" % (AREA[k] if k != PREV else SHORT[PREV], GRADES[NW][k].lower()), num, 1)
    numbered(doc, "The grade of outstanding for preventing crime is the first such grade the force has "
                  "received. HMICFRS highlighted the rural crime team\u2019s work with farming communities "
                  "as good practice. No causes of concern were identified.", num, 0)
    doc.add_heading("Areas for improvement", level=2)
    numbered(doc, "The report contains three areas for improvement. Each is set out below in a box, "
                  "followed by the progress made.", num, 0)
    updates = [
        "A voice of the child prompt has been added to the public protection notice and dip-sampling "
        "shows it was completed in 88 per cent of cases in July.",
        "A dedicated DVPO co-ordinator now reviews every eligible case within 24 hours; the average time "
        "to apply has fallen from 41 to 19 hours.",
        "The digital forensics backlog has reduced by a third following investment in triage kiosks.",
    ]
    for k, ((q, text), up) in enumerate(zip(NW_AFI, updates), start=1):
        lab = doc.add_paragraph()
        lab.add_run("Area for improvement %d" % k).bold = True
        if k == 2:
            # the statement inside a content control, with a tracked correction of one word
            from docx.oxml import parse_xml
            from docxkit import W_NS, nid, DATE
            cut = text.index("orders")
            el = parse_xml(
                '<w:sdt %s><w:sdtPr><w:alias w:val="AFI text"/><w:tag w:val="AFI2"/><w:id w:val="%d"/><w:richText/></w:sdtPr>'
                '<w:sdtContent><w:p><w:pPr><w:pStyle w:val="IntenseQuote"/></w:pPr>%s'
                '<w:del w:id="%d" w:author="Staff Officer" w:date="%s">%s</w:del>'
                '<w:ins w:id="%d" w:author="Staff Officer" w:date="%s">%s</w:ins>%s</w:p></w:sdtContent></w:sdt>'
                % (W_NS, nid() * 31, run_xml(text[:cut]), nid(), DATE, run_xml("notices", deleted=True),
                   nid(), DATE, run_xml("orders"), run_xml(text[cut + len("orders"):])))
            body = doc.element.body
            body.insert(len(body) - 1, el)
        else:
            sdt_block(doc, "AFI%d" % k, "AFI text", [text])
            doc.element.body[-2].find(".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p").insert(
                0, __import__("docx").oxml.parse_xml(
                    '<w:pPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pStyle w:val="IntenseQuote"/></w:pPr>'))
        p = doc.add_paragraph()
        p.add_run("Progress: ").bold = True
        p.add_run(up)
    doc.add_heading("Recommendation", level=2)
    numbered(doc, "The Panel is asked to note the report.", num, 0)
    doc.add_paragraph("Gwenllian Parry-Hughes")
    doc.add_paragraph("Chief Constable")
    fn.finish()
    doc.save(os.path.join(OUT, "ky04.docx"))


# =============================================================== ky05 Dorset annual report chapter
def ky05():
    doc = base("Dorset Police Annual Report 2024/25", "Chapter 4 \u2013 Inspection and scrutiny")
    en = Notes(doc, "endnote")
    doc.add_heading("Chapter 4: Inspection and scrutiny", level=1)
    p = doc.add_paragraph()
    text_box(p, ["At a glance: PEEL 2023\u201325",
                 "Police powers and public treatment \u2013 Good",
                 "Preventing crime \u2013 Good",
                 "Responding to the public \u2013 Good",
                 "Investigating crime \u2013 Adequate",
                 "Protecting vulnerable people \u2013 Good",
                 "Managing offenders and suspects \u2013 Adequate",
                 "Workforce \u2013 Good",
                 "Leadership and force management \u2013 Adequate"], height_emu=2743200)
    p.add_run("Every force in England and Wales is inspected by His Majesty\u2019s Inspectorate of "
              "Constabulary and Fire & Rescue Services. Our PEEL inspection took place in the autumn of "
              "2024 and the report was published in February 2025.")
    en.ref(p, "The full report is available on the HMICFRS website.")
    bold_heading(doc, "What the inspectorate found", size=12)
    doc.add_paragraph(
        "We are proud that Dorset Police was judged good in five of the eight areas inspected. "
        "Investigating crime was graded adequate, an improvement on the requires improvement grade "
        "we received for investigating crime in the 2021/22 inspection.")
    doc.add_paragraph("Highlights the inspectors noted included:")
    for s in ["our neighbourhood teams\u2019 problem-solving work;",
              "the wellbeing support available to officers and staff; and",
              "the way we record and explain our use of stop and search."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Coastal communities in Weymouth and Swanage", style="List Bullet 2")
    bold_heading(doc, "Where we need to improve", size=12)
    p = doc.add_paragraph("The inspectors identified four areas for improvement. ")
    hyperlink(p, "Read the areas for improvement on the HMICFRS website", HMI_REPORT)
    p.add_run(". They are:")
    for (q, text) in DOR_AFI:
        doc.add_paragraph(text, style="List Bullet")
    doc.add_paragraph(
        "Work on each of these is overseen by our Force Improvement Board and reported to the Police "
        "and Crime Commissioner, Barnaby Kettleby. We will report our progress in next year\u2019s "
        "annual report.")
    bold_heading(doc, "Other scrutiny", size=12)
    doc.add_paragraph(
        "Our independent custody visitors made 212 visits during the year. Dorset & Wiltshire Fire and "
        "Rescue Service, with whom we share two stations, was judged good for its response to fires in "
        "its own inspection. Our regional partners, Avon and Somerset Constabulary and Gloucestershire "
        "Constabulary, also published PEEL reports during the year.")
    p = doc.add_paragraph("Chief Constable Alistair Fenwick-Oduya said: \u201cThe report shows a force that "
                          "is improving. We will not stand still.\u201d")
    en.ref(p, "Quote taken from the force\u2019s press statement of 20 February 2025.")
    en.finish()
    doc.save(os.path.join(OUT, "ky05.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in (ky01, ky02, ky03, ky04, ky05):
        f()
        print("built", f.__name__)
