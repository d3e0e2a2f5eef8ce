"""lk06.docx: British Transport Police press release on its PEEL 2023-25 report."""
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "British Transport Police - Media and Communications"
sec.footer.paragraphs[0].text = "Press office: 0300 123 9104 (24 hours) | media@btp.example.police.uk"

hdr = doc.add_table(rows=1, cols=2); hdr.style = "Table Grid"
set_cell(hdr.rows[0].cells[0], "NEWS RELEASE", bold=True); shade(hdr.rows[0].cells[0], "002F5F")
hdr.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = None
set_cell(hdr.rows[0].cells[1], "Embargoed until 00:01, Thursday 27 November 2025")

doc.add_heading("Inspectors praise BTP's work to keep rail passengers safe, but say investigations must improve", level=1)
doc.add_paragraph("British Transport Police has been graded good in five areas of policing by His Majesty's "
                  "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) in its latest PEEL "
                  "inspection, published today.")
doc.add_paragraph("The inspectorate found that the force, which polices the railways of England, Scotland "
                  "and Wales, treats the travelling public fairly and works well with train operators to "
                  "prevent crime. BTP was graded:")
for s in ["good at police powers and public treatment, preventing and deterring crime, building, "
          "supporting and protecting the workforce, and leadership and force management;",
          "good at responding to the public;",
          "adequate at protecting vulnerable people, managing offenders and suspects, and disrupting "
          "serious organised crime; and",
          "requires improvement at investigating crime and at crime data integrity."]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("Inspectors said too many investigations into thefts and assaults on the network were "
                  "closed without all reasonable lines of enquiry being followed. In the 2021/22 PEEL "
                  "inspection the force was graded adequate for investigating crime.")
doc.add_paragraph("Chief Constable Lucinda Varga said:")
doc.add_paragraph("\"I'm proud that the inspectorate recognises how hard our officers and staff work to "
                  "keep 5.5 million daily passengers safe. We accept what the report says about "
                  "investigations, and a new investigation standards unit will be in place by the spring.\"",
                  style="Quote")
doc.add_paragraph("Deputy Chief Constable Owen Tregarthen, the force's lead for crime recording, added:")
doc.add_paragraph("\"We have already audited every sexual offence reported to us since April, and we have "
                  "trained our control room staff in the Home Office counting rules.\"", style="Quote")
doc.add_paragraph("HM Inspector of Constabulary Priya Nandakumar said: \"British Transport Police is a good "
                  "force in many respects, with a committed and well-supported workforce. It now needs to "
                  "make sure that victims of crime on the railway get a thorough investigation.\"")
doc.add_paragraph("The inspectorate made four areas for improvement, which the force has accepted in full. "
                  "Assistant Chief Constable Sean Mallory will oversee the improvement plan, which will be "
                  "published in January 2026. The British Transport Police Authority will scrutinise "
                  "progress at its meeting in February.")
doc.add_paragraph("ENDS")
doc.add_heading("Notes to editors", level=2)
for s in ["HMICFRS grades forces as outstanding, good, adequate, requires improvement or inadequate.",
          "BTP works alongside the Metropolitan Police Service and the City of London Police on "
          "London's transport network.",
          "The full report is available on the HMICFRS website.",
          "Images of the Chief Constable are available on request."]:
    doc.add_paragraph(s, style="List Number")
doc.save("../docs/lk06.docx")
