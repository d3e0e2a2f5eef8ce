"""Write gold/la01.json ... gold/la10.json for corpus56 (format: shared/corpus/GOLD-FORMAT.md).

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


GOLDS = []

CH, ME, LA = "Cheshire Constabulary", "Merseyside Police", "Lancashire Constabulary"
CU, DU, NO = "Cumbria Constabulary", "Durham Constabulary", "Northumbria Police"

# Invented grades, the same in every document that gives them.
CH_2325 = [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, A), (WORK, G), (LFM, A)]
ME_2325 = [(PREV, O), (RESP, G), (INV, G), (MOS, G), (WORK, G), (LFM, G), (PPT, A), (PVP, A)]
LA_2325 = [(PPT, G), (MOS, G), (PREV, A), (PVP, A), (WORK, A), (LFM, A), (RESP, RI), (INV, RI)]
DU_2325 = [(MOS, O), (PPT, G), (PREV, G), (RESP, G), (PVP, G), (WORK, G), (LFM, G), (INV, A)]
NO_2325 = [(PREV, G), (WORK, G), (PPT, A), (INV, A), (MOS, A), (LFM, A), (RESP, RI), (PVP, RI)]
CU_2122 = [(PPT, G), (PREV, G), (MOS, G), (SOC, G), (WORK, G), (RESP, A), (PVP, A), (LFM, A),
           (INV, RI), (CDI, RI)]

HMI = "His Majesty\u2019s Inspector of Constabulary"

# Statements used in more than one document (identical wording on purpose).
CH_AFI_RESP = ("The force should make sure that calls to its 101 non-emergency number are "
               "answered promptly, and that fewer callers give up before their call is answered.")
CH_AFI_INV = ("The force should make sure that victims are told about the progress of their "
              "investigation and that their wishes are recorded when it closes an investigation.")
ME_AFI_PPT = ("The force should improve how it explains to people why they have been stopped and "
              "searched, and make sure that body-worn video is switched on for every search.")
ME_AFI_PVP = ("The force should make sure that officers complete a risk assessment with every "
              "victim of domestic abuse at the first point of contact.")
LA_AFI_RESP = ("The force should make sure it assesses the risk to callers consistently, using a "
               "structured approach, when they first contact it.")
LA_AFI_INV = ("The force should make sure that investigations are carried out by officers with the "
              "right skills, and that supervisors review them regularly.")
LA_AFI_PREV = ("The force should make sure that officers and staff understand how to identify and "
               "record repeat victims of anti-social behaviour.")
DU_AFI_INV1 = ("The force should make sure that it gives victims of crime updates on their case at "
               "the times it has agreed with them.")
DU_AFI_INV2 = ("The force should improve how quickly it examines digital devices, so that "
               "investigations are not delayed.")
DU_AFI_PVP = ("The force should make sure that it shares information about children at risk with "
              "partner agencies without delay.")
NO_COC = ("Northumbria Police is not answering 101 calls quickly enough, and it does not always "
          "assess the risk to callers, so some vulnerable people do not get help as quickly as "
          "they need it.")
NO_REC = ("Within six months, the force should make sure it has enough call handlers on duty at "
          "busy times to answer 101 calls within its own target.")
NO_AFI_PVP = ("The force should make sure that officers identify and record the risks to children "
              "when they attend domestic abuse incidents.")
CU_AFI_INV = ("The force should make sure that it allocates investigations to officers and staff "
              "who have the right skills and experience.")

QUOTE_NOTE = ("check_gold.py looks for the statement as a span bounded by spaces; here the "
              "statement is printed inside quotation marks, so the check reports it as not found. "
              "The text between the marks is exactly the gold text (see README, Checking).")

# la01 -- HMICFRS Easy Read version (PDF), Cheshire, PEEL 2023-25 ------------------------
GOLDS.append(gold(
    "la01.pdf", "peel-report-2021", [CH, ME, DU], [HF],
    [insp(CH, P2325, inspectorate=HF)],
    grades(CH, P2325, CH_2325),
    afis=[stmt(CH, P2325, RESP, CH_AFI_RESP), stmt(CH, P2325, INV, CH_AFI_INV)],
    people=[person("Ruth Ashworth-Vane", "inspector", HF, HMI)],
    also={"areas_for_improvement": [
        stmt(CH, P2325, MOS,
             "The police should check on registered sex offenders on time."),
    ]},
    notes=[
        "Easy Read: one short sentence per line, a bracketed picture description beside each "
        "point. The grades are in simple words, each with its grade word: 'We said the force "
        "is good at treating the public fairly' (treatment-of-public), 'stop crime before it "
        "happens ... We graded this good too' (preventing-crime), 'This means we said they "
        "require improvement at responding to the public', 'Cheshire's investigations were "
        "adequate', 'good at protecting vulnerable people', 'the way the force manages "
        "offenders is adequate', 'Its workforce is good', 'leadership and force management is "
        "adequate'. Victim service is not mentioned.",
        "Not judgements: the grade scale ('Outstanding means very, very good', 'Good means the "
        "police do this well'), 'Good means they do this well' (a gloss), the glossary ('The "
        "best grade is outstanding'), 'good to use'.",
        "Areas for improvement: only the two exact quotes in the 'The report says:' boxes. "
        "Their Easy Read headlines ('Answer 101 calls more quickly.') are paraphrases of the "
        "same statements and are not separate facts. The third point (sex offenders) is given "
        "only as a paraphrase under 'areas for improvement', so it is in also_acceptable "
        "(question managing-offenders). " + QUOTE_NOTE,
        "Merseyside Police and Durham Constabulary are examples of forces the inspectorate "
        "looks at: in forces, no inspection. Cheshire Fire and Rescue Service is not a police "
        "force and gives nothing.",
        "The HMI is named name-first ('Ruth Ashworth-Vane, His Majesty's Inspector of "
        "Constabulary'), curly apostrophe as printed.",
    ]))

# la02 -- PCC's plain English summary (DOCX), Merseyside, PEEL 2023-25 -------------------
GOLDS.append(gold(
    "la02.docx", "response-record", [ME], [HF],
    [insp(ME, P2325, inspectorate=HF)],
    grades(ME, P2325, ME_2325),
    afis=[stmt(ME, P2325, PPT, ME_AFI_PPT, True), stmt(ME, P2325, PVP, ME_AFI_PVP, False)],
    people=[
        person("Maureen Carrick-Lowe", "commissioner", ME,
               "Police and Crime Commissioner for Merseyside"),
        person("Daniel Ormsby", "chief-constable", ME, "Chief Constable"),
    ],
    notes=[
        "Grades come from the table 'What was looked at | Grade | What this means'. 'Preventing "
        "crime and anti-social behaviour' -> preventing-crime; 'Police powers and public "
        "treatment' -> treatment-of-public. Victim service is explicitly ungraded.",
        "Distractors: the list of five grades, 'a good news story', the commissioner's "
        "'outstanding grade' and 'two adequate grades' (repeats), Merseyside Fire and Rescue "
        "Service 'judged it good' (fire inspection), the helpline's opening hours and 'a good "
        "idea'.",
        "AFIs are the two paragraphs in Word's Quote style after 'The inspectors' words:'. The "
        "'In plain English:' paraphrases are not statements. The stop and search AFI is "
        "followed by 'What Merseyside Police says it is doing:' (true). The domestic abuse AFI "
        "has only a paraphrase; the Chief Constable's general remark that work has 'already "
        "started on every point' comes in a later section and answers no single statement, "
        "so false. 'The report lists five areas for improvement' is a count.",
        "No inspector is named. The PCC is name-first, so her title is kept in full.",
    ]))

# la03 -- youth group's young people's version (HTML), Lancashire, PEEL 2023-25 ----------
GOLDS.append(gold(
    "la03.html", "response-record", [LA, CU, ME], [HF],
    [insp(LA, P2325, inspectorate=HF)],
    grades(LA, P2325, LA_2325),
    afis=[stmt(LA, P2325, RESP, LA_AFI_RESP), stmt(LA, P2325, INV, LA_AFI_INV)],
    people=[
        person("Gareth Holroyd", "commissioner", LA, "Police and Crime Commissioner"),
        person("Rachel Ainsworth-Beck", "chief-constable", LA, "Chief Constable"),
    ],
    notes=[
        "The period is not written as 'PEEL 2023-25' anywhere on the page; it is an HMICFRS "
        "report of the round in which the force was inspected 'last year' (posted June 2025), "
        "and the area names are the 2023-25 ones. Lancashire's grades agree with la10, which "
        "names the period.",
        "Grades are in card headings in young people's words: 'Treating people fairly - Good', "
        "'Keeping an eye on offenders - Good' (managing-offenders), 'Stopping crime before it "
        "happens - Adequate' (preventing-crime), 'Protecting people who could get hurt - "
        "Adequate', 'Looking after their staff, and how the force is run - both Adequate' "
        "(workforce and leadership-management, confirmed by the card text), 'Answering calls - "
        "Requires improvement' (responding-to-public), 'Solving crimes - Requires improvement' "
        "(investigating-crime).",
        "Not judgements: the 'How the marks work' list ('Outstanding - very, very good'), "
        "'good laugh', 'good to hear', 'not great'.",
        "AFIs: the two blockquotes, 'copied word for word' (genre of the page: a youth group "
        "supported by the PCC's office; the document gives no force update). The stop and "
        "search point is 'us putting it simply' and is not a statement.",
        "Cumbria Constabulary and Merseyside Police are neighbours with their own reports: "
        "forces only. Lancashire Fire and Rescue Service gives nothing.",
        "People: both title-first ('Lancashire's Police and Crime Commissioner, Gareth "
        "Holroyd'; 'The Chief Constable, Rachel Ainsworth-Beck'), so the office alone.",
    ]))

# la04 -- large-print PCC section 55 response (PDF), Durham, PEEL 2023-25 ---------------
GOLDS.append(gold(
    "la04.pdf", "response-record", [DU], [HF],
    [insp(DU, P2325, inspectorate=HF)],
    grades(DU, P2325, DU_2325),
    afis=[stmt(DU, P2325, INV, DU_AFI_INV1, True), stmt(DU, P2325, INV, DU_AFI_INV2, True),
          stmt(DU, P2325, PVP, DU_AFI_PVP, False)],
    people=[
        person("Michelle Okafor", "inspector", HF, HMI),
        person("Alan Farrow-Bell", "chief-constable", DU, "Chief Constable"),
        person("Sarah Lindqvist", "chief-constable", DU, "Deputy Chief Constable", "deputy"),
        person("Joanne Pattinson-Wilde", "commissioner", DU,
               "Police and Crime Commissioner for Durham and Darlington"),
    ],
    notes=[
        "Large print (20pt), a two-column grade table. 'Managing offenders and suspects' -> "
        "managing-offenders.",
        "AFI 3 is followed by an 'Update from the force' heading whose text says the force "
        "'has not yet given me its plan': no update, so false.",
        "'An outstanding grade is rare. Only a handful of forces received one' names no other "
        "force. County Durham and Darlington Fire and Rescue Service gives nothing.",
        "The commissioner signs name-first with the full title; the HMI and the chief "
        "officers are title-first.",
    ]))

# la05 -- BSL video transcript (TXT, CRLF), Northumbria, PEEL 2023-25 --------------------
GOLDS.append(gold(
    "la05.txt", "response-record", [NO, DU, CU], [HF],
    [insp(NO, P2325, inspectorate=HF)],
    grades(NO, P2325, NO_2325),
    afis=[stmt(NO, P2325, PVP, NO_AFI_PVP, True)],
    recs=[stmt(NO, P2325, RESP, NO_REC, True)],
    coc=[stmt(NO, P2325, RESP, NO_COC, True)],
    people=[
        person("Vanessa Crowther-Hay", "chief-constable", NO, "Chief Constable"),
        person("Ashok Ramdeen", "commissioner", NO, "Police and Crime Commissioner for Northumbria"),
    ],
    notes=[
        "Grades are in the presenter's spoken lists: 'good at preventing crime', 'good at "
        "looking after its workforce', 'Four things were adequate ... treating the public "
        "fairly, investigating crime, managing offenders, and leadership and force management', "
        "'two areas require improvement ... responding to the public ... protecting vulnerable "
        "people'. The five-colour key and 'Outstanding is the best' list the scale only.",
        "The cause of concern, the recommendation and the AFI are the three VOICE-OVER lines "
        "read out as exact words; their question comes from what the presenter says they are "
        "about (calls -> responding-to-public; children at domestic abuse incidents -> "
        "protecting-vulnerable). " + QUOTE_NOTE,
        "has_force_update: the Chief Constable's statement comes right after the AFI and "
        "answers all three (forty more contact-centre staff, 101 waits halved, training on "
        "the child's voice), so all three are true. A stricter reading (update only directly "
        "after the statement) would make the cause of concern and the recommendation false.",
        "Not people: the voice-over artist and the presenter 'Jade' (no role). The PCC is "
        "named by caption, name-first with the full title; the Chief Constable by caption, "
        "title-first.",
        "Durham Constabulary and Cumbria Constabulary are neighbours: forces only. Tyne and "
        "Wear Fire and Rescue Service and the helpline hours give nothing.",
    ]))

# la06 -- audio description script (PDF), Cumbria, PEEL 2021/22 --------------------------
GOLDS.append(gold(
    "la06.pdf", "response-record", [CU, LA], [HF],
    [insp(CU, P2122, inspectorate=HF)],
    grades(CU, P2122, CU_2122),
    afis=[stmt(CU, P2122, INV, CU_AFI_INV)],
    people=[
        person("Peter Calderbank", "commissioner", CU, "Police, Fire and Crime Commissioner"),
        person("Helen Marrick", "chief-constable", CU, "Chief Constable"),
    ],
    notes=[
        "An audio description script (landscape table In | Out | AD | PROG). The grades are in "
        "the NARRATOR's lines in the PROG column: 'graded good in five areas: ...' (the five "
        "include 'disrupting serious organised crime' and 'building, supporting and protecting "
        "the workforce', whose commas sit inside a semicolon list), 'Three areas were adequate: "
        "... strategic planning, organisational management and value for money' "
        "(leadership-management), 'two areas require improvement: investigating crime, and "
        "recording data about crime' (crime-recording). The AD column describes colours and "
        "icons only. Victim service: 'not graded'.",
        "The one AFI is the on-screen quotation the narrator reads ('The inspectors wrote: "
        "...'). " + QUOTE_NOTE + " The next line ('They also want crimes to be written down "
        "correctly...') is a paraphrase: no statement.",
        "Not judgements: the on-screen scale, the PFCC's 'a good report' and 'Good policing', "
        "Cumbria Fire and Rescue Service. Lancashire Constabulary is named in the describer's "
        "note (a logo on a partner van): forces only.",
        "People: the PFCC by caption 'Peter Calderbank, Police, Fire and Crime Commissioner' "
        "(name-first, title as printed); 'Chief Constable Helen Marrick'. The describer and "
        "voice are not people facts.",
        "Genre: commissioned by the PFCC's office, so response-record (no genre fits an AD "
        "script well).",
    ]))

# la07 -- community newsletter 'at a glance' box (DOCX), Durham, PEEL 2023-25 ------------
GOLDS.append(gold(
    "la07.docx", "press-release", [DU, NO], [HF],
    [insp(DU, P2325, inspectorate=HF)],
    grades(DU, P2325, DU_2325),
    afis=[stmt(DU, P2325, INV, DU_AFI_INV2, True)],
    people=[person("Joanne Pattinson-Wilde", "commissioner", DU, "Police and Crime Commissioner")],
    notes=[
        "The 'AT A GLANCE' box is a one-cell Word table with List Bullet lines: 'Outstanding: "
        "managing offenders and suspects', 'Good: ...' six areas separated by semicolons ('the "
        "workforce' -> workforce), 'Adequate: investigating crime', 'Not graded: how well the "
        "force serves victims'. 'Causes of concern: none' and 'Areas for improvement: 3' are "
        "counts. The period is not named; the grades and the February 2025 publication agree "
        "with la04 (PEEL 2023-25).",
        "The AFI is the Intense Quote paragraph after 'The report puts it like this:'. The next "
        "paragraph reports the force's update through the neighbourhood sergeant (extra "
        "examiners, shorter waits), so true. Unsure: a grader may not count a sergeant's "
        "remark at a residents' meeting as the force's update.",
        "Distractors: 'A good turnout', the fire service 'rated good at preventing fires' "
        "(County Durham and Darlington Fire and Rescue Service), the association helpline "
        "hours, the PACT meeting. Northumbria Police is named for comparison with no grade. "
        "The secretary and the unnamed sergeant are not people facts.",
    ]))

# la08 -- Easy Read survey (HTML, cp1252), Northumbria, PEEL 2023-25 ---------------------
GOLDS.append(gold(
    "la08.html", "response-record", [NO], [HF],
    [insp(NO, P2325, inspectorate=HF)],
    grades(NO, P2325, [(PREV, G), (RESP, RI)]),
    recs=[stmt(NO, P2325, RESP, NO_REC, False)],
    people=[person("Ashok Ramdeen", "commissioner", NO, "Police and Crime Commissioner")],
    encoding="cp1252",
    notes=[
        "windows-1252 page (meta charset) with curly quotes and an en dash as single bytes.",
        "Two grades only: 'the police are good at preventing crime' and 'responding to the "
        "public requires improvement'. The period is not written; 'Inspectors checked "
        "Northumbria Police last year' on a 2025 survey page, with the HMICFRS name and the "
        "same grades as la05, gives PEEL 2023-25.",
        "The recommendation is the 'Their exact words were: \u201c...\u201d' line; it is a "
        "recommendation (the inspectors 'told the police what they must do'), though the "
        "page does not use the word. " + QUOTE_NOTE + " No force update.",
        "Distractors: 'Good means they do this well', the answer options 'Very good' / "
        "'Good', 'make sure the police do a good job', the phone line's hours, two fire and "
        "rescue services.",
        "Ashok Ramdeen: 'Ashok Ramdeen is the Police and Crime Commissioner.' The picture "
        "description is not a fact.",
    ]))

# la09 -- text-only version of an HMICFRS infographic (Markdown), Merseyside ------------
GOLDS.append(gold(
    "la09.md", "peel-report-2021", [ME, CH, LA], [HF],
    [insp(ME, P2325, inspectorate=HF)],
    grades(ME, P2325, ME_2325),
    afis=[stmt(ME, P2325, PVP, ME_AFI_PVP)],
    people=[person("Tom Fairbrother", "inspector", HF,
                   "His Majesty's Inspector of Constabulary")],
    notes=[
        "Each grade is an 'Image: ... Text: <Grade> at <area>.' pair. The key panel lists the "
        "scale and gives nothing; 'not graded' for victim service gives nothing.",
        "'5 areas for improvement. 0 causes of concern.' are counts. 'A good example for other "
        "forces' is a quote about practice, not a grade.",
        "The AFI is the quoted text in Panel 5 ('One thing to improve'); its question comes "
        "from the shield and the domestic abuse wording (protecting-vulnerable), as in la02. "
        + QUOTE_NOTE,
        "Cheshire Constabulary and Lancashire Constabulary are named as other forces in the "
        "round with no grade: forces only. Merseyside Fire and Rescue Service gives nothing.",
        "The HMI title has a straight apostrophe, as typed in the Markdown.",
    ]))

# la10 -- panel briefing at reading age 9 (DOCX), Lancashire, PEEL 2023-25 ---------------
GOLDS.append(gold(
    "la10.docx", "response-record", [LA, CU], [HF],
    [insp(LA, P2325, inspectorate=HF), insp(CU, P2122, inspectorate=HF)],
    grades(LA, P2325, LA_2325) + grades(CU, P2122, [(RESP, A)]),
    afis=[stmt(LA, P2325, RESP, LA_AFI_RESP, True), stmt(LA, P2325, INV, LA_AFI_INV, True),
          stmt(LA, P2325, PREV, LA_AFI_PREV, False)],
    people=[
        person("Gareth Holroyd", "commissioner", LA, "Police and Crime Commissioner for Lancashire"),
        person("Rachel Ainsworth-Beck", "chief-constable", LA, "Chief Constable"),
    ],
    notes=[
        "Grades table 'Grade | What the police did': each Grade cell covers several areas "
        "written as short sentences ('Looking after the workforce.' -> workforce, 'Leadership "
        "and running the force.' -> leadership-management, 'Treating the public fairly.' -> "
        "treatment-of-public). 'no outstanding grades and no inadequate grades' gives nothing.",
        "AFIs are the three Intense Quote paragraphs ('the exact words for three of them'), "
        "under plain headings. The anti-social behaviour heading maps to preventing-crime. "
        "Its 'What the force says it has done:' line reads 'We have not had an answer yet.', "
        "so false. The fourth (stop and search) is 'our words, not the inspectors'': not a "
        "statement.",
        "Cumbria Constabulary: 'was graded adequate for responding to the public in its last "
        "inspection, in 2021/22' -> a 2021/22 judgement in passing (inspectorate from "
        "context), agreeing with la06.",
        "People: the PCC name-first with full title; the Chief Constable title-first. The "
        "Assistant Chief Constable (named) is not a person fact, nor the panel support "
        "officer. Lancashire Fire and Rescue Service gives nothing. 'Good questions to ask' "
        "is a distractor.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        stem = os.path.splitext(g["document"])[0]
        path = os.path.join(GOLD, stem + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
