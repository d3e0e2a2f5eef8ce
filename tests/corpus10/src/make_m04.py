"""Write docs/m04.docx: a police and crime panel agenda item, 'Report of the Police and
Crime Commissioner', with a Ref | Recommendation | Status (RAG) | Update table.

Needs python-docx (throwaway venv):
    /tmp/c10venv/bin/python src/make_m04.py
"""
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "m04.docx")

RAG_FILL = {"Red": "E06666", "Amber": "F6B26B", "Green": "93C47D", "Closed": "B7B7B7"}

# (kind, ...) rows: ("area", title) spans the table; ("item", ref, label, text, status, update)
ROWS = [
    ("area", "Investigating crime"),
    ("item", "CoC 1", "Cause of concern: ",
     "The force does not supervise investigations well enough, and too many are closed before all "
     "reasonable lines of enquiry have been followed. As a result, victims do not always receive "
     "the service they deserve.",
     "Amber",
     "A new investigation standards unit was set up in May 2025. The force\u2019s own audit in "
     "December found that 78 per cent of closed investigations met the standard, against a target "
     "of 90 per cent."),
    ("item", "CoC 1 \u2013 R1", "",
     "By 31 March 2025, the force should make sure that every investigation has a recorded plan "
     "and is reviewed by a supervisor within seven days of allocation.",
     "Green",
     "Investigation plans are now mandatory on the records system. Supervisory review within "
     "seven days was achieved in 91 per cent of cases in the December audit."),
    ("item", "CoC 1 \u2013 R2", "",
     "By 30 June 2025, the force should introduce a quality assurance process for investigations "
     "that are closed without a suspect being charged.",
     "Amber",
     "The process was introduced in August 2025, two months late. Detective inspectors now "
     "dip-sample ten closed investigations each week."),
    ("item", "AFI 4", "",
     "The force should make sure that victims are updated about their investigation in line "
     "with the Victims\u2019 Code.",
     "Green",
     "Automated text updates to victims went live in October 2025."),
    ("area", "Responding to the public"),
    ("item", "AFI 1", "",
     "The force should reduce the time it takes to answer non-emergency calls.",
     "Red",
     "Average answer time for 101 calls rose to 11 minutes in November because of vacancies in "
     "the contact centre. Fourteen call handlers are in training and will be answering calls "
     "from March 2026."),
    ("item", "AFI 2", "",
     "The force should make sure that the risk to callers is reassessed when an attendance is "
     "delayed.",
     "Amber",
     "A reassessment prompt has been added to the command and control system; compliance is "
     "checked daily by the duty inspector."),
    ("area", "Protecting vulnerable people"),
    ("item", "AFI 5", "",
     "The force should make sure that it refers children at risk to partner agencies without "
     "delay.",
     "Closed",
     "Referrals are now sent to the local authority within 24 hours in 97 per cent of cases. "
     "The Commissioner signed off this item in December 2025."),
    ("area", "Building, supporting and protecting the workforce"),
    ("item", "AFI 6", "",
     "The force should make sure that officers and staff in high-risk roles receive a "
     "wellbeing assessment every year.",
     "Green",
     "Annual assessments are in place for child abuse investigators and digital forensics staff, "
     "and are being extended to the firearms unit."),
    ("area", "National inspection of vetting, misconduct and misogyny (2022)"),
    ("item", "Vetting R12", "",
     "By 30 April 2023, chief constables should make sure that vetting decisions are recorded "
     "with a clear rationale.",
     "Green",
     "All vetting decisions since June 2023 have a recorded rationale; the Panel asked to follow "
     "this item."),
]


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def numbered(doc, num, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.first_line_indent = Cm(-1.0)
    p.add_run(num + "\t" + text)
    return p


def heading(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    return p


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "OFFICIAL"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "Derbyshire Police and Crime Panel \u2013 12 February 2026 \u2013 Item 7"

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("AGENDA ITEM 7")
    r.bold = True

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    meta = [("Meeting", "Derbyshire Police and Crime Panel"),
            ("Date", "12 February 2026"),
            ("Report of", "The Police and Crime Commissioner")]
    for i, (k, v) in enumerate(meta):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
        t.cell(i, 0).paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("REPORT OF THE POLICE AND CRIME COMMISSIONER")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("HMICFRS PEEL 2023\u20132025 inspection of Derbyshire Constabulary: progress "
                  "against recommendations and areas for improvement")
    r.bold = True

    heading(doc, "1.\tPURPOSE OF THE REPORT")
    numbered(doc, "1.1", "To update the Panel on the progress Derbyshire Constabulary has made "
             "against the cause of concern, recommendations and areas for improvement in the "
             "PEEL 2023\u20132025 report published on 3 October 2024.")

    heading(doc, "2.\tRECOMMENDATION")
    numbered(doc, "2.1", "That the Panel notes the contents of this report.")

    heading(doc, "3.\tBACKGROUND")
    numbered(doc, "3.1", "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
             "Services (HMICFRS) inspected the force in the spring of 2024. It judged the force "
             "to be good at preventing and deterring crime and antisocial behaviour, and at "
             "managing offenders and suspects. The force was adequate in police powers and "
             "public treatment, protecting vulnerable people, building, supporting and protecting "
             "the workforce, and leadership and force management. It requires improvement in "
             "responding to the public, and the inspectorate found its investigation of crime to "
             "be inadequate.")
    numbered(doc, "3.2", "The report raised one cause of concern, about investigating crime, with "
             "two recommendations, and it identified six areas for improvement. The Chief "
             "Constable, Marcus Fenwick-Lyle, reports progress to me each quarter at my Strategic "
             "Governance Board, and the Deputy Chief Constable leads the force\u2019s improvement "
             "plan.")
    numbered(doc, "3.3", "The table below shows the position of each open item at 31 December "
             "2025. The status uses a red, amber, green (RAG) rating: green means complete or on "
             "track, amber means some slippage, and red means a significant risk to delivery. "
             "AFI 3 was closed in September 2025 and is not shown.")
    numbered(doc, "3.4", "At the Panel\u2019s request, the table also includes one recommendation "
             "from HMICFRS\u2019s national inspection of vetting, misconduct and misogyny.")

    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    widths = [Cm(2.4), Cm(6.4), Cm(2.2), Cm(6.0)]
    hdr = ["Ref", "Recommendation", "Status (RAG)", "Update"]
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9D9D9")
        c.width = widths[i]
    for row in ROWS:
        cells = table.add_row().cells
        if row[0] == "area":
            m = cells[0].merge(cells[3])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            shade(m, "DEEAF6")
            continue
        _, ref, label, text, status, update = row
        cells[0].text = ref
        p = cells[1].paragraphs[0]
        if label:
            lr = p.add_run(label)
            lr.bold = True
        p.add_run(text)
        cells[2].text = status
        shade(cells[2], RAG_FILL[status])
        cells[3].text = update
        for i, c in enumerate(cells):
            c.width = widths[i]

    doc.add_paragraph()
    heading(doc, "4.\tFINANCIAL IMPLICATIONS")
    numbered(doc, "4.1", "None arising from this report.")
    heading(doc, "5.\tCONTACT OFFICER")
    numbered(doc, "5.1", "Chief Executive, Office of the Police and Crime Commissioner for "
             "Derbyshire. Telephone 0300 122 6000.")

    doc.add_paragraph()
    doc.add_paragraph("Nicola Brereton-Hale")
    doc.add_paragraph("Police and Crime Commissioner for Derbyshire")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", os.path.relpath(OUT))


if __name__ == "__main__":
    main()
