"""Key PEEL 2018/19 question grades and statements to the integrated assessment ("PEEL"), as
the development corpora's gold does (GOLD-FORMAT.md: pillar "PEEL" for an integrated
assessment, 2018/19 and later). The helper that wrote this corpus keyed them by their old
pillar; its pillar grades (question null) stay as written. Each gold file is rewritten in
place; run after make_gold.py (build.sh does).

    python3 src/normalise_1819.py
"""
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "gold"
STATEMENTS = ("areas_for_improvement", "recommendations", "causes_of_concern")


def normalise(gold: dict) -> bool:
    moved = set()
    for j in gold.get("judgements", []):
        if j["period"] == "2018/19" and j.get("question") and j["pillar"] != "PEEL":
            j["pillar"] = "PEEL"
            moved.add(j["force"])
    for kind in STATEMENTS:
        for s in gold.get(kind, []):
            if s["period"] == "2018/19" and s["pillar"] != "PEEL":
                s["pillar"] = "PEEL"
                moved.add(s["force"])
    if not moved:
        return False
    inspections = gold.setdefault("inspections", [])
    loose = gold.get("also_acceptable", {}).get("inspections", [])
    for force in sorted(moved):
        if any(i["force"] == force and i["period"] == "2018/19" and i["pillar"] == "PEEL" for i in inspections):
            continue
        found = next((i for i in loose if i["force"] == force and i["period"] == "2018/19" and i["pillar"] == "PEEL"), None)
        if found is not None:
            loose.remove(found)
        else:
            same = next((i for i in inspections if i["force"] == force and i["period"] == "2018/19"), None)
            found = {"force": force, "period": "2018/19", "pillar": "PEEL",
                     "inspectorate": same["inspectorate"] if same else "HMICFRS"}
        inspections.append(found)
    # a pillar's inspection that no longer has a fact of its own is the integrated one's
    kept = {(j["force"], j["period"], j["pillar"]) for j in gold.get("judgements", [])}
    kept |= {(s["force"], s["period"], s["pillar"]) for kind in STATEMENTS for s in gold.get(kind, [])}
    gold["inspections"] = [i for i in inspections
                           if i["period"] != "2018/19" or i["pillar"] == "PEEL" or (i["force"], i["period"], i["pillar"]) in kept]
    return True


if __name__ == "__main__":
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if normalise(gold):
            path.write_text(json.dumps(gold, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{path.name}: 2018/19 question grades and statements keyed PEEL")
