"""Write gold/lv01.json ... gold/lv10.json (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import (LV01, LV02, SW, LV03, LV04, LV05, LV06, LV07, LV09, WORD, AREA_KEYS)  # noqa

GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM = AREA_KEYS
PILLARS3 = ("Effectiveness", "Efficiency", "Legitimacy")


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def judg(force, period, pillar, question, letter):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "grade": WORD[letter]}


def areas(force, period, letters):
    return [judg(force, period, "PEEL", k, g) for k, g in zip(AREA_KEYS, letters)]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None, genre="national-release"):
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

# lv01 ---------------------------------------------------------------------------------
pairs = [(canon, g) for g in "OGRI" for _, canon in LV01[g]]
GOLDS.append(gold(
    "lv01.html", [c for c, _ in pairs], [H],
    [insp(c, "2016", "Effectiveness", H) for c, _ in pairs],
    [judg(c, "2016", "Effectiveness", None, g) for c, g in pairs],
    people=[person("Zoë Billingham", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "A radio station's news page, published 2 March 2017, lists every force under its "
        "overall effectiveness grade. The period is 2016 (the PEEL 2016 effectiveness "
        "inspection, published in March 2017); the page never says '2016', only the "
        "publication date. The grades are the published ones.",
        "Forces are written in short forms ('Avon & Somerset', 'Met Police', 'Durham'). "
        "The four questions are listed without grades, so there are no question judgements.",
        "'one of 13 forces told they must do better' repeats Hampshire's grade; the "
        "efficiency and legitimacy sentences give no grade. The fire and rescue service and "
        "the unnamed Sussex chief constable in 'Most read' are not facts.",
        "HMIC is named ('Her Majesty's Inspectorate of Constabulary (HMIC)'), so every "
        "inspection has HMIC. The HMI is named title-first; the title is the office alone.",
    ]))

# lv02 ---------------------------------------------------------------------------------
ins, jud, lead = [], [], []
for f in SW:
    ins.append(insp(f, "2014", "Efficiency", H))
    jud.append(judg(f, "2014", "Efficiency", None, LV02[f]["2014"][1]))
    for y in ("2015", "2016", "2017"):
        ii = H if y != "2017" else HF
        for p, g in zip(PILLARS3, LV02[f][y]):
            ins.append(insp(f, y, p, ii))
            jud.append(judg(f, y, p, None, g))
        lead.append(insp(f, y, "Leadership", ii))
GOLDS.append(gold(
    "lv02.csv", SW, [H, HF], ins, jud,
    also={"inspections": lead},
    notes=[
        "One row per force and PEEL year, one column per pillar. 2014 rows grade efficiency "
        "only; 'Not graded in 2014' cells give nothing, and no 2014 effectiveness or "
        "legitimacy inspection is stated.",
        "Leadership cells are 'Ungraded' (2015-2017) or 'n/a' (2014): no judgement. The "
        "leadership inspections (the note says leadership 'was assessed from 2015') are in "
        "also_acceptable only.",
        "The note row names both inspectorates and says which awarded which years: HMIC for "
        "2014-2016, HMICFRS for 2017.",
        "The 'Key' row lists all the grade words and gives nothing.",
    ]))

# lv03 ---------------------------------------------------------------------------------
ins, jud, lead, forces = [], [], [], []
for _, fs in LV03:
    for f, gr in fs:
        forces.append(f)
        for p, g in zip(PILLARS3, gr):
            ins.append(insp(f, "2017", p, HF))
            jud.append(judg(f, "2017", p, None, g))
        lead.append(insp(f, "2017", "Leadership", HF))
GOLDS.append(gold(
    "lv03.pdf", forces, [HF], ins, jud,
    also={"inspections": lead},
    notes=[
        "A printed annex page of an annual assessment: one row per force under region "
        "headings, one column per 2017 pillar. Each grade cell also holds a change arrow "
        "against 2016 (▲ ▼ =); the arrows name no 2016 grade, so they give no 2016 "
        "judgements (the 2016 grade is not derivable from an arrow).",
        "Leadership cells say 'Assessed, not graded': the leadership inspections are in "
        "also_acceptable only, with no judgement.",
        "The crime data integrity column ('Good (Jan 2018)', 'Requires improvement (Nov "
        "2017)') is a separate, non-PEEL inspection and gives nothing. Custody and the joint "
        "stalking inspection are ungraded and not PEEL.",
        "The national counts ('two forces to be outstanding at legitimacy ...') name no "
        "force. The annex says 'our 2017 PEEL inspections' and names HMICFRS, so each "
        "inspection has HMICFRS.",
    ]))

# lv04 ---------------------------------------------------------------------------------
GMP = "Greater Manchester Police"
GOLDS.append(gold(
    "lv04.docx", [f for f, _, _ in LV04], [HF],
    [insp(f, "2021/22", "PEEL", HF) for f, _, _ in LV04],
    [j for f, _, gr in LV04 for j in areas(f, "2021/22", gr)],
    recs=[stmt(GMP, "2021/22", RESP,
               "Within six months, the force should have a plan that reduces the time it takes "
               "to answer emergency and non-emergency calls, and it should check its "
               "performance against the national standards every month.", True)],
    coc=[stmt(GMP, "2021/22", RESP,
              "Greater Manchester Police is not answering emergency and non-emergency calls "
              "quickly enough, and too many callers give up before their call is answered.",
              True)],
    people=[person("Gareth Ellison", "chief-constable", GMP, "Chief Constable")],
    notes=[
        "Table 1 is transposed: one row per area, one column per force (short names, 'GMP'). "
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> "
        "leadership-management. The victims row ('Not graded') and the serious organised "
        "crime row ('Regional report') give nothing.",
        "The prose repeats some grades ('both it and Lancashire were graded outstanding for "
        "preventing crime'); 'requires improvement in more than one area' and the national "
        "counts give nothing new. Lancashire Fire and Rescue Service's grade is not a police "
        "judgement.",
        "The cause of concern and its recommendation are quoted in Word's Quote style; both "
        "sit under responding to the public. has_force_update is true for both because the "
        "Chief Constable's statement reports progress on call answering; a strict grader "
        "might call it a panel statement rather than a force update.",
        "The Mayor is unnamed, and the briefing's authors are not person facts. The "
        "'engage' phase is not a grade.",
    ]))

# lv05 ---------------------------------------------------------------------------------
CLE = "Cleveland Police"
GOLDS.append(gold(
    "lv05.md", [f for f, _ in LV05] + ["Avon and Somerset Constabulary", "Leicestershire Police",
                                        "South Yorkshire Police", "North Yorkshire Police"],
    [HF],
    [insp(f, "2023-25", "PEEL", HF) for f, _ in LV05],
    [j for f, gr in LV05 for j in areas(f, "2023-25", gr)],
    also={"inspections": [insp(CLE, "2021/22", "PEEL", HF)]},
    notes=[
        "The table has one column per grade, and each cell lists the areas (shortened) that "
        "received that grade; '—' means none. Short names map as the table note says: "
        "'public treatment' -> treatment-of-public, 'responding' -> responding-to-public, "
        "'investigating' -> investigating-crime, 'vulnerable people' -> "
        "protecting-vulnerable, 'offenders' -> managing-offenders, 'workforce' -> workforce, "
        "'leadership' -> leadership-management.",
        "Cleveland's 2021/22 report 'had two inadequate grades' names no area, so no "
        "judgement; the 2021/22 inspection is in also_acceptable only.",
        "The national counts table names no force. Avon and Somerset, Leicestershire, South "
        "Yorkshire and North Yorkshire are named with no grade.",
    ]))

# lv06 ---------------------------------------------------------------------------------
ins, jud, peel, forces = [], [], [], []
for _, fs in LV06:
    for f, gr in fs:
        forces.append(f)
        for p, g in zip(PILLARS3, gr):
            ins.append(insp(f, "2018/19", p, HF))
            jud.append(judg(f, "2018/19", p, None, g))
        peel.append(insp(f, "2018/19", "PEEL", HF))
GOLDS.append(gold(
    "lv06.html", forces, [HF], ins, jud,
    also={"inspections": peel},
    notes=[
        "An inspectorate overview page of PEEL 2018/19 grades, table view by pillar, grouped "
        "by region (South West and Wales shown). Following corpus13 (q08) and dev12, the "
        "2018/19 pillar grades are judgements with pillars Effectiveness, Efficiency and "
        "Legitimacy and period 2018/19, each with a pillar inspection; the integrated PEEL "
        "2018/19 inspection of each force is in also_acceptable.",
        "Each grade cell holds a visually hidden 'Effectiveness: ' prefix (screen-reader "
        "text); it adds nothing to what the column head says.",
        "The key lists four grades and gives nothing. The cookie banner about fire and "
        "rescue services is not a fact. Avon and Somerset's grades are the published ones.",
    ]))

# lv07 ---------------------------------------------------------------------------------
GOLDS.append(gold(
    "lv07.pdf", [f for f, _, _ in LV07] + ["Sussex Police"], [HF],
    [insp(f, "2023-25", "PEEL", HF) for f, _, _ in LV07],
    [j for f, _, gr in LV07 for j in areas(f, "2023-25", gr)],
    people=[
        person("Imogen Fairley", "commissioner", "Surrey Police", "Police and Crime Commissioner"),
        person("Rachel Oduya", "chief-constable", "Kent Police", "Chief Constable"),
    ],
    notes=[
        "A newspaper league table printed to PDF: column heads are codes (PPT ... LFM) "
        "explained in a legend below the table; the cells hold full grade words. The "
        "'Points' column and the rank ('=2') are the paper's own and give nothing.",
        "Hampshire is written 'Hampshire and Isle of Wight' (table) and 'Hampshire and Isle "
        "of Wight Constabulary' (prose): Hampshire Constabulary.",
        "Sussex Police is named, with 'Report not yet published': no inspection. Kent Fire "
        "and Rescue Service's 'rated good' is a fire inspection and gives nothing.",
        "People are named title-first ('Surrey's Police and Crime Commissioner, Imogen "
        "Fairley'; 'Kent's Chief Constable, Rachel Oduya'), so the titles are the offices "
        "alone. The reporter is not a person fact.",
    ]))

# lv08 ---------------------------------------------------------------------------------
DP, LI, NW, CU, NO, DC = ("Dyfed-Powys Police", "Lincolnshire Police", "North Wales Police",
                          "Cumbria Constabulary", "Norfolk Constabulary", "Devon and Cornwall Police")
P = "2021/22"
GOLDS.append(gold(
    "lv08.docx", [DP, LI, NW, CU, NO, DC, "Gwent Police", "South Wales Police"], [HF],
    [insp(f, P, "PEEL", HF) for f in (DP, LI, NW, CU, NO, DC)],
    [judg(DP, P, "PEEL", PREV, "G"), judg(DP, P, "PEEL", PPT, "G"), judg(DP, P, "PEEL", INV, "A"),
     judg(LI, P, "PEEL", RESP, "R"), judg(LI, P, "PEEL", INV, "R"),
     judg(NW, P, "PEEL", MOS, "A"),
     judg(CU, P, "PEEL", INV, "R"), judg(CU, P, "PEEL", RESP, "R"),
     judg(NO, P, "PEEL", PREV, "O"),
     judg(DC, P, "PEEL", RESP, "I")],
    afis=[stmt(LI, P, RESP,
               "The force should make sure that it answers non-emergency calls promptly and "
               "that it attends incidents within the times it has set itself, including in "
               "its most rural areas.", False)],
    people=[
        person("Carys Morgan", "chief-constable", DP, "Deputy Chief Constable", "deputy"),
        person("Gwion Rees", "commissioner", NW, "Police and Crime Commissioner for North Wales"),
    ],
    notes=[
        "A Hansard debate (9 November 2022) in which Members cite their forces' latest PEEL "
        "grades in speech. Only Lincolnshire's is called '2021/22' in so many words; the "
        "others are 'its PEEL inspection published this spring' or the current reports, and "
        "the Minister dates the five-point scale to 2021, so all are 2021/22.",
        "'how it treats the public' -> treatment-of-public. 'judged good in five areas' "
        "(North Wales) names no area: only managing offenders (adequate) is a judgement. "
        "'outstanding for its work on preventing crime' (Norfolk) is a judgement; 'good "
        "practice' is not.",
        "The Minister's scale sentence and 'the engage phase' give nothing. Cumbria Fire and "
        "Rescue Service's grade is not a police judgement. Gwent and South Wales are named "
        "with no grade.",
        "The area for improvement is quoted in its own paragraph after 'One of their areas "
        "for improvement reads:'; it concerns call answering and attendance, so "
        "responding-to-public. No force update follows it.",
        "Deputy Chief Constable Carys Morgan: chief-constable, deputy. The PCC is named "
        "name-first, so the full title is kept. The Minister and the MPs are not person facts.",
    ]))

# lv09 ---------------------------------------------------------------------------------
HE = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "lv09.txt", [f for f, _ in LV09], [H],
    [insp(f, "2014", "Efficiency", H) for f, _ in LV09],
    [judg(f, "2014", "Efficiency", None, g) for f, g in LV09],
    people=[
        person("Zoe Billingham", "inspector", H,
               "HM Inspector of Constabulary for the Eastern region"),
        person("Graham Tolley", "commissioner", "Suffolk Constabulary",
               "police and crime commissioner"),
    ],
    also={"inspections": [insp(HE, "2014", "Effectiveness", H)],
          "judgements": [judg(HE, "2014", "Effectiveness", "preventing-crime", "G")]},
    notes=[
        "A regional paper's web story on PEEL 2014, with a dotted-leader list of the "
        "Eastern forces' efficiency grades. The national counts (five, 35, three) name no "
        "force. 'both received the same grade' (Norfolk and Suffolk) repeats the list.",
        "'HMIC also said Hertfordshire was good at reducing crime, one of the parts of "
        "effectiveness it looked at this year' is a 2014 effectiveness finding with no "
        "overall grade; mapping 'reducing crime' to preventing-crime is loose, so the "
        "judgement and its inspection are in also_acceptable.",
        "The crime recording inspection graded no force. The fire and rescue service and "
        "the related-story links give nothing.",
        "'Zoe' is spelled without the diaeresis here. The PCC's title is lower case as "
        "written ('Suffolk's police and crime commissioner, Graham Tolley').",
    ]))

# lv10 ---------------------------------------------------------------------------------
ST, WM, WA, WE = ("Staffordshire Police", "West Midlands Police", "Warwickshire Police",
                  "West Mercia Police")
GOLDS.append(gold(
    "lv10.csv", [ST, WM, WA, WE], [H, HF],
    [insp(ST, "2016", "Effectiveness", H), insp(ST, "2017", "Efficiency", HF),
     insp(ST, "2018/19", "Effectiveness", HF), insp(ST, "2018/19", "Efficiency", HF),
     insp(ST, "2018/19", "Legitimacy", HF), insp(ST, "2021/22", "PEEL", HF),
     insp(WM, "2016", "Effectiveness", H), insp(WM, "2016", "Efficiency", H),
     insp(WM, "2021/22", "PEEL", HF),
     insp(WA, "2016", "Effectiveness", H), insp(WA, "2017", "Legitimacy", HF),
     insp(WA, "2021/22", "PEEL", HF),
     insp(WE, "2015", "Legitimacy", H), insp(WE, "2016", "Effectiveness", H)],
    [judg(ST, "2016", "Effectiveness", None, "R"), judg(ST, "2017", "Efficiency", None, "G"),
     judg(ST, "2018/19", "Effectiveness", None, "G"), judg(ST, "2018/19", "Efficiency", None, "G"),
     judg(ST, "2018/19", "Legitimacy", None, "G"),
     judg(ST, "2021/22", "PEEL", PPT, "G"), judg(ST, "2021/22", "PEEL", RESP, "R"),
     judg(ST, "2021/22", "PEEL", INV, "A"),
     judg(WM, "2016", "Effectiveness", None, "G"), judg(WM, "2016", "Efficiency", None, "G"),
     judg(WM, "2016", "Efficiency", "understanding-demand", "G"),
     judg(WM, "2016", "Efficiency", "using-resources", "G"),
     judg(WM, "2016", "Efficiency", "planning-future", "O"),
     judg(WM, "2021/22", "PEEL", RESP, "A"), judg(WM, "2021/22", "PEEL", INV, "R"),
     judg(WA, "2016", "Effectiveness", None, "G"), judg(WA, "2017", "Legitimacy", None, "G"),
     judg(WA, "2017", "Legitimacy", "fair-treatment-public", "G"),
     judg(WA, "2017", "Legitimacy", "ethical-lawful-workforce", "R"),
     judg(WA, "2017", "Legitimacy", "fair-treatment-workforce", "G"),
     judg(WA, "2021/22", "PEEL", PREV, "A"),
     judg(WE, "2015", "Legitimacy", None, "G"), judg(WE, "2016", "Effectiveness", None, "G")],
    also={"inspections": [insp(ST, "2018/19", "PEEL", HF)]},
    notes=[
        "Long format: one row per force, period, pillar and area, with the inspectorate in "
        "its own column (so each inspection has the one its row states). '(overall)' rows "
        "are pillar judgements (question null); named areas map to question keys.",
        "Not facts: the Staffordshire Fire and Rescue Service row (fire inspection), the "
        "West Midlands 2019 crime data integrity row (standalone, 'not part of PEEL'), "
        "Warwickshire's victims row ('Not graded') and West Mercia's 2021/22 row, whose "
        "report was 'not published' (no grade, no inspection).",
        "Staffordshire's 2018/19 pillar rows follow the lv06 convention; its integrated PEEL "
        "2018/19 inspection is in also_acceptable.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("wrote %d gold files" % len(GOLDS))
