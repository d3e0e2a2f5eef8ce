"""Make docs/g07.docx: a police and crime panel report (Suffolk), paragraph numbers typed
as text, grades in reported speech, AFIs in a Word table. Run with a python that has
python-docx (a throwaway venv under /tmp was used). Deterministic apart from docx
timestamps in core properties, which are fixed below."""
import datetime
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "g07.docx")

doc = Document()
doc.core_properties.author = "OPCC Suffolk"
doc.core_properties.title = "Police and Crime Panel report - PEEL 2023-25"
doc.core_properties.created = datetime.datetime(2025, 5, 14, 9, 0, 0)
doc.core_properties.modified = datetime.datetime(2025, 5, 14, 9, 0, 0)

style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)


def para(text, bold=False, align=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


para("SUFFOLK POLICE AND CRIME PANEL", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
para("Agenda item 7", align=WD_ALIGN_PARAGRAPH.RIGHT)
para("Meeting date: 23 May 2025")
para("Report of: the Police and Crime Commissioner")
para("Subject: HMICFRS PEEL 2023–25 inspection of Suffolk Constabulary – outcome and progress", bold=True)
para("Classification: Open")

para("1. PURPOSE OF THE REPORT", bold=True)
para("1.1 This report tells the Panel what His Majesty’s Inspectorate of Constabulary and Fire & "
     "Rescue Services (HMICFRS) found when it inspected Suffolk Constabulary as part of its PEEL "
     "2023–25 programme, and what progress the constabulary has made since the report was "
     "published on 6 February 2025.")
para("1.2 The report is submitted by Dr Olivia Brant, Police and Crime Commissioner for Suffolk, who "
     "will attend the meeting with the Chief Constable.")

para("2. THE INSPECTORATE’S FINDINGS", bold=True)
para("2.1 The inspection was led by His Majesty’s Inspector of Constabulary Kenneth Arrowsmith. "
     "Inspectors assessed the constabulary in nine areas of policing and gave a grade in eight of them.")
para("2.2 Inspectors reported that the constabulary was good at preventing and deterring crime and "
     "antisocial behaviour, and at managing offenders and suspects. They said that its work with "
     "district councils on problem-solving was particularly strong.")
para("2.3 They found that the constabulary’s use of police powers and its treatment of the public "
     "were adequate, as were its arrangements for building, supporting and protecting the workforce.")
para("2.4 HMICFRS stated that Suffolk Constabulary required improvement in responding to the public "
     "and in investigating crime. The report pointed to long waits for non-emergency calls to be "
     "answered and to investigation plans that were often missing or out of date.")
para("2.5 The inspectorate considered the constabulary’s work to protect vulnerable people to be "
     "good, describing its multi-agency safeguarding arrangements as a real strength.")
para("2.6 The report described leadership and force management in Suffolk as outstanding, noting "
     "the constabulary’s well-developed understanding of demand and its realistic financial planning.")
para("2.7 The service the constabulary provides to victims of crime was assessed but, as for every "
     "force in this round of inspections, it was not graded.")
para("2.8 Panel members may wish to note that in the previous PEEL inspection, in 2021/22, the "
     "constabulary was judged adequate at investigating crime. The grade in this area has therefore "
     "fallen.")

para("3. AREAS FOR IMPROVEMENT", bold=True)
para("3.1 The inspectorate identified four areas for improvement. The Chief Constable, Rachel "
     "Kinsella, has given each one to a lead officer, and progress reported to the Commissioner’s "
     "accountability board on 29 April 2025 is summarised in the table below.")

rows = [
    ("1", "The constabulary should make sure that it answers non-emergency calls within a reasonable "
          "time and that callers who hang up are assessed for risk.",
     "Superintendent, Contact and Control Room",
     "Twelve additional call handlers joined in March. The average wait for a 101 call fell from "
     "9 minutes to 4 minutes between January and April."),
    ("2", "The constabulary should make sure that every investigation has a plan that is reviewed "
          "regularly by a supervisor.",
     "Detective Chief Superintendent, Crime",
     "A new investigation plan template is now mandatory. An audit of 200 crimes is due to report "
     "in July."),
    ("3", "The constabulary should improve how it records and scrutinises the grounds for stop and "
          "search, including searches of children.",
     "Superintendent, Professional Standards",
     "—"),
    ("4", "The constabulary should understand the wellbeing needs of its workforce better, including "
          "the needs of staff in the control room.",
     "Director of People",
     "A wellbeing survey closed on 11 April with a 61% response rate. Results will go to the People "
     "Board in June."),
]
table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
hdr = table.rows[0].cells
for c, h in zip(hdr, ("No.", "Area for improvement", "Lead officer", "Progress")):
    c.text = ""
    c.paragraphs[0].add_run(h).bold = True
for row in rows:
    cells = table.add_row().cells
    for c, v in zip(cells, row):
        c.text = v

para("")
para("3.2 The Commissioner will continue to monitor progress on all four areas for improvement at "
     "her monthly accountability board, and will report to the Panel again in November 2025.")

para("4. FINANCIAL IMPLICATIONS", bold=True)
para("4.1 There are no direct financial implications arising from this report. The cost of the "
     "additional call handlers is met from the 2025/26 precept.")

para("5. RECOMMENDATION", bold=True)
para("5.1 That the Panel notes the outcome of the inspection and the progress made on the areas for "
     "improvement.")

para("Contact officer: Head of Policy and Performance, Office of the Police and Crime Commissioner "
     "for Suffolk")

doc.save(OUT)
print("wrote", os.path.normpath(OUT))
