"""lz02.html: an old (2016) HMIC PEEL force page, table-based layout with no landmarks,
saved whole with a left-hand column that lists every force by its full name."""
import os

from chrome import official_names

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lz02.html")

menu = "\n".join('<tr><td class="navitem"><a href="/hmic/peel-assessments/peel-2016/%s/">%s</a></td></tr>'
                 % (n.lower().replace(" ", "-"), n) for n in official_names())

page = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Northamptonshire 2016 | HMIC</title>
<style type="text/css">
body{font-family:Verdana,Arial,sans-serif;font-size:12px;margin:0}
td{vertical-align:top}
.hdr{background:#4b2e83;color:#fff}
.navitem{font-size:11px;padding:1px 6px}
.pillar{border:1px solid #ccc;background:#fafafa;margin-bottom:10px}
.judg{font-weight:bold;text-transform:none}
</style>
</head>
<body>
<table width="100%%" cellpadding="0" cellspacing="0" border="0">
<tr class="hdr">
<td colspan="2" style="padding:10px">
<a href="#content" style="color:#fff">Skip to content</a><br />
<span style="font-size:22px">HMIC</span> &nbsp; Her Majesty's Inspectorate of Constabulary<br />
<a href="/hmic/" style="color:#fff">Home</a> | <a href="/hmic/about-us/" style="color:#fff">About us</a> | <a href="/hmic/publications/" style="color:#fff">Publications</a> | <a href="/hmic/peel-assessments/" style="color:#fff">PEEL assessments</a> | <a href="/hmic/news/" style="color:#fff">News</a> | <a href="/hmic/contact-us/" style="color:#fff">Contact us</a>
</td>
</tr>
<tr>
<td width="200" style="background:#efeaf7;padding:8px">
<table cellpadding="0" cellspacing="0" border="0">
<tr><td><b>PEEL 2016</b><br />Choose a force</td></tr>
%(menu)s
</table>
</td>
<td style="padding:10px 16px" id="content">
<p style="font-size:11px"><a href="/hmic/">Home</a> &gt; <a href="/hmic/peel-assessments/">PEEL assessments</a> &gt; <a href="/hmic/peel-assessments/peel-2016/">PEEL 2016</a> &gt; Northamptonshire</p>
<h1>Northamptonshire 2016</h1>
<p><a href="#">Read more about Northamptonshire 2016</a> | <a href="#">Interactive map</a> | <a href="#">Compare forces</a></p>
<p>This is HMIC's third PEEL (police effectiveness, efficiency and legitimacy) assessment of Northamptonshire Police. PEEL gives the public information about how well their local force is doing in several important areas, in a way that can be compared across England and Wales and from one year to the next. The assessment is brought up to date during the year as our inspection findings and reports are published.</p>
<table cellpadding="4" cellspacing="0" border="1" width="100%%">
<tr><td width="70%%">The extent to which the force is effective at keeping people safe and reducing crime</td><td class="judg">Not yet graded</td></tr>
<tr><td>The extent to which the force is efficient at keeping people safe and reducing crime</td><td class="judg">Requires improvement</td></tr>
<tr><td>The extent to which the force is legitimate at keeping people safe and reducing crime</td><td class="judg">Good</td></tr>
</table>
<p>The findings of our efficiency and legitimacy inspections appear below. My overall view of how Northamptonshire is performing will follow in spring 2017.</p>
<p><b>Zo&euml; Billingham</b>, Her Majesty's Inspector of Constabulary<br /><a href="#">Contact Zo&euml; Billingham</a></p>

<table class="pillar" width="100%%" cellpadding="6"><tr><td>
<h2>How effective is the force at keeping people safe and reducing crime?</h2>
<p><b>To be graded</b></p>
<p>We update PEEL assessments during the year as the results of each inspection and data collection come in. We will publish the graded judgments for effectiveness in March 2017. <a href="#">See last year's assessment of the force's effectiveness.</a></p>
<p><a href="#">View the five questions for effectiveness</a></p>
</td></tr></table>

<table class="pillar" width="100%%" cellpadding="6"><tr><td>
<h2>How efficient is the force at keeping people safe and reducing crime?</h2>
<p style="font-size:11px">Last updated 03/11/2016</p>
<p class="judg">Requires improvement</p>
<p>Northamptonshire Police has been assessed as requires improvement in respect of the efficiency with which it keeps people safe and reduces crime. Its grasp of the demand it faces is adequate in places, but it has not yet matched its officers and staff to that demand, and its plans for the years ahead rest on savings that are not yet identified.</p>
<table cellpadding="3" border="1" cellspacing="0">
<tr><th>Question</th><th>Judgment</th></tr>
<tr><td>How well does the force understand demand?</td><td>Good</td></tr>
<tr><td>How well does the force use its resources to meet demand?</td><td>Requires improvement</td></tr>
<tr><td>How well is the force planning for demand in the future?</td><td>Requires improvement</td></tr>
</table>
<p><b>Areas for improvement</b></p>
<ul>
<li>Northamptonshire Police should carry out a full assessment of the skills its officers and staff hold, and use it to decide where they are deployed.</li>
<li>The force should set out, with figures, how it will close the gap in its budget for 2018/19 and beyond.</li>
</ul>
<p><a href="#">Download the efficiency report (PDF)</a></p>
</td></tr></table>

<table class="pillar" width="100%%" cellpadding="6"><tr><td>
<h2>How legitimate is the force at keeping people safe and reducing crime?</h2>
<p style="font-size:11px">Last updated 08/12/2016</p>
<p class="judg">Good</p>
<p>Northamptonshire Police has been assessed as good in respect of the legitimacy with which it keeps people safe and reduces crime. This is consistent with last year, when we also judged the force to be good for legitimacy.</p>
<p>The force understands why it matters to treat the people it serves, and its own officers and staff, with fairness and respect. Its vetting is sound, and officers and staff have several routes by which to report corruption in confidence.</p>
<table cellpadding="3" border="1" cellspacing="0">
<tr><th>Question</th><th>Judgment</th></tr>
<tr><td>To what extent does the force treat all of the people it serves with fairness and respect?</td><td>Good</td></tr>
<tr><td>How well does the force ensure that its workforce behaves ethically and lawfully?</td><td>Good</td></tr>
<tr><td>To what extent does the force treat its workforce with fairness and respect?</td><td>Good</td></tr>
</table>
<p><b>Areas for improvement</b></p>
<ul>
<li>The force should make sure that its officers and staff understand the process for raising a grievance and are confident that it is fair.</li>
</ul>
<p><a href="#">Download the legitimacy report (PDF)</a></p>
</td></tr></table>

<table class="pillar" width="100%%" cellpadding="6"><tr><td>
<h2>Other inspections</h2>
<ul>
<li><a href="#">Crime data integrity inspection 2014 &ndash; Northamptonshire Police</a></li>
<li><a href="#">Building the picture: an inspection of police information management (2015)</a></li>
</ul>
</td></tr></table>
</td>
</tr>
<tr>
<td colspan="2" style="background:#333;color:#ddd;padding:10px;font-size:11px">
&copy; Crown copyright. HMIC, 6th floor, Globe House, 89 Eccleston Square, London SW1V 1PN. <a href="#" style="color:#ddd">Terms and conditions</a> | <a href="#" style="color:#ddd">Cookies</a> | <a href="#" style="color:#ddd">Sitemap</a><br />
Judgments: outstanding, good, requires improvement, inadequate.
</td>
</tr>
</table>
</body>
</html>
""" % {"menu": menu}

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(page)
print("wrote", OUT)
