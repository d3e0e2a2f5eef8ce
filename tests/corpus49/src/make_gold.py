"""Write gold/kt01.json ... gold/kt10.json for corpus49 (format: shared/corpus/GOLD-FORMAT.md).

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
exec(open(os.path.join(HERE, 'gold_docs.py'), encoding='utf-8').read())


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
