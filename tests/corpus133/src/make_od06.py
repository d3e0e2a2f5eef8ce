"""od06.docx: Gwent Police's reply letter (2025) to HM Inspector about its PEEL 2023-25
areas for improvement, with a table of force updates."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "od06.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
doc.sections[0].footer.paragraphs[0].text = "Police Headquarters, Cwmbran – Pencadlys yr Heddlu, Cwmbrân"

p = doc.add_paragraph(); r = p.add_run("Heddlu Gwent Police"); r.bold = True; r.font.size = Pt(18)
r.font.color.rgb = RGBColor(0x0b, 0x2d, 0x5b)
p = doc.add_paragraph("Swyddfa’r Prif Gwnstabl / Office of the Chief Constable")
p.alignment = WD_ALIGN_PARAGRAPH.LEFT
doc.add_paragraph("Priya Castellane\nHis Majesty’s Inspector of Constabulary\nHMICFRS\nCardiff")
doc.add_paragraph("Our reference: CC/HMI/2025/004\n9 January 2025")
doc.add_paragraph("Dear Ms Castellane,")
p = doc.add_paragraph(); p.add_run("PEEL 2023–25: areas for improvement – your letter of 2 December 2024").bold = True

for t in [
 "Thank you for your letter and for the conversation we had when your team visited us on 19 and 20 November 2024. I welcome the opportunity to set out where we are.",
 "Your PEEL 2023–25 report graded Gwent Police outstanding for recording data about crime. We were graded adequate in five areas, and requires improvement for investigating crime, for protecting vulnerable people and for leadership and force management. Your report raised no cause of concern.",
 "You asked us to tell you which areas for improvement we consider complete. I have set out our position in the table below. Where we have marked an area for improvement as closed, we will send your force liaison lead the evidence before your next visit; we understand that it remains for HMICFRS to decide whether it agrees.",
]:
    doc.add_paragraph(t)

rows = [
 ("Investigating crime",
  "The force should make sure that investigations are supervised at regular intervals and that the supervisor records clear directions on the investigation plan.",
  "Investigation standards are now checked at 7, 28 and 56 days. A monthly audit of 120 cases in November showed supervisory direction recorded in 91 percent of them.",
  "Closed"),
 ("Investigating crime",
  "The force should make sure that victims are told promptly when a decision is made to close their case, and that the reason is explained to them.",
  "A new closure letter went live in October 2024. Compliance is reported to the Force Performance Board; the first figures are due in February.",
  "Open"),
 ("Protecting vulnerable people",
  "The force should improve how it identifies and records the voice of the child when officers attend domestic abuse incidents.",
  "Mandatory fields have been added to the domestic abuse risk form and all response officers completed training by December 2024.",
  "Closed"),
 ("Leadership and force management",
  "The force should make sure that its workforce plan is based on a full understanding of current and future demand.",
  "–",
  "Open"),
]
table = doc.add_table(rows=1, cols=4)
table.style = "Table Grid"
for c, h in zip(table.rows[0].cells, ("Area", "Area for improvement", "Force update", "Our status")):
    set_cell(c, h, bold=True); shade(c, "D9E2F3")
for row in rows:
    cells = table.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

for t in [
 "On the final area for improvement, our demand modelling work with colleagues in Dyfed-Powys Police and South Wales Police will not report until March 2025, so I have not given an update yet.",
 "I have copied this letter to the Police and Crime Commissioner, who will publish it with her own comments.",
]:
    doc.add_paragraph(t)
doc.add_paragraph("Yn gywir / Yours sincerely,")
doc.add_paragraph("Huw Protheroe\nChief Constable, Gwent Police")
p = doc.add_paragraph(); p.add_run("cc").bold = True
doc.add_paragraph("Carys Llewelyn, Police and Crime Commissioner for Gwent\nRachel Hedd, Deputy Chief Constable")
doc.save(OUT)
print("wrote", OUT)
