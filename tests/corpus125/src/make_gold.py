"""Write gold/nv01.json ... gold/nv10.json for corpus125 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
P1819, P2122, P2325 = "2018/19", "2021/22", "2023-25"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def st(force, period, pillar, question, text, update):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None):
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

# nv01 -- HMICFRS PEEL 2018/19 report (PDF), Lancashire -----------------------------------
F = "Lancashire Constabulary"
pe = lambda q, t, u=False: st(F, P1819, "PEEL", q, t, u)
GOLDS.append(gold(
    "nv01.pdf", "peel-report", [F], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", "Effectiveness", HF)],
    [j(F, P1819, "PEEL", "preventing-crime", G), j(F, P1819, "PEEL", "investigating-crime", RI),
     j(F, P1819, "PEEL", "protecting-vulnerable", G), j(F, P1819, "PEEL", "using-resources", G),
     j(F, P1819, "PEEL", "planning-future", G), j(F, P1819, "PEEL", "fair-treatment-public", G),
     j(F, P1819, "PEEL", "ethical-lawful-workforce", RI), j(F, P1819, "PEEL", "fair-treatment-workforce", G),
     j(F, "2017", "Effectiveness", "serious-organised-crime", G)],
    afis=[
        pe("preventing-crime", "The force should evaluate its problem-solving work in neighbourhoods so that it learns which approaches reduce demand, and share that learning across its three divisions."),
        pe("planning-future", "The force should build a fuller picture of the skills its officers and staff already have, so that its workforce plan can match them to the demand it expects."),
        pe("ethical-lawful-workforce", "The force should make sure that all its officers and staff have been vetted to the level their role requires, and should clear its backlog of vetting reviews."),
        pe("ethical-lawful-workforce", "The force should strengthen its counter-corruption unit so that it can seek out intelligence on corruption proactively and act on it promptly."),
        pe("ethical-lawful-workforce", "The force should make sure that its workforce recognises abuse of position for a sexual purpose as serious corruption and knows how to report it."),
        pe("ethical-lawful-workforce", "The force should monitor the use of its IT systems so that it can identify misuse of data quickly."),
    ],
    recs=[pe("investigating-crime", "To address this cause of concern, we recommend that within six months the force should: make sure that every investigation has a clear plan which a supervisor reviews at regular intervals; reduce the backlog of digital devices awaiting examination, and set out how it will prioritise devices according to risk; and give investigators the training and guidance they need to identify and pursue all reasonable lines of enquiry.")],
    coc=[pe("investigating-crime", "Lancashire Constabulary is not investigating enough crime to a consistently good standard. Too many investigations lack an effective plan and active supervision, and the force has a backlog of digital devices awaiting examination.")],
    people=[person("Wendy Thackeray", "inspector", HF, "HM Inspector of Constabulary")],
    also={"judgements": [j(F, P1819, "Effectiveness", None, G), j(F, P1819, "Efficiency", None, G),
                         j(F, P1819, "Legitimacy", None, G)]},
    notes=[
        "2018/19 follows dev12: question grades have pillar PEEL; the Overall summary table's pillar grades (Effectiveness, Efficiency, Legitimacy) are in also_acceptable.",
        "The cause of concern and the preventing-crime AFI are repeated word for word in the summary box and in the body: one fact each.",
        "The recommendations are a lead-in ('... the force should:') with lettered fragments (a)-(c); per GOLD-FORMAT's lead-in convention they are ONE recommendation, markers dropped, joined with spaces. A grader that splits them into three will see three fragments that are not sentences.",
        "'Our judgment from the 2017 effectiveness inspection, when we found the force to be good at tackling serious and organised crime, still stands' gives a 2017 Effectiveness serious-organised-crime judgement; the 2017 inspection takes HMICFRS from the report's 'we'.",
        "The legitimacy AFIs are numbered 1-4 and a page break falls between 2 and 3. 'good practice in Burnley' is not a statement.",
    ]))

# nv02 -- force improvement plan (PDF), Staffordshire, PEEL 2021/22 -----------------------
F = "Staffordshire Police"
pe = lambda q, t, u=True: st(F, P2122, "PEEL", q, t, u)
GOLDS.append(gold(
    "nv02.pdf", "response-record", [F, "West Midlands Police", "West Mercia Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    [j(F, P2122, "PEEL", "responding-to-public", I), j(F, P2122, "PEEL", "investigating-crime", RI)],
    afis=[
        pe("investigating-crime", "The force should make sure that when a victim withdraws support for an investigation, the reasons are recorded and an evidence-led prosecution is considered."),
        pe("investigating-crime", "The force should reduce the number of digital devices waiting to be examined."),
        pe("protecting-vulnerable", "The force should make sure that officers complete a risk assessment at every domestic abuse incident and that supervisors check its quality."),
        pe("workforce", "The force should improve how it tracks and supports the wellbeing of officers and staff who are working in high-demand roles.", False),
    ],
    recs=[
        pe("responding-to-public", "Within three months, the force should make sure that it has enough call handlers on duty to answer emergency and non-emergency calls within national standards."),
        pe("responding-to-public", "Within three months, the force should make sure that call handlers use a structured triage process to identify vulnerability and repeat victims, and record it."),
    ],
    coc=[pe("responding-to-public", "The force is not answering calls for service quickly enough, and it does not always identify vulnerable and repeat victims when they first make contact.")],
    people=[person("Helen Marsden", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "Each row's kind comes from its Type cell. R1 and R2 have no area of their own; they follow CoC1 (Responding to the public). 'Developing a positive workplace' -> workforce.",
        "The 'Force actions' column is the force's update: true for every row with actions, false for AFI4 ('Not yet assigned - awaiting People Board decision.').",
        "Traps left out: L1 is the force's own action written as an imperative ('Review the force's missing persons policy ...'), not an HMICFRS finding; IP1 is innovative/good practice; the actions are imperatives, not statements.",
        "'requires improvement at investigating crime' and 'inadequate at responding to the public' are the only grades; the Engage phase is not a grade. West Midlands Police and West Mercia Police are named in passing.",
    ]))

# nv03 -- PCC section 55 letter (DOCX), Gwent, PEEL 2021/22 ------------------------------
F = "Gwent Police"
pe = lambda q, t, u=True: st(F, P2122, "PEEL", q, t, u)
GOLDS.append(gold(
    "nv03.docx", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    [j(F, P2122, "PEEL", "preventing-crime", G), j(F, P2122, "PEEL", "treatment-of-public", G),
     j(F, P2122, "PEEL", "protecting-vulnerable", A), j(F, P2122, "PEEL", "managing-offenders", A),
     j(F, P2122, "PEEL", "responding-to-public", RI), j(F, P2122, "PEEL", "investigating-crime", RI)],
    afis=[
        pe("responding-to-public", "The force should make sure that it answers non-emergency calls promptly and that fewer callers abandon their calls before they are answered."),
        pe("responding-to-public", "The force should make sure that it reviews the risk to callers when its attendance is delayed beyond the time it promised."),
        pe("investigating-crime", "The force should make sure that investigations are subject to regular and effective supervision, and that supervisors record their instructions."),
        pe("investigating-crime", "The force should make sure that it carries out and records a needs assessment for every victim, so that the right support is offered."),
        pe("treatment-of-public", "The force should improve how it records the ethnicity of people it stops and searches, so that it can understand any disproportionality.", False),
    ],
    people=[
        person("Sian Morgan-Hughes", "chief-constable", F, "Chief Constable"),
        person("Alun Pritchard", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "AFIs 1-3 follow a bold run-in label ('AFI 1:') in the same paragraph; the label is not part of the text. Two more are quoted in Word's Quote style after the commissioner's lead-in ('the inspectorate also said:'). Questions come from the section headings.",
        "has_force_update: true where a 'Force response:' follows. The stop and search AFI has only the commissioner's own comment and says the Chief Constable 'has not yet provided her response': false.",
        "'treating the public fairly' -> treatment-of-public. 'did not grade victim service' and 'There were no causes of concern' give nothing. The improvement-plan actions ('review the call-handling model by December 2022') are imperatives, not statements; the College of Policing point and the innovative practice are not force statements.",
        "Heddlu Gwent is an alias of Gwent Police. The Home Secretary is not a role in the format. The header (OPCC name) is not body text.",
    ]))

# nv04 -- PCC report to panel (DOCX), Derbyshire, HMIC Effectiveness 2016 ------------------
F = "Derbyshire Constabulary"
pe = lambda q, t, u=True: st(F, "2016", "Effectiveness", q, t, u)
GOLDS.append(gold(
    "nv04.docx", "response-record", [F, "Nottinghamshire Police", "Leicestershire Police"], [H],
    [insp(F, "2016", "Effectiveness", H)],
    [j(F, "2016", "Effectiveness", None, G), j(F, "2016", "Effectiveness", "preventing-crime", G),
     j(F, "2016", "Effectiveness", "protecting-vulnerable", G),
     j(F, "2016", "Effectiveness", "serious-organised-crime", G),
     j(F, "2016", "Effectiveness", "investigating-crime", RI)],
    afis=[
        pe("preventing-crime", "The force should ensure that its neighbourhood officers are not routinely taken away from their local areas to cover response duties."),
        pe("investigating-crime", "The force should improve the quality and supervision of its investigations, so that all reasonable lines of enquiry are followed."),
        pe("investigating-crime", "The force should ensure that it makes full use of bail conditions and other measures to manage suspects released during an investigation.", False),
        pe("investigating-crime", "The force should reduce the time taken to examine digital devices seized as evidence."),
        pe("protecting-vulnerable", "The force should improve how it shares information about children who are at risk of sexual exploitation with local partners."),
    ],
    people=[
        person("Martin Greaves", "inspector", H, "HM Inspector of Constabulary"),
        person("Peter Goodall", "chief-constable", F, "Chief Constable"),
        person("Hardev Sandhu", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
    ],
    notes=[
        "The list in 2.3 is nested: each parent bullet is only a theme ('Investigating crime'), so its sub-bullets are separate AFIs, not one lead-in statement. The theme gives the question.",
        "Section 3 repeats four AFIs as Heading 3 paragraphs with update paragraphs beneath: has_force_update true. The bail AFI has no heading; 3.2 says the work is being taken forward nationally and 'an update will follow', so it is false (Unsure).",
        "'to require improvement in investigating crime' is the Requires improvement grade. Specialist capabilities 'inspected but not graded' gives nothing. 'Next steps: evaluate ...; report ...' are actions, not statements.",
        "The report was published in March 2017 and the panel met in June 2017, but the inspection period is 2016. Nottinghamshire and Leicestershire are named in passing (EMSOU). The Word footer is not body text.",
    ]))

# nv05 -- HMICFRS web page (HTML), Cambridgeshire, Legitimacy 2017 ------------------------
F = "Cambridgeshire Constabulary"
pe = lambda q, t: st(F, "2017", "Legitimacy", q, t, False)
GOLDS.append(gold(
    "nv05.html", "peel-report", [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [HF],
    [insp(F, "2017", "Legitimacy", HF), insp(F, "2016", "Legitimacy", None)],
    [j(F, "2017", "Legitimacy", None, G), j(F, "2017", "Legitimacy", "fair-treatment-public", G),
     j(F, "2017", "Legitimacy", "ethical-lawful-workforce", G),
     j(F, "2017", "Legitimacy", "fair-treatment-workforce", RI),
     j(F, "2016", "Legitimacy", None, G)],
    afis=[
        pe("fair-treatment-public", "The force should make sure that it records and monitors the reasons for its use of force, so that it can spot patterns and learn from them."),
        pe("fair-treatment-workforce", "The force should improve how it manages the wellbeing of its workforce, in particular by: making sure that supervisors have the training to recognise the signs of stress; and evaluating the support available to officers and staff after traumatic incidents."),
    ],
    people=[person("Rachel Ibbotson", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "Both AFIs appear twice, in the Summary and under their question: one fact each. The wellbeing AFI is a lead-in with nested <ul> sub-bullets, joined into one statement.",
        "'Last year, we judged the force to be good in this area too' gives a 2016 Legitimacy judgement; the page does not name an inspectorate for 2016 (HMICFRS did not exist then), so null.",
        "'We did not identify any areas for improvement in this question' and 'good practice' give nothing. Bedfordshire and Hertfordshire are partners named in passing.",
    ]))

# nv06 -- committee minutes (HTML), City of London, PEEL 2021/22 --------------------------
F = "City of London Police"
pe = lambda q, t, u=True: st(F, P2122, "PEEL", q, t, u)
GOLDS.append(gold(
    "nv06.html", "response-record", [F, "Metropolitan Police Service"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    [j(F, P2122, "PEEL", "preventing-crime", G), j(F, P2122, "PEEL", "investigating-crime", RI),
     j(F, P2122, "PEEL", "protecting-vulnerable", RI), j(F, P2122, "PEEL", "responding-to-public", A)],
    afis=[
        pe("investigating-crime", "The force should improve how it allocates investigations, so that each is given to an investigator with the right skills."),
        pe("investigating-crime", "The force should make sure that investigations are regularly reviewed by supervisors and that the reviews are recorded.", False),
        pe("protecting-vulnerable", "The force should make sure that vulnerable victims are identified at the first point of contact and that their needs are recorded."),
        pe("protecting-vulnerable", "The force should improve its management of registered sex offenders, so that home visits take place on time."),
    ],
    people=[person("Patrick Hollis", "chief-constable", F, "Commissioner")],
    notes=[
        "Statements follow an 'AFI n \u2013' label in a table cell; AFI 4 is also quoted inside minute (b), where the Commissioner answers it. Questions come from the Area column.",
        "AFI 2's 'Force commentary' cell is empty and minute (c) says no commentary was provided: has_force_update false, although its status reads 'Open \u2013 at risk'.",
        "The City of London Police Commissioner is the force's chief officer (role chief-constable, title 'Commissioner'). Minutes (a)-(f) are lettered points, not statements; (f) lists actions. 'good practice from other forces, including the Metropolitan Police Service' names the Met in passing. 'eleven areas for improvement' is a count.",
    ]))

# nv07 -- national spotlight report (TXT), PEEL 2018/19 ------------------------------------
GROUP = ["Avon and Somerset Constabulary", "Cambridgeshire Constabulary", "Durham Constabulary",
         "Dyfed-Powys Police", "Kent Police", "Lincolnshire Police", "North Yorkshire Police",
         "Northumbria Police", "South Yorkshire Police", "Surrey Police", "Sussex Police",
         "Thames Valley Police", "West Yorkshire Police", "Wiltshire Police", "Warwickshire Police"]
W, D, NY = "Wiltshire Police", "Durham Constabulary", "North Yorkshire Police"
GOLDS.append(gold(
    "nv07.txt", "national-release", GROUP + ["Cleveland Police"], [HF],
    [insp(W, P1819, inspectorate=HF), insp(D, P1819, inspectorate=HF), insp(NY, P1819, inspectorate=HF),
     insp(D, "2017", "Effectiveness", HF)],
    [j(W, P1819, "PEEL", "protecting-vulnerable", RI), j(D, P1819, "PEEL", "investigating-crime", O),
     j(NY, P1819, "PEEL", "preventing-crime", G), j(D, "2017", "Effectiveness", None, O)],
    afis=[st(W, P1819, "PEEL", "protecting-vulnerable", "The force should make sure that officers assess the risk to every victim of domestic abuse at the scene, and that supervisors review the assessment within 24 hours.", False)],
    people=[person("Frances Oduya", "inspector", HF, "HM Inspector of Constabulary")],
    also={"inspections": [insp(f, P1819, inspectorate=HF) for f in GROUP if f not in (W, D, NY)]},
    notes=[
        "The three numbered recommendations are addressed to the College of Policing, all chief constables and the Home Office, and the report says they are not recommendations to any force named: no recommendation facts.",
        "Only Wiltshire's AFI is quoted as an AFI made to one force. Counts ('Nine of the 15 forces were graded good ...') give nothing.",
        "Annex A lists the 15 forces in the group. The 12 with no grade in the text are in also_acceptable inspections (they were inspected in this group, but the report states nothing about them). Cleveland Police is named only in passing.",
        "'In 2017 we judged it outstanding for effectiveness as a whole' gives a 2017 Effectiveness judgement for Durham. The Checkpoint 'innovative practice' / 'good practice' box is not a statement.",
    ]))

# nv08 -- force web page (Markdown), Northumbria, HMIC Effectiveness 2015 ------------------
F = "Northumbria Police"
pe = lambda q, t, u=True: st(F, "2015", "Effectiveness", q, t, u)
GOLDS.append(gold(
    "nv08.md", "response-record", [F, "Durham Constabulary"], [H],
    [insp(F, "2015", "Effectiveness", H)],
    [j(F, "2015", "Effectiveness", None, G), j(F, "2015", "Effectiveness", "preventing-crime", G),
     j(F, "2015", "Effectiveness", "investigating-crime", G),
     j(F, "2015", "Effectiveness", "protecting-vulnerable", RI),
     j(F, "2015", "Effectiveness", "serious-organised-crime", G)],
    afis=[
        pe("preventing-crime", "The force should evaluate its neighbourhood problem-solving activity so that it knows what works and can share that learning."),
        pe("protecting-vulnerable", "The force should improve its initial response to missing children, so that the risk to each child is properly assessed."),
        pe("protecting-vulnerable", "The force should ensure that domestic abuse victims receive a consistent response, regardless of which area command attends."),
        pe("protecting-vulnerable", "The force should improve how it identifies and responds to repeat victims of anti-social behaviour and crime.", False),
        pe("investigating-crime", "The force should ensure that its officers seize and record evidence fully at the first attendance."),
        pe("serious-organised-crime", "The force should work with local partners to make better use of their powers to disrupt organised crime groups."),
    ],
    people=[
        person("Steve Ashman", "chief-constable", F, "Chief Constable"),
        person("Vera Baird", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Statements sit in Markdown tables, the response in the next column. AFI 4's response is 'To follow.' (Not started): false. AFI 2's response is written as imperatives ('Review the missing persons policy by September 2016.'): still the force's response, so true, and the imperatives are not statements.",
        "'requiring improvement at protecting those who are vulnerable' is the Requires improvement grade. The publication dates (2016) are not the period (2015).",
        "'Good practice' (Operation Encompass) is not a statement. Durham Constabulary is a partner named in passing; Northumbria University is not a force.",
    ]))

# nv09 -- recommendations tracker (CSV), PEEL 2023-25 -------------------------------------
SW, NW, SU = "South Wales Police", "North Wales Police", "Surrey Police"
GOLDS.append(gold(
    "nv09.csv", "national-release", [SW, NW, SU], [HF],
    [insp(SW, P2325, inspectorate=HF), insp(NW, P2325, inspectorate=HF), insp(SU, P2325, inspectorate=HF)],
    afis=[
        st(SW, P2325, "PEEL", None, "The force should make sure that it answers non-emergency calls promptly, and that callers are told what will happen next.", True),
        st(SW, P2325, "PEEL", None, "The force should make sure it has enough trained detectives to manage the demand from serious and complex investigations.", False),
        st(NW, P2325, "PEEL", None, "The force should improve how it manages the risk posed by registered sex offenders, so that visits take place on time.", True),
        st(NW, P2325, "PEEL", None, "The force should make sure that supervisors review stop and search records and give feedback to officers.", True),
    ],
    recs=[
        st(SU, P2325, "PEEL", None, "Within six months, the force should make sure that it attends emergency incidents within its published target times.", True),
        st(SU, P2325, "PEEL", None, "Within six months, the force should make sure that control room supervisors review the risk to callers whose attendance is delayed.", True),
    ],
    coc=[st(SU, P2325, "PEEL", None, "The force does not always respond to emergency calls quickly enough, and some vulnerable callers wait too long for help.", True)],
    notes=[
        "The kind of each row comes from the 'type' column. The file gives no area for any statement, so question is null (the wording suggests responding / investigating / managing offenders / treatment of the public, but the document does not say so).",
        "has_force_update: true where force_update is filled; South Wales AFI-02 has an empty cell: false.",
        "Not statements: the 'Good practice' row (GP-01) and the 'All forces' national recommendation from State of Policing (NR-01). The inspection inspectorate is HMICFRS: PEEL 2023-25 is its programme and the file names HMICFRS (GP-01).",
        "check_gold needs each statement bounded by spaces, which a CSV cell never is (commas and quotes): it is checked against text/nv09.csv, one cell per line.",
    ]))

# nv10 -- panel minutes (TXT), West Mercia, PEEL 2018/19 -----------------------------------
F = "West Mercia Police"
pe = lambda q, t, u=True: st(F, P1819, "PEEL", q, t, u)
GOLDS.append(gold(
    "nv10.txt", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    [j(F, P1819, "PEEL", "protecting-vulnerable", G), j(F, P1819, "PEEL", "investigating-crime", RI)],
    afis=[
        pe("investigating-crime", "The force should make sure that all crimes are allocated promptly to investigators with the right skills and experience."),
        pe("investigating-crime", "The force should improve the supervision of investigations, so that plans are set and reviewed."),
        pe("planning-future", "The force should develop a fuller understanding of the skills of its workforce, so that it can plan for the separation of services from Warwickshire Police."),
        pe("fair-treatment-workforce", "The force should improve how it identifies and develops talented officers and staff."),
        pe("fair-treatment-workforce", "The force should make sure that its workforce understands how it can raise concerns, and that it has confidence in the process."),
    ],
    people=[
        person("John Campion", "commissioner", F, "Police and Crime Commissioner"),
        person("Anthony Bangham", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": [j(F, P1819, "Effectiveness", None, RI), j(F, P1819, "Efficiency", None, RI),
                         j(F, P1819, "Legitimacy", None, RI)]},
    notes=[
        "'judged as 'requires improvement' in all three areas: effectiveness, efficiency and legitimacy' gives 2018/19 pillar grades: also_acceptable, as dev12 prescribes for 2018/19.",
        "Each numbered AFI is followed by an indented 'Work under way:' or 'Being considered:' line, the force's work as summarised in the report: has_force_update true for all five. 'Review the supervisory template by December 2019. Brief all sergeants.' are imperatives, not statements.",
        "Questions come from the 'Pillar - question' headings. The 'good' grades of 'earlier years' name no period and give nothing; 'good practice' in another report is a distractor. Warwickshire Police is named in passing (the ended alliance).",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
