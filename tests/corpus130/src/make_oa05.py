"""oa05.docx: an OPCC morning media digest (email saved to Word), 19 February 2016.
    /tmp/oavenv/bin/python make_oa05.py   (run from src/)
"""
from docx import Document
from docx.shared import Pt, RGBColor

doc = Document()
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL – internal circulation only – not for onward forwarding"

doc.add_paragraph("From: OPCC Communications <comms@opcc-notts.example>")
doc.add_paragraph("Sent: Friday, 19 February 2016 08:12")
doc.add_paragraph("Subject: Morning media digest – HMIC effectiveness reports")
doc.add_heading("Morning media digest", level=1)
doc.add_paragraph(
    "Good morning. Yesterday (18 February) HMIC published its 2015 effectiveness reports for "
    "all 43 forces, a week after the legitimacy reports. Coverage across the East Midlands is "
    "summarised below, with links to the full stories. Tone ratings are ours.")

t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for cell, text in zip(t.rows[0].cells, ("Outlet", "Headline", "Tone")):
    cell.text = text
    cell.paragraphs[0].runs[0].bold = True
for row in (("Nottingham Post", "Watchdog says Notts Police must improve how it keeps people safe", "Negative"),
            ("Derby Telegraph", "County force praised by inspectors", "Positive"),
            ("Lincolnshire Echo", "How did Lincolnshire's police do?", "Neutral"),
            ("BBC East Midlands Today", "Two forces in region told to improve", "Negative")):
    cells = t.add_row().cells
    for cell, text in zip(cells, row):
        cell.text = text

doc.add_heading("Nottinghamshire", level=2)
p = doc.add_paragraph()
p.add_run("Watchdog says Notts Police must improve how it keeps people safe").bold = True
doc.add_paragraph("Nottingham Post, 18 February 2016, 17:40")
doc.add_paragraph(
    "Nottinghamshire Police requires improvement in how effectively it keeps people safe and "
    "reduces crime, according to a report published today by HMIC. Inspectors said the force "
    "was good at tackling serious and organised crime but found gaps in the way it …")
doc.add_paragraph("Read more")
doc.add_paragraph(
    "The piece quotes Police and Crime Commissioner Paddy Tipping, who said the force had "
    "already begun work on the issues raised, and Chief Constable Chris Eyre, who pointed to "
    "the loss of 400 officers since 2010.")
doc.add_paragraph(
    "Reminder: last Thursday’s legitimacy report rated Nottinghamshire Police good at treating "
    "the people it serves and its workforce fairly. The Post did not cover it.")

doc.add_heading("Derbyshire", level=2)
p = doc.add_paragraph()
p.add_run("County force praised by inspectors").bold = True
doc.add_paragraph("Derby Telegraph, 18 February 2016")
doc.add_paragraph(
    "Derbyshire Constabulary has been rated good for effectiveness, with HM Inspector of "
    "Constabulary Zoë Billingham singling out its work with partners to protect vulnerable "
    "people. The force was also …")
doc.add_paragraph("Read more")

doc.add_heading("Lincolnshire", level=2)
p = doc.add_paragraph()
p.add_run("How did Lincolnshire's police do?").bold = True
doc.add_paragraph("Lincolnshire Echo, 18 February 2016")
doc.add_paragraph(
    "HMIC’s 2015 effectiveness report on Lincolnshire Police looks at how well the force "
    "prevents crime, investigates offences and protects those at risk. The county force was "
    "judged to be …")
doc.add_paragraph("Read more")

doc.add_heading("Regional round-up", level=2)
doc.add_paragraph(
    "BBC East Midlands Today ran a two-minute package last night naming the two forces in the "
    "region that were told to improve. Leicestershire and Northamptonshire were mentioned only "
    "in the studio introduction.")

doc.add_heading("From the archive", level=2)
doc.add_paragraph(
    "November 2014 – the first PEEL assessment rated Derbyshire Constabulary good for efficiency. "
    "Worth bearing in mind if asked about the trend.")

doc.add_paragraph("Next digest: Monday 22 February. Please send corrections to the comms team.")
doc.save("../docs/oa05.docx")
print("wrote ../docs/oa05.docx")
