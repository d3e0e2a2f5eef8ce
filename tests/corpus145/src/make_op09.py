"""op09 and op10: whole PEEL reports as the inspectorate's site serves them on one HTML page,
with site chrome and an in-page contents list of links. Written to docs/ directly.
    python3 make_op09.py
"""
from facts import (OP09_GRADES, OP09_AFIS, OP09_COC, OP09_RECS,
                   OP10_GRADES, OP10_AFIS, WORDS)
from kit import write

HEAD = """<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s - His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</title>
<link rel="stylesheet" href="./%s_files/style.css" type="text/css" media="all">
<style>.grade{font-weight:bold}.box{border:1px solid #333;padding:0 1em;margin:1em 0}.visually-hidden{position:absolute;left:-9999px}</style>
</head>
<body class="publication-html-template-default">
<a class="skip-link visually-hidden" href="#main">Skip to main content</a>
<header class="site-header"><div class="logo"><a href="https://hmicfrs.justiceinspectorates.gov.uk/">HMICFRS</a></div>
<nav class="primary"><ul><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/about-us/">About us</a></li><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/our-work/">Our work</a></li><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/publications/">Publications</a></li><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/news/">News</a></li></ul></nav>
<form class="search" action="https://hmicfrs.justiceinspectorates.gov.uk/"><label for="s" class="visually-hidden">Search</label><input id="s" name="s" type="search" placeholder="Search"></form>
</header>
<div class="breadcrumbs"><a href="https://hmicfrs.justiceinspectorates.gov.uk/">Home</a> &gt; <a href="https://hmicfrs.justiceinspectorates.gov.uk/publications/">Publications</a> &gt; <span>%s</span></div>
<main id="main">
"""

FOOT = """</main>
<footer class="site-footer"><ul><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/accessibility/">Accessibility</a></li><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/cookies/">Cookies</a></li><li><a href="https://hmicfrs.justiceinspectorates.gov.uk/privacy/">Privacy notice</a></li></ul>
<p>© Crown copyright. All content is available under the Open Government Licence v3.0, except where otherwise stated.</p></footer>
<script src="./%s_files/site.js"></script>
</body>
</html>
"""


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower()).strip("-").replace("--", "-")


OP09_TEXT = {
    "treatment-of-public": ["Merseyside Police understands the importance of treating people fairly. However, people from some ethnic groups are more likely to be stopped and searched, and the force has not yet worked out why.",
                            "The force's scrutiny panels meet regularly and look at records of the use of force, but they do not review body-worn video footage."],
    "preventing-crime": ["The force is good at preventing crime. It has a long-standing commitment to neighbourhood policing, and its officers know their communities. Neighbourhood officers are sometimes taken away from their duties, which reduces the time they have for problem-solving."],
    "responding-to-public": ["The force is good at responding to the public. It answers 93 percent of emergency calls within ten seconds and attends most emergency incidents within its target time. Its call handlers use a structured risk assessment and are supported by experienced supervisors.",
                             "We found no areas for improvement in this area."],
    "investigating-crime": ["Investigations are adequate. Many are thorough, but investigation plans are not always recorded, and some cases were closed before all lines of enquiry had been completed.",
                            "The force has too few detectives for the volume of investigations it carries out, and some officers told us they hold more than 20 investigations at once."],
    "protecting-vulnerable": ["The force does not always take the action needed to protect victims of domestic abuse. Its public protection teams are under strain, and cases assessed as medium risk are not reviewed often enough.",
                              "The force works closely with Merseyside Fire and Rescue Service and the local authorities in a shared safeguarding hub. That partnership is strong, but it does not make up for the weaknesses we found."],
    "managing-offenders": ["The force's management of offenders is adequate. It pursues most wanted suspects effectively, but it does not always prioritise those wanted for offences against vulnerable victims. Some offender managers have high workloads."],
    "workforce": ["The force supports its workforce well. It has improved access to occupational health, although demand still outstrips supply, and it is working to understand why some new officers leave early in their careers."],
    "leadership-management": ["The force's leaders are visible and respected. The force has a good understanding of its finances and its future demand. It should make better use of its data to understand local performance, and make sure that first-line supervisors are supported."],
}


def op09():
    title = "PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Merseyside Police"
    out = [HEAD % (title, "op09", "PEEL 2023–25: Merseyside Police")]
    out.append("<article class='publication'><h1>%s</h1>" % title)
    out.append("<p class='meta'>Published on: 22 January 2025</p><p class='meta'>Publication types: Inspection reports</p><p class='meta'>Police forces: Merseyside</p>")
    out.append("<p><a href='#' onclick='window.print()'>Print this document</a></p>")
    sections = ["About this inspection", "Overall summary", "HM Inspector's observations", "Causes of concern"] + \
               [l for l, _, _ in OP09_GRADES] + ["Summary of areas for improvement", "About the data"]
    out.append("<nav class='contents' aria-label='Contents'><h2>Contents</h2><ol>")
    for s in sections:
        out.append("<li><a href='#%s'>%s</a></li>" % (slug(s), s))
    out.append("</ol></nav>")
    out.append("<h2 id='about-this-inspection'>About this inspection</h2>")
    out.append("<p>Our PEEL inspections assess how well each police force in England and Wales performs. We grade forces in eight areas. The grades are outstanding, good, adequate, requires improvement and inadequate. We do not grade the service the force provides to victims of crime.</p>")
    out.append("<p>We carried out our fieldwork at Merseyside Police in May and June 2024. This report reflects the position at that time.</p>")
    out.append("<h2 id='overall-summary'>Overall summary</h2><h3>Our judgments</h3>")
    out.append("<table class='judgments'><thead><tr><th scope='col'>Area</th><th scope='col'>Grade</th></tr></thead><tbody>")
    for l, _, g in OP09_GRADES:
        out.append("<tr><td>%s</td><td class='grade grade-%s'>%s</td></tr>" % (l, slug(g), g))
    out.append("</tbody></table>")
    out.append("<p>We found one cause of concern, and we have made three recommendations to address it. We also identified 17 areas for improvement.</p>")
    out.append("<h2 id='hm-inspector-s-observations'>HM Inspector's observations</h2>")
    out.append("<p>Merseyside Police is good at preventing crime, responding to the public, supporting its workforce and leading and managing the force. It is adequate at treating the public fairly, investigating crime and managing offenders. It requires improvement at protecting vulnerable people, and I have a cause of concern about how it safeguards victims of domestic abuse.</p>")
    out.append("<p>For comparison, Cheshire Constabulary, which we inspected in the same period, was graded good for responding to the public. Merseyside has matched that standard despite a much higher volume of calls.</p>")
    out.append("<p>I would like to thank Chief Constable Serena Abernathy-Cole and her workforce for their co-operation.</p>")
    out.append("<p>Lydia Okafor-Ransome<br>His Majesty's Inspector of Constabulary</p>")
    out.append("<h2 id='causes-of-concern'>Causes of concern</h2><h3>Protecting vulnerable people</h3>")
    out.append("<div class='box'><p>%s</p><h4>Recommendations</h4><p>We recommend that:</p><ul>%s</ul></div>" %
               (OP09_COC[1], "".join("<li>%s</li>" % t for _, t in OP09_RECS)))
    out.append("<p>In November 2023 we published a national report on police responses to domestic abuse, with recommendations for all forces. Those recommendations are separate from the cause of concern in this report.</p>")
    for l, key, g in OP09_GRADES:
        out.append("<h2 id='%s'>%s</h2>" % (slug(l), l))
        out.append("<p class='grade'>%s</p>" % g)
        paras = list(OP09_TEXT[key])
        inline = [t for k, t, c in OP09_AFIS if k == key and c]
        if inline:
            paras[0] += " " + " ".join(t + " This is an area for improvement." for t in inline)
        for para in paras:
            out.append("<p>%s</p>" % para)
        if key == "responding-to-public":
            out.append("<figure><figcaption>Figure 1: Emergency calls answered within ten seconds, Merseyside Police, 2021 to 2024</figcaption>"
                       "<table><tr><th>Year</th><th>Percentage</th></tr><tr><td>2021/22</td><td>81%</td></tr><tr><td>2022/23</td><td>88%</td></tr><tr><td>2023/24</td><td>93%</td></tr></table></figure>")
        if key == "preventing-crime":
            out.append("<div class='box'><h3>Promising practice</h3><p>The force has a dedicated team that works with schools to reduce violence involving young people. Early evaluation suggests this has reduced exclusions and offending.</p></div>")
        box = [t for k, t, c in OP09_AFIS if k == key and not c]
        if box:
            out.append("<h3>Areas for improvement</h3><ul>%s</ul>" % "".join("<li>%s</li>" % t for t in box))
        out.append("<p><a href='#main'>Back to top</a></p>")
    out.append("<h2 id='summary-of-areas-for-improvement'>Summary of areas for improvement</h2>")
    out.append("<p>The table lists the areas for improvement given under each area's heading above.</p><table><thead><tr><th>Area</th><th>Area for improvement</th></tr></thead><tbody>")
    for key, t, c in OP09_AFIS:
        if not c:
            l = [x for x, k, _ in OP09_GRADES if k == key][0]
            out.append("<tr><td>%s</td><td>%s</td></tr>" % (l, t))
    out.append("</tbody></table>")
    out.append("<h2 id='about-the-data'>About the data</h2><p>The data in this report comes from the Home Office, the Office for National Statistics and the force. Figures are for the year ending 31 March 2024 unless we say otherwise.</p>")
    out.append("</article>")
    out.append(FOOT % "op09")
    write("../docs/op09.html", "\n".join(out))


OP10_TEXT = {
    "victim-service": "We do not grade this area. The force answers most calls promptly, and victims are generally satisfied with the way they are treated. Victim needs assessments are not always completed.",
    "crime-recording": "The force records crime accurately. We estimate that it records 95.4 percent of reported crime, which is better than most forces.",
    "treatment-of-public": "The force treats the public with respect. It engages well with the diverse communities of Cardiff, Swansea and the valleys, and it provides services in Welsh as well as English.",
    "preventing-crime": "The force's approach to preventing crime is outstanding. Its early intervention work with young people, run with the Welsh Government and local councils, has been widely praised, and it shares what it learns with others.",
    "responding-to-public": "The force answers 999 calls quickly, but the time taken to answer 101 calls and online contacts is too long. Repeat callers are not always identified.",
    "investigating-crime": "Investigations are adequate. Some are allocated to officers who lack the experience to deal with them, and case files are not always of the standard required by prosecutors.",
    "protecting-vulnerable": "The force is good at protecting vulnerable people. Its public protection teams are well led, and it uses a wide range of legal powers to safeguard victims.",
    "managing-offenders": "The force manages offenders well. It works closely with the probation service and makes good use of ancillary orders.",
    "workforce": "The force has a positive and inclusive culture. It has made progress in recruiting officers who speak Welsh and who reflect the communities they serve.",
    "leadership-management": "The force's financial position is sound, but its understanding of demand is not detailed enough to link its workforce plans to the skills it will need.",
}


def op10():
    title = "PEEL 2021/22: An inspection of South Wales Police"
    out = [HEAD % (title, "op10", "South Wales Police PEEL 2021/22")]
    out.append("<article><h1>%s</h1><p>Police effectiveness, efficiency and legitimacy</p><p>Published on: 10 May 2022</p>" % title)
    out.append("<p><a href='https://hmicfrs.justiceinspectorates.gov.uk/publications/peel-2021-22-south-wales/'>Darllenwch yr adroddiad hwn yn Gymraeg</a> (read this report in Welsh)</p>")
    sec = ["Overall summary", "Our judgments", "HM Inspector's observations"] + [l for l, _, _ in OP10_GRADES] + ["Annex: areas for improvement"]
    out.append("<div class='toc'><h2>On this page</h2><ul>%s</ul></div>" % "".join("<li><a href='#%s'>%s</a></li>" % (slug(s), s) for s in sec))
    out.append("<h2 id='overall-summary'>Overall summary</h2>")
    out.append("<p>This report sets out what we found when we inspected South Wales Police in autumn 2021. We assessed the force in ten areas and graded it in nine of them.</p>")
    out.append("<h2 id='our-judgments'>Our judgments</h2><dl class='grades'>")
    for l, _, g in OP10_GRADES:
        out.append("<dt>%s</dt><dd>%s</dd>" % (l, g if g else "Not graded"))
    out.append("</dl>")
    out.append("<p><small>Key: outstanding, good, adequate, requires improvement, inadequate. The five grades are explained on our <a href='https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/'>PEEL assessments page</a>.</small></p>")
    out.append("<h2 id='hm-inspector-s-observations'>HM Inspector's observations</h2>")
    out.append("<p>South Wales Police is a well-run force. It is outstanding at preventing crime and anti-social behaviour, and it is good in six other areas. It is adequate at responding to the public, investigating crime and making good use of its resources.</p>")
    out.append("<p>The force works closely with Gwent Police, Dyfed-Powys Police and North Wales Police on matters that affect all of Wales, including the all-Wales approach to violence prevention.</p>")
    out.append("<p>In our 2018/19 inspection we judged the force to be good at preventing crime and tackling anti-social behaviour. It has built on that strong position.</p>")
    out.append("<p>I thank Chief Constable Owain Prydderch-Lloyd and the officers and staff of the force.</p>")
    out.append("<p>Anwen Castellano, His Majesty's Inspector of Constabulary</p>")
    for l, key, g in OP10_GRADES:
        out.append("<section><h2 id='%s'>%s</h2>" % (slug(l), l))
        if g:
            out.append("<p><strong>South Wales Police is %s in this area.</strong></p>" % WORDS[g] if g != "Requires improvement" else "")
        txt = OP10_TEXT[key]
        inline = [t for k, t, c in OP10_AFIS if k == key and c]
        if inline:
            txt += " " + " ".join(t + " This is an area for improvement." for t in inline)
        out.append("<p>%s</p>" % txt)
        if key == "preventing-crime":
            out.append("<aside class='box'><h3>Innovative practice</h3><p>Community support officers in the force run a programme with local football clubs to keep young people away from crime. This is good practice.</p></aside>")
        box = [t for k, t, c in OP10_AFIS if k == key and not c]
        if box:
            out.append("<h3>Areas for improvement</h3>")
            for t in box:
                out.append("<p>%s</p>" % t)
        out.append("</section>")
    out.append("<h2 id='annex-areas-for-improvement'>Annex: areas for improvement</h2><ol>")
    for _, t, _ in OP10_AFIS:
        out.append("<li>%s</li>" % t)
    out.append("</ol></article>")
    out.append(FOOT % "op10")
    write("../docs/op10.html", "\n".join(out))


if __name__ == "__main__":
    op09()
    op10()
