"""Write gold/mk01.json ... gold/mk10.json for corpus92 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# mk01 -- easy read summary (HTML), Gwent Police, PEEL 2021/22 ------------------------------
F, P = "Gwent Police", "2021/22"
GOLDS.append(gold(
    "mk01.html", "peel-report-2021", [F], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PREV, G), (PPT, G), (WORK, G), (PVP, A), (MOS, A), (SOC, A), (RESP, RI), (INV, RI)]),
    people=[
        person("Jeff Cuthbert", "commissioner", F, "Police and Crime Commissioner for Gwent"),
        person("Pam Kelly", "chief-constable", F, "Chief Constable"),
    ],
    also={"areas_for_improvement": [
        stmt(F, P, None, "Answer 999 calls and other calls more quickly."),
        stmt(F, P, None, "Give victims a clear reason when they stop looking into a crime."),
        stmt(F, P, None, "Check that officers have the right skills to look into crimes."),
    ]},
    notes=[
        "Easy read: every area is named in plain words. 'stopping crime before it happens' -> preventing-crime; "
        "'treating people fairly and with respect' -> treatment-of-public; 'looking after the people who work for "
        "the police' -> workforce (developing a positive workplace); 'keeping people safe who might be hurt' -> "
        "protecting-vulnerable; 'people who have done crimes before' -> managing-offenders; 'gangs and organised "
        "crime' -> serious-organised-crime; 'answering the phone when people call the police' -> responding-to-public; "
        "'finding out who did a crime' -> investigating-crime. The grades are in capitals (GOOD, ADEQUATE, "
        "REQUIRES IMPROVEMENT) above each list.",
        "The ladder of five marks names every grade and gives no judgement. Victim service is said to have no "
        "mark. 'a good job' is a distractor.",
        "Inspectorate: the full name 'Her Majesty’s Inspectorate of Constabulary and Fire & Rescue Services' is "
        "given once, so HMICFRS.",
        "The three 'What needs to get better' items are easy-read rewordings, not the report's statements, "
        "although the page calls them 'areas for improvement'. They are in also_acceptable with question null "
        "(no section heading ties them to an area).",
        "The Commissioner's title follows his name ('is the Police and Crime Commissioner for Gwent'), so it is "
        "kept in full; the Chief Constable is named title-first.",
    ]))

# mk02 -- infographic 'at a glance' (PDF), Merseyside Police, PEEL 2023-25 -------------------
F, P = "Merseyside Police", "2023-25"
GOLDS.append(gold(
    "mk02.pdf", "press-release", [F, "Cheshire Constabulary"], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PREV, O), (SOC, O), (PPT, G), (RESP, G), (INV, G), (MOS, G), (LFM, G), (PVP, A)]),
    afis=[stmt(F, P, None,
               "The force should make sure that the risk to a child is always recorded and reviewed when a "
               "missing child report is closed.")],
    people=[person("Serena Kennedy", "chief-constable", F, "Chief Constable")],
    notes=[
        "Grades are in a two-column table with star/dot symbols before the grade word ('★★ Outstanding'). "
        "'Disrupting serious organised crime' -> serious-organised-crime; 'Police powers and public treatment' -> "
        "treatment-of-public; 'Leadership and force management' -> leadership-management. The workforce row is "
        "'Not inspected in this round': no judgement.",
        "The count tiles ('2 OUTSTANDING', '5 GOOD', '1 ADEQUATE', '0 REQUIRES IMPROVEMENT OR INADEQUATE'), the "
        "symbol key naming all five grades, and the text description give no further judgements. '0 causes of "
        "concern' gives nothing.",
        "The single AFI sits under a bold label with no area heading, so its question is null. A grader "
        "who keys it to protecting-vulnerable (the only adequate area, and about missing children) reads the "
        "page reasonably; check_gold keys statements without their question, so the variant cannot be listed "
        "in also_acceptable.",
        "Cheshire Constabulary is named only in the source line: in forces, no inspection. Merseyside Fire and "
        "Rescue Service is a distractor.",
        "Genre: a force's own one-page summary is closest to press-release.",
    ]))

# mk03 -- FOI response (DOCX), Lincolnshire Police, PEEL 2018/19 ----------------------------
F, P = "Lincolnshire Police", "2018/19"
GOLDS.append(gold(
    "mk03.docx", "response-record", [F], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(PREV, G), (INV, RI), (PVP, RI), (SOC, G), ("using-resources", G), ("planning-future", G),
                  ("fair-treatment-public", G), ("ethical-lawful-workforce", G), ("fair-treatment-workforce", RI)]),
    afis=[
        stmt(F, P, PREV, "The force should make sure that its neighbourhood officers are not routinely taken "
             "away from their neighbourhoods to cover response duties."),
        stmt(F, P, PVP, "The force should improve how it assesses and records risk when it responds to reports "
             "of missing children, so that the level of risk reflects the child’s circumstances."),
        stmt(F, P, PVP, "The force should make sure that domestic abuse protection notices and orders are used "
             "whenever they would protect a victim."),
        stmt(F, P, "fair-treatment-workforce", "The force should do more to understand why some of its officers "
             "and staff do not trust its promotion processes, and act on what it finds."),
    ],
    recs=[
        stmt(F, P, INV, "By 31 October 2019, the force should make sure that every investigation is given to an "
             "officer with the right training and experience for it."),
        stmt(F, P, INV, "By 31 October 2019, the force should make sure that supervisors review open "
             "investigations regularly and record clear direction."),
    ],
    coc=[stmt(F, P, INV, "Lincolnshire Police does not investigate crime to a consistently good standard. Too "
              "many investigations are given to officers who lack the training for them, and supervisors do not "
              "check them often enough.")],
    people=[
        person("Marc Jones", "commissioner", F, "Police and Crime Commissioner"),
        person("Bill Skelly", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": [
        {"force": F, "period": P, "pillar": "Effectiveness", "question": None, "grade": RI},
        {"force": F, "period": P, "pillar": "Efficiency", "question": None, "grade": G},
        {"force": F, "period": P, "pillar": "Legitimacy", "question": None, "grade": G},
    ]},
    notes=[
        "2018/19 follows dev12: every question grade and statement has pillar PEEL; the three '(overall)' pillar "
        "rows are whole-pillar grades and go to also_acceptable. No single overall PEEL grade is stated, so there "
        "is no question-null PEEL judgement. 'Meeting current demands and using resources' -> using-resources; "
        "'Treating the public fairly' -> fair-treatment-public; 'Ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce; 'Treating the workforce fairly' -> fair-treatment-workforce.",
        "The sentence giving the 2018/19 scale names four grades and gives nothing. 'a consistently good standard' "
        "in the cause of concern is not a grade.",
        "AFI questions come from the bold numbered headings above each quoted AFI. The FOI response says progress "
        "is not held, so has_force_update is false throughout. The two recommendations are Word 'List Number' "
        "paragraphs (the numbers are not in the text); each is a full sentence and its own statement.",
        "People: 'the Police and Crime Commissioner, Marc Jones' and 'Chief Constable Bill Skelly', both title-first. "
        "The Information Rights Officer is unnamed. Lincolnshire Fire and Rescue is a distractor. Header and "
        "footer ('OFFICIAL', the address) are not body text.",
        "Genre: an FOI response is closest to response-record.",
    ]))

# mk04 -- parish newsletter (TXT), North Yorkshire Police, Effectiveness 2016 ------------------
F, P = "North Yorkshire Police", "2016"
C = "Cleveland Police"
GOLDS.append(gold(
    "mk04.txt", "press-release", [F, C], [H],
    [insp(F, P, "Effectiveness", H), insp(C, P, "Effectiveness", H)],
    grades(F, P, [(None, G), (PREV, G), (PVP, G), (SOC, G), (INV, RI)], "Effectiveness")
    + grades(C, P, [(None, RI)], "Effectiveness"),
    people=[
        person("Julia Mulligan", "commissioner", F, "Police and Crime Commissioner"),
        person("Dave Jones", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2015", "Effectiveness", H)],
          "judgements": grades(F, "2015", [(None, G)], "Effectiveness")},
    notes=[
        "The period is not stated as a year: the newsletter is Spring 2017 and the meeting 14 March 2017, and the "
        "'yearly check-up' on effectiveness is the PEEL effectiveness 2016 inspection (published early March 2017).",
        "Grades in capitals and in quotes: 'rated GOOD overall', 'good at ...' (three questions), and '\"requires "
        "improvement\"' for investigating crime and reducing re-offending.",
        "'the same rating the force got last time round' names no grade word for 2015 (GOLD-FORMAT convention), so "
        "the 2015 effectiveness judgement and inspection are in also_acceptable only.",
        "Cleveland Police, 'rated as requiring improvement overall', is a grade in passing for another force, so it "
        "has its own 2016 effectiveness inspection and judgement (same report season, same inspectorate context).",
        "HMIC is named ('HMIC, the police inspectorate'). North Yorkshire Fire and Rescue Service is a distractor. "
        "The PCSO is not a person fact. The three crimes and the report's remark on digital examination are not "
        "statements of the inspectorate.",
        "Genre: no genre fits a parish newsletter; press-release is the nearest.",
    ]))

# mk05 -- chief constable's staff message (MD), Lancashire Constabulary, Efficiency 2017 -----------
F, P = "Lancashire Constabulary", "2017"
GOLDS.append(gold(
    "mk05.md", "press-release", [F, "Cumbria Constabulary"], [HF],
    [insp(F, P, "Efficiency", HF), insp(F, "2016", "Efficiency")],
    grades(F, P, [(None, G), ("understanding-demand", G), ("using-resources", G), ("planning-future", O)],
           "Efficiency") + grades(F, "2016", [(None, G)], "Efficiency"),
    afis=[
        stmt(F, P, None, "The constabulary should make sure it fully understands the demand that is hidden or "
             "not reported to it, including modern slavery and child sexual exploitation.", True, "Efficiency"),
        stmt(F, P, None, "The constabulary should assess the skills of its whole workforce, including police "
             "staff and volunteers, so that it can identify gaps and plan to fill them.", True, "Efficiency"),
    ],
    people=[
        person("Andy Rhodes", "chief-constable", F, "Chief Constable"),
        person("Sarah Whitcombe", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Clive Grunshaw", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades in brackets in a Markdown table '(Good)', '(Outstanding)', and in the bold title '(GOOD)'. The "
        "three question rows map to understanding-demand, using-resources and planning-future.",
        "'Last year we were graded good as well' gives the 2016 efficiency grade word, so it is a main judgement; "
        "its inspectorate is not named (null).",
        "'The legitimacy report is due in December' gives no judgement; 'one of only a handful nationally' gives "
        "none for any other force.",
        "The two AFIs are Markdown blockquotes under 'What we need to do better', a heading with no area key, so "
        "question is null. 'What we're doing:' gives the force's action on both (the skills audit and the hidden "
        "demand report), so has_force_update is true for each.",
        "People: the CC signs 'Andy Rhodes / Chief Constable'; 'Deputy Chief Constable Sarah Whitcombe' is deputy; "
        "the PCC is named only in a related-link line ('Police and Crime Commissioner Clive Grunshaw's statement'). "
        "ACC Tim Jacques is not a person fact.",
        "Cumbria Constabulary is named only in a related link: in forces, no inspection. HMICFRS is named in full "
        "in the body and by acronym in a link.",
        "Genre: an internal staff message; press-release is the nearest.",
    ]))

# mk06 -- social media thread (HTML), Bedfordshire Police, PEEL 2021/22 -------------------------
F, P = "Bedfordshire Police", "2021/22"
GOLDS.append(gold(
    "mk06.html", "press-release", [F, "Hertfordshire Constabulary"], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(INV, G), (PVP, G), (MOS, G), (SOC, G), (CDI, G), (PREV, A), (PPT, A), (WORK, A),
                  (RESP, RI), (LFM, RI)]),
    afis=[stmt(F, P, None, "The force should make sure it answers non-emergency calls promptly, and that "
               "callers who hang up are called back.", True)],
    people=[
        person("Trevor Rodenhurst", "chief-constable", F, "Chief Constable"),
        person("Festus Akinbusoye", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades are emoji-headed capital labels ('✅ GOOD', '🟠 ADEQUATE', '🔴 REQUIRES IMPROVEMENT') over "
        "lists of areas. 'Recording data about crime' -> crime-recording; 'Developing a positive workplace' -> "
        "workforce; 'Good use of resources' (graded REQUIRES IMPROVEMENT) -> leadership-management, whose 'Good' "
        "is not a grade. The image description repeats the good list and adds nothing.",
        "The sentence after 'Area for improvement 👉' in post 5 is an AFI; the following sentences ('we've added 22 call "
        "handlers') are the force's update. It sits in its own post with no area label, so question is null; "
        "responding-to-public (post 4 is about 101 calls) is a reasonable alternative key.",
        "Replies: the PCC's reply names his role ('As your Police and Crime Commissioner'), so he is a person "
        "fact; 'Good to see ... recognised' gives no grade. Hertfordshire Police (alias of Hertfordshire "
        "Constabulary) replies in passing: in forces, no inspection. The public reply quoting 'Adequate' repeats "
        "an existing judgement.",
        "Inspectorate: only the handle '@HMICFRS' names it.",
        "Genre: a force's social media thread; press-release is the nearest.",
    ]))

# mk07 -- CSP annual report (DOCX), West Mercia Police, Effectiveness 2017 ------------------------
F, P = "West Mercia Police", "2017"
GOLDS.append(gold(
    "mk07.docx", "response-record", [F, "Warwickshire Police"], [HF], [insp(F, P, "Effectiveness", HF)],
    grades(F, P, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, I)], "Effectiveness"),
    recs=[
        stmt(F, P, SOC, "The force should develop its serious and organised crime local profiles with partner "
             "organisations and use them to plan joint activity.", True, "Effectiveness"),
        stmt(F, P, SOC, "The force should put in place a structured approach, with partners, to diverting people "
             "at risk of becoming involved in serious and organised crime.", True, "Effectiveness"),
    ],
    coc=[stmt(F, P, SOC, "West Mercia Police does not have a full enough understanding of the threat from serious "
              "and organised crime, and it does not give enough priority to disrupting organised crime groups "
              "alongside its partners.", False, "Effectiveness")],
    people=[
        person("John Campion", "commissioner", F, "Police and Crime Commissioner for West Mercia"),
        person("Anthony Bangham", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The inspection is PEEL effectiveness 2017 (published March 2018, HMICFRS, named in full). The report's "
        "own years (2017/18, 2018/19) are not the period.",
        "The overall grade is in 4.2 ('requires improvement'); the question grades are in Table 2, whose merged "
        "title row spans both columns. 'Specialist capabilities: Ungraded' gives nothing.",
        "'five recommendations and six areas for improvement' are counts only. The two bullets after the lead-in "
        "'The two recommendations that involve partners most directly are:' are full sentences, each its own "
        "recommendation (the lead-in is the council's sentence, not part of a statement). 4.5 reports the force's "
        "progress on both ('Both recommendations are reported as on track'), so has_force_update is true; the "
        "cause of concern has no update of its own.",
        "People: 'The Police and Crime Commissioner for West Mercia, John Campion' (title-first but with place "
        "words; kept as written) and 'Chief Constable Anthony Bangham'. A superintendent is not a person fact.",
        "Warwickshire Police is named in passing (the alliance, 'inspected separately', no grade). Hereford & "
        "Worcester Fire and Rescue Service is a distractor. Header/footer text is not body text.",
        "Genre: a council partnership report; response-record is the nearest.",
    ]))

# mk08 -- governance board paper (PDF), Derbyshire Constabulary, PEEL 2016 --------------------------
F, P = "Derbyshire Constabulary", "2016"
N, L = "Nottinghamshire Police", "Leicestershire Police"
GOLDS.append(gold(
    "mk08.pdf", "response-record", [F, N, L], [H],
    [insp(F, P, "Effectiveness", H), insp(F, P, "Efficiency", H), insp(F, P, "Legitimacy", H),
     insp(N, P, "Effectiveness", H), insp(L, P, "Effectiveness", H)],
    grades(F, P, [(None, G)], "Efficiency") + grades(F, P, [(None, G)], "Legitimacy")
    + grades(F, P, [(None, G), (PREV, G), (INV, G), (SOC, G), (PVP, RI)], "Effectiveness")
    + grades(N, P, [(None, G)], "Effectiveness") + grades(L, P, [(None, G)], "Effectiveness"),
    afis=[
        stmt(F, P, PVP, "The constabulary should make sure that officers attending domestic abuse incidents "
             "consistently complete the risk assessment with the victim at the scene.", True, "Effectiveness"),
        stmt(F, P, PVP, "The constabulary should improve the quality of its safeguarding referrals to partner "
             "agencies, so that they contain the information partners need to act.", True, "Effectiveness"),
    ],
    people=[
        person("Gary Knighton", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Hardyal Dhindsa", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
        person("Peter Goodman", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, P, "Leadership", H)]},
    notes=[
        "Board-paper shape: numbered paragraphs and a results list with grades in quotes ('Efficiency – 'Good''). "
        "Leadership is 'narrative only, no grade': no judgement, and its inspection is in also_acceptable only.",
        "Effectiveness question grades are in prose in 4.2 ('judged to require improvement' for protecting "
        "vulnerable people); specialist capabilities 'not graded'. 3.1 names four grades and gives nothing.",
        "'14 areas for improvement' and 'No causes of concern' are counts. The two quoted AFIs are the "
        "effectiveness report's, under protecting vulnerable people. 5.1 and 5.2 give the force's progress on "
        "each; 5.2 says work is planned and there is 'No progress to report yet', which is still the force's "
        "update, so both are true (a strict grader might say false for the second).",
        "Nottinghamshire Police and Leicestershire Police are 'also judged good for effectiveness in 2016': grades "
        "in passing for other forces. Their inspections take HMIC, the inspectorate the paper names for PEEL "
        "2016 throughout (as Cleveland's does in mk04).",
        "People: the signature block gives 'Deputy Chief Constable Gary Knighton', 'Hardyal Dhindsa, Police and "
        "Crime Commissioner for Derbyshire' and 'Peter Goodman, Chief Constable'. The report is 'of: Chief "
        "Constable' (unnamed there).",
        "Genre: a joint force/OPCC board paper; response-record is the nearest.",
    ]))

# mk09 -- FOI tracker CSV, Northumbria Police, PEEL 2021/22 -----------------------------------------
F, P = "Northumbria Police", "2021/22"
GOLDS.append(gold(
    "mk09.csv", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P, inspectorate=HF)],
    grades(F, P, [(RESP, RI), (INV, A), (PVP, G), (PREV, O), (PPT, G), (MOS, G), (SOC, G), (WORK, A),
                  (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P, RESP, "The force should make sure that calls for service are answered within national "
             "standards, and that it understands why callers abandon non-emergency calls.", True),
        stmt(F, P, RESP, "The force should make sure that repeat and vulnerable callers are identified when they "
             "contact the force, and that this informs the response they receive."),
        stmt(F, P, INV, "The force should make sure that victims' decisions to withdraw support for a prosecution "
             "are recorded, together with the reasons and any evidence-led options considered.", True),
        stmt(F, P, PVP, "The force should improve how it records the voice of the child when officers attend "
             "incidents involving children.", True),
        stmt(F, P, WORK, "The force should make sure that its wellbeing support reaches officers and staff in "
             "every area, including those who work remotely.", False),
    ],
    notes=[
        "One row per area or statement; the 'Area grade' column (in capitals) repeats the area's grade on every "
        "row of that area. 'Managing offenders and suspects' -> managing-offenders; 'Developing a positive "
        "workplace' -> workforce; 'Good use of resources' (ADEQUATE) -> leadership-management; 'Recording data "
        "about crime' -> crime-recording. 'Providing a service to victims of crime: Not graded' gives nothing.",
        "Only rows of Type 'Area for improvement' are statements; 'Innovative practice' and 'No AFI' rows give "
        "grades only. has_force_update is true where the 'Force update' cell is filled (N22-01, 03, 04) and false "
        "where it is empty (N22-02, 09). Status words (Open, Closed) are not updates.",
        "The note row names HMICFRS and, in passing, Durham Constabulary and Cleveland Police (no grades).",
        "Genre: an FOI disclosure of a force's tracker; response-record is the nearest.",
    ]))

# mk10 -- PCC website 'at a glance' Q&A (HTML), Staffordshire Police, PEEL 2015 -----------------------
F, P = "Staffordshire Police", "2015"
GOLDS.append(gold(
    "mk10.html", "response-record", [F, "West Midlands Police"], [H],
    [insp(F, P, "Effectiveness", H), insp(F, P, "Efficiency", H), insp(F, P, "Legitimacy", H)],
    grades(F, P, [(None, RI), (PREV, G), (SOC, G), (INV, RI), (PVP, RI)], "Effectiveness")
    + grades(F, P, [(None, G)], "Efficiency") + grades(F, P, [(None, G)], "Legitimacy"),
    afis=[
        stmt(F, P, None, "Staffordshire Police should ensure that all domestic abuse cases receive an appropriate "
             "level of supervision, so that risk to the victim is reviewed.", False, "Effectiveness"),
        stmt(F, P, None, "Staffordshire Police should improve how it manages registered sex offenders, so that "
             "visits happen on time and risks are reassessed.", False, "Effectiveness"),
    ],
    people=[
        person("Matthew Ellis", "commissioner", F, "Staffordshire Commissioner"),
        person("Jane Sawyers", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, P, "Leadership", H)]},
    notes=[
        "Pillar grades are in a table (coloured pills); the effectiveness question grades are in a Q&A answer. "
        "Leadership 'Not graded': no judgement, and its inspection is in also_acceptable.",
        "The two AFIs sit in a Q&A answer ('What needs to get better?') after the effectiveness answer but with no "
        "area heading, so question is null; the content reading (domestic abuse -> "
        "protecting-vulnerable, sex offenders -> investigating-crime) is a reasonable alternative key. The Commissioner's monthly meeting is not an update on either.",
        "The answer to 'Is the force getting worse?' says there is no earlier grade; 2014 gives nothing. "
        "'four grades' are listed by name and give nothing. The aside 'a good, efficient force' repeats "
        "grades already given.",
        "People: 'Matthew Ellis, Staffordshire Commissioner' (his official style) and 'the Chief Constable, Jane "
        "Sawyers'. West Midlands Police is named in passing with no grade.",
        "Genre: a PCC's web page on an inspection; response-record is the nearest.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
