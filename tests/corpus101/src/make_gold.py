"""Write gold/mu01.json ... gold/mu10.json for corpus101 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:  python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
sys.path.insert(0, HERE)
import mu06_data  # noqa: E402

H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFFI, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC, SPEC = "crime-recording", "serious-organised-crime", "specialist-capabilities"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UR, PF = "using-resources", "planning-future"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pillar, pairs):
    return [jd(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None):
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

# mu01 -- HMIC PEEL: Police legitimacy 2016, Lincolnshire Police (PDF, two columns, footnotes)
F = "Lincolnshire Police"
GOLDS.append(gold(
    "mu01.pdf", "peel-report", [F, "Nottinghamshire Police", "British Transport Police"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H)],
    [jd(F, "2016", LEG, None, G), jd(F, "2016", LEG, FTP, G), jd(F, "2016", LEG, ELW, RI),
     jd(F, "2016", LEG, FTW, G), jd(F, "2015", LEG, None, G)],
    afis=[
        stmt(F, "2016", LEG, FTP, "The force should make sure that supervisors check a sample of the stop and search records of the officers they manage each month, so that it can be confident the grounds for each search are reasonable.", False),
        stmt(F, "2016", LEG, ELW, "The force should make sure that all its officers and staff have been vetted to the level the national guidelines require, and it should clear its backlog of vetting renewals.", False),
        stmt(F, "2016", LEG, ELW, "The force should make sure its counter-corruption unit has enough capacity to seek out and assess intelligence that officers or staff may be abusing their position for a sexual purpose.", False),
    ],
    people=[person("Rosalind Treharne", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Two-column body: each question's grade is a label box ('Summary of findings' + grade) under the "
        "question heading, which column-spans; the overall grade is the 'Overall judgement' box.",
        "'consistent with last year, when we judged the force to be good in respect of legitimacy' states "
        "the 2015 grade word, so the 2015 legitimacy judgement is a main fact (HMIC: the report is HMIC's).",
        "The contents page repeats the three questions with page numbers and no grade. Footnote 2 lists the "
        "four grades (a key), which gives nothing.",
        "Nottinghamshire Police is named in passing (good practice developed with it), and British Transport Police in footnote 3: no inspection.",
        "The workforce section says the staff survey feedback is 'not an area for improvement': nothing.",
    ]))

# mu02 -- Northumbria PCC annual report 2016/17 (PDF, three columns, pull quote, sidebar)
F = "Northumbria Police"
GOLDS.append(gold(
    "mu02.pdf", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFFI, H), insp(F, "2016", LEG, H)],
    [jd(F, "2016", EFFI, None, G), jd(F, "2016", LEG, None, G), jd(F, "2016", EFF, None, G),
     jd(F, "2016", EFF, PREV, G), jd(F, "2016", EFF, PVP, G), jd(F, "2016", EFF, INV, RI)],
    people=[
        person("Steve Ashman", "chief-constable", F, "Chief Constable"),
        person("Vera Baird", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
        person("Mike Cunningham", "inspector", H, "HM Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(F, "2015", EFFI, H)],
        "judgements": [jd(F, "2015", EFFI, None, G),
                       jd(F, "2016", LEG, FTP, G), jd(F, "2016", LEG, FTW, G)],
    },
    notes=[
        "Genre: a PCC annual report is closest to response-record (the PCC's account of holding the force "
        "to account); it is not an inspection report.",
        "The pull quote '\u201cGood\u201d \u2013 for efficiency, for the second year running' implies a 2015 "
        "efficiency grade of good, but it is a pull quote with no period named: 2015 is in also_acceptable.",
        "Legitimacy: 'judged good at treating the people it serves, and its own workforce, fairly and with "
        "respect' is the pillar grade; the two fairness questions are only loosely graded (also_acceptable).",
        "'PEEL 2016 at a glance' box repeats the three pillar grades; Leadership is 'Assessed, not graded'. "
        "Serious and organised crime has praise but no grade word.",
        "'six areas for improvement' is a count with no text: nothing. Durham and Cleveland are named as "
        "regional partners: no inspection. Tyne and Wear Fire and Rescue Service is a partner, not graded.",
        "People: Vera Baird is first named in the signature 'Dame Vera Baird QC / Police and Crime "
        "Commissioner for Northumbria'; name without honorifics.",
    ]))

# mu03 -- HMICFRS PEEL 2021/22, Devon and Cornwall Police (PDF, grade-column table, boxed CoC)
F = "Devon and Cornwall Police"
P = "2021/22"
MU03 = dict(
    forces=[F, "Dorset Police"], inspectorates=[HF],
    inspections=[insp(F, P, "PEEL", HF)],
    judgements=grades(F, P, "PEEL", [(PREV, G), (WORK, G), (PPT, A), (PVP, A), (MOS, A), (CDI, A),
                                     (INV, RI), (LFM, RI), (RESP, I)]),
    afis=[
        stmt(F, P, "PEEL", RESP, "The force should make sure that it attends incidents within the times it has set, and that it tells callers when attendance will be delayed.", False),
        stmt(F, P, "PEEL", INV, "The force should make sure that supervisors review investigations regularly, and that each investigation has a plan that is followed.", False),
        stmt(F, P, "PEEL", INV, "The force should reduce the backlog of digital devices waiting to be examined.", False),
        stmt(F, P, "PEEL", PVP, "The force should make sure that applications under the domestic violence disclosure scheme are dealt with within the timescales set out in the national guidance.", False),
        stmt(F, P, "PEEL", LFM, "The force should develop a better understanding of the demand it faces and of the skills of its workforce, so that it can plan to meet future demand.", False),
    ],
    recs=[
        stmt(F, P, "PEEL", RESP, "Within three months, the force should make sure that it answers emergency calls in line with the national standard and reduces the number of non-emergency calls that are abandoned.", False),
        stmt(F, P, "PEEL", RESP, "Within three months, the force should make sure that call handlers use a structured risk assessment for every call, and that they record the result of it on the incident log.", False),
    ],
    coc=[stmt(F, P, "PEEL", RESP, "The force doesn\u2019t answer emergency and non-emergency calls quickly enough, and it doesn\u2019t always identify vulnerable callers and the risks they face when they call.", False)],
    people=[person("Stephen Kirkpatrick-Vane", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
)
MU03_NOTES = [
    "The grades table has one column per grade (Outstanding ... Inadequate, coloured header cells) and "
    "each area sits in the column of its grade; the Outstanding column is empty. In the extracted text the "
    "header row comes first and the cells follow row by row, so the grade of each area is given only by "
    "its column position. Prose repeats five of the grades ('good at preventing crime and at developing a "
    "positive workplace', 'inadequate at responding', 'requires improvement at investigating crime', "
    "'adequate at protecting vulnerable people', 'requires improvement in its use of resources').",
    "Area keys: 'Treatment of the public' -> treatment-of-public; 'Developing a positive workplace' -> "
    "workforce; 'Good use of resources' -> leadership-management (its 'Good' is not a grade); 'Recording "
    "data about crime' -> crime-recording. Victim service is not graded. The key names all five grades.",
    "No force update anywhere (an inspectorate report): has_force_update false. 'good practice' is a "
    "distractor. Dorset Police is named in a footnote (strategic alliance): no inspection.",
    "Published 22 September 2022 and 'year to 31 March 2022' are dates, not the period.",
]
GOLDS.append(gold("mu03.pdf", "peel-report-2021", MU03["forces"], MU03["inspectorates"],
                  MU03["inspections"], MU03["judgements"], MU03["afis"], MU03["recs"], MU03["coc"],
                  MU03["people"], notes=MU03_NOTES))

# mu04 -- Gwent OPCC board paper: PEEL 2018/19 AFI tracker (PDF, landscape, long table, thead repeats)
F = "Gwent Police"
P = "2018/19"
GOLDS.append(gold(
    "mu04.pdf", "response-record", [F, "Dyfed-Powys Police"], [HF],
    [insp(F, P, "PEEL", HF)],
    grades(F, P, "PEEL", [(PREV, G), (INV, RI), (PVP, G), (SOC, G), (UR, G), (PF, G),
                          (FTP, G), (ELW, G), (FTW, G)]),
    afis=[
        stmt(F, P, "PEEL", INV, "The force should make sure that all investigations are allocated to officers with the right skills and experience, and that supervisors review them often enough to make sure lines of enquiry are followed.", True),
        stmt(F, P, "PEEL", INV, "The force should reduce the time it takes to examine digital devices, and should make sure that the backlog is managed according to risk.", True),
        stmt(F, P, "PEEL", PVP, "The force should improve how it records the voice of the child when officers attend incidents of domestic abuse.", False),
        stmt(F, P, "PEEL", UR, "The force should improve its understanding of demand that is hidden or not reported, including from modern slavery and child sexual exploitation, so that it can plan its response.", True),
        stmt(F, P, "PEEL", ELW, "The force should make sure it has enough resources in its counter-corruption unit to assess all the intelligence it receives and to monitor its computer systems proactively.", True),
        stmt(F, P, "PEEL", FTW, "The force should improve how it identifies and supports officers and staff who show the potential to progress, so that the workforce sees its selection processes as fair.", True),
    ],
    people=[
        person("Jeff Cuthbert", "commissioner", F, "Commissioner"),
        person("Pam Kelly", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, "2017", EFFI, HF), insp(F, "2017", LEG, HF)],
        "judgements": [jd(F, P, EFF, None, G), jd(F, P, EFFI, None, G), jd(F, P, LEG, None, G),
                       jd(F, "2017", EFFI, PF, G), jd(F, "2017", LEG, FTP, G)],
    },
    notes=[
        "2018/19 follows dev12: question grades have pillar PEEL and the 2015-17 question keys "
        "('Meeting current demands and using resources' -> using-resources). The pillar grades in 2.1 "
        "('good at keeping people safe and reducing crime', 'good at operating efficiently', 'good at "
        "treating the public and its workforce legitimately') are whole-pillar 2018/19 grades: also_acceptable.",
        "Two grades are marked '*' = 'grade carried forward from PEEL 2017'. They are in the 2018/19 table, "
        "so they are main 2018/19 facts; the 2017 grades they imply are in also_acceptable with their "
        "inspections (the document calls 2017 PEEL but names no inspectorate for it; HMICFRS assumed).",
        "Tracker table: the header row repeats on page 3. Row AFI 3's update is 'Update to follow at the "
        "December Board.' -> has_force_update false. The CDI R2 row is a crime data integrity "
        "recommendation, marked 'not PEEL': left out.",
        "'Heddlu Gwent' and a Welsh running header. Dyfed-Powys Police is named in passing (joint software).",
        "People: 'The Commissioner, Jeff Cuthbert' gives title 'Commissioner'. The 'ACC Crime' lead is an "
        "unnamed office-holder.",
    ]))

# mu05 -- Cumbria Police and Crime Panel paper, PEEL 2017 (PDF, numbered paragraphs, footnotes, endnotes)
F = "Cumbria Constabulary"
L = "Lancashire Constabulary"
GOLDS.append(gold(
    "mu05.pdf", "response-record", [F, L], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2017", EFFI, HF), insp(F, "2017", LEG, HF),
     insp(F, "2016", EFF, H), insp(L, "2017", LEG, HF)],
    [jd(F, "2017", EFF, None, G), jd(F, "2017", EFF, PREV, G), jd(F, "2017", EFF, INV, G),
     jd(F, "2017", EFF, PVP, G), jd(F, "2017", EFF, SOC, G),
     jd(F, "2017", EFFI, None, G), jd(F, "2017", EFFI, UR, G), jd(F, "2017", EFFI, PF, G),
     jd(F, "2017", LEG, None, G), jd(F, "2017", LEG, FTP, G), jd(F, "2017", LEG, ELW, G),
     jd(F, "2017", LEG, FTW, RI),
     jd(F, "2016", EFF, None, RI), jd(L, "2017", LEG, None, G)],
    afis=[
        stmt(F, "2017", LEG, FTP, "The constabulary should make sure that it records the reasons for every use of force, and that it analyses the data to understand whether force is being used fairly.", True),
        stmt(F, "2017", LEG, ELW, "The constabulary should ensure that its vetting of officers and staff meets the requirements of the national vetting guidelines.", True),
        stmt(F, "2017", LEG, FTW, "The constabulary should improve how it identifies and develops talented officers and staff, and should explain its selection processes clearly to the workforce.", True),
        stmt(F, "2017", LEG, FTW, "The constabulary should make sure that all supervisors hold regular wellbeing conversations with the officers and staff they manage.", False),
    ],
    people=[
        person("Peter McCall", "commissioner", F, "Commissioner"),
        person("Michelle Skeer", "chief-constable", F, "Chief Constable"),
        person("Darren Hallam", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Pillar grades are inside the first column of the grades table ('Effectiveness (Good)') and are "
        "repeated in 4.1 ('good in all three pillars'). Specialist capabilities is 'Ungraded'.",
        "'Meeting current demands and using resources' -> using-resources.",
        "4.2 'In 2016 HMIC judged the Constabulary to require improvement in keeping people safe and "
        "reducing crime' gives the 2016 effectiveness grade (HMIC named for it). The 2017 inspections are "
        "HMICFRS's (3.2 and footnote 1).",
        "5.2 gives Lancashire Constabulary's 2017 legitimacy grade ('judged good') in passing.",
        "Appendix A: A1-A3 each have a 'Constabulary response:'; A4 has none (false). 'seven areas for "
        "improvement' is a count; the other three are not quoted.",
        "Footnotes (1, 2) and endnotes (i, ii) carry dates; 'Ungraded' and the four-point scale give nothing.",
        "People: 'The Commissioner, Peter McCall' -> title 'Commissioner'. The ACC and the Chief Executive are "
        "not person facts.",
    ]))

# mu06 -- South West regional briefing pack, PEEL 2016 (PDF, landscape slides, long table, key)
forces6 = [f for f, _ in mu06_data.FORCES]
ins6, j6 = [], []
for f in forces6:
    for pillar in (EFF, EFFI, LEG):
        ins6.append(insp(f, "2016", pillar, H))
for f in forces6:
    for pillar in (EFF, EFFI, LEG):
        ins6.append(insp(f, "2015", pillar, H))
for f in forces6:
    for pillar in (EFF, EFFI, LEG):
        j6.append(jd(f, "2016", pillar, None, mu06_data.PILLARS[f][pillar][0]))
    for (key, _), g in zip(mu06_data.EFF_Q, mu06_data.QGRADES[f]):
        if g:
            j6.append(jd(f, "2016", EFF, key, g))
for f in forces6:
    for pillar in (EFF, EFFI, LEG):
        j6.append(jd(f, "2015", pillar, None, mu06_data.PILLARS[f][pillar][1]))
GOLDS.append(gold(
    "mu06.pdf", "national-release", forces6, [H], ins6, j6,
    notes=[
        "Genre: a regional briefing pack covering five forces is closest to national-release.",
        "Slide 1 table: each force has '2016' and '2015' columns per pillar; the '2015' cells are pale and "
        "have only the grade, under a header '2015'. Leadership 2016 is 'Not graded'.",
        "Slide 2-3: one row per force and effectiveness question; the table runs over two pages with its "
        "header row repeated. Specialist capabilities is 'Ungraded' for every force.",
        "All grades are HMIC's ('All grades are HMIC\u2019s'), so 2015 and 2016 inspections are HMIC.",
        "The key names all four grades; 'Outstanding' also appears as Wiltshire's legitimacy grade and "
        "preventing-crime grade. 'No force ... was judged inadequate' and 'Three of the five forces improved' "
        "give nothing. 'Devon & Cornwall Police' is the printed form.",
    ]))

# mu07 -- Leicestershire Police staff magazine, PEEL 2023-25 (PDF, two columns, sidebar, pull quote)
F = "Leicestershire Police"
GOLDS.append(gold(
    "mu07.pdf", "press-release", [F, "Nottinghamshire Police"], [HF],
    [insp(F, "2023-25", "PEEL", HF), insp(F, "2021/22", "PEEL", None)],
    grades(F, "2023-25", "PEEL", [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, A), (MOS, G),
                                 (WORK, G), (LFM, G)]) + [jd(F, "2021/22", "PEEL", PREV, G)],
    afis=[
        stmt(F, "2023-25", "PEEL", RESP, "The force should answer non-emergency calls more quickly, so that fewer callers give up before they get through.", True),
        stmt(F, "2023-25", "PEEL", PVP, "The force should make sure that officers complete and record a risk assessment every time they attend a report of a missing child.", False),
    ],
    people=[
        person("Rob Nixon", "chief-constable", F, "Chief Constable"),
        person("Rupert Matthews", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Genre: a force staff-magazine article is closest to press-release.",
        "The sidebar (floated right, beside a two-column article) holds all eight 2023-25 grades; the article "
        "and pull quote repeat preventing crime (outstanding) and the two adequate grades.",
        "'in 2021/22, when inspectors judged our prevention work good' gives a 2021/22 preventing-crime "
        "judgement; no inspectorate is named for it (null).",
        "AFI question keys come from their content (the box has no area headings): non-emergency calls -> "
        "responding-to-public; missing child -> protecting-vulnerable. The first has 'What we\u2019re "
        "doing:'; the second has none. 'five areas for improvement' is a count.",
        "ACC Shaf Rahman is not a person fact. Nottinghamshire Police is named in passing (good practice).",
    ]))

# mu08 -- Bedfordshire PCC response to PEEL effectiveness 2015 (DOCX, tables with repeated header rows)
F = "Bedfordshire Police"
GOLDS.append(gold(
    "mu08.docx", "response-record", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2015", EFF, H)],
    grades(F, "2015", EFF, [(None, RI), (PREV, G), (INV, RI), (PVP, I), (SOC, G)]),
    afis=[
        stmt(F, "2015", EFF, PREV, "The force should improve its analysis of crime and anti-social behaviour so that it understands the threats facing its communities, including those that are hidden.", True),
        stmt(F, "2015", EFF, INV, "The force should make sure that investigations are allocated to officers with the right skills, and that they are supervised effectively.", True),
        stmt(F, "2015", EFF, INV, "The force should ensure that it manages registered sex offenders in line with national guidance, and that it has enough trained staff to do so.", True),
        stmt(F, "2015", EFF, SOC, "The force should improve how it gathers and uses intelligence about organised crime groups from its neighbourhood teams.", False),
    ],
    recs=[
        stmt(F, "2015", EFF, PVP, "To address this cause of concern, HMIC recommended that the force should immediately: make sure that call handlers identify vulnerability and repeat victims at the first point of contact; review how it grades and attends incidents of domestic abuse, so that victims at high risk are visited without delay; and make sure that supervisors check the risk assessments officers complete at domestic abuse incidents.", True),
    ],
    coc=[
        stmt(F, "2015", EFF, PVP, "Bedfordshire Police does not respond consistently to vulnerable people when they first contact the force, and some victims of domestic abuse are not visited as quickly as their risk requires.", True),
    ],
    people=[
        person("Jon Boutcher", "chief-constable", F, "Chief Constable"),
        person("Zo\u00eb Billingham", "inspector", H, "HM Inspector of Constabulary"),
        person("Olly Martins", "commissioner", F, "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "Table 1 (header row marked to repeat) gives the overall effectiveness grade in its first row and "
        "the four question grades; the grade cells are shaded.",
        "The cause of concern is in Word's Intense Quote style; the recommendation is a lead-in with three "
        "List Bullet paragraphs, one statement. 'Force update:' follows both, so both are true.",
        "Table 2 AFIs have no section: keys from content. AFI 3 (registered sex offenders) -> "
        "investigating-crime, the 2015 question on investigating crime and managing offenders. AFI 4's update "
        "is 'Awaiting update from the force.' -> false.",
        "'the same overall judgment as in its vulnerability report of December 2015' gives no extra fact.",
        "Hertfordshire and Cambridgeshire are collaboration partners: no inspection. The Word header "
        "('OFFICIAL ...') and footer are not body text.",
    ]))

# mu09 -- Hertfordshire Joint Audit Committee briefing, PEEL 2023-25 (DOCX, merged title row, history table)
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "mu09.docx", "response-record", [F], [HF],
    [insp(F, "2023-25", "PEEL", HF), insp(F, "2021/22", "PEEL", HF),
     insp(F, "2014", EFFI, None), insp(F, "2015", EFF, None), insp(F, "2015", EFFI, None),
     insp(F, "2015", LEG, None), insp(F, "2016", EFF, None), insp(F, "2016", EFFI, None),
     insp(F, "2016", LEG, None), insp(F, "2017", EFF, None), insp(F, "2017", EFFI, None),
     insp(F, "2017", LEG, None)],
    grades(F, "2023-25", "PEEL", [(PPT, G), (PREV, G), (RESP, A), (INV, G), (PVP, G), (MOS, A),
                                 (WORK, G), (LFM, G)])
    + grades(F, "2021/22", "PEEL", [(PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, A), (MOS, A),
                                   (WORK, G)])
    + [jd(F, "2014", EFFI, None, G)]
    + [jd(F, y, p, None, G) for y in ("2015", "2016", "2017") for p in (EFF, EFFI, LEG)],
    afis=[
        stmt(F, "2023-25", "PEEL", RESP, "The constabulary should make sure that it assesses risk consistently when it receives calls, using a structured process, and that it records its decisions.", True),
        stmt(F, "2023-25", "PEEL", RESP, "The constabulary should reduce the time it takes to attend incidents graded as a priority response.", True),
        stmt(F, "2023-25", "PEEL", MOS, "The constabulary should make sure that it manages the risk posed by registered sex offenders in line with national guidance, including completing home visits on time.", False),
        stmt(F, "2023-25", "PEEL", MOS, "The constabulary should improve how quickly it deals with the backlog of suspects who are wanted or circulated on the Police National Computer.", True),
    ],
    people=[
        person("Charlie Hall", "chief-constable", F, "Chief Constable"),
        person("Jonathan Ash-Edwards", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "inspections": [insp(F, "2018/19", "PEEL", None)],
        "judgements": [jd(F, "2018/19", EFF, None, G), jd(F, "2018/19", EFFI, None, G),
                       jd(F, "2018/19", LEG, None, G)],
    },
    notes=[
        "Table 1 has a title row merged across three columns and repeats its two header rows. The 'Previous "
        "grade (PEEL 2021/22)' column gives seven 2021/22 judgements; leadership's is '\u2013' and the note "
        "says the nearest 2021/22 area was 'good use of resources' (no grade). Victim service 'Not graded'.",
        "The 2021/22 inspection is HMICFRS (the heading names HMICFRS's PEEL). Table 2 (pillar history) names "
        "no inspectorate, so the 2014-2017 inspections have inspectorate null. 2014 'Not graded overall' "
        "cells give nothing; 2014 efficiency is 'Good'.",
        "2018/19 row: whole-pillar grades of an integrated PEEL year -> also_acceptable with the PEEL 2018/19 "
        "inspection (common brief; dev12).",
        "'graded good in six of the eight areas ... adequate in the other two' is a summary count. 'no causes "
        "of concern and no recommendations' gives nothing. AFI 3's progress is 'No update yet' -> false.",
        "Word header (committee and item) is not body text.",
    ]))

# mu10 -- the text of mu03.pdf as pasted into a .txt file
GOLDS.append(gold("mu10.txt", "peel-report-2021", MU03["forces"], MU03["inspectorates"],
                  MU03["inspections"], MU03["judgements"], MU03["afis"], MU03["recs"], MU03["coc"],
                  MU03["people"],
                  notes=["mu10.txt is mu03.pdf's text as a PDF viewer's copy gives it: running headers and "
                         "'Page n' lines between paragraphs, hard line breaks, footnote numbers glued to "
                         "words ('report.1', 'seconds.2'), and the grade-column table flattened to a header "
                         "line of grade names followed by wrapped area names. The facts are mu03's."]
                  + MU03_NOTES))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
