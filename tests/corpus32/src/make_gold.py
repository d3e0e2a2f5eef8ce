"""Write gold/kb01.json ... gold/kb10.json for corpus32 (format: shared/corpus/GOLD-FORMAT.md).

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
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"
AB = {"O": O, "G": G, "A": A, "RI": RI, "I": I}
ORDER = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM, CDI]


def insp(force, period, inspectorate=HF, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def row(force, period, abbrevs):
    """Nine abbreviated grades in ORDER (PPT ... CDI)."""
    return grades(force, period, [(q, AB[a]) for q, a in zip(ORDER, abbrevs.split())])


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


# The invented grades, shared by every document that names the force.
DERBY = "G G A RI A G A A G"
LEICS = "A G G A RI A G G A"
LINCS = "G A RI RI A G G A RI"
NORTHANTS = "A O A A A G G G G"
NOTTS = "RI A G RI RI A A A A"

GOLDS = []

# kb01 -- OPCC AFI tracker (CSV, cp1252, CRLF), Derbyshire ------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "kb01.csv", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(INV, RI), (RESP, A), (PVP, A), (WORK, A), (LFM, A), (PPT, G)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that every investigation has a documented plan, and "
             "that supervisors review it at the intervals set out in force policy.", True),
        stmt(F, P2325, INV,
             "The force should reduce the number of investigations closed with outcome 16 "
             "(victim does not support action) without a record of why the victim withdrew.", True),
        stmt(F, P2325, RESP,
             "The force should make sure that the risk assessment carried out at the first "
             "point of contact is recorded for every call for service.", True),
        stmt(F, P2325, PVP,
             "The force should improve how it records the voice of the child when officers "
             "attend domestic abuse incidents.", False),
        stmt(F, P2325, WORK,
             "The force should make sure that its wellbeing offer reaches officers and staff "
             "working night shifts and in rural stations.", True),
        stmt(F, P2325, LFM,
             "The force should develop a workforce plan that links the skills it needs to the "
             "demand it expects over the next three years.", True),
        stmt(F, P2325, PPT,
             "The force should make sure that officers record the grounds for a stop and "
             "search in enough detail for a supervisor to judge whether they were "
             "reasonable.", True),
        stmt(F, P2122, INV,
             "The force should make sure that victims are updated about their case at the "
             "frequency agreed with them.", True),
    ],
    encoding="cp1252",
    notes=[
        "Grades come from the 'PEEL grade' column (RI, A, G), read with the key row 'O = "
        "Outstanding; G = Good; A = Adequate; RI = Requires improvement; I = Inadequate'. "
        "The key says the grade is the one given 'in the inspection named in Source', so the "
        "carried-forward row DER-21-09 ('PEEL 2021/22 AFI') gives a 2021/22 investigating "
        "grade of RI. Only areas that have a row are graded; preventing, managing offenders "
        "and crime data integrity do not appear.",
        "The 'RAG' column (Red/Amber/Green/Blue) and '% complete' are the OPCC's delivery "
        "ratings, never grades. 'Green' next to 'G' is the trap.",
        "NAT-24-03 is a thematic recommendation to all chief constables (grade 'NG', area "
        "'n/a'): not a force fact. 'Good practice ... (Op Pendle)' is a distractor.",
        "has_force_update: the 'Latest update from the force' cell; DER-23-04 says 'No "
        "update received for this period.', so false.",
        "The CSV is cp1252 with CRLF; the statements sit in quoted cells, so check_gold is run "
        "on text/kb01.csv (same cells joined by tabs, same encoding).",
    ]))

# kb02 -- one-page dashboard (PDF), Lincolnshire -------------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "kb02.pdf", "response-record", [F], [HF],
    [insp(F, P2325)],
    row(F, P2325, LINCS),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that supervisors review investigations regularly and "
             "that their reviews give clear direction to investigators.", True),
        stmt(F, P2325, CDI,
             "The force should record reported crimes within 24 hours of receiving them, and "
             "make sure that every crime disclosed in a report of domestic abuse is "
             "recorded.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that officers use their powers to secure protective "
             "orders for victims of domestic abuse where it is appropriate to do so.", True),
    ],
    recs=[
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure it has enough trained call "
             "handlers at all times to meet the national standards for answering emergency "
             "and non-emergency calls.", True),
        stmt(F, P2325, RESP,
             "Within six months, the force should make sure that callers are told how long "
             "they are likely to wait for an officer, and are updated if that changes.", False),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "The force does not answer enough emergency and non-emergency calls quickly, and "
             "callers are not always given appropriate advice or an accurate estimate of when "
             "officers will arrive.", True),
    ],
    people=[person("Joanne Pike", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "Grades come from the ten tiles (area name + abbreviation) read with the legend 'O = "
        "Outstanding ... NG = Not graded'. The victims tile is NG: no judgement. 'Crime data "
        "integrity' -> crime-recording.",
        "The table's 'Type' column gives each row's kind: C1 cause of concern, C1.1/C1.2 "
        "recommendations, A1-A3 AFIs. The area comes from the 'Area (grade)' cell.",
        "RAG letters (R/A/G/B) in the table and the KPI strip (Amber, Red, Green) are the "
        "force's delivery status, not grades; the 'A' RAG letter is the same letter as "
        "'Adequate'. '% complete', 'Good practice noted 1' and the counts give nothing.",
        "has_force_update: 'Latest position (force)' cell; C1.2 has '\u2014', so false.",
    ]))

# kb03 -- police and crime panel report (DOCX), Nottinghamshire ---------------------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "kb03.docx", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    row(F, P2325, NOTTS) + grades(F, P2122, [(INV, A)]),
    afis=[
        stmt(F, P2325, PPT,
             "The force should make sure that its supervisors review stop and search records "
             "and body-worn video footage, and act on what they find.", True),
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to investigators "
             "with the right skills and experience.", True),
        stmt(F, P2325, INV,
             "The force should improve how it keeps victims informed about the progress of "
             "their investigation.", False),
    ],
    recs=[
        stmt(F, P2325, PVP,
             "Within three months, the force should make sure that every child reported "
             "missing receives a return home interview, and that the information from it is "
             "shared with partner agencies.", True),
        stmt(F, P2325, PVP,
             "Within six months, the force should review how it manages medium-risk domestic "
             "abuse cases, so that safeguarding plans are put in place and reviewed by a "
             "supervisor.", True),
    ],
    coc=[
        stmt(F, P2325, PVP,
             "The force does not always identify and respond to the risks faced by vulnerable "
             "people, particularly children who go missing from home and victims of domestic "
             "abuse who are assessed as medium risk.", True),
    ],
    people=[
        person("Priya Halvorsen", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Gail Ashworth-Reid", "commissioner", F, "Police and Crime Commissioner"),
        person("Ruairi Mallon", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Table 1's 'Grade\u00b9' column holds RI/A/G; footnote 1 under the table is the key "
        "('O \u2013 outstanding; G \u2013 good; A \u2013 adequate; RI \u2013 requires "
        "improvement; I \u2013 inadequate'). The 'Status\u00b2' column (Green/Amber) is the "
        "Commissioner's delivery status, which footnote 2 says is not an HMICFRS judgement.",
        "3.3 'In 2021/22 HMICFRS graded the force adequate for investigating crime' gives the "
        "2021/22 judgement. Nottinghamshire Fire and Rescue Service's 'good' is a fire "
        "inspection: no judgement. '11 areas for improvement' is a count.",
        "has_force_update: true where 'Force update:' follows. The second investigating AFI "
        "is followed only by a 'Commissioner\u2019s comment' that says no update has been "
        "provided, so false.",
        "People: the PCC is named title-first ('The Police and Crime Commissioner, Gail "
        "Ashworth-Reid'). Dr Sunil Varma (OPCC staff) is not a person fact.",
    ]))

# kb04 -- force web page with badges (HTML), Hertfordshire --------------------------------
F = "Hertfordshire Constabulary"
HERTS = "G O G A G G A G G"
GOLDS.append(gold(
    "kb04.html", "press-release", [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325)],
    row(F, P2325, HERTS),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are supervised effectively and "
             "that victims\u2019 wishes are recorded when an investigation is finalised.", True),
        stmt(F, P2325, WORK,
             "The force should make sure it understands why officers and staff leave, and "
             "uses that information to improve retention.", True),
        stmt(F, P2325, WORK,
             "The force should make sure that its supervisors have the time and training to "
             "hold regular wellbeing conversations with their teams.", False),
    ],
    people=[
        person("Imogen Stride", "chief-constable", F, "Chief Constable"),
        person("Alistair Penrose-Kaye", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "The grades are coloured badges whose visible text is only 'G', 'O' or 'A'; the "
        "words are in each badge's title (the tooltip a browser shows on hover) and "
        "aria-label ('Grade: Good'). There is no visible key. The page tells the reader to "
        "'Hover over or focus on a badge to see the grade in full', so the grades are part of "
        "what the browser shows and are main judgements. The victims badge is '\u2013' "
        "titled 'Not graded': no judgement.",
        "The Chief Constable's quote ('Being rated outstanding for preventing crime') states "
        "one grade in visible words too. The scale sentence ('from outstanding to "
        "inadequate, with good, adequate and requires improvement between them') and 'good "
        "practice' give nothing.",
        "has_force_update: 'What we have done:' follows the first two AFIs; the third has "
        "only 'Update due: October 2025.', so false.",
        "Bedfordshire and Cambridgeshire are collaboration partners with no grade. The PCC "
        "is named title-first inside a related-content link.",
        "Genre: the force's own public page about its inspection; press-release is the "
        "nearest genre.",
    ]))

# kb05 -- email summary with symbols (TXT, CRLF), Cambridgeshire --------------------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "kb05.txt", "response-record", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, RI), (MOS, G),
                      (WORK, A), (LFM, A), (CDI, G)])
    + grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G),
                        (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that officers attending domestic abuse incidents "
             "complete the risk assessment in full and that it is reviewed by a supervisor "
             "before they go off duty.", True),
        stmt(F, P2325, WORK,
             "The force should understand why student officers leave in their first two years "
             "and take action to reduce the number who do.", False),
    ],
    people=[
        person("Fenella Rook", "commissioner", F, "Commissioner"),
        person("Owain Tredwell", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The table gives both periods in abbreviations, read with 'Key for the table: G = "
        "good, A = adequate, RI = requires improvement'. The Change column's symbols (\u25b2 "
        "improved, \u25bc declined, = unchanged) add nothing: every row states both grades.",
        "'Leadership and force management*': footnote says the 2021/22 area was 'Good use of "
        "resources' (-> leadership-management, whose 'Good' is not a grade). 'Crime data "
        "integrity**' was 'Recording data about crime' in 2021/22 (-> crime-recording). "
        "Victims 'n/g' in both periods: nothing.",
        "'Good morning all', 'our own improvement plan RAG ... is Amber' and the fire service "
        "give nothing. 'Nine AFIs', 'three AFIs here' and 'No causes of concern' are counts.",
        "has_force_update: the first AFI is followed by 'The Chief Constable's office tell us "
        "a DA audit was already under way ...', the force's position relayed by the OPCC, so "
        "true (a strict grader might say false). The second has nothing after it.",
        "People: 'Commissioner Fenella Rook' gives the title 'Commissioner' (the office is "
        "the OPCC for Cambridgeshire and Peterborough). Hannah Gill is staff.",
        "The 2021/22 inspection takes HMICFRS from the email's context.",
    ]))

# kb06 -- comparison briefing (PDF), Gloucestershire ---------------------------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "kb06.pdf", "response-record", [F, "Avon and Somerset Constabulary"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [(PPT, A), (PREV, A), (RESP, A), (INV, RI), (PVP, RI), (MOS, G),
                      (WORK, G), (LFM, A), (CDI, G)])
    + grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, A),
                        (WORK, G), (LFM, A)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that referrals about vulnerable adults and children "
             "are shared with partner agencies without delay.", True),
        stmt(F, P2325, INV,
             "The force should make sure that it completes all reasonable lines of enquiry "
             "and that victims are kept informed, in line with the Victims\u2019 Code.", False),
    ],
    people=[
        person("Lorcan Ashdown", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Rhodri Benthall", "commissioner", F,
               "Police and Crime Commissioner for Gloucestershire"),
        person("Si\u00e2n Lyddon", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The comparison table gives both periods in words. Arrows (\u2191 \u2193 \u2192) and "
        "the Change column ('No change', 'Down one grade', 'Up one grade') repeat what the "
        "grades say and add nothing.",
        "Leadership's 2021/22 grade is for 'good use of resources' (-> leadership-management). "
        "Crime data integrity's 2021/22 cell is '\u2013' ('Not graded in 2021/22'): no "
        "2021/22 judgement. Victims 'Not graded' in both.",
        "The OPCC tracker's 'Red'/'Green' workstream ratings, the scale sentence and 'good "
        "practice' are distractors. Avon and Somerset hosts the regional unit and is named "
        "with no grade; SOC was not graded.",
        "has_force_update: 'Force position (March 2025):' follows each AFI; the "
        "investigating one says 'none yet', so false.",
        "People: HMI title with the document's curly apostrophe; the PCC is named name-first, "
        "so the full title is kept.",
    ]))

# kb07 -- PCC assurance report (DOCX), Suffolk ----------------------------------------------
F = "Suffolk Constabulary"
SUFFOLK = "G G G A A G G A A"
GOLDS.append(gold(
    "kb07.docx", "response-record", [F, "Norfolk Constabulary"], [HF],
    [insp(F, P2325)],
    row(F, P2325, SUFFOLK),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that it allocates investigations to staff with the "
             "appropriate skills, and that the workload of its investigators is manageable.", True),
        stmt(F, P2325, INV,
             "The force should improve the quality of the files it sends to the Crown "
             "Prosecution Service so that fewer are returned for further work.", False),
        stmt(F, P2325, CDI,
             "The force should make sure that all reports of crime are recorded correctly and "
             "within 24 hours, including those received from partner agencies.", True),
    ],
    people=[
        person("Tamsin Oakley-Burrows", "commissioner", F,
               "Police and Crime Commissioner for Suffolk"),
        person("Ruth Abimbola", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Felicity Dunmore", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Marcus Ellery", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The grades table's 'HMICFRS grade' column is in words. The 'PCC assurance level' "
        "column (Substantial / Reasonable / Limited, with a key that adds 'No assurance') is "
        "the Commissioner's own rating, which 1.2 says is not a grade.",
        "'finds Suffolk Constabulary good in five areas' repeats the table. 'an adequate "
        "number of trained auditors' is a distractor. 'seven areas for improvement and no "
        "recommendations' is a count.",
        "has_force_update: 'Force update:' after each AFI; the second says 'Not received by "
        "the deadline for this paper.', so false. 'PCC assurance: Limited' is the PCC's view.",
        "People: the PCC in the meta table is name-first ('Tamsin Oakley-Burrows, Police and "
        "Crime Commissioner for Suffolk'). The DCC is named title-first. Assistant Chief "
        "Constable Ben Harker is not a person fact.",
        "Norfolk Constabulary is a collaboration partner with no grade; Suffolk Fire and "
        "Rescue Service gives nothing.",
    ]))

# kb08 -- member briefing with emoji squares (Markdown), Bedfordshire ----------------------
F = "Bedfordshire Police"
H = "Hertfordshire Constabulary"
BEDS = "A G RI RI A G A A G"
GOLDS.append(gold(
    "kb08.md", "response-record", [F, H, "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325), insp(H, P2325)],
    row(F, P2325, BEDS) + grades(H, P2325, [(PREV, O)]),
    afis=[
        stmt(F, P2325, None,
             "The force should make sure that officers record the reason for every use of "
             "force, and that the records are checked for disproportionality.", True),
        stmt(F, P2325, None,
             "The force should improve how it supervises investigations, so that each one has "
             "a clear plan and is completed without unnecessary delay.", True),
        stmt(F, P2325, None,
             "The force should make sure that victims of crime are kept informed about their "
             "case, and that their needs are assessed under the Victims\u2019 Code.", False),
        stmt(F, P2325, None,
             "The force should make sure it understands the demand on its child protection "
             "teams and has enough people to meet it.", True),
        stmt(F, P2325, None,
             "The force should put in place a plan to reduce sickness absence among police "
             "staff in its contact centre.", False),
    ],
    coc=[
        stmt(F, P2325, RESP,
             "The force is not answering calls for service quickly enough, and it does not "
             "always attend incidents within the times it sets itself, which leaves some "
             "vulnerable people waiting too long for help.", True),
    ],
    people=[
        person("Jas Thandi-Morrow", "commissioner", F,
               "Police and Crime Commissioner for Bedfordshire"),
        person("Elspeth Nairn", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The grades table holds only emoji squares, read with the key above it (\U0001f7e6 "
        "Outstanding, \U0001f7e9 Good, \U0001f7e8 Adequate, \U0001f7e7 Requires improvement, "
        "\U0001f7e5 Inadequate, \u2b1c Not graded). Victims \u2b1c gives nothing.",
        "'Our own delivery rating for the improvement plan: \U0001f7e8 Amber' uses the "
        "Adequate square but is the OPCC's RAG and says so: no judgement.",
        "Hertfordshire Constabulary 'was graded outstanding for preventing crime' (a partner's "
        "grade in passing; agrees with kb04). Cambridgeshire is named with no grade.",
        "The cause of concern sits under 'The cause of concern, about responding to the "
        "public' -> responding-to-public. Its two recommendations are only counted.",
        "The AFI list has no area headings, so every AFI's question is null (GOLD-FORMAT: "
        "'null where none fits'). \u2705/\u23f3 mark closed/open; has_force_update is true "
        "where an italic note under the AFI reports what the force did (AFIs 1, 2 and 4), "
        "false where there is only the marker. The italic note is the force's update, not a "
        "sub-bullet of the statement.",
        "'good practice' and the unnamed assistant chief constable give nothing.",
    ]))

# kb09 -- regional comparison page (PDF), East Midlands ------------------------------------
EM = [("Derbyshire Constabulary", DERBY), ("Leicestershire Police", LEICS),
      ("Lincolnshire Police", LINCS), ("Northamptonshire Police", NORTHANTS),
      ("Nottinghamshire Police", NOTTS)]
j = []
for f, gs in EM:
    j += row(f, P2325, gs)
GOLDS.append(gold(
    "kb09.pdf", "national-release", [f for f, _ in EM], [HF],
    [insp(f, P2325) for f, _ in EM],
    j,
    notes=[
        "A dense table of five forces by ten areas, each cell an abbreviation, read with the "
        "'Key to grades' and 'Key to areas' above the table. VS (victims) is NG everywhere. "
        "PPT -> treatment-of-public, WORK -> workforce, LFM -> leadership-management, CDI -> "
        "crime-recording.",
        "The AFI, CoC and GP columns are counts, not grades; no statement text is given. The "
        "notes ('one of only a handful of forces ... outstanding grade', 'about a third of all "
        "grades ... good or better', 'No East Midlands force received an inadequate grade') "
        "add nothing beyond the table. SOC was not graded (EMSOU).",
        "Grades agree with kb01 (Derbyshire), kb02 (Lincolnshire) and kb03 (Nottinghamshire).",
        "Genre: a regional comparison of several forces; national-release is the nearest.",
    ]))

# kb10 -- improvement board risk register (DOCX), Lancashire --------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "kb10.docx", "response-record", [F], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [(INV, RI), (RESP, A), (PVP, A), (PPT, G), (CDI, A), (LFM, G)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that call handlers consistently identify repeat and "
             "vulnerable callers and record the risk they face.", True),
        stmt(F, P2325, PVP,
             "The force should make sure that safeguarding referrals for children are made "
             "promptly and that the quality of the referrals is checked.", True),
        stmt(F, P2325, PPT,
             "The force should make sure that officers explain to people why they have been "
             "stopped and searched, and record that they have done so.", True),
        stmt(F, P2325, CDI,
             "The force should improve the way it records crimes reported to it by partner "
             "agencies.", False),
        stmt(F, P2325, LFM,
             "The force should make sure that its plans for the future workforce take account "
             "of the skills it will need in digital investigation.", True),
    ],
    recs=[
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that supervisors review every "
             "investigation at set points and record clear direction for the investigator.", True),
    ],
    coc=[
        stmt(F, P2325, INV,
             "The force is not investigating crime effectively. Too many investigations are "
             "not supervised properly, and too few result in a positive outcome for the "
             "victim.", True),
    ],
    people=[
        person("Amira Castell", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Rowland Teague", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Declan Fairclough", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The register's 'PEEL grade of area' column gives six area grades in words; areas "
        "with no row (preventing, managing offenders, workforce) are not graded here.",
        "'Risk score' cells ('Impact 5 \u00d7 Likelihood 4 = 20') and the RAG column "
        "(Red/Amber/Green/Blue) are the Board's own; 1.2 says they say nothing about the "
        "grade. \"A \u2018Good\u2019 area can carry a high risk\" gives nothing.",
        "Each row's kind is in the 'Type' column: C1 cause of concern, C1-R1 recommendation, "
        "A1-A5 AFIs. N1 ('National', to chief constables) is not a PEEL finding.",
        "has_force_update: the 'Update since last Board' cell; A4 has '\u2014' (and 4. says "
        "no update was received), so false.",
        "People: the chair, a Deputy Chief Constable, is named title-first. Assistant Chief "
        "Constable Priya Lund is not a person fact.",
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
