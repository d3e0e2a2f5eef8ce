"""Write gold/ke01.json ... gold/ke10.json for corpus35 (format: shared/corpus/GOLD-FORMAT.md).

Standard library only:
    python3 src/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")

P2325, P2122 = "2023-25", "2021/22"
HF = "HMICFRS"
PPT, PREV, RESP, INV = "treatment-of-public", "preventing-crime", "responding-to-public", "investigating-crime"
PVP, MOS, WORK, LFM = "protecting-vulnerable", "managing-offenders", "workforce", "leadership-management"
CDI, SOC = "crime-recording", "serious-organised-crime"
G, A, RI, I, O = "Good", "Adequate", "Requires improvement", "Inadequate", "Outstanding"

AS, DC, TV = "Avon and Somerset Constabulary", "Devon and Cornwall Police", "Thames Valley Police"
NT, ST, NW = "Nottinghamshire Police", "Staffordshire Police", "North Wales Police"
GW, SY, MS = "Gwent Police", "South Yorkshire Police", "Merseyside Police"
ES, KT, SX = "Essex Police", "Kent Police", "Sussex Police"

# One grade set per force and period, shared by every document that states them.
AREAS8 = [PPT, PREV, RESP, INV, PVP, MOS, WORK, LFM]
GRID = {
    (AS, P2325): dict(zip(AREAS8, [G, A, A, RI, A, G, A, A])),
    (DC, P2325): dict(zip(AREAS8, [A, G, RI, RI, A, G, A, RI])),
    (TV, P2325): dict(zip(AREAS8, [A, G, G, A, RI, G, G, A])),
    (ST, P2325): dict(zip(AREAS8, [A, G, RI, I, RI, A, A, RI])),
    (NW, P2325): dict(zip(AREAS8, [G, G, G, A, G, RI, G, G])),
    (GW, P2325): dict(zip(AREAS8, [A, G, RI, A, A, G, A, A])),
    (NT, P2122): {PPT: G, PREV: O, RESP: A, INV: A, PVP: G, MOS: G, SOC: G, WORK: G, LFM: A,
                  CDI: G},
    (SY, P2122): {PPT: G, PREV: O, RESP: A, INV: G, PVP: A, MOS: G, SOC: G, WORK: G, LFM: G,
                  CDI: A},
    (NW, P2122): {PPT: G, PREV: G, RESP: A, INV: A, PVP: G, MOS: G},
    (MS, P2325): {PREV: O, RESP: G},
    (KT, P2325): {INV: A},
    (SX, P2325): {RESP: RI},
    (ES, P2325): {PVP: G},
}


def insp(force, period, pillar="PEEL", inspectorate=None):
    return {"force": force, "period": period, "pillar": pillar, "inspectorate": inspectorate}


def grades(force, period, keys=None, pillar="PEEL"):
    """Judgements for the given area keys (all the grid's keys if None), from GRID."""
    grid = GRID[(force, period)]
    keys = list(grid) if keys is None else keys
    return [{"force": force, "period": period, "pillar": pillar, "question": q, "grade": grid[q]}
            for q in keys]


def one(force, period, question, grade, pillar="PEEL"):
    return {"force": force, "period": period, "pillar": pillar, "question": question,
            "grade": grade}


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

# ke01 -- saved social posts / news alerts (TXT, cp1252, CRLF) -------------------------
GOLDS.append(gold(
    "ke01.txt", "national-release", [MS, KT, SX, ES, DC, NT], [HF],
    [insp(MS, P2325, inspectorate=HF), insp(KT, P2325), insp(SX, P2325), insp(ES, P2325),
     insp(DC, P2325), insp(NT, P2122, inspectorate=HF)],
    grades(MS, P2325, [PREV]) + grades(KT, P2325, [INV]) + grades(SX, P2325, [RESP])
    + grades(ES, P2325, [PVP]) + grades(DC, P2325, [RESP, MOS]) + grades(NT, P2122, [PREV]),
    encoding="cp1252",
    notes=[
        "One post per grade, forces by short name: 'Merseyside', 'Kent\u2019s detectives', "
        "'Sussex', 'Essex', 'D&C' (and 'Devon & Cornwall' in the reply under it), 'Notts "
        "Police'.",
        "Periods: Merseyside and Essex say 2023\u201325 in the post. Kent, Sussex and D&C give "
        "only the post date (Sep 2025, Feb 2025) with 'published this morning' / 'new PEEL "
        "report' / 'Full story': a PEEL report published in 2024-25 is a 2023-25 report. "
        "Notts: the post is dated 18 Oct 2022 and calls it 'today\u2019s HMICFRS report', so "
        "2021/22. 'next PEEL visit is expected in 2024/25', the precept consultation, the "
        "export date and the cookie date are distractors.",
        "D&C: 'requires improvement in answering and responding to the public' -> "
        "responding-to-public; the reply adds 'good' for managing offenders and suspects.",
        "Inspectorate per inspection only where the post names it (@HMICFRS on Merseyside, "
        "'HMICFRS report' on Notts); the others say 'the watchdog' or 'inspectors' (null). "
        "The pinned @HMICFRS post gives counts with no force (nothing). Essex's fire "
        "service 'judged good' is not a police grade. Kent's chief constable is unnamed.",
        "Windows-1252 with CRLF line endings; curly quotes and en dashes are cp1252 bytes.",
    ]))

# ke02 -- 'Latest news: inspections' listing page (HTML) -------------------------------
GOLDS.append(gold(
    "ke02.html", "national-release", [SX, KT, MS, AS, TV, SY], [HF],
    [insp(SX, P2325), insp(KT, P2325, inspectorate=HF), insp(MS, P2325), insp(AS, P2325),
     insp(TV, P2325), insp(SY, P2122)],
    grades(SX, P2325, [RESP]) + grades(KT, P2325, [INV]) + grades(MS, P2325, [PREV, RESP])
    + grades(AS, P2325, [INV, MOS]) + grades(TV, P2325, [PVP, RESP, PREV])
    + grades(SY, P2122, [PREV, CDI]),
    notes=[
        "Each item has a headline, a date and a one-line summary; the period comes from the "
        "item's date (Sep 2025, Mar 2025, Nov 2024 -> 2023-25; Sep 2022 -> 2021/22) and, for "
        "Merseyside and South Yorkshire, from the summary ('PEEL 2023\u201325', 'PEEL "
        "2021/22').",
        "Avon & Somerset Police (alias) is 'the constabulary' in its summary: investigating "
        "crime requires improvement, good at managing offenders and suspects. 'TVP' / "
        "'Thames Valley\u2019s': protecting vulnerable people requires improvement, good at "
        "responding to the public and at preventing crime. South Yorkshire: 'preventing and "
        "deterring crime' outstanding, 'recording data about crime' adequate.",
        "Inspectorate: only the Kent item names HMICFRS; the others say 'watchdog', 'the "
        "inspectorate' or 'the report' (null).",
        "Distractors: the fire services item (no police force), the budget consultation item "
        "('good' ratings, 2025/26, 6 January 2025), the related-link list of the five grades, "
        "the cookie notice date and 'Inspection calendar 2026'.",
    ]))

# ke03 -- internal briefing note, D&C (DOCX) ------------------------------------------
GOLDS.append(gold(
    "ke03.docx", "response-record", [DC], [HF],
    [insp(DC, P2325, inspectorate=HF)],
    grades(DC, P2325),
    afis=[
        stmt(DC, P2325, RESP,
             "The force should make sure it answers emergency and non-emergency calls within "
             "national targets, and that callers who abandon a call are contacted again when "
             "there is a risk of harm."),
        stmt(DC, P2325, INV,
             "The force should make sure that supervisors review investigations at regular "
             "intervals and record clear direction on the investigation plan."),
        stmt(DC, P2325, LFM,
             "The force should make sure its workforce plan reflects the demand it has "
             "identified, including the number of detectives it needs."),
    ],
    people=[
        person("Ewan Tresidder", "chief-constable", DC, "Chief Constable"),
        person("Rosalind Achebe-Varley", "inspector", HF, "His Majesty\u2019s Inspector"),
    ],
    also={
        "inspections": [insp(DC, P2122)],
        "judgements": [one(DC, P2122, LFM, A)],
    },
    notes=[
        "The force appears once in full, as the body's first line ('Devon & Cornwall "
        "Police', an alias); the subject line says 'HMICFRS PEEL \u2013 D&C'. The Word header "
        "and footer do not count.",
        "Period: 'the PEEL report published on 20 February 2025' and 'This closes our part of "
        "the 2023-2025 cycle' -> 2023-25. 2027, 31 March, 2025/26 Q1 and 3 March are "
        "distractors.",
        "Grades are in headline bullets: two good, three adequate, three requires "
        "improvement, with 2023-25 area names. 'No causes of concern' and '11 AFIs' give "
        "nothing.",
        "'(down from adequate for the equivalent area last time)' gives leadership and force "
        "management an adequate grade in the previous inspection, which the note does not "
        "name; a careful reader takes it as 2021/22, so it is in also_acceptable.",
        "The AFI table quotes three AFIs 'report wording'; the 'Proposed owner' column is not "
        "a force update, so has_force_update is false. The note's own 'Recommendation' "
        "section is not an inspectorate recommendation.",
        "People: 'Chief Constable Ewan Tresidder' (To: line); 'His Majesty\u2019s Inspector "
        "Rosalind Achebe-Varley'. ACC Operations, the DCC and the Director of People are "
        "unnamed posts. 'good practice' is a distractor.",
    ]))

# ke04 -- landscape poster (PDF), Thames Valley ---------------------------------------
GOLDS.append(gold(
    "ke04.pdf", "press-release", [TV], [HF],
    [insp(TV, P2325, inspectorate=HF)],
    grades(TV, P2325),
    notes=[
        "A staff poster: the force is only the logo text ('Thames Valley' over a spaced "
        "'POLICE'). Grades are large upper-case words under each area label (GOOD, ADEQUATE, "
        "REQUIRES IMPROVEMENT split over two lines).",
        "Period from 'HMICFRS report published 8 November 2024' and the 2023-25 area names. "
        "The footer dates (display until 31 January 2025, printed 14/11/2024, staff survey 2 "
        "December 2024) and the grading-scale sentence are distractors.",
        "Genre: a force's own publication; press-release is the nearest.",
    ]))

# ke05 -- Strategic Performance Board notes (DOCX), North Wales --------------------------
GOLDS.append(gold(
    "ke05.docx", "response-record", [NW], [HF],
    [insp(NW, P2325, inspectorate=HF), insp(NW, P2122, inspectorate=HF)],
    grades(NW, P2325) + grades(NW, P2122),
    afis=[
        stmt(NW, P2325, MOS,
             "The force should make sure that it completes risk assessments for registered "
             "sex offenders within the timescales set out in national guidance.", True),
        stmt(NW, P2325, MOS,
             "The force should improve how it shares information about offenders with "
             "partner agencies, particularly probation and local authority housing teams.",
             False),
        stmt(NW, P2325, INV,
             "The force should make sure that victims\u2019 needs are assessed at the start of "
             "an investigation and that the outcome is recorded.", True),
    ],
    people=[
        person("Idris Penhallow", "chief-constable", NW, "Chief Constable"),
        person("Gwenllian Probert", "chief-constable", NW, "Deputy Chief Constable", "deputy"),
    ],
    notes=[
        "The force is named once, in the heading 'Heddlu Gogledd Cymru / North Wales Police'.",
        "Period: 'the report published on 27 June 2025 (fieldwork in February)' -> 2023-25 "
        "(the table also uses the 2023-25 area names 'Workforce' and 'Leadership & force "
        "management'). Meeting dates, 2025/26 Q1 and 2026/27 precept are distractors.",
        "The grades table gives 'RI' for managing offenders (the abbreviation list defines "
        "RI = requires improvement; the Chair's 'the RI for managing offenders' repeats it). "
        "'Last time' is defined under the table as the 2021/22 grades, so six 2021/22 "
        "judgements; the two '\u2013' cells give nothing.",
        "AFIs 1, 2 and 4 are quoted (Word 'Quote' style) after a bold label naming the area. "
        "AFIs 1 and 4 have an 'Update:' line (has_force_update true); AFI 2 has none. AFIs "
        "3, 5, 6 and 7 are only listed by topic. 'No CoC and no recommendations' gives "
        "nothing.",
        "People: 'Chief Constable Idris Penhallow (Chair)'; 'Deputy Chief Constable Gwenllian "
        "Probert (DCC)' (later 'DCC Probert'), qualifier deputy. The ACCs, the Director of "
        "Finance and the OPCC Chief Executive are unnamed posts. 'Good practice' in the "
        "action log is a distractor.",
    ]))

# ke06 -- long-format CSV export ------------------------------------------------------
GOLDS.append(gold(
    "ke06.csv", "national-release", [AS, DC, TV, GW], [HF],
    [insp(AS, P2325, inspectorate=HF), insp(DC, P2325, inspectorate=HF),
     insp(TV, P2325, inspectorate=HF), insp(GW, P2325, inspectorate=HF)],
    grades(AS, P2325) + grades(DC, P2325) + grades(TV, P2325) + grades(GW, P2325, [PREV]),
    notes=[
        "Columns force_code, force_short, area, grade, published, source. Forces by code (AS, "
        "DC, TV, GW) and short name ('Avon & Somerset', 'Devon & Cornwall', 'Thames Valley', "
        "'Gwent').",
        "Period only from 'published' (2025-03-19, 2025-02-20, 2024-11-08, 2024-07-19: all "
        "2023-25 reports) and the 2023-25 area names; 'source' is 'HMICFRS PEEL'.",
        "'Victim service assessment' is 'Not graded' (nothing). Gwent's responding row has "
        "an empty grade (nothing); only its preventing-crime row is graded. The trailing "
        "'# exported 2025-04-02 ...' row and the blank row are not data.",
        "UTF-8 with a byte-order mark and CRLF line endings, as Excel writes it.",
    ]))

# ke07 -- HMI's letter to the chief constable (PDF), Staffordshire ------------------------
GOLDS.append(gold(
    "ke07.pdf", "peel-report-2021", [ST], [HF],
    [insp(ST, P2325, inspectorate=HF)],
    grades(ST, P2325),
    afis=[
        stmt(ST, P2325, INV,
             "The force should improve its understanding of the demand placed on its "
             "investigation teams so that it can match resources to that demand."),
    ],
    recs=[
        stmt(ST, P2325, INV,
             "Within three months, the force should make sure every open investigation has an "
             "allocated investigator and a recorded plan that a supervisor has reviewed."),
        stmt(ST, P2325, INV,
             "Within six months, the force should make sure that victims are updated in line "
             "with the Code of Practice for Victims of Crime, and that it can show this "
             "through audit."),
    ],
    coc=[
        stmt(ST, P2325, INV,
             "The force does not make sure that investigations are properly planned, "
             "supervised and completed without delay, and too many victims are not told how "
             "their case is progressing."),
    ],
    people=[
        person("Marcus Threlfall", "chief-constable", ST, "Chief Constable"),
        person("Nathaniel Oduya", "inspector", HF, "His Majesty\u2019s Inspector of Constabulary"),
    ],
    notes=[
        "The force is named only in the address block ('Staffordshire Police'); the letter "
        "says 'Dear Chief Constable', 'the force' and 'your force'. The letterhead names the "
        "inspectorate in full.",
        "Period: 'PEEL 2023\u201325: your force\u2019s report', inspected in October 2024, to be "
        "published on 4 March 2025. The update date (30 June 2025) and the consultation on "
        "the next programme (closes 11 April 2025) are distractors.",
        "The cause of concern, both recommendations and the one quoted AFI are blockquotes. "
        "They sit in no area section; all concern investigation (the letter introduces the "
        "cause of concern after 'the investigation grade'), so investigating-crime. 'eleven "
        "areas for improvement' gives nothing more.",
        "People: 'Chief Constable Marcus Threlfall QPM' (address block; name without the "
        "post-nominal). The HMI signs the letter. 'the Commissioner' and the Chief Executive "
        "are unnamed.",
        "Genre: a letter from the inspectorate conveying a 2023-25 report; the nearest genre "
        "is peel-report-2021.",
    ]))

# ke08 -- force press statement (DOCX), Nottinghamshire, 2021/22 ------------------------
GOLDS.append(gold(
    "ke08.docx", "press-release", [NT], [HF],
    [insp(NT, P2122, inspectorate=HF)],
    grades(NT, P2122),
    people=[
        person("Siobhan Marchetti-Lowe", "inspector", HF,
               "His Majesty\u2019s Inspector of Constabulary"),
        person("Adaeze Whitcombe", "chief-constable", NT, "Chief Constable"),
    ],
    notes=[
        "The force is named only in the body letterhead table ('Nottinghamshire Police', "
        "shown in small capitals); the statement says 'we', 'us', 'our force'.",
        "Period: issued 18 October 2022, the inspection was 'in the spring', and the areas "
        "are the 2021/22 ones (victim service assessed but not graded; developing a positive "
        "workplace; strategic planning, organisational management and value for money; "
        "disrupting serious organised crime) -> 2021/22.",
        "Grades: outstanding for preventing and deterring crime; good in six listed areas "
        "(bullets after a lead-in); adequate for responding, investigating and strategic "
        "planning. The notes-to-editors scale, '8 December' and 2022/23 are distractors. "
        "'four areas for improvement' gives no text.",
        "People: the inspector is introduced as 'The inspector, Siobhan Marchetti-Lowe', and "
        "her title is given after the quote ('His Majesty\u2019s Inspector of Constabulary'). "
        "'Chief Constable Adaeze Whitcombe'. The Police and Crime Commissioner is unnamed.",
    ]))

# ke09 -- force website page (HTML), Gwent --------------------------------------------
GOLDS.append(gold(
    "ke09.html", "response-record", [GW], [HF],
    [insp(GW, P2325, inspectorate=HF)],
    grades(GW, P2325),
    afis=[
        stmt(GW, P2325, RESP,
             "The force should make sure it answers non-emergency calls promptly and that it "
             "assesses the risk to callers using a structured approach.", True),
        stmt(GW, P2325, PVP,
             "The force should make sure that officers consistently complete and record risk "
             "assessments when they attend incidents involving vulnerable people.", True),
    ],
    notes=[
        "The force is named only in the <title> ('Inspection results | Gwent Police'), the "
        "first breadcrumb ('Gwent Police') and the logo's alt text ('Heddlu Gwent Police "
        "logo'); the body says 'the force' throughout.",
        "Period: 'HMICFRS inspected the force in February 2024 and published its report on "
        "19 July 2024', with 2023-25 area names -> 2023-25. The cookie notice date (2 "
        "January 2026), 'Page last reviewed: 21 August 2024', 'Crime figures 2024/25' and "
        "'\u00a9 2026' are distractors.",
        "Each AFI card has an area heading, 'Area for improvement:' and 'What the force is "
        "doing:' (a force update, so true). 'no causes of concern' and the grading-scale "
        "accordion give nothing.",
        "Genre: the force's own page giving its responses to AFIs; response-record.",
    ]))

# ke10 -- email thread printed to PDF, South Yorkshire 2021/22 -------------------------
GOLDS.append(gold(
    "ke10.pdf", "response-record", [SY, "Humberside Police"], [HF],
    [insp(SY, P2122, inspectorate=HF)],
    grades(SY, P2122),
    afis=[
        stmt(SY, P2122, CDI,
             "The force should make sure that it records crimes reported to it by other "
             "agencies, and that it records additional crimes disclosed during the "
             "investigation of another."),
    ],
    people=[
        person("Lauren Pickersgill", "chief-constable", SY, "Chief Constable"),
    ],
    notes=[
        "A plain-text email thread printed from a mail client: newest message first, earlier "
        "ones quoted with '>' and '>>'. Only the earliest (23/09/2022) names the force and "
        "period: 'HMICFRS published the South Yorkshire Police PEEL 2021/22 report'. Later "
        "messages say 'they', 'the force', 'SYP'.",
        "Earliest message: outstanding for preventing and deterring crime; good for treatment "
        "of the public, investigating crime, managing offenders and suspects; adequate for "
        "protecting vulnerable people. The reply of 26/09 adds good for disrupting serious "
        "organised crime, developing a positive workplace, and strategic planning, "
        "organisational management and value for money; adequate for responding to the "
        "public and recording data about crime. Victim service 'assessed but not graded'. "
        "The last message's 'outstanding' repeats prevention.",
        "Distractors: 'one outstanding, six good, three adequate' (a count), 'previous "
        "integrated PEEL (2018/19)' (no grade), the fire inspection, panel on 14 October, "
        "2022/23 Q2, the privacy notice date.",
        "The one quoted AFI concerns crime recording -> crime-recording; no update is given.",
        "People: 'the Chief Constable, Lauren Pickersgill'. The correspondents are OPCC staff "
        "(not person facts). Humberside Police is named in passing ('Humberside\u2019s report "
        "is due out next week'): forces only.",
        "Genre: correspondence inside a commissioner's office about a report; the nearest "
        "genre is response-record.",
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
