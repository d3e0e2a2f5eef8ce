"""z05.docx -- a national PEEL spotlight report (Word) on investigating crime, 2023-25.

    /tmp/c21venv/bin/python src/make_z05.py
"""
import os

from docx import Document
from docx.shared import Pt, RGBColor

from docxutil import header_footer, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "z05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
header_footer(doc, "PEEL spotlight report: Getting to the truth", "")

doc.add_paragraph("PEEL spotlight report", style="Subtitle")
doc.add_paragraph("Getting to the truth: how well forces investigate crime", style="Title")
doc.add_paragraph("Findings from our PEEL 2023–25 inspections")
doc.add_paragraph("Published: 15 May 2025")
doc.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")

doc.add_heading("Foreword", level=1)
for para in (
    "Every victim deserves to have the crime against them investigated properly. In this "
    "report we bring together what we found about investigations in the forces we have "
    "inspected in our PEEL 2023–25 programme so far.",
    "The picture is mixed. Some forces have improved a great deal since 2021/22. Others "
    "have struggled to cope with inexperienced workforces and rising caseloads, and in a "
    "small number of forces the standard of investigation is not good enough.",
    "I am making four recommendations. They are addressed to all chief constables and to "
    "national policing bodies; they are not directed at any one of the forces named in "
    "this report.",
):
    doc.add_paragraph(para)
p = doc.add_paragraph()
p.add_run("Thomas Wynford-Ames").bold = True
doc.add_paragraph("His Majesty’s Chief Inspector of Constabulary")

doc.add_heading("Summary of grades", level=1)
doc.add_paragraph(
    "By 31 March 2025 we had published PEEL 2023–25 reports on 36 forces. For the "
    "investigating crime question we graded two forces outstanding, eleven good, fourteen "
    "adequate, seven requires improvement and two inadequate. Figure 1 shows the grades of "
    "the twelve forces whose investigations we examined in more detail for this report.")

p = doc.add_paragraph()
p.add_run("Figure 1: Investigating crime grades, PEEL 2023–25, for the forces in our "
          "sample").bold = True

ROWS = [
    ("Bedfordshire Police", "November 2024", "Adequate", "▲ Improved"),
    ("Cambridgeshire Constabulary", "July 2024", "Good", "▲ Improved"),
    ("City of London Police", "March 2025", "Good", "● No change"),
    ("Hampshire Constabulary", "October 2024", "Requires improvement", "▼ Declined"),
    ("Hertfordshire Constabulary", "January 2025", "Good", "● No change"),
    ("Merseyside Police", "September 2024", "Good", "● No change"),
    ("Norfolk Constabulary", "February 2025", "Adequate", "● No change"),
    ("Northumbria Police", "December 2024", "Good", "▲ Improved"),
    ("South Wales Police", "August 2024", "Adequate", "● No change"),
    ("Suffolk Constabulary", "February 2025", "Adequate", "▼ Declined"),
    ("Thames Valley Police", "June 2024", "Requires improvement", "● No change"),
    ("West Midlands Police", "January 2025", "Inadequate", "▼ Declined"),
]
FILL = {"Good": "D9EAD3", "Adequate": "FFF2CC", "Requires improvement": "FCE5CD",
        "Inadequate": "F4CCCC"}
t = doc.add_table(rows=1, cols=4)
t.style = "Light Grid Accent 1"
for c, h in zip(t.rows[0].cells, ("Force", "Report published", "Grade",
                                   "Change since PEEL 2021/22")):
    set_cell(c, h, bold=True)
repeat_header(t.rows[0])
for force, pub, grade, change in ROWS:
    cells = t.add_row().cells
    set_cell(cells[0], force)
    set_cell(cells[1], pub)
    set_cell(cells[2], grade)
    set_cell(cells[3], change)
    shade(cells[2], FILL[grade])
p = doc.add_paragraph()
p.add_run("Source: HMICFRS PEEL 2023–25 reports. “Change” compares the grade with the "
          "investigating crime grade in PEEL 2021/22; where the two inspections assessed "
          "different things we have shown the nearest equivalent.").italic = True

doc.add_heading("What we found", level=1)
doc.add_heading("Planning and supervision", level=2)
for para in (
    "The forces that we graded good had something in common: investigations were allocated "
    "to people with the right skills, and supervisors reviewed them regularly. In "
    "Northumbria Police, for example, every investigation we examined had a plan that a "
    "supervisor had checked within seven days.",
    "In the two forces we graded inadequate, including West Midlands Police, too many "
    "investigations had no plan at all. We have set out the details in the force’s own "
    "report.",
    "Outside our sample, Gwent Police also requires improvement for investigating crime, as "
    "it did in 2021/22. We will look again at its progress in our next inspection.",
):
    doc.add_paragraph(para)

doc.add_heading("Keeping victims informed", level=2)
doc.add_paragraph(
    "Victims told us that what mattered most was being kept up to date. Forces were often "
    "slow to tell victims that their case had been closed, and some did not record whether "
    "the victim supported a prosecution.")
p = doc.add_paragraph(style="Intense Quote")
p.add_run("Case study: Hertfordshire Constabulary’s victim update service. Trained staff "
          "contact every victim of a crime that has been filed within 48 hours to explain "
          "the decision. We consider this good practice.")

doc.add_heading("Digital forensics", level=2)
doc.add_paragraph(
    "Backlogs in the examination of digital devices remain a national problem. Across our "
    "sample, the median wait was 94 days. Forces in collaboration, such as those in the "
    "Eastern region, had an adequate supply of trained examiners but still struggled with "
    "demand.")

doc.add_heading("Recommendations", level=1)
doc.add_paragraph(
    "These recommendations are national. They are addressed to every chief constable in "
    "England and Wales and, where stated, to the College of Policing and the National "
    "Police Chiefs’ Council. They are not recommendations to the forces named in Figure 1.")
RECS = [
    "By 31 December 2025, all chief constables should make sure that every investigation "
    "has a recorded plan that is reviewed by a supervisor at regular intervals.",
    "By 31 December 2025, all chief constables should make sure that victims are told "
    "within five working days when their case is closed, and why.",
    "By 31 March 2026, the College of Policing should publish guidance on the allocation of "
    "investigations according to their complexity and the skills of investigators.",
    "By 31 March 2026, the National Police Chiefs’ Council should work with the Home Office "
    "to produce a national plan to reduce waiting times for the examination of digital "
    "devices.",
]
for r in RECS:
    doc.add_paragraph(r, style="List Number")

doc.add_heading("Annex: our grading scale", level=1)
doc.add_paragraph(
    "We use five grades: outstanding, good, adequate, requires improvement and inadequate. "
    "Our fire and rescue inspections use the same scale; in the 2023–25 fire round we "
    "graded most services adequate at investigating fires, but those findings are not part "
    "of this report.")
doc.add_paragraph("© HMICFRS 2025. ISBN 978-1-83572-301-0.")

doc.save(OUT)
print("wrote", OUT)
