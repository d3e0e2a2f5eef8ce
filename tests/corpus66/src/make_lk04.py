"""lk04.docx: City of London Police Authority Board's section 55 response (python-docx)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from docxutil import shade, set_cell, labelled

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]; hp.text = "OFFICIAL - PUBLIC\tCity of London Police Authority Board"
fp = sec.footer.paragraphs[0]; fp.text = "Section 55 response - PEEL 2023-25 - published July 2025"

t = doc.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.RIGHT
t.add_run("City of London Corporation\nGuildhall, London EC2P 2EJ").italic = True
doc.add_heading("Response of the City of London Police Authority Board to the HMICFRS report "
                "'PEEL 2023-25: An inspection of the City of London Police'", level=1)
doc.add_paragraph("Section 55 of the Police Act 1996 requires the local policing body to publish "
                  "comments on an inspection report within 56 days of its publication. The Court "
                  "of Common Council has delegated this function to the Police Authority Board. "
                  "This response was agreed at the Board's meeting of 16 July 2025.")

doc.add_heading("Foreword from the Chair", level=2)
doc.add_paragraph("The Board welcomes the report, published on 4 June 2025, which finds that our force "
                  "is good or outstanding in most of what it does. I thank Commissioner Hollis Penrose "
                  "and every officer and member of staff in the force. We note in particular that His "
                  "Majesty's Inspector of Constabulary, Matthew Ferrand, describes the force's "
                  "approach to serious and organised crime as outstanding, the highest grade the "
                  "inspectorate awards.")
doc.add_paragraph("The Board will hold the Commissioner to account for the three areas for improvement "
                  "through its Strategic Planning and Performance Committee, which meets quarterly.")
p = doc.add_paragraph(); p.add_run("Deputy Rosamund Ashcombe-Lyle").bold = True
doc.add_paragraph("Chair, Police Authority Board")

doc.add_heading("1. Summary of grades", level=2)
doc.add_paragraph("Table 1 sets out the grades in the 2023-25 report alongside those the force "
                  "received in HMICFRS's PEEL 2021/22 inspection.")
rows = [
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing and deterring crime and antisocial behaviour, and reducing vulnerability", "Good", "Good"),
    ("Responding to the public", "Adequate", "Good"),
    ("Investigating crime", "Good", "Adequate"),
    ("Protecting vulnerable people", "Adequate", "Requires improvement"),
    ("Managing offenders and suspects", "Good", "Adequate"),
    ("Disrupting serious organised crime", "Outstanding", "Good"),
    ("Building, supporting and protecting the workforce", "Good", "Good"),
    ("Leadership and force management", "Adequate", "Adequate"),
    ("Crime data integrity", "Good", "Good"),
]
tbl = doc.add_table(rows=2, cols=3); tbl.style = "Table Grid"
top = tbl.rows[0].cells
m = top[0].merge(top[2]); set_cell(m, "Table 1: PEEL grades, City of London Police", bold=True); shade(m, "D9E2F3")
for c, h in zip(tbl.rows[1].cells, ("Area of policing", "PEEL 2023-25", "PEEL 2021/22")):
    set_cell(c, h, bold=True); shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
fills = {"Outstanding": "548235", "Good": "A9D08E", "Adequate": "FFE699",
         "Requires improvement": "F4B183", "Inadequate": "FF7C80"}
for area, g25, g22 in rows:
    r = tbl.add_row().cells
    set_cell(r[0], area); set_cell(r[1], g25); set_cell(r[2], g22)
    shade(r[1], fills[g25]); shade(r[2], fills[g22])
last = tbl.add_row().cells
m = last[0].merge(last[2])
set_cell(m, "Providing a service to victims of crime is reported on but not graded.", italic=True)

doc.add_paragraph()
doc.add_paragraph("The Board notes that the grade for responding to the public has fallen from good "
                  "to adequate, although the force's call volumes rose by 18 per cent over the period. "
                  "London Fire Brigade, which serves the Square Mile, was inspected separately and "
                  "is not part of this response.")

doc.add_heading("2. Areas for improvement", level=2)
doc.add_paragraph("The report makes three areas for improvement and no causes of concern. Each is "
                  "set out below with the Commissioner's response and the Board's comment.")

afis = [
    ("Responding to the public",
     "The force should make sure its control room staff record the reason whenever attendance at an incident is delayed beyond the target time.",
     "A mandatory 'delay reason' field was added to the command and control system on 1 July 2025. Supervisors now review every delayed incident at the end of each shift.",
     "The Board will ask for the first quarter's data in October 2025."),
    ("Protecting vulnerable people",
     "The force should improve the quality of the referrals it makes to partner agencies when officers identify a vulnerable adult.",
     "Training for all frontline officers on the adult concern referral form will be complete by December 2025, and the public protection unit has begun dip-sampling referrals each month.",
     "The Board is reassured by the pace of this work."),
    ("Leadership and force management",
     "The force should develop its understanding of the demand it faces from fraud cases referred to it by other forces, and use this understanding to plan its workforce.",
     None,
     "The force's response to this area for improvement will be reported to the Board once the national fraud operating model review concludes in spring 2026."),
]
for i, (area, text, resp, comment) in enumerate(afis, 1):
    doc.add_heading("Area for improvement %d - %s" % (i, area), level=3)
    doc.add_paragraph(text, style="Intense Quote")
    if resp:
        labelled(doc, "Commissioner's response:", resp)
    labelled(doc, "Board comment:", comment)

doc.add_heading("3. Other matters", level=2)
for s in ["The report highlights as good practice the force's joint economic crime hub with the Metropolitan Police Service.",
          "HMICFRS's national recommendation that all chief constables review their vetting decisions by 30 September 2025 is being taken forward separately and is reported to the Professional Standards and Integrity Committee.",
          "The force's budget for 2025/26 provides an adequate supply of funding for the control room uplift."]:
    doc.add_paragraph(s, style="List Bullet")
doc.add_paragraph("Contact: Police Authority Team, policeauthority@cityoflondon.example.gov.uk")
doc.save("../docs/lk04.docx")
