"""Write gold/ld01.json ... gold/ld10.json for corpus59 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG, LEAD, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
# 2015-17 question keys
PREV, INV, PVP, SOC, SPEC = ("preventing-crime", "investigating-crime", "protecting-vulnerable",
                             "serious-organised-crime", "specialist-capabilities")
DEM, RES, FUT = "understanding-demand", "using-resources", "planning-future"
PUB, ETH, WF = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, RI, I, O = "Good", "Requires improvement", "Inadequate", "Outstanding"

GMP, HUM, SWP = "Greater Manchester Police", "Humberside Police", "South Wales Police"
GWENT, DP, BEDS = "Gwent Police", "Dyfed-Powys Police", "Bedfordshire Police"


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
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

# ld01 -- PEEL: Police effectiveness 2016, Greater Manchester Police (PDF) ------------------
F, P = GMP, "2016"
GOLDS.append(gold(
    "ld01.pdf", "peel-report", [GMP, HUM, BEDS, SWP, DP], [H],
    [insp(F, P, EFF, H), insp(F, "2015", EFF, H)],
    grades(F, P, EFF, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)])
    + grades(F, "2015", EFF, [(None, G)]),
    afis=[
        stmt(F, P, EFF, PREV,
             "The force should evaluate how well its engagement activity reaches communities that "
             "are less likely to contact the police, and act on what it finds."),
        stmt(F, P, EFF, PREV,
             "The force should make sure that neighbourhood officers in every district have the "
             "analytical support they need to understand the problems in their areas."),
        stmt(F, P, EFF, INV,
             "The force should improve the supervision of volume crime investigations so that each "
             "one has a clear investigation plan that is recorded and reviewed."),
        stmt(F, P, EFF, INV,
             "The force should ensure that it understands how many wanted persons and identified "
             "suspects are outstanding, and that it takes action to locate and arrest them promptly."),
        stmt(F, P, EFF, INV,
             "The force should ensure that officers allocated complex investigations have the "
             "skills, training and time to carry them out to a good standard."),
        stmt(F, P, EFF, PVP,
             "The force should ensure that call handlers identify vulnerability and repeat "
             "victimisation consistently, and that this information is passed to the officers who "
             "attend."),
        stmt(F, P, EFF, PVP,
             "The force should make sure that it attends incidents involving vulnerable victims "
             "within the timescales it has set, and that any delay is risk-assessed by a supervisor."),
        stmt(F, P, EFF, SOC,
             "The force should improve its understanding of how well its partners contribute to the "
             "disruption of organised crime groups, and record this in its management of each group."),
    ],
    recs=[
        stmt(F, P, EFF, PVP,
             "To address this cause of concern, we recommend that, within three months, the force "
             "should: review its use of the \"absent\" category so that no child at risk of harm is "
             "placed in it; ensure that supervisors review the risk assessment of every child who "
             "remains missing, at regular and recorded intervals; and ensure that return home "
             "interviews take place and that the information from them is used to protect children "
             "from exploitation."),
    ],
    coc=[
        stmt(F, P, EFF, PVP,
             "Greater Manchester Police does not always respond appropriately to reports of missing "
             "children. Risk is not assessed consistently, too many children are classified as "
             "absent when they should be treated as missing, and the risk of child sexual "
             "exploitation is not always recognised."),
    ],
    notes=[
        "Question grades are stated twice: in the 'Summary of judgments' table and in each "
        "chapter's judgement box ('is judged to be good at ...', 'requires improvement in the way "
        "it ...'). Specialist capabilities is 'Ungraded' / 'We do not grade this question': no "
        "judgement, although the chapter says the force is 'well prepared'.",
        "2015: 'This is a deterioration since 2015, when HMIC judged the force to be good' gives "
        "the 2015 effectiveness grade, with HMIC named. 'When we inspected the force in 2015 we "
        "found investigations were generally of a good standard' is not a question grade.",
        "The cause-of-concern box has one recommendation written as a lead-in ending in a colon "
        "plus three lower-case bullets; following GOLD-FORMAT's lead-in rule it is one statement "
        "with the bullets joined. A reader could count three recommendations, but the bullets are "
        "fragments ('review its use ...;'), so no separate entries are given.",
        "Distractors: the four-point scale (Introduction and Annex A), 'good practice' (twice), "
        "'an adequate supply of analysts', 'an adequate approach to investigative training', "
        "'a good standard' inside an AFI. Humberside, Bedfordshire, South Wales and Dyfed-Powys "
        "are named only in comparisons and data notes (forces only, no inspection).",
        "No person is named. The Greater Manchester Combined Authority and the Mayor's office "
        "are not people facts.",
    ]))

# ld02 -- PEEL: Police efficiency 2017, Humberside Police (PDF) -----------------------------
F, P = HUM, "2017"
GOLDS.append(gold(
    "ld02.pdf", "peel-report", [HUM, BEDS, GMP], [HF, H],
    [insp(F, P, EFFIC, HF), insp(F, "2016", EFFIC, H)],
    grades(F, P, EFFIC, [(None, RI), (DEM, RI), (RES, RI), (FUT, G)])
    + grades(F, "2016", EFFIC, [(None, RI)]),
    afis=[
        stmt(F, P, EFFIC, DEM,
             "The force should complete its analysis of demand, including less visible demand and "
             "demand from proactive work, so that it understands the full range of its workload."),
        stmt(F, P, EFFIC, DEM,
             "The force should identify and reduce inefficient processes that create avoidable "
             "demand, such as repeat calls from people seeking updates on their cases."),
        stmt(F, P, EFFIC, RES,
             "The force should undertake a comprehensive skills audit to understand its workforce's "
             "capabilities and to identify any gaps, so that it can allocate the right people to the "
             "right roles."),
        stmt(F, P, EFFIC, RES,
             "The force should develop a process to identify talented officers and staff and to "
             "develop its future leaders."),
        stmt(F, P, EFFIC, RES,
             "The force should evaluate the benefits of its collaborative arrangements, to be sure "
             "that they are improving efficiency and providing value for money."),
        stmt(F, P, EFFIC, FUT,
             "The force should ensure that its workforce plans are informed by a full understanding "
             "of the skills it will need in the future."),
    ],
    notes=[
        "2016: 'In 2016 we judged the force to require improvement for efficiency' gives the 2016 "
        "grade. The Introduction says the 2016 inspection 'was carried out by HMIC, our "
        "predecessor inspectorate', so that inspection's inspectorate is HMIC and both HMIC and "
        "HMICFRS are named.",
        "Distractors: 'an adequate level of reserves', 'good practice' in the planning chapter, "
        "the four grades listed in the Introduction, and the Humberside Fire and Rescue Service "
        "(not a police force). Bedfordshire Police and Greater Manchester Police are named only "
        "in Annex A.",
    ]))

# ld03 -- PEEL: Police legitimacy 2017 (with leadership), South Wales Police (DOCX) --------
F, P = SWP, "2017"
GOLDS.append(gold(
    "ld03.docx", "peel-report", [SWP, GWENT, DP], [HF],
    [insp(F, P, LEG, HF), insp(F, "2016", LEG)],
    grades(F, P, LEG, [(None, G), (PUB, G), (ETH, G), (WF, G)])
    + grades(F, "2016", LEG, [(ETH, G)]),
    afis=[
        stmt(F, P, LEG, PUB,
             "The force should ensure that supervisors check that the grounds for every stop and "
             "search are recorded in sufficient detail to show that the search was reasonable."),
        stmt(F, P, LEG, ETH,
             "The force should complete its review of the vetting status of all officers and staff, "
             "in line with the national vetting guidelines, by the end of 2018."),
        stmt(F, P, LEG, ETH,
             "The force should make sure it has the capability to monitor all of its computer "
             "systems, so that it can identify data breaches and protect the information it holds."),
        stmt(F, P, LEG, WF,
             "The force should ensure that its performance development reviews are meaningful and "
             "that supervisors are trained to carry them out fairly and consistently."),
    ],
    people=[person("Catrin Woodall", "inspector", HF, "HM Inspector of Constabulary")],
    also={
        "judgements": grades(F, "2016", LEG, [(None, G)]),
        "inspections": [insp(F, P, LEAD, HF)],
    },
    notes=[
        "'This is the same overall grade as we gave the force in 2016' states no grade word for "
        "2016, so the 2016 overall legitimacy grade is only in also_acceptable. The ethical "
        "question's 2016 grade is stated in words ('In 2016 we judged the force to be good at "
        "ensuring its workforce behaves ethically and lawfully'), so it is a main judgement and "
        "the 2016 legitimacy inspection is a main inspection; its inspectorate is null because "
        "the document names only HMICFRS.",
        "The Leadership chapter is 'not graded in 2017': 'a good understanding', 'Development "
        "opportunities are good' and 'outstanding examples of leadership' give no judgement. A "
        "2017 Leadership inspection is in also_acceptable because the report covers it, but no "
        "grade exists.",
        "Distractors: 'an adequate process', 'an adequate number of trained investigators', "
        "'good practice', the deputy chief constable (unnamed). Gwent and Dyfed-Powys are "
        "collaborators only. The page header and footer are not body text.",
    ]))

# ld04 -- HMIC revisit letter to the Chief Constable of Gwent Police (DOCX) ----------------
F, P = GWENT, "2015"
GOLDS.append(gold(
    "ld04.docx", "peel-report", [GWENT, SWP], [H],
    [insp(F, P, EFF, H)],
    grades(F, P, EFF, [(None, RI), (PVP, I)]),
    recs=[
        stmt(F, P, EFF, PVP,
             "The force should immediately ensure that every call from a vulnerable victim is "
             "assessed for risk by the call handler using a structured method, and that the "
             "assessment is recorded."),
        stmt(F, P, EFF, PVP,
             "The force should ensure that officers attend incidents involving vulnerable victims "
             "within the time set by the force, and that delays are reviewed by a supervisor."),
        stmt(F, P, EFF, PVP,
             "The force should ensure that officers complete a domestic abuse risk assessment at "
             "every domestic abuse incident and that high-risk cases are referred to the "
             "multi-agency risk assessment conference without delay."),
        stmt(F, P, EFF, PVP,
             "The force should ensure that supervisors oversee investigations involving vulnerable "
             "victims so that safeguarding actions are completed."),
    ],
    coc=[
        stmt(F, P, EFF, PVP,
             "Gwent Police does not consistently identify and assess the risk to vulnerable "
             "victims, particularly victims of domestic abuse, and the response it provides to them "
             "is too often delayed. As a result, some victims are left at risk of further harm."),
    ],
    people=[
        person("Hugh Penrose", "inspector", H, "HM Inspector of Constabulary"),
        person("Aled Pritchard", "chief-constable", F, "Chief Constable"),
        person("Eleri Vaughan", "commissioner", F, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "Genre: a letter from HMIC to one force about one inspection; no genre fits exactly, "
        "peel-report is the closest (an inspectorate publication on one force).",
        "The letter is dated May 2016 but is about the 2015 effectiveness inspection (the "
        "report was published in February 2016), so every fact has period 2015. 'This revisit "
        "does not change the judgements' gives no new grade, and the 'PEEL effectiveness "
        "inspection later this year' (2016) has no grade.",
        "The cause of concern is quoted in Word's Quote style; the four recommendations sit in a "
        "table column. has_force_update is false for all of them: the third column is HMIC's "
        "own revisit finding, not the force's update or response. Unsure: a grader could read "
        "'What we found in April 2016' as an update on each recommendation.",
        "People: the addressee block 'Mr Aled Pritchard QPM / Chief Constable' (honorific and "
        "post-nominal dropped); the PCC is copied in ('cc: Mrs Eleri Vaughan, Police and Crime "
        "Commissioner for Gwent'), title after the name kept in full. The deputy chief "
        "constable is unnamed.",
        "Distractors: 'an adequate grip', 'good foundations', 'consistently good'. South Wales "
        "Police is a partner only.",
    ]))

# ld05 -- HMICFRS web page, Dyfed-Powys PEEL 2018/19, with tabs (HTML) --------------------
F, P = DP, "2018/19"
GOLDS.append(gold(
    "ld05.html", "peel-report", [DP, GWENT, SWP], [HF],
    [insp(F, P, PEEL, HF), insp(F, P, EFF, HF), insp(F, P, EFFIC, HF), insp(F, P, LEG, HF),
     insp(F, "2017", EFF, HF), insp(F, "2016", EFF), insp(F, "2015", EFF),
     insp(F, "2017", EFFIC, HF), insp(F, "2016", EFFIC), insp(F, "2015", EFFIC),
     insp(F, "2017", LEG, HF), insp(F, "2016", LEG)],
    grades(F, P, EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI)])
    + grades(F, P, EFFIC, [(None, G), (RES, G), (FUT, G)])
    + grades(F, P, LEG, [(None, G), (PUB, G), (ETH, G), (WF, G)])
    + grades(F, "2017", EFF, [(None, G)]) + grades(F, "2016", EFF, [(None, G)])
    + grades(F, "2015", EFF, [(None, RI)])
    + grades(F, "2017", EFFIC, [(None, G)]) + grades(F, "2016", EFFIC, [(None, G)])
    + grades(F, "2015", EFFIC, [(None, G)])
    + grades(F, "2017", LEG, [(None, RI)]) + grades(F, "2016", LEG, [(None, G)]),
    afis=[
        stmt(F, P, EFF, PVP,
             "The force should improve how it identifies and records the risk to people who go "
             "missing from home on more than one occasion."),
        stmt(F, P, EFF, PVP,
             "The force should make sure that referrals about vulnerable adults are passed to "
             "partner agencies without delay."),
        stmt(F, P, LEG, ETH,
             "The force should ensure that all officers and staff have received the appropriate "
             "level of vetting clearance for the posts they hold."),
    ],
    people=[
        person("Catrin Woodall", "inspector", HF, "HM Inspector of Constabulary"),
        person("Iwan Rhys-Jenkins", "chief-constable", F, "chief constable"),
    ],
    also={
        "judgements": grades(F, P, EFFIC, [(DEM, G)]),
        "inspections": [insp(F, "2017", LEAD, HF), insp(F, "2016", LEAD)],
    },
    notes=[
        "PEEL 2018/19 is an integrated assessment graded per pillar, with no overall grade. The "
        "document is about the PEEL 2018/19 inspection (pillar PEEL, main); each graded pillar "
        "also gets its own 2018/19 inspection so that its judgements and AFIs have one, and the "
        "question grades use the 2015-17 keys of their pillar.",
        "All tab panels are in the page (the tabs are in-page links), so every panel is "
        "visible text.",
        "'Meeting current demands and using resources' (2018/19 efficiency) -> using-resources; "
        "it also covers understanding demand, so an understanding-demand grade is in "
        "also_acceptable.",
        "'Previous reports' lists give a grade word after each earlier pillar report: "
        "effectiveness 2017/2016/2015, efficiency 2017/2016/2015, legitimacy 2017/2016. Each is a "
        "judgement with its own inspection; 2017 inspections are HMICFRS's ('our 2017 "
        "inspections' on an HMICFRS page), 2015 and 2016 have a null inspectorate because the "
        "page never names HMIC.",
        "Leadership 2016 and 2017 are 'Not graded': no judgement; their inspections are only in "
        "also_acceptable.",
        "The 'Force in context' box, the four-point-scale sentence, 'an adequate reserve', "
        "'How good is Dyfed-Powys Police?' and the related links to Gwent and South Wales pages "
        "(forces only) are distractors.",
        "The chief constable is named after a lower-case description ('The force's chief "
        "constable, Iwan Rhys-Jenkins'); the title is kept as written.",
    ]))

# ld06 -- PEEL 2018/19 integrated report, Greater Manchester Police (PDF) -----------------
F, P = GMP, "2018/19"
GOLDS.append(gold(
    "ld06.pdf", "peel-report", [GMP, HUM, BEDS], [HF],
    [insp(F, P, PEEL, HF), insp(F, P, EFF, HF), insp(F, P, EFFIC, HF), insp(F, P, LEG, HF),
     insp(F, "2017", EFF, HF)],
    grades(F, P, EFF, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)])
    + grades(F, P, EFFIC, [(None, G), (RES, G), (FUT, G)])
    + grades(F, P, LEG, [(None, G), (PUB, G), (ETH, RI), (WF, G)])
    + grades(F, "2017", EFF, [(None, RI), (INV, RI), (PVP, RI), (SOC, G)]),
    afis=[
        stmt(F, P, EFF, INV,
             "The force should make sure that victims are updated about their cases in line with "
             "the Code of Practice for Victims of Crime."),
        stmt(F, P, EFF, PVP,
             "The force should ensure that it attends incidents involving vulnerable people "
             "promptly, and that it manages the risk to victims while they are waiting for an "
             "officer to attend."),
        stmt(F, P, EFF, PVP,
             "The force should ensure that officers complete risk assessments to the required "
             "standard for all domestic abuse incidents, and that supervisors review them."),
        stmt(F, P, EFFIC, RES,
             "The force should make sure it understands whether its investment in new technology is "
             "providing the benefits it expects, including the time saved for frontline officers."),
        stmt(F, P, LEG, ETH,
             "The force should ensure that all officers and staff have the level of vetting their "
             "roles require, and clear its vetting backlog."),
        stmt(F, P, LEG, ETH,
             "The force should ensure that its counter-corruption unit has enough capacity to "
             "manage the intelligence it receives, and that it can monitor all of its information "
             "systems."),
    ],
    recs=[
        stmt(F, P, EFF, INV,
             "Within six months, the force should: ensure that supervisors can identify, from its "
             "systems, every investigation held by their staff and the date it was last reviewed; "
             "introduce a clear standard for investigation plans and check compliance with it; and "
             "produce a plan to increase the number of trained detectives, with milestones that it "
             "reports to the Mayor's office."),
    ],
    coc=[
        stmt(F, P, EFF, INV,
             "Greater Manchester Police does not have a reliable oversight of its investigations. "
             "Too many investigations are poorly planned and supervised, and its computer system "
             "does not allow supervisors to identify the investigations that need their attention. "
             "As a result, victims do not always receive the service they should."),
    ],
    people=[person("Tobias Renshaw-Clarke", "inspector", HF, "HM Inspector of Constabulary")],
    also={
        "judgements": grades(F, P, EFFIC, [(DEM, G)]),
    },
    notes=[
        "Integrated PEEL 2018/19 report: the PEEL inspection is the one the report is about; each "
        "graded pillar has its own 2018/19 inspection and judgements, question grades use the "
        "2015-17 keys of their pillar, and AFIs, the cause of concern and the recommendation take "
        "the pillar of their section.",
        "Tackling serious and organised crime is listed in the 2018/19 grade table as 'Good' "
        "('last inspected 2017', the grade carried over), so it is a 2018/19 judgement; the "
        "chapter also states the 2017 grade in words ('in which we judged the force to be good at "
        "tackling serious and organised crime'). Armed response capability is 'Not graded'.",
        "2017: 'In 2017 we judged the force to require improvement in effectiveness overall' and "
        "'when we also found that it required improvement in these areas' (investigating crime "
        "and protecting vulnerable people) give 2017 judgements. 'since our 2016 inspection' "
        "gives no grade.",
        "The recommendation is one lead-in ending in a colon plus three lower-case bullets: one "
        "statement with the bullets joined.",
        "'Meeting current demands and using resources' -> using-resources (understanding-demand "
        "in also_acceptable).",
        "Distractors: the four-point scale, 'good practice', 'good relationships', 'an adequate "
        "supply', 'an adequate level of reserves', the Mayor (unnamed, exercises the PCC "
        "functions), 'four forces were graded outstanding' (unnamed). Humberside is named only as "
        "an autumn-group force, Bedfordshire in the data annex.",
    ]))

# ld07 -- PEEL: Police effectiveness 2017, Bedfordshire Police (Markdown web export) -------
F, P = BEDS, "2017"
GOLDS.append(gold(
    "ld07.md", "peel-report", [BEDS], [HF],
    [insp(F, P, EFF, HF), insp(F, "2016", EFF)],
    grades(F, P, EFF, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, RI)])
    + grades(F, "2016", EFF, [(None, I), (PVP, I)]),
    afis=[
        stmt(F, P, EFF, PREV,
             "The force should evaluate its neighbourhood problem-solving work to understand which "
             "approaches are most effective, and share the results with its officers and partners."),
        stmt(F, P, EFF, INV,
             "The force should improve its use of forensic and digital evidence in volume crime "
             "investigations."),
        stmt(F, P, EFF, PVP,
             "The force should make sure that it attends incidents involving vulnerable people "
             "within appropriate timescales, and that risk is reviewed while victims wait."),
        stmt(F, P, EFF, PVP,
             "The force should improve the way it uses domestic violence protection notices and "
             "orders to safeguard victims."),
        stmt(F, P, EFF, SOC,
             "The force should work with partner organisations to develop and use a wider range of "
             "tactics to disrupt serious and organised crime."),
        stmt(F, P, EFF, SOC,
             "The force should ensure that lead responsible officers are trained and understand "
             "their role in managing organised crime groups."),
    ],
    recs=[
        stmt(F, P, EFF, INV,
             "The force should review the workload of its investigators and make sure that each "
             "investigation is allocated to an officer with the appropriate skills and experience."),
        stmt(F, P, EFF, INV,
             "The force should ensure that supervisors review investigations regularly and that "
             "their reviews are recorded."),
        stmt(F, P, EFF, INV,
             "The force should make sure that victims are updated regularly and told when and why "
             "their investigation is closed."),
    ],
    coc=[
        stmt(F, P, EFF, INV,
             "The force does not have enough skilled investigators to manage the volume and "
             "complexity of the investigations it receives. As a result, too many investigations "
             "are delayed or are not completed to a good standard, and some victims do not receive "
             "the service they deserve."),
    ],
    people=[person("Philippa Marchetti", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "2016: 'an improvement on last year, when we judged the force to be inadequate for "
        "effectiveness' and 'In 2016 we judged the force to be inadequate at protecting "
        "vulnerable people' give two 2016 judgements. The 2016 inspection's inspectorate is null: "
        "the document names only HMICFRS. The 2016 cause of concern is mentioned but not quoted.",
        "The recommendations' lead-in ends with a full stop ('... take the following steps.') and "
        "is followed by three numbered full sentences, so they are three statements.",
        "Specialist capabilities: 'This question is not graded.' Distractors: 'good practice', "
        "'an adequate process', 'a good understanding', 'Good is the expected standard', the "
        "note on the four grades, and the 2017 efficiency, legitimacy and leadership reports "
        "named without grades.",
    ]))

# ld08 -- PEEL 2018/19 autumn report, Humberside Police (plain text, cp1252, CRLF) ---------
F, P = HUM, "2018/19"
GOLDS.append(gold(
    "ld08.txt", "peel-report", [HUM, GMP], [HF],
    [insp(F, P, PEEL, HF), insp(F, P, EFF, HF), insp(F, P, EFFIC, HF), insp(F, P, LEG, HF),
     insp(F, "2017", EFFIC, HF), insp(F, "2017", EFF, HF)],
    grades(F, P, EFF, [(None, G), (PREV, G), (INV, G), (PVP, G), (SOC, G)])
    + grades(F, P, EFFIC, [(None, G), (RES, G), (FUT, G)])
    + grades(F, P, LEG, [(None, G), (PUB, G), (ETH, G), (WF, RI)])
    + grades(F, "2017", EFFIC, [(None, RI)])
    + grades(F, "2017", EFF, [(SOC, G)]),
    afis=[
        stmt(F, P, EFF, INV,
             "The force should ensure that digital devices seized during investigations are "
             "examined promptly, so that investigations are not delayed."),
        stmt(F, P, EFF, PVP,
             "The force should improve the way it records the voice of the child when officers "
             "attend domestic abuse incidents."),
        stmt(F, P, EFF, PVP,
             "The force should make sure that officers understand when and how to use domestic "
             "violence protection orders."),
        stmt(F, P, EFFIC, FUT,
             "The force should develop its understanding of the leadership skills it will need in "
             "the future and plan how to develop them."),
        stmt(F, P, LEG, WF,
             "The force should improve how it understands and responds to the wellbeing needs of "
             "its workforce."),
        stmt(F, P, LEG, WF,
             "The force should ensure that supervisors are trained to recognise the signs of stress "
             "and fatigue, and know how to support their staff."),
    ],
    people=[
        person("Tobias Renshaw-Clarke", "inspector", HF, "HM Inspector of Constabulary"),
        person("Deborah Ashworth-Kaye", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    also={
        "judgements": grades(F, P, EFFIC, [(DEM, G)]) + grades(F, "2017", EFF, [(None, G)]),
    },
    notes=[
        "cp1252 with CRLF line endings: curly apostrophes and quotes, en dashes, bullets and £. "
        "It reads like text copied out of the PDF, with page-footer lines left in.",
        "Integrated PEEL 2018/19 report, treated as in ld06: PEEL inspection plus a 2018/19 "
        "inspection per graded pillar; question grades use the 2015-17 keys.",
        "The summary grid row 'Tackling serious and organised crime (2017) Good' and 'The grade "
        "of good from our 2017 inspection carries over' give SOC judgements for both 2018/19 "
        "and 2017.",
        "'In 2017 we judged the force to require improvement for efficiency' gives 2017 "
        "efficiency. 'The force is good at keeping people safe and reducing crime, as it was in "
        "2017' is like 'the same as last year': the 2017 effectiveness grade is only in "
        "also_acceptable.",
        "The efficiency AFI sits after the 'Planning for the future – Good' paragraph, so its "
        "question is planning-future. 'Meeting current demands and using resources' -> "
        "using-resources (understanding-demand in also_acceptable).",
        "Distractors: '\u201cgood practice\u201d', 'an adequate picture', the grade list in 'About "
        "this inspection'. Greater Manchester Police is named only in the data annex.",
    ]))

# ld09 -- PEEL: Police efficiency 2016, Dyfed-Powys Police (DOCX) --------------------------
F, P = DP, "2016"
GOLDS.append(gold(
    "ld09.docx", "peel-report", [DP, GWENT, SWP], [H],
    [insp(F, P, EFFIC, H), insp(F, "2015", EFFIC, H)],
    grades(F, P, EFFIC, [(None, G), (DEM, G), (RES, G), (FUT, G)])
    + grades(F, "2015", EFFIC, [(None, G)]),
    afis=[
        stmt(F, P, EFFIC, DEM,
             "The force should improve its understanding of the demand that arises from the "
             "internet and social media, so that it can plan to meet it."),
        stmt(F, P, EFFIC, RES,
             "The force should complete its assessment of the skills and capabilities of its "
             "police staff, and use it to identify gaps."),
        stmt(F, P, EFFIC, RES,
             "The force should evaluate its collaborative arrangements with the other Welsh forces "
             "to make sure they are providing the expected benefits."),
    ],
    people=[person("Hugh Penrose", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "The overview table has a title row merged across both columns ('Overall judgement: "
        "Good') and a 'Leadership (reported separately) | Not graded' row, which gives no "
        "judgement. Each question grade is also in an Intense Quote paragraph.",
        "2015: 'In 2015 HMIC judged the force to be good for efficiency'.",
        "The force is also called 'Heddlu Dyfed-Powys' (table header). 'There are no areas for "
        "improvement for this question.' Distractors: 'an adequate number of officers', the grade "
        "definitions in Annex A, the Welsh-language line. Gwent and South Wales are "
        "collaborators only. The page header and footer are not body text.",
    ]))

# ld10 -- PEEL: Police legitimacy 2016, Bedfordshire Police (PDF) --------------------------
F, P = BEDS, "2016"
GOLDS.append(gold(
    "ld10.pdf", "peel-report", [BEDS], [H],
    [insp(F, P, LEG, H), insp(F, "2015", LEG, H)],
    grades(F, P, LEG, [(None, G), (PUB, G), (ETH, RI), (WF, G)])
    + grades(F, "2015", LEG, [(None, G)]),
    afis=[
        stmt(F, P, LEG, ETH,
             "The force should ensure that its counter-corruption unit treats abuse of position for "
             "a sexual purpose as serious corruption, and that it seeks intelligence from "
             "organisations that support vulnerable people."),
        stmt(F, P, LEG, ETH,
             "The force should ensure that it has the capability to monitor its information "
             "systems proactively, in order to identify officers and staff who may be abusing their "
             "position."),
        stmt(F, P, LEG, WF,
             "The force should ensure that supervisors are trained to identify and address poor "
             "performance, and that they use the new assessment process consistently."),
    ],
    people=[person("Philippa Marchetti", "inspector", H, "Her Majesty's Inspector of Constabulary")],
    notes=[
        "Each grade is shown as a four-box grade bar in which the given grade is highlighted "
        "(colour only). In the text every bar reads 'Outstanding Good Requires improvement "
        "Inadequate', so the bars alone are distractors; every gold grade is also stated in a "
        "sentence (overall, public and workforce 'good', ethical 'requires improvement' in the "
        "overview).",
        "2015: 'last year's assessment, in which we judged the force to be good in respect of "
        "legitimacy'. The report is HMIC's, so the 2015 inspection is HMIC's too.",
        "The boxed 'National recommendation' is addressed to all forces ('not specific to "
        "Bedfordshire Police'), so it is not a recommendation fact. Leadership is reported "
        "separately and not graded. Distractors: 'good practice', 'an adequate process', 'Its "
        "wellbeing provision is adequate'.",
    ]))


INTEGRATED = "2018/19"
CONVENTION = ("Maintainer's change after the first run: in the 2018/19 integrated assessment a question's "
              "grade and every area for improvement, recommendation and cause of concern take pillar PEEL "
              "(the convention of the development corpora and the seeds' response records); a grade of a "
              "whole pillar keeps that pillar.")


def integrated_convention(g):
    """2018/19 question grades and statements under pillar PEEL, as GOLD-FORMAT's other corpora write them."""
    changed = False
    for fact in g["judgements"]:
        if fact["period"] == INTEGRATED and fact["question"] is not None and fact["pillar"] != PEEL:
            fact["pillar"], changed = PEEL, True
    for kind in ("areas_for_improvement", "recommendations", "causes_of_concern"):
        for fact in g[kind]:
            if fact["period"] == INTEGRATED and fact["pillar"] != PEEL:
                fact["pillar"], changed = PEEL, True
    if changed:
        g.setdefault("notes", []).append(CONVENTION)
    return g


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in map(integrated_convention, GOLDS):
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
