"""op03: Derbyshire Constabulary, PEEL 2018/19 integrated report printed to PDF (src/op03.html)."""
from facts import OP03_PILLARS, OP03_QUESTIONS, OP03_AFIS, WORDS
from kit import p, bar_chart, data_table, write

CSS = """
@page { size: A4; margin: 22mm 17mm 22mm 17mm; }
body { font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 10.5pt; line-height: 1.5; font-variant-ligatures: none; }
.hd { position: fixed; top: -14mm; right: 0; font-size: 8pt; color: #444; }
.ft { position: fixed; bottom: -14mm; left: 0; font-size: 8pt; color: #444; }
.cover { text-align: left; height: 240mm; }
.cover h1 { font-size: 26pt; margin-top: 55mm; color: #004a7c; }
h2 { break-before: page; font-size: 18pt; color: #004a7c; }
h3 { font-size: 13pt; color: #004a7c; margin-top: 18px; }
.q { background: #004a7c; color: #fff; padding: 6px 10px; font-weight: bold; }
.judg { display: inline-block; border: 1px solid #004a7c; padding: 2px 8px; margin: 6px 0; }
table { border-collapse: collapse; width: 100%; margin: 10px 0; }
td, th { border: 1px solid #888; padding: 4px 6px; font-size: 10pt; vertical-align: top; }
th { background: #dbe8f2; text-align: left; }
caption { text-align: left; font-weight: bold; padding-bottom: 3px; }
.afi { background: #f6f6f6; border-left: 4px solid #888; padding: 4px 10px; margin: 8px 0; }
figure.chart { border-top: 1px solid #004a7c; padding-top: 6px; margin: 14px 0; }
figcaption { font-weight: bold; font-size: 9.5pt; }
span.bar { display: inline-block; height: 9px; background: #004a7c; }
table.bars td { border: none; padding: 1px 4px; font-size: 9pt; }
td.bl { width: 42%; }
.source { font-size: 8pt; color: #555; }
"""

TEXT = {
    "preventing-crime": "Derbyshire Constabulary has a well-established neighbourhood policing model. Safer neighbourhood teams are visible and well known in their communities, and they work with councils and health partners to tackle local problems. The constabulary's work with farmers and rural communities is well regarded.",
    "investigating-crime": "The constabulary investigates most crimes well. Investigation standards have improved, and the proportion of crimes that end in a charge or summons is above the average for England and Wales. Some investigations are allocated to officers without the necessary experience.",
    "protecting-vulnerable": "The constabulary has improved its approach to vulnerability, but some weaknesses remain. In 2017, we judged the constabulary to require improvement at protecting vulnerable people, and we find that this is still the case. Officers do not always complete safeguarding referrals for children, and repeat victims of domestic abuse are not always identified when they first call.",
    "serious-organised-crime": "We did not inspect this question in full in 2018/19. The constabulary's work with the East Midlands special operations unit remains effective, and the grade of good that we gave in 2017 stands. The constabulary has a good understanding of organised crime groups and uses a wide range of tactics to disrupt them.",
    "specialist-capabilities": "We inspected the constabulary's armed policing arrangements. We do not grade this question. The constabulary has enough armed officers to meet the threat it faces, and its training is in line with national standards.",
    "using-resources": "The constabulary has a good understanding of the demand for its services. It has used this understanding to change its shift patterns so that more officers are on duty when demand is highest. Neighbourhood officers are sometimes taken away from their duties to support response teams.",
    "planning-future": "The constabulary's planning for the future is outstanding. It has a detailed understanding of how demand will change over the next five years, and it has linked its workforce, estates and technology plans to that understanding. Its financial plans are prudent and it has achieved all the savings it planned for 2018/19.",
    "fair-treatment-public": "The constabulary treats the people it serves with fairness and respect. Its external scrutiny panels review stop and search and the use of force, and their findings are published.",
    "ethical-lawful-workforce": "The constabulary has a strong ethical culture. Its counter-corruption unit is well resourced. Not all officers and staff have the level of vetting that their role requires.",
    "fair-treatment-workforce": "The constabulary looks after the wellbeing of its workforce. Its promotion processes are not fully understood or trusted by officers and staff.",
}


def main():
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>PEEL 2018/19 Derbyshire Constabulary</title><style>%s</style></head><body>' % CSS]
    out.append('<div class="hd">PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Derbyshire Constabulary</div>')
    out.append('<div class="ft">© HMICFRS 2019 | www.justiceinspectorates.gov.uk/hmicfrs</div>')
    out.append('<div class="cover"><h1>PEEL: Police effectiveness, efficiency and legitimacy 2018/19</h1>'
               '<p style="font-size:15pt">An inspection of Derbyshire Constabulary</p><p>May 2019</p>'
               '<p>ISBN: 978-1-78655-789-0</p></div>')
    out.append("<h2>Contents</h2>")
    rows = [("Force in numbers", 3), ("Overview – How good is the force?", 4), ("Effectiveness", 6),
            ("Efficiency", 10), ("Legitimacy", 12), ("Annex A – About the data", 14)]
    out.append("<table>" + "".join("<tr><td style='border:none'>%s</td><td style='border:none;text-align:right'>%d</td></tr>" % r for r in rows) + "</table>")
    out.append("<h2>Force in numbers</h2>")
    out.append(data_table("Financial position and workforce", ["Measure", "Derbyshire", "England and Wales"],
                          [["Net revenue expenditure 2018/19", "£178.4m", "–"], ["Cost per person per day", "53p", "55p"],
                           ["Police officers per 1,000 population", "1.7", "2.0"], ["Crimes per 1,000 population (year to 31 December 2018)", "72.3", "84.5"],
                           ["Victim satisfaction", "80.1%", "–"]]))
    out.append(bar_chart("Figure 1: Charge or summons rate, 12 months to 31 December 2018",
                         [("Derbyshire Constabulary", 10.4), ("England and Wales", 8.5)], unit="%", maxv=15,
                         note="Source: Home Office data on crime outcomes."))
    out.append("<h2>Overview – How good is the force?</h2>")
    out.append(data_table("Our judgments", ["Pillar", "Judgment", "Last inspected"],
                          [["Effectiveness", OP03_PILLARS[0][1], "2018/19"], ["Efficiency", OP03_PILLARS[1][1], "2018/19"],
                           ["Legitimacy", OP03_PILLARS[2][1], "2018/19"]]))
    out.append(p("Our judgments are on a four-point scale: outstanding, good, requires improvement and inadequate."))
    out.append(data_table("Judgments by question", ["Question", "Judgment"],
                          [[l, g if g else "Ungraded"] for _, l, _, g in OP03_QUESTIONS]))
    out.append("<h3>HM Inspector's summary</h3>")
    out.append(p("I congratulate Derbyshire Constabulary on its performance in keeping people safe and reducing crime. It is good in all three pillars of PEEL, and its planning for the future is outstanding."))
    out.append(p("I have some concerns about how the constabulary protects vulnerable people, which requires improvement. Since our last inspection it has made progress, but it needs to do more to make sure that children are safeguarded and that repeat victims are identified."))
    out.append(p("I thank Rachel Swindell, Chief Constable of Derbyshire Constabulary, and her officers and staff for their co-operation."))
    out.append(p("Zoe Marchbanks<br>HM Inspector of Constabulary"))
    for pillar, pg in OP03_PILLARS:
        out.append("<h2>%s</h2>" % pillar)
        out.append(p("<span class='judg'>%s</span>" % pg))
        out.append(p("Derbyshire Constabulary is %s at %s." % (WORDS[pg], {
            "Effectiveness": "keeping people safe and reducing crime",
            "Efficiency": "operating efficiently and providing sustainable services",
            "Legitimacy": "treating the public and its workforce legitimately"}[pillar])))
        for pl, label, key, g in OP03_QUESTIONS:
            if pl != pillar:
                continue
            out.append("<div class='q'>%s</div>" % label)
            out.append(p("<span class='judg'>%s</span>" % (g if g else "Not graded")))
            text = TEXT[key]
            inline = [t for k, t, c in OP03_AFIS if k == key and c]
            if inline:
                text += " " + " ".join(t + " This is an area for improvement." for t in inline)
            out.append(p(text))
            for k, t, c in OP03_AFIS:
                if k == key and not c:
                    out.append("<div class='afi'><strong>Area for improvement</strong>" + p(t) + "</div>")
        if pillar == "Efficiency":
            out.append(bar_chart("Figure 2: Planned savings by year (£ million)", [("2018/19", 3.1), ("2019/20", 2.4), ("2020/21", 1.9), ("2021/22", 1.2)], unit="m"))
    out.append("<h2>Annex A – About the data</h2>")
    out.append(p("The information in this report comes from a range of sources, including data published by the Home Office, the Office for National Statistics and HMICFRS's own data collection. Figures for England and Wales exclude the Metropolitan Police Service where we say so, because its size would distort the average."))
    out.append(p("Where we compare the constabulary with other forces, we use its most similar group. The data was correct at 31 March 2019."))
    out.append("</body></html>")
    write("op03.html", "\n".join(out))


if __name__ == "__main__":
    main()
