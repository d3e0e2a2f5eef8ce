"""Write docs/lv08.docx: a Hansard-style Westminster Hall debate on rural policing, in which
Members cite their own forces' PEEL 2021/22 grades. python-docx (venv /tmp/lvvenv)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv08.docx")

doc = Document()
doc.styles["Normal"].font.name = "Times New Roman"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Hansard (unofficial copy) – Volume 721"
doc.sections[0].footer.paragraphs[0].text = "Printed from the Hansard website"


def speech(speaker, *paras):
    p = doc.add_paragraph()
    p.add_run(speaker).bold = True
    for k, t in enumerate(paras):
        if k == 0:
            p.add_run(" " + t)
        else:
            doc.add_paragraph(t)


doc.add_heading("Rural Policing", level=1)
doc.add_paragraph("Volume 721: debated on Wednesday 9 November 2022")
doc.add_paragraph("[Dame Alison Marchbank in the Chair]")
doc.add_paragraph("2.30 pm").italic = True
speech("Huw Prosser (Ceredigion and Teifi Valley) (PC):",
       "I beg to move,",
       "That this House has considered rural policing.",
       "It is a pleasure to serve under your chairmanship, Dame Alison. My constituency is "
       "policed by Dyfed-Powys Police, which covers more than half of the land area of Wales "
       "with one of the smallest budgets of any force. I want to start by giving credit where "
       "it is due. In its PEEL inspection published this spring, the inspectorate graded "
       "Dyfed-Powys good at preventing crime and good at how it treats the public, but only "
       "adequate at investigating crime. I spoke last week to Deputy Chief Constable Carys "
       "Morgan, who told me that detectives in Aberystwyth cover an area larger than some "
       "English counties.")
speech("Mark Danbury (Louth and the Wolds) (Con):",
       "Will the hon. Gentleman give way?")
speech("Huw Prosser:", "I will.")
speech("Mark Danbury:",
       "Lincolnshire Police faces the same problem of distance. Its 2021/22 PEEL report found that it "
       "requires improvement both in responding to the public and in investigating crime. The "
       "inspectors were blunt. One of their areas for improvement reads:",
       "The force should make sure that it answers non-emergency calls promptly and that it "
       "attends incidents within the times it has set itself, including in its most rural "
       "areas.",
       "Does he agree that no formula that ignores sparsity will ever fix that?")
speech("Huw Prosser:",
       "I do. North Wales Police, our neighbour, was judged good in five areas, and yet even "
       "there the inspectorate found it only adequate at managing offenders and suspects. The "
       "Police and Crime Commissioner for North Wales, Gwion Rees, has written to the Minister "
       "about exactly this point, and I hope she will reply to him before Christmas.")
speech("Sarah Quilliam (Westmorland East) (LD):",
       "My constituents are policed by Cumbria Constabulary, which the inspectorate said "
       "requires improvement in investigating crime and in responding to the public. Officers "
       "tell me they spend hours driving between jobs. Meanwhile, Cumbria Fire and Rescue "
       "Service was rated good in its own inspection, which shows what stable funding can do.")
speech("Toby Farrant (South West Norfolk) (Con):",
       "I want to strike a more positive note. The inspectors rated Norfolk Constabulary "
       "outstanding for its work on preventing crime, and they singled out its rural crime "
       "team as good practice. Other forces could learn from it.")
speech("Jenna Polwhele (St Ives and the Lizard) (Lab):",
       "Devon and Cornwall Police was graded inadequate at responding to the public and has been "
       "placed into the engage phase of enhanced monitoring. Residents of my constituency have "
       "waited more than an hour for a 999 call to be answered. That is not acceptable anywhere, "
       "but in a rural area the consequences can be fatal.")
speech("The Minister for Crime, Policing and Fire (Ruth Ansty):",
       "I congratulate the hon. Member for Ceredigion and Teifi Valley on securing the debate. "
       "Let me say a word about how inspection works. Since 2021, His Majesty's Inspectorate of "
       "Constabulary and Fire & Rescue Services has graded each force on a five-point scale: "
       "outstanding, good, adequate, requires improvement and inadequate. Those grades are for "
       "chief constables and commissioners to act on, and the engage process exists for cases "
       "where the inspectorate has serious concerns.",
       "Dyfed-Powys, North Wales, Gwent and South Wales all receive funding from the Welsh "
       "Government as well as from the Home Office for community support officers, and I will "
       "continue to discuss that with Ministers in Cardiff.")
doc.add_paragraph("Question put and agreed to.")
doc.add_paragraph("Resolved,")
doc.add_paragraph("That this House has considered rural policing.")
doc.add_paragraph("3.59 pm").italic = True
doc.save(OUT)
print("wrote", OUT)
