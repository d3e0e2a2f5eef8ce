"""nq08.docx: a chief constable's staff intranet note, released to the public (python-docx)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nq08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL \u2013 released under the Freedom of Information Act 2000, ref. FOI 0412/20"
sec.footer.paragraphs[0].text = "Merseyside Police \u2013 Corporate Communications \u2013 The Bridge (intranet) \u2013 page 1"

meta = doc.add_table(rows=3, cols=2)
meta.style = "Table Grid"
for i, (a, b) in enumerate([("Channel", "The Bridge \u2013 Chief\u2019s blog"),
                            ("Published", "13 February 2020, 08:00"),
                            ("Audience", "All officers, staff and volunteers")]):
    meta.cell(i, 0).text = a
    meta.cell(i, 1).text = b

doc.add_heading("From the Chief: good, and getting better", level=1)

for t in [
    "Morning all,",
    "I wanted you to hear this from me before you read it on the news at lunchtime. HMICFRS has published "
    "its PEEL 2018/19 report on us, and we have been judged good overall. Better than that, we are good in "
    "all three parts of the inspection: how effective we are, how efficient we are, and how legitimately we "
    "treat the public and each other.",
    "Some of you will remember how much it hurt in 2017, when our legitimacy was judged to require improvement. "
    "Many of you worked incredibly hard on vetting, on stop and search and on how we look after our own people "
    "since then, and this report is your reward. Thank you.",
    "The inspectors were particularly impressed by our response to serious violence and by Matrix, and they "
    "described our work with Merseyside Fire and Rescue Service on community safety as good practice.",
    "They also set out three areas for improvement. I have put them below, word for word, with the name of the "
    "chief officer who owns each one and where we are. Where a lead is still to be confirmed, it is because the "
    "work is being scoped with our partners. Deputy Chief Constable Lewis Armitage will chair the improvement "
    "board that tracks all three.",
]:
    doc.add_paragraph(t)

rows = [
    ("Area (HMICFRS)", "What HMICFRS asked us to improve", "Lead", "Where we are"),
    ("Effectiveness \u2013 protecting vulnerable people",
     "The force should make sure that it shares information about children at risk with children\u2019s "
     "social care promptly, including out of office hours.",
     "DCC Lewis Armitage",
     "Out-of-hours referrals now go straight to the local authority duty team; first audit due in April."),
    ("Efficiency \u2013 planning for the future",
     "The force should develop a fuller understanding of the skills of its workforce, so that its plans "
     "for the future are based on the capabilities it will need.",
     "ACC Joanne Pryce",
     "Skills survey closed in January with 71 per cent of staff taking part; results go to Chief Officer Group in March."),
    ("Legitimacy \u2013 treating the workforce fairly",
     "The force should improve how it identifies and supports officers and staff who show signs of trauma.",
     "To be confirmed",
     "To be confirmed"),
]
t = doc.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        t.cell(i, j).text = v
        if i == 0:
            t.cell(i, j).paragraphs[0].runs[0].bold = True

for tx in [
    "",
    "Our Police and Crime Commissioner, Bernadette Quayle, has already been in touch to say how pleased she is, "
    "and she will be joining me on a visit to the Operational Communications Centre next week to thank the teams "
    "there in person.",
    "A good grade is a floor, not a ceiling. Colleagues in Lancashire Constabulary and across the North West "
    "will be reading our report closely, and I want us to be the force they learn from.",
    "Thank you, all of you, for everything you do.",
    "Serena Whitlock",
    "Chief Constable",
]:
    doc.add_paragraph(tx)
doc.save(OUT)
print("wrote", OUT)
