"""Write gold/kp01.json ... gold/kp10.json for corpus45 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

BEDS, CAMBS, HERTS = "Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"
NORTH, DERBY, LEICS = "Northamptonshire Police", "Derbyshire Constabulary", "Leicestershire Police"
CITY, MET, BTP, TVP = ("City of London Police", "Metropolitan Police Service",
                       "British Transport Police", "Thames Valley Police")


def insp(force, period, pillar="PEEL", inspectorate=HF):
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

# Invented grades, the same in every document that states them.
GRADES_2325 = {
    BEDS: [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G)],
    CAMBS: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A)],
    HERTS: [(PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, G), (MOS, G), (WORK, G), (LFM, G)],
    NORTH: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, RI), (MOS, G), (WORK, A), (LFM, A)],
    DERBY: [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, A), (WORK, G), (LFM, A)],
    LEICS: [(PPT, A), (PREV, G), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, G)],
    CITY: [(PPT, G), (PREV, A), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A)],
    MET: [(PPT, RI), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (WORK, RI), (LFM, A)],
    BTP: [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, A), (WORK, G), (LFM, A)],
    TVP: [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, RI)],
}


def g2325(force, keys=None):
    pairs = GRADES_2325[force]
    if keys is not None:
        pairs = [p for p in pairs if p[0] in keys]
    return grades(force, P2325, pairs)


# kp01 -- Bedfordshire Police and Crime Panel minutes (DOCX) -------------------------------
GOLDS.append(gold(
    "kp01.docx", "response-record", [BEDS, HERTS, CAMBS], [HF],
    [insp(BEDS, P2325), insp(BEDS, P2122), insp(HERTS, P2325)],
    g2325(BEDS) + grades(BEDS, P2122, [(INV, A)]) + g2325(HERTS, {PREV}),
    afis=[
        stmt(BEDS, P2325, INV,
             "The force should make sure that supervisors review investigations regularly and "
             "that their reviews are recorded.", True),
        stmt(BEDS, P2325, INV,
             "The force should improve how it keeps victims informed of the progress of their "
             "investigations, in line with the Code of Practice for Victims of Crime.", False),
    ],
    people=[
        person("Jasmine Okafor-Reid", "commissioner", BEDS,
               "Police and Crime Commissioner for Bedfordshire"),
        person("Malcolm Thistlewood", "chief-constable", BEDS, "Chief Constable"),
        person("Priya Chaudhry", "chief-constable", BEDS, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Panel minutes: the grades are in reported speech. 'The Chief Constable reported that the "
        "force had been graded good for police powers and public treatment, for preventing and "
        "deterring crime, for managing offenders and suspects, and for leadership and force "
        "management' and 'the inspectors had judged the force adequate at responding to the "
        "public, at protecting vulnerable people and at building, supporting and protecting its "
        "workforce' are the Chief Constable's report of the inspection's findings, which a reader "
        "takes as stated. 'investigating crime had been graded as requiring improvement, down from "
        "adequate in the 2021/22 inspection' gives 2023-25 RI and 2021/22 Adequate.",
        "Minute 44/24: the public question 'Would Bedfordshire Police be graded inadequate if ...?' "
        "asserts nothing, and the Commissioner declined to speculate. 'none had been' (outstanding) "
        "and the ambition 'to be outstanding at preventing and deterring crime by 2027' are a "
        "negation and a target: no facts.",
        "Councillor Hussain 'noted that Hertfordshire Constabulary ... had been graded outstanding "
        "for preventing and deterring crime in the same round of inspections': asserted and not "
        "contradicted, so a 2023-25 judgement for Hertfordshire. Cambridgeshire is named only as "
        "part of the collaboration.",
        "Bedfordshire Fire and Rescue Service's grades (good for preventing fires, requires "
        "improvement for people) are fire grades: no facts.",
        "The two AFIs are in Word's Quote style. The first is followed by the DCC's update (true); "
        "after the second the minutes say 'No update on this area for improvement was available at "
        "the meeting' (false). Both sit in the investigating crime section.",
        "People are in the 'Also present' table as name | title. The Commissioner's title is kept "
        "in full ('Police and Crime Commissioner for Bedfordshire'); the Chief Constable's and the "
        "DCC's cells read 'Chief Constable, Bedfordshire Police' and 'Deputy Chief Constable, "
        "Bedfordshire Police', taken as the titles 'Chief Constable' and 'Deputy Chief Constable' "
        "with the force as organisation. The ACC, the Chief Executive, councillors and the clerk "
        "are not person facts.",
        "Genre: panel minutes on the commissioner's response; response-record is the nearest.",
    ]))

# kp02 -- Cambridgeshire webcast transcript (PDF) -----------------------------------------
GOLDS.append(gold(
    "kp02.pdf", "response-record", [CAMBS, HERTS, BEDS], [HF],
    [insp(CAMBS, P2325), insp(CAMBS, P2122), insp(HERTS, P2325)],
    g2325(CAMBS) + grades(CAMBS, P2122, [(RESP, A)]) + g2325(HERTS, {RESP}),
    afis=[
        stmt(CAMBS, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly and that "
             "callers who abandon a call are called back.", True),
        stmt(CAMBS, P2325, PVP,
             "The force should make sure that officers attending domestic abuse incidents "
             "consider the use of protective orders in every case where the risk is assessed as "
             "high.", False),
    ],
    people=[
        person("Darius Fenwick-Lowe", "commissioner", CAMBS,
               "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
        person("Imogen Hartsworth", "chief-constable", CAMBS, "Chief Constable"),
        person("Kelvin Adeyemi-Ross", "chief-constable", CAMBS, "Deputy Chief Constable",
               "deputy"),
    ],
    notes=[
        "A webcast transcript with timestamps and speaker labels. The Chief Constable's first turn "
        "gives three good and four adequate areas. She then says 'responding to the public was "
        "graded inadequate \u2013 sorry, requires improvement, not inadequate' and repeats "
        "'Requires improvement for responding to the public': a careful reader takes only the "
        "corrected grade, Requires improvement. Inadequate is not a fact, not even in "
        "also_acceptable.",
        "The PCC's question 'in 2021/22 responding to the public was adequate, wasn't it?' is "
        "confirmed ('That's right. It was adequate last time'), so 2021/22 responding Adequate is a "
        "fact.",
        "'would the inspectorate grade the force inadequate next time?' is a question; 'our aim is "
        "to be outstanding for responding to the public by 2027' is a target: no facts. 'good "
        "practice' and 'innovative practice' are distractors; 'managing offenders, where we were "
        "graded good' repeats a grade.",
        "Hertfordshire 'were graded good for responding to the public in the same round' -> a "
        "2023-25 judgement for Hertfordshire. Bedfordshire is named without a grade. "
        "Cambridgeshire Fire and Rescue Service's 'good for preventing fires' is a fire grade.",
        "The two AFIs are read out as separate indented paragraphs. The responding AFI is followed "
        "by 'Our update on that' (true). The protecting-vulnerable-people AFI is followed by 'We "
        "haven't got an update on that one for today' (false). 'seven in all' counts the rest.",
        "People are from the 'Attending' row (name, title). The PCC's title is kept in full. The "
        "named Assistant Chief Constable (Lorna Heathcote), the OPCC Chief Executive and the Chief "
        "Finance Officer are not person facts.",
    ]))

# kp03 -- Hertfordshire written answers (DOCX) ---------------------------------------------
GOLDS.append(gold(
    "kp03.docx", "response-record", [HERTS, BEDS], [HF],
    [insp(HERTS, P2325), insp(HERTS, P2122), insp(BEDS, P2325)],
    g2325(HERTS) + grades(HERTS, P2122, [(RESP, O)]) + g2325(BEDS, {INV}),
    afis=[
        stmt(HERTS, P2325, PPT,
             "The constabulary should make sure that officers explain the reason for a stop and "
             "search to the person being searched, and record that they have done so.", True),
        stmt(HERTS, P2325, WORK,
             "The constabulary should improve how it identifies and supports officers and staff "
             "at risk from the emotional impact of their work.", True),
        stmt(HERTS, P2325, LFM,
             "The constabulary should make sure that its plans for the fleet and the estate are "
             "linked to its assessment of future demand.", False),
    ],
    people=[
        person("Jonathan Ashgrove", "commissioner", HERTS, "Police and Crime Commissioner"),
        person("Charlotte Penhaligon", "chief-constable", HERTS, "Chief Constable"),
    ],
    also={
        "inspections": [],
        "judgements": grades(HERTS, P2122, [(INV, G)]),
        "people": [person("Thistlewood", "chief-constable", BEDS, "Chief Constable")],
    },
    notes=[
        "Questions and written answers in a Word table. Answers refer back to their questions: "
        "Q2 'Was the constabulary graded outstanding for responding to the public, as it was in "
        "2021/22?' -> 'No. Responding to the public was graded good this time. It was outstanding "
        "in 2021/22.' gives 2023-25 Good and 2021/22 Outstanding. Q4 'Is investigating crime still "
        "graded good?' -> 'Yes \u2013 it was graded good in that area again.' gives 2023-25 Good.",
        "Q4's 'still' and 'again' imply that investigating crime was also good in 2021/22, but "
        "neither the question nor the answer names that period; the 2021/22 grade is in "
        "also_acceptable only (the inspection for it is already main, from Q2).",
        "Q3 'Were any areas graded inadequate or requires improvement?' -> 'No.' gives nothing. "
        "Q5 asks a hypothetical ('would the constabulary be graded requires improvement ... if it "
        "were inspected again now?'); the answer states the actual 2023-25 grade, good. Q6 gives "
        "outstanding for preventing and the four other good areas; 'Our ambition is to be "
        "outstanding for investigating crime by the end of 2027' is a target.",
        "Q7's question presupposes Bedfordshire's grade and the answer states it: 'Bedfordshire "
        "Police was graded requires improvement for investigating crime' -> a 2023-25 judgement "
        "for Bedfordshire. 'Chief Constable Thistlewood' is named by surname only: also_acceptable.",
        "Q8's AFI table: two AFIs have a progress cell (true); the leadership AFI's cell is a dash, "
        "and the note says 'A dash means that work has not yet begun' (false). 'no causes of "
        "concern' gives nothing. Hertfordshire Fire and Rescue Service is named without a grade.",
        "People: 'Police and Crime Commissioner Jonathan Ashgrove' and 'Chief Constable Charlotte "
        "Penhaligon' are named title-first.",
    ]))

# kp04 -- City of London Police FOI response (HTML) -----------------------------------------
GOLDS.append(gold(
    "kp04.html", "response-record", [CITY, MET, BTP], [HF],
    [insp(CITY, P2325), insp(CITY, P2122)],
    g2325(CITY) + grades(CITY, P2122, [(RESP, RI)]),
    afis=[
        stmt(CITY, P2325, INV,
             "The force should make sure that all investigations are subject to effective and "
             "documented supervision.", True),
        stmt(CITY, P2325, PVP,
             "The force should improve its understanding of the nature and scale of "
             "vulnerability in the City, including among people who work in or visit the City "
             "but do not live there.", False),
        stmt(CITY, P2325, LFM,
             "The force should make sure it has a workforce plan that sets out the skills it "
             "will need over the next three years.", True),
    ],
    notes=[
        "An FOI disclosure-log page: Request, Response ('We hold information relevant to your "
        "request'), one part per question. Part 1 applies section 21 but still lists the eight "
        "2023-25 grades in one sentence with semicolon-separated groups; 'The victim service "
        "assessment is not graded' gives nothing.",
        "Part 2's AFI table: the 'Action recorded by the force' cell is the force's update. For "
        "AFI 2 the cell says 'No information held. The force does not hold a recorded action "
        "...', so it is false.",
        "Part 3: 'We hold no information showing that the City of London Police has been graded "
        "inadequate' is a negation (no fact). 'In its 2021/22 PEEL inspection the force's lowest "
        "grade was requires improvement, for responding to the public' -> a 2021/22 judgement.",
        "The request's 'Whether the force has ever been graded inadequate' asserts nothing. The "
        "Metropolitan Police Service and the British Transport Police are named only as separate "
        "public authorities. No person is named (the response is signed by the Information Access "
        "Office). The cookie-policy and page-updated dates are distractors.",
    ]))

# kp05 -- written parliamentary questions (PDF) ---------------------------------------------
GOLDS.append(gold(
    "kp05.pdf", "national-release", [MET, CITY, BTP], [HF],
    [insp(MET, P2325), insp(CITY, P2325), insp(BTP, P2325)],
    g2325(MET, {RESP, PPT, INV, PVP, WORK}) + g2325(CITY, {INV}) + g2325(BTP),
    people=[
        person("Anjali Moorcroft", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
        person("Lionel Brockhurst", "chief-constable", MET,
               "Commissioner of Police of the Metropolis"),
    ],
    also={"judgements": g2325(MET, {PREV, MOS, LFM})},
    notes=[
        "Three written questions and answers printed from the Parliament website. The first "
        "question presupposes the Met's inadequate grade for responding to the public, and the "
        "answer states it. The answer names four RI areas ('police powers and public treatment, "
        "investigating crime, protecting vulnerable people, and building, supporting and "
        "protecting the workforce'). 'It was graded adequate in the remaining three areas' names "
        "no area; a reader who knows the eight 2023-25 areas can work them out (preventing, "
        "managing offenders, leadership), so those three are in also_acceptable only.",
        "'what steps she will take if the force is graded inadequate in further areas at its "
        "next inspection' is hypothetical; 'every force ... should be good or outstanding at "
        "answering emergency calls' is a national target.",
        "The second question wrongly presupposes that the City (and the Met) were 'graded "
        "inadequate for investigating crime'. The answer corrects it: 'No. The City of London "
        "Police was graded requires improvement for investigating crime ..., the same grade the "
        "Metropolitan Police Service received for that area' -> City INV RI; the Met's INV RI is "
        "already stated in the first answer.",
        "The third question asks whether BTP was graded outstanding for preventing crime; the "
        "answer says good 'rather than outstanding' and gives all eight BTP grades.",
        "People: 'His Majesty\u2019s Inspector of Constabulary, Anjali Moorcroft' (inspector) and "
        "'The Commissioner of Police of the Metropolis, Sir Lionel Brockhurst' (the Met's chief "
        "officer, role chief-constable, 'Sir' dropped). The MPs, the ministers and the unnamed BTP "
        "Chief Constable are not person facts. The British Transport Police Authority is not a "
        "commissioner.",
        "Genre: a parliamentary written answer; no genre fits, national-release is used as for "
        "other third-party listings of several forces.",
    ]))

# kp06 -- Leicestershire OPCC FAQ (Markdown) -------------------------------------------------
GOLDS.append(gold(
    "kp06.md", "press-release", [LEICS, DERBY, NORTH], [HF],
    [insp(LEICS, P2325), insp(LEICS, P2122), insp(DERBY, P2325), insp(NORTH, P2325)],
    g2325(LEICS)
    + grades(LEICS, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G)])
    + g2325(DERBY, {INV, PVP}) + g2325(NORTH, {RESP}),
    afis=[
        stmt(LEICS, P2325, INV,
             "The force should make sure that investigations are allocated to officers and staff "
             "who have the training and experience to carry them out.", True),
        stmt(LEICS, P2325, INV,
             "The force should make sure that supervisors record their reviews of "
             "investigations, including the rationale for any decision to close a case.", True),
        stmt(LEICS, P2325, PVP,
             "The force should improve how it identifies repeat victims of domestic abuse when "
             "they first contact the police.", True),
        stmt(LEICS, P2325, PPT,
             "The force should make sure that it monitors the use of force by officers and can "
             "explain any disproportionality in its use.", False),
    ],
    people=[
        person("Adaeze Whitcombe", "chief-constable", LEICS, "Chief Constable"),
        person("Tobias Kerrigan", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rupert Malvern-Hayes", "commissioner", LEICS,
               "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
    ],
    notes=[
        "An OPCC FAQ page in Markdown. The grades are in a pipe table with a column per period. "
        "The 2021/22 cells for the workforce and leadership rows are '\u2013\u00b9' with a "
        "footnote that the areas were assessed under different headings: no 2021/22 grade. The "
        "victim service row is 'Not graded' in both columns.",
        "'What is PEEL?' lists the five-point scale: no facts. 'Was anything graded inadequate?' "
        "-> 'No. Nothing was graded inadequate or requires improvement': no facts. 'Why was "
        "investigating crime only adequate?' repeats the table. 'The same grade was given in "
        "2021/22' repeats the 2021/22 table cell. 'wants the force to be outstanding for managing "
        "offenders and suspects by 2027, building on the good grade it has held since 2021/22' is "
        "a target plus a restatement.",
        "Neighbours: 'Derbyshire Constabulary was graded requires improvement for investigating "
        "crime and for protecting vulnerable people. Northamptonshire Police was graded requires "
        "improvement for responding to the public.' -> 2023-25 judgements for those forces ('in "
        "the same round').",
        "Four AFIs, each under an 'Area for improvement n \u2013 <area>' heading. Three are "
        "followed by '**Force update (March 2025):**' (true); the fourth only by a note that the "
        "force 'will report on this area ... in June' (false).",
        "People: 'The Chief Constable, Adaeze Whitcombe' (title first); 'His Majesty's Inspector "
        "of Constabulary Tobias Kerrigan' (straight apostrophe, as written); 'Rupert Malvern-Hayes "
        "is the Police and Crime Commissioner for Leicester, Leicestershire and Rutland' (name "
        "first, title in full). Leicestershire Fire and Rescue Service's 'good' is a fire grade.",
        "Genre: an OPCC explainer page about the inspection; press-release is the nearest.",
    ]))

# kp07 -- local paper Q&A interview, Thames Valley (TXT, cp1252, CRLF) ---------------------
GOLDS.append(gold(
    "kp07.txt", "press-release", [TVP, BTP, MET], [HF],
    [insp(TVP, P2325), insp(TVP, P2122), insp(BTP, P2325)],
    g2325(TVP) + grades(TVP, P2122, [(INV, A)]) + g2325(BTP, {PREV}),
    people=[
        person("Benedict Okonkwo-Hale", "chief-constable", TVP, "Chief Constable"),
        person("Gillian Moorfoot", "commissioner", TVP, "Police and Crime Commissioner"),
    ],
    encoding="cp1252",
    notes=[
        "A newspaper Q&A, cp1252 with CRLF line endings. The answers refer back to the "
        "questions: 'The inspectors graded you requires improvement in two areas. Which ones?' -> "
        "'Investigating crime, and leadership and force management.' gives two RI judgements.",
        "'Were you graded inadequate anywhere?' -> 'No, we weren't.': nothing.",
        "'Your force was graded good for investigating crime in 2021/22' is the interviewer's "
        "claim, and the Chief Constable corrects it: 'it was adequate in 2021/22, not good'. Only "
        "the corrected grade, Adequate, is a fact; Good is not.",
        "'We were graded good for preventing and deterring crime and for managing offenders and "
        "suspects. Everything else was adequate \u2013 police powers and public treatment, "
        "responding to the public, protecting vulnerable people, and the workforce area.' 'the "
        "workforce area' is read as building, supporting and protecting the workforce.",
        "'could TVP be graded inadequate next time?' (hypothetical), 'I want us to be outstanding "
        "for preventing crime by 2027' (target), 'Nobody should read \u201cadequate\u201d as "
        "\u201cfailing\u201d' and the related-stories line about Royal Berkshire Fire and Rescue "
        "Service ('judged good') give nothing. 'nine areas for improvement and no causes of "
        "concern' is a count.",
        "'British Transport Police ... were graded good for preventing and deterring crime' -> a "
        "2023-25 judgement for BTP (period from the context: the same round). The Metropolitan "
        "Police is named as a neighbour with no grade.",
        "People: 'Chief Constable Benedict Okonkwo-Hale' and 'The Police and Crime Commissioner, "
        "Gillian Moorfoot' (title first). The reporter is not a person fact.",
        "Genre: local news; press-release is the nearest.",
    ]))

# kp08 -- Northamptonshire Accountability Board action log (DOCX) -------------------------
GOLDS.append(gold(
    "kp08.docx", "response-record", [NORTH, LEICS, DERBY], [HF],
    [insp(NORTH, P2325)],
    g2325(NORTH),
    afis=[
        stmt(NORTH, P2325, PVP,
             "The force should make sure that officers complete a risk assessment for every "
             "domestic abuse incident they attend.", True),
        stmt(NORTH, P2325, WORK,
             "The force should improve the way it monitors the wellbeing of staff in the force "
             "control room.", False),
    ],
    recs=[
        stmt(NORTH, P2325, RESP,
             "Within six months, the force should review how it grades incidents so that the "
             "officers it sends match the level of risk.", True),
    ],
    coc=[
        stmt(NORTH, P2325, RESP,
             "Northamptonshire Police does not attend incidents within its own target times, "
             "and it does not keep callers informed when attendance is delayed.", True),
    ],
    people=[
        person("Rosalind Achebe-Fry", "commissioner", NORTH,
               "Police, Fire and Crime Commissioner"),
        person("Ivor Dunsmore", "chief-constable", NORTH, "Chief Constable"),
    ],
    notes=[
        "A landscape action log. The reference grid gives the eight 2023-25 grades in a "
        "four-column table (two area/grade pairs per row). 'good in every area by its next "
        "inspection' is an ambition.",
        "Each statement sits in the Action cell as a second (italic) paragraph after a lead-in "
        "such as 'Chief Constable to present a plan addressing the PEEL 2023\u201325 cause of "
        "concern:'; the lead-in is the action, not part of the statement. The kind comes from the "
        "lead-in (cause of concern, recommendation, area for improvement). The question comes from "
        "the lead-in's area or, for the cause of concern and its recommendation, from their "
        "subject (incident attendance and grading: responding to the public).",
        "has_force_update: the Update cell. AB/24/30's update is 'Not yet due \u2013 to come to "
        "the May Board.', which gives no update (false).",
        "AB/25/04: Northamptonshire Fire and Rescue Service 'graded requires improvement for "
        "protecting the public through fire regulation' is a fire grade. Leicestershire Police and "
        "Derbyshire Constabulary are named only in a regional comparison action.",
        "People: 'Present: Rosalind Achebe-Fry (Police, Fire and Crime Commissioner), Ivor "
        "Dunsmore (Chief Constable)'. The DCC, ACC, Chief Fire Officer and OPCC officers are "
        "unnamed.",
    ]))

# kp09 -- Derbyshire Police and Crime Panel minutes (PDF) ----------------------------------
GOLDS.append(gold(
    "kp09.pdf", "response-record", [DERBY, LEICS], [HF],
    [insp(DERBY, P2325), insp(DERBY, P2122), insp(LEICS, P2325)],
    g2325(DERBY) + grades(DERBY, P2122, [(PVP, A)]) + g2325(LEICS, {INV}),
    afis=[
        stmt(DERBY, P2325, INV,
             "The constabulary should make sure that digital devices seized during "
             "investigations are examined within a timescale that meets the needs of the "
             "investigation.", True),
        stmt(DERBY, P2325, INV,
             "The constabulary should make sure that victims are told when their investigation "
             "is closed and why.", True),
        stmt(DERBY, P2325, PVP,
             "The constabulary should make sure that child protection referrals are shared with "
             "partner agencies without delay.", False),
    ],
    people=[
        person("Hollie Brindley-Shaw", "commissioner", DERBY,
               "Police and Crime Commissioner for Derbyshire"),
        person("Marcus Eaglestone", "chief-constable", DERBY, "Deputy Chief Constable",
               "deputy"),
        person("Farida Lockwood", "chief-constable", DERBY, "Chief Constable"),
    ],
    notes=[
        "Panel minutes, numbered '2/25' etc. Minute 2/25 corrects the previous minutes: the words "
        "'graded inadequate for protecting vulnerable people' are replaced with 'graded requires "
        "improvement for protecting vulnerable people'. The corrected grade (RI) is the fact; "
        "Inadequate is not.",
        "Minute 4/25: 'The Commissioner advised that the report had graded the constabulary good "
        "in three areas, namely ...' and 'Two areas, investigating crime and protecting vulnerable "
        "people, had been graded as requiring improvement' give all eight grades in reported "
        "speech.",
        "'Councillor Bhatti asked whether protecting vulnerable people had been graded adequate in "
        "2021/22. The Deputy Chief Constable confirmed that it had' -> 2021/22 PVP Adequate.",
        "Councillor Ismay's 'whether the constabulary could be graded inadequate for investigating "
        "crime at its next inspection' is hypothetical; 'good or outstanding in every area by "
        "2027' is a target; 'eleven areas ... four had been closed' is a count. Derbyshire Fire & "
        "Rescue Service 'judged good' is a fire grade.",
        "'Leicestershire Police ... had been graded adequate for investigating crime in the same "
        "inspection round' -> a 2023-25 judgement for Leicestershire.",
        "Appendix A lists three AFIs with the update given at the meeting; for the third the DCC "
        "'was not yet able to give the Panel an update' (false).",
        "People: the PCC is named name-first with the full title; 'Deputy Chief Constable Marcus "
        "Eaglestone' (deputy); 'Chief Constable Farida Lockwood' sent apologies but is named with "
        "her title, so she is a person fact. The ACC and the staff named by initial are not.",
    ]))

# kp10 -- BTP podcast transcript (HTML) -----------------------------------------------------
GOLDS.append(gold(
    "kp10.html", "press-release", [BTP, MET, CITY], [HF],
    [insp(BTP, P2325), insp(MET, P2325)],
    g2325(BTP) + g2325(MET, {INV, RESP}),
    afis=[
        stmt(BTP, P2325, INV,
             "The force should make sure that investigations transferred from other forces are "
             "allocated promptly and that victims are told who is dealing with their case.", True),
    ],
    people=[
        person("Gregor Linnane", "chief-constable", BTP, "Chief Constable"),
        person("Helena Strachan-Boyd", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "A force podcast page with a transcript. The show notes list the grading scale (no "
        "facts). The HMI gives three good areas; the host's question 'And investigating crime was "
        "requires improvement?' is answered 'It was, yes.' -> INV RI; the rest are adequate "
        "('Protecting vulnerable people was adequate, as were managing offenders and suspects, "
        "and leadership and force management').",
        "'could BTP be graded inadequate next time?' is hypothetical; 'outstanding for preventing "
        "crime on the network by 2027' and 'investigations at good by the next inspection' are "
        "targets.",
        "The host wrongly says the Met 'was graded inadequate for investigating crime'; the HMI "
        "corrects it: 'The Met was graded requires improvement for investigating crime. Its "
        "inadequate grade was for responding to the public.' -> Met INV RI and RESP Inadequate "
        "(2023-25 from context: the same round). The City of London Police is named with no grade.",
        "The AFI is a blockquote read out by the HMI; the Chief Constable's next turn ('And on "
        "that one, we've acted. ...') is the force's update (true).",
        "People: 'Chief Constable Gregor Linnane' and 'Helena Strachan-Boyd, His Majesty\u2019s "
        "Inspector of Constabulary' (show notes). The host, the unnamed Deputy Chief Constable "
        "and the British Transport Police Authority are not person facts.",
        "Genre: a force's own podcast page; press-release is the nearest.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        if "also_acceptable" in g:
            g["also_acceptable"] = {k: v for k, v in g["also_acceptable"].items() if v}
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
