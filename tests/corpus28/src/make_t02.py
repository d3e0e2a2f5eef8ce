"""t02.docx: a PCC's strategic accountability board paper on PEEL areas for improvement
(Lincolnshire). python-docx;  /tmp/c28venv/bin/python make_t02.py  (run from src/)"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import header_text, labelled, repeat_header, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "t02.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
header_text(doc.sections[0], "OFFICIAL", "Strategic Accountability Board \u2013 July 2025 \u2013 Item 6")

meta = doc.add_table(rows=5, cols=2)
meta.style = "Table Grid"
for i, (k, v) in enumerate([
        ("Meeting", "Strategic Accountability Board (public session)"),
        ("Date", "17 July 2025"),
        ("Agenda item", "6"),
        ("Report of", "Chief Executive, Office of the Police and Crime Commissioner for Lincolnshire"),
        ("Subject", "HMICFRS PEEL 2023\u201325 \u2013 areas for improvement: quarter 1 progress")]):
    set_cell(meta.cell(i, 0), k, bold=True)
    set_cell(meta.cell(i, 1), v)
    shade(meta.cell(i, 0), "D9E2F3")

doc.add_heading("1. Purpose", level=1)
doc.add_paragraph(
    "1.1 This paper gives the Board the force\u2019s first quarterly account of progress "
    "against the areas for improvement in the PEEL 2023\u201325 report on Lincolnshire "
    "Police, so that the Police and Crime Commissioner, Thea Rowcliffe, can hold the Chief "
    "Constable to account for it in public.")
doc.add_paragraph(
    "1.2 Chief Constable Alastair Minto will attend, together with Deputy Chief Constable "
    "Naveed Qureshi, who chairs the force\u2019s Inspection Improvement Group.")

doc.add_heading("2. Background", level=1)
doc.add_paragraph(
    "2.1 His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
    "published its PEEL 2023\u201325 report on Lincolnshire Police on 6 February 2025. The "
    "inspection was led by His Majesty's Inspector of Constabulary Fenella Ordish.")
doc.add_paragraph(
    "2.2 The force was graded good at preventing crime and at managing offenders and "
    "suspects. It was judged adequate at police powers and public treatment, at investigating "
    "crime, at protecting vulnerable people, and at building, supporting and protecting the "
    "workforce. The inspectorate found that responding to the public, and leadership and "
    "force management, require improvement. It did not grade the service the force gives to "
    "victims.")
doc.add_paragraph(
    "2.3 Responding to the public was graded adequate in the 2021/22 PEEL inspection, so the "
    "2023\u201325 grade is a deterioration. The Commissioner has made call handling a standing "
    "item at this Board until the grade improves.")
doc.add_paragraph(
    "2.4 The report raised no cause of concern and made no recommendations. It set out seven "
    "areas for improvement, all of which are shown in the table at section 3. The table "
    "gives progress as reported by the force in its return of 30 June 2025; the status is "
    "the force\u2019s own assessment.")

doc.add_heading("3. Progress against the areas for improvement", level=1)
rows = [
    ("group", "Responding to the public"),
    ("The force should answer emergency calls within the national target of ten seconds and "
     "reduce the number of non-emergency calls that callers abandon.",
     "Eleven additional call handlers started in May. In June, 86 percent of 999 calls were "
     "answered within ten seconds (March: 74 percent) and the 101 abandonment rate fell to "
     "14 percent.", "Amber \u2013 on track"),
    ("The force should make sure that call handlers use the THRIVE model consistently to "
     "assess risk and record the reasons for each decision.", "", "Not started"),
    ("group", "Leadership and force management"),
    ("The force should develop a workforce plan that links its recruitment and training to "
     "the demand it expects over the next three years.", "No update this quarter",
     "Amber"),
    ("The force should improve how it monitors its efficiency savings, so that it can show "
     "the benefits it has achieved and where it has reinvested them.",
     "A benefits register was approved by the Chief Officer Group on 3 June; each savings "
     "line now has a named owner and a quarterly review date.", "Green \u2013 on track"),
    ("group", "Protecting vulnerable people"),
    ("The force should make sure that officers record the voice of the child when they "
     "attend incidents involving vulnerable children.",
     "Mandatory field added to the child-concern form on 12 May. A dip sample of 120 forms "
     "in June found it completed in 108.", "Green \u2013 on track"),
    ("group", "Investigating crime"),
    ("The force should make sure that victims are kept updated about the progress of their "
     "investigations, in line with the Code of Practice for Victims of Crime.",
     "Victim contact is now a mandatory entry at every 28-day supervisory review. "
     "Compliance will be reported from quarter 2.", "Amber"),
    ("group", "Police powers and public treatment"),
    ("The force should improve how it records the reasons for using handcuffs, and make sure "
     "that supervisors review these records.", "No update this quarter.", "Red \u2013 "
     "behind plan"),
]
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0]
for i, h in enumerate(["Area for improvement", "Progress to date", "Status"]):
    set_cell(hdr.cells[i], h, bold=True)
    shade(hdr.cells[i], "1F3864")
    hdr.cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
repeat_header(hdr)
for r in rows:
    row = t.add_row()
    if r[0] == "group":
        c = row.cells[0].merge(row.cells[2])
        set_cell(c, r[1], bold=True)
        shade(c, "D9E2F3")
        continue
    for i, v in enumerate(r):
        set_cell(row.cells[i], v)
    s = r[2]
    shade(row.cells[2], "C6EFCE" if s.startswith("Green") else "FFEB9C" if s.startswith("Amber")
          else "FFC7CE" if s.startswith("Red") else "EDEDED")

doc.add_heading("4. Commissioner\u2019s assurance", level=1)
doc.add_paragraph(
    "4.1 Two areas show no progress this quarter. The Commissioner has asked the force to "
    "explain at this meeting why the THRIVE area has not started, given that the same theme "
    "featured in the 2021/22 report, and to give a date for the workforce plan.")
doc.add_paragraph(
    "4.2 Lincolnshire Fire and Rescue is not within the Commissioner\u2019s remit and is not "
    "covered by this paper. Good practice identified by HMICFRS in the force\u2019s "
    "management of offenders has been shared with Nottinghamshire Police and Leicestershire "
    "Police through the East Midlands regional board.")

doc.add_heading("5. Recommendation", level=1)
doc.add_paragraph("5.1 That the Board notes the progress reported and agrees that the force "
                  "will return with a full update on all seven areas in October 2025.")

doc.add_heading("6. Background papers", level=1)
doc.add_paragraph("HMICFRS, PEEL 2023\u201325: Police effectiveness, efficiency and legitimacy "
                  "\u2013 An inspection of Lincolnshire Police (February 2025).",
                  style="List Bullet")
doc.add_paragraph("Police and Crime Plan for Lincolnshire 2025\u20132029.", style="List Bullet")
p = doc.add_paragraph("Contact: Policy and Assurance Manager, OPCC \u2013 "
                      "lincolnshire-pcc@lincs.police.example")
p.alignment = WD_ALIGN_PARAGRAPH.LEFT

doc.core_properties.author = "OPCC Lincolnshire"
doc.core_properties.title = "SAB Item 6 PEEL AFI progress"
doc.save(OUT)
print("wrote", OUT)
