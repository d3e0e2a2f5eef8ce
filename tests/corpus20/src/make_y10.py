"""Fill src/y10.tmpl.html with the grade cards (icons as SVG data URIs with alt text) and
write src/y10.html, which build.sh prints to docs/y10.pdf.  python3 src/make_y10.py"""
import os
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


def icon(path, color="#fff"):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="28" height="28">'
           '<path fill="%s" d="%s"/></svg>' % (color, path))
    return "data:image/svg+xml," + urllib.parse.quote(svg)


ICONS = {
    "phone": "M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z",
    "shield": "M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5z",
    "search": "M10 2a8 8 0 1 0 4.9 14.3l5.4 5.4 1.4-1.4-5.4-5.4A8 8 0 0 0 10 2zm0 2a6 6 0 1 1 0 12 6 6 0 0 1 0-12z",
    "people": "M8 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM0 20c0-3.3 3.6-6 8-6s8 2.7 8 6zm16 0c0-1.6-.6-3-1.7-4.1 3.6.3 6.7 2 7.7 4.1z",
    "star": "M12 2l3 6.9 7.5.6-5.7 4.9 1.8 7.3L12 17.8 5.4 21.7l1.8-7.3L1.5 9.5 9 8.9z",
}
AREAS = [
    ("Police powers and public treatment", "Adequate", "a", "people", "Icon: two people side by side"),
    ("Preventing crime", "Good", "g", "shield", "Icon: a shield"),
    ("Responding to the public", "Good", "g", "phone", "Icon: a telephone handset"),
    ("Investigating crime", "Adequate", "a", "search", "Icon: a magnifying glass"),
    ("Protecting vulnerable people", "Good", "g", "shield", "Icon: a shield"),
    ("Managing offenders and suspects", "Good", "g", "people", "Icon: two people"),
    ("Building, supporting and protecting the workforce", "Good", "g", "people", "Icon: a group of people"),
    ("Leadership and force management", "Outstanding", "o", "star", "Icon: a star"),
]
cards = []
for name, grade, cls, ic, alt in AREAS:
    extra = ""
    if name == "Responding to the public":
        extra = '<div class="trend">&#9650; up from adequate in 2021/22</div>'
    cards.append('<div class="card %s"><img src="%s" alt="%s"><div class="area">%s</div>'
                 '<div class="grade">%s</div>%s</div>'
                 % (cls, icon(ICONS[ic]), alt, name, grade.upper(), extra))
cards.append('<div class="card n"><img src="%s" alt="Icon: a shield"><div class="area">Victim '
             'service assessment</div><div class="grade">NOT GRADED</div></div>'
             % icon(ICONS["shield"]))
tmpl = open(os.path.join(HERE, "y10.tmpl.html"), encoding="utf-8").read()
with open(os.path.join(HERE, "y10.html"), "w", encoding="utf-8") as fh:
    fh.write(tmpl.replace("{{CARDS}}", "\n".join(cards)))
print("wrote src/y10.html")
