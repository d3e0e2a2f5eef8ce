"""Write gold/lf01.json ... gold/lf10.json for corpus61 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P, P21 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM, CDI = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management", "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

GMP, WYP, MET, COLP, NPT, NYP = ("Greater Manchester Police", "West Yorkshire Police",
    "Metropolitan Police Service", "City of London Police", "Northamptonshire Police",
    "North Yorkshire Police")

# One set of invented grades per force, used in every document.
GR = {
    GMP: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G), (CDI, G)],
    WYP: [(PPT, G), (PREV, G), (RESP, G), (INV, RI), (PVP, A), (MOS, A), (WORK, G), (LFM, A), (CDI, G)],
    MET: [(PPT, RI), (PREV, A), (RESP, RI), (INV, RI), (PVP, I), (MOS, A), (WORK, RI), (LFM, RI), (CDI, A)],
    COLP: [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G), (CDI, O)],
    NPT: [(PPT, A), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, A), (CDI, G)],
}


def insp(force, period=P, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period=P, pairs=None, only=None):
    pairs = pairs if pairs is not None else GR[force]
    return [{"force": force, "period": period, "pillar": "PEEL", "question": q, "grade": g}
            for q, g in pairs if only is None or q in only]


def stmt(force, question, text, update, period=P):
    return {"force": force, "period": period, "pillar": "PEEL", "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": [HF], "inspections": list(inspections), "judgements": list(judgements),
         "areas_for_improvement": list(afis), "recommendations": list(recs),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


HMI = "His Majesty\u2019s Inspector of Constabulary"

# statements shared between documents (same wording everywhere)
GMP_AFI = [
    (RESP, "The force should reduce the time it takes to answer non-emergency calls made to 101, and make sure callers who abandon a call are contacted where a risk is identified."),
    (RESP, "The force should make sure that its attendance times for priority incidents meet its own published standards."),
    (INV, "The force should make sure that supervisors review investigations regularly and that their reviews are recorded and set clear lines of enquiry."),
    (PVP, "The force should improve how it records and shares information about children who go missing from home or care."),
    (WORK, "The force should make sure that its wellbeing offer reaches officers and staff working in response and neighbourhood teams."),
]
MET_COC = ("The Metropolitan Police Service does not consistently identify and safeguard vulnerable "
           "people, including children at risk of exploitation, at the first point of contact.")
MET_WORK = "The force should make sure it has enough trained detectives to meet the demand of its investigations."
WY_AFI = [
    (INV, "The force should make sure that investigations are allocated to investigators with the right skills and are completed without unnecessary delay."),
    (INV, "The force should make sure that it records the reason when a victim withdraws support for an investigation, and that it considers evidence-led prosecutions."),
    (PVP, "The force should make sure that officers consistently complete the domestic abuse risk assessment and record the voice of the child."),
    (MOS, "The force should make sure that it manages the risk posed by registered sex offenders within its expected timescales."),
    (LFM, "The force should improve how it evaluates the benefits of its change programme."),
]

DEPUTY_MAYOR_NOTE = (
    "The Mayor and the Deputy Mayor for Policing and Crime are not person facts: GOLD-FORMAT's "
    "'commissioner' role is a PCC or PFCC, and in a mayoral area the Mayor holds the PCC "
    "functions while the Deputy Mayor exercises them by delegation; neither title names a "
    "commissioner, and 'deputy' would wrongly make the Deputy Mayor a deputy PCC.")

GOLDS = []

# lf01 -- GM Police, Fire and Crime Panel report (PDF) ------------------------------------
GOLDS.append(gold(
    "lf01.pdf", "response-record", [GMP], [insp(GMP), insp(GMP, P21)],
    grades(GMP) + grades(GMP, P21, [(RESP, I)]),
    afis=[stmt(GMP, q, t, i < 4) for i, (q, t) in enumerate(GMP_AFI)],
    people=[person("Clare Pendleton", "inspector", HF, HMI),
            person("Gareth Holroyd-Pike", "chief-constable", GMP, "Chief Constable")],
    notes=[
        "Grades from the two-column table; 'Providing a service to victims of crime: Not graded' gives nothing. "
        "'No area was graded outstanding and none was graded inadequate' gives nothing.",
        "2.2 'the inadequate grade the force received for responding to the public in 2021/22' gives a "
        "2021/22 judgement (HMICFRS) for responding-to-public.",
        "Greater Manchester Fire and Rescue Service 'judged good' is a fire inspection: no fact. "
        "'good practice' is a distractor. 'no causes of concern and no recommendations'.",
        "AFI 5's update cell is 'Update to follow: the force's wellbeing review reports in July 2025.' - a "
        "placeholder, not an update on the statement, so has_force_update is false (arguable).",
        "Clare Pendleton is named 'His Majesty's Inspector of Constabulary for the North region'; the "
        "title is taken as the office without the region. ACC Lorna Brierley is not a person fact; the "
        "Deputy Chief Constable is unnamed. " + DEPUTY_MAYOR_NOTE,
    ]))

# lf02 -- MOPAC Oversight Board paper (DOCX) ------------------------------------------------
MET_AFI02 = [
    (INV, "The force should make sure that victims are updated on the progress of their investigation in line with the Code of Practice for Victims of Crime.", True),
    (PPT, "The force should improve how it records the reason for each stop and search, and make sure supervisors review the grounds recorded.", True),
    (WORK, MET_WORK, False),
    (LFM, "The force should improve its understanding of the demand it faces in local policing, so it can allocate resources where they are most needed.", True),
]
GOLDS.append(gold(
    "lf02.docx", "response-record", [MET, COLP], [insp(MET)], grades(MET),
    afis=[stmt(MET, q, t, u) for q, t, u in MET_AFI02],
    recs=[stmt(MET, PVP, "Within six months, the force should make sure that frontline officers and call handlers use a structured risk assessment to identify vulnerability at every incident involving a child.", True),
          stmt(MET, PVP, "Within six months, the force should make sure that referrals to partner safeguarding agencies are made promptly and are reviewed by a supervisor.", False)],
    coc=[stmt(MET, PVP, MET_COC, False)],
    people=[person("Ashok Tremlett", "inspector", HF, HMI),
            person("Robert Kinsella", "chief-constable", MET, "Commissioner of Police of the Metropolis"),
            person("Priya Chandrasekar", "chief-constable", MET, "Deputy Commissioner", "deputy")],
    notes=[
        "Table 1's MOPAC assurance column (Limited/Reasonable/Substantial) is not an HMICFRS grade. The "
        "merged closing row (victim service not graded) gives nothing.",
        "The cause of concern is in the protecting vulnerable people section; the two recommendations "
        "address it, so they take protecting-vulnerable. Recommendation 2's 'MPS update: Not yet provided' "
        "-> false; the cause of concern itself has no update of its own (the updates answer the "
        "recommendations) -> false.",
        "The workforce AFI's MPS update cell is '\u2013' -> false. '14 areas for improvement' is a count; "
        "only the four quoted are facts.",
        "People: 'The Commissioner of Police of the Metropolis, Robert Kinsella' is a chief-constable "
        "role (the Met's chief officer); 'Deputy Commissioner Priya Chandrasekar' is chief-constable with "
        "qualifier deputy, like a DCC. Assistant Commissioner Dele Ajayi is like an ACC: not a fact. "
        "Marcus Oduya (Deputy Mayor for Policing and Crime) is not a fact. " + DEPUTY_MAYOR_NOTE,
        "City of London Police is named only in passing (good practice): in forces, no inspection.",
    ]))

# lf03 -- WYCA news: Deputy Mayor's statement (HTML) --------------------------------------
GOLDS.append(gold(
    "lf03.html", "press-release", [WYP], [insp(WYP), insp(WYP, P21)],
    grades(WYP) + grades(WYP, P21, [(INV, A)]),
    people=[person("Joanne Batley", "chief-constable", WYP, "Chief Constable")],
    notes=[
        "All nine grades are in prose with paraphrased area names: 'good at treating the public fairly "
        "when using police powers' -> treatment-of-public; 'at supporting its workforce' -> workforce; "
        "'Its recording of crime was also found to be good' -> crime-recording.",
        "'a fall from 2021/22, when investigating crime was graded adequate' gives a 2021/22 judgement.",
        "'Five good grades out of nine' and 'five areas for improvement' are counts. The scale in 'About "
        "the inspection' is a key. " + DEPUTY_MAYOR_NOTE,
    ]))

# lf04 -- GM Mayor's press release (TXT, CRLF) --------------------------------------------
GOLDS.append(gold(
    "lf04.txt", "press-release", [GMP], [insp(GMP), insp(GMP, P21)],
    grades(GMP) + grades(GMP, P21, [(RESP, I)]),
    people=[person("Gareth Holroyd-Pike", "chief-constable", GMP, "Chief Constable")],
    notes=[
        "CRLF line endings, ASCII only (straight quotes). Four 'good' areas in a bullet list after a "
        "lead-in; four 'adequate' areas in a dash-delimited list whose items contain commas ('building, "
        "supporting and protecting the workforce'); responding 'requires improvement'.",
        "'In 2021/22 GMP was graded inadequate for responding to the public' gives a 2021/22 judgement.",
        "Notes to editors: the grade scale and Greater Manchester Fire and Rescue Service's 'good in all "
        "three pillars' are distractors. 'five areas for improvement and no causes of concern' is a count.",
        "The Mayor (Paul Ridings) and the Deputy Mayor (Kathryn Ashworth) are not person facts. "
        + DEPUTY_MAYOR_NOTE,
    ]))

# lf05 -- City of London Police Authority Board report with tracker (PDF) ------------------
GOLDS.append(gold(
    "lf05.pdf", "response-record", [COLP, MET], [insp(COLP), insp(COLP, P21)], grades(COLP),
    afis=[
        stmt(COLP, INV, "The force should make sure that investigations into fraud reported through the national reporting centre are allocated promptly to an investigator.", True),
        stmt(COLP, PVP, "The force should improve the quality of its risk assessments for domestic abuse incidents, so that the level of risk is recorded accurately.", True),
        stmt(COLP, WORK, "The force should make sure that its officers and staff receive regular professional development reviews.", True),
        stmt(COLP, INV, "The force should make sure it has an effective process to manage the demand from its investigations into computer misuse offences.", True, P21),
    ],
    people=[person("Angela Treharne", "chief-constable", COLP, "Commissioner")],
    notes=[
        "The grades table is sorted by grade (Outstanding first), not in the usual order.",
        "Appendix 1 tracker: each row's kind and area come from its Source cell. T1-T3 are PEEL 2023-25 "
        "AFIs; T4 is a PEEL 2021/22 AFI still open (hence a 2021/22 inspection with no judgement). T5 and "
        "T6 are national thematic recommendations to 'chief constables' and are not facts.",
        "T3's update 'Not yet started.' is the force's own status report, so has_force_update is true "
        "(arguable). T2 'Closed' is still an update.",
        "People: 'The report was written for the Commissioner, Angela Treharne' (title-first, office "
        "alone: 'Commissioner'); signed 'Commissioner of Police, City of London Police'. The City of "
        "London Police Commissioner is the force's chief officer -> chief-constable. The Assistant "
        "Commissioner is unnamed. The Police Authority Board is not a commissioner.",
        "Metropolitan Police Service named in passing: in forces only.",
    ]))

# lf06 -- London Assembly Police and Crime Committee transcript (MD) -----------------------
GOLDS.append(gold(
    "lf06.md", "response-record", [MET, COLP],
    [insp(MET), insp(MET, P21), insp(COLP)],
    grades(MET) + grades(MET, P21, [(INV, A)]) + grades(COLP, only={CDI}),
    afis=[stmt(MET, WORK, MET_WORK, True)],
    coc=[stmt(MET, PVP, MET_COC, True)],
    people=[person("Robert Kinsella", "chief-constable", MET, "Commissioner of Police of the Metropolis"),
            person("Priya Chandrasekar", "chief-constable", MET, "Deputy Commissioner", "deputy")],
    notes=[
        "Grades are spoken by the Commissioner: 'inadequate for protecting vulnerable people, and "
        "requires improvement in five other areas: ...; adequate for preventing crime, for managing "
        "offenders and for crime data integrity'. 'the workforce' -> workforce.",
        "'in 2021/22 the Met was graded adequate for investigating crime' gives a 2021/22 judgement.",
        "'the City of London Police was graded outstanding for crime data integrity' is in a session on "
        "PEEL 2023-25 and is taken as CoLP's 2023-25 grade (consistent with lf05).",
        "The cause of concern and the workforce AFI are read out as blockquotes; each is answered by the "
        "force (Deputy Commissioner; Commissioner), so has_force_update is true (a transcript answer "
        "treated as the force's update; arguable).",
        "People: the Commissioner is named 'Robert Kinsella QPM (Commissioner of Police of the "
        "Metropolis)'; 'QPM' is dropped from the name. The City's Commissioner ('Their Commissioner') is "
        "unnamed. " + DEPUTY_MAYOR_NOTE,
    ]))

# lf07 -- Northamptonshire PFCC section 55 response (DOCX) -------------------------------
GOLDS.append(gold(
    "lf07.docx", "response-record", [NPT], [insp(NPT), insp(NPT, P21)],
    grades(NPT) + grades(NPT, P21, [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A)]),
    afis=[
        stmt(NPT, INV, "The force should make sure that investigation plans are recorded and followed, and that supervisors oversee them effectively.", True),
        stmt(NPT, INV, "The force should improve how it uses outcome 16 and make sure that the reasons victims withdraw support are recorded.", True),
        stmt(NPT, PVP, "The force should make sure that it uses all the protective orders available to safeguard victims of domestic abuse.", False),
        stmt(NPT, LFM, "The force should make sure that it has a clear plan for its future workforce and estate.", True),
    ],
    recs=[stmt(NPT, RESP, "Within three months, the force should make sure that it has enough call handlers on duty to answer emergency and non-emergency calls within national standards.", True)],
    coc=[stmt(NPT, RESP, "Northamptonshire Police isn\u2019t responding to calls for service in a timely manner, and it doesn\u2019t adequately assess the risk and vulnerability of callers.", False)],
    people=[person("Martin Hollowell", "commissioner", NPT, "Police, Fire and Crime Commissioner"),
            person("Ruth Danvers", "chief-constable", NPT, "Chief Constable"),
            person("Simon Arkell", "chief-constable", NPT, "Deputy Chief Constable", "deputy")],
    notes=[
        "Grades table 'Area | 2023-25 grade | 2021/22 grade'. 2021/22 leadership 'Not graded' and crime "
        "data integrity '\u2013' give nothing.",
        "Northamptonshire Fire and Rescue Service 'judged good' is a fire inspection: no fact.",
        "The cause of concern (responding) is followed by its recommendation and then 'Force response:', "
        "which answers the recommendation: recommendation true, cause of concern false (as in lf02).",
        "AFI 3 has only a 'Commissioner's comment' saying the force has not given an update -> false. "
        "'seven areas for improvement' and the three custody AFIs not reproduced are counts.",
        "People: 'As Police, Fire and Crime Commissioner, Martin Hollowell' (title-first, office alone); "
        "signature 'Police, Fire and Crime Commissioner for Northamptonshire'. 'Chief Constable Ruth "
        "Danvers'; 'Deputy Chief Constable Simon Arkell' (deputy).",
    ]))

# lf08 -- WYCA website page (HTML, windows-1252) ----------------------------------------
GOLDS.append(gold(
    "lf08.html", "response-record", [WYP], [insp(WYP)], grades(WYP),
    afis=[stmt(WYP, q, t, q != MOS) for q, t in WY_AFI],
    people=[person("Joanne Batley", "chief-constable", WYP, "Chief Constable")],
    encoding="cp1252",
    notes=[
        "Encoded in windows-1252 with a matching meta charset (curly apostrophes, en dashes, middle dots).",
        "The AFIs sit inside <details> accordions whose summaries name the area and a count; each is "
        "followed by a 'Force update:' paragraph. The managing offenders update says 'We are awaiting the "
        "force's update on this area.' -> false.",
        "The grading scale under the table is a key. 'The fire and rescue service is not part of the "
        "Mayor's responsibilities' is a distractor.",
        "People: 'the Chief Constable, Joanne Batley' (title-first). The Mayor of West Yorkshire (Helen "
        "Marsden) 'took on the powers of the former Police and Crime Commissioner' but is not a "
        "commissioner fact; nor is the Deputy Mayor. " + DEPUTY_MAYOR_NOTE,
    ]))

# lf09 -- Manchester City Council scrutiny report (PDF) --------------------------------
GOLDS.append(gold(
    "lf09.pdf", "response-record", [GMP, WYP], [insp(GMP), insp(WYP)],
    grades(GMP) + grades(WYP, only={RESP}),
    afis=[stmt(GMP, GMP_AFI[0][0], GMP_AFI[0][1], True), stmt(GMP, GMP_AFI[3][0], GMP_AFI[3][1], True)],
    people=[person("Gareth Holroyd-Pike", "chief-constable", GMP, "Chief Constable")],
    notes=[
        "GMP's nine grades are all in prose: 'Managing offenders and suspects was graded good, as was "
        "preventing crime ...'; 'good at leadership and force management and at recording crime "
        "accurately' -> crime-recording Good; 'Investigating crime and protecting vulnerable people were "
        "both graded adequate, as were police powers and public treatment and the force's work to support "
        "its workforce'.",
        "'the inspectorate graded West Yorkshire Police good for responding to the public in its 2023-25 "
        "inspection' is a grade in passing for another force.",
        "The two AFIs in the table have a 'GMP update' each -> true. The other three are only counted. "
        "'an adequate supply of data' is a distractor. The report names the period only as 'PEEL 2023\u201325'.",
        "People: the Chief Constable is named only in a suggested question ('Chief Constable Gareth "
        "Holroyd-Pike'). Chief Superintendent Colette Mbeki is not a person fact. " + DEPUTY_MAYOR_NOTE,
    ]))

# lf10 -- West Yorkshire Police and Crime Panel minutes (DOCX) -------------------------
GOLDS.append(gold(
    "lf10.docx", "response-record", [WYP, NYP], [insp(WYP)], grades(WYP),
    afis=[stmt(WYP, q, t, True) for q, t in WY_AFI[:2]],
    people=[person("Joanne Batley", "chief-constable", WYP, "Chief Constable"),
            person("Nadeem Qureshi", "chief-constable", WYP, "Deputy Chief Constable", "deputy")],
    notes=[
        "All nine grades are in one reported sentence of the minutes (five good listed with semicolons, "
        "three adequate, one requires improvement).",
        "The Appendix 2 table has two AFIs with no area column; the minutes call them 'the two relating "
        "to investigations', so both take investigating-crime. Each has a 'Progress (force)' cell -> true.",
        "North Yorkshire Police is named only in a member's question: in forces, no inspection. 'an "
        "adequate supply of trained investigators' and the 'RESOLVED' items are distractors.",
        "People: 'Joanne Batley | Chief Constable, West Yorkshire Police' in the attendance table and "
        "'The Chief Constable, Joanne Batley'; 'Deputy Chief Constable Nadeem Qureshi'. The Deputy Mayor "
        "(Alison Lowther) and councillors are not facts. " + DEPUTY_MAYOR_NOTE,
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
