"""Write gold/lg01.json ... gold/lg10.json for corpus62 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
HF = "HMICFRS"
VS, PPT, PREV, RESP, INV = "victim-service", "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM, CDI = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management", "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
ORDER = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI]

# One set of invented 2021/22 grades, used wherever a force appears.
G2122 = {
    "Cleveland Police":        [RI, A, I, I, I, RI, RI, I, RI],
    "Durham Constabulary":     [G, O, G, G, G, A, G, A, G],
    "Northumbria Police":      [G, G, RI, A, A, G, G, G, A],
    "Cumbria Constabulary":    [G, G, A, A, A, G, G, G, None],
    "Lancashire Constabulary": [G, G, A, RI, A, G, G, G, G],
    "Cheshire Constabulary":   [A, G, I, RI, RI, A, G, A, A],
    "Merseyside Police":       [G, O, G, A, G, G, G, G, G],
}
CLEV2325 = [A, A, RI, RI, A, A, A, A, G]


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, q, grade, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": q, "grade": grade}


def all2122(force, only=None):
    return [j(force, P2122, q, g) for q, g in zip(ORDER, G2122[force])
            if g is not None and (only is None or q in only)]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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
PELLOWE = "Anthony Pellowe"
RAISTRICK = "Fiona Raistrick"

# lg01 -- PEEL 2021/22 report summary, Durham (PDF) ----------------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "lg01.pdf", "peel-report-2021", [F, "Cleveland Police", "North Yorkshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    all2122(F),
    afis=[
        stmt(F, P2122, MOS, "The force should make sure it has enough trained staff to manage the risk "
             "posed by registered sex offenders, and that home visits are completed within the timescales "
             "set by national guidance."),
        stmt(F, P2122, MOS, "The force should make sure that outstanding suspects are identified, "
             "prioritised and arrested quickly, and that supervisors review the list of wanted people "
             "every day."),
        stmt(F, P2122, LFM, "The force should develop a workforce plan that sets out the skills and "
             "capabilities it will need in the future, including in its detective and digital "
             "investigation functions."),
    ],
    people=[person(PELLOWE, "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "The grade table is by COLUMN: five grade headings, and under each the areas with that grade "
        "(one cell per column, areas separated by blank lines). Printed to PDF, the column cells wrap, so "
        "the extracted text interleaves area names. Good: recording data about crime, treatment of the "
        "public, responding, investigating, protecting vulnerable people, positive workplace; Adequate: "
        "managing offenders, good use of resources; Outstanding: preventing crime.",
        "'Good use of resources' -> leadership-management (its grade is Adequate, not Good). The chapter "
        "lines 'is adequate at managing offenders' and 'is good at building and developing its workforce' "
        "repeat table grades. Victim service is not graded.",
        "Distractors: the 'Important changes to PEEL' box lists the five-point scale and the four-point to "
        "five-point change; 'good practice'; 'an adequate supply of detectives'; 'outstanding suspects'; "
        "'in 2019' (no grade).",
        "Cleveland Police and North Yorkshire Police are collaboration partners named in passing.",
    ]))

# lg02 -- victims chapter, Northumbria (HTML) ----------------------------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "lg02.html", "peel-report-2021", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    all2122(F),
    afis=[
        stmt(F, P2122, VS, "The force should reduce the time it takes to answer non-emergency calls, and "
             "the number of calls that are abandoned."),
        stmt(F, P2122, VS, "The force should make sure that crimes of stalking and harassment are "
             "correctly recorded when they are reported alongside other incidents."),
        stmt(F, P2122, VS, "To help improve outcomes for victims, the force should make sure that: the "
             "reasons for a victim withdrawing their support for an investigation are recorded; and "
             "evidence-led prosecutions are considered in every case where the victim no longer supports "
             "police action."),
    ],
    notes=[
        "The chapter 'Providing a service to the victims of crime' is not graded, but its crime-recording "
        "part is: 'Northumbria Police is adequate at recording data about crime' (crime-recording). The "
        "side card 'Northumbria Police's grades' gives all nine 2021/22 grades, including 'Strategic "
        "planning, organisational management and value for money' (leadership-management).",
        "AFIs sit under the victim chapter, so victim-service; the stalking/harassment recording AFI could "
        "fairly be read as crime-recording (not listed in also_acceptable: check_gold keys statements by text, so the same text with another question counts as a repeat). The third AFI is a lead-in with a nested "
        "<ul>: one statement.",
        "Distractors: the grade key, the cookie banner date, Tyne and Wear Fire and Rescue Service and a "
        "'PEEL 2018/19' link (no grade).",
    ]))

# lg03 -- Lancashire AFI tracker, November 2023 (DOCX) -------------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "lg03.docx", "response-record", [F, "Cumbria Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    [j(F, P2122, INV, RI), j(F, P2325, INV, A), j(F, P2325, PVP, G), j(F, P2325, RESP, A)],
    afis=[
        stmt(F, P2122, INV, "The force should make sure that investigations are supervised effectively, "
             "and that supervisors record their reviews and direction on the crime record.", True),
        stmt(F, P2122, PVP, "The force should improve how it handles applications under the domestic "
             "violence disclosure scheme, so that decisions are made within the recommended timescales.",
             True),
        stmt(F, P2122, RESP, "The force should make sure that repeat and vulnerable callers are identified "
             "at the first point of contact.", False),
        stmt(F, P2325, INV, "The force should make sure that victims\u2019 needs are assessed and that it "
             "complies with the Code of Practice for Victims of Crime in all investigations.", True),
        stmt(F, P2325, WORK, "The force should improve how it monitors the wellbeing of its workforce, "
             "including officers and staff who have been on restricted duties for long periods.", True),
        stmt(F, P2325, RESP, "The force should make sure that it attends emergency incidents within its "
             "published response times, particularly in rural areas.", False),
        stmt(F, P2325, PPT, "The force should record the reasons for each use of force, and supervisors "
             "should review body-worn video footage from a sample of these incidents.", True),
    ],
    people=[person("Terence Olabode", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    also={"judgements": [j(F, P2122, RESP, A)]},
    notes=[
        "Grades come only from the summary: investigating crime 'improved from requires improvement in "
        "2021/22 to adequate in 2023\u201325'; 'now graded good for protecting vulnerable people' "
        "(2023-25); 'Responding to the public remains adequate' gives 2023-25 adequate, and implies the "
        "2021/22 grade was adequate too, so that one is only also_acceptable.",
        "The tracker's Source column gives each row's period; the HMICFRS area column gives the question "
        "('Building, supporting and protecting the workforce' -> workforce; 'Police powers and public "
        "treatment' -> treatment-of-public).",
        "has_force_update: false for 21-09 ('Update awaited from Contact Management.') and 23-03 (empty "
        "update cell). Row 21-01 is closed and only referenced (no AFI text). Row N-12 is a national "
        "recommendation to all chief constables from a thematic: not a force fact.",
        "The Deputy Chief Constable is a person fact (qualifier deputy); ACC Hannah Birtwistle is not. "
        "Cumbria Constabulary is named in passing (good practice sharing). The Word header/footer are not "
        "body text.",
    ]))

# lg04 -- Cumbria PFCC section 55 response, August 2022 (DOCX) -----------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "lg04.docx", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    all2122(F),
    afis=[
        stmt(F, P2122, RESP, "The force should improve how its control room identifies repeat and "
             "vulnerable callers, so that the response it gives reflects the risk they face.", True),
        stmt(F, P2122, INV, "The force should make sure that all investigations are subject to regular "
             "supervisory review, and that these reviews give clear direction to the investigating "
             "officer.", True),
        stmt(F, P2122, INV, "The force should reduce the backlog of digital devices waiting to be "
             "examined, so that investigations are not delayed.", False),
        stmt(F, P2122, PVP, "The force should improve its understanding of the scale and nature of child "
             "criminal exploitation in Cumbria, working with partners to share information.", True),
    ],
    people=[
        person("Gareth Lindqvist", "commissioner", F, "Police, Fire and Crime Commissioner for Cumbria"),
        person("Rachel Hensby", "chief-constable", F, "Chief Constable"),
        person(PELLOWE, "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "The grades table gives eight graded areas ('Good use of resources' -> leadership-management, "
        "grade Good). Victim service 'Not graded'. A merged final row says crime recording was not assessed "
        "in this round and names the 2020 crime data integrity inspection with no grade: no judgement.",
        "'graded good in five of the eight graded areas' repeats the table. 'Cumbria Fire and Rescue "
        "Service ... judged to require improvement' is a fire inspection: no police judgement. 'good "
        "practice', 'adequate plans' and the four-point/five-point sentence are distractors.",
        "has_force_update: true where a 'Chief Constable\u2019s response:' follows. AFI 3 has only a "
        "'Commissioner\u2019s comment:' saying the update was not available: false.",
        "The PFCC is first named in 'As Police, Fire and Crime Commissioner for Cumbria, I, Gareth "
        "Lindqvist, ...', so the title includes 'for Cumbria'. The HMI is 'HM Inspector of Constabulary'.",
    ]))

# lg05 -- local news article, Merseyside, August 2022 (HTML) -------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "lg05.html", "press-release", [F, "Cheshire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P1819, "Effectiveness", HF),
     insp(F, P1819, "Efficiency", HF), insp(F, P1819, "Legitimacy", HF)],
    all2122(F) + [j(F, P1819, None, G, "Effectiveness"), j(F, P1819, None, G, "Efficiency"),
                  j(F, P1819, None, G, "Legitimacy")],
    afis=[
        stmt(F, P2122, None, "The force should make sure that investigations are carried out in a timely "
             "and effective manner, and that they are regularly supervised."),
        stmt(F, P2122, None, "The force should make sure that victims are told when their case is closed "
             "and why."),
    ],
    people=[
        person("Declan Moorcroft", "chief-constable", F, "Chief Constable"),
        person("Joanne Kirkbride", "commissioner", F, "Police and Crime Commissioner"),
        person(RAISTRICK, "inspector", HF, "Her Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "2021/22 grades are in prose: outstanding (preventing crime), a list of six 'good' areas in one "
        "sentence ('making good use of its resources' -> leadership-management, Good), crime recording "
        "'also graded good', and 'only adequate at investigating crime'. The fact box gives counts only.",
        "2018/19: 'rated good for effectiveness, good for efficiency and good for legitimacy' with HMICFRS "
        "named in the same sentence -> three pillar judgements, question null.",
        "The two AFIs are quoted after 'They include:' (not a lead-in of an AFI). The article names no area "
        "for them, so question null; investigating-crime would be a fair reading (check_gold rejects the same text again in also_acceptable).",
        "Cheshire Constabulary is named with no grade. Merseyside Fire and Rescue Service 'rated good' is a "
        "fire inspection. 'good practice', 'four grades used until 2019' are distractors. The reporter is "
        "not a person fact.",
    ]))

# lg06 -- Cleveland Police and Crime Panel paper, February 2024 (PDF) ----------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "lg06.pdf", "response-record", [F, "Durham Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF),
     insp(F, P1819, "Effectiveness"), insp(F, P1819, "Efficiency"), insp(F, P1819, "Legitimacy")],
    all2122(F) + [j(F, P2325, q, g) for q, g in zip(ORDER, CLEV2325)] +
    [j(F, P1819, None, I, p) for p in ("Effectiveness", "Efficiency", "Legitimacy")],
    afis=[
        stmt(F, P2325, None, "The force should make sure it answers non-emergency calls promptly and that "
             "it reduces the number of calls abandoned by the caller.", True),
        stmt(F, P2325, None, "The force should improve the quality of its investigations, making sure "
             "that all reasonable lines of enquiry are followed and that investigation plans are "
             "recorded.", True),
    ],
    people=[
        person("Martin Dunwoody", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
        person("Rowan Thackeray", "chief-constable", F, "Chief Constable"),
        person(PELLOWE, "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "One table holds both rounds: columns 'PEEL 2021/22' and 'PEEL 2023\u201325', rows named with the "
        "2023-25 area names and the 2021/22 names in brackets ('Leadership and force management (Good use "
        "of resources)' -> leadership-management; 'Crime data integrity (Recording data about crime)' -> "
        "crime-recording). The Change column (arrows) is not a grade. Victim service: not graded.",
        "3.1: 'In the 2018/19 PEEL inspection ... graded inadequate for effectiveness, efficiency and "
        "legitimacy' -> three pillar judgements; HMICFRS is named only for Engage in that sentence, so the "
        "2018/19 inspections' inspectorate is left null.",
        "Causes of concern are only counted and named by area (no text): no statement. '4.2 no grade of "
        "inadequate' and 'two areas still require improvement' repeat the table. 'adequate provision' is a "
        "distractor.",
        "AFIs: section 6 gives no area for them, so question null (responding / investigating would be fair readings); each has a 'Force response:' -> true.",
        "Durham Constabulary is named in passing (peer support).",
    ]))

# lg07 -- causes of concern revisit letter, Cleveland, November 2022 (TXT, cp1252, CRLF) ---
F = "Cleveland Police"
GOLDS.append(gold(
    "lg07.txt", "peel-report-2021", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    all2122(F, only={RESP, INV, PVP}),
    recs=[
        stmt(F, P2122, RESP, "Within three months, the force should make sure that control room staff use a "
             "structured triage model to assess threat, harm and risk for every call."),
        stmt(F, P2122, RESP, "Within six months, the force should make sure that it has enough staff in its "
             "control room to answer calls within the national standards."),
        stmt(F, P2122, PVP, "Within six months, the force should make sure that supervisors review every "
             "domestic abuse risk assessment and that safeguarding referrals are made without delay."),
        stmt(F, P2122, PVP, "Within six months, the force should work with partners to improve how it "
             "identifies and safeguards children at risk of criminal and sexual exploitation, including: a "
             "shared process for recording and mapping exploitation; and regular multi-agency meetings to "
             "review children assessed as being at high risk."),
        stmt(F, P2122, INV, "Within six months, the force should introduce a clear framework for "
             "supervising investigations, so that each investigation has a plan and is reviewed "
             "regularly."),
    ],
    coc=[
        stmt(F, P2122, RESP, "The force doesn\u2019t answer calls for service quickly enough, and its control "
             "room doesn\u2019t consistently identify callers who are vulnerable. This means some victims are "
             "put at risk of harm."),
        stmt(F, P2122, PVP, "The force\u2019s arrangements to protect vulnerable people are not effective, "
             "particularly for children at risk of exploitation and for victims of domestic abuse."),
        stmt(F, P2122, INV, "The force is not investigating crime effectively, and too many victims are not "
             "kept informed about the progress of their case."),
    ],
    people=[
        person(PELLOWE, "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rowan Thackeray", "chief-constable", F, "Chief Constable"),
        person("Martin Dunwoody", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings; curly apostrophes in the causes of concern.",
        "The three 2021/22 grades come from the opening paragraph ('graded the force as inadequate at "
        "responding ..., inadequate at investigating crime and inadequate at protecting vulnerable "
        "people'). 'we have not re-graded the force' gives nothing new.",
        "Each numbered section is one area: 'Cause of concern' paragraph, then 'Recommendations' bullets. "
        "The second PVP recommendation is a lead-in ending 'including:' with '-' sub-bullets: one "
        "statement. 'Our findings' are the inspectorate's assessment of progress, not the force's update, "
        "so has_force_update is false throughout.",
        "The national spotlight recommendation to 'all chief constables' is not a force recommendation. "
        "'good practice' is a distractor.",
        "The HMI is first named in the letterhead ('Anthony Pellowe / His Majesty\u2019s Inspector of "
        "Constabulary'). The PCC is named in the copy line.",
    ]))

# lg08 -- Engage letter, Cheshire, October 2022 (DOCX) -------------------------------------
F = "Cheshire Constabulary"
GOLDS.append(gold(
    "lg08.docx", "peel-report-2021", [F, "Merseyside Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    all2122(F),
    recs=[
        stmt(F, P2122, RESP, "By 31 December 2022, the constabulary should make sure that it answers "
             "emergency and non-emergency calls within its own target times, and that callers who abandon "
             "calls are contacted again where risk is indicated."),
        stmt(F, P2122, RESP, "By 31 March 2023, the constabulary should make sure that officers attend "
             "incidents within the times set by its call-grading policy, and that supervisors review delays "
             "and keep the victim informed."),
    ],
    coc=[
        stmt(F, P2122, RESP, "The constabulary is not answering or attending calls for service quickly "
             "enough, and it does not always assess the risk to callers properly. As a result, some "
             "vulnerable people are not getting the service they need."),
    ],
    people=[
        person("Owain Blackledge", "chief-constable", F, "Chief Constable"),
        person("Simon Marchbank", "commissioner", F, "Police and Crime Commissioner for Cheshire"),
        person(RAISTRICK, "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Grades appear in the letter (inadequate at responding; requires improvement at investigating and "
        "protecting vulnerable people; good at preventing crime and at developing a positive workplace) and "
        "in full in Annex A, a Word table with a title row merged across both columns. 'Strategic planning, "
        "organisational management and value for money' -> leadership-management.",
        "The cause of concern is introduced by 'The report set out the following cause of concern:' (not "
        "part of it) and set in Intense Quote style; its two recommendations are Word 'List Number' "
        "paragraphs. The cause of concern sits in the responding-to-the-public context of the preceding "
        "paragraph.",
        "The HMI appears in the Word header (not body) and is first named in the body at the signature, "
        "'His Majesty\u2019s Inspector of Constabulary'. The PCC is named in the copy sentence.",
        "Distractors: Engage ('not a sanction'), 'an adequate number of trained call handlers', the scale "
        "sentence under Annex A. Merseyside Police is named in passing with no grade.",
    ]))

# lg09 -- regional summary, North East and Cumbria, January 2023 (PDF) ---------------------
REG = ["Cleveland Police", "Durham Constabulary", "Northumbria Police", "Cumbria Constabulary"]
NW = ["Cheshire Constabulary", "Lancashire Constabulary", "Merseyside Police"]
GOLDS.append(gold(
    "lg09.pdf", "national-release", REG + NW, [HF],
    [insp(f, P2122, inspectorate=HF) for f in REG],
    [x for f in REG for x in all2122(f)],
    notes=[
        "A landscape table with one column per force and one row per area; each cell carries its grade in "
        "words (with a colour). The leadership row is named 'Good use of resources / Strategic planning, "
        "organisational management and value for money*' -> leadership-management. Cumbria's crime "
        "recording is 'Not inspected'; victim service is 'Not graded' for all.",
        "Counts of causes of concern and AFIs are numbers only: no statements. 'Durham was the only force "
        "in the region graded outstanding in any area' repeats the table.",
        "Distractors: the colour key, the four-point/five-point paragraph listing grade words, 'good "
        "practice', fire and rescue services. Cheshire, Lancashire and Merseyside are named in passing "
        "with no grade.",
    ]))

# lg10 -- CSV of North West forces' 2021/22 grades ----------------------------------------
GOLDS.append(gold(
    "lg10.csv", "national-release", NW, [],
    [insp(f, P2122) for f in NW],
    [x for f in NW for x in all2122(f)],
    notes=[
        "Long-format CSV with CRLF line endings: one row per force and area. The leadership area is called "
        "'Strategic planning, organisational management and value for money' for Lancashire and Cheshire "
        "and 'Good use of resources' (grade Good) for Merseyside. Victim service rows are 'Not graded'.",
        "The three 'PEEL 2018/19 (pillar)' rows have grade 'n/a': no judgement, no inspection. The notes "
        "column ('Good practice', 'Cause of concern; force entered Engage') holds no statement text.",
        "No inspectorate is named anywhere in the file, so inspectorates is empty and the inspection's "
        "inspectorate is null.",
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
