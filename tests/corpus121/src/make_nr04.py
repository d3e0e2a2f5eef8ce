"""nr04.docx: an excerpt of a PCC annual report for Cleveland with an inspection history (python-docx)."""
import os
from docx import Document
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nr04.docx")
doc = Document()
doc.sections[0].footer.paragraphs[0].text = "Cleveland PCC Annual Report 2024/25 \u2013 page 14"
doc.add_heading("Chapter 4: Cleveland Police and the inspectorate, 2014 to 2025", 1)
doc.add_paragraph(
    "Few forces have had a longer or more public relationship with the inspectorate than Cleveland "
    "Police. This chapter sets out that record, because the people of Redcar and Cleveland, "
    "Middlesbrough, Stockton and Hartlepool are entitled to know where their force has been and where "
    "it is now.")
doc.add_heading("The pillar years", 2)
doc.add_paragraph(
    "Between 2014 and 2017 HMIC (from July 2017, HMICFRS) graded each force separately on "
    "effectiveness, efficiency and legitimacy. Cleveland\u2019s record in those years was mixed rather "
    "than poor, as Table 4.1 shows. Legitimacy was not graded in 2014.")
rows = [
    ("Table 4.1: Cleveland Police pillar grades by inspection year", "", "", "", "", ""),
    ("Pillar", "2014", "2015", "2016", "2017", "2018/19"),
    ("Effectiveness", "Requires improvement", "Requires improvement", "Good", "Good", "Inadequate"),
    ("Efficiency", "Good", "Good", "Good", "Good", "Inadequate"),
    ("Legitimacy", "", "Good", "Requires improvement", "Good", "Inadequate"),
]
t = doc.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
title = t.cell(0, 0).merge(t.cell(0, 5))
set_cell(title, rows[0][0], bold=True)
for r in range(1, len(rows)):
    for c in range(6):
        set_cell(t.cell(r, c), rows[r][c], bold=(r == 1 or c == 0))
        if r == 1:
            shade(t.cell(r, c), "E2EFDA")
doc.add_paragraph(
    "The 2019 report, the first integrated PEEL assessment of the force, changed everything. Cleveland "
    "became the first force in England and Wales to be graded inadequate in every pillar. The report "
    "graded the force inadequate at protecting vulnerable people and at treating its workforce with "
    "fairness and respect, and it was placed in what is now called Engage.")
doc.add_heading("Seven chiefs in ten years", 2)
doc.add_paragraph(
    "Part of the explanation is instability at the top. Since 2012 the force has been led by:")
for line in [
    "Chief Constable Graham Rudd (2012\u20132015)",
    "Temporary Chief Constable Mark Lindley (2015\u20132016)",
    "Chief Constable Kirsten Harland (2016\u20132019)",
    "Acting Chief Constable Helen Rowley (2019)",
    "Chief Constable Daniel Ferris (2019\u20132021)",
    "Acting Chief Constable Paul Ellery (2021\u20132022)",
    "Chief Constable Mark Whitcombe (2022 to date)",
]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph(
    "My predecessor, Brian Copley, was Police and Crime Commissioner from 2012 to 2021. I was elected "
    "in May 2021 and re-elected in 2024.")
doc.add_heading("From 2021/22 to now", 2)
doc.add_paragraph(
    "The 2021/22 PEEL report still found the force inadequate at responding to the public and at "
    "protecting vulnerable people, and it required improvement in four other areas. Recording data "
    "about crime was adequate. In the 2023\u201325 report, published in October 2024, Cleveland was good at "
    "managing offenders and suspects; adequate at responding to the public, protecting vulnerable "
    "people and preventing crime; and requires improvement at investigating crime. In January 2024 "
    "HMICFRS took the force out of Engage after almost five years.")
doc.add_heading("Older findings I still track", 2)
doc.add_paragraph(
    "I keep two earlier findings on my scrutiny log because they speak to problems that recur. "
    "The force\u2019s latest position is given with each.")
labelled(doc, "Legitimacy 2016, area for improvement:",
         "The force should make sure that its supervisors understand and apply the grievance procedure, "
         "so that officers and staff have confidence that their concerns will be dealt with fairly.")
labelled(doc, "Force position:",
         "A grievance tracker was introduced in 2023; 88 percent of grievances were resolved within the "
         "policy timescale in 2024/25.")
labelled(doc, "PEEL 2021/22, area for improvement:",
         "The force should improve how quickly it answers emergency calls.")
labelled(doc, "Force position:",
         "In March 2025, 93 percent of 999 calls were answered within ten seconds.")
doc.add_paragraph(
    "The force\u2019s recovery owes much to neighbouring Durham Constabulary, which lent senior officers "
    "during 2022, and to the North East Regional Special Operations Unit.")
p = doc.add_paragraph()
p.add_run("Ian Coupland").bold = True
doc.add_paragraph("Police and Crime Commissioner for Cleveland")
doc.save(OUT)
print("wrote", OUT)
