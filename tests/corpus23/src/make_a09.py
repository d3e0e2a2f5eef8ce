"""a09.docx -- a Word extract of a PEEL 2018/19 report (Suffolk Constabulary): pillar
grades in a three-row table with last year's grades beside them, question grades in
bullet lists.

    /tmp/c23venv/bin/python make_a09.py     (run from src/)
"""
import os

from docx import Document
from docx.shared import Pt

from docxhelp import header_footer, set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "a09.docx")

doc = Document()
doc.core_properties.title = "PEEL 2018/19 Suffolk extract"
header_footer(doc, "Extract – PEEL: Police effectiveness, efficiency and legitimacy 2018/19",
              "Extract prepared from the published report for the Joint Audit Committee, 2 May 2019")
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

doc.add_heading("PEEL: Police effectiveness, efficiency and legitimacy 2018/19", level=0)
doc.add_paragraph("An inspection of Suffolk Constabulary (extract)")
doc.add_paragraph("This extract reproduces the judgements and areas for improvement from the "
                  "report published by HMICFRS on 2 May 2019. Narrative sections have been "
                  "shortened. Page references are to the published PDF.", style="Intense Quote")

doc.add_heading("Force in context", level=1)
doc.add_paragraph("Suffolk is a largely rural county of about 760,000 people. Since 2010 the "
                  "constabulary has shared most of its support services, and several "
                  "operational units, with Norfolk Constabulary.")

doc.add_heading("Overall summary", level=1)
doc.add_paragraph("This is the first year that we have assessed police effectiveness, efficiency "
                  "and legitimacy together in an integrated PEEL assessment. The table shows "
                  "our judgements for each of the three pillars, with the grade from the "
                  "last inspection of that pillar.")

rows = [("Pillar", "2018/19 judgement", "Last inspection (2017)"),
        ("Effectiveness", "Good", "Good"),
        ("Efficiency", "Good", "Requires improvement"),
        ("Legitimacy", "Good", "Good")]
fills = {"Good": "C6E0B4", "Requires improvement": "F8CBAD", "Outstanding": "70AD47",
         "Inadequate": "FF7C80"}
t = doc.add_table(rows=4, cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        set_cell(t.cell(i, j), val, bold=(i == 0 or j == 0))
        if i == 0:
            shade(t.cell(i, j), "BDD7EE")
        elif val in fills:
            shade(t.cell(i, j), fills[val])
doc.add_paragraph()
doc.add_paragraph("Suffolk Constabulary has improved its efficiency since our last assessment. "
                  "It now has a much better understanding of the demand it faces and it uses "
                  "its resources well. It continues to be effective at reducing crime and "
                  "keeping people safe, although it still needs to improve how it investigates "
                  "crime. Its legitimacy remains good.")

doc.add_heading("Effectiveness", level=1)
doc.add_paragraph("Our judgements on the effectiveness questions are:")
for line in ["Preventing crime and tackling anti-social behaviour: Good",
             "Investigating crime: Requires improvement",
             "Protecting vulnerable people: Good",
             "Tackling serious and organised crime: Good*",
             "Specialist capabilities: not inspected this year"]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph("* We did not inspect serious and organised crime in 2018/19. The grade shown "
                  "is the one we gave in our 2017 effectiveness inspection.", style="Caption")
doc.add_heading("Areas for improvement", level=2)
for line in ["The constabulary should make sure that it has enough trained investigators to "
             "deal with the crimes it investigates, including complex cases.",
             "The constabulary should make sure that the victim's wishes are recorded when a "
             "victim does not support, or withdraws support for, an investigation."]:
    doc.add_paragraph(line, style="List Number")

doc.add_heading("Efficiency", level=1)
doc.add_paragraph("Our judgements on the efficiency questions are:")
for line in ["Meeting current demands and using resources: Good",
             "Planning for the future: Good"]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph("In 2017 we judged the constabulary as requires improvement at planning for "
                  "the future. It has since produced a detailed workforce plan that runs to "
                  "2023, and its financial plans are realistic.")
doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("The constabulary should better understand the skills of its workforce, "
                  "including police staff, so that it can identify gaps in capability.",
                  style="List Number")

doc.add_heading("Legitimacy", level=1)
doc.add_paragraph("Our judgements on the legitimacy questions are:")
for line in ["Treating the public fairly: Good",
             "Ensuring ethical and lawful workforce behaviour: Good",
             "Treating the workforce fairly: Outstanding"]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("The constabulary should make sure that it complies with all the "
                  "requirements of the national vetting guidance, including the renewal of "
                  "vetting for staff in designated posts.", style="List Number")
doc.add_paragraph("We found the constabulary's work on wellbeing to be good practice, and we "
                  "have shared it with other forces in the eastern region.")

doc.add_heading("About this extract", level=1)
doc.add_paragraph("The report was signed by Hester Kingsmill, HM Inspector of Constabulary. "
                  "The full report, including the force's data and the national comparisons, "
                  "is on the HMICFRS website. The Chief Constable, Declan Morrow-Vance, "
                  "presented the findings to the Police and Crime Commissioner's "
                  "accountability and performance panel on 17 May 2019.")

doc.save(OUT)
print("wrote", OUT)
