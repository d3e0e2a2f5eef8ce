"""Write docs/km02.docx: the Police and Crime Commissioner for Gwent's section 55 response
to PEEL 2023-25, laid out as a two-column bilingual table (Cymraeg | English).

    /tmp/km42venv/bin/python src/make_km02.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor

from docxutil import labelled_cell, set_cell, set_lang, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "km02.docx")

doc = Document()
doc.core_properties.title = "Ymateb Adran 55 / Section 55 response - PEEL 2023-25"
doc.core_properties.author = "OPCC Gwent"
st = doc.styles["Normal"]
st.font.name = "Arial"
st.font.size = Pt(10.5)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "SWYDDOGOL / OFFICIAL"
sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
sec.footer.paragraphs[0].text = ("Swyddfa Comisiynydd Heddlu a Throseddu Gwent / Office of the "
                                 "Police and Crime Commissioner for Gwent \u2013 Tudalen / Page")

doc.add_heading("Ymateb y Comisiynydd Heddlu a Throseddu i Arolygiad PEEL 2023\u201325 "
                "Heddlu Gwent", level=1)
doc.add_heading("Police and Crime Commissioner\u2019s response to the PEEL 2023\u201325 "
                "inspection of Gwent Police", level=1)

meta = doc.add_table(rows=4, cols=2)
meta.style = "Table Grid"
for r, (k, v) in enumerate([
        ("Dyddiad / Date", "22 Gorffennaf 2025 / 22 July 2025"),
        ("Adroddiad / Report", "PEEL 2023\u201325: Heddlu Gwent / Gwent Police (cyhoeddwyd / "
                               "published 3 June 2025)"),
        ("Statws / Status", "Terfynol / Final"),
        ("Cyswllt / Contact", "Pennaeth Sicrwydd / Head of Assurance, OPCC Gwent")]):
    set_cell(meta.cell(r, 0), k, bold=True)
    set_cell(meta.cell(r, 1), v)
doc.add_paragraph()

rows = []   # (kind, welsh, english)


def head(cy, en):
    rows.append(("head", cy, en))


def para(cy, en):
    rows.append(("para", cy, en))


def label(cy_label, cy, en_label, en):
    rows.append(("label", (cy_label, cy), (en_label, en)))


head("1. Cyflwyniad", "1. Introduction")
para("Mae adran 55 o Ddeddf yr Heddlu 1996 yn ei gwneud yn ofynnol i mi gyhoeddi ymateb i "
     "bob adroddiad arolygu ar Heddlu Gwent o fewn 56 diwrnod. Dyma fy ymateb i adroddiad "
     "PEEL 2023\u201325 Arolygiaeth Heddluoedd a Gwasanaethau T\u00e2n ac Achub Ei Fawrhydi "
     "(AHGTAEF).",
     "Section 55 of the Police Act 1996 requires me to publish a response to every inspection "
     "report on Gwent Police within 56 days. This is my response to the PEEL 2023\u201325 report "
     "of His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS).")
para("Arweiniwyd yr arolygiad gan Arolygydd Heddlu Ei Fawrhydi Gwenllian Ashby. Rwyf wedi "
     "trafod yr adroddiad gyda\u2019r Prif Gwnstabl Catrin Howells, ac mae diweddariadau\u2019r "
     "heddlu wedi\u2019u nodi isod.",
     "The inspection was led by His Majesty's Inspector of Constabulary Gwenllian Ashby. I have "
     "discussed the report with Chief Constable Catrin Howells, and the force\u2019s updates are "
     "set out below.")
head("2. Graddau", "2. Grades")
para("Mae\u2019r Arolygiaeth yn defnyddio graddfa pum pwynt: rhagorol, da, digonol, angen "
     "gwella ac annigonol.",
     "The inspectorate uses a five-point scale: outstanding, good, adequate, requires "
     "improvement and inadequate.")
GRADES = [
    ("Pwerau\u2019r heddlu a thriniaeth y cyhoedd", "Police powers and public treatment",
     "Digonol", "Adequate"),
    ("Atal troseddu", "Preventing crime", "Da", "Good"),
    ("Ymateb i\u2019r cyhoedd", "Responding to the public", "Digonol", "Adequate"),
    ("Ymchwilio i droseddau", "Investigating crime", "Angen gwella", "Requires improvement"),
    ("Diogelu pobl agored i niwed", "Protecting vulnerable people", "Angen gwella",
     "Requires improvement"),
    ("Rheoli troseddwyr a phobl a ddrwgdybir", "Managing offenders and suspects", "Digonol",
     "Adequate"),
    ("Adeiladu, cefnogi a diogelu\u2019r gweithlu", "Building, supporting and protecting the "
     "workforce", "Digonol", "Adequate"),
    ("Arweinyddiaeth a rheoli\u2019r heddlu", "Leadership and force management",
     "Angen gwella", "Requires improvement"),
    ("Cywirdeb data troseddu", "Crime data integrity", "Da", "Good"),
]
rows.append(("grades", None, None))
para("Yn 2021/22, cafodd triniaeth y cyhoedd ei graddio\u2019n \u2018angen gwella\u2019. "
     "Mae\u2019r gwelliant i \u2018digonol\u2019 yn adlewyrchu gwaith caled swyddogion a "
     "staff.",
     "In 2021/22, treatment of the public was graded \u2018requires improvement\u2019. The "
     "improvement to \u2018adequate\u2019 reflects hard work by officers and staff.")

head("3. Achos pryder ac argymhellion", "3. Cause of concern and recommendations")
label("Achos pryder:", "Nid yw\u2019r heddlu\u2019n ymchwilio i droseddau yn ddigon effeithiol. "
      "Nid oes gan ormod o ymchwiliadau gynllun clir, ac nid yw dioddefwyr yn cael gwybod "
      "am eu cynnydd.",
      "Cause of concern:", "The force is not investigating crime effectively enough. Too many "
      "investigations lack a clear plan, and victims are not kept informed of their progress.")
label("Argymhelliad 1:", "O fewn chwe mis, dylai\u2019r heddlu sicrhau bod gan bob "
      "ymchwiliad gynllun wedi\u2019i gofnodi a bod goruchwylydd yn ei adolygu\u2019n "
      "rheolaidd.",
      "Recommendation 1:", "Within six months, the force should make sure that every "
      "investigation has a recorded plan and that a supervisor reviews it regularly.")
label("Diweddariad yr heddlu:", "Mae templed cynllun ymchwilio newydd wedi\u2019i gyflwyno "
      "ym mhob t\u00eem ers mis Gorffennaf.",
      "Force update:", "A new investigation plan template has been in use in every team since "
      "July. Compliance is checked weekly by the Assistant Chief Constable, Mark Delahaye.")
label("Argymhelliad 2:", "O fewn chwe mis, dylai\u2019r heddlu sicrhau bod dioddefwyr yn "
      "cael diweddariad o leiaf bob 28 diwrnod, yn unol \u00e2\u2019r Cod Dioddefwyr.",
      "Recommendation 2:", "Within six months, the force should make sure that victims are "
      "updated at least every 28 days, in line with the Victims\u2019 Code.")
label("Diweddariad yr heddlu:", "Mae\u2019r system rheoli achosion bellach yn atgoffa "
      "swyddogion pan fydd diweddariad yn ddyledus.",
      "Force update:", "The case management system now reminds officers when an update is "
      "due, and compliance has risen from 54 to 81 percent.")
label("Sylw\u2019r Comisiynydd:", "Byddaf yn adolygu\u2019r cynnydd bob chwarter yn y Bwrdd "
      "Partneriaeth Strategol.",
      "Commissioner\u2019s comment:", "I will review progress each quarter at the Strategic "
      "Partnership Board.")

head("4. Meysydd i\u2019w gwella", "4. Areas for improvement")
head("Diogelu pobl agored i niwed", "Protecting vulnerable people")
label("Maes i\u2019w wella 1:", "Dylai\u2019r heddlu sicrhau bod swyddogion yn cofnodi barn "
      "plant sy\u2019n bresennol mewn digwyddiadau cam-drin domestig.",
      "Area for improvement 1:", "The force should make sure that officers record the views of "
      "children who are present at domestic abuse incidents.")
label("Diweddariad yr heddlu:", "Mae hyfforddiant wedi\u2019i ddarparu i 640 o swyddogion "
      "ymateb.",
      "Force update:", "Training has been given to 640 response officers, and body-worn video "
      "is checked for compliance.")
label("Maes i\u2019w wella 2:", "Dylai\u2019r heddlu wella\u2019r ffordd y mae\u2019n rheoli "
      "achosion o bobl sydd ar goll yn aml, gan gynnwys gwaith gyda phartneriaid.",
      "Area for improvement 2:", "The force should improve how it manages cases of people who "
      "go missing repeatedly, including its work with partner agencies.")
label("Diweddariad yr heddlu:", "Heb ei dderbyn eto.",
      "Force update:", "Not yet received.")
head("Arweinyddiaeth a rheoli\u2019r heddlu", "Leadership and force management")
label("Maes i\u2019w wella 3:", "Dylai\u2019r heddlu ddeall yn well y galw sydd arno, fel y "
      "gall gynllunio ei weithlu ar gyfer y pedair blynedd nesaf.",
      "Area for improvement 3:", "The force should better understand the demand it faces, so "
      "that it can plan its workforce for the next four years.")
label("Diweddariad yr heddlu:", "Bydd asesiad galw newydd yn barod erbyn mis Rhagfyr, mewn "
      "pryd ar gyfer cyllideb 2026/27.",
      "Force update:", "A new demand assessment will be ready by December, in time for the "
      "2026/27 budget.")
head("Pwerau\u2019r heddlu a thriniaeth y cyhoedd", "Police powers and public treatment")
label("Maes i\u2019w wella 4:", "Dylai\u2019r heddlu sicrhau bod swyddogion yn cofnodi\u2019r "
      "sail dros bob chwiliad yn glir.",
      "Area for improvement 4:", "The force should make sure that officers clearly record the "
      "grounds for every search.")
label("Diweddariad yr heddlu:", "Mae\u2019r panel craffu annibynnol bellach yn adolygu 40 o "
      "gofnodion bob mis.",
      "Force update:", "The independent scrutiny panel now reviews 40 records each month.")

head("5. Casgliad", "5. Conclusion")
para("Rwy\u2019n ddiolchgar i\u2019r Arolygiaeth. Mae Llywodraeth Cymru a\u2019r Senedd wedi "
     "gofyn am gopi o\u2019r ymateb hwn, a bydd Archwilio Cymru yn ei ystyried yn ei "
     "adolygiad blynyddol.",
     "I am grateful to the inspectorate. The Welsh Government and the Senedd have asked for a "
     "copy of this response, and Audit Wales will consider it in its annual review.")
para("Rhodri Bevan\nComisiynydd Heddlu a Throseddu Gwent",
     "Rhodri Bevan\nPolice and Crime Commissioner for Gwent")

t = doc.add_table(rows=1, cols=2)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "Cymraeg", bold=True, lang="cy-GB")
set_cell(t.cell(0, 1), "English", bold=True)
shade(t.cell(0, 0), "C8102E")
shade(t.cell(0, 1), "1F3864")
for c in (0, 1):
    t.cell(0, c).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

for kind, cy, en in rows:
    if kind == "grades":
        row = t.add_row()
        inner_cells = []
        for c, lang in ((0, "cy"), (1, "en")):
            cell = row.cells[c]
            cell.text = ""
            g = cell.add_table(rows=len(GRADES) + 1, cols=2)
            g.style = "Table Grid"
            set_cell(g.cell(0, 0), "Maes" if lang == "cy" else "Area", bold=True)
            set_cell(g.cell(0, 1), "Gradd" if lang == "cy" else "Grade", bold=True)
            for i, (acy, aen, gcy, gen) in enumerate(GRADES, start=1):
                set_cell(g.cell(i, 0), acy if lang == "cy" else aen)
                set_cell(g.cell(i, 1), gcy if lang == "cy" else gen)
        continue
    row = t.add_row()
    if kind == "head":
        set_cell(row.cells[0], cy, bold=True, lang="cy-GB")
        set_cell(row.cells[1], en, bold=True)
        shade(row.cells[0], "F2F2F2")
        shade(row.cells[1], "F2F2F2")
    elif kind == "para":
        set_cell(row.cells[0], cy, lang="cy-GB")
        set_cell(row.cells[1], en)
    else:
        labelled_cell(row.cells[0], cy[0], cy[1], lang="cy-GB")
        labelled_cell(row.cells[1], en[0], en[1])

doc.save(OUT)
print("wrote", OUT)
