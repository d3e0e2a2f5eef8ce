"""kn09.docx: Humberside PCC and CC Force Inspection response record, PEEL 2018/19 (Word form)."""
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled, page_number_footer

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Humberside Police and Crime Commissioner – Inspection responses"
page_number_footer(sec, "")

doc.add_heading("PCC and CC Force Inspection response record", level=1)
doc.add_paragraph("Version: 2.0    Date completed: 21 October 2019")
fields = [
    ("Force", "Humberside"),
    ("Police and Crime Commissioner", "Jonathan Evison"),
    ("Chief Constable", "Temporary Chief Constable Colin Brough"),
    ("Title of inspection", "PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – "
                            "An inspection of Humberside Police"),
    ("Inspectorate", "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services"),
    ("Inspection lead", "Dame Harriet Welwick DBE QPM, Her Majesty's Inspector of Constabulary"),
    ("Date published", "27 September 2019"),
    ("Grade", "Good"),
]
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for k, v in fields:
    r = t.add_row()
    set_cell(r.cells[0], k, bold=True)
    shade(r.cells[0], "DEEAF6")
    set_cell(r.cells[1], v)

doc.add_heading("Summary of inspection", level=2)
doc.add_paragraph(
    "The inspectorate found a force that has improved markedly. It is now good at keeping "
    "people safe and reducing crime, and it treats the public and its workforce fairly. In "
    "2017 HMICFRS had judged the force to require improvement in the efficiency of its "
    "services; this inspection found that it now understands its demand well and plans "
    "its finances soundly.")

doc.add_heading("PCC statement", level=2)
doc.add_paragraph(
    "I welcome this report, which reflects the hard work of officers and staff across "
    "Hull, the East Riding, North Lincolnshire and North East Lincolnshire. I thank the former "
    "Chief Constable, Justin Hessle, who left the force in June 2019 to join the National "
    "Police Chiefs' Council, for the foundations he laid, and Temporary Chief Constable Colin "
    "Brough for maintaining the momentum. I will monitor the areas for improvement below "
    "through my Police and Crime Panel reports and my quarterly accountability meetings.")
doc.add_paragraph("Jonathan Evison\nPolice and Crime Commissioner for Humberside")

doc.add_heading("Areas for improvement", level=2)
afis = [
    ("EFFECTIVENESS", "Investigating crime",
     "The force should ensure that all investigations are allocated to staff with the right "
     "skills and are supervised effectively.",
     "A crime allocation policy was introduced in August 2019. Supervisors now record a review "
     "of each investigation within seven days; compliance is checked at the monthly "
     "performance meeting chaired by the Assistant Chief Constable."),
    ("EFFECTIVENESS", "Protecting vulnerable people",
     "The force should improve its understanding of the nature and scale of hidden crimes, "
     "including modern slavery and honour-based abuse.",
     "A problem profile on modern slavery was completed in September 2019 and shared with the "
     "four local authorities. A profile on honour-based abuse is due in December."),
    ("EFFICIENCY", "Planning for the future",
     "The force should develop a more detailed understanding of the skills of its workforce, "
     "so that it can plan to meet future demand.",
     None),
    ("LEGITIMACY", "Ensuring the workforce behaves ethically and lawfully",
     "The force should ensure that it complies with national guidance on vetting, including "
     "reviewing the vetting of all officers and staff within the required timescales.",
     "Two additional vetting officers were recruited in July 2019. The backlog of renewals "
     "has fallen from 412 to 96 and is expected to clear by March 2020."),
]
for pillar, heading, text, update in afis:
    p = doc.add_paragraph()
    p.add_run(pillar + "  ").bold = True
    p.add_run(heading).bold = True
    doc.add_paragraph(text, style="List Bullet")
    if update:
        labelled(doc, "Force Update:", update)

doc.add_heading("Sign-off", level=2)
s = doc.add_table(rows=2, cols=2)
s.style = "Table Grid"
set_cell(s.rows[0].cells[0], "Signed (PCC)", bold=True)
set_cell(s.rows[0].cells[1], "J. Evison")
set_cell(s.rows[1].cells[0], "Signed (Chief Constable)", bold=True)
set_cell(s.rows[1].cells[1], "C. Brough (T/CC)")
doc.add_paragraph(
    "Published in accordance with section 55 of the Police Act 1996. Any queries should be "
    "addressed to the Office of the Police and Crime Commissioner, Willerby.")
doc.save("../docs/kn09.docx")
print("wrote kn09.docx")
