"""`kg audit`: the account of every document under some paths, without building a graph.

Reads each document as the build does (kg.builder.pipeline.find_inputs, kg.read.document), extracts it,
and returns each document's Account (kg.extract.audit): every grade word, statement heading
and title, and whether a fact used it, a distractor rule explains it, or nothing does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..read.document import load_document
from ..errors import DocumentError, KgError
from ..extract import extract
from ..extract.audit import account
from ..extract.gazetteer import load_gazetteer
from .pipeline import GAZETTEER_FILE, find_inputs
from ..project import Project
from ..extract.records import Account


@dataclass
class AuditReport:
    accounts: list[tuple[str, Account, str]] = field(default_factory=list)  # (name, account, text)
    warnings: list[str] = field(default_factory=list)

    def totals(self) -> tuple[int, int, int]:
        """(cues, explained, unexplained) over every document."""
        counts = [a.counts() for _, a, _ in self.accounts]
        return tuple(sum(c[i] for c in counts) for i in range(3))  # type: ignore[return-value]

    def rows(self, every: bool = False) -> list[dict]:
        """One row per cue (every cue, or only the unexplained): document, line and column,
        kind, cue, outcome, sentence."""
        out = []
        for name, account, text in self.accounts:
            for cue in account.cues:
                if every or not cue.explained:
                    line, column = cue.position(text)
                    out.append({"document": name, "line": line, "column": column, "kind": cue.kind,
                                "cue": cue.text, "outcome": cue.outcome, "sentence": cue.sentence})
        return out

    def as_dict(self, every: bool = False) -> dict:
        cues, explained, unexplained = self.totals()
        return {"documents": len(self.accounts), "cues": cues, "explained": explained,
                "unexplained": unexplained, "rows": self.rows(every), "warnings": self.warnings}


def audit_paths(paths: Sequence[Path], project: Project | None = None, every: bool = False) -> AuditReport:
    """The account of every document under paths (every: each cue with its sentence, not
    only the unexplained ones); a path that does not exist is a usage error."""
    project = project or Project()
    for path in paths:
        if not path.exists():
            raise KgError(f"no such file or folder: {path}")
    gazetteer = load_gazetteer(project.ontology_dir / GAZETTEER_FILE)
    report = AuditReport()
    for item in find_inputs(paths):
        if isinstance(item, DocumentError):
            report.warnings.append(str(item))
            continue
        try:
            doc = load_document(Path(item.location), item.name)
        except DocumentError as exc:
            report.warnings.append(str(exc))
            continue
        records = extract(doc, gazetteer)
        told = account(doc, records, gazetteer, full=True) if every else \
            next(r for r in records if isinstance(r, Account))
        report.accounts.append((doc.name, told, doc.text))
    return report
