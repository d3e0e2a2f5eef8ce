"""ls04.docx: PCC & Force Response to HMIC PEEL Efficiency 2016, Leicestershire Police
(python-docx). Run from src/: python make_ls04.py"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docxutil import shade, set_cell

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL – Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland"
fp = sec.footer.paragraphs[0]
fp.text = "OPCC LLR – Response to HMIC PEEL Efficiency 2016 – Page 1"

t = doc.add_paragraph()
r = t.add_run("PCC & Force Response to HMIC PEEL: Police Efficiency 2016")
r.bold = True
r.font.size = Pt(16)
r.font.color.rgb = RGBColor(0x00, 0x3A, 0x70)
doc.add_paragraph("Leicestershire Police – report published 3 November 2016")

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "HMIC's efficiency inspection asks how well a force understands the demand on its "
    "services, how well it uses its resources to meet that demand, and how well it is "
    "planning for the demand it expects in future. This paper sets out the Chief "
    "Constable's response to the 2016 report on Leicestershire Police, and the comments "
    "of the Police and Crime Commissioner, as required by section 55 of the Police Act 1996.")
doc.add_paragraph(
    "The Police and Crime Commissioner, Alastair Pennock, asked Chief Constable Karen "
    "Oduya for her response on 7 November 2016. It was received on 21 November and "
    "considered at the Strategic Assurance Board on 6 December.")

doc.add_heading("2. Summary of the judgements", level=2)
doc.add_paragraph("HMIC reached the following judgements:")
tbl = doc.add_table(rows=1, cols=2)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
set_cell(hdr[0], "Question", bold=True)
set_cell(hdr[1], "Judgement", bold=True)
shade(hdr[0], "D9E2F3")
shade(hdr[1], "D9E2F3")
for q, g in [
    ("How efficient is the force at keeping people safe and reducing crime? (overall)", "Good"),
    ("How well does the force understand demand?", "Good"),
    ("How well does the force use its resources?", "Good"),
    ("How well is the force planning for demand in the future?", "Requires improvement"),
]:
    cells = tbl.add_row().cells
    set_cell(cells[0], q)
    set_cell(cells[1], g)
doc.add_paragraph(
    "The overall judgement is unchanged from 2015, when the force was also judged to be "
    "good. HMIC's separate leadership report on the force, published the following month, "
    "carries no graded judgement.")

doc.add_heading("3. Areas for improvement", level=2)
doc.add_paragraph(
    "The report identifies three areas for improvement, all under the third question. The "
    "force response and the PCC's comment are given against each.")
tbl = doc.add_table(rows=1, cols=4)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
for c, txt in zip(hdr, ["No.", "Area for improvement", "Force response", "PCC comment"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9E2F3")
rows = [
    ("1",
     "The force should develop its workforce plan so that it sets out the skills and "
     "capabilities it will need over the next five years and how it will acquire them.",
     "A strategic workforce plan covering 2017 to 2022 is being drafted by the People "
     "Directorate under ACC Paula Grieve and will go to the Chief Officer Team in February "
     "2017.",
     "Welcome. The PCC will ask to see the plan before it is adopted."),
    ("2",
     "The force should make sure its savings plans are supported by a clear understanding "
     "of how changes to its operating model will affect the service to the public.",
     "The Blueprint 2020 programme board now requires an assessment of the effect on the "
     "public for every change proposal, and the first of these were presented in "
     "December.",
     "The PCC is content with this approach."),
    ("3",
     "The force should work with its partners in the East Midlands to identify further "
     "opportunities for collaboration that would reduce cost or improve resilience.",
     "–",
     "The region's chief constables and PCCs are meeting in January 2017; the PCC will "
     "report the outcome."),
]
for row in rows:
    cells = tbl.add_row().cells
    for c, txt in zip(cells, row):
        set_cell(c, txt)

doc.add_heading("4. Collaboration", level=2)
doc.add_paragraph(
    "Leicestershire Police already shares major crime, forensic and serious organised crime "
    "capabilities with Nottinghamshire Police, Derbyshire Constabulary, Lincolnshire Police "
    "and Northamptonshire Police through the East Midlands Special Operations Unit. HMIC "
    "described the legal services collaboration with Northamptonshire as good practice.")

doc.add_heading("5. Commissioner's conclusion", level=2)
doc.add_paragraph(
    "I am pleased that HMIC has recognised once again that Leicestershire Police is a good, "
    "efficient force that understands its demand and uses its resources well. I share the "
    "inspectorate's view that the force must now plan further ahead, and I will hold the "
    "Chief Constable to account for the workforce plan in particular.")
p = doc.add_paragraph()
p.add_run("Alastair Pennock").bold = True
p.add_run("\nPolice and Crime Commissioner for Leicester, Leicestershire and Rutland\n12 December 2016")

doc.save("../docs/ls04.docx")
print("wrote ls04.docx")
