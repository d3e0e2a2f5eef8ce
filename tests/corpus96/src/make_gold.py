"""Write gold/mp01.json ... gold/mp10.json for corpus96 (format: shared/corpus/GOLD-FORMAT.md).
The statement texts come from texts.py, which the document generators also use.

    python3 src/make_gold.py
"""
import json
import os

from texts import (MP01_AFI, MP02_AFI, MP03_AFI, MP04_AFI, MP05_AFI, MP06_AFI, MP06_COC,
                   MP06_REC, MP07_AFI, MP08_AFI, MP09_AFI, MP10_AFI)

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None, genre="response-record"):
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

# mp01 -- Gloucestershire, HMIC update to the Joint Audit Committee (DOCX) ---------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "mp01.docx", [F, "Wiltshire Police", "Avon and Somerset Constabulary"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H), insp(F, "2016", LEG, H)],
    grades(F, "2016", EFC, [(None, G), ("understanding-demand", G), ("using-resources", RI),
                            ("planning-future", G)])
    + grades(F, "2015", EFC, [(None, RI)]) + grades(F, "2016", LEG, [(None, G)]),
    afis=[stmt(F, "2016", EFC, None, MP01_AFI[0], True),
          stmt(F, "2016", EFC, None, MP01_AFI[1], False)],
    people=[person("Owen Marchbank", "chief-constable", F, "Chief Constable"),
            person("Gerald Ashworth-Pike", "commissioner", F, "Police and Crime Commissioner"),
            person("Rhiannon Tapsell", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "Numbered committee paper (1.1, 2.3 ...). 'judged to be good at how efficiently it keeps people "
        "safe' is the 2016 efficiency pillar grade; the table gives the three question grades.",
        "'the 2015 assessment, when the constabulary was graded as requiring improvement for "
        "efficiency' gives a 2015 Efficiency judgement (HMIC: the section is about HMIC's PEEL work).",
        "3.1 'HMIC judged the constabulary to be good for legitimacy' gives a 2016 Legitimacy pillar "
        "judgement with its own inspection. 3.2's four-point scale and 'good practice' give nothing; "
        "crime data integrity is not PEEL.",
        "The AFIs sit under the 'PEEL EFFICIENCY 2016' heading, not under a question, so question is "
        "null. AFI 2's 'Progress: To be reported to the March 2017 meeting.' reports no progress, so "
        "has_force_update is false. AFI 1's progress line holds a tracked change (January 2017 "
        "deleted, February 2017 inserted); the gold does not depend on it.",
        "A Word comment on 2.3 and the 'OFFICIAL' page header are not body text.",
        "Wiltshire Police and Avon and Somerset Constabulary are named in passing (tri-force).",
    ]))

# mp02 -- West Mercia, PEEL 2018/19 improvement plan (DOCX) -------------------------------
F = "West Mercia Police"
P = "2018/19"
GOLDS.append(gold(
    "mp02.docx", [F, "Warwickshire Police"], [HF],
    [insp(F, P, PEEL, HF), insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF),
     insp(F, "2017", LEG, HF)],
    grades(F, P, PEEL, [("preventing-crime", RI), ("investigating-crime", RI),
                        ("protecting-vulnerable", G), ("using-resources", RI),
                        ("planning-future", RI), ("fair-treatment-public", G),
                        ("ethical-lawful-workforce", RI), ("fair-treatment-workforce", G)])
    + grades(F, "2017", EFF, [(None, RI)]) + grades(F, "2017", EFC, [(None, G)])
    + grades(F, "2017", LEG, [(None, G)]),
    afis=[stmt(F, P, PEEL, "preventing-crime", MP02_AFI["prev"], True),
          stmt(F, P, PEEL, "investigating-crime", MP02_AFI["inv"], True),
          stmt(F, P, PEEL, "investigating-crime", MP02_AFI["inv2"], True),
          stmt(F, P, PEEL, "protecting-vulnerable", MP02_AFI["pvp"], True),
          stmt(F, P, PEEL, "using-resources", MP02_AFI["res"], True),
          stmt(F, P, PEEL, "planning-future", MP02_AFI["plan"], False),
          stmt(F, P, PEEL, "ethical-lawful-workforce", MP02_AFI["eth"], True)],
    people=[person("Marcus Pellow", "inspector", HF, "HM Inspector of Constabulary"),
            person("Gareth Lindqvist", "chief-constable", F, "Chief Constable"),
            person("Priya Oduya", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Bronwen Haile", "commissioner", F, "Police and Crime Commissioner for West Mercia")],
    also={"judgements": grades(F, P, EFF, [(None, RI)]) + grades(F, P, EFC, [(None, RI)])
          + grades(F, P, LEG, [(None, RI)])
          + grades(F, P, PEEL, [("understanding-demand", RI)])},
    notes=[
        "2018/19 follows dev12: question grades and statements have pillar PEEL. The pillar grades "
        "(1.2, the pillar headings and Appendix A's 2018/19 column) are in also_acceptable only. No "
        "overall PEEL grade is stated.",
        "Question headings -> keys: 'Meeting current demands and using resources' -> using-resources "
        "(understanding-demand in also_acceptable); 'Treating the public fairly' -> "
        "fair-treatment-public; 'Ensuring the workforce behaves ethically and lawfully' -> "
        "ethical-lawful-workforce; 'Treating the workforce fairly' -> fair-treatment-workforce.",
        "Appendix A's '2017 grade' column gives three 2017 pillar judgements; the note under it names "
        "HMICFRS as the inspectorate of those inspections.",
        "has_force_update: true where 'What we have done' / 'What we will do' follow (2.3.1 has 'Not "
        "yet started.' but a plan); 3.2.1 has only 'Response to follow - owner not yet assigned.', so "
        "false. '2.1.1' etc. are reference labels, not part of the AFI text.",
        "'fourteen areas for improvement' counts give nothing. Assistant Chief Constable Martin "
        "Fenwright is not a person fact. Warwickshire Police is named in passing (the alliance). A "
        "tracked insertion sits inside a 'What we will do' bullet.",
        "Bronwen Haile is named first and titled after, so the title is kept in full.",
    ]))

# mp03 -- City of London Police, HMICFRS update (PDF) -------------------------------------
F = "City of London Police"
GOLDS.append(gold(
    "mp03.pdf", [F, "Metropolitan Police Service"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H), insp(F, "2017", EFC, HF)],
    grades(F, "2017", LEG, [(None, RI), ("fair-treatment-public", G),
                            ("ethical-lawful-workforce", RI), ("fair-treatment-workforce", RI)])
    + grades(F, "2016", LEG, [(None, G)]) + grades(F, "2017", EFC, [(None, G)]),
    afis=[stmt(F, "2017", LEG, None, t, True) for t in MP03_AFI],
    people=[person("Lionel Acheson-Ward", "chief-constable", F, "Commissioner of Police")],
    notes=[
        "'a downgrade from the good grade HMIC gave it in 2016' gives the 2016 Legitimacy judgement, "
        "with HMIC named for it; the document names both HMIC and HMICFRS.",
        "The 2017 efficiency report 'judged the Force to be good': a 2017 Efficiency pillar judgement. "
        "The effectiveness report is only forthcoming: nothing.",
        "The AFIs are in the Appendix 1 tracker, with no question column, so question is null. Every "
        "row has an update; L17-02's 'Not yet due. Software options are being assessed ...' still "
        "reports work, so true.",
        "The Commissioner of Police is the City of London Police's chief officer: role "
        "chief-constable, title as signed. The Assistant Commissioner is unnamed. The Metropolitan "
        "Police Service is named in passing.",
    ]))

# mp04 -- Lincolnshire PCC page (HTML) ----------------------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "mp04.html", [F, "Nottinghamshire Police"], [H, HF],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", EFF, [(None, G), ("preventing-crime", G), ("investigating-crime", RI),
                            ("protecting-vulnerable", G), ("serious-organised-crime", G)])
    + grades(F, "2015", EFF, [(None, G)]),
    afis=[stmt(F, "2016", EFF, None, MP04_AFI[0], True),
          stmt(F, "2016", EFF, None, MP04_AFI[1], True),
          stmt(F, "2016", EFF, None, MP04_AFI[2], False)],
    people=[person("Alastair Penhaligon", "commissioner", F, "Police and Crime Commissioner"),
            person("Neville Ormerod", "chief-constable", F, "Chief Constable")],
    notes=[
        "'HMIC judged Lincolnshire Police to be good at keeping people safe and reducing crime' is the "
        "2016 effectiveness pillar grade. 'Last year HMIC also graded the force as good for "
        "effectiveness' is read against the inspection (2016), so it gives 2015. (The page itself is "
        "dated 2017; a reader taking 'last year' from the page date would get 2016, which is the "
        "same grade as the main one.)",
        "Specialist capabilities is 'Not graded'; the grading-scale sentence gives nothing.",
        "The AFIs sit under 'Areas for improvement and the force's response', not under a question, "
        "so question is null. The third has 'Force response: Response awaited.', so false.",
        "Nottinghamshire Police is named in passing (EMSOU). The PCC site's breadcrumb reads 'HMICFRS "
        "inspections' (the section's current name), so the page names HMICFRS as well as HMIC; the "
        "2016 and 2015 inspections are HMIC's, as the text says.",
    ]))

# mp05 -- Nottinghamshire chief constable's section 55 letter (DOCX) ----------------------
F = "Nottinghamshire Police"
P = "2021/22"
GOLDS.append(gold(
    "mp05.docx", [F], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, PEEL, [("treatment-of-public", G), ("preventing-crime", G),
                        ("responding-to-public", RI), ("investigating-crime", A),
                        ("protecting-vulnerable", A), ("managing-offenders", G),
                        ("serious-organised-crime", G), ("workforce", A),
                        ("leadership-management", G), ("crime-recording", G)]),
    afis=[stmt(F, P, PEEL, "responding-to-public", MP05_AFI["resp"], True),
          stmt(F, P, PEEL, "responding-to-public", MP05_AFI["resp2"], True),
          stmt(F, P, PEEL, "investigating-crime", MP05_AFI["inv"], True),
          stmt(F, P, PEEL, "protecting-vulnerable", MP05_AFI["pvp"], True),
          stmt(F, P, PEEL, "workforce", MP05_AFI["work"], False)],
    people=[person("Amara Delacourt", "commissioner", F,
                   "Police and Crime Commissioner for Nottinghamshire"),
            person("Fenella Crisp", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Katrin Ellesmere", "chief-constable", F, "Chief Constable")],
    notes=[
        "Grades come from Appendix A; 'Strategic planning, organisational management and value for "
        "money' -> leadership-management; 'Recording data about crime' -> crime-recording; victims "
        "'Not graded' gives nothing. 'good in six areas and adequate in three' adds nothing.",
        "has_force_update: the workforce AFI has only 'What we will do: A response ... will be agreed "
        "at the November People Board.', which gives no response, so false.",
        "A bracketed drafting note ('[DCC to confirm ...]') is left in the visible text, and a Word "
        "comment is attached to it; neither is a fact. The DCC is unnamed.",
        "Nottinghamshire Fire and Rescue Service's 'good' is a fire inspection: no judgement.",
        "The HMI's title keeps the document's curly apostrophe.",
    ]))

# mp06 -- Devon and Cornwall improvement plan highlight report (PDF) ----------------------
F = "Devon and Cornwall Police"
P = "2023-25"
GOLDS.append(gold(
    "mp06.pdf", [F, "Dorset Police"], [HF],
    [insp(F, P, PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    grades(F, P, PEEL, [("treatment-of-public", A), ("preventing-crime", G),
                        ("responding-to-public", I), ("investigating-crime", RI),
                        ("protecting-vulnerable", RI), ("managing-offenders", A),
                        ("workforce", A), ("leadership-management", RI)])
    + grades(F, "2021/22", PEEL, [("responding-to-public", RI), ("investigating-crime", A)]),
    afis=[stmt(F, P, PEEL, None, MP06_AFI["inv"], True),
          stmt(F, P, PEEL, None, MP06_AFI["pvp"], True),
          stmt(F, P, PEEL, None, MP06_AFI["lfm"], True),
          stmt(F, P, PEEL, None, MP06_AFI["ppt"], True)],
    recs=[stmt(F, P, PEEL, "responding-to-public", t, True) for t in MP06_REC],
    coc=[stmt(F, P, PEEL, "responding-to-public", MP06_COC, False)],
    people=[person("Rebecca Amberley-Scott", "inspector", HF, "HM Inspector of Constabulary"),
            person("Sian Retallack", "chief-constable", F, "Temporary Chief Constable", "temporary"),
            person("Edmund Treloar", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "The force calls itself 'Devon & Cornwall Police' (an alias).",
        "The grades table's 2021/22 column gives two 2021/22 judgements; '\u2013' cells give nothing. "
        "Crime data integrity was not inspected and victim service is not graded.",
        "The cause of concern sits under 'Responding to the public', so it and its two recommendations "
        "take responding-to-public. The progress table repeats them with commentary: the "
        "recommendations have updates; the cause of concern has no row of its own, so false.",
        "The four AFIs sit only in the progress table, which has no area column, so question is null "
        "(by subject they would be investigating-crime, protecting-vulnerable, leadership-management "
        "and treatment-of-public).",
        "'14 areas for improvement', Engage, 'Good practice' and Dorset Police (alliance) give nothing.",
    ]))

# mp07 -- Hampshire PCC and force response (DOCX) -----------------------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "mp07.docx", [F, "Thames Valley Police"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    grades(F, "2017", LEG, [(None, G), ("fair-treatment-public", G),
                            ("ethical-lawful-workforce", G), ("fair-treatment-workforce", RI)])
    + grades(F, "2016", LEG, [(None, G)]),
    afis=[stmt(F, "2017", LEG, None, MP07_AFI[0], True),
          stmt(F, "2017", LEG, None, MP07_AFI[1], True),
          stmt(F, "2017", LEG, None, MP07_AFI[2], False)],
    people=[person("Rowan Kettering", "commissioner", F,
                   "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
            person("Ophelia Hardcastle", "chief-constable", F, "Chief Constable")],
    notes=[
        "The 'Overall grade: Good' field and 1.1 give the 2017 pillar grade; 1.2 gives the three "
        "question grades in prose ('requires improvement in how fairly ... it treats its own "
        "workforce' -> fair-treatment-workforce). 'also graded good in HMIC's 2016 legitimacy "
        "inspection' gives a 2016 judgement with HMIC named.",
        "The AFI table has no question column, so question is null. AFI 3's Force response cell is "
        "an em dash, and the PCC says no response has been provided: false.",
        "The page header (OPCC name) is not body text. Thames Valley Police is named in passing.",
    ]))

# mp08 -- Bedfordshire Joint Audit Committee report (PDF) ---------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "mp08.pdf", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [HF],
    [insp(F, "2021/22", PEEL, HF), insp(F, "2018/19", PEEL, HF)],
    grades(F, "2021/22", PEEL, [("investigating-crime", RI), ("protecting-vulnerable", RI)]),
    afis=[stmt(F, "2021/22", PEEL, None, MP08_AFI["inv"], True),
          stmt(F, "2021/22", PEEL, None, MP08_AFI["pvp"], True),
          stmt(F, "2021/22", PEEL, None, MP08_AFI["pvp2"], False),
          stmt(F, "2021/22", PEEL, None, MP08_AFI["resp"], True),
          stmt(F, "2018/19", PEEL, None, MP08_AFI["legacy"], True)],
    people=[person("Tamsin Ogunleye", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Idris Fennimore", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "'graded good in four areas and adequate in four, and ... found to require improvement in "
        "two: investigating crime and protecting vulnerable people' names areas only for the two "
        "'requires improvement' grades; the counts give nothing.",
        "Appendix A's Source column gives the kind and period of each row; there is no area column, "
        "so question is null. H19-11 (PEEL 2018/19, carried forward) gives a 2018/19 inspection.",
        "H21-06 is 'Overdue' with an empty update cell: false.",
        "T22-02 is a national thematic recommendation to 'chief constables', not a PEEL fact.",
        "'an adequate level of control' and the five-point scale give nothing. The Joint Audit "
        "Committee is not an inspectorate. Hertfordshire and Cambridgeshire are named in passing.",
    ]))

# mp09 -- Lancashire 'Our performance' page (HTML) ----------------------------------------
F = "Lancashire Constabulary"
P = "2018/19"
GOLDS.append(gold(
    "mp09.html", [F, "Merseyside Police"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, PEEL, [("preventing-crime", G), ("investigating-crime", G),
                        ("protecting-vulnerable", G), ("serious-organised-crime", G),
                        ("using-resources", O), ("planning-future", O),
                        ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                        ("fair-treatment-workforce", G)]),
    afis=[stmt(F, P, PEEL, None, MP09_AFI[0], True),
          stmt(F, P, PEEL, None, MP09_AFI[1], True),
          stmt(F, P, PEEL, None, MP09_AFI[2], False)],
    people=[person("Tessa Marwood", "inspector", HF, "HM Inspector of Constabulary"),
            person("Declan Whitlow", "chief-constable", F, "Chief Constable")],
    also={"judgements": grades(F, P, EFF, [(None, G)]) + grades(F, P, EFC, [(None, O)])
          + grades(F, P, LEG, [(None, G)])
          + grades(F, P, PEEL, [("understanding-demand", O)])},
    notes=[
        "2018/19 as in dev12: the question table gives PEEL judgements; the pillar grades in prose "
        "('outstanding for efficiency, and good for both effectiveness and legitimacy') are in "
        "also_acceptable. 'Meeting current demands and using resources' -> using-resources "
        "(understanding-demand in also_acceptable).",
        "The AFIs are in <details> blocks headed by topic, not by question: question null. The third "
        "has only 'Update coming soon.': false.",
        "'a very good result', 'Rate this page: Good' and Merseyside Police (regional unit) give nothing.",
    ]))

# mp10 -- Gwent PCC response, text copy (TXT) ---------------------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "mp10.txt", [F, "South Wales Police", "Dyfed-Powys Police"], [H],
    [insp(F, "2015", LEG, H)],
    grades(F, "2015", LEG, [(None, G), ("fair-treatment-public", G),
                            ("ethical-lawful-workforce", RI)]),
    afis=[stmt(F, "2015", LEG, None, MP10_AFI[0], True),
          stmt(F, "2015", LEG, None, MP10_AFI[1], True),
          stmt(F, "2015", LEG, None, MP10_AFI[2], False)],
    people=[person("Elin Rowlands-Hart", "chief-constable", F, "Chief Constable"),
            person("Dafydd Prys-Morgan", "commissioner", F, "Police and Crime Commissioner for Gwent")],
    also={"judgements": grades(F, "2015", LEG, [("fair-treatment-workforce", RI)])},
    notes=[
        "The 2015 legitimacy questions differ from the 2016-17 keys. 'understand, engage with and "
        "treat fairly the people it serves' -> fair-treatment-public. 'practice and behaviour "
        "reinforce the wellbeing of staff and an ethical culture' -> ethical-lawful-workforce, with "
        "fair-treatment-workforce in also_acceptable. The stop and search and Taser question ('Good') "
        "has no key and gives no judgement.",
        "'In 2014, HMIC did not grade legitimacy' gives nothing. Publication dates (February/March "
        "2016) are not the period.",
        "AFI 3's action is 'To be confirmed', lead 'Not yet assigned', status 'Not started': false.",
        "The text is a hard-wrapped copy of a PDF with page footers and form feeds. 'Heddlu Gwent' "
        "and a Welsh sentence; South Wales Police and Dyfed-Powys Police are named in passing. The "
        "Deputy Chief Constable is unnamed.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
