"""x06.docx: notes of a PCC's Accountability Board with an action log and an HMICFRS
update section (Warwickshire).

    /tmp/c19venv/bin/python make_x06.py   (run from src/)
"""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from docxutil import shade, set_cell, labelled, repeat_header

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.2)
    s.header.paragraphs[0].text = "OFFICIAL – for publication"
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    s.footer.paragraphs[0].text = "Warwickshire OPCC – Accountability Board notes – July 2025"

t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Office of the Police and Crime Commissioner for Warwickshire")
r.bold = True
r.font.size = Pt(14)
doc.add_heading("Police and Crime Commissioner's Accountability Board", level=1)
doc.add_paragraph("Notes of the meeting held on Tuesday 15 July 2025, 10:00–12:30, "
                  "Leek Wootton and via Microsoft Teams")

doc.add_heading("Present", level=3)
for line in [
    "Tom Ashdown – Police and Crime Commissioner (PCC)",
    "Kieran Locke – Temporary Chief Constable (T/CC)",
    "Helen Vassey – Assistant Chief Constable (ACC)",
    "Grace Mwangi – Chief Executive, OPCC (CE)",
    "Paul Treharne – Chief Finance Officer, OPCC (CFO)",
    "Sophie Lark – Policy and Scrutiny Officer, OPCC (notes)",
]:
    doc.add_paragraph(line, style="List Bullet")
doc.add_paragraph("Apologies: Director of Finance, Warwickshire Police.")

doc.add_heading("1. Notes of the previous meeting and action log", level=2)
doc.add_paragraph("The notes of the meeting held on 17 June 2025 were agreed. Progress on open "
                  "actions was reviewed:")
doc.add_paragraph("Action 23/14: T/CC to provide a breakdown of rural crime outcomes by "
                  "safer neighbourhood team. Provided 10 July 2025 – closed.", style="List Bullet")
doc.add_paragraph("Action 25/05: CFO to circulate the revised reserves strategy. Circulated – "
                  "closed.", style="List Bullet")
doc.add_paragraph("Action 25/06: ACC to report on the use of Section 60 authorisations in "
                  "Nuneaton. Deferred to September – open.", style="List Bullet")

doc.add_heading("2. Finance – quarter 1 2025/26", level=2)
doc.add_paragraph("The CFO reported a projected underspend of £412,000 against the 2025/26 "
                  "revenue budget of £138.6m, mainly from police staff vacancies. The PCC asked "
                  "that vacancies in the Investigation Support Unit be prioritised.")

doc.add_heading("3. Performance", level=2)
doc.add_paragraph("The T/CC presented the quarterly performance pack. 999 calls answered "
                  "within 10 seconds: 91%. Charge/summons rate for all crime: 9.8%, up from "
                  "8.1% a year earlier. The PCC welcomed the improvement and asked for the "
                  "rate for domestic abuse to be shown separately in future.")

doc.add_heading("4. HMICFRS update", level=2)
doc.add_paragraph(
    "The T/CC reminded the Board that in the PEEL 2023–25 inspection, published in "
    "January 2025, HMICFRS graded the force requires improvement for investigating crime and "
    "adequate for protecting vulnerable people. The Board reviewed the open areas for "
    "improvement from that report and one carried forward from the PEEL 2021/22 report.")

doc.add_heading("4.1 PEEL 2023–25 – open areas for improvement", level=3)
p = doc.add_paragraph()
p.add_run("AFI 1 – Investigating crime").bold = True
doc.add_paragraph("The force should make sure that all investigations are subject to regular "
                  "and effective supervision, with clear direction recorded on the crime "
                  "record.")
labelled(doc, "Update:", "A supervisory review standard was issued in March 2025. A dip "
         "sample of 200 investigations in June found a recorded supervisory review in 84% "
         "of cases, against 52% at the time of the inspection. The T/CC proposed the AFI for "
         "closure; the PCC asked for a further sample in October before agreeing.")

p = doc.add_paragraph()
p.add_run("AFI 2 – Investigating crime").bold = True
doc.add_paragraph("The force should reduce the number of investigations that are closed "
                  "because the victim does not support further action, and make sure it "
                  "considers evidence-led prosecutions where appropriate.")
labelled(doc, "Update:", "Evidence-led prosecution guidance and a checklist are now on the "
         "intranet, and the force's lead for domestic abuse reviews every outcome 16 "
         "finalisation for domestic abuse cases. Numbers will be reported from September.")

p = doc.add_paragraph()
p.add_run("AFI 3 – Protecting vulnerable people").bold = True
doc.add_paragraph("The force should make sure that it carries out timely reviews of the risk "
                  "posed by registered sex offenders who are managed at the lowest level of "
                  "risk.")
labelled(doc, "Update:", "Not provided – the ACC will report at the September Board "
         "(Action 25/09).")

doc.add_heading("4.2 PEEL 2021/22 – area for improvement carried forward (strategic planning, organisational management and value for money)", level=3)
doc.add_paragraph("The force should make sure that it understands the demand it faces, so "
                  "that it can match its resources to that demand.")
labelled(doc, "Update:", "The new demand model, developed jointly with the Home Office "
         "Police Productivity Review team, went live in May 2025 and informed the 2025/26 "
         "shift review. The PCC agreed that this AFI can be closed.")

doc.add_heading("4.3 National and thematic recommendations", level=3)
doc.add_paragraph(
    "The CE reported that 11 recommendations from national thematic inspections remain open. "
    "The Board noted in particular the recommendation from HMICFRS's inspection of vetting, "
    "misconduct and misogyny that, by October 2025, chief constables should make sure that "
    "all officers and staff have been checked against the Police National Database. The "
    "force expects to complete the checks by the end of August. The PCC noted that West "
    "Mercia Police had completed its checks and asked the T/CC to share learning with them.")

doc.add_heading("5. Any other business", level=2)
doc.add_paragraph("None. Next meeting: Tuesday 16 September 2025.")

doc.add_heading("Action log", level=2)
log = doc.add_table(rows=1, cols=5)
log.style = "Table Grid"
for c, h in zip(log.rows[0].cells, ["Action", "Description", "Owner", "Due", "Status"]):
    set_cell(c, h, bold=True)
    shade(c, "BDD7EE")
repeat_header(log.rows[0])
for row in [
    ("Action 23/14", "Breakdown of rural crime outcomes by safer neighbourhood team", "T/CC", "15/07/2025", "Closed"),
    ("Action 25/06", "Section 60 authorisations in Nuneaton", "ACC", "16/09/2025", "Open"),
    ("Action 25/07", "Show domestic abuse charge rate separately in the performance pack", "T/CC", "16/09/2025", "Open"),
    ("Action 25/08", "Further dip sample of supervisory reviews (PEEL AFI 1)", "T/CC", "21/10/2025", "Open"),
    ("Action 25/09", "Update on registered sex offender reviews (PEEL AFI 3)", "ACC", "16/09/2025", "Open"),
    ("Action 25/10", "Share PND checking learning with West Mercia Police", "T/CC", "16/09/2025", "Open"),
]:
    cells = log.add_row().cells
    for c, v in zip(cells, row):
        set_cell(c, v)

doc.save("../docs/x06.docx")
print("wrote docs/x06.docx")
