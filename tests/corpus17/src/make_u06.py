"""Write docs/u06.docx: the summary of HMICFRS 'PEEL: Police effectiveness 2017 - An
inspection of Merseyside Police', as the Word version of the summary (python-docx).

    /tmp/c17venv/bin/python make_u06.py      (run from src/)
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from docxutil import shade, set_cell, page_number_field, cell_borders, labelled

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "u06.docx")

FILL = {"Outstanding": "00703C", "Good": "8DC63F", "Requires improvement": "F7A823",
        "Inadequate": "D7263D", "Ungraded": "D9D9D9"}


def boxed(doc, title, text, fill):
    t = doc.add_table(rows=2, cols=1)
    cell_borders(t, sz="12", color="7F7F7F")
    set_cell(t.cell(0, 0), title, bold=True)
    shade(t.cell(0, 0), fill)
    set_cell(t.cell(1, 0), text)
    return t


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "HMICFRS \u2013 PEEL: Police effectiveness 2017"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Merseyside Police \u2013 summary   ")
    page_number_field(fp)

    doc.add_paragraph("Her Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services")
    doc.add_heading("PEEL: Police effectiveness 2017", level=0)
    doc.add_paragraph("An inspection of Merseyside Police \u2013 Summary").runs[0].bold = True
    doc.add_paragraph("Published: 22 March 2018. This is the summary of our report. The full "
                      "report, with our findings on each question, is available on our website.")

    doc.add_heading("How effective is the force at keeping people safe and reducing crime?",
                    level=1)
    t = doc.add_table(rows=1, cols=2)
    cell_borders(t, sz="12", color="404040")
    set_cell(t.cell(0, 0), "Overall judgement", bold=True)
    set_cell(t.cell(0, 1), "Good", bold=True, size=16)
    shade(t.cell(0, 1), FILL["Good"])
    doc.add_paragraph()
    doc.add_paragraph(
        "Merseyside Police is good at keeping people safe and reducing crime. In 2016 we also "
        "judged the force to be good. It has maintained a strong neighbourhood presence in "
        "spite of reductions in its budget, and it is one of the best forces in the country "
        "at tackling organised criminals and the violence linked to them. We are concerned, "
        "however, about how the force responds to some vulnerable people, in particular "
        "victims of domestic abuse whose calls are not attended promptly.")

    doc.add_heading("Summary of grades", level=2)
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    rows = [("Question", "Grade"),
            ("Preventing crime, tackling anti-social behaviour and keeping people safe", "Good"),
            ("Investigating crime and reducing re-offending", "Good"),
            ("Protecting vulnerable people and supporting victims", "Requires improvement"),
            ("Tackling serious and organised crime", "Outstanding"),
            ("Specialist capabilities", "Ungraded")]
    for i, (q, g) in enumerate(rows):
        set_cell(t.cell(i, 0), q, bold=(i == 0))
        set_cell(t.cell(i, 1), g, bold=(i == 0))
        if i:
            shade(t.cell(i, 1), FILL[g])
        else:
            shade(t.cell(i, 0), "E7E6E6")
            shade(t.cell(i, 1), "E7E6E6")
    doc.add_paragraph("Grades: outstanding, good, requires improvement, inadequate. The "
                      "specialist capabilities question is not graded.").runs[0].italic = True

    doc.add_heading("Preventing crime and tackling anti-social behaviour", level=2)
    doc.add_paragraph(
        "Neighbourhood teams know their areas well and work with councils, housing providers "
        "and schools to solve local problems. The force evaluates what it does and shares "
        "good practice internally. Its engagement with some communities, including recently "
        "arrived migrant communities in Liverpool, is less developed.")
    doc.add_paragraph("Area for improvement", style="Heading 3")
    doc.add_paragraph(
        "The force should improve how it engages with communities that are less likely to "
        "contact the police, so that it understands their concerns.", style="List Bullet")

    doc.add_heading("Investigating crime", level=2)
    doc.add_paragraph(
        "Investigations are generally thorough and well supervised, and the force makes "
        "effective use of its specialist teams. The force has an adequate number of "
        "detectives for its current workload, although it expects to lose many experienced "
        "investigators to retirement over the next three years.")
    doc.add_paragraph("Areas for improvement", style="Heading 3")
    doc.add_paragraph(
        "The force should ensure that it has enough qualified investigators to meet future "
        "demand, and should develop a plan to train and retain them.", style="List Bullet")
    doc.add_paragraph(
        "The force should make sure that victims are told the outcome of their case and "
        "that the reasons for it are recorded.", style="List Bullet")

    doc.add_heading("Protecting vulnerable people", level=2)
    doc.add_paragraph(
        "Officers understand vulnerability and identify it well. However, when demand is high, "
        "the force\u2019s control room delays sending officers to some domestic abuse "
        "incidents, and the risk to victims is not always reassessed while they wait.")
    boxed(doc, "Cause of concern",
          "Merseyside Police is not always responding promptly to incidents involving "
          "vulnerable victims of domestic abuse, and it does not reassess the risk to those "
          "victims when attendance is delayed.", FILL["Requires improvement"])
    doc.add_paragraph()
    doc.add_paragraph("Recommendations", style="Heading 3")
    doc.add_paragraph("To address this cause of concern, we recommend that the force should "
                      "take the following steps within three months.")
    doc.add_paragraph(
        "The force should review how its control room grades and allocates incidents of "
        "domestic abuse, so that officers attend within the time the risk requires.",
        style="List Number")
    doc.add_paragraph(
        "The force should introduce a process for contacting and reassessing victims whose "
        "attendance has been delayed, and should audit its use.", style="List Number")
    doc.add_paragraph("Area for improvement", style="Heading 3")
    doc.add_paragraph(
        "The force should improve the quality of its referrals about children to the "
        "multi-agency safeguarding hubs in its five local authority areas.",
        style="List Bullet")

    doc.add_heading("Tackling serious and organised crime", level=2)
    doc.add_paragraph(
        "Merseyside Police is outstanding at tackling serious and organised crime. Its "
        "Matrix teams disrupt organised crime groups relentlessly, and it uses every power "
        "available, including financial investigation, to take their assets. It works with "
        "Cheshire Constabulary and the regional organised crime unit to pursue criminals who "
        "operate across the North West. We have not identified any areas for improvement.")

    doc.add_heading("Specialist capabilities", level=2)
    doc.add_paragraph(
        "We do not grade this question. The force is well prepared to respond to a firearms "
        "incident or a terrorist attack, and it has reviewed its armed policing capability "
        "since the attacks in London and Manchester in 2017.")

    doc.add_heading("Leadership", level=2)
    doc.add_paragraph(
        "We did not grade leadership in 2017. Our findings on how the force\u2019s leaders "
        "develop and support the workforce are included in PEEL: Police legitimacy 2017, "
        "published in December 2017.")

    p = doc.add_paragraph()
    p.add_run("Hollis Brackenridge").bold = True
    p.add_run("\nHM Inspector of Constabulary")
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
