"""Write gold/mn01.json ... gold/mn10.json (format: shared/corpus/GOLD-FORMAT.md).
The grades come from data.py (the same data that make_docs.py prints), the statements from
make_docs.py's constants.   python3 src/make_gold.py  (standard library only)"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import (A, AREAS2325, EFF2016, G, I, LEG2017, O, P1819, P2122, P2325, Q1819, RI,  # noqa
                  SOP2016)

# make_docs imports python-docx only inside functions, so this works without the venv
from make_docs import (MN02_COC, MN02_REC, MN03_COC, MN04_AFI_GLOS, MN04_AFI_KENT,  # noqa
                       MN10_COC, MN10_RECS, REGIONS6)

GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"


def insp(f, period, pillar="PEEL", insp_=None):
    return {"force": f, "period": period, "pillar": pillar, "inspectorate": insp_}


def jd(f, period, pillar, q, g):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "grade": g}


def stmt(f, period, q, text, upd=False, pillar="PEEL"):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "text": text,
            "has_force_update": upd}


def person(name, role, org, title, qual=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qual}


def gold(doc, forces, insps, inspections, judgements, afis=(), recs=(), coc=(), people=(),
         encoding="utf-8", also=None, notes=None):
    g = {"document": doc, "genre": "national-release", "encoding": encoding,
         "forces": list(forces), "inspectorates": insps, "inspections": inspections,
         "judgements": judgements, "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# mn01 -------------------------------------------------------------------------------
fs, ins, js = [], [], []
for region, rows in SOP2016:
    for f, _, eff, effi, leg in rows:
        fs.append(f)
        for pil, g in (("Effectiveness", eff), ("Efficiency", effi), ("Legitimacy", leg)):
            ins.append(insp(f, "2016", pil, H))
            js.append(jd(f, "2016", pil, None, g))
ins.append(insp("Bedfordshire Police", "2015", "Effectiveness", H))
js.append(jd("Bedfordshire Police", "2015", "Effectiveness", None, RI))
GOLDS.append(gold("mn01.pdf", fs + ["North Yorkshire Police", "Suffolk Constabulary"], [H], ins, js,
    people=[person("Thomas Winsor", "inspector", H, "HM Chief Inspector of Constabulary")],
    notes=["The annex table gives each force's 2016 pillar grades as abbreviations (O, G, RI, I) "
           "explained by a key that names all the grades; forces are written by place name. "
           "The region cell spans its forces' rows. Leadership cells are '\u2013' (assessed, not "
           "graded): no Leadership judgement or inspection.",
           "The arrows compare with 2015 and name no grade, except footnote 3, which gives "
           "Bedfordshire's 2015 effectiveness grade ('judged to require improvement').",
           "Publication dates (November/December 2016, 2 March 2017, summer 2017) are not periods.",
           "North Yorkshire Police (shares units) and Suffolk Constabulary (reported elsewhere) "
           "are named in passing: forces only. Inspectorate HMIC is named in the intro."]))

# mn02 -------------------------------------------------------------------------------
fs = list(P1819) + ["Cleveland Police", "West Mercia Police"]
ins = [insp(f, "2018/19", "PEEL", HF) for f in P1819] + [insp("Cleveland Police", "2018/19", "PEEL", HF)]
js = [jd(f, "2018/19", "PEEL", q, g) for f, gs in P1819.items() for q, g in zip(Q1819, gs)]
CL = "Cleveland Police"
GOLDS.append(gold("mn02.pdf", fs, [HF], ins, js,
    recs=[stmt(CL, "2018/19", "using-resources", MN02_REC)],
    coc=[stmt(CL, "2018/19", "using-resources", MN02_COC)],
    people=[person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary")],
    also={"judgements": [jd(CL, "2018/19", p, None, I) for p in ("Effectiveness", "Efficiency", "Legitimacy")]
          + [jd("Warwickshire Police", "2018/19", p, None, RI) for p in ("Effectiveness", "Efficiency")]},
    notes=["Figure 1 gives question grades as symbols (star, filled circle, half circle, empty "
           "circle) with a key naming the grades, and column codes E1-L3 explained under the "
           "table. As in dev12, 2018/19 question grades have pillar PEEL: E1 preventing-crime, "
           "E2 investigating-crime, E3 protecting-vulnerable, E4 serious-organised-crime, F1 "
           "using-resources, F2 planning-future, L1 fair-treatment-public, L2 "
           "ethical-lawful-workforce, L3 fair-treatment-workforce.",
           "Whole-pillar 2018/19 grades (Cleveland 'inadequate in each of the three pillars'; "
           "Warwickshire 'requires improvement in its effectiveness and its efficiency') are in "
           "also_acceptable, per the brief; Cleveland's PEEL 2018/19 inspection is main.",
           "The cause of concern and the recommendation sit under 'Using resources to meet "
           "demand' -> using-resources. The recommendation is a lead-in plus two bullets, joined. "
           "No force update is given. The national recommendation to every force gives nothing.",
           "Counts ('eleven requires improvement grades', 'no inadequate grades') name no force. "
           "'good practice' (Northumbria) is a distractor. West Mercia Police is named in "
           "passing (inspected in group 3, no grade)."]))

# mn03 -------------------------------------------------------------------------------
P = "2021/22"
mn03_forces = ["Durham Constabulary", "Greater Manchester Police", "Wiltshire Police",
               "Staffordshire Police"]
ins = [insp(f, P, "PEEL", HF) for f in mn03_forces]
js = [jd(f, P, "PEEL", q, g) for f in mn03_forces for q, g in P2122[f].items()
      if not (f == "Durham Constabulary" and q == "investigating-crime")]
GOLDS.append(gold("mn03.docx", mn03_forces + ["Cleveland Police", "Metropolitan Police Service",
                  "Gloucestershire Constabulary", "Devon and Cornwall Police"], [HF], ins, js,
    coc=[stmt("Staffordshire Police", P, "responding-to-public", MN03_COC)],
    people=[person("Stephen Watson", "chief-constable", "Greater Manchester Police", "Chief Constable"),
            person("Andy Cooke", "inspector", HF, "HM Chief Inspector of Constabulary")],
    notes=["Grades are in prose, with superscript note numbers run into the text "
           "('preventing crime,3 while'). 'recording data about crime' -> crime-recording. "
           "\"GMP's investigation of crime was graded adequate\" -> investigating-crime.",
           "Staffordshire's cause of concern follows 'In Staffordshire's case HMICFRS identified "
           "a cause of concern:' in Word's Intense Quote style; it belongs with the responding "
           "grade in the same paragraph. No force update.",
           "Table 1 (engage phase) gives no grades: Cleveland, the Met, Gloucestershire and Devon "
           "and Cornwall are forces only. The five-point scale sentence gives nothing. The "
           "Commons Library authors are not person facts. The Word header is not body text."]))

# mn04 -------------------------------------------------------------------------------
mn04_forces = ["Durham Constabulary", "Hampshire Constabulary", "Leicestershire Police",
               "Suffolk Constabulary", "West Mercia Police", "Greater Manchester Police",
               "Kent Police", "Lincolnshire Police", "Norfolk Constabulary", "Cleveland Police",
               "Gloucestershire Constabulary", "Staffordshire Police", "Wiltshire Police"]
ins = [insp(f, P, "PEEL", HF) for f in mn04_forces]
js = [jd(f, P, "PEEL", "investigating-crime", P2122[f]["investigating-crime"]) for f in mn04_forces]
GOLDS.append(gold("mn04.docx", mn04_forces, [HF], ins, js,
    afis=[stmt("Gloucestershire Constabulary", P, "investigating-crime", MN04_AFI_GLOS),
          stmt("Kent Police", P, "investigating-crime", MN04_AFI_KENT, True)],
    notes=["Table 1 groups forces by grade: one row per grade, the forces as separate "
           "paragraphs in one cell. The 'Outstanding' row says 'None of the forces reviewed' "
           "and gives nothing. The area is investigating crime throughout.",
           "Inspectorate HMICFRS: the briefing says grades are published by HMICFRS and speaks "
           "of the 2021/22 PEEL programme.",
           "AFIs are quoted (Word 'Quote' style) after lead-ins naming the force. Kent's is "
           "followed by what Kent Police has told the College it has done: has_force_update "
           "true. Gloucestershire's has no update.",
           "The College's own numbered recommendations to all forces, 'innovative practice' "
           "and 'good practice', and Andy Marsh (College of Policing, not a force) give "
           "nothing. The counts column repeats the table."]))

# mn05 -------------------------------------------------------------------------------
fs, ins, js = [], [], []
for g, forces in EFF2016.items():
    for f in forces:
        fs.append(f)
        ins.append(insp(f, "2016", "Effectiveness", H))
        js.append(jd(f, "2016", "Effectiveness", None, g))
ins.append(insp("Bedfordshire Police", "2015", "Effectiveness", H))
js.append(jd("Bedfordshire Police", "2015", "Effectiveness", None, RI))
GOLDS.append(gold("mn05.html", fs + ["British Transport Police"], [H], ins, js,
    people=[person("Zo\u00eb Billingham", "inspector", H, "HM Inspector of Constabulary")],
    notes=["Real grades (PEEL 2016 effectiveness, published 2 March 2017), grouped under grade "
           "headings with short force names ('Met Police', 'Devon & Cornwall', 'City of "
           "London'). The article date is not the period; the text names 'PEEL 2016 "
           "effectiveness inspection'.",
           "Bedfordshire's 2015 grade: 'rated as requiring improvement in the 2015 assessment'.",
           "British Transport Police is named but not graded: force only. The four questions are "
           "listed without grades."]))

# mn06 -------------------------------------------------------------------------------
fs = [f for _, forces in REGIONS6 for f in forces]
ins = [insp(f, "2023-25", "PEEL", HF) for f in fs if f in P2325]
js = [jd(f, "2023-25", "PEEL", q, g) for f in fs if f in P2325
      for (q, _), g in zip(AREAS2325, P2325[f])]
GOLDS.append(gold("mn06.html", fs, [HF], ins, js,
    notes=["Accessible grades table grouped by region (region rows span the table). Area keys: "
           "'Police powers and public treatment' -> treatment-of-public; 'Building, supporting "
           "and protecting the workforce' -> workforce; 'Leadership and force management' -> "
           "leadership-management. Victim service is said to be not graded.",
           "Lancashire Constabulary's row says 'Report not yet published': force only. "
           "'Last updated: 14 March 2025' is not a period."]))

# mn07 -------------------------------------------------------------------------------
AREA = [q for q, _ in AREAS2325]
BE, CH, AS, ES = ("Bedfordshire Police", "Cheshire Constabulary",
                  "Avon and Somerset Constabulary", "Essex Police")
main = {BE: ["preventing-crime", "managing-offenders", "responding-to-public",
             "leadership-management"],
        CH: ["preventing-crime"], AS: AREA, ES: ["investigating-crime"]}
js, also = [], []
for f in (BE, CH, AS, ES):
    for q, g in zip(AREA, P2325[f]):
        if q in main[f]:
            js.append(jd(f, "2023-25", "PEEL", q, g))
        elif f in (BE, CH):
            also.append(jd(f, "2023-25", "PEEL", q, g))
GOLDS.append(gold("mn07.md", [BE, CH, AS, ES, "Cambridgeshire Constabulary",
                  "Gloucestershire Constabulary", "Wiltshire Police", "Cumbria Constabulary",
                  "Lancashire Constabulary"], [HF],
    [insp(f, "2023-25", "PEEL", HF) for f in (BE, CH, AS, ES)], js,
    also={"judgements": also},
    notes=["'Its other four graded areas were adequate' (Bedfordshire) and 'good in every other "
           "area the inspectorate graded' (Cheshire) do not name the areas; those grades are in "
           "also_acceptable.",
           "Avon and Somerset's grades are a bullet list by grade with areas separated by "
           "semicolons (areas contain commas).",
           "The ranking table gives average scores only, with no grade words: Cambridgeshire, "
           "Gloucestershire, Wiltshire and Cumbria are forces only. The 0-4 scale sentence "
           "names grades but gives nothing. Lancashire is named (report not published)."]))

# mn08 -------------------------------------------------------------------------------
QK = [None, "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"]
ins = [insp(f, "2017", "Legitimacy", HF) for f in LEG2017] + [insp("Kent Police", "2016", "Legitimacy", H)]
js = [jd(f, "2017", "Legitimacy", q, g) for f, gs in LEG2017.items() for q, g in zip(QK, gs)]
js.append(jd("Kent Police", "2016", "Legitimacy", None, O))
GOLDS.append(gold("mn08.csv", list(LEG2017), [H, HF], ins, js,
    notes=["Long-format dataset: one row per force, year, pillar and question; question "
           "'Overall' is the pillar judgement (question null). The source column names the "
           "inspectorate per row: HMICFRS for 2017, HMIC for 2016.",
           "Sussex's 2016 row has an empty grade ('value missing in source file'): nothing. "
           "grade_score and the published dates are not grades or periods; the trailing comment "
           "row names the four grades as a key."]))

# mn09 -------------------------------------------------------------------------------
ins = [insp("Kent Police", "2015", "Legitimacy", H), insp("Durham Constabulary", "2015", "Efficiency", H),
       insp("Durham Constabulary", "2015", "Legitimacy", H),
       insp("Lancashire Constabulary", "2015", "Efficiency", H),
       insp("West Yorkshire Police", "2015", "Efficiency", H),
       insp("Bedfordshire Police", "2015", "Effectiveness", H)]
js = [jd(i["force"], "2015", i["pillar"], None, g) for i, g in zip(ins, [O, O, G, O, O, RI])]
GOLDS.append(gold("mn09.txt", ["Kent Police", "Durham Constabulary", "Lancashire Constabulary",
                  "West Yorkshire Police", "Bedfordshire Police", "Cambridgeshire Constabulary",
                  "Hertfordshire Constabulary"], [H], ins, js, encoding="cp1252",
    people=[person("Thomas Winsor", "inspector", H, "Her Majesty\u2019s Chief Inspector of Constabulary")],
    notes=["Hansard written statement (cp1252, CRLF, curly apostrophes, en dashes, pound sign). "
           "'Volume 606: debated on Thursday 25 February 2016' is a date, not the period; the "
           "statement names the 2015 PEEL judgments.",
           "'Durham Constabulary, Lancashire Constabulary and West Yorkshire Police were each "
           "judged outstanding for efficiency' gives three judgements; 'Durham was also judged "
           "good for legitimacy' a fourth for Durham.",
           "'nineteen in all' names no force. Cambridgeshire and Hertfordshire are neighbours "
           "named in passing. The Minister is not a person fact (no role fits); Sir Thomas "
           "Winsor is written without 'Sir', with the title as it precedes his name."]))

# mn10 -------------------------------------------------------------------------------
mn10_forces = ["Durham Constabulary", "Devon and Cornwall Police", "Cleveland Police",
               "Greater Manchester Police"]
js = [jd("Durham Constabulary", P, "PEEL", "preventing-crime", O),
      jd("Durham Constabulary", P, "PEEL", "investigating-crime", G),
      jd("Devon and Cornwall Police", P, "PEEL", "responding-to-public", I),
      jd("Cleveland Police", P, "PEEL", "responding-to-public", I),
      jd("Cleveland Police", P, "PEEL", "investigating-crime", RI),
      jd("Greater Manchester Police", P, "PEEL", "crime-recording", I)]
DC = "Devon and Cornwall Police"
GOLDS.append(gold("mn10.txt", mn10_forces + ["Metropolitan Police Service", "Gloucestershire Constabulary"],
    [HF], [insp(f, P, "PEEL", HF) for f in mn10_forces], js,
    recs=[stmt(DC, P, "responding-to-public", t) for t in MN10_RECS],
    coc=[stmt(DC, P, "responding-to-public", MN10_COC)],
    people=[person("Andy Cooke", "inspector", HF, "HM Chief Inspector of Constabulary")],
    notes=["State of Policing extract. Counts ('29 outstanding grades', '11 forces were graded "
           "inadequate in at least one area') name no force. 'preventing crime and antisocial "
           "behaviour' -> preventing-crime; 'recording data about crime' -> crime-recording.",
           "Devon and Cornwall's cause of concern (indented paragraph) and its two numbered "
           "recommendations follow its responding grade -> responding-to-public; no updates.",
           "'Recommendation 3' is addressed to all chief constables: nothing. Fire and rescue "
           "services' inadequate grades are not police facts. The Met and Gloucestershire are "
           "named (engage phase) without grades. Publication dates in the notes are not periods."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w",
                  encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
