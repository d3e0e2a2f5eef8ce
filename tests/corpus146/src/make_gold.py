"""Write gold/oq01.json ... gold/oq10.json for corpus146 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG, LEAD = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"

# 2021/22 and 2023-25 area keys
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
# 2015-2017 (and 2018/19) question keys
SOC1517, SPEC = "serious-organised-crime", "specialist-capabilities"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "grade": grade}


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

# oq01 -- email reply with a quoted earlier message, Norfolk, PEEL 2023-25 ---------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "oq01.txt", "response-record", [F, "Suffolk Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G),
                      (WORK, A), (LFM, G)])
    + grades(F, P2122, [(RESP, G)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigation plans are recorded for every "
             "crime that is allocated for investigation, and that supervisors review them at "
             "set points.", True),
        stmt(F, P2325, INV,
             "The force should improve how quickly it obtains and reviews digital evidence "
             "from mobile phones, so that investigations are not delayed.", True),
        stmt(F, P2325, WORK,
             "The force should make sure that all officers and staff receive a regular "
             "wellbeing conversation with their line manager, and that the outcome is "
             "recorded.", False),
    ],
    people=[
        person("Giles Orpington", "commissioner", F, "Police and Crime Commissioner for Norfolk"),
        person("Rhiannon Vance", "chief-constable", F, "Chief Constable"),
        person("Lydia Barraclough", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    notes=[
        "An e-mail reply (headers, signature) above a quoted earlier message ('On ... wrote:' "
        "and '> ' lines). The grades are a dotted-leader list in the reply; the workforce "
        "area wraps onto a second, indented line. The quoted message repeats two facts "
        "(investigating crime 'adequate'; responding 'good in 2021/22'), which the reply "
        "confirms: they are the same facts, not new ones.",
        "'in the 2021/22 inspection responding to the public was graded good' gives a "
        "2021/22 judgement and its inspection (HMICFRS by context).",
        "Victim service 'not graded' gives nothing; '9 areas for improvement and no causes "
        "of concern' is a count. Norfolk Fire and Rescue Service's 'judged good at "
        "preventing fires' is a fire inspection: no judgement. 'good practice' is a "
        "distractor.",
        "AFI 3 and AFI 4 are each followed by 'Force update:' (true). AFI 7 says '(No force "
        "update yet ...)' (false). The labels 'AFI 3 (investigating crime)' give the areas.",
        "People: the PCC is named name-first, so his title is kept in full; the Chief "
        "Constable and the HMI are named title-first. Tamsin Oakridge and Graham Tilsley "
        "are staff, not person facts.",
        "Suffolk Constabulary is a partner in passing: in forces, no inspection.",
    ]))

# oq02 -- forwarded inspectorate press notice, Gwent, PEEL 2021/22 -----------------------
F = "Gwent Police"
GOLDS.append(gold(
    "oq02.txt", "press-release", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, "2017", LEG, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, G), (CDI, G)])
    + [jd(F, "2017", LEG, FTP, G)],
    recs=[
        stmt(F, P2122, RESP,
             "Within three months, the force should: make sure it has enough call handlers "
             "on duty at peak times to answer 999 calls within ten seconds and 101 calls "
             "within the time it has set itself; and make sure that call handlers use a "
             "structured risk assessment for every call, and that supervisors check its "
             "quality.", False),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force does not answer emergency and non-emergency calls quickly enough, and "
             "call handlers do not consistently identify vulnerability and repeat victims "
             "when calls are received. This means some people do not get the right "
             "response.", False),
    ],
    people=[
        person("Ceri Llewellyn-Ward", "commissioner", F, "Police and Crime Commissioner"),
        person("Wendy Fairbrook", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(F, P1819, inspectorate=HF)],
        "judgements": [jd(F, P1819, EFF, None, G), jd(F, P1819, LEG, None, G)],
    },
    notes=[
        "A forwarded message: the forwarder's note, then '---------- Forwarded message "
        "---------' and the inspectorate's embargoed press notice. The note's 'Headline' "
        "repeats the responding grade ('every other graded area is adequate or good' gives "
        "no single grade).",
        "2021/22 area names: 'Engaging with and treating the public with fairness and "
        "respect' -> treatment-of-public; 'Strategic planning, organisational management "
        "and value for money' -> leadership-management; 'Recording data about crime' -> "
        "crime-recording. Victim service is 'not graded'; serious organised crime is graded "
        "regionally and not given: nothing.",
        "The lead-in 'Within three months, the force should:' and its two numbered items are "
        "one recommendation (GOLD-FORMAT: a lead-in plus its bullets is one statement). "
        "Unsure: a grader could count two recommendations.",
        "has_force_update is false for the cause of concern and the recommendation: the "
        "forwarder says the force's action plan will go to a board in September; no update "
        "text is given.",
        "'in 2018/19, when we judged it good at effectiveness and good at legitimacy' gives "
        "whole-pillar 2018/19 grades: also_acceptable only (the 2018/19 convention), with "
        "the 2018/19 inspection. 'In our earlier 2017 legitimacy inspection we judged the "
        "force to be good at treating the people it serves with fairness and respect' "
        "gives the 2017 legitimacy question fair-treatment-public (HMICFRS: the notice is "
        "the inspectorate's own 'our').",
        "The grading scale in the notice and the notes to editors gives nothing. South Wales "
        "Police and Dyfed-Powys Police are named in passing (the region); South Wales Fire "
        "and Rescue Service is not a police force.",
        "People: the PCC is named title-first ('Police and Crime Commissioner Ceri "
        "Llewellyn-Ward'). Bethan Rowlands is staff.",
    ]))

# oq03 -- pdftotext -layout page with two columns, Lincolnshire, PEEL 2018/19 ----------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "oq03.txt", "response-record",
    [F, "Nottinghamshire Police", "Leicestershire Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFFIC, inspectorate=HF)],
    grades(F, P1819, [(PREV, RI), (INV, G), (PVP, G), (SOC1517, G), (UR, RI), (PF, RI),
                      (FTP, G), (ELW, G), (FTW, G)])
    + [jd(F, "2017", EFFIC, None, RI)],
    afis=[
        stmt(F, P1819, PREV,
             "The force should adopt a structured problem-solving approach in its "
             "neighbourhood teams and evaluate what works, so that it can share good practice "
             "across the county.", True),
        stmt(F, P1819, PVP,
             "The force should improve the quality and timeliness of its child protection "
             "investigations, making sure that strategy discussions with partners take place "
             "promptly.", True),
        stmt(F, P1819, PF,
             "The force should develop a more detailed understanding of the skills of its "
             "workforce so that it can plan for the capabilities it will need.", False),
    ],
    people=[
        person("Marcus Tenby", "commissioner", F, "Commissioner"),
        person("Anthea Colebrook", "inspector", HF, "Her Majesty's Inspector of Constabulary"),
        person("Harriet Lumsden", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "judgements": [jd(F, P1819, EFF, None, G), jd(F, P1819, EFFIC, None, RI),
                       jd(F, P1819, LEG, None, G), jd(F, P1819, "PEEL", UD, RI)],
    },
    notes=[
        "Imitates `pdftotext -layout` output of one page of a PCC annual report: a running "
        "header, a left column of prose and a right-hand sidebar 'PEEL 2018/19 AT A "
        "GLANCE' on the same lines, then a full-width section and a page number, ending "
        "in a form feed. Lines mix the two columns, and several grade cells wrap "
        "('Requires' / 'improvement').",
        "2018/19 question grades take pillar PEEL with the 2015-17 keys: 'Meeting current "
        "demands and using resources' -> using-resources (understanding-demand in "
        "also_acceptable), 'Planning for the future' -> planning-future, 'Fair treatment "
        "of the public' -> fair-treatment-public, 'Ethical and lawful workforce "
        "behaviour' -> ethical-lawful-workforce, 'Fair treatment of the workforce' -> "
        "fair-treatment-workforce. Specialist capabilities is 'Not graded'.",
        "Pillar rows (EFFECTIVENESS Good, EFFICIENCY Requires improvement, LEGITIMACY "
        "Good) are whole-pillar 2018/19 grades: also_acceptable only.",
        "'the 2017 efficiency inspection, when HMICFRS graded the force as requires "
        "improvement' gives a 2017 Efficiency judgement and its inspection.",
        "The sidebar key lists the grades: nothing. Lincolnshire Fire and Rescue's 'judged "
        "good' is a fire grade: nothing.",
        "AFIs sit under area headings in the full-width section; the first two have "
        "'Progress:' lines (true), the third has none (false).",
        "People: 'The Commissioner, Marcus Tenby' is title-first, so the title is "
        "'Commissioner' (the running header's 'Police and Crime Commissioner for "
        "Lincolnshire' names nobody). 'Anthea Colebrook, Her Majesty's Inspector of "
        "Constabulary' is name-first. Nottinghamshire and Leicestershire are named in "
        "passing.",
    ]))

# oq04 -- pandoc Markdown with a grid table, Hertfordshire, PEEL 2023-25 -----------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "oq04.md", "response-record",
    [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, O), (RESP, G), (INV, A), (PVP, G), (MOS, G),
                      (WORK, G), (LFM, G)])
    + grades(F, P2122, [(INV, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that victims' needs are assessed at the start of an "
             "investigation and that the outcome of the assessment is recorded.", True),
        stmt(F, P2325, INV,
             "The force should reduce the time it takes to examine digital devices seized "
             "during investigations.", True),
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated to staff who have "
             "the skills and accreditation to carry them out.", False),
        stmt(F, P2325, WORK,
             "The force should understand why sickness absence among police staff has risen "
             "and take action to reduce it.", True),
    ],
    people=[
        person("Jonathan Ashdown-Pryce", "commissioner", F,
               "Police and Crime Commissioner for Hertfordshire"),
        person("Priya Mandeville", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A pandoc Markdown conversion: YAML metadata, {#anchors}, a skip link, hard line "
        "breaks ('\\'), '--' for en dashes, a grid table whose area cells wrap over two or "
        "three lines, a pipe table, table captions and footnotes.",
        "The grid table gives the eight 2023-25 grades; victim service is 'Not graded'. "
        "The prose repeats 'outstanding' and 'adequate'.",
        "Footnote 1: 'In the 2021/22 inspection the constabulary was graded requires "
        "improvement for investigating crime' gives a 2021/22 judgement.",
        "AFI areas: the pipe table has no area column. AFIs 1-3 are about investigations "
        "(the grades table says investigating crime: 'See the areas for improvement "
        "below', and 'the investigation areas for improvement'); AFI 4 (sickness absence) "
        "matches the workforce comment. Unsure: a grader could leave the questions null.",
        "has_force_update: AFI 3's update cell is '---' and the text says it has no update "
        "(false); the other three have updates.",
        "Hertfordshire Fire and Rescue Service's 'graded good' is a fire grade: nothing. "
        "'no causes of concern' and the five-point scale give nothing. Bedfordshire and "
        "Cambridgeshire are partners in passing.",
    ]))

# oq05 -- reStructuredText panel paper, Leicestershire, PEEL 2021/22 ---------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "oq05.txt", "response-record",
    [F, "Nottinghamshire Police", "Derbyshire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P1819, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A), (CDI, G)])
    + grades(F, P1819, [(PVP, G)]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that investigations are supervised effectively and "
             "that supervisors record their reviews on the crime file.", True),
        stmt(F, P2122, PVP,
             "The force should make sure it completes risk assessments for all domestic abuse "
             "incidents and that it shares information about children with safeguarding "
             "partners without delay.", False),
        stmt(F, P2122, LFM,
             "The force should improve its understanding of future demand so that it can plan "
             "its workforce and budget with more confidence.", True),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure it has enough trained staff in "
             "its contact management centre to meet national call-answering standards.", True),
        stmt(F, P2122, RESP,
             "Within six months, the force should introduce a structured way of assessing "
             "threat, harm and risk for every call for service.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force is not answering calls for service quickly enough, and it does not "
             "consistently identify vulnerable callers when they first make contact.", False),
    ],
    people=[
        person("Rupert Hallam", "commissioner", F,
               "Police and Crime Commissioner for Leicester, Leicestershire and Rutland"),
        person("Naomi Fairclough", "chief-constable", F, "Temporary Chief Constable",
               "temporary"),
    ],
    notes=[
        "reStructuredText source saved as .txt (as docutils' own .txt sources are): "
        "overlined and underlined titles, a field list, '.. note::', '.. warning::' and "
        "'.. important::' admonitions, a simple table whose 'Strategic planning, "
        "organisational management and value for money' row wraps onto a second line "
        "('for money'), and a substitution at the end.",
        "2021/22 names: 'Treatment of the public' -> treatment-of-public; 'Strategic "
        "planning, organisational management and value for money' -> "
        "leadership-management; 'Recording data about crime' -> crime-recording. 'Providing "
        "a service to the victims of crime: Not graded' and the regional serious organised "
        "crime grade (not given) give nothing.",
        "'In the integrated PEEL 2018/19 inspection the force was graded good for "
        "protecting vulnerable people' is a 2018/19 question grade: pillar PEEL, key "
        "protecting-vulnerable.",
        "The cause of concern sits under a warning admonition that only says one was found. "
        "Its two numbered recommendations are separate full sentences. The single 'Force "
        "update (December 2022)' after them answers both recommendations (true). The cause "
        "of concern itself is false, as the update answers the recommendations. Unsure.",
        "AFIs sit under area headings; two are followed by '*Force update:*' (true), the "
        "protecting vulnerable people AFI has none (false).",
        "The note admonition lists the grading scale: nothing. Leicestershire Fire and "
        "Rescue Service's 'graded good' is a fire grade: nothing. Nottinghamshire and "
        "Derbyshire are named in passing (region).",
        "People: the PCC is named name-first (title kept in full); 'Temporary Chief "
        "Constable Naomi Fairclough' is title-first (qualifier temporary).",
    ]))

# oq06 -- Excel tab-delimited tracker export (cp1252, CRLF), Merseyside, PEEL 2023-25 -----
F = "Merseyside Police"
GOLDS.append(gold(
    "oq06.txt", "response-record", [F, "Cheshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(INV, A), (PVP, RI), (RESP, G), (WORK, G)])
    + grades(F, P2122, [(PVP, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that all investigations are reviewed by a supervisor "
             "within the timescales set in its own policy.", True),
        stmt(F, P2325, INV,
             "The force should improve how it keeps victims informed about the progress of "
             "their case, in line with the Victims' Code.", False),
        stmt(F, P2325, PVP,
             "The force should make sure that officers attending domestic abuse incidents "
             "complete the risk assessment with the victim, and record the reason when they "
             "cannot.", True),
        stmt(F, P2325, WORK,
             "The force should make sure that newly promoted sergeants and inspectors receive "
             "leadership training within six months of promotion.", True),
        stmt(F, P2122, PVP,
             "The force should improve how it records the voice of the child when officers "
             "attend incidents where children are present.", True),
    ],
    encoding="cp1252",
    notes=[
        "A tracker saved from Excel as 'Text (Tab delimited)': cp1252 (en dashes as 0x96), "
        "CRLF between rows, LF inside quoted multi-line cells, doubled inner quotes, a "
        "title row above the header and a RAG key below.",
        "Each row's 'Area grade' is the grade of its area in the row's Source inspection: "
        "2023-25 investigating crime Adequate, protecting vulnerable people Requires "
        "improvement, responding to the public Good (from the good-practice row) and "
        "workforce Good; 2021/22 protecting vulnerable people Adequate (the carried-forward "
        "row). Areas with no row give nothing.",
        "MER-23-03's AFI is in a multi-line cell between 'AFI (priority)' and 'See report "
        "p. 41'; the AFI is the middle line.",
        "has_force_update: false for MER-23-02 ('No update received'); true where the "
        "'Latest update' cell gives progress.",
        "Not facts: the good-practice row, the national vetting recommendation to 'chief "
        "constables' (NAT-24-02) and the Merseyside Fire & Rescue Service 'Outstanding' "
        "row. Cheshire Constabulary is a partner named in an update cell.",
        "No named people: leads are posts ('ACC Crime', 'Head of PSD').",
    ]))

# oq07 -- plain-text panel paper with form feeds and repeated headers, North Wales, 2016 --
F = "North Wales Police"
GOLDS.append(gold(
    "oq07.txt", "response-record", [F, "Cheshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFFIC, H), insp(F, "2016", LEG, H),
     insp(F, "2015", EFF, H), insp(F, "2015", EFFIC, H), insp(F, "2015", LEG, H)],
    [jd(F, "2016", EFF, None, G), jd(F, "2016", EFF, PREV, G), jd(F, "2016", EFF, INV, G),
     jd(F, "2016", EFF, PVP, RI), jd(F, "2016", EFF, SOC1517, G),
     jd(F, "2016", EFFIC, None, G), jd(F, "2016", EFFIC, UD, G), jd(F, "2016", EFFIC, UR, G),
     jd(F, "2016", EFFIC, PF, G),
     jd(F, "2016", LEG, None, G), jd(F, "2016", LEG, FTP, G), jd(F, "2016", LEG, ELW, G),
     jd(F, "2016", LEG, FTW, G),
     jd(F, "2015", EFF, None, G), jd(F, "2015", EFFIC, None, G), jd(F, "2015", LEG, None, G)],
    afis=[
        stmt(F, "2016", PVP,
             "The force should improve the way it identifies repeat and vulnerable victims at "
             "the first point of contact.", True, pillar=EFF),
        stmt(F, "2016", PVP,
             "The force should ensure that all domestic abuse risk assessments are reviewed "
             "by a supervisor and that safety plans are put in place promptly.", True,
             pillar=EFF),
        stmt(F, "2016", PVP,
             "The force should work with partner agencies to improve the quality of "
             "multi-agency risk assessment conference referrals.", False, pillar=EFF),
    ],
    people=[
        person("Emrys Pryderi", "commissioner", F, "Police and Crime Commissioner"),
        person("Iolo Maddox", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2016", LEAD, H)]},
    notes=[
        "A panel paper printed to plain text: each page starts with the same three-line "
        "running header (meeting, agenda item, rule) and ends with 'Page n of 3', and pages "
        "are separated by form feeds. The grades table is split across pages 1 and 2 and "
        "its header row is repeated; question names and one grade ('Requires' / "
        "'improvement') wrap inside the columns.",
        "2016 (HMIC): pillar grades and the graded questions. 'Understanding demand', "
        "'Using resources to manage demand' and 'Planning for future demand' -> "
        "understanding-demand, using-resources, planning-future. Specialist capabilities "
        "is 'Not graded'. The leadership report 'has no graded judgement': its inspection "
        "is in also_acceptable only.",
        "2015: the table's 2015 column and 'judged good in all three pillars in 2016, as it "
        "was in 2015' give the three 2015 pillar grades; '-' cells give nothing.",
        "AFIs a) and b) have 'Force response:' (true); c) has none, and the paper says so "
        "(false). 'HMIC set out 11 areas for improvement' is a count.",
        "The four-grade scale sentence gives nothing. North Wales Fire and Rescue Service "
        "is not inspected by HMIC. Cheshire Constabulary is named in passing; 'good "
        "practice' is a distractor.",
        "People are title-first; 'Siwan Morgan, Performance Manager' is staff.",
    ]))

# oq08 -- news article saved from reader view, Warwickshire, PEEL 2023-25 ----------------
F = "Warwickshire Police"
W = "West Mercia Police"
GOLDS.append(gold(
    "oq08.txt", "press-release", [F, W], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, A), (LFM, A)]),
    coc=[
        stmt(F, P2325, INV,
             "The force is not investigating crime to a consistently good standard. Too many "
             "investigations lack effective supervision, and victims are not always told "
             "what is happening with their case.", False),
    ],
    people=[
        person("Roisin Achterberg", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Philippa Marchbank", "commissioner", F, "Police and Crime Commissioner"),
        person("Oliver Stainforth", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(W, P1819, inspectorate=HF)],
        "judgements": [jd(W, P1819, EFF, None, RI), jd(W, P1819, EFFIC, None, RI),
                       jd(W, P1819, LEG, None, RI)],
        "areas_for_improvement": [
            stmt(F, P2325, RESP,
                 "the force should answer more non-emergency calls within its own target "
                 "time.", False),
        ],
    },
    notes=[
        "A local news article as a browser's reader view saves it: the address, title, "
        "site, byline, date and reading time on separate lines, links and images reduced "
        "to bracketed text ('[PEEL programme]', '[HMICFRS]', '[Read more: Fire service "
        "rated 'good' ...]', '[Advertisement]').",
        "'inspected in the 2023-25 round of the [PEEL programme]' gives the period; "
        "the publication date (May 2025) is not the period.",
        "The HMI's quote says a cause of concern was found; the article then quotes it in "
        "full. Its has_force_update is false: the Chief Constable's later quote is a "
        "general reply, not an update set with the statement.",
        "'including that the force should answer more non-emergency calls within its own "
        "target time' reports one of '11 areas for improvement' inside a sentence, "
        "lower-case: also_acceptable only.",
        "West Mercia Police: 'judged to require improvement in all three areas of "
        "effectiveness, efficiency and legitimacy' in 2018/19 gives whole-pillar 2018/19 "
        "grades: also_acceptable only, with the 2018/19 inspection.",
        "The bracketed fire headline and 'Warwickshire Fire and Rescue Service' give "
        "nothing; 'outstanding to inadequate' is the scale.",
        "People: 'Warwickshire's Police and Crime Commissioner, Philippa Marchbank' is "
        "title-first, so the title drops the place word. The reporter is not a fact.",
    ]))

# oq09 -- MediaWiki markup, South Yorkshire, 2014-2021/22 ----------------------------------
F = "South Yorkshire Police"
GOLDS.append(gold(
    "oq09.txt", "national-release",
    [F, "Humberside Police", "West Yorkshire Police", "Derbyshire Constabulary"], [H, HF],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFFIC, H),
     insp(F, "2015", EFF, H), insp(F, "2015", EFFIC, H), insp(F, "2015", LEG, H),
     insp(F, "2016", EFF, H), insp(F, "2016", EFFIC, H), insp(F, "2016", LEG, H),
     insp(F, "2017", EFF, HF), insp(F, "2017", EFFIC, HF), insp(F, "2017", LEG, HF),
     insp(F, P2122, inspectorate=HF)],
    [jd(F, "2014", EFF, None, RI), jd(F, "2014", EFFIC, None, G),
     jd(F, "2015", EFF, None, RI), jd(F, "2015", EFFIC, None, G), jd(F, "2015", LEG, None, RI),
     jd(F, "2016", EFF, None, RI), jd(F, "2016", EFFIC, None, G), jd(F, "2016", LEG, None, G),
     jd(F, "2017", EFF, None, G), jd(F, "2017", EFFIC, None, G), jd(F, "2017", LEG, None, G)]
    + grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, G), (PVP, G), (MOS, G),
                        (WORK, G), (LFM, G), (CDI, G)]),
    people=[
        person("Lauren Tidewell", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, P1819, inspectorate=HF)],
        "judgements": [jd(F, P1819, EFF, None, G), jd(F, P1819, EFFIC, None, G),
                       jd(F, P1819, LEG, None, G)],
        "people": [person("Stephen Aldwark", "chief-constable", F, "chief constable")],
    },
    notes=[
        "Raw MediaWiki markup (wikitext) of an encyclopedia article: templates, an infobox, "
        "[[links|with labels]], <ref> tags, and two wikitables ('{|', '|-', '||' cell "
        "separators, style attributes before '|').",
        "Pillar table: 2014 effectiveness and efficiency (legitimacy 'Not graded', with a "
        "note), 2015-2017 all three pillars. Inspectorates come from the prose: 'HMIC "
        "carried out the force's PEEL inspections for 2014, 2015 and 2016; HMICFRS has "
        "carried them out since 2017'.",
        "2018/19 row: whole-pillar 2018/19 grades, also_acceptable only, with the 2018/19 "
        "inspection.",
        "2021/22 table uses the 2021/22 names: 'Developing a positive workplace' -> "
        "workforce; 'Good use of resources' -> leadership-management (its 'Good' is part of "
        "the name); 'Recording data about crime' -> crime-recording.",
        "The grades list in the prose is the scale: nothing. South Yorkshire Fire and "
        "Rescue's 'good' is a fire grade. The 'See also' forces are in passing; 'West "
        "Yorkshire Constabulary' is a historical force name, and West Yorkshire Police is "
        "named in 'See also'.",
        "People: the infobox gives 'chief1name = Lauren Tidewell' with 'chief1position = "
        "Chief Constable', and the History names her 'The present chief constable'. The "
        "former chief constable Stephen Aldwark is in also_acceptable only. The Mayor of "
        "South Yorkshire is unnamed.",
    ]))

# oq10 -- CSV action log with quoted multi-line cells, Northumbria, PEEL 2023-25 ---------
F = "Northumbria Police"
GOLDS.append(gold(
    "oq10.csv", "response-record", [F, "Durham Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(INV, RI), (PVP, A), (PPT, A), (PREV, G), (RESP, G)])
    + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that officers complete a full risk assessment for "
             "every missing person report and that high-risk cases are reviewed by an "
             "inspector.", True),
        stmt(F, P2325, PPT,
             "The force should improve how it records and monitors the use of force, so that "
             "it can identify any disproportionality.", True),
        stmt(F, P2122, RESP,
             "The force should reduce the number of 101 calls that are abandoned before they "
             "are answered.", True),
    ],
    recs=[
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that every investigation has a "
             "recorded plan that is reviewed by a supervisor at set intervals.", True),
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that investigations are only "
             "closed once a supervisor has confirmed that all proportionate lines of enquiry "
             "have been completed.", False),
    ],
    coc=[
        stmt(F, P2325, INV,
             "The force does not make sure that investigations are effectively planned and "
             "supervised, and too many cases are closed before all reasonable lines of "
             "enquiry have been followed.", True),
    ],
    people=[
        person("Kim Hollister", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
        person("Aaron Redhead", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A panel action log exported as CSV: RFC 4180 quoting, a header cell with a line "
        "break, and multi-line Finding cells of the form 'label / statement / Report "
        "para'. The statement is the middle line.",
        "Grades come from each row's 'Area grade' for the row's inspection: 2023-25 "
        "investigating crime Requires improvement, protecting vulnerable people Adequate, "
        "police powers and public treatment Adequate, preventing crime Good (good-practice "
        "row); 2021/22 responding to the public Adequate (carried-forward row). NP-07's "
        "update cell adds 'HMICFRS graded responding to the public good in 2023-25'.",
        "has_force_update: true where the 'Force update' cell has progress; NP-03's cell "
        "is empty (false).",
        "Not facts: the good-practice finding, the Tyne and Wear Fire and Rescue Service "
        "row, the 'Grades key' row. Durham Constabulary is a partner in an update cell.",
        "People come from the 'Source' footer cell: 'Kim Hollister, Police and Crime "
        "Commissioner for Northumbria' (name-first, title kept in full) and 'Chief Constable "
        "Aaron Redhead'.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
