"""Write docs/mi01.docx, mi04.docx and mi07.docx (python-docx).
    /tmp/mivenv/bin/python src/make_docx.py
"""
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def table(doc, rows, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            run.bold = header and i == 0
    return t


def para(doc, text, bold_label=None, italic=False, style=None):
    p = doc.add_paragraph(style=style)
    if bold_label:
        p.add_run(bold_label).bold = True
        p.add_run(" ")
    r = p.add_run(text)
    r.italic = italic
    return p


def footer(doc, text):
    doc.sections[0].footer.paragraphs[0].text = text


def mi01():
    d = Document()
    footer(d, "OFFICIAL - Durham Police and Crime Panel - 1 September 2022")
    d.add_heading("Durham Police and Crime Panel", 1)
    para(d, "1 September 2022")
    d.add_heading("HMICFRS Inspection Reports", 2)
    para(d, "Report of Joy Allen, Police, Crime and Victims' Commissioner")
    table(d, [["Report author", "Alan Hebden, Head of Policy and Scrutiny, OPCVC"],
              ["Purpose", "To inform the Panel of the findings of HMICFRS's PEEL assessment of Durham Constabulary and of the Commissioner's response."],
              ["Recommendation", "That the Panel notes the report."],
              ["Key decision", "No"]], header=False)
    d.add_heading("1. Purpose of the report", 3)
    para(d, "1.1 This report informs the Panel of the findings of the PEEL inspection of Durham Constabulary published on 4 August 2022, upon which the Commissioner is required to comment under section 55 of the Police Act 1996.")
    d.add_heading("2. Recommendation", 3)
    para(d, "2.1 That the Panel notes the content of the inspection report and the Commissioner's response.")
    d.add_heading("3. Background", 3)
    para(d, "3.1 Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) assesses each force in England and Wales. Since 2021 most areas have been graded as outstanding, good, adequate, requires improvement or inadequate.")
    para(d, "3.2 Inspection activity was paused during the first COVID-19 emergency and resumed in October 2020. This is the Constabulary's first PEEL report since 2019.")
    d.add_heading("4. PEEL 2021/22: findings", 3)
    para(d, "4.1 The Constabulary was graded outstanding at preventing crime and anti-social behaviour. It was graded good in five areas: treatment of the public, investigating crime, protecting vulnerable people, managing offenders and suspects, and good use of resources.")
    para(d, "4.2 Responding to the public and developing a positive workplace were both graded adequate. Recording data about crime was not inspected on this occasion and the service given to victims was not graded. The full list is at Appendix A.")
    para(d, "4.3 In her summary, Her Majesty's Inspector of Constabulary Marian Thistlewood described the Constabulary's problem-solving approach with communities as among the best she had seen, and highlighted its Checkpoint diversion scheme as good practice.")
    para(d, "4.4 The report contains no causes of concern. Inspectors identified six areas for improvement. The Commissioner draws three of them to the Panel's attention; they are set out with the Constabulary's update at Appendix B.")
    para(d, "4.5 Chief Constable Jo Farrell has accepted the findings in full. Progress will be reported to the Commissioner's Strategic Oversight Board each quarter.")
    d.add_heading("5. Other inspections", 3)
    para(d, "5.1 The joint firearms unit operated with Cleveland Police and North Yorkshire Police was examined as part of a national thematic inspection. That report made no force-specific recommendations.")
    d.add_heading("6. Financial implications", 3)
    para(d, "6.1 There are no additional financial implications. Improvements to the control room are funded within the 2022/23 budget.")
    d.add_heading("Appendix A - PEEL 2021/22 grades", 3)
    table(d, [["Area", "Grade"],
              ["Providing a service to victims of crime", "Not graded"],
              ["Treatment of the public", "Good"],
              ["Preventing crime and anti-social behaviour", "Outstanding"],
              ["Responding to the public", "Adequate"],
              ["Investigating crime", "Good"],
              ["Protecting vulnerable people", "Good"],
              ["Managing offenders and suspects", "Good"],
              ["Developing a positive workplace", "Adequate"],
              ["Good use of resources", "Good"],
              ["Recording data about crime", "Not inspected"]])
    d.add_heading("Appendix B - Selected areas for improvement", 3)
    table(d, [["No.", "Area for improvement", "Constabulary update"],
              ["1", "The force should reduce the time it takes to answer non-emergency calls, and make sure that callers who abandon a call are contacted where necessary.", "A call-back facility went live in June 2022. The average answer time for 101 calls has fallen from 4 minutes 10 seconds to 2 minutes 35 seconds."],
              ["2", "The force should make sure that officers record the voice of the child when attending incidents of domestic abuse.", "A mandatory field has been added to the domestic abuse risk form, and compliance is audited monthly."],
              ["3", "The force should understand why officers and staff from ethnic minority backgrounds leave the organisation, and act on what it finds.", "To be reported to the Panel in December 2022."]])
    para(d, "Contact: Alan Hebden, OPCVC")
    d.save(os.path.join(DOCS, "mi01.docx"))


def mi04():
    d = Document()
    footer(d, "North Yorkshire Police, Fire and Crime Panel - Item 5")
    d.add_heading("North Yorkshire Police, Fire and Crime Panel", 1)
    para(d, "19 September 2024 - Item 5")
    d.add_heading("Report of the Police, Fire and Crime Commissioner: Quarterly Update", 2)
    para(d, "Zoë Metcalfe, Police, Fire and Crime Commissioner for North Yorkshire", bold_label="From:")
    para(d, "To update the Panel on the Commissioner's activity since June 2024, including finance, complaints and inspection findings for North Yorkshire Police and North Yorkshire Fire and Rescue Service.", bold_label="Purpose:")
    d.add_heading("1. Recommendations", 3)
    para(d, "1.1 Members are asked to note the report and to comment on the inspection findings in section 4.")
    d.add_heading("2. Finance", 3)
    para(d, "2.1 The police revenue budget for 2024/25 is £214.6m. At the end of July the forecast underspend was £0.9m. The fire and rescue budget remains on target.")
    d.add_heading("3. Complaints", 3)
    para(d, "3.1 The Commissioner's office received 41 complaint reviews in the quarter, of which 6 were upheld. No complaints about the Commissioner herself were received.")
    d.add_heading("4. Inspection findings", 3)
    para(d, "4.1 His Majesty's Inspectorate of Constabulary and Fire & Rescue Services published its PEEL 2023–25 report on North Yorkshire Police on 2 August 2024. His Majesty's Inspector of Constabulary, Leonora Haigh, wrote that the force had improved its handling of calls since its last inspection but still had work to do on investigations.")
    para(d, "4.2 The grades, with those from the 2021/22 inspection for comparison, are:")
    table(d, [["Area", "2023–25", "2021/22"],
              ["Police powers and public treatment", "Good", "Adequate"],
              ["Preventing crime", "Good", "Good"],
              ["Responding to the public", "Adequate", "Requires improvement"],
              ["Investigating crime", "Requires improvement", "Requires improvement"],
              ["Protecting vulnerable people", "Adequate", "Adequate"],
              ["Managing offenders and suspects", "Good", "Good"],
              ["Building, supporting and protecting the workforce", "Adequate", "Not comparable"],
              ["Leadership and force management", "Adequate", "Not comparable"]])
    para(d, "4.3 There were no causes of concern. HMICFRS identified five areas for improvement. The two the Commissioner will monitor most closely are below, with the force's progress.")
    para(d, "The force should make sure that investigations are allocated to staff with the right skills, and that supervisors review them regularly.", bold_label="AFI 1:", italic=False)
    para(d, "A new allocation policy was introduced in August 2024. Deputy Chief Constable Rachel Dunmore chairs the investigation standards board.", bold_label="Force progress:")
    para(d, "The force should improve how it shares information with partner agencies when children are at risk of criminal exploitation.", bold_label="AFI 4:")
    para(d, "Awaiting the force's response; it will be reported at the next meeting.", bold_label="Force progress:")
    para(d, "4.4 Chief Constable Tim Forber has written to the Commissioner accepting all five areas for improvement.")
    para(d, "4.5 North Yorkshire Fire and Rescue Service was inspected by HMICFRS in its third round. It was graded requires improvement at understanding the risk of fire and other emergencies, adequate at responding to fires and other emergencies, and good at promoting the right values and culture. The Chief Fire Officer will present the fire service's improvement plan in December.")
    d.add_heading("5. Police and Crime Plan delivery", 3)
    para(d, "5.1 Delivery against the Police, Fire and Crime Plan 2022–25 is reported in the attached performance summary. Rural crime and road safety remain the areas of greatest public concern in the Commissioner's surveys.")
    d.save(os.path.join(DOCS, "mi04.docx"))


def mi07():
    d = Document()
    footer(d, "Avon and Somerset Police and Crime Panel - 27 June 2023")
    d.add_heading("AVON AND SOMERSET POLICE AND CRIME PANEL", 1)
    para(d, "27 June 2023")
    d.add_heading("COMMISSIONER'S UPDATE REPORT", 2)
    para(d, "1. This report provides the Panel with an update on the work of the Police and Crime Commissioner, Mark Shelford, since the last meeting in March, covering performance, the HMICFRS inspection programme, complaints and estates.")
    para(d, "2. The Panel is asked to note the report.", bold_label="RECOMMENDATION")
    d.add_heading("PERFORMANCE", 3)
    para(d, "3. Recorded crime fell by 4% in the year to March 2023. The number of officers reached 3,393 against an uplift target of 3,356.")
    d.add_heading("HMICFRS INSPECTIONS", 3)
    para(d, "4. PEEL. The Panel will recall that in its PEEL 2021/22 report Avon and Somerset Constabulary was graded outstanding at preventing crime and anti-social behaviour. The following grades were also given:")
    table(d, [["Graded area", "Grade"],
              ["Treatment of the public", "Good"],
              ["Responding to the public", "Requires improvement"],
              ["Investigating crime", "Requires improvement"],
              ["Protecting vulnerable people", "Adequate"],
              ["Managing offenders and suspects", "Good"],
              ["Developing a positive workplace", "Adequate"],
              ["Good use of resources", "Good"]])
    para(d, "5. The Commissioner's Performance and Accountability Board has continued to review the areas for improvement. Two remain open:")
    para(d, "The constabulary should make sure it answers emergency and non-emergency calls within national standards, and that it assesses the risk to callers who wait.", style="List Bullet")
    para(d, "Update: the constabulary has recruited 40 additional call handlers; 999 answer times met the national standard in April and May 2023.", italic=True)
    para(d, "The constabulary should improve the quality of its investigations of rape and serious sexual offences, so that more victims see an offender brought to justice.", style="List Bullet")
    para(d, "Update: Operation Bluestone has been adopted nationally as Operation Soteria; the charge rate for adult rape has risen from 3% to 8%.", italic=True)
    para(d, "6. The next PEEL inspection of the constabulary under the 2023–25 programme is expected in early 2024. Fieldwork dates have not yet been confirmed.")
    para(d, "7. Vetting thematic. The constabulary has responded to the national recommendations in HMICFRS's report on vetting, misconduct and misogyny. Chief Constable Sarah Crew has reported that every officer's vetting has been re-checked against the Police National Database.")
    para(d, "8. Regional collaboration. Gloucestershire Constabulary remains in the enhanced monitoring phase. The Commissioner continues to support the regional organised crime unit it shares with Avon and Somerset, Devon and Cornwall Police, Dorset Police and Wiltshire Police.")
    d.add_heading("COMPLAINTS", 3)
    para(d, "9. The Office of the Police and Crime Commissioner completed 212 complaint reviews in 2022/23; 19% were upheld. The Independent Office for Police Conduct audited the process in March and made no recommendations.")
    d.add_heading("ESTATES", 3)
    para(d, "10. The new Bridgwater police centre is due to open in autumn 2023.")
    d.save(os.path.join(DOCS, "mi07.docx"))


if __name__ == "__main__":
    mi01(); mi04(); mi07()
    print("wrote mi01.docx mi04.docx mi07.docx")
