"""y04.docx: an opposition politician's press release attacking Cleveland Police's PEEL
grades, as the Word file sent to newsdesks (plain styling, capitals, grades in quotes)."""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Teesside Liberal Democrats \u2013 Press Office"


def para(text, bold=False, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if align:
        p.alignment = align
    return p


para("PRESS RELEASE", bold=True)
para("FOR IMMEDIATE RELEASE \u2013 Friday 11 April 2025", bold=True)
para("")
para("\u201cINADEQUATE\u201d AT PROTECTING THE VULNERABLE: CLEVELAND\u2019S COMMISSIONER MUST "
     "ANSWER FOR DAMNING REPORT", bold=True)
para("")
para("Liberal Democrat councillor and community safety spokesperson Cllr Nadia Fairhurst has "
     "today called on Cleveland\u2019s Police and Crime Commissioner, Grant Ashworth-Pike, "
     "to appear before the Police and Crime Panel and explain why the force has been "
     "rated \u201cINADEQUATE\u201d for protecting vulnerable people.")
para("The rating comes in the force\u2019s latest PEEL inspection report, published yesterday "
     "by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
     "(HMICFRS).")
para("Cleveland Police was rated \u201cREQUIRES IMPROVEMENT\u201d in no fewer than five "
     "other areas:")
for item in ("responding to the public (the 999 and 101 service);",
             "investigating crime;",
             "police powers and public treatment;",
             "building, supporting and protecting the workforce;",
             "leadership and force management."):
    doc.add_paragraph(item, style="List Bullet")
para("Even the areas the Commissioner will no doubt point to as \u201cpositives\u201d \u2013 "
     "preventing crime and managing offenders \u2013 were only rated \u201cADEQUATE\u201d. Not "
     "one area of the force\u2019s work was rated \u201cGOOD\u201d, let alone \u201cOUTSTANDING\u201d.")
para("Cllr Fairhurst said:")
para("\u201cThis is not a blip. When this force was last inspected, in 2021/22, it was "
     "graded \u2018REQUIRES IMPROVEMENT\u2019 for protecting vulnerable people. Three years on, "
     "it has gone backwards. Victims of domestic abuse, children at risk, people in mental "
     "health crisis \u2013 these are the people being let down.")
para("\u201cAnd don\u2019t let anyone tell you this is simply about money or about the North "
     "East. Just up the road, Durham Constabulary was rated \u2018GOOD\u2019 for protecting "
     "vulnerable people in the very same round of inspections. If Durham can do it, so "
     "can Cleveland.\u201d")
para("The inspectors\u2019 cause of concern could not be clearer. It reads:")
q = doc.add_paragraph(style="Intense Quote")
q.add_run("Cleveland Police does not assess and manage the risk to vulnerable people "
          "quickly or consistently enough, and it does not always refer them to the "
          "agencies that can support them.")
para("Inspectors made three recommendations to go with it. The first of them says:")
q = doc.add_paragraph(style="Intense Quote")
q.add_run("Within three months, the force should make sure that a supervisor reviews every "
          "domestic abuse risk assessment within 24 hours of it being completed.")
para("Cllr Fairhurst continued:")
para("\u201cI have nothing but respect for the officers and staff who do a difficult job on our "
     "streets every night. But leadership matters. The Commissioner has had three years to "
     "turn this around. Acting Chief Constable Rhiannon Stokoe has been in post for only "
     "four months and I will give her a fair wind, but the Commissioner has questions to "
     "answer, and the Panel meeting on 29 April is the place to answer them.\u201d")
para("The Liberal Democrats are calling for:")
for item in ("an extraordinary meeting of the Police and Crime Panel before the end of May;",
             "publication of the force\u2019s improvement plan in full, with dates;",
             "a monthly public update on the time taken to answer 101 calls."):
    doc.add_paragraph(item, style="List Number")
para("ENDS", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
para("")
para("NOTES TO EDITORS", bold=True)
for item in (
        "HMICFRS grades police forces on a five-point scale: OUTSTANDING, GOOD, ADEQUATE, "
        "REQUIRES IMPROVEMENT and INADEQUATE. The full report is on the HMICFRS website.",
        "Cllr Nadia Fairhurst represents Linthorpe ward on Middlesbrough Council and is the "
        "party\u2019s community safety spokesperson.",
        "Cleveland Fire Brigade, which is inspected separately, is not covered by this "
        "release.",
        "For interviews contact the press office on 01642 000000 or press@example.org.uk."):
    doc.add_paragraph(item, style="List Number 2")
para("Promoted by T. Arkwright on behalf of Teesside Liberal Democrats, both at 12 Example "
     "Street, Middlesbrough.")

doc.save(os.path.join(HERE, "..", "docs", "y04.docx"))
print("wrote docs/y04.docx")
