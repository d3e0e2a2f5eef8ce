"""Write docs/mp01.docx, mp02.docx, mp05.docx and mp07.docx (python-docx 1.2.0).

    /tmp/mpvenv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import header_text, labelled, numbered, set_cell, shade, tracked_replace
from texts import MP01_AFI, MP02_AFI, MP05_AFI, MP07_AFI

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

RAG = {"Green": "92D050", "Amber": "FFC000", "Red": "FF5050", "Blue": "8DB4E2"}


def table(doc, header, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for c, h in zip(t.rows[0].cells, header):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
            if v.split(" ")[0] in RAG and header[list(row).index(v)] in ("RAG", "Status"):
                shade(c, RAG[v.split(" ")[0]])
    return t


# ---------------------------------------------------------------- mp01
def mp01():
    doc = Document()
    header_text(doc, "OFFICIAL")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("AGENDA ITEM 11").bold = True
    doc.add_paragraph("Report to the Joint Audit Committee\n14 December 2016")
    doc.add_heading("HMIC Update", level=0)
    doc.add_heading("RECOMMENDATION", level=2)
    doc.add_paragraph("The Committee is asked to note the contents of this report.")
    doc.add_heading("1\tPURPOSE OF THE REPORT", level=1)
    numbered(doc, "1.1", "This paper brings the Committee up to date with the work of Her Majesty\u2019s "
             "Inspectorate of Constabulary (HMIC) in Gloucestershire since the September meeting, and "
             "sets out the inspection activity expected before the end of the 2016/17 financial year.")
    doc.add_heading("2\tPEEL EFFICIENCY 2016", level=1)
    numbered(doc, "2.1", "HMIC published its PEEL efficiency report on Gloucestershire Constabulary on "
             "3 November 2016. The constabulary was judged to be good at how efficiently it keeps "
             "people safe and reduces crime.")
    numbered(doc, "2.2", "This is an improvement on the 2015 assessment, when the constabulary was "
             "graded as requiring improvement for efficiency. Chief Constable Owen Marchbank has "
             "thanked the teams involved.")
    p = numbered(doc, "2.3", "The three questions within the efficiency pillar were graded as follows:")
    doc.add_comment(p.runs[-1], text="Check the question wording against the published report before "
                    "this goes out. HW", author="Hannah Wyatt", initials="HW")
    table(doc, ["Question", "Grade"], [
        ["How well does the force understand demand?", "Good"],
        ["How well does the force use its resources to meet demand?", "Requires improvement"],
        ["How well is the force planning for demand in the future?", "Good"],
    ])
    numbered(doc, "2.4", "The report contains two areas for improvement (AFIs). They are reproduced "
             "below with the constabulary\u2019s progress to date. Co-ordination of the response sits "
             "with the Business Improvement Unit, which reports monthly to the Chief Officer Group.")
    p = doc.add_paragraph()
    p.add_run("Area for improvement 1").bold = True
    doc.add_paragraph(MP01_AFI[0], style="Quote")
    p = doc.add_paragraph()
    p.add_run("Progress: ").bold = True
    tracked_replace(p, "A skills audit of all police officers was completed in October 2016. The "
                    "audit of police staff will begin in ", "January 2017", "February 2017",
                    ", once the new HR system is live.", "Hannah Wyatt", "2016-12-05T09:12:00Z")
    p = doc.add_paragraph()
    p.add_run("Area for improvement 2").bold = True
    doc.add_paragraph(MP01_AFI[1], style="Quote")
    p = doc.add_paragraph()
    p.add_run("Progress: ").bold = True
    p.add_run("To be reported to the March 2017 meeting.")
    numbered(doc, "2.5", "HMIC also identified the constabulary\u2019s demand modelling tool as good "
             "practice, and it has since been shared with Wiltshire Police and Avon and Somerset "
             "Constabulary through the tri-force collaboration.")
    doc.add_heading("3\tPEEL EFFECTIVENESS AND LEGITIMACY 2016", level=1)
    numbered(doc, "3.1", "The legitimacy report was published on 8 December 2016, and HMIC judged the "
             "constabulary to be good for legitimacy. A fuller paper on its findings will come to the "
             "March meeting.")
    numbered(doc, "3.2", "The effectiveness fieldwork took place in October 2016 and the report is "
             "expected in March 2017. HMIC will grade it on its usual four-point scale of "
             "outstanding, good, requires improvement and inadequate.")
    doc.add_heading("4\tOTHER INSPECTION ACTIVITY", level=1)
    numbered(doc, "4.1", "The constabulary contributed to HMIC\u2019s national crime data integrity "
             "programme. No graded judgement was given for Gloucestershire.")
    numbered(doc, "4.2", "The Police and Crime Commissioner, Gerald Ashworth-Pike, receives the same "
             "update through the Commissioner\u2019s Accountability Board.")
    doc.add_paragraph()
    doc.add_paragraph("Rhiannon Tapsell\nDeputy Chief Constable")
    doc.add_paragraph("Contact: Business Improvement Unit, extension 3140")
    doc.save(os.path.join(DOCS, "mp01.docx"))


# ---------------------------------------------------------------- mp02
def afi_block(doc, ref, text, done, will, owner, date, rag, author_ins=None):
    p = doc.add_paragraph()
    p.add_run("Area for improvement " + ref).bold = True
    doc.add_paragraph(text, style="Intense Quote")
    doc.add_heading("What we have done", level=4)
    if done:
        doc.add_paragraph(done)
    else:
        doc.add_paragraph("Not yet started.")
    doc.add_heading("What we will do", level=4)
    for w in will:
        if isinstance(w, tuple):
            p = doc.add_paragraph(style="List Bullet")
            tracked_replace(p, w[0], None, w[1], w[2], "PEEL Improvement Board", "2020-01-14T16:40:00Z")
        else:
            doc.add_paragraph(w, style="List Bullet")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Owner: " + owner, "Target date: " + date, "RAG: " + rag]):
        set_cell(c, v)
    shade(t.rows[0].cells[2], RAG[rag.split(" ")[0]])
    doc.add_paragraph()


def mp02():
    doc = Document()
    header_text(doc, "OFFICIAL \u2013 West Mercia Police")
    doc.add_heading("PEEL 2018/19 Improvement Plan", level=0)
    doc.add_paragraph("Version 1.3 \u2013 15 January 2020 \u2013 owned by the PEEL Improvement Board")
    doc.add_heading("1. Introduction", level=1)
    numbered(doc, "1.1", "Her Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
             "(HMICFRS) published its integrated PEEL assessment of West Mercia Police on 27 September "
             "2019.")
    numbered(doc, "1.2", "The force was graded as requires improvement for effectiveness, for efficiency "
             "and for legitimacy. We recognise much of what the inspectorate found, although we have "
             "told HM Inspector of Constabulary Marcus Pellow that some of the efficiency findings "
             "predate the decisions we have since taken.")
    numbered(doc, "1.3", "The report contains fourteen areas for improvement. Seven are reproduced in this "
             "plan; the other seven are held on the force\u2019s recommendations register and reported "
             "to the Assurance Board.")
    numbered(doc, "1.4", "The plan also reflects the end of the strategic alliance with Warwickshire "
             "Police on 7 October 2019, which changes how several of the actions will be delivered.")
    numbered(doc, "1.5", "Each area for improvement is quoted as HMICFRS wrote it, followed by what we "
             "have done, what we will do, the owner, the target date and a RAG status. The RAG key is "
             "in Appendix B.")

    doc.add_heading("2. Effectiveness \u2013 Requires improvement", level=1)
    doc.add_heading("2.1 Preventing crime and tackling anti-social behaviour \u2013 Requires improvement", level=2)
    afi_block(doc, "2.1.1", MP02_AFI["prev"],
              "A problem-solving hub has been set up in each policing area and 210 officers have "
              "completed OSARA training.",
              ["Publish an evaluation library on the intranet by April 2020.",
               "Review every neighbourhood problem-solving plan at the monthly performance meeting."],
              "Superintendent, Neighbourhood Policing", "30/06/2020", "Amber")
    doc.add_heading("2.2 Investigating crime \u2013 Requires improvement", level=2)
    afi_block(doc, "2.2.1", MP02_AFI["inv"],
              "Supervisors now complete a review of every crime within seven days of allocation.",
              ["Introduce an investigation plan template on the crime system.",
               ("Audit 100 investigations each quarter", " and report the results to the PEEL Improvement Board", ".")],
              "Head of Crime", "31/03/2020", "Green")
    afi_block(doc, "2.2.2", MP02_AFI["inv2"],
              "Two additional digital forensic examiners started in December 2019.",
              ["Procure self-service kiosks for each hub station."],
              "Head of Forensic Services", "30/09/2020", "Red")
    doc.add_heading("2.3 Protecting vulnerable people \u2013 Good", level=2)
    afi_block(doc, "2.3.1", MP02_AFI["pvp"], None,
              ["Add a mandatory voice-of-the-child field to the domestic abuse risk form.",
               "Brief all response officers through the spring training days."],
              "Head of Public Protection", "31/05/2020", "Amber")

    doc.add_heading("3. Efficiency \u2013 Requires improvement", level=1)
    doc.add_heading("3.1 Meeting current demands and using resources \u2013 Requires improvement", level=2)
    afi_block(doc, "3.1.1", MP02_AFI["res"],
              "A force-wide demand review started in November 2019 with support from the "
              "Strategic Planning team.",
              ["Complete the force management statement with a chapter on hidden demand."],
              "Head of Strategic Planning", "31/05/2020", "Amber")
    doc.add_heading("3.2 Planning for the future \u2013 Requires improvement", level=2)
    p = doc.add_paragraph()
    p.add_run("Area for improvement 3.2.1").bold = True
    doc.add_paragraph(MP02_AFI["plan"], style="Intense Quote")
    doc.add_paragraph("Response to follow \u2013 owner not yet assigned.")
    doc.add_paragraph()

    doc.add_heading("4. Legitimacy \u2013 Requires improvement", level=1)
    doc.add_heading("4.1 Treating the public fairly \u2013 Good", level=2)
    doc.add_paragraph("There are no areas for improvement in this section.")
    doc.add_heading("4.2 Ensuring the workforce behaves ethically and lawfully \u2013 Requires improvement", level=2)
    afi_block(doc, "4.2.1", MP02_AFI["eth"],
              "The vetting unit has cleared 1,140 of the 1,560 outstanding renewals.",
              ["Recruit three temporary vetting officers.",
               "Report compliance monthly to the Deputy Chief Constable."],
              "Head of Professional Standards", "31/12/2020", "Amber")
    doc.add_heading("4.3 Treating the workforce fairly \u2013 Good", level=2)
    doc.add_paragraph("There are no areas for improvement in this section.")

    doc.add_heading("Appendix A \u2013 Grades", level=1)
    table(doc, ["Pillar", "2018/19 grade", "2017 grade"], [
        ["Effectiveness", "Requires improvement", "Requires improvement"],
        ["Efficiency", "Requires improvement", "Good"],
        ["Legitimacy", "Requires improvement", "Good"],
    ])
    doc.add_paragraph("The 2017 grades are from the separate HMICFRS effectiveness, efficiency and "
                      "legitimacy inspections of that year.")
    doc.add_heading("Appendix B \u2013 RAG key", level=1)
    table(doc, ["Status", "Meaning"], [
        ["Green", "Complete, or on track to complete by the target date"],
        ["Amber", "Some risk to the target date; mitigation in place"],
        ["Red", "Target date will be missed without intervention"],
    ])
    doc.add_paragraph()
    doc.add_paragraph("Approved by Gareth Lindqvist, Chief Constable, and by Deputy Chief Constable "
                      "Priya Oduya, chair of the PEEL Improvement Board. Assistant Chief Constable "
                      "Martin Fenwright leads on effectiveness.")
    doc.add_paragraph("Shared with Bronwen Haile, Police and Crime Commissioner for West Mercia.")
    doc.save(os.path.join(DOCS, "mp02.docx"))


# ---------------------------------------------------------------- mp05
def mp05():
    doc = Document()
    header_text(doc, "NOTTINGHAMSHIRE POLICE \u2013 Office of the Chief Constable")
    doc.add_paragraph("Office of the Chief Constable\nSherwood Lodge\nArnold\nNottingham")
    doc.add_paragraph("14 October 2022")
    doc.add_paragraph("Amara Delacourt, Police and Crime Commissioner for Nottinghamshire\n"
                      "Arnot Hill House\nArnold")
    doc.add_paragraph("Dear Commissioner,")
    p = doc.add_paragraph()
    p.add_run("Re: HMICFRS PEEL 2021/22 \u2013 Nottinghamshire Police \u2013 Chief Constable\u2019s "
              "comments under section 55 of the Police Act 1996").bold = True
    numbered(doc, "1.", "Thank you for inviting my comments on His Majesty\u2019s Inspectorate of "
             "Constabulary and Fire & Rescue Services\u2019 PEEL report on Nottinghamshire Police, "
             "published on 29 September 2022.")
    numbered(doc, "2.", "I welcome the report. His Majesty\u2019s Inspector of Constabulary Fenella "
             "Crisp found a force that prevents crime well and treats the public fairly. The full "
             "grades are set out in Appendix A.")
    numbered(doc, "3.", "The inspectorate graded us good in six areas and adequate in three. I do not "
             "underestimate the one area where we were found to require improvement: responding to "
             "the public. We were judged to require improvement in how we answer and respond to "
             "calls, and that is where the force\u2019s effort is now concentrated.")
    numbered(doc, "4.", "The report contains no causes of concern. It makes five areas for improvement, "
             "and I set out below each one, what we have done and what we will do.")
    doc.add_heading("Responding to the public", level=2)
    doc.add_paragraph(MP05_AFI["resp"], style="Quote")
    labelled(doc, "What we have done:", "We have recruited 28 additional call handlers and introduced "
             "a call-back option for non-emergency callers.")
    p = labelled(doc, "What we will do:", "Move the contact centre to a new shift pattern by January 2023 "
                 "[DCC to confirm \u2013 is January still realistic?].")
    doc.add_comment(p.runs[-1], text="January is at risk \u2013 consultation with staff association "
                    "still open. Suggest March.", author="DCC office", initials="DCC")
    doc.add_paragraph(MP05_AFI["resp2"], style="Quote")
    labelled(doc, "What we have done:", "THRIVE refresher training has been delivered to every call "
             "handler, and repeat callers are now flagged automatically.")
    labelled(doc, "What we will do:", "Audit 200 calls a month and report compliance to the Force "
             "Performance Board.")
    doc.add_heading("Investigating crime", level=2)
    doc.add_paragraph(MP05_AFI["inv"], style="Quote")
    labelled(doc, "What we have done:", "Victim contact is now a mandatory field on every investigation "
             "plan.")
    labelled(doc, "What we will do:", "Introduce automated updates by text message for low-risk "
             "investigations.")
    doc.add_heading("Protecting vulnerable people", level=2)
    doc.add_paragraph(MP05_AFI["pvp"], style="Quote")
    labelled(doc, "What we have done:", "Referrals are now sent to the multi-agency safeguarding hub "
             "electronically, within 24 hours in 91 percent of cases.")
    labelled(doc, "What we will do:", "Agree a joint target with the local authorities by March 2023.")
    doc.add_heading("Building, supporting and protecting the workforce", level=2)
    doc.add_paragraph(MP05_AFI["work"], style="Quote")
    labelled(doc, "What we will do:", "A response to this area for improvement will be agreed at the "
             "November People Board.")
    numbered(doc, "5.", "I note that HMICFRS also inspected Nottinghamshire Fire and Rescue Service this "
             "year and judged it good at keeping people safe; that inspection is outside the scope of "
             "this letter.")
    numbered(doc, "6.", "I would be happy to discuss these comments at the next Strategic Resources and "
             "Performance meeting.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Katrin Ellesmere\nChief Constable")

    doc.add_heading("Appendix A \u2013 PEEL 2021/22 grades", level=1)
    table(doc, ["Area", "Grade"], [
        ["Treatment of the public", "Good"],
        ["Preventing crime and anti-social behaviour", "Good"],
        ["Responding to the public", "Requires improvement"],
        ["Investigating crime", "Adequate"],
        ["Protecting vulnerable people", "Adequate"],
        ["Managing offenders and suspects", "Good"],
        ["Disrupting serious organised crime", "Good"],
        ["Building, supporting and protecting the workforce", "Adequate"],
        ["Strategic planning, organisational management and value for money", "Good"],
        ["Recording data about crime", "Good"],
        ["Providing a service to victims of crime", "Not graded"],
    ])
    doc.add_paragraph("Grades: outstanding, good, adequate, requires improvement, inadequate.")
    doc.save(os.path.join(DOCS, "mp05.docx"))


# ---------------------------------------------------------------- mp07
def mp07():
    doc = Document()
    header_text(doc, "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight")
    doc.add_heading("PCC & Force Response to PEEL Legitimacy 2017", level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Report", "PEEL: Police legitimacy 2017 \u2013 An inspection of "
                                 "Hampshire Constabulary"),
                                ("Published", "12 December 2017"),
                                ("Overall grade", "Good"),
                                ("Response due", "6 February 2018")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        set_cell(t.rows[i].cells[1], b)
    doc.add_heading("1. Commissioner\u2019s summary", level=1)
    numbered(doc, "1.1", "I welcome HMICFRS\u2019s finding that Hampshire Constabulary is good at "
             "treating the public and its workforce legitimately. The constabulary was also graded "
             "good in HMIC\u2019s 2016 legitimacy inspection.")
    numbered(doc, "1.2", "The inspectorate found the constabulary good at treating the people it serves "
             "with fairness and respect and good at making sure its workforce behaves ethically and "
             "lawfully. It judged that the constabulary requires improvement in how fairly and with how "
             "much respect it treats its own workforce.")
    numbered(doc, "1.3", "I have asked the Chief Constable for her response to each area for "
             "improvement, and these are set out in section 2 together with my comments.")
    doc.add_heading("2. Areas for improvement and responses", level=1)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["No.", "Area for improvement", "Force response", "Lead", "Timescale"]):
        set_cell(c, h, bold=True)
        shade(c, "D9D9D9")
    rows = [
        ["1", MP07_AFI[0], "A positive action programme started in January 2018; mentoring is now "
         "offered to every applicant for promotion.", "Director of People", "June 2018"],
        ["2", MP07_AFI[1], "Exit surveys now include the grievance process, and the results are reported "
         "to the People Board each quarter.", "Director of People", "April 2018"],
        ["3", MP07_AFI[2], "\u2014", "Head of Professional Standards", "\u2014"],
    ]
    for r in rows:
        cells = tb.add_row().cells
        for c, v in zip(cells, r):
            set_cell(c, v)
    doc.add_paragraph()
    doc.add_heading("3. Commissioner\u2019s comments", level=1)
    numbered(doc, "3.1", "I am disappointed that the constabulary has not yet provided a response to the "
             "third area for improvement, and I will seek one at my next scrutiny meeting.")
    numbered(doc, "3.2", "The constabulary\u2019s Joint Operations Unit with Thames Valley Police was not "
             "within the scope of this inspection.")
    doc.add_paragraph()
    doc.add_paragraph("Rowan Kettering\nPolice and Crime Commissioner for Hampshire and the Isle of Wight")
    doc.add_paragraph("Response approved by Chief Constable Ophelia Hardcastle")
    doc.save(os.path.join(DOCS, "mp07.docx"))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    mp01(); mp02(); mp05(); mp07()
    print("wrote mp01 mp02 mp05 mp07")
