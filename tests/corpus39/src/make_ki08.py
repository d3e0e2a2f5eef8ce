"""ki08.docx -- Essex Police's PEEL improvement plan, a report to the PFCC's board (Word)."""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from docxutil import fill, header_text, repeat_header, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ki08.docx")

doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
for m in ("left_margin", "right_margin"):
    setattr(sec, m, Cm(1.8))
header_text(sec, "OFFICIAL – FOR PUBLICATION", "Essex Police – Strategic Change Directorate")
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)

meta = doc.add_table(rows=5, cols=2)
meta.style = "Table Grid"
for r, (k, v) in enumerate([
        ("Meeting", "Performance and Resources Scrutiny Board"),
        ("Date", "4 December 2025"),
        ("Report title", "HMICFRS PEEL 2023–25: improvement plan – quarterly update"),
        ("Report by", "Chief Constable Zainab Hollis"),
        ("Decision required", "For noting")]):
    fill(meta.rows[r].cells[0], k, bold_first=True)
    shade(meta.rows[r].cells[0], "DEEAF6")
    fill(meta.rows[r].cells[1], v)

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph(
    "This paper updates Police, Fire and Crime Commissioner Lorcan Whitby on the force’s progress "
    "against the areas for improvement in HMICFRS’s PEEL 2023–25 report on Essex Police, published "
    "in October 2024. It covers the quarter to 30 November 2025.")

doc.add_heading("2. Background", level=2)
doc.add_paragraph("Table 1 shows the grades that the inspectorate gave the force.")
g = doc.add_table(rows=1, cols=2)
g.style = "Light List Accent 1"
fill(g.rows[0].cells[0], "Area", bold_first=True)
fill(g.rows[0].cells[1], "Grade", bold_first=True)
for area, grade in [
        ("Police powers and public treatment", "Good"),
        ("Preventing crime and antisocial behaviour", "Good"),
        ("Responding to the public", "Adequate"),
        ("Investigating crime", "Requires improvement"),
        ("Protecting vulnerable people", "Adequate"),
        ("Managing offenders and suspects", "Good"),
        ("Building, supporting and protecting the workforce", "Good"),
        ("Leadership and force management", "Adequate")]:
    r = g.add_row()
    fill(r.cells[0], area)
    fill(r.cells[1], grade)
doc.add_paragraph("Table 1: Essex Police PEEL 2023–25 grades", style="Caption")
doc.add_paragraph(
    "The inspectorate made no causes of concern and five areas for improvement. For context, "
    "Kent Police, our partner in the joint Serious Crime Directorate, was graded adequate for "
    "investigating crime in its own PEEL 2023–25 inspection. Essex County Fire and Rescue "
    "Service’s inspection is reported to the Fire and Rescue Authority and is not covered here.")
doc.add_paragraph(
    "Each area for improvement has been broken down into internal actions with a named owner. "
    "The actions are the force’s own and are not the inspectorate’s words. The RAG rating is the "
    "force’s assessment: G – complete or on track; A – some slippage; R – off track.")

doc.add_heading("3. Improvement plan", level=2)
COLS = ["Ref", "HMICFRS area for improvement", "Internal action", "Owner", "Progress update", "RAG"]
WIDTHS = [Cm(1.3), Cm(7.2), Cm(6.0), Cm(2.6), Cm(6.8), Cm(1.2)]
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
for c, name in enumerate(COLS):
    fill(t.rows[0].cells[c], name, bold_first=True)
    shade(t.rows[0].cells[c], "BDD7EE")
    t.rows[0].cells[c].width = WIDTHS[c]
repeat_header(t.rows[0])


def group(ref, area, afi, actions, update):
    """One AFI: the Ref, AFI and update cells are merged down over its action rows."""
    rows = []
    for action, owner, rag in actions:
        r = t.add_row()
        fill(r.cells[2], action)
        fill(r.cells[3], owner)
        fill(r.cells[5], rag)
        for c, w in zip(r.cells, WIDTHS):
            c.width = w
        rows.append(r)
    for col, content in ((0, ref), (1, [area, afi]), (4, update)):
        cell = rows[0].cells[col]
        if len(rows) > 1:
            cell = cell.merge(rows[-1].cells[col])
        fill(cell, content)
        if col == 1:
            cell.paragraphs[0].runs[0].italic = True


group("1.1", "Investigating crime",
      "The force should make sure that it has enough trained detectives to investigate serious "
      "and complex crime.",
      [("1.1a Recruit 60 detective constables through the direct-entry route by March 2026", "Head of People", "A"),
       ("1.1b Complete the Detective Resilience Review", "Det Ch Supt, Crime", "G"),
       ("1.1c Introduce a retention payment for accredited detectives", "Director of Finance", "G")],
      ["38 direct-entry detectives have started; a further 14 begin in January 2026.",
       "The Detective Resilience Review reported in September and its recommendations have been "
       "accepted by the chief officer team."])
group("1.2", "Investigating crime",
      "The force should improve the quality of the initial investigation carried out by officers "
      "who first attend a crime.",
      [("1.2a Roll out the ‘Golden Hour’ checklist on mobile devices", "Supt, Local Policing", "G"),
       ("1.2b Audit 100 initial investigations each month", "Crime Standards Team", "G")],
      "The checklist has been available on all mobile devices since August 2025. Audit results show "
      "the quality of initial investigation rising from 61% to 72%.")
group("2.1", "Responding to the public",
      "The force should make sure that it deploys to incidents within the time it sets for each "
      "grade of incident.",
      [("2.1a Review the shift pattern of response teams", "Ch Supt, Operations", "A"),
       ("2.1b Add a live attendance dashboard to the control room", "Head of Contact Management", "G")],
      ["The new shift pattern starts on 5 January 2026, following consultation with the Police "
       "Federation.", "The dashboard went live in October 2025."])
group("3.1", "Protecting vulnerable people",
      "The force should make sure that officers use body-worn video at all domestic abuse "
      "incidents they attend.",
      [("3.1a Issue a force order on body-worn video at domestic abuse incidents", "Head of Public Protection", "G")],
      "Body-worn video was recorded at 91% of domestic abuse incidents in November 2025, against "
      "64% at the time of the inspection.")
group("4.1", "Leadership and force management",
      "The force should improve how it uses data to understand the performance of its teams.",
      [("4.1a Replace the performance framework", "Head of Analysis", "R"),
       ("4.1b Train all inspectors in the new performance dashboards", "Head of Learning", "R")],
      "–")

doc.add_heading("4. National recommendations", level=2)
doc.add_paragraph(
    "The force is also working on recommendations from HMICFRS’s national inspections that are "
    "addressed to all forces. For example, the 2024 vetting and misconduct inspection recommended "
    "that, by April 2026, chief constables should make sure that every member of their workforce "
    "has a valid vetting clearance. These recommendations are reported separately to the Ethics "
    "and Integrity Board.")

doc.add_heading("5. Good practice", level=2)
doc.add_paragraph(
    "The inspectorate recorded the force’s Operation Sentinel work with licensed premises as an "
    "example of good practice, and the College of Policing has asked to publish it in its practice "
    "bank.")

doc.add_heading("6. Recommendation", level=2)
doc.add_paragraph("The Board is asked to note the progress set out in this paper.")

doc.core_properties.author = "Strategic Change Directorate"
doc.save(OUT)
print("wrote", OUT)
