"""Write lb07.docx and lb08.docx for corpus57 (python-docx).

    /tmp/c57venv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def mojibake(s):
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append("")  # Word drops the undefined byte (0x9D) on paste
    return "".join(out)


# ------------------------------------------------------------------ lb07.docx
# A panel report that someone made by copying a PDF into Word: every PDF line is its own
# paragraph, the table became tab-separated lines, running headers and page numbers are
# paragraphs, and line-end hyphens stay in.
LB07 = """NOTTINGHAMSHIRE POLICE AND CRIME PANEL
9 June 2025
Agenda item 7
For information
Report of the Police and Crime Commissioner
HMICFRS PEEL 2023–25 INSPECTION OF NOTTINGHAMSHIRE POLICE:
COMMISSIONER’S RESPONSE AND FORCE PROGRESS
1. Purpose
1.1 To update the Panel on the PEEL 2023–25 inspection of
Nottinghamshire Police by His Majesty’s Inspectorate of Constabulary and
Fire & Rescue Services (HMICFRS), published on 11 April 2025, and on the
response of the Commissioner, Yasmin Okafor, Police and Crime
Commissioner.
2. Background
2.1 The inspection was led by Lorna Whitcombe, His Majesty’s Inspector
of Constabulary. The Chief Constable, Owen Bracegirdle, and the Deputy
Chief Constable, Kerry Aldous, attended the Panel’s informal briefing on
2 May 2025.
2.2 The grades awarded in 2023–25 and in the previous inspection
(2021/22) are shown below. Where an area was renamed, the 2021/22 grade
is given against the 2023–25 name.
Area of policing\t\t2023–25\t\t2021/22
Police powers and public treatment\t\tAdequate\t\tGood
Preventing crime\t\t\tGood\t\tGood
Responding to the public\t\tAdequate\t\tRequires improvement
Investigating crime\t\t\tRequires improvement\tAdequate
Protecting vulnerable people\t\tRequires improvement\tRequires improvement
Managing offenders\t\t\tAdequate\t\tGood
Building, supporting and protecting the\tGood\t\tGood
workforce
Leadership and force management\t\tAdequate\t\tAdequate
Nottinghamshire Police and Crime Panel – 9 June 2025
Page 1 of 3
2.3 The report contains no causes of concern and seven areas for
improvement. The Panel asked at its April meeting to see the force’s
progress on the three areas for improvement set out below.
3. Areas for improvement and force progress
3.1 Investigating crime
Area for improvement
The force should make sure that the force’s investigations are allocated
to officers with the right skills, and that supervisors review them
regularly.
Force update: An investigation standards unit was set up in March 2025.
Open investigations per officer have fallen from 17 to 13 since January.
3.2 Protecting vulnerable people
Area for improvement
The force should improve how it identi-
fies repeat victims of domestic abuse, and make sure that safeguarding
referrals are made without delay.
Force update: A repeat-victim flag has been added to the command and
control system, and referrals are checked daily by the MASH.
Nottinghamshire Police and Crime Panel – 9 June 2025
Page 2 of 3
3.3 Leadership and force management
Area for improvement
The force should make sure that its change programme has the capacity it
needs, and that it tracks the benefits of each project.
Commissioner’s comment: An update on this area had not been received
from the force when this report was written. It will be brought to the
Panel in September.
4. Other matters
4.1 Nottinghamshire Fire and Rescue Service, which was judged good in
most areas in its last inspection, is reported to the Fire Authority and
not to this Panel. Assistant Chief Constable Rob Fenwick leads the
force’s contact management programme.
4.2 The Commissioner’s budget for 2025/26 includes £1.2m for detective
training. The joint firearms unit with Derbyshire Constabulary remains
good practice.
5. Recommendation
5.1 That the Panel notes the report.
Contact: Office of the Police and Crime Commissioner for Nottinghamshire
Nottinghamshire Police and Crime Panel – 9 June 2025
Page 3 of 3"""


def make_lb07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    for line in LB07.split("\n"):
        p = doc.add_paragraph()
        r = p.add_run(line)
        if line.isupper() or line.startswith(("1. ", "2. ", "3. ", "4. ", "5. ")) and len(line) < 50:
            r.bold = True
        if line.startswith("Page ") or line.startswith("Nottinghamshire Police and Crime Panel –"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.font.size = Pt(8)
    doc.core_properties.title = "Microsoft Word - PEEL panel report (pasted)"
    doc.save(os.path.join(DOCS, "lb07.docx"))
    print("wrote lb07.docx")


# ------------------------------------------------------------------ lb08.docx
# A force staff briefing made by pasting from a web page that had already been through a
# UTF-8 / cp1252 mix-up: curly quotes, dashes and apostrophes come out as mojibake.
def make_lb08():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL – for internal circulation"
    sec.footer.paragraphs[0].text = "Corporate Communications, Lincolnshire Police"
    M = mojibake
    doc.add_heading(M("Staff briefing: PEEL 2023–25 – what the inspectors said"), level=1)
    doc.add_paragraph(M("Issued 21 November 2024 by Corporate Communications. "
                        "Please share with your teams – this briefing is not for publication."))
    doc.add_paragraph(M(
        "Today His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
        "published its PEEL 2023–25 report on Lincolnshire Police. The inspectors looked at "
        "eight areas of our work, and the table below shows the grade for each."))
    doc.add_heading(M("Our grades"), level=2)
    rows = [
        ("Area", "Grade"),
        ("Police powers and public treatment", "Good"),
        ("Preventing crime", "Adequate"),
        ("Responding to the public", "Good"),
        ("Investigating crime", "Adequate"),
        ("Protecting vulnerable people", M("“Requires improvement”")),
        ("Managing offenders", "Good"),
        ("Building, supporting and protecting the workforce", "Adequate"),
        ("Leadership and force management", "Good"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, g) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = g
        if i == 0:
            for c in t.rows[0].cells:
                c.paragraphs[0].runs[0].bold = True
    doc.add_paragraph(M(
        "Inspectors describe our response to the public as “Good” and highlight our "
        "control room’s work with Leicestershire Police as good practice. Our previous "
        "legitimacy inspection, in 2017, also found the force to be good at treating "
        "the public and its workforce fairly."))
    doc.add_heading(M("Where we need to improve"), level=2)
    doc.add_paragraph(M("The report sets out five areas for improvement, including:"))
    for text in [
        "The force should make sure that it identifies vulnerable victims at the first point "
        "of contact, and that safeguarding referrals are made promptly.",
        "The force should improve how it investigates online crime, so that victims’ needs "
        "are assessed and they are kept updated.",
    ]:
        doc.add_paragraph(M(text), style="List Bullet")
    doc.add_paragraph(M(
        "There are no causes of concern and no recommendations. Each area for improvement "
        "now has a chief officer lead, and progress will be reported to the Police and "
        "Crime Commissioner’s accountability board."))
    doc.add_heading(M("What our leaders said"), level=2)
    doc.add_paragraph(M(
        "Chief Constable Helen Rooke said: “I want to thank every one of you. Being "
        "judged good in four areas is a real achievement for a force of our size, but "
        "protecting vulnerable people must be our first priority for 2025–26.”"))
    doc.add_paragraph(M(
        "Trevor Ashdown, Lincolnshire’s Police and Crime Commissioner, said: “The "
        "public of Lincolnshire can be confident in their police. I will hold the Chief "
        "Constable to account for the areas that need to improve.”"))
    doc.add_paragraph(M(
        "Questions? Email the PEEL team or speak to your line manager. The staff survey "
        "closes on 6 December 2024 – it takes about 10 minutes and there’s an adequate "
        "number of paid hours set aside for you to complete it."))
    doc.save(os.path.join(DOCS, "lb08.docx"))
    print("wrote lb08.docx")


if __name__ == "__main__":
    make_lb07()
    make_lb08()
