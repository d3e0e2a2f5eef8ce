"""Write gold/lu01.json ... gold/lu10.json for corpus76 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "text": text,
            "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
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

# lu01 -- PEEL: Police effectiveness 2016, Lincolnshire Police (PDF) ----------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "lu01.pdf", "peel-report",
    [F, "Nottinghamshire Police", "Derbyshire Constabulary", "Leicestershire Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", EFF, [(None, G), (PREV, G), (INV, RI), (PVP, G), (SOC, G)])
    + grades(F, "2015", EFF, [(None, RI)]),
    afis=[
        stmt(F, "2016", EFF, PREV, "The force should make sure that its problem-solving plans are recorded "
             "consistently and evaluated, so that effective practice can be shared across the county."),
        stmt(F, "2016", EFF, INV, "The force should improve the supervision of investigations, so that every "
             "investigation has a documented plan and is reviewed regularly."),
        stmt(F, "2016", EFF, INV, "The force should make sure that it actively pursues suspects who are wanted "
             "for offences, including those circulated on the Police National Computer, and that it understands "
             "the risk they pose."),
        stmt(F, "2016", EFF, PVP, "The force should make sure that officers complete the domestic abuse risk "
             "assessment at every domestic abuse incident and that supervisors check the assessments."),
    ],
    people=[person("Gareth Pendry", "chief-constable", F, "Chief Constable")],
    notes=[
        "Question grades sit in a 'Summary' box under each question heading; the overall grade in the "
        "'Overall judgement' box. The footnote naming all four grades gives nothing.",
        "'in which we judged the force to require improvement' gives the 2015 effectiveness judgement; "
        "'we' is HMIC, named on the cover and in the introduction.",
        "Specialist capabilities: 'HMIC does not grade this question' -> no judgement.",
        "Nottinghamshire Police, Derbyshire and Leicestershire are named in passing (EMSOU): forces only. "
        "The November/December 2016 efficiency and legitimacy reports are mentioned without grades.",
    ]))

# lu02 -- PEEL: Police legitimacy 2017, Gwent Police (PDF) --------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "lu02.pdf", "peel-report", [F, "South Wales Police", "Dyfed-Powys Police"], [H, HF],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG)],
    grades(F, "2017", LEG, [(None, G), (FTP, G), (ELW, G), (FTW, RI)]) + grades(F, "2016", LEG, [(None, G)]),
    afis=[
        stmt(F, "2017", LEG, FTP, "The force should analyse its stop and search records to understand why people "
             "from some ethnic groups are searched more often, and it should publish what it finds."),
        stmt(F, "2017", LEG, ELW, "The force should make sure that all officers and staff in designated posts "
             "hold the level of vetting that the post requires."),
        stmt(F, "2017", LEG, ELW, "The force should improve its ability to identify abuse of position for a "
             "sexual purpose, by: monitoring its computer systems proactively for signs of such abuse; building "
             "stronger links with organisations that support vulnerable people; and giving its counter-corruption "
             "unit enough investigators to act on the intelligence it receives."),
        stmt(F, "2017", LEG, FTW, "The force should make sure that supervisors have the time and training to "
             "identify and support the wellbeing needs of their teams."),
        stmt(F, "2017", LEG, FTW, "The force should improve its individual performance assessment process so that "
             "the workforce sees it as fair and useful."),
    ],
    people=[person("Siân Pritchard", "chief-constable", F, "Chief Constable")],
    notes=[
        "Both HMIC and HMICFRS are named (the renaming sentence of July 2017). The 2017 inspection is HMICFRS's; "
        "the 2016 one has no inspectorate stated for it, so null.",
        "'Last year, we judged the force to be good in respect of legitimacy' gives the 2016 pillar grade.",
        "Question grades appear twice: in the summary prose and in the table under the overall judgement.",
        "AFI numbers (1.-5.) run across sections. AFI 3 is a lead-in plus bullets, joined.",
        "South Wales Police and Dyfed-Powys Police are partners named in passing.",
    ]))

# lu03 -- PEEL 2018/19, Merseyside Police (PDF) --------------------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "lu03.pdf", "peel-report", [F, "Cheshire Constabulary"], [HF],
    [insp(F, "2018/19", EFF, HF), insp(F, "2018/19", EFC, HF), insp(F, "2018/19", LEG, HF),
     insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF)],
    grades(F, "2018/19", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, O)])
    + grades(F, "2018/19", EFC, [(None, G), ("using-resources", G)])
    + grades(F, "2018/19", LEG, [(None, G), (ELW, G), (FTW, G)])
    + grades(F, "2017", EFF, [(None, G)])
    + grades(F, "2017", EFC, [(None, RI), ("planning-future", G)])
    + grades(F, "2017", LEG, [(None, G), (FTP, G)]),
    afis=[
        stmt(F, "2018/19", EFF, PREV, "The force should evaluate its prevention initiatives so that it knows which "
             "of them reduce crime."),
        stmt(F, "2018/19", EFF, INV, "The force should reduce the time taken to examine digital devices, so that "
             "investigations are not delayed."),
        stmt(F, "2018/19", EFC, "using-resources", "The force should improve its understanding of the skills of "
             "its workforce, so that it can plan to fill the gaps."),
        stmt(F, "2018/19", LEG, ELW, "The force should make sure that it can monitor all its computer systems to "
             "identify risks to the integrity of its workforce."),
    ],
    recs=[
        stmt(F, "2018/19", EFF, PVP, "The force should make sure that officers complete a risk assessment with every "
             "victim of domestic abuse at the first attendance, and that supervisors review it before the end of "
             "the tour of duty."),
        stmt(F, "2018/19", EFF, PVP, "The force should make sure that every victim assessed as high risk has a "
             "safeguarding plan within 24 hours."),
    ],
    coc=[stmt(F, "2018/19", EFF, PVP, "The force does not assess the risk to victims of domestic abuse consistently "
              "or quickly enough, which means that some victims at high risk of harm are not safeguarded as soon as "
              "they should be.")],
    people=[person("Andrew Coltman", "inspector", HF, "HM Inspector of Constabulary")],
    also={"inspections": [insp(F, "2018/19", PEEL, HF)]},
    notes=[
        "2018/19 pillar and question grades are keyed by their pillar (as corpus13 q08 does), with the integrated "
        "PEEL 2018/19 inspection only in also_acceptable. The headline question per pillar gives question null.",
        "The summary table's 'Previous judgment' column (Last inspected 2017) gives 2017 pillar grades.",
        "'Planning for the future — Good (2017)' and 'Fair treatment of the public — Good (2017)' were not "
        "inspected in 2018/19: the text says the judgment is from 2017, so they are 2017 question judgements "
        "and give no 2018/19 judgement. 'Armed policing — Ungraded' gives nothing.",
        "The two recommendations are full sentences under the cause of concern; the lead-in ends with a full stop.",
        "Merseyside Fire and Rescue Service is not a police force. Assistant Chief Constable Rob Carden is not a "
        "person fact. 'good practice' is a distractor.",
    ]))

# lu04 -- PEEL 2021/22, Hertfordshire Constabulary (PDF) ----------------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "lu04.pdf", "peel-report-2021", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, "2021/22", PEEL, HF)],
    grades(F, "2021/22", PEEL, [(PREV, G), (RESP, G), (PVP, G), (MOS, G), (WORK, G),
                                (PPT, A), (INV, A), (LFM, A), (CDI, RI)]),
    afis=[
        stmt(F, "2021/22", PEEL, PPT, "The constabulary should make sure that its external scrutiny arrangements "
             "include reviewing body-worn video footage of the use of force."),
        stmt(F, "2021/22", PEEL, INV, "The constabulary should make sure that supervisors review investigations "
             "regularly and record clear direction for the investigating officer."),
        stmt(F, "2021/22", PEEL, INV, "The constabulary should make sure that, when a victim withdraws support for an "
             "investigation, the reasons are recorded and an evidence-led prosecution is considered."),
        stmt(F, "2021/22", PEEL, LFM, "The constabulary should develop a workforce plan that matches its people and "
             "skills to the demand it expects to face over the next three years."),
        stmt(F, "2021/22", PEEL, CDI, "The constabulary should make sure that all reports of violent crime, including "
             "those made by other organisations, are recorded as crimes within 24 hours."),
    ],
    people=[person("Rachel Ormerod", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Dominic Ferrars", "chief-constable", F, "Chief Constable")],
    notes=[
        "The 'Our judgments' grid has five columns headed by the five grades, with area names listed under "
        "their grade; empty Outstanding and Inadequate columns give nothing. Each area heading in the body repeats "
        "the grade on the right of its bar.",
        "'Developing a positive workplace' / 'Building, supporting and protecting the workforce' -> workforce; "
        "'Good use of resources' / 'Strategic planning, organisational management and value for money' -> "
        "leadership-management ('Good' in 'Good use of resources' is not a grade); 'Recording data about "
        "crime' -> crime-recording.",
        "Victim service is not graded. Hertfordshire Fire and Rescue Service is not a police force; "
        "Bedfordshire and Cambridgeshire are partners named in passing. 'good practice' is a distractor.",
    ]))

# lu05 -- PEEL 2023-25, North Wales Police (PDF) -------------------------------------------
F = "North Wales Police"
GOLDS.append(gold(
    "lu05.pdf", "peel-report-2021", [F, "Cheshire Constabulary", "Merseyside Police"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    grades(F, "2023-25", PEEL, [(PPT, G), (PREV, O), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G),
                                (LFM, A), (CDI, G)])
    + grades(F, "2021/22", PEEL, [(INV, A)]),
    afis=[
        stmt(F, "2023-25", PEEL, RESP, "The force should reduce the number of non-emergency calls that are abandoned "
             "before they are answered."),
        stmt(F, "2023-25", PEEL, PVP, "The force should make sure that it uses all available powers, including "
             "domestic abuse protection notices, to protect victims of domestic abuse."),
        stmt(F, "2023-25", PEEL, LFM, "The force should improve how it evaluates its change programmes, so that it "
             "can show whether they deliver the benefits it expected."),
    ],
    recs=[
        stmt(F, "2023-25", PEEL, INV, "By 31 March 2025, the force should make sure that investigations are "
             "allocated to staff with the skills, training and capacity to carry them out."),
        stmt(F, "2023-25", PEEL, INV, "By 31 March 2025, the force should make sure that supervisors review "
             "investigations at set intervals and that their direction is recorded."),
    ],
    coc=[stmt(F, "2023-25", PEEL, INV, "North Wales Police isn't investigating crime effectively, and too many "
              "victims don't receive the outcome they should.")],
    people=[person("Huw Gwilliam", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Rhian Morgan-Ellis", "chief-constable", F, "Chief Constable"),
            person("Iwan Parry", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Gwyn Pritchard-Hughes", "commissioner", F, "Police and Crime Commissioner for North Wales")],
    notes=[
        "The colour key lists all five grades and gives nothing; the table gives nine grades, including crime "
        "data integrity (crime-recording). Victim service is not graded.",
        "'In our 2021/22 inspection, we graded the force as adequate for investigating crime' gives one 2021/22 "
        "judgement (HMICFRS: 'our').",
        "Cause of concern with two numbered recommendations (deadlines are dates, not periods). 'Innovative "
        "practice'/'good practice' is a distractor; North Wales Fire and Rescue Service is not a force.",
        "The PCC's title is written before the name with its place ('the Police and Crime Commissioner for North "
        "Wales, Gwyn Pritchard-Hughes'); the full phrase is kept. 'Arolygiad o Heddlu Gogledd Cymru' is Welsh.",
    ]))

# lu06 -- Nottinghamshire PCC response, PEEL 2018/19 (DOCX) --------------------------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "lu06.docx", "response-record", [F, "Derbyshire Constabulary"], [HF],
    [insp(F, "2018/19", EFF, HF), insp(F, "2018/19", EFC, HF), insp(F, "2018/19", LEG, HF),
     insp(F, "2017", EFF), insp(F, "2017", EFC), insp(F, "2017", LEG)],
    grades(F, "2018/19", EFF, [(None, G)]) + grades(F, "2018/19", EFC, [(None, G)])
    + grades(F, "2018/19", LEG, [(None, G)])
    + grades(F, "2017", EFF, [(None, G)]) + grades(F, "2017", EFC, [(None, RI)]) + grades(F, "2017", LEG, [(None, G)]),
    afis=[
        stmt(F, "2018/19", EFF, INV, "The force should make sure that it has enough trained detectives to "
             "investigate serious and complex crime.", True),
        stmt(F, "2018/19", EFF, PVP, "The force should make sure that officers record the voice of the child when "
             "they attend domestic abuse incidents.", True),
        stmt(F, "2018/19", EFC, "planning-future", "The force should better understand the skills of its workforce "
             "so that it can plan for future demand.", False),
        stmt(F, "2018/19", LEG, ELW, "The force should make sure that it has enough capacity in its counter-corruption "
             "unit to assess all intelligence promptly.", True),
    ],
    people=[person("Caroline Henshaw", "commissioner", F, "Police and Crime Commissioner for Nottinghamshire"),
            person("Marcus Bellamy", "chief-constable", F, "Chief Constable"),
            person("Helen Okafor", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    also={"inspections": [insp(F, "2018/19", PEEL, HF)]},
    notes=[
        "Pillar grades come from the prose and the 'Summary of judgments' table; the '2017' column gives 2017 "
        "pillar grades (no inspectorate is stated for them, so null). Pillar keying as in lu03.",
        "AFI questions come from the 'Question' column: 'Planning for the future' -> planning-future, "
        "'Ethical and lawful workforce' -> ethical-lawful-workforce.",
        "AFI 3's force response is 'No update provided.' -> has_force_update false.",
        "The Word header and footer are not body text. Derbyshire Constabulary is named in passing.",
    ]))

# lu07 -- Norfolk PCC response, PEEL 2021/22 (DOCX) -----------------------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "lu07.docx", "response-record", [F, "Suffolk Constabulary"], [HF],
    [insp(F, "2021/22", PEEL, HF)],
    grades(F, "2021/22", PEEL, [(PREV, O), (PPT, G), (RESP, A), (INV, G), (PVP, G), (MOS, G), (WORK, G),
                                (LFM, G), (CDI, G)]),
    afis=[
        stmt(F, "2021/22", PEEL, RESP, "The force should make sure that it answers non-emergency calls promptly and "
             "that callers are not left waiting for long periods.", True),
        stmt(F, "2021/22", PEEL, RESP, "The force should make sure that repeat callers are identified at first "
             "contact, so that their risk is properly assessed.", True),
        stmt(F, "2021/22", PEEL, INV, "The force should make sure that victim personal statements are offered to all "
             "victims and that the offer is recorded.", False),
    ],
    people=[person("Alison Drury", "chief-constable", F, "Chief Constable"),
            person("Tobias Wren", "commissioner", F, "Police and Crime Commissioner for Norfolk")],
    notes=[
        "Grades are a bulleted list 'Area – Grade'. 'Good use of resources – Good' -> leadership-management Good.",
        "The AFIs are Word 'List Number' paragraphs (the numbers are automatic, not in the text). AFI 3 has only a "
        "'PCC comment:' saying the force has not yet provided an update -> false.",
        "The PCC is named only in the signature, with the title after the name. 'As Police and Crime "
        "Commissioner for Norfolk, I ...' is the same person.",
        "Suffolk Constabulary is a partner named in passing; Norfolk Fire and Rescue Service is not a force.",
    ]))

# lu08 -- Derbyshire PCC response, PEEL 2023-25 (DOCX) --------------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "lu08.docx", "response-record", [F], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    grades(F, "2023-25", PEEL, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A)])
    + grades(F, "2021/22", PEEL, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G)]),
    afis=[
        stmt(F, "2023-25", PEEL, RESP, "The force should make sure that it attends incidents within the times it has "
             "set, and that it tells callers if attendance will be delayed.", True),
        stmt(F, "2023-25", PEEL, RESP, "The force should make sure that call handlers use the THRIVE risk assessment "
             "consistently.", True),
        stmt(F, "2023-25", PEEL, PPT, "The force should improve how it records the grounds for stop and search, so "
             "that it can show the power is used fairly.", True),
        stmt(F, "2023-25", PEEL, PVP, "The force should make sure that it refers all eligible cases to the domestic "
             "violence disclosure scheme and processes them within the expected timescale.", False),
    ],
    people=[person("Owen Marchetti", "chief-constable", F, "Chief Constable"),
            person("Harriet Coleby", "commissioner", F, "Police and Crime Commissioner for Derbyshire")],
    notes=[
        "The 'PEEL 2021/22' column gives seven 2021/22 grades; 'Good*' is a grade with a footnote (the area was "
        "then 'Developing a positive workplace'), and Leadership's '–' gives nothing. The 2021/22 inspection is "
        "taken as HMICFRS's, from the document's context.",
        "AFI 4's Force action is '–' -> has_force_update false.",
        "Derbyshire Fire and Rescue Service's 'good grade' is a fire inspection: no judgement.",
    ]))

# lu09 -- PEEL 2023-25, Suffolk Constabulary (HTML publication) ----------------------------
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "lu09.html", "peel-report-2021", [F, "Norfolk Constabulary"], [HF],
    [insp(F, "2023-25", PEEL, HF)],
    grades(F, "2023-25", PEEL, [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, G), (MOS, A), (WORK, O), (LFM, G)]),
    afis=[
        stmt(F, "2023-25", PEEL, INV, "The constabulary should make sure that investigation plans are recorded and "
             "that they are followed."),
        stmt(F, "2023-25", PEEL, INV, "The constabulary should make sure that it records whether victims have been "
             "offered the chance to make a personal statement."),
        stmt(F, "2023-25", PEEL, MOS, "The constabulary should make sure that it completes active risk management "
             "system assessments for registered sex offenders within the required timescales."),
    ],
    people=[person("Stuart Halloran-Pike", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "HTML publication page with navigation, a contents sidebar and a footer. The scale sentence names all "
        "five grades and gives nothing. Victim service is not graded.",
        "Norfolk Constabulary is a partner named in passing. 'Innovative practice'/'good practice' is a distractor.",
    ]))

# lu10 -- Cambridgeshire PCC web response, PEEL efficiency 2017 (HTML) ---------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "lu10.html", "response-record", [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF],
    [insp(F, "2017", EFC, HF), insp(F, "2016", EFC)],
    grades(F, "2017", EFC, [(None, G), ("understanding-demand", G), ("using-resources", RI), ("planning-future", G)])
    + grades(F, "2016", EFC, [(None, G)]),
    afis=[
        stmt(F, "2017", EFC, None, "The force should make sure it understands the skills and capabilities of its "
             "workforce, so that it can identify gaps and plan to fill them.", True),
        stmt(F, "2017", EFC, None, "The force should carry out a full assessment of the benefits of its "
             "collaboration with other forces.", True),
    ],
    people=[person("Nicholas Tregear", "chief-constable", F, "Chief Constable"),
            person("Martin Crowhurst", "commissioner", F,
                   "Police and Crime Commissioner for Cambridgeshire and Peterborough")],
    notes=[
        "'In 2016 the force was also graded good for efficiency' gives the 2016 efficiency grade (no inspectorate "
        "stated for it).",
        "The AFIs sit in a table with no question heading, so question is null.",
        "Bedfordshire and Hertfordshire are alliance partners named in passing; Cambridgeshire Fire and Rescue "
        "Service is not a force.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
