"""Write gold/lk01.json ... gold/lk10.json for corpus66 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P25, P22 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
MET, CITY, BTP = "Metropolitan Police Service", "City of London Police", "British Transport Police"

# One set of invented grades, used wherever a force appears.
MET25 = [(PPT, RI), (PREV, A), (RESP, I), (INV, RI), (PVP, RI), (MOS, A), (SOC, G), (WORK, RI), (LFM, A), (CDI, G)]
CITY25 = [(PPT, G), (PREV, G), (RESP, A), (INV, G), (PVP, A), (MOS, G), (SOC, O), (WORK, G), (LFM, A), (CDI, G)]
CITY22 = [(PPT, G), (PREV, G), (RESP, G), (INV, A), (PVP, RI), (MOS, A), (SOC, G), (WORK, G), (LFM, A), (CDI, G)]
BTP25 = [(PPT, G), (PREV, G), (RESP, G), (INV, RI), (PVP, A), (MOS, A), (SOC, A), (WORK, G), (LFM, G), (CDI, RI)]


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g} for q, g in pairs]


def pick(pairs, keys):
    d = dict(pairs)
    return [(k, d[k]) for k in keys]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(), coc=(),
         people=(), encoding="utf-8", also=None, notes=None):
    g = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
         "inspectorates": list(inspectorates), "inspections": list(inspections),
         "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


# Met 2023-25 statements (lk01, lk05, lk10)
MET_COC = ("The Metropolitan Police Service isn't answering calls from the public quickly enough, and it "
           "doesn't always identify vulnerable callers and respond to them appropriately.")
MET_R1 = ("Within six months, the force should make sure that it answers emergency calls within ten "
          "seconds, in line with the national standard.")
MET_R2 = ("Within six months, the force should improve how it assesses risk when the public first contact "
          "it. It should make sure that: call handlers use a structured risk assessment for every call; "
          "repeat and vulnerable callers are identified at the first opportunity; and supervisors review a "
          "sample of completed calls each month.")
MET_AFI = [
    (PPT, "The force should make sure that the grounds for each stop and search are recorded fully, and that "
          "supervisors review a proportion of records to check that reasonable grounds existed."),
    (INV, "The force should make sure that investigations are supervised effectively, with clear investigation "
          "plans that are reviewed regularly."),
    (INV, "The force should make sure it keeps victims updated throughout their investigation and records "
          "whether it has complied with the Victims' Code of Practice."),
    (PVP, "The force should improve how it identifies and safeguards children who repeatedly go missing from home."),
    (WORK, "The force should improve the support it gives to new officers, so that fewer of them leave in their "
           "first two years of service."),
]
CITY_AFI = [
    (RESP, "The force should make sure its control room staff record the reason whenever attendance at an "
           "incident is delayed beyond the target time."),
    (PVP, "The force should improve the quality of the referrals it makes to partner agencies when officers "
          "identify a vulnerable adult."),
    (LFM, "The force should develop its understanding of the demand it faces from fraud cases referred to it by "
          "other forces, and use this understanding to plan its workforce."),
]
THACKERAY = person("Imogen Thackeray", "inspector", HF, "His Majesty's Inspector of Constabulary")
FERRAND = person("Matthew Ferrand", "inspector", HF, "His Majesty's Inspector of Constabulary")

GOLDS = []

# lk01 -- HMICFRS PEEL 2023-25 report, Met (PDF)
GOLDS.append(gold(
    "lk01.pdf", "peel-report-2021", [MET, CITY, BTP], [HF],
    [insp(MET, P25), insp(MET, P22)],
    grades(MET, P25, MET25) + grades(MET, P22, [(RESP, RI), (CDI, A)]),
    afis=[stmt(MET, P25, q, t) for q, t in MET_AFI],
    recs=[stmt(MET, P25, RESP, MET_R1), stmt(MET, P25, RESP, MET_R2)],
    coc=[stmt(MET, P25, RESP, MET_COC)],
    people=[person("Callum Ashdown", "chief-constable", MET, "Commissioner"), THACKERAY],
    notes=[
        "Grade table gives ten 2023-25 area grades; the key listing the five-point scale gives nothing.",
        "2021/22: 'we graded the force as requires improvement for responding to the public' and 'we graded "
        "the force as adequate for crime data integrity' give two 2021/22 judgements (HMICFRS: 'our').",
        "Recommendation 2 is a lead-in ending 'It should make sure that:' plus three bullets: one statement.",
        "The 2024 thematic recommendation to all chief constables is national, not a force recommendation.",
        "London Fire Brigade's grade is a fire inspection (distractor). 'good practice' and 'an adequate and "
        "well-understood arrangement' are distractors. City of London Police and BTP are named in passing only.",
        "Commissioner Sir Callum Ashdown is the Met's chief officer (chief-constable, title 'Commissioner'). "
        "Assistant Commissioner Dara Whitlock is treated like an ACC: not a person fact.",
    ]))

# lk02 -- HMICFRS force page, City of London (HTML)
GOLDS.append(gold(
    "lk02.html", "peel-report-2021", [CITY, MET, BTP], [HF, H],
    [insp(CITY, P25), insp(CITY, P22), insp(CITY, "2017", "Legitimacy"), insp(CITY, "2016", "Efficiency", H)],
    grades(CITY, P25, CITY25) + grades(CITY, P22, [(INV, A), (PVP, RI)])
    + grades(CITY, "2017", [(None, G)], "Legitimacy") + grades(CITY, "2016", [(None, G)], "Efficiency"),
    afis=[stmt(CITY, P25, q, t) for q, t in CITY_AFI],
    people=[person("Matthew Ferrand", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Hollis Penrose", "chief-constable", CITY, "Commissioner")],
    notes=[
        "Grade cards: ten 2023-25 area grades.",
        "Previous inspections accordion: 2021/22 gives only investigating crime (adequate) and protecting "
        "vulnerable people (requires improvement); 'Graded good in five other areas' names no area and gives "
        "nothing. The 2017 legitimacy and 2016 efficiency rows are pillar grades. 2016 is HMIC ('Reports for "
        "2014 to 2016 were published by HMIC'), 2017 HMICFRS by era.",
        "AFIs in an ordered list sit under 'Areas for improvement' with no area heading; the question is "
        "assigned from their content (control room attendance -> responding-to-public; referrals of "
        "vulnerable adults -> protecting-vulnerable; demand and workforce planning -> leadership-management). "
        "A grader may prefer null.",
        "'We didn't identify any causes of concern' gives nothing. London Fire Brigade's grade is a fire "
        "inspection (distractor). Met and BTP are related links only.",
        "Commissioner Hollis Penrose is City of London Police's chief officer (chief-constable, 'Commissioner').",
    ]))

# lk03 -- HMIC PEEL effectiveness 2016, Met (HTML)
F = MET
GOLDS.append(gold(
    "lk03.html", "peel-report", [MET, CITY], [H],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Effectiveness", H)],
    grades(F, "2016", [(None, RI), ("preventing-crime", RI), ("investigating-crime", RI),
                       ("protecting-vulnerable", I), ("serious-organised-crime", G)], "Effectiveness")
    + grades(F, "2015", [(None, RI)], "Effectiveness"),
    afis=[
        stmt(F, "2016", "preventing-crime", "The force should evaluate its neighbourhood policing model to understand "
             "whether it has enough capacity to carry out preventative work.", pillar="Effectiveness"),
        stmt(F, "2016", "preventing-crime", "The force should make sure that it uses problem-solving techniques "
             "consistently and records their results, so that it can learn what works.", pillar="Effectiveness"),
        stmt(F, "2016", "investigating-crime", "The force should ensure that crime scenes are attended promptly and "
             "that evidence is gathered at the earliest opportunity.", pillar="Effectiveness"),
        stmt(F, "2016", "serious-organised-crime", "The force should improve its understanding of organised crime "
             "groups that operate across borough boundaries, so that it can prioritise them consistently.",
             pillar="Effectiveness"),
    ],
    recs=[stmt(F, "2016", "protecting-vulnerable",
               "To address this cause of concern, HMIC recommends that within three months the force should: review "
               "all open cases of children who have been missing on three or more occasions in the last year, to "
               "make sure that risk has been correctly assessed; and make sure that officers attending domestic "
               "abuse incidents complete a risk assessment before they leave the scene.", pillar="Effectiveness")],
    coc=[stmt(F, "2016", "protecting-vulnerable",
              "The Metropolitan Police Service does not do enough to protect vulnerable people, in particular "
              "children who go missing and victims of domestic abuse.", pillar="Effectiveness")],
    people=[person("Zara Okonedo-Finch", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "Grades sit in boxes under each question; the overall paragraph repeats them in prose.",
        "'In 2015 HMIC also judged the force to require improvement for effectiveness' gives the 2015 pillar grade.",
        "Specialist capabilities: 'not graded in 2016' gives nothing; 'good understanding', 'good practice' are "
        "distractors.",
        "The recommendation is a lead-in ending 'the force should:' plus two bullets: one statement.",
        "The national recommendation to every force (missing children action plan) is not a force recommendation.",
        "Sidebar lists other 2016 pillars and Effectiveness 2015 as links with no grades. City of London Police is "
        "named in passing (shared capability).",
    ]))

# lk04 -- City of London Police Authority Board s55 response (DOCX)
GOLDS.append(gold(
    "lk04.docx", "response-record", [CITY, MET], [HF],
    [insp(CITY, P25), insp(CITY, P22)],
    grades(CITY, P25, CITY25) + grades(CITY, P22, CITY22),
    afis=[stmt(CITY, P25, q, t, u) for (q, t), u in zip(CITY_AFI, (True, True, False))],
    people=[person("Hollis Penrose", "chief-constable", CITY, "Commissioner"),
            person("Matthew Ferrand", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=[
        "Table 1 has a title row merged across three columns and a closing merged row; it gives ten 2023-25 and "
        "ten 2021/22 grades ('PEEL 2021/22' is introduced as HMICFRS's inspection).",
        "AFI 3 is followed only by a 'Board comment' saying the force's response will be reported later, so "
        "has_force_update is false; AFIs 1-2 have a 'Commissioner's response'.",
        "The Chair of the Police Authority Board is the local policing body's representative, not a PCC, and "
        "GOLD-FORMAT's commissioner role needs a commissioner title: not a person fact. 'Deputy' before her name is a City of London ward office, not a qualifier.",
        "The HMI is named 'His Majesty's Inspector of Constabulary, Matthew Ferrand'.",
        "'no causes of concern', 'good practice', the national vetting recommendation to all chief constables, "
        "'an adequate supply of funding' and London Fire Brigade are distractors. The Met is named in passing.",
    ]))

# lk05 -- London Assembly Police and Crime Committee paper (DOCX)
GOLDS.append(gold(
    "lk05.docx", "response-record", [MET], [HF],
    [insp(MET, P25), insp(MET, P22)],
    grades(MET, P25, MET25) + grades(MET, P22, [(RESP, RI), (INV, RI), (PVP, A)]),
    afis=[stmt(MET, P25, q, t, u) for (q, t), u in zip(MET_AFI, (True, True, False, True, True))],
    recs=[stmt(MET, P25, RESP, MET_R1, True), stmt(MET, P25, RESP, MET_R2, True)],
    coc=[stmt(MET, P25, RESP, MET_COC, True)],
    people=[person("Callum Ashdown", "chief-constable", MET, "Commissioner of Police of the Metropolis"),
            THACKERAY],
    notes=[
        "Paragraph 3.2 gives all ten 2023-25 grades in prose lists ('require improvement in four areas: ...').",
        "Paragraph 3.3 gives three 2021/22 grades.",
        "Tracker table: the kind of each row is in the Type column; area from its brackets. Recommendations and "
        "the cause of concern sit under responding to the public. R2 is printed as one cell already joined.",
        "AFI3's update is 'Update awaited.' so has_force_update is false; every other row has an MPS update.",
        "The Deputy Mayor for Policing and Crime exercises the PCC's functions in London but is not a PCC: "
        "not a person fact (check_gold accepts no commissioner without 'Commissioner' in the title). The national neighbourhood recommendation and the Committee's own "
        "recommendation (2.1) are not force facts.",
    ]))

# lk06 -- BTP press release (DOCX)
GOLDS.append(gold(
    "lk06.docx", "press-release", [BTP, MET, CITY], [HF],
    [insp(BTP, P25), insp(BTP, P22)],
    grades(BTP, P25, BTP25) + grades(BTP, P22, [(INV, A)]),
    people=[person("Lucinda Varga", "chief-constable", BTP, "Chief Constable"),
            person("Owen Tregarthen", "chief-constable", BTP, "Deputy Chief Constable", "deputy"),
            person("Priya Nandakumar", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "Grades are in four bullets after a lead-in 'BTP was graded:'; the first bullet lists four areas with "
        "commas inside area names ('building, supporting and protecting the workforce').",
        "'graded good in five areas' is a count; the bullets name them.",
        "'In the 2021/22 PEEL inspection the force was graded adequate for investigating crime' gives a 2021/22 judgement.",
        "The four AFIs are counted but not quoted. The grade scale in the notes to editors gives nothing.",
        "ACC Sean Mallory is not a person fact. Met and City of London are named in passing.",
    ]))

# lk07 -- local newspaper article (TXT, cp1252, CRLF)
GOLDS.append(gold(
    "lk07.txt", "press-release", [MET, BTP], [HF],
    [insp(MET, P25), insp(MET, P22)],
    grades(MET, P25, pick(MET25, [RESP, PPT, INV, PVP, WORK, SOC])) + grades(MET, P22, [(RESP, RI)]),
    people=[person("Imogen Thackeray", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Callum Ashdown", "chief-constable", MET, "Commissioner")],
    encoding="cp1252",
    also={"judgements": grades(MET, P25, [(CDI, G)])},
    notes=[
        "'requires improvement in four more areas: the way it uses powers such as stop and search, investigating "
        "crime, protecting vulnerable people and supporting its workforce' -> treatment-of-public, "
        "investigating-crime, protecting-vulnerable, workforce.",
        "'the Met's handling of calls was also judged to require improvement' (2021/22) gives responding RI.",
        "'inspectors said it was good at recording crime accurately' has a grade word but is worded as a finding, "
        "not a grade: also_acceptable.",
        "Chief Superintendent and councillor are not person facts; the grade-scale sentence and London Fire "
        "Brigade are distractors. BTP appears only in a 'Read more' link.",
    ]))

# lk08 -- national newspaper comparison (PDF)
GOLDS.append(gold(
    "lk08.pdf", "national-release", [MET, CITY, BTP], [HF, H],
    [insp(MET, P25), insp(CITY, P25), insp(BTP, P25), insp(MET, P22),
     insp(MET, "2017", "Legitimacy"), insp(CITY, "2017", "Legitimacy"), insp(MET, "2016", "Effectiveness", H)],
    grades(MET, P25, MET25) + grades(CITY, P25, CITY25) + grades(BTP, P25, BTP25)
    + grades(MET, P22, [(RESP, RI)])
    + grades(MET, "2017", [(None, G)], "Legitimacy") + grades(CITY, "2017", [(None, G)], "Legitimacy")
    + grades(MET, "2016", [(None, RI), ("protecting-vulnerable", I)], "Effectiveness"),
    people=[person("Hollis Penrose", "chief-constable", CITY, "Commissioner"),
            person("Callum Ashdown", "chief-constable", MET, "Met Commissioner"),
            person("Lucinda Varga", "chief-constable", BTP, "chief constable"),
            person("Rhodri Castell", "inspector", HF, "His Majesty's Chief Inspector of Constabulary")],
    notes=[
        "Table with one column per force and shortened area names ('Preventing crime', 'Managing offenders', "
        "'Workforce', 'Leadership').",
        "'in 2021/22 the inspectorate said it required improvement' (call handling) -> Met 2021/22 responding RI.",
        "2017: 'the Met and the City of London Police were both judged good for legitimacy' (HMICFRS by era; the "
        "body is described, not named). 2016: HMIC judged the Met's effectiveness to require improvement and "
        "its protection of vulnerable people inadequate.",
        "'good in five areas' for BTP repeats the table. National counts and enhanced monitoring name no force. "
        "London Fire Brigade is a distractor; the unnamed former chief constable is not a person.",
        "Titles as written: 'the Met Commissioner' (after the name), 'Its chief constable, Lucinda Varga'.",
    ]))

# lk09 -- Hansard Westminster Hall (PDF)
GOLDS.append(gold(
    "lk09.pdf", "national-release", [MET, CITY, BTP], [HF],
    [insp(MET, P25), insp(CITY, P25), insp(BTP, P25), insp(MET, P22)],
    grades(MET, P25, pick(MET25, [RESP, INV, PVP, SOC, CDI])) + grades(CITY, P25, [(SOC, O)])
    + grades(BTP, P25, [(CDI, RI)]) + grades(MET, P22, [(CDI, A)]),
    people=[person("Callum Ashdown", "chief-constable", MET, "Commissioner")],
    notes=[
        "MPs' speeches and the Minister's reply state the grades; MPs, the Chair and the Minister are not person facts.",
        "'good or outstanding in seven of the ten areas' names no areas: nothing beyond SOC outstanding.",
        "'in 2021/22 it had been graded adequate in that area' (crime data integrity) gives a 2021/22 judgement.",
        "The Deputy Mayor and BTP's Chief Constable are unnamed. The inspectorate's recommendation to all chief "
        "constables is national. 'Cause of concern' is mentioned without its text.",
    ]))

# lk10 -- researcher's Markdown notes
GOLDS.append(gold(
    "lk10.md", "national-release", [MET, CITY, BTP], [H, HF],
    [insp(MET, "2015", "Effectiveness", H), insp(MET, "2016", "Effectiveness", H),
     insp(CITY, "2016", "Efficiency", H), insp(MET, "2017", "Legitimacy"), insp(CITY, "2017", "Legitimacy"),
     insp(MET, P22), insp(CITY, P22), insp(BTP, P22), insp(MET, P25), insp(CITY, P25), insp(BTP, P25)],
    grades(MET, "2015", [(None, RI)], "Effectiveness")
    + grades(MET, "2016", [(None, RI), ("protecting-vulnerable", I)], "Effectiveness")
    + grades(CITY, "2016", [(None, G)], "Efficiency")
    + grades(MET, "2017", [(None, G)], "Legitimacy") + grades(CITY, "2017", [(None, G)], "Legitimacy")
    + grades(MET, P22, [(RESP, RI), (CDI, A)]) + grades(CITY, P22, [(PVP, RI)]) + grades(BTP, P22, [(INV, A)])
    + grades(MET, P25, [(RESP, I), (SOC, G)]) + grades(CITY, P25, [(SOC, O), (RESP, A)])
    + grades(BTP, P25, [(INV, RI), (CDI, RI)]),
    recs=[stmt(MET, P25, RESP, MET_R1)],
    people=[THACKERAY | {"title": "HM Inspector of Constabulary"},
            person("Matthew Ferrand", "inspector", HF, "HM Inspector of Constabulary"),
            person("Callum Ashdown", "chief-constable", MET, "Commissioner of Police of the Metropolis"),
            person("Hollis Penrose", "chief-constable", CITY, "Commissioner"),
            person("Lucinda Varga", "chief-constable", BTP, "Chief Constable")],
    notes=[
        "The Markdown table gives one judgement per row; its Inspectorate column gives each inspection's "
        "inspectorate. Forces are written 'Met', 'City of London' and 'BTP'.",
        "'The Met's 2016 legitimacy grade: a blog says \"good\" ... Don't use' is hearsay the note rejects: no "
        "judgement. 'City of London 2015 legitimacy - couldn't find a grade' gives nothing.",
        "The quoted recommendation is labelled as the Met's (responding to the public), so it is a 2023-25 "
        "recommendation; the national one 'to all chief constables' is not.",
        "People list: role after the dash is the title as written. The councillor and 'Sam' are not facts.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = g["document"].rsplit(".", 1)[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print("wrote", len(GOLDS), "gold files")


if __name__ == "__main__":
    main()
