"""Write gold/kq01.json ... gold/kq10.json for corpus46 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819, P17, P16 = "2023-25", "2021/22", "2018/19", "2017", "2016"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

STAFFS, NOTTS, MET = "Staffordshire Police", "Nottinghamshire Police", "Metropolitan Police Service"
GMP, AVON, DC = "Greater Manchester Police", "Avon and Somerset Constabulary", "Devon and Cornwall Police"
DP, WM, LINCS = "Dyfed-Powys Police", "West Mercia Police", "Lincolnshire Police"
KENT, ESSEX, SUFF = "Kent Police", "Essex Police", "Suffolk Constabulary"


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


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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

# kq01 -- Staffordshire PFC Panel paper (PDF) ---------------------------------------------
F = STAFFS
GOLDS.append(gold(
    "kq01.pdf", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A),
                      (LFM, RI)])
    + grades(F, P2122, [(PPT, G), (PREV, G), (RESP, I), (INV, RI), (PVP, A), (MOS, G)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers non-emergency calls promptly "
             "and that fewer callers abandon their call before it is answered.", True),
        stmt(F, P2325, RESP, "The force should make sure that call handlers use a structured process to "
             "assess the risk and vulnerability of every caller, and that the outcome is recorded on the "
             "incident log.", True),
        stmt(F, P2325, PPT, "The force should improve how it monitors the use of force by its officers, so "
             "that it can identify and explain any disproportionality.", True),
        stmt(F, P2325, LFM, "The force should develop a clear understanding of the demand it faces and use "
             "it to plan the workforce it needs over the next three years.", True),
        stmt(F, P2325, LFM, "The force should make sure that its change programme has the capacity and "
             "governance it needs, and that the benefits of each project are measured.", True),
        stmt(F, P2325, INV, "The force should make sure that victims are kept informed about the progress "
             "of their investigation and that their wishes are recorded when an investigation is closed.",
             True),
        stmt(F, P2325, WORK, "The force should make sure that its supervisors have the time and training "
             "they need to carry out regular wellbeing conversations with their staff.", True),
    ],
    people=[
        person("Ben Adeyemi-Clarke", "commissioner", F, "Commissioner"),
        person("Imogen Thursfield", "chief-constable", F, "Chief Constable"),
        person("Laurence Okonjo-Bright", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "'PEEL 2023/25' and 'the 2024 inspection' are the 2023-25 period; 'the 2022 PEEL report' is the "
        "2021/22 inspection (the column of the grades table). Both are HMICFRS: the paper names it and "
        "compares its two reports.",
        "The 2022 column gives six 2021/22 grades; the workforce and leadership rows say 'see note' and the "
        "note names the 2021/22 areas ('good use of resources') but no grade, so nothing for them.",
        "Staffs Police / Staffordshire Police. Staffordshire Fire and Rescue Service grades and Staffordshire "
        "County Council, the 2025/26 precept and the five-point scale in 3.2 are distractors.",
        "The workforce AFI's 'Force update' says work has not begun; it is still the force's update, so "
        "has_force_update is true.",
        "The Commissioner is first named as 'The Commissioner, Ben Adeyemi-Clarke'; the report header's "
        "'Staffordshire Commissioner for Police, Fire and Rescue and Crime' is not attached to his name. "
        "The unnamed Deputy Chief Constable is not a person fact.",
    ]))

# kq02 -- Notts PCC section 55 letter (DOCX), 2021/22 -------------------------------------
F = NOTTS
GOLDS.append(gold(
    "kq02.docx", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P1819, "Effectiveness"), insp(F, P1819, "Efficiency"),
     insp(F, P1819, "Legitimacy"), insp(F, P17, "Effectiveness", HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (SOC, G),
                      (WORK, A), (LFM, A), (CDI, G)])
    + grades(F, P1819, [(None, G)], "Effectiveness") + grades(F, P1819, [(None, G)], "Efficiency")
    + grades(F, P1819, [(None, G)], "Legitimacy") + grades(F, P17, [(None, RI)], "Effectiveness"),
    afis=[
        stmt(F, P2122, INV, "The force should make sure that investigations are supervised effectively and "
             "that supervisors record a review at key stages of each investigation.", True),
        stmt(F, P2122, INV, "The force should make sure that it records the reasons whenever a victim "
             "withdraws support for a prosecution, and that it considers evidence-led prosecutions in such "
             "cases.", True),
        stmt(F, P2122, PVP, "The force should improve the quality of the risk assessments that officers "
             "complete when they attend domestic abuse incidents.", True),
        stmt(F, P2122, WORK, "The force should make sure that it understands the wellbeing needs of its "
             "workforce and that occupational health referrals are dealt with promptly.", False),
    ],
    people=[
        person("Malcolm Ferrars", "inspector", HF, "Her Majesty\u2019s Chief Inspector of Constabulary"),
        person("Ruth Ellingham", "chief-constable", F, "Chief Constable"),
        person("Caroline Pemberton-Shah", "commissioner", F, "Police and Crime Commissioner for Nottinghamshire"),
    ],
    also={"inspections": [insp(F, P1819)]},
    notes=[
        "'the 2022 PEEL report' is PEEL 2021/22 (the heading names it). 'Good use of resources' -> "
        "leadership-management; 'Developing a positive workplace' -> workforce; 'Recording data about "
        "crime' -> crime-recording; 'Disrupting serious organised crime' -> serious-organised-crime.",
        "'In PEEL 2018 the force was judged good for effectiveness, good for efficiency and good for "
        "legitimacy' gives three 2018/19 pillar judgements (no inspectorate named for them); the integrated "
        "PEEL 2018/19 inspection is in also_acceptable, as in corpus13.",
        "'HMICFRS's 2017 effectiveness inspection, which found that the force required improvement' gives "
        "a 2017 Effectiveness judgement, inspectorate HMICFRS.",
        "AFI 4 is followed by the PCC's own note that she has asked for a fuller response, not by a force "
        "response: false.",
        "Sir Malcolm Ferrars is the addressee (letter written in August 2022, so 'Her Majesty's'); 'Sir' is "
        "dropped. The PCC is first named with her title in the signature block.",
        "Notts County (football club), Nottinghamshire County Council, Nottinghamshire Fire and Rescue "
        "Service and the 2023/24 precept are distractors.",
    ]))

# kq03 -- regional news article (HTML), GMP 2023-25 ----------------------------------------
F = GMP
GOLDS.append(gold(
    "kq03.html", "press-release", [F, MET], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122), insp(MET, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, O), (MOS, O), (CDI, O), (PPT, G), (RESP, G), (INV, G), (WORK, G),
                      (LFM, G), (PVP, A)])
    + grades(F, P2122, [(RESP, I), (INV, RI)])
    + grades(MET, P2325, [(RESP, I)]),
    people=[
        person("Dominic Farrant-Hughes", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Anthony Mulcaster", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'recording crime accurately' -> crime-recording; 'how it treats the public and uses its powers' "
        "-> treatment-of-public; 'how it supports its workforce' -> workforce.",
        "'the force's last PEEL report, in 2022' is the 2021/22 inspection; the article names no "
        "inspectorate for it, so null.",
        "The Met ('the Met, Britain's largest force') is graded in passing for 2023-25 ('its own 2023-25 "
        "report' in the watchdog's PEEL 2023-25 programme).",
        "Police Scotland, 'HM Inspectorate of Constabulary in Scotland' (HMICS, not HMIC), PSNI, Greater "
        "Manchester Fire and Rescue Service, the Lancashire Post link, the unnamed deputy mayor and the "
        "2025/26 precept are distractors. check_gold reads 'Inspectorate of Constabulary in Scotland' as "
        "HMIC: a limitation of the checker.",
        "The watchdog's criticisms are paraphrased in reported speech ('It said the force should make sure "
        "...'), not quoted, so they are not AFI facts.",
    ]))

# kq04 -- Dyfed-Powys PCC news (cp1252, CRLF) ----------------------------------------------
F = DP
GOLDS.append(gold(
    "kq04.txt", "press-release", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, O), (PPT, G), (RESP, G), (PVP, G), (MOS, G), (WORK, G), (INV, A),
                      (LFM, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigation plans are recorded and that "
             "supervisors review them regularly."),
        stmt(F, P2325, INV, "The force should make sure it gives victims the information they are entitled "
             "to under the Code of Practice for Victims of Crime."),
        stmt(F, P2325, WORK, "The force should make sure that it has enough detectives to meet demand, and "
             "that it has a realistic plan to recruit and train them."),
        stmt(F, P2325, LFM, "The force should improve the quality of the performance information available "
             "to its managers."),
    ],
    people=[
        person("Elinor Prydderch-Jones", "commissioner", F, "Police and Crime Commissioner"),
        person("Rhodri ap Gwilym", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF. 'Dyfed Powys Police' (no hyphen), 'Heddlu Dyfed-Powys' and Welsh lines. "
        "'PEEL 2023\u20132025' is 2023-25.",
        "The two lead-ins ('Two of them concern investigations:') are followed by full-sentence bullets, "
        "so each bullet is its own AFI. The second pair is keyed by content: the detectives AFI is about "
        "the workforce, the performance information AFI about leadership and force management; a grader "
        "could fairly key them differently.",
        "No force update is given ('will include the force's update'). Mid and West Wales Fire and Rescue "
        "Service, county councils and the 2025/26 precept are distractors.",
    ]))

# kq05 -- Markdown newsletter: Avon & Somerset, Devon & Cornwall --------------------------
GOLDS.append(gold(
    "kq05.md", "national-release", [AVON, DC], [HF, H],
    [insp(AVON, P2325, inspectorate=HF), insp(DC, P2325, inspectorate=HF), insp(DC, P16, "Legitimacy", H)],
    grades(AVON, P2325, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, A), (WORK, G),
                         (LFM, G)])
    + grades(DC, P2325, [(RESP, I), (INV, RI), (PVP, RI), (LFM, RI), (PPT, A), (PREV, A), (MOS, A),
                         (WORK, A)])
    + grades(DC, P16, [(None, G)], "Legitimacy"),
    afis=[
        stmt(AVON, P2325, RESP, "The force should make sure that it answers non-emergency calls within a "
             "reasonable time, and that it tells callers how long they can expect to wait.", True),
    ],
    recs=[
        stmt(DC, P2325, RESP, "Within six months, the force should make sure that it has enough call "
             "handlers to meet demand at all times of the day and week."),
        stmt(DC, P2325, RESP, "Within six months, the force should make sure that call handlers use a "
             "structured triage process to identify vulnerability and repeat victimisation on every call."),
    ],
    coc=[
        stmt(DC, P2325, RESP, "The force doesn't answer emergency and non-emergency calls quickly enough, "
             "and it doesn't always identify the risk to callers who are vulnerable. This means that some "
             "people who need help are not getting it when they need it."),
    ],
    people=[
        person("Marcus Trevithick-Boyle", "chief-constable", AVON, "Chief Constable"),
        person("Alison Hernaman-Tregear", "commissioner", DC, "Police and Crime Commissioner"),
    ],
    notes=[
        "'The 2024 inspection of Avon & Somerset' is HMICFRS's PEEL 2023-25 round (stated). D&C's report "
        "is '(again PEEL 2023-25)', the same HMICFRS round, though the section itself says only 'the "
        "watchdog'; its inspectorate is taken as HMICFRS (a strict grader could leave it null).",
        "'Back in 2016, HMIC judged the force good for legitimacy' gives a 2016 Legitimacy judgement (HMIC).",
        "D&C's grades are a prose list; 'the workforce' -> workforce.",
        "The Avon AFI is followed directly by 'Avon and Somerset Constabulary told me that a new telephony "
        "system goes live in April', the force's response as reported: true. The D&C force response "
        "('moved 30 officers into the control room') comes two paragraphs after the recommendations, "
        "after the 2016 paragraph, so the cause of concern and recommendations are false.",
        "Devon County Council, Cornwall Council, Somerset Council and the 2025/26 precept are distractors. "
        "The newsletter author is not a person fact.",
    ]))

# kq06 -- data desk CSV ------------------------------------------------------------------
CSV_ROWS = [
    (STAFFS, RI, I), (NOTTS, A, A), (MET, I, RI), (GMP, G, I), (AVON, RI, A), (DC, I, RI),
    (DP, G, G), (WM, A, RI), (LINCS, G, A), (KENT, A, G), (ESSEX, G, A), (SUFF, A, G),
]
GOLDS.append(gold(
    "kq06.csv", "national-release", [r[0] for r in CSV_ROWS], [HF],
    [insp(f, p, inspectorate=HF) for f, _, _ in CSV_ROWS for p in (P2325, P2122)],
    [j for f, now, before in CSV_ROWS
     for j in grades(f, P2325, [(RESP, now)]) + grades(f, P2122, [(RESP, before)])],
    notes=[
        "UTF-8 with BOM and CRLF (Excel export). The Force column uses short names (Staffs, Notts, Met, "
        "GMP, Avon & Somerset, Devon & Cornwall, Dyfed Powys, West Mercia Constabulary, Lincs); the Report "
        "column gives each force's official name inside the report title.",
        "Inspection 'PEEL 2023/25' is 2023-25; the second grade column is PEEL 2021/22. The source row "
        "names HMICFRS for all the grades.",
        "Police Scotland, PSNI, MoD Police and the Civil Nuclear Constabulary rows have 'n/a' and are not "
        "forces.csv forces. 'HMICS' and 'CJI Northern Ireland' are not HMIC/HMICFRS. The Change column and "
        "the 2025/26 precept note are not facts.",
    ]))

# kq07 -- Kent and Medway PCP paper (DOCX) -------------------------------------------------
F = KENT
GOLDS.append(gold(
    "kq07.docx", "response-record", [F, ESSEX], [HF, H],
    [insp(F, P2325, inspectorate=HF), insp(ESSEX, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (INV, G), (MOS, G), (WORK, G), (LFM, G), (RESP, A),
                      (PVP, A)])
    + grades(ESSEX, P2325, [(INV, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers emergency calls within the "
             "national standard of ten seconds, particularly at times of peak demand.", True),
        stmt(F, P2325, PVP, "The force should make sure that officers consider the voice of the child when "
             "they attend incidents where children are present.", True),
        stmt(F, P2325, PREV, "The force should improve its understanding of the effect of its early "
             "intervention work with young people who are at risk of exploitation.", False),
    ],
    people=[
        person("Priya Raghunathan", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Marcus Deveraux-Hill", "commissioner", F, "Police and Crime Commissioner"),
        person("Siobhan Carrow", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'HMIC(FRS)', 'His Majesty's Inspectorate' and 'HMICFRS' all name the current inspectorate. The "
        "paper also names 'HMIC' as its former name, so both are listed in inspectorates; the Kent "
        "inspection is HMICFRS.",
        "The grades table merges 'Good' down over six areas and 'Adequate' over two (vMerge); a closing "
        "row is merged across. Paragraph 3's 'good in six and adequate in two' agrees.",
        "Essex Police is 'inspected in the same year and was graded requires improvement for investigating "
        "crime': a 2023-25 judgement in passing (no inspectorate stated for it, so null).",
        "AFIs sit in a table with no area column, so their keys come from their content; AFI 3 (early "
        "intervention with young people at risk of exploitation) could also be protecting-vulnerable. "
        "AFI 3's response cell is '\u2013': false.",
        "Assistant Chief Constable Tom Ridgewell is not a person fact. Kent Fire and Rescue Service's "
        "'good', Kent County Council and the 2025/26 precept are distractors. The panel's own "
        "'Recommendation' heading is not a PEEL recommendation.",
    ]))

# kq08 -- Herefordshire Council scrutiny briefing (PDF), West Mercia ----------------------
F = WM
GOLDS.append(gold(
    "kq08.pdf", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P1819, "Effectiveness", HF), insp(F, P1819, "Efficiency", HF),
     insp(F, P1819, "Legitimacy", HF), insp(F, P17, "Effectiveness")],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, A), (WORK, G),
                      (LFM, A)])
    + grades(F, P1819, [(None, G)], "Effectiveness") + grades(F, P1819, [(None, RI)], "Efficiency")
    + grades(F, P1819, [(None, G)], "Legitimacy") + grades(F, P17, [(None, G)], "Effectiveness"),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated promptly to "
             "officers with the right skills, and that rural crime investigations receive the same "
             "supervision as those in urban areas.", True),
        stmt(F, P2325, PREV, "The force should work with partners to understand how well its neighbourhood "
             "problem-solving plans reduce anti-social behaviour.", False),
    ],
    people=[
        person("Rhiannon Saxby-Ward", "commissioner", F, "Police and Crime Commissioner"),
        person("Gemma Orrell", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alistair Penhaligon", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, P1819, inspectorate=HF)]},
    notes=[
        "The council calls the force 'West Mercia Constabulary' (wrong suffix) and 'the Constabulary'; "
        "'West Mercia Police and Crime Panel' is the panel, not the force.",
        "'2023\u20132025' is 2023-25. 'In PEEL 2018 the inspectorate judged the force good for effectiveness "
        "and for legitimacy, but said its efficiency required improvement' gives three 2018/19 pillar "
        "judgements ('the inspectorate' = HMICFRS, named above); the integrated 2018/19 inspection is in "
        "also_acceptable.",
        "'The 2017 effectiveness inspection had also found West Mercia good at keeping people safe and "
        "reducing crime' gives a 2017 Effectiveness judgement; no inspectorate is named for it.",
        "The first AFI is followed by 'Constabulary update (April 2025)': true. The second is followed by "
        "the Chief Constable's promise and 'no update was available': false. AFI 2 has no area heading; "
        "keyed preventing-crime by content.",
        "Hereford & Worcester Fire and Rescue Service's 'good', the Ministry of Defence Police, the 2025/26 "
        "budget and precept are distractors.",
    ]))

# kq09 -- HMICFRS PEEL 2023-25 report (PDF), Lincolnshire ---------------------------------
F = LINCS
GOLDS.append(gold(
    "kq09.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (MOS, G), (WORK, G), (LFM, G), (CDI, G),
                      (INV, A), (PVP, A)])
    + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should improve the quality of its investigations. In particular, it "
             "should make sure that: each investigation has a clear plan that is reviewed by a supervisor; "
             "and victims are told when an investigation is closed and the reason for it."),
        stmt(F, P2325, INV, "The force should make sure it seeks and records the views of victims before it "
             "closes an investigation with an out-of-court disposal."),
        stmt(F, P2325, PVP, "The force should make sure that its officers understand and use the powers "
             "available to protect victims of domestic abuse, including domestic violence protection notices "
             "and orders."),
        stmt(F, P2325, PVP, "The force should improve how it identifies and responds to children who go "
             "missing from home repeatedly."),
    ],
    people=[
        person("Fenella Marsh-Odukoya", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The grades are in a five-column table (one column per grade, areas stacked in the cell); in the "
        "PDF text the columns run together. 'Crime data integrity' -> crime-recording, also stated in "
        "prose ('we graded it good').",
        "'In our 2021/22 inspection we graded the force adequate at responding to the public' gives a "
        "2021/22 judgement. 'Lincolnshire's', 'the county's force'.",
        "AFI 1 is a lead-in plus two bullets, joined. The national recommendation to all chief constables "
        "is not a force recommendation. 'good practice', the five-point scale, Lincolnshire County Council, "
        "the fire and rescue service and the 2024/25 budget are distractors.",
    ]))

# kq10 -- Suffolk PCC release (DOCX) -------------------------------------------------------
F = SUFF
GOLDS.append(gold(
    "kq10.docx", "press-release", [F, ESSEX], [],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (PVP, G), (WORK, G), (RESP, A), (INV, A), (MOS, A),
                      (LFM, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that it allocates investigations to officers with "
             "the right skills, and that the workloads of its investigators are manageable.", True),
        stmt(F, P2325, LFM, "The force should make sure that its plans for the future workforce are based "
             "on a good understanding of the demand it expects.", True),
    ],
    people=[
        person("Hannah Wetherall", "commissioner", F, "Police and Crime Commissioner"),
        person("Daniel Okafor-Wright", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Released October 2025: 'last year's inspection, part of the PEEL 2023-25 programme' is the 2023-25 "
        "inspection. The inspectorate is only 'the police watchdog', 'the inspectorate' and 'inspectors', "
        "so inspectorates is empty and the inspection's inspectorate null.",
        "The grades are two prose lists ('good for ...', 'The remaining four areas ... were graded "
        "adequate').",
        "The two open AFIs in the notes to editors are each followed by 'Latest position:': true. The "
        "second AFI is about workforce planning from demand; keyed leadership-management (as in the 2023-25 "
        "area), workforce would also be fair.",
        "'a good force', 'a good understanding', the five-point scale, Essex Road, Essex Police (partner, no "
        "grade), the Civil Nuclear Constabulary and Suffolk County Council are distractors.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
