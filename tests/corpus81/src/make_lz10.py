"""lz10.html: the inspectorate's force page for Lancashire Constabulary, saved whole, with
no landmark elements at all (div soup), a 'Choose a force' list of short names, a latest
PEEL grade panel, a PEEL history table by pillar and year, and news."""
import os

from chrome import MODERN_CSS, GRADE_KEY, official_names, short_name

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lz10.html")

menu = "\n".join('<div class="opt"><a href="/police-forces/%s/">%s</a></div>'
                 % (short_name(n).lower().replace(" ", "-"), short_name(n))
                 for n in official_names())

page = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lancashire Constabulary | HMICFRS</title>
<style>%(css)s
.opt{display:inline-block;width:170px;font-size:12px}
.gradecard{display:inline-block;border:1px solid #ccc;width:200px;margin:4px;padding:6px;vertical-align:top}
</style>
</head>
<body>
<div class="topbar"><a href="#content">Skip to content</a> <a href="#">Cymraeg</a> <a href="#">Contact us</a></div>
<div class="masthead">
  <div class="site">His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</div>
  <div><a href="#" style="color:#fff">Home</a> | <a href="#" style="color:#fff">Police forces</a> | <a href="#" style="color:#fff">Fire &amp; rescue services</a> | <a href="#" style="color:#fff">Publications</a> | <a href="#" style="color:#fff">News</a></div>
</div>
<div class="megamenu">
<div><b>Choose a force</b></div>
%(menu)s
</div>
<div class="crumbs">Home &gt; Police forces &gt; Lancashire</div>
<div class="wrap" id="content">
<div class="sidebar">
<div><b>Chief Constable</b><br>Sacha Hatchett</div>
<div><b>Police and Crime Commissioner</b><br>Andrew Snowden</div>
<div><b>Neighbouring forces</b><br>Cumbria &middot; Greater Manchester &middot; Merseyside &middot; North Yorkshire &middot; West Yorkshire</div>
</div>
<div class="h1" style="font-size:28px;font-weight:bold">Lancashire Constabulary</div>
<div class="tabs"><span class="on">Latest</span><span>PEEL history</span><span>Other inspections</span><span>PCC responses</span></div>

<div class="panel">
<div style="font-size:18px;font-weight:bold;margin-top:10px">PEEL 2023&ndash;25 grades</div>
<div>Report published 2 October 2024</div>
<div class="gradecard">Police powers and public treatment<br><span class="badge b-g">Good</span></div>
<div class="gradecard">Preventing crime<br><span class="badge b-g">Good</span></div>
<div class="gradecard">Responding to the public<br><span class="badge b-r">Requires improvement</span></div>
<div class="gradecard">Investigating crime<br><span class="badge b-a">Adequate</span></div>
<div class="gradecard">Protecting vulnerable people<br><span class="badge b-g">Good</span></div>
<div class="gradecard">Managing offenders and suspects<br><span class="badge b-g">Good</span></div>
<div class="gradecard">Building, supporting and protecting the workforce<br><span class="badge b-a">Adequate</span></div>
<div class="gradecard">Leadership and force management<br><span class="badge b-g">Good</span></div>
<div class="gradecard">Crime data integrity<br><span class="badge b-g">Good</span></div>
<div style="margin-top:6px">We did not grade the service the force provides to victims of crime. <a href="#">Read the report</a></div>
</div>

<div class="panel">
<div style="font-size:18px;font-weight:bold;margin-top:14px">PEEL history</div>
<div>Before 2018 we graded every force on each pillar of PEEL separately. The table shows Lancashire's overall pillar grades in those years.</div>
<table>
<tr><th>Year</th><th>Effectiveness</th><th>Efficiency</th><th>Legitimacy</th></tr>
<tr><td>2015</td><td>Good</td><td>Good</td><td>Good</td></tr>
<tr><td>2016</td><td>Good</td><td>Outstanding</td><td>Good</td></tr>
<tr><td>2017</td><td>Good</td><td>Good</td><td>Good</td></tr>
</table>
<div>For PEEL 2018/19 and PEEL 2021/22, see the reports listed below.</div>
<ul>
<li><a href="#">PEEL 2021/22: An inspection of Lancashire Constabulary</a></li>
<li><a href="#">PEEL: Police effectiveness, efficiency and legitimacy 2018/19 &ndash; Lancashire Constabulary</a></li>
</ul>
</div>

<div class="panel">
<div style="font-size:18px;font-weight:bold;margin-top:14px">Latest news</div>
<div class="news-item"><a href="#">Lancashire Constabulary must improve how it answers non-emergency calls, says inspectorate</a> &ndash; 2 October 2024</div>
<div class="news-item"><a href="#">Lancashire Fire and Rescue Service judged outstanding at preventing fires</a> &ndash; 26 July 2024</div>
<div class="news-item"><a href="#">Cumbria Constabulary rated outstanding for supporting its workforce</a> &ndash; 23 July 2024</div>
</div>
</div>
%(key)s
<div class="foot" style="background:#1d2b4f;color:#fff;padding:14px 24px;font-size:13px">
&copy; HMICFRS 2024 &middot; Privacy &middot; Cookies &middot; Accessibility statement &middot; Freedom of information
</div>
</body>
</html>
""" % {"css": MODERN_CSS, "menu": menu, "key": GRADE_KEY.replace('<div class="grading-key">\n  <h2>Our grades</h2>', '<div class="grading-key">\n  <div><b>Our grades</b></div>')}

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(page)
print("wrote", OUT)
