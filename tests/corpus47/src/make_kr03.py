"""kr03.docx: Merseyside Police press office news release (Word), PEEL 2023-25."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kr03.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Merseyside Police Corporate Communications - NEWS RELEASE"
sec.footer.paragraphs[0].text = "Press office 0151 000 0000 (24 hours) | Not protectively marked"

t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
set_cell(t.cell(0, 0), "Release date", bold=True); set_cell(t.cell(0, 1), "Embargoed until 00:01, Thursday 27 February 2025")
set_cell(t.cell(1, 0), "Reference", bold=True); set_cell(t.cell(1, 1), "MP/CC/0227/HMI")
set_cell(t.cell(2, 0), "Contact", bold=True); set_cell(t.cell(2, 1), "Press office, Canning Place")
for r in range(3):
    shade(t.cell(r, 0), "D9E2F3")

doc.add_paragraph()
doc.add_heading("Merseyside Police rated outstanding for preventing crime and tackling organised crime", level=1)
p = doc.add_paragraph()
p.add_run("Merseyside Police has been judged outstanding in two areas and good in six more by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), in a report published today (Thursday 27 February).").bold = True

doc.add_paragraph("The PEEL 2023\u201325 inspection looked at how effectively and efficiently the force keeps people safe and reduces crime. Inspectors visited the force over several weeks in the autumn, spoke to more than 200 officers and staff, and listened to 999 and 101 calls.")
doc.add_paragraph("The force was graded outstanding at preventing crime and at disrupting serious organised crime. Inspectors described its work to dismantle organised crime groups as \u201csector-leading\u201d and highlighted the way neighbourhood officers and partners use local knowledge to stop problems before they escalate.")
doc.add_paragraph("Merseyside Police was graded good in six areas:")
for a in ["police powers and public treatment",
          "responding to the public",
          "protecting vulnerable people",
          "building, supporting and protecting the workforce",
          "leadership and force management",
          "recording data about crime"]:
    doc.add_paragraph(a, style="List Bullet")
doc.add_paragraph("Investigating crime and managing offenders and suspects were both graded adequate.")

doc.add_heading("What the inspectors said we should improve", level=2)
doc.add_paragraph("The report sets out three areas for improvement. They are reproduced in full below.")
doc.add_paragraph("Investigating crime", style="Heading 3")
doc.add_paragraph("The force should make sure that investigations are supervised at regular intervals and that the supervisor\u2019s direction is recorded on the crime record.", style="List Number")
doc.add_paragraph("The force should improve how quickly it examines seized digital devices, so that investigations are not delayed.", style="List Number")
doc.add_paragraph("Managing offenders and suspects", style="Heading 3")
doc.add_paragraph("The force should make sure that registered sex offenders are visited at the frequency their risk level requires, and that overdue visits are identified and completed.", style="List Number")
doc.add_paragraph("Work on all three is already under way and will be overseen by a Deputy Chief Constable-led improvement board.")

doc.add_heading("Chief Constable\u2019s response", level=2)
labelled(doc, "Chief Constable Serena Abara said:", "")
q = doc.add_paragraph("\u201cThis is an excellent report and I want to thank every officer, member of staff and volunteer who made it possible. Outstanding grades for preventing crime and for taking on organised criminals are not handed out lightly. We have three clear areas to work on, and we will.\u201d", style="Quote")
doc.add_paragraph("Deputy Chief Constable Liam Farrant, who will chair the improvement board, added: \u201cThe inspectors were right to point to our digital backlog. We have already funded two more examiners.\u201d")

doc.add_heading("Commissioner\u2019s response", level=2)
doc.add_paragraph("Merseyside\u2019s Police and Crime Commissioner, Maria Quinlan, said: \u201cPeople on Merseyside can take real confidence from this report. I will keep a close eye on the three areas for improvement through my scrutiny meetings, which are held in public.\u201d")

doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Notes to editors", level=2)
for n in [
    "HMICFRS grades forces on a five-point scale: outstanding, good, adequate, requires improvement and inadequate.",
    "The inspectorate does not grade the service forces provide to victims of crime.",
    "Merseyside Fire and Rescue Service is inspected separately and is not covered by this report.",
    "Interviews with the Chief Constable are available between 10:00 and 12:00. Broadcast-quality footage of the force control room is available on request.",
    "Photographs: good-quality images of the force\u2019s Operation Kingfisher team are attached. Please credit Merseyside Police.",
]:
    doc.add_paragraph(n, style="List Number 2")
doc.save(OUT)
print("wrote", OUT)
