"""kl04.docx: an Essex Police news release about its PEEL 2025-27 report, as sent to editors."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import shade, set_cell, header_footer

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kl04.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
header_footer(doc, "Essex Police Corporate Communications", "Media enquiries: 01245 000 000 (24 hours)")

t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "ESSEX POLICE \u2013 NEWS RELEASE", bold=True)
set_cell(t.cell(0, 1), "FOR IMMEDIATE RELEASE", bold=True)
set_cell(t.cell(1, 0), "Date: Thursday 19 February 2026")
set_cell(t.cell(1, 1), "Ref: CC/2026/044")
for c in t.rows[0].cells:
    shade(c, "DCE6F1")

doc.add_heading("Inspectors find progress in investigations but say calls and safeguarding "
                "must improve", level=1)
doc.add_paragraph(
    "Essex Police has received its first report of the new round of PEEL inspections, "
    "published today by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
    "Services (HMICFRS).")
doc.add_paragraph(
    "The inspection, carried out in the autumn of 2025 under the inspectorate\u2019s 2025\u201327 "
    "framework, looked at eight areas of policing.")
doc.add_paragraph(
    "Inspectors graded the force good for managing offenders and suspects, unchanged from "
    "2023\u201325, and good for police powers and public treatment, up from adequate.")
doc.add_paragraph(
    "Investigating crime improved to adequate, having been graded requires improvement in the "
    "2023\u201325 inspection. Leadership and force management, supporting and developing the "
    "workforce, and preventing crime and antisocial behaviour were each graded adequate, as "
    "they were in 2023\u201325.")
doc.add_paragraph(
    "The force was graded requires improvement for responding to the public, down from "
    "adequate, and for protecting vulnerable people, where it was previously adequate.")
doc.add_paragraph(
    "The report contains eleven areas for improvement and no causes of concern.")
doc.add_paragraph("Chief Constable Miriam Oduya-Clarke said:")
doc.add_paragraph(
    "\u201cI am proud that our investigators have turned things round. Victims are getting "
    "better outcomes, and the inspectors saw that. But I will not pretend that the picture on "
    "calls is acceptable. People who ring 101 are waiting too long, and we will fix that.\u201d",
    style="Quote")
doc.add_paragraph(
    "Assistant Chief Constable Fenella Drax, who leads the force\u2019s contact management "
    "command, said 120 additional call handlers would be recruited during 2026/27.")
doc.add_paragraph(
    "Essex\u2019s Police, Fire and Crime Commissioner, Lorcan Hebblethwaite, said:")
doc.add_paragraph(
    "\u201cThis is a mixed report. Good work on investigations and on the fair use of police "
    "powers sits beside real concern about how quickly we answer the public. I have asked the "
    "Chief Constable for a plan by the end of March, and I will hold the force to account for "
    "it in public.\u201d", style="Quote")
doc.add_paragraph(
    "The force\u2019s Serious Crime Directorate, which it runs jointly with Kent Police, was "
    "praised for its work against county lines drug dealing.")
doc.add_paragraph("ENDS")

doc.add_heading("Notes to editors", level=2)
notes = [
    "HMICFRS grades forces as outstanding, good, adequate, requires improvement or inadequate.",
    "The full report is available on the HMICFRS website. The PEEL assessment framework "
    "2025\u201327 was published in April 2025.",
    "Essex County Fire and Rescue Service is inspected separately; its most recent report, in "
    "2025, judged it good at understanding risk.",
    "HMICFRS is consulting on its proposed framework for 2027\u201329. The consultation closes "
    "on 31 July 2026.",
]
for n in notes:
    doc.add_paragraph(n, style="List Number")
doc.save(OUT)
print("wrote", OUT)
