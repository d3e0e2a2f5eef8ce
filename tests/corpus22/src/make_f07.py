"""f07.docx: minutes of the Leicestershire PCC's Strategic Assurance Board, PEEL 2023-25 item in prose."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docxutil import cell_paras, shade, page_field

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "OFFICIAL – Strategic Assurance Board minutes"
fp = sec.footer.paragraphs[0]; fp.text = "Approved at the meeting of 13 March 2025. Page "
page_field(fp)

t = doc.add_paragraph(style="Title"); t.add_run("Strategic Assurance Board")
doc.add_paragraph("Office of the Police and Crime Commissioner for Leicester, Leicestershire and "
                  "Rutland")
p = doc.add_paragraph(); p.add_run("Minutes of the meeting held on 12 December 2024 at 10:00, "
                                   "Police Headquarters, Enderby").bold = True

doc.add_heading("Present", level=2)
present = [
    ("Farida Qureshi-Lowe", "Police and Crime Commissioner (Chair)"),
    ("Benedict Arkwright", "Chief Constable"),
    ("Siân Maddox", "Deputy Chief Constable"),
    ("Kieran Stott", "Assistant Chief Constable"),
    ("Lorraine Bassey", "Chief Executive, OPCC"),
    ("Dr Amrit Sandhu", "Independent member, Ethics Committee"),
    ("Owen Parfitt", "Governance Officer, OPCC (minutes)"),
]
tb = doc.add_table(rows=1, cols=2); tb.style = "Light Grid Accent 1"
cell_paras(tb.rows[0].cells[0], ["Name"], bold_first=True)
cell_paras(tb.rows[0].cells[1], ["Role"], bold_first=True)
for n, r in present:
    c = tb.add_row().cells; c[0].text = n; c[1].text = r
doc.add_paragraph("Apologies: Chief Finance Officer, OPCC; Temporary Assistant Chief Constable "
                  "Gemma Hollins.")

doc.add_heading("1. Declarations of interest", level=2)
doc.add_paragraph("There were none.")
doc.add_heading("2. Minutes of the meeting of 10 October 2024", level=2)
doc.add_paragraph("The minutes were agreed as a correct record.")

doc.add_heading("3. HMICFRS PEEL 2023–25 report", level=2)
paras = [
    "3.1 The Chief Constable introduced the report, which His Majesty's Inspectorate of "
    "Constabulary and Fire & Rescue Services published on 21 November 2024. He reminded the Board "
    "that the inspectorate had graded the force good for police powers and public treatment, "
    "preventing crime, managing offenders and suspects, and building, supporting and protecting "
    "the workforce. It was adequate for responding to the public and for leadership and force "
    "management. Investigating crime and protecting vulnerable people had both been graded as "
    "requiring improvement.",
    "3.2 The Commissioner said that the public would be most concerned by the cause of concern. "
    "The inspectorate had said that the force does not always respond quickly enough to "
    "reports of domestic abuse, and that some victims wait too long for officers to attend. "
    "The Deputy Chief Constable reported that a dedicated domestic abuse car now operated on "
    "each of the three local policing areas every evening, and that the average attendance "
    "time for priority domestic abuse incidents had fallen from 3 hours 10 minutes to 1 hour "
    "25 minutes.",
    "3.3 The inspectorate recommended that the force should make sure that domestic abuse "
    "incidents are graded according to the risk to the victim and that officers attend within "
    "the target time for that grade. The force reported that the grading policy had been "
    "rewritten in November and that all control room supervisors had been retrained.",
    "3.4 The inspectorate also recommended that the force should review the capacity of its "
    "domestic abuse investigation teams so that they can manage their workloads safely. The "
    "Chief Constable said that this review had not yet begun and would be commissioned in "
    "the new year; he could not yet give the Board a date.",
    "3.5 The Board then turned to the areas for improvement. The first area for improvement was "
    "that the force should make sure that investigations are supervised effectively and that "
    "supervisors' reviews are recorded. The Deputy Chief Constable reported that a new "
    "supervision standard had been issued to all sergeants in October and that compliance "
    "stood at 79 per cent.",
    "3.6 In its second area for improvement, HMICFRS said the force should improve how it "
    "uses outcomes that take account of the victim's wishes, such as community resolutions. "
    "The force reported that an out-of-court resolutions scrutiny panel had been established, "
    "chaired by a magistrate.",
    "3.7 The third area for improvement was that the force should make sure that officers "
    "record the voice of the child when they attend incidents where children are present. "
    "Dr Sandhu asked how this would be checked. The Deputy Chief Constable said that the "
    "Public Protection Unit dip-samples 50 incidents each month.",
    "3.8 The Board noted the fourth area for improvement, that the force should make sure that "
    "it understands the demand in its control room so that it can plan its shifts to meet "
    "it. No update was given, as the Head of Contact Management had sent her apologies; the "
    "item will return to the Board in March 2025.",
    "3.9 The Chief Executive drew the Board's attention to a national recommendation from "
    "HMICFRS's 2024 inspection of police custody, which recommended that all chief constables "
    "should make sure that detainees are offered a health assessment on arrival. This is not "
    "a finding of the PEEL report and will be considered under item 5.",
    "3.10 The Commissioner thanked the force for an open discussion. She noted that the report "
    "praised the force's Hate Crime Partnership as good practice and asked that it be shared "
    "with Nottinghamshire Police and Derbyshire Constabulary, the force's regional partners.",
    "Resolved: the Board noted the report and the force's progress.",
]
for s in paras:
    doc.add_paragraph(s)

doc.add_heading("4. Police and Crime Plan performance", level=2)
doc.add_paragraph("4.1 Deferred to the next meeting because of time.")
doc.add_heading("5. Any other business", level=2)
doc.add_paragraph("5.1 The custody recommendation (see 3.9) will be reported to the Custody "
                  "Independent Scrutiny Panel. The 2025/26 precept proposal will be presented to "
                  "the Police and Crime Panel on 5 February 2025.")

doc.add_heading("Actions", level=2)
tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
for c, h in zip(tb.rows[0].cells, ["No.", "Action", "Owner", "Due"]):
    cell_paras(c, [h], bold_first=True); shade(c, "D9E2F3")
for row in [("12/24-01", "Commission the review of domestic abuse investigation team capacity.",
             "Chief Constable", "January 2025"),
            ("12/24-02", "Report on control room demand planning (area for improvement 4).",
             "Deputy Chief Constable", "13 March 2025"),
            ("12/24-03", "Share the Hate Crime Partnership model with regional partners.",
             "Chief Executive, OPCC", "28 February 2025")]:
    c = tb.add_row().cells
    for cell, v in zip(c, row):
        cell.text = v
doc.add_paragraph("Date of next meeting: 13 March 2025.")
doc.save("../docs/f07.docx")
print("wrote f07.docx")
