"""kc02.docx: Annual Governance Statement 2024/25, Gloucestershire (python-docx)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docxhelp import set_cell, header_row, page_number_footer, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kc02.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = "OFFICIAL – Gloucestershire OPCC and Gloucestershire Constabulary"
page_number_footer(sec, "Annual Governance Statement 2024/25 – page ")

doc.add_heading("Annual Governance Statement 2024/25", 0)
doc.add_paragraph("Police and Crime Commissioner for Gloucestershire and Chief Constable of "
                  "Gloucestershire Constabulary. Joint statement for the year ended 31 March 2025.")

doc.add_heading("1. Scope of responsibility", 1)
doc.add_paragraph(
    "The Police and Crime Commissioner (the Commissioner) and the Chief Constable are separate "
    "corporations sole. Each is responsible for making sure that its business is conducted in "
    "accordance with the law and proper standards, that public money is safeguarded and properly "
    "accounted for, and that it is used economically, efficiently and effectively. This joint "
    "statement explains how the two bodies have complied with the joint Code of Corporate "
    "Governance, and meets the requirements of regulation 6(1)(b) of the Accounts and Audit "
    "Regulations 2015.")
doc.add_heading("2. The purpose of the governance framework", 1)
doc.add_paragraph(
    "The governance framework comprises the systems, processes, culture and values by which the "
    "two corporations sole are directed and controlled. It is designed to manage risk to a "
    "reasonable level rather than to eliminate all risk of failure, and so can provide only "
    "reasonable and not absolute assurance of effectiveness.")
doc.add_paragraph(
    "The framework follows the seven principles of the CIPFA/SOLACE framework Delivering Good "
    "Governance in Local Government (2016):")
for t in ["behaving with integrity, demonstrating strong commitment to ethical values, and respecting the rule of law;",
          "ensuring openness and comprehensive stakeholder engagement;",
          "defining outcomes in terms of sustainable economic, social and environmental benefits;",
          "determining the interventions necessary to optimise the achievement of the intended outcomes;",
          "developing the entity's capacity, including the capability of its leadership;",
          "managing risks and performance through robust internal control and strong public financial management;",
          "implementing good practices in transparency, reporting and audit to deliver effective accountability."]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("3. Review of effectiveness", 1)
doc.add_paragraph(
    "The review of effectiveness draws on the work of the joint chief officer team, the Joint "
    "Audit Committee, internal audit, the external auditor, the Police and Crime Panel and "
    "external inspectorates.")
doc.add_heading("3.1 Internal audit", 2)
doc.add_paragraph(
    "The Head of Internal Audit's annual opinion for 2024/25 is one of reasonable assurance. Of "
    "the 14 audits completed, two received substantial assurance, nine reasonable assurance and "
    "three limited assurance (fleet fuel cards, overtime authorisation and the management of "
    "seized cash). All 31 agreed actions are being tracked by the Joint Audit Committee, and 22 "
    "were complete by 30 June 2025.")
doc.add_heading("3.2 External audit", 2)
doc.add_paragraph(
    "The external auditor issued unqualified opinions on the 2023/24 accounts of both bodies in "
    "February 2025. Its value for money commentary reported no significant weakness in financial "
    "sustainability or governance, but a significant weakness in improving economy, efficiency and "
    "effectiveness, linked to the inspection findings described in section 4.")
doc.add_heading("3.3 External inspection", 2)
doc.add_paragraph(
    "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its "
    "PEEL 2023–25 report on the Constabulary in November 2024. Its findings are summarised in "
    "row 4 of the table in section 4 and in the Commissioner's published section 55 response. "
    "HMICFRS also published the national report on vetting, misconduct and misogyny; the "
    "Constabulary's response to its recommendations is monitored by the Professional Standards "
    "Board. Gloucestershire Fire and Rescue Service is governed by Gloucestershire County Council "
    "and is outside the scope of this statement.")

doc.add_heading("4. Significant governance issues", 1)
doc.add_paragraph(
    "The issues below were judged significant because of their effect on the delivery of the "
    "Police and Crime Plan, the financial position or public confidence. Progress on the issues "
    "reported in the 2023/24 statement is shown at Appendix A (not reproduced here).")
rows = [
    ("1", "Police pensions: McCloud/Sargeant remedy",
     ["The remedy requires the recalculation of benefits for about 1,900 members and former "
      "members. The pensions administrator has not met the statutory deadline for remediable "
      "service statements, and 340 statements remain outstanding."],
     ["Monthly contract meetings with the administrator; the Pension Board receives an exception "
      "report each quarter. Completion expected by December 2025."],
     "Chief Finance Officer (Constabulary)", "Dec 2025"),
    ("2", "Replacement of the enterprise resource planning (ERP) system",
     ["The finance, HR and duty management system reaches the end of vendor support in March "
      "2026. The replacement project is five months behind its original plan and forecast to cost "
      "£0.6m more than the £4.2m approved."],
     ["Revised business case approved in May 2025. Gateway review by the Joint Audit Committee "
      "in September 2025. Contingency extended support purchased to September 2026."],
     "Director of Corporate Services", "Sep 2026"),
    ("3", "Internal audit: limited assurance reports",
     ["Three limited assurance opinions (see 3.1), two of which relate to controls over cash and "
      "fuel."],
     ["Action plans agreed; follow-up audits scheduled in the 2025/26 plan."],
     "Joint Chief Finance Officers", "Mar 2026"),
    ("4", "HMICFRS PEEL 2023–25: investigating crime",
     ["The PEEL 2023–25 report graded the Constabulary inadequate for investigating crime and "
      "identified the following cause of concern:",
      "Gloucestershire Constabulary does not make sure that crimes are investigated effectively. "
      "Too many investigations are not allocated promptly, are not supervised, and are closed "
      "without the victim being told.",
      "HMICFRS made four recommendations to address it and moved the Constabulary into the Engage "
      "phase of its monitoring process in January 2025."],
     ["An Investigation Standards Board chaired by the Deputy Chief Constable meets monthly. "
      "A new crime allocation policy took effect in March 2025, and 96 supervisors completed "
      "investigative supervision training by June. Unallocated crimes fell from 1,310 to 402. "
      "The Commissioner holds the Chief Constable to account for progress at each public "
      "accountability meeting."],
     "Deputy Chief Constable", "Mar 2026"),
    ("5", "Vetting renewals",
     ["Following the national vetting, misconduct and misogyny report, 218 officers and staff "
      "were found to be overdue a vetting renewal at 31 March 2025."],
     ["Additional vetting officers recruited on fixed-term contracts; backlog to be cleared by "
      "October 2025."],
     "Head of Professional Standards", "Oct 2025"),
    ("6", "Medium-term financial sustainability",
     ["The medium-term financial strategy shows a cumulative gap of £7.9m by 2028/29 after planned "
      "savings."],
     ["Priority-based budgeting review under way; options to be presented with the 2026/27 "
      "budget."],
     "Joint Chief Finance Officers", "Feb 2026"),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
header_row(t, ["No.", "Issue", "Description", "Action taken and planned", "Lead / target date"])
for no, issue, desc, act, lead, date in rows:
    r = t.add_row().cells
    set_cell(r[0], no)
    set_cell(r[1], issue, bold=True)
    set_cell(r[2], desc)
    set_cell(r[3], act)
    set_cell(r[4], [lead, date])
    if no == "4":
        shade(r[1], "FCE4D6")
widths = [Cm(1.0), Cm(3.2), Cm(5.6), Cm(5.0), Cm(2.6)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w

doc.add_heading("5. Conclusion", 1)
doc.add_paragraph(
    "We are satisfied that, apart from the matters described in section 4, the governance "
    "arrangements of both corporations sole were fit for purpose during 2024/25. We will "
    "monitor the actions above through the year and report on them in next year's statement.")
doc.add_paragraph("Signed on behalf of the Police and Crime Commissioner and the Chief Constable:")
sig = doc.add_table(rows=2, cols=2)
set_cell(sig.cell(0, 0), ["Signed: ……………………", "Rupert Halloway", "Police and Crime Commissioner for Gloucestershire"])
set_cell(sig.cell(0, 1), ["Signed: ……………………", "Marianne Okafor-Reid", "Chief Constable, Gloucestershire Constabulary"])
set_cell(sig.cell(1, 0), ["Date: 24 July 2025"])
set_cell(sig.cell(1, 1), ["Date: 24 July 2025"])
doc.add_paragraph()
doc.add_paragraph("This statement was considered by the Joint Audit Committee on 17 July 2025 and "
                  "will be published with the audited statements of account.")
doc.save(OUT)
print("wrote", OUT)
