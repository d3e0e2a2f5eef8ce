"""Write gold/nm01.json ... gold/nm10.json for corpus117 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"

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

# nm01 -- coroner's Regulation 28 report (PDF), Lancashire, PEEL 2021/22 cited ---------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "nm01.pdf", "press-release", [F, "Cumbria Constabulary"], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(RESP, RI), (PVP, A)]),
    afis=[stmt(F, P2122, RESP,
               "The force should make sure that incidents are reviewed when their attendance times are not "
               "met, and that the risk to the caller is reassessed at that point.")],
    people=[person("Marcus Tennant", "chief-constable", F, "Chief Constable")],
    notes=[
        "The numbered 'MATTERS OF CONCERN' are the coroner's, not the inspectorate's: no causes of concern.",
        "The AFI is quoted inside curly quotation marks; the gold text leaves the marks out, so check_gold's "
        "whole-span match (which wants a space either side) reports it as not found. That is a limit of the "
        "check, not of the gold.",
        "has_force_update false: the coroner says she was shown no evidence it had been completed, which is "
        "not the force's update.",
        "'graded adequate for protecting vulnerable people in the same inspection' -> PEEL 2021/22 PVP Adequate.",
        "Inspector Paul Greaves is a police inspector, not an HMI: no person fact. The PCC for Lancashire is "
        "unnamed. Cumbria Constabulary is named in passing. Dates (2022 death, 2024 inquest) are not the period.",
    ]))

# nm02 -- Chief Constable's response to a PFD report (PDF), South Yorkshire, PEEL 2023-25 -----
F = "South Yorkshire Police"
GOLDS.append(gold(
    "nm02.pdf", "response-record", [F, "Humberside Police"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PVP, G), (RESP, A), (MOS, G)]),
    afis=[stmt(F, P2325, MOS,
               "The force should make sure that custody staff complete and record a full review of the "
               "detainee's risk before release, including any information held on national systems.", True)],
    people=[person("Graham Oduya", "chief-constable", F, "Chief Constable"),
            person("Rachel Okafor", "chief-constable", F, "Deputy Chief Constable", "deputy")],
    notes=[
        "The three 'Concern' headings are the coroner's concerns, not PEEL statements.",
        "The AFI sits in a two-column table next to the force's progress, so has_force_update is true. Its "
        "question is not stated; custody belongs to 'managing offenders and suspects' in the 2023-25 framework, "
        "so managing-offenders (a grader could argue protecting-vulnerable).",
        "The five-point-scale sentence gives no judgement; 'good practice' is a distractor.",
        "Rachel Okafor signs as 'Deputy Chief Constable' (name and title on separate lines). Assistant Chief "
        "Constable Dawn Kettleborough is not a person fact; the coroner is not a person fact.",
    ]))

# nm03 -- IOPC investigation report (DOCX), Thames Valley, 2017 Effectiveness + PEEL 2018/19 ---
F = "Thames Valley Police"
GOLDS.append(gold(
    "nm03.docx", "response-record", [F, "Hampshire Constabulary"], [HF],
    [insp(F, "2017", EFF, HF), insp(F, P1819, inspectorate=HF)],
    grades(F, "2017", [(None, G), (PVP, RI)], pillar=EFF),
    afis=[stmt(F, P1819, PVP,
               "The force should make sure that officers complete a risk assessment with every victim of "
               "domestic abuse at the first opportunity, and that supervisors review the assessment before the "
               "officer goes off duty.", True)],
    people=[person("Fiona Merriwether", "chief-constable", F, "Chief Constable")],
    also={"judgements": grades(F, P1819, [(None, G)], pillar=EFF)},
    notes=[
        "2017: 'judged it to require improvement in how it protects vulnerable people' and 'good overall for "
        "effectiveness'.",
        "2018/19: 'good at keeping people safe and reducing crime' is the 2018/19 effectiveness pillar question; "
        "following dev12, a 2018/19 pillar grade goes in also_acceptable, and the inspection is PEEL 2018/19. "
        "No overall 2018/19 grade is stated.",
        "The AFI has pillar PEEL (2018/19). has_force_update true: paragraph 5 gives the force's account of where "
        "it stood on that AFI (a pilot not yet rolled out). A strict reader might call that an explanation, "
        "not an update.",
        "The three IOPC learning recommendations (and the force's responses) are the IOPC's, not HMICFRS's: "
        "no recommendation facts. The IOPC Regional Director is not a person fact.",
        "Hampshire Constabulary is named in passing. The Word header and footer are not body text.",
    ]))

# nm04 -- Chief Constable's witness statement to a public inquiry (DOCX), Notts ---------------
F = "Nottinghamshire Police"
GOLDS.append(gold(
    "nm04.docx", "press-release", [F, "Leicestershire Police"], [H, HF],
    [insp(F, "2016", EFC, H), insp(F, P2122, inspectorate=HF)],
    grades(F, "2016", [(None, RI), ("understanding-demand", I), ("using-resources", G)], pillar=EFC)
    + grades(F, P2122, [(RESP, I), (INV, RI), (PVP, A), (PREV, G), (MOS, A)]),
    coc=[stmt(F, P2122, RESP,
              "The force does not answer enough emergency and non-emergency calls within the national standards, "
              "and it does not always identify callers who are vulnerable or at risk of harm when it first takes "
              "their call.", True)],
    recs=[stmt(F, P2122, RESP,
               "Within six months, the force should make sure that it has enough trained call handlers on every "
               "shift to meet the national standards for answering 999 and 101 calls.", True),
          stmt(F, P2122, RESP,
               "Within six months, the force should make sure that its call handlers use a structured assessment "
               "to identify the risk to every caller, and that the result is recorded.", True)],
    people=[person("Jonathan Hale", "chief-constable", F, "Chief Constable"),
            person("Harriet Mayne", "chief-constable", F, "Chief Constable"),
            person("Roy Fairburn", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    also={"inspections": [insp(F, P1819, inspectorate=HF)]},
    notes=[
        "2016 efficiency: 'required improvement in how efficiently it kept people safe' (pillar), 'understanding "
        "of demand to be inadequate', 'graded good on that question' (using resources).",
        "2021/22 grades are in a two-column table; victim service 'Not graded' gives nothing. The scale "
        "sentence under the table gives nothing.",
        "The cause of concern is in Word's Quote style; its two recommendations are bullets after a lead-in "
        "that ends 'to address it:' (a lead-in with full-sentence bullets, so separate statements). Paragraph 9 "
        "is the force's update on all three.",
        "Jonathan Hale's title: 'Chief Constable of Nottinghamshire Police' in the heading; the gold uses "
        "'Chief Constable'. His earlier post 'Deputy Chief Constable of Leicestershire Police' is not a second "
        "person. Harriet Mayne is a former Chief Constable. The unnamed DCC is not a fact.",
        "2018/19 is mentioned without a grade ('I do not repeat those findings'): inspection in also_acceptable "
        "only. The fire and rescue service's 'good' is not a police judgement.",
    ]))

# nm05 -- High Court judgment (HTML), Devon and Cornwall, HMIC Legitimacy 2016 + 2015 -----------
F = "Devon and Cornwall Police"
GOLDS.append(gold(
    "nm05.html", "press-release", [F, "Dorset Police"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H)],
    grades(F, "2016", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", RI)], pillar=LEG)
    + grades(F, "2015", [(None, G)], pillar=LEG),
    afis=[stmt(F, "2016", "ethical-lawful-workforce",
               "The force should ensure that complaints from the public are recorded and handled in a way that is "
               "consistent with the relevant statutory guidance, and that complainants are told the outcome.",
               True, pillar=LEG)],
    notes=[
        "The AFI sits in a blockquote inside paragraph 4, after 'in relation to whether the force ensures that "
        "its workforce behaves ethically and lawfully', so its question is ethical-lawful-workforce.",
        "has_force_update true: paragraph 6 gives the force's evidence that it accepted the AFI and introduced "
        "a triage process.",
        "2015: 'HMIC had also judged the force to be good for legitimacy' gives the grade word.",
        "Paragraph 7's 'good', 'outstanding', 'inadequate' are a general caution, not judgements. The judge, "
        "counsel and Superintendent are not person facts. Dorset Police is named in passing (alliance).",
    ]))

# nm06 -- law firm commentary (HTML), Wiltshire + Gwent, PEEL 2023-25 -------------------------
F = "Wiltshire Police"
GW = "Gwent Police"
GOLDS.append(gold(
    "nm06.html", "national-release", [F, "Avon and Somerset Constabulary", GW], [HF],
    [insp(F, P2325, inspectorate=HF), insp(GW, P2325, inspectorate=HF)],
    grades(F, P2325, [(WORK, RI), (PPT, A)]) + grades(GW, P2325, [(WORK, G)]),
    afis=[stmt(F, P2325, WORK,
               "The force should make sure that every decision to refuse or withdraw vetting clearance records "
               "the reasons for it, and that the person affected is told how to appeal.")],
    also={"forces": ["Metropolitan Police Service"]},
    notes=[
        "Area names: 'building, supporting and protecting the workforce' -> workforce; 'police powers and "
        "public treatment' -> treatment-of-public.",
        "has_force_update false: 'The force has not ... published its response'.",
        "Gwent Police's workforce grade is given in passing ('In its own PEEL 2023-25 report, HMICFRS graded "
        "Gwent Police good ...'). Avon and Somerset is named with no grade.",
        "The Met appears only inside a case name ('Commissioner of Police of the Metropolis'), so it is in "
        "also_acceptable forces. The authors are not person facts.",
    ]))

# nm07 -- PFD blog post (TXT), Cambridgeshire, HMIC 2014 + 2015 Effectiveness ----------------
F = "Cambridgeshire Constabulary"
GOLDS.append(gold(
    "nm07.txt", "press-release", [F, "Bedfordshire Police", "Hertfordshire Constabulary"], [H],
    [insp(F, "2014", EFF, H), insp(F, "2014", EFC, H), insp(F, "2015", EFF, H)],
    grades(F, "2014", [(None, RI)], pillar=EFF) + grades(F, "2014", [(None, G)], pillar=EFC)
    + grades(F, "2015", [(None, RI), (PVP, I), (PREV, G)], pillar=EFF),
    afis=[stmt(F, "2015", None,
               "The force should ensure that call handlers identify vulnerable callers and those at risk at the "
               "first point of contact, and that this is recorded.", True, pillar=EFF),
          stmt(F, "2015", None,
               "The force should review how it allocates incidents so that the response reflects the level of "
               "risk rather than the availability of officers.", False, pillar=EFF)],
    people=[person("Miriam Dunmore", "chief-constable", F, "Acting Chief Constable", "acting")],
    notes=[
        "The numbered list under 'The coroner's concerns' is the coroner's, not HMIC's.",
        "The two AFIs follow a lead-in ('Among the areas for improvement in that report were these:') with "
        "full-sentence bullets, so they are separate statements. The post does not say which question they "
        "sat under: question null.",
        "has_force_update: the reply speaks to the call-handler AFI only.",
        "Bedfordshire and Hertfordshire are named only as collaboration partners. Highways England is not a "
        "force. The 2016 death and 2018 inquest dates are not periods.",
    ]))

# nm08 -- IOPC learning recommendations page (MD), West Midlands, PEEL 2021/22 ---------------
F = "West Midlands Police"
GOLDS.append(gold(
    "nm08.md", "response-record", [F], [HF],
    [insp(F, P2122, inspectorate=HF)],
    grades(F, P2122, [(INV, RI), (PREV, A)]),
    afis=[stmt(F, P2122, None,
               "The force should make sure that investigations of harassment and stalking are allocated to staff "
               "with the right training, and that victims are kept updated.", True)],
    people=[person("Owen Mbeki", "chief-constable", F, "Temporary Deputy Chief Constable", "deputy")],
    notes=[
        "The three 'Recommendation n' items are IOPC learning recommendations (the page says so): no "
        "recommendation facts.",
        "The AFI is under 'Relevant inspection findings'; the page does not say which graded area it sits "
        "under (investigating crime or protecting vulnerable people), so question null.",
        "'The force told us that a specialist ... team was set up' is the force's update: true.",
        "Owen Mbeki is a 'Temporary Deputy Chief Constable'. GOLD-FORMAT allows one qualifier; check_gold "
        "takes 'deputy' when both words are present, so qualifier 'deputy'. 'temporary' would be equally fair.",
        "West Midlands Ambulance Service is not a police force.",
    ]))

# nm09 -- family's closing submissions at an inquest (TXT), Northumbria, 2016 + 2017 -----------
F = "Northumbria Police"
GOLDS.append(gold(
    "nm09.txt", "press-release", [F, "Durham Constabulary"], [H, HF],
    [insp(F, "2016", EFF, H), insp(F, "2017", EFF, HF)],
    grades(F, "2016", [(None, G), (PVP, RI)], pillar=EFF) + grades(F, "2017", [(PVP, G)], pillar=EFF),
    coc=[stmt(F, "2016", PVP,
              "The force does not always respond quickly enough to reports of missing children, and it does not "
              "consistently identify those children who go missing repeatedly and are at risk of sexual "
              "exploitation.", False, pillar=EFF)],
    recs=[stmt(F, "2016", PVP,
               "Within three months, the force should ensure that every report of a missing child is risk "
               "assessed by a supervisor, and that children who go missing repeatedly are referred to the "
               "multi-agency child sexual exploitation panel.", True, pillar=EFF)],
    people=[person("Winifred Armstrong", "chief-constable", F, "Chief Constable")],
    notes=[
        "The cause of concern follows a 'Cause of concern' label line; it and its recommendation sit in the "
        "paragraph about protecting vulnerable people, hence protecting-vulnerable.",
        "has_force_update: paragraph 6 quotes the force's own response document ('complete') for the "
        "recommendation; nothing is said about the cause of concern itself.",
        "2017: 'HMICFRS had concluded that the force was good at protecting vulnerable people' (HMICFRS named "
        "for that inspection; HMIC for 2016).",
        "DCI Alan Brough, counsel and family members are not person facts. Durham Constabulary is named in "
        "passing. 2017 and 2020 are also the dates of the death and the hearing.",
    ]))

# nm10 -- public inquiry report chapter (MD), Gwent, PEEL 2021/22 + 2023-25 --------------------
F = "Gwent Police"
GOLDS.append(gold(
    "nm10.md", "press-release", [F, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(F, P2122, inspectorate=HF), insp(F, P2325, inspectorate=HF)],
    grades(F, P2122, [(RESP, A)]) + grades(F, P2325, [(RESP, RI), (PVP, RI), (LFM, A)]),
    afis=[stmt(F, P2122, RESP,
               "The force should make sure that its control room supervisors have enough oversight of open "
               "incidents to identify those where the risk to the caller has increased.", False),
          stmt(F, P2325, RESP,
               "The force should make sure that calls are answered within the national standards and that "
               "repeat callers are identified at the point of contact.", True)],
    people=[person("Elinor Pryce", "inspector", HF, "HM Inspector of Constabulary"),
            person("Aled Powys-Morgan", "chief-constable", F, "Chief Constable"),
            person("Rhodri Vaughan", "commissioner", F, "Police and Crime Commissioner for Gwent")],
    notes=[
        "Recommendations 14 and 15 are the Inquiry's own, not HMICFRS's: no recommendation facts.",
        "The AFIs are not placed under a graded area in the text; both are about the control room and "
        "follow the responding grades, so responding-to-public.",
        "2021/22 AFI: 9.4 says there was no evidence of action, which is not an update (false). 2023-25 AFI: "
        "the Chief Constable's evidence in 9.6 is the force's update (true).",
        "'leadership and force management' -> leadership-management.",
        "South Wales Police and Dyfed-Powys Police are named in passing. Module dates and the 2022 incident "
        "are not periods. The Chair is not a person fact.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        path = os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
