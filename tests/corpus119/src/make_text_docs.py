"""Write docs/np03.html, docs/np09.html, docs/np05.md and docs/np06.txt (standard library)."""
import html
import os
import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "..", "docs")
e = html.escape


def w(name, s):
    with open(os.path.join(DOCS, name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(s)


# ---------------------------------------------------------------- np03 Wiltshire, PowerPoint "Save as Web Page"
s03 = [
    ("Wiltshire Police &ndash; PEEL 2023&ndash;25",
     "<p class=sub>Wiltshire and Swindon Police and Crime Panel &middot; 10 October 2024</p>"
     "<p>Philip Wilkinson OBE, Police and Crime Commissioner</p><p>Catherine Roper, Chief Constable</p>",
     "The Commissioner opened the item and handed over to the Chief Constable after a short introduction."),
    ("Where we were &ndash; 2021/22",
     "<ul><li>Engage: Sept 2022 &ndash; June 2024</li><li>Investigating crime &ndash; Inadequate</li>"
     "<li>Responding to the public &ndash; RI</li><li>Protecting vulnerable people &ndash; RI</li></ul>",
     "RI means requires improvement throughout these slides. These were the three weakest areas in the "
     "2021/22 report, and they are the reason the force entered the Engage process."),
    ("2023&ndash;25 grades",
     "<table class=g><tr><td class=A>Police powers and public treatment</td><td class=A>Adequate</td></tr>"
     "<tr><td class=G>Preventing crime</td><td class=G>Good</td></tr>"
     "<tr><td class=R>Responding to the public</td><td class=R>RI</td></tr>"
     "<tr><td class=A>Investigating crime</td><td class=A>Adequate</td></tr>"
     "<tr><td class=A>Protecting vulnerable people</td><td class=A>Adequate</td></tr>"
     "<tr><td class=G>Managing offenders</td><td class=G>Good</td></tr>"
     "<tr><td class=A>Building, supporting &amp; protecting the workforce</td><td class=A>Adequate</td></tr>"
     "<tr><td class=A>Leadership &amp; force management</td><td class=A>Adequate</td></tr></table>",
     "HMICFRS published the report on 19 September. Wendy Williams, His Majesty's Inspector of "
     "Constabulary, said the force had improved in every area since its last inspection. Victim service "
     "is assessed but not graded."),
    ("Movement since 2021/22",
     "<ul><li>Investigating crime &#9650;&#9650;</li><li>Protecting vulnerable people &#9650;</li>"
     "<li>Responding to the public &#9644;</li><li>No area worse</li></ul>",
     "Investigating crime has moved up two grades. Responding to the public has stayed where it was, and "
     "that is the focus of the next twelve months."),
    ("AFIs &ndash; 6 in total",
     "<ul><li>%s</li><li>%s</li><li>%s</li><li>+3 more: custody, vetting, digital forensics</li></ul>"
     % (e(T.NP03_AFI1), e(T.NP03_AFI2), e(T.NP03_AFI3)),
     "On the first, the force now publishes attendance times by district each month, and priority "
     "attendance within the hour is at 79 per cent. On the second, a new use of force form went live in "
     "August and supervisors review every entry."),
    ("Working with partners",
     "<ul><li>South West region: Avon and Somerset, Dorset Police, Devon &amp; Cornwall, Gloucestershire</li>"
     "<li>Dorset &amp; Wiltshire Fire and Rescue Service &ndash; joint estate</li></ul>",
     "The regional organised crime unit is hosted by our neighbours, and the fire service shares three "
     "of our stations."),
    ("OPCC oversight",
     "<ul><li>Commissioner&rsquo;s Monthly Accountability Board</li><li>PEEL delivery board &ndash; quarterly</li>"
     "<li>2025/26 precept consultation &ndash; Dec 2024</li></ul>",
     "The Commissioner will keep responding to the public on the agenda of every accountability board "
     "until it reaches adequate."),
    ("Questions?", "", ""),
]
out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
       "<title>PEEL 2023-25 - Wiltshire Police and Crime Panel</title>",
       "<style>body{font-family:Calibri,Arial,sans-serif;margin:0;display:flex}"
       "#outline{width:230px;background:#eef1f5;padding:10px;font-size:13px;min-height:100vh}"
       "#main{flex:1;padding:16px}.slide{width:800px;height:450px;border:1px solid #999;margin:0 0 6px 0;"
       "padding:24px 36px;position:relative;box-sizing:border-box;background:#fff}"
       ".slide h1{color:#004f9f;font-size:28px;margin:0 0 14px 0}.sub{font-size:18px}"
       ".ft{position:absolute;bottom:8px;left:36px;right:36px;font-size:10px;color:#666;display:flex;"
       "justify-content:space-between}.notes{width:800px;border:1px dashed #bbb;padding:8px 12px;"
       "margin:0 0 26px 0;font-size:14px;box-sizing:border-box}.nav{font-size:12px;color:#444}"
       "table.g td{padding:3px 10px;font-size:15px}.G{background:#2e7d32;color:#fff}"
       ".A{background:#f2c200}.R{background:#e07b00;color:#fff}</style></head><body>",
       '<div id="outline"><p><b>Outline</b></p><ol>']
out += ["<li>%s</li>" % t for t, _, _ in s03]
out.append('</ol></div><div id="main">')
for n, (title, body, notes) in enumerate(s03, start=1):
    out.append('<div class="nav">Slide %d of %d &nbsp; <a href="#s%d">Previous</a> | <a href="#s%d">Next</a></div>'
               % (n, len(s03), max(n - 1, 1), min(n + 1, len(s03))))
    out.append('<div class="slide" id="s%d"><h1>%s</h1>%s<div class="ft"><span>OFFICIAL</span>'
               '<span>Wiltshire Police</span><span>%d</span></div></div>' % (n, title, body, n))
    if notes:
        out.append('<div class="notes"><b>Notes:</b> %s</div>' % e(notes))
out.append("</div></body></html>\n")
w("np03.html", "\n".join(out))

# ---------------------------------------------------------------- np09 Suffolk, Efficiency 2017 (web export)
s09 = [
    ("PEEL Efficiency 2017: Suffolk Constabulary",
     "<p>Accountability and Performance Panel &middot; 24 November 2017</p><p>Chief Constable Gareth Wilson</p>",
     "Tim Passmore, the Police and Crime Commissioner, chairs the panel. The Chief Constable presents; "
     "the Assistant Chief Officer answers questions on finance."),
    ("Headline",
     "<div class=tiles><div class='tile g'><span>Efficiency 2017</span><b>Good</b></div>"
     "<div class='tile g'><span>Efficiency 2016</span><b>Good</b></div>"
     "<div class='tile g'><span>Norfolk (partner) 2017</span><b>Good</b></div></div>",
     "HMICFRS published its efficiency reports on 9 November. We have been graded good for the second year "
     "running, and our colleagues in Norfolk Constabulary also received a good grade."),
    ("Three questions",
     "<table><tr><th>Question</th><th>Grade</th></tr><tr><td>Understanding demand</td><td>Good</td></tr>"
     "<tr><td>Using resources</td><td>Requires improvement</td></tr>"
     "<tr><td>Planning for the future</td><td>Good</td></tr></table>",
     "The question on using resources is the weak spot. The inspectors felt our shift patterns did not "
     "match the peaks in demand."),
    ("Areas for improvement", "<ol><li>%s</li><li>%s</li></ol>" % (e(T.NP09_AFI1), e(T.NP09_AFI2)),
     "We accept both. For the first, the joint performance and analysis department has started a hidden "
     "demand study with the county council. For the second, the shift pattern review will report to the "
     "Chief Officer Group in March 2018."),
    ("Finance",
     "<ul><li>&pound;19.7m saved 2010&ndash;2017</li><li>Further &pound;4.4m by 2020/21</li>"
     "<li>Joint Norfolk &amp; Suffolk departments: 12</li></ul>",
     "The savings figure includes the shared departments. The medium-term plan runs to 2020/21."),
    ("Questions?", "", ""),
]
out = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
       "<title>PEEL Efficiency 2017 - Suffolk Constabulary - slides and notes</title>",
       "<style>body{font-family:Arial,sans-serif;background:#ddd;margin:0;padding:20px}"
       "section{background:#fff;width:960px;height:540px;margin:0 auto 4px auto;padding:30px 50px;"
       "box-sizing:border-box;position:relative}section h2{color:#003b71;font-size:32px}"
       "section li,section td,section p{font-size:20px}.tiles{display:flex;gap:16px}.tile{width:200px;"
       "height:120px;color:#fff;padding:10px;display:flex;flex-direction:column;justify-content:space-between}"
       ".g{background:#2e7d32}.tile b{font-size:28px}footer{position:absolute;bottom:10px;left:50px;right:50px;"
       "font-size:11px;color:#666}.speaker{width:960px;margin:0 auto 30px auto;background:#fffbe6;"
       "padding:10px 16px;box-sizing:border-box;font-size:15px}</style></head><body>",
       "<p style='text-align:center'>Exported from the presentation app: slides with speaker notes</p>"]
for n, (title, body, notes) in enumerate(s09, start=1):
    out.append("<section id='slide-%d'><h2>%s</h2>%s<footer>Suffolk Constabulary &middot; OFFICIAL &middot; "
               "24/11/2017 &middot; %d</footer></section>" % (n, title, body, n))
    if notes:
        out.append("<div class='speaker'><strong>Speaker notes</strong><p>%s</p></div>" % e(notes))
out.append("</body></html>\n")
w("np09.html", "\n".join(out))

# ---------------------------------------------------------------- np05 Devon and Cornwall, Marp deck
md = """---
marp: true
theme: default
paginate: true
footer: 'OFFICIAL · Devon & Cornwall Police · PEEL 2021/22 · community webinar · 29 June 2022'
---

<!-- _class: lead -->

# PEEL 2021/22: Devon & Cornwall Police

Community webinar hosted by the Office of the Police and Crime Commissioner

Alison Hernandez, Police and Crime Commissioner
Acting Chief Constable Jim Colwell

<!-- Presenter: OPCC chief executive. Keep the introduction under two minutes. -->

---

## Agenda

1. What PEEL is
2. Our grades
3. What HMICFRS found
4. Areas for improvement
5. Your questions

---

## What PEEL is

- Police effectiveness, efficiency & legitimacy
- HMICFRS inspects all 43 forces in England & Wales
- Grading scale: Outstanding · Good · Adequate · Requires improvement · Inadequate
- This is the first year of the new area-by-area approach

---

## Our grades

| Area | Grade |
|---|---|
| Engaging with and treating the public with fairness and respect | 🟢 Good |
| Preventing crime and anti-social behaviour | 🟡 Adequate |
| Responding to the public | 🟠 Requires improvement |
| Investigating crime | 🟠 Requires improvement |
| Protecting vulnerable people | 🟡 Adequate |
| Managing offenders and suspects | 🟡 Adequate |
| Developing a positive workplace | 🟢 Good |
| Good use of resources | 🟡 Adequate |
| Recording data about crime | 🟢 Good |
| Victim service assessment | ⚪ Not graded |

<!-- Do not read the table out. Point to the two orange rows. -->

---

## What HMICFRS found

- HM Inspector Wendy Williams: "a force that treats people well but is stretched"
- 101 waits – too long
- Investigations – supervision gaps
- Workforce wellbeing – strong
- No causes of concern

---

## Areas for improvement (11)

> The force should reduce the number of 101 calls that are abandoned before they are answered.

**Force update:** new call-back option since May; abandonment down from 31% to 22%.

> The force should make sure that it gives victims an explanation when it decides to close an investigation, and that the decision is recorded.

**Force update:** closure letters redesigned with victims' panel; audit in September.

> The force should improve how it manages registered sex offenders, so that visits are carried out on time and risk assessments are kept up to date.

---

## Next steps

- Improvement plan – published on the OPCC website
- Police and crime panel – 22 July 2022
- Dorset Police and Devon & Cornwall Police – shared firearms training continues
- 2022/23: 101 investment of £1.2m

---

<!-- _class: lead -->

# Questions?

Ask in the chat, or email the OPCC.
"""
assert T.NP05_AFI1 in md and T.NP05_AFI2 in md and T.NP05_AFI3 in md
w("np05.md", md)

# ---------------------------------------------------------------- np06 North Wales, PEEL 2015 (outline view)
outline = [
    ("PEEL 2015: how did we do?", ["North Wales Police and Crime Panel",
                                   "Police and Crime Commissioner Winston Roddick CB QPM",
                                   "Presented by Chief Constable Mark Polin", "14 March 2016"]),
    ("The three pillars", ["Effectiveness \u2013 Good", "Efficiency \u2013 Good", "Legitimacy \u2013 Good",
                           "Leadership \u2013 not graded (narrative)"]),
    ("Effectiveness 2015", ["Preventing crime & ASB \u2013 Good",
                            "Investigating crime & reducing re-offending \u2013 Good",
                            "Protecting vulnerable people \u2013 RI", "Serious & organised crime \u2013 Good",
                            "RI = requires improvement"]),
    ("Efficiency 2015", ["Graded good in 2014 as well", "Savings: \u00a324.7m since 2010",
                         "Workforce plan to 2019/20"]),
    ("Legitimacy 2015", ["Stop & search \u2013 BUSSS compliant", "Crime recording \u2013 CDI report due",
                         "Public confidence \u2013 above Wales average"]),
    ("HMIC areas for improvement", [("Protecting vulnerable people", [T.NP06_AFI1, T.NP06_AFI2]),
                                    ("Preventing crime", [T.NP06_AFI3])]),
    ("Our response", ["AFI 1 \u2013 joint CSE hub with Conwy and Denbighshire from April",
                      "AFI 2 \u2013 missing persons coordinator in each district"]),
    ("Across Wales", ["All-Wales collaboration with Dyfed-Powys Police, Gwent Police and South Wales Police",
                      "Heddlu Gogledd Cymru \u2013 bilingual service standard"]),
    ("Questions? / Cwestiynau?", []),
]
lines = []
for n, (title, items) in enumerate(outline, start=1):
    lines.append("%d\t%s" % (n, title))
    for it in items:
        if isinstance(it, tuple):
            lines.append("\t%s" % it[0])
            for sub in it[1]:
                lines.append("\t\t%s" % sub)
        else:
            lines.append("\t%s" % it)
w("np06.txt", "\n".join(lines) + "\n")
print("wrote np03.html np09.html np05.md np06.txt")
