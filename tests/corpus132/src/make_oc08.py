"""oc08.docx: Staffordshire Commissioner's performance meeting paper, HMICFRS inspection updates (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "oc08.docx")
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
sec.header.paragraphs[0].text = "Staffordshire Commissioner\u2019s Office \u2013 Strategic Governance Board \u2013 OFFICIAL"
sec.footer.paragraphs[0].text = "Agenda item 5"

doc.add_heading("HMICFRS inspection updates", level=1)
doc.add_paragraph("Strategic Governance Board, 14 February 2023")
labelled(doc, "Report of:", "Chief Constable Gareth Ludlow")
labelled(doc, "Attending:", "Temporary Deputy Chief Constable Anya Pell; Head of Performance, Staffordshire Police")
doc.add_heading("1. Purpose", level=2)
doc.add_paragraph(
    "To update the Staffordshire Commissioner for Police, Fire and Rescue and Crime, Bernard Oakes, on "
    "progress against the causes of concern, recommendations and areas for improvement in "
    "HMICFRS\u2019s report PEEL 2021/22 \u2013 An inspection of Staffordshire Police, and to note other "
    "inspection activity.")
doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "The PEEL report was published on 11 October 2022. The force was graded good at preventing crime; "
    "adequate at treatment of the public, managing offenders and developing a positive workplace; "
    "requires improvement at investigating crime, protecting vulnerable people and good use of "
    "resources; and inadequate at responding to the public. Because of the causes of concern, the "
    "force was moved into the \u2018engage\u2019 phase of HMICFRS\u2019s monitoring process. Recording data "
    "about crime was not graded in this inspection.")
doc.add_paragraph(
    "The Commissioner\u2019s statutory comments were published on 5 December 2022. Progress is reviewed "
    "at each meeting of this Board; the next HMICFRS revisit is expected in spring 2023.")

doc.add_heading("3. PEEL 2021/22 action tracker", level=2)
doc.add_paragraph("Status key: Complete \u2013 Green; On track \u2013 Amber; Off track \u2013 Red.")
rows = [
    ("CoC1", "Cause of concern",
     "The force is not answering emergency and non-emergency calls quickly enough, and it is not "
     "assessing and prioritising the risk in calls well enough to make sure that vulnerable callers "
     "receive a timely response.",
     "Amber", "Emergency calls answered within ten seconds rose to 86 percent in January 2023. THRIVE "
     "risk assessment training completed by all call handlers."),
    ("R1.1", "Recommendation (CoC1)",
     "By 31 March 2023, the force should make sure that it has enough trained staff in its control room "
     "to answer calls within national standards.",
     "Amber", "Thirty-one new call handlers recruited; eighteen now deployed."),
    ("R1.2", "Recommendation (CoC1)",
     "By 31 March 2023, the force should introduce a process for supervisors to review incidents where "
     "attendance is delayed beyond the target time.",
     "Green", "Delayed-attendance review live since November 2022."),
    ("AFI3", "Area for improvement \u2013 investigating crime",
     "The force should make sure that investigations are allocated to staff with the right skills, and "
     "that they are supervised effectively.",
     "Amber", "Investigative skills audit complete; allocation policy being redrafted."),
    ("AFI5", "Area for improvement \u2013 protecting vulnerable people",
     "The force should improve how it uses its powers to protect victims of domestic abuse, including "
     "domestic violence protection notices and orders.",
     "Red", "No update received for this period."),
    ("AFI8", "Area for improvement \u2013 good use of resources",
     "The force should improve its understanding of the demand it faces so that it can plan its "
     "workforce and finances.",
     "Amber", "Demand modelling contract awarded in January 2023."),
]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Source", "Recommendation / area for improvement", "RAG", "Update"]):
    set_cell(c, h, bold=True)
    shade(c, "D9D9D9")
colours = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
for ref, src, text, rag, upd in rows:
    r = t.add_row().cells
    set_cell(r[0], ref)
    set_cell(r[1], src)
    set_cell(r[2], text)
    set_cell(r[3], rag)
    shade(r[3], colours[rag])
    set_cell(r[4], upd)
doc.add_paragraph(
    "Areas for improvement AFI1, AFI2, AFI4, AFI6 and AFI7 were closed at the January meeting and are "
    "not shown.")

doc.add_heading("4. Other inspections", level=2)
doc.add_paragraph(
    "4.1 National thematic: An inspection of vetting, misconduct, and misogyny in the police service "
    "(November 2022). The report makes 43 recommendations, most of them to all chief constables. The "
    "force\u2019s self-assessment against each is under way and will come to the April Board.")
doc.add_paragraph(
    "4.2 Staffordshire Fire and Rescue Service. HMICFRS\u2019s second round inspection of the service "
    "reported in January 2023. The service was graded good at preventing fires and other risks. Its "
    "progress is reported to the Commissioner\u2019s fire governance board, not here; one of its areas "
    "for improvement is shown for information:")
ft = doc.add_table(rows=2, cols=3)
ft.style = "Table Grid"
for c, h in zip(ft.rows[0].cells, ["Area for improvement", "Action we have taken", "Status"]):
    set_cell(c, h, bold=True)
set_cell(ft.rows[1].cells[0], "The service should make sure it has an effective system for learning from operational incidents.")
set_cell(ft.rows[1].cells[1], "Debrief policy reviewed; new learning portal launched.")
set_cell(ft.rows[1].cells[2], "On track")
doc.add_paragraph(
    "4.3 West Midlands Police. The PEEL report on our neighbouring force was also published in autumn "
    "2022 and is referred to here only because the two forces share a regional organised crime unit.")

doc.add_heading("5. Recommendation to the Board", level=2)
doc.add_paragraph("That the Commissioner notes the progress reported and asks for a further update on AFI5 "
                  "by 31 March 2023.")
doc.save(OUT)
print("wrote", OUT)
