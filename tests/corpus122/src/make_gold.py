"""Write gold/ns01.json ... gold/ns10.json (format: shared/corpus/GOLD-FORMAT.md) from the
facts typed into data.py and below. Standard library only:  python3 src/make_gold.py"""
import json
import os
from data import *

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "gold")
H, HF = "HMIC", "HMICFRS"
GR = {O, G, A, RI, I}


def insp(f, period, pillar="PEEL", by=None):
    return {"force": f, "period": period, "pillar": pillar, "inspectorate": by}


def j(f, period, pillar, q, g):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "grade": g}


def st(f, period, q, text, upd, pillar="PEEL"):
    return {"force": f, "period": period, "pillar": pillar, "question": q, "text": text, "has_force_update": upd}


def person(name, role, org, title, qual=None):
    return {"name": name, "role": role, "organisation": org, "title": title, "qualifier": qual}


def gold(doc, genre, forces, insps, inspections, judgements=(), afis=(), recs=(), coc=(), people=(),
         also=None, notes=None):
    g = {"document": doc, "genre": genre, "encoding": "utf-8", "forces": forces, "inspectorates": insps,
         "inspections": inspections, "judgements": list(judgements), "areas_for_improvement": list(afis),
         "recommendations": list(recs), "causes_of_concern": list(coc), "people": list(people)}
    if also:
        g["also_acceptable"] = also
    if notes:
        g["notes"] = notes
    return g


GOLDS = []

# ns01 ------------------------------------------------------------------------------
F = [r[2] for r in NS01]
J = []
for _, _, f, e1, e2, e3 in NS01:
    J += [j(f, "2016", "Effectiveness", None, e1), j(f, "2016", "Efficiency", None, e2),
          j(f, "2016", "Legitimacy", None, e3)]
GOLDS.append(gold("ns01.html", "national-release", F, [H],
    [insp(f, "2016", p, H) for f in F for p in ("Effectiveness", "Efficiency", "Legitimacy")], J,
    notes=["Region cells use rowspan: each force row takes the region above it, but the region gives no fact.",
           "Leadership is 'Not graded' for every force: no judgement and no Leadership inspection.",
           "The footer counts (e.g. 'Good 4') name no force and give nothing. The key names the four grades."]))

# ns02 ------------------------------------------------------------------------------
F = [c for _, c in NS02_FORCES]
J = []
for label, key, gs in NS02_ROWS:
    for (short, f), g in zip(NS02_FORCES, gs):
        if g in GR:
            J.append(j(f, "2021/22", "PEEL", key, g))
L = "Lincolnshire Police"
GOLDS.append(gold("ns02.pdf", "response-record", F, [HF], [insp(f, "2021/22", by=HF) for f in F], J,
    afis=[st(L, "2021/22", "protecting-vulnerable", NS02_AFI1, True),
          st(L, "2021/22", "investigating-crime", NS02_AFI2, False)],
    people=[person("Harriet Kellaway", "commissioner", L, "Police and Crime Commissioner"),
            person("Rhodri Penhallow", "chief-constable", L, "Chief Constable")],
    notes=["Transposed table: areas are rows and forces are columns; it crosses the page break and its header row repeats on page 2.",
           "'Developing a positive workplace' -> workforce; 'Good use of resources' -> leadership-management; 'Crime data integrity' -> crime-recording.",
           "'Not inspected' and 'n/a' cells give nothing; the victims row is merged across all force columns and says 'Not graded'.",
           "The totals row ('4 of 8') and the key give nothing. 'twelve areas for improvement' is a count only.",
           "has_force_update: the protecting-vulnerable AFI has a substantive 'Force position'; the investigating AFI's position is 'To be reported at the next accountability board.', which is no update, so false."]))

# ns03 ------------------------------------------------------------------------------
N = "Nottinghamshire Police"
J = [j(N, "2021/22", "PEEL", k, g1) for _, k, g1, _, _, _ in NS03_ROWS] + \
    [j(N, "2023-25", "PEEL", k, g2) for _, k, _, _, g2, _ in NS03_ROWS]
GOLDS.append(gold("ns03.docx", "response-record", [N, "Leicestershire Police", "Derbyshire Constabulary"], [HF],
    [insp(N, "2023-25", by=HF), insp(N, "2021/22", by=HF)], J,
    afis=[st(N, "2023-25", k, t, False) for k, t in NS03_AFIS],
    people=[person("Rosalind Teague", "commissioner", N, "Police and Crime Commissioner"),
            person("Idris Bannerman", "chief-constable", N, "Chief Constable"),
            person("Roger Hollinshead", "inspector", HF, "His Majesty's Inspector of Constabulary")],
    notes=["Two-level header: 'PEEL 2021/22' spans Grade and AFIs, 'PEEL 2023\u201325' spans Grade and Change; 'Area' is merged down over both header rows.",
           "2021/22 grades are keyed by the row's 2023-25 name (the key row says the 2021/22 names differed).",
           "'Change' cells (Up / No change) and AFI counts are not grades. The victims row is merged across and 'Not graded'.",
           "The three AFIs have only a 'Lead' column, no force update: has_force_update false.",
           "Leicestershire and Derbyshire are named in passing (regional unit); the fire service is a distractor."]))

# ns04 ------------------------------------------------------------------------------
J = []
for _, f, gs in NS04:
    for (a, k), g in zip(NS04_AREAS, gs):
        J.append(j(f, "2023-25", "PEEL", k, g))
F = [f for _, f, _ in NS04]
GOLDS.append(gold("ns04.html", "national-release",
    F + ["Surrey Police", "Essex Police", "Bedfordshire Police", "Devon and Cornwall Police"], [HF],
    [insp(f, "2023-25", by=HF) for f in F], J,
    people=[person("Tobias Wrenfield", "chief-constable", "Kent Police", "Chief Constable"),
            person("Mirela Ostrowski", "commissioner", "Thames Valley Police", "Police and Crime Commissioner for Thames Valley")],
    notes=["The grade table shows each grade only as a coloured square (an <img> whose alt text is the grade); the key above the table maps each colour to its grade word. The gold counts these as stated grades: the alt text is the cell's text equivalent and the key is unambiguous. A strict reading of 'what a browser shows' would keep only the grades repeated in prose (Kent preventing crime outstanding; Thames Valley responding and investigating, Sussex investigating requires improvement).",
           "'Hampshire and Isle of Wight Constabulary' is Hampshire Constabulary.",
           "Crime data integrity cells are '\u2013' (not yet graded): nothing. Surrey (awaiting report), Essex, Bedfordshire (due later) and Devon and Cornwall (enhanced monitoring) are named in passing with no grade.",
           "The data reporter is not a person fact. 'Workforce' -> workforce, 'Leadership' -> leadership-management."]))

# ns05 ------------------------------------------------------------------------------
W = "Gwent Police"
J, ALSO = [], []
for label, pillar, key, g in NS05_ROWS:
    if g is None:
        continue
    if pillar:
        ALSO.append(j(W, "2018/19", key, None, g))
    else:
        J.append(j(W, "2018/19", "PEEL", key, g))
GOLDS.append(gold("ns05.pdf", "response-record", [W, "South Wales Police", "Dyfed-Powys Police"], [HF],
    [insp(W, "2018/19", by=HF)], J,
    afis=[st(W, "2018/19", k, t, c is not None) for k, t, tick, c in NS05_AFIS],
    people=[person("Ceri Vaughan-Rhys", "commissioner", W, "Police and Crime Commissioner for Gwent"),
            person("Morgan Tresilian", "chief-constable", W, "Chief Constable")],
    also={"judgements": ALSO},
    notes=["Tick matrix: the column headers name the grades and a tick marks the grade in each row.",
           "2018/19 follows dev12: question grades have pillar PEEL; the three pillar rows (and 'good in all three pillars') go to also_acceptable.",
           "Specialist capabilities is 'Ungraded' (merged across the grade columns): nothing.",
           "The second table's tick/cross is the Commissioner's view of whether an AFI is addressed; the Chief Constable's comment is the force's update. The third AFI's comment is '\u2014' (update awaited): has_force_update false.",
           "The two closed AFIs are only described, not quoted. 27 September 2019 and March 2020 are dates, not periods."]))

# ns06 ------------------------------------------------------------------------------
J = []
for _, f, _, gs, _, _ in NS06:
    for (c, k), g in zip(NS06_COLS, gs):
        if g in GR:
            J.append(j(f, "2021/22", "PEEL", k, g))
F = [r[1] for r in NS06]
GOLDS.append(gold("ns06.csv", "national-release", F, [HF], [insp(f, "2021/22", by=HF) for f in F], J,
    notes=["Wide CSV, one row per force. 'n/a' (victim service) and 'Not inspected' (Disrupting SOC) give nothing.",
           "The totals row, the cause-of-concern and AFI counts and the report-published dates give nothing.",
           "Inspectorate HMICFRS is named in the trailing notes row."]))

# ns07 ------------------------------------------------------------------------------
D = "Devon and Cornwall Police"
J = [j(D, "2021/22", "PEEL", k, a) for _, k, a, _, _, _ in NS07_ROWS] + \
    [j(D, "2023-25", "PEEL", k, b) for _, k, _, _, b, _ in NS07_ROWS if b in GR]
GOLDS.append(gold("ns07.md", "response-record", [D, "Dorset Police"], [HF],
    [insp(D, "2023-25", by=HF), insp(D, "2021/22", by=HF)], J,
    recs=[st(D, "2023-25", "investigating-crime", t, True) for t in NS07_RECS],
    coc=[st(D, "2023-25", "investigating-crime", NS07_COC, True)],
    people=[person("Beatrix Pellow", "commissioner", D, "Police and Crime Commissioner"),
            person("Jory Menheniot", "chief-constable", D, "Chief Constable")],
    notes=["The 'Plan target' column holds the Commissioner's target grades, not judgements; 'Target met?' ticks give nothing.",
           "Crime data integrity 2023-25 is 'Not inspected': nothing. 2021/22 rows use the 2023-25 area names (note 1).",
           "The 2021/22 cause of concern is mentioned but not quoted: no statement. The unnamed Deputy Chief Constable is not a person fact.",
           "The Force update after the blockquote answers the cause of concern and both recommendations: all true."]))

# ns08 ------------------------------------------------------------------------------
S = "Staffordshire Police"
by = lambda y: H if y in ("2014", "2015", "2016") else HF
J, INS, ALSO = [], [], []
for label, pillar, key, cells in NS08:
    for y, code in cells.items():
        if code in CODES:
            J.append(j(S, y, pillar, key, CODES[code]))
            if (y, pillar) not in INS:
                INS.append((y, pillar))
        elif code == "NI":
            prev = cells["2016"]
            ALSO.append(j(S, y, pillar, key, CODES[prev]))
GOLDS.append(gold("ns08.txt", "response-record", [S], [H, HF], [insp(S, y, p, by(y)) for y, p in INS], J,
    people=[person("Gareth Lomasney", "chief-constable", S, "Chief Constable")],
    also={"judgements": ALSO},
    notes=["Fixed-width text table with years as columns and grades as codes; the key above the table spells out O, G, RI and I.",
           "Inspectorate by period: the text says 2014-2016 were HMIC's and 2017 HMICFRS's.",
           "'NI = not inspected that year (the previous grade stands)': the 2017 preventing crime and serious organised crime grades are implied only, so they are in also_acceptable with the 2016 grade.",
           "NG (specialist capabilities, leadership) and '-' give nothing; Leadership has no inspection."]))

# ns09 ------------------------------------------------------------------------------
B = "Bedfordshire Police"
GOLDS.append(gold("ns09.docx", "response-record", [B, "Cambridgeshire Constabulary", "Hertfordshire Constabulary"], [HF],
    [insp(B, "2017", "Effectiveness", HF), insp(B, "2017", "Efficiency", HF)],
    [j(B, "2017", "Effectiveness", None, RI), j(B, "2017", "Effectiveness", "investigating-crime", RI),
     j(B, "2017", "Effectiveness", "protecting-vulnerable", I), j(B, "2017", "Efficiency", None, G)],
    afis=[st(B, "2017", k, t, p is not None, pillar) for pillar, k, t, p in NS09_AFIS],
    recs=[st(B, "2017", "protecting-vulnerable", t, True, "Effectiveness") for t in NS09_RECS],
    coc=[st(B, "2017", "protecting-vulnerable", NS09_COC, True, "Effectiveness")],
    people=[person("Ashok Verma", "chief-constable", B, "Deputy Chief Constable", "deputy"),
            person("Fenella Osgood", "commissioner", B, "Police and Crime Commissioner")],
    notes=["Grades sit in section rows merged across all four columns ('\u2026 \u2013 Requires improvement'); each statement's question comes from the section row above it.",
           "First column is the statement, last column the force's progress. The second investigating AFI's progress is 'No update received this quarter.': has_force_update false. The cause of concern's own progress cell counts as an update.",
           "Specialist capabilities 'Ungraded' gives nothing. The legitimacy AFIs are counted only. Cambridgeshire and Hertfordshire are named in passing.",
           "Publication dates (March 2018, November 2017) are not periods: the inspections are PEEL 2017."]))

# ns10 ------------------------------------------------------------------------------
from make_docs import NS10
J, INS, ALSO_I = [], [], []
for _, f, rows in NS10:
    for y, p, g, n in rows:
        if g in GR:
            J.append(j(f, y, p, None, g)); INS.append(insp(f, y, p, H))
        else:
            ALSO_I.append(insp(f, y, p, H))
GOLDS.append(gold("ns10.md", "national-release", [r[1] for r in NS10] + ["Bedfordshire Police"], [H], INS, J,
    also={"inspections": ALSO_I},
    notes=["Long table whose Force cell is written only on a force's first row; blank Force cells repeat the force above (an exported merged cell).",
           "2014 effectiveness ('Not graded overall') and 2015 leadership ('Not graded') give no judgement; their inspections are in also_acceptable.",
           "The national 2014 counts name no force. Bedfordshire Police is named in passing."]))

if __name__ == "__main__":
    os.makedirs(GOLD, exist_ok=True)
    for g in GOLDS:
        with open(os.path.join(GOLD, os.path.splitext(g["document"])[0] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False); fh.write("\n")
    print("wrote", len(GOLDS))
