"""oo10.pdf -- a force's "PEEL at a glance" poster (Thames Valley, PEEL 2023-25).

fpdf2, as a design tool lays out a one-page infographic: coloured tiles placed at absolute
positions with rect() and text() / cell() (no flowing text), DejaVu Sans (TrueType, text
shaping on, ligatures) for the body, Helvetica for the tile labels, a colour key that
names every grade, and a strip of earlier (2021/22) grades inside each tile.
"""
from fpdf import FPDF

OUT = "../docs/oo10.pdf"
DJ = "/usr/share/fonts/truetype/dejavu/"
COL = {"Outstanding": (0, 112, 60), "Good": (84, 160, 70), "Adequate": (240, 180, 40),
       "Requires improvement": (232, 110, 40), "Inadequate": (190, 30, 45)}

pdf = FPDF(format="A4")
pdf.core_fonts_encoding = "windows-1252"
pdf.add_font("Sans", "", DJ + "DejaVuSans.ttf")
pdf.add_font("Sans", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.set_text_shaping(True)
pdf.set_auto_page_break(False)
pdf.set_title("PEEL at a glance")
pdf.add_page()

# banner
pdf.set_fill_color(20, 40, 90)
pdf.rect(0, 0, 210, 42, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Sans", "B", 24)
pdf.text(14, 18, "PEEL at a glance")
pdf.set_font("Sans", "", 11.5)
pdf.text(14, 27, "Thames Valley Police \u2013 HMICFRS PEEL 2023\u201325 inspection")
pdf.set_font("Helvetica", "", 8.5)
pdf.text(14, 35, "Report published 14 November 2024  |  fieldwork February to June 2024")

# intro
pdf.set_text_color(0, 0, 0)
pdf.set_xy(14, 48)
pdf.set_font("Sans", "", 9.5)
pdf.multi_cell(182, 5, (
    "His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services inspected how "
    "effectively and efficiently we police the three counties of Berkshire, Buckinghamshire and "
    "Oxfordshire. Here is a summary of what they found in each area, with the grade from the "
    "previous inspection for comparison."))

tiles = [
    ("Police powers and public treatment", "Adequate", "Good"),
    ("Preventing crime", "Good", "Good"),
    ("Responding to the public", "Requires improvement", "Requires improvement"),
    ("Investigating crime", "Requires improvement", "Adequate"),
    ("Protecting vulnerable people", "Adequate", "Adequate"),
    ("Managing offenders and suspects", "Good", "Good"),
    ("Building, supporting and protecting the workforce", "Adequate", "Good"),
    ("Leadership and force management", "Adequate", "Adequate"),
]
x0, y0, tw, th, gap = 14, 70, 88, 30, 6
for n, (area, grade, before) in enumerate(tiles):
    col, row = n % 2, n // 2
    x, y = x0 + col * (tw + gap), y0 + row * (th + gap)
    pdf.set_fill_color(*COL[grade])
    pdf.rect(x, y, 5, th, style="F")
    pdf.set_draw_color(200, 200, 200)
    pdf.rect(x, y, tw, th, style="D")
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_text_color(20, 40, 90)
    pdf.set_xy(x + 8, y + 3)
    pdf.multi_cell(tw - 10, 4.3, area)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*COL[grade])
    pdf.text(x + 8, y + 20, grade)
    pdf.set_font("Helvetica", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.text(x + 8, y + 27, "2021/22: %s" % before)

y = y0 + 4 * (th + gap) + 2
pdf.set_text_color(0, 0, 0)
pdf.set_font("Helvetica", "B", 8)
pdf.text(14, y, "Victim service assessment: not graded")

# chief constable's message
y += 8
pdf.set_fill_color(240, 243, 250)
pdf.rect(14, y, 182, 42, style="F")
pdf.set_xy(18, y + 4)
pdf.set_font("Sans", "B", 10)
pdf.cell(0, 5, "A message from the Chief Constable", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(18, y + 11)
pdf.set_font("Sans", "", 9.5)
pdf.multi_cell(174, 5, (
    "\u201cWe have made real progress on preventing crime and managing offenders, and the "
    "inspectors found good practice in our Op Flame fraud team. But we are not answering "
    "non-emergency calls fast enough, and too many investigations are not finished to the "
    "standard victims deserve. Fixing both is my first priority for 2025.\u201d "
    "\u2013 Chief Constable Olamide Fairbrother"))

# key
y += 50
pdf.set_font("Helvetica", "B", 8)
pdf.text(14, y, "Grade key")
x = 34
for g, rgb in COL.items():
    pdf.set_fill_color(*rgb)
    pdf.rect(x, y - 3, 4, 4, style="F")
    pdf.set_font("Helvetica", "", 8)
    pdf.text(x + 5.5, y, g)
    x += 8 + pdf.get_string_width(g)

# footer strip
pdf.set_fill_color(20, 40, 90)
pdf.rect(0, 282, 210, 15, style="F")
pdf.set_text_color(255, 255, 255)
pdf.set_font("Helvetica", "", 7.5)
pdf.text(14, 290, "Joint operations with Hampshire and Isle of Wight Constabulary (roads "
         "policing, firearms and dogs) were inspected as part of this report.")
pdf.output(OUT)
