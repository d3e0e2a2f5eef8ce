"""Write gold/kn01.json ... gold/kn10.json for corpus43 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
RSQ = "\u2019"  # right single quotation mark, as printed in several documents


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

# kn01 -- HMICFRS PEEL 2023-25 report (PDF), Durham ----------------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "kn01.pdf", "peel-report-2021", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, O), (RESP, G), (INV, G), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, G)])
    + grades(F, P2122, [(PREV, O)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, "
             "including those made through its online reporting channels."),
        stmt(F, P2325, PVP,
             "The force should make sure that officers consistently complete a risk assessment "
             "when they attend domestic abuse incidents, and that supervisors review these "
             "assessments."),
        stmt(F, P2325, PVP,
             "The force should improve how it shares information with children" + RSQ + "s "
             "social care when officers identify a child at risk of exploitation."),
        stmt(F, P2325, WORK,
             "The force should make sure that the wellbeing support it offers reaches staff "
             "working in its control room and custody suites."),
    ],
    people=[
        person("Imogen Sallow-Bright", "inspector", HF,
               "His Majesty" + RSQ + "s Inspector of Constabulary"),
        person("Ronan Askew", "chief-constable", F, "Interim Chief Constable"),
        person("Joanne Pilkington", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A printed PEEL 2023-25 report: cover, contents, a @page running header and page "
        "numbers. The grades table breaks across pages 2-3. Each area section repeats its "
        "grade in a sentence ('Durham Constabulary is good at treating people fairly and "
        "respectfully'); the grading-scale key lists all five grades and gives nothing.",
        "2021/22: 'the outstanding standard of prevention work that we found in 2021/22, when "
        "we also graded it outstanding at preventing and deterring crime' -> one 2021/22 "
        "judgement (preventing-crime, Outstanding) and its inspection.",
        "Four AFIs in boxes under their area headings; none has a force update (this is the "
        "inspectorate's own report). 'We found no areas for improvement' and 'no cause of "
        "concern' give nothing. 'good practice' in the innovative practice box is a "
        "distractor.",
        "People. The HMI is named only in the signature block ('Dr Imogen Sallow-Bright' on "
        "one line, then two title lines); the name drops 'Dr', and the title is the first "
        "title line, the constabulary one (the second line, HM Inspector of Fire & Rescue "
        "Services, is a second office of the same person). 'HMI Sallow-Bright' earlier names "
        "her by surname only. 'Interim Chief Constable Ronan Askew': GOLD-FORMAT's qualifiers "
        "are acting, temporary and deputy only, so 'interim' keeps the title as written with "
        "qualifier null (check_gold requires the qualifier to fit the title). UNSURE: a "
        "grader could treat interim as acting. 'Durham" + RSQ + "s Police and Crime "
        "Commissioner, Joanne Pilkington' is title-first, so the title is the office alone.",
        "Not people facts: Assistant Chief Constable Dean Marwood, Detective Chief "
        "Superintendent Carla Weardale, and the head of corporate performance Ailsa "
        "Brancepeth.",
    ]))

# kn02 -- Cleveland PCC section 55 response letter (DOCX), PEEL 2021/22 --------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "kn02.docx", "response-record", [F, "Durham Constabulary", "Northumbria Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, RI), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, A),
                      (SOC, A), (WORK, A), (LFM, RI), (CDI, A)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that investigations are allocated to officers with the "
             "skills and experience to carry them out, and that supervisors review them "
             "regularly.", True),
        stmt(F, P2122, PVP,
             "The force should improve how it records and responds to missing children, so that "
             "the risk to each child is properly assessed.", False),
        stmt(F, P2122, LFM,
             "The force should develop a workforce plan that matches its resources to the demand "
             "it faces.", True),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within three months, the force should make sure it has enough trained call "
             "handlers on each shift to answer emergency calls within ten seconds.", True),
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that call handlers use a structured "
             "risk assessment for every call and record the result on the incident log.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "Cleveland Police does not answer emergency and non-emergency calls quickly enough, "
             "and it does not always identify callers who are vulnerable or at risk of repeat "
             "victimisation.", False),
    ],
    people=[
        person("Alasdair Penhallow", "inspector", HF,
               "Her Majesty" + RSQ + "s Chief Inspector of Constabulary"),
        person("Rhiannon Featherby", "inspector", HF,
               "Her Majesty" + RSQ + "s Inspector of Constabulary"),
        person("Lindsay Threlkeld", "chief-constable", F, "Chief Constable"),
        person("Marcus Ebdon", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Stephen Harrow-Dale", "commissioner", F,
               "Police and Crime Commissioner for Cleveland"),
    ],
    also={"people": [
        person("Marcus Ebdon", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Gemma Saltburn", "commissioner", F, "Deputy Police and Crime Commissioner",
               "deputy"),
    ]},
    notes=[
        "A PCC's section 55 letter in Word: address block, 'Dear Sir Alasdair', grades table "
        "with the 2021/22 area names, a cause of concern in 'Intense Quote' style with two "
        "numbered recommendations, three AFIs in 'Quote' style, and a signature block "
        "(name in bold, title on the next line). The header 'OFFICIAL' and the page-number "
        "footer are not body text.",
        "Area keys: 'Treatment of the public' -> treatment-of-public; 'Developing a positive "
        "workplace' -> workforce; 'Good use of resources' -> leadership-management (its 'Good' "
        "is part of the name, its grade is Requires improvement); 'Recording data about "
        "crime' -> crime-recording; victims 'Not graded' gives nothing.",
        "has_force_update: each recommendation is followed by 'Force response:' (true). The "
        "cause of concern has no response of its own; the 'PCC comment:' after the second "
        "recommendation is the commissioner's, not the force's (false). AFI 2 has only a PCC "
        "comment saying the force's response was not ready (false).",
        "People. The addressee 'Sir Alasdair Penhallow QPM' is named then titled on the next "
        "line 'Her Majesty" + RSQ + "s Chief Inspector of Constabulary' (role inspector; 'Sir' "
        "and 'QPM' dropped from the name). The HMI is named title-first. 'Chief Constable "
        "Lindsay Threlkeld', who led the force during the inspection and retired in March "
        "2022, is a main fact: she is named with the title. Marcus Ebdon is first named "
        "'Acting Chief Constable Marcus Ebdon, who was Deputy Chief Constable during the "
        "inspection': main fact acting; the deputy reading is in also_acceptable. The PCC is "
        "named only in the signature block, with 'Police and Crime Commissioner for "
        "Cleveland' on the next line (name-first, title kept in full).",
        "The Deputy Police and Crime Commissioner, Gemma Saltburn, is in also_acceptable "
        "(as corpus13 q04): an appointee, not a PCC, though the 'deputy' qualifier could "
        "cover her. Not people facts: Councillor Peter Threlkeld (panel chair, same surname "
        "as the former chief constable) and the Home Secretary (cc line).",
        "Durham Constabulary and Northumbria Police are named as regional partners with no "
        "grade ('good practice' is a distractor).",
    ]))

# kn03 -- HMICFRS press release (HTML), Northumbria, PEEL 2021/22 ---------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "kn03.html", "press-release", [F, "Cleveland Police", "Durham Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (MOS, G), (SOC, G), (WORK, G), (CDI, G),
                      (RESP, A), (PVP, A), (LFM, A), (INV, RI)]),
    people=[
        person("Rhiannon Featherby", "inspector", HF,
               "Her Majesty" + RSQ + "s Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp("Cleveland Police", P2122, inspectorate=HF),
                        insp("Durham Constabulary", P2122, inspectorate=HF)],
        "judgements": grades("Cleveland Police", P2122, [(RESP, I)])
        + grades("Durham Constabulary", P2122, [(PREV, O)]),
    },
    notes=[
        "An HMICFRS news page (July 2022, so 'Her Majesty" + RSQ + "s'): cookie banner, "
        "breadcrumbs, a bullet list of six 'good' areas with 2021/22 names, then 'adequate at "
        "responding to the public, protecting vulnerable people and making good use of its "
        "resources' (-> leadership-management Adequate; the 'good' there is part of the area "
        "name) and 'requires improvement at investigating crime'.",
        "'eleven areas for improvement' and 'no causes of concern' are counts only. The "
        "five-point scale in the notes gives nothing; 'good practice' is a distractor.",
        "People: 'Her Majesty" + RSQ + "s Inspector of Constabulary Rhiannon Featherby said' "
        "(title first; later 'Ms Featherby'). Not people facts: Conrad Pellow, Her Majesty" + RSQ
        + "s Inspector of Fire & Rescue Services, quoted in related content about a fire and "
        "rescue service inspection (not a police inspection); the duty press officer Tom "
        "Harbottle; the unnamed PCC.",
        "Related-content headlines name Cleveland Police ('inadequate at responding to the "
        "public', 12 July 2022) and Durham Constabulary ('outstanding at preventing crime', "
        "April 2022). They are link titles with a date but no period, so their 2021/22 "
        "judgements are in also_acceptable only.",
    ]))

# kn04 -- Cumbria police, fire and crime panel minutes (Markdown), PEEL 2023-25 ------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "kn04.md", "response-record", [F, "Lancashire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(MOS, O), (PPT, G), (PREV, G), (RESP, G), (PVP, G), (WORK, G),
                      (LFM, G), (INV, A)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, None,
             "The force should make sure that investigations are supervised effectively, and "
             "that supervisors record their reviews and the actions they set.", True),
        stmt(F, P2325, None,
             "The force should make sure that it obtains and records the views of victims of "
             "domestic abuse before it decides to take no further action.", True),
        stmt(F, P2325, None,
             "The force should improve how quickly it examines digital devices seized during "
             "investigations.", False),
    ],
    people=[
        person("Ruth Brathay-Kemp", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Owen Millom", "chief-constable", F, "Chief Constable"),
        person("Nkechi Oduya-Hart", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"people": [
        person("Tom Skelwith", "commissioner", F, "Deputy Police, Fire and Crime Commissioner",
               "deputy"),
    ]},
    notes=[
        "Markdown minutes with YAML front matter, breadcrumbs, a 'Present' table of panel "
        "members and an 'Also in attendance' list of 'name – title' lines. Grades are a "
        "bullet list grouped by grade word (bold label, en dash, then areas separated by "
        "semicolons). 'in the 2021/22 inspection investigating crime had been graded as "
        "requires improvement' -> one 2021/22 judgement.",
        "AFIs: one blockquote read out, followed by the Chief Constable's answer (true), and "
        "two rows of a 'No. | Area for improvement | Lead officer | Progress reported' table "
        "(row 2 has progress: true; row 3 says 'Not yet reported.': false). The minutes never "
        "say which area of policing each AFI belongs to, so question is null (a reader might "
        "infer investigating crime for 1 and 3, protecting vulnerable people for 2).",
        "People. 'Dr Owen Millom QPM – Chief Constable, Cumbria Constabulary' (name then "
        "title; 'Dr' and 'QPM' dropped; ', Cumbria Constabulary' is the organisation). "
        "'Nkechi Oduya-Hart OBE QPM, HM Inspector of Constabulary'. The Deputy PFCC is in "
        "also_acceptable (see corpus13 q04). Not people facts: councillors (Cllr Bill Millom "
        "shares the Chief Constable's surname), independent members including 'Dr Lesley "
        "Aspatria', the Temporary Assistant Chief Constable, the Chief Fire Officer, the "
        "Head of Performance and the panel support officer.",
        "The fire and rescue service's 'graded good at preventing fires' is a fire "
        "inspection: nothing. Lancashire Constabulary is named with no grade. The action "
        "table's owners are staff, not people facts.",
    ]))

# kn05 -- Lancashire PEEL improvement plan (DOCX), PEEL 2021/22 ----------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "kn05.docx", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, G),
                      (SOC, G), (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP,
             "The force should reduce the number of 101 calls that are abandoned before they "
             "are answered.", True),
        stmt(F, P2122, RESP,
             "The force should make sure that it attends incidents within the timescales it has "
             "set, and that it tells callers when attendance will be delayed.", True),
        stmt(F, P2122, INV,
             "The force should make sure that investigation plans are recorded and that "
             "supervisors check that the plans are followed.", True),
        stmt(F, P2122, INV,
             "The force should make sure it seeks the views of victims before finalising "
             "investigations with outcome 16 (victim does not support further action).", False),
    ],
    people=[
        person("Gareth Fylde", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alison Wrea", "chief-constable", F, "Chief Constable"),
        person("Rhiannon Featherby", "inspector", HF,
               "Her Majesty" + RSQ + "s Inspector of Constabulary"),
        person("Clive Pendle", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A force's improvement plan in Word: a metadata table ('Plan owner: Deputy Chief "
        "Constable Gareth Fylde'), a foreword signed in a three-line block (name with QPM, "
        "'Chief Constable', 'Lancashire Constabulary'), a grades table and a landscape action "
        "table 'Ref | Area | Area for improvement | Lead officer | Owner | Status | Progress "
        "update'. The header and footer are not body text.",
        "Grades use the 2021/22 names; 'Good use of resources' -> leadership-management, "
        "graded Adequate. 'good in five areas' and 'require improvement in how we respond ... "
        "and how we investigate' repeat table grades.",
        "AFIs: the four rows; has_force_update true where the Progress update cell gives "
        "progress, false for AFI 4 (status 'Not started', update '\u2013'). The four other "
        "AFIs are only counted.",
        "People: the DCC is first named on the cover table with his title (deputy). Not "
        "people facts: the Lead officer and Owner columns' Assistant Chief Constable Kirsty "
        "Lune, chief superintendents and the Head of Performance and Inspection; 'Sir Robert "
        "Peel' in the foreword (a historical figure). The PCC is named title-first ('The "
        "Police and Crime Commissioner, Clive Pendle').",
    ]))

# kn06 -- Merseyside email chain (TXT, cp1252, CRLF), PEEL 2023-25 -------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "kn06.txt", "response-record", [F, "Cheshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(RESP, O), (PPT, G), (PREV, G), (INV, G), (MOS, G), (LFM, G),
                      (PVP, A), (WORK, A)]),
    afis=[
        stmt(F, P2325, None,
             "The force should make sure that officers check for previous reports and "
             "intelligence when they attend a domestic abuse incident, so that they can assess "
             "the risk to the victim accurately.", True),
        stmt(F, P2325, None,
             "The force should understand why officers and staff in their first two years of "
             "service are leaving, and act on what it finds.", True),
    ],
    people=[
        person("Emily Spellow", "commissioner", F, "Police Commissioner for Merseyside"),
        person("Bernadette Okafor-Leigh", "inspector", HF, "HM Inspector"),
        person("Rachel Otterspool", "chief-constable", F, "Chief Constable"),
    ],
    encoding="cp1252",
    also={"people": [
        person("Jon Halewood", "commissioner", F, "Deputy Police Commissioner", "deputy"),
    ]},
    notes=[
        "An Outlook-style email export in cp1252 with CRLF line endings: tab-separated "
        "From/Sent/To headers, a forwarded message, two email signatures, a legal "
        "disclaimer and 'Sent from my iPad'. Grades are dotted-leader lines.",
        "AFIs: two '\u2022' bullets, each followed by an indented 'Force position:' line "
        "(true). The email does not say which area each belongs to, so question is null (a "
        "reader might infer protecting vulnerable people and workforce). 'six areas for "
        "improvement', 'no recommendations' and 'no causes of concern' are counts.",
        "People. Merseyside's commissioner uses the title 'Police Commissioner'. She appears "
        "first as 'Spellow, Emily (Commissioner)' in a header line; her name in normal order "
        "and her title come in her signature: 'Emily Spellow' / 'Police Commissioner for "
        "Merseyside'. 'Bernadette Okafor-Leigh OBE QPM, HM Inspector' (name-first, honours "
        "dropped). 'Chief Constable Rachel Otterspool QPM said'. The Deputy Police "
        "Commissioner (Cllr Jon Halewood) is in also_acceptable as in corpus13 q04.",
        "Not people facts: Daniel Crosby (Head of Performance and Scrutiny, in the email "
        "signature), the Liverpool Echo reporter Sam Otterspool (same surname as the Chief "
        "Constable), the unnamed staff officer.",
        "Cheshire Constabulary is named in passing (its report 'is expected'): no "
        "inspection. The 2025/26 budget consultation and the cost figure are distractors.",
    ]))

# kn07 -- GM Police, Fire and Crime Panel report (PDF), PEEL 2023-25 + 2021/22 --------------
F = "Greater Manchester Police"
GOLDS.append(gold(
    "kn07.pdf", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, G), (INV, A), (PVP, RI), (MOS, G),
                      (WORK, A), (LFM, G)])
    + grades(F, P2122, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, RI), (MOS, A),
                        (WORK, A), (LFM, A)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that it carries out a risk assessment for every child "
             "reported missing, and that the assessment is reviewed by a supervisor.", True),
        stmt(F, P2325, PVP,
             "The force should improve how it shares information about vulnerable adults with "
             "the ten local authorities in Greater Manchester.", False),
        stmt(F, P2325, INV,
             "The force should make sure that victims are kept informed of the progress of their "
             "investigations, in line with the Code of Practice for Victims of Crime.", True),
    ],
    people=[
        person("Kathryn Rossall", "inspector", HF,
               "His Majesty" + RSQ + "s Inspector of Constabulary"),
        person("Desmond Halloran", "chief-constable", F, "Chief Constable"),
        person("Priyanka Sale", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A combined authority panel report printed to PDF with a @page running header "
        "('30 January 2025 \u2013 Item 7') and 'n of N' page numbers; the panel membership "
        "appendix starts a new page.",
        "Table 1 has a 2023-25 and a 2021/22 column, rows keyed by the 2023-25 names, with "
        "lettered notes giving the 2021/22 names ('Good use of resources' -> "
        "leadership-management). The 2021/22 SOC and crime-recording areas are mentioned "
        "with no grade: nothing. Victims 'Not graded': nothing.",
        "AFIs: three rows of 'Ref | Area for improvement | GMP lead | GMP update'; the area "
        "is in brackets in the Ref cell. AFI 2's update is 'To follow \u2013 ...': false. "
        "The two stop-and-search AFIs are only mentioned. The panel's own recommendations "
        "('The Panel is asked to') are not PEEL recommendations; the report says HMICFRS "
        "made none.",
        "People: 'His Majesty" + RSQ + "s Inspector of Constabulary Kathryn Rossall' (later "
        "'Ms Rossall'); 'Chief Constable Sir Desmond Halloran QPM' (name without 'Sir' and "
        "'QPM'); 'Deputy Chief Constable Priyanka Sale'.",
        "Not people facts: the Mayor of Greater Manchester (Neil Ardwick), who exercises the "
        "PCC functions, and the Deputy Mayor for Policing, Crime, Criminal Justice and Fire "
        "(Bev Hulme), who author the report -- as in corpus13 (q02, q05) their titles name no "
        "commissioner, and check_gold rejects a commissioner whose title lacks it. UNSURE: "
        "a grader could argue the Mayor is the PCC in all but name. Also not facts: His "
        "Majesty" + RSQ + "s Inspector of Fire & Rescue Services Conrad Pellow (a fire "
        "inspection, whose 'good' grade is for the fire service), ACC Joanne Cheetham, "
        "Det Ch Supt Rory Levenshulme, the contact officer, Lord Ancoats of Beswick, Lucy "
        "Marple MP and the panel members (Cllr Sarah Halloran and Mr Derek Ardwick share "
        "surnames with the Chief Constable and the Mayor).",
    ]))

# kn08 -- local news article (HTML), West Yorkshire, PEEL 2023-25 --------------------------
F = "West Yorkshire Police"
GOLDS.append(gold(
    "kn08.html", "press-release", [F, "Humberside Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, O), (RESP, G), (INV, G), (MOS, G), (PPT, G), (WORK, G),
                      (LFM, G), (PVP, A)]),
    people=[
        person("Marcus Heald", "chief-constable", F, "Chief Constable"),
        person("Kathryn Rossall", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    also={"people": [
        person("Geoffrey Pudsey", "chief-constable", F, "chief constable"),
    ]},
    notes=[
        "A local newspaper article: consent banner, byline ('By Olivia Heald, Crime "
        "Reporter'), advertisement slots, pull quote, comments, 'Most read' sidebar and "
        "JSON-LD metadata (not visible).",
        "Grades: 'outstanding at preventing crime'; 'good at responding to the public, "
        "investigating crime, managing offenders and suspects, treating the public fairly and "
        "respectfully (-> treatment-of-public), supporting its workforce (-> workforce), and "
        "leadership and force management'; 'only adequate at protecting vulnerable people'. "
        "'Good grades are one thing' (an MP's quote) is a distractor.",
        "The AFI is paraphrased ('one asking the force to speed up ...'), not quoted: no AFI "
        "fact. 'six areas for improvement' and 'no causes of concern' are counts.",
        "People: 'Chief Constable Marcus Heald said' (later 'Mr Heald'); 'His Majesty's "
        "Inspector of Constabulary Kathryn Rossall said'. The former chief constable 'Sir "
        "Geoffrey Pudsey' is named only as a predecessor, so he is in also_acceptable (as "
        "corpus13 q08's former chief constable), with the lower-case title as written.",
        "Not people facts: the journalist Olivia Heald (same surname as the Chief Constable), "
        "the Mayor Hannah Calder (who holds the PCC powers) and the Deputy Mayor for Policing "
        "and Crime Idris Ossett (see kn07's note; UNSURE), and Samira Batley MP.",
        "Humberside Police is named in passing with no grade.",
    ]))

# kn09 -- Humberside response record (DOCX), PEEL 2018/19 ----------------------------------
F = "Humberside Police"
GOLDS.append(gold(
    "kn09.docx", "response-record", [F], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", "Efficiency", HF)],
    grades(F, P1819, [(None, G)]) + grades(F, "2017", [(None, RI)], pillar="Efficiency"),
    afis=[
        stmt(F, P1819, "investigating-crime",
             "The force should ensure that all investigations are allocated to staff with the "
             "right skills and are supervised effectively.", True),
        stmt(F, P1819, "protecting-vulnerable",
             "The force should improve its understanding of the nature and scale of hidden "
             "crimes, including modern slavery and honour-based abuse.", True),
        stmt(F, P1819, "planning-future",
             "The force should develop a more detailed understanding of the skills of its "
             "workforce, so that it can plan to meet future demand.", False),
        stmt(F, P1819, "ethical-lawful-workforce",
             "The force should ensure that it complies with national guidance on vetting, "
             "including reviewing the vetting of all officers and staff within the required "
             "timescales.", True),
    ],
    people=[
        person("Jonathan Evison", "commissioner", F, "Police and Crime Commissioner"),
        person("Colin Brough", "chief-constable", F, "Temporary Chief Constable", "temporary"),
        person("Harriet Welwick", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(F, P1819, "Effectiveness", HF)],
        "judgements": grades(F, P1819, [(None, G)], pillar="Effectiveness"),
        "people": [person("Justin Hessle", "chief-constable", F, "Chief Constable")],
    },
    notes=[
        "A 'PCC and CC Force Inspection response record' laid out as a Word form: a two-column "
        "field table (Force, Police and Crime Commissioner, Chief Constable, Inspectorate, "
        "Inspection lead, Grade), then AFIs under 'PILLAR  Heading' lines, each a bullet "
        "followed by 'Force Update:' where there is one.",
        "The Grade field is the 2018/19 judgement (pillar PEEL, question null). 'In 2017 "
        "HMICFRS had judged the force to require improvement in the efficiency of its "
        "services' -> a 2017 Efficiency judgement. 'now good at keeping people safe and "
        "reducing crime' is the effectiveness question in other words: a 2018/19 "
        "Effectiveness pillar grade in also_acceptable only.",
        "Section headings map to 2015-17 keys: 'Planning for the future' -> planning-future; "
        "'Ensuring the workforce behaves ethically and lawfully' -> ethical-lawful-workforce. "
        "The planning AFI has no update.",
        "People. The field 'Police and Crime Commissioner | Jonathan Evison' gives the title "
        "from the field name (as dev13); he signs later as 'Police and Crime Commissioner for "
        "Humberside'. 'Temporary Chief Constable Colin Brough' (the sign-off 'C. Brough "
        "(T/CC)' adds nothing). 'Dame Harriet Welwick DBE QPM, Her Majesty's Inspector of "
        "Constabulary' (name-first; 'Dame', 'DBE', 'QPM' dropped). The former Chief "
        "Constable Justin Hessle, who 'left the force in June 2019', is in also_acceptable. "
        "The unnamed Assistant Chief Constable is not a fact.",
    ]))

# kn10 -- HMIC PEEL effectiveness 2016 report (PDF), Cheshire ------------------------------
F = "Cheshire Constabulary"
EF = "Effectiveness"
GOLDS.append(gold(
    "kn10.pdf", "peel-report", [F, "Merseyside Police"], [H],
    [insp(F, "2016", EF, H), insp(F, "2015", EF, H)],
    grades(F, "2016", [(None, G), ("preventing-crime", G), ("investigating-crime", G),
                       ("protecting-vulnerable", RI), ("serious-organised-crime", G)], pillar=EF)
    + grades(F, "2015", [(None, RI)], pillar=EF),
    afis=[
        stmt(F, "2016", "investigating-crime",
             "Cheshire Constabulary should ensure that it obtains and uses evidence from mobile "
             "phones and computers without unnecessary delay, so that investigations are not "
             "held up.", pillar=EF),
        stmt(F, "2016", "protecting-vulnerable",
             "Cheshire Constabulary should review how it prioritises calls from vulnerable "
             "victims, so that it attends them within appropriate timescales.", pillar=EF),
        stmt(F, "2016", "protecting-vulnerable",
             "Cheshire Constabulary should improve the way it assesses and manages the risk "
             "posed to and by people who go missing, including: recording the risk assessment "
             "for every missing person report; and making sure that supervisors review each "
             "high-risk case.", pillar=EF),
    ],
    people=[
        person("Simon Byley", "chief-constable", F, "Chief Constable"),
        person("Hannah Tarporley", "commissioner", F, "Police and Crime Commissioner for Cheshire"),
        person("Alison Fenwick-Roe", "inspector", H, "HM Inspector of Constabulary"),
    ],
    also={"forces": ["Metropolitan Police Service"]},
    notes=[
        "An HMIC PEEL effectiveness 2016 report printed to PDF (published March 2017, so "
        "HMIC): cover, contents, running header, a 'Force in numbers' table, one section per "
        "question with a bold grade line, and a 'Summary of judgements' table that repeats "
        "them. Specialist capabilities 'not graded' gives nothing; its 'adequate number of "
        "trained firearms officers' is a distractor, as is 'good practice'.",
        "2015: 'an improvement on 2015, when HMIC judged the constabulary" + RSQ + "s "
        "effectiveness to require improvement' -> 2015 Effectiveness Requires improvement.",
        "The missing-persons AFI is a lead-in ending 'including:' with two sub-bullets, "
        "joined into one statement.",
        "People: 'Chief Constable Simon Byley'; 'The Police and Crime Commissioner for "
        "Cheshire, Dr Hannah Tarporley' (title written in apposition before the name, kept as "
        "written; 'Dr' dropped); the HMI only in the closing signature block ('Dame Alison "
        "Fenwick-Roe DBE' / 'HM Inspector of Constabulary' / 'Northern Region').",
        "Merseyside Police is named as a neighbour with no grade. The 'Sir Robert Mark "
        "training suite, named after the former Commissioner of Police of the Metropolis' is "
        "a name inside a building name: no person fact; the Metropolitan Police Service is "
        "not named as a force, so it is only in also_acceptable forces.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
