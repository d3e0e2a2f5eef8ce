"""op04: Suffolk Constabulary, PEEL: Police effectiveness 2017, printed to PDF (src/op04.html).

Pages are laid out by hand: each page is a fixed-height <div> with its own running header
and footer, and the cause of concern is split across the break between pages 5 and 6.
"""
from facts import OP04_OVERALL, OP04_2017, OP04_2016, OP04_COC, OP04_RECS, OP04_AFIS
from kit import p, bar_chart, data_table, write

CSS = """
@page { size: A4; margin: 0; }
body { margin: 0; font-family: Calibri, Carlito, Arial, sans-serif; font-size: 11.5pt; line-height: 1.45; }
.page { height: 296mm; box-sizing: border-box; padding: 14mm 20mm 12mm 20mm; position: relative; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.rh { font-size: 8.5pt; color: #333; border-bottom: 1px solid #333; margin-bottom: 8mm; }
.rf { position: absolute; bottom: 10mm; left: 20mm; right: 20mm; font-size: 8.5pt; color: #333; border-top: 1px solid #333; padding-top: 2px; }
.rf .n { text-align: right; }
h1 { font-size: 28pt; margin-top: 60mm; }
h2 { font-size: 16pt; color: #1f4e79; }
h3 { font-size: 12.5pt; color: #1f4e79; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
td, th { border: 1px solid #777; padding: 4px 6px; vertical-align: top; }
th { background: #1f4e79; color: white; text-align: left; }
caption { text-align: left; font-weight: bold; }
.coc { border: 1.5px solid #1f4e79; padding: 0 10px; }
figure.chart { margin: 10px 0; }
figcaption { font-weight: bold; font-size: 10pt; }
span.bar { display: inline-block; height: 10px; background: #1f4e79; }
table.bars td { border: none; padding: 1px 4px; font-size: 10pt; }
td.bl { width: 45%; }
.source { font-size: 8.5pt; }
"""

HEAD = "PEEL: Police effectiveness 2017 – Suffolk Constabulary"
FOOT = "HM Inspectorate of Constabulary and Fire &amp; Rescue Services"

COC_1 = "The constabulary does not always respond promptly to calls from vulnerable people,"
COC_2 = "and its response to missing children who are at high risk is sometimes delayed."
assert COC_1 + " " + COC_2 == OP04_COC[1]


def afis(key, inline):
    return [t for k, t, c in OP04_AFIS if k == key and c == inline]


def main():
    pages = []
    pages.append("<h1>PEEL: Police effectiveness 2017</h1><p style='font-size:16pt'>An inspection of Suffolk Constabulary</p><p>March 2018</p><p>© HMICFRS 2018</p><p>ISBN: 978-1-78655-566-3</p>")
    pages.append("<h2>Contents</h2>" + data_table(None, ["Section", "Page"], [
        ["Introduction", "2"], ["Overall summary", "3"], ["Preventing crime and tackling anti-social behaviour", "4"],
        ["Protecting vulnerable people", "5"], ["Specialist capabilities", "7"], ["Areas not inspected in 2017", "7"],
        ["Annex A – Areas for improvement", "8"], ["Annex B – About the data", "9"]]) +
        "<h2>Introduction</h2>" +
        p("As part of our annual inspections of police effectiveness, efficiency and legitimacy (PEEL), HM Inspectorate of Constabulary and Fire &amp; Rescue Services (HMICFRS) assesses how effective each force is at keeping people safe and reducing crime. In July 2017 the inspectorate took on responsibility for inspecting fire and rescue services, and changed its name from HMIC to HMICFRS.") +
        p("In 2017 we adopted a risk-based approach. Not every force was inspected against every part of the effectiveness programme. For Suffolk Constabulary, we inspected three questions: preventing crime and tackling anti-social behaviour, protecting vulnerable people, and specialist capabilities. Our fieldwork took place in the week beginning 25 September 2017."))
    rows = [[l, g or "Ungraded", "2017"] for l, _, g in OP04_2017] + [[l, g, "2016"] for l, _, g in OP04_2016]
    pages.append("<h2>Overall summary</h2>" +
                 p("<strong>How effective is the force at keeping people safe and reducing crime?</strong>") +
                 data_table("Suffolk Constabulary's effectiveness judgments", ["Question", "Judgment", "Year of judgment"], rows) +
                 p("Overall judgment: <strong>%s</strong>" % OP04_OVERALL) +
                 p("Suffolk Constabulary is good at keeping people safe and reducing crime. Our overall judgment is the same as last year. The constabulary is good at preventing crime and tackling anti-social behaviour. It requires improvement at protecting vulnerable people, and we have identified a cause of concern in this area.") +
                 p("Judgments on investigating crime and on tackling serious and organised crime were not updated in 2017, so the grades shown for those questions are from our 2016 inspection.") +
                 p("Our judgments are outstanding, good, requires improvement and inadequate. They are made against the characteristics of good performance that we publish for each question."))
    pages.append("<h2>Preventing crime and tackling anti-social behaviour</h2><p><strong>Good</strong></p>" +
                 p("The constabulary has a clear commitment to prevention. Its safer neighbourhood teams are based in the communities they serve, and they use a structured problem-solving approach, working with district councils and housing associations.") +
                 p("The constabulary has a good understanding of its communities, including those that are less likely to contact the police, such as migrant workers in the west of the county. It uses social media and local meetings to reach them. " +
                   " ".join(t + " This is an area for improvement." for t in afis("preventing-crime", True))) +
                 bar_chart("Figure 1: Anti-social behaviour incidents per 1,000 population, 12 months to 30 June 2017",
                           [("Suffolk Constabulary", 21.8), ("England and Wales", 30.5)], maxv=35, note="Source: Home Office data") +
                 "<h3>Area for improvement</h3>" + "".join(p(t) for t in afis("preventing-crime", False)))
    pages.append("<h2>Protecting vulnerable people</h2><p><strong>Requires improvement</strong></p>" +
                 p("Last year we judged the constabulary to be good at protecting vulnerable people. This year we found that some aspects of its work had deteriorated, particularly its initial response to calls.") +
                 p("Calls from vulnerable people are sometimes graded at a lower priority than the risk justifies. Officers then take too long to arrive. In a sample of cases we examined, a number of victims of domestic abuse waited more than a day for an officer to visit them.") +
                 p("The constabulary works well with partner agencies in its multi-agency safeguarding hub. But it does not always respond quickly enough when children go missing. " +
                   " ".join(t + " This is an area for improvement." for t in afis("protecting-vulnerable", True))) +
                 "<h3>Cause of concern</h3><div class='coc'>" + p(COC_1) + "</div>")
    pages.append("<div class='coc'>" + p(COC_2) + "<h4>Recommendations</h4>" +
                 p("To address this cause of concern, we recommend that:") +
                 "".join("<ul><li>%s</li></ul>" % t for _, t in OP04_RECS) + "</div>" +
                 "<h3>Areas for improvement</h3>" + "".join("<ul><li>%s</li></ul>" % t for t in afis("protecting-vulnerable", False)) +
                 p("We will revisit the constabulary to check its progress on the cause of concern within six months of publication of this report."))
    pages.append("<h2>Specialist capabilities</h2>" +
                 p("We do not grade this question. The constabulary has a good understanding of the threat it faces from terrorism and has tested its plans for responding to a firearms attack. Many of its specialist functions, including firearms, are shared with Norfolk Constabulary through a long-standing collaboration.") +
                 "<h2>Areas not inspected in 2017</h2>" +
                 p("In HMIC's 2016 effectiveness inspection, we judged the constabulary to be good at investigating crime and reducing re-offending and good at tackling serious and organised crime. In 2016, the constabulary's overall effectiveness was also judged to be good. Those judgments remain in place for 2017."))
    annex = "".join("<li>%s</li>" % t for _, t, _ in OP04_AFIS)
    pages.append("<h2>Annex A – Areas for improvement</h2>" + p("The areas for improvement we identified in this inspection are:") + "<ol>%s</ol>" % annex +
                 p("Areas for improvement and causes of concern from the 2016 effectiveness report that have been addressed are not listed here."))
    pages.append("<h2>Annex B – About the data</h2>" +
                 p("The data in this report comes from the Home Office, the Office for National Statistics and our own data collection. Figures are for the 12 months to 30 June 2017 unless we say otherwise.") +
                 data_table("Table B1: Selected data", ["Measure", "Suffolk", "England and Wales"],
                            [["Crimes per 1,000 population", "58.4", "78.2"], ["Repeat victims of domestic abuse", "31%", "29%"],
                             ["Missing children reports per 1,000 children", "14.7", "13.9"]]) +
                 p("Matthew Blenkinsop, HM Inspector of Constabulary"))
    n = len(pages)
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (HEAD, CSS)]
    for i, body in enumerate(pages, start=1):
        rh = "" if i == 1 else '<div class="rh">%s</div>' % HEAD
        rf = '<div class="rf"><div>%s</div><div class="n">Page %d of %d</div></div>' % (FOOT, i, n)
        out.append('<div class="page">%s%s%s</div>' % (rh, body, rf))
    out.append("</body></html>")
    write("op04.html", "\n".join(out))


if __name__ == "__main__":
    main()
