"""Write docs/ku09.docx and docs/ku10.docx (web pages saved to Word) with python-docx.

    /tmp/c50venv/bin/python src/make_docx.py
"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_cell(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold


def link_para(doc, text, style=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.font.color.rgb = RGBColor(0x00, 0x56, 0xA4)
    r.underline = True
    return p


def labelled(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


# ---------------------------------------------------------------- ku09: Essex Police page
def ku09():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Essex Police - HMICFRS PEEL inspection - saved 04/02/2025"
    sec.footer.paragraphs[0].text = "https://www.essex.police.uk/police-forces/essex-police/areas/about-us/about-us/hmicfrs-peel/"
    link_para(doc, "Skip to main content")
    doc.add_paragraph("We use cookies to make this site work. Accept additional cookies | Reject additional cookies | View cookies")
    for item in ["Report", "Contact us", "Advice", "Your area", "Find out more", "Investigating crime",
                 "Careers", "Accessibility"]:
        link_para(doc, item, style="List Bullet")
    doc.add_paragraph("Home > About us > Our performance > HMICFRS PEEL inspection")
    doc.add_heading("HMICFRS PEEL inspection", level=1)
    doc.add_paragraph("Every few years His Majesty's Inspectorate of Constabulary and Fire & Rescue "
                      "Services (HMICFRS) looks at how effective, efficient and legitimate we are. Its "
                      "latest report on Essex Police was published on 30 October 2024.")
    doc.add_heading("Our grades", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    top = t.rows[0].cells
    merged = top[0].merge(top[2])
    set_cell(merged, "PEEL 2023\u201325: how Essex Police was graded", bold=True)
    hdr = t.add_row().cells
    for c, txt in zip(hdr, ["Area", "Grade", "What the inspectors said"]):
        set_cell(c, txt, bold=True); shade(c, "D9E2F3")
    rows = [
        ("Police powers and public treatment", "Good", "Officers use stop and search fairly."),
        ("Preventing crime", "Good", "Strong work with councils on antisocial behaviour."),
        ("Responding to the public", "Adequate", "Emergency calls are answered quickly; some 101 callers wait too long."),
        ("Investigating crime", "Adequate", "Investigations are mostly well planned."),
        ("Protecting vulnerable people", "Good", "A good understanding of hidden harm."),
        ("Managing offenders and suspects", "Good", "Effective management of registered sex offenders."),
        ("Building, supporting and protecting the workforce", "Adequate", "Wellbeing support is valued but not always used."),
        ("Leadership and force management", "Good", "Clear plans for the workforce it will need."),
        ("Crime data integrity", "Good", "Most crimes are recorded correctly."),
    ]
    fills = {"Good": "C6E0B4", "Adequate": "FFF2CC"}
    for a, g, s in rows:
        cells = t.add_row().cells
        set_cell(cells[0], a); set_cell(cells[1], g, bold=True); shade(cells[1], fills[g]); set_cell(cells[2], s)
    doc.add_paragraph("Providing a service to victims of crime is not graded.")
    doc.add_heading("What happens next", level=2)
    doc.add_paragraph("The inspectors asked us to improve in four areas:")
    afis = [
        "The force should reduce the time that callers to 101 wait before their call is answered.",
        "The force should make sure that officers gather all available evidence at the first opportunity, including from house-to-house enquiries and CCTV.",
        "The force should make sure that supervisors review the workload of investigators regularly.",
        "The force should make sure that the wellbeing support it offers is known to, and used by, staff working from home.",
    ]
    for a in afis:
        doc.add_paragraph(a, style="List Number")
    doc.add_paragraph("Chief Constable Benedict Okonkwo-Reyes said: \u201cThe inspectors have recognised "
                      "the progress we have made. We are already working on the areas they want us "
                      "to improve.\u201d")
    doc.add_paragraph("Police, Fire and Crime Commissioner Sabine Trelawney will monitor progress at her "
                      "Performance and Resources Scrutiny Board. Essex County Fire and Rescue Service, "
                      "which she also oversees, was graded good for responding to fires in its own "
                      "inspection.")
    doc.add_heading("Related pages", level=2)
    for item in ["Our performance data", "Freedom of information", "Kent Police and Essex Police serious crime directorate"]:
        link_para(doc, item, style="List Bullet")
    doc.add_paragraph("Was this page helpful? Yes / No")
    doc.add_paragraph("\u00a9 Essex Police 2025. Accessibility | Privacy | Cookies | Terms")
    doc.save(os.path.join(DOCS, "ku09.docx"))


# ---------------------------------------------------------------- ku10: Hampshire OPCC page
def ku10():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OPCC Hampshire and Isle of Wight \u2013 HMICFRS inspections"
    sec.footer.paragraphs[0].text = "Page saved from the Commissioner's website, 10 March 2025"
    doc.add_paragraph("Accessibility tools: Text size A A A | High contrast | Listen (ReadSpeaker)")
    for item in ["Home", "Your Commissioner", "Police and Crime Plan", "Holding to account", "Grants", "News", "Contact"]:
        link_para(doc, item, style="List Bullet")
    doc.add_heading("HMICFRS inspections of Hampshire and Isle of Wight Constabulary", level=1)
    doc.add_paragraph("Police and Crime Commissioner Tobias Wrenfield scrutinises the force's response "
                      "to every HMICFRS report. Select a heading to expand it.")
    doc.add_heading("\u25BC PEEL 2023\u201325 (published September 2024)", level=2)
    doc.add_paragraph("The inspectorate graded the constabulary good in five areas, adequate in three "
                      "areas and requires improvement in one area: investigating crime. The "
                      "full grades are on the HMICFRS website.")
    doc.add_paragraph("In its 2021/22 inspection the constabulary had been graded requires improvement "
                      "for responding to the public. This has now improved to adequate.")
    doc.add_heading("Areas for improvement and progress", level=3)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Area for improvement", "Force update (February 2025)", "Status"]):
        set_cell(c, txt, bold=True); shade(c, "DDDDDD")
    rows = [
        ("The force should make sure supervisors review open investigations often enough to keep them moving, and record what they have checked.",
         "A new supervisory review standard was introduced in November 2024. Compliance is checked monthly.", "Green"),
        ("The force should improve how it gathers and keeps evidence when a victim does not support a prosecution, including: body-worn video footage; photographs of injuries; and statements from independent witnesses.",
         "Refresher training delivered to all response officers by January 2025.", "Amber"),
        ("The force should reduce the time it takes to answer non-emergency calls on 101, particularly on Friday and Saturday evenings.",
         "Twelve extra call handlers start in April 2025.", "Amber"),
        ("The force should have a clearer picture of how its estate and fleet will need to change to meet the demand it expects by 2027.",
         "", "Not started"),
    ]
    fills = {"Green": "C6E0B4", "Amber": "FFE699", "Not started": "FFFFFF"}
    for a, u, s in rows:
        cells = t.add_row().cells
        set_cell(cells[0], a); set_cell(cells[1], u); set_cell(cells[2], s); shade(cells[2], fills[s])
    doc.add_paragraph("Deputy Chief Constable Marcus Ellery-Penn reports on progress at the "
                      "Commissioner's quarterly accountability board.")
    doc.add_heading("\u25B6 PEEL 2021/22", level=2)
    doc.add_paragraph("Closed: all areas for improvement from this inspection have been superseded.")
    doc.add_heading("\u25B6 Other inspections", level=2)
    doc.add_paragraph("Hampshire and Isle of Wight Fire and Rescue Service: graded adequate for protecting "
                      "the public through fire regulation. Joint custody inspection (2023): no grades.")
    p = doc.add_paragraph("Tobias Wrenfield, Police and Crime Commissioner for Hampshire and the Isle of Wight")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("See also: Thames Valley Police and Crime Commissioner; Sussex Police and Crime Commissioner")
    doc.add_paragraph("Rate this page: Good | Poor")
    doc.save(os.path.join(DOCS, "ku10.docx"))


if __name__ == "__main__":
    ku09()
    ku10()
