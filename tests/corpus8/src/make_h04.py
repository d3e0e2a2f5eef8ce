"""Write docs/h04.docx: an extract from a PCC's annual report (West Mercia).

Run with a python that has python-docx (a throwaway venv, e.g. /tmp/c8venv):
    /tmp/c8venv/bin/python src/make_h04.py
"""
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "h04.docx")

doc = Document()
doc.core_properties.title = "Annual Report 2024/25 (extract)"
doc.core_properties.author = "Office of the Police and Crime Commissioner"

doc.add_heading("Annual Report 2024/25", level=0)
doc.add_paragraph("Police and Crime Commissioner for West Mercia")
doc.add_paragraph("Extract: section 5 and the foreword")

doc.add_heading("Foreword", level=1)
doc.add_paragraph(
    "This is my second annual report since the people of Herefordshire, Shropshire, "
    "Telford and Wrekin, and Worcestershire elected me. It sets out what has been done "
    "with the money you pay for policing, and how I have held the force to account for "
    "the service you receive.")
doc.add_paragraph(
    "The year brought the first full PEEL inspection of the force since 2022. I do not "
    "pretend that every grade is where I want it to be, but the report gives us an "
    "honest starting point, and section 5 explains what I am doing about it.")
p = doc.add_paragraph()
p.add_run("Gareth Pryce").bold = True
doc.add_paragraph("Police and Crime Commissioner for West Mercia")

doc.add_heading("5. Holding the force to account", level=1)
doc.add_paragraph(
    "I hold a public Accountability and Assurance Board every month. Each meeting looks "
    "at one of the priorities in the Safer West Mercia Plan, and the papers and "
    "recordings are on my website.")

doc.add_heading("5.1 Inspections", level=2)
doc.add_paragraph(
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "published its PEEL 2023–25 inspection of West Mercia Police in November 2024. "
    "The inspectorate graded the force in eight areas of policing:")
for line in [
    "Police powers and public treatment – Good",
    "Preventing and deterring crime – Adequate",
    "Responding to the public – Adequate",
    "Investigating crime – Requires improvement",
    "Protecting vulnerable people – Adequate",
    "Managing offenders and suspects – Good",
    "Building, supporting and protecting the workforce – Good",
    "Leadership and force management – Requires improvement",
]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph(
    "The inspectors also examined the service that victims of crime receive, which is "
    "described in the report but is not graded.")
doc.add_paragraph(
    "Responding to the public shows how far the force has come. When HMICFRS last "
    "inspected West Mercia Police, in 2021/22, it graded the force inadequate in this "
    "area, largely because of how long people waited to get through on 101. Average "
    "waiting times have since fallen from over nine minutes to under three, and the "
    "force now answers nine in ten emergency calls within ten seconds.")
doc.add_paragraph(
    "Investigating crime and leadership and force management are the two areas that "
    "concern me most. Chief Constable Alastair Penrose has accepted the report in full, "
    "and he has given me a plan that sets out what will change, who is responsible and "
    "by when. Progress against the plan is a standing item at my Board, and I will "
    "report on it again next year.")
doc.add_paragraph(
    "The force also continues to share some specialist services with Warwickshire "
    "Police, including the regional firearms training centre. These arrangements were "
    "outside the scope of the inspection.")

doc.add_heading("5.2 Complaints and reviews", level=2)
doc.add_paragraph(
    "My office dealt with 412 requests for a review of how a complaint against the force "
    "had been handled, up from 355 last year. In 18 per cent of cases we found that the "
    "outcome had not been reasonable and proportionate, and we asked the force to look "
    "at the complaint again.")

for para in doc.paragraphs:
    for run in para.runs:
        if run.font.size is None and para.style.name == "Normal":
            run.font.size = Pt(11)

doc.save(OUT)
print("wrote", os.path.normpath(OUT))
