"""mj07.docx: MOPAC/MPS Oversight Board paper on PEEL 2023-25 areas for improvement (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "mj07.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL – MOPAC/MPS Oversight Board"

doc.add_heading("MOPAC/MPS Oversight Board – Performance and Risk", level=1)
doc.add_paragraph("Date: 27 November 2025 · Agenda item 4")
doc.add_paragraph("Paper: HMICFRS PEEL 2023–25 – progress against the causes of concern and areas for improvement")
doc.add_paragraph("Presented by: Deputy Commissioner Lionel Achterberg")

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph(
    "This paper updates the Board on the Metropolitan Police Service’s response to the PEEL 2023–25 report of "
    "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), published on 16 October 2025. "
    "The Deputy Mayor for Policing and Crime is asked to note progress and to agree that the tracker below is "
    "reported to the Board each quarter.")
doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "The MPS left Engage, the inspectorate’s enhanced monitoring, in January 2025, after two and a half years. "
    "The PEEL 2023–25 inspection found the MPS inadequate for investigating crime and for managing offenders "
    "and suspects, and adequate for responding to the public. The other five graded areas require improvement.")
doc.add_paragraph(
    "For comparison, the Board noted in October that the City of London Police received no grade below "
    "adequate in the same round of inspections.")

doc.add_heading("3. Causes of concern", level=2)
labelled(doc, "CoC 1 (Investigating crime):",
         "The MPS does not make sure that investigations are allocated, planned and supervised in a way that gives victims a good service.")
labelled(doc, "MPS update:", "A single supervision standard was issued on 1 November 2025; compliance audits start in January.")
labelled(doc, "CoC 2 (Managing offenders and suspects):",
         "The MPS does not manage the risk posed by registered sex offenders and wanted suspects effectively.")
labelled(doc, "MPS update:", "The backlog of overdue visits has fallen from 1,140 to 610 since August.")

doc.add_heading("4. Areas for improvement – tracker", level=2)
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Ref", "Area", "Area for improvement", "RAG", "MPS update"]):
    set_cell(c, h, bold=True)
    shade(c, "BDD7EE")
rows = [
    ("23-01", "Police powers and public treatment",
     "The force should make sure that supervisors review body-worn video footage of stop and search encounters, and record the outcome of their review.",
     "Amber", "A sample of ten searches per officer per quarter is now reviewed."),
    ("23-02", "Protecting vulnerable people",
     "The force should make sure that children who go missing repeatedly are identified and that a strategy meeting is held for each of them.",
     "Green", "Complete. Missing person coordinators are in every BCU."),
    ("23-03", "Building, supporting and protecting the workforce",
     "The force should improve the support it gives to new detectives and their first-line supervisors.",
     "Red", "No update this quarter."),
    ("23-04", "Leadership and force management",
     "The force should make sure that its change programme is prioritised so that the benefits of each project can be measured.",
     "Amber", "The Portfolio Board now scores each project against the New Met for London plan."),
]
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)
    fill = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}[row[3]]
    shade(cells[3], fill)

doc.add_heading("5. Deputy Mayor’s comments", level=2)
doc.add_paragraph(
    "The Deputy Mayor welcomed the progress on missing children but said the workforce area for improvement "
    "must not be allowed to stall. MOPAC rates its assurance of the plan as ‘Reasonable’.")
doc.add_heading("6. Attendance", level=2)
doc.add_paragraph("Kaya Ilunga, Deputy Mayor for Policing and Crime (Chair); Sir Rupert Kendrew, Commissioner; "
                  "Lionel Achterberg, Deputy Commissioner; Assistant Commissioner Helen Tarrant; MOPAC Chief Executive.")
doc.save(OUT)
print("wrote", OUT)
