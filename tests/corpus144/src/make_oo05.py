"""oo05.pdf -- a PCC's one-page PEEL 2018/19 scorecard (Cumbria).

reportlab canvas, one A4 page drawn OUT OF READING ORDER, as design tools often write it:
first the footer, then the right-hand grades panel, then the masthead, and the body text
last. On paper it reads masthead, body, panel, footer. Mixed fonts: Liberation Serif
(TrueType, embedded) for the body, Helvetica for the panel.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = "../docs/oo05.pdf"
W, H = A4
pdfmetrics.registerFont(TTFont("LibSerif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSerifB", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerifI", "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"))

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("PEEL 2018/19 scorecard")
BODY_L, BODY_R = 18 * mm, 128 * mm
PANEL_L, PANEL_R = 135 * mm, 195 * mm


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


# 1. footer (drawn first)
c.setFillColor(colors.HexColor("#0b3d2e"))
c.rect(0, 0, W, 16 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica", 7.5)
c.drawString(18 * mm, 9 * mm, "Office of the Police and Crime Commissioner for Cumbria  \u2022  "
             "Carleton Hall, Penrith  \u2022  published 3 May 2019")
c.drawString(18 * mm, 5 * mm, "Grades are those published by HMICFRS. This scorecard is a "
             "summary; the full report is on the HMICFRS website.")
c.drawRightString(195 * mm, 9 * mm, "1 / 1")

# 2. right-hand panel (drawn second)
c.setFillColor(colors.HexColor("#e8f1ec"))
c.rect(PANEL_L - 3 * mm, 22 * mm, PANEL_R - PANEL_L + 6 * mm, 215 * mm, stroke=0, fill=1)
c.setFillColor(colors.HexColor("#0b3d2e"))
y = 230 * mm
c.setFont("Helvetica-Bold", 10.5)
c.drawString(PANEL_L, y, "PEEL 2018/19 at a glance")
y -= 8 * mm
panel = [
    ("Effectiveness", "Good", True),
    ("Preventing crime and tackling anti-social behaviour", "Good", False),
    ("Investigating crime", "Requires improvement", False),
    ("Protecting vulnerable people", "Good", False),
    ("Tackling serious and organised crime", "Good", False),
    ("Efficiency", "Good", True),
    ("Using resources to meet demand", "Good", False),
    ("Planning for the future", "Outstanding", False),
    ("Legitimacy", "Good", True),
    ("Fair treatment of the public", "Good", False),
    ("Ethical and lawful workforce behaviour", "Good", False),
    ("Fair treatment of the workforce", "Good", False),
]
for label, grade, pillar in panel:
    c.setFillColor(colors.HexColor("#0b3d2e"))
    c.setFont("Helvetica-Bold" if pillar else "Helvetica", 9 if pillar else 8)
    for line in wrap(label, "Helvetica", 8, PANEL_R - PANEL_L):
        c.drawString(PANEL_L, y, line)
        y -= 3.8 * mm
    c.setFont("Helvetica-Bold", 8.5)
    c.setFillColor(colors.HexColor("#b5581a") if grade == "Requires improvement"
                   else colors.HexColor("#1a7a4c"))
    c.drawString(PANEL_L + 3 * mm, y, grade)
    y -= 6.5 * mm if not pillar else 5.5 * mm
y -= 2 * mm
c.setFillColor(colors.HexColor("#0b3d2e"))
c.setFont("Helvetica-Bold", 8.5)
c.drawString(PANEL_L, y, "Legitimacy in 2017")
y -= 4 * mm
c.setFont("Helvetica", 8)
c.drawString(PANEL_L, y, "Good (HMICFRS, December 2017)")
y -= 7 * mm
c.setFont("Helvetica-Oblique", 7)
for line in wrap("Key: outstanding, good, requires improvement, inadequate. Specialist "
                 "capabilities are not graded.", "Helvetica-Oblique", 7, PANEL_R - PANEL_L):
    c.drawString(PANEL_L, y, line)
    y -= 3.3 * mm

# 3. masthead (drawn third)
c.setFillColor(colors.HexColor("#0b3d2e"))
c.rect(0, H - 38 * mm, W, 38 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("LibSerifB", 22)
c.drawString(18 * mm, H - 20 * mm, "How good is Cumbria Constabulary?")
c.setFont("LibSerif", 12)
c.drawString(18 * mm, H - 29 * mm, "A scorecard on the PEEL 2018/19 inspection by HMICFRS")

# 4. body text (drawn last)
c.setFillColor(colors.black)
y = H - 52 * mm
paras = [
    ("LibSerif", "The county\u2019s police force has been judged good for effectiveness, "
     "efficiency and legitimacy in the integrated PEEL assessment for 2018/19, and outstanding "
     "at planning for the future. Police and Crime Commissioner Rhodri Quaile said the result "
     "reflected the work of officers, staff and volunteers across a large rural area."),
    ("LibSerifI", "\u201cI am pleased that the inspectorate recognises how carefully the "
     "Constabulary plans its finances and its workforce. I will hold the Chief Constable to "
     "account for the one area that requires improvement,\u201d Mr Quaile said."),
    ("LibSerif", "Chief Constable Bethan Lorimer said the force would publish its plan for "
     "investigations by the end of June. The inspection found that some investigations of "
     "less serious crime were not supervised closely enough."),
    ("LibSerifB", "Area for improvement (investigating crime)"),
    ("LibSerifI", "The constabulary should make sure that all investigations are allocated "
     "to investigators with the right skills, and that supervisors review them regularly."),
    ("LibSerif", "Constabulary response: a new investigation quality team has been set up "
     "within Crime Command, and supervisors now review every open investigation at 28 days."),
    ("LibSerif", "Cumbria Fire and Rescue Service, which the inspectorate also examines, was "
     "judged requires improvement at protecting the public through fire regulation in its own "
     "inspection; that result is reported separately by the county council. Cumbria works with "
     "Lancashire Constabulary and the other North West forces through the regional organised "
     "crime unit."),
]
for font, text in paras:
    size = 11.5 if font != "LibSerifB" else 12
    for line in wrap(text, font, size, BODY_R - BODY_L):
        c.setFont(font, size)
        c.drawString(BODY_L, y, line)
        y -= 5.6 * mm
    y -= 3.5 * mm
c.showPage()
c.save()
