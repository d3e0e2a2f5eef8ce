"""Write docs/lh08.docx: a domestic abuse charity's briefing that quotes South Yorkshire
Police's PEEL grades and areas for improvement.

    /tmp/lh63venv/bin/python src/make_lh08.py
"""
import os

from docx import Document
from docx.shared import Pt, RGBColor

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lh08.docx")

doc = Document()
doc.core_properties.title = "Briefing 07/25 - What the inspectors said"
doc.core_properties.author = "Haven Pathways"
doc.styles["Normal"].font.name = "Verdana"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Haven Pathways \u2013 Policy briefing 07/25"
sec.footer.paragraphs[0].text = ("Haven Pathways is a registered charity (no. 1102398). "
                                 "If you are in danger, call 999.")

title = doc.add_paragraph()
r = title.add_run("Policy briefing 07/25")
r.bold = True
r.font.color.rgb = RGBColor(0x6A, 0x1B, 0x9A)
doc.add_heading("What the inspectors said: domestic abuse and South Yorkshire Police", level=1)
doc.add_paragraph("July 2025 \u2022 For members, partner agencies and councillors")

doc.add_heading("Key points", level=2)
for x in (
        "South Yorkshire Police was graded good at protecting vulnerable people in its PEEL "
        "2023\u201325 inspection, the same grade it received in the 2021/22 inspection.",
        "The inspectors still found that officers did not always use body-worn video at "
        "domestic abuse incidents.",
        "Survivors we support tell us that follow-up contact after an arrest is patchy.",
        "We make four recommendations of our own (section 4)."):
    doc.add_paragraph(x, style="List Bullet")

doc.add_heading("1. About this briefing", level=2)
doc.add_paragraph(
    "Haven Pathways supports around 2,300 women, men and children affected by domestic abuse "
    "across Barnsley, Doncaster, Rotherham and Sheffield each year. This briefing summarises "
    "what His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "has said about how South Yorkshire Police responds to domestic abuse, and sets out what "
    "we think should happen next. It draws on the force\u2019s two most recent PEEL reports and "
    "on our own casework.")

doc.add_heading("2. The grades", level=2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in enumerate(("Area of policing", "PEEL 2021/22", "PEEL 2023\u201325")):
    set_cell(t.rows[0].cells[c], h, bold=True)
    shade(t.rows[0].cells[c], "E1D5EE")
for row in (("Protecting vulnerable people", "Good", "Good"),
            ("Responding to the public", "Good", "Adequate"),
            ("Investigating crime", "Good", "Good")):
    cells = t.add_row().cells
    for c, v in enumerate(row):
        set_cell(cells[c], v)
doc.add_paragraph(
    "Source: HMICFRS. Only the three areas most relevant to domestic abuse are shown. The "
    "inspectorate\u2019s grades run from outstanding to inadequate.").runs[0].italic = True

doc.add_heading("3. What the inspectors asked the force to do", level=2)
doc.add_paragraph(
    "In 2023\u201325 the report set out one area for improvement, under protecting vulnerable "
    "people, that bears directly on domestic abuse. We reproduce it in full:")
doc.add_paragraph(
    "The force should make sure that officers consistently use body-worn video at domestic "
    "abuse incidents, so that evidence is captured to support prosecutions where the victim "
    "does not wish to give a statement.", style="Quote")
doc.add_paragraph(
    "The 2021/22 report had already asked the force, in the same area of protecting vulnerable "
    "people, to tighten its safeguarding of repeat victims. Its wording was:")
doc.add_paragraph(
    "The force should make sure that it identifies repeat victims of domestic abuse at the "
    "first point of contact and that this information is passed to attending officers.",
    style="Quote")
doc.add_paragraph(
    "We asked the force what it has done about these two points. At the time of writing we "
    "had not received a reply. In fairness, the force\u2019s response to the national "
    "super-complaint on domestic abuse, which recommended that all chief constables review "
    "their use of protective orders, was thorough, and the inspectors described the force\u2019s "
    "domestic abuse triage as good practice.")

doc.add_heading("4. Our recommendations", level=2)
doc.add_paragraph("These are Haven Pathways\u2019 recommendations, not the inspectorate\u2019s.")
for x in (
        "South Yorkshire Police should publish quarterly figures on the use of body-worn video "
        "at domestic abuse incidents.",
        "Every victim should receive a call within 48 hours of a suspect\u2019s release.",
        "The Mayor of South Yorkshire, who now holds police and crime commissioner functions, "
        "should include survivors on the panel that scrutinises the force\u2019s response.",
        "Local authorities should fund specialist advocates in every custody suite."):
    doc.add_paragraph(x, style="List Number")

doc.add_heading("5. A word on other services", level=2)
doc.add_paragraph(
    "Some survivors have also asked about the Care Quality Commission\u2019s recent rating of a "
    "local mental health trust as requires improvement, and Ofsted\u2019s rating of Rotherham\u2019s "
    "children\u2019s services as good. These are separate inspections and are outside the scope of "
    "this briefing.")
doc.add_heading("Contact", level=2)
doc.add_paragraph("Policy and Campaigns Lead, Haven Pathways \u2013 policy@havenpathways.org.uk")
doc.add_paragraph(
    "Chief Constable Marcus Redfern has agreed to meet our survivors\u2019 forum in September 2025. "
    "We will report back to members after that meeting.")
doc.save(OUT)
print("wrote", OUT)
