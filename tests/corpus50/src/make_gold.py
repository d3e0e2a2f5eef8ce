"""Write gold/ku01.json ... gold/ku10.json for corpus50 (format: shared/corpus/GOLD-FORMAT.md).

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
ORDER = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI]

HAM, SUS, SUR, TVP = "Hampshire Constabulary", "Sussex Police", "Surrey Police", "Thames Valley Police"
BED, HER, CAM = "Bedfordshire Police", "Hertfordshire Constabulary", "Cambridgeshire Constabulary"
NOR, SUF, ESS, KEN = "Norfolk Constabulary", "Suffolk Constabulary", "Essex Police", "Kent Police"

# One set of invented 2023-25 grades per force, used wherever the force appears.
G2325 = {
    HAM: [G, G, A, RI, A, G, G, A, G],
    SUS: [A, G, RI, A, A, G, A, G, A],
    SUR: [G, O, G, A, G, A, G, G, G],
    TVP: [A, A, RI, RI, A, A, A, RI, G],
    BED: [G, G, G, A, G, A, G, A, RI],
    HER: [G, G, O, G, A, G, G, G, G],
    CAM: [A, G, A, RI, RI, A, A, A, G],
    NOR: [G, G, G, A, A, G, G, G, O],
    ESS: [G, G, A, A, G, G, A, G, G],
}


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all2325(force, skip=()):
    return grades(force, P2325, [(q, g) for q, g in zip(ORDER, G2325[force]) if q not in skip])


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


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


HAM_AFIS = [
    (INV, "The force should make sure supervisors review open investigations often enough to keep "
          "them moving, and record what they have checked."),
    (INV, "The force should improve how it gathers and keeps evidence when a victim does not support "
          "a prosecution, including: body-worn video footage; photographs of injuries; and statements "
          "from independent witnesses."),
    (RESP, "The force should reduce the time it takes to answer non-emergency calls on 101, "
           "particularly on Friday and Saturday evenings."),
    (LFM, "The force should have a clearer picture of how its estate and fleet will need to change to "
          "meet the demand it expects by 2027."),
]

GOLDS = []

# ku01 -- HMICFRS force page, Hampshire ---------------------------------------------------
GOLDS.append(gold(
    "ku01.html", "peel-report-2021", [HAM, SUS, SUR, TVP], [HF],
    [insp(HAM, P2325), insp(HAM, P2122)],
    all2325(HAM, skip=(CDI,)) + grades(HAM, P2122, [
        (PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]),
    afis=[stmt(HAM, P2325, q, t) for q, t in HAM_AFIS],
    people=[
        person("Imogen Radcliffe-Hart", "chief-constable", HAM, "Chief Constable"),
        person("Tobias Wrenfield", "commissioner", HAM, "Police and crime commissioner"),
        person("Lorcan Ashdown", "inspector", HF, "His Majesty's Inspector"),
    ],
    also={"judgements": grades(HAM, P2325, [(CDI, G)]),
          "forces": [BED, CAM, ESS, HER]},
    notes=[
        "The crime data integrity card shows only a coloured dot; its grade 'Good' is only in the "
        "aria-label and title attributes, so it is not visible text and is in also_acceptable only.",
        "The 2021/22 grades are in a <details> accordion that is closed by default. They are page "
        "content a reader opens with one click, so they are gold. 'Good use of resources' -> "
        "leadership-management (its 'Good' is part of the name, its grade is the dd 'Adequate'). "
        "'Developing a positive workplace' -> workforce; 'Recording data about crime' -> crime-recording.",
        "Distractors: the grade key, the mega-menu links named after areas, the fire and rescue "
        "service's grades under 'Other inspections', the 'Was this page useful? Good / Poor' form.",
        "The AFI with sub-bullets is one statement with the sub-bullets joined. 'no causes of concern'.",
        "Forces: Sussex, Surrey and Thames Valley are named in the 'Related forces' cards (forces, no "
        "inspection). Bedfordshire, Cambridgeshire, Essex and Hertfordshire appear only as bare "
        "mega-menu links: also_acceptable forces only.",
        "HMICFRS is named in the footer (and the title/logo alt). Genre: an HMICFRS force page "
        "summarising a PEEL 2023-25 report, closest to peel-report-2021.",
    ]))

# ku02 -- HMICFRS report web page, Sussex ------------------------------------------------
GOLDS.append(gold(
    "ku02.html", "peel-report-2021", [SUS, SUR], [HF],
    [insp(SUS, P2325)],
    all2325(SUS),
    afis=[
        stmt(SUS, P2325, PPT, "The force should improve how it records the reasons officers give for "
             "using force, so that supervisors can check each use is justified."),
        stmt(SUS, P2325, INV, "The force should make sure victims are told when their investigation is "
             "closed and why."),
        stmt(SUS, P2325, INV, "The force should make sure investigations are allocated to staff with the "
             "right skills, including: investigations involving stalking and harassment; investigations "
             "into crimes that take place online."),
        stmt(SUS, P2325, WORK, "The force should better understand why so many student officers leave in "
             "their first two years."),
    ],
    recs=[
        stmt(SUS, P2325, RESP, "Within six months, the force should: make sure it answers 90 percent of "
             "999 calls within ten seconds; reduce the number of 101 calls that are abandoned; and make "
             "sure that call handlers carry out and record a structured risk assessment when an "
             "attendance is delayed."),
    ],
    coc=[
        stmt(SUS, P2325, RESP, "Sussex Police doesn't answer emergency and non-emergency calls quickly "
             "enough, and it doesn't always assess the risk to callers who are waiting for officers to "
             "arrive."),
    ],
    people=[person("Lorcan Ashdown", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    also={"forces": [BED, CAM, ESS, HER, NOR, SUF, HAM, KEN, TVP]},
    notes=[
        "Grades are definition lists grouped by grade (dt = grade, dd = areas). 'No areas' under "
        "Outstanding and Inadequate gives nothing.",
        "The cause of concern, its recommendation and the AFIs sit in <details> elements closed by "
        "default (gold: one click shows them). The recommendation is a lead-in 'Within six months, "
        "the force should:' plus three bullets that are not sentences: one statement, joined.",
        "The national recommendation to all chief constables is not a Sussex recommendation.",
        "'good practice', 'How we grade (outstanding, good, ...)', the fire and rescue service "
        "'rated Good' in related publications and 'Is this page useful?' are distractors.",
        "Forces: Surrey Police is named in a related publication title. The other forces appear only "
        "in the mega-menu: also_acceptable forces.",
    ]))

# ku03 -- Surrey PCC WordPress page -----------------------------------------------------
GOLDS.append(gold(
    "ku03.html", "response-record", [SUR, SUS], [HF],
    [insp(SUR, P2325)],
    all2325(SUR),
    afis=[
        stmt(SUR, P2325, INV, "The force should make sure that investigation plans are recorded and "
             "updated as each investigation moves on.", True),
        stmt(SUR, P2325, INV, "The force should improve the quality of the files it sends to the Crown "
             "Prosecution Service, so fewer are returned for more work.", True),
        stmt(SUR, P2325, MOS, "The force should reduce the backlog of registered sex offender visits "
             "that are overdue.", False),
    ],
    people=[
        person("Rosalind Achterberg", "commissioner", SUR, "Police and Crime Commissioner for Surrey"),
        person("Desmond Kilbride", "chief-constable", SUR, "Chief Constable"),
        person("Nkechi Farraday", "chief-constable", SUR, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The grades table merges the Grade cell down over its areas with rowspan (Good over six "
        "rows, Adequate over two); each area is a <th scope=\"row\">. The colspan row 'No area was "
        "graded requires improvement or inadequate' gives nothing.",
        "AFI 3 has only a Commissioner's comment, which says the force's update will come later: "
        "has_force_update false. AFIs 1 and 2 have a 'Force response:'.",
        "WordPress widgets (latest news with a fire service 'graded good', 'Rate this page' Good/Poor, "
        "the 'good' tag link) are distractors. Sussex Police is named as a partner with no grade.",
    ]))

# ku04 -- Modern.gov-like panel agenda and minutes, Thames Valley (cp1252, CRLF) -----------
GOLDS.append(gold(
    "ku04.html", "response-record", [TVP, HAM], [HF],
    [insp(TVP, P2325), insp(TVP, P2122)],
    all2325(TVP) + grades(TVP, P2122, [(RESP, A)]),
    recs=[
        stmt(TVP, P2325, INV, "Within three months, the force should introduce a way of checking that "
             "each investigation has a plan that is reviewed by a supervisor.", True),
        stmt(TVP, P2325, INV, "Within six months, the force should make sure it meets its obligations "
             "to keep victims informed under the Code of Practice for Victims of Crime.", True),
    ],
    coc=[
        stmt(TVP, P2325, INV, "The force does not make sure that crimes are investigated promptly and "
             "to a consistent standard, and victims are too often not kept informed.", True),
    ],
    people=[
        person("Anselm Greaves", "commissioner", TVP, "Police and Crime Commissioner"),
        person("Orla Fenwick-Bray", "chief-constable", TVP, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "windows-1252 with CRLF line endings (en dashes, curly apostrophes and a pound sign).",
        "All nine 2023-25 grades are in the minutes' prose, three of them in one 'requires "
        "improvement for ..., for ... and for ...' sentence. The 2021/22 grade for responding is "
        "stated ('had been graded adequate').",
        "The cause of concern is a blockquote read out; its question comes from its content "
        "(investigations), as the minutes give no section heading. The Chief Constable's answer "
        "(improvement board, reviews, victim contact team) is the force's update for it and both "
        "recommendations.",
        "The fourteen AFIs are only counted. The attachment titles ('Grades by area good adequate') "
        "and 'Rate this page: good | average | poor' are distractors. Hampshire is a partner with "
        "no grade; 'other forces that had been graded good' names no force.",
    ]))

# ku05 -- Bedfordshire Police "Our performance" ---------------------------------------------
GOLDS.append(gold(
    "ku05.html", "press-release", [BED, CAM, HER], [HF],
    [insp(BED, P2325), insp(BED, P2122)],
    all2325(BED) + grades(BED, P2122, [(CDI, I)]),
    afis=[
        stmt(BED, P2325, INV, "The force should make sure that victims' wishes are recorded when an "
             "investigation is closed with no further action."),
        stmt(BED, P2325, INV, "The force should reduce the number of investigations each detective "
             "holds in its child abuse team."),
        stmt(BED, P2325, MOS, "The force should make sure it takes timely action when a registered sex "
             "offender breaches the terms of their notification requirements."),
        stmt(BED, P2325, LFM, "The force should evaluate the projects it funds to reduce demand, so that "
             "it knows which ones work."),
        stmt(BED, P2325, CDI, "The force should make sure crimes reported during incidents of domestic "
             "abuse are recorded within 24 hours."),
    ],
    people=[person("Ffion Marchetti", "chief-constable", BED, "Chief Constable")],
    also={"judgements": grades(BED, P2122, [(RESP, RI)])},
    notes=[
        "The SVG chart's bars carry the grades only in aria-label attributes; the visible grades are "
        "in the table version below it, which is the gold source.",
        "The 'Change since 2021/22' column shows icons; 'Up from requires improvement' for responding "
        "is only in a visually hidden span, so that 2021/22 grade is in also_acceptable only. 'Improved "
        "from inadequate in 2021/22' for crime data integrity is visible: gold.",
        "Each AFI starts with a bold area label ('Investigating crime.') that is not part of the "
        "statement; the label gives the question. No force update is given for any AFI.",
        "Distractors: 'rated us good or excellent' (survey), the fire service's 'graded adequate', "
        "menu links 'Investigating crime', cookie and accessibility notices, figure 2's percentages.",
        "Genre: a force's own web page about its inspection; press-release is the closest genre "
        "(unsure). Cambridgeshire and Hertfordshire are named as collaboration partners.",
    ]))

# ku06 -- HMICFRS regional results table -----------------------------------------------------
F6 = [BED, CAM, ESS, HER, NOR]
GOLDS.append(gold(
    "ku06.html", "national-release", F6 + [SUF], [HF],
    [insp(f, P2325) for f in F6] + [insp(HER, P2122)],
    sum((all2325(f) for f in F6), []) + grades(HER, P2122, [(RESP, G), (INV, A)]),
    also={"forces": [HAM, KEN, SUR, SUS, TVP]},
    notes=[
        "A table with a two-row header: 'Area graded' spans nine columns (colspan), whose headings "
        "are abbreviations (PPT, PREV, ...) with the full names only in <abbr title>; a visible "
        "'Key to column headings' list below gives the full names. 'Eastern' spans all rows (rowspan). "
        "Each force is a <th scope=\"row\">.",
        "Suffolk's row is one colspan cell 'Inspection under way': in forces, no inspection.",
        "Nested list 'Changes since PEEL 2021/22': Hertfordshire's 2021/22 responding (good) and "
        "investigating (adequate) grades are stated. Cambridgeshire's 'a lower grade than in "
        "2021/22' names no grade: nothing.",
        "The South East forces appear only in a link text under 'Other regions' (region navigation): "
        "also_acceptable forces. Hertfordshire Fire and Rescue Service's grade is a distractor.",
    ]))

# ku07 -- printed HMICFRS force page, Cambridgeshire (PDF) --------------------------------------
GOLDS.append(gold(
    "ku07.pdf", "peel-report-2021", [CAM, BED, HER], [HF],
    [insp(CAM, P2325)],
    all2325(CAM),
    afis=[
        stmt(CAM, P2325, INV, "The constabulary should make sure that supervisors give investigators "
             "clear direction and that this is recorded on the crime record."),
        stmt(CAM, P2325, INV, "The constabulary should make sure that it considers an evidence-led "
             "prosecution in every domestic abuse case where the victim withdraws their support."),
        stmt(CAM, P2325, PPT, "The constabulary should make sure officers use their body-worn video "
             "cameras during every stop and search encounter."),
    ],
    recs=[
        stmt(CAM, P2325, PVP, "By 30 June 2025, the constabulary should make sure that every report of a "
             "missing child is assessed for risk by a trained supervisor within one hour."),
        stmt(CAM, P2325, PVP, "By 30 September 2025, the constabulary should make sure that information "
             "about children at risk of exploitation is shared with partner agencies at the earliest "
             "opportunity."),
    ],
    coc=[
        stmt(CAM, P2325, PVP, "The constabulary is not identifying and responding to the risks faced by "
             "vulnerable people quickly enough, particularly children who go missing from home or care."),
    ],
    people=[
        person("Gareth Lindqvist", "chief-constable", CAM, "Chief Constable"),
        person("Priyanka Danvers-Holt", "commissioner", CAM, "Police and crime commissioner"),
        person("Bronwen Aldous", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "A browser print view: running 'Printed ...' line, URLs printed after links, page number and "
        "URL in the @page margin. Grade cards in a three-column grid, each grade under its area name; "
        "the names wrap inside the cards.",
        "Previous inspections (2021/22, 2018 crime data) are listed with no grade. The fire service's "
        "'graded good' is a separate inspection. 'Good / Poor' page rating and the grade key are "
        "distractors. Bedfordshire and Hertfordshire are in 'Related' with no grade.",
    ]))

# ku08 -- printed Norfolk PCC news page (PDF) ---------------------------------------------------
GOLDS.append(gold(
    "ku08.pdf", "press-release", [NOR, SUF], [HF],
    [insp(NOR, P2325)],
    all2325(NOR),
    afis=[
        stmt(NOR, P2325, None, "The force should make sure that it updates victims of crime in line with "
             "the Victims' Code, and records that it has done so."),
        stmt(NOR, P2325, None, "The force should make sure that its staff in the multi-agency "
             "safeguarding hub can manage the number of referrals they receive."),
        stmt(NOR, P2325, None, "The force should make sure that officers understand when to use "
             "protective orders in cases of domestic abuse."),
    ],
    people=[
        person("Giles Orme-Whitaker", "commissioner", NOR, "Police and Crime Commissioner"),
        person("Hollie Brandreth", "chief-constable", NOR, "Chief Constable"),
        person("Bronwen Aldous", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "A PCC news page printed from a browser, with the date/title line and URL line the browser "
        "prints, and a sidebar. All grades are in prose: 'good at treating the public fairly' -> "
        "treatment-of-public, 'at supporting its workforce' -> workforce; 'rated outstanding for the "
        "way it records crime' -> crime-recording.",
        "The AFIs follow 'The inspectors identified three areas for improvement:' with no area "
        "heading, so question is null (a reader might assign investigating/protecting by content).",
        "'Seven areas rated good or outstanding' is a count. Suffolk is a partner whose report is "
        "still to come. Fire service 'rated good', 'Rate this page' and 2025/26 budget are distractors.",
    ]))

# ku09 -- Essex Police page saved to Word -------------------------------------------------------
GOLDS.append(gold(
    "ku09.docx", "press-release", [ESS, KEN], [HF],
    [insp(ESS, P2325)],
    all2325(ESS),
    afis=[
        stmt(ESS, P2325, None, "The force should reduce the time that callers to 101 wait before their "
             "call is answered."),
        stmt(ESS, P2325, None, "The force should make sure that officers gather all available evidence at "
             "the first opportunity, including from house-to-house enquiries and CCTV."),
        stmt(ESS, P2325, None, "The force should make sure that supervisors review the workload of "
             "investigators regularly."),
        stmt(ESS, P2325, None, "The force should make sure that the wellbeing support it offers is known "
             "to, and used by, staff working from home."),
    ],
    people=[
        person("Benedict Okonkwo-Reyes", "chief-constable", ESS, "Chief Constable"),
        person("Sabine Trelawney", "commissioner", ESS, "Police, Fire and Crime Commissioner"),
    ],
    notes=[
        "A force web page saved to Word: the site menu (including 'Investigating crime') survives as "
        "a bulleted list of links at the top, then the page body. The grades table has a title row "
        "merged across all three columns and a shaded header row.",
        "The four AFIs are a numbered list under 'What happens next' with no area headings: question "
        "null.",
        "Essex County Fire and Rescue Service's 'graded good' is a distractor. Kent Police is named in "
        "a related link with no grade. The Word header and footer (URL, save date) are not body text.",
    ]))

# ku10 -- Hampshire OPCC page saved to Word -----------------------------------------------------
GOLDS.append(gold(
    "ku10.docx", "response-record", [HAM, TVP, SUS], [HF],
    [insp(HAM, P2325), insp(HAM, P2122)],
    grades(HAM, P2325, [(INV, RI), (RESP, A)]) + grades(HAM, P2122, [(RESP, RI)]),
    afis=[stmt(HAM, P2325, q, t, update=(i < 3)) for i, (q, t) in enumerate(HAM_AFIS)],
    people=[
        person("Tobias Wrenfield", "commissioner", HAM, "Police and Crime Commissioner"),
        person("Marcus Ellery-Penn", "chief-constable", HAM, "Deputy Chief Constable", "deputy"),
    ],
    also={"people": [person("Tobias Wrenfield", "commissioner", HAM,
                            "Police and Crime Commissioner for Hampshire and the Isle of Wight")]},
    notes=[
        "An OPCC page with accordions, saved to Word with its expand/collapse arrows in the headings. "
        "'good in five areas, adequate in three areas and requires improvement in one area: "
        "investigating crime' names only one area: one judgement. 'This has now improved to adequate' "
        "gives 2023-25 responding = Adequate; 2021/22 responding = Requires improvement.",
        "The AFIs are the first column of a table (same texts as ku01); AFI 2's sub-bullets are "
        "written joined in the cell. AFI 4's update cell is empty (status 'Not started'): false.",
        "Question keys come from the content matching ku01's headings; the table itself has no area "
        "column, so a grader could argue for null.",
        "Person: title-first 'Police and Crime Commissioner Tobias Wrenfield'; the signature gives the "
        "full title (also_acceptable). Thames Valley and Sussex are named in 'See also' links.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        name = os.path.splitext(g["document"])[0] + ".json"
        with open(os.path.join(GOLD, name), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
