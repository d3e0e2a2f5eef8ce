"""Write gold/lo01.json ... gold/lo10.json for corpus70 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"

SUF, NOR, ESS = "Suffolk Constabulary", "Norfolk Constabulary", "Essex Police"
BED, CAM, HER = "Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"
EAST = [BED, CAM, ESS, HER, NOR, SUF]

SUF2325 = [(PPT, G), (PREV, O), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]
SUF2122 = [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, A), (WORK, G),
           (LFM, G), (CDI, G)]

COC = ("The constabulary does not always carry out thorough and timely investigations, and "
       "victims are not always kept informed about the progress of their case.")
REC = ("Within six months, the constabulary should make sure that every investigation has a plan "
       "reviewed by a supervisor, and that victims are updated in line with the Code of Practice "
       "for Victims of Crime.")
A_INV = ("The constabulary should improve how it records the reasons a victim withdraws support "
         "for an investigation, and should tell the victim what this means for their case.")
A_RESP = ("The constabulary should reduce the time it takes to answer non-emergency calls, and make "
          "sure that callers who hang up before being answered are called back where there may be "
          "a risk of harm.")
A_PVP = ("The constabulary should make sure that officers consistently complete the domestic "
         "abuse, stalking and harassment risk assessment, and that supervisors check its quality.")
A_LFM = ("The constabulary should evaluate its change programmes, so that it knows whether they "
         "have delivered the benefits it expected.")
A21_INV = ("The constabulary should make sure it has enough trained detectives to meet demand in "
           "its investigation hubs.")
HMI_T = "His Majesty\u2019s Inspector of Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


def pillars(force, period, e, ef, l):
    return grades(force, period, [(None, e)], EFF) + grades(force, period, [(None, ef)], EFC) + \
        grades(force, period, [(None, l)], LEG)


def pillar_insps(force, period, insp_by):
    return [insp(force, period, p, insp_by) for p in (EFF, EFC, LEG)]


GOLDS = []

# lo01 -- HMICFRS PEEL 2023-25 report (PDF) -------------------------------------------
GOLDS.append(gold(
    "lo01.pdf", "peel-report-2021", [SUF, NOR], [HF],
    [insp(SUF, P2325, inspectorate=HF), insp(SUF, P2122, inspectorate=HF)],
    grades(SUF, P2325, SUF2325) + grades(SUF, P2122, [(RESP, RI)]),
    afis=[stmt(SUF, P2325, INV, A_INV), stmt(SUF, P2325, RESP, A_RESP),
          stmt(SUF, P2325, PVP, A_PVP), stmt(SUF, P2325, LFM, A_LFM)],
    recs=[stmt(SUF, P2325, INV, REC)],
    coc=[stmt(SUF, P2325, INV, COC)],
    people=[person("Lorna Pettigrew", "inspector", HF, HMI_T)],
    notes=[
        "Grades from the 'Our judgements' table; each section repeats its grade as a bold label. "
        "The 'Key to our grades' table lists the whole scale and gives nothing; 'how good' and "
        "'good practice' and 'an adequate supply of training' are distractors.",
        "'In our 2021/22 inspection we graded it as requires improvement for responding to the "
        "public' gives a 2021/22 judgement (HMICFRS: 'our').",
        "The national retail-crime recommendation is addressed to all chief constables and the "
        "report says it is not specific to Suffolk: no fact. Suffolk Fire and Rescue Service "
        "is named with no grade. Norfolk Constabulary is a partner with no grade.",
        "Cause of concern and recommendation are inside one box under 'Investigating crime'.",
    ]))

# lo02 -- HMICFRS force page (HTML) ---------------------------------------------------
GOLDS.append(gold(
    "lo02.html", "peel-report-2021", [SUF, NOR, ESS], [HF, H],
    [insp(SUF, P2325, inspectorate=HF), insp(SUF, P2122, inspectorate=HF)]
    + pillar_insps(SUF, P1819, HF),
    grades(SUF, P2325, SUF2325) + grades(SUF, P2122, SUF2122) + pillars(SUF, P1819, G, G, G),
    people=[person("Tobias Wrenfield", "commissioner", SUF, "Police and crime commissioner"),
            person("Rachel Dunmore", "chief-constable", SUF, "Chief constable")],
    also={"inspections": [insp(SUF, P1819, "PEEL", HF)]},
    notes=[
        "Grade cards: area in a span, grade in <strong>. 2021/22 accordion table uses the old "
        "area names: 'Preventing crime and anti-social behaviour' -> preventing-crime, "
        "'Developing a positive workplace' -> workforce, 'Good use of resources' -> "
        "leadership-management ('Good' in the name is not a grade), 'Recording data about "
        "crime' -> crime-recording.",
        "PEEL 2018/19 line 'Effectiveness: Good · Efficiency: Good · Legitimacy: Good' gives "
        "three pillar judgements with period 2018/19 (as corpus13 does); the integrated PEEL "
        "2018/19 inspection is only in also_acceptable.",
        "The 'Force at a glance' definition list gives people as <dt>title</dt><dd>name</dd>, "
        "so the titles are 'Police and crime commissioner' and 'Chief constable' as written.",
        "HMIC is named in the archive note (2014-2017 reports) with no grade. The five-point "
        "scale sentence, the cookie notice date and the related-content links (Norfolk, Essex, "
        "Suffolk Fire and Rescue Service) give nothing beyond force names.",
    ]))

# lo03 -- HMIC PEEL efficiency 2016 page (HTML, cp1252) --------------------------------
GOLDS.append(gold(
    "lo03.html", "peel-report", EAST, [H],
    [insp(SUF, "2016", EFC, H), insp(SUF, "2015", EFC, H)],
    grades(SUF, "2016", [(None, G), ("understanding-demand", G), ("using-resources", G),
                         ("planning-future", RI)], EFC)
    + grades(SUF, "2015", [(None, G)], EFC),
    afis=[
        stmt(SUF, "2016", "using-resources",
             "The constabulary should improve its understanding of the skills and capabilities "
             "of its workforce, including its police staff and special constables, so that it "
             "can match them to demand.", pillar=EFC),
        stmt(SUF, "2016", "planning-future",
             "Suffolk Constabulary should develop a clear plan, with milestones, setting out how "
             "its joint change programme with Norfolk Constabulary will deliver savings after "
             "2018.", pillar=EFC),
        stmt(SUF, "2016", "planning-future",
             "The constabulary should make sure that its plans for investment in technology are "
             "based on a realistic assessment of the benefits they will bring.", pillar=EFC),
    ],
    people=[person("Geraint Fellowes", "inspector", H, "HM Inspector of Constabulary")],
    encoding="cp1252",
    notes=[
        "Saved page declares windows-1252; curly quotes, '›', '–' and '£' are cp1252 bytes.",
        "2015: 'last year’s findings, in which we judged the constabulary to be good in respect "
        "of efficiency' states the grade word, so it is a judgement (HMIC: 'we').",
        "Question grades are bare <p class=\"grade-label\"> lines under each question heading. "
        "'requires improvement in how it plans for the future' repeats planning-future.",
        "'good practice', 'adequate picture' and 'good understanding' are distractors. The "
        "legitimacy and effectiveness 2016 reports are mentioned with no grade.",
        "The 'Other forces in the Eastern region' links name Bedfordshire, Cambridgeshire, "
        "Essex, Hertfordshire and Norfolk by short name: they are in forces with no inspection.",
    ]))

# lo04 -- PCC section 55 letter (DOCX) -------------------------------------------------
GOLDS.append(gold(
    "lo04.docx", "response-record", [SUF, NOR], [HF],
    [insp(SUF, P2325, inspectorate=HF)],
    grades(SUF, P2325, [(PREV, O), (PPT, G), (MOS, G), (WORK, G), (CDI, G), (INV, RI)]),
    afis=[stmt(SUF, P2325, INV, A_INV, True), stmt(SUF, P2325, RESP, A_RESP, True),
          stmt(SUF, P2325, PVP, A_PVP, False), stmt(SUF, P2325, LFM, A_LFM, True)],
    recs=[stmt(SUF, P2325, INV, REC, True)],
    coc=[stmt(SUF, P2325, INV, COC, False)],
    people=[person("Lorna Pettigrew", "inspector", HF, HMI_T),
            person("Rachel Dunmore", "chief-constable", SUF, "Chief Constable"),
            person("Tobias Wrenfield", "commissioner", SUF,
                   "Police and Crime Commissioner for Suffolk")],
    notes=[
        "Grades only in the PCC's prose: 'graded outstanding for preventing crime, and good for "
        "police powers and public treatment, managing offenders and suspects, building, "
        "supporting and protecting the workforce, and crime data integrity' (a list whose items "
        "contain commas) and 'requires improvement at investigating crime'. 'adequate in three "
        "areas' names no area: no judgement.",
        "has_force_update: the single 'Constabulary response:' under the cause of concern comes "
        "after its Recommendation, so the recommendation is true and the cause of concern "
        "false (convention 8). AFI 3 has only a 'PCC comment:' saying the response was not "
        "ready: false.",
        "The Chief Inspector is addressed but unnamed. Tobias Wrenfield is named only in the "
        "signature, with the full title after the name. Chief Constable from 'the Chief "
        "Constable, Rachel Dunmore'. Suffolk Fire and Rescue Service's 'good in three areas' is "
        "a fire grade; 'good practice' is a distractor.",
    ]))

# lo05 -- Police and Crime Panel paper (PDF) -------------------------------------------
GOLDS.append(gold(
    "lo05.pdf", "response-record", [SUF], [HF],
    [insp(SUF, P2325, inspectorate=HF)],
    grades(SUF, P2325, SUF2325),
    afis=[stmt(SUF, P2325, INV, A_INV, True), stmt(SUF, P2325, RESP, A_RESP, True),
          stmt(SUF, P2325, PVP, A_PVP, False), stmt(SUF, P2325, LFM, A_LFM, True)],
    recs=[stmt(SUF, P2325, INV, REC, True)],
    coc=[stmt(SUF, P2325, INV, COC, True)],
    people=[person("Tobias Wrenfield", "commissioner", SUF, "Police and Crime Commissioner"),
            person("Rachel Dunmore", "chief-constable", SUF, "Chief Constable"),
            person("Simon Aldous", "chief-constable", SUF, "Deputy Chief Constable", "deputy")],
    notes=[
        "Appendix A tracker: the kind of each row is in its Type cell; P1 cause of concern, "
        "P2 recommendation, P3-P6 AFIs whose area is in brackets in the Type cell. The "
        "recommendation and cause of concern sit under investigating crime (the report's "
        "section). N1 is a national thematic recommendation to all chief constables: no fact.",
        "has_force_update true where the 'Constabulary update' cell has content; P5 says 'No "
        "update received from the joint safeguarding hub': false.",
        "Suffolk Fire and Rescue Service grades (good, adequate) are fire grades: nothing. "
        "People are named title-first.",
    ]))

# lo06 -- force press release, PEEL 2021/22 (DOCX) -------------------------------------
GOLDS.append(gold(
    "lo06.docx", "press-release", [SUF, NOR], [HF],
    [insp(SUF, P2122, inspectorate=HF)] + pillar_insps(SUF, P1819, None),
    grades(SUF, P2122, SUF2122) + pillars(SUF, P1819, G, G, G),
    people=[person("Rachel Dunmore", "chief-constable", SUF, "Chief Constable"),
            person("Tobias Wrenfield", "commissioner", SUF, "Police and Crime Commissioner")],
    also={"inspections": [insp(SUF, P1819, "PEEL", None)]},
    notes=[
        "Six 'good' areas are a List Bullet list after the lead-in 'found the constabulary to "
        "be good at:'; 'treating the public fairly and with respect' -> treatment-of-public, "
        "'developing a positive workplace' -> workforce, 'making good use of its resources' -> "
        "leadership-management. Adequate x3 and requires improvement (responding) in prose. "
        "Victim service not graded.",
        "Notes to editors: 'In its previous inspection (PEEL 2018/19) the constabulary was "
        "judged good at effectiveness, efficiency and legitimacy' gives three 2018/19 pillar "
        "judgements (no inspectorate named for them, so null); the integrated PEEL 2018/19 "
        "inspection is only in also_acceptable. The five-point-scale note gives nothing.",
        "PCC named title-first ('Police and Crime Commissioner for Suffolk Tobias Wrenfield'): "
        "title taken as the office alone, as corpus13 does. Assistant Chief Constable Pauline "
        "Grice is not a person fact. Norfolk Constabulary is a partner with no grade.",
    ]))

# lo07 -- local newspaper article (TXT, cp1252, CRLF) ----------------------------------
GOLDS.append(gold(
    "lo07.txt", "press-release", [SUF, NOR, ESS], [HF],
    [insp(SUF, P2325, inspectorate=HF), insp(NOR, P2325), insp(ESS, P2325),
     insp(SUF, P2122)],
    grades(SUF, P2325, SUF2325) + grades(NOR, P2325, [(INV, A)]) + grades(ESS, P2325, [(INV, RI)])
    + grades(SUF, P2122, [(RESP, RI)]),
    people=[person("Rachel Dunmore", "chief-constable", SUF, "Chief Constable"),
            person("Tobias Wrenfield", "commissioner", SUF, "Police and Crime Commissioner")],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings; '•' bullets group areas by grade ('Good – police "
        "powers and public treatment; managing offenders and suspects; building, supporting and "
        "protecting the workforce; crime data integrity': semicolon-separated areas whose names "
        "contain commas).",
        "Norfolk 'rated adequate for investigating crime when its own PEEL report came out last "
        "October' and Essex 'inspected in 2024 ... requires improvement in the same area' are "
        "2023-25 grades in passing (the article is about the 2023-25 round; neither names the "
        "inspectorate, so null).",
        "'In the last inspection of Suffolk, in 2022, the force was graded as requiring "
        "improvement at responding to the public' is the 2021/22 inspection (published 2022); "
        "no inspectorate named for it.",
        "'outstanding work', 'one of only a handful of forces in the country to get the top "
        "grade', the fire service's 'good' and the reporter are distractors. The quoted 'not "
        "always kept informed' is a fragment, not a statement.",
    ]))

# lo08 -- regional comparison CSV ------------------------------------------------------
LO08 = {BED: (RI, RI, A), CAM: (G, A, G), ESS: (A, RI, A), HER: (G, G, G), NOR: (G, A, A),
        SUF: (A, RI, A)}
j08 = []
for f, (r, i, p) in LO08.items():
    j08 += grades(f, P2325, [(RESP, r), (INV, i), (PVP, p)])
GOLDS.append(gold(
    "lo08.csv", "national-release", EAST, [HF],
    [insp(f, P2325, inspectorate=HF) for f in LO08], j08,
    notes=[
        "Long-format export, UTF-8 with BOM and CRLF: one row per force and area. Source column "
        "'HMICFRS PEEL report' names the inspectorate for every row.",
        "Two fire and rescue service rows (Suffolk, Essex County) are fire grades: no facts. "
        "The notes row says victim service is not graded and mentions 'Good practice'.",
    ]))

# lo09 -- parliamentary written answer (PDF) -------------------------------------------
GOLDS.append(gold(
    "lo09.pdf", "national-release", [BED, ESS, SUF, HER, NOR, CAM], [HF],
    [insp(f, P2325, inspectorate=HF) for f in (BED, ESS, SUF, HER, NOR, CAM)]
    + [insp(BED, P2122, inspectorate=HF)],
    grades(BED, P2325, [(INV, RI), (RESP, RI)]) + grades(ESS, P2325, [(INV, RI)])
    + grades(SUF, P2325, [(INV, RI)]) + grades(HER, P2325, [(INV, G)])
    + grades(NOR, P2325, [(INV, A)]) + grades(CAM, P2325, [(INV, A)])
    + grades(BED, P2122, [(RESP, I)]),
    notes=[
        "'three forces in the Eastern region – Bedfordshire Police, Essex Police and Suffolk "
        "Constabulary – were graded requires improvement for investigating crime' gives three "
        "judgements; 'Norfolk and Cambridgeshire were graded adequate' (short names, 'in that "
        "area') gives two more.",
        "'In 2021/22 HMICFRS had graded the force inadequate in that area' -> Bedfordshire "
        "2021/22 responding-to-public Inadequate.",
        "The question's 'graded as requiring improvement' names no force. National "
        "recommendations to all forces, the MP, the Minister and the Chief Inspector (unnamed) "
        "give nothing.",
    ]))

# lo10 -- analyst's briefing (DOCX) ----------------------------------------------------
j10 = (pillars(SUF, "2015", G, G, G) + pillars(SUF, "2016", G, G, G)
       + grades(SUF, "2016", [("planning-future", RI)], EFC)
       + pillars(SUF, "2017", RI, G, G) + pillars(SUF, P1819, G, G, G)
       + grades(SUF, P2122, SUF2122)
       + grades(SUF, P2325, [(q, g) for q, g in SUF2325])
       + grades(NOR, P2325, [(INV, A)]))
GOLDS.append(gold(
    "lo10.docx", "response-record", [SUF, NOR], [H, HF],
    pillar_insps(SUF, "2015", H) + pillar_insps(SUF, "2016", H) + pillar_insps(SUF, "2017", HF)
    + pillar_insps(SUF, P1819, HF)
    + [insp(SUF, P2122, inspectorate=HF), insp(SUF, P2325, inspectorate=HF), insp(NOR, P2325)],
    j10,
    afis=[stmt(SUF, P2325, RESP, A_RESP, True), stmt(SUF, P2325, PVP, A_PVP, False),
          stmt(SUF, P2325, LFM, A_LFM, True), stmt(SUF, P2122, INV, A21_INV, True)],
    people=[person("Rachel Dunmore", "chief-constable", SUF, "Chief Constable"),
            person("Lorna Pettigrew", "inspector", HF, HMI_T)],
    also={"judgements": grades(SUF, "2016", [("understanding-demand", G), ("using-resources", G)],
                               EFC),
          "inspections": [insp(SUF, P1819, "PEEL", HF)]},
    notes=[
        "Table 1 gives pillar grades by year with an Inspectorate column (HMIC 2015-2016, "
        "HMICFRS 2017 and 2018/19). 2018/19 is kept as pillar judgements; the integrated "
        "inspection is also_acceptable. Leadership 'assessed ... but not graded' gives nothing.",
        "'the other two efficiency questions were good' does not name them: understanding-demand "
        "and using-resources are only also_acceptable.",
        "Table 2 has a header cell merged across the two year columns and area names that carry "
        "the old 2021/22 name in brackets ('Good use of resources' is not a grade). SOC 2023-25 "
        "'Not inspected' gives nothing. The 2021/22 and 2023-25 rows take HMICFRS from the "
        "purpose line ('since July 2017, HMICFRS').",
        "Open AFIs table: 'Latest position' with a force update -> true; 'No update provided by "
        "the force.' -> false. The cause of concern and recommendation are mentioned by ref only "
        "(no text): nothing. Refs are separate cells.",
        "Norfolk 'graded adequate for investigating crime in 2023–25' in passing (no "
        "inspectorate stated for it). The incoming commissioner is unnamed. Fire grades, 'good "
        "practice' and the national thematic are distractors. 'never been graded inadequate' "
        "gives nothing.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    stem = os.path.splitext(g["document"])[0]
    with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote", len(GOLDS), "gold files")
