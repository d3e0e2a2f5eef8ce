"""Screenshots of the page's four views, for the README: re-run after changing the page.

Usage:
    .venv/bin/python tools/screenshots.py [DOCS_DIR] [--to docs/]

Builds DOCS_DIR (default ../shared/corpus/docs, the development corpus) with kg build's own
code into a temporary folder, opens the page it wrote in Debian's chromium (headless, the
network cut off) and saves one PNG per view in --to: the grades matrix with a cell's
evidence open, the statements table narrowed to one theme, the force with grades in the
most periods, and the graph narrowed to the same theme.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.builder.outputs import write_build  # noqa: E402
from kg.builder.pipeline import build  # noqa: E402
from kg.project import Project  # noqa: E402
from tests.browser import browser, open_page  # noqa: E402

THEME = "Vetting"


def shoot(page: Path, to: Path) -> list[Path]:
    written = []
    with browser() as context:
        def view(name: str):  # noqa: ANN202
            run = open_page(context, page, name)
            run.wait_stable()
            return run

        def save(run, name: str) -> None:  # noqa: ANN001
            path = to / f"page-{name}.png"
            run.page.screenshot(path=str(path))
            written.append(path)
            errors = run.console_errors + run.page_errors
            if errors:
                raise SystemExit(f"{name}: the page reported errors: {errors}")
            run.page.close()

        run = view("grades")
        run.page.locator("button.kg-fold").first.click()
        run.page.locator("td.kg-cell[data-grade]").nth(3).click()
        save(run, "grades")

        run = view("statements")
        theme = run.page.locator('fieldset[data-facet="theme"]').get_by_label(THEME, exact=True)
        if theme.count():
            theme.check()
        run.page.locator("#kg-st-body .kg-st-row").first.click()
        save(run, "statements")

        run = view("force")
        best = run.js("""(() => {
            const counts = {};
            kgPage.data.tables.judgements.forEach(j => {
              const i = kgPage.data.tables.inspections[j[1]];
              (counts[i[1]] = counts[i[1]] || new Set()).add(i[2]);
            });
            return Object.keys(counts).sort((a, b) => counts[b].size - counts[a].size)[0];
        })()""")
        if best is not None:
            run.page.select_option("#kg-force-select", best)
        run.page.locator("#kg-force-body details").first.evaluate("d => { d.open = true; }")
        save(run, "force")

        run = view("graph")
        run.page.fill("#kg-search", THEME.lower())
        run.page.wait_for_timeout(400)
        save(run, "graph")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "docs")
    parser.add_argument("--to", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    if not args.docs.is_dir():
        raise SystemExit(f"{args.docs}: no such folder (give the documents to build)")
    args.to.mkdir(parents=True, exist_ok=True)
    project = Project(root=ROOT)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "output"
        write_build(build([args.docs], project), out, project, store="memory")
        for path in shoot(out / "graph.html", args.to):
            print(f"wrote {path}")


if __name__ == "__main__":
    main()
