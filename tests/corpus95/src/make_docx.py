"""Write docs/mo07.docx (FOI disclosure) and docs/mo08.docx (panel appendix). python-docx."""
import os
from docx import Document
from docx.shared import Pt
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
LONG = {PPT: "Police powers and public treatment", PREV: "Preventing crime", RESP: "Responding to the public",
        INV: "Investigating crime", PVP: "Protecting vulnerable people", MOS: "Managing offenders",
        WORK: "Building, supporting and protecting the workforce", LFM: "Leadership and force management"}


def mo07():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL"
    d.add_paragraph("Lancashire Constabulary\nInformation Access Team\nPolice Headquarters, Hutton, Preston")
    d.add_paragraph("Date: 14 August 2019\nOur reference: LC-2019-1187")
    d.add_heading("Freedom of Information Act 2000 – response to your request", level=1)
    d.add_paragraph("Thank you for your request, received on 18 July 2019. You asked:")
    q = d.add_paragraph("“Please provide the grades Lancashire Constabulary has been given in each PEEL "
                        "inspection since they began, broken down by effectiveness, efficiency, legitimacy and "
                        "leadership, in a spreadsheet if possible.”")
    q.style = "Quote"
    d.add_paragraph("Lancashire Constabulary holds this information. Although the grades are published on the "
                    "inspectorate’s website, we have set them out below for ease, as permitted under section 16 "
                    "(advice and assistance). We were unable to supply a spreadsheet, so the figures are given "
                    "as a table.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["PEEL year", "Effectiveness", "Efficiency", "Legitimacy", "Leadership"]):
        c.text = h
    leader = {"2014": "–", "2015": "Not graded", "2016": "Not graded", "2017": "Not graded", "2018/19": "n/a"}
    for y, (eff, effic, leg) in MO07.items():
        cells = t.add_row().cells
        cells[0].text = y
        cells[1].text = eff or "No overall grade*"
        cells[2].text = effic
        cells[3].text = leg or "Not assessed"
        cells[4].text = leader[y]
    d.add_paragraph("* In 2014 some effectiveness questions were graded but no overall effectiveness grade was given.")
    d.add_paragraph("Please note the following:")
    for b in [
        "Inspections up to and including 2016 were carried out by HMIC. In July 2017 HMIC took on the "
        "inspection of fire and rescue services and became HMICFRS, which carried out the 2017 and 2018/19 "
        "inspections.",
        "From 2018/19 HMICFRS published one integrated PEEL report for each force. The three grades shown "
        "for 2018/19 are the pillar grades given in that report.",
        "Lancashire Fire and Rescue Service is a separate organisation. Its own inspection grades are not "
        "held by the Constabulary.",
        "The inspectorate also carried out a crime data integrity inspection of the force in 2018. It is "
        "not part of PEEL and is not included above.",
    ]:
        d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("If you are unhappy with the way your request has been handled you may ask for an internal "
                    "review within 40 working days. If you remain dissatisfied you can complain to the "
                    "Information Commissioner’s Office.")
    d.add_paragraph("Yours sincerely,\nDisclosure Officer, Information Access Team")
    d.save(os.path.join(DOCS, "mo07.docx"))


def mo08():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "Derbyshire Police and Crime Panel – 12 June 2025"
    d.add_paragraph("Agenda item 7 – Appendix B")
    d.add_heading("HMICFRS PEEL 2023–25: grades and areas for improvement", level=1)
    d.add_paragraph("This appendix was prepared by the Office of the Police and Crime Commissioner for the "
                    "Panel’s scrutiny of the PEEL report on Derbyshire Constabulary. Police and Crime "
                    "Commissioner Nicola Rushworth will present it with Chief Constable Daniel Hargreaves. "
                    "The grades of Nottinghamshire Police, the force most similar to Derbyshire, are shown "
                    "for comparison, as members asked at the March meeting.")
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    a = t.cell(0, 1).merge(t.cell(0, 2))
    t.cell(0, 0).text = "Area"
    a.text = "PEEL 2023–25 grade"
    t.cell(1, 0).text = ""
    t.cell(1, 1).text = "Derbyshire"
    t.cell(1, 2).text = "Nottinghamshire"
    for k in AREAS2325:
        cells = t.add_row().cells
        cells[0].text = LONG[k]
        cells[1].text = P2325["Derbyshire Constabulary"][k]
        cells[2].text = P2325["Nottinghamshire Police"][k]
    d.add_paragraph("Source: HMICFRS force reports. Neither force was given a cause of concern. Derbyshire Fire "
                    "and Rescue Service, inspected separately, is not covered by this appendix.")
    d.add_heading("Areas for improvement and the force’s update", level=2)
    t2 = d.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["No.", "Area", "Area for improvement", "Force update (May 2025)"]):
        c.text = h
    afis = [
        ("1", "Investigating crime",
         "The force should make sure that supervisors review investigations at regular intervals, and that each review sets clear actions for the investigating officer.",
         "A new supervisory review standard came into force in April 2025. Compliance is checked monthly by the Detective Chief Superintendent."),
        ("2", "Protecting vulnerable people",
         "The force should improve how quickly it completes risk assessments for victims of domestic abuse who report by telephone or online.",
         "Risk assessments are now completed at the point of call for 87 per cent of reports, against a target of 95 per cent."),
        ("3", "Responding to the public",
         "The force should reduce the time that callers wait for their non-emergency calls to be answered.",
         "To be reported at the September meeting."),
    ]
    for row in afis:
        for c, v in zip(t2.add_row().cells, row):
            c.text = v
    d.add_paragraph("The report also noted good practice in the force’s neighbourhood problem-solving work. The "
                    "Panel is asked to note the grades and to agree the next update date.")
    d.save(os.path.join(DOCS, "mo08.docx"))


if __name__ == "__main__":
    mo07(); mo08()
