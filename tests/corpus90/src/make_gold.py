"""Write gold/mi01.json ... gold/mi10.json (format: shared/corpus/GOLD-FORMAT.md).
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P23, P21, P18 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
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
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), genre="response-record", also=None, notes=None):
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

F = "Durham Constabulary"
GOLDS.append(gold(
    "mi01.docx", [F, "Cleveland Police", "North Yorkshire Police"], [HF], [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(PREV, O), (PPT, G), (INV, G), (PVP, G), (MOS, G), (LFM, G), (RESP, A), (WORK, A)]),
    afis=[
        stmt(F, P21, RESP, "The force should reduce the time it takes to answer non-emergency calls, and make sure that callers who abandon a call are contacted where necessary.", True),
        stmt(F, P21, PVP, "The force should make sure that officers record the voice of the child when attending incidents of domestic abuse.", True),
        stmt(F, P21, WORK, "The force should understand why officers and staff from ethnic minority backgrounds leave the organisation, and act on what it finds.", False),
    ],
    people=[
        person("Joy Allen", "commissioner", F, "Police, Crime and Victims' Commissioner"),
        person("Marian Thistlewood", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
        person("Jo Farrell", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are stated twice, in paragraphs 4.1-4.2 and in Appendix A; they agree. 'Good use of resources' -> leadership-management (its 'Good' in the area name is not a grade; the grade cell is). 'Developing a positive workplace' -> workforce.",
        "Victim service 'Not graded' and crime recording 'Not inspected' give nothing. The grading key in 3.1 and 'good practice' in 4.3 give nothing.",
        "Appendix B: the AFIs' areas come from their wording (calls -> responding; domestic abuse/child -> protecting vulnerable; workforce leavers -> workforce). AFI 3's update cell only says it will be reported later: has_force_update false.",
        "Cleveland and North Yorkshire are named only as partners in the joint firearms unit: no inspection. The document is a panel report by the commissioner's office, so genre response-record.",
    ]))

F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "mi02.pdf", [F, "South Wales Police", "North Wales Police"], [H],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Effectiveness", H), insp(F, "2016", "Legitimacy", H)],
    grades(F, "2016", [(None, G), (PREV, G), (INV, G), (SOC, G), (PVP, RI)], "Effectiveness")
    + grades(F, "2015", [(None, G)], "Effectiveness") + grades(F, "2016", [(None, G)], "Legitimacy"),
    afis=[
        stmt(F, "2016", PVP, "The force should improve how it identifies and records repeat and vulnerable victims at the first point of contact, so that the risk they face is assessed and the right support is given.", False, "Effectiveness"),
        stmt(F, "2016", PVP, "The force should ensure that every child who goes missing receives a return interview from an independent person, and that the information gathered is used to reduce the risk of them going missing again.", True, "Effectiveness"),
    ],
    people=[
        person("Dafydd Llywelyn", "commissioner", F, "Police and Crime Commissioner"),
        person("Mark Collins", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'judged good at keeping people safe and reducing crime' is the whole Effectiveness 2016 grade; the four question grades follow in the same sentence. Specialist capabilities 'had not been graded'.",
        "2015: 'in 2015 HMIC had also judged the force to be good at keeping people safe' states the grade word, so it is a judgement (Effectiveness 2015, HMIC). Legitimacy 2016: 'the legitimacy report published in December 2016 had graded Heddlu Dyfed-Powys good' -> Legitimacy 2016 Good; its inspectorate is taken from the item's context (HMIC).",
        "AFI (ii) is answered by the Chief Constable's account of return interviews (force update, true). AFI (i) has only the Commissioner's remark that the force accepted the finding: false. 'four areas for improvement' is a count; only the two quoted are facts. 'no new cause of concern' gives nothing.",
        "South Wales Police and North Wales Police are named in passing. The grading key sentence and 'good practice' give nothing. Assistant Chief Constable Liane James is not a person fact. The Independent Police Complaints Commission is not an inspectorate.",
    ]))

F = "Surrey Police"
GOLDS.append(gold(
    "mi03.html", [F, "Sussex Police"], [HF], [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(PREV, G), (MOS, G), (PVP, G), (PPT, A), (RESP, A), (WORK, A), (LFM, A), (INV, RI)]),
    afis=[stmt(F, P21, INV, "The force should make sure that investigations are properly supervised and that officers keep victims updated on their progress.", True)],
    people=[
        person("Lisa Townsend", "commissioner", F, "Police and Crime Commissioner for Surrey"),
        person("Tim De Meyer", "chief-constable", F, "Chief Constable"),
    ],
    also={"people": [person("Ellie Vesey-Thompson", "commissioner", F, "Deputy Police and Crime Commissioner", "deputy")]},
    notes=[
        "'Treatment of the public, responding to the public and developing a positive workplace were adequate, as was good use of resources' -> four Adequate grades (good use of resources -> leadership-management; its 'good' is the area name). 'judged as requiring improvement' -> Investigating crime RI.",
        "The Chief Constable's 'five-point scale that now included adequate' and 'good practice' give no judgement. 'no cause of concern' gives nothing.",
        "The AFI read out in the blockquote is answered by the Chief Constable in the next point: has_force_update true.",
        "Sussex Police is named in passing, with no grade. The Deputy PCC is in also_acceptable only: GOLD-FORMAT names deputy only for chief constables. The precept item gives nothing.",
    ]))

F = "North Yorkshire Police"
GOLDS.append(gold(
    "mi04.docx", [F], [HF], [insp(F, P23, inspectorate=HF), insp(F, P21, inspectorate=HF)],
    grades(F, P23, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, A)])
    + grades(F, P21, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G)]),
    afis=[
        stmt(F, P23, INV, "The force should make sure that investigations are allocated to staff with the right skills, and that supervisors review them regularly.", True),
        stmt(F, P23, PVP, "The force should improve how it shares information with partner agencies when children are at risk of criminal exploitation.", False),
    ],
    people=[
        person("Zoë Metcalfe", "commissioner", F, "Police, Fire and Crime Commissioner for North Yorkshire"),
        person("Leonora Haigh", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rachel Dunmore", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Tim Forber", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The 2021/22 column gives six judgements; the two 'Not comparable' cells give nothing. Its inspectorate is taken from the paragraph (HMICFRS) since the column is 'the 2021/22 inspection'.",
        "North Yorkshire Fire and Rescue Service's grades (4.5) are a fire inspection: no judgement.",
        "AFI 4's 'Force progress' says the response is awaited: has_force_update false. 'five areas for improvement' is a count.",
        "The Commissioner is named in a bold 'From:' line: title as written there. Deputy Chief Constable Rachel Dunmore is a person (deputy). The Chief Fire Officer is unnamed.",
    ]))

F = "Staffordshire Police"
GOLDS.append(gold(
    "mi05.pdf", [F], [HF], [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(RESP, I), (INV, RI), (PVP, RI), (WORK, RI), (PREV, A), (PPT, A), (MOS, A), (LFM, A), (CDI, G)]),
    recs=[
        stmt(F, P21, RESP, "Within three months, the force should make sure it answers emergency calls within the national target of ten seconds and reduces the number of non-emergency calls that are abandoned.", True),
        stmt(F, P21, RESP, "Within six months, the force should make sure that call handlers use a structured assessment to identify risk and vulnerability on every call, and that this is recorded.", True),
        stmt(F, P21, INV, "Within six months, the force should put in place a regular and recorded supervisory review of every crime under investigation.", True),
    ],
    coc=[
        stmt(F, P21, RESP, "The force does not answer emergency and non-emergency calls quickly enough, and call handlers do not always identify vulnerability and repeat victims. This means that people may not get the response they need.", True),
        stmt(F, P21, INV, "The force is not carrying out effective investigations, and supervisors do not review investigations often enough to make sure that victims get the outcome they deserve.", True),
    ],
    people=[
        person("Ben Adams", "commissioner", F, "Staffordshire Commissioner for Police, Fire and Rescue, and Crime"),
        person("Andy Cooke", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
        person("Chris Noble", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are in prose (1.2): 'judged to require improvement at investigating crime, at protecting vulnerable people and at developing a positive workplace'; 'good use of resources' (leadership-management) is graded adequate; 'Recording data about crime was graded good' -> crime-recording.",
        "Appendix A gives the force's progress per recommendation (CoC 1 / R1 ...), so each recommendation and cause of concern has a force update.",
        "Staffordshire Fire and Rescue Service's 'judged good' (4.3) is a fire inspection: no judgement. 'eleven areas for improvement' are counted, not quoted. The panel's own recommendation ('That the Panel notes') is not a PEEL fact. The December 2022 revisit gives no grade.",
        "Andy Cooke's title as written: 'His Majesty's Chief Inspector of Constabulary'. The Deputy Chief Constable is unnamed.",
    ]))

F = "City of London Police"
GOLDS.append(gold(
    "mi06.txt", [F, "Metropolitan Police Service", "British Transport Police"], [HF], [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(PREV, G), (PPT, G), (RESP, A), (PVP, A), (MOS, A), (INV, RI), (WORK, RI), (LFM, RI)]),
    afis=[
        stmt(F, P21, LFM, "The force should develop a better understanding of the demand it faces, including hidden demand from fraud victims nationally, and use it to plan its workforce and finances.", True),
        stmt(F, P21, INV, "The force should make sure that victims are told about, and offered, the support available to them at every stage of an investigation.", True),
    ],
    people=[
        person("Angela McLaren", "chief-constable", F, "Commissioner"),
        person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "'strategic planning, organisational management and value for money' is the 2021/22 leadership area -> leadership-management. The grade list is in prose in item 5.",
        "The City of London Police's Commissioner is the force's chief officer: chief-constable, title 'Commissioner' (as in the attendance list). The Assistant Commissioner is not a person fact.",
        "Both AFIs are indented quotations answered by force officers (the Commissioner's demand-model date; the Assistant Commissioner's audit): has_force_update true. The second AFI's area is not named; it is about victims during investigations -> investigating-crime (victim-service would also be defensible).",
        "The Met and BTP are named in passing. This is a Police Authority Board, not a police and crime panel; genre response-record.",
    ]))

F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "mi07.docx", [F, "Gloucestershire Constabulary", "Devon and Cornwall Police", "Dorset Police", "Wiltshire Police"], [HF],
    [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(PREV, O), (PPT, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G)]),
    afis=[
        stmt(F, P21, RESP, "The constabulary should make sure it answers emergency and non-emergency calls within national standards, and that it assesses the risk to callers who wait.", True),
        stmt(F, P21, INV, "The constabulary should improve the quality of its investigations of rape and serious sexual offences, so that more victims see an offender brought to justice.", True),
    ],
    people=[
        person("Mark Shelford", "commissioner", F, "Police and Crime Commissioner"),
        person("Sarah Crew", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Preventing crime's Outstanding is only in the lead-in sentence; the other seven grades are in the table. 'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce.",
        "The open AFIs are bullets each followed by an italic 'Update:' paragraph: has_force_update true. The rape-investigation AFI -> investigating-crime.",
        "The 2023-25 inspection is only expected: no inspection. The vetting thematic is not PEEL. Gloucestershire ('enhanced monitoring'), Devon and Cornwall, Dorset and Wiltshire are named in passing.",
    ]))

F = "Kent Police"
GOLDS.append(gold(
    "mi08.pdf", [F], [HF], [insp(F, P18, inspectorate=HF)],
    grades(F, P18, [(None, G), (PREV, O), (PVP, G)]),
    afis=[
        stmt(F, P18, PVP, "The force should improve how it supervises investigations of crimes against vulnerable victims, so that they are completed promptly and to a consistent standard.", True),
        stmt(F, P18, "fair-treatment-workforce", "The force should make sure it understands the wellbeing needs of its workforce and acts on what it finds.", False),
    ],
    people=[
        person("Alan Pughsley", "chief-constable", F, "Chief Constable"),
        person("Matthew Scott", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, P18, "Effectiveness", HF), insp(F, P18, "Efficiency", HF), insp(F, P18, "Legitimacy", HF)],
          "judgements": grades(F, P18, [(None, G)], "Effectiveness") + grades(F, P18, [(None, G)], "Efficiency")
          + grades(F, P18, [(None, G)], "Legitimacy")},
    notes=[
        "2018/19 follows dev12: 'judged good overall' is the PEEL judgement (question null); the question grades (preventing crime outstanding, protecting vulnerable people good) have pillar PEEL; the three pillar grades are in also_acceptable with their pillar inspections.",
        "Row 19/35's update reports the force's action: true. Row 19/36 is 'Awaiting': false. The wellbeing AFI sits under no heading; it belongs to the legitimacy question on treating the workforce fairly -> fair-treatment-workforce.",
        "Kent Fire and Rescue Service 'judged good in all three pillars' is a fire inspection: no judgement. The precept and complaints rows give nothing.",
    ]))

F = "Leicestershire Police"
GOLDS.append(gold(
    "mi09.html", [F, "Nottinghamshire Police", "Derbyshire Constabulary"], [HF, H],
    [insp(F, "2017", "Efficiency", HF), insp(F, "2017", "Legitimacy", HF), insp(F, "2016", "Efficiency", H)],
    grades(F, "2017", [(None, G), ("understanding-demand", G), ("planning-future", G), ("using-resources", RI)], "Efficiency")
    + grades(F, "2017", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G), ("fair-treatment-workforce", RI)], "Legitimacy")
    + grades(F, "2016", [(None, RI)], "Efficiency"),
    afis=[stmt(F, "2017", "fair-treatment-workforce", "The force should improve how it identifies and responds to the wellbeing needs of its officers and staff, including those in roles with high exposure to traumatic incidents.", True, "Legitimacy")],
    people=[
        person("Willy Bach", "commissioner", F, "Police and Crime Commissioner"),
        person("Simon Cole", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'in 2016 HMIC had judged the force to require improvement for efficiency' -> Efficiency 2016 RI, inspectorate HMIC (named). The 2017 reports are HMICFRS's (named).",
        "The PCC is 'Lord Willy Bach': name without the honorific. The Chief Constable's account of the wellbeing lead is the force's update: true.",
        "Nottinghamshire and Derbyshire are named as inspected in the same round, with no grade: forces only.",
    ]))

F = "Thames Valley Police"
GOLDS.append(gold(
    "mi10.md", [F, "Hampshire Constabulary"], [HF], [insp(F, P23, inspectorate=HF), insp(F, P21)],
    grades(F, P23, [(PPT, G), (PREV, A), (RESP, RI), (INV, I), (PVP, A), (MOS, G), (WORK, A), (LFM, A)])
    + grades(F, P21, [(RESP, G)]),
    afis=[
        stmt(F, P23, RESP, "The force should improve how quickly it answers non-emergency calls, including those made through online channels.", True),
        stmt(F, P23, PPT, "The force should make sure it records the ethnicity of people subject to stop and search and the outcome of each search.", False),
    ],
    recs=[
        stmt(F, P23, INV, "Within six months, the force should make sure that every investigation has a documented plan that is reviewed by a supervisor.", True),
        stmt(F, P23, INV, "Within six months, the force should reduce the number of investigations that are closed because the victim no longer supports action, by understanding why victims withdraw.", False),
    ],
    coc=[stmt(F, P23, INV, "The force does not always carry out thorough and timely investigations, and too many victims do not receive the outcome they should.", True)],
    people=[
        person("Matthew Barber", "commissioner", F, "Police and Crime Commissioner"),
        person("Jason Hogg", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "3.1 'At that time the force was graded good at responding to the public' gives a 2021/22 judgement; no inspectorate is named for it.",
        "The cause of concern is a markdown blockquote; 4.3 reports the force's investigation plans, which answers the cause of concern and recommendation 1 but not recommendation 2.",
        "AFI 6's position cell is empty (and 6.1 says no update has been provided): false. 'nine areas for improvement' is a count. Victim service is not graded.",
        "Hampshire appears as 'Hampshire and Isle of Wight Constabulary', a partner. The fire and rescue services are outside the report. The Panel's recommendation (2.1) and 'Issues for the Panel to consider' are not PEEL facts.",
    ]))

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")
