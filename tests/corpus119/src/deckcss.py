"""Shared 16:9 slide CSS and a slide() helper for the decks printed to PDF (np01, np04, np08)."""

CSS = """
@page { size: 13.333in 7.5in; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Arial, sans-serif; font-variant-ligatures: none; color: #1b1b1b; }
.slide { width: 13.333in; height: 7.5in; position: relative; overflow: hidden; break-after: page; padding: 0.55in 0.7in 0.9in 0.7in; }
.slide:last-child { break-after: auto; }
.band { position: absolute; top: 0; left: 0; right: 0; height: 0.18in; background: var(--accent); }
h1 { font-size: 30pt; margin: 0.1in 0 0.25in 0; color: var(--accent); }
h2 { font-size: 20pt; margin: 0 0 0.15in 0; font-weight: normal; }
ul { font-size: 18pt; line-height: 1.35; margin: 0; padding-left: 0.35in; }
ul ul { font-size: 15pt; }
p { font-size: 16pt; margin: 0 0 0.12in 0; }
.foot { position: absolute; left: 0.7in; right: 0.7in; bottom: 0.3in; font-size: 10pt; color: #555; display: flex; justify-content: space-between; border-top: 1px solid #bbb; padding-top: 0.06in; }
.tiles { display: grid; grid-template-columns: repeat(5, 1fr); gap: 0.14in; }
.tile { border-radius: 6px; padding: 0.1in 0.12in; height: 1.55in; color: #fff; display: flex; flex-direction: column; justify-content: space-between; }
.tile .area { font-size: 11.5pt; line-height: 1.2; }
.tile .g { font-size: 20pt; font-weight: bold; }
.t-O { background: #1f5f99; } .t-G { background: #2e7d32; } .t-A { background: #c9a400; color: #1b1b1b; }
.t-RI { background: #e07b00; } .t-I { background: #b71c1c; } .t-N { background: #9e9e9e; }
.key { font-size: 11pt; color: #444; margin-top: 0.18in; }
blockquote { font-size: 16pt; border-left: 6px solid var(--accent); margin: 0 0 0.16in 0; padding: 0.05in 0.2in; background: #f3f3f3; }
.small { font-size: 13pt; }
.upd { font-size: 14pt; color: #333; margin: 0 0 0.2in 0.25in; }
table.t { border-collapse: collapse; font-size: 14pt; width: 100%; }
table.t td, table.t th { border: 1px solid #999; padding: 0.05in 0.1in; text-align: left; vertical-align: top; }
table.t th { background: #e6e6e6; }
.big { font-size: 54pt; text-align: center; margin-top: 1.6in; color: var(--accent); }
.title h1 { font-size: 40pt; margin-top: 1.3in; }
"""


def page(slides, accent, foot_left, foot_mid):
    out = ["<!DOCTYPE html>", "<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>deck</title>",
           "<style>:root { --accent: %s; }%s</style></head><body>" % (accent, CSS)]
    for n, (cls, body) in enumerate(slides, start=1):
        out.append('<section class="slide %s"><div class="band"></div>%s'
                   '<div class="foot"><span>%s</span><span>%s</span><span>%d</span></div></section>'
                   % (cls, body, foot_left, foot_mid, n))
    out.append("</body></html>")
    return "\n".join(out)


def tiles(items):
    """items: (area, css, word)"""
    cells = "".join('<div class="tile t-%s"><div class="area">%s</div><div class="g">%s</div></div>'
                    % (css, area, word) for area, css, word in items)
    return '<div class="tiles">%s</div>' % cells
