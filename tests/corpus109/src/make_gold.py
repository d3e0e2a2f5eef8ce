"""Write gold/nd01.json ... gold/nd10.json for corpus109 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
SOC = "serious-organised-crime"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
DEM = "understanding-demand"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar=PEEL):
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

# nd01 -- district council scrutiny committee report (PDF), Hampshire, PEEL 2018/19 -------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "nd01.pdf", "response-record", [F, "Thames Valley Police", "Wiltshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(FTP, G), (ELW, RI)]),
    afis=[stmt(F, P1819, ELW,
               "The force should make sure that all its officers and staff have the level of "
               "vetting their role requires, and it should clear its backlog of vetting renewals "
               "as a priority.", True)],
    people=[
        person("Michael Lane", "commissioner", F, "Police and Crime Commissioner"),
        person("Olivia Pinkney", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, P1819, [(None, G)], pillar=EFF)
          + grades(F, P1819, [(None, G)], pillar=EFC)
          + grades(F, P1819, [(None, RI)], pillar=LEG)},
    notes=[
        "A council scrutiny report; the PEEL paragraph (11.3-11.5) sits inside a long report "
        "about the community safety partnership. Following dev12, every 2018/19 fact has "
        "pillar PEEL: the question grades 'good at treating the public fairly' -> "
        "fair-treatment-public Good and 'ensures its workforce behaves ethically and lawfully "
        "was graded requires improvement' -> ethical-lawful-workforce Requires improvement. "
        "The whole-pillar grades (effectiveness good, efficiency good, legitimacy requires "
        "improvement) are in also_acceptable only, as the common brief says for 2018/19.",
        "No overall 2018/19 grade is stated, so there is no PEEL/null judgement.",
        "The AFI is set out on its own line after 'reads:'. has_force_update is true because "
        "the district commander's report to the CSP board (a vetting recovery plan, backlog "
        "down by a third) is the force's update on it. The mental-health demand point is only "
        "paraphrased ('The report also asked the force to do more to understand demand ...'), "
        "so it is not a statement.",
        "Distractors: Ofsted 'outstanding' and HM Inspectorate of Probation 'good' (not "
        "police); the fire and rescue service's 'good' and 'requires improvement' (a fire "
        "inspection, not PEEL); the partnership's own Green/Amber/Red RAG table; dates of "
        "meetings (12 March 2020, 25 March 2019) that are not the period.",
        "Thames Valley Police and Wiltshire Police are named only as partners in Operation "
        "Falcon. Chief Inspector Dawn Pettigrew, councillors and officers are not person "
        "facts. Olivia Pinkney is named in the background documents list ('Letter from Chief "
        "Constable Olivia Pinkney')."
    ]))

# nd02 -- CSP strategic assessment (DOCX), Cambridgeshire, PEEL 2016 (+2015) ----------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "nd02.docx", "response-record", [F, "Norfolk Constabulary", "Lincolnshire Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H),
     insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", LEG, H)],
    grades(F, "2016", [(None, G), (PVP, G), (INV, G)], pillar=EFF)
    + grades(F, "2016", [(None, G), (DEM, G)], pillar=EFC)
    + grades(F, "2016", [(None, G)], pillar=LEG)
    + grades(F, "2015", [(None, RI)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, G)], pillar=LEG),
    afis=[stmt(F, "2016", SOC,
               "The constabulary should work with partner organisations to develop local "
               "profiles of serious and organised crime, so that it and its partners understand "
               "the threat in each district and can plan joint action to disrupt it.",
               False, pillar=EFF)],
    people=[
        person("Jason Ablewhite", "commissioner", F, "Police and Crime Commissioner"),
        person("Alec Wood", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2016", LDR, H)]},
    notes=[
        "Table 3.1 gives pillar grades for 2016 and 2015 (HMIC is named in the paragraph "
        "above it). The Leadership row says 'Narrative only': no judgement; the 2016 "
        "leadership inspection is only implied by its publication date, so it is in "
        "also_acceptable.",
        "Prose adds question grades for 2016: 'in 2016 it judged this area good' (protecting "
        "vulnerable people), 'the force's investigation of crime was also graded good', and "
        "'HMIC graded the force's understanding of demand as good within the efficiency "
        "pillar'. The 2015 weakness in protecting vulnerable people has no grade word.",
        "The AFI is in Word's 'Intense Quote' style after a lead-in; it concerns serious and "
        "organised crime. has_force_update is false: the partnership notes the force has not "
        "yet shared a profile, and a superintendent's offer to brief the board is not an "
        "update on the AFI.",
        "Distractors: Table 3.2 (Ofsted 'Requires improvement', CQC 'Good', 'Not graded' "
        "rows), the partnership's own 'good' assurance rating, the grading scale sentence "
        "naming four grades. Norfolk Constabulary and Lincolnshire Police are partners named "
        "in passing. The Word header and footer are not body text.",
    ]))

# nd03 -- town council news page (HTML), Lincolnshire, PEEL 2021/22 -------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "nd03.html", "press-release", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (PPT, G), (WORK, G), (INV, A), (RESP, A), (MOS, A),
                      (PVP, RI), (LFM, RI)]),
    people=[person("Chris Haward", "chief-constable", F, "Chief Constable")],
    notes=[
        "A town council's news post summarising the neighbourhood inspector's report to full "
        "council. The grades are in a bullet list of lower-case clauses; one bullet carries "
        "three areas ('adequate at investigating crime, responding to the public and "
        "managing offenders and suspects') and another two ('requires improvement at "
        "protecting vulnerable people and at good use of resources').",
        "'good use of resources' is the 2021/22 area name -> leadership-management; its "
        "'good' is not a grade. 'developing a positive workplace' -> workforce; 'treatment of "
        "the public' -> treatment-of-public.",
        "Victim service is not graded. 'nine areas for improvement ... but no causes of "
        "concern' is a count only. The Mayor's repetition of 'requires improvement' adds "
        "nothing. Lincolnshire Fire and Rescue's 'good' is a fire inspection.",
        "People: Inspector Gemma Coultas and councillors are not person facts; 'Chief "
        "Constable Chris Haward' is.",
    ]))

# nd04 -- residents' association newsletter (text), Merseyside, Legitimacy 2017 ---------------
F = "Merseyside Police"
GOLDS.append(gold(
    "nd04.txt", "press-release", [F, "Cheshire Constabulary"], [HF],
    [insp(F, "2017", LEG, HF)],
    grades(F, "2017", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], pillar=LEG),
    afis=[stmt(F, "2017", FTW,
               "The force should improve the way it identifies and supports officers and staff "
               "whose wellbeing is affected by their work, including through regular "
               "conversations with supervisors.", True, pillar=LEG)],
    people=[
        person("Andy Cooke", "chief-constable", F, "Chief Constable"),
        person("Jane Kennedy", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, "2016", LEG, None)],
          "judgements": grades(F, "2016", [(None, G)], pillar=LEG)},
    notes=[
        "A residents' association email newsletter; the 'Police corner' quotes the ward "
        "sergeant. The legitimacy grades are in his prose: good overall, good for treating "
        "the public fairly, good for an ethical and lawful workforce, 'requires improvement' "
        "for how fairly the force treats its own staff.",
        "'which is the same as in 2016' gives no grade word for 2016 (GOLD-FORMAT's 'same "
        "grade as last year' rule): the 2016 legitimacy judgement and inspection are in "
        "also_acceptable only.",
        "The AFI is an indented block inside the sergeant's quote; the wellbeing "
        "conversations he describes are the force's update (true).",
        "Period 2017 comes from the newsletter's date (January 2018, report 'in December') "
        "and 'the same as in 2016'; the inspectorate is HMICFRS, named in the text.",
        "Cheshire Constabulary is named only for the boundary. Sergeant Tony Duffy is not a "
        "person fact. 'The Chief Constable, Andy Cooke' and 'Our Police and Crime "
        "Commissioner, Jane Kennedy' are title-first.",
    ]))

# nd05 -- ward councillor's blog (Markdown), Gloucestershire, PEEL 2021/22 -------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "nd05.md", "press-release",
    [F, "Wiltshire Police", "Avon and Somerset Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (INV, I), (PVP, I), (MOS, I), (LFM, I), (PREV, A), (PPT, A),
                      (WORK, RI)]),
    coc=[stmt(F, P2122, RESP,
              "The constabulary is not answering emergency and non-emergency calls quickly "
              "enough, and it does not always identify vulnerable and repeat callers, so that "
              "some people who need an urgent response do not get one.", True)],
    people=[
        person("Chris Nelson", "commissioner", F, "Police and Crime Commissioner"),
        person("Rod Hansen", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A councillor's blog post in Markdown. The five inadequate areas are a numbered list "
        "under one bold 'inadequate'; item 5 is 'good use of resources' (the 2021/22 name of "
        "leadership-management) whose 'good' is not a grade. Adequate and requires "
        "improvement are given in the next sentence.",
        "'Nothing was graded good or outstanding' gives nothing. 'Engage'/'special measures' "
        "is a monitoring status, not a grade.",
        "The cause of concern is a Markdown blockquote; it concerns the control room "
        "(responding-to-public). has_force_update is true: the Chief Constable's critical "
        "incident in the control room is reported as the force's response. The "
        "recommendations are only paraphrased ('ask the force to improve call answering "
        "times within three months ...'), so there is no recommendation fact.",
        "Distractors: the borough council's 'good' peer challenge and the 2017 Ofsted "
        "'inadequate' for county children's services. Wiltshire Police and Avon and Somerset "
        "Constabulary are named in passing with no grade.",
    ]))

# nd06 -- community safety partnership plan (PDF), Gwent, PEEL 2014 and 2015 -----------------
F = "Gwent Police"
GOLDS.append(gold(
    "nd06.pdf", "response-record", [F, "South Wales Police", "Dyfed-Powys Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H),
     insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", LEG, H)],
    grades(F, "2014", [(None, RI)], pillar=EFF)
    + grades(F, "2014", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, RI), (PREV, G), (INV, RI), (PVP, I)], pillar=EFF)
    + grades(F, "2015", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, G)], pillar=LEG),
    recs=[stmt(F, "2015", PVP,
               "Within three months the force should: review how it grades reports of missing "
               "children so that those at risk are not wrongly recorded as absent; and make sure "
               "that every child who returns from a missing episode is offered an independent "
               "return interview.", True, pillar=EFF)],
    coc=[stmt(F, "2015", PVP,
              "Gwent Police does not consistently recognise the risk to children who go missing "
              "from home or care, and too many reports are recorded as \u2018absent\u2019 "
              "without an assessment, which means some children may be left at risk of sexual "
              "exploitation.", True, pillar=EFF)],
    people=[
        person("Ian Johnston", "commissioner", F, "Police and Crime Commissioner for Gwent"),
        person("Jeff Farrar", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A CSP partnership plan (2016 refresh) printed to PDF with a cover page. 2014 grades "
        "are in prose: 'requires improvement in how effectively it reduces crime and keeps "
        "people safe' -> Effectiveness 2014 Requires improvement; 'found its efficiency good' "
        "-> Efficiency 2014 Good. The 2014 legitimacy was 'Not inspected in 2014'.",
        "The 2015 table gives the three pillars and three effectiveness questions (indented "
        "rows): preventing-crime Good, investigating-crime Requires improvement, "
        "protecting-vulnerable Inadequate. 'No change' cells agree with the 2014 grades and "
        "add nothing.",
        "The cause of concern and the recommendation sit in a boxed panel. The "
        "recommendation is a lead-in ending in a colon plus two bullets, joined into one "
        "statement. Both are under protecting vulnerable people. has_force_update is true "
        "for both: 'The force told the board in March that the \u2018absent\u2019 category "
        "has been withdrawn ... return interviews are now commissioned'.",
        "People: 'The Police and Crime Commissioner for Gwent, Ian Johnston' - the title is "
        "kept as written, including 'for Gwent' (a grader might accept 'Police and Crime "
        "Commissioner'). 'Chief Constable Jeff Farrar'. The board chair is a councillor.",
        "South Wales Police and Dyfed-Powys Police are named as collaboration partners, no "
        "grade. 'South Wales Fire and Rescue Service' is not a police force. Distractors: "
        "Estyn 'Adequate', CSSIW and Wales Audit Office rows, the board's own RAG column, "
        "the Welsh name 'Heddlu Gwent'.",
    ]))

# nd07 -- parish council minutes (DOCX), Norfolk, PEEL 2023-25 ------------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "nd07.docx", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, G), (MOS, G), (RESP, A), (INV, A)]),
    afis=[stmt(F, P2325, RESP,
               "The force should make sure that callers to its non-emergency number are answered "
               "within a reasonable time, and that it monitors how many calls are abandoned.",
               True)],
    people=[person("Julia Marriner", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "Parish council minutes with a police report item (24/104). 'graded good in six "
        "areas and adequate in two' is a count: only the four areas named in the next "
        "sentence are judgements (good: preventing crime, managing offenders and suspects; "
        "adequate: responding to the public, investigating crime).",
        "The AFI is read out by the inspector, in Word's 'Quote' style after a lead-in. It "
        "concerns 101 calls -> responding-to-public (Cllr Coker's question). The call-back "
        "option, online form and the DCC's board are the force's update (true).",
        "People: 'the Deputy Chief Constable, Julia Marriner' (qualifier deputy). The "
        "inspector, councillors and the clerk are not person facts.",
        "Distractors: 'no causes of concern'; the fire and rescue inspection (no grade); the "
        "district council's 'good' peer review; allotment plots 'rated good'; the finance "
        "table; the Word header/footer ('DRAFT minutes').",
    ]))

# nd08 -- MP's constituency newsletter (HTML), Northumbria, PEEL 2023-25 --------------------
F = "Northumbria Police"
D = "Durham Constabulary"
GOLDS.append(gold(
    "nd08.html", "press-release", [F, D, "Cleveland Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(D, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, G), (RESP, G), (MOS, G), (INV, A), (PPT, A), (PVP, A), (LFM, A),
                      (WORK, RI)])
    + grades(D, P2325, [(PREV, O)]),
    afis=[stmt(F, P2325, None,
               "The force should make sure it investigates crimes against children and "
               "vulnerable adults promptly, and that victims are kept informed of progress in "
               "line with the Victims\u2019 Code.", False)],
    people=[person("Lorna Maitland", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "An MP's monthly newsletter on the MP's website. The grading-scale sentence names all "
        "five grades and gives no judgement. Grades are in prose lists whose items contain "
        "'and' ('managing offenders and suspects', 'leadership and force management'); "
        "'police powers and public treatment' -> treatment-of-public; 'building, supporting "
        "and protecting the workforce' -> workforce.",
        "The AFI is a blockquote; it is not under any area heading and could belong to "
        "investigating crime or protecting vulnerable people, so question is null. "
        "has_force_update false: the MP has written asking for a response.",
        "Durham Constabulary's 'graded outstanding for preventing crime when its own report "
        "came out earlier this year' is another force's 2023-25 grade in passing (inspection "
        "HMICFRS by context). Cleveland Police is named with a monitoring status only.",
        "'innovative practice' is a distractor. The HMI is named title-first with a curly "
        "apostrophe. The MP, Chief Constable and PCC are unnamed or not person facts.",
    ]))

# nd09 -- council external inspection register (CSV), Suffolk, PEEL 2023-25 ----------------
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "nd09.csv", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G)])
    + grades(F, P2122, [(INV, G)]),
    afis=[stmt(F, P2325, RESP,
               "The constabulary should improve how quickly it answers non-emergency calls so "
               "that fewer callers abandon them before speaking to an operator.", True)],
    notes=[
        "A community safety partnership's register of partners' external inspections, one "
        "row per inspected area. Each Suffolk Constabulary row gives its area, 'HMICFRS', the "
        "period in the Inspection column ('PEEL 2023-25' or 'PEEL 2021/22') and the grade in "
        "the Judgement column.",
        "EXT-11 (victim service, 'Not graded') and EXT-12 ('See force report') give nothing. "
        "EXT-08 is a 2021/22 grade (investigating crime Good), superseded but still stated.",
        "The AFI is the last cell of EXT-06, after the label 'AFI:'; the 'Latest update' "
        "cell of that row is the force's update (true).",
        "Distractors: the partnership's own RAG column; Ofsted, CQC, HM Inspectorate of "
        "Probation and Regulator of Social Housing rows (with 'Good' and 'Requires "
        "improvement'); the fire and rescue row, which is an HMICFRS inspection but not a "
        "police one. 'Norfolk and Suffolk NHS Foundation Trust' is not a force.",
    ]))

# nd10 -- neighbourhood alert email (text), Leicestershire, PEEL 2023-25 --------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "nd10.txt", "press-release", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, A)])
    + grades(F, P2122, [(RESP, RI)]),
    afis=[stmt(F, P2325, INV,
               "The force should make sure that investigations are properly supervised and that "
               "investigation plans are recorded and followed, so that victims receive a good "
               "service and offenders are brought to justice.", True)],
    people=[
        person("Rob Nixon", "chief-constable", F, "Chief Constable"),
        person("Rupert Matthews", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A neighbourhood alert email from a neighbourhood inspector, with a merge field "
        "('Dear {FIRST NAME}'). The eight 2023-25 grades are dash-bulleted 'Area: Grade' "
        "lines.",
        "'At our last inspection, in 2021/22, the force was graded requires improvement in "
        "that area' (responding to the public) gives a 2021/22 judgement; the inspectorate is "
        "HMICFRS by context.",
        "The AFI is an indented block after 'Investigating crime is where we have most to "
        "do. The report says:'. The sergeant reviews and the ACC's programme are the force's "
        "update (true). 'receive a good service' inside the AFI is not a grade.",
        "People: 'Chief Constable Rob Nixon', 'our Police and Crime Commissioner, Rupert "
        "Matthews'. Assistant Chief Constable Adam Reynolds and Insp Priya Chauhan are not "
        "person facts. 'good practice' is a distractor. Nottinghamshire Police is named as "
        "a neighbouring force that helped with a warrant.",
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
