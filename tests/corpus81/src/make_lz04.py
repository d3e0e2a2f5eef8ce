"""lz04.html: a PEEL 2021/22 report page (publication-html) for Derbyshire Constabulary,
saved whole: <main>, a Police forces menu with every force's full name (BTP included),
tab panels, a summary of grades, accordions of areas for improvement, grading key footer."""
import os

from chrome import MODERN_CSS, GRADE_KEY, official_names

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lz04.html")

menu = "\n".join('      <li><a href="/police-forces/%s/">%s</a></li>'
                 % (n.lower().replace(" ", "-"), n) for n in official_names(with_btp=True))

page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>PEEL 2021/22: An inspection of Derbyshire Constabulary - HMICFRS</title>
<style>%(css)s</style>
</head>
<body>
<a href="#main">Skip to main content</a>
<header class="masthead">
  <div class="site">HMICFRS</div>
  <nav class="primary" aria-label="Main menu"><ul>
    <li><a href="/">Home</a></li><li><a href="/police-forces/">Police forces</a></li><li><a href="/fire-and-rescue-services/">Fire &amp; rescue services</a></li><li><a href="/publications/">Publications</a></li><li><a href="/news/">News</a></li><li><a href="/about-us/">About us</a></li>
  </ul></nav>
</header>
<nav class="megamenu" aria-label="Police forces">
  <h2>Police forces</h2>
  <ul>
%(menu)s
  </ul>
</nav>
<div class="crumbs"><a href="/">Home</a> / <a href="/publications/">Publications</a> / PEEL 2021/22: An inspection of Derbyshire Constabulary</div>
<main id="main"><div class="wrap">
<p class="kicker">Police force inspection</p>
<h1>PEEL 2021/22: Police effectiveness, efficiency and legitimacy &ndash; An inspection of Derbyshire Constabulary</h1>
<p>Published on: 24 June 2022 &middot; <a href="#">Print this document</a> &middot; <a href="#">Download the report (PDF)</a> &middot; <a href="#">Easy read version</a></p>
<div class="tabs" role="tablist"><span class="on" role="tab">Report</span><span role="tab">Data</span><span role="tab">Force response</span></div>
<div role="tabpanel">
<details class="accordion" open><summary>Contents</summary>
<ol><li>Overall summary</li><li>Providing a service to the victims of crime</li><li>Treating the public fairly</li><li>Preventing crime and anti-social behaviour</li><li>Responding to the public</li><li>Investigating crime</li><li>Protecting vulnerable people</li><li>Managing offenders and suspects</li><li>Developing a positive workplace</li><li>Good use of resources</li></ol>
</details>

<h2>Overall summary</h2>
<h3>Our judgments</h3>
<p>Our inspection assessed how good Derbyshire Constabulary is in ten areas of policing. We make a graded judgment in nine of these ten as follows:</p>
<table>
<tr><th>Outstanding</th><th>Good</th><th>Adequate</th><th>Requires improvement</th><th>Inadequate</th></tr>
<tr>
<td></td>
<td>Preventing crime<br>Managing offenders<br>Developing a positive workplace<br>Recording data about crime</td>
<td>Treatment of the public<br>Investigating crime<br>Protecting vulnerable people<br>Good use of resources</td>
<td>Responding to the public</td>
<td></td>
</tr>
</table>
<p>We also inspected how effective a service Derbyshire Constabulary gives to victims. This is an important part of our assessment, but it has no graded judgment.</p>
<p>We set out our detailed findings about things the force is doing well and where it should improve in the rest of this report.</p>

<h3>HM Inspector&rsquo;s observations</h3>
<p>I am satisfied with some aspects of how Derbyshire Constabulary keeps people safe and reduces crime, but there are areas where it needs to improve.</p>
<p>The force works well with partners to prevent crime, and its management of registered sex offenders is sound. But too many callers to its non-emergency number give up before their call is answered, and it does not always attend incidents within the times it has set itself.</p>
<p>I would like to thank Chief Constable Rachel Swann and her officers and staff for their help during our inspection.</p>
<p><strong>Rebecca Thornleigh</strong><br>Her Majesty&rsquo;s Inspector of Constabulary</p>

<h2>Providing a service to the victims of crime</h2>
<p>Derbyshire Constabulary records most crimes it should, and it usually tells victims when it decides to close an investigation. We audited 130 crime reports for this part of the inspection.</p>

<h2>Responding to the public</h2>
<p><span class="badge b-r">Requires improvement</span></p>
<p>Derbyshire Constabulary requires improvement at responding to the public.</p>
<details class="accordion" open><summary>Areas for improvement</summary>
<ul>
<li>The force should make sure it answers non-emergency calls promptly, and that it understands why so many callers abandon their calls.</li>
<li>The force should make sure that call handlers use a structured process to assess the risk to every caller, and record the outcome.</li>
</ul></details>

<h2>Investigating crime</h2>
<p><span class="badge b-a">Adequate</span></p>
<p>Derbyshire Constabulary is adequate at investigating crime.</p>
<details class="accordion" open><summary>Area for improvement</summary>
<ul><li>The force should make sure that supervisors review investigations regularly and record clear directions for the investigating officer.</li></ul>
</details>

<h2>Protecting vulnerable people</h2>
<p><span class="badge b-a">Adequate</span></p>
<p>Derbyshire Constabulary is adequate at protecting vulnerable people.</p>
<details class="accordion" open><summary>Area for improvement</summary>
<ul><li>The force should improve how it uses domestic violence protection notices and orders to keep victims safe.</li></ul>
</details>
<p>We found some innovative practice in the force&rsquo;s work with Derbyshire Fire and Rescue Service to identify older people at risk of exploitation.</p>

<h2>Good use of resources</h2>
<p><span class="badge b-a">Adequate</span></p>
<p>Derbyshire Constabulary is adequate at making good use of its resources.</p>
<details class="accordion"><summary>Area for improvement</summary>
<ul><li>The force should develop a clear plan to make sure it has enough detectives with the right skills in the years ahead.</li></ul>
</details>
</div>

<aside>
<h2>Related publications</h2>
<ul>
  <li><a href="#">Derbyshire Fire and Rescue Service: Effectiveness, efficiency and people 2021/22</a></li>
  <li><a href="#">PCC response to the PEEL 2021/22 inspection of Derbyshire Constabulary</a></li>
  <li><a href="#">PEEL 2021/22: An inspection of Nottinghamshire Police</a></li>
  <li><a href="#">PEEL 2018/19: Derbyshire Constabulary</a></li>
</ul>
<h2>Latest news</h2>
<ul>
  <li><a href="#">Inspectorate finds Leicestershire Police good at protecting vulnerable people</a> 30 June 2022</li>
  <li><a href="#">Police must get better at answering calls, says inspectorate</a> 24 June 2022</li>
</ul>
</aside>
</div></main>
%(key)s
<footer>
  <p>His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services, Clive House, 70 Petty France, London SW1H 9EX</p>
  <p><a href="#">Privacy notice</a> &middot; <a href="#">Cookies</a> &middot; <a href="#">Accessibility</a> &middot; <a href="#">Contact us</a></p>
</footer>
</body>
</html>
""" % {"css": MODERN_CSS, "menu": menu, "key": GRADE_KEY}

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(page)
print("wrote", OUT)
