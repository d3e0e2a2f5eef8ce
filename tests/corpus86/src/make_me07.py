"""Build docs/me07.docx: the South Wales PCC's section 55 response to HMICFRS's PEEL
2021/22 report, set out side by side (English left, Welsh right) in a borderless table,
as many Welsh public bodies lay out bilingual papers.

    /tmp/mevenv/bin/python src/make_me07.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "me07.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Comisiynydd Heddlu a Throseddu De Cymru | South Wales Police and Crime Commissioner"
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("Section 55 response: PEEL 2021/22 \u2013 An inspection of South Wales Police", level=1)
doc.add_heading("Ymateb adran 55: PEEL 2021/22 \u2013 Arolygiad o Heddlu De Cymru", level=1)


def pair_table(rows, bold_first=False):
    t = doc.add_table(rows=0, cols=2)
    for en, cy in rows:
        cells = t.add_row().cells
        p = set_cell(cells[0], en, bold=bold_first)
        p2 = set_cell(cells[1], cy, bold=bold_first, italic=True)
    return t


pair_table([
    ("Introduction", "Cyflwyniad"),
], bold_first=True)
pair_table([
    ("His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) "
     "published its PEEL 2021/22 report on South Wales Police on 2 August 2022. The inspection "
     "was led by Wendy Williams, Her Majesty\u2019s Inspector of Constabulary. Section 55 of the "
     "Police Act 1996 requires me to publish a response within 56 days.",
     "Cyhoeddodd Arolygiaeth Cwnstabliaeth a Gwasanaethau T\u00e2n ac Achub EF (HMICFRS) ei "
     "hadroddiad PEEL 2021/22 ar Heddlu De Cymru ar 2 Awst 2022. Mae adran 55 Deddf yr Heddlu "
     "1996 yn gofyn i mi gyhoeddi ymateb o fewn 56 diwrnod."),
    ("I welcome the report. The force was graded outstanding for preventing crime, one of "
     "only a handful of forces to receive that grade, and I am grateful to Chief Constable "
     "Jeremy Vaughan and his officers and staff. There are no causes of concern.",
     "Rwy\u2019n croesawu\u2019r adroddiad. Cafodd y llu radd ragorol am atal troseddu, ac rwy\u2019n "
     "ddiolchgar i\u2019r Prif Gwnstabl a\u2019i swyddogion a\u2019i staff. Nid oes unrhyw achos pryder."),
])

doc.add_paragraph("")
p = doc.add_paragraph()
p.add_run("Grades / Graddau").bold = True
t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.rows[0].cells[0], "Area / Maes", bold=True)
set_cell(t.rows[0].cells[1], "Grade / Gradd", bold=True)
for c in t.rows[0].cells:
    shade(c, "D9E2F3")
grades = [
    ("Providing a service to victims of crime / Darparu gwasanaeth i ddioddefwyr troseddau",
     "Not graded / Heb ei raddio"),
    ("Engaging with and treating the public with fairness and respect / Ymgysylltu \u00e2\u2019r "
     "cyhoedd a\u2019u trin \u00e2 thegwch a pharch", "Good / Da"),
    ("Preventing crime and anti-social behaviour / Atal troseddu ac ymddygiad gwrthgymdeithasol",
     "Outstanding / Rhagorol"),
    ("Responding to the public / Ymateb i\u2019r cyhoedd", "Requires improvement / Angen gwella"),
    ("Investigating crime / Ymchwilio i droseddau", "Adequate / Digonol"),
    ("Protecting vulnerable people / Diogelu pobl agored i niwed", "Good / Da"),
    ("Managing offenders and suspects / Rheoli troseddwyr a phobl a amheuir", "Good / Da"),
    ("Disrupting serious organised crime / Tarfu ar droseddau difrifol a chyfundrefnol",
     "Graded in the regional report / Wedi\u2019i raddio yn yr adroddiad rhanbarthol"),
    ("Developing a positive workplace / Datblygu gweithle cadarnhaol", "Good / Da"),
    ("Good use of resources / Defnydd da o adnoddau", "Adequate / Digonol"),
    ("Recording data about crime / Cofnodi data am droseddau", "Good / Da"),
]
for area, grade in grades:
    cells = t.add_row().cells
    set_cell(cells[0], area)
    set_cell(cells[1], grade)

doc.add_paragraph("")
pair_table([("Areas for improvement and the force\u2019s response",
             "Meysydd i\u2019w gwella ac ymateb yr heddlu")], bold_first=True)

afis = [
    ("Responding to the public / Ymateb i\u2019r cyhoedd",
     "AFI 1: The force should make sure that it answers emergency and non-emergency calls "
     "within national targets, and that fewer callers abandon their calls.",
     "MiW 1: Dylai\u2019r llu sicrhau ei fod yn ateb galwadau brys a galwadau nad ydynt yn rhai "
     "brys o fewn targedau cenedlaethol.",
     "Force response: Thirty-two call handlers were recruited in 2022, and a peer review of "
     "the public service centre was carried out by West Midlands Police in July.",
     "Ymateb yr heddlu: Recriwtiwyd 32 o drinwyr galwadau yn 2022."),
    ("Responding to the public / Ymateb i\u2019r cyhoedd",
     "AFI 2: The force should make sure that vulnerability is assessed and recorded on every "
     "call, using a structured approach such as THRIVE.",
     "MiW 2: Dylai\u2019r llu sicrhau bod bregusrwydd yn cael ei asesu a\u2019i gofnodi ar bob galwad.",
     "Force response: THRIVE is now a mandatory field on the command and control system.",
     "Ymateb yr heddlu: Mae THRIVE bellach yn faes gorfodol ar y system."),
    ("Investigating crime / Ymchwilio i droseddau",
     "AFI 3: The force should improve the supervision of investigations, so that each has a "
     "clear plan and victims are kept updated.",
     "MiW 3: Dylai\u2019r llu wella\u2019r ffordd y mae ymchwiliadau\u2019n cael eu goruchwylio.",
     "Force response: An investigation standards team has been established, and the Joint "
     "Legal Services unit it shares with Gwent Police is advising on file quality.",
     "Ymateb yr heddlu: Sefydlwyd t\u00eem safonau ymchwilio."),
    ("Good use of resources / Defnydd da o adnoddau",
     "AFI 4: The force should make sure it understands how well its change programmes are "
     "working, and that it can show the benefits they deliver.",
     "MiW 4: Dylai\u2019r llu sicrhau ei fod yn deall pa mor dda y mae ei raglenni newid yn gweithio.",
     None, None),
]
current = None
for heading, en, cy, r_en, r_cy in afis:
    if heading != current:
        p = doc.add_paragraph()
        p.add_run(heading).bold = True
        current = heading
    rows = [(en, cy)]
    if r_en:
        rows.append((r_en, r_cy))
    else:
        rows.append(("Commissioner\u2019s note: the force has not yet reported on this area; I "
                     "have asked for a position statement by December 2022.",
                     "Nodyn y Comisiynydd: nid yw\u2019r llu wedi adrodd ar y maes hwn eto."))
    pair_table(rows)

doc.add_paragraph("")
pair_table([
    ("Good practice highlighted in the report includes the force\u2019s early intervention work "
     "with Cardiff and Vale University Health Board.",
     "Mae\u2019r arfer da a amlygwyd yn cynnwys gwaith ymyrraeth gynnar y llu."),
    ("Assistant Chief Constable Dafydd Rees leads the force\u2019s improvement plan, which my "
     "office monitors through the Strategic Performance Board.",
     "Mae\u2019r Prif Gwnstabl Cynorthwyol yn arwain cynllun gwella\u2019r llu."),
])
doc.add_paragraph("")
doc.add_paragraph("Alun Michael")
doc.add_paragraph("South Wales Police and Crime Commissioner / Comisiynydd Heddlu a Throseddu De Cymru")
doc.add_paragraph("27 September 2022 / 27 Medi 2022")
doc.save(OUT)
print("wrote", OUT)
