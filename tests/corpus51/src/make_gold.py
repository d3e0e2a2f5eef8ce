"""Write gold/kv01.json ... gold/kv10.json for corpus51 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
HF, H = "HMICFRS", "HMIC"
RESP, INV, PVP, PREV = "responding-to-public", "investigating-crime", "protecting-vulnerable", "preventing-crime"
LFM, SOC = "leadership-management", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFFIC, LEG = "Effectiveness", "Efficiency", "Legitimacy"

BEDS, CAMBS, CHES, CUMB = ("Bedfordshire Police", "Cambridgeshire Constabulary",
                           "Cheshire Constabulary", "Cumbria Constabulary")
DERB, DC, DUR, ESSEX = ("Derbyshire Constabulary", "Devon and Cornwall Police",
                        "Durham Constabulary", "Essex Police")
GMP, HERTS, KENT, LANCS = ("Greater Manchester Police", "Hertfordshire Constabulary",
                           "Kent Police", "Lancashire Constabulary")
MERS, MET, NORF, NOTTS = ("Merseyside Police", "Metropolitan Police Service",
                          "Norfolk Constabulary", "Nottinghamshire Police")
SUFF, WYP, BTP = "Suffolk Constabulary", "West Yorkshire Police", "British Transport Police"

# Master invented grades: every document agrees with these.
M2325 = {
    CHES: {PREV: G, RESP: O, INV: G, PVP: G},
    CUMB: {PREV: G, RESP: A, INV: RI, PVP: A},
    GMP: {PREV: G, RESP: G, INV: A, PVP: RI},
    LANCS: {PREV: O, RESP: G, INV: A, PVP: G, LFM: G},
    MERS: {PREV: G, RESP: G, INV: G, PVP: A},
    BEDS: {RESP: A, INV: RI, PVP: A},
    CAMBS: {RESP: RI, INV: RI, PVP: A},
    HERTS: {RESP: G, INV: G, PVP: G},
    NORF: {RESP: RI, INV: A, PVP: A},
    SUFF: {RESP: A, INV: G, PVP: G},
    NOTTS: {RESP: RI, INV: I, PVP: RI},
    DC: {RESP: I, INV: RI, PVP: RI},
    WYP: {RESP: O, INV: G, PVP: G},
    DERB: {RESP: G, INV: A},
}
M2122 = {
    CHES: {RESP: G, INV: G},
    CUMB: {RESP: A, INV: A, PVP: A},
    GMP: {RESP: I, INV: I, PVP: RI},
    LANCS: {RESP: RI, INV: A, PVP: G},
    MERS: {RESP: G, INV: G},
    BEDS: {RESP: RI, INV: RI},
    CAMBS: {RESP: A, INV: RI},
    HERTS: {RESP: G, INV: G},
    NORF: {RESP: A, INV: A},
    SUFF: {RESP: A, INV: A},
    NOTTS: {INV: RI},
    DC: {RESP: RI, INV: RI},
    WYP: {RESP: G, INV: G},
}
M1819 = {
    CHES: (G, G, G), CUMB: (RI, G, G), GMP: (RI, G, G), LANCS: (G, G, G), MERS: (G, G, G),
    DUR: (O, O, O), WYP: (G, G, G), NOTTS: (G, G, G),
}


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, question, pillar="PEEL"):
    """A judgement whose grade comes from the master tables."""
    if period == P1819:
        grade = M1819[force][(EFF, EFFIC, LEG).index(pillar)]
    else:
        grade = (M2325 if period == P2325 else M2122)[force][question]
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def pillars1819(force):
    return [j(force, P1819, None, p) for p in (EFF, EFFIC, LEG)]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def inspections_for(judgements, inspectorate=HF):
    seen, out = set(), []
    for x in judgements:
        k = (x["force"], x["period"], x["pillar"])
        if k not in seen:
            seen.add(k)
            out.append(insp(*k, inspectorate=inspectorate))
    return out


def gold(document, forces, inspectorates, judgements, afis=(), recs=(), coc=(), people=(),
         encoding="utf-8", inspectorate=HF, also=None, notes=None, genre="national-release"):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates),
         "inspections": inspections_for(judgements, inspectorate),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


HMCIC = person("Lionel Ashdown-Pryce", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary")
GOLDS = []

# kv01 -- State of Policing 2025 excerpt (PDF) ------------------------------------------
GOLDS.append(gold(
    "kv01.pdf", [WYP, CHES, DC, NOTTS, GMP, DUR], [HF],
    [j(WYP, P2325, RESP), j(CHES, P2325, RESP), j(DC, P2325, RESP), j(NOTTS, P2325, INV),
     j(GMP, P2122, INV), j(GMP, P2325, INV)] + pillars1819(DUR),
    people=[HMCIC],
    notes=[
        "The period of the graded areas is PEEL 2023-25 (the section opens with the 2023-25 "
        "cycle). 'the only two forces we graded outstanding for responding to the public' "
        "grades both WYP and Cheshire. 'In Nottinghamshire ... the force's investigation of "
        "crime was graded inadequate' names the force by its short name.",
        "GMP: 2021/22 inadequate and 2023-25 adequate for investigating crime. Durham: "
        "'outstanding for effectiveness, efficiency and legitimacy in our 2018/19 integrated "
        "PEEL assessment' gives three 2018/19 pillar judgements (question null).",
        "Distractors: national counts (27 outstanding, 12 forces inadequate, Figure 7), "
        "Recommendation 4 to all chief constables (not a force recommendation), Police "
        "Scotland and the PSNI, and Cornwall Fire and Rescue Service's 'good'.",
        "Inspectorate: the document is HMICFRS's own and speaks of 'our' inspections, so every "
        "inspection is HMICFRS (including Durham's 2018/19).",
    ]))

# kv02 -- thematic report with a table of forces (PDF) -----------------------------------
T2 = [BEDS, CAMBS, CHES, CUMB, DERB, DC, GMP, HERTS, LANCS, MERS, NORF, NOTTS, SUFF, WYP]
GOLDS.append(gold(
    "kv02.pdf", T2, [HF],
    [j(f, P2325, INV) for f in T2] + [j(f, P2122, INV) for f in T2 if f != DERB],
    coc=[stmt(NOTTS, P2325, INV,
              "The force does not make sure that crimes are investigated thoroughly and on "
              "time, and it does not keep victims informed about the progress of their cases.")],
    people=[person("Harriet Quennell-Moss", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    recs=[stmt(NOTTS, P2325, INV,
               "Within six months, the force should make sure that every investigation is "
               "reviewed by a supervisor at set intervals, and that each review records when "
               "and how the victim was last updated.")],
    notes=[
        "Figure 2 has forces as rows and the two rounds as columns; the caption names the "
        "area (investigating crime). Derbyshire's 2021/22 cell is '\u2013\u00b9' and its "
        "footnote names no grade, so Derbyshire has no 2021/22 judgement or inspection.",
        "The cause of concern is quoted from the Nottinghamshire report and is stated as the "
        "force's cause of concern, so it is a fact (2023-25, investigating crime), and so is the force recommendation inside the same box.",
        "The three numbered recommendations are addressed to all chief constables and the "
        "College of Policing: not force recommendations. Averages (2.9, 3.1), the change "
        "arrows and Hertfordshire's 'Innovative practice' box give nothing.",
    ]))

# kv03 -- regional collaboration board paper (DOCX) --------------------------------------
E5 = [BEDS, CAMBS, HERTS, NORF, SUFF]
GOLDS.append(gold(
    "kv03.docx", E5 + [ESSEX, KENT], [],
    [j(f, P2325, q) for q in (RESP, INV, PVP) for f in E5]
    + [j(f, P2122, q) for q in (RESP, INV) for f in E5],
    afis=[
        stmt(NORF, P2325, SOC,
             "The force should make sure that its local policing teams understand their role "
             "in disrupting serious and organised crime, and that they receive intelligence "
             "from the regional organised crime unit."),
        stmt(CAMBS, P2325, INV,
             "The force should improve how it uses digital forensic evidence, so that seized "
             "devices are examined within a reasonable time and investigations are not "
             "delayed."),
    ],
    people=[
        person("Rachel Okafor", "chief-constable", HERTS, "Chief Constable"),
        person("Marcus Delaney", "chief-constable", CAMBS, "Temporary Chief Constable", "temporary"),
        person("Gail Ferrers", "commissioner", NORF, "Police and Crime Commissioner for Norfolk"),
    ],
    inspectorate=None,
    notes=[
        "Table 1 has areas as rows and forces as columns under a header cell merged across the "
        "five force columns ('PEEL 2023\u201325 grade'); the column headers are short names. "
        "Table 2 (2021/22) uses 'Beds Police', 'Cambs Police', 'Herts Police'.",
        "No inspectorate is named anywhere in the body (HMICFRS is never mentioned), so "
        "inspectorates is empty and every inspection's inspectorate is null.",
        "The two AFIs sit in a table with a 'Regional owner' column, which is not a force "
        "update: has_force_update false. Norfolk's AFI is under 'Serious and organised crime' "
        "-> serious-organised-crime (that area is not graded here, so no judgement).",
        "Essex Police and Kent Police are named only as non-members. Cambridgeshire Fire and "
        "Rescue Service's 'good' is a fire inspection. The Board's own 'recommended to' items "
        "are not inspection recommendations. The report's author is an unnamed ACC.",
        "Gail Ferrers is named first, then 'Police and Crime Commissioner for Norfolk': the "
        "title is kept as written.",
    ]))

# kv04 -- PEEL explorer-style CSV export (long format) ----------------------------------
NW = [CHES, CUMB, GMP, LANCS, MERS]
J4 = []
for f in NW:
    J4 += [j(f, P2325, q) for q in M2325[f]]
    J4 += [j(f, P2122, q) for q in M2122[f]]
    J4 += pillars1819(f)
GOLDS.append(gold(
    "kv04.csv", NW, [HF], J4,
    notes=[
        "One row per force, period and area. 'Providing a service to victims of crime' is "
        "'Not graded' (no judgement). 2018/19 rows carry pillar names in area_or_pillar, so "
        "they are pillar judgements with question null. 'Preventing crime and antisocial "
        "behaviour' -> preventing-crime; 'Leadership and force management' -> "
        "leadership-management.",
        "HMICFRS is named only inside the report_url column (hmicfrs.justiceinspectorates.gov.uk). "
        "check_gold counts that as naming the inspectorate, and the rows are HMICFRS's "
        "published grades, so inspections are HMICFRS; a reader could fairly leave the "
        "inspectorate null.",
    ]))

# kv05 -- Home Office statistical bulletin table (CSV, cp1252, CRLF) ---------------------
T5 = [BEDS, CAMBS, CHES, CUMB, DERB, DC, GMP, HERTS, LANCS, MERS, NORF, NOTTS, SUFF, WYP]
GOLDS.append(gold(
    "kv05.csv", T5 + [MET, BTP], [HF],
    [j(f, P2325, RESP) for f in T5], encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings; en dashes and a curly apostrophe in cp1252. Force areas "
        "are written in Home Office style ('Devon & Cornwall', 'Greater Manchester', "
        "'Metropolitan Police').",
        "The grade column is 'PEEL 2023\u201325 grade: responding to the public'; the source line "
        "names HMICFRS PEEL 2023\u201325 reports. The Met ('..', note 3) and British Transport "
        "Police have no grade; England and Wales totals, officer numbers, rates and changes are "
        "not facts. Police Scotland and the PSNI are outside forces.csv.",
    ]))

# kv06 -- House of Commons Library briefing (DOCX) --------------------------------------
GOLDS.append(gold(
    "kv06.docx", [CUMB, GMP, DC], [H, HF],
    pillars1819(CUMB) + [j(GMP, P2122, RESP), j(GMP, P2122, INV), j(GMP, P2122, PVP),
                         j(GMP, P2325, RESP), j(GMP, P2325, INV), j(DC, P2325, RESP)],
    people=[
        person("Alastair Brenchley", "chief-constable", GMP, "Chief Constable"),
        HMCIC,
    ],
    notes=[
        "Cumbria: 'judged to require improvement in effectiveness, but good in both efficiency "
        "and legitimacy' (2018/19, pillar judgements). GMP 2021/22: inadequate for responding "
        "and investigating, requires improvement for protecting vulnerable people. GMP "
        "2023-25: 'the responding grade had risen to good and investigating crime to adequate'. "
        "Devon and Cornwall: inadequate at responding to the public (2023-25).",
        "HMIC is named (the pre-2017 name) as well as HMICFRS. 'HM Inspectorate of "
        "Constabulary in Scotland' is HMICS, not HMIC. Inspections are HMICFRS: the briefing "
        "says HMICFRS has graded forces since 2021/22 and its notes cite HMICFRS reports.",
        "Table 1 counts forces by grade (no areas named per force). The national "
        "recommendation to all chief constables is not a force recommendation. Police "
        "Scotland and the PSNI are not in forces.csv. The Library authors are not person facts.",
        "People: 'Chief Constable Sir Alastair Brenchley' (honorific dropped); 'Sir Lionel "
        "Ashdown-Pryce, His Majesty\u2019s Chief Inspector of Constabulary'.",
    ]))

# kv07 -- regional newspaper league table (HTML) ----------------------------------------
GOLDS.append(gold(
    "kv07.html", [CHES, LANCS, MERS, GMP, CUMB], [HF],
    [j(CHES, P2325, RESP), j(LANCS, P2325, PREV), j(MERS, P2325, INV),
     j(GMP, P2122, RESP), j(GMP, P2325, PVP), j(CUMB, P2325, INV)],
    people=[
        person("Declan Murtagh", "commissioner", LANCS, "Police and Crime Commissioner"),
        person("Imogen Threlfall", "chief-constable", CUMB, "Chief Constable"),
    ],
    notes=[
        "The league table gives only counts of grades per force and invented points: no "
        "judgement. Grades come from the prose, with short and possessive names "
        "('Cheshire\u2019s handling of 999 and 101 calls was rated outstanding', 'Lancashire "
        "... judged outstanding at preventing crime', 'GMP still requires improvement in how "
        "it protects vulnerable people', 'Its investigation of crime requires improvement').",
        "Period: the article is about 'its latest PEEL programme' and the source line says "
        "PEEL 2023\u201325. GMP's 2021/22 response grade: 'HMICFRS rated its response to calls "
        "from the public inadequate in 2021/22'.",
        "'not graded inadequate or requires improvement in any area' (Merseyside) gives no "
        "grade. The related-content link about Merseyside Fire and Rescue Service is a fire "
        "grade. The points scale sentence lists grade words only.",
        "People: 'Lancashire\u2019s Police and Crime Commissioner, Declan Murtagh' (title "
        "first); 'Chief Constable Imogen Threlfall of Cumbria Constabulary'. The reporter is "
        "not a person fact.",
    ]))

# kv08 -- NPCC Chief Constables' Council paper (PDF) -------------------------------------
GOLDS.append(gold(
    "kv08.pdf", [DERB, NOTTS, DC, GMP, CHES, BTP], [HF],
    [j(NOTTS, P2325, INV), j(DC, P2325, RESP), j(GMP, P2122, INV), j(GMP, P2325, INV),
     j(CHES, P2325, RESP)],
    people=[
        person("Gareth Lowther", "chief-constable", DERB, "Chief Constable"),
        person("Priya Raman", "chief-constable", NOTTS, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "National counts (Table 1, '12 received at least one grade of inadequate') name no "
        "force. Recommendation 4 of State of Policing is addressed to all chief constables. "
        "'Council is recommended to note' is the paper's own recommendation.",
        "Gareth Lowther is 'Chief Constable Gareth Lowther, Derbyshire Constabulary' (the NPCC "
        "lead); his force has no grade here. Assistant Chief Constable Ewan Hartigan is not a "
        "person fact. British Transport Police is named only in the source note.",
    ]))

# kv09 -- think tank blog (Markdown) -----------------------------------------------------
B8 = [BEDS, CAMBS, CUMB, DC, GMP, HERTS, LANCS, WYP]
GOLDS.append(gold(
    "kv09.md", B8, [HF],
    [j(f, p, q) for f in B8 for q in (RESP, INV) for p in (P2122, P2325)] + pillars1819(WYP),
    notes=[
        "A Markdown table with forces as rows and four period/area columns. The prose restates "
        "some grades ('from requires improvement to good', 'from requires improvement to "
        "inadequate') consistently with the table.",
        "West Yorkshire 2018/19: 'graded it good for effectiveness, good for efficiency and good "
        "for legitimacy'. Coded averages (2.9, 3.1) and 'league tables' are distractors. The "
        "author is not a person fact.",
    ]))

# kv10 -- academic working paper appendix (DOCX) -----------------------------------------
B10 = [CHES, CUMB, DUR, GMP, LANCS, MERS, NOTTS, WYP]
GOLDS.append(gold(
    "kv10.docx", B10, [H, HF],
    [x for f in B10 for x in pillars1819(f)] + [j(f, P2122, RESP) for f in (CHES, CUMB, GMP, LANCS, MERS)],
    notes=[
        "Table B1: 2018/19 pillar grades for eight forces (pillar judgements, question null); "
        "the Composite and Officers per 1,000 columns are not grades, and the Police Scotland "
        "row is 'n/a'. Table B2: 2021/22 responding-to-the-public grades with short names; its "
        "Code column is not a grade. Cumbria's 'Adequate' is a judgement even though the force "
        "was dropped from the check.",
        "HMIC is named in a reference (Durham's 2017 legitimacy report, with no grade, so no "
        "inspection); HMICS is not HMIC.",
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
