"""le09.docx: a joint targeted area inspection (JTAI) outcome letter for Hertfordshire
(Ofsted, CQC, HMICFRS, HMI Probation). python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "le09.docx")

doc = Document()
doc.styles["Normal"].font.name = "Tahoma"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Ofsted · Care Quality Commission · HMICFRS · HM Inspectorate of Probation"
sec.footer.paragraphs[0].text = "Clive House, 70 Petty France, London SW1H 9EX   T 0300 123 1231   www.gov.uk/ofsted"

for line in ["14 May 2024"]:
    p = doc.add_paragraph(line)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

addr = [
    "Marion Carsley, Director of Children’s Services, Hertfordshire County Council",
    "Dr Neil Ashworth, Chief Executive, Hertfordshire and West Essex Integrated Care Board",
    "Gareth Linwood, Chief Constable, Hertfordshire Constabulary",
    "Priya Salter, Head of Probation Delivery Unit, Hertfordshire",
    "Tom Fairweather, Independent Scrutineer, Hertfordshire Safeguarding Children Partnership",
]
for a in addr:
    doc.add_paragraph(a, style="No Spacing")
doc.add_paragraph()

doc.add_paragraph("Dear Hertfordshire Safeguarding Children Partnership")
h = doc.add_paragraph()
h.add_run("Joint targeted area inspection of the multi-agency response to children who are "
          "victims of domestic abuse in Hertfordshire").bold = True

doc.add_paragraph(
    "This letter summarises the findings of the joint targeted area inspection (JTAI) of the "
    "multi-agency response to children who are victims of domestic abuse in Hertfordshire. This "
    "inspection took place from 11 to 15 March 2024. It was carried out by inspectors from Ofsted, "
    "the Care Quality Commission (CQC), His Majesty’s Inspectorate of Constabulary and Fire & Rescue "
    "Services (HMICFRS) and His Majesty’s Inspectorate of Probation (HMI Probation).")
doc.add_paragraph(
    "JTAIs are not graded. This letter makes no judgement of the effectiveness of any single agency, "
    "and it does not replace or alter any grade given to Hertfordshire Constabulary in HMICFRS’s "
    "PEEL inspections.")

doc.add_heading("Headline findings", level=2)
doc.add_paragraph(
    "Children who are victims of domestic abuse in Hertfordshire are mostly well protected. Leaders "
    "across the partnership share a clear understanding of the impact of domestic abuse on children, "
    "and the multi-agency safeguarding hub (MASH) responds quickly when police notify it of an "
    "incident. Practice in the MASH is good, and the quality of police notifications has improved "
    "since the constabulary introduced a new risk assessment form in 2023.")
doc.add_paragraph(
    "However, the response to children is less consistent when domestic abuse is not reported to "
    "the police. Health practitioners do not always share information with the MASH, and some "
    "children wait too long for specialist support.")

doc.add_heading("What needs to improve?", level=2)
doc.add_paragraph("The partnership should address the following areas for improvement:")
for t in [
        "The quality and timeliness of information-sharing by health agencies when they identify "
        "that a child is living with domestic abuse.",
        "The availability of specialist therapeutic support for children who have experienced "
        "domestic abuse.",
        "The recording of the voice of the child in police domestic abuse risk assessments.",
        "Oversight by the safeguarding partnership of the impact of its domestic abuse strategy."]:
    doc.add_paragraph(t, style="List Number")

doc.add_heading("Strengths", level=2)
for t in [
        "Police officers attending domestic abuse incidents consistently identify children in the "
        "household and notify the MASH within 24 hours.",
        "The operation of Encompass, shared with schools by Hertfordshire Constabulary, is an example "
        "of good practice.",
        "Probation practitioners make appropriate safeguarding checks before proposing sentences."]:
    doc.add_paragraph(t, style="List Bullet")

doc.add_heading("Case study: highly effective practice", level=2)
doc.add_paragraph(
    "A 9-year-old child disclosed at school that her mother had been assaulted. Through Encompass "
    "the school had already been told of a police call-out the night before. The designated "
    "safeguarding lead, a police officer from the constabulary’s child protection team and a social "
    "worker met the child the same day. The child and her mother moved to a refuge within 48 hours.")

doc.add_heading("Next steps", level=2)
doc.add_paragraph(
    "The director of children’s services should prepare a written statement of proposed action "
    "responding to the findings outlined in this letter. This should be a multi-agency response "
    "involving the individuals and agencies that this letter is addressed to. The response should "
    "set out the actions for the partnership and, when appropriate, individual agencies. The "
    "statement should be sent to the inspectorates by 20 August 2024.")
doc.add_paragraph("Yours sincerely")

sig = doc.add_table(rows=3, cols=4)
names = ["Helen Corbridge", "Anya Kowalczyk", "Simon Ferriday", "Martyn Rees"]
titles = ["National Director, Regulation and Social Care, Ofsted",
          "Deputy Chief Inspector, Primary Medical Services, CQC",
          "His Majesty’s Inspector of Constabulary",
          "Chief Inspector of Probation"]
orgs = ["Ofsted", "Care Quality Commission", "HMICFRS", "HMI Probation"]
for i in range(4):
    set_cell(sig.cell(0, i), orgs[i], bold=True)
    set_cell(sig.cell(1, i), names[i])
    set_cell(sig.cell(2, i), titles[i])
doc.save(OUT)
print("wrote", OUT)
