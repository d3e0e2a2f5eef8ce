"""Write docs/ll02.docx, docs/ll04.docx and docs/ll06.docx with python-docx."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor, Cm
from docxutil import shade, set_cell, labelled
from texts import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = foot


def table(doc, rows, widths=None, header_fill="D9D2E9"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            if val is None:
                continue
            set_cell(t.cell(i, j), val, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), header_fill)
    return t


# ---------------------------------------------------------------- ll02: accelerated CoC letter
doc = Document()
header_footer(doc, "OFFICIAL", "HMICFRS, Temple Quay House, 2 The Square, Bristol BS1 6PN")
p = doc.add_paragraph()
r = p.add_run("His Majesty's Inspectorate of Constabulary and Fire & Rescue Services")
r.bold = True
r.font.size = Pt(13)
r.font.color.rgb = RGBColor(0x4B, 0x2C, 0x6F)
doc.add_paragraph("Adaeze Whitcombe\nHis Majesty's Inspector of Constabulary").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("23 January 2024").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Temporary Chief Constable Owen Rathbone\nGloucestershire Constabulary\nNo. 1 Waterwells, Quedgeley\nGloucester GL2 2AN")
doc.add_paragraph("Copied to: Celia Brandwood, Police and Crime Commissioner for Gloucestershire")
doc.add_paragraph("Dear Owen,")
doc.add_heading("Accelerated cause of concern: Gloucestershire Constabulary's investigation of crime", level=1)
doc.add_paragraph(
    "We are currently inspecting Gloucestershire Constabulary as part of our PEEL 2023\u201325 "
    "programme. Our fieldwork took place between 27 November and 8 December 2023. The "
    "inspection is not yet complete, and we have not yet decided on any grades. We will "
    "publish our full report later this year.")
doc.add_paragraph(
    "During the fieldwork we found serious problems with how the constabulary investigates "
    "crime. We reviewed 80 investigation files, and in 34 of them there was no investigation "
    "plan or no record of supervision. In many of the files the victim had heard nothing from "
    "the constabulary for several weeks. Because of the risk to victims, I have decided not to "
    "wait for the report, and I am raising an accelerated cause of concern now.")
doc.add_heading("Cause of concern", level=2)
doc.add_paragraph(G_COC1, style="Intense Quote")
doc.add_heading("Recommendations", level=2)
doc.add_paragraph(G_R1, style="List Number")
doc.add_paragraph(G_R2, style="List Number")
doc.add_paragraph(G_R3_LEAD, style="List Number")
for b in G_R3_BUL:
    doc.add_paragraph(b, style="List Bullet 2")
doc.add_heading("What happens next", level=2)
doc.add_paragraph(
    "Please send me an action plan that explains how the constabulary will respond to these "
    "recommendations by 23 February 2024. My team will monitor progress and will report it to "
    "the Police Performance Oversight Group, which meets next on 14 March 2024. The group may "
    "consider whether the constabulary should move into Engage, our enhanced level of "
    "monitoring, once our report has been published.")
doc.add_paragraph(
    "We also have some concerns about how the constabulary records crime, particularly reports "
    "of violence. We are still analysing the results of our crime data audit and will set out "
    "our findings in the full report. Nothing in this letter should be read as a judgement on "
    "other parts of the inspection.")
doc.add_paragraph(
    "I recognise the commitment shown by the officers and staff we met, many of whom are "
    "carrying very high workloads. I am grateful for the cooperation of your Deputy Chief "
    "Constable and the force's inspection liaison team.")
doc.add_paragraph("Yours sincerely,")
p = doc.add_paragraph()
p.add_run("Adaeze Whitcombe").bold = True
p.add_run("\nHis Majesty's Inspector of Constabulary")
doc.save(os.path.join(DOCS, "ll02.docx"))

# ---------------------------------------------------------------- ll04: force improvement plan
doc = Document()
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(1.8)
header_footer(doc, "OFFICIAL \u2013 Gloucestershire Constabulary",
              "PEEL improvement plan v3.1 \u2013 owner: Deputy Chief Constable \u2013 review date 31 October 2024")
doc.add_heading("Gloucestershire Constabulary", level=0)
doc.add_paragraph("PEEL improvement plan: causes of concern, recommendations and areas for improvement", style="Subtitle")
table(doc, [["Version", "Date", "Status"], ["3.1", "2 September 2024", "Approved by Force Executive Board"]])
doc.add_heading("Foreword", level=1)
doc.add_paragraph(
    "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) published "
    "its PEEL 2023\u201325 report on Gloucestershire Constabulary on 30 April 2024. The report "
    "graded us inadequate at investigating crime and inadequate at crime data integrity. It "
    "set out two causes of concern, the first of which the Inspectorate had already raised "
    "with us in its accelerated cause of concern letter of 23 January 2024. In May 2024 the "
    "constabulary entered Engage.")
doc.add_paragraph(
    "This plan brings every cause of concern and recommendation into one place, together with "
    "the areas for improvement we consider most urgent. It also records learning from other "
    "bodies so that the Force Executive Board has one view of our commitments. We have "
    "welcomed peer support from colleagues in Dorset Police on crime recording.")
p = doc.add_paragraph()
p.add_run("Owen Rathbone, Temporary Chief Constable").italic = True
doc.add_paragraph(
    "Plan owner: Deputy Chief Constable Samira Dutt. Delivery lead: ACC Hannah Lyle. RAG key: "
    "G = complete, A = on track, R = at risk.")

doc.add_heading("Section A: HMICFRS causes of concern and recommendations", level=1)
rows = [["Ref", "Source", "Cause of concern / recommendation", "Progress update (August 2024)", "RAG"]]
t = doc.add_table(rows=1, cols=5)
t.style = "Table Grid"
for j, v in enumerate(rows[0]):
    set_cell(t.cell(0, j), v, bold=True)
    shade(t.cell(0, j), "1F3864")
    t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def band(text):
    row = t.add_row()
    m = row.cells[0].merge(row.cells[4])
    set_cell(m, text, bold=True)
    shade(m, "D9E2F3")


def line(ref, src, stmt, upd, rag, bullets=None):
    row = t.add_row().cells
    set_cell(row[0], ref)
    set_cell(row[1], src)
    set_cell(row[2], stmt)
    for b in bullets or []:
        row[2].add_paragraph(b, style="List Bullet")
    set_cell(row[3], upd)
    set_cell(row[4], rag)
    shade(row[4], {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}[rag])


band("Cause of concern 1 \u2013 Investigating crime (raised 23 January 2024; repeated in the PEEL report)")
line("CC1", "HMICFRS accelerated cause of concern", G_COC1,
     "Investigation standards board set up in February 2024. Supervisor review of every new "
     "investigation within 72 hours is now mandatory, and compliance is 84 percent.", "A")
line("R1", "HMICFRS", G_R1,
     "Investigation plan template added to the crime system on 4 March 2024. Monthly dip "
     "sampling shows plans in 91 percent of files.", "G")
line("R2", "HMICFRS", G_R2,
     "Victim contact agreements are recorded at the first contact. Automated text updates "
     "began in June 2024. Compliance with the Victims' Code contact standard is 78 percent.", "A")
line("R3", "HMICFRS", G_R3_LEAD,
     "Demand analysis completed in July 2024. Allocation now follows a skills matrix. "
     "Monitoring of investigation length is not yet in place.", "A", bullets=G_R3_BUL)
band("Cause of concern 2 \u2013 Crime data integrity (PEEL report, 30 April 2024)")
line("CC2", "HMICFRS PEEL 2023\u201325", G_COC2,
     "Crime recording improvement team established; all domestic abuse incidents are audited "
     "within 24 hours. Recording rate in the latest internal audit is 88 percent.", "A")
line("R4", "HMICFRS PEEL 2023\u201325", G_R4,
     "Additional crime registrars recruited. Awaiting the results of the external audit "
     "commissioned with peer support from Dorset Police.", "R")

doc.add_heading("Section B: Selected HMICFRS areas for improvement (PEEL 2023\u201325)", level=1)
table(doc, [
    ["Ref", "Area", "Area for improvement", "Progress update", "RAG"],
    ["AFI2", "Police powers and public treatment", G_AFI1,
     "New use of force dashboard launched in July 2024 and reviewed quarterly by the "
     "scrutiny panel.", "G"],
    ["AFI6", "Managing offenders and suspects", G_AFI2,
     "Four additional offender managers in post from September 2024; training booked.", "A"],
])
doc.add_paragraph(
    "The remaining areas for improvement are tracked in the constabulary's continuous "
    "improvement register and are not repeated here.")

doc.add_heading("Section C: Learning from other bodies (for information)", level=1)
doc.add_paragraph(
    "These items are not HMICFRS recommendations. They are included so that the board has a "
    "complete picture of learning that affects the same teams.")
table(doc, [
    ["Ref", "Source", "Recommendation or learning", "Progress update", "RAG"],
    ["L1", "IOPC learning recommendation (2023)",
     "The force should remind officers that body-worn video must be switched on before a stop "
     "and search begins.", "Briefing issued to all response teams in April 2024.", "G"],
    ["L2", "HM Senior Coroner for Gloucestershire, report to prevent future deaths (2024)",
     "The coroner raised a concern that missing person risk assessments were not reviewed "
     "when new information came in.", "Missing persons policy rewritten; in consultation.", "A"],
])
doc.add_paragraph(
    "Concern raised at the July board: several actions depend on posts that are not yet filled. "
    "The board asked for a workforce update at its October meeting.")
doc.save(os.path.join(DOCS, "ll04.docx"))

# ---------------------------------------------------------------- ll06: police and crime panel paper
doc = Document()
header_footer(doc, "Wiltshire and Swindon Police and Crime Panel \u2013 9 November 2023",
              "Agenda item 7")
p = doc.add_paragraph()
p.add_run("Wiltshire and Swindon Police and Crime Panel").bold = True
doc.add_paragraph("9 November 2023 \u2013 Agenda item 7")
doc.add_heading("HMICFRS causes of concern and Engage: progress update", level=1)
table(doc, [["Report of", "Police and Crime Commissioner for Wiltshire and Swindon"],
            ["Author", "Head of Performance and Scrutiny, OPCC"],
            ["Purpose", "For information and scrutiny"]])
doc.add_heading("1. Purpose of the report", level=2)
doc.add_paragraph(
    "1.1 This report updates the Panel on Wiltshire Police's progress against the causes of "
    "concern raised by HMICFRS in its PEEL 2021/22 inspection, and on the force's position in "
    "Engage. It follows the Commissioner's commitment at the Panel meeting of 14 September 2023.", style="Normal")
doc.add_heading("2. Background", level=2)
doc.add_paragraph(
    "2.1 The PEEL 2021/22 report was published on 29 September 2022. Table 1 sets out the "
    "grades it gave. HMICFRS does not grade the service the force provides to victims of crime.")
doc.add_paragraph("Table 1: PEEL 2021/22 grades for Wiltshire Police").runs[0].italic = True
table(doc, [
    ["Area", "Grade"],
    ["Treatment of the public", "Adequate"],
    ["Preventing crime and anti-social behaviour", "Good"],
    ["Responding to the public", "Inadequate"],
    ["Investigating crime", "Requires improvement"],
    ["Protecting vulnerable people", "Inadequate"],
    ["Managing offenders and suspects", "Requires improvement"],
    ["Developing a positive workplace", "Adequate"],
    ["Good use of resources", "Requires improvement"],
    ["Recording data about crime", "Adequate"],
])
doc.add_paragraph(
    "2.2 In October 2022 the Police Performance Oversight Group moved the force into Engage. "
    "HMICFRS revisited the force in May 2023 and published its findings on 12 July 2023.")
doc.add_heading("3. Progress against the causes of concern", level=2)
doc.add_paragraph("3.1 The two causes of concern, and the force's update on each recommendation, are below.")
t = doc.add_table(rows=1, cols=3)
t.style = "Table Grid"
for j, v in enumerate(["HMICFRS cause of concern / recommendation", "Force update (October 2023)", "Status"]):
    set_cell(t.cell(0, j), v, bold=True)
    shade(t.cell(0, j), "E2EFD9")


def prow(stmt, upd, status, merged=False):
    row = t.add_row()
    if merged:
        m = row.cells[0].merge(row.cells[2])
        set_cell(m, stmt, bold=True)
        shade(m, "F2F2F2")
        return
    set_cell(row.cells[0], stmt)
    set_cell(row.cells[1], upd)
    set_cell(row.cells[2], status)


prow("Cause of concern 1: " + W_COC1, None, None, merged=True)
prow(W_R1, "Call handling establishment is now 112 full-time equivalents. 999 calls answered "
     "within ten seconds: 90.4 percent (September 2023).", "Met (HMICFRS, July 2023)")
prow(W_R2, "Structured triage in use on every call; quality assurance embedded.", "Met (HMICFRS, July 2023)")
prow("Cause of concern 2: " + W_COC2, None, None, merged=True)
prow(W_R3, "Pending incident reviews moved to every hour for priority incidents. Victim call-back "
     "script introduced in August 2023.", "Partly met")
prow(W_R4, "Referral backlog reduced from 410 to 155. Two additional researchers funded by the "
     "Commissioner until March 2024.", "Not met")
doc.add_paragraph(
    "3.2 HMICFRS considers the first cause of concern discharged. The second remains open, and "
    "the Inspectorate intends to revisit in 2024.")
doc.add_heading("4. Commissioner's view", level=2)
doc.add_paragraph(
    "4.1 The Commissioner, Ffion Ashworth-Lane, holds the Chief Constable, Marcus Delahaye, to "
    "account for this work at her monthly Commissioner's Monitoring Board. She is encouraged by "
    "the improvement in call answering, but she shares members' concern about the safeguarding "
    "referral backlog.")
doc.add_heading("5. Recommendation", level=2)
doc.add_paragraph("5.1 The Panel is recommended to note this report and to receive a further update in March 2024.")
doc.add_paragraph("Background papers: PEEL 2021/22 report (September 2022); HMICFRS letter of 14 October 2022; Causes of concern revisit (July 2023).")
doc.save(os.path.join(DOCS, "ll06.docx"))
print("docx ok")
