"""Write gold/nu01.json ... gold/nu10.json for corpus124 (format: shared/corpus/GOLD-FORMAT.md).

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
SOC = "serious-organised-crime"
DEM, RES, FUT = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
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
         recs=(), coc=(), people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# nu01 -- local TV news story (HTML), Humberside 2021/22 vs 2018/19 and 2016 -------------
F = "Humberside Police"
GOLDS.append(gold(
    "nu01.html", "press-release",
    [F, "South Yorkshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P1819, inspectorate=HF), insp(F, "2016", EFF)],
    grades(F, P2122, [(INV, O), (PVP, O), (PREV, O), (MOS, O), (WORK, O), (LFM, O),
                      (PPT, G), (RESP, G)])
    + grades(F, P1819, [(INV, RI), (PVP, RI), (PREV, G)])
    + grades(F, "2016", [(None, RI)], pillar=EFF),
    people=[
        person("Roy Wilsher", "inspector", HF, "HM Inspector of Constabulary"),
        person("Lee Freeman", "chief-constable", F, "Chief Constable"),
        person("Jonathan Evison", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": grades(F, P1819, [(None, RI)], pillar=EFF)},
    notes=[
        "A news story. The 2021/22 grades are in a list of 'Area: grade' lines, some with the "
        "earlier grade: 'up from requires improvement in 2018/19', '(2018/19: requires "
        "improvement)', 'previously good' (the list is introduced as a comparison with 2018/19, "
        "so 'previously' is 2018/19). 2018/19 question grades have pillar PEEL (dev12).",
        "'Developing a positive workplace' -> workforce; 'Good use of resources: outstanding' "
        "-> leadership-management Outstanding ('Good' is part of the area's name).",
        "'In 2016 inspectors judged it to require improvement at keeping people safe and "
        "reducing crime' -> 2016 Effectiveness (the pillar's headline question), question null; "
        "no inspectorate is named for it (HMIC never appears), so null.",
        "'in the inspectorate's 2018/19 assessment it was still rated requires improvement for "
        "effectiveness' is a 2018/19 pillar grade: also_acceptable only (common brief). The "
        "2018/19 inspection is by 'the inspectorate', i.e. HMICFRS named just before.",
        "Traps: victims 'not given a grade'; the Chief Constable's aim 'to be outstanding in all "
        "nine areas' is a target; South Yorkshire Police 'improved in three areas' has no grade "
        "(forces only); Humberside Fire and Rescue Service's 'good' is a fire inspection.",
        "Genre: a news story about one force; press-release is the nearest genre.",
    ]))

# nu02 -- HMIC force press release (PDF), Avon and Somerset Effectiveness 2016 vs 2015 ----
F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "nu02.pdf", "press-release",
    [F, "Durham Constabulary", "Devon and Cornwall Police", "Dorset Police",
     "Gloucestershire Constabulary", "Wiltshire Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H), insp("Durham Constabulary", "2016", EFF, H)],
    grades(F, "2016", [(None, G), (PREV, G), (INV, G), (PVP, G), (SOC, RI)], pillar=EFF)
    + grades(F, "2015", [(PVP, RI), (INV, G)], pillar=EFF)
    + grades("Durham Constabulary", "2016", [(None, O)], pillar=EFF),
    people=[person("Zo\u00eb Billingham", "inspector", H, "HM Inspector of Constabulary")],
    also={
        "judgements": grades(F, "2015", [(None, G)], pillar=EFF),
    },
    notes=[
        "HMIC force press release for PEEL effectiveness 2016, printed to PDF. The 2016 overall "
        "grade is in the headline ('... is good'); the four question grades are in the bullets.",
        "2015 (the HMI names 'our previous inspection in 2015'): 'Last year we judged the force "
        "to require improvement in the way it protects vulnerable people' -> 2015 "
        "protecting-vulnerable Requires improvement; 'investigations remain good' -> 2015 "
        "investigating-crime Good.",
        "'overall grade for effectiveness is the same as last time' names no grade word for 2015: "
        "the 2015 overall grade is in also_acceptable (GOLD-FORMAT convention).",
        "'The one area that has slipped since our last inspection is ... serious and organised "
        "crime' gives a direction only: no 2015 SOC grade.",
        "Durham Constabulary 'is the only force to be graded outstanding' in the national "
        "effectiveness report published the same day -> Durham 2016 Effectiveness Outstanding "
        "(another force in passing). The grading key in note 2 gives nothing. The four regional "
        "partners are named only.",
        "The inspection year is 2016 although the release is dated 2 March 2017.",
    ]))

# nu03 -- Commissioner's report to the panel (DOCX), Staffordshire 2023-25 vs 2021/22 -----
F = "Staffordshire Police"
GOLDS.append(gold(
    "nu03.docx", "response-record",
    [F, "Derbyshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, G)])
    + grades(F, P2122, [(PPT, A), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, G),
                        (WORK, A), (LFM, A)]),
    afis=[stmt(F, P2325, RESP,
               "The force should make sure that it meets the national standard for answering "
               "non-emergency calls, and that callers who abandon their call are contacted again "
               "where needed.", False)],
    coc=[stmt(F, P2122, RESP,
              "The force is not answering calls from the public quickly enough, and it does not "
              "always assess the risk to callers when they first contact it. As a result, some "
              "vulnerable people are not getting the response they need.", True)],
    people=[
        person("Andy Cooke", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
        person("Chris Noble", "chief-constable", F, "Chief Constable"),
        person("Ben Adams", "commissioner", F,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ],
    notes=[
        "Table 1 sets 2021/22 against 2023-25 with a Movement column ('No change', 'Up one "
        "grade'). Both grade columns give judgements. 'Police powers and public treatment' -> "
        "treatment-of-public; 'Building, supporting and protecting the workforce' -> workforce.",
        "Managing offenders: the 2023-25 cell reads 'The same as last time' next to a 2021/22 "
        "cell 'Good'. The brief for this corpus says such a grade is still stated, so 2023-25 "
        "managing-offenders Good is a main judgement (the earlier grade is written in words; "
        "only the later one is named by reference).",
        "Leadership and force management 2021/22: the footnote says the equivalent 2021/22 area, "
        "'good use of resources', 'was graded adequate' -> leadership-management 2021/22 Adequate "
        "(corpus key mapping), although HMICFRS says the two are not directly comparable.",
        "Victims 'Not graded' gives nothing. The fire and rescue service's grades are not given.",
        "The quoted cause of concern is from 2021/22 (section heading) and sits under the 2021/22 "
        "responding grade; its 'Force update:' makes has_force_update true. The second cause of "
        "concern is only summarised. The 2023-25 AFI has only a 'Commissioner's comment:', so "
        "false; 'six areas for improvement' is a count.",
        "Traps: the Chief Constable's 'ambition of being graded good for responding' is a target; "
        "Derbyshire Constabulary 'has improved its performance' has no grade (forces only).",
        "People: Andy Cooke (HM Chief Inspector, inspector role, HMICFRS); Chris Noble; Ben Adams "
        "signs with the title after his name. The page header (panel name) is not body text.",
    ]))

# nu04 -- data-journalism blog (HTML), three forces 2023-25 vs 2021/22 --------------------
BE, CH, AS = "Bedfordshire Police", "Cheshire Constabulary", "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "nu04.html", "national-release", [BE, CH, AS], [HF],
    [insp(BE, P2325), insp(BE, P2122), insp(CH, P2325), insp(CH, P2122),
     insp(AS, P2325), insp(AS, P2122)],
    grades(BE, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, A), (WORK, G)])
    + grades(BE, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, A),
                         (WORK, G), (LFM, G)])
    + grades(CH, P2325, [(PREV, O), (RESP, A), (MOS, G)])
    + grades(CH, P2122, [(PREV, G), (RESP, G), (MOS, G)])
    + grades(AS, P2325, [(PPT, O), (INV, RI), (PVP, A)])
    + grades(AS, P2122, [(PPT, G), (INV, A)]),
    people=[person("Trevor Rodenhurst", "chief-constable", BE, "Chief Constable")],
    also={"judgements": grades(AS, P2122, [(PVP, A)])},
    notes=[
        "Bedfordshire: a table with 2021/22 and 2023-25 columns and arrow symbols; leadership's "
        "2021/22 cell is '\u2013*' (not a graded area): nothing. The 'Average score' row gives "
        "numbers, not grades; the key that names all five grades gives nothing.",
        "Cheshire, in prose: 'improved in three areas and declined in one' is a count; 'now graded "
        "outstanding, up from good' (preventing crime), 'falling from good to adequate' "
        "(responding), 'remained good' (managing offenders) give both periods.",
        "Avon and Somerset, in arrow bullets: 'Outstanding (was Good)', 'Requires improvement (was "
        "Adequate)'; 'Adequate, no change' names no 2021/22 grade word, so 2021/22 "
        "protecting-vulnerable Adequate is in also_acceptable. 'crime data work has also "
        "improved ... not graded' gives nothing.",
        "Inspectorate: HMICFRS is named only in the footer as the source of all grades, and "
        "'the inspectorate' elsewhere; no inspection names its inspectorate, so all are null.",
        "Genre: a third-party blog comparing several forces -> national-release.",
    ]))

# nu05 -- Police Federation branch news (TXT), Lincolnshire 2018/19 vs 2017 ---------------
F, NO = "Lincolnshire Police", "Nottinghamshire Police"
GOLDS.append(gold(
    "nu05.txt", "press-release", [F, NO], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFF), insp(F, "2017", EFC)],
    grades(F, P1819, [(PREV, G), (INV, RI), (PVP, RI), (SOC, G), (RES, G), (FUT, RI),
                      (FTP, G), (ELW, G), (FTW, G)])
    + grades(F, "2017", [(PREV, RI), (None, RI)], pillar=EFF)
    + grades(F, "2017", [(FUT, G)], pillar=EFC),
    people=[
        person("Hannah Lockwood-Reeve", "inspector", HF, "HM Inspector of Constabulary"),
        person("Bill Skelly", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(NO, P1819)],
        "judgements": grades(F, P1819, [(None, RI)], pillar=EFF)
        + grades(F, P1819, [(None, G)], pillar=EFC)
        + grades(F, P1819, [(None, G)], pillar=LEG)
        + grades(F, "2017", [(INV, RI)], pillar=EFF)
        + grades(NO, P1819, [(None, G)], pillar=EFF),
    },
    notes=[
        "A Federation branch news post on the 2018/19 integrated PEEL report. The nine bullets "
        "are 2018/19 question grades (pillar PEEL, dev12): 'meeting current demands and using "
        "its resources' -> using-resources.",
        "2017: 'up from requires improvement in 2017' -> 2017 Effectiveness preventing-crime RI; "
        "'down from good in 2017' -> 2017 Efficiency planning-future Good; 'the same overall "
        "grade ... in 2017, when it was also judged to require improvement' -> 2017 "
        "Effectiveness overall RI (the grade word is stated, as dev03).",
        "'no change since 2017' for investigating crime names no 2017 grade word: "
        "also_acceptable. 'which has slipped since the 2017 inspection' (protecting vulnerable "
        "people) gives a direction only: no 2017 grade.",
        "'rated requires improvement for effectiveness and good for both efficiency and "
        "legitimacy' are 2018/19 pillar grades: also_acceptable (common brief). Nottinghamshire "
        "Police 'rated good for effectiveness' in the same batch is also a 2018/19 pillar grade: "
        "also_acceptable, with its inspection.",
        "Traps: the Chief Constable wants 'to be judged good for effectiveness next time' "
        "(target). The branch secretary is not a person fact. Only the 2018/19 report names "
        "HMICFRS; the 2017 inspections have no inspectorate.",
    ]))

# nu06 -- police and crime panel paper (PDF), Gwent 2017 vs 2016 ---------------------------
F, SW = "Gwent Police", "South Wales Police"
GOLDS.append(gold(
    "nu06.pdf", "response-record",
    [F, SW, "Dyfed-Powys Police", "North Wales Police"], [H, HF],
    [insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2016", EFF, H),
     insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(SW, "2017", LEG)],
    grades(F, "2016", [(None, RI), (DEM, G), (RES, RI), (FUT, RI)], pillar=EFC)
    + grades(F, "2016", [(None, G), (FTP, G), (ELW, RI), (FTW, G)], pillar=LEG)
    + grades(F, "2016", [(None, G)], pillar=EFF)
    + grades(F, "2017", [(None, G), (DEM, G), (RES, G), (FUT, RI)], pillar=EFC)
    + grades(F, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, G)], pillar=LEG)
    + grades(SW, "2017", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, "2017", None,
             "The force should develop its understanding of the skills and capabilities of its "
             "workforce, so that it can plan for the skills it will need in future.", True, EFC),
        stmt(F, "2017", None,
             "The force should set out clearly how its planned investment in mobile technology "
             "will release officer time, and how it will measure the benefits.", False, EFC),
    ],
    people=[
        person("Jeff Cuthbert", "commissioner", F, "Police and Crime Commissioner"),
        person("Julian Williams", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(SW, "2016", LEG)],
        "judgements": grades(SW, "2016", [(None, G)], pillar=LEG),
    },
    notes=[
        "Direction-of-travel table: pillar rows and question rows, a 2016 (HMIC) column, a 2017 "
        "(HMICFRS) column and arrows. The column headings give each inspection's inspectorate.",
        "Effectiveness 2017 'Not re-inspected; 2016 judgment carried forward' gives no 2017 "
        "judgement; the 2016 effectiveness grade (Good) is a judgement.",
        "'South Wales Police was again rated good for legitimacy in 2017' -> South Wales 2017 "
        "Legitimacy Good; 'again' names no earlier period, so 2016 is also_acceptable only. "
        "'Dyfed-Powys Police moved up a grade for efficiency' has no grade: forces only.",
        "The two AFIs sit under 'Areas for improvement (efficiency 2017)', a section with no "
        "question, so question null. AFI 1 has a force response (true); AFI 2's response is "
        "'Not yet received' (false).",
        "'plans to reach a good grade for planning for the future' is a target. Genre: a panel "
        "report with force responses -> response-record.",
    ]))

# nu07 -- chief constable's report to the PCC's board (DOCX), North Yorkshire 2015 vs 2014 -
F, WY = "North Yorkshire Police", "West Yorkshire Police"
GOLDS.append(gold(
    "nu07.docx", "response-record",
    [F, WY, "Cleveland Police", "Durham Constabulary"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", LEG, H),
     insp(F, "2014", EFC, H), insp(WY, "2015", EFC)],
    grades(F, "2015", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, G)], pillar=LEG)
    + grades(F, "2014", [(None, RI)], pillar=EFC)
    + grades(WY, "2015", [(None, G)], pillar=EFC),
    afis=[stmt(F, "2015", PVP,
               "The force should ensure that its officers and staff identify repeat and "
               "vulnerable victims at the first point of contact, and that this information is "
               "passed to those who attend.", True, EFF)],
    people=[
        person("Julia Mulligan", "commissioner", F, "Commissioner"),
        person("Mike Cunningham", "inspector", H, "HM Inspector of Constabulary"),
        person("Dave Jones", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, "2014", EFF, H)],
        "judgements": grades(F, "2014", [(None, G)], pillar=EFF),
    },
    notes=[
        "Table 1 gives PEEL 2015 pillar grades and a 'Change since 2014' column. 'Up from "
        "requires improvement' (and 2.1's 'previously requires improvement, ... now judged good') "
        "-> 2014 Efficiency RI. 'The same grade as in 2014' names no 2014 grade word: 2014 "
        "Effectiveness Good is also_acceptable. 'Not graded in 2014' and Leadership 'Not graded' "
        "give nothing.",
        "The four effectiveness bullets are 2015 question grades; 2015 keys preventing-crime, "
        "investigating-crime, protecting-vulnerable, serious-organised-crime.",
        "The AFI comes from 'the protecting vulnerable people report' -> protecting-vulnerable; "
        "it has an 'Update:' (true).",
        "'West Yorkshire Police also rose to good for efficiency this year' -> West Yorkshire 2015 "
        "Efficiency Good (its earlier grade is not given). Cleveland and Durham 'have both improved' "
        "with no grade: forces only.",
        "'Our ambition for 2016 is an outstanding grade for efficiency' is a target. People: "
        "'Commissioner Julia Mulligan' (title as written), HMI Mike Cunningham, and Dave Jones QPM "
        "signing as Chief Constable (post-nominals are not part of the title). Header/footer are "
        "not body text.",
    ]))

# nu08 -- CSV comparison, three eastern forces ---------------------------------------------
NF, SF, CB = "Norfolk Constabulary", "Suffolk Constabulary", "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "nu08.csv", "national-release", [NF, SF, CB], [HF],
    [insp(NF, P2122, inspectorate=HF), insp(NF, P2325, inspectorate=HF),
     insp(SF, P2122, inspectorate=HF), insp(SF, P2325, inspectorate=HF),
     insp(CB, P2122, inspectorate=HF), insp(CB, P2325, inspectorate=HF)],
    grades(NF, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G)])
    + grades(NF, P2325, [(PPT, G), (PREV, O), (RESP, A), (INV, A), (PVP, RI)])
    + grades(SF, P2122, [(PREV, O), (RESP, A), (INV, RI), (MOS, G)])
    + grades(SF, P2325, [(PREV, G), (RESP, G), (INV, A)])
    + grades(CB, P2122, [(RESP, RI), (INV, A), (PVP, A)])
    + grades(CB, P2325, [(LFM, G), (RESP, RI), (INV, G), (PVP, A)]),
    notes=[
        "Long format: one row per force and area with grade_2021_22, grade_2023_25 and a numeric "
        "change column (+1, 0, -2, n/a). The change column adds nothing beyond the two grades.",
        "target_2025_29 is 'the force's own ambition, not an inspection grade' (trailing note): "
        "no facts.",
        "Suffolk managing offenders 2023-25 'not yet published' and Cambridgeshire leadership "
        "2021/22 'n/a' give nothing. The trailing note names HMICFRS as the source, so the "
        "inspections are HMICFRS; its list of the five grades is a key.",
        "Genre: a third-party data table -> national-release.",
    ]))

# nu09 -- PCC transparency page (Markdown), Cleveland 2016 to 2023-25 ---------------------
F, DU = "Cleveland Police", "Durham Constabulary"
GOLDS.append(gold(
    "nu09.md", "national-release", [F, DU], [H, HF],
    [insp(F, "2016", EFF, H), insp(F, "2016", LEG, H), insp(F, "2017", LEG, HF),
     insp(F, P1819, inspectorate=HF), insp(F, P2122), insp(F, P2325),
     insp(DU, "2016", EFF)],
    grades(F, "2016", [(None, G)], pillar=EFF)
    + grades(F, "2016", [(None, G)], pillar=LEG)
    + grades(F, "2017", [(None, RI)], pillar=LEG)
    + grades(F, P1819, [(None, I)])
    + grades(F, P2122, [(PPT, A), (PREV, RI), (RESP, I), (INV, RI), (PVP, RI), (MOS, A),
                        (WORK, RI), (LFM, I)])
    + grades(F, P2325, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, A),
                        (WORK, A), (LFM, A)])
    + grades(DU, "2016", [(None, O)], pillar=EFF),
    people=[
        person("Phil Gormley", "inspector", HF, "HM Inspector of Constabulary"),
        person("Michelle Skeer", "inspector", HF, "HM Inspector of Constabulary"),
        person("Mark Webster", "chief-constable", F, "Chief Constable"),
        person("Steve Turner", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": grades(F, P1819, [(None, I)], pillar=EFF)
          + grades(F, P1819, [(None, I)], pillar=EFC)
          + grades(F, P1819, [(None, I)], pillar=LEG)},
    notes=[
        "A PCC's transparency page in Markdown. 2016: Effectiveness Good (bold label); 'Legitimacy "
        "2017: Requires improvement, down from good in 2016' -> 2017 and 2016 Legitimacy. 'The "
        "2016 inspections were carried out by HMIC' -> HMIC for both 2016 inspections; the 2017 "
        "bullet names HMICFRS.",
        "2018/19: 'rated inadequate overall' -> PEEL 2018/19 judgement (question null). "
        "'inadequate for effectiveness, efficiency and legitimacy' are pillar grades: "
        "also_acceptable (common brief). 'Effectiveness had fallen from good in 2016' repeats the "
        "2016 grade.",
        "The area table gives 2021/22 and 2023-25 with a Change column ('up one', 'up two "
        "grades', 'no change'); both grade columns give judgements. 'Workforce' -> workforce; "
        "'Inadequate (as \"good use of resources\")' -> 2021/22 leadership-management Inadequate. "
        "The table rows name no inspectorate, so null.",
        "Durham Constabulary 'the only force in the country rated outstanding for effectiveness "
        "that year' (2016) -> another force's grade in passing; no inspectorate named for it.",
        "Traps: 'investigation standards have improved further, though there has been no new "
        "grade'; the Chief Constable's 'next goal is a good grade for responding' (target); "
        "Cleveland Fire Brigade's 'good' (fire); the unnamed Tees Valley mayor is absent.",
        "Genre: a third-party (PCC) listing of grades over time -> national-release.",
    ]))

# nu10 -- local radio bulletin (TXT), efficiency 2017 vs 2016, five forces ------------------
DE, ST, LE, NT, NH = ("Derbyshire Constabulary", "Staffordshire Police", "Leicestershire Police",
                      "Nottinghamshire Police", "Northamptonshire Police")
GOLDS.append(gold(
    "nu10.txt", "national-release", [DE, ST, LE, NT, NH, "Lincolnshire Police"], [HF],
    [insp(DE, "2017", EFC, HF), insp(DE, "2016", EFC), insp(ST, "2017", EFC, HF),
     insp(LE, "2017", EFC, HF), insp(LE, "2016", EFC), insp(NT, "2017", EFC, HF),
     insp(NT, "2016", EFC), insp(NH, "2017", EFC, HF)],
    grades(DE, "2017", [(None, G)], pillar=EFC) + grades(DE, "2016", [(None, G)], pillar=EFC)
    + grades(ST, "2017", [(None, G)], pillar=EFC)
    + grades(LE, "2017", [(None, RI), (FUT, RI)], pillar=EFC)
    + grades(LE, "2016", [(None, G)], pillar=EFC)
    + grades(NT, "2017", [(None, G)], pillar=EFC) + grades(NT, "2016", [(None, RI)], pillar=EFC)
    + grades(NH, "2017", [(None, RI)], pillar=EFC),
    people=[person("Helen Marsh", "chief-constable", ST, "Deputy Chief Constable", "deputy")],
    also={
        "inspections": [insp(ST, "2016", EFC)],
        "judgements": grades(ST, "2016", [(None, G)], pillar=EFC),
    },
    notes=[
        "A radio news bulletin on PEEL efficiency 2017 (published 9 November 2017 by HMICFRS), "
        "listed ':: Force - grade' with 'last year's grade where it has changed'.",
        "Derbyshire 'good (2016: good)' gives both years. Leicestershire 'down from good in "
        "2016'; Nottinghamshire 'up from requires improvement' -> 2016 (the list's lead-in says "
        "the earlier grade is last year's). Leicestershire 'judged to require improvement at "
        "planning for the future' -> planning-future.",
        "Staffordshire 'good, the same as last time' names no 2016 grade word: 2016 in "
        "also_acceptable, as is the DCC's 'judged good again'.",
        "Traps: Northamptonshire 'aiming for a good grade next year' (target); Lincolnshire "
        "'has improved' with no grade and no report (forces only); the legitimacy and "
        "effectiveness reports still to come. The 2016 inspections name no inspectorate.",
        "Genre: a regional round-up of several forces -> national-release.",
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
