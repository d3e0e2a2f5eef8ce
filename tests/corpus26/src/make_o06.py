"""o06.docx: a PCC's newsletter article on Humberside Police's PEEL 2023-25 report.
The grades sit only in a floating Word text box (mc:AlternateContent: wps shape plus VML
fallback, both holding the same text) beside a two-column section (w:cols num=2)."""
import copy, os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docxutil import a4, textbox_run, section_columns

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
a4(doc.sections[0])
st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)

hdr = doc.sections[0].header.paragraphs[0]
hdr.text = "Commissioner’s Update · Issue 41 · Spring 2025"
ftr = doc.sections[0].footer.paragraphs[0]
ftr.text = "Office of the Police and Crime Commissioner for Humberside · Hull · www.example.org.uk"

doc.add_paragraph("COMMISSIONER’S UPDATE", style="Title")
p = doc.add_paragraph(style="Subtitle")
p.add_run("From the desk of Tamsin Grayling-Oduya, Police and Crime Commissioner for Humberside")
doc.add_heading("Inspectors find a force that prevents crime and looks after its people", level=1)
doc.add_paragraph(
    "Humberside Police’s latest inspection by His Majesty’s Inspectorate of Constabulary and Fire "
    "& Rescue Services (HMICFRS) was published on 27 March 2025. In this issue I set out what the "
    "inspectors found, what it means for the people of the East Riding, Hull, North Lincolnshire and "
    "North East Lincolnshire, and what I will be asking of the force.").runs[0].italic = True

# continuous section break: the body runs in two columns from here on
first_sect = doc.sections[0]._sectPr
body_sect = doc.add_section(WD_SECTION.CONTINUOUS)
section_columns(body_sect._sectPr, 2, sep=True)
# python-docx puts the new sectPr at the end of the body and copies the old one into the
# last paragraph; the columns belong to the section that follows that paragraph.

box_lines = [
    ("PEEL 2023–25 at a glance", True, 24),
    ("Outstanding", True, 21),
    ("Preventing crime", False, 19),
    ("Building, supporting and protecting the workforce", False, 19),
    ("Good", True, 21),
    ("Police powers and public treatment", False, 19),
    ("Responding to the public", False, 19),
    ("Investigating crime", False, 19),
    ("Managing offenders and suspects", False, 19),
    ("Leadership and force management", False, 19),
    ("Adequate", True, 21),
    ("Protecting vulnerable people", False, 19),
    ("Requires improvement / Inadequate", True, 21),
    ("None", False, 19),
    ("The inspectorate does not grade the service the force gives to victims of crime.", False, 16),
]
p = doc.add_paragraph()
p._p.append(textbox_run(box_lines, width_mm=58, height_mm=118, shape_id=3))
p.add_run(
    "Two areas stand out in this report. The inspectors judged Humberside Police outstanding for "
    "preventing crime, praising neighbourhood teams who know their streets and who work with schools, "
    "housing providers and the voluntary sector to stop problems before they start. They were just as "
    "impressed by the way the force builds, supports and protects its workforce.")
doc.add_paragraph(
    "In 2021/22 the force was graded outstanding in six areas. The areas have changed since then, so "
    "the two reports cannot be compared line by line, but I am pleased that the force has kept its "
    "strengths while the demands on it have grown.")
doc.add_paragraph(
    "His Majesty’s Inspector of Constabulary, Rowan Ketteridge-Bell, said the force “has built a "
    "culture in which officers and staff feel trusted and supported, and the public is the "
    "beneficiary”. I agree.")
doc.add_heading("Where the force must do better", level=2)
doc.add_paragraph(
    "The report has six areas for improvement and no causes of concern. The one I will follow most "
    "closely concerns protecting vulnerable people, where the force was graded adequate. The "
    "inspectors wrote:")
q = doc.add_paragraph(
    "The force should make sure that officers who attend incidents of domestic abuse speak to any "
    "children present and record what the children say about their experience.", style="Quote")
doc.add_paragraph(
    "I will ask Chief Constable Obafemi Strand for an update at my accountability board in June. "
    "Deputy Chief Constable Clare Winterbourne, who leads the force’s public protection work, has "
    "already met children’s services leaders in all four local authority areas.")
doc.add_heading("Value for money", level=2)
doc.add_paragraph(
    "Council tax payers will want to know that their money is well spent. The inspectors found the "
    "force’s financial planning good, and the force’s plan for 2025/26 includes 40 more "
    "neighbourhood officers. Humberside Fire and Rescue Service, which I do not oversee, was inspected "
    "separately last year and was also judged good at managing its finances.")
doc.add_paragraph(
    "You can read the full report on the HMICFRS website. If you would like to tell me what you "
    "think, my team is at the Hull, Grimsby and Scunthorpe community events this spring.")
sig = doc.add_paragraph()
sig.add_run("Tamsin Grayling-Oduya").bold = True
sig.add_run("\nPolice and Crime Commissioner for Humberside")
doc.save(os.path.join(HERE, "..", "docs", "o06.docx"))
