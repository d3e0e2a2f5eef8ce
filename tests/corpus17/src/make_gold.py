"""Write gold/u01.json ... gold/u10.json for corpus17 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LEAD = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"
P1819 = "2018/19"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

# 2015-2017 question keys
PREV, INV, PVP, SOC, SPEC = ("preventing-crime", "investigating-crime", "protecting-vulnerable",
                             "serious-organised-crime", "specialist-capabilities")
DEM, RES, FUT = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"


def insp(force, period, pillar, inspectorate):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
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

# u01 -- HMIC PEEL: Police effectiveness 2015, Northumbria (PDF) ---------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "u01.pdf", "peel-report", [F, "Durham Constabulary"], [H],
    [insp(F, "2015", EFF, H)],
    grades(F, "2015", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, G)]),
    afis=[
        stmt(F, "2015", EFF, PREV,
             "The force should widen the ways in which it consults communities about local "
             "priorities, so that it hears from people who do not attend public meetings."),
        stmt(F, "2015", EFF, PREV,
             "The force should evaluate its problem-solving work more consistently and share "
             "what works across its area commands."),
        stmt(F, "2015", EFF, INV,
             "The force should ensure that officers attending crimes secure all available "
             "evidence at the first opportunity, including CCTV and the results of "
             "house-to-house enquiries."),
        stmt(F, "2015", EFF, PVP,
             "The force should ensure that victims of domestic abuse whose risk is assessed as "
             "standard or medium receive follow-up contact and a safeguarding plan that is "
             "reviewed by a supervisor."),
        stmt(F, "2015", EFF, PVP,
             "The force should improve its response to children who go missing from home by: "
             "recording every episode so that repeat cases are recognised; considering the "
             "risk of child sexual exploitation in each case; and making sure that return "
             "interviews are completed and their findings acted on."),
        stmt(F, "2015", EFF, SOC,
             "The force should make better use of ancillary orders, such as serious crime "
             "prevention orders, to restrict the activities of members of organised crime "
             "groups after their release from prison."),
    ],
    people=[person("Aldous Wrenfield", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "The overall grade is the word 'Good' alone in a bordered box under 'OVERALL "
        "JUDGEMENT' (with a footnote mark '1' glued to the label in the PDF text). Each "
        "question's grade is a coloured label alone on the line under the question heading.",
        "2015 question wording maps to the 2015-17 keys: 'investigating crime and managing "
        "offenders' -> investigating-crime; 'protecting from harm those who are vulnerable' "
        "-> protecting-vulnerable; 'serious and organised crime, including its arrangements "
        "for fulfilling its national policing responsibilities' -> serious-organised-crime "
        "(the national responsibilities part is 'not graded' and gives nothing).",
        "The second vulnerability AFI is a lead-in ending 'by:' with three sub-bullets, joined "
        "into one statement.",
        "The 2014 inspection is mentioned (digital forensics backlog) with no grade: nothing. "
        "The Annex A grading key, 'good practice', 'good service', 'good standard' and the "
        "December 2015 publication date are distractors. Durham Constabulary is a partner "
        "named in passing, with no grade.",
    ]))

# u02 -- HMIC PEEL: Police efficiency 2016, South Wales (DOCX) -----------------------------
F = "South Wales Police"
GOLDS.append(gold(
    "u02.docx", "peel-report", [F, "Gwent Police", "Dyfed-Powys Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", EFC, [(None, G), (DEM, G), (RES, RI), (FUT, G)])
    + grades(F, "2015", EFC, [(None, G)]),
    afis=[
        stmt(F, "2016", EFC, DEM,
             "The force should extend its analysis of demand to include crime that is "
             "committed online and is less likely to be reported, such as fraud and the "
             "sexual exploitation of children."),
        stmt(F, "2016", EFC, RES,
             "The force should carry out an audit of the skills and capabilities of its "
             "workforce and use the results to match people to demand."),
        stmt(F, "2016", EFC, RES,
             "The force should evaluate the benefits of its investment in mobile technology, "
             "so that it knows whether officers are spending more time in their communities."),
        stmt(F, "2016", EFC, RES,
             "The force should review the size of its specialist teams, so that resources are "
             "moved to where demand is highest."),
    ],
    people=[person("Gwenllian Parry-Stoke", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Word report. The page header ('PEEL: Police efficiency 2016 - South Wales Police') "
        "and the page-number footer are not body text. The overall grade sits in a two-row "
        "table ('Overall judgement' / 'Good'); each question's grade in a one-row table "
        "beside a longer form of the question; a 'Summary of judgements' table repeats the "
        "three question grades with short names ('Use of resources').",
        "'In 2015, HMIC judged South Wales Police to be good at efficiency' gives the 2015 "
        "efficiency judgement (HMIC named).",
        "Areas for improvement are Word 'List Bullet' paragraphs under 'Area for improvement' "
        "/ 'Areas for improvement' (Heading 3). Planning for the future has none ('We have "
        "not identified any areas for improvement').",
        "Distractors: 'an adequate picture of some forms of hidden crime', 'an example of good "
        "practice', the contents list (List Number), 'Force in numbers' figures and years, and "
        "the grade scale in Annex A. Gwent Police and Dyfed-Powys Police are partners in the "
        "joint firearms unit, with no grade. 'Heddlu De Cymru' is the Welsh name of the force.",
    ]))

# u03 -- HMICFRS website, West Yorkshire PEEL 2017 legitimacy summary (HTML) ---------------
F = "West Yorkshire Police"
GOLDS.append(gold(
    "u03.html", "peel-report", [F, "North Yorkshire Police"], [HF],
    [insp(F, "2017", LEG, HF), insp(F, "2017", EFC, HF)],
    grades(F, "2017", LEG, [(None, G), (FTP, G), (ELW, RI), (FTW, G)])
    + grades(F, "2017", EFC, [(None, G)]),
    afis=[
        stmt(F, "2017", LEG, FTP,
             "The force should monitor its use of force data to identify any "
             "disproportionality, and should explain what it finds to the public."),
        stmt(F, "2017", LEG, ELW,
             "The force should ensure that all officers and staff have been vetted to the "
             "level their role requires, and should clear its backlog of vetting renewals by "
             "the end of 2018."),
        stmt(F, "2017", LEG, ELW,
             "The force should improve the way its counter-corruption unit works by ensuring "
             "that it: has enough trained staff to assess all corruption intelligence "
             "promptly; seeks intelligence proactively, including about abuse of position for "
             "a sexual purpose; and builds relationships with organisations that support "
             "vulnerable people."),
        stmt(F, "2017", LEG, FTW,
             "The force should improve how it identifies and responds to the wellbeing needs "
             "of officers and staff in high-demand roles, such as those in its safeguarding "
             "units."),
    ],
    people=[person("Hollis Brackenridge", "inspector", HF, "HM Inspector of Constabulary")],
    also={
        "inspections": [insp(F, "2016", LEG, None)],
        "judgements": grades(F, "2016", LEG, [(None, G)]),
    },
    notes=[
        "The overall legitimacy grade is the word 'Good' in a coloured banner under the "
        "headline question; the three question grades are badges in the side panel "
        "'Legitimacy questions', and the prose repeats two of them ('judged to be good', "
        "'requires improvement in how it ensures that its workforce behaves ethically and "
        "lawfully').",
        "The side panel 'West Yorkshire PEEL 2017' gives 'Efficiency (published 9/11/2017) "
        "Good', a second 2017 judgement (Efficiency, question null). 'Effectiveness: Report "
        "due March 2018' and 'Leadership: Ungraded' give nothing.",
        "'This is the same judgment as last year' states no grade word for 2016, so the 2016 "
        "legitimacy judgement and its inspection are only in also_acceptable (GOLD-FORMAT "
        "convention). The page never names HMIC, so that inspection's inspectorate is null.",
        "The AFIs are in <details open> accordions headed by question; the counter-corruption "
        "AFI is a lead-in ending 'it:' with three nested <li>, joined into one statement.",
        "North Yorkshire Police is named only in a related-content link ('Neighbouring force: "
        "North Yorkshire'). The cookie-settings date, 'Last updated 12/12/2017' and the grade "
        "scale line are distractors.",
    ]))

# u04 -- HMIC regional press release, Welsh forces' efficiency 2015 (TXT, cp1252, CRLF) -----
WALES = [("Dyfed-Powys Police", G), ("Gwent Police", RI), ("North Wales Police", G),
         ("South Wales Police", G)]
GOLDS.append(gold(
    "u04.txt", "national-release", [f for f, _ in WALES], [H],
    [insp(f, "2015", EFC, H) for f, _ in WALES],
    [j for f, g_ in WALES for j in grades(f, "2015", EFC, [(None, g_)])],
    people=[person("Gwenllian Parry-Stoke", "inspector", H, "HM Inspector of Constabulary")],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings: curly quotes and the en dash of each 'Force \u2013 "
        "grade' line are single cp1252 bytes.",
        "The four list lines give each force's overall 2015 efficiency grade. The 2015 "
        "efficiency questions (resources to meet demand, workforce model, financial "
        "position) are described but not graded here, so there are no question judgements.",
        "Counts with no force named ('four forces to be outstanding, 32 to be good ...'), the "
        "grading scale in note 2, 'good value for money', and the dates of the legitimacy, "
        "effectiveness and vulnerability reports give nothing.",
        "Genre: a regional release of several forces' grades, so national-release (as the "
        "development corpus's regional release).",
    ]))

# u05 -- PCC section 55 letter, Derbyshire, PEEL efficiency 2016 (PDF) ----------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "u05.pdf", "response-record", [F, "Nottinghamshire Police"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", EFC, [(None, G), (DEM, G), (RES, G), (FUT, RI)])
    + grades(F, "2015", EFC, [(None, RI)]),
    afis=[
        stmt(F, "2016", EFC, DEM,
             "The force should improve its understanding of demand that is less likely to be "
             "reported, such as modern slavery and online child sexual exploitation, so that "
             "it can plan how to respond to it.", True),
        stmt(F, "2016", EFC, RES,
             "The force should develop a full understanding of the skills and capabilities of "
             "its workforce, so that it can match officers and staff to the areas where they "
             "are most needed.", True),
        stmt(F, "2016", EFC, FUT,
             "The force should set out in a single, costed plan how it intends to meet future "
             "demand and make the savings it needs after 2018/19, including the options for "
             "further collaboration with other forces.", False),
    ],
    people=[
        person("Kiran Ashworth-Dale", "commissioner", F,
               "Police and Crime Commissioner for Derbyshire"),
        person("Martin Fellowes", "chief-constable", F, "Chief Constable"),
        person("Isobel Carrow-Lane", "inspector", H, "HM Inspector of Constabulary"),
        person("Rachel Ingamells", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "A PCC's section 55 letter to HM Chief Inspector (unnamed), 3 pages, with a 'Page n of "
        "3' footer printed first on each page in the PDF text.",
        "The grades are in prose: 'good at how efficiently it keeps people safe' (overall), "
        "'good at understanding the demand' (understanding-demand), 'good at using its "
        "resources' (using-resources), 'requires improvement in how it is planning for the "
        "demand it expects in the future' (planning-future). 'when HMIC judged the force to "
        "require improvement for efficiency' gives 2015 efficiency Requires improvement.",
        "Each AFI is quoted in a blockquote under a section heading (Understanding demand / "
        "Use of resources / Planning for the future) and 'Area for improvement n'. "
        "has_force_update: true for 1 and 2, each followed by a 'Force update:' paragraph; "
        "false for 3, which has only the Commissioner's own response (a review by her Chief "
        "Finance Officer), not the force's.",
        "People: the PCC is named only in the signature block, name then 'Police and Crime "
        "Commissioner for Derbyshire' (kept in full). 'Chief Constable Martin Fellowes', "
        "'HM Inspector of Constabulary Isobel Carrow-Lane' and 'Deputy Chief Constable Rachel "
        "Ingamells' are title-first. Assistant Chief Constable Paul Oakridge is not a person "
        "fact; the Home Secretary and the Chief Finance Officer are unnamed.",
        "Nottinghamshire Police is a regional partner named in passing. 'good record', the "
        "2017/18 precept consultation date and 'findings in 2017' are distractors.",
    ]))

# u06 -- HMICFRS PEEL: Police effectiveness 2017 summary, Merseyside (DOCX) -----------------
F = "Merseyside Police"
GOLDS.append(gold(
    "u06.docx", "peel-report", [F, "Cheshire Constabulary"], [HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, None)],
    grades(F, "2017", EFF, [(None, G), (PREV, G), (INV, G), (PVP, RI), (SOC, O)])
    + grades(F, "2016", EFF, [(None, G)]),
    afis=[
        stmt(F, "2017", EFF, PREV,
             "The force should improve how it engages with communities that are less likely "
             "to contact the police, so that it understands their concerns."),
        stmt(F, "2017", EFF, INV,
             "The force should ensure that it has enough qualified investigators to meet "
             "future demand, and should develop a plan to train and retain them."),
        stmt(F, "2017", EFF, INV,
             "The force should make sure that victims are told the outcome of their case and "
             "that the reasons for it are recorded."),
        stmt(F, "2017", EFF, PVP,
             "The force should improve the quality of its referrals about children to the "
             "multi-agency safeguarding hubs in its five local authority areas."),
    ],
    recs=[
        stmt(F, "2017", EFF, PVP,
             "The force should review how its control room grades and allocates incidents of "
             "domestic abuse, so that officers attend within the time the risk requires."),
        stmt(F, "2017", EFF, PVP,
             "The force should introduce a process for contacting and reassessing victims "
             "whose attendance has been delayed, and should audit its use."),
    ],
    coc=[
        stmt(F, "2017", EFF, PVP,
             "Merseyside Police is not always responding promptly to incidents involving "
             "vulnerable victims of domestic abuse, and it does not reassess the risk to those "
             "victims when attendance is delayed."),
    ],
    people=[person("Hollis Brackenridge", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "The brief asked for Markdown; this summary is a Word document instead so that the "
        "corpus has three DOCX (see README). Header and footer are not body text.",
        "Overall grade in a one-row table ('Overall judgement' | 'Good'); question grades in "
        "the 'Summary of grades' table with short question names. 'Specialist capabilities "
        "| Ungraded' gives nothing; leadership 'did not grade' gives nothing.",
        "'In 2016 we also judged the force to be good' gives 2016 effectiveness Good. The "
        "document names only HMICFRS (in the body), so the 2016 inspection's inspectorate is "
        "null rather than the era's HMIC.",
        "The cause of concern is the second row of a boxed two-row table headed 'Cause of "
        "concern'. The recommendations' lead-in ends with a full stop ('... within three "
        "months.') and each numbered recommendation is a full sentence, so they are two "
        "separate statements and the lead-in is not part of either. The AFI after them "
        "belongs to the same question.",
        "Distractors: 'an adequate number of detectives', 'good practice', the grade-scale "
        "line, 'Manchester' (a city, not GMP). Cheshire Constabulary is a partner named in "
        "passing.",
    ]))

# u07 -- HMICFRS PEEL 2018/19 integrated report, summary, Hampshire (PDF) -------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "u07.pdf", "peel-report", [F, "Thames Valley Police"], [HF],
    [insp(F, P1819, "PEEL", HF), insp(F, P1819, EFF, HF), insp(F, P1819, EFC, HF),
     insp(F, P1819, LEG, HF), insp(F, "2017", EFF, HF), insp(F, "2017", EFC, HF),
     insp(F, "2017", LEG, HF)],
    grades(F, P1819, EFF, [(None, G)]) + grades(F, P1819, EFC, [(None, G)])
    + grades(F, P1819, LEG, [(None, G)])
    + grades(F, "2017", EFF, [(None, RI)]) + grades(F, "2017", EFC, [(None, G)])
    + grades(F, "2017", LEG, [(None, G)]),
    people=[person("Zachary Penhaligon", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "The pillar table 'Pillar | 2018/19 judgment | Last graded' gives each pillar's "
        "2018/19 grade and, in the third column, the previous grade with its year in "
        "brackets ('Requires improvement (2017)').",
        "Pillar grades in the 2018/19 integrated inspection are judgements with pillar "
        "Effectiveness / Efficiency / Legitimacy and period 2018/19 (as corpus13 q08), each "
        "with a pillar inspection. The integrated inspection itself, named in the title "
        "('PEEL: Police effectiveness, efficiency and legitimacy 2018/19 - An inspection of "
        "Hampshire Constabulary'), is also a main inspection with pillar PEEL; it has no "
        "single overall grade, so no PEEL judgement.",
        "The 2017 grades are HMICFRS's (HMICFRS from July 2017; the 2017 reports were its).",
        "The pillar narratives avoid grade words for questions; 'We do not grade specialist "
        "capabilities' gives nothing. Hampshire Fire and Rescue Service's inspection is "
        "reported separately and gives nothing; the 2019 crime data integrity inspection is "
        "future. The key line lists the grade scale. Thames Valley Police is a partner (joint "
        "operations unit) named in passing.",
    ]))

# u08 -- HMIC national table of 2016 legitimacy grades (HTML) ------------------------------
ROWS8 = [
    ("Northumbria Police", G, G, G, G),
    ("North Yorkshire Police", RI, G, RI, RI),
    ("South Yorkshire Police", G, G, RI, G),
    ("West Yorkshire Police", G, G, G, G),
    ("Cheshire Constabulary", G, G, G, G),
    ("Merseyside Police", G, O, G, G),
    ("Derbyshire Constabulary", G, G, G, RI),
    ("West Midlands Police", G, G, G, RI),
    ("Essex Police", RI, RI, RI, G),
    ("Hampshire Constabulary", G, G, G, G),
    ("Gwent Police", G, G, G, G),
    ("South Wales Police", G, G, G, G),
]
GOLDS.append(gold(
    "u08.html", "national-release", [r[0] for r in ROWS8], [H],
    [insp(r[0], "2016", LEG, H) for r in ROWS8],
    [j for f, ov, q1, q2, q3 in ROWS8
     for j in grades(f, "2016", LEG, [(None, ov), (FTP, q1), (ELW, q2), (FTW, q3)])],
    people=[person("Oriel Blakemore", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "An HMIC 'accessible grades table' page: one row per force, columns 'Legitimacy "
        "(overall)' and the three 2016 question columns Q1-Q3, with region heading rows "
        "spanning the table. 'West Midlands' as a region heading (East Midlands / West "
        "Midlands) is not the force; West Midlands Police has its own row.",
        "The national counts ('two forces to be outstanding, 33 to be good and eight to "
        "require improvement') name no force and give nothing. The legend lists the grade "
        "scale. The 2015 link and the note that 2015 questions differ give nothing.",
        "People: 'Oriel Blakemore, HM Inspector of Constabulary, national lead for "
        "legitimacy' (name first).",
    ]))

# u09 -- Gwent Police board paper, December 2017 (DOCX) ------------------------------------
F = "Gwent Police"
T1 = [
    ("2014", H, [(EFC, G)]),
    ("2015", H, [(EFF, RI), (EFC, RI), (LEG, G)]),
    ("2016", H, [(EFF, G), (EFC, G), (LEG, G)]),
    ("2017", HF, [(EFC, G), (LEG, G)]),
]
insps9, judg9 = [], []
for period, who, cells in T1:
    for pillar, g_ in cells:
        insps9.append(insp(F, period, pillar, who))
        judg9 += grades(F, period, pillar, [(None, g_)])
judg9 += grades(F, "2017", LEG, [(FTP, G), (ELW, G), (FTW, RI)])
GOLDS.append(gold(
    "u09.docx", "response-record", [F], [H, HF],
    insps9, judg9,
    afis=[
        stmt(F, "2017", LEG, FTW,
             "The force should improve how it gathers and acts on the views of its workforce, "
             "including through a regular staff survey, and should tell staff what it has "
             "done as a result.", True),
        stmt(F, "2017", LEG, FTW,
             "The force should ensure that supervisors have the training they need to manage "
             "the wellbeing and performance of their teams.", True),
        stmt(F, "2017", LEG, FTW,
             "The force should make sure that its grievance procedure is understood by the "
             "workforce and that grievances are resolved promptly.", False),
    ],
    people=[
        person("Huw Tregaron", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Gwenllian Parry-Stoke", "inspector", HF, "HM Inspector of Constabulary"),
        person("Idris Marchant", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "A force board paper. Its cover block is a two-column table whose first row is "
        "merged across. 'Table 1: HMIC PEEL grades 2014-2017 by pillar and year' has a row "
        "per pillar and a column per year; the Leadership row is one cell merged across the "
        "four year columns ('Inspected in 2015, 2016 and 2017 - not graded'): nothing.",
        "Table 1 cells 'Not graded*' (2014 effectiveness, with a footnote that only aspects "
        "were graded), 'Not graded' (2014 legitimacy) and 'Due March 2018' (2017 "
        "effectiveness) give nothing. 2014 efficiency is a 2014 judgement.",
        "Inspectorates: the table title says 'HMIC' for all years, but paragraph 2.1 says "
        "that grades for 2014-2016 were HMIC's and 2017's HMICFRS's, and the 2017 column is "
        "headed '2017 (HMICFRS)'; each inspection takes that inspectorate.",
        "Section 4 gives the 2017 legitimacy grades: overall good ('HMICFRS judged that the "
        "force is good at how legitimately ...') and three question grades in '<question> - "
        "grade' bullets ('Fair and respectful treatment of the people it serves' -> "
        "fair-treatment-public).",
        "Appendix A is a table 'No. | Area for improvement (HMICFRS wording) | Lead | Progress "
        "at 12 December 2017' with a merged row 'Question 3 - ... treat its workforce with "
        "fairness and respect?' above the three AFIs, so all three are fair-treatment-workforce. "
        "has_force_update: true for 1 and 2 (progress given), false for 3 ('\u2013').",
        "People: 'Deputy Chief Constable Huw Tregaron' (chief officer lead), 'HM Inspector of "
        "Constabulary Gwenllian Parry-Stoke', 'Police and Crime Commissioner Idris "
        "Marchant'. Assistant Chief Constable Si\u00e2n Morgan-Price is not a person fact.",
        "The Board's own recommendations (section 5) are not PEEL recommendations. 'Durham "
        "University Business School' is not Durham Constabulary. 'Heddlu Gwent' is the "
        "force's Welsh name. The page header 'OFFICIAL' and the footer are not body text.",
        "Genre: a force's response to an inspection with progress updates, so "
        "response-record (the least bad fit for a board paper).",
    ]))

# u10 -- CSV of PEEL pillar grades by force and year, 2015-2017 ----------------------------
ROWS10 = {
    "Northumbria Police": {"2015": (G, G, G), "2016": (G, G, G), "2017": (G, O, G)},
    "North Yorkshire Police": {"2015": (RI, G, G), "2016": (G, G, RI), "2017": (G, RI, G)},
    "South Yorkshire Police": {"2015": (RI, G, G), "2016": (RI, G, G), "2017": (G, G, RI)},
    "West Yorkshire Police": {"2015": (G, G, G), "2016": (G, G, G), "2017": (RI, G, G)},
}
insps10, judg10 = [], []
for f, years in ROWS10.items():
    for period, gs in years.items():
        who = H if period in ("2015", "2016") else HF
        for pillar, g_ in zip((EFF, EFC, LEG), gs):
            insps10.append(insp(f, period, pillar, who))
            judg10 += grades(f, period, pillar, [(None, g_)])
GOLDS.append(gold(
    "u10.csv", "national-release", list(ROWS10), [H, HF], insps10, judg10,
    notes=[
        "Long format: one row per force and PEEL year, one column per pillar. UTF-8 with a "
        "byte-order mark and CRLF line endings (a spreadsheet export).",
        "Each row's 'Inspectorate' cell names its inspectorate: HMIC for 2015 and 2016, "
        "HMICFRS for 2017. The Leadership column is 'Not graded' in every row: nothing.",
        "The Notes column gives publication dates ('Effectiveness 2017 published "
        "22/03/2018', 'Vulnerability findings published 15/12/2015'): distractors. The "
        "trailing source row is not data.",
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
