"""Write docs/nt05.docx: an internal audit report on the tracking of HMICFRS areas for
improvement (North Yorkshire Police, PEEL 2021/22). python-docx, from src/."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nt05.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.footer.paragraphs[0].text = ("This report is solely for the use of the persons to whom it is addressed. "
                                 "Internal audit report 4.22/23")

for line in ("THE POLICE, FIRE AND CRIME COMMISSIONER FOR NORTH YORKSHIRE AND THE CHIEF CONSTABLE OF NORTH YORKSHIRE",
             "HMICFRS Areas for Improvement: Tracking and Closure",
             "FINAL", "Internal audit report: 4.22/23", "14 November 2022"):
    p = doc.add_paragraph()
    r = p.add_run(line)
    r.bold = True
    r.font.size = Pt(13)

t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([("Debrief held", "11 October 2022"), ("Draft report issued", "20 October 2022"),
                            ("Responses received", "9 November 2022"), ("Final report issued", "14 November 2022")]):
    set_cell(t.cell(i, 0), a, bold=True)
    set_cell(t.cell(i, 1), b)

doc.add_heading("1 Executive summary", level=1)
doc.add_heading("Background", level=2)
doc.add_paragraph(
    "An audit of the arrangements for tracking and closing areas for improvement (AFIs) raised "
    "by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) was "
    "undertaken as part of the approved internal audit plan for 2022/23.")
doc.add_paragraph(
    "HMICFRS published its PEEL 2021/22 report on North Yorkshire Police on 17 August 2022. "
    "The grades given in that report are set out below; they are included for context only and "
    "were not re-examined by internal audit.")
grades = [("Treatment of the public", "Adequate"), ("Preventing crime and anti-social behaviour", "Good"),
          ("Responding to the public", "Requires improvement"), ("Investigating crime", "Requires improvement"),
          ("Protecting vulnerable people", "Adequate"), ("Managing offenders and suspects", "Adequate"),
          ("Developing a positive workplace", "Adequate"), ("Good use of resources", "Requires improvement"),
          ("Recording data about crime", "Good")]
gt = doc.add_table(rows=1, cols=2)
gt.style = "Table Grid"
set_cell(gt.cell(0, 0), "PEEL 2021/22 area", bold=True)
set_cell(gt.cell(0, 1), "HMICFRS grade", bold=True)
for a, g in grades:
    c = gt.add_row().cells
    set_cell(c[0], a)
    set_cell(c[1], g)
doc.add_paragraph(
    "The report contained no causes of concern. It set out 14 AFIs, of which the force's "
    "tracker recorded 3 as closed and 11 as open at the time of our fieldwork. The separate "
    "HMICFRS inspection of North Yorkshire Fire and Rescue Service, which found the service "
    "requires improvement in effectiveness, is outside the scope of this review.")

doc.add_heading("Conclusion", level=2)
p = doc.add_paragraph()
p.add_run("Taking account of the issues identified, the Police, Fire and Crime Commissioner and the "
          "Chief Constable can take ").bold = False
p.add_run("reasonable assurance").bold = True
p.add_run(" that the controls to manage this area are suitably designed and consistently applied. "
          "However, we identified issues that need to be addressed to ensure that the controls are "
          "effective.")
doc.add_paragraph(
    "Assurance levels used by internal audit are: substantial, reasonable, partial and no "
    "assurance. They describe the control environment for the area audited and are not "
    "comparable with HMICFRS grades.")

doc.add_heading("2 Detailed findings", level=1)
doc.add_paragraph(
    "We selected a sample of five AFIs from the 2021/22 report and compared the position "
    "recorded on the force's tracker with the evidence held.")
cols = ["AFI ref", "Area for improvement", "Force tracker position (September 2022)", "Audit finding"]
rows = [
    ("RESP-1", "The force should make sure that it answers emergency and non-emergency calls within the timescales it has set, and that it tells callers what to expect when there will be a delay.",
     "Open. Additional call handlers recruited; abandoned call rate reduced from 14% to 9% since June.",
     "Evidence agreed to Force Control Room performance pack. No exception."),
    ("INV-2", "The force should make sure that investigation plans are recorded for all appropriate crimes and are reviewed by supervisors.",
     "Closed. New supervisory review template mandated on the crime system from 1 September 2022.",
     "Closure premature: template introduced but no compliance testing yet carried out. See management action 1."),
    ("INV-3", "The force should improve how it seeks and records the views of victims when it decides how to finalise an investigation.",
     "Open \u2013 no update recorded.",
     "No owner shown on the tracker. See management action 2."),
    ("RES-1", "The force should develop a better understanding of the skills and capabilities of its workforce so that it can plan for future demand.",
     "Open. Skills audit of police staff under way; officer skills audit to follow in 2023.",
     "Evidence seen. No exception."),
    ("PVP-1", "The force should make sure that officers consistently record the voice of the child when they attend domestic abuse incidents.",
     "Closed. Briefing issued and domestic abuse form amended.",
     "Evidence seen and closure agreed."),
]
ft = doc.add_table(rows=1, cols=4)
ft.style = "Table Grid"
for i, c in enumerate(cols):
    set_cell(ft.cell(0, i), c, bold=True)
    shade(ft.cell(0, i), "DDEBF7")
for r in rows:
    c = ft.add_row().cells
    for i, v in enumerate(r):
        set_cell(c[i], v)

doc.add_heading("Management actions", level=2)
mt = doc.add_table(rows=1, cols=4)
mt.style = "Table Grid"
for i, c in enumerate(["No.", "Management action", "Priority", "Responsible owner / date"]):
    set_cell(mt.cell(0, i), c, bold=True)
for r in [("1", "AFIs will only be closed on the tracker once the Inspection Liaison Officer has seen evidence that the change is working in practice.", "Medium", "Head of Strategic Planning, 31 December 2022"),
          ("2", "Every open AFI will have a named owner at superintendent or police staff equivalent level.", "Low", "Head of Strategic Planning, 30 November 2022")]:
    c = mt.add_row().cells
    for i, v in enumerate(r):
        set_cell(c[i], v)

doc.add_heading("Distribution", level=2)
doc.add_paragraph("Philippa Rook, Police, Fire and Crime Commissioner")
doc.add_paragraph("Gareth Lund, Chief Constable")
doc.add_paragraph("Chief Finance Officers (OPFCC and force); Joint Independent Audit Committee")
doc.save(OUT)
print("wrote", OUT)
