"""Write gold/oi01.json ... gold/oi10.json for corpus138 (format: shared/corpus/GOLD-FORMAT.md).

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

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-17 question keys (also used for 2018/19 with pillar "PEEL")
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
USE, PLAN = "using-resources", "planning-future"
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


def pillars1819(force, eff, efc, leg, inspectorate=HF):
    """Whole-pillar 2018/19 grades: also_acceptable only (dev12 convention)."""
    return ([insp(force, P1819, p, inspectorate) for p in (EFF, EFC, LEG)],
            [{"force": force, "period": P1819, "pillar": p, "question": None, "grade": g}
             for p, g in ((EFF, eff), (EFC, efc), (LEG, leg))])


GOLDS = []

# oi01 -- HMICFRS publication-html page, Leicestershire, PEEL 2023-25 (PDF) -------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "oi01.pdf", "peel-report-2021",
    [F, "Northamptonshire Police", "Nottinghamshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, G)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The force should reduce the time it takes to attend incidents it "
             "has graded as needing an urgent response, particularly in rural areas."),
        stmt(F, P2325, INV, "The force should make sure that supervisors review investigations "
             "at the intervals its policy sets, and record clear direction for the investigating "
             "officer."),
        stmt(F, P2325, INV, "The force should make sure it records whether a victim supports an "
             "outcome before it closes an investigation without charge."),
        stmt(F, P2325, PVP, "The force should work with its safeguarding partners to clear the "
             "backlog of referrals about children and make sure new referrals are assessed "
             "promptly."),
        stmt(F, P2325, WORK, "The force should make sure its occupational health service has "
             "enough capacity to meet demand from its officers and staff."),
    ],
    people=[person("Philippa Crannock", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "Printed with Chromium's own header and footer: the page title (which names the "
        "inspectorate in full) and date at the top, the URL and 1/3 at the bottom. The grades "
        "table breaks after 'Investigating crime'; page 2 repeats its header row.",
        "'In 2021/22 we also graded the force as requires improvement in this area' follows "
        "the investigating paragraph: a 2021/22 investigating-crime judgement. The grade key "
        "and 'good practice' give nothing; victims is not graded.",
        "The five accordions are printed open (<details open>); each AFI takes the key of its "
        "accordion heading. No force update is given (an inspectorate page).",
        "Northamptonshire and Nottinghamshire are named as collaboration partners only.",
    ]))

# oi02 -- Lancashire Constabulary's own PEEL page, 2018/19 (PDF) -------------------------
F = "Lancashire Constabulary"
pi, pj = pillars1819(F, G, O, G)
GOLDS.append(gold(
    "oi02.pdf", "press-release", [F], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(PREV, G), (INV, G), (PVP, G), (SOC, G), (USE, O), (PLAN, O),
                      (FTP, G), (ELW, G), (FTW, G)]),
    also={"inspections": pi, "judgements": pj},
    notes=[
        "The cookie banner, skip link, site header and navigation print on page 1, before the "
        "article; the 'Other pages in this section' sidebar prints beside the table.",
        "2018/19 question grades take pillar PEEL with the 2015-17 keys: 'Meeting current "
        "demands and using resources' -> using-resources; 'Treating the public fairly' -> "
        "fair-treatment-public; 'Ensuring ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce; 'Treating the workforce fairly' -> fair-treatment-workforce. "
        "'Specialist capabilities: Ungraded' gives nothing.",
        "'rated us outstanding for efficiency, and good for both effectiveness and legitimacy' "
        "gives whole-pillar 2018/19 grades: also_acceptable only.",
        "Both accordions are printed CLOSED: only their headings ('Our earlier PEEL results "
        "(2015 to 2017)', 'What happens next?') are visible, so the 2016 and 2017 grades in "
        "the hidden text are not facts.",
        "The PCC for Lancashire is unnamed.",
    ]))

# oi03 -- Staffordshire Commissioner's HMICFRS inspections page, PEEL 2023-25 (PDF) ------
F = "Staffordshire Police"
GOLDS.append(gold(
    "oi03.pdf", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, A),
                      (WORK, A), (LFM, RI)])
    + grades(F, P2122, [(RESP, I)]),
    recs=[
        stmt(F, P2325, None, "Within six months, the force should make sure that call handlers "
             "use a structured risk assessment for every call involving a vulnerable person."),
        stmt(F, P2325, None, "Within six months, the force should make sure that safeguarding "
             "referrals are sent to partner agencies within 24 hours."),
    ],
    coc=[
        stmt(F, P2325, None, "Staffordshire Police isn\u2019t identifying and recording the risks "
             "to vulnerable people consistently enough when they first contact the force, so "
             "some victims do not receive the safeguarding they need.", True),
    ],
    people=[
        person("Gareth Ellery-Moss", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Priya Lockwood-Hale", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The grades are a two-column grid of label/grade rows; in the printed page the last "
        "row wraps ('Leadership and force management' / 'Requires improvement').",
        "'when the force was graded inadequate for responding to the public' gives a 2021/22 "
        "judgement. 'eleven areas for improvement' is a count with no text.",
        "The cause of concern and the recommendations sit under the PEEL 2023-25 heading, not "
        "under an area, so question is null. The cause of concern has a 'Force update'; the "
        "recommendations' updates are only promised.",
        "Staffordshire Fire and Rescue Service's 'judged good' is a fire grade: not a fact. The "
        "list of responses (PEEL 2021/22, 2018/19, Legitimacy 2017) names reports, no grades.",
    ]))

# oi04 -- HMIC publication page, Cumbria, Effectiveness 2015 (PDF, no header/footer) ------
F = "Cumbria Constabulary"
others = ["Cheshire Constabulary", "Cleveland Police", "Durham Constabulary",
          "Lancashire Constabulary", "Northumbria Police"]
GOLDS.append(gold(
    "oi04.pdf", "peel-report", [F] + others, [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFC, H)],
    grades(F, "2015", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=EFC),
    afis=[
        stmt(F, "2015", PVP, "The constabulary should improve how it identifies children who go "
             "missing repeatedly, and make sure that return interviews are carried out and their "
             "findings used.", pillar=EFF),
        stmt(F, "2015", PVP, "The constabulary should make sure that high-risk domestic abuse "
             "cases are reviewed by a specialist within one working day.", pillar=EFF),
    ],
    people=[person("Callum Ferriby", "inspector", H,
                   "Her Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "Printed WITHOUT Chromium's header and footer (the one PDF saved that way). The "
        "sidebar ('Related publications', 'Other force reports in this series') names five "
        "other forces' 2015 effectiveness reports with no grade: forces only. In the PDF text "
        "the sidebar comes between the two AFIs.",
        "'had been graded good for efficiency in October 2015' gives a 2015 Efficiency "
        "judgement (question null).",
        "The AFIs sit under a plain 'Areas for improvement' heading; both concern the "
        "vulnerability question (missing children, high-risk domestic abuse), so they take "
        "protecting-vulnerable.",
        "'Her Majesty's Inspector of Constabulary for the Northern region, Callum Ferriby': "
        "a title before the name, so the office alone without the region.",
    ]))

# oi05 -- Derbyshire PCC response page, PEEL 2021/22 (PDF) --------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "oi05.pdf", "response-record",
    [F, "Nottinghamshire Police", "Leicestershire Police", "Lincolnshire Police",
     "Northamptonshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G),
                      (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers non-emergency calls "
             "promptly, and that callers are told what will happen next when an officer cannot "
             "attend straight away.", True),
        stmt(F, P2122, INV, "The force should make sure that investigation plans are recorded "
             "for all crimes it allocates for investigation, and that supervisors review them.",
             True),
        stmt(F, P2122, LFM, "The force should improve its understanding of the demand it does "
             "not currently see, so that it can plan its workforce for the future.", False),
    ],
    people=[
        person("Helena Brightwater", "commissioner", F, "Police and Crime Commissioner"),
        person("Owain Pritchard-Lowe", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "2021/22 names: 'Treatment of the public' -> treatment-of-public; 'Developing a "
        "positive workplace' -> workforce; 'Good use of resources' -> leadership-management "
        "(its 'Good' is part of the name); 'Recording data about crime' -> crime-recording.",
        "AFIs 1-3 are accordions printed open. AFI 3 has only a Commissioner's note that she "
        "will report later: no force update. AFI 4 ('Recording data about crime') is printed "
        "CLOSED: its heading is visible but its text and update are not, so it is not a fact.",
        "'good in six areas' and 'four areas for improvement' are counts. The East Midlands "
        "forces are named in passing.",
    ]))

# oi06 -- HMICFRS force press release, Durham, 2018/19, narrow mobile page (PDF) -------------
F = "Durham Constabulary"
pi, pj = pillars1819(F, O, G, G)
GOLDS.append(gold(
    "oi06.pdf", "press-release", [F, "Cleveland Police", "Northumbria Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFF, HF)],
    grades(F, "2017", [(None, O)], pillar=EFF),
    people=[person("Lorcan Whitby", "inspector", HF, "HM Inspector of Constabulary")],
    also={
        "inspections": pi + [insp(F, "2015", EFF), insp(F, "2016", EFF)],
        "judgements": pj + grades(F, P1819, [(PREV, O), (INV, O), (PVP, G), (SOC, G)]) + [
            {"force": F, "period": "2015", "pillar": EFF, "question": None, "grade": O},
            {"force": F, "period": "2016", "pillar": EFF, "question": None, "grade": O},
        ],
    },
    notes=[
        "Printed with @page size 100mm x 200mm (a phone-width layout with a menu icon); "
        "Chromium's header and footer are truncated with an ellipsis.",
        "The bullets give whole-pillar 2018/19 grades: also_acceptable only. The HMI's quote "
        "gives four effectiveness question grades; 'uses its resources well', 'plans ... are "
        "sound' and 'treat the public fairly' carry no grade word and give nothing.",
        "Review (2026-12-07): the quote's 2018/19 question grades ('It is outstanding at "
        "preventing crime ...') are in plain prose with no grading verb; earlier corpora keep "
        "such 2018/19 prose out of the main facts, so they moved to also_acceptable.",
        "'In 2017 the inspectorate also judged Durham Constabulary to be outstanding for "
        "effectiveness' is a main 2017 judgement. 'the only force ... to receive that grade in "
        "each of the three years from 2015' implies 2015 and 2016 as well, but only by "
        "arithmetic: also_acceptable, with no inspectorate (the page never names HMIC).",
        "The Chief Constable and the Police, Crime and Victims' Commissioner are unnamed. "
        "Cleveland and Northumbria are named in passing.",
    ]))

# oi07 -- HMICFRS PEEL 2018/19 accessible grades table, North East (PDF, landscape) ---------
rows = {
    "Cleveland Police": ((I, RI, I), [(PREV, RI), (INV, I), (PVP, I), (SOC, RI), (USE, RI),
                                      (PLAN, RI), (FTP, RI), (ELW, I), (FTW, RI)]),
    "Durham Constabulary": ((O, G, G), [(PREV, O), (INV, O), (PVP, G), (SOC, G), (USE, G),
                                        (PLAN, G), (FTP, G), (ELW, G), (FTW, G)]),
    "Northumbria Police": ((G, G, G), [(PREV, G), (INV, G), (PVP, G), (SOC, G), (USE, G),
                                       (PLAN, O), (FTP, G), (ELW, G), (FTW, G)]),
}
ins, js, ai, aj = [], [], [], []
for f, (pil, qs) in rows.items():
    ins.append(insp(f, P1819, inspectorate=HF))
    js += grades(f, P1819, qs)
    a, b = pillars1819(f, *pil)
    ai += a
    aj += b
GOLDS.append(gold(
    "oi07.pdf", "national-release", list(rows), [HF], ins, js,
    also={"inspections": ai, "judgements": aj},
    notes=[
        "A landscape A4 print of the grades table filtered to one region. Each row: Effectiveness "
        "pillar, Q1-Q5, Efficiency pillar, Q1-Q2, Legitimacy pillar, Q1-Q3. Q5 (specialist "
        "capabilities) is 'Ungraded' for every force and gives nothing.",
        "Question grades are main judgements (pillar PEEL, 2015-17 keys); the three Pillar "
        "columns are whole-pillar 2018/19 grades, in also_acceptable only.",
        "The colour key lists every grade and gives nothing. Durham agrees with oi06.",
    ]))

# oi08 -- Lincolnshire PCC page, PEEL efficiency 2015, saved as HTML ------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "oi08.html", "response-record", [F], [H, HF],
    [insp(F, "2015", EFC, H), insp(F, "2014", EFC, H)],
    grades(F, "2015", [(None, G), (USE, G)], pillar=EFC)
    + grades(F, "2014", [(None, O)], pillar=EFC),
    afis=[
        stmt(F, "2015", PLAN, "Lincolnshire Police should develop a more detailed understanding "
             "of the skills its workforce will need in future, and set out how it will recruit "
             "and train for them.", pillar=EFC),
    ],
    people=[person("Alan Thorsby-Reeve", "commissioner", F,
                   "Police and Crime Commissioner for Lincolnshire")],
    also={"judgements": grades(F, "2015", [(PLAN, G)], pillar=EFC)},
    notes=[
        "Saved with Chrome ('Webpage, Complete'): a 'saved from url' comment, assets in a "
        "'_files' folder, and a cookie notice with the hidden attribute (not shown).",
        "The 'Print this page' link is page furniture. 'HMICFRS Inspections' is the breadcrumb "
        "name of the PCC's section, so the page names both inspectorates; the 2015 and 2014 "
        "inspections are HMIC's (the text says HMIC).",
        "2015 efficiency question 1 ('use its resources to meet its demand') -> "
        "using-resources. Questions 2 and 3 (workforce model; financial position) have no key "
        "of their own; both are 'Good' and both are about the future, so planning-future Good "
        "is in also_acceptable only.",
        "'In the 2014 assessment the force had been graded outstanding for efficiency' gives a "
        "2014 Efficiency judgement. 'one of only five forces' names no others.",
        "The AFI (a blockquote) is about future workforce skills: planning-future. The Chief "
        "Constable's 'action plan' is not an update on it.",
    ]))

# oi09 -- Thames Valley Police news article, PEEL 2023-25, saved as HTML --------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "oi09.html", "press-release", [F, "Hampshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, A), (RESP, G), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)])
    + grades(F, P2122, [(INV, A)]),
    people=[
        person("Imogen Tralee", "chief-constable", F, "Chief Constable"),
        person("Anwen Castellane", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Rhodri Faversham", "commissioner", F, "Police and Crime Commissioner for Thames Valley"),
    ],
    notes=[
        "The two <details> accordions are closed, as saved: a browser shows only their "
        "summaries. The two AFIs inside 'What the inspectorate asked us to improve' are "
        "therefore not visible and not in the gold; neither is the grade scale in 'About PEEL'. "
        "The cookie banner is display:none.",
        "'Investigating crime was graded adequate in the previous inspection in 2021/22' gives "
        "a 2021/22 judgement.",
        "'my Deputy Chief Constable, Anwen Castellane': title before the name.",
        "Hampshire and Isle of Wight Constabulary (an alias of Hampshire Constabulary) is a "
        "partner in passing.",
    ]))

# oi10 -- HMICFRS force page, Gwent PEEL 2021/22, saved as text -----------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "oi10.txt", "peel-report-2021", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A), (CDI, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers non-emergency calls "
             "within a reasonable time, and that the risk to every caller is assessed using a "
             "structured process."),
        stmt(F, P2122, CDI, "The force should make sure that crimes reported during incidents "
             "of anti-social behaviour and domestic abuse are recorded, and that they are "
             "recorded within 24 hours."),
        stmt(F, P2122, CDI, "The force should make sure that it records all reports of rape "
             "without delay, and cancels a recorded rape only when there is verifiable "
             "information to show that no crime took place."),
        stmt(F, P2122, LFM, "The force should improve its understanding of the demand it faces, "
             "so that it can match its workforce to it."),
    ],
    people=[person("Tomos Llewellyn-Reid", "inspector", HF,
                   "His Majesty's Inspector of Constabulary")],
    also={"inspections": [insp(F, P1819, LEG, HF)],
          "judgements": [{"force": F, "period": P1819, "pillar": LEG, "question": None,
                          "grade": G}]},
    notes=[
        "A browser's 'save as text' of the page: cookie banner, '  * ' navigation bullets and "
        "a space-aligned grades table.",
        "'Good use of resources' -> leadership-management; 'Developing a positive workplace' "
        "-> workforce; victims 'Not graded' gives nothing; the grading key gives nothing.",
        "'In our 2018/19 inspection we judged the force to be good at legitimacy' is a "
        "whole-pillar 2018/19 grade: also_acceptable only.",
        "South Wales Police and Dyfed-Powys Police are partners; South Wales Fire and Rescue "
        "Service is a related publication with no grade.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote gold/" + name)


if __name__ == "__main__":
    main()
