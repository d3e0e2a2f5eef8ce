"""oo03.pdf -- a police and crime panel's PEEL action tracker (Northumbria, PEEL 2021/22).

fpdf2: A4 landscape, core fonts, a running header and page numbers in header()/footer(),
and a tracker table built with FPDF.table() whose cells wrap; the header row repeats on
each page and the status column is shaded.
"""
from fpdf import FPDF
from fpdf.fonts import FontFace

OUT = "../docs/oo03.pdf"


class PDF(FPDF):
    def header(self):
        self.set_font("Helvetica", "B", 9)
        self.set_text_color(60, 60, 60)
        self.cell(0, 6, "Northumbria Police and Crime Panel  |  HMICFRS PEEL 2021/22 "
                  "improvement tracker", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 94, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Agenda item 7  \u2013  Page %d of {nb}" % self.page_no(), align="R")


pdf = PDF(orientation="L", format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.set_margins(14, 12, 14)
pdf.set_auto_page_break(True, margin=16)
pdf.set_title("PEEL improvement tracker")
pdf.add_page()
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "B", 15)
pdf.cell(0, 9, "Report of the Police and Crime Commissioner: progress against the PEEL "
         "2021/22 findings", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5.2, (
    "Meeting of 18 July 2023. This report updates the Panel on the force's progress since "
    "HMICFRS published its PEEL 2021/22 report on Northumbria Police. The inspectorate graded "
    "the force good in three areas, adequate in four and requires improvement in two, and it "
    "raised one cause of concern. Investigating crime was graded requires improvement, and the "
    "cause of concern and both of its recommendations sit in that area. The tracker below is "
    "the one Police and Crime Commissioner Kiera Dunstan uses at her quarterly scrutiny board; "
    "the force's own updates are shown as supplied by its PEEL lead."),
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("Helvetica", "I", 8.5)
pdf.multi_cell(0, 4.5, (
    "Status key: G = complete and evidenced; A = in progress, on track; R = behind plan; "
    "B = closed by HMICFRS. Rows marked 'National' come from thematic reports addressed to all "
    "chief constables and are tracked here for information only."),
    new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

rows = [
    ("1", "Cause of concern", "Investigating crime",
     "The force isn't consistently carrying out effective investigations, and victims are too "
     "often not kept informed of progress or told when their case is closed.",
     "R", "A new investigation standards team started in April 2023. Compliance with victim "
     "updates rose from 48% to 63%, short of the 85% target."),
    ("1.1", "Recommendation", "Investigating crime",
     "Within six months, the force should make sure that investigations are allocated to staff "
     "with the right skills and that supervisors review them at set points.",
     "A", "Allocation policy rewritten; supervisory review points built into the crime system "
     "in May 2023."),
    ("1.2", "Recommendation", "Investigating crime",
     "Within six months, the force should make sure that it complies with the Code of Practice "
     "for Victims of Crime and records each victim's needs assessment.",
     "A", "Victims' Code compliance dashboard live since March 2023; monthly audit in each area "
     "command."),
    ("2", "Area for improvement", "Responding to the public",
     "The force should make sure that it answers non-emergency calls within a reasonable time.",
     "G", "Average answer time now under four minutes; online reporting use has doubled."),
    ("3", "Area for improvement", "Protecting vulnerable people",
     "The force should improve how it shares information with schools after a child has been "
     "present at a domestic abuse incident.",
     "A", "Operation Encompass notifications now sent by 09:00 on the next school day in all "
     "six local authority areas."),
    ("4", "Area for improvement", "Good use of resources",
     "The force should make sure that its plans for the estate and its fleet are linked to its "
     "medium-term financial plan.",
     "R", "No update received this quarter."),
    ("5", "Area for improvement", "Developing a positive workplace",
     "The force should improve the way it identifies and develops talent among police staff "
     "as well as officers.",
     "B", "Staff talent programme launched January 2023; HMICFRS closed this AFI in June 2023."),
    ("6", "Area for improvement", "Preventing crime",
     "The force should evaluate its problem-solving work so that it knows which approaches "
     "reduce crime and anti-social behaviour, and share what works across its area commands.",
     "A", "Evaluation framework agreed with Northumbria University; first twelve problem-solving "
     "plans under review."),
    ("7", "Area for improvement", "Managing offenders and suspects",
     "The force should make sure that it manages registered sex offenders within the "
     "timescales set out in national guidance, and that overdue visits are completed.",
     "G", "Backlog of overdue visits cleared in February 2023; caseloads now within the "
     "national guidance."),
    ("N1", "National", "Vetting and misconduct (2022 thematic)",
     "By 30 April 2023, chief constables should review their force's vetting decisions for all "
     "officers with previous allegations of violence against women and girls.",
     "G", "Review completed; 212 cases re-examined."),
    ("N2", "National", "Police response to burglary (2022 thematic)",
     "Chief constables should make sure that every reported burglary is attended by an officer.",
     "A", "Attendance at 97% of reported burglaries since October 2022."),
]
shade = {"G": (198, 239, 206), "A": (255, 235, 156), "R": (255, 199, 206), "B": (189, 215, 238)}
head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(0, 94, 120))
pdf.set_font("Helvetica", "", 9.5)
with pdf.table(col_widths=(10, 31, 34, 96, 13, 85), line_height=5, padding=1, headings_style=head,
               text_align=("LEFT", "LEFT", "LEFT", "LEFT", "CENTER", "LEFT"),
               repeat_headings=1, borders_layout="ALL") as table:
    r = table.row()
    for h in ("Ref", "Type", "Area", "HMICFRS finding", "Status", "Force update (June 2023)"):
        r.cell(h)
    for ref, typ, area, text, status, upd in rows:
        r = table.row()
        r.cell(ref)
        r.cell(typ)
        r.cell(area)
        r.cell(text)
        r.cell(status, style=FontFace(fill_color=shade[status], emphasis="BOLD"))
        r.cell(upd)
pdf.ln(4)
pdf.set_font("Helvetica", "", 10)
pdf.multi_cell(0, 5.2, (
    "The Panel is asked to note the report. The next PEEL inspection of Northumbria is expected "
    "in the 2024/25 cycle; Durham Constabulary and Cleveland Police, our regional neighbours, "
    "report similar pressures on investigation standards."), new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
