"""Write gold/mw01.json ... gold/mw10.json for corpus103 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
SOC, SPEC = "serious-organised-crime", "specialist-capabilities"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
PLAN = "planning-future"
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
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(),
         recs=(), coc=(), people=(), also=None, notes=None):
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

# mw01 -- WebVTT captions of a police, fire and crime panel webcast, Staffordshire, 2021/22
F, P = "Staffordshire Police", "2021/22"
GOLDS.append(gold(
    "mw01.txt", "response-record", [F], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(RESP, I), (INV, RI), (PVP, RI), (LFM, RI), (PREV, A), (PPT, A), (MOS, A),
                  (WORK, G)]),
    afis=[stmt(F, P, INV, "the force should make sure that its investigations are supervised "
               "effectively and that victims are updated on the progress of their case.", True)],
    recs=[stmt(F, P, RESP, "within three months, the force should make sure it has enough call "
               "handlers on duty at times of peak demand to answer calls within national "
               "standards.", True)],
    coc=[stmt(F, P, RESP, "The force does not answer emergency and non-emergency calls quickly "
              "enough, and too many callers abandon their call before it is answered.", True)],
    people=[person("Gareth Ashby", "commissioner", F, "Commissioner"),
            person("Helen Mardell", "chief-constable", F, "Chief Constable"),
            person("Roy Callender", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "WebVTT captions saved as .txt. Voice tags (<v Chair>) are markup, not visible words; the "
        "people facts come from the spoken introductions. The grades are spread over cues 7-11, "
        "one grade word per cue group ('requires improvement for investigating crime, and for "
        "protecting vulnerable people' gives two); 'good use of resources' -> leadership-management "
        "and its 'good' is not a grade; 'good, good for developing a positive workplace' -> workforce. "
        "Victim service 'isn't graded'.",
        "Each read-out statement sits inside one cue, after 'quote,' or 'it says'. The cause of concern "
        "and the recommendation are answered by the Chief Constable's call-handling figures (cues "
        "18-20) and the area for improvement by cues 31-32: has_force_update true.",
        "'the fire service was graded good' is Staffordshire Fire and Rescue Service: no judgement. "
        "'eighteen areas for improvement' is a count. 30 September / October dates are not the period. "
        "Councillors are not person facts.",
    ]))

# mw02 -- SRT captions of a chief constable's video message, Lancashire, PEEL 2017
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "mw02.txt", "press-release", [F, "Merseyside Police", "Cumbria Constabulary"], [HF],
    [insp(F, "2017", EFC, HF), insp(F, "2017", EFF, HF), insp(F, "2017", LEG, HF),
     insp(F, "2016", EFF)],
    grades(F, "2017", [(None, G)], EFC) + grades(F, "2017", [(None, G)], EFF)
    + grades(F, "2017", [(None, G), (FTP, O)], LEG) + grades(F, "2016", [(None, RI)], EFF),
    afis=[stmt(F, "2017", PVP, "The constabulary should improve how it supervises investigations "
               "of crimes against vulnerable people.", True, EFF)],
    people=[person("Martin Ekwall", "chief-constable", F,
                   "Chief Constable of Lancashire Constabulary")],
    notes=[
        "SRT subtitles saved as .txt. The inspectorate's name is split over subtitles 4 and 5 "
        "('Her Majesty's Inspectorate of Constabulary' / 'and Fire and Rescue Services'), which a "
        "viewer reads as one name: HMICFRS. check_gold sees the cue number and time code between "
        "the halves and reports HMIC instead (a limitation of the check, see README).",
        "'we were rated good, good, for efficiency, good for effectiveness, and good for legitimacy' "
        "gives three 2017 pillar grades; 'last year we were graded requires improvement for "
        "effectiveness' gives 2016 Effectiveness (no inspectorate stated for it). 'outstanding for "
        "treating people with fairness and respect' -> Legitimacy fair-treatment-public.",
        "The area for improvement names no pillar; crimes against vulnerable people -> Effectiveness "
        "protecting-vulnerable. The plan and training that follow are the force's update. Genre "
        "press-release: a force's own video message is the nearest genre.",
        "Merseyside and Cumbria are partners named in passing; 'good practice' is no grade.",
    ]))

# mw03 -- Home Affairs Committee uncorrected oral evidence (HTML), PEEL 2014
F, CA, HE = "Bedfordshire Police", "Cambridgeshire Constabulary", "Hertfordshire Constabulary"
GOLDS.append(gold(
    "mw03.html", "national-release", [F, CA, HE], [H],
    [insp(F, "2014", EFC, H), insp(F, "2014", EFF, H), insp(CA, "2014", EFC, H),
     insp(HE, "2014", EFC, H)],
    grades(F, "2014", [(None, RI)], EFC) + grades(F, "2014", [(PREV, RI)], EFF)
    + grades(CA, "2014", [(None, G)], EFC) + grades(HE, "2014", [(None, G)], EFC),
    afis=[stmt(F, "2014", PLAN, "the force should develop a clear and costed plan for the savings "
               "it must make from 2016/17 onwards.", True, EFC)],
    people=[person("Alastair Brennan", "inspector", H, "HM Inspector of Constabulary"),
            person("Paula Redfern", "chief-constable", F, "Chief Constable")],
    notes=[
        "A select committee transcript: 'We judged Bedfordshire Police to require improvement in "
        "efficiency'; Cambridgeshire and Hertfordshire 'were both judged good for efficiency'. The "
        "national counts (five outstanding, 35 good, three require improvement) name no force.",
        "2014 effectiveness had no pillar grade; 'On how well the force reduces crime and prevents "
        "offending, we judged Bedfordshire to require improvement as well' is a question grade "
        "(preventing-crime) of 2014 Effectiveness.",
        "The Chair reads an area for improvement mid-sentence ('Your report says that the force "
        "should ...'), so the text starts in lower case; the Chief Constable's answer is the update. "
        "Savings planning -> planning-future.",
        "Paula Redfern is first named 'Chief Constable Paula Redfern' in the header; Alastair Brennan "
        "as 'Alastair Brennan, HM Inspector of Constabulary'. Committee members are not person facts. "
        "Genre national-release: no genre fits a committee transcript.",
    ]))

# mw04 -- SayIt-style transcript page of a PCC scrutiny meeting, Northumbria, PEEL 2018/19
F, P = "Northumbria Police", "2018/19"
GOLDS.append(gold(
    "mw04.html", "response-record", [F, "Durham Constabulary"], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(None, G), (PREV, G), (PVP, G), (FTP, G), (PLAN, RI)]),
    afis=[stmt(F, P, PLAN, "The force should develop a better understanding of the skills its "
               "workforce has and will need, so that it can plan its future workforce with "
               "confidence.", True),
          stmt(F, P, FTP, "the force should make sure that supervisors review the grounds recorded "
               "for every stop and search.", False)],
    people=[person("Rowan Heslop", "commissioner", F, "Police and Crime Commissioner for Northumbria"),
            person("Desmond Harkness", "chief-constable", F, "Chief Constable"),
            person("Amira Shaw", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    also={"judgements": grades(F, P, [(None, G)], EFF) + grades(F, P, [(None, G)], EFC)
          + grades(F, P, [(None, G)], LEG),
          "inspections": [insp(F, P, EFF, HF), insp(F, P, EFC, HF), insp(F, P, LEG, HF)]},
    notes=[
        "Following dev12: 'Overall the inspectorate judged Northumbria Police to be a good force' is "
        "the 2018/19 PEEL judgement (question null); the question grades keep pillar PEEL; 'good in "
        "effectiveness, good in efficiency and good in legitimacy' gives pillar grades only in "
        "also_acceptable.",
        "Speaker names are followed by their titles in brackets, so titles are taken from there. The "
        "'Present:' line names no one.",
        "The stop and search area for improvement is answered 'in writing' later: no update in the "
        "document, has_force_update false. The skills one is answered by the DCC: true.",
        "Durham Constabulary is named in passing ('good practice'); Tyne and Wear Fire and Rescue "
        "Service is not a police force.",
    ]))

# mw05 -- verbatim panel minutes (PDF), Leicestershire, Effectiveness 2016 (+2015)
F = "Leicestershire Police"
GOLDS.append(gold(
    "mw05.pdf", "response-record", [F, "Nottinghamshire Police", "Derbyshire Constabulary"], [H],
    [insp(F, "2016", EFF, H), insp(F, "2015", EFF, H)],
    grades(F, "2016", [(None, RI), (PREV, G), (SOC, G), (INV, RI), (PVP, RI)], EFF)
    + grades(F, "2015", [(None, G)], EFF),
    recs=[stmt(F, "2016", PVP, "the force should immediately review how it grades the risk to "
               "every child reported missing.", True, EFF),
          stmt(F, "2016", PVP, "the force should make sure that return home interviews are carried "
               "out and the information from them is used in investigations.", True, EFF)],
    coc=[stmt(F, "2016", PVP, "The force does not consistently identify and assess the risk to "
              "children who go missing from home, and too many of these cases are not investigated "
              "thoroughly.", True, EFF)],
    people=[person("Rupert Hallam", "commissioner", F, "Police and Crime Commissioner"),
            person("Ian Tarrant", "chief-constable", F, "Chief Constable")],
    notes=[
        "Verbatim statement inside panel minutes, dated March 2017 about the 2016 report. "
        "'Last year HMIC judged the force to be good for effectiveness' gives 2015 Effectiveness.",
        "Specialist capabilities 'were not graded, although the inspectors were satisfied': nothing. "
        "'investigates crime and reduces re-offending' -> investigating-crime.",
        "The two recommendations are reported in one paragraph ('The first is that the force should "
        "...'); each text starts at 'the force'. The Chief Constable's answer under (i) covers the "
        "risk reviews and return home interviews, so the cause of concern and both recommendations "
        "have an update. The six areas for improvement are only counted.",
        "Nottinghamshire and Derbyshire are named in passing with no grade. Panel members (initials) "
        "are not person facts.",
    ]))

# mw06 -- press conference transcript (PDF), Gloucestershire, PEEL 2021/22
F, P = "Gloucestershire Constabulary", "2021/22"
GOLDS.append(gold(
    "mw06.pdf", "press-release", [F, "Wiltshire Police"], [HF], [insp(F, P, inspectorate=HF)],
    grades(F, P, [(INV, I), (RESP, I), (PREV, G), (PPT, A), (PVP, RI), (MOS, RI), (LFM, RI),
                  (WORK, A)]),
    recs=[stmt(F, P, INV, "within three months, the force should introduce a process that makes sure "
               "every investigation has a documented plan that a supervisor has reviewed.", True),
          stmt(F, P, RESP, "the force should publish its non-emergency answer times every month",
               True)],
    coc=[stmt(F, P, INV, "The force does not always make sure that investigations are allocated to "
              "staff with the right skills, and too many are closed without the victim being told "
              "why.", False),
         stmt(F, P, RESP, "The force is not answering non-emergency calls quickly enough, and it does "
              "not know how many vulnerable callers give up before their call is answered.", True)],
    people=[person("Martin Surman", "commissioner", F, "Police and Crime Commissioner"),
            person("Rosalind Penhale", "chief-constable", F, "Chief Constable")],
    notes=[
        "Grades: the Commissioner gives the two inadequate grades, the Chief Constable the rest "
        "('Requires improvement for protecting vulnerable people, for managing offenders, and for "
        "good use of resources' gives three; 'good use of resources' -> leadership-management).",
        "The second recommendation is quoted between dashes inside a sentence, with no full stop, "
        "so its text ends at 'month'. Both recommendations have an update (process started Monday; "
        "publishing from August). The second cause of concern is answered by the control-room "
        "figures; the first has no update of its own (the update answers its recommendation).",
        "'engage phase' / 'special measures' and 'eleven areas for improvement' give nothing. "
        "Wiltshire Police is named in passing with no grade. Genre press-release: a joint "
        "press conference of the PCC and the force.",
    ]))

# mw07 -- Word transcript of a PCC holding-to-account meeting, West Mercia, PEEL 2023-25
F, P = "West Mercia Police", "2023-25"
GOLDS.append(gold(
    "mw07.docx", "response-record", [F, "Warwickshire Police"], [HF],
    [insp(F, P, inspectorate=HF), insp(F, "2021/22")],
    grades(F, P, [(PPT, G), (PREV, G), (MOS, G), (LFM, G), (INV, A), (PVP, A), (WORK, A),
                  (RESP, RI)]) + grades(F, "2021/22", [(RESP, RI)]),
    afis=[stmt(F, P, RESP, "The force should make sure that it answers non-emergency calls promptly "
               "and that callers are given accurate information about when officers will attend.",
               True),
          stmt(F, P, PVP, "The force should improve how it records the voice of the child when "
               "officers attend domestic abuse incidents.", True),
          stmt(F, P, INV, "the force should make sure its investigators have manageable workloads "
               "and the training they need to carry out investigations to a good standard.", False)],
    people=[person("Alun Fairweather", "commissioner", F, "Police and Crime Commissioner"),
            person("Richard Okafor", "chief-constable", F, "Chief Constable"),
            person("Claire Beddow", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "People are first named in the attendee table: name in one cell, role in the next. The "
        "Chair's role cell reads 'Police and Crime Commissioner (Chair)'; the title is the office. "
        "The ACC is not a person fact. The page header ('OFFICIAL') is not body text.",
        "Disrupting serious organised crime has 'no grade for that yet'. 'in 2021/22 responding to "
        "the public was also requires improvement' gives a 2021/22 judgement (no inspectorate named "
        "for it).",
        "The third area for improvement is read mid-sentence ('- the force should ...') and the Chief "
        "Constable defers it to a written reply: no update. The first two are answered.",
        "Hereford & Worcester Fire and Rescue Service 'judged good' is a fire inspection: nothing. "
        "Warwickshire Police is named in passing; 'good practice' is no grade.",
    ]))

# mw08 -- Word media-monitoring transcript of a radio interview, Cumbria, Legitimacy 2016
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "mw08.docx", "press-release", [F, "Lancashire Constabulary"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2016", EFC)],
    grades(F, "2016", [(None, G), (FTP, G), (FTW, G), (ELW, RI)], LEG)
    + grades(F, "2016", [(None, G)], EFC),
    afis=[stmt(F, "2016", ELW, "The constabulary should make sure that all of its officers and staff "
               "have been vetted to the level their current role requires.", True, LEG)],
    people=[person("Gareth Lowther", "chief-constable", F, "Chief Constable"),
            person("Dennis Armitage", "commissioner", F, "commissioner")],
    notes=[
        "Radio interview dated 8 December 2016 about the legitimacy report published that morning "
        "(HMIC named by the presenter). 'require improvement ... on making sure our workforce behaves "
        "ethically and lawfully' -> ethical-lawful-workforce.",
        "'We were rated good for efficiency in November' (and 'last month the same inspectors') gives "
        "the 2016 Efficiency grade: the same inspection year as the broadcast; no inspectorate is "
        "stated for it beyond 'the same inspectors', so null. 'effectiveness comes out in the new "
        "year' gives nothing; 'a handful of forces were rated requires improvement' names none.",
        "The presenter reads the area for improvement ('It says: The constabulary should ...'); the "
        "Chief Constable's vetting figures are the update.",
        "'The commissioner, Dennis Armitage' gives the title as written, in lower case. The presenter "
        "is not a person fact. Genre press-release: the nearest genre for broadcast material.",
    ]))

# mw09 -- Markdown podcast transcript, Hertfordshire, PEEL 2023-25
F, P = "Hertfordshire Constabulary", "2023-25"
B = "Bedfordshire Police"
GOLDS.append(gold(
    "mw09.md", "press-release",
    [F, B, "Cambridgeshire Constabulary", "Essex Police"], [HF],
    [insp(F, P, inspectorate=HF), insp(F, "2021/22"), insp(B, P)],
    grades(F, P, [(PREV, O), (PPT, G), (RESP, G), (PVP, G), (MOS, G), (LFM, G), (WORK, A),
                  (INV, A)]) + grades(F, "2021/22", [(INV, G)]) + grades(B, P, [(INV, RI)]),
    afis=[stmt(F, P, INV, "The force should make sure that investigations are allocated to staff with "
               "the right skills and experience, and that supervisors review them regularly.", True),
          stmt(F, P, WORK, "The force should make sure that its officers and staff receive regular, "
               "meaningful wellbeing conversations with their supervisors.", True)],
    people=[person("Andrew Pryce", "chief-constable", F, "Chief Constable")],
    notes=[
        "The host's grading scale names all five grades: no judgement. 'we were good for "
        "investigating in the last round, 2021/22' gives a 2021/22 grade. Serious organised crime "
        "'is not in this report'.",
        "Bedfordshire 'got its report the same month' and 'were graded requires improvement for "
        "investigating crime': a 2023-25 judgement for Bedfordshire, no inspectorate stated. "
        "Cambridgeshire and Essex are named in passing; 'Beds' is a short form.",
        "The second area for improvement is answered with 'we haven't cracked that one yet ... it's "
        "on the list': a response from the force, so has_force_update true (borderline).",
        "The host is not a person fact. 'innovative practice' / 'good practice' give nothing. Genre "
        "press-release: nearest for a podcast.",
    ]))

# mw10 -- broadcast monitoring transcript of a TV news item, Nottinghamshire, Effectiveness 2015
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "mw10.txt", "press-release",
    [F, "Derbyshire Constabulary", "Leicestershire Police"], [H],
    [insp(F, "2015", EFF, H), insp(F, "2015", EFC, H), insp("Derbyshire Constabulary", "2015", EFF)],
    grades(F, "2015", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), (SOC, G)], EFF)
    + grades(F, "2015", [(None, G)], EFC)
    + grades("Derbyshire Constabulary", "2015", [(None, G)], EFF),
    afis=[stmt(F, "2015", PVP, "The force should make sure that risk assessments are completed for "
               "all victims of domestic abuse and are reviewed by a supervisor.", True, EFF)],
    people=[person("Yvonne Drury", "chief-constable", F, "Chief Constable"),
            person("Paul Wragby", "commissioner", F, "Nottinghamshire Police and Crime Commissioner")],
    notes=[
        "Broadcast of 18 February 2016 on the effectiveness report; the on-screen text gives the "
        "period ('EFFECTIVENESS 2015'). 'In October, the same inspectors rated Nottinghamshire good "
        "for efficiency' is the 2015 efficiency report (October 2015, four months before).",
        "'Neighbouring Derbyshire Constabulary was rated good for effectiveness today' gives "
        "Derbyshire 2015 Effectiveness (no inspectorate named for it). 'Leicestershire's report is "
        "due next week' gives nothing.",
        "The area for improvement is the on-screen text after 'ON SCREEN TEXT:'; the Chief "
        "Constable's clip is the update. 'serious and organised crime was good' -> "
        "serious-organised-crime Good; 'good practice' nothing.",
        "People are named in the on-screen captions; the reporter and presenter are not person facts.",
    ]))


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
