"""Write gold/nn01.json ... gold/nn10.json for corpus118 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFI, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
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

# nn01 -- board paper (PDF), Lincolnshire, PEEL 2016 -------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "nn01.pdf", "response-record", [F], [H],
    [insp(F, "2016", EFI, H), insp(F, "2016", LEG, H), insp(F, "2016", EFF, H),
     insp(F, "2015", EFI)],
    grades(F, "2016", [(None, RI), (UD, G), (UR, RI), (PF, RI)], EFI)
    + grades(F, "2016", [(None, G), (FTP, G), (ELW, G), (FTW, G)], LEG)
    + grades(F, "2016", [(None, G)], EFF)
    + grades(F, "2015", [(None, G)], EFI),
    afis=[
        stmt(F, "2016", UR,
             "The force should improve its understanding of the skills of its workforce, so that "
             "it can match people with the right capabilities to the work they need to do.", True, EFI),
        stmt(F, "2016", UR,
             "The force should complete a full review of how it allocates resources to "
             "neighbourhood and response functions, and test whether the current model meets "
             "demand at peak times.", True, EFI),
        stmt(F, "2016", PF,
             "The force should set out clear plans, with costs and timescales, for the changes it "
             "intends to make to its workforce and its estate over the next four years.", True, EFI),
    ],
    people=[
        person("Craig Blakemore", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Neil Rhodes-Barton", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2016", LDR, H)]},
    notes=[
        "A chief constable's paper to the force's board, after the docsbay BCB paper: a bullet "
        "list of 2016 pillar results ('Efficiency – 'Requires improvement''), question grades "
        "in prose (4.2: understanding demand good; using resources and planning for the future "
        "requires improvement) and 'graded all three questions good' for legitimacy, which is "
        "explicit enough for three question judgements.",
        "Leadership 2016 is 'narrative only, no grade given': no judgement; its inspection is in "
        "also_acceptable only. The grading key ('outstanding', 'good', ...) and 'good practice' "
        "give nothing. 'in the 2015 efficiency inspection the force was graded good' gives a "
        "2015 Efficiency judgement; its inspectorate is not stated for it (null).",
        "The three AFIs are rows of Appendix A with a Progress cell each (has_force_update "
        "true). 'Skills of its workforce ... match people ... to the work' is mapped to "
        "using-resources (2016 efficiency question on using resources to meet demand); the "
        "four-year plans AFI to planning-future. ACC leads are not person facts. 'From: Chief "
        "Constable' is signed 'Chief Constable Neil Rhodes-Barton'.",
        "Dates (11 May 2017, May 2017 fieldwork for PEEL 2017) are not periods; PEEL 2017 is "
        "only a future fieldwork date, so no 2017 inspection.",
    ]))

# nn02 -- police and crime plan baseline (PDF), Gwent, PEEL 2021/22 -----------------------
F = "Gwent Police"
GOLDS.append(gold(
    "nn02.pdf", "response-record",
    [F, "South Wales Police", "Dyfed-Powys Police", "North Wales Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, RI), (MOS, G),
                      (WORK, A), (LFM, G)]),
    afis=[
        stmt(F, P2122, PVP,
             "The force should make sure that risk assessments for domestic abuse are completed "
             "accurately and on time, and that its officers understand how to use them to "
             "safeguard victims.", True),
        stmt(F, P2122, PVP,
             "The force should improve the supervision of investigations involving vulnerable "
             "victims, so that safeguarding opportunities are not missed.", True),
    ],
    people=[
        person("Rhian Pritchard", "commissioner", F, "Police and Crime Commissioner for Gwent"),
        person("Owain Tudor-Price", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A PCC's police and crime plan section with a baseline table: 'Baseline: PEEL 2021/22' "
        "gives eight judgements; the 'Ambition for next PEEL' column (including 'Outstanding') "
        "is the PCC's target, not a fact. 'Developing a positive workplace' -> workforce, 'Good "
        "use of resources' -> leadership-management. Serious organised crime is 'Reported "
        "separately*' and victims 'did not grade': nothing.",
        "The two numbered AFIs follow a full sentence ('... quoted here in full.'), not a "
        "colon lead-in, so they are two statements. has_force_update true: the next paragraph "
        "gives the Chief Constable's April 2023 update on both.",
        "South Wales, Dyfed-Powys and North Wales are named only as regional partners. The "
        "'Baseline (2021-22)' column of 6.3 is performance data, not PEEL.",
        "The commissioner's signature follows the name, so the title is kept in full.",
    ]))

# nn03 -- force management statement (DOCX), Hampshire, PEEL 2018/19 -------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "nn03.docx", "response-record", [F], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFF), insp(F, "2017", EFI),
     insp(F, "2017", LEG)],
    grades(F, P1819, [(PREV, G), (INV, RI), (PVP, G), (UR, G), (ELW, RI), (FTW, G)])
    + grades(F, "2017", [(SOC, G)], EFF)
    + grades(F, "2017", [(PF, G)], EFI)
    + grades(F, "2017", [(FTP, G)], LEG),
    afis=[
        stmt(F, P1819, INV,
             "The constabulary should ensure that investigations are allocated to officers with "
             "the right training, and that supervisors review them at regular intervals.", True),
        stmt(F, P1819, ELW,
             "The constabulary should make sure that all its staff hold the level of vetting their "
             "role requires, and should clear its backlog of vetting renewals.", True),
        stmt(F, P1819, ELW,
             "The constabulary should improve its ability to identify officers and staff who may "
             "abuse their position for a sexual purpose, including by monitoring its IT systems.",
             False),
    ],
    people=[
        person("Sarah Whitcombe", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Mark Ellery", "chief-constable", F, "Chief Constable"),
        person("Donna Jeffcott", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={
        "judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFI)
        + grades(F, P1819, [(None, RI)], LEG)
        + grades(F, P1819, [(SOC, G), (PF, G), (FTP, G)]),
    },
    notes=[
        "A force management statement chapter (FMS 3, 2020). 2.2's pillar-level sentence "
        "('good at reducing crime and keeping people safe', 'good at operating efficiently', "
        "'legitimacy as requires improvement') gives 2018/19 pillar grades, which go in "
        "also_acceptable as the brief and dev12 ask.",
        "Table 2.1 gives each question's grade and the year it was graded. Rows marked "
        "'2018/19' are PEEL 2018/19 question judgements (pillar PEEL, 2015-17 keys; 'Meeting "
        "current demands and using resources' -> using-resources). Rows marked '2017 (carried "
        "forward)' are 2017 judgements of their pillar (Effectiveness SOC, Efficiency "
        "planning-future, Legitimacy fair-treatment-public); that they also stand as the "
        "2018/19 grade is only implied, so the PEEL 2018/19 versions are in also_acceptable. "
        "'Specialist capabilities – Ungraded' gives nothing. The 2017 inspections' inspectorate "
        "is not stated (null).",
        "Table 2.2: FMS3-01..03 are PEEL 2018/19 AFIs (their Source cell names the area); "
        "FMS3-03's position is '–', so has_force_update false. FMS3-04 is a crime data "
        "integrity recommendation, not PEEL: no fact.",
        "Hampshire and Isle of Wight Fire and Rescue Service's 'judged good' is a fire "
        "inspection: nothing. ACC leads are not people. The PCC is named as 'The Police and "
        "Crime Commissioner, Donna Jeffcott' (title first, so the office alone).",
    ]))

# nn04 -- improvement board ToR (DOCX), Devon and Cornwall, PEEL 2021/22 ------------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nn04.docx", "response-record", [F, "Dorset Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (INV, RI), (PVP, RI), (PREV, G), (MOS, G)]),
    afis=[
        stmt(F, P2122, RESP,
             "The force should make sure that it attends incidents within the times it has set for "
             "each grade of call, and that it tells callers when attendance will be delayed."),
        stmt(F, P2122, INV,
             "The force should improve the quality of its investigations, so that evidence is "
             "gathered promptly and every investigation has an appropriate plan."),
        stmt(F, P2122, PVP,
             "The force should make sure that officers carry out and record risk assessments when "
             "they attend domestic abuse incidents."),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within three months, the force should put in place a plan to reduce the time taken "
             "to answer 999 and 101 calls, and should monitor the number of callers who abandon "
             "their call."),
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that call handlers use a structured "
             "risk assessment on every call, so that repeat and vulnerable victims are identified."),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force is not answering emergency and non-emergency calls quickly enough, and "
             "does not always identify vulnerable and repeat callers. As a result, some people "
             "who need help may not receive an appropriate response."),
    ],
    people=[
        person("Hazel Trevithick", "chief-constable", F, "Chief Constable"),
        person("Jim Polglase", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Tamsin Kerrow", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Terms of reference of a force's PEEL improvement board. Grades come from 1.1 "
        "('Devon & Cornwall Police' is an alias) and are repeated in the exit-criteria table, "
        "whose 'Board target' column is the force's own target, not a fact.",
        "The cause of concern is in Word's Quote style; the two recommendations follow as "
        "'Recommendation 1.'/'Recommendation 2.' paragraphs. The cause of concern is about call "
        "handling, so all three are keyed responding-to-public. Appendix 1 quotes three AFIs "
        "with their area; the workstream column is no update, so has_force_update is false "
        "throughout (the ToR describes governance, not progress).",
        "'Engage' (enhanced monitoring) gives no grade. Dorset Police is named only as a former "
        "alliance partner. The ACC and the OPCC chief executive are unnamed; the HMICFRS liaison "
        "lead is unnamed. The Word header 'OFFICIAL' is not body text.",
    ]))

# nn05 -- inspection history timeline (HTML), Norfolk, 2014-2021/22 --------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "nn05.html", "response-record", [F, "Suffolk Constabulary"], [H, HF],
    [insp(F, "2014", EFI, H),
     insp(F, "2015", EFI, H), insp(F, "2015", LEG, H), insp(F, "2015", EFF, H),
     insp(F, "2016", EFI, H), insp(F, "2016", LEG, H), insp(F, "2016", EFF, H),
     insp(F, "2017", EFI, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF),
     insp(F, P1819, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, "2014", [(None, G)], EFI)
    + grades(F, "2015", [(None, G)], EFI) + grades(F, "2015", [(None, G)], LEG)
    + grades(F, "2015", [(None, G)], EFF)
    + grades(F, "2016", [(None, O)], EFI) + grades(F, "2016", [(None, G)], LEG)
    + grades(F, "2016", [(None, G)], EFF)
    + grades(F, "2017", [(None, O)], EFI) + grades(F, "2017", [(None, G)], LEG)
    + grades(F, "2017", [(None, G)], EFF)
    + grades(F, P2122, [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, G),
                        (WORK, G), (LFM, O), (CDI, G)]),
    people=[person("Lorna Baverstock", "commissioner", F, "Commissioner")],
    also={
        "inspections": [insp(F, "2014", EFF, H), insp(F, "2014", LEG, H),
                        insp(F, "2016", LDR, H), insp(F, P2325, inspectorate=None)],
        "judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, O)], EFI)
        + grades(F, P1819, [(None, G)], LEG),
        "people": [person("Lorna Baverstock", "commissioner", F, "Police and Crime Commissioner")],
    },
    notes=[
        "An OPCC 'inspection history' page: one line per report, 'Mon YYYY – Pillar – Grade', "
        "grouped under PEEL-year headings that also name the inspectorate. The month is the "
        "publication date, not the period: 'Feb 2016 – Legitimacy – Good' under PEEL 2015 is "
        "a 2015 judgement, 'Mar 2017 – Effectiveness – Good' under PEEL 2016 a 2016 one.",
        "PEEL 2014: effectiveness and legitimacy 'reported without an overall grade' and 2016 "
        "leadership 'narrative assessment (no grade)' give no judgement; their inspections are "
        "in also_acceptable. PEEL 2023–25 is only expected: also_acceptable inspection only.",
        "PEEL 2018/19 lists three pillar grades; as the brief (dev12) asks, they are in "
        "also_acceptable and the main fact is the PEEL 2018/19 inspection alone.",
        "2021/22 table: 'Good use of resources' -> leadership-management, 'Developing a "
        "positive workplace' -> workforce, 'Recording data about crime' -> crime-recording.",
        "People: 'The Commissioner, Lorna Baverstock' -- title first, so 'Commissioner'; the "
        "fuller 'Police and Crime Commissioner' (unnamed nearby) is accepted as an alternative "
        "title. Suffolk Constabulary is named only as a partner. The grading-scale sentence "
        "gives nothing.",
    ]))

# nn06 -- joint audit committee minutes (HTML), North Wales, PEEL 2023-25 -------------------
F, DP = "North Wales Police", "Dyfed-Powys Police"
GOLDS.append(gold(
    "nn06.html", "response-record", [F, DP], [HF],
    [insp(F, P2325, inspectorate=HF), insp(DP, P2325)],
    grades(F, P2325, [(PREV, O), (PPT, G), (RESP, G), (INV, G), (MOS, G), (PVP, A),
                      (WORK, A), (LFM, A)])
    + grades(DP, P2325, [(INV, A)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that supervisors review the safeguarding plans of "
             "high-risk domestic abuse victims at the frequency set out in its policy.", True),
        stmt(F, P2325, WORK,
             "The force should develop a clear understanding of the wellbeing needs of its staff "
             "working in public contact roles, and act on what it finds.", True),
    ],
    people=[
        person("Gethin Rowlands", "commissioner", F, "Police and Crime Commissioner"),
        person("Nia Hughes-Parry", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Dafydd Morgan-Ellis", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Joint audit committee minutes. 7.1 gives all eight 2023-25 grades in two prose lists "
        "whose items contain commas ('building, supporting and protecting the workforce' -> "
        "workforce; 'police powers and public treatment' -> treatment-of-public). 'There was no "
        "cause of concern' gives nothing.",
        "Two of four AFIs are read out as blockquotes, each followed by the DCC's update "
        "(has_force_update true); the other two are only counted. Protecting-vulnerable and "
        "workforce keys follow the AFIs' subject matter.",
        "7.3: Dyfed-Powys Police 'had been graded adequate for investigating crime in its own "
        "2023–25 report' -- another force's grade in passing, so an inspection and a judgement "
        "(inspectorate not stated for it: null).",
        "'Gethin Rowlands, Police and Crime Commissioner' is name-first in the attendance "
        "list. The Chief Constable is named only in apologies, still a named chief officer. "
        "7.4's 'outstanding grade' repeats 7.1; the five-grade sentence gives nothing; risk "
        "register owners are posts, not people. Committee members are not person facts.",
    ]))

# nn07 -- strategic risk register extract (TXT), Derbyshire, PEEL 2021/22 -------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "nn07.txt", "response-record",
    [F, "Leicestershire Police", "Lincolnshire Police", "Northamptonshire Police",
     "Nottinghamshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(INV, RI), (RESP, A), (PVP, A), (PPT, G), (PREV, G), (MOS, G),
                      (WORK, G), (LFM, A)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that investigations are carried out promptly and that "
             "victims are updated in line with the Code of Practice for Victims of Crime.", True),
        stmt(F, P2122, INV,
             "The force should improve the way it records the reasons when a victim does not "
             "support a prosecution, and should consider evidence-led prosecutions in those "
             "cases.", True),
        stmt(F, P2122, LFM,
             "The force should make sure that its plans for the future are based on a full "
             "understanding of the demand it faces and the capability of its workforce.", False),
    ],
    people=[
        person("Kate Meynell", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Rachel Swarbrick", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A strategic risk register extract. The 'Context' block lists 2021/22 grades as "
        "dotted-leader lines ('Good use of resources ... Adequate' -> leadership-management). "
        "'No cause of concern' and 'Six areas for improvement' (a count) give nothing.",
        "Controls C1-C3 quote AFIs, hard-wrapped and indented, each with a Source line naming "
        "its area and an Owner/Update line; C3's 'Update: none this quarter.' gives no update. "
        "Risk scores, RAG colours, review dates and the 'Target score' are not facts.",
        "The four East Midlands forces are named only as collaboration partners. 'good "
        "practice' in the notes is a distractor. The ACC owner is a post, not a person.",
    ]))

# nn08 -- inspection-readiness self-assessment (MD), West Mercia, PEEL 2021/22 --------------
F = "West Mercia Police"
GOLDS.append(gold(
    "nn08.md", "response-record", [F, "Warwickshire Police", "West Midlands Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that its investigations are supervised effectively and "
             "that supervisors record their reviews.", True),
        stmt(F, P2122, INV,
             "The force should improve how it seeks the views of victims before an investigation "
             "is closed.", True),
        stmt(F, P2122, PVP,
             "The force should make sure that referrals about vulnerable children are shared with "
             "partners without delay.", True),
        stmt(F, P2122, LFM,
             "The force should develop a workforce plan that shows how it will meet future demand, "
             "including the skills it will need.", False),
    ],
    people=[
        person("Morag Feltham", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alan Sherbourne", "chief-constable", F, "Chief Constable"),
        person("John Tildesley", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, P2325, inspectorate=HF)]},
    notes=[
        "A force's PEEL readiness self-assessment in Markdown. Only the 'HMICFRS grade 2021-22' "
        "column gives judgements ('2021-22' = 2021/22); the 'Self-assessed Feb 2023' column "
        "(including 'Outstanding') is the force's own view and the paper says so. 'Victim "
        "service – not graded' gives nothing. 'good in four areas and adequate in four' "
        "repeats the table.",
        "Each AFI is a bullet with a bold ID, and its '*Status:*' sub-bullet is the force's "
        "update, not part of the statement (has_force_update true); AFI-RES-1's status is 'no "
        "update received' (false). It sits under 'Good use of resources' -> "
        "leadership-management.",
        "PEEL 2023-25 is the coming inspection (also_acceptable inspection only). Warwickshire "
        "and West Midlands Police are named only for a regional report. ACCs are posts.",
    ]))

# nn09 -- HMICFRS action tracker (CSV), Bedfordshire, PEEL 2023-25 -------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "nn09.csv", "response-record",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(INV, RI), (RESP, A), (LFM, G), (PPT, G)])
    + grades(F, P2122, [(PVP, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to staff with the "
             "skills and capacity to carry them out.", True),
        stmt(F, P2325, INV,
             "The force should improve how it records and acts on victims' wishes when they "
             "withdraw support for a prosecution.", False),
        stmt(F, P2325, RESP,
             "The force should reduce the number of 101 calls that are abandoned before they are "
             "answered.", True),
        stmt(F, P2325, LFM,
             "The force should make sure that it understands the wellbeing needs of its "
             "workforce, including those of staff in the control room.", True),
        stmt(F, P2122, PVP,
             "The force should make sure that officers record the voice of the child when "
             "attending domestic abuse incidents.", True),
    ],
    notes=[
        "An action-tracker export, one row per finding. The 'Area grade' column repeats the "
        "area's grade on every row of that area: one judgement per area and period. BP-105 is "
        "'Good practice', not an AFI, but its row still states the area grade ('Police powers "
        "and public treatment' Good -> treatment-of-public).",
        "BP-104 sits under 'Leadership and force management' (leadership-management) although "
        "its text is about wellbeing; the row's area is followed. BP-102's update cell is "
        "empty (false). BP-086 is a carried-forward 2021/22 AFI with a 2021/22 area grade.",
        "BP-090 is a national thematic recommendation addressed to chief constables (no PEEL "
        "pillar): not a fact. 'Published' and 'Last updated' dates are not periods. "
        "Hertfordshire and Cambridgeshire are named in passing. Statement texts are CSV cells: "
        "check_gold cannot find them in the raw CSV (see README).",
    ]))

# nn10 -- inspection chronology (TXT), Leicestershire, 2014-2018/19 --------------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "nn10.txt", "response-record",
    [F, "Derbyshire Constabulary", "Lincolnshire Police", "Northamptonshire Police",
     "Nottinghamshire Police"], [H, HF],
    [insp(F, "2014", EFI, H),
     insp(F, "2015", EFI, H), insp(F, "2015", LEG, H), insp(F, "2015", EFF, H),
     insp(F, "2016", EFI, H), insp(F, "2016", LEG, H), insp(F, "2016", EFF, H),
     insp(F, "2017", EFI, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFF, HF),
     insp(F, P1819, inspectorate=HF)],
    grades(F, "2014", [(None, G)], EFI)
    + grades(F, "2015", [(None, G)], EFI) + grades(F, "2015", [(None, G)], LEG)
    + grades(F, "2015", [(None, RI), (PVP, RI)], EFF)
    + grades(F, "2016", [(None, G)], EFI) + grades(F, "2016", [(None, G)], LEG)
    + grades(F, "2016", [(None, G), (PVP, G)], EFF)
    + grades(F, "2017", [(None, G)], EFI)
    + grades(F, "2017", [(None, G), (FTP, G), (FTW, G)], LEG)
    + grades(F, "2017", [(None, G)], EFF),
    afis=[
        stmt(F, P1819, FTP,
             "The force should improve how it records the ethnicity of people it stops and "
             "searches, and explain any disproportionality it finds.", True),
        stmt(F, P1819, PF,
             "The force should make sure that its workforce plan reflects the skills it will "
             "need for digital investigation.", True),
    ],
    coc=[
        stmt(F, "2015", PVP,
             "The force does not consistently identify and respond to the risks faced by missing "
             "and absent children, and too few cases receive the supervision that their level of "
             "risk requires.", True, EFF),
    ],
    people=[
        person("Gareth Ashdown", "chief-constable", F, "Chief Constable"),
        person("Priya Marwaha", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "inspections": [insp(F, "2016", LDR, H)],
        "judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFI)
        + grades(F, P1819, [(None, G)], LEG),
        "people": [person("Roger Fairbourne", "chief-constable", F, "Deputy Chief Constable",
                          "deputy")],
    },
    notes=[
        "A PCC induction-pack chronology: 'Date  Inspection  Judgement' columns, where the date "
        "is the publication month and the period is in 'PEEL 2015 Legitimacy' etc. "
        "Inspectorate per the purpose paragraph: HMIC up to June 2017 (2014-2016 reports), "
        "HMICFRS later (2017 reports from November 2017, and 2018/19).",
        "PEEL 2018/19's three pillar grades (one line, wrapped) go in also_acceptable as the "
        "brief asks; the main fact is the PEEL 2018/19 inspection. 2016 Leadership is 'not "
        "graded': also_acceptable inspection only.",
        "Commentary 1 gives the 2015 effectiveness question grade (protecting vulnerable "
        "people: requires improvement), the 2015 cause of concern (indented block) and the "
        "2016 question grade (good). has_force_update true for the cause of concern: the "
        "force's action plan and its sign-off follow. Commentary 2 gives two 2017 legitimacy "
        "question grades; the ethical question was 'not graded separately'.",
        "Commentary 4: two open 2018/19 AFIs as a) b) items with 'Update:' lines; stop and "
        "search -> fair-treatment-public, workforce plan -> planning-future.",
        "'the then Deputy Chief Constable Roger Fairbourne' is a former office-holder: "
        "also_acceptable. The four East Midlands forces are named only as EMSOU partners. The "
        "four-grade scale line gives nothing.",
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
