"""Write gold/mb01.json ... gold/mb10.json (format: shared/corpus/GOLD-FORMAT.md).
Statement texts come from data.py, the same strings the generators put in the documents.
    python3 src/make_gold.py
"""
import json
import os
import data as D

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), genre="response-record", also=None, notes=None):
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
AREA = {"Investigating crime": INV, "Responding to the public": RESP, "Protecting vulnerable people": PVP,
        "Good use of resources": LFM, "Police powers and public treatment": PPT,
        "Leadership and force management": LFM,
        "Preventing crime and anti-social behaviour": PREV,
        "Strategic planning, organisational management and value for money": LFM}

# mb01 Hampshire ---------------------------------------------------------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "mb01.docx", [F], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, A), (CDI, G)]),
    afis=[stmt(F, P2122, AREA[area], text, not upd[0].startswith("Update not received"))
          for _, area, text, _, upd, _, _ in D.MB01_AFI],
    people=[person("Donna Jones", "commissioner", F, "Police and Crime Commissioner"),
            person("Olivia Marchetti", "chief-constable", F, "Chief Constable")],
    notes=["The grades table gives nine 2021/22 grades; victim service is 'Not graded'. 'Developing a positive "
           "workplace' -> workforce, 'Good use of resources' -> leadership-management (its 'Good' is not a grade), "
           "'Recording data about crime' -> crime-recording. The sentence naming all five judgements is a grading key.",
           "Appendix A: a merged header row (Item | Progress | Assessment) above the column headers, and merged "
           "band rows that group items by report. RAG and Open/Closed are the force's progress ratings, not grades.",
           "AFI 4's update cell says the update was not received, so has_force_update is false. AFI 3 is closed but "
           "has an update (true). The VMM R8 row is a national thematic recommendation to chief constables, not a "
           "PEEL fact. 'eleven areas for improvement, of which seven have now been closed' are counts only.",
           "The force is named 'Hampshire and Isle of Wight Constabulary' (an alias in forces.csv). Leads (ACCs, "
           "Director of People) and the unnamed Deputy Chief Constable are not person facts. The header 'OFFICIAL' "
           "and the footer are not body text."]))

# mb02 West Mercia -------------------------------------------------------------------------
F = "West Mercia Police"
GOLDS.append(gold(
    "mb02.pdf", [F, "Warwickshire Police"], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (PPT, A), (PVP, A), (MOS, A), (WORK, A), (INV, RI), (RESP, RI), (LFM, RI)]),
    afis=[stmt(F, P2122, AREA[area], text, not upd.startswith("No further update"))
          for area, text, upd, _ in D.MB02_AFI],
    people=[person("John Campion", "commissioner", F, "Police and Crime Commissioner"),
            person("Pippa Mills", "chief-constable", F, "Chief Constable"),
            person("Wendy Williams", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    also={"inspections": [insp(F, P1819, inspectorate=HF)],
          "areas_for_improvement": [stmt(F, P1819, "fair-treatment-public", D.MB02_OLD[1], True)]},
    notes=["The 2021/22 grades are in prose (paragraph 2), with one list of four areas 'each graded adequate' and "
           "one of three areas set off by dashes; they match the grades the real West Mercia Police and Crime "
           "Panel minutes report. Paragraph 3's 'a fifth grade, adequate' is not a judgement.",
           "Appendix 1 gives the kind of each row only through its Source and header ('Area for improvement / "
           "recommendation'). The 'Good use of resources' AFI has 'No further update since the previous report', "
           "so has_force_update is false; a grader could call it an update.",
           "The PEEL 2018/19 row (carried forward, Legitimacy) is a loose fact: the document does not say it is "
           "an area for improvement rather than a recommendation, so it and its inspection are in also_acceptable; "
           "question fair-treatment-public is a guess from the stop and search subject. The custody inspection "
           "(joint with HM Inspectorate of Prisons) row is not PEEL.",
           "Titles are title-first ('John Campion, the Police and Crime Commissioner', 'the Chief Constable, Pippa "
           "Mills'). 'Warwickshire Police' is a collaboration partner named in passing. Genre: a PCC's report to "
           "a panel, taken as response-record."]))

# mb03 Essex -------------------------------------------------------------------------------
F = "Essex Police"
GOLDS.append(gold(
    "mb03.docx", [F, "Kent Police"], [HF, H],
    [insp(F, "2017", "Legitimacy", HF), insp(F, "2017", "Efficiency", HF), insp(F, "2016", "Legitimacy")],
    grades(F, "2017", [(None, G)], "Legitimacy") + grades(F, "2017", [(None, G)], "Efficiency")
    + grades(F, "2016", [(None, G)], "Legitimacy"),
    afis=[stmt(F, "2017", q, text, True, "Legitimacy")
          for (ref, text, upd, own, st), q in zip(D.MB03_LEG, ["ethical-lawful-workforce", "fair-treatment-workforce"])]
         + [stmt(F, "2017", "understanding-demand", D.MB03_EFF[0][1], True, "Efficiency")],
    people=[person("Roger Hirst", "commissioner", F, "Police and Crime Commissioner"),
            person("Stephen Kavanagh", "chief-constable", F, "Chief Constable")],
    notes=["Items are grouped under merged band rows naming the report. The band names HMICFRS for the 2017 "
           "reports, so those inspections take HMICFRS. 'The force was also judged good for legitimacy in 2016' "
           "gives a 2016 Legitimacy judgement; the document names no inspectorate for it (null).",
           "Question keys for the legitimacy AFIs come from their subject (counter-corruption -> ethical-lawful-"
           "workforce; wellbeing -> fair-treatment-workforce) and the efficiency AFI's hidden demand -> "
           "understanding-demand: the table has no question column, so a grader may accept null.",
           "The HMIC 2016 stop and search revisit is not a PEEL report: its row gives nothing, but it names HMIC, "
           "so inspectorates lists both. Kent Police appears only in the Kent and Essex Serious Crime Directorate.",
           "Owners are ACCs and a Director of HR: not person facts."]))

# mb04 Cleveland ---------------------------------------------------------------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "mb04.pdf", [F, "Durham Constabulary"], [HF], [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(PVP, I), (INV, RI)]),
    afis=[stmt(F, P1819, "ethical-lawful-workforce", D.MB04_AFI[0][2], True),
          stmt(F, P1819, "planning-future", D.MB04_AFI[1][2], False)],
    recs=[stmt(F, P1819, PVP, r[2], True) for r in D.MB04_REC],
    coc=[stmt(F, P1819, PVP, D.MB04_COC[0][2], True)],
    people=[person("Barry Coppinger", "commissioner", F, "Police and Crime Commissioner for Cleveland"),
            person("Richard Lewis", "chief-constable", F, "Chief Constable"),
            person("Matt Parr", "inspector", HF, "HM Inspector of Constabulary")],
    also={"judgements": grades(F, P1819, [(None, I)], "Effectiveness") + grades(F, P1819, [(None, I)], "Efficiency")
          + grades(F, P1819, [(None, I)], "Legitimacy")},
    notes=["2018/19 follows dev12: everything has pillar PEEL. The pillar table (Effectiveness / Efficiency / "
           "Legitimacy: Inadequate) gives 2018/19 pillar grades, which the brief puts in also_acceptable. No "
           "overall grade is stated, so there is no question-null PEEL judgement.",
           "The prose gives two question grades: 'inadequate at protecting vulnerable people' and 'requires "
           "improvement in how it investigates crime' (2015-17 keys, as allowed for 2018/19).",
           "The tracker has a two-row header (rowspan/colspan 'Position at March 2020') and band rows for the kinds. "
           "The cause of concern has its own update cell, so has_force_update is true; AFI 7's update is an em "
           "dash, so false. Theme 'Ethical and lawful workforce' -> ethical-lawful-workforce, 'Planning for the "
           "future' -> planning-future.",
           "Engage is HMICFRS's monitoring process, not a grade. Durham Constabulary is named in passing. Owners "
           "(DCC unnamed, ACC Crime) are not person facts. Real names: Coppinger was PCC and Lewis Chief "
           "Constable in 2020; Matt Parr led the 2019 inspection."]))

# mb05 City of London ----------------------------------------------------------------------
F = "City of London Police"
GOLDS.append(gold(
    "mb05.html", [F, "Metropolitan Police Service"], [HF], [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, G), (MOS, G), (PPT, A), (INV, A), (PVP, A), (WORK, A), (PREV, RI), (LFM, RI)]),
    afis=[stmt(F, P2122, AREA[area], text, True) for _, area, text, _, _ in D.MB05_AFI],
    people=[person("Angela McLaren", "chief-constable", F, "Commissioner of Police")],
    notes=["Grades are in one minute sentence with three semicolon-separated groups. 'building a positive "
           "workplace' -> workforce; 'strategic planning, organisational management and value for money' -> "
           "leadership-management.",
           "'21 items were now GREEN, 6 AMBER and 3 RED' are counts of progress ratings, not grades. The Fraud "
           "(2019) row is a recommendation to Action Fraud from a national inspection, not a PEEL fact.",
           "The City of London Police's Commissioner is its chief officer: role chief-constable, title "
           "'Commissioner of Police' as first written before her name. The Metropolitan Police Service is named "
           "in passing (no grade)."]))

# mb06 Lancashire (CSV) --------------------------------------------------------------------
F = "Lancashire Constabulary"
rows = D.MB06_ROWS
GOLDS.append(gold(
    "mb06.csv", [F], [H, HF],
    [insp(F, "2016", "Effectiveness", H), insp(F, P2325, inspectorate=HF)],
    afis=[stmt(F, "2016", INV, rows[0][4], True, "Effectiveness"),
          stmt(F, "2016", PVP, rows[1][4], True, "Effectiveness"),
          stmt(F, P2325, INV, rows[3][4], False)],
    recs=[stmt(F, P2325, RESP, rows[2][4], True)],
    notes=["A register export: one row per finding; the kind is in 'Finding type', the inspectorate in its own "
           "column. One update cell holds a line break inside quotes. The custody row (HMICFRS / HMIP) is not PEEL.",
           "P23-AFI-02 has an empty update, so has_force_update is false. No grades are given.",
           "check_gold limitation: statements sit between commas and quotes, so its whole-span test (which wants "
           "spaces either side) reports them as not found, although each text is in the file verbatim."]))

# mb07 Dyfed-Powys -------------------------------------------------------------------------
F = "Dyfed-Powys Police"
NW = "North Wales Police"
GOLDS.append(gold(
    "mb07.txt", [F, NW], [H],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2016", "Effectiveness", H), insp(F, "2016", "Efficiency", H),
     insp(NW, "2016", "Legitimacy", H)],
    grades(F, "2016", [(None, G)], "Effectiveness") + grades(F, "2016", [(None, G)], "Legitimacy")
    + grades(F, "2016", [("understanding-demand", O)], "Efficiency") + grades(NW, "2016", [(None, G)], "Legitimacy"),
    afis=[stmt(F, "2016", "ethical-lawful-workforce", D.MB07_ITEMS[0][2], True, "Legitimacy"),
          stmt(F, "2016", "ethical-lawful-workforce", D.MB07_ITEMS[1][2], True, "Legitimacy"),
          stmt(F, "2016", "protecting-vulnerable", D.MB07_ITEMS[2][2], True, "Effectiveness")],
    people=[person("Dafydd Llywelyn", "commissioner", F, "Police and Crime Commissioner"),
            person("Mark Collins", "chief-constable", F, "Chief Constable")],
    notes=["A text-only copy of a panel paper: the tracker table is converted to labelled lines ('Area for "
           "improvement: ...', 'Force update: ...'), hard-wrapped at 90 characters.",
           "'graded the force outstanding for its understanding of demand' is a question grade of the 2016 "
           "Efficiency inspection; no AFIs from it are listed. North Wales Police's 2016 legitimacy grade is given in "
           "passing ('one of only two forces in Wales, with North Wales Police, to be graded good').",
           "Question keys: both legitimacy AFIs (abuse of position, vetting) -> ethical-lawful-workforce; repeat "
           "victims of ASB -> protecting-vulnerable (a grader might prefer preventing-crime or null).",
           "'Report of the Police and Crime Commissioner, Dafydd Llywelyn' gives title 'Police and Crime "
           "Commissioner'. 'Heddlu Dyfed-Powys' is the Welsh name."]))

# mb08 Thames Valley -----------------------------------------------------------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "mb08.docx", [F], [HF], [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(CDI, I), (PPT, A)]),
    afis=[stmt(F, P2325, PPT, D.MB08_AFI[0][0], True)],
    recs=[stmt(F, P2325, CDI, t, True) for t, _ in D.MB08_REC],
    coc=[stmt(F, P2325, CDI, D.MB08_COC[0], False)],
    people=[person("Matthew Barber", "commissioner", F, "Police and Crime Commissioner for Thames Valley"),
            person("Ian Whitmore", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=["The 'Report' cell 'PEEL 2023\u201325 (February 2024)' is merged down over the four PEEL rows (vMerge); "
           "each row's kind is a label at the start of the Finding cell ('Cause of concern:', 'Recommendation 1:', "
           "'Area for improvement:'), and the statement is what follows the label.",
           "The cause of concern's update is 'See recommendations below.', which defers to the recommendations: "
           "has_force_update false (as corpus13 q02). The use-of-force AFI has no area stated; treatment-of-public "
           "is a guess from its subject.",
           "'The remaining grades ... are not repeated' gives nothing. The child criminal exploitation row is a "
           "national recommendation to all forces, not PEEL. The Chief Constable is unnamed."]))

# mb09 Gwent -------------------------------------------------------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "mb09.pdf", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (INV, RI), (PVP, A), (LFM, A)]) + grades(F, P2122, [(PPT, G)]),
    afis=[stmt(F, P2325, AREA[area], text, bool(upd)) for ref, area, text, upd, _, _ in D.MB09_ITEMS],
    people=[person("Jane Mudd", "commissioner", F, "Police and Crime Commissioner for Gwent"),
            person("Mark Hobrough", "chief-constable", F, "Chief Constable")],
    notes=["'which matches the good grade the force received for the treatment of the public in 2021/22' names the "
           "grade word, so the 2021/22 judgement is a main fact (inspectorate from context, HMICFRS).",
           "The tracker header merges 'Force position' across Update / RAG / Status (colspan) and the other headers "
           "down (rowspan). Updates run over several paragraphs in a cell. AFI 4's update is 'No update submitted "
           "for this period.': false.",
           "'Complete \u2013 closure requested' and RAG are progress ratings. 'no causes of concern and no "
           "recommendations' gives nothing. South Wales and Dyfed-Powys are named in passing."]))

# mb10 Lincolnshire ------------------------------------------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "mb10.html", [F, "Leicestershire Police", "Nottinghamshire Police", "Northamptonshire Police"], [H],
    [insp(F, "2015", "Efficiency", H), insp(F, "2016", "Effectiveness", H)],
    grades(F, "2015", [(None, G)], "Efficiency") + grades(F, "2016", [(None, RI)], "Effectiveness"),
    afis=[stmt(F, "2015", "understanding-demand", D.MB10_2015[0][0], True, "Efficiency"),
          stmt(F, "2016", "investigating-crime", D.MB10_2016[0][0], True, "Effectiveness"),
          stmt(F, "2016", "protecting-vulnerable", D.MB10_2016[1][0], False, "Effectiveness")],
    people=[person("Marc Jones", "commissioner", F, "Police and Crime Commissioner"),
            person("Neil Rhodes", "chief-constable", F, "Chief Constable")],
    notes=["The page names HMIC throughout; both inspections take HMIC. 'a four-point scale: outstanding, good, "
           "requires improvement or inadequate' is a grading key.",
           "Question keys come from the AFI subject (demand -> understanding-demand; detectives -> "
           "investigating-crime; sex offender management -> protecting-vulnerable, the 2016 question that covered "
           "offender management). The last AFI's update cell says 'Awaiting update from the force': false.",
           "'Marc Jones, Lincolnshire's Police and Crime Commissioner' gives 'Police and Crime Commissioner' (the "
           "place is a possessive before the office). The three East Midlands forces are named in passing."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
