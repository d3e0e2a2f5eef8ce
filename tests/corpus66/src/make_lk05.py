"""lk05.docx: London Assembly Police and Crime Committee paper on the Met's PEEL progress."""
from docx import Document
from docx.shared import Pt
from docx.enum.section import WD_ORIENT
from docxutil import shade, set_cell

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "LONDONASSEMBLY - Police and Crime Committee"
sec.footer.paragraphs[0].text = "City Hall, Kamal Chunchie Way, London E16 1ZE  |  Page 1"

meta = doc.add_table(rows=4, cols=2); meta.style = "Light Grid Accent 1"
for r, (k, v) in zip(meta.rows, [("Subject:", "HMICFRS PEEL inspection of the Metropolitan Police Service: progress update"),
                                 ("Report to:", "Police and Crime Committee"),
                                 ("Report of:", "Executive Director of Secretariat"),
                                 ("Date:", "21 January 2026")]):
    set_cell(r.cells[0], k, bold=True); set_cell(r.cells[1], v)
doc.add_paragraph("This report will be considered in public")

doc.add_heading("1. Summary", level=1)
doc.add_paragraph("1.1 This report provides background for the Committee's session with the Mayor's "
                  "Office for Policing And Crime (MOPAC) and the Metropolitan Police Service (MPS) "
                  "on progress against the findings of HMICFRS's PEEL 2023-25 inspection, published "
                  "on 18 September 2025.")
doc.add_heading("2. Recommendation", level=1)
doc.add_paragraph("2.1 That the Committee notes the report as background to putting questions to invited "
                  "guests, and notes the discussion.")

doc.add_heading("3. Background", level=1)
doc.add_paragraph("3.1 The Police Act 1996 requires the Mayor, as the occupant of the Mayor's Office for "
                  "Policing And Crime, to respond to HMICFRS reports. MOPAC's response was published on "
                  "10 November 2025 and signed by Marguerite Oyelowo-Banks, Deputy Mayor for Policing and Crime.")
doc.add_paragraph("3.2 HMICFRS graded the MPS inadequate for responding to the public and raised a cause "
                  "of concern in that area. The MPS was also judged to require improvement in four "
                  "areas: police powers and public treatment; investigating crime; protecting vulnerable "
                  "people; and building, supporting and protecting the workforce. It was graded adequate "
                  "for preventing and deterring crime, managing offenders and suspects, and leadership "
                  "and force management, and good for disrupting serious organised crime and for crime "
                  "data integrity.")
doc.add_paragraph("3.3 In PEEL 2021/22 the MPS had been graded as requires improvement for both responding "
                  "to the public and investigating crime, and adequate for protecting vulnerable people. "
                  "The grade for protecting vulnerable people has therefore gone down.")
doc.add_paragraph("3.4 The Committee last considered PEEL at its meeting on 12 March 2025, when members "
                  "heard from the then Assistant Commissioner for Met Operations. A fire and rescue "
                  "inspection of London Fire Brigade is considered by the Fire Committee, not this Committee.")

doc.add_heading("4. Issues for consideration", level=1)
doc.add_paragraph("4.1 The table below reproduces the cause of concern, the two recommendations and "
                  "the five areas for improvement, with the MPS's latest update as supplied to the "
                  "Secretariat on 9 January 2026.")
tbl = doc.add_table(rows=1, cols=4); tbl.style = "Table Grid"
for c, h in zip(tbl.rows[0].cells, ("Ref", "Type", "Finding", "MPS update (January 2026)")):
    set_cell(c, h, bold=True); shade(c, "BDD7EE")
items = [
    ("CoC1", "Cause of concern (Responding to the public)",
     "The Metropolitan Police Service isn't answering calls from the public quickly enough, and it doesn't always identify vulnerable callers and respond to them appropriately.",
     "A recovery plan is in place. 150 additional call handlers started between October and December 2025."),
    ("R1", "Recommendation",
     "Within six months, the force should make sure that it answers emergency calls within ten seconds, in line with the national standard.",
     "81 per cent of emergency calls were answered within ten seconds in December 2025, against 64 per cent in the inspection period."),
    ("R2", "Recommendation",
     "Within six months, the force should improve how it assesses risk when the public first contact it. It should make sure that: call handlers use a structured risk assessment for every call; repeat and vulnerable callers are identified at the first opportunity; and supervisors review a sample of completed calls each month.",
     "The THRIVE+ structured assessment was made mandatory on 3 November 2025. Monthly dip-sampling begins in February 2026."),
    ("AFI1", "Area for improvement (Police powers and public treatment)",
     "The force should make sure that the grounds for each stop and search are recorded fully, and that supervisors review a proportion of records to check that reasonable grounds existed.",
     "Body-worn video review by supervisors is now required for 10 per cent of searches."),
    ("AFI2", "Area for improvement (Investigating crime)",
     "The force should make sure that investigations are supervised effectively, with clear investigation plans that are reviewed regularly.",
     "An investigation plan template has been introduced in all basic command units."),
    ("AFI3", "Area for improvement (Investigating crime)",
     "The force should make sure it keeps victims updated throughout their investigation and records whether it has complied with the Victims' Code of Practice.",
     "Update awaited."),
    ("AFI4", "Area for improvement (Protecting vulnerable people)",
     "The force should improve how it identifies and safeguards children who repeatedly go missing from home.",
     "Missing persons coordinators are now in place in each basic command unit."),
    ("AFI5", "Area for improvement (Building, supporting and protecting the workforce)",
     "The force should improve the support it gives to new officers, so that fewer of them leave in their first two years of service.",
     "A tutor constable allowance was introduced in the 2025/26 budget."),
]
for ref, typ, text, upd in items:
    r = tbl.add_row().cells
    for c, v in zip(r, (ref, typ, text, upd)):
        set_cell(c, v)

doc.add_paragraph()
doc.add_paragraph("4.2 Members may also wish to ask about HMICFRS's national recommendation, made to all "
                  "chief constables in its 2025 report on neighbourhood policing, that forces publish "
                  "ward-level attendance times. This is not a PEEL recommendation for the MPS.")
doc.add_heading("5. Invited guests", level=1)
for s in ["Marguerite Oyelowo-Banks, Deputy Mayor for Policing and Crime",
          "Sir Callum Ashdown QPM, Commissioner of Police of the Metropolis",
          "Imogen Thackeray, His Majesty's Inspector of Constabulary (HMICFRS)"]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_heading("6. Legal implications", level=1)
doc.add_paragraph("6.1 The Committee has the power to do what is recommended in this report.")
doc.add_heading("7. Financial implications", level=1)
doc.add_paragraph("7.1 There are no financial implications arising from this report.")
doc.add_paragraph("List of appendices to this report: None")
doc.add_paragraph("Contact Officer: Tomasz Ridgewell, Senior Policy Adviser; Telephone: 020 7983 0000")
doc.save("../docs/lk05.docx")
