"""Write gold/ll01.json ... gold/ll10.json for corpus67 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import *  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
W, GL, AS, DO = ("Wiltshire Police", "Gloucestershire Constabulary",
                 "Avon and Somerset Constabulary", "Dorset Police")
HMI_C = "His Majesty\u2019s Inspector of Constabulary"   # curly apostrophe (PDF, HTML, cp1252 text)
HMI_S = "His Majesty's Inspector of Constabulary"        # straight apostrophe (Word)


def insp(force, period, inspectorate=HF, pillar="PEEL"):
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


# Wiltshire's PEEL 2021/22 causes of concern and recommendations, keyed by their area
W_COCS = [stmt(W, P2122, RESP, W_COC1), stmt(W, P2122, PVP, W_COC2)]
W_RECS = [stmt(W, P2122, RESP, W_R1), stmt(W, P2122, RESP, W_R2),
          stmt(W, P2122, PVP, W_R3), stmt(W, P2122, PVP, W_R4)]
W_2122 = [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, I), (MOS, RI), (WORK, A), (LFM, RI), (CDI, A)]
GL_2325 = [(PPT, A), (PREV, G), (RESP, RI), (INV, I), (PVP, RI), (MOS, A), (SOC, A), (WORK, A),
           (LFM, RI), (CDI, I)]

WHIT_C = person("Adaeze Whitcombe", "inspector", HF, HMI_C)
WHIT_S = person("Adaeze Whitcombe", "inspector", HF, HMI_S)
DELA = person("Marcus Delahaye", "chief-constable", W, "Chief Constable")
ASHW = person("Ffion Ashworth-Lane", "commissioner", W, "Police and Crime Commissioner for Wiltshire and Swindon")
RATH = person("Owen Rathbone", "chief-constable", GL, "Temporary Chief Constable", "temporary")
BRAN_FULL = person("Celia Brandwood", "commissioner", GL, "Police and Crime Commissioner for Gloucestershire")
BRAN = person("Celia Brandwood", "commissioner", GL, "Police and Crime Commissioner")

GOLDS = []

# ll01 -- HMICFRS letter moving Wiltshire into Engage (PDF) -------------------------------
GOLDS.append(gold(
    "ll01.pdf", "peel-report-2021", [W], [HF], [insp(W, P2122)],
    grades(W, P2122, [(RESP, I), (PVP, I), (INV, RI)]),
    recs=W_RECS, coc=W_COCS, people=[WHIT_C, DELA, ASHW],
    notes=[
        "Genre: an inspectorate letter that restates the PEEL 2021/22 report's causes of "
        "concern. No genre fits a letter exactly; peel-report-2021 is the nearest, because it "
        "is the inspectorate's own statement of the 2021/22 findings.",
        "The causes of concern are keyed to the area they are about: responding-to-public and "
        "protecting-vulnerable. They belong to the 2021/22 inspection, although the letter is "
        "dated 14 October 2022 (a letter date, not a period).",
        "'Engage' and 'routine monitoring' are monitoring stages, not grades. The Senior "
        "Coroner's recommendation is another body's and gives nothing. 'share my concern' is "
        "ordinary English. The Deputy Chief Constable is unnamed.",
        "People: name then title on the next line, so the titles are as written after the "
        "name. The HMI title has the curly apostrophe of the printed page.",
    ]))

# ll02 -- accelerated cause of concern letter, Gloucestershire (DOCX) -----------------------
GOLDS.append(gold(
    "ll02.docx", "peel-report-2021", [GL], [HF], [insp(GL, P2325)],
    [], recs=[stmt(GL, P2325, INV, G_R1), stmt(GL, P2325, INV, G_R2), stmt(GL, P2325, INV, G_R3)],
    coc=[stmt(GL, P2325, INV, G_COC1)], people=[WHIT_S, RATH, BRAN_FULL],
    notes=[
        "An accelerated cause of concern raised during PEEL 2023-25 fieldwork: the period is "
        "2023-25 ('as part of our PEEL 2023\u201325 programme'). The letter says no grades have "
        "been decided, so there are no judgements.",
        "Recommendation 3 is a lead-in ending in 'by:' with three Word bullets (List Bullet 2), "
        "joined into one statement.",
        "The crime recording 'concerns' paragraph states no cause of concern. The Deputy Chief "
        "Constable is unnamed. Dates (23 February 2024, 14 March 2024) are not periods.",
        "Owen Rathbone is written 'Temporary Chief Constable Owen Rathbone' (title-first); "
        "Celia Brandwood is written name-first, so her title is kept in full.",
    ]))

# ll03 -- causes of concern revisit report, Wiltshire (PDF) --------------------------------
GOLDS.append(gold(
    "ll03.pdf", "peel-report-2021", [W], [HF], [insp(W, P2122)],
    grades(W, P2122, [(RESP, I), (PVP, I)]),
    recs=W_RECS, coc=W_COCS, people=[WHIT_C],
    notes=[
        "A revisit report: it assesses the 2021/22 causes of concern and gives no new grades. "
        "The causes and recommendations belong to the 2021/22 inspection.",
        "has_force_update is false throughout: 'What we found' is the inspectorate's own "
        "assessment of progress, not the force's update or response. met/partly met/not met "
        "are not PEEL grades.",
        "The national violence against women and girls recommendation to all chief "
        "constables is not a recommendation to this force.",
    ]))

# ll04 -- force improvement plan, Gloucestershire (DOCX) -----------------------------------
GOLDS.append(gold(
    "ll04.docx", "response-record", [GL, DO], [HF], [insp(GL, P2325)],
    grades(GL, P2325, [(INV, I), (CDI, I)]),
    afis=[stmt(GL, P2325, PPT, G_AFI1, True), stmt(GL, P2325, MOS, G_AFI2, True)],
    recs=[stmt(GL, P2325, INV, G_R1, True), stmt(GL, P2325, INV, G_R2, True),
          stmt(GL, P2325, INV, G_R3, True), stmt(GL, P2325, CDI, G_R4, True)],
    coc=[stmt(GL, P2325, INV, G_COC1, True), stmt(GL, P2325, CDI, G_COC2, True)],
    people=[RATH, person("Samira Dutt", "chief-constable", GL, "Deputy Chief Constable", "deputy")],
    notes=[
        "The force's own tracker: each row has a 'Progress update' cell, so has_force_update is "
        "true for every HMICFRS row.",
        "Cause of concern 1 was first raised in the accelerated letter of January 2024 and "
        "repeated in the PEEL 2023-25 report: same statement, period 2023-25. R3's bullets "
        "sit as Word list paragraphs inside the table cell and are joined to the lead-in.",
        "Section C (IOPC learning recommendation, coroner's report) is not HMICFRS and gives "
        "nothing. 'Concern raised at the July board' is ordinary English.",
        "Owen Rathbone is written 'Owen Rathbone, Temporary Chief Constable'. Samira Dutt is a "
        "named Deputy Chief Constable; ACC Hannah Lyle is not a person fact. Dorset Police is "
        "named only as a peer-support partner.",
        "AFI areas: 'Police powers and public treatment' -> treatment-of-public; 'Managing "
        "offenders and suspects' -> managing-offenders.",
    ]))

# ll05 -- PCC statement, Gloucestershire (HTML) -------------------------------------------
GOLDS.append(gold(
    "ll05.html", "press-release", [GL], [HF], [insp(GL, P2325)],
    grades(GL, P2325, [(INV, I), (CDI, I), (RESP, RI), (PVP, RI), (LFM, RI), (PREV, G)]),
    coc=[stmt(GL, P2325, INV, G_COC1), stmt(GL, P2325, CDI, G_COC2)],
    people=[BRAN, RATH],
    notes=[
        "'requires improvement in responding to the public, in protecting vulnerable people "
        "and in leadership and force management' gives three judgements.",
        "The two causes of concern are quoted in blockquotes; the second is 'about crime "
        "recording', so crime-recording. No update follows either: false.",
        "Distractors: the five-point scale in the factbox, the fire and rescue service link, "
        "the cookie notice date, the 2024/25 budget and the 11 June meeting.",
        "Celia Brandwood is written 'Police and Crime Commissioner Celia Brandwood' "
        "(title-first). The Temporary Chief Constable is named in the next paragraph.",
    ]))

# ll06 -- police and crime panel paper, Wiltshire (DOCX) -----------------------------------
GOLDS.append(gold(
    "ll06.docx", "response-record", [W], [HF], [insp(W, P2122)],
    grades(W, P2122, W_2122),
    recs=[dict(r, has_force_update=True) for r in W_RECS], coc=W_COCS,
    people=[person("Ffion Ashworth-Lane", "commissioner", W, "Commissioner"),
            person("Marcus Delahaye", "chief-constable", W, "Chief Constable")],
    notes=[
        "Table 1 gives the nine 2021/22 grades: 'Developing a positive workplace' -> workforce; "
        "'Good use of resources' -> leadership-management (its 'Good' is not a grade); "
        "'Recording data about crime' -> crime-recording. Victim service is not graded.",
        "Each cause of concern sits in a merged band row with no update of its own, so false; "
        "each recommendation has a 'Force update (October 2023)' cell, so true.",
        "The Panel's own 'is recommended to note this report' is not a PEEL recommendation. "
        "'Met'/'Partly met' are statuses, not grades.",
        "People: 'The Commissioner, Ffion Ashworth-Lane' and 'the Chief Constable, Marcus "
        "Delahaye' (title-first). The header table names the office only.",
    ]))

# ll07 -- local news article, Gloucestershire (TXT, cp1252, CRLF) --------------------------
GOLDS.append(gold(
    "ll07.txt", "press-release", [GL, W, AS], [HF], [insp(GL, P2325)],
    grades(GL, P2325, [(INV, I), (CDI, I), (PREV, G)]),
    coc=[stmt(GL, P2325, INV, G_COC1)],
    people=[WHIT_C, BRAN, RATH], encoding="cp1252",
    notes=[
        "'rated it inadequate at recording crime' -> crime-recording. '\"requires improvement\" "
        "in three other areas' names no area and gives nothing.",
        "The quoted January warning is the cause of concern, word for word.",
        "'There is no cause for concern about our response to 999 calls' is ordinary English. "
        "'special measures' is the informal name for Engage, not a grade.",
        "Wiltshire Police and Avon and Somerset Constabulary are named in passing with no "
        "grade. 'the previous chief constable' is unnamed.",
    ]))

# ll08 -- HMICFRS press release, Gloucestershire (HTML) ------------------------------------
GOLDS.append(gold(
    "ll08.html", "press-release", [GL], [HF], [insp(GL, P2325)],
    grades(GL, P2325, GL_2325),
    coc=[stmt(GL, P2325, INV, G_COC1), stmt(GL, P2325, CDI, G_COC2)],
    people=[WHIT_C],
    notes=[
        "Ten graded areas in an HTML table with 2023-25 names ('Disrupting serious organised "
        "crime' -> serious-organised-crime; 'Crime data integrity' -> crime-recording). "
        "Victim service is not graded.",
        "The causes of concern are list items; the first is about investigations, the second "
        "about crime recording.",
        "'good practice', the grading scale in the notes to editors and the related link to "
        "Avon Fire and Rescue Service (not a police force) give nothing.",
    ]))

# ll09 -- HMICFRS letter taking Wiltshire out of Engage (PDF) ------------------------------
GOLDS.append(gold(
    "ll09.pdf", "peel-report-2021", [W], [HF], [insp(W, P2325), insp(W, P2122)],
    grades(W, P2122, [(RESP, I), (PVP, I)])
    + grades(W, P2325, [(RESP, A), (PVP, RI), (INV, A), (PREV, G)]),
    coc=W_COCS,
    people=[WHIT_C, DELA, ASHW,
            person("Priya Okonedo", "chief-constable", W, "Deputy Chief Constable", "deputy"),
            person("Gareth Pomfrey", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary")],
    notes=[
        "The letter gives 2021/22 grades ('graded it inadequate at responding to the public "
        "and at protecting vulnerable people') and 2023-25 grades ('Protecting vulnerable "
        "people has improved to requires improvement').",
        "The two 2021/22 causes of concern are quoted in the status table. 'Discharged' is the "
        "inspectorate's status, not the force's update: false. The recommendations are only "
        "counted ('All four'), not quoted.",
        "'I remain concerned' is ordinary English. Dates of PPOG meetings and letters are not "
        "periods.",
        "Priya Okonedo is 'your Deputy Chief Constable, Priya Okonedo'. Gareth Pomfrey is named "
        "in the cc line with his title after the name.",
    ]))

# ll10 -- parliamentary written answer (Markdown) ------------------------------------------
GOLDS.append(gold(
    "ll10.md", "national-release", [GL, W, AS, DO], [HF],
    [insp(GL, P2325), insp(W, P2325), insp(AS, P2325)],
    grades(GL, P2325, [(INV, I), (CDI, I)]) + grades(W, P2325, [(RESP, A)])
    + grades(AS, P2325, [(INV, G)]),
    also=[],
    notes=[
        "A written answer naming four forces. Wiltshire's PEEL 2021/22 inspection is named but "
        "no grade is given for it, so it has no inspection entry. Dorset Police is named with "
        "no grade.",
        "Avon and Somerset: 'was graded good for investigating crime in its most recent PEEL "
        "inspection, in 2023-25'.",
        "The Minister is unnamed, and the Police and Crime Commissioner for Gloucestershire is "
        "unnamed: no people. 'Engage' is a monitoring phase; section 40 powers are a distractor.",
        "The inspectorate is named in full ('HM Inspectorate of Constabulary and Fire and "
        "Rescue Services (HMICFRS)').",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        if "also_acceptable" in g and not g["also_acceptable"]:
            del g["also_acceptable"]
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", name)


if __name__ == "__main__":
    main()
