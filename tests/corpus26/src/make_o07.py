"""o07.docx: South Yorkshire Police's response tracker for PEEL 2017. The grades sit in a
table nested in a merged cell of the outer table, with a third-level table for the question
grades; pillar rows are merged across and shaded; one force response is merged down over
two findings."""
import os
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Mm
from docxutil import a4, shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
a4(doc.sections[0])
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(9.5)
doc.sections[0].header.paragraphs[0].text = "South Yorkshire Police – OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "PEEL 2017 response tracker · v3 · Page owner: Performance and Governance"

doc.add_heading("PEEL 2017: force response to HMICFRS findings", level=0)
doc.add_paragraph("Joint document of the Police and Crime Commissioner for South Yorkshire and the Chief Constable. "
                  "Version 3, updated 14 May 2018. Plan owner: Deputy Chief Constable Tomasz Wrenfield.")
doc.add_paragraph(
    "Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published its PEEL 2017 "
    "reports on South Yorkshire Police between November 2017 and March 2018. This tracker records each area "
    "for improvement with the force’s response. In 2016 HMIC graded the force’s legitimacy as requires "
    "improvement, and the 2017 legitimacy grade has not moved. Police and Crime Commissioner Hollis "
    "Marrable-Quinn and Chief Constable Maeve Ashdown-Kerr review the tracker at each quarterly "
    "Public Accountability Board.")

outer = doc.add_table(rows=0, cols=2)
outer.style = "Table Grid"
outer.alignment = WD_TABLE_ALIGNMENT.CENTER


def full_row(text, fill, bold=True, white=False):
    r = outer.add_row()
    c = r.cells[0].merge(r.cells[1])
    p = set_cell(c, text, bold=bold)
    if white:
        p.runs[0].font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(255, 255, 255)
    shade(c, fill)
    return c


hdr = outer.add_row()
set_cell(hdr.cells[0], "HMICFRS finding", bold=True)
set_cell(hdr.cells[1], "Force response", bold=True)
shade(hdr.cells[0], "D9D9D9"); shade(hdr.cells[1], "D9D9D9")

full_row("PEEL 2017 grades", "1F3864", white=True)
gcell = full_row("", "FFFFFF", bold=False)
gcell.paragraphs[0].add_run("Grades awarded by HMICFRS (four-point scale: outstanding, good, requires improvement, inadequate)").italic = True
inner = gcell.add_table(rows=1, cols=3)
inner.style = "Table Grid"
for c, t in zip(inner.rows[0].cells, ("Pillar", "Overall grade", "Question grades")):
    set_cell(c, t, bold=True); shade(c, "DEEAF6")

PILLARS = [
    ("Effectiveness", "Good", "C6E0B4", [
        ("Preventing crime and tackling anti-social behaviour", "Good"),
        ("Investigating crime and reducing re-offending", "Good"),
        ("Protecting vulnerable people", "Requires improvement"),
        ("Tackling serious and organised crime", "Good"),
        ("Armed policing and other specialist capabilities", "Ungraded"),
    ]),
    ("Efficiency", "Good", "C6E0B4", [
        ("Meeting current demands and using resources", "Good"),
        ("Planning for the future", "Requires improvement"),
    ]),
    ("Legitimacy", "Requires improvement", "F8CBAD", [
        ("Fair and respectful treatment of the public", "Good"),
        ("Ethical and lawful workforce behaviour", "Requires improvement"),
        ("Fair and respectful treatment of the workforce", "Good"),
    ]),
    ("Leadership", "Not graded", "EDEDED", []),
]
for pillar, grade, fill, qs in PILLARS:
    r = inner.add_row().cells
    set_cell(r[0], pillar, bold=True)
    set_cell(r[1], grade); shade(r[1], fill)
    if qs:
        r[2].paragraphs[0].text = ""
        sub = r[2].add_table(rows=0, cols=2)
        sub.style = "Table Grid"
        for q, g in qs:
            sr = sub.add_row().cells
            set_cell(sr[0], q, size=8.5); set_cell(sr[1], g, size=8.5)
            shade(sr[1], {"Good": "E2EFDA", "Requires improvement": "FCE4D6"}.get(g, "F2F2F2"))
    else:
        set_cell(r[2], "Report published 22 March 2018; leadership was not graded in 2017.", italic=True)
gcell.add_paragraph("Efficiency: the question on meeting current demands covers both understanding demand and using resources.").runs[0].font.size = Pt(8)


def afi_row(finding, response):
    r = outer.add_row().cells
    set_cell(r[0], finding)
    if response is not None:
        set_cell(r[1], response)
    return r


full_row("Effectiveness 2017 – protecting vulnerable people", "FCE4D6")
a = afi_row("The force should improve how it shares information with partner agencies about vulnerable people, so that risks are identified and managed at an early stage.", None)
b = afi_row("The force should ensure that it completes a risk assessment for every domestic abuse incident, and that supervisors review the assessments for high-risk victims promptly.", None)
m = a[1].merge(b[1])
set_cell(m, "Both findings are addressed by the Vulnerability Improvement Programme (lead: Detective Chief Superintendent, Public Protection). A daily risk meeting with the four local authorities began in January 2018, and an audit in April found risk assessments completed in 97% of domestic abuse incidents. Supervisory review of high-risk cases is now checked weekly.")

full_row("Efficiency 2017 – planning for the future", "FCE4D6")
afi_row("The force should develop its understanding of the skills its workforce will need in the future, and put plans in place to recruit or train for them.",
        "A skills audit of all officers and staff was completed in March 2018. The Strategic Workforce Plan 2018–21, approved in April, sets out recruitment to the digital investigation and public protection teams. Joint training with Humberside Police on digital forensics starts in September.")

full_row("Legitimacy 2017 – ethical and lawful workforce behaviour", "FCE4D6")
afi_row("The force should ensure that it has enough vetting staff to clear its backlog of vetting renewals, and that all officers and staff are vetted to the level their role requires.",
        "Four additional vetting officers joined in February 2018. The renewals backlog has fallen from 1,140 to 610 and is forecast to be cleared by December 2018.")
afi_row("The force should improve its ability to identify officers and staff who may abuse their position for a sexual purpose, including by monitoring its IT systems proactively.",
        "No response recorded.")
full_row("Legitimacy 2017 – fair and respectful treatment of the workforce", "FCE4D6")
afi_row("The force should improve how it identifies and understands the wellbeing needs of its workforce, and act on what it finds.",
        "A wellbeing survey ran in February 2018 (62% response). Results were shared with staff associations; an action plan will be agreed by the Chief Officer Team in June.")

for row in outer.rows:
    row.cells[0].width = Mm(85); row.cells[1].width = Mm(85)

doc.add_paragraph()
doc.add_paragraph("Good practice noted by the inspectors, such as the force’s work with Sheffield’s universities on "
                  "student safety, is recorded separately and is not part of this tracker. The national recommendations "
                  "on vetting in HMICFRS’s 2017 report apply to all forces in England and Wales.")
doc.save(os.path.join(HERE, "..", "docs", "o07.docx"))
