"""Write gold/om01.json ... gold/om10.json for corpus142 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFFY, LEG = "Effectiveness", "Efficiency", "Legitimacy"
# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-17 keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pairs, pillar="PEEL"):
    return [j(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), also=None, notes=None):
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

# om01 -- ITV Wales news page (HTML), four Welsh forces, Effectiveness 2015 ---------------
DP, NW, SW, GW = "Dyfed-Powys Police", "North Wales Police", "South Wales Police", "Gwent Police"
KE, HE = "Kent Police", "Hertfordshire Constabulary"
GOLDS.append(gold(
    "om01.html", "national-release", [DP, NW, SW, GW, KE, HE], [H],
    [insp(f, "2015", EFF, H) for f in (DP, NW, SW, GW, KE, HE)],
    grades(DP, "2015", [(None, RI), ("preventing-crime", G), (SOC, G),
                        ("investigating-crime", RI), ("protecting-vulnerable", RI)], EFF)
    + grades(NW, "2015", [(None, RI), ("preventing-crime", G), ("investigating-crime", RI),
                          ("protecting-vulnerable", RI), (SOC, G)], EFF)
    + [j(SW, "2015", EFF, None, G), j(GW, "2015", EFF, None, G),
       j(KE, "2015", EFF, None, G), j(HE, "2015", EFF, None, G)],
    people=[
        person("Gwenllian Rowlands", "inspector", H, "HM Inspector of Constabulary"),
        person("Dafydd Morgan-Price", "commissioner", NW, "Police and Crime Commissioner"),
        person("Carys Lewis", "chief-constable", DP, "Deputy Chief Constable", "deputy"),
    ],
    also={"judgements": grades(SW, "2015", [("preventing-crime", G), ("investigating-crime", G),
                                            ("protecting-vulnerable", G), (SOC, G)], EFF)},
    notes=[
        "Published February 2016, this is HMIC's PEEL 2015 effectiveness assessment (the page "
        "says 'annual effectiveness assessment' and 'since the last inspection'); period 2015.",
        "South Wales 'good in all four areas' refers back to the four questions listed above, so "
        "its question grades are only in also_acceptable (like 'good in all three areas' in dev12).",
        "Kent and Hertfordshire: 'Forces rated good elsewhere included Kent and Hertfordshire' "
        "states a grade, so each gets a 2015 effectiveness judgement.",
        "Tarian ('well established and working well', 'not graded separately') is a regional unit, "
        "not a force. Gwent's 'good practice' is a distractor. The PCC is 'North Wales Police and "
        "Crime Commissioner' title-first, so the title is the office alone.",
    ]))

# om02 -- East Midlands PCCs' joint statement (PDF), PEEL 2021/22 -------------------------
DE, LE, LI, NO, NT = ("Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
                      "Northamptonshire Police", "Nottinghamshire Police")
T2122 = {
    DE: [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, G), (CDI, A)],
    LE: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G)],
    LI: [(PPT, G), (PREV, A), (RESP, A), (INV, RI), (PVP, A), (MOS, A), (WORK, G), (LFM, A), (CDI, A)],
    NO: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, A), (WORK, G), (LFM, A), (CDI, G)],
    NT: [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, A), (WORK, A), (LFM, RI), (CDI, A)],
}
GOLDS.append(gold(
    "om02.pdf", "response-record", [DE, LE, LI, NO, NT], [HF],
    [insp(f, "2021/22", inspectorate=HF) for f in (DE, LE, LI, NO, NT)],
    [x for f in (DE, LE, LI, NO, NT) for x in grades(f, "2021/22", T2122[f])],
    people=[
        person("Angela Dunmore", "commissioner", DE, "Police and Crime Commissioner for Derbyshire"),
        person("Rupert Matharu", "commissioner", LE,
               "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        person("Marcus Elsworth", "commissioner", LI, "Police and Crime Commissioner for Lincolnshire"),
        person("Stephen Ashby-Croft", "commissioner", NO,
               "Police, Fire and Crime Commissioner for Northamptonshire"),
        person("Carolyn Healey", "commissioner", NT, "Police and Crime Commissioner for Nottinghamshire"),
    ],
    notes=[
        "Table 1 has a force a column (Derbyshire, Leicestershire, Lincolnshire, Northants, Notts). "
        "2021/22 area names: 'Developing a positive workplace' -> workforce, 'Good use of "
        "resources' -> leadership-management, 'Recording data about crime' -> crime-recording. "
        "Leicestershire's crime-recording cell is 'Not inspected': no judgement.",
        "The prose repeats table grades ('requires improvement in its use of resources' for Notts); "
        "it adds none. Counts ('good in six of its nine', 'good in four of the five') give nothing new.",
        "EMSOU is a regional unit, rated 'limited progress' and 'amber' by a separate review: no "
        "PEEL fact. The grade scale sentence gives nothing.",
        "Signatories are named name-first, so the full titles are kept. The document is the "
        "commissioners' joint response: genre response-record.",
    ]))

# om03 -- Norfolk and Suffolk joint news release (DOCX), Efficiency 2016 -----------------
NF, SF = "Norfolk Constabulary", "Suffolk Constabulary"
PARTNERS = ["Bedfordshire Police", "Cambridgeshire Constabulary", "Essex Police",
            "Hertfordshire Constabulary", "Kent Police"]
GOLDS.append(gold(
    "om03.docx", "press-release", [NF, SF] + PARTNERS, [H],
    [insp(NF, "2016", EFFY, H), insp(SF, "2016", EFFY, H),
     insp(NF, "2014", EFFY, H), insp(NF, "2015", EFFY, H)],
    grades(NF, "2016", [(None, G), (UD, O), (UR, G), (PF, G)], EFFY)
    + grades(SF, "2016", [(None, G), (UD, G), (UR, G), (PF, RI)], EFFY)
    + [j(NF, "2014", EFFY, None, O), j(NF, "2015", EFFY, None, O)],
    afis=[stmt(SF, "2016", PF,
               "Suffolk Constabulary should develop a fuller understanding of the skills and "
               "capabilities of its workforce, so that its plans for future demand are based on the "
               "people it will need.", True, EFFY)],
    people=[
        person("Zara Whitcombe", "inspector", H, "HM Inspector of Constabulary"),
        person("Martin Ellerby", "chief-constable", NF, "Chief Constable"),
        person("Gareth Pennock", "chief-constable", SF, "Chief Constable"),
        person("Lorraine Bexley", "commissioner", NF, "Police and Crime Commissioner"),
        person("Jonathan Redgrave", "commissioner", SF, "Police and Crime Commissioner for Suffolk"),
    ],
    also={"inspections": [insp(SF, "2015", EFFY, H)],
          "judgements": [j(SF, "2015", EFFY, None, G)]},
    notes=[
        "Table with a force a column; question rows map to understanding-demand, using-resources, "
        "planning-future; the last row is the pillar grade.",
        "'Norfolk was judged outstanding for efficiency in 2014 and again in 2015' gives two earlier "
        "judgements. 'Suffolk's overall grade is the same as last year' names no grade word, so the "
        "2015 Suffolk grade is also_acceptable only.",
        "The AFI is followed by 'Suffolk's response:', so has_force_update is true.",
        "The five seven-force partners are named only as partners: forces, no inspection. The Word "
        "header naming both constabularies is not body text. 'The effectiveness pillar ... has not "
        "yet been graded' and the grade scale give nothing.",
    ]))

# om04 -- West Mercia Police and Crime Panel minutes (DOCX), PEEL 2018/19 ------------------
WM, WA, WMP = "West Mercia Police", "Warwickshire Police", "West Midlands Police"
P1819 = "2018/19"
GOLDS.append(gold(
    "om04.docx", "response-record", [WM, WA, WMP], [HF],
    [insp(WM, P1819, inspectorate=HF), insp(WA, P1819, inspectorate=HF)],
    [j(WM, P1819, "PEEL", "preventing-crime", G), j(WM, P1819, "PEEL", SOC, G),
     j(WM, P1819, "PEEL", PF, I), j(WA, P1819, "PEEL", PF, I)],
    recs=[
        stmt(WM, P1819, None,
             "The force should immediately put in place plans to keep every public service running "
             "when the alliance ends, with priority given to the areas of highest risk.", True),
        stmt(WM, P1819, None,
             "The force should consult the public and its partners on how services will be "
             "provided after the alliance ends.", False),
    ],
    coc=[
        stmt(WM, P1819, None,
             "The force does not have adequate plans in place to keep providing the full range of "
             "services to the public once its alliance with Warwickshire Police ends.", True),
        stmt(WA, P1819, None,
             "The force does not have suitable arrangements to make sure that it can keep providing "
             "all of its services to the public when the alliance with West Mercia Police comes to "
             "an end.", False),
    ],
    people=[
        person("Anthony Vardy", "commissioner", WM, "West Mercia Police and Crime Commissioner"),
        person("Julian Moss", "chief-constable", WM, "Deputy Chief Constable", "deputy"),
        person("Helena Marchbanks", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"judgements": [j(WM, P1819, EFF, None, RI), j(WM, P1819, EFFY, None, RI),
                         j(WM, P1819, LEG, None, RI), j(WA, P1819, EFF, None, RI),
                         j(WA, P1819, EFFY, None, RI), j(WA, P1819, LEG, None, G)]},
    notes=[
        "2018/19 conventions (dev12): question grades take pillar PEEL with the 2015-17 keys "
        "(preventing-crime, serious-organised-crime, planning-future); the whole-pillar grades in "
        "the force-a-row table are in also_acceptable only.",
        "'Warwickshire had received the same inadequate grade for planning for the future' states "
        "the grade word, so it is a main judgement.",
        "The statements sit in an appendix table and a read-out quote, under no section heading, "
        "so question is null. West Mercia's rows have a 'Force update' cell: true where it is "
        "filled, false for the empty one. Warwickshire's cause of concern has no update here.",
        "West Midlands Police is named in passing. The fire service's 'good' is a distractor. The "
        "Chief Executive and councillors are not person facts.",
    ]))

# om05 -- HMICFRS news feed page (HTML), South East group, PEEL 2023-25 ------------------
KE, ES, SX, HA, SY, TV = ("Kent Police", "Essex Police", "Sussex Police", "Hampshire Constabulary",
                          "Surrey Police", "Thames Valley Police")
P = "2023-25"
T2325 = {
    KE: [(PREV, O), (PPT, G), (PVP, G), (WORK, G), (LFM, G), (RESP, A), (INV, A), (MOS, A)],
    ES: [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (PVP, A), (LFM, A), (RESP, RI), (INV, RI)],
    SX: [(PREV, G), (WORK, G), (PPT, A), (RESP, A), (PVP, A), (MOS, A), (LFM, A), (INV, RI)],
    HA: [(PPT, G), (PREV, A), (INV, A), (MOS, A), (WORK, A), (LFM, A), (RESP, RI), (PVP, RI)],
}
GOLDS.append(gold(
    "om05.html", "national-release", [KE, ES, SX, HA, SY, TV], [HF],
    [insp(f, P, inspectorate=HF) for f in (KE, ES, SX, HA)],
    [x for f in (KE, ES, SX, HA) for x in grades(f, P, T2325[f])],
    coc=[stmt(HA, P, PVP,
              "The constabulary doesn't always identify and respond to the risks faced by vulnerable "
              "people at the first point of contact, and some victims wait too long for officers to "
              "attend.")],
    people=[
        person("Rebecca Stanforth", "inspector", HF, "HM Inspector of Constabulary"),
        person("Owen Delacey", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Hampshire is named by its newer name 'Hampshire and Isle of Wight Constabulary' (an alias).",
        "Grouped bullets list several areas after one grade ('good at police powers and public "
        "treatment, protecting vulnerable people, building, supporting and protecting its "
        "workforce, and leadership and force management'); commas inside area names.",
        "Surrey Police 'was not inspected this time'; Thames Valley is named in the notes: "
        "forces only, no inspection. Essex's partnership with Kent and 'good practice' add nothing.",
        "The cause of concern sits under the Hampshire release whose headline is about the "
        "protection of vulnerable people: protecting-vulnerable.",
    ]))

# om06 -- Wiltshire Council scrutiny briefing (PDF), South West comparison ------------------
AS, DC, DO, GL, WI = ("Avon and Somerset Constabulary", "Devon and Cornwall Police", "Dorset Police",
                      "Gloucestershire Constabulary", "Wiltshire Police")
GOLDS.append(gold(
    "om06.pdf", "national-release", [AS, DC, DO, GL, WI], [HF],
    [insp(AS, P, inspectorate=HF), insp(DC, "2021/22", inspectorate=HF), insp(DO, P, inspectorate=HF),
     insp(GL, "2021/22", inspectorate=HF), insp(WI, P, inspectorate=HF)],
    grades(AS, P, [(PREV, G), (INV, RI), (PVP, A), (PPT, G), (RESP, A)])
    + grades(DC, "2021/22", [(PREV, A), (INV, RI), (PVP, A), (PPT, A), (RESP, RI)])
    + grades(DO, P, [(PREV, G), (INV, G), (PVP, G), (PPT, A), (RESP, G)])
    + grades(GL, "2021/22", [(PREV, RI), (INV, I), (PVP, RI), (PPT, A), (RESP, RI)])
    + grades(WI, P, [(PREV, A), (INV, RI), (PVP, RI), (PPT, A), (RESP, RI)]),
    people=[person("Ruth Danvers", "commissioner", WI, "Police and Crime Commissioner")],
    also={"judgements": [j(WI, "2018/19", EFF, None, G), j(WI, "2018/19", LEG, None, G)]},
    notes=[
        "The table mixes periods: the 'Latest PEEL report' column gives 2023-25 for Avon and "
        "Somerset, Dorset and Wiltshire, and 2021/22 for Devon and Cornwall and Gloucestershire. "
        "Figure 1 (bar-chart labels) gives responding-to-the-public for the same reports.",
        "'Public treatment' is glossed as 'police powers and public treatment' (2023-25) / "
        "'treatment of the public' (2021/22): treatment-of-public.",
        "Wiltshire's 2018/19 'good at effectiveness and good at legitimacy' are whole-pillar 2018/19 "
        "grades: also_acceptable only. Zephyr (ROCU) and the fire service are not PEEL facts.",
    ]))

# om07 -- regional newspaper round-up (Markdown), Legitimacy 2017 ---------------------------
DU, WY, SYK, NY, HU, CL, NB = ("Durham Constabulary", "West Yorkshire Police", "South Yorkshire Police",
                               "North Yorkshire Police", "Humberside Police", "Cleveland Police",
                               "Northumbria Police")
GOLDS.append(gold(
    "om07.md", "national-release", [DU, WY, SYK, NY, HU, CL, NB], [HF],
    [insp(f, "2017", LEG, HF) for f in (DU, WY, SYK, NY, HU, CL)] + [insp(SYK, "2016", LEG)],
    grades(DU, "2017", [(None, O), (FTP, O), (ELW, G), (FTW, O)], LEG)
    + [j(WY, "2017", LEG, None, G), j(SYK, "2017", LEG, None, G), j(SYK, "2016", LEG, None, RI)]
    + grades(NY, "2017", [(None, RI), (FTP, G), (FTW, G), (ELW, RI)], LEG)
    + [j(HU, "2017", LEG, None, G), j(CL, "2017", LEG, None, RI)],
    afis=[stmt(NY, "2017", ELW,
               "The force should make sure that it has enough trained staff in its vetting unit to "
               "clear its backlog of vetting reviews, and that it monitors vetting decisions for any "
               "disproportionate effect on applicants from minority groups.", False, LEG)],
    people=[
        person("Stephen Talbot-Reed", "commissioner", DU, "Police, Crime and Victims' Commissioner"),
        person("Lisa Orme", "chief-constable", CL, "Acting Chief Constable", "acting"),
        person("Matthew Greaves", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"inspections": [insp(HU, "2016", LEG)], "judgements": [j(HU, "2016", LEG, None, G)]},
    notes=[
        "South Yorkshire: 'A year ago inspectors judged South Yorkshire to require improvement' "
        "gives a 2016 legitimacy grade with a grade word; no inspectorate is named for it.",
        "Humberside 'got the same grade as last year': the 2016 grade is also_acceptable only.",
        "Northumbria is named in passing ('not included here'): forces only.",
        "Durham's commissioner is 'Durham's Police, Crime and Victims' Commissioner, Stephen "
        "Talbot-Reed' (title-first; place word dropped).",
    ]))

# om08 -- Cheshire OPCC stakeholder bulletin (text), PEEL 2023-25 ---------------------------
CH, ME, GM, LA, NWA = ("Cheshire Constabulary", "Merseyside Police", "Greater Manchester Police",
                       "Lancashire Constabulary", "North Wales Police")
GOLDS.append(gold(
    "om08.txt", "response-record", [CH, ME, GM, LA, NWA], [HF],
    [insp(CH, P, inspectorate=HF), insp(ME, P, inspectorate=HF), insp(ME, "2021/22", inspectorate=HF)],
    grades(CH, P, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, O), (MOS, G), (WORK, G), (LFM, G)])
    + grades(ME, P, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G), (WORK, A), (LFM, G)])
    + [j(ME, "2021/22", "PEEL", PREV, O)],
    afis=[
        stmt(CH, P, None,
             "The constabulary should make sure that investigations are supervised at regular "
             "intervals and that supervisors record their reviews."),
        stmt(ME, P, None,
             "The force should improve how it supports the wellbeing of officers and staff who work "
             "in high-demand roles, including call handling."),
    ],
    people=[
        person("Daniel Corfield", "commissioner", CH, "Police and Crime Commissioner for Cheshire"),
        person("Emily Spurling", "commissioner", ME, "Police Commissioner"),
        person("Rachel Aldous", "chief-constable", CH, "Chief Constable"),
    ],
    also={"areas_for_improvement": []},
    notes=[
        "Plain-text table with a force a column; the workforce row wraps over two lines.",
        "'last time, in 2021/22, it was also graded outstanding in that area' gives Merseyside's "
        "2021/22 preventing-crime grade (the inspectorate of the bulletin, HMICFRS).",
        "The AFIs are listed under force names, not under areas, so question is null. No update "
        "follows them (the CC's 'improvement plan in May' is not tied to a statement).",
        "Titan (ROCU, 'strong') is not a force. GMP, Lancashire and North Wales are named in passing.",
    ]))

# om09 -- West Midlands region comparison (CSV), PEEL 2021/22 -------------------------------
ST = "Staffordshire Police"
GOLDS.append(gold(
    "om09.csv", "national-release", [WMP, ST, WM, WA], [HF],
    [insp(f, "2021/22", inspectorate=HF) for f in (WMP, ST, WM, WA)],
    grades(WMP, "2021/22", [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, A),
                            (WORK, G), (LFM, A), (CDI, RI)])
    + grades(ST, "2021/22", [(PPT, RI), (PREV, A), (RESP, I), (INV, I), (PVP, RI), (MOS, I),
                             (WORK, A), (LFM, RI)])
    + grades(WM, "2021/22", [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, A),
                             (WORK, G), (LFM, A), (CDI, G)])
    + grades(WA, "2021/22", [(PPT, A), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, RI),
                             (WORK, A), (LFM, A)]),
    notes=[
        "A force a row; 'Staffs Police' is Staffordshire Police. 'Not inspected' and '-' cells give "
        "nothing. The ROCU row ('n/a', 'effective') is not a force and gives nothing.",
        "HMICFRS is named only in the trailing note row; it is taken as the inspectorate of every row.",
    ]))

# om10 -- MP's blog post (text), Nottinghamshire and neighbours, PEEL 2023-25 ---------------
GOLDS.append(gold(
    "om10.txt", "national-release", [NT, DE, SYK, LE, LI], [HF],
    [insp(NT, P, inspectorate=HF), insp(NT, "2021/22"), insp(DE, P, inspectorate=HF),
     insp(SYK, P, inspectorate=HF), insp(LE, "2021/22")],
    grades(NT, P, [(PREV, G), (PPT, A), (PVP, A), (MOS, A), (WORK, A), (RESP, RI), (INV, RI), (LFM, RI)])
    + [j(NT, "2021/22", "PEEL", INV, RI)]
    + grades(DE, P, [(PREV, G), (RESP, G), (INV, G)])
    + [j(SYK, P, "PEEL", MOS, O), j(LE, "2021/22", "PEEL", RESP, RI)],
    coc=[stmt(NT, P, INV,
              "The force isn't making sure that investigations are properly planned and supervised, "
              "which means that too many victims don't get the outcome they should.")],
    people=[
        person("Carolyn Healey", "commissioner", NT, "Police and Crime Commissioner"),
        person("Dominic Fairweather", "chief-constable", NT, "Chief Constable"),
    ],
    notes=[
        "The MP (author) is not a person fact. 'Nottinghamshire's Police and Crime Commissioner, "
        "Carolyn Healey' is title-first: title without the place word.",
        "Earlier grades with grade words: Notts 'In 2021/22 the force was also told it requires "
        "improvement at investigating crime' and Leicestershire 'In 2021/22 it was graded requires "
        "improvement at responding to the public'. The 2021/22 inspections name no inspectorate, "
        "so it is null; the 2023-25 ones follow 'the police inspectorate, HMICFRS'.",
        "The cause of concern follows the investigating crime paragraph: investigating-crime.",
        "Lincolnshire 'was not inspected this time round': forces only. The fire service comment "
        "gives nothing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        if g.get("also_acceptable") == {"areas_for_improvement": []}:
            del g["also_acceptable"]
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
