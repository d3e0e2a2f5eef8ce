"""Write gold/oj01.json ... gold/oj10.json (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

from content import S

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM, CDI = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management", "crime-recording"
SOC = "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(f, period, pillar="PEEL", ins=HF):
    return {"force": f, "period": period, "pillar": pillar, "inspectorate": ins}


def jd(f, period, pairs, pillar="PEEL"):
    return [{"force": f, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def st(f, period, q, text, upd, pillar="PEEL"):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "text": text, "has_force_update": upd}


def pp(name, role, org, title, qual=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qual}


def gold(doc, genre, forces, insps, inspections, judgements=(), afis=(), recs=(), coc=(), people=(), also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces, "inspectorates": insps,
         "inspections": inspections, "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []
F = "Hampshire Constabulary"
GOLDS.append(gold("oj01.docx", "response-record", [F, "Thames Valley Police"], [H, HF],
    [insp(F, "2017", "Effectiveness"), insp(F, "2016", "Effectiveness", H)],
    jd(F, "2017", [(None, G), (PREV, G), (PVP, G), (SOC, G), (INV, RI)], "Effectiveness")
    + jd(F, "2016", [(None, G)], "Effectiveness"),
    afis=[st(F, "2017", INV, S["01a"], True, "Effectiveness"), st(F, "2017", INV, S["01b"], True, "Effectiveness"),
          st(F, "2017", PVP, S["01c"], False, "Effectiveness")],
    people=[pp("Gareth Ellingham", "commissioner", F, "Police and Crime Commissioner"),
            pp("Olivia Marchbank", "chief-constable", F, "Chief Constable")],
    notes=["Overall grade 'Good' is in a VML text box (visible on the page).",
           "AFI 1 is a Word-numbered lead-in with two lettered sub-items (multi-level list): one statement, joined.",
           "AFIs sit under one heading; questions come from the findings (investigating x2, protecting vulnerable).",
           "AFI 3 has only a PCC comment: no force update. Fire service grade and the four-point key are distractors.",
           "The AFIs were under 'Areas for improvement' with no question heading; keys given by content. Unsure."]))

F = "Durham Constabulary"
GOLDS.append(gold("oj02.docx", "response-record", [F, "Cleveland Police"], [HF],
    [insp(F, "2018/19")],
    jd(F, "2018/19", [(PREV, O), (INV, O), (PVP, G), (SOC, G), ("using-resources", G), ("planning-future", G),
                      ("fair-treatment-public", G), ("ethical-lawful-workforce", G), ("fair-treatment-workforce", O)]),
    afis=[st(F, "2018/19", PVP, S["02a"], True), st(F, "2018/19", "planning-future", S["02b"], False)],
    people=[pp("Helen Corrigan-Watts", "commissioner", F, "Acting Police, Crime and Victims' Commissioner", "acting"),
            pp("Rowan Adeyemi-Clark", "chief-constable", F, "Chief Constable")],
    also={"judgements": jd(F, "2018/19", [(None, O)], "Effectiveness") + jd(F, "2018/19", [(None, G)], "Efficiency")
          + jd(F, "2018/19", [(None, G)], "Legitimacy")},
    notes=["2018/19 convention: question grades pillar PEEL with 2015-17 keys; the 'Pillar overall' rows go in also_acceptable.",
           "The appendix table is in a landscape section; the Pillar cell is merged down and the title row across; two header rows repeat.",
           "'Meeting current demands and using resources' -> using-resources."]))

F = "Lincolnshire Police"
GOLDS.append(gold("oj03.docx", "response-record", [F, "Nottinghamshire Police"], [H],
    [insp(F, "2015", "Efficiency", H), insp(F, "2014", "Efficiency", H)],
    jd(F, "2015", [(None, G), ("understanding-demand", G), ("using-resources", G), ("planning-future", RI)], "Efficiency")
    + jd(F, "2014", [(None, G)], "Efficiency"),
    afis=[st(F, "2015", "understanding-demand", S["03a"], True, "Efficiency"),
          st(F, "2015", "planning-future", S["03b"], False, "Efficiency")],
    people=[pp("Marcus Tennant-Bligh", "commissioner", F, "Police and Crime Commissioner"),
            pp("Priya Halloran", "chief-constable", F, "Chief Constable")],
    notes=["The overall grade 'Good' is the value of a plain-text content control ('Overall efficiency grade:').",
           "'33 of the 43 forces' is a national count: nothing. AFIs have no question headings: keys by content. Unsure."]))

F = "Gwent Police"
GOLDS.append(gold("oj04.docx", "response-record", [F, "Dyfed-Powys Police", "Merseyside Police"], [HF],
    [insp(F, "2018/19")],
    jd(F, "2018/19", [(PVP, RI)]),
    afis=[st(F, "2018/19", PVP, S["04a"], True)],
    people=[pp("Tomos Pritchard-Evans", "commissioner", F, "Police and Crime Commissioner for Gwent"),
            pp("Mererid Howells", "chief-constable", F, "Chief Constable")],
    also={"judgements": jd(F, "2018/19", [(None, G)], "Efficiency") + jd(F, "2018/19", [(None, G)], "Legitimacy")
          + jd(F, "2018/19", [(None, RI)], "Effectiveness")},
    notes=["A PCC's response to a national spotlight report; Gwent's own 2018/19 grades are given in passing.",
           "Whole-pillar 2018/19 grades in also_acceptable; 'protects vulnerable people' is the question grade.",
           "The CC's sentence after the quoted AFI is the force's update. National recommendations are not facts."]))

F = "Thames Valley Police"
GOLDS.append(gold("oj05.docx", "response-record", [F, "Hampshire Constabulary"], [HF],
    [insp(F, "2023-25"), insp(F, "2021/22")],
    jd(F, "2023-25", [(PPT, G), (MOS, G), (PREV, A), (INV, A), (PVP, A), (WORK, A), (LFM, A), (RESP, RI)])
    + jd(F, "2021/22", [(INV, RI)]),
    afis=[st(F, "2023-25", RESP, S["05a_pre"] + S["05a_ins"] + S["05a_post"], True),
          st(F, "2023-25", INV, S["05b"], True), st(F, "2023-25", WORK, S["05c"], False)],
    people=[pp("Alistair Fenwick-Rowe", "commissioner", F, "Police and Crime Commissioner"),
            pp("Joanna Beresford-Lyle", "chief-constable", F, "Chief Constable"),
            pp("Imran Qadir", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=["Tracked changes: AFI 1 ends with an unaccepted insertion (' and that callers who abandon a call are called back'); "
           "it prints with changes shown, so it is part of the statement. The unaccepted deletion ('and revised in April') is in a "
           "narrative sentence and gives no fact.",
           "Grade cells merged down (Good over 2 rows, Adequate over 5); a closing row merged across. Text box repeats RI for responding.",
           "AFI 3 has only a PCC comment saying the update is awaited: false."]))

F = "West Midlands Police"
GOLDS.append(gold("oj06.docx", "response-record", [F, "Staffordshire Police", "West Mercia Police"], [HF],
    [insp(F, "2021/22")],
    jd(F, "2021/22", [(INV, RI), (PVP, RI), (MOS, G)]),
    afis=[st(F, "2021/22", INV, S["06a"], True), st(F, "2021/22", INV, S["06b"], True),
          st(F, "2021/22", PVP, S["06c"], True), st(F, "2021/22", RESP, S["06d"], False)],
    people=[pp("Devinder Okafor", "chief-constable", F, "Chief Constable")],
    notes=["'adequate in five areas, requires improvement in three and good in one' are counts: only the named areas are judgements.",
           "The Ref column holds Word numbering 'AFI n' (not text). Area cell merged down over two AFIs. 'Not yet provided.' -> false."]))

F = "Cleveland Police"
GOLDS.append(gold("oj07.docx", "response-record", [F, "Durham Constabulary"], [HF],
    [insp(F, "2021/22")],
    jd(F, "2021/22", [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, RI), (LFM, RI), (CDI, A)]),
    afis=[st(F, "2021/22", PPT, S["07a"], False)],
    recs=[st(F, "2021/22", RESP, S["07r1"], True), st(F, "2021/22", RESP, S["07r2"], False)],
    coc=[st(F, "2021/22", RESP, S["07coc"], True)],
    people=[pp("Jonah Whitlock-Reed", "commissioner", F, "Police and Crime Commissioner"),
            pp("Marcus Ebbington-Shaw", "chief-constable", F, "Temporary Chief Constable", "temporary")],
    notes=["The cause of concern sits under its heading with no area named; it is about answering calls: responding-to-public.",
           "Recommendations are Word-numbered (a)/(b) at level 2; only (a) has an update.",
           "'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce; victim service 'Not graded'."]))

F = "Hertfordshire Constabulary"
GOLDS.append(gold("oj08.docx", "response-record", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2015", "Legitimacy", H)],
    jd(F, "2016", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", RI), ("fair-treatment-workforce", G)], "Legitimacy")
    + jd(F, "2015", [(None, G)], "Legitimacy"),
    afis=[st(F, "2016", "ethical-lawful-workforce", S["08a"], True, "Legitimacy"),
          st(F, "2016", "ethical-lawful-workforce", S["08b"], True, "Legitimacy")],
    people=[pp("David Lloyd-Moorcroft", "commissioner", F, "Police and Crime Commissioner for Hertfordshire"),
            pp("Sarah Ingleby-Trott", "chief-constable", F, "Chief Constable")],
    notes=["'Last year HMIC also judged the constabulary to be good for legitimacy' names the grade: 2015 judgement.",
           "Overall row merged across both columns. AFIs use the 'List Number' style (automatic numbers)."]))

F = "Kent Police"
GOLDS.append(gold("oj09.docx", "response-record", [F, "Essex Police"], [H],
    [insp(F, "2014", "Efficiency", H), insp(F, "2014", "Effectiveness", H)],
    jd(F, "2014", [(None, G)], "Efficiency") + jd(F, "2014", [(None, G)], "Effectiveness"),
    afis=[st(F, "2014", None, S["09a"], False, "Efficiency")],
    people=[pp("Imogen Sallow-Barnes", "commissioner", F, "Commissioner")],
    notes=["Grades are in a text box and in a multi-level Word list. 2014 legitimacy was not graded; the CDI inspection gives no grade.",
           "The AFI has no 2014 question key that fits: question null.",
           "'the Commissioner, Imogen Sallow-Barnes': title 'Commissioner'. Unsure."]))

F = "Northumbria Police"
GOLDS.append(gold("oj10.docx", "response-record", [F, "Durham Constabulary"], [HF],
    [insp(F, "2023-25"), insp(F, "2021/22")],
    jd(F, "2023-25", [(PPT, G), (PREV, G), (WORK, G), (RESP, A), (INV, A), (PVP, A), (LFM, A), (MOS, I)])
    + jd(F, "2021/22", [(RESP, A)]),
    afis=[st(F, "2023-25", None, S["10a"], False)],
    recs=[st(F, "2023-25", MOS, S["10r1"], True), st(F, "2023-25", MOS, S["10r2"], False)],
    coc=[st(F, "2023-25", MOS, S["10coc"], True)],
    people=[pp("Susan Derwent-Hale", "commissioner", F, "Police and Crime Commissioner")],
    notes=["Cause of concern and recommendations are in a table in a landscape section; 'Recommendation n' is Word numbering.",
           "The AFI sits under 'Area for improvement' with no area heading: question null (it is about use of force). Unsure."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        with open(os.path.join(GOLD, g["document"].rsplit(".", 1)[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
