"""Score every fact-preserving transform (tests/transforms.py) on the corpora, as a table.

Usage:
    .venv/bin/python tools/metamorphic_report.py [CORPUS_DIR ...] [--markdown] [--skips]
    .venv/bin/python tools/metamorphic_report.py --detail TRANSFORM [CORPUS_DIR ...]

Without arguments, the corpora are ../shared/corpus and ../shared/corpus2 (KG_SHARED moves
../shared). For each transform and corpus: documents changed and skipped, min F1 over kinds,
F1 per kind, the documents that gave no fact at all, and the cues the account of issue 17
could not explain (kg.extract.audit: the likely misses, which should stay near zero). The first row per corpus is the
corpus as it is, for comparison. With --skips, every skipped document and why. With
--detail, one transform's missing and extra facts per corpus (as tools/score_records.py
prints them), and the transformed corpus is kept in a temporary folder named on stderr.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "tools"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from kg.read.document import load_document  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.extract.gazetteer import load_gazetteer  # noqa: E402
from kg.extract.records import Account  # noqa: E402
from score_records import KINDS, facts_from_records, report, score_corpus  # noqa: E402
from tests.transforms import TRANSFORMS, Applied, Doc, apply, read_corpus, write_corpus  # noqa: E402

SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
SHORT = {"forces": "forc", "inspectorates": "insp", "inspections": "insn", "judgements": "judg",
         "areas_for_improvement": "afi", "recommendations": "rec", "causes_of_concern": "coc", "people": "ppl"}


def read_each(docs_dir: Path, docs: list[Doc], gazetteer) -> tuple[list[str], int]:  # noqa: ANN001
    """Documents from which the extractors give no fact of any kind, and the unexplained
    cues of all of them."""
    empty, unexplained = [], 0
    for doc in docs:
        try:
            records = extract(load_document(docs_dir / doc.name), gazetteer)
        except Exception:  # a failure is reported by score_corpus; here it simply gave nothing
            records = []
        if not any(facts_from_records(records, gazetteer).values()):
            empty.append(doc.name)
        unexplained += sum(len(r.unexplained) for r in records if isinstance(r, Account))
    return empty, unexplained


def score(applied: Applied, work: Path, gazetteer) -> dict:  # noqa: ANN001
    docs_dir, gold_dir = write_corpus(applied.docs, work)
    scores, _, failures = score_corpus(docs_dir, gold_dir, gazetteer)
    f1 = {k: scores[k].f1 for k in KINDS}
    empty, unexplained = read_each(docs_dir, applied.docs, gazetteer)
    return {"f1": f1, "min": min(f1.values()), "failures": failures, "empty": empty, "unexplained": unexplained}


def rows(corpora: list[Path]) -> list[tuple[str, str, Applied, dict]]:
    gazetteer = load_gazetteer(ROOT / "ontology" / "forces.ttl")
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in corpora:
            docs = read_corpus(corpus)
            baseline = Applied(list(docs))
            out.append(("(as is)", corpus.name, baseline, score(baseline, Path(tmp) / corpus.name / "_", gazetteer)))
            for name in TRANSFORMS:
                applied = apply(name, docs)
                out.append((name, corpus.name, applied, score(applied, Path(tmp) / corpus.name / name, gazetteer)))
    return out


def table(results: list[tuple[str, str, Applied, dict]], markdown: bool = False) -> str:
    head = ["transform", "corpus", "chg", "skip", "min F1"] + [SHORT[k] for k in KINDS] + ["no facts", "unexpl"]
    body = []
    for name, corpus, applied, s in results:
        body.append([name, corpus, str(applied.changed), str(len(applied.skipped)), f"{s['min']:.2f}"]
                    + [f"{s['f1'][k]:.2f}" for k in KINDS]
                    + [str(len(s["empty"])) + (f" ({len(s['failures'])} failed)" if s["failures"] else ""),
                       str(s["unexplained"])])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in body]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [head] + body) for i in range(len(head))]
    fmt = lambda r: "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths)))  # noqa: E731
    return "\n".join([fmt(head)] + [fmt(r) for r in body])


def detail(name: str, corpora: list[Path]) -> int:
    if name not in TRANSFORMS:
        print(f"no transform {name!r}; there are: {', '.join(TRANSFORMS)}", file=sys.stderr)
        return 2
    gazetteer = load_gazetteer(ROOT / "ontology" / "forces.ttl")
    work = Path(tempfile.mkdtemp(prefix=f"metamorphic-{name}-"))
    print(f"transformed corpora in {work}", file=sys.stderr)
    for corpus in corpora:
        applied = apply(name, read_corpus(corpus))
        docs_dir, gold_dir = write_corpus(applied.docs, work / corpus.name)
        print(f"== {name} on {corpus.name}")
        print(report(*score_corpus(docs_dir, gold_dir, gazetteer)))
    return 0


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    name = args.pop(0) if "--detail" in argv and args else None
    corpora = [Path(a) for a in args] or [SHARED / "corpus", SHARED / "corpus2"]
    missing = [str(c) for c in corpora if not (c / "docs").is_dir() or not (c / "gold").is_dir()]
    if missing:
        print(f"not a corpus (docs/ and gold/): {', '.join(missing)}", file=sys.stderr)
        return 2
    if "--detail" in argv:
        return detail(name or "", corpora)
    results = rows(corpora)
    print(table(results, markdown="--markdown" in argv))
    print("\nchg: documents the transform changed; skip: documents it left as they were (facts it "
          "cannot keep); no facts: documents that gave no fact at all; unexpl: cues the account "
          "could not explain, over all the corpus's documents (kg audit)")
    if "--skips" in argv:
        for name, corpus, applied, _ in results:
            for doc, why in applied.skipped.items():
                print(f"skipped  {name:<18} {corpus}/{doc}: {why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
