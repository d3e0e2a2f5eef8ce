"""oo08.pdf -- the inspection chapter of a PCC's annual report 2014/15 (Suffolk, PEEL 2014).

fpdf2 with an embedded TrueType font (DejaVu Serif) and text shaping (harfbuzz) switched
on, so "fi", "ff", "ffi" and "fl" are drawn as ligature glyphs ("efficiency", "officers",
"offending"). Two columns through text_columns(), justified; a side box in Helvetica; a
running head on every page and page numbers.
"""
from fpdf import FPDF

OUT = "../docs/oo08.pdf"
DJ = "/usr/share/fonts/truetype/dejavu/"


class PDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "I", 8)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Suffolk Police and Crime Commissioner  \u2013  Annual Report 2014/15",
                  align="L")
        self.cell(0, 5, "Chapter 4: Inspection and scrutiny", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 5, str(26 + self.page_no()), align="C")


pdf = PDF(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.add_font("Serif", "", DJ + "DejaVuSerif.ttf")
pdf.add_font("Serif", "B", DJ + "DejaVuSerif-Bold.ttf")
pdf.add_font("Serif", "I", DJ + "DejaVuSerif-Italic.ttf")
pdf.set_text_shaping(True)
pdf.set_margins(18, 15, 18)
pdf.set_auto_page_break(True, 18)
pdf.set_title("Annual Report 2014/15 - chapter 4")
pdf.add_page()
pdf.set_font("Serif", "B", 20)
pdf.set_text_color(0, 70, 110)
pdf.cell(0, 11, "4. Inspection and scrutiny", new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.ln(2)
# side box in a core font
pdf.set_font("Helvetica", "", 8.5)
pdf.set_fill_color(230, 240, 246)
pdf.multi_cell(0, 4.6, (
    "About the grades. HMIC uses four grades: outstanding, good, requires improvement and "
    "inadequate. In 2014 it graded 43 forces for efficiency: 3 outstanding, 28 good, 11 requiring "
    "improvement and 1 inadequate. Figures for other forces are on the HMIC website."),
    border=1, fill=True, padding=3, new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)

paras = [
    ("B", "How HMIC assessed Suffolk Constabulary in 2014"),
    ("", "November 2014 saw the first PEEL assessments, in which Her Majesty\u2019s Inspectorate "
         "of Constabulary (HMIC) looked at the effectiveness, efficiency and legitimacy of "
         "every force in England and Wales. For this first year HMIC gave an overall grade "
         "for efficiency only; the other two strands were reported question by question or "
         "in narrative form."),
    ("", "HMIC judged Suffolk Constabulary to be good at efficiency. It found that the force "
         "had a secure financial position and a clear plan for the savings it must still find, "
         "much of it through the joint programme with Norfolk Constabulary."),
    ("", "On effectiveness, HMIC found the constabulary good at reducing crime and preventing "
         "offending, and good at tackling anti-social behaviour, but said it requires "
         "improvement in how it investigates offending. The inspectors were concerned that "
         "some victims of less serious offences were not kept informed."),
    ("", "Legitimacy was not graded in 2014. HMIC\u2019s narrative found that officers "
         "treated the public fairly and that the force had made a strong start on the Code of "
         "Ethics."),
    ("B", "Holding the Chief Constable to account"),
    ("", "I discussed the findings with Chief Constable Philippa Garside at my Accountability "
         "and Performance Panel in January 2015. She set out a plan to improve the supervision "
         "of investigations and to make sure victims are updated at agreed intervals. I will "
         "look again at progress when HMIC publishes its 2015 assessments, expected in the "
         "early months of 2016."),
    ("", "Suffolk Fire and Rescue Service is run by the county council and is not inspected "
         "by HMIC; it does not fall within my responsibilities."),
    ("B", "Other inspections this year"),
    ("", "HMIC also published reports on crime data integrity, domestic abuse and custody "
         "during the year. The crime data integrity report found that the force recorded 88 "
         "per cent of the crimes it should have recorded; it made no graded judgement. "
         "Officers and staff deserve credit for the professional way they responded to every "
         "one of these inspections."),
]
with pdf.text_columns(text_align="J", ncols=2, gutter=8, line_height=1.35) as cols:
    for style, text in paras:
        if style == "B":
            pdf.set_font("Serif", "B", 11)
            pdf.set_text_color(0, 70, 110)
            with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1) as par:
                par.write(text)
        else:
            pdf.set_font("Serif", "", 10)
            pdf.set_text_color(0, 0, 0)
            with cols.paragraph(bottom_margin=2.5) as par:
                par.write(text)
    pdf.set_font("Serif", "I", 10)
    with cols.paragraph(text_align="L", top_margin=4) as par:
        par.write("Tobias Whitcombe\nPolice and Crime Commissioner for Suffolk")
pdf.output(OUT)
