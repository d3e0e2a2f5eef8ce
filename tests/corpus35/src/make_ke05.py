"""Write docs/ke05.docx: notes of a force Strategic Performance Board, North Wales, with
abbreviations (AFI, CoC, RI, ACC, DCC) and an action log."""
import os

from docx import Document
from docx.shared import Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ke05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "SWYDDOGOL / OFFICIAL"
sec.footer.paragraphs[0].text = "SPB notes v0.3 \u2013 draft until agreed at next meeting"

doc.add_heading("Heddlu Gogledd Cymru / North Wales Police", level=1)
doc.add_paragraph("Strategic Performance Board (SPB) \u2013 notes of meeting").runs[0].bold = True
doc.add_paragraph("Tuesday 15 July 2025, 10:00\u201312:30, Conference Room 2 and Teams")

doc.add_heading("Present", level=2)
for line in [
    "Chief Constable Idris Penhallow (Chair)",
    "Deputy Chief Constable Gwenllian Probert (DCC)",
    "ACC Operations; ACC Crime & Justice",
    "Director of Finance & Resources; Head of Corporate Services",
    "OPCC: Chief Executive (observing)",
    "Notes: Corporate Services Business Support",
]:
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("Abbreviations", level=2)
doc.add_paragraph(
    "AFI \u2013 area for improvement; CoC \u2013 cause of concern; RI \u2013 requires improvement; "
    "MOSOVO \u2013 management of sexual or violent offenders; IOM \u2013 integrated offender "
    "management; OPCC \u2013 Office of the Police and Crime Commissioner.")

doc.add_heading("1. Apologies and previous minutes", level=2)
doc.add_paragraph(
    "Apologies from the Head of Contact Centre. Minutes of 10 June 2025 agreed. Action 41 "
    "(fleet telematics) closed.")

doc.add_heading("2. HMICFRS PEEL report \u2013 outcome and AFI plan", level=2)
doc.add_paragraph(
    "Head of Corporate Services (HCS) summarised the report published on 27 June 2025 "
    "(fieldwork in February). Grades as below. No CoC and no recommendations. Seven AFIs, "
    "three of which carry over in substance from the last inspection.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Area", "Grade", "Last time")):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("Police powers & public treatment", "Good", "Good"),
    ("Preventing crime", "Good", "Good"),
    ("Responding to the public", "Good", "Adequate"),
    ("Investigating crime", "Adequate", "Adequate"),
    ("Protecting vulnerable people", "Good", "Good"),
    ("Managing offenders & suspects", "RI", "Good"),
    ("Workforce", "Good", "\u2013"),
    ("Leadership & force management", "Good", "\u2013"),
]
for a, g, last in rows:
    cells = t.add_row().cells
    set_cell(cells[0], a)
    set_cell(cells[1], g, bold=(g == "RI"))
    set_cell(cells[2], last)
doc.add_paragraph(
    "\u2018Last time\u2019 = 2021/22 grades where the area is comparable; HCS advised the "
    "workforce and leadership areas were assessed differently then, so no comparison.",
).runs[0].italic = True

doc.add_paragraph(
    "Chair noted the RI for managing offenders is the only area to go down and asked that "
    "it is treated as the priority. DCC Probert said the MOSOVO caseload review already "
    "under way should be widened to IOM.")

doc.add_heading("AFIs discussed", level=3)
afis = [
    ("AFI 1 (managing offenders)",
     "The force should make sure that it completes risk assessments for registered sex "
     "offenders within the timescales set out in national guidance.",
     "MOSOVO backlog down from 64 to 29 since fieldwork; all overdue assessments allocated. "
     "Target to clear by end of September."),
    ("AFI 2 (managing offenders)",
     "The force should improve how it shares information about offenders with partner "
     "agencies, particularly probation and local authority housing teams.",
     None),
    ("AFI 4 (investigating crime)",
     "The force should make sure that victims\u2019 needs are assessed at the start of an "
     "investigation and that the outcome is recorded.",
     "Victim needs assessment added to the crime recording form from 1 July; compliance "
     "will be audited in Q2."),
]
for label, text, update in afis:
    p = doc.add_paragraph()
    p.add_run(label + ": ").bold = True
    doc.add_paragraph(text, style="Quote")
    if update:
        labelled(doc, "Update:", update)
doc.add_paragraph(
    "AFIs 3, 5, 6 and 7 (call handling, stop and search scrutiny, wellbeing and digital "
    "forensics) to be picked up by portfolio leads; no discussion.")

doc.add_heading("3. Finance \u2013 2025/26 Q1 position", level=2)
doc.add_paragraph(
    "Director of Finance reported a projected underspend of \u00a30.4m. Precept planning for "
    "2026/27 to start in September; the OPCC consultation will open in November.")

doc.add_heading("Actions", level=2)
at = doc.add_table(rows=1, cols=4)
at.style = "Table Grid"
for c, h in zip(at.rows[0].cells, ("No.", "Action", "Owner", "Due")):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for row in [
    ("47", "Single PEEL improvement plan, AFIs 1\u20137, to SPB", "DCC", "16 Sep 2025"),
    ("48", "MOSOVO/IOM review terms of reference widened", "ACC Crime & Justice", "31 Jul 2025"),
    ("49", "Briefing to OPCC on RI grade and plan", "HCS", "Next SPB"),
    ("50", "Good practice in rural crime team to be written up", "ACC Operations", "30 Aug 2025"),
]:
    cells = at.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_paragraph("Next meeting: Tuesday 16 September 2025.")
doc.save(OUT)
print("wrote", OUT)
