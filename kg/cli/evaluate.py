"""`kg eval`: precision, recall and F1 of the graph against gold facts."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ..project import Project
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..builder.evaluate import Report
from ._app import app, fail, handles_errors


def _table(report: Report) -> str:
    lines = [f"{'kind':<24}{'gold':>6}{'found':>7}{'matched':>9}{'precision':>11}{'recall':>8}{'F1':>7}"]
    for kind, s in report.scores.items():
        lines.append(f"{kind:<24}{s.gold:>6}{s.found:>7}{s.matched:>9}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}")
    lines.append("")
    lines.append(f"{'attribute (matched facts)':<30}{'right':>7}{'judged':>8}{'accuracy':>10}")
    for attr, (right, judged) in sorted(report.attributes.items()):
        lines.append(f"{attr:<30}{right:>7}{judged:>8}{right / judged if judged else 1.0:>10.3f}")
    right, judged = report.provenance
    lines.append(f"{'provenance (document + evidence)':<30}{right:>7}{judged:>8}{right / judged if judged else 1.0:>10.3f}")
    for title, rows in (("missing", report.missing), ("extra", report.extra)):
        if rows:
            lines.append("")
            lines.append(f"{title}:")
            lines += [f"  {doc}  {kind}  {' | '.join(str(x) for x in key)}" for doc, kind, key in rows]
    if report.wrong:
        lines.append("")
        lines.append("wrong attributes:")
        lines += [f"  {doc}  {kind}  {' | '.join(str(x) for x in key)}  {attr}: gold {gold!r}, graph {value!r}"
                  for doc, kind, key, attr, gold, value in report.wrong]
    if report.unscored:
        lines.append("")
        lines.append("documents with no gold file (not scored): " + ", ".join(report.unscored))
    return "\n".join(lines)


@app.command("eval")
@handles_errors
def eval_(
    gold_dir: Path = typer.Argument(..., help="Folder of gold files (GOLD-FORMAT.md)."),
    docs_dir: Path = typer.Argument(None, help="Folder of the documents the gold describes.", show_default=False),
    graph: Path = typer.Option(None, "--graph", help="Score this graph file instead of building one "
                               "(TriG from `kg export --format trig` is scored document by document)."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    min_f1: float = typer.Option(0.0, "--min-f1", min=0.0, max=1.0, help="Exit 1 if any kind's F1 is below this."),
) -> None:
    """Score extraction against gold facts: precision, recall and F1 per fact kind.

    Facts are read back from the graph with SPARQL on the contract's terms, so this
    measures what a user of the graph gets. also_acceptable facts count neither way.

    Example: kg eval ../shared/corpus/gold ../shared/corpus/docs --min-f1 0.98
    """
    from ..builder.evaluate import evaluate_documents, evaluate_graph_file

    project = Project()
    if graph is not None:
        report = evaluate_graph_file(gold_dir, graph, project)
    elif docs_dir is not None:
        report = evaluate_documents(gold_dir, docs_dir, project)
    else:
        raise fail("give DOCS_DIR (documents to build) or --graph FILE", 2)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) if as_json else _table(report))
    if report.min_f1() < min_f1:
        raise typer.Exit(1)
