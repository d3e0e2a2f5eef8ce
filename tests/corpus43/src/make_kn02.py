"""kn02.docx: Cleveland PCC's section 55 response to PEEL 2021/22 (letter in Word)."""
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docxutil import shade, set_cell, labelled, page_number_footer

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)
sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = "OFFICIAL"
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
page_number_footer(sec)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
p.add_run("Office of the Police and Crime Commissioner for Cleveland").bold = True
p.add_run("\nSt Mark’s House\nSt Mark’s Court\nThornaby\nStockton-on-Tees TS17 6QW")
doc.add_paragraph("30 August 2022")
doc.add_paragraph("Sir Alasdair Penhallow QPM\nHer Majesty’s Chief Inspector of Constabulary\n"
                  "HMICFRS\n6th Floor, Globe House\n89 Eccleston Square\nLondon SW1V 1PN")
doc.add_paragraph("Dear Sir Alasdair,")
doc.add_heading("Response of the Police and Crime Commissioner for Cleveland to the PEEL 2021/22 "
                "inspection of Cleveland Police", level=1)
doc.add_paragraph(
    "I welcome the report of Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services "
    "(HMICFRS) into Cleveland Police, published on 12 July 2022, and I am grateful to Her Majesty’s "
    "Inspector of Constabulary Rhiannon Featherby and her team for the care they took. Section 55 of "
    "the Police Act 1996 requires me to publish my comments on the report within 56 days, and this "
    "letter does so. A copy goes to the Home Secretary.")
doc.add_paragraph(
    "The inspection took place in the winter of 2021/22, while Chief Constable Lindsay Threlkeld led "
    "the force. Ms Threlkeld retired at the end of March 2022. Acting Chief Constable Marcus Ebdon, "
    "who was Deputy Chief Constable during the inspection, has led the force since then and has "
    "provided the force responses set out below. I have started the process to appoint a permanent "
    "chief constable, and my Deputy Police and Crime Commissioner, Gemma Saltburn, chairs the "
    "improvement board that oversees the plan.")

doc.add_heading("The grades", level=2)
doc.add_paragraph("The report grades the force in ten areas. I set them out here so that the "
                  "public can see them together.")
rows = [
    ("Treatment of the public", "Requires improvement"),
    ("Preventing crime and anti-social behaviour", "Adequate"),
    ("Responding to the public", "Inadequate"),
    ("Investigating crime", "Requires improvement"),
    ("Protecting vulnerable people", "Requires improvement"),
    ("Managing offenders and suspects", "Adequate"),
    ("Disrupting serious organised crime", "Adequate"),
    ("Developing a positive workplace", "Adequate"),
    ("Good use of resources", "Requires improvement"),
    ("Recording data about crime", "Adequate"),
    ("Providing a service to the victims of crime", "Not graded"),
]
fills = {"Adequate": "FFE699", "Requires improvement": "F4B183", "Inadequate": "E06666",
         "Not graded": "EDEDED"}
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Area of policing", bold=True)
set_cell(t.rows[0].cells[1], "HMICFRS grade", bold=True)
for area, grade in rows:
    r = t.add_row()
    set_cell(r.cells[0], area)
    set_cell(r.cells[1], grade)
    shade(r.cells[1], fills[grade])
doc.add_paragraph()
doc.add_paragraph(
    "These grades are not what the people of Redcar and Cleveland, Middlesbrough, Hartlepool and "
    "Stockton-on-Tees deserve. I do, however, note that the force’s work to disrupt serious "
    "organised crime draws on good practice shared with Durham Constabulary and Northumbria Police "
    "through the North East regional organised crime unit.")

doc.add_heading("Cause of concern: responding to the public", level=2)
p = doc.add_paragraph(style="Intense Quote")
p.add_run("Cleveland Police does not answer emergency and non-emergency calls quickly enough, and "
          "it does not always identify callers who are vulnerable or at risk of repeat "
          "victimisation.")
doc.add_paragraph("HMICFRS made two recommendations to address this cause of concern:")
doc.add_paragraph(
    "Within three months, the force should make sure it has enough trained call handlers on each "
    "shift to answer emergency calls within ten seconds.", style="List Number")
labelled(doc, "Force response:",
         "Twenty-two additional call handlers completed training in June 2022. Emergency calls "
         "answered within ten seconds rose from 71 percent in January to 88 percent in July.")
doc.add_paragraph(
    "Within six months, the force should make sure that call handlers use a structured risk "
    "assessment for every call and record the result on the incident log.", style="List Number")
labelled(doc, "Force response:",
         "The THRIVE risk assessment is now a mandatory field on the incident log. Compliance is "
         "audited weekly by the control room inspector.")
labelled(doc, "PCC comment:",
         "I will scrutinise call handling performance at every public accountability meeting "
         "until the cause of concern is closed.")

doc.add_heading("Areas for improvement", level=2)
afis = [
    ("Investigating crime",
     "The force should make sure that investigations are allocated to officers with the skills "
     "and experience to carry them out, and that supervisors review them regularly.",
     "A new allocation policy came into force in May 2022. Supervisory reviews are now recorded "
     "in a standard format and are checked monthly."),
    ("Protecting vulnerable people",
     "The force should improve how it records and responds to missing children, so that the "
     "risk to each child is properly assessed.",
     None),
    ("Good use of resources",
     "The force should develop a workforce plan that matches its resources to the demand it "
     "faces.",
     "The force management statement for 2022 includes a workforce plan to 2025, which the "
     "Chief Officer Group approved on 3 August 2022."),
]
for n, (area, text, resp) in enumerate(afis, 1):
    p = doc.add_paragraph()
    p.add_run("Area for improvement %d – %s" % (n, area)).bold = True
    doc.add_paragraph(text, style="Quote")
    if resp:
        labelled(doc, "Force response:", resp)
    else:
        labelled(doc, "PCC comment:",
                 "The force’s response to this area for improvement was not ready when this "
                 "letter was written; I will publish it with my next quarterly update.")

doc.add_paragraph(
    "I have asked the Chair of the Cleveland Police and Crime Panel, Councillor Peter Threlkeld, "
    "to place this response on the Panel’s agenda for October.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph()
sig = doc.add_paragraph()
sig.add_run("Stephen Harrow-Dale").bold = True
sig.add_run("\nPolice and Crime Commissioner for Cleveland")
doc.add_paragraph("cc: The Rt Hon Eleanor Ashdown MP, Home Secretary\n"
                  "     Acting Chief Constable, Cleveland Police")
doc.save("../docs/kn02.docx")
print("wrote kn02.docx")
