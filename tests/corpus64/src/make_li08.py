"""li08.docx: Surrey PCC decision record (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "li08.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "PUBLIC - Police and Crime Commissioner for Surrey"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].text = "Decision record template v4 (2024)"

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("SURREY POLICE AND CRIME COMMISSIONER").bold = True
doc.add_heading("Decision record", level=1)

t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in [("Decision number", "PCC/2025/58"),
             ("Title", "Investment in an Investigation Standards Unit"),
             ("Author and job role", "Ruth Kilbane, Policy Officer (Performance)"),
             ("Protective marking", "OFFICIAL"),
             ("Date of decision", "27 November 2025")]:
    c = t.add_row().cells
    set_cell(c[0], k, bold=True)
    shade(c[0], "E7E6E6")
    c[1].text = v

doc.add_heading("Executive summary", level=2)
doc.add_paragraph("The Chief Constable has asked the Commissioner to fund a small Investigation Standards Unit for "
                  "two years from January 2026. The unit would respond to the HMICFRS PEEL 2023-25 finding that "
                  "Surrey Police requires improvement at investigating crime.")

doc.add_heading("Background", level=2)
doc.add_paragraph("HMICFRS published its PEEL 2023-25 report on Surrey Police on 11 September 2025. The force was "
                  "graded outstanding for preventing and deterring crime, but investigating crime was its weakest area. "
                  "Among the areas for improvement in that part of the report, the inspectorate wrote:")
doc.add_paragraph("The force should make sure that it has enough trained detectives to investigate serious and "
                  "complex crime, and that their workloads are manageable.", style="Intense Quote")
doc.add_paragraph("Chief Constable Gareth Wyn-Pollard presented a business case to the Commissioner's "
                  "Performance and Accountability Meeting on 13 November 2025. The force's own plan for this area "
                  "for improvement will be reported at that meeting in March 2026 and is not part of this decision.")
doc.add_paragraph("A similar unit set up by Sussex Police in 2024 was described by the inspectorate as good practice.")

doc.add_heading("Decision", level=2)
doc.add_paragraph("The Commissioner agrees to fund the Investigation Standards Unit (one detective inspector, four "
                  "detective sergeants and one analyst) from the Commissioner's reserves for the financial years "
                  "2025/26 and 2026/27, at a total cost of up to £742,000.")

doc.add_heading("Comments of the Police and Crime Commissioner", level=2)
doc.add_paragraph("I approve the recommendation. Residents deserve to know that when they report a crime it will be "
                  "investigated properly, and I will expect to see a measurable improvement before the inspectorate returns.")

doc.add_heading("Financial implications", level=2)
doc.add_paragraph("Funded from the Commissioner's Operational Reserve. The reserve will remain above the minimum "
                  "level set in the Reserves Strategy 2025/26.")
doc.add_heading("Legal, risk and equality implications", level=2)
doc.add_paragraph("None identified beyond those in the business case. An equality impact assessment has been completed.")
doc.add_heading("Consultation", level=2)
doc.add_paragraph("The Deputy Police and Crime Commissioner, Tariq Blanchflower, and the Chief Finance Officer were consulted.")

doc.add_heading("Approval", level=2)
t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate([("Signature", "[signed]"),
                            ("Name and title", "Imogen Castellow, Police and Crime Commissioner for Surrey"),
                            ("Date", "27 November 2025")]):
    set_cell(t.rows[r].cells[0], k, bold=True)
    t.rows[r].cells[1].text = v
doc.add_paragraph("Publication: this decision will be published on the Commissioner's website under the Elected "
                  "Local Policing Bodies (Specified Information) Order 2011.")
doc.save(OUT)
print("wrote", OUT)
