"""Build lx02.docx, lx05.docx and lx10.docx with python-docx (venv /tmp/lxvenv)."""
import os
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pr.append(shd)


def para(doc, text, bold=False, style=None, num=None):
    p = doc.add_paragraph(style=style)
    if num:
        p.add_run(num + "\t")
        p.paragraph_format.left_indent = Pt(36)
        p.paragraph_format.first_line_indent = Pt(-36)
    r = p.add_run(text)
    r.bold = bold
    return p


def table(doc, rows, widths=None, header_fill="D9E2F3", fills=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = t.cell(i, j)
            c.text = val
            if i == 0:
                for r in c.paragraphs[0].runs:
                    r.bold = True
                shade(c, header_fill)
            if fills and (i, j) in fills:
                shade(c, fills[(i, j)])
    return t


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- lx02: minutes
def lx02():
    doc = Document()
    header_footer(doc, "Gloucestershire Police and Crime Panel", "Minutes subject to their acceptance as a correct record at the next meeting")
    doc.add_heading("GLOUCESTERSHIRE POLICE AND CRIME PANEL", level=1)
    para(doc, "MINUTES of the meeting held on Wednesday 3 November 2021 at 10.00 am in the Council Chamber, Shire Hall, Gloucester.")
    para(doc, "Present: Cllr Colin Hay (Chair), Cllr Steve Robinson (Vice-Chair), Cllr Loraine Patrick, Cllr Brian Tipper, Cllr Karen McKeown, Martin Smith (Independent Member).")
    para(doc, "In attendance: Chris Nelson, Police and Crime Commissioner; Nick Evans, Deputy Police and Crime Commissioner; Chief Constable Rod Hansen; Assistant Chief Constable Craig Kirk; Richard Bradley, Chief Executive, OPCC.")
    doc.add_heading("1. MINUTES OF THE PREVIOUS MEETING", level=2)
    para(doc, "The minutes of the meeting held on 28 September 2021 were agreed as a correct record and signed by the Chair.", num="1.1")
    doc.add_heading("2. DECLARATIONS OF INTEREST", level=2)
    para(doc, "No declarations of interest were received.", num="2.1")
    doc.add_heading("3. HMICFRS INSPECTION REPORT", level=2)
    para(doc, "The Panel welcomed the Chief Constable and Assistant Chief Constable Kirk, who attended alongside the PCC and the Deputy PCC to present the findings of the PEEL 2021/22 inspection of Gloucestershire Constabulary and to answer members’ questions.", num="3.1")
    para(doc, "The PCC said he had expected the report to make uncomfortable reading. He did not want the Constabulary to be in the same position when the inspectorate next returned, and he would be setting out his formal response within the 56 days the law allowed.", num="3.2")
    para(doc, "The Chief Constable told the Panel that he welcomed scrutiny but considered parts of the report harsh. The Constabulary had been one of the pilot forces for the new inspection framework, under which HMICFRS graded forces against a series of questions rather than three pillars, and the Constabulary had been found inadequate in five of them.", num="3.3")
    para(doc, "He explained that the Constabulary had been judged inadequate at responding to the public, at investigating crime and at protecting vulnerable people. It had been assessed as requires improvement for its treatment of the public, while its work on preventing crime and anti-social behaviour was rated good.", num="3.4")
    para(doc, "A member read out the first of the report’s causes of concern:", num="3.5")
    para(doc, "The Constabulary does not have enough trained investigators, and too many investigations are poorly supervised. As a result, victims do not always receive the service they deserve and offenders are not always brought to justice.", style="Quote")
    para(doc, "In reply, ACC Kirk said that an investigation improvement board had been set up in October, that 38 detectives were due to complete training by March 2022 and that each open investigation would now be reviewed by a supervisor every 28 days.", num="3.6")
    para(doc, "Members asked about call handling. The Chief Constable accepted the finding that:", num="3.7")
    para(doc, "The Constabulary should make sure that it answers non-emergency calls promptly and that callers who abandon a call are contacted where there may be a risk to them.", style="Quote")
    para(doc, "He said that the 101 service had been restructured and that abandoned calls were now being reviewed each shift. A member noted that Wiltshire Police had faced similar problems and asked whether the Constabulary had sought advice from it; the Chief Constable confirmed that officers had visited the Wiltshire control room.", num="3.8")
    para(doc, "A member asked whether the cost of the improvement work had been included in the 2022/23 budget. The PCC confirmed that it would be considered in the precept proposal to be presented to the Panel in February 2022.", num="3.9")
    para(doc, "RESOLVED that the Panel notes the report, and that the PCC provides an update on the Constabulary’s progress against the causes of concern at the Panel’s meeting in March 2022.", bold=True, num="3.10")
    doc.add_heading("4. POLICE AND CRIME PLAN HIGHLIGHT REPORT", level=2)
    para(doc, "The Panel noted the highlight report.", num="4.1")
    para(doc, "The meeting closed at 12.35 pm.")
    para(doc, "CHAIR")
    doc.save(os.path.join(DOCS, "lx02.docx"))


# ---------------------------------------------------------------- lx05: board paper
def lx05():
    doc = Document()
    header_footer(doc, "OFFICIAL", "Lancashire Constabulary – Business Coordination Board")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("To:", "Business Coordination Board"), ("From:", "Chief Constable"), ("Date:", "11 May 2017")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.add_heading("HMIC Police Effectiveness, Efficiency and Legitimacy (PEEL) 2016: progress report", level=1)
    doc.add_heading("1. Purpose", level=2)
    para(doc, "This paper gives the Board an overview of progress against the findings of Her Majesty’s Inspectorate of Constabulary (HMIC) from its PEEL 2016 inspections of Lancashire Constabulary.", num="1.1")
    doc.add_heading("2. Recommendations", level=2)
    para(doc, "The Board is recommended to note the contents of this report.", num="2.1")
    para(doc, "The Board is asked to note that the Office of the Police and Crime Commissioner and the Constabulary jointly track progress against each finding.", num="2.2")
    doc.add_heading("3. Background", level=2)
    para(doc, "PEEL is HMIC’s annual assessment of the 43 police forces in England and Wales. Forces are judged as outstanding, good, requires improvement or inadequate for effectiveness, efficiency and legitimacy. Leadership receives a narrative assessment and is not graded.", num="3.1")
    para(doc, "HMIC reports contain observations, areas for improvement and, where it has serious concerns, causes of concern and recommendations.", num="3.2")
    doc.add_heading("4. PEEL 2016 results", level=2)
    para(doc, "Fieldwork for efficiency, legitimacy and leadership took place in May 2016, and the effectiveness fieldwork was completed in September 2016. The 2016 results were:", num="4.1")
    for line in ["Efficiency – ‘Requires improvement’", "Legitimacy – Good", "Leadership – narrative judgment only", "Effectiveness – Good"]:
        doc.add_paragraph(line, style="List Bullet")
    para(doc, "Within efficiency, the Constabulary’s understanding of demand was judged good, but its planning for the future was assessed as requiring improvement. Within legitimacy, every question was graded good.", num="4.2")
    para(doc, "The legitimacy grade is unchanged from 2015, when HMIC also judged the Constabulary to be good. The efficiency grade is a deterioration.", num="4.3")
    doc.add_heading("5. Areas for improvement", level=2)
    para(doc, "HMIC identified nine areas for improvement in 2016. The five that remain open are listed in Table 1 with their owners and current status. The joint firearms unit with Cumbria Constabulary, which HMIC described as an example of good practice, is not covered here.", num="5.1")
    rows = [["No.", "Pillar", "Area for improvement", "Owner", "Update", "Status"],
            ["1", "Efficiency", "The constabulary should develop its understanding of the skills and capabilities of its workforce so that it can plan for the workforce it will need in future.", "ACC Support", "Skills audit of all officers completed in March 2017; staff audit under way.", "Amber"],
            ["2", "Efficiency", "The constabulary should set out clearly how its change programme will deliver the savings it needs beyond 2019/20.", "Director of Resources", "Medium-term financial plan refreshed and presented to the PCC in April 2017.", "Green"],
            ["3", "Legitimacy", "The constabulary should make sure that its vetting of officers and staff complies with national guidance.", "Head of Professional Standards", "", "Red"],
            ["4", "Effectiveness", "The constabulary should improve how it manages registered sex offenders, so that visits take place within the required timescales.", "Head of Public Protection", "Backlog of overdue visits reduced from 112 to 19.", "Amber"],
            ["5", "Effectiveness", "The constabulary should make sure it understands the scale of fraud reported to it and the support that victims of fraud need.", "Head of Crime", "Fraud victim care unit launched February 2017.", "Green"]]
    table(doc, rows, fills={(1, 5): "FFD966", (2, 5): "A9D08E", (3, 5): "F4B183", (4, 5): "FFD966", (5, 5): "A9D08E"})
    para(doc, "Table 1: open areas for improvement, PEEL 2016")
    doc.add_heading("6. Next steps", level=2)
    para(doc, "HMIC’s PEEL 2017 fieldwork is expected in the spring. The Board will receive a further update in August 2017.", num="6.1")
    para(doc, "Contact: Deputy Chief Constable Sunita Gamblin, Lancashire Constabulary Headquarters, Hutton, Preston.")
    doc.save(os.path.join(DOCS, "lx05.docx"))


# ---------------------------------------------------------------- lx10: panel report
def lx10():
    doc = Document()
    header_footer(doc, "Bedfordshire Police and Crime Panel – 28 March 2025", "Item 7 – page")
    para(doc, "BEDFORDSHIRE POLICE AND CRIME PANEL", bold=True)
    para(doc, "Agenda Item 7")
    table(doc, [["Report title:", "HMICFRS PEEL 2023–25: Bedfordshire Police – Commissioner’s response and progress"],
                ["Report of:", "Police and Crime Commissioner for Bedfordshire"],
                ["Date of meeting:", "28 March 2025"],
                ["Contact officer:", "Clare Kelly, Chief Executive, Office of the PCC"]], header_fill="FFFFFF")
    doc.add_heading("1. Purpose of the report", level=2)
    para(doc, "To provide the Panel with the Commissioner’s statutory response, under section 55 of the Police Act 1996, to the HMICFRS PEEL 2023–25 report on Bedfordshire Police, and the force’s action plan.", num="1.1")
    doc.add_heading("2. Recommendation", level=2)
    para(doc, "The Panel is asked to note the report and the action plan at Appendix A.", num="2.1")
    doc.add_heading("3. Background", level=2)
    para(doc, "HM Inspector of Constabulary Michelle Skeer published the inspectorate’s findings on 4 February 2025.", num="3.1")
    para(doc, "The force was graded as follows:", num="3.2")
    table(doc, [["Area", "Grade"],
                ["Police powers and public treatment", "Adequate"],
                ["Preventing crime", "Good"],
                ["Responding to the public", "Requires improvement"],
                ["Investigating crime", "Adequate"],
                ["Protecting vulnerable people", "Adequate"],
                ["Managing offenders", "Good"],
                ["Disrupting serious organised crime", "Outstanding"],
                ["Building, supporting and protecting the workforce", "Adequate"],
                ["Leadership and force management", "Good"]])
    para(doc, "The outstanding grade for disrupting serious organised crime reflects the work of the force’s Organised Crime Unit and its joint arrangements with Hertfordshire Constabulary and Cambridgeshire Constabulary. In 2021/22 the force was graded adequate in responding to the public, so that area has declined.", num="3.3")
    para(doc, "The report contains no causes of concern. It makes six areas for improvement and identifies two examples of innovative practice.", num="3.4")
    doc.add_heading("4. The Commissioner’s response", level=2)
    para(doc, "The Police and Crime Commissioner, John Tizard, has received the Chief Constable’s comments and has published his response on the OPCC website. He will monitor delivery of the action plan at his quarterly accountability meetings with Chief Constable Trevor Rodenhurst.", num="4.1")
    para(doc, "Deputy Chief Constable Sharn Basra leads the force’s PEEL delivery board.", num="4.2")
    doc.add_heading("Appendix A – Action plan", level=2)
    rows = [["Ref", "HMICFRS area for improvement", "Lead", "Force action", "RAG"],
            ["AFI 1", "The force should reduce the time it takes to answer 101 calls, and should make sure that callers who hang up are called back when there is a risk of harm.", "Supt, Force Contact", "Extra call handlers in post from April 2025; call-back process introduced.", "Amber"],
            ["AFI 2", "The force should make sure that it attends incidents within the times it has set, and that it tells callers when attendance will be delayed.", "Supt, Response", "Attendance performance reported weekly to the DCC.", "Amber"],
            ["AFI 3", "The force should make sure that the reasonable grounds for stop and search are always recorded, and that supervisors review the records.", "ACC Local Policing", "Not started – scheduled for Q2 2025/26.", "Red"],
            ["AFI 4", "The force should make sure that all investigations have a documented investigation plan that supervisors review at regular intervals.", "Head of Crime", "Investigation plan template made mandatory in Niche.", "Green"]]
    table(doc, rows, fills={(1, 4): "FFD966", (2, 4): "FFD966", (3, 4): "F4B183", (4, 4): "A9D08E"})
    para(doc, "AFIs 5 and 6 (workforce wellbeing and vetting) are reported through the force’s People Board and are summarised in the Commissioner’s published response.")
    doc.save(os.path.join(DOCS, "lx10.docx"))


if __name__ == "__main__":
    lx02(); lx05(); lx10()
    print("built lx02.docx lx05.docx lx10.docx")
