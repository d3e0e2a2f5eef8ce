"""ob06.docx: Lincolnshire Police report to the Joint Independent Audit Committee on PEEL
2023-25, saved with tracked changes and comments still in it (python-docx + docxutil).

    /tmp/obvenv/bin/python src/make_ob06.py
"""
import os

from docx import Document
from docx.shared import Pt

from docxutil import del_run, ins_run, set_cell, shade

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "ob06.docx")
A1, D1 = "Tasha Greenhalgh", "2024-06-03T09:05:00Z"
A2, D2 = "Improvement Office", "2024-06-04T16:22:00Z"

doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
doc.sections[0].header.paragraphs[0].text = "OFFICIAL"
doc.sections[0].footer.paragraphs[0].text = "JIAC 11 June 2024 \u2013 Item 9 \u2013 page"

doc.add_heading("Joint Independent Audit Committee \u2013 11 June 2024", level=1)
doc.add_paragraph("Agenda item 9: HMICFRS PEEL 2023\u201325 \u2013 Lincolnshire Police: grades and "
                  "progress against areas for improvement")
doc.add_paragraph("Report of the Chief Constable, Paul Gibson. Prepared by the Force Improvement "
                  "Office.")

doc.add_heading("1. Purpose", level=2)
doc.add_paragraph("1.1 This paper tells the Committee what His Majesty\u2019s Inspectorate of "
                  "Constabulary and Fire & Rescue Services found in its PEEL 2023\u201325 "
                  "inspection of Lincolnshire Police, and how the force is responding. The report "
                  "was published on 14 May 2024. His Majesty\u2019s Inspector of Constabulary "
                  "Michelle Skeer led the inspection.")
doc.add_paragraph("1.2 The Police and Crime Commissioner for Lincolnshire, Marc Jones, has "
                  "received a copy of this paper and will publish his own statutory response.")

doc.add_heading("2. Grades", level=2)
doc.add_paragraph("Table 1: PEEL grades, 2023\u201325 and 2021/22")
rows = [
    ("Area", "2023\u201325", "2021/22 \u00b9"),
    ("Police powers and public treatment", "Good", "Adequate"),
    ("Preventing crime", "Good", "Good"),
    ("Responding to the public", "Adequate", "Adequate"),
    ("Investigating crime", None, "Adequate"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders", "Good", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate", "Good"),
    ("Leadership and force management", "Good", "Adequate"),
    ("Crime data integrity", "Good", "\u2013 \u00b2"),
    ("Providing a service to victims of crime", "Not graded \u00b3", "Not graded"),
]
t = doc.add_table(rows=len(rows), cols=3)
t.style = "Table Grid"
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        cell = t.cell(i, j)
        if val is None:
            cell.text = ""
            p = cell.paragraphs[0]
            del_run(p, "Adequate", A1, D1)
            ins_run(p, "Requires improvement", A1, D1)
            anchor = p.add_run("")
            doc.add_comment(anchor, text="Corrected: the published report grades investigating "
                            "crime requires improvement. 'Adequate' was the 2021/22 grade, pasted "
                            "from last year's paper by mistake. TG", author=A1, initials="TG")
            continue
        set_cell(cell, val, bold=(i == 0))
        if i == 0:
            shade(cell, "D9E2F3")
doc.add_paragraph("\u00b9 The 2021/22 grades are shown against the nearest 2023\u201325 area. In "
                  "2021/22 the workforce area was called \u201cDeveloping a positive workplace\u201d "
                  "and the leadership area \u201cGood use of resources\u201d.")
doc.add_paragraph("\u00b2 Crime data integrity was not inspected as part of PEEL 2021/22.")
doc.add_paragraph("\u00b3 HMICFRS assesses the service the force gives to victims but does not "
                  "grade it.")
doc.add_paragraph("2.1 The force is pleased that five areas are now graded good. The decline in "
                  "investigating crime reflects the inspectorate\u2019s concern about the "
                  "number of investigations held by inexperienced officers.")

doc.add_heading("3. Areas for improvement", level=2)
doc.add_paragraph("3.1 The inspection identified four areas for improvement and no causes of "
                  "concern. Table 2 shows the force\u2019s current position. Status is given as "
                  "Complete, On track or At risk.")
doc.add_paragraph("Table 2: Areas for improvement tracker")
t2 = doc.add_table(rows=5, cols=4)
t2.style = "Table Grid"
for j, h in enumerate(("Ref", "Area for improvement", "Status", "Update")):
    set_cell(t2.cell(0, j), h, bold=True)
    shade(t2.cell(0, j), "D9E2F3")

# AFI 1: plain
set_cell(t2.cell(1, 0), "PEEL24-01")
set_cell(t2.cell(1, 1), "The force should make sure that investigations are allocated to staff "
         "with the right skills and experience, and that supervisors review them regularly.")
set_cell(t2.cell(1, 2), "On track")
set_cell(t2.cell(1, 3), "An allocation policy was introduced in March 2024 and a monthly "
         "supervision audit has started.")

# AFI 2: tracked edits inside the AFI text and in the status
set_cell(t2.cell(2, 0), "PEEL24-02")
p = t2.cell(2, 1).paragraphs[0]
p.text = ""
p.add_run("The force should improve how quickly it answers non-emergency calls")
del_run(p, ", including calls made through the 101 service and online chat", A2, D2)
p.add_run(", and it should make sure that callers who are waiting are told how long they can "
          "expect to wait.")
p = t2.cell(2, 2).paragraphs[0]
p.text = ""
del_run(p, "On track", A2, D2)
ins_run(p, "At risk", A2, D2)
set_cell(t2.cell(2, 3), "Call-handler vacancies remain at 14 per cent. A recruitment campaign "
         "closes in July 2024.")

# AFI 3: the whole row's text is a tracked insertion
set_cell(t2.cell(3, 0), "PEEL24-03")
for j, txt in ((1, "The force should make sure that officers record the voice of the child when "
                   "they attend domestic abuse incidents."),
               (2, "On track"),
               (3, "A mandatory question has been added to the domestic abuse risk form.")):
    p = t2.cell(3, j).paragraphs[0]
    p.text = ""
    ins_run(p, txt, A2, D2)
c = t2.cell(3, 1).paragraphs[0].add_run("")
doc.add_comment(c, text="Row added: this AFI was missed from the first draft. Please check the "
                "wording against page 22 of the report.", author=A2, initials="IO")

# AFI 4: no update
set_cell(t2.cell(4, 0), "PEEL24-04")
set_cell(t2.cell(4, 1), "The force should make sure that its wellbeing offer reaches staff in "
         "the control room and in the custody suites.")
set_cell(t2.cell(4, 2), "On track")
set_cell(t2.cell(4, 3), "\u2014")

doc.add_heading("4. Recommendation", level=2)
doc.add_paragraph("4.1 The Committee is asked to note the grades and the progress made against "
                  "the areas for improvement.")
doc.add_paragraph("Paul Gibson QPM\nChief Constable")

doc.save(OUT)
print("wrote", OUT)
