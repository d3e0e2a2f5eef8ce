"""Write gold/mq01.json ... gold/mq10.json for corpus97 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFFIC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
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

# mq01 -- encyclopaedia article (HTML), Cleveland Police --------------------------------
F = "Cleveland Police"
GOLDS.append(gold(
    "mq01.html", "national-release",
    [F, "Durham Constabulary", "North Yorkshire Police", "Northumbria Police"], [H, HF],
    [insp(F, "2015", EFFIC, H), insp(F, "2016", EFFIC, H), insp(F, "2016", EFF, H),
     insp(F, P1819, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, "2015", [(None, RI)], EFFIC) + grades(F, "2016", [(None, RI)], EFFIC)
    + grades(F, "2016", [(None, RI)], EFF)
    + grades(F, P1819, [(None, I)])
    + grades(F, P2122, [(CDI, G), (PPT, A), (RESP, A), (PVP, A), (MOS, A), (INV, RI), (SOC, RI),
                        (WORK, RI), (PREV, I), (LFM, I)]),
    people=[
        person("Alan Pryce-Hodge", "commissioner", F, "Police and Crime Commissioner"),
        person("Helen Rudd", "chief-constable", F, "Chief Constable"),
        person("Gareth Loxley-Brand", "inspector", HF, "HM Inspector of Constabulary"),
        person("Edwina Marlowe", "inspector", HF, "HM Chief Inspector of Constabulary"),
    ],
    also={
        "judgements": grades(F, P1819, [(None, I)], EFF) + grades(F, P1819, [(None, I)], EFFIC)
        + grades(F, P1819, [(None, I)], LEG),
        "people": [person("Richard Lowther-Voss", "chief-constable", F, "chief constable")],
    },
    notes=[
        "Genre: no genre fits an encyclopaedia article; national-release (a third-party listing) "
        "is the nearest, as corpus13 did for its wiki article.",
        "'graded requires improvement for efficiency in both 2015 and 2016, and its 2016 "
        "effectiveness inspection reached the same grade' gives three judgements: 'the same grade' "
        "here points to a grade word in the same sentence, not to an earlier period, so it is a "
        "stated grade. The inspectorate for 2015/2016 is HMIC, which the paragraph above names "
        "as the inspectorate's name until 2017. The 2015 legitimacy report is described without a "
        "grade: no judgement and no inspection.",
        "2018/19: 'rated Cleveland inadequate overall' is the PEEL judgement (question null). The "
        "three pillar grades ('inadequate in each of the three pillars') go in also_acceptable, "
        "following dev12.",
        "2021/22 table: 'Recording data about crime' -> crime-recording, 'Developing a positive "
        "workplace' -> workforce, 'Good use of resources' -> leadership-management (the 'Good' in "
        "the name is not a grade). Victim service 'Not graded' gives nothing. The two causes of "
        "concern are only summarised ('about preventing crime and about planning and value for "
        "money'), not quoted, so they are not statements.",
        "Cleveland Fire Brigade's 'judged good' is a fire inspection: no judgement. Dates such as "
        "'September 2019', 'April 2019', 'published in 2023' and the reference dates are not periods.",
        "People: the infobox gives 'name, title' (PCC, Chief Constable). Richard Lowther-Voss is a "
        "former chief constable named in History: also_acceptable only (title lower-case as "
        "written). The 2012 chief constable is unnamed.",
        "Durham Constabulary, North Yorkshire Police and Northumbria Police are named in passing "
        "(collaboration, See also): in forces, no inspection.",
    ]))

# mq02 -- police, fire and crime panel minutes (PDF), Staffordshire Police, PEEL 2021/22 ---
F = "Staffordshire Police"
GOLDS.append(gold(
    "mq02.pdf", "response-record",
    [F, "Gloucestershire Constabulary", "Cleveland Police"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, I), (INV, I), (MOS, I), (PREV, A)]),
    afis=[stmt(F, P2122, MOS,
               "The force should make sure that it manages registered sex offenders in line with "
               "national guidance, including completing risk assessments on time.", False)],
    coc=[
        stmt(F, P2122, RESP,
             "The force does not answer emergency and non-emergency calls quickly enough, and it "
             "does not always attend incidents within the times it has set itself, which leaves "
             "some callers, including vulnerable people, at risk.", True),
        stmt(F, P2122, INV,
             "The force does not investigate crime to a consistently good standard, and too many "
             "victims do not receive the service they are entitled to expect.", True),
    ],
    people=[
        person("Marcus Hendry", "commissioner", F,
               "Staffordshire Commissioner for Police, Fire and Rescue and Crime"),
        person("Emma Whitworth", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Alistair Penrose", "chief-constable", F, "Chief Constable"),
        person("Wendell Ashby", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "'requires improvement in each of the remaining graded areas' names no area, so it gives "
        "no judgement.",
        "Causes of concern: Appendix A table rows; the 'Force progress at 31 December 2022' cell is "
        "the force's update, so has_force_update is true. Keys from content: calls and attendance "
        "-> responding-to-public; investigations -> investigating-crime.",
        "The AFI is quoted by a Panel member in a block quotation; the Commissioner promises an "
        "update later, so has_force_update is false. Key managing-offenders ('the area for "
        "improvement on managing offenders').",
        "The Commissioner's title follows his name in the attendance list and is kept in full. "
        "The Chief Constable is named only among apologies: still a named office-holder. The "
        "unnamed assistant chief constable and 'HM Chief Inspector' (no name in this document) "
        "are not people.",
        "Gloucestershire Constabulary and Cleveland Police are named as forces in the engage phase, "
        "with no grade. Staffordshire Fire and Rescue Service's 'graded good' is a fire inspection. "
        "The meeting date, 'September 2022', 'December 2022' and '2023/24 precept' are not periods.",
    ]))

# mq03 -- victims' charity briefing (DOCX), Bedfordshire Police, Effectiveness 2015 ------
F = "Bedfordshire Police"
HE, CA = "Hertfordshire Constabulary", "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "mq03.docx", "press-release", [F, HE, CA], [H],
    [insp(F, "2015", EFF, H), insp(HE, "2015", EFF, H), insp(CA, "2015", EFF, H)],
    grades(F, "2015", [(None, RI), (PREV, G), (INV, RI), (PVP, I), (SOC, RI)], EFF)
    + grades(HE, "2015", [(None, G)], EFF) + grades(CA, "2015", [(None, G)], EFF),
    afis=[
        stmt(F, "2015", INV,
             "The force should improve how it keeps victims informed about the progress of their "
             "investigations, in line with the Code of Practice for Victims of Crime.", False, EFF),
        stmt(F, "2015", INV,
             "The force should make sure that investigations are allocated to officers and staff "
             "with the skills and experience they need.", False, EFF),
    ],
    recs=[
        stmt(F, "2015", PVP,
             "Within three months, the force should make sure that call handlers use a structured "
             "assessment of vulnerability and risk for every call, and record the result on the "
             "incident log.", True, EFF),
        stmt(F, "2015", PVP,
             "Within three months, the force should review how it grades reports of missing "
             "children, so that no child assessed as being at medium or high risk is recorded as "
             "absent.", False, EFF),
        stmt(F, "2015", PVP,
             "Within six months, the force should make sure that every officer who attends a "
             "domestic abuse incident completes a risk assessment with the victim in person and not "
             "by telephone.", False, EFF),
    ],
    coc=[stmt(F, "2015", PVP,
              "Bedfordshire Police is not doing enough to identify vulnerable victims when they "
              "first contact the force, and its response to children who go missing or are absent "
              "from home is not consistent enough to keep them safe.", False, EFF)],
    people=[
        person("Dominic Harwell", "inspector", H, "HM Inspector of Constabulary"),
        person("Amrik Dhaliwal", "chief-constable", F, "Temporary Chief Constable", "temporary"),
        person("Oliver Brandreth", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Genre: a charity briefing; press-release is the nearest genre (it restates the grades "
        "for the public and ends 'ENDS').",
        "Period: the 2015 PEEL effectiveness assessment, published 18 February 2016 (a date, not "
        "a period). The grades table gives the overall and four question grades; 'Specialist "
        "capabilities: Not graded' gives nothing.",
        "'Hertfordshire Constabulary and Cambridgeshire Constabulary, were both judged good' in "
        "the same effectiveness context: 2015 effectiveness judgements for both. 'four forces were "
        "judged to be inadequate' and '31 forces' are counts without forces: nothing.",
        "The cause of concern and the three recommendations sit under 'The cause of concern' and "
        "take its key, protecting-vulnerable. Only recommendation 1 has a 'Force response' "
        "paragraph (has_force_update true); the charity's 'Our view' paragraphs are not the force's "
        "update. The two AFIs are both about investigations ('Investigating crime' in the table): "
        "investigating-crime.",
        "The grading key names four grades and gives no judgement. The Word header and footer are "
        "not part of the body.",
    ]))

# mq04 -- blog (Markdown), Efficiency 2015 -------------------------------------------------
DU, BE, DC, DO = "Durham Constabulary", "Bedfordshire Police", "Devon and Cornwall Police", "Dorset Police"
GOLDS.append(gold(
    "mq04.md", "national-release", [DU, BE, DC, DO], [H],
    [insp(DU, "2014", EFFIC, H), insp(DU, "2015", EFFIC, H), insp(BE, "2015", EFFIC, H),
     insp(DC, "2015", EFFIC, H), insp(DC, "2014", EFFIC, H)],
    grades(DU, "2014", [(None, O)], EFFIC) + grades(DU, "2015", [(None, O)], EFFIC)
    + grades(BE, "2015", [(None, RI)], EFFIC)
    + grades(DC, "2015", [(None, RI), ("using-resources", G)], EFFIC)
    + grades(DC, "2014", [(None, G)], EFFIC),
    afis=[stmt(DC, "2015", "planning-future",
               "The force should develop a more detailed understanding of the demand it is likely "
               "to face in future, and use it to plan the size and skills of its workforce.",
               False, EFFIC)],
    people=[person("Thomas Winsor", "inspector", H, "HM Chief Inspector of Constabulary")],
    also={
        "inspections": [insp(BE, "2014", EFFIC, H)],
        "judgements": grades(BE, "2014", [(None, RI)], EFFIC),
    },
    notes=[
        "Genre: a personal blog; national-release (a third-party listing of several forces) is "
        "the nearest.",
        "'Durham Constabulary was outstanding in both 2014 and 2015' gives two efficiency "
        "judgements (the post is about efficiency throughout). 'Last year, in the first round, it "
        "was graded good' gives Devon and Cornwall's 2014 efficiency grade.",
        "'Bedfordshire Police was again judged to require improvement' gives 2015. 'again' implies "
        "an earlier identical grade but does not say which year: 2014 is in also_acceptable only.",
        "'judged it good at using its resources to meet demand' -> using-resources (2015's "
        "question wording maps to the 2016 key). The AFI is about future demand and workforce "
        "planning: planning-future (understanding-demand would be arguable). No force update.",
        "'five forces were graded outstanding and three ... requiring improvement' and 'no force "
        "has been called inadequate' are counts: nothing. The grading key is not a judgement. "
        "Dorset Police is named in passing. Publication dates and '2017/18' are not periods. "
        "'Sir' is dropped from Thomas Winsor's name.",
    ]))

# mq05 -- local democracy reporting (TXT), Gloucestershire, PEEL 2023-25 ------------------
F = "Gloucestershire Constabulary"
GOLDS.append(gold(
    "mq05.txt", "press-release", [F, "Wiltshire Police"], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=HF)],
    grades(F, P2325, [(RESP, I), (PPT, RI), (WORK, RI)]) + grades(F, P2122, [(INV, A)]),
    coc=[stmt(F, P2325, None,
              "The constabulary does not always identify risk when people first contact it, and so "
              "it does not always respond to vulnerable people quickly enough.", False)],
    people=[
        person("Rupert Eldon", "commissioner", F, "Police and Crime Commissioner"),
        person("Mark Tredgold", "chief-constable", F, "Chief Constable"),
        person("Lee Fennimore", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={"judgements": grades(F, P2325, [(PVP, I), (INV, I)])},
    notes=[
        "Genre: local democracy reporting (news); press-release is the nearest genre.",
        "'inadequate in five areas' is a count. 'it was graded inadequate for responding to the "
        "public' is a stated grade. 'Among the failings it listed were how the force protects "
        "vulnerable people and how it investigates crime' puts those two areas among the failings "
        "but does not grade them in words; with 'as well' they are very probably two of the five "
        "inadequate areas, so they are in also_acceptable.",
        "'rated as requiring improvement for the way it treats the public and for building, "
        "supporting and protecting its workforce' -> treatment-of-public and workforce. 'not "
        "graded outstanding or good in any area' gives nothing.",
        "'in the previous PEEL inspection, published in 2022, the force had been graded adequate "
        "for investigating crime' gives a 2021/22 judgement (the PEEL inspection before 2023-25). "
        "Its inspectorate is taken from the document's context (HMICFRS); a strict reading would "
        "leave it null.",
        "The cause of concern does not say which area it belongs to (identifying risk at first "
        "contact could be responding-to-public or protecting-vulnerable): question null. The PCC "
        "asks for updates, but none is given: has_force_update false. '14 areas for improvement' "
        "is a count.",
        "Wiltshire Police is named in passing (engage phase). The fire and rescue service line, "
        "'May', '12 September 2024' and '2025/26' are distractors. The councillor is not a person fact.",
    ]))

# mq06 -- council community safety page (HTML), Hampshire, PEEL 2018/19 -------------------
F = "Hampshire Constabulary"
GOLDS.append(gold(
    "mq06.html", "national-release", [F, "Thames Valley Police", "Wiltshire Police"], [HF],
    [insp(F, P1819, inspectorate=HF)],
    grades(F, P1819, [(PREV, G), (INV, RI), (PVP, RI), (SOC, G), ("fair-treatment-public", G)]),
    afis=[
        stmt(F, P1819, INV,
             "The force should make sure that it has enough trained investigators to meet demand, "
             "and that supervisors review the progress of investigations regularly.", False),
        stmt(F, P1819, PVP,
             "The force should improve the way it shares information about vulnerable children "
             "with partner agencies, including schools and children's services.", False),
    ],
    people=[person("Frances Ashdown", "commissioner", F,
                   "Police and Crime Commissioner for Hampshire and the Isle of Wight")],
    also={"judgements": grades(F, P1819, [(None, RI)], EFF) + grades(F, P1819, [(None, G)], EFFIC)
          + grades(F, P1819, [(None, G)], LEG)},
    notes=[
        "Genre: a council web page; national-release (third-party listing) is the nearest.",
        "2018/19, following dev12: the question grades have pillar PEEL; the three pillar grades "
        "in the table are in also_acceptable. There is no overall grade.",
        "'good at treating the public fairly and with respect' -> fair-treatment-public.",
        "The AFIs take the key of their content (investigators -> investigating-crime; vulnerable "
        "children -> protecting-vulnerable). The partnership's comment is not the force's update "
        "and says no update has been received: has_force_update false.",
        "The link titles ('PCC & Force Response to PEEL Legitimacy 2017', ...) name inspections "
        "without grades: nothing. The grading scale lists all five grades: nothing. Hampshire Fire "
        "and Rescue Service's 'judged good' is a fire inspection.",
        "Thames Valley Police and Wiltshire Police ('Andover borders Wiltshire ... both "
        "neighbouring forces') are named in passing. The PCC's title follows her name and is kept "
        "in full.",
    ]))

# mq07 -- student essay (PDF), Durham Legitimacy 2015/2017, Kent 2016 ---------------------
DU, KE = "Durham Constabulary", "Kent Police"
GOLDS.append(gold(
    "mq07.pdf", "national-release", [DU, KE], [H, HF],
    [insp(DU, "2015", LEG, H), insp(DU, "2017", LEG, HF), insp(KE, "2016", LEG, H)],
    grades(DU, "2015", [(None, G)], LEG)
    + grades(DU, "2017", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                          ("fair-treatment-workforce", G)], LEG)
    + grades(KE, "2016", [(None, O)], LEG),
    afis=[stmt(DU, "2017", "fair-treatment-public",
               "The constabulary should make sure that all officers and supervisors understand what "
               "constitutes reasonable grounds for stop and search, and that supervisors check a "
               "sample of search records every month.", False, LEG)],
    people=[person("Mike Barton", "chief-constable", DU, "Chief Constable")],
    also={"inspections": [insp(DU, "2016", LEG, H)],
          "judgements": grades(DU, "2016", [(None, G)], LEG)},
    notes=[
        "Genre: a student essay; national-release is the nearest.",
        "Citation years are publication dates, not periods: HMIC (2016a) is the 2015 legitimacy "
        "report, HMICFRS (2017) the 2017 one. The reference list names inspections without grades.",
        "'Legitimacy was first graded in the 2015 round ... Durham was graded good' -> 2015. "
        "2017: overall and all three questions good (the question wordings map to the three keys). "
        "'the overall judgment was the same as in the previous year' and 'graded good, year after "
        "year' support 2016 only loosely: also_acceptable.",
        "'Kent Police was judged outstanding for legitimacy in 2016' -> 2016. 'leadership was "
        "assessed ... but not graded' gives nothing.",
        "The AFI is quoted in a block quotation; the stop and search content gives "
        "fair-treatment-public. Inspectorates: HMIC for 2015 and 2016, HMICFRS for 2017 as the "
        "essay's citations name them.",
    ]))

# mq08 -- lecture notes (DOCX), Lancashire ------------------------------------------------
F = "Lancashire Constabulary"
ME = "Merseyside Police"
GOLDS.append(gold(
    "mq08.docx", "national-release", [F, ME], [H, HF],
    [insp(F, "2014", EFFIC, H), insp(F, "2015", EFF, H), insp(F, "2016", EFF, H),
     insp(F, "2017", LEG, HF), insp(F, P2122, inspectorate=HF), insp(ME, P2122, inspectorate=HF)],
    grades(F, "2014", [(None, G)], EFFIC) + grades(F, "2015", [(None, G)], EFF)
    + grades(F, "2016", [(None, G)], EFF) + grades(F, "2017", [(None, G)], LEG)
    + grades(F, P2122, [(PREV, O), (INV, G), (MOS, G), (RESP, A), (PVP, RI)])
    + grades(ME, P2122, [(PREV, O)]),
    afis=[stmt(F, P2122, PVP,
               "The force should make sure that officers complete a risk assessment for every "
               "domestic abuse incident they attend, and that supervisors check the quality of "
               "those assessments.", False)],
    people=[person("Owain Pritchard", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "Genre: lecture notes; national-release is the nearest.",
        "The case-study table gives pillar grades by year, each row naming its inspectorate; the "
        "2021/22 row ('Graded by area', 'See below') gives nothing itself. The prose gives five "
        "2021/22 area grades; 'Its other grades are in the report' gives nothing.",
        "The five-grade list is a grading key, and '2014 was a transitional year' is background: "
        "no judgements.",
        "The AFI is in Word's Quote style after 'the same report contained this area for "
        "improvement:'. It is not under an area heading; its content (domestic abuse risk "
        "assessment) gives protecting-vulnerable.",
        "'Merseyside Police, which was also graded outstanding for preventing crime in 2021/22' "
        "-> a 2021/22 judgement for Merseyside; its inspectorate is taken from context (HMICFRS).",
        "The lecturer and the Word header are not facts.",
    ]))

# mq09 -- researcher's blog (Markdown), PEEL 2023-25 police powers ------------------------
TV = "Thames Valley Police"
FS = [("Merseyside Police", G), ("Northumbria Police", G), ("Leicestershire Police", A),
      ("West Mercia Police", A), (TV, RI)]
GOLDS.append(gold(
    "mq09.md", "national-release", [f for f, _ in FS] + ["British Transport Police"], [HF],
    [insp(f, P2325, inspectorate=HF) for f, _ in FS],
    [j for f, g in FS for j in grades(f, P2325, [(PPT, g)])],
    afis=[stmt(TV, P2325, PPT,
               "The force should make sure that officers record clear and specific grounds for "
               "every stop and search, and that supervisors review a sample of these records each "
               "month.", True)],
    notes=[
        "Genre: a researcher's blog; national-release is the nearest.",
        "'police powers and public treatment' -> treatment-of-public. The table gives one grade "
        "per force; the publication dates are not periods.",
        "'none had been graded outstanding ... two had been graded inadequate' is a count with no "
        "forces. The grade list in the introduction is a key.",
        "The Thames Valley AFI is followed by the force's own reply to the author (a spokesperson "
        "on dip-sampling): has_force_update true.",
        "British Transport Police is named in passing, with no grade. The author is not a person "
        "fact; no other person is named.",
    ]))

# mq10 -- Police Federation branch news (TXT), Derbyshire Effectiveness 2017 --------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "mq10.txt", "press-release", [F, "Nottinghamshire Police"], [HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, None)],
    grades(F, "2017", [(None, G), (PREV, G), (INV, RI), (PVP, G), (SOC, G)], EFF)
    + grades(F, "2016", [(None, G)], EFF),
    afis=[stmt(F, "2017", INV,
               "The force should make sure that investigations are supervised effectively and that "
               "victims are updated regularly, in line with the Code of Practice for Victims of "
               "Crime.", False, EFF)],
    people=[
        person("Lorna Hartwell", "inspector", HF, "HM Inspector of Constabulary"),
        person("Rachel Swindell", "chief-constable", F, "Chief Constable"),
    ],
    also={"inspections": [insp(F, "2017", LEG, HF)],
          "judgements": grades(F, "2017", [(None, G)], LEG)},
    notes=[
        "Genre: a Police Federation branch news item; press-release is the nearest.",
        "The report is PEEL effectiveness 2017 ('an inspection carried out in the autumn of 2017'), "
        "published 22 March 2018 by HMICFRS. 'good at keeping people safe and reducing crime' is "
        "the overall effectiveness grade; four question grades in the bullets; specialist "
        "capabilities 'did not give a grade' gives nothing.",
        "'Last year the force was also judged good for effectiveness' -> 2016 effectiveness Good "
        "(no inspectorate is named for it, so null).",
        "'its legitimacy report, published in December, rated it good' names a publication month, "
        "not a period; it is the 2017 legitimacy report only by inference from the article's date, "
        "so it is in also_acceptable.",
        "The AFI sits under 'an area for improvement on investigations': investigating-crime. The "
        "Chief Constable's remark about a workload review is not an update on that statement: "
        "has_force_update false. The Federation chair is not a person fact. Nottinghamshire Police "
        "is named in passing.",
    ]))


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
