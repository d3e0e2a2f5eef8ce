"""kc05.docx: Chief Constable's Annual Report 2024/25, Cambridgeshire (python-docx)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docxhelp import set_cell, header_row, page_number_footer, shade

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "kc05.docx")
doc = Document()
doc.styles["Normal"].font.name = "Calibri"
doc.styles["Normal"].font.size = Pt(11)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Cambridgeshire Constabulary – Chief Constable's Annual Report 2024/25"
page_number_footer(sec, "Page ")


def table(head, rows, fill="0B3C5D"):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    header_row(t, head, fill)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    return t


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


doc.add_heading("Chief Constable's Annual Report 2024/25", 0)
doc.add_paragraph("Cambridgeshire Constabulary – Keeping Cambridgeshire and Peterborough safe")

doc.add_heading("Foreword", 1)
doc.add_paragraph(
    "This is my second annual report as Chief Constable, and it covers a year in which demand "
    "on the Constabulary rose again. We took more 999 calls than in any previous year, and the "
    "number of reports of online fraud and child sexual abuse material continued to climb. At the "
    "same time our officers and staff achieved some of the best results we have recorded: more "
    "charges, faster answer times and fewer repeat victims of domestic abuse.")
doc.add_paragraph(
    "I am grateful to the Police and Crime Commissioner, Imogen Farrant-Lowe, for her support and "
    "challenge, and to our partners in the county, city and district councils. Above all I want to "
    "thank every officer, member of staff, special constable and volunteer for what they have done "
    "this year.")
p = doc.add_paragraph()
p.add_run("Nathaniel Cresswell").bold = True
p.add_run("\nChief Constable")

doc.add_heading("Our year in numbers", 1)
table(["Measure", "2023/24", "2024/25", "Change"], [
    ["999 calls received", "146,902", "158,377", "+7.8%"],
    ["999 calls answered within 10 seconds", "86.4%", "91.2%", "+4.8 pts"],
    ["101 calls received (phone and online)", "231,540", "224,118", "−3.2%"],
    ["Average 101 answer time", "5 min 40 s", "3 min 05 s", "−2 min 35 s"],
    ["Crimes recorded", "67,811", "66,090", "−2.5%"],
    ["Charge/summons outcomes", "6,120", "7,048", "+15.2%"],
    ["Arrests", "9,806", "10,441", "+6.5%"],
    ["Repeat victims of domestic abuse (12 months)", "31.4%", "28.9%", "−2.5 pts"],
])
doc.add_paragraph(
    "Source: force performance data, extracted 15 April 2025. Crime figures are provisional and "
    "may change as crimes are reclassified.")

doc.add_heading("Our people", 1)
doc.add_paragraph(
    "On 31 March 2025 the Constabulary employed 1,736 police officers, 1,284 police staff and "
    "128 police community support officers, and was supported by 146 special constables and 210 "
    "volunteers. We recruited 192 new officers, 41% of them through the degree-holder entry "
    "route. Officer sickness averaged 9.1 days a year, and the proportion of officers from an "
    "ethnic minority background rose to 5.6%.")
doc.add_paragraph(
    "The staff survey had a response rate of 58%; 71% said they were proud to work for the "
    "Constabulary, and 63% said they had confidence in the decisions of the chief officer team.")

doc.add_heading("Highlights of the year", 1)
for t in [
    "Operation Lantern, led by Assistant Chief Constable Fiona Maitland, closed 11 county lines "
    "into Peterborough and safeguarded 37 children.",
    "The rural crime action team recovered £1.3m of stolen plant and farm machinery.",
    "The new Parkside custody suite passed its first full year with no deaths or serious "
    "incidents in custody.",
    "Our neighbourhood teams held 1,900 community surgeries and answered 4,600 Cambs Alert "
    "messages.",
]:
    doc.add_paragraph(t, style="List Bullet")

pagebreak()
doc.add_heading("How we were inspected", 1)
doc.add_paragraph(
    "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) inspects "
    "every police force in England and Wales. Its PEEL inspection looks at how effective, "
    "efficient and legitimate a force is, and grades each area on a five-point scale: "
    "outstanding, good, adequate, requires improvement and inadequate.")
doc.add_paragraph(
    "Our PEEL 2023–25 report was published in October 2024. The grades we received are set out "
    "below.")
t = table(["Area of policing", "PEEL 2023–25 grade"], [
    ["Police powers and public treatment", "Adequate"],
    ["Preventing crime", "Good"],
    ["Responding to the public", "Good"],
    ["Investigating crime", "Adequate"],
    ["Protecting vulnerable people", "Good"],
    ["Managing offenders", "Good"],
    ["Building, supporting and protecting the workforce", "Adequate"],
    ["Leadership and force management", "Good"],
], fill="4A6E2A")
for row in t.rows[1:]:
    g = row.cells[1].text
    shade(row.cells[1], {"Good": "C6E0B4", "Adequate": "FFE699"}[g])
doc.add_paragraph(
    "The improvement I am proudest of is in responding to the public. In our previous inspection, "
    "in 2021/22, that area was graded requires improvement, and HMICFRS now judges it good. "
    "Investigating crime received the same grade as in 2021/22, and it is the area where we "
    "still have the most to do. The report made seven areas for improvement and no "
    "recommendations, and the Commissioner publishes our progress on each of them.")
doc.add_paragraph(
    "During the year we were also inspected by other bodies. HMICFRS and HM Inspectorate of "
    "Prisons inspected our custody suites in June 2024, the Independent Office for Police Conduct "
    "reviewed our handling of complaints, and the National Crime Agency assessed our management of "
    "undercover operations. Cambridgeshire Fire and Rescue Service, which is inspected separately, "
    "was graded good for its response to fires and other emergencies.")

doc.add_heading("Our finances", 1)
doc.add_paragraph(
    "The Commissioner set a net revenue budget of £191.4m for 2024/25. We spent £190.8m, and the "
    "underspend of £0.6m has been set aside for the replacement of the records management system "
    "shared with Bedfordshire Police and Hertfordshire Constabulary through the tri-force "
    "collaboration.")
table(["Spending area", "£m", "% of total"], [
    ["Officer pay and allowances", "111.2", "58.3%"],
    ["Staff and PCSO pay", "49.6", "26.0%"],
    ["Premises", "8.1", "4.2%"],
    ["Transport", "5.0", "2.6%"],
    ["Supplies, services and IT", "16.9", "8.9%"],
])

doc.add_heading("Looking ahead to 2025/26", 1)
doc.add_paragraph(
    "Our priorities for the coming year are to reduce the time victims wait for an officer to "
    "attend, to improve the quality of our investigations, and to roll out body-worn video to "
    "every front-line member of staff. We will publish our next annual report in summer 2026.")
doc.save(OUT)
print("wrote", OUT)
