"""o09.docx: a PCC committee report on Surrey Police's PEEL 2015 grades. Headings are ALL
CAPS through their style (w:caps; the text itself is mixed case), names are in small caps,
paragraphs hold w:br line breaks, and the grade list uses right tabs with dot leaders."""
import os
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_BREAK
from docx.shared import Pt, Mm, RGBColor
from docxutil import a4

HERE = os.path.dirname(os.path.abspath(__file__))
doc = Document()
a4(doc.sections[0])
normal = doc.styles["Normal"]
normal.font.name = "Georgia"; normal.font.size = Pt(10.5)
caps = doc.styles.add_style("Committee Heading", WD_STYLE_TYPE.PARAGRAPH)
caps.base_style = normal
caps.font.all_caps = True; caps.font.bold = True; caps.font.size = Pt(11.5)
caps.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
caps.paragraph_format.space_before = Pt(12); caps.paragraph_format.space_after = Pt(4)
title = doc.styles.add_style("Committee Title", WD_STYLE_TYPE.PARAGRAPH)
title.base_style = caps
title.font.size = Pt(15)
leader = doc.styles.add_style("Grade Line", WD_STYLE_TYPE.PARAGRAPH)
leader.base_style = normal
leader.paragraph_format.tab_stops.add_tab_stop(Mm(165), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
leader.paragraph_format.space_after = Pt(1)
sec = doc.sections[0]
sec.header.paragraphs[0].text = "Surrey Police and Crime Commissioner · Performance and Accountability Committee"
sec.footer.paragraphs[0].text = "Item 6 · Open session"


def sc(p, text):
    r = p.add_run(text)
    r.font.small_caps = True
    return r


doc.add_paragraph("Performance and Accountability Committee", style="Committee Title")
p = doc.add_paragraph()
p.add_run("Agenda item 6")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("Meeting held on 24 February 2016 at Mount Browne, Guildford")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("Report of the Chief Executive, Office of the Police and Crime Commissioner")

doc.add_paragraph("HMIC PEEL 2015: results for Surrey Police", style="Committee Heading")
p = doc.add_paragraph("1.  Her Majesty’s Inspectorate of Constabulary (HMIC) has now published all three of its "
                      "2015 PEEL reports on Surrey Police. The effectiveness report was published on 18 February "
                      "2016. This report summarises the grades and the areas for improvement for the Committee and "
                      "for the Police and Crime Commissioner, ")
sc(p, "Jocelyn Ferrars-Whitlow")
p.add_run(", who chairs the Committee’s public sessions.")
p = doc.add_paragraph("2.  HMIC’s inspector for the region, ")
sc(p, "Dominic Sallows-Egan")
p.add_run(", HM Inspector of Constabulary, presented the findings to the Commissioner and to Chief Constable ")
sc(p, "Lyndon Brackenbury")
p.add_run(" on 11 February. In 2014 HMIC judged the force’s effectiveness to require improvement, and the "
          "2015 effectiveness grade is the same.")

doc.add_paragraph("Summary of grades", style="Committee Heading")
LINES = [
    ("Effectiveness", "Requires improvement", True),
    ("Preventing crime and tackling anti-social behaviour", "Good", False),
    ("Investigating crime and reducing re-offending", "Requires improvement", False),
    ("Protecting vulnerable people from harm", "Requires improvement", False),
    ("Tackling serious and organised crime", "Good", False),
    ("Specialist capabilities", "Not graded", False),
    ("Efficiency", "Good", True),
    ("Understanding demand", "Good", False),
    ("Using resources to manage demand", "Good", False),
    ("Planning for future demand", "Outstanding", False),
    ("Legitimacy", "Good", True),
    ("Fair and respectful treatment of the public", "Good", False),
    ("Ethical and lawful behaviour of the workforce", "Good", False),
    ("Fair and respectful treatment of the workforce", "Good", False),
]
for area, grade, top in LINES:
    p = doc.add_paragraph(style="Grade Line")
    if not top:
        p.paragraph_format.left_indent = Mm(8)
    r = p.add_run(area + "\t" + grade)
    r.bold = top
p = doc.add_paragraph()
r = p.add_run("HMIC’s grades are outstanding, good, requires improvement and inadequate. The specialist "
              "capabilities question was inspected but not graded in 2015.")
r.italic = True; r.font.size = Pt(9)

doc.add_paragraph("Areas for improvement: effectiveness", style="Committee Heading")
doc.add_paragraph("3.  HMIC identified eleven areas for improvement across the three pillars. The three below, "
                  "all from the effectiveness report, are those the Commissioner has asked the force to report "
                  "on first. The remainder will be covered at the Committee’s meeting in May 2016.")
doc.add_paragraph("Investigating crime and reducing re-offending", style="Committee Heading")
p = doc.add_paragraph()
p.add_run("The force should improve the supervision of investigations, so that every investigation has a "
          "plan and is progressed without unnecessary delay.")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("Force position: ").bold = True
p.add_run("A supervision standard was issued to all sergeants in January 2016; compliance will be audited in March.")
doc.add_paragraph("Protecting vulnerable people from harm", style="Committee Heading")
p = doc.add_paragraph()
p.add_run("The force should ensure that its officers and staff understand how to recognise")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("the early signs of child sexual exploitation, and that they know how to respond when")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("they see them.")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("Force position: ").bold = True
p.add_run("Training has been delivered to 1,450 officers and staff, jointly with Sussex Police, and the remainder "
          "will be trained by April.")
p = doc.add_paragraph()
p.add_run("The force should review how it manages registered sex offenders, so that home visits take place as "
          "often as each offender’s risk assessment requires.")
p.add_run().add_break(WD_BREAK.LINE)
p.add_run("Force position: ").bold = True
p.add_run("To follow; the review will report to the Committee in May 2016.")

doc.add_paragraph("Recommendation", style="Committee Heading")
doc.add_paragraph("4.  That the Committee notes the grades and the force positions above. The Committee is also asked "
                  "to note HMIC’s national recommendation that all chief constables review their arrangements for "
                  "missing children, which is not specific to Surrey Police.")
p = doc.add_paragraph()
p.add_run("Contact officer: ")
sc(p, "Avril Dunmore")
p.add_run(", Head of Performance and Scrutiny")
doc.save(os.path.join(HERE, "..", "docs", "o09.docx"))
