"""op02: Gwent Police, PEEL 2021/22 report printed to PDF (src/op02.html).

Running header and page numbers are Chromium @page margin boxes.
"""
from facts import OP02_GRADES, OP02_AFIS, OP02_COC, OP02_RECS, WORDS
from kit import p, bar_chart, data_table, write

CSS = """
@page { size: A4; margin: 26mm 20mm 24mm 20mm;
  @top-left { content: "PEEL 2021/22 – Gwent Police"; font-size: 8pt; color: #666; }
  @top-right { content: "Police effectiveness, efficiency and legitimacy"; font-size: 8pt; color: #666; }
  @bottom-center { content: counter(page); font-size: 9pt; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.5; }
h1 { font-size: 28pt; color: #5b1f69; margin-top: 50mm; }
h2 { font-size: 18pt; color: #5b1f69; break-before: page; border-bottom: 2px solid #5b1f69; }
h3 { font-size: 13pt; color: #5b1f69; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; }
td, th { border: 1px solid #999; padding: 5px 7px; text-align: left; vertical-align: top; }
th { background: #ede3f0; }
caption { text-align: left; font-style: italic; padding-bottom: 4px; }
.coc { border: 2px solid #a0182c; padding: 6px 14px; margin: 12px 0; }
.coc h3 { color: #a0182c; }
.innov { background: #f4f0f6; padding: 6px 14px; margin: 12px 0; }
figure.chart { margin: 12px 0; }
figcaption { font-style: italic; margin-bottom: 6px; }
span.bar { display: inline-block; height: 11px; background: #5b1f69; }
table.bars td { border: none; padding: 2px 4px; font-size: 10pt; }
td.bl { width: 40%; }
.source { font-size: 8.5pt; color: #555; }
.dots { border-bottom: 1px dotted #888; }
"""

FINDINGS = {
    "victim-service": "Victims who report crime to Gwent Police are usually treated with courtesy, and most calls are answered by staff who understand the needs of the caller. The force is not always good at completing the assessment of a victim's needs, and it does not always record whether a victim has been offered the services they are entitled to. Our crime data integrity work found that the force records most of the crimes reported to it.",
    "treatment-of-public": "The force understands the importance of treating people fairly. It has an independent panel that reviews a sample of stop and search records and body-worn video footage each quarter. Officers we spoke to were able to explain the grounds for their searches. Not all officers have completed training on unconscious bias.",
    "preventing-crime": "Prevention is central to the force's plans. Neighbourhood officers know their areas well and work closely with local authorities in each of the five council areas the force serves. The force uses a problem-solving approach and evaluates what it does, sharing the results with partners.",
    "responding-to-public": "The force is not answering enough calls quickly. In the twelve months to 30 September 2021 it answered 79 percent of emergency calls within ten seconds, and the average wait for a non-emergency call was more than six minutes. When attendance is delayed, callers are not always contacted again.",
    "investigating-crime": "Investigations are generally effective. Supervisors review most cases, and the force makes good use of forensic evidence. However, where a victim withdraws support, the reasons are not always recorded.",
    "protecting-vulnerable": "The force's arrangements for protecting vulnerable people are not good enough. Call handlers do not always check the force's systems to see whether a caller is a repeat or vulnerable victim, and referrals about children are not always shared with children's services within the agreed times.",
    "managing-offenders": "The force manages most offenders well, but some home visits to registered sex offenders were overdue at the time of our inspection.",
    "workforce": "The force has a positive culture. Its wellbeing offer is well used and well regarded, and the workforce told us that leaders listen to them.",
    "leadership-management": "The force has a sound financial plan. It does not yet fully understand the demand in its control room, which limits its ability to plan shift patterns.",
}


def main():
    out = ['<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>PEEL 2021/22 Gwent Police</title><style>%s</style></head><body>' % CSS]
    out.append("<h1>PEEL 2021/22</h1><p style='font-size:16pt'>Police effectiveness, efficiency and legitimacy</p>"
               "<p style='font-size:16pt'>An inspection of Gwent Police</p><p>His Majesty's Inspectorate of Constabulary and Fire &amp; Rescue Services</p><p>August 2022</p>")
    out.append("<h2>Contents</h2>")
    items = ["Overall summary", "Our judgments", "HM Inspector's observations", "Providing a service to the victims of crime"] + \
            [l for l, k, g in OP02_GRADES if g] + ["About the data"]
    out.append("<table style='border:none'>")
    for i, it in enumerate(items):
        out.append("<tr><td style='border:none' class='dots'>%s</td><td style='border:none;width:3em;text-align:right'>%d</td></tr>" % (it, 3 + i))
    out.append("</table>")
    out.append("<h2>Overall summary</h2>")
    out.append("<h3>Our judgments</h3>")
    out.append(p("Our inspection assessed how good Gwent Police is in ten areas of policing. We make graded judgments in nine of these ten as follows:"))
    out.append("<table><caption>Figure 1: Graded judgments for Gwent Police</caption><thead><tr><th>Outstanding</th><th>Good</th><th>Adequate</th><th>Requires improvement</th><th>Inadequate</th></tr></thead><tbody><tr>")
    for grade in ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"):
        cells = [l for l, k, g in OP02_GRADES if g == grade]
        out.append("<td>%s</td>" % ("<br>".join(cells) if cells else "&nbsp;"))
    out.append("</tr></tbody></table>")
    out.append(p("We also inspected how effective the force is at recording crime. We have not graded the force on this, but our findings are set out in the victim service assessment."))
    out.append(p("We set out our detailed findings about things the force is doing well and where it should improve in the rest of this report."))
    out.append(p("Our judgments were made on evidence gathered between October and December 2021. We inspect forces against the characteristics of good performance; where a force substantially exceeds them it is graded outstanding, and where we have causes of concern it may be graded inadequate."))
    out.append("<h2>HM Inspector's observations</h2>")
    out.append(p("I have concerns about how Gwent Police responds to the public and protects vulnerable people. In both areas the force requires improvement. I have set out a cause of concern about the protection of vulnerable people later in this report."))
    out.append(p("The force is good at preventing crime and anti-social behaviour, and it has developed a positive workplace. It is adequate at treating the public fairly, investigating crime, managing offenders and making good use of its resources."))
    out.append(p("Gwent Police shares several specialist functions with South Wales Police and Dyfed-Powys Police, including armed policing and the regional organised crime unit, Tarian. These joint arrangements were outside the scope of this inspection."))
    out.append(p("I am grateful to the Chief Constable, Bethan Carrow, and to the Police and Crime Commissioner, Idris Pennant, for the support they gave us."))
    out.append(p("Tomasz Whitlow, His Majesty's Inspector of Constabulary"))
    out.append(bar_chart("Figure 2: Percentage of 999 calls answered within 10 seconds, by quarter, Gwent Police",
                         [("October to December 2020", 84), ("January to March 2021", 83), ("April to June 2021", 78),
                          ("July to September 2021", 71)], unit="%", maxv=100,
                         note="Source: BT data supplied to HMICFRS. The figures do not include calls transferred from other forces."))
    for label, key, g in OP02_GRADES:
        out.append("<h2>%s</h2>" % label)
        if g is None:
            out.append(p("We do not grade this area. This section sets out our findings on how the force treats victims, from the first contact through to the end of an investigation."))
        else:
            if g == "Requires improvement":
                out.append(p("<strong>Gwent Police requires improvement in this area.</strong>"))
            else:
                out.append(p("<strong>Gwent Police is %s in this area.</strong>" % WORDS[g]))
        out.append("<h3>Main findings</h3>")
        finding = FINDINGS[key]
        inline = [t for k, t, c in OP02_AFIS if k == key and c]
        if inline:
            finding += " " + " ".join(t + " This is an area for improvement." for t in inline)
        out.append(p(finding))
        if key == "responding-to-public":
            out.append(data_table("Figure 3: Average time to answer calls, year ending 30 September 2021",
                                  ["Call type", "Gwent Police", "Target"],
                                  [["999", "12 seconds", "10 seconds"], ["101", "6 minutes 14 seconds", "2 minutes"]]))
        if key == "protecting-vulnerable":
            out.append('<div class="coc"><h3>Cause of concern</h3>')
            out.append(p(OP02_COC[1]))
            out.append("<h4>Recommendations</h4>")
            for _, t in OP02_RECS:
                out.append("<ul><li>%s</li></ul>" % t)
            out.append("</div>")
        if key == "preventing-crime":
            out.append('<div class="innov"><h3>Innovative practice</h3>' + p("The force's schools liaison officers run sessions on knife crime and online safety in every secondary school in the force area. This is good practice that other forces may wish to learn from.") + "</div>")
        box = [t for k, t, c in OP02_AFIS if k == key and not c]
        if box:
            out.append("<h3>Areas for improvement</h3>")
            for t in box:
                out.append("<ul><li>%s</li></ul>" % t)
        elif g and key != "protecting-vulnerable" and not inline:
            out.append("<h3>Areas for improvement</h3>" + p("We did not identify any areas for improvement."))
    out.append("<h2>About the data</h2>")
    out.append(p("Data in this report is from a range of sources. We use it to help us understand the force and to inform our judgments. Population figures are mid-2020 estimates from the Office for National Statistics."))
    out.append(data_table("Figure 4: Force area at a glance", ["Measure", "Gwent", "England and Wales"],
                          [["Population", "597,000", "59.7 million"], ["Crimes per 1,000 people", "84", "79"],
                           ["Police officers (FTE)", "1,460", "135,301"], ["Spend per head", "£232", "£226"]]))
    out.append("</body></html>")
    write("op02.html", "\n".join(out))


if __name__ == "__main__":
    main()
