"""Write docs/kt06.docx and docs/kt07.docx (python-docx). Run from src/."""
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK

SHY, NB = "\u00ad", "\u00a0"

# kt06: Wiltshire PCC response template (2022), form tables with checkbox marks
d = Document()
d.sections[0].header.paragraphs[0].text = "OFFICIAL – Wiltshire and Swindon OPCC"
d.add_heading("PCC response to HMICFRS report", 1)
t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
for r, (a, b) in enumerate([("Force", "Wiltshire Police"),
        ("Report title", "PEEL 2021/22 – An inspection of Wiltshire Police"),
        ("Date published", "16 September 2022"), ("Response published", "10 November 2022")]):
    t.cell(r, 0).text = a; t.cell(r, 1).text = b
d.add_paragraph("")
d.add_paragraph(f"I have read the report of His Majesty's Inspector of Constabulary Aldous Kerrigan with concern. "
    f"Wiltshire Police was graded inadequate for responding to the public and inadequate for protecting "
    f"vulnerable people. Investigating crime was graded requires{NB}improvement, as was strategic planning, "
    f"organisational manage{SHY}ment and value for money. The force was assessed as adequate for the "
    f"treatment of the public and adequate for preventing crime and anti‑social behaviour.")
d.add_paragraph(f"I have discussed the ﬁndings with Chief Constable Adaeze Holloway. The force’s responses "
    f"are set out below. I will publish a “progress update” every quarter. The force has already been "
    f"moved to the inspectorate's \"Engage\" phase of enhanced monitoring.")
d.add_heading("Recommendations and areas for improvement", 2)
rows = [
 ("Cause of concern", f"The force isn’t responding to calls for service from the public in a timely way, "
  f"and it doesn't always identify vulnerable callers. This means that some vulnerable people are put at risk.",
  "The Chief Constable has established a Gold group, chaired by the Deputy Chief Constable. Additional "
  "call handlers began work in October 2022.", "☒ Accepted ☐ Not accepted"),
 ("Recommendation", f"Within three months, the force should make sure that it answers emergency calls in line "
  f"with the national standard.", "999 answer times have improved to 86{NB}percent within ten seconds (October 2022).".replace("{NB}", NB),
  "☒ Accepted ☐ Not accepted"),
 ("Recommendation", f"Within six months, the force should make sure that the risks to vulnerable callers are "
  f"identified at first contact, using a structured triage process.", "", "☐ Accepted ☐ Not accepted"),
 ("Area for improvement", f"The force should improve the super{SHY}vision of investigations so that they are "
  f"completed effectively and victims are kept informed.",
  "A new supervisory framework was introduced in August 2022 and is being audited.", "☒ Accepted ☐ Not accepted"),
 ("Area for improvement", f"The force should make sure it has an effective plan to manage demand, supported "
  f"by a clear under{SHY}standing of its workforce capability.",
  "Accepted. A Force Management Statement refresh is under way.", "☒ Accepted ☐ Not accepted"),
]
t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
for i, h in enumerate(["Type", "Recommendation / area for improvement", "Response", "Status"]):
    t.rows[0].cells[i].text = h
for row in rows:
    cs = t.add_row().cells
    for i, v in enumerate(row):
        cs[i].text = v
d.add_paragraph("")
d.add_paragraph("The report recognised good practice in the force’s rural crime team. The grading scale is "
    "outstanding, good, adequate, requires improvement and inadequate.")
d.add_paragraph("Gareth Munsley\nPolice and Crime Commissioner for Wiltshire and Swindon")
d.save("../docs/kt06.docx")

# kt07: Dorset PCC response, a Word file converted from a PDF: one paragraph per printed line,
# hyphenated line ends, ligature characters, page header lines and page numbers inside the flow
d = Document()
st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
lines = """Dorset Police and Crime Commissioner
Response to HMICFRS PEEL 2023–25: Dorset Police
Published 3 April 2025
HMICFRS inspected Dorset Police as part of its PEEL 2023–25 programme and
published its report on 12 February 2025. His Majesty’s Inspector of Constab-
ulary Harriet Saltonstall-Reeve graded the force good in ﬁve areas: police pow-
ers and public treatment, preventing crime, managing offenders, leadership and
force management, and building, supporting and protecting the workforce. The
force was graded adequate for responding to the public and for protecting vul-
nerable people, and requires improvement for investigating crime.
As Police and Crime Commissioner for Dorset, I, Lionel Faircloth, welcome
the report. Chief Constable Imogen Strachan and I have agreed how the force
will address the four areas for improvement. The report does not contain
any causes of concern or recommendations.
Area for improvement 1 (investigating crime)
The force should make sure that investigations are allocated to ofﬁcers
with the right skills and that investigation plans are reviewed by super-
visors.
Force response: a new allocation matrix went live in March 2025.
@@HEADER@@
Area for improvement 2 (investigating crime)
The force should make sure that it consistently applies the requirements of
the Victims’ Code, including carrying out a needs assessment for every vic-
tim.
Force response: the Victim Care Unit now audits 200 cases a month.
Area for improvement 3 (responding to the public)
The force should improve the time it takes to answer non-emergency calls,
and make sure callers who abandon a call are contacted where there is a
risk.
Force response: an online “call back” service will launch in summer 2025.
Area for improvement 4 (protecting vulnerable people)
The force should make sure that its staff identify and refer children who
are at risk of criminal exploitation to partner agencies without delay.
Commissioner’s comment: I have asked for the force’s update on this area
by June 2025.
The inspectorate also noted good practice in the force’s drone unit. The
Dorset and Wiltshire Fire and Rescue Service, inspected separately, was
judged good at preventing ﬁres.""".split("\n")
for ln in lines:
    if ln == "@@HEADER@@":
        d.add_paragraph("OFFICIAL                                                                       2")
        d.add_paragraph("")
        d.add_paragraph("Dorset OPCC – Response to HMICFRS PEEL 2023–25")
        continue
    d.add_paragraph(ln)
d.save("../docs/kt07.docx")
