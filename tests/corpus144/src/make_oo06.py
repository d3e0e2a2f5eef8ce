"""oo06.pdf -- a police and crime panel paper comparing PEEL 2016 effectiveness grades in
the East Midlands (Nottinghamshire).

reportlab canvas, text placed line by line at absolute positions. The regional table is
drawn COLUMN BY COLUMN: all cells of the first column top to bottom, then the second
column, and so on, with two-line cells ("Requires" / "improvement") in the grade columns.
Grid lines are drawn after the text.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "../docs/oo06.pdf"
W, H = A4
L, R = 20 * mm, 190 * mm
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Panel paper: PEEL effectiveness 2016")


def wrap(text, font, size, width):
    lines, cur = [], ""
    for w in text.split():
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    return lines + [cur]


def para(y, text, font="Helvetica", size=10, lead=13, left=L, right=R):
    for line in wrap(text, font, size, right - left):
        c.setFont(font, size)
        c.drawString(left, y, line)
        y -= lead
    return y - 5


def page_furniture(n):
    c.setFont("Helvetica", 8)
    c.drawString(L, H - 12 * mm, "NOTTINGHAMSHIRE POLICE AND CRIME PANEL  \u2013  6 June 2017")
    c.drawRightString(R, H - 12 * mm, "Item 9")
    c.drawCentredString(W / 2, 10 * mm, "Page %d of 2" % n)


page_furniture(1)
y = H - 26 * mm
c.setFont("Helvetica-Bold", 14)
c.drawString(L, y, "HMIC PEEL effectiveness 2016: how Nottinghamshire compares")
y -= 9 * mm
c.setFont("Helvetica-Bold", 10)
c.drawString(L, y, "Report of the Police and Crime Commissioner")
y -= 9 * mm
y = para(y, "1. Purpose. This paper gives the Panel the results of Her Majesty's Inspectorate of "
         "Constabulary's 2016 effectiveness inspection for Nottinghamshire Police and sets them "
         "beside the other four forces in the East Midlands region. HMIC published the reports "
         "on 2 March 2017. The effectiveness assessment asks how well a force keeps people safe "
         "and reduces crime.")
y = para(y, "2. Summary. HMIC judged Nottinghamshire Police to be good at keeping people safe and "
         "reducing crime, an improvement on the 2015 assessment, when it was judged to require "
         "improvement. Nationally, HMIC graded three forces outstanding and eight inadequate on "
         "at least one question; none of the East Midlands forces was in either group.")
y = para(y, "3. Table 1 sets out the overall judgement and the four graded questions for each "
         "force. The fifth question, on specialist capabilities, was not graded.")
y -= 2 * mm
c.setFont("Helvetica-Bold", 9.5)
c.drawString(L, y, "Table 1: PEEL effectiveness 2016, East Midlands forces")
y -= 5 * mm

cols = ["Force", "Overall 2016", "Preventing crime and anti-social behaviour",
        "Investigating crime and reducing re-offending", "Protecting vulnerable people",
        "Tackling serious and organised crime", "Overall 2015"]
G, RI = "Good", "Requires improvement"
rows = [
    ("Derbyshire Constabulary", G, G, G, G, G, G),
    ("Leicestershire Police", RI, G, RI, RI, G, G),
    ("Lincolnshire Police", RI, G, RI, RI, G, RI),
    ("Northamptonshire Police", RI, RI, RI, RI, G, RI),
    ("Nottinghamshire Police", G, G, RI, G, G, RI),
]
widths = [36 * mm, 21 * mm, 24 * mm, 25 * mm, 22 * mm, 21 * mm, 21 * mm]
head_h, row_h = 17 * mm, 11 * mm
top = y
# header shading first
c.setFillColor(colors.HexColor("#d9e2f3"))
c.rect(L, top - head_h, sum(widths), head_h, stroke=0, fill=1)
c.setFillColor(colors.black)
x = L
for k, (head, w) in enumerate(zip(cols, widths)):
    # the whole column: header, then each row's cell
    yy = top - 4 * mm
    for line in wrap(head, "Helvetica-Bold", 8, w - 3 * mm):
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 1.5 * mm, yy, line)
        yy -= 3.5 * mm
    for n, row in enumerate(rows):
        cy = top - head_h - n * row_h - 4.5 * mm
        font = "Helvetica-Bold" if row[0].startswith("Nottinghamshire") else "Helvetica"
        for line in wrap(row[k], font, 8.5, w - 3 * mm):
            c.setFont(font, 8.5)
            c.drawString(x + 1.5 * mm, cy, line)
            cy -= 3.7 * mm
    x += w
# grid last
c.setStrokeColor(colors.HexColor("#555555"))
c.setLineWidth(0.5)
bottom = top - head_h - len(rows) * row_h
x = L
for w in widths + [0]:
    c.line(x, top, x, bottom)
    x += w
c.line(L, top, L + sum(widths), top)
for n in range(len(rows) + 1):
    yy = top - head_h - n * row_h
    c.line(L, yy, L + sum(widths), yy)
y = bottom - 5 * mm
c.setFont("Helvetica-Oblique", 7.5)
c.drawString(L, y, "HMIC grades: outstanding, good, requires improvement, inadequate. "
             "Source: HMIC PEEL effectiveness 2016 force reports.")
c.showPage()

page_furniture(2)
y = H - 26 * mm
y = para(y, "4. Areas for improvement. HMIC identified two areas for improvement for "
         "Nottinghamshire Police in its investigation of crime:")
for n, t in enumerate([
        "The force should ensure that all investigations are allocated to officers with the "
        "right skills and experience, and are supervised effectively.",
        "The force should improve how it manages suspects who are circulated as wanted on "
        "the police national computer, so that they are arrested promptly."], 1):
    c.setFont("Helvetica", 10)
    c.drawString(L + 3 * mm, y, "(%s)" % "ab"[n - 1])
    y = para(y, t, left=L + 11 * mm)
y = para(y, "5. The Chief Constable has told the Commissioner that an investigation standards "
         "board, chaired by the Deputy Chief Constable, will oversee the work on both areas.")
y = para(y, "6. The Commissioner, Ellis Varnham, will report progress to the Panel in "
         "November 2017, after the 2017 effectiveness fieldwork has finished.")
y = para(y, "7. Recommendation. The Panel is invited to note the report.")
y -= 8 * mm
c.setFont("Helvetica", 9)
c.drawString(L, y, "Contact: Office of the Police and Crime Commissioner, Arnot Hill House, Arnold")
c.showPage()
c.save()
