"""oo02.pdf -- a PCC decision record (Derbyshire, PEEL 2017 efficiency).

reportlab canvas only: every line is placed with drawString at an absolute position. The
first page is a form: labels at x=20 mm, values at a fixed x=72 mm (wrapped by hand).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

OUT = "../docs/oo02.pdf"
W, H = A4
LX, VX, RX = 20 * mm, 72 * mm, 190 * mm


def wrap(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Decision record DR 2017/041")
c.setAuthor("Office of the Police and Crime Commissioner")


def header(page):
    c.setFillColor(colors.HexColor("#004b87"))
    c.rect(0, H - 28 * mm, W, 28 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(LX, H - 14 * mm, "Police and Crime Commissioner for Derbyshire")
    c.setFont("Helvetica", 10)
    c.drawString(LX, H - 21 * mm, "RECORD OF DECISION  \u2013  PUBLIC")
    c.setFillColor(colors.black)
    c.setFont("Helvetica", 8)
    c.drawRightString(RX, 12 * mm, "DR 2017/041   page %d of 2" % page)


header(1)
y = H - 42 * mm
fields = [
    ("Decision number", "DR 2017/041"),
    ("Title", "Response to the HMICFRS report PEEL: Police efficiency 2017 \u2013 Derbyshire "
              "Constabulary"),
    ("Decision maker", "Harold Penhaligon, Police and Crime Commissioner for Derbyshire"),
    ("Date of decision", "14 December 2017"),
    ("Report published", "9 November 2017"),
    ("Inspection", "PEEL efficiency 2017 (HMICFRS)"),
    ("Overall judgement", "Good"),
    ("Understanding demand", "Good"),
    ("Use of resources", "Good"),
    ("Planning for the future", "Requires improvement"),
    ("Previous judgement", "Efficiency 2016: requires improvement (HMIC)"),
    ("Budget implications", "None. Any costs will be met from the 2018/19 force budget."),
    ("Exempt information", "None"),
]
for label, value in fields:
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(LX, y, label)
    c.setFont("Helvetica", 9.5)
    for line in wrap(value, "Helvetica", 9.5, RX - VX):
        c.drawString(VX, y, line)
        y -= 5 * mm
    y -= 2 * mm
    c.setStrokeColor(colors.HexColor("#c8c8c8"))
    c.line(LX, y + 3.2 * mm, RX, y + 3.2 * mm)

y -= 4 * mm
c.setFont("Helvetica-Bold", 11)
c.drawString(LX, y, "1. Decision")
y -= 6 * mm
para = ("To approve and publish the Commissioner\u2019s comments below, and to send them to the "
        "Home Secretary and to Her Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue "
        "Services, as section 55 of the Police Act 1996 requires.")
c.setFont("Times-Roman", 11)
for line in wrap(para, "Times-Roman", 11, RX - LX):
    c.drawString(LX, y, line)
    y -= 5.2 * mm
y -= 3 * mm
c.setFont("Helvetica-Bold", 11)
c.drawString(LX, y, "2. Background")
y -= 6 * mm
para = ("The grading scale used in the report runs from outstanding through good and requires "
        "improvement to inadequate. This year the force moved up from requires improvement to "
        "good overall. Chief Constable Verity Ashdown has accepted both areas for improvement "
        "and her comments are recorded in section 3.")
c.setFont("Times-Roman", 11)
for line in wrap(para, "Times-Roman", 11, RX - LX):
    c.drawString(LX, y, line)
    y -= 5.2 * mm
c.showPage()

header(2)
y = H - 42 * mm
c.setFont("Helvetica-Bold", 11)
c.drawString(LX, y, "3. Areas for improvement and comments")
y -= 8 * mm
items = [
    ("AFI 1 (planning for the future)",
     "The constabulary should develop a workforce plan that is linked to its medium-term "
     "financial plan and sets out the skills it will need in three to five years\u2019 time.",
     "Chief Constable\u2019s comment",
     "A strategic workforce plan will go to the Joint Audit Committee in March 2018. It will "
     "be refreshed each autumn alongside the medium-term financial plan."),
    ("AFI 2 (understanding demand)",
     "The constabulary should improve its understanding of demand that is hidden or likely "
     "to emerge, such as modern slavery and online child sexual exploitation.",
     "Commissioner\u2019s note",
     "A response from the force on this area is still awaited and will be added when received."),
]
for label, text, who, comment in items:
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(LX, y, label)
    y -= 5.5 * mm
    c.setFont("Times-Italic", 11)
    for line in wrap(text, "Times-Italic", 11, RX - LX - 8 * mm):
        c.drawString(LX + 8 * mm, y, line)
        y -= 5.2 * mm
    y -= 1.5 * mm
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(LX + 8 * mm, y, who + ":")
    c.setFont("Helvetica", 9.5)
    first = True
    for line in wrap(comment, "Helvetica", 9.5, RX - VX - 10 * mm):
        c.drawString(VX + 10 * mm, y, line)
        y -= 5 * mm
    y -= 5 * mm

y -= 2 * mm
c.setFont("Helvetica-Bold", 11)
c.drawString(LX, y, "4. Declaration")
y -= 6 * mm
c.setFont("Times-Roman", 11)
for line in wrap("I confirm that I have no personal interest in this decision, and I approve it.",
                 "Times-Roman", 11, RX - LX):
    c.drawString(LX, y, line)
    y -= 5.2 * mm
y -= 8 * mm
c.setFont("Helvetica", 9.5)
for label, value in [("Signature", "H. Penhaligon (signed)"), ("Date", "14 December 2017"),
                     ("Chief Executive", "Reviewed and approved for publication")]:
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(LX, y, label)
    c.setFont("Helvetica", 9.5)
    c.drawString(VX, y, value)
    y -= 6 * mm
c.showPage()
c.save()
