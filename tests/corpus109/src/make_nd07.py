"""Build docs/nd07.docx: minutes of a parish council meeting with a police report."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import table

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "nd07.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Hethersett Parish Council - DRAFT minutes, subject to approval"
sec.footer.paragraphs[0].text = "Signed ............................ Chair    Date ...................   Page 1 of 3"

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("HETHERSETT PARISH COUNCIL")
r.bold = True
r.font.size = Pt(14)
p = doc.add_paragraph("Minutes of the Parish Council meeting held on Monday 9 September 2024 at 7.00pm "
                      "in the Village Hall, Back Lane")
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
doc.add_paragraph("Present: Cllrs R Haddon (Chair), J Pask (Vice-Chair), M Abbs, L Coker, T Fenn, "
                  "S Gurney, K Orford and P Wiseman.")
doc.add_paragraph("In attendance: Mrs A Blofeld (Clerk), District Cllr D Bushell, Inspector Mark "
                  "Kiddell (Norfolk Constabulary) and 4 members of the public.")

items = [
    ("24/101", "Apologies for absence",
     ["Apologies were received and accepted from Cllr H Rix (holiday) and County Cllr T Adams."]),
    ("24/102", "Declarations of interest",
     ["Cllr Fenn declared a non-pecuniary interest in item 24/108 as a member of the Allotment Society."]),
    ("24/103", "Minutes",
     ["RESOLVED that the minutes of the meeting held on 8 July 2024 be approved and signed as a "
      "correct record. Proposed Cllr Pask, seconded Cllr Gurney, all in favour."]),
]
def item(num, title, paras):
    t = doc.add_paragraph()
    t.add_run(f"{num}\t{title}").bold = True
    for x in paras:
        doc.add_paragraph(x)

for it in items:
    item(*it)

t = doc.add_paragraph()
t.add_run("24/104\tPolice report").bold = True
doc.add_paragraph(
    "Inspector Kiddell, the Safer Neighbourhood Team inspector for South Norfolk, presented the "
    "quarterly police report, which had been circulated. Since the last meeting there had been 23 "
    "recorded crimes in the parish, compared with 31 for the same period last year, including two "
    "non-dwelling burglaries at the Queen's Head car park and a theft of a trailer from Lynch Green. "
    "Speed checks had been carried out on the B1172 on three occasions.")
doc.add_paragraph(
    "Inspector Kiddell updated members on the force's recent HMICFRS PEEL 2023–25 inspection, the report of "
    "which had been published in August. Norfolk Constabulary had been graded good in six areas and "
    "adequate in two. The force had been judged good at preventing crime and at managing offenders "
    "and suspects, which was where the Safer Neighbourhood Teams made most of their contribution, and "
    "adequate at responding to the public and at investigating crime. There were no causes of concern.")
doc.add_paragraph(
    "Cllr Coker asked what the inspectors had said about 101. Inspector Kiddell read out the relevant "
    "area for improvement:")
doc.add_paragraph(
    "The force should make sure that callers to its non-emergency number are answered within a "
    "reasonable time, and that it monitors how many calls are abandoned.", style="Quote")
doc.add_paragraph(
    "He said the force had introduced a call-back option and an online reporting form in the spring, "
    "and that the Deputy Chief Constable, Julia Marriner, chaired a monthly contact management board "
    "to track progress. He would bring figures to the November meeting.")
doc.add_paragraph(
    "Cllr Wiseman noted that Norfolk Fire and Rescue Service had also been inspected and asked whether "
    "the two reports could be compared. Inspector Kiddell said the fire and rescue inspection was "
    "separate and used different grades for different questions.")
doc.add_paragraph("The Chair thanked Inspector Kiddell for attending. He left the meeting at 7.32pm.")

more = [
    ("24/105", "Public participation",
     ["A resident raised concerns about parking on Great Melton Road at school drop-off times. The "
      "Clerk will write to the headteacher and to Norfolk County Council Highways."]),
    ("24/106", "District and County Councillors' reports",
     ["District Cllr Bushell reported that South Norfolk Council's housing service had been rated "
      "'good' at a recent peer review, and that the Local Plan examination would resume in October."]),
    ("24/107", "Finance",
     ["RESOLVED to approve the payments listed below. Proposed Cllr Abbs, seconded Cllr Orford, all in "
      "favour."]),
]
for it in more:
    item(*it)
table(doc, [
    ["Payee", "Description", "Net (£)", "VAT (£)", "Total (£)"],
    ["Norfolk Parish Training", "Councillor training x2", "90.00", "0.00", "90.00"],
    ["Anglian Water", "Allotment standpipes", "64.12", "0.00", "64.12"],
    ["K Orford", "Reimbursement - SID batteries", "38.33", "7.67", "46.00"],
    ["A Blofeld", "Clerk's salary (August)", "1,142.50", "0.00", "1,142.50"],
])
item("24/108", "Allotments",
     ["The annual allotment inspection had been carried out; 39 plots were rated good, 4 needed "
      "improvement and 2 were uncultivated. Letters to be sent to the holders of the last six."])
item("24/109", "Date of next meeting",
     ["Monday 11 November 2024 at 7.00pm. The meeting closed at 8.46pm."])
doc.save(OUT)
print("wrote", OUT)
