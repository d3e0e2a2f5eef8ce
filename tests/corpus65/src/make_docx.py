"""lj02.docx, lj04.docx, lj06.docx with python-docx (venv /tmp/lj65venv)."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from facts import *
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, hexcolour):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolour)
    tcPr.append(shd)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = foot


def table(doc, header, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True
        shade(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    return t


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


# ---------------------------------------------------------------- lj02 Sussex improvement plan
def lj02():
    doc = Document()
    landscape(doc)
    header_footer(doc, "OFFICIAL", "Sussex Police – PEEL Improvement Plan v3.2 – page owner: Strategic Change")
    doc.add_heading("PEEL 2023–25 Improvement Plan", 0)
    doc.add_paragraph("Sussex Police | Version 3.2 | Position at 31 March 2026 | Approved by Force Executive Board 14 April 2026")
    doc.add_heading("Foreword", 1)
    doc.add_paragraph(
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
        "its PEEL 2023–25 report on Sussex Police in June 2025. Inspectors judged us to be good at "
        "responding to the public and good at protecting vulnerable people. They graded our "
        "investigation of crime as adequate, and they left us with four areas for improvement, "
        "which this plan tracks to closure.")
    doc.add_paragraph(
        "Each area for improvement is shown in the inspectorate's own words in the left-hand column. "
        "The actions beside it are ours. An area for improvement is only proposed for closure when "
        "every action is complete and the Force Executive Board has seen evidence that it has made a "
        "difference.")
    p = doc.add_paragraph("Imogen Trask")
    p.runs[0].bold = True
    doc.add_paragraph("Chief Constable")
    doc.add_heading("RAG key", 2)
    k = table(doc, ["Status", "Meaning"], [
        ["Green", "Complete, or on track to finish by the due date"],
        ["Amber", "At risk; mitigation agreed"],
        ["Red", "Off track; escalated to the Deputy Chief Constable"],
        ["Blue", "Closed by Force Executive Board"]])
    doc.add_heading("Plan by area for improvement", 1)
    doc.add_paragraph(
        "Plan owner: Deputy Chief Constable Owain Bellamy. Action leads are named by role. Dates are "
        "the dates of the last update, not the period the finding relates to.")
    hdr = ["Ref", "Area for improvement (HMICFRS wording)", "Action", "Action lead", "Due", "Progress at 31 March 2026", "RAG"]
    plan = [
        ("SP-AFI-01 Investigating crime", S_1, [
            ("1.1 Launch investigation plan template in Niche", "Head of Crime", "Sep 2025", "Live since 2 September 2025.", "Green"),
            ("1.2 Sergeant dip-sample of 20 plans per month", "Crime Standards Manager", "Ongoing", "Compliance 78% in March (target 90%).", "Amber"),
            ("1.3 Add plan review to PDR objectives for sergeants", "HR Business Partner", "Apr 2026", "Drafted.", "Green")]),
        ("SP-AFI-02 Investigating crime", S_2, [
            ("2.1 Automated victim update texts at key stages", "Victim Services Lead", "Dec 2025", "Rolled out to all districts.", "Green"),
            ("2.2 Victims' Code compliance audit", "Crime Standards Manager", "Mar 2026", "Audit found 83% compliance; re-audit booked.", "Amber")]),
        ("SP-AFI-03 Preventing crime", S_3, [
            ("3.1 Commission evaluation of three problem-solving plans", "Prevention Superintendent", "Jan 2026", "University partner appointed; fieldwork under way.", "Green"),
            ("3.2 Publish what-works library on intranet", "Prevention Hub", "Jun 2026", "Not started.", "Red")]),
        ("SP-AFI-04 Leadership and force management", S_4, [
            ("4.1 Refresh demand model for FMS 2026", "Head of Strategic Planning", "May 2026", "Data gathering complete.", "Green"),
            ("4.2 Link workforce plan to demand model", "Head of People", "Sep 2026", "Scoping.", "Green")]),
    ]
    t = table(doc, hdr, [])
    for ref, afi, actions in plan:
        start = len(t.rows)
        for a in actions:
            cells = t.add_row().cells
            for i, v in enumerate(a):
                cells[2 + i].text = v
        first, last = t.rows[start], t.rows[len(t.rows) - 1]
        m0 = first.cells[0].merge(last.cells[0]); m0.text = ref
        m1 = first.cells[1].merge(last.cells[1]); m1.text = afi
    row = t.add_row().cells
    m = row[0].merge(row[6])
    m.text = ("Force-identified improvements (not HMICFRS findings) are tracked separately in the "
              "Continuous Improvement Register and are not shown here.")
    doc.add_heading("Grading scale used by HMICFRS", 2)
    doc.add_paragraph("Outstanding – Good – Adequate – Requires improvement – Inadequate. "
                      "Providing a service to the victims of crime is not graded.")
    doc.add_paragraph("Next review: Force Executive Board, July 2026.")
    doc.save(os.path.join(DOCS, "lj02.docx"))


# ---------------------------------------------------------------- lj04 Kent audit tracker
def lj04():
    doc = Document()
    landscape(doc)
    header_footer(doc, "Kent Police and Kent PCC – Joint Audit Committee – 22 January 2026 – Item 9",
                  "Prepared by the Southern Shires Internal Audit Partnership")
    doc.add_heading("Follow-up of agreed actions: external inspection and internal audit", 1)
    doc.add_paragraph("Joint Audit Committee, 22 January 2026. Agenda item 9. Author: Head of Corporate Assurance.")
    doc.add_heading("1. Summary", 2)
    doc.add_paragraph(
        "This report tells the Committee where each open or recently closed action stands. It "
        "brings together findings from His Majesty's Inspectorate of Constabulary and Fire & "
        "Rescue Services (HMICFRS) and from the internal audit plan. Since the last meeting, 6 "
        "actions have been completed and 3 have had their target dates revised. 2 actions are "
        "overdue.")
    doc.add_paragraph(
        "Two findings from the 2018/19 PEEL inspection of Kent Police remained open until this "
        "year because they were carried into the force's people strategy. Both are now proposed "
        "for closure. The Chief Constable, Jonathan Ferraby, has asked that older items are not "
        "closed until the evidence has been tested by audit.")
    doc.add_heading("2. Status key", 2)
    doc.add_paragraph("C – complete; IP – in progress; OD – overdue; PC – proposed for closure; "
                      "Assurance opinions: Substantial, Reasonable, Limited, No assurance.")
    doc.add_heading("3. Tracker", 2)
    hdr = ["Source", "Ref", "Recommendation / finding", "Agreed management action", "Owner",
           "Original target", "Revised target", "Status"]
    rows = [
        ["HMICFRS PEEL 2018/19 (published 2019), area for improvement – Legitimacy: fair treatment of the public", "P19-03", K_1819A,
         "Use of force forms made mandatory and linked to stop and search data; quarterly disproportionality "
         "report to the Fairness and Legitimacy Board since March 2021.", "Head of Professional Standards",
         "31/03/2020", "31/12/2025", "PC"],
        ["HMICFRS PEEL 2018/19 (published 2019), area for improvement – Efficiency: planning for the future", "P19-07", K_1819B,
         "Skills database built into the HR system; skills gaps reported in the force management statement.",
         "Director of People", "30/09/2020", "31/12/2025", "PC"],
        ["HMICFRS PEEL 2023–25, area for improvement – Investigating crime", "P25-04", K_A1,
         "Closure letters reviewed by supervisors before an investigation is filed.",
         "Head of Crime", "31/03/2026", "–", "IP"],
        ["Internal audit 2024/25 – Overtime (Limited assurance)", "IA24-06",
         "Management should ensure that overtime claims are approved by a supervisor who did not work the shift.",
         "Approval workflow changed in the payroll system.", "Head of Finance", "30/06/2025", "–", "C"],
        ["Internal audit 2025/26 – Seized property (Reasonable assurance)", "IA25-02",
         "The force should reconcile high-value seized property with the property system each quarter.",
         "Quarterly reconciliation introduced.", "Head of Estates", "31/12/2025", "31/03/2026", "OD"],
        ["HMICFRS PEEL 2023–25, cause of concern – Responding to the public", "P25-CoC1", "See separate cause of concern action plan.",
         "Reported to the Force Improvement Board.", "ACC Local Policing", "–", "–", "IP"],
    ]
    t = table(doc, hdr, rows)
    for r in t.rows:
        for c in r.cells:
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8.5)
    doc.add_heading("4. Recommendation", 2)
    doc.add_paragraph("The Committee is asked to note the report and to agree that P19-03 and P19-07 are closed.")
    doc.save(os.path.join(DOCS, "lj04.docx"))


# ---------------------------------------------------------------- lj06 Kent CoC action plan
def lj06():
    doc = Document()
    header_footer(doc, "OFFICIAL", "Kent Police – Causes of Concern Action Plan – version 5 (February 2026)")
    doc.add_heading("Causes of Concern: Action Plan", 0)
    doc.add_paragraph("PEEL 2023–25 inspection of Kent Police. Report published 12 March 2025.")
    doc.add_heading("Introduction", 1)
    doc.add_paragraph(
        "In its PEEL 2023–25 report on Kent Police, HMICFRS graded the force as requires improvement "
        "for responding to the public and for protecting vulnerable people. Investigating crime was "
        "graded adequate. The inspectorate raised two causes of concern and made four "
        "recommendations to address them.")
    doc.add_paragraph(
        "This plan sets out each cause of concern with its recommendations nested beneath it, in the "
        "inspectorate's words, followed by our actions. It is scrutinised by Police and Crime "
        "Commissioner Priya Valance at her quarterly Performance and Delivery Board. The national "
        "recommendation in the inspectorate's 2024 report on call handling, addressed to all chief "
        "constables and the College of Policing, is tracked separately.")
    plans = [
        ("Cause of concern 1 – Responding to the public", K_COC1,
         "Overall position: 999 calls answered within 10 seconds rose from 71% (March 2025) to 88% "
         "(January 2026). HMICFRS revisit expected in spring 2026.",
         [("Recommendation 1.1", K_R1A, ["Recruit 42 additional call handlers (38 in post).",
                                          "Introduce annualised hours rota for Force Control Room."],
           "Status: On track. 999 answer time now within target on 24 of 31 days in January."),
          ("Recommendation 1.2", K_R1B, ["Adopt THRIVE structured triage in all call types.",
                                          "Mandatory field added to STORM incident log."],
           "Status: Complete (November 2025). Dip sample shows 96% of logs have a recorded assessment.")]),
        ("Cause of concern 2 – Protecting vulnerable people", K_COC2,
         "Overall position: safeguarding audit programme started in September 2025; early results "
         "are mixed.",
         [("Recommendation 2.1", K_R2A, ["DASH completion to be checked at point of incident closure."],
           "Status: At risk. Completion is 84% against a target of 100%."),
          ("Recommendation 2.2", K_R2B, ["Supervisor review field added to high-risk incidents.",
                                          "Duty inspector checks at handover."],
           "Status: On track.")]),
    ]
    for head, coc, pos, recs in plans:
        doc.add_heading(head, 1)
        doc.add_paragraph(coc, style="Intense Quote")
        doc.add_paragraph(pos)
        for rh, rec, actions, status in recs:
            doc.add_heading(rh, 2)
            doc.add_paragraph(rec, style="Quote")
            doc.add_paragraph("Our actions:")
            for a in actions:
                doc.add_paragraph(a, style="List Bullet")
            doc.add_paragraph(status)
    doc.add_heading("Governance", 1)
    doc.add_paragraph(
        "The plan is owned by the Chief Constable, Jonathan Ferraby, and managed day to day by the "
        "Assistant Chief Constable for Local Policing. Kent Fire and Rescue Service, which HMICFRS "
        "graded good for responding to fires and other emergencies, shares the control room "
        "building but is not covered by this plan.")
    doc.save(os.path.join(DOCS, "lj06.docx"))


lj02(); lj04(); lj06()
