"""x09.docx: a short joint statement from the PCC and the Chief Constable (Wiltshire).

    /tmp/c19venv/bin/python make_x09.py   (run from src/)
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
for s in doc.sections:
    s.top_margin = Cm(2)
    hp = s.header.paragraphs[0]
    hp.text = "Office of the Police and Crime Commissioner for Wiltshire and Swindon  |  Wiltshire Police"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.footer.paragraphs[0].text = "Media enquiries: OPCC communications team, 01380 000000"

p = doc.add_paragraph()
r = p.add_run("JOINT STATEMENT")
r.bold = True
r.font.color.rgb = RGBColor(0x00, 0x30, 0x6E)
doc.add_paragraph("Embargoed until 00:01, Thursday 20 March 2025")
doc.add_heading("Inspectors recognise progress at Wiltshire Police", level=1)

doc.add_paragraph(
    "Wiltshire Police has been graded good in three areas and adequate in four by His "
    "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) in its "
    "PEEL 2023–25 report, published today.")
doc.add_paragraph(
    "The inspectorate found the force good at preventing crime and antisocial behaviour, at "
    "managing offenders and suspects, and at building, supporting and protecting its "
    "workforce. Police powers and public treatment, responding to the public, investigating "
    "crime and protecting vulnerable people were all graded adequate. Leadership and force "
    "management was graded as requires improvement.")
doc.add_paragraph(
    "When the force was last inspected, in 2021/22, responding to the public was judged "
    "inadequate and the force was placed in the inspectorate's enhanced monitoring process, "
    "which it left in 2023.")

doc.add_paragraph(
    "Police and Crime Commissioner Philippa Yeo said:")
q = doc.add_paragraph(style="Quote")
q.add_run("“Three years ago people in Wiltshire and Swindon could not rely on the police "
          "answering the phone. Today the inspectors have confirmed what residents have been "
          "telling me: that has changed. I will be just as demanding about leadership and the "
          "force's finances, where the report is clear that there is more to do.”")

doc.add_paragraph("Chief Constable Samuel Okafor-Reid said:")
q = doc.add_paragraph(style="Quote")
q.add_run("“This report belongs to our officers, staff and volunteers. We have three areas for "
          "improvement to work on, and we have already started. I want Wiltshire to be a good "
          "force in every area by the next inspection.”")

doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Notes to editors", level=2)
doc.add_paragraph("HMICFRS grades forces as outstanding, good, adequate, requires improvement "
                  "or inadequate.", style="List Number")
doc.add_paragraph("The report contains no causes of concern and three areas for improvement. "
                  "The full report is available on the HMICFRS website.", style="List Number")
doc.add_paragraph("Wiltshire Police works with Gloucestershire Constabulary on firearms, roads "
                  "policing and dogs; that unit was not inspected separately.", style="List Number")

doc.save("../docs/x09.docx")
print("wrote docs/x09.docx")
