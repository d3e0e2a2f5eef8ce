"""Write gold/lc01.json ... gold/lc10.json for corpus58 (format: shared/corpus/GOLD-FORMAT.md).

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
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

AS = "Avon and Somerset Constabulary"
DC = "Devon and Cornwall Police"
WI = "Wiltshire Police"
GL = "Gloucestershire Constabulary"
DO = "Dorset Police"
WM = "West Mercia Police"

# One set of invented PEEL 2023-25 grades per force, used in every document.
GRADES_2325 = {
    AS: {PPT: G, PREV: G, RESP: RI, INV: A, PVP: A, MOS: G, SOC: G, WORK: A, LFM: G, CDI: G},
    WI: {PPT: G, PREV: G, RESP: G, INV: G, PVP: A, MOS: G, SOC: A, WORK: G, LFM: G, CDI: G},
    DC: {PPT: A, PREV: G, RESP: RI, INV: RI, PVP: A, MOS: A, SOC: G, WORK: A, LFM: RI, CDI: A},
    GL: {PPT: G, PREV: O, RESP: A, INV: A, PVP: G, MOS: G, SOC: A, WORK: G, LFM: A, CDI: G},
    DO: {PPT: G, PREV: G, RESP: G, INV: G, PVP: A, MOS: G, SOC: G, WORK: O, LFM: G, CDI: G},
    WM: {PPT: A, PREV: G, RESP: RI, INV: RI, PVP: RI, MOS: A, SOC: A, WORK: G, LFM: A, CDI: RI},
}


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def g2325(force, keys=None):
    table = GRADES_2325[force]
    keys = keys or list(table)
    return grades(force, P2325, [(k, table[k]) for k in keys])


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

# lc01 -- Avon and Somerset "How we are performing" page (HTML) ---------------------------
GOLDS.append(gold(
    "lc01.html", "response-record", [AS], [HF],
    [insp(AS, P2325)],
    g2325(AS),
    afis=[
        stmt(AS, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly and that fewer "
             "callers abandon their call before it is answered.", True),
        stmt(AS, P2325, RESP,
             "The force should make sure that its call handlers use the structured risk assessment "
             "consistently and record the reasons for the priority they give each incident.", True),
        stmt(AS, P2325, INV,
             "The force should make sure that victims are told when their investigation is closed and "
             "given the reason for that decision.", True),
        stmt(AS, P2325, PVP,
             "The force should improve how it records the voice of the child when officers attend "
             "domestic abuse incidents.", True),
        stmt(AS, P2325, WORK,
             "The force should make sure that all supervisors have the time and training to hold regular "
             "wellbeing conversations with their teams.", True),
    ],
    also={
        "inspections": [insp(AS, P2122)],
        "judgements": grades(AS, P2122, [(INV, RI), (RESP, A)]),
    },
    notes=[
        "Genre: a force's own performance page whose PEEL section restates each area for improvement "
        "with 'What we're doing about it'. It behaves like a response record; press-release would also "
        "be defensible.",
        "The ten grades are in a card widget (area name in a <p>, grade in a <span>). 'Crime data "
        "integrity' -> crime-recording; 'Building, supporting and protecting the workforce' -> workforce; "
        "'Leadership and force management' -> leadership-management. Victim service is 'not graded'.",
        "The 2021/22 grades (investigating crime requires improvement, responding adequate) are only in "
        "an <img> alt attribute, which a browser does not show. The visible text says only 'moved up a "
        "grade in investigating crime', with no grade word. So the 2021/22 inspection and judgements are "
        "in also_acceptable only.",
        "'our response to the public requires improvement' repeats the card grade. The five-point scale "
        "sentence, 'rated their wellbeing support as good' (staff survey), the 'Outstanding Partnership "
        "award', Avon Fire & Rescue Service, the custody and child protection inspections give nothing.",
        "has_force_update: every AFI is followed by 'What we're doing about it:'. For the workforce AFI the "
        "answer is only that work has started and an update will follow; it is still the force's "
        "response, so true.",
    ]))

# lc02 -- Wiltshire Police press release (DOCX) ---------------------------------------------
GOLDS.append(gold(
    "lc02.docx", "press-release", [WI, GL], [HF],
    [insp(WI, P2325), insp(WI, P2122)],
    g2325(WI) + grades(WI, P2122, [(INV, A)]),
    afis=[
        stmt(WI, P2325, PVP,
             "The force should make sure it reviews the use of bail and release under investigation in "
             "domestic abuse cases, so that victims are protected while the investigation continues.", True),
        stmt(WI, P2325, SOC,
             "The force should improve how it assesses and records the impact of its work against organised "
             "crime groups.", True),
        stmt(WI, P2325, SOC,
             "The force should make sure neighbourhood officers understand how to gather and submit "
             "intelligence about county lines activity.", False),
    ],
    people=[
        person("Dominic Ashcombe", "chief-constable", WI, "Chief Constable"),
        person("Lucinda Farrow", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Philippa Hurst", "commissioner", WI, "Police and Crime Commissioner"),
    ],
    notes=[
        "Nine grades are in a bulleted list ('Area \u2013 good'); crime data integrity's grade is in the "
        "sentence after the list. 'good in eight of them and adequate in two' is a count.",
        "'we\u2019ve moved from adequate to good in investigating crime' gives the 2021/22 investigating "
        "grade (Adequate) with a grade word; 'the last inspection' is the 2021/22 one, the only earlier "
        "PEEL period with graded areas. HMICFRS era.",
        "'No area was found to be inadequate or to require improvement' is a distractor. Notes to editors: "
        "the grade scale, Dorset & Wiltshire Fire and Rescue Service (a fire service: Dorset Police is not "
        "named, so not in forces), an award and a recruitment advert give nothing.",
        "Gloucestershire Constabulary is congratulated with no grade: in forces only.",
        "AFIs are in Word's Quote style, each after an italic area label; the first two are followed by "
        "'What we\u2019re doing about it:', the third by nothing.",
        "Assistant Chief Constable Tom Breakwell is not a person fact. The HMI is named title-first inside "
        "a sentence ('His Majesty\u2019s Inspector of Constabulary Lucinda Farrow').",
    ]))

# lc03 -- Devon and Cornwall temporary chief constable's letter to staff (DOCX) -------------
GOLDS.append(gold(
    "lc03.docx", "press-release", [DC], [HF],
    [insp(DC, P2325), insp(DC, P2122)],
    g2325(DC) + grades(DC, P2122, [(RESP, I)]),
    afis=[
        stmt(DC, P2325, INV,
             "The force should make sure supervisors review investigations regularly and record clear "
             "directions for the investigating officer.", True),
    ],
    recs=[
        stmt(DC, P2325, RESP,
             "Within six months, the force should make sure it has enough trained call handlers on duty to "
             "meet national call-answering standards at its busiest times.", True),
        stmt(DC, P2325, RESP,
             "Within six months, the force should make sure that call handlers use THRIVE to assess every "
             "call and that supervisors review the risk assessment for any call waiting more than an hour.",
             True),
    ],
    coc=[
        stmt(DC, P2325, RESP,
             "The force isn\u2019t answering emergency and non-emergency calls quickly enough, and it doesn\u2019t "
             "always assess the risk to callers properly when it is busy. This means vulnerable people may "
             "not get the response they need.", False),
    ],
    people=[
        person("Jonah Trevithick", "chief-constable", DC, "Temporary Chief Constable", "temporary"),
        person("Keren Polglase", "chief-constable", DC, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Genre: an internal letter from the chief officer, closest to a force press release.",
        "All grades are told in the first person in prose: 'We were graded good at preventing crime ... and "
        "good at disrupting serious and organised crime'; 'Our response to the public requires "
        "improvement'; 'Investigating crime and leadership and force management also require "
        "improvement'; 'The other five areas were graded adequate: ...' (a list whose items contain "
        "commas and 'and').",
        "'in 2021/22 the same area was graded inadequate' gives the 2021/22 responding grade.",
        "The cause of concern is quoted in the Intense Quote style; the two recommendations are numbered "
        "list items, each followed by 'What we are doing:', so they have updates. The cause of concern "
        "itself has no update of its own (as in corpus13 q02).",
        "The signature 'Jonah Trevithick / Temporary Chief Constable, Devon and Cornwall Police' gives "
        "the qualifier temporary. DCC Keren Polglase is named; ACC Marcus Yeo is not a person fact.",
        "Distractors: '71% ... rated our occupational health service as good', Devon and Somerset Fire "
        "and Rescue Service, event dates, an unnamed Police and Crime Commissioner.",
    ]))

# lc04 -- Gloucestershire intranet news item saved as PDF -----------------------------------
GOLDS.append(gold(
    "lc04.pdf", "press-release", [GL], [HF],
    [insp(GL, P2325), insp(GL, P2122)],
    g2325(GL) + grades(GL, P2122, [(PREV, G)]),
    afis=[
        stmt(GL, P2325, RESP,
             "The force should make sure that it attends incidents within the times it sets for each "
             "priority grade, and that it tells callers when attendance will be delayed.", True),
        stmt(GL, P2325, INV,
             "The force should make sure that it has enough trained detectives to meet demand in its "
             "criminal investigation department.", True),
    ],
    people=[
        person("Maya Okonjo-Reed", "chief-constable", GL, "Chief Constable"),
    ],
    notes=[
        "Only the preventing-crime grade is in the story text; the other nine are in the visible "
        "'Image description:' paragraph under an infographic placeholder: 'Five light green tiles say "
        "good: a; b; c; d; and e. Four yellow tiles say adequate: ...' (semicolon lists).",
        "'When we were last inspected, in 2021/22, we were graded good for preventing crime' gives a "
        "2021/22 judgement.",
        "AFI questions: the first is about attendance times (responding-to-public); the second, "
        "detectives for the CID, is keyed investigating-crime because the text then says the other two "
        "AFIs 'relate to serious and organised crime and to our workforce planning'. Those two are not "
        "quoted and give nothing.",
        "Distractors: the printed browser bar and URL, Force Excellence Awards ('Outstanding "
        "Contribution'), staff comments ('Adequate for response feels harsh'), a vacancy sidebar, "
        "'68% of colleagues rated their line manager's support as good', ACC Ollie Sandford (not a "
        "person fact).",
    ]))

# lc05 -- Dorset Police Facebook post and comments (TXT, emoji) -----------------------------
GOLDS.append(gold(
    "lc05.txt", "press-release", [DO, DC, WI], [HF],
    [insp(DO, P2325)],
    g2325(DO),
    afis=[
        stmt(DO, P2325, PVP,
             "\"The force should make sure officers complete a risk assessment for every child reported "
             "missing and record the reasons for the risk level given.\"", True),
    ],
    people=[
        person("Gareth Lowndes", "chief-constable", DO, "Chief Constable"),
    ],
    notes=[
        "Grades: 'graded OUTSTANDING for building, supporting and protecting our workforce' (capitals), "
        "'graded good in eight more areas:' followed by eight \u2705 emoji bullets (the emoji is the only "
        "bullet marker), and 'We're adequate in protecting vulnerable people'.",
        "The AFI is quoted inside straight double quotes on its own line; the quotes are kept in the gold "
        "text because they are part of the line (check_gold strips only bullet markers). A graph that "
        "drops the quotes should be matched leniently. 'What we're doing about it' follows it.",
        "Devon and Cornwall Police and Wiltshire Police comment as pages, with no grade: in forces only.",
        "Distractors: public comments ('I'd call that inadequate', 'Adequate at protecting vulnerable "
        "people is not good enough'), 'Dorset Fire were rated good', 'a good place to work', a "
        "Facebook Live date, recruitment reply, alt-text lines that repeat the outstanding grade.",
    ]))

# lc06 -- West Mercia X thread unrolled to PDF -------------------------------------------------
GOLDS.append(gold(
    "lc06.pdf", "press-release", [WM, GL], [HF],
    [insp(WM, P2325)],
    g2325(WM),
    recs=[
        stmt(WM, P2325, PVP,
             "Within three months, the force should make sure that call handlers use a structured process "
             "to identify vulnerability and repeat victims on every call.", False),
        stmt(WM, P2325, PVP,
             "Within six months, the force should make sure that it completes safeguarding referrals for "
             "children without delay.", True),
    ],
    coc=[
        stmt(WM, P2325, PVP,
             "The force doesn't always identify vulnerability when people first contact it, and it doesn't "
             "always take the action needed to safeguard them quickly.", True),
    ],
    people=[
        person("Alun Bevington", "chief-constable", WM, "Chief Constable"),
    ],
    also={
        "inspections": [insp(GL, P2325)],
        "judgements": grades(GL, P2325, [(PREV, O)]),
    },
    notes=[
        "An X thread unrolled by a thread-reader site and saved as PDF. Grades: tweet 2 (good x2), tweet 3 "
        "('graded adequate in four areas:' with \u25aa\ufe0f emoji bullets), tweet 4 ('four areas require "
        "improvement: a, b, c, and d'). Tweet numbers '1/12' ... and emoji glyphs sit at line ends.",
        "The cause of concern and the recommendations are quote boxes after 'In their words:' / 'The "
        "first:' / 'The second:'. The cause of concern is followed by 'What we're doing about it:' and "
        "recommendation 2 by 'We've already cleared the backlog ...'; recommendation 1 has no update.",
        "Gloucestershire's 'outstanding grade for preventing crime' is stated in passing with no period; "
        "the context (PEEL 2023\u201325 reports this month) makes 2023-25 likely, so it is in "
        "also_acceptable.",
        "Distractors: alt text with counts only ('Good: 2. Adequate: 4.'), public replies, the PCC's "
        "account (no name), a live Q&A time.",
    ]))

# lc07 -- Avon and Somerset DCC LinkedIn article (Markdown, cp1252, CRLF) ---------------------
GOLDS.append(gold(
    "lc07.md", "press-release", [AS, DC, GL, DO], [HF],
    [insp(AS, P2325), insp(AS, P2122)],
    g2325(AS, [INV, PREV, SOC, RESP, PVP, WORK]) + grades(AS, P2122, [(INV, RI)]),
    afis=[
        stmt(AS, P2325, INV,
             "The force should make sure that victims are told when their investigation is closed and "
             "given the reason for that decision.", True),
    ],
    people=[
        person("Rhys Penhallow", "chief-constable", AS, "Deputy Chief Constable", "deputy"),
        person("Helena Marwood", "chief-constable", AS, "Chief Constable"),
    ],
    encoding="cp1252",
    also={
        "people": [person("Anna Whitcombe", "chief-constable", DO, "Deputy Chief Constable", "deputy")],
    },
    notes=[
        "cp1252 with CRLF line endings: curly quotes, en dashes.",
        "The title and 'we've moved from requires improvement to adequate in investigating crime' give the "
        "2023-25 (Adequate) and 2021/22 (Requires improvement) investigating grades; 'in 2021/22, we were "
        "told that our investigation of crime requires improvement' repeats the older one.",
        "'We were graded good in six of the ten areas inspected, including preventing crime ... and "
        "disrupting serious and organised crime' names only two of the six: the other four give nothing.",
        "The AFI is a Markdown blockquote ('> '), followed by '*What we're doing about it:*'.",
        "People: the author's byline 'Rhys Penhallow / Deputy Chief Constable at Avon and Somerset "
        "Police'; 'the Chief Constable, Helena Marwood'. A commenter's LinkedIn headline 'Anna Whitcombe "
        "\u00b7 Deputy Chief Constable at Dorset Police' names a real role, but it is a commenter, so it is "
        "in also_acceptable only. ACC Ben Tully and the unnamed PCC are not person facts.",
        "Devon and Cornwall Police, Gloucestershire Constabulary and Dorset Police are named with no "
        "grade. 'an outstanding effort' (a comment) is a distractor.",
    ]))

# lc08 -- Gloucestershire YouTube video page (HTML) -----------------------------------------
GOLDS.append(gold(
    "lc08.html", "press-release", [GL, WI], [HF],
    [insp(GL, P2325)],
    g2325(GL, [PREV, PVP, MOS, RESP, INV]),
    people=[
        person("Maya Okonjo-Reed", "chief-constable", GL, "Chief Constable"),
    ],
    notes=[
        "A saved YouTube watch page. Grades: 'graded outstanding for preventing crime and antisocial "
        "behaviour' in the description, and chapter titles 'Area \u2013 grade' after timestamp links. "
        "'good in five areas, and adequate in four' is a count: only the chapters name areas, so "
        "five judgements in all.",
        "'There were no causes of concern' gives nothing. Wiltshire Police is named in the 'Up next' "
        "sidebar only: in forces, no inspection.",
        "Distractors: comments ('adequate for answering the phone is generous', 'Good video'), the "
        "channel's reply explaining the five grades, Gloucestershire Fire and Rescue Service, the "
        "recruitment line, the Police Bravery Awards video.",
    ]))

# lc09 -- West Mercia annual report chapter 6 (PDF) -----------------------------------------
GOLDS.append(gold(
    "lc09.pdf", "response-record", [WM], [HF],
    [insp(WM, P2325), insp(WM, P2122)],
    g2325(WM) + grades(WM, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                                   (WORK, G)]),
    afis=[
        stmt(WM, P2325, RESP,
             "The force should make sure it answers 999 calls within the national standard and reduces "
             "the number of abandoned 101 calls.", True),
        stmt(WM, P2325, INV,
             "The force should make sure that investigations are allocated to staff with the right skills "
             "and that supervisors review them regularly.", True),
        stmt(WM, P2325, CDI,
             "The force should make sure that reports of crime are recorded within 24 hours and that all "
             "offences disclosed are recorded.", True),
        stmt(WM, P2325, PPT,
             "The force should improve the quality of the grounds recorded for stop and search.", True),
    ],
    recs=[
        stmt(WM, P2325, PVP,
             "Within three months, the force should make sure that call handlers use a structured process "
             "to identify vulnerability and repeat victims on every call.", True),
        stmt(WM, P2325, PVP,
             "Within six months, the force should make sure that it completes safeguarding referrals for "
             "children without delay.", True),
    ],
    coc=[
        stmt(WM, P2325, PVP,
             "The force doesn't always identify vulnerability when people first contact it, and it doesn't "
             "always take the action needed to safeguard them quickly.", False),
    ],
    people=[
        person("Graham Rudd-Fenwick", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Alun Bevington", "chief-constable", WM, "Chief Constable"),
        person("Fiona Rees-Ward", "chief-constable", WM, "Deputy Chief Constable", "deputy"),
        person("Rhiannon Keast", "commissioner", WM, "Police and Crime Commissioner"),
    ],
    notes=[
        "Genre: the HMICFRS chapter of a force annual report, with progress tables against each "
        "recommendation and AFI; closest to a response record.",
        "The grades table has a 2021/22 column: seven 2021/22 grades. 'Not inspected', '\u2013' and the "
        "merged 'Not graded' victims row give nothing. 'Good*' for the workforce row keeps its footnote "
        "mark; the footnote says the area was then 'developing a positive workplace' -> workforce.",
        "The cause of concern is in a red box; the recommendations are rows of a progress table, so each "
        "has an update, while the cause of concern has none of its own.",
        "AFI table: the text is the 'Area for improvement' cell only; the question comes from the 'Area' "
        "cell. The crime data integrity AFI's update is 'Not yet started \u2013 scheduled for quarter 2.': "
        "still the force's stated position, so true. 'seven areas for improvement' with three not "
        "listed gives nothing more.",
        "Distractors: the national recommendation to 'all chief constables' (vetting), custody 'good "
        "practice', the two fire and rescue services' 'good for effectiveness', the force's own "
        "Complete/On track/Behind plan statuses, 'internal assurance rating ... amber', '74% of "
        "officers rated the force's wellbeing offer as good'.",
        "People: the HMI in a pull quote (straight apostrophe), 'Our Chief Constable, Alun Bevington', "
        "'Deputy Chief Constable Fiona Rees-Ward', 'The Police and Crime Commissioner, Rhiannon Keast'.",
    ]))

# lc10 -- Devon & Cornwall Police Federation branch bulletin (DOCX) -------------------------
GOLDS.append(gold(
    "lc10.docx", "national-release", [DC, WI], [HF],
    [insp(DC, P2325), insp(WI, P2325)],
    g2325(DC, [RESP, INV, LFM, WORK]) + g2325(WI, [INV]),
    afis=[
        stmt(DC, P2325, WORK,
             "The force should make sure that it understands the workload of its investigators and "
             "supervisors and takes action where it is unmanageable.", False),
    ],
    people=[
        person("Jonah Trevithick", "chief-constable", DC, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "Genre: a staff association's members' bulletin, a third party; no genre fits well "
        "(national-release used, as corpus13 did for third-party documents).",
        "'requires improvement in responding to the public, in investigating crime, and in leadership "
        "and force management' gives three grades; 'Building, supporting and protecting the workforce "
        "was graded adequate' a fourth. Wiltshire Police's 'graded good for investigating crime in their "
        "PEEL 2023\u201325 report' is another force's grade in passing.",
        "The AFI (Quote style) is followed by the Federation's 'What we are asking for:', which is not the "
        "force's update, so has_force_update is false. Its question is taken from the heading 'The "
        "workforce findings'.",
        "The cause of concern is mentioned but not quoted: no statement. 'Devon & Cornwall Police "
        "Federation' is the alias inside the union's name; the force is named in full elsewhere.",
        "Distractors: the pay and morale survey table ('Morale rated good or very good'), welfare fund, "
        "dates, the branch chair (not a person fact), the Dorset branch (a Federation branch, not the "
        "force: 'Dorset' appears only as a place, so Dorset Police is not in forces).",
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
