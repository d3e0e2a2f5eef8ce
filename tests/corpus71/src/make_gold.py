"""Write gold/lp01.json ... gold/lp10.json for corpus71 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
KEYS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]

GW, SW, NW, DP = "Gwent Police", "South Wales Police", "North Wales Police", "Dyfed-Powys Police"
AS, DC = "Avon and Somerset Constabulary", "Devon and Cornwall Police"

# One set of invented grades, used in every document.
G2325 = {
    GW: [G, A, RI, A, RI, G, A, A],
    SW: [G, O, A, RI, A, G, G, G],
    NW: [G, G, G, A, G, A, G, A],
    AS: [G, A, RI, RI, A, G, A, A],
    DC: [A, G, RI, A, RI, A, G, RI],
}
DP2122 = [(PPT, G), (PREV, G), (RESP, A), (INV, A), (PVP, G), (MOS, A), (SOC, G), (WORK, G),
          (LFM, A), (CDI, G)]
SW2122 = [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (SOC, G), (WORK, G),
          (LFM, G), (CDI, A)]


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def all8(force):
    return grades(force, P2325, list(zip(KEYS8, G2325[force])))


def pick(force, keys):
    d = dict(zip(KEYS8, G2325[force]))
    return grades(force, P2325, [(k, d[k]) for k in keys])


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


HMI_CURLY = "His Majesty\u2019s Inspector of Constabulary"
HMI_STRAIGHT = "His Majesty's Inspector of Constabulary"
GOLDS = []

# lp01 -- HMICFRS PEEL 2023-25 report, Gwent (PDF) -------------------------------------
GOLDS.append(gold(
    "lp01.pdf", "peel-report-2021", [GW], [HF],
    [insp(GW, P2325, inspectorate=HF), insp(GW, P2122, inspectorate=HF)],
    all8(GW) + grades(GW, P2122, [(RESP, A)]),
    afis=[
        stmt(GW, P2325, RESP, "The force should make sure that officers attend incidents within the "
             "timescales it has set, and that victims are told when attendance will be delayed."),
        stmt(GW, P2325, PVP, "The force should make sure that every child who goes missing from home is "
             "offered a return home interview, and that the information gathered is used to reduce "
             "the risk of them going missing again."),
        stmt(GW, P2325, PVP, "The force should improve how it uses Clare\u2019s Law disclosures, so that "
             "applications are dealt with within 28 days."),
        stmt(GW, P2325, INV, "The force should make sure that supervisors review investigations regularly "
             "and record clear direction for the investigating officer."),
        stmt(GW, P2325, WORK, "The force should improve how it identifies and develops officers and staff "
             "with the potential to become leaders."),
    ],
    recs=[
        stmt(GW, P2325, RESP, "By 30 September 2025, the force should: make sure it has enough trained "
             "call handlers on every shift to meet the national standard for answering 999 calls within "
             "ten seconds; and introduce a process for reviewing the risk to callers whose non-emergency "
             "calls are not answered within 15 minutes."),
    ],
    coc=[
        stmt(GW, P2325, RESP, "The force is not answering emergency and non-emergency calls quickly "
             "enough, and it does not always assess the risk to callers who wait, which means vulnerable "
             "people may not get the help they need."),
    ],
    people=[
        person("Huw Treharne", "inspector", HF, HMI_CURLY),
        person("Bethan Morcom", "chief-constable", GW, "Chief Constable"),
    ],
    also={"forces": [SW]},
    notes=[
        "Grades come from the summary table; each section repeats its grade as a bare bold line, and "
        "'Other areas' repeats three in brackets.",
        "'In our 2021/22 inspection we graded the force adequate for responding to the public' -> "
        "Gwent 2021/22 responding-to-public Adequate (HMICFRS: the report's own 'our').",
        "The two recommendations are written as one lead-in ('By 30 September 2025, the force "
        "should:') with two bullets, so they are one statement (GOLD-FORMAT convention: lead-in plus "
        "bullets). A grader who splits them would get two statements without the lead-in.",
        "Distractors: the grading key, 'how good Gwent Police is', 'good practice', 'an adequate "
        "understanding of the demand', an unnamed assistant chief constable, the 2024 national VAWG "
        "recommendation to all chief constables, and South Wales Fire and Rescue Service (not graded "
        "here). South Wales Police is not named: 'South Wales Fire and Rescue Service' only contains "
        "'South Wales' (an alias of the police force), so South Wales Police is in also_acceptable "
        "forces only.",
        "People: the Chief Constable is named title-first ('the Chief Constable, Bethan Morcom'); the "
        "HMI signs the foreword, name then title (curly apostrophe as printed).",
    ]))

# lp02 -- HMICFRS force page, South Wales (HTML) -----------------------------------------
GOLDS.append(gold(
    "lp02.html", "peel-report-2021", [SW, GW, DP], [H, HF],
    [insp(SW, P2325, inspectorate=HF), insp(SW, P2122, inspectorate=HF)],
    all8(SW) + grades(SW, P2122, SW2122),
    people=[
        person("Owain Tudur-Price", "chief-constable", SW, "Chief Constable"),
        person("Rhiannon Beddoe", "commissioner", SW, "Police and crime commissioner"),
        person("Huw Treharne", "inspector", HF, HMI_CURLY),
    ],
    notes=[
        "Grade cards for PEEL 2023-25 (area, then rating). The 'PEEL 2021/22' <details> is open, "
        "so its table is visible; its area names map: Treatment of the public -> "
        "treatment-of-public, Preventing crime and anti-social behaviour -> preventing-crime, "
        "Disrupting serious organised crime -> serious-organised-crime, Developing a positive "
        "workplace -> workforce, Good use of resources -> leadership-management ('Good' in the name "
        "is not a grade; its grade cell is also Good), Recording data about crime -> crime-recording.",
        "Victim service 'not graded' and the 'How we grade forces' scale give nothing. The 2018/19 "
        "and 2014-2017 archive line names HMIC but gives no grade, so no inspection.",
        "People: the sidebar gives label then name ('Chief Constable' / 'Owain Tudur-Price'; "
        "'Police and crime commissioner' / 'Rhiannon Beddoe'), and the HMI as 'name, title'.",
        "Gwent Police and Dyfed-Powys Police are neighbouring-force links only. 'Heddlu De Cymru' "
        "is the Welsh name. South Wales Fire and Rescue Service is not a police force.",
        "Genre: a force page of the inspectorate summarising a 2023-25 report; peel-report-2021 is "
        "the nearest genre.",
    ]))

# lp03 -- archived HMIC page, North Wales legitimacy 2016 (cp1252 HTML, CRLF) -------------
L = "Legitimacy"
GOLDS.append(gold(
    "lp03.html", "peel-report", [NW, DP], [H, HF],
    [insp(NW, "2016", L, H), insp(NW, "2015", L, H)],
    grades(NW, "2016", [(None, G), ("fair-treatment-public", G), ("ethical-lawful-workforce", G),
                        ("fair-treatment-workforce", RI)], pillar=L)
    + grades(NW, "2015", [(None, G)], pillar=L),
    afis=[
        stmt(NW, "2016", "ethical-lawful-workforce", "The force should ensure that it has the "
             "capability to monitor all its computer systems, so that it can identify risks to the "
             "integrity of the organisation.", pillar=L),
        stmt(NW, "2016", "ethical-lawful-workforce", "The force should ensure that it complies with all "
             "aspects of the national vetting guidelines, including the renewal of vetting for officers "
             "in designated posts.", pillar=L),
        stmt(NW, "2016", "fair-treatment-workforce", "The force should improve how it identifies and "
             "understands the wellbeing needs of its workforce, and act on what it finds.", pillar=L),
        stmt(NW, "2016", "fair-treatment-workforce", "The force should review its grievance procedures "
             "so that: grievances are resolved promptly; and officers and staff have confidence in the "
             "outcome.", pillar=L),
    ],
    people=[person("Edmund Hartigan", "inspector", H, "HM Inspector of Constabulary")],
    encoding="cp1252",
    notes=[
        "windows-1252 with CRLF line endings. The Welsh summary comes first ('Mae Heddlu Gogledd "
        "Cymru yn dda ...'); only the English text counts, and it repeats the grade.",
        "'in which we also judged the force to be good in respect of legitimacy' (last year's "
        "assessment, in a 2016 report) -> 2015 Legitimacy Good, HMIC.",
        "The grievance AFI has a nested <ul> of two sub-bullets joined to its lead-in.",
        "The 2016 national recommendation to all forces is not a force recommendation; 'good "
        "practice' is a distractor. Dyfed-Powys Police is named in passing.",
        "Inspectorates: the page names HMIC, and its archive footer says 'HMIC is now HM "
        "Inspectorate of Constabulary and Fire & Rescue Services', which names HMICFRS too. The "
        "inspection itself is HMIC's. The logo's alt text is not visible text.",
        "The HMI byline is 'Edmund Hartigan, HM Inspector of Constabulary' (name then title).",
    ]))

# lp04 -- Avon and Somerset PCC section 55 response (PDF) --------------------------------
GOLDS.append(gold(
    "lp04.pdf", "response-record", [AS, DC], [HF],
    [insp(AS, P2325, inspectorate=HF)],
    all8(AS),
    afis=[
        stmt(AS, P2325, RESP, "The force should make sure that it answers 101 calls promptly and that "
             "callers are given the option of a call back.", True),
        stmt(AS, P2325, RESP, "The force should improve the way it assesses the risk to callers at the "
             "first point of contact, including making consistent use of THRIVE.", True),
        stmt(AS, P2325, INV, "The force should make sure that investigations are allocated to officers "
             "with the right skills and experience and are effectively supervised.", True),
        stmt(AS, P2325, INV, "The force should make sure that it records victims\u2019 wishes and the "
             "reasons for not supporting a prosecution in every case closed with outcome 16.", False),
        stmt(AS, P2325, WORK, "The force should make sure that its first-line supervisors have the time "
             "and training to support the wellbeing of their teams.", True),
        stmt(AS, P2325, LFM, "The force should develop a better understanding of demand in its public "
             "protection teams, so that it can match resources to it.", True),
    ],
    people=[
        person("Clare Ashworth-Vine", "inspector", HF, HMI_CURLY),
        person("Joanna Kessell", "chief-constable", AS, "Chief Constable"),
        person("Priya Anand-Lowe", "chief-constable", AS, "Deputy Chief Constable", "deputy"),
        person("Marcus Threlfall", "commissioner", AS,
               "Police and Crime Commissioner for Avon and Somerset"),
    ],
    notes=[
        "Grades: the table, repeated partly in the introduction ('graded good for ...', 'adequate "
        "in four areas', 'requires improvement in two' -- counts that the table resolves).",
        "AFIs carry an 'Area for improvement n:' label that is not part of the text. "
        "has_force_update is true where a 'Force response:' follows; AFI 4 has only a 'PCC "
        "comment:' saying no update was provided, so false.",
        "Distractors: 'No cause of concern', 'good practice' (with Devon and Cornwall Police, named "
        "in passing), Avon Fire and Rescue Service's 'judged the service good', national race "
        "recommendations to all chief constables, the unnamed HM Chief Inspector, 2025/26.",
        "People: the HMI and the Chief Constable are named title-first; the DCC inside a force "
        "response is a chief-constable with qualifier deputy; the PCC signs name then full title.",
    ]))

# lp05 -- Dyfed-Powys Police and Crime Panel paper (DOCX, bilingual) ---------------------
GOLDS.append(gold(
    "lp05.docx", "response-record", [DP], [HF],
    [insp(DP, P2122, inspectorate=HF)],
    grades(DP, P2122, DP2122),
    afis=[
        stmt(DP, P2122, RESP, "The force should make sure that it answers non-emergency calls promptly "
             "and that it reduces the number of calls that are abandoned.", True),
        stmt(DP, P2122, INV, "The force should make sure that victims are updated regularly about the "
             "progress of their investigation, in line with the Code of Practice for Victims of Crime.",
             True),
        stmt(DP, P2122, MOS, "The force should reduce the backlog of registered sex offender risk "
             "assessments.", True),
        stmt(DP, P2122, LFM, "The force should improve its understanding of the skills of its workforce "
             "so that it can plan for future demand.", False),
    ],
    people=[
        person("Huw Treharne", "inspector", HF, HMI_CURLY),
        person("Delyth Rowlands-Bryce", "commissioner", DP, "Police and Crime Commissioner"),
        person("Ifan Gwilym", "chief-constable", DP, "Chief Constable"),
    ],
    notes=[
        "Bilingual panel paper, Welsh first in every heading and cell ('Da / Good', 'Digonol / "
        "Adequate'); only the English halves count. The Welsh 'AHEMGTA' is HMICFRS in Welsh; the "
        "English paragraph names HMICFRS.",
        "Table 1 uses 2021/22 area names with Welsh before them: 'Good use of resources' -> "
        "leadership-management ('Defnydd da' / 'Good' in the name is not a grade), 'Developing a "
        "positive workplace' -> workforce. Victim service 'Not graded' gives nothing.",
        "The PCC's quoted 'graded outstanding in none of the areas, but it is good in six of the "
        "ten' gives no judgement beyond the table.",
        "Table 2: AFI text is the 'Area for improvement' cell alone; the Ref and Area cells are "
        "separate. AFI 4's update cell is 'Dim diweddariad / No update provided.' -> false.",
        "People: HMI named title-first ('His Majesty’s Inspector of Constabulary Huw Treharne'); "
        "PCC 'The Police and Crime Commissioner, Delyth Rowlands-Bryce'; 'Chief Constable Ifan "
        "Gwilym'. The Temporary ACC is unnamed; the panel support officer is not a fact. Header "
        "and footer are not body text.",
        "Distractors: 'The report does not include any recommendations', the 2021 national VAWG "
        "recommendation, Mid and West Wales Fire and Rescue Service, the 2024 next inspection.",
    ]))

# lp06 -- Devon and Cornwall Police press release (DOCX) ---------------------------------
GOLDS.append(gold(
    "lp06.docx", "press-release", [DC, AS], [HF],
    [insp(DC, P2325, inspectorate=HF), insp(DC, P2122, inspectorate=HF)],
    all8(DC) + grades(DC, P2122, [(RESP, I)]),
    people=[
        person("Martin Rosevear", "chief-constable", DC, "Temporary Chief Constable", "temporary"),
        person("Alison Trebilcock", "commissioner", DC,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
        person("Clare Ashworth-Vine", "inspector", HF, HMI_CURLY),
    ],
    notes=[
        "Grades are in prose lists (lead paragraph, 'adequate at police powers and public "
        "treatment, investigating crime and managing offenders and suspects', 'requires improvement "
        "at responding to the public, protecting vulnerable people, and leadership and force "
        "management') and repeated in the 'Summary of grades' table.",
        "'In its 2021/22 inspection, HMICFRS graded the force inadequate for responding to the "
        "public' -> 2021/22 responding-to-public Inadequate. Engage is not a grade.",
        "'seven areas for improvement' is a count with no text; 'no causes of concern' gives nothing.",
        "Distractors: Notes to editors list the grade scale; Devon and Somerset Fire and Rescue "
        "Service 'graded good at preventing fires' is a fire inspection; 'good practice' with Avon "
        "and Somerset Constabulary (named in passing); the unnamed Assistant Chief Constable; the "
        "header 'Devon & Cornwall Police' is not body text.",
        "People: 'Temporary Chief Constable Martin Rosevear' (temporary); the PCC name then full "
        "title; the HMI title-first.",
    ]))

# lp07 -- BBC-style news article, Gwent (HTML) -------------------------------------------
GOLDS.append(gold(
    "lp07.html", "press-release", [GW, SW, DP], [HF],
    [insp(GW, P2325, inspectorate=HF), insp(GW, P2122, inspectorate=HF),
     insp(SW, P2325, inspectorate=HF)],
    pick(GW, [RESP, PVP, MOS, PPT, INV]) + grades(GW, P2122, [(RESP, A)]) + pick(SW, [PREV]),
    people=[
        person("Huw Treharne", "inspector", HF, HMI_STRAIGHT),
        person("Bethan Morcom", "chief-constable", GW, "Chief Constable"),
        person("Idris Llewellyn-Hart", "commissioner", GW, "police and crime commissioner"),
    ],
    notes=[
        "News prose: 'graded as requiring improvement for responding to the public, down from "
        "adequate at the last inspection in 2021/22' (2021/22 responding Adequate); 'required "
        "improvement at protecting vulnerable people'; 'good at managing offenders and at how "
        "officers treat the public' (treatment-of-public).",
        "'adequate in the remaining four areas, which include investigating crime' names only "
        "investigating crime; the other three are not named, so they give nothing.",
        "'Neighbouring South Wales Police was rated outstanding for preventing crime when it was "
        "inspected last year' (article dated March 2025, so inspected 2024) -> South Wales 2023-25 "
        "preventing-crime Outstanding. The period is not named; 2024 falls in the 2023-25 round.",
        "The cause of concern is only paraphrased in quotes ('cause of concern'), no statement text.",
        "Distractors: 'Not good enough', national counts (12 forces), the charity spokesman and "
        "the BBC correspondent (not facts), the Home Office, the fire story headline, the cookie "
        "banner, 2026 copyright. Dyfed-Powys Police is in a related-story headline.",
        "People: HMI title-first with a straight apostrophe; 'Chief Constable Bethan Morcom'; "
        "'Gwent's police and crime commissioner, Idris Llewellyn-Hart' (title-first, lower case).",
        "Genre: a news article; press-release is the nearest genre.",
    ]))

# lp08 -- Senedd Research article (PDF) ---------------------------------------------------
GOLDS.append(gold(
    "lp08.pdf", "national-release", [DP, GW, NW, SW], [H, HF],
    [insp(DP, P2122, inspectorate=HF), insp(GW, P2325, inspectorate=HF),
     insp(NW, P2325, inspectorate=HF), insp(SW, P2325, inspectorate=HF),
     insp(NW, "2016", "Legitimacy", H)],
    grades(DP, P2122, [(RESP, A), (INV, A), (PVP, G)])
    + pick(GW, [RESP, INV, PVP]) + pick(NW, [RESP, INV, PVP]) + pick(SW, [RESP, INV, PVP])
    + grades(NW, "2016", [(None, G)], pillar="Legitimacy"),
    notes=[
        "The table has one row per force and a column 'Most recent PEEL inspection' whose period "
        "differs by row: Dyfed-Powys's row is PEEL 2021/22, the others PEEL 2023-25. Three area "
        "columns only.",
        "Prose repeats table grades (North Wales good at responding and protecting, South Wales "
        "requires improvement for investigating, 'The other three forces were all judged adequate', "
        "Gwent requires improvement for protecting).",
        "'In its 2016 legitimacy inspection, HMIC judged North Wales Police to be good' -> 2016 "
        "Legitimacy Good, HMIC.",
        "Gwent's cause of concern and two recommendations are paraphrased, not quoted: no "
        "statements. National recommendations to all forces, 'good practice', the five-point scale "
        "and the three Welsh fire and rescue services are distractors. The Welsh summary does not "
        "count. No person is named.",
        "Genre: a parliamentary research article covering four forces: national-release.",
    ]))

# lp09 -- charity briefing (DOCX) ----------------------------------------------------------
GOLDS.append(gold(
    "lp09.docx", "national-release", [AS, DC], [HF],
    [insp(AS, P2325, inspectorate=HF), insp(DC, P2325, inspectorate=HF)],
    pick(AS, [PVP]) + pick(DC, [PVP]),
    afis=[
        stmt(DC, P2325, PVP, "The force should make sure that domestic abuse risk assessments are "
             "completed and reviewed by a supervisor within 24 hours, and that referrals to partner "
             "agencies are made without delay."),
    ],
    people=[
        person("Alison Trebilcock", "commissioner", DC,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    notes=[
        "A charity's briefing quoting one Devon and Cornwall AFI (the 'Intense Quote' paragraph after "
        "'The report includes this area for improvement:'). has_force_update false: the charity says "
        "it has not received the force's response.",
        "Grades for protecting vulnerable people are in summary bullets and in a table headed "
        "'PEEL 2023\u201325'.",
        "Distractors: 'Neither report raised a cause of concern'; 'good practice'; the survey's "
        "'rated ... as good' (the charity's own measure); the charity's 'We recommend' items; the "
        "2021 national recommendation to all chief constables. Dr Tamsin Kellow is an academic, not "
        "a person fact. The Avon and Somerset PCC's office is unnamed.",
        "Genre: a third-party briefing on two forces; national-release is the nearest genre.",
    ]))

# lp10 -- journalist's notes (Markdown) -----------------------------------------------------
insps10 = [insp(f, P2325, inspectorate=HF) for f in (GW, SW, NW, AS, DC)]
insps10 += [insp(DP, P2122, inspectorate=HF), insp(DC, P2122, inspectorate=HF),
            insp(NW, "2016", "Legitimacy", H), insp(NW, "2015", "Legitimacy", H)]
judg10 = []
for f in (GW, SW, NW, AS, DC):
    judg10 += all8(f)
judg10 += grades(DP, P2122, DP2122[:6])
judg10 += grades(DC, P2122, [(RESP, I)])
judg10 += grades(NW, "2016", [(None, G)], pillar="Legitimacy")
judg10 += grades(NW, "2015", [(None, G)], pillar="Legitimacy")
GOLDS.append(gold(
    "lp10.md", "national-release", [GW, SW, NW, AS, DC, DP], [H, HF],
    insps10, judg10,
    people=[
        person("Huw Treharne", "inspector", HF, "HM Inspector of Constabulary"),
        person("Bethan Morcom", "chief-constable", GW, "Chief Constable"),
        person("Idris Llewellyn-Hart", "commissioner", GW, "Police and Crime Commissioner for Gwent"),
        person("Owain Tudur-Price", "chief-constable", SW, "Chief Constable of South Wales Police"),
        person("Martin Rosevear", "chief-constable", DC, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "A Markdown pipe table with abbreviated column headers (PPT, Prev, Resp, Inv, PVP, MOS, Wkf, "
        "LFM) explained in a line above it, and a 'Round' column: Dyfed-Powys's row is 2021/22, "
        "with '\u2013' in Wkf and LFM (nothing). Its first six cells map to the same keys.",
        "'D&C: 999 response was inadequate in 2021/22' -> Devon and Cornwall 2021/22 "
        "responding-to-public Inadequate. 'North Wales, legitimacy 2016: good (HMIC ...). Also good "
        "in 2015' -> 2016 and 2015 Legitimacy Good, HMIC.",
        "'SWP outstanding for prevention' repeats the table. 'Gwent: only Welsh force with a cause of "
        "concern' and 'Recs due' have no text. 'AFI 4 still no force update?' is not a statement.",
        "People: the notes name the HMI (name, title), 'Chief Constable Bethan Morcom (Gwent)', the "
        "Gwent PCC and the South Wales CC (name, then full title), and 'Temporary Chief Constable "
        "Martin Rosevear (D&C)'. The journalist, the charity spokesman and the academic are not facts.",
        "Genre: the journalist's own notes on six forces; national-release is the nearest genre.",
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
