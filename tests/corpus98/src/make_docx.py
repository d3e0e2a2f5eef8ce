"""Build docs/mr04.docx and docs/mr09.docx with python-docx (venv /tmp/mrvenv)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def mr04():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Office of the Kent Police and Crime Commissioner – Stakeholder Bulletin"
    d.add_paragraph("This is a Word copy of the email bulletin sent to partners on 23 March 2018. "
                    "View the online version at www.kent-pcc.gov.uk/bulletin.").runs[0].italic = True
    d.add_heading("Stakeholder Bulletin – March 2018", 0)
    d.add_paragraph("In this edition: the PEEL effectiveness report on Kent Police; the new Victim "
                    "Support Hub in Maidstone; and the Commissioner's consultation on the 2018/19 "
                    "Police and Crime Plan.")
    d.add_heading("Kent Police judged good at keeping people safe", 1)
    d.add_paragraph("On 22 March Her Majesty's Inspectorate of Constabulary and Fire & Rescue "
                    "Services (HMICFRS) published its PEEL effectiveness 2017 report on Kent Police. "
                    "The force was judged good overall, as it was in 2016, when HMIC also judged "
                    "its effectiveness to be good.")
    d.add_paragraph("The inspectors looked at four questions and graded each of them:")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "How effective is the force at…"
    t.rows[0].cells[1].text = "Judgement"
    for a, g in [("preventing crime, tackling anti-social behaviour and keeping people safe?", "Good"),
                 ("investigating crime and reducing re-offending?", "Good"),
                 ("protecting vulnerable people and supporting victims?", "Good"),
                 ("tackling serious and organised crime?", "Good")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, g
    d.add_paragraph("The force's specialist capabilities, such as armed policing, were reviewed but "
                    "not graded this year.")
    d.add_paragraph("HM Inspector of Constabulary Matthew Parr-Hollis wrote that Kent Police "
                    "\u201cunderstands the threats its communities face and is well prepared for "
                    "them\u201d. He raised one area for improvement:")
    d.add_paragraph("The force should improve the way it records and reviews the risk to missing "
                    "children, so that repeat episodes are recognised sooner.", style="Quote")
    p = d.add_paragraph()
    p.add_run("Force update: ").bold = True
    p.add_run("Kent Police has already added a repeat-missing flag to its missing persons system, "
              "and Assistant Chief Constable Nadia Okafor is leading a review with the county's "
              "children's services.")
    d.add_paragraph("Police and Crime Commissioner Rosalind Pargeter said: \u201cThis is a good "
                    "report and the people of Kent should take confidence from it. I will keep "
                    "asking the Chief Constable about missing children until I am satisfied.\u201d "
                    "Chief Constable Declan Moorcroft thanked officers and staff, and pointed to "
                    "the joint Serious Crime Directorate with Essex Police as one reason for the "
                    "organised crime grade.")
    d.add_heading("Victim Support Hub opens in Maidstone", 1)
    d.add_paragraph("The new hub brings together Victim Support, the witness care unit and "
                    "independent sexual violence advisers under one roof. Kent Fire and Rescue "
                    "Service has lent two meeting rooms while the building work is finished.")
    d.add_heading("Have your say on the Police and Crime Plan", 1)
    d.add_paragraph("The consultation closes on 30 April 2018. Please share the survey link with "
                    "your networks.")
    d.add_paragraph("You are receiving this bulletin as a partner of the Office of the Kent Police "
                    "and Crime Commissioner. To unsubscribe, reply with UNSUBSCRIBE in the subject "
                    "line.").runs[0].font.size = Pt(8)
    d.save(os.path.join(DOCS, "mr04.docx"))


def mr09():
    d = Document()
    d.sections[0].footer.paragraphs[0].text = "Staffordshire Commissioner's Office – Commissioner's Update"
    d.add_paragraph("Having trouble viewing this email? View it online.").runs[0].italic = True
    d.add_heading("Commissioner's Update – Issue 58, September 2022", 0)
    d.add_paragraph("Welcome to this month's update from the Staffordshire Commissioner's Office. "
                    "Inside: the PEEL report on Staffordshire Police, fire service news and the "
                    "Safer Streets fund.")
    d.add_heading("Inspection report: Staffordshire Police", 1)
    d.add_paragraph("HMICFRS has published its latest PEEL report on Staffordshire Police. It makes "
                    "difficult reading. Grades for the 2021/22 inspection are:")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Outstanding / Good", "Adequate", "Requires improvement / Inadequate"]):
        c.text = h
    r = t.add_row().cells
    r[0].text = "None"
    r[1].text = "Preventing crime\nTreatment of the public\nDeveloping a positive workplace"
    r[2].text = ("Requires improvement: Managing offenders; Good use of resources; Protecting "
                 "vulnerable people\nInadequate: Investigating crime; Responding to the public")
    d.add_paragraph("The inspectorate has raised a cause of concern about how the force "
                    "investigates crime:")
    d.add_paragraph("Staffordshire Police is not investigating crimes effectively, and too many "
                    "victims do not receive the service they should.", style="Quote")
    d.add_paragraph("To address this, HMICFRS recommends:")
    d.add_paragraph("Within three months, the force should make sure that every investigation has "
                    "a clear plan and is allocated to an officer with the right skills.",
                    style="List Number")
    d.add_paragraph("Within six months, the force should reduce the number of open investigations "
                    "that have had no supervisory review for more than 28 days.",
                    style="List Number")
    p = d.add_paragraph()
    p.add_run("Commissioner's comment: ").bold = True
    p.add_run("\u201cI have asked for a full improvement plan within a month and I will publish "
              "progress against it on my website,\u201d said Lionel Haughton, Staffordshire "
              "Commissioner for Police, Fire and Rescue and Crime.")
    p = d.add_paragraph()
    p.add_run("Force update: ").bold = True
    p.add_run("Chief Constable Priya Menon-Hart has set up an investigation standards unit, which "
              "has already reviewed 4,000 open cases against the first recommendation.")
    d.add_heading("Fire and rescue news", 1)
    d.add_paragraph("Staffordshire Fire and Rescue Service has again been rated good for "
                    "effectiveness by the same inspectorate, in a separate report.")
    d.add_heading("Safer Streets fund", 1)
    d.add_paragraph("Applications for round five open on 3 October.")
    d.add_paragraph("You have received this update because you subscribed on "
                    "staffordshire-pfcc.gov.uk. Unsubscribe | Manage preferences").runs[0].font.size = Pt(8)
    d.save(os.path.join(DOCS, "mr09.docx"))


if __name__ == "__main__":
    mr04()
    mr09()
