"""Write gold/x01.json ... gold/x10.json for corpus19 (format: shared/corpus/GOLD-FORMAT.md).

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

LINCS, STAFFS, DERBYS = "Lincolnshire Police", "Staffordshire Police", "Derbyshire Constabulary"
NOTTS, LEICS, NORTHANTS = "Nottinghamshire Police", "Leicestershire Police", "Northamptonshire Police"
WARKS, WMERCIA, GLOS = "Warwickshire Police", "West Mercia Police", "Gloucestershire Constabulary"
WILTS, NWALES, DP = "Wiltshire Police", "North Wales Police", "Dyfed-Powys Police"


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

# x01 -- PCC response template (DOCX), Lincolnshire, PEEL 2023-25 ------------------------
F = LINCS
GOLDS.append(gold(
    "x01.docx", "response-record", [F], [HF], [insp(F, P2325)],
    grades(F, P2325, [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that call handlers use a structured "
             "triage process and record the rationale for each call's priority grading.", True),
        stmt(F, P2325, INV, "The force should improve how it records and reviews investigation "
             "plans, so that supervisors can see whether all reasonable lines of enquiry have "
             "been followed.", True),
        stmt(F, P2325, PVP, "The force should make sure its officers consistently complete the "
             "domestic abuse, stalking and harassment risk assessment, and that the quality of "
             "these assessments is checked.", True),
        stmt(F, P2325, PREV, "The force should evaluate its problem-solving activity so that it "
             "understands which approaches work and shares that learning across the county.", True),
        stmt(F, P2325, LFM, "The force should develop a workforce plan that sets out how it will "
             "recruit, train and retain the detectives and call handlers it needs.", True),
        stmt(F, P2325, WORK, "The force should improve the way it monitors the wellbeing of "
             "officers and staff in high-risk roles.", False),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within six months, the force should make sure it has enough trained "
             "call handlers on each shift to meet the national standard for answering 999 calls.", True),
        stmt(F, P2325, RESP, "Within six months, the force should introduce a process to identify "
             "abandoned calls and contact those callers again, prioritising those who may be "
             "vulnerable.", True),
    ],
    coc=[
        stmt(F, P2325, RESP, "The force doesn't answer enough emergency and non-emergency calls "
             "within national and local targets, and it doesn't reliably call back people who "
             "abandon their calls. This means that some vulnerable people may not get the help "
             "they need when they first contact the police.", True),
    ],
    people=[
        person("Andrew Wexcombe", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
        person("Michelle Dawkins-Rye", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rachel Tenbury", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The kind of each statement comes only from the merged row above its group in the "
        "'Recommendations / Areas for improvement' table ('Cause of concern', "
        "'Recommendations', 'Areas for improvement'); the 'Recommendation or AFI' column "
        "header names only two kinds. Each statement cell starts with a bold area paragraph "
        "that gives the question and is not part of the text.",
        "has_force_update: true where the Response cell gives the force's action; AFI 6's "
        "Response is 'Not yet received from the force.', so it is false. R1's response also "
        "holds a 'PCC:' line, but its first paragraph is the force's.",
        "Crime data integrity 'Not inspected' and victims 'Not graded' give nothing. The "
        "five-point-scale sentence, 'innovative practice' and 'An adequate supply' are "
        "distractors.",
        "The PCC is first named in the cover table under the label 'PCC', which is not a "
        "title as written with 'Commissioner'; the title is taken from the signature block. "
        "'ACC Local Policing', 'Head of ...' in the Lead column are unnamed roles.",
    ]))

# x02 -- PFCC letter (PDF), Staffordshire, PEEL 2023-25 ----------------------------------
F = STAFFS
GOLDS.append(gold(
    "x02.pdf", "response-record", [F], [HF], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PREV, G), (RESP, G), (WORK, G), (PPT, A), (PVP, A), (MOS, A),
                      (LFM, A), (INV, RI)]) + grades(F, P2122, [(INV, I)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are allocated "
             "promptly to officers with the right skills, and that victims are updated in line "
             "with the Code of Practice for Victims of Crime.", True),
        stmt(F, P2325, INV, "The force should improve the quality of its supervisory reviews of "
             "investigations.", True),
        stmt(F, P2325, PVP, "The force should improve how it identifies and responds to children "
             "who go missing from home more than once.", True),
        stmt(F, P2325, PPT, "The force should make sure that it uses external scrutiny of its use "
             "of force, including body-worn video footage, to improve practice.", False),
        stmt(F, P2325, LFM, "The force should make sure it has an effective process for "
             "understanding demand, so that it can plan its workforce and finances accordingly.", True),
    ],
    people=[
        person("Tobias Renfrew", "inspector", HF, "His Majesty's Chief Inspector of Constabulary"),
        person("Lorna Beckwith", "inspector", HF, "His Majesty's Inspector"),
        person("Priya Kandola", "chief-constable", F, "Chief Constable"),
        person("Benedict Orrell", "commissioner", F,
               "Police, Fire and Crime Commissioner for Staffordshire"),
    ],
    notes=[
        "Grades are in prose: 'graded good at A, at B and at C', 'judged adequate in four "
        "areas: ...' (a list whose items contain 'and'), and 'still requires improvement in "
        "investigating crime'. 'in the 2021/22 inspection investigating crime was graded "
        "inadequate' gives one 2021/22 judgement.",
        "Staffordshire Fire and Rescue Service 'was judged good at preventing fires' is a fire "
        "inspection: no judgement.",
        "Each AFI is an italic paragraph under an area heading and an 'Area for improvement n' "
        "line, followed by 'Response:'. The responses are written by the PFCC but report the "
        "force's actions, so they count as the force's update. AFI 4's response says the force "
        "'has not yet set out how it will do this' and offers only the PFCC's own scrutiny "
        "panel: false.",
        "The letterhead image's alt text is not printed; the printed letterhead says "
        "'Staffordshire Commissioner / Police, Fire and Rescue and Crime', which is the office, "
        "not a person. The PFCC's title is from the signature. The Chief Inspector is named "
        "name-first in the address block, and 'Sir' is dropped. 'His Majesty's Inspector "
        "Lorna Beckwith' is title-first.",
    ]))

# x03 -- Police and crime panel report (PDF), Derbyshire, PEEL 2023-25 --------------------
F = DERBYS
GOLDS.append(gold(
    "x03.pdf", "response-record", [F], [HF], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (INV, A), (WORK, A), (LFM, A),
                      (PVP, RI), (RESP, I)]) + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it attends incidents within the "
             "time set by its own attendance policy, and that it updates callers when attendance "
             "will be delayed."),
        stmt(F, P2325, PPT, "The force should make sure that officers record the reason for "
             "every use of force, and that supervisors review these records."),
        stmt(F, P2325, INV, "The force should make sure that it seeks and records the views of "
             "victims before finalising investigations with outcome 16."),
        stmt(F, P2325, PVP, "The force should improve its understanding of the nature and scale "
             "of vulnerability in its communities."),
        stmt(F, P2325, PVP, "The force should make sure that referrals to multi-agency "
             "safeguarding hubs are made promptly and are of good quality."),
        stmt(F, P2325, WORK, "The force should make sure that supervisors have the time and "
             "training to carry out meaningful performance and development reviews."),
        stmt(F, P2325, LFM, "The force should make sure that its change programme has clear "
             "benefits that are tracked and evaluated."),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within three months, the force should review its call-handling "
             "resourcing model to make sure it has enough staff to answer emergency and priority "
             "calls within national standards."),
        stmt(F, P2325, RESP, "Within six months, the force should make sure that supervisors in "
             "its control room actively manage open incidents, so that the most vulnerable "
             "callers are attended first."),
    ],
    coc=[
        stmt(F, P2325, RESP, "The force isn't responding to calls for service quickly enough. Too "
             "many emergency calls are not answered within ten seconds, and the force doesn't "
             "attend incidents within its own target times, including those involving vulnerable "
             "people."),
    ],
    people=[
        person("Nicola Stannard", "commissioner", F, "Police and Crime Commissioner"),
        person("Warren Beddoes", "chief-constable", F, "Chief Constable"),
        person("Daniel Ashworth-Kemp", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "All eight grades are only in paragraph 3.2, as '(a) good for X, for Y, and for Z;' "
        "... '(d) inadequate for responding to the public.' The grade word comes first in "
        "each lettered item, lower case. Paragraph 3.1 lists the scale (no judgement). 3.3 "
        "gives the 2021/22 responding grade ('graded adequate').",
        "The appendix reproduces the HMI's summary ('good at preventing crime and at managing "
        "offenders and suspects' repeats 3.2) and the statements under the inspectorate's area "
        "headings. The cause of concern and its two recommendations sit in one box under "
        "'Responding to the public'.",
        "has_force_update is false throughout: the report says the improvement plan will be "
        "scrutinised and reported later, but gives no update for any statement.",
        "3.5's national counts ('Four forces have received a cause of concern') name no force. "
        "'good practice' and 'good quality' are distractors. The Deputy Chief Constable is "
        "unnamed, and the contact officer (Chief Executive) is not a person fact.",
    ]))

# x04 -- Panel minutes (HTML, modern.gov), Nottinghamshire, PEEL 2023-25 ------------------
F = NOTTS
GOLDS.append(gold(
    "x04.html", "response-record", [F, DERBYS, LEICS, LINCS, NORTHANTS], [HF],
    [insp(F, P2325), insp(DERBYS, P2325)],
    grades(F, P2325, [(PREV, G), (WORK, G), (PPT, A), (RESP, A), (MOS, A), (LFM, A),
                      (INV, RI), (PVP, RI)]) + grades(DERBYS, P2325, [(RESP, I)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that it has enough trained detectives to "
             "manage its investigations effectively.", True),
        stmt(F, P2325, PVP, "The force should improve how it identifies and responds to repeat "
             "victims of domestic abuse.", True),
        stmt(F, P2325, INV, "The force should make sure that victims are given a copy of the "
             "Victims’ Code and are updated on the progress of their case.", False),
    ],
    people=[
        person("Imogen Farrant", "commissioner", F, "Police and Crime Commissioner"),
        person("Douglas Aldous", "chief-constable", F, "Chief Constable"),
        person("Sarita Mehmi", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Grades are in the Commissioner's introduction under minute 5, as one sentence with "
        "semicolon-separated groups ('graded good for A and for B; adequate for C, D, E, and F; "
        "and requires improvement for G and for H').",
        "Three AFIs are quoted inside members' questions (curly quotes). The first two are "
        "answered by the Chief Constable and the Deputy Chief Constable in the minutes: true. "
        "The third gets only a promise of a written answer after the meeting: false.",
        "'neighbouring Derbyshire Constabulary had been graded inadequate for responding to "
        "the public' gives Derbyshire's 2023-25 responding judgement (the period is the "
        "context of the item; it agrees with x03). Leicestershire, Lincolnshire and "
        "Northamptonshire are named only as EMSOU partners. Nottinghamshire County Council "
        "is the host authority.",
        "Councillors, independent members, the OPCC Chief Executive and the Democratic "
        "Services Officer are not person facts. The attendance table gives 'name | title'.",
        "'whether the \"good\" grade for the workforce would survive' repeats a judgement. "
        "The cookie notice date and 2025/26 are distractors.",
    ]))

# x05 -- PCC blog post (Markdown), Leicestershire, PEEL 2023-25 + 2021/22 ------------------
F = LEICS
GOLDS.append(gold(
    "x05.md", "press-release", [F, DERBYS, NOTTS, LINCS, NORTHANTS], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)])
    + grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                        (WORK, G), (LFM, G), (CDI, G)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers non-emergency calls "
             "promptly, and that callers who are waiting are given the option of a call back."),
        stmt(F, P2325, PVP, "The force should improve how it shares information with children's "
             "services when officers attend incidents where children are present."),
    ],
    people=[
        person("Rupert Sallis", "commissioner", F,
               "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        person("Daniel Ashworth-Kemp", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Joanna Pryce", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The Markdown pipe table gives each 2023-25 grade with the 2021/22 grade in brackets "
        "('Outstanding (Good)'). Leadership is 'Adequate (Good*)': the footnote says the "
        "2021/22 area was 'strategic planning, organisational management and value for money', "
        "which maps to leadership-management. 'Crime data integrity | Not inspected this time "
        "(Good)' gives a 2021/22 crime-recording grade and no 2023-25 grade. Victim service is "
        "not graded.",
        "'no area is graded worse than adequate' and 'has moved up from requires improvement' "
        "repeat the table. The quoted '\"outstanding\" grade' repeats it.",
        "Two AFIs are quoted as Markdown blockquotes after a lead-in naming their areas in "
        "order. The other two are only paraphrased ('about how the force records its use of "
        "force ...'), so they are not statements. No update is given for either (the PCC will "
        "ask for reports later): false.",
        "Genre: a commissioner's blog post is closest to a press release. Derbyshire, "
        "Nottinghamshire, Lincolnshire and Northamptonshire are named only as EMSOU partners.",
    ]))

# x06 -- Accountability board notes (DOCX), Warwickshire -----------------------------------
F = WARKS
GOLDS.append(gold(
    "x06.docx", "response-record", [F, WMERCIA], [HF], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(INV, RI), (PVP, A)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that all investigations are subject to "
             "regular and effective supervision, with clear direction recorded on the crime "
             "record.", True),
        stmt(F, P2325, INV, "The force should reduce the number of investigations that are closed "
             "because the victim does not support further action, and make sure it considers "
             "evidence-led prosecutions where appropriate.", True),
        stmt(F, P2325, PVP, "The force should make sure that it carries out timely reviews of the "
             "risk posed by registered sex offenders who are managed at the lowest level of "
             "risk.", False),
        stmt(F, P2122, LFM, "The force should make sure that it understands the demand it faces, "
             "so that it can match its resources to that demand.", True),
    ],
    people=[
        person("Tom Ashdown", "commissioner", F, "Police and Crime Commissioner"),
        person("Kieran Locke", "chief-constable", F, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "Only two 2023-25 grades are stated ('graded the force requires improvement for "
        "investigating crime and adequate for protecting vulnerable people'). The 2021/22 "
        "inspection has an AFI but no grade.",
        "AFI 3's 'Update:' is 'Not provided – the ACC will report at the September Board': "
        "false. The 2021/22 AFI's heading names 'strategic planning, organisational management "
        "and value for money' -> leadership-management.",
        "The national thematic recommendation (vetting, misconduct and misogyny: 'chief "
        "constables should make sure ...') is addressed to all forces and is not a PEEL fact. "
        "West Mercia Police is named in passing, with no grade.",
        "The Action 23/14 etc. lines and the action log table are distractors. The Assistant "
        "Chief Constable (named) and OPCC staff are not person facts. The notes were asked "
        "for as a text file; they are a Word document so that the corpus has three DOCX "
        "(see README).",
    ]))

# x07 -- OPCC HMICFRS tracker (CSV, cp1252, ';'), West Mercia --------------------------------
F = WMERCIA
GOLDS.append(gold(
    "x07.csv", "response-record", [F], [HF], [insp(F, P2325), insp(F, P2122)],
    afis=[
        stmt(F, P2325, PVP, "The force should improve how it manages registered sex offenders by: "
             "completing risk assessments within the timescales set by national guidance; and "
             "reducing the number of overdue home visits.", True),
        stmt(F, P2325, RESP, "The force should make sure that it records the vulnerability of "
             "callers and uses it to decide how quickly to attend.", True),
        stmt(F, P2325, PPT, "The force should make sure that officers use body-worn video during "
             "every stop and search encounter.", False),
        stmt(F, P2325, LFM, "The force should make sure that its estates and fleet plans are "
             "affordable within its medium-term financial plan.", True),
        stmt(F, P2122, PVP, "The force should make sure that it completes checks on the "
             "suitability of applicants for domestic violence disclosure scheme requests within "
             "the required time.", True),
    ],
    recs=[
        stmt(F, P2325, INV, "Within six months, the force should make sure that every "
             "investigation has a recorded supervisory review within seven days of allocation.", True),
        stmt(F, P2325, INV, "Within six months, the force should make sure that victims are "
             "updated at the intervals agreed with them and in line with the Victims’ Code.", False),
    ],
    coc=[
        stmt(F, P2325, INV, "The force doesn’t always carry out effective investigations. Too many "
             "investigations are not supervised, and victims are not always kept informed.", True),
    ],
    notes=[
        "Semicolon-separated, Windows-1252, CRLF rows with LF inside quoted cells. The first "
        "line is a title row ('OPCC West Mercia – HMICFRS inspections tracker (West Mercia "
        "Police) – exported 21/07/2025;;;;;'), the only place the force is named; the header "
        "is the second line.",
        "The kind comes from the Type column ('Cause of concern', 'Recommendation', 'AFI'), "
        "although the statement column is headed 'Recommendation'. The period and question "
        "come from the Report column ('HMICFRS PEEL 2023–25 – Investigating crime').",
        "The sex-offender AFI is one quoted multi-line cell: a lead-in ending 'by:' and two "
        "'- ' bullets, joined into one statement.",
        "has_force_update: false where the Update cell is empty (the second recommendation) "
        "or says 'Awaiting update from force lead'. Closed rows with an update are true.",
        "Rows from thematic inspections and a super-complaint are addressed to 'chief "
        "constables' generally: not PEEL facts. There are no grades.",
    ],
    encoding="cp1252"))

# x08 -- Force web page with accordions (HTML), Gloucestershire ----------------------------
F = GLOS
GOLDS.append(gold(
    "x08.html", "response-record", [F, WILTS], [HF], [insp(F, P2325)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, A),
                      (WORK, G), (LFM, A)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers calls to its "
             "non-emergency number promptly, and that it reduces the number of abandoned calls.", True),
        stmt(F, P2325, RESP, "The force should make sure that it allocates officers to incidents "
             "according to the risk to the caller, and that it keeps callers updated if the "
             "attendance is delayed.", True),
        stmt(F, P2325, INV, "The force should make sure that all investigations are effectively "
             "planned and supervised, and that the rationale for decisions is recorded.", True),
        stmt(F, P2325, INV, "The force should make sure that it records whether victims want to "
             "support an investigation, and the reasons why, when it closes an investigation "
             "because the victim doesn't support it.", False),
        stmt(F, P2325, PPT, "The force should improve how it uses data to understand any "
             "disproportionality in its use of stop and search and use of force.", True),
        stmt(F, P2325, MOS, "The force should make sure that it prioritises the arrest of wanted "
             "suspects according to the risk they pose.", True),
    ],
    people=[
        person("Bethan Morley-Quince", "chief-constable", F, "Chief Constable"),
        person("Christopher Tull", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Each AFI is in a <details> accordion (only the first is open when the page loads): "
        "summary 'Area for improvement n: <area>', then 'What HMICFRS said' (the AFI) and "
        "'What we're doing' (the force's update). The collapsed panels are part of the page a "
        "reader sees by expanding them, so they are in the gold.",
        "AFI 4's 'What we're doing' is only 'Update due in October 2025.': false.",
        "Grades are a list 'Area – grade' in lower case. 'didn't identify any causes of "
        "concern' gives nothing. The PEEL 2021/22 link gives no grade. Gloucestershire Fire "
        "and Rescue Service is a distractor; Wiltshire Police is named in a related link.",
        "'our Police and Crime Commissioner Christopher Tull' is title-first.",
    ]))

# x09 -- Joint PCC/CC statement (DOCX), Wiltshire --------------------------------------------
F = WILTS
GOLDS.append(gold(
    "x09.docx", "press-release", [F, GLOS], [HF], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PREV, G), (MOS, G), (WORK, G), (PPT, A), (RESP, A), (INV, A), (PVP, A),
                      (LFM, RI)]) + grades(F, P2122, [(RESP, I)]),
    people=[
        person("Philippa Yeo", "commissioner", F, "Police and Crime Commissioner"),
        person("Samuel Okafor-Reid", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades in prose only: 'graded good in three areas and adequate in four' (counts), then "
        "'good at A, at B, and at C', 'A, B, C and D were all graded adequate', 'was graded as "
        "requires improvement'. 'in 2021/22, responding to the public was judged inadequate' "
        "gives a 2021/22 judgement; 'enhanced monitoring' is not a grade.",
        "'three areas for improvement' are counted, not quoted: no statements. 'a good force "
        "in every area' in the quote is an aspiration, not a grade.",
        "The Word header names both organisations; it is not body text. Gloucestershire "
        "Constabulary is named in the notes to editors, with no grade.",
    ]))

# x10 -- Bilingual scrutiny report (PDF), North Wales ----------------------------------------
F = NWALES
GOLDS.append(gold(
    "x10.pdf", "response-record", [F, DP], [HF], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, A),
                      (WORK, RI), (LFM, A)])
    + grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                        (WORK, A)]),
    afis=[
        stmt(F, P2325, WORK, "The force should make sure that officers and staff have regular, "
             "meaningful wellbeing conversations with their supervisors.", True),
        stmt(F, P2325, WORK, "The force should improve the way it identifies and supports "
             "officers and staff who are exposed to traumatic incidents.", False),
        stmt(F, P2325, RESP, "The force should reduce the time it takes to answer non-emergency "
             "calls, including calls made to its Welsh language line.", True),
        stmt(F, P2325, INV, "The force should make sure that victims are told promptly when "
             "their investigation is closed, and why.", True),
    ],
    people=[
        person("Joseph Caradog", "inspector", HF, "His Majesty’s Inspector of Constabulary"),
        person("Gethin Parry", "chief-constable", F, "Chief Constable"),
        person("Eleri Vaughan-Roberts", "commissioner", F,
               "Police and Crime Commissioner for North Wales"),
    ],
    notes=[
        "English comes first (pages 1-2), then the Welsh translation of the same content "
        "(from page 3). The Welsh grades (Da, Digonol, Angen gwella), the Welsh AFIs "
        "('Dylai’r heddlu ...'), 'Heddlu Gogledd Cymru', 'Prif Gwnstabl' and 'Comisiynydd "
        "Heddlu a Throseddu Gogledd Cymru' repeat English facts and add none.",
        "The grade table has a 2021/22 column. Leadership's 2021/22 cell is 'Not comparable*': "
        "no judgement.",
        "AFI 4.2's 'Force progress:' is 'Not yet reported – due at the September Board.': "
        "false. 'Commissioner’s assessment:' lines are the PCC's own view.",
        "North Wales Fire and Rescue Service is a distractor. Dyfed-Powys Police is named in "
        "passing. The masthead is upper-cased by CSS, so the printed text reads 'POLICE AND "
        "CRIME COMMISSIONER FOR NORTH WALES'; the PCC's title comes from the signature. The "
        "HMI's title keeps the document's curly apostrophe.",
    ]))


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
