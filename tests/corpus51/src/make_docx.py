"""Write docs/kv03.docx, docs/kv06.docx and docs/kv10.docx (python-docx).

    /tmp/kv51venv/bin/python src/make_docx.py
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
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def setc(cell, text, bold=False, fill=None, size=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if fill:
        shade(cell, fill)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- kv03
def kv03():
    doc = Document()
    header_footer(doc, "OFFICIAL", "Eastern Region Policing Collaboration Board – 18 November 2025 – Item 5")
    doc.add_heading("Eastern Region Policing Collaboration Board", 0)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Meeting date", "18 November 2025"),
        ("Agenda item", "5 – Comparative PEEL 2023–25 outcomes across the region"),
        ("Report of", "Assistant Chief Constable (Regional Collaboration), on behalf of the Chair"),
        ("Chair", "Chief Constable Rachel Okafor, Hertfordshire Constabulary"),
        ("Purpose", "For information and discussion"),
    ]):
        setc(t.cell(i, 0), a, bold=True, fill="D9E2F3")
        setc(t.cell(i, 1), b)
    doc.add_heading("1. Summary", 1)
    doc.add_paragraph(
        "All five forces in the collaboration have now been inspected under PEEL 2023–25. "
        "This paper compares their grades in the three areas most affected by shared "
        "services: responding to the public, investigating crime and protecting vulnerable "
        "people. It also compares two of those areas with the 2021/22 round. Essex Police and "
        "Kent Police, which share a serious crime directorate, are not members of this Board "
        "and are not included.")
    doc.add_heading("2. PEEL 2023–25 grades", 1)
    doc.add_paragraph("Table 1 sets out the grades each force received, by area.")
    forces = ["Bedfordshire", "Cambridgeshire", "Hertfordshire", "Norfolk", "Suffolk"]
    rows = [
        ("Responding to the public", ["Adequate", "Requires improvement", "Good", "Requires improvement", "Adequate"]),
        ("Investigating crime", ["Requires improvement", "Requires improvement", "Good", "Adequate", "Good"]),
        ("Protecting vulnerable people", ["Adequate", "Adequate", "Good", "Adequate", "Good"]),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=6)
    t.style = "Table Grid"
    setc(t.cell(0, 0), "Area", bold=True, fill="1F3864")
    t.cell(0, 0).merge(t.cell(1, 0))
    m = t.cell(0, 1).merge(t.cell(0, 5))
    setc(m, "PEEL 2023–25 grade", bold=True, fill="1F3864")
    for c in (t.cell(0, 0), m):
        for r in c.paragraphs[0].runs:
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for j, f in enumerate(forces):
        setc(t.cell(1, j + 1), f, bold=True, fill="D9E2F3")
    for i, (area, gs) in enumerate(rows):
        setc(t.cell(i + 2, 0), area)
        for j, g in enumerate(gs):
            setc(t.cell(i + 2, j + 1), g)
    doc.add_paragraph(
        "Hertfordshire is the only force in the region graded good in all three areas. "
        "Cambridgeshire Constabulary and Norfolk Constabulary both require improvement in how "
        "they respond to the public, largely because of 101 call abandonment.")
    doc.add_heading("3. Comparison with PEEL 2021/22", 1)
    doc.add_paragraph("Table 2: Grades in the 2021/22 round for the two areas that can be compared directly.")
    t = doc.add_table(rows=3, cols=6)
    t.style = "Light Grid Accent 1"
    for j, h in enumerate(["2021/22", "Beds Police", "Cambs Police", "Herts Police", "Norfolk", "Suffolk"]):
        setc(t.cell(0, j), h, bold=True)
    for i, (area, gs) in enumerate([
        ("Responding to the public", ["Requires improvement", "Adequate", "Good", "Adequate", "Adequate"]),
        ("Investigating crime", ["Requires improvement", "Requires improvement", "Good", "Adequate", "Adequate"]),
    ]):
        setc(t.cell(i + 1, 0), area)
        for j, g in enumerate(gs):
            setc(t.cell(i + 1, j + 1), g)
    doc.add_paragraph(
        "Suffolk’s investigation grade has improved by one grade. Norfolk and Cambridgeshire "
        "have each fallen by one grade for responding to the public. Bedfordshire has moved up "
        "from requires improvement to adequate in the same area.")
    doc.add_heading("4. Regional areas for improvement", 1)
    doc.add_paragraph(
        "Two areas for improvement in the forces’ reports concern services delivered "
        "regionally. They are reproduced below so that the Board can track them.")
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(["Force", "Area", "Area for improvement", "Regional owner"]):
        setc(t.cell(0, j), h, bold=True, fill="D9E2F3")
    data = [
        ("Norfolk Constabulary", "Serious and organised crime",
         "The force should make sure that its local policing teams understand their role in "
         "disrupting serious and organised crime, and that they receive intelligence from the "
         "regional organised crime unit.", "ERSOU"),
        ("Cambridgeshire Constabulary", "Investigating crime",
         "The force should improve how it uses digital forensic evidence, so that seized devices "
         "are examined within a reasonable time and investigations are not delayed.",
         "Regional digital forensics hub"),
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            setc(t.cell(i + 1, j), v)
    doc.add_heading("5. Other matters", 1)
    doc.add_paragraph(
        "For completeness, Cambridgeshire Fire and Rescue Service was graded good for "
        "preventing fires in its most recent inspection; fire collaboration is reported to the "
        "Board separately.", style="List Bullet")
    doc.add_paragraph(
        "Temporary Chief Constable Marcus Delaney (Cambridgeshire Constabulary) has asked that "
        "the regional contact centre benchmarking be brought forward.", style="List Bullet")
    doc.add_paragraph(
        "Gail Ferrers, Police and Crime Commissioner for Norfolk, attended as an observer.",
        style="List Bullet")
    doc.add_heading("6. Recommendations", 1)
    doc.add_paragraph("The Board is recommended to:")
    doc.add_paragraph("note the comparative grades in Tables 1 and 2;", style="List Number")
    doc.add_paragraph("agree that ERSOU reports on the Norfolk area for improvement in March 2026.",
                      style="List Number")
    doc.save(os.path.join(DOCS, "kv03.docx"))


# ---------------------------------------------------------------- kv06
def kv06():
    doc = Document()
    header_footer(doc, "House of Commons Library", "commonslibrary.parliament.uk   |   Number CBP-10412, 3 December 2025")
    doc.add_paragraph("Research Briefing").runs[0].bold = True
    doc.add_heading("Police inspections in England and Wales: PEEL", 0)
    doc.add_paragraph("By Tom Ellery, Sian Maddox   3 December 2025")
    doc.add_heading("Summary", 1)
    doc.add_paragraph(
        "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
        "inspects the 43 territorial police forces in England and Wales. Its main programme is "
        "the PEEL inspection (police effectiveness, efficiency and legitimacy). Before July "
        "2017 the inspectorate was His Majesty’s Inspectorate of Constabulary (HMIC); it took "
        "on fire and rescue services from that date.")
    doc.add_paragraph(
        "Policing in Scotland and Northern Ireland is devolved. Police Scotland is inspected "
        "by HM Inspectorate of Constabulary in Scotland, and the Police Service of Northern "
        "Ireland by Criminal Justice Inspection Northern Ireland, so neither is covered here.")
    doc.add_heading("1. How PEEL has changed", 1)
    doc.add_paragraph(
        "From 2014 to 2017 HMIC graded each force separately on effectiveness, efficiency and "
        "legitimacy. In 2018/19 these were brought together in an integrated assessment, still "
        "with three pillar grades. Since 2021/22 HMICFRS has graded forces in up to nine "
        "areas on a five-point scale.[1]")
    doc.add_paragraph(
        "Cumbria Constabulary illustrates the older model: in the 2018/19 integrated "
        "assessment it was judged to require improvement in effectiveness, but good in both "
        "efficiency and legitimacy.[2]")
    doc.add_heading("2. Results of the 2023–25 round", 1)
    doc.add_paragraph(
        "The Chief Inspector’s annual assessment reported that 12 forces were graded "
        "inadequate in at least one area.[3] Table 1 summarises the grades for all forces.")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Medium Shading 1 Accent 1"
    for i, row in enumerate([
        ("Area", "Good or outstanding", "Adequate", "Requires improvement or inadequate"),
        ("Responding to the public", "16", "13", "14"),
        ("Investigating crime", "11", "13", "19"),
        ("Protecting vulnerable people", "15", "16", "12"),
    ]):
        for j, v in enumerate(row):
            setc(t.cell(i, j), v, bold=(i == 0))
    doc.add_paragraph("Source: HMICFRS, PEEL 2023–25 reports; Library calculations.").runs[0].italic = True
    doc.add_heading("3. Forces in enhanced monitoring", 1)
    doc.add_paragraph(
        "Forces that cause serious concern are placed in HMICFRS’s ‘Engage’ process, often "
        "described as special measures. Greater Manchester Police entered Engage in December "
        "2020. Its 2021/22 PEEL report graded it inadequate for both responding to the public "
        "and investigating crime, and requires improvement for protecting vulnerable "
        "people.[4]")
    doc.add_paragraph(
        "The force left Engage in October 2022. In its 2023–25 report, the responding "
        "grade had risen to good and investigating crime to adequate. Chief Constable Sir "
        "Alastair Brenchley told the Home Affairs Committee that the improvement reflected "
        "“three years of unglamorous work on the basics”.[5]")
    doc.add_paragraph(
        "Devon and Cornwall Police was moved into Engage in 2025 after being graded "
        "inadequate at responding to the public in its 2023–25 inspection.[6]")
    doc.add_heading("4. Recommendations to all forces", 1)
    doc.add_paragraph(
        "HMICFRS also makes national recommendations. For example, its 2025 annual "
        "assessment recommended that, by 31 March 2026, all chief constables should make sure "
        "that every crime investigation has a documented plan reviewed by a supervisor. These "
        "are addressed to all forces and are not specific to any one of them.")
    doc.add_paragraph(
        "Sir Lionel Ashdown-Pryce, His Majesty’s Chief Inspector of Constabulary, has said "
        "that the next round will give more weight to how forces use their resources.[7]")
    doc.add_heading("Notes", 1)
    for n in [
        "[1] HMICFRS, PEEL assessment framework 2023–25, April 2023.",
        "[2] HMICFRS, PEEL 2018/19: An inspection of Cumbria Constabulary, 2019.",
        "[3] HMICFRS, State of Policing 2025, November 2025.",
        "[4] HMICFRS, PEEL 2021/22: An inspection of Greater Manchester Police, 2022.",
        "[5] Home Affairs Committee, oral evidence, 15 October 2025, Q112.",
        "[6] HMICFRS, PEEL 2023–25: An inspection of Devon and Cornwall Police, 2025.",
        "[7] HMICFRS, press release, 27 November 2025.",
    ]:
        p = doc.add_paragraph(n)
        p.runs[0].font.size = Pt(8.5)
    doc.add_paragraph(
        "The House of Commons Library is a research and information service based in the UK "
        "Parliament. Our impartial analysis, statistical research and resources help MPs and "
        "their staff scrutinise legislation, develop policy, and support constituents.")
    doc.save(os.path.join(DOCS, "kv06.docx"))


# ---------------------------------------------------------------- kv10
def kv10():
    doc = Document()
    header_footer(doc, "Centre for Policing and Public Value – Working Paper 25/07", "Draft – please do not cite without permission")
    doc.add_heading("Appendix B. Force-level inspection grades used in the analysis", 1)
    doc.add_paragraph(
        "This appendix lists the inspection grades we used as explanatory variables in "
        "Section 4. Grades are taken from the published HMICFRS reports. For the regression "
        "models each grade was coded as a score (Outstanding = 4, Good = 3, Requires "
        "improvement = 2, Inadequate = 1); the ‘Composite’ column is the mean of the three "
        "codes and is not itself an inspection grade.")
    doc.add_paragraph(
        "Table B1. PEEL 2018/19 integrated assessment: pillar grades, eight comparison forces")
    cols = ["Force", "Effectiveness", "Efficiency", "Legitimacy", "Composite", "Officers per 1,000"]
    data = [
        ("Cheshire Constabulary", "Good", "Good", "Good", "3.00", "2.0"),
        ("Cumbria Constabulary", "Requires improvement", "Good", "Good", "2.67", "2.4"),
        ("Durham Constabulary", "Outstanding", "Outstanding", "Outstanding", "4.00", "1.9"),
        ("Greater Manchester Police", "Requires improvement", "Good", "Good", "2.67", "2.3"),
        ("Lancashire Constabulary", "Good", "Good", "Good", "3.00", "2.1"),
        ("Merseyside Police", "Good", "Good", "Good", "3.00", "2.5"),
        ("Nottinghamshire Police", "Good", "Good", "Good", "3.00", "1.8"),
        ("West Yorkshire Police", "Good", "Good", "Good", "3.00", "2.2"),
        ("Police Scotland†", "n/a", "n/a", "n/a", "–", "3.0"),
    ]
    t = doc.add_table(rows=1 + len(data), cols=len(cols))
    t.style = "Light List Accent 1"
    for j, c in enumerate(cols):
        setc(t.cell(0, j), c, bold=True, size=9)
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            setc(t.cell(i + 1, j), v, size=9)
    doc.add_paragraph(
        "† Police Scotland is inspected by HMICS and was included only in the workforce "
        "models; it has no PEEL grade.").runs[0].font.size = Pt(8)
    doc.add_paragraph(
        "Table B2. Robustness check: PEEL 2021/22 grade for responding to the public, "
        "north-west forces")
    data2 = [("Cheshire", "Good", "3"), ("Cumbria", "Adequate", "–"),
             ("Greater Manchester", "Inadequate", "1"), ("Lancashire", "Requires improvement", "2"),
             ("Merseyside", "Good", "3")]
    t = doc.add_table(rows=1 + len(data2), cols=3)
    t.style = "Light List Accent 1"
    for j, c in enumerate(["Force", "Grade", "Code"]):
        setc(t.cell(0, j), c, bold=True, size=9)
    for i, row in enumerate(data2):
        for j, v in enumerate(row):
            setc(t.cell(i + 1, j), v, size=9)
    doc.add_paragraph(
        "Note: the 2021/22 scale added a fifth grade, ‘adequate’, which has no equivalent in "
        "the 2018/19 coding; Cumbria is therefore dropped from the robustness check.")
    doc.add_heading("References (appendix)", 2)
    for r in [
        "HMIC (2017) PEEL: Police legitimacy 2017 – An inspection of Durham Constabulary. London: HMIC.",
        "HMICFRS (2019) PEEL: Police effectiveness, efficiency and legitimacy 2018/19. London: HMICFRS.",
        "HMICFRS (2022) PEEL 2021/22: An inspection of Greater Manchester Police. London: HMICFRS.",
    ]:
        doc.add_paragraph(r)
    doc.save(os.path.join(DOCS, "kv10.docx"))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    kv03()
    kv06()
    kv10()
    print("wrote kv03.docx kv06.docx kv10.docx")
