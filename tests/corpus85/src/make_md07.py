"""docs/md07.docx: the text of an HMIC PEEL legitimacy 2015 PDF pasted into Word, one
paragraph per printed line (running titles and page numbers included)."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = """PEEL: Police legitimacy 2015
An inspection of Gwent Police
February 2016
© HMIC 2016
Contents
Overview – How legitimate is the force at keeping people safe and
reducing crime? 3
Overall judgement
Good
Gwent Police has been assessed as good in respect of the legitimacy with
which it keeps people safe and reduces crime. Our findings this year are
consistent with last year's inspection, when HMIC found that the force
treated the people it serves well, although it did not then give a grade.
Outstanding Good Requires improvement Inadequate
Summary
Heddlu Gwent has a clear commitment to treating people fairly and with
respect, which is understood by officers and staff. The chief officer team
promotes the Code of Ethics, and the force works with partners such as
Newport City Council and South Wales Police to understand the views of
the communities it serves.
PEEL: Police legitimacy 2015 – Gwent Police
3
How well does the force ensure that its workforce acts ethically and lawfully?
Requires improvement
The force has taken steps to ensure that its workforce understands the stand-
ards of behaviour expected of them. However, it does not have the capacity to
monitor its computer systems proactively, and its vetting of officers and staff
who were appointed before 2012 is incomplete.
Areas for improvement
• The force should ensure that it has sufficient capacity and capability in its
anti-corruption unit to seek out and act on intelligence about corruption.
• The force should ensure that all its officers and staff are vetted to the
level required for their role, and that it:
– records all vetting decisions centrally; and
– reviews the vetting of those in the most sensitive posts regularly.
PEEL: Police legitimacy 2015 – Gwent Police
7
To what extent does the force treat people with fairness and respect?
Good
Gwent Police has a good understanding of the importance of treating people
with fairness and respect, and it seeks feedback from the public in a
number of ways, including through its independent advisory groups.
To what extent are the force's workforce treated with fairness and respect?
Good
The force has effective arrangements in place to seek the views of its work-
force, and acts on what it hears.
Area for improvement
• The force should improve the way it identifies and responds to the
wellbeing needs of its workforce.
PEEL: Police legitimacy 2015 – Gwent Police
11
This report was written by Gareth Lloyd-Hughes, HM Inspector of Constabulary.
12""".split("\n")


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    st.paragraph_format.space_after = Pt(0)
    for line in LINES:
        doc.add_paragraph(line)
    doc.save(os.path.join(HERE, "..", "docs", "md07.docx"))


if __name__ == "__main__":
    main()
