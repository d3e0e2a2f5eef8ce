"""Write docs/lf02.docx, docs/lf07.docx and docs/lf10.docx with python-docx.
    /tmp/c61venv/bin/python src/make_docx.py
"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pr.append(shd)


def put(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold


def table(doc, rows, header=True, style="Table Grid", fills=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            put(t.cell(i, j), v, bold=header and i == 0)
            if header and i == 0:
                shade(t.cell(i, j), "D9D9D9")
    return t


def labelled(doc, label, text, style=None):
    p = doc.add_paragraph(style=style)
    p.add_run(label).bold = True
    p.add_run(" " + text)
    return p


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- lf02 MOPAC Oversight Board
def lf02():
    d = Document()
    header_footer(d, "OFFICIAL", "MOPAC Oversight Board – Paper OB/25/14 – Page footer")
    d.add_paragraph("MAYOR OF LONDON OFFICE FOR POLICING AND CRIME").runs[0].bold = True
    d.add_heading("MOPAC Oversight Board", level=1)
    table(d, [
        ["Meeting date", "22 May 2025"],
        ["Paper number", "OB/25/14"],
        ["Title", "HMICFRS PEEL 2023–25: Metropolitan Police Service – progress against the cause of concern, recommendations and areas for improvement"],
        ["Sponsor", "Director of Oversight and Performance, MOPAC"],
        ["Classification", "OFFICIAL – for publication"],
    ], header=False)
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph(
        "This paper updates the Board on the Metropolitan Police Service’s response to His Majesty’s "
        "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) PEEL 2023–25 report, published "
        "on 12 December 2024, and sets out how MOPAC will oversee delivery. The Board is chaired by the "
        "Deputy Mayor for Policing and Crime, Marcus Oduya, who exercises the Mayor’s police and crime "
        "commissioner functions by delegation.")
    d.add_heading("2. Background", level=2)
    d.add_paragraph(
        "HMICFRS’s report on the Met was led by Ashok Tremlett, His Majesty’s Inspector of Constabulary. "
        "It found that the force had made progress since the Engage phase began in 2022, but that "
        "performance was still not good enough in most areas. The Commissioner of Police of the Metropolis, "
        "Robert Kinsella, accepted the findings in full, and Deputy Commissioner Priya Chandrasekar leads "
        "the MPS improvement programme, “A New Met for London: Delivery Plan 2”.")
    d.add_paragraph("Table 1 sets out the grades. The MOPAC assurance column is MOPAC’s own view of the "
                    "evidence it has seen and is not a grade given by HMICFRS.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Area of policing", "HMICFRS grade", "MOPAC assurance"]):
        put(t.cell(0, j), h, True); shade(t.cell(0, j), "D9D9D9")
    rows = [
        ("Police powers and public treatment", "Requires improvement", "Limited"),
        ("Preventing crime", "Adequate", "Reasonable"),
        ("Responding to the public", "Requires improvement", "Limited"),
        ("Investigating crime", "Requires improvement", "Limited"),
        ("Protecting vulnerable people", "Inadequate", "Limited"),
        ("Managing offenders and suspects", "Adequate", "Reasonable"),
        ("Building, supporting and protecting the workforce", "Requires improvement", "Reasonable"),
        ("Leadership and force management", "Requires improvement", "Reasonable"),
        ("Crime data integrity", "Adequate", "Substantial"),
    ]
    fills = {"Adequate": "FFF2CC", "Requires improvement": "FBE0CF", "Inadequate": "F4B6B6"}
    for a, g, m in rows:
        c = t.add_row().cells
        put(c[0], a); put(c[1], g); put(c[2], m)
        shade(c[1], fills[g])
    c = t.add_row().cells
    m = c[0].merge(c[2])
    put(m, "Providing a service to victims of crime: not graded by HMICFRS in PEEL 2023–25.")
    d.add_paragraph("Assurance key: Substantial – Reasonable – Limited – None.").runs[0].italic = True

    d.add_heading("3. Cause of concern", level=2)
    d.add_paragraph("HMICFRS identified one cause of concern, in protecting vulnerable people:")
    d.add_paragraph(
        "The Metropolitan Police Service does not consistently identify and safeguard vulnerable people, "
        "including children at risk of exploitation, at the first point of contact.", style="Intense Quote")
    d.add_paragraph("The inspectorate made two recommendations to address it.")
    d.add_heading("Recommendation 1", level=3)
    d.add_paragraph(
        "Within six months, the force should make sure that frontline officers and call handlers use a "
        "structured risk assessment to identify vulnerability at every incident involving a child.",
        style="Quote")
    labelled(d, "MPS update:", "The THRIVE+ risk tool has been rebuilt into the command and control system "
             "and was mandatory in all Met Contact Centre calls from 3 March 2025. Dip sampling in April found "
             "it completed in 91% of incidents involving a child.")
    labelled(d, "MOPAC oversight:", "MOPAC will audit a sample of 200 incidents in July 2025.")
    d.add_heading("Recommendation 2", level=3)
    d.add_paragraph(
        "Within six months, the force should make sure that referrals to partner safeguarding agencies are "
        "made promptly and are reviewed by a supervisor.", style="Quote")
    labelled(d, "MPS update:", "Not yet provided – due to the Board in September 2025.")
    labelled(d, "MOPAC oversight:", "The Deputy Mayor has written to the Commissioner asking for a date.")

    d.add_heading("4. Areas for improvement", level=2)
    d.add_paragraph("The report sets out 14 areas for improvement. The four below are those MOPAC has "
                    "prioritised for this Board; the remainder are tracked by the Performance Sub-Group.")
    t = table(d, [["Area", "Area for improvement", "MPS update"],
        ["Investigating crime",
         "The force should make sure that victims are updated on the progress of their investigation in "
         "line with the Code of Practice for Victims of Crime.",
         "Automated text updates to victims launched in two Basic Command Units; roll-out across London by "
         "October 2025."],
        ["Police powers and public treatment",
         "The force should improve how it records the reason for each stop and search, and make sure "
         "supervisors review the grounds recorded.",
         "Supervisors now review 100% of searches in which no item is found. Community monitoring groups "
         "see a sample each month."],
        ["Building, supporting and protecting the workforce",
         "The force should make sure it has enough trained detectives to meet the demand of its "
         "investigations.",
         "–"],
        ["Leadership and force management",
         "The force should improve its understanding of the demand it faces in local policing, so it can "
         "allocate resources where they are most needed.",
         "A demand model for neighbourhood policing was completed in March 2025 and informs the 2025/26 "
         "budget."],
    ])
    d.add_heading("5. Other matters", level=2)
    d.add_paragraph("HMICFRS noted good practice in the Met’s work with the City of London Police on "
                    "fraud reporting. Assistant Commissioner Dele Ajayi has been asked to brief the Board on "
                    "this in the autumn. The Board should note that the next PEEL inspection of the Met is "
                    "expected to begin in 2026.")
    d.add_heading("6. Recommendation", level=2)
    d.add_paragraph("The Board is asked to note the MPS’s progress and agree the oversight arrangements in "
                    "sections 3 and 4.")
    d.save(os.path.join(DOCS, "lf02.docx"))


# ---------------------------------------------------------------- lf07 Northants PFCC s55
def lf07():
    d = Document()
    header_footer(d, "Office of the Northamptonshire Police, Fire and Crime Commissioner",
                  "OPFCC Northamptonshire – section 55 response")
    d.add_heading("Response to HMICFRS: PEEL 2023–25 inspection of Northamptonshire Police", level=1)
    d.add_paragraph("Section 55, Police Act 1996 – response of the Police, Fire and Crime Commissioner")
    d.add_paragraph("Published: 14 March 2025")
    d.add_heading("Introduction", level=2)
    d.add_paragraph(
        "As Police, Fire and Crime Commissioner, Martin Hollowell welcomes the report of His Majesty’s "
        "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) on Northamptonshire Police, "
        "published on 23 January 2025. I have discussed the report with Chief Constable Ruth Danvers and I "
        "have asked her to provide the update given under each heading below.")
    d.add_paragraph(
        "The inspectorate has given the force one cause of concern, one recommendation and seven areas "
        "for improvement. Three of the areas for improvement relate to custody and are being handled "
        "through the regional custody board; they are not reproduced here.")
    d.add_heading("Grades", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for j, h in enumerate(["Area", "2023–25 grade", "2021/22 grade"]):
        put(t.cell(0, j), h, True)
    rows = [
        ("Police powers and public treatment", "Adequate", "Good"),
        ("Preventing crime", "Adequate", "Adequate"),
        ("Responding to the public", "Requires improvement", "Requires improvement"),
        ("Investigating crime", "Requires improvement", "Adequate"),
        ("Protecting vulnerable people", "Adequate", "Adequate"),
        ("Managing offenders and suspects", "Good", "Good"),
        ("Building, supporting and protecting the workforce", "Adequate", "Adequate"),
        ("Leadership and force management", "Adequate", "Not graded"),
        ("Crime data integrity", "Good", "–"),
    ]
    for r in rows:
        c = t.add_row().cells
        for j, v in enumerate(r):
            put(c[j], v)
    d.add_paragraph(
        "Northamptonshire Fire and Rescue Service, for which I am also responsible, was inspected in "
        "2023 and judged good at responding to fires and other emergencies; my response to that report "
        "was published separately.")
    d.add_heading("Cause of concern: responding to the public", level=2)
    d.add_paragraph(
        "Northamptonshire Police isn’t responding to calls for service in a timely manner, and it doesn’t "
        "adequately assess the risk and vulnerability of callers.", style="Quote")
    d.add_paragraph("Recommendation", style="Heading 3")
    d.add_paragraph(
        "Within three months, the force should make sure that it has enough call handlers on duty to "
        "answer emergency and non-emergency calls within national standards.", style="Quote")
    labelled(d, "Force response:", "Twenty-two additional call handlers have been recruited and the "
             "last cohort completes training in April 2025. 999 calls answered within ten seconds rose to "
             "88% in February.")
    labelled(d, "Commissioner’s comment:", "I will scrutinise call-handling performance monthly at my "
             "Accountability Board until the cause of concern is discharged.")
    d.add_heading("Investigating crime", level=2)
    d.add_paragraph("Area for improvement 1").runs[0].bold = True
    d.add_paragraph(
        "The force should make sure that investigation plans are recorded and followed, and that "
        "supervisors oversee them effectively.", style="Quote")
    labelled(d, "Force response:", "Deputy Chief Constable Simon Arkell chairs a monthly investigation "
             "standards board; plans are now recorded on Niche for 84% of crimes.")
    d.add_paragraph("Area for improvement 2").runs[0].bold = True
    d.add_paragraph(
        "The force should improve how it uses outcome 16 and make sure that the reasons victims withdraw "
        "support are recorded.", style="Quote")
    labelled(d, "Force response:", "A mandatory field for the victim’s reasons was added in December 2024.")
    d.add_heading("Protecting vulnerable people", level=2)
    d.add_paragraph("Area for improvement 3").runs[0].bold = True
    d.add_paragraph(
        "The force should make sure that it uses all the protective orders available to safeguard "
        "victims of domestic abuse.", style="Quote")
    labelled(d, "Commissioner’s comment:", "The force has not yet given me an update on this area; I "
             "have asked for one by June 2025.")
    d.add_heading("Leadership and force management", level=2)
    d.add_paragraph("Area for improvement 4").runs[0].bold = True
    d.add_paragraph(
        "The force should make sure that it has a clear plan for its future workforce and estate.",
        style="Quote")
    labelled(d, "Force response:", "A joint estates strategy with the fire service will be agreed in the "
             "2025/26 financial year.")
    d.add_heading("Conclusion", level=2)
    d.add_paragraph(
        "The report also recognised good practice in the force’s Integrated Offender Management team. I "
        "am confident in the Chief Constable’s plan, and I will publish a further update in September 2025.")
    d.add_paragraph("Martin Hollowell")
    d.add_paragraph("Police, Fire and Crime Commissioner for Northamptonshire")
    d.save(os.path.join(DOCS, "lf07.docx"))


# ---------------------------------------------------------------- lf10 WY panel minutes
def lf10():
    d = Document()
    header_footer(d, "West Yorkshire Police and Crime Panel", "Minutes – subject to approval at the next meeting")
    d.add_heading("WEST YORKSHIRE POLICE AND CRIME PANEL", level=1)
    d.add_paragraph("MINUTES of the meeting held on Friday 11 July 2025 at Wakefield One, Burton Street, "
                    "Wakefield")
    d.add_paragraph("Present:").runs[0].bold = True
    table(d, [
        ["Councillor Sandra Ibbotson (Chair)", "Calderdale Council"],
        ["Councillor Mohammed Rafiq", "Bradford Council"],
        ["Councillor Eileen Thwaite", "Kirklees Council"],
        ["Mr David Oakes", "Independent co-opted member"],
    ], header=False)
    d.add_paragraph("In attendance:").runs[0].bold = True
    table(d, [
        ["Alison Lowther", "Deputy Mayor for Policing and Crime"],
        ["Joanne Batley", "Chief Constable, West Yorkshire Police"],
        ["Tom Haigh", "Chief Executive, Policing and Crime, West Yorkshire Combined Authority"],
    ], header=False)
    d.add_heading("14. Apologies for absence", level=2)
    d.add_paragraph("Apologies were received from Councillor Peter Lumb (Leeds City Council).")
    d.add_heading("15. Minutes of the previous meeting", level=2)
    d.add_paragraph("RESOLVED – That the minutes of the meeting held on 4 April 2025 be approved as a correct record.")
    d.add_heading("16. HMICFRS PEEL inspection 2023–25: West Yorkshire Police", level=2)
    d.add_paragraph(
        "The Deputy Mayor introduced the report, which summarised HMICFRS’s findings published in May 2025 "
        "and the Mayor’s section 55 response. She reminded members that the Panel scrutinises the Mayor "
        "in her role as police and crime commissioner and does not scrutinise the force directly.")
    d.add_paragraph(
        "The Chief Constable, Joanne Batley, reported that West Yorkshire Police had been graded good in "
        "five areas: police powers and public treatment; preventing crime; responding to the public; "
        "building, supporting and protecting the workforce; and crime data integrity. It was graded "
        "adequate for protecting vulnerable people, for managing offenders and suspects and for leadership "
        "and force management, and requires improvement for investigating crime.")
    d.add_paragraph("Members raised the following points:")
    for s in [
        "how the force would reduce the number of open investigations held by each detective;",
        "whether the 2023–25 grades could be compared with those of neighbouring forces such as North "
        "Yorkshire Police;",
        "the effect of the 2025/26 precept on officer numbers, and whether an adequate supply of "
        "trained investigators could be secured.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph(
        "In response, the Chief Constable said that the five areas for improvement were owned by Deputy "
        "Chief Constable Nadeem Qureshi, and that progress on the two relating to investigations was "
        "set out in Appendix 2 to the report, reproduced below.")
    table(d, [
        ["Ref", "Area for improvement", "Progress (force)"],
        ["AFI 1", "The force should make sure that investigations are allocated to investigators with the "
                  "right skills and are completed without unnecessary delay.",
         "Investigation allocation policy revised March 2025; average open investigations per detective "
         "down from 19 to 15."],
        ["AFI 2", "The force should make sure that it records the reason when a victim withdraws support "
                  "for an investigation, and that it considers evidence-led prosecutions.",
         "Training delivered to 1,140 officers; audit due October 2025."],
    ])
    d.add_paragraph("RESOLVED –")
    d.add_paragraph("(i) That the report be noted.")
    d.add_paragraph("(ii) That the Deputy Mayor provide the Panel with a progress report on all five areas "
                    "for improvement at its meeting in January 2026.")
    d.add_paragraph("(iii) That the Panel write to the Mayor welcoming the good grades and seeking "
                    "assurance on investigation standards.")
    d.add_heading("17. Police and Crime Plan 2024–28: performance report", level=2)
    d.add_paragraph("RESOLVED – That the performance report for quarter 4 of 2024/25 be noted.")
    d.add_paragraph("Chair")
    d.save(os.path.join(DOCS, "lf10.docx"))


if __name__ == "__main__":
    os.makedirs(DOCS, exist_ok=True)
    lf02(); lf07(); lf10()
    print("wrote lf02.docx lf07.docx lf10.docx")
