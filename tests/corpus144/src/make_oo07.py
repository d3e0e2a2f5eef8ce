"""oo07.pdf -- an HMICFRS revisit letter to a chief constable (Gwent, PEEL 2023-25).

fpdf2, portrait A4, core fonts only (Times and Helvetica, cp1252). Body text with
multi_cell(align="J"); superscript footnote marks through FPDF.char_vpos = "SUP"
written with write(); footnotes at the end of the letter; "Page n of N" in footer().
"""
from fpdf import FPDF

OUT = "../docs/oo07.pdf"


class PDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 6, "Page %d of {nb}" % self.page_no(), align="C")


pdf = PDF(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(25, 20, 25)
pdf.set_auto_page_break(True, 22)
pdf.set_title("PEEL revisit letter")
pdf.add_page()
pdf.set_font("Helvetica", "B", 10)
pdf.set_text_color(40, 40, 90)
pdf.cell(0, 5, "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services",
         new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 8.5)
pdf.cell(0, 4.5, "Cardiff office  |  www.justiceinspectorates.gov.uk/hmicfrs",
         new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)
pdf.set_text_color(0, 0, 0)
pdf.set_font("Times", "", 11)
for line in ["The Chief Constable", "Gwent Police", "Police Headquarters", "Cwmbran", "",
             "17 October 2024"]:
    pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.cell(0, 5.2, "Dear Chief Constable,", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("Times", "B", 11)
pdf.multi_cell(0, 5.5, "PEEL 2023\u201325: revisit to assess progress against the cause of concern "
               "about how the force responds to the public", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Times", "", 11)


def para(text, sup=None, rest=None):
    """A justified paragraph; if `sup` is given, write text + superscript mark + rest."""
    if sup is None:
        pdf.multi_cell(0, 5.5, text, align="J", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.write(5.5, text)
        pdf.char_vpos = "SUP"
        pdf.write(5.5, sup)
        pdf.char_vpos = "LINE"
        pdf.write(5.5, rest)
        pdf.ln(5.5)
    pdf.ln(2.5)


para("In our PEEL 2023\u201325 inspection report on Gwent Police, published in March 2024, we "
     "graded the force inadequate at responding to the public and requires improvement at "
     "investigating crime. In 2021/22 the force had been graded adequate for responding to the "
     "public, so this was a significant fall.", "1", "")
para("Because of what we found, we raised the following cause of concern:")
pdf.set_font("Times", "I", 11)
pdf.set_x(35)
pdf.multi_cell(0, 5.5, "The force isn't answering emergency and non-emergency calls quickly "
               "enough, and it doesn't always assess the risk to callers properly. This means "
               "that vulnerable people may not get the help they need.", align="J",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(2.5)
pdf.set_font("Times", "", 11)
para("We made two recommendations to address it:")
pdf.set_font("Times", "I", 11)
for n, t in enumerate([
        "Within three months, the force should make sure that it has enough trained call "
        "handlers on each shift to meet the demand it expects.",
        "Within six months, the force should make sure that call handlers use a structured "
        "risk assessment for every call and that supervisors check its quality."], 1):
    pdf.set_x(30)
    pdf.cell(7, 5.5, "%d." % n)
    pdf.multi_cell(0, 5.5, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(1.5)
pdf.set_font("Times", "B", 11)
pdf.cell(0, 6, "What we found on our revisit", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
para("We revisited the force in September 2024. We found that it has made good progress "
     "against the first recommendation: 999 calls answered within ten seconds rose from 61 "
     "per cent to 88 per cent over the summer.", "2", "")
para("Progress against the second recommendation has been slower. The structured risk "
     "assessment is now used on most calls, but the quality of supervisory checks varies "
     "between shifts. We will examine this again in early 2025.")
para("The joint public service centre shares some systems with South Wales Police and "
     "Dyfed-Powys Police; our findings in this letter relate only to Gwent. We have not "
     "re-graded the force, and this letter does not change any of the grades in our 2024 "
     "report.")
para("I am copying this letter to the Police and Crime Commissioner for Gwent.")
pdf.ln(4)
pdf.cell(0, 5.2, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_font("Times", "B", 11)
pdf.cell(0, 5.2, "Dafydd Rhoswen", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Times", "", 11)
pdf.cell(0, 5.2, "His Majesty's Inspector of Constabulary", new_x="LMARGIN", new_y="NEXT")
pdf.ln(10)
pdf.set_draw_color(150, 150, 150)
pdf.line(25, pdf.get_y(), 80, pdf.get_y())
pdf.ln(2)
pdf.set_font("Times", "", 8.5)
pdf.multi_cell(0, 4.2, "1  Grades use a five-point scale: outstanding, good, adequate, requires "
               "improvement and inadequate.", new_x="LMARGIN", new_y="NEXT")
pdf.multi_cell(0, 4.2, "2  Figures supplied by the force for June to August 2024 and checked by "
               "our data team.", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
