"""oa09.docx: a council committee system's agenda item page (modern.gov style), saved to Word.
    /tmp/oavenv/bin/python make_oa09.py   (run from src/)
"""
from docx import Document

doc = Document()
doc.sections[0].header.paragraphs[0].text = "Durham County Council – Committee information"
doc.sections[0].footer.paragraphs[0].text = "Printed from the council's committee system, 14 November 2022"

doc.add_paragraph("Home > Committees > Police and Crime Panel > Meeting, 7 November 2022 > Agenda item")
doc.add_heading("Agenda item", level=1)
doc.add_heading("HMICFRS PEEL Inspection 2021/22 – Report of the Police, Crime and Victims' Commissioner", level=2)

meta = doc.add_table(rows=0, cols=2)
meta.style = "Table Grid"
for k, v in (("Meeting", "Police and Crime Panel"),
             ("Date", "Monday, 7 November 2022 1.30 pm"),
             ("Item", "6."),
             ("Contact", "Panel support officer, Democratic Services")):
    cells = meta.add_row().cells
    cells[0].text = k
    cells[1].text = v

doc.add_heading("Minutes:", level=3)
doc.add_paragraph(
    "The Panel considered a report of the Police, Crime and Victims' Commissioner which set out the "
    "findings of the PEEL 2021/22 inspection of Durham Constabulary, published by His Majesty's "
    "Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) on 13 October 2022 (for copy "
    "see file of Minutes).")
doc.add_paragraph(
    "Police, Crime and Victims' Commissioner Joy Allen informed members that the Constabulary had been "
    "graded outstanding for preventing crime and anti-social behaviour, good in four further areas and "
    "adequate in two. She reminded the Panel that the grading scale had changed since the previous "
    "inspection, so the results could not be compared directly with 2018/19.")
doc.add_paragraph(
    "Members asked about the areas for improvement. The Commissioner drew attention to the one relating "
    "to crime recording, which read:")
doc.add_paragraph(
    "The constabulary should make sure that crimes reported through its online channels are recorded "
    "accurately and within 24 hours.", style="Quote")
doc.add_paragraph(
    "Deputy Chief Constable Miriam Oakes advised that a dedicated crime recording team had been "
    "established in September and that a force audit of online reports would be brought to a future "
    "meeting of the Panel.")
doc.add_paragraph(
    "A member from Darlington asked how Durham compared with neighbouring Cleveland Police. The "
    "Commissioner said she would not comment on another force's inspection.")
doc.add_paragraph("Resolved:")
doc.add_paragraph("(i) That the report be noted.")
doc.add_paragraph("(ii) That the Commissioner provide an update on the crime recording audit at the "
                  "Panel's meeting in February 2023.")

doc.add_heading("Supporting documents:", level=3)
for line in ("PEEL 2021-22 report, item 6 PDF 318 KB",
             "Appendix 1 – HMICFRS PEEL 2021-22 Durham Constabulary PDF 2 MB",
             "Appendix 2 – Commissioner's section 55 response PDF 142 KB"):
    doc.add_paragraph(line, style="List Bullet")

doc.add_heading("Related items", level=3)
for line in ("HMICFRS Inspection Reports – Report of the Acting Police, Crime and Victims' Commissioner (Police and Crime Panel, 4 February 2021)",
             "HMICFRS inspection of vetting, misconduct and misogyny in the police service (Police and Crime Panel, 30 January 2023)"):
    doc.add_paragraph(line, style="List Bullet")

doc.save("../docs/oa09.docx")
print("wrote ../docs/oa09.docx")
