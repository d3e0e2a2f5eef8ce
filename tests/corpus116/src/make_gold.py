"""Write gold/nk01.json ... gold/nk10.json for corpus116 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"


def insp(f, period, pillar="PEEL", inspectorate=None):
    return {"force": f, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def j(f, period, pillar, q, grade):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "grade": grade}


def st(f, period, pillar, q, text, upd=False):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "text": text,
            "has_force_update": upd}


def person(name, role, org, title, q=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": q}


def gold(doc, genre, forces, insps, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces,
         "inspectorates": insps, "inspections": inspections, "judgements": list(judgements),
         "areas_for_improvement": list(afis), "recommendations": list(recs),
         "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

F = "West Mercia Police"
GOLDS.append(gold(
    "nk01.html", "national-release", [F, "Warwickshire Police"], [HF],
    [insp(F, "2023-25", inspectorate=HF)],
    [j(F, "2023-25", "PEEL", "investigating-crime", RI),
     j(F, "2023-25", "PEEL", "responding-to-public", A),
     j(F, "2023-25", "PEEL", "preventing-crime", G),
     j(F, "2023-25", "PEEL", "managing-offenders", G)],
    afis=[st(F, "2023-25", "PEEL", "investigating-crime",
             "The force should make sure that victims are kept updated throughout the investigation of their crime and that their wishes are recorded.")],
    people=[person("Gareth Penhaligon", "commissioner", F, "Police and Crime Commissioner"),
            person("Rhiannon Castell", "chief-constable", F, "Chief Constable")],
    notes=["Local news election guide with candidates' statements. Only the incumbent's statement names the period ('its 2023\u201325 PEEL inspection'); "
           "the challengers' 'latest PEEL report' and 'HMICFRS found' are the same (latest) inspection, so all four grades are 2023-25.",
           "The AFI is quoted by a candidate as a promise; the candidate's promise is not a force update.",
           "Candidates (including a former Chief Superintendent) are not person facts; only the sitting PCC and the Chief Constable are. "
           "Warwickshire Police is named in passing. The fire service headline is a distractor. Polling day 2 May 2024 is not the period."]))

F = "Cleveland Police"
GOLDS.append(gold(
    "nk02.pdf", "press-release", [F, "Durham Constabulary"], [H],
    [insp(F, "2015", "Effectiveness", H)],
    [j(F, "2015", "Effectiveness", None, RI)],
    afis=[st(F, "2015", "Effectiveness", "protecting-vulnerable",
             "Cleveland Police should improve how it identifies vulnerable and repeat victims when they first contact the police, so that they get the right response.")],
    people=[person("Derek Boyce", "commissioner", F, "Commissioner")],
    also={"inspections": [insp("Durham Constabulary", "2015", "Efficiency", H)],
          "judgements": [j("Durham Constabulary", "2015", "Efficiency", None, O)]},
    notes=["Candidate's election leaflet (genre: none fits; press-release is the nearest). 'rated ... requires improvement for effectiveness' in 2015 is an attack line on the incumbent.",
           "Durham's 'outstanding for efficiency' has no year of its own ('the same inspectors'); it is almost certainly 2015 but only loosely stated, so also_acceptable.",
           "The AFI is quoted as something the candidate will hold the Chief Constable to: no force update. Its key is protecting-vulnerable (vulnerable and repeat victims).",
           "The candidate and the promoter are not person facts. November 2012 and 5 May 2016 are election dates, not periods."]))

F = "Gloucestershire Constabulary"
AS = "Avon and Somerset Constabulary"
GOLDS.append(gold(
    "nk03.docx", "press-release", [F, AS, "Wiltshire Police"], [HF],
    [insp(F, "2018/19", "PEEL", HF), insp(F, "2017", "Efficiency"), insp(AS, "2018/19", "PEEL", HF)],
    [j(F, "2018/19", "PEEL", None, RI), j(F, "2017", "Efficiency", None, RI),
     j(AS, "2018/19", "PEEL", None, G)],
    afis=[st(F, "2018/19", "PEEL", "understanding-demand",
             "The constabulary should improve its understanding of the demand it faces, including demand that is hidden or less likely to be reported, so that it can match its resources to that demand."),
          st(F, "2018/19", "PEEL", "investigating-crime",
             "The constabulary should make sure that investigations are allocated to officers with the right skills and are supervised effectively.")],
    people=[person("Howard Treleaven", "commissioner", F, "Commissioner"),
            person("Rod Ashfield", "chief-constable", F, "Chief Constable")],
    also={"judgements": [j(F, "2018/19", "Legitimacy", None, G)]},
    notes=["Party manifesto (Word). 'judged ... to require improvement overall' in the 2018/19 PEEL inspection is the PEEL overall grade (as dev12).",
           "'good at treating the public and its own workforce legitimately' is a 2018/19 pillar grade (Legitimacy): also_acceptable only, as dev12 does.",
           "'Back in 2017 the inspectorate had already rated the constabulary's efficiency as requiring improvement': 2017 Efficiency; the inspectorate is not named for it, so null.",
           "Avon and Somerset 'judged good in the same round of inspections' = 2018/19 (HMICFRS, the round just named). Wiltshire is named in passing.",
           "The two AFIs sit in the 'HMICFRS said' column; 'Our promise' is the party's, not a force update. The promoter line in the Word header is not body text; the same line is repeated in the body."]))

F = "Essex Police"
GOLDS.append(gold(
    "nk04.txt", "national-release", [F, "Bedfordshire Police"], [H],
    [insp(F, "2015", "Effectiveness", H), insp(F, "2015", "Legitimacy", H),
     insp(F, "2015", "Efficiency", H), insp(F, "2014", "Efficiency", H)],
    [j(F, "2015", "Effectiveness", None, RI),
     j(F, "2015", "Effectiveness", "protecting-vulnerable", RI),
     j(F, "2015", "Legitimacy", None, G), j(F, "2015", "Efficiency", None, G),
     j(F, "2014", "Efficiency", None, RI)],
    afis=[st(F, "2015", "Effectiveness", "protecting-vulnerable",
             "Essex Police should ensure that officers and staff understand how to identify vulnerability and that they record risk assessments for victims of domestic abuse consistently.")],
    people=[person("Nigel Ashworth", "commissioner", F, "Commissioner")],
    also={"people": [person("Martin Aldous", "chief-constable", "Bedfordshire Police", "Chief Constable")]},
    notes=["Hustings (radio debate) transcript. 'Last year' in a 2016 broadcast is 2015, and the presenter confirms 'The 2015 effectiveness grade for Essex was requires improvement'.",
           "UKIP's 'rated inadequate' is corrected by the presenter: no Inadequate judgement. The crime-recording inspection is not a PEEL grade and has no grade word.",
           "'in 2014 the inspectors said our efficiency required improvement' gives a 2014 Efficiency judgement (HMIC, the inspectors named in the same answer).",
           "Martin Aldous is a former Chief Constable of Bedfordshire Police standing as a candidate: also_acceptable only (a title he no longer holds).",
           "Nigel Ashworth is first called 'the sitting Commissioner'. The fire and rescue question is a distractor."]))

F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nk05.md", "press-release", [F, "Dorset Police"], [HF],
    [insp(F, "2021/22", "PEEL", HF), insp("Dorset Police", "2021/22", "PEEL", HF)],
    [j(F, "2021/22", "PEEL", "responding-to-public", I),
     j(F, "2021/22", "PEEL", "investigating-crime", RI),
     j("Dorset Police", "2021/22", "PEEL", "responding-to-public", G)],
    afis=[st(F, "2021/22", "PEEL", "investigating-crime",
             "The force should make sure that investigations are allocated to appropriately trained staff and that supervisors review them regularly.")],
    coc=[st(F, "2021/22", "PEEL", "responding-to-public",
            "Devon and Cornwall Police needs to improve how quickly it answers emergency and non-emergency calls, so that it can identify vulnerability and respond to it appropriately.")],
    people=[person("Jim Colwill", "chief-constable", F, "Chief Constable"),
            person("Judith Penrose", "commissioner", F, "Commissioner")],
    notes=["Candidate's blog post. The cause of concern is a Markdown block quote; the AFI is split over two bullets after the candidate's own lead-in 'The report also said that:', so the AFI text is the two bullets joined.",
           "Dorset 'graded good ... in the same round of inspections' = 2021/22, HMICFRS. A commenter's 'outstanding' for Dorset is corrected in the reply ('good ..., not outstanding'): no Outstanding judgement.",
           "The 'engage' stage is a monitoring status, not a grade. The 2023-25 inspection is only 'due'. 'Chief Constable Jim Colwill ... have put more call handlers on' is not attached to a statement, so has_force_update stays false.",
           "The author (a retired detective sergeant) is a candidate, not a person fact."]))

F = "Staffordshire Police"
GOLDS.append(gold(
    "nk06.html", "national-release", [F], [HF],
    [insp(F, "2023-25", "PEEL", HF), insp(F, "2021/22", "PEEL", HF)],
    [j(F, "2023-25", "PEEL", "responding-to-public", RI),
     j(F, "2023-25", "PEEL", "investigating-crime", RI),
     j(F, "2023-25", "PEEL", "protecting-vulnerable", A),
     j(F, "2023-25", "PEEL", "preventing-crime", G),
     j(F, "2021/22", "PEEL", "responding-to-public", RI)],
    people=[person("Michael Tennant", "commissioner", F, "Staffordshire Commissioner"),
            person("Chris Noakes", "chief-constable", F, "Chief Constable")],
    notes=["Fact-check of a candidate's claim. The claimed 'inadequate' is wrong and gives no judgement; the grading-scale sentence names all five grades and gives nothing.",
           "'graded requires improvement for responding to the public as well' in the 2021/22 PEEL inspection gives a 2021/22 judgement.",
           "Staffordshire Fire and Rescue Service is a distractor (no grade stated). The PFCC's real title is 'Staffordshire Commissioner ...'; the document names him 'The Staffordshire Commissioner, Michael Tennant'."]))

F = "Kent Police"
GOLDS.append(gold(
    "nk07.pdf", "press-release", [F], [HF],
    [insp(F, "2018/19", "PEEL"), insp(F, "2017", "Legitimacy", HF)],
    [j(F, "2018/19", "PEEL", None, G), j(F, "2017", "Legitimacy", None, O)],
    people=[person("Priya Vasani", "commissioner", F, "Police and Crime Commissioner-elect for Kent"),
            person("Gareth Lowther", "chief-constable", F, "Chief Constable")],
    notes=["Results page (declaration of result) with the winner's first statement. 'graded good in its 2018/19 PEEL inspection' is the PEEL overall grade; no inspectorate is named for it (HMICFRS is named only for 2017).",
           "'back in 2017 HMICFRS judged its legitimacy to be outstanding' gives a 2017 Legitimacy judgement.",
           "The winner is named 'Police and Crime Commissioner-elect for Kent' in the statement heading; she is taken as a commissioner. Losing candidates and the Police Area Returning Officer are not person facts.",
           "Poll, count and swearing-in dates (May 2021) are not periods. 'Kent Police Area' is an electoral area but contains the force name."]))

F = "Dyfed-Powys Police"
GOLDS.append(gold(
    "nk08.docx", "national-release", [F, "Gwent Police", "North Wales Police"], [H],
    [insp(F, "2015", "Efficiency", H), insp(F, "2015", "Effectiveness", H)],
    [j(F, "2015", "Efficiency", None, G), j(F, "2015", "Effectiveness", None, G)],
    afis=[st(F, "2015", "Efficiency", "planning-future",
             "Dyfed-Powys Police should develop a clear and costed plan for its workforce and its buildings beyond 2020, setting out how it will meet future demand with the money it expects to have.")],
    people=[person("Hywel Prosser", "commissioner", F, "Police and Crime Commissioner for Dyfed-Powys"),
            person("Simon Meredith", "chief-constable", F, "Chief Constable")],
    also={"people": [person("Idris Vaughan", "chief-constable", "Gwent Police", "Deputy Chief Constable", "deputy")]},
    notes=["Civic society's written report of a hustings (Word). The incumbent's 'good for efficiency in its 2015 PEEL inspection and good for effectiveness in the same year' gives two 2015 pillar grades.",
           "The AFI is read out by a candidate as a pledge (Word 'Intense Quote' style); 'the years ahead' puts it under planning-future. No force update.",
           "A questioner's 'outstanding' is corrected by the Chair ('good, not outstanding'): no Outstanding judgement.",
           "Idris Vaughan was formerly Deputy Chief Constable of Gwent Police and is now a candidate: also_acceptable only. North Wales Police is compared with no grade. Mid and West Wales Fire and Rescue Service is a distractor.",
           "Hywel Prosser's title is the table cell 'Police and Crime Commissioner for Dyfed-Powys since 2012' without 'since 2012'."]))

CL, CH, HU = "Cleveland Police", "Cheshire Constabulary", "Humberside Police"
GOLDS.append(gold(
    "nk09.txt", "national-release",
    ["Greater Manchester Police", CL, CH, HU, AS, "Cambridgeshire Constabulary", "Metropolitan Police Service"], [HF],
    [insp(CL, "2018/19", "PEEL"), insp(HU, "2018/19", "PEEL")],
    [j(CL, "2018/19", "PEEL", None, I), j(HU, "2018/19", "PEEL", None, G)],
    people=[person("John Danvers", "commissioner", CH, "Police and Crime Commissioner"),
            person("Keith Barlow", "commissioner", HU, "Police and Crime Commissioner for Humberside")],
    also={"inspections": [insp(CL, "2018/19", "Effectiveness"), insp(CL, "2018/19", "Efficiency"),
                          insp(CL, "2018/19", "Legitimacy"), insp(CH, "2018/19", "PEEL"),
                          insp(AS, "2018/19", "PEEL")],
          "judgements": [j(CL, "2018/19", "Effectiveness", None, I), j(CL, "2018/19", "Efficiency", None, I),
                         j(CL, "2018/19", "Legitimacy", None, I), j(CH, "2018/19", "PEEL", None, G),
                         j(AS, "2018/19", "PEEL", None, G)]},
    notes=["Trade-press results round-up after the May 2021 elections. Cleveland 'graded inadequate overall' in the 2018/19 PEEL assessment is the main judgement; its three pillar grades are also_acceptable (as dev12).",
           "Humberside 'went from requires improvement to good in the 2018/19 PEEL inspection': Good for 2018/19; the earlier 'requires improvement' has no period, so nothing.",
           "Cheshire ('rated good in its last PEEL inspection') and Avon and Somerset ('graded good in its most recent inspection') name no period; in May 2021 that was 2018/19, so also_acceptable.",
           "GMP's 'special measures' is a monitoring status with no grade. 'the Met' is named in passing. HMICFRS is named, but not as the grader of any stated grade, so inspections have inspectorate null.",
           "Winners named without a title (Cleveland, Avon and Somerset, Cambridgeshire, North Wales) are not person facts; John Danvers is 'Cheshire's new Police and Crime Commissioner' and a retired assistant chief constable (not a chief officer). Cleveland Fire Brigade is a distractor."]))

F = "Merseyside Police"
GOLDS.append(gold(
    "nk10.md", "national-release", [F, "Lancashire Constabulary", CH], [HF, H],
    [insp(F, "2021/22", "PEEL"), insp(F, "2017", "Legitimacy", HF), insp(F, "2016", "Effectiveness", H)],
    [j(F, "2021/22", "PEEL", "preventing-crime", O),
     j(F, "2021/22", "PEEL", "investigating-crime", G),
     j(F, "2021/22", "PEEL", "protecting-vulnerable", G),
     j(F, "2017", "Legitimacy", "fair-treatment-workforce", RI),
     j(F, "2016", "Effectiveness", None, G)],
    afis=[st(F, "2021/22", "PEEL", "treatment-of-public",
             "Merseyside Police should improve how it records and reviews the use of stop and search, so that supervisors can be confident each search is fair and justified.")],
    people=[person("Joanne Hurst", "commissioner", F, "Police and Crime Commissioner"),
            person("Serena Pallister", "chief-constable", F, "Chief Constable")],
    notes=["Official candidate-statements page (Markdown). The incumbent's statement gives three 2021/22 area grades; no inspectorate is named in it, so that inspection's inspectorate is null.",
           "The AFI is reported, not quoted ('The inspectors said Merseyside Police should ...'); its text is the 'should' sentence. The PCC's scrutiny panel is her own action, not the force's update.",
           "'back in 2017 HMICFRS graded Merseyside Police requires improvement for treating its workforce with fairness and respect' -> 2017 Legitimacy fair-treatment-workforce.",
           "'In 2016 HMIC graded Merseyside Police good at keeping people safe and reducing crime' -> 2016 Effectiveness (the pillar's own question).",
           "'outstanding grades' in the Conservative statement repeats no new fact. Lancashire and Cheshire are compared with no grade. Merseyside Fire and Rescue Service is a distractor. Candidates (a former Chief Superintendent) are not person facts."]))


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
