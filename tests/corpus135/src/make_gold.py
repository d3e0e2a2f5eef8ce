"""Write gold/of01.json ... gold/of10.json for corpus135 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
P21, P23, P18 = "2021/22", "2023-25", "2018/19"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
O, G, A, RI, I = "Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"


def insp(f, period, pillar="PEEL", inspectorate=None):
    return {"force": f, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(f, period, pillar, q, grade):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "grade": grade}


def grades(f, period, pairs, pillar="PEEL"):
    return [j(f, period, pillar, q, g) for q, g in pairs]


def st(f, period, pillar, q, text, upd):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "text": text,
            "has_force_update": upd}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(doc, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# of01 -- Thames Valley Police "HMICFRS inspections" page (HTML), PEEL 2021/22
F = "Thames Valley Police"
GOLDS.append(gold(
    "of01.html", "press-release", [F], [HF],
    [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G),
                    (LFM, A)]),
    people=[person("Jason Hobart", "chief-constable", F, "Chief Constable")],
    also={"inspections": [insp(F, P18, inspectorate=HF)],
          "judgements": [j(F, P18, "Effectiveness", None, G), j(F, P18, "Efficiency", None, G),
                         j(F, P18, "Legitimacy", None, RI)]},
    notes=["The 2021/22 grades are visible words next to icons whose alt text is empty. "
           "'Developing a positive workplace' -> workforce; 'Good use of resources' -> "
           "leadership-management (its 'Good' is a name, the grade is Adequate). Victim service "
           "'Not graded' gives nothing.",
           "The 2018/19 pillar grades exist only as the alt text of icons (src points into a "
           "_files folder). A browser shows alt text only when the image is missing, and they are "
           "whole-pillar 2018/19 grades, so they and the 2018/19 inspection are also_acceptable.",
           "'11 areas for improvement and no causes of concern' is a count. The vetting thematic "
           "and the Royal Berkshire Fire and Rescue Service grade are not force PEEL facts. The "
           "unnamed Deputy Chief Constable is not a person fact."]))

# of02 -- Kent Police Annual Report 2016/17 (PDF, two columns), PEEL 2016
F = "Kent Police"
GOLDS.append(gold(
    "of02.pdf", "press-release", [F, "Essex Police"], [H],
    [insp(F, "2016", "Legitimacy", H), insp(F, "2016", "Effectiveness", H),
     insp(F, "2016", "Efficiency", H), insp(F, "2015", "Legitimacy", H)],
    [j(F, "2016", "Legitimacy", None, O), j(F, "2016", "Legitimacy", "fair-treatment-public", O),
     j(F, "2015", "Legitimacy", None, O),
     j(F, "2016", "Effectiveness", None, G), j(F, "2016", "Effectiveness", "protecting-vulnerable", G),
     j(F, "2016", "Efficiency", None, G)],
    afis=[st(F, "2016", "Effectiveness", None,
             "The force should ensure that all investigations are allocated to staff with the "
             "appropriate skills and are subject to regular supervision.", True),
          st(F, "2016", "Efficiency", None,
             "The force should develop a better understanding of the skills and capabilities of its "
             "workforce so that it can identify any gaps.", False)],
    people=[person("Graham Trewin", "chief-constable", F, "Chief Constable"),
            person("Helen Tanworth", "commissioner", F, "Police and Crime Commissioner for Kent")],
    notes=["'Last year, too, HMIC judged us outstanding in this pillar' gives the 2015 legitimacy grade.",
           "'good at keeping people safe and reducing crime' is the effectiveness pillar grade. The "
           "leadership inspection 'was not graded'. 'good practice' and the national counts give nothing.",
           "AFIs sit under pillar headings, not questions, so question is null. The first has a "
           "'What we have done:' update in the same box; the second has none.",
           "Names are signed name-then-title; the PCC's title is kept in full. Essex Police is a "
           "partner named in passing; Kent Fire and Rescue Service is not a police force."]))

# of03 -- Hertfordshire Constabulary PEEL 2023-25 improvement plan (DOCX)
F = "Hertfordshire Constabulary"
GOLDS.append(gold(
    "of03.docx", "response-record", [F, "Bedfordshire Police"], [HF],
    [insp(F, P23, inspectorate=HF)],
    grades(F, P23, [(PPT, G), (PREV, G), (MOS, G), (WORK, G), (LFM, G), (RESP, A), (PVP, A),
                    (INV, RI)]),
    afis=[st(F, P23, "PEEL", INV, "The force should make sure that investigations are properly "
             "supervised and that supervisors record a clear plan at the start of each investigation.", True),
          st(F, P23, "PEEL", INV, "The force should make sure that victims are updated in line with the "
             "Code of Practice for Victims of Crime, and that this is recorded.", True),
          st(F, P23, "PEEL", INV, "The force should reduce the backlog of digital devices awaiting "
             "examination.", True),
          st(F, P23, "PEEL", RESP, "The force should improve the speed with which it answers "
             "non-emergency calls.", True),
          st(F, P23, "PEEL", PVP, "The force should make sure that officers consider the voice of the "
             "child when they attend domestic abuse incidents.", False)],
    people=[person("Sadie Pennock", "chief-constable", F, "Chief Constable"),
            person("Marcus Ellery", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=["Grades are in one prose sentence whose list items contain commas ('building, supporting "
           "and protecting the workforce').",
           "has_force_update: true where the 'Progress update' cell has text; AFI 5's is empty.",
           "The header and footer are not body text. Bedfordshire Police is named with no grade. The "
           "national race and equality recommendation to chief constables is not a force fact. "
           "'good practice' is a distractor. Leads are posts, not people."]))

# of04 -- Leicestershire Police PEEL 2021/22 action plan (PDF, landscape table)
F = "Leicestershire Police"
N = "Nottinghamshire Police"
GOLDS.append(gold(
    "of04.pdf", "response-record", [F, N], [HF],
    [insp(F, P21, inspectorate=HF), insp(N, P21, inspectorate=None)],
    grades(F, P21, [(INV, RI), (RESP, A), (PVP, A)]) + grades(N, P21, [(PVP, G)]),
    afis=[st(F, P21, "PEEL", RESP, "The force should make sure that it answers 101 calls promptly and "
             "that callers who abandon are called back.", True),
          st(F, P21, "PEEL", PVP, "The force should improve how it uses Clare\u2019s Law to protect "
             "people from domestic abuse.", True),
          st(F, P21, "PEEL", PVP, "The force should make sure that it reviews the bail of suspects in "
             "domestic abuse cases and considers the views of victims before releasing suspects under "
             "investigation.", False),
          st(F, P21, "PEEL", WORK, "The force should improve how it supports the wellbeing of its "
             "investigators.", True)],
    recs=[st(F, P21, "PEEL", INV, "Within six months, the force should make sure that investigations "
             "are allocated to investigators with the appropriate skills and that supervisors review "
             "them regularly.", True),
          st(F, P21, "PEEL", INV, "Within six months, the force should make sure that victims receive "
             "updates in line with the Code of Practice for Victims of Crime and that the reasons for "
             "not pursuing a case are recorded.", True)],
    coc=[st(F, P21, "PEEL", INV, "The force is not consistently carrying out effective "
            "investigations, and victims are not always kept informed of their progress.", True)],
    people=[person("Owen Kettering", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=["'all other graded areas good' names no area, so it gives nothing.",
           "Row kinds come from the Source cell. The national vetting row (to chief constables) and "
           "the good practice row are not PEEL statements. Row 4 has empty status and update cells.",
           "Nottinghamshire's 2021/22 protecting vulnerable people grade is given in passing; the "
           "inspectorate is not stated for it.",
           "'Developing a positive workplace' -> workforce. Leicestershire Fire and Rescue Service "
           "is not a police force."]))

# of05 -- Surrey Police Chief Constable's blog (HTML), PEEL 2023-25
F = "Surrey Police"
S = "Sussex Police"
GOLDS.append(gold(
    "of05.html", "press-release", [F, S], [HF],
    [insp(F, P23, inspectorate=HF), insp(S, P23, inspectorate=None)],
    grades(F, P23, [(PREV, O), (PPT, G), (RESP, G), (PVP, G), (MOS, G), (LFM, G), (INV, A),
                    (WORK, A)]) + grades(S, P23, [(RESP, RI)]),
    afis=[st(F, P23, "PEEL", INV, "The force should make sure that investigation plans are recorded "
             "and that supervisors review them at regular intervals.", True),
          st(F, P23, "PEEL", WORK, "The force should understand why officers in their first three "
             "years of service are leaving, and act on what it finds.", True)],
    people=[person("Tim Courtenay-Lowe", "chief-constable", F, "Chief Constable, Surrey Police"),
            person("Rebecca Ollerton", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=["Each blockquoted AFI is followed by a paragraph saying what the force has done.",
           "'graded good in five areas: ...' is a list whose items contain 'and'. Sussex's grade is "
           "given in passing. 'seven areas for improvement' is a count; 'good practice', the State of "
           "Policing findings and the fire service link give nothing.",
           "The Chief Constable signs name-first, so the title after the name is kept in full. The "
           "unnamed Deputy Chief Constable and PCC are not person facts."]))

# of06 -- Staffordshire Police "You said, we did" (Markdown), PEEL 2018/19
F = "Staffordshire Police"
GOLDS.append(gold(
    "of06.md", "response-record", [F, "West Mercia Police"], [HF],
    [insp(F, P18, inspectorate=HF), insp(F, "2017", "Effectiveness"), insp(F, "2017", "Legitimacy")],
    grades(F, P18, [(PREV, G), (INV, RI), (PVP, RI), ("planning-future", G),
                    ("fair-treatment-public", G)])
    + [j(F, "2017", "Effectiveness", None, RI), j(F, "2017", "Legitimacy", None, G)],
    afis=[st(F, P18, "PEEL", None, "The force should ensure that it has enough trained detectives to "
             "investigate serious and complex crime, and that their workloads are manageable.", True),
          st(F, P18, "PEEL", None, "The force should improve the way it identifies and records "
             "vulnerability when people first contact the police.", True),
          st(F, P18, "PEEL", None, "The force should make sure that it carries out timely checks on "
             "registered sex offenders in line with national guidance.", False)],
    people=[person("Iain Farraday", "chief-constable", F, "Chief Constable")],
    also={"judgements": [j(F, P18, "Effectiveness", None, RI), j(F, P18, "Efficiency", None, G),
                         j(F, P18, "Legitimacy", None, G)]},
    notes=["2018/19 question grades take pillar PEEL with the 2015-17 keys ('Treating the public "
           "fairly' -> fair-treatment-public). The whole-pillar 2018/19 sentences are also_acceptable.",
           "The AFIs sit under no question heading, so question is null. The third has no 'We did:'.",
           "'You said' items are public feedback, not inspection findings. The 2017 grades are in the "
           "'Earlier inspections' list; no inspectorate is named for them.",
           "West Mercia Police is a partner in passing; the PFCC is unnamed; the fire service is not "
           "a police force."]))

# of07 -- Derbyshire Constabulary staff newsletter (TXT), PEEL 2017
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "of07.txt", "press-release", [F, "Nottinghamshire Police"], [HF, H],
    [insp(F, "2017", "Effectiveness", HF), insp(F, "2017", "Legitimacy", HF),
     insp(F, "2016", "Effectiveness", H)],
    [j(F, "2017", "Effectiveness", None, G), j(F, "2017", "Effectiveness", PREV, G),
     j(F, "2017", "Effectiveness", PVP, G), j(F, "2016", "Effectiveness", None, G),
     j(F, "2017", "Legitimacy", None, G)],
    afis=[st(F, "2017", "Effectiveness", None, "The force should improve its understanding of the "
             "nature and scale of hidden harms, such as modern slavery and child sexual exploitation, "
             "in its communities.", False),
          st(F, "2017", "Effectiveness", None, "The force should ensure that neighbourhood officers are "
             "not routinely taken away from their duties to cover response, so that they have time to "
             "solve local problems.", False),
          st(F, "2017", "Legitimacy", None, "The force should make sure that its vetting is up to date "
             "for all officers and staff in posts that require enhanced vetting.", False)],
    people=[person("Carla Wetherby", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Peter Goodhew-Marsh", "chief-constable", F, "Chief Constable")],
    notes=["'in 2016, when HMIC also judged our effectiveness to be good' gives the 2016 grade.",
           "'not inspected this year' rows give nothing. AFIs are numbered across sections and sit "
           "under pillar headings, so question is null.",
           "The DCC's later comments touch AFIs 2 and 3 but are not with the statements, so "
           "has_force_update is false.",
           "The national count (20 forces good) and missing-children recommendation are not force "
           "facts. Derbyshire Fire and Rescue Service is not a police force. Nottinghamshire Police "
           "is named as the DCC's previous force."]))

# of08 -- Warwickshire Police PEEL 2021/22 action plan export (CSV)
F = "Warwickshire Police"
GOLDS.append(gold(
    "of08.csv", "response-record", [F, "West Mercia Police"], [HF],
    [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(INV, RI), (RESP, RI), (PVP, A), (LFM, A), (PREV, G)]),
    afis=[st(F, P21, "PEEL", RESP, "The force should make sure that it answers emergency and "
             "non-emergency calls within national and local standards.", True),
          st(F, P21, "PEEL", PVP, "The force should improve its understanding of the demand relating "
             "to vulnerability, including hidden harms.", True),
          st(F, P21, "PEEL", LFM, "The force should develop a clear plan for the workforce, setting out "
             "the skills it will need after the end of the strategic alliance with West Mercia "
             "Police.", True)],
    recs=[st(F, P21, "PEEL", INV, "Within three months, the force should make sure that all "
             "investigations have a documented plan that is reviewed by a supervisor.", True),
          st(F, P21, "PEEL", INV, "Within six months, the force should make sure that it seeks and "
             "records the views of victims before it finalises a crime with an outcome of evidential "
             "difficulties.", False)],
    coc=[st(F, P21, "PEEL", INV, "The force does not make sure that investigations are carried out to "
            "a consistently good standard or that victims are supported throughout.", True)],
    people=[person("Hannah Corrigan", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=["Grades come from the 'Area grade' column; 'Good use of resources' -> leadership-management. "
           "The preventing-crime grade sits on the good practice row. NAT-07 (national vetting "
           "recommendation) and GP1 are not PEEL statements.",
           "has_force_update: true where the 'Status / latest update' cell has text, even a bare "
           "'Complete' or 'On track'; CoC1-R2's is empty.",
           "A CSV cell is quoted or comma-bounded, so check_gold cannot find statement texts in the "
           "raw file; text/of08.csv puts one cell per line."]))

# of09 -- Essex Police Chief Constable's open letter (DOCX), PEEL 2015 effectiveness
F = "Essex Police"
GOLDS.append(gold(
    "of09.docx", "press-release", [F, "Kent Police"], [H],
    [insp(F, "2015", "Effectiveness", H), insp(F, "2015", "Efficiency", H),
     insp(F, "2015", "Legitimacy", H), insp(F, "2014", "Efficiency", H)],
    [j(F, "2015", "Effectiveness", None, RI), j(F, "2015", "Effectiveness", PREV, G),
     j(F, "2015", "Effectiveness", INV, RI), j(F, "2015", "Effectiveness", PVP, I),
     j(F, "2015", "Efficiency", None, G), j(F, "2014", "Efficiency", None, RI),
     j(F, "2015", "Legitimacy", None, G)],
    afis=[st(F, "2015", "Effectiveness", PVP, "The force should ensure that it assesses the risk to "
             "every missing child consistently and records the reasons for its decisions.", True),
          st(F, "2015", "Effectiveness", INV, "The force should improve the quality of its initial "
             "investigations so that evidence is secured at the first opportunity.", False)],
    people=[person("Benedict Harlowe", "chief-constable", F, "Chief Constable"),
            person("Fiona Ridgewell", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Roger Bellamy", "commissioner", F, "Police and Crime Commissioner for Essex")],
    notes=["'found our response to vulnerable people inadequate' -> protecting-vulnerable Inadequate.",
           "'an improvement on 2014, when our efficiency was judged to require improvement' gives a "
           "2014 efficiency grade.",
           "The lead-in 'The inspectors told us that:' introduces two full-sentence AFIs; each is a "
           "statement of its own. The next paragraph answers the missing-children AFI only. **Unsure.**",
           "'QPM' dropped from the name. Kent Police is named in passing ('good practice' is not a grade)."]))

# of10 -- Lincolnshire Police FMS public summary (TXT), PEEL 2021/22
F = "Lincolnshire Police"
GOLDS.append(gold(
    "of10.txt", "response-record", [F, "Leicestershire Police"], [HF],
    [insp(F, P21, inspectorate=HF)],
    grades(F, P21, [(PPT, G), (PREV, A), (RESP, G), (INV, A), (PVP, RI), (MOS, G), (WORK, G),
                    (LFM, A), (CDI, G)]),
    afis=[st(F, P21, "PEEL", None, "The force should improve how it identifies repeat and vulnerable "
             "victims at the first point of contact.", False),
          st(F, P21, "PEEL", None, "The force should make sure that it has enough trained staff to "
             "manage the risk posed by registered sex offenders.", False),
          st(F, P21, "PEEL", None, "The force should develop a more detailed understanding of its "
             "future demand, so that it can plan its workforce and budget accordingly.", False)],
    people=[person("Rachel Ainscough", "chief-constable", F, "Chief Constable"),
            person("Marc Jonson", "commissioner", F, "Police and Crime Commissioner")],
    notes=["Dotted-leader grade lines; 'Good use of resources' -> leadership-management, 'Recording "
           "data about crime' -> crime-recording.",
           "The AFIs sit under no area heading, so question is null. Responses are in later sections "
           "('set out in section 4 and section 5'), not with the statements: has_force_update false.",
           "'nine areas for improvement' and 'no cause of concern' are counts. The PCC is named "
           "title-first with place words, which are dropped. Leicestershire Police is named with no grade."]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
