"""Write docs/lv06.html: an inspectorate 'PEEL 2018/19' overview page, accessible grades
table by pillar, grouped by region (two regions shown). Standard library only."""
import os
from data import LV06, WORD

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "lv06.html")
CLS = {"O": "outstanding", "G": "good", "R": "ri", "I": "inadequate"}
SLUG = lambda f: f.lower().replace(" ", "-")

body = []
for region, forces in LV06:
    body.append('<tr class="region"><th colspan="4" scope="colgroup">%s</th></tr>' % region)
    for force, gr in forces:
        cells = "".join('<td class="%s"><span class="sr-only">%s: </span>%s</td>'
                        % (CLS[g], p, WORD[g]) for g, p in zip(gr, ("Effectiveness", "Efficiency", "Legitimacy")))
        body.append('<tr><th scope="row"><a href="/hmicfrs/peel-assessments/peel-2018/%s/">%s</a></th>%s</tr>'
                    % (SLUG(force), force, cells))

html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>PEEL 2018/19 - HMICFRS</title>
<style>
body {{ font-family: Arial, sans-serif; margin: 0; color: #0b0c0c; }}
.cookie {{ background: #f3f2f1; padding: 10px 20px; font-size: 14px; }}
.top {{ background: #231f20; color: #fff; padding: 12px 20px; }}
.top a {{ color: #fff; margin-right: 16px; }}
main {{ max-width: 960px; margin: 0 auto; padding: 10px 20px; }}
.crumbs {{ font-size: 13px; }}
.sr-only {{ position: absolute; left: -9999px; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border-bottom: 1px solid #b1b4b6; padding: 6px; text-align: left; }}
tr.region th {{ background: #e8eef4; }}
.outstanding {{ background: #2b8cc4; color: #fff; }} .good {{ background: #85994b; color: #fff; }}
.ri {{ background: #f47738; }} .inadequate {{ background: #d4351c; color: #fff; }}
.toggle span {{ border: 1px solid #0b0c0c; padding: 2px 8px; margin-right: 4px; }}
.key li {{ display: inline-block; margin-right: 12px; }}
footer {{ background: #f3f2f1; padding: 14px 20px; font-size: 13px; margin-top: 30px; }}
</style></head><body>
<div class="cookie">We use cookies to collect information about how you use our website. <a href="#">Accept</a> · <a href="#">Reject</a> · <a href="#">Cookie settings</a></div>
<div class="cookie"><strong>Have your say:</strong> We would like your views on whether our fire and rescue service inspection programme covers the right areas of FRSs' activities. <a href="#">Take part in the consultation</a></div>
<div class="top"><strong>HMICFRS</strong> &nbsp; <a href="#">Our work</a><a href="#">PEEL assessments</a><a href="#">Publications</a><a href="#">News</a><a href="#">About us</a></div>
<main>
<p class="crumbs"><a href="#">Home</a> &rsaquo; <a href="#">PEEL assessments</a> &rsaquo; PEEL 2018/19</p>
<h1>PEEL 2018/19</h1>
<p>This is an overview of the grades forces in England and Wales received for PEEL 2018/19. There are three pillars, and ten questions within them.</p>
<p>From 2018/19 we brought the three pillars together into one integrated inspection of each force, and each force now receives a single report. The reports were published in three groups, in May 2019, September 2019 and February 2020.</p>
<p class="toggle">View: <span>Wheel</span><span><strong>Table</strong></span> &nbsp; Data: <span><strong>Pillar</strong></span><span>Question</span> &nbsp; Group by region: <span>Off</span><span><strong>On</strong></span></p>
<p><em>Showing 2 of 8 regions.</em> <a href="#">Show all regions</a></p>
<table>
<caption class="sr-only">PEEL 2018/19 grades by pillar</caption>
<thead><tr><th scope="col">Force</th><th scope="col">Effectiveness</th><th scope="col">Efficiency</th><th scope="col">Legitimacy</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>Key</h2>
<ul class="key"><li>Outstanding</li><li>Good</li><li>Requires improvement</li><li>Inadequate</li></ul>
<p>Forces are judged outstanding, good, requires improvement or inadequate on each pillar, using inspection findings, analysis and HM Inspectors' professional judgment across the year. Specialist capabilities were inspected but not graded.</p>
<p><a href="#">Download the grades as a spreadsheet (ODS, 24KB)</a> · <a href="#">PEEL 2017</a> · <a href="#">PEEL 2021/22</a></p>
</main>
<footer>His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services · <a href="#">Accessibility</a> · <a href="#">Privacy</a> · <a href="#">Contact us</a> · <a href="#">Cymraeg</a></footer>
</body></html>
""".format(rows="\n".join(body))
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(html)
print("wrote", OUT)
