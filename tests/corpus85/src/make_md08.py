"""docs/md08.docx: a PCC's section 55 response (PDF) whose text was pasted into Word,
one paragraph per printed line; the PDF's running header and page numbers came along."""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = """Police and Crime Commissioner North Wales
Comhisiynydd Heddlu a Throseddu Gogledd Cymru
Response to HMICFRS PEEL 2021/22: An inspection of North Wales Police
Date: 14 November 2022
Introduction
I welcome the report by His Majesty's Inspectorate of Constabulary and Fire &
Rescue Services (HMICFRS) on North Wales Police, published on 22 September 2022.
I have asked the Chief Constable, Amanda Blakeman, for her comments, and these
are set out below alongside my own.
HMICFRS found the force to be good in most of the areas it inspected. The
grades were as follows:
Outstanding
None
Good
Police powers and public treatment
Preventing crime
Investigating crime
Protecting vulnerable people
Developing a positive workplace
Good use of resources
Adequate
Responding to the public
Managing offenders
Requires improvement
Recording data about crime
Inadequate
None
OPCC North Wales – Section 55 response – PEEL 2021/22
Page 1 of 4
His Majesty's Inspector of Constabulary Wendy Williams noted that the force
had improved its crime recording since the 2020 crime data integrity
inspection, but that further work is needed before its recording meets the
national standard. Dyfed-Powys Police, our neighbour, faces similar
questions.
Areas for improvement
The report identifies five areas for improvement. I have set out each one below
with the force's response.
Responding to the public
Area for improvement 1
The force should make sure that it answers non-emergency calls promptly and
that callers who abandon their call are contacted again where necessary.
Force response: A call-back process for abandoned 101 calls was introduced in
August 2022 and is reviewed each week by the Joint Communications Centre.
OPCC North Wales – Section 55 response – PEEL 2021/22
Page 2 of 4
Managing offenders
Area for improvement 2
The force should make sure it has enough trained staff to manage registered
sex offenders, so that visits and risk assessments are completed on time.
Force response: Six additional posts have been funded from the 2023/24 precept.
Recording data about crime
Area for improvement 3
The force should make sure that reports of anti-social behaviour that include a
crime are recorded as crimes, in line with the Home Office Counting Rules.
Force response: The Force Crime Registrar has introduced daily audits.
Area for improvement 4
The force should improve how it records crimes reported by vulnerable adults
and children.
Commissioner's comment: I have asked for the force's update on this area to be
reported to my Strategic Executive Board, as it was not included in the
response I received.
OPCC North Wales – Section 55 response – PEEL 2021/22
Page 3 of 4
Protecting vulnerable people
Area for improvement 5
The force should make sure that officers record the voice of the child when they
attend domestic abuse incidents.
Force response: Training has been delivered to all response officers.
Conclusion
I am satisfied that the Chief Constable has clear plans in place. I will monitor
progress through my Strategic Executive Board.
Andy Dunbobbin
Police and Crime Commissioner for North Wales
Page 4 of 4""".split("\n")


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for line in LINES:
        doc.add_paragraph(line)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "OFFICIAL"
    doc.save(os.path.join(HERE, "..", "docs", "md08.docx"))


if __name__ == "__main__":
    main()
