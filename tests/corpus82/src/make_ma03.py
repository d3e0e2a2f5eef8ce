"""Build docs/ma03.docx: a PFCC's section 55 letter (Word) with an annex tracker table."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ma03.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Cumbria Office of the Police, Fire and Crime Commissioner  |  OFFICIAL"
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "Carleton Hall, Penrith, Cumbria CA10 2AU  ·  www.cumbria-pfcc.gov.uk"

p = doc.add_paragraph(); r = p.add_run("Police, Fire and Crime Commissioner for Cumbria"); r.bold = True; r.font.size = Pt(14)
r.font.color.rgb = RGBColor(0x00, 0x3a, 0x70)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("The Rt Hon Yvette Cooper MP\nHome Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF")
doc.add_paragraph("Our ref: TB/S55/PEEL2325\n12 March 2025")
doc.add_paragraph("Dear Home Secretary,")
p = doc.add_paragraph(); p.add_run("Response to HMICFRS report: PEEL 2023–25 – Police effectiveness, efficiency and legitimacy: An inspection of Cumbria Constabulary").bold = True
doc.add_paragraph(
    "I write under section 55 of the Police Act 1996 with my comments on the above report, which His Majesty's "
    "Inspectorate of Constabulary and Fire & Rescue Services published on 16 January 2025. I asked Chief Constable "
    "Rhian Talbot-Moss for her comments before preparing mine; they are reflected in the annex.")
doc.add_paragraph(
    "The inspectorate judged the constabulary to be good at police powers and public treatment, at preventing and "
    "deterring crime and anti-social behaviour, and at managing offenders and suspects. It was graded adequate for "
    "responding to the public, for protecting vulnerable people, for building, supporting and protecting the "
    "workforce, and for leadership and force management. Investigating crime was graded requires improvement, and "
    "the inspectorate raised a cause of concern in that area.")
doc.add_paragraph(
    "I am disappointed by the investigation finding, which reflects what victims have told my office. The Chief "
    "Constable has set up an Investigation Standards Board, chaired by Deputy Chief Constable Owen Marr, and I will "
    "receive its minutes. Assistant Chief Constable Lisa Fearon is leading the work on call handling.")
doc.add_paragraph(
    "I note also that Cumbria Fire and Rescue Service, for which I am the fire and rescue authority, was separately "
    "judged good at preventing fires in its most recent inspection. That is outside the scope of this letter.")
doc.add_paragraph(
    "The annex lists the cause of concern, the recommendation that accompanies it and the areas for improvement, with "
    "the constabulary's position and my assessment of the status of each. I will publish quarterly updates.")
doc.add_paragraph("Yours sincerely,")
p = doc.add_paragraph(); p.add_run("Tom Bellingham").bold = True
doc.add_paragraph("Police, Fire and Crime Commissioner for Cumbria")

doc.add_page_break()
p = doc.add_paragraph(); p.add_run("Annex: HMICFRS PEEL 2023–25 – position at February 2025").bold = True

rows = [
    ("CoC1", "Cause of concern",
     "The constabulary does not consistently carry out effective investigations, and as a result some victims are not receiving the service they deserve.",
     "Investigation Standards Board established December 2024; an improvement plan has been agreed with HMICFRS.",
     "In progress"),
    ("R1", "Recommendation (CoC1)",
     "Within six months, the constabulary should make sure that investigations are allocated to officers and staff with the appropriate skills and training, and that supervisors review them at set intervals.",
     "New allocation policy in force from 6 January 2025. Supervisory review compliance audited fortnightly; currently 71%.",
     "In progress"),
    ("AFI1", "Area for improvement – Responding to the public",
     "The constabulary should reduce the number of 101 calls that are abandoned before they are answered.",
     "Online reporting expanded and evening staffing increased. Abandonment fell from 24% to 15% between October and January.",
     "In progress"),
    ("AFI2", "Area for improvement – Protecting vulnerable people",
     "The constabulary should make sure that it applies for domestic abuse protection orders in every case where one would protect the victim.",
     "Awaiting the force's response.",
     "Not started"),
    ("AFI3", "Area for improvement – Leadership and force management",
     "The constabulary should improve how it plans its workforce, so that it has the detectives it needs.",
     "Detective recruitment pathway relaunched; 18 trainee investigators appointed.",
     "Complete"),
]
t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Ref", "Type", "HMICFRS finding", "Constabulary position", "Status")):
    c.text = ""; c.paragraphs[0].add_run(h).bold = True
for row in rows:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
doc.add_paragraph()
doc.add_paragraph("Status key: Complete – action finished and evidenced; In progress – on track; Not started – no action yet recorded.")
doc.save(OUT)
print("wrote", OUT)
