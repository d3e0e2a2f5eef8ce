"""ks02.docx: Sussex Police and Crime Plan 2025-2029 (python-docx)."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ks02.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Sussex Police and Crime Plan 2025\u20132029"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = fp.add_run()
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    if kind:
        el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind); r._r.append(el)
    else:
        el = OxmlElement("w:instrText"); el.text = txt; r._r.append(el)

doc.add_paragraph("Office of the Sussex Police and Crime Commissioner", style="Subtitle")
doc.add_heading("Police and Crime Plan 2025\u20132029", level=0)
doc.add_paragraph("Safer Sussex: working together for safer communities", style="Subtitle")
doc.add_paragraph("Published 28 March 2025, following public consultation between 4 November 2024 and "
                  "6 January 2025 and review by the Sussex Police and Crime Panel on 24 January 2025.")

doc.add_heading("Foreword from the Commissioner", level=1)
doc.add_paragraph(
    "This is the third Police and Crime Plan I have written for Sussex, and the first since the "
    "2024 election. More than 4,200 of you answered our consultation, and the message was "
    "consistent: you want to see officers in your communities, you want crimes to be "
    "investigated properly, and you want to be kept informed when you report something.")
doc.add_paragraph(
    "Those three things are the foundation of this Plan. They are also where the independent "
    "inspectorate told us, plainly, that Sussex Police must do better. I welcome that candour. "
    "A plan that ignored it would not be worth the paper it is printed on.")
doc.add_paragraph(
    "I will use every tool I have, including the budget, the Performance and Accountability "
    "Meetings I hold in public and my power to commission services, to make sure the Chief "
    "Constable delivers the improvements residents have asked for.")
p = doc.add_paragraph()
p.add_run("Marguerite Ashdown").bold = True
p.add_run("\nSussex Police and Crime Commissioner")

doc.add_heading("A statement from the Chief Constable", level=1)
doc.add_paragraph(
    "I support this Plan and the priorities it sets. Sussex Police is a force that prevents "
    "crime well and looks after its people, but we have not yet given every victim the "
    "investigation they deserve. My officers and staff are determined to change that, and "
    "the investment in this Plan gives us the means to do it.")
p = doc.add_paragraph()
p.add_run("Idris Vaughan-Pryce").bold = True
p.add_run("\nChief Constable, Sussex Police")

doc.add_heading("Our priorities", level=1)
for t in ("Strengthen local policing and tackle crime and anti-social behaviour",
          "Investigate crime thoroughly and bring more offenders to justice",
          "Support victims and protect vulnerable people from harm",
          "Build a modern, efficient force that residents trust"):
    doc.add_paragraph(t, style="List Number")

doc.add_heading("Where we are starting from", level=1)
doc.add_heading("What the inspectorate found", level=2)
doc.add_paragraph(
    "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "inspected Sussex Police in the spring of 2024 as part of its PEEL 2023\u201325 programme "
    "and published its report in October 2024. His Majesty\u2019s Inspector of Constabulary, "
    "Roderick Penhaligon, found a force with clear strengths in preventing crime and in the way "
    "it supports its workforce. The table below shows each grade next to the ambition this "
    "Plan sets for the next inspection.")

tbl = doc.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
for c, h in zip(tbl.rows[0].cells, ("Area of policing", "PEEL 2023\u201325 grade", "Plan ambition for next PEEL inspection")):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing crime", "Good", "Outstanding"),
    ("Responding to the public", "Adequate", "Good"),
    ("Investigating crime", "Requires improvement", "Good"),
    ("Protecting vulnerable people", "Adequate", "Good"),
    ("Managing offenders and suspects", "Good", "Good"),
    ("Building, supporting and protecting the workforce", "Good", "Outstanding"),
    ("Leadership and force management", "Adequate", "Good"),
]
for a, g, amb in rows:
    cells = tbl.add_row().cells
    set_cell(cells[0], a)
    set_cell(cells[1], g)
    set_cell(cells[2], amb, italic=True)
doc.add_paragraph(
    "Service to victims of crime is described in the report but is not graded.", style="Caption")

doc.add_paragraph(
    "Investigating crime was the area of greatest concern. It was judged adequate in the "
    "2021/22 inspection, so the 2023\u201325 grade is a deterioration. HMICFRS identified "
    "a cause of concern:")
doc.add_paragraph(
    "Sussex Police does not investigate crime to a consistently good standard. Too many "
    "investigations are not properly planned or supervised, and victims are not always "
    "kept informed of progress.", style="Intense Quote")
doc.add_paragraph("To address it, HMICFRS recommended that:")
doc.add_paragraph(
    "Within six months, the force should make sure that every investigation has a documented "
    "plan that is reviewed by a supervisor at regular intervals.", style="List Number 2")
doc.add_paragraph(
    "Within six months, the force should make sure that it complies with the Code of Practice "
    "for Victims of Crime, including by recording each victim\u2019s needs assessment and the "
    "updates they are given.", style="List Number 2")
doc.add_paragraph(
    "The report also set out eleven areas for improvement. I will publish the Chief "
    "Constable\u2019s progress against the cause of concern, the recommendations and each "
    "area for improvement after every Performance and Accountability Meeting.")

doc.add_heading("Priority 2 in detail: investigating crime", level=2)
doc.add_paragraph(
    "We will fund 45 additional detectives over the life of the Plan, a new investigation "
    "training hub at Haywards Heath, and a victim contact team that will make sure victims "
    "hear from the force at the points the Victims\u2019 Code requires. Specialist "
    "firearms and public order capability will continue to be delivered jointly with Surrey "
    "Police.")

doc.add_heading("How we will measure success", level=1)
m = doc.add_table(rows=1, cols=4)
m.style = "Table Grid"
for c, h in zip(m.rows[0].cells, ("Measure", "Baseline (2023/24)", "Ambition (2028/29)", "Reported")):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
for row in (
    ("Residents who say Sussex Police does a good or excellent job", "61%", "70%", "Quarterly"),
    ("Investigations with a supervisor-reviewed plan", "58%", "95%", "Quarterly"),
    ("Victims satisfied with being kept informed", "54%", "75%", "Quarterly"),
    ("Charge/summons rate, all crime", "6.8%", "10%", "Quarterly"),
    ("999 calls answered within 10 seconds", "83%", "90%", "Monthly"),
    ("PEEL areas graded good or better", "4 of 8", "8 of 8", "At next inspection"),
):
    cells = m.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
doc.add_paragraph(
    "Each measure will be given a RAG status (green, amber or red) in the quarterly "
    "performance report to the Police and Crime Panel.", style="Caption")

doc.add_heading("Funding the Plan", level=1)
doc.add_paragraph(
    "The Panel supported a Band D precept of \u00a3260.11 for 2025/26, an increase of "
    "\u00a314. The Medium Term Financial Strategy to 2028/29 balances the budget in every "
    "year, using \u00a36.2 million of reserves. The Joint Audit Committee reported that the "
    "Commissioner\u2019s and the Chief Constable\u2019s systems of internal control were "
    "adequate and effective, and the external auditor issued an unqualified opinion on the "
    "2023/24 accounts.")

doc.add_heading("Holding the Chief Constable to account", level=1)
doc.add_paragraph(
    "I will hold monthly Performance and Accountability Meetings, which are webcast, and I "
    "will publish a six-monthly report on the force\u2019s response to HMICFRS. Members of "
    "the public can send questions in advance to the Office of the Sussex Police and Crime "
    "Commissioner.")
doc.save(OUT)
print("wrote", OUT)
