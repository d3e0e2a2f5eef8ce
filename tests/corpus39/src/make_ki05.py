"""ki05.docx -- Hampshire and Isle of Wight PCC's section 55 response (Word)."""
import os

from docx import Document
from docx.shared import Pt

from docxutil import fill, header_text, labelled, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ki05.docx")

doc = Document()
header_text(doc.sections[0], "Office of the Police and Crime Commissioner – Hampshire and Isle of Wight",
            "Section 55 response – published 14 May 2025")
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)

doc.add_heading("Response to HMICFRS: PEEL 2023–25 – An inspection of Hampshire and Isle of Wight "
                "Constabulary", level=1)

t = doc.add_table(rows=3, cols=2)
t.style = "Light Grid Accent 1"
for r, (k, v) in enumerate([
        ("Report published by HMICFRS", "27 February 2025"),
        ("Response required by", "24 April 2025 (extended by agreement to 14 May 2025)"),
        ("Response from", "Police and Crime Commissioner Cordelia Massingham")]):
    fill(t.rows[r].cells[0], k, bold_first=True)
    fill(t.rows[r].cells[1], v)

doc.add_heading("Commissioner’s introduction", level=2)
doc.add_paragraph(
    "I welcome the inspectorate’s report. Under section 55 of the Police Act 1996 I am required to "
    "publish comments on any report that His Majesty’s Inspectorate of Constabulary and Fire & "
    "Rescue Services makes on the force, and to send a copy to the Home Secretary. This is my "
    "response, and it includes the response of Chief Constable Idris Pennock.")
doc.add_paragraph(
    "The inspectorate graded the Constabulary good in three areas: police powers and public "
    "treatment, managing offenders and suspects, and building, supporting and protecting the "
    "workforce. It was graded adequate for preventing crime, for responding to the public, for "
    "protecting vulnerable people and for leadership and force management. Investigating crime "
    "was graded requires improvement, a fall from the adequate grade it received in 2021/22.")
doc.add_paragraph(
    "There were no causes of concern. The inspectorate set out five areas for improvement, which "
    "are reproduced below with the Chief Constable’s response and my own comments. I will track "
    "progress against each through my Police Performance and Accountability Board.")

doc.add_heading("Investigating crime", level=2)
labelled(doc, "Area for improvement 1", "")
doc.add_paragraph(
    "The force should make sure that investigations are reviewed by a supervisor at regular "
    "intervals, and that the reviews set clear actions.", style="Quote")
labelled(doc, "Chief Constable’s response:",
         "A new investigation review standard was introduced in April 2025. Sergeants must now "
         "review each crime they supervise at least every 14 days and record the next actions.")
doc.add_paragraph(
    "Compliance is reported to the Crime and Justice Board each month. In the first month 74% of "
    "investigations had an up-to-date review.")
labelled(doc, "Commissioner’s comment:",
         "I will ask for compliance data at each of my accountability boards until the standard is "
         "met consistently.")

labelled(doc, "Area for improvement 2", "")
doc.add_paragraph(
    "The force should reduce the time it takes to examine digital devices seized during "
    "investigations.", style="Quote")
labelled(doc, "Chief Constable’s response:",
         "I have approved the purchase of additional kiosks, so that officers in each district can "
         "carry out basic examinations themselves. The backlog at the digital forensics unit has "
         "fallen by a fifth since January.")

doc.add_heading("Responding to the public", level=2)
labelled(doc, "Area for improvement 3", "")
doc.add_paragraph(
    "The force should make sure that it gives callers appropriate advice on preserving evidence "
    "and on crime prevention.", style="Quote")
labelled(doc, "Chief Constable’s response:",
         "Scripts for call handlers have been rewritten with the help of victims’ organisations, "
         "and a quality assurance check of 200 calls a month now includes the advice given.")

doc.add_heading("Protecting vulnerable people", level=2)
labelled(doc, "Area for improvement 4", "")
doc.add_paragraph(
    "The force should improve its use of Clare’s Law disclosures so that applications are dealt "
    "with within the required timescales.", style="Quote")
labelled(doc, "Commissioner’s comment:",
         "The Chief Constable’s response to this area for improvement is still outstanding and "
         "will be added to this document when it is received. I have written to the Chief "
         "Constable to ask for it by the end of May.")
doc.add_paragraph(
    "I note that our neighbouring force, Sussex Police, received a similar area for improvement "
    "in protecting vulnerable people in its own PEEL 2023–25 report:")
doc.add_paragraph(
    "The force should make sure that victims of domestic abuse are given timely updates on the "
    "progress of their case.", style="Quote")
doc.add_paragraph(
    "My office is working with the Sussex Police and Crime Commissioner to share what each force "
    "has learned.")

doc.add_heading("Leadership and force management", level=2)
labelled(doc, "Area for improvement 5", "")
doc.add_paragraph(
    "The force should make sure it has a clear plan to manage the savings it needs to make over "
    "the next three years.", style="Quote")
labelled(doc, "Chief Constable’s response:",
         "The medium-term financial plan for 2025/26 to 2027/28 sets out savings of £18.4 million. "
         "A savings programme board, chaired by the Deputy Chief Constable, now meets monthly.")
doc.add_paragraph(
    "Each saving has an owner and a delivery date, and the plan is reviewed by the Joint Audit "
    "Committee.")

doc.add_heading("Good practice", level=2)
box = doc.add_table(rows=1, cols=1)
box.style = "Table Grid"
cell = box.rows[0].cells[0]
fill(cell, [
    "Innovative practice: the inspectorate highlighted the Constabulary’s Isle of Wight rural "
    "crime volunteers scheme as innovative practice.",
    "The report also noted good practice in the way the force’s offender management unit works "
    "with probation to manage people released from prison."])
shade(cell, "E2EFDA")

doc.add_heading("National recommendations", level=2)
doc.add_paragraph(
    "The inspectorate’s 2024 thematic inspection of digital forensics recommended that, by April "
    "2026, the Home Office should work with the National Police Chiefs’ Council to set national "
    "standards for the time taken to examine devices. This is not a recommendation to the "
    "Constabulary, but I have asked the Chief Constable to prepare for those standards.")

doc.add_paragraph()
doc.add_paragraph("Cordelia Massingham")
doc.add_paragraph("Police and Crime Commissioner for Hampshire and the Isle of Wight")
doc.add_paragraph("14 May 2025")

doc.core_properties.author = "OPCC Hampshire"
doc.save(OUT)
print("wrote", OUT)
