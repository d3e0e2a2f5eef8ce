"""oh03.docx: a police and crime panel report on West Mercia Police's PEEL 2018/19 inspection."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "oh03.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "West Mercia Police and Crime Panel \u2013 12 November 2019 \u2013 Agenda item 7"
sec.footer.paragraphs[0].text = "Worcestershire County Council, County Hall, Spetchley Road, Worcester"

doc.add_heading("West Mercia Police and Crime Panel", level=1)
doc.add_paragraph("12 November 2019")
doc.add_heading("HMICFRS Inspection Report \u2013 \u2018PEEL: Police effectiveness, efficiency and legitimacy 2018/19 \u2013 An inspection of West Mercia Police\u2019", level=2)
doc.add_heading("Recommendation", level=3)
doc.add_paragraph("1. The Panel is asked to consider the report of the Police and Crime Commissioner on the inspection and to determine whether it would wish to make any comments.")
doc.add_heading("Background", level=3)
doc.add_paragraph(
    "2. In 2018, Her Majesty\u2019s Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) told all chief "
    "constables and commissioners that it would combine its separate effectiveness, efficiency and legitimacy "
    "inspections into a single integrated PEEL inspection of each force. West Mercia Police was inspected in the second "
    "tranche, with fieldwork in January 2019, and the report was published at the end of September 2019.")
doc.add_paragraph(
    "3. West Mercia Police was judged as \u2018requires improvement\u2019 in all three areas: effectiveness, efficiency and "
    "legitimacy. The question-level judgments are shown in the table below.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Pillar", "Question", "Judgment")):
    set_cell(c, h, bold=True); shade(c, "D9E2F3")
rows = [
    ("Effectiveness", "Preventing crime and tackling anti-social behaviour", "Good"),
    ("", "Investigating crime", "Requires improvement"),
    ("", "Protecting vulnerable people", "Requires improvement"),
    ("", "Tackling serious and organised crime", "Good"),
    ("Efficiency", "Meeting current demands and using resources", "Requires improvement"),
    ("", "Planning for the future", "Requires improvement"),
    ("Legitimacy", "Fair treatment of the public", "Good"),
    ("", "Ethical and lawful workforce behaviour", "Requires improvement"),
    ("", "Fair treatment of the workforce", "Good"),
]
for p, q, g in rows:
    r = t.add_row().cells
    set_cell(r[0], p, bold=bool(p)); set_cell(r[1], q); set_cell(r[2], g)
doc.add_paragraph(
    "4. The PCC has advised the Panel that he and the Chief Constable took the unusual step of issuing a joint media "
    "release about the report. While accepting that some things need to improve, they strongly dispute parts of the "
    "efficiency findings, which they consider out of date, particularly those relating to the end of the alliance with "
    "Warwickshire Police. They have written to HMICFRS to set out their concerns.")
doc.add_paragraph(
    "5. The report was presented to the Panel by the Police and Crime Commissioner, Jonathan Pryce-Hallam, and "
    "Chief Constable Adele Whitcombe. HM Inspector of Constabulary Marcus Eddington, who led the inspection, was "
    "unable to attend.")
doc.add_heading("Cause of concern and areas for improvement", level=3)
doc.add_paragraph(
    "6. HMICFRS identified one cause of concern and a number of areas for improvement. The Commissioner\u2019s summary of "
    "each, with the force\u2019s response, is set out below. In the Panel\u2019s view the response to the cause of concern is a "
    "good start.")
doc.add_paragraph("Cause of concern (investigating crime)", style="Heading 4")
doc.add_paragraph(
    "The force does not supervise investigations well enough, and too many victims are not kept informed about the "
    "progress of their case.", style="Quote")
labelled(doc, "Force response:", "A new investigation standards unit has reviewed 1,200 open cases since July. "
         "Supervisors now carry out a recorded review of every investigation at 7 and 28 days.")
doc.add_paragraph("Area for improvement (protecting vulnerable people)", style="Heading 4")
doc.add_paragraph(
    "The force should ensure that it always uses the powers available to it, including domestic violence protection "
    "orders, to safeguard victims of domestic abuse.", style="Quote")
labelled(doc, "Force response:", "Use of protection orders has risen by 40 percent following targeted training for "
         "response sergeants.")
doc.add_paragraph("Area for improvement (planning for the future)", style="Heading 4")
doc.add_paragraph(
    "The force should develop its understanding of the skills and capabilities of its workforce, so that it can "
    "plan with confidence to meet future demand.", style="Quote")
labelled(doc, "Force response:", "A skills audit of all officers and staff will be complete by March 2020.")
doc.add_paragraph("Area for improvement (ethical and lawful workforce behaviour)", style="Heading 4")
doc.add_paragraph(
    "The force should make sure that its counter-corruption unit has enough capacity to seek out and assess "
    "intelligence about corruption.", style="Quote")
doc.add_paragraph(
    "No update on this area for improvement had been received from the force when this report was prepared.")
doc.add_heading("Other inspections", level=3)
doc.add_paragraph(
    "7. Members will recall that Hereford & Worcester Fire and Rescue Service was graded \u2018requires improvement\u2019 "
    "for efficiency in its first inspection by the same inspectorate. That report will be considered at the Fire "
    "Authority and is not a matter for this Panel.")
doc.add_paragraph("Contact Points: Rosalind Tarrant, Democratic Governance and Scrutiny Manager")
doc.save(OUT)
print("wrote", OUT)
