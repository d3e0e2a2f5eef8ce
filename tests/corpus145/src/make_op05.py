"""op05: Nottinghamshire Police, PEEL: Police legitimacy 2016, printed to PDF (src/op05.html).

Running header and 'Page n' footer are Chromium @page margin boxes.
"""
from facts import OP05_OVERALL, OP05_Q, OP05_AFIS, WORDS
from kit import p, bar_chart, data_table, write

CSS = """
@page { size: A4; margin: 25mm 22mm 25mm 22mm;
  @top-center { content: "PEEL: Police legitimacy 2016 – Nottinghamshire Police"; font-size: 8pt; color: #555; }
  @bottom-right { content: "Page " counter(page); font-size: 8pt; } }
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; line-height: 1.5; }
h1 { font-size: 26pt; margin-top: 40mm; }
h2 { font-size: 17pt; break-before: page; color: #2d5016; }
h3 { font-size: 13pt; color: #2d5016; }
.judgement { font-weight: bold; border: 1px solid #2d5016; padding: 3px 8px; display: inline-block; }
table { border-collapse: collapse; width: 100%; margin: 10px 0; }
td, th { border: 1px solid #999; padding: 4px 7px; vertical-align: top; }
th { background: #e5eedc; text-align: left; }
caption { text-align: left; font-weight: bold; }
figure.chart { margin: 14px 0; padding: 6px; background: #fafafa; }
figcaption { font-weight: bold; font-size: 10.5pt; }
span.bar { display: inline-block; height: 10px; background: #2d5016; }
table.bars td { border: none; padding: 1px 4px; font-size: 10pt; }
td.bl { width: 45%; }
.source { font-size: 9pt; color: #555; }
"""

BODY = {
    "fair-treatment-public": [
        "Nottinghamshire Police understands the importance of treating people fairly and with respect. It has a clear statement of values that officers and staff recognise, and it seeks the views of its communities through surveys, independent advisory groups and a youth commission.",
        "The force publishes data on its use of stop and search every month, broken down by ethnicity. People from black and minority ethnic groups are more likely to be searched than white people in the county, and the force is working with its external scrutiny group to understand why.",
    ],
    "ethical-lawful-workforce": [
        "The force has promoted the Code of Ethics, and most of the workforce understand the standards of behaviour expected of them. But its arrangements to make sure that its workforce behaves lawfully are not good enough.",
        "At the time of our inspection, around 1,100 officers and staff did not have up-to-date vetting. The counter-corruption unit has too few investigators to deal with all the intelligence it receives, and some intelligence had not been assessed for several months.",
    ],
    "fair-treatment-workforce": [
        "The force treats its workforce with fairness and respect. It has a well-used wellbeing programme, and its leaders seek the views of officers and staff through a staff survey and regular listening events.",
        "Some supervisors are not confident about spotting the early signs of stress in their teams, and officers told us that the grievance procedure is slow.",
    ],
}


def main():
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>PEEL: Police legitimacy 2016 – Nottinghamshire Police</title><style>%s</style></head><body>' % CSS]
    out.append("<h1>PEEL: Police legitimacy 2016</h1><p style='font-size:15pt'>An inspection of Nottinghamshire Police</p><p>December 2016</p><p>© HMIC 2016</p><p>ISBN: 978-1-78655-277-8</p>")
    out.append("<h2>Contents</h2>")
    out.append("<p>Introduction ... 3</p><p>Force in numbers ... 4</p><p>Overview – How legitimate is the force at keeping people safe and reducing crime? ... 5</p>")
    for i, (q, _, _) in enumerate(OP05_Q):
        out.append("<p>%s ... %d</p>" % (q, 6 + 2 * i))
    out.append("<p>Next steps ... 12</p><p>Annex A – About the data ... 13</p>")
    out.append("<h2>Introduction</h2>")
    out.append(p("As part of its annual inspections of police effectiveness, efficiency and legitimacy (PEEL), Her Majesty's Inspectorate of Constabulary (HMIC) assesses the legitimacy of police forces across England and Wales."))
    out.append(p("This report sets out our findings for Nottinghamshire Police. It considers three questions: how well the force treats the people it serves, how well it makes sure its workforce behaves ethically and lawfully, and how well it treats its workforce. We also inspected how the force uses Taser, and our findings on this are part of the first question."))
    out.append(p("Our national report, published alongside this one, makes recommendations to all forces about the use of stop and search and about vetting. Those recommendations are not repeated here."))
    out.append("<h2>Force in numbers</h2>")
    out.append(data_table("Nottinghamshire Police at a glance", ["Measure", "Nottinghamshire", "England and Wales"],
                          [["Complaints per 1,000 workforce (year to 31 March 2016)", "291", "268"],
                           ["Stop and search per 1,000 population (year to 31 March 2016)", "4.1", "7.3"],
                           ["Percentage of stop and searches with a find", "31%", "30%"],
                           ["Workforce sickness absence", "4.6%", "4.2%"]]))
    out.append(bar_chart("Figure 1: Stop and search rates per 1,000 population by ethnicity, Nottinghamshire, year to 31 March 2016",
                         [("White", 2.9), ("Black or black British", 14.6), ("Asian or Asian British", 5.2), ("Mixed", 6.8)], maxv=16,
                         note="Source: Home Office data; population from the 2011 Census."))
    out.append("<h2>Overview – How legitimate is the force at keeping people safe and reducing crime?</h2>")
    out.append(p("<span class='judgement'>Overall judgement: %s</span>" % OP05_OVERALL))
    out.append(p("Nottinghamshire Police has been assessed as good at how legitimately it keeps people safe and reduces crime. In 2015 we judged the force to be good in this area, so its overall grade has not changed."))
    out.append(p("The force is good at treating the people it serves with fairness and respect, and good at treating its workforce with fairness and respect. It requires improvement at ensuring that its workforce behaves ethically and lawfully."))
    out.append(data_table(None, ["Question", "Judgement"], [[q, g] for q, _, g in OP05_Q]))
    out.append(p("Leicestershire Police and Derbyshire Constabulary, which are in the same region, were inspected at the same time; their reports are published separately."))
    for q, key, g in OP05_Q:
        out.append("<h2>%s</h2>" % q)
        out.append(p("<span class='judgement'>%s</span>" % g))
        paras = list(BODY[key])
        inline = [t for k, t, c in OP05_AFIS if k == key and c]
        if inline:
            paras[-1] += " " + " ".join(t + " This is an area for improvement." for t in inline)
        for para in paras:
            out.append(p(para))
        if key == "ethical-lawful-workforce":
            out.append(data_table("Figure 2: Vetting status of the workforce, 31 March 2016", ["Group", "Vetted", "Not vetted or expired"],
                                  [["Police officers", "1,702", "512"], ["Police staff", "1,139", "498"], ["Special constables", "190", "87"]]))
        box = [t for k, t, c in OP05_AFIS if k == key and not c]
        out.append("<h3>Areas for improvement</h3>")
        out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % t for t in box))
    out.append("<h2>Next steps</h2>")
    out.append(p("HMIC will assess progress on the areas for improvement we have identified in future inspections. Our findings on legitimacy will form part of the force's annual PEEL assessment, alongside our reports on effectiveness and efficiency."))
    out.append("<h2>Annex A – About the data</h2>")
    out.append(p("The data in this report comes from the Home Office and from the force. We also surveyed the workforce: 1,214 officers and staff responded. Figures may not add up to 100 percent because of rounding."))
    out.append(p("Zachary Holloway-Pryce, HM Inspector of Constabulary"))
    out.append("</body></html>")
    write("op05.html", "\n".join(out))


if __name__ == "__main__":
    main()
