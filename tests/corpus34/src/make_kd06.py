"""kd06.docx: Northumbria PCC and CC force inspection response record, PEEL legitimacy 2017."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import header_text, labelled, page_number_footer, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kd06.docx")
doc = Document()
sec = doc.sections[0]
header_text(sec, "Northumbria Police and Crime Commissioner – Inspection response record")
page_number_footer(sec, prefix="")

doc.add_heading("PCC and CC Force Inspection Response", 0)

meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
for k, v in (
    ("Inspection", "PEEL: Police legitimacy 2017"),
    ("Force", "Northumbria Police"),
    ("Inspectorate", "HMICFRS"),
    ("Date published", "12 December 2017"),
    ("Response due", "9 February 2018"),
    ("Grade", "Good"),
):
    cells = meta.add_row().cells
    cells[0].text = k
    cells[1].text = v
    shade(cells[0], "E7E6E6")

doc.add_heading("Summary", 1)
doc.add_paragraph(
    "The force was rated good for legitimacy overall, as it was in 2016. Inspectors found that it "
    "treats the people it serves with fairness and respect, and graded that question good.")
doc.add_paragraph(
    "The force’s work to ensure its workforce behaves ethically and lawfully falls short of good: "
    "HMICFRS judged that it requires improvement, mainly because of a backlog in vetting.")
doc.add_paragraph(
    "Its treatment of its own workforce no longer requires improvement. Inspectors judged it good "
    "this year, recognising the new grievance procedure and the well-being programme.")

doc.add_heading("Statement of the Police and Crime Commissioner", 1)
doc.add_paragraph(
    "I am pleased that the inspectorate has recognised the good progress the force has made on "
    "well-being. The vetting backlog is a matter I have raised with the Chief Constable at every "
    "quarterly accountability meeting this year, and I will continue to do so until it is cleared. "
    "The force would require improvement overall if the backlog were allowed to grow again.")
doc.add_paragraph("Kathryn Ellerby-Nash, Police and Crime Commissioner for Northumbria")

doc.add_heading("Statement of the Chief Constable", 1)
doc.add_paragraph(
    "We accept the findings in full. The vetting unit has been doubled in size and will be cleared "
    "of its outstanding renewals by the summer. Our collaboration with Durham Constabulary on "
    "counter-corruption intelligence is now formalised.")
doc.add_paragraph("Chief Constable Warrick Oduya")

doc.add_heading("Areas for improvement", 1)
doc.add_heading("Treating the public fairly", 2)
doc.add_paragraph(
    "The force should improve how it records the reasonable grounds for stop and search, so that "
    "supervisors can check that each search was justified.", style="List Bullet")
labelled(doc, "Force Update: ",
         "A new stop and search form went live in January 2018. Supervisors dip-sample ten records "
         "a month and the results are reported to the legitimacy board.")
doc.add_heading("Ethical and lawful workforce behaviour", 2)
doc.add_paragraph(
    "It is recommended that the force makes sure all its staff have the appropriate level of "
    "vetting clearance for their posts.", style="List Bullet")
labelled(doc, "Force Update: ",
         "There were 1,140 outstanding vetting renewals in October 2017 and 610 in January 2018. "
         "The target date for clearing them is 31 July 2018.")
doc.add_paragraph(
    "The force should ensure that its counter-corruption unit has enough capacity to seek "
    "intelligence proactively, including about officers who abuse their position for a sexual "
    "purpose.", style="List Bullet")
doc.add_heading("Treating the workforce fairly", 2)
doc.add_paragraph(
    "We expect the force to give line managers better training in carrying out "
    "performance reviews.", style="List Bullet")
labelled(doc, "Force Update: ",
         "Training for sergeants and inspectors started in March 2018.")
doc.save(OUT)
print("wrote", OUT)
