"""Write gold/lh01.json ... gold/lh10.json for corpus63 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"
WK, WM = "Warwickshire Police", "West Mercia Police"
NY, SY = "North Yorkshire Police", "South Yorkshire Police"

PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

# The invented grades, shared by every document that states them.
WK_2122 = [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, A),
           (WORK, G), (LFM, A), (CDI, G)]
WM_2325 = [(PPT, G), (PREV, A), (RESP, RI), (INV, RI), (PVP, A), (MOS, G), (WORK, A),
           (LFM, A), (CDI, G)]
NY_2122 = [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (SOC, A),
           (WORK, G), (LFM, A), (CDI, G)]
NY_2325 = [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, A), (MOS, A), (WORK, G),
           (LFM, RI), (CDI, G)]
SY_2325 = [(PPT, G), (PREV, O), (RESP, A), (INV, G), (PVP, G), (MOS, G), (WORK, G),
           (LFM, G), (CDI, G)]

WM_AFI = {
    RESP: "The force should make sure that it answers non-emergency calls promptly and that "
          "callers who abandon a call are contacted again where there is a risk of harm.",
    INV: "The force should make sure that investigation plans are recorded and supervised, and "
         "that victims are updated in line with the Code of Practice for Victims of Crime.",
    PVP: "The force should improve how it shares information with partner agencies about "
         "children who are at risk of exploitation.",
    WORK: "The force should make sure that its wellbeing provision reaches staff working in the "
          "control room.",
    PREV: "The force should evaluate its problem-solving work so that it understands which "
          "approaches reduce demand.",
}


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

# lh01 -- encyclopaedia article (HTML), North Yorkshire Police -----------------------------
PILLARS_NY = {"2015": (G, G, G), "2016": (G, G, G), "2017": (G, RI, G), P1819: (G, RI, G)}
ins, jud = [], []
for period, (e, f, l) in PILLARS_NY.items():
    who = H if period in ("2015", "2016") else HF
    for pillar, grade in ((EFF, e), (EFC, f), (LEG, l)):
        ins.append(insp(NY, period, pillar, who))
        jud += grades(NY, period, [(None, grade)], pillar)
GOLDS.append(gold(
    "lh01.html", "national-release", [NY, SY], [HF, H],
    ins + [insp(NY, P2122, inspectorate=HF), insp(NY, P2325, inspectorate=HF)],
    jud + grades(NY, P2122, NY_2122) + grades(NY, P2325, NY_2325),
    people=[
        person("Imogen Thwaite", "chief-constable", NY, "Chief Constable"),
        person("Ffion Maddox", "inspector", HF, "His Majesty's Inspector of Constabulary"),
    ],
    also={
        "inspections": [insp(NY, P1819, "PEEL", HF)],
        "people": [person("Leonard Ashby", "chief-constable", NY, "chief constable")],
    },
    notes=[
        "Pillar table: rows 2015-2018/19 with an Inspectorate column (HMIC for 2015 and 2016, "
        "HMICFRS from 2017), so each pillar inspection takes the inspectorate of its row. "
        "Reference marks inside cells ('Good[7]', 'Requires improvement[9]') are not part of "
        "the grade. As in corpus13, the 2018/19 row gives pillar judgements with period 2018/19; "
        "the integrated PEEL 2018/19 inspection is only in also_acceptable.",
        "Area table: 2021/22 and 2023-25 columns, keyed by the 2023-25 row names; footnote a "
        "gives the 2021/22 names ('Good use of resources' -> leadership-management: its 'Good' "
        "is not a grade). 'Not graded' (victims) and 'Not inspected' (SOC 2023-25) give nothing.",
        "The cause of concern is described, not quoted: no cause-of-concern fact. The 2017 "
        "efficiency prose has no grade word beyond the table.",
        "North Yorkshire Fire and Rescue Service 'requires improvement' is a fire inspection: no "
        "fact. South Yorkshire Police appears only under 'See also'.",
        "People: the infobox gives 'Imogen Thwaite, Chief Constable'. The Deputy Mayor for "
        "Policing, Fire and Crime (Owain Pruett) is not a person fact: the role exercises PCC "
        "functions by delegation and its title names no commissioner (as in corpus13). Leonard "
        "Ashby is a former chief constable (History), so only in also_acceptable. The HMI title "
        "keeps the straight apostrophe of the page.",
    ]))

# lh02 -- wiki talk page with a revision diff (Markdown), Warwickshire Police --------------
GOLDS.append(gold(
    "lh02.md", "national-release", [WK, WM], [HF, H],
    [insp(WK, "2017", LEG, HF), insp(WK, "2017", EFF, HF), insp(WK, P2122, inspectorate=HF)],
    grades(WK, "2017", [(None, G)], LEG) + grades(WK, "2017", [(None, RI)], EFF)
    + grades(WK, P2122, WK_2122),
    afis=[stmt(WK, P2122, RESP,
               "The force should make sure that it answers emergency and non-emergency calls "
               "within national standards, and that call handlers use a structured risk "
               "assessment for every call.")],
    people=[person("Priya Lambourne", "chief-constable", WK, "Temporary Chief Constable",
                   "temporary")],
    also={
        "inspections": [insp(WK, "2016", LEG, None)],
        "judgements": grades(WK, "2016", [(None, G)], LEG),
        "people": [person("Damian Oakes", "chief-constable", WK, "chief constable")],
    },
    notes=[
        "'That year's legitimacy report from HMICFRS judged the force good, as it had in 2016' "
        "gives 2017 Legitimacy Good; 'as it had in 2016' is a same-as-before phrase, so the 2016 "
        "grade is only in also_acceptable (GOLD-FORMAT convention). 'the effectiveness report the "
        "same year said it requires improvement' gives 2017 Effectiveness RI (HMICFRS: same "
        "sentence and year).",
        "The draft table is the editors' transcription of the PEEL 2021/22 report: 'Preventing "
        "crime and anti-social behaviour' -> preventing-crime, 'Developing a positive workplace' "
        "-> workforce, 'Good use of resources' -> leadership-management, 'Recording data about "
        "crime' -> crime-recording; victims 'not graded'.",
        "The revision diff removes a wrong 'Adequate' for responding and adds 'Requires "
        "improvement'; the edit summary says the old value was a copying error. Only the "
        "corrected grade is a fact. The newspaper's 'rated good in four areas' is a count "
        "with no areas.",
        "The quoted AFI is introduced as 'the one area for improvement about call handling' "
        "in the draft's responding row context -> responding-to-public; no force update.",
        "People: Temporary Chief Constable Priya Lambourne. Damian Oakes is the retired chief "
        "constable (also_acceptable only). Assistant chief constables are unnamed. Usernames "
        "are not people facts. West Mercia Police is named only for the ended alliance.",
        "Ofsted 'good' belongs to the county council's children's services; 'good practice' "
        "boxes are not grades.",
    ]))

# lh03 -- academic paper online appendix (PDF), four forces --------------------------------
B1 = {NY: (G, G, G), SY: (RI, RI, G), WK: (G, G, RI), WM: (RI, G, RI)}
B2 = {NY: G, SY: RI, WK: G, WM: RI}
ins, jud = [], []
for f, gs in B1.items():
    for period, grade in zip(("2015", "2016", "2017"), gs):
        ins.append(insp(f, period, EFF, H if period != "2017" else HF))
        jud += grades(f, period, [(None, grade)], EFF)
for f, grade in B2.items():
    jud += grades(f, "2016", [(PVP, grade)], EFF)
GOLDS.append(gold(
    "lh03.pdf", "national-release", [WK, WM, NY, SY], [H, HF], ins, jud,
    notes=[
        "Table B1 gives the overall effectiveness grade per force for 2015, 2016 and 2017; its "
        "source note names HMIC for 2015-2016 and HMICFRS for 2017, and A.1 says the same. "
        "Footnote letters print glued to the grade ('improvementa', 'Goodc').",
        "Footnote c: West Mercia 2016 was 'First published as \u201crequires improvement\u201d in "
        "error' in a regional table; the force report 'always gave good'. The grade is Good.",
        "Table B2 is the 2016 question 'How effective is the force at protecting those who are "
        "vulnerable from harm, and supporting victims?' -> protecting-vulnerable. Its AFI counts "
        "are numbers, not statements.",
        "Appendix C lists the grading scale (a key), and Ofsted's 'requires improvement' is "
        "a distractor; footnote a mentions a 2016 cause of concern without its text: nothing. "
        "Authors and unnamed assistant chief constables are not people facts.",
        "Citation years (HMIC 2017a, Ofsted 2012, Ramsden 2019) are publication years, not "
        "periods.",
    ]))

# lh04 -- FOI disclosure log entry (DOCX), West Mercia Police -----------------------------
GOLDS.append(gold(
    "lh04.docx", "response-record", [WM], [HF],
    [insp(WM, P2325, inspectorate=HF), insp(WM, P2122, inspectorate=HF)],
    grades(WM, P2325, WM_2325) + grades(WM, P2122, [(RESP, I), (INV, RI)]),
    afis=[
        stmt(WM, P2325, RESP, WM_AFI[RESP], True),
        stmt(WM, P2325, INV, WM_AFI[INV], True),
        stmt(WM, P2325, PVP, WM_AFI[PVP], False),
        stmt(WM, P2325, WORK, WM_AFI[WORK], True),
        stmt(WM, P2325, PREV, WM_AFI[PREV], True),
    ],
    notes=[
        "Genre: an FOI response is the force's own account of an inspection and its progress, "
        "so response-record (closest fit).",
        "The grades table gives the nine 2023-25 grades; victims 'Not graded'. The paragraph "
        "after it gives two 2021/22 grades ('graded inadequate for responding to the public and "
        "requires improvement for investigating crime'); the 'previous inspection' is that of "
        "the inspectorate named in the request, so HMICFRS.",
        "AFI table: the area column gives the question. 'Action taken' is the force's update: "
        "true for 1, 2, 4 and 5. AFI 3's cell cites a section 31 exemption and gives no update, "
        "so false.",
        "'no causes of concern', 'good practice' (drones), the Engage answer, the unnamed "
        "Assistant Chief Constable (Crime) and the two fire and rescue services give nothing.",
    ]))

# lh05 -- think-tank blog post (HTML), North and South Yorkshire ---------------------------
GOLDS.append(gold(
    "lh05.html", "national-release", [NY, SY], [HF],
    [insp(NY, P2325, inspectorate=HF), insp(NY, P2122, inspectorate=HF),
     insp(SY, P2325, inspectorate=HF), insp(SY, P2122, inspectorate=HF),
     insp(SY, "2015", EFF), insp(SY, "2016", EFF)],
    grades(NY, P2325, NY_2325) + grades(NY, P2122, [(RESP, RI)])
    + grades(SY, P2325, SY_2325) + grades(SY, P2122, [(PREV, O), (RESP, G)])
    + grades(SY, "2015", [(None, RI)], EFF) + grades(SY, "2016", [(None, RI)], EFF),
    afis=[stmt(NY, P2325, RESP,
               "The force should make sure that it understands the demand on its control room, "
               "and that it plans shift patterns so that enough call handlers are on duty when "
               "demand is highest.")],
    people=[person("Hilary Bancroft", "commissioner", SY,
                   "Police and Crime Commissioner for South Yorkshire")],
    also={"judgements": grades(NY, P2122, [(PREV, G), (WORK, G), (CDI, G)])},
    notes=[
        "Table 1 gives both forces' nine 2023-25 grades; the prose repeats some.",
        "Earlier grades with grade words: NY responding 'down from requires improvement in the "
        "2021/22 inspection'; SY 'outstanding for preventing crime for the second inspection "
        "running: in 2021/22 it was the only force in the region to achieve that grade'; SY "
        "responding 'slipped from good to adequate' (good = 2021/22). SY 'effectiveness grade "
        "in 2015 and 2016 was requires improvement' (no inspectorate named for those years: "
        "null). The 2021/22 inspections are HMICFRS (notes 1 and 2 cite HMICFRS reports).",
        "'it kept its good grades for preventing crime, for the workforce and for crime data "
        "integrity' implies 2021/22 good grades for those three: also_acceptable only.",
        "The AFI sits under the responding discussion ('Why the phones matter') -> "
        "responding-to-public. The NY cause of concern is mentioned but not quoted.",
        "People: 'Hilary Bancroft, then Police and Crime Commissioner for South Yorkshire' "
        "('Dr' dropped; 'then' is not a qualifier). The author and commenters are not facts.",
        "Distractors: the scale listed under the table, 'good practice', South Yorkshire Fire "
        "and Rescue 'requires improvement', 'Good piece', 'Outstanding summary', Ofsted.",
    ]))

# lh06 -- university library research guide (PDF), Warwickshire ---------------------------
GOLDS.append(gold(
    "lh06.pdf", "national-release", [WK, WM], [H, HF],
    [insp(WK, P2122, inspectorate=HF)],
    grades(WK, P2122, [(PREV, G), (RESP, RI), (INV, A), (CDI, G)]),
    afis=[stmt(WK, P2122, INV,
               "The force should make sure that supervisors review investigations regularly and "
               "record clear direction for investigators.")],
    notes=[
        "The worked example restates four of Warwickshire's PEEL 2021/22 grades ('six further "
        "areas, not reproduced here' gives nothing). 'Preventing crime and anti-social "
        "behaviour' -> preventing-crime; 'Recording data about crime' -> crime-recording.",
        "The italic example quote is an AFI ('quote this area for improvement') about "
        "investigation standards -> investigating-crime; no update.",
        "Harvard references give publication years (2022, 2017, 2025), not periods, and no "
        "grades; West Mercia Police is named only in a reference. The five-point scale, Ofsted "
        "and CQC 'requires improvement', 'good practice' and the librarian are distractors.",
    ]))

# lh07 -- community safety partnership board paper (DOCX), West Mercia ---------------------
GOLDS.append(gold(
    "lh07.docx", "response-record", [WM], [HF],
    [insp(WM, P2325, inspectorate=HF)],
    grades(WM, P2325, [(PREV, A), (PVP, A), (MOS, G), (RESP, RI)]),
    afis=[
        stmt(WM, P2325, PVP, WM_AFI[PVP], True),
        stmt(WM, P2325, PREV, WM_AFI[PREV], False),
    ],
    people=[
        person("Rhodri Ashcombe-Vale", "commissioner", WM,
               "Police and Crime Commissioner for West Mercia"),
        person("Helen Brightwater", "chief-constable", WM, "Chief Constable"),
    ],
    notes=[
        "Genre: a partnership board paper relaying the force's response; response-record is the "
        "closest fit.",
        "'good in three areas, adequate in four and requires improvement in two' is a count: "
        "only the four areas in the table give judgements.",
        "AFI 3 is followed by 'West Mercia Police response:' -> true. AFI 5 has only a "
        "'Partnership comment:' saying no force response was received -> false.",
        "People: 'The Police and Crime Commissioner for West Mercia, Rhodri Ashcombe-Vale' "
        "(title as written before the name) and 'Chief Constable Helen Brightwater'. The "
        "Superintendent, the unnamed Assistant Chief Constable and council officers are not facts.",
        "Ofsted 'require improvement to be good', Shropshire Fire and Rescue 'good', the "
        "grading scale in 3.1, 'good practice' and the 2025/26 budget are distractors. The "
        "Board's own recommendations (section 2) are not PEEL recommendations.",
    ]))

# lh08 -- domestic abuse charity briefing (DOCX), South Yorkshire --------------------------
GOLDS.append(gold(
    "lh08.docx", "national-release", [SY], [HF],
    [insp(SY, P2122, inspectorate=HF), insp(SY, P2325, inspectorate=HF)],
    grades(SY, P2122, [(PVP, G), (RESP, G), (INV, G)])
    + grades(SY, P2325, [(PVP, G), (RESP, A), (INV, G)]),
    afis=[
        stmt(SY, P2325, PVP,
             "The force should make sure that officers consistently use body-worn video at "
             "domestic abuse incidents, so that evidence is captured to support prosecutions "
             "where the victim does not wish to give a statement."),
        stmt(SY, P2122, PVP,
             "The force should make sure that it identifies repeat victims of domestic abuse at "
             "the first point of contact and that this information is passed to attending "
             "officers."),
    ],
    people=[person("Marcus Redfern", "chief-constable", SY, "Chief Constable")],
    notes=[
        "Genre: a charity's briefing restating inspection findings; no genre fits well, "
        "national-release chosen as for other third-party summaries.",
        "The grades table has two period columns, so both periods are main judgements (the "
        "key point's 'the same grade it received in the 2021/22 inspection' is backed by the "
        "table).",
        "Both AFIs are said to sit under protecting vulnerable people. The charity 'had not "
        "received a reply' from the force: no updates.",
        "The national super-complaint recommendation to 'all chief constables' and the "
        "charity's own four recommendations are not force recommendations. CQC 'requires "
        "improvement', Ofsted 'good', 'good practice' and the unnamed Mayor are distractors.",
    ]))

# lh09 -- podcast show notes (TXT, cp1252, CRLF), North Yorkshire and West Mercia ----------
GOLDS.append(gold(
    "lh09.txt", "national-release", [NY, WM], [HF],
    [insp(NY, P2325, inspectorate=HF), insp(WM, P2325, inspectorate=HF),
     insp(WM, P2122)],
    grades(NY, P2325, [(RESP, I)]) + grades(WM, P2325, [(RESP, RI)])
    + grades(WM, P2122, [(RESP, I)]),
    recs=[stmt(NY, P2325, RESP,
               "Within six months, the force should increase the number of trained call "
               "handlers on duty at times of peak demand, so that it meets the national "
               "standard for answering emergency calls.")],
    coc=[stmt(NY, P2325, RESP,
              "North Yorkshire Police does not answer emergency and non-emergency calls quickly "
              "enough. This means that it cannot be confident it is identifying vulnerable "
              "callers and giving them the right response.")],
    people=[person("Helen Brightwater", "chief-constable", WM, "Chief Constable")],
    encoding="cp1252",
    notes=[
        "cp1252 with CRLF line endings: curly quotes, en dashes, middle dots and a bullet.",
        "'a step up from its inadequate grade in 2021/22' gives West Mercia's 2021/22 responding "
        "grade; no inspectorate is named for it (null).",
        "The cause of concern is two sentences after a 'Cause of concern:' label; the "
        "recommendation follows a 'Recommendation:' label. Both are about responding to the "
        "public. The second recommendation is only described. The spokesperson's 'already acting "
        "on every recommendation' is a general comment, not an update to either statement.",
        "The chapter list gives the grading scale; 'five-star reviews', 'good advice' and "
        "Ofsted are distractors. Hosts, producer and the former assistant chief constable are "
        "not facts.",
    ]))

# lh10 -- local history society newsletter (PDF), Warwickshire -----------------------------
GOLDS.append(gold(
    "lh10.pdf", "national-release", [WK, WM], [H],
    [insp(WK, "2016", LEG, H), insp(WK, P2122)],
    grades(WK, "2016", [(None, G)], LEG) + grades(WK, P2122, [(PREV, G), (CDI, G), (RESP, RI)]),
    also={
        "judgements": grades(WK, "2016", [("fair-treatment-public", G),
                                          ("ethical-lawful-workforce", G)], LEG),
        "people": [person("Ambrose Hartleigh", "inspector", H,
                          "Her Majesty\u2019s Inspectors of Constabulary")],
    },
    notes=[
        "'In 2016, Her Majesty\u2019s Inspectorate of Constabulary (HMIC) judged Warwickshire Police "
        "good at treating people fairly and behaving ethically \u2013 the legitimacy part' gives "
        "2016 Legitimacy Good; the two question-level readings are only in also_acceptable.",
        "'The most recent full report, for 2021/22, graded the force good at preventing crime "
        "and at recording crime, though it found it required improvement in how it answered "
        "calls' -> preventing-crime, crime-recording (Good) and responding-to-public (RI). No "
        "inspectorate is named for it: null.",
        "Colonel Ambrose Hartleigh was an HM Inspector of Constabulary in 1858, long before "
        "PEEL: only in also_acceptable, title as written (plural, 'one of ...'). His "
        "'efficient' judgment is not a PEEL grade.",
        "West Mercia Police is named for the alliance only. Ofsted 'requires improvement', "
        "'good suggestions' and society officers are distractors.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
