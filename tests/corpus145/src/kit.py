"""Small HTML helpers shared by the PDF and HTML generators (standard library only)."""
import html

from facts import WORDS

E = html.escape


def p(text, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "<p%s>%s</p>\n" % (c, text)


def bar_chart(caption, rows, unit="", maxv=None, note=None, fig_id=None):
    """A horizontal bar chart drawn with divs, with a caption (figure)."""
    maxv = maxv or max(v for _, v in rows)
    out = ['<figure class="chart"%s>' % (' id="%s"' % fig_id if fig_id else "")]
    out.append('<figcaption>%s</figcaption>' % caption)
    out.append('<table class="bars">')
    for label, v in rows:
        w = int(260 * v / maxv)
        out.append('<tr><td class="bl">%s</td><td><span class="bar" style="width:%dpx"></span> %s%s</td></tr>'
                   % (label, w, v, unit))
    out.append("</table>")
    if note:
        out.append('<p class="source">%s</p>' % note)
    out.append("</figure>")
    return "\n".join(out) + "\n"


def data_table(caption, head, rows, cls="data"):
    out = ['<table class="%s">' % cls]
    if caption:
        out.append("<caption>%s</caption>" % caption)
    out.append("<thead><tr>%s</tr></thead><tbody>" % "".join("<th>%s</th>" % h for h in head))
    for r in rows:
        out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r))
    out.append("</tbody></table>")
    return "\n".join(out) + "\n"


def grade_word(g):
    return WORDS[g]


def write(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote", path)
