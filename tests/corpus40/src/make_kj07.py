"""kj07.docx: Warwickshire Police partner newsletter. A two-column layout table (a shaded
sidebar cell holding a nested scorecard table, and the main article), then a continuous
section break into three columns for 'News in brief'."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docxutil import shade, cell_paras, header_footer, new_section

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kj07.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.6)
header_footer(sec, "Inside Warwickshire  |  Partner newsletter  |  Issue 18, January 2025",
              "Warwickshire Police – working with you to keep Warwickshire safe")

doc.add_heading("Inside Warwickshire", level=0)
doc.add_paragraph("News for our partners in councils, health, education and the voluntary sector")

lay = doc.add_table(rows=1, cols=2)
side, main = lay.rows[0].cells
side.width, main.width = Cm(5.6), Cm(12.2)
shade(side, "E8F0F8")
cell_paras(side, [("In this issue", True, 12, "003A70"),
                  ("Our PEEL results", False, 9, None),
                  ("Neighbourhood priorities 2025", False, 9, None),
                  ("News in brief", False, 9, None),
                  ("", False, None, None),
                  ("PEEL scorecard", True, 12, "003A70")])
score = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
         ("Responding to the public", "Adequate"), ("Investigating crime", "Adequate"),
         ("Protecting vulnerable people", "Requires improvement"),
         ("Managing offenders and suspects", "Good"),
         ("Building, supporting and protecting the workforce", "Adequate"),
         ("Leadership and force management", "Adequate")]
nested = side.add_table(rows=0, cols=2)
for a, g in score:
    r = nested.add_row().cells
    cell_paras(r[0], [(a, False, 8, None)])
    cell_paras(r[1], [(g, True, 8, "003A70")])

side.add_paragraph().add_run("Source: HMICFRS, PEEL 2023–25, published 30 October 2024. Grades run "
                             "from outstanding to inadequate.").font.size = Pt(7.5)

main.text = ""
p = main.paragraphs[0]
r = p.add_run("What the inspectors told us"); r.bold = True; r.font.size = Pt(16)
for text in [
    "In the autumn, His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services published "
    "its PEEL report on Warwickshire Police. Many of you helped the inspectors by meeting them or "
    "arranging visits, and we are grateful.",
    "The force was graded good at preventing crime and at managing offenders and suspects – two areas "
    "where our partnerships with you make the biggest difference. It was graded adequate in five "
    "more areas, including responding to the public and investigating crime.",
    "Protecting vulnerable people was graded requires improvement. The inspectors found that we do "
    "not always share information with partners quickly enough when a child is at risk. Their area "
    "for improvement reads:",
]:
    main.add_paragraph(text)
q = main.add_paragraph(
    "The force should make sure that it shares information with safeguarding partners promptly when "
    "officers identify a child at risk of harm.", style="Intense Quote")
main.add_paragraph(
    "What we are doing: a new referral pathway with the Warwickshire Safeguarding Partnership went "
    "live on 2 December, and referrals are now checked by a supervisor within 24 hours.")
main.add_paragraph(
    "“We owe it to the children of this county to get this right, and we will,” said Chief Constable "
    "Alasdair Penhaligon. “The report is a fair one, and it gives us a clear list of what to do next.”")
main.add_paragraph(
    "Deputy Chief Constable Farah Qureshi-Bell is leading the improvement work. Warwickshire’s Police "
    "and Crime Commissioner, Philippa Grantham, said she would publish the force’s progress every "
    "quarter on her website.")

# three-column 'news in brief'
new_section(doc, columns=3)
doc.add_heading("News in brief", level=2)
doc.add_paragraph(
    "Fire service inspection. Warwickshire Fire and Rescue Service was graded requires improvement "
    "for protecting the public through fire regulation in 2022. Its next report is due in 2025.")
doc.add_paragraph(
    "Rural crime. Thefts of farm machinery fell by 31% in 2024. Thanks to the 180 farms in the "
    "Rural Watch scheme.")
doc.add_paragraph(
    "Firearms licensing. Our joint licensing unit with West Mercia Police will continue until the end "
    "of 2025/26.")
doc.add_paragraph(
    "Your views. In our partner survey, 82% of you said that the force is easy to work with. The next "
    "survey closes on 28 February 2025.")
doc.save(OUT)
print("wrote", OUT)
