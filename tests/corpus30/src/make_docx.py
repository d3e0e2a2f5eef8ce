"""Write docs/i01.docx, docs/i04.docx and docs/i05.docx (python-docx).

    /tmp/c30venv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from docxutil import shade, set_cell, labelled, page_number
import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")

AREA_NAMES = {
    "treatment-of-public": "Police powers and public treatment",
    "preventing-crime": "Preventing crime",
    "responding-to-public": "Responding to the public",
    "investigating-crime": "Investigating crime",
    "protecting-vulnerable": "Protecting vulnerable people",
    "managing-offenders": "Managing offenders and suspects",
    "workforce": "Building, supporting and protecting the workforce",
    "leadership-management": "Leadership and force management",
}


def header_footer(doc, head, foot, number=True):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = foot + ("   Page " if number else "")
    if number:
        page_number(fp)


# ------------------------------------------------------------------------------------------
def i01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    header_footer(doc, "OFFICIAL", "MPS response to PEEL 2023\u201325 \u2013 version 1.3")

    doc.add_heading("Metropolitan Police Service", level=0)
    doc.add_heading("Our response to the PEEL 2023\u201325 inspection and progress against its "
                    "findings", level=1)
    meta = doc.add_table(rows=5, cols=2)
    meta.style = "Table Grid"
    for r, (k, v) in enumerate([
        ("Document owner", "Strategy and Governance, Met Headquarters"),
        ("Version / date", "1.3 \u2013 14 March 2025"),
        ("Inspection", "PEEL 2023\u201325: An inspection of the Metropolitan Police Service "
                       "(published 6 February 2025)"),
        ("Oversight", "Mayor\u2019s Office for Policing and Crime (MOPAC)"),
        ("Next review", "MOPAC Oversight Board, 22 May 2025"),
    ]):
        set_cell(meta.cell(r, 0), k, bold=True)
        shade(meta.cell(r, 0), "D9E2F3")
        set_cell(meta.cell(r, 1), v)

    doc.add_heading("1. Introduction", level=2)
    doc.add_paragraph(
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
        "published its PEEL 2023\u201325 report on the Metropolitan Police Service (MPS) in "
        "February. This document sets out our response to each of its findings and records the "
        "comments that the Mayor's Office for Policing and Crime (MOPAC) has made on our "
        "progress. In London the Mayor holds the powers that a police and crime commissioner "
        "holds elsewhere, and MOPAC scrutinises the Met on the Mayor's behalf.")
    doc.add_paragraph(
        "The Commissioner, Sir Callum Redfearn, has asked Deputy Commissioner Priya Ghale to "
        "lead our improvement work. Each finding has a named chief officer as its owner, and "
        "progress is reported to the Commissioner's Management Board every month.")
    doc.add_paragraph(
        "We are grateful to His Majesty's Inspector of Constabulary Eleanor Strachan-Boyd and "
        "her team for the way the inspection was carried out.")

    doc.add_heading("2. The grades we received", level=2)
    doc.add_paragraph(
        "HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires "
        "improvement and inadequate. Our grades are set out below.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    set_cell(t.rows[0].cells[0], "Area of policing", bold=True)
    set_cell(t.rows[0].cells[1], "Grade", bold=True)
    for area, grade in [
        ("Police powers and public treatment", "Adequate"),
        ("Preventing crime", "Good"),
        ("Responding to the public", "Requires improvement"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Inadequate"),
        ("Managing offenders and suspects", "Adequate"),
        ("Building, supporting and protecting the workforce", "Requires improvement"),
        ("Leadership and force management", "Adequate"),
        ("Providing a service to victims of crime", "Not graded"),
    ]:
        row = t.add_row().cells
        set_cell(row[0], area)
        set_cell(row[1], grade)
    doc.add_paragraph(
        "Our call handling has improved since the last inspection. In 2021/22 responding to "
        "the public was graded inadequate; it is now one grade higher. We know that protecting "
        "vulnerable people has moved the other way, and that is where most of this plan is "
        "focused. The inspectorate also noted good practice in our approach to town centre "
        "patrols, which is being shared with other forces.")

    doc.add_heading("3. Cause of concern and recommendations", level=2)
    doc.add_paragraph("The report sets out one cause of concern:")
    doc.add_paragraph(T.MET_COC, style="Intense Quote")
    labelled(doc, "MPS response:",
             "A Vulnerability Improvement Board, chaired by the Deputy Commissioner, met for "
             "the first time on 19 February. It has commissioned a review of every referral "
             "route and will report to MOPAC in May.")
    labelled(doc, "MOPAC oversight comment:",
             "MOPAC will attend the Board as an observer and has asked for monthly data on "
             "referral times, broken down by borough.")
    doc.add_paragraph("The inspectorate made two recommendations to address it.")
    doc.add_heading("Recommendation 1", level=3)
    doc.add_paragraph(T.MET_REC1, style="Quote")
    labelled(doc, "MPS response:",
             "A revised vulnerability assessment form went live on mobile devices on 3 March. "
             "Completion is now checked in every daily management meeting.")
    labelled(doc, "MOPAC oversight comment:",
             "Good early progress. MOPAC will dip-sample records in April.")
    doc.add_heading("Recommendation 2", level=3)
    doc.add_paragraph(T.MET_REC2, style="Quote")
    labelled(doc, "MOPAC oversight comment:",
             "The MPS has not yet agreed a timescale with the London boroughs. MOPAC has asked "
             "for a response before the May Oversight Board.")

    doc.add_heading("4. Areas for improvement", level=2)
    doc.add_paragraph(
        "The report identifies six areas for improvement. The table below gives our response "
        "and progress for each, together with MOPAC's comment.")
    at = doc.add_table(rows=1, cols=5)
    at.style = "Table Grid"
    for i, h in enumerate(["No.", "Area", "Area for improvement", "MPS response and progress",
                           "MOPAC oversight comment"]):
        set_cell(at.rows[0].cells[i], h, bold=True)
        shade(at.rows[0].cells[i], "1F3864")
        at.rows[0].cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    responses = [
        ("Body-worn video review has been added to the supervisors' stop and search checklist. "
         "Assistant Commissioner Tomasz Bielecki owns this action.",
         "Welcome. MOPAC's community scrutiny groups will be asked for their view."),
        ("Average answer time for 101 calls fell from 14 to 9 minutes between November and "
         "February.",
         "Encouraging, but MOPAC notes that abandonment remains above the Met's own target."),
        ("A new closure letter has been agreed with the Victims' Commissioner's office.",
         "MOPAC supports this approach."),
        ("To be confirmed.",
         "MOPAC has asked the MPS for a costed plan for digital forensics."),
        ("Protected learning time of one day a fortnight was introduced for all student "
         "officers from January.",
         "MOPAC will track attrition of student officers each quarter."),
        ("The demand model is being rebuilt for the 2026/27 budget round.",
         "MOPAC expects to see the model before the budget is set."),
    ]
    for n, ((area, text), (resp, mop)) in enumerate(zip(T.MET_AFI, responses), start=1):
        c = at.add_row().cells
        set_cell(c[0], str(n))
        set_cell(c[1], AREA_NAMES[area])
        set_cell(c[2], text)
        set_cell(c[3], resp)
        set_cell(c[4], mop)

    doc.add_heading("5. Other inspection activity", level=2)
    doc.add_paragraph(
        "HMICFRS's national report on vetting and misconduct made recommendations to all "
        "chief constables and to the Commissioner. Those are tracked separately and are not "
        "part of this plan. London Fire Brigade was inspected by HMICFRS in the same year and "
        "was judged good at preventing fires; that inspection is outside the scope of this "
        "document.")
    doc.add_paragraph("Deputy Commissioner\nMetropolitan Police Service\n14 March 2025")
    doc.save(os.path.join(DOCS, "i01.docx"))


# ------------------------------------------------------------------------------------------
def i04():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    header_footer(doc, "Greater Manchester Combined Authority \u2013 Press Office",
                  "GMCA, Tootal Buildings, Oxford Street, Manchester", number=False)
    ht = doc.add_table(rows=2, cols=2)
    ht.style = "Table Grid"
    set_cell(ht.cell(0, 0), "NEWS RELEASE", bold=True)
    shade(ht.cell(0, 0), "E31937")
    set_cell(ht.cell(0, 1), "EMBARGOED until 00:01, Thursday 10 April 2025", bold=True)
    set_cell(ht.cell(1, 0), "Contact")
    set_cell(ht.cell(1, 1), "GMCA press office \u2013 out of hours, call the duty press officer")

    doc.add_heading("Mayor welcomes \u2018outstanding\u2019 verdict on GMP\u2019s work to "
                    "prevent crime", level=1)
    doc.add_paragraph(
        "Greater Manchester Police has been graded outstanding at preventing crime in its "
        "latest PEEL inspection, the first time the force has received the top grade in any "
        "area since His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
        "Services (HMICFRS) introduced its current grading approach.")
    doc.add_paragraph(
        "The report, published today, also finds GMP good at responding to the public \u2013 "
        "an area it was graded inadequate in during the 2021/22 inspection \u2013 and good at "
        "treating the public fairly and using its police powers, at managing offenders and "
        "suspects, at building, supporting and protecting its workforce, and at leadership "
        "and force management.")
    doc.add_paragraph(
        "Inspectors said the force was adequate at investigating crime and at protecting "
        "vulnerable people, and both areas will be the focus of the Police and Crime Plan "
        "refresh this summer.")
    doc.add_paragraph(
        "In Greater Manchester there is no police and crime commissioner. Since 2017 the "
        "Mayor has held those powers, and the Deputy Mayor for Policing, Crime, Criminal "
        "Justice and Fire oversees the force day to day \u2013 an arrangement now shared with "
        "West Yorkshire.")
    doc.add_paragraph("Tobias Hartigan, Mayor of Greater Manchester, said:")
    doc.add_paragraph(
        "\u201cFive years ago this force was in special measures. Today\u2019s report shows a "
        "force that answers the phone, turns up and stops crime before it happens. That is "
        "what residents asked for and it is what they are getting.\u201d", style="Quote")
    doc.add_paragraph(
        "Kiran Dhaliwal-Moss, Deputy Mayor for Policing, Crime, Criminal Justice and Fire, "
        "added:")
    doc.add_paragraph(
        "\u201cWe will hold GMP to account for the two areas that are still only adequate. "
        "Victims of crime deserve a thorough investigation every time.\u201d", style="Quote")
    doc.add_paragraph("Chief Constable Siobhan Ferriday said:")
    doc.add_paragraph(
        "\u201cThis grading belongs to every officer, member of staff and volunteer in GMP. We "
        "are not finished, and Deputy Chief Constable Owen Latchford is leading the work on "
        "investigations that the inspectors asked for.\u201d", style="Quote")
    doc.add_paragraph(
        "His Majesty\u2019s Inspector of Constabulary, Reuben Ashdown-Clay, said in the "
        "report that the force had \u201cchanged almost beyond recognition\u201d and that its "
        "neighbourhood teams were among the best he had seen.")
    doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("Notes to editors", level=2)
    for n in [
        "HMICFRS grades police forces as outstanding, good, adequate, requires improvement or "
        "inadequate. It does not grade the service a force provides to victims of crime.",
        "Greater Manchester Fire and Rescue Service was inspected separately in 2024 and was "
        "found to be good in all three pillars.",
        "The Police and Crime Plan consultation closes on 30 June 2025.",
        "Photographs of the Mayor and the Chief Constable are available on request.",
    ]:
        doc.add_paragraph(n, style="List Number")
    doc.save(os.path.join(DOCS, "i04.docx"))


# ------------------------------------------------------------------------------------------
def i05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Staffordshire Commissioner\nPolice | Fire & Rescue | Crime"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ("Staffordshire Commissioner's Office, Block 9, Weston Road, Stafford.  "
               "www.staffordshire-pfcc.gov.uk")
    for line in ["Our ref: SC/INSP/25/014", "Your ref: PEEL 2023\u201325/Staffs", "",
                 "2 June 2025", "",
                 "Sir Jonathan Ferrars", "His Majesty's Chief Inspector of Constabulary",
                 "HMICFRS", "By email", ""]:
        doc.add_paragraph(line)
    doc.add_paragraph("Dear Sir Jonathan,")
    p = doc.add_paragraph()
    p.add_run("PEEL 2023\u201325: An inspection of Staffordshire Police \u2013 response under "
              "section 55 of the Police Act 1996").bold = True
    doc.add_paragraph(
        "Thank you for your report on Staffordshire Police, published on 9 April 2025. As the "
        "Commissioner responsible for policing, fire and rescue and crime in Staffordshire, I "
        "am required to publish my comments on it within 56 days; this letter is that "
        "response, and it will be placed on my website alongside the report.")
    doc.add_paragraph(
        "I welcome your finding that the force is good at preventing crime and at managing "
        "offenders and suspects. The force was judged adequate in five areas: police powers "
        "and public treatment; investigating crime; protecting vulnerable people; building, "
        "supporting and protecting the workforce; and leadership and force management.")
    doc.add_paragraph(
        "I am disappointed that responding to the public requires improvement, the same grade "
        "the force received in 2021/22. I have made call handling a standing item at my "
        "Strategic Governance Board, and Temporary Chief Constable Marisa Quayle has agreed to "
        "report on it at every meeting until the grade improves. The force has also invited "
        "Essex Police to carry out a peer review of its contact centre in the summer.")
    doc.add_paragraph(
        "Your report makes no cause of concern and no recommendations. It identifies four "
        "areas for improvement, which I set out below with the force's action and my own "
        "assurance.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Area for improvement", "Force action",
                           "Commissioner's assurance"]):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DDDDDD")
    rows = [
        ("A new call-handling rota started in May and the THRIVE refresher course is "
         "mandatory for all contact staff by September.",
         "Reviewed at the Strategic Governance Board in May. Partly assured."),
        ("An investigations allocation policy has been rewritten and workloads are now "
         "reviewed weekly by each local policing team.",
         "Assured. Internal audit will test this in quarter 3."),
        ("Training on the voice of the child has been delivered to 82 per cent of response "
         "officers.",
         "Assured, subject to completion of the remaining training."),
        ("\u2013",
         "Not yet assured. I have asked the force for a benefits framework by October."),
    ]
    for (area, text), (act, ass) in zip(T.STAFFS_AFI, rows):
        c = t.add_row().cells
        set_cell(c[0], text)
        set_cell(c[1], act)
        set_cell(c[2], ass)
    doc.add_paragraph("")
    doc.add_paragraph(
        "Your colleagues also inspected Staffordshire Fire and Rescue Service this year and "
        "graded it good at preventing fires. I will respond to that report separately.")
    doc.add_paragraph(
        "I would like to thank you and His Majesty's Inspector of Constabulary Lorna "
        "Whitcombe-Reyes for the constructive way the inspection was conducted.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("")
    doc.add_paragraph("Benedict Harcourt-Ames")
    doc.add_paragraph("Staffordshire Commissioner for Police, Fire and Rescue and Crime")
    doc.add_paragraph("cc: Temporary Chief Constable, Staffordshire Police; Chair, Staffordshire "
                      "Police, Fire and Crime Panel")
    doc.save(os.path.join(DOCS, "i05.docx"))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    i01()
    i04()
    i05()
    print("wrote i01.docx i04.docx i05.docx")
