"""oh08.docx: a local newspaper story on Norfolk's and Suffolk's PEEL efficiency 2017 reports, as sent to the
sub-editors (Word)."""
import os
from docx import Document
from docx.shared import Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "oh08.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(12)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "DISS EXPRESS \u2013 NEWS \u2013 copy for Thursday edition \u2013 Suffolk Constabulary rated outstanding"
sec.footer.paragraphs[0].text = "Filed by: Jenna Marsh, crime reporter. Words: 520"

doc.add_paragraph("SLUG: POLICE-INSPECTION / p5 lead")
doc.add_heading("A good result for Norfolk and Suffolk police in efficiency inspection", level=1)
p = doc.add_paragraph()
p.add_run("Both forces rated \u2018good\u2019 \u2013 and Norfolk picks up an \u2018outstanding\u2019").italic = True
paras = [
    "Police forces across the Diss Express area have been rated good for efficiency by the police watchdog.",
    "Norfolk Constabulary and Suffolk Constabulary were both assessed by Her Majesty\u2019s Inspectorate of "
    "Constabulary and Fire and Rescue Services (HMICFRS) as part of its 2017 PEEL efficiency inspection, the "
    "results of which were published today (Thursday).",
    "Inspectors said Norfolk was a good force overall and rated it outstanding for how well it understands the "
    "demand for its services, praising what the report called \u201cimpressive\u201d arrangements in the force\u2019s "
    "contact and control room.",
    "The force was judged good at using its resources and good at planning for the future.",
    "Suffolk was also rated good overall. The watchdog said it had a good understanding of less obvious demand, "
    "such as modern slavery, and close working with other forces and agencies that saved money and improved the "
    "service the public receives. It was rated good on all three questions.",
    "Both forces were also judged good for efficiency last year.",
    "The report recommended that Norfolk build on its work to identify leadership skills among police officers by "
    "extending it to police staff.",
]
for t in paras:
    doc.add_paragraph(t)
q = doc.add_paragraph()
q.add_run("\u201cThis is a very pleasing report at a time of real pressure on budgets and demand.\u201d").bold = True
doc.add_paragraph(
    "Norfolk\u2019s Chief Constable, Graham Whitlock, said: \u201cThe findings reflect the dedication of officers and staff "
    "who work tirelessly to keep Norfolk safe. This is a very pleasing report at a time of real pressure on budgets "
    "and demand.\u201d")
doc.add_paragraph(
    "Deputy Chief Constable Rebecca Stannard, of Suffolk Constabulary, said: \u201cWe have worked hard with Norfolk to "
    "share services and protect the front line, and it is good to see that recognised.\u201d")
doc.add_paragraph(
    "Tim Oakes, Norfolk\u2019s Police and Crime Commissioner, said the report was \u201cwelcome news for every "
    "taxpayer in the county\u201d.")
doc.add_paragraph(
    "Norfolk Fire and Rescue Service, which will be inspected for the first time next year, is not covered by the "
    "reports. Neighbouring Cambridgeshire Constabulary\u2019s report is expected later this month.")
doc.add_paragraph("ENDS")
doc.save(OUT)
print("wrote", OUT)
