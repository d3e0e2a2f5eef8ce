"""j05.docx: minutes of a PCC's performance and accountability board (West Mercia, PEEL 2021/22)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from docxutil import header_text, labelled, page_number_footer, set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "j05.docx")

doc = Document()
sec = doc.sections[0]
header_text(sec, "West Mercia PCC \u2013 Performance and Accountability Board \u2013 18 April 2023 "
                 "\u2013 APPROVED")
page_number_footer(sec, "Page ")
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

doc.add_heading("Performance and Accountability Board", level=1)
doc.add_paragraph("Minutes of the meeting held on Tuesday 18 April 2023, 10:00 to 12:25, "
                  "Conference Room 2, Police Headquarters, Hindlip, and by Microsoft Teams")

doc.add_heading("Present", level=3)
present = [
    ("Bronwen Tudor-Hayes", "Police and Crime Commissioner (Chair)"),
    ("Owen Farraday", "Chief Constable"),
    ("Sunita Marr", "Deputy Chief Constable"),
    ("Lewis Penhale", "Assistant Chief Constable, Local Policing"),
    ("Dr Katherine Mayall", "Chief Executive, OPCC"),
    ("Gareth Ingram", "Head of Assurance, OPCC (minutes)"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Light List Accent 1"
for name, role in present:
    row = t.add_row()
    set_cell(row.cells[0], name)
    set_cell(row.cells[1], role)
doc.add_paragraph("Apologies: Michael Crane, Chief Finance Officer, OPCC.")

doc.add_heading("1. Welcome and apologies", level=2)
doc.add_paragraph("The Chair welcomed those present. Apologies were noted as above.")

doc.add_heading("2. Minutes and action log", level=2)
doc.add_paragraph("The minutes of the meeting of 21 March 2023 were agreed as a true record. "
                  "Action 22/14 (fleet telematics) was closed; action 23/02 (rural crime "
                  "survey) is carried forward to June.")

doc.add_heading("3. HMICFRS PEEL 2021/22: progress on the cause of concern and areas for "
                "improvement", level=2)
doc.add_paragraph(
    "3.1 The Commissioner reminded the Board that the PEEL inspection report, published on 30 "
    "September 2022, graded the force inadequate at responding to the public and found that it "
    "requires improvement both in investigating crime and in protecting vulnerable people. She "
    "noted that the force had been graded good for preventing crime and anti-social behaviour "
    "and asked that officers and staff be thanked for that result. The remaining grades were "
    "discussed at the Board in October and are not repeated here.")
doc.add_paragraph(
    "3.2 The cause of concern in the report reads:")
doc.add_paragraph(
    "West Mercia Police is not answering emergency and non-emergency calls promptly enough, and "
    "it does not consistently identify the vulnerability of callers, so some people who need "
    "help wait too long for it.", style="Quote")
doc.add_paragraph(
    "3.3 The Chief Constable explained that the proportion of 999 calls answered within ten "
    "seconds had risen from 71 percent in October to 89 percent in March, against the national "
    "standard of 90 percent. A structured triage tool (THRIVE+) is now used for every call and "
    "is audited weekly. Of the three recommendations attached to the cause of concern, two are "
    "complete and the third, the new appointments desk, will go live in September. The "
    "Commissioner asked whether any of the arrangements inherited from the former alliance with "
    "Warwickshire Police still affected the control room; the Chief Constable said the last "
    "shared system would be replaced by November.")
doc.add_paragraph(
    "3.4 The Deputy Chief Constable then took the Board through the areas for improvement that "
    "sit under the graded areas of most concern to the Commissioner.")

p = doc.add_paragraph()
p.add_run("Investigating crime").bold = True
doc.add_paragraph(
    "The force should make sure that investigations are allocated to staff with the appropriate "
    "skills and that supervisors review them regularly.", style="Quote")
doc.add_paragraph(
    "3.5 The Deputy Chief Constable reported that a new allocation policy took effect on 1 "
    "February. Supervisory reviews are now recorded on Athena within seven days in 78 percent "
    "of cases, up from 52 percent. Assistant Chief Constable Penhale is leading a review of "
    "detective resilience.")

p = doc.add_paragraph()
p.add_run("Protecting vulnerable people").bold = True
doc.add_paragraph(
    "The force should improve how it shares information with partner agencies about children "
    "who go missing from home.", style="Quote")
doc.add_paragraph(
    "3.6 The Chief Constable explained that a missing-from-home coordinator now sits in each "
    "of the three safeguarding hubs and that return-home interviews are shared with children's "
    "services within 72 hours. Shropshire Council has described the new process as good "
    "practice.")

p = doc.add_paragraph()
p.add_run("Developing a positive workplace").bold = True
doc.add_paragraph(
    "The force should make sure that its wellbeing support reaches officers and staff who work "
    "in the control room.", style="Quote")
doc.add_paragraph(
    "3.7 No update on this area had been prepared for the meeting. The Commissioner asked for "
    "it to be brought to the next Board (action 23/09).")
doc.add_paragraph(
    "3.8 The Commissioner thanked the Chief Constable and the Deputy Chief Constable. She "
    "said she was reassured on the control room but not yet on investigation standards, and "
    "that she would say so in her next report to the Police and Crime Panel.")

doc.add_heading("4. Any other business", level=2)
doc.add_paragraph(
    "4.1 The Board noted the publication of HMICFRS's national inspection of vetting, misconduct "
    "and misogyny, whose 43 recommendations are addressed to all chief constables and to "
    "national bodies. The force's response will be considered in June.")

doc.add_heading("Actions", level=3)
acts = [("Ref", "Action", "Owner", "Due"),
        ("23/08", "Circulate control room performance dashboard to Board members", "Chief Constable",
         "2 May 2023"),
        ("23/09", "Update on control room wellbeing area for improvement", "Deputy Chief Constable",
         "16 May 2023"),
        ("23/10", "Include PEEL progress in PCC report to Police and Crime Panel", "Head of Assurance",
         "6 June 2023")]
t = doc.add_table(rows=0, cols=4)
t.style = "Table Grid"
for i, r in enumerate(acts):
    row = t.add_row()
    for c, v in zip(row.cells, r):
        set_cell(c, v, bold=(i == 0))
        if i == 0:
            shade(c, "D9D9D9")
p = doc.add_paragraph("Date of next meeting: Tuesday 16 May 2023, 10:00.")
p.paragraph_format.space_before = Pt(10)
doc.core_properties.author = "OPCC West Mercia"
doc.save(OUT)
print("wrote", OUT)
