"""oo09.pdf -- a police and crime panel report on PEEL 2021/22 (Hertfordshire).

reportlab platypus with a BaseDocTemplate and a PageTemplate whose onPage draws the same
heading as a running header on every page, plus "n" page numbers. Small-caps title made of
two font sizes inside one Paragraph (<font size>), superscript footnote marks (<super>),
tables with grid lines and shaded header rows; the AFI table has a progress column.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

OUT = "../docs/oo09.pdf"
RUN = "Hertfordshire Police and Crime Panel \u2013 HMICFRS PEEL 2021/22: the Commissioner\u2019s report"

base = ParagraphStyle("base", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=7)
small = ParagraphStyle("small", parent=base, fontSize=8.5, leading=10.5, spaceAfter=3)
h2 = ParagraphStyle("h2", parent=base, fontName="Helvetica-Bold", fontSize=11.5, spaceBefore=8,
                    textColor=colors.HexColor("#5b2c6f"))
cell = ParagraphStyle("cell", parent=base, fontName="Helvetica", fontSize=8.8, leading=11,
                      spaceAfter=0)
hcell = ParagraphStyle("hcell", parent=cell, fontName="Helvetica-Bold")


def sc(text, big=17, little=13):
    """Small capitals: capitals at `big`, lower-case letters as capitals at `little`."""
    out = []
    for ch in text:
        if ch.islower():
            out.append('<font size="%s">%s</font>' % (little, ch.upper()))
        else:
            out.append(ch)
    return Paragraph("".join(out), ParagraphStyle("sc", parent=base, fontName="Times-Bold",
                                                   fontSize=big, leading=big + 5,
                                                   textColor=colors.HexColor("#5b2c6f")))


def on_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.setFillColor(colors.HexColor("#5b2c6f"))
    canv.drawString(20 * mm, 288 * mm, RUN)
    canv.setStrokeColor(colors.HexColor("#5b2c6f"))
    canv.line(20 * mm, 286 * mm, 190 * mm, 286 * mm)
    canv.setFillColor(colors.black)
    canv.drawCentredString(105 * mm, 11 * mm, "%d" % doc.page)
    canv.restoreState()


def table(data, widths, shade_col=None):
    t = Table([[Paragraph(x, hcell if r == 0 else cell) for x in row]
               for r, row in enumerate(data)], colWidths=widths, repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#8e7aa0")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8daef")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    t.setStyle(TableStyle(style))
    return t


doc = BaseDocTemplate(OUT, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                      topMargin=22 * mm, bottomMargin=20 * mm, title="Panel report PEEL 2021/22")
frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])

S = []
S.append(Paragraph("Agenda item 6 \u2013 14 March 2023", small))
S.append(sc("Hertfordshire Constabulary: PEEL 2021/22"))
S.append(sc("Report of the Police and Crime Commissioner", 13, 10))
S.append(Spacer(1, 4 * mm))
S.append(Paragraph("1. Summary", h2))
S.append(Paragraph(
    "His Majesty\u2019s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) "
    "published its PEEL 2021/22 report on Hertfordshire Constabulary on 9 December 2022. The "
    "constabulary was graded good in six of the nine graded areas and adequate in the other "
    "three. No area was graded requires improvement or inadequate, and there were no causes of "
    "concern.<super>1</super>", base))
S.append(Paragraph(
    "Police and Crime Commissioner Lorcan Beddoes has written to the Home Secretary with his "
    "comments, as the Police Act 1996 requires. Chief Constable Saoirse Pemberton-Lyle has "
    "named a chief officer lead for each area for improvement; Assistant Chief Constable Ravi "
    "Kettering leads on investigations.", base))
S.append(Paragraph("2. Grades", h2))
S.append(table([
    ["Area", "Grade"],
    ["Providing a service to the victims of crime", "Not graded"],
    ["Treating the public fairly", "Good"],
    ["Preventing and deterring crime and anti-social behaviour, and reducing vulnerability", "Good"],
    ["Responding to the public", "Adequate"],
    ["Investigating crime", "Adequate"],
    ["Protecting vulnerable people", "Good"],
    ["Managing offenders and suspects", "Good"],
    ["Developing a positive workplace", "Good"],
    ["Good use of resources", "Adequate"],
    ["Recording data about crime<super>2</super>", "Good"],
], [120 * mm, 50 * mm]))
S.append(Spacer(1, 2 * mm))
S.append(Paragraph(
    "Grading scale: outstanding, good, adequate, requires improvement, inadequate. In the "
    "integrated PEEL assessment of 2018/19 the constabulary was graded good for effectiveness "
    "and good for legitimacy.", small))
S.append(Paragraph("3. Areas for improvement and progress", h2))
S.append(Paragraph(
    "The report contains nine areas for improvement. The four that the Panel asked to follow "
    "are set out below with the constabulary\u2019s progress at February 2023.", base))
S.append(table([
    ["Ref", "Area", "Area for improvement", "Constabulary progress"],
    ["AFI 1", "Responding to the public",
     "The constabulary should make sure it answers emergency calls promptly, in line with the "
     "national standard.",
     "Emergency calls answered within ten seconds rose to 89% in January 2023."],
    ["AFI 2", "Investigating crime",
     "The constabulary should make sure that investigation plans are recorded and that "
     "supervisors review them, so that lines of enquiry are not missed.",
     "A supervision checklist is now mandatory on the crime system."],
    ["AFI 3", "Investigating crime",
     "The constabulary should make sure that when a victim withdraws support for a prosecution, "
     "the reasons are recorded and evidence-led prosecutions are considered.",
     "\u2014"],
    ["AFI 4", "Good use of resources",
     "The constabulary should improve its understanding of the demand that its officers and "
     "staff face, so it can match its workforce to that demand.",
     "Demand modelling work has been commissioned jointly with Bedfordshire Police and "
     "Cambridgeshire Constabulary."],
], [16 * mm, 30 * mm, 70 * mm, 54 * mm]))
S.append(Spacer(1, 3 * mm))
S.append(Paragraph("4. Other matters", h2))
S.append(Paragraph(
    "The inspectorate noted good practice in the constabulary\u2019s use of a dedicated team to "
    "review unanswered non-emergency calls. Hertfordshire Fire and Rescue Service, which the same "
    "inspectorate examined in 2022, was graded good for effectiveness; that report is dealt with "
    "by the county council, not by this Panel.", base))
S.append(Paragraph(
    "The next PEEL inspection is expected in 2024. The Commissioner\u2019s budget for 2023/24 "
    "includes provision for 40 additional call handlers.", base))
S.append(Paragraph("5. Recommendation", h2))
S.append(Paragraph("That the Panel notes the report.", base))
S.append(Spacer(1, 6 * mm))
S.append(Paragraph("<super>1</super> HMICFRS reported on serious and organised crime for the "
                   "Eastern region as a whole; it is not graded here.", small))
S.append(Paragraph("<super>2</super> From the crime data integrity inspection carried out "
                   "within PEEL.", small))
doc.build(S)
