"""Write gold/oa01.json ... gold/oa10.json for corpus130 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, SOC, CDI = "protecting-vulnerable", "managing-offenders", "serious-organised-crime", "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def stmt(force, period, question, text, update=False, pillar=PEEL):
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

# oa01 -- HMICFRS site search results page ------------------------------------------------
GW, ME, LA, NW, BE = ("Gwent Police", "Merseyside Police", "Lancashire Constabulary",
                      "North Wales Police", "Bedfordshire Police")
GOLDS.append(gold(
    "oa01.html", "national-release", [GW, ME, LA, NW, BE], [HF],
    [insp(GW, P2122, inspectorate=HF), insp(ME, P2325, inspectorate=HF),
     insp(LA, P2325, inspectorate=HF), insp(BE, P2122, inspectorate=HF)],
    [jd(GW, P2122, PEEL, INV, G), jd(GW, P2122, PEEL, PVP, G), jd(GW, P2122, PEEL, RESP, RI),
     jd(ME, P2325, PEEL, PREV, O),
     jd(BE, P2122, PEEL, PPT, A), jd(BE, P2122, PEEL, RESP, RI), jd(BE, P2122, PEEL, MOS, RI)],
    people=[person("Andy Cooke", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary")],
    notes=[
        "Each result states only what its own teaser says. Gwent's 2021/22 report appears four times "
        "(the publication, a news item cut off at 'The force was rated as \u2026', the Welsh version "
        "'Arolygiad PEEL 2021/22 o Heddlu Gwent', and a bare news link): one inspection, grades only "
        "from the first teaser.",
        "Merseyside: 'good in six further areas' names no areas, so only preventing crime is graded. "
        "Lancashire's teaser is cut off before the grade: inspection only.",
        "Bedfordshire: 'requires improvement in five areas, including responding to the public and "
        "managing offenders' gives only the two named areas. 'treating the public fairly' -> "
        "treatment-of-public.",
        "Not PEEL: the North Wales custody inspection (joint with HM Inspectorate of Prisons; its "
        "'good' is not a PEEL grade), so North Wales Police is in forces only; Merseyside Fire and "
        "Rescue Service's grades; the State of Policing count ('Sixteen forces were graded as \u2026').",
        "Inspectorate: the page is HMICFRS's own search, and the Gwent news teaser names HMICFRS; the "
        "'We found' teasers are the inspectorate's voice, so the PEEL inspections take HMICFRS.",
        "'12 results' but only 10 are shown (page 1 of 2): the gold covers what is shown.",
    ]))

# oa02 -- WiredGov aggregator listing (Markdown) -------------------------------------------
LE, CA, SU, NO = ("Leicestershire Police", "Cambridgeshire Constabulary", "Suffolk Constabulary",
                  "Norfolk Constabulary")
GOLDS.append(gold(
    "oa02.md", "national-release", [LE, CA, SU, NO], [HF],
    [insp(LE, "2017", EFF, HF), insp(LE, "2016", EFF, None), insp(CA, "2017", LEG, HF),
     insp(SU, "2017", EFC, HF), insp(NO, "2017", EFC, HF)],
    [jd(LE, "2017", EFF, None, RI), jd(LE, "2016", EFF, None, RI),
     jd(CA, "2017", LEG, None, G), jd(CA, "2017", LEG, "fair-treatment-public", G),
     jd(NO, "2017", EFC, None, G)],
    notes=[
        "Every item is attributed to HMICFRS, so the 2017 inspections take HMICFRS. Leicestershire's "
        "'Last year, the force was also judged to require improvement' gives a 2016 effectiveness "
        "grade with a grade word; the document names no inspectorate that fits 2016, so null.",
        "Suffolk's teaser stops at 'judged to be [...]': inspection only. Norfolk is named in it in "
        "passing and has its own graded item. Norfolk's item appears twice (feed and 'Most read').",
        "Not PEEL: Cambridgeshire's crime data integrity inspection ('graded as good'). The "
        "legitimacy national overview gives counts with no force.",
        "Dates are publication dates (22 Mar 2018 for effectiveness 2017, 09 Nov 2017 for efficiency "
        "2017); the period comes from the titles.",
    ]))

# oa03 -- PCC inspections page printed to PDF ------------------------------------------------
HA = "Hampshire Constabulary"
GOLDS.append(gold(
    "oa03.pdf", "response-record", [HA], [HF],
    [insp(HA, P2122, inspectorate=HF), insp(HA, P1819, inspectorate=HF),
     insp(HA, "2017", EFF, HF), insp(HA, "2017", LEG, HF), insp(HA, "2017", EFC, HF),
     insp(HA, "2016", EFF), insp(HA, "2016", LEG), insp(HA, "2016", EFC)],
    [jd(HA, P2122, PEEL, PREV, G), jd(HA, P2122, PEEL, MOS, G),
     jd(HA, "2017", LEG, None, G)],
    people=[person("Donna Jones", "commissioner", HA, "Police and Crime Commissioner")],
    also={"judgements": [jd(HA, P1819, EFC, None, G), jd(HA, P1819, LEG, None, G),
                         jd(HA, P1819, EFF, None, RI)]},
    notes=[
        "A listing of documents: every 'PCC & Force Response to PEEL <pillar> <year>' title states "
        "an inspection, with or without a teaser. The 2017 effectiveness teaser is cut off at "
        "'graded \u2026': inspection only.",
        "2018/19: the teaser grades the three pillars, which for 2018/19 go in also_acceptable (as "
        "dev12); the PEEL 2018/19 inspection itself is a main fact. Its title names HMICFRS.",
        "Inspectorate: the page says HMICFRS inspects the force, so the 2017 and later inspections "
        "take HMICFRS; the 2016 ones take null, as HMIC is never named.",
        "'Hampshire and Isle of Wight Constabulary' (2021/22 title) is an alias of Hampshire "
        "Constabulary. Not PEEL: the crime data integrity inspection ('graded inadequate in 2017') "
        "and the fire and rescue service. The five-point scale sentence gives no judgement.",
        "The unnamed Chief Constable is not a person fact.",
    ]))

# oa04 -- Force website 'Inspections' page -------------------------------------------------------
WI, AS, GL = "Wiltshire Police", "Avon and Somerset Constabulary", "Gloucestershire Constabulary"
GOLDS.append(gold(
    "oa04.html", "press-release", [WI, AS, GL], [HF, H],
    [insp(WI, P2325, inspectorate=HF), insp(WI, P2122, inspectorate=HF),
     insp(WI, P1819, inspectorate=HF), insp(WI, "2016", EFC, H), insp(WI, "2016", EFF)],
    [jd(WI, P2122, PEEL, PREV, A), jd(WI, P2122, PEEL, INV, A), jd(WI, P2122, PEEL, RESP, RI),
     jd(WI, "2016", EFC, None, G)],
    people=[person("Philip Wilkinson", "commissioner", WI, "Police and Crime Commissioner")],
    also={"judgements": [jd(WI, P1819, EFF, None, G), jd(WI, P1819, EFC, None, G),
                         jd(WI, P1819, LEG, None, G)]},
    notes=[
        "2018/19: the three bullets grade the pillars, which go in also_acceptable (dev12); the "
        "2018/19 PEEL inspection is a main fact ('HMICFRS published our fifth PEEL assessment').",
        "2023-25: 'sets out how Wiltshire Police has been graded in each of \u2026' gives the "
        "inspection but no grade. 'Effectiveness 2016 report' with only a Read more link gives the "
        "inspection (no inspectorate named for it).",
        "'good at operating efficiently and providing sustainable policing' is the efficiency "
        "pillar's headline question: Efficiency 2016, question null, Good, by HMIC.",
        "Avon and Somerset and Gloucestershire are named in the 'You may also like' panel only. The "
        "PCC is named in the same panel ('Police and Crime Commissioner Philip Wilkinson').",
        "Genre: a force's own web page, closest to press-release.",
    ]))

# oa05 -- OPCC morning media digest (Word) --------------------------------------------------------
NT, DE, LI, NH = ("Nottinghamshire Police", "Derbyshire Constabulary", "Lincolnshire Police",
                  "Northamptonshire Police")
GOLDS.append(gold(
    "oa05.docx", "press-release", [NT, DE, LI, LE, NH], [H],
    [insp(NT, "2015", EFF, H), insp(NT, "2015", LEG, H), insp(DE, "2015", EFF, H),
     insp(LI, "2015", EFF, H), insp(DE, "2014", EFC)],
    [jd(NT, "2015", EFF, None, RI), jd(NT, "2015", EFF, SOC, G), jd(NT, "2015", LEG, None, G),
     jd(DE, "2015", EFF, None, G), jd(DE, "2014", EFC, None, G)],
    people=[person("Paddy Tipping", "commissioner", NT, "Police and Crime Commissioner"),
            person("Chris Eyre", "chief-constable", NT, "Chief Constable"),
            person("Zoë Billingham", "inspector", H, "HM Inspector of Constabulary")],
    also={"judgements": [jd(NT, "2015", LEG, "fair-treatment-public", G),
                         jd(NT, "2015", LEG, "fair-treatment-workforce", G)]},
    notes=[
        "The digest is dated 19 February 2016; the reports are the 2015 effectiveness reports "
        "('HMIC published its 2015 effectiveness reports', 'HMIC\u2019s 2015 effectiveness report'), "
        "and 'last Thursday\u2019s legitimacy report' is the 2015 legitimacy report published a week "
        "earlier (the intro says so).",
        "Nottinghamshire's legitimacy: 'good at treating the people it serves and its workforce "
        "fairly' is read as the pillar grade; the two fairness questions it echoes are only "
        "also_acceptable.",
        "Derbyshire's teaser praises work to protect vulnerable people but gives no grade for it; "
        "Lincolnshire's is cut off at 'judged to be \u2026': inspection only.",
        "'From the archive': the first PEEL assessment (November 2014) rated Derbyshire good for "
        "efficiency -> 2014 Efficiency, no inspectorate named for it.",
        "Leicestershire and Northamptonshire are named in passing ('told to improve' is not tied to "
        "either force). The Word header ('OFFICIAL \u2026') and the tone column are not facts.",
    ]))

# oa06 -- feed reader export of the HMICFRS news feed ---------------------------------------------
NB, SY, WA, WM = ("Northumbria Police", "South Yorkshire Police", "Warwickshire Police",
                  "West Mercia Police")
GOLDS.append(gold(
    "oa06.txt", "national-release", [NB, SY, WA, WM], [HF],
    [insp(NB, P2325, inspectorate=HF), insp(SY, P2325, inspectorate=HF),
     insp(WA, P2325, inspectorate=HF), insp(WM, P2325, inspectorate=HF)],
    [jd(NB, P2325, PEEL, PREV, O), jd(NB, P2325, PEEL, RESP, G), jd(NB, P2325, PEEL, INV, G),
     jd(WA, P2325, PEEL, RESP, RI), jd(WA, P2325, PEEL, INV, RI), jd(WA, P2325, PEEL, PVP, A),
     jd(WM, P2325, PEEL, MOS, G), jd(WM, P2325, PEEL, PVP, G)],
    people=[person("Michelle Skeer", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "Northumbria's report is listed three times (news item, publication, and the news item "
        "again as 'updated'): one inspection and one set of grades.",
        "South Yorkshire's summary stops at 'graded as ...': inspection only. South Yorkshire and "
        "West Mercia are also named in the national youth violence thematic, which is not PEEL.",
        "Warwickshire and Northumbria: the 2023-25 period is not in their summaries but the links "
        "and the Northumbria publication title say PEEL 2023-25; Warwickshire's link "
        "('warwickshire-peel-2023-25') is the only place its period appears, a loose support kept "
        "in the main facts because the feed is a 2024 PEEL batch. West Mercia's title says PEEL 2023-25.",
        "West Midlands Fire Service is a fire and rescue service: West Midlands Police is not named.",
    ]))

# oa07 -- library catalogue export (CSV) ---------------------------------------------------------
CU = "Cumbria Constabulary"
GOLDS.append(gold(
    "oa07.csv", "national-release", [GL, LI, CU], [H, HF],
    [insp(GL, "2014", EFC, H), insp(GL, "2015", EFC, H), insp(LI, "2015", EFF, H),
     insp(CU, "2015", LEG, H), insp(CU, "2015", EFF, H)],
    [jd(GL, "2014", EFC, None, G), jd(LI, "2015", EFF, PVP, RI),
     jd(CU, "2015", EFF, None, G), jd(CU, "2015", EFF, PREV, G), jd(CU, "2015", EFF, PVP, RI)],
    notes=[
        "Each record is one publication; its title states the inspection and its abstract, when "
        "present, the grades. The Publisher column names HMIC, so the inspections take HMIC. "
        "HMICFRS appears only inside the URLs ('/hmicfrs/publications/...'); check_gold counts that as "
        "naming it, so it is in inspectorates, but no inspection takes it.",
        "The Lincolnshire vulnerability report (December 2015) is part of PEEL effectiveness 2015; it "
        "is catalogued twice (PDF and electronic resource). Its grade is for protecting vulnerable "
        "people only.",
        "Gloucestershire 2015 ('[abstract truncated in export]') and Cumbria legitimacy 2015 ('No "
        "abstract available.') give inspections only.",
        "Not PEEL: 'Building the picture' (Lincolnshire visited) and State of Policing 2015 (counts only).",
    ]))

# oa08 -- HMICFRS publication page, filtered to Wales, printed to PDF ----------------------------
DP, SW = "Dyfed-Powys Police", "South Wales Police"
GOLDS.append(gold(
    "oa08.pdf", "national-release", [DP, GW, NW, SW], [HF, H],
    [insp(DP, "2016", EFC, H), insp(GW, "2016", EFC, H), insp(NW, "2016", EFC, H),
     insp(SW, "2016", EFC, H)],
    people=[person("Wendy Williams", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Each force report title ('Police efficiency 2016 \u2013 Gwent Police') states an inspection; "
        "none gives a grade. 'three were judged good and one was judged to require improvement' names "
        "no force, so there are no judgements.",
        "The site banner names HMICFRS; the text says this was 'HMIC\u2019s annual PEEL' assessment, so "
        "the 2016 inspections take HMIC and both inspectorates are named.",
        "South Wales Police is listed twice (English report and the Welsh 'Heddlu De Cymru' version).",
        "Related content (efficiency 2015, legitimacy 2016, effectiveness 2016) is national, with no "
        "force: nothing.",
    ]))

# oa09 -- police and crime panel agenda item (Word) -------------------------------------------------
DU, CL = "Durham Constabulary", "Cleveland Police"
GOLDS.append(gold(
    "oa09.docx", "response-record", [DU, CL], [HF],
    [insp(DU, P2122, inspectorate=HF)],
    [jd(DU, P2122, PEEL, PREV, O)],
    afis=[stmt(DU, P2122, CDI,
               "The constabulary should make sure that crimes reported through its online channels "
               "are recorded accurately and within 24 hours.", True)],
    people=[person("Joy Allen", "commissioner", DU, "Police, Crime and Victims' Commissioner"),
            person("Miriam Oakes", "chief-constable", DU, "Deputy Chief Constable", "deputy")],
    notes=[
        "'good in four further areas and adequate in two' names no areas: no judgements. The "
        "comparison with 2018/19 gives no grade and no inspection.",
        "The AFI is 'the one relating to crime recording' -> crime-recording. The DCC's answer in the "
        "minutes is the force's update, so has_force_update is true.",
        "The Commissioner's title is first given without her name (in the item title); the gold title "
        "is that wording. The 'Acting' commissioner in Related items is unnamed.",
        "Cleveland Police is named in passing. The Word header and footer are not part of the text.",
    ]))

# oa10 -- Police Federation branch tag page --------------------------------------------------------
HU = "Humberside Police"
GOLDS.append(gold(
    "oa10.html", "press-release", [HU, SY], [HF, H],
    [insp(HU, P1819, inspectorate=HF), insp(HU, "2017", LEG, HF), insp(HU, "2016", EFC, H)],
    [jd(HU, P1819, PEEL, PREV, G), jd(HU, P1819, PEEL, INV, RI), jd(HU, P1819, PEEL, PVP, RI),
     jd(HU, "2017", LEG, None, G)],
    people=[person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary")],
    also={"inspections": [insp(HU, P2122)]},
    notes=[
        "The 2018/19 excerpt follows the real Humberside Police Federation post (public text); the "
        "serious and organised crime grade is cut off. Question grades under 2018/19 take pillar PEEL "
        "(dev12). Inspectorate: the tag page files every post under HMICFRS, and Matt Parr is an HMI; "
        "taken as HMICFRS.",
        "The September 2022 post ('rated outstanding in four areas of policing') names no area and no "
        "period; the inspection is almost certainly PEEL 2021/22 but the snippet does not say so: "
        "also_acceptable only, with no judgement.",
        "Efficiency 2016: the teaser is cut off before the grade ('whatever grade the force was \u2026').",
        "Not PEEL: the 2018 joint custody inspection ('good, clean environments'). The 2019 post is "
        "listed twice (posts and 'Latest news'). South Yorkshire Police is named in passing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
