"""Write docs/nh03.html: a PEEL 2021/22 report (Lincolnshire Police) as a PDF-to-HTML
converter (pdf2htmlEX style) writes it -- one absolutely placed <div> per printed line,
spans that split words, ligature glyphs, &shy; and zero-width spaces, running heads and
page numbers between the lines of a sentence, and a five-column grade table whose
source order reads across the columns.  Standard library only."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "nh03.html")

pages = []


def page(lines):
    pages.append(lines)


# each line: (top, left, html, cls)
page([
    (120, 60, "PEEL 2021/22", "h1"),
    (170, 60, "Police e<span class=\"ff2\">\ufb00</span>ectiveness, e<span class=\"ff2\">\ufb03</span>ciency and legitimacy", "h2"),
    (210, 60, "An inspection of Lincolnshire Police", "h2"),
    (980, 60, "\u00a9 HMICFRS 2022", "s"),
])
page([
    (60, 60, "PEEL 2021/22 \u2013 Lincolnshire Police", "rh"),
    (110, 60, "Overall summary", "h2"),
    (150, 60, "Our judgments", "h3"),
    (185, 60, "Our inspection assessed how good Lincolnshire Police is in 11 areas of policing. We", ""),
    (205, 60, "make graded judgments in 10 of these 11 areas.", ""),
    (240, 60, "We grade forces on a scale of outstanding, good, adequate, requires improvement and", ""),
    (260, 60, "inadequate. Below are Lincolnshire Police\u2019s grades for this inspection.", ""),
    (305, 40, "Outstanding", "b"), (305, 200, "Good", "b"), (305, 360, "Adequate", "b"),
    (305, 520, "Requires improvement", "b"), (305, 700, "Inadequate", "b"),
    (335, 200, "Preventing crime", "c"), (335, 360, "Treatment of the public", "c"),
    (335, 520, "Responding to the public", "c"),
    (360, 200, "Managing o<span class=\"ff2\">\ufb00</span>enders", "c"), (360, 360, "Investigating crime", "c"),
    (385, 200, "Disrupting serious", "c"), (385, 360, "Protecting vulnerable", "c"),
    (405, 200, "organised crime", "c"), (405, 360, "people", "c"),
    (430, 200, "Recording data about", "c"), (430, 360, "Developing a positive", "c"),
    (450, 200, "crime", "c"), (450, 360, "workplace", "c"),
    (475, 360, "Good use of resources", "c"),
    (520, 60, "We also inspected how e<span class=\"ff2\">\ufb00</span>ective a service the force gives to victims of crime.", ""),
    (540, 60, "We don\u2019t make a graded judgment in this overall area.", ""),
    (980, 700, "1", "pn"),
])
page([
    (60, 60, "PEEL 2021/22 \u2013 Lincolnshire Police", "rh"),
    (110, 60, "HM Inspector\u2019s observations", "h3"),
    (145, 60, "I am satis<span class=\"ff2\">\ufb01</span>ed with some aspects of the performance of Lincolnshire Police, but", ""),
    (165, 60, "there are areas in which the force needs to improve. The force has a well-established", ""),
    (185, 60, "approach to preventing crime, and it has worked with Lincolnshire Fire and Rescue", ""),
    (205, 60, "to share premises and control-room sta<span class=\"ff2\">\ufb00</span>. But it isn\u2019t answering emergency and", ""),
    (225, 60, "non-emergency calls quickly enough.", ""),
    (265, 60, "Imogen Radcly<span class=\"ff2\">\ufb00</span>e", "i"),
    (285, 60, "His Majesty\u2019s Inspector of Constabulary", "i"),
    (330, 60, "Responding to the public", "h3"),
    (355, 60, "Requires improvement", "b"),
    (385, 60, "Areas for improvement", "h4"),
    (410, 60, "The force should make sure that it answers emergency and non-emergency", ""),
    (430, 60, "calls within national target times, and that it reduces the number of calls aban-", ""),
    (450, 60, "doned before they are answered.", ""),
    (480, 60, "The force should make sure that call handlers use a structured process to as&shy;sess", ""),
    (500, 60, "risk, and record the result, for every call in which a vulnerable person", ""),
    (980, 60, "PEEL 2021/22 \u2013 Lincolnshire Police", "rh"), (980, 700, "7", "pn"),
])
page([
    (60, 60, "PEEL 2021/22 \u2013 Lincolnshire Police", "rh"),
    (110, 60, "may be involved.", ""),
    (150, 60, "Investigating crime", "h3"),
    (175, 60, "Adequate", "b"),
    (205, 60, "Area for improvement", "h4"),
    (230, 60, "The force should make sure that victims\u2019 decisions to withdraw their support for", ""),
    (250, 60, "an investigation are recorded, and that the reasons are re&#8203;viewed by a supervisor.", ""),
    (290, 60, "Good use of resources", "h3"),
    (315, 60, "Adequate", "b"),
    (345, 60, "The force has a sound medium-term \ufb01nancial plan and has made the savings it", ""),
    (365, 60, "needed to. It should do more to understand the demand it will face in future.", ""),
    (980, 60, "PEEL 2021/22 \u2013 Lincolnshire Police", "rh"), (980, 700, "8", "pn"),
])

css = """body{margin:0;background:#9e9e9e;font-family:sans-serif}
.pf{position:relative;width:800px;height:1040px;margin:12px auto;background:#fff;overflow:hidden}
.t{position:absolute;white-space:pre;font-size:14px;line-height:1}
.h1{font-size:34px;font-weight:bold}.h2{font-size:20px;font-weight:bold}
.h3{font-size:17px;font-weight:bold;color:#2b3a67}.h4{font-size:15px;font-weight:bold}
.b{font-weight:bold}.i{font-style:italic}.c{font-size:13px}
.rh,.pn{font-size:11px;color:#555}.s{font-size:11px}
.ff2{font-family:serif}"""

out = ["<!DOCTYPE html>", "<!-- Created by pdf2htmlEX (https://github.com/coolwanglu/pdf2htmlex) -->",
       "<html xmlns=\"http://www.w3.org/1999/xhtml\">", "<head>", "<meta charset=\"utf-8\"/>",
       "<meta name=\"generator\" content=\"pdf2htmlEX\"/>",
       "<title>PEEL 2021/22 - Lincolnshire Police</title>", "<style type=\"text/css\">", css,
       "</style>", "</head>", "<body>", "<div id=\"page-container\">"]
for n, lines in enumerate(pages, 1):
    out.append("<div id=\"pf%x\" class=\"pf\" data-page-no=\"%x\">" % (n, n))
    for top, left, text, cls in sorted(lines, key=lambda l: (l[0], l[1])):
        out.append("<div class=\"t %s\" style=\"top:%dpx;left:%dpx\">%s</div>" % (cls, top, left, text))
    out.append("</div>")
out += ["</div>", "</body>", "</html>"]
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
print("wrote", OUT)
