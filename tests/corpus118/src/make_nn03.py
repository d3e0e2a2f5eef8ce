"""nn03.docx: Hampshire Constabulary force management statement excerpt (PEEL 2018/19)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nn03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL – SENSITIVE (FMS 3 extract released for publication)"
doc.sections[0].footer.paragraphs[0].text = "Hampshire Constabulary – Force Management Statement 3"

doc.add_heading("Force Management Statement 3 (FMS 2020)", 0)
doc.add_paragraph("Hampshire Constabulary – submitted to HMICFRS, 31 May 2020")
doc.add_heading("Chapter 2: Learning from inspection", 1)
doc.add_paragraph(
    "2.1 This chapter records what the constabulary has learned from external inspection since "
    "FMS 2, and how those findings shape the four-year outlook in the chapters that follow. It "
    "covers the integrated PEEL assessment (PEEL 2018/19) published on 2 May 2019, and the crime "
    "data integrity inspection published in October 2019.")
doc.add_paragraph(
    "2.2 The PEEL 2018/19 report found the constabulary good at reducing crime and keeping people "
    "safe and good at operating efficiently, but graded its legitimacy as requires improvement. "
    "Because the 2018/19 programme was risk-based, HMICFRS did not re-inspect every question; "
    "where a question was not inspected, the 2017 grade was carried forward. Table 2.1 sets out "
    "where each grade came from.")
doc.add_paragraph("Table 2.1: PEEL question grades in force at March 2020")
rows = [
    ("Pillar", "PEEL question", "Grade", "Year graded"),
    ("Effectiveness", "Preventing crime and tackling anti-social behaviour", "Good", "2018/19"),
    ("Effectiveness", "Investigating crime and reducing re-offending", "Requires improvement", "2018/19"),
    ("Effectiveness", "Protecting vulnerable people and supporting victims", "Good", "2018/19"),
    ("Effectiveness", "Tackling serious and organised crime", "Good", "2017 (carried forward)"),
    ("Effectiveness", "Specialist capabilities", "Ungraded", "–"),
    ("Efficiency", "Meeting current demands and using resources", "Good", "2018/19"),
    ("Efficiency", "Planning for the future", "Good", "2017 (carried forward)"),
    ("Legitimacy", "Fair treatment of the public", "Good", "2017 (carried forward)"),
    ("Legitimacy", "Ethical and lawful workforce behaviour", "Requires improvement", "2018/19"),
    ("Legitimacy", "Fair treatment of the workforce", "Good", "2018/19"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "D9E2F3")
doc.add_paragraph(
    "2.3 For comparison, Hampshire and Isle of Wight Fire and Rescue Service was inspected by the "
    "same inspectorate in 2019 and judged good at understanding the risk of fire; that report "
    "is covered in the fire service's own statement and is not repeated here.")
doc.add_heading("Areas for improvement carried into FMS 3", 2)
doc.add_paragraph(
    "2.4 Each area for improvement has a chief officer lead and is tracked at the Force "
    "Performance Board, chaired by Deputy Chief Constable Sarah Whitcombe. The lead for "
    "investigation standards is the Assistant Chief Constable (Crime and Criminal Justice).")
doc.add_paragraph("Table 2.2: Open findings")
rows = [
    ("Ref", "Source", "Finding", "Lead", "Position at March 2020"),
    ("FMS3-01", "PEEL 2018/19 AFI (investigating crime)",
     "The constabulary should ensure that investigations are allocated to officers with the right "
     "training, and that supervisors review them at regular intervals.",
     "ACC Crime",
     "Allocation policy rewritten; 340 investigators trained to PIP level 1 since June 2019."),
    ("FMS3-02", "PEEL 2018/19 AFI (ethical and lawful workforce behaviour)",
     "The constabulary should make sure that all its staff hold the level of vetting their role "
     "requires, and should clear its backlog of vetting renewals.",
     "DCC",
     "Backlog reduced from 1,020 to 310; additional vetting officers funded for 2020-21."),
    ("FMS3-03", "PEEL 2018/19 AFI (ethical and lawful workforce behaviour)",
     "The constabulary should improve its ability to identify officers and staff who may abuse "
     "their position for a sexual purpose, including by monitoring its IT systems.",
     "DCC", "–"),
    ("FMS3-04", "Crime data integrity 2019, recommendation 2",
     "Within three months, the constabulary should make sure that reports of crime received "
     "through its public contact centre are recorded within 24 hours.",
     "ACC Operations", "Complete. Audit in February 2020 found 94% compliance."),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        set_cell(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "D9E2F3")
doc.add_paragraph(
    "2.5 Chief Constable Mark Ellery has asked that the next FMS include a self-assessed grade "
    "against each PEEL question. The Police and Crime Commissioner, Donna Jeffcott, receives "
    "this chapter through the joint audit committee.")
doc.save(OUT)
print("wrote", OUT)
