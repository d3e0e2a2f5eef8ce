"""Write gold/mg01.json ... gold/mg10.json for corpus88 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG, PEEL = "Effectiveness", "Efficiency", "Legitimacy", "PEEL"


def insp(force, period, pillar=PEEL, inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, pillar, question, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def grades(force, period, pillar, pairs):
    return [jd(force, period, pillar, q, g) for q, g in pairs]


def stmt(force, period, pillar, question, text, update=False):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


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

# mg01 -- local paper (HTML), Bedfordshire, Effectiveness 2016 ---------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "mg01.html", "press-release", [F, "Hertfordshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    [jd(F, "2016", EFF, None, I)] + grades(F, "2016", EFF, [
        ("protecting-vulnerable", I), ("preventing-crime", RI), ("investigating-crime", RI),
        ("serious-organised-crime", G)]) + [jd(F, "2015", EFF, None, RI)],
    coc=[stmt(F, "2016", EFF, "protecting-vulnerable",
              "The force's response to reports of missing children is not good enough. Call handlers do not assess risk consistently when the call first comes in, and some children who should be treated as high risk are not.")],
    recs=[stmt(F, "2016", EFF, "protecting-vulnerable",
               "Within three months, the force should make sure that every report of a missing child is risk-assessed by a trained supervisor before the call is closed."),
          stmt(F, "2016", EFF, "protecting-vulnerable",
               "Within six months, the force should agree with the local authorities a single process for return interviews, so that what children say about why they went missing is shared and acted on.")],
    people=[person("Bernadette Sallis", "inspector", H, "HM Inspector of Constabulary"),
            person("Hugh Penrose", "chief-constable", F, "Chief Constable"),
            person("Margaret Oyelowo", "commissioner", F, "Police and Crime Commissioner")],
    also={"forces": ["Cambridgeshire Constabulary"]},
    notes=["The genre enum has no 'news' value; news stories are filed as press-release throughout this corpus.",
           "Question grades are stated twice (prose and the Key findings box); specialist capabilities is 'not graded this year', so nothing.",
           "'When HMIC last looked at effectiveness, in 2015, it judged the force to require improvement' gives the 2015 Effectiveness judgement, inspectorate HMIC.",
           "The cause of concern and the two recommendations sit in the Key findings box; the recommendations follow the cause of concern, so they take its question. The CC's reply is general, not per statement, so has_force_update is false.",
           "Assistant Chief Constable Dan Rafferty is not a person fact. 'Beds, Cambs and Herts' in a related-stories link: Cambridgeshire is only named as 'Cambs' (not a forces.csv alias), so it is in also_acceptable.forces; Hertfordshire Constabulary is named in full in another link.",
           "The grading-key sentence names four grades and gives nothing."]))

# mg02 -- local radio site (HTML), Hampshire, Effectiveness 2016 --------------------------
F = "Hampshire Constabulary"
others = [("Durham Constabulary", O), ("Dorset Police", G), ("Surrey Police", G),
          ("Thames Valley Police", G), ("Wiltshire Police", G), ("Sussex Police", RI),
          ("Devon and Cornwall Police", RI), ("Bedfordshire Police", I)]
GOLDS.append(gold(
    "mg02.html", "national-release", [F] + [f for f, _ in others], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF)] + [insp(f, "2016", EFF, H) for f, _ in others],
    [jd(F, "2016", EFF, None, RI)] + grades(F, "2016", EFF, [
        ("preventing-crime", G), ("serious-organised-crime", G), ("investigating-crime", RI),
        ("protecting-vulnerable", RI)]) + [jd(F, "2015", EFF, None, RI)]
    + [jd(f, "2016", EFF, None, g) for f, g in others],
    people=[person("Siobhan Marriott", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Reg Tolliver", "commissioner", F, "Police and Crime Commissioner")],
    notes=["Genre: a radio station's story that is half local (Hampshire) and half league table; filed as national-release because it grades nine forces.",
           "'It is the second year running that Hampshire's overall grade has been requires improvement' states the 2015 grade word, so the 2015 Effectiveness judgement is main (no inspectorate stated for it).",
           "The ':: Good' etc. list gives each named force's 2016 overall effectiveness grade ('HMIC graded forces ... as follows'), inspectorate HMIC. Forces are written by short names (Durham, Thames Valley, Devon and Cornwall).",
           "Dorset Police and Devon and Cornwall Police are also named in a sidebar headline. 'Good is not good enough' (PCC) is a distractor. The Isle of Wight Fire and Rescue Service is not a force."]))

# mg03 -- BBC local page printed to PDF, Cleveland, PEEL 2018/19 --------------------------
F = "Cleveland Police"
P = "2018/19"
GOLDS.append(gold(
    "mg03.pdf", "press-release", [F, "Durham Constabulary"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, PEEL, [("investigating-crime", I), ("protecting-vulnerable", I),
                        ("planning-future", I), ("preventing-crime", RI),
                        ("fair-treatment-workforce", I)]),
    coc=[stmt(F, P, PEEL, "planning-future",
              "The force does not understand the demand it faces well enough to plan how many officers and staff it will need, or what skills they should have.")],
    people=[person("Roderick Ashby", "inspector", HF, "HM Inspector of Constabulary"),
            person("Joanne Kirtley", "chief-constable", F, "Acting Chief Constable", "acting"),
            person("Gordon Pybus", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": [jd(F, P, EFF, None, I), jd(F, P, EFC, None, I), jd(F, P, LEG, None, I)]},
    notes=["2018/19 follows dev12: question grades have pillar PEEL; 'inadequate for effectiveness, efficiency and legitimacy' is three whole-pillar grades, in also_acceptable. No overall PEEL grade is stated.",
           "'the way it treats its own workforce' -> fair-treatment-workforce; 'planning for the future' -> planning-future.",
           "Four causes of concern are counted; only one is quoted (it is about workforce planning, so planning-future). The others are paraphrased.",
           "'Durham Constabulary named outstanding force again - 2 May 2019' is a related-story headline with no period or pillar: Durham is in forces only. Cleveland Fire Brigade is not a force. 'took temporary charge' does not change the title 'Acting Chief Constable'."]))

# mg04 -- Welsh regional paper, Word copy, Dyfed-Powys, PEEL 2021/22 -----------------------
F = "Dyfed-Powys Police"
P = "2021/22"
GOLDS.append(gold(
    "mg04.docx", "press-release", [F, "North Wales Police", "Gwent Police", "South Wales Police"], [HF],
    [insp(F, P, PEEL, HF), insp("North Wales Police", P, PEEL)],
    grades(F, P, PEEL, [("preventing-crime", G), ("treatment-of-public", A),
                        ("responding-to-public", RI), ("investigating-crime", A),
                        ("protecting-vulnerable", A), ("managing-offenders", G),
                        ("workforce", G), ("leadership-management", A),
                        ("crime-recording", G)]) + [jd("North Wales Police", P, PEEL, "responding-to-public", G)],
    afis=[stmt(F, P, PEEL, "responding-to-public",
               "The force should make sure that it answers non-emergency calls promptly, and that callers who give up waiting are identified and called back where there may be a risk to them.")],
    people=[person("Helena Broadbent", "inspector", HF, "HM Inspector of Constabulary"),
            person("Ifan Prydderch", "chief-constable", F, "Chief Constable"),
            person("Aled ap Rhys", "commissioner", F, "Police and Crime Commissioner")],
    notes=["Grades are given twice: in prose and in the 'Key findings at a glance' table. 'Developing a positive workplace' -> workforce; 'Good use of resources' / 'making good use of its resources' -> leadership-management; 'Recording data about crime' -> crime-recording. Victims: 'Not graded'.",
           "Nine areas for improvement are counted; one is quoted (Intense Quote style). The Clare's Law sentence is the reporter's paraphrase ('should improve the way it uses Clare's Law disclosures') and is explicitly 'not a cause of concern'; it is not a quoted statement.",
           "'North Wales Police was graded good at responding to the public in its own inspection' (earlier this month, i.e. 2021/22) gives a North Wales judgement; no inspectorate is stated for it.",
           "The Word header ('COPY - ... not for print') is not body text. The PCC is named 'Dyfed-Powys Police and Crime Commissioner Aled ap Rhys'; the title is taken as 'Police and Crime Commissioner'. Mid and West Wales Fire and Rescue Service is not a force."]))

# mg05 -- ITV regional page (HTML), Lincolnshire, PEEL 2023-25 ----------------------------
F = "Lincolnshire Police"
P = "2023-25"
GOLDS.append(gold(
    "mg05.html", "press-release", [F, "Humberside Police", "Nottinghamshire Police"], [HF],
    [insp(F, P, PEEL, HF), insp(F, "2021/22", PEEL)],
    grades(F, P, PEEL, [("treatment-of-public", G), ("preventing-crime", G),
                        ("responding-to-public", G), ("managing-offenders", G),
                        ("workforce", G), ("leadership-management", G),
                        ("protecting-vulnerable", A), ("investigating-crime", RI)])
    + [jd(F, "2021/22", PEEL, "responding-to-public", RI)],
    coc=[stmt(F, P, PEEL, "investigating-crime",
              "The force isn't making sure that investigations are properly supervised and carried out to a consistently good standard, so too many victims don't get the outcome they should.")],
    people=[person("Lee Carrington", "inspector", HF, "HM Inspector of Constabulary"),
            person("Rachel Underhay", "chief-constable", F, "Chief Constable"),
            person("Martin Hargreaves-Lowe", "commissioner", F, "Police and Crime Commissioner")],
    notes=["The 'Good' bullet lists six areas separated by commas, one of which ('building, supporting and protecting the workforce') itself contains commas.",
           "'two years ago, when inspectors judged the force to require improvement in that area' gives a 2021/22 responding-to-public judgement (no inspectorate stated for it).",
           "The recommendations are only paraphrased ('Inspectors want the force, within six months, to ...'), so there are no recommendation facts. Four AFIs are counted, none quoted.",
           "Related headlines: 'Humberside Police graded outstanding in four areas' names no area, so no judgement; Nottinghamshire Police has no grade. Humberside Fire and Rescue Service is not a force. The grading key names all five grades."]))

# mg06 -- AMP page, Merseyside, PEEL 2021/22 ----------------------------------------------
F = "Merseyside Police"
P = "2021/22"
GOLDS.append(gold(
    "mg06.html", "press-release", [F, "Cheshire Constabulary", "Greater Manchester Police"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, PEEL, [("preventing-crime", O), ("investigating-crime", G),
                        ("protecting-vulnerable", G), ("managing-offenders", G),
                        ("treatment-of-public", G), ("workforce", G),
                        ("leadership-management", G), ("responding-to-public", A)]),
    people=[person("Andrea Tolland", "inspector", HF, "HM Inspector of Constabulary"),
            person("Sheila Fairbrother", "chief-constable", F, "Chief Constable"),
            person("Emily Kinsella", "commissioner", F, "Police Commissioner")],
    notes=["AMP markup (amp-img, amp-ad placeholders, amp-consent). 'building a positive workplace' -> workforce; 'making good use of its resources' -> leadership-management; 'how it treats the public' -> treatment-of-public.",
           "'four areas for improvement and no causes of concern' gives no statement. Merseyside Fire and Rescue Service's 'outstanding' is a fire inspection. Cheshire ('Cheshire Police') and GMP are named only in READ MORE links.",
           "The PCC is called 'Police Commissioner' as written."]))

# mg07 -- print version to PDF, Durham, Efficiency 2015 -----------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "mg07.pdf", "press-release", [F, "Cleveland Police", "Northumbria Police"], [H],
    [insp(F, "2015", EFC, H), insp(F, "2014", EFC, H), insp("Cleveland Police", "2015", EFC),
     insp("Northumbria Police", "2015", EFC)],
    [jd(F, "2015", EFC, None, O)] + grades(F, "2015", EFC, [
        ("understanding-demand", O), ("using-resources", O), ("planning-future", O)])
    + [jd(F, "2014", EFC, None, G), jd("Cleveland Police", "2015", EFC, None, G),
       jd("Northumbria Police", "2015", EFC, None, G)],
    people=[person("Michael Ravensworth", "chief-constable", F, "Chief Constable"),
            person("Roland Hebburn", "commissioner", F, "Police, Crime and Victims\u2019 Commissioner")],
    notes=["The three questions are described in one sentence and graded by 'outstanding on all three questions, and outstanding overall'.",
           "'an improvement on last year, when the same inspectors judged the force to be good at efficiency' gives a 2014 Efficiency judgement; 'the same inspectors' is HMIC.",
           "'HMIC made no recommendations'; the sickness remark is explicitly 'not ... an area for improvement'. Comments ('Outstanding at saving money maybe') are distractors.",
           "Cleveland and Northumbria are graded good for efficiency in passing; no inspectorate is stated for them."]))

# mg08 -- text copied from a page, Humberside, Effectiveness 2017 -------------------------
F = "Humberside Police"
GOLDS.append(gold(
    "mg08.txt", "press-release", [F, "North Yorkshire Police", "Durham Constabulary"], [HF],
    [insp(F, "2017", EFF, HF), insp("Durham Constabulary", "2017", EFF)],
    [jd(F, "2017", EFF, None, RI)] + grades(F, "2017", EFF, [
        ("preventing-crime", G), ("investigating-crime", RI), ("protecting-vulnerable", RI),
        ("serious-organised-crime", G)]) + [jd("Durham Constabulary", "2017", EFF, None, O)],
    afis=[stmt(F, "2017", EFF, "investigating-crime",
               "The force should improve the supervision of investigations into less serious crime, so that every investigation has a plan and victims are told how it is progressing."),
          stmt(F, "2017", EFF, "investigating-crime",
               "The force should reduce the time it takes to examine seized phones and computers, so that investigations are not held up.")],
    people=[person("Martin Edgecombe", "inspector", HF, "HM Inspector of Constabulary"),
            person("Chris Brindley-Yates", "chief-constable", F, "Temporary Chief Constable", "temporary"),
            person("Keith Oldroyd", "commissioner", F, "Police and Crime Commissioner")],
    also={"inspections": [insp(F, "2016", EFF)],
          "judgements": [jd(F, "2016", EFF, None, RI)],
          "areas_for_improvement": [stmt(F, "2017", EFF, "protecting-vulnerable",
                                         "the force should make sure it shares information about children at risk with partner agencies promptly.")]},
    notes=["'It is the same overall grade the force was given a year ago' names no grade word for 2016: also_acceptable only.",
           "The question grades are in a lead-in plus lines ('Inspectors said the force is' / ''good' at ...'). The two AFIs under 'On investigations, it says:' are quoted as full sentences -> investigating-crime. The vulnerability one is reported speech inside a sentence, so it is only in also_acceptable.",
           "'Nationally, Durham Constabulary was the only force to be graded outstanding' gives Durham's 2017 effectiveness grade (no inspectorate stated for it).",
           "The Police Federation chair and the Assistant Chief Constable are not person facts. Page furniture (Read More, Most Read) is kept as copied."]))

# mg09 -- Markdown clipping, Avon and Somerset, PEEL 2018/19 ------------------------------
F = "Avon and Somerset Constabulary"
P = "2018/19"
GOLDS.append(gold(
    "mg09.md", "press-release",
    [F, "Wiltshire Police", "Gloucestershire Constabulary", "Devon and Cornwall Police"], [HF],
    [insp(F, P, PEEL, HF)],
    grades(F, P, PEEL, [("preventing-crime", G), ("investigating-crime", G),
                        ("serious-organised-crime", G), ("planning-future", O),
                        ("using-resources", G), ("ethical-lawful-workforce", G)]),
    people=[person("Rosalind Penhallow", "inspector", HF, "HM Inspector of Constabulary"),
            person("Andrew Brackenbury", "chief-constable", F, "Chief Constable"),
            person("Clare Winstanley", "commissioner", F, "Police and Crime Commissioner")],
    also={"judgements": [jd(F, P, EFC, None, O), jd(F, P, EFF, None, G), jd(F, P, LEG, None, G),
                         jd(F, P, PEEL, "understanding-demand", G)]},
    notes=["2018/19 follows dev12: the three whole-pillar grades in the first two paragraphs are in also_acceptable; question grades have pillar PEEL.",
           "'good at meeting current demands and using its resources' is the 2018/19 efficiency question on current demand and resources: using-resources in the main gold, understanding-demand in also_acceptable.",
           "'Its work to protect vulnerable people ... the grade from 2017 stands' names no grade. 'It treats the public fairly' has no grade word.",
           "Three AFIs are counted, none quoted. The YAML front matter is part of the file. Avon and Somerset Fire and Rescue Service is not a force."]))

# mg10 -- Word copy for a cuttings file, Kent, Legitimacy 2017 ----------------------------
F = "Kent Police"
GOLDS.append(gold(
    "mg10.docx", "press-release", [F, "Essex Police", "Sussex Police"], [HF],
    [insp(F, "2017", LEG, HF), insp(F, "2016", LEG), insp("Essex Police", "2017", LEG, HF)],
    [jd(F, "2017", LEG, None, O)] + grades(F, "2017", LEG, [
        ("fair-treatment-public", O), ("fair-treatment-workforce", O),
        ("ethical-lawful-workforce", G)]) + [jd(F, "2016", LEG, None, O),
                                               jd("Essex Police", "2017", LEG, None, G)],
    afis=[stmt(F, "2017", LEG, "ethical-lawful-workforce",
               "The force should clear its backlog of vetting renewals, so that all officers and staff hold vetting at the level their post requires.", True)],
    people=[person("Alan Pughsley-Harte", "chief-constable", F, "Chief Constable"),
            person("Matthew Scullion", "commissioner", F, "Police and Crime Commissioner"),
            person("Zara Whitlock", "inspector", HF, "HM Inspector of Constabulary")],
    notes=["'graded outstanding on the first and third of those questions. On ethical and lawful behaviour it was judged good': the questions are identified by their order in the previous paragraph.",
           "'in 2016 it was also judged outstanding' gives the 2016 Legitimacy judgement (no inspectorate stated for it).",
           "The vetting AFI is quoted in Word's Quote style; the force spokesman's figures on renewals completed are the force's update, so has_force_update is true.",
           "'Essex Police ... was graded good' refers to the same legitimacy round, published alongside by HMICFRS. 'good practice' and the readers' comments are distractors. The footer is not body text. Kent Fire and Rescue Service is not a force."]))


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
