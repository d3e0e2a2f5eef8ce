"""PDF reading measured on purpose (not a timed test): pages per second, and a build of N
PDF documents next to the build of the same documents as text.

The documents are the synthetic corpus of benchmarks/generate_corpus.py, each laid out as a
PDF by the read tests' renderer (tests/renderers.py: running headers and footers,
hyphenation, a two-column page, tables). Both builds run in this process through
kg.builder.pipeline.build, on every core, with a cold cache.

    .venv/bin/python benchmarks/pdf_bench.py                # 1,000 documents
    .venv/bin/python benchmarks/pdf_bench.py --documents 50 # a quick run
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.read.document import load_document  # noqa: E402
from kg.builder.pipeline import build  # noqa: E402
from kg.project import Project  # noqa: E402
from tests.renderers import render_pdf  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-pdf-bench-") as work:
        text_dir, pdf_dir = Path(work) / "text", Path(work) / "pdf"
        pdf_dir.mkdir()
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate_corpus.py"), "--documents",
                        str(args.documents), str(text_dir)], check=True, stdout=subprocess.DEVNULL)
        sources = sorted(p for p in text_dir.rglob("*") if p.is_file())
        started = time.perf_counter()
        for source in sources:
            render_pdf(load_document(source).text, pdf_dir / (source.stem + ".pdf"), source.stem)
        made = time.perf_counter() - started
        pdfs = sorted(pdf_dir.iterdir())
        started, pages = time.perf_counter(), 0
        for pdf in pdfs:
            pages += load_document(pdf).pages or 0
        reading = time.perf_counter() - started
        timings = {}
        for label, folder in (("text", text_dir), ("pdf", pdf_dir)):
            started = time.perf_counter()
            result = build([folder], Project())
            timings[label] = (time.perf_counter() - started, len(result.documents), len(result.warnings),
                              len(result.lines()))
            for warning in result.warnings[:5]:
                print(f"{label} warning: {warning}", file=sys.stderr)
    print("| measure | value |\n| --- | --- |")
    print(f"| PDF files laid out | {len(pdfs)} ({made:.1f} s, not counted below) |")
    print(f"| PDF reading, one core | {pages} pages in {reading:.2f} s: {pages / reading:.0f} pages/s |")
    for label, (seconds, documents, warnings, lines) in timings.items():
        print(f"| build of {documents} {label} documents | {seconds:.1f} s, {documents / seconds:.0f} documents/s, "
              f"{lines} triples, {warnings} warnings |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
