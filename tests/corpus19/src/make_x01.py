"""x01.docx: the standard OPCC 'PCC response to HMICFRS report' template (Lincolnshire).

    /tmp/c19venv/bin/python make_x01.py   (run from src/)
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

from docxutil import shade, set_cell, add_para, repeat_header

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    hp = s.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = s.footer.paragraphs[0]
    fp.text = "OPCC Lincolnshire | HMICFRS response template v3.2 | Page 1"

doc.add_heading("Police and Crime Commissioner response to HMICFRS report", level=1)
doc.add_paragraph(
    "Under section 55 of the Police Act 1996 the Police and Crime Commissioner must publish "
    "comments on any report by His Majesty's Inspectorate of Constabulary and Fire & Rescue "
    "Services (HMICFRS) that relates to the force, and send a copy to the Home Secretary. "
    "This template is completed for every HMICFRS report and is published on the OPCC website "
    "within 56 days of the report's publication.")

cover = doc.add_table(rows=0, cols=2)
cover.style = "Table Grid"
for label, value in [
    ("Report title", "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – "
                     "An inspection of Lincolnshire Police"),
    ("Date published", "14 March 2025"),
    ("Force", "Lincolnshire Police"),
    ("PCC", "Andrew Wexcombe"),
    ("Type of inspection", "PEEL (force-level, all-areas)"),
    ("Date of PCC response", "2 May 2025"),
    ("Next review", "Accountability Board, October 2025"),
]:
    r = cover.add_row().cells
    set_cell(r[0], label, bold=True)
    shade(r[0], "D9E2F3")
    set_cell(r[1], value)
for r in cover.rows:
    r.cells[0].width = Cm(5)
    r.cells[1].width = Cm(12)

doc.add_heading("1. Summary of the report", level=2)
doc.add_paragraph(
    "HMICFRS carried out its fieldwork in Lincolnshire between September and November 2024. "
    "His Majesty's Inspector of Constabulary, Michelle Dawkins-Rye, concluded that the force "
    "has a strong neighbourhood policing model and a committed workforce, but that it is not "
    "answering calls for help quickly enough and that its plans for the future workforce are "
    "not yet sound. The inspectorate graded the force as follows.")

g = doc.add_table(rows=1, cols=2)
g.style = "Table Grid"
hdr = g.rows[0].cells
set_cell(hdr[0], "Area inspected", bold=True)
set_cell(hdr[1], "Grade", bold=True)
for c in hdr:
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for area, grade in [
    ("Police powers and public treatment", "Good"),
    ("Preventing crime and antisocial behaviour", "Adequate"),
    ("Responding to the public", "Requires improvement"),
    ("Investigating crime", "Adequate"),
    ("Protecting vulnerable people", "Adequate"),
    ("Managing offenders and suspects", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate"),
    ("Leadership and force management", "Requires improvement"),
    ("Crime data integrity", "Not inspected"),
    ("Providing a service to victims of crime", "Not graded"),
]:
    r = g.add_row().cells
    set_cell(r[0], area)
    set_cell(r[1], grade)
p = doc.add_paragraph()
r = p.add_run("HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires "
              "improvement and inadequate.")
r.italic = True
r.font.size = Pt(9)

doc.add_heading("2. PCC comments", level=2)
doc.add_paragraph(
    "I welcome this report and thank the inspection team for the time they spent with officers, "
    "staff and partners across the county. It is right that the force's work on stop and search "
    "and on managing offenders has been recognised, and the inspectorate singled out the "
    "Boston neighbourhood team's work with the local mosque as innovative practice.")
doc.add_paragraph(
    "I am, however, disappointed that the way the force responds to the public has fallen short. "
    "The public of Lincolnshire tell me that getting through on 101 is their single biggest "
    "frustration, and the inspectorate has now confirmed it. I have asked the Chief Constable "
    "for a single improvement plan covering the cause of concern, both recommendations and all "
    "six areas for improvement, and I will hold her to account for it at my monthly "
    "Accountability Board. An adequate supply of trained call handlers is the foundation of "
    "everything else, and I have set aside £1.2m in the 2025/26 budget for that purpose.")

doc.add_heading("3. Recommendations / Areas for improvement", level=2)
doc.add_paragraph(
    "The table below sets out each cause of concern, recommendation and area for improvement "
    "(AFI) in the report, with the force's response. Where the force has not yet provided a "
    "response this is stated.")

t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
widths = [Cm(1.3), Cm(6.2), Cm(6.0), Cm(2.2), Cm(2.0)]
for c, h, w in zip(t.rows[0].cells, ["No.", "Recommendation or AFI", "Response", "Lead", "Target date"], widths):
    set_cell(c, h, bold=True)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    c.width = w
repeat_header(t.rows[0])


def group(title):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[4])
    set_cell(m, title, bold=True)
    shade(m, "D9E2F3")


def item(no, area, text, response, lead, target):
    row = t.add_row().cells
    set_cell(row[0], no)
    if area:
        set_cell(row[1], area, bold=True)
        add_para(row[1], text)
    else:
        set_cell(row[1], text)
    first = True
    for para in response:
        if first:
            set_cell(row[2], para)
            first = False
        else:
            add_para(row[2], para)
    set_cell(row[3], lead)
    set_cell(row[4], target)
    for c, w in zip(row, widths):
        c.width = w


group("Cause of concern")
item("CoC 1", "Responding to the public",
     "The force doesn't answer enough emergency and non-emergency calls within national and "
     "local targets, and it doesn't reliably call back people who abandon their calls. This "
     "means that some vulnerable people may not get the help they need when they first "
     "contact the police.",
     ["Contact management improvement plan agreed by Chief Officer Group on 9 April 2025. "
      "Emergency call answering within 10 seconds has risen from 71% in January to 84% in "
      "April. Weekly performance reported to the PCC."],
     "ACC Local Policing", "31/12/2025")

group("Recommendations")
item("R1", "Responding to the public",
     "Within six months, the force should make sure it has enough trained call handlers on "
     "each shift to meet the national standard for answering 999 calls.",
     ["Two intakes of 14 call handlers (April and June 2025). Shift pattern consultation "
      "closes 30 May 2025.", "PCC: funded through the 2025/26 budget – see section 2."],
     "Head of Contact Management", "14/09/2025")
item("R2", "Responding to the public",
     "Within six months, the force should introduce a process to identify abandoned calls and "
     "contact those callers again, prioritising those who may be vulnerable.",
     ["Abandoned call-back process live since 3 March 2025; every abandoned 999 call is "
      "called back and 101 call-backs are prioritised using the THRIVE model."],
     "Head of Contact Management", "Complete")

group("Areas for improvement")
item("AFI 1", "Responding to the public",
     "The force should make sure that call handlers use a structured triage process and record "
     "the rationale for each call's priority grading.",
     ["Structured triage refresher training delivered to all call handlers by end of May. "
      "Dip-sampling of 50 incidents a month by the quality team."],
     "Head of Contact Management", "30/06/2025")
item("AFI 2", "Investigating crime",
     "The force should improve how it records and reviews investigation plans, so that "
     "supervisors can see whether all reasonable lines of enquiry have been followed.",
     ["New investigation plan template on Niche from 1 April 2025; sergeants' review "
      "compliance reported monthly to the Crime Standards Board."],
     "Head of Crime", "30/09/2025")
item("AFI 3", "Protecting vulnerable people",
     "The force should make sure its officers consistently complete the domestic abuse, "
     "stalking and harassment risk assessment, and that the quality of these assessments is "
     "checked.",
     ["Completion rate 93% (March 2025). Public Protection Unit audits 30 DASH forms a week "
      "and gives feedback to the officer and supervisor."],
     "Head of Public Protection", "30/09/2025")
item("AFI 4", "Preventing crime and antisocial behaviour",
     "The force should evaluate its problem-solving activity so that it understands which "
     "approaches work and shares that learning across the county.",
     ["Problem-solving evaluation framework agreed with the University of Lincoln; first "
      "evaluations due in the autumn."],
     "Supt Neighbourhoods", "Q3 2025/26")
item("AFI 5", "Leadership and force management",
     "The force should develop a workforce plan that sets out how it will recruit, train and "
     "retain the detectives and call handlers it needs.",
     ["Draft Strategic Workforce Plan 2025–2029 to be presented to the PCC's Accountability "
      "Board in July."],
     "Director of People", "31/07/2025")
item("AFI 6", "Building, supporting and protecting the workforce",
     "The force should improve the way it monitors the wellbeing of officers and staff in "
     "high-risk roles.",
     ["Not yet received from the force."],
     "Director of People", "TBC")

doc.add_heading("4. Chief Constable's comments", level=2)
doc.add_paragraph(
    "Chief Constable Rachel Tenbury said: “We accept every finding in this report. Our call "
    "handlers work incredibly hard, but there have not been enough of them, and that is now "
    "being fixed. I am proud that the inspectors saw how well our officers use their powers "
    "and how closely we manage the most dangerous offenders.”")

doc.add_heading("5. Publication", level=2)
doc.add_paragraph(
    "This response will be published on the OPCC website and sent to HMICFRS and the Home "
    "Secretary. Progress against the table in section 3 is reported quarterly to the "
    "Lincolnshire Police and Crime Panel.")
doc.add_paragraph("Andrew Wexcombe")
doc.add_paragraph("Police and Crime Commissioner for Lincolnshire")
doc.add_paragraph("2 May 2025")

doc.save("../docs/x01.docx")
print("wrote docs/x01.docx")
