"""j01.docx: a PCC's section 55 letter to the Home Secretary (Lincolnshire, PEEL 2023-25)."""
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

from docxutil import header_text, page_number_footer, repeat_header, set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "j01.docx")

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
header_text(sec, "OFFICIAL")
page_number_footer(sec, "OPCC Lincolnshire  |  s55 response  |  page ")

st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

# letterhead
p = doc.add_paragraph()
r = p.add_run("Office of the Police and Crime Commissioner for Lincolnshire")
r.bold = True
r.font.size = Pt(15)
r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
p = doc.add_paragraph("Unit 4, Witham Court, Carholme Road, Lincoln LN1 1RZ  \u2022  01522 000 417  \u2022  "
                      "lincolnshire-pcc.example.gov.uk")
p.runs[0].font.size = Pt(8.5)
p.paragraph_format.space_after = Pt(18)

doc.add_paragraph("The Rt Hon the Home Secretary\nHome Office\n2 Marsham Street\nLondon SW1P 4DF")
p = doc.add_paragraph("Our ref: PCC/HMI/25-031\nDate: 2 May 2025")
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("By email: PCCresponses@homeoffice.example.gov.uk")
doc.add_paragraph("Dear Home Secretary,")

p = doc.add_paragraph()
p.add_run("Response to HMICFRS PEEL 2023\u201325: Police effectiveness, efficiency and legitimacy "
          "\u2013 An inspection of Lincolnshire Police").bold = True

doc.add_paragraph(
    "Section 55 of the Police Act 1996 requires me to publish comments on any report of His "
    "Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) about the force "
    "I oversee, and to do so within 56 days of its publication. The PEEL report on Lincolnshire "
    "Police was published on 11 March 2025. This letter is my response; it will be placed on my "
    "website next to the report, together with the Chief Constable's comments.")

doc.add_paragraph(
    "The force was graded good at preventing crime and at managing offenders and suspects. It "
    "was judged adequate for police powers and public treatment, for responding to the public, "
    "for protecting vulnerable people, for building, supporting and protecting the workforce and "
    "for leadership and force management, and it requires improvement in investigating crime. "
    "As in other forces this round, the inspectorate did not give a grade for the service that "
    "victims receive.")

doc.add_paragraph(
    "I do not pretend that the investigation grade is where I want it to be. It is, however, "
    "real progress from the 2021/22 inspection, when investigating crime was graded inadequate "
    "and I asked the Chief Constable to make it her first priority. I am grateful to His "
    "Majesty's Inspector of Constabulary Sarah Okwuosa and her team for the care they took over "
    "the fieldwork, and for recognising the force's rural crime action team, which works across "
    "the county boundary with Nottinghamshire Police, as innovative practice.")

doc.add_paragraph(
    "The report raises no cause of concern and makes no recommendations. It does identify six "
    "areas for improvement. I asked the Chief Constable, Imogen Tranter, to respond to each; her "
    "responses are reproduced below, and I will hold her to account for them through my "
    "quarterly Accountability Board, the next of which meets on 24 June 2025.")

h = doc.add_paragraph()
h.add_run("Areas for improvement and the force's response").bold = True
h.paragraph_format.space_before = Pt(8)

rows = [
    ("Investigating crime", [
        ("The force should make sure that investigations are subject to regular and effective "
         "supervision, and that investigation plans are recorded and followed.",
         "An investigation standards board, chaired by the head of crime, now reviews a sample "
         "of 200 investigations each month. Recorded supervisory reviews have risen from 61 "
         "percent of the sample in January to 84 percent in April. Assistant Chief Constable "
         "Daniel Roper is the lead officer."),
        ("The force should improve how it records and considers the wishes of victims before it "
         "closes an investigation because of evidential difficulties.",
         "The crime finalisation form now requires the officer to record the victim's view. A "
         "compliance audit will be completed in September 2025 and shared with the PCC."),
    ]),
    ("Protecting vulnerable people", [
        ("The force should make sure that when officers attend incidents involving children, "
         "they record the voice of the child and share concerns with partner agencies without "
         "delay.",
         "All response officers have completed a 'voice of the child' briefing. Referrals to "
         "the safeguarding hub are now monitored daily by a detective sergeant."),
    ]),
    ("Responding to the public", [
        ("The force should reduce the time it takes to answer non-emergency calls, and make "
         "sure that repeat and vulnerable callers are identified when they first make contact.",
         "Response not yet received. It will be published on the PCC's website when it is."),
    ]),
    ("Building, supporting and protecting the workforce", [
        ("The force should understand why officers with less than three years' service are "
         "leaving, and act on what it finds.",
         "Exit interviews have been made mandatory and are analysed by the people directorate "
         "each quarter. A tutor constable review will report to the Chief Officer Group in "
         "July."),
    ]),
    ("Police powers and public treatment", [
        ("The force should improve the quality of the grounds recorded for stop and search, and "
         "make sure that supervisors review those records.",
         "A revised supervisory check was introduced on 1 April 2025. The independent scrutiny "
         "panel reviews 40 records and the matching body-worn video each month."),
    ]),
]

table = doc.add_table(rows=1, cols=2)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = table.rows[0]
repeat_header(hdr)
set_cell(hdr.cells[0], "Area for improvement", bold=True)
set_cell(hdr.cells[1], "Chief Constable's response", bold=True)
for c in hdr.cells:
    shade(c, "1F3A5F")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
for area, items in rows:
    row = table.add_row()
    merged = row.cells[0].merge(row.cells[1])
    set_cell(merged, area, bold=True)
    shade(merged, "DCE6F1")
    for afi, resp in items:
        row = table.add_row()
        set_cell(row.cells[0], afi)
        set_cell(row.cells[1], resp)
for row in table.rows:
    row.cells[0].width = Cm(8.3)
    row.cells[1].width = Cm(8.3)

doc.add_paragraph()
doc.add_paragraph(
    "I am satisfied that the force understands what the inspectorate found and is acting on "
    "it. My office will publish a progress report on all six areas in the autumn. Separately, "
    "the national recommendations that HMICFRS addressed to all chief constables in its 2024 "
    "thematic report on neighbourhood policing are being tracked through the same board.")
doc.add_paragraph(
    "Residents can comment on the draft Police and Crime Plan 2025\u201329 until 30 June 2025.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph()
p = doc.add_paragraph()
p.add_run("Marcus Hebblethwaite").bold = True
doc.add_paragraph("Police and Crime Commissioner for Lincolnshire")
p = doc.add_paragraph("cc: Chief Constable, Lincolnshire Police; Chair, Lincolnshire Police and "
                      "Crime Panel")
p.runs[0].font.size = Pt(8.5)

doc.core_properties.title = "s55 response PEEL 2023-25"
doc.core_properties.author = "OPCC Lincolnshire"
doc.save(OUT)
print("wrote", OUT)
