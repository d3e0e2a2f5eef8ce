"""kp08.docx -- Northamptonshire PFCC Accountability Board action log (landscape)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kp08.docx")

doc = Document()
s = doc.sections[0]
s.orientation = WD_ORIENT.LANDSCAPE
s.page_width, s.page_height = s.page_height, s.page_width
s.left_margin = s.right_margin = Cm(1.6)
s.header.paragraphs[0].text = "OFFICIAL"
s.footer.paragraphs[0].text = "Accountability Board action log \u2013 version 7 \u2013 17 March 2025"
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(9.5)

doc.add_heading("Office of the Northamptonshire Police, Fire and Crime Commissioner", level=1)
doc.add_heading("Accountability Board \u2013 action log", level=2)
doc.add_paragraph(
    "Board of 11 March 2025. Present: Rosalind Achebe-Fry (Police, Fire and Crime Commissioner), "
    "Ivor Dunsmore (Chief Constable), Deputy Chief Constable, Chief Fire Officer, OPCC Chief "
    "Executive, OPCC Chief Finance Officer. Log updated 17 March 2025.")

doc.add_paragraph("For reference: grades given to Northamptonshire Police by HMICFRS in PEEL 2023\u201325 (report published 5 December 2024)").runs[0].bold = True
g = doc.add_table(rows=1, cols=4)
g.style = "Table Grid"
for c, t in zip(g.rows[0].cells, ["Area", "Grade", "Area", "Grade"]):
    set_cell(c, t, bold=True)
    shade(c, "E7E6E6")
pairs = [("Police powers and public treatment", "Adequate"), ("Preventing and deterring crime", "Good"),
         ("Responding to the public", "Requires improvement"), ("Investigating crime", "Adequate"),
         ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders and suspects", "Good"),
         ("Building, supporting and protecting the workforce", "Adequate"), ("Leadership and force management", "Adequate")]
for i in range(0, 8, 2):
    c = g.add_row().cells
    for k, (a, gr) in enumerate(pairs[i:i + 2]):
        set_cell(c[2 * k], a)
        set_cell(c[2 * k + 1], gr)
doc.add_paragraph(
    "The Chief Constable\u2019s stated ambition is for the force to be good in every area by its "
    "next inspection. Status key: Open / Closed / Proposed for closure.")

cols = ["Ref", "Raised", "Action", "Owner", "Update", "Status"]
t = doc.add_table(rows=1, cols=6)
t.style = "Table Grid"
hdr = t.rows[0]
for c, txt in zip(hdr.cells, cols):
    set_cell(c, txt, bold=True)
    shade(c, "1F3864")
    c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
trPr = hdr._tr.get_or_add_trPr()
th = OxmlElement("w:tblHeader")
th.set(qn("w:val"), "true")
trPr.append(th)

rows = [
    ("AB/24/27", "10 Dec 2024",
     ["Chief Constable to present a plan addressing the PEEL 2023\u201325 cause of concern:",
      "Northamptonshire Police does not attend incidents within its own target times, and it does not keep callers informed when attendance is delayed."],
     "CC",
     "Demand and response plan presented on 11 March. Attendance within target for emergency incidents rose from 74% in October to 83% in February; a text update is now sent to callers when attendance is delayed by more than an hour.",
     "Open"),
    ("AB/24/28", "10 Dec 2024",
     ["DCC to report progress on the recommendation linked to the cause of concern:",
      "Within six months, the force should review how it grades incidents so that the officers it sends match the level of risk."],
     "DCC",
     "Review of the incident grading policy completed in February 2025. New grading criteria go live on 1 April 2025 after training for all control room staff.",
     "Proposed for closure"),
    ("AB/24/29", "10 Dec 2024",
     ["DCC to report progress on the PEEL area for improvement (protecting vulnerable people):",
      "The force should make sure that officers complete a risk assessment for every domestic abuse incident they attend."],
     "DCC",
     "Completion of the risk assessment at domestic abuse incidents was 96% in February, checked daily by the Safeguarding Hub.",
     "Open"),
    ("AB/24/30", "10 Dec 2024",
     ["ACC (Operations) to report progress on the PEEL area for improvement (building, supporting and protecting the workforce):",
      "The force should improve the way it monitors the wellbeing of staff in the force control room."],
     "ACC",
     "Not yet due \u2013 to come to the May Board.",
     "Open"),
    ("AB/25/03", "14 Jan 2025",
     ["OPCC Chief Finance Officer to circulate the revised medium-term financial plan for 2025/26 to 2028/29."],
     "CFO", "Circulated 20 January 2025.", "Closed"),
    ("AB/25/04", "14 Jan 2025",
     ["Chief Fire Officer to set out the service\u2019s response to the HMICFRS fire inspection, in which Northamptonshire Fire and Rescue Service was graded requires improvement for protecting the public through fire regulation."],
     "CFO (Fire)", "Response plan to be presented in April.", "Open"),
    ("AB/25/05", "11 Mar 2025",
     ["DCC to share the East Midlands regional comparison of 999 answer times, including Leicestershire Police and Derbyshire Constabulary."],
     "DCC", "", "Open"),
]
for ref, raised, action, owner, upd, status in rows:
    c = t.add_row().cells
    set_cell(c[0], ref)
    set_cell(c[1], raised)
    set_cell(c[2], action[0])
    for extra in action[1:]:
        p = c[2].add_paragraph()
        r = p.add_run(extra)
        r.italic = True
    set_cell(c[3], owner)
    set_cell(c[4], upd)
    set_cell(c[5], status)
    fill = {"Open": "FFF2CC", "Closed": "E2EFDA", "Proposed for closure": "DDEBF7"}[status]
    shade(c[5], fill)
widths = [Cm(2.0), Cm(2.2), Cm(9.5), Cm(1.6), Cm(8.0), Cm(2.6)]
for row in t.rows:
    for cell, w in zip(row.cells, widths):
        cell.width = w

doc.add_paragraph(
    "Closed actions are removed from the log after one Board cycle. The next Accountability "
    "Board is on 13 May 2025.")
doc.save(OUT)
print("wrote", OUT)
