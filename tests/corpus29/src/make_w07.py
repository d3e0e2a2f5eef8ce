"""w07.docx: Cheshire PCC's 'most similar group' benchmarking paper for the police and crime panel."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docxutil import shade, set_cell, labelled, header_text, repeat_header, FILL
from master import G2325, KEYS, AREA_2325

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "w07.docx")
CH = "Cheshire Constabulary"
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
header_text(doc, "Cheshire Police and Crime Panel \u2013 14 March 2025 \u2013 Item 7",
            "Office of the Police and Crime Commissioner for Cheshire | Page 1 of 4")

doc.add_heading("PEEL 2023\u201325: how Cheshire compares with its most similar group", level=0)
labelled(doc, "Report of:", "Marcus Hebblethwaite, Police and Crime Commissioner for Cheshire")
labelled(doc, "Date:", "7 March 2025")
labelled(doc, "Purpose:", "To inform the Panel how the Constabulary\u2019s inspection results compare with those of similar forces, and to report progress on the areas for improvement.")

doc.add_heading("1. Introduction", level=1)
doc.add_paragraph(
    "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
    "its PEEL 2023\u201325 report on Cheshire Constabulary on 21 November 2024. The inspection was "
    "led by His Majesty's Inspector of Constabulary Delphine Marsh-Ogilvy. I reported the grades to "
    "the Panel in December; this paper puts them in context.")
doc.add_paragraph(
    "Comparing a force with the national picture can mislead, because forces differ so much in "
    "size and demand. The Home Office therefore groups each force with the seven forces most like "
    "it (its \u201cmost similar group\u201d, or MSG). Cheshire\u2019s MSG is Avon and Somerset "
    "Constabulary, Derbyshire Constabulary, Kent Police, Lincolnshire Police, Northumbria Police, "
    "Staffordshire Police and Warwickshire Police. All eight forces have now been inspected in "
    "this round.")

doc.add_heading("2. Our grades", level=1)
tbl = doc.add_table(rows=1 + len(KEYS), cols=3)
tbl.style = "Light Grid Accent 1"
for c, h in enumerate(["Area", "Cheshire grade", "MSG forces with the same grade (of 7)"]):
    set_cell(tbl.cell(0, c), h, bold=True)
repeat_header(tbl.rows[0])
PEERS = ["Avon and Somerset Constabulary", "Derbyshire Constabulary", "Kent Police", "Lincolnshire Police",
         "Northumbria Police", "Staffordshire Police", "Warwickshire Police"]
for r, k in enumerate(KEYS, start=1):
    g = G2325[CH][1][k]
    same = sum(G2325[p][1][k] == g for p in PEERS)
    set_cell(tbl.cell(r, 0), AREA_2325[k])
    set_cell(tbl.cell(r, 1), g)
    shade(tbl.cell(r, 1), FILL[g])
    set_cell(tbl.cell(r, 2), str(same))

doc.add_heading("3. How we compare, area by area", level=1)
paras = [
    ("Police powers and public treatment. ",
     "Unlike Lincolnshire and Warwickshire, which were both graded adequate, we were judged good. "
     "Inspectors found that our officers explain the grounds for a stop and search well, and that "
     "scrutiny by the community panel is strong."),
    ("Preventing crime and antisocial behaviour. ",
     "Like Staffordshire, we were graded good for preventing crime, a step ahead of Avon and "
     "Somerset, which the inspectorate graded adequate."),
    ("Responding to the public. ",
     "This is the area where we have improved most. In 2021/22 the Constabulary was graded adequate "
     "for responding to the public; this time we were judged good, as was Northumbria. Two of our "
     "neighbours in the group, Staffordshire and Lincolnshire, were both found to require "
     "improvement, and Derbyshire was graded adequate."),
    ("Investigating crime. ",
     "We were graded adequate. No force in our group did better: Derbyshire and Avon & Somerset "
     "were both graded requires improvement, and the other five were adequate like us. This remains "
     "my top priority for the Chief Constable."),
    ("Protecting vulnerable people. ",
     "Good, which puts Cheshire among the stronger forces in the group. Warwickshire, by contrast, "
     "was graded requires improvement."),
    ("Managing offenders and suspects; workforce. ",
     "Both good. These are the most common grades in the group and I do not comment further."),
    ("Leadership and force management. ",
     "Adequate. Kent, whose grade for leadership and force management was good, has agreed to share "
     "its workforce planning model with us. The inspectorate noted our adequate supply of detectives "
     "but said that our plans for the next three years were not fully costed."),
]
for lead, text in paras:
    p = doc.add_paragraph()
    p.add_run(lead).bold = True
    p.add_run(text)

doc.add_heading("4. Areas for improvement: progress", level=1)
doc.add_paragraph(
    "The report gave the Constabulary four areas for improvement and no cause of concern. "
    "Deputy Chief Constable Gareth Lyle leads the force\u2019s improvement plan. The updates below "
    "were provided by the Constabulary on 28 February 2025.")
AFIS = [
    ("Investigating crime", "AFI 1",
     "The force should make sure that it carries out all reasonable lines of enquiry at the earliest opportunity, including the collection of CCTV and forensic evidence.",
     "A new investigation standards checklist went live in January. Dip sampling of 120 crimes in February found early CCTV collection in 88 per cent of relevant cases, up from 61 per cent."),
    ("Investigating crime", "AFI 2",
     "The force should improve how it supervises investigations so that they are completed promptly and victims receive a good service.",
     "Sergeants now review every open investigation at 7 and 28 days. Assistant Chief Constable Paul Rimmer chairs a monthly performance meeting on the results."),
    ("Leadership and force management", "AFI 3",
     "The force should make sure that its medium-term financial plan is linked to its workforce plan, so that it can show how it will pay for the officers and staff it needs.",
     None),
    ("Police powers and public treatment", "AFI 4",
     "The force should make sure it records the ethnicity of everyone who is stopped and searched.",
     "Recording is now mandatory on the mobile app, and the proportion of searches with ethnicity recorded rose to 99 per cent in the last quarter."),
]
for area, ref, text, update in AFIS:
    doc.add_heading("%s (%s)" % (ref, area), level=3)
    doc.add_paragraph(text, style="Intense Quote")
    if update:
        labelled(doc, "Constabulary update:", update)
    else:
        labelled(doc, "Status:", "Due to be reported with the 2025/26 budget in June. No update at this stage.")

doc.add_heading("5. Recommendation", level=1)
doc.add_paragraph("That the Panel notes the report.")
doc.add_paragraph()
doc.add_paragraph("Marcus Hebblethwaite")
doc.add_paragraph("Police and Crime Commissioner for Cheshire")
doc.add_paragraph("Background paper: the Chief Constable\u2019s letter of 28 February 2025 from Chief "
                  "Constable Yasmin Adeyemi-Clarke, available on request.")
doc.save(OUT)
print("wrote", OUT)
