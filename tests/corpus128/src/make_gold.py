"""Write gold/ny01.json ... gold/ny10.json for corpus128 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pairs, pillar=PEEL):
    return [j(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update):
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

# ny01 -- Durham, Chief Constable's statement of accounts 2016/17 (PDF)
F = "Durham Constabulary"
GOLDS.append(gold(
    "ny01.pdf", "response-record", [F, "Cleveland Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H), insp(F, "2015", EFC, H)],
    [j(F, "2016", EFF, None, O), j(F, "2016", EFF, "protecting-vulnerable", G),
     j(F, "2016", EFC, None, O), j(F, "2015", EFC, None, O), j(F, "2016", LEG, None, G)],
    afis=[stmt(F, "2016", LEG, "ethical-lawful-workforce",
               "The constabulary should make sure that all of its workforce know how to report wrongdoing "
               "in confidence and trust that they will be supported when they do.", True)],
    people=[person("Ron Hogg", "commissioner", F, "Police, Crime and Victims' Commissioner"),
            person("Mike Barton", "chief-constable", F, "Chief Constable")],
    also={"judgements": [j(F, "2016", LEG, "fair-treatment-public", G)]},
    notes=[
        "Financial year 2016/17 is not a PEEL period. The effectiveness report is dated March 2017 but is the 2016 inspection (the paragraph says so by context: 'annual PEEL assessment ... during the year'; the efficiency one is named 'The 2016 efficiency report'). The effectiveness grade sentence names no year: it is taken as 2016 because the narrative is for 2016/17 and the report was 'published in March 2017'.",
        "'repeating the outstanding judgement HMIC gave for efficiency in 2015' states the 2015 grade word, so 2015 Efficiency Outstanding is a main judgement with its own inspection.",
        "'judged good at treating people fairly and with respect' is taken as the legitimacy pillar grade (the narrative's summary of the legitimacy report); as the fair-treatment-public question it is only in also_acceptable.",
        "has_force_update: paragraph 1.7 gives the force's action on the single AFI.",
        "Not grades: 'substantial assurance' / 'moderate assurance' (internal audit), 'unqualified' (audit opinion), 'good practice'. Cleveland Police is named in passing.",
        "Genre: none of the five genres fits a statement of accounts; response-record is the nearest (a force's own account of inspection results with its actions)."]))

# ny02 -- North Yorkshire PFCC annual governance statement 2022/23 (PDF)
F = "North Yorkshire Police"
GOLDS.append(gold(
    "ny02.pdf", "response-record", [F], [HF],
    [insp(F, "2021/22", PEEL, HF)],
    grades(F, "2021/22", [(PREV, G), (PPT, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, A), (WORK, RI), (LFM, RI)]),
    afis=[
        stmt(F, "2021/22", PEEL, RESP,
             "The force should make sure it answers emergency and 101 calls within national and "
             "local targets, and that abandoned calls are followed up.", True),
        stmt(F, "2021/22", PEEL, INV,
             "The force should improve the supervision of investigations so that each one has a clear plan "
             "and victims are kept updated.", True)],
    people=[person("Zoë Metcalfe", "commissioner", F, "Police, Fire and Crime Commissioner for North Yorkshire"),
            person("Lisa Winward", "chief-constable", F, "Chief Constable of North Yorkshire Police")],
    notes=[
        "The AFIs sit in the Issue cell of the significant governance issues table after 'Area for improvement:'; the Action cell is the force's update.",
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management.",
        "Traps: 2022/23 and '2021/22 action plan (financial year)' are financial years; North Yorkshire Fire and Rescue Service's grades (requires improvement, inadequate) are a fire inspection, not PEEL; 'reasonable/limited assurance', 'unqualified', 'no significant weakness' and risk scores are not grades. 'sixteen areas for improvement' and 'no cause of concern' give nothing.",
        "People are named only in the signature block; their titles are the signature lines."]))

# ny03 -- Gloucestershire auditor's annual report 2022/23 (DOCX)
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "ny03.docx", "response-record", [F, "Wiltshire Police"], [HF],
    [insp(F, "2021/22", PEEL, HF)],
    grades(F, "2021/22", [(PPT, A), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, RI), (WORK, RI), (LFM, I), (CDI, G)]),
    recs=[stmt(F, "2021/22", PEEL, RESP,
               "Within six months, the Constabulary should put in place a plan to reduce the time callers wait "
               "for their calls to be answered, and should monitor how well the plan is working.", True)],
    coc=[stmt(F, "2021/22", PEEL, RESP,
              "The Constabulary is not answering emergency and non-emergency calls quickly enough, and it does "
              "not always attend incidents within its own target times.", True)],
    people=[person("Chris Nelson", "commissioner", F, "Police and Crime Commissioner"),
            person("Rod Hansen", "chief-constable", F, "Chief Constable"),
            person("Helen Ashworth", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "The auditor's KR1 and IR1 are the external auditor's recommendations, not HMICFRS's: no recommendation facts. 'Significant weakness', 'unqualified', 'limited/reasonable assurance' and the green/amber/red criterion ratings are not grades.",
        "The 'Constabulary response:' paragraph follows the cause of concern and its recommendation and answers both, so both have has_force_update true.",
        "'eighteen areas for improvement' is a count only. 'engage phase' is monitoring, not a grade. Wiltshire Police is named in passing. The Word header is not body text.",
        "Helen Ashworth is an invented name; the Deputy Chief Constable 'acted in the role' but is named only with the deputy title."]))

# ny04 -- Staffordshire Commissioner statement of accounts 2019/20, narrative report (DOCX)
F = "Staffordshire Police"
GOLDS.append(gold(
    "ny04.docx", "response-record", [F, "West Mercia Police", "Warwickshire Police"], [HF],
    [insp(F, "2018/19", PEEL, HF)],
    grades(F, "2018/19", [(INV, RI), (PVP, RI), ("planning-future", G), ("fair-treatment-public", G)]),
    afis=[stmt(F, "2018/19", PEEL, PVP,
               "The force should improve how it identifies vulnerable people at the first point of contact.", True)],
    recs=[stmt(F, "2018/19", PEEL, INV,
               "The force should make sure that investigations are allocated to officers with the right skills "
               "and that supervisors review them regularly.", True)],
    coc=[stmt(F, "2018/19", PEEL, INV,
              "The force does not investigate crime to a consistently good standard, and too many investigations "
              "are not supervised effectively.", True)],
    people=[person("Matthew Ellis", "commissioner", F, "Staffordshire Commissioner for Police, Fire & Rescue and Crime"),
            person("Gareth Morgan", "chief-constable", F, "Chief Constable")],
    also={"judgements": [j(F, "2018/19", EFF, None, RI), j(F, "2018/19", EFC, None, G), j(F, "2018/19", LEG, None, G)]},
    notes=[
        "2018/19 follows dev12: question grades and statements have pillar PEEL; the whole-pillar grades ('require improvement in its effectiveness and ... good in its efficiency and in its legitimacy') are only in also_acceptable.",
        "The statements' kind comes from the Type column; their question from the text (investigation -> investigating-crime; vulnerability at first contact -> protecting-vulnerable). The 'Force update (March 2020)' column gives the updates.",
        "Staffordshire Fire and Rescue Service's grades are a fire inspection: nothing. 'adequate assurance', 'unqualified', 'red risk (score 20)' are not grades. Financial year 2019/20 is not a period.",
        "West Mercia Police and Warwickshire Police are named in passing. The Word header and footer are not body text; the Commissioner's title is in the body title and in paragraph 2."]))

# ny05 -- Thames Valley PCC web page, audit and inspection reports (HTML)
F = "Thames Valley Police"
GOLDS.append(gold(
    "ny05.html", "response-record", [F, "Hampshire Constabulary"], [HF],
    [insp(F, "2023-25", PEEL, HF)],
    grades(F, "2023-25", [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, A)]),
    afis=[stmt(F, "2023-25", PEEL, INV,
               "The force should make sure that victims are updated regularly on the progress of their "
               "investigation and that their wishes are recorded when an investigation is closed.", True)],
    people=[person("Matthew Barber", "commissioner", F, "Police and Crime Commissioner for Thames Valley"),
            person("Jason Hogg", "chief-constable", F, "Chief Constable")],
    notes=[
        "The 'Force position, March 2025:' paragraph is the force's update on the one quoted AFI; 'eleven areas for improvement' is a count.",
        "Victim service 'was not graded': nothing. 'reasonable assurance', 'limited assurance', 'unqualified', 'no significant weaknesses' and the residual risk scores are not grades. Links to the 2021/22 and 2018/19 reports state no grade.",
        "Hampshire Constabulary is named only as the partner in the joint internal audit team."]))

# ny06 -- Lancashire Chief Constable annual governance statement 2017/18 (HTML)
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "ny06.html", "response-record", [F, "Cumbria Constabulary", "Merseyside Police"], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(F, "2016", LEG, H)],
    [j(F, "2017", EFF, None, G), j(F, "2017", EFF, INV, G), j(F, "2017", EFC, None, G),
     j(F, "2017", EFC, "understanding-demand", G), j(F, "2017", LEG, None, G), j(F, "2016", LEG, None, G)],
    afis=[stmt(F, "2017", EFF, PREV,
               "The constabulary should improve how it identifies repeat and vulnerable victims of anti-social "
               "behaviour, so that they receive the right support.", True)],
    people=[person("Clive Grunshaw", "commissioner", F, "Police and Crime Commissioner for Lancashire"),
            person("Andy Rhodes", "chief-constable", F, "Chief Constable")],
    also={"inspections": [insp(F, "2017", LDR, HF)]},
    notes=[
        "The 2017 pillars are stated as HMICFRS's; the 2016 legitimacy grade is given with its inspectorate ('when HMIC also graded the Constabulary good for legitimacy').",
        "The 2017 leadership report 'was not graded': its inspection is only in also_acceptable.",
        "The AFI sits in the Issue cell of row 2 after 'of which the most significant is:'; the 'Action taken / planned' cell gives the force's progress. ASB repeat victims -> preventing-crime.",
        "Cumbria Constabulary and Merseyside Police are named in passing ('not a judgement on either of those forces'). 'substantial assurance' and 'unqualified' are not grades."]))

# ny07 -- West Mercia auditor's annual report 2023/24 (Markdown)
F = "West Mercia Police"
GOLDS.append(gold(
    "ny07.md", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    grades(F, "2023-25", [(RESP, RI), (INV, A), (PVP, RI), (LFM, A), (PREV, G)]) + grades(F, "2021/22", [(RESP, I)]),
    afis=[stmt(F, "2023-25", PEEL, RESP,
               "The force should make sure that the risk posed to callers is assessed consistently, using a "
               "structured process, and that the assessment is recorded.", True)],
    people=[person("John Campion", "commissioner", F, "Police and Crime Commissioner for West Mercia"),
            person("Richard Cooper", "chief-constable", F, "Chief Constable")],
    notes=[
        "'in 2021/22, HMICFRS graded the force inadequate for responding to the public' gives a 2021/22 judgement. 'improved by one grade' gives no further grade.",
        "'The force's other graded areas were rated adequate or good' names no area: nothing.",
        "The auditor's IR1-IR3, 'no significant weaknesses', 'reasonable/limited assurance', 'unqualified', the priority ratings and the risk rating key are not PEEL facts. 2023/24 and 2022/23 are financial years.",
        "'The force told us that ...' after the quoted AFI is the force's update. Warwickshire Police is named in passing."]))

# ny08 -- Gwent OPCC annual governance statement 2014/15 (Markdown)
F = "Gwent Police"
GOLDS.append(gold(
    "ny08.md", "response-record", [F, "Dyfed-Powys Police", "South Wales Police", "North Wales Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H)],
    [j(F, "2014", EFF, None, RI), j(F, "2014", EFC, None, G)],
    afis=[stmt(F, "2014", EFF, INV,
               "Gwent Police should ensure that investigations are supervised regularly and that the supervision "
               "is recorded on the crime system.", True)],
    people=[person("Ian Johnston", "commissioner", F, "Commissioner"),
            person("Jeff Farrar", "chief-constable", F, "Chief Constable of Gwent Police")],
    also={"people": [person("Ian Johnston", "commissioner", F, "Police and Crime Commissioner for Gwent")],
          "inspections": [insp(F, "2014", LEG, H)]},
    notes=[
        "2014 PEEL: effectiveness and efficiency graded; 'The legitimacy element ... was not graded', so its inspection is only in also_acceptable.",
        "The AFI is an HMIC comment that 'the force has treated as an area for improvement'; paragraph 3.5 is the Chief Constable's update. Supervision of investigations -> investigating-crime.",
        "Ian Johnston is first named as 'The Commissioner, Ian Johnston'; the full signature title is in also_acceptable. Jeff Farrar's former temporary rank is history, not his title here.",
        "The crime data integrity 88% is not a PEEL grade. Dyfed-Powys, South Wales and North Wales are named in passing. 'adequate assurance' and 'limited assurance' (internal audit) and the risk ratings are not grades."]))

# ny09 -- Merseyside Chief Constable AGS 2017/18, action plan appendix (TXT)
F = "Merseyside Police"
GOLDS.append(gold(
    "ny09.txt", "response-record", [F, "Cheshire Constabulary"], [HF],
    [insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF), insp(F, "2017", LEG, HF), insp(F, "2016", EFC, None)],
    [j(F, "2017", EFF, None, G), j(F, "2017", EFC, None, G), j(F, "2017", LEG, None, G),
     j(F, "2017", EFC, "planning-future", O), j(F, "2017", LEG, "fair-treatment-workforce", G),
     j(F, "2016", EFC, None, G)],
    afis=[
        stmt(F, "2017", LEG, "fair-treatment-public",
             "The force should monitor its officers' use of force more closely, making sure that every use of "
             "force is recorded.", True),
        stmt(F, "2017", EFF, PVP,
             "The force should make sure that every child who returns from being missing is offered a return "
             "home interview promptly.", True),
        stmt(F, "2017", EFC, "understanding-demand",
             "The force should develop a better understanding of demand that is hidden or less likely to be "
             "reported to it.", False)],
    people=[person("Andy Cooke", "chief-constable", F, "Chief Constable"),
            person("Jane Kennedy", "commissioner", F, "Police and Crime Commissioner for Merseyside"),
            person("Serena Kennedy", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    also={"inspections": [insp(F, "2017", LDR, HF)]},
    notes=[
        "Leadership 2017 'Not graded': inspection only in also_acceptable.",
        "'the force's efficiency grade was good in 2016' gives a 2016 efficiency judgement; no inspectorate is named for 2016 (HMICFRS 'recorded' it), so null.",
        "INSP-17-11's Progress is '-': no update. The RAG and 'NOT STARTED' are status, not grades. 'Reasonable assurance', 'Unqualified' and the risk scores are not grades. The grading-scale line lists grades and gives nothing.",
        "Use of force -> fair-treatment-public. Cheshire Constabulary is named in passing in the governance actions table."]))

# ny10 -- Devon and Cornwall auditor's annual report 2021/22 (PDF)
F = "Devon and Cornwall Police"
D = "Dorset Police"
GOLDS.append(gold(
    "ny10.pdf", "response-record", [F, D], [HF],
    [insp(F, "2021/22", PEEL, HF), insp(D, "2021/22", PEEL, HF)],
    grades(F, "2021/22", [(PREV, G), (PPT, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, A), (WORK, A), (LFM, RI), (CDI, G)])
    + grades(D, "2021/22", [(PREV, G)]),
    afis=[
        stmt(F, "2021/22", PEEL, RESP,
             "The force should make sure that it answers emergency calls promptly and that it meets the national "
             "standard for answering them.", True),
        stmt(F, "2021/22", PEEL, LFM,
             "The force should develop a better understanding of the demand it faces so that it can match its "
             "workforce and budget to that demand.", True)],
    people=[person("Shaun Sawyer", "chief-constable", F, "Chief Constable"),
            person("Jim Colwell", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Wendy Williams", "inspector", HF, "HM Inspector of Constabulary"),
            person("Alison Hernandez", "commissioner", F, "Police and Crime Commissioner")],
    also={"people": [person("Jim Colwell", "chief-constable", F, "Temporary Chief Constable", "temporary")]},
    notes=[
        "Dorset Police's 2021/22 preventing-crime grade is stated in passing; its inspectorate is not named in that sentence but the paragraph is about HMICFRS's PEEL 2021/22 programme, so HMICFRS (a strict reader would leave it null).",
        "Jim Colwell is first named as 'Deputy Chief Constable Jim Colwell' who 'led the force as Temporary Chief Constable': the first title is the main fact and the temporary title is in also_acceptable.",
        "Paragraph 5.4 answers both quoted AFIs (Contact Improvement Plan; demand review). 'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce; 'Recording data about crime' -> crime-recording. 'seventeen areas for improvement' is a count.",
        "Traps: the grading-scale sentence names all five grades; victims' needs 'not graded'; Devon and Somerset Fire and Rescue Service's 'good' is a fire grade; 'unqualified', 'no significant weakness', 'reasonable assurance' and the auditor's IR3/IR4 are not PEEL facts. The running header's full PCC title is page furniture.",
        "Shaun Sawyer 'retired in 2022' but is named with his title Chief Constable, so he is a person fact."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
