"""op06: Bedfordshire Police, PEEL: Police efficiency 2016, printed to PDF (src/op06.html)."""
from facts import OP06_OVERALL, OP06_Q, OP06_COC, OP06_RECS, OP06_AFIS
from kit import p, bar_chart, data_table, write

CSS = """
@page { size: A4; margin: 20mm 20mm 20mm 20mm; }
body { font-family: Arial, sans-serif; font-size: 11pt; line-height: 1.5; color: #222; }
.top { position: fixed; top: -13mm; left: 0; right: 0; font-size: 8pt; text-align: right; color: #444; }
.bottom { position: fixed; bottom: -13mm; left: 0; right: 0; font-size: 8pt; color: #444; }
h1 { font-size: 30pt; color: #7a1b1b; margin-top: 50mm; }
h2 { font-size: 17pt; color: #7a1b1b; break-before: page; }
h3 { font-size: 12.5pt; }
.qhead { border-bottom: 3px solid #7a1b1b; font-size: 14pt; font-weight: bold; margin-top: 10px; }
.badge { background: #7a1b1b; color: #fff; padding: 2px 10px; display: inline-block; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 10px 0; }
td, th { border: 1px solid #999; padding: 4px 7px; vertical-align: top; }
th { background: #f3e6e6; text-align: left; }
caption { text-align: left; font-weight: bold; }
.concern { background: #fbeeee; border: 1px solid #7a1b1b; padding: 4px 12px; }
figure.chart { margin: 12px 0; }
figcaption { font-weight: bold; font-size: 10pt; }
span.bar { display: inline-block; height: 10px; background: #7a1b1b; }
table.bars td { border: none; padding: 1px 4px; font-size: 10pt; }
td.bl { width: 45%; }
.source { font-size: 8.5pt; color: #555; }
"""

TEXT = {
    "understanding-demand": [
        "Bedfordshire Police has started to analyse the demand it faces, but its understanding is not yet complete. It has a reasonable picture of the calls it receives from the public, but a limited understanding of demand that is less likely to be reported, such as modern slavery, child sexual exploitation and fraud.",
        "The force has not examined how its own processes create work that could be avoided, such as repeat visits to the same address or incidents that are passed between teams.",
    ],
    "using-resources": [
        "The force's workforce is stretched. At times during our inspection, the number of response officers on duty fell below the minimum the force had set. Neighbourhood officers were often used to fill the gaps.",
        "The force works closely with Hertfordshire Constabulary and Cambridgeshire Constabulary through a strategic alliance, sharing specialist functions such as major crime, roads policing and armed policing. Hertfordshire Constabulary, which we judged good in this year's efficiency inspection, leads several of these joint units. The force does not yet know what it has gained from this joint working.",
    ],
    "planning-future": [
        "The force's plans for the future are realistic. It has a medium-term financial plan that runs to 2020/21 and it has identified the savings it will need to make.",
        "The force has a balanced budget for 2016/17 and has plans to close the funding gap in later years, although some of those plans depend on savings that have not yet been fully worked out.",
    ],
}


def main():
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>PEEL: Police efficiency 2016 – Bedfordshire Police</title><style>%s</style></head><body>' % CSS]
    out.append('<div class="top">PEEL: Police efficiency 2016 | An inspection of Bedfordshire Police</div>')
    out.append('<div class="bottom">Her Majesty\'s Inspectorate of Constabulary – www.justiceinspectorates.gov.uk/hmic</div>')
    out.append("<h1>PEEL: Police efficiency 2016</h1><p style='font-size:15pt'>An inspection of Bedfordshire Police</p><p>November 2016</p><p>© HMIC 2016</p>")
    out.append("<h2>Contents</h2><ol><li>Introduction</li><li>Force in numbers</li><li>Overview – How efficient is the force at keeping people safe and reducing crime?</li>")
    for q, _, _ in OP06_Q:
        out.append("<li>%s</li>" % q)
    out.append("<li>Next steps</li><li>Annex A – HMIC judgments</li><li>Annex B – Further information about the data</li></ol>")
    out.append("<h2>Introduction</h2>")
    out.append(p("As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), HMIC's efficiency programme assessed how well forces understand the demand for their services, how well they use their resources to meet it, and how well they are planning for the future."))
    out.append(p("This report sets out our findings for Bedfordshire Police. Our fieldwork took place in June 2016, and the financial data is for the year ending 31 March 2016."))
    out.append("<h2>Force in numbers</h2>")
    out.append(data_table("Financial position", ["Measure", "Bedfordshire", "England and Wales"],
                          [["Forecast change in expenditure, 2016/17 to 2020/21", "-3%", "-4%"],
                           ["Estimated cost of the force per person per day", "49p", "55p"],
                           ["Police officers per 1,000 population", "1.7", "2.0"],
                           ["Calls for assistance per 1,000 population", "427", "449"]]))
    out.append(bar_chart("Figure 1: Planned change in workforce numbers, 31 March 2016 to 31 March 2020",
                         [("Police officers", 2.0), ("Police staff", 6.0), ("PCSOs", 19.0)], unit="% reduction", maxv=20,
                         note="Source: HMIC efficiency data collection."))
    out.append("<h2>Overview – How efficient is the force at keeping people safe and reducing crime?</h2>")
    out.append(p("<span class='badge'>Overall judgment: %s</span>" % OP06_OVERALL))
    out.append(p("Bedfordshire Police requires improvement in the efficiency with which it keeps people safe and reduces crime. In 2015 HMIC judged the force to require improvement in this area, and it has made limited progress since then."))
    out.append(p("Its understanding of demand requires improvement, and we have found a cause of concern. Its use of resources also requires improvement. However, its planning for the future is good."))
    out.append(p("Our judgments are based on a four-point scale: outstanding, good, requires improvement and inadequate."))
    for q, key, g in OP06_Q:
        out.append("<h2>%s</h2>" % q)
        out.append(p("<span class='badge'>%s</span>" % g))
        paras = list(TEXT[key])
        inline = [t for k, t, c in OP06_AFIS if k == key and c]
        if inline:
            paras[-1] += " " + " ".join(t + " This is an area for improvement." for t in inline)
        for para in paras:
            out.append(p(para))
        if key == "understanding-demand":
            out.append(bar_chart("Figure 2: Calls for service per 1,000 population, by month, 2015/16",
                                 [("April to June", 108), ("July to September", 121), ("October to December", 104), ("January to March", 94)]))
            out.append('<div class="concern"><h3>Cause of concern</h3>' + p(OP06_COC[1]) +
                       "<h4>Recommendation</h4>" + "".join(p(t) for _, t in OP06_RECS) + "</div>")
        if key == "using-resources":
            out.append(data_table("Figure 3: Percentage of shifts below minimum staffing, response teams, April to June 2016",
                                  ["Area", "Early", "Late", "Night"], [["Luton", "18%", "27%", "21%"], ["Bedford", "9%", "14%", "12%"], ["Rural", "11%", "19%", "16%"]]))
        box = [t for k, t, c in OP06_AFIS if k == key and not c]
        if box:
            out.append("<h3>Areas for improvement</h3>" + "".join("<ul><li>%s</li></ul>" % t for t in box))
    out.append("<h2>Next steps</h2>")
    out.append(p("HMIC will revisit the force to assess its progress on the cause of concern. Our findings will form part of our PEEL assessment of the force for 2016, together with our effectiveness and legitimacy reports."))
    out.append("<h2>Annex A – HMIC judgments</h2>")
    out.append(data_table(None, ["Category", "Description"], [
        ["Outstanding", "The force is performing exceptionally well."], ["Good", "The force is performing well."],
        ["Requires improvement", "The force is performing adequately but there are some areas of concern."],
        ["Inadequate", "The performance of the force is not adequate and there are serious areas of concern."]]))
    out.append("<h2>Annex B – Further information about the data</h2>")
    out.append(p("The data in this report is taken from HMIC's efficiency data collection, the Home Office and the Office for National Statistics. In some figures we compare the force with its most similar group of forces."))
    out.append(p("Olwen Strachan-Boyd, HM Inspector of Constabulary, November 2016"))
    out.append("</body></html>")
    write("op06.html", "\n".join(out))


if __name__ == "__main__":
    main()
