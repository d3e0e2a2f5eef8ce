"""kx06.docx: minutes of the Staffordshire Police, Fire and Crime Panel (PEEL item)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kx06.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Staffordshire Police, Fire and Crime Panel \u2013 Minutes \u2013 24 March 2025"
sec.footer.paragraphs[0].text = "Chair\u2019s initials ........   Minutes subject to approval at the next meeting"
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("STAFFORDSHIRE POLICE, FIRE AND CRIME PANEL").bold = True
t = doc.add_paragraph(
    "Minutes of the meeting held at County Buildings, Stafford, on Monday 24 March 2025 at 10.00 am")
t.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_paragraph("Present:", style="Heading 3")
att = doc.add_table(rows=5, cols=2)
att.style = "Table Grid"
for i, (a, b) in enumerate([
    ("Cllr Janet Oldroyd (Chair)", "Staffordshire County Council"),
    ("Cllr Mike Dunmore (Vice-Chair)", "Stoke-on-Trent City Council"),
    ("Cllr Asif Rahman", "Newcastle-under-Lyme Borough Council"),
    ("Cllr Beverley Sutcliffe", "Lichfield District Council"),
    ("Andrew Pell", "Independent co-opted member"),
]):
    set_cell(att.cell(i, 0), a)
    set_cell(att.cell(i, 1), b)
doc.add_paragraph(
    "Also in attendance: Martin Colquhoun, Staffordshire Commissioner for Police, Fire and "
    "Rescue and Crime; Deputy Chief Constable Owen Pryce (Staffordshire Police); Assistant Chief "
    "Constable Harriet Quayle (Staffordshire Police); Chief Executive and Monitoring Officer, "
    "Office of the Commissioner; Scrutiny and Support Officer.")
doc.add_paragraph("Apologies: Cllr Peter Wain (Cannock Chase District Council).")

doc.add_paragraph("45. Declarations of interest", style="Heading 2")
doc.add_paragraph("There were none.")

doc.add_paragraph("46. Minutes of the meeting held on 3 February 2025", style="Heading 2")
doc.add_paragraph("RESOLVED that the minutes of the meeting held on 3 February 2025 be confirmed "
                  "and signed by the Chair.")

doc.add_paragraph("47. HMICFRS PEEL inspection 2023\u201325: Staffordshire Police \u2013 "
                  "Commissioner\u2019s response and progress update", style="Heading 2")
doc.add_paragraph(
    "The Commissioner introduced his report, which set out his response to the PEEL 2023\u201325 "
    "inspection of Staffordshire Police published by His Majesty\u2019s Inspectorate of "
    "Constabulary and Fire & Rescue Services (HMICFRS) on 6 February 2025. He said the "
    "report was a fair one. The force had moved on from the 2021/22 inspection, when it had been "
    "graded inadequate for responding to the public and placed in enhanced monitoring; it was now "
    "graded adequate in that area. But he shared members\u2019 disappointment that the force "
    "still required improvement at investigating crime and at protecting vulnerable people, and "
    "that crime data integrity had been graded requires improvement.")
doc.add_paragraph(
    "The Deputy Chief Constable presented the force\u2019s progress against the cause of concern "
    "and the three recommendations. The cause of concern read:")
doc.add_paragraph(
    "The force isn\u2019t doing enough to make sure vulnerable victims are identified and "
    "safeguarded at the first point of contact.", style="Quote")
labelled(doc, "Force update:",
         "A structured vulnerability screening tool (THRIVE+) has been mandatory in the contact "
         "centre since 1 March 2025. Dip-sampling of 400 calls found the tool completed in 91 per "
         "cent of cases. The force will report the April figures to the Commissioner\u2019s "
         "Strategic Governance Board.")
doc.add_paragraph("The recommendations that followed it were:")
doc.add_paragraph(
    "By 31 July 2025, the force should make sure that call handlers use a structured process to "
    "assess the vulnerability of every caller, and that the assessment is recorded.",
    style="List Number")
labelled(doc, "Force update:", "Complete; see above.")
doc.add_paragraph(
    "By 31 July 2025, the force should make sure that supervisors in the contact centre review a "
    "sample of calls each week for the quality of vulnerability assessments.",
    style="List Number")
labelled(doc, "Force update:", "Weekly reviews started in February; a quality framework is in draft.")
doc.add_paragraph(
    "By 31 October 2025, the force should make sure that all contact centre staff have received "
    "training in identifying vulnerability, including in calls about domestic abuse and "
    "missing children.",
    style="List Number")
doc.add_paragraph(
    "No separate update was given on the third recommendation; the Deputy Chief Constable said "
    "the training programme would be reported at the July meeting.")

doc.add_paragraph("In discussion, the following points were made:", style="Normal")
for t in (
    "A member asked whether \u201crequires improvement\u201d at investigating crime meant that "
    "the force was failing. The Deputy Chief Constable said it did not, but that he was not "
    "content with it. The charge rate had risen from 6.1 to 7.4 per cent in the year.",
    "A member noted that the force was good at preventing crime and at managing offenders, and "
    "asked how that good practice could be shared with the local policing teams. The Commissioner "
    "said he would bring a report on neighbourhood policing to the Panel in June.",
    "A member asked about the fire service. The Commissioner reminded members that Staffordshire "
    "Fire and Rescue Service had been inspected separately and graded adequate in most areas; "
    "that report would come to the Panel\u2019s fire and rescue meeting.",
    "Members asked about the Home Office\u2019s neighbourhood policing guarantee. The Commissioner "
    "said that Staffordshire expected to receive funding for around 60 additional officers and "
    "PCSOs in 2025/26.",
    "The Chair thanked the Deputy Chief Constable for a good and clear presentation, and asked "
    "that a named lead for each of the eleven areas for improvement be included in future "
    "updates.",
):
    doc.add_paragraph(t, style="List Bullet")

doc.add_paragraph(
    "RESOLVED that (a) the Commissioner\u2019s response to the HMICFRS PEEL 2023\u201325 "
    "inspection of Staffordshire Police be noted; (b) the Panel recommends to the Commissioner "
    "that progress against the cause of concern be reported to each meeting until it is "
    "discharged; and (c) a further report on the areas for improvement be brought to the "
    "meeting on 14 July 2025.")

doc.add_paragraph("48. Commissioner\u2019s proposed precept 2025/26 \u2013 update", style="Heading 2")
doc.add_paragraph(
    "The Chief Executive reported that the precept agreed at the February meeting had been "
    "confirmed. RESOLVED that the update be noted.")

doc.add_paragraph("The meeting closed at 12.20 pm.")
doc.add_paragraph("Chair")

doc.core_properties.title = "Minutes 24 March 2025"
doc.save(OUT)
print("wrote", OUT)
