"""w01.docx: East Midlands commissioners' collaboration board paper comparing five forces."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docxutil import shade, set_cell, labelled, header_text, repeat_header, FILL
from master import G2325, KEYS, AREA_2325

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "w01.docx")
doc = Document()
sec = doc.sections[0]
sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = sec.page_height, sec.page_width
sec.left_margin = sec.right_margin = Cm(1.8)
header_text(doc, "OFFICIAL", "East Midlands Strategic Commissioning Board | 27 March 2025 | Page 1")
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

doc.add_paragraph("EAST MIDLANDS STRATEGIC COMMISSIONING BOARD").runs[0].bold = True
t = doc.add_table(rows=5, cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate([
        ("Meeting date", "27 March 2025"),
        ("Agenda item", "6"),
        ("Title", "PEEL 2023\u201325: how the five East Midlands forces compare"),
        ("Author", "Regional Collaboration Programme Office, on behalf of the Chief Executives\u2019 Group"),
        ("Status", "For discussion (OFFICIAL \u2013 may be published)")]):
    set_cell(t.cell(r, 0), k, bold=True)
    set_cell(t.cell(r, 1), v)

doc.add_heading("1. Purpose of the paper", level=1)
doc.add_paragraph(
    "This paper sets the latest inspection results for the region side by side, so that the Board "
    "can see where the five forces share the same weaknesses and where a collaborative response "
    "may be better value than five separate ones. It does not replace each Commissioner\u2019s own "
    "scrutiny of his or her force.")

doc.add_heading("2. Background", level=1)
doc.add_paragraph(
    "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has now "
    "published its PEEL 2023\u201325 report on every force in the region. Northamptonshire Police and "
    "Nottinghamshire Police were published together on 14 January 2025; Derbyshire Constabulary, "
    "Leicestershire Police and Lincolnshire Police followed on 30 January 2025. The fieldwork for "
    "all five was led by His Majesty's Inspector of Constabulary Gareth Stanforth.")
doc.add_paragraph(
    "In this round the inspectorate graded eight areas of policing on a five-point scale. It no "
    "longer grades the service to victims, and serious and organised crime is now inspected "
    "regionally: the East Midlands Special Operations Unit (EMSOU) will be the subject of a "
    "separate report later in 2025, so no force-level grade for that area appears below.")

doc.add_heading("3. Grades at a glance", level=1)
doc.add_paragraph("Table 1: PEEL 2023\u201325 grades by force (source: HMICFRS force reports)").runs[0].italic = True
SHORT = {"Derbyshire Constabulary": "Derbyshire", "Leicestershire Police": "Leicestershire",
         "Lincolnshire Police": "Lincolnshire", "Northamptonshire Police": "Northamptonshire",
         "Nottinghamshire Police": "Nottinghamshire"}
tbl = doc.add_table(rows=1 + len(SHORT), cols=1 + len(KEYS))
tbl.style = "Table Grid"
set_cell(tbl.cell(0, 0), "Force", bold=True, size=8.5)
for c, k in enumerate(KEYS, start=1):
    set_cell(tbl.cell(0, c), AREA_2325[k], bold=True, size=8.5)
    shade(tbl.cell(0, c), "D9E2F3")
shade(tbl.cell(0, 0), "D9E2F3")
repeat_header(tbl.rows[0])
for r, (force, short) in enumerate(SHORT.items(), start=1):
    set_cell(tbl.cell(r, 0), short, bold=True, size=9)
    for c, k in enumerate(KEYS, start=1):
        g = G2325[force][1][k]
        set_cell(tbl.cell(r, c), g, size=9)
        shade(tbl.cell(r, c), FILL[g] if g != "Outstanding" else "5FB38A")
doc.add_paragraph(
    "Colours follow the inspectorate\u2019s own scale, from outstanding (dark green) to "
    "inadequate (red). No East Midlands force was graded inadequate in any area.")

doc.add_heading("4. Force by force", level=1)
doc.add_heading("Derbyshire Constabulary", level=2)
doc.add_paragraph(
    "Derbyshire received no cause of concern. Its weakest grade was for investigating crime, and "
    "because that area is also the focus of the regional investigative standards work, the "
    "Derbyshire Commissioner\u2019s office has agreed that the force\u2019s areas for improvement "
    "can be reproduced in full for the Board. HMICFRS told the force:")
for area, text in [
        ("Investigating crime", "The force should make sure that victims are kept informed about the progress of their investigation, and that it records why a victim no longer supports police action."),
        ("Investigating crime", "The force should make sure that an investigation plan is created, and supervised, for every investigation that needs one."),
        ("Responding to the public", "The force should reduce the time it takes to answer non-emergency calls and should tell callers when they can expect officers to attend."),
        ("Leadership and force management", "The force should improve its understanding of the demand it faces, so that it can plan its workforce and its budget for the years ahead.")]:
    p = doc.add_paragraph(style="List Bullet")
    p.add_run(area + " \u2013 ").bold = True
    p.add_run(text)
doc.add_paragraph(
    "The force has reported progress on all four to the Derbyshire Commissioner\u2019s "
    "accountability meeting; that progress is not repeated here.")

doc.add_heading("Leicestershire Police", level=2)
doc.add_paragraph(
    "Leicestershire had the strongest set of results in the region, with no area graded below "
    "adequate and the region\u2019s only outstanding grade, for preventing crime and antisocial "
    "behaviour. HMICFRS recorded no cause of concern. The inspectorate highlighted the force\u2019s "
    "neighbourhood problem-solving hub as good practice, and we suggest other forces visit it.")

doc.add_heading("Lincolnshire Police", level=2)
doc.add_paragraph(
    "Lincolnshire was graded requires improvement in three areas and was given one cause of "
    "concern, about its contact centre:")
doc.add_paragraph(
    "The force doesn\u2019t answer calls from the public quickly enough, and it doesn\u2019t "
    "reassess the risk to callers who are waiting for officers to attend.", style="Quote")
doc.add_paragraph(
    "The inspectorate made two recommendations under this cause of concern. They are addressed to "
    "the Chief Constable of Lincolnshire and are being tracked by the Lincolnshire Commissioner\u2019s "
    "office; they are not reproduced here.")

doc.add_heading("Northamptonshire Police", level=2)
doc.add_paragraph(
    "Northants has one cause of concern, in the area of protecting vulnerable people, where it "
    "was graded requires improvement. In the words of the report:")
doc.add_paragraph(
    "Northamptonshire Police doesn\u2019t consistently identify and safeguard vulnerable people, "
    "including children, when officers first attend an incident.", style="Quote")
doc.add_paragraph(
    "The Northamptonshire Police, Fire and Crime Commissioner has asked for this to be a standing "
    "item at the Board until the inspectorate closes it. Northamptonshire Fire and Rescue Service, "
    "inspected separately last year, is outside the scope of this paper.")

doc.add_heading("Nottinghamshire Police", level=2)
doc.add_paragraph(
    "Notts was judged to require improvement at responding to the public and at investigating "
    "crime. Its cause of concern concerns the second of these:")
doc.add_paragraph(
    "The force isn\u2019t investigating crime effectively. Too many investigations aren\u2019t "
    "supervised well enough or allocated to officers with the right skills and experience.",
    style="Quote")

doc.add_heading("5. What this means for the region", level=1)
for text in [
        "Three of the five forces require improvement at investigating crime, and the two others are adequate. The Chief Constables have agreed to commission a regional review of investigative supervision, led by an assistant chief constable from Leicestershire.",
        "Call handling is a shared weakness in the north of the region. Lincolnshire and Nottinghamshire both use the same command-and-control system, which is due for replacement in 2026/27.",
        "Our partners in the West Midlands region, including Staffordshire Police, are procuring a similar system; the Board may wish to explore a joint approach."]:
    doc.add_paragraph(text, style="List Number")

doc.add_heading("6. Recommendation", level=1)
doc.add_paragraph(
    "The Board is asked to note the grades, to support the regional review of investigative "
    "supervision, and to receive a progress report at its meeting on 26 June 2025.")
doc.add_paragraph()
labelled(doc, "Board chair:", "Rowan Petherick, Police and Crime Commissioner for Leicestershire")
labelled(doc, "Contact:", "Regional Collaboration Programme Office, em.collaboration@example.org.uk")
doc.save(OUT)
print("wrote", OUT)
