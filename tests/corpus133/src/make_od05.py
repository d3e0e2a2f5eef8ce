"""od05.docx: an HMIC letter (2017) to the Chief Constable of Gloucestershire Constabulary
after a revisit of a 2016 effectiveness cause of concern. Numbered paragraphs."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "od05.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.footer.paragraphs[0].text = "HMIC, Ground Floor, Temple Gate House, Bristol"

p = doc.add_paragraph(); r = p.add_run("HMIC"); r.bold = True; r.font.size = Pt(20)
r.font.color.rgb = RGBColor(0x1f, 0x3a, 0x68)
p = doc.add_paragraph("Her Majesty’s Inspectorate of Constabulary\nWestern Region")
p = doc.add_paragraph("Caroline Whitcombe\nHer Majesty’s Inspector of Constabulary")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Chief Constable Suzanne Fairweather\nGloucestershire Constabulary\nNo. 1 Waterwells\nQuedgeley\nGloucester")
doc.add_paragraph("28 April 2017")
doc.add_paragraph("Dear Chief Constable,")
p = doc.add_paragraph(); p.add_run("PEEL: Police effectiveness 2016 – revisit of the cause of concern on serious and organised crime").bold = True

paras = [
 "In our effectiveness inspection in the autumn of 2016, we judged Gloucestershire Constabulary to require improvement in how effectively it keeps people safe and reduces crime. We judged the constabulary to be inadequate at tackling serious and organised crime. This was not a new finding: in 2015 we had also judged the constabulary to require improvement at tackling serious and organised crime, and much of what we said then had not been acted on.",
 "Our report set out one cause of concern. The cause of concern was that the constabulary did not have the basic structures it needs to understand the threat from serious and organised crime and to disrupt the groups involved in it.",
 "We made three recommendations, which were to be completed by 31 March 2017.",
 "The constabulary should produce a serious and organised crime local profile with its partners and use it to set priorities.",
 "The constabulary should map all organised crime groups in its area and assign a lead responsible officer to every group it maps.",
 "The constabulary should make sure that it routinely uses the full range of powers and tactics available to it, including those held by partner organisations, to disrupt organised crime groups.",
 "Between 3 and 5 April 2017 a small team from HMIC visited the constabulary to assess its progress. We interviewed officers and staff, held two focus groups and examined the documents the constabulary sent us.",
 "The constabulary has published a local profile, produced with the county council and other partners, and its tasking meeting now uses it. Every mapped group now has a lead responsible officer. We consider that recommendations one and two have been discharged.",
 "Recommendation three is only partly complete. Lead officers do not yet make consistent use of partners’ powers, and the constabulary’s links with the regional organised crime unit, which it shares with Avon and Somerset Constabulary, Devon and Cornwall Police, Dorset Police and Wiltshire Police, remain informal. This recommendation stays open.",
 "Taken as a whole, I am satisfied that the constabulary has made sufficient progress for the cause of concern to be closed. This revisit does not lead to a new graded judgment. We will look again at serious and organised crime, and at the constabulary’s effectiveness more widely, in our 2017 inspection.",
 "The constabulary’s efficiency, which we judged to be good in 2016, was outside the scope of this revisit.",
 "I am grateful to you and your officers for the time and help they gave us.",
]
for i, t in enumerate(paras, 1):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Pt(22)
    p.paragraph_format.first_line_indent = Pt(-22)
    p.add_run("%d.\t%s" % (i, t))

doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Caroline Whitcombe\nHer Majesty’s Inspector of Constabulary")
p = doc.add_paragraph(); p.add_run("Copy to:").bold = True
doc.add_paragraph("Nigel Ashby, Police and Crime Commissioner for Gloucestershire\n"
                  "Deputy Chief Constable Rhiannon Pryce, Gloucestershire Constabulary\n"
                  "Chief Executive, Office of the Police and Crime Commissioner\n"
                  "Head of the South West Regional Organised Crime Unit")
doc.save(OUT)
print("wrote", OUT)
