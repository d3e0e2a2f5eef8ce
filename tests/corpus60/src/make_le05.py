"""le05.docx: an extract from a joint HMIP / HMICFRS report on an unannounced inspection of
police custody suites in Kent. python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "le05.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Report on an unannounced inspection visit to police custody suites in Kent"
sec.footer.paragraphs[0].text = "HM Inspectorate of Prisons and HMICFRS – extract for the Kent Independent Custody Visiting Scheme"

doc.add_heading("Report on an unannounced inspection visit to police custody suites in Kent", level=0)
doc.add_paragraph("by HM Inspectorate of Prisons and His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
doc.add_paragraph("Inspection dates: 4–15 September 2023. Report published: 19 December 2023.")
p = doc.add_paragraph()
p.add_run("Extract: sections 1 (Introduction) and 2 (Summary of findings, causes of concern and "
          "recommendations). Sections 3 to 7 and the appendices are in the full report.").italic = True

doc.add_heading("Section 1. Introduction", level=1)
doc.add_paragraph(
    "This report is one of a series of inspections of police custody carried out jointly by HM "
    "Inspectorate of Prisons and His Majesty’s Inspectorate of Constabulary and Fire & Rescue "
    "Services. These inspections form part of the UK’s response to its international obligation to "
    "ensure regular independent inspection of places of detention. The inspections look at force-wide "
    "strategy, treatment and conditions, individual rights and health care, against our published "
    "Expectations for police custody.")
doc.add_paragraph(
    "Kent Police operates six designated custody suites with a total of 164 cells. We visited all six. "
    "In the year to 31 July 2023, 24,915 people were detained. Our last inspection of custody in Kent, "
    "in 2018, made 19 recommendations, of which nine had been achieved.")
doc.add_paragraph(
    "This custody inspection is not graded and is not part of the PEEL programme. For context, in its "
    "2023–25 PEEL inspection of Kent Police, HMICFRS graded the force good at protecting vulnerable "
    "people; this report does not revisit that judgement.")

doc.add_heading("Section 2. Summary", level=1)
doc.add_heading("Leadership, accountability and partnerships", level=2)
doc.add_paragraph(
    "Leaders had a clear focus on the safe detention of people in custody, and the force’s "
    "governance of custody was good. However, oversight of the use of force in custody was "
    "inadequate: data were incomplete and could not be analysed by ethnicity.")
doc.add_heading("Treatment and conditions", level=2)
doc.add_paragraph(
    "Custody staff treated detainees with respect, and we saw good practice in how staff met the "
    "needs of children. Cleanliness in two suites, however, required improvement, and some cells had "
    "ligature points that had not been identified by the force’s own checks.")

doc.add_heading("Causes of concern and recommendations", level=2)
doc.add_paragraph("We identified two causes of concern, each with recommendations. These are "
                  "addressed to the force and to its health care commissioners under our custody "
                  "expectations; they are not PEEL causes of concern.")

tbl = doc.add_table(rows=1, cols=2)
tbl.style = "Table Grid"
set_cell(tbl.cell(0, 0), "Cause of concern 1", bold=True)
shade(tbl.cell(0, 0), "FDE9D9")
set_cell(tbl.cell(0, 1), "The force could not show that force used on detainees in custody was "
         "proportionate and justified, because its recording and monitoring were weak.")
for label, text in [
        ("Recommendation", "The force should make sure that all use of force in custody is recorded "
         "accurately and that it analyses the data, including by ethnicity, to identify and act on "
         "any disproportionality."),
        ("Recommendation", "Supervisors should review CCTV footage of every use of force in custody "
         "within seven days.")]:
    cells = tbl.add_row().cells
    set_cell(cells[0], label, bold=True)
    set_cell(cells[1], text)

doc.add_paragraph()
tbl2 = doc.add_table(rows=1, cols=2)
tbl2.style = "Table Grid"
set_cell(tbl2.cell(0, 0), "Cause of concern 2", bold=True)
shade(tbl2.cell(0, 0), "FDE9D9")
set_cell(tbl2.cell(0, 1), "Detainees with mental ill health were held in custody for too long "
         "while waiting for a Mental Health Act assessment.")
cells = tbl2.add_row().cells
set_cell(cells[0], "Recommendation", bold=True)
set_cell(cells[1], "The force, NHS Kent and Medway and Kent County Council should work together to "
         "make sure that detainees receive a Mental Health Act assessment promptly and are moved to "
         "an appropriate place of safety without delay.")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("We also identified these areas for improvement (custody expectations):")
for t in [
        "The force should make sure that all cells are free of ligature points and that its cell "
        "checks identify and record them.",
        "Custody staff should offer detainees a shower and a change of clothes when they have been "
        "held for more than 24 hours.",
        "The force should make sure that detainees are told how to make a complaint about their "
        "treatment before they leave custody."]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("Notable positive practice", level=2)
doc.add_paragraph(
    "The force had introduced a ‘custody passport’ for children, completed with the child and shared "
    "with the appropriate adult. We consider this good practice that other forces, including Sussex "
    "Police and Surrey Police, which share a custody training programme with Kent, may wish to adopt.")

doc.add_heading("Signatures", level=2)
sig = doc.add_table(rows=2, cols=2)
set_cell(sig.cell(0, 0), "Martin Osgood", bold=True)
set_cell(sig.cell(1, 0), "HM Chief Inspector of Prisons")
set_cell(sig.cell(0, 1), "Joanna Treharne", bold=True)
set_cell(sig.cell(1, 1), "His Majesty’s Inspector of Constabulary")
doc.save(OUT)
print("wrote", OUT)
