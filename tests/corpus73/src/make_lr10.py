"""lr10.docx: an analyst pasted the summary pages of HMICFRS's 'PEEL: Police efficiency 2017 -
An inspection of Hertfordshire Constabulary' into a Word briefing. python-docx; run from src/."""
from docx import Document
from docx.shared import Pt
from docxutil import labelled

doc = Document()
doc.sections[0].header.paragraphs[0].text = "OFFICIAL – for the Joint Audit Committee"
doc.sections[0].footer.paragraphs[0].text = "Hertfordshire OPCC – performance team"

doc.add_heading("Briefing: HMICFRS efficiency inspection 2017", level=1)
labelled(doc, "Prepared by:", "Amira Colston, Performance Analyst")
labelled(doc, "Date:", "16 November 2017")
doc.add_paragraph(
    "The text below is pasted from the report published on 9 November 2017 (pages 3 to 9). Headings are "
    "as in the report. I have left out the force-in-numbers charts.")

doc.add_heading("PEEL: Police efficiency 2017", level=2)
doc.add_paragraph("An inspection of Hertfordshire Constabulary")
doc.add_paragraph("November 2017")
doc.add_paragraph("© HMICFRS 2017")

doc.add_heading("Overall judgment", level=3)
p = doc.add_paragraph()
p.add_run("Good").bold = True
doc.add_paragraph(
    "Hertfordshire Constabulary has been assessed as good in the efficiency with which it keeps people safe and "
    "reduces crime. Our overall judgment is the same as last year. In 2016, we judged the constabulary to be good. "
    "The constabulary has a good understanding of the demand for its services, and it shares many of its support "
    "functions with Bedfordshire Police and Cambridgeshire Constabulary through a three-force collaboration.")

doc.add_heading("Summary", level=3)
doc.add_paragraph("How well does the force understand demand?")
doc.add_paragraph("Good").runs[0].bold = True
doc.add_paragraph(
    "The constabulary uses a range of data to understand current demand, including demand that is less likely "
    "to be reported, such as modern slavery.")
doc.add_paragraph("Areas for improvement")
doc.add_paragraph(
    "The constabulary should develop its understanding of how the demand on its partner organisations may "
    "change, and what effect this will have on demand for police services.", style="List Bullet")

doc.add_paragraph("How well does the force use its resources?")
doc.add_paragraph("Good").runs[0].bold = True
doc.add_paragraph(
    "The constabulary has a good understanding of the skills of its officers, but less so of its police staff.")
doc.add_paragraph("Areas for improvement")
doc.add_paragraph(
    "The constabulary should carry out a skills audit of its whole workforce, including police staff and "
    "volunteers, so that it can identify gaps in capability.", style="List Bullet")
doc.add_paragraph(
    "The constabulary should make sure that its investment in mobile technology produces the savings in "
    "officer time that it expects, and should measure the benefits.", style="List Bullet")

doc.add_paragraph("How well is the force planning for the future?")
doc.add_paragraph("Requires improvement").runs[0].bold = True
doc.add_paragraph(
    "The constabulary's plans for the future are not yet based on a full assessment of likely demand. "
    "It should do more to identify how it will meet the savings required in 2019/20 and 2020/21.")
doc.add_paragraph("Areas for improvement")
doc.add_paragraph(
    "The constabulary should develop a medium-term financial plan that sets out clearly how future savings "
    "will be achieved, and link it to its workforce plan.", style="List Bullet")

doc.add_heading("Force response (added by the OPCC)", level=3)
doc.add_paragraph(
    "The Chief Constable, Darren Whitcombe, has accepted all four areas for improvement, and the force will "
    "report its progress on the areas for improvement to the Joint Audit Committee each quarter. The Police "
    "and Crime Commissioner, Lionel Faraday, will monitor this through his Strategic Executive Board.")
doc.add_paragraph(
    "Note: the grading key in the report lists four grades: outstanding, good, requires improvement and inadequate.")

doc.save("../docs/lr10.docx")
print("wrote ../docs/lr10.docx")
