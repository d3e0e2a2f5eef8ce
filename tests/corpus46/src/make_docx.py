"""Write docs/kq02.docx, docs/kq07.docx and docs/kq10.docx (python-docx 1.2.0).

    /tmp/c46venv/bin/python src/make_docx.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from docxutil import labelled, set_cell, shade, table

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def base(header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    return doc


# ---------------------------------------------------------------- kq02: Notts PCC s55
def kq02():
    doc = base("OFFICIAL \u2013 Office of the Police and Crime Commissioner for Nottinghamshire",
               "Arnot Hill House, Arnold, Nottingham \u2013 www.nottinghamshire.pcc.police.uk")
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("9 August 2022")
    doc.add_paragraph("Sir Malcolm Ferrars\nHer Majesty\u2019s Chief Inspector of Constabulary\n"
                      "HMICFRS\n185 Dashwood House\nLondon")
    doc.add_paragraph("By email")
    doc.add_heading("Section 55 response: PEEL 2021/22 \u2013 An inspection of Nottinghamshire Police", level=1)
    doc.add_paragraph("Dear Sir Malcolm,")
    doc.add_paragraph(
        "Thank you for the 2022 PEEL report on Notts Police, which Her Majesty\u2019s Inspectorate of "
        "Constabulary and Fire & Rescue Services published on 28 June. I am required by section 55 of "
        "the Police Act 1996 to publish my comments within 56 days, and this letter is that response. "
        "I have discussed the report with the Chief Constable, Ruth Ellingham, and her comments on each "
        "area for improvement are included below.")
    doc.add_heading("Overall", level=2)
    doc.add_paragraph(
        "I am pleased that inspectors found a force that is good in most of what it does. The report "
        "grades ten areas of policing, and the grade for each is set out in the table below. Providing "
        "a service to the victims of crime was assessed but, as with every force in this round, was not "
        "graded.")
    rows = [["Area of policing", "Grade (PEEL 2021/22)"],
            ["Treatment of the public", "Good"],
            ["Preventing crime and anti-social behaviour", "Good"],
            ["Responding to the public", "Adequate"],
            ["Investigating crime", "Requires improvement"],
            ["Protecting vulnerable people", "Adequate"],
            ["Managing offenders and suspects", "Good"],
            ["Disrupting serious organised crime", "Good"],
            ["Developing a positive workplace", "Adequate"],
            ["Good use of resources", "Adequate"],
            ["Recording data about crime", "Good"]]
    t = table(doc, rows)
    for r in range(1, len(rows)):
        if rows[r][1] == "Good":
            shade(t.cell(r, 1), "C6E0B4")
        elif rows[r][1] == "Adequate":
            shade(t.cell(r, 1), "FFE699")
        else:
            shade(t.cell(r, 1), "F4B183")
    doc.add_paragraph()
    doc.add_paragraph(
        "These results continue a steady picture. In PEEL 2018 the force was judged good for "
        "effectiveness, good for efficiency and good for legitimacy, and the improvement in investigating "
        "crime since HMICFRS\u2019s 2017 effectiveness inspection, which found that the force required "
        "improvement, has not gone as far as I would like. The Chief Constable accepts that.")
    doc.add_paragraph(
        "I note that inspectors did not find any cause of concern and made no recommendations to the "
        "force. They identified four areas for improvement. I set out each below with the force\u2019s "
        "response.")
    doc.add_heading("Investigating crime", level=2)
    labelled(doc, "Area for improvement 1:",
             "The force should make sure that investigations are supervised effectively and that "
             "supervisors record a review at key stages of each investigation.")
    labelled(doc, "Force response:",
             "An investigation standards team was set up in April. Every crime allocated to a response "
             "or neighbourhood officer now receives a recorded supervisory review within seven days.")
    labelled(doc, "Area for improvement 2:",
             "The force should make sure that it records the reasons whenever a victim withdraws support "
             "for a prosecution, and that it considers evidence-led prosecutions in such cases.")
    labelled(doc, "Force response:",
             "Guidance has been reissued and the crime recording system now prompts officers for the "
             "reason. The Crown Prosecution Service has agreed a joint audit in the autumn.")
    doc.add_heading("Protecting vulnerable people", level=2)
    labelled(doc, "Area for improvement 3:",
             "The force should improve the quality of the risk assessments that officers complete when "
             "they attend domestic abuse incidents.")
    labelled(doc, "Force response:",
             "A revised DASH training package will be delivered to all frontline officers by March 2023.")
    doc.add_heading("Developing a positive workplace", level=2)
    labelled(doc, "Area for improvement 4:",
             "The force should make sure that it understands the wellbeing needs of its workforce and "
             "that occupational health referrals are dealt with promptly.")
    doc.add_paragraph(
        "I have asked the force for a fuller response to this area, which I will publish once it has been "
        "considered at my Strategic Resources and Performance meeting in September.")
    doc.add_heading("Partnership", level=2)
    doc.add_paragraph(
        "Much of the work on anti-social behaviour depends on the community safety partnerships. I am "
        "grateful to Nottinghamshire County Council, Nottingham City Council and the district councils, and "
        "to Nottinghamshire Fire and Rescue Service, for their support. Matchday policing at Notts County "
        "and Nottingham Forest remains a pressure on neighbourhood teams, and I will discuss it with the "
        "Chief Constable when we set the 2023/24 precept.")
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph("Caroline Pemberton-Shah\nPolice and Crime Commissioner for Nottinghamshire")
    doc.save(os.path.join(DOCS, "kq02.docx"))


# ---------------------------------------------------------------- kq07: Kent panel paper
def kq07():
    doc = base("Kent and Medway Police and Crime Panel \u2013 3 February 2025",
               "Kent County Council, Sessions House, County Hall, Maidstone ME14 1XQ")
    doc.add_paragraph("Item 7", style="Subtitle")
    doc.add_heading("HMIC(FRS) PEEL inspection of Kent Police 2023\u20132025", level=1)
    table(doc, [["By:", "Police and Crime Commissioner"],
                ["To:", "Kent and Medway Police and Crime Panel"],
                ["Subject:", "His Majesty\u2019s Inspectorate\u2019s PEEL report on Kent Police"],
                ["Classification:", "Unrestricted"]], header_fill="FFFFFF")
    doc.add_heading("Introduction", level=2)
    doc.add_paragraph(
        "1. On 12 December 2024 His Majesty\u2019s Inspectorate published its latest PEEL assessment of "
        "Kent Police. Members will often see the inspectorate referred to as HMIC, the name it had before "
        "it took on fire and rescue services in 2017; its current name is HMICFRS, and the report was "
        "signed off by His Majesty\u2019s Inspector of Constabulary Priya Raghunathan.")
    doc.add_paragraph(
        "2. This paper is presented by the Police and Crime Commissioner, Marcus Deveraux-Hill, and has "
        "been prepared with the help of the Chief Constable, Siobhan Carrow. Assistant Chief Constable "
        "Tom Ridgewell, who leads the force\u2019s response to inspection, will attend the meeting.")
    doc.add_heading("Grades", level=2)
    doc.add_paragraph(
        "3. The inspectorate graded eight areas. The force was judged good in six and adequate in two, "
        "and nothing was graded requires improvement or inadequate.")
    t = doc.add_table(rows=10, cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Grade", bold=True)
    set_cell(t.cell(0, 1), "Area of policing", bold=True)
    shade(t.cell(0, 0), "D9E2F3")
    shade(t.cell(0, 1), "D9E2F3")
    areas = ["Police powers and public treatment", "Preventing crime", "Investigating crime",
             "Managing offenders", "Building, supporting and protecting the workforce",
             "Leadership and force management", "Responding to the public",
             "Protecting vulnerable people"]
    for i, a in enumerate(areas, start=1):
        set_cell(t.cell(i, 1), a)
    g = t.cell(1, 0).merge(t.cell(6, 0))
    set_cell(g, "Good", bold=True)
    shade(g, "C6E0B4")
    a = t.cell(7, 0).merge(t.cell(8, 0))
    set_cell(a, "Adequate", bold=True)
    shade(a, "FFE699")
    last = t.cell(9, 0).merge(t.cell(9, 1))
    set_cell(last, "Providing a service to victims of crime is assessed but not graded.", italic=True)
    doc.add_paragraph()
    doc.add_paragraph(
        "4. Kent Police shares its Serious Crime Directorate with Essex Police. Essex Police was "
        "inspected in the same year and was graded requires improvement for investigating crime; the "
        "Commissioner has asked whether any of the findings there apply to the joint teams. Kent Fire "
        "and Rescue Service\u2019s own inspection, in which it was judged good for its people, is not "
        "covered in this report.")
    doc.add_heading("Areas for improvement", level=2)
    doc.add_paragraph(
        "5. The report contains no causes of concern and no recommendations. HMIC(FRS) identified three "
        "areas for improvement, shown below with the force\u2019s response as at January 2025.")
    rows = [["No.", "Area for improvement", "Kent Police response"],
            ["1", "The force should make sure that it answers emergency calls within the national "
                  "standard of ten seconds, particularly at times of peak demand.",
             "Overtime has been used to cover peak periods while 24 new call handlers are trained. "
             "Performance is reported to the Commissioner monthly."],
            ["2", "The force should make sure that officers consider the voice of the child when they "
                  "attend incidents where children are present.",
             "Included in the vulnerability training for all frontline officers from March 2025."],
            ["3", "The force should improve its understanding of the effect of its early intervention "
                  "work with young people who are at risk of exploitation.",
             "\u2013"]]
    table(doc, rows)
    doc.add_paragraph()
    doc.add_paragraph(
        "6. The Commissioner is satisfied with the force\u2019s response to the first two areas and has "
        "asked for a plan for the third by the Panel\u2019s June meeting.")
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph(
        "7. The Panel is asked to note the report. Members may wish to raise any questions about the "
        "2025/26 precept under item 5, and about the Kent County Council community warden scheme with the "
        "county council directly.")
    doc.save(os.path.join(DOCS, "kq07.docx"))


# ---------------------------------------------------------------- kq10: Suffolk PCC release
def kq10():
    doc = base("Suffolk Police and Crime Commissioner \u2013 News release",
               "Police Headquarters, Martlesham Heath, Ipswich IP5 3QS")
    table(doc, [["For immediate release", "17 October 2025"]], header_fill="FFFFFF")
    doc.add_heading("One year on: Commissioner reviews progress since last year\u2019s inspection", level=1)
    doc.add_paragraph(
        "Suffolk\u2019s Police and Crime Commissioner, Hannah Wetherall, has published a review of the "
        "progress Suffolk Constabulary has made since last year\u2019s inspection by the police watchdog.")
    doc.add_paragraph(
        "Last year\u2019s inspection, part of the PEEL 2023\u201325 programme, graded the Constabulary good "
        "for police powers and public treatment, preventing crime, protecting vulnerable people and "
        "building, supporting and protecting the workforce. The remaining four areas \u2013 responding to "
        "the public, investigating crime, managing offenders and leadership and force management \u2013 "
        "were graded adequate.")
    doc.add_paragraph(
        "Inspectors identified five areas for improvement. The Commissioner\u2019s review, which was "
        "discussed at her Accountability and Performance Panel on 9 October, finds that three of them "
        "have been addressed in full.")
    doc.add_paragraph("Mrs Wetherall said:")
    doc.add_paragraph(
        "\u201cThe inspectors told us Suffolk is a good force with some things to fix, and a year on I can "
        "see that the Constabulary has taken that seriously. Call answering is better than it has been "
        "for several years, and that is what residents told me mattered most.\u201d", style="Quote")
    doc.add_paragraph("Chief Constable Daniel Okafor-Wright added:")
    doc.add_paragraph(
        "\u201cOur officers and staff deserve the credit. The new Safer Neighbourhood Team base on Essex "
        "Road in Ipswich is one example of the work we have done to be more visible in our "
        "communities.\u201d", style="Quote")
    doc.add_paragraph(
        "The review also covers the Constabulary\u2019s joint working with Essex Police on major "
        "investigations and with the Civil Nuclear Constabulary, which polices the Sizewell site and is "
        "not inspected under PEEL. Suffolk County Council\u2019s trading standards team contributed to the "
        "section on fraud.")
    doc.add_paragraph("ENDS", style="Intense Quote")
    doc.add_heading("Notes to editors", level=2)
    doc.add_paragraph(
        "The inspectorate grades forces on a five-point scale: outstanding, good, adequate, requires "
        "improvement and inadequate.", style="List Number")
    doc.add_paragraph(
        "The two areas for improvement that remain open, with the Constabulary\u2019s latest position, are "
        "set out below.", style="List Number")
    labelled(doc, "Area for improvement:",
             "The force should make sure that it allocates investigations to officers with the right "
             "skills, and that the workloads of its investigators are manageable.")
    labelled(doc, "Latest position:",
             "A workload review of the criminal investigation department will be completed by December 2025.")
    labelled(doc, "Area for improvement:",
             "The force should make sure that its plans for the future workforce are based on a good "
             "understanding of the demand it expects.")
    labelled(doc, "Latest position:",
             "Demand modelling is being carried out with the help of the College of Policing.")
    doc.add_paragraph(
        "The full review is available on the Commissioner\u2019s website. Media enquiries: "
        "press office, 01473 000000.", style="List Number")
    doc.save(os.path.join(DOCS, "kq10.docx"))


if __name__ == "__main__":
    kq02()
    kq07()
    kq10()
    print("wrote kq02.docx kq07.docx kq10.docx")
