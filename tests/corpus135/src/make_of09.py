"""of09.docx: Essex Police Chief Constable's open letter on PEEL 2015 effectiveness."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "of09.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Essex Police \u2013 Chief Constable\u2019s Office"
sec.footer.paragraphs[0].text = "www.essex.police.uk"

doc.add_paragraph("Open letter to the people of Essex")
doc.add_paragraph("25 February 2016")
doc.add_paragraph("Dear resident,")
for text in [
    "Last week Her Majesty\u2019s Inspectorate of Constabulary published its report on how "
    "effective Essex Police is at keeping people safe and reducing crime. I want to tell you "
    "directly what it said, because you have a right to know how your police force is "
    "performing and what we are doing about it.",
    "HMIC graded us as requires improvement for effectiveness in 2015. I will not dress that "
    "up. The inspectors found that we are good at preventing crime and tackling anti-social "
    "behaviour, and that our neighbourhood teams know their communities. But they judged that "
    "we require improvement in how we investigate crime, and they found our response to "
    "vulnerable people inadequate. That is the finding that matters most to me.",
    "The inspectors told us that:",
]:
    doc.add_paragraph(text)
for text in [
    "The force should ensure that it assesses the risk to every missing child consistently and "
    "records the reasons for its decisions.",
    "The force should improve the quality of its initial investigations so that evidence is "
    "secured at the first opportunity.",
]:
    doc.add_paragraph(text, style="List Bullet")
for text in [
    "Since the inspection we have created a dedicated missing persons team, trained 1,100 "
    "officers in risk assessment and introduced daily reviews of every open case involving a "
    "child. I have asked my Deputy Chief Constable, Fiona Ridgewell, to lead this work and to "
    "report to me every week.",
    "There is better news elsewhere. Last October, in its 2015 efficiency assessment, HMIC "
    "judged us good for efficiency, an improvement on 2014, when our efficiency was judged to "
    "require improvement. Our 2015 legitimacy report, published this month, also graded us good. Our colleagues in Kent Police, with "
    "whom we share a Serious Crime Directorate, were inspected at the same time, and the "
    "inspectors described our joint work on organised crime as good practice.",
    "Essex County Fire and Rescue Service is not inspected by HMIC, and nothing in this letter "
    "relates to it.",
    "I am proud of the people who work for Essex Police, and I know they share my determination "
    "to put this right. HMIC will return to inspect us again in the autumn of 2016, and I expect "
    "you to hold me to account for the result.",
    "Yours sincerely,",
    "Benedict Harlowe QPM",
    "Chief Constable",
]:
    doc.add_paragraph(text)
doc.add_paragraph(
    "Roger Bellamy, Police and Crime Commissioner for Essex, said he would scrutinise the "
    "force\u2019s improvement plan at his monthly performance and resources meeting.")
doc.save(OUT)
print("wrote", OUT)
