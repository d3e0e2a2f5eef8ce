"""Write gold/l01.json ... gold/l10.json for corpus25 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFFI, LEG, LEAD, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
# 2015-17 keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
PREV, INV, PVP, SOC, SPEC = ("preventing-crime", "investigating-crime", "protecting-vulnerable",
                             "serious-organised-crime", "specialist-capabilities")
DEM, RES, FUT = "understanding-demand", "using-resources", "planning-future"
# 2021/22 and 2023-25 keys
PPT, RESP, MOS, WORK, LFM, CDI = ("treatment-of-public", "responding-to-public", "managing-offenders",
                                  "workforce", "leadership-management", "crime-recording")


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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

# l01 -- HMIC force page, tabs per pillar (HTML), Staffordshire 2016 -------------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "l01.html", "peel-report",
    [F, "West Midlands Police", "West Mercia Police", "Warwickshire Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFFI, H), insp(F, "2016", LEG, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", EFF, [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)])
    + grades(F, "2016", EFFI, [(None, G), (DEM, G), (RES, G), (FUT, RI)])
    + grades(F, "2016", LEG, [(None, G), (FTP, G), (ELW, G), (FTW, G)])
    + grades(F, "2015", EFF, [(None, G)]),
    afis=[
        stmt(F, "2016", EFF, INV, "Staffordshire Police should make sure that every investigation has a "
             "documented plan which a supervisor reviews at regular intervals."),
        stmt(F, "2016", EFF, INV, "The force should reduce the time taken to examine seized phones and "
             "computers so that investigations are not held up."),
        stmt(F, "2016", EFF, INV, "The force should make better use of circulation on the Police National "
             "Computer to locate wanted suspects quickly."),
        stmt(F, "2016", EFF, PVP, "The force should improve its response to domestic abuse victims by making "
             "sure that: risk assessments are reviewed by a trained supervisor within 24 hours; safeguarding "
             "plans are in place before an officer leaves the scene; and bail conditions are monitored and "
             "breaches acted upon."),
        stmt(F, "2016", EFFI, FUT, "The force should complete a workforce plan that shows how the number and "
             "skills of its officers and staff will match the demand it expects up to 2020."),
        stmt(F, "2016", LEG, FTP, "The force should publish the findings of its community scrutiny panels and "
             "show how it has responded to them."),
    ],
    people=[person("Ruth Oakhurst", "inspector", H, "HM Inspector of Constabulary")],
    also={"inspections": [insp(F, "2016", LEAD, H)]},
    notes=[
        "A saved HMIC force page. All four tab panels and every accordion panel are in the page; only the "
        "first tab is shown until a tab is clicked, and accordion panels open on click. The gold treats all "
        "of them as what the page shows its reader.",
        "The Effectiveness and Efficiency overall grades are given ONLY by the badge image's alt text "
        "(alt=\"Requires improvement\", alt=\"Good\"): the badge is the grade a browser shows. The effectiveness "
        "prose ('needs to do more') has no grade word. Legitimacy has both the badge and 'We judge ... to be good'.",
        "Question grades sit in <span class='q-grade'> inside the accordion buttons. Specialist capabilities is "
        "'Ungraded'. 2015 effectiveness: 'In 2015 we judged the force to be good for effectiveness' (HMIC's page, "
        "so HMIC).",
        "Leadership was 'assessed ... but was not graded': its inspection is only in also_acceptable. The "
        "grading-scale key, 'good understanding', 'an adequate supply' and the HMI quote give nothing more.",
        "The domestic abuse AFI is a lead-in with three nested <li> sub-bullets, joined into one statement.",
        "West Midlands, West Mercia and Warwickshire appear as the ROCU partners and in the region links, with no "
        "grade.",
    ]))

# l02 -- select-all copy pasted into Word as text only (DOCX), Warwickshire 2017 ------------
F = "Warwickshire Police"
GOLDS.append(gold(
    "l02.docx", "peel-report",
    [F, "West Mercia Police", "Staffordshire Police", "West Midlands Police"], [HF, H],
    [insp(F, "2017", EFF, HF), insp(F, "2017", EFFI, HF), insp(F, "2017", LEG, HF), insp(F, "2016", EFF, H)],
    grades(F, "2017", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)])
    + grades(F, "2017", EFFI, [(DEM, G), (RES, G), (FUT, RI)])
    + grades(F, "2017", LEG, [(None, G), (FTP, G), (ELW, RI), (FTW, G)])
    + grades(F, "2016", EFF, [(None, RI)]),
    afis=[
        stmt(F, "2017", EFF, PVP, "The force should make sure that officers attending domestic abuse incidents "
             "complete the risk assessment in full and pass it on to the safeguarding team the same day."),
        stmt(F, "2017", EFF, PVP, "The force should improve its understanding of the number of missing children "
             "who are at risk of child sexual exploitation, and of the places where they are found."),
        stmt(F, "2017", EFFI, FUT, "The force should set out, with costs and timescales, how it will provide the "
             "support services it now shares with West Mercia Police once the alliance ends."),
        stmt(F, "2017", LEG, ELW, "The force should ensure that its counter-corruption unit has enough trained "
             "staff to assess and develop the intelligence it receives."),
        stmt(F, "2017", LEG, ELW, "The force should clear its backlog of vetting renewals and then keep all "
             "vetting up to date."),
    ],
    people=[person("Marcus Threlfall", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "An HMICFRS force page copied with select-all and pasted into Word with 'Keep Text Only': one Normal "
        "paragraph per line, no images, no links. The analyst pasted the Effectiveness tab with the whole page, "
        "then the Efficiency and Legitimacy tab panels under typed markers ('--- Efficiency tab ---'). The tab "
        "labels run together ('EffectivenessEfficiencyLegitimacyLeadership').",
        "The overall grade badges were images and their alt text did not come across. Effectiveness ('is good at "
        "keeping people safe and reducing crime') and Legitimacy ('Overall, the force's legitimacy is judged to be "
        "good') state their overall grade in prose. The Efficiency overall grade is stated nowhere in the visible "
        "text, so there is NO overall efficiency judgement, only its three question grades.",
        "Question grades are bare lines under each accordion heading. Specialist capabilities is 'Ungraded'.",
        "2016: 'when HMIC judged the force to require improvement for effectiveness' (HMIC named for it).",
        "West Mercia is the alliance partner; Staffordshire and West Midlands appear only as region links.",
        "inspectorates: the page names HMICFRS (logo line, copyright) and the 2016 sentence names HMIC.",
    ]))

# l03 -- browser Print to PDF of a PEEL 2023-25 summary page (PDF), Northumbria -------------
F = "Northumbria Police"
GOLDS.append(gold(
    "l03.pdf", "peel-report-2021",
    [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, "2023-25", PEEL, HF), insp(F, "2021/22", PEEL, HF)],
    grades(F, "2023-25", PEEL, [(PPT, G), (PREV, O), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G),
                                (LFM, A)])
    + grades(F, "2021/22", PEEL, [(INV, A), (RESP, RI)]),
    afis=[
        stmt(F, "2023-25", PEEL, INV, "The force should make sure that investigations are allocated promptly to an "
             "officer with the right skills, and that they are not passed between teams without a clear reason."),
        stmt(F, "2023-25", PEEL, INV, "The force should make sure victims are updated at the intervals agreed with "
             "them and that it records each update."),
        stmt(F, "2023-25", PEEL, RESP, "The force should reduce the time it takes to attend priority incidents in "
             "rural areas, and should tell callers when there will be a delay."),
        stmt(F, "2023-25", PEEL, LFM, "The force should have a better understanding of the demand on its "
             "investigation teams so it can plan how many detectives it needs over the next three years."),
    ],
    people=[person("Helena Brackwell", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "Chrome's own print header (date, page title) and footer (URL, '1/3') are on every page; pypdf puts "
        "them before each page's body. The page title names the inspectorate in full.",
        "Grades are a <dl> of cards in a two-column grid: 8 graded areas. 'Providing a service to victims of "
        "crime: Not graded' and 'Disrupting serious organised crime: See regional report' give nothing.",
        "2021/22: the investigating card's '(2021/22: Adequate)' and 'In 2021/22 we graded the force's response "
        "to the public as requires improvement'.",
        "The AFIs are <details open> elements whose <summary> names the area; the grading key sentence listing "
        "the five-point scale, 'good practice', and 'no causes of concern' are distractors.",
        "Durham Constabulary and Cleveland Police are named in the innovative-practice box with no grade.",
    ]))

# l04 -- force news release pasted into Word by the OPCC (DOCX), Leicestershire 2021/22 -------
F = "Leicestershire Police"
GOLDS.append(gold(
    "l04.docx", "press-release",
    [F, "Nottinghamshire Police"], [HF],
    [insp(F, "2021/22", PEEL, HF)],
    grades(F, "2021/22", PEEL, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, G), (SOC, A),
                                (WORK, G), (LFM, A)]),
    people=[
        person("Owen Hartridge", "chief-constable", F, "Chief Constable"),
        person("Sian Whitlow", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Julian Penhaligon", "commissioner", F, "Police and Crime Commissioner"),
        person("Imogen Ferrars", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    also={"inspections": [insp(F, "2018/19", EFF, HF), insp(F, "2018/19", PEEL, HF)],
          "judgements": grades(F, "2018/19", EFF, [(None, G)]) + grades(F, "2018/19", PEEL, [(None, G)])},
    notes=[
        "A force website release pasted into Word with source formatting: hyperlinks kept, images lost, "
        "'Image: ...' captions left as paragraphs. The page header/footer ('OPCC ... briefing pack', "
        "'OFFICIAL') are not body text.",
        "The pasted table 'Area of policing | Grade | (empty icon column)' has two rows with EMPTY grade cells "
        "('Recording data about crime', 'Providing a service to victims of crime'): no judgement for either. "
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management, "
        "graded Adequate (its 'Good' is part of the area name).",
        "Prose repeats the grades ('good in five areas', 'needs to improve the way it responds' has no grade "
        "word; 'both graded adequate').",
        "'The last full inspection of the force, in 2019, rated it good at keeping people safe and reducing "
        "crime': every 2018/19 pillar question ended 'at keeping people safe and reducing crime', so the sentence "
        "does not say which pillar (or the whole assessment) was good. Both readings are in also_acceptable.",
        "People: Deputy Chief Constable (qualifier deputy). Assistant Chief Constable Priya Mistry-Hale is not a "
        "person fact. 'eight areas for improvement and no causes of concern' is a count: no statements.",
        "Nottinghamshire Police is named in a related-news headline only.",
    ]))

# l05 -- regional news article printed to PDF, three forces, 2023-25 ------------------------
NY, CL, HU = "North Yorkshire Police", "Cleveland Police", "Humberside Police"
GOLDS.append(gold(
    "l05.pdf", "national-release",
    [NY, CL, HU, "Durham Constabulary", "Northumbria Police", "South Yorkshire Police", "West Yorkshire Police"],
    [HF],
    [insp(NY, "2023-25", PEEL, HF), insp(CL, "2023-25", PEEL, HF), insp(HU, "2023-25", PEEL, HF),
     insp(CL, "2018/19", EFF, HF), insp(CL, "2018/19", EFFI, HF), insp(CL, "2018/19", LEG, HF)],
    grades(NY, "2023-25", PEEL, [(RESP, RI), (PVP, RI), (PREV, G), (PPT, G)])
    + grades(CL, "2023-25", PEEL, [(RESP, G), (INV, RI)])
    + grades(HU, "2023-25", PEEL, [(PREV, O), (PPT, O), (MOS, O), (LFM, O)])
    + grades(CL, "2018/19", EFF, [(None, I)]) + grades(CL, "2018/19", EFFI, [(None, I)])
    + grades(CL, "2018/19", LEG, [(None, I)]),
    people=[
        person("Tamsin Rowell", "chief-constable", NY, "Chief Constable"),
        person("Marcus Edevane", "chief-constable", CL, "Chief Constable"),
        person("Stephen Arkwright", "commissioner", CL, "Police and Crime Commissioner"),
        person("Lorna Givens", "chief-constable", HU, "Deputy Chief Constable", "deputy"),
        person("Helena Brackwell", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    also={"inspections": [insp(CL, "2018/19", PEEL, HF)]},
    notes=[
        "A news article printed from the browser: cookie bar, adverts, 'Most read' and 'Related stories' in a "
        "sidebar. In the PDF text the sidebar interrupts the article mid-sentence ('enhanced ... monitoring').",
        "Grades in prose: North Yorkshire 'requires improvement in two areas: responding to the public and "
        "protecting vulnerable people', 'rated good at preventing crime and for the way it treats the public' "
        "(treatment-of-public); 'graded adequate in three other areas' names no area: nothing. Cleveland: good "
        "at responding, requires improvement for investigating; 'adequate in its remaining areas': nothing. "
        "Humberside: outstanding in four named areas; 'good in the other four areas': nothing.",
        "'In 2019 it became the first force to be rated inadequate for effectiveness, efficiency and "
        "legitimacy' gives three 2018/19 pillar judgements for Cleveland (pillar judgements, as corpus13 did for "
        "2018/19); the integrated PEEL 2018/19 inspection is in also_acceptable. Inspectorate from the article's "
        "context (HMICFRS).",
        "The Ofsted 'Outstanding' advert, 'Good rates' advert and 'good enough' quote are distractors. The deputy "
        "mayor is unnamed. Ruth Garside is the reporter, not a person fact.",
        "Durham, Northumbria, South Yorkshire and West Yorkshire are named in passing (regional scheme, related "
        "stories) with no grade.",
    ]))

# l06 -- analyst's hand-written wiki page (Markdown), Dyfed-Powys 2014-2018/19 --------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "l06.md", "national-release",
    [F, "Gwent Police", "South Wales Police", "North Wales Police"], [H, HF],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFFI, H),
     insp(F, "2015", EFF, H), insp(F, "2015", EFFI, H), insp(F, "2015", LEG, H),
     insp(F, "2016", EFF, H), insp(F, "2016", EFFI, H), insp(F, "2016", LEG, H),
     insp(F, "2017", EFF, HF), insp(F, "2017", EFFI, HF), insp(F, "2017", LEG, HF),
     insp(F, "2018/19", EFF, HF), insp(F, "2018/19", EFFI, HF), insp(F, "2018/19", LEG, HF)],
    grades(F, "2014", EFF, [(None, G)]) + grades(F, "2014", EFFI, [(None, G)])
    + grades(F, "2015", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI)])
    + grades(F, "2015", EFFI, [(None, G)]) + grades(F, "2015", LEG, [(None, G)])
    + grades(F, "2016", EFF, [(None, G)]) + grades(F, "2016", EFFI, [(None, G), (FUT, RI), (DEM, G)])
    + grades(F, "2016", LEG, [(None, RI), (ELW, RI)])
    + grades(F, "2017", EFF, [(None, G)]) + grades(F, "2017", EFFI, [(None, G)]) + grades(F, "2017", LEG, [(None, G)])
    + grades(F, "2018/19", EFF, [(None, G)]) + grades(F, "2018/19", EFFI, [(None, G)])
    + grades(F, "2018/19", LEG, [(None, G)]),
    afis=[
        stmt(F, "2017", LEG, ELW, "The force should make sure that all officers and staff working in the public "
             "protection unit hold the level of vetting their role requires."),
        stmt(F, "2017", LEG, ELW, "The force should give its counter-corruption unit direct access to the "
             "force's IT monitoring software."),
    ],
    people=[
        person("Glyn Rhydderch", "chief-constable", F, "Chief Constable"),
        person("Elin Prys-Morgan", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"inspections": [insp(F, "2014", LEG, H), insp(F, "2016", LEAD, H), insp(F, "2018/19", PEEL, HF)]},
    notes=[
        "A Markdown knowledge-base page written by hand. Grades use a key: 'G' (2014 table) and 'RI' are "
        "abbreviations defined in the Key line; other cells spell the grade out. 'NG' and '—' give nothing.",
        "Each round's table gives pillar judgements for that period; 2018/19 is graded by pillar (pillar "
        "judgements; the integrated PEEL 2018/19 inspection is in also_acceptable, as in corpus13). 2014 "
        "Legitimacy ('inspected but not graded') and 2016 Leadership (NG) are inspections only in "
        "also_acceptable.",
        "Question grades: the 2015 effectiveness table (SOC '— (not inspected ...)' gives nothing) and the 2016 "
        "bullet list; the 2016 fair-treatment-of-workforce grade is a TODO with no grade.",
        "Inspectorates: the page names both. 2014-2016 rounds are HMIC ('First round, HMIC'), 2017 ('HMICFRS's "
        "2017 legitimacy report') and 2018/19 ('Integrated assessment (HMICFRS ...)') are HMICFRS.",
        "The two numbered 2017 AFIs sit under 'Legitimacy, ethical and lawful workforce'; nothing is said about "
        "the force's progress on them (a TODO only), so has_force_update is false.",
        "People: the 'Force at a glance' line names the Chief Constable and the PCC title-first. The page owner "
        "(R. Beynon) is not a person fact.",
        "Gwent, South Wales and North Wales are comparison links 'not on this page': forces only.",
    ]))

# l07 -- PFCC response page with <details> per AFI (HTML), Northamptonshire 2021/22 -----------
F = "Northamptonshire Police"
GOLDS.append(gold(
    "l07.html", "response-record",
    [F, "Bedfordshire Police"], [HF],
    [insp(F, "2021/22", PEEL, HF)],
    grades(F, "2021/22", PEEL, [(PPT, A), (PREV, G), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (SOC, A),
                                (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, "2021/22", PEEL, RESP, "The force should make sure that it answers non-emergency calls within a "
             "reasonable time, and that callers who abandon a call are contacted where there is a risk of harm.", True),
        stmt(F, "2021/22", PEEL, RESP, "The force should make sure that it attends incidents within the timescales "
             "set out in its own policy, and that it tells callers when attendance will be delayed.", True),
        stmt(F, "2021/22", PEEL, INV, "The force should make sure that supervisors review investigations regularly "
             "and record clear actions that move the investigation forward.", True),
        stmt(F, "2021/22", PEEL, INV, "The force should record whether victims want to support a prosecution, and "
             "the reasons when they do not.", False),
        stmt(F, "2021/22", PEEL, PPT, "The force should improve how it monitors the use of force, so that it "
             "understands when and why force is used disproportionately against people from ethnic minority "
             "backgrounds.", True),
        stmt(F, "2021/22", PEEL, LFM, "The force should develop a workforce plan that sets out how many officers "
             "and staff with each skill it will need to meet future demand.", False),
    ],
    people=[
        person("Danielle Ashworth-Kemp", "commissioner", F, "Police, Fire and Crime Commissioner"),
        person("Ivo Pendleby", "chief-constable", F, "Chief Constable"),
        person("Imogen Ferrars", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Each AFI is inside a <details> element (only the first is open); the <summary> gives a short label "
        "('AFI 3 - Investigating crime: supervision') and the AFI text is in a paragraph inside. The gold treats "
        "the content of closed <details> as shown (one click away), like the tabs of l01.",
        "has_force_update: true where a 'Force response' gives the force's action (AFIs 1, 2, 3, 5). AFI 4's "
        "'Force response' is 'Not yet received': false. AFI 6 has only a 'Commissioner's comment': false.",
        "'Page published 9 June 2022', 'Last updated 14 February 2024', the per-AFI 'Last updated' dates, the "
        "cookie notice date and 2024/25 are not periods. The inspection is PEEL 2021/22 (published 26 April "
        "2022).",
        "Grades table: 'Good use of resources' -> leadership-management (Adequate); 'Developing a positive "
        "workplace' -> workforce; 'Recording data about crime' -> crime-recording; victims 'Not graded'.",
        "The fire and rescue service's 'judged the service good at understanding the risk of fire' is a fire "
        "inspection: no judgement. 'no causes of concern' gives nothing.",
        "People: the PFCC is named in a signature block with 'Police, Fire and Crime Commissioner for "
        "Northamptonshire'; the title is taken without the place. The HMI in April 2022 was 'Her Majesty's'.",
        "Bedfordshire Police is named in a related-page link only.",
    ]))

# l08 -- email digest saved as text (TXT, cp1252, CRLF), Wiltshire 2018/19 --------------------
F = "Wiltshire Police"
GOLDS.append(gold(
    "l08.txt", "national-release",
    [F, "Avon and Somerset Constabulary", "Gloucestershire Constabulary", "Dorset Police"], [HF],
    [insp(F, "2018/19", PEEL, HF), insp(F, "2018/19", EFF, HF), insp(F, "2018/19", EFFI, HF),
     insp(F, "2018/19", LEG, HF), insp(F, "2017", EFF, HF)],
    # (maintainer: 2018/19 question grades and statements keyed PEEL, this project's
    # convention as in corpus14 r03, corpus21 z08 and corpus23 a09; pillar forms also acceptable)
    grades(F, "2018/19", EFF, [(None, RI)]) + grades(F, "2018/19", PEEL, [(PREV, G), (INV, RI), (PVP, RI)])
    + grades(F, "2018/19", EFFI, [(None, G)]) + grades(F, "2018/19", PEEL, [(RES, G), (FUT, G)])
    + grades(F, "2018/19", LEG, [(None, G)]) + grades(F, "2018/19", PEEL, [(FTP, G), (ELW, G), (FTW, G)])
    + grades(F, "2017", EFF, [(None, G)]),
    afis=[
        stmt(F, "2018/19", PEEL, None, "The force should make sure that repeat victims of domestic abuse are "
             "identified when they first call, so that the risk to them is properly assessed."),
        stmt(F, "2018/19", PEEL, None, "The force should improve how it shares information about children at risk "
             "with partner agencies outside office hours."),
        stmt(F, "2018/19", PEEL, None, "The force should review how it uses bail and released under investigation, "
             "so that suspects are managed and victims are protected."),
        stmt(F, "2018/19", PEEL, None, "The force should improve its understanding of the wellbeing needs of its "
             "workforce."),
    ],
    recs=[
        stmt(F, "2018/19", PEEL, INV, "The force should make sure that crimes are allocated to officers and staff "
             "with the skills and experience to investigate them."),
        stmt(F, "2018/19", PEEL, INV, "The force should make sure that supervisors review investigations regularly "
             "and record what should happen next."),
        stmt(F, "2018/19", PEEL, INV, "The force should make sure that victims are told how their case is "
             "progressing, in line with the Code of Practice for Victims of Crime."),
    ],
    coc=[
        stmt(F, "2018/19", PEEL, INV, "Wiltshire Police does not investigate crime to a consistently good standard, "
             "and too many victims are not given the service they are entitled to."),
    ],
    people=[
        person("Geraint Lusk", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary"),
        person("Aled Brannigan", "chief-constable", F, "Chief Constable"),
        person("Philippa Stroud-Dene", "commissioner", F, "Police and Crime Commissioner"),
    ],
    encoding="cp1252",
    also={"inspections": [insp(F, "2017", LEG, HF)], "judgements": grades(F, "2017", LEG, [(None, G)])
          + grades(F, "2018/19", EFF, [(PREV, G), (INV, RI), (PVP, RI)]) + grades(F, "2018/19", EFFI, [(RES, G), (FUT, G)])
          + grades(F, "2018/19", LEG, [(FTP, G), (ELW, G), (FTW, G)])},
    notes=[
        "An email digest saved from Outlook as text: windows-1252, CRLF. The message was sent quoted-printable; "
        "it was saved AFTER decoding, so there are no '=' soft line breaks or =92 escapes. The sender hard-wrapped "
        "the body at about 72 columns, so bullets continue on indented lines.",
        "Pillar grades: 'Effectiveness - Requires improvement (down from good in 2017)' also gives 2017 "
        "effectiveness Good. 'Legitimacy - Good (unchanged from last time)' names no grade for last time: the "
        "2017 legitimacy judgement is in also_acceptable only.",
        "Question grades: the Effectiveness bullets; 'Using resources and planning for the future were both "
        "graded good'; 'good on all three questions - treating the public fairly, ethical and lawful behaviour, "
        "and treating the workforce fairly'. Serious and organised crime 'was not re-inspected': nothing.",
        "The integrated PEEL 2018/19 inspection is the one the digest is about; the pillar grades are pillar "
        "judgements with their own inspections. The four AFIs are listed together under a heading that names "
        "neither pillar nor question, so they take pillar PEEL and question null.",
        "The cause of concern sits under investigating crime ('This is where the cause of concern sits'), "
        "indented without quotation marks; its three recommendations are full sentences under a label, so three "
        "statements.",
        "'£4.3m by 2021/22', 'good enough for planning', dates for the diary and the network coordinator are "
        "distractors. Avon and Somerset, Gloucestershire and Dorset are named with no grade.",
    ]))

# l09 -- browser print of an HMIC 2015 efficiency page with a card grid (PDF), City of London ---
F = "City of London Police"
GOLDS.append(gold(
    "l09.pdf", "peel-report",
    [F, "Metropolitan Police Service", "British Transport Police"], [H],
    [insp(F, "2015", EFFI, H), insp(F, "2014", EFFI, H)],
    grades(F, "2015", EFFI, [(None, G), (DEM, G), (RES, RI), (FUT, G)]) + grades(F, "2014", EFFI, [(None, G)]),
    afis=[
        stmt(F, "2015", EFFI, RES, "The force should carry out a skills audit of its workforce and use the results "
             "to match officers and staff to the work that most needs them."),
        stmt(F, "2015", EFFI, RES, "The force should understand why overtime in its economic crime teams is so "
             "high and take steps to reduce it."),
    ],
    people=[person("Cressida Vanstone", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "A browser print of HMIC's 2015 efficiency page (print header dated 05/02/2016). The overall grade is a "
        "coloured box 'Good' beside the question; the three question grades are cards in a two-column CSS grid "
        "(the third card spans both columns). The 'Ask the inspectorate' sidebar is printed beside the content "
        "and its text follows the cards in the PDF text.",
        "2014: 'In our 2014 inspection of efficiency, we judged the City of London Police to be good'.",
        "The grading key, 'a good grasp', the pillar navigation labels and the 2015/16 budget give nothing.",
        "The Metropolitan Police Service (partner) and British Transport Police ('not inspected in PEEL 2015') "
        "are named in passing.",
    ]))

# l10 -- PEEL spotlight page pasted into Word (DOCX), many forces, one graded ----------------
B = "British Transport Police"
GOLDS.append(gold(
    "l10.docx", "national-release",
    ["Kent Police", "Lancashire Constabulary", "South Wales Police", "West Mercia Police", "Surrey Police",
     "Lincolnshire Police", "Thames Valley Police", B, "Northumbria Police", "Durham Constabulary"], [HF],
    [insp(B, "2023-25", PEEL, HF)],
    grades(B, "2023-25", PEEL, [(INV, RI)]),
    people=[
        person("Alden Markham", "inspector", HF, "His Majesty\u2019s Chief Inspector of Constabulary"),
        person("Michael Oduya", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "An HMICFRS spotlight page pasted into Word with its formatting: headings, 'Back to top' and contents "
        "hyperlinks, a lost figure ('[Image not copied]'), and a counts table.",
        "Only British Transport Police is graded: 'which we graded requires improvement for investigating crime "
        "in its PEEL 2023-25 inspection'. The other nine forces are visited, praised for good practice or thanked "
        "for testing the method: forces only.",
        "Table 1 counts forces per grade with no force named: nothing. 'No force was graded outstanding' names no "
        "force.",
        "The three recommendations are addressed to all chief constables, the College of Policing and the NPCC, "
        "and the page says they are not recommendations to any force named: no recommendation facts.",
        "People: the Chief Inspector signs the foreword (name line, then title line); the HMI is named "
        "name-first. Both HMICFRS.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", stem + ".json")


if __name__ == "__main__":
    main()
