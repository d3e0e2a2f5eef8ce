"""s03.docx: accessible Word version of a PEEL 2023-25 report (Merseyside Police)."""
import os
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from docxutil import shade, set_cell

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "s03.docx")

doc = Document()
sec = doc.sections[0]
sec.header.paragraphs[0].text = "OFFICIAL"
sec.footer.paragraphs[0].text = "PEEL 2023–25: Merseyside Police – accessible version"

doc.add_paragraph("PEEL 2023–25", style="Title")
doc.add_paragraph("Police effectiveness, efficiency and legitimacy", style="Subtitle")
doc.add_paragraph("An inspection of Merseyside Police")
doc.add_paragraph("Published 22 May 2025")
doc.add_paragraph("This is the accessible version of our report. The PDF version has the same content, "
                  "with figures; the figures are described in words here.")

doc.add_heading("Overall summary", 1)
doc.add_heading("Our judgements", 2)
doc.add_paragraph("Our inspection assessed how good Merseyside Police is in ten areas of policing. "
                  "We make graded judgements in nine of these ten. The table below also shows the "
                  "grades we gave in our 2021/22 PEEL inspection, where the area was assessed then.")

rows = [
    ("Police powers and public treatment", "Good", "Good"),
    ("Preventing crime", "Outstanding", "Good"),
    ("Responding to the public", "Requires improvement", "Requires improvement"),
    ("Investigating crime", "Adequate", "Adequate"),
    ("Protecting vulnerable people", "Good", "Adequate"),
    ("Managing offenders and suspects", "Good", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate", "Good"),
    ("Leadership and force management", "Good", "Adequate"),
    ("Crime data integrity", "Good", "Adequate"),
    ("Providing a service to victims of crime", "Not graded", "Not graded"),
]
t = doc.add_table(rows=2 + len(rows), cols=3)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
a = t.cell(0, 0).merge(t.cell(1, 0))
set_cell(a, "Area of policing", bold=True)
g = t.cell(0, 1).merge(t.cell(0, 2))
set_cell(g, "Grade", bold=True)
set_cell(t.cell(1, 1), "PEEL 2023–25", bold=True)
set_cell(t.cell(1, 2), "PEEL 2021/22", bold=True)
for c in (a, g, t.cell(1, 1), t.cell(1, 2)):
    shade(c, "D9D9E8")
for i, (area, now, before) in enumerate(rows, start=2):
    set_cell(t.cell(i, 0), area)
    set_cell(t.cell(i, 1), now)
    set_cell(t.cell(i, 2), before)
doc.add_paragraph("Note: in 2021/22 the areas were named differently. For example, leadership and force "
                  "management was then assessed as ‘good use of resources’, and crime data integrity as "
                  "‘recording data about crime’.", style="Caption")

doc.add_heading("HM Inspector's summary", 2)
doc.add_paragraph("Merseyside Police has made real progress since our last inspection. Its work to prevent "
                  "crime is outstanding: the force and its partners have driven down serious violence in "
                  "Liverpool and Knowsley, and the number of young people carrying knives has fallen.")
doc.add_paragraph("But the force is still not answering calls from the public quickly enough. We raised "
                  "this in 2021/22, and although Chief Constable Rhodri Fennimore has invested in the "
                  "control room, the improvement has not been enough. I have therefore identified a cause "
                  "of concern.")
doc.add_paragraph("I am grateful to the force, and in particular to Deputy Chief Constable Alisha Prentice, "
                  "who led its preparation for our inspection.")
doc.add_paragraph("Harriet Okonkwo-Baines")
doc.add_paragraph("His Majesty's Inspector of Constabulary")


def area(title, grade_sentence, prose, afis=None, none_text=None):
    doc.add_heading(title, 1)
    p = doc.add_paragraph()
    p.add_run(grade_sentence).bold = True
    for para in prose:
        doc.add_paragraph(para)
    doc.add_heading("Areas for improvement", 2)
    if afis:
        for a_ in afis:
            doc.add_paragraph(a_, style="List Bullet")
    else:
        doc.add_paragraph(none_text or "We found no areas for improvement.")


area("Police powers and public treatment",
     "Merseyside Police is good at treating the public fairly and respectfully.",
     ["The force’s use of stop and search is well scrutinised, and community members sit on its "
      "scrutiny panels. Body-worn video was switched on in most of the searches we reviewed, but not all."],
     ["The force should make sure that its officers use body-worn video when they carry out a stop "
      "and search, as its own policy requires."])

area("Preventing crime",
     "Merseyside Police is outstanding at preventing crime and anti-social behaviour.",
     ["The force’s violence reduction work with schools and health partners is well established. "
      "Assistant Chief Constable Dermot Quayle chairs a weekly meeting that directs patrols to the "
      "places where violence is most likely."],
     None, "There are no areas for improvement in this section.")

doc.add_heading("Responding to the public", 1)
p = doc.add_paragraph()
p.add_run("Merseyside Police requires improvement at responding to the public.").bold = True
doc.add_paragraph("Between January and June 2024 the force answered 71 percent of emergency calls within "
                  "ten seconds, against a national standard of 90 percent.")
doc.add_heading("Cause of concern", 2)
doc.add_paragraph("Merseyside Police is not answering calls from the public quickly enough. In particular:")
for item in ["a) too many emergency calls are not answered within ten seconds;",
             "b) callers to the non-emergency number wait too long, and many abandon their call; and",
             "c) the force does not always identify repeat and vulnerable callers."]:
    doc.add_paragraph(item, style="List Paragraph")
doc.add_heading("Recommendations", 3)
doc.add_paragraph("Within three months, the force should make sure that it has enough call handlers on duty "
                  "at the times of highest demand to answer emergency calls within the national standard.")
doc.add_paragraph("Within six months, the force should make sure that call handlers check its systems for "
                  "previous contact from every caller, so that repeat and vulnerable callers are identified.")
doc.add_heading("Areas for improvement", 2)
doc.add_paragraph("The force should improve the way it tells callers how long they may have to wait for an "
                  "officer to attend.", style="List Bullet")

area("Investigating crime",
     "Merseyside Police is adequate at investigating crime.",
     ["Investigations are generally well planned. The force has a backlog of about 900 digital devices "
      "waiting to be examined."],
     ["The force should make sure that suspects who are released on bail or under investigation are "
      "managed in a timely way.",
      "The force should improve how it uses digital evidence, and reduce the delay in examining devices."])

area("Protecting vulnerable people",
     "Merseyside Police is good at protecting vulnerable people.",
     ["The force works well with partners through its multi-agency safeguarding hub. In a few cases, "
      "officers had not recorded the child’s view."],
     ["The force should make sure that officers who attend incidents involving children record what the "
      "child has said and how the child appeared."])

area("Managing offenders and suspects",
     "Merseyside Police is good at managing offenders and suspects.",
     ["The force manages registered sex offenders well, and it uses ancillary orders effectively. We saw "
      "good practice in the way it shares intelligence with the probation service."],
     None, "We found no areas for improvement in this section.")

area("Building, supporting and protecting the workforce",
     "Merseyside Police is adequate at building, supporting and protecting its workforce.",
     ["Staff told us they feel valued, but the force has fallen behind in renewing vetting clearances."],
     ["The force should make sure that it completes vetting renewals on time."])

area("Leadership and force management",
     "Merseyside Police is good at leading and managing the force.",
     ["The force has a sound medium-term financial plan to 2027/28 and a clear understanding of its demand."],
     None, "We found no areas for improvement in this section.")

area("Crime data integrity",
     "Merseyside Police is good at recording crime.",
     ["We estimate that the force records 93.4 percent of reported crime."],
     None, "We found no areas for improvement in this section.")

doc.add_heading("Providing a service to victims of crime", 1)
doc.add_paragraph("We do not grade this area. Our findings about victims inform our grades for responding to "
                  "the public and investigating crime.")
doc.add_paragraph("© HMICFRS 2025")

doc.save(OUT)
print("wrote", OUT)
