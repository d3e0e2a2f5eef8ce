"""Write gold/ln01.json ... gold/ln10.json for corpus69 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P, P21 = "2023-25", "2021/22"
HF = "HMICFRS"
GENRE = "peel-report-2021"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
SOC, VIC = "serious-organised-crime", "victim-service"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

DC, DO, TV, HA = ("Devon and Cornwall Police", "Dorset Police", "Thames Valley Police",
                  "Hampshire Constabulary")

# One set of invented 2023-25 grades per force, used wherever the force is graded.
GRADES = {
    DC: [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (SOC, A), (WORK, A), (LFM, RI)],
    DO: [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G), (SOC, G), (WORK, G), (LFM, G)],
    TV: [(PPT, A), (PREV, A), (RESP, RI), (INV, I), (PVP, RI), (MOS, A), (SOC, G), (WORK, A), (LFM, RI)],
    HA: [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (SOC, G), (WORK, G), (LFM, A)],
}


def insp(force, period=P, inspectorate=HF):
    return {"force": force, "period": period, "pillar": "PEEL", "inspectorate": inspectorate}


def jd(force, q, grade=None, period=P):
    if grade is None:
        grade = dict(GRADES[force])[q]
    return {"force": force, "period": period, "pillar": "PEEL", "question": q, "grade": grade}


def all_grades(force):
    return [jd(force, q, g) for q, g in GRADES[force]]


def stmt(force, q, text, update=False, period=P):
    return {"force": force, "period": period, "pillar": "PEEL", "question": q,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, forces, inspections, judgements=(), afis=(), recs=(), coc=(), people=(),
         encoding="utf-8", also=None, notes=None, inspectorates=(HF,)):
    g = {"document": document, "genre": GENRE, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


# Shared statements -----------------------------------------------------------------------
DC_INV_AFIS = [
    stmt(DC, INV, "The force should make sure that investigations are reviewed by a supervisor at "
         "regular intervals, and that each review sets clear actions that are then completed."),
    stmt(DC, INV, "The force should improve how it records the reasons a victim withdraws support for "
         "a prosecution, and consider whether an evidence-led prosecution is possible in each case."),
    stmt(DC, INV, "The force should reduce the time it takes to examine digital devices seized in "
         "investigations, so that: investigations are not delayed while devices wait to be examined; "
         "and victims who hand over their own phones get them back quickly."),
]
TV_COC = [stmt(TV, INV, "Thames Valley Police doesn\u2019t make sure that crimes are investigated "
               "promptly and to a good standard, or that victims receive an appropriate outcome.")]
TV_RECS = [
    stmt(TV, INV, "Within six months, the force should make sure that every investigation is allocated "
         "to an officer or member of staff with the skills, accreditation and capacity to carry it out."),
    stmt(TV, INV, "Within six months, the force should introduce effective supervision of "
         "investigations, so that supervisors set and review investigation plans and record their "
         "oversight on the crime record."),
    stmt(TV, INV, "Within six months, the force should make sure that it records, and acts on, the "
         "wishes of victims when deciding the outcome of a crime, and that it complies with the Code "
         "of Practice for Victims of Crime when doing so."),
]

GOLDS = []

# ln01 -- D&C contents page (HTML) ---------------------------------------------------------
GOLDS.append(gold(
    "ln01.html", [DC, DO], [insp(DC)], all_grades(DC),
    people=[person("Marguerite Ashcombe", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "Contents list with a grade badge after each area link: nine 2023-25 judgements. "
        "'Providing a service to victims of crime' has a 'Not graded' badge: no judgement. "
        "'Causes of concern: None identified' gives nothing.",
        "The 'How we grade forces' key lists all five grades: no judgement. 'Managing offenders "
        "and suspects' -> managing-offenders; 'Building, supporting and protecting the workforce' "
        "-> workforce.",
        "Related reports: PEEL 2021/22 for Devon and Cornwall (no grade, so no 2021/22 inspection) "
        "and Dorset Police's 2023-25 report (named in passing: forces only). The fire and rescue "
        "service report is not a police force.",
        "The HMI is named title-first: title 'His Majesty\u2019s Inspector of Constabulary' with the "
        "curly apostrophe of the page.",
    ]))

# ln02 -- D&C investigating crime, browser print (PDF) ---------------------------------------
GOLDS.append(gold(
    "ln02.pdf", [DC, DO], [insp(DC)], [jd(DC, INV)], afis=DC_INV_AFIS,
    notes=[
        "Chapter page printed from Chromium: the print header (date, page title) and footer (URL, "
        "'1/2') are on every page. The grade box 'GRADE / Requires improvement' and the sentence "
        "'requires improvement in how it investigates crime' give one judgement.",
        "The 'In this report' navigation lists every area with no grades. 'Previous: Responding to "
        "the public / Next: Protecting vulnerable people' are links, not facts.",
        "AFI 3 is a lead-in ending 'so that:' with two bullets, joined into one statement. 'What we "
        "found' is the inspectorate's evidence, not a force update, so has_force_update is false.",
        "'Innovative practice' box says 'good practice': no fact. Dorset Police appears only in the "
        "related reports line.",
    ]))

# ln03 -- D&C investigating crime pasted into Word (DOCX) -----------------------------------
GOLDS.append(gold(
    "ln03.docx", [DC, DO, HA, TV], [insp(DC), insp(DO)], [jd(DC, INV), jd(DO, INV)],
    afis=DC_INV_AFIS,
    notes=[
        "The same chapter as ln02, pasted into a Word board paper. The grade box is a one-cell "
        "shaded table. AFI 3's bullets are Word 'List Bullet' paragraphs; joined to the lead-in.",
        "The analyst's commentary gives Dorset Police's 2023-25 investigating crime grade "
        "('graded adequate for investigating crime in its own PEEL 2023-25 report'): a judgement "
        "and an inspection for Dorset. Hampshire and Thames Valley are named with no grade.",
        "The owners table (Head of Crime etc.) is the force's plan, not an update on progress; "
        "has_force_update stays false. Unsure: a grader could read proposed owners and target "
        "dates as a force response.",
        "The Word header 'OFFICIAL' and footer are not body text. The document never names the "
        "force outside the pasted title 'PEEL 2023-25: An inspection of Devon and Cornwall Police' "
        "and the summary sentence.",
    ]))

# ln04 -- TVP causes of concern page (HTML) -------------------------------------------------
GOLDS.append(gold(
    "ln04.html", [TV, HA], [insp(TV)], [jd(TV, INV)], recs=TV_RECS, coc=TV_COC,
    people=[person("Callum Ormerod", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "'an area we have graded as inadequate' refers back to 'how the force investigates crime': "
        "investigating-crime Inadequate. The cause of concern and its three recommendations sit "
        "under the 'Investigating crime' heading.",
        "The national recommendation from the 2024 investigation standards report is addressed to "
        "all chief constables and the page says it isn't specific to the force: not a fact.",
        "Side navigation lists every chapter without grades; the grading scale in the details "
        "element gives nothing. Hampshire appears in related content as 'Hampshire and Isle of "
        "Wight Constabulary' (canonical Hampshire Constabulary), no grade. The PEEL 2021/22 related "
        "report gives no grade.",
        "The chief constable and the police and crime commissioner are unnamed.",
    ]))

# ln05 -- TVP victims and responding pasted into an OPCC scrutiny pack (DOCX) --------------
GOLDS.append(gold(
    "ln05.docx", [TV, HA], [insp(TV)], [jd(TV, RESP)],
    afis=[
        stmt(TV, VIC, "The force should make sure that it carries out a needs assessment for every "
             "victim when a crime is recorded, and reviews that assessment as the investigation "
             "progresses."),
        stmt(TV, VIC, "The force should make sure that victims are told when their case is closed "
             "and are given the reason for the outcome."),
        stmt(TV, RESP, "The force should make sure it answers non-emergency calls promptly and "
             "reduces the number of calls that are abandoned."),
        stmt(TV, RESP, "The force should make sure that call handlers use a structured risk "
             "assessment for every call and record their rationale on the incident log."),
    ],
    notes=[
        "Victim service chapter: grade box 'NOT GRADED / This area is not graded' gives no "
        "judgement, but its two AFIs are facts with question victim-service.",
        "Responding to the public: grade box 'Requires improvement' plus the summary sentence.",
        "Each AFI is followed by 'Why this is an area for improvement' (inspectorate's evidence, "
        "not a force update). The OPCC's note about questions in annex B is not a force update.",
        "'Good practice' box and the grade key table (five grades in one row) are distractors. "
        "Hampshire Constabulary is named only in a call-answering comparison.",
        "The Commissioner and the Chief Constable are unnamed.",
    ]))

# ln06 -- Dorset leadership page, browser print (PDF) --------------------------------------
GOLDS.append(gold(
    "ln06.pdf", [DO, DC, HA], [insp(DO), insp(DO, P21)], [jd(DO, LFM), jd(DO, LFM, G, P21)],
    afis=[stmt(DO, LFM, "The force should make sure that its workforce plan takes account of the "
               "skills it will need to investigate online and digital crime over the next three years.")],
    people=[person("Joel Haverstock", "chief-constable", DO, "Chief Constable")],
    notes=[
        "Grade pill 'Good' and 'Dorset Police is good at leadership and force management'.",
        "'Our 2021/22 inspection graded Dorset Police as good at making good use of its "
        "resources' gives a 2021/22 judgement: the 2021/22 area 'making good use of resources' "
        "maps to leadership-management (corpus README convention). The second 'good' in the "
        "phrase is part of the area name.",
        "Assistant Chief Constable Imogen Sallis is not a person fact; the deputy chief "
        "constable is unnamed. The 'Good practice' box, 'making good use of automation' and the "
        "comparison table of similar forces (Devon and Cornwall, Hampshire: no grades) are "
        "distractors. Devon and Cornwall is also the strategic alliance partner.",
        "The Dorset & Wiltshire Fire and Rescue Service related report is not a police force.",
    ]))

# ln07 -- Hampshire HMI's overall summary (TXT, CRLF) ----------------------------------------
GOLDS.append(gold(
    "ln07.txt", [HA, TV], [insp(HA), insp(HA, P21)], all_grades(HA) + [jd(HA, RESP, RI, P21)],
    people=[
        person("Gareth Llewellyn-Moss", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Rhodri Aldous", "chief-constable", HA, "Chief Constable"),
        person("Maria Okafor-Lane", "chief-constable", HA, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "'Hampshire and Isle of Wight Constabulary' and 'Hampshire & Isle of Wight' are aliases "
        "of Hampshire Constabulary.",
        "Grades are group headings (Good / Adequate / Requires improvement) with the areas "
        "indented under them: nine 2023-25 judgements.",
        "'When we last inspected it, in 2021/22, we graded it as requires improvement at "
        "responding to the public' gives a 2021/22 judgement and inspection.",
        "The HMI signs name-then-title on two lines. The Chief Constable and the Deputy Chief "
        "Constable are named title-first. The police and crime commissioner is unnamed.",
        "'three areas for improvement for investigations' is a count with no text. Thames Valley "
        "Police is a partner in the joint operations unit, no grade. The fire and rescue service "
        "related report is a distractor.",
    ]))

# ln08 -- Hampshire responding to the public (Markdown, cp1252) -----------------------------
GOLDS.append(gold(
    "ln08.md", [HA, TV], [insp(HA), insp(HA, P21)], [jd(HA, RESP), jd(HA, RESP, RI, P21)],
    encoding="cp1252",
    afis=[
        stmt(HA, RESP, "The constabulary should make sure that, when an attendance is delayed, it "
             "updates the caller and reassesses the risk."),
        stmt(HA, RESP, "The constabulary should make sure that it meets its own target times for "
             "attending priority incidents in the Isle of Wight and the New Forest."),
    ],
    notes=[
        "Markdown scraped from the chapter page, saved in windows-1252. The grade appears as an "
        "image's alt text ('Grade: Adequate'), as a bold line and in the summary sentence.",
        "'an improvement on our 2021/22 inspection, when the constabulary's response to the "
        "public required improvement' states the 2021/22 grade in words (verb form of 'requires "
        "improvement'): a 2021/22 judgement. Consistent with ln07.",
        "The grading scale blockquote and the 'Innovative practice' blockquote are distractors. "
        "Thames Valley Police is named in a comparison, no grade.",
    ]))

# ln09 -- TVP investigating crime, Firefox-style print (PDF) --------------------------------
GOLDS.append(gold(
    "ln09.pdf", [TV, HA], [insp(TV)], [jd(TV, INV)],
    afis=[stmt(TV, INV, "The force should make sure that officers consider all available evidence, "
               "including CCTV and enquiries with neighbours, at the first opportunity.")],
    recs=TV_RECS, coc=TV_COC,
    notes=[
        "Same cause of concern and recommendations as ln04, here inside the chapter: the "
        "recommendations are numbered '1.' '2.' '3.' paragraphs.",
        "Grade box 'Our judgement / Inadequate'. The footer line of grade words and 'good "
        "practice' / 'good standard' are distractors. Hampshire Constabulary is a row in a "
        "comparison table, no grade.",
    ]))

# ln10 -- Dorset preventing crime + About the data pasted into an OPCC research note (DOCX) -
GOLDS.append(gold(
    "ln10.docx", [DO, DC, HA, TV], [insp(DO)], [jd(DO, PREV)],
    notes=[
        "Grade box 'Outstanding' and the summary sentence: preventing-crime Outstanding. The "
        "OPCC comment 'the only outstanding grade in Dorset's report' repeats it.",
        "'No areas for improvement were raised in this chapter.' No statements.",
        "'About the data' names all four forces in a most-similar-group table with no grades; "
        "'an adequate supply' is a distractor. The 2025/26 funding year is not a period.",
        "The Word header and footer are not body text.",
    ]))


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
