"""oo04.pdf -- an HMIC PEEL legitimacy 2015 force summary (Warwickshire).

reportlab canvas. Body paragraphs are justified by hand and drawn WORD BY WORD: each word
is its own drawString at a computed x, so the file holds no space characters between the
words of a line. Headings are small caps made of two font sizes (a large initial capital
and smaller capitals drawn separately). Page numbers at the foot.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = "../docs/oo04.pdf"
W, H = A4
L, R = 25 * mm, 185 * mm
c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("PEEL: Police legitimacy 2015 - Warwickshire Police")
state = {"y": H - 30 * mm, "page": 1}


def footer():
    c.setFont("Helvetica", 8)
    c.setFillColor(colors.grey)
    c.drawCentredString(W / 2, 12 * mm, str(state["page"]))
    c.setFillColor(colors.black)


def newpage():
    footer()
    c.showPage()
    state["page"] += 1
    state["y"] = H - 30 * mm


def need(h):
    if state["y"] - h < 25 * mm:
        newpage()


def smallcaps(text, size, x=L, color="#3b1f5c"):
    """Each word: a capital initial at `size`, the rest upper-case at 0.78 * size."""
    need(size * 1.6)
    c.setFillColor(colors.HexColor(color))
    y = state["y"]
    for word in text.split():
        if not word[0].isupper():
            word = " " + word  # no large initial: the whole word is in small capitals
        c.setFont("Times-Bold", size)
        c.drawString(x, y, word[0].strip())
        x += stringWidth(word[0].strip(), "Times-Bold", size)
        rest = word[1:].upper()
        if rest:
            c.setFont("Times-Bold", size * 0.78)
            c.drawString(x, y, rest)
            x += stringWidth(rest, "Times-Bold", size * 0.78)
        x += stringWidth(" ", "Times-Bold", size)
    c.setFillColor(colors.black)
    state["y"] -= size * 1.7


def justified(text, font="Times-Roman", size=11, lead=14.5, left=L, right=R, after=6):
    width = right - left
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = cur + [w]
        if stringWidth(" ".join(trial), font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = [w]
    lines.append(cur)
    c.setFont(font, size)
    for n, line in enumerate(lines):
        need(lead)
        c.setFont(font, size)
        y = state["y"]
        ws = [stringWidth(w, font, size) for w in line]
        last = n == len(lines) - 1
        if last or len(line) == 1:
            gap = stringWidth(" ", font, size)
        else:
            gap = (width - sum(ws)) / (len(line) - 1)
        x = left
        for w, wd in zip(line, ws):
            c.drawString(x, y, w)
            x += wd + gap
        state["y"] -= lead
    state["y"] -= after


def heading(text, size=12.5):
    state["y"] -= 4
    need(30)
    c.setFont("Helvetica-Bold", size)
    c.setFillColor(colors.HexColor("#3b1f5c"))
    c.drawString(L, state["y"], text)
    c.setFillColor(colors.black)
    state["y"] -= size * 1.5


# cover block
c.setFillColor(colors.HexColor("#3b1f5c"))
c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
c.setFillColor(colors.white)
c.setFont("Helvetica-Bold", 11)
c.drawString(L, H - 13 * mm, "HMIC  \u2022  Her Majesty's Inspectorate of Constabulary")
state["y"] = H - 40 * mm
smallcaps("PEEL: Police legitimacy 2015", 22)
smallcaps("An inspection of Warwickshire Police", 15)
c.setFont("Helvetica", 9)
c.drawString(L, state["y"], "February 2016")
state["y"] -= 14 * mm

heading("Overall judgement")
justified(
    "This summary sets out how legitimate Warwickshire Police is in the eyes of the people it "
    "serves. Taking all of the evidence together, HMIC judges the force to be good. "
    "In 2014 HMIC did not give the force an overall legitimacy grade, so no comparison with "
    "last year is possible. Our judgements use four grades: outstanding, good, requires "
    "improvement and inadequate.")
justified(
    "The force works in a strategic alliance with West Mercia Police, and many of the policies "
    "we examined are shared by the two forces. Our findings here relate to Warwickshire alone.")

heading("Summary of the questions")
justified(
    "To what extent does the force treat fairly the people it serves? HMIC graded the force "
    "good. Officers and staff we met understood why fair treatment matters, and the force "
    "seeks the views of its communities through local meetings and an annual survey.")
justified(
    "How well does the force ensure that its workforce acts ethically and lawfully? The force "
    "was graded good. The Code of Ethics is well known, and the professional standards "
    "department deals with complaints promptly.")
justified(
    "To what extent are decisions taken on the use of stop and search and Taser fair and "
    "appropriate? The force requires improvement. Records of stop and search do not always "
    "show reasonable grounds, and supervisors rarely check them.")

heading("Areas for improvement")
justified("We found two areas in which the force should improve:", after=4)
for n, t in enumerate([
        "The force should make sure that every stop and search record sets out the grounds "
        "for the search, and that supervisors examine a sample of records each month.",
        "The force should analyse its use of Taser by the ethnicity of the person involved "
        "and publish the results."], 1):
    c.setFont("Times-Roman", 11)
    need(15)
    c.drawString(L + 2 * mm, state["y"], "%d." % n)
    justified(t, left=L + 9 * mm, after=5)

heading("Other findings")
justified(
    "We saw good practice in the way the force explains its use of force to community panels, "
    "and we shall return to this when we inspect again in 2016. Effectiveness and efficiency "
    "are reported separately and are not assessed in this summary.")
state["y"] -= 6 * mm
justified("Harriet Ockenden, HM Inspector of Constabulary", font="Times-Italic")
footer()
c.showPage()
c.save()
