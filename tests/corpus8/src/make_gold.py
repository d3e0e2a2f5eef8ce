"""Write gold/h01.json ... gold/h10.json for corpus8 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# h01 -- e-mail reply thread, Gloucestershire, 2023-25 -----------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "h01.txt", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Adequate"),
        ("responding-to-public", "Requires improvement"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Requires improvement"),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", "Adequate"),
    ]),
    afis=[
        stmt(F, P2325, "responding-to-public",
             "The constabulary should make sure that it answers non-emergency calls promptly, and that callers who hang up before they are answered are called back where there is a risk to them."),
        stmt(F, P2325, "protecting-vulnerable",
             "The constabulary should make sure that children who go missing repeatedly are referred to partner agencies quickly, so that the risk of exploitation is assessed and acted on.",
             update=True),
        stmt(F, P2325, "leadership-management",
             "The constabulary should improve how it uses data on demand to decide where to deploy its officers and staff."),
    ],
    people=[
        person("Martin Ashdown", "commissioner", F, "Police and Crime Commissioner"),
        person("Rachel Dunford", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The grades are the panel member's list in the '> ' quoted message; the reply confirms "
        "it ('Your list of grades matches the published report'). 'Service to victims: not "
        "graded' gives nothing.",
        "The three AFIs are in the nested '>> ' message, each under an 'AFI n - <area>' label "
        "that gives its question.",
        "The reply at the top gives the constabulary's first update on AFI 2 only, and says "
        "there is nothing yet on AFI 1 or AFI 3.",
        "Hannah Lyle (OPCC officer) and Cllr Peter Vossberg (panel member) are not person facts.",
    ]))

# h02 -- Markdown briefing, Derbyshire, 2021/22 ----------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "h02.md", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2122, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Requires improvement"),
        ("investigating-crime", "Inadequate"),
        ("protecting-vulnerable", "Adequate"),
        ("managing-offenders", "Good"),
        ("serious-organised-crime", "Adequate"),
        ("workforce", "Adequate"),
        ("leadership-management", "Good"),
        ("crime-recording", "Requires improvement"),
    ]),
    afis=[
        stmt(F, P2122, "responding-to-public",
             "The constabulary should reduce the number of non-emergency calls that are abandoned before they are answered."),
        stmt(F, P2122, "crime-recording",
             "The constabulary should make sure that reports of behavioural crimes, such as harassment and coercive control, are recorded when they are first disclosed."),
    ],
    recs=[
        stmt(F, P2122, "investigating-crime",
             "Within three months, the constabulary should make sure that every investigation has a plan, that a supervisor reviews it at set points, and that the review is recorded."),
        stmt(F, P2122, "investigating-crime",
             "Within six months, the constabulary should: make sure that officers allocated an investigation have the training they need to carry it out; introduce a way of checking that victims are told about significant decisions in their case; and review how it allocates crimes so that workloads are manageable."),
    ],
    coc=[
        stmt(F, P2122, "investigating-crime",
             "Derbyshire Constabulary does not investigate crime well enough. Investigations are often delayed, are not always supervised, and are sometimes closed without the victim being told why. This means that victims are being let down."),
    ],
    people=[
        person("Dominic Farrow", "inspector", "HMICFRS", "HM Inspector of Constabulary"),
    ],
    notes=[
        "Grades come from the pipe table; '**Good**' and '**Inadequate**' are Markdown bold. "
        "'Not graded' (victims) gives nothing.",
        "The cause of concern sits under '### Investigating crime'; the recommendations follow "
        "it, so all three take investigating-crime.",
        "The second recommendation is a lead-in ending in ':' with three indented sub-bullets: "
        "one statement, sub-bullets joined with single spaces.",
        "The Chief Constable is mentioned but not named, so is not a person fact.",
    ]))

# h03 -- definition-list page, Nottinghamshire, 2023-25 ------------------------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "h03.html", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122)],
    grades(F, P2325, [
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Requires improvement"),
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Outstanding"),
        ("workforce", "Adequate"),
        ("leadership-management", "Good"),
    ]) + grades(F, P2122, [("investigating-crime", "Adequate")]),
    afis=[
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that investigations stay with the same officer wherever possible, and that a supervisor approves any transfer."),
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that victims are updated in line with the Code of Practice for Victims of Crime, and that it records when this has been done."),
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that it calls back members of the public whose calls to 101 are abandoned when there is a risk to their safety."),
    ],
    people=[
        person("Lena Marchetti", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary"),
    ],
    notes=[
        "Each <dt> area takes the grade in the <dd> after it. 'Investigating crime' has a second "
        "<dd class=previous> '2021/22 grade: Adequate', which gives a 2021/22 judgement; HMICFRS is "
        "named only for the 2023-25 inspection, so the 2021/22 inspection's inspectorate is null.",
        "The second <dl> lists AFIs: a <dt> area, then one <dd> per AFI (two under Investigating "
        "crime). Each AFI takes the key of its <dt>.",
    ]))

# h04 -- PCC annual report (docx), West Mercia, 2023-25 ---------------------------
F = "West Mercia Police"
W = "Warwickshire Police"
GOLDS.append(gold(
    "h04.docx", "response-record", [F, W], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Adequate"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Requires improvement"),
        ("protecting-vulnerable", "Adequate"),
        ("managing-offenders", "Good"),
        ("workforce", "Good"),
        ("leadership-management", "Requires improvement"),
    ]) + grades(F, P2122, [("responding-to-public", "Inadequate")]),
    people=[
        person("Gareth Pryce", "commissioner", F, "Police and Crime Commissioner for West Mercia"),
        person("Alastair Penrose", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are 'List Bullet' paragraphs 'Area – Grade' (en dash).",
        "'When HMICFRS last inspected West Mercia Police, in 2021/22, it graded the force "
        "inadequate in this area' (this area = responding to the public) gives a 2021/22 "
        "judgement, with HMICFRS named for it.",
        "The PCC signs the foreword with his title on the next line, so the title keeps 'for West "
        "Mercia'. Warwickshire Police is named in passing: in forces only.",
    ]))

# h05 -- national news release, three forces, 2023-25 -------------------------------
G, M, H = "Greater Manchester Police", "Merseyside Police", "Humberside Police"
GOLDS.append(gold(
    "h05.html", "national-release", [G, M, H], ["HMICFRS"],
    [insp(G, P2325, inspectorate="HMICFRS"), insp(M, P2325, inspectorate="HMICFRS"),
     insp(H, P2325, inspectorate="HMICFRS"), insp(H, P2122, inspectorate="HMICFRS")],
    grades(G, P2325, [
        ("managing-offenders", "Outstanding"),
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("investigating-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
        ("leadership-management", "Adequate"),
        ("workforce", "Requires improvement"),
    ]) + grades(M, P2325, [
        ("preventing-crime", "Good"),
        ("managing-offenders", "Good"),
        ("treatment-of-public", "Adequate"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Requires improvement"),
    ]) + grades(H, P2325, [
        ("preventing-crime", "Outstanding"),
        ("leadership-management", "Outstanding"),
        ("treatment-of-public", "Good"),
        ("responding-to-public", "Good"),
        ("investigating-crime", "Good"),
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
    ]) + grades(H, P2122, [("preventing-crime", "Outstanding")]),
    people=[
        person("Gordon Ashworth", "inspector", "HMICFRS",
               "His Majesty’s Chief Inspector of Constabulary"),
    ],
    notes=[
        "Merseyside's workforce and leadership grades are not stated ('The force’s other grades "
        "are set out in the full report'), so Merseyside has six judgements.",
        "Humberside: 'an area in which the inspectorate also graded it outstanding in its "
        "2021/22 inspection' gives a 2021/22 preventing-crime judgement; 'the inspectorate' "
        "is the release's own HMICFRS.",
        "The notes-to-editors scale sentence and the Chief Inspector's quote give no judgement.",
    ]))

# h06 -- panel minutes (PDF, two columns), Thames Valley, 2023-25 ---------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "h06.pdf", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Good"),
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Adequate"),
        ("investigating-crime", "Adequate"),
        ("workforce", "Adequate"),
        ("leadership-management", "Adequate"),
        ("responding-to-public", "Inadequate"),
    ]),
    recs=[
        stmt(F, P2325, "responding-to-public",
             "Within three months, Thames Valley Police should make sure that it answers emergency calls in line with the national standard and has enough call handlers on duty at times of peak demand.",
             update=True),
        stmt(F, P2325, "responding-to-public",
             "Within six months, Thames Valley Police should review how it grades and attends incidents, so that officers reach the people at greatest risk within the times the force has set."),
    ],
    coc=[
        stmt(F, P2325, "responding-to-public",
             "The force does not answer emergency and non-emergency calls quickly enough, and it does not attend incidents within the times it has set itself. This means that some vulnerable people are put at risk."),
    ],
    people=[
        person("Daniel Okafor", "commissioner", F, "Police and Crime Commissioner for Thames Valley"),
        person("Ben Thorley", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Aisling Drummond", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary"),
    ],
    notes=[
        "4.2 groups areas by grade: 'good in two (protecting vulnerable people; managing offenders "
        "and suspects) and adequate in five (...; the workforce; ...)'; 'the workforce' -> workforce.",
        "The cause of concern (4.3, an indented quote without quote marks) and both "
        "recommendations (4.4 (a), (b)) are about responding to the public, the area graded "
        "inadequate, so they take responding-to-public.",
        "4.5 gives the force's response to recommendation (a) only ('He was not yet able to report "
        "on the second recommendation'). The cause of concern has no update of its own (as corpus7 g05).",
        "'RESOLVED: ...' is the panel's own decision, not an inspectorate recommendation. The "
        "councillors, co-opted members and unnamed officers are not person facts.",
    ]))

# h07 -- legacy 2016 HMIC effectiveness excerpt, South Wales ---------------------------
F = "South Wales Police"
E = "Effectiveness"
GOLDS.append(gold(
    "h07.txt", "peel-report", [F], ["HMIC"],
    [insp(F, "2016", E, "HMIC"), insp(F, "2015", E, "HMIC")],
    grades(F, "2016", [
        (None, "Good"),
        ("preventing-crime", "Good"),
        ("investigating-crime", "Requires improvement"),
        ("protecting-vulnerable", "Requires improvement"),
    ], pillar=E) + grades(F, "2015", [(None, "Good")], pillar=E),
    afis=[
        stmt(F, "2016", "preventing-crime",
             "The force should make sure that the problem-solving work of its neighbourhood teams is recorded, evaluated and shared across the force.",
             pillar=E),
        stmt(F, "2016", "preventing-crime",
             "The force should improve the way in which it measures whether its engagement with communities in Cardiff and Swansea reaches the people who are least likely to contact the police.",
             pillar=E),
        stmt(F, "2016", "investigating-crime",
             "The force should make sure that all investigations, including those allocated to response officers, have a plan and are regularly reviewed by a supervisor.",
             pillar=E),
        stmt(F, "2016", "investigating-crime",
             "The force should improve how it seeks and uses forensic and digital evidence in volume crime investigations.",
             pillar=E),
        stmt(F, "2016", "protecting-vulnerable",
             "The force should improve how it records the needs of victims when they first report a crime, so that those who are vulnerable are identified early.",
             pillar=E),
    ],
    recs=[
        stmt(F, "2016", "protecting-vulnerable",
             "To address this cause of concern, we recommend that the force immediately: makes sure that every report of a missing child is risk-assessed by a supervisor without delay; reviews how it shares information with local authorities about children who go missing repeatedly; and ensures that officers look for signs of child sexual exploitation when a missing child returns.",
             pillar=E),
    ],
    coc=[
        stmt(F, "2016", "protecting-vulnerable",
             "South Wales Police does not always identify the risks to children who go missing from home, or respond to those risks quickly enough. As a result, some children who are at risk of sexual exploitation are not being protected as well as they should be.",
             pillar=E),
    ],
    people=[
        person("Catriona Mellor", "inspector", "HMIC", "HM Inspector of Constabulary"),
    ],
    notes=[
        "Each question's grade is on an indented 'Judgement: <grade>' line after the question; "
        "the overview question 'How effective is the force at keeping people safe and reducing "
        "crime?' is the pillar (question null), with 'Overall judgement: Good'.",
        "'In 2015 HMIC also judged the force to be good at keeping people safe and reducing crime' "
        "gives the 2015 Effectiveness judgement.",
        "The recommendation is a lead-in ('... the force immediately:') with three fragment "
        "bullets, so it is one statement. The 2016 inspection's inspectorate is HMIC: the report "
        "is HMIC's own ('we') and names HMIC.",
        "The '---- page N ----' separators are not part of any statement.",
    ]))

# h08 -- semicolon CSV AFI tracker, South Yorkshire, 2023-25 --------------------------
F = "South Yorkshire Police"
GOLDS.append(gold(
    "h08.csv", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    afis=[
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that it answers non-emergency calls promptly and that callers are told how long they can expect to wait.",
             update=True),
        stmt(F, P2325, "investigating-crime",
             "The force should improve the supervision of investigations; in particular, supervisors should record a review at each key stage and set clear actions for the investigating officer.",
             update=True),
        stmt(F, P2325, "protecting-vulnerable",
             "The force should make sure that officers record the voice of the child when they attend incidents where children are present."),
        stmt(F, P2325, "managing-offenders",
             "The force should reduce the number of outstanding wanted persons and make sure that each one has a named officer responsible for locating them.",
             update=True),
        stmt(F, P2325, "leadership-management",
             "The force should make sure that its workforce plan reflects the skills it will need to investigate digital and online crime.",
             update=True),
    ],
    notes=[
        "Columns Ref;Area;Description;Owner;Update;Status;Progress %;Next review, under a title "
        "row that names the force, HMICFRS and PEEL 2023–25. Every cell is padded with a space on "
        "each side; SYP-AFI-02's description contains a semicolon, so that cell is quoted.",
        "Each AFI's question is its Area cell (SYP-AFI-05 is about the workforce plan but its "
        "Area is Leadership and force management). SYP-AFI-03's Update cell is empty, so false.",
        "There are no grades: 'outstanding wanted persons' (AFI-04), 'Good early response rate' "
        "(AFI-05 update) and Status 'Complete' give nothing.",
    ]))

# h09 -- typographic noise, Sussex, 2021/22 ------------------------------------------
F = "Sussex Police"
GOLDS.append(gold(
    "h09.txt", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2122, [
        ("managing-offenders", "Outstanding"),
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("leadership-management", "Good"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
        ("crime-recording", "Adequate"),
        ("workforce", "Good"),
        ("responding-to-public", "Requires improvement"),
    ]),
    afis=[
        stmt(F, P2122, "responding-to-public",
             "The force should make sure that call handlers assess the risk to each caller using its structured triage model, and that the assessment is recorded before the call ends."),
        stmt(F, P2122, "protecting-vulnerable",
             "The force should make sure that officers give victims of domestic abuse information about the Domestic Violence Disclosure Scheme (‘Clare’s Law’) and record that it has been given."),
    ],
    people=[
        person("Rhodri Vance", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary"),
    ],
    notes=[
        "The file has U+00A0 no-break spaces (in 'Sussex Police', 'requires improvement', the "
        "HMI's name, 'Clare’s Law'), U+00AD soft hyphens (out-standing, pro-tecting twice, "
        "ade-quate), ligatures U+FB00-FB03 in prose, curly quotes and a form feed. Gold text has "
        "plain spaces for no-break spaces and keeps the curly quotes. No statement, name or "
        "title contains a soft hyphen or a ligature.",
        "Grades are in prose: 'out<SHY>standing at managing offenders', '‘good’ at A, at B, and "
        "at strategic planning, organisational management and value for money', 'adequate at "
        "investigating crime and at pro<SHY>tecting vulnerable people', 'recording data about "
        "crime is also ade<SHY>quate', workforce '‘good’', 'requires<NBSP>improvement in "
        "responding to the public'. Victim service is not graded.",
        "AFI 2 sits under the heading 'Pro<SHY>tecting vulnerable people'.",
    ]))

# h10 -- commissioner page with accordions, North Wales, 2023-25 ----------------------
F = "North Wales Police"
GOLDS.append(gold(
    "h10.html", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [("protecting-vulnerable", "Requires improvement")]),
    recs=[
        stmt(F, P2325, "protecting-vulnerable",
             "Within six months, North Wales Police should make sure that officers and staff recognise the signs of child criminal exploitation and refer every child they identify as at risk to partner agencies.",
             update=True),
        stmt(F, P2325, "protecting-vulnerable",
             "Within six months, North Wales Police should make sure that it shares information about children at risk of criminal exploitation with local authorities in time for them to take action.",
             update=True),
    ],
    coc=[
        stmt(F, P2325, "protecting-vulnerable",
             "The force does not always identify and respond to the risks faced by children who are being criminally exploited. This means that some children are left at risk of harm."),
    ],
    people=[
        person("Gwilym Rees", "commissioner", F, "Police and Crime Commissioner for North Wales"),
        person("Eleri Powell", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'graded good in five of the eight areas and adequate in two' names no areas, so gives no "
        "judgement; only 'Protecting vulnerable people was graded as requiring improvement' does.",
        "Each <details> holds one recommendation (<summary>Recommendation n</summary>, then the "
        "text in a <p>) and a 'Force response' heading with the force's response, so both are "
        "true. The cause of concern (blockquote) has no response of its own.",
        "The byline gives the PCC's title after his name, so it keeps 'for North Wales'.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
