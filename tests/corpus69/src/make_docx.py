"""Build ln03.docx, ln05.docx and ln10.docx: HMICFRS PEEL web chapters pasted into Word
by analysts. python-docx in a throwaway venv:  /tmp/c69venv/bin/python src/make_docx.py"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def gradebox(doc, label, grade, fill):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    p = c.paragraphs[0]
    r = p.add_run(label)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p2 = c.add_paragraph()
    r2 = p2.add_run(grade)
    r2.bold = True
    r2.font.size = Pt(16)
    r2.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return t


def boxed(doc, heading, paras, fill="E8F3EC"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, fill)
    c.paragraphs[0].add_run(heading).bold = True
    for p in paras:
        c.add_paragraph(p)


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.footer.paragraphs[0].text = foot


def table(doc, rows, style="Light Grid Accent 1"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    return t


# ---------------------------------------------------------------- ln03
def ln03():
    d = Document()
    header_footer(d, "OFFICIAL", "Force Performance Board – 12 March 2025 – Item 6b – page ")
    n = d.add_paragraph()
    n.add_run("Analyst’s note: ").bold = True
    n.add_run("the text below was copied from the HMICFRS website on 3 March 2025 "
              "(Investigating crime chapter of the force’s PEEL 2023–25 report) for discussion at the "
              "Force Performance Board. Formatting has been simplified; headings, links and the grade box "
              "are as they appeared on the web page. Prepared by the Performance and Insight team.")
    d.add_paragraph("Skip to main content")
    d.add_paragraph("Home › Publications › PEEL 2023–25: An inspection of Devon and Cornwall Police › Investigating crime")
    d.add_heading("PEEL 2023–25: An inspection of Devon and Cornwall Police", level=1)
    d.add_heading("Investigating crime", level=2)
    d.add_paragraph("Published 14 November 2024")
    gradebox(d, "GRADE", "Requires improvement", "D4531C")
    d.add_paragraph("We set out our detailed findings about things the force is doing well and where it should improve below.")
    d.add_heading("Summary of findings", level=3)
    d.add_paragraph(
        "Devon and Cornwall Police requires improvement in how it investigates crime. Officers who attend "
        "incidents generally secure evidence well, and the force has put real effort into reducing the number "
        "of investigations that each detective holds. But the quality of investigations once they leave the "
        "first responder is uneven. Supervision is too often a signature on a crime record rather than a review "
        "of what has been done and what remains to be done, and we saw too many investigations closed without "
        "all reasonable lines of enquiry being followed.")
    d.add_paragraph("The force has more than doubled the number of people trained as digital media investigators "
                    "since 2022. Even so, devices can wait many weeks before they are examined.")
    d.add_heading("Areas for improvement", level=3)
    d.add_heading("Area for improvement 1", level=4)
    d.add_paragraph("The force should make sure that investigations are reviewed by a supervisor at regular "
                    "intervals, and that each review sets clear actions that are then completed.")
    d.add_paragraph("What we found", style="Intense Quote")
    d.add_paragraph("We reviewed 66 investigations. In 24 of them, supervisory oversight was not effective. "
                    "Reviews were often brief and repeated the previous entry, and in several cases the actions a "
                    "sergeant had set were still outstanding weeks later with no explanation on the record.")
    d.add_heading("Area for improvement 2", level=4)
    d.add_paragraph("The force should improve how it records the reasons a victim withdraws support for a "
                    "prosecution, and consider whether an evidence-led prosecution is possible in each case.")
    d.add_paragraph("What we found", style="Intense Quote")
    d.add_paragraph("In a third of the cases we looked at where the victim no longer supported action, the record "
                    "did not say why. Officers rarely recorded whether they had considered taking the case forward "
                    "without the victim’s support, including in cases of domestic abuse.")
    d.add_heading("Area for improvement 3", level=4)
    d.add_paragraph("The force should reduce the time it takes to examine digital devices seized in "
                    "investigations, so that:")
    d.add_paragraph("investigations are not delayed while devices wait to be examined; and", style="List Bullet")
    d.add_paragraph("victims who hand over their own phones get them back quickly.", style="List Bullet")
    d.add_paragraph("What we found", style="Intense Quote")
    d.add_paragraph("At the time of our inspection, 412 devices were waiting to be examined. The oldest had been "
                    "waiting for 19 weeks.")
    d.add_heading("Main findings", level=3)
    d.add_paragraph("The force investigates crime well at first attendance", style="Heading 5")
    d.add_paragraph("Response officers are well equipped. They have body-worn video and mobile devices that let them "
                    "take statements at the scene, and most of the crime scenes we looked at were secured promptly. "
                    "The force’s investigation standards guide is clear and officers know where to find it.")
    d.add_paragraph("Workloads have reduced but are still high in some teams", style="Heading 5")
    d.add_paragraph("The force has created two new investigation hubs, at Plymouth and Exeter, to take volume crime "
                    "away from response teams. Investigators told us that their workloads are more manageable than "
                    "they were. In the north Cornwall team, however, some investigators still held more than 20 "
                    "investigations each.")
    boxed(d, "Innovative practice", [
        "Telling victims what has been done, in plain language",
        "The force has rewritten its standard letters to victims. Each letter now sets out the enquiries made, "
        "and why the investigation has or has not been progressed, in plain language. Victims’ groups were "
        "involved in the redesign. We consider this to be good practice that other forces may wish to adopt."])
    d.add_paragraph("The force uses outcomes appropriately", style="Heading 5")
    d.add_paragraph("The force’s use of outcomes is in line with the average for forces in England and Wales. It uses "
                    "community resolutions appropriately and records the victim’s views in most cases.")
    d.add_paragraph("Previous: Responding to the public        Next: Protecting vulnerable people")
    d.add_paragraph("—— end of copied text ——").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading("Performance and Insight commentary", level=2)
    d.add_paragraph("For context, our strategic alliance partner Dorset Police was graded adequate for investigating "
                    "crime in its own PEEL 2023–25 report, published on 23 October 2024. Hampshire Constabulary "
                    "and Thames Valley Police, the other forces in our regional comparison, were inspected later in "
                    "the programme.")
    d.add_paragraph("Proposed owners for the three areas for improvement:")
    table(d, [["AFI", "Theme", "Proposed owner", "Target date"],
              ["1", "Supervisory review", "Head of Crime", "September 2025"],
              ["2", "Victim withdrawal / evidence-led prosecution", "Head of Public Protection", "July 2025"],
              ["3", "Digital forensics backlog", "Head of Forensic Services", "March 2026"]])
    d.add_paragraph("The Board is asked to note the grade and agree the owners above.")
    d.save(os.path.join(DOCS, "ln03.docx"))


# ---------------------------------------------------------------- ln05
def ln05():
    d = Document()
    header_footer(d, "OFFICIAL-SENSITIVE (when complete)", "Office of the Police and Crime Commissioner for Thames Valley – scrutiny pack")
    d.add_heading("Scrutiny pack: PEEL 2023–25 chapters on victims and calls for service", level=1)
    p = d.add_paragraph()
    p.add_run("Source: ").bold = True
    p.add_run("HMICFRS, PEEL 2023–25: An inspection of Thames Valley Police, published 6 March 2025. "
              "Two chapters are pasted below as they appear on the inspectorate’s website, for the Accountability "
              "Meeting on 29 April 2025. The investigating crime chapter and the causes of concern page are in "
              "pack item 3.")
    d.add_paragraph("Pasted 11 March 2025. Links do not work in this copy.").italic = True

    d.add_heading("Providing a service to victims of crime", level=2)
    d.add_paragraph("PEEL 2023–25: An inspection of Thames Valley Police")
    gradebox(d, "NOT GRADED", "This area is not graded", "6F777B")
    d.add_paragraph(
        "We don’t give a separate graded judgment for this area. Instead, we take the findings into account "
        "when we grade the force in other areas, particularly investigating crime and responding to the public.")
    d.add_heading("Summary of findings", level=3)
    d.add_paragraph(
        "Victims who call Thames Valley Police for help usually get a courteous first response. Call handlers are "
        "polite and most give sensible advice. But the force does not reliably assess what each victim needs, and "
        "victims are too often left without an explanation when their case is closed. Many of the victims we read "
        "about were not told about the Victims’ Code or offered referral to victim support services.")
    d.add_heading("Areas for improvement", level=3)
    d.add_paragraph("Area for improvement", style="Heading 4")
    d.add_paragraph("The force should make sure that it carries out a needs assessment for every victim when a crime "
                    "is recorded, and reviews that assessment as the investigation progresses.")
    d.add_paragraph("Why this is an area for improvement", style="Heading 5")
    d.add_paragraph("In 41 of the 110 crime records we reviewed, there was no victim needs assessment. Where one was "
                    "completed, it was rarely revisited, even when the victim’s circumstances had changed.")
    d.add_paragraph("Area for improvement", style="Heading 4")
    d.add_paragraph("The force should make sure that victims are told when their case is closed and are given the "
                    "reason for the outcome.")
    d.add_paragraph("Why this is an area for improvement", style="Heading 5")
    d.add_paragraph("Victims were told of the outcome in only 58 percent of the closed cases we looked at. The force’s "
                    "own survey shows that satisfaction with being kept informed has fallen for two years in a row.")
    d.add_heading("Main findings", level=3)
    d.add_paragraph("The force answers emergency calls quickly but many non-emergency callers give up", style="Heading 5")
    d.add_paragraph("Between January and June 2024, the force answered 88.6 percent of 999 calls within ten seconds. "
                    "The national standard is 90 percent. Hampshire Constabulary, which shares some specialist "
                    "units with Thames Valley Police, answered 91.2 percent in the same period.")
    d.add_paragraph("Previous: Causes of concern        Next: Police powers and public treatment")

    d.add_page_break()
    d.add_heading("Responding to the public", level=2)
    d.add_paragraph("PEEL 2023–25: An inspection of Thames Valley Police")
    gradebox(d, "GRADE", "Requires improvement", "D4531C")
    d.add_heading("Summary of findings", level=3)
    d.add_paragraph(
        "Thames Valley Police requires improvement at responding to the public. The force is close to meeting the "
        "national standard for answering emergency calls, but too many people who call 101 abandon the call. Its "
        "control room does not use a structured risk assessment consistently, and it does not always attend "
        "incidents within the times it sets itself. When officers do attend, they are respectful and act to "
        "safeguard vulnerable people.")
    d.add_heading("Areas for improvement", level=3)
    d.add_paragraph("Area for improvement", style="Heading 4")
    d.add_paragraph("The force should make sure it answers non-emergency calls promptly and reduces the number of "
                    "calls that are abandoned.")
    d.add_paragraph("Why this is an area for improvement", style="Heading 5")
    d.add_paragraph("In the six months before our inspection, 27.4 percent of 101 calls were abandoned. The average "
                    "wait for a non-emergency call to be answered was more than seven minutes.")
    d.add_paragraph("Area for improvement", style="Heading 4")
    d.add_paragraph("The force should make sure that call handlers use a structured risk assessment for every call "
                    "and record their rationale on the incident log.")
    d.add_paragraph("Why this is an area for improvement", style="Heading 5")
    d.add_paragraph("In 19 of the 84 incidents we audited, there was no record of a risk assessment. In some of these "
                    "incidents, repeat victims were not identified.")
    boxed(d, "Good practice", [
        "The force’s mental health triage car, which places a mental health nurse with an officer on Friday and "
        "Saturday evenings, has reduced the number of people taken to a place of safety under section 136 of the "
        "Mental Health Act 1983."])
    d.add_paragraph("Previous: Preventing crime and antisocial behaviour        Next: Investigating crime")
    d.add_heading("Grade key (as shown on the site)", level=3)
    table(d, [["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]], style="Table Grid")
    d.add_paragraph("OPCC note: the Commissioner’s questions for the Chief Constable on both chapters are in "
                    "annex B.")
    d.save(os.path.join(DOCS, "ln05.docx"))


# ---------------------------------------------------------------- ln10
def ln10():
    d = Document()
    header_footer(d, "Dorset OPCC – research note RN-2024-31", "Copied from hmicfrs.justiceinspectorates.gov.uk. Contains public sector information licensed under the Open Government Licence v3.0.")
    d.add_heading("Research note: PEEL 2023–25 – Preventing crime and antisocial behaviour", level=1)
    d.add_paragraph("Prepared 4 November 2024 for the Police and Crime Panel briefing session. The chapter and the "
                    "report’s ‘About the data’ page, as published by HMICFRS, are reproduced below; our comments are in "
                    "the shaded boxes.")
    d.add_heading("Preventing crime and antisocial behaviour", level=2)
    d.add_paragraph("PEEL 2023–25: An inspection of Dorset Police · Published 23 October 2024")
    gradebox(d, "GRADE", "Outstanding", "2E6B2E")
    d.add_heading("Summary of findings", level=3)
    d.add_paragraph(
        "Dorset Police is outstanding at preventing crime and antisocial behaviour. Prevention is at the heart of "
        "the force’s policing plan, and this is understood by officers and staff at every level. Neighbourhood teams "
        "are protected from being drawn into response work, and they use problem-solving methods to tackle the "
        "issues that matter most to their communities. The force evaluates what it does and shares what works.")
    d.add_heading("Main findings", level=3)
    d.add_paragraph("The force prioritises prevention", style="Heading 5")
    d.add_paragraph("Every neighbourhood team we visited had a problem-solving plan for each of its priority "
                    "locations. Plans were regularly reviewed and closed only when the problem had been resolved.")
    boxed(d, "Innovative practice", [
        "Seasonal antisocial behaviour plans for coastal towns",
        "Each spring, the force works with councils, transport operators and businesses in Bournemouth, "
        "Weymouth and Swanage to plan for the summer. Antisocial behaviour reported on beaches and seafronts fell "
        "by 18 percent between 2022 and 2024."])
    d.add_paragraph("The force works well with partners", style="Heading 5")
    d.add_paragraph("Community safety partnerships share data with the force every month. The force has an adequate "
                    "supply of trained problem-solving co-ordinators, and all new constables spend time with a "
                    "neighbourhood team.")
    boxed(d, "OPCC comment", [
        "This is the only outstanding grade in Dorset’s report. No areas for improvement were raised in this "
        "chapter. The Commissioner will ask the force how the seasonal plans will be funded in 2025/26."],
        fill="FFF2CC")
    d.add_paragraph("Previous: Police powers and public treatment        Next: Responding to the public")

    d.add_heading("About the data", level=2)
    d.add_paragraph("PEEL 2023–25: An inspection of Dorset Police")
    d.add_paragraph(
        "Data in this report comes from a range of sources, including the Home Office, the Office for National "
        "Statistics, our inspection fieldwork and data we collected directly from all 43 police forces in England "
        "and Wales. Where we have collected data directly from police forces, we have taken reasonable steps to "
        "agree the design of the data collection with forces and with other relevant interested parties.")
    d.add_heading("Most similar groups", level=3)
    d.add_paragraph("We compare each force’s data with the average for its most similar group (MSG) of forces. These "
                    "are forces that are alike in the demographic, social and economic characteristics of the areas "
                    "they police. The table below shows some of the figures we used in this report.")
    table(d, [["Force", "ASB incidents per 1,000 population (year ending March 2024)", "Neighbourhood officers per 100,000 population"],
              ["Dorset Police", "14.2", "61"],
              ["Devon and Cornwall Police", "17.9", "48"],
              ["Hampshire Constabulary", "16.3", "52"],
              ["Thames Valley Police", "15.1", "44"],
              ["MSG average", "16.8", "50"]])
    d.add_paragraph("Figures are rounded. Comparisons with forces outside the MSG should be made with caution.")
    d.add_heading("Fieldwork", level=3)
    d.add_paragraph("We carried out our fieldwork in Dorset in April 2024. The data period for most measures is the "
                    "year ending 31 March 2024. Survey data was collected by a third party between January and "
                    "March 2024.")
    d.save(os.path.join(DOCS, "ln10.docx"))


if __name__ == "__main__":
    ln03()
    ln05()
    ln10()
