"""Write gold/nz01.json ... gold/nz10.json for corpus129 (format: shared/corpus/GOLD-FORMAT.md).

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

FTP, EWB, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
SOCQ = "serious-organised-crime"
HMI_C = "His Majesty\u2019s Inspector of Constabulary"
HMI_S = "His Majesty's Inspector of Constabulary"

# nz01 -- HMICFRS force landing page (HTML), Cumbria, PEEL 2023-25 -----------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "nz01.html", "peel-report-2021",
    [F, "Lancashire Constabulary", "Durham Constabulary", "Northumbria Police"], [H, HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G),
                      (WORK, G), (LFM, A)]),
    notes=[
        "The force's landing page on the inspectorate's site: a two-column grades table "
        "(area | grade) for PEEL 2023\u201325. 'Providing a service to victims of crime' is "
        "'Not graded': nothing. 'Published on' and 'Fieldwork' dates are not the period.",
        "'About the grades' names all five grades: no judgement. The previous reports (2021/22, "
        "2018/19, 2017, 2016, 2015) are listed as links with no grade: no inspections.",
        "Cumbria Fire and Rescue Service's grades (good / adequate / requires improvement) are "
        "fire inspections, not police facts.",
        "Lancashire, Durham and Northumbria are only 'Related reports' links: forces, no "
        "inspection. The page names HMIC ('published by HM Inspectorate of Constabulary "
        "(HMIC)') as well as HMICFRS, so both are in inspectorates; the 2023-25 inspection is "
        "HMICFRS's (the site's own report). The PFCC is unnamed.",
    ]))

# nz02 -- PEEL 2023-25 print version (PDF), Devon and Cornwall --------------------------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nz02.pdf", "peel-report-2021", [F, "Avon and Somerset Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(PPT, A), (PREV, A), (PVP, A), (WORK, A), (INV, RI), (MOS, RI),
                      (LFM, RI), (RESP, I)])
    + grades(F, P2122, [(RESP, RI)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it attends incidents within the "
             "times it has set, and that it tells callers when attendance will be delayed."),
        stmt(F, P2325, INV, "The force should make sure that investigations are supervised "
             "effectively and that investigation plans are recorded and followed."),
        stmt(F, P2325, INV, "The force should make sure it records the reasons when a victim "
             "withdraws support for an investigation, and considers an evidence-led prosecution."),
        stmt(F, P2325, MOS, "The force should reduce the backlog of registered sex offenders "
             "awaiting a home visit, and make sure that risk assessments are reviewed when new "
             "information is received."),
        stmt(F, P2325, LFM, "The force should improve its understanding of demand so that it "
             "can match its workforce to the times and places where it is most needed."),
    ],
    recs=[
        stmt(F, P2325, RESP, "By 31 March 2025, Devon and Cornwall Police should: make sure "
             "that it answers emergency calls within ten seconds, in line with the national "
             "standard; reduce the time it takes to answer non-emergency calls, and the "
             "proportion of those calls that are abandoned; and make sure that call handlers use "
             "a structured risk assessment for every call, and record it."),
    ],
    coc=[
        stmt(F, P2325, RESP, "Devon and Cornwall Police doesn\u2019t answer calls for service "
             "promptly enough, and too many callers abandon their call before it is answered. "
             "This means that the force can\u2019t be sure it identifies vulnerability and risk "
             "at the first point of contact."),
    ],
    people=[person("Katharine Olawale-Penrose", "inspector", HF, HMI_C)],
    notes=[
        "'Our judgements' is a five-column table headed by all five grades, with the areas "
        "listed in the cell under their grade ('No areas' under Outstanding and Good). In the "
        "printed text each column comes out as a run of lines.",
        "The three adequate areas without their own chapter are repeated in prose ('adequate "
        "in each of these three areas'): no new facts.",
        "'In 2021/22 we graded the force as requires improvement at responding to the public' "
        "gives a 2021/22 judgement and inspection.",
        "The cause of concern is a boxed paragraph; its recommendations are a lead-in ('By 31 "
        "March 2025, Devon and Cornwall Police should:') with three bullets: one statement, "
        "as GOLD-FORMAT's lead-in rule says. AFIs are numbered inline ('Area for improvement "
        "1: ...'); the text is the part after the label. No force updates (an inspection "
        "report): has_force_update false.",
        "'Promising practice' and 'Innovative practice' boxes are not statements. Avon and "
        "Somerset Constabulary is named in the innovative practice box: a force, no "
        "inspection. National averages, the fieldwork dates and the Dorset & Wiltshire fire "
        "service line give nothing. The PCC and the chief officer team are unnamed.",
    ]))

# nz03 -- PEEL 2021/22 page copied into Word, Dyfed-Powys ------------------------------
F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "nz03.docx", "peel-report-2021", [F, "Gwent Police", "North Wales Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (PVP, G), (MOS, G), (WORK, G), (RESP, A),
                      (INV, A), (LFM, A), (CDI, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that call handlers give appropriate "
             "crime prevention and evidence preservation advice to callers."),
        stmt(F, P2122, RESP, "The force should make sure it uses the THRIVE risk assessment "
             "consistently when it grades calls for service."),
        stmt(F, P2122, INV, "The force should make sure that it records victim personal "
             "statements and the reasons when a victim does not wish to make one."),
        stmt(F, P2122, LFM, "The force should develop its understanding of the skills of its "
             "workforce, so that it can plan for the capabilities it will need in the future."),
        stmt(F, P2122, CDI, "The force should make sure that crimes of controlling or coercive "
             "behaviour are recorded when they are reported as part of a domestic abuse "
             "incident."),
        stmt(F, P2122, CDI, "The force should improve the way it records equality data for "
             "victims of crime."),
    ],
    people=[person("Wendy Thorogood-Ellis", "inspector", HF, HMI_C)],
    notes=[
        "A 2021/22 report page pasted into Word. 'Our judgements' is a two-column table: the "
        "grade in the first cell, the areas as separate paragraphs in the second. 2021/22 "
        "names: 'Treatment of the public' -> treatment-of-public, 'Prevention and deterrence' "
        "-> preventing-crime, 'Managing offenders' -> managing-offenders, 'Developing a "
        "positive workplace' -> workforce, 'Good use of resources' -> leadership-management "
        "(its 'Good' is part of the name; the grade is Adequate), 'Recording data about "
        "crime' -> crime-recording.",
        "Serious and organised crime is inspected regionally and no grade is shown; victim "
        "service is not graded: nothing for either. The 2018/19 inspection is mentioned with "
        "no grade.",
        "The chapters repeat each grade as a bare label line. 'Innovative practice' is not a "
        "statement. Crime recording rate and 'England and Wales average' are distractors.",
        "'Heddlu Dyfed-Powys' is the Welsh name (alias). Gwent and North Wales are related "
        "reports only. Mid and West Wales Fire and Rescue Service is not a force. The page "
        "header ('Copied from ...') is a Word header and does not count.",
    ]))

# nz04 -- PEEL 2023-25 accessible version (Markdown), City of London ---------------------
F = "City of London Police"
GOLDS.append(gold(
    "nz04.md", "peel-report-2021",
    [F, "Metropolitan Police Service", "British Transport Police", "Surrey Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, A), (MOS, A),
                      (WORK, RI), (LFM, G)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that victims are updated on the "
             "progress of their investigation in line with the Code of Practice for Victims of "
             "Crime."),
        stmt(F, P2325, INV, "The force should make sure that outcome types are assigned "
             "correctly and that the victim's wishes are recorded when an investigation is "
             "closed."),
        stmt(F, P2325, PVP, "The force should improve the way it identifies and records "
             "vulnerability among people who are reported missing from the night-time economy."),
        stmt(F, P2325, WORK, "The force should make sure that all officers and staff receive "
             "regular, meaningful performance and development reviews."),
        stmt(F, P2325, WORK, "The force should understand why officers in their first three "
             "years of service are leaving, and act on what it finds."),
    ],
    people=[person("Philippa Harcourt-Nwosu", "inspector", HF, HMI_S)],
    notes=[
        "Accessible version as Markdown: grades in a bullet list ('Police powers and public "
        "treatment: **Good**'), repeated in the chapter headings ('Investigating crime \u2013 "
        "Adequate'; 'Preventing crime, responding to the public and leadership \u2013 Good').",
        "The 'About the grades' quote names all five grades; the promising practice box says "
        "'this is not an area we graded as good': nothing. The national fraud lead role is "
        "not part of PEEL.",
        "People: 'Dame Philippa Harcourt-Nwosu, His Majesty's Inspector of Constabulary' (name "
        "without the honorific, straight apostrophe). The force's Commissioner, the City of "
        "London Corporation and the Police Authority Board are unnamed persons/bodies.",
        "The Met, British Transport Police and Surrey Police are named in passing or as "
        "related reports: forces, no inspection. London Fire Brigade is not a force.",
    ]))

# nz05 -- PEEL legitimacy 2016 archived report (text), Thames Valley --------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "nz05.txt", "peel-report", [F, "Hampshire Constabulary"], [H, HF],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2015", "Legitimacy", H)],
    grades(F, "2016", [(None, G), (FTP, G), (EWB, RI), (FTW, G)], pillar="Legitimacy")
    + grades(F, "2015", [(None, G)], pillar="Legitimacy"),
    afis=[
        stmt(F, "2016", FTP, "The force should ensure that it seeks feedback from the people "
             "it serves, including those who have less trust and confidence in the police, and "
             "that it uses that feedback to improve.", pillar="Legitimacy"),
        stmt(F, "2016", EWB, "The force should ensure that its counter-corruption unit has "
             "enough capacity and capability to seek intelligence on, and respond to, officers "
             "and staff who may be abusing their position for a sexual purpose.",
             pillar="Legitimacy"),
        stmt(F, "2016", EWB, "The force should ensure that all officers and staff are vetted to "
             "the level their role requires, and that it reviews vetting when a person changes "
             "role.", pillar="Legitimacy"),
    ],
    people=[person("Zo\u00eb Harrington-Blythe", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "An archived HMIC report kept on the HMICFRS site; its banner names both "
        "inspectorates. The 2016 and 2015 inspections are HMIC's (the report is '\u00a9 HMIC "
        "2016' and says 'we judged').",
        "'consistent with last year's findings, in which we judged the force to be good in "
        "respect of legitimacy' names the grade word, so the 2015 legitimacy grade is a main "
        "judgement.",
        "Question grades sit as bare indented label lines under each question and are repeated "
        "in the Summary. The footnote listing the four grades gives nothing.",
        "'Cause of concern' says there is none; the national 2016 recommendation on abuse of "
        "position is not a force recommendation. 'good practice' is a distractor.",
        "The HMI signs at the end, name then title; the inspector's organisation is HMIC "
        "(the report is HMIC's, 2016).",
        "Hampshire Constabulary is named as a partner: force, no inspection.",
    ]))

# nz06 -- PEEL 2018/19 integrated report (PDF), Staffordshire ----------------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "nz06.pdf", "peel-report",
    [F, "West Midlands Police", "City of London Police"], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", "Efficiency", HF),
     insp(F, "2017", "Effectiveness", HF)],
    grades(F, P1819, [(PREV, G), (INV, RI), (PVP, RI), (UR, G), (PF, G), (FTP, G), (EWB, G),
                      (FTW, RI)])
    + grades(F, "2017", [(None, RI)], pillar="Efficiency")
    + grades(F, "2017", [(SOCQ, G)], pillar="Effectiveness"),
    afis=[
        stmt(F, P1819, PVP, "The force should improve its understanding of the nature and scale "
             "of vulnerability in its area, including hidden harm such as modern slavery."),
        stmt(F, P1819, INV, "The force should make sure that investigations are allocated to "
             "staff with the appropriate skills, and that they are effectively supervised."),
        stmt(F, P1819, INV, "The force should make sure that it seeks and records the views of "
             "victims before it finalises crimes with an outcome in which no further action is "
             "taken."),
        stmt(F, P1819, FTW, "The force should make sure that its workforce has confidence in "
             "the fairness of its promotion and selection processes."),
    ],
    recs=[
        stmt(F, P1819, PVP, "Within six months, the force should: review how it grades and "
             "attends incidents involving vulnerable people, so that its response matches the "
             "risk; and make sure that supervisors in the control room review the risk to "
             "victims of delayed incidents and record their decisions."),
    ],
    coc=[
        stmt(F, P1819, PVP, "Staffordshire Police does not always respond promptly to "
             "incidents involving vulnerable people, and it does not adequately assess and "
             "manage the risk to victims while they wait for officers to attend."),
    ],
    people=[person("Martin Ogunleye-Scott", "inspector", HF, "HM Inspector of Constabulary")],
    also={
        "judgements": grades(F, P1819, [(None, RI)], pillar="Effectiveness")
        + grades(F, P1819, [(None, G)], pillar="Efficiency")
        + grades(F, P1819, [(None, G)], pillar="Legitimacy")
        + grades(F, P1819, [(SOCQ, G), (UD, G)]),
    },
    notes=[
        "2018/19 follows dev12: every question grade and statement has pillar PEEL and period "
        "2018/19. The whole-pillar rows of the table (Effectiveness requires improvement, "
        "Efficiency good, Legitimacy good; question null) are in also_acceptable, as the brief "
        "asks. There is no single overall grade.",
        "Question names -> keys: 'Preventing crime and tackling anti-social behaviour' -> "
        "preventing-crime; 'Meeting current demands and using resources' -> using-resources "
        "(understanding-demand in also_acceptable, since the 2018/19 question merges the two "
        "2017 questions); 'Fair treatment of the public' -> fair-treatment-public; 'Ethical "
        "and lawful workforce behaviour' -> ethical-lawful-workforce; 'Fair treatment of the "
        "workforce' -> fair-treatment-workforce.",
        "'Tackling serious and organised crime: Good*' with 'Last inspected 2017' and the "
        "footnote 'the grade we gave in our 2017 effectiveness inspection, which still "
        "stands': a 2017 Effectiveness judgement (serious-organised-crime) and inspection; "
        "the same grade read as a 2018/19 PEEL grade is in also_acceptable.",
        "'in our 2017 efficiency inspection we judged it to require improvement' -> 2017 "
        "Efficiency pillar judgement. Both 2017 inspections take HMICFRS, the only "
        "inspectorate the document names (and the right one for 2017).",
        "The grade key (four grades, with a note on 'adequate') gives nothing. The cause of "
        "concern is boxed; its recommendations are a lead-in plus two bullets (one "
        "statement). The Staffordshire Commissioner is unnamed. Staffordshire Fire and Rescue "
        "Service's 'good at effectiveness' is a fire grade. West Midlands Police and City of "
        "London Police are named in passing.",
    ]))

# nz07 -- PEEL efficiency 2017 page copied into Word, Hampshire --------------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "nz07.docx", "peel-report",
    [F, "Thames Valley Police", "Dorset Police"], [H, HF],
    [insp(F, "2017", "Efficiency", HF), insp(F, "2016", "Efficiency", H)],
    grades(F, "2017", [(None, G), (UD, G), (UR, RI), (PF, G)], pillar="Efficiency")
    + grades(F, "2016", [(None, G)], pillar="Efficiency"),
    afis=[
        stmt(F, "2017", UR, "The force should undertake an assessment of the skills and "
             "capabilities of its workforce, so that it understands any gaps and can plan to "
             "fill them.", pillar="Efficiency"),
        stmt(F, "2017", UR, "The force should make sure that the benefits of its investment in "
             "mobile technology are measured and realised.", pillar="Efficiency"),
        stmt(F, "2017", UD, "The force should develop its understanding of hidden and emerging "
             "demand, including demand that is likely to arise from online crime.",
             pillar="Efficiency"),
    ],
    people=[person("Matthew Pryor-Kenning", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "The overall judgment is in a sentence with the grade in bold ('judged as good'); the "
        "question grades are in a 'Question | Judgment' table (2017 spelling).",
        "'In HMIC\u2019s 2016 efficiency inspection, the force was also judged to be good' "
        "names the grade: 2016 Efficiency Good, inspectorate HMIC. The 2017 inspection is "
        "HMICFRS's (published November 2017, the key says 'HMICFRS judgments').",
        "The three AFIs are a numbered list; a 'Note:' paragraph assigns 1 and 2 to using "
        "resources and 3 to understanding demand, which gives their question keys.",
        "The HMI is quoted in the comment, name then title. Thames Valley Police (partner) and "
        "Dorset Police (related publication) are named without grades. Hampshire Fire and "
        "Rescue Service is not a force. The Word footer does not count.",
    ]))

# nz08 -- PEEL 2021/22 report page (HTML), Greater Manchester ----------------------------
F = "Greater Manchester Police"
GOLDS.append(gold(
    "nz08.html", "peel-report-2021",
    [F, "Lancashire Constabulary", "Cheshire Constabulary", "Merseyside Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (SOC, G), (PPT, A), (PVP, A), (MOS, A), (WORK, A), (CDI, A),
                      (RESP, RI), (INV, RI), (LFM, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that it answers non-emergency calls "
             "promptly and that fewer callers abandon their calls."),
        stmt(F, P2122, RESP, "The force should make sure that repeat victims are identified "
             "when they call, so that the response takes account of their history."),
        stmt(F, P2122, LFM, "The force should make sure that its plans for the future are "
             "based on a good understanding of demand and are affordable."),
    ],
    recs=[
        stmt(F, P2122, INV, "Within six months, Greater Manchester Police should make sure that "
             "all investigations are allocated to officers with the right skills and are "
             "subject to regular and effective supervision."),
    ],
    coc=[
        stmt(F, P2122, INV, "Greater Manchester Police isn\u2019t making sure that crimes are "
             "investigated effectively, and too many victims are not receiving a satisfactory "
             "outcome."),
    ],
    people=[
        person("Damian Okonkwo-Reyes", "chief-constable", F, "Chief Constable"),
        person("Nathaniel Brightwell-Osei", "inspector", HF, HMI_C),
    ],
    notes=[
        "'Our judgements' is five side-by-side sections, each headed by a grade, with the "
        "areas as list items ('No areas' under Outstanding and Inadequate). 'Disrupting "
        "serious organised crime' is graded good here (serious-organised-crime).",
        "The December 2020 standalone crime data integrity grade (inadequate) is not a PEEL "
        "inspection and has no PEEL period: nothing. 'Engage' monitoring is a distractor.",
        "Chapter labels repeat grades. The innovative practice box says 'good practice': a "
        "distractor. Lancashire Constabulary is named there; Cheshire and Merseyside are "
        "related reports: forces, no inspection. Greater Manchester Fire and Rescue Service "
        "is not a force.",
        "The Mayor and the Deputy Mayor for Policing, Crime, Criminal Justice and Fire are "
        "unnamed (and not commissioners by title). 'Chief Constable Damian Okonkwo-Reyes' is "
        "named title-first.",
    ]))

# nz09 -- PEEL 2014 accessible grades table (CSV) ----------------------------------------
ROWS9 = {
    "Durham Constabulary": (G, G, O, O),
    "Cleveland Police": (RI, RI, RI, G),
    "Northumbria Police": (G, G, G, G),
    "North Yorkshire Police": (G, G, G, RI),
}
insps9, judg9 = [], []
for f, (eff, rc, io, effic) in ROWS9.items():
    insps9 += [insp(f, "2014", "Effectiveness", H), insp(f, "2014", "Efficiency", H)]
    judg9 += grades(f, "2014", [(None, eff), (PREV, rc), (INV, io)], pillar="Effectiveness")
    judg9 += grades(f, "2014", [(None, effic)], pillar="Efficiency")
GOLDS.append(gold(
    "nz09.csv", "national-release", list(ROWS9), [H], insps9, judg9,
    notes=[
        "Long format: one row per force, pillar and question. '(overall)' rows are pillar "
        "judgements (question null). 2014 effectiveness questions: 'reducing crime and "
        "preventing offending' -> preventing-crime; 'investigating offending' -> "
        "investigating-crime. 'tackling anti-social behaviour' has no key in GOLD-FORMAT (the "
        "nearest, preventing-crime, is taken by the first question), so those four grades "
        "are left out.",
        "Legitimacy rows say 'Not graded in 2014': no judgement and no legitimacy inspection. "
        "The 'Report published' dates are not the period. The trailing note names HMIC as the "
        "source, so the 2014 inspections are HMIC's.",
    ]))

# nz10 -- PEEL effectiveness 2015 archived page (text), Warwickshire ---------------------
F = "Warwickshire Police"
GOLDS.append(gold(
    "nz10.txt", "peel-report", [F, "West Mercia Police"], [H, HF],
    [insp(F, "2015", "Effectiveness", H), insp(F, "2014", "Effectiveness", H)],
    grades(F, "2015", [(None, G), ("preventing-crime", G), ("investigating-crime", G),
                       ("protecting-vulnerable", RI), (SOCQ, G)], pillar="Effectiveness")
    + grades(F, "2014", [(None, RI)], pillar="Effectiveness"),
    afis=[
        stmt(F, "2015", "protecting-vulnerable", "The force should improve the way it responds "
             "to people who go missing from home, so that the risk to each missing child is "
             "assessed properly and reviewed by a supervisor.", pillar="Effectiveness"),
        stmt(F, "2015", "protecting-vulnerable", "The force should ensure that officers "
             "attending domestic abuse incidents complete a risk assessment on every occasion, "
             "and that high-risk cases are referred to a multi-agency risk assessment "
             "conference without delay.", pillar="Effectiveness"),
        stmt(F, "2015", SOCQ, "The force should improve its understanding of the threat from "
             "serious and organised crime by drawing more on information held by partner "
             "organisations.", pillar="Effectiveness"),
    ],
    people=[person("Ruth Pemberton-Shaw", "inspector", H, "HM Inspector of Constabulary")],
    also={"forces": ["West Midlands Police"]},
    notes=[
        "An archived 2015 HMIC page kept on the HMICFRS site, as plain text. The summary of "
        "judgements is a dotted-leader list of the four 2015 effectiveness questions; "
        "specialist capabilities was not graded in 2015.",
        "'This is an improvement on 2014, when HMIC judged the force to require improvement in "
        "respect of its effectiveness' -> 2014 Effectiveness pillar judgement (HMIC).",
        "AFIs are numbered with hard-wrapped lines. The HMI's quote is signed name then title; "
        "organisation HMIC (a 2015 report).",
        "West Mercia Police is the alliance partner and a related report: force, no "
        "inspection. 'the West Midlands regional organised crime unit' is a regional unit, "
        "not West Midlands Police; a grader could read it as the force, so West Midlands "
        "Police is in also_acceptable forces.",
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
