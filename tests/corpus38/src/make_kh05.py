"""Write docs/kh05.docx: a regional collaboration board paper (Word) with a transposed grades
table: one column per force, one row per area, a 'Period' row that differs by column,
merged title and group rows, a count row and a notes row."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh05.docx")
COLS = [(HUM, "Humberside Police", P2325, "2023–25", "14 March 2024"),
        (NYP, "North Yorkshire Police", P2122, "2021/22", "28 July 2022"),
        (WYP, "West Yorkshire Police", P2325, "2023–25", "22 May 2024")]

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL – Yorkshire and the Humber Regional Collaboration Board"
doc.sections[0].footer.paragraphs[0].text = "Paper YHRCB/24/19"

doc.add_heading("Yorkshire and the Humber Regional Collaboration Board", level=0)
doc.add_paragraph("Paper YHRCB/24/19 – Inspection outcomes across the region – position at 30 September 2024")

doc.add_heading("Present", level=1)
att = doc.add_table(rows=1, cols=2); att.style = "Light List Accent 1"
set_cell(att.rows[0].cells[0], "Name", bold=True); set_cell(att.rows[0].cells[1], "Title", bold=True)
for n, t in [("Rhiannon Makepeace", "Police and Crime Commissioner for Humberside (Chair)"),
             ("Tobias Grint", "Chief Constable, Humberside Police"),
             ("Sasha Okafor", "Temporary Chief Constable, North Yorkshire Police"),
             ("Imogen Tallis", "Deputy Mayor for Policing and Crime, West Yorkshire"),
             ("Callum Reddish", "Assistant Chief Constable, West Yorkshire Police"),
             ("Nadia Farrow", "Regional Performance Lead (author)")]:
    r = att.add_row().cells; set_cell(r[0], n); set_cell(r[1], t)

doc.add_heading("1. Purpose", level=1)
doc.add_paragraph(
    "To give the Board a single view of the most recent PEEL grades published by His Majesty’s Inspectorate of "
    "Constabulary and Fire & Rescue Services for the three forces in the collaboration. The table is arranged with "
    "one column per force, as requested at the June meeting, so that each force’s grades can be read down the page.")

doc.add_heading("2. Latest published PEEL grades", level=1)
rows_spec = [("Period", [c[3] for c in COLS]), ("Report published", [c[4] for c in COLS])]
area_rows = []
for k in K2325:
    label = NAME2325[k] if NAME2122[k] == NAME2325[k] else "%s (2021/22: %s)" % (NAME2325[k], NAME2122[k])
    area_rows.append((label, [g(f, p, k) for f, _, p, _, _ in COLS]))
area_rows.append(("Disrupting serious organised crime (2021/22 only)",
                  ["Regional inspection" if p == P2325 else g(f, p, SOC) for f, _, p, _, _ in COLS]))
area_rows.append(("Recording data about crime (2021/22 only)",
                  ["–" if p == P2325 else g(f, p, CDI) for f, _, p, _, _ in COLS]))
area_rows.append(("Victim service assessment", ["Not graded"] * 3))
count_row = ("Areas graded good or outstanding (count)",
             [str(sum(1 for k in (K2325 if p == P2325 else K2122) if g(f, p, k) in (O, G)))
              for f, _, p, _, _ in COLS])

n = 1 + len(rows_spec) + 1 + len(area_rows) + 1 + 1
t = doc.add_table(rows=n, cols=4); t.style = "Table Grid"
r0 = t.rows[0].cells
set_cell(r0[0], "PEEL grade", bold=True)
for j, (_, name, _, _, _) in enumerate(COLS, 1):
    set_cell(r0[j], name, bold=True); shade(r0[j], "1F3864")
    r0[j].paragraphs[0].runs[0].font.color.rgb = __import__("docx.shared", fromlist=["RGBColor"]).RGBColor(255, 255, 255)
shade(r0[0], "1F3864"); r0[0].paragraphs[0].runs[0].font.color.rgb = r0[1].paragraphs[0].runs[0].font.color.rgb
i = 1
for label, vals in rows_spec:
    c = t.rows[i].cells; set_cell(c[0], label, bold=True)
    for j, v in enumerate(vals, 1):
        set_cell(c[j], v); shade(c[j], "F2F2F2")
    i += 1
grp = t.rows[i].cells; m = grp[0].merge(grp[3]); set_cell(m, "Graded areas", bold=True, italic=True); shade(m, "D9E2F3"); i += 1
for label, vals in area_rows:
    c = t.rows[i].cells; set_cell(c[0], label)
    for j, v in enumerate(vals, 1):
        set_cell(c[j], v)
        if v in RAGHEX:
            shade(c[j], RAGHEX[v])
    i += 1
c = t.rows[i].cells; set_cell(c[0], count_row[0], italic=True)
for j, v in enumerate(count_row[1], 1):
    set_cell(c[j], v, italic=True)
i += 1
c = t.rows[i].cells; m = c[0].merge(c[3])
set_cell(m, "Notes: North Yorkshire Police’s 2023–25 inspection took place in summer 2024 and its report was not "
            "published by 30 September; its column therefore shows the 2021/22 grades, which use a different "
            "framework and are not comparable with the other two columns. Source: HMICFRS PEEL reports.", italic=True)

doc.add_paragraph()
doc.add_heading("3. Discussion", level=1)
doc.add_paragraph(
    "Humberside Police is the only force in the region with two areas graded outstanding, and West Yorkshire Police "
    "was the first force in the country to be graded outstanding for responding to the public in the 2023–25 round. "
    "The Temporary Chief Constable of North Yorkshire told the Board that the force expects its new report before "
    "the end of the year and will bring it to the December meeting.")
doc.add_paragraph(
    "Members noted that the regional organised crime unit is inspected separately and its findings are not shown.")
doc.add_heading("4. Actions", level=1)
for a in ["Regional Performance Lead to refresh the table when North Yorkshire’s 2023–25 report is published.",
          "Chair to write to the three chief constables about a shared approach to the areas graded adequate."]:
    doc.add_paragraph(a, style="List Number")
doc.save(OUT)
