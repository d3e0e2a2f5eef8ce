"""kp01.docx -- Bedfordshire Police and Crime Panel minutes (python-docx)."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docxutil import set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kp01.docx")

doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
sec.header.paragraphs[0].text = "Bedfordshire Police and Crime Panel \u2013 6 February 2025 \u2013 Minutes (subject to approval)"
sec.footer.paragraphs[0].text = "Bedford Borough Council acts as host authority for the Panel. Page footer text is not part of the minutes."
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(11)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("BEDFORDSHIRE POLICE AND CRIME PANEL")
r.bold = True
r.font.size = Pt(14)
p = doc.add_paragraph("MINUTES of the meeting held on Thursday 6 February 2025 at 10.00 am in the Council Chamber, Borough Hall, Bedford")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER

doc.add_heading("Present", level=2)
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in [
    ("Councillor Maureen Ashworth-Bligh (Chair)", "Bedford Borough Council"),
    ("Councillor Tariq Hussain (Vice-Chair)", "Luton Borough Council"),
    ("Councillor Fiona Delacourt", "Central Bedfordshire Council"),
    ("Councillor Gordon Pymm", "Central Bedfordshire Council"),
    ("Councillor Nadia Rahman", "Luton Borough Council"),
    ("Mr Clive Otterburn", "Independent co-opted member"),
]:
    c = t.add_row().cells
    set_cell(c[0], a)
    set_cell(c[1], b)

doc.add_heading("Also present", level=2)
t = doc.add_table(rows=0, cols=2)
t.style = "Table Grid"
for a, b in [
    ("Jasmine Okafor-Reid", "Police and Crime Commissioner for Bedfordshire"),
    ("Malcolm Thistlewood", "Chief Constable, Bedfordshire Police"),
    ("Priya Chaudhry", "Deputy Chief Constable, Bedfordshire Police"),
    ("Rhiannon Baird", "Assistant Chief Constable, Bedfordshire Police"),
    ("Helen Steadman", "Chief Executive, Office of the Police and Crime Commissioner"),
    ("Owain Prothero", "Scrutiny Officer (clerk to the Panel)"),
]:
    c = t.add_row().cells
    set_cell(c[0], a)
    set_cell(c[1], b)

def minute(num, title):
    p = doc.add_paragraph()
    r = p.add_run("%s\t%s" % (num, title.upper()))
    r.bold = True
    p.paragraph_format.space_before = Pt(12)

def para(text):
    return doc.add_paragraph(text)

minute("41/24", "Apologies for absence")
para("Apologies were received from Councillor Leonard Fitch (Bedford Borough Council).")
minute("42/24", "Declarations of interest")
para("Councillor Rahman declared that a close family member is employed by Bedfordshire Police as a police staff investigator. She took part in the discussion of item 45/24 but did not ask questions about investigations.")
minute("43/24", "Minutes of the previous meeting")
p = para("")
p.add_run("RESOLVED").bold = True
p.add_run(" that the minutes of the meeting held on 14 November 2024 be confirmed as a correct record and signed by the Chair.")
minute("44/24", "Public questions")
para("One question had been received in advance from a resident of Leighton Buzzard, who asked:")
q = para("\u201cWould Bedfordshire Police be graded inadequate if its call answering times did not improve before the next inspection?\u201d")
q.paragraph_format.left_indent = Cm(1)
para("The Commissioner advised that the inspectorate did not publish grades in advance of an inspection and that it would not be right for her to speculate about a future judgement. She undertook to send the resident the latest call answering figures, which had improved in each of the last four months.")

minute("45/24", "HMICFRS PEEL inspection 2023\u201325: the Commissioner\u2019s response")
para("The Panel considered a report of the Commissioner on the PEEL 2023\u201325 inspection of Bedfordshire Police by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), published on 12 December 2024, and on the Commissioner\u2019s response under section 55 of the Police Act 1996.")
para("The Commissioner advised that she had published her response within the statutory 56 days and that she was broadly content with the report, although she was disappointed by what it said about investigations.")
para("The Chief Constable reported that the force had been graded good for police powers and public treatment, for preventing and deterring crime, for managing offenders and suspects, and for leadership and force management. He said that the inspectors had judged the force adequate at responding to the public, at protecting vulnerable people and at building, supporting and protecting its workforce.")
para("The Chief Constable acknowledged that investigating crime had been graded as requiring improvement, down from adequate in the 2021/22 inspection. He told the Panel that the decline reflected the loss of experienced detectives in 2023 and the number of student officers now carrying investigations.")
para("Councillor Delacourt asked whether any area had been graded outstanding. The Chief Constable confirmed that none had been. He said that his ambition was for the force to be outstanding at preventing and deterring crime by 2027, and that the neighbourhood plan had been written with that aim.")
para("Councillor Hussain noted that Hertfordshire Constabulary, the force\u2019s partner in the Bedfordshire, Cambridgeshire and Hertfordshire collaboration, had been graded outstanding for preventing and deterring crime in the same round of inspections, and asked what Bedfordshire could learn from it. The Chief Constable said that the two forces already shared a problem-solving hub and that he would ask his Hertfordshire colleagues to brief the Panel\u2019s working group.")
para("Mr Otterburn asked about the inspection of Bedfordshire Fire and Rescue Service. The Chair reminded members that the fire service was inspected separately and overseen by the Fire Authority, not by the Panel, so its grades of good for preventing fires and requires improvement for people were not a matter for this meeting.")
para("The Chief Executive drew the Panel\u2019s attention to the two areas for improvement in the investigating crime section of the report, which read:")
a1 = para("The force should make sure that supervisors review investigations regularly and that their reviews are recorded.")
a1.style = doc.styles["Quote"]
para("The Deputy Chief Constable advised that an investigation standards unit had been set up in January 2025 and that it was auditing 200 investigations a month; the first audit had found a supervisory review on 71 per cent of files.")
a2 = para("The force should improve how it keeps victims informed of the progress of their investigations, in line with the Code of Practice for Victims of Crime.")
a2.style = doc.styles["Quote"]
para("Members asked about victim contact. No update on this area for improvement was available at the meeting; the Commissioner undertook to provide one in writing.")
para("Councillor Pymm asked whether the report contained any causes of concern. The Commissioner confirmed that it did not.")
p = para("")
p.add_run("RESOLVED").bold = True
p.add_run(":")
for s in ["(a)\tthat the Commissioner\u2019s response to the PEEL 2023\u201325 inspection be noted;",
          "(b)\tthat the Commissioner provide a written update on the investigating crime areas for improvement to the Panel\u2019s meeting on 10 April 2025; and",
          "(c)\tthat the Panel\u2019s working group consider victim contact at its next session."]:
    x = para(s)
    x.paragraph_format.left_indent = Cm(1)

minute("46/24", "Police and Crime Plan: performance report, quarter 3")
para("The Panel received the quarterly performance report. Members noted that 999 calls answered within ten seconds had risen to 86 per cent in December 2024, and that the force had recruited 38 police staff investigators since April.")
p = para("")
p.add_run("RESOLVED").bold = True
p.add_run(" that the report be noted.")
minute("47/24", "Work programme and date of next meeting")
para("The Panel agreed its work programme for 2025/26. The next meeting will be held on Thursday 10 April 2025 at 10.00 am.")
para("The meeting closed at 12.07 pm.")
para("Chair: ....................................................    Date: ....................")
doc.save(OUT)
print("wrote", OUT)
