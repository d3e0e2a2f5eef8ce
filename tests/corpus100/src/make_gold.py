"""Write gold/mt01.json ... gold/mt10.json for corpus100 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, LEAD, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "Leadership", "PEEL"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar=PEEL):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def stmt(force, period, question, text, update=False, pillar=PEEL):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


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

# mt01 -- Leicestershire "Our inspection results" (accordions, cards), PEEL 2023-25
F = "Leicestershire Police"
GOLDS.append(gold(
    "mt01.html", "press-release", [F, "Nottinghamshire Police", "Northamptonshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, A), (LFM, G)]),
    afis=[
        stmt(F, P2325, RESP, "The force should make sure that it answers emergency calls within the national standard of ten seconds.", True),
        stmt(F, P2325, RESP, "The force should reduce the number of non-emergency calls that are abandoned before they are answered, and should make its online reporting options better known.", True),
        stmt(F, P2325, INV, "The force should make sure that supervisors review investigations regularly and that each review is recorded with clear actions.", True),
        stmt(F, P2325, WORK, "The force should understand why some officers and staff do not feel able to speak up, and act on what it finds.", False),
    ],
    people=[person("Rob Nixon", "chief-constable", F, "Chief Constable"),
            person("Rupert Matthews", "commissioner", F, "Police and Crime Commissioner for Leicester, Leicestershire and Rutland")],
    notes=["Grades are card labels; the grading key in an accordion names all five grades and gives nothing.",
           "Victim service is not graded. Leicestershire Fire and Rescue Service is a distractor.",
           "The fourth AFI has no 'What we're doing' paragraph, so has_force_update is false. Two AFIs 'in the full report' give nothing.",
           "Nottinghamshire and Northamptonshire are neighbours named in passing with no grade.",
           "Genre: a force web page about its report; press-release is the nearest genre."]))

# mt02 -- Northumbria news item, PEEL 2021/22
F = "Northumbria Police"
GOLDS.append(gold(
    "mt02.html", "press-release", [F, "Durham Constabulary", "Cleveland Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PREV, G), (MOS, G), (PPT, G), (CDI, G), (RESP, A), (PVP, A), (WORK, A), (INV, RI), (LFM, RI)]),
    afis=[
        stmt(F, P2122, None, "The force should make sure that investigations are allocated to officers with the right skills and that investigators have manageable workloads."),
        stmt(F, P2122, None, "The force should improve how it records the reasons why victims withdraw their support for an investigation."),
        stmt(F, P2122, None, "The force should develop a clearer understanding of the demand it faces so that it can plan its workforce and its budget for the years ahead."),
    ],
    people=[person("Vanessa Jardine", "chief-constable", F, "Chief Constable"),
            person("Kim McGuinness", "commissioner", F, "Police and Crime Commissioner")],
    notes=["'treating the public fairly' -> treatment-of-public; 'developing a positive workplace' -> workforce; 'good use of resources' -> leadership-management (its 'good' is an area name, the grade is 'require improvement').",
           "AFIs sit in an aside with no area heading, so question is null. 'ten areas for improvement' is a count only.",
           "Victim service ungraded; SOC to be assessed separately: no judgement. Durham and Cleveland are named in passing with no grade."]))

# mt03 -- Thames Valley Chief Constable's video update transcript, PEEL 2018/19
F = "Thames Valley Police"
GOLDS.append(gold(
    "mt03.html", "press-release", [F, "Hampshire Constabulary"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(None, G), (PVP, G), ("fair-treatment-public", G), ("planning-future", RI)]),
    afis=[
        stmt(F, P1819, None, "The force should develop its understanding of the skills and capabilities of its workforce, so that it can identify any gaps and plan for the skills it will need in future."),
        stmt(F, P1819, None, "The force should make sure that its use of force data is recorded accurately and that it is scrutinised so that the force can identify any unfair treatment."),
    ],
    people=[person("John Campbell", "chief-constable", F, "Chief Constable of Thames Valley Police"),
            person("Jason Hogg", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Anthony Stansfeld", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": grades(F, P1819, [(None, G)], pillar=EFF) + grades(F, P1819, [(None, G)], pillar=EFC)
          + grades(F, P1819, [(None, G)], pillar=LEG)},
    notes=["2018/19 follows dev12: every fact has pillar PEEL. 'good in all three' (effective, efficient, legitimate) gives per-pillar grades in also_acceptable only.",
           "'treating the public fairly and with respect' -> fair-treatment-public; 'planning for the future requires improvement' -> planning-future.",
           "The AFIs sit in an 'About the report' box with no question heading, so question is null (the first plainly matches planning-future).",
           "The grading key sentence (four grades) gives nothing. Hampshire is a partner named in passing. The transcript's timestamps are part of the text."]))

# mt04 -- Derbyshire FAQ, PEEL 2021/22
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "mt04.html", "press-release", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, None, "The force should make sure that officers carry out and record a thorough risk assessment at the first point of contact with a victim."),
        stmt(F, P2122, None, "The force should improve the way it supervises investigations so that opportunities to gather evidence are not missed."),
        stmt(F, P2122, None, "The force should make sure that victims are told when their case is closed and why."),
    ],
    people=[person("Rachel Swann", "chief-constable", F, "Chief Constable"),
            person("Angelique Foster", "commissioner", F, "Police and Crime Commissioner for Derbyshire")],
    notes=["'Good use of resources' is an area (leadership-management) graded Adequate. SOC is 'assessed in a separate regional report' and victim service ungraded: no judgement.",
           "The five-grade FAQ answer and the fire service's 'good' are distractors. 'eleven areas', 'Five of them are about investigating crime' are counts only.",
           "The three AFIs follow a lead-in that does not name their area, so question is null."]))

# mt05 -- Dyfed-Powys inspections timeline (text), 2014-2017
F = "Dyfed-Powys Police"
insps5 = [insp(F, y, p, H) for y in ("2014", "2015", "2016") for p in (EFF, EFC)] + \
         [insp(F, "2015", LEG, H), insp(F, "2016", LEG, H)] + [insp(F, "2017", p) for p in (EFF, EFC, LEG)]
j5 = []
for y in ("2014", "2015", "2016", "2017"):
    j5 += grades(F, y, [(None, G)], pillar=EFF) + grades(F, y, [(None, G)], pillar=EFC)
j5 += grades(F, "2015", [(None, G)], pillar=LEG) + grades(F, "2016", [(None, RI), ("ethical-lawful-workforce", RI)], pillar=LEG)
j5 += grades(F, "2017", [(None, G)], pillar=LEG) + grades(F, "2015", [("using-resources", G)], pillar=EFC)
GOLDS.append(gold(
    "mt05.txt", "press-release", [F, "North Wales Police"], [H],
    insps5, j5,
    afis=[stmt(F, "2016", "ethical-lawful-workforce", "The force should make sure that all of its officers and staff have been vetted to the level their role needs, and should clear its backlog of vetting renewals.", pillar=LEG)],
    people=[person("Dafydd Llywelyn", "commissioner", F, "Police and Crime Commissioner for Dyfed-Powys"),
            person("Mark Collins", "chief-constable", F, "Chief Constable")],
    also={"inspections": [insp(F, "2016", LEAD, H)]},
    notes=["Dotted-leader timeline, newest first. Each year's pillar grades are judgements (question null).",
           "The page says HMIC inspected 'since 2014'; 2014-2016 inspections take HMIC. The 2017 inspections are left null: by then the inspectorate was HMICFRS, which the page never names.",
           "2016 Leadership ('Narrative report, no grade') is an inspection without a grade: also_acceptable. 2017 leadership has no report of its own. 2014 legitimacy 'Not graded' gives nothing.",
           "'Legitimacy improved to good this year' repeats the 2017 grade; 'treats its workforce with fairness and respect' has no grade word, so no question judgement.",
           "Publication dates (e.g. 2 March 2017) are not periods. North Wales Police is named in passing."]))

# mt06 -- West Mercia news item printed to PDF, Legitimacy 2016
F = "West Mercia Police"
GOLDS.append(gold(
    "mt06.pdf", "press-release", [F, "Warwickshire Police"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2016", EFC, H)],
    grades(F, "2016", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G), ("fair-treatment-workforce", G)], pillar=LEG)
    + grades(F, "2016", [(None, G)], pillar=EFC),
    afis=[
        stmt(F, "2016", None, "The force should improve how it records the reasons for, and outcomes of, its use of stop and search powers, so that it can show these powers are used fairly.", pillar=LEG),
        stmt(F, "2016", None, "The force should ensure that its workforce understands how to report concerns about colleagues confidentially.", pillar=LEG),
    ],
    people=[person("Anthony Bangham", "chief-constable", F, "Chief Constable"),
            person("John Campion", "commissioner", F, "Police and Crime Commissioner")],
    also={"inspections": [insp("Warwickshire Police", "2016", LEG, H), insp(F, "2016", LEAD, H)],
          "judgements": grades("Warwickshire Police", "2016", [(None, G)], pillar=LEG)},
    notes=["Question grades are in a two-column table; 'Overall legitimacy' row is the pillar grade.",
           "The efficiency report 'also graded the force as good overall' gives a 2016 Efficiency judgement.",
           "Warwickshire 'received the same legitimacy grade today' names no grade word for it: also_acceptable, per the 'same grade' convention.",
           "The AFIs follow 'including:' with no question heading, so question is null. The unnamed leadership report is in also_acceptable inspections.",
           "Title: 'West Mercia's Police and Crime Commissioner, John Campion' -> title 'Police and Crime Commissioner'."]))

# mt07 -- Lincolnshire publication scheme table printed to PDF
F = "Lincolnshire Police"
GOLDS.append(gold(
    "mt07.pdf", "national-release", [F, "Leicestershire Police"], [H, HF],
    [insp(F, P1819, PEEL, HF), insp(F, "2017", LEG, HF), insp(F, "2017", EFC, HF), insp(F, "2017", EFF, HF),
     insp(F, "2016", EFC, H), insp(F, "2016", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", EFF, H)],
    grades(F, P1819, [(None, G)]) + grades(F, "2017", [(None, G)], pillar=LEG) + grades(F, "2017", [(None, G)], pillar=EFC)
    + grades(F, "2017", [(None, RI)], pillar=EFF) + grades(F, "2016", [(None, O)], pillar=EFC)
    + grades(F, "2016", [(None, RI)], pillar=EFF) + grades(F, "2015", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, RI)], pillar=EFF),
    people=[person("Bill Skelly", "chief-constable", F, "Chief Constable")],
    also={"inspections": [insp(F, "2016", LEAD, H)],
          "judgements": grades(F, P1819, [(None, G)], pillar=EFF) + grades(F, P1819, [(None, G)], pillar=EFC)
          + grades(F, P1819, [(None, RI)], pillar=LEG)},
    notes=["Each table row names its inspectorate, so each inspection takes that one.",
           "2018/19: the overall grade is PEEL/null; the bracketed pillar grades go to also_acceptable (dev12 convention).",
           "The 2018 crime data integrity row (Requires improvement) and the stop and search revisit are not PEEL. The 2016 leadership row ('–') is an ungraded inspection: also_acceptable.",
           "'Published' dates differ from periods (effectiveness 2017 published 2018). Leicestershire Police is named in passing.",
           "Genre: a force's list of reports; national-release (a listing) is the nearest genre."]))

# mt08 -- Gwent Word copy of 'How we are doing', PEEL 2021/22
F = "Gwent Police"
GOLDS.append(gold(
    "mt08.docx", "response-record", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(PPT, G), (PREV, G), (RESP, RI), (INV, I), (PVP, A), (MOS, A), (WORK, G), (LFM, A), (CDI, G)]),
    afis=[
        stmt(F, P2122, RESP, "The force should make sure that calls for service are answered promptly and that it meets its own targets for attending incidents.", True),
        stmt(F, P2122, RESP, "The force should make sure that the THRIVE risk assessment is always completed and recorded when calls are received.", True),
        stmt(F, P2122, PVP, "The force should improve how it shares information with partner agencies about children who are at risk of exploitation.", True),
        stmt(F, P2122, MOS, "The force should reduce the time it takes to arrest wanted suspects.", True),
    ],
    recs=[
        stmt(F, P2122, INV, "Within six months, the force should make sure that all investigations are allocated to an investigator with the right skills and experience, and that supervisors review them regularly.", True),
        stmt(F, P2122, INV, "Within six months, the force should make sure that it records whether victims want to support an investigation, and the reasons if they do not.", True),
    ],
    coc=[stmt(F, P2122, INV, "Gwent Police is not carrying out effective investigations, which means that too many victims do not receive a satisfactory outcome.", False)],
    people=[person("Pam Kelly", "chief-constable", F, "Chief Constable"),
            person("Amanda Blakeman", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Jeff Cuthbert", "commissioner", F, "Police and Crime Commissioner for Gwent")],
    notes=["Word header/footer (saved-copy note) are not part of the body.",
           "The cause of concern's own paragraph has no update (the 'Our progress' paragraphs answer the recommendations), so has_force_update is false for it and true for each recommendation.",
           "The PVP AFI's progress cell says 'Not yet started - scheduled ...'; that is still the force's update, so true.",
           "'fourteen areas for improvement' is a count. Joint Firearms Unit partners (South Wales, Dyfed-Powys) are named in passing.",
           "'Good use of resources' -> leadership-management; 'Developing a positive workplace' -> workforce."]))

# mt09 -- Dorset Word copy of a 2016 news item on its 2015 PEEL reports
F = "Dorset Police"
GOLDS.append(gold(
    "mt09.docx", "press-release", [F, "Devon and Cornwall Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp(F, "2015", LEG, H)],
    grades(F, "2015", [(None, G), (PREV, G), (INV, G), (PVP, G), (SOC, G)], pillar=EFF)
    + grades(F, "2015", [(None, G), ("using-resources", G), ("planning-future", RI)], pillar=EFC)
    + grades(F, "2015", [(None, G)], pillar=LEG),
    afis=[
        stmt(F, "2015", None, "Dorset Police should ensure that officers attending incidents of domestic abuse always complete the risk assessment before they leave the scene.", pillar=EFF),
        stmt(F, "2015", None, "Dorset Police should improve the way it analyses information about organised crime groups so that it understands the full range of threats they pose.", pillar=EFF),
    ],
    people=[person("Debbie Simpson", "chief-constable", F, "Chief Constable"),
            person("Martyn Underhill", "commissioner", F, "Police and Crime Commissioner for Dorset")],
    notes=["Release dated 18 February 2016 about the 2015 PEEL year; legitimacy 'published on 11 February 2016' is still period 2015.",
           "'good at keeping people safe and reducing crime' is the 2015 effectiveness pillar question, so Effectiveness/null Good.",
           "'plans for the future workforce were judged to require improvement' -> planning-future RI.",
           "The AFIs are numbered with no question heading: question null (the first is plainly protecting-vulnerable). 'Work on both is under way' is too general to count as an update per AFI: false.",
           "National 'outstanding' / 'inadequate' counts name no force. Devon and Cornwall Police is an alliance partner named in passing."]))

# mt10 -- Bedfordshire markdown 'How are we doing?', PEEL 2023-25
F = "Bedfordshire Police"
GOLDS.append(gold(
    "mt10.md", "press-release", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122)],
    grades(F, P2325, [(PPT, A), (PREV, G), (RESP, G), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G)])
    + grades(F, P2122, [(PREV, O)]),
    afis=[
        stmt(F, P2325, INV, "The force should make sure that investigations are supervised effectively and that investigation plans are recorded on its crime system."),
        stmt(F, P2325, INV, "The force should improve the quality of the evidence it gathers in cases of violence against women and girls, so that more of them reach court."),
        stmt(F, P2325, INV, "The force should make sure that it complies with the Code of Practice for Victims of Crime, including carrying out needs assessments and telling victims about their rights."),
    ],
    people=[person("Trevor Rodenhurst", "chief-constable", F, "Chief Constable"),
            person("John Tizard", "commissioner", F, "Police and Crime Commissioner for Bedfordshire")],
    notes=["Markdown table of grades; numbered grading scale names all five grades and gives nothing.",
           "'In its previous inspection, PEEL 2021/22, the force was rated outstanding at preventing crime' gives a 2021/22 judgement; its inspectorate is not stated for that year, so null.",
           "The lead-in says 'three of them about investigating crime', so the three AFIs take investigating-crime (the third, on the Victims' Code, fits least well).",
           "'good practice' is a distractor. Hertfordshire and Cambridgeshire are collaboration partners named in passing."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
