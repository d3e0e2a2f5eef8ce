"""le03.docx: the Staffordshire Commissioner's response to HMICFRS's fire and rescue
service inspection (2021/22) of Staffordshire Fire and Rescue Service. python-docx."""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt, RGBColor
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "le03.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL – Staffordshire Commissioner’s Office"
fp = sec.footer.paragraphs[0]
fp.text = "Staffordshire Commissioner for Police, Fire and Rescue and Crime – Response to HMICFRS – Version 1.2"

doc.add_heading("Response to His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services: "
                "Effectiveness, efficiency and people 2021/22 – Staffordshire Fire and Rescue Service", level=1)

meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for i, (k, v) in enumerate([
        ("Report published", "27 January 2023"),
        ("Response due", "Within 56 days of publication"),
        ("Response published", "17 March 2023"),
        ("Author", "Office of the Staffordshire Commissioner")]):
    set_cell(meta.cell(i, 0), k, bold=True)
    shade(meta.cell(i, 0), "E7E6E6")
    set_cell(meta.cell(i, 1), v)

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "As the Staffordshire Commissioner for Police, Fire and Rescue and Crime I am the fire and "
    "rescue authority for Staffordshire and Stoke-on-Trent. The Fire and Rescue National Framework "
    "for England expects me to publish a response to every inspection report on Staffordshire Fire "
    "and Rescue Service. This document is that response.")
doc.add_paragraph(
    "I welcome the inspectorate’s finding that the Service is good at preventing fires, good at "
    "understanding risk and good at responding to emergencies, and that it keeps the overall "
    "effectiveness grade of good it achieved in 2018/19. I am disappointed, though not surprised, "
    "that efficiency and people have been graded requires improvement, and I take the cause of "
    "concern about values and culture very seriously.")
doc.add_paragraph(
    "Readers should not confuse these grades with those of Staffordshire Police. The force is "
    "inspected under a different programme. For completeness, its PEEL 2021/22 inspection graded "
    "Staffordshire Police adequate at responding to the public and requires improvement at "
    "investigating crime; my response to that report was published in July 2022 and is not "
    "repeated here.")

doc.add_heading("2. Summary of grades", level=2)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, h in zip(t.rows[0].cells, ["Pillar", "2021/22 grade", "2018/19 grade"]):
    set_cell(c, h, bold=True)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for row in [("Effectiveness", "Good", "Good"),
            ("Efficiency", "Requires improvement", "Good"),
            ("People", "Requires improvement", "Requires improvement")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
    shade(cells[1], "C6EFCE" if row[1] == "Good" else "FFEB9C")
doc.add_paragraph("Grades shown are for Staffordshire Fire and Rescue Service only.",
                  style="Caption" if "Caption" in [s.name for s in doc.styles] else None)

doc.add_heading("3. Cause of concern", level=2)
p = doc.add_paragraph(style="Intense Quote")
p.add_run("The service hasn’t done enough to make sure that all staff understand and show its values, "
          "and that staff feel confident to raise concerns.")
labelled(doc, "Service response:",
         "The Chief Fire Officer, Rob Maddocks, has appointed a Head of Culture and Inclusion and every "
         "station has now been visited by a member of the Strategic Leadership Team. An independent "
         "confidential reporting line, run by a charity, opened on 1 March 2023.")
labelled(doc, "Commissioner’s comment:",
         "I will receive a monthly report on progress at my Fire Governance Board until the "
         "inspectorate is satisfied that the cause of concern has been addressed.")

doc.add_heading("4. Areas for improvement", level=2)
doc.add_paragraph("The inspectorate identified four areas for improvement for the Service. Each is "
                  "set out below with the Service’s response.")
ft = doc.add_table(rows=1, cols=3)
ft.style = "Table Grid"
for c, h in zip(ft.rows[0].cells, ["No.", "Area for improvement", "Service response and status"]):
    set_cell(c, h, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("1", "The service should make sure its risk-based inspection programme targets the highest-risk "
          "premises and that audits are completed on time.",
     "Two additional fire safety inspectors recruited; backlog reduced from 412 to 260 audits. Status: amber."),
    ("2", "The service should assure itself that it has an effective system for learning from "
          "operational incidents.",
     "New debrief process live from January 2023. Status: green."),
    ("3", "The service should make sure that its workforce plans take account of the skills it needs "
          "in its on-call sections.",
     "On-call workforce plan to be approved in June 2023. Status: amber."),
    ("4", "The service should improve how it collects equality data, so it better understands its "
          "workforce.",
     "Self-declaration campaign under way; declaration rate now 71 per cent. Status: amber."),
]
for r in rows:
    cells = ft.add_row().cells
    for c, v in zip(cells, r):
        set_cell(c, v)

doc.add_heading("5. Joint working with Staffordshire Police", level=2)
doc.add_paragraph(
    "The inspectorate noted that the Service shares its headquarters and fire control room with "
    "Staffordshire Police, and described this as good value. Chief Constable Chris Ellery and the "
    "Chief Fire Officer meet quarterly to review the shared estate and the joint control room. "
    "Neither this arrangement nor this response changes any grade given to the force.")

doc.add_heading("6. Conclusion", level=2)
doc.add_paragraph(
    "Staffordshire Fire and Rescue Service is a good service in many respects, and I am confident it "
    "can return to a good grade for efficiency at the next inspection. I have asked the Chief Fire "
    "Officer to publish a single improvement plan covering the cause of concern and all four areas "
    "for improvement by 30 April 2023.")
doc.add_paragraph("Ben Adeyemi-Clarke")
doc.add_paragraph("Staffordshire Commissioner for Police, Fire and Rescue and Crime")
doc.save(OUT)
print("wrote", OUT)
