"""ld03.docx: PEEL: Police legitimacy 2017 (including leadership) – South Wales Police."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, page_field

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "ld03.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "PEEL: Police legitimacy 2017 – South Wales Police"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_field(fp)

doc.add_paragraph("HMICFRS – Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
doc.add_heading("PEEL: Police legitimacy 2017", level=0)
doc.add_paragraph("An inspection of South Wales Police", style="Subtitle")
doc.add_paragraph("December 2017")
doc.add_paragraph("© HMICFRS 2017. ISBN: 978-1-78655-540-9")

doc.add_heading("Contents", level=1)
for line in ["Introduction", "Force in numbers", "Overview – How legitimate is the force at keeping people safe and reducing crime?",
             "To what extent does the force treat all of the people it serves with fairness and respect?",
             "How well does the force ensure that its workforce behaves ethically and lawfully?",
             "To what extent does the force treat its workforce with fairness and respect?",
             "Leadership", "Next steps", "Annex A – About the data"]:
    doc.add_paragraph(line, style="List Number")

doc.add_heading("Introduction", level=1)
doc.add_paragraph(
    "As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), "
    "HM Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses the legitimacy of "
    "police forces across England and Wales. A police force is legitimate when the public it serves "
    "consents to being policed, and when its officers and staff treat people fairly and respectfully.")
doc.add_paragraph(
    "This year we also inspected leadership in every force. Our findings on leadership are set out in a "
    "separate chapter of this report. We do not give leadership a graded judgement; instead our "
    "observations inform the graded judgements we make elsewhere in PEEL.")
doc.add_paragraph(
    "Each of the three questions in this report, and the force overall, is graded as outstanding, good, "
    "requires improvement or inadequate. Our judgement criteria are published in the inspection "
    "methodology on our website.")

doc.add_heading("Force in numbers", level=1)
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["Measure", "South Wales Police", "England and Wales"]):
    set_cell(c, txt, bold=True)
    shade(c, "DCE6F0")
for row in [("Complaints per 1,000 workforce, 12 months to 31 March 2017", "211", "239"),
            ("Stop and search per 1,000 population, 12 months to 31 March 2017", "4.1", "5.8"),
            ("Public who agree the force treats people fairly (survey, 2017)", "62%", "58%"),
            ("Workforce who are Black, Asian and minority ethnic", "1.9%", "5.4%")]:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        set_cell(c, txt)

doc.add_heading("Overview – How legitimate is the force at keeping people safe and reducing crime?", level=1)
p = doc.add_paragraph()
p.add_run("Overall judgement: ").bold = True
p.add_run("Good")
doc.add_paragraph(
    "South Wales Police is judged to be good at treating the public and its workforce legitimately. "
    "This is the same overall grade as we gave the force in 2016. Its officers and staff understand the "
    "importance of treating people with fairness and respect, and the force seeks out the views of the "
    "communities of Cardiff, Swansea and the valleys in a structured way.")
doc.add_paragraph(
    "The force is good at ensuring that its workforce behaves ethically and lawfully. Its vetting "
    "backlog has fallen, and its counter-corruption unit is well resourced. The force is also good at "
    "treating its workforce with fairness and respect, and its wellbeing programme is among the most "
    "developed that we saw in Wales.")

doc.add_heading("To what extent does the force treat all of the people it serves with fairness and respect?", level=1)
doc.add_paragraph("South Wales Police is good at treating all of the people it serves with fairness and respect.", style="Intense Quote")
doc.add_paragraph(
    "The force has worked hard to understand how the public perceive it. Its independent advisory "
    "groups include young people, and the force has used them to review its use of stop and search and "
    "of Taser. Body-worn video is issued to every response officer, and footage is routinely reviewed "
    "by supervisors. We found good practice in the way the force publishes its use of force data by "
    "neighbourhood on its website.")
doc.add_paragraph(
    "The force has an adequate process for scrutinising the records of stop and search encounters, but "
    "we found that in a fifth of the records we reviewed the grounds were not recorded in enough detail "
    "for us to judge that they were reasonable.")
doc.add_heading("Area for improvement", level=2)
doc.add_paragraph(
    "The force should ensure that supervisors check that the grounds for every stop and search are "
    "recorded in sufficient detail to show that the search was reasonable.", style="List Bullet")

doc.add_heading("How well does the force ensure that its workforce behaves ethically and lawfully?", level=1)
doc.add_paragraph("South Wales Police is good at ensuring that its workforce behaves ethically and lawfully.", style="Intense Quote")
doc.add_paragraph(
    "In 2016 we judged the force to be good at ensuring its workforce behaves ethically and lawfully, "
    "and it has maintained this standard. Leaders reinforce the Code of Ethics in briefings and in the "
    "force's performance framework. The force's ethics committee, which it runs jointly with Gwent "
    "Police, considers dilemmas raised by staff and publishes its conclusions on the intranet.")
doc.add_paragraph(
    "The force has made progress in vetting. In 2016 more than 1,200 of its officers and staff had not "
    "been vetted to the current standard; that number has now fallen below 300. The counter-corruption "
    "unit has an adequate number of trained investigators, and it works with local charities to "
    "identify officers who may abuse their position for a sexual purpose.")
doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph(
    "The force should complete its review of the vetting status of all officers and staff, in line with "
    "the national vetting guidelines, by the end of 2018.", style="List Bullet")
doc.add_paragraph(
    "The force should make sure it has the capability to monitor all of its computer systems, so that "
    "it can identify data breaches and protect the information it holds.", style="List Bullet")

doc.add_heading("To what extent does the force treat its workforce with fairness and respect?", level=1)
doc.add_paragraph("South Wales Police is good at treating its workforce with fairness and respect.", style="Intense Quote")
doc.add_paragraph(
    "The force listens to its workforce through regular surveys and a staff forum chaired by the deputy "
    "chief constable. Staff told us that they had seen changes as a result, such as new rest areas and "
    "more flexible shift patterns. Occupational health provision is good, and the force has trained "
    "more than 200 wellbeing champions.")
doc.add_paragraph(
    "The force's approach to managing individual performance is less developed. Officers told us that "
    "annual development reviews were often a formality and did not help them to progress.")
doc.add_heading("Area for improvement", level=2)
doc.add_paragraph(
    "The force should ensure that its performance development reviews are meaningful and that "
    "supervisors are trained to carry them out fairly and consistently.", style="List Bullet")

doc.add_heading("Leadership", level=1)
doc.add_paragraph(
    "This chapter sets out our observations on leadership in South Wales Police. Leadership was not "
    "graded in 2017.")
doc.add_heading("How well does the force understand leadership?", level=2)
doc.add_paragraph(
    "The force has a good understanding of the leadership skills it has and of those it needs. It has "
    "mapped the leadership capabilities of its inspectors and chief inspectors against the College of "
    "Policing's competency framework, and it has used this work to design a leadership programme that "
    "all newly promoted sergeants attend.")
doc.add_heading("How well does the force develop leadership?", level=2)
doc.add_paragraph(
    "Development opportunities are good, and the force works with Dyfed-Powys Police and Gwent Police on "
    "a joint programme for senior leaders. However, some officers from under-represented groups told us "
    "that they did not feel encouraged to apply for promotion.")
doc.add_heading("How well does the force display leadership?", level=2)
doc.add_paragraph(
    "Leaders at all levels display the values the force expects. The chief officer team is visible and "
    "approachable. We saw outstanding examples of leadership during the force's response to major "
    "events in Cardiff this year.")

doc.add_heading("Next steps", level=1)
doc.add_paragraph(
    "We will assess progress on any areas for improvement identified within our reports in several "
    "ways. We either revisit those forces where we have identified a serious cause of concern, go back "
    "to assess them as part of our annual PEEL inspection programme, or receive updates on their "
    "progress through regular conversations with forces.")

doc.add_heading("Annex A – About the data", level=1)
doc.add_paragraph(
    "The source of the data is presented with each figure in the report. The public survey was carried "
    "out by an independent polling company; results for smaller forces, such as Dyfed-Powys Police, are "
    "based on samples of around 400 people and should be interpreted with care.")

doc.add_paragraph("Catrin Woodall")
doc.add_paragraph("HM Inspector of Constabulary")
doc.save(OUT)
print("wrote", OUT)
