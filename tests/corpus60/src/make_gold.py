"""Write gold/le01.json ... gold/le10.json for corpus60 (format: shared/corpus/GOLD-FORMAT.md).

Theme: the inspectorate's other work (fire and rescue, thematic, custody, JTAI, crime data
integrity) and other bodies' reports (HMICS). PEEL facts appear only in passing.

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
G, A, RI, O = "Good", "Adequate", "Requires improvement", "Outstanding"

ESS, KEN, SUR, SUS = "Essex Police", "Kent Police", "Surrey Police", "Sussex Police"
HER, STA = "Hertfordshire Constabulary", "Staffordshire Police"


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


PENGELLY = person("Roy Pengelly", "inspector", HF,
                  "His Majesty\u2019s Inspector of Fire & Rescue Services")
FIRE_NOTE = (
    "Every grade in the document ('Effectiveness: Good', 'Efficiency: Requires improvement', "
    "'People: Requires improvement', the eleven question grades, 'good at preventing fires', the "
    "2018/19 'good' for effectiveness) belongs to Staffordshire Fire and Rescue Service, a fire and "
    "rescue service inspected under HMICFRS's fire programme. The period '2021/22' and the pillar "
    "words 'Effectiveness'/'Efficiency' coincide with PEEL's, but these are not PEEL judgements on "
    "a police force, so there is no inspection and no judgement.")

GOLDS = []

# le01 -- FRS inspection report summary (PDF) ----------------------------------------------
GOLDS.append(gold(
    "le01.pdf", "peel-report", [STA], [HF], [],
    people=[PENGELLY],
    notes=[
        FIRE_NOTE,
        "The cause of concern, its two recommendations and the four areas for improvement are "
        "addressed to the fire and rescue service ('The service should ...'), not to a police "
        "force, so none is a statement fact. The key says so in terms.",
        "Staffordshire Police is named (shared headquarters and control room; the key says it is "
        "inspected separately): in forces, no inspection.",
        "Roy Pengelly is a named HMICFRS inspector (HM Inspector of Fire & Rescue Services), so he "
        "is a person fact with role inspector and organisation HMICFRS. The Staffordshire "
        "Commissioner is not named here. 'good value', 'good practice' and 'an adequate supply' "
        "are distractors.",
        "Genre: the genre list has no fire or thematic genre; an inspection report summary is "
        "labelled peel-report by its shape.",
    ]))

# le02 -- HMICFRS press release on the FRS report (HTML) -----------------------------------
GOLDS.append(gold(
    "le02.html", "press-release", [STA], [HF], [],
    people=[PENGELLY],
    notes=[
        FIRE_NOTE + " The bullets 'good at effectively keeping people safe ...', 'requires "
        "improvement at efficiently ...' and 'requires improvement at looking after its people' "
        "are the fire service's three pillar grades.",
        "Notes to editors say the release contains no judgement about Staffordshire Police. The "
        "force is named (shared control room, related link to its PEEL 2021/22 page): in forces "
        "only. The related-content link 'Staffordshire Police PEEL assessment 2021/22' states no "
        "grade.",
        "The HMI is introduced title-first in the quote heading, so his title is as written there. "
        "The cookie-notice date and the press office numbers are distractors.",
    ]))

# le03 -- Staffordshire Commissioner's response to the FRS report (DOCX) -------------------
GOLDS.append(gold(
    "le03.docx", "response-record", [STA], [HF],
    [insp(STA, P2122)],
    grades(STA, P2122, [(RESP, A), (INV, RI)]),
    people=[
        person("Ben Adeyemi-Clarke", "commissioner", STA,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        person("Chris Ellery", "chief-constable", STA, "Chief Constable"),
    ],
    notes=[
        "The only PEEL facts: 'its PEEL 2021/22 inspection graded Staffordshire Police adequate at "
        "responding to the public and requires improvement at investigating crime'. The "
        "inspectorate of that PEEL inspection is taken as HMICFRS (the response is addressed to "
        "HMICFRS and PEEL is its programme); a strict reader might leave it null.",
        "The 'Summary of grades' table (Effectiveness/Efficiency/People, 2021/22 and 2018/19 "
        "columns), 'good at preventing fires' and the caption all concern Staffordshire Fire and "
        "Rescue Service, not a police force: no judgements. The table has a 'People' row, which "
        "no PEEL pillar has.",
        "The cause of concern (in Intense Quote style) with its 'Service response:' and the four "
        "numbered areas for improvement with 'Service response and status' are the fire "
        "service's, not PEEL statements, so they are not statement facts although the layout is "
        "that of a response record.",
        "People: the Commissioner signs at the end (name line, then title line). He is the "
        "commissioner for Staffordshire Police (and fire authority); organisation is the force, "
        "as GOLD-FORMAT requires. Chief Constable Chris Ellery is named title-first. The Chief "
        "Fire Officer, Rob Maddocks, is not a police role and is not a person fact.",
    ]))

# le04 -- vetting thematic, national recommendations (PDF) ---------------------------------
GOLDS.append(gold(
    "le04.pdf", "national-release", [ESS, HER, KEN, STA, SUR, SUS], [HF], [],
    people=[person("Wendy Marchbank", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "A thematic inspection: the six forces were visited for fieldwork and the report says it "
        "gives them no grades. No inspection and no judgement for any of them.",
        "The recommendations are addressed to the College of Policing, 'chief constables' in "
        "general, the Home Office and the NPCC, and the report says they are not addressed to any "
        "force visited. They are not force recommendations, so none is a statement fact.",
        "'an adequate understanding of the vetting APP', 'good practice', 'how good, adequate or "
        "otherwise a force's vetting is', and the mentions of PEEL 2021/22 areas for improvement "
        "(no text, no force) and PEEL 2023-25 (future) give nothing.",
        "Essex County Fire and Rescue Service and Kent Fire and Rescue Service are fire services; "
        "Essex Police and Kent Police are in forces because the fieldwork table names them.",
    ]))

# le05 -- custody inspection report extract (DOCX) -----------------------------------------
GOLDS.append(gold(
    "le05.docx", "peel-report", [KEN, SUS, SUR], [HF],
    [insp(KEN, P2325)],
    grades(KEN, P2325, [(PVP, G)]),
    people=[person("Joanna Treharne", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "The one PEEL fact: 'in its 2023-25 PEEL inspection of Kent Police, HMICFRS graded the "
        "force good at protecting vulnerable people'.",
        "The custody inspection itself (HM Inspectorate of Prisons with HMICFRS) is not graded and "
        "not PEEL: its two causes of concern, three recommendations and three areas for "
        "improvement are against the custody Expectations, and the document says they are not "
        "PEEL causes of concern. None is a statement fact. 'governance ... was good', "
        "'inadequate' oversight of force, 'required improvement' for cleanliness and 'good "
        "practice' are custody findings, not grades.",
        "People: Joanna Treharne (HMICFRS) is an inspector fact. Martin Osgood, HM Chief "
        "Inspector of Prisons, belongs to HMIP, which is not an inspectorate the format allows, "
        "so he is not a person fact.",
        "Sussex Police and Surrey Police are named in passing (shared custody training).",
    ]))

# le06 -- HMICS report on Police Scotland (PDF) --------------------------------------------
GOLDS.append(gold(
    "le06.pdf", "peel-report", [KEN, HER], [HF], [],
    notes=[
        "HM Inspectorate of Constabulary in Scotland (HMICS) reports on Police Scotland, which "
        "is not in forces.csv. HMICS is neither HMIC nor HMICFRS, so it is not listed under "
        "inspectorates; HMICFRS is listed because the document names it. (check_gold's pattern "
        "'Inspectorate of Constabulary' matches HMICS's name and expects HMIC: a limitation of "
        "the checker.)",
        "No grades: HMICS says it does not grade. 'a good service', 'good practice' and the "
        "sentence listing HMICFRS's five-point scale give nothing. The recommendations and "
        "areas for development are addressed to Police Scotland and the Scottish Police "
        "Authority: not facts.",
        "Kent Police and Hertfordshire Constabulary were visited for comparison only ('we did not "
        "inspect either force'): in forces, no inspection.",
        "People: the HM Chief Inspector of Constabulary in Scotland (HMICS) and Police Scotland's "
        "Chief Constable are named, but neither organisation is one the format allows (HMIC/"
        "HMICFRS, or a force in forces.csv), so neither is a person fact.",
    ]))

# le07 -- Surrey Police 'Inspections and reports' page (HTML) ------------------------------
GOLDS.append(gold(
    "le07.html", "press-release", [SUR, SUS], [HF],
    [insp(SUR, P2325), insp(SUR, P2122)],
    grades(SUR, P2325, [
        (PREV, O), (PPT, G), (INV, G), (PVP, G), (MOS, G), (LFM, G), (CDI, G),
        (RESP, A), (WORK, A),
    ]) + grades(SUR, P2122, [(PREV, O)]),
    afis=[stmt(SUR, P2325, RESP,
               "The force should make sure that it answers calls to 101 promptly and that callers "
               "who abandon a call are contacted where there is a risk of harm.", True)],
    people=[
        person("Karen Oakhurst", "chief-constable", SUR, "Chief Constable"),
        person("Daniel Pryce-Morgan", "commissioner", SUR,
               "Police and Crime Commissioner for Surrey"),
    ],
    notes=[
        "PEEL 2023-25 grades come from the nine-row table ('Crime data integrity' -> "
        "crime-recording, 'Police powers and public treatment' -> treatment-of-public, 'Building, "
        "supporting and protecting the workforce' -> workforce, 'Leadership and force "
        "management' -> leadership-management). Victim service is not graded.",
        "'In our previous PEEL inspection, in 2021/22, we were also graded outstanding at "
        "preventing crime' gives a 2021/22 judgement with its grade word.",
        "The quoted area for improvement sits inside a <details> accordion (visible text once "
        "opened). 'relates to our lowest-graded area' is ambiguous (two areas are adequate); the "
        "content (101 calls) puts it under responding-to-public. 'Our progress:' is the force's "
        "update, so has_force_update is true. The other three AFIs are only counted.",
        "Not PEEL, so no facts: the 2019 standalone crime data integrity inspection ('graded "
        "Surrey Police as good at recording crime' - no PEEL period), the ungraded JTAI and "
        "custody inspection (their cause of concern and recommendations are only counted), the "
        "vetting thematic (national recommendations, 'good practice'), and Surrey Fire and "
        "Rescue Service's 'requires improvement for effectiveness and good at preventing fires'.",
        "Sussex Police is named in passing (joint vetting unit, collaboration link).",
    ]))

# le08 -- Sussex crime data integrity report page (HTML) -----------------------------------
GOLDS.append(gold(
    "le08.html", "peel-report", [SUS, SUR], [HF], [],
    people=[person("Andrew Kilbride", "inspector", HF,
                   "Her Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "A standalone crime data integrity inspection published in 2020 (data from 2019). The "
        "format counts crime recording only as the PEEL 2021/22 and 2023-25 area 'crime-"
        "recording'; this inspection has no PEEL period and the page says 'it is not a PEEL "
        "grade'. So 'Overall judgement for crime recording: Requires improvement', 'requires "
        "improvement in its crime recording' and 'records 92.4 percent of reported sexual "
        "offences, which is good' give no judgement, and the cause of concern, its three "
        "recommendations and the two areas for improvement are not PEEL statements.",
        "The related link 'PEEL: Police effectiveness 2018/19 - Sussex Police' states no grade. "
        "'From 2021/22 we will assess crime recording as part of our PEEL inspections' is future "
        "and gradeless.",
        "People: the HMI's quote names him title-first ('Her Majesty's Inspector of Constabulary "
        "Andrew Kilbride'); the 2020 title uses 'Her'. The Deputy Chief Constable is unnamed.",
        "Surrey Police is named in passing (shared audit functions, related link).",
    ]))

# le09 -- JTAI letter (DOCX) ---------------------------------------------------------------
GOLDS.append(gold(
    "le09.docx", "peel-report", [HER], [HF], [],
    people=[
        person("Gareth Linwood", "chief-constable", HER, "Chief Constable"),
        person("Simon Ferriday", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "A joint targeted area inspection letter (Ofsted, CQC, HMICFRS, HMI Probation). JTAIs are "
        "not graded and the letter says it does not alter any PEEL grade. 'Practice in the MASH "
        "is good', 'good practice' and 'highly effective practice' give nothing.",
        "The four numbered 'areas for improvement' are addressed to the safeguarding partnership, "
        "not to a police force, and are noun phrases, not PEEL areas for improvement: no "
        "statement facts.",
        "'Hertfordshire and West Essex Integrated Care Board' is a health body; it does not name "
        "Essex Police, so Essex Police is not in forces.",
        "People: the address block names the Chief Constable ('Gareth Linwood, Chief Constable, "
        "Hertfordshire Constabulary'); the signature table names the HMICFRS inspector. The "
        "Ofsted, CQC and probation signatories (including 'Chief Inspector of Probation' and a "
        "CQC 'Deputy Chief Inspector') are not of HMIC/HMICFRS and are not person facts.",
    ]))

# le10 -- Essex PFCC e-newsletter, cp1252 CRLF (TXT) ---------------------------------------
GOLDS.append(gold(
    "le10.txt", "press-release", [ESS, KEN], [HF],
    [insp(ESS, P2325)],
    grades(ESS, P2325, [(PREV, G), (PVP, G), (INV, A), (RESP, RI)]),
    afis=[stmt(ESS, P2325, RESP,
               "The force should make sure that it answers emergency and non-emergency calls "
               "within national target times, and that it assesses the risk to callers who "
               "wait.", True)],
    people=[
        person("Graham Whitlock", "commissioner", ESS,
               "Police, Fire and Crime Commissioner for Essex"),
        person("Rachel Nwosu", "chief-constable", ESS, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings (curly quotes, en dashes, pound signs, 'caf\u00e9').",
        "Essex Police's PEEL 2023-25 grades are the four dash bullets after 'The inspectors found "
        "that the force is:'. 'graded good or adequate in the remaining areas' names no area and "
        "gives nothing; 'no cause of concern' gives nothing.",
        "The quoted PEEL area for improvement (indented block) concerns answering calls -> "
        "responding-to-public. The Chief Constable's quote ('We know we need to be quicker to "
        "answer the phone, and we've already started recruiting 40 more call handlers') is the "
        "force's response to it, so has_force_update is true; the Commissioner's 'I will be "
        "holding the Chief Constable to account' alone would not be.",
        "The dotted-leader grade list and the area for improvement under 'FIRE SERVICE "
        "INSPECTION' belong to Essex County Fire and Rescue Service ('These grades are for the "
        "fire service, NOT for Essex Police'): no facts. The Chief Fire Officer and her 'an "
        "adequate plan' are distractors.",
        "People: the Commissioner signs 'Graham Whitlock / Police, Fire and Crime Commissioner "
        "for Essex'. The sender line 'Essex Police, Fire and Crime Commissioner' is the office "
        "name. Kent Police is named in passing (Essex and Kent Serious Crime Directorate, 'good "
        "practice').",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
