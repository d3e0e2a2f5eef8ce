"""ki03.docx -- Thames Valley PCC's HMICFRS tracker (Word, landscape, merged cells)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor

from docxutil import fill, header_text, repeat_header, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ki03.docx")

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for m in ("left_margin", "right_margin"):
    setattr(sec, m, Cm(1.8))
header_text(sec, "OFFICIAL", "Office of the Police and Crime Commissioner for Thames Valley – HMICFRS tracker v3.2")
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

doc.add_heading("HMICFRS Recommendations and Areas for Improvement Tracker", level=1)
doc.add_paragraph("PEEL 2023–25: Thames Valley Police", style="Subtitle")
doc.add_paragraph(
    "Police and Crime Commissioner’s Level 1 Public Accountability Meeting – 16 September 2025 – "
    "Agenda item 5")

doc.add_heading("Introduction", level=2)
doc.add_paragraph(
    "HMICFRS published its PEEL 2023–25 report on Thames Valley Police on 12 February 2025. The "
    "report graded the force inadequate for protecting vulnerable people and requires improvement "
    "in three further areas: responding to the public, investigating crime, and leadership and "
    "force management. The force was graded good at preventing crime and adequate in the "
    "remaining three areas.")
doc.add_paragraph(
    "The report contained one cause of concern, with two recommendations, and five areas for "
    "improvement. This tracker records the force’s progress against each of them. Police and Crime "
    "Commissioner Barnaby Quist holds Chief Constable Ayesha Rendall to account for that progress "
    "at this meeting. Updates are provided by the force; status is agreed between the force and "
    "the Office of the PCC.")
doc.add_paragraph(
    "For information, the tracker also lists recommendations that HMICFRS has made nationally and "
    "that the force is considering. These are not recommendations made to Thames Valley Police.")

doc.add_heading("Tracker", level=2)

COLS = ["Ref", "Type", "Area / recommendation", "Status", "Update"]
WIDTHS = [Cm(1.4), Cm(3.0), Cm(9.0), Cm(2.3), Cm(10.4)]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, (name, w) in enumerate(zip(COLS, WIDTHS)):
    cell = t.rows[0].cells[c]
    fill(cell, name, bold_first=True)
    shade(cell, "1F3864")
    cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    cell.width = w
repeat_header(t.rows[0])


def section_row(text, colour="D9E2F3"):
    row = t.add_row()
    merged = row.cells[0].merge(row.cells[4])
    fill(merged, text, bold_first=True)
    shade(merged, colour)
    return row


def row(ref, typ, area, status, update):
    r = t.add_row()
    cells = r.cells
    fill(cells[0], ref)
    if typ is not None:
        fill(cells[1], typ)
    fill(cells[2], area)
    cells[2].paragraphs[0].runs[0].bold = True
    fill(cells[3], status)
    fill(cells[4], update)
    for c, w in zip(cells, WIDTHS):
        c.width = w
    return r


section_row("Protecting vulnerable people – graded Inadequate")
row("CoC1", "Cause of concern",
    ["Protecting vulnerable people",
     "Thames Valley Police is not identifying and responding to the risks faced by vulnerable "
     "children quickly enough. Officers and staff don’t consistently recognise signs of "
     "exploitation, and information isn’t always shared with partner agencies."],
    "Open",
    ["The force has set up a Child Exploitation Improvement Board, chaired by Deputy Chief "
     "Constable Tomasz Wilk, which meets every fortnight and reports to the chief officer group.",
     "A revised exploitation screening tool went live in all three local policing areas in "
     "July 2025. Early audit results show that the tool is being completed in 86% of relevant "
     "cases.",
     "HMICFRS is expected to revisit the force in early 2026 to assess progress against this "
     "cause of concern."])
row("R1", "Recommendation (CoC1)",
    "Within three months, the force should make sure that all reports of missing children are "
    "risk-assessed by a supervisor and that the reasons for each assessment are recorded.",
    "Complete",
    ["Since 1 May 2025, every report of a missing child has been reviewed by a duty inspector "
     "within the control room.",
     "A dip sample of 120 reports in August 2025 found a recorded rationale in 117."])
row("R2", "Recommendation (CoC1)",
    "Within six months, the force should make sure that frontline officers and staff are trained "
    "to recognise signs of child criminal and sexual exploitation, and that they know how to share "
    "information with partner agencies.",
    "In progress",
    ["78% of frontline officers and staff have completed the training. The remainder are booked to "
     "complete it by the end of November 2025.",
     "The Assistant Chief Constable for local policing has written to each local authority to "
     "agree a single information-sharing form."])
row("R2.1", "Force action",
    "Deliver a one-day exploitation input to every response team, including night-shift teams, "
    "by 31 December 2025.",
    "In progress",
    "Sessions for 41 of 56 teams have been delivered.")

section_row("Areas for improvement")
afi_rows = [
    row("AFI1", "Area for improvement",
        ["Police powers and public treatment",
         "The force should improve its understanding of, and its explanation to communities for, "
         "the disproportionate use of stop and search on people from ethnic minority "
         "backgrounds."],
        "In progress",
        ["An external scrutiny panel now reviews a sample of body-worn video footage each quarter.",
         "The force published its first stop and search disproportionality report in June 2025."]),
    row("AFI2", None,
        ["Responding to the public",
         "The force should make sure that it meets its own attendance times for incidents graded "
         "as priority."],
        "In progress",
        "Priority attendance within 60 minutes has improved from 71% to 79% since February 2025."),
    row("AFI3", None,
        ["Investigating crime",
         "The force should make sure that it uses all available investigative opportunities, "
         "including digital forensic evidence, at the earliest stage of an investigation."],
        "In progress",
        ["Digital media investigators are now available on every shift.",
         "The backlog of devices awaiting examination has fallen from 1,900 to 1,150."]),
    row("AFI4", None,
        ["Investigating crime",
         "The force should improve the way it records victims’ decisions to withdraw support for "
         "an investigation."],
        "Not started",
        "Update to be provided at the next Level 1 meeting."),
    row("AFI5", None,
        ["Leadership and force management",
         "The force should improve how it evaluates the benefits of its change programme."],
        "Complete",
        "A benefits realisation framework was approved by the Force Change Board in June 2025 and "
        "has been applied to all current projects."),
]
# merge the Type cell down over the five AFI rows
top = afi_rows[0].cells[1]
merged = top.merge(afi_rows[-1].cells[1])
fill(merged, "Area for improvement")

section_row("National recommendations (for information – not specific to Thames Valley Police)",
            "EDEDED")
row("N1", "National recommendation",
    "By 31 March 2026, chief constables should make sure that all officers who respond to reports "
    "of missing children have completed the College of Policing’s missing persons training.",
    "Noted",
    "The force expects to meet this recommendation through its response to R2.")
row("N2", "National recommendation",
    "By 30 September 2026, the College of Policing should update its authorised professional "
    "practice on child exploitation to include guidance on information sharing with schools.",
    "Noted",
    "–")

doc.add_paragraph()
doc.add_paragraph(
    "Status key: Complete – the force considers the recommendation or area for improvement met and "
    "has supplied evidence; In progress – work is under way; Not started; Noted – for information "
    "only. HMICFRS decides whether a cause of concern has been discharged.")

doc.core_properties.title = "HMICFRS tracker – Thames Valley"
doc.core_properties.author = "OPCC Thames Valley"
doc.save(OUT)
print("wrote", OUT)
