"""Write gold/on01.json ... gold/on10.json for corpus143 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFFI, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
USE, PLAN = "using-resources", "planning-future"
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

# on01 -- PCC community magazine (PDF, 2 columns + At a glance), Warwickshire, PEEL 2021/22
F = "Warwickshire Police"
ON01 = gold(
    "on01.pdf", "press-release", [F, "West Mercia Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, "2017", EFF, HF)],
    grades(F, P2122, [
        (PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, A), (WORK, G),
        (LFM, A), (CDI, G),
    ]) + grades(F, "2017", [(None, RI)], pillar=EFF),
    afis=[
        stmt(F, P2122, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and "
             "that callers who are waiting are told how long they may have to wait and given "
             "the option of reporting online."),
        stmt(F, P2122, RESP,
             "The force should improve the way it assesses the risk to callers whose incidents "
             "are waiting for an officer to be sent, so that the initial grading is reviewed "
             "and changed when the circumstances of the caller change."),
        stmt(F, P2122, INV,
             "The force should make sure that victims of crime are updated regularly about the "
             "progress of their case, and that the reasons when a victim withdraws support are "
             "recorded."),
    ],
    people=[
        person("Roderick Allsopp", "commissioner", F, "Police and Crime Commissioner"),
        person("Imogen Sharrow", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A PCC's magazine page: a two-column article beside an 'At a glance' sidebar that "
        "lists the ten 2021/22 grades with 2021/22 area names ('Developing a positive "
        "workplace' -> workforce, 'Good use of resources' -> leadership-management, 'Crime "
        "data integrity' -> crime-recording; 'Disrupting serious organised crime' -> "
        "serious-organised-crime). The prose repeats most of them. Victims 'Not graded' and "
        "the colour key give nothing.",
        "Area for improvement 2 runs from the foot of the first column to the head of the "
        "second, mid-sentence. AFIs 1-2 sit under the responding paragraph; AFI 3 is "
        "introduced as concerning investigations. No force update follows any of them (the "
        "improvement board is general), so has_force_update is false.",
        "'in its 2017 effectiveness inspection by HMICFRS, Warwickshire was judged to require "
        "improvement' -> Effectiveness 2017 pillar judgement, HMICFRS as stated.",
        "Warwickshire Fire and Rescue Service's 'rated good' is a fire inspection: nothing. "
        "West Mercia Police is named in passing (report due), no grade. The HMI is unnamed.",
        "Genre: no genre fits a commissioner's magazine about one force's report; it is "
        "closest to a press release.",
    ])
GOLDS.append(ON01)

# on02 -- Police Federation newsletter (PDF, 3 columns), Humberside, Effectiveness 2017 ---
F = "Humberside Police"
SY = "South Yorkshire Police"
GOLDS.append(gold(
    "on02.pdf", "press-release", [F, SY, "North Yorkshire Police"], [HF],
    [insp(F, "2017", EFF, HF), insp(SY, "2017", EFF, HF)],
    grades(F, "2017", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF)
    + grades(SY, "2017", [(None, G)], pillar=EFF),
    afis=[
        stmt(F, "2017", INV,
             "The force should review whether it has enough capacity to examine digital "
             "devices, so that evidence from phones and computers is not delayed and "
             "investigations are not held up.", True, pillar=EFF),
    ],
    people=[
        person("Cedric Hallworth", "inspector", HF, "HM Inspector of Constabulary"),
        person("Lionel Prewitt", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, "2016", EFF)],
        "judgements": grades(F, "2016", [(None, RI)], pillar=EFF),
    },
    notes=[
        "The report is the HMICFRS effectiveness report for 2017 (published 22 March 2018, "
        "a date that is not the period). The four question grades are in a bullet list "
        "('good at preventing crime ...', 'requires improvement at investigating crime ...').",
        "'the same grade it was given in 2016' restates the overall grade without a grade "
        "word for 2016 in its own clause, so the 2016 judgement is only in also_acceptable "
        "(GOLD-FORMAT's 'same grade as last year' rule), with no inspectorate named.",
        "South Yorkshire Police 'were judged good for effectiveness in the same round' -> a "
        "2017 judgement for another force. North Yorkshire Police is named only in passing.",
        "The area for improvement is quoted after a lead-in; its question is "
        "investigating-crime (digital evidence in investigations). has_force_update is true "
        "because the next paragraph gives the Chief Constable's answer (a new digital "
        "forensics hub). Unsure: it is the Federation reporting the force's reply.",
        "'30 forces were rated good ... 1 was rated outstanding' are counts with no force. "
        "Humberside Fire and Rescue Service is not a police force. The branch secretary is "
        "not a person fact.",
    ]))

# on03 -- State of Policing summary edition (PDF, 3 pages), national, Effectiveness 2016 ---
ROWS3 = [("Durham Constabulary", O, G), ("Bedfordshire Police", RI, RI),
         ("Lincolnshire Police", G, G), ("Thames Valley Police", G, G),
         ("Dyfed-Powys Police", G, RI)]
insps3, judg3 = [], []
for f, g16, g15 in ROWS3:
    insps3 += [insp(f, "2016", EFF, H), insp(f, "2015", EFF, H)]
    judg3 += grades(f, "2016", [(None, g16)], pillar=EFF) + grades(f, "2015", [(None, g15)], pillar=EFF)
GOLDS.append(gold(
    "on03.pdf", "national-release", [f for f, _, _ in ROWS3], [H], insps3, judg3,
    people=[person("Alistair Fenwick-Doyle", "inspector", H, "HM Chief Inspector of Constabulary")],
    notes=[
        "Page 2 has a three-column grades table (Force | Effectiveness 2016 | Effectiveness "
        "2015) beside prose that repeats the grades. Each row gives a 2016 and a 2015 "
        "effectiveness judgement; HMIC is named for both years.",
        "The page 1 overview breaks off mid-sentence ('those that') with 'Continued on page "
        "3'; page 3 resumes it ('struggle is still too wide'). Nothing graded sits in the "
        "continuation.",
        "Counts ('2 forces outstanding, 30 good, 10 ... 1 inadequate'; '6 forces as requiring "
        "improvement for legitimacy') name no force and give nothing. The national "
        "recommendations are not force recommendations. Fire and rescue services are not "
        "graded. 2 March 2017 is a publication date.",
        "People: 'HM Chief Inspector of Constabulary Sir Alistair Fenwick-Doyle' (title first; "
        "'Sir' dropped).",
    ]))

# on04 -- force staff magazine (PDF, 2 columns + At a glance), Staffordshire, Effectiveness 2016
F = "Staffordshire Police"
GOLDS.append(gold(
    "on04.pdf", "press-release", [F, "West Midlands Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, RI)], pillar=EFF)
    + grades(F, "2015", [(PVP, I)], pillar=EFF),
    afis=[
        stmt(F, "2016", PVP,
             "The force should make sure that it responds to reports of missing children in "
             "line with the risk they face, and that every return home interview is completed "
             "and its findings recorded.", pillar=EFF),
        stmt(F, "2016", SOC,
             "The force should improve its understanding of the threat from organised crime "
             "groups, so that it can plan operations against them and measure the results.",
             pillar=EFF),
    ],
    people=[person("Gideon Marlowe", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    also={
        "inspections": [insp(F, "2016", LEG, H)],
        "judgements": grades(F, "2016", [(None, G)], pillar=LEG),
    },
    notes=[
        "The 'At a glance' box gives Effectiveness 2016 overall and four question grades; "
        "'Specialist capabilities: Not graded' gives nothing, and the closing line is the "
        "grade key.",
        "'since the 2015 inspection, when the force was judged inadequate at protecting "
        "vulnerable people from harm' -> Effectiveness 2015 protecting-vulnerable Inadequate "
        "(the inspection is HMIC's, as the article's context).",
        "'In December HMIC published its legitimacy report, which rated the force good' names "
        "no year for legitimacy; December of the year before this March 2017 magazine makes it "
        "2016, but only by inference, so Legitimacy 2016 Good is in also_acceptable.",
        "The two AFIs are boxed; no force update is given for either (the improvement plan "
        "is general), so both are false. Their questions come from their content (missing "
        "children -> protecting-vulnerable; organised crime groups -> serious-organised-crime).",
        "Deputy Chief Constable Gideon Marlowe is named title-first in the caption. The "
        "Commissioner is unnamed. West Midlands Police is named in passing; Staffordshire Fire "
        "and Rescue Service is not a police force.",
    ]))

# on05 -- council residents' newsletter (PDF, 3 columns), Kent, PEEL 2023-25 ----------------
F = "Kent Police"
GOLDS.append(gold(
    "on05.pdf", "press-release", [F, "Sussex Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PREV, O), (PPT, G), (INV, G), (PVP, G), (MOS, G), (LFM, G), (RESP, A), (WORK, A),
    ]) + grades(F, P2122, [(PREV, O)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it attends incidents within the times it has set "
             "for each priority level, and that it tells callers when attendance will be "
             "delayed."),
    ],
    people=[
        person("Marcus Threlfall", "commissioner", F, "Police and Crime Commissioner"),
        person("Tamsin Okafor-Reid", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A council newsletter in three columns. The boxed 'Key findings for Kent Police' list "
        "gives the eight 2023-25 grades as 'Area: grade'; the line under it is the grade key.",
        "'as they had in 2021/22, when it was also judged outstanding in that area' names the "
        "grade word for 2021/22 -> PEEL 2021/22 preventing-crime Outstanding (the inspectorate "
        "of the context, HMICFRS).",
        "The AFI sits under the responding paragraph; the Chief Constable 'will report on "
        "progress' later, so there is no force update (false).",
        "Kent Fire and Rescue Service 'judged good at preventing fires' is a fire inspection. "
        "Sussex Police is named only in passing. 'Kent's Police and Crime Commissioner, Marcus "
        "Threlfall' is title-first: the title is the office alone.",
    ]))

# on06 -- police and crime panel bulletin (PDF), Avon and Somerset, PEEL 2023-25 -----------
F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "on06.pdf", "response-record",
    [F, "Devon and Cornwall Police", "Gloucestershire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G),
    ]) + grades(F, P2122, [(INV, I)]),
    afis=[
        stmt(F, P2325, RESP,
             "The constabulary should reduce the time it takes to answer non-emergency calls, "
             "and make sure that callers who abandon a call are contacted again where there is "
             "a risk to them.", True),
        stmt(F, P2325, PPT,
             "The constabulary should improve how it records the reasons for using force, so "
             "that it can be sure its use of force is fair.", False),
    ],
    recs=[
        stmt(F, P2325, INV,
             "Within six months, the constabulary should introduce a supervision standard for "
             "every investigation that is not a serious or major crime, and check compliance "
             "with it through regular audit.", True),
    ],
    coc=[
        stmt(F, P2325, INV,
             "The constabulary does not make sure that investigations are allocated to staff "
             "with the right skills, supervised well and completed without avoidable delay, so "
             "too many victims do not receive a good outcome.", False),
    ],
    people=[
        person("Harriet Penrose-Vale", "commissioner", F,
               "Police and Crime Commissioner for Avon and Somerset"),
        person("Tobias Wrenfield", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The 'At a glance' aside lists all eight 2023-25 grades; the prose repeats five and "
        "gives counts ('adequate in three areas') that add nothing. The coloured chips are "
        "the grade key.",
        "'an improvement on the 2021/22 inspection, when inspectors graded that area "
        "inadequate' -> PEEL 2021/22 investigating-crime Inadequate.",
        "The boxed cause of concern and the recommendation sit under the investigating crime "
        "discussion. The 'Constabulary update:' follows the recommendation, so the "
        "recommendation is true and the cause of concern false. The first tracked AFI has an "
        "update (true); the second has 'No update on this one was available' (false). The "
        "use-of-force AFI is keyed treatment-of-public (police powers).",
        "People: 'Harriet Penrose-Vale, Police and Crime Commissioner for Avon and Somerset' "
        "(name first, title in full); 'Chief Constable Tobias Wrenfield'. Panel members are not "
        "person facts.",
        "Avon Fire and Rescue Service's grade is a fire inspection. Devon and Cornwall Police "
        "and Gloucestershire Constabulary are regional partners named in passing.",
    ]))

# on07 -- PCC annual report spread (PDF, landscape), Hampshire, PEEL 2018/19 ----------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "on07.pdf", "response-record", [F, "Thames Valley Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", LEG, HF)],
    grades(F, P1819, [
        (PREV, G), (INV, RI), (PVP, G), (SOC, G), (USE, G), (PLAN, G), (FTP, G), (ELW, G),
        (FTW, RI),
    ]) + grades(F, "2017", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, P1819, INV,
             "The constabulary should make sure that its supervisors review investigations "
             "regularly, and that each review is recorded and sets out what the investigator "
             "should do next.", True),
    ],
    people=[
        person("Meredith Carrow-Lyle", "commissioner", F,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight"),
        person("Oliver Denholm", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": grades(F, P1819, [(None, G)], pillar=EFF)
        + grades(F, P1819, [(None, G)], pillar=EFFI)
        + grades(F, P1819, [(None, G)], pillar=LEG),
    },
    notes=[
        "2018/19 convention (as dev12): the nine question grades of the integrated 2018/19 "
        "inspection take pillar PEEL with the 2015-17 question keys ('Meeting current demands "
        "and using resources' -> using-resources; 'Fair treatment of the public' -> "
        "fair-treatment-public; 'Ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce; 'Fair treatment of the workforce' -> "
        "fair-treatment-workforce). The three whole-pillar rows (Effectiveness, Efficiency, "
        "Legitimacy: Good) are in also_acceptable only.",
        "'as legitimacy was in the 2017 legitimacy inspection, when the force was also rated "
        "good' -> Legitimacy 2017 Good (HMICFRS, the inspectorate of the context).",
        "The AFI is followed by the Chief Constable's account of the new supervision "
        "framework: has_force_update true.",
        "The 2019 crime recording inspection ('required improvement') is a separate "
        "inspection with no PEEL period: nothing. Hampshire & Isle of Wight Fire and Rescue "
        "Service's grade is a fire inspection. Thames Valley Police is named in passing. "
        "'Specialist capabilities were not graded' and the grade key give nothing.",
        "People: 'Meredith Carrow-Lyle, Police and Crime Commissioner for Hampshire and the "
        "Isle of Wight' (name first, title kept in full).",
    ]))

# on08 -- independent digest (PDF, 3-column grid), three forces, PEEL 2023-25 ---------------
B, C, AS = "Bedfordshire Police", "Cheshire Constabulary", "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "on08.pdf", "national-release",
    [B, C, AS, "Cumbria Constabulary", "Merseyside Police"], [HF],
    [insp(B, P2325, inspectorate=HF), insp(C, P2325, inspectorate=HF),
     insp(AS, P2325, inspectorate=HF)],
    grades(B, P2325, [
        (PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, A), (WORK, G), (LFM, G),
    ]) + grades(C, P2325, [(PREV, O), (INV, RI)])
    + grades(AS, P2325, [(RESP, RI), (INV, RI), (PREV, G)]),
    also={
        "inspections": [insp(C, P1819, inspectorate=HF)],
        "judgements": grades(C, P1819, [(None, G)], pillar=EFF)
        + grades(C, P1819, [(None, G)], pillar=EFFI)
        + grades(C, P1819, [(None, G)], pillar=LEG),
    },
    notes=[
        "Bedfordshire's grades table is split across the first and second grid columns "
        "(five rows, then three). 'good in five areas and adequate in three' is a count.",
        "Cheshire: 'outstanding for preventing crime' and 'requires improvement for "
        "investigating crime'; 'good in four further areas' names no area and gives nothing.",
        "Cheshire 2018/19: 'rated good for effectiveness, efficiency and legitimacy' gives "
        "whole-pillar 2018/19 grades, which go in also_acceptable only (with the integrated "
        "2018/19 inspection).",
        "Avon and Somerset: grades agree with on06. Its cause of concern is mentioned but not "
        "quoted: nothing.",
        "'good practice', the 0-4 average score chart, the grades key and the 2025-29 "
        "framework give nothing. Cumbria and Merseyside are named (by alias) as forces whose "
        "reports are due.",
    ]))

# on09 -- Police Federation bulletin (DOCX, two-column section), Wiltshire, PEEL 2021/22 ----
F = "Wiltshire Police"
GOLDS.append(gold(
    "on09.docx", "press-release", [F, "Dorset Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, A), (SOC, G), (WORK, A),
        (LFM, RI), (CDI, G),
    ]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that it has enough trained investigators, and that "
             "the number of investigations allocated to each of them is manageable.", True),
        stmt(F, P2122, WORK,
             "The force should improve how it understands the wellbeing needs of its "
             "workforce, and make sure that supervisors have the time and training to support "
             "their teams.", False),
    ],
    people=[person("Desmond Akerele", "chief-constable", F, "Chief Constable")],
    notes=[
        "A Word document whose first section (masthead and headline) is one column and whose "
        "second section, after a continuous section break, is set in two columns (w:cols "
        "num=2). The page header is not body text.",
        "The grades table uses the 2021/22 area names: 'Treatment of the public' -> "
        "treatment-of-public; 'Developing a positive workplace' -> workforce; 'Good use of "
        "resources' (its 'Good' is part of the name) -> leadership-management, graded "
        "Requires improvement; 'Recording data about crime' -> crime-recording.",
        "AFI 1 (Intense Quote style) is followed by 'Force response:' -> true. AFI 2 is "
        "followed by 'has not yet received it' -> false.",
        "The branch chair is not a person fact. Dorset Police is named in passing; Dorset & "
        "Wiltshire Fire and Rescue Service's grade is a fire inspection. The national State "
        "of Policing report gives nothing. 2023/24 subscriptions are not the period.",
    ]))

# on10 -- plain-text copy of on01 as a reader copies it from a PDF viewer ------------------
ON10 = copy.deepcopy(ON01)
ON10["document"] = "on10.txt"
ON10["notes"] = ["A plain-text copy of on01.pdf as a reader copies it from a PDF viewer: "
                 "column text in reading order, one printed line per line, the sidebar "
                 "after the article. The facts are those of on01."] + ON01["notes"]
GOLDS.append(ON10)


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
