"""lc02.docx: Wiltshire Police press release on its PEEL 2023-25 result, as sent to editors."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import set_cell, shade, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lc02.docx")
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "Wiltshire Police Corporate Communications \u2013 press office 01380 735 735"
fp = sec.footer.paragraphs[0]
fp.text = "Wiltshire Police, London Road, Devizes SN10 2DN"

t = doc.add_table(rows=2, cols=3)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "PRESS RELEASE", bold=True)
set_cell(t.cell(0, 1), "For immediate release")
set_cell(t.cell(0, 2), "Thursday 20 March 2025")
shade(t.cell(0, 0), "1F3864")
t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
m = t.cell(1, 0).merge(t.cell(1, 2))
set_cell(m, "Embargo: none. Ref: WP/PR/2025/0412")

doc.add_heading("Wiltshire Police graded good in eight areas by police inspectorate", level=1)
p = doc.add_paragraph()
p.add_run("We are proud that inspectors have judged us good at keeping people in Wiltshire and Swindon safe, "
          "after His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
          "its PEEL 2023\u201325 report on the force today.").bold = True

doc.add_paragraph(
    "The inspectorate looked at ten areas of our work between September and November 2024. We were graded "
    "good in eight of them and adequate in two. No area was found to be inadequate or to require improvement, "
    "and there were no causes of concern.")
doc.add_paragraph("Our grades are:")
for line in [
    "Police powers and public treatment \u2013 good",
    "Preventing crime and antisocial behaviour \u2013 good",
    "Responding to the public \u2013 good",
    "Investigating crime \u2013 good",
    "Protecting vulnerable people \u2013 adequate",
    "Managing offenders and suspects \u2013 good",
    "Disrupting serious and organised crime \u2013 adequate",
    "Building, supporting and protecting the workforce \u2013 good",
    "Leadership and force management \u2013 good",
]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph(
    "Crime data integrity was also graded good, following a dedicated audit of how we record crime. "
    "The service we give to victims is assessed in the report but is not graded.")
doc.add_paragraph(
    "The biggest change since the last inspection is in investigations: we\u2019ve moved from adequate to good in "
    "investigating crime, reflecting two years of work to reduce caseloads and improve supervision.")

doc.add_heading("What the Chief Constable said", level=2)
doc.add_paragraph(
    "Chief Constable Dominic Ashcombe said: \u201cThis is a report that every officer, member of staff and "
    "volunteer in Wiltshire Police should feel proud of. A few years ago we were a force with a lot to fix. "
    "Today the inspectors have told the public that we are a good force, and that our investigations are now "
    "good too. We won\u2019t stand still: there are still things to get right in how we protect vulnerable "
    "people and tackle organised crime.\u201d")
doc.add_paragraph(
    "Assistant Chief Constable Tom Breakwell, who leads on local policing, added: \u201cOur neighbourhood teams "
    "have worked incredibly hard, and it is good to see that recognised.\u201d")

doc.add_heading("What the inspectorate said", level=2)
doc.add_paragraph(
    "In the report, His Majesty\u2019s Inspector of Constabulary Lucinda Farrow wrote that she was "
    "\u201cpleased with the performance of Wiltshire Police in keeping people safe and reducing crime\u201d "
    "and that the force \u201chas made real progress since our last inspection.\u201d")

doc.add_heading("Areas for improvement", level=2)
doc.add_paragraph("HMICFRS identified three areas for improvement. We have already started work on each of them.")
afis = [
    ("Protecting vulnerable people",
     "The force should make sure it reviews the use of bail and release under investigation in domestic abuse "
     "cases, so that victims are protected while the investigation continues.",
     "A dedicated bail management team has been in place since January 2025 and reviews every domestic abuse "
     "case released without charge within 48 hours."),
    ("Disrupting serious and organised crime",
     "The force should improve how it assesses and records the impact of its work against organised crime "
     "groups.",
     "We are introducing the national performance framework for serious and organised crime this spring."),
    ("Disrupting serious and organised crime",
     "The force should make sure neighbourhood officers understand how to gather and submit intelligence "
     "about county lines activity.",
     None),
]
for area, text, action in afis:
    p = doc.add_paragraph()
    p.add_run(area).italic = True
    doc.add_paragraph(text, style="Quote")
    if action:
        labelled(doc, "What we\u2019re doing about it:", action)

doc.add_heading("What the Police and Crime Commissioner said", level=2)
doc.add_paragraph(
    "Police and Crime Commissioner Philippa Hurst said: \u201cI set the Chief Constable a clear challenge to "
    "improve investigations, and the public can now see that has happened. I will continue to hold the force "
    "to account on the two areas that are adequate.\u201d")
doc.add_paragraph(
    "We would also like to congratulate our colleagues in Gloucestershire Constabulary, whose PEEL report was "
    "published on the same day.")

doc.add_paragraph("ENDS").alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_heading("Notes to editors", level=2)
for n in [
    "HMICFRS grades police forces on a five-point scale: outstanding, good, adequate, requires improvement "
    "and inadequate.",
    "Dorset & Wiltshire Fire and Rescue Service is inspected separately by HMICFRS and is not covered by this "
    "report.",
    "Wiltshire Police won a national award for its rural crime team at the 2024 Police Bravery and "
    "Excellence event.",
    "We are recruiting: police constable applications are open until 25 April 2025 at "
    "www.wiltshire.police.uk/careers.",
]:
    doc.add_paragraph(n, style="List Number")
doc.core_properties.author = "Corporate Communications"
doc.core_properties.title = "PEEL press release"
doc.save(OUT)
print("wrote", OUT)
