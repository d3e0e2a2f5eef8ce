"""Write docs/mt09.docx: a Word copy of a Dorset Police news item on its 2015 HMIC PEEL reports."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mt09.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Dorset Police - News archive"

doc.add_paragraph("News archive | 18 February 2016")
doc.add_heading("Force welcomes HMIC assessment of policing in Dorset", level=1)
doc.add_paragraph(
    "Dorset Police and the Police and Crime Commissioner have welcomed the annual assessment published today "
    "by Her Majesty's Inspectorate of Constabulary (HMIC), which brings together the three PEEL reports on "
    "the Force from the last year.")
doc.add_paragraph(
    "The latest of the three, on police effectiveness, found that Dorset Police is good at keeping people "
    "safe and reducing crime. Inspectors were impressed by the Force's neighbourhood policing model and by "
    "the way it uses evidence to decide where to put its resources.")
doc.add_paragraph("Within the effectiveness report, HMIC judged the Force to be:")
for s in ["good at preventing crime and tackling anti-social behaviour;",
          "good at investigating crime and reducing re-offending;",
          "good at protecting vulnerable people and supporting victims; and",
          "good at tackling serious and organised crime."]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph(
    "The first report, on police efficiency, was published in October 2015. It found the Force good at "
    "using its resources to meet demand, although its plans for the future workforce were judged to "
    "require improvement. Overall, efficiency was graded good.")
doc.add_paragraph(
    "The second report, on police legitimacy, was published on 11 February 2016 and also gave Dorset "
    "Police an overall grade of good.")
doc.add_paragraph(
    "HMIC identified a small number of areas for improvement in the effectiveness report. The Force "
    "has been asked to act on the following:")
for s in ["Dorset Police should ensure that officers attending incidents of domestic abuse always complete the risk assessment before they leave the scene.",
          "Dorset Police should improve the way it analyses information about organised crime groups so that it understands the full range of threats they pose."]:
    doc.add_paragraph(s, style="List Number")
doc.add_paragraph(
    "Work on both is under way and progress will be reported to the Commissioner's Joint Independent "
    "Audit Committee.")
doc.add_paragraph(
    "Chief Constable Debbie Simpson said: \"To be judged good across all three reports is a real "
    "achievement for the men and women of Dorset Police, particularly at a time when our budget has "
    "fallen so sharply. We are not complacent.\"")
doc.add_paragraph(
    "Martyn Underhill, Police and Crime Commissioner for Dorset, said: \"These reports give the public "
    "independent reassurance. I will continue to support the strategic alliance with Devon and Cornwall "
    "Police, which will help protect frontline policing.\"")
doc.add_paragraph(
    "Nationally, HMIC graded a number of forces outstanding and a number inadequate; the full national "
    "picture is available on HMIC's website.")
doc.add_paragraph("Read the full reports on the HMIC website (opens in a new window).")
doc.add_paragraph("ENDS")
doc.save(OUT)
print("wrote", OUT)
