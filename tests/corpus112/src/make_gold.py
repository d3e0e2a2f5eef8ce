"""Write gold/ng01.json ... gold/ng10.json for corpus112 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
NR = "national-release"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), genre=NR, also=None, notes=None):
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

# ng01 -- two-column journal article (PDF), north-west forces, Legitimacy 2015 and 2016
LAN, MER, CUM, CHE, GMP = ("Lancashire Constabulary", "Merseyside Police", "Cumbria Constabulary",
                           "Cheshire Constabulary", "Greater Manchester Police")
GOLDS.append(gold(
    "ng01.pdf", [LAN, MER, CUM, CHE, GMP], [H, HF],
    [insp(f, p, LEG, H) for f in (LAN, MER, CUM, CHE) for p in ("2015", "2016")],
    [j(f, p, LEG, None, G) for f in (LAN, MER, CUM, CHE) for p in ("2015", "2016")]
    + [j(LAN, "2016", LEG, "ethical-lawful-workforce", G),
       j(MER, "2016", LEG, "ethical-lawful-workforce", G),
       j(CUM, "2016", LEG, "ethical-lawful-workforce", RI),
       j(CHE, "2016", LEG, "ethical-lawful-workforce", G),
       j(MER, "2016", LEG, "fair-treatment-public", O)],
    afis=[
        stmt(CUM, "2016", LEG, "ethical-lawful-workforce",
             "The constabulary should ensure that its counter-corruption unit has enough trained "
             "staff to assess and develop corruption intelligence promptly."),
        stmt(LAN, "2016", LEG, "fair-treatment-workforce",
             "The constabulary should improve how it seeks and acts on feedback from its workforce, "
             "particularly from police staff working in support functions."),
    ],
    people=[person("Mike Cunningham", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Table 1 gives 2015 and 2016 Legitimacy pillar grades and the 2016 ethical-and-lawful-workforce "
        "grade for four forces. The column headings are PEEL years; the note under the table says the "
        "reports were published later (February 2016, December 2016, early 2017), and the reference "
        "list's years (2016a, 2017a) are publication years, not periods.",
        "Merseyside's 2016 fair-treatment-public grade is in prose only ('the only force of the four that "
        "HMIC graded outstanding for the extent to which it treats all of the people it serves with "
        "fairness and respect in 2016').",
        "The second AFI is 'in the 2016 Lancashire report'; it is about feedback from the workforce, so "
        "fair-treatment-workforce. Neither AFI has a force update (interviewees' views are not the force's "
        "update).",
        "The introduction lists the four grades and mentions 'adequate' for the later framework: no "
        "judgement. Greater Manchester Police did not take part: in forces only. Interviewees are "
        "anonymised (Force A-D); the authors are not person facts. The HMI is HMIC's (2016 context).",
        "Inspectorates: the text names HMIC and HMICFRS ('renamed HMICFRS ... in July 2017'). Each "
        "inspection's inspectorate is HMIC, because the article attributes the grades to HMIC.",
    ]))

# ng02 -- doctoral thesis chapter (DOCX), East Midlands, Efficiency 2014-2017
DER, LEI, LIN, NOT, NTH = ("Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
                           "Nottinghamshire Police", "Northamptonshire Police")
T52 = {DER: [G, G, G, G], LEI: [G, G, G, G], LIN: [G, G, G, G], NOT: [RI, RI, RI, G]}
YEARS = ["2014", "2015", "2016", "2017"]
GOLDS.append(gold(
    "ng02.docx", [DER, LEI, LIN, NOT, NTH], [H, HF],
    [insp(f, y, EFC, H if y != "2017" else HF) for f in T52 for y in YEARS],
    [j(f, y, EFC, None, gr) for f in T52 for y, gr in zip(YEARS, T52[f])]
    + [j(NOT, "2016", EFC, "planning-future", RI), j(LIN, "2016", EFC, "understanding-demand", O)],
    afis=[stmt(NOT, "2016", EFC, "planning-future",
               "The force should develop a fuller understanding of the skills its workforce will need in "
               "future, so that its workforce plans rest on evidence rather than on the size of the budget.")],
    people=[person("Roger Baynton", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Table 5.2 gives 16 overall Efficiency grades (PEEL years 2014-2017). The text says the grades "
        "are HMIC's; the source line and references name HMICFRS for 2017, so the 2017 inspections take "
        "HMICFRS and the rest HMIC. Reference years (2016c, 2017c) are publication years.",
        "The quoted AFI (Word 'Quote' style) follows 'Its 2016 report had also judged it to require "
        "improvement for how well it plans for the future', so it is Nottinghamshire 2016 planning-future. "
        "No force update: CC2's and PCC3's comments are anonymised interview evidence.",
        "Lincolnshire 2016 understanding-demand Outstanding is in prose only. Northamptonshire Police is "
        "named as a partner with 'its grades are not discussed here': forces only. The page header "
        "('Chapter 5 ...') is not body text. Anonymised CC2 and PCC3 are not person facts.",
    ]))

# ng03 -- think-tank blog post (HTML), Effectiveness 2016 (+2015)
DUR, BED, ESS, CLE, NUM = ("Durham Constabulary", "Bedfordshire Police", "Essex Police",
                           "Cleveland Police", "Northumbria Police")
GOLDS.append(gold(
    "ng03.html", [DUR, BED, ESS, CLE, NUM], [H],
    [insp(DUR, "2016", EFF, H), insp(BED, "2016", EFF, H), insp(ESS, "2016", EFF, H),
     insp(BED, "2015", EFF, H)],
    [j(DUR, "2016", EFF, None, O), j(DUR, "2016", EFF, "protecting-vulnerable", G),
     j(BED, "2016", EFF, None, RI), j(BED, "2016", EFF, "protecting-vulnerable", RI),
     j(BED, "2015", EFF, "protecting-vulnerable", I),
     j(ESS, "2016", EFF, None, RI), j(ESS, "2016", EFF, "protecting-vulnerable", I)],
    coc=[stmt(ESS, "2016", EFF, "protecting-vulnerable",
              "The force does not yet have a sufficiently clear understanding of the nature and scale of "
              "vulnerability in Essex, and too many vulnerable victims who report crimes to the force do "
              "not receive an appropriate response.")],
    people=[person("Mike Barton", "chief-constable", DUR, "Chief Constable")],
    also={"inspections": [insp(DUR, "2015", EFF, H)],
          "judgements": [j(DUR, "2015", EFF, None, O)]},
    notes=[
        "'Durham Constabulary was the only force graded outstanding for effectiveness in 2016, as it had "
        "been in 2015' repeats no grade word for 2015, so Durham's 2015 grade is in also_acceptable "
        "(GOLD-FORMAT's 'same grade as last year' convention), though the sentence leaves little doubt.",
        "Bedfordshire 2015 protecting-vulnerable: 'A year earlier, HMIC had graded the force inadequate "
        "for protecting vulnerable people'. 'the same overall word as before' gives no 2015 pillar grade.",
        "Essex's cause of concern is a blockquote; it sits under the 2016 report's protecting-vulnerable "
        "finding. 'seven forces were graded inadequate on at least one effectiveness question' is a count "
        "without forces. Cleveland and Northumbria are neighbours named in passing, with no grade.",
        "The post's author is not a person fact. Mike Barton is named 'Chief Constable Mike Barton'.",
    ]))

# ng04 -- NAO value-for-money report extract (PDF), Efficiency 2016 and 2017
DC, LAN, SUR, HER, CAM, DOR = ("Devon and Cornwall Police", "Lancashire Constabulary", "Surrey Police",
                               "Hertfordshire Constabulary", "Cambridgeshire Constabulary", "Dorset Police")
F10 = {DUR: (O, O), DC: (G, RI), LAN: (G, G), SUR: (RI, G), BED: (RI, RI)}
GOLDS.append(gold(
    "ng04.pdf", [DUR, DC, LAN, SUR, BED, HER, CAM, DOR], [HF, H],
    [insp(f, "2016", EFC, H) for f in F10] + [insp(f, "2017", EFC, HF) for f in F10],
    [j(f, "2016", EFC, None, g[0]) for f, g in F10.items()]
    + [j(f, "2017", EFC, None, g[1]) for f, g in F10.items()]
    + [j(DC, "2017", EFC, "planning-future", RI)],
    afis=[stmt(BED, "2017", EFC, "understanding-demand",
               "The force should develop a better understanding of the demand that is not immediately "
               "apparent to it, including hidden crime, so that it can plan its workforce to meet that "
               "demand.", True)],
    notes=[
        "Figure 10's column headings name the inspectorate per year: '2016 (HMIC)', '2017 (HMICFRS)'. "
        "Note 1 says the 2017 reports were published in November 2017; footnote years are publication "
        "dates.",
        "Devon and Cornwall 2017 planning-future RI is in paragraph 2.19. Bedfordshire's AFI is in a "
        "shaded box after 'Its 2017 report ... included the following area for improvement'; it is about "
        "hidden demand, so understanding-demand. has_force_update is true because paragraph 2.18 gives the "
        "force's own account of what it has since done (a joint demand study). Unsure: a grader might say "
        "an auditor's report holds no force update.",
        "Counts without forces ('two forces outstanding and ten forces as requiring improvement') give "
        "nothing. The NAO's own recommendation (2.21, to the Department) is not a PEEL recommendation. "
        "Hertfordshire, Cambridgeshire and Dorset are partners in passing. Fire inspections are out of "
        "scope. No person is named.",
    ]))

# ng05 -- Public Accounts Committee report page (HTML), Efficiency 2014 and 2015
STA = "Staffordshire Police"
GOLDS.append(gold(
    "ng05.html", [HER, BED, CAM, STA], [H],
    [insp(HER, "2014", EFC, H), insp(HER, "2015", EFC, H), insp(BED, "2014", EFC, H),
     insp(BED, "2015", EFC, H), insp(STA, "2015", EFC, H)],
    [j(HER, "2014", EFC, None, O), j(HER, "2015", EFC, None, O),
     j(BED, "2014", EFC, None, RI), j(BED, "2015", EFC, None, RI),
     j(STA, "2015", EFC, None, G), j(STA, "2015", EFC, "using-resources", O)],
    people=[person("Thomas Winsor", "inspector", H, "HM Chief Inspector of Constabulary")],
    notes=[
        "Paragraph numbers are run into the text ('24.HM Inspectorate ...') as on the Parliament site.",
        "'which had been graded outstanding for efficiency in 2014, was again graded outstanding in 2015' "
        "and 'had been graded requires improvement in 2014 too' state the 2014 grade words, so the 2014 "
        "judgements are main facts. Staffordshire's using-resources grade is 'outstanding for how well it "
        "uses its resources to meet its demand'.",
        "The Committee's 'Recommendation:' is addressed to the Department: not a PEEL recommendation. "
        "Counts ('four forces as outstanding ... eight required improvement') give nothing. Cambridgeshire "
        "is a partner in passing. 'Sir Thomas Winsor, HM Chief Inspector of Constabulary': name without "
        "'Sir', title as written after the name.",
    ]))

# ng06 -- think-tank policy paper (Markdown), PEEL 2021/22 and 2023-25
WIL, HAM, TVP, MPS = ("Wiltshire Police", "Hampshire Constabulary", "Thames Valley Police",
                      "Metropolitan Police Service")
GOLDS.append(gold(
    "ng06.md", [WIL, GMP, DUR, HAM, TVP, MPS], [HF],
    [insp(WIL, "2021/22", inspectorate=HF), insp(WIL, "2023-25", inspectorate=HF),
     insp(GMP, "2021/22", inspectorate=HF), insp(DUR, "2021/22", inspectorate=HF),
     insp(DUR, "2023-25", inspectorate=HF), insp(HAM, "2021/22", inspectorate=HF),
     insp(HAM, "2023-25", inspectorate=HF)],
    [j(WIL, "2021/22", PEEL, "responding-to-public", I),
     j(WIL, "2021/22", PEEL, "investigating-crime", RI),
     j(WIL, "2021/22", PEEL, "protecting-vulnerable", RI),
     j(WIL, "2021/22", PEEL, "preventing-crime", A),
     j(WIL, "2023-25", PEEL, "responding-to-public", RI),
     j(GMP, "2021/22", PEEL, "crime-recording", I),
     j(GMP, "2021/22", PEEL, "responding-to-public", I),
     j(DUR, "2023-25", PEEL, "preventing-crime", O),
     j(DUR, "2021/22", PEEL, "responding-to-public", G),
     j(DUR, "2023-25", PEEL, "responding-to-public", G),
     j(HAM, "2021/22", PEEL, "responding-to-public", RI),
     j(HAM, "2023-25", PEEL, "responding-to-public", A)],
    afis=[stmt(HAM, "2023-25", PEEL, "responding-to-public",
               "The force should make sure that it answers non-emergency calls promptly and that it "
               "reduces the number of callers who abandon their call before it is answered.")],
    coc=[stmt(WIL, "2021/22", PEEL, "responding-to-public",
              "The force is not answering emergency and non-emergency calls quickly enough, and it does not "
              "always assess the risk to callers properly when they first contact it.")],
    people=[person("Andy Cooke", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
            person("Stephen Watson", "chief-constable", GMP, "Chief Constable")],
    notes=[
        "The five-point scale sentence gives no judgement. 'good in four further areas' (Durham) and "
        "'requires improvement in four areas' (Thames Valley) name no areas: nothing, so Thames Valley has "
        "no inspection. The Met is in Engage but has no grade: forces only.",
        "GMP's 2020 crime-recording inspection is not a PEEL period; its 2021/22 PEEL grades are 'inadequate "
        "for recording data about crime' (crime-recording) and responding to the public.",
        "Table 1 names 'Hampshire and Isle of Wight Constabulary' and its note names 'Hampshire "
        "Constabulary' (the canonical name). The Hampshire AFI follows 'One of Hampshire's 2023-25 areas "
        "for improvement'; it is about calls, so responding-to-public.",
        "The paper's own 'Recommendation 1/2' (to the Home Office) are not PEEL recommendations. Endnote "
        "years (2022, 2023) are publication years.",
    ]))

# ng07 -- external auditor's annual report (TXT), Derbyshire PEEL 2023-25
GOLDS.append(gold(
    "ng07.txt", [DER], [HF],
    [insp(DER, "2023-25", inspectorate=HF), insp(DER, "2021/22", inspectorate=None)],
    [j(DER, "2023-25", PEEL, q, g) for q, g in [
        ("treatment-of-public", G), ("preventing-crime", G), ("responding-to-public", A),
        ("investigating-crime", RI), ("protecting-vulnerable", A), ("managing-offenders", RI),
        ("workforce", G), ("leadership-management", A)]]
    + [j(DER, "2021/22", PEEL, "preventing-crime", G), j(DER, "2021/22", PEEL, "investigating-crime", RI)],
    afis=[
        stmt(DER, "2023-25", PEEL, "investigating-crime",
             "The force should make sure that it has enough trained investigators to meet demand, and that "
             "supervisors review investigations regularly so that opportunities to gather evidence are not "
             "missed.", True),
        stmt(DER, "2023-25", PEEL, "leadership-management",
             "The force should improve its understanding of the demand it faces and the capacity of its "
             "workforce, so that it can plan with confidence for the resources it will need.", False),
    ],
    people=[person("Alison Pendleford", "commissioner", DER, "Police and Crime Commissioner"),
            person("Martin Ellery", "chief-constable", DER, "Chief Constable")],
    notes=[
        "The grade table uses the 2023-25 area names; 'Building, supporting and protecting the workforce' "
        "wraps over two lines. 'nine areas for improvement' and 'did not identify any causes of concern' "
        "give nothing beyond the two quoted AFIs.",
        "has_force_update: true for the investigating AFI (a 'Management response' with actions); false for "
        "the leadership AFI ('None received at the date of this report').",
        "The 2021/22 grades come from 'The Constabulary has told us that the previous inspection, PEEL "
        "2021/22, graded it good for preventing crime and requires improvement for investigating crime'. "
        "That sentence names no inspectorate, so its inspection's inspectorate is null.",
        "The auditor's own 'Improvement recommendation IR3' is not a PEEL recommendation. Derbyshire Fire "
        "and Rescue Service's inspection is out of scope. 'Issued: 6 December 2024' and 'Year ended 31 March "
        "2024' are not periods. People are named as 'the Police and Crime Commissioner was Alison "
        "Pendleford and the Chief Constable was Martin Ellery'.",
    ]))

# ng08 -- MSc dissertation findings chapter (DOCX), Cleveland PEEL 2018/19 (+2017)
GOLDS.append(gold(
    "ng08.docx", [CLE, DUR], [HF],
    [insp(CLE, "2018/19", PEEL, HF), insp(CLE, "2017", EFF, HF), insp(CLE, "2017", LEG, HF)],
    [j(CLE, "2018/19", PEEL, q, g) for q, g in [
        ("preventing-crime", RI), ("investigating-crime", I), ("protecting-vulnerable", I),
        ("serious-organised-crime", RI), ("using-resources", I), ("planning-future", I),
        ("fair-treatment-public", RI), ("ethical-lawful-workforce", I), ("fair-treatment-workforce", RI)]]
    + [j(CLE, "2017", EFF, None, RI), j(CLE, "2017", LEG, "fair-treatment-workforce", RI)],
    coc=[
        stmt(CLE, "2018/19", PEEL, "planning-future",
             "The force does not have a sufficient understanding of the demand it faces, and its plans for "
             "the workforce and for finance are not linked to that demand."),
        stmt(CLE, "2018/19", PEEL, "ethical-lawful-workforce",
             "The force does not do enough to identify and act on corruption, and its counter-corruption "
             "unit lacks the capacity and capability to investigate the intelligence it receives."),
    ],
    people=[person("Lisa Orchard", "chief-constable", CLE, "Temporary Chief Constable", "temporary"),
            person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary")],
    also={"judgements": [j(CLE, "2018/19", p, None, I) for p in (EFF, EFC, LEG)],
          "recommendations": [stmt(CLE, "2018/19", PEEL, "planning-future",
                                   "the force should produce a comprehensive analysis of current and likely "
                                   "future demand.")]},
    notes=[
        "2018/19 follows dev12: the nine question grades of Table 4.1 have pillar PEEL and the 2015-17 "
        "question keys; the three pillar grades ('inadequate at being effective, ... efficient ... "
        "legitimately') are in also_acceptable. No overall grade is stated. Specialist capabilities 'was "
        "not graded'.",
        "Table 4.1 leaves the Pillar cell empty on continuation rows (not merged). 'Meeting current "
        "demands and using resources' -> using-resources.",
        "2017: 'In the 2017 effectiveness inspection, HMICFRS had already judged the force to require "
        "improvement' (Effectiveness, question null) and the 2017 legitimacy report graded fair treatment "
        "of the workforce requires improvement (no pillar grade stated).",
        "The causes of concern are in Word's 'Intense Quote' style. The first 'was accompanied by a "
        "recommendation that, within six months, the force should produce ...': reported, not quoted, so "
        "the recommendation is in also_acceptable. 'Neither cause of concern had been closed' is the "
        "author's finding, not a force update.",
        "Durham Constabulary is a neighbour in passing. Participants are anonymised. Header and footer "
        "(candidate number) are not body text.",
    ]))

# ng09 -- two-column working paper (PDF), Welsh forces PEEL 2023-25 and 2021/22
DP, GW, NW, SW = "Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"
AREAS = ("responding-to-public", "investigating-crime", "protecting-vulnerable")
T2 = {DP: [(G, G), (A, RI), (G, G)], GW: [(RI, RI), (RI, RI), (A, A)],
      NW: [(A, G), (G, G), (G, A)], SW: [(A, A), (RI, A), (A, G)]}
GOLDS.append(gold(
    "ng09.pdf", [DP, GW, NW, SW], [HF],
    [insp(f, p, inspectorate=HF) for f in T2 for p in ("2023-25", "2021/22")],
    [j(f, "2023-25", PEEL, q, g[0]) for f in T2 for q, g in zip(AREAS, T2[f])]
    + [j(f, "2021/22", PEEL, q, g[1]) for f in T2 for q, g in zip(AREAS, T2[f])],
    afis=[stmt(SW, "2023-25", PEEL, "investigating-crime",
               "The force should make sure that investigations are allocated to officers with the skills and "
               "capacity to progress them, and that victims are updated in line with the Code of Practice "
               "for Victims of Crime.", True)],
    recs=[stmt(GW, "2023-25", PEEL, "responding-to-public",
               "Within six months, the force should make sure that call handlers use a structured risk "
               "assessment for every call and record the outcome of that assessment.")],
    notes=[
        "Table 2 cells hold two grades each: 'Adequate (Requires improvement)' is 2023-25 then 2021/22 in "
        "brackets, per the caption. Figure 1 is a count chart without forces: nothing. The ordinal-scale "
        "sentence names all five grades: nothing.",
        "South Wales AFI: has_force_update true, because the next paragraph gives the force's own account "
        "('South Wales Police told us that it had created a central investigation hub'). Unsure, as in ng04.",
        "Gwent's cause of concern is mentioned but not quoted, so it gives no statement; one of its two "
        "recommendations is quoted (responding-to-public, from the cause of concern about calls for "
        "service).",
        "Reference years (2022b, 2024c) are publication years. No person is named (authors are not person "
        "facts; interviewees are unnamed).",
    ]))

# ng10 -- research data annex (CSV), south-east forces 2016, 2017, 2018/19
KEN, SUS = "Kent Police", "Sussex Police"
GOLDS.append(gold(
    "ng10.csv", [KEN, SUR, SUS, HAM, TVP], [HF, H],
    [insp(KEN, "2017", LEG, HF), insp(KEN, "2018/19", PEEL, HF), insp(SUR, "2016", EFC, H),
     insp(SUR, "2017", EFC, HF), insp(SUS, "2017", EFC, HF), insp(HAM, "2016", LEG, H),
     insp(TVP, "2018/19", PEEL, HF)],
    [j(KEN, "2017", LEG, None, G),
     j(KEN, "2018/19", PEEL, "preventing-crime", G),
     j(KEN, "2018/19", PEEL, "planning-future", G),
     j(SUR, "2016", EFC, None, RI), j(SUR, "2017", EFC, None, G),
     j(SUS, "2017", EFC, None, G), j(SUS, "2017", EFC, "planning-future", RI),
     j(HAM, "2016", LEG, "fair-treatment-public", G),
     j(TVP, "2018/19", PEEL, "investigating-crime", RI)],
    also={"judgements": [j(KEN, "2018/19", EFF, None, G)]},
    notes=[
        "Rows are typed per grade: the 'peel_year' column is the period; 'year_published' and the source "
        "citation years are publication years (e.g. 'HMICFRS (2018) PEEL: Police legitimacy 2017').",
        "2018/19 rows follow dev12: question grades take pillar PEEL; Kent's 'Effectiveness, Overall, Good' "
        "for 2018/19 is a pillar grade and is in also_acceptable.",
        "Each inspection takes the inspectorate named in its row's source citation: HMIC for the 2016 "
        "rows, HMICFRS from 2017. The 'Kent Fire and Rescue Service' row is a fire inspection marked "
        "'excluded from analysis': no fact. Thames Valley's 'Specialist capabilities, Not graded' gives "
        "nothing. The notes row's four-point scale gives nothing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
