"""op01: Lincolnshire Police, PEEL 2023-25 full report, printed to PDF (src/op01.html).

Running header and footer are position:fixed divs, which Chromium repeats on every page.
"""
from facts import OP01_GRADES, OP01_AFIS, WORDS
from kit import p, bar_chart, data_table, write

CSS = """
@page { size: A4; margin: 24mm 18mm 22mm 18mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45; color: #1d1d1b; }
.runhead { position: fixed; top: -16mm; left: 0; right: 0; font-size: 8.5pt; color: #555;
           border-bottom: 1px solid #9a9a9a; padding-bottom: 2px; }
.runfoot { position: fixed; bottom: -15mm; left: 0; right: 0; font-size: 8.5pt; color: #555; text-align: center; }
.cover { height: 230mm; }
.cover h1 { font-size: 30pt; color: #00365f; margin-top: 60mm; }
.cover .sub { font-size: 16pt; color: #00365f; }
h2 { color: #00365f; font-size: 17pt; break-before: page; }
h2.nobreak { break-before: auto; }
h3 { color: #00365f; font-size: 13pt; }
.toc p { margin: 3px 0; }
.toc span.pg { float: right; }
table.grades, table.data, table.key { border-collapse: collapse; width: 100%; margin: 8px 0 14px; }
table.grades td, table.grades th, table.data td, table.data th, table.key td { border: 1px solid #8c8c8c; padding: 5px 7px; vertical-align: top; }
table.grades th, table.data th { background: #00365f; color: #fff; text-align: left; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 4px; }
.gradebox { border-left: 6px solid #00365f; background: #eef3f8; padding: 6px 10px; font-weight: bold; margin: 6px 0 12px; }
.afibox { border: 1px solid #00365f; padding: 4px 12px; margin: 10px 0; }
.afibox h4 { margin: 6px 0; color: #00365f; }
.promising { background: #f2f7ee; border: 1px dashed #4d7a2a; padding: 4px 12px; margin: 10px 0; }
figure.chart { margin: 10px 0 16px; border: 1px solid #ccc; padding: 8px; }
figcaption { font-weight: bold; font-size: 10pt; margin-bottom: 6px; }
table.bars td { font-size: 9.5pt; padding: 2px 4px; }
td.bl { width: 45%; }
span.bar { display: inline-block; height: 10px; background: #2f6f9f; }
.source { font-size: 8.5pt; color: #555; }
ol.annex li { margin-bottom: 6px; }
"""

INTRO = {
    "treatment-of-public": [
        "We looked at how the force uses its powers of stop and search and force, and at how it deals with complaints and with people who come into contact with it. The force has a clear policy on both powers, and most of the officers we spoke to understood what reasonable grounds mean. However, records were of mixed quality.",
        "We reviewed 180 stop and search records from the twelve months before our fieldwork. We found that 86 percent recorded reasonable grounds, which is lower than we would expect. The force is aware of this and has started a programme of training for the officers who use the power most often.",
    ],
    "preventing-crime": [
        "The force gives prevention a high priority. Its neighbourhood teams work with local councils, housing providers and schools, and they use a recognised problem-solving model. We saw several examples of long-running problems that had been resolved because officers stayed with them.",
        "Neighbourhood officers are rarely taken away to cover other duties, which means they can build relationships with the communities they serve. The force's approach to rural and wildlife crime was particularly strong.",
    ],
    "responding-to-public": [
        "The force does not answer enough emergency calls quickly. In the year to March 2024 it answered 71.4 percent of 999 calls within ten seconds, well below the national standard. The abandonment rate for non-emergency calls was also high, at 19.8 percent.",
        "When the force does answer calls, call handlers are polite and helpful. But they do not always use a structured risk assessment, and in 23 of the 94 incidents we reviewed, the risk to the caller had not been properly recorded.",
        "The force does not always attend incidents within the times it has set. Some victims waited several hours for officers to arrive, and were not told about the delay.",
    ],
    "investigating-crime": [
        "Most investigations we reviewed were carried out to an acceptable standard. In our 2021/22 inspection, we graded the force as requires improvement for investigating crime, and the force has made progress since then. Supervision has improved, but investigation plans are still not always recorded.",
        "The force has a backlog of digital devices waiting to be examined. At the time of our inspection, more than 600 devices were waiting, and some had waited longer than six months.",
    ],
    "protecting-vulnerable": [
        "The force has a good understanding of vulnerability, and the officers we spoke to knew how to recognise it. However, it does not always use the powers available to protect victims of domestic abuse.",
        "The multi-agency safeguarding hub works well, but information about children at risk of exploitation is sometimes shared late.",
    ],
    "managing-offenders": [
        "The force manages registered sex offenders well. Its offender managers have workloads in line with national guidance, and home visits are completed on time. It makes good use of ancillary orders and works closely with the probation service.",
        "The force has reduced the number of suspects who are wanted for arrest, and it prioritises those who pose the highest risk to the public.",
    ],
    "workforce": [
        "The force has a clear plan for how it looks after its workforce. But it does not have a good understanding of the wellbeing needs of officers and staff, and many told us that they did not have time for a meaningful conversation with their supervisor.",
        "The force has recruited a large number of new officers in recent years. Many of them told us that they felt under-supported once they had finished their training.",
    ],
    "leadership-management": [
        "The chief officer team provides clear and visible leadership. The force has a good understanding of its finances and has a balanced budget for the years 2024/25 and 2025/26.",
        "Its plans for the future are realistic, but they concentrate on the number of officers and staff rather than on the skills they will need.",
    ],
}

PROMISING = {
    "preventing-crime": ("Promising practice: rural crime action team",
                         "The force set up a small team of officers who specialise in rural, wildlife and heritage crime. The team works with farmers, landowners and the Environment Agency, and it has helped to reduce thefts of farm machinery in the county."),
    "managing-offenders": ("Innovative practice: a shared offender dashboard",
                           "The force and the probation service have built a shared dashboard that shows offender managers in both organisations the risk level and recent behaviour of each person they manage. This has reduced the time spent chasing information."),
}


def verb(g):
    return "requires improvement" if g == "Requires improvement" else "is " + WORDS[g]


def afi_sentence_block(key):
    box, inline = [], []
    for k, text, chapter_only in OP01_AFIS:
        if k != key:
            continue
        (inline if chapter_only else box).append(text)
    return box, inline


def main():
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>PEEL 2023–25 Lincolnshire Police</title><style>%s</style></head><body>' % CSS]
    out.append('<div class="runhead">PEEL 2023–25: Police effectiveness, efficiency and legitimacy – An inspection of Lincolnshire Police</div>')
    out.append('<div class="runfoot">His Majesty\'s Inspectorate of Constabulary and Fire &amp; Rescue Services</div>')
    out.append('<div class="cover"><h1>PEEL 2023–25</h1><p class="sub">Police effectiveness, efficiency and legitimacy</p>'
               '<p class="sub">An inspection of Lincolnshire Police</p><p>Published 12 November 2024</p></div>')
    # contents
    out.append('<h2 class="nobreak" style="break-before:page">Contents</h2><div class="toc">')
    toc = [("About this report", 3), ("Our judgments", 3), ("HM Inspector's observations", 4)]
    pg = 5
    for label, _, _ in OP01_GRADES:
        toc.append((label, pg))
        pg += 1
    toc += [("Annex A: About the data", pg), ("Annex B: List of areas for improvement", pg + 1)]
    for label, n in toc:
        out.append('<p>%s <span class="pg">%d</span></p>' % (label, n))
    out.append("</div>")
    # about this report
    out.append("<h2>About this report</h2>")
    out.append(p("Our PEEL inspections assess the performance of every police force in England and Wales. In this inspection cycle we looked at eight areas of policing and gave each a grade. We also report on how well the force is providing a service to victims of crime, but we do not grade that area."))
    out.append(p("We gather evidence through document and data reviews, case file audits, surveys, interviews and focus groups, and we spend time with officers and staff during our fieldwork. For this inspection our fieldwork took place between 4 March and 15 March 2024. The data in this report runs to 31 March 2024 unless we say otherwise."))
    out.append("<h3>Our grading scale</h3>")
    out.append(data_table(None, ["Grade", "What it means"], [
        ["Outstanding", "The force has substantially exceeded the characteristics of good performance."],
        ["Good", "The force has demonstrated substantially all the characteristics of good performance."],
        ["Adequate", "The force has demonstrated some of the characteristics of good performance, but there are areas it should improve."],
        ["Requires improvement", "The force has demonstrated few of the characteristics of good performance, and there are many areas it needs to improve."],
        ["Inadequate", "We have causes of concern and have made recommendations to the force to address them."],
    ], cls="key"))
    out.append("<h3>Our judgments</h3>")
    out.append(p("The table below sets out our grades for Lincolnshire Police in each of the eight areas we graded."))
    out.append('<table class="grades"><caption>Table 1: Our judgments for Lincolnshire Police, PEEL 2023–25</caption>'
               "<thead><tr><th>Area of policing</th><th>Grade</th></tr></thead><tbody>")
    for label, _, g in OP01_GRADES:
        out.append("<tr><td>%s</td><td>%s</td></tr>" % (label, g))
    out.append("<tr><td>Providing a service to victims of crime</td><td>Not graded</td></tr></tbody></table>")
    out.append(p("We found 20 areas for improvement. We did not find any cause of concern."))
    # HMI observations
    out.append("<h2>HM Inspector's observations</h2>")
    out.append(p("I am satisfied with some aspects of the performance of Lincolnshire Police in keeping people safe and reducing crime, but there are areas in which the force needs to improve."))
    out.append(p("The force is good at preventing crime and managing offenders, and its leadership and management of resources are good. Its treatment of the public, its investigations, its protection of vulnerable people and its support for its workforce are all adequate. But it requires improvement in how it responds to the public, and this is where it needs to concentrate its efforts."))
    out.append(p("Too many people who call the force on 999 or 101 wait too long for an answer. I recognise that the force has recruited more call handlers and that these staff are still gaining experience. I will watch closely to see whether the changes it has made lead to faster answering times."))
    out.append(p("Lincolnshire is a large rural county. The force works with Nottinghamshire Police, Leicestershire Police, Derbyshire Constabulary and Northamptonshire Police in the East Midlands special operations unit, which tackles serious and organised crime across the region. We did not inspect the regional unit as part of this inspection."))
    out.append(p("The county's fire service, Lincolnshire Fire and Rescue, was inspected separately by this inspectorate in 2023, when we graded it good at understanding the risk of fire. That inspection is not part of this report."))
    out.append(p("I am grateful to Chief Constable Gareth Ormsby and to the officers and staff of the force for their help during the inspection."))
    out.append(p("<strong>Roisin Pellegrew</strong><br>His Majesty's Inspector of Constabulary"))
    out.append(bar_chart("Figure 1: Percentage of 999 calls answered within ten seconds, Lincolnshire Police and England and Wales, year ending 31 March 2024",
                         [("Lincolnshire Police", 71.4), ("England and Wales", 82.9), ("National standard", 90.0)], unit="%", maxv=100,
                         note="Source: BT and force data. The national standard is 90 percent."))
    # chapters
    for label, key, g in OP01_GRADES:
        out.append("<h2>%s</h2>" % label)
        out.append('<div class="gradebox">Grade: %s</div>' % g)
        out.append(p("Lincolnshire Police %s at %s." % (verb(g), label[0].lower() + label[1:])))
        paras = INTRO[key]
        box, inline = afi_sentence_block(key)
        for i, para in enumerate(paras):
            if i == len(paras) - 1 and inline:
                para = para + " " + " ".join("%s This is an area for improvement." % t for t in inline)
            out.append(p(para))
        if key == "responding-to-public":
            out.append(data_table("Table 2: Attendance times by priority grade, year ending 31 March 2024",
                                  ["Priority", "Target", "Median time", "Within target"],
                                  [["Emergency (urban)", "15 minutes", "13 minutes", "64%"],
                                   ["Emergency (rural)", "20 minutes", "24 minutes", "47%"],
                                   ["Priority", "1 hour", "1 hour 52 minutes", "38%"]]))
        if key in PROMISING:
            t, body = PROMISING[key]
            out.append('<div class="promising"><h4>%s</h4>%s</div>' % (t, p(body)))
        if box:
            out.append('<div class="afibox"><h4>Areas for improvement</h4>')
            for t in box:
                out.append(p(t))
            out.append("</div>")
        if key == "managing-offenders":
            out.append(p("We did not find any areas for improvement in this part of our inspection."))
    # annex A
    out.append("<h2>Annex A: About the data</h2>")
    out.append(p("Data in this report comes from a range of sources, including the Home Office, the Office for National Statistics and data we collect directly from forces. Where we compare the force with England and Wales, the figure for England and Wales excludes the City of London, whose small resident population distorts rates per head."))
    out.append(data_table("Table 3: Selected data for Lincolnshire Police",
                          ["Measure", "Lincolnshire", "England and Wales", "Period"],
                          [["Recorded crime per 1,000 population", "67.2", "85.1", "Year ending 31 March 2024"],
                           ["Charge or summons rate", "7.9%", "6.4%", "Year ending 31 March 2024"],
                           ["999 calls answered within 10 seconds", "71.4%", "82.9%", "Year ending 31 March 2024"],
                           ["Officers per 1,000 population", "1.6", "2.1", "31 March 2024"]]))
    # annex B
    out.append("<h2>Annex B: List of areas for improvement</h2>")
    out.append(p("This annex brings together the areas for improvement set out in the chapters of this report."))
    cur = None
    n = 0
    for key, text, _ in OP01_AFIS:
        if key != cur:
            if cur is not None:
                out.append("</ol>")
            label = [l for l, k, _ in OP01_GRADES if k == key][0]
            out.append("<h3>%s</h3><ol class=\"annex\" start=\"%d\">" % (label, n + 1))
            cur = key
        n += 1
        out.append("<li>%s</li>" % text)
    out.append("</ol>")
    out.append(p("© HMICFRS 2024. www.justiceinspectorates.gov.uk/hmicfrs"))
    out.append("</body></html>")
    write("op01.html", "\n".join(out))


if __name__ == "__main__":
    main()
