"""Write docs/r04.docx: an HMICFRS news release announcing four PEEL 2023-25 reports.

    /tmp/c14venv/bin/python make_r04.py      (run from src/)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import page_field, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "r04.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "HMICFRS press office"
fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Page ")
page_field(fp)


def para(text="", bold=False, italic=False, style=None, size=None):
    p = doc.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def quote(text):
    para(text, style="Quote")


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


hdr = doc.add_table(rows=2, cols=2)
hdr.style = "Table Grid"
set_cell(hdr.rows[0].cells[0], "NEWS RELEASE", bold=True)
set_cell(hdr.rows[0].cells[1], "Ref: 64/2025")
shade(hdr.rows[0].cells[0], "2B1D4F")
hdr.rows[0].cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
set_cell(hdr.rows[1].cells[0], "EMBARGOED UNTIL 00:01 THURSDAY 11 SEPTEMBER 2025", bold=True)
set_cell(hdr.rows[1].cells[1], "Issued: Tuesday 9 September 2025")
para()

h = para("Four police forces assessed in latest PEEL reports", bold=True, size=18)
para("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has today "
     "published its PEEL 2023–25 inspection reports on Northumbria Police, South Yorkshire "
     "Police, Cheshire Constabulary and Gwent Police.", bold=True)
para("PEEL stands for police effectiveness, efficiency and legitimacy. In this round of "
     "inspections, HMICFRS grades forces in eight areas of policing and reports on a ninth, the "
     "service given to victims of crime, without grading it.")

# --- Northumbria ------------------------------------------------------------------------
para("Northumbria Police", bold=True, size=13)
para("Inspectors found that Northumbria Police was outstanding at preventing and deterring crime "
     "and antisocial behaviour, and reducing vulnerability, one of only a handful of forces to "
     "receive the top grade in this area. They highlighted the force’s partnership hub as "
     "innovative practice. However, the force needs to improve the way it plans and supervises "
     "its investigations.")
para("The force was graded as:")
bullets([
    "outstanding at preventing and deterring crime and antisocial behaviour, and reducing "
    "vulnerability;",
    "good at police powers and public treatment, protecting vulnerable people, managing "
    "offenders and suspects, and leadership and force management;",
    "adequate at responding to the public, and at building, supporting and protecting the "
    "workforce; and",
    "requires improvement at investigating crime.",
])

# --- South Yorkshire --------------------------------------------------------------------
para("South Yorkshire Police", bold=True, size=13)
para("South Yorkshire Police has improved its response to emergency calls since the last "
     "inspection and now answers almost all of them within ten seconds. But the inspectorate "
     "said too many investigations were closed before all reasonable lines of enquiry had been "
     "followed. The force’s grades are:")
bullets([
    "Police powers and public treatment – Good",
    "Preventing and deterring crime and antisocial behaviour, and reducing vulnerability – Adequate",
    "Responding to the public – Good",
    "Investigating crime – Requires improvement",
    "Protecting vulnerable people – Adequate",
    "Managing offenders and suspects – Adequate",
    "Building, supporting and protecting the workforce – Good",
    "Leadership and force management – Adequate",
])

para("His Majesty’s Inspector of Constabulary Lorna Pettifer, who led both inspections, said:")
quote("“Northumbria Police’s work to prevent crime is among the best we have seen, and the "
      "people of the North East benefit from it every day. I now want to see the same energy "
      "applied to investigations, so that more victims see offenders brought to justice.")
quote("“In South Yorkshire, the improvement in how quickly the force answers emergency calls is "
      "welcome. The force must now make sure that investigations are not closed too early. We "
      "will continue to monitor its progress.”")

# --- Cheshire ---------------------------------------------------------------------------
para("Cheshire Constabulary", bold=True, size=13)
para("Cheshire Constabulary was graded outstanding at managing offenders and suspects. The "
     "inspectorate found a well-run force that understands its communities. It was graded good "
     "in six areas: police powers and public treatment; preventing and deterring crime and "
     "antisocial behaviour, and reducing vulnerability; responding to the public; protecting "
     "vulnerable people; building, supporting and protecting the workforce; and leadership and "
     "force management. Investigating crime was graded adequate.")

# --- Gwent ------------------------------------------------------------------------------
para("Gwent Police", bold=True, size=13)
para("In Gwent, inspectors raised concerns about how long it takes the force to answer and "
     "respond to calls. HMICFRS first raised this with the force during its inspection in "
     "March 2025, as an accelerated cause of concern, and the published report repeats it. "
     "Gwent Police was graded:")
bullets([
    "good for police powers and public treatment, and for managing offenders and suspects;",
    "adequate for preventing and deterring crime and antisocial behaviour, and reducing "
    "vulnerability, investigating crime, building, supporting and protecting the workforce, and "
    "leadership and force management;",
    "requires improvement for responding to the public and for protecting vulnerable people.",
])

para("HM Inspector of Constabulary Idris Vaughan-Lloyd, who led the inspections of Cheshire "
     "Constabulary and Gwent Police, said:")
quote("“Cheshire Constabulary is a good force, and its management of offenders is outstanding. "
      "It should be proud of these results.")
quote("“Gwent Police has more to do. When we found that too many callers were waiting too long, "
      "we did not wait for our report: we told the force straight away. I am encouraged by the "
      "response from Chief Constable Siân Mortimer and her team, and we will publish a letter "
      "about the force’s progress once we have revisited it.”")

para("ENDS", bold=True)

# --- notes to editors -------------------------------------------------------------------
para("Notes to editors", bold=True, size=13)
notes = [
    "HMICFRS independently assesses the effectiveness and efficiency of police forces and fire "
    "and rescue services, in the public interest.",
    "The reports are available on the HMICFRS website from 00:01 on Thursday 11 September "
    "2025.",
    "PEEL grades are outstanding, good, adequate, requires improvement and inadequate. The "
    "adequate grade was introduced in 2021/22.",
    "An accelerated cause of concern is a cause of concern that HMICFRS raises with a force "
    "before its report is published, so that the force can act on it straight away.",
    "HMICFRS also published its inspection of Cheshire Fire and Rescue Service on 28 August "
    "2025. That report is separate from this release.",
    "For further information, contact the HMICFRS press office on 0300 071 6800 (option 2). "
    "Out of hours: 07700 900 412.",
]
for n in notes:
    doc.add_paragraph(n, style="List Number")

doc.save(OUT)
print("wrote", OUT)
