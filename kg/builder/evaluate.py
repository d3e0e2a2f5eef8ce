"""`kg eval`: how well the graph holds the facts gold files say documents state.

Facts are read back from the graph with the SPARQL in queries/eval/ (contract terms
only), one document's graph at a time where the build keeps them apart, so that an
attribute such as "this document names the inspectorate" is judged per document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Graph

from ..read.document import as_shown, plain_text
from ..errors import KgError
from ..project import Project
from ..store.queries import NamedQuery, parse_header, run_query
from ..store.ontology import load_gazetteer_graph, load_ontology

KINDS = ("forces", "inspectorates", "inspections", "judgements",
         "areas_for_improvement", "recommendations", "causes_of_concern", "people")
STATEMENT_KINDS = ("areas_for_improvement", "recommendations", "causes_of_concern")
# Which fields name a fact (its key) and which are attributes judged on matched facts.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "inspections": ("inspectorate",),
    "areas_for_improvement": ("question", "has_force_update"),
    "recommendations": ("question", "has_force_update"),
    "causes_of_concern": ("question", "has_force_update"),
    "people": ("title", "qualifier"),
}

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Whitespace, quotes and dashes normalised, as the gold format compares texts (and the
    text as a reader sees it: a gold that copies "forceâ€™s" from a page whose encoding was
    damaged, or keeps a zero-width space, states the words the graph holds as "force’s")."""
    return _SPACE.sub(" ", plain_text(as_shown(unicodedata.normalize("NFC", text)))).strip()


def fact_key(kind: str, fact: dict) -> tuple:
    """What identifies a fact of a kind, from a gold entry or a graph row."""
    if kind == "forces":
        return (fact["name"],)
    if kind == "inspectorates":
        return (fact["acronym"],)
    if kind == "people":
        return (fold(fact["name"]).casefold(), fact["role"], fact["organisation"])
    base = (fact["force"], fact["period"], fact["pillar"])
    if kind == "inspections":
        return base
    if kind == "judgements":
        return base + (fact.get("question"), fact["grade"])
    return base + (fold(fact["text"]).casefold(),)


@dataclass
class KindScore:
    gold: int = 0
    found: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    """Scores per kind, attribute accuracy, provenance, and every miss."""

    scores: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    attributes: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, judged]
    provenance: list[int] = field(default_factory=lambda: [0, 0])  # [right, judged]
    missing: list[tuple[str, str, tuple]] = field(default_factory=list)  # (document, kind, key)
    extra: list[tuple[str, str, tuple]] = field(default_factory=list)
    wrong: list[tuple[str, str, tuple, str, object, object]] = field(default_factory=list)
    documents: int = 0
    unscored: list[str] = field(default_factory=list)  # documents with no gold file
    warnings: list[str] = field(default_factory=list)  # documents the build skipped

    def min_f1(self) -> float:
        return min(s.f1 for s in self.scores.values())

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "kinds": {k: {**asdict(s), "precision": s.precision, "recall": s.recall, "f1": s.f1}
                      for k, s in self.scores.items()},
            "attributes": {k: {"right": r, "judged": n, "accuracy": r / n if n else 1.0}
                           for k, (r, n) in sorted(self.attributes.items())},
            "provenance": {"right": self.provenance[0], "judged": self.provenance[1],
                           "accuracy": self.provenance[0] / self.provenance[1] if self.provenance[1] else 1.0},
            "missing": [{"document": d, "kind": k, "fact": list(f)} for d, k, f in self.missing],
            "extra": [{"document": d, "kind": k, "fact": list(f)} for d, k, f in self.extra],
            "wrong_attributes": [{"document": d, "kind": k, "fact": list(f), "attribute": a,
                                  "gold": g, "graph": v} for d, k, f, a, g, v in self.wrong],
        }


def _eval_queries(project: Project) -> dict[str, NamedQuery]:
    folder = project.queries_dir / "eval"
    return {p.stem: parse_header(p.stem, p.read_text(encoding="utf-8"), p) for p in sorted(folder.glob("*.rq"))}


def _value(term) -> object:  # noqa: ANN001
    if term is None:
        return None
    value = term.toPython()
    return value if isinstance(value, bool) else str(term)


def graph_facts(view: Graph, project: Project) -> dict[str, dict[str, list[dict]]]:
    """Facts in a graph, by document file name and kind, read with queries/eval/*.rq."""
    queries = _eval_queries(project)
    facts: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    plain_kinds = {"forces": "forces", "inspectorates": "inspectorates", "inspections": "inspections",
                   "judgements": "judgements", "people": "people"}
    for qname, kind in plain_kinds.items():
        for row in run_query(view, queries[qname]):
            fact = {str(k): _value(v) for k, v in row.asdict().items()}
            facts[fact.pop("file")][kind].append(fact)
    for row in run_query(view, queries["statements"]):
        fact = {str(k): _value(v) for k, v in row.asdict().items()}
        facts[fact.pop("file")][fact.pop("kind")].append(fact)
    return facts


def _group(kind: str, entries: Iterable[dict]) -> dict[tuple, list[dict]]:
    grouped: dict[tuple, list[dict]] = defaultdict(list)
    for entry in entries:
        grouped[fact_key(kind, entry)].append(entry)
    return grouped


def acceptable_facts(gold: dict) -> dict:
    """A gold file's `also_acceptable` facts, with the inspection of every acceptable judgement
    and statement: a graph that may hold the judgement holds its inspection with it."""
    acceptable = dict(gold.get("also_acceptable") or {})
    implied = [{"force": f["force"], "period": f["period"], "pillar": f["pillar"]}
               for kind in ("judgements", "areas_for_improvement", "recommendations", "causes_of_concern")
               for f in acceptable.get(kind, [])]
    if implied:
        acceptable["inspections"] = [*acceptable.get("inspections", []), *implied]
    return acceptable


def _gold_entries(gold: dict, kind: str) -> list[dict]:
    if kind == "forces":
        return [{"name": n} for n in gold.get("forces", [])]
    if kind == "inspectorates":
        return [{"acronym": n} for n in gold.get("inspectorates", [])]
    return list(gold.get(kind, []))


def _attribute(kind: str, attr: str, gold: dict, found: list[dict]) -> tuple[bool, object]:
    """Is a gold attribute right in any graph fact of the same key? Returns (right, graph value)."""
    values = [f.get(attr) for f in found]
    if attr == "has_force_update":
        values = [bool(v) for v in values]
    want = gold.get(attr)
    if kind == "people" and attr == "title":
        return fold(want or "") in {fold(v or "") for v in values}, sorted({str(v) for v in values})
    return want in values, values[0] if len(set(map(str, values))) == 1 else sorted({str(v) for v in values})


def _evidence_ok(fact: dict, doc_text: str | None) -> bool:
    evidence = fact.get("evidence")
    if not evidence or not fact.get("node"):
        return False
    return doc_text is None or fold(evidence) in doc_text


def score_document(report: Report, name: str, gold: dict, found: dict[str, list[dict]],
                   doc_text: str | None) -> None:
    """Add one document's comparison to the report."""
    acceptable = acceptable_facts(gold)
    for kind in KINDS:
        gold_facts = _group(kind, _gold_entries(gold, kind))
        ok_extra = set(_group(kind, _gold_entries(acceptable, kind)))
        graph = _group(kind, found.get(kind, []))
        score = report.scores[kind]
        score.gold += len(gold_facts)
        score.found += len(set(graph) - (ok_extra - set(gold_facts)))
        for key, gold_list in sorted(gold_facts.items(), key=lambda kv: repr(kv[0])):
            if key not in graph:
                report.missing.append((name, kind, key))
                continue
            score.matched += 1
            for attr in ATTRIBUTES.get(kind, ()):
                right, value = _attribute(kind, attr, gold_list[0], graph[key])
                tally = report.attributes.setdefault(attr, [0, 0])
                tally[0] += right
                tally[1] += 1
                if not right:
                    report.wrong.append((name, kind, key, attr, gold_list[0].get(attr), value))
            if kind not in ("forces", "inspectorates"):
                report.provenance[1] += 1
                report.provenance[0] += any(_evidence_ok(f, doc_text) for f in graph[key])
        for key in sorted(set(graph) - set(gold_facts) - ok_extra, key=repr):
            report.extra.append((name, kind, key))


def load_gold(gold_dir: Path) -> dict[str, dict]:
    """Gold files by the document name they describe."""
    if not gold_dir.is_dir():
        raise KgError(f"{gold_dir}: no such folder of gold files")
    gold: dict[str, dict] = {}
    for path in sorted(gold_dir.glob("*.json")):
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            gold[entry["document"]] = entry
        except (ValueError, KeyError) as exc:
            raise KgError(f"{path}: not a gold file ({exc})") from None
    if not gold:
        raise KgError(f"{gold_dir}: no gold files (*.json)")
    return gold


def evaluate(gold: dict[str, dict], views: Iterable[Graph], project: Project,
             texts: dict[str, str] | None = None) -> Report:
    """Compare gold facts with the facts the graph views hold, document by document."""
    labels = load_ontology(project) + load_gazetteer_graph(project)
    found: dict[str, dict[str, list[dict]]] = defaultdict(dict)
    for view in views:
        for name, kinds in graph_facts(view + labels, project).items():
            for kind, facts in kinds.items():
                found[name].setdefault(kind, []).extend(facts)
    if found and not set(found) & set(gold):
        raise KgError(f"no document in the graph has a gold file: the {len(gold)} gold files describe "
                      f"{_some(gold)}, the graph holds {_some(found)}; nothing to score (are the gold "
                      f"folder and the documents a pair?)")
    report = Report(documents=len(gold))
    for name in sorted(gold):
        doc_text = fold(texts[name]) if texts and name in texts else None
        score_document(report, name, gold[name], found.get(name, {}), doc_text)
    report.unscored = sorted(set(found) - set(gold))
    return report


def _some(names: Iterable[str], shown: int = 3) -> str:
    names = sorted(names)
    return ", ".join(names[:shown]) + (f" and {len(names) - shown} more" if len(names) > shown else "")


def evaluate_documents(gold_dir: Path, docs_dir: Path, project: Project) -> Report:
    """Build the graph of a folder of documents and score it against a folder of gold files."""
    from ..read.document import DocumentError, load_document
    from .pipeline import build, find_inputs

    gold = load_gold(gold_dir)
    result = build([docs_dir], project)
    texts = {}
    for item in find_inputs([docs_dir]):
        if not isinstance(item, DocumentError) and item.name in gold:
            # (with what the reader left out of it: a page's footer names a commissioner too)
            read = load_document(item.path, item.name)
            texts[item.name] = f"{read.text}\n{read.chrome}" if read.chrome else read.text
    report = evaluate(gold, (d.graph for d in result.documents), project, texts)
    report.warnings = list(result.warnings)
    return report


def evaluate_graph_file(gold_dir: Path, graph_file: Path, project: Project) -> Report:
    """Score a graph written earlier. A TriG file is judged document by document (one named
    graph each); a single graph is judged as a whole, so attributes that differ between
    documents stating one fact (who names the inspectorate) are approximate."""
    from rdflib import Dataset

    from ..store.ontology import load_graph

    gold = load_gold(gold_dir)
    if graph_file.suffix.lower() in (".trig", ".nq"):
        ds = Dataset()
        ds.parse(graph_file, format="trig" if graph_file.suffix.lower() == ".trig" else "nquads")
        views = [Graph() + g for g in ds.graphs() if len(g)]
    else:
        views = [load_graph([graph_file])]
    return evaluate(gold, views, project)
