"""Write docs/p07.docx: an accessible Word version of the summary of a PEEL 2023-25 report
(Sussex Police), with one question-style heading per area, the grade as the first
paragraph under it, and areas for improvement as Word "List Number" paragraphs (the
numbers are Word numbering, not text).

Needs python-docx:  /tmp/c12venv/bin/python src/make_p07.py
"""
import datetime
import os

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "p07.docx")


def main():
    d = Document()
    cp = d.core_properties
    cp.title = "PEEL 2023-25 Sussex Police accessible summary"
    cp.author = "HMICFRS"
    cp.created = cp.modified = datetime.datetime(2025, 2, 20, 9, 0, 0)
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(12)

    d.add_paragraph("PEEL 2023–25", style="Title")
    d.add_paragraph("Police effectiveness, efficiency and legitimacy: An inspection of Sussex Police",
                    style="Subtitle")
    d.add_paragraph("Accessible summary")
    d.add_paragraph("His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services")
    d.add_paragraph("Published 20 February 2025")

    d.add_heading("About this document", level=1)
    d.add_paragraph(
        "This is an accessible version of the summary of our report. It follows the order of "
        "the full report. Under each question, the first paragraph gives our grade for that "
        "area of policing. The areas for improvement are numbered in the order in which they "
        "appear in the full report.")
    d.add_paragraph(
        "We grade forces on a five-point scale: outstanding, good, adequate, requires "
        "improvement or inadequate. We don’t give an overall grade.")

    d.add_heading("HM Inspector’s observations", level=1)
    d.add_paragraph(
        "I am satisfied with some aspects of the performance of Sussex Police, but there are "
        "areas in which the force needs to improve. The force is led well by Chief Constable "
        "Joanna Feltham-Rowe and her chief officer team, and it has a clear plan.")
    d.add_paragraph(
        "However, I am concerned about how long the force takes to answer non-emergency calls "
        "and to attend incidents. We have raised a cause of concern about this. The assistant "
        "chief constable responsible for contact management told us that the force is already "
        "recruiting more call handlers.")
    d.add_paragraph(
        "We found good practice in how the force works with the Brighton and Hove youth "
        "offending service. Its approach to reducing knife crime in schools was also "
        "impressive.")
    d.add_paragraph("Laurence Whitcombe")
    d.add_paragraph("His Majesty’s Inspector of Constabulary")

    d.add_heading("Our findings", level=1)

    def area(question, grade, body):
        d.add_heading(question, level=2)
        p = d.add_paragraph()
        p.add_run(grade).bold = True
        for b in body:
            d.add_paragraph(b)

    def afis(items):
        d.add_heading("Areas for improvement", level=3)
        if not items:
            d.add_paragraph("We found no areas for improvement.")
        for it in items:
            if isinstance(it, tuple):
                d.add_paragraph(it[0], style="List Number")
                for sub in it[1]:
                    d.add_paragraph(sub, style="List Bullet 2")
            else:
                d.add_paragraph(it, style="List Number")

    area("How good is the force at treating the public fairly and using its powers?", "Good",
         ["Officers use stop and search fairly and record their reasons well. The force’s "
          "scrutiny panels review body-worn video footage every month."])
    afis(["The force should make sure that officers record the ethnicity of every person they "
          "use force on, so that it can understand any disproportionality."])

    area("How good is the force at preventing and deterring crime and antisocial behaviour, and "
         "reducing vulnerability?", "Good",
         ["Neighbourhood teams know their communities and use problem-solving plans "
          "consistently."])
    afis([])

    area("How good is the force at responding to the public?", "Inadequate",
         ["The force takes too long to answer non-emergency calls, and one in four callers "
          "hangs up before the call is answered. It does not attend some incidents within the "
          "times it has set.",
          "Previous grade (PEEL 2021/22): requires improvement."])
    d.add_heading("Cause of concern", level=3)
    d.add_paragraph(
        "The force does not answer non-emergency calls quickly enough, and it does not attend "
        "incidents within its target times, so some people who are vulnerable do not get a "
        "timely response.")
    d.add_heading("Recommendations", level=3)
    d.add_paragraph(
        "By 30 September 2025, the force should reduce the number of non-emergency calls that "
        "are abandoned before they are answered.")
    d.add_paragraph(
        "By 30 September 2025, the force should make sure that it attends incidents within its "
        "target times, and that when it cannot it keeps callers informed and reassesses the "
        "risk.")
    afis(["The force should make sure that call handlers use a structured risk assessment on "
          "every call, and that they record the result."])

    area("How good is the force at investigating crime?", "Adequate",
         ["Most investigations are well planned, but supervisors do not always review them. "
          "Victims are not always told when their case is closed."])
    afis(["The force should make sure that supervisors review investigations at regular "
          "intervals and record their direction to the investigating officer.",
          "The force should make sure that victims are told the outcome of their case in line "
          "with the Code of Practice for Victims of Crime."])

    area("How good is the force at protecting vulnerable people?", "Requires improvement",
         ["The force works well with partner agencies, but its response to children who go "
          "missing is inconsistent.",
          "Surrey Police, with which the force shares its major crime and specialist "
          "protection teams, was graded good for protecting vulnerable people in its own "
          "PEEL 2023–25 inspection."])
    afis([("The force should improve its response to children who go missing from home or care "
           "by making sure that:",
           ["officers carry out a return home interview within 72 hours of the child being "
            "found; and",
            "a supervisor reviews the risk level at every change of shift."])])

    area("How good is the force at managing offenders and suspects?", "Good",
         ["The force manages registered sex offenders well and arrests wanted suspects "
          "quickly."])
    afis(["The force should make sure that it carries out home visits to registered sex "
          "offenders at the frequency set by their risk assessments."])

    area("How good is the force at building, supporting and protecting its workforce?", "Adequate",
         ["The workforce feels supported, but many student officers told us they do not get "
          "enough time for their training."])
    afis(["The force should make sure that student officers have protected time for their "
          "learning."])

    area("How good is the force’s leadership and force management?", "Adequate",
         ["The force understands its demand, but its plans to balance its budget after March "
          "2026 are not yet complete."])
    afis(["The force should make sure that its medium-term financial plan shows how it will "
          "meet the savings it needs to make."])

    area("How accurately does the force record crime?", "Not graded",
         ["We did not inspect crime data integrity in Sussex Police in this inspection."])

    d.add_heading("What happens next", level=1)
    d.add_paragraph(
        "We will monitor the force’s progress against our cause of concern and recommendations "
        "through our Engage process. The full report, including our detailed findings, is "
        "available on our website.")
    d.save(OUT)


if __name__ == "__main__":
    main()
