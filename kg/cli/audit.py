"""`kg audit`: the cues a build may have missed, document by document."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from ._app import app, handles_errors


def _table(report, every: bool) -> str:  # noqa: ANN001
    from ..builder.pipeline import printable  # control characters escaped, as in build warnings

    rows = report.rows(every)
    cues, explained, unexplained = report.totals()
    lines = [f"{len(report.accounts)} documents, {cues} cues: {explained} explained, {unexplained} unexplained"]
    if rows:
        lines.append("")
        lines.append(f"{'document:line:col':<34} {'kind':<8} {'outcome':<30} sentence")
        for r in rows:
            where = f"{r['document']}:{r['line']}:{r['column']}"
            sentence = printable(r["sentence"] if len(r["sentence"]) <= 110 else r["sentence"][:107] + "...")
            lines.append(f"{where:<34} {r['kind']:<8} {r['outcome']:<30} {sentence}")
    return "\n".join(lines)


@app.command("audit")
@handles_errors
def audit(
    paths: list[Path] = typer.Argument(None, help="Documents or folders (default: seeds/).", show_default=False),
    as_json: bool = typer.Option(False, "--json", help="Print the account as JSON."),
    every: bool = typer.Option(False, "--all", help="List every cue, not only the unexplained ones."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 if any cue is unexplained."),
) -> None:
    """List every cue (grade word, statement heading, person's title) no fact used and no
    distractor rule explains: the likely misses, with document, line, column and sentence.

    Example: kg audit ../shared/corpus2/docs --all
    """
    from ..builder.audit import audit_paths
    from ..project import Project

    project = Project()
    report = audit_paths(paths or [project.seeds_dir], project, every)
    for warning in report.warnings:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(json.dumps(report.as_dict(every), indent=2, ensure_ascii=False) if as_json else _table(report, every))
    if strict and report.totals()[2]:
        raise typer.Exit(1)
