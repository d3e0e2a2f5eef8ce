"""Build docs/mw07.docx: verbatim transcript of a PCC holding-to-account meeting (West Mercia, PEEL 2023-25)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "mw07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL - West Mercia Police and Crime Commissioner - Holding to Account"

doc.add_heading("Holding to Account Meeting: Transcript", level=1)
doc.add_paragraph("Theme: HMICFRS PEEL inspection 2023-25 of West Mercia Police")
doc.add_paragraph("Date: 16 April 2024, 14:00-15:10. Venue: Hindlip Hall, Worcester, and streamed live on Facebook.")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Attendee", bold=True)
set_cell(t.rows[0].cells[1], "Role", bold=True)
for name, role in [
    ("Alun Fairweather", "Police and Crime Commissioner (Chair)"),
    ("Richard Okafor", "Chief Constable"),
    ("Claire Beddow", "Deputy Chief Constable"),
    ("Tom Gillard", "Assistant Chief Constable, Local Policing"),
    ("Sue Ranford", "Chief Executive, OPCC"),
]:
    r = t.add_row().cells
    set_cell(r[0], name)
    set_cell(r[1], role)

doc.add_paragraph("This transcript has been produced from the recording. Some words could not be made out and are marked [inaudible].").runs[0].italic = True

S = [
    ("PCC:", "Good afternoon, and welcome to anyone watching online. Today's session is on the PEEL report that the inspectorate published on the fourth of April. Chief Constable, I'm going to read the grades out first so that everyone watching hears them, and then I'll ask you about them."),
    ("PCC:", "The force was graded good for police powers and public treatment, good for preventing crime, good for managing offenders, and good for leadership and force management. Adequate for investigating crime, adequate for protecting vulnerable people, and adequate for building, supporting and protecting the workforce. And requires improvement for responding to the public. Disrupting serious organised crime will be inspected separately later this year, so there's no grade for that yet."),
    ("CC:", "That's right, Commissioner. And for context, in 2021/22 responding to the public was also requires improvement, so I'm not going to pretend that one is a surprise."),
    ("PCC:", "No. Let's go to the areas for improvement, then. The first one, on responding, reads: The force should make sure that it answers non-emergency calls promptly and that callers are given accurate information about when officers will attend."),
    ("CC:", "So - we've, um, we've recruited twenty-two call handlers since January and the online reporting channel went live last month. Non-emergency answer times have come down from nine minutes to just under four."),
    ("PCC:", "The second is on vulnerability. The force should improve how it records the voice of the child when officers attend domestic abuse incidents."),
    ("DCC:", "I'll take that one. Every response officer has had the voice-of-the-child input through the spring training days, and the body-worn video prompts have been changed. We audit a sample of forty incidents a month and the April audit shows the child's views recorded in most of them."),
    ("PCC:", "Thank you. And the third - I'll read it - the force should make sure its investigators have manageable workloads and the training they need to carry out investigations to a good standard."),
    ("CC:", "That one I'd like to come back to you on in writing, Commissioner, because it's tied up with the workforce plan and [inaudible] the budget."),
    ("PCC:", "Fine. I'll expect that at the June meeting. Can I also say, for the record, that Hereford & Worcester Fire and Rescue Service was judged good by the same inspectorate last year, and I'd like to see the two organisations learn from each other on call handling."),
    ("CC:", "Agreed. And we still share some specialist functions with Warwickshire Police, which the inspectors noted as good practice."),
    ("PCC:", "Thank you, Chief Constable. We'll close the session there."),
]
for label, text in S:
    labelled(doc, label, text)

doc.add_heading("Actions arising", level=2)
a = doc.add_table(rows=1, cols=3)
a.style = "Table Grid"
for c, h in zip(a.rows[0].cells, ["No.", "Action", "Owner / due"]):
    set_cell(c, h, bold=True)
for row in [
    ("1", "Written update on investigator workloads and training", "Chief Constable / June 2024"),
    ("2", "Monthly non-emergency answer times to be published on the PCC website", "ACC Local Policing / May 2024"),
]:
    r = a.add_row().cells
    for c, v in zip(r, row):
        set_cell(c, v)

doc.save(OUT)
print("wrote", OUT)
