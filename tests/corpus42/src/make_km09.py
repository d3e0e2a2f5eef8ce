"""Write docs/km09.docx: a report of the Police and Crime Commissioner to the Dyfed-Powys
Police and Crime Panel on progress against the PEEL 2021/22 report. The summary is laid out
in two newspaper columns (Welsh, then English), followed by full-width tables.

    /tmp/km42venv/bin/python src/make_km09.py
"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.shared import Pt

from docxutil import set_cell, set_lang, shade, two_columns

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "km09.docx")

doc = Document()
doc.core_properties.title = "Panel report - PEEL 2021/22 progress"
doc.core_properties.author = "OPCC Dyfed-Powys"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Eitem 7 ar yr agenda / Agenda item 7"
sec.footer.paragraphs[0].text = "Panel Heddlu a Throseddu Dyfed-Powys / Dyfed-Powys Police and Crime Panel \u2013 27/01/2023"

doc.add_heading("Panel Heddlu a Throseddu Dyfed-Powys\nDyfed-Powys Police and Crime Panel", level=1)
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for r, (k, v) in enumerate([
        ("Dyddiad y cyfarfod / Meeting date", "27 Ionawr / January 2023"),
        ("Teitl / Title", "Cynnydd yn erbyn adroddiad PEEL 2021/22 / Progress against the PEEL 2021/22 report"),
        ("Awdur / Author", "Prif Weithredwr, SCHTh / Chief Executive, OPCC"),
        ("Diben / Purpose", "Er gwybodaeth / For information")]):
    set_cell(t.cell(r, 0), k, bold=True)
    set_cell(t.cell(r, 1), v)
    shade(t.cell(r, 0), "E7ECF2")

# two-column section: Welsh summary, column break, English summary
cols = doc.add_section(WD_SECTION.CONTINUOUS)
two_columns(cols)

def cy(text, heading=False):
    if heading:
        p = doc.add_heading(level=2)
        run = p.add_run(text)
    else:
        run = doc.add_paragraph().add_run(text)
    set_lang(run, "cy-GB")

cy("1. Crynodeb", heading=True)
cy("Mae\u2019r adroddiad hwn yn rhoi gwybod i\u2019r Panel am gynnydd Heddlu Dyfed-Powys yn "
   "erbyn y meysydd i\u2019w gwella a nodwyd gan Arolygiaeth Heddluoedd a Gwasanaethau T\u00e2n "
   "ac Achub Ei Mawrhydi yn ei hadroddiad PEEL 2021/22, a gyhoeddwyd ym mis Gorffennaf 2022.")
cy("Cafodd yr heddlu ei raddio\u2019n dda mewn saith maes ac yn ddigonol mewn tri. Nid oedd "
   "unrhyw achos pryder.")
cy("Mae\u2019r Comisiynydd Heddlu a Throseddu, Elin Prosser, yn dal y Prif Gwnstabl Richard "
   "Pughe i gyfrif am y cynnydd hwn yn ei Bwrdd Atebolrwydd Plismona.")
p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.COLUMN)

doc.add_heading("1. Summary", level=2)
doc.add_paragraph(
    "This report informs the Panel of the progress Dyfed-Powys Police has made against the "
    "areas for improvement identified by Her Majesty\u2019s Inspectorate of Constabulary and "
    "Fire & Rescue Services in its PEEL 2021/22 report, published in July 2022.")
doc.add_paragraph(
    "The force was graded good in seven areas and adequate in three. There was no cause of "
    "concern. The full grades are set out in Table 1.")
doc.add_paragraph(
    "Police and Crime Commissioner Elin Prosser holds Chief Constable Richard Pughe to account "
    "for this progress at her Policing Accountability Board, and the minutes are published.")

full = doc.add_section(WD_SECTION.CONTINUOUS)
c = full._sectPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}cols")
if c is not None:
    full._sectPr.remove(c)

doc.add_heading("2. Graddau / Grades", level=2)
doc.add_paragraph("Tabl 1: Graddau PEEL 2021/22 / Table 1: PEEL 2021/22 grades")
g = doc.add_table(rows=1, cols=3)
g.style = "Table Grid"
for i, h in enumerate(("Maes", "Area", "Gradd / Grade")):
    set_cell(g.cell(0, i), h, bold=True)
    shade(g.cell(0, i), "C9D6E3")
for acy, aen, gr in [
        ("Ymgysylltu \u00e2\u2019r cyhoedd a\u2019u trin yn deg", "Engaging with and treating the public with fairness and respect", "Da / Good"),
        ("Atal troseddu", "Preventing crime and anti-social behaviour", "Da / Good"),
        ("Ymateb i\u2019r cyhoedd", "Responding to the public", "Digonol / Adequate"),
        ("Ymchwilio i droseddau", "Investigating crime", "Digonol / Adequate"),
        ("Diogelu pobl agored i niwed", "Protecting vulnerable people", "Da / Good"),
        ("Rheoli troseddwyr", "Managing offenders and suspects", "Da / Good"),
        ("Troseddau difrifol a chyfundrefnol", "Disrupting serious organised crime", "Da / Good"),
        ("Gweithle cadarnhaol", "Developing a positive workplace", "Digonol / Adequate"),
        ("Defnydd da o adnoddau", "Good use of resources", "Da / Good"),
        ("Cofnodi data am droseddau", "Recording data about crime", "Da / Good")]:
    row = g.add_row().cells
    set_cell(row[0], acy, lang="cy-GB")
    set_cell(row[1], aen)
    set_cell(row[2], gr)

doc.add_paragraph(
    "Er gwybodaeth, graddau 2018/19 yr heddlu oedd: effeithiolrwydd \u2013 da; effeithlonrwydd "
    "\u2013 angen gwella; cyfreithlondeb \u2013 da. / For reference, the force\u2019s 2018/19 "
    "grades were: effectiveness \u2013 good; efficiency \u2013 requires improvement; "
    "legitimacy \u2013 good.")

doc.add_heading("3. Cynnydd yn erbyn meysydd i\u2019w gwella / Progress against areas for improvement", level=2)
a = doc.add_table(rows=1, cols=5)
a.style = "Table Grid"
for i, h in enumerate(("Cyf. / Ref", "Maes / Area", "Maes i\u2019w wella / Area for improvement",
                       "Statws / Status", "Diweddariad yr heddlu / Force update")):
    set_cell(a.cell(0, i), h, bold=True)
    shade(a.cell(0, i), "C9D6E3")
AFIS = [
    ("AFI 1", "Responding to the public",
     "The force should answer non-emergency calls more quickly, and tell callers how long they "
     "can expect to wait.",
     "Ar y trywydd / On track", "F2C94C",
     "A call-back option was introduced in October 2022. The average wait for 101 calls has "
     "fallen from 11 minutes to 6 minutes."),
    ("AFI 2", "Investigating crime",
     "The force should make sure that investigation plans are recorded and reviewed by a "
     "supervisor.",
     "Cwblhawyd / Complete", "6FCF97",
     "The records management system now requires a supervisor\u2019s review within seven days."),
    ("AFI 3", "Developing a positive workplace",
     "The force should make sure that its wellbeing services reach officers and staff who work "
     "in its most rural stations.",
     "Heb ddechrau / Not started", "EB5757",
     "\u2013"),
    ("AFI 4", "Developing a positive workplace",
     "The force should improve how it monitors the workload of detectives.",
     "Ar y trywydd / On track", "F2C94C",
     "A workload tool is being tested in Carmarthenshire and will be extended to all divisions "
     "in the 2023/24 financial year."),
]
for ref, area, text, status, colour, upd in AFIS:
    row = a.add_row().cells
    set_cell(row[0], ref)
    set_cell(row[1], area)
    set_cell(row[2], text)
    set_cell(row[3], status)
    shade(row[3], colour)
    set_cell(row[4], upd)

doc.add_heading("4. Materion eraill / Other matters", level=2)
doc.add_paragraph(
    "Mae Archwilio Cymru wedi rhoi barn ddiamod ar gyfrifon 2021/22. / Audit Wales has given "
    "an unqualified opinion on the 2021/22 accounts. The joint audit committee rated the "
    "OPCC\u2019s risk register as \u201cadequate\u201d. Mid and West Wales Fire and Rescue "
    "Service\u2019s own inspection, carried out for the Welsh Government, is reported to the "
    "Fire Authority and not to this Panel.")
doc.add_heading("5. Argymhelliad / Recommendation", level=2)
doc.add_paragraph(
    "Gofynnir i\u2019r Panel nodi\u2019r adroddiad. / The Panel is asked to note the report.")

doc.save(OUT)
print("wrote", OUT)
