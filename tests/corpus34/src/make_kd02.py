"""kd02.docx: Suffolk PCC's response to the PEEL 2023-25 inspection of Suffolk Constabulary."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import header_text, labelled, page_number_footer, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kd02.docx")
doc = Document()
sec = doc.sections[0]
header_text(sec, "OFFICIAL – Police and Crime Commissioner for Suffolk")
page_number_footer(sec)
doc.core_properties.title = "PCC response to HMICFRS PEEL 2023-25"
doc.core_properties.author = "OPCC Suffolk"

doc.add_heading("Response of the Police and Crime Commissioner for Suffolk", 0)
doc.add_paragraph("HMICFRS PEEL 2023–25: An inspection of Suffolk Constabulary\n"
                  "Section 55 response, Police Act 1996 · Published 19 August 2025")

doc.add_heading("Introduction", 1)
doc.add_paragraph(
    "I welcome His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services’ report on "
    "Suffolk Constabulary, which was published on 24 June 2025. I have discussed it in detail "
    "with Chief Constable Adaeze Ferris, and her comments are included below.")
doc.add_paragraph(
    "HMICFRS considers that the constabulary’s work to prevent crime and anti-social behaviour is "
    "outstanding – the highest grade the inspectorate can give, and one it has given to few forces "
    "in this round of inspections.")
doc.add_paragraph(
    "According to the inspectorate, the constabulary is good at treating the public fairly, at "
    "responding to the public, at supporting its workforce and at recording crime accurately. "
    "Managing offenders and suspects and leadership and force management were each judged "
    "adequate.")
doc.add_paragraph(
    "Two findings are much less welcome. Investigating crime requires improvement; and the "
    "protection of vulnerable people, where inspectors found the most serious problems, was "
    "graded inadequate. I share the inspectorate’s concern, and I set out below how I will hold "
    "the Chief Constable to account for putting this right.")
doc.add_paragraph(
    "I should add that Suffolk continues to receive inadequate funding under the national "
    "formula. That is not an excuse, and the Chief Constable has not offered it as one, but it "
    "is part of the context. Our neighbours in Norfolk Constabulary, with whom we share many "
    "back-office functions, were graded outstanding for crime data integrity in their own "
    "inspection, and our shared crime registrar deserves credit for both forces’ results.")

doc.add_heading("Cause of concern: protecting vulnerable people", 1)
doc.add_paragraph("The report sets out one cause of concern. In the inspectorate’s words:")
doc.add_paragraph(
    "Our concern is that the constabulary does not identify and respond to risk well enough when "
    "children go missing from home or care, or are at risk of exploitation.", style="Intense Quote")
doc.add_paragraph("To address it, HMICFRS made two recommendations:")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
hdr = t.rows[0].cells
for c, txt in zip(hdr, ("No.", "Recommendation", "Constabulary position (August 2025)")):
    c.text = txt
    shade(c, "D9E2F3")
rows = [
    ("1", "It is recommended that, within six months, the constabulary makes sure that a trained "
          "supervisor reviews the risk assessment for every missing child episode.",
     "A supervisor review field was added to the missing person record in July. Compliance is "
     "checked weekly by the head of public protection and stood at 91 percent in the first month."),
    ("2", "It is recommended that the constabulary reviews the capacity of its child exploitation "
          "team so that new referrals are allocated within 24 hours.",
     "Six additional investigators have been moved into the team from 1 September. The review "
     "itself will report to the Commissioner in October."),
]
for row in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, row):
        c.text = txt

doc.add_heading("Areas for improvement", 1)
doc.add_paragraph(
    "The report also sets out four areas for improvement. I have listed them with the "
    "constabulary’s update where one has been provided.")
doc.add_heading("Investigating crime", 2)
doc.add_paragraph(
    "We expect the constabulary to improve the quality of its initial investigations, so that "
    "evidence is secured at the first opportunity.", style="List Number")
labelled(doc, "Chief Constable’s update: ",
         "An investigative standards team was set up in May and has reviewed 400 crimes so far.")
doc.add_paragraph(
    "The constabulary should make sure that victims are told when their case is closed, and why.",
    style="List Number")
labelled(doc, "Chief Constable’s update: ",
         "Closure letters are now generated automatically from the crime record.")
doc.add_heading("Managing offenders and suspects", 2)
doc.add_paragraph(
    "Inspectors want to see the constabulary reduce the number of wanted suspects who have not been "
    "arrested within 28 days.", style="List Number")
labelled(doc, "Commissioner’s comment: ",
         "I have asked for this to be reported to my next accountability board. No update has yet "
         "been provided.")
doc.add_heading("Leadership and force management", 2)
doc.add_paragraph(
    "The constabulary should improve how it uses data to predict demand, so that it can plan its "
    "workforce for the next three years.", style="List Number")
labelled(doc, "Chief Constable’s update: ",
         "A new demand model will be in use for the 2026/27 budget.")

doc.add_heading("Other matters", 1)
doc.add_paragraph(
    "Suffolk Fire and Rescue Service, for which I am not responsible, was graded good in its own "
    "inspection last year. That is a matter for Suffolk County Council. An outstanding debt owed "
    "to the constabulary by a former contractor has now been recovered and is reported in my "
    "annual accounts.")

doc.add_paragraph("")
doc.add_paragraph("Gideon Marchetti-Ross\nPolice and Crime Commissioner for Suffolk")
doc.save(OUT)
print("wrote", OUT)
