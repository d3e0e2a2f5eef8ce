"""Write gold/kl01.json ... gold/kl10.json for corpus41 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py

The new round is written "2025-27" (the brief's convention); the last one "2023-25".
The grades themselves come from grades_data.py, which also builds kl07.csv.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from grades_data import (G2325, G2527, LFM, WORK, PPT, PREV, RESP, INV, PVP, MOS,  # noqa: E402
                         O, G, A, RI, I, pairs)

GOLD = os.path.join(HERE, "..", "gold")
P2527, P2325 = "2025-27", "2023-25"
HF = "HMICFRS"
HMI = "His Majesty\u2019s Inspector of Constabulary"

KENT, ESSEX, SUSSEX, SURREY = "Kent Police", "Essex Police", "Sussex Police", "Surrey Police"
HANTS, TVP, NORF, SUFF = ("Hampshire Constabulary", "Thames Valley Police",
                          "Norfolk Constabulary", "Suffolk Constabulary")
LINCS, NOTTS = "Lincolnshire Police", "Nottinghamshire Police"

AREA_NOTE = (
    "Area names are those of the 2025-27 framework as these documents give them. They map to the "
    "2023-25 question keys of the closest areas: 'Leadership and force management' -> "
    "leadership-management; 'Supporting and developing the workforce' (called 'Building, "
    "supporting and protecting the workforce' in 2023-25) -> workforce; 'Police powers and public "
    "treatment' -> treatment-of-public; 'Preventing crime and antisocial behaviour' -> "
    "preventing-crime; 'Responding to the public' -> responding-to-public; 'Investigating crime' "
    "-> investigating-crime; 'Protecting vulnerable people' -> protecting-vulnerable; 'Managing "
    "offenders and suspects' -> managing-offenders. Period '2025-27' is the new round.")


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, prs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in prs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title,
            "qualifier": qualifier}


def gold(document, genre, forces, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), encoding="utf-8", inspectorates=(HF,), also=None, notes=None):
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

# kl01 -- HMICFRS report, PDF, Lincolnshire --------------------------------------------------
F = LINCS
GOLDS.append(gold(
    "kl01.pdf", "peel-report-2021", [F, NOTTS],
    [insp(F, P2527), insp(F, P2325)],
    grades(F, P2527, pairs(G2527, F)) + grades(F, P2325, [(PREV, G), (INV, RI)]),
    afis=[
        stmt(F, P2527, LFM, "The force should make sure that its performance framework gives senior "
             "leaders the data they need to hold managers to account for the quality of investigations."),
        stmt(F, P2527, WORK, "The force should improve how it supports newly promoted sergeants, so "
             "that they have the skills and time to supervise their teams effectively."),
        stmt(F, P2527, PPT, "The force should make sure that supervisors review body-worn video "
             "footage of stop and search encounters."),
        stmt(F, P2527, RESP, "The force should reduce the time it takes to answer non-emergency calls, "
             "and make sure that callers who abandon a call are contacted again where they may be "
             "vulnerable."),
        stmt(F, P2527, RESP, "The force should make sure it attends incidents within the times it has "
             "set for each priority grade."),
        stmt(F, P2527, INV, "The force should make sure that investigations are allocated to "
             "investigators with the skills and capacity to progress them."),
        stmt(F, P2527, INV, "The force should improve the way it records the wishes of victims who "
             "withdraw their support for a prosecution."),
        stmt(F, P2527, PVP, "The force should make sure that it applies for domestic violence "
             "protection orders in all suitable cases."),
        stmt(F, P2527, MOS, "The force should reduce the number of overdue visits to registered sex "
             "offenders."),
    ],
    recs=[
        stmt(F, P2527, PVP, "By 31 October 2026, the force should make sure that: call handlers "
             "complete a structured risk assessment for every domestic abuse call; and officers who "
             "attend domestic abuse incidents record the views of any child present."),
        stmt(F, P2527, PVP, "By 31 October 2026, the force should make sure that safeguarding "
             "referrals to partner agencies are made within 24 hours and that supervisors check "
             "their quality."),
    ],
    coc=[
        stmt(F, P2527, PVP, "The force is not consistently identifying and responding to the risks "
             "faced by vulnerable people, including victims of domestic abuse, and its safeguarding "
             "referrals to partner agencies are often late or incomplete."),
    ],
    people=[
        person("Cormac Ashdown", "inspector", HF, HMI),
        person("Rhodri Fenwick-Lyle", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        AREA_NOTE,
        "A report of the inspectorate printed to PDF: cover (ISBN, date), contents, a grades table "
        "'Area inspected | Grade' with coloured cells, a key that lists all five grades (no "
        "judgement), running header and page numbers from @page margin boxes.",
        "2023-25 grades come only from the HMI's observations: 'In our 2023\u201325 inspection we "
        "graded the force good at preventing crime' and 'We graded investigating crime as requires "
        "improvement in 2023\u201325, and it still requires improvement'. 'our' is HMICFRS.",
        "Crime data integrity 'not inspected ... not graded': nothing. 'an adequate supply of "
        "trained call handlers' and 'good practice' in the Innovative practice box are distractors.",
        "The cause of concern sits in a box with two recommendations. The first is a lead-in "
        "ending in ':' followed by two bullets, so it is one statement with the bullets joined. "
        "Recommendations 'addressed to all chief constables' in national reports are only "
        "mentioned. The AFIs take the question of the area heading they sit under; preventing "
        "crime has none ('We did not identify any areas for improvement'). The PVP AFI follows "
        "'In addition:' under the heading and is separate from the cause of concern.",
        "Nottinghamshire Police is named only as a neighbour (rural crime). 'Lincolnshire Fire and "
        "Rescue' is out of scope.",
    ]))

# kl02 -- HMICFRS web page, HTML, Kent -------------------------------------------------------
F = KENT
GOLDS.append(gold(
    "kl02.html", "peel-report-2021", [F, ESSEX],
    [insp(F, P2527), insp(F, P2325)],
    grades(F, P2527, pairs(G2527, F)) + grades(F, P2325, [(INV, RI), (RESP, A)]),
    afis=[
        stmt(F, P2527, WORK, "The force should evaluate its new wellbeing programme to understand "
             "whether it is reducing sickness absence among call handlers."),
        stmt(F, P2527, INV, "The force should make sure that victims are updated on the progress of "
             "their case at the intervals set out in the Code of Practice for Victims of Crime."),
        stmt(F, P2527, INV, "The force should improve the quality of investigation plans for "
             "high-volume crime, so that lines of enquiry are identified and completed promptly."),
        stmt(F, P2527, PVP, "The force should make sure that officers consider using Clare\u2019s Law "
             "disclosures in all suitable domestic abuse cases."),
    ],
    people=[person("Delphine Okafor-Reid", "inspector", HF, HMI)],
    notes=[
        AREA_NOTE,
        "The grades are cards (<div class=card><h3>area</h3><p class=grade>grade</p>); the "
        "colour class repeats the grade. A collapsed <details> key lists all five grades: nothing.",
        "'In that inspection [2023\u201325] we graded Kent Police as requires improvement for "
        "investigating crime' and 'Responding to the public, which we graded adequate in "
        "2023\u201325' give two 2023-25 judgements. 'improved its grade in four areas' names none.",
        "AFIs sit in <details> accordions whose <summary> names the area and a count, e.g. "
        "'Investigating crime (2)'. The 'Other areas' accordion has no AFI. 'no causes of concern'.",
        "Essex Police is named only in the Related content sidebar; Kent Fire and Rescue Service "
        "and the 2027-29 consultation (closes 31 July 2026) are distractors. The cookie notice "
        "date (2 January 2026) is chrome.",
    ]))

# kl03 -- Kent PCC section 55 response, DOCX -------------------------------------------------
F = KENT
GOLDS.append(gold(
    "kl03.docx", "response-record", [F],
    [insp(F, P2527), insp(F, P2325)],
    grades(F, P2527, pairs(G2527, F)) + grades(F, P2325, pairs(G2325, F)),
    afis=[
        stmt(F, P2527, WORK, "The force should evaluate its new wellbeing programme to understand "
             "whether it is reducing sickness absence among call handlers.", False),
        stmt(F, P2527, INV, "The force should make sure that victims are updated on the progress of "
             "their case at the intervals set out in the Code of Practice for Victims of Crime.", True),
        stmt(F, P2527, INV, "The force should improve the quality of investigation plans for "
             "high-volume crime, so that lines of enquiry are identified and completed promptly.", True),
        stmt(F, P2527, PVP, "The force should make sure that officers consider using Clare\u2019s Law "
             "disclosures in all suitable domestic abuse cases.", True),
    ],
    people=[
        person("Gideon Marlowe-Pryce", "commissioner", F, "Police and Crime Commissioner for Kent"),
        person("Anjali Rostron", "chief-constable", F, "Chief Constable"),
        person("Tomasz Wren", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        AREA_NOTE,
        "Table 1 has a title row merged across four columns, then 'Area (2025\u201327 framework) | "
        "2025\u201327 grade | 2023\u201325 grade | Change'. Each row gives one judgement for each "
        "round. The Change column ('\u2191 Up from adequate', 'Unchanged') only repeats them. "
        "The workforce row carries an asterisk; its footnote gives the 2023-25 name, so the "
        "2023-25 grade in that row is the workforce key too.",
        "AFIs: a Heading 3 with the area, a bold 'Area for improvement n', the AFI in Word's "
        "'Intense Quote' style, then 'Force update (Deputy Chief Constable Tomasz Wren):' and "
        "'Commissioner\u2019s comment:'. AFI 1 has only the Commissioner's comment, which says the "
        "force will report in July 2026: has_force_update false. The other three are true.",
        "People: 'I am Gideon Marlowe-Pryce, Police and Crime Commissioner for Kent' (name first, "
        "full title), 'Chief Constable Anjali Rostron', and the DCC inside the update label. "
        "'good practice', the 2026/27 budget, the 2027-29 consultation and Kent Fire and Rescue "
        "Service (not a police force) are distractors. The page header 'OFFICIAL' and footer do "
        "not count.",
    ]))

# kl04 -- Essex Police news release, DOCX ----------------------------------------------------
F = ESSEX
GOLDS.append(gold(
    "kl04.docx", "press-release", [F, KENT],
    [insp(F, P2527), insp(F, P2325)],
    grades(F, P2527, pairs(G2527, F))
    + grades(F, P2325, [(PPT, A), (INV, RI), (RESP, A), (PVP, A)]),
    people=[
        person("Miriam Oduya-Clarke", "chief-constable", F, "Chief Constable"),
        person("Lorcan Hebblethwaite", "commissioner", F, "Police, Fire and Crime Commissioner"),
    ],
    also={"judgements": grades(F, P2325, [(MOS, G), (LFM, A), (WORK, A), (PREV, A)])},
    notes=[
        AREA_NOTE,
        "All eight 2025-27 grades are in prose: 'good for managing offenders and suspects ... and "
        "good for police powers and public treatment'; 'Investigating crime improved to adequate'; "
        "three areas 'were each graded adequate'; 'requires improvement for responding to the "
        "public ... and for protecting vulnerable people'.",
        "2023-25 grades with a grade word: 'up from adequate' (public treatment), 'having been "
        "graded requires improvement in the 2023\u201325 inspection' (investigating), 'down from "
        "adequate' (responding), 'where it was previously adequate' (vulnerable people).",
        "also_acceptable: 'unchanged from 2023\u201325' (managing offenders) names no grade for "
        "2023-25 (GOLD-FORMAT's 'same grade as last year' rule). 'were each graded adequate, as "
        "they were in 2023\u201325' does carry the word once for both rounds, but only through 'as "
        "they were', so the three 2023-25 grades are kept loose as well.",
        "People: 'Chief Constable Miriam Oduya-Clarke said:' and 'Essex\u2019s Police, Fire and "
        "Crime Commissioner, Lorcan Hebblethwaite, said:' (title first). Assistant Chief "
        "Constable Fenella Drax is not a person fact. Quotes are in Word's 'Quote' style.",
        "Kent Police is a partner in passing (joint Serious Crime Directorate). 'Good work on "
        "investigations', the fire service 'judged it good', 'eleven areas for improvement' "
        "(none quoted), the grade list in Notes to editors, 2026/27 and the consultation are "
        "distractors.",
    ]))

# kl05 -- Thames Valley Police and Crime Panel paper, PDF ------------------------------------
F = TVP
GOLDS.append(gold(
    "kl05.pdf", "response-record", [F, HANTS, KENT, SUSSEX, SURREY],
    [insp(F, P2527), insp(F, P2325), insp(KENT, P2527), insp(HANTS, P2527)],
    grades(F, P2527, pairs(G2527, F)) + grades(F, P2325, pairs(G2325, F))
    + grades(KENT, P2527, [(PREV, O)]) + grades(HANTS, P2527, [(PREV, G), (INV, RI)]),
    afis=[
        stmt(F, P2527, INV, "The force should make sure it has enough trained detectives to "
             "investigate serious and complex crime, and that their workloads are manageable.", True),
        stmt(F, P2527, RESP, "The force should make sure that the reasons for downgrading the "
             "priority of an incident are recorded.", False),
    ],
    people=[
        person("Delphine Okafor-Reid", "inspector", HF, HMI),
        person("Josephine Kettleborough", "chief-constable", F, "Chief Constable"),
        person("Ravinder Sallis", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        AREA_NOTE,
        "Table 1 'Area | 2025\u201327 grade | 2023\u201325 grade | Direction of travel' gives both "
        "rounds for Thames Valley; several cells wrap in the PDF ('Requires / improvement').",
        "The AFI table 'Area | Area for improvement | Force response': the second response is "
        "'To follow \u2013 the force will report ... in July 2026', so it is false.",
        "The 2023-25 cause of concern 'has been closed' and its text is not given: nothing. The "
        "Panel's own 'Recommendation' (2.1) is not an inspection recommendation.",
        "Table 2 lists which South East forces have a 2025-27 report (no grades). Grades in "
        "passing (6.2): 'Kent Police was the first force in the region to be graded outstanding "
        "in the new round, for preventing crime and antisocial behaviour'; 'Hampshire and Isle of "
        "Wight Constabulary' (alias of Hampshire Constabulary) good for preventing crime and "
        "requires improvement for investigating crime. Sussex and Surrey are named with no grade. "
        "National counts (6.3) name no force.",
        "People: 'His Majesty\u2019s Inspector of Constabulary Delphine Okafor-Reid', 'Chief "
        "Constable Josephine Kettleborough', and in the background papers 'the Police and Crime "
        "Commissioner, Ravinder Sallis' (the report's 'Report of' line names no one).",
    ]))

# kl06 -- local news article, HTML (CRLF), Hampshire -----------------------------------------
F = HANTS
GOLDS.append(gold(
    "kl06.html", "press-release", [F, TVP],
    [insp(F, P2527), insp(F, P2325), insp(TVP, P2325)],
    grades(F, P2527, pairs(G2527, F)) + grades(F, P2325, [(MOS, A), (RESP, RI)])
    + grades(TVP, P2325, [(INV, I)]),
    people=[
        person("Delphine Okafor-Reid", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Corinne Halloway", "chief-constable", F, "Chief Constable"),
        person("Desmond Arkwright-Bell", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": grades(F, P2325, [(PREV, G), (INV, RI)])},
    notes=[
        AREA_NOTE,
        "The force is called only 'Hampshire and Isle of Wight Constabulary' (an alias) and "
        "'the force'. The 'grades in full' factbox lists all eight 2025-27 grades.",
        "2023-25 with a grade word: 'good at managing offenders and suspects, up from adequate'; "
        "'Responding to the public improved from requires improvement to adequate'. 'Leadership "
        "... rose a grade, to adequate' names no earlier grade: nothing for 2023-25.",
        "also_acceptable: 'good at preventing crime, the same grade it got in 2023\u201325' and "
        "'still requires improvement \u2013 the grade it was given in the last round' (same-grade "
        "wording).",
        "Thames Valley Police 'was graded inadequate for investigating crime in 2023\u201325': a "
        "neighbour's grade in passing. The fire service 'rated good', 'good practice', the "
        "2026/27 precept headline and the grade range line are distractors.",
        "People: the HMI is named first with her title after ('His Majesty's', straight "
        "apostrophe as in the page). Reporter Harriet Pennock is not a person fact.",
    ]))

# kl07 -- spreadsheet of both cycles, CSV, cp1252 + CRLF -------------------------------------
forces07 = sorted(G2325)
insps07, judg07 = [], []
for f in forces07:
    insps07.append(insp(f, P2325))
    judg07 += grades(f, P2325, pairs(G2325, f))
    if f in G2527:
        insps07.append(insp(f, P2527))
        judg07 += grades(f, P2527, pairs(G2527, f))
GOLDS.append(gold(
    "kl07.csv", "national-release", forces07, insps07, judg07, encoding="cp1252",
    notes=[
        AREA_NOTE,
        "Long format: one row per force and area, 'Force, Region, Area (2025\u201327 framework), "
        "2023\u201325 grade, 2025\u201327 grade, Change, 2025\u201327 report published'. A title "
        "row and a blank row come before the header, and three note rows after the data.",
        "Ten forces have 2023-25 grades; seven have 2025-27 grades. Surrey, Suffolk and "
        "Nottinghamshire show 'Not yet inspected' for 2025-27: no judgement, no 2025-27 "
        "inspection. The Change column only repeats the grades.",
        "Hampshire is written 'Hampshire and Isle of Wight Constabulary' (alias). The workforce "
        "rows use the 2025-27 name for both rounds; the note row gives the 2023-25 name. The "
        "source row names HMICFRS for both rounds. windows-1252 (en dashes are byte 0x96), CRLF.",
    ]))

# kl08 -- Norfolk OPCC accountability forum paper, PDF (landscape) ---------------------------
F = NORF
GOLDS.append(gold(
    "kl08.pdf", "response-record", [F, SUFF],
    [insp(F, P2527), insp(F, P2325), insp(SUFF, P2325)],
    grades(F, P2527, pairs(G2527, F)) + grades(F, P2325, pairs(G2325, F))
    + grades(SUFF, P2325, [(MOS, G)]),
    afis=[
        stmt(F, P2527, RESP, "The force should make sure that it answers non-emergency calls within "
             "its published target time, including at weekends.", True),
        stmt(F, P2527, INV, "The force should make sure that suspects who are released under "
             "investigation are reviewed regularly by a supervisor.", True),
        stmt(F, P2527, INV, "The force should improve how it uses out-of-court resolutions, so that "
             "they are used consistently and in line with national guidance.", False),
    ],
    people=[
        person("Philippa Starling", "commissioner", F, "Police and Crime Commissioner"),
        person("Owain Treharne", "chief-constable", F, "Chief Constable"),
        person("Cormac Ashdown", "inspector", HF, HMI),
    ],
    notes=[
        AREA_NOTE,
        "Landscape A4 in two columns. The grades table is 'Area | 2025\u201327 | Previous grade "
        "(2023\u201325) | Movement' with '=', '\u25b2', '\u25bc' symbols; the note under it gives "
        "the 2023-25 workforce name.",
        "Suffolk Constabulary 'In 2023\u201325 ... was graded good for managing offenders and "
        "suspects': a partner's grade in passing. 'good practice' and 'a consistently good force' "
        "(a quote) add nothing.",
        "AFI table '# | Area | Area for improvement (as written by HMICFRS) | Force response'; "
        "the third response is 'Not yet received.' (false). Four more AFIs are only described.",
        "People: 'The Police and Crime Commissioner, Philippa Starling' (title first), 'Chief "
        "Constable Owain Treharne', 'His Majesty\u2019s Inspector of Constabulary Cormac Ashdown'.",
    ]))

# kl09 -- HMICFRS news item, TXT -------------------------------------------------------------
GOLDS.append(gold(
    "kl09.txt", "national-release", [NORF, SUSSEX, SUFF, TVP],
    [insp(NORF, P2527), insp(NORF, P2325), insp(SUSSEX, P2527), insp(SUSSEX, P2325)],
    grades(NORF, P2527, pairs(G2527, NORF)) + grades(NORF, P2325, [(RESP, G)])
    + grades(SUSSEX, P2527, [(LFM, G), (WORK, G), (RESP, G), (INV, RI)])
    + grades(SUSSEX, P2325, [(INV, A)]),
    recs=[
        stmt(SUSSEX, P2527, INV, "Within six months, the force should make sure that every "
             "investigation is reviewed by a supervisor before it is closed."),
    ],
    coc=[
        stmt(SUSSEX, P2527, INV, "Sussex Police is not investigating crime effectively: too many "
             "investigations are closed before all reasonable lines of enquiry have been "
             "completed, and supervisors do not review them often enough."),
    ],
    people=[
        person("Cormac Ashdown", "inspector", HF, HMI),
        person("Delphine Okafor-Reid", "inspector", HF, HMI),
    ],
    notes=[
        AREA_NOTE,
        "Norfolk: a three-bullet list whose middle bullet joins five areas with semicolons "
        "('good in leadership and force management; supporting and developing the workforce; "
        "...; and protecting vulnerable people; and') and wraps over three lines. 'In "
        "2023\u201325 the force was good at responding to the public' gives one 2023-25 grade.",
        "Sussex: 'good in three areas, adequate in four and requires improvement in one'. Only "
        "the three good areas and investigating crime are named; the four adequate areas are "
        "not, so they give nothing. 'which we graded adequate in 2023\u201325' gives a 2023-25 "
        "grade.",
        "The cause of concern follows 'We have identified one cause of concern:' and contains a "
        "colon itself; the recommendation follows 'We have made one recommendation:'. Both are "
        "about investigating crime. An inspectorate release gives no force update.",
        "Suffolk Constabulary is named only in the HMI's quote (shared offender management unit), "
        "and Thames Valley Police only in a 'Related news' link. "
        "National counts, the grade list and the 2027-29 consultation are distractors.",
    ]))

# kl10 -- Surrey OPCC Joint Audit Committee tracker, DOCX (landscape) ------------------------
F = SURREY
S2325 = [(PPT, G), (PREV, O), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, G)]
GOLDS.append(gold(
    "kl10.docx", "response-record", [F, SUSSEX],
    [insp(F, P2325)],
    grades(F, P2325, S2325),
    afis=[
        stmt(F, P2325, RESP, "The force should improve how it explains to callers what response "
             "they can expect and when.", True),
        stmt(F, P2325, INV, "The force should make sure that investigations are supervised at the "
             "frequency set out in its own policy.", True),
        stmt(F, P2325, LFM, "The force should make sure it understands the demand on its digital "
             "forensic unit and has a plan to reduce its backlog.", False),
    ],
    recs=[
        stmt(F, P2325, RESP, "Within six months, the force should make sure that abandoned calls from "
             "repeat and vulnerable callers are identified and returned.", True),
    ],
    coc=[
        stmt(F, P2325, RESP, "Surrey Police is not answering 101 calls quickly enough and some "
             "callers who may be vulnerable are not called back, so the force cannot be sure it is "
             "identifying risk at the first point of contact.", True),
    ],
    people=[
        person("Naomi Treadwell-Ashe", "commissioner", F, "Police and Crime Commissioner"),
        person("Idris Cavanagh", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A Joint Audit Committee paper written before Surrey's 2025-27 inspection: 'No "
        "2025\u201327 grades are yet available for Surrey', so there is no 2025-27 inspection.",
        "Table 1 gives the eight 2023-25 grades under their 2023-25 names ('Preventing crime', "
        "'Building, supporting and protecting the workforce'). Its third column is a count of "
        "open items, not a grade.",
        "Appendix A is a tracker 'Ref | Source | Recommendation or area for improvement | Status "
        "| Force update'. The kind of each row is given by its Source cell: A1 cause of concern, "
        "A2 recommendation, A3-A5 AFIs, each with its area in brackets. A6 is a national "
        "vetting recommendation to 'chief constables' of all forces: not a fact. A5's update is "
        "'No update provided this quarter.' (false); closed items with evidence are true.",
        "People: 'The Police and Crime Commissioner, Naomi Treadwell-Ashe' and 'Chief Constable "
        "Idris Cavanagh'. The Head of Performance and Scrutiny is unnamed. Sussex Police is named "
        "only as partner in the joint Specialist Crime Command. The header and footer (dates, "
        "'Page 1 of 3') do not count; 2026/27 and the consultation are distractors.",
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
