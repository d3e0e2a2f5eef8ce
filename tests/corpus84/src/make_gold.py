"""Write gold/mc01.json ... gold/mc10.json for corpus84 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:   python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG, LDR = "Effectiveness", "Efficiency", "Legitimacy", "Leadership"
PREV, INV, VULN, SOC, SPEC = ("preventing-crime", "investigating-crime", "protecting-vulnerable",
                              "serious-organised-crime", "specialist-capabilities")
UD, UR, PF = "understanding-demand", "using-resources", "planning-future"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, RI, O = "Good", "Requires improvement", "Outstanding"


def insp(force, period, pillar, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pillar, pairs):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": " ".join(text.split()), "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), also=None, notes=None):
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

# mc01 -- PEEL: Police effectiveness 2016, Lancashire (PDF) ---------------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "mc01.pdf", "peel-report",
    [F, "Cumbria Constabulary", "Merseyside Police", "Greater Manchester Police"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF)],
    grades(F, "2016", EFF, [(None, G), (PREV, G), (INV, G), (VULN, RI), (SOC, G)])
    + grades(F, "2015", EFF, [(None, G)]),
    afis=[
        stmt(F, "2016", EFF, PREV, "The constabulary should make better use of information held by partner organisations to improve its understanding of the threat and risk in its local communities."),
        stmt(F, "2016", EFF, INV, "The constabulary should ensure that all investigations are allocated to investigators with the appropriate skills and accreditation, and that workloads are monitored."),
        stmt(F, "2016", EFF, INV, "The constabulary should improve the way it manages people released under investigation and those wanted for offences, so that suspects are brought to justice promptly."),
        stmt(F, "2016", EFF, VULN, "The constabulary should ensure that repeat and vulnerable victims are identified at the first point of contact, and that this information is available to the officers who attend."),
        stmt(F, "2016", EFF, VULN, "The constabulary should review how it responds to incidents of domestic abuse, so that: officers attend within the timescales the constabulary has set; and risk assessments are completed and reviewed by supervisors before the end of the tour of duty."),
    ],
    notes=[
        "The overall grade is a bare 'Good' in the 'Overall judgement' box and is repeated in the two-column summary. Question grades are 'Grade: ...' bars under each question heading.",
        "2015: 'Our overall judgment is the same as last year, when we judged the constabulary to be good in effectiveness' states the grade word, so it is a main judgement. Its inspectorate is null ('we').",
        "The grading key names four grades (the 2014-2017 scale): no judgement. Specialist capabilities is 'not graded'. 'good practice' and 'good examples' are distractors.",
        "Cumbria, Merseyside and Greater Manchester are named only as partners. No person is named.",
    ]))

# mc02 -- Merseyside 2016 web summary (HTML) -------------------------------------------------
F = "Merseyside Police"
GOLDS.append(gold(
    "mc02.html", "peel-report",
    [F, "Cheshire Constabulary", "Cumbria Constabulary", "Lancashire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2016", EFC, H), insp(F, "2016", LEG, H)],
    grades(F, "2016", EFF, [(None, G), (PREV, G), (INV, G), (VULN, G), (SOC, O)])
    + grades(F, "2016", EFC, [(None, G), (UD, G), (UR, G), (PF, RI)])
    + grades(F, "2016", LEG, [(None, G), (FTP, G), (ELW, G), (FTW, RI)]),
    afis=[
        stmt(F, "2016", EFC, None, "The force should develop a workforce plan that sets out the skills and capabilities it will need beyond 2018, and how it will acquire them."),
        stmt(F, "2016", EFC, None, "The force should do more to understand the benefits it expects from its investment in mobile technology."),
        stmt(F, "2016", LEG, None, "The force should improve how it identifies and understands the wellbeing needs of its workforce, and act on what it finds."),
    ],
    people=[
        person("Carys Penhaligon", "inspector", H, "Her Majesty\u2019s Inspector of Constabulary"),
        person("Andrew Merrifield", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2015", EFF), insp(F, "2016", LDR, H)],
          "judgements": grades(F, "2015", EFF, [(None, G)])},
    notes=[
        "Pillar grades are in the three bullet sentences at the top ('... is good'); question grades are badge spans after each question in <details> lists. Specialist capabilities is 'Ungraded'.",
        "The areas for improvement sit under a pillar heading, not under a question, so their question is null (GOLD-FORMAT: 'null where none fits'); by content they would be planning-future, using-resources and fair-treatment-workforce.",
        "'Our overall judgment is the same as last year' names no grade: the 2015 effectiveness grade is only in also_acceptable. Leadership is 'not graded' and only summarised: its inspection is in also_acceptable.",
        "Merseyside Fire and Rescue Service's 'outstanding partnership' is a distractor. Cheshire, Cumbria and Lancashire are named in a navigation link only.",
    ]))

# mc03 -- PEEL: Police efficiency 2016, Suffolk (DOCX) --------------------------------------
F = "Suffolk Constabulary"
GOLDS.append(gold(
    "mc03.docx", "peel-report", [F, "Norfolk Constabulary"], [H],
    [insp(F, "2016", EFC, H), insp(F, "2015", EFC, H)],
    grades(F, "2016", EFC, [(None, G), (UD, G), (UR, RI), (PF, G)])
    + grades(F, "2015", EFC, [(None, G)]),
    afis=[
        stmt(F, "2016", EFC, UD, "The constabulary should review its internal processes to find and remove work that adds no value, so that officers and staff spend more of their time on the public."),
        stmt(F, "2016", EFC, UR, "The constabulary should undertake a skills audit of its whole workforce, so that it understands the capabilities it has and those it lacks."),
        stmt(F, "2016", EFC, UR, "The constabulary should make sure that the number of officers and staff working on the investigation of online child abuse matches the demand it faces."),
    ],
    people=[
        person("Martin Ellery", "chief-constable", F, "Chief Constable"),
        person("Helen Ashdown", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Grades are in two-cell Word tables ('Overall judgement | Good', 'Grade | ...') and again in the summary prose.",
        "2015: 'when HMIC graded it as good for efficiency' -> main judgement with inspectorate HMIC.",
        "The PCC is named title-first ('the Police and Crime Commissioner for Suffolk, Helen Ashdown'); as in corpus13 the title is the office alone. The Word header/footer is not part of the gold.",
        "Norfolk Constabulary is a collaboration partner with no grade; Suffolk Fire and Rescue Service and 'good practice' are distractors.",
    ]))

# mc04 -- Northumbria 2014 web page, text extract (TXT) -------------------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "mc04.txt", "peel-report", [F, "Durham Constabulary", "Cleveland Police"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp(F, "2014", LEG, H)],
    grades(F, "2014", EFF, [(PREV, G), (INV, G)]) + grades(F, "2014", EFC, [(None, G)]),
    afis=[
        stmt(F, "2014", EFF, None, "The force should ensure that victims of crime are offered the opportunity to make a victim personal statement, and that this is recorded."),
        stmt(F, "2014", EFF, None, "The force should review how it allocates crimes to investigators so that complex cases are dealt with by suitably trained staff."),
        stmt(F, "2014", LEG, None, "The force should ensure that its counter-corruption unit has the capacity and capability to seek out corruption proactively."),
        stmt(F, "2014", LEG, None, "The force should ensure that the business interests of its officers and staff are recorded, reviewed and monitored."),
    ],
    people=[
        person("Wendell Stanhope", "inspector", H, "Her Majesty's Inspector of Constabulary"),
        person("Sue Marwood", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, "2014", EFC, [(PF, G), (UR, G)])},
    notes=[
        "2014 questions have no keys of their own. 'reducing crime and preventing offending' -> preventing-crime and 'investigating offending' -> investigating-crime. The 2014 'tackling anti-social behaviour' grade (Outstanding) has no key that fits without colliding with preventing-crime, so it is left out of the gold.",
        "Efficiency 2014: 'To what extent is the force efficient? Good' is the pillar grade. The two sub-questions ('secure financial position' ~ planning-future, 'affordable way of providing policing' ~ using-resources) map only loosely, so they are in also_acceptable.",
        "Effectiveness had no overall grade in 2014 ('Not graded overall this year') and the integrity inspection (Legitimacy) is 'not graded'; both are still inspections the page reports on.",
        "The areas for improvement sit under the inspection section, not a question: question null. 'adequately resourced' is not a grade. Durham and Cleveland are named in passing.",
    ]))

# mc05 -- PEEL: Police legitimacy 2017, Gwent (PDF) -----------------------------------------
F = "Gwent Police"
GOLDS.append(gold(
    "mc05.pdf", "peel-report", [F, "South Wales Police", "Dyfed-Powys Police"], [HF, H],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG)],
    grades(F, "2017", LEG, [(None, G), (FTP, G), (ELW, RI), (FTW, G)])
    + grades(F, "2016", LEG, [(None, G)]),
    afis=[
        stmt(F, "2017", LEG, FTP, "The force should analyse its use of force data to identify disproportionate use and explain it to the public."),
        stmt(F, "2017", LEG, ELW, "The force should ensure that all officers and staff have received at least the lowest level of vetting clearance for their roles, and should clear its backlog of vetting renewals."),
        stmt(F, "2017", LEG, ELW, "The force should ensure that its counter-corruption unit has the capacity and capability to: seek intelligence on potential corruption proactively; assess that intelligence promptly; and build effective relationships with organisations that support vulnerable people."),
        stmt(F, "2017", LEG, ELW, "The force should monitor its computer systems effectively to identify risks to the integrity of its data."),
    ],
    people=[person("Julian Tredegar-Moss", "chief-constable", F, "Chief Constable")],
    notes=[
        "HMIC is named (the renaming sentence) as well as HMICFRS, so both are inspectorates; the 2017 inspection is HMICFRS's.",
        "Question grades are bare labels in a bar under each question heading, and are repeated in the two-column overall summary.",
        "2016: 'In 2016 we judged Gwent Police to be good for legitimacy' -> main judgement, inspectorate null.",
        "'Heddlu Gwent' is an alias. South Wales and Dyfed-Powys are named as partners only. 'good practice' and 'a good start' are distractors. No HMI is named.",
    ]))

# mc06 -- Thames Valley PEEL 2017 effectiveness web page (HTML) -----------------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "mc06.html", "peel-report", [F, "Hampshire Constabulary"], [HF],
    [insp(F, "2017", EFF, HF)],
    grades(F, "2017", EFF, [(None, G), (PREV, G), (INV, RI), (VULN, G), (SOC, G)]),
    afis=[
        stmt(F, "2017", EFF, INV, "The force should ensure that investigations are allocated to officers and staff with the right skills, and that supervisors review them regularly and record clear plans."),
        stmt(F, "2017", EFF, INV, "The force should reduce the number of outstanding suspects, and make sure that those who present the greatest risk are arrested first."),
        stmt(F, "2017", EFF, INV, "The force should improve its ability to retrieve evidence from digital devices, so that delays do not hold up investigations."),
        stmt(F, "2017", EFF, VULN, "The force should make sure that it makes full use of domestic violence protection notices and orders to protect victims of domestic abuse."),
    ],
    people=[person("Matthias Crewe", "inspector", HF, "Her Majesty\u2019s Inspector of Constabulary")],
    also={"inspections": [insp(F, "2016", EFF)],
          "judgements": grades(F, "2016", EFF, [(None, G)])},
    notes=[
        "Question grades are in the first paragraph ('judged to require improvement') and as upper-case badges in each box. Specialist capabilities is 'Ungraded'.",
        "'Our overall judgment this year is the same as last year' names no grade: 2016 only in also_acceptable.",
        "'outstanding suspects' is not a grade. The inspectorate is named in the page banner (HMICFRS). The HMI is named after his quote (name, title).",
    ]))

# mc07 -- PEEL: Police leadership 2016, Cumbria (DOCX) --------------------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "mc07.docx", "peel-report", [F, "Lancashire Constabulary"], [H],
    [insp(F, "2016", LDR, H), insp(F, "2016", EFC), insp(F, "2016", LEG)],
    grades(F, "2016", EFC, [(None, G)]) + grades(F, "2016", LEG, [(None, G)]),
    afis=[
        stmt(F, "2016", LDR, None, "Cumbria Constabulary should complete an analysis of the leadership skills and capabilities of its workforce at all levels, and use this to plan its leadership development."),
        stmt(F, "2016", LDR, None, "Cumbria Constabulary should ensure that its performance appraisal process is used consistently and is seen by the workforce as fair and worthwhile."),
        stmt(F, "2016", LDR, None, "Cumbria Constabulary should make sure that all newly promoted supervisors and managers, including police staff, receive leadership training within six months of starting their new role."),
    ],
    people=[
        person("Rhodri Castellan", "inspector", H, "Her Majesty\u2019s Inspector of Constabulary"),
        person("Rebecca Threlkeld", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "Leadership was not graded in 2016: no leadership judgement. Leadership has no question keys, so its areas for improvement have question null.",
        "The introduction states this year's efficiency and legitimacy grades ('we judged Cumbria Constabulary to be good, and in the legitimacy inspection we also judged it to be good'): two 2016 judgements in passing, inspectorate null.",
        "'good leadership' and 'a good culture of challenge' are distractors. Lancashire Constabulary and Cumbria Fire and Rescue Service are partners. The foreword is signed name then title on separate lines.",
    ]))

# mc08 -- PEEL: Police effectiveness 2015, Bedfordshire, PDF text extract (TXT) ---------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "mc08.txt", "peel-report",
    [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2015", EFF, H)],
    grades(F, "2015", EFF, [(None, RI), (PREV, G), (INV, RI), (VULN, RI), (SOC, G)]),
    afis=[
        stmt(F, "2015", EFF, INV, "The force should ensure that it supervises investigations effectively, so that lines of enquiry are completed and the victim is kept updated."),
        stmt(F, "2015", EFF, INV, "The force should improve the way it manages and monitors registered sex offenders, ensuring that risk assessments are reviewed on time."),
        stmt(F, "2015", EFF, VULN, "The force should ensure that it works effectively with partner organisations to safeguard children who go missing from home."),
    ],
    recs=[
        stmt(F, "2015", EFF, VULN, "Within three months, the force should review the way it assesses and grades calls from vulnerable people so that officers are sent in a time that reflects the risk."),
        stmt(F, "2015", EFF, VULN, "Within three months, the force should ensure that supervisors in the control room actively manage incidents that are waiting for attendance."),
        stmt(F, "2015", EFF, VULN, "Within six months, the force should ensure that all frontline officers have been trained to identify and assess the risk to vulnerable people."),
    ],
    coc=[
        stmt(F, "2015", EFF, VULN, "Bedfordshire Police does not respond quickly enough to incidents involving vulnerable people, and in particular victims of domestic abuse, and this is putting victims at risk."),
    ],
    people=[
        person("Zoltan Merriweather", "inspector", H, "Her Majesty's Inspector of Constabulary"),
        person("Jonathan Harker", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "A pdftotext-style extract of selected pages with running headers and page numbers. The overall summary grade table is laid out in columns, so 'Requires' and 'improvement' sit on different lines from their row labels; every question grade is also stated in prose.",
        "'there is no comparison with 2014' gives no earlier grade. Annex A lists all four grades: no judgement.",
        "'To address this cause of concern, we recommend that Bedfordshire Police immediately takes the following action.' is a lead-in ending in a full stop, followed by numbered full-sentence recommendations; each numbered item is one recommendation.",
        "Hertfordshire and Cambridgeshire are collaboration partners only.",
    ]))

# mc09 -- PEEL: Police efficiency 2017, Nottinghamshire, web version (MD) -------------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "mc09.md", "peel-report",
    [F, "Derbyshire Constabulary", "Leicestershire Police", "Lincolnshire Police",
     "Northamptonshire Police"], [HF],
    [insp(F, "2017", EFC, HF), insp(F, "2016", EFC)],
    grades(F, "2017", EFC, [(None, RI), (UD, RI), (UR, RI), (PF, G)])
    + grades(F, "2016", EFC, [(None, RI)]),
    afis=[
        stmt(F, "2017", EFC, UD, "Nottinghamshire Police should undertake further work to understand and manage demand that is less likely to be reported, working with partner organisations."),
        stmt(F, "2017", EFC, UD, "Nottinghamshire Police should identify and reduce the internal demand it creates, and understand how this affects its ability to meet the needs of the public."),
        stmt(F, "2017", EFC, UR, "The force should develop a better understanding of the skills and capabilities of its workforce, in order to identify gaps and put plans in place to address them."),
    ],
    people=[
        person("Lorraine Ashcombe", "chief-constable", F, "Chief Constable"),
        person("Priya Halvorsen", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "The 2016 grade comes from the summary table row 'Last year | Requires improvement'.",
        "Question grades are bold lines under each question heading. The grading key in the introduction names four grades: no judgement.",
        "'good value' and 'good practice' are distractors; the four East Midlands forces are named in passing; Nottinghamshire Fire and Rescue Service is not a police force.",
    ]))

# mc10 -- PEEL 2015 accessible grades table, effectiveness questions (CSV) ------------------
rows = [("Bedfordshire Police", RI, G, RI, RI, G),
        ("Durham Constabulary", G, O, G, G, G),
        ("Kent Police", G, G, G, RI, G),
        ("Lancashire Constabulary", G, G, G, G, G),
        ("Wiltshire Police", RI, G, RI, RI, RI)]
J = []
for f, ov, q1, q2, q3, q4 in rows:
    J += grades(f, "2015", EFF, [(None, ov), (PREV, q1), (INV, q2), (VULN, q3), (SOC, q4)])
GOLDS.append(gold(
    "mc10.csv", "national-release", [r[0] for r in rows], [H],
    [insp(r[0], "2015", EFF, H) for r in rows], J,
    notes=[
        "Forces are named by short place names (the web table's style). HMIC is named in the source row, which covers every grade.",
        "Each force has the pillar grade and four question grades. Bedfordshire agrees with mc08 and Lancashire with mc01's 2015 grade.",
    ]))

os.makedirs(GOLD, exist_ok=True)
for g in GOLDS:
    path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print("wrote", len(GOLDS), "gold files")
