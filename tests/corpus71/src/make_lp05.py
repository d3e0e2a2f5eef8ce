"""lp05.docx: Dyfed-Powys Police and Crime Panel paper (bilingual, Welsh first), PEEL 2021/22."""
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Panel Heddlu a Throseddu Dyfed-Powys | Dyfed-Powys Police and Crime Panel"
sec.footer.paragraphs[0].text = "Eitem 7 / Item 7 – 14.10.2022"

t = doc.add_table(rows=3, cols=2); t.style = "Table Grid"
rows = [("Cyfarfod / Meeting", "Panel Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Panel, 14 Hydref / October 2022"),
        ("Pwnc / Subject", "Arolygiad PEEL 2021/22 – Ymateb y Comisiynydd / PEEL 2021/22 inspection – the Commissioner’s response"),
        ("Awdur / Author", "Swyddfa’r Comisiynydd Heddlu a Throseddu / Office of the Police and Crime Commissioner")]
for r, (a, b) in zip(t.rows, rows):
    set_cell(r.cells[0], a, bold=True); shade(r.cells[0], "D9E2F3"); set_cell(r.cells[1], b)

doc.add_heading("1. Diben / Purpose", level=1)
doc.add_paragraph("Diben yr adroddiad hwn yw rhoi gwybod i’r Panel am ganfyddiadau arolygiad PEEL 2021/22 o Heddlu Dyfed-Powys, a gyhoeddwyd gan AHEMGTA ar 22 Gorffennaf 2022.")
doc.add_paragraph("The purpose of this report is to inform the Panel of the findings of the PEEL 2021/22 inspection of Dyfed-Powys Police, published by HMICFRS on 22 July 2022, and of the progress the force has made against the areas for improvement.")

doc.add_heading("2. Argymhelliad / Recommendation", level=1)
doc.add_paragraph("Bod y Panel yn nodi’r adroddiad. / That the Panel notes the report.")

doc.add_heading("3. Cefndir / Background", level=1)
doc.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspected the force in January and February 2022. The report was led by His Majesty’s Inspector of Constabulary Huw Treharne. The Police and Crime Commissioner, Delyth Rowlands-Bryce, published her response under section 55 of the Police Act 1996 on 16 September 2022.")
doc.add_paragraph("The Commissioner said in her response: “Dyfed-Powys Police has been graded outstanding in none of the areas, but it is good in six of the ten. I am pleased that it is a force that keeps our rural communities safe.”")

doc.add_heading("4. Graddau / Grades", level=1)
doc.add_paragraph("Tabl 1: Graddau PEEL 2021/22 / Table 1: PEEL 2021/22 grades")
grades = [("Trin y cyhoedd / Treatment of the public", "Da / Good"),
          ("Atal troseddu / Preventing crime and anti-social behaviour", "Da / Good"),
          ("Ymateb i’r cyhoedd / Responding to the public", "Digonol / Adequate"),
          ("Ymchwilio i droseddau / Investigating crime", "Digonol / Adequate"),
          ("Diogelu pobl agored i niwed / Protecting vulnerable people", "Da / Good"),
          ("Rheoli troseddwyr / Managing offenders and suspects", "Digonol / Adequate"),
          ("Tarfu ar droseddu difrifol a chyfundrefnol / Disrupting serious organised crime", "Da / Good"),
          ("Datblygu gweithle cadarnhaol / Developing a positive workplace", "Da / Good"),
          ("Defnydd da o adnoddau / Good use of resources", "Digonol / Adequate"),
          ("Cofnodi data am droseddau / Recording data about crime", "Da / Good"),
          ("Darparu gwasanaeth i ddioddefwyr / Providing a service to the victims of crime", "Heb ei raddio / Not graded")]
gt = doc.add_table(rows=1, cols=2); gt.style = "Table Grid"
set_cell(gt.rows[0].cells[0], "Maes / Area", bold=True); set_cell(gt.rows[0].cells[1], "Gradd / Grade", bold=True)
for a, g in grades:
    r = gt.add_row(); set_cell(r.cells[0], a); set_cell(r.cells[1], g)
doc.add_paragraph("No cause of concern was identified. The report does not include any recommendations. Mid and West Wales Fire and Rescue Service is not inspected by HMICFRS and is not covered by this report.")

doc.add_heading("5. Meysydd i’w gwella / Areas for improvement", level=1)
doc.add_paragraph("HMICFRS identified the areas for improvement below. The Welsh language version of Table 2 is available from the Panel’s support officer. The force’s update was provided by Chief Constable Ifan Gwilym on 30 September 2022.")
doc.add_paragraph("Tabl 2 / Table 2: Areas for improvement and force update")
afis = [("AFI 1", "Responding to the public",
         "The force should make sure that it answers non-emergency calls promptly and that it reduces the number of calls that are abandoned.",
         "Call abandonment fell from 14% to 8% between April and August 2022. A new online reporting channel has been launched."),
        ("AFI 2", "Investigating crime",
         "The force should make sure that victims are updated regularly about the progress of their investigation, in line with the Code of Practice for Victims of Crime.",
         "Victim contact contracts are now recorded on the crime system. Compliance is checked monthly by the Detective Superintendent."),
        ("AFI 3", "Managing offenders and suspects",
         "The force should reduce the backlog of registered sex offender risk assessments.",
         "The backlog has reduced from 61 to 12. An additional two offender managers have been appointed."),
        ("AFI 4", "Good use of resources",
         "The force should improve its understanding of the skills of its workforce so that it can plan for future demand.",
         "Dim diweddariad / No update provided.")]
at = doc.add_table(rows=1, cols=4); at.style = "Table Grid"
for c, h in zip(at.rows[0].cells, ("Cyf. / Ref", "Maes / Area", "Maes i’w wella / Area for improvement", "Diweddariad yr heddlu / Force update")):
    set_cell(c, h, bold=True); shade(c, "D9E2F3")
for row in afis:
    r = at.add_row()
    for c, v in zip(r.cells, row):
        set_cell(c, v)

doc.add_heading("6. Camau nesaf / Next steps", level=1)
doc.add_paragraph("The Commissioner will continue to monitor progress through her Policing Accountability Board. A Temporary Assistant Chief Constable has been appointed as the lead for the inspection response. The next PEEL inspection is expected in 2024.")
doc.add_paragraph("HMICFRS also made a national recommendation in its 2021 report on violence against women and girls that all chief constables should immediately review their approach to domestic abuse. This is being considered separately and is not a PEEL finding.")
labelled(doc, "Swyddog cyswllt / Contact officer:", "Gwenllian Parry, Panel Support Officer, Carmarthenshire County Council")
doc.save("../docs/lp05.docx")
print("wrote lp05.docx")
