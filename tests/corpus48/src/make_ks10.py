"""ks10.docx: Chief Constable for Bedfordshire, Statement of Accounts 2024/25, Narrative Report (python-docx)."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ks10.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Chief Constable for Bedfordshire \u2013 Statement of Accounts 2024/25 (draft, subject to audit)"
sec.footer.paragraphs[0].text = "Page 3 of 86"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Narrative Report", level=1)
doc.add_paragraph("For the year ended 31 March 2025")

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "This narrative report provides information about Bedfordshire Police, including the "
    "financial position of the Chief Constable for Bedfordshire, performance during the "
    "year and the key issues that affect the accounts. The Chief Constable is a separate "
    "corporation sole, accountable to the Police and Crime Commissioner, who holds the "
    "Police Fund and receives all grants and the council tax precept.")
doc.add_paragraph(
    "The Statement of Accounts comprises the Chief Constable\u2019s single entity accounts. "
    "The group accounts are published by the Police and Crime Commissioner.")

doc.add_heading("2. Bedfordshire at a glance", level=2)
g = doc.add_table(rows=2, cols=4)
g.style = "Light Grid Accent 1"
for c, v in zip(g.rows[0].cells, ("Population served", "Police officers (FTE)", "Police staff (FTE)", "Net revenue budget")):
    set_cell(c, v, bold=True)
for c, v in zip(g.rows[1].cells, ("704,000", "1,462", "1,011", "\u00a3159.8m")):
    set_cell(c, v)
doc.add_paragraph(
    "Bedfordshire is a small county with the policing challenges of a large city. Luton "
    "has levels of serious violence and organised crime comparable with metropolitan "
    "areas. Armed policing, major crime, roads policing and forensic services are "
    "delivered in collaboration with Cambridgeshire Constabulary and Hertfordshire "
    "Constabulary.")

doc.add_heading("3. Operational performance", level=2)
doc.add_paragraph(
    "The force\u2019s performance framework rates each Police and Crime Plan measure as "
    "Good, Stable or Requires Improvement. At 31 March 2025, 14 measures were rated Good, "
    "six Stable and three Requires Improvement (101 call handling, shoplifting outcomes "
    "and the timeliness of file submissions to the Crown Prosecution Service).")

doc.add_heading("Inspection", level=3)
doc.add_paragraph(
    "HMICFRS published the force\u2019s PEEL 2023\u201325 report in August 2024. The "
    "grades it awarded are summarised below.")
cols = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
fills = ("1F6F5C", "7BC47F", "F2D16B", "F0A35E", "D9534F")
for c, h, f in zip(t.rows[0].cells, cols, fills):
    set_cell(c, h, bold=True)
    shade(c, f)
body = (
    ["None"],
    ["Preventing crime", "Managing offenders and suspects", "Building, supporting and protecting the workforce"],
    ["Police powers and public treatment", "Responding to the public", "Investigating crime", "Leadership and force management"],
    ["Protecting vulnerable people"],
    ["None"],
)
cells = t.add_row().cells
for c, items in zip(cells, body):
    set_cell(c, items[0])
    for extra in items[1:]:
        c.add_paragraph(extra)
doc.add_paragraph(
    "The inspectorate does not grade the service provided to victims of crime. There were "
    "no causes of concern.", style="Caption")
doc.add_paragraph(
    "The report identified nine areas for improvement. Two have a direct bearing on the "
    "force\u2019s medium-term financial plan and have been funded in the 2025/26 budget:")
doc.add_paragraph(
    "The force should make sure that it has enough trained staff in its child abuse "
    "investigation unit to manage the number of cases it receives.", style="List Bullet")
doc.add_paragraph(
    "The force should make sure that it has an effective process to identify and respond "
    "to repeat callers who are vulnerable.", style="List Bullet")
doc.add_paragraph(
    "The cost of these two improvements, \u00a31.3 million a year, is included in the "
    "reserves strategy. Progress on all nine areas is reported to the Police and Crime "
    "Commissioner\u2019s Accountability Board.")

doc.add_heading("4. Financial performance", level=2)
f = doc.add_table(rows=1, cols=4)
f.style = "Table Grid"
for c, h in zip(f.rows[0].cells, ("\u00a3000", "Budget", "Outturn", "Variance")):
    set_cell(c, h, bold=True)
for row in (("Police officer pay and allowances", "89,412", "90,106", "694"),
            ("Police staff pay", "41,803", "40,977", "(826)"),
            ("Premises", "6,118", "6,402", "284"),
            ("Supplies and services", "14,260", "13,885", "(375)"),
            ("Collaboration contributions", "8,207", "8,150", "(57)"),
            ("Total", "159,800", "159,520", "(280)")):
    for c, v in zip(f.add_row().cells, row):
        set_cell(c, v, bold=row[0] == "Total")
doc.add_paragraph(
    "Figures in brackets are underspends. The 2025/26 budget agreed by the Commissioner "
    "is \u00a3167.2 million.", style="Caption")

doc.add_heading("5. Governance and audit", level=2)
doc.add_paragraph(
    "The Annual Governance Statement concludes that the governance arrangements are fit "
    "for purpose. The Head of Internal Audit gave a reasonable assurance opinion, and the "
    "Joint Audit Committee considered the system of internal control to be adequate. For "
    "2023/24 the external auditor issued a disclaimer of opinion under the statutory "
    "backstop, and it has indicated that a qualified opinion is likely for 2024/25 while "
    "assurance over opening balances is rebuilt. These opinions do not indicate any "
    "concern about the force\u2019s financial management.")

doc.add_heading("6. Looking ahead", level=2)
doc.add_paragraph(
    "The force faces a funding gap of \u00a34.6 million by 2027/28. Its aim, set out in the "
    "Police and Crime Plan, is to be a good force in every area of the next PEEL inspection.")

doc.add_paragraph()
sig = doc.add_table(rows=1, cols=2)
set_cell(sig.rows[0].cells[0], "Ayesha Lindqvist\nChief Constable for Bedfordshire\n27 June 2025")
set_cell(sig.rows[0].cells[1], "Chief Finance Officer to the Chief Constable\n27 June 2025")
doc.add_paragraph(
    "The accounts of the Chief Constable are consolidated into those of Oliver Stenhouse, "
    "Police and Crime Commissioner for Bedfordshire, who is accountable to the public for "
    "policing in the county.")
doc.save(OUT)
print("wrote", OUT)
