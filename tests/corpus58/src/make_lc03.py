"""lc03.docx: Devon and Cornwall Police temporary chief constable's letter to all staff."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lc03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL \u2013 for internal circulation"
sec.footer.paragraphs[0].text = "Office of the Chief Constable, Middlemoor, Exeter EX2 7HQ"

doc.add_paragraph("To: all officers, staff and volunteers")
doc.add_paragraph("From: the Chief Officer Group")
doc.add_paragraph("Date: 26 February 2025")
doc.add_paragraph("Subject: Our PEEL inspection report")

doc.add_paragraph("Dear colleagues,")
doc.add_paragraph(
    "This morning the inspectorate published its report on our force as part of its PEEL 2023\u201325 "
    "programme. I wanted you to hear about it from me before you read it in the papers or on social media, "
    "and I want to be honest with you about what it says.")
doc.add_paragraph(
    "There is a lot in the report to be proud of. We were graded good at preventing crime and antisocial "
    "behaviour, and good at disrupting serious and organised crime \u2013 a real tribute to our neighbourhood "
    "teams and to the officers who worked on Operation Tamar last year.")
doc.add_paragraph(
    "Our response to the public requires improvement. I know how hard our contact centre colleagues have "
    "worked, and this is still a step forward: in 2021/22 the same area was graded inadequate. But we are not "
    "yet where the public needs us to be. Investigating crime and leadership and force management also "
    "require improvement.")
doc.add_paragraph(
    "The other five areas were graded adequate: police powers and public treatment, protecting vulnerable "
    "people, managing offenders and suspects, building, supporting and protecting the workforce, and crime "
    "data integrity.")

doc.add_heading("The cause of concern", level=2)
doc.add_paragraph(
    "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has raised one cause "
    "of concern. I am quoting it in full because I want everyone to understand it:")
doc.add_paragraph(
    "The force isn\u2019t answering emergency and non-emergency calls quickly enough, and it doesn\u2019t always "
    "assess the risk to callers properly when it is busy. This means vulnerable people may not get the "
    "response they need.", style="Intense Quote")
doc.add_paragraph("The inspectorate made two recommendations to us:")
doc.add_paragraph(
    "Within six months, the force should make sure it has enough trained call handlers on duty to meet "
    "national call-answering standards at its busiest times.", style="List Number")
labelled(doc, "What we are doing:",
         "Forty-two new call handlers start their training in March, and we have changed shift patterns in "
         "both contact centres from 1 April.")
doc.add_paragraph(
    "Within six months, the force should make sure that call handlers use THRIVE to assess every call and "
    "that supervisors review the risk assessment for any call waiting more than an hour.", style="List Number")
labelled(doc, "What we are doing:",
         "A new dashboard flags any call waiting more than 45 minutes to the contact centre inspector.")

doc.add_heading("Investigations", level=2)
doc.add_paragraph(
    "Of the areas for improvement, the one I want every supervisor to read is this:")
doc.add_paragraph(
    "The force should make sure supervisors review investigations regularly and record clear directions "
    "for the investigating officer.", style="Quote")
labelled(doc, "What we are doing:",
         "Deputy Chief Constable Keren Polglase will chair a monthly investigation standards board from April, "
         "and Assistant Chief Constable Marcus Yeo is leading a review of the crime allocation policy.")

doc.add_heading("Looking after each other", level=2)
doc.add_paragraph(
    "I know a report like this can feel personal. In our staff survey last autumn 71% of you rated our "
    "occupational health service as good or excellent; please use it, and use the TRiM and peer support "
    "networks too. Wellbeing drop-in sessions run at Middlemoor on 5 March and at Bodmin on 12 March.")
doc.add_paragraph(
    "Colleagues in Devon and Somerset Fire and Rescue Service were inspected last year, and we will be "
    "working with them and with the Police and Crime Commissioner on a joint plan for the next twelve months.")
doc.add_paragraph("Thank you for everything you do.")
doc.add_paragraph("With best wishes,")
doc.add_paragraph("Jonah Trevithick")
doc.add_paragraph("Temporary Chief Constable, Devon and Cornwall Police")
doc.save(OUT)
print("wrote", OUT)
