"""Write gold/ka01.json ... gold/ka10.json for corpus31 (format: shared/corpus/GOLD-FORMAT.md).

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
CDI = "crime-recording"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

DER, HER, CAM, NOR = "Derbyshire Constabulary", "Hertfordshire Constabulary", "Cambridgeshire Constabulary", "Northumbria Police"
NOT, SWP, LAN, GLO = "Nottinghamshire Police", "South Wales Police", "Lancashire Constabulary", "Gloucestershire Constabulary"
BED, KEN = "Bedfordshire Police", "Kent Police"

# One set of invented grades per force, used wherever the force appears.
DER_2325 = [(PPT, G), (PREV, G), (RESP, A), (INV, RI), (PVP, A), (MOS, G), (WORK, A), (LFM, G)]
DER_2122 = [(PPT, A), (PREV, G), (RESP, RI), (INV, A), (PVP, A), (MOS, G), (WORK, G), (LFM, A), (CDI, G)]
HER_2325 = [(PREV, O), (PPT, G), (RESP, G), (INV, G), (MOS, G), (WORK, G), (PVP, A), (LFM, A)]
CAM_2325 = [(PREV, G), (PVP, G), (WORK, G), (PPT, A), (MOS, A), (LFM, A), (RESP, RI), (INV, A)]
NOR_2325 = [(PREV, O), (PVP, G), (MOS, G), (PPT, G), (LFM, G), (RESP, A), (INV, A)]  # workforce never stated
NOT_2325 = [(PREV, G), (RESP, G), (WORK, G), (PPT, A), (MOS, A), (LFM, A), (INV, RI), (PVP, RI)]
SWP_2325 = [(PPT, G), (PREV, G), (RESP, RI), (INV, A), (PVP, G), (MOS, O), (WORK, G), (LFM, G), (CDI, A)]
LAN_2325 = [(RESP, O), (PPT, G), (PREV, G), (MOS, G), (LFM, G), (CDI, G), (INV, A), (PVP, A), (WORK, RI)]
GLO_2325 = [(PREV, G), (PPT, A), (MOS, A), (WORK, A), (RESP, RI), (PVP, RI), (LFM, RI), (INV, I)]


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, pairs, pillar="PEEL"):
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": g}
            for q, g in pairs]


def pillar_grade(force, period, pillar, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": None, "grade": grade}


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

# ka01 -- PCC's social-media thread (TXT), Derbyshire ---------------------------------------
GOLDS.append(gold(
    "ka01.txt", "press-release", [DER], [HF],
    [insp(DER, P2325)],
    grades(DER, P2325, DER_2325),
    afis=[stmt(DER, P2325, INV,
               "The force should make sure that investigations are allocated to officers with the "
               "right skills and experience, and that supervisors review each investigation regularly "
               "and record clear direction.")],
    people=[
        person("Nadine Fairclough", "commissioner", DER, "Police and Crime Commissioner"),
        person("Rachael Ollerenshaw", "chief-constable", DER, "Chief Constable"),
    ],
    notes=[
        "The period comes only from the link card's title ('PEEL 2023–25: ... An inspection of "
        "Derbyshire Constabulary'); the posts themselves say only 'its PEEL report'. The link card "
        "names HMICFRS in full and @HMICFRS is tagged, so the inspection's inspectorate is HMICFRS.",
        "Post 2/6 gives four 'GOOD' areas as a bullet list after a lead-in; post 3/6 gives three "
        "adequate areas in one sentence whose list items contain commas ('building, supporting and "
        "protecting its workforce') and one 'requires improvement'. The emoji squares are decoration.",
        "The AFI is quoted in curly quotes inside post 4/6: the text is the span inside the quotes. "
        "No force update follows it: the PCC's plan and the force's reply ('our improvement plan "
        "... is already under way', which names no statement) are not updates to that AFI, so "
        "has_force_update is false.",
        "Mick Thornhill's reply quotes '\"Adequate\" at answering 101', which repeats the "
        "responding grade and adds nothing. 'good practice' on rural crime and the 2026/27 precept "
        "are distractors.",
        "People: the PCC's profile bio reads 'Derbyshire Police and Crime Commissioner'; the title "
        "is the office without the place word. The Chief Constable is named title-first in 5/6.",
    ]))

# ka02 -- chief constable's LinkedIn post (HTML), Hertfordshire ------------------------------
GOLDS.append(gold(
    "ka02.html", "press-release", [HER, CAM, NOR, BED, KEN], [HF],
    [insp(HER, P2325), insp(CAM, P2325), insp(NOR, P2325)],
    grades(HER, P2325, HER_2325) + grades(CAM, P2325, [(PVP, G)]) + grades(NOR, P2325, [(PREV, O)]),
    people=[
        person("Jonathan Marriner", "chief-constable", HER, "Chief Constable"),
        person("Róisín Maguire", "inspector", HF, "HM Inspector of Constabulary"),
        person("Ewan Thackeray", "commissioner", HER, "Police and Crime Commissioner"),
        person("Priya Venkatesan", "chief-constable", CAM, "Deputy Chief Constable", "deputy"),
    ],
    also={
        "inspections": [insp(HER, "2015", "Efficiency", H)],
        "judgements": [pillar_grade(HER, "2015", "Efficiency", RI)],
    },
    notes=[
        "The post never writes the period; the link card's title 'PEEL 2023–25 ... An inspection of "
        "Hertfordshire Constabulary' and 'the 2023–25 round' give it. HMICFRS is named in the post.",
        "Comments name other forces with grades of their own: Priya Venkatesan (Deputy Chief Constable "
        "at Cambridgeshire Constabulary) gives Cambridgeshire 'good at protecting vulnerable people' "
        "in 'Our own PEEL 2023–25 report'; Callum Reddy gives Northumbria 'outstanding for preventing "
        "crime in PEEL 2023–25'. Both are judgements with their own inspections.",
        "Dave Okafor, a retired Assistant Chief Constable of Hertfordshire, recalls 'we were judged "
        "requires improvement for efficiency in 2015'. 'we' is the force in his profile line; it is a "
        "jokey recollection in a comment, so the 2015 Efficiency judgement (HMIC era; the document "
        "never names HMIC, so a strict reader would leave the inspectorate null) is in also_acceptable.",
        "People: the Chief Constable's profile line 'Chief Constable at Hertfordshire Constabulary' "
        "gives 'Chief Constable'; 'QPM' is a post-nominal. Priya Venkatesan is a named Deputy Chief "
        "Constable (chief-constable, deputy) of Cambridgeshire. Callum Reddy (Chief Superintendent), "
        "Dave Okafor (retired ACC), Marcus Bell ('Inspector at Kent Police', a police rank, not an "
        "HMI) and Hannah Greaves (communications) are not person facts.",
        "Bedfordshire (the BCH collaboration) and Kent Police (a commenter's employer) are named "
        "only in passing. 'good practice', the cookie banner and the 'More from' card are distractors.",
    ]))

# ka03 -- council overview and scrutiny report (DOCX), Nottinghamshire ------------------------
GOLDS.append(gold(
    "ka03.docx", "response-record", [NOT], [HF],
    [insp(NOT, P2325)],
    grades(NOT, P2325, NOT_2325),
    afis=[
        stmt(NOT, P2325, PVP,
             "The force should make sure that when officers attend domestic abuse incidents they "
             "identify and record the risk to any children in the household, and that referrals to "
             "partner agencies are made without delay."),
        stmt(NOT, P2325, INV,
             "The force should make sure that victims of anti-social behaviour and neighbourhood crime "
             "are kept informed of the progress of their case, in line with the Code of Practice for "
             "Victims of Crime."),
    ],
    people=[person("Rukhsana Begum-Holt", "commissioner", NOT, "Police and Crime Commissioner")],
    notes=[
        "All eight grades are in paragraph 4.2, in three sentences whose list items contain commas "
        "('building, supporting and protecting its workforce'). 'The victim service assessment is "
        "not graded' gives nothing.",
        "Table 1 gives two AFIs in HMICFRS's wording with the Council's own actions beside them. The "
        "report says the Council's actions 'do not replace the force's response', so "
        "has_force_update is false for both. The question comes from the 'PEEL area' cell.",
        "Section 2 'The Committee is recommended to' gives the council's own recommendations, not "
        "PEEL recommendations. 'seven areas for improvement in total' and 'no causes of concern' are "
        "counts. Nottinghamshire Fire and Rescue Service's 'good at preventing fires' is a fire "
        "inspection: no judgement.",
        "People: the PCC is named title-first ('The Police and Crime Commissioner, Rukhsana "
        "Begum-Holt'). Chief Superintendent Dean Ashfield and the council officers are not person "
        "facts. The Word header (committee name and date) is not body text.",
    ]))

# ka04 -- FOI response letter (PDF), South Wales Police -------------------------------------
GOLDS.append(gold(
    "ka04.pdf", "response-record", [SWP], [HF],
    [insp(SWP, P2325)],
    grades(SWP, P2325, SWP_2325),
    afis=[
        stmt(SWP, P2325, RESP,
             "The force should reduce the time it takes to answer non-emergency calls, and make sure "
             "that callers who abandon a call are contacted again where the call suggests they may be "
             "vulnerable.", True),
        stmt(SWP, P2325, RESP,
             "The force should make sure that it attends incidents within the timescales it has set, "
             "and that when attendance is delayed the caller is told and the risk is reviewed.", True),
        stmt(SWP, P2325, INV,
             "The force should make sure that it records and reviews the reasons why a victim "
             "withdraws their support for an investigation.", True),
        stmt(SWP, P2325, CDI,
             "The force should improve the accuracy with which it records reported violent crime, in "
             "particular offences of harassment, stalking and controlling or coercive behaviour.", False),
    ],
    people=[person("Elin Rhys-Matthews", "chief-constable", SWP, "Chief Constable")],
    notes=[
        "The grades table gives nine area grades; 'Crime data integrity' -> crime-recording and "
        "'Preventing crime and anti-social behaviour' -> preventing-crime. 'Victim service "
        "assessment: Not graded' and the five-point-scale sentence give nothing.",
        "Counts are not facts: 'nine areas for improvement', 'five ... closed', 'four remain open', "
        "'eleven areas for improvement' in 2021/22 (no 2021/22 grade is stated, so no 2021/22 "
        "inspection), 'no causes of concern', 'no recommendations'.",
        "The open-AFI table has Status and 'Progress recorded' columns taken from the force's "
        "tracker. The force is the author of the letter, so a progress entry is the force's update: "
        "true for AFI 2, 3 and 5. AFI 9's progress cell reads 'No progress recorded at the date of "
        "this response.', so it is false. The question comes from the Area cell.",
        "'Wilmslow, Cheshire SK9 5AF' is the ICO's postal address: the county, not Cheshire "
        "Constabulary, so no force. 'Heddlu De Cymru' is the force's Welsh name. The Disclosure "
        "Officer is not a person fact; the Chief Constable is named title-first.",
    ]))

# ka05 -- radio/podcast transcript (DOCX), Cambridgeshire ------------------------------------
GOLDS.append(gold(
    "ka05.docx", "press-release", [CAM, HER, BED], [HF],
    [insp(CAM, P2325), insp(CAM, P2122), insp(HER, P2325)],
    grades(CAM, P2325, CAM_2325) + grades(CAM, P2122, [(RESP, A)]) + grades(HER, P2325, [(PREV, O)]),
    afis=[stmt(CAM, P2325, RESP,
               "The force should improve how quickly it answers emergency calls, so that it meets the "
               "national standard of answering 90 percent of them within ten seconds.")],
    people=[
        person("Simon Kettering", "commissioner", CAM,
               "Police and Crime Commissioner for Cambridgeshire and Peterborough"),
        person("Alison Farrant", "chief-constable", CAM, "Chief Constable"),
    ],
    notes=[
        "Correction mid-conversation: at 00:01:24 the retired officer says responding 'got adequate "
        "too'; the PCC corrects him at 00:01:30 ('Responding to the public was graded requires "
        "improvement. It's investigating crime that came out adequate.') and he accepts it. Gold "
        "holds only the corrected grades: responding Requires improvement, investigating Adequate.",
        "The period is never written as '2023–25'. The transcript is of a programme recorded on 20 "
        "March 2025 about a report published 'last week', and the PCC contrasts it with 'the 2021/22 "
        "inspection'; the current round is PEEL 2023-25. HMICFRS is named by the presenter. "
        "'In the 2021/22 inspection responding to the public was adequate' gives a 2021/22 judgement.",
        "'Hertfordshire next door got outstanding for preventing crime in this round' gives "
        "Hertfordshire's 2023-25 preventing grade. Bedfordshire is named in passing. 'about a dozen "
        "forces were told they require improvement' is a count with no force.",
        "The AFI is read out by the presenter between 'quote,' and 'Unquote.' with no quotation marks "
        "(transcription style); the text runs from 'The force should' to 'ten seconds.', and the "
        "sentence 'Unquote.' is not part of it. No force update follows (the PCC says he has asked for a plan), so false.",
        "People: the PCC's title is as given after his name in the speakers table. The Chief Constable "
        "is named as 'the Chief Constable, Alison Farrant'. The presenter, the retired detective chief "
        "superintendent, the caller and the producer are not person facts. The Word header and footer "
        "(transcription service) are not body text.",
    ]))

# ka06 -- community newsletter, email-to-web (HTML, windows-1252), Northumbria --------------
GOLDS.append(gold(
    "ka06.html", "press-release", [NOR], [HF],
    [insp(NOR, P2325)],
    grades(NOR, P2325, NOR_2325),
    people=[person("Joanne Pattinson", "commissioner", NOR, "Police and Crime Commissioner")],
    encoding="cp1252",
    notes=[
        "The file is windows-1252 (declared in the meta tag): curly quotes, en dashes, middle dots "
        "and the copyright sign are single bytes.",
        "Seven grades in two paragraphs; 'building, supporting and protecting the workforce' is not "
        "mentioned, so it has no judgement. 'the report says the force can do more to keep victims "
        "updated' paraphrases, and is not an AFI.",
        "Tyne and Wear Fire and Rescue Service 'was rated good at preventing fires by the same "
        "inspectorate last year' is a fire inspection: no judgement.",
        "The footer's neighbourhood team (a sergeant, PCs and PCSOs) are not person facts; the 'Coming "
        "up' dates and the 2026/27 budget survey are distractors. The PCC is named title-first.",
    ]))

# ka07 -- slide deck printed to PDF for a police and crime panel, Lancashire ---------------
GOLDS.append(gold(
    "ka07.pdf", "response-record",
    [LAN, "Merseyside Police", "Greater Manchester Police", "Cheshire Constabulary", "Cumbria Constabulary"],
    [HF],
    [insp(LAN, P2325), insp(LAN, P2122)],
    grades(LAN, P2325, LAN_2325) + grades(LAN, P2122, [(RESP, G)]),
    afis=[
        stmt(LAN, P2325, WORK,
             "The force should make sure that officers and staff can get occupational health support "
             "promptly, and that it understands and reduces the causes of long-term sickness absence.", True),
        stmt(LAN, P2325, WORK,
             "The force should make sure that all newly promoted sergeants and inspectors receive "
             "leadership training within six months of promotion.", True),
        stmt(LAN, P2325, INV,
             "The force should improve the quality of supervision of investigations so that each "
             "investigation has a clear plan that is reviewed regularly.", True),
        stmt(LAN, P2325, INV,
             "The force should make sure that it seeks and records the views of victims before it "
             "finalises a crime with an out-of-court disposal.", True),
        stmt(LAN, P2325, PVP,
             "The force should make sure that officers attending domestic abuse incidents record the "
             "voice of any child present and share it with partner agencies.", True),
        stmt(LAN, P2325, PPT,
             "The force should improve how it monitors the use of force by officers, so that it can "
             "identify and explain any disproportionality.", False),
    ],
    people=[
        person("Owen Latimer", "chief-constable", LAN, "Chief Constable"),
        person("Lydia Cartmell", "commissioner", LAN, "Police and Crime Commissioner for Lancashire"),
    ],
    notes=[
        "Slide 3 is a colour-coded grade table of nine areas ('Preventing crime' -> preventing-crime, "
        "'Crime data integrity' -> crime-recording). Its speaker notes, printed at the foot of the "
        "page, say 'Responding was graded good in 2021/22': a 2021/22 judgement.",
        "Slide 2's numbers (9 areas graded, 6 AFIs, 0 causes of concern) and slide 8's 'Nationally: 4 "
        "forces outstanding for responding' are counts. Slide 5's bullet fragments ('Workforce – "
        "wellbeing and occupational health waits') are not statements.",
        "Slides 6-7 quote six AFIs under 'AFI n – Area' labels; the label gives the question. AFIs 1-5 "
        "each have a 'Progress:' line from the force (the deck is the Chief Constable's): true. AFI 6 "
        "has none; the speaker notes say an update will come to the April panel: false.",
        "Merseyside, GMP, Cheshire and Cumbria are named only as North West forces. Fieldwork dates, "
        "'good practice', 'State of Policing 2025' and the 2026/27 precept are distractors.",
        "People: the Chief Constable is named title-first; the PCC's title follows her name and is "
        "kept in full. The Head of Professional Standards is unnamed.",
    ]))

# ka08 -- chief constable's internal message to staff (DOCX), Gloucestershire --------------
GOLDS.append(gold(
    "ka08.docx", "press-release", [GLO], [HF],
    [insp(GLO, P2325), insp(GLO, P2122)],
    grades(GLO, P2325, GLO_2325) + grades(GLO, P2122, [(INV, A)]),
    coc=[
        stmt(GLO, P2325, INV,
             "The constabulary is not investigating crime well enough. Too many investigations are "
             "poorly supervised, reasonable lines of enquiry are missed, and victims are not kept "
             "informed of progress."),
        stmt(GLO, P2325, RESP,
             "The constabulary does not answer emergency and non-emergency calls quickly enough, and "
             "it does not always reassess the risk to callers when its attendance is delayed."),
    ],
    people=[
        person("Gideon Tremlett", "chief-constable", GLO, "Chief Constable"),
        person("Amara Okoli", "chief-constable", GLO, "Deputy Chief Constable", "deputy"),
        person("Michael Ferrier", "inspector", HF, "HM Inspector of Constabulary"),
        person("Jeremy Saltwell", "commissioner", GLO, "Police and Crime Commissioner"),
    ],
    notes=[
        "The grades are in four short paragraphs. 'In our last inspection, in 2021/22, that area was "
        "adequate' gives a 2021/22 investigating judgement. The coloured count row ('Good 1', "
        "'Adequate 3' ...) repeats counts and adds nothing.",
        "The two causes of concern are in a shaded one-cell table (the 'box'), each after a bold area "
        "label ('Investigating crime.'), which gives the question and is not part of the text. Each "
        "cause is two sentences or one long one. The chief constable's message gives plans in "
        "general, not an update to either cause, so has_force_update is false. 'six recommendations' "
        "and 'fourteen areas for improvement' are counts with no text.",
        "People: the Chief Constable signs at the end ('Gideon Tremlett' / 'Chief Constable'). DCC "
        "Amara Okoli is chief-constable, deputy. HM Inspector of Constabulary Michael Ferrier is "
        "named title-first. The PCC is named after 'Our Police and Crime Commissioner,'. Assistant "
        "Chief Constable Laurie Banks is not a person fact.",
        "Gloucestershire Fire and Rescue Service, 'good practice', 'a good grade', Engage, and the "
        "Word header ('OFFICIAL – FOR INTERNAL CIRCULATION ONLY') and footer are not facts.",
    ]))

# ka09 -- wiki-style Markdown article, Derbyshire -------------------------------------------
ka09_judg = []
ka09_insp = []
for period, insp_by, (eff, effi, leg) in (("2015", H, (G, G, G)), ("2016", H, (G, G, G)),
                                         ("2017", HF, (G, G, RI)), (P1819, HF, (G, G, G))):
    for pillar, grade in (("Effectiveness", eff), ("Efficiency", effi), ("Legitimacy", leg)):
        ka09_insp.append(insp(DER, period, pillar, insp_by))
        ka09_judg.append(pillar_grade(DER, period, pillar, grade))
GOLDS.append(gold(
    "ka09.md", "national-release",
    [DER, NOT, "South Yorkshire Police", "Staffordshire Police", "Leicestershire Police",
     "Greater Manchester Police", "Cheshire Constabulary", "Lincolnshire Police", "Northamptonshire Police"],
    [H, HF],
    ka09_insp + [insp(DER, P2122), insp(DER, P2325)],
    ka09_judg + grades(DER, P2122, DER_2122) + grades(DER, P2325, DER_2325),
    people=[
        person("Nadine Fairclough", "commissioner", DER, "Police and Crime Commissioner"),
        person("Rachael Ollerenshaw", "chief-constable", DER, "Chief Constable"),
    ],
    also={
        "inspections": [insp(DER, P1819, "PEEL", HF)],
        "people": [person("Peter Gallimore", "chief-constable", DER, "Chief Constable")],
    },
    notes=[
        "CRLF line endings. The pillar table gives 2015-2018/19 grades per pillar, each row naming "
        "its inspectorate (HMIC for 2015-2016, HMICFRS for 2017 and 2018/19). As in corpus13, the "
        "2018/19 pillar grades are pillar judgements with period 2018/19, and the integrated PEEL "
        "2018/19 inspection is in also_acceptable. 2014 is mentioned with no grade.",
        "The area table gives 2021/22 and 2023–25 grades keyed by the 2023-25 area names; notes a-c "
        "give the 2021/22 names, including 'Good use of resources', whose 'Good' is not a grade. "
        "Crime data integrity is 'not inspected' in 2023-25: nothing.",
        "The infobox gives 'name, title' pairs: the PCC and the Chief Constable. Peter Gallimore is a "
        "former Chief Constable named in History ('Chief Constable from 2012 to 2019'): also_acceptable.",
        "Forces in passing: the six neighbours by official name and the EMSOU partners written "
        "'the Leicestershire, Lincolnshire, Northamptonshire and Nottinghamshire forces'. Derbyshire "
        "Fire and Rescue Service and Derby Borough Police are not PEEL forces. Reference 5 repeats the "
        "2023-25 inspection; reference 6 cites the PCC's thread (ka01). The quoted 'requires "
        "improvement' at investigating crime repeats the table.",
    ]))

# ka10 -- search engine results page printed to PDF ----------------------------------------
GOLDS.append(gold(
    "ka10.pdf", "national-release",
    [DER, NOT, LAN, CAM, GLO, SWP, HER, "Leicestershire Police", NOR],
    [HF],
    [insp(DER, P2325), insp(NOT, P2325), insp(LAN, P2325), insp(GLO, P2325), insp(SWP, P2325),
     insp(NOR, P2325)],
    grades(DER, P2325, [(PREV, G), (MOS, G), (INV, RI)])
    + grades(NOT, P2325, [(INV, RI), (PVP, RI)])
    + grades(LAN, P2325, [(RESP, O)])
    + grades(GLO, P2325, [(INV, I)])
    + grades(SWP, P2325, [(MOS, O)])
    + grades(NOR, P2325, [(PREV, O)]),
    also={
        "inspections": [insp(CAM, P2325)],
        "judgements": grades(CAM, P2325, [(PREV, G)]) + grades(NOT, P2325, [(RESP, G)]),
    },
    notes=[
        "A results page printed from the browser (running header with date and title, URL footer, "
        "'1/2'). Every judgement is in a snippet; the period is in the snippet or the title ('PEEL "
        "2023–25'); Derbyshire's HMICFRS result has it only in its title and URL.",
        "Snippets cut off mid-sentence: Cambridgeshire 'was graded good at preventing ...' and "
        "Nottinghamshire 'was rated good at responding to ...' name an area only by its first "
        "word(s), so both are in also_acceptable (Cambridgeshire's inspection with it). Northumbria's "
        "'outstanding at preventing crime and anti-social ... behaviour' names the area in full.",
        "No judgement: South Wales 'good in five other ...', Hertfordshire 'outstanding in one area "
        "and adequate in two' (areas unnamed; 'Chief Constable Jonathan ...' is cut, so no person), "
        "Leicestershire (no grade), Northumbria's 'responding to the public was graded ...', "
        "Gloucestershire's 'two causes of concern' (a count), the 'People also ask' questions and "
        "Derbyshire Fire & Rescue Service's fire grades. The sponsored result names Derbyshire with "
        "no grade.",
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
