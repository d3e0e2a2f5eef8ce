"""nv03.docx: a PCC's section 55 letter to the Home Secretary (Gwent Police, PEEL 2021/22)."""
import os
from docx import Document
from docx.shared import Pt
from docxutil import labelled

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Office of the Police and Crime Commissioner for Gwent / Swyddfa Comisiynydd Heddlu a Throseddu Gwent"

for line in ["Rt Hon Priti Patel MP", "Home Secretary", "Home Office", "2 Marsham Street", "London SW1P 4DF"]:
    doc.add_paragraph(line)
doc.add_paragraph("12 August 2022")
doc.add_paragraph("Dear Home Secretary,")
p = doc.add_paragraph()
p.add_run("PEEL 2021/22: An inspection of Gwent Police").bold = True
doc.add_paragraph(
    "I write under section 55 of the Police Act 1996 with my comments on the report of Her Majesty\u2019s "
    "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) into Heddlu Gwent, published on "
    "17 June 2022. I invited the Chief Constable, Sian Morgan-Hughes, to comment on the report, and her "
    "response is reflected below.")
doc.add_paragraph(
    "I am pleased that the inspectorate judged the force to be good at preventing crime and at treating "
    "the public fairly, and adequate at protecting vulnerable people and managing offenders. It found that "
    "the force requires improvement at responding to the public and at investigating crime. HMICFRS did not "
    "grade victim service this year. There were no causes of concern.")
doc.add_paragraph(
    "The report identified seven areas for improvement. I have set out those that bear most directly on my "
    "Police and Crime Plan below, each with the Chief Constable\u2019s response.")

doc.add_heading("Responding to the public", level=2)
labelled(doc, "AFI 1:", "The force should make sure that it answers non-emergency calls promptly and that "
         "fewer callers abandon their calls before they are answered.")
labelled(doc, "Force response:", "A revised call-handling model went live in July 2022, with a callback "
         "option for lower-risk calls. Abandonment fell from 21 per cent to 12 per cent in the first month.")
labelled(doc, "AFI 2:", "The force should make sure that it reviews the risk to callers when its attendance "
         "is delayed beyond the time it promised.")
labelled(doc, "Force response:", "Control room supervisors now run an hourly review of all outstanding "
         "incidents and record the outcome on the log.")

doc.add_heading("Investigating crime", level=2)
labelled(doc, "AFI 3:", "The force should make sure that investigations are subject to regular and "
         "effective supervision, and that supervisors record their instructions.")
labelled(doc, "Force response:", "An investigation standards team has been set up, and a supervisory "
         "review template is now mandatory on the crime system.")
doc.add_paragraph("In relation to victims, the inspectorate also said:")
doc.add_paragraph("The force should make sure that it carries out and records a needs assessment for every "
                  "victim, so that the right support is offered.", style="Quote")
labelled(doc, "Force response:", "The needs assessment has been added to the initial crime report, and "
         "compliance is reported to my Strategy and Performance Board.")

doc.add_heading("Treatment of the public", level=2)
doc.add_paragraph("On the use of force and stop and search, HMICFRS commented:")
doc.add_paragraph("The force should improve how it records the ethnicity of people it stops and searches, "
                  "so that it can understand any disproportionality.", style="Quote")
doc.add_paragraph(
    "I share this concern, and my office\u2019s independent scrutiny panel will review a sample of records each "
    "quarter. The Chief Constable has not yet provided her response on this point, and I have asked for it "
    "by the end of September.")

doc.add_heading("Other matters", level=2)
doc.add_paragraph(
    "The inspectorate highlighted as innovative practice the force\u2019s work with Aneurin Bevan University "
    "Health Board on early intervention for young people, and I will continue to fund it. The report\u2019s "
    "wider points for the College of Policing and the Home Office, including that the College should "
    "update its guidance on investigative supervision, are matters for those bodies.")
doc.add_paragraph(
    "Alongside this letter I have published the force\u2019s improvement plan. Actions in it include: review "
    "the call-handling model by December 2022; train all sergeants in investigative supervision by March 2023.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("Alun Pritchard")
doc.add_paragraph("Police and Crime Commissioner for Gwent")
doc.save(os.path.join(HERE, "..", "docs", "nv03.docx"))
