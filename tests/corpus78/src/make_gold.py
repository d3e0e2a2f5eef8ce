"""Write gold/lw01.json ... gold/lw10.json for corpus78 (format: shared/corpus/GOLD-FORMAT.md).

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
HMI_HER = "Her Majesty\u2019s Inspector of Constabulary"
HMI_HIS = "His Majesty\u2019s Inspector of Constabulary"


def insp(force, period, inspectorate=None, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None, genre="peel-report-2021", encoding="utf-8"):
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

# lw01 -- Norfolk, PEEL 2021/22, web page cut to three chapters (HTML) ---------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "lw01.html", [F, "Suffolk Constabulary"], [HF], [insp(F, P2122, HF)],
    grades(F, P2122, [(PREV, O), (PPT, G), (PVP, G), (MOS, G), (WORK, G), (RESP, A), (LFM, A),
                      (INV, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The constabulary should reduce the time people wait to have "
             "non-emergency calls answered, and the number of these calls that are abandoned."),
        stmt(F, P2122, INV, "The constabulary should make sure that supervisors review investigations "
             "at regular intervals and record clear direction for the investigating officer."),
        stmt(F, P2122, INV, "The constabulary should make sure that victims are updated throughout an "
             "investigation, in line with the Code of Practice for Victims of Crime."),
    ],
    people=[person("Jocelyn Ashworth-Reed", "inspector", HF, HMI_HER)],
    notes=[
        "The grades table has one column per grade with the areas listed inside the cells "
        "(<br>-separated), as the 2021/22 web reports do. 'Treatment of the public' -> "
        "treatment-of-public; 'Strategic planning, organisational management and value for money' "
        "-> leadership-management; 'Developing a positive workplace' -> workforce. The Inadequate "
        "column is empty (&nbsp;).",
        "'Important changes to PEEL' names all five grades: no judgement. The contents list names "
        "every area with no grade. Victim service is not graded.",
        "Suffolk Constabulary is named only as a collaboration partner: in forces, no inspection. "
        "Norfolk Fire and Rescue Service is not a police force. 'good practice' in the innovative "
        "practice box is a distractor; the unnamed assistant chief constable is not a person fact.",
        "Inspectorate: the page's footer '\u00a9 HMICFRS 2022' and its <title> name HMICFRS; the "
        "inspection is HMICFRS's own report. The HMI is titled 'Her Majesty\u2019s' (published July 2022).",
        "The three AFIs sit in boxes with no force update: has_force_update false.",
    ]))

# lw02 -- Merseyside, PEEL 2023-25, print view printed to PDF --------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "lw02.pdf", [F, "Lancashire Constabulary", "Cumbria Constabulary", "Cheshire Constabulary"], [HF],
    [insp(F, P2325, HF), insp(F, P2122, HF)],
    grades(F, P2325, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, RI), (MOS, G), (WORK, A),
                      (LFM, G)]) + grades(F, P2122, [(PVP, G)]),
    afis=[
        stmt(F, P2325, PVP, "The force should make sure that it uses Clare\u2019s Law disclosures in "
             "every case where the criteria are met, and that it makes disclosures promptly."),
        stmt(F, P2325, WORK, "The force should make sure that tutor constables have the experience, "
             "training and time they need to support student officers."),
    ],
    recs=[
        stmt(F, P2325, PVP, "By 31 May 2025, the force should make sure that it attends incidents "
             "involving vulnerable people within the times set out in its own policy, and that a "
             "supervisor reviews every delay."),
        stmt(F, P2325, PVP, "By 31 May 2025, the force should make sure that officers complete a risk "
             "assessment for every child present at a domestic abuse incident and share it with "
             "children\u2019s services without delay."),
    ],
    coc=[
        stmt(F, P2325, PVP, "The force doesn\u2019t always respond quickly enough to incidents involving "
             "vulnerable people, and it doesn\u2019t always assess the risk to children who are present "
             "at domestic abuse incidents."),
    ],
    people=[
        person("Lindsay Mortimer-Vance", "inspector", HF, HMI_HIS),
        person("Serena Kennedy", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "2023-25 grades come from the two-column Area | Grade table; the chapter labels repeat three "
        "of them. Serious and organised crime is explicitly not graded here.",
        "'When we last inspected the force, in 2021/22, we graded it as good in this area' (the area "
        "being how the force protects vulnerable people) gives a 2021/22 judgement and inspection.",
        "The cause of concern sits under 'Causes of concern' with no area heading; the HMI summary ties "
        "it to protecting vulnerable people, and the recommendations follow it, so all three take "
        "protecting-vulnerable.",
        "Lancashire, Cumbria and Cheshire are named only as forces the regional unit serves. "
        "Merseyside Fire & Rescue Service is not a force. 'good practice' is a distractor. Assistant "
        "Chief Constable Idris Kaye is not a person fact.",
    ]))

# lw03 -- South Wales, PEEL 2021/22, page copied into Word ------------------------------------
F = "South Wales Police"
GOLDS.append(gold(
    "lw03.docx", [F, "Gwent Police", "Dyfed-Powys Police"], [], [insp(F, P2122)],
    grades(F, P2122, [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (CDI, G), (INV, A), (PVP, A),
                      (LFM, A), (RESP, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers 999 calls promptly, and that it "
             "understands why so many 101 calls are abandoned."),
        stmt(F, P2122, RESP, "The force should make sure that call handlers use THRIVE consistently to "
             "assess risk, and that they record the result on every incident."),
        stmt(F, P2122, CDI, "The force should improve how it records reports of anti-social behaviour, "
             "so that it correctly identifies those that are crimes."),
    ],
    people=[person("Tegwen Aldous-Price", "inspector", HF, HMI_HER)],
    notes=[
        "The Word body never names the inspectorate (the header line 'Copied from "
        "justiceinspectorates.gov.uk' is a page header, outside the gold); an HMI's personal title does "
        "not count, so inspectorates is empty and the inspection's inspectorate is null. The HMI's "
        "organisation is still HMICFRS (a 2021/22 HMI).",
        "Grades table: five grade columns, each cell holding its areas as separate paragraphs. "
        "'Recording data about crime' -> crime-recording; 'Managing offenders' -> managing-offenders.",
        "The 2019 crime data integrity inspection has no grade and no PEEL period: nothing. Gwent Police "
        "and Dyfed-Powys Police are named only as partners. The named Assistant Chief Constable is not a "
        "person fact.",
    ]))

# lw04 -- Lincolnshire, PEEL 2023-25, page saved as text ------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "lw04.txt", [F, "Leicestershire Police", "Nottinghamshire Police", "Derbyshire Constabulary"], [HF],
    [insp(F, P2325, HF), insp(F, P2122, HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G),
                      (LFM, RI)]) + grades(F, P2122, [(RESP, I)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it attends incidents within the times set "
             "out in its own response policy, and that it tells callers if attendance will be delayed."),
        stmt(F, P2325, RESP, "The force should improve how it identifies repeat and vulnerable callers "
             "when they first contact the force."),
        stmt(F, P2325, LFM, "The force should develop a clear, costed plan for how it will provide the "
             "services now covered by its outsourcing contract once the contract ends."),
        stmt(F, P2325, LFM, "The force should improve its understanding of current and future demand, "
             "and use it to plan its workforce."),
    ],
    people=[person("Michelle Okonjo-Harte", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "The Area | Grade table is flattened: each area on one line, its grade on the next after a tab.",
        "'Understanding the grades' defines all five grades: no judgement.",
        "'In 2021/22, we graded the force as inadequate for responding to the public' gives a 2021/22 "
        "judgement and inspection.",
        "Leicestershire, Nottinghamshire and Derbyshire are named only as regional partners. "
        "'Promising practice' is a distractor.",
        "The HMI title keeps the straight apostrophe of the saved text.",
    ]))

# lw05 -- Thames Valley, PEEL 2023-25, one chapter saved from the web (HTML) -------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "lw05.html", [F, "Hampshire Constabulary"], [HF], [insp(F, P2325, HF), insp(F, P2122, HF)],
    grades(F, P2325, [(INV, A)]) + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that it records the victim\u2019s wishes when a "
             "victim withdraws support for an investigation, and that it considers whether to continue "
             "with an evidence-led prosecution."),
        stmt(F, P2325, INV, "The force should make sure that supervisors have the time and training to "
             "review investigations regularly, and that they record their direction."),
    ],
    notes=[
        "Only the investigating crime chapter was saved; its grade is a bare label ('Adequate'). The "
        "side contents list names the other areas with no grade.",
        "'In our 2021/22 PEEL inspection, we graded the force as requires improvement in this area' "
        "gives a 2021/22 investigating-crime judgement. The two 2021/22 areas for improvement are only "
        "counted, not quoted: nothing.",
        "Hampshire Constabulary is named as 'Hampshire and Isle of Wight Constabulary' (an alias), as a "
        "partner only. 'good practice' is a distractor. The Police and Crime Commissioner is unnamed.",
    ]))

# lw06 -- Cumbria, PEEL 2021/22, the published PDF --------------------------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "lw06.pdf", [F, "Lancashire Constabulary"], [HF], [insp(F, P2122, HF)],
    grades(F, P2122, [(PREV, G), (WORK, G), (PPT, A), (RESP, A), (MOS, A), (LFM, A), (PVP, RI),
                      (INV, I)]),
    afis=[
        stmt(F, P2122, PVP, "The constabulary should make sure it uses all available powers to protect "
             "victims of domestic abuse, including domestic violence protection notices and orders."),
        stmt(F, P2122, PVP, "The constabulary should improve how it shares information with partners "
             "about children who come to its notice."),
        stmt(F, P2122, LFM, "The constabulary should make sure it has a full understanding of the skills "
             "of its workforce, so that it can plan to meet future demand."),
    ],
    recs=[
        stmt(F, P2122, INV, "Within six months, the constabulary should: make sure that investigations "
             "are allocated to officers with the right skills and experience; make sure that supervisors "
             "review investigations regularly and set clear actions; and make sure that it records the "
             "reason for every outcome it assigns to a crime."),
    ],
    coc=[
        stmt(F, P2122, INV, "Cumbria Constabulary isn\u2019t investigating crime effectively enough, and "
             "too many victims aren\u2019t getting the outcome they should."),
    ],
    people=[person("Callum Ridley-Foster", "inspector", HF, HMI_HIS)],
    notes=[
        "Grades table: five grade columns with the areas inside the cells; in the PDF text the wrapped "
        "cells interleave. 'Engaging with and treating the public with fairness and respect' -> "
        "treatment-of-public; 'Good use of resources' -> leadership-management (its 'Good' is part of "
        "the name, and 'making good use of its resources' is not a grade).",
        "Recommendations: one lead-in ('Within six months, the constabulary should:') with three "
        "fragment bullets. GOLD-FORMAT's convention makes a lead-in plus its bullets ONE statement, so "
        "this is one recommendation, although a reader may count three. The cause of concern and "
        "recommendation sit under the 'Investigating crime' heading of 'Causes of concern'.",
        "Lancashire Constabulary is named only as a neighbour. Cumbria Fire and Rescue Service is not a "
        "force. The unnamed assistant chief constable is not a person fact. The cover and the contents "
        "give no grades.",
    ]))

# lw07 -- Gwent, PEEL 2023-25, one chapter copied into Word ----------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "lw07.docx", [F], [], [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PVP, RI)]) + grades(F, P2122, [(PVP, A)]),
    afis=[
        stmt(F, P2325, PVP, "The force should make sure that it considers a domestic abuse protection "
             "notice in every suitable case, and that it monitors compliance with the orders it obtains."),
    ],
    recs=[
        stmt(F, P2325, PVP, "By 31 October 2025, the force should make sure that officers complete a "
             "domestic abuse risk assessment at every incident they attend, and that supervisors check "
             "its quality."),
        stmt(F, P2325, PVP, "By 31 October 2025, the force should make sure that high-risk cases are "
             "referred to the multi-agency risk assessment conference without delay."),
    ],
    coc=[
        stmt(F, P2325, PVP, "Gwent Police doesn\u2019t always identify and manage the risk to victims of "
             "domestic abuse when it first attends an incident, and it doesn\u2019t always take "
             "safeguarding action quickly enough."),
    ],
    people=[person("Mark Hobrough", "chief-constable", F, "Chief Constable")],
    notes=[
        "A single chapter. The boxed cause of concern and AFI are one-cell Word tables whose first "
        "paragraph is the bold label; the statement is the second paragraph.",
        "'In 2021/22 we graded the force adequate in this area' gives a 2021/22 judgement.",
        "The body never names the inspectorate (the 'Heddlu Gwent Police' line is the Word header, "
        "outside the gold), so inspectorates is empty and the inspections' inspectorate null.",
        "South Wales Fire and Rescue Service is a fire service: South Wales Police is not named and not "
        "in forces. Detective Chief Superintendent Anwen Pryce is not a person fact (not a chief "
        "officer). 'good practice' and 'good arrangements' are distractors.",
    ]))

# lw08 -- Hertfordshire, PEEL 2021/22, page clipped to Markdown ------------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "lw08.md", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF], [insp(F, P2122, HF)],
    grades(F, P2122, [(PREV, O), (PPT, G), (RESP, G), (INV, G), (PVP, G), (WORK, G), (LFM, G),
                      (MOS, A)]),
    afis=[
        stmt(F, P2122, MOS, "The constabulary should make sure that it carries out visits to registered "
             "sex offenders at the frequency set by their risk level."),
        stmt(F, P2122, MOS, "The constabulary should reduce the number of wanted persons and make sure "
             "that outstanding suspects are arrested promptly."),
    ],
    people=[person("Eleanor Whitcombe-Hale", "inspector", HF, HMI_HER)],
    notes=[
        "The Markdown pipe table keeps the five grade columns; six rows list the Good areas one per row, "
        "with the other cells empty. 'Good use of resources' (Good column) -> leadership-management.",
        "The AFIs are list items inside a '>' blockquote, which check_gold does not strip; the text is "
        "the item after '> - '.",
        "Bedfordshire Police and Cambridgeshire Constabulary are alliance partners named in passing. "
        "Hertfordshire Fire and Rescue Service is not a force. The front matter's 'clipped' date is not a "
        "period.",
    ]))

# lw09 -- Derbyshire, PEEL 2023-25, print view saved as text --------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "lw09.txt", [F, "Nottinghamshire Police"], [HF], [insp(F, P2325, HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, I), (INV, A), (PVP, G), (MOS, O), (WORK, G),
                      (LFM, A)]),
    recs=[
        stmt(F, P2325, RESP, "By 31 July 2025, the force should make sure that it answers at least 90 "
             "percent of 999 calls within ten seconds."),
        stmt(F, P2325, RESP, "By 31 July 2025, the force should reduce the number of 101 calls that are "
             "abandoned, and offer callers a safe alternative such as a call-back or online reporting."),
        stmt(F, P2325, RESP, "By 31 October 2025, the force should make sure that it attends emergency "
             "and priority incidents within the times set out in its response policy."),
    ],
    coc=[
        stmt(F, P2325, RESP, "Derbyshire Constabulary isn\u2019t answering emergency and non-emergency "
             "calls quickly enough, and it isn\u2019t attending incidents within its own target times. "
             "This means that people who need help are at risk."),
    ],
    people=[person("Wendell Ashby-Crane", "inspector", HF, HMI_HIS)],
    notes=[
        "Grades in a tab-separated Area/Grade table. 'manages offenders and suspects outstandingly well' "
        "repeats the table's Outstanding.",
        "'we found 4 areas for improvement' is a count; the AFIs themselves are in chapters not copied: "
        "no AFI facts.",
        "The cause of concern is two sentences under one label; both are the statement. It sits under "
        "the 'Responding to the public' heading, as do its three recommendations.",
        "Nottinghamshire Police is named only as a source of advice. The inspectorate is named by the "
        "URL line (hmicfrs.justiceinspectorates.gov.uk) and '\u00a9 HMICFRS 2025'.",
    ]))

# lw10 -- West Mercia, PEEL 2023-25, web report cut (HTML) ----------------------------------
F = "West Mercia Police"
GOLDS.append(gold(
    "lw10.html", [F, "Warwickshire Police", "West Midlands Police", "Dyfed-Powys Police",
                  "Gloucestershire Constabulary"], [HF],
    [insp(F, P2325, HF), insp(F, P2122, HF)],
    grades(F, P2325, [(PPT, G), (PREV, A), (RESP, G), (INV, RI), (PVP, A), (MOS, A), (WORK, O),
                      (LFM, G)]) + grades(F, P2122, [(LFM, RI)]),
    afis=[
        stmt(F, P2325, WORK, "The force should make sure that the workload of its detective sergeants is "
             "manageable, so that they have time to support newly qualified detectives."),
        stmt(F, P2325, LFM, "The force should make sure that its new crime management system is fully "
             "tested before it goes live, and that it has a plan to manage any backlog this causes."),
    ],
    people=[
        person("Rosalind Tetley", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Richard Cooper", "chief-constable", F, "Chief Constable"),
        person("Neville Ostrander", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("John Campion", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades are coloured chips in a two-column table (area in <th>). The small print under the table "
        "lists all five grades: no judgement.",
        "'In 2021/22, we found that it required improvement in making good use of its resources' gives a "
        "2021/22 leadership-management judgement ('good use of resources' is the 2021/22 area name).",
        "'two areas for improvement in that area' (investigating crime) is a count whose chapter is not "
        "in this copy: nothing. 'a good practice guide' and 'a good record' are distractors.",
        "Warwickshire (former alliance), West Midlands, Dyfed-Powys and Gloucestershire are named only "
        "in passing. The named Assistant Chief Constable is not a person fact. The HMI's name comes "
        "first, with the title after a comma.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
