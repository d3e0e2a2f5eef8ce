"""f01.docx: Police and Crime Commissioner for Dorset, section 55 response to PEEL 2023-25."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docxutil import shade, cell_paras, labelled, page_field

doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]; hp.text = "OFFICIAL"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]; fp.text = "Office of the Police and Crime Commissioner for Dorset | Page "
page_field(fp)

doc.add_heading("Section 55 response: PEEL 2023–25 inspection of Dorset Police", level=1)
p = doc.add_paragraph()
p.add_run("Rosalind Ashworth-Pike, Police and Crime Commissioner for Dorset").bold = True
doc.add_paragraph("Report published by HMICFRS: 21 November 2024. Response sent to the Home "
                  "Secretary: 14 January 2025. This document was last reviewed on 2 April 2025.")

doc.add_heading("Introduction", level=2)
doc.add_paragraph(
    "Section 55 of the Police Act 1996 requires me to publish my comments on every report about "
    "Dorset Police that His Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
    "(HMICFRS) publishes, and to send them to the Home Secretary. This is my response to the "
    "inspectorate's PEEL 2023–25 report on the force.")
doc.add_paragraph(
    "I am grateful to His Majesty's Inspector of Constabulary Imogen Tarrant and her team. The "
    "report recognises much that the force does well, and I agree with it. It also says plainly "
    "that victims of crime deserve better investigations, and I have made that the first item "
    "on the agenda of my Accountability Board. I have asked Chief Constable Tobias Wrenfield to "
    "set out the force's position on each area for improvement, and his answers appear in the "
    "right-hand column of each table below.")

doc.add_heading("The force's grades", level=2)
doc.add_paragraph("HMICFRS grades each area on a five-point scale: outstanding, good, adequate, "
                  "requires improvement and inadequate.")
grades = [("Police powers and public treatment", "Good"), ("Preventing crime", "Good"),
          ("Responding to the public", "Adequate"), ("Investigating crime", "Requires improvement"),
          ("Protecting vulnerable people", "Adequate"), ("Managing offenders and suspects", "Good"),
          ("Building, supporting and protecting the workforce", "Good"),
          ("Leadership and force management", "Adequate")]
fills = {"Good": "D9EAD3", "Adequate": "FFF2CC", "Requires improvement": "FCE5CD"}
t = doc.add_table(rows=1, cols=2); t.style = "Table Grid"
cell_paras(t.rows[0].cells[0], ["Area inspected"], bold_first=True)
cell_paras(t.rows[0].cells[1], ["Grade"], bold_first=True)
for area, g in grades:
    r = t.add_row().cells
    r[0].text = area; r[1].text = g; shade(r[1], fills[g])
doc.add_paragraph(
    "The inspectorate did not identify any cause of concern. It set out seven areas for "
    "improvement, and it also noted as innovative practice the force's Rural Crime Team's "
    "work with farm watch schemes, which other forces have asked to learn from.")

doc.add_heading("Areas for improvement and the force's position", level=2)
doc.add_paragraph(
    "In each table the first paragraph of the left-hand cell is the area for improvement as "
    "HMICFRS wrote it. Any further paragraphs in that cell are my own commentary.")

afis = [
    ("Investigating crime",
     "The force should make sure that investigation plans are recorded and reviewed by "
     "supervisors, so that lines of enquiry are completed without delay.",
     ["My office dip-sampled 60 closed investigations in December. Fewer than half had a plan "
      "that a supervisor had reviewed within seven days."],
     ["A new investigation plan template went live in the crime recording system on 6 January "
      "2025. Sergeants must review each plan within five working days; compliance is reported "
      "weekly to the Detective Chief Superintendent.",
      "Compliance in February was 71 per cent, against a target of 90 per cent."]),
    ("Investigating crime",
     "The force should improve how it keeps victims informed about the progress of their "
     "investigations and records their wishes when an investigation is closed.",
     ["Victims' feedback to my Victim Care Service echoes this finding."],
     ["Automated text updates to victims started in November 2024 for burglary and vehicle "
      "crime and will be extended to all volume crime by June 2025. Officers now have to record "
      "the victim's view before an outcome is finalised."]),
    ("Responding to the public",
     "The force should reduce the time it takes to answer non-emergency calls, including calls "
     "that are transferred from its online reporting service.",
     [],
     ["Twenty-two call handlers joined the Force Command Centre between October and March. The "
      "average time to answer a 101 call fell from 9 minutes 40 seconds in September to 4 "
      "minutes 12 seconds in March."]),
    ("Protecting vulnerable people",
     "The force should make sure that officers complete a risk assessment with every victim of "
     "stalking or harassment, and that the assessment is reviewed by a supervisor.",
     ["I will ask the Chief Constable to report on this at my June Accountability Board.",
      "The national stalking helpline has offered to review a sample of cases free of charge."],
     ["Assistant Chief Constable Rhys Kennard leads this work. The risk assessment is now a "
      "mandatory field for all stalking and harassment crimes, and supervisors receive a daily "
      "list of unreviewed assessments."]),
    ("Protecting vulnerable people",
     "The force should improve its use of domestic violence protection notices and orders to "
     "safeguard victims.",
     [],
     ["Applications for orders rose from 31 in the first half of 2024 to 58 in the second. "
      "Every domestic abuse arrest is now reviewed by the Safeguarding Hub the next morning to "
      "check whether a notice should have been issued."]),
    ("Leadership and force management",
     "The force should make sure it has an accurate understanding of the demand on its public "
     "contact centre, so that it can plan its workforce to meet that demand.",
     ["The force has not yet given me its position on this area for improvement. I have "
      "written to the Chief Constable and will publish his answer when I receive it."],
     ["—"]),
    ("Building, supporting and protecting the workforce",
     "The force should make sure that it monitors the wellbeing of officers and staff in its "
     "investigation teams and that they can get support quickly when they need it.",
     [],
     ["Wellbeing conversations are now part of every monthly one-to-one in the Criminal "
      "Investigation Department. The force's occupational health provider has added two "
      "trauma-informed practitioners."]),
]
for n, (area, text, comm, pos) in enumerate(afis, 1):
    doc.add_paragraph()
    t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"
    cell_paras(t.rows[0].cells[0], ["Area for improvement %d – %s" % (n, area)], bold_first=True)
    cell_paras(t.rows[0].cells[1], ["Force position"], bold_first=True)
    shade(t.rows[0].cells[0], "1F3864"); shade(t.rows[0].cells[1], "1F3864")
    for c in t.rows[0].cells:
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    cell_paras(t.rows[1].cells[0], [text] + comm)
    cell_paras(t.rows[1].cells[1], pos)

doc.add_heading("Recommendations from national inspections", level=2)
doc.add_paragraph(
    "The following recommendation was not made in the PEEL report. HMICFRS addressed it to all "
    "chief constables in a national thematic inspection, and I include it because Dorset Police "
    "reports to me on it.")
t = doc.add_table(rows=2, cols=2); t.style = "Table Grid"
cell_paras(t.rows[0].cells[0], ["National recommendation (all forces)"], bold_first=True)
cell_paras(t.rows[0].cells[1], ["Force position"], bold_first=True)
cell_paras(t.rows[1].cells[0], [
    "By 31 March 2025, chief constables should make sure that every officer and member of staff "
    "who investigates online child sexual abuse has received the national specialist training.",
    "This recommendation is addressed to every force in England and Wales."])
cell_paras(t.rows[1].cells[1], ["Complete. All 38 members of the Paedophile Online Investigation "
                                "Team were trained by January 2025."])

doc.add_heading("Conclusion", level=2)
doc.add_paragraph(
    "Dorset Police remains a good force in many respects, but I want to see the investigation "
    "grade improve before the next inspection. I will publish an update on this page after each "
    "Accountability Board; the next is on 18 June 2025.")
doc.add_paragraph("Rosalind Ashworth-Pike\nPolice and Crime Commissioner for Dorset\n14 January 2025")
doc.save("../docs/f01.docx")
print("wrote f01.docx")
