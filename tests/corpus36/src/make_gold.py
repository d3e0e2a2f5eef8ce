"""Write gold/kf01.json ... gold/kf10.json for corpus36 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122, P2017, P2016 = "2023-25", "2021/22", "2017", "2016"
H, HF = "HMIC", "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI = "crime-recording"
FTP, ELW, FTW = "fair-treatment-public", "ethical-lawful-workforce", "fair-treatment-workforce"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"
AREAS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]

BED, CLE, CUM = "Bedfordshire Police", "Cleveland Police", "Cumbria Constabulary"
DC, DP, GLO = "Devon and Cornwall Police", "Dyfed-Powys Police", "Gloucestershire Constabulary"
GMP, HUM, LIN, WIL = ("Greater Manchester Police", "Humberside Police", "Lincolnshire Police",
                      "Wiltshire Police")

# The invented PEEL 2023-25 grades, one table for the whole corpus (kf08 prints all of it).
GRADES2325 = {
    BED: [G, O, G, A, G, G, A, G],
    CLE: [RI, A, RI, I, RI, A, A, RI],
    CUM: [G, G, A, G, G, O, G, G],
    DC: [A, A, RI, RI, A, G, A, RI],
    DP: [G, G, G, A, A, G, G, G],
    GLO: [A, RI, I, RI, RI, A, RI, I],
    GMP: [G, G, O, G, A, G, G, G],
    HUM: [O, G, G, G, G, A, O, G],
    LIN: [A, G, G, A, A, G, G, A],
    WIL: [G, A, A, RI, A, A, G, A],
}


def g2325(force, question):
    return GRADES2325[force][AREAS8.index(question)]


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def jd(force, period, question, grade, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question, "grade": grade}


def cur(force, questions):
    """2023-25 judgements for the listed areas, from the corpus table."""
    return [jd(force, P2325, q, g2325(force, q)) for q in questions]


def stmt(force, period, question, text, update=False, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
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

# kf01 -- accelerated cause of concern revisit letter (PDF), Devon and Cornwall ----------------
GOLDS.append(gold(
    "kf01.pdf", "peel-report-2021", [DC], [HF], [insp(DC, P2325)],
    recs=[
        stmt(DC, P2325, RESP, "Within three months, the force should make sure it has enough trained "
             "call handlers on duty to meet its demand, including at peak times."),
        stmt(DC, P2325, RESP, "Within three months, the force should make sure that call handlers use a "
             "structured risk assessment for every call and record the outcome."),
        stmt(DC, P2325, RESP, "Within six months, the force should make sure that supervisors in the "
             "contact centre review every decision to downgrade the priority of a call."),
    ],
    coc=[
        stmt(DC, P2325, RESP, "Devon and Cornwall Police does not answer calls for service quickly enough, "
             "and it does not always assess the risk to callers who may be vulnerable, so some people "
             "are left at risk of harm while they wait."),
    ],
    people=[
        person("Laurence Petheridge", "chief-constable", DC, "Chief Constable"),
        person("Rhiannon Askew-Bell", "inspector", HF, "His Majesty's Inspector of Constabulary"),
        person("Alison Treganza", "commissioner", DC,
               "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly"),
    ],
    notes=[
        "An inspectorate letter about one force's PEEL 2023-25 inspection: genre peel-report-2021 "
        "(the nearest of the five genres for a post-2021 inspectorate publication on one force).",
        "The letter states NO grade. It says the cause of concern is now addressed, that 'a revisit is "
        "not a graded inspection' and that it 'does not change any of the graded judgements'; so there "
        "are no judgements, only the inspection it revisits. The grade words elsewhere ('good practice') "
        "are distractors.",
        "The cause of concern (boxed) and the three recommendations (each under a 'Recommendation n' "
        "label) are restated from the report; their question is responding to the public (the cause of "
        "concern is about calls for service). has_force_update is false: paragraphs 4-7 are the "
        "inspectorate's own findings about the force's progress, not an update or response given by "
        "the force.",
        "People: the addressee block gives 'Laurence Petheridge QPM / Chief Constable' (name without "
        "post-nominals); the HMI signs with a straight apostrophe; the PCC is named name-first in "
        "paragraph 11 with her full title. The unnamed Deputy Chief Constable in the cc list is not a fact.",
        "The paragraph numbers in the PDF are CSS counters placed absolutely: pypdf extracts each number "
        "after the text of the paragraph it belongs to.",
    ]))

# kf02 -- Engage escalation letter (DOCX), Gloucestershire --------------------------------------
GOLDS.append(gold(
    "kf02.docx", "peel-report-2021", [GLO], [HF], [insp(GLO, P2325)],
    [jd(GLO, P2325, RESP, I), jd(GLO, P2325, LFM, I)],
    coc=[
        stmt(GLO, P2325, RESP, "Gloucestershire Constabulary does not respond to emergency and priority "
             "incidents within its own target times, and it does not keep callers informed when it cannot "
             "attend promptly."),
        stmt(GLO, P2325, LFM, "The constabulary\u2019s leaders do not have an accurate understanding of the "
             "demand the force faces, so its plans for its workforce and its budget are not based on "
             "sound evidence."),
    ],
    people=[
        person("Si\u00e2n Haverford", "chief-constable", GLO, "Temporary Chief Constable", "temporary"),
        person("Crispin Wolde", "commissioner", GLO, "Police and Crime Commissioner for Gloucestershire"),
        person("Owain Tredegar-Mills", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "A monitoring (Engage) letter. It states two grades: 'inadequate for responding to the public and "
        "for leadership and force management'. 'requiring improvement in four other areas' names no "
        "area, so it gives nothing. 'Engage is not a grade'.",
        "The two causes of concern are the two 'Intense Quote' paragraphs, each introduced by a numbered "
        "lead-in naming its area. No force update (the letter asks for an improvement plan by January).",
        "People: 'Temporary Chief Constable Si\u00e2n Haverford' in the address block (qualifier "
        "temporary); the PCC is named name-first with title 'Police and Crime Commissioner for "
        "Gloucestershire'; the HMI signs with a curly apostrophe. Gloucestershire Fire and Rescue "
        "Service is not a police force.",
    ]))

# kf03 -- HMICFRS news page: Wiltshire out of Engage (HTML) --------------------------------------
GOLDS.append(gold(
    "kf03.html", "press-release", [WIL, CLE], [HF],
    [insp(WIL, P2325), insp(WIL, P2122)],
    [jd(WIL, P2122, INV, I), jd(WIL, P2122, PVP, I),
     jd(WIL, P2325, PVP, A), jd(WIL, P2325, INV, RI)],
    people=[
        person("Gideon Faraday-Lusk", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Tobias Wrenfield", "chief-constable", WIL, "Chief Constable"),
        person("Rosalind Heskett", "commissioner", WIL, "Police and Crime Commissioner for Wiltshire"),
    ],
    notes=[
        "2021/22: 'graded the force inadequate for investigating crime and for protecting vulnerable "
        "people'. 2023-25: 'graded Wiltshire Police adequate for protecting vulnerable people and "
        "requires improvement for investigating crime'. The HMI's 'still requires improvement' repeats "
        "the 2023-25 grade. 'no cause of concern' gives nothing; 'good progress' and the grading scale "
        "in note 2 are distractors.",
        "Cleveland Police is named only as remaining in Engage: in forces, no inspection.",
        "People: the HMI is named title-first (curly apostrophe); the PCC is 'the Police and Crime "
        "Commissioner for Wiltshire, Rosalind Heskett'.",
    ]))

# kf04 -- PEEL spotlight report (PDF), six fieldwork forces + GMP ------------------------------
SPOT = [CUM, BED, LIN, DC, HUM, WIL]
GOLDS.append(gold(
    "kf04.pdf", "national-release", SPOT + [GMP], [HF],
    [insp(f, P2325) for f in SPOT + [GMP]] + [insp(HUM, P2122)],
    [jd(f, P2325, MOS, g2325(f, MOS)) for f in SPOT + [GMP]] + [jd(HUM, P2122, MOS, G)],
    people=[person("Imogen Straughan", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "A PEEL spotlight report drawn from PEEL 2023-25 inspections. Figure 1 gives six forces' grade "
        "for managing offenders and suspects (under a header naming the area); Greater Manchester "
        "Police's 'good' is given only in prose. Humberside Police 'which we graded good in this area in "
        "2021/22' gives a 2021/22 judgement. Humberside's 2023-25 grade is Adequate (footnote 2: the "
        "corrected grade).",
        "National counts ('4 outstanding and 22 good ... No force was graded inadequate') name no force. "
        "The grade key, 'good practice' and 'an adequate supply' are distractors. The three "
        "recommendations are addressed to all chief constables and the College of Policing, 'not "
        "recommendations to any of the forces named', so they are not force facts.",
        "Dr Imogen Straughan: name without the honorific.",
    ]))

# kf05 -- State of Policing chapter (TXT, cp1252, CRLF) --------------------------------------
GOLDS.append(gold(
    "kf05.txt", "national-release", [GMP, DC, CLE, DP, CUM, GLO, WIL], [HF],
    [insp(GMP, P2325), insp(GMP, P2122), insp(CLE, P2325), insp(CUM, P2325)],
    [jd(GMP, P2325, RESP, O), jd(GMP, P2122, RESP, RI), jd(CLE, P2325, INV, I),
     jd(CUM, P2325, MOS, O)],
    people=[person("Ruth Alsop-Kerr", "chief-constable", GMP, "chief constable")],
    encoding="cp1252",
    notes=[
        "Windows-1252 with CRLF line endings (curly quotes, en dashes, a pound sign). Hard-wrapped "
        "paragraphs with numbered '2.n' paragraph labels.",
        "Judgements: GMP 'graded outstanding for responding to the public' and, for 2021/22, 'when we "
        "judged it to require improvement in that area'; Cleveland 'inadequate for investigating crime'; "
        "Cumbria 'graded outstanding for managing offenders and suspects'.",
        "No judgement: Dyfed-Powys 'was not graded requires improvement or inadequate in any area' (a "
        "negation, no area's grade); Gloucestershire 'inadequate in two areas' (areas not named); Devon "
        "and Cornwall and Wiltshire are named for monitoring only. National counts and Figure 4 name no "
        "force. Recommendations 2 and 3 are addressed to all chief constables: not force facts.",
        "People: His Majesty's Chief Inspector of Constabulary is not named. GMP's chief constable is "
        "named 'Its chief constable, Ruth Alsop-Kerr' (title as written, lower case).",
    ]))

# kf06 -- PEEL 2023-25 summary page with cards and correction notice (HTML), Humberside -------
GOLDS.append(gold(
    "kf06.html", "peel-report-2021", [HUM], [HF], [insp(HUM, P2325)],
    cur(HUM, AREAS8),
    afis=[
        stmt(HUM, P2325, RESP, "The force should improve how quickly it answers non-emergency calls made at "
             "weekends, including contact through its online channels."),
        stmt(HUM, P2325, INV, "The force should make sure that victims are told promptly when it decides to "
             "close an investigation, and that it records the reasons for closure."),
        stmt(HUM, P2325, MOS, "The force should make sure that officers managing registered sex offenders "
             "complete risk assessments within the timescales set by national guidance."),
        stmt(HUM, P2325, MOS, "The force should review the caseloads of its offender managers, so that each "
             "can visit the offenders they manage as often as their risk requires."),
    ],
    people=[person("Roderick Fanshawe-Blyth", "inspector", HF,
                   "His Majesty\u2019s Inspector of Constabulary")],
    notes=[
        "The correction notice says managing offenders and suspects was 'shown in error as good'; the "
        "correct grade is adequate, and the card shows Adequate. Gold has Adequate only; the old 'good' "
        "is not a judgement.",
        "'Our judgements' cards give eight grades; 'Providing a service to victims of crime: Not graded' "
        "gives nothing. 'how good Humberside Police is', 'good practice' in the Innovative practice "
        "accordion, the fire and rescue service's 'graded good for preventing fires' (related link) and "
        "the 2021/22 link are distractors.",
        "The four AFIs are the paragraphs after 'Area for improvement n' labels inside accordions whose "
        "summary names the area.",
    ]))

# kf07 -- Force at a glance infographic (PDF), Lincolnshire ----------------------------------
GOLDS.append(gold(
    "kf07.pdf", "peel-report-2021", [LIN], [HF], [insp(LIN, P2325), insp(LIN, P2122)],
    cur(LIN, AREAS8) + [jd(LIN, P2325, CDI, G)] + [
        jd(LIN, P2122, PPT, A), jd(LIN, P2122, PREV, A), jd(LIN, P2122, RESP, RI),
        jd(LIN, P2122, INV, A), jd(LIN, P2122, PVP, G), jd(LIN, P2122, MOS, G)],
    people=[
        person("Harriet Colquhoun-Ross", "chief-constable", LIN, "Chief Constable"),
        person("Ellis Ravenhurst", "commissioner", LIN, "Police and Crime Commissioner"),
        person("Roderick Fanshawe-Blyth", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "One landscape page of tiles. Each tile gives the area, its 2023-25 grade and a '2021/22: ...' "
        "line. Six tiles give a 2021/22 grade. Workforce and leadership say 'not comparable*' and crime "
        "data integrity says 'Last inspected 2021/22' with no grade: nothing for 2021/22 there. The "
        "crime data integrity tile gives a ninth 2023-25 grade (Good). Victim service is 'Not graded'.",
        "The grading-scale key and the ▲▼ arrows are not facts.",
        "People come from a 'Who leads the force' label | name table; titles are the labels. "
        "'HMICFRS lead' is not a title; the HMI's title follows his name.",
    ]))

# kf08 -- Annex A: PEEL grades by force (DOCX, merged header cells), ten forces -------------
ALL10 = [BED, CLE, CUM, DC, DP, GLO, GMP, HUM, LIN, WIL]
GOLDS.append(gold(
    "kf08.docx", "national-release", ALL10, [HF], [insp(f, P2325) for f in ALL10],
    [jd(f, P2325, q, g2325(f, q)) for f in ALL10 for q in AREAS8] + [jd(LIN, P2325, CDI, G)],
    notes=[
        "Table A1 has a two-row header: 'Force' and 'Report published' are merged down over both rows, "
        "and 'Graded area' is merged across the eight area columns of the second row. Every listed force "
        "is graded in all eight areas (80 judgements). Footnote marks sit in two force cells ('Humberside "
        "Police \u00b2', 'Lincolnshire Police \u00b3').",
        "Footnote 3: 'Lincolnshire Police was also graded good for crime data integrity' -> a ninth "
        "Lincolnshire judgement. Footnote 2 confirms Humberside's corrected grade (Adequate).",
        "Table A2 (counts of forces at each grade by area) names no force; Table A3 lists forces in "
        "Engage with no grade. The grading-scale sentence is a distractor. 'His Majesty\u2019s Chief "
        "Inspector of Constabulary' is unnamed.",
        "The page header ('State of Policing 2025 \u2013 Annex A') and footer are not body text.",
    ]))

# kf09 -- PEEL: Police legitimacy 2017 (PDF), Dyfed-Powys --------------------------------
GOLDS.append(gold(
    "kf09.pdf", "peel-report", [DP], [HF, H],
    [insp(DP, P2017, "Legitimacy", HF), insp(DP, P2016, "Legitimacy", H)],
    [jd(DP, P2017, None, G, "Legitimacy"), jd(DP, P2017, FTP, G, "Legitimacy"),
     jd(DP, P2017, ELW, O, "Legitimacy"), jd(DP, P2017, FTW, G, "Legitimacy"),
     jd(DP, P2016, ELW, RI, "Legitimacy"), jd(DP, P2016, None, G, "Legitimacy")],
    afis=[
        stmt(DP, P2017, FTP, "The force should improve how it monitors the use of force by its officers, so "
             "that it can identify and explain any disproportionality.", pillar="Legitimacy"),
        stmt(DP, P2017, FTP, "The force should make sure that its external scrutiny panel examines a sample "
             "of stop and search records, including body-worn video footage, at least twice a year.",
             pillar="Legitimacy"),
        stmt(DP, P2017, FTW, "The force should find out why many officers and staff do not complete its "
             "annual wellbeing survey, and act on what it learns.", pillar="Legitimacy"),
        stmt(DP, P2017, FTW, "The force should improve the way it identifies talent in its workforce, "
             "including among police staff.", pillar="Legitimacy"),
    ],
    people=[person("Zara Penhaligon-Rees", "inspector", HF, "HM Inspector of Constabulary")],
    notes=[
        "The older legitimacy layout: an 'Overall judgement: Good' box, then a summary table of the three "
        "questions with their grades; each question chapter repeats its grade in prose.",
        "2016: 'in 2016 HMIC judged the force to require improvement in the way it ensured its workforce "
        "behaved ethically and lawfully, although its overall legitimacy was good then too' -> two 2016 "
        "judgements (ethical question Requires improvement; overall Good), inspectorate HMIC, which the "
        "sentence names.",
        "The document names both HMICFRS (cover, introduction) and HMIC (2016 sentence, footnote). The "
        "2017 inspectorate is HMICFRS.",
        "Distractors: the four-point scale sentence, 'good understanding', 'We found no areas for "
        "improvement for this question', and the 2016 national recommendation to every force.",
        "The HMI signs name-first under the summary: title 'HM Inspector of Constabulary'.",
    ]))

# kf10 -- cause of concern revisit, not accelerated (DOCX), Cleveland -------------------------
GOLDS.append(gold(
    "kf10.docx", "peel-report-2021", [CLE], [HF], [insp(CLE, P2325)],
    [jd(CLE, P2325, INV, I)],
    recs=[
        stmt(CLE, P2325, INV, "By 30 June 2025, the force should make sure that every investigation is "
             "allocated to an officer with the skills and accreditation to investigate it.", True),
        stmt(CLE, P2325, INV, "By 30 June 2025, the force should make sure that supervisors review open "
             "investigations at least every 28 days and record clear directions.", True),
        stmt(CLE, P2325, INV, "By 30 September 2025, the force should make sure that victims are updated on "
             "the progress of their case in line with the Code of Practice for Victims of Crime.", True),
        stmt(CLE, P2325, INV, "By 30 September 2025, the force should reduce the number of investigations "
             "that are closed without a suspect being identified when reasonable lines of enquiry "
             "remain.", False),
    ],
    coc=[
        stmt(CLE, P2325, INV, "Cleveland Police does not investigate crime effectively. Too many "
             "investigations are poorly planned and poorly supervised, and victims are not kept informed, "
             "which means that offenders are not brought to justice."),
    ],
    people=[
        person("Darren Aske", "chief-constable", CLE, "Acting Chief Constable", "acting"),
        person("Joanna Pelham", "commissioner", CLE, "Cleveland Police and Crime Commissioner"),
        person("Margaret Oduya-Lister", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The letter restates the grade ('we graded the force as inadequate at investigating crime') and "
        "the cause of concern (Word 'Quote' style, two sentences, one statement). It says the cause of "
        "concern is NOT yet addressed and that the grades 'remain as published': no new grade.",
        "The recommendations are rows of a table with merged header cells ('Recommendation' over No. + "
        "text, 'Progress' over the force's reported position + our assessment). The 'Force\u2019s "
        "reported position' column is the force's own update, so has_force_update is true for 1-3; "
        "recommendation 4's cell is 'No position reported.' -> false. The inspectorate's 'Our assessment' "
        "column is not a force update. The cause of concern has no update of its own.",
        "'three areas for improvement we made about investigations' are only counted. Engage is "
        "monitoring, not a grade. Assistant Chief Constable Hollis is not a person fact.",
        "People: 'Acting Chief Constable Darren Aske' (qualifier acting); the PCC is named name-first "
        "as 'Cleveland Police and Crime Commissioner'.",
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
