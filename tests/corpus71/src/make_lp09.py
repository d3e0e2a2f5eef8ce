"""lp09.docx: a south-west domestic abuse charity's briefing comment on PEEL 2023-25."""
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

doc = Document()
doc.styles["Normal"].font.name = "Verdana"; doc.styles["Normal"].font.size = Pt(10)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Safe Harbour South West – briefing"
sec.footer.paragraphs[0].text = "Registered charity no. 1187734"

doc.add_heading("Briefing: What PEEL 2023–25 says about how police in the South West protect victims of domestic abuse", level=0)
doc.add_paragraph("Safe Harbour South West · Policy and Research · February 2025 · Written with Dr Tamsin Kellow, University of Plymouth")

doc.add_heading("Summary", level=1)
doc.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services has now published PEEL reports on both of the largest forces in our region. We read them from the point of view of the women and children we support.", style="List Bullet")
doc.add_paragraph("Avon and Somerset Constabulary was graded adequate for protecting vulnerable people.", style="List Bullet")
doc.add_paragraph("Devon and Cornwall Police was graded requires improvement in the same area, and inspectors found delays in safeguarding referrals.", style="List Bullet")
doc.add_paragraph("Neither report raised a cause of concern about domestic abuse.", style="List Bullet")

doc.add_heading("What the inspectors found", level=1)
doc.add_paragraph("In Devon and Cornwall, inspectors found that some referrals to the multi-agency risk assessment conference were made late, and that victims were not always told the outcome of a Domestic Violence Disclosure Scheme application. The report includes this area for improvement:")
q = doc.add_paragraph("The force should make sure that domestic abuse risk assessments are completed and reviewed by a supervisor within 24 hours, and that referrals to partner agencies are made without delay.", style="Intense Quote")
doc.add_paragraph("We have asked the force for its response to this area for improvement. At the time of writing we had not received one.")
doc.add_paragraph("In Avon and Somerset, inspectors were more positive about the Constabulary’s specialist domestic abuse teams. The Constabulary’s work with independent domestic violence advisers in its Bristol custody suites was described as good practice.")

doc.add_heading("Grades for protecting vulnerable people", level=1)
t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Force", "PEEL 2023–25", "Published")):
    set_cell(c, h, bold=True); shade(c, "E2D5EC")
for row in (("Avon and Somerset Constabulary", "Adequate", "27 November 2024"),
            ("Devon and Cornwall Police", "Requires improvement", "6 February 2025")):
    r = t.add_row()
    for c, v in zip(r.cells, row):
        set_cell(c, v)
doc.add_paragraph("Our survey of 212 survivors found that 38% rated their first contact with the police as good. This is our own measure and not an HMICFRS grade.")

doc.add_heading("What we are calling for", level=1)
doc.add_paragraph("We recommend that both forces publish their action plans for protecting vulnerable people within three months.", style="List Number")
doc.add_paragraph("We recommend that the commissioners invite specialist services to their accountability boards.", style="List Number")
doc.add_paragraph("HMICFRS’s 2021 national recommendation that all chief constables should make tackling violence against women and girls an immediate priority still applies.", style="List Number")

doc.add_heading("Response from the commissioner", level=1)
doc.add_paragraph("Alison Trebilcock, Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly, told us she would “look closely at the plan for protecting vulnerable people”. We welcome that. The Avon and Somerset Police and Crime Commissioner’s office said it would reply in March 2025.")
doc.add_paragraph("Contact: policy@safeharboursw.org.uk")
doc.save("../docs/lp09.docx")
print("wrote lp09.docx")
