"""Write docs/r03.docx: a PEEL 2018/19 report on South Yorkshire Police, as a Word document.

    /tmp/c14venv/bin/python make_r03.py      (run from src/)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import page_field, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "r03.docx")

FILL = {"Outstanding": "1C6B3A", "Good": "6FB24A", "Requires improvement": "E67E22",
        "Inadequate": "C0392B"}

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – South Yorkshire Police"
hp.runs[0].font.size = Pt(8)
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
page_field(fp)


def para(text, bold=False, italic=False, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    return p


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def grade_table(rows, note=None):
    """rows: (question, grade, is_pillar). Two columns, grade cell coloured."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, g, top in rows:
        cells = t.add_row().cells
        set_cell(cells[0], q, bold=top)
        set_cell(cells[1], g, bold=True)
        base = g.split(" (")[0].rstrip("*")
        if base in FILL:
            shade(cells[1], FILL[base])
        if top:
            shade(cells[0], "EFEFF4")
    if note:
        p = para(note, italic=True)
        p.runs[0].font.size = Pt(8.5)
    return t


# --- cover -----------------------------------------------------------------------------
t = para("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", bold=True)
t.runs[0].font.size = Pt(22)
t.runs[0].font.color.rgb = RGBColor(0x2B, 0x1D, 0x4F)
s = para("An inspection of South Yorkshire Police")
s.runs[0].font.size = Pt(16)
para("May 2019")
para("© HMICFRS 2019")
para("ISBN: 978-1-78655-803-2")
para("Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
doc.add_page_break()

doc.add_heading("Contents", level=1)
for line in ("Introduction", "Overall summary", "HM Inspector’s observations", "Effectiveness",
             "Efficiency", "Legitimacy", "Annex A – About the data"):
    para(line)
doc.add_page_break()

# --- introduction ---------------------------------------------------------------------
doc.add_heading("Introduction", level=1)
para("As part of our annual inspections of police effectiveness, efficiency and legitimacy "
     "(PEEL), we assess the forces of England and Wales. In 2018/19 we inspected all 43 forces "
     "in one integrated inspection. We judge each force on four grades: outstanding, good, "
     "requires improvement or inadequate.")
para("Where we did not inspect a question in 2018/19, the grade we gave for it in 2017 "
     "still stands; we mark these grades in the tables below.")

doc.add_heading("Force in context", level=2)
ctx = doc.add_table(rows=1, cols=3)
ctx.style = "Light List Accent 1"
for c, h in zip(ctx.rows[0].cells, ("Measure", "South Yorkshire", "England and Wales")):
    set_cell(c, h, bold=True)
for row in (("999 calls per 1,000 population, 12 months to 31 March 2018", "142", "150"),
            ("Recorded crime per 1,000 population, 12 months to 30 September 2018", "96", "84"),
            ("Police officers per 1,000 population at 31 March 2018", "1.8", "2.0"),
            ("Change in officer numbers, March 2014 to March 2018", "-7%", "-6%")):
    cells = ctx.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_page_break()

# --- overall summary ------------------------------------------------------------------
doc.add_heading("Overall summary", level=1)
para("Our judgments for South Yorkshire Police are set out below.")
ov = doc.add_table(rows=1, cols=2)
ov.style = "Table Grid"
set_cell(ov.rows[0].cells[0], "Pillar", bold=True)
set_cell(ov.rows[0].cells[1], "Judgment", bold=True)
for pil, g in (("Effectiveness", "Requires improvement"), ("Efficiency", "Good"),
               ("Legitimacy", "Good")):
    cells = ov.add_row().cells
    set_cell(cells[0], pil)
    set_cell(cells[1], g, bold=True)
    shade(cells[1], FILL[g])
para("")
para("HM Inspector’s observations", bold=True).runs[0].font.size = Pt(13)
para("South Yorkshire Police has a committed workforce, and it has made real progress in "
     "treating the public and its own people fairly. I am pleased that it manages its "
     "finances well, and that it has a good understanding of the demand it faces today.")
para("But I am disappointed by its effectiveness. In 2017, we judged the force to be good at "
     "keeping people safe and reducing crime. This year it requires improvement, largely "
     "because of how it responds to vulnerable people who call for help. I have identified a "
     "cause of concern about this, and I have made a recommendation that the force must act "
     "on quickly.")
para("I have written to Chief Constable Graham Lowther setting out my findings. The force’s "
     "response will be overseen by Deputy Chief Constable Ruth Ingledew, and I will revisit "
     "the force within six months to see what has changed.")
para("Philippa Crane", bold=True)
para("HM Inspector of Constabulary")
doc.add_page_break()

# --- effectiveness --------------------------------------------------------------------
doc.add_heading("Effectiveness", level=1)
grade_table([
    ("How effective is the force at keeping people safe and reducing crime?",
     "Requires improvement", True),
    ("Preventing crime and tackling anti-social behaviour", "Good", False),
    ("Investigating crime", "Requires improvement", False),
    ("Protecting vulnerable people", "Inadequate", False),
    ("Tackling serious and organised crime", "Good (2017)*", False),
    ("Armed policing", "Not graded", False),
], note="* We did not inspect this question in 2018/19. The grade is the one we gave in our "
        "2017 effectiveness inspection.")

doc.add_heading("Preventing crime and tackling anti-social behaviour", level=2)
para("Neighbourhood policing in South Yorkshire is well established. Officers know their "
     "communities, and the force works closely with councils in Sheffield, Rotherham, "
     "Doncaster and Barnsley to solve local problems.")

doc.add_heading("Investigating crime", level=2)
para("The quality of investigations varies too much. In some cases, complex investigations "
     "were given to officers without the training to conduct them, and supervisors did not "
     "check them often enough. There is a long wait for digital devices to be examined.")
doc.add_heading("Areas for improvement", level=3)
bullets([
    "The force should make sure that investigations are allocated to staff with the right "
    "skills, and that supervisors check the quality of those investigations.",
    "The force should reduce the time it takes to examine digital devices that are seized "
    "during investigations.",
])

doc.add_heading("Protecting vulnerable people", level=2)
para("The force understands the nature of vulnerability, and its officers are generally "
     "good at recognising it once they attend an incident. However, the force’s initial "
     "response to calls from vulnerable people is too often slow.")
doc.add_heading("Cause of concern", level=3)
para("South Yorkshire Police does not always respond promptly to calls from vulnerable "
     "people. Calls are too often downgraded without a proper assessment of risk, and some "
     "victims of domestic abuse wait many hours for an officer to attend. This means that "
     "vulnerable people may be left at risk of harm.")
doc.add_heading("Recommendations", level=3)
para("To address this cause of concern, we recommend that within three months the force "
     "should:")
bullets([
    "review how it assesses the risk to callers, so that calls from vulnerable people are not "
    "downgraded without good reason;",
    "make sure that it has enough officers available to attend incidents involving vulnerable "
    "people within its target times; and",
    "introduce supervisory checks of all domestic abuse incidents that are waiting for an "
    "officer to attend.",
])
doc.add_heading("Areas for improvement", level=3)
bullets([
    "The force should improve the quality of the information it shares with partner "
    "organisations about children who are at risk of exploitation.",
])

doc.add_heading("Tackling serious and organised crime", level=2)
para("We did not inspect this question in 2018/19. In 2017 we found that the force had a good "
     "understanding of the threat from organised crime groups, and we judged it to be good.")

doc.add_heading("Armed policing", level=2)
para("We inspected how forces prepare for armed threats as part of our 2018/19 inspection. "
     "We do not grade this question.")
doc.add_page_break()

# --- efficiency -----------------------------------------------------------------------
doc.add_heading("Efficiency", level=1)
grade_table([
    ("How efficient is the force at keeping people safe and reducing crime?", "Good", True),
    ("Meeting current demands and using resources", "Good", False),
    ("Planning for the future", "Requires improvement", False),
])
doc.add_heading("Meeting current demands and using resources", level=2)
para("The force has a good understanding of the demand it faces, including demand that is "
     "less likely to be reported. It has made savings of £48.3m since 2010 and has a "
     "balanced budget for 2019/20. It works with Humberside Police on major crime "
     "investigation, but it does not know whether this collaboration gives good value.")
doc.add_heading("Areas for improvement", level=3)
bullets([
    "The force should evaluate the benefits of its collaboration with other forces and "
    "organisations, so that it knows whether these arrangements give value for money.",
])
doc.add_heading("Planning for the future", level=2)
para("The force’s plans for the future are not yet detailed enough. It does not have a full "
     "picture of the skills of its workforce.")
doc.add_heading("Areas for improvement", level=3)
bullets([
    "The force should develop a better understanding of the skills of its workforce, so that "
    "it can plan for the skills it will need in the future.",
])
doc.add_page_break()

# --- legitimacy -----------------------------------------------------------------------
doc.add_heading("Legitimacy", level=1)
grade_table([
    ("How legitimate is the force at keeping people safe and reducing crime?", "Good", True),
    ("Treating the public fairly", "Good", False),
    ("Ethical and lawful workforce behaviour", "Requires improvement", False),
    ("Treating the workforce fairly", "Good", False),
])
doc.add_heading("Treating the public fairly", level=2)
para("Officers and staff understand the importance of treating people with fairness and "
     "respect. The force’s independent advisory groups scrutinise its use of stop and search "
     "and use of force.")
doc.add_heading("Ethical and lawful workforce behaviour", level=2)
para("The force’s leaders set a clear ethical tone, but the vetting unit has a large backlog "
     "of renewals, and some officers in sensitive posts have not been vetted to the right "
     "level.")
doc.add_heading("Areas for improvement", level=3)
bullets([
    "The force should make sure that it has enough vetting staff to clear its backlog of "
    "vetting renewals.",
    "The force should make sure that all officers and staff in sensitive posts are vetted to "
    "the level their role requires.",
])
doc.add_heading("Treating the workforce fairly", level=2)
para("The force has improved its wellbeing support, and officers and staff told us that "
     "they feel valued.")
doc.add_heading("Areas for improvement", level=3)
bullets([
    "The force should make sure that all officers and staff receive a meaningful annual "
    "performance review.",
])

doc.add_heading("Annex A – About the data", level=1)
para("The information in this report comes from a range of sources, including data the force "
     "gave us, our inspection fieldwork, and national data published by the Home Office and "
     "the Office for National Statistics.")

doc.save(OUT)
print("wrote", OUT)
