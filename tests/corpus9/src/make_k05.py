"""Write docs/k05.docx: a commissioner's section 55 response to the Home Secretary
(Hampshire and Isle of Wight Constabulary, PEEL 2023-25).

Run with a python that has python-docx (a throwaway venv, e.g. /tmp/c9venv):
    /tmp/c9venv/bin/python src/make_k05.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "k05.docx")

doc = Document()
doc.core_properties.title = "Section 55 response - PEEL 2023-25"
doc.core_properties.author = "OPCC Hampshire and the Isle of Wight"
style = doc.styles["Normal"]
style.font.name = "Arial"
style.font.size = Pt(11)

# Letterhead and addresses
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Office of the Police and Crime Commissioner\nfor Hampshire and the Isle of Wight")
r.bold = True
p = doc.add_paragraph("St George's Chambers\nSt George's Street\nWinchester")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_paragraph("The Rt Hon the Home Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF")
doc.add_paragraph("By email")
doc.add_paragraph("Our ref: OPCC/HMICFRS/2025/04")
doc.add_paragraph("7 May 2025")
doc.add_paragraph("Dear Home Secretary,")

p = doc.add_paragraph()
p.add_run("Response to His Majesty's Inspectorate of Constabulary and Fire & Rescue Services: "
          "PEEL 2023–2025, An inspection of Hampshire and Isle of Wight Constabulary").bold = True

doc.add_paragraph(
    "Under section 55 of the Police Act 1996, I am required to comment on any HMICFRS report "
    "that concerns the force I oversee. This letter is my response to the PEEL report published "
    "on 13 March 2025. I am publishing it on my website together with the Chief Constable's "
    "account of the work the force is doing.")

doc.add_paragraph(
    "I welcome the report. The constabulary was judged good at preventing and deterring crime "
    "and antisocial behaviour, and reducing vulnerability, at managing offenders and suspects, "
    "and at leadership and force management. It was found to be adequate in three areas: police "
    "powers and public treatment, protecting vulnerable people, and building, supporting and "
    "protecting its workforce.")

doc.add_paragraph(
    "Two grades disappoint me. The inspectorate concluded that the constabulary requires "
    "improvement at responding to the public, where too many people calling 101 give up before "
    "their call is answered, and in investigating crime. I have discussed both with the Chief "
    "Constable, Owen Rackham, and I am satisfied that he has a credible plan, but I will not "
    "regard the matter as closed until the public can see the difference.")

doc.add_paragraph(
    "The report makes no recommendations and raises no causes of concern. It identifies eleven "
    "areas for improvement; I set out below the three that matter most to residents, with my "
    "comment and the force's response. The remaining areas for improvement are covered in the "
    "force's own improvement plan.")

afis = [
    ("Area for improvement 1 – Responding to the public",
     "The constabulary should reduce the number of non-emergency calls that are abandoned, and "
     "make sure that callers are offered other ways of contacting the police.",
     "Residents tell me about long waits on 101 more than anything else. I will publish the "
     "abandonment rate every month on my website so that progress can be seen.",
     "A call-back service for 101 went live in April 2025, and the online reporting page has "
     "been redesigned. The abandonment rate fell from 31% in January to 19% in April."),
    ("Area for improvement 2 – Investigating crime",
     "The constabulary should make sure that supervisors review investigations regularly and "
     "record clear direction for the investigating officer.",
     "I have asked for quarterly dip-sample results to be presented at my Police Accountability "
     "Board.",
     "All sergeants and inspectors in investigation teams have attended a one-day supervision "
     "course, and a review reminder is now built into the crime recording system."),
    ("Area for improvement 3 – Protecting vulnerable people",
     "The constabulary should make sure that officers record the voice of the child when they "
     "attend domestic abuse incidents where children are present.",
     "This is an issue on which I expect rapid progress, and I will check it personally during "
     "my visits to response teams.",
     "Body-worn video guidance has been updated, and the domestic abuse risk form cannot now be "
     "submitted without a section on any children present."),
]

for heading, afi, comment, response in afis:
    p = doc.add_paragraph()
    p.add_run(heading).bold = True
    p = doc.add_paragraph()
    p.add_run(afi).italic = True
    p = doc.add_paragraph()
    p.add_run("Commissioner's comment: ").bold = True
    p.add_run(comment)
    p = doc.add_paragraph()
    p.add_run("Force response: ").bold = True
    p.add_run(response)

doc.add_paragraph(
    "I will continue to hold the Chief Constable to account for the constabulary's progress, and "
    "I would be happy to provide any further information you need.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Caroline Voss-Hartley").bold = True
doc.add_paragraph("Police and Crime Commissioner for Hampshire and the Isle of Wight")
doc.add_paragraph("cc: His Majesty's Chief Inspector of Constabulary")

doc.save(OUT)
print("wrote", OUT)
