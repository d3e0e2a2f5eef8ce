"""Write gold/oh01.json ... gold/oh10.json for corpus137 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
SOC = "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFFI, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar=PEEL):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
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

# oh01 -- Federation branch statement (HTML), Merseyside PEEL 2021/22 ----------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "oh01.html", "press-release", [F, "Lancashire Constabulary"], [],
    [insp(F, P2122)],
    grades(F, P2122, [(PREV, O), (PPT, G), (PVP, G), (MOS, G), (LFM, G), (INV, A), (WORK, A), (RESP, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers emergency and non-emergency calls within "
             "national standards, and that calls which are abandoned are followed up."),
        stmt(F, P2122, INV, "The force should make sure that officers carry out a timely and proportionate "
             "investigation of every reported crime, and that supervisors review investigations regularly."),
        stmt(F, P2122, WORK, "The force should understand why officers feel their workload is unmanageable and "
             "act on what it finds."),
    ],
    people=[
        person("Harriet Okonjo", "inspector", HF, "HM Inspector of Constabulary"),
        person("Serena Kilbride", "chief-constable", F, "Chief Constable"),
        person("Ruth Ellery", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, P1819)],
          "judgements": grades(F, P1819, [(None, G)], pillar=EFF)},
    notes=[
        "The inspectorate is only 'the watchdog', 'inspectors', 'the same body' and 'the inspectorate' (link text), "
        "so inspectorates is empty and the inspection's inspectorate is null.",
        "'in its use of resources' -> leadership-management (2021/22 'good use of resources'); 'developing a positive "
        "workplace' -> workforce. Victim service is not graded.",
        "The HMI's inspectorate is HMICFRS by the 2021/22 date, though the document does not name it (people "
        "organisation must be HMIC or HMICFRS).",
        "Branch chair Martin Dacre is a Federation official, not a person fact; 'a good result' is his opinion.",
        "'In 2018/19 ... rated good at reducing crime and keeping people safe' is a whole-pillar 2018/19 grade "
        "(effectiveness), so also_acceptable only. The fire service's 'good' is not a fact. Lancashire is named in "
        "passing with no grade.",
        "The AFIs are a lead-in 'among others' plus full-sentence bullets; each bullet is its own statement. No "
        "force update follows them (the Chief Constable accepts the findings in general).",
    ]))

# oh02 -- research briefing (PDF), four forces PEEL 2023-25 ---------------------------------
BED, CHE, LAN, NOR = "Bedfordshire Police", "Cheshire Constabulary", "Lancashire Constabulary", "Northumbria Police"
ORDER = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
T2325 = {
    BED: [G, G, A, RI, A, G, A, G],
    CHE: [G, O, G, A, G, G, G, G],
    LAN: [A, G, RI, A, A, G, G, A],
    NOR: [G, G, G, G, A, A, G, O],
}
j = []
for f in (BED, CHE, LAN, NOR):
    j += grades(f, P2325, list(zip(ORDER, T2325[f])))
j += grades(NOR, P2122, [(RESP, RI), (INV, A)])
GOLDS.append(gold(
    "oh02.pdf", "national-release", [BED, CHE, LAN, NOR], [HF],
    [insp(f, P2325, inspectorate=HF) for f in (BED, CHE, LAN, NOR)] + [insp(NOR, P2122, inspectorate=HF)],
    j,
    notes=[
        "Table 1 gives 32 judgements (4 forces x 8 areas); prose repeats some of them. Area names map as in the "
        "2023-25 framework.",
        "Footnote 4 gives Northumbria's 2021/22 grades for responding (requires improvement) and investigating "
        "(adequate); the body's 'only two years earlier' alone names no period.",
        "Cheshire Fire and Rescue Service's 'outstanding' is a fire inspection; the joint custody inspections with HM "
        "Inspectorate of Prisons give no grades. 'a good result', 'good practice', 'innovative practice' and the "
        "five-point scale are not judgements. The authors' recommendation to PCCs is not a PEEL recommendation.",
        "The report authors are researchers, not person facts.",
    ]))

# oh03 -- police and crime panel report (DOCX), West Mercia PEEL 2018/19 --------------------
F = "West Mercia Police"
GOLDS.append(gold(
    "oh03.docx", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(PREV, G), (INV, RI), (PVP, RI), (SOC, G), (UR, RI), (PF, RI), (FTP, G), (ELW, RI),
                      (FTW, G)]),
    afis=[
        stmt(F, P1819, PVP, "The force should ensure that it always uses the powers available to it, including "
             "domestic violence protection orders, to safeguard victims of domestic abuse.", True),
        stmt(F, P1819, PF, "The force should develop its understanding of the skills and capabilities of its "
             "workforce, so that it can plan with confidence to meet future demand.", True),
        stmt(F, P1819, ELW, "The force should make sure that its counter-corruption unit has enough capacity to "
             "seek out and assess intelligence about corruption.", False),
    ],
    coc=[stmt(F, P1819, INV, "The force does not supervise investigations well enough, and too many victims are "
              "not kept informed about the progress of their case.", True)],
    people=[
        person("Jonathan Pryce-Hallam", "commissioner", F, "Police and Crime Commissioner"),
        person("Adele Whitcombe", "chief-constable", F, "Chief Constable"),
        person("Marcus Eddington", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"judgements": grades(F, P1819, [(None, RI)], pillar=EFF) + grades(F, P1819, [(None, RI)], pillar=EFFI)
          + grades(F, P1819, [(None, RI)], pillar=LEG)},
    notes=[
        "2018/19 convention (dev12): question grades take pillar PEEL with the 2015-17 keys; the whole-pillar "
        "'requires improvement in all three areas' grades are in also_acceptable only. 'Meeting current demands and "
        "using resources' -> using-resources.",
        "Statements sit under headings naming their area. has_force_update is true where a 'Force response:' "
        "follows, false for the counter-corruption AFI ('No update ... had been received').",
        "The Word header and footer (date, council address) are not body text. The panel's contact officer is not "
        "a person fact. Hereford & Worcester Fire and Rescue Service's grade is a fire inspection. Warwickshire "
        "Police is named in passing. 'a good start' is the panel's opinion.",
    ]))

# oh04 -- encyclopaedia article (Markdown), Northumbria --------------------------------------
F = "Northumbria Police"
PIL = {"2014": [(EFFI, G)],
       "2015": [(EFF, G), (EFFI, G), (LEG, G)],
       "2016": [(EFF, RI), (EFFI, G), (LEG, G)],
       "2017": [(EFF, G), (EFFI, G), (LEG, G)]}
ins, jj = [], []
for per, lst in PIL.items():
    for pil, gr in lst:
        ins.append(insp(F, per, pil, H if per in ("2014", "2015", "2016") else HF))
        jj += grades(F, per, [(None, gr)], pillar=pil)
jj += grades(F, "2016", [(PVP, RI)], pillar=EFF)
ins += [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)]
jj += grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, A), (LFM, A)])
jj += grades(F, P2325, [(LFM, O)])
GOLDS.append(gold(
    "oh04.md", "national-release", [F, "Durham Constabulary", "Cumbria Constabulary", "Cleveland Police"], [H, HF],
    ins, jj,
    people=[
        person("Kate Forsythe-Lowe", "commissioner", F, "Police and Crime Commissioner"),
        person("Vanessa Jardine", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, P1819, inspectorate=HF)],
          "judgements": grades(F, P1819, [(None, G)], pillar=EFF) + grades(F, P1819, [(None, G)], pillar=EFFI)
          + grades(F, P1819, [(None, G)], pillar=LEG)},
    notes=[
        "Pillar table: 2014 has only efficiency (the dashes give nothing). Inspectorate per row: the article says "
        "HMICFRS was known until July 2017 as HMIC, so 2014-2016 rows are HMIC and 2017 onward HMICFRS.",
        "2018/19 pillar grades are whole-pillar 2018/19 grades: also_acceptable only, with the PEEL 2018/19 "
        "inspection.",
        "'rated it requires improvement in that area' gives 2016 Effectiveness protecting-vulnerable. 'returned to "
        "good the following year' repeats the 2017 row.",
        "2021/22 area names: 'Treatment of the public' -> treatment-of-public, 'Developing a positive workplace' "
        "-> workforce, 'Good use of resources' -> leadership-management (its 'Good' is not a grade). Victim "
        "service is not graded.",
        "2023-25: only leadership and force management is graded in the text.",
        "Infobox 'name, title' keeps the title as written. The former chief constable (Desmond Harker) is not a "
        "serving chief officer and is left out. The fire service and the custody inspection give nothing. Durham, "
        "Cumbria and Cleveland are named in passing.",
    ]))

# oh05 -- FOI reply email (text), Nottinghamshire -------------------------------------------
F = "Nottinghamshire Police"
ins, jj = [], []
for per, trip in (("2015", (RI, G, G)), ("2016", (G, G, G)), ("2017", (G, G, G))):
    for pil, gr in zip((EFF, EFFI, LEG), trip):
        ins.append(insp(F, per, pil, H if per != "2017" else HF))
        jj += grades(F, per, [(None, gr)], pillar=pil)
ins.append(insp(F, P2122, inspectorate=HF))
jj += grades(F, P2122, [(PREV, G), (MOS, G), (WORK, G), (PPT, A), (PVP, A), (LFM, A), (RESP, RI), (INV, RI)])
GOLDS.append(gold(
    "oh05.txt", "response-record", [F], [HF, H], ins, jj,
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers calls for service promptly, and that the "
             "risk to callers is reassessed when there is a delay in attending.", True),
        stmt(F, P2122, INV, "The force should make sure that investigations are allocated to staff with the right "
             "skills, and that supervisors set and review clear investigation plans.", True),
        stmt(F, P2122, INV, "The force should improve the way it records the reasons a victim withdraws support for "
             "a prosecution.", True),
    ],
    also={"inspections": [insp(F, P1819, inspectorate=HF)],
          "judgements": grades(F, P1819, [(None, G)], pillar=EFF) + grades(F, P1819, [(None, G)], pillar=EFFI)
          + grades(F, P1819, [(None, G)], pillar=LEG)},
    notes=[
        "The pillar table's heading says HMIC until 2016 and HMICFRS from 2017, so the inspectorates follow it.",
        "'judged good in all three pillars' in 2018/19: whole-pillar 2018/19 grades, also_acceptable only.",
        "2021/22: 'building a positive workplace' -> workforce, 'treating the public fairly' -> "
        "treatment-of-public, 'making good use of its resources' -> leadership-management.",
        "AFI 3 is placed under investigating-crime: the reply says the AFIs given relate to the two areas graded "
        "requires improvement, and victim withdrawal fits investigating better. Each AFI has a 'Current "
        "position:' (AFI 3's is brief), so has_force_update is true. 'eleven areas for improvement' is a count.",
        "Joint custody inspection with HM Inspectorate of Prisons and the fire service: no grades. The FOI officer, "
        "the requester and the Head of Performance are not person facts; 'a good and improving force' is opinion.",
    ]))

# oh06 -- regional grades table (CSV), Legitimacy 2017 + 2016 -------------------------------
ROWS = [
    ("Cleveland Police", RI, G, RI, RI, RI),
    ("Durham Constabulary", G, G, G, G, G),
    ("Northumbria Police", G, G, G, G, G),
    ("Humberside Police", G, G, G, RI, RI),
    ("North Yorkshire Police", RI, G, RI, RI, G),
    ("South Yorkshire Police", G, G, G, G, G),
    ("West Yorkshire Police", G, G, O, G, G),
]
ins, jj = [], []
for f, ov, q1, q2, q3, prev in ROWS:
    ins += [insp(f, "2017", LEG, HF), insp(f, "2016", LEG, H)]
    jj += grades(f, "2017", [(None, ov), (FTP, q1), (ELW, q2), (FTW, q3)], pillar=LEG)
    jj += grades(f, "2016", [(None, prev)], pillar=LEG)
GOLDS.append(gold(
    "oh06.csv", "national-release", [r[0] for r in ROWS], [HF, H], ins, jj,
    notes=[
        "One row per force: overall 2017 legitimacy, the three 2017 question grades (headers paraphrase the "
        "questions) and the overall 2016 legitimacy grade. The 'Change' column and the grade key give nothing.",
        "The source note names HMICFRS for 2017 and HMIC for 2016.",
    ]))

# oh07 -- select committee report (PDF), Cleveland + GMP ------------------------------------
CL, GM = "Cleveland Police", "Greater Manchester Police"
GOLDS.append(gold(
    "oh07.pdf", "national-release", [CL, GM], [HF],
    [insp(CL, P2122, inspectorate=HF), insp(GM, P2122, inspectorate=HF)],
    grades(CL, P2122, [(RESP, I), (PVP, I)]) + grades(GM, P2122, [(INV, RI), (MOS, A), (CDI, G)]),
    coc=[stmt(CL, P2122, RESP, "The force does not answer emergency and non-emergency calls quickly enough, and it "
              "does not properly assess the risk to callers, so vulnerable people may not get the help they "
              "need.", True)],
    people=[
        person("Stephen Harrow", "chief-constable", CL, "Chief Constable"),
        person("Michaela Strand", "commissioner", CL, "Police and Crime Commissioner"),
        person("Aled Ramsden", "chief-constable", GM, "Deputy Chief Constable", "deputy"),
    ],
    also={"inspections": [insp(CL, P1819, inspectorate=HF)],
          "judgements": grades(CL, P1819, [(None, I)], pillar=EFF) + grades(CL, P1819, [(None, I)], pillar=EFFI)
          + grades(CL, P1819, [(None, I)], pillar=LEG)},
    notes=[
        "Cleveland's 2019 integrated assessment (footnote 45: PEEL 2018/19) found it inadequate at reducing crime, "
        "operating efficiently and legitimacy: whole-pillar 2018/19 grades, also_acceptable only.",
        "The cause of concern is quoted from the 2021/22 report and concerns call answering -> "
        "responding-to-public. has_force_update is true because the Chief Constable's evidence on answering times "
        "(para 33) answers it directly. Unsure.",
        "GMP 'rated good' for crime recording -> crime-recording.",
        "The Federation chair, the unnamed Deputy Mayor and Mayor are not person facts. 'GMP's Deputy Chief "
        "Constable, Aled Ramsden' is title-first. The committee's recommendation is to the Home Office, not a PEEL "
        "recommendation. The joint custody inspection with HM Inspectorate of Prisons gives nothing.",
    ]))

# oh08 -- local newspaper copy (DOCX), Norfolk + Suffolk efficiency 2017 --------------------
NF, SF = "Norfolk Constabulary", "Suffolk Constabulary"
GOLDS.append(gold(
    "oh08.docx", "press-release", [NF, SF, "Cambridgeshire Constabulary"], [HF],
    [insp(NF, "2017", EFFI, HF), insp(SF, "2017", EFFI, HF), insp(NF, "2016", EFFI), insp(SF, "2016", EFFI)],
    grades(NF, "2017", [(None, G), (UD, O), (UR, G), (PF, G)], pillar=EFFI)
    + grades(SF, "2017", [(None, G)], pillar=EFFI)
    + grades(NF, "2016", [(None, G)], pillar=EFFI) + grades(SF, "2016", [(None, G)], pillar=EFFI),
    people=[
        person("Graham Whitlock", "chief-constable", NF, "Chief Constable"),
        person("Rebecca Stannard", "chief-constable", SF, "Deputy Chief Constable", "deputy"),
        person("Tim Oakes", "commissioner", NF, "Norfolk\u2019s Police and Crime Commissioner"),
    ],
    also={"judgements": grades(SF, "2017", [(UD, G), (UR, G), (PF, G)], pillar=EFFI)},
    notes=[
        "'Both forces were also judged good for efficiency last year' in a 2017 story gives 2016 efficiency Good "
        "for both; no inspectorate is named for 2016.",
        "Suffolk 'rated good on all three questions' names no question, so its question grades are in "
        "also_acceptable only.",
        "'The report recommended that Norfolk build on ...' is reported speech, not the recommendation's text, "
        "and is left out.",
        "Tim Oakes: title after the name, kept in full ('Norfolk\u2019s Police and Crime Commissioner'). Unsure.",
        "The Word header (which says 'Suffolk Constabulary rated outstanding', wrongly) and footer are not body "
        "text. The reporter is not a person fact. Fire service and Cambridgeshire in passing give nothing. The "
        "headline's 'A good result' and 'very pleasing' are opinions.",
    ]))

# oh09 -- trade press story (HTML), Humberside 2021/22 --------------------------------------
F = "Humberside Police"
GOLDS.append(gold(
    "oh09.html", "press-release", [F, "Cleveland Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp("Cleveland Police", P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, O), (RESP, O), (INV, O), (PVP, O), (MOS, O), (LFM, O), (PPT, G), (WORK, G)])
    + grades("Cleveland Police", P2122, [(RESP, I), (PVP, I)]),
    people=[
        person("Rhodri Castell", "inspector", HF, "HM Inspector of Constabulary"),
        person("Lewis Ferriby", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'The force was rated inadequate in 2015' names no pillar, so it gives no judgement.",
        "The count table (6, 2, 0, 0, 0) is a count, not a judgement. 'good use of resources' -> "
        "leadership-management, 'developing a positive workplace' -> workforce.",
        "Cleveland Police's 2021/22 grades are given in passing ('that force inadequate for ...').",
        "The Federation branch secretary is not a person fact. Fire service grades and 'good practice' give "
        "nothing.",
    ]))

# oh10 -- parliamentary written answer (text), Lancashire 2023-25 ---------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "oh10.txt", "national-release", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(RESP, RI), (PPT, A), (INV, A), (PVP, A), (LFM, A), (PREV, G), (MOS, G), (WORK, G)])
    + grades(F, P2122, [(RESP, A)]),
    also={"areas_for_improvement": [stmt(
        F, P2325, RESP, "the force should reduce the time callers wait for the non-emergency 101 service to be "
        "answered, and make sure that it reassesses the risk to callers when an attendance is delayed.")]},
    notes=[
        "Grades are in one sentence with semicolon-separated lists; items contain commas ('building, supporting "
        "and protecting the workforce').",
        "'In its previous inspection, in 2021/22, ... adequate for responding to the public' gives a 2021/22 "
        "judgement.",
        "The AFI is given in reported speech ('including that the force should ...'), so it is in "
        "also_acceptable only.",
        "The Member, the Minister, the unnamed Chief Constable and PCC are not person facts. Fire service and HM "
        "Inspectorate of Probation give nothing.",
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
