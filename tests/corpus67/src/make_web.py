"""Write docs/ll05.html, docs/ll07.txt (cp1252, CRLF), docs/ll08.html and docs/ll10.md.
Standard library only."""
import html
import os
from texts import *

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
e = lambda s: html.escape(s, quote=False)

ll05 = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Commissioner responds as constabulary enters enhanced monitoring | Gloucestershire Police and Crime Commissioner</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/wp-content/themes/opcc/style.css">
</head>
<body class="post-template-default single">
<div id="cookie-notice" role="dialog"><p>We use cookies to make this site work and to understand how you use it. Our cookie notice was last updated on 1 March 2024.</p><button>Accept all</button> <button>Reject non-essential</button></div>
<header class="site-header"><a class="logo" href="/">Police and Crime Commissioner for Gloucestershire</a>
<nav><ul><li><a href="/about/">About the Commissioner</a></li><li><a href="/police-and-crime-plan/">Police and Crime Plan</a></li><li><a href="/holding-to-account/">Holding to account</a></li><li><a href="/news/">News</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/news/">News</a> &rsaquo; Commissioner responds as constabulary enters enhanced monitoring</nav>
<main>
<article>
<h1>Commissioner responds as constabulary enters enhanced monitoring</h1>
<p class="meta">Posted on 17 May 2024 in <a href="/category/statements/">Statements</a></p>
<p><strong>Gloucestershire Constabulary has been moved into Engage, the enhanced monitoring process run by His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS), following the publication of its PEEL 2023&ndash;25 inspection report last month.</strong></p>
<p>The Inspectorate graded the constabulary inadequate for investigating crime and inadequate for crime data integrity. It found that the constabulary requires improvement in responding to the public, in protecting vulnerable people and in leadership and force management. Preventing crime was graded good.</p>
<p>The Inspectorate first raised its worries about investigations in January, when it wrote to the constabulary during its fieldwork. Its first cause of concern reads:</p>
<blockquote><p>{e(G_COC1)}</p></blockquote>
<p>A second cause of concern, about crime recording, was set out in the report itself:</p>
<blockquote><p>{e(G_COC2)}</p></blockquote>
<p>Police and Crime Commissioner Celia Brandwood said:</p>
<blockquote class="quote"><p>&ldquo;Nobody who reports a crime in this county should be left wondering whether anyone is dealing with it. These findings are unacceptable, and I have told the Temporary Chief Constable that I expect to see rapid, measurable progress.</p>
<p>&ldquo;Engage brings extra scrutiny, and I welcome it. I will publish the constabulary&rsquo;s improvement plan, and I will report on progress at every meeting of the Police and Crime Panel.&rdquo;</p></blockquote>
<p>Temporary Chief Constable Owen Rathbone said the constabulary accepted every recommendation and had already begun work on investigation standards. &ldquo;I want to reassure the public that if you call us, we will respond,&rdquo; he said.</p>
<p>The Commissioner will hold a public accountability meeting on 11 June 2024, where residents can put questions to the Temporary Chief Constable. Questions can be submitted in advance until 4 June.</p>
<aside class="factbox"><h2>What is Engage?</h2>
<p>Engage is the enhanced phase of HMICFRS&rsquo;s monitoring. Forces in Engage report regularly to the Police Performance Oversight Group, which includes the Home Office, the College of Policing and the National Police Chiefs&rsquo; Council. A force leaves Engage when the Inspectorate is satisfied that it has addressed its causes of concern.</p>
<p>PEEL grades run on a five-point scale: outstanding, good, adequate, requires improvement and inadequate.</p></aside>
</article>
<section class="related"><h2>Related content</h2><ul>
<li><a href="/news/fire-service-inspection-2023/">Gloucestershire Fire and Rescue Service judged good at preventing fires</a></li>
<li><a href="/news/budget-2024-25/">Commissioner sets 2024/25 policing budget</a></li>
<li><a href="/holding-to-account/accountability-meetings/">Public accountability meetings</a></li></ul></section>
</main>
<footer><p>&copy; 2024 Office of the Police and Crime Commissioner for Gloucestershire. <a href="/privacy/">Privacy</a> | <a href="/accessibility/">Accessibility</a></p></footer>
</body>
</html>
"""

ll07 = """Gloucestershire police placed under special measures after inspection finds investigations failing

By Tamsin Leverett, Local Democracy Reporter
Friday 17 May 2024, 6:02pm

GLOUCESTERSHIRE Constabulary has been put into what is informally known as "special measures" after inspectors rated it inadequate at investigating crime.

The force has been moved into the Engage process by His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS), which means its progress will be reviewed by a national oversight group every three months.

Inspectors also rated the constabulary inadequate at recording crime, and said it "requires improvement" in three other areas. They praised its work to prevent crime, which was graded good.

In a letter sent in January, months before the report was published, the inspectorate warned the force:

    """ + G_COC1 + """

Adaeze Whitcombe, His Majesty\u2019s Inspector of Constabulary, said: \u201cToo many victims in Gloucestershire are being let down. The constabulary knows what it has to do, and we will be watching closely.\u201d

Police and Crime Commissioner Celia Brandwood described the findings as \u201cunacceptable\u201d and said she would be publishing the force\u2019s improvement plan.

The constabulary is led by Temporary Chief Constable Owen Rathbone, who has been in charge since the previous chief constable retired last autumn.

A constabulary spokesperson said: \u201cWe accept the inspectorate\u2019s findings in full. There is no cause for concern about our response to 999 calls, which continues to meet national targets, but we know that investigations must improve.\u201d

Neighbouring Wiltshire Police has been in Engage since October 2022. Avon and Somerset Constabulary, which shares some specialist teams with Gloucestershire, is not in the process.

Residents\u2019 concerns will be aired at a public meeting in Cheltenham on 11 June.

\u2014\u2014\u2014
Read more: Cheltenham town centre parking charges to rise in April 2025 | Comments are closed for this article.
"""

rows5 = [("Police powers and public treatment", "Adequate"), ("Preventing crime", "Good"),
         ("Responding to the public", "Requires improvement"), ("Investigating crime", "Inadequate"),
         ("Protecting vulnerable people", "Requires improvement"), ("Managing offenders and suspects", "Adequate"),
         ("Disrupting serious organised crime", "Adequate"),
         ("Building, supporting and protecting the workforce", "Adequate"),
         ("Leadership and force management", "Requires improvement"), ("Crime data integrity", "Inadequate")]
grid = "\n".join(f'<tr><td>{a}</td><td class="g-{g.split()[0].lower()}">{g}</td></tr>' for a, g in rows5)

ll08 = f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Gloucestershire Constabulary must improve how it investigates and records crime - HMICFRS</title></head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header><div class="brand">HMICFRS</div>
<nav aria-label="Main"><a href="/our-work/">Our work</a> <a href="/publications/">Publications</a> <a href="/news/">News</a> <a href="/about-us/">About us</a></nav>
<form role="search"><input type="search" placeholder="Search HMICFRS"></form></header>
<div class="breadcrumbs"><a href="/">Home</a> / <a href="/news/">News</a> / <a href="/news/news-feed/">News feed</a></div>
<main id="main">
<p class="type">News</p>
<h1>Gloucestershire Constabulary must improve how it investigates and records crime</h1>
<p class="date">Published: 30 April 2024</p>
<p>Gloucestershire Constabulary must urgently improve how it investigates crime and how it records crimes reported to it, His Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) has said.</p>
<p>In its latest police effectiveness, efficiency and legitimacy (PEEL) inspection, HMICFRS assessed the constabulary&rsquo;s performance across ten areas of policing and made the following graded judgments:</p>
<table class="grades"><thead><tr><th>Area of policing</th><th>Grade</th></tr></thead>
<tbody>
{grid}
</tbody></table>
<p>HMICFRS also inspected how well the constabulary provides a service to victims of crime. It does not give a grade for this area.</p>
<p>In January, the inspectorate wrote to the constabulary to raise an accelerated cause of concern about its investigations. The report repeats that cause of concern and adds a second, about crime recording:</p>
<ul class="coc">
<li>{e(G_COC1)}</li>
<li>{e(G_COC2)}</li>
</ul>
<p>HMICFRS found some positive work. The constabulary&rsquo;s neighbourhood teams work well with partners to solve local problems, and the inspectorate found examples of good practice in how it tackles shoplifting in Gloucester and Cheltenham.</p>
<p>His Majesty&rsquo;s Inspector of Constabulary Adaeze Whitcombe said:</p>
<blockquote><p>&ldquo;I have serious concerns about how Gloucestershire Constabulary investigates crime. When we inspected, too many investigations had no plan and no supervision, and victims were not told what was happening.</p>
<p>&ldquo;The constabulary is also failing to record a significant number of crimes, which means some victims are not getting the support they are entitled to.</p>
<p>&ldquo;I am pleased that the constabulary has responded positively to our findings. We will monitor its progress closely.&rdquo;</p></blockquote>
<h2>Notes to editors</h2>
<ol>
<li>HMICFRS independently assesses the effectiveness and efficiency of police forces and fire and rescue services, in the public interest.</li>
<li>PEEL 2023&ndash;25 inspections use a five-tier scale: outstanding, good, adequate, requires improvement and inadequate.</li>
<li>Causes of concern are serious or critical problems that need immediate attention. The full report sets out recommendations for each cause of concern, and areas for improvement.</li>
<li>The Police Performance Oversight Group will consider the constabulary&rsquo;s position at its next meeting. For more information about our monitoring process, see the Engage page.</li>
<li>The report on Gloucestershire Constabulary is available on our website.</li>
</ol>
<section class="related"><h2>Related</h2><ul><li><a href="#">PEEL 2023&ndash;25: Gloucestershire Constabulary</a></li><li><a href="#">Avon Fire and Rescue Service: effectiveness, efficiency and people 2023&ndash;25</a></li></ul></section>
</main>
<footer><p>Contact our press office: 0300 071 6869. &copy; Crown copyright 2024. <a href="/cookies/">Cookies</a></p></footer>
</body>
</html>
"""

ll10 = """# Police: Enhanced Monitoring

**Question for Home Office**

UIN 47213, tabled on 2 June 2025

> To ask the Secretary of State for the Home Department, which police forces in the South West region are currently in the Engage phase of enhanced monitoring by HM Inspectorate of Constabulary and Fire and Rescue Services; and what support her Department is providing to those forces.

**Answered on 10 June 2025**

Answered by: the Minister of State (Home Office) (Policing, Fire and Crime Prevention)

The Police Performance Oversight Group, which is chaired by HM Inspectorate of Constabulary and Fire and Rescue Services (HMICFRS) and includes the Home Office, decides which forces enter and leave the Engage phase of monitoring.

Of the forces in the South West region, only Gloucestershire Constabulary is currently in Engage. It entered the process in May 2024, after HMICFRS's PEEL 2023-25 inspection graded it inadequate for investigating crime and for crime data integrity.

Wiltshire Police left Engage on 24 March 2025. The force had been in the process since October 2022, following its PEEL 2021/22 inspection. In its PEEL 2023-25 inspection, HMICFRS graded Wiltshire Police adequate at responding to the public.

Avon and Somerset Constabulary and Dorset Police are not in Engage. Avon and Somerset Constabulary was graded good for investigating crime in its most recent PEEL inspection, in 2023-25.

The Home Office does not provide additional funding to forces in Engage. Support is available from the College of Policing and from the National Police Chiefs' Council. My officials attend each meeting of the Police Performance Oversight Group, and I have met the Police and Crime Commissioner for Gloucestershire to discuss the constabulary's progress. The Government has no plans to use the Home Secretary's powers under section 40 of the Police Act 1996 in relation to any force in the region.

*Related questions:* Police: Inspections (UIN 46980, answered 3 June 2025); Police: Gloucestershire (UIN 45102, answered 20 May 2025)
"""

with open(os.path.join(DOCS, "ll05.html"), "w", encoding="utf-8") as fh:
    fh.write(ll05)
with open(os.path.join(DOCS, "ll07.txt"), "wb") as fh:
    fh.write(ll07.replace("\n", "\r\n").encode("cp1252"))
with open(os.path.join(DOCS, "ll08.html"), "w", encoding="utf-8") as fh:
    fh.write(ll08)
with open(os.path.join(DOCS, "ll10.md"), "w", encoding="utf-8") as fh:
    fh.write(ll10)
print("web ok")
