"""Write gold/y01.json ... gold/y10.json for corpus20 (format: shared/corpus/GOLD-FORMAT.md).

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
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

# One table of invented grades, shared by every document (so that they agree).
GRADES_2325 = {
    "Lancashire Constabulary": {PPT: G, PREV: G, RESP: RI, INV: G, PVP: A, MOS: G, WORK: A, LFM: A},
    "Northumbria Police": {PPT: G, PREV: O, RESP: G, INV: A, PVP: G, MOS: O, WORK: G, LFM: G},
    "Merseyside Police": {PPT: G, PREV: O, RESP: G, INV: RI, PVP: A, MOS: G, WORK: G, LFM: A},
    "Cleveland Police": {PPT: RI, PREV: A, RESP: RI, INV: RI, PVP: I, MOS: A, WORK: RI, LFM: RI},
    "Durham Constabulary": {PPT: G, PREV: G, RESP: G, INV: G, PVP: G, MOS: O, WORK: G, LFM: G},
    "Cheshire Constabulary": {PPT: G, PREV: G, RESP: G, INV: A, PVP: RI, MOS: G, WORK: G, LFM: G},
    "South Yorkshire Police": {PPT: G, PREV: G, RESP: A, INV: RI, PVP: G, MOS: G, WORK: A, LFM: G},
    "Humberside Police": {PPT: G, PREV: G, RESP: O, INV: G, PVP: G, MOS: A, WORK: G, LFM: G},
    "West Yorkshire Police": {PPT: A, PREV: G, RESP: G, INV: A, PVP: G, MOS: G, WORK: G, LFM: O},
    "Greater Manchester Police": {RESP: A},
    "North Yorkshire Police": {RESP: A},
}
GRADES_2122 = {
    "Cheshire Constabulary": {RESP: G},
    "Cleveland Police": {RESP: I, PVP: RI},
    "Cumbria Constabulary": {RESP: A},
    "Durham Constabulary": {PPT: G, PREV: O, RESP: G, INV: G, PVP: G, MOS: G, SOC: G, WORK: G, LFM: A},
    "Greater Manchester Police": {RESP: I},
    "Humberside Police": {RESP: O},
    "Lancashire Constabulary": {RESP: A},
    "Merseyside Police": {RESP: A},
    "North Yorkshire Police": {RESP: RI},
    "Northumbria Police": {RESP: A, PREV: G},
    "South Yorkshire Police": {RESP: G},
    "West Yorkshire Police": {RESP: A},
}


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, keys, pillar="PEEL"):
    table = GRADES_2325 if period == P2325 else GRADES_2122
    return [{"force": force, "period": period, "pillar": pillar, "question": q,
             "grade": table[force][q]} for q in keys]


def pillar_grade(force, period, pillar, grade):
    return {"force": force, "period": period, "pillar": pillar, "question": None, "grade": grade}


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


ALL8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
GOLDS = []

# y01 -- regional newspaper story (HTML, windows-1252), Lancashire ---------------------------
F = "Lancashire Constabulary"
GOLDS.append(gold(
    "y01.html", "press-release", [F, "Merseyside Police"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [INV, RESP, PREV, MOS, PPT, PVP, LFM, WORK]) + grades(F, P2122, [RESP]),
    afis=[stmt(F, P2325, RESP,
               "The force should make sure that callers who are waiting for a response are "
               "contacted again, and their risk reassessed, when the force cannot attend "
               "within the time it has set.")],
    people=[
        person("Sacha Pemberton-Lowe", "chief-constable", F, "Chief Constable"),
        person("Gideon Farrant", "commissioner", F, "police and crime commissioner"),
        person("Lorna Achterberg", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    encoding="cp1252",
    notes=[
        "The file is saved in windows-1252 (declared in a meta http-equiv tag): curly quotes, "
        "the pound sign and the middle dots are single cp1252 bytes.",
        "Grades are in journalist's words, never the report's area names: 'rated \u2018good\u2019 "
        "for how it investigates crime' (investigating-crime), 'told it \u2018requires "
        "improvement\u2019 at responding to 999 calls' (responding-to-public), 'stopping crime "
        "before it happens' (preventing-crime), 'keeps tabs on sex offenders and other "
        "dangerous people' (managing-offenders), 'how officers use powers such as stop and "
        "search and treat the people they deal with' (treatment-of-public). Three areas "
        "'came back \u2018adequate\u2019', one of them 'how the force supports its own officers "
        "and staff' (workforce).",
        "'In the last round of inspections, in 2021/22, the force had been found adequate in "
        "that area' (that area = answering and attending calls) gives a 2021/22 judgement; the "
        "inspectorate is the HMICFRS of the article's context.",
        "The Key points box's 'rated \u2018good\u2019 in four of the eight areas' is a count and "
        "gives nothing of its own. The grading-scale box, the related headline 'Fire service "
        "rated \u2018good\u2019' and 'good practice' are distractors.",
        "The AFI is set as a blockquote after 'One of them reads:'. No force update follows "
        "it (the next paragraph is the HMI's comment), so has_force_update is false; the "
        "Chief Constable's remarks about call handlers come earlier, about the report as a "
        "whole.",
        "People: 'Chief Constable Sacha Pemberton-Lowe'; 'Lancashire\u2019s police and crime "
        "commissioner, Gideon Farrant' (title-first, lower case as printed, place word "
        "dropped); 'Lorna Achterberg, His Majesty\u2019s Inspector of Constabulary'. Assistant "
        "Chief Constable Dean Harwood and the reporter are not person facts.",
        "Merseyside Police is named only in a 'Most read' headline: in forces, no inspection.",
    ]))

# y02 -- force's own press release (DOCX), Northumbria ---------------------------------------
F = "Northumbria Police"
GOLDS.append(gold(
    "y02.docx", "press-release", [F, "Durham Constabulary", "British Transport Police"], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [PREV, MOS, RESP, PPT, PVP, WORK, LFM, INV]) + grades(F, P2122, [PREV, RESP]),
    afis=[
        stmt(F, P2325, INV,
             "The force should make sure that supervisors review investigations at regular "
             "intervals and record clear direction for the officer in the case."),
        stmt(F, P2325, INV,
             "The force should make sure that victims are updated on the progress of their "
             "case in line with the Code of Practice for Victims of Crime, and that it records "
             "when it has done so."),
    ],
    people=[
        person("Vanessa Thorley", "chief-constable", F, "Chief Constable"),
        person("Owen Ridley", "chief-constable", F, "Deputy Chief Constable", "deputy"),
        person("Kiran Dhaliwal-Moss", "commissioner", F,
               "Police and Crime Commissioner for Northumbria"),
    ],
    notes=[
        "The force writes in the first person: 'We were graded outstanding in two areas: "
        "preventing crime, and managing offenders and suspects', 'We received a grade of good "
        "for responding to the public', 'We were also graded good for:' + four bullets (one "
        "of them 'building, supporting and protecting the workforce;' with commas inside), "
        "'Investigating crime is the one area where we were graded adequate'.",
        "2021/22: 'Preventing crime is an area in which we received a grade of good in "
        "2021/22' and 'In the last inspection, in 2021/22, that area was graded adequate' "
        "(that area = responding to the public).",
        "The opening 'We are pleased that HMICFRS has recognised the work of our neighbourhood "
        "teams, and of the officers and staff who manage offenders ... as outstanding' repeats "
        "the two outstanding grades. 'outstanding arrest warrants', 'It is good to see' and "
        "the scale in the notes to editors are distractors. 'this part of the inspection is "
        "not graded' (victims) gives nothing.",
        "The two AFIs are the numbered list after 'Two concern investigations:' (question "
        "investigating-crime). The other two AFIs are only described, not quoted. No update "
        "follows either AFI (the next paragraph describes the other two AFIs), so both are "
        "false. The DCC's quote under 'What we said', further down, speaks of supervision in "
        "general; it is not placed with the AFI. Unsure: a generous grader might give AFI 1 "
        "an update.",
        "People: 'Chief Constable Vanessa Thorley', 'Deputy Chief Constable Owen Ridley' "
        "(deputy), 'Kiran Dhaliwal-Moss, Police and Crime Commissioner for Northumbria' "
        "(name-first, title kept in full). Assistant Chief Constable Helen Garside is not a "
        "person fact. The Word header and footer are not body text.",
        "Durham Constabulary and British Transport Police are named as partners in a week of "
        "action: in forces, no inspection.",
    ]))

# y03 -- live page (HTML), Merseyside ---------------------------------------------------------
F = "Merseyside Police"
C = "Cheshire Constabulary"
GOLDS.append(gold(
    "y03.html", "press-release", [F, C, "Greater Manchester Police"], [HF],
    [insp(F, P2325), insp(F, P2122), insp(C, P2325)],
    grades(F, P2325, [PREV, INV, RESP, PVP, PPT, MOS, WORK, LFM]) + grades(F, P2122, [RESP])
    + grades(C, P2325, [PVP]),
    coc=[stmt(F, P2325, INV,
              "Merseyside Police does not make sure that investigations are allocated to "
              "officers with the right skills, or that they are properly supervised, and as a "
              "result too many victims do not receive the outcome they should.")],
    people=[
        person("Rhodri Bannerman", "chief-constable", F, "Chief Constable"),
        person("Yasmin Okafor-Reid", "commissioner", F, "Police and Crime Commissioner"),
    ],
    also={"recommendations": [
        stmt(F, P2325, INV,
             "within six months, the force should review how it allocates investigations so "
             "that complex cases go to trained detectives."),
    ]},
    notes=[
        "A live page: posts newest first, each with a timestamp, a heading and one short "
        "paragraph carrying one grade. 10:01 outstanding at preventing crime; 10:04 "
        "investigating crime requires improvement; 10:15 2021/22 responding adequate ('in the "
        "2021/22 round of inspections'); 10:17 responding good; 10:24 protecting vulnerable "
        "people adequate; 10:35 'On stop and search and use of force, the force was rated "
        "good' (treatment-of-public; the area's name follows in the next sentence); 10:46 "
        "managing offenders good; 11:12 workforce good; 11:40 'The way the force is led and "
        "managed was rated adequate' (leadership-management).",
        "12:10 gives a neighbour's grade in passing: Cheshire Constabulary 'requires "
        "improvement for protecting vulnerable people' in 'its own report earlier this month' "
        "(same 2023-25 round).",
        "The cause of concern is the blockquote at 10:09 (investigating-crime). Nothing from "
        "the force answers it directly (the Chief Constable's quote is a separate post), so "
        "false. The recommendation is only paraphrased in reported speech ('The first is that, "
        "within six months, the force should review ...'), so it is in also_acceptable only.",
        "Distractors: the summary box repeats grades; a reader's 'Outstanding? Not on my "
        "street' and 'good as gold'; Merseyside Fire and Rescue Service 'graded outstanding "
        "for preventing fires' (a fire inspection); 'good practice'; the scale in the 09:50 "
        "post.",
        "People: 'Chief Constable Rhodri Bannerman'; 'Merseyside's Police and Crime "
        "Commissioner, Yasmin Okafor-Reid' (title-first). Reporters are not person facts. "
        "Greater Manchester Police is named in a related link only.",
    ]))

# y04 -- opposition politician's press release (DOCX), Cleveland ----------------------------
F = "Cleveland Police"
D = "Durham Constabulary"
GOLDS.append(gold(
    "y04.docx", "press-release", [F, D], [HF],
    [insp(F, P2325), insp(F, P2122), insp(D, P2325)],
    grades(F, P2325, [PVP, RESP, INV, PPT, WORK, LFM, PREV, MOS]) + grades(F, P2122, [PVP])
    + grades(D, P2325, [PVP]),
    coc=[stmt(F, P2325, PVP,
              "Cleveland Police does not assess and manage the risk to vulnerable people "
              "quickly or consistently enough, and it does not always refer them to the "
              "agencies that can support them.")],
    recs=[stmt(F, P2325, PVP,
               "Within three months, the force should make sure that a supervisor reviews "
               "every domestic abuse risk assessment within 24 hours of it being completed.")],
    people=[
        person("Grant Ashworth-Pike", "commissioner", F, "Police and Crime Commissioner"),
        person("Rhiannon Stokoe", "chief-constable", F, "Acting Chief Constable", "acting"),
    ],
    notes=[
        "Grades are in capitals inside quotation marks: rated \u201cINADEQUATE\u201d for "
        "protecting vulnerable people; \u201cREQUIRES IMPROVEMENT\u201d in 'no fewer than five "
        "other areas:' + five bullets (responding to the public, investigating crime, police "
        "powers and public treatment, building, supporting and protecting the workforce, "
        "leadership and force management); 'preventing crime and managing offenders \u2013 were "
        "only rated \u201cADEQUATE\u201d'. 'Not one area ... was rated \u201cGOOD\u201d, let alone "
        "\u201cOUTSTANDING\u201d' and the scale in the notes give nothing.",
        "2021/22: 'When this force was last inspected, in 2021/22, it was graded "
        "\u2018REQUIRES IMPROVEMENT\u2019 for protecting vulnerable people'.",
        "Comparison: 'Durham Constabulary was rated \u2018GOOD\u2019 for protecting vulnerable "
        "people in the very same round of inspections' -> Durham 2023-25.",
        "The cause of concern is the Intense Quote paragraph after 'It reads:'; the first of "
        "its three recommendations is the next Intense Quote ('The first of them says:'), "
        "question from the cause of concern (protecting-vulnerable). The other two are only "
        "counted. The politician's comments are not the force's update: both false.",
        "People: 'Cleveland\u2019s Police and Crime Commissioner, Grant Ashworth-Pike' "
        "(title-first) and 'Acting Chief Constable Rhiannon Stokoe' (acting). The councillor "
        "and the promoter are not person facts. Cleveland Fire Brigade is not a police force.",
        "Departure from the theme: the brief's shape 4 was plain text, but the common brief "
        "asks for at least three DOCX, so the release is the Word file sent to newsdesks.",
    ]))

# y05 -- House of Commons Library briefing (PDF), twelve northern forces ----------------------
NORTH = ["Cheshire Constabulary", "Cleveland Police", "Cumbria Constabulary",
         "Durham Constabulary", "Greater Manchester Police", "Humberside Police",
         "Lancashire Constabulary", "Merseyside Police", "North Yorkshire Police",
         "Northumbria Police", "South Yorkshire Police", "West Yorkshire Police"]
insps5, judg5 = [], []
for f in NORTH:
    insps5.append(insp(f, P2122))
    judg5 += grades(f, P2122, [RESP])
    if f != "Cumbria Constabulary":
        insps5.append(insp(f, P2325))
        judg5 += grades(f, P2325, [RESP])
judg5 += grades("Cleveland Police", P2325, [PVP]) + grades("Northumbria Police", P2325, [PREV])
GOLDS.append(gold(
    "y05.pdf", "national-release",
    NORTH + ["Metropolitan Police Service", "City of London Police"], [H, HF],
    insps5, judg5,
    people=[person("Alistair Dunmore", "inspector", HF,
                   "His Majesty\u2019s Chief Inspector of Constabulary")],
    notes=[
        "Table 1 (caption names the area, responding to the public) gives each of twelve "
        "forces' grade in columns 'PEEL 2021/22' and 'PEEL 2023\u201325'. Footnote letters "
        "sit inside cells and pypdf glues them to the grade ('Inadequateb', 'Goodc', 'Not yet "
        "publisheda'). Cumbria's 2023-25 cell is 'Not yet published': no 2023-25 inspection "
        "or judgement for Cumbria.",
        "Prose adds two grades in other areas: 'Cleveland Police was graded inadequate for "
        "protecting vulnerable people in its 2023\u201325 report, and Northumbria Police "
        "outstanding for preventing crime' (the second grade shares the first's verb and "
        "period).",
        "Counts ('six received a higher grade ...'), 'the only northern force graded "
        "outstanding for responding to the public in both programmes' (a repeat), Box 1's "
        "scale, 'good use of resources' (an area's old name), 'An adequate supply' and the "
        "national thematic recommendation to all chief constables give nothing.",
        "Inspectorates: Box 1 names 'His Majesty\u2019s Inspectorate of Constabulary (HMIC)' as "
        "the inspectorate's former name, so HMIC is listed although no inspection is HMIC's.",
        "People: 'His Majesty\u2019s Chief Inspector of Constabulary, Sir Alistair Dunmore' "
        "(title-first; 'Sir' dropped). The briefing's authors are not person facts. The Met "
        "and the City of London Police are named only as out of scope.",
    ]))

# y06 -- wiki article (HTML), Durham ---------------------------------------------------------
F = "Durham Constabulary"
E, EF, L = "Effectiveness", "Efficiency", "Legitimacy"
PILLARS6 = [("2015", H, G, O, G), ("2016", H, O, O, G), ("2017", HF, O, O, G),
            (P1819, HF, O, G, G)]
insps6, judg6 = [], []
for period, ins, e, ef, l in PILLARS6:
    for pil, gr in ((E, e), (EF, ef), (L, l)):
        insps6.append(insp(F, period, pil, ins))
        judg6.append(pillar_grade(F, period, pil, gr))
insps6 += [insp(F, P2122), insp(F, P2325)]
judg6 += grades(F, P2122, [PREV, PPT, RESP, INV, PVP, MOS, SOC, WORK, LFM])
judg6 += grades(F, P2325, [MOS, PPT, PREV, RESP, INV, PVP, WORK, LFM])
GOLDS.append(gold(
    "y06.html", "national-release",
    [F, "Northumbria Police", "Cleveland Police", "Cumbria Constabulary",
     "North Yorkshire Police"], [H, HF],
    insps6, judg6,
    people=[
        person("Callum Pettigrew", "commissioner", F, "Police and crime commissioner"),
        person("Rebecca Hallworth-Kemp", "chief-constable", F, "Chief constable"),
    ],
    also={
        "inspections": [insp(F, P1819, "PEEL", HF)],
        "people": [person("Lionel Ashby", "chief-constable", F, "chief constable")],
    },
    notes=[
        "The infobox gives the PCC and the chief constable as rows 'Police and crime "
        "commissioner | Callum Pettigrew' and 'Chief constable | Rebecca Hallworth-Kemp'; the "
        "title is the row label as printed (sentence case).",
        "The Inspections table is by year, 'Year | Inspectorate | Effectiveness | Efficiency "
        "| Legitimacy'. 2015 and 2016 rows are HMIC's, 2017 and 2018/19 HMICFRS's. As in "
        "corpus13, the 2018/19 pillar grades are pillar judgements with period 2018/19; the "
        "integrated PEEL 2018/19 inspection is in also_acceptable.",
        "The 2021/22 and 2023\u201325 rows merge the three pillar cells (colspan=3) into one "
        "cell that groups areas under bold grade labels: 'Outstanding: preventing crime / "
        "Good: treatment of the public; ...; developing a positive workplace / Adequate: good "
        "use of resources'. 'developing a positive workplace' -> workforce, 'good use of "
        "resources' -> leadership-management (its 'good' is not a grade), 'disrupting serious "
        "organised crime' -> serious-organised-crime (2021/22 only). 2023\u201325: 'Outstanding: "
        "managing offenders and suspects' and seven areas under 'Good:' (the workforce item "
        "contains commas; items are separated by semicolons). 'Not graded: victim service "
        "assessment' gives nothing. Reference markers follow the last item.",
        "'three areas for improvement and no causes of concern' and 'good practice' give "
        "nothing.",
        "Lionel Ashby is a former chief constable (History): also_acceptable only. "
        "Hallworth-Kemp's earlier post as deputy chief constable is not a separate fact.",
        "Neighbours in the lead and See also (Northumbria, Cleveland, Cumbria, North "
        "Yorkshire) are named without grades. The hatnote's 'Durham Police Department' is a "
        "US agency.",
    ]))

# y07 -- weekly newsletter (Markdown, CRLF), Cheshire ----------------------------------------
F = "Cheshire Constabulary"
GOLDS.append(gold(
    "y07.md", "press-release",
    [F, "Merseyside Police", "Greater Manchester Police", "Lancashire Constabulary",
     "Cumbria Constabulary"], [HF],
    [insp(F, P2325)],
    grades(F, P2325, [PPT, PREV, RESP, MOS, WORK, LFM, INV, PVP]),
    afis=[stmt(F, P2325, PVP,
               "The force should make sure that when a child goes missing more than once, "
               "officers review the risk to that child using all the information the force "
               "holds about previous episodes.", True)],
    people=[person("Tamsin Oduya", "chief-constable", F, "Chief Constable")],
    notes=[
        "CRLF line endings. Only item 1 is about PEEL. Its grades are three Markdown bullets "
        "led by a bold grade word: '**Good** for' + a comma list of six areas in which "
        "'building, supporting and protecting the workforce' carries its own commas; "
        "'**Adequate** for investigating crime'; '**Requires improvement** for protecting "
        "vulnerable people'.",
        "The AFI is a Markdown blockquote after 'One of the report's areas for improvement "
        "reads:'. The next paragraph is the Chief Constable's account of what the force has "
        "done about it ('already rewritten the missing persons policy ...'), so "
        "has_force_update is true. Unsure: it is reported to a newsletter, not a formal "
        "update.",
        "Other items name Merseyside Police, Greater Manchester Police, Lancashire "
        "Constabulary and Cumbria Constabulary with no grade. 'Good news', 'Outstanding "
        "warrants' and the Police and Crime Panel date are distractors.",
    ]))

# y08 -- fact-check article (PDF printed from HTML), South Yorkshire -------------------------
F = "South Yorkshire Police"
GOLDS.append(gold(
    "y08.pdf", "press-release", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, [INV, PREV, PVP, MOS, PPT, LFM, RESP, WORK]) + grades(F, P2122, [RESP]),
    afis=[stmt(F, P2325, RESP,
               "The force should make sure that it answers non-emergency calls within the "
               "time it has set itself, and that callers are told how long they can expect to "
               "wait.")],
    people=[person("Lauren Birtwhistle", "chief-constable", F, "Chief Constable")],
    notes=[
        "The false claim ('South Yorkshire Police has just been rated inadequate by the police "
        "inspectorate', in the claim card with strike-through and in the embedded post) is "
        "not a fact: the article says it is wrong. No inadequate judgement.",
        "'The force was not rated inadequate; it was rated requires improvement for "
        "investigating crime' gives investigating crime. The bullet list gives the other "
        "seven: good for preventing crime, protecting vulnerable people, managing offenders "
        "and suspects; 'Police powers and public treatment, and leadership and force "
        "management, were also graded good'; 'Responding to the public was graded adequate, "
        "as was building, supporting and protecting the workforce'.",
        "2021/22: 'in the 2021/22 round of PEEL inspections the force was graded good for "
        "responding to the public'.",
        "The AFI is the indented quotation after 'It says:' (responding-to-public). The next "
        "paragraph is the fact-checker's comment; the force's statements come later and are "
        "about investigations and the claim, so false.",
        "'the second-lowest grade', 'better grades in every other area', 'no cause of "
        "concern', the scale and 'in only a handful of cases nationally' give nothing. The "
        "PCC is unnamed; the fact-checker is not a person fact.",
        "Departure from the theme: shape 8 was HTML, but the common brief asks for at least "
        "three PDFs, so the article is its print version (Chromium, with a running URL "
        "footer and a CSS-grid claim card).",
    ]))

# y09 -- PCC webcast Q&A transcript (DOCX), Humberside ---------------------------------------
F = "Humberside Police"
S = "South Yorkshire Police"
GOLDS.append(gold(
    "y09.docx", "response-record", [F, S], [HF],
    [insp(F, P2325), insp(F, P2122), insp(S, P2325)],
    grades(F, P2325, [RESP, PREV, INV, PVP, PPT, WORK, LFM, MOS]) + grades(F, P2122, [RESP])
    + grades(S, P2325, [INV]),
    afis=[stmt(F, P2325, MOS,
               "The force should make sure that visits to registered sex offenders are "
               "carried out at the frequency their risk level requires.", True)],
    people=[
        person("Bernadette Quayle", "commissioner", F,
               "Police and Crime Commissioner for Humberside"),
        person("Paul Harrowby", "chief-constable", F, "Chief Constable"),
        person("Chris Mellanby", "chief-constable", F, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Spoken grades in timestamped turns: 'we got outstanding for how we respond to the "
        "public'; 'we were outstanding for responding last time as well, in 2021/22' (a "
        "2021/22 judgement); 'it was good across, well, most of the rest \u2013 preventing "
        "crime, investigating crime, protecting vulnerable people, how our officers use their "
        "powers and treat people, the support we give our workforce, and leadership. Good in "
        "all of those.' (six judgements); 'managing offenders. That came back as adequate.'",
        "The Commissioner compares: 'South Yorkshire were graded requires improvement for "
        "investigating crime' -> South Yorkshire Police 2023-25 (same round).",
        "The AFI is read out by the DCC and set in Word's Quote style; his next turn says what "
        "the force has done since ('moved six more officers ... every overdue visit was "
        "completed'), so has_force_update is true. The burglary AFI is only mentioned, not "
        "quoted: nothing.",
        "Distractors: 'an outstanding question', 'Good evening', 'You keep saying good', the "
        "scale ('It goes outstanding, good, adequate ...'), Humberside Fire and Rescue's "
        "'good report' (a fire inspection).",
        "People come from the Panel table 'Speaker | Role': 'Bernadette Quayle (BQ) | Police "
        "and Crime Commissioner for Humberside', 'Paul Harrowby (PH) | Chief Constable, "
        "Humberside Police' (title 'Chief Constable'), 'Chris Mellanby (CM) | Deputy Chief "
        "Constable, Humberside Police' (deputy). The host and the named Assistant Chief "
        "Constable are not person facts; the public are first names only.",
        "Genre response-record: a PCC's public accountability session on the report (as "
        "corpus13's meeting notes). Unsure.",
    ]))

# y10 -- "at a glance" infographic (PDF, CSS grid), West Yorkshire ---------------------------
F = "West Yorkshire Police"
GOLDS.append(gold(
    "y10.pdf", "press-release", [F], [HF],
    [insp(F, P2325), insp(F, P2122)],
    grades(F, P2325, ALL8) + grades(F, P2122, [RESP]),
    people=[person("Jodie Ackroyd", "chief-constable", F,
                   "Chief Constable of West Yorkshire Police")],
    notes=[
        "Each grade is a coloured box in a three-column CSS grid: area name, then the grade "
        "in capitals ('ADEQUATE', 'GOOD', 'OUTSTANDING'), with an SVG icon whose alt text is "
        "not printed. pypdf extracts the grid LAST, after the footer, one line per box "
        "element, and wraps long area names over two lines.",
        "'\u25b2 up from adequate in 2021/22' inside the responding box gives a 2021/22 "
        "responding-to-public judgement. 'Victim service assessment NOT GRADED' gives "
        "nothing.",
        "The big numbers ('1 outstanding', '5 good', '2 adequate', '0 causes of concern', "
        "'6 areas for improvement'), the colour key listing all five grades, 'good practice', "
        "'Being graded outstanding for leadership' (a repeat) and the three 'Where we will "
        "improve' bullets (paraphrases, not AFI text) give nothing.",
        "People: '\u2013 Jodie Ackroyd, Chief Constable of West Yorkshire Police' (name-first, "
        "title kept in full). The Mayor is unnamed.",
        "Genre: the force's own summary of its report, so press-release. Unsure.",
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
