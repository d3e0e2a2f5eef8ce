"""Write docs/lv04.docx: a Commons Library-style briefing on PEEL 2021/22 in the North West,
with one column per force. python-docx (venv /tmp/lvvenv)."""
import os
from docx import Document
from docx.shared import Pt
from data import LV04, AREAS_2122, WORD
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv04.docx")
FILL = {"O": "9DC3E6", "G": "C6E0B4", "A": "FFF2CC", "R": "F8CBAD", "I": "FF9999"}

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
doc.sections[0].header.paragraphs[0].text = "House of Commons Library | Debate Pack"
doc.sections[0].footer.paragraphs[0].text = "commonslibrary.parliament.uk | Number CDP-2022-0147"

doc.add_heading("Policing in the North West of England", level=0)
doc.add_paragraph("Debate pack for a Westminster Hall debate, 12 October 2022")
doc.add_paragraph("By Eleanor Whitcombe and Sunil Gadhia")
doc.add_heading("Summary", level=1)
doc.add_paragraph(
    "This pack has been prepared ahead of the debate on policing in the North West of England. "
    "It summarises the most recent PEEL inspections of the five forces in the region by His "
    "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), and lists "
    "relevant parliamentary material and press coverage.")
doc.add_paragraph(
    "All five forces were inspected under the 2021/22 PEEL programme. That programme uses a "
    "five-point scale (outstanding, good, adequate, requires improvement and inadequate) and "
    "grades areas of policing rather than pillars, so the grades below cannot be compared "
    "directly with those from 2018/19 or earlier.")

doc.add_heading("1. PEEL 2021/22 grades by force", level=1)
doc.add_paragraph("Table 1: PEEL 2021/22 graded judgments, North West forces")
t = doc.add_table(rows=1, cols=1 + len(LV04))
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Area", bold=True)
for k, (_, short, _) in enumerate(LV04):
    set_cell(t.rows[0].cells[k + 1], short, bold=True)
r = t.add_row().cells
set_cell(r[0], "Providing a service to the victims of crime")
for k in range(len(LV04)):
    set_cell(r[k + 1], "Not graded", italic=True)
for a, area in enumerate(AREAS_2122):
    r = t.add_row().cells
    set_cell(r[0], area)
    for k, (_, _, gr) in enumerate(LV04):
        set_cell(r[k + 1], WORD[gr[a]])
        shade(r[k + 1], FILL[gr[a]])
r = t.add_row().cells
set_cell(r[0], "Disrupting serious organised crime")
for k in range(len(LV04)):
    set_cell(r[k + 1], "Regional report", italic=True)
doc.add_paragraph(
    "Source: HMICFRS, PEEL 2021/22 force reports, published between September 2021 and "
    "August 2022. Serious organised crime is inspected at regional level and reported "
    "separately for the North West Regional Organised Crime Unit.")

doc.add_heading("2. How the forces compare", level=1)
doc.add_paragraph(
    "Merseyside received the strongest set of grades in the region, and both it and "
    "Lancashire were graded outstanding for preventing crime and anti-social behaviour. "
    "Cheshire had no grade below adequate. Cumbria and Greater Manchester Police (GMP) "
    "each received requires improvement in more than one area, and neither force was graded "
    "good for responding to the public.")
doc.add_paragraph(
    "Across the 43 forces, the inspectorate had by then awarded 17 outstanding grades and 41 "
    "inadequate grades in the 2021/22 programme; none of the inadequate grades went to a "
    "North West force.")
doc.add_paragraph(
    "Lancashire Fire and Rescue Service, inspected by the same inspectorate in 2022, was "
    "judged good at effectiveness. Fire and rescue inspections are outside the scope of this "
    "pack.")

doc.add_heading("3. Greater Manchester Police and enhanced monitoring", level=1)
doc.add_paragraph(
    "GMP was moved into the 'engage' phase of the inspectorate's monitoring process in "
    "December 2020, after an inspection of its crime recording. Its 2021/22 PEEL report, "
    "published in March 2022, kept it there and set out the following cause of concern:")
doc.add_paragraph(
    "Greater Manchester Police is not answering emergency and non-emergency calls quickly "
    "enough, and too many callers give up before their call is answered.", style="Quote")
doc.add_paragraph("The report made this recommendation to address it:")
doc.add_paragraph(
    "Within six months, the force should have a plan that reduces the time it takes to answer "
    "emergency and non-emergency calls, and it should check its performance against the "
    "national standards every month.", style="Quote")
doc.add_paragraph(
    "In a statement to the Greater Manchester Police, Fire and Crime Panel in July 2022, "
    "Chief Constable Gareth Ellison said that average answer times for 999 calls had fallen "
    "to under ten seconds and that the force would ask the inspectorate to revisit in the "
    "autumn. The Mayor of Greater Manchester exercises the functions of a police and crime "
    "commissioner for the area.")

doc.add_heading("4. Parliamentary material", level=1)
doc.add_paragraph(
    "PQ 48212, 14 September 2022: the Minister confirmed that the Home Office receives the "
    "inspectorate's quarterly monitoring updates for forces in the engage phase, including "
    "GMP.", style="List Bullet")
doc.add_paragraph(
    "PQ 39077, 27 June 2022: a question on 999 call answering times in Cumbria and "
    "Lancashire; the answer gave no force grades.", style="List Bullet")
doc.save(OUT)
print("wrote", OUT)
