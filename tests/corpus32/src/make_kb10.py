"""Write docs/kb10.docx: a force improvement board paper (Lancashire, PEEL 2023-25). Each
item has a risk score ("Impact 4 x Likelihood 3 = 12") and a RAG, and the PEEL grade of its
area in a separate column. Landscape section, header and footer.

    /tmp/c32venv/bin/python src/make_kb10.py
"""
import os

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from docxutil import labelled, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kb10.docx")

doc = Document()
doc.core_properties.title = "PEEL Improvement Board - Paper C"
doc.core_properties.author = "Strategic Development"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Mm(297), Mm(210)
sec.left_margin = sec.right_margin = Mm(15)
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL \u2013 Lancashire Constabulary PEEL Improvement Board"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Paper C \u2013 AFI risk register \u2013 version 1.4"

doc.add_heading("PEEL Improvement Board \u2013 14 May 2025", level=1)
doc.add_heading("Paper C: Risk register for the PEEL 2023\u201325 cause of concern, "
                "recommendation and areas for improvement", level=2)

t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
for i, (k, v) in enumerate((
        ("Chair", "Deputy Chief Constable Amira Castell"),
        ("Author", "Head of Strategic Development"),
        ("Purpose", "For decision: to agree the risk scores and RAG ratings below"))):
    set_cell(t.cell(i, 0), k, bold=True)
    shade(t.cell(i, 0), "E7E6E6")
    set_cell(t.cell(i, 1), v)

doc.add_heading("1. Background", level=2)
doc.add_paragraph(
    "1.1 HMICFRS published its PEEL 2023\u201325 report on Lancashire Constabulary on "
    "3 December 2024, following fieldwork led by His Majesty's Inspector of Constabulary "
    "Rowland Teague. Chief Constable Declan Fairclough has asked this Board to manage every "
    "finding as a corporate risk, scored on the force\u2019s standard five-by-five matrix.")
doc.add_paragraph(
    "1.2 The grades in the register are HMICFRS\u2019s grades for the area each finding "
    "sits in. The risk score and the RAG are this Board\u2019s own and say nothing about "
    "the grade. A \u2018Good\u2019 area can carry a high risk and vice versa.")

doc.add_heading("2. Scoring", level=2)
for line in (
        "Score = Impact (1\u20135) \u00d7 Likelihood (1\u20135).",
        "1\u20136: Green (tolerate and monitor).",
        "8\u201312: Amber (treat; owner reports monthly).",
        "15\u201325: Red (treat urgently; escalate to Chief Officer Group).",
        "Blue: action complete and evidence accepted by the Board; risk closed."):
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("3. Register", level=2)
head = ("Ref", "Type", "Finding (as published)", "PEEL area", "PEEL grade of area",
        "Risk score", "RAG", "Owner", "Update since last Board")
items = [
    ("C1", "Cause of concern",
     "The force is not investigating crime effectively. Too many investigations are not "
     "supervised properly, and too few result in a positive outcome for the victim.",
     "Investigating crime", "Requires improvement", "Impact 5 \u00d7 Likelihood 4 = 20",
     "Red", "Head of Crime",
     "Investigation Standards Unit live since March; 300 crimes reviewed, 41% met the new standard."),
    ("C1-R1", "Recommendation",
     "Within six months, the force should make sure that supervisors review every "
     "investigation at set points and record clear direction for the investigator.",
     "Investigating crime", "Requires improvement", "Impact 4 \u00d7 Likelihood 4 = 16",
     "Red", "Head of Crime",
     "Review points built into the crime system on 1 May; compliance data available in June."),
    ("A1", "AFI",
     "The force should make sure that call handlers consistently identify repeat and "
     "vulnerable callers and record the risk they face.",
     "Responding to the public", "Adequate", "Impact 4 \u00d7 Likelihood 3 = 12",
     "Amber", "Head of Contact",
     "Repeat caller flag added to the command and control system; training 76% complete."),
    ("A2", "AFI",
     "The force should make sure that safeguarding referrals for children are made "
     "promptly and that the quality of the referrals is checked.",
     "Protecting vulnerable people", "Adequate", "Impact 4 \u00d7 Likelihood 2 = 8",
     "Amber", "Head of Public Protection",
     "Dip sample of 60 referrals in April: 55 on time."),
    ("A3", "AFI",
     "The force should make sure that officers explain to people why they have been "
     "stopped and searched, and record that they have done so.",
     "Police powers and public treatment", "Good", "Impact 3 \u00d7 Likelihood 2 = 6",
     "Green", "Head of Local Policing",
     "Body-worn video review shows the explanation given in 94% of searches."),
    ("A4", "AFI",
     "The force should improve the way it records crimes reported to it by partner "
     "agencies.",
     "Crime data integrity", "Adequate", "Impact 3 \u00d7 Likelihood 3 = 9",
     "Amber", "Force Crime Registrar", "\u2014"),
    ("A5", "AFI",
     "The force should make sure that its plans for the future workforce take account of "
     "the skills it will need in digital investigation.",
     "Leadership and force management", "Good", "Impact 2 \u00d7 Likelihood 2 = 4",
     "Blue", "Director of People",
     "Digital skills plan approved in February. Proposed for closure."),
    ("N1", "National",
     "Chief constables should make sure that their forces have enough trained vetting "
     "staff to meet demand.",
     "n/a (thematic)", "n/a", "Impact 3 \u00d7 Likelihood 2 = 6", "Green", "Head of PSD",
     "Not a PEEL finding; held here at the Chair's request."),
]
t = doc.add_table(rows=len(items) + 1, cols=len(head))
t.style = "Table Grid"
for c, h in enumerate(head):
    set_cell(t.cell(0, c), h, bold=True)
    shade(t.cell(0, c), "1F3864")
    t.cell(0, c).paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
rag_fill = {"Red": "FF9999", "Amber": "FFD966", "Green": "A9D08E", "Blue": "9BC2E6"}
for r, it in enumerate(items, start=1):
    for c, v in enumerate(it):
        set_cell(t.cell(r, c), v)
        t.cell(r, c).paragraphs[0].runs[0].font.size = Pt(8.5)
    shade(t.cell(r, 6), rag_fill[it[6]])

doc.add_paragraph()
doc.add_paragraph(
    "Not in the register: the three custody areas for improvement (held by the Custody "
    "Improvement Group) and the good practice HMICFRS identified in the force\u2019s "
    "early intervention work, which is recorded on the learning log.")

doc.add_heading("4. Decisions sought", level=2)
for line in (
        "Agree the scores for C1 and C1-R1 and their escalation to Chief Officer Group.",
        "Agree to close A5 (Blue).",
        "Note that no update was received for A4; Assistant Chief Constable Priya Lund will "
        "follow this up with the Force Crime Registrar."):
    doc.add_paragraph(line, style="List Number")

doc.save(OUT)
print("wrote", OUT)
