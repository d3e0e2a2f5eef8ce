"""Write the HTML sources of the report-shaped documents (print or web) and the Markdown one.

    python3 src/report_html.py        # writes src/mhNN.html and docs/mh07.html, mh08.html, mh10.md
"""
import html
import os

from content import DOCS, NAMES_2325, NAMES_2122, PHRASES, GRADE_ORDER, O, G, A, RI, I

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS_DIR = os.path.join(HERE, "..", "docs")
E = html.escape


def cycle(d):
    return "PEEL 2023–2025" if d["period"] == "2023-25" else "PEEL 2021/22"


def names(d):
    return NAMES_2325 if d["period"] == "2023-25" else NAMES_2122


def inspectorate(d):
    her = d["period"] == "2021/22" and d["published"].endswith("2022")
    return ("Her" if her else "His") + " Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services"


def grade_sentence(d, key, grade):
    f = d["fname"]
    verb = {O: "is outstanding at", G: "is good at", A: "is adequate at",
            RI: "requires improvement at", I: "is inadequate at"}[grade]
    return "%s %s %s." % (f, verb, PHRASES[key])


def grade_table(d):
    n = names(d)
    lay = d["layout"]
    if lay == "columns":
        cols = []
        for g in GRADE_ORDER:
            items = [n[k] for k, gg in d["grades"] if gg == g]
            cols.append("<td>%s</td>" % "".join("<p>%s</p>" % E(x) for x in items))
        head = "".join('<th class="g-%s">%s</th>' % (g.split()[0].lower(), g) for g in GRADE_ORDER)
        return ('<table class="judgments"><thead><tr>%s</tr></thead><tbody><tr>%s</tr></tbody></table>'
                % (head, "".join(cols)))
    if lay == "ticks":
        head = "<th>Area of policing</th>" + "".join("<th>%s</th>" % g for g in GRADE_ORDER)
        rows = []
        for k, g in d["grades"]:
            cells = "".join('<td class="tick">%s</td>' % ("✓" if g == gg else "") for gg in GRADE_ORDER)
            rows.append("<tr><td>%s</td>%s</tr>" % (E(n[k]), cells))
        return ('<table class="ticks"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
                % (head, "".join(rows)))
    if lay == "chart":
        width = {O: 100, G: 80, A: 60, RI: 40, I: 20}
        rows = []
        for k, g in d["grades"]:
            rows.append('<div class="bar-row"><div class="bar-label">%s</div><div class="bar-track">'
                        '<div class="bar g-%s" style="width:%d%%"></div><span class="bar-value">%s</span>'
                        '</div></div>' % (E(n[k]), g.split()[0].lower(), width[g], g))
        axis = "".join("<span>%s</span>" % g for g in reversed(GRADE_ORDER))
        return ('<figure class="chart"><figcaption>Figure 1: Graded judgments for %s, %s</figcaption>%s'
                '<div class="axis">%s</div></figure>' % (E(d["fname"]), cycle(d), "".join(rows), axis))
    raise ValueError(lay)


CSS_PRINT = """
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "%(running)s"; font: 8pt Arial; color: #555; }
  @bottom-right { content: counter(page); font: 9pt Arial; }
  @bottom-left { content: "%(cycle)s"; font: 8pt Arial; color: #555; } }
@page:first { @top-left { content: none; } @bottom-right { content: none; } @bottom-left { content: none; } }
body { font: 10.5pt/1.45 Arial, sans-serif; color: #111; }
.cover { height: 200mm; page-break-after: always; }
.cover .cycle { font-size: 30pt; color: #00567a; margin-top: 50mm; font-weight: bold; }
.cover .sub { font-size: 16pt; }
.cover .insp { margin-top: 90mm; font-size: 10pt; }
.contents { page-break-after: always; }
.contents li { list-style: none; }
h1 { color: #00567a; font-size: 18pt; page-break-before: always; }
h1.first { page-break-before: avoid; }
h2 { color: #00567a; font-size: 13pt; }
h3 { font-size: 11pt; }
.grade { display: inline-block; padding: 3px 10px; border: 1px solid #00567a; font-weight: bold; }
.box { border-left: 5px solid #00567a; background: #eef5f8; padding: 6px 12px; margin: 10px 0; break-inside: avoid; }
.coc { border-left-color: #b00020; background: #fbeaec; }
table { border-collapse: collapse; width: 100%%; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; font-size: 9.5pt; }
th { background: #00567a; color: #fff; }
td.tick { text-align: center; font-size: 13pt; }
.twocol { column-count: 2; column-gap: 9mm; }
.twocol h1 { column-span: all; }
.chart { margin: 8px 0; border: 1px solid #ccc; padding: 8px; }
.bar-row { display: flex; align-items: center; margin: 4px 0; }
.bar-label { width: 58mm; font-size: 9pt; }
.bar-track { flex: 1; display: flex; align-items: center; }
.bar { height: 12px; background: #00567a; margin-right: 6px; }
.bar.g-requires, .bar.g-inadequate { background: #b35c00; }
.bar-value { font-size: 8.5pt; }
.axis { display: flex; justify-content: space-between; margin-left: 58mm; font-size: 7.5pt; color: #555; border-top: 1px solid #999; }
.sig { margin-top: 10px; }
"""

CSS_WEB = """
body { font: 16px/1.5 Arial, sans-serif; margin: 0; color: #0b0c0c; }
header.site { background: #00567a; color: #fff; padding: 10px 30px; }
header.site a { color: #fff; }
nav.crumbs { padding: 8px 30px; font-size: 14px; }
main { max-width: 860px; padding: 0 30px 40px; }
aside.toc { font-size: 14px; border: 1px solid #ccc; padding: 6px 14px; }
.grade { display: inline-block; padding: 2px 10px; background: #e8e8e8; font-weight: bold; }
.box { border-left: 5px solid #00567a; background: #eef5f8; padding: 6px 12px; margin: 10px 0; }
.coc { border-left-color: #b00020; background: #fbeaec; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; }
td.tick { text-align: center; }
footer.site { font-size: 13px; padding: 12px 30px; border-top: 1px solid #ccc; }
"""


def body_sections(d, web=False):
    """The report from "Overall summary" to "About the data", as (id, title, html) sections."""
    n = names(d)
    f = d["fname"]
    graded = len(d["grades"])
    secs = []
    victims = ("Providing a service to victims of crime" if d["period"] == "2023-25"
               else "Providing a service to the victims of crime")
    # Overall summary
    s = ['<h2>Our judgments</h2>',
         "<p>Our inspection assessed how good %s is in %s areas of policing. We make graded "
         "judgments in %s of these %s as follows:</p>" % (
             E(f), num(graded + 1), num(graded), num(graded + 1)),
         grade_table(d),
         "<p>We also inspected how effective a service %s gives to victims of crime. We don’t "
         "make a graded judgment for this area.</p>" % E(f),
         "<p>We set out our detailed findings about things the force is doing well and where "
         "it should improve in the rest of this report.</p>"]
    s += ['<h2>%s</h2>' % cycle(d),
          "<p>We assess forces against the characteristics of good performance set out in the "
          "PEEL assessment framework. Our grades run from outstanding, through good, adequate and "
          "requires improvement, to inadequate. A force judged inadequate in an area will have at "
          "least one cause of concern, with recommendations.</p>",
          "<p>It isn’t possible to compare the grades in this report directly with those from "
          "earlier PEEL inspections, because the questions we ask have changed.</p>"]
    secs.append(("summary", "Overall summary", "\n".join(s)))
    # HMI
    obs_title = "HM Inspector’s summary" if d["period"] == "2023-25" else "HM Inspector’s observations"
    s = ["<p>%s</p>" % E(p) for p in d["summary"]]
    s += ["<p>%s</p>" % E(p) for p in d.get("passing", [])]
    s.append("<p>%s</p>" % E(d["counts"]))
    s.append("<p>My report sets out the findings in more detail. I will monitor the force’s progress.</p>")
    s.append('<p class="sig"><strong>%s</strong><br>%s</p>' % (E(d["hmi"][0]), E(d["hmi"][1])))
    secs.append(("hmi", obs_title, "\n".join(s)))
    # victims
    secs.append(("victims", victims,
                 "<p>This area is not graded. We reviewed a sample of crime reports and spoke to "
                 "victims’ services about how %s keeps victims informed and how it records "
                 "their needs.</p>" % E(f)))
    # areas
    afi_no = 0
    for key, grade in d["grades"]:
        s = ['<p class="grade">%s</p>' % grade, "<p>%s</p>" % E(grade_sentence(d, key, grade))]
        s.append("<p>%s</p>" % E(d["chapters"][key]))
        for c in d["coc"]:
            if c["area"] != key:
                continue
            s.append('<div class="box coc"><h3>Cause of concern</h3><p>%s</p><h3>Recommendations</h3>'
                     % E(c["text"]))
            for i, r in enumerate(c["recs"], 1):
                s.append("<h4>Recommendation %d</h4><p>%s</p>" % (i, E(r)))
            s.append("</div>")
        afis = [a for a in d["afis"] if a[0] == key]
        if afis:
            s.append("<h3>%s</h3>" % ("Area for improvement" if len(afis) == 1 else "Areas for improvement"))
            for a in afis:
                afi_no += 1
                s.append('<div class="box"><h4>Area for improvement %d</h4><p>%s</p></div>' % (afi_no, E(a[1])))
        if key == d["grades"][0][0] or (key == "preventing-crime" and d["innovative"]):
            pass
        secs.append((key, n[key], "\n".join(s)))
    # innovative practice goes with the first area it fits: put it after prevention
    if d["innovative"]:
        s = []
        for t, x in d["innovative"]:
            s.append('<div class="box"><h3>%s</h3><p>%s</p></div>' % (E(t), E(x)))
        label = "Innovative and promising practice" if len(d["innovative"]) > 1 else "Innovative practice"
        idx = [i for i, sec in enumerate(secs) if sec[0] == "preventing-crime"][0] + 1
        secs.insert(idx, ("practice", label, "\n".join(s)))
    secs.append(("data", "About the data",
                 "<p>Data in this report comes from a range of sources, including data the force "
                 "provided, the Home Office and our own inspection work. Unless we say otherwise, "
                 "figures are for the 12 months to 31 March 2024 and were the latest available "
                 "when we collected them. Figures may not add up to 100 percent because of "
                 "rounding.</p>" if d["period"] == "2023-25" else
                 "<p>Data in this report comes from a range of sources, including data the force "
                 "provided and data published by the Home Office. Most figures are for the 12 "
                 "months to 31 March 2021; call-handling data covers the calendar year 2021.</p>"))
    return secs


def num(k):
    return ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][k]


def print_html(d):
    secs = body_sections(d)
    title = "%s: %s" % (cycle(d), d["fname"])
    css = CSS_PRINT % {"running": "%s – %s" % (cycle(d), d["fname"]), "cycle": "Police effectiveness, efficiency and legitimacy"}
    out = ["<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title><style>%s</style></head><body>"
           % (E(title), css)]
    out.append('<div class="cover"><p class="cycle">%s</p><p class="sub">Police effectiveness, efficiency and '
               'legitimacy</p><p class="sub">An inspection of %s</p><p>%s</p><p class="insp">%s</p></div>'
               % (cycle(d), E(d["fname"]), E(d["published"]), inspectorate(d)))
    out.append('<div class="contents"><h2>Contents</h2><ul>')
    for i, (sid, t, _) in enumerate(secs):
        out.append("<li>%s <span style=\"float:right\">%d</span></li>" % (E(t), 3 + i))
    out.append("</ul></div>")
    wrap = d.get("twocol")
    for i, (sid, t, body) in enumerate(secs):
        cls = "first" if i == 0 else ""
        if wrap and i >= 2:
            out.append('<h1>%s</h1><div class="twocol">%s</div>' % (E(t), body))
        else:
            out.append('<h1 class="%s">%s</h1>%s' % (cls, E(t), body))
    out.append("</body></html>")
    return "\n".join(out)


def web_html(d):
    secs = body_sections(d, web=True)
    slug = d["force"].lower().replace(" ", "-")
    out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
           "<title>%s: An inspection of %s - His Majesty’s Inspectorate of Constabulary and Fire &amp; Rescue Services</title>"
           % (cycle(d), E(d["fname"])), "<style>%s</style></head><body>" % CSS_WEB,
           '<a href="#main" class="skip">Skip to main content</a>',
           '<header class="site"><a href="/">%s</a> <nav><a href="/police-forces/">Police forces</a> | '
           '<a href="/fire-and-rescue-services/">Fire &amp; rescue services</a> | <a href="/publications/">Publications</a></nav></header>'
           % inspectorate(d),
           '<nav class="crumbs"><a href="/">Home</a> &gt; <a href="/peel-reports/">PEEL reports</a> &gt; %s</nav>' % E(d["fname"]),
           '<main id="main"><h1>%s Police effectiveness, efficiency and legitimacy: An inspection of %s</h1>'
           % (cycle(d), E(d["fname"])),
           "<p>Published on: %s</p>" % E(d["published"]),
           '<p><a href="?print=1">Print this document</a> | <a href="/%s.pdf">Download the PDF version</a></p>' % slug,
           '<aside class="toc"><h2>Contents</h2><ol>']
    for sid, t, _ in secs:
        out.append('<li><a href="#%s">%s</a></li>' % (sid, E(t)))
    out.append("</ol></aside>")
    for sid, t, body in secs:
        out.append('<section id="%s"><h2>%s</h2>%s</section>' % (sid, E(t), body.replace("<h2>", "<h3>").replace("</h2>", "</h3>")))
    out.append('<p><a href="#main">Back to top</a></p></main>')
    out.append('<footer class="site"><p>© %s. Published under the Open Government Licence v3.0.</p>'
               '<p><a href="/accessibility/">Accessibility</a> | <a href="/privacy/">Privacy</a> | '
               '<a href="/contact-us/">Contact us</a></p></footer></body></html>' % d["published"][-4:])
    return "\n".join(out)


def markdown(d):
    """A PDF-to-Markdown conversion: headings, a pipe table, page furniture left in."""
    n = names(d)
    f = d["fname"]
    run = "%s – %s" % (cycle(d), f)
    L = ["# %s" % cycle(d), "", "## Police effectiveness, efficiency and legitimacy", "",
         "An inspection of %s" % f, "", d["published"], "", inspectorate(d).replace("&amp;", "&"), "",
         "---", "", "## Contents", ""]
    secs = body_sections(d)
    for i, (sid, t, _) in enumerate(secs):
        L.append("- [%s](#%s) .......... %d" % (t, sid, 1 + i * 2))
    L += ["", "---", "", "*%s*" % run, ""]
    page = 3
    graded = len(d["grades"])
    afi_no = 0
    L += ["# Overall summary", "", "## Our judgments", "",
          "Our inspection assessed how good %s is in %s areas of policing. We make graded judgments in %s of these %s as follows:"
          % (f, num(graded + 1), num(graded), num(graded + 1)), ""]
    L.append("| " + " | ".join(GRADE_ORDER) + " |")
    L.append("|" + "---|" * 5)
    cols = [[n[k] for k, g in d["grades"] if g == gg] for gg in GRADE_ORDER]
    for r in range(max(len(c) for c in cols)):
        L.append("| " + " | ".join(c[r] if r < len(c) else "" for c in cols) + " |")
    L += ["", "We also inspected how effective a service %s gives to victims of crime. We don’t make a graded judgment for this area." % f, "",
          "## %s" % cycle(d), "",
          "We assess forces against the characteristics of good performance set out in the PEEL assessment framework. "
          "Our grades run from outstanding, through good, adequate and requires improvement, to inadequate. A force judged "
          "inadequate in an area will have at least one cause of concern, with recommendations.", "",
          "%s | %d" % (run, page), "", "## HM Inspector’s summary", ""]
    for p in d["summary"] + d.get("passing", []) + [d["counts"]]:
        L += [p, ""]
    L += ["**%s**  " % d["hmi"][0], d["hmi"][1], ""]
    L += ["# Providing a service to victims of crime", "",
          "This area is not graded. We reviewed a sample of crime reports and spoke to victims’ services about how %s keeps victims informed." % f, ""]
    for key, grade in d["grades"]:
        page += 1
        L += ["%s | %d" % (run, page), "", "# %s" % n[key], "", "**%s**" % grade, "", grade_sentence(d, key, grade), "",
              d["chapters"][key], ""]
        afis = [a for a in d["afis"] if a[0] == key]
        for a in afis:
            afi_no += 1
            L += ["> **Area for improvement %d**" % afi_no, ">", "> %s" % a[1], ""]
        if key == "preventing-crime" and d["innovative"]:
            for t, x in d["innovative"]:
                L += ["### Innovative practice: %s" % t, "", x, ""]
    L += ["# About the data", "",
          "Data in this report comes from a range of sources, including data the force provided and the Home Office. "
          "Unless we say otherwise, figures are for the 12 months to 31 March 2024.", ""]
    return "\n".join(L)


def main():
    for doc, d in DOCS.items():
        if d["fmt"] in ("pdf", "txt"):
            with open(os.path.join(HERE, doc + ".html"), "w", encoding="utf-8") as fh:
                fh.write(print_html(d))
        elif d["fmt"] == "html":
            with open(os.path.join(DOCS_DIR, doc + ".html"), "w", encoding="utf-8") as fh:
                fh.write(web_html(d))
        elif d["fmt"] == "md":
            with open(os.path.join(DOCS_DIR, doc + ".md"), "w", encoding="utf-8") as fh:
                fh.write(markdown(d))


if __name__ == "__main__":
    main()
