"""Write gold/o01.json ... gold/o10.json for corpus26 (format: shared/corpus/GOLD-FORMAT.md).

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

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
HMI = "His Majesty\u2019s Inspector of Constabulary"


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

# o01 -- PEEL 2023-25 report page, two columns plus floated grades sidebar (PDF) ---------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "o01.pdf", "peel-report-2021", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, A), (RESP, RI), (INV, A), (PVP, G), (MOS, G),
                      (WORK, A), (LFM, G)])
    + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, PREV,
             "The force should evaluate its problem-solving work so that it knows which approaches "
             "reduce crime and anti-social behaviour, and should share that learning across its "
             "neighbourhood teams."),
        stmt(F, P2325, RESP,
             "The force should make sure that calls to its non-emergency number are answered "
             "promptly, and that callers who choose to wait are given accurate information about how "
             "long the wait is likely to be and about the other ways in which they can contact the "
             "force."),
        stmt(F, P2325, RESP,
             "The force should improve how call handlers use its structured risk assessment, so that "
             "repeat and vulnerable callers are identified at the first point of contact."),
        stmt(F, P2325, INV,
             "The force should make sure that supervisors review investigations at the intervals its "
             "policy sets, and that each review is recorded with clear actions."),
        stmt(F, P2325, WORK,
             "The force should understand why officers in their first three years of service are "
             "leaving, and act on what it finds."),
    ],
    people=[
        person("Lorcan Whitby-Faulkner", "inspector", HF, HMI),
        person("Idris Pemberton-Clay", "chief-constable", F, "Chief Constable"),
        person("Nadia Ferncastle", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "The eight grades are only in the floated 'Our judgements' sidebar (area line, then grade "
        "line); in the PDF's text layer the sidebar comes before the masthead and the two columns. "
        "The sidebar's grading-scale key and the victims line give nothing.",
        "The overall summary restates the responding grade ('now requires improvement') and gives "
        "the 2021/22 grade: 'In our 2021/22 inspection we graded the force adequate for responding "
        "to the public' -> 2021/22 responding-to-public Adequate, HMICFRS ('our').",
        "Each AFI is in a box headed 'Area for improvement' under its area heading; none has a "
        "force update. The second AFI's 'non-emergency' is split at its own hyphen at a line end "
        "in the PDF ('non-' / 'emergency').",
        "Distractors: Derbyshire Fire & Rescue Service 'judged it good at preventing fires' (fire, "
        "not police), 'good practice', 'an adequate supply of trained tutors', 'no causes of "
        "concern', budget years 2025/26 to 2028/29. Nottinghamshire Police is a partner named in "
        "passing.",
    ]))

# o02 -- police and crime panel paper, landscape, table over a page break (PDF) ----------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "o02.pdf", "response-record", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, G), (INV, RI), (PVP, A), (MOS, O),
                      (WORK, G), (LFM, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that every investigation has a plan that is set and reviewed "
             "by a supervisor, and that investigations are allocated to officers and staff with the "
             "right training.", True),
        stmt(F, P2325, INV,
             "The force should make sure that victims are updated in line with the Code of Practice "
             "for Victims of Crime, and that it records the reasons when a victim withdraws support "
             "for an investigation.", True),
        stmt(F, P2325, PVP,
             "The force should reduce the number of referrals awaiting assessment in its multi-agency "
             "safeguarding hub, so that children and adults at risk are safeguarded without delay.",
             False),
    ],
    people=[
        person("Anwen Hollingdrake", "commissioner", F, "Police and Crime Commissioner"),
        person("Marcus Tolland-Reeve", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, P2122, inspectorate=HF)],
        "judgements": grades(F, P2122, [(PREV, G), (WORK, G)]),
    },
    notes=[
        "Table 1 (A4 landscape) crosses the page break after row 2 and repeats its header row on "
        "page 2. Area names wrap inside their cells ('Building, supporting / and protecting the / "
        "workforce'). 'Providing a service to victims of crime' is 'Not graded': nothing.",
        "The 'Change since 2021/22' column holds arrows and words only. 'Improved' and 'Declined' "
        "name no 2021/22 grade, so they give nothing. '\u25cf No change', which the key defines as "
        "'the same grade as in 2021/22', is GOLD-FORMAT's 'same grade as last year': the 2021/22 "
        "preventing-crime and workforce grades (Good) are in also_acceptable only, with the "
        "2021/22 inspection. 'Not comparable' gives nothing.",
        "Three of the nine AFIs are quoted, each after a bold area label and followed by 'Force "
        "response:'. The third response is 'Not yet received', so has_force_update is false. The "
        "'nine areas for improvement' count and 'no causes of concern' give nothing.",
        "People: 'The Police and Crime Commissioner, Anwen Hollingdrake' (title first); 'Chief "
        "Constable Marcus Tolland-Reeve'. The report author is unnamed. Lancashire Fire and Rescue "
        "Service's 'graded good' is a fire grade. The panel's own 'Recommendation' (to note the "
        "report) is not a PEEL recommendation.",
    ]))

# o03 -- PEEL efficiency 2016, numbered paragraphs, footnotes, pull quote (PDF) ----------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "o03.pdf", "peel-report",
    [F, "Avon and Somerset Constabulary", "Wiltshire Police"], [H],
    [insp(F, "2016", EFFIC, H), insp(F, "2015", EFFIC, H)],
    grades(F, "2016", [(None, G), (UD, G), (UR, RI), (PF, G)], pillar=EFFIC)
    + grades(F, "2015", [(None, RI)], pillar=EFFIC),
    afis=[
        stmt(F, "2016", UR,
             "The constabulary should develop its understanding of the skills, accreditations and "
             "capabilities of its workforce, so that it can identify any gaps and plan how to fill "
             "them.", pillar=EFFIC),
        stmt(F, "2016", UR,
             "The constabulary should carry out a review of its shift patterns to make sure that the "
             "number of officers on duty matches the times and places of greatest demand.",
             pillar=EFFIC),
        stmt(F, "2016", PF,
             "The constabulary should set out in more detail how its investment in new technology "
             "will produce savings and improve its services to the public.", pillar=EFFIC),
    ],
    people=[
        person("Marguerite Osei-Lund", "inspector", H, "HM Inspector of Constabulary"),
        person("Siobhan Ellery-Marsh", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Overall: 'Gloucestershire Constabulary has been assessed as good in respect of the "
        "efficiency ...' plus a bare 'Good' line under '2. Overall judgement'. Each question "
        "heading ('How well does the force understand demand? / use its resources? / planning for "
        "the future?') is followed by a bare grade line. 'This is an improvement on last year, "
        "when we judged the constabulary to require improvement' -> 2015 efficiency Requires "
        "improvement (HMIC, the report's 'we').",
        "The pull quote on page 4 repeats the shift-patterns AFI in large type, in quotation "
        "marks; it is the same statement, so it is listed once. In the PDF text layer the pull "
        "quote comes first on its page.",
        "Line-break hyphens: the first AFI's 'capabilities' breaks at a soft hyphen ('capa-' / "
        "'bilities'); the gold has the word whole, as written. Paragraph 2.1's 'understanding' "
        "breaks the same way twice. 'co-operation' breaks at its own hyphen.",
        "Footnote markers are superscript digits; the third AFI ends with footnote marker 5, "
        "which is not part of the statement. Footnotes sit at the foot of each page.",
        "Distractors: the grade scale in 1.2 and footnote 2 ('An adequate grade is not used'), "
        "national recommendations for every force in 6.1, 'PEEL: Police efficiency 2015' in a "
        "footnote. Avon and Somerset and Wiltshire are collaboration partners named in passing. The "
        "Police and Crime Commissioner is unnamed.",
    ]))

# o04 -- PEEL 2021/22 infographic summary (PDF) ------------------------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "o04.pdf", "peel-report-2021", [F, "Suffolk Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, A),
                      (WORK, G), (LFM, RI), (CDI, G)]),
    afis=[
        stmt(F, P2122, LFM,
             "The force should develop a clear plan that shows how it will use the savings from its "
             "collaboration with Suffolk Constabulary to meet the demand it expects over the next "
             "three years."),
        stmt(F, P2122, RESP,
             "The force should make sure that calls to its non-emergency number are answered "
             "promptly at times of peak demand."),
    ],
    people=[
        person("Cordelia Ampofo-Rhys", "inspector", HF, HMI),
        person("Bernard Quayle-Ashton", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A grid of coloured tiles, each with the area name above and the grade below. 2021/22 "
        "names: 'Treatment of the public' -> treatment-of-public, 'Developing a positive "
        "workplace' -> workforce, 'Good use of resources' (whose 'Good' is part of the name; its "
        "grade is 'Requires improvement') -> leadership-management, 'Recording data about crime' "
        "-> crime-recording.",
        "The victims tile is 'Not graded' and the serious organised crime tile says 'See "
        "regional report': neither gives a judgement. The legend lists all five grades plus 'Not "
        "graded'. The icon panel gives counts only ('6 areas for improvement', '0 causes of "
        "concern').",
        "The two AFIs on page 2 sit under 'Two of our areas for improvement' with no area "
        "heading; their area comes from their content (collaboration savings and future demand "
        "-> leadership-management, the 'Good use of resources' area; non-emergency calls -> "
        "responding-to-public).",
        "Suffolk Constabulary is the collaboration partner, named in passing.",
    ]))

# o05 -- PEEL 2023-25 report with AFI table crossing pages (PDF) -------------------------
F = "Dorset Police"
R1 = ("By 31 October 2025, the force should make sure that: investigations are allocated to "
      "officers and staff with the right skills and the capacity to carry them out; a supervisor "
      "sets and reviews an investigation plan for every investigation; and victims are kept "
      "informed in line with the Code of Practice for Victims of Crime.")
GOLDS.append(gold(
    "o05.pdf", "peel-report-2021", [F, "Devon and Cornwall Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)])
    + grades(F, P2122, [(INV, A)]),
    afis=[
        stmt(F, P2325, PPT,
             "The force should make sure that the grounds recorded for every stop and search are "
             "reasonable, and that supervisors check a sample of these records each month and act "
             "on what they find."),
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and that "
             "callers who are waiting are offered a call back."),
        stmt(F, P2325, INV,
             "The force should make sure that the reasons a victim withdraws support for an "
             "investigation are recorded, and that an evidence-led prosecution is considered in "
             "every suitable case."),
        stmt(F, P2325, PVP,
             "The force should improve how quickly it shares information with children\u2019s social "
             "care after attending incidents of domestic abuse at which children are present."),
        stmt(F, P2325, PVP,
             "The force should improve the quality of the risk assessments it completes when "
             "children are reported missing, and make sure that a supervisor reviews each one."),
        stmt(F, P2325, LFM,
             "The force should make sure that its workforce plan is based on a full understanding of "
             "the skills and capacity of its workforce, so that it can meet the demand it expects in "
             "2026 and 2027."),
    ],
    recs=[
        stmt(F, P2325, INV, R1),
        stmt(F, P2325, INV,
             "By 31 October 2025, the force should review its crime allocation policy so that "
             "complex investigations are no longer allocated to response officers."),
    ],
    coc=[
        stmt(F, P2325, INV,
             "Dorset Police does not make sure that investigations are allocated, planned and "
             "supervised effectively. This means that too many victims do not receive the service "
             "they should."),
    ],
    people=[
        person("Tobias Rendlesham-Cole", "inspector", HF, HMI),
        person("Ffion Adebayo-Grant", "chief-constable", F, "Chief Constable"),
        person("Hamish Oakenfold", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Annex B is a table 'AFI | Area | Detail'. The Detail cell holds the statement (bold) and "
        "then 'What we found'; only the statement is the AFI. The table repeats its header row "
        "on each page, and rows break across pages: AFI 4's statement itself is split by the "
        "page break (the running header, page number and repeated header row fall inside it in "
        "the text layer), and its 'What we found' continues on page 4 with empty AFI and Area "
        "cells. The AFI's question comes from its Area cell.",
        "Cause of concern (two sentences, one statement) in a box headed 'Cause of concern: "
        "investigating crime', followed by 'Recommendations'. The first recommendation is a "
        "lead-in ending 'make sure that:' with three bullets, joined into one statement; the "
        "second stands alone. No force updates (an inspectorate report).",
        "'In 2021/22 we graded investigating crime as adequate' -> 2021/22 investigating-crime "
        "Adequate. The summary's grading-scale sentence gives nothing.",
        "People: the HMI signs name then title; 'Chief Constable Ffion Adebayo-Grant'; "
        "'Dorset\u2019s Police and Crime Commissioner, Hamish Oakenfold' (title first, so the "
        "title is the office alone).",
        "Devon and Cornwall Police is named in passing. 'Dorset & Wiltshire Fire and Rescue "
        "Service' is a fire service, so Wiltshire Police is not a force mention. The national "
        "vetting recommendations to all chief constables are not force recommendations. 'good "
        "practice' in the hub is a distractor.",
    ]))

# o06 -- PCC newsletter article with a floating Word text box (DOCX) ----------------------
F = "Humberside Police"
GOLDS.append(gold(
    "o06.docx", "press-release", [F], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, O), (WORK, O), (PPT, G), (RESP, G), (INV, G), (MOS, G),
                      (LFM, G), (PVP, A)]),
    afis=[
        stmt(F, P2325, PVP,
             "The force should make sure that officers who attend incidents of domestic abuse speak "
             "to any children present and record what the children say about their experience."),
    ],
    people=[
        person("Tamsin Grayling-Oduya", "commissioner", F,
               "Police and Crime Commissioner for Humberside"),
        person("Rowan Ketteridge-Bell", "inspector", HF, HMI),
        person("Obafemi Strand", "chief-constable", F, "Chief Constable"),
        person("Clare Winterbourne", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The grades are only in a floating text box ('PEEL 2023\u201325 at a glance') anchored in "
        "the first paragraph of the two-column section: grade headings (Outstanding / Good / "
        "Adequate) each followed by area lines. The box is an mc:AlternateContent whose "
        "mc:Choice (wps:txbx) and mc:Fallback (VML v:textbox) hold the same text, so a reader "
        "that takes every w:txbxContent sees each grade twice; it is one set of grades. "
        "'Requires improvement / Inadequate: None' gives nothing; the victims line gives nothing.",
        "The body repeats two grades in prose ('outstanding for preventing crime', 'graded "
        "adequate' for protecting vulnerable people). 'In 2021/22 the force was graded "
        "outstanding in six areas' names no area: nothing for 2021/22. 'financial planning good' "
        "is covered by the box's leadership grade and adds nothing.",
        "One AFI, quoted in Word's Quote style after 'The inspectors wrote:'; the PCC will ask for "
        "an update later, so no force update is given.",
        "People: the PCC is named name-first in the subtitle ('Tamsin Grayling-Oduya, Police and "
        "Crime Commissioner for Humberside'), title kept in full. HMI title first; Chief "
        "Constable; Deputy Chief Constable (qualifier deputy). Humberside Fire and Rescue "
        "Service's 'judged good' is a fire grade. The page header and footer are not body text.",
        "Genre: a PCC's newsletter article announcing the report; press-release is the nearest.",
    ]))

# o07 -- PEEL 2017 response tracker with nested tables (DOCX) -----------------------------
F = "South Yorkshire Police"
GOLDS.append(gold(
    "o07.docx", "response-record", [F, "Humberside Police"], [H, HF],
    [insp(F, "2017", EFF, HF), insp(F, "2017", EFFIC, HF), insp(F, "2017", LEG, HF),
     insp(F, "2016", LEG, H)],
    grades(F, "2017", [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)], pillar=EFF)
    + grades(F, "2017", [(None, G), (UR, G), (PF, RI)], pillar=EFFIC)
    + grades(F, "2017", [(None, RI), (FTP, G), (ELW, RI), (FTW, G)], pillar=LEG)
    + grades(F, "2016", [(None, RI)], pillar=LEG),
    afis=[
        stmt(F, "2017", PVP,
             "The force should improve how it shares information with partner agencies about "
             "vulnerable people, so that risks are identified and managed at an early stage.",
             True, pillar=EFF),
        stmt(F, "2017", PVP,
             "The force should ensure that it completes a risk assessment for every domestic abuse "
             "incident, and that supervisors review the assessments for high-risk victims "
             "promptly.", True, pillar=EFF),
        stmt(F, "2017", PF,
             "The force should develop its understanding of the skills its workforce will need in "
             "the future, and put plans in place to recruit or train for them.", True, pillar=EFFIC),
        stmt(F, "2017", ELW,
             "The force should ensure that it has enough vetting staff to clear its backlog of "
             "vetting renewals, and that all officers and staff are vetted to the level their role "
             "requires.", True, pillar=LEG),
        stmt(F, "2017", ELW,
             "The force should improve its ability to identify officers and staff who may abuse "
             "their position for a sexual purpose, including by monitoring its IT systems "
             "proactively.", False, pillar=LEG),
        stmt(F, "2017", FTW,
             "The force should improve how it identifies and understands the wellbeing needs of its "
             "workforce, and act on what it finds.", True, pillar=LEG),
    ],
    people=[
        person("Tomasz Wrenfield", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Hollis Marrable-Quinn", "commissioner", F, "Police and Crime Commissioner"),
        person("Maeve Ashdown-Kerr", "chief-constable", F, "Chief Constable"),
    ],
    also={
        "inspections": [insp(F, "2017", LEAD, HF)],
        "judgements": grades(F, "2017", [(UD, G)], pillar=EFFIC),
    },
    notes=[
        "The grades are in a table nested in a cell merged across the outer table (gridSpan 2), "
        "and the question grades are in a third-level table nested in the 'Question grades' "
        "cell of each pillar row. Grade cells are shaded. Leadership is 'Not graded' (its "
        "inspection is in also_acceptable); 'Armed policing and other specialist capabilities' "
        "is 'Ungraded'.",
        "Question names map to keys: 'Preventing crime and tackling anti-social behaviour' -> "
        "preventing-crime; 'Investigating crime and reducing re-offending' -> "
        "investigating-crime; 'Tackling serious and organised crime' -> "
        "serious-organised-crime; 'Ethical and lawful workforce behaviour' -> "
        "ethical-lawful-workforce. The 2017 efficiency question 'Meeting current demands and "
        "using resources' -> using-resources; a note says it 'covers both understanding demand "
        "and using resources', so an understanding-demand Good is in also_acceptable.",
        "'In 2016 HMIC graded the force\u2019s legitimacy as requires improvement' -> 2016 "
        "Legitimacy Requires improvement (HMIC).",
        "Findings sit under shaded rows merged across ('Effectiveness 2017 \u2013 protecting "
        "vulnerable people' etc.), which give pillar and question. The first two findings share "
        "one response cell merged down over both rows (vMerge), which answers 'Both findings', so "
        "both have a force update. 'No response recorded.' -> false.",
        "People: 'Deputy Chief Constable Tomasz Wrenfield' (plan owner, qualifier deputy); "
        "'Police and Crime Commissioner Hollis Marrable-Quinn'; 'Chief Constable Maeve "
        "Ashdown-Kerr'. The Detective Chief Superintendent is unnamed. Humberside Police is a "
        "training partner named in passing. 'Good practice' and the national vetting "
        "recommendations are distractors.",
    ]))

# o08 -- PEEL 2023-25 response plan with Word multi-level numbering (DOCX) ---------------
F = "Norfolk Constabulary"
REC1 = ("Within six months, the constabulary should improve its response to children who go "
        "missing or are at risk of exploitation. It should: make sure that every report of a "
        "missing child is risk assessed and that the assessment is reviewed by a supervisor; share "
        "information about children at risk of exploitation with partner agencies on the day it is "
        "received; and make sure that officers understand the links between children going missing "
        "and their exploitation.")
GOLDS.append(gold(
    "o08.docx", "response-record", [F, "Suffolk Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (RESP, A), (LFM, A),
                      (INV, RI), (PVP, RI)])
    + grades(F, P2122, [(PVP, G), (LFM, RI)]),
    afis=[
        stmt(F, P2325, INV,
             "The constabulary should make sure that investigations are allocated to officers and "
             "staff with the right skills, and that supervisors review them at regular intervals.",
             True),
        stmt(F, P2325, INV,
             "The constabulary should improve the information it gives victims when it decides to "
             "close their investigation.", False),
        stmt(F, P2325, RESP,
             "The constabulary should reduce the time that callers wait for their non-emergency "
             "calls to be answered, particularly in the evening.", True),
        stmt(F, P2325, LFM,
             "The constabulary should improve its understanding of the demand it will face in "
             "future by: completing its demand modelling for public protection; and agreeing with "
             "Suffolk Constabulary how their shared services will meet that demand.", True),
    ],
    recs=[
        stmt(F, P2325, PVP, REC1, True),
        stmt(F, P2325, PVP,
             "Within six months, the constabulary should make sure that its multi-agency "
             "safeguarding hub has enough trained staff to assess every referral without delay.",
             True),
    ],
    coc=[
        stmt(F, P2325, PVP,
             "The constabulary does not identify and respond to risk effectively when children go "
             "missing or are at risk of exploitation, and this leaves some children at risk of "
             "harm.", False),
    ],
    people=[
        person("Bernard Quayle-Ashton", "chief-constable", F, "Chief Constable"),
        person("Rosalind Tebbutt-Okafor", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "All list numbers (1., 1.1, a)) come from a multi-level list in numbering.xml; none is in "
        "the text. Level 0 items are section titles ('Cause of concern: protecting vulnerable "
        "people', 'Areas for improvement', 'Governance'); level 1 items are recommendations and "
        "AFIs; level 2 (a, b, c) items are sub-items of the item above.",
        "The first recommendation's lead-in ends 'It should:' and has three lettered sub-items, "
        "joined into one statement; the LFM AFI's lead-in ends 'by:' and has two. The Governance "
        "items (1.1/1.2 under 3) are not statements.",
        "Grades in prose: good for four areas in one comma list whose last item has commas of "
        "its own ('building, supporting and protecting the workforce'), adequate for two, "
        "'require improvement in investigating crime and in protecting vulnerable people'. 2021/22: "
        "'Protecting vulnerable people was graded good in the 2021/22 inspection' and 'our use of "
        "resources was graded requires improvement' (the 2021/22 'Good use of resources' area -> "
        "leadership-management).",
        "has_force_update: true where 'Our response:' gives action taken or planned; false for "
        "the AFI whose response is only 'To be agreed at the Improvement Board in July 2025.', and "
        "for the cause of concern, whose responses answer its recommendations.",
        "People: Chief Constable and PCC named title-first; the named Assistant Chief Constable "
        "is not a person fact. Suffolk Constabulary is the collaboration partner. The header and "
        "footer ('Norfolk Constabulary ...') are not body text.",
    ]))

# o09 -- PCC committee report, caps styles, w:br, dot-leader tabs (DOCX) -----------------
F = "Surrey Police"
GOLDS.append(gold(
    "o09.docx", "response-record", [F, "Sussex Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFFIC, H), insp(F, "2015", LEG, H),
     insp(F, "2014", EFF, H)],
    grades(F, "2015", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], pillar=EFF)
    + grades(F, "2015", [(None, G), (UD, G), (UR, G), (PF, O)], pillar=EFFIC)
    + grades(F, "2015", [(None, G), (FTP, G), (ELW, G), (FTW, G)], pillar=LEG)
    + grades(F, "2014", [(None, RI)], pillar=EFF),
    afis=[
        stmt(F, "2015", INV,
             "The force should improve the supervision of investigations, so that every "
             "investigation has a plan and is progressed without unnecessary delay.", True,
             pillar=EFF),
        stmt(F, "2015", PVP,
             "The force should ensure that its officers and staff understand how to recognise the "
             "early signs of child sexual exploitation, and that they know how to respond when they "
             "see them.", True, pillar=EFF),
        stmt(F, "2015", PVP,
             "The force should review how it manages registered sex offenders, so that home visits "
             "take place as often as each offender\u2019s risk assessment requires.", False,
             pillar=EFF),
    ],
    people=[
        person("Jocelyn Ferrars-Whitlow", "commissioner", F, "Police and Crime Commissioner"),
        person("Dominic Sallows-Egan", "inspector", H, "HM Inspector of Constabulary"),
        person("Lyndon Brackenbury", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The 'Summary of grades' is a list of 'Area<TAB>Grade' paragraphs whose style has a right "
        "tab with a dot leader, so on the page they read 'Effectiveness ..... Requires "
        "improvement'. Pillar lines are bold; question lines are indented under them. "
        "'Specialist capabilities: Not graded' gives nothing.",
        "Question names map to keys: 'Using resources to manage demand' -> using-resources; "
        "'Planning for future demand' -> planning-future; 'Ethical and lawful behaviour of the "
        "workforce' -> ethical-lawful-workforce.",
        "'In 2014 HMIC judged the force\u2019s effectiveness to require improvement' -> 2014 "
        "Effectiveness Requires improvement (HMIC). '... and the 2015 effectiveness grade is the "
        "same' agrees with the table.",
        "Headings are ALL CAPS only through their paragraph style (w:caps); the text is mixed "
        "case. Names are in small caps runs. Each AFI paragraph holds w:br line breaks: the "
        "second AFI is broken over three lines, and every AFI is followed by a line break and a "
        "bold 'Force position:' in the same paragraph. The third's position is 'To follow', so "
        "has_force_update is false. The AFIs' question comes from the heading above each.",
        "People: the PCC ('the Police and Crime Commissioner, Jocelyn Ferrars-Whitlow'), the HMI "
        "('Dominic Sallows-Egan, HM Inspector of Constabulary') and 'Chief Constable Lyndon "
        "Brackenbury'. The contact officer is not a person fact. Distractors: the 'eleven areas "
        "for improvement' count, the grade scale, and HMIC's national recommendation to all "
        "chief constables. Sussex Police is a training partner named in passing.",
    ]))

# o10 -- HMI's letter on headed paper, PEEL 2018/19 (PDF) ---------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "o10.pdf", "peel-report",
    [F, "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], [HF],
    [insp(F, P1819, EFF, HF), insp(F, P1819, EFFIC, HF), insp(F, P1819, LEG, HF),
     insp(F, "2017", EFF, HF), insp(F, P1819, "PEEL", HF)],
    # (maintainer: 2018/19 question grades keyed PEEL, this project's convention as in corpus14
    # r03, corpus21 z08, corpus23 a09 and corpus25 l08; the pillar forms are also acceptable)
    grades(F, P1819, [(None, RI)], pillar=EFF) + grades(F, P1819, [(INV, G), (PVP, RI)], pillar="PEEL")
    + grades(F, P1819, [(None, G)], pillar=EFFIC)
    + grades(F, P1819, [(None, G)], pillar=LEG)
    + grades(F, "2017", [(None, I)], pillar=EFF),
    people=[
        person("Gareth Ruddle-Kemp", "chief-constable", F, "Chief Constable"),
        person("Philippa Lorrimer-Vance", "inspector", HF, "HM Inspector of Constabulary"),
        person("Festus Mallinder-Roe", "commissioner", F,
               "Police and Crime Commissioner for Bedfordshire"),
        person("Priya Oldcastle", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    also={"judgements": grades(F, P1819, [(INV, G), (PVP, RI)], pillar=EFF)},
    notes=[
        "A letter from the HMI to the Chief Constable on HMICFRS headed paper. The grades are in "
        "prose only: 'we have graded investigating crime as good'; 'the force requires "
        "improvement in the effectiveness of its policing'; 'its approach to protecting "
        "vulnerable people still requires improvement'; 'The force\u2019s efficiency is good'; "
        "'Its legitimacy is also good'. 2018/19 pillar grades are judgements with their pillar "
        "(as corpus13 q08); the integrated PEEL 2018/19 inspection is in also_acceptable. The "
        "question-level grades use the effectiveness keys.",
        "'in 2017 we judged the force\u2019s effectiveness to be inadequate' -> 2017 Effectiveness "
        "Inadequate (HMICFRS, the letter's 'we').",
        "The signature is an image whose alt text ('Signature of ...') is not printed; the name "
        "and title are printed under it. The cc list names the PCC (name, then title in full) and "
        "the Deputy Chief Constable (qualifier deputy); the liaison officer is unnamed.",
        "'We have not identified a cause of concern' and 'six areas for improvement' give "
        "nothing. Cambridgeshire and Hertfordshire are alliance partners named in passing. "
        "'the Commissioner' in the body is the same PCC.",
        "Genre: a letter announcing a force's inspection result; peel-report is the nearest.",
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
