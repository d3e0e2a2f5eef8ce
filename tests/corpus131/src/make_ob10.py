"""ob10.docx: Northumbria OPCC scrutiny board paper on HMIC PEEL 2014, a reviewed draft with
tracked changes, comments and real Word footnotes.

    /tmp/obvenv/bin/python src/make_ob10.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import add_footnote, del_run, finish_footnotes, ins_run, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ob10.docx")
R1, T1 = "M. Okonedo", "2015-11-09T11:30:00Z"
R2, T2 = "Scrutiny Officer", "2015-11-10T08:50:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Arial"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "Northumbria OPCC \u2013 Scrutiny Board \u2013 RESTRICTED until published"

doc.add_heading("Scrutiny Board \u2013 24 November 2015", level=1)
doc.add_paragraph("Item 6: HMIC PEEL 2014 \u2013 closing report on areas for improvement")

doc.add_heading("1. Introduction", level=2)
p = doc.add_paragraph("1.1 In November 2014 Her Majesty\u2019s Inspectorate of Constabulary (HMIC) "
                      "published the first PEEL assessment of Northumbria Police. This paper "
                      "closes the Board\u2019s monitoring of the areas for improvement from that "
                      "assessment. The Police and Crime Commissioner, Vera Baird, asked for it "
                      "to be brought to the Board before the 2015 results are considered in "
                      "full at the February meeting.")

doc.add_heading("2. The 2014 grades", level=2)
doc.add_paragraph("Table 1: HMIC PEEL 2014 \u2013 Northumbria Police")
t = doc.add_table(rows=4, cols=2)
t.style = "Table Grid"
for j, h in enumerate(("Pillar", "Grade")):
    set_cell(t.cell(0, j), h, bold=True)
    shade(t.cell(0, j), "E2E2E2")
set_cell(t.cell(1, 0), "Effectiveness")
set_cell(t.cell(1, 1), "Good")
set_cell(t.cell(2, 0), "Efficiency")
p = t.cell(2, 1).paragraphs[0]
p.text = ""
p.add_run("Good")
add_footnote(doc, p, "In HMIC\u2019s 2015 efficiency assessment, published in October 2015, "
             "Northumbria Police was again judged to be good.")
set_cell(t.cell(3, 0), "Legitimacy")
p = t.cell(3, 1).paragraphs[0]
p.text = ""
p.add_run("Not graded")
add_footnote(doc, p, "HMIC did not grade legitimacy in 2014. It reported on the force\u2019s "
             "integrity and its use of stop and search separately.")
doc.add_paragraph("Note: grades are on HMIC\u2019s four-point scale of outstanding, good, "
                  "requires improvement and inadequate.")

p = doc.add_paragraph("2.1 HMIC found that the force was good at reducing crime and at "
                      "investigating offending, and that it had a clear plan to meet its "
                      "savings requirement. ")
del_run(p, "It was, however, judged to require improvement at tackling anti-social behaviour. ",
        R1, T1)
c = p.add_run("")
doc.add_comment(c, text="Deleted \u2013 ASB was not given a separate grade in 2014; this "
                "sentence came from an early draft of the HMIC report that was never published.",
                author=R1, initials="MO")

doc.add_heading("3. Areas for improvement", level=2)
doc.add_paragraph("3.1 HMIC identified the following areas for improvement in its efficiency "
                  "report.")
p = doc.add_paragraph(style="List Bullet")
p.add_run("The force should make sure that its new neighbourhood model is properly evaluated, "
          "so that it understands ")
ins_run(p, "whether ", R2, T2)
p.add_run("the changes have improved the service to the public.")
doc.add_paragraph("Update: An evaluation by Northumbria University was completed in September "
                  "2015 and reported to the Board in October. Closed.")
p = doc.add_paragraph(style="List Bullet")
del_run(p, "The force should review its use of overtime in the control room, which HMIC "
        "considered high compared with similar forces.", R1, T1)
c = doc.paragraphs[-1].add_run("")
doc.add_comment(c, text="Removed: this was a finding in the 2013 Valuing the Police report, "
                "not a PEEL 2014 area for improvement.", author=R1, initials="MO")
p = doc.add_paragraph(style="List Bullet")
p.add_run("The force should develop a workforce plan that sets out the mix of officers, staff "
          "and volunteers it will need by 2018.")
doc.add_paragraph("Update: The workforce plan was approved by the Chief Constable, Steve Ashman, "
                  "in June 2015. Closed.")

doc.add_heading("4. Regional working", level=2)
doc.add_paragraph("4.1 Serious and organised crime is tackled regionally with Durham "
                  "Constabulary and Cleveland Police through the North East Regional Special "
                  "Operations Unit. HMIC did not grade the regional unit.")

doc.add_heading("5. Recommendation", level=2)
doc.add_paragraph("5.1 The Board is asked to agree that the 2014 areas for improvement are "
                  "closed.")

finish_footnotes(doc)
doc.save(OUT)
print("wrote", OUT)
