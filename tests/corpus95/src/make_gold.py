"""Write gold/mo01.json ... gold/mo10.json (format: shared/corpus/GOLD-FORMAT.md).
The grades come from data.py, the same values the generators print; statements and
people are typed here.   python3 src/make_gold.py"""
import json, os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"


def insp(f, p, pillar="PEEL", i=None):
    return {"force": f, "period": p, "pillar": pillar, "inspectorate": i}


def j(f, p, pillar, q, g):
    return {"force": f, "period": p, "pillar": pillar, "question": q, "grade": g}


def st(f, p, q, text, upd, pillar="PEEL"):
    return {"force": f, "period": p, "pillar": pillar, "question": q, "text": text, "has_force_update": upd}


def person(n, role, org, title, q=None):
    return {"name": n, "role": role, "organisation": org, "title": title, "qualifier": q}


def gold(doc, genre, forces, insps, inspections, judgements=(), afis=(), recs=(), coc=(), people=(),
         also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces, "inspectorates": insps,
         "inspections": inspections, "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    json.dump(g, open(os.path.join(GOLD, doc.split(".")[0] + ".json"), "w", encoding="utf-8"),
              indent=2, ensure_ascii=False)


# mo01
I, J = [], []
for f, pillars in MO01.items():
    for pillar, (overall, qs) in pillars.items():
        I.append(insp(f, "2016", pillar, H))
        J.append(j(f, "2016", pillar, None, overall))
        ql = EFF16_Q if pillar == "Effectiveness" else LEG16_Q
        for (k, _), g in zip(ql, qs):
            if g:
                J.append(j(f, "2016", pillar, k, g))
gold("mo01.csv", "national-release", list(MO01), [H], I, J, notes=[
    "Long CSV, one row per force, pillar and question; 'Overall' rows give the pillar judgement. "
    "Questions are keyed from their wording (2016 question set). 'Ungraded' specialist capabilities gives nothing.",
    "The source line names HMIC, so every inspection is HMIC. Publication dates in the notes are not periods."])

# mo02
I, J = [], []
for f, eff, effic, leg in MO02:
    for pillar, g in (("Effectiveness", eff), ("Efficiency", effic), ("Legitimacy", leg)):
        I.append(insp(f, "2017", pillar, HF))
        J.append(j(f, "2017", pillar, None, g))
gold("mo02.csv", "national-release", [x[0] for x in MO02], [HF], I, J, notes=[
    "Wide CSV with a two-line header; grades are codes (O, G, RI) explained by a key row that names "
    "every grade, so each code is taken as the grade it stands for. Leadership 'n/a' gives nothing.",
    "South Wales's note 'given the top grade' is only a restatement of the O code."])

# mo03
I, J = [], []
for f, grades in MO03.items():
    I.append(insp(f, "2021/22", "PEEL", HF))
    for k, g in grades.items():
        if g:
            J.append(j(f, "2021/22", "PEEL", k, g))
gold("mo03.csv", "national-release", list(MO03), [HF], I, J, notes=[
    "Semicolon CSV with '#' comment lines; grade_num is a number decoded by the key in the third comment "
    "line (5 Outstanding ... 1 Inadequate). NA rows (victim service; Thames Valley SOC) give nothing.",
    "'Good use of resources' -> leadership-management, 'Developing a positive workplace' -> workforce, "
    "'Recording data about crime' -> crime-recording. Hampshire's SOC grade comes from a separate SOC "
    "inspection but is listed under 2021/22 and taken as such."])

# mo04
fs = ["Derbyshire Constabulary", "Lincolnshire Police", "Nottinghamshire Police"]
I = [insp(f, "2023-25", "PEEL", HF) for f in fs]
J = [j(f, "2023-25", "PEEL", k, P2325[f][k]) for f in fs for k in AREAS2325]
gold("mo04.md", "national-release", fs + ["Leicestershire Police", "Northamptonshire Police"], [HF], I, J, notes=[
    "A GitHub README with a Markdown sample table of codes; the code key and column dictionary give the "
    "grade words and area names. Leicestershire's empty row (report not yet published) and "
    "Northamptonshire (excluded) are forces named with no grade. The inspectorate is named as the source "
    "of the grades, so HMICFRS."])

# mo05
I, J = [], []
for f, eff, effic, leg in MO05:
    for pillar, g in (("Effectiveness", eff), ("Efficiency", effic), ("Legitimacy", leg)):
        I.append(insp(f, "2015", pillar, H))
        J.append(j(f, "2015", pillar, None, g))
gold("mo05.html", "national-release", [x[0] for x in MO05], [H, HF], I, J, notes=[
    "Accessible grades table, header over two rows (Force; Pillar -> four pillars). Leadership 'Ungraded' "
    "gives nothing. The page says PEEL 2015 was carried out by HMIC, so inspections are HMIC, although the "
    "site banner spells out the later inspectorate (HMICFRS by its full name)."])

# mo06
F = "West Mercia Police"
P = "2018/19"
gold("mo06.html", "response-record", [F, "Warwickshire Police"], [HF], [insp(F, P, "PEEL", HF)], [],
     afis=[
         st(F, P, "investigating-crime", "The force should improve the supervision of investigations so that lines of enquiry are followed up promptly and victims are kept up to date.", True),
         st(F, P, "planning-future", "The force should develop a fuller understanding of the skills of its workforce, including police staff and volunteers, so that it can plan for future needs.", True),
         st(F, P, "ethical-lawful-workforce", "The force should make sure that all its officers and staff hold the level of vetting their posts require, and should clear its backlog of vetting renewals.", False),
         st(F, P, "fair-treatment-workforce", "The force should put in place a fair process to identify officers and staff who show potential, and should support their development.", True),
     ],
     recs=[
         st(F, P, "protecting-vulnerable", "Within three months, the force should review how its control room assesses risk at the first point of contact, so that calls involving vulnerable people are given the right priority.", True),
         st(F, P, "protecting-vulnerable", "Within six months, the force should make sure that it has enough officers available to attend incidents involving vulnerable victims within the times it sets itself.", True),
     ],
     coc=[st(F, P, "protecting-vulnerable", "The force is not consistently identifying vulnerable people when they first contact it, and too many incidents involving vulnerable victims are not attended within the times it has set.", True)],
     people=[
         person("Julian Moss", "chief-constable", F, "Deputy Chief Constable", "deputy"),
         person("Gareth Holloway", "commissioner", F, "Police and Crime Commissioner"),
         person("Fiona Marlowe", "chief-constable", F, "Chief Constable"),
     ],
     also={"judgements": [j(F, P, "Effectiveness", None, RI), j(F, P, "Efficiency", None, G),
                          j(F, P, "Legitimacy", None, G)]},
     notes=[
         "Excel 'Save as Web Page' tracker. The kind of each statement comes from its Type cell; the question "
         "from the 'Pillar / question' cell (2015-17 keys, pillar PEEL as in dev12). The cause of concern "
         "cell has an Excel same-cell line break, joined with a space.",
         "2018/19 pillar grades are in also_acceptable only (brief: follow dev12). AFI3's update cell is "
         "blank ('not received'), so has_force_update is false. 'DCC Moss' and 'ACC Local Policing' in the "
         "Lead column add nothing; Warwickshire Police is named in passing (alliance)."])

# mo07
F = "Lancashire Constabulary"
I, J, ALSO = [], [], []
for y, (eff, effic, leg) in MO07.items():
    if y == "2018/19":
        I.append(insp(F, y, "PEEL", HF))
        ALSO += [j(F, y, "Effectiveness", None, eff), j(F, y, "Efficiency", None, effic),
                 j(F, y, "Legitimacy", None, leg)]
        continue
    ins = H if y in ("2014", "2015", "2016") else HF
    for pillar, g in (("Effectiveness", eff), ("Efficiency", effic), ("Legitimacy", leg)):
        if g:
            I.append(insp(F, y, pillar, ins))
            J.append(j(F, y, pillar, None, g))
gold("mo07.docx", "response-record", [F], [H, HF], I, J, also={"judgements": ALSO}, notes=[
    "FOI disclosure letter with a Word table of pillar grades per PEEL year. 2014: 'No overall grade*' "
    "(effectiveness) and 'Not assessed' (legitimacy) give nothing; Leadership cells give nothing.",
    "Inspectorates per year from the letter's note: HMIC up to 2016, HMICFRS for 2017 and 2018/19. "
    "2018/19 pillar grades are also_acceptable with a main PEEL 2018/19 inspection (dev12 rule). "
    "The fire and rescue service and the 2018 crime data integrity inspection give nothing.",
    "Genre: no genre fits an FOI letter; response-record is the nearest (a force answering about its inspections)."])

# mo08
D, N = "Derbyshire Constabulary", "Nottinghamshire Police"
P = "2023-25"
gold("mo08.docx", "response-record", [D, N], [HF], [insp(D, P, "PEEL", HF), insp(N, P, "PEEL", HF)],
     [j(D, P, "PEEL", k, P2325[D][k]) for k in AREAS2325] + [j(N, P, "PEEL", k, P2325[N][k]) for k in AREAS2325],
     afis=[
         st(D, P, "investigating-crime", "The force should make sure that supervisors review investigations at regular intervals, and that each review sets clear actions for the investigating officer.", True),
         st(D, P, "protecting-vulnerable", "The force should improve how quickly it completes risk assessments for victims of domestic abuse who report by telephone or online.", True),
         st(D, P, "responding-to-public", "The force should reduce the time that callers wait for their non-emergency calls to be answered.", False),
     ],
     people=[person("Nicola Rushworth", "commissioner", D, "Police and Crime Commissioner"),
             person("Daniel Hargreaves", "chief-constable", D, "Chief Constable")],
     notes=[
         "Panel appendix in Word. The grades table has a header cell merged across the two force columns; "
         "columns are headed 'Derbyshire' and 'Nottinghamshire' only. Nottinghamshire's grades are a "
         "comparison in passing but are stated, so they are judgements with their own inspection.",
         "AFI 3's update 'To be reported at the September meeting.' gives no update: has_force_update false. "
         "'good practice', 'no cause of concern' and the fire and rescue service give nothing."])

# mo09
I, J = [], []
for f, years in MO09.items():
    for y, gs in years.items():
        for pillar, g in zip(("Effectiveness", "Efficiency", "Legitimacy"), gs):
            I.append(insp(f, y, pillar, H if y == "2016" else HF))
            J.append(j(f, y, pillar, None, g))
gold("mo09.pdf", "national-release", list(MO09) + ["Dorset Police"], [H, HF], I, J,
     people=[person("Edwin Tarrant", "commissioner", "Wiltshire Police", "Police and Crime Commissioner")],
     notes=[
         "Spreadsheet printed to PDF. Each force name is merged down over its 2016 and 2017 rows, so it is "
         "printed once and applies to both. Inspectorates per year from the notes row. Dorset Police is named "
         "in passing. The comment 'Two pillars RI' repeats the row's grades."])

# mo10
fs = ["Cheshire Constabulary", "Cumbria Constabulary", "Merseyside Police"]
gold("mo10.pdf", "national-release", fs + ["Lancashire Constabulary"], [HF],
     [insp(f, "2023-25", "PEEL", HF) for f in fs],
     [j(f, "2023-25", "PEEL", k, P2325[f][k]) for f in fs for k in AREAS2325],
     notes=[
         "Data tables printed to PDF. Table 1 gives national counts by grade with no force: nothing. "
         "Table 2 columns use the 2023-25 area names; some force names wrap over two lines. "
         "Lancashire: 'Report not yet published', no inspection."])
