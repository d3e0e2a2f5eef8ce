"""Write gold/s01.json ... gold/s10.json for corpus27 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HMI_CURLY = "His Majesty\u2019s Inspector of Constabulary"
HMI_STRAIGHT = "His Majesty's Inspector of Constabulary"


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

# s01 -- HMICFRS report page (saved HTML), Northumbria Police, PEEL 2023-25 -------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "s01.html", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, A)]),
    afis=[
        stmt(F, P2325, PPT, "The force should make sure that officers record the reason for every use of "
             "force, and that supervisors check these records."),
        stmt(F, P2325, RESP, "The force should reduce the number of non-emergency calls that are abandoned "
             "before they are answered."),
        stmt(F, P2325, RESP, "The force should make sure that call handlers take account of a caller\u2019s "
             "previous contact with the force when they assess risk."),
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated to people with the "
             "skills and time to carry them out, and that supervisors review them at regular intervals."),
        stmt(F, P2325, INV, "The force should make sure it keeps victims informed about the progress of their "
             "investigation, as the Victims\u2019 Code requires."),
        stmt(F, P2325, INV, "The force should record the reasons when a victim withdraws support for a "
             "prosecution, and consider whether to continue without the victim\u2019s support."),
        stmt(F, P2325, PVP, "The force should make sure that referrals about children at risk are sent to "
             "partner agencies without delay."),
        stmt(F, P2325, WORK, "The force should make sure its new supervisors receive leadership training "
             "before, or soon after, they take up their role."),
        stmt(F, P2325, LFM, "The force should improve its understanding of the demand on its investigation "
             "teams, so that it can put the right number of investigators in the right places."),
    ],
    people=[
        person("Elspeth Garrow-Lind", "inspector", HF, HMI_CURLY),
        person("Victor Amadi-Lowe", "chief-constable", F, "Chief Constable"),
        person("Joanne Treharne", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades come twice: as coloured labels in the 'Our judgements' table and as a bold word in each "
        "section's grade sentence (with varied wording: 'is good at', 'We graded the force as good', "
        "'requires improvement', 'We judged the force to be good'). 'Preventing crime' and 'Managing "
        "offenders' are the short area names used by the table. Victims 'Not graded' gives nothing.",
        "AFIs sit in boxes inside each <details> section; their question is the section. Some boxes are "
        "numbered ('Area for improvement 2'), some not. Preventing crime and managing offenders have none.",
        "Distractors: the grade key in the footer lists all five grades; the related-content link grades "
        "Northumbria Fire and Rescue Service 'good' (not a police inspection); 'good practice', 'good working "
        "relationships', 'an adequate number'; the cookie date and 2021/22 link.",
        "People: the HMI signs the summary (curly apostrophe from &rsquo;). The Key facts box gives "
        "'Chief Constable: Victor Amadi-Lowe' and 'Police and Crime Commissioner: Joanne Treharne' as "
        "label/value pairs; the prose repeats 'Chief Constable Victor Amadi-Lowe'.",
    ]))

# s02 -- PEEL 2021/22 full report PDF, Hertfordshire Constabulary ----------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "s02.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, RI), (MOS, G), (WORK, G),
                      (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, PPT, "The force should improve how it gathers and uses feedback from communities that "
             "have less trust in the police."),
        stmt(F, P2122, RESP, "The force should make sure it meets its own target times for attending "
             "incidents graded as priority."),
        stmt(F, P2122, INV, "The force should make sure that when a case is closed, the outcome it records is "
             "the right one and the victim\u2019s wishes are recorded."),
        stmt(F, P2122, INV, "The force should improve how it supervises investigations held by its local "
             "crime units, so that each has a clear plan."),
        stmt(F, P2122, PVP, "The force should improve its use of domestic violence protection notices and "
             "orders."),
        stmt(F, P2122, LFM, "The force should improve its understanding of the skills of its workforce, so "
             "that it can plan for the future."),
    ],
    recs=[
        stmt(F, P2122, PVP, "Within six months, the force should make sure that officers complete a risk "
             "assessment at every domestic abuse incident they attend, and that supervisors check the "
             "quality of those assessments."),
        stmt(F, P2122, PVP, "Within six months, the force should make sure that its call handlers are "
             "trained to identify vulnerability and repeat victims when a call is first received."),
    ],
    coc=[
        stmt(F, P2122, PVP, "Hertfordshire Constabulary does not always identify vulnerable people when they "
             "first contact it, and its officers do not consistently assess the risks to them, so some people "
             "at risk do not get the protection they need."),
    ],
    people=[
        person("Tobias Wrenfield", "inspector", HF, HMI_CURLY),
        person("Marion Astley-Bourne", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The 'Inspection findings' table has one column per grade (Outstanding | Good | Adequate | Requires "
        "improvement | Inadequate) and the area names stacked in the cells under them, each wrapping over two "
        "lines in the PDF. It uses the short 2021/22 names: 'Treatment of the public' -> treatment-of-public, "
        "'Developing a positive workplace' -> workforce, 'Good use of resources' -> leadership-management, "
        "'Recording data about crime' -> crime-recording. The Inadequate column is empty. Each chapter "
        "repeats its grade in a bar under the long area name.",
        "Disrupting serious organised crime is reported separately (no grade); victims are not graded. The "
        "2018/19 sentence names no grade.",
        "The cause of concern and its two recommendations are in the red box in the protecting vulnerable "
        "people chapter; an ordinary AFI follows the box in the same chapter. The 'Innovative practice' box "
        "contains 'The force should consider sharing this approach with other forces.' -- not an AFI.",
        "The running header 'PEEL 2021/22 \u2013 Hertfordshire Constabulary' and page numbers are on every "
        "page but the cover. The contents page uses dotted leaders.",
    ]))

# s03 -- accessible Word version of a PEEL 2023-25 report, Merseyside Police ------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "s03.docx", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, O), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, A),
                      (LFM, G), (CDI, G)])
    + grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G),
                        (LFM, A), (CDI, A)]),
    afis=[
        stmt(F, P2325, PPT, "The force should make sure that its officers use body-worn video when they carry "
             "out a stop and search, as its own policy requires."),
        stmt(F, P2325, RESP, "The force should improve the way it tells callers how long they may have to wait "
             "for an officer to attend."),
        stmt(F, P2325, INV, "The force should make sure that suspects who are released on bail or under "
             "investigation are managed in a timely way."),
        stmt(F, P2325, INV, "The force should improve how it uses digital evidence, and reduce the delay in "
             "examining devices."),
        stmt(F, P2325, PVP, "The force should make sure that officers who attend incidents involving children "
             "record what the child has said and how the child appeared."),
        stmt(F, P2325, WORK, "The force should make sure that it completes vetting renewals on time."),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within three months, the force should make sure that it has enough call handlers "
             "on duty at the times of highest demand to answer emergency calls within the national standard."),
        stmt(F, P2325, RESP, "Within six months, the force should make sure that call handlers check its "
             "systems for previous contact from every caller, so that repeat and vulnerable callers are "
             "identified."),
    ],
    coc=[
        stmt(F, P2325, RESP, "Merseyside Police is not answering calls from the public quickly enough. In "
             "particular: too many emergency calls are not answered within ten seconds; callers to the "
             "non-emergency number wait too long, and many abandon their call; and the force does not always "
             "identify repeat and vulnerable callers."),
    ],
    people=[
        person("Harriet Okonkwo-Baines", "inspector", HF, HMI_STRAIGHT),
        person("Rhodri Fennimore", "chief-constable", F, "Chief Constable"),
        person("Alisha Prentice", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The grades table has merged header cells: 'Area of policing' is merged down over the two header "
        "rows and 'Grade' across the two grade columns, whose second header row says 'PEEL 2023\u201325' and "
        "'PEEL 2021/22'. The 2021/22 column gives nine 2021/22 judgements (HMICFRS: 'our 2021/22 PEEL "
        "inspection'); the caption explains the old area names. Crime data integrity -> crime-recording. "
        "Victims 'Not graded' in both columns gives nothing.",
        "The cause of concern is one statement: a lead-in ending 'In particular:' and three lettered items "
        "'a)', 'b)', 'c)' (literal text in 'List Paragraph' paragraphs), joined with single spaces. The two "
        "recommendations under 'Recommendations' are plain paragraphs and separate statements. The "
        "responding section's own AFI comes after them.",
        "Each area's AFIs are 'List Bullet' paragraphs under a Heading 2 'Areas for improvement'; sections "
        "with none say so. 'good practice' is a distractor. The Word header ('OFFICIAL') and footer are not "
        "body text.",
        "People: the HMI's title has the straight apostrophe typed in Word. Deputy Chief Constable Alisha "
        "Prentice is a person fact (qualifier deputy); Assistant Chief Constable Dermot Quayle is not.",
    ]))

# s04 -- cause of concern revisit page, Cambridgeshire (cp1252 + CRLF text) -------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "s04.txt", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(RESP, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that callers who are waiting for an officer to attend "
             "are given updates, and that their risk is reassessed if the wait is longer than expected."),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within three months, the force should make sure that it has enough trained call "
             "handlers to answer emergency calls in line with the national standard."),
        stmt(F, P2325, RESP, "Within six months, the force should make sure that every call handler uses a "
             "structured risk assessment for each call, and that supervisors audit a sample of these "
             "assessments each month."),
    ],
    coc=[
        stmt(F, P2325, RESP, "Cambridgeshire Constabulary is not answering emergency and non-emergency calls "
             "quickly enough, and its call handlers do not always assess the risk to the caller, which means "
             "vulnerable people may not get the response they need."),
    ],
    people=[
        person("Naveen Castellano-Pryce", "inspector", HF, HMI_CURLY),
        person("Gwen Alderney", "chief-constable", F, "Chief Constable"),
        person("Darryl Mossford", "commissioner", F,
               "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
    ],
    encoding="cp1252",
    notes=[
        "A revisit page copied into a Windows text editor: windows-1252 (curly apostrophes, en dashes) with "
        "CRLF line endings. The site chrome (menu, breadcrumbs, share links, related publications, feedback "
        "prompt) is kept as text.",
        "The only grade is the one the page recalls from the PEEL 2023\u201325 report ('We graded the force as "
        "requires improvement at responding to the public'). The revisit re-grades nothing. The fire and "
        "rescue service's 'good' is a distractor.",
        "The cause of concern, the two recommendations ('Recommendation 1: Within three months ...', the label "
        "on the same line) and the related AFI are quoted as indented blocks; their question is responding "
        "to the public. has_force_update is false for all four: the page gives the inspectorate's own "
        "findings on return ('met', 'too early to tell'), not the force's update. Unsure: a grader could read "
        "the findings as reporting the force's progress.",
        "People: 'the Chief Constable, Gwen Alderney' (title-first, office only) and 'Darryl Mossford, Police "
        "and Crime Commissioner for Cambridgeshire and Peterborough' (name-first, title in full).",
    ]))

# s05 -- 2021/22 Summary chapter on two columns (PDF), Dyfed-Powys Police ---------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "s05.pdf", "peel-report-2021", [F], [],
    [insp(F, P2122)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, O), (WORK, G), (LFM, G),
                      (CDI, RI)]),
    people=[
        person("Gwenllian Stacey-Morgan", "inspector", HF, HMI_CURLY),
        person("Owain Pritchard-Hale", "chief-constable", F, "Chief Constable"),
        person("Elin Rhydderch", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A one-page extract ('Summary' chapter) printed on two columns. The grades panel sits at the top of "
        "the left column; most area names wrap over two or three lines and 'Requires improvement' wraps "
        "too, so in the extracted text a grade can sit on the line after its area or be split. 'Strategic "
        "planning, organisational management and value for money' -> leadership-management; 'Recording data "
        "about crime' -> crime-recording; 'Engaging with and treating the public with fairness and respect' "
        "-> treatment-of-public.",
        "'Disrupting serious organised crime: Not graded*' (footnote: regional report) and victims 'Not "
        "graded' give nothing. The sentence listing the five-point scale, 'good advice', 'five areas for "
        "improvement ... but no causes of concern' (none quoted) and the 2018/19 pillar sentence (no grade "
        "words) give nothing.",
        "No inspectorate is named anywhere on the page (the running header names only PEEL; 'His Majesty\u2019s "
        "Inspector of Constabulary' is a personal title), so inspectorates is empty and the inspection's "
        "inspectorate is null. 'Heddlu Dyfed-Powys' is the force's Welsh name.",
        "People: 'Chief Constable Owain Pritchard-Hale' and 'the Police and Crime Commissioner, Elin "
        "Rhydderch' wrap across column lines; the HMI signs at the foot of the right column.",
    ]))

# s06 -- PEEL police efficiency 2017 (DOCX), Leicestershire Police -----------------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "s06.docx", "peel-report", [F, "Northamptonshire Police", "Nottinghamshire Police"], [HF, H],
    [insp(F, "2017", EFC, HF), insp(F, "2016", EFC, H)],
    grades(F, "2017", [(None, G), ("understanding-demand", G), ("using-resources", G),
                       ("planning-future", RI)], pillar=EFC)
    + grades(F, "2016", [(None, G)], pillar=EFC),
    afis=[
        stmt(F, "2017", "using-resources", "The force should ensure that it has a better understanding of the "
             "skills and capabilities of its workforce, so that it can identify gaps and plan how to fill "
             "them.", pillar=EFC),
        stmt(F, "2017", "using-resources", "The force should improve how it evaluates the benefits of its "
             "collaboration with neighbouring forces.", pillar=EFC),
        stmt(F, "2017", "planning-future", "The force should develop its plans for the future so that they are "
             "based on a full assessment of future demand, including demand that is currently hidden.",
             pillar=EFC),
        stmt(F, "2017", "planning-future", "The force should make sure that its financial plans: are clear "
             "about how savings will be made after 2019/20; take account of the likely costs of new "
             "technology; and are linked to its workforce plans.", pillar=EFC),
    ],
    people=[
        person("Matthew Corrigan-Hayes", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Overall judgement 'Good' (a bold label paragraph), then each question's grade three times: in the "
        "overview bullets ('Use of resources: Good'), and in each question's 'Summary' sentence. "
        "'Last year, HMIC judged the force to be good.' gives a 2016 Efficiency judgement (inspectorate "
        "HMIC, named in that sentence); the report itself is HMICFRS's (named in the introduction and the "
        "copyright line).",
        "The understanding-demand question has no AFIs ('We have not identified any areas for "
        "improvement'). The last AFI is a lead-in ending with a colon followed by three 'List Bullet 2' "
        "sub-bullets, joined into one statement.",
        "Distractors: the four-point scale sentence; 'good practice'; the 'Force in numbers' table (2017/18, "
        "2010 to 2021); 'Northamptonshire and Nottinghamshire' are collaboration partners named in passing "
        "with no grade. The Word header ('PEEL: police efficiency 2017 \u2013 Leicestershire Police') is not "
        "body text.",
    ]))

# s07 -- 2018/19 integrated PEEL report, text-extraction copy, North Wales Police --------------
F = "North Wales Police"
Q1819 = [(PREV, G), (INV, RI), (PVP, G), (SOC, G), ("using-resources", G), ("planning-future", G),
         ("fair-treatment-public", G), ("ethical-lawful-workforce", G), ("fair-treatment-workforce", RI)]
PILLAR_OF = {PREV: EFF, INV: EFF, PVP: EFF, SOC: EFF, "using-resources": EFC, "planning-future": EFC,
             "fair-treatment-public": LEG, "ethical-lawful-workforce": LEG, "fair-treatment-workforce": LEG}
GOLDS.append(gold(
    "s07.txt", "peel-report", [F, "Dyfed-Powys Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, P1819, EFF, HF), insp(F, P1819, EFC, HF),
     insp(F, P1819, LEG, HF), insp(F, "2017", EFF, HF)],
    grades(F, P1819, [(None, G)], pillar=EFF) + grades(F, P1819, [(None, G)], pillar=EFC)
    + grades(F, P1819, [(None, G)], pillar=LEG)
    + grades(F, P1819, Q1819)
    + grades(F, "2017", [(None, G), (SOC, G)], pillar=EFF),
    afis=[
        stmt(F, P1819, INV, "The force should make sure that investigations are allocated to officers with the "
             "right skills and experience."),
        stmt(F, P1819, INV, "The force should improve how it supervises investigations, making sure that each "
             "investigation has a plan and that the plan is reviewed."),
        stmt(F, P1819, INV, "The force should make sure that it keeps victims informed of the progress of their "
             "case, as the Code of Practice for Victims of Crime requires."),
        stmt(F, P1819, "planning-future", "The force should develop a better understanding of the skills its "
             "workforce will need in the future, including the skills to investigate crime committed "
             "online."),
        stmt(F, P1819, "fair-treatment-workforce", "The force should make sure that its promotion and "
             "selection processes are fair and open, and that the workforce understands them."),
        stmt(F, P1819, "fair-treatment-workforce", "The force should monitor the outcomes of its selection "
             "processes for people with protected characteristics, and act on what it finds."),
    ],
    people=[
        person("Adam Fairweather-Lowe", "inspector", HF, "HM Inspector of Constabulary"),
        person("Carwyn Ellis-Rowntree", "chief-constable", F, "chief constable"),
    ],
    also={"judgements": [{"force": F, "period": P1819, "pillar": PILLAR_OF[q], "question": q, "grade": g}
                         for q, g in Q1819]},
    notes=[
        "Interpretation for 2018/19. The inspection is integrated (pillar PEEL). The three pillar grades "
        "('Effectiveness / Good', ...) are stated outright, but the schema has no PEEL question key for a "
        "whole pillar, so they are judgements with pillar Effectiveness / Efficiency / Legitimacy and "
        "question null (the shape seed 001 uses), each with its own 2018/19 inspection entry. Question "
        "grades and AFIs use pillar PEEL with the 2015-17 keys (as the 2018/19 response records do); the "
        "same question grades under their own pillar are in also_acceptable.",
        "The 'Summary of grades' table is flattened one cell per line, with names wrapped over two or three "
        "lines and 'Requires / improvement' split. 'Meeting current demands and using resources' -> "
        "using-resources. Armed policing is 'Ungraded'. The empty 'Last inspected' column survives as bare "
        "lines.",
        "2017: 'In our 2017 effectiveness inspection we also graded the force as good' gives a 2017 "
        "Effectiveness judgement; under serious and organised crime, 'The grade is the one we gave in our 2017 "
        "effectiveness inspection, carried forward' gives a 2017 SOC grade of good as well as the 2018/19 one "
        "printed above it. Inspectorate HMICFRS ('we', the document's named inspectorate; 2017 fits).",
        "KNOWN check_gold LIMITATION: the second investigating-crime AFI is broken by a page break: page "
        "number '4' and the running header sit between 'supervises' and 'investigations'. The gold text is "
        "the statement as the report wrote it, without the header, so check_gold reports it as not found.",
        "Other extraction damage: hyphenated line breaks ('under-/standing') in prose, page numbers and "
        "running headers between paragraphs. 'Heddlu Dyfed-Powys' is a partner named in passing (no grade).",
        "People: 'the chief constable, Carwyn Ellis-Rowntree' (lower-case title, as written).",
    ]))

# s08 -- State of Policing-style national page (HTML) ----------------------------------------
M, C, N, HE, S = ("Merseyside Police", "Cambridgeshire Constabulary", "Northumbria Police",
                  "Hertfordshire Constabulary", "Suffolk Constabulary")
GOLDS.append(gold(
    "s08.html", "national-release",
    [M, C, N, "Wiltshire Police", "Essex Police", HE, S, "Norfolk Constabulary"], [HF],
    [insp(M, P2325, inspectorate=HF), insp(C, P2325, inspectorate=HF), insp(N, P2325, inspectorate=HF),
     insp(HE, P2122, inspectorate=HF), insp(S, P2325, inspectorate=HF)],
    grades(M, P2325, [(PREV, O), (RESP, RI)]) + grades(C, P2325, [(RESP, RI)])
    + grades(N, P2325, [(RESP, A), (INV, RI)]) + grades(HE, P2122, [(PREV, O)])
    + grades(S, P2325, [(WORK, G)]),
    people=[
        person("Anselm Coatesworth", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary"),
        person("Rhodri Fennimore", "chief-constable", M, "Chief Constable"),
    ],
    notes=[
        "The page covers inspections 'between April 2024 and September 2025' and its PEEL 2023\u201325 "
        "reports, so grades named without a year are 2023-25; Hertfordshire's is stated for 2021/22.",
        "Grades in passing: Merseyside 'outstanding for preventing crime, yet it requires improvement at "
        "responding to the public'; Cambridgeshire 'requires improvement for responding to the public'; "
        "Northumbria 'we judged it adequate in this area' (responding, from the sentence before) and 'requires "
        "improvement at investigating crime'; Hertfordshire 'In 2021/22 ... outstanding at preventing crime'; "
        "Suffolk 'good at building, supporting and protecting its workforce in PEEL 2023\u201325'.",
        "Named with no grade: Wiltshire and Essex ('good practice', 'work to reduce repeat calls') and Norfolk "
        "(vetting partner). Counts ('11 require improvement', 'one was graded inadequate', the numbers box) "
        "name no force. Merseyside's and Cambridgeshire's causes of concern are mentioned but not quoted: no "
        "statements.",
        "The three 'Recommendation n' boxes are national recommendations to all chief constables, the College "
        "of Policing and the NPCC, and the page says they are not to any named force: no facts. The footer's "
        "grade scale and the 'State of Fire and Rescue' link give nothing.",
        "People: HM Chief Inspector signs ('Sir' dropped, curly apostrophe). Merseyside's 'Its Chief "
        "Constable, Rhodri Fennimore' is a person fact (same person as in s03).",
    ]))

# s09 -- force-level vetting inspection (PDF), Suffolk Constabulary ---------------------------
F = "Suffolk Constabulary"
NOR = "Norfolk Constabulary"
VET_RECS = [
    "By 31 December 2025, the chief constable should make sure that the force\u2019s counter-corruption unit "
    "routinely checks force systems for officers and staff who repeatedly look up records without a "
    "policing purpose.",
    "By 31 December 2025, the chief constable should make sure that all allegations of abuse of position for "
    "a sexual purpose are referred to the Independent Office for Police Conduct when the referral criteria "
    "are met.",
    "By 31 March 2026, the chief constables of Suffolk Constabulary and Norfolk Constabulary should review "
    "the capacity of their joint professional standards department, so that misconduct investigations are "
    "completed within the force\u2019s target of 12 months.",
]
VET_AFIS = [
    "The force should make sure that the reasons for every vetting decision that departs from the vetting "
    "unit\u2019s recommendation are recorded.",
    "The force should improve the information it gives its workforce about how to report concerns about "
    "colleagues confidentially.",
]
GOLDS.append(gold(
    "s09.pdf", "peel-report", [F, NOR], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(WORK, G)]),
    people=[
        person("Kerensa Vyvyan-Hoyle", "inspector", HF, HMI_CURLY),
        person("Lorna Whitcombe", "chief-constable", F, "Chief Constable"),
        person("Ravi Dunmore", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"recommendations": [stmt(F, P2325, WORK, t) for t in VET_RECS],
          "areas_for_improvement": [stmt(F, P2325, WORK, t) for t in VET_AFIS]},
    notes=[
        "Interpretation. This is a force-level vetting and counter-corruption inspection that follows up the "
        "2022 national thematic; the foreword says 'This was not a PEEL inspection, and we have not graded the "
        "force.' Its three recommendations and two AFIs have no PEEL period, so (as corpus13 did for a "
        "national thematic recommendation) they are not main facts. Because a graph could fairly file them "
        "under the force's current PEEL cycle, they are in also_acceptable as 2023-25 workforce statements. "
        "Recommendation 3 is addressed to the chief constables of both Suffolk and Norfolk; it is listed for "
        "Suffolk, whose report this is.",
        "The only judgement is the one given 'for context': 'in our PEEL 2023\u201325 inspection ... we "
        "graded Suffolk Constabulary as good at building, supporting and protecting its workforce'.",
        "The 2022 national recommendation 'that all chief constables should make sure misconduct cases are "
        "dealt with promptly' is not a force fact. Norfolk is named (joint unit, separate report) with no "
        "grade. 'good relationships' is a distractor.",
        "People: the HMI signs the foreword at its end. 'Chief Constable Lorna Whitcombe' and 'Deputy Chief "
        "Constable Ravi Dunmore' (qualifier deputy). The unnamed Assistant Chief Constable (Joint Services) "
        "is not a person fact.",
    ]))

# s10 -- HMI's letter to the chief constable and PCC (DOCX), Warwickshire Police ---------------
F = "Warwickshire Police"
GOLDS.append(gold(
    "s10.docx", "peel-report-2021", [F, "West Mercia Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PREV, G), (RESP, G), (WORK, G), (PPT, A), (PVP, A), (MOS, A), (INV, RI),
                      (LFM, RI)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, PPT, "The force should make sure that its officers understand and record the grounds "
             "for a stop and search in every case."),
        stmt(F, P2325, INV, "The force should make sure that it reviews investigations that are awaiting a "
             "charging decision, so that suspects are not left on bail for long periods."),
        stmt(F, P2325, PVP, "The force should improve the way it manages the risks posed by people who are "
             "subject to stalking protection orders."),
        stmt(F, P2325, LFM, "The force should make sure that its workforce plan is based on a realistic "
             "assessment of the skills it will need over the next three years."),
    ],
    recs=[
        stmt(F, P2325, INV, "Within six months, the force should introduce a process to review a sample of "
             "closed investigations each month, and make sure that what it learns is shared with "
             "investigators."),
    ],
    coc=[
        stmt(F, P2325, INV, "Warwickshire Police is not giving victims of crime a consistently good service. "
             "Too many investigations are closed before all reasonable lines of enquiry have been followed, "
             "and victims are not always told why."),
    ],
    people=[
        person("Rowan Tattersall", "inspector", HF, HMI_STRAIGHT),
        person("Imogen Sallis", "chief-constable", F, "Chief Constable"),
        person("Philip Denholm", "commissioner", F, "Police and Crime Commissioner for Warwickshire"),
    ],
    notes=[
        "Grades are in prose lists: 'good at preventing crime, good at responding to the public, and good at "
        "building, supporting and protecting its workforce' (commas inside an item), 'adequate in three "
        "areas: ...', 'requires improvement in two areas. The first is investigating crime ... The second is "
        "leadership and force management'. 'where we graded the force as requires improvement in 2021/22 as "
        "well' gives a 2021/22 judgement for investigating crime.",
        "The four AFIs are a numbered list '1.<tab>Area \u2013 The force should ...' after a lead-in that "
        "ends with a colon; each item is a full sentence, so they are four statements (the lead-in is not "
        "part of them) and each takes the area named before the dash. The cause of concern and the "
        "recommendation are 'Intense Quote' paragraphs after lead-ins.",
        "People: the HMI appears in the letterhead table and signs the letter (straight apostrophe typed in "
        "Word). The addressees: 'Chief Constable Imogen Sallis' and 'Philip Denholm / Police and Crime "
        "Commissioner for Warwickshire' (name-first, title kept in full). The cc list (an Assistant Chief "
        "Constable, the OPCC Chief Executive, an HMICFRS Force Liaison Lead, an unnamed head of department) "
        "gives no person facts.",
        "West Mercia Police is named only as the former alliance partner. 'consistently good service', the "
        "enhanced monitoring sentence, section 55 and the dates (publication 3 July 2025) are distractors.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
