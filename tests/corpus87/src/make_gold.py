"""Write gold/mf01.json ... gold/mf10.json for corpus87 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P1819 = "2023-25", "2021/22", "2018/19"
H, HF = "HMIC", "HMICFRS"

# 2021/22 and 2023-25 area keys
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


# 2015-2017 question keys
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
EPREV, EINV, EPVP, ESOC, ESPEC = ("preventing-crime", "investigating-crime", "protecting-vulnerable",
                                  "serious-organised-crime", "specialist-capabilities")
DEM, RES, FUT = "understanding-demand", "using-resources", "planning-future"
EFF, EFC, LEG = "Effectiveness", "Efficiency", "Legitimacy"

GOLDS = []

# mf01 -- HMIC single-force release (HTML), Staffordshire, Legitimacy 2016 -----------------
F = "Staffordshire Police"
GOLDS.append(gold(
    "mf01.html", "press-release", [F, "Derbyshire Constabulary"], [H],
    [insp(F, "2016", LEG, H), insp(F, "2015", LEG, H)],
    grades(F, "2016", [(None, G), (FTP, G), (ELW, G), (FTW, RI)], pillar=LEG)
    + grades(F, "2015", [(None, G)], pillar=LEG),
    afis=[stmt(F, "2016", FTW,
               "The force should improve how it gathers and acts on feedback from its workforce, "
               "so that officers and staff can see what has changed as a result.", False, pillar=LEG)],
    people=[
        person("Wendell Pryce-Morgan", "inspector", H, "HM Inspector of Constabulary"),
        person("Jane Sawyers", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The lead paragraph gives the overall 2016 legitimacy grade (good); the three bullets give "
        "the question grades.",
        "The HMI's 'the same overall picture we saw here in 2015, when we also graded the force as "
        "good' names the grade word for 2015, so the 2015 legitimacy judgement is a main fact. Its "
        "inspectorate is HMIC: the quote is from HMIC's inspector speaking for 'we'.",
        "The area for improvement is the blockquote after the lead-in 'The report sets out one area "
        "for improvement for the force:'; it sits under the workforce-fairness finding, so "
        "fair-treatment-workforce. The Chief Constable's welcome is not an update on it.",
        "Derbyshire Constabulary is named only in a 'Related news' headline: no inspection.",
        "The four-point scale in the notes to editors gives no judgement.",
    ]))

# mf02 -- HMICFRS batch page (HTML), PEEL 2018/19 group 2 ---------------------------------
L, N, S = "Lancashire Constabulary", "Norfolk Constabulary", "Suffolk Constabulary"
GOLDS.append(gold(
    "mf02.html", "national-release", [L, N, S], [HF],
    [insp(L, P1819, inspectorate=HF), insp(N, P1819, inspectorate=HF),
     insp(S, P1819, inspectorate=HF), insp(S, "2017", EFF, HF)],
    grades(S, "2017", [(None, RI)], pillar=EFF),
    people=[
        person("Philippa Wren", "inspector", HF, "HM Inspector of Constabulary"),
        person("Roderick Fane", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    also={
        "judgements":
            grades(L, P1819, [(None, G)], pillar=EFF) + grades(L, P1819, [(None, O)], pillar=EFC)
            + grades(L, P1819, [(None, G)], pillar=LEG)
            + grades(N, P1819, [(None, G)], pillar=EFF) + grades(N, P1819, [(None, G)], pillar=EFC)
            + grades(N, P1819, [(None, G)], pillar=LEG)
            + grades(S, P1819, [(None, RI)], pillar=EFF) + grades(S, P1819, [(None, G)], pillar=EFC)
            + grades(S, P1819, [(None, G)], pillar=LEG),
    },
    notes=[
        "2018/19 integrated PEEL: following dev12, each force has one inspection with pillar PEEL. "
        "The page states no overall grade for any force, so there is no main 2018/19 judgement. The "
        "three bullets per force grade the effectiveness, efficiency and legitimacy pillars; as "
        "the common brief requires, these pillar grades of 2018/19 are in also_acceptable only.",
        "Norfolk's headline 'good across the board' and 'good in all three areas of PEEL' repeat the "
        "pillar grades and give no overall PEEL grade.",
        "Suffolk: 'When we inspected Suffolk's effectiveness in 2017 we judged it to require "
        "improvement' gives a 2017 effectiveness judgement (HMICFRS, the 'we' of the page, and the "
        "period fits HMICFRS).",
        "The quotes' 'should' sentences (detectives, non-emergency calls) are HMI remarks, not "
        "areas for improvement. Suffolk Constabulary also appears in Norfolk's quote as a partner.",
        "Genre national-release: a batch page of several force releases.",
    ]))

# mf03 -- HMICFRS news feed text (TXT), PEEL 2021/22 --------------------------------------
GW, NW, DO = "Gwent Police", "North Wales Police", "Dorset Police"
GOLDS.append(gold(
    "mf03.txt", "press-release", [GW, NW, DO, "Devon and Cornwall Police"], [HF],
    [insp(GW, P2122, inspectorate=HF), insp(NW, P2122, inspectorate=HF),
     insp(DO, P2122, inspectorate=HF)],
    grades(GW, P2122, [(PREV, G), (PPT, G), (RESP, A), (PVP, A), (MOS, A), (WORK, A),
                       (INV, RI), (LFM, RI)])
    + grades(NW, P2122, [(PREV, O), (INV, G), (PVP, G), (MOS, G), (WORK, G), (RESP, A),
                         (LFM, A), (PPT, G)])
    + grades(DO, P2122, [(PREV, O), (RESP, G), (INV, G), (PVP, G), (LFM, G), (MOS, A),
                         (WORK, A), (PPT, RI)]),
    people=[
        person("Gareth Lloyd-Baines", "inspector", HF, "HM Inspector of Constabulary"),
        person("Amanda Blakeman", "chief-constable", NW, "Chief Constable"),
        person("Priya Halvorsen", "inspector", HF, "HM Inspector of Constabulary"),
    ],
    notes=[
        "Feed text: three PEEL 2021/22 force items and one fire-and-rescue item. The fire item's "
        "five-grade list is not a judgement.",
        "2021/22 area names: 'treatment of the public' / 'how it treats the public' -> "
        "treatment-of-public; 'developing a positive workplace' -> workforce; 'good use of "
        "resources' -> leadership-management (its 'good' is part of the name, not a grade).",
        "Gwent appears first as 'Heddlu Gwent'. North Wales is not graded on victim service: "
        "nothing.",
        "The HMIs' 'should' sentences inside quotes are remarks, not areas for improvement.",
        "Devon and Cornwall Police is named only as Dorset's alliance partner: no inspection.",
    ]))

# mf04 -- HMICFRS national release printed to PDF, PEEL 2021/22 first reports ---------------
LE, GL, CU = "Leicestershire Police", "Gloucestershire Constabulary", "Cumbria Constabulary"
GOLDS.append(gold(
    "mf04.pdf", "national-release",
    [LE, GL, CU, "Greater Manchester Police", "Avon and Somerset Constabulary"], [HF],
    [insp(LE, P2122, inspectorate=HF), insp(GL, P2122, inspectorate=HF),
     insp(CU, P2122, inspectorate=HF)],
    grades(LE, P2122, [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, G), (WORK, G),
                       (LFM, G), (CDI, G)])
    + grades(GL, P2122, [(PPT, A), (PREV, G), (RESP, I), (INV, RI), (PVP, A), (MOS, A),
                         (WORK, G), (LFM, RI)])
    + grades(CU, P2122, [(PPT, G), (PREV, A), (RESP, G), (INV, A), (PVP, RI), (MOS, G),
                         (WORK, A), (LFM, A)]),
    recs=[stmt(GL, P2122, RESP,
               "Within six months, the constabulary should make sure that it has enough trained "
               "call handlers to answer emergency calls within the national target time, and that "
               "every caller\u2019s risk is assessed using a structured process.")],
    coc=[stmt(GL, P2122, RESP,
              "Gloucestershire Constabulary does not answer emergency and non-emergency calls "
              "quickly enough, and it does not always assess the risk to callers properly.")],
    people=[person("Thomas Winsor", "inspector", HF, "HM Chief Inspector of Constabulary")],
    notes=[
        "The grade table has one column per force. 'Good use of resources' -> leadership-management; "
        "'Developing a positive workplace' -> workforce; 'Recording data about crime' -> "
        "crime-recording (graded for Leicestershire only; 'Not inspected' elsewhere). Victim "
        "service is 'Not graded'.",
        "The cause of concern and its recommendation sit in a box; both concern calls from the "
        "public, so responding-to-public.",
        "The five-point scale in the notes to editors gives no judgement. Greater Manchester Police "
        "and Avon and Somerset Constabulary are named only as forces whose reports come later.",
        "The Chief Inspector speaks for the inspectorate (role inspector, organisation HMICFRS); "
        "'Sir' is dropped from the name.",
    ]))

# mf05 -- Word copy of an HMICFRS single-force release, Merseyside, PEEL 2023-25 ----------
F = "Merseyside Police"
GOLDS.append(gold(
    "mf05.docx", "press-release", [F], [HF],
    [insp(F, P2325, inspectorate=HF), insp(F, P2122, inspectorate=None)],
    grades(F, P2325, [(PREV, O), (SOC, O), (PPT, G), (RESP, G), (PVP, G), (MOS, G), (WORK, G),
                      (LFM, G), (INV, A)])
    + grades(F, P2122, [(PREV, O)]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that investigation plans are recorded and reviewed by a "
             "supervisor, and that victims are updated at agreed intervals."),
        stmt(F, P2325, INV,
             "The force should reduce the time it takes to examine digital devices seized as "
             "evidence."),
    ],
    people=[
        person("Noel Dunsmore", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Serena Kennedy", "chief-constable", F, "Chief Constable"),
    ],
    notes=[
        "The 'good at' bullet lists six areas, one of which contains commas ('building, supporting "
        "and protecting the workforce' -> workforce). 'police powers and public treatment' -> "
        "treatment-of-public; 'leadership and force management' -> leadership-management; "
        "'disrupting serious organised crime' -> serious-organised-crime. The lead's 'tackling "
        "serious and organised crime' is the same area.",
        "'In the last PEEL inspection, in 2021/22, the force was also graded outstanding for "
        "preventing crime' gives a 2021/22 judgement. That sentence does not name the inspectorate "
        "for 2021/22, so the 2021/22 inspection's inspectorate is null.",
        "The lead-in 'The report sets out four areas for improvement for the force, including:' is "
        "followed by two full-sentence bullets. Each bullet is its own area for improvement (the "
        "lead-in is not a statement and the bullets do not complete its sentence). Both are about "
        "investigations, so investigating-crime. Four are counted but only two are quoted.",
        "Assistant Chief Constable Jenny Sims is not a person fact. 'innovative practice', "
        "Merseyside Fire and Rescue Service and the grading scale in the notes are distractors. "
        "The Word header and footer are not part of the body.",
    ]))

# mf06 -- HMIC email update in Markdown, Efficiency 2015 ----------------------------------
HE, SU, WI, BE, LI = ("Hertfordshire Constabulary", "Surrey Police", "Wiltshire Police",
                      "Bedfordshire Police", "Lincolnshire Police")
GOLDS.append(gold(
    "mf06.md", "national-release",
    [HE, SU, WI, BE, LI, "Cambridgeshire Constabulary", "Kent Police"], [H],
    [insp(HE, "2015", EFC, H), insp(SU, "2015", EFC, H), insp(WI, "2015", EFC, H),
     insp(BE, "2015", EFC, H), insp(LI, "2015", EFC, H), insp(WI, "2014", EFC, H)],
    grades(HE, "2015", [(None, O)], pillar=EFC)
    + grades(SU, "2015", [(None, G)], pillar=EFC)
    + grades(WI, "2015", [(None, G)], pillar=EFC)
    + grades(BE, "2015", [(None, RI), (RES, RI)], pillar=EFC)
    + grades(LI, "2015", [(None, RI), (DEM, G), (FUT, RI)], pillar=EFC)
    + grades(WI, "2014", [(None, G)], pillar=EFC),
    people=[person("Laura Whitcombe", "inspector", H, "HM Inspector of Constabulary")],
    notes=[
        "The results table groups forces by grade: 'Good | 29 forces, including Surrey Police and "
        "Wiltshire Police' and 'Requires improvement | 12 forces, including Bedfordshire Police "
        "and Lincolnshire Police' give those forces' overall 2015 efficiency grades; the counts "
        "give nothing. 'Inadequate | none' gives nothing.",
        "Bedfordshire's 'how well it uses its resources to meet demand' -> using-resources; "
        "Lincolnshire's 'understanding the demand it faces' -> understanding-demand and 'planning "
        "for the future' -> planning-future.",
        "'Wiltshire Police kept the good grade it received in our 2014 efficiency inspection' names "
        "the grade word for 2014 (HMIC, 'our'), so 2014 efficiency is a main judgement; 'kept' "
        "also confirms good for 2015, which the table already gives.",
        "Cambridgeshire (as 'Cambridgeshire', partner of Hertfordshire) and Kent Police (a crime "
        "data integrity re-inspection, not PEEL) are named in passing: no inspection.",
    ]))

# mf07 -- HMICFRS single-force release printed to PDF, West Yorkshire, Effectiveness 2017 ---
F = "West Yorkshire Police"
GOLDS.append(gold(
    "mf07.pdf", "press-release", [F, "South Yorkshire Police"], [HF],
    [insp(F, "2017", EFF, HF), insp(F, "2016", EFF, None)],
    grades(F, "2017", [(None, G), (EPREV, G), (EPVP, RI)], pillar=EFF)
    + grades(F, "2016", [(EINV, G), (ESOC, G), (None, G)], pillar=EFF),
    afis=[stmt(F, "2017", EPVP,
               "The force should ensure that it attends incidents involving vulnerable victims "
               "within the timescales it has set, and that it reviews the risk to victims while "
               "they wait for attendance.", False, pillar=EFF)],
    people=[
        person("Stephen Oduya", "inspector", HF, "HM Inspector of Constabulary"),
        person("Dee Collins", "chief-constable", F, "Chief Constable"),
    ],
    also={"judgements": grades(F, "2017", [(EINV, G), (ESOC, G)], pillar=EFF)},
    notes=[
        "Risk-based 2017 inspection: only preventing crime and protecting vulnerable people were "
        "re-inspected and graded in 2017; specialist capabilities is 'assessed but not graded'.",
        "'Its grades for investigating crime and for tackling serious and organised crime, which we "
        "did not re-inspect this year, remain the \u2018good\u2019 grades we gave in 2016' gives 2016 "
        "judgements for those two questions. Whether they also stand as 2017 grades is loose, so "
        "the 2017 versions are in also_acceptable. 'Last year we also judged the force to be good "
        "overall' gives the 2016 overall grade.",
        "The 2016 inspection's inspectorate is null: the page's 'we' is HMICFRS, which did not "
        "exist in 2016, and the page does not name HMIC.",
        "has_force_update is false: the Chief Constable's remark about call prioritisation is a "
        "reaction to the report, not an update set against the area for improvement.",
        "South Yorkshire Police is named as a regional partner only. The four-point scale and the "
        "fire and rescue note are distractors.",
    ]))

# mf08 -- Word copy of HMIC's State of Policing 2016 national release ----------------------
DU, ES, BD = "Durham Constabulary", "Essex Police", "Bedfordshire Police"
GOLDS.append(gold(
    "mf08.docx", "national-release", [DU, ES, BD, "Dyfed-Powys Police"], [H],
    [insp(DU, "2016", EFF, H), insp(DU, "2016", EFC, H), insp(ES, "2016", EFF, H),
     insp(BD, "2016", EFF, H), insp(ES, "2015", EFF, None)],
    grades(DU, "2016", [(None, O)], pillar=EFF) + grades(DU, "2016", [(None, O)], pillar=EFC)
    + grades(ES, "2016", [(EPVP, I), (None, RI)], pillar=EFF)
    + grades(BD, "2016", [(EPVP, I), (None, RI)], pillar=EFF)
    + grades(ES, "2015", [(None, I)], pillar=EFF),
    people=[person("Thomas Winsor", "inspector", H, "HM Chief Inspector of Constabulary")],
    notes=[
        "The release is about HMIC's PEEL inspections 'during 2016', so the force results are 2016 "
        "judgements (inspectorate HMIC, named in 'HMIC's PEEL inspections').",
        "'Essex Police, which was graded inadequate for effectiveness overall in 2015' gives a 2015 "
        "judgement; the sentence names no inspectorate for it, so null.",
        "Table 1 gives only counts of forces per grade: no judgement. Leadership was 'not graded'. "
        "Dyfed-Powys Police is named in passing.",
        "The Chief Inspector is first called 'Her Majesty\u2019s Chief Inspector of Constabulary' "
        "without a name; he is first named with a title in 'HM Chief Inspector of Constabulary "
        "Sir Thomas Winsor'.",
    ]))

# mf09 -- emailed embargoed release (TXT), Thames Valley, PEEL 2023-25 ---------------------
F = "Thames Valley Police"
GOLDS.append(gold(
    "mf09.txt", "press-release", [F, "Hampshire Constabulary"], [HF],
    [insp(F, P2325, inspectorate=HF)],
    grades(F, P2325, [(PREV, G), (WORK, G), (PPT, A), (MOS, A), (LFM, A), (RESP, RI), (PVP, RI),
                      (INV, I)]),
    recs=[
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that each investigation is allocated "
             "to an investigator with the skills and experience to carry it out."),
        stmt(F, P2325, INV,
             "Within six months, the force should make sure that supervisors review open "
             "investigations regularly and record their reviews and the actions they set."),
    ],
    coc=[stmt(F, P2325, INV,
              "The force is not investigating crime effectively, and too many victims are not "
              "receiving the service or the outcome they should.")],
    people=[
        person("Harriet Okonjo", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Jason Hogg", "chief-constable", F, "Chief Constable"),
        person("Matthew Barber", "commissioner", F, "Police and Crime Commissioner"),
    ],
    notes=[
        "Email dates (8 October 2024), the embargo (10 October 2024) and the fieldwork dates are not "
        "the period; the period is PEEL 2023-25, named in note 2.",
        "Grades are in four bullets; 'building, supporting and protecting the workforce' -> "
        "workforce, 'police powers and public treatment' -> treatment-of-public, 'leadership and "
        "force management' -> leadership-management. Victim service is not graded.",
        "The cause of concern and both recommendations are about investigations: investigating-crime. "
        "'11 areas for improvement' is a count with no text: nothing.",
        "The PCC is named 'Thames Valley Police and Crime Commissioner Matthew Barber'; the title "
        "as a role is 'Police and Crime Commissioner'.",
        "Hampshire Constabulary is named only by its newer name 'Hampshire and Isle of Wight "
        "Constabulary' (an alias in forces.csv), as a partner: no inspection.",
    ]))

# mf10 -- HMIC 2014 news page (HTML), first PEEL assessments -------------------------------
NU, SW, WI, NO = "Northumbria Police", "South Wales Police", "Wiltshire Police", "Nottinghamshire Police"
GOLDS.append(gold(
    "mf10.html", "national-release", [NU, SW, WI, NO], [H],
    [insp(f, "2014", EFC, H) for f in (NU, SW, WI, NO)],
    grades(NU, "2014", [(None, O)], pillar=EFC) + grades(SW, "2014", [(None, G)], pillar=EFC)
    + grades(WI, "2014", [(None, G)], pillar=EFC) + grades(NO, "2014", [(None, RI)], pillar=EFC),
    people=[
        person("Thomas Winsor", "inspector", H, "Her Majesty\u2019s Chief Inspector of Constabulary"),
        person("Alun Penhaligon", "inspector", H, "HM Inspector of Constabulary"),
    ],
    notes=[
        "PEEL 2014: only efficiency has an overall grade; the table gives four forces' overall 2014 "
        "efficiency grades. Effectiveness and legitimacy are narrative: nothing.",
        "Wiltshire's 2014 grade (good) agrees with mf06.",
        "'No force was judged inadequate' and the four grades in the notes give nothing. The 'Find "
        "your force' menu lists no forces.",
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
