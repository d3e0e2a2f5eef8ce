"""Write gold/od01.json ... gold/od10.json (standard library only).

    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HMI_HIS = "His Majesty\u2019s Inspector of Constabulary"
HMI_HER = "Her Majesty\u2019s Inspector of Constabulary"
HMCI = "His Majesty\u2019s Chief Inspector of Constabulary"


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


RECIPIENTS = ("Named recipients of the letter (the To and Cc/copy lines, and the 'Dear ...' "
              "addressee) are addressees, which the brief says are not facts; a careful reader could "
              "still take them as office holders, so they are in also_acceptable.people. The "
              "signatory and people named in the body are main facts.")
COC_SENT = ("Each cause of concern is restated as 'The cause of concern was that ...'. The main "
            "fact is the whole sentence as written; the clause after 'that' is in also_acceptable.")

GOLDS = []

# od01 -- Wiltshire revisit letter (PDF) ----------------------------------------------
F = "Wiltshire Police"
coc1 = ("The cause of concern was that the force did not identify vulnerable callers quickly or "
        "reliably when they first made contact with it.")
coc2 = ("The cause of concern was that the force was not safeguarding victims of domestic abuse to "
        "an acceptable standard, and some remained at risk after they had reported.")
GOLDS.append(gold(
    "od01.pdf", "response-record", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (PVP, I), (LFM, I)]),
    recs=[
        stmt(F, P2122, RESP,
             "To address this, we recommended that, within three months, the force should: use a "
             "structured risk assessment for every call so that call handlers can recognise callers "
             "who are vulnerable or at risk of harm; give call handlers the training they need to "
             "spot signs of hidden harm, including repeat victimisation; and check that call handlers "
             "record the outcome of the risk assessment on the incident log."),
        stmt(F, P2122, PVP,
             "Within six months, the force should make sure that every high-risk domestic abuse case "
             "is reviewed by a supervisor within 24 hours, and that safeguarding actions are "
             "completed and recorded."),
        stmt(F, P2122, PVP,
             "Within six months, the force should improve the way it uses domestic violence "
             "protection notices and orders, so that it applies for them whenever the criteria are met."),
    ],
    coc=[stmt(F, P2122, RESP, coc1), stmt(F, P2122, PVP, coc2)],
    people=[person("Priya Castellane", "inspector", HF, HMI_HIS)],
    also={"causes_of_concern": [
              stmt(F, P2122, RESP, coc1.split("was that ", 1)[1]),
              stmt(F, P2122, PVP, coc2.split("was that ", 1)[1])],
          "people": [person("Martin Ashdown", "chief-constable", F, "Chief Constable"),
                     person("Geoffrey Pellow", "commissioner", F,
                            "Police and Crime Commissioner for Wiltshire")]},
    notes=["The grade table gives the three PEEL 2021/22 grades; 'Good use of resources' -> "
           "leadership-management. The revisit itself grades nothing ('does not change any of the "
           "grades'), so there is no new judgement and no new inspection.",
           "The first recommendation is a lead-in with three bullets: one statement (GOLD-FORMAT "
           "convention). The two 'Within six months' paragraphs are separate recommendations under "
           "the second cause of concern. The third cause of concern (strategic planning) is named "
           "without its text: nothing.",
           "has_force_update is false throughout: the progress described is the inspectorate's "
           "finding, not the force's own update.", COC_SENT, RECIPIENTS,
           "Lowri Bevan is a chief executive, not a person fact."]))

# od03 / od04 -- Devon and Cornwall closure letter (PDF and its text copy) ----------------
F = "Devon and Cornwall Police"
coc = ("The cause of concern was that the force took too long to answer non-emergency calls, and "
       "too many callers gave up before they got through.")


def dc(doc):
    return gold(
        doc, "response-record", [F], [HF],
        [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
        grades(F, P2122, [(CDI, I), (RESP, I), (MOS, I)]) +
        grades(F, P2325, [(RESP, RI), (INV, I), (CDI, I)]),
        recs=[
            stmt(F, P2122, RESP,
                 "Within three months, the force should change how it handles calls to its 101 number "
                 "so that it answers them within a reasonable time and fewer are abandoned."),
            stmt(F, P2122, RESP,
                 "Within three months, the force should make sure that it has enough trained call "
                 "handlers on duty to meet the demand it can predict."),
        ],
        coc=[stmt(F, P2122, RESP, coc)],
        people=[person("Andrew Kettering", "inspector", HF, HMCI)],
        also={"causes_of_concern": [stmt(F, P2122, RESP, coc.split("was that ", 1)[1])],
              "people": [person("Ruth Penhallow", "chief-constable", F, "Acting Chief Constable",
                                "acting"),
                         person("Derek Morwenstow", "commissioner", F,
                                "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly")]},
        notes=["The cause of concern and both recommendations belong to PEEL 2021/22 (the letter "
               "says the responding cause of concern came from that inspection); both "
               "recommendations are marked 'Status: discharged'. The 'Recommendation n:' label is "
               "not part of the text.",
               "PEEL 2023-25 grades are quoted in the background: requires improvement (responding), "
               "inadequate (investigating, recording data about crime). The crime data integrity and "
               "investigation causes of concern are named without text: nothing. The closed sex "
               "offender cause of concern has no text either.",
               "has_force_update false: the account of what the force did is the Chief Inspector's.",
               COC_SENT, RECIPIENTS])


GOLDS.append(dc("od03.pdf"))
GOLDS.append(dc("od04.txt"))

# od05 -- HMIC letter 2017, Gloucestershire (DOCX) ----------------------------------------
F = "Gloucestershire Constabulary"
coc = ("The cause of concern was that the constabulary did not have the basic structures it needs "
       "to understand the threat from serious and organised crime and to disrupt the groups "
       "involved in it.")
SOC = "serious-organised-crime"
GOLDS.append(gold(
    "od05.docx", "response-record",
    [F, "Avon and Somerset Constabulary", "Devon and Cornwall Police", "Dorset Police", "Wiltshire Police"],
    [H],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Effectiveness", H),
     insp(F, "2016", "Efficiency", H)],
    grades(F, "2016", [(None, RI), (SOC, I)], "Effectiveness") +
    grades(F, "2015", [(SOC, RI)], "Effectiveness") +
    grades(F, "2016", [(None, G)], "Efficiency"),
    recs=[stmt(F, "2016", SOC, t, pillar="Effectiveness") for t in [
        "The constabulary should produce a serious and organised crime local profile with its "
        "partners and use it to set priorities.",
        "The constabulary should map all organised crime groups in its area and assign a lead "
        "responsible officer to every group it maps.",
        "The constabulary should make sure that it routinely uses the full range of powers and "
        "tactics available to it, including those held by partner organisations, to disrupt "
        "organised crime groups."]],
    coc=[stmt(F, "2016", SOC, coc, pillar="Effectiveness")],
    people=[person("Caroline Whitcombe", "inspector", H, HMI_HER)],
    also={"causes_of_concern": [stmt(F, "2016", SOC, coc.split("was that ", 1)[1], pillar="Effectiveness")],
          "people": [person("Suzanne Fairweather", "chief-constable", F, "Chief Constable"),
                     person("Nigel Ashby", "commissioner", F,
                            "Police and Crime Commissioner for Gloucestershire"),
                     person("Rhiannon Pryce", "chief-constable", F, "Deputy Chief Constable", "deputy")]},
    notes=["Paragraph 1 gives the 2016 effectiveness grade (requires improvement), the 2016 serious "
           "and organised crime grade (inadequate) and, in words, the 2015 serious and organised "
           "crime grade ('in 2015 we had also judged the constabulary to require improvement at "
           "tackling serious and organised crime'). Paragraph 11 gives the 2016 efficiency grade. "
           "All are HMIC's own judgements ('we judged') in an HMIC letter.",
           "Paragraphs 4-6 are three separate full-sentence recommendations (paragraph 3 is an "
           "introduction ending in a full stop, not a lead-in). Two are 'discharged', one stays open; "
           "the revisit makes no new graded judgment, so nothing for 2017.",
           "The four other forces are named only as partners in the regional organised crime unit.",
           COC_SENT, RECIPIENTS,
           "The 'Chief Executive' and 'Head of the South West Regional Organised Crime Unit' in the "
           "copy list are unnamed office holders: nothing."]))

# od06 -- Gwent Police reply letter (DOCX) --------------------------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "od06.docx", "response-record", [F, "Dyfed-Powys Police", "South Wales Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(CDI, O), (INV, RI), (PVP, RI), (LFM, RI)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are supervised at "
             "regular intervals and that the supervisor records clear directions on the "
             "investigation plan.", True),
        stmt(F, P2325, INV, "The force should make sure that victims are told promptly when a "
             "decision is made to close their case, and that the reason is explained to them.", True),
        stmt(F, P2325, PVP, "The force should improve how it identifies and records the voice of the "
             "child when officers attend domestic abuse incidents.", True),
        stmt(F, P2325, LFM, "The force should make sure that its workforce plan is based on a full "
             "understanding of current and future demand.", False),
    ],
    people=[person("Huw Protheroe", "chief-constable", F, "Chief Constable, Gwent Police")],
    also={"people": [person("Priya Castellane", "inspector", HF, HMI_HIS),
                     person("Carys Llewelyn", "commissioner", F,
                            "Police and Crime Commissioner for Gwent"),
                     person("Rachel Hedd", "chief-constable", F, "Deputy Chief Constable", "deputy")]},
    notes=["'adequate in five areas' names no areas: no judgement. 'Your report raised no cause of "
           "concern' gives nothing.",
           "The last AFI's Force update cell is '\u2013' and the letter says no update has been "
           "given: has_force_update false. 'Closed'/'Open' are the force's own status.",
           "The signatory's title is written after the name and kept in full.",
           "Dyfed-Powys Police and South Wales Police are named only as partners.", RECIPIENTS]))

# od07 -- Met return to routine monitoring (HTML) -----------------------------------------
F = "Metropolitan Police Service"
coc = ("The cause of concern was that the Met was not answering emergency and non-emergency calls "
       "quickly enough, and that it did not know how many callers with urgent needs were waiting.")
GOLDS.append(gold(
    "od07.html", "response-record", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (PREV, A)]),
    recs=[stmt(F, P2122, RESP, t) for t in [
        "By 31 March 2023, the force should answer 90 percent of 999 calls within ten seconds.",
        "By 31 March 2023, the force should put in place a way of reviewing, at regular intervals, "
        "the risk to callers whose non-emergency calls are waiting to be answered.",
        "By 30 September 2023, the force should make sure that it attends emergency and priority "
        "incidents within the times it has set itself."]],
    coc=[stmt(F, P2122, RESP, coc)],
    people=[person("Andrew Kettering", "inspector", HF, HMCI),
            person("Helen Marchbank", "chief-constable", F, "Deputy Commissioner", "deputy")],
    also={"causes_of_concern": [stmt(F, P2122, RESP, coc.split("was that ", 1)[1])],
          "people": [person("Gareth Holloway", "chief-constable", F,
                            "Commissioner of Police of the Metropolis")]},
    notes=["'requires improvement in four other areas' names no areas: no judgement. 'adequate at "
           "preventing crime and anti-social behaviour' -> preventing-crime.",
           "The vetting and counter-corruption cause of concern is from a non-PEEL inspection and "
           "has no text here: nothing. PEEL 2023-25 is only mentioned (a future report, an AFI "
           "with no text): no inspection.",
           "Recommendations sit in a table with a Position column (Discharged / Closed); they are "
           "the inspectorate's, so has_force_update is false.",
           "Deputy Commissioner Helen Marchbank is named in the body: a chief officer with qualifier "
           "deputy. The Deputy Mayor for Policing and Crime is not a commissioner-role person fact "
           "(the title lacks 'Commissioner') and is an addressee anyway.", COC_SENT, RECIPIENTS]))

# od08 -- HMIC 2016 revisit web page, Dyfed-Powys (HTML) -----------------------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "od08.html", "peel-report", [F], [H], [insp(F, "2015", "Effectiveness", H)],
    grades(F, "2015", [("protecting-vulnerable", RI), (None, RI)], "Effectiveness"),
    afis=[stmt(F, "2015", "protecting-vulnerable", t, pillar="Effectiveness") for t in [
        "The force should improve its understanding of the nature and scale of domestic abuse, "
        "child sexual exploitation and missing children across its large rural area.",
        "The force should make sure that officers responding to domestic abuse incidents complete a "
        "risk assessment at the scene and that a supervisor reviews it before the end of the shift.",
        "The force should review how it shares information with children\u2019s services in each of "
        "its four local authority areas, so that referrals are made without delay."]],
    people=[person("Elwyn Marchant", "inspector", H, HMI_HER)],
    notes=["A 2016 revisit of the 2015 effectiveness inspection: the period is 2015 (the judgment "
           "box says 'PEEL: Police effectiveness 2015 (unchanged)'); the visit dates (May 2016) and "
           "'Last updated' are not the period. The revisit makes no new judgment.",
           "The key to judgments lists all grades: not facts. The 'Requires improvement' grade box "
           "and the first paragraph give the vulnerability question grade; 'The force's overall "
           "effectiveness was also judged to require improvement' gives the pillar grade.",
           "has_force_update false: 'What we found' is HMIC's assessment."]))

# od09 -- PCC covering note, Avon and Somerset (Markdown) ----------------------------------
F = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "od09.md", "response-record", [F, "Gloucestershire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(INV, G)]),
    recs=[
        stmt(F, P2325, INV, "Within three months, the Constabulary should make sure that every "
             "investigation has a plan that is set and reviewed by a supervisor, and that the "
             "supervisor's reviews are recorded.", True),
        stmt(F, P2325, INV, "Within three months, the Constabulary should reduce the number of "
             "investigations each officer holds so that workloads are manageable, and allocate "
             "investigations according to their complexity.", True),
    ],
    coc=[stmt(F, P2325, INV, "The Constabulary does not have enough supervision or capacity to make "
              "sure that investigations are carried out to an acceptable standard and that victims "
              "receive a good service.")],
    people=[person("Imogen Barraclough", "chief-constable", F, "Chief Constable"),
            person("Owain Trelawney", "commissioner", F,
                   "Police and Crime Commissioner for Avon and Somerset")],
    notes=["The accelerated cause of concern arose during the PEEL 2023-25 inspection (pillar PEEL, "
           "investigating-crime). No 2023-25 grade is given yet. The 2021/22 'good at investigating "
           "crime' is stated by the PCC as HMICFRS's judgement.",
           "Each recommendation is followed by a 'Constabulary reply': has_force_update true. The "
           "cause of concern itself has no reply of its own: false.",
           "'good practice' is a distractor. Gloucestershire Constabulary is named in passing "
           "with no grade. The Deputy Chief Constable is unnamed."]))

# od10 -- Gloucestershire move into Engage letter, 2021 (TXT) -------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "od10.txt", "response-record", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(LFM, I), (CDI, I), (INV, RI), (PVP, RI)]),
    coc=[stmt(F, P2122, q, t) for q, t in [
        (LFM, "The constabulary does not have adequate financial plans and does not manage its "
              "resources effectively."),
        (CDI, "The constabulary does not record enough of the crimes reported to it, particularly "
              "violent crime and crimes against vulnerable victims."),
        (PVP, "The constabulary does not always identify vulnerable victims and repeat victims, and it "
              "misses chances to safeguard them."),
        (INV, "The constabulary does not supervise investigations well enough, and victims are not "
              "always kept informed."),
        (RESP, "The constabulary takes too long to answer emergency and non-emergency calls, and too "
               "many non-emergency calls are abandoned."),
    ]],
    people=[person("Caroline Whitcombe", "inspector", HF, "Her Majesty's Inspector of Constabulary")],
    also={"people": [person("Rod Castleford", "chief-constable", F, "Chief Constable"),
                     person("Simon Ellery", "commissioner", F,
                            "Police and Crime Commissioner for Gloucestershire")]},
    notes=["'strategic planning, organisational management and value for money' -> "
           "leadership-management. The five causes of concern are full sentences after a lead-in "
           "that ends in a full stop ('In summary, they were as follows.'), so they are five "
           "statements, keyed by subject. Their recommendations are 'not repeated here': nothing.",
           "Dates (fieldwork May-June 2021, letter 10 December 2021) are not the period; the "
           "period is PEEL 2021/22 as the letter names it.", RECIPIENTS,
           "The Police and Crime Panel chair and the Home Office unit are unnamed: nothing."]))

# od02 -- news page: Wiltshire returned to routine monitoring (TXT) --------------------------
F = "Wiltshire Police"
coc3 = ("the cause of concern was that the force did not have adequate strategic plans in place for "
        "its workforce, finances and estate.")
GOLDS.append(gold(
    "od02.txt", "press-release", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (PVP, I)]),
    coc=[stmt(F, P2122, LFM, coc3)],
    people=[person("Andrew Kettering", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
            person("Martin Ashdown", "chief-constable", F, "Chief Constable")],
    also={"causes_of_concern": [stmt(F, P2122, LFM, coc3.split("was that ", 1)[1])]},
    notes=["The cause of concern sits after a colon inside a sentence ('... about strategic planning: "
           "the cause of concern was that ...'); the main text starts at 'the cause of concern', the "
           "clause after 'that' is in also_acceptable. Strategic planning -> leadership-management.",
           "The three bullets are improvements found, not statements. The grading scale in the notes "
           "is not a fact. The Chief Constable is named in the quote, so he is a main fact here.",
           "No new grade: the return to Scan is a monitoring decision, not a judgement."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
