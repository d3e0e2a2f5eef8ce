"""Build docs/me03.docx: the North Wales PCC's bilingual section 55 response to HMIC's
PEEL legitimacy 2016 report (English and Welsh in turn, paragraph by paragraph).

    /tmp/mevenv/bin/python src/make_me03.py   (run from src/ or the corpus folder)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell, shade, welsh

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "me03.docx")

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(10.5)

sec = doc.sections[0]
hp = sec.header.paragraphs[0]
hp.text = ("Swyddfa Comisiynydd Heddlu a Throseddu Gogledd Cymru / "
           "Office of the Police and Crime Commissioner for North Wales")
hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp = sec.footer.paragraphs[0]
fp.text = "Croesewir gohebiaeth yn Gymraeg / Correspondence in Welsh is welcomed"

doc.add_heading("Ymateb y Comisiynydd i adroddiad HMIC: PEEL \u2013 Cyfreithlondeb yr Heddlu 2016", level=1)
doc.add_heading("Commissioner\u2019s response to the HMIC report: PEEL \u2013 Police Legitimacy 2016", level=1)

t = doc.add_table(rows=3, cols=2)
t.style = "Table Grid"
rows = [
    ("Heddlu / Force", "Heddlu Gogledd Cymru / North Wales Police"),
    ("Dyddiad cyhoeddi / Date published", "8 Rhagfyr 2016 / 8 December 2016"),
    ("Ymateb erbyn / Response due", "2 Chwefror 2017 / 2 February 2017"),
]
for row, (a, b) in zip(t.rows, rows):
    set_cell(row.cells[0], a, bold=True)
    shade(row.cells[0], "E6EEF5")
    set_cell(row.cells[1], b)

doc.add_heading("Cyflwyniad / Introduction", level=2)
doc.add_paragraph(
    "Under section 55 of the Police Act 1996 I must publish my comments on any report by "
    "Her Majesty\u2019s Inspectorate of Constabulary (HMIC) about North Wales Police. This is my "
    "response to the legitimacy report published on 8 December 2016. I have discussed the "
    "report with the Chief Constable, Mark Polin, and his comments are included below.")
welsh(doc,
    "O dan adran 55 Deddf yr Heddlu 1996 rhaid i mi gyhoeddi fy sylwadau ar unrhyw adroddiad "
    "gan Arolygiaeth Cwnstabliaeth Ei Mawrhydi am Heddlu Gogledd Cymru. Dyma fy ymateb i\u2019r "
    "adroddiad ar gyfreithlondeb a gyhoeddwyd ar 8 Rhagfyr 2016. Rwyf wedi trafod yr adroddiad "
    "gyda\u2019r Prif Gwnstabl, ac mae ei sylwadau wedi eu cynnwys isod.")
doc.add_paragraph(
    "HMIC judged that the force requires improvement in the legitimacy with which it keeps "
    "people safe and reduces crime. The inspectorate found the force good at treating all of "
    "the people it serves with fairness and respect. It judged that the force requires "
    "improvement in how it ensures its workforce behaves ethically and lawfully, and in how "
    "it treats its workforce with fairness and respect.")
welsh(doc,
    "Barnodd yr Arolygiaeth fod angen i\u2019r llu wella o ran cyfreithlondeb. Roedd y llu yn dda "
    "am drin y bobl y mae\u2019n eu gwasanaethu gyda thegwch a pharch, ond mae angen gwella o ran "
    "ymddygiad moesegol a chyfreithlon y gweithlu, ac o ran trin y gweithlu gyda thegwch a pharch.")
doc.add_paragraph(
    "I do not believe that the headline grade reflects the excellent work done across North "
    "Wales every day to keep our communities safe. It sits oddly beside the inspectorate\u2019s own "
    "findings last month, when it judged the force to be good for efficiency. Nevertheless, "
    "the Chief Constable and I accept every area for improvement, and I will hold the force "
    "to account for them through my Strategic Executive Board.")
welsh(doc,
    "Nid wyf yn credu bod y radd yn adlewyrchu\u2019r gwaith ardderchog a wneir ar draws y "
    "gogledd bob dydd. Serch hynny, rydym yn derbyn pob maes i\u2019w wella, a byddaf yn dwyn y "
    "llu i gyfrif drwy fy Mwrdd Gweithredol Strategol.")

doc.add_heading("Meysydd i\u2019w gwella / Areas for improvement", level=2)

items = [
    ("Trin y cyhoedd yn deg / Treating the public fairly",
     "Area for improvement 1 / Maes i\u2019w wella 1",
     "The force should make sure that officers record the ethnicity of every person they "
     "stop and search, so that it can check whether its use of the power is fair.",
     "Dylai\u2019r llu sicrhau bod swyddogion yn cofnodi ethnigrwydd pob unigolyn y maent yn ei "
     "stopio a\u2019i chwilio, er mwyn gallu gwirio bod y p\u0175er yn cael ei ddefnyddio\u2019n deg.",
     "Stop and search records now cannot be closed without an ethnicity field. Compliance is "
     "checked every month by the Chief Inspector for Professional Standards, and was 97 per "
     "cent in January 2017.",
     "Ni ellir cau cofnod stopio a chwilio bellach heb nodi ethnigrwydd. Roedd cydymffurfiaeth "
     "yn 97 y cant ym mis Ionawr 2017."),
    ("Ymddygiad moesegol a chyfreithlon / Ethical and lawful behaviour",
     "Area for improvement 2 / Maes i\u2019w wella 2",
     "The force should increase the capacity of its counter-corruption unit so that it can "
     "assess and develop all the intelligence it receives.",
     "Dylai\u2019r llu gynyddu capasiti ei uned gwrth-lygredd fel y gall asesu a datblygu\u2019r holl "
     "wybodaeth y mae\u2019n ei chael.",
     "Two additional investigators joined the unit in January 2017, and an analyst post has "
     "been funded from April. A peer review by Cheshire Constabulary is planned for the summer.",
     "Ymunodd dau ymchwilydd ychwanegol \u00e2\u2019r uned ym mis Ionawr 2017, ac mae swydd "
     "dadansoddwr wedi ei hariannu o fis Ebrill."),
    ("Ymddygiad moesegol a chyfreithlon / Ethical and lawful behaviour",
     "Area for improvement 3 / Maes i\u2019w wella 3",
     "The force should ensure that it has the information technology it needs to monitor "
     "the use of its computer systems, so that it can identify staff who may be misusing them.",
     "Dylai\u2019r llu sicrhau bod ganddo\u2019r dechnoleg sydd ei hangen i fonitro\u2019r defnydd o\u2019i "
     "systemau cyfrifiadurol.",
     "Monitoring software has been bought jointly with the other three Welsh forces and will "
     "be installed by September 2017.",
     "Mae meddalwedd monitro wedi ei brynu ar y cyd \u00e2\u2019r tri llu arall yng Nghymru."),
    ("Trin y gweithlu yn deg / Treating the workforce fairly",
     "Area for improvement 4 / Maes i\u2019w wella 4",
     "The force should improve how it recognises the signs of mental ill-health and work-related "
     "stress in its officers and staff, and how it supports those affected.",
     "Dylai\u2019r llu wella\u2019r ffordd y mae\u2019n adnabod arwyddion salwch meddwl a straen yn y "
     "gwaith ymysg ei swyddogion a\u2019i staff, a\u2019r ffordd y mae\u2019n cefnogi\u2019r rhai sy\u2019n "
     "cael eu heffeithio.",
     None, None),
]
current = None
for heading, label, en, cy, upd_en, upd_cy in items:
    if heading != current:
        doc.add_heading(heading, level=3)
        current = heading
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    doc.add_paragraph(en, style="Quote")
    welsh(doc, cy, style="Quote")
    if upd_en:
        labelled(doc, "Chief Constable\u2019s response:", upd_en)
        labelled(doc, "Ymateb y Prif Gwnstabl:", upd_cy, italic=True)
    else:
        labelled(doc, "Commissioner\u2019s comment:",
                 "The force is reviewing its occupational health provision with the other Welsh "
                 "forces. I have asked for an update at the next quarterly accountability meeting.")
        labelled(doc, "Sylw\u2019r Comisiynydd:",
                 "Byddaf yn gofyn am ddiweddariad yn y cyfarfod atebolrwydd chwarterol nesaf.",
                 italic=True)

doc.add_heading("Casgliad / Conclusion", level=2)
doc.add_paragraph(
    "Deputy Chief Constable Gareth Pritchard leads the force\u2019s improvement plan, and "
    "Assistant Chief Constable Richard Debicki chairs the people and wellbeing board. I will "
    "report progress to the North Wales Police and Crime Panel.")
welsh(doc,
    "Y Dirprwy Brif Gwnstabl Gareth Pritchard sy\u2019n arwain cynllun gwella\u2019r llu. Byddaf yn "
    "adrodd ar gynnydd i Banel Heddlu a Throseddu Gogledd Cymru.")
doc.add_paragraph("")
doc.add_paragraph("Arfon Jones")
doc.add_paragraph("Comisiynydd Heddlu a Throseddu Gogledd Cymru / "
                  "North Wales Police and Crime Commissioner")
doc.add_paragraph("1 Chwefror 2017 / 1 February 2017")

doc.save(OUT)
print("wrote", OUT)
