"""li05.docx: Staffordshire Strategic Governance Board minutes with an action log (python-docx)."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import shade, set_cell, labelled

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "li05.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = "SGB minutes 20 January 2026 - DRAFT until approved"

doc.add_heading("Staffordshire Commissioner's Office", level=1)
doc.add_heading("Strategic Governance Board (Police) - Minutes", level=2)
doc.add_paragraph("Tuesday 20 January 2026, 10:00-12:30, Conference Room 2, Staffordshire Place, Stafford")

doc.add_paragraph("Present", style="Heading 3")
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for n, r in [("Martin Aldersey", "Staffordshire Commissioner (Chair)"),
             ("Rhiannon Tellwright", "Deputy Staffordshire Commissioner"),
             ("Helena Marsh-Rudd", "Chief Constable"),
             ("Owen Petrakis", "Deputy Chief Constable"),
             ("Kamala Brightwell", "Assistant Chief Constable (Crime and Public Protection)"),
             ("Gareth Bourne", "Chief Executive and Monitoring Officer, SCO"),
             ("Linnea Oduya", "Head of Assurance, SCO (minutes)")]:
    c = t.add_row().cells
    c[0].text, c[1].text = n, r
doc.add_paragraph("Apologies: Director of Finance (Police).")

doc.add_heading("1. Minutes and action log of the previous meeting", level=3)
doc.add_paragraph("The minutes of 16 December 2025 were agreed as a true record. Progress on actions is "
                  "shown in the action log at the end of these minutes.")

doc.add_heading("2. HMICFRS PEEL 2023-25: cause of concern (investigating crime)", level=3)
doc.add_paragraph("The Chair reminded the Board that the force had been graded inadequate for investigating "
                  "crime and that HMICFRS would revisit in March 2026. The Deputy Chief Constable presented "
                  "paper SGB/26/04 on progress against the two recommendations that sit under the cause of concern.")
doc.add_paragraph("Recommendation 1", style="Heading 4")
doc.add_paragraph("Within six months, the force should make sure that every investigation has a documented plan "
                  "that a supervisor reviews at regular intervals.", style="Quote")
labelled(doc, "Force update:", "The DCC reported that 87 per cent of open investigations now had a plan reviewed "
         "by a supervisor in the last 28 days, against 41 per cent in July 2025. Dip sampling by the Force "
         "Crime Registrar found the quality of plans was improving but variable.")
doc.add_paragraph("Recommendation 2", style="Heading 4")
doc.add_paragraph("Within six months, the force should reduce the number of investigations held by each "
                  "investigator to a level that allows them to be progressed without delay.", style="Quote")
labelled(doc, "Force update:", "Average caseloads in the local investigation teams had fallen from 24 to 17. "
         "The ACC explained that the remaining gap depended on 38 detective constables completing training by June 2026.")
doc.add_paragraph("The Commissioner asked whether the force expected the inspectorate to close the cause of "
                  "concern at the revisit. The Chief Constable said she was cautiously optimistic but would not "
                  "pre-empt the inspectorate's judgement.")

doc.add_heading("3. HMICFRS areas for improvement: exception report", level=3)
doc.add_paragraph("The Board considered two of the eleven open areas for improvement from the PEEL 2023-25 "
                  "report, chosen because they are rated amber on the force tracker. The other nine are on track "
                  "and were not discussed.")
doc.add_paragraph("(a) Protecting vulnerable people. HMICFRS said: 'The force should improve the quality of its "
                  "safeguarding referrals for children, so that partner agencies receive the information they need.' "
                  "The DCC said a new referral template had been agreed with both local authorities and would go live in "
                  "February.")
doc.add_paragraph("(b) Responding to the public. HMICFRS said: 'The force should make sure that call handlers use "
                  "THRIVE consistently to assess the risk in every call for service.' No update was available because "
                  "the audit of call handling had been postponed to February; the item was deferred.")
doc.add_paragraph("The Chair noted that the Chief Fire Officer's report on Staffordshire Fire and Rescue Service "
                  "would be taken at the separate fire governance board on 27 January 2026.")

doc.add_heading("4. Police and Crime Plan performance, Quarter 3", level=3)
doc.add_paragraph("Deferred to the February meeting at the request of the force. The Commissioner noted that the "
                  "public consultation on the 2026/27 precept closes on 30 January 2026.")

doc.add_heading("5. Any other business", level=3)
doc.add_paragraph("The Chief Constable reported that West Midlands Police had offered two peer reviewers to support "
                  "the investigation standards work. The Board welcomed this as good practice in regional collaboration.")

doc.add_heading("Action log", level=3)
t = doc.add_table(rows=2, cols=5)
t.style = "Table Grid"
title = t.rows[0].cells[0].merge(t.rows[0].cells[4])
set_cell(title, "Strategic Governance Board - open and closed actions", bold=True)
shade(title, "D9E2F3")
for c, h in zip(t.rows[1].cells, ["No.", "Action", "Owner", "Due", "Status"]):
    set_cell(c, h, bold=True)
for row in [("SGB/25/41", "Provide data on repeat victims of domestic abuse by local policing area", "ACC Brightwell", "20/01/2026", "Closed"),
            ("SGB/26/01", "Bring the results of the February call handling audit (PEEL AFI, responding to the public) to the next Board", "DCC Petrakis", "17/02/2026", "Open"),
            ("SGB/26/02", "Share the revised child referral template with the Commissioner's office", "DCC Petrakis", "03/02/2026", "Open"),
            ("SGB/26/03", "Brief the Police, Fire and Crime Panel on the HMICFRS revisit", "Chief Executive", "09/03/2026", "Open")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
    shade(cells[4], "C6EFCE" if row[4] == "Closed" else "FFEB9C")
doc.add_paragraph("Date of next meeting: Tuesday 17 February 2026.")
doc.save(OUT)
print("wrote", OUT)
