"""Write docs/kh07.html: a PCC website page with a grades table whose Force and Period cells
are merged down (rowspan) over several area rows, a totals row, and site chrome."""
import os
from grades import *

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "kh07.html")
AREAS = [PPT, RESP, INV, PVP]
BLOCKS = [(HUM, "Humberside Police", [P2325, P2122]),
          (NYP, "North Yorkshire Police", [P2325]),
          (WYP, "West Yorkshire Police", [P2325])]
DOT = {O: "dot-o", G: "dot-g", A: "dot-a", RI: "dot-ri", I: "dot-i"}

rows = []
good = total = 0
for f, name, periods in BLOCKS:
    first_force = True
    for p in periods:
        names = NAME2325 if p == P2325 else NAME2122
        plabel = "PEEL 2023&ndash;25" if p == P2325 else "PEEL 2021/22"
        for n, k in enumerate(AREAS):
            gr = g(f, p, k)
            tds = ""
            if first_force:
                tds += '<th scope="rowgroup" rowspan="%d">%s</th>' % (len(AREAS) * len(periods), name)
                first_force = False
            if n == 0:
                tds += '<td rowspan="%d" class="period">%s</td>' % (len(AREAS), plabel)
            tds += '<td>%s</td><td><span class="dot %s" aria-hidden="true"></span>%s</td>' % (
                names[k], DOT[gr], gr)
            rows.append("        <tr>%s</tr>" % tds)
            if p == P2325:
                total += 1
                good += gr in (O, G)

html = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How Humberside compares: PEEL grades | Humberside Police and Crime Commissioner</title>
<style>
body{font-family:"Segoe UI",Arial,sans-serif;margin:0;color:#222;line-height:1.5}
.cookie{background:#102a43;color:#fff;padding:10px 20px;font-size:14px}
.cookie button{margin-left:8px}
header.site{background:#0b6e4f;color:#fff;padding:14px 20px}
header.site a{color:#fff;margin-right:14px;text-decoration:none}
.crumbs{font-size:13px;padding:8px 20px;background:#eef3f1}
main{max-width:940px;margin:0 auto;padding:10px 20px}
table.cmp{border-collapse:collapse;width:100%;font-size:15px}
table.cmp th,table.cmp td{border:1px solid #b8c4c0;padding:6px 8px;text-align:left;vertical-align:top}
table.cmp thead th{background:#0b6e4f;color:#fff}
table.cmp tfoot td{background:#f2f2f2;font-style:italic}
.period{background:#f7faf9}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
.dot-o{background:#1b7837}.dot-g{background:#7fbf7b}.dot-a{background:#fee08b}.dot-ri{background:#fdae61}.dot-i{background:#d73027}
aside.quote{border-left:4px solid #0b6e4f;padding:4px 14px;background:#f7faf9;margin:18px 0}
.related{border-top:1px solid #ccc;margin-top:24px;padding-top:8px}
footer{background:#222;color:#ddd;font-size:13px;padding:16px 20px;margin-top:30px}
footer a{color:#ddd}
</style>
</head>
<body>
<div class="cookie" role="region" aria-label="Cookie notice">We use essential cookies to make this site work and, with your
consent, analytics cookies. Our cookie notice was updated on 1 April 2026.<button>Accept all</button><button>Reject analytics</button></div>
<header class="site">
  <strong>Humberside Police and Crime Commissioner</strong><br>
  <nav><a href="/">Home</a><a href="/about">About the Commissioner</a><a href="/plan">Police and Crime Plan</a>
  <a href="/scrutiny">Holding the police to account</a><a href="/funding">Funding</a><a href="/contact">Contact</a></nav>
</header>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/scrutiny">Holding the police to account</a> &rsaquo;
<a href="/scrutiny/inspections">Inspections</a> &rsaquo; How Humberside compares</div>
<main>
<h1>How Humberside compares: PEEL grades</h1>
<p><em>Page last reviewed: 3 December 2026</em></p>
<p>Every police force in England and Wales is inspected by His Majesty&rsquo;s Inspectorate of Constabulary and Fire
&amp; Rescue Services (HMICFRS) under its PEEL programme. Members of the public often ask how our force compares
with its neighbours. The table below shows four areas that the public tell us matter most to them, for Humberside
Police and for the two other forces in the Yorkshire and the Humber region that the Commissioner works with most
closely. Our own analysts have grouped the grades by force and by inspection.</p>

<h2>Grades in four areas</h2>
<table class="cmp">
  <caption style="text-align:left;padding:4px 0">Table: PEEL grades by force and inspection (selected areas)</caption>
  <thead>
    <tr><th scope="col">Force</th><th scope="col">Inspection</th><th scope="col">Area</th><th scope="col">Grade</th></tr>
  </thead>
  <tbody>
@@ROWS@@
  </tbody>
  <tfoot>
    <tr><td colspan="3">Areas graded good or outstanding, PEEL 2023&ndash;25 rows only</td><td>@@GOOD@@ of @@TOTAL@@</td></tr>
    <tr><td colspan="4">Notes: the 2021/22 area &ldquo;Treatment of the public&rdquo; became &ldquo;Police powers and public
    treatment&rdquo; in 2023&ndash;25, so the two grades are not directly comparable. Coloured dots follow the
    inspectorate&rsquo;s five-point scale, from outstanding to inadequate.</td></tr>
  </tfoot>
</table>
<p style="font-size:14px">Source: HMICFRS PEEL reports. The full reports, with every graded area, are on the
inspectorate&rsquo;s website.</p>

<aside class="quote">
<p>&ldquo;Comparisons like this are useful, but they are a starting point for questions, not an end point. I use
them at my scrutiny meetings to ask why a neighbouring force does something better, and what we can learn.&rdquo;</p>
<p>&mdash; Rhiannon Makepeace, Police and Crime Commissioner for Humberside</p>
</aside>

<h2>What about the other areas?</h2>
<p>Humberside Police was graded outstanding in two areas in 2023&ndash;25 and good in the other six. You can read the
Commissioner&rsquo;s formal response to the report, and the Chief Constable&rsquo;s update on each area for
improvement, on our <a href="/scrutiny/inspections/peel-2023-25">PEEL 2023&ndash;25 response page</a>.</p>

<div class="related">
<h3>Related content</h3>
<ul>
<li><a href="/news/fire-inspection-2025">Humberside Fire and Rescue Service judged good at responding to fires and other emergencies</a></li>
<li><a href="/scrutiny/panel">Humberside Police and Crime Panel meetings</a></li>
<li><a href="/consultation/precept-2027">Have your say on the 2027/28 policing precept (closes 16 January 2027)</a></li>
</ul>
</div>
</main>
<footer>
<p>&copy; Office of the Humberside Police and Crime Commissioner 2026 &middot; <a href="/accessibility">Accessibility</a>
&middot; <a href="/privacy">Privacy</a> &middot; <a href="/cookies">Cookies</a></p>
<p>In an emergency always call 999. For non-emergencies call 101.</p>
</footer>
</body>
</html>
"""
html = html.replace("@@ROWS@@", "\n".join(rows)).replace("@@GOOD@@", str(good)).replace("@@TOTAL@@", str(total))
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(html)
