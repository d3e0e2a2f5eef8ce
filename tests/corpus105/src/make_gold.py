"""Write gold/my01.json ... gold/my10.json for corpus105 (format: shared/corpus/GOLD-FORMAT.md).
Standard library only:  python3 src/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
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

# my01 -- Sussex PCC listing page of HMICFRS reports --------------------------------------
F = "Sussex Police"
GOLDS.append(gold(
    "my01.html", "response-record", [F], [HF, H],
    [insp(F, "2017", "Effectiveness", HF), insp(F, "2016", "Effectiveness"),
     insp(F, "2017", "Legitimacy", HF), insp(F, "2017", "Efficiency", HF)],
    grades(F, "2017", [(None, RI)], "Effectiveness")
    + grades(F, "2016", [(None, RI)], "Effectiveness")
    + grades(F, "2017", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                         ("fair-treatment-workforce", RI)], "Legitimacy")
    + grades(F, "2017", [(None, G), ("understanding-demand", G), ("planning-future", G),
                         ("using-resources", RI)], "Efficiency"),
    afis=[stmt(F, "2017", "fair-treatment-workforce",
               "The force should improve how it monitors the fairness of its promotion and selection "
               "processes, and act on what that monitoring tells it.", False, "Legitimacy")],
    people=[person("Katy Bourne", "commissioner", F, "Police & Crime Commissioner"),
            person("Giles York", "chief-constable", F, "Chief Constable")],
    notes=[
        "A PCC's listing page of every inspection report, newest first. Only the three PEEL 2017 "
        "entries give PEEL facts; each names HMICFRS, so their inspectorate is HMICFRS.",
        "'Last year the force was also judged to require improvement' gives the 2016 effectiveness "
        "grade (grade words present). The sentence names no inspectorate, so that inspection's is null.",
        "NOT PEEL, left out: the 2018 Crime Data Integrity grade ('requires improvement'), a standalone "
        "crime-recording inspection with no PEEL period; the joint custody inspection with HM "
        "Inspectorate of Prisons (its quoted cause of concern is a custody cause of concern); the "
        "PCC-commissioned stalking inspection (its quoted recommendation is not a PEEL recommendation); "
        "the national honour-based violence report (HMIC named, no grade). HMIC is in inspectorates "
        "because that entry names it.",
        "The PCC's quote says she will ask the Chief Constable; the legitimacy AFI has no force update "
        "(the Chief Constable's remark sits under the efficiency entry and answers no statement).",
        "Titles: 'Police & Crime Commissioner Katy Bourne' (title-first, kept with the ampersand as "
        "written); 'Chief Constable Giles York'.",
    ]))

# my02 -- Durham Police and Crime Panel report (PDF) ---------------------------------------
F = "Durham Constabulary"
GOLDS.append(gold(
    "my02.pdf", "response-record", [F], [HF],
    [insp(F, "2021/22", inspectorate=HF)],
    grades(F, "2021/22", [(PPT, G), (PREV, O), (RESP, RI), (INV, G), (PVP, G), (MOS, G),
                          (WORK, G), (LFM, A)]),
    afis=[stmt(F, "2021/22", RESP,
               "The force should make sure that it answers emergency and non-emergency calls within "
               "national standards, and that fewer non-emergency callers abandon their call.", True),
          stmt(F, "2021/22", RESP,
               "The force should make sure that repeat and vulnerable callers are identified when they "
               "first make contact, so that the response they get reflects the risk they face.", False)],
    people=[person("Joy Allen", "commissioner", F,
                   "Police, Crime and Victims\u2019 Commissioner for County Durham and Darlington"),
            person("Roy Wilsher", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
            person("Jo Farrell", "chief-constable", F, "Chief Constable")],
    notes=[
        "Table 2 gives the PEEL 2021/22 grades: 'Developing a positive workplace' -> workforce; "
        "'Good use of resources' -> leadership-management (its 'Good' is part of the name; the grade "
        "cell says Adequate). Victims 'Not graded' gives nothing. The grading-scale sentence in para 4 "
        "gives nothing.",
        "NOT PEEL, left out: County Durham and Darlington Fire and Rescue Service's Effectiveness/"
        "Efficiency/People grades (same pillar words, but a fire inspection); the joint custody "
        "inspection (counts of causes of concern/recommendations/AFIs, and a quoted custody cause of "
        "concern in para 7); the national vetting thematic; HM Inspectorate of Probation's "
        "'Requires improvement' rating of a Probation Delivery Unit; the Darlington JTAI letter.",
        "AFI 1 is followed by 'Force update:' (true). AFI 2 is followed only by the Commissioner's "
        "comment saying the force had not provided an update (false).",
        "Joy Allen is named name-first in the report heading, so her title is kept in full with the "
        "curly apostrophe of the PDF. The HMI's title keeps the curly apostrophe too.",
    ]))

# my03 -- Medway council scrutiny paper (DOCX) --------------------------------------------
F = "Kent Police"
GOLDS.append(gold(
    "my03.docx", "national-release", [F], [HF],
    [insp(F, "2021/22", inspectorate=HF)],
    grades(F, "2021/22", [(PREV, G), (INV, G), (PVP, A), (RESP, RI), (PPT, G)]),
    afis=[stmt(F, "2021/22", None,
               "The force should make sure that officers consider the needs of children present at "
               "incidents of domestic abuse and share that information with the local authority promptly.", True),
          stmt(F, "2021/22", None,
               "The force should improve the quality of its problem-solving plans for anti-social "
               "behaviour, and evaluate them so that what works can be shared with partners.", False)],
    people=[person("Matthew Scott", "commissioner", F, "Police and Crime Commissioner"),
            person("Tim Smith", "chief-constable", F, "Chief Constable")],
    also={"areas_for_improvement": []},
    notes=[
        "A council overview and scrutiny report listing every inspection of the community safety "
        "partners. PEEL grades come only from para 3.1 (five areas named with grades). Table 1's "
        "'Good in five areas, adequate in three, requires improvement in one' is a count without "
        "areas and gives nothing more.",
        "The two AFIs sit in Table 2 with no area column, so question is null (the first is about "
        "domestic abuse, the second about anti-social behaviour; a grader could key them "
        "protecting-vulnerable and preventing-crime). AFI 1 has a Kent Police update (true); AFI 2's "
        "update cell is an em dash (false).",
        "NOT PEEL, left out: Ofsted's ILACS judgement (and 'inadequate' 2019, 'good' for help and "
        "protection), HM Inspectorate of Probation's youth justice rating and its quoted "
        "recommendation, the CQC rating of an NHS trust, Kent Fire and Rescue Service's "
        "Effectiveness/Efficiency/People grades and cause of concern, and the ungraded custody "
        "inspection and its recommendations.",
        "'Kent's Police and Crime Commissioner, Matthew Scott' -> title 'Police and Crime "
        "Commissioner' (place word dropped, as corpus13 does for a title before the name).",
    ]))
GOLDS[-1].pop("also_acceptable")

# my04 -- news item on crime recording (TXT) ----------------------------------------------
M, DC = "Merseyside Police", "Devon and Cornwall Police"
AS, NB, TV = "Avon and Somerset Constabulary", "Northumbria Police", "Thames Valley Police"
GOLDS.append(gold(
    "my04.txt", "press-release", [M, NB, DC, AS, TV], [H],
    [insp(M, "2015", "Effectiveness", H), insp(DC, "2016", "Efficiency", H)],
    grades(M, "2015", [(None, G)], "Effectiveness") + grades(DC, "2016", [(None, G)], "Efficiency"),
    people=[person("Mike Cunningham", "inspector", H, "HM Inspector of Constabulary"),
            person("Wendy Williams", "inspector", H, "HM Inspector of Constabulary"),
            person("Andy Cooke", "chief-constable", M, "Chief Constable"),
            person("Jane Kennedy", "commissioner", M, "Police and Crime Commissioner")],
    also={"judgements": grades(DC, "2016", [("understanding-demand", G), ("planning-future", RI)],
                               "Efficiency")},
    notes=[
        "A news story about crime data integrity (CDI) grades. The four CDI grades (Merseyside and "
        "Devon and Cornwall 'inadequate', Avon and Somerset and Northumbria 'require improvement') "
        "are NOT PEEL facts: CDI was a separate rolling inspection programme in 2016-2019 with no PEEL "
        "period, so they are left out, and Avon and Somerset and Northumbria are forces named with no "
        "PEEL inspection. Thames Valley is named in passing.",
        "PEEL facts: 'Merseyside was rated good for effectiveness in HMIC's 2015 PEEL assessment' and "
        "'Devon and Cornwall Police was judged good for efficiency in 2016'. Both sentences name HMIC.",
        "'Inspectors said in November that Devon and Cornwall's understanding of the demand ... was "
        "good, but that it required improvement in planning for the future' is only loosely tied to "
        "the 2016 efficiency inspection (it does not name it), so the two question grades are in "
        "also_acceptable.",
        "The HMIs are people facts although they speak about the CDI inspections.",
    ]))

# my05 -- Markdown round-up: HMICS, CJI, North Wales PEEL, IOPC --------------------------
F, DP = "North Wales Police", "Dyfed-Powys Police"
GOLDS.append(gold(
    "my05.md", "national-release", [F, DP, "Gwent Police", "South Wales Police"], [HF],
    [insp(F, "2023-25", inspectorate=HF), insp(DP, "2023-25")],
    grades(F, "2023-25", [(PPT, G), (PREV, G), (RESP, A), (INV, G), (PVP, G), (MOS, RI),
                          (WORK, A), (LFM, G)])
    + grades(DP, "2023-25", [(RESP, A)]),
    afis=[stmt(F, "2023-25", None,
               "The force should make sure that visits to registered sex offenders take place when they "
               "are due, and that their risk assessments are reviewed after every visit.", False)],
    people=[person("Gareth Pennant", "inspector", HF, "HM Inspector of Constabulary"),
            person("Andy Dunbobbin", "commissioner", F, "Police and Crime Commissioner"),
            person("Amanda Blakeman", "chief-constable", F, "Chief Constable")],
    notes=[
        "A markdown news round-up. Only the North Wales section (table of eight 2023-25 grades) and "
        "the Dyfed-Powys sentence ('inspected earlier in the same cycle, was also judged adequate at "
        "responding to the public') give PEEL facts; Dyfed-Powys's inspectorate is not stated (null). "
        "Crime data integrity 'was not assessed this time': no judgement. 'Heddlu Gogledd Cymru' is "
        "North Wales Police.",
        "The AFI is introduced without an area heading, after the HMI's remark about sex offenders: "
        "question null (a grader could key it managing-offenders).",
        "NOT PEEL, left out: HMICS's recommendation to Police Scotland and CJI's recommendation to "
        "the PSNI (neither force is in forces.csv, neither body is HMIC/HMICFRS); the IOPC's "
        "gross-misconduct finding about Gwent Police officers; the South Wales custody causes of "
        "concern. Gwent and South Wales are forces named in passing.",
        "inspectorates is ['HMICFRS'] only. 'HM Inspectorate of Constabulary in Scotland (HMICS)' is "
        "a different body, but check_gold's HMIC pattern ('Inspectorate of Constabulary' not followed "
        "by 'and Fire') matches it: a limitation of check_gold, reported in the README.",
        "Jacqui Durkin, Chief Inspector of Criminal Justice (Northern Ireland), is not an HMIC/HMICFRS "
        "inspector and is not a person fact. The HM Chief Inspector in Scotland is unnamed. "
        "'North Wales Police and Crime Commissioner Andy Dunbobbin' -> 'Police and Crime Commissioner'.",
    ]))

# my06 -- Cumbria PFCC inspection summary (DOCX) ------------------------------------------
F = "Cumbria Constabulary"
GOLDS.append(gold(
    "my06.docx", "response-record", [F], [HF],
    [insp(F, "2023-25", inspectorate=HF)],
    grades(F, "2023-25", [(PPT, G), (PREV, A), (RESP, G), (INV, A), (PVP, RI), (MOS, G),
                          (WORK, A), (LFM, G)]),
    afis=[stmt(F, "2023-25", PVP,
               "The Constabulary should make sure that it completes risk assessments for all victims of "
               "domestic abuse at the first contact, and that supervisors review them within 24 hours.", True),
          stmt(F, "2023-25", PVP,
               "The Constabulary should improve the way it identifies and records children who go missing "
               "repeatedly, so that it can share information with partners and reduce the risk they face.", False)],
    people=[person("Alan Threlkeld", "commissioner", F, "Police, Fire and Crime Commissioner for Cumbria"),
            person("Imogen Ashworth-Kerr", "inspector", HF, "His Majesty's Inspector of Constabulary"),
            person("Rachel Hewitson", "chief-constable", F, "Chief Constable")],
    also={"people": [person("Owain Prydderch", "inspector", HF,
                            "His Majesty's Inspector of Fire & Rescue Services")]},
    notes=[
        "A PFCC's quarterly summary covering the police force and the fire and rescue service he "
        "governs. The PEEL 2023-25 grade table gives eight judgements; victims 'Not graded' gives none.",
        "NOT PEEL, left out: the Cumbria Fire and Rescue Service round 3 (2023-25) table of eleven "
        "areas, graded with the same five words, its quoted cause of concern, the custody inspection's "
        "cause of concern and recommendations, the national activism and impartiality thematic, and "
        "HM Inspectorate of Probation's 'good' for youth justice.",
        "The two AFIs sit under 'the two about protecting vulnerable people'. AFI 1 has a "
        "'Constabulary response:' (true); AFI 2 has only the Commissioner's comment (false).",
        "The fire HMI, 'His Majesty's Inspector of Fire & Rescue Services Owain Prydderch', is an "
        "HMICFRS inspector but not an inspector of constabulary and led the fire report only: "
        "also_acceptable. The Chief Constable's unnamed Deputy is not a person fact.",
        "The PFCC signs name-first: title kept in full. The HMI's apostrophe is straight (Word).",
    ]))

# my07 -- Lincolnshire PCC annual report page (PDF) ---------------------------------------
F = "Lincolnshire Police"
GOLDS.append(gold(
    "my07.pdf", "response-record", [F], [HF],
    [insp(F, "2018/19", inspectorate=HF)],
    grades(F, "2018/19", [("planning-future", G), (PVP, RI)]),
    afis=[stmt(F, "2018/19", None,
               "The force should make sure that it responds to calls from vulnerable people within the "
               "times it has set itself, and that it reviews the risk to those victims while they wait.", True)],
    people=[person("Bill Skelly", "chief-constable", F, "Chief Constable"),
            person("Craig Naylor", "chief-constable", F, "Deputy Chief Constable", "deputy"),
            person("Marc Jones", "commissioner", F, "Police and Crime Commissioner for Lincolnshire")],
    also={"judgements": grades(F, "2018/19", [(None, RI)], "Effectiveness")
          + grades(F, "2018/19", [(None, G)], "Efficiency")
          + grades(F, "2018/19", [(None, G)], "Legitimacy")},
    notes=[
        "A page of a PCC's annual report. PEEL 2018/19 follows dev12: the pillar grades ('require "
        "improvement in its effectiveness, and ... good for both efficiency and legitimacy') are in "
        "also_acceptable; the question grades 'planning for the future as good' and 'protecting "
        "vulnerable people ... requires improvement' are main judgements with pillar PEEL.",
        "The AFI sits under the PEEL 2018/19 heading with no question heading: question null (a grader "
        "could key it protecting-vulnerable). The Chief Constable's plan answers it (true).",
        "NOT PEEL, left out: the July 2018 crime data integrity grade 'inadequate' (in text and table), "
        "the custody inspection with HM Inspectorate of Prisons, the national child protection "
        "post-inspection review, Lincolnshire Fire and Rescue's 2018/19 Effectiveness/Efficiency/People "
        "grades (same period and pillar words as PEEL 2018/19), and the national thematics.",
        "Deputy Chief Constable Craig Naylor is named for the CDI plan but is a person fact "
        "(chief-constable, deputy). The PCC signs name-first: 'Police and Crime Commissioner for "
        "Lincolnshire'.",
    ]))

# my08 -- Derby City Council press release on a JTAI (HTML) -------------------------------
F = "Derbyshire Constabulary"
GOLDS.append(gold(
    "my08.html", "press-release", [F, "Nottinghamshire Police"], [HF],
    [insp(F, "2021/22", inspectorate=HF)],
    grades(F, "2021/22", [(PVP, G), (RESP, A)]),
    afis=[stmt(F, "2021/22", None,
               "The force should make sure that all officers understand the powers available to them to "
               "protect victims of domestic abuse, including domestic violence protection notices and orders.", True)],
    people=[person("Angelique Foster", "commissioner", F, "Police and Crime Commissioner"),
            person("Rachel Swann", "chief-constable", F, "Chief Constable")],
    notes=[
        "A council press release about a joint targeted area inspection (JTAI), which awards no grades. "
        "The only PEEL facts are in 'In its PEEL 2021/22 report, HMICFRS graded Derbyshire Constabulary "
        "good at protecting vulnerable people, and adequate at responding to the public' and the AFI "
        "quoted after it.",
        "The AFI has no area heading: question null (protecting-vulnerable is plausible). The next "
        "sentence reports the force's progress on it (trained 900 officers), so has_force_update is "
        "true, although the progress is reported through the JTAI letter.",
        "NOT PEEL, left out: the JTAI's partnership area for improvement (paraphrased, addressed to "
        "'partners'), Ofsted's 2022 'good' and 'outstanding' judgements, and the Ofsted grading key in "
        "the notes. Nottinghamshire Police is named in passing; Derbyshire Fire and Rescue Service was "
        "not inspected.",
        "The councillor is not a person fact. 'Derbyshire's Police and Crime Commissioner, Angelique "
        "Foster' -> 'Police and Crime Commissioner'.",
    ]))

# my09 -- Leicestershire recommendations tracker (CSV) ------------------------------------
F = "Leicestershire Police"
GOLDS.append(gold(
    "my09.csv", "response-record", [F], [HF],
    [insp(F, "2021/22", inspectorate=HF), insp(F, "2018/19", inspectorate=HF)],
    grades(F, "2021/22", [(RESP, RI), (CDI, G)]),
    afis=[stmt(F, "2021/22", RESP,
               "The force should make sure that it answers non-emergency calls promptly and that callers "
               "are given an appropriate response.", True),
          stmt(F, "2021/22", INV,
               "The force should improve the supervision of investigations, making sure that supervisors "
               "record their reviews and set clear actions.", False),
          stmt(F, "2018/19", PVP,
               "The force should make sure that officers and staff understand how to identify and respond "
               "to hidden harms such as modern slavery.", True)],
    notes=[
        "A force tracker exported to CSV. Rows whose Source report is PEEL give PEEL facts: two "
        "graded-judgement rows (2021/22 'Recording data about crime' -> crime-recording, which IS a "
        "PEEL area in 2021/22) and three AFIs, one from PEEL 2018/19 (Area column -> "
        "protecting-vulnerable, pillar PEEL, update present).",
        "NOT PEEL, left out: the standalone 'Crime Data Integrity 2019' row with grade Good and its "
        "recommendation (a CDI inspection before crime recording was folded into PEEL), the custody "
        "cause of concern and recommendation, the national vetting thematic's recommendation to chief "
        "constables, and the IOPC learning recommendation.",
        "has_force_update: true where 'Latest update' has text; P21-AFI-06 has an empty update cell.",
        "Assistant chief constable appears only as a role ('ACC Local Policing'): no person fact. The "
        "commissioner is unnamed.",
        "check_gold cannot find the AFI texts in the raw CSV, because CSV quoting puts a '\"' next to "
        "each text that contains a comma; see the README.",
    ]))

# my10 -- Bedfordshire PCC news page (HTML) -----------------------------------------------
F = "Bedfordshire Police"
GOLDS.append(gold(
    "my10.html", "press-release", [F, "Hertfordshire Constabulary", "Cambridgeshire Constabulary"], [H],
    [insp(F, "2016", "Effectiveness", H), insp(F, "2015", "Effectiveness", H)],
    grades(F, "2016", [(None, RI), (PREV, G), (INV, RI), (PVP, RI), ("serious-organised-crime", G)],
           "Effectiveness")
    + grades(F, "2015", [(PVP, I)], "Effectiveness"),
    coc=[stmt(F, "2016", PVP,
              "Bedfordshire Police does not respond consistently to children who go missing from home, and "
              "as a result some children who are at risk of harm are not being protected quickly enough.",
              True, "Effectiveness")],
    people=[person("Kathryn Holloway", "commissioner", F, "Police and Crime Commissioner"),
            person("Zo\u00eb Billingham", "inspector", H, "HM Inspector of Constabulary"),
            person("Jon Boutcher", "chief-constable", F, "Chief Constable")],
    notes=[
        "A PCC news page on the PEEL effectiveness 2016 report (published March 2017). Question grades "
        "are in a bulleted list; specialist capabilities 'assessed but not graded' gives nothing.",
        "'in 2015 HMIC judged the force inadequate in this area' gives the 2015 protecting-vulnerable "
        "grade (HMIC named). The PCC's 'out of inadequate' repeats it.",
        "The cause of concern follows the protecting-vulnerable paragraph; the Chief Constable's "
        "missing persons team answers it (true).",
        "NOT PEEL, left out: the national child protection inspection (14 recommendations, not "
        "graded) and the IPCC independent investigation. Hertfordshire and Cambridgeshire are "
        "collaboration partners named in passing. The fire governance headline gives nothing.",
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
