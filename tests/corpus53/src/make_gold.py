"""Write gold/kx01.json ... gold/kx10.json for corpus53 (format: shared/corpus/GOLD-FORMAT.md).

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

WAR, STA, ESS = "Warwickshire Police", "Staffordshire Police", "Essex Police"
SUR, WYP, MET = "Surrey Police", "West Yorkshire Police", "Metropolitan Police Service"


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


# Shared invented facts (the same wording wherever a statement is repeated).
WAR_AFI_CALLS = ("The force should make sure that non-emergency calls are answered promptly and "
                 "that callers who abandon a call are contacted again where the circumstances "
                 "suggest a risk.")
STA_COC = ("The force isn\u2019t doing enough to make sure vulnerable victims are identified and "
           "safeguarded at the first point of contact.")
ESS_AFI_INV = ("The force should make sure that investigations are allocated to officers and "
               "staff with the skills and experience to complete them, and that workloads are "
               "regularly reviewed by supervisors.")

PENHALLOW = person("Alexandra Penhallow", "chief-constable", WAR, "Chief Constable")
ARUNDALE = person("Keith Arundale", "commissioner", WAR, "Police and Crime Commissioner")

GOLDS = []

# kx01 -- Hansard Westminster Hall debate (HTML) -------------------------------------------
GOLDS.append(gold(
    "kx01.html", "national-release", [WAR, STA, MET], [HF],
    [insp(WAR, P2325), insp(WAR, P2122), insp(STA, P2325), insp(MET, P2122), insp(MET, P2325)],
    grades(WAR, P2325, [(RESP, RI), (INV, A), (LFM, RI), (PREV, G), (PVP, G), (PPT, G)])
    + grades(WAR, P2122, [(INV, I), (RESP, RI)])
    + grades(STA, P2325, [(INV, RI), (PVP, RI)])
    + grades(MET, P2122, [(RESP, I)])
    + grades(MET, P2325, [(RESP, I)]),
    afis=[stmt(WAR, P2325, RESP, WAR_AFI_CALLS, False)],
    people=[
        PENHALLOW, ARUNDALE,
        person("Lindsay Oakworth", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Genre: no genre fits a Hansard debate; national-release is used for parliamentary "
        "documents that discuss several forces (as corpus13 did for a written answer).",
        "Warwickshire 2023-25: 'requires improvement in how it responds to the public' (opening "
        "speech); 'graded adequate at investigating crime' (Priya Lall's correction); 'requiring "
        "improvement for leadership and force management'; the Minister's 'good at preventing "
        "crime, good at protecting vulnerable people and good in its treatment of the public'.",
        "Warwickshire 2021/22: 'judged inadequate at investigating crime only two years ago, in "
        "the 2021/22 inspection', and Lall's second correction 'the 2021/22 inspection graded it "
        "requires improvement in responding to the public as well'. Dr Marchetti's 'the force "
        "is still failing at investigating crime' is only reported, and has no grade word.",
        "Staffordshire 2023-25 (intervention: 'inspected in the same 2023-25 round ... require "
        "improvement at investigating crime and at protecting vulnerable people').",
        "Met: 'graded inadequate for responding to the public in both the 2021/22 and the "
        "2023-25 inspections' gives two judgements.",
        "The AFI is read into the record as a block quote after 'The inspectorate said:'. It is "
        "Warwickshire's responding AFI (same wording as kx05 Appendix A no. 1); no update here.",
        "Not facts: 'four recommendations and ... nine areas for improvement' (counts); the fire "
        "and rescue service's 'good' grade; the thematic recommendation to 'all chief "
        "constables'; MPs, the Minister, the Chair, ACC Dean Whitcombe; the unnamed Met "
        "Commissioner; 'a good service', 'a good and persistent advocate', the 13,000 target.",
        "People: the Chief Constable and the PCC are named title-first ('The Chief Constable, "
        "Alexandra Penhallow'; 'the Police and Crime Commissioner, Keith Arundale'). The HMI is "
        "quoted by the Minister: 'His Majesty\u2019s Inspector of Constabulary, Lindsay "
        "Oakworth' (curly apostrophe from &rsquo;).",
    ]))

# kx02 -- written parliamentary question and answer (TXT) ----------------------------------
GOLDS.append(gold(
    "kx02.txt", "national-release", [STA], [HF],
    [insp(STA, P2325), insp(STA, P2122)],
    grades(STA, P2325, [(PREV, G), (MOS, G), (PPT, A), (RESP, A), (WORK, A), (LFM, A),
                        (INV, RI), (PVP, RI), (CDI, RI)])
    + grades(STA, P2122, [(RESP, I)]),
    coc=[stmt(STA, P2325, PVP, STA_COC.replace("\u2019", "'"), False)],
    people=[person("Martin Colquhoun", "commissioner", STA,
                   "Staffordshire Commissioner for Police, Fire and Rescue and Crime")],
    notes=[
        "Genre: a written answer; national-release by the same reasoning as corpus13's q07.",
        "All nine 2023-25 grades are in three prose lists; the adequate list has 'building, "
        "supporting and protecting its workforce' (workforce) and 'leadership and force "
        "management'. 'the integrity of its crime data' -> crime-recording.",
        "2021/22: 'when its response to the public was graded inadequate'.",
        "The cause of concern sits on its own line after 'which reads:' and is about "
        "safeguarding vulnerable victims -> protecting-vulnerable. The answer gives no force "
        "update (the improvement plan is only mentioned). The written answer uses a straight "
        "apostrophe ('isn't'); kx06 has the same statement with a curly one.",
        "'three recommendations' and 'eleven areas for improvement' are counts without text. The "
        "Minister and the Member are not person facts. The Staffordshire Commissioner is a PFCC "
        "(title as written, before the name). The fire and rescue service's inspection has no "
        "grade. Engage, the Safer Streets mission and the Police Performance Oversight Group are "
        "distractors.",
    ]))

# kx03 -- select committee oral evidence (PDF) ---------------------------------------------
GOLDS.append(gold(
    "kx03.pdf", "national-release", [ESS, SUR, MET, WYP], [HF],
    [insp(ESS, P2325), insp(SUR, P2325), insp(MET, P2325), insp(WYP, P2325)],
    grades(ESS, P2325, [(PREV, O), (RESP, G), (PVP, G), (PPT, G), (INV, A)])
    + grades(SUR, P2325, [(PREV, O), (INV, RI), (RESP, G), (PVP, A)])
    + grades(MET, P2325, [(RESP, I), (INV, RI), (PPT, RI)])
    + grades(WYP, P2325, [(CDI, O)]),
    afis=[stmt(ESS, P2325, INV, ESS_AFI_INV, True)],
    people=[
        person("Marcus Fenwright", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Simon Treadgold", "chief-constable", ESS, "Chief Constable"),
    ],
    notes=[
        "Genre: a select committee transcript about several forces; national-release.",
        "Period: Q101 frames the session as 'the 2023-25 programme'; the Met's grades are "
        "explicitly '2023-25', and West Yorkshire's is 'in the programme so far'. Essex's and "
        "Surrey's grades are taken as 2023-25 from that context.",
        "Essex (Q102): outstanding at preventing and deterring crime; good at responding, "
        "protecting vulnerable people and treatment of the public; adequate at investigating.",
        "Surrey (Q106, asked by a Member and confirmed by the witness from the force): "
        "outstanding at preventing, requires improvement at investigating; the ACC's answer "
        "adds good at responding and adequate at protecting vulnerable people. Q107 repeats "
        "'outstanding'. 'an adequate number of detectives' is a distractor.",
        "Met (Q108): inadequate at responding, requires improvement at investigating; 'Its "
        "treatment of the public is still requires improvement'. The Member's 'Two years on, "
        "nothing has changed' gives no 2021/22 grade.",
        "The AFI is quoted by the Chief Constable on its own indented line, after 'The wording "
        "in the report is:'; his next paragraph ('We have since moved 40 detectives ...') is "
        "the force's response, so has_force_update is true. It is the same AFI as kx10 B3.1.",
        "Not facts: national counts (Q101); the grading scale (Q104); Essex County Fire and "
        "Rescue Service's 'good' (Q105); the Home Office target (Q110); the national "
        "recommendation to all chief constables (Q111); Members; ACC Nadia Brook.",
        "People: 'Dr Marcus Fenwright, His Majesty\u2019s Inspector of Constabulary, HMICFRS' "
        "(name without 'Dr'); 'Simon Treadgold, Chief Constable, Essex Police'. The title keeps "
        "the curly apostrophe of the printed page.",
    ]))

# kx04 -- Commons Library constituency briefing (DOCX) -------------------------------------
GOLDS.append(gold(
    "kx04.docx", "national-release", [WYP], [HF],
    [insp(WYP, P2325), insp(WYP, P2122)],
    grades(WYP, P2325, [(PPT, G), (PREV, G), (RESP, G), (INV, G), (PVP, A), (MOS, G),
                        (WORK, G), (LFM, G), (CDI, O)])
    + grades(WYP, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, A), (MOS, G),
                          (WORK, G), (LFM, G), (CDI, G)]),
    afis=[stmt(WYP, P2325, PVP,
               "The force should make sure that risk assessments for victims of domestic abuse "
               "are reviewed by a supervisor within 24 hours, and that the review is recorded.",
               True)],
    people=[person("Rebecca Hollings", "chief-constable", WYP, "Chief Constable")],
    notes=[
        "Genre: a House of Commons Library briefing; national-release (a third-party listing).",
        "Table 1 gives both columns. The 2021/22 leadership cell is 'Good\u00b9'; footnote 1 "
        "says the area was then called 'good use of resources' (the 'good' there is not a "
        "grade). Serious organised crime is 'Not graded' in both columns: no judgement.",
        "The summary bullets repeat grades ('outstanding for the integrity of its crime data'; "
        "'improved from adequate in 2021/22 to good'); 'good in seven other areas and adequate "
        "in one' is a count with no areas.",
        "The AFI is in Word's 'Intense Quote' style after a lead-in that ends in a colon (the "
        "lead-in is an introduction, not part of the statement). The next paragraph gives the "
        "force's reported position ('West Yorkshire Police told the Library that ...'), so "
        "has_force_update is true.",
        "Not facts: the Home Office target and the VAWG ambition; the unnamed Mayor and Deputy "
        "Mayor for Policing and Crime; ACC Imran Sadiq; the fire and rescue service's 'good'; "
        "crime and call counts; the briefing's authors. The page header and footer are not "
        "body text.",
    ]))

# kx05 -- county council overview and scrutiny report (PDF) --------------------------------
GOLDS.append(gold(
    "kx05.pdf", "response-record", [WAR], [HF],
    [insp(WAR, P2325), insp(WAR, P2122)],
    grades(WAR, P2325, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, A),
                        (WORK, A), (LFM, RI), (CDI, G)])
    + grades(WAR, P2122, [(RESP, RI), (INV, I)]),
    afis=[
        stmt(WAR, P2325, RESP, WAR_AFI_CALLS, True),
        stmt(WAR, P2325, RESP,
             "The force should make sure that its incident attendance times are monitored and "
             "that victims are told when an officer will attend.", True),
        stmt(WAR, P2325, INV,
             "The force should improve how it shares investigation updates with victims, and "
             "record when it has done so.", True),
        stmt(WAR, P2325, MOS,
             "The force should make sure that it manages the risk posed by registered sex "
             "offenders within the timescales set by national guidance.", True),
        stmt(WAR, P2325, LFM,
             "The force should develop a better understanding of the demand it faces from "
             "partner agencies, so that it can plan its resources with them.", True),
    ],
    recs=[
        stmt(WAR, P2325, RESP,
             "Within six months, the force should make sure that it has enough trained call "
             "handlers to answer non-emergency calls within the timescales set out in its own "
             "service standards.", False),
        stmt(WAR, P2325, RESP,
             "Within six months, the force should introduce a process to identify and call back "
             "people who abandon non-emergency calls, prioritising those who may be vulnerable.",
             False),
    ],
    coc=[stmt(WAR, P2325, RESP,
              "Warwickshire Police isn\u2019t answering non-emergency calls quickly enough, and "
              "too many callers abandon their calls before they are answered, which means that "
              "the force may not identify vulnerable callers and may not respond to them "
              "appropriately.", False)],
    people=[ARUNDALE, PENHALLOW],
    notes=[
        "Genre: a council scrutiny report that tracks the force's position on each AFI; "
        "response-record is the nearest genre. Unsure: a grader could call it national-release.",
        "Table 1 gives nine 2023-25 grades and two 2021/22 grades ('\u2013' cells give nothing); "
        "2.2 repeats the 2021/22 investigating grade ('inadequate') and says responding "
        "'continues to require improvement ... which was also the 2021/22 grade' (the table "
        "cell states it in words). 'good in four areas, adequate in three and requires "
        "improvement in two' is a count.",
        "The committee's own '1. Recommendations' (consider, note, agree) are not PEEL "
        "recommendations. The cause of concern is boxed; two of four recommendations are "
        "listed; 'the other two' have no text.",
        "Appendix A: five AFIs with a 'Force position (February 2025)' column, so each has a "
        "force update. AFI 5's position is 'Not yet started; planned for ...', which is still "
        "the force's stated position, so true (unsure). The cause of concern and the "
        "recommendations have no update in the report.",
        "Not facts: Warwickshire Fire and Rescue Service's grades (5.2); the national State of "
        "Policing recommendation to all chief constables (5.3); the unnamed ACC; the 2025/26 "
        "budget; the key listing the grade scale.",
        "People: 'The Police and Crime Commissioner, Keith Arundale' and 'Chief Constable "
        "Alexandra Penhallow', both title-first.",
    ]))

# kx06 -- police, fire and crime panel minutes (DOCX) --------------------------------------
GOLDS.append(gold(
    "kx06.docx", "response-record", [STA], [HF],
    [insp(STA, P2325), insp(STA, P2122)],
    grades(STA, P2325, [(RESP, A), (INV, RI), (PVP, RI), (CDI, RI), (PREV, G), (MOS, G)])
    + grades(STA, P2122, [(RESP, I)]),
    recs=[
        stmt(STA, P2325, PVP,
             "By 31 July 2025, the force should make sure that call handlers use a structured "
             "process to assess the vulnerability of every caller, and that the assessment is "
             "recorded.", True),
        stmt(STA, P2325, PVP,
             "By 31 July 2025, the force should make sure that supervisors in the contact "
             "centre review a sample of calls each week for the quality of vulnerability "
             "assessments.", True),
        stmt(STA, P2325, PVP,
             "By 31 October 2025, the force should make sure that all contact centre staff have "
             "received training in identifying vulnerability, including in calls about domestic "
             "abuse and missing children.", False),
    ],
    coc=[stmt(STA, P2325, PVP, STA_COC, True)],
    people=[
        person("Martin Colquhoun", "commissioner", STA,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        person("Owen Pryce", "chief-constable", STA, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Genre: panel minutes with the force's updates on each statement; response-record.",
        "Grades: the Commissioner's summary gives 2021/22 responding 'inadequate' and 2023-25 "
        "responding 'adequate', investigating and protecting vulnerable people 'required "
        "improvement', crime data integrity 'requires improvement'; a discussion bullet gives "
        "'good at preventing crime and at managing offenders'. 'that good practice' and 'a "
        "good and clear presentation' are distractors.",
        "The cause of concern (Word 'Quote' style) is followed by 'Force update:' -> true. The "
        "three recommendations are 'List Number' paragraphs (the numbers are not in the text); "
        "the first two are each followed by 'Force update:', the third is not ('No separate "
        "update was given on the third recommendation') -> false. They answer the cause of "
        "concern, so their question is protecting-vulnerable.",
        "Not facts: the Panel's own recommendation in RESOLVED (b); the fire and rescue "
        "service's 'adequate'; councillors; ACC Harriet Quayle; the unnamed Chief Executive; "
        "'eleven areas for improvement' (a count); the 2025/26 precept.",
        "People: the PFCC is named name-first, so his full title is kept; 'Deputy Chief "
        "Constable Owen Pryce' is chief-constable with qualifier deputy.",
    ]))

# kx07 -- town council newsletter (DOCX) ----------------------------------------------------
GOLDS.append(gold(
    "kx07.docx", "press-release", [SUR], [HF],
    [insp(SUR, P2325)],
    grades(SUR, P2325, [(PREV, O), (RESP, G), (PVP, A), (INV, RI)]),
    people=[person("Fiona Marchbank", "commissioner", SUR, "Police and Crime Commissioner")],
    notes=[
        "Genre: a town council newsletter item; press-release is the nearest genre.",
        "The prose and the 'At a glance' table (title row merged across both columns) give the "
        "same four 2023-25 grades. 'Only some of the force\u2019s grades are shown' gives "
        "nothing more. 'on a scale from outstanding to inadequate' lists the scale only.",
        "Distractors: 'a good start to the year', 'a good turnout', 'good news', plots 'in good "
        "condition', Surrey Fire and Rescue Service, Insp. Gareth Voss, the Town Mayor and "
        "Clerk, the 2025/26 precept, '14 people on the list'.",
        "People: 'Surrey\u2019s Police and Crime Commissioner, Fiona Marchbank' is title-first, "
        "so the title is the office alone, without the possessive place word (corpus13 "
        "convention).",
    ]))

# kx08 -- MP's constituency e-newsletter (HTML) --------------------------------------------
GOLDS.append(gold(
    "kx08.html", "press-release", [MET, ESS], [HF],
    [insp(MET, P2325), insp(MET, P2122), insp(ESS, P2325)],
    grades(MET, P2325, [(RESP, I), (INV, RI), (PVP, RI), (PPT, RI), (PREV, A)])
    + grades(MET, P2122, [(RESP, I)])
    + grades(ESS, P2325, [(PREV, O), (RESP, G)]),
    people=[person("Julian Ashcombe", "chief-constable", MET,
                   "Commissioner of Police of the Metropolis")],
    notes=[
        "Genre: an MP's newsletter; press-release is the nearest genre.",
        "Met 2023-25: prose ('inadequate at responding to the public', 'now adequate at "
        "preventing crime') and the card's bullet list. 2021/22: 'the Met\u2019s response to the "
        "public was also graded inadequate'.",
        "Essex: 'graded outstanding at preventing crime and good at responding to the public in "
        "the same round of inspections' -> 2023-25.",
        "Rhetorical 'Is it good enough ...?' and 'a good team on the ground' are distractors, as "
        "are the grade-scale line, the 13,000 target, the unnamed Deputy Mayor and Chief "
        "Superintendent, the consultation date and the cookie notice.",
        "People: 'the Commissioner of Police of the Metropolis, Sir Julian Ashcombe' is the Met's "
        "chief officer (role chief-constable, 'Sir' dropped). The title comes before the name; "
        "it names no place beyond the office itself, so it is kept in full.",
    ]))

# kx09 -- early day motion (TXT, cp1252, CRLF) ---------------------------------------------
GOLDS.append(gold(
    "kx09.txt", "national-release", [WYP], [HF],
    [insp(WYP, P2325), insp(WYP, P2122)],
    grades(WYP, P2325, [(CDI, O), (INV, G), (RESP, G), (PREV, G), (MOS, G), (PVP, A)])
    + grades(WYP, P2122, [(INV, A)]),
    encoding="cp1252",
    notes=[
        "Genre: an early day motion; national-release is the nearest genre. Encoding cp1252 "
        "with CRLF line endings, curly quotes and en dashes.",
        "The motion is one long sentence: outstanding for crime data integrity; good at "
        "investigating crime ('rated only adequate in the 2021/22 inspection'), responding, "
        "preventing and managing offenders and suspects.",
        "The amendment adds 'judged the force only adequate, and not good, at protecting "
        "vulnerable people' -> Adequate; 'and not good' denies a grade and gives nothing.",
        "Not facts: sponsors and signatories; 'no cause of concern'; 'four areas for "
        "improvement' (count); 'a good police service'; the 13,000 target; 'Signatures: 14'.",
    ]))

# kx10 -- community safety partnership plan appendix (PDF) ---------------------------------
GOLDS.append(gold(
    "kx10.pdf", "response-record", [ESS], [HF],
    [insp(ESS, P2325)],
    grades(ESS, P2325, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G),
                        (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(ESS, P2325, INV, ESS_AFI_INV, False),
        stmt(ESS, P2325, PREV,
             "The force should work with partners to improve how it evaluates its "
             "problem-solving activity, so that it knows which approaches reduce antisocial "
             "behaviour.", False),
    ],
    people=[person("Anthony Fairlie", "commissioner", ESS,
                   "Police, Fire and Crime Commissioner")],
    notes=[
        "Genre: an appendix to a community safety partnership plan that adopts two AFIs as "
        "partnership actions; response-record is the nearest genre (unsure).",
        "The table gives all nine 2023-25 grades; the prose repeats 'outstanding at preventing "
        "and deterring crime'. The fire and rescue service's grades in the note under the table "
        "are distractors, as is the grade-scale line.",
        "The two AFIs sit in the 'Area for improvement (HMICFRS wording)' column. The third "
        "column is the Partnership's own action, not the force's update, so has_force_update is "
        "false (unsure: a grader could read a partnership action as a response).",
        "Not facts: 'no cause of concern'; the national ASB recommendations addressed to all "
        "chief constables and the Home Office; the district counts; the unnamed District "
        "Commander and ACC; the Home Office targets; 'an adequate basis'.",
        "People: 'The Police, Fire and Crime Commissioner for Essex, Anthony Fairlie' is "
        "title-first, so the title is the office without the place words (corpus13 "
        "convention).",
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
