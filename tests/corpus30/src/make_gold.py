"""Write gold/i01.json ... gold/i10.json for corpus30 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

import texts as T

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = ("treatment-of-public", "preventing-crime", "responding-to-public",
                        "investigating-crime")
PVP, MOS, WORK, LFM = ("protecting-vulnerable", "managing-offenders", "workforce",
                       "leadership-management")
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

MET = "Metropolitan Police Service"
COL = "City of London Police"
GMP = "Greater Manchester Police"
WYP = "West Yorkshire Police"
STAFFS = "Staffordshire Police"
DP = "Dyfed-Powys Police"
CUMB = "Cumbria Constabulary"
NY = "North Yorkshire Police"

# One set of invented grades per force, used wherever the force appears.
GRADES_2325 = {
    MET: [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, I), (MOS, A), (WORK, RI), (LFM, A)],
    COL: [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, RI), (LFM, RI)],
    GMP: [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, G)],
    WYP: [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, G), (WORK, G), (LFM, A)],
    STAFFS: [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A),
             (LFM, A)],
    DP: [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G), (LFM, A)],
    CUMB: [(PREV, G), (RESP, G), (INV, RI), (PVP, A)],
    NY: [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, RI), (MOS, G), (WORK, A), (LFM, RI)],
}


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all_grades(force, only=None):
    pairs = GRADES_2325[force]
    if only is not None:
        pairs = [(q, g) for q, g in pairs if q in only]
    return grades(force, P2325, pairs)


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

# i01 -- the Met's response to its PEEL 2023-25 report, with MOPAC comments (DOCX) --------
GOLDS.append(gold(
    "i01.docx", "response-record", [MET], [HF],
    [insp(MET, P2325, inspectorate=HF), insp(MET, P2122)],
    all_grades(MET) + grades(MET, P2122, [(RESP, I)]),
    afis=[stmt(MET, P2325, q, t, upd) for (q, t), upd in
          zip(T.MET_AFI, [True, True, True, False, True, True])],
    recs=[stmt(MET, P2325, PVP, T.MET_REC1, True),
          stmt(MET, P2325, PVP, T.MET_REC2, False)],
    coc=[stmt(MET, P2325, PVP, T.MET_COC, True)],
    people=[
        person("Callum Redfearn", "chief-constable", MET, "Commissioner"),
        person("Priya Ghale", "chief-constable", MET, "Deputy Commissioner", "deputy"),
        person("Eleanor Strachan-Boyd", "inspector", HF,
               "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "The grades table gives the eight 2023-25 grades; 'Providing a service to victims of "
        "crime: Not graded' gives nothing. The paragraph after it, 'In 2021/22 responding to "
        "the public was graded inadequate', gives a 2021/22 judgement; no inspectorate is "
        "named for that year, so its inspection has inspectorate null.",
        "The cause of concern sits under section 3 with no area heading; its two "
        "recommendations are about vulnerability referrals, so all three take "
        "protecting-vulnerable (the only inadequate area, which the text says 'moved the other "
        "way').",
        "has_force_update: the cause of concern and Recommendation 1 are each followed by an "
        "'MPS response:' (true). Recommendation 2 has only a 'MOPAC oversight comment:', "
        "which is the oversight body's view, not the force's update (false). In the AFI table, "
        "AFI 4's 'MPS response and progress' cell is 'To be confirmed.' (false); the other "
        "five have progress (true).",
        "People. 'The Commissioner, Sir Callum Redfearn' is the Met's chief officer, not a "
        "police and crime commissioner: role chief-constable, title 'Commissioner' (title "
        "first), 'Sir' dropped. 'Deputy Commissioner Priya Ghale' is the deputy chief "
        "officer: chief-constable with qualifier deputy, as for a Deputy Chief Constable. "
        "Assistant Commissioner Tomasz Bielecki is treated like an assistant chief constable: "
        "not a person fact. The HMI keeps the straight apostrophe of the Word text.",
        "MOPAC and the Mayor: the Mayor (unnamed) holds the PCC functions in London and MOPAC "
        "comments on each finding, but no MOPAC office-holder is named, so there is no "
        "commissioner fact. The unsigned 'Deputy Commissioner' closing block adds nothing.",
        "Distractors: the five-point scale sentence, 'good practice' on town centre patrols, "
        "the national vetting recommendations 'to all chief constables and to the "
        "Commissioner', and London Fire Brigade's 'judged good at preventing fires' (a fire "
        "and rescue inspection).",
    ]))

# i02 -- MOPAC Oversight Board paper (PDF) -------------------------------------------------
GOLDS.append(gold(
    "i02.pdf", "response-record", [MET, COL], [HF],
    [insp(MET, P2325, inspectorate=HF), insp(MET, P2122), insp(COL, P2325)],
    all_grades(MET)
    + grades(MET, P2122, [(PREV, A), (RESP, I), (INV, RI), (PVP, RI)])
    + all_grades(COL, only={RESP}),
    recs=[stmt(MET, P2325, PVP, T.MET_REC1, False),
          stmt(MET, P2325, PVP, T.MET_REC2, False)],
    coc=[stmt(MET, P2325, PVP, T.MET_COC, False)],
    people=[
        person("Callum Redfearn", "chief-constable", MET, "Commissioner"),
        person("Priya Ghale", "chief-constable", MET, "Acting Deputy Commissioner", "deputy"),
        person("Eleanor Strachan-Boyd", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Paragraph 5 gives all eight 2023-25 grades in one sentence of semicolon-separated "
        "groups ('adequate at A, at B, and at C; requires improvement at ...'). The comparison "
        "table repeats four of them and adds four 2021/22 grades (column '2021/22'); the "
        "2021/22 inspectorate is not named for that column, so it is null. 'Direction' "
        "arrows add nothing.",
        "The cause of concern is the blockquote after paragraph 7, and its two "
        "recommendations are the lettered sub-items of paragraph 8. Nothing after them is "
        "the force's update: the 'MOPAC assessment' is MOPAC's own view, and section 4 says "
        "only that the Commissioner accepts every finding. So has_force_update is false for "
        "all three. Paragraph 9 names the six areas for improvement only by topic: no "
        "statements. The board's own 'The Board is asked to note' is not a recommendation.",
        "City of London Police: 'inspected in the same round, was graded good at responding to "
        "the public' -> a 2023-25 judgement in passing; its inspectorate is not restated, so "
        "null.",
        "People. 'The Commissioner, Sir Callum Redfearn' -> chief-constable, 'Commissioner'. "
        "'Acting Deputy Commissioner Priya Ghale': in i01 (written a fortnight later) she is "
        "'Deputy Commissioner'; here she is acting. The format allows one qualifier; the "
        "deputy-chief-officer rank is the one that makes her a fact, so qualifier 'deputy' "
        "(check_gold's title rule also picks 'deputy'); 'acting' is lost and the title keeps "
        "it. The HMI is named only in the background papers line (curly apostrophe).",
        "The Deputy Mayor for Policing and Crime, Rosalind Achterberg, is NOT a person fact: "
        "GOLD-FORMAT's role commissioner is a PCC or a PFCC, and in London the PCC functions "
        "belong to the Mayor (the occupant of MOPAC); the Deputy Mayor exercises them by "
        "delegation and her title names no commissioner. The Mayor is unnamed. Assistant "
        "Commissioner Tomasz Bielecki is treated like an ACC: not a fact.",
        "Distractors: 14 national recommendations 'to all chief constables, including the "
        "Commissioner', a 2025/26 budget, section 55 and its 56 days.",
    ]))

# i03 -- City of London Police Authority Board minutes (PDF) --------------------------------
GOLDS.append(gold(
    "i03.pdf", "response-record", [COL, MET, "British Transport Police"], [HF],
    [insp(COL, P2325, inspectorate=HF)],
    all_grades(COL),
    afis=[stmt(COL, P2325, PVP, T.COL_AFI_PVP, True)],
    coc=[stmt(COL, P2325, LFM, T.COL_COC, True)],
    people=[person("Helen Marchmont", "chief-constable", COL, "Commissioner")],
    notes=[
        "Minute 5 gives the eight grades in reported speech: 'good in four areas (A, B, C, and "
        "D); adequate for E and for F; and requires improvement for G and for H'. 'There was no "
        "inadequate grade' and 'the service to victims was not graded' give nothing.",
        "The cause of concern is read out as a blockquote and followed by the Assistant "
        "Commissioner's account of what the force is doing (true). Its area comes from i07 and "
        "from its wording (demand, workforce capacity, costs): leadership-management. The two "
        "recommendations are only paraphrased ('as the first recommendation required'), so "
        "they are not statements. The findings table gives counts with no text.",
        "The one quoted area for improvement (repeat victims of domestic abuse) is followed "
        "by the Temporary Commander's update (true); area protecting-vulnerable.",
        "People. 'Helen Marchmont \u2013 Commissioner' in the attendance list: the City of "
        "London Police's chief officer is a Commissioner, so role chief-constable, title "
        "'Commissioner'. She had been 'Acting Commissioner' at the time of the inspection "
        "(i07 names her so) and was confirmed in April: a change of title between documents. "
        "Not facts: Assistant Commissioner Idris Vane (like an ACC), Temporary Commander Fiona "
        "Ruddock, the Police Authority Director and the Clerk. 'Deputy Henrietta Laing', "
        "'Deputy Oluwaseun Adebanjo' and 'Deputy Christopher Maund' are Common Councilmen with "
        "the City's honorific 'Deputy'; 'Alderman' is likewise a civic title. None is a police "
        "officer or a commissioner. The Police Authority Board (the City's police authority) "
        "has no commissioner; its Chair is not a PCC.",
        "The Metropolitan Police Service and British Transport Police are named as partners "
        "in a domestic abuse process: forces, no inspection. 'a good response to the recent "
        "recruitment campaign' is a distractor.",
    ]))

# i04 -- Greater Manchester mayor's press release (DOCX) -----------------------------------
GOLDS.append(gold(
    "i04.docx", "press-release", [GMP], [HF],
    [insp(GMP, P2325, inspectorate=HF), insp(GMP, P2122)],
    all_grades(GMP) + grades(GMP, P2122, [(RESP, I)]),
    people=[
        person("Siobhan Ferriday", "chief-constable", GMP, "Chief Constable"),
        person("Owen Latchford", "chief-constable", GMP, "Deputy Chief Constable", "deputy"),
        person("Reuben Ashdown-Clay", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
    ],
    also={"forces": [WYP]},
    notes=[
        "The release never says '2023-25': the period comes from 'its latest PEEL inspection' "
        "under 'its current grading approach', with the 2021/22 inspection as the previous "
        "one, in an April 2025 release. Grades: outstanding at preventing crime; good at "
        "responding to the public, 'treating the public fairly and using its police powers' "
        "(treatment-of-public), managing offenders, workforce and leadership; adequate at "
        "investigating crime and protecting vulnerable people. 'the two areas that are still "
        "only adequate' repeats them.",
        "2021/22: 'an area it was graded inadequate in during the 2021/22 inspection' -> "
        "responding-to-public Inadequate; no inspectorate is attached to that inspection in "
        "the sentence (null).",
        "People. Chief Constable Siobhan Ferriday and Deputy Chief Constable Owen Latchford "
        "(qualifier deputy, named inside a quote). The HMI is named title-first ('His "
        "Majesty\u2019s Inspector of Constabulary, Reuben Ashdown-Clay').",
        "Mayor and Deputy Mayor are NOT person facts. 'Tobias Hartigan, Mayor of Greater "
        "Manchester' holds the PCC's powers, and 'Kiran Dhaliwal-Moss, Deputy Mayor for "
        "Policing, Crime, Criminal Justice and Fire' oversees the force day to day, but "
        "GOLD-FORMAT's role commissioner is a police and crime commissioner or a police, fire "
        "and crime commissioner, and neither title names a commissioner (the release itself "
        "says 'there is no police and crime commissioner'). A 'commissioner' fact with a "
        "Mayor's title would misstate the office, so both are left out and recorded here.",
        "'an arrangement now shared with West Yorkshire' names the mayoral area, not the "
        "force: West Yorkshire Police is in also_acceptable forces only.",
        "Distractors: Greater Manchester Fire and Rescue Service 'good in all three pillars' "
        "(fire), the grading-scale note, 'special measures', a 30 June 2025 consultation date.",
    ]))

# i05 -- Staffordshire Commissioner's section 55 letter (DOCX) ------------------------------
GOLDS.append(gold(
    "i05.docx", "response-record", [STAFFS, "Essex Police"], [HF],
    [insp(STAFFS, P2325, inspectorate=HF)],
    all_grades(STAFFS),
    afis=[stmt(STAFFS, P2325, q, t, upd) for (q, t), upd in
          zip(T.STAFFS_AFI, [True, True, True, False])],
    people=[
        person("Jonathan Ferrars", "inspector", HF,
               "His Majesty's Chief Inspector of Constabulary"),
        person("Marisa Quayle", "chief-constable", STAFFS, "Temporary Chief Constable",
               "temporary"),
        person("Lorna Whitcombe-Reyes", "inspector", HF,
               "His Majesty's Inspector of Constabulary"),
        person("Benedict Harcourt-Ames", "commissioner", STAFFS,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ],
    also={"inspections": [insp(STAFFS, P2122)],
          "judgements": grades(STAFFS, P2122, [(RESP, RI)])},
    notes=[
        "The letter is the Commissioner's statutory (section 55) comment on the PEEL 2023-25 "
        "report. Grades: good at preventing crime and managing offenders; 'adequate in five "
        "areas' listed after a colon with semicolons (one item, 'building, supporting and "
        "protecting the workforce', contains commas); responding to the public requires "
        "improvement.",
        "'the same grade the force received in 2021/22' names no grade word for 2021/22 "
        "(GOLD-FORMAT's 'same grade as last year' convention), so the 2021/22 responding grade "
        "and its inspection are in also_acceptable only, although the sentence makes it plain.",
        "The AFI table has no area column: each AFI's question comes from its wording (THRIVE "
        "and calls -> responding-to-public; allocation of investigations -> "
        "investigating-crime; voice of the child at domestic abuse -> protecting-vulnerable; "
        "benefits of the change programme -> leadership-management). The fourth row's 'Force "
        "action' is '\u2013', so has_force_update is false; the Commissioner's assurance cell "
        "is not the force's update. 'no cause of concern and no recommendations'.",
        "People. The Commissioner is named only in the signature block, name then title: "
        "'Staffordshire Commissioner for Police, Fire and Rescue and Crime' is the statutory "
        "title of Staffordshire's PFCC, so role commissioner with the title as written. "
        "'Sir Jonathan Ferrars' then 'His Majesty's Chief Inspector of Constabulary' on the "
        "next line (address block): inspector. 'Temporary Chief Constable Marisa Quayle' "
        "(qualifier temporary); the cc line's unnamed 'Temporary Chief Constable' adds "
        "nothing.",
        "Essex Police is named only as a peer reviewer: forces, no inspection. Staffordshire "
        "Fire and Rescue Service 'good at preventing fires' is a fire inspection: nothing.",
    ]))

# i06 -- Dyfed-Powys PCC bilingual news page (HTML) -----------------------------------------
GOLDS.append(gold(
    "i06.html", "press-release",
    [DP, "Gwent Police", "North Wales Police", "South Wales Police"], [HF],
    [insp(DP, P2325, inspectorate=HF), insp("South Wales Police", P2325)],
    all_grades(DP) + grades("South Wales Police", P2325, [(PREV, G)]),
    people=[
        person("Gwenllian Prydderch", "commissioner", DP, "Comisiynydd Heddlu a Throseddu"),
        person("Ieuan Tudur-Pryce", "chief-constable", DP, "Prif Gwnstabl"),
    ],
    notes=[
        "The page is bilingual, Welsh first in every pair of paragraphs. The grades are given "
        "twice in prose (Welsh 'da' / 'digonol', then English 'good' / 'adequate') and once in "
        "a bilingual table ('Da / Good', 'Digonol / Adequate'); each grade counts once. "
        "'Heb ei raddio / Not graded' for victims gives nothing.",
        "South Wales Police ('Heddlu De Cymru' in Welsh): 'inspected earlier in the same round, "
        "was also judged good at preventing crime' -> a 2023-25 judgement in passing; the "
        "inspectorate is not restated for it (null). Gwent Police and North Wales Police "
        "('Heddlu Gwent', 'Heddlu Gogledd Cymru') are named only as partners.",
        "People: each is first named in the Welsh paragraph, title first: 'Comisiynydd Heddlu "
        "a Throseddu Dyfed-Powys, Gwenllian Prydderch' (title = the office without the place "
        "name, as for an English title-first mention) and 'y Prif Gwnstabl Ieuan "
        "Tudur-Pryce'. The gold keeps these Welsh titles as written. Their English "
        "equivalents follow in the parallel text ('Dyfed-Powys Police and Crime Commissioner "
        "Gwenllian Prydderch', 'Chief Constable Ieuan Tudur-Pryce'); a graph holding the "
        "English title has the same person and role. check_gold.py only recognises English "
        "titles, so it reports these two titles (see README).",
        "The inspectorate is named in English as HMICFRS (the Welsh 'Arolygiaeth Cwnstabliaeth "
        "a Gwasanaethau T\u00e2n ac Achub EF' is the same body). The five areas for "
        "improvement are only counted. Distractors: a fire and rescue service graded 'good' "
        "in related news, the 2025/26 precept, 'a good service'.",
    ]))

# i07 -- HMICFRS PEEL 2023-25 report extract, City of London Police (PDF) -------------------
GOLDS.append(gold(
    "i07.pdf", "peel-report-2021", [COL, MET], [HF],
    [insp(COL, P2325, inspectorate=HF), insp(COL, P2122, inspectorate=HF)],
    all_grades(COL) + grades(COL, P2122, [(INV, G)]),
    afis=[stmt(COL, P2325, INV, T.COL_AFI_INV),
          stmt(COL, P2325, PVP, T.COL_AFI_PVP),
          stmt(COL, P2325, WORK, T.COL_AFI_WORK),
          stmt(COL, P2325, WORK, T.COL_AFI_WORK2)],
    recs=[stmt(COL, P2325, LFM, T.COL_REC1), stmt(COL, P2325, LFM, T.COL_REC2)],
    coc=[stmt(COL, P2325, LFM, T.COL_COC)],
    people=[
        person("Helen Marchmont", "chief-constable", COL, "Acting Commissioner", "acting"),
        person("Margaret Oduya-Finch", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "'Our judgements' is the inspectorate's grade-column table: five columns headed by "
        "the grades (Outstanding ... Inadequate) with the areas listed under their grade; the "
        "Outstanding and Inadequate columns are empty. In the PDF text the header row wraps "
        "('Requires' / 'improvement') and the area names wrap inside their cells.",
        "'In our 2021/22 inspection we graded the force good at investigating crime' -> a "
        "2021/22 judgement ('our' = HMICFRS, which publishes the report).",
        "The cause of concern and its two bulleted recommendations sit under the heading "
        "'Leadership and force management' -> leadership-management. Main findings repeat "
        "some grades as bare labels under area headings. The workforce box has two bulleted "
        "AFIs (separate statements, no lead-in). An inspectorate report has no force "
        "updates: all false.",
        "People: 'Acting Commissioner Helen Marchmont' is the force's acting chief officer: "
        "chief-constable, qualifier acting (she is 'the Commissioner' in the later minutes, "
        "i03). The HMI signs the observations, name then title.",
        "The Metropolitan Police Service is named only in the national-recommendations note: "
        "forces, no inspection. Distractors: 'good practice' in the innovative practice box, "
        "'an adequate supply of new recruits', 'its response to the public is good' (repeats "
        "the graded area), the ISBN and dates.",
    ]))

# i08 -- West Yorkshire Mayor's policing team tracker (CSV, cp1252, CRLF) -------------------
GOLDS.append(gold(
    "i08.csv", "response-record", [WYP], [HF],
    [insp(WYP, P2325, inspectorate=HF), insp(WYP, P2122, inspectorate=HF)],
    all_grades(WYP, only={RESP, PPT, PVP, LFM, PREV}),
    afis=[stmt(WYP, P2325, q, t, upd) for (q, t), upd in
          zip(T.WYP_AFI, [True, True, True, False, True])]
    + [stmt(WYP, P2122, INV, T.WYP_AFI_2122, True)],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings (en dashes in Status, a curly apostrophe in the notes). "
        "The 'Area grade' column holds the 2023-25 grade of the row's area; note 2 says it is "
        "the HMICFRS PEEL 2023-25 grade and adds 'graded outstanding for preventing crime'. "
        "Investigating crime, managing offenders and workforce are not graded anywhere in the "
        "file (the 2021/22 row's grade cell is empty).",
        "Rows by Type: five 2023-25 AFIs; WYP-P21-07 is a 2021/22 AFI carried forward (its "
        "Source names HMICFRS); NAT-24-03 is a national thematic recommendation to all chief "
        "constables and MO-25-02 a mayoral action: neither is a PEEL fact.",
        "has_force_update is true where 'Latest update' gives progress; WYP-P23-04's cell is "
        "empty (false). Status colours do not matter.",
        "People: none. Leads are ranks only ('ACC Operations', 'DCC'); the Deputy Mayor (the "
        "DMAM) is unnamed and, like the Mayor, would not be a commissioner fact anyway.",
    ]))

# i09 -- local news article: interim chief constable, Cumbria (TXT) -------------------------
GOLDS.append(gold(
    "i09.txt", "press-release", [CUMB, "Lancashire Constabulary"], [HF],
    [insp(CUMB, P2325, inspectorate=HF), insp(CUMB, P2122, inspectorate=HF)],
    all_grades(CUMB) + grades(CUMB, P2122, [(INV, A)]),
    people=[
        person("Janine Scarth", "chief-constable", CUMB, "deputy chief constable", "deputy"),
        person("Graham Ollerton", "chief-constable", CUMB, "Chief Constable"),
        person("Alistair Brackenthwaite", "commissioner", CUMB,
               "Police, Fire and Crime Commissioner"),
    ],
    notes=[
        "Grades (2023-25, HMICFRS): good at preventing crime and responding to the public; "
        "'required improvement in investigating crime'; protecting vulnerable people "
        "adequate. 'The remaining four areas were rated either adequate or good' names no "
        "area: nothing. 2021/22: 'In the inspectorate's 2021/22 report, the force's handling "
        "of investigations had been rated adequate' -> investigating-crime Adequate "
        "('the inspectorate' is HMICFRS, named just before).",
        "People. Janine Scarth is first named 'the constabulary's deputy chief constable' "
        "(lower case, as written) and becomes 'interim chief constable' from 1 August. Title "
        "is the one she is first named with, so qualifier deputy. 'Interim' has no qualifier "
        "in GOLD-FORMAT (acting, temporary, deputy): had she been first named as interim "
        "chief constable, the qualifier would be null, not temporary. Chief Constable Graham "
        "Ollerton (retiring) is still in post.",
        "'Cumbria's Police, Fire and Crime Commissioner, Alistair Brackenthwaite' (title "
        "first, so without the place). The article says he held the title of police and crime "
        "commissioner until April 2024: a change of title; the gold keeps the title he is "
        "named with. The unnamed ACC acting as deputy is not a fact.",
        "Lancashire Constabulary is named as Ms Scarth's former force: forces only. "
        "Distractors: the fire service 'good' in related articles, 'good work', the panel date.",
    ]))

# i10 -- North Yorkshire Police staff briefing (Markdown) -----------------------------------
GOLDS.append(gold(
    "i10.md", "press-release", [NY], [HF],
    [insp(NY, P2325, inspectorate=HF), insp(NY, P2122)],
    all_grades(NY) + grades(NY, P2122, [(RESP, I)]),
    afis=[stmt(NY, P2325, q, t, upd) for (q, t), upd in
          zip(T.NY_AFI, [True, False, True])],
    recs=[stmt(NY, P2325, RESP, T.NY_REC, True)],
    coc=[stmt(NY, P2325, RESP, T.NY_COC, False)],
    people=[person("Gareth Ingilby", "chief-constable", NY, "Acting Chief Constable",
                   "acting")],
    also={"people": [person("Philippa Marwood", "commissioner", NY,
                            "Police, Fire and Crime Commissioner")]},
    notes=[
        "An intranet staff briefing in Markdown with YAML front matter. The grades are a pipe "
        "table (two of them in bold, victims '*Not graded*'). 'In 2021/22 responding to the "
        "public was graded inadequate' -> 2021/22 judgement, inspectorate not stated (null). "
        "The five-point scale sentence gives nothing. Genre press-release is the nearest fit "
        "for an internal announcement.",
        "The cause of concern and the recommendation are Markdown blockquotes. The 'What "
        "we're doing' paragraph comes after the recommendation, so the recommendation is "
        "true and the cause of concern false. Both take responding-to-public (the cause of "
        "concern is about calls).",
        "AFIs are a numbered list; AFIs 1 and 3 have an indented 'What we're doing' sub-item "
        "(true), AFI 2 has none (false; the later remark about the financial plan does not "
        "follow it directly). The sub-items are updates, not parts of the AFI. Questions come "
        "from the wording (missing children -> protecting-vulnerable; estates and fleet -> "
        "leadership-management; Victims' Code -> investigating-crime).",
        "People. 'Acting Chief Constable Gareth Ingilby' (qualifier acting). Assistant Chief "
        "Constable Dawn Medley is not a fact. Philippa Marwood is first named as 'the Deputy "
        "Mayor for Policing, Fire and Crime', an office GOLD-FORMAT has no role for (she holds "
        "delegated mayoral powers, not a commissioner's), so she is not a main fact; the same "
        "sentence says she 'until then was North Yorkshire's Police, Fire and Crime "
        "Commissioner', so a graph that records her as the former PFCC is not wrong: "
        "also_acceptable, with that title.",
        "'Mayor of York and North Yorkshire' names a mayoral area, not a second force. "
        "North Yorkshire Fire and Rescue Service is excluded by the text. 'good practice' is "
        "a distractor.",
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
