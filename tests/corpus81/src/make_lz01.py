"""lz01.html: the inspectorate's force page for Cumbria Constabulary as saved whole
(modern site, <main> landmark, a Police forces mega-menu with every force's short name)."""
import os

from chrome import MODERN_CSS, GRADE_KEY, official_names, short_name

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "docs", "lz01.html")

menu = "\n".join('      <li><a href="/police-forces/%s/">%s</a></li>'
                 % (short_name(n).lower().replace(" ", "-"), short_name(n))
                 for n in official_names())

page = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cumbria Constabulary - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</title>
<style>%(css)s</style>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<div class="topbar"><a href="/cymraeg/">Cymraeg</a> <a href="/contact-us/">Contact us</a> <a href="/jobs/">Jobs</a> <a href="/accessibility/">Accessibility</a></div>
<header class="masthead">
  <div class="site">His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</div>
  <nav class="primary" aria-label="Main menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li><a href="/police-forces/">Police forces</a></li>
      <li><a href="/fire-and-rescue-services/">Fire &amp; rescue services</a></li>
      <li><a href="/our-work/">Our work</a></li>
      <li><a href="/publications/">Publications</a></li>
      <li><a href="/news/">News</a></li>
      <li><a href="/about-us/">About us</a></li>
    </ul>
  </nav>
</header>
<div class="megamenu">
  <h2>Police forces</h2>
  <ul>
%(menu)s
  </ul>
</div>
<div class="crumbs"><a href="/">Home</a> &rsaquo; <a href="/police-forces/">Police forces</a> &rsaquo; Cumbria Constabulary</div>
<main id="main">
<div class="wrap">
<aside class="sidebar">
  <h2>Force information</h2>
  <dl>
    <dt>Chief Constable</dt><dd>Rob Carden</dd>
    <dt>Police, Fire and Crime Commissioner</dt><dd>David Allen</dd>
    <dt>HMICFRS region</dt><dd>North</dd>
    <dt>Force website</dt><dd><a href="https://www.cumbria.police.uk">www.cumbria.police.uk</a></dd>
  </dl>
  <h2>Contact the HMI</h2>
  <p>Lorna Pettigrew, His Majesty's Inspector of Constabulary</p>
</aside>
<h1>Cumbria Constabulary</h1>
<div class="tabs" role="tablist"><span class="on" role="tab">Overview</span><span role="tab">Inspections</span><span role="tab">PCC responses</span><span role="tab">Data</span></div>
<section role="tabpanel">
<h2>Our latest PEEL inspection</h2>
<p><strong>PEEL 2023&ndash;25</strong> &middot; Published 23 July 2024</p>
<p>In our most recent police effectiveness, efficiency and legitimacy (PEEL) inspection we graded Cumbria Constabulary in nine areas of policing. We made no graded judgment on the service the force gives to victims of crime.</p>
<table class="grades">
  <tr><th scope="col">Area</th><th scope="col">Grade</th></tr>
  <tr><td>Police powers and public treatment</td><td><span class="badge b-g">Good</span></td></tr>
  <tr><td>Preventing crime</td><td><span class="badge b-g">Good</span></td></tr>
  <tr><td>Responding to the public</td><td><span class="badge b-g">Good</span></td></tr>
  <tr><td>Investigating crime</td><td><span class="badge b-g">Good</span></td></tr>
  <tr><td>Protecting vulnerable people</td><td><span class="badge b-g">Good</span></td></tr>
  <tr><td>Managing offenders and suspects</td><td><span class="badge b-g">Good</span></td></tr>
  <tr><td>Building, supporting and protecting the workforce</td><td><span class="badge b-o">Outstanding</span></td></tr>
  <tr><td>Leadership and force management</td><td><span class="badge b-a">Adequate</span></td></tr>
  <tr><td>Crime data integrity</td><td><span class="badge b-a">Adequate</span></td></tr>
  <tr><td>Providing a service to victims of crime</td><td><span class="badge b-n">Not graded</span></td></tr>
</table>
<p>We identified <strong>5</strong> areas for improvement and no causes of concern. <a href="/publication-html/peel-2023-25-cumbria/">Read the full report</a></p>

<details class="accordion">
  <summary>What these grades mean</summary>
  <p>Each area is graded on a five-point scale, from outstanding through good, adequate and requires improvement to inadequate. Grades from our earlier inspections of the force cannot always be compared directly, because the questions we ask change from one cycle to the next.</p>
</details>
<details class="accordion">
  <summary>Previous PEEL inspections</summary>
  <ul>
    <li><a href="/peel-assessments/peel-2021-22/cumbria/">PEEL 2021/22 &ndash; Cumbria Constabulary</a> (published 8 April 2022)</li>
    <li><a href="/peel-assessments/peel-2018/cumbria/">PEEL 2018/19 &ndash; Cumbria Constabulary</a> (published 2 May 2019)</li>
    <li><a href="/peel-assessments/peel-2017/cumbria/">PEEL 2017 &ndash; Cumbria Constabulary</a></li>
  </ul>
</details>
</section>

<section>
<h2>Related publications</h2>
<ul class="pubs">
  <li><a href="#">PEEL 2023&ndash;25: Police effectiveness, efficiency and legitimacy &ndash; An inspection of Cumbria Constabulary</a> <span class="date">23 July 2024</span></li>
  <li><a href="#">Cumbria Fire and Rescue Service: Effectiveness, efficiency and people 2023&ndash;25</a> <span class="date">14 March 2024</span></li>
  <li><a href="#">An inspection of the North West Regional Organised Crime Unit</a> <span class="date">12 December 2023</span></li>
  <li><a href="#">Police and crime commissioner response to the PEEL 2023&ndash;25 report</a> <span class="date">16 September 2024</span></li>
</ul>
</section>

<section>
<h2>Latest news</h2>
<ul class="news">
  <li><a href="#">Lancashire Constabulary must improve how it answers non-emergency calls, says inspectorate</a> <span class="date">2 October 2024</span></li>
  <li><a href="#">Inspectors praise Cumbria Fire and Rescue Service for its prevention work, but want faster progress on culture</a> <span class="date">14 March 2024</span></li>
  <li><a href="#">Durham Constabulary report published</a> <span class="date">11 June 2024</span></li>
</ul>
<p><a href="/news/">All news</a></p>
</section>
</div>
</main>
%(key)s
<footer>
  <p><a href="/privacy/">Privacy</a> &middot; <a href="/cookies/">Cookies</a> &middot; <a href="/accessibility/">Accessibility statement</a> &middot; <a href="/foi/">Freedom of information</a></p>
  <p>&copy; His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services 2024. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p>
</footer>
</body>
</html>
""" % {"css": MODERN_CSS, "menu": menu, "key": GRADE_KEY}

with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(page)
print("wrote", OUT)
