"""Score the extractors against gold annotations (corpus GOLD-FORMAT.md).

Usage:
    .venv/bin/python tools/score_records.py DOCS_DIR GOLD_DIR [--quiet]

For every document in DOCS_DIR with a gold file GOLD_DIR/<stem>.json, runs load_document and
the genre's extractor, turns the records into gold-shaped facts and compares them per fact
kind: precision, recall and F1, every missing and extra fact with its document, and
attribute accuracy on matched facts. Facts in a gold file's `also_acceptable` are ignored
whether produced or not.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.builder.evaluate import acceptable_facts  # noqa: E402
from kg.read.document import as_shown, load_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from kg.extract.records import (  # noqa: E402
    ForceMention,
    Inspection,
    InspectorateMention,
    Judgement,
    Person,
    Record,
    Statement,
)

GAZETTEER_PATH = ROOT / "ontology" / "forces.ttl"
KINDS = ("forces", "inspectorates", "inspections", "judgements", "areas_for_improvement",
         "recommendations", "causes_of_concern", "people")
STATEMENT_KIND_FIELDS = {
    "area-for-improvement": "areas_for_improvement",
    "recommendation": "recommendations",
    "cause-of-concern": "causes_of_concern",
}
# attributes compared on matched facts, per kind (the rest of the fact is its identity)
ATTRIBUTES = {
    "inspections": ("inspectorate",),
    "areas_for_improvement": ("question", "has_force_update"),
    "recommendations": ("question", "has_force_update"),
    "causes_of_concern": ("question", "has_force_update"),
    "people": ("title", "qualifier"),
}

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
    "\u00a0": " ",
})


def norm_text(text: str) -> str:
    """Gold-format normalisation: the text as shown (mojibake read, invisible marks dropped;
    see kg.builder.evaluate.fold), quotes and dashes folded, whitespace collapsed."""
    return re.sub(r"\s+", " ", as_shown(text).translate(_FOLD)).strip()


# --- records -> gold-shaped facts -------------------------------------------------------


def facts_from_records(records: list[Record], gazetteer: Gazetteer) -> dict[str, list[dict]]:
    """The records as gold-format fact lists (force names via the gazetteer)."""
    def name(fid: str) -> str:
        entry = gazetteer.forces.get(fid)
        return entry.name if entry else fid

    out: dict[str, list[dict]] = {k: [] for k in KINDS}
    seen_people: set[tuple[str, str, str]] = set()
    for r in records:
        if isinstance(r, ForceMention):
            out["forces"].append(name(r.force))
        elif isinstance(r, InspectorateMention):
            out["inspectorates"].append(r.acronym)
        elif isinstance(r, Inspection):
            out["inspections"].append({"force": name(r.key.force), "period": r.key.period,
                                       "pillar": r.key.pillar, "inspectorate": r.inspectorate})
        elif isinstance(r, Judgement):
            k = r.inspection
            out["judgements"].append({"force": name(k.force), "period": k.period, "pillar": k.pillar,
                                      "question": r.question, "grade": r.grade})
        elif isinstance(r, Statement):
            k = r.inspection
            out[STATEMENT_KIND_FIELDS[r.kind]].append({
                "force": name(k.force), "period": k.period, "pillar": k.pillar, "question": r.question,
                "text": r.text, "has_force_update": r.force_update is not None})
        elif isinstance(r, Person):
            org = name(r.organisation) if r.role != "inspector" else r.organisation
            ident = (r.name, r.role, org)
            if ident in seen_people:
                continue  # the same person with a second title: the first one is compared
            seen_people.add(ident)
            out["people"].append({"name": r.name, "role": r.role, "organisation": org,
                                  "title": r.title, "qualifier": r.qualifier})
    return out


def identity(kind: str, fact) -> tuple:  # noqa: ANN001
    """What makes two facts of a kind the same fact (attributes are compared separately)."""
    if kind in ("forces", "inspectorates"):
        return (fact,)
    if kind == "inspections":
        return (fact["force"], fact["period"], fact["pillar"])
    if kind == "judgements":
        return (fact["force"], fact["period"], fact["pillar"], fact["question"], fact["grade"])
    if kind == "people":
        return (norm_text(fact["name"]), fact["role"], fact["organisation"])
    return (fact["force"], fact["period"], fact["pillar"], norm_text(fact["text"]))


def attribute_value(kind: str, attr: str, fact: dict):  # noqa: ANN201
    value = fact.get(attr)
    return norm_text(value) if isinstance(value, str) and kind == "people" else value


# --- comparison ---------------------------------------------------------------------------


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    missing: list[tuple[str, object]] = field(default_factory=list)
    extra: list[tuple[str, object]] = field(default_factory=list)
    attr_ok: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    attr_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    attr_wrong: list[tuple[str, str, object, object]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(doc_name: str, gold: dict, produced: dict[str, list], scores: dict[str, KindScore]) -> None:
    acceptable = acceptable_facts(gold)
    for kind in KINDS:
        score = scores[kind]
        gold_facts = {identity(kind, f): f for f in gold.get(kind, [])}
        ok_ids = {identity(kind, f) for f in acceptable.get(kind, [])}
        got = {}
        for f in produced[kind]:
            got.setdefault(identity(kind, f), f)
        for ident, f in gold_facts.items():
            if ident in got:
                score.tp += 1
                for attr in ATTRIBUTES.get(kind, ()):
                    score.attr_total[attr] += 1
                    want, have = attribute_value(kind, attr, f), attribute_value(kind, attr, got[ident])
                    if want == have:
                        score.attr_ok[attr] += 1
                    else:
                        score.attr_wrong.append((doc_name, attr, ident, (want, have)))
            else:
                score.fn += 1
                score.missing.append((doc_name, f))
        for ident, f in got.items():
            if ident not in gold_facts and ident not in ok_ids:
                score.fp += 1
                score.extra.append((doc_name, f))


def score_corpus(docs_dir: Path, gold_dir: Path, gazetteer: Gazetteer | None = None) -> tuple[dict[str, KindScore], float, list[str]]:
    """Scores per kind, seconds spent extracting, and documents that failed."""
    gazetteer = gazetteer or load_gazetteer(GAZETTEER_PATH)
    scores = {k: KindScore() for k in KINDS}
    failures: list[str] = []
    elapsed = 0.0
    for gold_path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc_path = docs_dir / gold.get("document", gold_path.stem)
        if not doc_path.exists():
            candidates = sorted(docs_dir.glob(gold_path.stem + ".*"))
            if not candidates:
                failures.append(f"{gold_path.stem}: no document")
                continue
            doc_path = candidates[0]
        t0 = time.perf_counter()
        try:
            doc = load_document(doc_path)
            records = extract(doc, gazetteer)
        except Exception as exc:  # report and go on: one broken document must not hide the rest
            failures.append(f"{doc_path.name}: {type(exc).__name__}: {exc}")
            records = []
        elapsed += time.perf_counter() - t0
        compare(doc_path.name, gold, facts_from_records(records, gazetteer), scores)
    return scores, elapsed, failures


def report(scores: dict[str, KindScore], elapsed: float, failures: list[str], quiet: bool = False) -> str:
    lines = [f"{'kind':<24}{'gold':>6}{'tp':>6}{'fp':>6}{'fn':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<24}{s.tp + s.fn:>6}{s.tp:>6}{s.fp:>6}{s.fn:>6}"
                     f"{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    lines.append("")
    lines.append("attribute accuracy on matched facts:")
    for kind, s in scores.items():
        for attr, total in s.attr_total.items():
            lines.append(f"  {kind}.{attr:<18} {s.attr_ok[attr]}/{total}")
    lines.append(f"\nextraction time: {elapsed:.3f}s")
    if failures:
        lines.append("\nFAILED:")
        lines.extend(f"  {f}" for f in failures)
    if not quiet:
        for kind, s in scores.items():
            for doc, f in s.missing:
                lines.append(f"MISSING {kind} [{doc}] {json.dumps(f, ensure_ascii=False)}")
            for doc, f in s.extra:
                lines.append(f"EXTRA   {kind} [{doc}] {json.dumps(f, ensure_ascii=False)}")
            for doc, attr, ident, (want, have) in s.attr_wrong:
                lines.append(f"ATTR    {kind}.{attr} [{doc}] {ident}: gold {want!r}, got {have!r}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__)
        return 2
    scores, elapsed, failures = score_corpus(Path(args[0]), Path(args[1]))
    print(report(scores, elapsed, failures, quiet="--quiet" in argv))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
