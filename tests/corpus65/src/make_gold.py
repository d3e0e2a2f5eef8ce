"""Write gold/lj01.json ... gold/lj10.json for corpus65 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only (facts.py holds the statement texts shared with the builders):
    python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from facts import *  # noqa: E402,F401

GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI = "Good", "Adequate", "Requires improvement"
HC, SP, EP, KP = "Hampshire Constabulary", "Sussex Police", "Essex Police", "Kent Police"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update, pillar="PEEL"):
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
PELLOW = person("Gareth Pellow", "chief-constable", HC, "Chief Constable")
THORN = person("Melanie Thorncroft", "commissioner", HC,
               "Police and Crime Commissioner for Hampshire and the Isle of Wight")
FERRABY = person("Jonathan Ferraby", "chief-constable", KP, "Chief Constable")
VALANCE = person("Priya Valance", "commissioner", KP, "Police and Crime Commissioner")

# lj01 -- CSV export of a recommendations monitoring system (Hampshire) ----------------
GOLDS.append(gold(
    "lj01.csv", "response-record", [HC], [HF], [insp(HC, P2122), insp(HC, P2325)],
    afis=[stmt(HC, P2122, RESP, H_AFI21, True), stmt(HC, P2325, RESP, H_A1, True),
          stmt(HC, P2325, PVP, H_A2, True), stmt(HC, P2325, WORK, H_A3, False)],
    recs=[stmt(HC, P2122, INV, H_REC21A, True), stmt(HC, P2122, INV, H_REC21B, True)],
    coc=[stmt(HC, P2122, INV, H_COC21, True)],
    notes=[
        "The force is written 'Hampshire and Isle of Wight Constabulary' (an alias in forces.csv).",
        "Kind from the Type column; question from the Area column ('Building, supporting and "
        "protecting the workforce' -> workforce). Period from the Report column (PEEL 2021/22 or "
        "PEEL 2023-25), which also names HMICFRS.",
        "Rows of Type 'Action' (HIOW-21-R02-A3, HIOW-25-AFI01-A1, FORCE-24-07) are the force's "
        "own action titles, not the inspectorate's words. NAT-22-VET-R07 is a national "
        "thematic recommendation to all chief constables: not a PEEL fact.",
        "has_force_update: true where the 'Progress note' cell is filled. HIOW-25-AFI03's note is "
        "empty, so false. 'Last update' dates and 'Published' dates are not periods.",
        "The superseded 2021/22 AFI is still a fact of the document (its text is quoted).",
        "No grade appears, so there are no judgements. 'ACC Crime & Criminal Justice' is an "
        "unnamed role. CRLF row ends, LF inside quoted fields.",
    ]))

# lj02 -- Sussex improvement plan (DOCX, merged cells) ---------------------------------
GOLDS.append(gold(
    "lj02.docx", "response-record", [SP], [HF], [insp(SP, P2325)],
    grades(SP, P2325, [(RESP, G), (PVP, G), (INV, A)]),
    afis=[stmt(SP, P2325, INV, S_1, True), stmt(SP, P2325, INV, S_2, True),
          stmt(SP, P2325, PREV, S_3, True), stmt(SP, P2325, LFM, S_4, True)],
    people=[person("Imogen Trask", "chief-constable", SP, "Chief Constable"),
            person("Owain Bellamy", "chief-constable", SP, "Deputy Chief Constable", "deputy")],
    notes=[
        "The Ref and AFI cells are merged down over each AFI's action rows (vMerge), so each AFI "
        "is stated once. The question comes from the Ref cell ('SP-AFI-03 Preventing crime'; "
        "'Leadership and force management' -> leadership-management).",
        "has_force_update: every AFI has the force's actions and a 'Progress at 31 March 2026' "
        "cell in its rows (even 'Not started.' for action 3.2 sits beside a started action 3.1).",
        "Grades from the foreword: 'judged us to be good at responding to the public and good at "
        "protecting vulnerable people ... graded our investigation of crime as adequate'. The "
        "grade scale line and the RAG key give nothing.",
        "The signature 'Imogen Trask' / 'Chief Constable' is on two paragraphs; 'Deputy Chief "
        "Constable Owain Bellamy' is a DCC (qualifier deputy). The Word header 'OFFICIAL' and "
        "footer are not body text.",
    ]))

# lj03 -- Essex closure report to audit committee (PDF) --------------------------------
GOLDS.append(gold(
    "lj03.pdf", "response-record", [EP], [HF], [insp(EP, P2122), insp(EP, P2325)],
    grades(EP, P2325, [(INV, RI), (MOS, G)]),
    afis=[stmt(EP, P2122, PPT, E_1, True), stmt(EP, P2325, INV, E_2, True),
          stmt(EP, P2325, CDI, E_4, True)],
    people=[person("Ruth Halloway", "chief-constable", EP, "Deputy Chief Constable", "deputy"),
            person("Adrian Kessell", "commissioner", EP, "Police, Fire and Crime Commissioner")],
    notes=[
        "Each heading 'AFI yyyy-nn - PEEL period - area' gives kind, period and question "
        "('Police powers and public treatment' -> treatment-of-public; 'Crime data integrity' -> "
        "crime-recording). The quoted block is the statement; 'Rationale for closure' is the "
        "force's update.",
        "NAT 2022-07 is a national vetting recommendation made to all chief constables: left out. "
        "The open sex-offender AFI is only described, not quoted: nothing.",
        "Counts ('31 items', '22 of these are now closed') name no area: nothing. Meeting and "
        "closure dates are not periods.",
        "'The Police, Fire and Crime Commissioner, Adrian Kessell' is title-first: the office "
        "alone. 'good for managing offenders and suspects' -> managing-offenders Good.",
    ]))

# lj04 -- Kent internal-audit style follow-up tracker (DOCX) ---------------------------
GOLDS.append(gold(
    "lj04.docx", "response-record", [KP], [HF], [insp(KP, P1819), insp(KP, P2325)],
    afis=[stmt(KP, P1819, "fair-treatment-public", K_1819A, True),
          stmt(KP, P1819, "planning-future", K_1819B, True),
          stmt(KP, P2325, INV, K_A1, True)],
    people=[FERRABY],
    notes=[
        "Kind, period and section come from the Source cell ('HMICFRS PEEL 2018/19 (published "
        "2019), area for improvement - Legitimacy: fair treatment of the public'). 2018/19 is an "
        "integrated PEEL inspection, so pillar PEEL with the 2015-17 question keys, as in the "
        "development corpus's 2018/19 response records.",
        "The 'Agreed management action' cell is the force's update: true for all three.",
        "Internal audit findings (IA24-06, IA25-02) are the auditor's words, not the "
        "inspectorate's. P25-CoC1 has no text ('See separate cause of concern action plan.'): no "
        "statement. Counts of actions and target dates are not facts; 'Limited/Reasonable "
        "assurance' are audit opinions, not grades.",
        "'The Chief Constable, Jonathan Ferraby' -> title 'Chief Constable'. 'ACC Local Policing' "
        "is unnamed.",
    ]))

# lj05 -- Hampshire police and crime panel paper (PDF, landscape) ----------------------
GOLDS.append(gold(
    "lj05.pdf", "response-record", [HC], [HF], [insp(HC, P2122), insp(HC, P2325)],
    grades(HC, P2325, [(RESP, RI), (INV, A), (PVP, G)])
    + grades(HC, P2122, [(RESP, A), (INV, RI), (PVP, G)]),
    afis=[stmt(HC, P2325, RESP, H_A1, True), stmt(HC, P2325, PVP, H_A2, True),
          stmt(HC, P2325, WORK, H_A3, True), stmt(HC, P2122, RESP, H_AFI21, True)],
    recs=[stmt(HC, P2122, INV, H_REC21A, True), stmt(HC, P2122, INV, H_REC21B, True)],
    coc=[stmt(HC, P2122, INV, H_COC21, True)],
    people=[THORN, PELLOW],
    notes=[
        "Open/closed/superseded items are tables whose Type cell gives the kind ('AFI', 'Cause "
        "of concern', 'Recommendation'). The period is not in each row: open items are from the "
        "PEEL 2023-25 report (raised 09/05/2025, the publication date given in 1.2), closed and "
        "superseded items from 2021/22 (raised 14/10/2022; the superseded AFI was 'Replaced by "
        "25/01 when the PEEL 2023-25 report was published'; the closed items reference the 2024 "
        "revisit). Paragraph 1.1 says the items come from the last two PEEL inspections.",
        "has_force_update: every row has an 'Update from the constabulary' cell.",
        "The grades table has a 2021/22 column (six judgements in all). The fire and rescue "
        "service's 'graded adequate for preventing fires' is not a police grade.",
        "The PCC is name-first ('Melanie Thorncroft, Police and Crime Commissioner for Hampshire "
        "and the Isle of Wight'): title kept in full. The Chief Constable is title-first.",
    ]))

# lj06 -- Kent causes of concern action plan (DOCX) ------------------------------------
GOLDS.append(gold(
    "lj06.docx", "response-record", [KP], [HF], [insp(KP, P2325)],
    grades(KP, P2325, [(RESP, RI), (PVP, RI), (INV, A)]),
    recs=[stmt(KP, P2325, RESP, K_R1A, True), stmt(KP, P2325, RESP, K_R1B, True),
          stmt(KP, P2325, PVP, K_R2A, True), stmt(KP, P2325, PVP, K_R2B, True)],
    coc=[stmt(KP, P2325, RESP, K_COC1, True), stmt(KP, P2325, PVP, K_COC2, True)],
    people=[VALANCE, FERRABY],
    notes=[
        "Each cause of concern (Word 'Intense Quote') is followed by 'Overall position:' (the "
        "force's update), and its recommendations (Word 'Quote') by 'Our actions:' bullets and a "
        "'Status:' line. Actions are the force's words, not statements.",
        "The recommendations' question follows their cause of concern's heading.",
        "The national call-handling recommendation to all chief constables is only mentioned. "
        "Kent Fire and Rescue Service's 'graded good' is not a police grade. The Assistant Chief "
        "Constable is unnamed.",
        "'Police and Crime Commissioner Priya Valance' and 'the Chief Constable, Jonathan "
        "Ferraby' are title-first.",
    ]))

# lj07 -- Essex 'Our progress on HMICFRS recommendations' web page (HTML) ---------------
GOLDS.append(gold(
    "lj07.html", "response-record", [EP], [HF], [insp(EP, P2325), insp(EP, P2122)],
    grades(EP, P2325, [(MOS, G), (INV, RI)]),
    afis=[stmt(EP, P2325, INV, E_2, True), stmt(EP, P2325, MOS, E_3, True),
          stmt(EP, P2325, CDI, E_4, True), stmt(EP, P2122, PPT, E_1, True)],
    notes=[
        "Each accordion (<details>) has a summary with the force's own short title and status "
        "(not the statement), then 'Area for improvement - what HMICFRS said' with the quote, "
        "then 'What we have done' (force update). Question from the summary's area words "
        "('Stop and search' -> treatment-of-public; 'Crime data integrity' -> crime-recording).",
        "'58 recommendations and areas for improvement. 51 are now closed' names no area. The "
        "national vetting recommendation is paraphrased, addressed to all chief constables: "
        "nothing. Cookie notice date, page-updated date and copyright year are not periods.",
        "'good at managing offenders and suspects' -> managing-offenders Good; 'graded our "
        "investigation of crime as requires improvement' -> investigating-crime.",
    ]))

# lj08 -- Markdown changelog of a PCC's public tracker (Sussex) -------------------------
GOLDS.append(gold(
    "lj08.md", "response-record", [SP], [HF], [insp(SP, P2325), insp(SP, P2122)],
    grades(SP, P2325, [(RESP, G), (PVP, G), (INV, A)]),
    afis=[stmt(SP, P2325, INV, S_1, True), stmt(SP, P2325, INV, S_2, False),
          stmt(SP, P2325, PREV, S_3, True), stmt(SP, P2325, LFM, S_4, False),
          stmt(SP, P2122, PPT, S_21, True)],
    notes=[
        "The four 2023-25 AFIs are quoted once, under '[2025-06-30] Added', as nested list items "
        "with their IDs. Later entries ('Changed') give the force's progress by ID for SX-25-01 "
        "and SX-25-03 only, so those two are true and SX-25-02 and SX-25-04 false. Unsure: a "
        "grader could require the update to sit next to the quote.",
        "SX-21-06 is a 2021/22 AFI quoted in a blockquote, followed by the closure reason "
        "(force data and audit): true.",
        "Grades from the 'Grades table for PEEL 2023-25' line (bold grade words). Changelog dates "
        "are not periods. Action titles ('What-works library') are not statements.",
    ]))

# lj09 -- HMICFRS revisit letter (PDF) --------------------------------------------------
GOLDS.append(gold(
    "lj09.pdf", "peel-report-2021", [HC], [HF], [insp(HC, P2122)],
    grades(HC, P2122, [(INV, RI)]),
    recs=[stmt(HC, P2122, INV, H_REC21A, False), stmt(HC, P2122, INV, H_REC21B, False)],
    coc=[stmt(HC, P2122, INV, H_COC21, False)],
    people=[person("Lorna Wickstead", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            PELLOW, THORN],
    notes=[
        "An inspectorate letter discharging a 2021/22 cause of concern. No genre fits a revisit "
        "letter; peel-report-2021 is the closest (an HMICFRS document on a 2021/22 PEEL "
        "inspection). Unsure.",
        "has_force_update false: the letter is the inspectorate's own assessment of progress, "
        "not the force's update or response. Unsure: a grader could read the findings as an "
        "update.",
        "The 2023-25 inspection is only mentioned as 'our next PEEL inspection'; 'This letter "
        "does not change any grade'. The non-emergency call AFI is referred to, not quoted.",
        "Gareth Pellow is named in the address block ('Gareth Pellow / Chief Constable'); the HMI "
        "in the letterhead and the signature (curly apostrophe). The PCC is copied in, "
        "name-first with the full title.",
    ]))

# lj10 -- local news article (TXT, cp1252, CRLF) ----------------------------------------
GOLDS.append(gold(
    "lj10.txt", "press-release", [KP, EP], [HF], [insp(KP, P2325)],
    grades(KP, P2325, [(RESP, RI), (INV, A)]),
    coc=[stmt(KP, P2325, RESP, K_COC1, True)],
    people=[FERRABY, VALANCE],
    encoding="cp1252",
    notes=[
        "A local news story (no genre fits; press-release is the closest). cp1252 with CRLF, "
        "curly quotes and an en dash.",
        "The cause of concern is quoted inside curly quotes after 'It raised a cause of concern, "
        "in which the inspectorate's report said:'. The period is 2023-25: the report was "
        "published 'In March last year' (the story is dated February 2026) and lj06 agrees; the "
        "story itself does not name the period, which is a weak point.",
        "has_force_update true: the Chief Constable's account of progress on call answering "
        "follows.",
        "'9 of the 11 actions' and '14 of the 19 findings' are counts with no area. Essex Police "
        "is named in passing. Kent Fire and Rescue Service's 'graded good' is not a police "
        "grade. The reporter is not a person fact.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("wrote %d gold files" % len(GOLDS))
