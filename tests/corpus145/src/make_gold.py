"""Write gold/op01.json ... gold/op10.json for corpus145 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only; statement texts come from facts.py, which the generators print.
    python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts import *  # noqa: E402,F401,F403
import facts as F  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
HMI = "His Majesty's Inspector of Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jg(force, period, pillar, q, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": q, "grade": grade}


def table(force, period, rows, pillar="PEEL"):
    return [jg(force, period, pillar, k, g) for _, k, g in rows if g]


def stmts(force, period, rows, pillar="PEEL"):
    out = []
    for row in rows:
        key, text = row[0], row[1]
        out.append({"force": force, "period": period, "pillar": pillar, "question": key,
                    "text": text, "has_force_update": False})
    return out


def person(name, role, org, title, q=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": q}


def gold(doc, genre, forces, insps, inspections, judgements, afis=(), recs=(), coc=(), people=(),
         also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces,
         "inspectorates": insps, "inspections": inspections, "judgements": judgements,
         "areas_for_improvement": list(afis), "recommendations": list(recs),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

f = "Lincolnshire Police"
GOLDS.append(gold(
    "op01.pdf", "peel-report-2021",
    [f, "Nottinghamshire Police", "Leicestershire Police", "Derbyshire Constabulary", "Northamptonshire Police"], [HF],
    [insp(f, P2325), insp(f, P2122)],
    table(f, P2325, OP01_GRADES) + [jg(f, P2122, "PEEL", "investigating-crime", RI)],
    stmts(f, P2325, OP01_AFIS),
    people=[person("Gareth Ormsby", "chief-constable", f, "Chief Constable"),
            person("Roisin Pellegrew", "inspector", HF, HMI)],
    notes=["Grades are in Table 1 and again under each chapter's 'Grade:' box. The grade key lists all five grades and gives nothing.",
           "'In our 2021/22 inspection, we graded the force as requires improvement for investigating crime' gives a 2021/22 judgement.",
           "Five AFIs sit only in chapter text, followed by 'This is an area for improvement.'; all 20 are listed again in Annex B. '20 areas for improvement' and 'no cause of concern' give nothing.",
           "The four East Midlands forces are named in passing (regional unit). Lincolnshire Fire and Rescue's 'good' is a fire grade: no fact. 'the City of London' in Annex A is a place in a data note, not the force."]))

f = "Gwent Police"
GOLDS.append(gold(
    "op02.pdf", "peel-report-2021", [f, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(f, P2122)], table(f, P2122, OP02_GRADES), stmts(f, P2122, OP02_AFIS),
    stmts(f, P2122, OP02_RECS), stmts(f, P2122, [OP02_COC]),
    [person("Bethan Carrow", "chief-constable", f, "Chief Constable"),
     person("Idris Pennant", "commissioner", f, "Police and Crime Commissioner"),
     person("Tomasz Whitlow", "inspector", HF, HMI)],
    notes=["The judgments table is a grid with one column per grade (Figure 1); 'Good use of resources' is an area name (leadership-management), and its grade is Adequate by column.",
           "Victim service is not graded. The AFI under its heading takes key victim-service.",
           "The cause of concern and its two recommendations sit in the Protecting vulnerable people chapter."]))

f = "Derbyshire Constabulary"
GOLDS.append(gold(
    "op03.pdf", "peel-report", [f, "Metropolitan Police Service"], [HF],
    [insp(f, P1819), insp(f, "2017", "Effectiveness")],
    [jg(f, P1819, "PEEL", k, g) for _, _, k, g in OP03_QUESTIONS if g] +
    [jg(f, "2017", "Effectiveness", "protecting-vulnerable", RI),
     jg(f, "2017", "Effectiveness", "serious-organised-crime", G)],
    stmts(f, P1819, OP03_AFIS),
    people=[person("Rachel Swindell", "chief-constable", f, "Chief Constable of Derbyshire Constabulary"),
            person("Zoe Marchbanks", "inspector", HF, "HM Inspector of Constabulary")],
    also={"judgements": [jg(f, P1819, pl, None, g) for pl, g in OP03_PILLARS]},
    notes=["2018/19 question grades take pillar PEEL with the 2015-17 keys (dev12 convention); the whole-pillar grades are in also_acceptable only.",
           "Armed policing (specialist capabilities) is not graded.",
           "'In 2017, we judged the constabulary to require improvement at protecting vulnerable people' and 'the grade of good that we gave in 2017 stands' (serious and organised crime) give 2017 Effectiveness judgements.",
           "The Metropolitan Police Service is named only in the data annex."]))

f = "Suffolk Constabulary"
GOLDS.append(gold(
    "op04.pdf", "peel-report", [f, "Norfolk Constabulary"], [HF, H],
    [insp(f, "2017", "Effectiveness"), insp(f, "2016", "Effectiveness", H)],
    [jg(f, "2017", "Effectiveness", None, OP04_OVERALL)] + table(f, "2017", OP04_2017, "Effectiveness") +
    table(f, "2016", OP04_2016, "Effectiveness") +
    [jg(f, "2016", "Effectiveness", None, G), jg(f, "2016", "Effectiveness", "protecting-vulnerable", G)],
    stmts(f, "2017", OP04_AFIS, "Effectiveness"), stmts(f, "2017", OP04_RECS, "Effectiveness"),
    stmts(f, "2017", [OP04_COC], "Effectiveness"),
    [person("Matthew Blenkinsop", "inspector", HF, "HM Inspector of Constabulary")],
    also={"judgements": [jg(f, "2017", "Effectiveness", k, g) for _, k, g in OP04_2016]},
    notes=["Investigating crime and serious and organised crime were not re-inspected in 2017: the table shows their 2016 grades with 'Year of judgment 2016', and the text says 'In HMIC's 2016 effectiveness inspection, we judged ...'. They are 2016 judgements; as standing 2017 grades they are also_acceptable.",
           "'Last year we judged the constabulary to be good at protecting vulnerable people' and 'In 2016, the constabulary's overall effectiveness was also judged to be good' give 2016 judgements.",
           "The cause of concern is split across the break between pages 5 and 6, with the running footer and header between its halves.",
           "The pages are hand-made divs with their own header and footer; text/ drops those lines."]))

f = "Nottinghamshire Police"
GOLDS.append(gold(
    "op05.pdf", "peel-report", [f, "Leicestershire Police", "Derbyshire Constabulary"], [H],
    [insp(f, "2016", "Legitimacy", H), insp(f, "2015", "Legitimacy", H)],
    [jg(f, "2016", "Legitimacy", None, OP05_OVERALL)] + [jg(f, "2016", "Legitimacy", k, g) for _, k, g in OP05_Q] +
    [jg(f, "2015", "Legitimacy", None, G)],
    stmts(f, "2016", OP05_AFIS, "Legitimacy"),
    people=[person("Zachary Holloway-Pryce", "inspector", H, "HM Inspector of Constabulary")],
    notes=["'In 2015 we judged the force to be good in this area' gives the 2015 legitimacy judgement.",
           "The national report's recommendations to all forces are not force facts.",
           "Leicestershire and Derbyshire are named in passing with no grade."]))

f = "Bedfordshire Police"
GOLDS.append(gold(
    "op06.pdf", "peel-report", [f, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(f, "2016", "Efficiency", H), insp(f, "2015", "Efficiency", H),
     insp("Hertfordshire Constabulary", "2016", "Efficiency", H)],
    [jg(f, "2016", "Efficiency", None, OP06_OVERALL)] + [jg(f, "2016", "Efficiency", k, g) for _, k, g in OP06_Q] +
    [jg(f, "2015", "Efficiency", None, RI), jg("Hertfordshire Constabulary", "2016", "Efficiency", None, G)],
    stmts(f, "2016", OP06_AFIS, "Efficiency"), stmts(f, "2016", OP06_RECS, "Efficiency"),
    stmts(f, "2016", [OP06_COC], "Efficiency"),
    [person("Olwen Strachan-Boyd", "inspector", H, "HM Inspector of Constabulary")],
    notes=["'In 2015 HMIC judged the force to require improvement in this area' gives the 2015 efficiency judgement.",
           "'Hertfordshire Constabulary, which we judged good in this year's efficiency inspection' gives Hertfordshire a 2016 efficiency judgement. Cambridgeshire is named with no grade.",
           "Annex A's grade descriptions are a key, not judgements."]))

f = "Northumbria Police"
GOLDS.append(gold(
    "op07.docx", "peel-report-2021",
    [f, "Durham Constabulary", "Cleveland Police", "British Transport Police"], [HF],
    [insp(f, P2325), insp(f, P2122)],
    table(f, P2325, OP07_GRADES) + [jg(f, P2122, "PEEL", "investigating-crime", G)],
    stmts(f, P2325, OP07_AFIS), stmts(f, P2325, OP07_RECS), stmts(f, P2325, [OP07_COC]),
    [person("Marcus Trelawney-Hume", "chief-constable", f, "Chief Constable"),
     person("Imogen Rautenbach", "inspector", HF, HMI)],
    notes=["Word header and footer are not part of the body. Grades are in Table 1 (shaded cells) and in each chapter's 'Grade:' line.",
           "'In our 2021/22 inspection we graded the force as good at investigating crime' gives a 2021/22 judgement.",
           "Two AFIs sit only in chapter text and are not in the annex list.",
           "British Transport Police is named in a data note; Durham and Cleveland as regional partners."]))

f = "Leicestershire Police"
GOLDS.append(gold(
    "op08.docx", "peel-report-2021", [f], [HF],
    [insp(f, P2122), insp(f, P1819)],
    table(f, P2122, OP08_GRADES) + [jg(f, P1819, "PEEL", "planning-future", RI)],
    stmts(f, P2122, OP08_AFIS),
    people=[person("Ravinder Sahota-Kerr", "chief-constable", f, "Deputy Chief Constable", "deputy"),
            person("Hollis Brandreth", "commissioner", f, "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
            person("Wendell Ashcombe-Fry", "inspector", HF, HMI)],
    notes=["The grade grid is in a landscape section, one column per grade; 'Good use of resources' is an area name (Good).",
           "'In 2018/19 we graded its planning for the future as requires improvement' is a 2018/19 question grade: pillar PEEL, key planning-future.",
           "The Chief Constable is unnamed. The PCC's title comes after the name and is kept in full."]))

f = "Merseyside Police"
GOLDS.append(gold(
    "op09.html", "peel-report-2021", [f, "Cheshire Constabulary"], [HF],
    [insp(f, P2325), insp("Cheshire Constabulary", P2325)],
    table(f, P2325, OP09_GRADES) + [jg("Cheshire Constabulary", P2325, "PEEL", "responding-to-public", G)],
    stmts(f, P2325, OP09_AFIS), stmts(f, P2325, OP09_RECS), stmts(f, P2325, [OP09_COC]),
    [person("Serena Abernathy-Cole", "chief-constable", f, "Chief Constable"),
     person("Lydia Okafor-Ransome", "inspector", HF, HMI)],
    notes=["Cheshire Constabulary's responding grade is given in passing for comparison.",
           "Four AFIs sit only in chapter text; the summary table repeats the other 13. The national domestic abuse report's recommendations are not force facts.",
           "Merseyside Fire and Rescue Service is a partner, not a fact."]))

f = "South Wales Police"
GOLDS.append(gold(
    "op10.html", "peel-report-2021", [f, "Gwent Police", "Dyfed-Powys Police", "North Wales Police"], [HF],
    [insp(f, P2122), insp(f, P1819)],
    table(f, P2122, OP10_GRADES) + [jg(f, P1819, "PEEL", "preventing-crime", G)],
    stmts(f, P2122, OP10_AFIS),
    people=[person("Owain Prydderch-Lloyd", "chief-constable", f, "Chief Constable"),
            person("Anwen Castellano", "inspector", HF, HMI)],
    notes=["Grades are a <dl> list. 'Good use of resources' is an area name (Adequate).",
           "'In our 2018/19 inspection we judged the force to be good at preventing crime and tackling anti-social behaviour' is a 2018/19 question grade.",
           "The other Welsh forces are named in passing."]))


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
