"""Write gold/kh01.json ... gold/kh10.json for corpus38 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only (grades.py is the shared, standard-library table of invented grades):
    python3 src/make_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from grades import *  # noqa: E402

GOLD = os.path.join(HERE, "..", "gold")
HF = "HMICFRS"


def insp(force, period, pillar="PEEL", inspectorate=HF):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def judg(force, period, keys):
    return [{"force": force, "period": period, "pillar": "PEEL", "question": k,
             "grade": g(force, period, k)} for k in keys]


def one(force, period, key, grade):
    return [{"force": force, "period": period, "pillar": "PEEL", "question": key, "grade": grade}]


def stmt(force, period, question, text, update=False):
    return {"force": force, "period": period, "pillar": "PEEL", "question": question,
            "text": text, "has_force_update": update}


def person(name, role, org, title, qualifier=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qualifier}


def gold(document, genre, forces, inspectorates, inspections, judgements=(), afis=(), recs=(),
         coc=(), people=(), encoding="utf-8", also=None, notes=None):
    out = {"document": document, "genre": genre, "encoding": encoding, "forces": list(forces),
           "inspectorates": list(inspectorates), "inspections": list(inspections),
           "judgements": list(judgements), "areas_for_improvement": list(afis),
           "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        out["also_acceptable"] = also
    if notes:
        out["notes"] = notes
    return out


GOLDS = []
FOUR = [RESP, INV, PVP, MOS]

# kh01 -- PCC panel performance report (PDF): forces as columns, areas as rows ---------------
GOLDS.append(gold(
    "kh01.pdf", "national-release", [DUR, CLE, NUM], [HF],
    [insp(DUR, P2325), insp(CLE, P2325), insp(NUM, P2325), insp(DUR, P2122, inspectorate=None)],
    judg(DUR, P2325, K2325) + judg(CLE, P2325, K2325) + judg(NUM, P2325, K2325)
    + one(DUR, P2122, PVP, A),
    people=[
        person("Moira Halstead", "commissioner", DUR, "Police and Crime Commissioner"),
        person("Rhodri Vance", "chief-constable", DUR, "Chief Constable"),
    ],
    notes=[
        "Table 3 has one column per force and one row per 2023-25 area, with RAG fills; it breaks "
        "across pages 1-2 and its header row repeats. Its last rows are counts ('Number graded "
        "outstanding or good') and an 'Average score' (2.25 ...): not grades. The Notes row says victim "
        "service is not graded and Cleveland's crime data integrity is not shown: nothing.",
        "'Protecting vulnerable people moved from adequate in 2021/22 to good' -> Durham 2021/22 "
        "protecting-vulnerable Adequate. The sentence ties no inspectorate to 2021/22, so that "
        "inspection's inspectorate is null.",
        "People: 'Report of: Police and Crime Commissioner Moira Halstead' (title first) and 'Chief "
        "Constable Rhodri Vance'. The author (Head of Performance) and the unnamed Cleveland "
        "Commissioner are not person facts.",
        "Distractors: County Durham and Darlington Fire and Rescue Service 'graded good'; a national "
        "thematic's recommendations to all chief constables (not quoted, not force statements); 999 "
        "performance; 2026/27 and 2027/28 years.",
        "Genre: a panel performance report comparing three forces; no statement is tracked, so "
        "national-release as for other third-party listings (response-record also arguable).",
    ]))

# kh02 -- Cheshire scrutiny board paper (DOCX): periods as columns -------------------------
kh02_j = judg(CHE, P2325, K2325) + judg(CHE, P2122, K2122)
GOLDS.append(gold(
    "kh02.docx", "response-record", [CHE], [HF],
    [insp(CHE, P2325), insp(CHE, P2122)], kh02_j,
    afis=[
        stmt(CHE, P2325, INV,
             "The force should make sure that victims are updated at the intervals agreed with them, and "
             "that the reason for any delay in an investigation is recorded and explained to the victim.",
             True),
        stmt(CHE, P2325, PVP,
             "The force should improve how it shares information with partner agencies when a child is "
             "found after a missing episode, so that return home interviews take place within 72 hours.",
             False),
    ],
    people=[
        person("Gwenllian Morris-Pryce", "commissioner", CHE, "Police and Crime Commissioner for Cheshire"),
        person("Marcus Threlfall", "chief-constable", CHE, "Chief Constable"),
        person("Anya Kowalczyk", "chief-constable", CHE, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "Table 1 has a two-row merged header ('Area' merged down, 'PEEL grade' merged across the "
        "'2021/22' and '2023\u201325' columns). Each row is keyed by its 2023-25 name; where the "
        "name changed the Notes cell gives the 2021/22 name, so the 2021/22 grade in that row is the "
        "2021/22 judgement for the same key (treatment-of-public, workforce, leadership-management).",
        "'Serious and organised crime' 2021/22 Good -> serious-organised-crime; its 2023-25 cell 'Not "
        "inspected' gives nothing. 'Crime data integrity' 2021/22 Good -> crime-recording; 2023-25 "
        "'Not graded' gives nothing. Victim service is 'Not graded' in both columns.",
        "The Change column ('\u2191 up 1', '= no change') states no grade. The merged notes row "
        "(workforce 'not directly comparable') does not withdraw the grades. The paragraph below the "
        "table repeats investigating crime and responding grades for both periods.",
        "AFI 1 is followed by 'Force update:' (true); AFI 2 only by an 'OPCC comment:' saying the force "
        "has not supplied an update (false). The AFI question is the area in its heading. 'six areas "
        "for improvement' counts others that are not quoted.",
        "People: 'Gwenllian Morris-Pryce, Police and Crime Commissioner for Cheshire' (name first, full "
        "title); 'Chief Constable Marcus Threlfall'; 'Deputy Chief Constable Anya Kowalczyk' "
        "(deputy). Assistant Chief Constable Lee Parnaby is not a person fact.",
    ]))

# kh03 -- long CSV, North West ---------------------------------------------------------------
kh03_i, kh03_j = [], []
for f in (LAN, MER, CUM):
    kh03_i += [insp(f, P2122), insp(f, P2325)]
    kh03_j += judg(f, P2122, K2122) + judg(f, P2325, K2325)
GOLDS.append(gold(
    "kh03.csv", "national-release", [LAN, MER, CUM], [HF], kh03_i, kh03_j,
    notes=[
        "Long format: one line per force, area and period (Force, Area, Period, Grade, Score, Change, "
        "Notes). Forces are given by short names (Lancashire, Merseyside, Cumbria). 2021/22 lines use "
        "the 2021/22 area names ('Good use of resources' -> leadership-management, 'Developing a "
        "positive workplace' -> workforce, 'Treatment of the public' -> treatment-of-public, "
        "'Disrupting serious organised crime', 'Recording data about crime').",
        "'Victim service assessment' lines are 'Not graded': nothing. The Score column (1-5) and "
        "Change column (+1, -1, 0) repeat or derive from the grade. The count lines after the blank "
        "line ('Number of areas graded good', 14) are counts with no force, not grades.",
        "The source row names HMICFRS for both rounds, so every inspection is HMICFRS. UTF-8 with "
        "CRLF line endings, no BOM.",
    ]))

# kh04 -- research briefing pivot (PDF), 10 forces x (2 periods x 4 areas) -----------------
kh04_i, kh04_j = [], []
for f in (DUR, CLE, NUM, CHE, CUM, LAN, MER, HUM, NYP, WYP):
    kh04_i += [insp(f, P2122), insp(f, P2325)]
    kh04_j += judg(f, P2122, FOUR) + judg(f, P2325, FOUR)
GOLDS.append(gold(
    "kh04.pdf", "national-release", [DUR, CLE, NUM, CHE, CUM, LAN, MER, HUM, NYP, WYP], [HF],
    kh04_i, kh04_j,
    notes=[
        "Pivot table: forces as rows (short names, grouped under region rows), two header rows: "
        "'PEEL 2021/22' and 'PEEL 2023\u201325' each spanning four area columns. Grades are short "
        "forms with a key (O, G, A, RI, I). 'Areas improved (count)' is a count, not a grade.",
        "Cleveland's 2023-25 responding cell is 'RI*': the footnote calls it provisional but says the "
        "grade did not change, so it is a judgement (Requires improvement).",
        "The summary box counts (12 improved, 25 same, 3 fell) name no force. 'one northern force was "
        "in the Engage process' names none. The researchers are not person facts.",
    ]))

# kh05 -- regional collaboration board paper (DOCX), transposed table ------------------------
GOLDS.append(gold(
    "kh05.docx", "national-release", [HUM, NYP, WYP], [HF],
    [insp(HUM, P2325), insp(NYP, P2122), insp(WYP, P2325)],
    judg(HUM, P2325, K2325) + judg(NYP, P2122, K2122) + judg(WYP, P2325, K2325),
    people=[
        person("Rhiannon Makepeace", "commissioner", HUM, "Police and Crime Commissioner for Humberside"),
        person("Tobias Grint", "chief-constable", HUM, "Chief Constable"),
        person("Sasha Okafor", "chief-constable", NYP, "Temporary Chief Constable", "temporary"),
    ],
    notes=[
        "Transposed table: one column per force, one row per area. The 'Period' row differs by column: "
        "Humberside and West Yorkshire '2023\u201325', North Yorkshire '2021/22'. So North Yorkshire's "
        "column gives 2021/22 judgements (the merged Notes row says so too). Row labels give both names "
        "where they differ ('Leadership and force management (2021/22: Good use of resources)').",
        "Rows '(2021/22 only)': Disrupting serious organised crime and Recording data about crime give "
        "North Yorkshire 2021/22 judgements; the other columns ('Regional inspection', '\u2013') give "
        "nothing. Victim service 'Not graded'. The count row (8, 2, 7) is not a grade.",
        "The Discussion repeats West Yorkshire's outstanding responding grade; 'two areas graded "
        "outstanding' for Humberside names no area.",
        "People from the 'Present' table (name | title): the Chair is 'Police and Crime Commissioner "
        "for Humberside' (the '(Chair)' suffix is not part of the title); 'Chief Constable, Humberside "
        "Police' gives title 'Chief Constable'; 'Temporary Chief Constable, North Yorkshire Police' "
        "(temporary). The Deputy Mayor for Policing and Crime of West Yorkshire (as in corpus13: not "
        "a PCC by title), the ACC and the author are not person facts.",
    ]))

# kh06 -- analyst repository README (Markdown), numeric matrix --------------------------------
kh06_j = []
for f in (DUR, CLE, NUM, HUM):
    kh06_j += judg(f, P2325, K2325)
kh06_j += one(CLE, P2325, CDI, RI)
GOLDS.append(gold(
    "kh06.md", "national-release", [DUR, CLE, NUM, HUM], [HF],
    [insp(f, P2325) for f in (DUR, CLE, NUM, HUM)], kh06_j,
    notes=[
        "Grades are numbers with a key (1 = Outstanding ... 5 = Inadequate) and short area codes "
        "explained in a line above the matrix. Each number maps to its grade.",
        "'Mean', 'Group mean', 'Net change vs 2021/22' (+1, +5, -1, +0) and the count table are not "
        "grades. Net change gives no 2021/22 grade for any area.",
        "A note gives 'Cleveland Police, crime data integrity (inspected 2024, published separately): 4 "
        "(requires improvement)' -> Cleveland 2023-25 crime-recording Requires improvement (outside "
        "the matrix but stated). Victim service has no column.",
        "The source line names HMICFRS in full. The maintainers (an OPCC performance team) are "
        "unnamed.",
    ]))

# kh07 -- PCC website page (HTML), force and period cells merged down ---------------------------
GOLDS.append(gold(
    "kh07.html", "national-release", [HUM, NYP, WYP], [HF],
    [insp(HUM, P2325), insp(HUM, P2122), insp(NYP, P2325), insp(WYP, P2325)],
    judg(HUM, P2325, [PPT, RESP, INV, PVP]) + judg(HUM, P2122, [PPT, RESP, INV, PVP])
    + judg(NYP, P2325, [PPT, RESP, INV, PVP]) + judg(WYP, P2325, [PPT, RESP, INV, PVP]),
    people=[
        person("Rhiannon Makepeace", "commissioner", HUM, "Police and Crime Commissioner for Humberside"),
    ],
    notes=[
        "The table's Force cell spans all of its force's rows (rowspan 8 for Humberside, 4 for the "
        "others) and the Inspection cell spans four rows, so most rows have only Area and Grade "
        "cells. Humberside has a PEEL 2021/22 block with 2021/22 area names ('Treatment of the public').",
        "The tfoot rows are a count ('8 of 12') and notes: not grades. The coloured dots carry no text.",
        "'graded outstanding in two areas in 2023\u201325 and good in the other six' names no area. "
        "Humberside Fire and Rescue Service 'judged good' (related content) is a fire inspection. The "
        "cookie notice date and the 2027/28 precept consultation are distractors.",
        "People: the quote is signed 'Rhiannon Makepeace, Police and Crime Commissioner for "
        "Humberside'. The Chief Constable is unnamed.",
    ]))

# kh08 -- working paper appendix (PDF), long table over pages, totals ------------------------
kh08_i, kh08_j = [], []
for f in (CHE, CUM, LAN, MER):
    kh08_i += [insp(f, P2122), insp(f, P2325)]
    kh08_j += judg(f, P2122, K2122) + judg(f, P2325, K2325)
GOLDS.append(gold(
    "kh08.pdf", "national-release", [CHE, CUM, LAN, MER], [HF], kh08_i, kh08_j,
    notes=[
        "One row per force and area, with 'PEEL 2021/22' and 'PEEL 2023\u201325' columns; the table "
        "runs over three pages and its header row repeats on each. Rows are keyed by the 2023-25 area "
        "name; the footnote gives the matching 2021/22 names, so the 2021/22 cell is the 2021/22 "
        "judgement for the same key. The last two rows per force are 2021/22-only areas (serious "
        "organised crime, recording data about crime) whose 2023-25 cells ('Regional inspection', "
        "'Not inspected') give nothing.",
        "Direction ('up', 'down', 'same', 'not comparable', 'n/a') is not a grade. The last rows are "
        "counts ('Number of 2023\u201325 grades: good' 18; 'up / down'): not grades.",
        "Lancashire's workforce grade carries a dagger: 'under review ... treat it as provisional', "
        "but the published grade is stated, so it is a judgement.",
    ]))

# kh09 -- Cleveland PCC accountability board (DOCX), force merged down -------------------------
COC9 = ("The force is not doing enough to protect vulnerable people when they first contact it and when "
        "officers attend. Risks are not always identified or recorded, and referrals to partner agencies are "
        "often made late.")
REC9 = ("Within six months, the force should make sure that call handlers and attending officers complete a "
        "structured risk assessment for every incident involving a vulnerable person, and that supervisors "
        "review these assessments for quality.")
AFI9 = ("The force should reduce the time it takes to attend incidents it has graded as a priority, and make "
        "sure that callers are told when attendance will be delayed.")
GOLDS.append(gold(
    "kh09.docx", "response-record", [CLE, DUR], [HF],
    [insp(CLE, P2325), insp(DUR, P2325), insp(CLE, P2122, inspectorate=None)],
    judg(CLE, P2325, K2325) + judg(DUR, P2325, K2325) + one(CLE, P2122, INV, I) + one(CLE, P2122, PVP, I),
    afis=[stmt(CLE, P2325, RESP, AFI9, False)],
    recs=[stmt(CLE, P2325, PVP, REC9, True)],
    coc=[stmt(CLE, P2325, PVP, COC9, False)],
    people=[
        person("Gareth Wynyard", "commissioner", CLE, "Police and Crime Commissioner"),
        person("Philippa Crane", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
        person("Idris Wendover", "chief-constable", CLE, "Chief Constable"),
    ],
    notes=[
        "Table 2 merges each Force cell DOWN over its eight area rows (vMerge: the continuation cells "
        "are empty), so each row takes the force of the merged cell above. 'Change since 2021/22' "
        "(+1, 0, n/c) and the 'Analyst note' column are not grades. The last row is a notes row merged "
        "across all columns.",
        "'In 2021/22 the force was graded inadequate for investigating crime and for protecting "
        "vulnerable people' -> two Cleveland 2021/22 judgements; no inspectorate is tied to 2021/22 "
        "(null). 'moved up to requires improvement' repeats the 2023-25 table grade.",
        "The cause of concern and its recommendation are quoted in Word's 'Intense Quote' style; the "
        "'Force update:' follows the recommendation, so the recommendation has an update. The cause of "
        "concern has none directly after it (false), although the update plainly answers both: "
        "check_gold rejects a true variant in also_acceptable as a repeat, so a graph that marks it "
        "true loses only that flag. The AFI is followed only by an 'OPCC view:' saying the "
        "force has not reported (false).",
        "People: 'Chair: Police and Crime Commissioner Gareth Wynyard' (title first), 'His Majesty\u2019s "
        "Inspector of Constabulary Philippa Crane' (curly apostrophe as in the document), 'Chief "
        "Constable Idris Wendover'. Durham's officers are unnamed.",
    ]))

# kh10 -- analyst email (TXT, cp1252, CRLF), Force - Area - Period - Grade lines --------------
GOLDS.append(gold(
    "kh10.txt", "national-release", [NUM, NYP], [HF],
    [insp(NUM, P2325), insp(NUM, P2122), insp(NYP, P2325)],
    judg(NUM, P2325, K2325) + judg(NUM, P2122, K2122) + judg(NYP, P2325, K2325),
    people=[
        person("Susannah Pengelly", "commissioner", NUM, "Police and Crime Commissioner"),
        person("Vanessa Ruddock", "chief-constable", NUM, "Chief Constable"),
    ],
    encoding="cp1252",
    notes=[
        "One line per grade: 'Force - Area - Period - Grade'. An area name may contain commas and the "
        "headings use en dashes ('NORTHUMBRIA \u2013 PEEL 2023\u201325'); North Yorkshire lines write "
        "the period with a hyphen ('2023-25'). 'not graded' victim service gives nothing.",
        "2021/22 lines use 2021/22 names; 'Good use of resources - 2021/22 - Adequate' is "
        "leadership-management Adequate (the note says the word good there is part of the name).",
        "The counts ('good: 3, adequate: 4 ...') are the analyst's, not grades. Point 1 repeats the PVP "
        "grades of both rounds. Point 3 calls two North Yorkshire grades provisional but says they are "
        "left as published: still judgements.",
        "People: 'Susannah Pengelly (Police and Crime Commissioner)' in the To: line, of Northumbria "
        "(the sender's signature names the office); 'Chief Constable Vanessa Ruddock'. The analyst is "
        "not a person fact. windows-1252 with CRLF; the en dashes and the pound sign are cp1252 bytes.",
    ]))


def main():
    os.makedirs(GOLD, exist_ok=True)
    for gd in GOLDS:
        stem = os.path.splitext(gd["document"])[0]
        with open(os.path.join(GOLD, stem + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gd, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("wrote %d gold files" % len(GOLDS))


if __name__ == "__main__":
    main()
