"""Write gold/oo01.json ... gold/oo10.json for corpus144 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFI, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


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

# oo01 -- PCC section 55 response, Lincolnshire, PEEL 2023-25 (platypus) ------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "oo01.pdf", "response-record", [F, "Nottinghamshire Police", "Derbyshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A),
                      (LFM, G)])
    + grades(F, P2122, [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G),
                        (LFM, G)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that calls to its non-emergency number are answered "
             "promptly, and that it understands why so many callers hang up before they reach a "
             "call handler.", True),
        stmt(F, P2325, RESP,
             "The force should make sure that the risk to callers is reassessed when attendance "
             "is delayed beyond the target time, and that the reassessment is recorded.", True),
        stmt(F, P2325, INV,
             "The force should improve how it records and reviews investigation plans, so that "
             "supervisors can see what has been done and what is still outstanding.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that it shares information about children at risk with "
             "partner agencies without delay, especially outside office hours.", False),
        stmt(F, P2325, WORK,
             "The force should improve how it monitors the wellbeing of staff in high-risk "
             "roles, including those who view indecent images of children.", True),
    ],
    people=[
        person("Lucas Ormerod", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Alwyn Fenwick-Rae", "commissioner", F, "Police and Crime Commissioner"),
        person("Imogen Sallis", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades come from the platypus table 'Area of policing | PEEL 2023\u201325 grade | PEEL "
        "2021/22 grade'. The 2021/22 column gives eight 2021/22 judgements. Leadership's 2021/22 "
        "cell is 'Good*': the footnote says the area was then called 'good use of resources', "
        "which is the same key (leadership-management).",
        "Each AFI's question comes from its heading 'Area for improvement n \u2013 <area>'. "
        "has_force_update is true where a 'Force response:' follows; AFI 4 has only the "
        "Commissioner's comment, which says the force's comments were not ready.",
        "Not facts: the five-point scale, 'no cause of concern and no recommendations', 'good "
        "practice', Lincolnshire Fire and Rescue 'judged good at preventing fires', SOC 'not "
        "graded for Lincolnshire on its own', the 2025/26 annual report. Nottinghamshire and "
        "Derbyshire are named in passing (EMSOU) with no grade.",
        "People: PCC and Chief Constable are named title-first in the introduction, so their "
        "titles have no place words; the HMI is title-first with a curly apostrophe. The "
        "running header and the 'Page n of 3' footer are on every page.",
    ]))

# oo02 -- PCC decision record, Derbyshire, PEEL 2017 efficiency (canvas form) --------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "oo02.pdf", "response-record", [F], [HF, H],
    [insp(F, "2017", EFI, HF), insp(F, "2016", EFI, H)],
    grades(F, "2017", [(None, G), (UD, G), (UR, G), (PF, RI)], EFI)
    + grades(F, "2016", [(None, RI)], EFI),
    afis=[
        stmt(F, "2017", PF,
             "The constabulary should develop a workforce plan that is linked to its "
             "medium-term financial plan and sets out the skills it will need in three to five "
             "years\u2019 time.", True, EFI),
        stmt(F, "2017", UD,
             "The constabulary should improve its understanding of demand that is hidden or "
             "likely to emerge, such as modern slavery and online child sexual exploitation.",
             False, EFI),
    ],
    people=[
        person("Harold Penhaligon", "commissioner", F,
               "Police and Crime Commissioner for Derbyshire"),
        person("Verity Ashdown", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A form: labels at the left margin, values at a fixed x. 'Overall judgement: Good' is "
        "the Efficiency 2017 pillar grade; 'Understanding demand', 'Use of resources' and "
        "'Planning for the future' are its questions (understanding-demand, using-resources, "
        "planning-future). The form names HMICFRS for 2017.",
        "'Previous judgement: Efficiency 2016: requires improvement (HMIC)' gives a 2016 "
        "efficiency judgement by HMIC; the background repeats it ('moved up from requires "
        "improvement to good overall').",
        "AFI 1 is followed by 'Chief Constable's comment' (true). AFI 2 has only a "
        "'Commissioner's note' saying the force's response is awaited (false). The AFI "
        "labels give the question in brackets.",
        "Not facts: the grading scale, the 2018/19 force budget (a budget year, not a PEEL "
        "period), decision and publication dates. The decision maker is named name-first, so "
        "his title keeps 'for Derbyshire'.",
    ]))

# oo03 -- police and crime panel tracker, Northumbria, PEEL 2021/22 (fpdf2 landscape) ------
F = "Northumbria Police"
GOLDS.append(gold(
    "oo03.pdf", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers non-emergency calls "
             "within a reasonable time.", True),
        stmt(F, P2122, PVP, "The force should improve how it shares information with schools "
             "after a child has been present at a domestic abuse incident.", True),
        stmt(F, P2122, LFM, "The force should make sure that its plans for the estate and its "
             "fleet are linked to its medium-term financial plan.", False),
        stmt(F, P2122, WORK, "The force should improve the way it identifies and develops "
             "talent among police staff as well as officers.", True),
        stmt(F, P2122, PREV, "The force should evaluate its problem-solving work so that it "
             "knows which approaches reduce crime and anti-social behaviour, and share what "
             "works across its area commands.", True),
        stmt(F, P2122, MOS, "The force should make sure that it manages registered sex "
             "offenders within the timescales set out in national guidance, and that overdue "
             "visits are completed.", True),
    ],
    recs=[
        stmt(F, P2122, INV, "Within six months, the force should make sure that investigations "
             "are allocated to staff with the right skills and that supervisors review them at "
             "set points.", True),
        stmt(F, P2122, INV, "Within six months, the force should make sure that it complies "
             "with the Code of Practice for Victims of Crime and records each victim's needs "
             "assessment.", True),
    ],
    coc=[
        stmt(F, P2122, INV, "The force isn't consistently carrying out effective "
             "investigations, and victims are too often not kept informed of progress or told "
             "when their case is closed.", True),
    ],
    people=[person("Kiera Dunstan", "commissioner", F, "Police and Crime Commissioner")],
    notes=[
        "Only one grade is stated in words: 'Investigating crime was graded requires "
        "improvement'. 'good in three areas, adequate in four and requires improvement in two' "
        "names no areas and gives nothing.",
        "The kind of each tracker row is its Type cell; the question is its Area cell "
        "('Good use of resources' -> leadership-management, 'Developing a positive workplace' "
        "-> workforce). Rows N1 and N2 are national thematic recommendations to all chief "
        "constables and are not facts.",
        "has_force_update: true where the 'Force update (June 2023)' cell has an update; AFI 4's "
        "cell is 'No update received this quarter.' (false). AFI 5 was closed by HMICFRS but is "
        "still an AFI of the 2021/22 report, with an update.",
        "Not facts: the status key, the 2024/25 cycle, Durham and Cleveland in passing, the "
        "meeting date. fpdf2 table cells wrap; the header row repeats on page 2.",
    ]))

# oo04 -- HMIC PEEL legitimacy 2015 summary, Warwickshire (canvas, word by word) -----------
F = "Warwickshire Police"
GOLDS.append(gold(
    "oo04.pdf", "peel-report", [F, "West Mercia Police"], [H],
    [insp(F, "2015", LEG, H)],
    grades(F, "2015", [(None, G), (FTP, G), (ELW, G)], LEG),
    afis=[
        stmt(F, "2015", None, "The force should make sure that every stop and search record "
             "sets out the grounds for the search, and that supervisors examine a sample of "
             "records each month.", False, LEG),
        stmt(F, "2015", None, "The force should analyse its use of Taser by the ethnicity of "
             "the person involved and publish the results.", False, LEG),
    ],
    people=[person("Harriet Ockenden", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Every word of the justified body is drawn separately, and the title is in small "
        "capitals of two sizes, so pypdf gives one word per line and 'P EEL:' / 'W ARWICKSHIRE "
        "P OLICE'. The gold is the printed page.",
        "'HMIC judges the force to be good' is the Legitimacy 2015 pillar grade. The fairness "
        "question -> fair-treatment-public, the ethical and lawful question -> "
        "ethical-lawful-workforce. The stop and search and Taser question (requires "
        "improvement) has no key in GOLD-FORMAT and gives no judgement.",
        "'In 2014 HMIC did not give the force an overall legitimacy grade' gives nothing. "
        "The two AFIs sit under 'Areas for improvement', not under a question, so question is "
        "null (they concern stop and search and Taser).",
        "Not facts: the four-grade key, 'good practice', 'inspect again in 2016', West Mercia "
        "Police (alliance partner, named in passing).",
    ]))

# oo05 -- PCC scorecard, Cumbria, PEEL 2018/19 (canvas, out of reading order) --------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "oo05.pdf", "press-release", [F, "Lancashire Constabulary"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", LEG, HF)],
    grades(F, P1819, [(PREV, G), (INV, RI), (PVP, G), (SOC, G), (UR, G), (PF, O), (FTP, G),
                      (ELW, G), (FTW, G)])
    + grades(F, "2017", [(None, G)], LEG),
    afis=[stmt(F, P1819, INV, "The constabulary should make sure that all investigations are "
               "allocated to investigators with the right skills, and that supervisors review "
               "them regularly.", True)],
    people=[
        person("Rhodri Quaile", "commissioner", F, "Police and Crime Commissioner"),
        person("Bethan Lorimer", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFI)
          + grades(F, P1819, [(None, G)], LEG)},
    notes=[
        "The page is drawn footer first, then the right-hand panel, then the masthead, body "
        "last; pypdf's text follows that order.",
        "2018/19 convention (dev12): the panel's question grades are PEEL 2018/19 judgements "
        "with the 2015-17 keys ('Using resources to meet demand' -> using-resources, 'Fair "
        "treatment of the public' -> fair-treatment-public, etc.); the pillar grades "
        "(effectiveness, efficiency, legitimacy good) are in also_acceptable only.",
        "'Legitimacy in 2017: Good (HMICFRS, December 2017)' is a Legitimacy 2017 judgement.",
        "Cumbria Fire and Rescue Service's 'requires improvement' is a fire grade (not a fact). "
        "The key and 'Specialist capabilities are not graded' give nothing. Lancashire is "
        "named in passing. 'Constabulary response:' after the AFI makes has_force_update true.",
    ]))

# oo06 -- panel paper, Nottinghamshire + East Midlands, PEEL 2016 effectiveness ----------
REG = [
    ("Derbyshire Constabulary", [G, G, G, G, G], G),
    ("Leicestershire Police", [RI, G, RI, RI, G], G),
    ("Lincolnshire Police", [RI, G, RI, RI, G], RI),
    ("Northamptonshire Police", [RI, RI, RI, RI, G], RI),
    ("Nottinghamshire Police", [G, G, RI, G, G], RI),
]
ins6, jud6 = [], []
for f, g16, g15 in REG:
    ins6 += [insp(f, "2016", EFF, H), insp(f, "2015", EFF, H)]
    jud6 += grades(f, "2016", list(zip([None, PREV, INV, PVP, SOC], g16)), EFF)
    jud6 += grades(f, "2015", [(None, g15)], EFF)
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "oo06.pdf", "response-record", [r[0] for r in REG], [H], ins6, jud6,
    afis=[
        stmt(F, "2016", INV, "The force should ensure that all investigations are allocated "
             "to officers with the right skills and experience, and are supervised "
             "effectively.", True, EFF),
        stmt(F, "2016", INV, "The force should improve how it manages suspects who are "
             "circulated as wanted on the police national computer, so that they are arrested "
             "promptly.", True, EFF),
    ],
    people=[person("Ellis Varnham", "commissioner", F, "Commissioner")],
    notes=[
        "Table 1 is drawn column by column (all of 'Force', then all of 'Overall 2016', ...), "
        "and its grade cells wrap ('Requires' / 'improvement'); pypdf's text lists each column "
        "in turn. Each row gives the force's Effectiveness 2016 pillar grade, four question "
        "grades and its Effectiveness 2015 pillar grade (HMIC named throughout).",
        "Nottinghamshire's 2015 grade is also in the prose ('judged to require improvement'). "
        "'three forces outstanding and eight inadequate' names no force and gives nothing; "
        "specialist capabilities 'was not graded'.",
        "AFIs sit under the lead-in 'in its investigation of crime' -> investigating-crime. "
        "has_force_update true because paragraph 5 gives the Chief Constable's response to "
        "both areas (Unsure: it is one general sentence).",
        "People: 'The Commissioner, Ellis Varnham' (title as written: Commissioner). The "
        "Chief Constable and Deputy Chief Constable are unnamed.",
    ]))

# oo07 -- HMICFRS revisit letter, Gwent, PEEL 2023-25 (fpdf2) ------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "oo07.pdf", "peel-report-2021", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(RESP, I), (INV, RI)]) + grades(F, P2122, [(RESP, A)]),
    recs=[
        stmt(F, P2325, RESP, "Within three months, the force should make sure that it has "
             "enough trained call handlers on each shift to meet the demand it expects.", False),
        stmt(F, P2325, RESP, "Within six months, the force should make sure that call handlers "
             "use a structured risk assessment for every call and that supervisors check its "
             "quality.", False),
    ],
    coc=[stmt(F, P2325, RESP, "The force isn't answering emergency and non-emergency calls "
              "quickly enough, and it doesn't always assess the risk to callers properly. This "
              "means that vulnerable people may not get the help they need.", False)],
    people=[person("Dafydd Rhoswen", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "The letter states two 2023-25 grades ('inadequate at responding to the public and "
        "requires improvement at investigating crime') and one 2021/22 grade ('had been graded "
        "adequate for responding to the public').",
        "The cause of concern and its two recommendations are about responding to the public "
        "(the letter's heading). has_force_update is false: the revisit findings are the "
        "inspectorate's own assessment, not the force's update (Unsure: a reader could take "
        "them as a progress update). 'made good progress' is not a grade.",
        "The addressee 'The Chief Constable' and the PCC for Gwent are unnamed. The signature "
        "is name-first, so the HMI's title is kept in full. Footnote 1 is the grade scale. "
        "South Wales Police and Dyfed-Powys Police are named in passing.",
    ]))

# oo08 -- PCC annual report chapter, Suffolk, PEEL 2014 (fpdf2, TrueType, ligatures) -------
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "oo08.pdf", "response-record", [F, "Norfolk Constabulary"], [H],
    [insp(F, "2014", EFI, H)],
    grades(F, "2014", [(None, G)], EFI),
    people=[
        person("Philippa Garside", "chief-constable", F, "Chief Constable"),
        person("Tobias Whitcombe", "commissioner", F, "Police and Crime Commissioner for Suffolk"),
    ],
    also={"inspections": [insp(F, "2014", EFF, H)],
          "judgements": grades(F, "2014", [(PREV, G), (INV, RI)], EFF)},
    notes=[
        "Body in DejaVu Serif with harfbuzz shaping: 'ff', 'fi', 'ffi' are ligature glyphs; "
        "the ToUnicode map gives the plain letters back.",
        "'HMIC judged Suffolk Constabulary to be good at efficiency' is the Efficiency 2014 "
        "pillar grade.",
        "The 2014 effectiveness questions ('reducing crime and preventing offending', "
        "'investigates offending', 'tackling anti-social behaviour') are not the 2015-17 "
        "questions; mapping the first two to preventing-crime and investigating-crime is "
        "loose, so they (and the 2014 Effectiveness inspection) are in also_acceptable only. "
        "Anti-social behaviour has no key.",
        "Not facts: 'Legitimacy was not graded in 2014', the national counts in the box "
        "(3 outstanding, 28 good ...), the crime data integrity report (no graded judgement), "
        "Suffolk Fire and Rescue Service, the 2015 assessments 'expected' in 2016, Norfolk "
        "(named in passing).",
    ]))

# oo09 -- police and crime panel report, Hertfordshire, PEEL 2021/22 (platypus) ----------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "oo09.pdf", "response-record",
    [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G),
                      (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The constabulary should make sure it answers emergency calls "
             "promptly, in line with the national standard.", True),
        stmt(F, P2122, INV, "The constabulary should make sure that investigation plans are "
             "recorded and that supervisors review them, so that lines of enquiry are not "
             "missed.", True),
        stmt(F, P2122, INV, "The constabulary should make sure that when a victim withdraws "
             "support for a prosecution, the reasons are recorded and evidence-led prosecutions "
             "are considered.", False),
        stmt(F, P2122, LFM, "The constabulary should improve its understanding of the demand "
             "that its officers and staff face, so it can match its workforce to that demand.",
             True),
    ],
    people=[
        person("Lorcan Beddoes", "commissioner", F, "Police and Crime Commissioner"),
        person("Saoirse Pemberton-Lyle", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], LEG)},
    notes=[
        "The grades table uses the 2021/22 names: 'Treating the public fairly' -> "
        "treatment-of-public, 'Developing a positive workplace' -> workforce, 'Good use of "
        "resources' (Adequate) -> leadership-management, 'Recording data about crime' -> "
        "crime-recording. The victim service row is 'Not graded'.",
        "'good in six of the nine graded areas and adequate in the other three' names no area "
        "and gives nothing on its own.",
        "'In the integrated PEEL assessment of 2018/19 the constabulary was graded good for "
        "effectiveness and good for legitimacy' -- whole-pillar 2018/19 grades, also_acceptable "
        "only.",
        "AFI 3's progress cell is an em dash (false). Only four of the nine AFIs are quoted.",
        "Not facts: the title in small capitals (two font sizes), the grading scale, 'good "
        "practice', Hertfordshire Fire and Rescue Service 'graded good for effectiveness', "
        "Assistant Chief Constable Ravi Kettering, serious and organised crime (regional, not "
        "graded here), 2023/24 budget, Bedfordshire and Cambridgeshire in passing.",
    ]))

# oo10 -- force 'PEEL at a glance' poster, Thames Valley, PEEL 2023-25 (fpdf2) -----------
F = "Thames Valley Police"
T10 = [(PPT, A, G), (PREV, G, G), (RESP, RI, RI), (INV, RI, A), (PVP, A, A), (MOS, G, G),
       (WORK, A, G), (LFM, A, A)]
GOLDS.append(gold(
    "oo10.pdf", "press-release", [F, "Hampshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(q, a) for q, a, b in T10]) + grades(F, P2122, [(q, b) for q, a, b in T10]),
    people=[person("Olamide Fairbrother", "chief-constable", F, "Chief Constable")],
    notes=[
        "Eight tiles placed at absolute positions: area label, the 2023-25 grade in large "
        "coloured type, and '2021/22: <grade>' (the previous inspection, by the same "
        "inspectorate, as the intro says).",
        "Not facts: the grade key (all five grades), 'Victim service assessment: not graded', "
        "'good practice' in the quote, the publication and fieldwork dates, 2025. "
        "'Hampshire and Isle of Wight Constabulary' is Hampshire Constabulary, named in "
        "passing.",
        "The Chief Constable is named title-first after the quote.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
