"""Write gold/m01.json ... gold/m10.json for corpus10 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
RI = "Requires improvement"
HMI_TITLE = "His Majesty\u2019s Inspector of Constabulary"


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

# m01 -- HMICFRS full PEEL 2023-25 force report (PDF), Nottinghamshire -----------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "m01.pdf", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Adequate"),
        ("responding-to-public", "Inadequate"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Adequate"),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", RI),
    ]) + grades(F, P2122, [
        ("responding-to-public", RI),
        ("crime-recording", "Good"),
    ]),
    afis=[
        stmt(F, P2325, "victim-service",
             "The force should make sure that it records whether victims want to be referred to "
             "support services, and that it acts on their wishes."),
        stmt(F, P2325, "preventing-crime",
             "The force should evaluate its problem-solving plans so that it knows which "
             "approaches reduce crime and antisocial behaviour."),
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that callers who abandon a non-emergency call are "
             "contacted again where the information suggests they may be at risk."),
        stmt(F, P2325, "investigating-crime",
             "The force should improve the quality of its investigations by making sure that: "
             "each investigation has a plan that is recorded and kept up to date; supervisors "
             "review investigations at regular intervals and record clear direction; and victims "
             "are told before an investigation is closed and the reason is recorded."),
        stmt(F, P2325, "protecting-vulnerable",
             "The force should make sure that officers record the views and feelings of children "
             "at domestic abuse incidents."),
        stmt(F, P2325, "workforce",
             "The force should make sure that its wellbeing support is available to officers and "
             "staff who work outside office hours."),
        stmt(F, P2325, "leadership-management",
             "The force should improve its understanding of demand so that it can match the "
             "number and skills of its workforce to that demand."),
    ],
    recs=[
        stmt(F, P2325, "responding-to-public",
             "Within three months, the force should make sure that it has enough call handlers on "
             "duty to answer emergency calls within ten seconds, in line with the national "
             "standard."),
        stmt(F, P2325, "responding-to-public",
             "Within three months, the force should make sure that call handlers use a structured "
             "risk assessment for every call and record the result."),
        stmt(F, P2325, "responding-to-public",
             "Within six months, the force should make sure that urgent incidents are attended "
             "within the times it has set, and that supervisors review every delay."),
    ],
    coc=[
        stmt(F, P2325, "responding-to-public",
             "Nottinghamshire Police is not answering emergency and non-emergency calls quickly "
             "enough, and it does not always assess the risk to callers properly. This means that "
             "some vulnerable people do not get the help they need when they need it."),
    ],
    people=[
        person("Lorraine Atherley", "inspector", "HMICFRS", HMI_TITLE),
        person("Imogen Radcliffe-Barr", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "15 printed pages: cover (no running head), contents, 'Overall summary' over pages 3-4, "
        "one page per area, back page. Every page after the cover has the running head "
        "'PEEL 2023\u20132025: An inspection of Nottinghamshire Police' / 'HMICFRS' and a page "
        "number, which pypdf puts before the page body.",
        "Judgements come from the 'Our judgments' table (Area of policing | Grade) and are "
        "repeated by each section's grade badge. 'Providing a service to victims of crime: Not "
        "graded' and 'Crime data integrity: No grade' give nothing for 2023-25.",
        "The 'How we grade' box lists all five grades with definitions and gives nothing. "
        "'Innovative practice ... this good practice' is a distractor.",
        "2021/22: 'In our 2021/22 inspection, we graded the force as requires improvement at "
        "responding to the public' (HM Inspector's observations) and, on the Crime data "
        "integrity page, 'When we last inspected it, in our 2021/22 inspection, we graded the "
        "force as good at recording data about crime' -> crime-recording Good. 'we' is the "
        "inspectorate, so both inspections are HMICFRS.",
        "Each AFI sits in a box headed 'Area for improvement' in the section of its area; the "
        "victims section gives victim-service. The investigating-crime AFI is a lead-in ending "
        "'making sure that:' with three bullets, so it is one statement with the bullets joined.",
        "The cause of concern (two sentences) is in the Responding to the public section, with "
        "three numbered recommendations beneath it under 'Recommendations'. The AFI after the "
        "cause-of-concern box is a separate AFI of the same area. No statement has a force "
        "update (the inspectorate's own report).",
        "People: 'Chief Constable Imogen Radcliffe-Barr' (title-first) and the HMI's signature "
        "'Lorraine Atherley / His Majesty\u2019s Inspector of Constabulary'. 'Assistant Chief "
        "Constable Daniel Oyelaran' is an ACC and is not a person fact.",
    ]))

# m02 -- PEEL 2021/22 'Our judgements' page (DOCX), Wiltshire, with 2018/19 column --------
F = "Wiltshire Police"
GOLDS.append(gold(
    "m02.docx", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2122, inspectorate="HMICFRS"), insp(F, P1819, inspectorate="HMICFRS")],
    grades(F, P2122, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", RI),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", RI),
        ("managing-offenders", "Good"),
        ("workforce", "Good"),
        ("leadership-management", "Adequate"),
        ("crime-recording", "Outstanding"),
    ]) + grades(F, P1819, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", RI),
        ("leadership-management", "Good"),
    ]),
    people=[
        person("Tamsin Oduya", "chief-constable", F, "Chief Constable"),
        person("Rhodri Vance", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Gwendolen Marsh-Tully", "inspector", "HMICFRS", HMI_TITLE),
    ],
    also={"judgements": grades(F, P1819, [
        ("fair-treatment-public", "Good"),
        ("using-resources", "Good"),
    ])},
    notes=[
        "The table has a two-row header: 'Area of policing' spans both rows (vertical merge) "
        "and 'Grade' spans the two grade columns, whose second-row headings are '2021/22' and "
        "'2018/19'. Both header rows are marked to repeat.",
        "2021/22 column: nine grades with the usual 2021/22 area names ('Engaging with and "
        "treating the public with fairness and respect' -> treatment-of-public, 'Developing a "
        "positive workplace' -> workforce, 'Good use of resources' -> leadership-management, "
        "its 'Good' being part of the name, 'Recording data about crime' -> crime-recording). "
        "Victims 'Not graded' gives nothing.",
        "2018/19 column: 'the grade we gave for the nearest question in our PEEL 2018/19 "
        "inspection'. Five cells have a grade; 'No grade', 'Not inspected' and '\u2013' give "
        "nothing. The 2018/19 judgements are keyed by the row's area (keys valid for 2018/19 "
        "PEEL). For two rows the 2015-17 style key of the 2018/19 question is an equally fair "
        "reading, so also_acceptable holds fair-treatment-public Good and using-resources Good.",
        "'our PEEL 2018/19 inspection' is the inspectorate's ('our'), so both inspections are "
        "HMICFRS, which the letterhead paragraph names in full.",
        "The italic note 'Our grades are outstanding, good, adequate, requires improvement and "
        "inadequate' is a grade-scale distractor. The Word header ('PEEL 2021/22 \u2013 "
        "Wiltshire Police') and footer ('OFFICIAL') add nothing.",
        "People: 'Chief Constable Tamsin Oduya'; 'Deputy Chief Constable Rhodri Vance' "
        "(chief-constable, deputy); the HMI sign-off on two paragraphs. 'An assistant chief "
        "constable' is unnamed.",
    ]))

# m03 -- Welsh force's bilingual PCC news page, Gwent, 2023-25 ------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "m03.html", "press-release", [F, "South Wales Police", "Dyfed-Powys Police"], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS"), insp(F, P2122, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("managing-offenders", "Good"),
        ("workforce", "Good"),
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Adequate"),
        ("leadership-management", "Adequate"),
        ("responding-to-public", RI),
        ("investigating-crime", RI),
        ("protecting-vulnerable", RI),
    ]) + grades(F, P2122, [
        ("responding-to-public", "Adequate"),
    ]),
    afis=[
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that it answers non-emergency calls within its target "
             "time, and that it calls back people who end the call before it is answered.", True),
    ],
    people=[
        person("Ffion Llewellyn-Rees", "commissioner", F, "Police and Crime Commissioner"),
        person("Aled Prydderch", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Every English paragraph is followed (in a two-column grid) by its Welsh version "
        "(lang=\"cy\"). The Welsh text repeats the English facts and adds none; its grade words "
        "(da, digonol, angen gwella) are not English grade words. 'Heddlu Gwent' is an alias of "
        "Gwent Police.",
        "Grades: 'good at managing offenders and suspects, and good at building, supporting and "
        "protecting its workforce'; three areas 'all rated adequate' (the list includes 'police "
        "powers and public treatment' and 'preventing and deterring crime and antisocial "
        "behaviour'); 'requires improvement in how it responds to the public and in how it "
        "investigates crime'; protecting vulnerable people 'also found to require improvement'.",
        "'At the previous inspection, in 2021/22, the inspectorate graded the force as adequate "
        "at responding to the public' gives a 2021/22 judgement; 'the inspectorate' is HMICFRS, "
        "named in the first paragraph.",
        "The AFI is the English blockquote under 'An area for improvement'; 'What the force is "
        "doing:' follows it with the force's action, so has_force_update is true.",
        "South Wales Police / Heddlu De Cymru and Dyfed-Powys Police / Heddlu Dyfed-Powys are "
        "named in passing (shared firearms training): forces only.",
        "Distractors: the bilingual grade key (Outstanding/Rhagorol ... Inadequate/Annigonol), "
        "the cookie dialog's policy date, the consultation closing date.",
        "People: 'Gwent\u2019s Police and Crime Commissioner, Ffion Llewellyn-Rees' is "
        "title-first, so the title is 'Police and Crime Commissioner'; 'Chief Constable Aled "
        "Prydderch' (Welsh: 'y Prif Gwnstabl Aled Prydderch'). Each is one person, not two.",
    ]))

# m04 -- police and crime panel agenda item (DOCX), Derbyshire, 2023-25 ----------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "m04.docx", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("preventing-crime", "Good"),
        ("managing-offenders", "Good"),
        ("treatment-of-public", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
        ("workforce", "Adequate"),
        ("leadership-management", "Adequate"),
        ("responding-to-public", RI),
        ("investigating-crime", "Inadequate"),
    ]),
    afis=[
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that victims are updated about their investigation in "
             "line with the Victims\u2019 Code.", True),
        stmt(F, P2325, "responding-to-public",
             "The force should reduce the time it takes to answer non-emergency calls.", True),
        stmt(F, P2325, "responding-to-public",
             "The force should make sure that the risk to callers is reassessed when an "
             "attendance is delayed.", True),
        stmt(F, P2325, "protecting-vulnerable",
             "The force should make sure that it refers children at risk to partner agencies "
             "without delay.", True),
        stmt(F, P2325, "workforce",
             "The force should make sure that officers and staff in high-risk roles receive a "
             "wellbeing assessment every year.", True),
    ],
    recs=[
        stmt(F, P2325, "investigating-crime",
             "By 31 March 2025, the force should make sure that every investigation has a "
             "recorded plan and is reviewed by a supervisor within seven days of allocation.",
             True),
        stmt(F, P2325, "investigating-crime",
             "By 30 June 2025, the force should introduce a quality assurance process for "
             "investigations that are closed without a suspect being charged.", True),
    ],
    coc=[
        stmt(F, P2325, "investigating-crime",
             "The force does not supervise investigations well enough, and too many are closed "
             "before all reasonable lines of enquiry have been followed. As a result, victims do "
             "not always receive the service they deserve.", True),
    ],
    people=[
        person("Marcus Fenwick-Lyle", "chief-constable", F, "Chief Constable"),
        person("Nicola Brereton-Hale", "commissioner", F,
               "Police and Crime Commissioner for Derbyshire"),
    ],
    notes=[
        "Grades are in paragraph 3.1: 'good at A, and at B'; 'adequate in C, D, building, "
        "supporting and protecting the workforce, and E' (a comma list whose third item itself "
        "contains commas); 'requires improvement in responding to the public'; 'found its "
        "investigation of crime to be inadequate'.",
        "The table is 'Ref | Recommendation | Status (RAG) | Update'. Merged full-width rows "
        "name the area, which gives each item's question. The Ref cell gives the kind: 'CoC 1' "
        "is a cause of concern (its bold 'Cause of concern: ' label is not part of the text), "
        "'CoC 1 \u2013 R1/R2' are recommendations, 'AFI n' are areas for improvement, even "
        "though the column is headed 'Recommendation'.",
        "has_force_update is true for every PEEL row, the cause of concern included: each row "
        "has its own Update cell describing what the force has done (AFI 5's status is "
        "'Closed' but it still has an update).",
        "The last block, 'National inspection of vetting, misconduct and misogyny (2022)' / "
        "'Vetting R12', is a national thematic recommendation addressed to 'chief constables', "
        "not a PEEL finding about this force: no fact (as in corpus9 k02).",
        "'2.1 That the Panel notes the contents of this report.' under the heading "
        "'RECOMMENDATION' is the report's recommendation to the Panel, not an inspection "
        "recommendation. 'AFI 3 was closed ... and is not shown' gives no text.",
        "People: 'The Chief Constable, Marcus Fenwick-Lyle' (title-first); the signature "
        "'Nicola Brereton-Hale' with 'Police and Crime Commissioner for Derbyshire' on the next "
        "paragraph keeps the full title. The Deputy Chief Constable and the Chief Executive "
        "are unnamed.",
    ]))

# m05 -- HMICFRS revisit letter (PDF), Lincolnshire, cause of concern discharged -------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "m05.pdf", "peel-report-2021", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("protecting-vulnerable", "Inadequate"),
    ]),
    recs=[
        stmt(F, P2325, "protecting-vulnerable",
             "Within six months, the force should make sure that the risk to every missing child "
             "is assessed by a trained supervisor and reviewed at least every eight hours while "
             "the child is missing."),
        stmt(F, P2325, "protecting-vulnerable",
             "Within six months, the force should work with local authorities to make sure that "
             "return home interviews take place and that the information from them is used to "
             "plan safeguarding."),
    ],
    coc=[
        stmt(F, P2325, "protecting-vulnerable",
             "The force does not identify and respond to risk well enough when children go "
             "missing from home or care. Too often the risk they face is underestimated, and "
             "return home interviews are not carried out or are not used to safeguard them."),
    ],
    people=[
        person("Elspeth Marwood", "inspector", "HMICFRS", HMI_TITLE),
        person("Kathryn Belvedere", "chief-constable", F, "Chief Constable"),
        person("Howard Tennyson-Brook", "commissioner", F,
               "Police and Crime Commissioner for Lincolnshire"),
    ],
    notes=[
        "A two-page letter from an HM Inspector to a chief constable about a cause of concern "
        "from the PEEL 2023\u20132025 report. 'we graded the force as inadequate at protecting "
        "vulnerable people' gives the one judgement.",
        "The cause of concern is quoted (indented, italic) after 'We raised the following cause "
        "of concern:'; its two recommendations are numbered after 'we recommended that:'. The "
        "question comes from the subject line and the grade sentence (protecting vulnerable "
        "people).",
        "has_force_update is false for all three: the letter is the inspectorate's assessment "
        "of progress ('What we found', 'we have therefore discharged it'), not the force's "
        "update or response. A grader who reads the inspector's account of what the force has "
        "done as an update would say true; that cannot go in also_acceptable because it would "
        "repeat the main statement.",
        "Genre: peel-report-2021 is the nearest (an inspectorate document about a 2023-25 PEEL "
        "inspection); no genre is written for revisit letters.",
        "People: the sender block and the signature give 'Elspeth Marwood / His Majesty\u2019s "
        "Inspector of Constabulary'; the address block 'Chief Constable Kathryn Belvedere QPM' "
        "(honours dropped from the name); 'Dear Chief Constable Belvedere' repeats her. The cc "
        "line 'Mr Howard Tennyson-Brook, Police and Crime Commissioner for Lincolnshire' gives "
        "the commissioner (honorific dropped; title after the name kept in full). 'Assistant "
        "Chief Constable Lee Farrant' is an ACC; the Chief Executive is unnamed; the scripted "
        "'E Marwood' is the signature image text of the same person.",
        "Distractors: 'The force has made good progress', the reference number, the visit dates, "
        "the council names ('Lincolnshire County Council' is not the force), 'OFFICIAL' and "
        "'Page n of 2' footers.",
    ]))

# m06 -- force 'PEEL inspection: our progress' page (HTML), Merseyside, 2023-25 ---------
F = "Merseyside Police"
GOLDS.append(gold(
    "m06.html", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Outstanding"),
        ("responding-to-public", "Good"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Outstanding"),
        ("workforce", RI),
        ("leadership-management", "Good"),
    ]),
    afis=[
        stmt(F, P2325, "victim-service",
             "The force should make sure that it tells victims when it decides not to investigate "
             "their crime further, and explains the reason for its decision.", True),
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that digital devices seized during investigations are "
             "examined promptly, and that investigators are told how long an examination will "
             "take.", True),
        stmt(F, P2325, "investigating-crime",
             "The force should make sure that victims are offered the chance to make a victim "
             "personal statement, and that their decision is recorded.", True),
        stmt(F, P2325, "workforce",
             "The force should make sure that officers and staff have protected time for "
             "training, and that the training they complete is recorded.", True),
        stmt(F, P2325, "workforce",
             "The force should understand why officers from under-represented groups leave in "
             "their first two years of service, and act on what it finds.", True),
    ],
    people=[
        person("Serena Ashdown-Blake", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades: the 'Our grades' list, '<li><span>Area</span> <span class=grade>Grade</span>'. "
        "'Providing a service to victims of crime: Not graded' gives nothing.",
        "Each AFI is a <details> accordion whose <summary> is 'Area for improvement n: <area>' "
        "(which gives the question; the victims area gives victim-service). Inside, 'What "
        "HMICFRS said' holds the AFI and 'What we have done' the force's update, so "
        "has_force_update is true for all five, including AFI 5 whose update says the work has "
        "not started yet but reports that a review has been commissioned.",
        "Chrome: skip link, cookie dialog (policy date), utility links, search, a mega-menu nav "
        "(hidden until hover), breadcrumbs, and a footer 'How HMICFRS grades police forces' "
        "<dl> that names all five grades: none of it gives a fact. 'innovative practice that "
        "other forces could learn from' is a distractor.",
        "People: the quote's <footer> 'Chief Constable Serena Ashdown-Blake'. 'the Merseyside "
        "Police and Crime Commissioner' is unnamed; 'Our chief officer team' is a link.",
    ]))

# m07 -- text copy of HMIC PEEL effectiveness 2016 (cp1252, CRLF), North Yorkshire ------
F = "North Yorkshire Police"
GOLDS.append(gold(
    "m07.txt", "peel-report", [F, "Cleveland Police"], ["HMIC"],
    [insp(F, "2016", "Effectiveness", "HMIC"), insp(F, "2015", "Effectiveness", "HMIC")],
    grades(F, "2016", [
        (None, "Good"),
        ("preventing-crime", "Good"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Good"),
        ("serious-organised-crime", "Good"),
    ], pillar="Effectiveness") + grades(F, "2015", [
        (None, RI),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Inadequate"),
    ], pillar="Effectiveness"),
    afis=[
        stmt(F, "2016", "preventing-crime",
             "The force should evaluate its problem-solving work, so that it can identify and "
             "share the approaches that are most effective.", pillar="Effectiveness"),
        stmt(F, "2016", "investigating-crime",
             "The force should improve the standard of its investigations by ensuring that: "
             "investigations are allocated to officers with the right skills and training; "
             "supervisors review investigations regularly and record their direction; and "
             "victims are kept informed of progress in line with the Code of Practice for "
             "Victims of Crime.", pillar="Effectiveness"),
        stmt(F, "2016", "investigating-crime",
             "The force should ensure that visits to registered sex offenders are carried out "
             "within the timescales set by national guidance.", pillar="Effectiveness"),
        stmt(F, "2016", "protecting-vulnerable",
             "The force should ensure that officers complete a risk assessment at every domestic "
             "abuse incident they attend, and that the assessment is reviewed by a supervisor.",
             pillar="Effectiveness"),
    ],
    people=[
        person("Rupert Hallworth", "inspector", "HMIC",
               "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line ends; each PDF page break is a form feed followed by a running "
        "head ('North Yorkshire Police \u2013 PEEL: Police effectiveness 2016'), and each page "
        "ends with a right-aligned page number. The investigating-crime section runs across a "
        "page break.",
        "Grades are in prose: overall 'has been judged to be good at keeping people safe'; "
        "'The force is judged to be good at preventing crime ...', 'is judged to require "
        "improvement in how it investigates crime and reduces re-offending', 'is now judged to "
        "be good at protecting those who are vulnerable ...', 'is judged to be good at tackling "
        "serious and organised crime'. Each is repeated in the section for its question.",
        "Specialist capabilities: 'We do not grade the fifth question ... this year' / 'We do "
        "not grade this question in 2016'; its 'a good understanding' is a distractor.",
        "2015 (last year): 'when HMIC judged the force to require improvement in its "
        "effectiveness' (overall); 'in 2015 it was also judged to require improvement in this "
        "area' (investigating crime); 'in 2015 HMIC judged it to be inadequate in this "
        "respect' (protecting vulnerable people). All HMIC.",
        "AFIs are '\u2022' bullets under 'Areas for improvement'. The first investigating-crime "
        "AFI is a lead-in ending 'by ensuring that:' with three '\u2013' sub-bullets, joined into "
        "one statement. The sex-offender AFI sits under question 2 (investigating crime and "
        "reducing re-offending), so its key is investigating-crime. Question 4 has 'no areas "
        "for improvement'.",
        "Cleveland Police is named in passing (major crime collaboration): forces only.",
        "The HMI's title is 'Her Majesty\u2019s Inspector of Constabulary' (cp1252 0x92 "
        "apostrophe).",
    ]))

# m08 -- local newspaper comparing Norfolk and Suffolk, 2023-25 ------------------------
F1, F2 = "Norfolk Constabulary", "Suffolk Constabulary"
GOLDS.append(gold(
    "m08.html", "press-release", [F1, F2, "Essex Police"], ["HMICFRS"],
    [insp(F1, P2325, inspectorate="HMICFRS"), insp(F2, P2325, inspectorate="HMICFRS"),
     insp(F2, P2122, inspectorate="HMICFRS")],
    grades(F1, P2325, [
        ("investigating-crime", "Good"),
        ("managing-offenders", "Good"),
        ("responding-to-public", "Adequate"),
        ("protecting-vulnerable", "Adequate"),
        ("leadership-management", "Adequate"),
        ("preventing-crime", "Adequate"),
        ("workforce", "Adequate"),
        ("treatment-of-public", RI),
    ]) + grades(F2, P2325, [
        ("preventing-crime", "Outstanding"),
        ("protecting-vulnerable", "Good"),
        ("workforce", "Good"),
        ("leadership-management", "Good"),
        ("managing-offenders", "Good"),
        ("treatment-of-public", "Adequate"),
        ("responding-to-public", "Inadequate"),
        ("investigating-crime", "Adequate"),
    ]) + grades(F2, P2122, [
        ("responding-to-public", "Good"),
    ]),
    people=[
        person("Giles Orford-Pym", "commissioner", F1, "police and crime commissioner"),
        person("Tobias Wren-Eastham", "chief-constable", F2, "Chief Constable"),
    ],
    notes=[
        "Two forces' PEEL 2023\u201325 grades in prose. Norfolk: 'rated good for investigating "
        "crime and for managing offenders and suspects'; 'adequate at responding to the public, "
        "at protecting vulnerable people and in its leadership and force management'; 'work to "
        "prevent crime and the way it supports its own workforce were both judged adequate'; "
        "'requires improvement in police powers and public treatment'.",
        "Suffolk: 'judged in its own PEEL 2023\u201325 inspection to be outstanding at "
        "preventing and deterring crime'; 'rated good for protecting vulnerable people, for "
        "building, supporting and protecting its workforce, and for leadership and force "
        "management'; 'graded good at managing offenders and suspects, and adequate in its use "
        "of police powers and treatment of the public'; 'response to calls from the public was "
        "inadequate'; 'Its investigation of crime was found to be adequate'.",
        "'In the 2021/22 round, Suffolk had been rated good at responding to the public' gives a "
        "2021/22 judgement (HMICFRS, the inspectorate of the article).",
        "People: 'Giles Orford-Pym, the county\u2019s police and crime commissioner, said' in "
        "the Norfolk part (title as written, lower case); 'said Chief Constable Tobias "
        "Wren-Eastham, who has led Suffolk Constabulary since 2022'. Not people facts: "
        "'Assistant Chief Constable Priya Dunmore', 'A force spokesperson', the reporter "
        "'Harriet Cobbold'.",
        "Essex Police is named only in the 'Related stories' aside: forces only. Distractors: "
        "the fact box listing all five grades, 'Town\u2019s good run' in 'Most read', the "
        "cookie notice date and the consultation date.",
    ]))

# m09 -- commissioner's two-column section 55 response (PDF), Bedfordshire, 2023-25 ------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "m09.pdf", "response-record", [F], ["HMICFRS"],
    [insp(F, P2325, inspectorate="HMICFRS")],
    grades(F, P2325, [
        ("treatment-of-public", "Good"),
        ("managing-offenders", "Good"),
        ("leadership-management", "Good"),
        ("preventing-crime", "Adequate"),
        ("responding-to-public", "Adequate"),
        ("workforce", "Adequate"),
        ("protecting-vulnerable", RI),
        ("investigating-crime", "Inadequate"),
    ]),
    recs=[
        stmt(F, P2325, "investigating-crime",
             "By 31 March 2026, the force should make sure that it has enough trained detectives "
             "to investigate serious and complex crime, and that their caseloads are "
             "manageable.", True),
        stmt(F, P2325, "investigating-crime",
             "By 31 March 2026, the force should make sure that supervisors review every "
             "investigation at least every 28 days and record clear direction.", True),
        stmt(F, P2325, "protecting-vulnerable",
             "Within six months, the force should make sure that bail conditions in domestic "
             "abuse cases are set, recorded and checked, and that victims are told about them.",
             True),
        stmt(F, P2325, "protecting-vulnerable",
             "Within six months, the force should reduce the number of domestic abuse suspects "
             "released under investigation, and review each of these cases at least once a "
             "month.", True),
    ],
    coc=[
        stmt(F, P2325, "investigating-crime",
             "The force is not investigating crime effectively. Investigations are often "
             "delayed, poorly supervised and closed without enough enquiries, so many victims do "
             "not get justice."),
        stmt(F, P2325, "protecting-vulnerable",
             "The force does not always manage the risk posed by suspects in domestic abuse "
             "cases who are on bail or released under investigation, which leaves some victims "
             "at risk."),
    ],
    people=[
        person("Harriet Okonedo", "chief-constable", F, "Chief Constable"),
        person("Marcus Delahaye-Quinn", "commissioner", F,
               "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "Two pages; the body is set in two CSS columns under a full-width masthead, with a "
        "running head ('Police and Crime Commissioner for Bedfordshire'), a footer and page "
        "numbers from @page margin boxes. Recommendation 4's 'Chief Constable\u2019s response:' "
        "falls at the top of page 2, after the running head.",
        "Grades in the introduction: 'good at how it uses its powers and treats the public, "
        "good at managing offenders and suspects, and good in its leadership and force "
        "management'; 'adequate at preventing ..., adequate at responding ... and adequate at "
        "building, supporting and protecting its workforce'; 'requires improvement in "
        "protecting vulnerable people'; 'its investigation of crime was found to be "
        "inadequate'.",
        "'Cause of concern n: <area>' headings give the question of each cause of concern and "
        "of the 'Recommendation n' items under it (numbered 1-4 across both).",
        "has_force_update: true for each recommendation (a 'Chief Constable\u2019s response:' "
        "paragraph follows each); false for the two causes of concern, which have no response "
        "of their own (the responses answer the recommendations, as in corpus8/9).",
        "'nine areas for improvement' gives no statement text.",
        "People: 'Chief Constable Harriet Okonedo'; the signature 'Marcus Delahaye-Quinn' with "
        "'Police and Crime Commissioner for Bedfordshire' on the next line (title after the "
        "name, kept in full). 'His Majesty\u2019s Chief Inspector of Constabulary' is unnamed.",
    ]))

# m10 -- inspectorate data download (CSV), several forces ------------------------------
NB, CB, WM = "Northumbria Police", "Cambridgeshire Constabulary", "West Mercia Police"
GOLDS.append(gold(
    "m10.csv", "national-release", [NB, CB, WM, "British Transport Police"], ["HMICFRS"],
    [insp(NB, P2325, inspectorate="HMICFRS"), insp(NB, P2122, inspectorate="HMICFRS"),
     insp(CB, P2325, inspectorate="HMICFRS"), insp(CB, P2122, inspectorate="HMICFRS"),
     insp(WM, P2325, inspectorate="HMICFRS"), insp(WM, P2122, inspectorate="HMICFRS")],
    grades(NB, P2325, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Outstanding"),
        ("responding-to-public", "Good"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Good"),
        ("workforce", "Adequate"),
        ("leadership-management", "Good"),
    ]) + grades(NB, P2122, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Good"),
        ("managing-offenders", "Adequate"),
        ("workforce", "Good"),
        ("leadership-management", "Adequate"),
    ]) + grades(CB, P2325, [
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Good"),
        ("responding-to-public", RI),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Adequate"),
        ("managing-offenders", "Good"),
        ("workforce", "Good"),
        ("leadership-management", "Adequate"),
    ]) + grades(CB, P2122, [
        ("treatment-of-public", "Good"),
        ("preventing-crime", "Good"),
        ("responding-to-public", "Adequate"),
        ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", RI),
        ("managing-offenders", "Good"),
        ("leadership-management", "Adequate"),
    ]) + grades(WM, P2325, [
        ("treatment-of-public", RI),
        ("preventing-crime", "Adequate"),
        ("responding-to-public", "Inadequate"),
        ("investigating-crime", RI),
        ("protecting-vulnerable", RI),
        ("managing-offenders", "Adequate"),
        ("workforce", "Adequate"),
        ("leadership-management", RI),
    ]) + grades(WM, P2122, [
        ("treatment-of-public", "Adequate"),
        ("preventing-crime", "Good"),
        ("responding-to-public", RI),
        ("investigating-crime", RI),
        ("protecting-vulnerable", "Adequate"),
        ("managing-offenders", "Adequate"),
        ("workforce", "Good"),
    ]),
    notes=[
        "A spreadsheet export: UTF-8 with a byte-order mark, CRLF, four preamble rows (title, "
        "source naming HMICFRS, data date, a note that lists all five grades), a blank row, "
        "then the header 'Force,Report published,Area of policing,PEEL 2023-25 grade,PEEL "
        "2021/22 grade,Cause of concern raised'. Area names that contain commas are quoted.",
        "Each data row gives the 2023-25 grade and, in the next column, the 2021/22 grade for "
        "the nearest area; both are keyed by the row's area. 'Not graded' (victims, both "
        "columns), Cambridgeshire's blank 2021/22 workforce cell and West Mercia's 'n/a' "
        "2021/22 leadership cell give nothing: 24 + 22 = 46 judgements.",
        "'Cause of concern raised: Yes' gives no statement text, so no cause of concern.",
        "British Transport Police: 'All areas, Awaiting publication' gives no grade and no "
        "inspection: forces only.",
        "The preamble's 'Outstanding, Good, Adequate, Requires improvement or Inadequate' and "
        "the closing note about crime data integrity give nothing. All inspections are HMICFRS "
        "(named as the source).",
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
