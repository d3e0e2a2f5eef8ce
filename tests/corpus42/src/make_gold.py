"""Write gold/km01.json ... gold/km10.json for corpus42 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819, P17 = "2023-25", "2021/22", "2018/19", "2017"
HF = "HMICFRS"

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

DP, GW, NW, SW = "Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police"

# One set of invented grades per force, used in every document that states them.
GRADES_2325 = {
    DP: [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, A), (CDI, A)],
    GW: [(PPT, A), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, A), (WORK, A), (LFM, RI), (CDI, G)],
    NW: [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, A), (WORK, G), (LFM, G), (CDI, G)],
    SW: [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G), (CDI, G)],
}
GRADES_2122 = {
    DP: [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (SOC, G), (WORK, A), (LFM, G), (CDI, G)],
    GW: [(PPT, RI), (PREV, A), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (SOC, G), (WORK, RI), (LFM, A), (CDI, G)],
    NW: [(PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, A), (MOS, G), (SOC, A), (WORK, G), (LFM, G), (CDI, G)],
    SW: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (SOC, G), (WORK, G), (LFM, A), (CDI, A)],
}
PILLARS_1819 = {
    DP: [("Effectiveness", G), ("Efficiency", RI), ("Legitimacy", G)],
    GW: [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", RI)],
    NW: [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", G)],
    SW: [("Effectiveness", G), ("Efficiency", G), ("Legitimacy", G)],
}


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def pick(table, force, keys):
    d = dict(table[force])
    return [(k, d[k]) for k in keys]


def pillars(force, which=None):
    out = []
    for p, g in PILLARS_1819[force]:
        if which is None or p in which:
            out.append({"force": force, "period": P1819, "pillar": p, "question": None, "grade": g})
    return out


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
WELSH_NOTE = ("The Welsh text repeats the English facts; each fact is counted once, from the "
              "English text.")

# km01 -- Dyfed-Powys OPCC news page (HTML), PEEL 2023-25, English then Welsh ------------
GOLDS.append(gold(
    "km01.html", "press-release", [DP], [HF],
    [insp(DP, P2325), insp(DP, P2122)],
    grades(DP, P2325, GRADES_2325[DP]) + grades(DP, P2122, [(RESP, A)]),
    people=[
        person("Elin Prosser", "commissioner", DP, "Police and Crime Commissioner"),
        person("Gareth Llewellyn-Rees", "chief-constable", DP, "Chief Constable"),
    ],
    notes=[
        WELSH_NOTE + " The Welsh list ('da', 'digonol', 'angen gwella') gives no extra facts.",
        "'preventing crime' -> preventing-crime; 'crime data integrity' -> crime-recording; "
        "'building, supporting and protecting the workforce' -> workforce; 'leadership and force "
        "management' -> leadership-management. Victim service is not graded.",
        "'Responding to the public was graded adequate when the force was last inspected in "
        "2021/22' gives one 2021/22 judgement (inspectorate HMICFRS by context: the page is "
        "about HMICFRS's PEEL programme).",
        "'five areas for improvement and no causes of concern' are counts with no text: no "
        "statements. The fire service 'good' is a Welsh Government review, not PEEL. The "
        "five-point scale in the notes, Audit Wales, the Senedd, 2025/26 and the cookie notice "
        "date are distractors.",
        "People: both are named title-first ('Police and Crime Commissioner Elin Prosser', "
        "'Chief Constable Gareth Llewellyn-Rees'). The Chief Fire and Rescue Adviser is unnamed.",
    ]))

# km02 -- Gwent OPCC section 55 response (DOCX), two-column Cymraeg | English table --------
GOLDS.append(gold(
    "km02.docx", "response-record", [GW], [HF],
    [insp(GW, P2325), insp(GW, P2122)],
    grades(GW, P2325, GRADES_2325[GW]) + grades(GW, P2122, [(PPT, RI)]),
    afis=[
        stmt(GW, P2325, PVP,
             "The force should make sure that officers record the views of children who are "
             "present at domestic abuse incidents.", True),
        stmt(GW, P2325, PVP,
             "The force should improve how it manages cases of people who go missing "
             "repeatedly, including its work with partner agencies.", False),
        stmt(GW, P2325, LFM,
             "The force should better understand the demand it faces, so that it can plan its "
             "workforce for the next four years.", True),
        stmt(GW, P2325, PPT,
             "The force should make sure that officers clearly record the grounds for every "
             "search.", True),
    ],
    recs=[
        stmt(GW, P2325, INV,
             "Within six months, the force should make sure that every investigation has a "
             "recorded plan and that a supervisor reviews it regularly.", True),
        stmt(GW, P2325, INV,
             "Within six months, the force should make sure that victims are updated at least "
             "every 28 days, in line with the Victims\u2019 Code.", True),
    ],
    coc=[
        stmt(GW, P2325, INV,
             "The force is not investigating crime effectively enough. Too many investigations "
             "lack a clear plan, and victims are not kept informed of their progress.", False),
    ],
    people=[
        person("Gwenllian Ashby", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Catrin Howells", "chief-constable", GW, "Chief Constable"),
        person("Rhodri Bevan", "commissioner", GW, "Police and Crime Commissioner for Gwent"),
    ],
    notes=[
        "The body is one two-column table: Welsh in the left cell, English in the right cell "
        "of every row. " + WELSH_NOTE + " The grades sit in two tables nested inside one row "
        "(Welsh 'Maes | Gradd', English 'Area | Grade').",
        "'In 2021/22, treatment of the public was graded \u2018requires improvement\u2019' "
        "gives one 2021/22 judgement (treatment-of-public).",
        "The cause of concern sits under '3. Cause of concern and recommendations' with no area "
        "heading; its own words ('not investigating crime effectively enough') put it and its "
        "two recommendations under investigating-crime. Statement text is the cell text after "
        "the bold label ('Cause of concern:', 'Recommendation 1:', 'Area for improvement 1:').",
        "has_force_update: each recommendation is followed by a 'Force update:' row. The cause "
        "of concern has none of its own (its updates answer the recommendations), so false. "
        "AFI 2's update is 'Not yet received.', so false. The 'Commissioner\u2019s comment' is "
        "not the force's update.",
        "People: the HMI and the Chief Constable are named title-first; the HMI title keeps the "
        "straight apostrophe of the English cell. The PCC is named only in the signature, "
        "'Rhodri Bevan / Police and Crime Commissioner for Gwent', so the title is kept in "
        "full. Assistant Chief Constable Mark Delahaye is not a person fact.",
        "The header 'SWYDDOGOL / OFFICIAL' and the footer are not body text. The grading scale, "
        "the Welsh Government, the Senedd, Audit Wales and the 2026/27 budget are distractors.",
    ]))

# km03 -- HMICFRS PEEL 2023-25 North Wales report (PDF), Welsh | English columns ----------
GOLDS.append(gold(
    "km03.pdf", "peel-report-2021", [NW], [HF],
    [insp(NW, P2325), insp(NW, P2122)],
    grades(NW, P2325, GRADES_2325[NW]) + grades(NW, P2122, [(PREV, O)]),
    afis=[
        stmt(NW, P2325, INV,
             "The force should make sure that supervisors record their reviews of "
             "investigations and the next steps they set."),
        stmt(NW, P2325, INV,
             "The force should make sure that it records the reason when a victim withdraws "
             "from an investigation, and considers whether the case can continue without the "
             "victim\u2019s support."),
        stmt(NW, P2325, MOS,
             "The force should reduce the backlog of digital devices waiting to be examined, so "
             "that investigations into online offenders are not delayed."),
    ],
    people=[
        person("Gwenllian Ashby", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Dafydd Emrys", "chief-constable", NW, "Chief Constable"),
    ],
    notes=[
        "Every row of the page is a pair of cells: Welsh left, English right. " + WELSH_NOTE,
        "The grade table groups areas under each grade (Outstanding: preventing crime; Good: "
        "five areas; Adequate: two areas; 'Requires improvement' and 'Inadequate' rows hold "
        "'\u2013'). Crime data integrity is graded only in prose ('We judged the force to be "
        "good at crime data integrity'). Victim service is not graded.",
        "'The force was also graded outstanding for preventing crime in our 2021/22 "
        "inspection' gives one 2021/22 judgement.",
        "The key listing all five grades, 'good practice' in the innovative practice box and "
        "'an adequate supply of trained officers' are distractors. 'We have no areas for "
        "improvement in this area' gives nothing. North Wales Fire and Rescue Service and the "
        "Senedd are not police facts.",
        "The HMI's title comes from the signature and keeps the curly apostrophe.",
    ]))

# km04 -- Dyfed-Powys response record PEEL 2018/19 (TXT, cp1252, CRLF) ----------------------
GOLDS.append(gold(
    "km04.txt", "response-record", [DP], [HF],
    [insp(DP, P1819), insp(DP, P1819, "Effectiveness"), insp(DP, P1819, "Efficiency"),
     insp(DP, P1819, "Legitimacy"), insp(DP, P17, "Legitimacy")],
    pillars(DP) + [{"force": DP, "period": P17, "pillar": "Legitimacy", "question": None,
                    "grade": G}],
    afis=[
        stmt(DP, P1819, "understanding-demand",
             "The force should improve its understanding of demand, including demand that is "
             "less likely to be reported, such as modern slavery and online child sexual "
             "exploitation.", True),
        stmt(DP, P1819, "planning-future",
             "The force should develop its medium-term financial plan so that it shows how the "
             "force will pay for the changes set out in its workforce plan.", True),
        stmt(DP, P1819, "planning-future",
             "The force should make sure that its leadership development programme reaches "
             "police staff as well as officers.", False),
        stmt(DP, P1819, "protecting-vulnerable",
             "The force should make sure that officers complete the risk assessment for every "
             "domestic abuse incident and that supervisors check the quality of the assessment "
             "before the officer goes off duty.", True),
        stmt(DP, P1819, "fair-treatment-public",
             "The force should make sure that it records the reasons for every use of force, "
             "and that the data is examined by its independent scrutiny panel.", True),
    ],
    people=[
        person("Huw Meredith", "commissioner", DP, "Police and Crime Commissioner"),
        person("Richard Pughe", "chief-constable", DP, "Chief Constable"),
        person("Tomos Kendrick", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    encoding="cp1252",
    notes=[
        "windows-1252 with CRLF line endings; the Welsh avoids w/y with circumflex, which "
        "windows-1252 cannot hold. Field labels are bilingual ('Heddlu / Force'). The force "
        "field says only 'Dyfed-Powys'; the title gives 'Dyfed-Powys Police'.",
        "The Grade field gives three pillar grades for 2018/19 ('Effectiveness \u2013 Good', "
        "'Efficiency \u2013 Requires improvement', 'Legitimacy \u2013 Good'), each after its "
        "Welsh twin. They are pillar judgements with question null, each with its 2018/19 "
        "pillar inspection, as in corpus13 q08; the record's own inspection is PEEL 2018/19 "
        "and holds the AFIs.",
        "'the force was also judged to be good for legitimacy in the 2017 inspection' gives a "
        "2017 Legitimacy judgement (HMICFRS by era and context).",
        "AFIs take the 2015-17 key of their bilingual section heading: 'Understanding demand', "
        "'Planning for the future' (two AFIs), 'Protecting vulnerable people', 'Treating the "
        "public fairly'. The second planning AFI has no Force Update before the next heading.",
        "People: the PCC and CC are named in the header fields, so their titles are the field "
        "labels' English halves. Recommendations: 'Dim / None'.",
    ]))

# km05 -- Policing in Wales bulletin (Markdown), four forces, PEEL 2021/22 ------------------
km05_j = []
for f in (DP, GW, NW, SW):
    km05_j += grades(f, P2122, GRADES_2122[f])
GOLDS.append(gold(
    "km05.md", "national-release", [DP, GW, NW, SW], [HF],
    [insp(DP, P2122), insp(GW, P2122), insp(NW, P2122), insp(SW, P2122),
     insp(GW, P1819, "Legitimacy", None)],
    km05_j + pillars(GW, {"Legitimacy"}),
    people=[
        person("Alun Tudor", "commissioner", SW, "Police and Crime Commissioner"),
    ],
    notes=[
        "Paragraphs alternate Welsh then English. " + WELSH_NOTE,
        "The Markdown table's force columns are headed only in Welsh ('Heddlu Dyfed-Powys', "
        "'Heddlu Gwent', 'Heddlu Gogledd Cymru', 'Heddlu De Cymru'); each grade cell is "
        "'Welsh / English'. Area names are the 2021/22 ones: 'Developing a positive workplace' "
        "-> workforce, 'Good use of resources' -> leadership-management ('Good' is not a "
        "grade), 'Recording data about crime' -> crime-recording.",
        "'In 2018/19, Gwent Police was also graded requires improvement for legitimacy' gives "
        "a 2018/19 Legitimacy judgement; the sentence names no inspectorate, so null.",
        "The national counts (one outstanding, 22 good, ...), 'the only force in Wales to "
        "receive an outstanding grade' (repeats North Wales's preventing grade), Audit Wales's "
        "'adequate but slow to change' about fire and rescue services, the Welsh Government, "
        "the Senedd and 2023-24 are distractors. 'three English forces' are unnamed.",
        "People: 'South Wales Police and Crime Commissioner Alun Tudor' -> title 'Police and "
        "Crime Commissioner' (office words before the name, place words dropped).",
    ]))

# km06 -- South Wales PCC section 55 response (PDF), Welsh half then English half --------
GOLDS.append(gold(
    "km06.pdf", "response-record", [SW], [HF],
    [insp(SW, P2325), insp(SW, P2122)],
    grades(SW, P2325, GRADES_2325[SW]) + grades(SW, P2122, [(RESP, RI)]),
    afis=[
        stmt(SW, P2325, INV,
             "The force should make sure that investigations are allocated to officers with the "
             "right skills and experience.", True),
        stmt(SW, P2325, INV,
             "The force should make sure that it makes appropriate decisions when it closes "
             "investigations, and that those decisions are recorded.", True),
        stmt(SW, P2325, PVP,
             "The force should improve how it shares information with partners when a child "
             "goes missing.", True),
        stmt(SW, P2325, WORK,
             "The force should make sure that every supervisor is trained in managing the "
             "wellbeing of their team.", False),
    ],
    people=[
        person("Gwenllian Ashby", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Nia Worthington", "chief-constable", SW, "Chief Constable"),
        person("Hywel Baines", "chief-constable", SW, "Deputy Chief Constable", "deputy"),
        person("Alun Tudor", "commissioner", SW, "South Wales Police and Crime Commissioner"),
    ],
    notes=[
        "Pages 1-2 are the Welsh half, pages 3-4 the English half, with a running header and "
        "'n / 4' page numbers. " + WELSH_NOTE,
        "'The grade for responding to the public has improved since 2021/22, when it was "
        "graded requires improvement' gives one 2021/22 judgement.",
        "has_force_update: the workforce AFI is followed only by a 'Commissioner\u2019s "
        "comment' saying the force has given no update, so false.",
        "People: HMI, CC and DCC are named title-first in the English half. The PCC is named "
        "only in the two signatures; the English one reads 'Alun Tudor / South Wales Police "
        "and Crime Commissioner', so that is the title. Assistant Chief Constable Ceri "
        "Lloyd-Jameson is not a person fact.",
        "'graded good in five areas', 'no cause of concern', South Wales Fire and Rescue "
        "Service 'good' (Welsh Government), Audit Wales and the 2023/24 and 2025-26 years are "
        "distractors.",
    ]))

# km07 -- North Wales Police press release (DOCX), PEEL 2021/22, English then Welsh -------
GOLDS.append(gold(
    "km07.docx", "press-release", [NW], [HF],
    [insp(NW, P2122), insp(NW, P1819, "Effectiveness"), insp(NW, P1819, "Efficiency"),
     insp(NW, P1819, "Legitimacy")],
    grades(NW, P2122, GRADES_2122[NW]) + pillars(NW),
    people=[
        person("Dafydd Emrys", "chief-constable", NW, "Chief Constable"),
        person("Meinir Roberts-Jones", "commissioner", NW,
               "Police and Crime Commissioner for North Wales"),
        person("Tomos Kendrick", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    also={"inspections": [insp(NW, P1819)]},
    notes=[
        "English first, then a page break and 'Fersiwn Gymraeg'. " + WELSH_NOTE,
        "Ten 2021/22 grades: outstanding for preventing crime, 'good in seven areas:' followed "
        "by a Word bulleted list (2021/22 area names: 'developing a positive workplace' -> "
        "workforce, 'good use of resources' -> leadership-management), and 'Protecting "
        "vulnerable people and disrupting serious organised crime were both judged adequate'.",
        "'In 2018/19 ... the force was graded good for effectiveness, efficiency and "
        "legitimacy' gives three 2018/19 pillar judgements, each with a pillar inspection (as "
        "corpus13 q08); the integrated PEEL 2018/19 inspection is in also_acceptable.",
        "People: the Chief Constable and HMI are named title-first; the PCC as 'The Police and "
        "Crime Commissioner for North Wales, Meinir Roberts-Jones', so the full title is kept. "
        "Assistant Chief Constable Sara Vaughan is not a person fact. 2022 is the Queen's "
        "reign, so 'Her Majesty\u2019s'.",
        "The grade scale in the notes to editors, 'one of only a handful of forces', the "
        "2022/23 budget, the Senedd, the Welsh Government and North Wales Fire and Rescue "
        "Service are distractors. The Word header and footer are not body text.",
    ]))

# km08 -- HMICFRS PEEL 2021/22 Gwent report (PDF), alternating Welsh/English --------------
GOLDS.append(gold(
    "km08.pdf", "peel-report-2021", [GW], [HF],
    [insp(GW, P2122), insp(GW, P1819, "Legitimacy")],
    grades(GW, P2122, GRADES_2122[GW]) + pillars(GW, {"Legitimacy"}),
    afis=[
        stmt(GW, P2122, INV,
             "The force should make sure that victims are kept informed of the progress of "
             "their case in line with the Victims\u2019 Code."),
        stmt(GW, P2122, PVP,
             "The force should improve its understanding of the criminal exploitation of "
             "children in the Newport area."),
        stmt(GW, P2122, WORK,
             "The force should make sure that officers and staff have confidence in its "
             "processes for raising concerns."),
        stmt(GW, P2122, WORK,
             "The force should clear its backlog of vetting reviews by March 2023."),
    ],
    recs=[
        stmt(GW, P2122, PPT,
             "Within three months, the force should: make sure that supervisors review every "
             "stop and search record; publish data on disproportionality every quarter; and "
             "give officers new training on reasonable grounds."),
    ],
    coc=[
        stmt(GW, P2122, PPT,
             "The force cannot show that its officers use stop and search powers fairly. "
             "Reasonable grounds are not adequately recorded in too many cases."),
    ],
    people=[
        person("Owain Pritchard", "chief-constable", GW, "Acting Chief Constable", "acting"),
        person("Tomos Kendrick", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Each heading and paragraph comes twice, Welsh (grey italic) then English; the grade "
        "table has both languages in each cell. " + WELSH_NOTE,
        "Grade table with 2021/22 names: 'Engaging with and treating the public with fairness "
        "and respect' -> treatment-of-public, 'Developing a positive workplace' -> workforce, "
        "'Good use of resources' -> leadership-management, 'Recording data about crime' -> "
        "crime-recording; SOC's grade is in the table although it comes from a regional "
        "inspection; victim service 'Not graded'.",
        "'In 2018/19 we graded the force as requires improvement for legitimacy' gives a 2018/19 "
        "Legitimacy judgement (HMICFRS: 'we' is the inspectorate).",
        "The recommendation is a lead-in 'Within three months, the force should:' with three "
        "bullets, joined into one statement (the PDF text has no bullet glyphs). The cause of "
        "concern and recommendation sit under the treatment-of-the-public section.",
        "'Good practice from other forces', the Police and Crime Commissioner (unnamed), the "
        "Welsh Government and South Wales Fire and Rescue Service are distractors.",
    ]))

# km09 -- Dyfed-Powys Police and Crime Panel report (DOCX), PEEL 2021/22 progress ---------
GOLDS.append(gold(
    "km09.docx", "response-record", [DP], [HF],
    [insp(DP, P2122), insp(DP, P1819, "Effectiveness"), insp(DP, P1819, "Efficiency"),
     insp(DP, P1819, "Legitimacy")],
    grades(DP, P2122, GRADES_2122[DP]) + pillars(DP),
    afis=[
        stmt(DP, P2122, RESP,
             "The force should answer non-emergency calls more quickly, and tell callers how "
             "long they can expect to wait.", True),
        stmt(DP, P2122, INV,
             "The force should make sure that investigation plans are recorded and reviewed by "
             "a supervisor.", True),
        stmt(DP, P2122, WORK,
             "The force should make sure that its wellbeing services reach officers and staff "
             "who work in its most rural stations.", False),
        stmt(DP, P2122, WORK,
             "The force should improve how it monitors the workload of detectives.", True),
    ],
    people=[
        person("Elin Prosser", "commissioner", DP, "Police and Crime Commissioner"),
        person("Richard Pughe", "chief-constable", DP, "Chief Constable"),
    ],
    also={"inspections": [insp(DP, P1819)]},
    notes=[
        "The summary is a two-column Word section: Welsh in the first column, a column break, "
        "English in the second. " + WELSH_NOTE,
        "Table 1 gives ten 2021/22 grades ('Da / Good'); the 2021/22 area names map as in "
        "km05. The sentence 'For reference, the force\u2019s 2018/19 grades were: "
        "effectiveness \u2013 good; efficiency \u2013 requires improvement; legitimacy \u2013 "
        "good' gives three 2018/19 pillar judgements (integrated 2018/19 inspection in "
        "also_acceptable).",
        "The AFI table is 'Ref | Area | Area for improvement | Status | Force update'. AFI 3's "
        "update cell is '\u2013' (status 'Not started'), so false.",
        "HMICFRS is named only in full ('Her Majesty\u2019s Inspectorate of Constabulary and "
        "Fire & Rescue Services'). The Panel's recommendation ('The Panel is asked to note the "
        "report') is not a PEEL recommendation. 'adequate' risk register, Audit Wales, Mid and "
        "West Wales Fire and Rescue Service and 2023/24 are distractors; 'good in seven areas "
        "and adequate in three' repeats the table.",
        "People: named title-first in the English summary. The Welsh 'Comisiynydd Heddlu a "
        "Throseddu, Elin Prosser' comes first in reading order but is the same person; the "
        "title is taken from the English text.",
    ]))

# km10 -- South Wales Police PEEL page (HTML), PEEL 2021/22, alternating Welsh/English ----
GOLDS.append(gold(
    "km10.html", "response-record", [SW], [HF],
    [insp(SW, P2122)],
    grades(SW, P2122, GRADES_2122[SW]),
    afis=[
        stmt(SW, P2122, RESP,
             "The force should make sure that it answers non-emergency calls within a "
             "reasonable time, and that callers who hang up are called back.", True),
        stmt(SW, P2122, PPT,
             "The force should improve the way it records the use of force, so that it can show "
             "the use of force is fair and proportionate.", True),
        stmt(SW, P2122, LFM,
             "The force should have a clear plan for how it will pay for its estates strategy.",
             False),
        stmt(SW, P2122, CDI,
             "The force should make sure that reports of anti-social behaviour that include a "
             "crime are recorded as crimes.", True),
    ],
    people=[
        person("Nia Worthington", "chief-constable", SW, "Chief Constable"),
        person("Alun Tudor", "commissioner", SW, "Police and Crime Commissioner"),
    ],
    also={
        "inspections": [insp(SW, P1819, "Effectiveness"), insp(SW, P1819, "Efficiency"),
                        insp(SW, P1819, "Legitimacy")],
        "judgements": pillars(SW),
    },
    notes=[
        "The page is in Welsh first: every paragraph is followed by its English twin; table "
        "cells hold 'Welsh<br>English'. " + WELSH_NOTE,
        "'In 2018/19, the force was judged good in all three pillars' names no pillar, so, as "
        "with 'good in all three areas' in the development corpus, the three pillar grades "
        "are in also_acceptable only.",
        "AFIs sit under bilingual headings: 'Engaging with the public' -> "
        "treatment-of-public, 'Good use of resources' -> leadership-management. The estates "
        "AFI's 'What we have done' box only promises an update in spring 2023, so false.",
        "The closed <details> box lists the grade scale. 'Our next PEEL inspection will be part "
        "of the 2023\u201325 programme' gives nothing. 'no cause of concern', the Welsh "
        "Government, South Wales Fire and Rescue Service and the cookie banner are distractors.",
        "People: 'Chief Constable Nia Worthington'; 'The Police and Crime Commissioner, Alun "
        "Tudor' -> 'Police and Crime Commissioner'.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
