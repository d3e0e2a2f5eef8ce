"""Write gold/k01.json ... gold/k08.json for corpus9 (format: shared/corpus/GOLD-FORMAT.md).

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

# k01 -- HMICFRS force page (gov-style), Staffordshire, 2023-25 + 2021/22 ----------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "k01.htm", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Requires improvement"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Requires improvement"),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", "Good"),
        ("crime-recording", "Adequate"),
    ]) + grades(F, P2122, [
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Inadequate"),
        ("investigating-crime", "Requires improvement"),
        ("protecting-vulnerable", "Requires improvement"),
        ("managing-offenders", "Adequate"),
        ("workforce", "Adequate"),
        ("leadership-management", "Requires improvement"),
        ("crime-recording", "Good"),
    ]),
    people=[
        person("Tobias Greenhalgh", "inspector", "HMICFRS",
               "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "'At a glance' gives the 2023-25 grades as '<li><a>Area</a>: <strong>Grade</strong></li>'. "
        "'Providing a service to victims of crime: Not graded' gives nothing. 'Crime data "
        "integrity: Adequate' -> crime-recording.",
        "'Previous inspections' gives the 2021/22 grades in a two-column table under the heading "
        "'PEEL 2021/22'. Area names map as usual: 'Engaging with and treating the public with "
        "fairness and respect' -> treatment-of-public, 'Developing a positive workplace' -> "
        "workforce, 'Good use of resources' -> leadership-management (its 'Good' is part of the "
        "area name; the grade is Requires improvement), 'Recording data about crime' -> "
        "crime-recording. Victims 'Not graded' gives nothing.",
        "Both inspections are HMICFRS: the page is the inspectorate's own and names itself in the "
        "header ('His Majesty\u2019s Inspectorate of Constabulary and Fire & Rescue Services').",
        "The 2018/19 and 2017 links under 'Earlier PEEL reports' state no grade, so they give no "
        "inspection. The footer grading key ('How we grade') names all five grades and gives "
        "nothing. The sidebar 'Contents' links and the custody / accelerated-cause-of-concern "
        "links state no grade and no statement. 'The Staffordshire Commissioner' is unnamed and "
        "is not a person fact.",
        "The HMI is named title-first ('led by His Majesty\u2019s Inspector of Constabulary "
        "Tobias Greenhalgh'); the title is kept as written, with the curly apostrophe that "
        "&rsquo; decodes to.",
    ]))

# k02 -- PCC office page listing HMICFRS reports, Dorset, 2023-25 ------------------------
F = "Dorset Police"
GOLDS.append(gold(
    "k02.html", "response-record", [F, "Devon and Cornwall Police"], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Requires improvement"),
        ("protecting-vulnerable", "Adequate"),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", "Good"),
    ]),
    afis=[
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that each investigation is given to an investigator "
             "with the skills and accreditation it needs, and that supervisors review its "
             "progress at regular intervals."),
    ],
    people=[
        person("Alastair Kemble", "commissioner", F, "Police and Crime Commissioner"),
        person("Rosalind Tarrant", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The PEEL 2023-25 card gives one sentence per area, each with its grade word "
        "('graded police powers and public treatment as good', 'Investigating crime requires "
        "improvement', 'was rated adequate', 'was judged good', ...).",
        "The AFI is quoted in a <blockquote> under 'Area for improvement: investigating crime'. "
        "has_force_update is false: the 'PCC comment:' after it is the commissioner's own view "
        "and plan (an Accountability Board, an audit by his office), not the force's update or "
        "response. A grader who reads any response on a PCC page as an update would say true; "
        "that cannot go in also_acceptable because it would repeat the main statement.",
        "The two NON-PEEL thematic inspections (vetting and counter-corruption; child "
        "protection) are not PEEL facts. Their four numbered recommendations are addressed "
        "nationally to 'chief constables' and 'Police and crime commissioners', not to Dorset "
        "Police as the finding of a force inspection, and a thematic has no PEEL period or "
        "pillar (GOLD-FORMAT's periods are PEEL assessment periods). So they give no "
        "recommendation, no inspection and no judgement. 'good practice' in the vetting card "
        "is a distractor.",
        "Devon and Cornwall Police is named only as a fieldwork force of the vetting thematic: "
        "in forces, no inspection.",
        "People: 'Police and Crime Commissioner for Dorset, Alastair Kemble' is title-first, so "
        "'for Dorset' is dropped. 'The Chief Constable, Rosalind Tarrant' is named inside the "
        "vetting card's PCC comment; a person fact is not tied to an inspection, so she counts. "
        "'my Chief Executive' is unnamed.",
    ]))

# k03 -- plain text of an HMIC PEEL efficiency 2015 report summary, Lancashire ------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "k03.txt", "peel-report", [F], ["HMIC"],
    [insp(F, "2015", "Efficiency", "HMIC"), insp(F, "2014", "Efficiency", "HMIC")],
    grades(F, "2015", [
        (None, "Good"),
        ("understanding-demand", "Good"),
        ("using-resources", "Good"),
        ("planning-future", "Requires improvement"),
    ], pillar="Efficiency") + grades(F, "2014", [
        (None, "Requires improvement"),
    ], pillar="Efficiency"),
    afis=[
        stmt(F, "2015", "understanding-demand",
             "The constabulary should improve its understanding of demand that is not reported "
             "to it, including by: working with local authorities and health partners to share "
             "information about people at risk of exploitation; and analysing the calls for "
             "service that do not lead to an incident being recorded.", pillar="Efficiency"),
        stmt(F, "2015", "planning-future",
             "The constabulary should develop a workforce plan that sets out the number of "
             "officers and staff it will need, and the skills they will require, to meet demand "
             "up to 2020.", pillar="Efficiency"),
        stmt(F, "2015", "planning-future",
             "The constabulary should agree with its partners: the services it intends to share "
             "with them; the savings each arrangement is expected to produce; and the timetable "
             "for putting the arrangements in place.", pillar="Efficiency"),
    ],
    people=[
        person("Miriam Ashcombe", "inspector", "HMIC", "HM Inspector of Constabulary"),
    ],
    notes=[
        "The overall question ('How efficient is the force at keeping people safe and reducing "
        "crime?') and the three numbered questions are each wrapped over two lines with the "
        "grade right-aligned after the last line. Question 3's grade, 'Requires improvement', "
        "sits on the same line as the whole question.",
        "The three questions are worded as the understanding / using / planning questions, so "
        "they map to understanding-demand, using-resources and planning-future.",
        "'This is an improvement on last year, when HMIC judged the constabulary to require "
        "improvement in its efficiency' states last year's grade in words: a 2014 Efficiency "
        "judgement (question null), HMIC.",
        "AFIs: '*' bullets with '-' sub-bullets. The first and third are lead-ins ending in ':' "
        "(or 'including by:'), so each is one statement with its sub-bullets joined by single "
        "spaces. Question 2 has 'no areas for improvement'.",
        "'a good track record of making savings' is a distractor (same wording family as the "
        "grade, but it is not a judgement on any question).",
    ]))

# k04 -- force's PEEL improvement plan (PDF), Surrey, 2023-25 ----------------------------
F = "Surrey Police"
GOLDS.append(gold(
    "k04.pdf", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("responding-to-public", "Inadequate"),
        ("protecting-vulnerable", "Requires improvement"),
        ("investigating-crime", "Adequate"),
    ]),
    afis=[
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that call handlers use a structured triage tool to "
             "assess risk on every call, and record the reasons for their assessment.", True),
        stmt(F, P2325, "protecting-vulnerable",
             "The force should improve how it uses Clare\u2019s Law and Sarah\u2019s Law "
             "disclosures, so that applications are completed within the timescales set out in "
             "guidance.", True),
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that victims are told about the outcome of their case "
             "and that its decision to close an investigation is recorded with reasons.", True),
    ],
    recs=[
        stmt(F, P2325, "responding-to-public",
             "By 31 May 2025, the force should make sure that it has enough trained call "
             "handlers on duty at times of peak demand to answer emergency calls within ten "
             "seconds and non-emergency calls within three minutes.", True),
        stmt(F, P2325, "protecting-vulnerable",
             "By 31 August 2025, the force should make sure that every referral about a child "
             "at risk is sent to children\u2019s services within 24 hours and reviewed by a "
             "supervisor.", True),
    ],
    coc=[
        stmt(F, P2325, "responding-to-public",
             "The force does not answer emergency and non-emergency calls quickly enough, and "
             "call handlers do not always identify callers who are vulnerable, so some people "
             "are left at risk."),
        stmt(F, P2325, "protecting-vulnerable",
             "The force does not always safeguard children at risk of harm, because referrals to "
             "partner agencies are delayed and risk is not reassessed when circumstances "
             "change."),
    ],
    people=[
        person("Nathaniel Ocran", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Grades: the intro ('graded the force inadequate at responding to the public and said "
        "that it requires improvement in protecting vulnerable people') and the table's "
        "spanning area rows ('Responding to the public \u2013 graded inadequate', 'Protecting "
        "vulnerable people \u2013 graded requires improvement', 'Investigating crime \u2013 "
        "graded adequate'). 'Our other grades were mixed' names no area and gives nothing.",
        "The table is 'Ref | HMICFRS finding | Our action | Owner | Due'. The Ref cell decides "
        "the kind: 'CoC n' rows (a spanning cell that starts 'Cause of concern:', a label that "
        "is not part of the text) are causes of concern; 'CoC n Rec 1' rows are "
        "recommendations; 'AFI n' rows are areas for improvement. The question of each comes "
        "from the spanning area row above it.",
        "has_force_update: true for every recommendation and AFI (the 'Our action' cell is the "
        "force's response). False for both causes of concern: their rows have no action cell, "
        "and the actions answer the recommendations, as in corpus8.",
        "The running header ('Surrey Police \u2013 PEEL improvement plan 2024\u201326 OFFICIAL') "
        "and footer ('Version 1.2 ...', 'Page n of 2') come from @page margin boxes and repeat "
        "on both pages; the table header row repeats on page 2. No statement crosses the page "
        "break (rows have break-inside: avoid).",
        "'Nathaniel Ocran / Deputy Chief Constable' at the end: chief-constable, qualifier "
        "deputy. 'The Deputy Chief Constable chairs ...' earlier is the same person, unnamed "
        "there. Owner cells name roles only.",
    ]))

# k05 -- PCC's section 55 letter (DOCX), Hampshire and Isle of Wight, 2023-25 -----------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "k05.docx", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("preventing-crime", "Good"),
        ("managing-offenders", "Good"),
        ("leadership-management", "Good"),
        ("treatment-of-public", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
        ("workforce", "Adequate"),
        ("responding-to-public", "Requires improvement"),
        ("investigating-crime", "Requires improvement"),
    ]),
    afis=[
        stmt(F, P2325, "responding-to-public",
             "The constabulary should reduce the number of non-emergency calls that are "
             "abandoned, and make sure that callers are offered other ways of contacting the "
             "police.", True),
        stmt(F, P2325, "investigating-crime",
             "The constabulary should make sure that supervisors review investigations "
             "regularly and record clear direction for the investigating officer.", True),
        stmt(F, P2325, "protecting-vulnerable",
             "The constabulary should make sure that officers record the voice of the child when "
             "they attend domestic abuse incidents where children are present.", True),
    ],
    people=[
        person("Owen Rackham", "chief-constable", F, "Chief Constable"),
        person("Caroline Voss-Hartley", "commissioner", F,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
    ],
    notes=[
        "The force is called 'Hampshire and Isle of Wight Constabulary' (an alias in "
        "forces.csv) and 'the constabulary'; the canonical name is Hampshire Constabulary.",
        "Grades are grouped in two paragraphs: 'judged good at A, at B, and at C'; 'adequate in "
        "three areas: A, B, and C' (the third is 'building, supporting and protecting its "
        "workforce'); 'requires improvement at responding to the public, where ..., and in "
        "investigating crime' (the second area comes after a relative clause).",
        "Each AFI is an italic paragraph under a bold 'Area for improvement n \u2013 <area>' "
        "line (which gives its question), followed by 'Commissioner's comment:' and 'Force "
        "response:' paragraphs. All three have a force response, so has_force_update is true.",
        "'The report makes no recommendations and raises no causes of concern' and 'eleven areas "
        "for improvement' give nothing. 'cc: His Majesty's Chief Inspector of Constabulary' is "
        "unnamed and is not a person fact.",
        "People: 'the Chief Constable, Owen Rackham' (title-first). The signature gives the "
        "name, then the title on the next paragraph, so the title keeps 'for Hampshire and the "
        "Isle of Wight'.",
    ]))

# k06 -- social-media thread export, West Yorkshire, 2023-25 -----------------------------
F = "West Yorkshire Police"
GOLDS.append(gold(
    "k06.txt", "press-release", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("preventing-crime", "Outstanding"),
        ("investigating-crime", "Good"),
        ("managing-offenders", "Good"),
        ("protecting-vulnerable", "Good"),
        ("treatment-of-public", "Good"),
        ("leadership-management", "Good"),
        ("responding-to-public", "Adequate"),
        ("workforce", "Adequate"),
    ]),
    people=[
        person("Imran Dalby", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The period comes from post 1 ('its PEEL 2023\u201325 report'); HMICFRS from the "
        "'@HMICFRS' handle.",
        "Grades are in posts 2/6 to 4/6, in quoted form ('We've been rated 'outstanding' for "
        "...', 'rated 'good' for A, for B, and for C', 'rated us 'good' too for D, and for E', "
        "'grades us 'adequate' for F and for G'). Post 5/6 (the Chief Constable's "
        "'An outstanding grade for preventing crime') repeats the preventing-crime judgement.",
        "The indented reply from a member of the public ('Dale H.') is not a fact: its "
        "''Good' for leadership?' only echoes the force's post, and 'I'd give you inadequate "
        "for answering the phone' is a personal opinion, not a grade. No responding-to-public "
        "Inadequate.",
        "Hashtags (#PEEL, #ProudToServe, ...), engagement counts and emoji carry no facts. "
        "'Chief Constable Imran Dalby' is the only named person; the replier is not a person "
        "fact.",
    ]))

# k07 -- news-site article with heavy markup, Leicestershire, 2023-25 + 2021/22 ----------
F = "Leicestershire Police"
GOLDS.append(gold(
    "k07.html", "press-release", [F, "Northamptonshire Police"], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("managing-offenders", "Good"),
        ("protecting-vulnerable", "Requires improvement"),
        ("responding-to-public", "Good"),
        ("preventing-crime", "Good"),
        ("workforce", "Good"),
        ("investigating-crime", "Adequate"),
        ("treatment-of-public", "Adequate"),
        ("leadership-management", "Adequate"),
    ]) + grades(F, P2122, [
        ("responding-to-public", "Requires improvement"),
    ]),
    people=[
        person("Rebecca Haldane", "inspector", "HMICFRS",
               "His Majesty\u2019s Inspector of Constabulary"),
        person("Sasha Rowntree", "chief-constable", F, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "Only visible text counts. The JSON-LD <script> block ('rated good in four areas and "
        "outstanding for crime data integrity ..., and inadequate for protecting vulnerable "
        "people', keywords 'good', 'outstanding', 'inadequate') and the dataLayer script "
        "('grade_tags') are not visible: no crime-recording judgement, and protecting "
        "vulnerable people stays Requires improvement. The headline, standfirst and figure "
        "caption have no grade word.",
        "Body grades: 'good at managing offenders and suspects but requires improvement in the "
        "way it protects vulnerable people'; 'rated good for responding to the public, for "
        "preventing and deterring crime and antisocial behaviour, and for building, supporting "
        "and protecting its workforce'; 'graded its investigation of crime, its use of police "
        "powers and its treatment of the public, and its leadership and force management as "
        "adequate' (three areas, the middle one itself containing 'and'). 'the only one to "
        "fall below adequate' repeats, and gives no new grade.",
        "'When the inspectorate last visited, in 2021/22, it rated the force as requiring "
        "improvement at responding to the public' gives a 2021/22 judgement; 'the inspectorate' "
        "is HMICFRS, named earlier in the article.",
        "The related-links <aside> sits between body paragraphs. Its 'Northamptonshire Police "
        "opens \u00a312m control room' names a force in passing: in forces, no inspection.",
        "People: 'His Majesty\u2019s Inspector of Constabulary, Rebecca Haldane' (title-first, "
        "curly apostrophe from &rsquo;) and 'Temporary Chief Constable Sasha Rowntree' "
        "(qualifier temporary). The reporter (byline and JSON-LD author) is not a person fact. "
        "The unattributed pull-quote is the HMI's, but it adds no fact.",
    ]))

# k08 -- GitHub README of an open-data repository, Cheshire and Cumbria -----------------
F1, F2 = "Cheshire Constabulary", "Cumbria Constabulary"
GOLDS.append(gold(
    "k08.md", "national-release", [F1, F2], ["HMICFRS"],
    [insp(F1, P2122, inspectorate="HMICFRS"), insp(F1, P2325, inspectorate="HMICFRS"),
     insp(F2, P2122, inspectorate="HMICFRS"), insp(F2, P2325, inspectorate="HMICFRS")],
    grades(F1, P2122, [
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Good"),
        ("protecting-vulnerable", "Good"),
    ]) + grades(F1, P2325, [
        ("responding-to-public", "Good"),
        ("investigating-crime", "Good"),
        ("protecting-vulnerable", "Adequate"),
    ]) + grades(F2, P2122, [
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Requires improvement"),
        ("protecting-vulnerable", "Adequate"),
    ]) + grades(F2, P2325, [
        ("responding-to-public", "Good"),
        ("investigating-crime", "Good"),
        ("protecting-vulnerable", "Adequate"),
    ]),
    notes=[
        "The facts are the rows of the Markdown table 'Force | Period | Area | Grade': 13 rows, "
        "of which Cumbria's 2023-25 'Providing a service to victims of crime | Not graded' "
        "gives nothing, so 12 judgements over 4 inspections.",
        "The ```csv code block repeats Cheshire's six table rows with area keys and a "
        "publication date. It adds no fact: the same (force, period, area, grade) already come "
        "from the table. An extractor that reads the code block as well must not double-count "
        "or contradict; one that reads only the table loses nothing.",
        "Inspectorate: the README says the grades are transcribed from reports published by "
        "HMICFRS, so every inspection is HMICFRS.",
        "Distractors: the badges ('last update-June 2025-brightgreen', 'rows-1,046'), the list "
        "of allowed grades ('Outstanding, Good, Adequate, Requires improvement or Inadequate'), "
        "the pandas snippet's 'Inadequate', and 'the integrated 2018/19 grades are in "
        "data/legacy/' (no grade, no force).",
        "Genre: no genre fits a data README; national-release is the nearest (a multi-force "
        "listing of grades from a third party).",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote gold/%s.json" % stem)


if __name__ == "__main__":
    main()
