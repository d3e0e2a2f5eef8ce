"""Write docs/kb03.docx: a police and crime panel report (Nottinghamshire, PEEL 2023-25).
The grades table's grade column holds abbreviations ('RI', 'G', 'A') explained by a
footnote key under the table; its 'Status' column holds the Commissioner's own
Green/Amber delivery status.

    /tmp/c32venv/bin/python src/make_kb03.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kb03.docx")

doc = Document()
doc.core_properties.title = "PCP item 7 - PEEL progress"
doc.core_properties.author = "OPCC Nottinghamshire"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Nottinghamshire Police and Crime Panel \u2013 16 June 2025 \u2013 Item 7"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Report of the Police and Crime Commissioner \u2013 OFFICIAL"

doc.add_paragraph("NOTTINGHAMSHIRE POLICE AND CRIME PANEL").runs[0].bold = True
doc.add_paragraph("16 June 2025")
doc.add_heading("HMICFRS PEEL 2023\u201325 inspection of Nottinghamshire Police: "
                "progress against the improvement plan", level=1)

doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "1.1 To update the Panel on the Commissioner\u2019s oversight of the force\u2019s "
    "response to His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
    "(HMICFRS) PEEL report, which was published on 4 March 2025.")
doc.add_heading("2. Recommendations", level=2)
doc.add_paragraph(
    "2.1 That the Panel notes the grades awarded, the progress made on the cause of "
    "concern and the areas for improvement, and the Commissioner\u2019s assessment of "
    "delivery.")

doc.add_heading("3. Background", level=2)
doc.add_paragraph(
    "3.1 The inspection took place in the autumn of 2024 and was led by His Majesty's "
    "Inspector of Constabulary Priya Halvorsen. The Police and Crime Commissioner, Gail "
    "Ashworth-Reid, published her statutory response within the 56 days allowed, and has "
    "since held monthly accountability meetings with Chief Constable Ruairi Mallon on the "
    "improvement plan.")
doc.add_paragraph(
    "3.2 The force received one cause of concern, two recommendations linked to it and "
    "eleven areas for improvement. The eleven are held on the force\u2019s tracker; four "
    "that the Panel asked to follow are reproduced in section 5.")
doc.add_paragraph(
    "3.3 For investigating crime the picture has worsened. In 2021/22 HMICFRS graded the "
    "force adequate for investigating crime; the grade is now lower, as the table shows.")

doc.add_heading("4. Grades and delivery status", level=2)
doc.add_paragraph("Table 1: PEEL 2023\u201325 grades for Nottinghamshire Police and the "
                  "Commissioner\u2019s status rating").runs[0].italic = True

rows = [
    ("Police powers and public treatment", "RI", "Amber", "Stop and search scrutiny panel re-formed; body-worn video review backlog."),
    ("Preventing crime and antisocial behaviour", "A", "Green", "Neighbourhood problem-solving training delivered to 88% of teams."),
    ("Responding to the public", "G", "Green", "No actions required; performance maintained."),
    ("Investigating crime", "RI", "Amber", "New investigation standards; file quality improving slowly."),
    ("Protecting vulnerable people", "RI", "Amber", "Cause of concern \u2013 see section 5."),
    ("Managing offenders and suspects", "A", "Green", "Sex offender manager caseloads now within national guidance."),
    ("Building, supporting and protecting the workforce", "A", "Green", "Wellbeing survey repeated in April."),
    ("Leadership and force management", "A", "Green", "Medium-term financial plan refreshed."),
    ("Crime data integrity", "A", "Amber", "Audit programme restarted in May."),
]
t = doc.add_table(rows=len(rows) + 1, cols=4)
t.style = "Table Grid"
for c, h in enumerate(("Area", "Grade\u00b9", "Status\u00b2", "Commentary")):
    set_cell(t.cell(0, c), h, bold=True)
    shade(t.cell(0, c), "D9D9D9")
fills = {"Green": "C6EFCE", "Amber": "FFEB9C"}
for i, (area, g, s, com) in enumerate(rows, start=1):
    set_cell(t.cell(i, 0), area)
    set_cell(t.cell(i, 1), g, bold=True)
    set_cell(t.cell(i, 2), s)
    shade(t.cell(i, 2), fills[s])
    set_cell(t.cell(i, 3), com)

for txt in (
    "\u00b9 Grade awarded by HMICFRS: O \u2013 outstanding; G \u2013 good; A \u2013 adequate; "
    "RI \u2013 requires improvement; I \u2013 inadequate. Providing a service to victims of "
    "crime is not graded.",
    "\u00b2 Status is the Commissioner\u2019s own assessment of delivery against the force "
    "improvement plan and is not an HMICFRS judgement: Green \u2013 on track; Amber \u2013 "
    "some slippage, recovery plan in place; Red \u2013 off track.",
):
    p = doc.add_paragraph()
    r = p.add_run(txt)
    r.font.size = Pt(8)

doc.add_paragraph(
    "4.2 For context, Nottinghamshire Fire and Rescue Service was judged good at "
    "understanding the risk of fire and other emergencies in its own inspection last year. "
    "That inspection is reported to the Fire Authority and is not considered further here.")

doc.add_heading("5. Cause of concern and areas for improvement followed by the Panel", level=2)
doc.add_heading("Protecting vulnerable people \u2013 cause of concern", level=3)
p = doc.add_paragraph(style="Intense Quote")
p.add_run("The force does not always identify and respond to the risks faced by vulnerable "
          "people, particularly children who go missing from home and victims of domestic "
          "abuse who are assessed as medium risk.")
labelled(doc, "Force update:", "A missing-from-home coordinator post was filled in April and "
         "all medium-risk domestic abuse cases are now reviewed by the MASH within 72 hours.")
doc.add_paragraph().add_run("Recommendation 1").bold = True
doc.add_paragraph("Within three months, the force should make sure that every child reported "
                  "missing receives a return home interview, and that the information from "
                  "it is shared with partner agencies.", style="Quote")
labelled(doc, "Force update:", "Return home interviews are now commissioned from the county "
         "council\u2019s service; completion rate 81% in May.")
doc.add_paragraph().add_run("Recommendation 2").bold = True
doc.add_paragraph("Within six months, the force should review how it manages medium-risk "
                  "domestic abuse cases, so that safeguarding plans are put in place and "
                  "reviewed by a supervisor.", style="Quote")
labelled(doc, "Force update:", "Review completed by the Public Protection command; "
         "implementation due September.")

doc.add_heading("Police powers and public treatment \u2013 area for improvement", level=3)
doc.add_paragraph("The force should make sure that its supervisors review stop and search "
                  "records and body-worn video footage, and act on what they find.", style="Quote")
labelled(doc, "Force update:", "Supervisors now review five searches each per month; "
         "findings are reported to the external scrutiny panel.")

doc.add_heading("Investigating crime \u2013 areas for improvement", level=3)
doc.add_paragraph("The force should make sure that investigations are allocated to "
                  "investigators with the right skills and experience.", style="Quote")
labelled(doc, "Force update:", "Allocation policy rewritten; complex cases now routed to "
         "the CID hub.")
doc.add_paragraph("The force should improve how it keeps victims informed about the "
                  "progress of their investigation.", style="Quote")
labelled(doc, "Commissioner\u2019s comment:", "The force has not yet provided an update on "
         "this area for improvement. I have asked for one before the next Panel meeting.")

doc.add_heading("6. Financial implications", level=2)
doc.add_paragraph("6.1 None arising directly from this report. Good progress has been made "
                  "within existing budgets for 2025/26.")
doc.add_heading("7. Contact", level=2)
doc.add_paragraph("Dr Sunil Varma, Head of Strategy and Assurance, Office of the Police and "
                  "Crime Commissioner for Nottinghamshire.")

doc.save(OUT)
print("wrote", OUT)
