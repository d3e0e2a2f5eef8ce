"""Write gold/nf01.json ... gold/nf10.json from the data typed in below.

    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFFI, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


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

# nf01 -- Thread Reader App unroll of a force thread (HTML), Lancashire, PEEL 2023-25 ------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "nf01.html", "press-release", [F, "Merseyside Police", "Cumbria Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, O), (PPT, G), (PVP, G), (MOS, G), (LFM, G),
                      (RESP, A), (WORK, A), (INV, RI)]),
    afis=[stmt(F, P2325, INV,
               "The force should make sure that investigations are allocated promptly to staff "
               "with the right skills, and that supervisors review them regularly.", True)],
    people=[
        person("Naomi Trevelyan", "inspector", HF, "His Majesty’s Inspector of Constabulary"),
        person("Rowan Askew", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "One grade per line with emoji markers ('⭐ Outstanding – Preventing crime', '🟢 Good – ...'). "
        "'Building, supporting and protecting the workforce' -> workforce; 'Leadership and force "
        "management' -> leadership-management; 'Police powers and public treatment' -> treatment-of-public.",
        "The AFI is introduced by 'The inspectors told us:' and sits in the post headed 'Requires "
        "improvement – Investigating crime', so its question is investigating-crime. The same post "
        "goes on 'What we’re doing: ...', the force's own update, so has_force_update is true.",
        "Post 7/7 lists all five grades as the HMICFRS scale: no judgement. The Federation reply "
        "repeats 'Adequate' for the workforce (same fact, not a new one).",
        "Merseyside and Cumbria are named in a journalist's reply as not yet inspected in this round: "
        "forces only, no inspection.",
        "The HMI is named in the quoted HMICFRS post; the title keeps the document's curly apostrophe. "
        "Dates (Mar 14, 2025) are publication dates, not the period; the period comes from "
        "'PEEL 2023–25' in the quoted post.",
    ]))

# nf02 -- PCC Facebook post printed to PDF, South Wales, Legitimacy 2016 ---------------------
F = "South Wales Police"
GOLDS.append(gold(
    "nf02.pdf", "press-release", [F, "Gwent Police"], [H],
    [insp(F, "2016", LEG, H)],
    [{"force": F, "period": "2016", "pillar": LEG, "question": None, "grade": G}]
    + grades(F, "2016", [("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                         ("fair-treatment-workforce", RI)], pillar=LEG),
    afis=[stmt(F, "2016", None,
               "The force should make sure that grievances are resolved promptly and that staff are "
               "told clearly how and why decisions about them were reached.", True, pillar=LEG)],
    people=[
        person("Eluned Haverford", "commissioner", F, "Commissioner"),
        person("Huw Ellery-Morgan", "chief-constable", F, "Chief Constable"),
        person("Siân Tregaron", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"inspections": [insp(F, "2015", LEG, H)],
          "judgements": [{"force": F, "period": "2015", "pillar": LEG, "question": None, "grade": G}]},
    notes=[
        "'judged GOOD overall – the same grade HMIC gave it last year': GOOD is the 2016 grade; "
        "'the same grade ... last year' names no grade word for 2015, so the 2015 legitimacy grade "
        "is only in also_acceptable (GOLD-FORMAT convention).",
        "The three question grades are '✅ label: Good' lines (the ✅/⚠️ glyphs do not print). "
        "The question labels paraphrase the 2016 legitimacy questions.",
        "The AFI follows 'HMIC wants the force to do better in one area in particular:'; it sits "
        "under no question heading, so question is null (it is about grievances, i.e. the workforce "
        "question, but no heading says so). The next paragraph, 'Chief Constable ... has asked Deputy "
        "Chief Constable ... to lead that work, and we'll report on progress', is a response to it: "
        "has_force_update true.",
        "The post is the PCC's page; the commissioner is named only as 'Commissioner Eluned Haverford'. "
        "Gwent Police is named in comments with no grade. The Federation comment repeats a grade. "
        "'8y' are Facebook comment ages. The reply listing 'outstanding, good, requires improvement "
        "or inadequate' is the grading scale: nothing.",
    ]))

# nf03 -- comms team's draft post plan (DOCX), Derbyshire, PEEL 2021/22 ----------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "nf03.docx", "press-release", [F, "Nottinghamshire Police", "Leicestershire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, None,
             "The force should make sure it answers non-emergency calls promptly and that it reduces "
             "the number of callers who abandon their calls.", True),
        stmt(F, P2122, None,
             "The force should improve how it records the risk assessments it carries out when "
             "deciding how quickly to attend incidents.", True),
        stmt(F, P2122, None,
             "The force should make sure that victims of crime are kept updated throughout "
             "investigations, in line with the Code of Practice for Victims of Crime.", False),
    ],
    people=[
        person("Ruth Pellingham", "chief-constable", F, "Chief Constable"),
        person("Simon Blackwall", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Martin Wrexley", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades come from the 'Grades' table (Area | Grade | Graphic) and are repeated in the draft "
        "post copy. 'Providing a service to the victims of crime: Not graded' gives nothing. 'Good use "
        "of resources' -> leadership-management (graded Adequate: the area name contains 'Good'); "
        "'Developing a positive workplace' -> workforce; 'Recording data about crime' -> crime-recording.",
        "'we were not graded outstanding in any area' and 'We are a good force in most of what matters' "
        "give no judgement.",
        "AFIs: the three rows of the 'Reactive lines – areas for improvement' table, which sits under no "
        "graded-area heading, so question is null. The 'Line to take' column is the force's own "
        "position on each AFI: has_force_update is true where it gives one and false for 'TBC – "
        "awaiting ACC Crime.'",
        "The Word page header (OFFICIAL – SENSITIVE) is not body text. ACC Jo Hartley is an assistant "
        "chief constable: not a person fact. Derbyshire Fire & Rescue Service is a distractor. "
        "Nottinghamshire Police and Leicestershire Police are named in passing.",
    ]))

# nf04 -- exported tweet archive of a PCC account (TXT), Gloucestershire, Effectiveness 2017 --
F = "Gloucestershire Constabulary"
AS = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "nf04.txt", "press-release", [F, AS], [HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF), insp(AS, "2017", EFF)],
    [{"force": F, "period": "2017", "pillar": EFF, "question": None, "grade": RI}]
    + grades(F, "2017", [(PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF)
    + [{"force": F, "period": "2016", "pillar": EFF, "question": None, "grade": G},
       {"force": AS, "period": "2017", "pillar": EFF, "question": None, "grade": G}],
    coc=[stmt(F, "2017", None,
              "The constabulary does not always identify risk when vulnerable people first contact it, "
              "and as a result some victims do not receive the right response at the right time.",
              False, pillar=EFF)],
    people=[person("Ian Coverdale", "chief-constable", F, "Chief Constable")],
    notes=[
        "Newest-first archive: the thread (1/4)-(4/4) reads bottom to top. Timestamps (2018) are not "
        "the period; '(1/4) Today's PEEL effectiveness 2017 report from HMICFRS' gives it.",
        "'In the 2016 effectiveness inspection the constabulary was judged good.' states a 2016 grade "
        "word, so it is a judgement; no inspectorate is stated for 2016.",
        "'Neighbours Avon and Somerset were graded good' sits in the thread about the 2017 "
        "effectiveness reports published that day: a 2017 effectiveness judgement for Avon and "
        "Somerset given in passing (inspectorate not stated for it).",
        "Question grades: the (2/4) ✔/✘ list. 'Specialist capabilities are assessed but not graded' "
        "gives nothing.",
        "The cause of concern sits in a post with no area heading, so question is null (its content "
        "touches both first contact and vulnerability). The PCC says 'That has to be fixed first' and "
        "(4/4) mentions an improvement plan in general terms, with no update on this statement: false.",
        "The retweeted Federation post repeats 'Requires improvement' (no new fact). The PCC is not "
        "named, so not a person fact; 'the Chief' is Ian Coverdale.",
    ]))

# nf05 -- LinkedIn article by a chief constable (MD), Northumbria, PEEL 2018/19 -------------
F = "Northumbria Police"
GOLDS.append(gold(
    "nf05.md", "press-release", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(PVP, O), (PREV, G), (INV, G), (SOC, G), ("planning-future", RI)]),
    afis=[
        stmt(F, P1819, None,
             "The force should develop a better understanding of the skills and capabilities of its "
             "workforce, so that it can plan for the demand it will face in future.", True),
        stmt(F, P1819, None,
             "The force should make sure its financial plans are linked to its workforce and change "
             "plans, and that the assumptions behind them are tested.", True),
        stmt(F, P1819, None,
             "The force should improve how it identifies and develops talent at every level, so that "
             "its workforce has confidence in the fairness of its promotion processes.", False),
    ],
    people=[
        person("Winston Ashdown-Reid", "chief-constable", F, "Chief Constable"),
        person("Zoe Fenwick-Holt", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
        person("Helen Kirkgate", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"judgements": [
        {"force": F, "period": P1819, "pillar": EFF, "question": None, "grade": G},
        {"force": F, "period": P1819, "pillar": EFFI, "question": None, "grade": G},
        {"force": F, "period": P1819, "pillar": LEG, "question": None, "grade": G},
        {"force": F, "period": P1819, "pillar": "PEEL", "question": None, "grade": G},
    ]},
    notes=[
        "2018/19 follows dev12: every question grade has pillar PEEL. 'judged good at effectiveness, "
        "good at efficiency and good at legitimacy' gives whole-pillar 2018/19 grades, which go in "
        "also_acceptable. 'Put simply, a good force.' is the author's summary, not a stated overall "
        "grade, so the overall PEEL grade is also_acceptable only.",
        "Question keys: 'protect vulnerable people and support victims' -> protecting-vulnerable; "
        "'plan for the future' -> planning-future. 'Everything else was graded good' names no question, "
        "so it gives nothing.",
        "AFIs are a numbered list under 'The three things we've been asked to fix' (no question "
        "heading): question null. AFIs 1 and 2 are each followed by '*What we're doing:*' "
        "(force update); AFI 3 has none ('we don't yet have a plan').",
        "Title of the CC is from his byline 'Chief Constable at Northumbria Police'. The PCC is "
        "'Dame Helen Kirkgate': name without the honorific. Durham and Cleveland are named in passing. "
        "Comments repeat 'outstanding' and 'Requires improvement' (no new facts).",
    ]))

# nf06 -- local news live blog with embedded tweets (HTML), Yorkshire forces, Efficiency 2015 -
NY, SY, WY, HU = "North Yorkshire Police", "South Yorkshire Police", "West Yorkshire Police", "Humberside Police"
GOLDS.append(gold(
    "nf06.html", "national-release", [NY, SY, WY, HU], [H],
    [insp(NY, "2015", EFFI, H), insp(SY, "2015", EFFI, H), insp(WY, "2015", EFFI, H)],
    [{"force": NY, "period": "2015", "pillar": EFFI, "question": None, "grade": G},
     {"force": SY, "period": "2015", "pillar": EFFI, "question": None, "grade": RI},
     {"force": WY, "period": "2015", "pillar": EFFI, "question": None, "grade": G}],
    afis=[stmt(SY, "2015", None,
               "The force should develop a fuller understanding of the demand it faces, including the "
               "demand that is less likely to be reported to it.", False, pillar=EFFI)],
    people=[
        person("Graham Ashcroft", "commissioner", SY, "Police and Crime Commissioner"),
        person("Neil Hargreaves", "chief-constable", WY, "Chief Constable"),
    ],
    notes=[
        "Entries are newest first. Grades are in bold lead-ins ('West Yorkshire Police: good.'), "
        "embedded tweets and the 15:48 wrap-up. Humberside's report is 'still no sign': named, no "
        "inspection.",
        "The HMIC tweet listing 'outstanding, good, requires improvement or inadequate' is the scale. "
        "The politics reporter's 'Two goods and a requires improvement' repeats grades.",
        "The South Yorkshire AFI is introduced by 'Among the things HMIC says the force must do:' and "
        "shown as a blockquote; there is no question heading, so question is null (its content is "
        "about understanding demand). The SYP tweet ('We've already started a full review of demand') "
        "is a general reaction, and the PCC asks for a plan: treated as no force update on the AFI.",
        "The PCC is named as \"South Yorkshire's Police and Crime Commissioner, Graham Ashcroft\". The "
        "Chief Constable appears only in the tweet author line 'Chief Constable Neil Hargreaves "
        "(@WYP_ChiefNH)'.",
        "The embed script (widgets.js) is not rendered text.",
    ]))

# nf07 -- Instagram post printed to PDF, Leicestershire, PEEL 2014 -------------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "nf07.pdf", "press-release", [F, "Nottinghamshire Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFFI, H)],
    [{"force": F, "period": "2014", "pillar": EFF, "question": None, "grade": G},
     {"force": F, "period": "2014", "pillar": EFFI, "question": None, "grade": G}],
    people=[
        person("Simon Cole", "chief-constable", F, "Chief Constable"),
        person("Simon Edens", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"inspections": [insp(F, "2014", LEG, H)]},
    notes=[
        "The grades are stated in the printed alt text ('Effectiveness: Good Efficiency: Good') and in "
        "the caption ('good at reducing crime and keeping people safe, and good at delivering value "
        "for money'); the graphic itself only shows ticks.",
        "Legitimacy was looked at but 'didn't give it a grade': no judgement; the 2014 legitimacy "
        "inspection itself is in also_acceptable only.",
        "'rated Good across the board' is the summary of the two graded pillars. '481w' and "
        "'NOVEMBER 27, 2014' are post ages/dates. Nottinghamshire Police is named in a reply with no "
        "grade ('Notts didn't do as well' gives none).",
    ]))

# nf08 -- Bluesky thread by a journalist (TXT), Suffolk (+Norfolk), PEEL 2023-25 -------------
F = "Suffolk Constabulary"
N = "Norfolk Constabulary"
GOLDS.append(gold(
    "nf08.txt", "press-release", [F, N], [HF],
    [insp(F, P2325, inspectorate=HF), insp(N, P2122)],
    grades(F, P2325, [(PREV, G), (MOS, G), (PPT, G), (INV, A), (PVP, A), (LFM, A),
                      (WORK, RI), (RESP, I)])
    + grades(N, P2122, [(RESP, G)]),
    recs=[
        stmt(F, P2325, None,
             "The force should make sure it answers 90 percent of emergency calls within ten seconds "
             "and reduces the number of abandoned non-emergency calls.", False),
        stmt(F, P2325, None,
             "The force should make sure that call handlers use a structured risk assessment on every "
             "call and that supervisors check the quality of those assessments.", False),
    ],
    coc=[stmt(F, P2325, None,
              "The force is not answering emergency and non-emergency calls quickly enough, and it does "
              "not always assess the risk to callers properly, so some vulnerable people are not getting "
              "the help they need when they need it.", False)],
    people=[
        person("Colin Kedge", "commissioner", F, "Police and Crime Commissioner"),
        person("Fiona Weybridge", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are emoji-marked lines 'area – grade'. '&' forms: 'Police powers & public treatment' "
        "-> treatment-of-public, 'Building, supporting & protecting the workforce' -> workforce, "
        "'Leadership & force management' -> leadership-management.",
        "The cause of concern and the two '1)'/'2)' recommendations are in posts with no area heading: "
        "question null (the thread ties them to call handling, i.e. responding-to-public). The lead-in "
        "'It comes with two recommendations, both due within six months:' is followed by full-sentence "
        "items, so it is not part of them. '40 new call handlers start training next month' is the CC "
        "speaking generally via the reporter, not a force update on a statement: false throughout.",
        "Norfolk: 'graded good for responding to the public in its 2021/22 PEEL inspection' is a "
        "stated 2021/22 judgement (inspectorate not stated for it). Suffolk Fire and Rescue Service "
        "'rated good across the board' is a fire inspection: nothing.",
        "Replies repeat grades ('Requires improvement', 'inadequate'). The journalist is not a people "
        "fact.",
    ]))

# nf09 -- PCC office's copy deck (DOCX), Staffordshire, Effectiveness 2015 -----------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "nf09.docx", "press-release", [F, "West Mercia Police", "Warwickshire Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFFI, H), insp(F, "2015", LEG, H)],
    [{"force": F, "period": "2015", "pillar": EFF, "question": None, "grade": RI}]
    + grades(F, "2015", [(PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF)
    + [{"force": F, "period": "2015", "pillar": EFFI, "question": None, "grade": G},
       {"force": F, "period": "2015", "pillar": LEG, "question": None, "grade": G}],
    afis=[
        stmt(F, "2015", None,
             "The force should improve the quality of its investigations, making sure that all are "
             "supervised and that victims are kept informed of progress.", True, pillar=EFF),
        stmt(F, "2015", None,
             "The force should make sure that it identifies repeat and vulnerable victims at the first "
             "point of contact.", False, pillar=EFF),
    ],
    people=[
        person("Matthew Ellis", "commissioner", F, "Police and Crime Commissioner for Staffordshire"),
        person("Jane Sawyers", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Period: 'HMIC PEEL Effectiveness 2015' in the title; the publication date (February 2016) is "
        "not the period. 'judged good for efficiency and good for legitimacy when those reports came "
        "out' refers to the same year's PEEL parts: 2015 efficiency and legitimacy judgements.",
        "Question grades come from the two-column table; 'Specialist capabilities: Not graded this "
        "year' gives nothing. The crime recording grade 'changed from requires improvement to good' "
        "is a separate inspection, not PEEL: nothing.",
        "AFIs are in Word 'Quote' paragraphs after 'AFI n:' labels under 'If asked: the areas for "
        "improvement' (no question heading): question null. 'Force position:' gives the force's update "
        "for AFI 1; for AFI 2 it is 'Awaited', so false.",
        "Matthew Ellis is first named in the sign-off with the post-positive title 'Police and Crime "
        "Commissioner for Staffordshire'. 'ME ✔' initials are not a naming. West Mercia Police and "
        "Warwickshire Police are named in passing. The Word footer is not body text.",
    ]))

# nf10 -- exported X thread archive (CSV), North Wales Police, PEEL 2021/22 ----------------
F = "North Wales Police"
GOLDS.append(gold(
    "nf10.csv", "press-release", [F, "Cheshire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (INV, G), (PVP, G), (MOS, G), (WORK, G),
                      (RESP, A), (LFM, A), (CDI, O)]),
    afis=[stmt(F, P2122, None,
               "The force should make sure it answers non-emergency calls, including calls to 101, "
               "within a reasonable time.", True)],
    people=[person("Gethin Rowlands", "chief-constable", F, "Chief Constable")],
    notes=[
        "Bilingual posts: grades are headings 'Da / Good', 'Digonol / Adequate', 'Rhagorol / "
        "Outstanding' over bulleted Welsh / English area names, repeated in the media_alt_text "
        "column. 'Good use of resources' (graded Adequate) -> leadership-management; 'Developing a "
        "positive workplace' -> workforce; 'Recording data about crime' -> crime-recording.",
        "The AFI is in post 4/5 after 'The inspectors want us to improve here:', with no area heading: "
        "question null. The same post says 'We've moved 30 more staff into the Joint Communications "
        "Centre since the inspection': has_force_update true.",
        "The Chief Constable is named 'Prif Gwnstabl / Chief Constable Gethin Rowlands': title "
        "'Chief Constable'. Cheshire Constabulary is named in replies with no grade. "
        "created_at (2022-09-28) is not the period.",
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
