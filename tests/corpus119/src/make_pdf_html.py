"""Write src/np01.html, src/np04.html and src/np08.html (16:9 decks, one slide a page).
build.sh prints them to docs/*.pdf with headless Chromium."""
import os
from deckcss import page, tiles
import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))


def w(name, html):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as fh:
        fh.write(html)


# ---------------------------------------------------------------- np01 Staffordshire 2021/22
KEY = ('<div class="key">Key: Outstanding &middot; Good &middot; Adequate &middot; RI = Requires '
       'improvement &middot; Inadequate &middot; NG = not graded</div>')
np01 = [
    ("title", "<h1>PEEL 2021/22: inspection outcome and our response</h1>"
              "<h2>Staffordshire Commissioner&rsquo;s Police, Fire and Rescue and Crime Panel</h2>"
              "<p>Chief Constable Chris Noble</p><p>7 November 2022</p>"),
    ("", "<h1>Agenda</h1><ul><li>Background</li><li>Grades at a glance</li><li>Causes of concern (CoC)"
         "</li><li>Areas for improvement (AFIs)</li><li>Engage &amp; oversight</li><li>Next steps</li>"
         "<li>Questions</li></ul>"),
    ("", "<h1>Background</h1><ul><li>Fieldwork: Feb&ndash;Apr 2022</li><li>Report published by HMICFRS: "
         "Sept 2022</li><li>10 areas &ndash; 9 graded</li><li>2 CoC, 9 AFIs</li>"
         "<li>Last full inspection: 2018/19</li></ul>"),
    ("", "<h1>Grades at a glance</h1>" + tiles([
        ("Engaging with and treating the public with fairness and respect", "A", "Adequate"),
        ("Preventing crime and anti-social behaviour", "G", "Good"),
        ("Responding to the public", "I", "Inadequate"),
        ("Investigating crime", "RI", "RI"),
        ("Protecting vulnerable people", "RI", "RI"),
        ("Managing offenders and suspects", "A", "Adequate"),
        ("Developing a positive workplace", "A", "Adequate"),
        ("Good use of resources", "A", "Adequate"),
        ("Recording data about crime", "G", "Good"),
        ("Victim service assessment", "N", "NG"),
    ]) + KEY),
    ("", "<h1>Grade profile</h1>"
         '<svg width="1000" height="380" viewBox="0 0 1000 380" font-size="18">'
         '<text x="250" y="50" text-anchor="end">Outstanding</text><rect x="265" y="30" width="4" height="30" fill="#1f5f99"/><text x="280" y="52">0</text>'
         '<text x="250" y="120" text-anchor="end">Good</text><rect x="265" y="100" width="220" height="30" fill="#2e7d32"/><text x="495" y="122">2</text>'
         '<text x="250" y="190" text-anchor="end">Adequate</text><rect x="265" y="170" width="440" height="30" fill="#c9a400"/><text x="715" y="192">4</text>'
         '<text x="250" y="260" text-anchor="end">Requires improvement</text><rect x="265" y="240" width="220" height="30" fill="#e07b00"/><text x="495" y="262">2</text>'
         '<text x="250" y="330" text-anchor="end">Inadequate</text><rect x="265" y="310" width="110" height="30" fill="#b71c1c"/><text x="385" y="332">1</text>'
         '<line x1="265" y1="20" x2="265" y2="350" stroke="#333"/></svg>'
         '<p class="small">Number of graded areas at each grade (9 graded areas)</p>'),
    ("", "<h1>Cause of concern 1: responding to the public</h1><p>HMICFRS said:</p>"
         "<blockquote>%s</blockquote>"
         "<p>Recommendations:</p><ul class=\"small\"><li>%s</li><li>%s</li></ul>" % (T.NP01_COC1, T.NP01_REC1, T.NP01_REC2)),
    ("", "<h1>CoC 1: where we are</h1><ul><li>999: 87% in 10 secs (Oct) &ndash; up from 61%</li>"
         "<li>101 abandonment: 18% &ndash; target 10%</li><li>THRIVE+ risk tool live in the control room "
         "from 3 Oct</li><li>42 additional call handlers in post</li><li>Status: Amber</li></ul>"),
    ("", "<h1>Cause of concern 2: protecting vulnerable people</h1><blockquote>%s</blockquote>"
         "<ul><li>Recommendations: 3 (tracked separately)</li><li>Vulnerability desk &ndash; 7 days</li>"
         "<li>Status: Amber</li></ul>" % T.NP01_COC2),
    ("", "<h1>AFIs &ndash; summary</h1><ul><li>Investigation supervision &ndash; RI</li>"
         "<li>Stop &amp; search records &ndash; Adequate</li><li>Wellbeing &ndash; Adequate</li>"
         "<li>Crime recording: Good &ndash; no AFI</li><li>6 further AFIs &ndash; on tracker</li></ul>"),
    ("", "<h1>AFIs &ndash; selected</h1>"
         "<blockquote>%s</blockquote><p class=\"upd\">Update: investigation standards board from Sept; "
         "dip sample of 200 crimes each month.</p>"
         "<blockquote>%s</blockquote><p class=\"upd\">Update: body-worn video review of all searches "
         "since July.</p>"
         "<blockquote>%s</blockquote><p class=\"upd\">Lead: ACC Local Policing. Update to follow.</p>"
         % (T.NP01_AFI1, T.NP01_AFI2, T.NP01_AFI3)),
    ("", "<h1>Engage &amp; oversight</h1><ul><li>Engage phase since Oct 2022</li>"
         "<li>PPOG &ndash; chaired by Andy Cooke, HM Chief Inspector of Constabulary</li>"
         "<li>HMICFRS revisit planned: Dec 2022</li><li>Commissioner Ben Adams &ndash; monthly public "
         "performance meetings</li><li>Staffordshire Fire and Rescue Service &ndash; separate inspection, "
         "judged good (not PEEL)</li></ul>"),
    ("", "<h1>Next steps</h1><ul><li>Improvement plan to Panel &ndash; Feb 2023</li>"
         "<li>2023/24 precept &ndash; 40 more call handlers</li><li>Re-inspection of CoC 1 &ndash; 2023</li>"
         "<li>Next PEEL cycle: 2023&ndash;25</li></ul>"),
    ("", '<div class="big">Questions?</div>'),
]
w("np01.html", page(np01, "#00205b", "OFFICIAL", "Staffordshire Police &middot; PEEL 2021/22 &middot; 7 Nov 2022"))

# ---------------------------------------------------------------- np04 Hertfordshire 2018/19 (HMICFRS)
np04 = [
    ("title", "<h1>PEEL 2018/19: Hertfordshire Constabulary</h1><h2>Findings briefing for the chief "
              "officer team</h2><p>Zo&euml; Billingham, HM Inspector of Constabulary</p>"
              "<p>Welwyn Garden City, 11 April 2019</p>"),
    ("", "<h1>Today</h1><ul><li>Purpose &amp; embargo</li><li>Pillar judgments</li><li>Question judgments"
         "</li><li>AFIs</li><li>Innovative &amp; good practice</li><li>Publication timetable</li></ul>"),
    ("", "<h1>Attendees</h1><table class=\"t\"><tr><th>Name</th><th>Role</th></tr>"
         "<tr><td>Zo&euml; Billingham</td><td>HMI, Eastern Region</td></tr>"
         "<tr><td>Charlie Hall</td><td>Chief Constable</td></tr>"
         "<tr><td>Michelle Dunn</td><td>Deputy Chief Constable</td></tr>"
         "<tr><td>David Lloyd</td><td>Police and Crime Commissioner</td></tr>"
         "<tr><td>Force liaison lead</td><td>HMICFRS</td></tr></table>"),
    ("", "<h1>Pillar judgments</h1>" + tiles([
        ("Effectiveness", "G", "Good"), ("Efficiency", "G", "Good"), ("Legitimacy", "G", "Good"),
    ]) + '<div class="key">Grades: Outstanding &middot; Good &middot; Requires improvement &middot; '
         'Inadequate</div>'),
    ("", "<h1>Effectiveness &ndash; questions</h1><table class=\"t\"><tr><th>Question</th><th>2018/19</th></tr>"
         "<tr><td>Preventing crime and tackling ASB</td><td>Good</td></tr>"
         "<tr><td>Investigating crime</td><td>Good</td></tr>"
         "<tr><td>Protecting vulnerable people</td><td>Good *</td></tr>"
         "<tr><td>Tackling serious and organised crime</td><td>Not inspected</td></tr>"
         "<tr><td>Specialist capabilities</td><td>Ungraded</td></tr></table>"
         "<p class=\"small\">* Not re-inspected; the judgment from PEEL 2017 is carried forward.</p>"),
    ("", "<h1>Efficiency &amp; legitimacy &ndash; questions</h1><table class=\"t\"><tr><th>Question</th><th>2018/19</th></tr>"
         "<tr><td>Meeting current demands and using resources</td><td>Good</td></tr>"
         "<tr><td>Planning for the future</td><td>Requires improvement</td></tr>"
         "<tr><td>Fair treatment of the public</td><td>Good</td></tr>"
         "<tr><td>Ethical and lawful workforce behaviour</td><td>Good</td></tr>"
         "<tr><td>Fair treatment of the workforce</td><td>Outstanding</td></tr></table>"),
    ("", "<h1>Areas for improvement</h1><ul class=\"small\"><li>%s</li><li>%s</li><li>%s</li></ul>"
         "<p class=\"small\">No causes of concern. No recommendations.</p>" % (T.NP04_AFI1, T.NP04_AFI2, T.NP04_AFI3)),
    ("", "<h1>Innovative &amp; good practice</h1><ul><li>Wellbeing &lsquo;check-in&rsquo; app &ndash; "
         "good practice</li><li>BCH collaboration with Bedfordshire Police and Cambridgeshire "
         "Constabulary &ndash; joint firearms &amp; major crime</li><li>Cyber-crime prevention in schools</li></ul>"),
    ("", "<h1>Publication timetable</h1><ul><li>Factual accuracy check: 10 working days</li>"
         "<li>Embargoed copy to PCC: 48 hrs before</li><li>Publication: tranche 2, summer 2019</li>"
         "<li>PCC response due within 56 days</li></ul>"),
    ("", '<div class="big">Questions?</div><p style="text-align:center">HMICFRS &ndash; '
         'Her Majesty&rsquo;s Inspectorate of Constabulary and Fire &amp; Rescue Services</p>'),
]
w("np04.html", page(np04, "#4b2e83", "OFFICIAL &ndash; SENSITIVE: embargoed until publication",
                    "HMICFRS &middot; Hertfordshire PEEL 2018/19"))

# ---------------------------------------------------------------- np08 Merseyside 2023-25
AREAS08 = ["Police powers and public treatment", "Preventing crime", "Responding to the public",
           "Investigating crime", "Protecting vulnerable people", "Managing offenders",
           "Building, supporting and protecting the workforce", "Leadership and force management"]
grid = ['<line x1="300" y1="30" x2="300" y2="330" stroke="#333"/>']
for i, g in enumerate(["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]):
    y = 50 + i * 65
    grid.append('<text x="290" y="%d" text-anchor="end">%s</text>' % (y + 5, g))
    grid.append('<line x1="300" y1="%d" x2="1150" y2="%d" stroke="#ddd"/>' % (y, y))
# bars: heights encode grades; no data labels
v2325 = [1, 0, 1, 2, 1, 1, 2, 1]
v2122 = [2, 1, 3, 3, 2, 1, 2, 2]
for i, (a, b) in enumerate(zip(v2325, v2122)):
    x = 320 + i * 104
    for dx, v, col in ((0, b, "#9e9e9e"), (40, a, "#1f5f99")):
        top = 50 + v * 65
        grid.append('<rect x="%d" y="%d" width="36" height="%d" fill="%s"/>' % (x + dx, top, 330 - top, col))
    grid.append('<text x="%d" y="360" font-size="13">%d</text>' % (x + 30, i + 1))
chart = ('<svg width="1180" height="380" viewBox="0 0 1180 380" font-size="16">%s</svg>' % "".join(grid))
np08 = [
    ("title", "<h1>PEEL 2023&ndash;25: what it means for Merseyside</h1>"
              "<h2>Police and Crime Panel &ndash; 19 September 2024</h2>"
              "<p>Chief Constable Serena Kennedy &middot; Deputy Chief Constable Jenny Sims</p>"),
    ("", "<h1>Running order</h1><ul><li>The headlines</li><li>Comparison with 2021/22</li>"
         "<li>AFIs and progress</li><li>Good practice</li><li>Commissioner&rsquo;s view</li><li>Questions</li></ul>"),
    ("", "<h1>The headlines</h1>" + tiles([
        ("Police powers and public treatment", "G", "Good"),
        ("Preventing crime", "O", "Outstanding"),
        ("Responding to the public", "G", "Good"),
        ("Investigating crime", "A", "Adequate"),
        ("Protecting vulnerable people", "G", "Good"),
        ("Managing offenders", "G", "Good"),
        ("Building, supporting and protecting the workforce", "A", "Adequate"),
        ("Leadership and force management", "G", "Good"),
        ("Providing a service to victims", "N", "Ungraded"),
    ]) + '<div class="key">No causes of concern &middot; 7 AFIs &middot; published by HMICFRS 22 Aug 2024</div>'),
    ("", "<h1>Comparison with 2021/22</h1>" + chart +
         "<p class=\"small\">Grey: 2021/22 &middot; Blue: 2023&ndash;25. Areas 1&ndash;8 in the order on slide 3.</p>"),
    ("", "<h1>AFIs and progress (1/2)</h1><table class=\"t\"><tr><th>AFI</th><th>Owner</th><th>RAG</th></tr>"
         "<tr><td>%s</td><td>ACC Crime</td><td>Amber</td></tr>"
         "<tr><td>%s</td><td>Director of People</td><td>Green</td></tr></table>" % (T.NP08_AFI1, T.NP08_AFI2)),
    ("", "<h1>AFIs and progress (2/2)</h1><table class=\"t\"><tr><th>AFI</th><th>Owner</th><th>RAG</th></tr>"
         "<tr><td>%s</td><td>ACC Local Policing</td><td>Red</td></tr></table>"
         "<ul class=\"small\"><li>4 further AFIs: investigation backlogs, digital forensics, vetting "
         "timeliness, wellbeing &ndash; all Green</li><li>Custody AFIs (joint inspection) &ndash; not PEEL</li></ul>"
         % T.NP08_AFI3),
    ("", "<h1>Good practice</h1><ul><li>Operation Target &ndash; serious violence (good practice)</li>"
         "<li>Joint command with Cheshire Constabulary for roads policing</li>"
         "<li>Merseyside Fire and Rescue Service &ndash; shared prevention hubs (its own HMICFRS grade: Good)</li></ul>"),
    ("", "<h1>Commissioner&rsquo;s view</h1><ul><li>Emily Spurrell, Police and Crime Commissioner</li>"
         "<li>&ldquo;Outstanding at preventing crime &ndash; a first for Merseyside&rdquo;</li>"
         "<li>Scrutiny via Strategic Scrutiny Meetings &ndash; quarterly</li><li>2025/26 budget &ndash; "
         "investigation capacity</li></ul>"),
    ("", '<div class="big">Questions?</div>'),
]
w("np08.html", page(np08, "#003a70", "OFFICIAL", "Merseyside Police &middot; PEEL 2023&ndash;25 &middot; Sept 2024"))
print("wrote np01.html np04.html np08.html")
