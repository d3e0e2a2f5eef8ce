"""Write docs/lo04.docx: the Suffolk PCC's section 55 response to PEEL 2023-25, as a Word letter."""
import os
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docxutil import labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lo04.docx")

doc = Document()
doc.core_properties.author = "OPCC Suffolk"
doc.core_properties.title = "s55 response PEEL 2023-25"
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Police and Crime Commissioner for Suffolk \u2013 Police Headquarters, Martlesham Heath, Ipswich"
hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.sections[0].footer.paragraphs[0].text = "OFFICIAL \u2013 ref OPCC/INSP/2025/07"

for line in ("His Majesty\u2019s Chief Inspector of Constabulary",
             "HMICFRS", "Ground Floor, 185 Dashwood Lang Road", "Bourne Business Park",
             "Addlestone KT15 2NX", "", "6 May 2025"):
    doc.add_paragraph(line)

doc.add_paragraph("Dear Chief Inspector,")
p = doc.add_paragraph()
p.add_run("Response of the Police and Crime Commissioner for Suffolk to the PEEL 2023\u201325 "
          "inspection of Suffolk Constabulary (section 55, Police Act 1996)").bold = True

for t in (
    "I welcome the report of His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
    "Services on Suffolk Constabulary, published on 11 March 2025, and I thank Lorna "
    "Pettigrew, His Majesty\u2019s Inspector of Constabulary, and her team for their work.",
    "I am particularly pleased that the constabulary was graded outstanding for preventing "
    "crime, and good for police powers and public treatment, managing offenders and suspects, "
    "building, supporting and protecting the workforce, and crime data integrity. It was graded "
    "adequate in three areas and requires improvement at investigating crime. I share the "
    "Inspector\u2019s concern about investigations, and I have asked the Chief Constable, "
    "Rachel Dunmore, for monthly updates at my Accountability and Performance Board.",
    "I have sought the Chief Constable\u2019s comments on the report, as the Act requires. Her "
    "response to each of the inspectorate\u2019s findings is set out below, with my own "
    "comments. I will publish this letter on my website and send a copy to the Home Secretary.",
):
    doc.add_paragraph(t)

doc.add_heading("Cause of concern: investigating crime", level=2)
doc.add_paragraph("The constabulary does not always carry out thorough and timely "
                  "investigations, and victims are not always kept informed about the "
                  "progress of their case.", style="Intense Quote")
doc.add_paragraph("Recommendation", style="Heading 3")
doc.add_paragraph("Within six months, the constabulary should make sure that every "
                  "investigation has a plan reviewed by a supervisor, and that victims are "
                  "updated in line with the Code of Practice for Victims of Crime.",
                  style="Intense Quote")
labelled(doc, "Constabulary response:", "An investigation standards team led by a detective "
         "superintendent was set up in April. Every crime allocated to an investigation hub "
         "now needs a supervisor\u2019s plan within 72 hours, and compliance stood at 81% at the "
         "end of the first month. Victim updates are tracked on the crime system.")
labelled(doc, "PCC comment:", "I will report progress to the Police and Crime Panel in July.")

doc.add_heading("Areas for improvement", level=2)
AFIS = [
    ("Investigating crime",
     "The constabulary should improve how it records the reasons a victim withdraws support "
     "for an investigation, and should tell the victim what this means for their case.",
     "A new victim withdrawal form went live on 1 April 2025. Officers must now record the "
     "victim\u2019s reasons and the advice they were given."),
    ("Responding to the public",
     "The constabulary should reduce the time it takes to answer non-emergency calls, and make "
     "sure that callers who hang up before being answered are called back where there may be a "
     "risk of harm.",
     "The joint contact and control room has recruited 14 more call handlers. Abandoned 101 "
     "calls are now reviewed each hour by a supervisor."),
    ("Protecting vulnerable people",
     "The constabulary should make sure that officers consistently complete the domestic abuse, "
     "stalking and harassment risk assessment, and that supervisors check its quality.",
     None),
    ("Leadership and force management",
     "The constabulary should evaluate its change programmes, so that it knows whether they "
     "have delivered the benefits it expected.",
     "A benefits realisation framework was agreed by the chief officer group in April."),
]
for n, (area, text, resp) in enumerate(AFIS, 1):
    doc.add_paragraph(f"{n}. {area}", style="Heading 3")
    doc.add_paragraph(text, style="Intense Quote")
    if resp:
        labelled(doc, "Constabulary response:", resp)
    else:
        labelled(doc, "PCC comment:", "The constabulary\u2019s response on this area was not "
                 "ready when this letter was finalised. It is shared with Norfolk "
                 "Constabulary through the joint safeguarding hub, and I will ask both chief "
                 "constables for a joint update.")

doc.add_paragraph("The report also notes good practice in the use of digital media "
                  "investigators, which I have asked the constabulary to share with the other "
                  "forces in the Eastern region. Separately, Suffolk Fire and Rescue Service, "
                  "which is run by Suffolk County Council, was graded good in three areas in "
                  "its 2023 inspection; fire governance is not a matter for my office.")
doc.add_paragraph("Yours sincerely,")
doc.add_paragraph("")
doc.add_paragraph("Tobias Wrenfield")
doc.add_paragraph("Police and Crime Commissioner for Suffolk")
doc.add_paragraph("cc: Rachel Dunmore, Chief Constable; Chair, Suffolk Police and Crime Panel")
doc.save(OUT)
print("wrote", OUT)
