"""s10.docx: letter from an HM Inspector to a chief constable and a PCC after PEEL 2023-25 (Warwickshire)."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxutil import set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "s10.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.footer.paragraphs[0].text = "OFFICIAL – HMICFRS, 4th Floor, Sentinel House, 10 Mayfield Road, Birmingham B3 2JP"

# Letterhead and references, as a borderless two-column table
t = doc.add_table(rows=1, cols=2)
left = ("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services\n"
        "Rowan Tattersall\nHis Majesty's Inspector of Constabulary")
right = "Email: rowan.tattersall@hmicfrs.example.gov.uk\nOur ref: PEEL/2325/WAR\nDate: 17 June 2025"
set_cell(t.cell(0, 0), left, bold=True)
set_cell(t.cell(0, 1), right)

doc.add_paragraph("")
for line in ["Chief Constable Imogen Sallis", "Warwickshire Police", "Leek Wootton", "Warwick CV35 7QA"]:
    doc.add_paragraph(line)
doc.add_paragraph("")
for line in ["Philip Denholm", "Police and Crime Commissioner for Warwickshire", "3 Northgate Street",
             "Warwick CV34 4SP"]:
    doc.add_paragraph(line)
doc.add_paragraph("")
doc.add_paragraph("Dear Chief Constable and Commissioner,")
p = doc.add_paragraph()
p.add_run("PEEL 2023–25: inspection of Warwickshire Police").bold = True

doc.add_paragraph("I am writing to give you the findings of our PEEL inspection of Warwickshire Police, which "
                  "we carried out in February and March 2025. Our full report will be published on our "
                  "website on 3 July 2025; this letter is sent in advance so that you can prepare.")
doc.add_paragraph("I am pleased to tell you that the force is good at preventing crime, good at responding to "
                  "the public, and good at building, supporting and protecting its workforce. It is adequate "
                  "in three areas: police powers and public treatment, protecting vulnerable people, and "
                  "managing offenders and suspects.")
doc.add_paragraph("The force requires improvement in two areas. The first is investigating crime, where we "
                  "graded the force as requires improvement in 2021/22 as well. The second is leadership and "
                  "force management: since the end of the strategic alliance with West Mercia Police, the force "
                  "has not yet built the capacity it needs in some support functions, and its workforce "
                  "planning has fallen behind.")
doc.add_paragraph("We do not grade the service the force gives to victims of crime, but our findings on it are "
                  "set out in the report.")
doc.add_paragraph("In the report I have identified the following areas for improvement:")
afis = [
    "Police powers and public treatment – The force should make sure that its officers understand and "
    "record the grounds for a stop and search in every case.",
    "Investigating crime – The force should make sure that it reviews investigations that are awaiting a "
    "charging decision, so that suspects are not left on bail for long periods.",
    "Protecting vulnerable people – The force should improve the way it manages the risks posed by people "
    "who are subject to stalking protection orders.",
    "Leadership and force management – The force should make sure that its workforce plan is based on a "
    "realistic assessment of the skills it will need over the next three years.",
]
for n, a in enumerate(afis, start=1):
    doc.add_paragraph("%d.\t%s" % (n, a))

doc.add_paragraph("I also have a cause of concern about investigations:")
q = doc.add_paragraph(style="Intense Quote")
q.add_run("Warwickshire Police is not giving victims of crime a consistently good service. Too many "
          "investigations are closed before all reasonable lines of enquiry have been followed, and victims "
          "are not always told why.")
doc.add_paragraph("To address it, I recommend that:")
q = doc.add_paragraph(style="Intense Quote")
q.add_run("Within six months, the force should introduce a process to review a sample of closed "
          "investigations each month, and make sure that what it learns is shared with investigators.")
doc.add_paragraph("I have no other causes of concern, and I am not recommending that the force be placed in "
                  "our enhanced monitoring process. I would ask you to publish your response to the report, as "
                  "section 55 of the Police Act 1996 requires, within 56 days of its publication.")
doc.add_paragraph("I would be happy to discuss these findings with you both. My staff officer will contact "
                  "your offices to arrange a meeting.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("")
doc.add_paragraph("Rowan Tattersall")
doc.add_paragraph("His Majesty's Inspector of Constabulary")
doc.add_paragraph("")
p = doc.add_paragraph()
p.add_run("cc: ").bold = True
for line in ["Assistant Chief Constable Grant Oduya, Warwickshire Police",
             "Polly Arkwright, Chief Executive, Office of the Police and Crime Commissioner for Warwickshire",
             "Siobhan Rafferty, Force Liaison Lead, HMICFRS",
             "Head of Corporate Development, Warwickshire Police"]:
    doc.add_paragraph(line, style="List Bullet")

doc.save(OUT)
print("wrote", OUT)
