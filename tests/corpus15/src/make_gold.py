"""Write gold/s01.json ... gold/s10.json for corpus15 (format: shared/corpus/GOLD-FORMAT.md).

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
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


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


# The invented grades, one table per force, used wherever the force appears.
NOTTS = "Nottinghamshire Police"
NOTTS_2325 = [(PREV, G), (MOS, G), (PPT, A), (INV, A), (PVP, A), (WORK, A), (RESP, RI), (LFM, RI)]
NORTHUMBRIA = "Northumbria Police"
NORTHUMBRIA_2325 = [(PREV, O), (PPT, G), (RESP, G), (PVP, G), (MOS, G), (WORK, G), (INV, A), (LFM, A)]
LEICS = "Leicestershire Police"
LEICS_2325 = [(PREV, G), (WORK, G), (CDI, G), (PPT, A), (RESP, A), (PVP, A), (MOS, A), (LFM, A),
              (INV, RI)]
MERSEY = "Merseyside Police"
MERSEY_2325 = [(PPT, G), (PREV, G), (RESP, G), (PVP, G), (MOS, G), (WORK, G), (INV, A), (LFM, A)]
DERBYS = "Derbyshire Constabulary"
DERBYS_2325 = [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, RI), (MOS, G), (WORK, A), (LFM, A),
               (CDI, A)]
CHESHIRE = "Cheshire Constabulary"
CHESHIRE_2325 = [(PPT, G), (PREV, G), (RESP, A), (INV, G), (PVP, A), (MOS, O), (WORK, G), (LFM, G)]
CHESHIRE_2122 = [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, A), (WORK, G),
                 (LFM, G), (CDI, G)]
WMIDS = "West Midlands Police"
SWALES = "South Wales Police"
SWALES_2325 = [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, G)]
GWENT = "Gwent Police"
GWENT_2122 = [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, RI), (MOS, A), (SOC, A), (WORK, A),
              (LFM, RI), (CDI, G)]
GWENT_2325 = [(PPT, A), (PREV, G), (RESP, A), (INV, A), (PVP, RI), (MOS, G), (WORK, G), (LFM, A)]

GOLDS = []

# s01 -- PCC website page "HMICFRS inspection reports" printed to PDF, Nottinghamshire ----
F = NOTTS
GOLDS.append(gold(
    "s01.pdf", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, NOTTS_2325) + grades(F, P2122, [(INV, RI)]),
    people=[person("Rosalind Ashcombe", "commissioner", F, "Commissioner")],
    notes=[
        "A WordPress-like page of the Nottinghamshire OPCC, printed from the browser: menu, "
        "breadcrumbs, a sidebar (which pypdf reads in the middle of the grade list) and a cookie "
        "banner printed at the end.",
        "The PEEL 2023-25 card gives the eight grades one sentence each, in varied wording "
        "('was graded good at', 'was also found to be good', 'is adequate at', 'For building, "
        "supporting and protecting the workforce, the grade was adequate', 'requires "
        "improvement', 'was also graded requires improvement'). The five-point scale "
        "sentence gives nothing; victims 'not graded' gives nothing.",
        "PEEL 2021/22 card: 'good in five areas and adequate in four' names no area, so it gives "
        "nothing; 'Investigating crime was the only area judged to require improvement' gives "
        "one 2021/22 judgement.",
        "The cause of concern and the seven AFIs are only counted or paraphrased ('about how "
        "long it takes the force to answer and attend calls'), not quoted: no statement facts.",
        "Distractors: the custody inspection (joint with HM Inspectorate of Prisons, not an "
        "inspectorate of the gold's kind; 'an adequate supply of staff'), the national vetting "
        "thematic (43 recommendations to all chief constables) and the fire and rescue "
        "service's 'good' and 'adequate'. Cookie notice, 2025/26 budget and closing dates.",
        "People: 'Commissioner Rosalind Ashcombe' (title-first: 'Commissioner'). The Chief "
        "Constable is unnamed. Genre: a PCC's page listing its responses to inspections; "
        "response-record is the nearest genre (unsure).",
    ]))

# s02 -- PCC section 55 letter (PDF), Northumbria -------------------------------------------
F = NORTHUMBRIA
GOLDS.append(gold(
    "s02.pdf", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, NORTHUMBRIA_2325) + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to officers with the "
             "skills and experience the investigation needs, and that supervisors review them "
             "at the intervals set in force policy.", True),
        stmt(F, P2325, INV,
             "The force should improve how it keeps victims informed about the progress of "
             "their case, in line with the Code of Practice for Victims of Crime.", True),
        stmt(F, P2325, LFM,
             "The force should make sure that its workforce plan sets out how it will recruit "
             "and keep enough detectives to meet the demand it expects over the next four "
             "years.", True),
        stmt(F, P2325, LFM,
             "The force should make sure it understands the cost and benefit of its change "
             "programme, so that it can show it is getting value for money.", False),
    ],
    people=[
        person("Nicholas Brayfield", "inspector", HF,
               "His Majesty's Chief Inspector of Constabulary"),
        person("Wendell Pryce", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Vanessa Okafor-Reid", "chief-constable", F, "Chief Constable"),
        person("Kim Ashworth-Blyth", "commissioner", F,
               "Police and Crime Commissioner for Northumbria"),
    ],
    notes=[
        "Grades are in prose: 'graded outstanding for preventing crime and anti-social "
        "behaviour'; a 'good for' list of five areas whose last item ('building, supporting "
        "and protecting the workforce') contains commas; 'Two areas were graded adequate: "
        "investigating crime, and leadership and force management'.",
        "'In the 2021/22 inspection the force was graded adequate in that area' (responding to "
        "the public) gives a 2021/22 judgement.",
        "The AFI table 'Area for improvement | Force response | PCC comment | Status' groups "
        "its rows under area rows merged across all four columns ('Investigating crime', "
        "'Leadership and force management'); the question comes from the group row. The "
        "header row repeats on page 2 and the 'Investigating crime' group row is left alone "
        "at the foot of page 1.",
        "has_force_update: true where the Force response cell gives the force's action. The "
        "last AFI's Force response is '\u2014' and the PCC comment says the force has not yet "
        "responded, so it is false. Status words (Complete / In progress / Not started) do not "
        "change this.",
        "'no causes of concern and no recommendations'; the national vetting recommendations "
        "'addressed to all chief constables' are not force recommendations. 'good practice' "
        "is a distractor.",
        "People: the letter is addressed to 'Sir Nicholas Brayfield / His Majesty's Chief "
        "Inspector of Constabulary' (name then title on the next line; 'Sir' dropped). 'His "
        "Majesty's Inspector of Constabulary Wendell Pryce' (title-first). The PCC signs "
        "name-first with the full title. Straight apostrophes as in the PDF text.",
    ]))

# s03 -- police and crime panel minutes (DOCX), Leicestershire ------------------------------
F = LEICS
GOLDS.append(gold(
    "s03.docx", "response-record", [F, DERBYS, NOTTS], [HF],
    [insp(F, P2325), insp(F, P2122), insp(DERBYS, P2325)],
    grades(F, P2325, LEICS_2325) + grades(F, P2122, [(INV, A)]) + grades(DERBYS, P2325, [(RESP, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are properly planned and "
             "supervised, and that officers carry out all reasonable lines of enquiry before a "
             "case is closed.", True),
        stmt(F, P2325, RESP,
             "The force should reduce the time it takes to answer non-emergency calls, and "
             "should make sure that callers who abandon a call are contacted again where there "
             "is a risk of harm.", True),
    ],
    people=[
        person("Tobias Hennessy-Clarke", "commissioner", F, "Police and Crime Commissioner"),
        person("Daniel Akinwale", "chief-constable", F, "Chief Constable"),
        person("Fiona Marsh-Kelly", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"people": [
        person("Kiran Batra-Holt", "commissioner", F, "Deputy Police and Crime Commissioner",
               "deputy"),
    ]},
    notes=[
        "All grades are in minute 44, numbered point 1: 'good in three areas: ...; ...; and "
        "crime data integrity' (semicolon list), 'adequate in five areas (...)' (comma list in "
        "brackets), 'Investigating crime had been graded as requires improvement'. 'Crime data "
        "integrity' -> crime-recording. Victims 'had not been graded'.",
        "Point 2: 'the 2021/22 inspection, when HMICFRS graded the force adequate in that area' "
        "(investigating crime) gives a 2021/22 judgement.",
        "Point 3: Derbyshire Constabulary 'had been graded requires improvement for responding "
        "to the public in its PEEL 2023\u201325 report' -> a neighbour's judgement in passing "
        "(it agrees with s05). Nottinghamshire Police is named with no grade.",
        "The two AFIs are in Word's 'Intense Quote' style after a lead-in naming the area. "
        "Each is followed by the Chief Constable's answer in the minutes, so both are true. "
        "'eight areas for improvement and no causes of concern' and the six AFIs in Appendix B "
        "that are not reproduced give nothing. 'the adequacy of the force's plans' is a "
        "distractor.",
        "People: the 'In attendance' table gives 'name | title'. The titles are the office "
        "('Chief Constable, Leicestershire Police' -> 'Chief Constable'). The Assistant Chief "
        "Constable, the OPCC Chief Executive, councillors and the democratic services "
        "officer are not person facts. The Deputy Police and Crime Commissioner is in "
        "also_acceptable only (appointed, not a PCC), as corpus13 did.",
        "Other distractors: the precept for 2025/26, 'Band D', the date of the next meeting, "
        "and a Word page header that says 'DRAFT minutes'.",
    ]))

# s04 -- PCC news release "Force rated good ..." (DOCX), Merseyside --------------------------
F = MERSEY
GOLDS.append(gold(
    "s04.docx", "press-release", [F, CHESHIRE], [HF],
    [insp(F, P2325), insp(F, P2122), insp(CHESHIRE, P2325)],
    grades(F, P2325, MERSEY_2325) + grades(F, P2122, [(INV, RI)])
    + grades(CHESHIRE, P2325, [(MOS, O)]),
    people=[
        person("Megan Corlett-Doyle", "commissioner", F, "Police and Crime Commissioner"),
        person("Andrew Tillotson", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Headline 'Force rated good in six areas' names no area; the second paragraph lists "
        "the six (semicolon list, the last 'building, supporting and protecting its "
        "workforce') and names the two adequate areas.",
        "'an improvement on the force's last PEEL inspection in 2021/22, when it was rated "
        "requires improvement in that area' (investigating crime) gives a 2021/22 judgement.",
        "Cheshire Constabulary 'was rated outstanding for managing offenders and suspects in "
        "its own 2023\u201325 inspection' -> a neighbour's judgement in passing (agrees with "
        "s06).",
        "The quoted fragment 'keep victims updated at every stage' is not an AFI statement; "
        "'five areas for improvement and no causes of concern' gives nothing. The notes to "
        "editors list the grade scale, and Merseyside Fire and Rescue Service's 'outstanding' "
        "is a fire inspection: no facts. 'Getting a good grade for responding' repeats a "
        "grade already given.",
        "People: 'Police and Crime Commissioner Megan Corlett-Doyle said:' and 'Chief "
        "Constable Andrew Tillotson said:' (title-first), each followed by a quote in Word's "
        "Quote style.",
    ]))

# s05 -- force page "Our PEEL inspection results" (HTML), Derbyshire --------------------------
F = DERBYS
GOLDS.append(gold(
    "s05.html", "response-record",
    [F, NOTTS, LEICS, "Lincolnshire Police", "Northamptonshire Police"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, DERBYS_2325),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and "
             "that fewer callers abandon their calls.", True),
        stmt(F, P2325, RESP,
             "The force should make sure that call handlers use a structured risk assessment "
             "for every call, and that the assessment is recorded.", True),
        stmt(F, P2325, INV,
             "The force should make sure that victims are told when their case is closed and "
             "why.", True),
        stmt(F, P2325, LFM,
             "The force should improve its understanding of the demand it faces from online "
             "crime, so that it can plan the skills and resources it needs.", False),
    ],
    recs=[
        stmt(F, P2325, PVP,
             "Within six months, the force should make sure that officers attending domestic "
             "abuse incidents record the presence of every child and assess the risk to each "
             "of them.", False),
        stmt(F, P2325, PVP,
             "Within six months, the force should make sure that referrals to children\u2019s "
             "social care are made within 24 hours of an incident.", True),
    ],
    coc=[
        stmt(F, P2325, PVP,
             "Derbyshire Constabulary does not always identify the risk to children in "
             "domestic abuse cases, and safeguarding referrals to partner agencies are "
             "sometimes delayed.", False),
    ],
    people=[
        person("Ravi Mistry-Dunn", "chief-constable", F, "Chief Constable"),
        person("Nadine Fairclough-Ward", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades are cards (h3 area + a badge span), one per area; 'Crime data integrity' -> "
        "crime-recording; 'Providing a service to victims of crime' is 'Not graded'. The "
        "grading key above the cards lists all badges and gives nothing.",
        "The cause of concern sits after an inline 'Cause of concern:' label in a box; its "
        "question is protecting vulnerable people (its content and the force's requires "
        "improvement grade there; no heading names the area, so a grader might leave it null). "
        "Its two recommendations are an <ol>.",
        "has_force_update follows corpus2 convention 8 (an update counts for the statement it "
        "directly follows): the single 'What we are doing' block in the box comes after "
        "recommendation 2, so only that is true; the cause of concern and recommendation 1 "
        "are false although the block answers the box as a whole. Unsure.",
        "AFIs are in <details> accordions whose <summary> names the area. The leadership AFI "
        "has no 'What we are doing' block, only 'Our plan ... will be published here in "
        "spring 2025': false.",
        "Distractors: 'good practice' (rural crime), the East Midlands Special Operations Unit "
        "partners (Nottinghamshire, Leicestershire, Lincolnshire, Northamptonshire) named "
        "with no grade, 'PEEL 2021/22 results' as a link only.",
        "People: 'Chief Constable Ravi Mistry-Dunn' (blockquote footer) and 'Our Police and "
        "Crime Commissioner, Nadine Fairclough-Ward' (title-first). Genre: the force's own "
        "results page with its response to each statement; response-record (unsure; "
        "press-release would also fit).",
    ]))

# s06 -- PCC annual report extract, two columns (PDF), Cheshire -------------------------------
F = CHESHIRE
GOLDS.append(gold(
    "s06.pdf", "response-record", [F, MERSEY], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, CHESHIRE_2325) + grades(F, P2122, CHESHIRE_2122),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers emergency calls within the national "
             "standard, and that it reduces the number of non-emergency calls that are "
             "abandoned.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that it consistently applies for domestic violence "
             "protection orders in cases where they are needed to protect victims.", True),
        stmt(F, P2325, PPT,
             "The force should improve the quality of the grounds officers record for stop and "
             "search, and make sure that supervisors review those records.", False),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that it has enough trained staff "
             "in its control room to meet demand at peak times.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "Cheshire Constabulary is not answering calls from the public quickly enough, and "
             "it does not always identify vulnerable callers when they first make contact.",
             True),
    ],
    people=[
        person("Michelle Dartnell-Shaw", "inspector", HF,
               "His Majesty's Inspector of Constabulary"),
        person("Hazel Brindley-Stokes", "commissioner", F,
               "Police and Crime Commissioner for Cheshire"),
        person("Owen Latchford", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Two-column A4 extract with running header and page numbers. Table 5.1 spans both "
        "columns: 'Area of policing | PEEL 2023\u201325 | PEEL 2021/22'. Footnotes give the "
        "2021/22 names: 'Treatment of the public', 'Good use of resources' (whose 'Good' is "
        "not a grade) and 'Recording data about crime'. 'Not inspected' and 'Not graded' "
        "cells give nothing; 2021/22 serious organised crime 'Adequate' is a judgement.",
        "The prose repeats grades ('outstanding grade, for managing offenders and suspects'; "
        "'improved from requires improvement to adequate'; 'remains adequate, as it was in "
        "2021/22') and counts ('good in five further areas'). All agree with the table.",
        "Statements are boxes whose label line gives inspection, kind and area ('PEEL "
        "2023\u201325 \u00b7 Area for improvement \u00b7 Responding to the public'), then the "
        "statement, then 'Progress:'. The stop and search AFI's progress is 'No update was "
        "reported to me this year': false. The 2021/22 cause of concern and recommendation "
        "each have their own progress line (discharged / closed): true.",
        "'The report made no recommendations and raised no causes of concern' refers to "
        "2023-25. National thematic recommendations (19, to all chief constables), the joint "
        "custody inspection with HM Inspectorate of Prisons ('an adequate supply of clean "
        "bedding') and Cheshire Fire and Rescue Service's 'good' are distractors.",
        "People: 'His Majesty's Inspector of Constabulary Michelle Dartnell-Shaw' "
        "(title-first), the PCC in a pull-quote attribution (name-first, full title), 'Chief "
        "Constable Owen Latchford'. Merseyside Police is named as a partner with no grade.",
    ]))

# s07 -- joint audit committee paper with tracker (DOCX), West Midlands -----------------------
F = WMIDS
GOLDS.append(gold(
    "s07.docx", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PREV, G), (RESP, RI), (INV, RI), (LFM, RI)])
    + grades(F, P2122, [(INV, I)]),
    afis=[
        stmt(F, P2325, None,
             "The force should make sure that it answers non-emergency calls within a "
             "reasonable time and that it attends incidents within its published attendance "
             "times.", True),
        stmt(F, P2325, None,
             "The force should make sure that its change programme is aligned to its workforce "
             "plan and that it can show the benefits of the changes it makes.", True),
        stmt(F, P2325, None,
             "The force should improve the way it records and reviews the use of force, so "
             "that it can show that force is used fairly.", True),
        stmt(F, P2122, None,
             "The force should make sure that it shares information about children at risk of "
             "exploitation with partner agencies promptly.", True),
    ],
    recs=[
        stmt(F, P2325, None,
             "By 31 March 2025, the force should make sure that every investigation is "
             "allocated to an investigator who has the skills and accreditation the "
             "investigation needs.", True),
        stmt(F, P2325, None,
             "By 31 March 2025, the force should make sure that supervisors review every "
             "investigation at the intervals set out in its investigation standards policy.",
             False),
    ],
    coc=[
        stmt(F, P2325, None,
             "West Midlands Police does not make sure that investigations are allocated to "
             "staff with the right skills, and too many investigations are not supervised "
             "effectively, so victims do not always receive a good service.", True),
    ],
    people=[
        person("Harjit Sandhu-Walsh", "commissioner", F, "Police and Crime Commissioner"),
        person("Lorraine Edgecombe", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades: 3.1 gives 'good for preventing crime' and 'requires improvement in three "
        "areas: responding to the public, investigating crime, and leadership and force "
        "management'; 'The remaining four graded areas were judged adequate' names no area "
        "and gives nothing. 3.2: 'Investigating crime was graded inadequate in the 2021/22 "
        "inspection' gives a 2021/22 judgement.",
        "Appendix 1 is a landscape tracker 'Ref | Recommendation | Owner | Due | RAG | Update' "
        "with section rows merged across all six columns. The column is headed "
        "'Recommendation' for every row; the KIND of each row comes from its Ref (CoC / R / "
        "AFI, explained in the key) and its period from the section row (A: PEEL 2023\u201325; "
        "B: PEEL 2021/22 carried forward).",
        "Question: the tracker names no area for any row, so every statement's question is "
        "null ('null where none fits'). The content makes the area obvious for most (the "
        "cause of concern and recommendations are about investigations, 3.1 says so), so a "
        "grader could fairly accept the inferred key.",
        "Left out: section C (national thematic recommendations addressed to 'chief "
        "constables', no PEEL period) and section D (internal audit, 'Management should'). "
        "PEEL23-AFI3 and AFI4 are named only by reference. RAG counts, 'Limited opinion' and "
        "'a good service' are distractors.",
        "has_force_update: true where the Update cell reports progress; PEEL23-R2 says 'No "
        "update received for this meeting.': false. A red RAG with an update is still true.",
        "People: 'The Police and Crime Commissioner, Harjit Sandhu-Walsh' (title-first) and "
        "'Chief Constable Lorraine Edgecombe'. The owners (ACC Crime, Head of Professional "
        "Standards ...) are unnamed posts.",
    ]))

# s08 -- scrutiny board paper pasted into an email (TXT, cp1252, CRLF), Nottinghamshire ------
F = NOTTS
GOLDS.append(gold(
    "s08.txt", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, NOTTS_2325) + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, LFM,
             "The force should make sure it has a workforce plan that shows how it will meet "
             "future demand, including the skills it needs in its control room.", True),
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to investigators "
             "with the right level of training and experience.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that it uses all available powers, including domestic "
             "abuse protection orders, to protect victims.", False),
    ],
    recs=[
        stmt(F, P2325, RESP,
             "Within six months, the force should: make sure it has enough trained call "
             "handlers to answer calls at times of peak demand; and reduce the number of "
             "non-emergency calls that are abandoned before they are answered.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that it attends priority incidents "
             "within the times it has set, and that it reviews the risk to callers whose "
             "attendance is delayed.", True),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Nottinghamshire Police is not answering emergency and non-emergency calls "
             "quickly enough, and it does not always attend incidents within the times it has "
             "set. This means that some vulnerable people are put at risk.", False),
    ],
    people=[
        person("Helen Stroud-Mayhew", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Rosalind Ashcombe", "commissioner", F, "Commissioner"),
        person("Gareth Millward", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "windows-1252 with CRLF line endings (en dashes, curly quotes, \u00a3). An Outlook "
        "thread: 'Subject:' lines in two email headers and again in the paper's own header "
        "block; a signature block and a disclaimer.",
        "3.1 gives the grades as dotted-leader lines. 3.2: 'the 2021/22 inspection graded "
        "investigating crime as requires improvement' gives a 2021/22 judgement (agrees with "
        "s01).",
        "The cause of concern is two sentences under 'Cause of concern (Responding to the "
        "public)'; both are kept. Its two recommendations take its area. Recommendation 1 is "
        "a lead-in ending in ':' with two en-dash sub-bullets, joined into one statement. "
        "The cause of concern has no update of its own (the 'Force update:' blocks follow "
        "the recommendations): false. 'Red \u2013 date revised' still reports progress: true.",
        "AFIs have an area in brackets after 'AFI n'. AFI 3's update is 'To follow at the June "
        "Board.': false. 'AFIs 4 to 7 were closed ... and are not repeated' gives nothing.",
        "People: 'Report of: Deputy Chief Constable Helen Stroud-Mayhew' (deputy), "
        "'Commissioner Rosalind Ashcombe' (title-first, 'Commissioner', as in s01), 'Chief "
        "Constable Gareth Millward'. The email's senders (Priya Chandran, 'Mark', 'the DCC') "
        "are not person facts.",
    ]))

# s09 -- bilingual English/Welsh PCC page (HTML), South Wales -------------------------------
F = SWALES
GOLDS.append(gold(
    "s09.html", "press-release", [F, GWENT, "Dyfed-Powys Police"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, SWALES_2325) + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, None,
             "The force should make sure that calls for service are attended within the times "
             "it has set for each grade of call.", True),
        stmt(F, P2325, None,
             "The force should make sure that investigations are reviewed by a supervisor at "
             "regular intervals, and that the reviews are recorded.", True),
    ],
    people=[
        person("Rhian Pritchard-Evans", "commissioner", F, "Police and Crime Commissioner"),
        person("Huw Llewellyn-Price", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "English and Welsh side by side in two <section lang> columns. Facts are taken from "
        "the English text; the Welsh column repeats them (grade words Da / Digonol; 'Heddlu De "
        "Cymru', 'Heddlu Gwent', 'Heddlu Dyfed-Powys'; the inspectorate as 'Arolygiaeth "
        "Heddluoedd a Gwasanaethau T\u00e2n ac Achub EF'). The Welsh AFI texts are "
        "translations of the same two AFIs, not further statements; a graph that also holds "
        "them in Welsh holds duplicates.",
        "Grades are a two-column table. 'graded good in six of the eight areas' is a count. "
        "'in 2021/22 HMICFRS graded the force requires improvement in that area' "
        "(investigating crime) gives a 2021/22 judgement. The scale sentence gives nothing.",
        "AFIs sit in grey boxes with no area heading, so their question is null (the content "
        "points to responding to the public and investigating crime; a grader could accept "
        "those keys). Each is followed by 'Force response:': true. The third AFI is only "
        "mentioned.",
        "Gwent Police and Dyfed-Powys Police are partners with no grade.",
        "People: 'The Police and Crime Commissioner for South Wales, Rhian Pritchard-Evans' is "
        "title-first, so the title is the office alone ('Police and Crime Commissioner', as "
        "corpus13 did). 'Chief Constable Huw Llewellyn-Price' in the force response.",
        "Genre: a PCC announcement page with a quote -> press-release (unsure).",
    ]))

# s10 -- PCC blog post comparing 2021/22 and 2023-25 (Markdown), Gwent ---------------------
F = GWENT
GOLDS.append(gold(
    "s10.md", "press-release", [F, SWALES, "Dyfed-Powys Police", "North Wales Police"], [HF],
    [insp(F, P2325), insp(F, P2122), insp(SWALES, P2325)],
    grades(F, P2122, GWENT_2122) + grades(F, P2325, GWENT_2325) + grades(SWALES, P2325, [(PVP, G)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that officers identify and record the risks to "
             "children when they attend domestic abuse incidents, and that referrals to "
             "partner agencies are made without delay.", True),
    ],
    people=[
        person("Gareth Vaughan-Rees", "commissioner", F, "Police and Crime Commissioner for Gwent"),
        person("Nadia Haroun", "chief-constable", F, "Chief Constable"),
    ],
    also={"people": [
        person("Eleri Thomas-Wynne", "commissioner", F, "Deputy Commissioner", "deputy"),
    ]},
    notes=[
        "A Markdown pipe table 'Area | 2021/22 | 2023\u201325'. Row labels carry the 2021/22 "
        "names in brackets ('good use of resources' is a name, not a grade). '\u2014' cells "
        "give nothing (serious organised crime and recording data about crime are graded "
        "only for 2021/22).",
        "Prose counts: 'Four areas were graded requires improvement' (2021/22) names none; the "
        "bullets repeat grades already in the table ('moved up a grade', 'from adequate to "
        "good').",
        "The one AFI is a Markdown blockquote under 'What hasn't', which is about protecting "
        "vulnerable people. The Chief Constable's commitments in the next paragraph are the "
        "force's update: true. 'five other areas for improvement' gives nothing.",
        "South Wales Police 'were graded good for protecting vulnerable people in their own "
        "2023\u201325 inspection' (agrees with s09). Dyfed-Powys and North Wales 'have not yet "
        "been inspected in this round': forces only. 'Heddlu Gwent' in the footer.",
        "People: the author line 'Gareth Vaughan-Rees, Police and Crime Commissioner for "
        "Gwent' (name-first, full title; also YAML front matter). 'Chief Constable Nadia "
        "Haroun'. 'My Deputy Commissioner, Eleri Thomas-Wynne' is in also_acceptable only. "
        "The Chief Inspector is unnamed.",
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
