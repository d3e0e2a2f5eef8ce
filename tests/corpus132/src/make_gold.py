"""Write gold/oc01.json ... gold/oc10.json for corpus132 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
P2122, P2325 = "2021/22", "2023-25"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": " ".join(text.split()), "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# oc01 -- Norfolk PCC "Inspections" hub (HTML, accordion) ------------------------------
F = "Norfolk Constabulary"
GOLDS.append(gold(
    "oc01.html", "response-record", [F, "Suffolk Constabulary"], [HF, H],
    [insp(F, "2017", "Efficiency", HF), insp(F, "2017", "Legitimacy", HF), insp(F, "2016", "Efficiency", H)],
    grades(F, "2017", [(None, G), ("understanding-demand", O), ("using-resources", G), ("planning-future", G)],
           "Efficiency")
    + grades(F, "2017", [(None, G)], "Legitimacy") + grades(F, "2016", [(None, G)], "Efficiency"),
    afis=[
        stmt(F, "2017", None, "The constabulary should carry out a full review of the skills held by its workforce, so that it knows where gaps exist and can plan training and recruitment to fill them.", False, "Efficiency"),
        stmt(F, "2017", None, "The constabulary should work with Suffolk Constabulary to set clear measures of the benefits expected from their joint change programme, and track whether those benefits are delivered.", False, "Efficiency"),
        stmt(F, "2017", None, "The constabulary should make sure that every member of its workforce has been vetted to the level their role requires, and clear the backlog of vetting renewals.", False, "Legitimacy"),
    ],
    people=[
        person("Helen Strudwick", "chief-constable", F, "Chief Constable"),
        person("Margaret Allcott", "inspector", H, "HM Inspector of Constabulary"),
        person("Robert Fairweather", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Hub page with one <details> accordion per report; all panels are in the saved HTML and a browser shows them on opening, so all count.",
        "Efficiency 2017: 'understanding of demand to be outstanding', 'graded both its use of resources and its planning for future demand as good' give the three question grades.",
        "The 2016 efficiency entry names HMIC ('HMIC (as the inspectorate was then known) judged the constabulary to be good'), so that inspection and Margaret Allcott are HMIC.",
        "AFIs are listed under the report heading, not a section heading, so question is null. has_force_update false: the page only says the Chief Constable's comments are in the linked PDF, it does not give them.",
        "The grading key (four grades), the national thematics (Stolen freedom, Living in fear, legitimacy national overview) and the dates 'Response due by 6 February 2018' / 'Response sent ... 21 December 2017' give nothing. Suffolk Constabulary is a partner named in passing.",
    ]))

# oc02 -- Derbyshire PCC s55 letter, PEEL Legitimacy 2016 (PDF) --------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "oc02.pdf", "response-record", [F, "Kent Police"], [H],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2015", "Legitimacy", H), insp("Kent Police", "2016", "Legitimacy", H)],
    grades(F, "2016", [(None, O), ("fair-treatment-public", O), ("ethical-lawful-workforce", G),
                       ("fair-treatment-workforce", G)], "Legitimacy")
    + grades(F, "2015", [(None, G)], "Legitimacy") + grades("Kent Police", "2016", [(None, O)], "Legitimacy"),
    afis=[
        stmt(F, "2016", "ethical-lawful-workforce", "The force should make sure that its counter-corruption unit has enough trained investigators to assess and develop all intelligence about possible corruption in good time.", True, "Legitimacy"),
        stmt(F, "2016", "fair-treatment-workforce", "The force should improve how it identifies and supports officers and staff with a high workload or poor wellbeing, including through its performance development reviews.", True, "Legitimacy"),
    ],
    people=[
        person("Rosalind Carrow", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alan Charlesworth", "commissioner", F, "Police and Crime Commissioner for Derbyshire"),
        person("Martin Oldroyd", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "'an improvement on last year, when HMIC judged it good' gives the 2015 legitimacy grade with a grade word.",
        "'Kent Police was also judged outstanding' gives Kent's 2016 legitimacy grade in passing; the sentence is about 'the top grade for legitimacy this year', so HMIC 2016.",
        "The Rosalind Carrow DCC is named inside the Chief Constable's comments. The unnamed Assistant Chief Constable is not a person. Amber Rudd (addressee) is neither PCC, CC nor inspector.",
        "'good practice', 'by 2 February 2017' (the s55 deadline) and 'annual report for 2016/17' are distractors.",
        "Commissioner's title follows his name in the signature, so it is kept in full.",
    ]))

# oc03 -- North Yorkshire PFCC s55 response, PEEL 2021/22 (DOCX) ------------------------
F = "North Yorkshire Police"
GOLDS.append(gold(
    "oc03.docx", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, A), (RESP, RI), (INV, RI), (PVP, RI), (MOS, A), (WORK, RI), (LFM, I)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure it answers emergency and non-emergency calls promptly, and that callers who are told they will be called back receive that call.", True),
        stmt(F, P2122, INV, "The force should make sure that victims are kept informed of the progress of their investigation and that the Code of Practice for Victims of Crime is complied with.", True),
        stmt(F, P2122, PVP, "The force should improve the way it assesses risk when responding to reports of missing children.", True),
    ],
    recs=[
        stmt(F, P2122, LFM, "Within six months, the force should complete an assessment of current and future demand that covers all of its functions, including demand that is hidden or passed to it by partner organisations.", True),
        stmt(F, P2122, LFM, "Within six months, the force should produce a medium-term financial plan and workforce plan that are based on that assessment of demand and that show how savings will be made.", False),
    ],
    coc=[
        stmt(F, P2122, LFM, "The force does not have an adequate understanding of the demand it faces, and its financial and workforce plans are not linked to that demand, which puts at risk its ability to provide value for money.", True),
    ],
    people=[
        person("Lydia Marr", "chief-constable", F, "Chief Constable"),
        person("Mark Kilbride", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Zara Whitcombe", "commissioner", F, "Police, Fire and Crime Commissioner for North Yorkshire"),
    ],
    notes=[
        "'Strategic planning, organisational management and value for money' -> leadership-management; 'Building, supporting and protecting the workforce' -> workforce; 'Engaging with and treating the public with fairness and respect' -> treatment-of-public.",
        "The cause of concern has no area heading; it concerns demand, planning and value for money, so leadership-management (the inadequate area). Its recommendations take the same key.",
        "Recommendation 2 has only a 'PFCC comment:' saying the force's update will come later, so has_force_update is false.",
        "North Yorkshire Fire and Rescue Service's 'require improvement' is a fire inspection: no judgement. The counts ('good in one area, adequate in two ...') repeat the table and add nothing. '56 days - by 12 May 2023' is a deadline, not a period. The Word header ('OFFICIAL ...') is not body text.",
    ]))

# oc04 -- North Yorkshire PFCC news page, PEEL 2023-25 (HTML) ---------------------------
GOLDS.append(gold(
    "oc04.html", "press-release", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=None)],
    grades(F, P2325, [(CDI, G), (PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, A), (LFM, A)])
    + grades(F, P2122, [(LFM, I)]),
    people=[
        person("Zara Whitcombe", "commissioner", F, "North Yorkshire Police, Fire and Crime Commissioner"),
        person("Colin Pettifer", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Lydia Marr", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades are 'Grade \u2013 Area' list items. 'Police powers and public treatment' -> treatment-of-public; 'Crime data integrity*' -> crime-recording; the footnote '* Not graded in 2022' gives nothing.",
        "'The last PEEL report, for 2021/22 ...' and 'In the previous inspection, the force's strategic planning, organisational management and value for money was graded inadequate' give the 2021/22 leadership-management grade. The sentence names no inspectorate for it, so null.",
        "The 'Deputy Mayor for Policing, Fire and Crime' in the profile strip is not a person fact (no commissioner title; a later site template). The closed cause of concern is not quoted, so it gives no statement.",
        "North Yorkshire Fire and Rescue Service is mentioned, with no grade.",
    ]))

# oc05 -- Cumbria PFCC "HMICFRS PEEL reports" page (Markdown) ---------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "oc05.md", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, "2018/19", inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, INV, "The constabulary should make sure that its investigations are well planned and effectively supervised, and that all reasonable lines of enquiry are followed.", True),
        stmt(F, P2122, PVP, "The constabulary should make sure that it completes a risk assessment for every domestic abuse incident it attends.", True),
    ],
    people=[
        person("Peter Ashdown", "commissioner", F, "Police, Fire and Crime Commissioner for Cumbria"),
    ],
    also={
        "judgements": grades(F, "2018/19", [(None, G)], "Effectiveness") + grades(F, "2018/19", [(None, G)], "Efficiency")
        + grades(F, "2018/19", [(None, G)], "Legitimacy"),
        "people": [person("Roger Hembrow", "commissioner", F, "Police and Crime Commissioner")],
    },
    notes=[
        "'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management ('Good' here is a name, the grade is Adequate); 'Recording data about crime' -> crime-recording. Victim service is not graded.",
        "2018/19: 'judged good at effectiveness, efficiency and legitimacy' gives whole-pillar grades only, which go in also_acceptable as dev12 says; there is no overall PEEL grade, so the 2018/19 inspection has no main judgement.",
        "Cumbria Fire and Rescue Service's grades and its area for improvement ('The service should ...') are fire inspection facts: left out.",
        "Roger Hembrow is 'the then Police and Crime Commissioner' (former office-holder): also_acceptable only. The Chief Constable is unnamed.",
    ]))

# oc06 -- Lancashire PCC "HMICFRS Inspections and Reports" (text) -----------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "oc06.txt", "response-record", [F], [HF, H],
    [insp(F, P2122, inspectorate=HF), insp(F, "2017", "Legitimacy", None)],
    grades(F, P2122, [(PREV, G), (PPT, G), (PVP, G), (MOS, G), (LFM, G), (RESP, A), (WORK, A), (INV, RI)])
    + grades(F, "2017", [(None, G)], "Legitimacy"),
    afis=[
        stmt(F, P2122, None, "The constabulary should make sure that it has enough trained detectives to meet its investigative demand.", True),
        stmt(F, P2122, None, "The constabulary should review how it allocates calls for service so that incidents are attended within the times it has set.", True),
    ],
    people=[person("Ralph Tennant", "commissioner", F, "Police and Crime Commissioner")],
    also={
        "inspections": [insp(F, "2016", "Legitimacy", None)],
        "judgements": grades(F, "2016", [(None, G)], "Legitimacy"),
    },
    notes=[
        "The grade grid is a text table whose COLUMNS are the five grades; each area sits in its grade's column, and the Outstanding and Inadequate columns are empty. Row ' | Preventing crime | Responding to the public | Investigating crime |' = Good, Adequate, Requires Improvement.",
        "'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce. Recording data about crime was not inspected; victim service is not graded.",
        "The Commissioner's note 'good in five of the eight areas ... investigations, which requires improvement' repeats the grid.",
        "'judged good for legitimacy, as it was in 2016' states the 2017 grade; the 2016 grade rests on 'as it was', which GOLD-FORMAT treats like 'same as last year': also_acceptable. No inspectorate is stated for 2017, so null.",
        "The two AFIs sit under the report entry, not a section heading: question null. One 'Chief Constable's response' covers both, so has_force_update true for both.",
        "The vetting thematic ('did not include Lancashire Constabulary') and the bare listings for 2014-2018/19 give nothing.",
    ]))

# oc07 -- Lincolnshire PCC s55 response, PEEL 2021/22 (PDF) ------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "oc07.pdf", "response-record", [F, "Nottinghamshire Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, A), (PPT, A), (PVP, A), (WORK, A), (INV, RI), (CDI, RI), (RESP, RI), (MOS, RI), (LFM, RI)]),
    afis=[
        stmt(F, P2122, RESP, "The force should reduce the time it takes to answer 101 calls and the number of callers who abandon them.", True),
        stmt(F, P2122, INV, "The force should make sure that supervisors review investigations regularly and record clear direction for investigating officers.", True),
        stmt(F, P2122, CDI, "The force should make sure that reports of anti-social behaviour are recorded accurately, including the identification of personal, nuisance and environmental incidents.", True),
        stmt(F, P2122, LFM, "The force should develop a workforce plan that links its future demand to the number and skills of officers and staff it will need.", False),
    ],
    people=[
        person("Amelia Dunstan", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Marcus Thorne", "commissioner", F, "Police and Crime Commissioner for Lincolnshire"),
        person("Christopher Hale", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The sentence on the five-point scale names all five grades and gives no judgement; 'the previous four grades' and 'earlier years' give none either.",
        "'Good use of resources' (graded Requires improvement) -> leadership-management; 'Developing a positive workplace' -> workforce; 'Recording data about crime' -> crime-recording.",
        "AFI 4's comment cell is '\u2013' and the box says the comments will come later: has_force_update false. AFI 3's 'audit ... results are due' is an update: true.",
        "'eleven areas for improvement' is a count; only the four quoted are facts. Nottinghamshire Police is named in passing (regional unit). Dates 21 July / 15 September / 8 September 2022 are publication and deadline dates.",
    ]))

# oc08 -- Staffordshire Commissioner's governance board tracker (DOCX) -------------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "oc08.docx", "response-record", [F, "West Midlands Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (PPT, A), (MOS, A), (WORK, A), (INV, RI), (PVP, RI), (LFM, RI), (RESP, I)]),
    afis=[
        stmt(F, P2122, INV, "The force should make sure that investigations are allocated to staff with the right skills, and that they are supervised effectively.", True),
        stmt(F, P2122, PVP, "The force should improve how it uses its powers to protect victims of domestic abuse, including domestic violence protection notices and orders.", False),
        stmt(F, P2122, LFM, "The force should improve its understanding of the demand it faces so that it can plan its workforce and finances.", True),
    ],
    recs=[
        stmt(F, P2122, RESP, "By 31 March 2023, the force should make sure that it has enough trained staff in its control room to answer calls within national standards.", True),
        stmt(F, P2122, RESP, "By 31 March 2023, the force should introduce a process for supervisors to review incidents where attendance is delayed beyond the target time.", True),
    ],
    coc=[
        stmt(F, P2122, RESP, "The force is not answering emergency and non-emergency calls quickly enough, and it is not assessing and prioritising the risk in calls well enough to make sure that vulnerable callers receive a timely response.", True),
    ],
    people=[
        person("Gareth Ludlow", "chief-constable", F, "Chief Constable"),
        person("Anya Pell", "chief-constable", F, "Temporary Deputy Chief Constable", "deputy"),
        person("Bernard Oakes", "commissioner", F, "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
    ],
    notes=[
        "Grades are all in one prose sentence with semicolons. 'Recording data about crime was not graded' gives nothing.",
        "Kind of each tracker row comes from its Source cell; the area key from the Source cell ('good use of resources' -> leadership-management) or, for the CoC and its recommendations, from the subject (responding to the public, graded inadequate).",
        "AFI5's update is 'No update received for this period.': has_force_update false. The others have updates.",
        "Anya Pell is 'Temporary Deputy Chief Constable'. GOLD-FORMAT has one qualifier; check_gold.py takes the last qualifier word in the title, so 'deputy'. A grader could prefer 'temporary'.",
        "Left out: closed AFIs named only by reference (AFI1 ...), the vetting/misogyny thematic's 43 recommendations, Staffordshire Fire and Rescue Service's grade and its area for improvement, and the 'engage' phase. West Midlands Police is named in passing with no grade. The Word header/footer is not body text.",
    ]))

# oc09 -- Northumbria PCC reports and responses hub (HTML, tabs) -------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "oc09.html", "response-record", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure it answers non-emergency calls promptly and gives callers realistic expectations of when it will attend.", False),
    ],
    people=[
        person("Eleanor Vasey", "commissioner", F, "Police and Crime Commissioner"),
        person("Vanessa Cole", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Grades sit in infographic tiles ('Area<br><b>Grade</b>'). 'Good use of resources' (Adequate) -> leadership-management.",
        "The tab panels are all in the page without a hidden attribute, so all count as visible text (as with JavaScript off).",
        "The AFI's progress 'is reported to the Commissioner's Scrutiny Meeting', but no update is given here: has_force_update false.",
        "Durham Constabulary and Cleveland Police are named in report titles only (ROCU inspection; Cleveland's causes of concern report on another force) with no grade. The grading key in 'About HMICFRS' gives nothing.",
    ]))

# oc10 -- Nottinghamshire PCC Strategic Resources and Performance minutes (text) ---------
F = "Nottinghamshire Police"
L = "Leicestershire Police"
GOLDS.append(gold(
    "oc10.txt", "response-record", [F, L, "Northamptonshire Police"], [H],
    [insp(F, "2015", "Efficiency", H), insp(F, "2014", "Efficiency", H), insp(L, "2015", "Efficiency", None)],
    grades(F, "2015", [(None, RI), ("understanding-demand", RI), ("using-resources", RI), ("planning-future", G)], "Efficiency")
    + grades(F, "2014", [(None, RI)], "Efficiency") + grades(L, "2015", [(None, G)], "Efficiency"),
    afis=[
        stmt(F, "2015", None, "The force should develop a full understanding of the demand it faces, including demand that is less visible, so that it can allocate its resources to where they are most needed.", True, "Efficiency"),
        stmt(F, "2015", None, "The force should make sure that its change programme is supported by a clear plan setting out the workforce it will need in the future, with the skills that workforce will require.", True, "Efficiency"),
    ],
    people=[
        person("Desmond Harrow", "commissioner", F, "Police and Crime Commissioner"),
        person("Craig Esterby", "chief-constable", F, "Chief Constable"),
        person("Susan Lambley", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Hard-wrapped minutes. 'when HMIC also judged the force to require improvement in its efficiency' gives a 2014 efficiency grade (the 2014 'Valuing the Police' inspection; period 2014).",
        "'Leicestershire Police had been graded good for efficiency in 2015' is another force's grade in passing (the sentence is the Chief Constable's report; no inspectorate named for it, so null). Northamptonshire Police is named with no grade.",
        "AFIs are listed under item 3.4 with no question heading: null. 3.5 'The Deputy Chief Constable gave the force's response' covers both: true.",
        "'expected to be judged good' (legitimacy, before publication) is not a judgement. Action due dates and the s55 deadline are not periods. The unnamed ACC and the Chief Executive are not people facts.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("wrote", len(GOLDS), "gold files")
