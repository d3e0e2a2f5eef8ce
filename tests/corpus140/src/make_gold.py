"""Write gold/ok01.json ... gold/ok10.json for corpus140 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UR, PF, SPEC = "using-resources", "planning-future", "specialist-capabilities"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
AREAS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]


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


def pillars1819(force, pairs, inspectorate=HF, with_peel=True):
    """Whole-pillar 2018/19 grades: also_acceptable only (brief-common / dev12)."""
    ins = [insp(force, P1819, p, inspectorate) for p, _ in pairs]
    if with_peel:
        ins = [insp(force, P1819, "PEEL", inspectorate)] + ins
    return ins, [{"force": force, "period": P1819, "pillar": p, "question": None, "grade": g}
                 for p, g in pairs]


GOLDS = []

# ok01 -- HMICFRS force press release, Avon and Somerset, PEEL 2018/19 -------------------
F = "Avon and Somerset Constabulary"
ai, aj = pillars1819(F, [(EFF, G), (EFC, O), (LEG, G)], with_peel=False)
GOLDS.append(gold(
    "ok01.html", "press-release", [F], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", LEG, HF)],
    grades(F, P1819, [(PREV, G), (INV, G), (PVP, G), (SOC, G), (UR, O), (PF, O),
                      (FTP, G), (ELW, G), (FTW, G)])
    + grades(F, "2017", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, P1819, FTP, "The constabulary should ensure that officers complete a use of force "
             "form every time force is used, and that supervisors review these records for patterns."),
        stmt(F, P1819, ELW, "The constabulary should monitor its vetting decisions to understand "
             "whether any groups are refused clearance more often than others, and act on what it finds."),
    ],
    people=[person("Rosalind Haverty", "inspector", HF, "HM Inspector of Constabulary")],
    also={"inspections": ai, "judgements": aj},
    notes=[
        "The CSS-grid <div> table (role=table) gives the nine graded 2018/19 questions; as in dev12 they "
        "take pillar PEEL with the 2015-17 keys ('Meeting current demands and using resources' -> "
        "using-resources). Specialist capabilities is 'Ungraded': nothing.",
        "The bullets 'is good at reducing crime...' give whole-pillar 2018/19 grades: also_acceptable only, "
        "with their pillar inspections (brief-common rule).",
        "'Last time we inspected the constabulary's legitimacy, in 2017, we judged it to be good' gives a "
        "2017 Legitimacy judgement; 'we' is HMICFRS.",
        "The visually hidden 'Grade:' helper text is a label, not a fact. The JSON-LD block is not visible "
        "and adds nothing. The key listing all four grades is not a judgement. Avon Fire and Rescue "
        "Service is not a force.",
        "AFIs are numbered <ol> items with no force update. The HMI quote's 'The constabulary should make "
        "sure that officers record...' is a paraphrase inside a quote, not a listed AFI.",
    ]))

# ok02 -- PCC inspections page (accordions), Hampshire, PEEL 2021/22 ----------------------
F = "Hampshire Constabulary"
ai, aj = pillars1819(F, [(EFF, G), (EFC, G), (LEG, RI)])
GOLDS.append(gold(
    "ok02.html", "response-record", [F, "Thames Valley Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, "2017", LEG, HF)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, A),
                      (WORK, G), (LFM, A)])
    + grades(F, "2017", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, P2122, RESP, "The force should reduce the time it takes to answer non-emergency calls, "
             "and should monitor how many callers hang up before they get through.", True),
        stmt(F, P2122, INV, "The force should make sure investigations are properly supervised, with "
             "supervisors setting and reviewing clear lines of enquiry.", True),
        stmt(F, P2122, INV, "The force should record the reasons when a victim withdraws support for a "
             "prosecution, and consider whether evidence-led prosecution is possible.", False),
        stmt(F, P2122, PVP, "The force should make sure that officers attending domestic abuse incidents "
             "complete the risk assessment in full before they leave.", True),
    ],
    people=[person("Imogen Tredwell", "commissioner", F, "Commissioner"),
            person("Alastair Pendry", "chief-constable", F, "Chief Constable")],
    also={"inspections": ai,
          "judgements": aj + grades(F, P2122, [(CDI, G)])},
    notes=[
        "Grades are flexbox cards. 'Developing a positive workplace' -> workforce; 'Good use of resources' "
        "-> leadership-management (its 'Good' is part of the area name; the grade is Adequate). Victim "
        "service is not graded.",
        "'Recording data about crime' shows only a green dot whose grade is in aria-label='Good'; a sighted "
        "reader sees no word (the colour key says only 'green'), so it is in also_acceptable.",
        "Closed <details> (AFIs 2 and 3, the PEEL 2018/19 and 2017 items) count: a reader who opens them "
        "sees the text. AFI 3's 'Update to follow.' is no update.",
        "PEEL 2018/19 'good at effectiveness, good at efficiency and requires improvement at legitimacy' are "
        "whole-pillar 2018/19 grades: also_acceptable with the PEEL and pillar inspections.",
        "2017 legitimacy 'graded good': main. The fire and rescue service's 'good at effectiveness' is not "
        "a police grade. Thames Valley Police is named in passing.",
        "People: 'Commissioner Imogen Tredwell' (title before the name: 'Commissioner'); 'Chief Constable "
        "Alastair Pendry'.",
    ]))

# ok03 -- force news page (Next.js), Cheshire, PEEL 2023-25 --------------------------------
F = "Cheshire Constabulary"
GOLDS.append(gold(
    "ok03.html", "press-release", [F, "Merseyside Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (INV, G), (PVP, G), (WORK, G), (LFM, G),
                      (RESP, A), (MOS, A)])
    + grades(F, P2122, [(RESP, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The constabulary should make sure that it answers emergency calls within "
             "the national target time."),
        stmt(F, P2325, MOS, "The constabulary should reduce the backlog of reviews of registered sex "
             "offenders and make sure each one is visited at the frequency its risk requires."),
    ],
    people=[person("Mark Roebuck", "chief-constable", F, "Chief Constable"),
            person("Helen Ashworth-Brown", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "The whole article is repeated in the __NEXT_DATA__ JSON script, which a browser does not show; "
        "the gold comes from the rendered body only (the two copies agree).",
        "'good at:' followed by six bullets gives six Good grades; 'both graded adequate' gives two.",
        "Only two of the five AFIs are quoted; 'The other three concern ...' gives no statements.",
        "'last inspected in 2021/22 and at that time was graded requires improvement for responding to the "
        "public' gives a 2021/22 judgement.",
        "'Dr' is dropped from the PCC's name. Merseyside Police is named in passing ('good practice' is "
        "not a grade).",
    ]))

# ok04 -- HMIC PEEL 2015 regional grade grid with tabs --------------------------------------
P = "2015"
F4 = [("Bedfordshire Police", RI, RI, G), ("Cambridgeshire Constabulary", G, G, G),
      ("Essex Police", RI, G, G), ("Hertfordshire Constabulary", G, G, G),
      ("Kent Police", G, G, O), ("Norfolk Constabulary", G, O, G),
      ("Northamptonshire Police", RI, G, G), ("Suffolk Constabulary", G, G, G)]
ins, jud = [], []
for f, e, c, l in F4:
    for pil, g in ((EFF, e), (EFC, c), (LEG, l)):
        ins.append(insp(f, P, pil, H))
        jud += grades(f, P, [(None, g)], pillar=pil)
jud += grades("Essex Police", P, [(PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF)
jud += grades("Northamptonshire Police", P, [(PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF)
jud += grades("Kent Police", P, [(FTP, O)], pillar=LEG)
GOLDS.append(gold(
    "ok04.html", "national-release", [f for f, *_ in F4], [H], ins, jud,
    also={"judgements": grades("Kent Police", P, [(ELW, O)], pillar=LEG)},
    notes=[
        "The grid is <div role=table> with CSS grid; every cell shows the grade word (the colour is extra).",
        "Three tab panels (role=tabpanel) are all in the DOM; two carry the hidden attribute until their tab "
        "is chosen. A reader who clicks the tab sees them, so their grades count.",
        "2015 legitimacy questions do not map one-to-one onto the 2015-17 keys: 'Fair treatment of the "
        "public' -> fair-treatment-public (main); 'Ethical culture and wellbeing' -> ethical-lawful-workforce "
        "only in also_acceptable; 'Stop and search and Taser' has no key and gives nothing.",
        "The legend naming all four grades, 'Leadership was assessed but not graded', 'Crime recording ... "
        "not graded', the 43-force count and the 2014 link give nothing.",
    ]))

# ok05 -- blog with SVG charts, three forces PEEL 2023-25 ----------------------------------
B, C, AS = "Bedfordshire Police", "Cheshire Constabulary", "Avon and Somerset Constabulary"
ai, aj = pillars1819(AS, [(EFC, O)], with_peel=True)
GOLDS.append(gold(
    "ok05.html", "national-release", [B, C, AS, "Essex Police", "Lincolnshire Police"], [HF],
    [insp(B, P2325, inspectorate=HF), insp(C, P2325, inspectorate=HF), insp(AS, P2325, inspectorate=HF),
     insp(B, P2122, inspectorate=HF)],
    grades(B, P2325, zip(AREAS8, [A, G, RI, RI, A, A, G, A]))
    + grades(C, P2325, zip(AREAS8[:7], [G, G, A, G, G, A, G]))
    + grades(AS, P2325, zip(AREAS8, [G, G, RI, A, A, G, A, A]))
    + grades(B, P2122, [(INV, A)]),
    also={"inspections": ai, "judgements": aj + grades(C, P2325, [(LFM, G)])},
    notes=[
        "The second SVG chart's <text> labels are drawn on the page, so its grade words are visible and "
        "count. SVG <title> and <desc> are tooltips / accessible names only: not visible.",
        "Cheshire's leadership cell shows only a dot; its grade is only in the SVG <title>, so it is in "
        "also_acceptable. 'Workforce' -> workforce; 'Managing offenders' -> managing-offenders.",
        "The first chart's averages (2.75 etc.) are numbers, not grades.",
        "'In 2021/22 Bedfordshire had been graded adequate for investigating crime' -> 2021/22 judgement.",
        "'Back in 2018/19 it was rated outstanding for efficiency' is a whole-pillar 2018/19 grade: "
        "also_acceptable with its inspections.",
        "'the Essex and Lincolnshire results' names two forces in passing (aliases), with no grade.",
        "The blog's author is not a person fact.",
    ]))

# ok06 -- local radio news, <p> with <br>, Northamptonshire PEEL 2015 ---------------------
F, L = "Northamptonshire Police", "Leicestershire Police"
GOLDS.append(gold(
    "ok06.html", "press-release", [F, L], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", LEG, H),
     insp(F, "2014", EFC, H),
     insp(L, "2015", EFF, H), insp(L, "2015", EFC, H), insp(L, "2015", LEG, H)],
    grades(F, "2015", [(None, RI), (PREV, G), (SOC, G), (INV, RI), (PVP, RI)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, G)], pillar=LEG)
    + grades(F, "2014", [(None, G)], pillar=EFC)
    + grades(L, "2015", [(None, G)], pillar=EFF)
    + grades(L, "2015", [(None, G)], pillar=EFC)
    + grades(L, "2015", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, "2015", INV, "The force should ensure that all crimes are allocated promptly to officers "
             "with the appropriate skills and training to investigate them.", pillar=EFF),
        stmt(F, "2015", PVP, "The force should improve the way it identifies repeat and vulnerable victims "
             "when they first call, so that the right response is sent.", pillar=EFF),
        stmt(F, "2015", PVP, "The force should make sure its officers understand and use the powers "
             "available to them to protect victims of domestic abuse, including domestic violence "
             "protection orders.", pillar=EFF),
    ],
    people=[person("Simon Lyle", "chief-constable", F, "Chief Constable"),
            person("Rhys Abernethy", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "The body is <p> blocks with <br> line breaks; each 'Pillar: grade' line and each numbered AFI is "
        "one line. The AFIs sit in the effectiveness discussion; their questions come from their wording.",
        "'in the 2014 assessment, Northamptonshire was judged good for efficiency too' -> 2014 Efficiency.",
        "'Leicestershire Police was graded good across all three areas this time' names the grade word "
        "right after the three pillars were listed, so it gives three 2015 judgements. **Unsure**: a "
        "strict reader might keep them in also_acceptable.",
        "The <template> element (a comment form with an example 'graded outstanding for legitimacy') is "
        "never rendered: nothing. Leadership 'not given a grade': nothing. The fire service is not a force.",
        "'Northamptonshire's Police and Crime Commissioner, Rhys Abernethy': title without the place word.",
    ]))

# ok07 -- PCC reports page with <dl> lists, Avon and Somerset 2018/19 ----------------------
F = "Avon and Somerset Constabulary"
ai, aj = pillars1819(F, [(EFF, G), (EFC, O), (LEG, G)], with_peel=False)
GOLDS.append(gold(
    "ok07.html", "response-record", [F, "Wiltshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF),
     insp(F, "2017", LEG, HF), insp(F, "2016", LEG)],
    grades(F, P1819, [(PREV, G), (INV, G), (PVP, G), (SOC, G), (UR, O), (PF, O),
                      (FTP, G), (ELW, G), (FTW, G)])
    + grades(F, "2017", [(None, G)], pillar=EFF)
    + grades(F, "2017", [(None, O)], pillar=EFC)
    + grades(F, "2017", [(None, G)], pillar=LEG)
    + grades(F, "2016", [(None, RI)], pillar=LEG),
    afis=[
        stmt(F, P1819, FTP, "The constabulary should ensure that officers complete a use of force form "
             "every time force is used, and that supervisors review these records for patterns.", False),
        stmt(F, P1819, ELW, "The constabulary should monitor its vetting decisions to understand whether "
             "any groups are refused clearance more often than others, and act on what it finds.", True),
    ],
    people=[person("Jonathan Ferris-Wade", "commissioner", F, "Police and Crime Commissioner")],
    also={"inspections": ai, "judgements": aj},
    notes=[
        "Grades are <dt>/<dd> pairs. The three question-style <dt>s are the 2018/19 pillars: also_acceptable. "
        "The 'By question' list gives nine PEEL 2018/19 question judgements with the 2015-17 keys.",
        "'Earlier PEEL grades' <dl>: 2017 pillars and 2016 Legitimacy are main judgements. The page names "
        "only HMICFRS, and HMICFRS did not exist in 2016, so the 2016 inspection's inspectorate is null.",
        "The numbered grade key is not a judgement.",
        "AFI 1 has only a 'PCC response' (the commissioner's own action), so has_force_update is false; AFI 2 "
        "has a 'Force update'.",
        "Wiltshire Police is named in passing (a thematic inspection).",
    ]))

# ok08 -- PCC page with <noscript> copy, Devon and Cornwall PEEL 2021/22 -------------------
F = "Devon and Cornwall Police"
ai, aj = pillars1819(F, [(EFF, G), (LEG, G)])
GOLDS.append(gold(
    "ok08.html", "response-record", [F, "Dorset Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, RI)]),
    recs=[stmt(F, P2122, RESP, "Within three months, the force should: make sure it has enough call "
               "handlers on duty to meet demand at peak times; and use a structured risk assessment for "
               "every call, and record the result.", True)],
    coc=[stmt(F, P2122, RESP, "The force is not answering emergency and non-emergency calls quickly "
              "enough, and it does not always assess the risk to callers properly. This means that "
              "vulnerable people may not get the help they need.", True)],
    people=[person("Alison Trevenna", "commissioner", F, "Police and Crime Commissioner"),
            person("William Harcourt-Penrose", "chief-constable", F, "Chief Constable")],
    also={"inspections": ai, "judgements": aj},
    notes=[
        "The <noscript> block repeats the grades and adds 'Recording data about crime: Good'. With scripts "
        "on (a normal browser) it is not shown, so that grade is not in the gold at all.",
        "The visible grade list is flexbox rows; visually hidden 'graded' helper text is only a label.",
        "The cause of concern is the whole boxed paragraph (two sentences). The recommendations are a "
        "lead-in with two bullets: one statement (GOLD-FORMAT convention). The 'Force update, December 2022' "
        "answers both, so both are true.",
        "'2018/19 ... good at effectiveness and good at legitimacy': whole-pillar 2018/19 grades, "
        "also_acceptable only. Victim service gives nothing; the fire service is not a force; Dorset Police "
        "in passing.",
    ]))

# ok09 -- HMICFRS report page with tabs, Essex PEEL 2023-25 --------------------------------
F = "Essex Police"
GOLDS.append(gold(
    "ok09.html", "peel-report-2021", [F, "Kent Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, zip(AREAS8, [A, G, A, A, A, G, A, A]))
    + grades(F, P2122, zip(AREAS8[:6], [G, G, A, G, A, G])),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that supervisors review investigations regularly "
             "and record clear direction for the investigating officer."),
        stmt(F, P2325, INV, "The force should make sure that victims are updated about their investigation "
             "at the intervals agreed with them, in line with the Code of Practice for Victims of Crime."),
        stmt(F, P2325, RESP, "The force should make sure that callers to its non-emergency line who are "
             "waiting to be answered are told about online alternatives and are offered a call back."),
        stmt(F, P2325, PVP, "The force should improve how it records the voice of the child when officers "
             "attend incidents where children are present."),
        stmt(F, P2325, PPT, "The force should make sure that body-worn video is switched on for every stop "
             "and search, and that supervisors check a sample of this footage."),
    ],
    people=[person("Elizabeth Marchbank", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "Three role=tabpanel sections are all in the DOM; 'Grades' and 'Areas for improvement' are hidden "
        "until their tab is chosen and count.",
        "The grid's 2021/22 column gives six 2021/22 judgements; '\u2013' cells give nothing.",
        "'We identified 14 areas for improvement' and 'The remaining areas ... are listed in the full "
        "report' give nothing beyond the five quoted.",
        "Essex County Fire and Rescue Service's 'good' and the HMI's 'good practice' are distractors. Kent "
        "Police is named only in a related link.",
        "The HMI's title keeps the document's curly apostrophe.",
    ]))

# ok10 -- blog with icon cards (alt text only), four forces PEEL 2023-25 -------------------
E, Li, N, W = "Essex Police", "Lincolnshire Police", "Northumbria Police", "West Mercia Police"
ai, aj = pillars1819(E, [(EFF, G), (EFC, G), (LEG, G)])
alt = (grades(E, P2325, zip(AREAS8, [A, G, A, A, A, G, A, A]))
       + grades(Li, P2325, [(PPT, G), (PREV, A), (INV, A), (MOS, A), (WORK, G), (LFM, A)])
       + grades(W, P2325, zip(AREAS8, [A, A, RI, RI, A, A, A, RI])))
GOLDS.append(gold(
    "ok10.html", "national-release", [E, Li, N, W], [HF],
    [insp(E, P2325, inspectorate=HF), insp(Li, P2325, inspectorate=HF), insp(N, P2325, inspectorate=HF),
     insp(W, P2325, inspectorate=HF), insp(W, P2122, inspectorate=HF)],
    grades(N, P2325, zip(AREAS8, [A, G, G, A, G, G, A, G]))
    + grades(Li, P2325, [(PVP, RI), (RESP, G)])
    + grades(W, P2122, [(RESP, I)]),
    people=[person("Paul Dunnage-Reid", "chief-constable", Li, "Chief Constable")],
    also={"inspections": ai, "judgements": aj + alt},
    notes=[
        "Decision on icons: an <img>'s alt and title are not shown when the image loads, so grades carried "
        "only by alt/title are not visible text. Essex, Lincolnshire and West Mercia cards are icon-only: "
        "their grades are in also_acceptable. The Northumbria card prints the word beside the icon: main.",
        "Lincolnshire's prose names two grades (requires improvement for protecting vulnerable people; good "
        "at responding to the public): main.",
        "'in 2021/22 West Mercia Police was graded inadequate for responding to the public' -> 2021/22.",
        "Essex: 'Most areas are adequate', 'slightly better in its 2022 report' and 'three areas graded "
        "requires improvement' (West Mercia) name no area, so nothing. 'Under the 2019 regime it was rated "
        "Good across the board': whole-pillar 2018/19 grades, also_acceptable only ('2019' is a "
        "publication year, the period is 2018/19).",
        "The icon legend and 'Outstanding grades are rare' give nothing.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote gold/%s.json" % stem)


if __name__ == "__main__":
    main()
