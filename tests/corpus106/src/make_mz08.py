"""mz08.docx: Kent and Essex Serious Crime Directorate joint governance board paper on PEEL Effectiveness 2016."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mz08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL SENSITIVE when completed - Kent and Essex SCD Joint Governance Board"
sec.footer.paragraphs[0].text = "Paper JGB/17/04"

t0 = doc.add_table(rows=4, cols=2)
t0.style = "Table Grid"
for r, (a, b) in enumerate([
    ("Meeting", "Kent and Essex Serious Crime Directorate Joint Governance Board, 27 April 2017"),
    ("Paper", "JGB/17/04 - HMIC PEEL Effectiveness 2016: serious and organised crime findings"),
    ("Author", "Detective Chief Superintendent, Head of SCD"),
    ("Purpose", "For information and decision"),
]):
    set_cell(t0.cell(r, 0), a, bold=True)
    set_cell(t0.cell(r, 1), b)
    shade(t0.cell(r, 0), "E7E6E6")

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph("HMIC published its PEEL effectiveness reports for Kent Police and Essex Police on 2 March 2017. This paper sets out both forces' grades, with last year's for comparison, and the areas for improvement that fall to the Serious Crime Directorate (SCD), which the two forces have run jointly since 2010. Alan Pughsley, Chief Constable of Kent Police, and Stephen Kavanagh, Chief Constable of Essex Police, co-chair the Board.")

doc.add_heading("2. Grades", level=2)
doc.add_paragraph("Table 1: PEEL effectiveness grades, 2015 and 2016")
rows = [
    ("Question", "Kent 2016", "Kent 2015", "Essex 2016", "Essex 2015"),
    ("Overall effectiveness", "Good", "Good", "Requires improvement", "Requires improvement"),
    ("Preventing crime and tackling anti-social behaviour", "Good", "Good", "Good", "Good"),
    ("Investigating crime and reducing re-offending", "Good", "Good", "Requires improvement", "Requires improvement"),
    ("Protecting vulnerable people and supporting victims", "Good", "Good", "Requires improvement", "Inadequate"),
    ("Tackling serious and organised crime", "Good", "Good", "Good", "Good"),
    ("Specialist capabilities", "Ungraded", "n/a", "Ungraded", "n/a"),
]
t = doc.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        set_cell(t.cell(r, c), val, bold=(r == 0))
        if r == 0:
            shade(t.cell(r, c), "1F3864")
doc.add_paragraph("2.1 Both forces were judged good at tackling serious and organised crime in each year. Kent's grades are unchanged across the board. Essex, by contrast, remains requires improvement overall, although its protection of vulnerable people has moved up from inadequate.")
doc.add_paragraph("2.2 HMIC grades effectiveness on a four-point scale: outstanding, good, requires improvement and inadequate. The specialist capabilities question is not graded.")

doc.add_heading("3. Areas for improvement relevant to SCD", level=2)
doc.add_paragraph("3.1 Essex Police's report contains one area for improvement on serious and organised crime, and Kent Police's contains one. A third appears in both reports in identical words because it concerns a shared SCD function.")

doc.add_heading("Kent", level=3)
doc.add_paragraph("Kent Police should improve its understanding of the threat posed by organised crime groups involved in cyber-crime, including through greater use of partner data.", style="Quote")
labelled(doc, "SCD update:", "A cyber threat assessment drawing on Action Fraud and banking data was completed in March 2017.")

doc.add_heading("Essex", level=3)
doc.add_paragraph("Essex Police should ensure that local neighbourhood teams are routinely briefed on the organised crime groups in their areas and contribute intelligence about them.", style="Quote")
labelled(doc, "SCD update:", "Briefing packs are being trialled in two Essex districts. Roll-out to all districts is planned for July 2017.")

doc.add_heading("Both forces", level=3)
doc.add_paragraph("The force should make sure that it uses the full range of powers and partnership tactics to manage organised criminals over the long term, including after they are released from prison.", style="Quote")
labelled(doc, "SCD update:", "A joint lifetime offender management team will be proposed to the Board in July 2017.")

doc.add_heading("4. Other points", level=2)
doc.add_paragraph("4.1 HMIC noted as good practice the SCD's joint asset recovery team. Matthew Scott, Kent Police and Crime Commissioner, and Roger Hirst, Police and Crime Commissioner for Essex, have asked to see its 2016/17 results.")
doc.add_paragraph("4.2 The eastern region's ROCU (ERSOU), which serves Bedfordshire Police, Cambridgeshire Constabulary and Hertfordshire Constabulary among others, has asked to share the SCD's cyber threat assessment.")

doc.add_heading("5. Decision required", level=2)
doc.add_paragraph("5.1 The Board is asked to note the grades and to approve the proposal at paragraph 3 for a joint lifetime offender management team.")
doc.save(OUT)
print("wrote", OUT)
