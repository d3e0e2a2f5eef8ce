"""kf10.docx: HMICFRS cause of concern revisit letter (not accelerated), Cleveland Police."""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
from docxkit import fill, put, numbered, page_field, repeat_header

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kf10.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]; hp.text = "OFFICIAL"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]; fp.add_run("HMICFRS | Cleveland Police cause of concern revisit | "); page_field(fp)

p = doc.add_paragraph(); r = p.add_run("HMICFRS"); r.bold = True; r.font.size = Pt(16)
doc.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services\n"
                  "Unit 2, Northern Regional Office, Leeds LS1 4AP")
doc.add_paragraph("Acting Chief Constable Darren Aske\nCleveland Police\nLadgate Lane\nMiddlesbrough TS8 9EH")
doc.add_paragraph("Date: 17 November 2025")
doc.add_paragraph("Dear Acting Chief Constable,")
doc.add_heading("PEEL 2023–25: Cleveland Police – revisit of the cause of concern on investigating crime", level=2)

n = 1
numbered(doc, n, "Our PEEL 2023–25 report on Cleveland Police was published on 15 January 2025. In it, we graded the force as inadequate at investigating crime and raised the following cause of concern:"); n += 1
doc.add_paragraph("Cleveland Police does not investigate crime effectively. Too many investigations are poorly planned and poorly supervised, and victims are not kept informed, which means that offenders are not brought to justice.", style="Quote")
for t in [
    "We made four recommendations to address the cause of concern. The force has been in the Engage phase of our monitoring process since March 2025, and this revisit forms part of that monitoring. It was not an accelerated revisit: we carried it out at the point in our monitoring plan that we agreed with you in April.",
    "Between 6 and 10 October 2025 we reviewed 90 investigations, held focus groups with detectives and supervisors, and spoke to the Police and Crime Commissioner’s office and to Victim Support. Before our fieldwork, we asked the force to tell us what it had done against each recommendation. Its answers are set out, with our assessment, in the table below.",
]:
    numbered(doc, n, t); n += 1

t = doc.add_table(rows=2, cols=4); t.style = "Table Grid"
a = t.rows[0].cells[0].merge(t.rows[0].cells[1]); put(a, "Recommendation", bold=True)
b = t.rows[0].cells[2].merge(t.rows[0].cells[3]); put(b, "Progress", bold=True)
for c in (a, b):
    fill(c, "BDD7EE")
for c, h in zip(t.rows[1].cells, ["No.", "What we recommended", "Force’s reported position", "Our assessment"]):
    put(c, h, bold=True); fill(c, "DEEAF6")
repeat_header(t.rows[0]); repeat_header(t.rows[1])
ROWS = [
    ("1", "By 30 June 2025, the force should make sure that every investigation is allocated to an officer with the skills and accreditation to investigate it.",
     "A new allocation policy came into force on 1 May 2025. Investigations are now allocated by a crime management hub using a matrix of offence type and investigator accreditation.",
     "Met. Allocation was appropriate in 84 of the 90 cases we reviewed."),
    ("2", "By 30 June 2025, the force should make sure that supervisors review open investigations at least every 28 days and record clear directions.",
     "Supervisory reviews are monitored weekly at the performance meeting chaired by Assistant Chief Constable Hollis.",
     "Partly met. Reviews were recorded on time in 61 of 90 cases, but many gave no direction."),
    ("3", "By 30 September 2025, the force should make sure that victims are updated on the progress of their case in line with the Code of Practice for Victims of Crime.",
     "Victim contact plans have been added to the crime recording system, and compliance is reported monthly to the Commissioner.",
     "Partly met. Contact plans existed but were followed in only half the cases."),
    ("4", "By 30 September 2025, the force should reduce the number of investigations that are closed without a suspect being identified when reasonable lines of enquiry remain.",
     "No position reported.",
     "Not met. We found 14 investigations closed with lines of enquiry outstanding."),
]
for row in ROWS:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        put(c, v)
doc.add_paragraph()
for t_ in [
    "The force has made real progress on the allocation of investigations, and officers told us they now receive work that matches their skills. But supervision and contact with victims have not improved enough, and the force did not tell us what it had done about closing investigations too early.",
    "We therefore consider that the cause of concern has not yet been addressed. We will revisit the force again in spring 2026. This letter does not change the force’s grades, which remain as published.",
    "The force told us it has also completed work on the three areas for improvement we made about investigations. We will examine these at the force’s next PEEL inspection.",
    "I am copying this letter to Joanna Pelham, Cleveland Police and Crime Commissioner. We will publish it on our website.",
]:
    numbered(doc, n, t_); n += 1
doc.add_paragraph("Yours sincerely,")
p = doc.add_paragraph(); p.add_run("Margaret Oduya-Lister").bold = True
doc.add_paragraph("His Majesty’s Inspector of Constabulary")
doc.core_properties.title = "Cleveland revisit letter"
doc.save(OUT)
print("wrote", OUT)
