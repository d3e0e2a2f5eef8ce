"""Write docs/lm04.docx, lm05.docx and lm06.docx (python-docx 1.2).
    /tmp/lm68venv/bin/python src/make_docx.py   (run from src/)"""
import os

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from docxutil import Notes, field, field_begin, field_end, pstyle, shade, set_cols, set_cell

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs")


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    fp = sec.footer.paragraphs[0]
    fp.add_run(foot + "   Page ")
    field(fp, "PAGE", "1")
    fp.add_run(" of ")
    field(fp, "NUMPAGES", "3")


# ---------------------------------------------------------------- lm04 Nottinghamshire
def lm04():
    doc = Document()
    fn = Notes(doc, "footnote")
    h1 = pstyle(doc, "~OPCC Head 1 (numbered)", size=14, bold=True, color="1F4E79", outline=0)
    h2 = pstyle(doc, "zz AFI heading – do not use", size=11, bold=True, outline=1)
    afi = pstyle(doc, "AFI text [boxed]", italic=True)
    upd = pstyle(doc, "Force Update para ✓")
    toc1 = pstyle(doc, "TOC 1")
    header_footer(doc, "OFFICIAL  |  Nottinghamshire Office of the Police and Crime Commissioner",
                  "Force Inspection response record – v3.1 (final)")

    t = doc.add_paragraph(style="Title")
    t.add_run("Force Inspection response record")
    doc.add_paragraph("PEEL: Police legitimacy 2017", style="Subtitle")
    meta = doc.add_table(rows=0, cols=2)
    meta.style = "Table Grid"
    for k, v in [("Force", None), ("Inspection", "PEEL: Police legitimacy 2017"),
                 ("Inspectorate", "HMICFRS"), ("Published", "12 December 2017"),
                 ("Grade", "Good"), ("Record owner", "Head of Strategy and Assurance, OPCC")]:
        row = meta.add_row().cells
        set_cell(row[0], k, bold=True)
        shade(row[0], "DCE6F1")
        if v is None:
            row[1].text = ""
            field(row[1].paragraphs[0], 'DOCPROPERTY "ForceName" \\* MERGEFORMAT', "Nottinghamshire Police")
        else:
            set_cell(row[1], v)

    doc.add_paragraph("Contents", style=h1)
    entries = ["1. Summary of the inspection\t1", "2. Commissioner’s and Chief Constable’s statements\t1",
               "3. Areas for improvement and force updates\t2", "4. Background to the legitimacy programme\t3"]
    for i, e in enumerate(entries):
        p = doc.add_paragraph(style=toc1)
        if i == 0:
            field_begin(p, 'TOC \\o "1-2" \\h \\z \\u')
        p.add_run(e)
        if i == len(entries) - 1:
            field_end(p)

    doc.add_paragraph("1. Summary of the inspection", style=h1)
    p = doc.add_paragraph(
        "Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has "
        "judged Nottinghamshire Police to be good at how legitimately it keeps people safe and "
        "reduces crime. Last year HMIC also judged the force to be good.")
    fn.ref(p, "PEEL: Police legitimacy 2016 – Nottinghamshire Police, published 8 December 2016. "
              "The 2015 report was published in February 2016.")
    doc.add_paragraph(
        "The force was judged good at treating all of the people it serves with fairness and "
        "respect, and good at treating its workforce with fairness and respect. However, it "
        "requires improvement in ensuring that its workforce behaves ethically and lawfully. "
        "The inspection was led by Her Majesty’s Inspector of Constabulary Jonathan Freel-Ashworth.")

    doc.add_paragraph("2. Commissioner’s and Chief Constable’s statements", style=h1)
    p = doc.add_paragraph(
        "Caroline Henshall-Maude, Police and Crime Commissioner for Nottinghamshire, said: “I am "
        "pleased that the force continues to be recognised as good, but the findings on vetting "
        "must be addressed quickly, and I will hold the Chief Constable to account for doing so.”")
    fn.ref(p, "The Commissioner’s statutory response was sent to the Home Secretary on 2 February 2018.")
    doc.add_paragraph(
        "Chief Constable Daniel Ostrowski-Bray said: “Our officers and staff treat the public with "
        "fairness and respect every day. We accept the inspectorate’s view on vetting and on the "
        "handling of complaints, and work on both is already under way.”")

    doc.add_paragraph("3. Areas for improvement and force updates", style=h1)
    doc.add_paragraph("Treating the public fairly", style=h2)
    doc.add_paragraph("Area for improvement 1", style=h2)
    doc.add_paragraph("The force should make sure that all officers who use stop and search powers "
                      "are given feedback by their supervisors on the quality of the grounds they record.",
                      style=afi)
    p = doc.add_paragraph(style=upd)
    p.add_run("Force Update: ").bold = True
    p.add_run("A monthly dip-sample of stop and search records has been introduced, and supervisors "
              "now discuss the results with each officer. Deputy Chief Constable Priya Ramdeen chairs "
              "the stop and search scrutiny board.")
    doc.add_paragraph("Ethical and lawful workforce behaviour", style=h2)
    doc.add_paragraph("Area for improvement 2", style=h2)
    doc.add_paragraph("The force should ensure that all officers and staff have received at least the "
                      "lowest level of vetting clearance for their roles, and that it clears the "
                      "backlog of vetting renewals.", style=afi)
    p = doc.add_paragraph(style=upd)
    p.add_run("Force Update: ").bold = True
    p.add_run("Additional vetting officers were recruited in 2018. The backlog of renewals was cleared "
              "by the end of September 2018.")
    fn.ref(p, "By comparison, in 2019 the average time to complete a renewal was 21 days.")
    doc.add_paragraph("Area for improvement 3", style=h2)
    doc.add_paragraph("The force should improve how it records and monitors complaints about "
                      "discrimination, so that it can identify trends.", style=afi)
    p = doc.add_paragraph(style=upd)
    p.add_run("Force Update: ").bold = True
    p.add_run("Awaiting update from the Professional Standards Directorate.")

    new = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new, 2)
    doc.add_paragraph("4. Background to the legitimacy programme", style=h1)
    for txt in [
        "The legitimacy pillar of PEEL asks how well a force treats the public and its workforce. "
        "Forces are graded outstanding, good, requires improvement or inadequate.",
        "This record is maintained by the OPCC and is updated after each meeting of the "
        "Strategic Resources and Performance board. Earlier records (2015 and 2016) are archived.",
        "The national report, State of Policing 2017, recommended that all forces review their "
        "vetting arrangements. That recommendation is not recorded here.",
    ]:
        doc.add_paragraph(txt)
    last = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(last, 1)
    doc.add_paragraph("End of record.")
    fn.finish()
    doc.save(os.path.join(OUT, "lm04.docx"))


# ---------------------------------------------------------------- lm05 Leicestershire
def lm05():
    doc = Document()
    en = Notes(doc, "endnote")
    h1 = pstyle(doc, "Heading 1 (OPCC LLR)", size=13, bold=True, color="5B2C6F", outline=0)
    lbl = pstyle(doc, "Label:Bold", bold=True)
    afi = pstyle(doc, "Body – AFI quotation", italic=True)
    header_footer(doc, "Office of the Police and Crime Commissioner for Leicester, Leicestershire and Rutland",
                  "PEEL 2021/22 response record")

    doc.add_paragraph("PCC and CC Force Inspection response record", style="Title")
    tbl = doc.add_table(rows=5, cols=2)
    tbl.style = "Table Grid"
    rows = [("Force", "Leicestershire"), ("Inspection", "PEEL 2021/22"),
            ("Date published", "27 September 2022"), ("Grade", None),
            ("Commissioner’s summary", None)]
    for i, (k, v) in enumerate(rows):
        set_cell(tbl.cell(i, 0), k, bold=True)
        shade(tbl.cell(i, 0), "E8DAEF")
        if v:
            set_cell(tbl.cell(i, 1), v)
    g = tbl.cell(3, 1)
    g.text = "Graded by area:"
    inner = g.add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for area, grade in [("Treatment of the public", "Adequate"), ("Preventing crime", "Good"),
                        ("Responding to the public", "Adequate"), ("Investigating crime", "Requires improvement"),
                        ("Protecting vulnerable people", "Adequate"), ("Managing offenders", "Good"),
                        ("Developing a positive workplace", "Good"), ("Good use of resources", "Adequate"),
                        ("Recording data about crime", "Good"),
                        ("Providing a service to victims of crime", "Not graded")]:
        c = inner.add_row().cells
        c[0].text, c[1].text = area, grade
    g.add_paragraph("Disrupting serious organised crime is inspected regionally and is not graded in this report.")
    s = tbl.cell(4, 1)
    s.text = ("I welcome this report. The force was graded good in four areas and adequate in four, and the "
              "inspectorate found it requires improvement in investigating crime. I will track every area "
              "for improvement through my Performance and Accountability Board.")
    en.ref(s.paragraphs[0], "The force’s previous integrated PEEL report was for 2018/19. Grades from that "
                            "round used a four-point scale and are not comparable.")
    s.add_paragraph("Harjit Sandhu-Whitlow, Police and Crime Commissioner for Leicester, Leicestershire and Rutland")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Chief Constable’s comment").bold = True
    doc.add_paragraph("Temporary Chief Constable Owen Bracegirdle said: “The report confirms the progress "
                      "we have made on preventing crime and managing offenders. Investigation standards are "
                      "my first priority, and a dedicated improvement programme began in October 2022.”")

    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec, 2)
    doc.add_paragraph("Areas for improvement", style=h1)
    items = [
        ("Investigating crime",
         "The force should make sure that investigations are allocated to officers with the skills "
         "and experience needed, and that supervisors oversee them effectively.",
         "Investigation allocation is now managed by a central crime management hub. Supervisory "
         "reviews are monitored weekly and compliance has risen to 84 percent."),
        ("Investigating crime",
         "The force needs to make sure it completes victim needs assessments and records whether "
         "victims support investigations.",
         "New mandatory fields were added to the crime recording system in January 2023."),
        ("Treatment of the public",
         "The force should improve how it gathers and uses feedback from communities about its use "
         "of force and stop and search.",
         None),
        ("Good use of resources",
         "The force should improve its understanding of the demand it faces, so that it can plan "
         "its resources and workforce skills effectively.",
         "A demand modelling tool has been procured jointly with Nottinghamshire Police and will be in "
         "use from April 2023."),
    ]
    for area, text, update in items:
        doc.add_paragraph(area, style=lbl)
        doc.add_paragraph(text, style=afi)
        p = doc.add_paragraph()
        if update:
            p.add_run("Force Update: ").bold = True
            p.add_run(update)
        else:
            p.add_run("Force Update: ").bold = True
            p.add_run("To follow.")
    p = doc.add_paragraph("The inspectorate also identified good practice in the force’s work with "
                          "Rutland schools.")
    en.ref(p, "Grading scale used in 2021/22: outstanding, good, adequate, requires improvement, inadequate.")
    en.finish()
    doc.save(os.path.join(OUT, "lm05.docx"))


# ---------------------------------------------------------------- lm06 Lincolnshire press release
def lm06():
    doc = Document()
    en = Notes(doc, "endnote")
    rel = pstyle(doc, "PR – For immediate release!", bold=True, size=9, color="C00000")
    hd = pstyle(doc, "PR Headline (Lincs brand) 1", size=18, bold=True, color="00205B", outline=0)
    qs = pstyle(doc, "Quote (indented ¶)", italic=True)
    header_footer(doc, "Lincolnshire Police – Corporate Communications", "News release LP/CC/2025/041")

    doc.add_paragraph("FOR IMMEDIATE RELEASE – 11 March 2025, 00:01", style=rel)
    doc.add_paragraph("Inspectors praise Lincolnshire Police’s crime prevention but call for faster answers on 101", style=hd)
    p = doc.add_paragraph("Lincolnshire Police has been graded good in four of the eight areas assessed by "
                          "His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services in its latest "
                          "PEEL inspection, published today.")
    en.ref(p, "PEEL stands for police effectiveness, efficiency and legitimacy. HMICFRS assesses forces "
              "against a five-point scale: outstanding, good, adequate, requires improvement and inadequate.")
    doc.add_paragraph("The force was judged good at police powers and public treatment, preventing crime, "
                      "managing offenders and suspects, and leadership and force management.")
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    doc.add_paragraph("Inspectors rated the force adequate for investigating crime, for protecting vulnerable "
                      "people and for building, supporting and protecting the workforce. Responding to the "
                      "public was graded requires improvement, and the inspectorate raised a cause of concern "
                      "about how long callers wait for the non-emergency number to be answered.")
    p = doc.add_paragraph("Chief Constable Marcus Ellingham said:")
    doc.add_paragraph("“I am proud that our officers’ work to prevent crime and manage dangerous offenders "
                      "has been recognised. I accept without reservation what the inspectors say about 101. "
                      "Thirty new call handlers start in April, and we will publish our waiting times every month.”",
                      style=qs)
    doc.add_paragraph("Deputy Chief Constable Joanne Farrant-Leigh, who leads the force’s improvement plan, added:")
    doc.add_paragraph("“Not one area was graded inadequate, and half of them were graded good. But the public "
                      "deserve better on the phone, and that is where our effort will go.”", style=qs)
    doc.add_paragraph("Stella Brackenridge, Lincolnshire’s Police and Crime Commissioner, said:")
    doc.add_paragraph("“This is a fair report. I will be asking the Chief Constable for monthly updates on call "
                      "handling at my public accountability meetings.”", style=qs)
    p = doc.add_paragraph("The force covers 2,284 square miles and answered more than 230,000 calls last year.")
    en.ref(p, "In 2017 HMICFRS judged the force’s efficiency in a separate inspection. Those results are "
              "available on the HMICFRS website.")
    last = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(last, 1)
    e = doc.add_paragraph("ENDS")
    e.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Media enquiries: Corporate Communications, 01522 000000 (out of hours: press office pager).")
    en.finish()
    doc.save(os.path.join(OUT, "lm06.docx"))


if __name__ == "__main__":
    lm04()
    lm05()
    lm06()
    print("wrote lm04.docx lm05.docx lm06.docx")
