"""Write gold/nj01.json ... gold/nj10.json for corpus115 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFI, LEG, LDR, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC, SPEC = "crime-recording", "serious-organised-crime", "specialist-capabilities"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
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

# nj01 -- PCC FAQ page with <details> accordions, Lincolnshire, PEEL 2021/22 ----------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "nj01.html", "response-record",
    [F, "Leicestershire Police", "Nottinghamshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P1819, inspectorate=HF),
     insp("Leicestershire Police", P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PREV, G), (WORK, G),
        (PPT, A), (INV, A), (PVP, A), (LFM, A),
        (MOS, RI), (CDI, RI),
        (RESP, I),
    ]) + grades(F, P1819, [(None, RI)]) + grades("Leicestershire Police", P2122, [(RESP, G)]),
    afis=[
        stmt(F, P2122, None,
             "The force should improve how it supervises investigations, so that each "
             "investigation has a clear plan and victims are kept up to date."),
        stmt(F, P2122, None,
             "The force should make sure that it records all reported crimes within 24 hours of "
             "receiving them.", True),
        stmt(F, P2122, None,
             "The force should make sure that officers who manage registered sex offenders "
             "complete risk assessments and home visits on time."),
    ],
    recs=[
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that it answers emergency calls "
             "within the national standard of ten seconds.", True),
        stmt(F, P2122, RESP,
             "Within six months, the force should make sure that call handlers use a structured "
             "risk assessment for every call, so that vulnerability and repeat victimisation are "
             "identified at first contact.", True),
    ],
    coc=[
        stmt(F, P2122, RESP,
             "The force is not answering calls from the public quickly enough, and it does not "
             "always identify vulnerable and repeat victims when it takes those calls.", True),
    ],
    people=[
        person("Helen Tranter", "chief-constable", F, "Chief Constable"),
        person("Marcus Heywood", "commissioner", F, "Police and Crime Commissioner"),
        person("Fiona Maclaren", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "Q&A page with <details>/<summary> accordions. Two grades sit only in the question: "
        "'Which areas were rated good?' is answered by a bare list of area names (preventing "
        "crime; developing a positive workplace -> workforce). The counts 'good in two of them, "
        "adequate in four ...' give nothing by themselves.",
        "'good use of resources' -> leadership-management (its 'good' is not a grade); "
        "'recording data about crime' -> crime-recording; 'required improvement' is the grade.",
        "The cause of concern is the blockquote; the two recommendations follow under bold "
        "'Recommendation 1/2' labels; all three sit under the responding-to-the-public answer, "
        "so question responding-to-public. has_force_update true: the next accordion gives the "
        "Chief Constable's account of progress on the cause of concern and both recommendations.",
        "The three AFIs are listed under a general question with no area heading, so question "
        "is null (by content they would be investigating-crime, crime-recording and "
        "managing-offenders). Only the crime-recording AFI has a force update ('On crime "
        "recording, the force says ...').",
        "2018/19: 'judged to require improvement overall' gives a PEEL 2018/19 overall "
        "judgement. The inspectorate of 2018/19 is taken from the page context (HMICFRS).",
        "Leicestershire Police: 'rated good for responding to the public in its own 2021/22 "
        "inspection' gives one judgement. Nottinghamshire Police is named in passing only.",
        "Victim service: 'not graded' gives nothing. The five-grade list in 'What is a PEEL "
        "inspection?' gives nothing. The HMI's title keeps the curly apostrophe the browser "
        "shows (&rsquo;).",
        "Genre: a PCC's public FAQ about the force's report is closest to response-record.",
    ]))

# nj02 -- FOI reply (PDF), Norfolk Constabulary, Legitimacy 2016 ------------------------------
F = "Norfolk Constabulary"
S = "Suffolk Constabulary"
GOLDS.append(gold(
    "nj02.pdf", "response-record", [F, S], [H],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H), insp(S, "2016", LEG, H)],
    grades(F, "2016", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], LEG)
    + grades(F, "2015", [(None, G)], LEG)
    + grades(S, "2016", [(None, G)], LEG),
    afis=[
        stmt(F, "2016", None,
             "The constabulary should ensure that its vetting arrangements comply fully with the "
             "national vetting guidelines, and that it has a plan to clear the backlog of vetting "
             "renewals.", True, LEG),
        stmt(F, "2016", None,
             "The constabulary should improve how it identifies and responds to concerns about "
             "the wellbeing of its officers and staff, including the use of occupational health "
             "referrals.", True, LEG),
        stmt(F, "2016", None,
             "The constabulary should ensure that its individual performance assessment process "
             "is applied consistently and that the workforce regards it as fair.", False, LEG),
    ],
    people=[
        person("Nick Dean-Farrow", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "FOI reply: the request is quoted (italic numbered questions) and the answers follow. "
        "The request and response dates (February/March 2017) are not the period; the report is "
        "PEEL: Police legitimacy 2016.",
        "The question grades are in a table whose rows give the full question wording: treat "
        "all of the people it serves -> fair-treatment-public; behaves ethically and lawfully "
        "-> ethical-lawful-workforce; treat its workforce -> fair-treatment-workforce.",
        "'HMIC also judged Norfolk Constabulary to be good for legitimacy in 2015' gives a 2015 "
        "judgement. 'Suffolk Constabulary was also judged to be good for legitimacy overall' "
        "gives Suffolk's 2016 judgement. The 2016 leadership report 'did not carry a graded "
        "judgment': no Leadership inspection or judgement.",
        "The AFIs sit in a table with no question heading, so question is null (by content: "
        "ethical-lawful-workforce, fair-treatment-workforce, fair-treatment-workforce). "
        "has_force_update: rows 1 and 2 give the force's position; row 3 says 'No information "
        "held' and that the review has not reported, so false.",
        "The Deputy Chief Constable is named inside a position cell; the decision maker is "
        "unnamed. Genre: an FOI reply from the force is closest to response-record.",
    ]))

# nj03 -- PAB written Q&A (DOCX), Avon and Somerset, PEEL 2023-25 ----------------------------
F = "Avon and Somerset Constabulary"
W = "Wiltshire Police"
GOLDS.append(gold(
    "nj03.docx", "response-record",
    [F, W, "Gloucestershire Constabulary", "Devon and Cornwall Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(W, P2325, inspectorate=HF)],
    grades(F, P2325, [
        (PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G),
    ]) + grades(W, P2325, [(INV, A)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigations are allocated promptly to officers "
             "and staff with the skills and capacity to carry them out.", True),
        stmt(F, P2325, INV,
             "The force should improve how it keeps victims updated about the progress of their "
             "investigations, in line with the Code of Practice for Victims of Crime.", True),
    ],
    people=[
        person("Adrian Lomas", "commissioner", F,
               "Police and Crime Commissioner for Avon and Somerset"),
        person("Joanna Pettifer", "chief-constable", F, "Chief Constable"),
        person("Oliver Banfield-Ross", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Graham Dunmore", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Written questions (bold) and answers ('Answer (Chief Constable):'). The grades are a "
        "two-column Word table. 'Police powers and public treatment' -> treatment-of-public; "
        "'Building, supporting and protecting the workforce' -> workforce; 'Leadership and force "
        "management' -> leadership-management. Victim service is 'not graded'.",
        "The two AFIs are in Word's Quote style, each followed by 'Force update:'. They answer "
        "a question about investigating crime, so question investigating-crime.",
        "Wiltshire Police: 'graded adequate for investigating crime in its 2023-25 inspection' "
        "gives one judgement. Gloucestershire and Devon and Cornwall are partners in passing.",
        "Distractors: 'No area was graded outstanding and none was graded inadequate'; no cause "
        "of concern; the joint custody inspection's 14 recommendations (not PEEL, not quoted); "
        "'good practice'; the meeting date 17 March 2025.",
        "People: the 'Present' table gives 'name | role', so the PCC's title is the full "
        "'Police and Crime Commissioner for Avon and Somerset'. The Assistant Chief Constable "
        "and the Chief of Staff are not person facts. The page header (OFFICIAL) is not body "
        "text.",
    ]))

# nj04 -- newspaper Q&A interview (TXT), Bedfordshire, Effectiveness 2016 ---------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "nj04.txt", "press-release",
    [F, "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H),
     insp("Cambridgeshire Constabulary", "2016", EFF, H),
     insp("Hertfordshire Constabulary", "2016", EFF, H)],
    grades(F, "2016", [(None, I), (PVP, I), (PREV, RI), (INV, RI), (SOC, G)], EFF)
    + grades(F, "2015", [(None, RI)], EFF)
    + grades("Cambridgeshire Constabulary", "2016", [(None, G)], EFF)
    + grades("Hertfordshire Constabulary", "2016", [(None, RI)], EFF),
    recs=[
        stmt(F, "2016", PVP,
             "By June 2017, the force should ensure that all domestic abuse cases assessed as "
             "high or medium risk are allocated to a trained investigator within 48 hours.",
             True, EFF),
    ],
    coc=[
        stmt(F, "2016", PVP,
             "Bedfordshire Police does not have enough capacity in its public protection teams "
             "to manage the risks faced by vulnerable victims, and too many domestic abuse cases "
             "are not being allocated to an investigator quickly enough.", True, EFF),
    ],
    people=[
        person("Gareth Pryce-Jenner", "chief-constable", F, "Chief Constable"),
        person("Ruth Ashdown", "commissioner", F, "Police and Crime Commissioner for Bedfordshire"),
    ],
    notes=[
        "Local newspaper Q&A ('Q:'/'A:'), published 8 March 2017 about HMIC's effectiveness "
        "2016 results (Bedfordshire inadequate, Cambridgeshire good, Hertfordshire requires "
        "improvement, as in the public list of 2016 effectiveness grades).",
        "Question grades come from the Chief Constable's answers: protecting vulnerable people "
        "'the area the inspectors graded inadequate'; preventing and investigating crime "
        "'both graded as requires improvement'; serious and organised crime 'graded good'. "
        "Specialist capabilities 'was not graded' and 'good arrangements' is a distractor.",
        "'In 2015 we were graded requires improvement for effectiveness' gives a 2015 "
        "judgement (inspectorate HMIC from context; the article names HMIC).",
        "The cause of concern and the recommendation are quoted on lines of their own after "
        "a lead-in by the Chief Constable. has_force_update true: the next answers give what "
        "the force is doing ('We have moved 42 officers ...'; 'We expect to meet that "
        "deadline.').",
        "Ruth Ashdown is named name-first with 'the Police and Crime Commissioner for "
        "Bedfordshire', so the title is kept in full. The reporter is not a person fact. "
        "Genre: no genre fits a newspaper interview; press-release is the closest.",
    ]))

# nj05 -- force FAQ in Markdown, Derbyshire, PEEL 2018/19 ------------------------------------
F = "Derbyshire Constabulary"
N = "Nottinghamshire Police"
GOLDS.append(gold(
    "nj05.md", "response-record", [F, N], [HF],
    [insp(F, P1819, inspectorate=HF), insp(F, "2017", EFF, HF), insp(F, "2017", EFI, HF),
     insp(F, "2017", LEG, HF), insp(N, P1819, inspectorate=HF)],
    grades(F, P1819, [(None, G), (PREV, G), (PVP, RI), (PF, G), (ELW, G)])
    + grades(F, "2017", [(None, G)], EFF) + grades(F, "2017", [(None, RI)], EFI)
    + grades(F, "2017", [(None, G)], LEG)
    + grades(N, P1819, [(SOC, G)]),
    afis=[
        stmt(F, P1819, None,
             "The force should make sure that it attends incidents involving vulnerable people "
             "within the times that it has set itself, and that it keeps victims informed when "
             "there is a delay.", True),
        stmt(F, P1819, None,
             "The force should improve how it shares information with partner agencies about "
             "children at risk of exploitation.", True),
        stmt(F, P1819, None,
             "The force should make sure that it understands the wellbeing needs of its "
             "workforce and that supervisors have the training to support officers and staff.",
             False),
    ],
    people=[
        person("Rachel Swithenbank", "chief-constable", F, "Chief Constable"),
        person("Colin Ashworth", "commissioner", F, "Police and Crime Commissioner"),
        person("Mark Castleford", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"judgements":
          grades(F, P1819, [(None, G)], EFF) + grades(F, P1819, [(None, G)], EFI)
          + grades(F, P1819, [(None, G)], LEG)},
    notes=[
        "2018/19 follows dev12: the overall grade and every question grade have pillar PEEL. "
        "The overall PEEL judgement comes from Q4's 'if the force is good overall'. The three "
        "pillar grades in the '2018/19 grade' column (and 'rated good in all three pillars') "
        "are in also_acceptable with pillar names, as in dev12.",
        "The '2017 grade' column gives three 2017 pillar judgements. The page does not say in "
        "so many words who graded 2017; the inspectorate is taken from the page context "
        "(HMICFRS). Unsure: a strict grader would leave it null.",
        "Question grades (bulleted, bold grade words): preventing crime -> preventing-crime; "
        "protecting vulnerable people -> protecting-vulnerable; planning for the future -> "
        "planning-future; workforce behaves ethically and lawfully -> ethical-lawful-workforce.",
        "AFIs are Markdown blockquotes under a general question, so question is null. The "
        "first two are followed by '**Our response:**' (force update); the third has none. "
        "The two bail AFIs are only counted.",
        "Nottinghamshire Police: 'graded good for tackling serious and organised crime in its "
        "own 2018/19 assessment' -> serious-organised-crime (a valid 2018/19 key). Derbyshire "
        "Fire and Rescue Service's 'judged good at effectiveness' is a fire inspection: no "
        "judgement. 'good practice' is a distractor. The front-matter date 2020-01-15 is not "
        "the period. Genre: a force's FAQ about its report is closest to response-record.",
    ]))

# nj06 -- democracy site agenda item: public questions (HTML), Gwent, Effectiveness 2015 -----
F = "Gwent Police"
GOLDS.append(gold(
    "nj06.html", "response-record",
    [F, "South Wales Police", "Dyfed-Powys Police", "North Wales Police"], [H],
    [insp(F, "2015", EFF, H), insp("South Wales Police", "2015", EFF, H)],
    grades(F, "2015", [(None, RI), (PREV, G), (SOC, G), (INV, RI), (PVP, RI)], EFF)
    + grades("South Wales Police", "2015", [(None, G)], EFF),
    afis=[
        stmt(F, "2015", PVP,
             "The force should ensure that officers complete a risk assessment with every victim "
             "of domestic abuse at the first attendance, and that supervisors review the "
             "assessment before the end of the shift.", True, EFF),
        stmt(F, "2015", PVP,
             "The force should improve the quality of its investigations into domestic abuse, so "
             "that evidence is gathered at the scene even where the victim does not support a "
             "prosecution.", False, EFF),
    ],
    people=[
        person("Gareth Llewelyn", "commissioner", F, "Police and Crime Commissioner for Gwent"),
        person("Bethan Cadwallader", "chief-constable", F, "Acting Chief Constable", "acting"),
        person("Wendy Hollister", "inspector", H,
               "Her Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "A council democracy-site agenda item (ModernGov style) whose minutes record public "
        "questions in bold and answers as 'The Commissioner noted that ...' bullets. The meeting "
        "date (18 March 2016) is not the period: the report is PEEL: Police effectiveness 2015.",
        "Grades in prose: 'judged to require improvement overall'; 'good at preventing crime "
        "...'; 'good at tackling serious and organised crime'; 'it required improvement in "
        "investigating crime and reducing re-offending, and in protecting vulnerable people and "
        "supporting victims' (both RI). Specialist capabilities 'were not graded this year'.",
        "The two AFIs answer a question about domestic abuse, so protecting-vulnerable. The "
        "Acting Chief Constable answers the first (update true); the second only gets 'a "
        "written answer ... would be circulated' (false).",
        "South Wales Police 'graded good for effectiveness in the same round' gives one "
        "judgement. Dyfed-Powys and North Wales are named without grades. The national report's "
        "recommendation is 'not one made to Gwent alone': no fact. 'Heddlu Gwent' is the Welsh "
        "name. The 2014 crime inspection 'had not used the same grading': no 2014 judgement.",
        "People: the PCC is named after 'the Police and Crime Commissioner for Gwent,' so that "
        "full title is used. The HMI's title has the curly apostrophe. Genre: closest is "
        "response-record.",
    ]))

# nj07 -- "You asked, we answered" newsletter column (DOCX), West Mercia, Efficiency 2017 -----
F = "West Mercia Police"
W = "Warwickshire Police"
GOLDS.append(gold(
    "nj07.docx", "response-record", [F, W], [HF, H],
    [insp(F, "2017", EFI, HF), insp(F, "2016", EFI, H), insp(W, "2017", EFI, HF)],
    grades(F, "2017", [(None, RI), (UD, G), (UR, RI), (PF, RI)], EFI)
    + grades(F, "2016", [(None, G)], EFI)
    + grades(W, "2017", [(None, RI)], EFI),
    afis=[
        stmt(F, "2017", None,
             "The force should make sure that it understands the skills of its workforce, so "
             "that it can plan how to meet future demand.", True, EFI),
        stmt(F, "2017", None,
             "The force should review how it allocates officers to shifts, so that the number "
             "of officers on duty matches the times of highest demand.", True, EFI),
        stmt(F, "2017", None,
             "The force should make sure that its plans for investment in technology are "
             "costed and linked to the benefits it expects them to bring.", False, EFI),
        stmt(F, "2017", None,
             "The force should improve how it assesses the benefits of its collaboration with "
             "other organisations.", True, EFI),
    ],
    people=[
        person("Edward Marchbank", "commissioner", F, "Police and Crime Commissioner"),
        person("Martin Holloway-Price", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A PCC newsletter column: bold questions with the asker's first name and town, the "
        "PCC's answers below. 'judged West Mercia Police to require improvement' is the 2017 "
        "efficiency grade; the question grades are in a Word table (understand demand -> "
        "understanding-demand; use its resources -> using-resources; planning for the future "
        "-> planning-future).",
        "'Last year the then HMIC judged the force to be good for efficiency' gives the 2016 "
        "judgement, with HMIC named for it. 'Warwickshire was also graded as requiring "
        "improvement for efficiency this year' gives Warwickshire's 2017 judgement.",
        "The four AFIs are a Word numbered list after a general answer, so question null. "
        "Three are followed by an indented 'Force update:' paragraph; the third has none.",
        "'did not identify any cause of concern, and they made no recommendations' gives "
        "nothing. The footer (Winter 2017/18, page 4) is not body text.",
        "People: the PCC is first named title-first ('Police and Crime Commissioner Edward "
        "Marchbank'), so the title is the office alone; the signature adds 'for West Mercia'. "
        "Genre: closest is response-record.",
    ]))

# nj08 -- live Q&A transcript (PDF), Hertfordshire, PEEL 2023-25 -----------------------------
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "nj08.pdf", "response-record",
    [F, "Bedfordshire Police", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [
        (PREV, G), (PVP, G), (WORK, G), (LFM, G), (RESP, RI), (PPT, A), (INV, A), (MOS, A),
    ]) + grades(F, P2122, [(RESP, A)]),
    afis=[
        stmt(F, P2325, RESP,
             "The force should make sure that it answers non-emergency calls promptly, and that "
             "callers who abandon a call are contacted again where there is a risk to them.",
             True),
        stmt(F, P2325, INV,
             "The force should improve the supervision of investigations so that they are "
             "completed without unnecessary delay and victims are kept updated.", True),
    ],
    people=[
        person("Tamsin Greaves", "commissioner", F, "Police and Crime Commissioner"),
        person("Andrew Kirkbride", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, P2122, [(INV, A)])},
    notes=[
        "Transcript of a PCC's live Q&A (printed to PDF). The counts 'good in four of the eight "
        "areas ..., adequate in three and requires improvement in one' give nothing by "
        "themselves; the areas are named in the next answers. 'building, supporting and "
        "protecting the workforce' -> workforce; 'leadership and force management' -> "
        "leadership-management; 'Police powers and public treatment' -> treatment-of-public.",
        "The two AFIs are boxed 'On screen: area for improvement' panels. The responding AFI "
        "is followed by the Chief Constable's progress (update true); the investigating AFI "
        "by the PCC's 'The Chief has given me a plan ... I'm holding him to it' - counted as "
        "an update only loosely. Unsure.",
        "'in 2021/22 that area was graded adequate' gives responding-to-public 2021/22. 'On "
        "investigating crime it's the same grade as last time' names no grade word for "
        "2021/22, so that judgement is only in also_acceptable (GOLD-FORMAT's 'same grade as "
        "last year').",
        "Distractors: Hertfordshire Fire and Rescue Service 'judged good' (fire inspection); "
        "collaboration 'as good practice'; 'no causes of concern and no recommendations'; "
        "'eight of them in all'. Bedfordshire and Cambridgeshire are named in passing. The "
        "named Assistant Chief Constable and the chair are not person facts.",
        "The Chief Constable and PCC are named title-first in the introduction. Genre: closest "
        "is response-record.",
    ]))

# nj09 -- web chat transcript (TXT), Thames Valley, PEEL 2021/22 -----------------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "nj09.txt", "response-record", [F, "Hampshire Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [
        (PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G),
    ]),
    afis=[
        stmt(F, P2122, INV,
             "The force should make sure that investigations are carried out by officers with "
             "the right skills and that supervisors review them regularly."),
        stmt(F, P2122, INV,
             "The force should make sure that it records whether victims support a prosecution, "
             "and the reasons when they do not."),
        stmt(F, P2122, RESP,
             "The force should make sure it answers non-emergency calls promptly and that it "
             "identifies repeat and vulnerable callers at the first point of contact."),
    ],
    people=[
        person("Karen Whitlock", "chief-constable", F, "Chief Constable"),
        person("Simon Tremlett", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "An emailed web-chat transcript with an automated assistant. Grades are 'Area: Grade' "
        "lines under a lead-in. 'Developing a positive workplace' -> workforce; 'Good use of "
        "resources: Good' -> leadership-management Good (the first 'Good' is part of the area "
        "name). Victim service 'does not receive a grade'.",
        "The two investigating AFIs are '1)'/'2)' items; the responding AFI follows 'The "
        "related area for improvement is:' on a line of its own. The assistant has no "
        "information on progress, so has_force_update is false for all three.",
        "'None of the areas were graded inadequate, and none were graded outstanding' gives "
        "nothing. Hampshire Constabulary is named only to say the assistant cannot answer.",
        "People: 'The Chief Constable of Thames Valley Police is Karen Whitlock' gives title "
        "'Chief Constable'. Genre: no genre fits a chat transcript; response-record is the "
        "closest (the force answering about its own report).",
    ]))

# nj10 -- HMICFRS FOI reply (PDF), Lancashire, 2014 and 2015 ----------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "nj10.pdf", "national-release", [F, "Cumbria Constabulary"], [HF, H],
    [insp(F, "2014", EFI, H), insp(F, "2014", EFF, H), insp(F, "2015", EFI, H),
     insp(F, "2015", LEG, H), insp(F, "2015", EFF, H)],
    grades(F, "2014", [(None, G)], EFI) + grades(F, "2014", [(None, G)], EFF)
    + grades(F, "2015", [(None, G)], EFI) + grades(F, "2015", [(None, G)], LEG)
    + grades(F, "2015", [(None, RI)], EFF),
    afis=[
        stmt(F, "2015", UR,
             "Lancashire Constabulary should develop its understanding of the demand that is "
             "currently hidden, including demand linked to child sexual exploitation and modern "
             "slavery, so that it can plan to meet it.", False, EFI),
        stmt(F, "2015", PF,
             "Lancashire Constabulary should set out how its workforce model will change as it "
             "makes further savings, including the skills it will need in the future.",
             False, EFI),
    ],
    people=[
        person("Peter Garside", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "An FOI reply from HMICFRS: the request is quoted as (i)/(ii), and the answer is a "
        "table 'Year | PEEL pillar | Publication date | Graded judgment'. The publication "
        "dates (e.g. February 2016 for 2015 legitimacy) are not the periods. The letter date "
        "(May 2019) is not a period.",
        "The request asks for the judgments 'that HMIC gave', and the letter explains that "
        "HMIC's records passed to HMICFRS, so each 2014/2015 inspection has inspectorate HMIC. "
        "The document names both inspectorates.",
        "2015 Leadership 'Not graded' and 'no legitimacy judgment' in 2014 give nothing.",
        "The AFIs sit under the 2015 efficiency question wording. 'How well does the force use "
        "its resources to meet its demand?' -> using-resources; 'How sustainable and "
        "affordable is the workforce model?' -> planning-future (the nearest 2016-17 key). "
        "Unsure: a grader could key the first by its content (understanding-demand) or leave "
        "both null. No force update: the letter is from the inspectorate.",
        "The HMI is named as 'HM Inspector of Constabulary Peter Garside' for 2015; the "
        "organisation is HMIC, the inspectorate of the reports he led. Cumbria Constabulary is "
        "named only as out of scope. Lancashire Fire and Rescue Service is a distractor.",
        "Genre: an inspectorate's letter about one force; national-release is the closest "
        "(it is not a report, response record or press release). Unsure.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote gold/%s.json" % stem)


if __name__ == "__main__":
    main()
