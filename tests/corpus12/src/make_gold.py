"""Write gold/p01.json ... gold/p10.json for corpus12 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
EFF, EFFIC, LEGIT = "Effectiveness", "Efficiency", "Legitimacy"
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"
HMI_CURLY = "His Majesty\u2019s Inspector of Constabulary"


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

# p01 -- inspectorate's 2017 force page with three pillar tabs, Gloucestershire --------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "p01.html", "peel-report",
    [F, "Avon and Somerset Constabulary", "Wiltshire Police", "Dorset Police",
     "Devon and Cornwall Police"],
    ["HMICFRS", "HMIC"],
    [insp(F, "2017", EFF, "HMICFRS"), insp(F, "2017", EFFIC, "HMICFRS"),
     insp(F, "2017", LEGIT, "HMICFRS"),
     insp(F, "2016", EFF, "HMIC"), insp(F, "2015", EFF, "HMIC"), insp(F, "2014", EFF, "HMIC"),
     insp(F, "2016", EFFIC, "HMIC"), insp(F, "2015", EFFIC, "HMIC"),
     insp(F, "2014", EFFIC, "HMIC"),
     insp(F, "2016", LEGIT, "HMIC"), insp(F, "2015", LEGIT, "HMIC")],
    grades(F, "2017", [
        (None, RI),
        ("preventing-crime", G),
        ("investigating-crime", RI),
        ("protecting-vulnerable", RI),
        ("serious-organised-crime", G),
    ], EFF) + grades(F, "2017", [
        (None, G),
        ("understanding-demand", G),
        ("using-resources", G),
        ("planning-future", RI),
    ], EFFIC) + grades(F, "2017", [
        (None, G),
        ("fair-treatment-public", G),
        ("ethical-lawful-workforce", RI),
        ("fair-treatment-workforce", G),
    ], LEGIT)
    + grades(F, "2016", [(None, RI)], EFF) + grades(F, "2015", [(None, G)], EFF)
    + grades(F, "2014", [(None, RI)], EFF)
    + grades(F, "2016", [(None, G)], EFFIC) + grades(F, "2015", [(None, G)], EFFIC)
    + grades(F, "2014", [(None, RI)], EFFIC)
    + grades(F, "2016", [(None, G)], LEGIT) + grades(F, "2015", [(None, G)], LEGIT),
    people=[
        person("Helena Marchbank", "inspector", "HMICFRS", "HM Inspector of Constabulary"),
    ],
    notes=[
        "The page is a saved copy of the legacy force page. Its tab script and jQuery are "
        "external files that were not saved, and no panel is hidden by CSS or by a hidden "
        "attribute, so a browser shows all three panels (Effectiveness, Efficiency, "
        "Legitimacy) one after the other. All three are the document's inspections.",
        "Each panel's badge ('Rated: Requires improvement', 'Rated: Good') is the pillar "
        "judgement (question null). The question list gives one grade per question in a "
        "right-aligned span. 'How effective are the force's specialist capabilities? Not "
        "graded' gives nothing.",
        "'Previous ... reports' give one pillar judgement per earlier year ('... 2016 \u2013 "
        "Gloucestershire (published 02/03/2017). Rated: Requires improvement'). The period is "
        "the year in the report title, not the publication date. Legitimacy 2014 has 'No "
        "graded judgement': no inspection. 'Its overall effectiveness is the same as in 2016' "
        "adds nothing to the stated 2016 grade.",
        "Inspectorates: the 2017 reports are the page's own (HMICFRS, in the header). The "
        "page says 'Reports published before July 2017 were published by HMIC', so the "
        "2014-2016 inspections are HMIC.",
        "The sidebar's 'Crime data integrity inspection 2016 ... Rated: Inadequate' is not a "
        "PEEL inspection (no PEEL pillar or question fits it): no inspection, no judgement. "
        "The custody inspection (with HM Inspectorate of Prisons) is not graded. The 'How we "
        "grade' key names four grades and gives nothing. 'Leadership was not graded' gives "
        "nothing.",
        "Avon and Somerset, Wiltshire, Dorset and Devon and Cornwall are named only as "
        "regional neighbours: in forces, no inspection.",
        "People: 'Helena Marchbank, HM Inspector of Constabulary' (title after the name).",
    ]))

# p02 -- inspectorate press release, Hertfordshire, PEEL 2023-25 ------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "p02.html", "press-release", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"],
    ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", G),
        ("preventing-crime", G),
        ("responding-to-public", A),
        ("investigating-crime", RI),
        ("protecting-vulnerable", A),
        ("managing-offenders", G),
        ("workforce", A),
        ("leadership-management", G),
    ]) + grades(F, P2122, [
        ("responding-to-public", RI),
    ]),
    people=[
        person("Nadia Everleigh", "inspector", "HMICFRS", HMI_CURLY),
    ],
    notes=[
        "The 2023-25 grades are all in the 'Notes to editors' list ('Area: grade', lower-case "
        "grade words). The lead paragraph repeats two of them ('good at preventing crime and "
        "at managing the offenders ...'). 'Crime data integrity was not graded in this "
        "inspection' gives nothing.",
        "'In our 2021/22 inspection we graded the force as requires improvement for "
        "responding to the public' gives a 2021/22 judgement; 'we' is HMICFRS.",
        "Distractors: 'an example of good practice', 'not good enough', 'does not have an "
        "adequate number of trained detectives' (a negated adequacy of supply, not a grade), "
        "the five-point scale boilerplate, and the dates in the notes and related news.",
        "Bedfordshire Police and Cambridgeshire Constabulary are named only as collaboration "
        "partners: in forces, no inspection.",
        "People: 'His Majesty\u2019s Inspector of Constabulary Nadia Everleigh' (title-first, "
        "curly apostrophe from &rsquo;). 'the chief constable and his team' is unnamed.",
    ]))

# p03 -- text copy of the 2021/22 judgement grid, Durham ---------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "p03.txt", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2122, inspectorate="HMICFRS"), insp(F, P1819, EFF, "HMICFRS")],
    grades(F, P2122, [
        ("managing-offenders", O),
        ("preventing-crime", G),
        ("investigating-crime", G),
        ("workforce", G),
        ("crime-recording", G),
        ("treatment-of-public", A),
        ("protecting-vulnerable", A),
        ("leadership-management", A),
        ("responding-to-public", RI),
    ]) + grades(F, P1819, [(None, O)], EFF),
    also={"inspections": [insp(F, P1819, "PEEL", "HMICFRS")]},
    notes=[
        "The grid has five columns laid out with spaces, one per grade, with the header row "
        "'Outstanding Good Adequate Requires improvement Inadequate'. Area names wrap inside "
        "their column (up to four lines for 'Strategic planning, organisational management "
        "and value for money'), and areas in a column are separated by blank lines. The "
        "Inadequate column is empty.",
        "Area keys: 'Building, supporting and protecting the workforce' -> workforce, "
        "'Recording data about crime' -> crime-recording, 'Treatment of the public' -> "
        "treatment-of-public, 'Strategic planning, organisational management and value for "
        "money' -> leadership-management.",
        "The victims area is not graded and serious and organised crime is 'reported "
        "separately': nothing. The custody inspection with HM Inspectorate of Prisons is not "
        "graded. The footer 'Grades:' line names all five grades and gives nothing.",
        "'In our 2018/19 PEEL assessment we graded Durham Constabulary as outstanding for "
        "effectiveness' is a 2018/19 pillar grade: pillar Effectiveness, question null, with "
        "its pillar inspection (as corpus11 n05/n06). The integrated PEEL 2018/19 inspection "
        "is only implied, so it is in also_acceptable.",
    ]))

# p04 -- PDF summary of a 2017 legitimacy report, Dyfed-Powys ----------------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "p04.pdf", "peel-report", [F], ["HMICFRS", "HMIC"],
    [insp(F, "2017", LEGIT, "HMICFRS"), insp(F, "2016", LEGIT, "HMIC")],
    grades(F, "2017", [
        (None, G),
        ("fair-treatment-public", G),
        ("ethical-lawful-workforce", RI),
        ("fair-treatment-workforce", G),
    ], LEGIT) + grades(F, "2016", [(None, RI)], LEGIT),
    afis=[
        stmt(F, "2017", "fair-treatment-public",
             "The force should improve how it gathers and uses feedback from the public, "
             "including people whose first language is Welsh, about how they have been treated "
             "by its officers and staff.", pillar=LEGIT),
        stmt(F, "2017", "fair-treatment-public",
             "The force should make sure that officers complete a record every time they use "
             "force, and that it analyses these records to identify any disproportionality.",
             pillar=LEGIT),
        stmt(F, "2017", "ethical-lawful-workforce",
             "The force should make sure that its counter-corruption unit has enough trained "
             "staff to: assess corruption intelligence within 24 hours of receiving it; seek "
             "intelligence proactively on officers and staff who may abuse their position for "
             "a sexual purpose; and monitor the use of its computer systems.", pillar=LEGIT),
        stmt(F, "2017", "ethical-lawful-workforce",
             "The force should complete vetting renewals for all officers and staff whose "
             "clearance has expired, and should do so by the end of 2018.", pillar=LEGIT),
    ],
    people=[
        person("Gareth Pryce-Morgan", "inspector", "HMICFRS",
               "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Each question is a one-row bordered table 'question | grade', with top-aligned "
        "cells. The overall question ('How legitimate is the force ...') gives the pillar "
        "judgement. Running header and page number come from @page margin boxes (none on "
        "page 1).",
        "'This is an improvement on last year, when HMIC judged the force to require "
        "improvement in its legitimacy' gives a 2016 Legitimacy judgement, HMIC (named).",
        "AFIs are in bordered boxes. The counter-corruption AFI is a lead-in ending 'to:' with "
        "three sub-bullets whose en-dash markers are CSS-generated (::before); it is one "
        "statement. The third question's box says 'We did not identify any areas for "
        "improvement'.",
        "'In 2016, we recommended that all forces should ...' is the national 2016 "
        "recommendation, not a force recommendation (as in the development corpus). The "
        "'Good practice' box, 'a good grasp', the 'How we grade' key and 'leadership is not "
        "graded' give nothing.",
        "The force is also written 'Heddlu Dyfed-Powys'. The Welsh line gives nothing.",
        "People: the HMI signs the overall summary, name on one line and 'Her Majesty\u2019s "
        "Inspector of Constabulary' on the next.",
    ]))

# p05 -- Easy Read version of a PEEL 2023-25 report, Cleveland ---------------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "p05.txt", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", A),
        ("preventing-crime", G),
        ("responding-to-public", RI),
        ("investigating-crime", RI),
        ("protecting-vulnerable", A),
        ("managing-offenders", G),
        ("workforce", A),
        ("leadership-management", A),
    ]) + grades(F, P2122, [
        ("responding-to-public", I),
    ]),
    people=[
        person("Rhys Calloway", "chief-constable", F, "Chief Constable"),
        person("Harriet Okonjo-Blake", "inspector", "HMICFRS",
               "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "The period is in the title block ('PEEL 2023\u201325'). Each area is a short section "
        "whose heading is plain English and whose grade comes several sentences later ('We "
        "said this is adequate.', 'We said they are good at this.', 'We said they need to "
        "get better. This is called requires improvement.', 'We said this requires "
        "improvement too.').",
        "Area keys: 'How the police treat people' (and 'how they use their powers') -> "
        "treatment-of-public; 'Stopping crime before it happens' -> preventing-crime; "
        "'Answering calls for help' -> responding-to-public; 'Finding out who did a crime' "
        "('This is called investigating crime') -> investigating-crime; 'Keeping people "
        "safe' (people who might get hurt, like children) -> protecting-vulnerable; 'Keeping "
        "an eye on people who have done crimes' ('This is called managing offenders') -> "
        "managing-offenders; 'Looking after police staff' -> workforce; 'How the police force "
        "is run' (plan and spend money) -> leadership-management.",
        "'in our 2021/22 inspection, we said the police were inadequate at answering calls' "
        "gives a 2021/22 responding-to-public judgement.",
        "Distractors: the five-mark legend, 'does the police force do a good job', 'Staff "
        "said their bosses were good at listening' (inside the adequate workforce section). "
        "'9 things the police should do better ... called areas for improvement' quotes none, "
        "so there are no AFI facts; 'We did not find anything we were very worried about' "
        "gives no cause of concern.",
        "People: 'Rhys Calloway is the Chief Constable.' and 'Our inspector was Harriet "
        "Okonjo-Blake. Her job title is His Majesty's Inspector of Constabulary.' (straight "
        "apostrophe).",
    ]))

# p06 -- PDF report card with the areas as cards in a 3-column grid, North Wales --------
F = "North Wales Police"
GOLDS.append(gold(
    "p06.pdf", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", G),
        ("preventing-crime", G),
        ("responding-to-public", A),
        ("investigating-crime", G),
        ("protecting-vulnerable", RI),
        ("managing-offenders", O),
        ("workforce", A),
        ("leadership-management", G),
    ]) + grades(F, P2122, [
        ("responding-to-public", RI),
        ("protecting-vulnerable", G),
    ]),
    notes=[
        "Nine cards in a 3 x 3 CSS grid, each with the area name (wrapping over up to four "
        "lines) above a grade badge, all centred. Two cards carry a smaller line 'PEEL "
        "2021/22: <grade>' under the badge, which gives the 2021/22 judgement for that "
        "card's area.",
        "'Crime data integrity \u2013 Not graded \u2013 Not inspected in this cycle' gives "
        "nothing. The legend row of five badges ('Our grades') gives nothing. Serious and "
        "organised crime is 'not graded here'.",
        "'Heddlu Gogledd Cymru' is the Welsh name of the force. No person is named.",
    ]))

# p07 -- DOCX accessible summary with question headings, Sussex, 2023-25 ---------------
F = "Sussex Police"
GOLDS.append(gold(
    "p07.docx", "peel-report-2021", [F, "Surrey Police"], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS"),
     insp("Surrey Police", P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", G),
        ("preventing-crime", G),
        ("responding-to-public", I),
        ("investigating-crime", A),
        ("protecting-vulnerable", RI),
        ("managing-offenders", G),
        ("workforce", A),
        ("leadership-management", A),
    ]) + grades(F, P2122, [
        ("responding-to-public", RI),
    ]) + grades("Surrey Police", P2325, [
        ("protecting-vulnerable", G),
    ]),
    afis=[
        stmt(F, P2325, "treatment-of-public",
             "The force should make sure that officers record the ethnicity of every person "
             "they use force on, so that it can understand any disproportionality."),
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that call handlers use a structured risk assessment "
             "on every call, and that they record the result."),
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that supervisors review investigations at regular "
             "intervals and record their direction to the investigating officer."),
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that victims are told the outcome of their case in "
             "line with the Code of Practice for Victims of Crime."),
        stmt(F, P2325, "protecting-vulnerable",
             "The force should improve its response to children who go missing from home or "
             "care by making sure that: officers carry out a return home interview within 72 "
             "hours of the child being found; and a supervisor reviews the risk level at every "
             "change of shift."),
        stmt(F, P2325, "managing-offenders",
             "The force should make sure that it carries out home visits to registered sex "
             "offenders at the frequency set by their risk assessments."),
        stmt(F, P2325, "workforce",
             "The force should make sure that student officers have protected time for their "
             "learning."),
        stmt(F, P2325, "leadership-management",
             "The force should make sure that its medium-term financial plan shows how it will "
             "meet the savings it needs to make."),
    ],
    recs=[
        stmt(F, P2325, "responding-to-public",
             "By 30 September 2025, the force should reduce the number of non-emergency calls "
             "that are abandoned before they are answered."),
        stmt(F, P2325, "responding-to-public",
             "By 30 September 2025, the force should make sure that it attends incidents "
             "within its target times, and that when it cannot it keeps callers informed and "
             "reassesses the risk."),
    ],
    coc=[
        stmt(F, P2325, "responding-to-public",
             "The force does not answer non-emergency calls quickly enough, and it does not "
             "attend incidents within its target times, so some people who are vulnerable do "
             "not get a timely response."),
    ],
    people=[
        person("Joanna Feltham-Rowe", "chief-constable", F, "Chief Constable"),
        person("Laurence Whitcombe", "inspector", "HMICFRS", HMI_CURLY),
    ],
    notes=[
        "Each area is a Heading 2 question ('How good is the force at investigating "
        "crime?'); the next paragraph is the grade alone, in bold ('Adequate'). 'How "
        "accurately does the force record crime?' is followed by 'Not graded': nothing.",
        "Question keys: 'treating the public fairly and using its powers' -> "
        "treatment-of-public; 'building, supporting and protecting its workforce' -> "
        "workforce; 'the force\u2019s leadership and force management' -> "
        "leadership-management.",
        "'Previous grade (PEEL 2021/22): requires improvement.' under responding to the "
        "public gives a 2021/22 judgement.",
        "'Surrey Police, ... was graded good for protecting vulnerable people in its own PEEL "
        "2023\u201325 inspection' gives another force's judgement in passing, with its "
        "inspection (HMICFRS: the inspectorate speaking).",
        "AFIs are Word 'List Number' paragraphs (numbering continues through the document; "
        "the numbers are not in the text) under Heading 3 'Areas for improvement'. The "
        "missing-children AFI is a lead-in ending 'that:' with two 'List Bullet 2' items: one "
        "statement. Preventing crime has 'We found no areas for improvement.'",
        "The cause of concern is the paragraph under Heading 3 'Cause of concern'; its two "
        "recommendations are plain paragraphs under Heading 3 'Recommendations', each a full "
        "sentence, so two recommendations. No force update anywhere (an inspectorate "
        "document).",
        "Distractors: 'good practice', the five-point scale sentence, 'We don\u2019t give an "
        "overall grade', 'March 2026', an unnamed assistant chief constable.",
        "People: 'Chief Constable Joanna Feltham-Rowe' (title-first); the HMI signs the "
        "observations with the name and 'His Majesty\u2019s Inspector of Constabulary' as "
        "separate paragraphs. The core properties do not count.",
    ]))

# p08 -- HTML PEEL inspection history in a <dl>, Lincolnshire, 2014-2025 ----------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "p08.html", "peel-report-2021", [F], ["HMICFRS", "HMIC"],
    [insp(F, "2014", EFF, "HMIC"), insp(F, "2014", EFFIC, "HMIC"),
     insp(F, "2015", EFF, "HMIC"), insp(F, "2015", EFFIC, "HMIC"), insp(F, "2015", LEGIT, "HMIC"),
     insp(F, "2016", EFF, "HMIC"), insp(F, "2016", EFFIC, "HMIC"), insp(F, "2016", LEGIT, "HMIC"),
     insp(F, "2017", EFFIC, "HMICFRS"), insp(F, "2017", LEGIT, "HMICFRS"),
     insp(F, "2017", EFF, "HMICFRS"),
     insp(F, P1819, EFF, "HMICFRS"), insp(F, P1819, EFFIC, "HMICFRS"),
     insp(F, P1819, LEGIT, "HMICFRS"),
     insp(F, P2122, inspectorate="HMICFRS"), insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, "2014", [(None, RI)], EFF) + grades(F, "2014", [(None, G)], EFFIC)
    + grades(F, "2015", [(None, G)], EFF) + grades(F, "2015", [(None, G)], EFFIC)
    + grades(F, "2015", [(None, G)], LEGIT)
    + grades(F, "2016", [(None, G)], EFF) + grades(F, "2016", [(None, G)], EFFIC)
    + grades(F, "2016", [(None, RI)], LEGIT)
    + grades(F, "2017", [(None, RI)], EFFIC) + grades(F, "2017", [(None, G)], LEGIT)
    + grades(F, "2017", [(None, G)], EFF)
    + grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, RI)], EFFIC)
    + grades(F, P1819, [(None, G)], LEGIT)
    + grades(F, P2122, [
        ("preventing-crime", G),
        ("managing-offenders", G),
        ("treatment-of-public", A),
        ("responding-to-public", A),
        ("investigating-crime", A),
        ("protecting-vulnerable", A),
        ("workforce", A),
        ("crime-recording", A),
        ("leadership-management", RI),
    ]) + grades(F, P2325, [
        ("treatment-of-public", A),
        ("preventing-crime", G),
        ("responding-to-public", G),
        ("investigating-crime", A),
        ("protecting-vulnerable", A),
        ("managing-offenders", O),
        ("workforce", A),
        ("leadership-management", A),
    ]),
    people=[
        person("Imogen Radcliffe-Shaw", "inspector", "HMICFRS", HMI_CURLY),
    ],
    also={"inspections": [insp(F, P1819, "PEEL", "HMICFRS")]},
    notes=[
        "A <dl> with one <dt> per calendar year of publication (2014-2025) and several <dd> "
        "per year: a bold report line naming the PEEL period, then one <dd> per pillar or "
        "grade group. The period comes from the report line, not from the <dt> year: the "
        "<dt>2018</dt> entry is 'PEEL 2017 (effectiveness, published March 2018)', so it is "
        "a 2017 Effectiveness judgement; <dt>2019</dt> holds PEEL 2018/19, <dt>2022</dt> PEEL "
        "2021/22 and <dt>2025</dt> PEEL 2023-25.",
        "'no graded judgement' entries (Legitimacy 2014, Leadership 2015 and 2016, the years "
        "2020, 2021, 2023 and 2024, and 'No other graded judgement this year') give nothing.",
        "2018/19: 'Effectiveness \u2013 good' etc. are explicit pillar grades: pillar "
        "judgements with question null and pillar inspections (as corpus11 n05/n06). The "
        "integrated PEEL 2018/19 inspection is named ('integrated assessment') but has no "
        "grade of its own and the page is not about it alone, so it is in also_acceptable.",
        "2021/22 is written grade-first ('Adequate: a; b; ...'), with semicolons between "
        "areas and commas inside area names ('building, supporting and protecting the "
        "workforce'; 'strategic planning, organisational management and value for money' -> "
        "leadership-management). 'Not graded: providing a service to the victims of crime' "
        "gives nothing. 2023-25 is written area-first ('Area \u2013 grade').",
        "Inspectorates: the note says PEEL inspections until July 2017 were carried out by "
        "HMIC, so 2014-2016 are HMIC; 2017 onward are HMICFRS (the page's own). The note's "
        "grade scales are distractors.",
        "People: 'His Majesty\u2019s Inspector of Constabulary Imogen Radcliffe-Shaw' "
        "(title-first, curly apostrophe).",
    ]))

# p09 -- DOCX inspectorate letter: cause of concern removed, Warwickshire ---------------
F = "Warwickshire Police"
GOLDS.append(gold(
    "p09.docx", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("responding-to-public", I),
    ]),
    recs=[
        stmt(F, P2325, "responding-to-public",
             "By 31 March 2025, the force should make sure that it answers emergency calls "
             "within ten seconds, in line with the national standard."),
        stmt(F, P2325, "responding-to-public",
             "By 31 March 2025, the force should make sure that its call handlers use a "
             "structured risk assessment on every call and record the result."),
        stmt(F, P2325, "responding-to-public",
             "By 30 June 2025, the force should reduce the number of non-emergency calls that "
             "are abandoned before they are answered."),
    ],
    coc=[
        stmt(F, P2325, "responding-to-public",
             "The force does not answer emergency and non-emergency calls quickly enough, and "
             "it does not consistently identify callers who are vulnerable. This means that "
             "some people do not get the help they need when they first contact the police."),
    ],
    people=[
        person("Alys Pennant", "chief-constable", F, "Temporary Chief Constable", "temporary"),
        person("Callum Strachan-Reid", "inspector", "HMICFRS", HMI_CURLY),
        person("Bernard Okafor-Lyle", "commissioner", F,
               "Police and Crime Commissioner for Warwickshire"),
    ],
    notes=[
        "Genre: an inspectorate letter about a PEEL 2023-25 inspection; no genre fits well. "
        "It is the inspectorate's own document, so peel-report-2021.",
        "'we graded the force as inadequate at responding to the public' is the only grade. "
        "'This letter does not change any of the grades' names none.",
        "The cause of concern is the indented italic paragraph after 'We raised the following "
        "cause of concern:' (two sentences, one statement). It is still a cause of concern of "
        "the inspection although the letter removes it.",
        "The three recommendations are the cells of the 'Recommendation' column of a Word "
        "table 'No. | Recommendation | Status at revisit'. Their question is that of the cause "
        "of concern. 'Completed' / 'Outstanding \u2013 ...' statuses are the inspectorate's "
        "assessment at its revisit, not the force's update or response, so "
        "has_force_update is false for all three (and for the cause of concern). "
        "'Outstanding' there is a status, not a grade.",
        "People: the addressee block 'Temporary Chief Constable Alys Pennant' (qualifier "
        "temporary; 'Dear Alys' repeats her). The signature gives the name, then 'His "
        "Majesty\u2019s Inspector of Constabulary'. 'cc: Bernard Okafor-Lyle, Police and Crime "
        "Commissioner for Warwickshire' keeps the title in full after the name. 'Assistant "
        "Chief Constable Tomasz Wrenfield' is an ACC and is not a person fact. The page "
        "header ('OFFICIAL') and footer do not count.",
    ]))

# p10 -- PDF national 'State of play' table, default table CSS, 2023-25 -----------------
GOLDS.append(gold(
    "p10.pdf", "national-release",
    ["Cleveland Police", "Dyfed-Powys Police", "Hertfordshire Constabulary", "Humberside Police",
     "Kent Police", "Lincolnshire Police", "South Yorkshire Police"],
    ["HMICFRS"],
    [insp("Cleveland Police", P2325, inspectorate="HMICFRS"),
     insp("Dyfed-Powys Police", P2325, inspectorate="HMICFRS"),
     insp("Hertfordshire Constabulary", P2325, inspectorate="HMICFRS"),
     insp("Humberside Police", P2325, inspectorate="HMICFRS"),
     insp("Kent Police", P2325, inspectorate="HMICFRS"),
     insp("Lincolnshire Police", P2325, inspectorate="HMICFRS"),
     insp("Humberside Police", P2122, inspectorate="HMICFRS")],
    grades("Cleveland Police", P2325, [
        ("responding-to-public", RI), ("investigating-crime", RI),
        ("protecting-vulnerable", A), ("leadership-management", A)])
    + grades("Dyfed-Powys Police", P2325, [
        ("responding-to-public", G), ("investigating-crime", A),
        ("protecting-vulnerable", G), ("leadership-management", G)])
    + grades("Hertfordshire Constabulary", P2325, [
        ("responding-to-public", A), ("investigating-crime", RI),
        ("protecting-vulnerable", A), ("leadership-management", G)])
    + grades("Humberside Police", P2325, [
        ("responding-to-public", O), ("investigating-crime", G),
        ("protecting-vulnerable", G), ("leadership-management", O)])
    + grades("Kent Police", P2325, [
        ("responding-to-public", G), ("investigating-crime", A),
        ("protecting-vulnerable", RI), ("leadership-management", G)])
    + grades("Lincolnshire Police", P2325, [
        ("responding-to-public", G), ("investigating-crime", A),
        ("protecting-vulnerable", A), ("leadership-management", A)])
    + grades("Humberside Police", P2122, [("investigating-crime", O)]),
    people=[
        person("Eleanor Ashdown-Price", "inspector", "HMICFRS",
               "His Majesty\u2019s Chief Inspector of Constabulary"),
    ],
    also={"inspections": [insp("South Yorkshire Police", P2325, inspectorate="HMICFRS")]},
    notes=[
        "A plain HTML table with no author CSS (border=1 attribute only), so cells are "
        "vertically centred and short cells sit in the middle of rows made tall by wrapped "
        "force names ('Dyfed-Powys Police (Heddlu Dyfed-Powys)') and dates. Columns: Force | "
        "four 2023-25 areas | Report published.",
        "Footnote markers are <sup> digits attached to grades ('Good1', 'Requires "
        "improvement2' in the text layer). Footnote 1 ('Humberside Police was graded "
        "outstanding for investigating crime in PEEL 2021/22') gives a 2021/22 judgement. "
        "Footnote 2 ('good practice') gives nothing.",
        "South Yorkshire Police's row is 'Not yet graded' across the four area columns; "
        "footnote 3 says it was inspected in January 2025. No grade, so no main inspection; "
        "its 2023-25 inspection is only implied and is in also_acceptable.",
        "'One force in the table is outstanding in two of these areas' names no force. The "
        "'Key to grades' paragraph names all five grades; 'No force ... was graded "
        "inadequate' gives nothing. Crime data integrity is not shown.",
        "People: the foreword is signed 'Eleanor Ashdown-Price' / 'His Majesty\u2019s Chief "
        "Inspector of Constabulary' (role inspector).",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")


if __name__ == "__main__":
    main()
