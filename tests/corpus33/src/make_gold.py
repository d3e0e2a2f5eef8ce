"""Write gold/kc01.json ... gold/kc10.json for corpus33 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=HF):
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

# kc01 -- PCC annual report (PDF), Lincolnshire --------------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "kc01.pdf", "response-record", [F, "Nottinghamshire Police", "Leicestershire Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (RESP, A), (INV, A), (LFM, A),
                      (PVP, RI)]),
    people=[
        person("Alistair Penhaligon-Reeve", "commissioner", F,
               "Police and Crime Commissioner for Lincolnshire"),
        person("Rebecca Thursby", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A five-page PCC annual report; the PEEL facts are two paragraphs under 'Independent "
        "inspection' inside the 'Holding the Chief Constable to account' chapter on page 4. "
        "Grades are in two comma lists ('good at A, B, C and D', 'adequate at E, F, and G') "
        "whose items themselves contain commas and 'and' ('building, supporting and protecting "
        "the workforce', 'leadership and force management').",
        "'eight areas for improvement, three of them about vulnerability' and 'no cause of "
        "concern' quote no statement: nothing. The joint custody inspection ('four "
        "recommendations', 'good practice') is not PEEL. 'rated it good or very good' (victim "
        "hub survey) is a distractor.",
        "People: the PCC signs the foreword name-first, title after ('Police and Crime "
        "Commissioner for Lincolnshire'); 'Chief Constable Rebecca Thursby' is title-first. "
        "Assistant Chief Constable Daniel Ferriby is not a person fact.",
        "Nottinghamshire Police (joint rural operation) and Leicestershire Police (regional "
        "unit) are named in passing with no grade.",
    ]))

# kc02 -- annual governance statement (DOCX), Gloucestershire ------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "kc02.docx", "response-record", [F], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(INV, I)]),
    coc=[
        stmt(F, P2325, INV,
             "Gloucestershire Constabulary does not make sure that crimes are investigated "
             "effectively. Too many investigations are not allocated promptly, are not "
             "supervised, and are closed without the victim being told.", True),
    ],
    people=[
        person("Rupert Halloway", "commissioner", F,
               "Police and Crime Commissioner for Gloucestershire"),
        person("Marianne Okafor-Reid", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The only PEEL facts are in row 4 of the 'Significant governance issues' table (section "
        "4), among rows on pensions remedy, the ERP system, limited-assurance audits, vetting "
        "renewals and the medium-term financial plan. The Description cell holds three "
        "paragraphs: the grade sentence ending in a colon, the two-sentence cause of concern "
        "(its own paragraph), then 'HMICFRS made four recommendations ...' (counted, not "
        "quoted: no recommendation facts).",
        "has_force_update true: the same row's 'Action taken and planned' cell gives the "
        "force's progress against the cause of concern.",
        "Distractors: 'reasonable assurance', 'substantial assurance', 'limited assurance' "
        "(internal audit), the vetting row (from the national vetting, misconduct and misogyny "
        "report, not PEEL), 'Delivering Good Governance', 'implementing good practices', "
        "Gloucestershire Fire and Rescue Service (no grade).",
        "People: the signature table gives name then title on separate paragraphs. The "
        "Chief Constable's line is 'Chief Constable, Gloucestershire Constabulary', so the "
        "title is 'Chief Constable'. The Deputy Chief Constable is unnamed: no person fact. "
        "The page header/footer are not body text.",
    ]))

# kc03 -- plan progress page (HTML), Warwickshire -----------------------------------------
F = "Warwickshire Police"
GOLDS.append(gold(
    "kc03.html", "response-record", [F, "West Mercia Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PVP, A), (INV, RI)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that officers complete a risk assessment for every "
             "domestic abuse incident they attend, and that a trained supervisor reviews each "
             "assessment.", True),
        stmt(F, P2325, INV,
             "The force should make sure that supervisors review investigations at regular "
             "intervals and record clear directions for the investigating officer.", True),
    ],
    people=[
        person("Jonathan Ferris-Wade", "commissioner", F, "Commissioner"),
        person("Anwen Lusk", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "PEEL content is only in the 'Priority 3' accordion panel, under 'What the inspectorate "
        "said': one sentence with two grades, then two AFIs in <blockquote>s, each followed by "
        "'Progress:' (the force's progress, so has_force_update true; the second is 'Behind "
        "plan' but still an update).",
        "The document does not say which graded area each AFI belongs to; the question comes "
        "from its subject (domestic abuse risk assessment -> protecting-vulnerable; "
        "supervision of investigations -> investigating-crime), matching the two areas named "
        "in the lead-in.",
        "Distractors: 'a good or excellent job' (survey), the youth justice inspection 'rated "
        "... good' (not police, not PEEL), 'workforce plan and its use of resources' (no "
        "grade), cookie notice date, budget consultation 2026/27.",
        "People: 'the Commissioner, Jonathan Ferris-Wade' is named title-first with the bare "
        "office 'Commissioner' (the site chrome calls him the Warwickshire Police and Crime "
        "Commissioner). 'Chief Constable Anwen Lusk'. West Mercia Police is a neighbour in "
        "passing.",
    ]))

# kc04 -- audit and ethics committee pack (PDF), Bedfordshire ------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "kc04.pdf", "response-record",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(RESP, A), (INV, A), (PVP, A)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should improve the speed with which it answers non-emergency calls, so "
             "that fewer callers abandon their call before it is answered.", True),
        stmt(F, P2325, INV,
             "The force should make sure that victims are kept informed about the progress of "
             "investigations into their crimes, and that it records the contact it has with "
             "them.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that officers identify and record the vulnerability "
             "of every person reported missing, and that the risk assessment is reviewed when "
             "new information becomes available.", False),
        stmt(F, P2325, WORK,
             "The force should make sure that its wellbeing services reach staff in the force "
             "control room, and that it evaluates how well they work.", True),
        stmt(F, P2122, MOS,
             "The force should make sure that it has enough trained staff to manage the risk "
             "posed by registered sex offenders in the community.", True),
    ],
    people=[
        person("Hannah Rookwood", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A committee pack: agenda, minutes, then item 5. The tracker table lists PEEL "
        "2023-25, PEEL 2021/22 and five thematic/joint inspections; only the PEEL rows give "
        "facts (counts only).",
        "'graded the force good in five areas and adequate in three: responding to the "
        "public, investigating crime, and protecting vulnerable people' -> three Adequate "
        "judgements; the five good areas are not named, so they give nothing.",
        "AFIs: the open-AFI table 'Ref | Area for improvement | Update | Status'; the Ref "
        "cell names the area (question). P23-05's update cell is 'No update received by the "
        "deadline for this report.' -> false. P21-08 is a PEEL 2021/22 AFI with closure "
        "evidence -> true, and a 2021/22 inspection with no judgement.",
        "Not PEEL: the vetting thematic recommendation to chief constables (paraphrased), the "
        "quoted custody recommendation 'The force should make sure that detainees who need an "
        "appropriate adult ...' (joint custody inspection, not PEEL), the activism and race "
        "action plan recommendations, the JTAI. Internal audit 'substantial/reasonable/"
        "limited assurance' are distractors.",
        "People: 'Deputy Chief Constable Hannah Rookwood' in the minutes (deputy). Committee "
        "members and unnamed officers are not person facts. Hertfordshire and Cambridgeshire "
        "are collaboration partners in the minutes.",
    ]))

# kc05 -- chief constable's annual report (DOCX), Cambridgeshire ---------------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "kc05.docx", "response-record",
    [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, G), (INV, A), (PVP, G), (MOS, G), (WORK, A),
                      (LFM, G)])
    + grades(F, P2122, [(RESP, RI)]),
    people=[
        person("Nathaniel Cresswell", "chief-constable", F, "Chief Constable"),
        person("Imogen Farrant-Lowe", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": grades(F, P2122, [(INV, A)])},
    notes=[
        "'How we were inspected' (after a page break) has a two-column grade table with "
        "shaded grade cells. The sentence before it lists the five-point scale: no judgement.",
        "2021/22: 'In our previous inspection, in 2021/22, that area [responding to the "
        "public] was graded requires improvement' -> a 2021/22 judgement. 'Investigating crime "
        "received the same grade as in 2021/22' names no grade word for 2021/22 (GOLD-FORMAT "
        "convention), so 2021/22 investigating crime = Adequate is in also_acceptable only.",
        "'seven areas for improvement and no recommendations': counts only. Cambridgeshire "
        "Fire and Rescue Service 'was graded good' is a fire inspection: no judgement. The "
        "custody, IOPC and NCA reviews give nothing.",
        "People: the foreword is signed 'Nathaniel Cresswell' / 'Chief Constable' (a line "
        "break inside one paragraph). 'the Police and Crime Commissioner, Imogen "
        "Farrant-Lowe' is title-first. Assistant Chief Constable Fiona Maitland is not a "
        "person fact. Bedfordshire and Hertfordshire are named as collaboration partners.",
    ]))

# kc06 -- council scrutiny report (TXT, cp1252, CRLF), Dyfed-Powys -------------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "kc06.txt", "response-record", [F], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PREV, G), (PPT, G), (WORK, G), (MOS, G), (RESP, A), (PVP, A), (LFM, A),
                      (INV, RI)]),
    people=[
        person("Carys Meredith-Jones", "commissioner", F, "Police and Crime Commissioner"),
        person("Gareth Llewellyn-Harries", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings (en dashes, pound signs, a Welsh "
        "line). Section 4 of eight numbered sections holds the PEEL prose (paragraph 4.2): "
        "'judged good at A, at B, and at C', 'also graded good for D', 'each assessed as "
        "adequate', 'graded investigating crime as requiring improvement'.",
        "'nine areas for improvement' and 'no causes of concern' give nothing. The "
        "committee's own RECOMMENDATIONS (a), (b) are not PEEL. The custody and anti-social "
        "behaviour inspections give no grade; Mid and West Wales Fire and Rescue Service is "
        "not graded. 'Heddlu Dyfed-Powys' is an alias.",
        "People: 'the Police and Crime Commissioner, Carys Meredith-Jones' and 'The force's "
        "Chief Constable, Gareth Llewellyn-Harries' are title-first. The Executive Board "
        "Member (a councillor) and the unnamed Superintendent are not person facts.",
    ]))

# kc07 -- budget and precept report (PDF), Cleveland ---------------------------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "kc07.pdf", "response-record", [F, "Durham Constabulary"], [HF],
    [insp(F, P2325), insp(F, P1819)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, G), (WORK, G),
                      (LFM, A)])
    + grades(F, P1819, [(None, I)]),
    people=[
        person("Martin Hollinshead", "chief-constable", F, "Chief Constable"),
        person("Jacqueline Ormesby", "commissioner", F,
               "Police and Crime Commissioner for Cleveland"),
    ],
    notes=[
        "Section 5 'Performance context' sits between Table 1 (2025/26 precept by band) and "
        "Table 2 (2026/27 precept by band). Its grade table has eight rows, 'Area | Grade'.",
        "'The force was graded inadequate overall in the PEEL 2018/19 inspection' -> a "
        "2018/19 judgement with pillar PEEL and question null. The inspectorate is not named "
        "for that inspection; HMICFRS is given by era and by the next sentence. Its inspection "
        "is listed because a grade is stated.",
        "Distractors: Cleveland Fire Brigade 'graded good for preventing fires', 'reserves "
        "adequate' (section 25 statement), the custody inspection's five recommendations, "
        "Band D figures.",
        "People: 'Chief Constable Martin Hollinshead' (title-first); the report is signed "
        "'Jacqueline Ormesby' / 'Police and Crime Commissioner for Cleveland'. Durham "
        "Constabulary is a collaboration partner named in passing.",
    ]))

# kc08 -- force management statement summary (Markdown), Cumbria ---------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "kc08.md", "response-record", [F], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, A), (MOS, G), (WORK, RI),
                      (LFM, G)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers emergency calls within the national "
             "standard of ten seconds during periods of seasonal demand.", True),
        stmt(F, P2325, INV,
             "The force should make sure that digital devices seized during investigations are "
             "examined without unnecessary delay.", True),
        stmt(F, P2325, PVP,
             "The force should improve how it shares information with partner agencies about "
             "children who are at risk of exploitation.", True),
        stmt(F, P2325, WORK,
             "The force should make sure that all officers and staff receive a regular and "
             "meaningful performance development review.", False),
        stmt(F, P2325, WORK,
             "The force should make sure that it understands why officers leave in their first "
             "five years of service and acts on what it finds.", True),
    ],
    people=[
        person("Rhiannon Castleford", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Elliot Hargreave", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Markdown pipe tables. Section 5 has a grade table and an AFI table "
        "'Area | Area for improvement | FMS workstream | Progress (June 2025)'; the Area cell "
        "gives the question. The performance-review AFI's Progress cell is '–' -> false; the "
        "others give progress -> true.",
        "Distractors: demand and workforce tables, 'Cumbria Fire and Rescue Service ... graded "
        "good ... and adequate' (fire inspection, governed by the same PFCC), the custody "
        "inspection's counts, national thematic recommendations, 'The report made no "
        "recommendations'.",
        "People: 'Deputy Chief Constable Rhiannon Castleford' (deputy) and the sign-off "
        "'Chief Constable Elliot Hargreave'. The Police, Fire and Crime Commissioner is "
        "unnamed.",
    ]))

# kc09 -- PCC news page (HTML), Wiltshire ------------------------------------------------
F = "Wiltshire Police"
GOLDS.append(gold(
    "kc09.html", "press-release",
    [F, "Gloucestershire Constabulary", "Avon and Somerset Constabulary"], [],
    [insp(F, P2325, inspectorate=None), insp(F, P2122, inspectorate=None)],
    grades(F, P2325, [(RESP, A)]) + grades(F, P2122, [(RESP, I)]),
    people=[
        person("Callum Strickland-Bose", "commissioner", F, "Police and Crime Commissioner"),
        person("Frances Doyle", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "One of eight bullet highlights: 'in the force's PEEL 2023-25 assessment ... its "
        "handling of calls was graded adequate for responding to the public, up from "
        "inadequate in 2021/22' -> 2023-25 Adequate and 2021/22 Inadequate for "
        "responding-to-public.",
        "'Two further areas moved out of 'requires improvement'' names no area: nothing.",
        "No inspectorate is named anywhere on the page (no HMICFRS, no full name), so "
        "inspectorates is empty and both inspections have inspectorate null.",
        "Distractors: 'rated the service as good or excellent', 'Commissioner welcomes fire "
        "service inspection result' (related link), cookie policy date, 2026/27 budget.",
        "People: 'Police and Crime Commissioner Callum Strickland-Bose' and 'Chief Constable "
        "Frances Doyle' (both title-first). Gloucestershire and Avon and Somerset are "
        "neighbouring forces named in passing.",
    ]))

# kc10 -- performance scorecard (CSV, BOM, CRLF), Gloucestershire --------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "kc10.csv", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(INV, I), (RESP, RI), (PVP, RI), (PREV, G)])
    + grades(F, P2122, [(INV, RI), (RESP, A), (PVP, RI), (PREV, G)]),
    notes=[
        "42 indicator rows; rows G-32 to G-35 have an Indicator 'HMICFRS PEEL grade: <area>'. "
        "The Actual column gives the 2023-25 grade ('Inadequate (PEEL 2023-25)') and the "
        "Baseline column the 2021/22 grade ('Requires improvement (PEEL 2021/22)'). The "
        "Target column ('Adequate', 'Good') is an aim, not a judgement.",
        "G-37 is a standalone 2019 crime data integrity inspection (no PEEL period): nothing. "
        "G-36, G-38 and G-39 are counts. 'good job' (G-05) and 'rated good or better' (G-40) "
        "are distractors.",
        "UTF-8 with a byte-order mark and CRLF line endings; a title row above the header and "
        "a key row at the end. Grades agree with kc02 (investigating crime inadequate, "
        "2023-25).",
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
