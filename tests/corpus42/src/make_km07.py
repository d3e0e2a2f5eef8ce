"""Write docs/km07.docx: North Wales Police press release on its PEEL 2021/22 report, as a
Word document sent to editors: English first, then "Fersiwn Gymraeg isod" and the Welsh.

    /tmp/km42venv/bin/python src/make_km07.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt, RGBColor

from docxutil import set_cell, set_lang, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "km07.docx")

doc = Document()
doc.core_properties.title = "PEEL 2021/22 press release"
doc.core_properties.author = "Corporate Communications"
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = doc.sections[0]
sec.header.paragraphs[0].text = "Heddlu Gogledd Cymru \u2013 North Wales Police | Cyfathrebu Corfforaethol / Corporate Communications"
sec.footer.paragraphs[0].text = "Ffoniwch 101 / Call 101 \u2013 Mewn argyfwng ffoniwch 999 / In an emergency call 999"

t = doc.add_table(rows=2, cols=2)
t.style = "Table Grid"
set_cell(t.cell(0, 0), "DATGANIAD I\u2019R WASG / PRESS RELEASE", bold=True)
set_cell(t.cell(0, 1), "I\u2019w gyhoeddi ar unwaith / For immediate release", bold=True)
shade(t.cell(0, 0), "1B365D")
shade(t.cell(0, 1), "1B365D")
for c in (0, 1):
    t.cell(0, c).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
set_cell(t.cell(1, 0), "Dyddiad / Date: 12 Mai / May 2022")
set_cell(t.cell(1, 1), "Cyf / Ref: NWP-PR-0512")

p = doc.add_paragraph()
r = p.add_run("Welsh version below / Fersiwn Gymraeg isod")
r.italic = True
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

doc.add_heading("Inspectors rate North Wales Police outstanding at preventing crime", level=1)

doc.add_paragraph(
    "North Wales Police has been rated outstanding for preventing crime and anti-social "
    "behaviour in its latest PEEL inspection, one of only a handful of forces in England and "
    "Wales to receive the top grade in that area.")
doc.add_paragraph(
    "The report, published today by Her Majesty\u2019s Inspectorate of Constabulary and Fire & "
    "Rescue Services (HMICFRS), is the force\u2019s first under the PEEL 2021/22 programme. "
    "As well as the outstanding grade, inspectors found the force to be good in seven areas:")
for item in ("engaging with and treating the public with fairness and respect",
             "responding to the public",
             "investigating crime",
             "managing offenders and suspects",
             "developing a positive workplace",
             "good use of resources",
             "recording data about crime"):
    doc.add_paragraph(item, style="List Bullet")
doc.add_paragraph(
    "Protecting vulnerable people and disrupting serious organised crime were both judged "
    "adequate. The inspectorate also looked at the service the force gives to victims of "
    "crime, which it does not grade.")
doc.add_paragraph(
    "The result continues a strong record. In 2018/19, the last inspection under the old "
    "PEEL pillars, the force was graded good for effectiveness, efficiency and legitimacy.")
doc.add_paragraph(
    "Chief Constable Dafydd Emrys said: \u201cOur neighbourhood teams have spent three years "
    "working with councils, schools and North Wales Fire and Rescue Service to stop problems "
    "before they start. To have that recognised as outstanding is a tribute to them. We know "
    "we have more to do to protect vulnerable people, and Assistant Chief Constable Sara "
    "Vaughan is already leading that work.\u201d")
doc.add_paragraph(
    "The Police and Crime Commissioner for North Wales, Meinir Roberts-Jones, said: \u201cThis "
    "is a report the people of North Wales can be proud of. I will hold the Chief Constable to "
    "account for the areas for improvement, and I will report on progress to the Police and "
    "Crime Panel.\u201d")
doc.add_paragraph(
    "Her Majesty\u2019s Inspector of Constabulary Tomos Kendrick said: \u201cNorth Wales Police "
    "understands its communities well. Its approach to preventing crime is among the best we "
    "have seen.\u201d")
p = doc.add_paragraph()
p.add_run("ENDS / DIWEDD").bold = True

doc.add_heading("Notes to editors", level=2)
for n in ("HMICFRS grades forces as outstanding, good, adequate, requires improvement or "
          "inadequate.",
          "The full report, in English and in Welsh, is available on the HMICFRS website.",
          "The Commissioner\u2019s budget for 2022/23 was approved by the Police and Crime Panel "
          "in February. The Welsh Government and the Senedd have no role in setting it."):
    doc.add_paragraph(n, style="List Number")

p = doc.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)

h = doc.add_heading("Fersiwn Gymraeg", level=1)
cy = [
    ("heading", "Arolygwyr yn rhoi gradd ragorol i Heddlu Gogledd Cymru am atal troseddu"),
    ("p", "Mae Heddlu Gogledd Cymru wedi cael gradd ragorol am atal troseddu ac ymddygiad "
          "gwrthgymdeithasol yn ei arolygiad PEEL diweddaraf, un o ddim ond llond llaw o "
          "heddluoedd yng Nghymru a Lloegr i gael y radd uchaf yn y maes hwnnw."),
    ("p", "Mae\u2019r adroddiad, a gyhoeddwyd heddiw gan Arolygiaeth Heddluoedd a Gwasanaethau "
          "T\u00e2n ac Achub Ei Fawrhydi, yn rhan o raglen PEEL 2021/22. Yn ogystal \u00e2\u2019r "
          "radd ragorol, canfu\u2019r arolygwyr fod yr heddlu\u2019n dda mewn saith maes:"),
    ("li", "ymgysylltu \u00e2\u2019r cyhoedd a\u2019u trin yn deg ac \u00e2 pharch"),
    ("li", "ymateb i\u2019r cyhoedd"),
    ("li", "ymchwilio i droseddau"),
    ("li", "rheoli troseddwyr a phobl a ddrwgdybir"),
    ("li", "datblygu gweithle cadarnhaol"),
    ("li", "defnydd da o adnoddau"),
    ("li", "cofnodi data am droseddau"),
    ("p", "Barnwyd bod diogelu pobl agored i niwed a tharfu ar droseddau difrifol a "
          "chyfundrefnol yn ddigonol."),
    ("p", "Dywedodd y Prif Gwnstabl Dafydd Emrys: \u201cMae ein timau bro wedi treulio tair "
          "blynedd yn gweithio gyda chynghorau, ysgolion a Gwasanaeth T\u00e2n ac Achub "
          "Gogledd Cymru i atal problemau cyn iddynt ddechrau.\u201d"),
    ("p", "Dywedodd Comisiynydd Heddlu a Throseddu Gogledd Cymru, Meinir Roberts-Jones: "
          "\u201cMae hwn yn adroddiad y gall pobl y Gogledd fod yn falch ohono.\u201d"),
    ("end", "DIWEDD"),
]
for kind, text in cy:
    if kind == "heading":
        hp = doc.add_heading(level=2)
        run = hp.add_run(text)
    elif kind == "li":
        run = doc.add_paragraph(style="List Bullet").add_run(text)
    elif kind == "end":
        run = doc.add_paragraph().add_run(text)
        run.bold = True
    else:
        run = doc.add_paragraph().add_run(text)
    set_lang(run, "cy-GB")

doc.save(OUT)
print("wrote", OUT)
