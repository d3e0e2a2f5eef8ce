"""f04.docx: letter from Cleveland Police's Temporary Chief Constable to the PCC on the causes of
concern in PEEL 2023-25, with lettered recommendations and the force's response to each."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from docxutil import labelled, page_field

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.5)
hp = sec.header.paragraphs[0]
hp.text = "Cleveland Police – Office of the Chief Constable"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.text = "Cleveland Police, Ash House, Middlesbrough. Tel 01642 000000. "
page_field(fp)

p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("From: Temporary Chief Constable Fergus Maitland\nOur ref: CC/PEEL/25/04\n17 February 2025")
doc.add_paragraph("Yvonne Blackett\nPolice and Crime Commissioner for Cleveland\n"
                  "Office of the Police and Crime Commissioner\nBy email")
doc.add_paragraph("Dear Commissioner,")
p = doc.add_paragraph(); p.add_run(
    "PEEL 2023–25: the force's response to the causes of concern").bold = True
doc.add_paragraph(
    "Thank you for your letter of 30 January asking me to set out, in writing, how Cleveland "
    "Police is responding to the two causes of concern in the PEEL report that HMICFRS "
    "published on 5 December 2024. I have answered each cause of concern and each of the "
    "recommendations that accompany it, using the inspectorate's own lettering.")
doc.add_paragraph(
    "You will know the grades well. His Majesty's Inspector of Constabulary Lionel Carrow "
    "graded the force inadequate for investigating crime, and requires improvement for "
    "responding to the public, for protecting vulnerable people and for leadership and force "
    "management. We were graded good for preventing crime, and adequate for police powers and "
    "public treatment, managing offenders and suspects, and building, supporting and "
    "protecting the workforce. I do not underestimate how far we still have to go.")

doc.add_heading("Cause of concern 1: investigating crime", level=2)
p = doc.add_paragraph(style="Quote")
p.add_run("Cleveland Police does not investigate crime to a consistently good standard. Too "
          "many investigations lack a plan and effective supervision, and too many victims "
          "withdraw their support before the investigation is complete.")
labelled(doc, "Force response:",
         "Deputy Chief Constable Harriet Oduya is the chief officer lead. We have brought all "
         "volume crime investigation into a single Investigation Hub in each district, and an "
         "Investigation Standards Board meets every fortnight. Our own audit in January found "
         "that 74 per cent of investigations had a plan, compared with 41 per cent at the time "
         "of the inspection.")
doc.add_paragraph("The inspectorate recommended that within three months:")
recs1 = [
    ("(a) The force should make sure that every investigation has a plan that is set and "
     "reviewed by a supervisor, with clear actions for the investigator.",
     "Plans are now mandatory in the crime recording system and cannot be bypassed. A "
     "supervisor review is prompted at day 3 and day 14."),
    ("(b) The force should make sure that investigations are allocated to officers and staff "
     "who have the training and experience to carry them out.",
     "A new allocation policy took effect on 2 January 2025. Complex cases now go to "
     "accredited investigators only; 62 officers began the PIP level 2 programme in February."),
    ("(c) The force should understand why victims withdraw their support for investigations, "
     "and act on what it finds.",
     "The University of Teesside is analysing 400 cases in which the victim withdrew support. "
     "We expect its findings in April, and the Victim Care Unit already calls every victim "
     "who withdraws."),
]
for rec, resp in recs1:
    doc.add_paragraph(rec)
    labelled(doc, "Response:", resp)

doc.add_heading("Cause of concern 2: protecting vulnerable people", level=2)
p = doc.add_paragraph(style="Quote")
p.add_run("The force is not doing enough to safeguard victims of domestic abuse who are at "
          "high risk of further harm. Its response to these victims is often slow, and "
          "safeguarding plans are not always put in place.")
doc.add_paragraph("The inspectorate recommended that within six months:")
recs2 = [
    ("(a) The force should make sure that high-risk domestic abuse incidents are attended "
     "within its target times and that the risk to the victim is reassessed on arrival.",
     "High-risk domestic abuse incidents are now graded as emergencies. Average attendance time "
     "fell from 52 minutes in October to 17 minutes in January."),
    ("(b) The force should make sure that it reviews the effectiveness of its multi-agency "
     "arrangements for victims of domestic abuse who are at high risk, together with its "
     "partners.", None),
]
for rec, resp in recs2:
    doc.add_paragraph(rec)
    if resp:
        labelled(doc, "Response:", resp)
doc.add_paragraph(
    "I will write to you separately about recommendation 2(b) once the local authorities have "
    "agreed the terms of reference for the joint review, which I expect in March.")

doc.add_heading("Other matters", level=2)
doc.add_paragraph(
    "The report also set out eleven areas for improvement. Assistant Chief Constable Leon Dutta "
    "will report on them to your Scrutiny Panel in April, together with our response to the "
    "national recommendations on vetting that HMICFRS addressed to all chief constables in "
    "2022. The inspectorate highlighted our Operation Phoenix drugs-disruption work as good "
    "practice, and Durham Constabulary has since adopted it.")
doc.add_paragraph(
    "I would be happy to discuss any of this with you at our next meeting on 4 March 2025.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Fergus Maitland\nTemporary Chief Constable")
doc.add_paragraph("cc: Chief Executive, Office of the Police and Crime Commissioner; Chair, "
                  "Cleveland Police and Crime Panel")
doc.save("../docs/f04.docx")
print("wrote f04.docx")
