"""Build docs/nd02.docx: a community safety partnership strategic assessment (excerpt)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import table, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nd02.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Fenland Community Safety Partnership - OFFICIAL SENSITIVE (redacted for publication)"
sec.footer.paragraphs[0].text = "Cambridgeshire Research Group | Strategic Assessment 2016/17 | Page"

doc.add_heading("Fenland Community Safety Partnership", 0)
doc.add_paragraph("Strategic Assessment 2016/17 - Document 1: Partnership context")
doc.add_paragraph("Version 1.2. Produced by the Cambridgeshire Research Group for the partnership board "
                  "meeting of 8 March 2017. Data period: 1 October 2015 to 30 September 2016.")
doc.add_heading("1. Introduction", 1)
doc.add_paragraph(
    "Community safety partnerships are required to produce an annual strategic assessment which "
    "identifies the crime, disorder and substance misuse issues affecting their area and sets out "
    "the priorities for the coming year. This first document describes the context in which the "
    "partnership is working: changes to funding, to the structure of partner agencies and to the way "
    "those agencies are themselves inspected. Documents 2 to 4 deal with the priority themes.")
doc.add_heading("2. Key findings", 1)
for b in ["Total recorded crime in Fenland rose by 6% over the period, broadly in line with the rise "
          "across the county; much of the increase reflects better recording rather than more crime.",
          "Domestic abuse and sexual violence remain the largest area of harm the partnership deals with.",
          "Exploitation of migrant workers in Wisbech continues to be a concern for every partner.",
          "The partnership board should keep its three priorities for 2017/18 (see section 6)."]:
    doc.add_paragraph(b, style="List Bullet")

doc.add_heading("3. Partner agencies: inspection results", 1)
doc.add_paragraph(
    "The board asked that this year's assessment record how each statutory partner was judged at its "
    "most recent inspection. Her Majesty's Inspectorate of Constabulary (HMIC) inspects Cambridgeshire "
    "Constabulary each year under its PEEL programme (police effectiveness, efficiency and legitimacy), "
    "grading each pillar on a four-point scale: outstanding, good, requires improvement or inadequate. "
    "Leadership is assessed but receives a narrative rather than a graded judgment.")
doc.add_paragraph("Table 3.1: Cambridgeshire Constabulary - HMIC PEEL grades")
t = table(doc, [
    ["PEEL pillar", "2016 grade", "2015 grade", "Published (2016)"],
    ["Effectiveness", "Good", "Requires improvement", "March 2017"],
    ["Efficiency", "Good", "Good", "November 2016"],
    ["Legitimacy", "Good", "Good", "December 2016"],
    ["Leadership", "Narrative only", "Narrative only", "December 2016"],
])
doc.add_paragraph(
    "The improvement in effectiveness is welcome. In 2015 HMIC had found weaknesses in how the "
    "constabulary protected vulnerable people; in 2016 it judged this area good, and the force's "
    "investigation of crime was also graded good. HMIC graded the force's understanding of demand as "
    "good within the efficiency pillar.")
doc.add_paragraph(
    "The effectiveness report contained an area for improvement which bears directly on the "
    "partnership's work on exploitation:")
q = doc.add_paragraph(
    "The constabulary should work with partner organisations to develop local profiles of serious and "
    "organised crime, so that it and its partners understand the threat in each district and can plan "
    "joint action to disrupt it.", style="Intense Quote")
doc.add_paragraph(
    "At the time of writing the constabulary had not yet shared a Fenland profile with the partnership. "
    "Detective Superintendent Karl Mowbray has offered to brief the board in June.")
doc.add_paragraph("Table 3.2: Other partners")
t2 = table(doc, [
    ["Partner", "Inspectorate", "Most recent judgment", "Date"],
    ["Cambridgeshire County Council children's services", "Ofsted", "Requires improvement", "November 2014"],
    ["Cambridgeshire Fire and Rescue Service", "Peer review (LGA)", "Not graded", "2015"],
    ["Cambridgeshire and Peterborough CRC", "HM Inspectorate of Probation", "Not graded", "2016"],
    ["Wisbech Hospital (North Cambs)", "CQC", "Good", "August 2016"],
])
doc.add_paragraph(
    "The partnership board also uses its own assurance rating for each workstream (Table 5.1, document "
    "4); a workstream rated 'good' there has met its delivery plan and should not be confused with an "
    "inspectorate grade.")
doc.add_heading("4. Funding", 1)
doc.add_paragraph(
    "The Police and Crime Commissioner, Jason Ablewhite, confirmed community safety funding of "
    "£38,000 for 2017/18, a reduction of 5%. The partnership has also had access to the Commissioner's "
    "Crime Reduction Fund and the joint fund held with Peterborough. Norfolk Constabulary and "
    "Lincolnshire Police remain key partners for the cross-border work on Operation Pheasant.")
doc.add_heading("5. Next steps", 1)
doc.add_paragraph(
    "The board is asked to agree the priorities in section 6 and to note the inspection results "
    "summarised above. Chief Constable Alec Wood has written to the chairs of all six Cambridgeshire "
    "partnerships setting out how the constabulary will respond to HMIC's findings.")
doc.save(OUT)
print("wrote", OUT)
