"""kf02.docx: HMICFRS letter moving Gloucestershire Constabulary into Engage."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxkit import fill, put, numbered, page_field

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kf02.docx")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
sec = doc.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]; hp.text = "OFFICIAL"; hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp.add_run("Gloucestershire Constabulary – Engage – page "); page_field(fp)

p = doc.add_paragraph(); r = p.add_run("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services"); r.bold = True; r.font.size = Pt(13)
doc.add_paragraph("Ground Floor, Ashley House, 2 Monck Street, London SW1P 2BQ")
p = doc.add_paragraph()
p.add_run("Temporary Chief Constable Siân Haverford\nGloucestershire Constabulary\nNo. 1 Waterwells\nQuedgeley\nGloucester GL2 2AN")
doc.add_paragraph("21 November 2025").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.add_paragraph("Dear Siân,")
doc.add_heading("Gloucestershire Constabulary: escalation to the Engage phase of monitoring", level=2)

paras = [
    "I am writing to tell you that Gloucestershire Constabulary has been moved from routine monitoring into the Engage phase of our monitoring process. The decision was taken at the meeting of our Policing Performance Oversight Group (PPOG) on 18 November 2025, and I am writing to you on the group’s behalf.",
    "Our PEEL 2023–25 inspection of the constabulary, published on 2 October 2025, found serious shortcomings. We graded the constabulary as inadequate for responding to the public and for leadership and force management, and as requiring improvement in four other areas. In the report we raised two causes of concern.",
]
n = 1
for t in paras:
    numbered(doc, n, t); n += 1
numbered(doc, n, "The first cause of concern related to the way the constabulary responds to the public:"); n += 1
doc.add_paragraph("Gloucestershire Constabulary does not respond to emergency and priority incidents within its own target times, and it does not keep callers informed when it cannot attend promptly.", style="Intense Quote")
numbered(doc, n, "The second related to leadership and force management:"); n += 1
doc.add_paragraph("The constabulary’s leaders do not have an accurate understanding of the demand the force faces, so its plans for its workforce and its budget are not based on sound evidence.", style="Intense Quote")
for t in [
    "The PPOG considered these findings together with information from the constabulary, from the Police and Crime Commissioner and from national bodies. It concluded that the constabulary is not responding well enough to our findings, and that it would benefit from the additional scrutiny and support that Engage provides.",
    "Engage is not a grade, and it is not a judgement about the commitment of your officers and staff. While the constabulary is in Engage, we will meet you regularly to review its progress, and we may ask other organisations, such as the College of Policing, to provide help. The constabulary will leave Engage when the PPOG is satisfied that it has made enough progress against the causes of concern.",
    "I would be grateful if you would send me your improvement plan by 30 January 2026. The table below sets out the next steps.",
]:
    numbered(doc, n, t); n += 1

t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ["Step", "Date", "Who"]):
    put(c, h, bold=True); fill(c, "D9E2F3")
for row in [("Improvement plan submitted to HMICFRS", "30 January 2026", "Constabulary"),
            ("First Engage review meeting", "February 2026", "HMI, Chief Constable, PCC"),
            ("Causes of concern revisit", "To be confirmed", "HMICFRS"),
            ("PPOG review of Engage status", "May 2026", "PPOG")]:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        put(c, v)
doc.add_paragraph()
for tx in [
    "This letter concerns the constabulary only. Gloucestershire Fire and Rescue Service, which we inspect separately, is not affected by this decision.",
    "We will publish this letter on our website on 28 November 2025. I am copying it to Crispin Wolde, Police and Crime Commissioner for Gloucestershire, and to the Home Office.",
]:
    numbered(doc, n, tx); n += 1

doc.add_paragraph("Yours sincerely,")
p = doc.add_paragraph(); r = p.add_run("Owain Tredegar-Mills"); r.bold = True
doc.add_paragraph("His Majesty’s Inspector of Constabulary")
doc.add_paragraph("cc: Crispin Wolde, Police and Crime Commissioner for Gloucestershire")
doc.core_properties.title = "Engage letter"
doc.core_properties.author = "HMICFRS"
doc.save(OUT)
print("wrote", OUT)
