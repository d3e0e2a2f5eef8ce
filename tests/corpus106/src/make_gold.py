"""Write gold/mz01.json ... gold/mz10.json for corpus106 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"

WM, WA = "West Mercia Police", "Warwickshire Police"
NF, SF = "Norfolk Constabulary", "Suffolk Constabulary"
DC, DO = "Devon and Cornwall Police", "Dorset Police"
KE, ES = "Kent Police", "Essex Police"
CH, NW = "Cheshire Constabulary", "North Wales Police"
GW, SW, DP = "Gwent Police", "South Wales Police", "Dyfed-Powys Police"
DE, LE, LI, NH, NO = ("Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
                      "Northamptonshire Police", "Nottinghamshire Police")
NY = "North Yorkshire Police"


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


GOLDS = []

# mz01 -- BBC-style news, West Mercia and Warwickshire, PEEL 2018/19 (+ West Mercia 2016) ---------
P = "2018/19"
GOLDS.append(gold(
    "mz01.html", "press-release", [WM, WA, "Staffordshire Police", "West Midlands Police"], [HF, H],
    [insp(WM, P, inspectorate=HF), insp(WA, P, inspectorate=HF),
     insp(WM, "2016", "Effectiveness", H), insp(WM, "2016", "Efficiency", H),
     insp(WM, "2016", "Legitimacy", H)],
    grades(WM, P, [(PREV, G), (SOC, G), (PVP, RI), (PF, I)])
    + grades(WA, P, [(PF, I)])
    + grades(WM, "2016", [(None, G)], "Effectiveness")
    + grades(WM, "2016", [(None, G)], "Efficiency")
    + grades(WM, "2016", [(None, G)], "Legitimacy"),
    coc=[stmt(WM, P, None,
              "The force cannot yet show that it will be able to provide the full range of services "
              "to the public when its alliance with Warwickshire Police comes to an end, and it has "
              "not carried out a thorough assessment of the skills its workforce will need.")],
    people=[
        person("Wendy Williams", "inspector", HF, "HM Inspector of Constabulary"),
        person("Anthony Bangham", "chief-constable", WM, "Chief Constable"),
        person("John Campion", "commissioner", WM, "Police and Crime Commissioner"),
        person("Martin Jelley", "chief-constable", WA, "Chief Constable"),
        person("Philip Seccombe", "commissioner", WA, "Police and Crime Commissioner"),
    ],
    also={"judgements":
          grades(WM, P, [(None, RI)], "Effectiveness") + grades(WM, P, [(None, RI)], "Efficiency")
          + grades(WM, P, [(None, RI)], "Legitimacy")
          + grades(WA, P, [(None, G)], "Effectiveness") + grades(WA, P, [(None, RI)], "Efficiency")
          + grades(WA, P, [(None, G)], "Legitimacy")},
    notes=[
        "2018/19 follows dev12: question grades have pillar PEEL; whole-pillar grades (West Mercia RI x3; "
        "Warwickshire effectiveness good, legitimacy good, efficiency RI) are in also_acceptable. "
        "'inadequate at planning for the future' for both forces -> planning-future. 'good at preventing crime "
        "and tackling anti-social behaviour' -> preventing-crime; 'serious and organised crime, which was also "
        "graded good' -> serious-organised-crime; 'requires improvement in how it protects vulnerable people' "
        "-> protecting-vulnerable. 'needs to improve ... investigations' has no grade word.",
        "One cause of concern is quoted for West Mercia. Warwickshire's is said to be 'identical except that it "
        "refers to its alliance with West Mercia Police', but its full text is never shown, so it cannot be a "
        "statement fact (text must be as the document shows it). The article names no question, so question is null.",
        "West Mercia 2016: 'In its 2016 assessment, HMIC ... judged the force good for effectiveness, good for "
        "efficiency and good for legitimacy' gives three pillar judgements, with inspectorate HMIC (named for them).",
        "Staffordshire and West Midlands are named in passing as other forces (in forces, nothing else). "
        "Assistant Chief Constable Rob Carthew is not a person fact. Commissioner titles are title-first "
        "('Police and Crime Commissioner John Campion'; 'Warwickshire's Police and Crime Commissioner, Philip Seccombe').",
        "Genre: a news article about two forces; press-release is the nearest genre (unsure).",
    ]))

# mz02 -- Alliance JASC paper (PDF), Warwickshire + West Mercia, Legitimacy 2016 (+2015) -----------
P, L = "2016", "Legitimacy"
GOLDS.append(gold(
    "mz02.pdf", "response-record", [WA, WM], [H],
    [insp(WA, P, L, H), insp(WM, P, L, H), insp(WA, "2015", L), insp(WM, "2015", L)],
    grades(WA, P, [(None, G), (FTP, G), (ELW, G), (FTW, G)], L)
    + grades(WM, P, [(None, G), (FTP, G), (ELW, RI), (FTW, G)], L)
    + grades(WA, "2015", [(None, G)], L) + grades(WM, "2015", [(None, RI)], L),
    afis=[
        stmt(WA, P, ELW, "The force should make sure that it has sufficient capacity in its counter-corruption "
             "unit to assess and act on intelligence about corruption promptly.", True, L),
        stmt(WM, P, ELW, "The force should make sure that it has sufficient capacity in its counter-corruption "
             "unit to assess and act on intelligence about corruption promptly.", True, L),
        stmt(WM, P, ELW, "The force should ensure that all officers and staff have received at least the level "
             "of vetting required for their post, and that vetting is renewed when it expires.", True, L),
        stmt(WA, P, FTW, "The force should improve how it communicates the outcome of grievances to the members "
             "of the workforce who raised them.", True, L),
        stmt(WM, P, FTW, "The force should improve how it communicates the outcome of grievances to the members "
             "of the workforce who raised them.", True, L),
        stmt(WA, P, FTP, "The force should monitor the use of force by its officers, including the reasons for it "
             "and any disproportionality, and publish the findings.", False, L),
        stmt(WM, P, FTP, "The force should monitor the use of force by its officers, including the reasons for it "
             "and any disproportionality, and publish the findings.", False, L),
        stmt(WA, P, FTP, "The force should seek feedback from the public on how fairly it uses stop and search, "
             "including from the groups most likely to be stopped.", True, L),
    ],
    people=[
        person("Wendy Williams", "inspector", H, "Her Majesty's Inspector of Constabulary"),
        person("Martin Jelley", "chief-constable", WA, "Chief Constable of Warwickshire Police"),
        person("Anthony Bangham", "chief-constable", WM, "Chief Constable of West Mercia Police"),
    ],
    also={"people": [person("Neil Corrie", "chief-constable", WM, "Deputy Chief Constable", "deputy")]},
    notes=[
        "WP = Warwickshire Police and WMP = West Mercia Police, as the paper's abbreviation list defines. "
        "In forces.csv 'WMP' is an alias of West Midlands Police, which is not named here (trap).",
        "The side-by-side table gives 2016 overall and question grades for both forces and a 2015 overall grade "
        "for each ('–' elsewhere). The 2015 columns are not said to be HMIC's in so many words, so those "
        "inspections have inspectorate null; the 2016 ones are HMIC's ('HMIC's 2016 legitimacy inspection').",
        "AFIs whose 'Applies to' cell is 'WP and WMP' are one fact per force (same text). Questions follow HMIC's "
        "2016 legitimacy structure: counter-corruption and vetting -> ethical-lawful-workforce; grievances -> "
        "fair-treatment-workforce; use of force and stop and search -> fair-treatment-public. L4's progress "
        "cell is 'Update to follow at the June meeting.', so has_force_update is false.",
        "Section 5 'Recommendation' is the committee's own recommendation, not a PEEL recommendation. "
        "'good practice' is a distractor.",
        "Deputy Chief Constable Neil Corrie is the 'alliance lead': the paper does not say which force employs "
        "him, so he is only in also_acceptable (as West Mercia). Names that follow a name keep the full title.",
    ]))

# mz03 -- Norfolk + Suffolk joint PCC response (DOCX), Efficiency 2017 (+2016) ----------------------
P, E = "2017", "Efficiency"
SHARED = ("The constabulary should work with Norfolk Constabulary or Suffolk Constabulary, as appropriate, "
          "to make sure that the benefits of its shared ICT programme are measured and reported.")
GOLDS.append(gold(
    "mz03.docx", "response-record", [NF, SF, "Cambridgeshire Constabulary"], [HF, H],
    [insp(NF, P, E, HF), insp(SF, P, E, HF), insp(NF, "2016", E, H), insp(SF, "2016", E, H)],
    grades(NF, P, [(None, G), (UD, O), (UR, G), (PF, G)], E)
    + grades(SF, P, [(None, G), (UD, G), (UR, G), (PF, G)], E)
    + grades(NF, "2016", [(None, G)], E) + grades(SF, "2016", [(None, G)], E),
    afis=[
        stmt(NF, P, None, "The constabulary should extend the work it has done to understand the leadership "
             "skills of its police officers so that it also covers its police staff.", True, E),
        stmt(SF, P, None, "The constabulary should put in place clearer processes and governance for the "
             "allocation of crime, so that it understands how its response to crime affects its ability to meet "
             "current and future demand.", True, E),
        stmt(NF, P, None, SHARED, False, E),
        stmt(SF, P, None, SHARED, False, E),
    ],
    people=[
        person("Lorne Green", "commissioner", NF, "Police and Crime Commissioner for Norfolk"),
        person("Tim Passmore", "commissioner", SF, "Police and Crime Commissioner for Suffolk"),
        person("Simon Bailey", "chief-constable", NF, "Chief Constable of Norfolk Constabulary"),
        person("Gareth Wilson", "chief-constable", SF, "Chief Constable of Suffolk Constabulary"),
        person("Steve Jupp", "chief-constable", SF, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The table has a column per force. The first row 'Overall: ...' is the pillar grade (question null); "
        "the three question rows map to understanding-demand, using-resources and planning-future.",
        "'When HMIC last inspected efficiency, in 2016, both constabularies were judged good overall' gives a "
        "2016 Efficiency judgement for each force, inspectorate HMIC. The 2017 reports are HMICFRS's (named).",
        "AFIs sit under force headings, not question headings, so question is null. The AFI 'Both forces' "
        "appears word for word in both reports: one fact per force; it has only a commissioners' note that they "
        "will seek an update, so has_force_update is false. The other two have a 'Chief Constable's response:'.",
        "Norfolk Fire and Rescue Service is not a police force (distractor). Cambridgeshire Constabulary is named in "
        "passing. The header and footer are not body text.",
    ]))

# mz04 -- HMICFRS East Midlands regional SOC inspection (PDF), PEEL 2021/22 -----------------------
P = "2021/22"
FIVE = [DE, LE, LI, NH, NO]
COC_TXT = ("The five forces and EMSOU have not agreed a stable, long-term funding arrangement for the unit, and "
           "this limits its ability to plan and to recruit the specialist staff it needs.")
REC_TXT = ("By 30 September 2023, the chief constables of the five East Midlands forces should agree a funding "
           "settlement for EMSOU that covers at least three years.")
GOLDS.append(gold(
    "mz04.pdf", "peel-report-2021", FIVE, [HF],
    [insp(f, P, inspectorate=HF) for f in FIVE] + [insp(NO, "2016", "Effectiveness")],
    grades(DE, P, [(SOC, A)]) + grades(LE, P, [(SOC, G)]) + grades(LI, P, [(SOC, RI)])
    + grades(NH, P, [(SOC, A)]) + grades(NO, P, [(SOC, A)])
    + grades(NO, "2016", [(SOC, G)], "Effectiveness"),
    afis=[
        stmt(DE, P, SOC, "The constabulary should make sure that neighbourhood officers understand how to "
             "recognise and report intelligence about serious and organised crime in their areas."),
        stmt(LI, P, SOC, "The force should make sure that every organised crime group it is actively managing "
             "has a lead responsible officer with the time and training to manage it."),
        stmt(LI, P, SOC, "The force should increase its analytical capacity so that it can build a more complete "
             "picture of serious and organised crime in Lincolnshire."),
        stmt(NH, P, SOC, "The force should evaluate the effect of its disruption activity against organised crime "
             "groups so that it knows which tactics work best."),
        stmt(NO, P, SOC, "The force should work with partner organisations to develop a plan to prevent people "
             "from being drawn into serious and organised crime, particularly through county lines."),
    ],
    people=[person("Rowan Pellew", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    also={"causes_of_concern": [stmt(f, P, SOC, COC_TXT) for f in FIVE],
          "recommendations": [stmt(f, P, SOC, REC_TXT) for f in FIVE]},
    notes=[
        "A regional report: each force gets one graded judgement for tackling serious and organised crime, "
        "which the report says forms part of the force's PEEL 2021/22 assessment (question "
        "serious-organised-crime). EMSOU, the ROCU, is graded inadequate but is not a force: no fact. "
        "The publication date (March 2023) is not the period.",
        "The regional cause of concern and its recommendation are addressed to the five forces and EMSOU "
        "jointly ('the chief constables of the five East Midlands forces'); the report says the region is "
        "not graded. They are in also_acceptable, once per force.",
        "Nottinghamshire: 'In our 2016 effectiveness inspection we judged the force good at tackling serious "
        "and organised crime' gives a 2016 Effectiveness question judgement. 'our' is HMICFRS writing in 2023, "
        "but HMIC did the 2016 inspection, so the inspectorate is left null.",
        "'Innovative practice' and 'good practice' are distractors; the National Crime Agency is not a force.",
    ]))

# mz05 -- ITV Wales news (HTML), Welsh forces, Effectiveness 2015 ---------------------------------
P, EF = "2015", "Effectiveness"
GOOD_LIST = [CH, DO, "Hertfordshire Constabulary", KE]
GOLDS.append(gold(
    "mz05.html", "press-release", [DP, NW, SW, GW] + GOOD_LIST, [H],
    [insp(f, P, EF, H) for f in [DP, NW, SW, GW]] + [insp(f, P, EF) for f in GOOD_LIST],
    grades(DP, P, [(None, RI), (SOC, G), (PVP, I)], EF)
    + grades(NW, P, [(None, RI), (INV, RI), (PREV, G)], EF)
    + grades(SW, P, [(None, G)], EF) + grades(GW, P, [(None, G)], EF)
    + [j for f in GOOD_LIST for j in grades(f, P, [(None, G)], EF)],
    people=[
        person("Winston Roddick", "commissioner", NW, "Police and Crime Commissioner"),
        person("Simon Prince", "chief-constable", DP, "Chief Constable"),
    ],
    also={"inspections": [insp(GW, "2014", EF)],
          "judgements": grades(GW, "2014", [(PREV, RI)], EF)},
    notes=[
        "Published 18 February 2016 but about HMIC's 2015 effectiveness assessment ('PEEL effectiveness "
        "assessment for 2015'): period 2015.",
        "'requires improvement in the way it investigates crime and manages offenders' -> investigating-crime RI; "
        "'good at preventing crime and anti-social behaviour' -> preventing-crime Good (North Wales). "
        "Dyfed-Powys ('Heddlu Dyfed-Powys'): serious and organised crime good; vulnerable people inadequate.",
        "'South Wales Police was judged good in every area it was assessed on' names no areas: only the overall "
        "grade. The sidebar list 'Forces rated good for effectiveness in 2015 included' gives an overall "
        "judgement for each listed force; those inspections have no inspectorate stated for them (null). "
        "'18 forces ... one was rated inadequate' and 'No force in Wales was rated outstanding' give nothing.",
        "Gwent 'was told in 2014 that it required improvement in reducing crime': the 2014 assessment's "
        "'reducing crime and preventing offending' maps only loosely to preventing-crime, so also_acceptable.",
        "'North Wales Police and Crime Commissioner Winston Roddick' is title-first: title 'Police and Crime "
        "Commissioner'. Genre: news; press-release is the nearest (unsure).",
    ]))

# mz06 -- Alliance briefing to panels (Markdown), D&C + Dorset, Legitimacy 2017 (+2016) -----------
P, L = "2017", "Legitimacy"
VET = ("The force should make sure that it has enough resources in its vetting unit to clear the backlog of "
       "vetting renewals and to vet new recruits without delay.")
GOLDS.append(gold(
    "mz06.md", "response-record", [DC, DO, "Avon and Somerset Constabulary"], [HF],
    [insp(DC, P, L, HF), insp(DO, P, L, HF), insp(DC, "2016", L)],
    grades(DC, P, [(None, G), (FTP, G), (ELW, G), (FTW, RI)], L)
    + grades(DO, P, [(None, G), (FTP, G), (ELW, G), (FTW, G)], L)
    + grades(DC, "2016", [(None, G)], L),
    afis=[
        stmt(DC, P, ELW, VET, True, L),
        stmt(DO, P, ELW, VET, True, L),
        stmt(DC, P, FTW, "The force should improve how it selects officers and staff for promotion and development, "
             "so that the workforce sees the process as fair and open.", True, L),
        stmt(DC, P, FTW, "The force should make sure that supervisors hold regular and meaningful performance and "
             "development conversations with all officers and staff.", False, L),
        stmt(DO, P, FTP, "The force should improve how it monitors the use of force by its officers, so that it "
             "can identify patterns and any disproportionality.", True, L),
    ],
    people=[
        person("Alison Hernandez", "commissioner", DC,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        person("Martyn Underhill", "commissioner", DO, "Dorset Police and Crime Commissioner"),
        person("Shaun Sawyer", "chief-constable", DC, "Chief Constable"),
        person("James Vaughan", "chief-constable", DO, "Chief Constable"),
    ],
    also={"inspections": [insp(DO, "2016", L)], "judgements": grades(DO, "2016", [(None, G)], L)},
    notes=[
        "'D&C' is Devon and Cornwall Police (the full name is in the subtitle). The table has a column per force.",
        "'D&C was also judged good for legitimacy in 2016' gives a 2016 judgement; no inspectorate is named for "
        "it. 'Dorset's overall grade was the same as last year' states no grade word for 2016: also_acceptable.",
        "The vetting AFI is given to both forces ('the same area for improvement to each force'): one fact per "
        "force, each with the 'Alliance update'. D&C's second AFI has no update. Questions follow the 2017 "
        "legitimacy structure (vetting -> ethical-lawful-workforce; promotion and supervision -> "
        "fair-treatment-workforce; use of force -> fair-treatment-public).",
        "Dorset & Wiltshire Fire and Rescue Service is not a police force, so Wiltshire Police is not listed. "
        "Avon and Somerset is named in passing. 'good practice' is a distractor.",
    ]))

# mz07 -- collaboration tracker (CSV), Cheshire + North Wales, PEEL 2021/22 -----------------------
P = "2021/22"
APA = ("The force should make sure that its firearms commanders record the rationale for every decision to "
       "deploy, or not to deploy, armed officers.")
GOLDS.append(gold(
    "mz07.csv", "response-record", [CH, NW], [HF],
    [insp(CH, P, inspectorate=HF), insp(NW, P, inspectorate=HF)],
    grades(CH, P, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, G), (CDI, G)])
    + grades(NW, P, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A),
                     (CDI, A)]),
    afis=[
        stmt(CH, P, RESP, APA, True),
        stmt(NW, P, RESP, APA, True),
        stmt(NW, P, INV, "The force should make sure that investigations are supervised effectively and that "
             "supervisors record clear direction on each case.", True),
        stmt(NW, P, CDI, "The force should improve how accurately it records crimes reported as part of incidents "
             "of anti-social behaviour.", False),
        stmt(CH, P, INV, "The constabulary should reduce the time it takes to examine digital devices, so that "
             "investigations are not delayed.", True),
    ],
    notes=[
        "Force column values 'Cheshire', 'North Wales' and 'Both'. A 'Both' AFI row is one fact per force; the "
        "'Both ... Victim service assessment ... Not graded' row gives nothing.",
        "2021/22 area names: 'Treatment of the public' -> treatment-of-public; 'Developing a positive workplace' "
        "-> workforce; 'Good use of resources' -> leadership-management (its 'Good' is part of the name); "
        "'Recording data about crime' -> crime-recording.",
        "has_force_update is true where the 'Latest update' cell has text; NWP-05's is empty.",
        "The inspectorate is named in the closing Note row. check_gold cannot find statements inside CSV cells "
        "(it wants a space before and after each), so it was run on a tab-separated copy; see README.",
    ]))

# mz08 -- Kent + Essex SCD board paper (DOCX), Effectiveness 2016 (+2015) --------------------------
EF = "Effectiveness"
BOTH = ("The force should make sure that it uses the full range of powers and partnership tactics to manage "
        "organised criminals over the long term, including after they are released from prison.")
GOLDS.append(gold(
    "mz08.docx", "response-record",
    [KE, ES, "Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], [H],
    [insp(KE, "2016", EF, H), insp(ES, "2016", EF, H), insp(KE, "2015", EF), insp(ES, "2015", EF)],
    grades(KE, "2016", [(None, G), (PREV, G), (INV, G), (PVP, G), (SOC, G)], EF)
    + grades(KE, "2015", [(None, G), (PREV, G), (INV, G), (PVP, G), (SOC, G)], EF)
    + grades(ES, "2016", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], EF)
    + grades(ES, "2015", [(None, RI), (PREV, G), (INV, RI), (PVP, I), (SOC, G)], EF),
    afis=[
        stmt(KE, "2016", SOC, "Kent Police should improve its understanding of the threat posed by organised crime "
             "groups involved in cyber-crime, including through greater use of partner data.", True, EF),
        stmt(ES, "2016", SOC, "Essex Police should ensure that local neighbourhood teams are routinely briefed on "
             "the organised crime groups in their areas and contribute intelligence about them.", True, EF),
        stmt(KE, "2016", SOC, BOTH, True, EF),
        stmt(ES, "2016", SOC, BOTH, True, EF),
    ],
    people=[
        person("Alan Pughsley", "chief-constable", KE, "Chief Constable of Kent Police"),
        person("Stephen Kavanagh", "chief-constable", ES, "Chief Constable of Essex Police"),
        person("Matthew Scott", "commissioner", KE, "Kent Police and Crime Commissioner"),
        person("Roger Hirst", "commissioner", ES, "Police and Crime Commissioner for Essex"),
    ],
    notes=[
        "Table 1 has four grade columns: Kent 2016, Kent 2015, Essex 2016, Essex 2015 (two periods per force). "
        "Specialist capabilities is 'Ungraded'/'n/a': nothing. The 2016 reports are HMIC's (named); the 2015 "
        "columns are 'last year's' with no inspectorate stated for them (null).",
        "The paper is about serious and organised crime, so its AFIs take serious-organised-crime. The third AFI "
        "appears in both reports: one fact per force, each with its 'SCD update:' (the joint directorate run by "
        "both forces), so has_force_update is true.",
        "'Essex ... remains requires improvement overall' repeats the table. ERSOU's member forces (Bedfordshire, "
        "Cambridgeshire, Hertfordshire) are named in passing. 'good practice' and the decision at section 5 "
        "are distractors. The Word header and the meta table's unnamed DCS are not facts.",
    ]))

# mz09 -- Lincolnshire PCC report to panel with MSG comparison (TXT), PEEL 2023-25 ----------------
P = "2023-25"
GOLDS.append(gold(
    "mz09.txt", "response-record",
    [LI, NF, SF, WM, NY, "Devon and Cornwall Police", "Wiltshire Police"], [HF],
    [insp(LI, P, inspectorate=HF), insp(NF, P), insp(WM, P), insp(NY, P), insp(SF, "2021/22")],
    grades(LI, P, [(PPT, G), (PREV, A), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G)])
    + grades(NF, P, [(RESP, G), (INV, A), (PVP, G)])
    + grades(WM, P, [(RESP, RI), (INV, RI), (PVP, A)])
    + grades(NY, P, [(RESP, A), (INV, RI), (PVP, A)])
    + grades(SF, "2021/22", [(RESP, A), (INV, G), (PVP, G)]),
    afis=[
        stmt(LI, P, PREV, "The force should make sure that neighbourhood officers and staff have enough time to "
             "carry out problem-solving activity with partner organisations.", True),
        stmt(LI, P, INV, "The force should make sure that it records the victim's wishes and the reasons for the "
             "decision when an investigation is closed with an outcome that does not lead to a charge.", True),
        stmt(LI, P, PVP, "The force should improve how quickly it completes referrals to partner agencies when a "
             "child is present at a domestic abuse incident.", False),
        stmt(LI, P, WORK, "The force should make sure that it understands and acts on the reasons why police staff "
             "leave the organisation.", True),
    ],
    people=[
        person("Marc Jones", "commissioner", LI, "Police and Crime Commissioner for Lincolnshire"),
        person("Paul Gibson", "chief-constable", LI, "Chief Constable"),
        person("Jason Harwin", "chief-constable", LI, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Lincolnshire's eight grades are a dotted-leader list; 'Building, supporting and protecting the "
        "workforce' wraps over two lines. Victim service is not graded. 'no causes of concern' gives nothing.",
        "The MSG table gives three areas for four other forces; 'Requires improvement' cells wrap onto a "
        "second line under the fixed-width columns. Suffolk's cells carry '*': the footnote says they are "
        "PEEL 2021/22 grades, so Suffolk's judgements and inspection are 2021/22, not 2023-25.",
        "Only Lincolnshire's inspection is said to be HMICFRS's; the MSG forces' grades are not attributed, "
        "so their inspectorate is null. 'Lincs' and 'N Yorks' are table abbreviations; the full names occur "
        "in the prose. Devon and Cornwall and Wiltshire are named in passing.",
        "The Commissioner's quote ('good at responding to the public, good at managing offenders ...') repeats "
        "table grades. Lincolnshire Fire and Rescue's 'good in three of eleven areas' is not a police grade. "
        "The Assistant Chief Constable is unnamed. has_force_update is true where a 'Force response:' follows.",
    ]))

# mz10 -- local news, Gwent + South Wales same-day reports (TXT), PEEL 2023-25 -------------------
P = "2023-25"
GOLDS.append(gold(
    "mz10.txt", "press-release", [GW, SW, DP, NW], [HF],
    [insp(GW, P, inspectorate=HF), insp(SW, P, inspectorate=HF)],
    grades(SW, P, [(PPT, G), (PREV, G), (PVP, G), (MOS, G), (WORK, G), (LFM, G), (RESP, A), (INV, A)])
    + grades(GW, P, [(RESP, RI), (INV, RI), (PVP, RI)]),
    afis=[stmt(SW, P, INV, "The force should make sure that victims are kept informed about the progress of "
               "their investigation in line with the Victims' Code.", True)],
    recs=[stmt(GW, P, RESP, "Within six months, the force should make sure it has enough call handlers at peak "
               "times to meet the national standard for answering 999 calls.", True)],
    coc=[stmt(GW, P, RESP, "The force isn't answering emergency and non-emergency calls quickly enough, and it "
              "doesn't always identify vulnerable callers when it first speaks to them.", True)],
    people=[
        person("Dafydd Probert", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Mark Hobrough", "chief-constable", GW, "Chief Constable"),
        person("Jane Mudd", "commissioner", GW, "Police and Crime Commissioner for Gwent"),
        person("Emma Wools", "commissioner", SW, "South Wales' Police and Crime Commissioner"),
        person("Jeremy Vaughan", "chief-constable", SW, "Chief Constable"),
    ],
    also={"judgements": grades(GW, P, [(PPT, A), (PREV, A), (MOS, A), (WORK, A), (LFM, A)])},
    notes=[
        "South Wales's six 'good' areas are a bullet list; 'adequate for responding to the public and for "
        "investigating crime' gives the other two. Gwent's three RI areas are named in a dash aside.",
        "Gwent 'was adequate in the remaining five' names none of the five: knowing which they are needs the "
        "2023-25 framework from outside the article, so those five are in also_acceptable.",
        "The cause of concern and the recommendation are set off as indented blocks. has_force_update: the Chief "
        "Constable's quote answers the call-handling concern directly (new contact centre model, 40 extra call "
        "handlers), so true for both; South Wales's AFI is followed by the force spokesperson's update.",
        "Dyfed-Powys and North Wales are named in passing. 'Heddlu Gwent' is an alias. The grading-scale line "
        "gives nothing. The reporter is not a person fact.",
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
