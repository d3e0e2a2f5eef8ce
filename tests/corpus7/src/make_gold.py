"""Write gold/g01.json ... gold/g10.json from the dicts below (standard library only).
Run from anywhere: python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

RI = "Requires improvement"


def insp(force, period, pillar="PEEL", inspectorate="HMICFRS"):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def judgements(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def doc(name, genre, forces, inspectorates, inspections, judg, afis=(), recs=(), cocs=(),
        people=(), also=None, notes=None):
    g = {"document": name, "genre": genre, "encoding": "utf-8", "forces": forces,
         "inspectorates": inspectorates, "inspections": inspections, "judgements": judg,
         "areas_for_improvement": list(afis), "recommendations": list(recs),
         "causes_of_concern": list(cocs), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# ---------------------------------------------------------------- g01 Bedfordshire news page
BED = "Bedfordshire Police"
GOLDS.append(doc(
    "g01.html", "press-release",
    [BED, "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], ["HMICFRS"],
    [insp(BED, "2023-25")],
    judgements(BED, "2023-25", [
        ("preventing-crime", "Good"), ("investigating-crime", "Good"),
        ("managing-offenders", "Good"), ("treatment-of-public", "Good"),
        ("protecting-vulnerable", "Adequate"), ("workforce", "Adequate"),
        ("leadership-management", "Adequate"), ("responding-to-public", RI)]),
    afis=[
        stmt(BED, "2023-25", None,
             "The inspectors want us to answer 101 calls more quickly and make sure that vulnerable "
             "callers are identified the first time they contact us.", update=True),
        stmt(BED, "2023-25", None,
             "They also want us to get better at recording why officers decided not to arrest a "
             "suspect in a domestic abuse case.", update=False),
    ],
    people=[
        person("Daniel Okafor", "chief-constable", BED, "Chief Constable"),
        person("Helena Bright", "commissioner", BED, "Police and Crime Commissioner"),
    ],
    also={"areas_for_improvement": [
        stmt(BED, "2023-25", None,
             "answer 101 calls more quickly and make sure that vulnerable callers are identified the "
             "first time they contact us.", update=True),
        stmt(BED, "2023-25", None,
             "get better at recording why officers decided not to arrest a suspect in a domestic "
             "abuse case.", update=False),
    ]},
    notes=[
        "First-person force page: 'We have been rated good at ...' grades the force itself.",
        "The two AFIs are the two 'The inspectors want us to ...' / 'They also want us to ...' "
        "sentences after 'The report sets out two areas for improvement.'; the whole sentence is the "
        "main text, the bare clause after 'want us to' is also acceptable.",
        "AFI 1 has a force update (call-back service, new call handlers); AFI 2 has none.",
        "'We were told we need to improve how we respond to the public' is not a separate AFI: it "
        "introduces the requires-improvement grade in the same sentence.",
        "Cambridgeshire and Hertfordshire are partners in passing: forces only.",
    ]))

# ---------------------------------------------------------------- g02 Hertfordshire horizontal table
HER = "Hertfordshire Constabulary"
GOLDS.append(doc(
    "g02.html", "peel-report-2021", [HER], ["HMICFRS"],
    [insp(HER, "2023-25")],
    judgements(HER, "2023-25", [
        ("treatment-of-public", "Good"), ("preventing-crime", "Outstanding"),
        ("responding-to-public", "Adequate"), ("investigating-crime", "Good"),
        ("protecting-vulnerable", RI), ("managing-offenders", "Good"),
        ("workforce", "Adequate"), ("leadership-management", "Good")]),
    people=[person("Nadia Kerrigan", "inspector", "HMICFRS",
                   "His Majesty’s Inspector of Constabulary")],
    notes="Grades are in the second row of a horizontal table, each under the area named in the same "
          "column of the header row. Victim service is 'Not graded': no judgement."))

# ---------------------------------------------------------------- g03 Wiltshire OPCC tracker
WIL = "Wiltshire Police"
GOLDS.append(doc(
    "g03.txt", "response-record", [WIL], ["HMICFRS"],
    [insp(WIL, "2023-25"), insp(WIL, "2021/22", inspectorate=None)],
    judgements(WIL, "2023-25", [
        ("treatment-of-public", "Good"), ("preventing-crime", "Adequate"),
        ("responding-to-public", RI), ("investigating-crime", RI),
        ("protecting-vulnerable", "Adequate"), ("managing-offenders", "Good"),
        ("workforce", "Adequate"), ("leadership-management", RI)])
    + judgements(WIL, "2021/22", [
        ("treatment-of-public", "Adequate"), ("preventing-crime", "Good"),
        ("responding-to-public", RI), ("investigating-crime", "Inadequate"),
        ("protecting-vulnerable", "Adequate"), ("managing-offenders", "Good"),
        ("workforce", "Good"), ("leadership-management", "Adequate"),
        ("crime-recording", "Good")]),
    afis=[
        stmt(WIL, "2023-25", "responding-to-public",
             "The force should make sure that calls to 101 are answered promptly and that the risk to "
             "callers who hang up before being answered is assessed.", update=True),
        stmt(WIL, "2023-25", "investigating-crime",
             "The force should make sure that supervisors review investigations at set intervals and "
             "record clear direction for the investigating officer.", update=True),
        stmt(WIL, "2023-25", "leadership-management",
             "The force should develop a workforce plan that links the skills it needs with its "
             "expected demand and its medium-term financial plan.", update=True),
    ],
    people=[
        person("Andrew Tolhurst", "commissioner", WIL, "Police and Crime Commissioner"),
        person("Priya Mahal", "chief-constable", WIL, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Grades are abbreviations explained by the key line (O, G, Adeq, RI, Inad). The 2023-25 "
        "column gives the 2023-25 judgements, the 2021/22 column the 2021/22 ones. NG and n/a give "
        "nothing. 'G' in the RAG key and the RAG lines (green) are not grades.",
        "The 2021/22 inspection has inspectorate null: the tracker names HMICFRS only for the "
        "2023-25 inspection it tracks.",
        "AFI question keys come from each AFI's 'PEEL area' field. All three have an update "
        "(even AFI 3's update, which reports a delay).",
        "'Preventing crime and ASB' -> preventing-crime; 'Building, supporting & protecting the "
        "workforce' -> workforce; 'Recording data about crime' -> crime-recording (2021/22 only).",
    ]))

# ---------------------------------------------------------------- g04 North Yorkshire CSV
NY = "North Yorkshire Police"
GOLDS.append(doc(
    "g04.csv", "peel-report-2021", [NY], ["HMICFRS"],
    [insp(NY, "2023-25"), insp(NY, "2021/22")],
    judgements(NY, "2023-25", [
        ("workforce", "Good"), ("investigating-crime", RI),
        ("leadership-management", "Adequate"), ("managing-offenders", "Good"),
        ("treatment-of-public", "Good"), ("preventing-crime", "Good"),
        ("protecting-vulnerable", "Adequate"), ("responding-to-public", "Adequate")])
    + judgements(NY, "2021/22", [
        ("workforce", "Good"), ("treatment-of-public", "Adequate"),
        ("leadership-management", "Adequate"), ("investigating-crime", "Adequate"),
        ("managing-offenders", "Adequate"), ("preventing-crime", "Good"),
        ("protecting-vulnerable", RI), ("crime-recording", "Good"),
        ("responding-to-public", RI)]),
    notes=[
        "Each row's period is its Year column (not its Published date). Rows are sorted by area, "
        "so the two periods interleave.",
        "'Good use of resources' (2021/22) -> leadership-management, graded Adequate: the 'Good' "
        "in the area name is not a grade. 'Developing a positive workplace' -> workforce. "
        "'Not graded' rows give nothing.",
        "The Source column names HMICFRS on every row, so both inspections have HMICFRS.",
    ]))

# ---------------------------------------------------------------- g05 Warwickshire CoC revisit letter
WAR = "Warwickshire Police"
GOLDS.append(doc(
    "g05.pdf", "peel-report-2021", [WAR], ["HMICFRS"],
    [insp(WAR, "2023-25")],
    judgements(WAR, "2023-25", [("protecting-vulnerable", "Inadequate")]),
    recs=[
        stmt(WAR, "2023-25", "protecting-vulnerable",
             "By 31 March 2025, the force should make sure that officers and staff recognise the signs "
             "of child exploitation and record them, so that children at risk are referred to partner "
             "agencies without delay.", update=True),
        stmt(WAR, "2023-25", "protecting-vulnerable",
             "By 31 March 2025, the force should introduce supervisory oversight of all exploitation "
             "cases, so that risk assessments are reviewed and updated whenever new information is "
             "received.", update=False),
    ],
    cocs=[
        stmt(WAR, "2023-25", "protecting-vulnerable",
             "The force does not reliably identify children who are at risk of criminal or sexual "
             "exploitation. When it does identify them, referrals to partner agencies are often late "
             "and the risk is not reviewed when new information comes to light.", update=False),
    ],
    people=[
        person("Lorraine Ashworth", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary"),
        person("Helen Stockbridge", "chief-constable", WAR, "Chief Constable"),
        person("Tariq Malhotra", "commissioner", WAR, "Police and Crime Commissioner for Warwickshire"),
    ],
    notes=[
        "The letter is the inspectorate's own: genre peel-report-2021 (nearest listed).",
        "The cause of concern and recommendations belong to the PEEL 2023-25 inspection that the "
        "revisit follows up; 'in that area of policing' after 'inadequate at protecting vulnerable "
        "people' gives them question protecting-vulnerable.",
        "Recommendation (a) has the force's written update ('the force told us that it had ...'): "
        "true. (b): 'The force did not give us an update': false. The cause of concern is followed "
        "only by the inspector's own findings and conclusion, not a force response: false.",
        "The (a)/(b) letters are not part of the statement texts. Page headers/footers (OFFICIAL, "
        "HMICFRS, 'Page N of 2') are not facts.",
    ]))

# ---------------------------------------------------------------- g06 Dyfed-Powys tick table
DP = "Dyfed-Powys Police"
GOLDS.append(doc(
    "g06.pdf", "peel-report-2021", [DP], [],
    [insp(DP, "2021/22", inspectorate=None)],
    judgements(DP, "2021/22", [
        ("treatment-of-public", "Good"), ("preventing-crime", "Outstanding"),
        ("responding-to-public", "Adequate"), ("investigating-crime", RI),
        ("protecting-vulnerable", "Good"), ("managing-offenders", "Adequate"),
        ("workforce", "Good"), ("leadership-management", RI),
        ("crime-recording", "Good")]),
    afis=[
        stmt(DP, "2021/22", "investigating-crime",
             "The force should make sure that investigations are allocated promptly to officers with "
             "the right skills, and that victims are told when their case is delayed."),
        stmt(DP, "2021/22", "leadership-management",
             "The force should set out how it will meet the cost of its planned workforce beyond March "
             "2024, including the effect of the pay award."),
    ],
    people=[person("Emyr Prothero", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary")],
    notes=[
        "Each grade is the column header above the tick in that area's row (visible on the printed "
        "page; pypdf's text loses the column positions).",
        "The page never names the inspectorate (only the HMI's personal title), so inspectorates is "
        "empty and the inspection's inspectorate is null; the HMI's organisation is HMICFRS as in dev07.",
        "'Good use of resources' -> leadership-management (RI); 'Developing a positive workplace' -> "
        "workforce. AFIs take the key of the area sub-heading they sit under.",
    ]))

# ---------------------------------------------------------------- g07 Suffolk panel report
SUF = "Suffolk Constabulary"
GOLDS.append(doc(
    "g07.docx", "response-record", [SUF], ["HMICFRS"],
    [insp(SUF, "2023-25"), insp(SUF, "2021/22", inspectorate=None)],
    judgements(SUF, "2023-25", [
        ("preventing-crime", "Good"), ("managing-offenders", "Good"),
        ("treatment-of-public", "Adequate"), ("workforce", "Adequate"),
        ("responding-to-public", RI), ("investigating-crime", RI),
        ("protecting-vulnerable", "Good"), ("leadership-management", "Outstanding")])
    + judgements(SUF, "2021/22", [("investigating-crime", "Adequate")]),
    afis=[
        stmt(SUF, "2023-25", None,
             "The constabulary should make sure that it answers non-emergency calls within a reasonable "
             "time and that callers who hang up are assessed for risk.", update=True),
        stmt(SUF, "2023-25", None,
             "The constabulary should make sure that every investigation has a plan that is reviewed "
             "regularly by a supervisor.", update=True),
        stmt(SUF, "2023-25", None,
             "The constabulary should improve how it records and scrutinises the grounds for stop and "
             "search, including searches of children.", update=False),
        stmt(SUF, "2023-25", None,
             "The constabulary should understand the wellbeing needs of its workforce better, including "
             "the needs of staff in the control room.", update=True),
    ],
    people=[
        person("Olivia Brant", "commissioner", SUF, "Police and Crime Commissioner for Suffolk"),
        person("Kenneth Arrowsmith", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary"),
        person("Rachel Kinsella", "chief-constable", SUF, "Chief Constable"),
    ],
    notes=[
        "Grades are in reported speech over paragraphs 2.2-2.6: 'use of police powers and its "
        "treatment of the public were adequate' -> treatment-of-public; 'required improvement' -> RI; "
        "'described leadership and force management ... as outstanding' -> Outstanding.",
        "2.8 'in the previous PEEL inspection, in 2021/22, the constabulary was judged adequate at "
        "investigating crime' gives a 2021/22 judgement (inspectorate null: not named for it).",
        "AFIs are the table's 'Area for improvement' cells; the typed 'No.' cell is not part of the "
        "text. The table names no area, so question null. AFI 3's Progress cell is an em dash: "
        "no update.",
        "'5. RECOMMENDATION ... That the Panel notes ...' is the report's own recommendation to the "
        "Panel, not an inspectorate recommendation.",
        "'Dr Olivia Brant': the name drops the honorific. The ACC-level lead officers are unnamed roles.",
    ]))

# ---------------------------------------------------------------- g08 Lincolnshire 2018/19
LIN = "Lincolnshire Police"
GOLDS.append(doc(
    "g08.docx", "peel-report", [LIN], ["HMICFRS"],
    [insp(LIN, "2018/19", "Effectiveness"), insp(LIN, "2018/19", "Efficiency"),
     insp(LIN, "2018/19", "Legitimacy"), insp(LIN, "2018/19", "PEEL")],
    judgements(LIN, "2018/19", [(None, "Good")], pillar="Effectiveness")
    + judgements(LIN, "2018/19", [("protecting-vulnerable", RI)], pillar="PEEL")
    + judgements(LIN, "2018/19", [(None, RI)], pillar="Efficiency")
    + judgements(LIN, "2018/19", [(None, "Good")], pillar="Legitimacy"),
    afis=[
        stmt(LIN, "2018/19", "protecting-vulnerable",
             "The force should make sure that domestic abuse cases assessed as medium risk are reviewed "
             "within the timescales set out in its own policy, and that officers record the views and "
             "experiences of any children present.", pillar="PEEL"),
        stmt(LIN, "2018/19", "planning-future",
             "The force should carry out a full audit of the skills and capabilities of its workforce, "
             "and use it to plan the workforce it will need in the future.", pillar="PEEL"),
    ],
    people=[person("Wendy Darrow", "inspector", "HMICFRS", "HM Inspector of Constabulary")],
    notes=[
        "2018/19 integrated PEEL report that grades each pillar ('Effectiveness: Good' etc.), so the "
        "judgements use the pillars with question null, and the graded legacy question 'How "
        "effective is the force at protecting vulnerable people?' ('requires improvement in how it "
        "protects vulnerable people') is protecting-vulnerable of the integrated PEEL 2018/19 "
        "inspection, as every 2018/19 question grade in the development corpora's and the other "
        "held-out corpora's gold. (Changed by the maintainer: first written Effectiveness.)",
        "The overall paragraph has no grade word, so there is no PEEL-pillar judgement.",
        "AFIs take the question of the question heading they sit under ('How well does the "
        "force plan for the future?' -> planning-future) and, as every 2018/19 area for "
        "improvement in the development corpora's gold (dev12, dev13, lay07), the integrated "
        "PEEL 2018/19 inspection, not a pillar. (Changed by the maintainer after the first "
        "run: the helper first wrote the pillars; see README.)",
    ]))

# ---------------------------------------------------------------- g09 local newspaper, two forces
CAM = "Cambridgeshire Constabulary"
NOR = "Norfolk Constabulary"
GOLDS.append(doc(
    "g09.txt", "press-release", [CAM, NOR, SUF], ["HMICFRS"],
    [insp(CAM, "2023-25"), insp(NOR, "2023-25")],
    judgements(NOR, "2023-25", [
        ("managing-offenders", "Outstanding"), ("responding-to-public", "Good"),
        ("investigating-crime", "Good"), ("leadership-management", "Good"),
        ("protecting-vulnerable", "Adequate")])
    + judgements(CAM, "2023-25", [
        ("preventing-crime", "Good"), ("managing-offenders", "Good"),
        ("investigating-crime", "Adequate"), ("responding-to-public", RI)]),
    people=[
        person("Ruth Ellingham", "commissioner", CAM,
               "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
        person("Simon Fenwick", "chief-constable", NOR, "Chief Constable"),
    ],
    notes=[
        "Both forces' grades in the same PEEL round ('runs from 2023 to 2025') are facts.",
        "Reader comments give nothing: 'I'd rate them inadequate' is an opinion; 'Norfolk were "
        "outstanding in everything last time round' is an unsupported (and contradicted) claim "
        "with no period.",
        "The headline's 'outstanding' repeats Norfolk's managing-offenders grade.",
        "Suffolk Constabulary is mentioned in passing with no grade: forces only.",
        "The reporter is not a person fact.",
    ]))

# ---------------------------------------------------------------- g10 Northumbria at a glance
NOB = "Northumbria Police"
GOLDS.append(doc(
    "g10.html", "peel-report-2021", [NOB], ["HMICFRS"],
    [insp(NOB, "2023-25")],
    judgements(NOB, "2023-25", [
        ("treatment-of-public", "Good"), ("preventing-crime", "Outstanding"),
        ("responding-to-public", "Good"), ("investigating-crime", "Adequate"),
        ("protecting-vulnerable", RI), ("managing-offenders", "Good"),
        ("workforce", "Good"), ("leadership-management", "Adequate")]),
    afis=[
        stmt(NOB, "2023-25", None,
             "The force should make sure that it completes a risk assessment for every missing child "
             "and that supervisors review it within the force’s own timescales."),
        stmt(NOB, "2023-25", None,
             "The force should improve how quickly it refers victims of domestic abuse to specialist "
             "support services."),
        stmt(NOB, "2023-25", None,
             "The force should make sure that its investigations of online child sexual abuse are "
             "allocated and progressed without delay."),
    ],
    people=[person("Sarah Pengelly", "inspector", "HMICFRS", "His Majesty’s Inspector of Constabulary")],
    notes=[
        "Each card's grade is only in an <img alt='Grade: ...'> or a role=img aria-label; the "
        "visible grading-scale line gives no judgement. 'Not graded' (victim service) gives nothing.",
        "The AFIs sit under 'What the force needs to do better' (the page's own heading, naming no "
        "area), so their question is null.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
