"""kj06.docx: Staffordshire Commissioner annual report chapter (layout table of grade tiles,
a floating text box, section breaks into two columns and back)."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, Cm, RGBColor
from docxutil import shade, cell_paras, header_footer, new_section, add_textbox

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kj06.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2)
header_footer(sec, "Staffordshire Commissioner – Annual Report 2024/25", "staffordshire-pfcc.gov.uk")

doc.add_paragraph("Chapter 3", style="Subtitle")
doc.add_heading("Holding Staffordshire Police to account", level=0)
doc.add_paragraph(
    "My role is to make sure that Staffordshire Police and Staffordshire Fire and Rescue Service "
    "deliver what local people need, and to hold their chiefs to account on your behalf. This "
    "chapter covers policing. The fire and rescue service has its own chapter later in this report.")
doc.add_paragraph("PEEL 2023–25: how HMICFRS graded Staffordshire Police", style="Heading 2")

tiles = [
    ("GOOD", "Police powers and public treatment", "DCEFD9"),
    ("GOOD", "Preventing crime", "DCEFD9"),
    ("REQUIRES IMPROVEMENT", "Responding to the public", "F6D5CF"),
    ("ADEQUATE", "Investigating crime", "FCEFC7"),
    ("ADEQUATE", "Protecting vulnerable people", "FCEFC7"),
    ("GOOD", "Managing offenders and suspects", "DCEFD9"),
    ("ADEQUATE", "Building, supporting and protecting the workforce", "FCEFC7"),
    ("GOOD", "Leadership and force management", "DCEFD9"),
]
t = doc.add_table(rows=2, cols=4)
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for k, (g, a, fill) in enumerate(tiles):
    c = t.cell(k // 4, k % 4)
    cell_paras(c, [(g, True, 13 if len(g) < 10 else 9, "1F3864"), (a, False, 8, "333333")])
    shade(c, fill)
cap = doc.add_paragraph("Grades from the report published on 12 September 2024. HMICFRS uses a five-point "
                        "scale: outstanding, good, adequate, requires improvement and inadequate.")
cap.runs[0].italic = True
cap.runs[0].font.size = Pt(8)

# two-column section
new_section(doc, columns=2)
p = doc.add_paragraph()
add_textbox(p, [
    ("“Staffordshire Police has made real progress in how it investigates crime. It now needs to "
     "bring the same focus to answering the public’s calls.”", True, 11),
    ("Roisin Delahunt, His Majesty's Inspector of Constabulary", False, 8),
], width_cm=7.4, height_cm=4.6, align="right", fill="E7EEF8")
p.add_run(
    "The inspectorate’s report is, on the whole, an encouraging one. Staffordshire Police was graded "
    "good in four of the eight areas, and I am particularly pleased that investigating crime, graded "
    "requires improvement in 2021/22, is now adequate. That reflects two years of hard work by "
    "investigators and their supervisors.")
doc.add_paragraph(
    "The report is less positive about how the force answers the public. Responding to the public was "
    "graded requires improvement. Too many 101 calls are still abandoned, and the force does not "
    "always tell callers when officers will be delayed. I have asked Chief Constable Morwenna Stiles "
    "to report to my Strategic Governance Board every month until the position is stable.")
doc.add_paragraph(
    "There is no cause of concern in the report and no recommendation. Inspectors identified six areas "
    "for improvement. Three of them, which I consider the most important for the public, are set out "
    "in the table at the end of this chapter with the force’s response.")
doc.add_paragraph("Good news", style="Heading 3")
doc.add_paragraph(
    "Inspectors highlighted the force’s Harm Reduction Hubs as good practice, and the Staffordshire "
    "Police Cadets won an outstanding contribution award at the national volunteering awards in "
    "March 2025.")
doc.add_paragraph(
    "In my own survey of 2,650 residents, 74% said they had confidence in their local policing team, "
    "up from 69% in 2023/24. I will use the next survey, in autumn 2025, to ask specifically about "
    "contact with the force by phone and online.")
doc.add_paragraph(
    "Staffordshire Fire and Rescue Service was inspected in 2023 and graded good for its "
    "effectiveness; I report on that in Chapter 5.")

# back to one column for the tracker table
new_section(doc, columns=1)
doc.add_paragraph("Areas for improvement I am tracking", style="Heading 2")
rows = [
    ("Responding to the public",
     "The force should reduce the number of non-emergency calls that are abandoned, and make sure that "
     "callers are told when there will be a delay in officers attending.",
     "A call-back service was introduced in January 2025. Abandonment fell from 19% to 12% between "
     "December and March.", "Amber"),
    ("Responding to the public",
     "The force should make sure that it assesses risk consistently at the first point of contact, "
     "using a structured approach, and records the outcome.",
     "THRIVE+ training has been completed by 88% of contact staff.", "Green"),
    ("Building, supporting and protecting the workforce",
     "The force should make sure that its wellbeing provision meets the needs of staff in its "
     "control room.",
     "Awaiting the force’s first update (due July 2025).", "Not rated"),
]
tb = doc.add_table(rows=1, cols=4)
tb.style = "Table Grid"
for c, h in zip(tb.rows[0].cells, ("Area", "Area for improvement", "Force response", "Status")):
    cell_paras(c, [(h, True, 9, "FFFFFF")]); shade(c, "1F3864")
for r in rows:
    cells = tb.add_row().cells
    for c, v in zip(cells, r):
        cell_paras(c, [(v, False, 9, None)])
doc.add_paragraph()
doc.add_paragraph("Callum Pennock-Ward")
doc.add_paragraph("Staffordshire Commissioner for Police, Fire and Rescue and Crime")
doc.save(OUT)
print("wrote", OUT)
