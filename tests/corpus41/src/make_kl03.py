"""kl03.docx: the Kent PCC's section 55 response to PEEL 2025-27, with a 2023-25 column."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docxutil import shade, set_cell, labelled, header_footer, repeat_header

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kl03.docx")
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)
header_footer(doc, "OFFICIAL", "Office of the Kent Police and Crime Commissioner \u2013 Section 55 response \u2013 Page 1")

doc.add_heading("Response of the Police and Crime Commissioner for Kent to HMICFRS\u2019s report "
                "\u2018PEEL 2025\u201327: An inspection of Kent Police\u2019", level=1)
labelled(doc, "Published:", "7 May 2026")
labelled(doc, "Report published by HMICFRS:", "12 March 2026")
labelled(doc, "Legal basis:", "Section 55 of the Police Act 1996 requires me to publish comments on "
         "any report of His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services "
         "(HMICFRS) on my force within 56 days.")

doc.add_heading("1. Introduction", level=2)
doc.add_paragraph(
    "I am Gideon Marlowe-Pryce, Police and Crime Commissioner for Kent. I welcome this report, "
    "the first on Kent Police in the inspectorate\u2019s 2025\u201327 round of PEEL inspections. "
    "I have discussed its findings with Chief Constable Anjali Rostron and her chief officer team "
    "at my Performance and Accountability Board on 14 April 2026.")
doc.add_paragraph(
    "The force has improved its grade in four of the eight areas and has not gone down in any. "
    "There are no causes of concern and four areas for improvement. The table below sets the new "
    "grades beside those the force received in the 2023\u201325 round.")

t = doc.add_table(rows=2, cols=4)
t.style = "Table Grid"
title = t.rows[0].cells[0].merge(t.rows[0].cells[3])
set_cell(title, "Table 1: Kent Police PEEL grades, 2025\u201327 compared with 2023\u201325", bold=True)
shade(title, "D9D2E9")
for c, h in zip(t.rows[1].cells, ["Area (2025\u201327 framework)", "2025\u201327 grade",
                                   "2023\u201325 grade", "Change"]):
    set_cell(c, h, bold=True)
    shade(c, "EDE7F6")
repeat_header(t.rows[0]); repeat_header(t.rows[1])
rows = [
    ("Leadership and force management", "Good", "Good", "Unchanged"),
    ("Supporting and developing the workforce*", "Good", "Adequate", "\u2191 Up from adequate"),
    ("Police powers and public treatment", "Good", "Good", "Unchanged"),
    ("Preventing crime and antisocial behaviour", "Outstanding", "Good", "\u2191 Up from good"),
    ("Responding to the public", "Good", "Adequate", "\u2191 Up from adequate"),
    ("Investigating crime", "Adequate", "Requires improvement", "\u2191 Up from requires improvement"),
    ("Protecting vulnerable people", "Adequate", "Adequate", "Unchanged"),
    ("Managing offenders and suspects", "Good", "Good", "Unchanged"),
]
fills = {"Outstanding": "9FD8B5", "Good": "C6E8C9", "Adequate": "FBE7A9", "Requires improvement": "F7C9A8"}
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        set_cell(cells[i], v)
        if i in (1, 2):
            shade(cells[i], fills[v])
p = doc.add_paragraph()
r = p.add_run("* In the 2023\u201325 framework this area was called \u2018Building, supporting and "
              "protecting the workforce\u2019. HMICFRS did not grade victim service in either round.")
r.italic = True
r.font.size = Pt(9)

doc.add_heading("2. My overall view", level=2)
doc.add_paragraph(
    "Being graded outstanding for preventing crime and antisocial behaviour is a tribute to the "
    "neighbourhood officers, PCSOs and volunteers who work with communities across the county. "
    "The inspectorate also recognised good practice in how volunteers contact victims of fraud.")
doc.add_paragraph(
    "I am not complacent. Investigating crime is now adequate, but victims still tell me they are "
    "not kept informed, and protecting vulnerable people has stayed at adequate. I have agreed "
    "with the Chief Constable that both will be standing items at my Performance and "
    "Accountability Board during 2026/27, and I have set aside \u00a31.2 million in the "
    "2026/27 budget for additional investigators.")

doc.add_heading("3. Areas for improvement", level=2)
doc.add_paragraph(
    "Each area for improvement is set out below as HMICFRS wrote it, followed by the force\u2019s "
    "update and my comment.")
afis = [
    ("Supporting and developing the workforce",
     "The force should evaluate its new wellbeing programme to understand whether it is reducing "
     "sickness absence among call handlers.",
     None,
     "The force has told me that its evaluation will begin in the summer and that it will report "
     "to my Performance and Accountability Board in July 2026. I will publish its update then."),
    ("Investigating crime",
     "The force should make sure that victims are updated on the progress of their case at the "
     "intervals set out in the Code of Practice for Victims of Crime.",
     "A new automated text and email service went live in February 2026. Compliance with the "
     "Code\u2019s update intervals is now checked in monthly performance meetings and has risen "
     "from 61 per cent to 78 per cent.",
     "I will track compliance through the Victims\u2019 Code dashboard that my office publishes."),
    ("Investigating crime",
     "The force should improve the quality of investigation plans for high-volume crime, so that "
     "lines of enquiry are identified and completed promptly.",
     "All sergeants in the investigation hubs have attended a one-day course on investigation "
     "planning, and a quality assurance sample of 200 crimes a month is reviewed by inspectors.",
     "I welcome this and have asked for the results of the sampling each quarter."),
    ("Protecting vulnerable people",
     "The force should make sure that officers consider using Clare\u2019s Law disclosures in all "
     "suitable domestic abuse cases.",
     "The domestic abuse risk assessment now prompts officers to consider a disclosure, and "
     "applications rose by a third in the first quarter of 2026.",
     "I am satisfied with the progress made so far."),
]
for n, (area, text, update, comment) in enumerate(afis, 1):
    doc.add_heading(area, level=3)
    p = doc.add_paragraph()
    p.add_run("Area for improvement %d" % n).bold = True
    doc.add_paragraph(text, style="Intense Quote")
    if update:
        labelled(doc, "Force update (Deputy Chief Constable Tomasz Wren):", update)
    labelled(doc, "Commissioner\u2019s comment:", comment)

doc.add_heading("4. Next steps", level=2)
doc.add_paragraph(
    "HMICFRS is consulting on its proposed PEEL assessment framework for 2027\u201329 until "
    "31 July 2026, and I will respond to that consultation. Kent Fire and Rescue Service, which "
    "is not my responsibility, is inspected separately.")
doc.add_paragraph("Gideon Marlowe-Pryce")
doc.add_paragraph("Police and Crime Commissioner for Kent")
doc.add_paragraph("7 May 2026")
doc.save(OUT)
print("wrote", OUT)
