"""Build docs/nm03.docx: an IOPC independent investigation report (final report excerpt)
that cites Thames Valley Police's PEEL findings as context. python-docx."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import set_cell, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nm03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "OFFICIAL  |  IOPC reference 2019/127734"
doc.sections[0].footer.paragraphs[0].text = "Independent Office for Police Conduct - Investigation report"

doc.add_heading("Independent investigation into Thames Valley Police's contact with Ms Abigail Fenwick before her death on 12 June 2019", level=1)
p = doc.add_paragraph()
p.add_run("Final report").bold = True
doc.add_paragraph("IOPC reference: 2019/127734\nInvestigation completed: 28 September 2020\nPublished: 15 February 2021")

doc.add_heading("Summary of the investigation", level=2)
doc.add_paragraph(
    "1. On 12 June 2019 Ms Fenwick, aged 34, was killed by her former partner at her home in Slough. "
    "In the five weeks before her death she had contacted Thames Valley Police four times about his behaviour. "
    "The force referred the matter to us on 13 June 2019 and we decided to investigate independently.")
doc.add_paragraph(
    "2. We investigated whether the force's handling of Ms Fenwick's reports, including the risk assessments "
    "completed by attending officers, was in line with policy and national guidance. Two officers and one "
    "member of staff were served with misconduct notices. The decision-maker found that one police constable "
    "had a case to answer for misconduct; the outcome of that process is reported separately.")

doc.add_heading("Context: what was already known about the force", level=2)
doc.add_paragraph(
    "3. As part of the investigation we considered whether the problems we found were already known to the force. "
    "In November 2017 Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its PEEL "
    "effectiveness report on Thames Valley Police. It judged the force to require improvement in how it protects "
    "vulnerable people and supports victims, while the force was good overall for effectiveness.")
doc.add_paragraph(
    "4. The force's PEEL 2018/19 assessment followed in May 2019, a month before Ms Fenwick's death. HMICFRS "
    "judged Thames Valley Police good at keeping people safe and reducing crime, and said the force had made "
    "progress since 2017. The report set out an area for improvement on domestic abuse:")
q = doc.add_paragraph(
    "The force should make sure that officers complete a risk assessment with every victim of domestic abuse "
    "at the first opportunity, and that supervisors review the assessment before the officer goes off duty.",
    style="Quote")
doc.add_paragraph(
    "5. The force told us that, at the time of the incidents, it was still piloting a new supervisory review "
    "process and that the pilot had not reached the Slough local policing area. We have not treated the area for "
    "improvement as evidence of misconduct by any individual.")

doc.add_heading("Learning recommendations", level=2)
doc.add_paragraph(
    "6. Under paragraph 28A of Schedule 3 to the Police Reform Act 2002 we may make recommendations to improve "
    "policing practice. These are our recommendations, not those of the inspectorate. The force must respond "
    "within 56 days, and its responses are shown below.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for c, txt in zip(t.rows[0].cells, ["No.", "IOPC learning recommendation", "Thames Valley Police response"]):
    set_cell(c, txt, bold=True)
    shade(c, "D9D9D9")
rows = [
    ("1", "The IOPC recommends that Thames Valley Police ensures that every call handler can see all previous "
          "domestic abuse reports linked to a caller's address before grading the call.",
     "Accepted. The command and control system was upgraded in March 2021 to show linked incidents for 12 months."),
    ("2", "The IOPC recommends that Thames Valley Police reviews its guidance on when a victim's withdrawal of "
          "support should lead to an evidence-led prosecution being considered.",
     "Accepted. Revised guidance issued to all response officers on 1 December 2020."),
    ("3", "The IOPC recommends that Thames Valley Police provides refresher training on the domestic abuse risk "
          "assessment to all officers who joined before 2016.",
     "Accepted in part. Training is being delivered through the force's online learning platform; completion "
          "is 78 per cent."),
]
for r in rows:
    cells = t.add_row().cells
    for c, txt in zip(cells, r):
        set_cell(c, txt)

doc.add_paragraph("")
doc.add_paragraph(
    "7. Chief Constable Fiona Merriwether wrote to us on 23 November 2020 to accept the recommendations in the "
    "terms set out above. The Police and Crime Commissioner for Thames Valley has been sent a copy of this report.")
doc.add_paragraph(
    "8. We also shared recommendation 1 with Hampshire Constabulary, which uses the same command and control "
    "supplier, for information only.")
doc.add_paragraph("Catherine Lydgate\nRegional Director, Independent Office for Police Conduct")
doc.save(OUT)
print("wrote", OUT)
