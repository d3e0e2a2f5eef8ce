"""Write gold/v01.json ... gold/v10.json for corpus18 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819, P2017, P2016, P2015 = "2023-25", "2021/22", "2018/19", "2017", "2016", "2015"
H, HF = "HMIC", "HMICFRS"

# 2021/22 and 2023-25 area keys
VIC, PPT, PREV, RESP, INV = ("victim-service", "treatment-of-public", "preventing-crime",
                             "responding-to-public", "investigating-crime")
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

HERTS, BEDS, CAMBS = "Hertfordshire Constabulary", "Bedfordshire Police", "Cambridgeshire Constabulary"
KENT, DORSET, DC = "Kent Police", "Dorset Police", "Devon and Cornwall Police"
SUFFOLK, NORFOLK, SURREY, SUSSEX = ("Suffolk Constabulary", "Norfolk Constabulary", "Surrey Police",
                                    "Sussex Police")
TVP, AS = "Thames Valley Police", "Avon and Somerset Constabulary"

HMI_HER = "Her Majesty\u2019s Inspector of Constabulary"
HMI_HIS = "His Majesty\u2019s Inspector of Constabulary"


def insp(force, period, pillar="PEEL", inspectorate=None):
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

# v01 -- PEEL 2021/22 report PDF, Hertfordshire ------------------------------------------
F = HERTS
GOLDS.append(gold(
    "v01.pdf", "peel-report-2021", [F, BEDS, CAMBS], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, A), (WORK, G),
                      (LFM, G), (CDI, G)]),
    afis=[
        stmt(F, P2122, VIC,
             "The constabulary should make sure that it records a victim\u2019s needs assessment, "
             "and the victim\u2019s reasons when they withdraw support for an investigation."),
        stmt(F, P2122, PPT,
             "The constabulary should improve how it monitors the use of force, so that it can "
             "understand why officers use force more often on some groups than others."),
        stmt(F, P2122, RESP,
             "The constabulary should reduce the number of non-emergency calls that are "
             "abandoned, and should make sure that it can identify callers who may be vulnerable "
             "when they abandon a call."),
        stmt(F, P2122, RESP,
             "The constabulary should make sure that control room staff use a structured method "
             "of assessing the risk to callers, and that they record the assessment on every "
             "incident log."),
        stmt(F, P2122, INV,
             "The constabulary should make sure that officers consider evidence-led "
             "prosecutions when a victim withdraws support, and record the decision."),
        stmt(F, P2122, MOS,
             "The constabulary should make sure that it manages registered sex offenders in line "
             "with national guidance, so that visits happen when they should and risk "
             "assessments are kept up to date."),
        stmt(F, P2122, WORK,
             "The constabulary should make sure that supervisors are trained and have enough "
             "time to support and develop the large number of new officers in their teams."),
        stmt(F, P2122, LFM,
             "The constabulary should make sure it understands the skills its workforce will "
             "need to investigate digital crime, and that it plans training to meet that need."),
    ],
    people=[
        person("Elspeth Carrow-Lind", "inspector", HF, HMI_HER),
        person("Miriam Oduya", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades: the 'Overall summary' page has a two-column table (area | grade word) with the "
        "nine graded 2021/22 areas. Each chapter repeats its grade either as a 'Grade: X' line "
        "or as a coloured box holding only the grade word (Outstanding, Good, Adequate). "
        "'Strategic planning, organisational management and value for money' -> "
        "leadership-management; 'Recording data about crime' -> crime-recording; 'Engaging "
        "with and treating the public with fairness and respect' -> treatment-of-public.",
        "Victim service is ungraded ('We don't grade this area') but has an area for "
        "improvement, whose question is victim-service. Disrupting serious organised crime is "
        "neither graded nor reported on here (to be published in a regional report): nothing.",
        "AFI numbering restarts in every chapter ('Area for improvement 1' appears seven "
        "times); each boxed AFI is one statement with the question of its chapter. Several "
        "chapters share a page, and each page carries the running header 'PEEL 2021/22 - "
        "Hertfordshire Constabulary' and a 'Page n of 8' footer; no AFI box crosses a page.",
        "Distractors: the five-point scale sentence, 'an adequate supply of tutor constables', "
        "'This is good practice' in the innovative-practice box, 'We found no areas for "
        "improvement', the 2021/22 budget, ISBN.",
        "People: the HMI signs as 'Her Majesty\u2019s Inspector of Constabulary' (published May "
        "2022). 'Chief Constable Miriam Oduya' is title-first. Bedfordshire Police and "
        "Cambridgeshire Constabulary are named only as collaboration partners: forces, no "
        "inspection.",
    ]))

# v02 -- PEEL 2023-25 report PDF in two columns with pull quotes, Kent ---------------------
F = KENT
GOLDS.append(gold(
    "v02.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, RI), (MOS, G), (WORK, G),
                      (LFM, A)]) + grades(F, P2122, [(PVP, G)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that officers complete a risk assessment each time a "
             "child is reported missing, and that the information from return-home interviews "
             "is used to reduce the risk of the child going missing again."),
        stmt(F, P2325, PVP,
             "The force should make sure that it refers vulnerable adults and children to "
             "partner agencies without delay, and that it can monitor how quickly referrals "
             "are made."),
        stmt(F, P2325, RESP,
             "The force should make sure that callers to its non-emergency number are answered "
             "within a reasonable time, and that it understands why so many callers abandon "
             "their calls."),
        stmt(F, P2325, INV,
             "The force should make sure that supervisors review investigations at regular "
             "intervals and record clear instructions for the investigator."),
        stmt(F, P2325, LFM,
             "The force should make sure that its plans for estates, technology and workforce "
             "are aligned, so that it can show the savings it needs in 2025/26 and beyond."),
    ],
    people=[
        person("Ngozi Haverford", "inspector", HF, HMI_HIS),
        person("Alasdair Prentice", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Printed in two CSS columns (text flows down the left column, then the right, then "
        "onto page 2). The judgements are a list in the left column, area name on one line "
        "and grade on the next; each area section repeats its grade as an upper-case chip "
        "('REQUIRES IMPROVEMENT' in the PDF text, because of text-transform).",
        "Pull quotes (“The force has a clear grip on prevention…”, “Referrals to partner "
        "agencies are sometimes delayed for days.”) repeat the text between paragraphs, one "
        "of them between the two protecting-vulnerable-people AFIs; they add no facts.",
        "2021/22: 'In our 2021/22 inspection we graded Kent Police as good at protecting "
        "vulnerable people' -> one 2021/22 judgement (HMICFRS: the report's own 'our').",
        "The AFI boxes are labelled 'AREA FOR IMPROVEMENT' with no number; the question comes "
        "from the area heading above. 'Preventing and deterring crime' is the short heading "
        "of the preventing-crime area.",
        "Distractors: Kent Fire and Rescue Service 'which we judged good' (a fire inspection), "
        "'an adequate understanding of future demand', 'makes good use of bail conditions', "
        "the five-point scale in the footnote, 2025/26.",
    ]))

# v03 -- accessible Word version of a 2023-25 report, Cambridgeshire ----------------------
F = CAMBS
GOLDS.append(gold(
    "v03.docx", "peel-report-2021", [F, BEDS, HERTS], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A),
                      (LFM, RI)]) + grades(F, P2122, [(INV, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The constabulary should make sure that victims are kept informed of the progress "
             "of their case, in line with the Victims' Code."),
        stmt(F, P2325, INV,
             "The constabulary should make sure that it retrieves digital evidence from devices "
             "without unnecessary delay."),
        stmt(F, P2325, RESP,
             "The constabulary should make sure that it attends incidents within the times it "
             "has set, and that it updates callers when attendance is delayed."),
        stmt(F, P2325, PVP,
             "The constabulary should make sure that officers record the voice of the child "
             "when they attend domestic abuse incidents."),
        stmt(F, P2325, LFM,
             "The constabulary should make sure that its workforce plan is based on a clear "
             "understanding of demand, including the demand from investigations."),
        stmt(F, P2325, LFM,
             "The constabulary should improve how it evaluates its change programmes, so that "
             "it knows which of them have delivered the benefits it expected."),
    ],
    recs=[
        stmt(F, P2325, INV,
             "By 31 August 2025, the constabulary should make sure that it investigates crime "
             "effectively. To achieve this, it should: allocate investigations to officers and "
             "staff with the skills and experience the investigation needs; make sure "
             "supervisors review open investigations at set intervals and record their "
             "direction; and monitor the quality of investigations and act on what it finds."),
    ],
    coc=[
        stmt(F, P2325, INV,
             "Cambridgeshire Constabulary does not investigate crime effectively enough. "
             "Investigations are often delayed, many lack a plan, and supervisors do not review "
             "them regularly. As a result, victims are let down and offenders are not brought "
             "to justice."),
    ],
    people=[
        person("Imogen Latchford", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rhys Delamere", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades: 'Table 1' is a two-column Word table (Area of policing | Grade), with victim "
        "service 'Not graded'. Each chapter restates its grade in a sentence, and 'Other "
        "areas' restates the rest; they agree with the table.",
        "2021/22: 'In our 2021/22 inspection we graded the constabulary as adequate for "
        "investigating crime' -> one 2021/22 judgement.",
        "The AFIs are Word 'List Number' paragraphs: Word generates the numbers 1-6 (one list "
        "running through the document), so the numbers are not in the text.",
        "The recommendation is a lead-in ('... To achieve this, it should:') followed by three "
        "indented paragraphs with TYPED '(a)', '(b)', '(c)'. By the lead-in-plus-bullets "
        "convention they are one statement, joined with single spaces and without the "
        "letters. Its question and the cause of concern's come from the chapter heading "
        "'Investigating crime'.",
        "People: the HMI's title keeps Word's straight apostrophe. Bedfordshire Police and "
        "Hertfordshire Constabulary are named only as partners. 'good practice' and the "
        "2025/26 budget are distractors. The Word page header (report title) and footer are "
        "not part of the body text.",
    ]))

# v04 -- PEEL effectiveness 2016 PDF with a grey grade sidebar, Dorset --------------------
F = DORSET
E = "Effectiveness"
GOLDS.append(gold(
    "v04.pdf", "peel-report", [F, DC], [H],
    [insp(F, P2016, E, H), insp(F, P2015, E, H)],
    grades(F, P2016, [(None, G), ("preventing-crime", G), ("investigating-crime", RI),
                      ("protecting-vulnerable", G), ("serious-organised-crime", G)], pillar=E)
    + grades(F, P2015, [(None, RI)], pillar=E),
    afis=[
        stmt(F, P2016, "preventing-crime",
             "The force should evaluate its problem-solving activity so that it can identify "
             "and share effective practice.", pillar=E),
        stmt(F, P2016, "investigating-crime",
             "The force should ensure that investigations are allocated to officers with the "
             "appropriate skills and accreditation, and that they are supervised effectively.",
             pillar=E),
        stmt(F, P2016, "investigating-crime",
             "The force should improve its management of suspects who are released under "
             "investigation, ensuring that each case is reviewed regularly and that victims are "
             "kept informed.", pillar=E),
        stmt(F, P2016, "protecting-vulnerable",
             "The force should improve its response to missing children by: ensuring that "
             "return interviews are completed promptly; and sharing the information from those "
             "interviews with partner organisations.", pillar=E),
        stmt(F, P2016, "serious-organised-crime",
             "The force should develop its approach to lifetime management of organised "
             "criminals, so that they are prevented from re-offending when released from "
             "prison.", pillar=E),
    ],
    people=[person("Wyn Pritchard-Evans", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Each question is a two-column grid: a grey sidebar on the left holds 'QUESTION n' and "
        "the grade word, the question heading and text are on the right. In the PDF text the "
        "grade word comes BEFORE the question it belongs to ('QUESTION 2 / Requires / "
        "improvement / How effective is the force at investigating crime ...'), and the "
        "overall grade comes before the 'Overall judgement' heading.",
        "Question 5 (specialist capabilities) shows 'Ungraded' in the sidebar and 'We do not "
        "grade this question'; its 'good arrangements' gives nothing.",
        "2015: 'This is an improvement on 2015, when we judged the force to require "
        "improvement' -> a 2015 effectiveness judgement (HMIC is the 'we' of the report).",
        "The missing-children AFI is a lead-in ending 'by:' with two nested sub-bullets: one "
        "statement. 'In our 2015 national report we recommended that all forces should …' is "
        "a national recommendation, not a force recommendation.",
        "Devon and Cornwall Police is named only as the strategic alliance partner. Distractors: "
        "'good examples of integrated offender management', the four-grade key.",
    ]))

# v05 -- PEEL 2018/19 report summary in Word, merged-cell pillar table, Suffolk -----------
F = SUFFOLK
EF, EC, LG = "Effectiveness", "Efficiency", "Legitimacy"
q1819 = [("preventing-crime", G), ("investigating-crime", G), ("protecting-vulnerable", RI),
         ("serious-organised-crime", G), ("using-resources", G), ("planning-future", G),
         ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
         ("fair-treatment-workforce", RI)]
pillar_of = {"preventing-crime": EF, "investigating-crime": EF, "protecting-vulnerable": EF,
             "serious-organised-crime": EF, "using-resources": EC, "planning-future": EC,
             "fair-treatment-public": LG, "ethical-lawful-workforce": LG,
             "fair-treatment-workforce": LG}
GOLDS.append(gold(
    "v05.docx", "peel-report", [F, NORFOLK], [HF],
    [insp(F, P1819, "PEEL", HF), insp(F, P1819, EF, HF), insp(F, P1819, EC, HF),
     insp(F, P1819, LG, HF), insp(F, P2017, EF, HF), insp(F, P2017, EC, HF),
     insp(F, P2017, LG, HF)],
    grades(F, P1819, [(None, G)], EF) + grades(F, P1819, [(None, G)], EC)
    + grades(F, P1819, [(None, G)], LG) + grades(F, P1819, q1819)
    + grades(F, P2017, [(None, G)], EF) + grades(F, P2017, [(None, RI)], EC)
    + grades(F, P2017, [(None, G)], LG),
    afis=[
        stmt(F, P1819, "protecting-vulnerable",
             "The constabulary should improve how it shares information about vulnerable "
             "children with partner agencies, particularly out of hours."),
        stmt(F, P1819, "investigating-crime",
             "The constabulary should make sure that it has enough trained detectives to "
             "investigate serious and complex crime."),
        stmt(F, P1819, "fair-treatment-workforce",
             "The constabulary should make sure that supervisors understand and use its "
             "processes for identifying and supporting officers and staff with wellbeing "
             "needs."),
    ],
    people=[
        person("Fenella Ashby", "chief-constable", F, "Chief Constable"),
        person("Anselm Greatorex", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={
        "judgements": [
            {"force": F, "period": P1819, "pillar": pillar_of[q], "question": q, "grade": g}
            for q, g in q1819
        ] + [
            {"force": F, "period": P1819, "pillar": "PEEL", "question": "understanding-demand",
             "grade": G},
            {"force": F, "period": P1819, "pillar": "PEEL", "question": None, "grade": G},
            {"force": F, "period": P2017, "pillar": LG, "question": "fair-treatment-public",
             "grade": G},
        ],
    },
    notes=[
        "The table merges cells: a title row across all four columns; a two-row header in "
        "which 'Pillar' and 'Question' are merged down and 'Grade' is merged across the "
        "'2018/19' and 'Last year' columns; and each pillar name merged down over its rows "
        "(5, 3 and 4 rows; the continuation cells are empty vMerge cells).",
        "Pillar rows ('Overall') give the 2018/19 pillar grades (pillar Effectiveness / "
        "Efficiency / Legitimacy, question null, as in seed 001's also_acceptable) and, in the "
        "'Last year' column, the PEEL 2017 pillar grades (the intro and the footnote say "
        "'Last year' means PEEL 2017; HMICFRS by era and by 'the grade we gave'). The "
        "question rows' 'Last year' cells are '–': nothing for 2017.",
        "Question rows: 2018/19 is an integrated PEEL assessment, so the question grades use "
        "pillar PEEL with the 2015-17 question keys (GOLD-FORMAT allows these keys for "
        "2018/19). The same grades under the named pillar are in also_acceptable. 'Meeting "
        "current demands and using resources' -> using-resources (understanding-demand in "
        "also_acceptable).",
        "'Good†': the dagger footnote says the question was not inspected in 2018/19 and the "
        "grade is carried over from 2017. The 2018/19 cell states Good, so it is a main "
        "judgement; the 2017 fair-treatment-public grade it implies is in also_acceptable.",
        "All three 2018/19 pillars are Good, but the document states no overall grade: a "
        "PEEL/null 'Good' is in also_acceptable only.",
        "AFIs sit under pillar headings (Effectiveness, Legitimacy); their questions come from "
        "their content (information sharing on vulnerable children -> protecting-vulnerable; "
        "trained detectives -> investigating-crime; wellbeing -> fair-treatment-workforce). "
        "Pillar PEEL, as for 2018/19 statements in the dev corpus.",
        "Norfolk Constabulary is a collaboration partner only. The Word header and footer "
        "(which name HMICFRS) are not body text; the body names HMICFRS in the introduction.",
    ]))

# v06 -- revisit letter PDF on a 2021/22 cause of concern, Bedfordshire --------------------
F = BEDS
GOLDS.append(gold(
    "v06.pdf", "peel-report-2021", [F, HERTS], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I)]),
    recs=[
        stmt(F, P2122, RESP,
             "Within three months, the force should make sure that it answers emergency calls "
             "in line with the national standard."),
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that call handlers use a "
             "structured triage process to assess threat, harm and risk for every call, and "
             "that they record their assessment."),
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that it has enough trained control "
             "room staff to meet demand, including at times of peak demand."),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force isn\u2019t answering emergency and non-emergency calls quickly enough, "
             "and call handlers don\u2019t always assess the risk to callers properly. This means "
             "the force can\u2019t be sure that vulnerable people receive the right response."),
    ],
    people=[
        person("Elspeth Carrow-Lind", "inspector", HF, HMI_HIS),
        person("Trudy Okonkwo-Bell", "chief-constable", F, "Chief Constable"),
        person("Ruth Ellery-Dane", "commissioner", F,
               "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "A letter from the HMI to the Chief Constable, published by the inspectorate. Genre "
        "peel-report-2021 (an inspectorate document on a 2021/22 inspection); unsure, no "
        "genre fits a letter exactly.",
        "It quotes the 2021/22 cause of concern (a blockquote) and its three numbered "
        "recommendations; the question of all four is responding-to-public, from 'we graded "
        "the force as inadequate at responding to the public', which is also the one "
        "judgement.",
        "has_force_update is false for all four: the 'Recommendation n' paragraphs are the "
        "inspectorate's findings at the revisit (discharged / not yet discharged), not an "
        "update or response from the force. Unsure: a grader could read the revisit findings "
        "as progress updates.",
        "The status table repeats the recommendations in short form ('1 – emergency call "
        "answering') and gives nothing new. 'enhanced phase of our monitoring process' and "
        "'good progress' are distractors; the 2021/22 areas for improvement are mentioned but "
        "not quoted.",
        "People: the HMI (letterhead and signature, 'His Majesty’s' in 2023), 'Chief "
        "Constable Trudy Okonkwo-Bell' in the address block, and the PCC in the cc line "
        "('Ruth Ellery-Dane, Police and Crime Commissioner for Bedfordshire', name-first, so "
        "the title is kept in full). Hertfordshire Constabulary is named only for staff on "
        "loan.",
    ]))

# v07 -- PEEL spotlight national thematic PDF (investigating crime) ----------------------
table_2325 = [(AS, RI), (CAMBS, RI), (HERTS, G), (KENT, A), (NORFOLK, G), (SUSSEX, A), (TVP, G)]
table_2122 = [(AS, RI), (CAMBS, A), (HERTS, G), (KENT, G), (NORFOLK, G), (SUSSEX, RI), (TVP, A)]
prose_2325 = [(DC, I), (BEDS, A)]
forces07 = [AS, CAMBS, HERTS, KENT, NORFOLK, SUSSEX, TVP, DC, BEDS, DORSET]
GOLDS.append(gold(
    "v07.pdf", "national-release", forces07, [HF],
    [insp(f, P2325, inspectorate=HF) for f, _ in table_2325 + prose_2325]
    + [insp(f, P2122, inspectorate=HF) for f, _ in table_2122],
    [j for f, g in table_2325 + prose_2325 for j in grades(f, P2325, [(INV, g)])]
    + [j for f, g in table_2122 for j in grades(f, P2122, [(INV, g)])],
    people=[person("Marcus Threlfall", "inspector", HF, HMI_HIS)],
    notes=[
        "Figure 1 is a table 'Force | Report published | Investigating crime, 2023–25 | "
        "Investigating crime, 2021/22' for seven forces; only the caption and the column "
        "headings name the area. The header cells wrap in the PDF ('Investigating crime, "
        "2023–' / '25'), and 'Avon and Somerset / Constabulary' wraps inside its cell.",
        "Prose adds two 2023-25 grades for forces not in the table: Devon and Cornwall Police "
        "('the only one of these forces that we graded inadequate') and Bedfordshire Police "
        "('which we graded adequate in this area'). Sussex's 2021/22 grade is repeated in "
        "prose ('when we graded it as requires improvement').",
        "Devon and Cornwall's cause of concern is mentioned but not quoted: no statement. "
        "Dorset Police was visited but explicitly not graded: force only.",
        "The counts ('two as outstanding and nine as good'), the grade key under the figure, "
        "the innovative-practice box ('good practice') and the unnamed chief constable's "
        "quote give nothing. The three recommendations are addressed to all chief constables "
        "and national bodies and the report says they are not recommendations to the forces "
        "named: none is a force recommendation.",
    ]))

# v08 -- terms of reference and fieldwork schedule (Word), Surrey: negative control --------
F = SURREY
GOLDS.append(gold(
    "v08.docx", "peel-report-2021", [F, SUSSEX], [HF],
    [insp(F, P2325, inspectorate=HF)],
    people=[
        person("Ngozi Haverford", "inspector", HF, HMI_HIS),
        person("Tobias Wrenfield", "chief-constable", F, "Chief Constable"),
        person("Nadia Okafor-Brent", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A negative control: terms of reference and a fieldwork schedule written before the "
        "inspection. It grades nothing, and it quotes no area for improvement, recommendation "
        "or cause of concern. The one inspection is the PEEL 2023-25 inspection of Surrey "
        "Police that the document sets up (it is what the document is about; check_gold also "
        "requires one).",
        "Grade words occur only in the five-point scale sentence, which gives no judgement. "
        "'the areas for improvement from its 2021/22 PEEL inspection' states no grade, so "
        "there is no 2021/22 inspection.",
        "Sussex Police is named for the joint commands and is explicitly 'not being "
        "inspected': force only. Surrey Fire and Rescue Service is outside scope.",
        "People: the HMI is first named in the meta table ('Ngozi Haverford, His Majesty’s "
        "Inspector of Constabulary'); 'Chief Constable Tobias Wrenfield'; 'the Police and "
        "Crime Commissioner for Surrey, Nadia Okafor-Brent' is title-first, so the title is "
        "the office alone (corpus13 convention). The lead senior inspection officer (Daniel "
        "Ferrier, HMICFRS staff, not an HMI) and the force liaison officer (a Chief "
        "Inspector) are not person facts.",
        "Genre peel-report-2021 (an inspectorate document on a 2023-25 inspection); unsure, no "
        "genre fits terms of reference.",
    ]))

# v09 -- PEEL 2023-25 summary as copied from a PDF (cp1252, CRLF), Thames Valley ----------
F = TVP
GOLDS.append(gold(
    "v09.txt", "peel-report-2021", [F], [],
    [insp(F, P2325)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, G), (PVP, A), (MOS, A), (WORK, G),
                      (LFM, A)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that callers are given an accurate estimate of when "
             "officers will attend, and that they are updated if attendance is delayed."),
        stmt(F, P2325, PVP,
             "The force should make sure that officers complete a risk assessment for every "
             "domestic abuse incident they attend."),
        stmt(F, P2325, PVP,
             "The force should make more use of domestic violence protection orders and "
             "stalking protection orders to safeguard victims."),
        stmt(F, P2325, PPT,
             "The force should make sure that it understands why force is used more often on "
             "people from some ethnic groups, and that it explains this to its communities."),
    ],
    recs=[
        stmt(F, P2325, RESP,
             "Within three months, the force should make sure that it has enough call handlers "
             "available to answer emergency calls within ten seconds at times of high demand."),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that it attends priority incidents "
             "within its target times, and that supervisors review every incident where the "
             "target is missed."),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "Thames Valley Police doesn\u2019t answer emergency calls quickly enough at times of "
             "high demand, and it doesn\u2019t attend priority incidents within its own target "
             "times. This means that some vulnerable people don\u2019t get the help they need "
             "when they need it."),
    ],
    people=[
        person("Rowan Achterberg", "inspector", HF, HMI_HIS),
        person("Priyanka Mallender", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "Text as copied from a PDF viewer: cp1252 with CRLF line endings, hard line breaks at "
        "about 76 characters, a running header ('PEEL 2023–25' / 'Thames Valley Police') and "
        "a 'Page n of 12' footer on every page, one paragraph split across a page break, and "
        "three words hyphenated across lines in prose only ('cov-/ering', 'devel-/oped', "
        "'in-/cidents'). No statement is hyphenated or split by a page break.",
        "The judgements table was copied COLUMN BY COLUMN: the heading 'Area of policing' and "
        "the eight area names (one of them wrapped over two lines), then 'Grade' and the eight "
        "grade words, in the same order. The n-th grade belongs to the n-th area. The chapters "
        "confirm Responding (Requires improvement) and Protecting vulnerable people "
        "(Adequate), and 'Other findings' confirms the rest in prose.",
        "No inspectorate is named anywhere (only the HMI's personal title), so inspectorates "
        "is empty and the inspection's inspectorate is null. The HMI's organisation is HMICFRS "
        "by era.",
        "The last AFI sits under 'Other findings'; the paragraph above it is about the use of "
        "police powers (use of force, stop and search), so its question is "
        "treatment-of-public.",
        "Distractors: the contents list, 'good practice', the fire and rescue services graded "
        "separately, 'generally positive'.",
    ]))

# v10 -- HTML report summary with tabs (hidden panels), Norfolk ---------------------------
F = NORFOLK
GOLDS.append(gold(
    "v10.html", "peel-report-2021", [F, SUFFOLK], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, G)]),
    afis=[
        stmt(F, P2325, PVP,
             "The constabulary should make sure that it completes child protection referrals to "
             "the local authority within 24 hours."),
        stmt(F, P2325, PVP,
             "The constabulary should improve the quality of the risk assessments that officers "
             "complete when they attend domestic abuse incidents."),
        stmt(F, P2325, WORK,
             "The constabulary should make sure that officers and staff who investigate online "
             "child sexual abuse receive regular psychological screening."),
    ],
    people=[
        person("Imogen Latchford", "inspector", HF, HMI_HIS),
        person("Eleanor Whitlock-Dunn", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Visible vs hidden. The page has three tab panels, all in the DOM. VISIBLE: 'Summary' "
        "(aria-selected tab; the panel has no hidden attribute) -> all facts in this gold. "
        "HIDDEN: 'PEEL 2021/22' (the HTML 'hidden' attribute) holds eight 2021/22 grades and a "
        "2021/22 AFI; 'Force and PCC response' (aria-hidden=\"true\" plus the class "
        "tabs__panel--hidden, display:none) holds the PCC's name and quote and a 'Force "
        "update' for each of the three AFIs. A browser shows neither, so none of it is gold: "
        "no 2021/22 inspection or judgements, no PCC, and has_force_update is false for all "
        "three AFIs.",
        "The cookie banner (dated 1 March 2024), the related-content link to Norfolk Fire and "
        "Rescue Service and the download box add nothing.",
        "The three AFIs are one list under 'What the constabulary needs to improve', with no "
        "area heading. Their questions are taken from their content: the two on child "
        "protection referrals and domestic abuse risk assessments -> protecting-vulnerable "
        "(the sentence just above names protecting vulnerable people as the area with most to "
        "do); psychological screening of staff -> workforce. Unsure for the third.",
        "The HMI is named in the quote attribution ('— Imogen Latchford, His Majesty’s "
        "Inspector of Constabulary'). Suffolk Constabulary is a collaboration partner only.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
