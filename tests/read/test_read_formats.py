"""PDF and Word files read into the same facts as the text they were made from.

Both development corpora and the seeds are turned into files here, once per session: laid
out as PDF by us (running headers and footers, hyphenation, a statement across a page
break, a two-column page, tables), written as Word files (response records as tables),
and printed to PDF by chromium (its own date, URL and page-number lines). Each set is
scored against the same gold as the text files and must score as they do, kind by kind
(the development corpus's text files score 1.000 on every kind; the seeds must too).
"""

from __future__ import annotations

import io
import shutil
import sys
import zipfile
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import DCTERMS, PROV

from kg.read.document import load_document
from kg.extract import open_document
from kg.errors import DocumentError
from kg.builder.pipeline import build
from kg.graph.vocab import PEEL

from ..browser import chromium_missing
from ..renderers import FONT, font_missing, print_pdfs, render_docx, render_pdf

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
CORPUS2 = SHARED / "corpus2"
SEEDS = SHARED / "seeds"
SEEDS_GOLD = ROOT / "tests" / "data" / "seeds-gold"
sys.path.insert(0, str(ROOT / "tools"))
from score_records import score_corpus  # noqa: E402



def min_f1(docs: Path, gold: Path) -> tuple[float, dict]:
    scores, _, failures = score_corpus(docs, gold)
    assert not failures, failures
    return min(s.f1 for s in scores.values()), {k: round(s.f1, 3) for k, s in scores.items()}


def texts(folder: Path) -> list[tuple[str, str]]:
    """(stem, the text the extractors read) of every document: a web page by its article."""
    return [(p.stem, load_document(p).text) for p in sorted(folder.iterdir()) if p.is_file()]


def f1_table(docs: Path, gold: Path) -> dict[str, float | list[str]]:
    """F1 per kind, and under "failed" the documents the extractors refused (by stem)."""
    scores, _, failures = score_corpus(docs, gold)
    table: dict[str, float | list[str]] = {kind: round(s.f1, 3) for kind, s in scores.items()}
    table["failed"] = sorted(Path(f.split(":", 1)[0]).stem for f in failures)
    return table


def lay_out(folder: Path, out: Path) -> dict[str, int]:
    done: dict[str, int] = {}
    for stem, text in texts(folder):
        for key, count in render_pdf(text, out / f"{stem}.pdf", stem).items():
            done[key] = done.get(key, 0) + count
    return done


@pytest.fixture(scope="module")
def corpus_pdfs(tmp_path_factory):  # noqa: ANN201
    if font_missing():
        pytest.fail(font_missing())
    out = tmp_path_factory.mktemp("corpus-pdf")
    return out, lay_out(CORPUS / "docs", out)


@pytest.fixture(scope="module")
def text_scores():  # noqa: ANN201
    """F1 per kind of the text files themselves: the bar each other format must meet."""
    return {name: f1_table(folder / "docs", folder / "gold") for name, folder in (("corpus", CORPUS),
                                                                                     ("corpus2", CORPUS2))}


@pytest.fixture(scope="module")
def word_files(tmp_path_factory):  # noqa: ANN201
    out = {}
    for name, folder in (("corpus", CORPUS / "docs"), ("corpus2", CORPUS2 / "docs"), ("seeds", SEEDS)):
        target = tmp_path_factory.mktemp(f"{name}-docx")
        rows = sum(render_docx(text, target / f"{stem}.docx") for stem, text in texts(folder))
        out[name] = (target, rows)
    return out


def test_corpus_laid_out_as_pdf_keeps_its_facts(corpus_pdfs, text_scores):  # noqa: ANN001
    folder, done = corpus_pdfs
    # every hard case happened, in most documents
    documents = len(list(folder.glob("*.pdf")))
    assert done["statement_breaks"] >= documents // 2 and done["hyphenated"] > documents
    assert done["two_column_pages"] >= documents // 2 and done["table_rows"] > 20
    assert f1_table(folder, CORPUS / "gold") == text_scores["corpus"]


def test_pdf_pages_and_running_lines(corpus_pdfs):  # noqa: ANN001
    folder, _ = corpus_pdfs
    doc = load_document(folder / "dev01.pdf")
    assert doc.media == "pdf" and doc.format == "application/pdf" and doc.pages and doc.pages >= 2
    assert "inspection report" not in doc.text and "Page 1 of" not in doc.text  # header and footer gone
    assert len(doc.page_starts) == doc.pages and doc.page_at(doc.page_starts[-1]) == doc.pages
    source = load_document(CORPUS / "docs" / "dev01.txt").text.split()
    assert doc.text.split() == source  # every word, hyphenated ones whole, in reading order


def test_a_grade_ending_several_pages_is_no_running_footer(tmp_path):  # noqa: ANN001
    """Three pages, each with the same running header at the same height; the first two end on
    an area's heading and its grade, "Good", at different heights: the header goes, each grade
    stays (a footer repeats at one height, a page break falls where it will)."""
    from fpdf import FPDF

    if font_missing():
        pytest.fail(font_missing())
    pdf = FPDF()
    pdf.add_font("body", fname=str(FONT))
    pdf.set_font("body", size=10)
    pages = [("The force works well with its partners.", "Preventing crime", 250),
             ("Investigations are planned and supervised.", "Investigating crime", 268),
             ("The report ends here.", None, 0)]
    for body, area, at in pages:
        pdf.add_page()
        pdf.text(10, 12, "Kent Police inspection report")
        pdf.text(10, 30, body)
        if area:
            pdf.text(10, at, area)
            pdf.text(10, at + 8, "Good")
    path = tmp_path / "report.pdf"
    path.write_bytes(bytes(pdf.output()))
    text = load_document(path).text
    assert "Kent Police" not in text and "The force works well" in text
    assert text.count("Good") == 2 and "Preventing crime" in text and "Investigating crime" in text


def test_corpus_and_seeds_as_word_files_keep_every_fact(word_files, text_scores):  # noqa: ANN001
    folder, rows = word_files["corpus"]
    assert rows > 20  # the response records became Word tables
    assert f1_table(folder, CORPUS / "gold") == text_scores["corpus"]
    folder, _ = word_files["seeds"]
    low, table = min_f1(folder, SEEDS_GOLD)
    assert low == 1.0, table


def test_harder_corpus_as_pdf_and_word_scores_as_its_text(word_files, text_scores, tmp_path):  # noqa: ANN001
    """corpus2 laid out as PDF and as Word files gives exactly what its text files give,
    kind by kind."""
    lay_out(CORPUS2 / "docs", tmp_path)
    assert f1_table(tmp_path, CORPUS2 / "gold") == text_scores["corpus2"]
    assert f1_table(word_files["corpus2"][0], CORPUS2 / "gold") == text_scores["corpus2"]


def test_word_tables_map_back_to_their_cells(word_files):  # noqa: ANN001
    folder, _ = word_files["seeds"]
    doc = load_document(next(folder.glob("001_*.docx")))
    assert any(label.startswith("table 1, row") for _, label in doc.parts)
    assert doc.part_at(doc.text.index("Staffordshire")).startswith("table 1")


@pytest.mark.browser
def test_seeds_printed_by_chromium_keep_every_fact(tmp_path):  # noqa: ANN001
    if chromium_missing():
        pytest.fail(chromium_missing())
    printed = print_pdfs(sorted(SEEDS.iterdir()), tmp_path)
    assert len(printed) == len(list(SEEDS.iterdir()))
    low, table = min_f1(tmp_path, SEEDS_GOLD)
    assert low == 1.0, table
    for pdf in printed:  # the browser's date and URL lines are gone
        text = load_document(pdf).text
        assert "file://" not in text and "PM" not in text.split("\n", 1)[0]


@pytest.mark.browser
def test_corpora_printed_by_chromium(tmp_path, text_scores):  # noqa: ANN001
    """Text files and web pages printed by a browser: both development corpora keep every
    fact their text files give, kind by kind (a printed table whose gap became one space
    is read cell by cell)."""
    if chromium_missing():
        pytest.fail(chromium_missing())
    for name, folder in (("corpus", CORPUS), ("corpus2", CORPUS2)):
        out = tmp_path / name
        out.mkdir()
        print_pdfs(sorted((folder / "docs").iterdir()), out)
        got, want = f1_table(out, folder / "gold"), text_scores[name]
        assert got == want, (name, got, want)


# -- bad files: one warning each, the build goes on ------------------------------------------


def _pdf(text: str | None = "Staffordshire PEEL 2016", **options) -> bytes:  # noqa: ANN003
    from fpdf import FPDF

    pdf = FPDF()
    if options.get("password"):
        pdf.set_encryption(owner_password="owner", user_password=options["password"])
    pdf.add_page()
    if text is None:
        pdf.rect(20, 20, 100, 100, style="F")  # a page of drawing, no text (as a scan)
    else:
        pdf.add_font("body", fname=str(FONT))
        pdf.set_font("body", size=8)
        for k, line in enumerate(text.split("\n")):
            pdf.text(10, 20 + 5 * k, line)
    if options.get("attachment"):
        pdf.embed_file(basename="payload.exe", bytes=b"MZ not run", desc="attached")
    return bytes(pdf.output())


def _no_pages() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 3\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<</Size 3/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % xref


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        archive.writestr("word/document.xml", body + b" " * (80 * 1024 * 1024) + b"</w:body></w:document>")
    return buffer.getvalue()


BAD = {
    "encrypted.pdf": (lambda: _pdf(password="secret"), "an encrypted PDF (it needs a password); skipped"),
    "truncated.pdf": (lambda: _pdf()[:400], "a broken or truncated PDF"),
    "no-pages.pdf": (lambda: _no_pages(), "a PDF with no pages"),
    "scan.pdf": (lambda: _pdf(None), "no text layer; scanned?"),
    "bomb.docx": (_bomb, "a Word file whose parts unpack to more than 64 MB"),
    "old.doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
                "an old binary Word document (Word 97-2003 .doc)"),
}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory, project):  # noqa: ANN001, ANN201
    folder = tmp_path_factory.mktemp("bad-files")
    shutil.copy(next(SEEDS.glob("000_*")), folder / "seed.txt")
    for name, (make, _) in BAD.items():
        (folder / name).write_bytes(make())
    seed = "\n".join(next(SEEDS.glob("000_*")).read_text(encoding="utf-8").splitlines()[:6])
    (folder / "report.txt").write_bytes(_pdf(seed))  # a PDF with a lying name
    (folder / "attached.pdf").write_bytes(_pdf(seed, attachment=True))
    return build([folder], project)


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_gives_one_warning(bad_build, name):  # noqa: ANN001
    lines = [w for w in bad_build.warnings if w.startswith(f"{name}:")]
    assert len(lines) == 1 and BAD[name][1] in lines[0], bad_build.warnings
    assert name not in {d.name for d in bad_build.documents}


def test_lying_name_and_attachments_are_read_with_one_notice(bad_build):  # noqa: ANN001
    read = {d.name for d in bad_build.documents}
    assert {"seed.txt", "report.txt", "attached.pdf"} <= read
    lying = [w for w in bad_build.warnings if w.startswith("report.txt:")]
    assert lying == ["report.txt: its content is PDF, not what its extension '.txt' says; read as PDF"]
    attached = [w for w in bad_build.warnings if w.startswith("attached.pdf:")]
    assert len(attached) == 1 and "embedded files" in attached[0] and "none of it is run" in attached[0]


def test_old_word_file_named_docx_is_named_by_its_format():
    with pytest.raises(DocumentError, match="old binary Word document"):
        from kg.read import read
        read(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "minutes.docx")


# -- provenance to the page -------------------------------------------------------------------


def test_facts_from_a_pdf_carry_their_page(corpus_pdfs, project, tmp_path):  # noqa: ANN001
    folder, _ = corpus_pdfs
    shutil.copy(folder / "dev01.pdf", tmp_path / "dev01.pdf")
    result = build([tmp_path], project)
    g = result.documents[0].graph
    doc = next(g.subjects(PEEL.fileName, Literal("dev01.pdf")))
    assert g.value(doc, DCTERMS.format) == Literal("application/pdf")
    pages = g.value(doc, PEEL.pageCount).toPython()
    assert pages >= 2
    numbered = {fact: g.value(fact, PEEL.pageNumber).toPython() for fact in g.subjects(PROV.wasDerivedFrom, doc)}
    assert numbered and all(isinstance(p, int) and 1 <= p <= pages for p in numbered.values()), numbered
    assert len(set(numbered.values())) >= 2  # facts from more than one page say so
    loaded = load_document(tmp_path / "dev01.pdf")
    for fact, page in numbered.items():
        evidence = str(g.value(fact, PEEL.evidence))
        assert loaded.page_at(loaded.text.index(evidence)) == page
    # the page's panel shows the page beside the evidence
    from tests.page.test_visualise import page_data

    from kg.page.visualise import render_html
    details = page_data(render_html(result.graph))["details"]
    for fact, page in numbered.items():
        assert details[str(fact)]["pages"] == [str(page)]


def test_saved_web_page_is_read_without_its_files_folder(project, tmp_path):  # noqa: ANN001
    """A page saved with its `_files` folder: the article is read, the folder's scripts,
    styles and images are not documents; chrome around the article makes no fact (the forces
    it names by their official names are only named by the page)."""
    page = (CORPUS / "docs" / "dev18.html").read_text(encoding="utf-8")
    chrome = ('<div class="cookie-banner">We use cookies. Rated outstanding by users.</div>'
              '<nav><a href="/">Home</a> Kent Police judged outstanding</nav>'
              '<header><p>Site search</p></header>')
    footer = ('<footer>Grades: outstanding, good, adequate, requires improvement, inadequate. '
              'Cumbria Constabulary was judged to be inadequate.</footer>')
    page = page.replace("<body>", "<body>" + chrome, 1).replace("</body>", footer + "</body>", 1)
    page = page.replace("<article>", "<main><article>", 1).replace("</article>", "</article></main>", 1)
    (tmp_path / "news.html").write_text(page, encoding="utf-8")
    files = tmp_path / "news_files"
    files.mkdir()
    (files / "site.js").write_text("var grade = 'Staffordshire Police is judged to be good.';\n")
    (files / "style.css").write_text("body { color: black }\n")
    (files / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    result = build([tmp_path], project)
    assert [d.name for d in result.documents] == ["news.html"] and not result.warnings, result.warnings
    text = load_document(tmp_path / "news.html").text
    assert "cookies" not in text and "Home" not in text and "Site search" not in text and "Grades:" not in text
    plain = load_document(CORPUS / "docs" / "dev18.html").text
    assert text == plain  # the article, exactly as the page without its chrome
    forces = {line for line in result.documents[0].lines if "/id/force/" in line}
    named = {line for line in forces for name in ("kent", "cumbria") if name in line}
    assert len(named) == 2 and all("#mentions> " in line for line in named), named


def _with_javascript(pdf: bytes) -> bytes:
    """The PDF with an incremental update: an action that runs JavaScript when it opens."""
    import re

    catalog = re.search(rb"(\d+) 0 obj\s*<<(.{0,400}?/Type\s*/Catalog.{0,400}?)>>\s*endobj", pdf, re.S)
    size = int(re.findall(rb"/Size (\d+)", pdf)[-1])
    start = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    action = b"<< /Type /Action /S /JavaScript /JS (app.alert\\('run'\\);) >>"
    objects = [(size, action), (int(catalog.group(1)), b"<<" + catalog.group(2) + b" /OpenAction %d 0 R >>" % size)]
    out = pdf if pdf.endswith(b"\n") else pdf + b"\n"
    offsets = []
    for number, body in objects:
        offsets.append((number, len(out)))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n" + b"".join(b"%d 1\n%010d 00000 n \n" % (n, o) for n, o in sorted(offsets))
    root = re.findall(rb"/Root (\d+ 0 R)", pdf)[-1]
    return out + b"trailer\n<< /Size %d /Root %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (size + 1, root, start, xref)


def test_pdf_with_javascript_is_read_and_nothing_runs(tmp_path):  # noqa: ANN001
    seed = "\n".join(next(SEEDS.glob("000_*")).read_text(encoding="utf-8").splitlines()[:6])
    path = tmp_path / "scripted.pdf"
    path.write_bytes(_with_javascript(_pdf(seed)))
    doc = open_document(path)
    assert "Staffordshire PEEL 2016" in doc.text and doc.genre == "peel-report"
    assert doc.notices == ("the PDF holds JavaScript; none of it is run or opened, only its text is read",)


def test_limits_on_time_pages_and_text(corpus_pdfs, monkeypatch):  # noqa: ANN001
    """One file cannot stall a build: reading stops at the time limit with one error, a long
    PDF is read up to the page limit (with a notice), and text past its limit is refused."""
    import kg.read.guard as guard
    import kg.read.pdf as pdf_reader

    folder, _ = corpus_pdfs
    long_pdf = max(folder.glob("*.pdf"), key=lambda p: load_document(p).pages or 0)
    pages = load_document(long_pdf).pages
    assert pages and pages >= 3
    monkeypatch.setattr(pdf_reader, "MAX_PAGES", 2)
    doc = load_document(long_pdf)
    assert doc.pages == 2 and doc.notices == (f"{pages} pages; only the first 2 are read (set KG_MAX_PAGES to read more)",)
    monkeypatch.setattr(guard, "READ_SECONDS", 0.0)
    with pytest.raises(DocumentError, match=r"reading took longer than 0 s \(set KG_READ_SECONDS"):
        load_document(long_pdf)
    monkeypatch.setattr(guard, "READ_SECONDS", 30.0)
    monkeypatch.setattr(guard, "MAX_TEXT_CHARS", 100)
    with pytest.raises(DocumentError, match="its text is too long"):
        load_document(long_pdf)


def test_a_justified_narrow_column_reads_as_prose_not_cells(tmp_path: Path) -> None:
    """Justification stretches a narrow column's spaces past the width of a cell gap: the
    reader sees that every gap of such a line is alike and the line runs to the column's
    edge, and joins it with spaces (a table's gaps follow its columns)."""
    if font_missing():
        pytest.skip(font_missing())
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("body", fname=str(FONT))
    pdf.set_font("body", size=12)
    pdf.set_left_margin(20)
    pdf.multi_cell(62, 6, (
        "PEEL 2023-25: Kent Police. The force had been judged good in two areas (protecting vulnerable people; "
        "managing offenders and suspects) and adequate in five, which were preventing and deterring crime, "
        "investigating crime, police powers and public treatment, responding to the public and leadership "
        "and force management."), align="J")
    path = tmp_path / "justified.pdf"
    path.write_bytes(bytes(pdf.output()))
    text = load_document(path).text
    assert "\t" not in text, text
    assert "preventing and deterring" in " ".join(text.split())


def test_a_tables_wrapped_cells_join_their_row_where_it_is_set_tighter_than_the_prose(tmp_path: Path) -> None:
    """A table set at a smaller line pitch than the prose around it (an improvement plan's
    table of actions): each row's cells wrap over several lines, and the lines that go on
    start in the cells they continue, right of the margin; the row reads as one line, and a
    narrow last cell (a date) does not wrap on to the next row."""
    if font_missing():
        pytest.skip(font_missing())
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.add_font("body", fname=str(FONT))
    pdf.set_font("body", size=10)
    pdf.multi_cell(0, 6, "This plan answers every finding of the inspection, with an owner and a date for each. " * 3)
    pdf.ln(4)
    finding = ("The force should make sure that call handlers use a structured triage tool to assess risk on every "
               "call, and record the reasons for their assessment.")
    action = "The triage template is mandatory from March; supervisors audit ten calls per handler each month."
    with pdf.table(col_widths=(20, 90, 90, 45, 25), line_height=4.5, padding=2, headings_style=FontFace(),
                   v_align="TOP") as table:
        for cells in (("Ref", "Finding", "Our action", "Owner", "Due"),
                      ("AFI 1", finding, action, "Head of Contact and Deployment", "30/06/2025")):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "plan.pdf"
    path.write_bytes(bytes(pdf.output()))
    lines = load_document(path).text.splitlines()
    assert f"AFI 1\t{finding}\t{action}\tHead of Contact and Deployment\t30/06/2025" in lines, lines
    assert "Ref\tFinding\tOur action\tOwner\tDue" in lines, lines


def _printed_lines(tmp_path: Path, page: str) -> list[str]:
    """The lines of the text kg reads from an HTML page printed to PDF by Chromium."""
    if chromium_missing():
        pytest.fail(chromium_missing())
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    pdf, = print_pdfs([tmp_path / "page.html"], tmp_path)
    return load_document(pdf).text.splitlines()


def test_a_header_cell_of_two_lines_set_in_the_middle_joins_its_row(tmp_path: Path) -> None:
    """A browser sets table cells in the middle of their row: a header cell that wraps onto
    two lines beside cells of one line prints half a line above the row and half a line
    below it. Both halves join the row, in their column."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>td, th { padding: 6px 14px; }</style></head><body><h1>Tracker</h1><table>"
        "<tr><th>No.</th><th>Recommendation</th><th style='width:40px'>Target date</th><th>Status</th></tr>"
        "<tr><td>1</td><td>The force should answer emergency calls within ten seconds.</td><td>31/03/2026</td>"
        "<td>New</td></tr></table></body></html>"))
    assert "No.\tRecommendation\tTarget date\tStatus" in lines, lines
    assert "1\tThe force should answer emergency calls within ten seconds.\t31/03/2026\tNew" in lines, lines


def test_a_row_set_in_the_middle_with_cells_of_two_and_three_lines_reads_as_one_row(tmp_path: Path) -> None:
    """Cells set in the middle of their row: "Requires improvement" over two lines beside
    cells of one prints half a line above and below the row's line; a force's name over
    three lines prints a whole line above and below it. Each row reads as one line."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>body { font-size: 12px; } td, th { padding: 6px 14px; } td:nth-child(1) { width: 110px; }"
        " td:nth-child(2) { width: 70px; } td:nth-child(3) { width: 130px; }</style></head><body>"
        "<h1>PEEL 2023-25: State of play</h1><table>"
        "<tr><th>Force</th><th>Investigating crime</th><th>Published</th></tr>"
        "<tr><td>Cleveland Police</td><td>Requires improvement</td><td>22 October 2024</td></tr>"
        "<tr><td>Dyfed-Powys Police (Heddlu Dyfed-Powys)</td><td>Good</td><td>5 December 2024</td></tr>"
        "</table></body></html>"))
    assert any(line.startswith("Cleveland Police\tRequires improvement\t") for line in lines), lines
    assert any(line.startswith("Dyfed-Powys Police (Heddlu") and "\tGood\t" in line for line in lines), lines


def test_a_one_line_cell_between_the_two_lines_of_its_neighbour_is_one_row(tmp_path: Path) -> None:
    """A row set in the middle whose second cell wraps onto two lines and whose first does
    not: the first cell's line lies between the two, each half a line away, and none of the
    three has two pieces. The three are one row; the row above keeps its own grade. A note in
    smaller type right under the last row is no cell of it."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>body { font-size: 14px; } td { padding: 5px 7px; } td.g { width: 34%; }"
        " p.src { font-size: 11px; margin-top: 4px; }</style></head><body><p>PEEL 2021/22 grades</p><table>"
        "<tr><td>Managing offenders and suspects</td><td class='g'>Good</td></tr>"
        "<tr><td>Disrupting serious organised crime</td><td class='g'>Graded separately (regional report, 2023)</td></tr>"
        "<tr><td>Recording data about crime</td><td class='g'>Good</td></tr></table>"
        "<p class='src'>Source: the inspectorate. Grading scale: outstanding, good, adequate, requires improvement,"
        " inadequate.</p></body></html>"))
    assert "Managing offenders and suspects\tGood" in lines, lines
    assert "Disrupting serious organised crime\tGraded separately (regional report, 2023)" in lines, lines
    assert "Recording data about crime\tGood" in lines, lines


def test_two_cells_whose_padding_is_narrower_than_a_cell_gap_stay_two(tmp_path: Path) -> None:
    """A tracker with tight padding: a row's reference and the first words of its finding
    print closer than a cell gap ("CoC1" just before "Cause of concern: The force is not"),
    but the finding's words open the column where every other row's finding starts, after
    more space than a word's: the two are cells of their own, and the finding's wrapped lines
    join it."""
    finding = ("Cause of concern: The force is not answering emergency and non-emergency calls quickly enough, and "
               "callers are abandoning calls before they are answered.")
    rows = "".join(f"<tr><td>AFI {n}</td><td>The force should improve how it records crime number {n}.</td>"
                   f"<td>Action under way.</td><td>A</td></tr>" for n in (1, 2, 3))
    lines = _printed_lines(tmp_path, (
        "<html><head><style>body { font-size: 12px; } table { border-collapse: collapse; }"
        " td, th { padding: 1px 5px; vertical-align: top; text-align: left; } td:nth-child(1) { width: 34px; }"
        " td:nth-child(2) { width: 230px; } td:nth-child(3) { width: 150px; }</style></head><body>"
        "<p>Appendix 1: progress</p><table><tr><th>Ref</th><th>HMICFRS finding</th><th>Force action</th><th>RAG</th></tr>"
        f"<tr><td>CoC1</td><td>{finding}</td><td>Additional call handlers recruited.</td><td>A</td></tr>{rows}"
        "</table></body></html>"))
    assert f"CoC1\t{finding}\tAdditional call handlers recruited.\tA" in lines, lines


def test_a_footnote_mark_set_as_a_superscript_is_left_out(tmp_path: Path) -> None:
    """A note's mark after a grade ("Requires improvement<sup>b</sup>") prints smaller and
    raised, touching the word: it is no cell of its own, and the wrapped cells below still
    join their row, as the HTML reader leaves <sup> marks out."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>body { font-size: 13px; } td { padding: 4px 8px; width: 90px; }</style></head><body>"
        "<p>Table B1. Overall effectiveness grade, by force and year</p><table>"
        "<tr><td>Force</td><td>2016</td><td>2017</td></tr>"
        "<tr><td>Warwickshire Police</td><td>Good</td><td>Requires improvement<sup>b</sup></td></tr>"
        "<tr><td>Dorset Police</td><td>Good<sup>c</sup></td><td>Adequate</td></tr>"
        "</table><p>Notes: b inspected with its alliance partner; c corrected after publication.</p></body></html>"))
    assert "Warwickshire Police\tGood\tRequires improvement" in lines, lines
    assert "Dorset Police\tGood\tAdequate" in lines, lines


def test_a_table_whose_every_cell_wraps_joins_each_row_once(tmp_path: Path) -> None:
    """Every cell of a row wraps, its first column too: the next line starts at the margin and
    has a piece in every column, like a row of its own; each cell ran out of room, so it goes
    on with its row. The next row, below the padding, stays a row."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>body { font-size: 12px; } td, th { padding: 6px 10px; vertical-align: top; width: 150px; }"
        "</style></head><body><h1>Areas for improvement</h1><table>"
        "<tr><th>Area</th><th>Area for improvement</th><th>Update</th></tr>"
        "<tr><td>Police powers and public treatment</td><td>The force should make sure that officers record the "
        "grounds for every stop and search clearly.</td><td>Since March 2025 a sergeant has reviewed every record "
        "within 72 hours.</td></tr>"
        "<tr><td>Investigating crime</td><td>The force should complete all reasonable lines of enquiry.</td>"
        "<td>Not yet provided.</td></tr></table></body></html>"))
    assert ("Police powers and public treatment\tThe force should make sure that officers record the grounds for "
            "every stop and search clearly.\tSince March 2025 a sergeant has reviewed every record within 72 hours."
            ) in lines, lines
    assert any(line.startswith("Investigating crime\tThe force should complete") for line in lines), lines


def test_a_row_whose_wrapped_cells_skip_an_empty_column_reads_as_one_row(tmp_path: Path) -> None:
    """A printed table whose row leaves a cell empty ("-" or nothing) while its neighbours
    wrap over several lines: each cell ends where the next column starts, not where the next
    filled cell does, so the row's lines still read as one row, cell by cell."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>table { border-collapse: collapse; width: 100%; font-size: 9pt; }"
        "td, th { border: 1px solid #777; padding: 4pt 5pt; vertical-align: top; text-align: left; }</style></head>"
        "<body><h1>Response to the PEEL report</h1><p>The table below gives the force's response.</p><table>"
        "<tr><th style='width:28%'>Area for improvement</th><th style='width:32%'>Force response</th>"
        "<th style='width:28%'>PCC comment</th><th style='width:12%'>Status</th></tr>"
        "<tr><td>The force should make sure it understands the cost and benefit of its change programme, so that it "
        "can show it is getting value for money.</td><td></td><td>The force has not yet provided a response on this "
        "area. I have asked the Chief Constable for a benefits realisation plan by 31 March 2025.</td>"
        "<td>Not started</td></tr></table></body></html>"))
    assert any(line.startswith("The force should make sure it understands the cost and benefit of its change "
                               "programme, so that it can show it is getting value for money.\t") for line in lines), lines


def test_a_words_own_hyphen_at_a_cells_line_end_is_kept(tmp_path: Path) -> None:
    """A browser breaks "non-emergency" after its hyphen when the cell is narrow; the hyphen is
    the word's own (a browser does not hyphenate), so the joined cell reads "non-emergency"."""
    lines = _printed_lines(tmp_path, (
        "<html><head><style>table { border-collapse: collapse; } td, th { border: 1px solid #777; padding: 4pt; "
        "vertical-align: top; }</style></head><body><h1>Tracker</h1><table>"
        "<tr><th>Ref</th><th style='width:9.2em'>Area for improvement</th><th>Status</th></tr>"
        "<tr><td>AFI 6</td><td style='width:9.2em'>The force should monitor calls abandoned on its non-emergency "
        "line.</td><td>Closed</td></tr></table></body></html>"))
    assert any("its non-emergency line." in line for line in lines), lines


def test_a_line_break_inside_a_word_paragraph_begins_a_line(tmp_path: Path) -> None:
    """A letter's address block is one Word paragraph broken into lines (<w:br/>): each line
    is its own, so "Name" / "Police and Crime Commissioner for X" / "Office of ..." reads as
    a name over its title, not one run-on line."""
    from docx import Document as WordDocument

    from kg.extract import extract
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.records import Person
    from ..conftest import ROOT

    word = WordDocument()
    run = word.add_paragraph().add_run("Ffion Parry-Jones")
    for line in ("Police and Crime Commissioner for Gwent", "Office of the Police and Crime Commissioner", "By email"):
        run.add_break()
        run.add_text(line)
    word.add_paragraph("Dear Commissioner,")
    word.add_paragraph("PEEL 2023-25: our response on Gwent Police")
    path = tmp_path / "letter.docx"
    word.save(str(path))
    doc = load_document(path)
    assert "Ffion Parry-Jones\nPolice and Crime Commissioner for Gwent\nOffice of the Police" in doc.text
    people = [r for r in extract(open_document(path), load_gazetteer(ROOT / "ontology" / "forces.ttl"))
              if isinstance(r, Person)]
    assert [(p.name, p.role, p.organisation) for p in people] == [("Ffion Parry-Jones", "commissioner", "gwent")]


def test_three_columns_read_one_after_another(tmp_path: Path) -> None:
    """A report page set in two justified columns of prose with a sidebar of short lines
    beside them (the overall grade, a date, a key): each column is read whole, in turn, and
    a justified line at a column's foot is never joined to the next column's line."""
    prose = ("The constabulary treats the people it serves with fairness and respect, and it seeks "
             "out the views of communities that are less likely to trust the police. ") * 4
    second = ("Officers and staff told us that they did not always feel their wellbeing was a "
              "priority for their managers, and the constabulary should improve that. ") * 4
    page = (
        "<html><head><style>body{font:11px/1.35 sans-serif;margin:0}"
        ".wrap{display:flex;gap:18px}.cols{flex:0 0 64%;column-count:2;column-gap:18px;text-align:justify}"
        ".side{flex:1;font-size:10px}</style></head><body>"
        "<h1>PEEL: Police legitimacy 2017 - Hertfordshire Constabulary</h1>"
        f"<div class='wrap'><div class='cols'><p>{prose}</p><p>{second}</p></div>"
        "<div class='side'><p>Overall judgement</p><p>Good</p><p>Last year</p><p>Requires improvement</p>"
        "<p>Published</p><p>12 December 2017</p><p>Our grading scale</p><p>Outstanding</p><p>Good</p>"
        "<p>Requires improvement</p><p>Inadequate</p></div></div></body></html>")
    text = "\n".join(_printed_lines(tmp_path, page))
    flat = " ".join(text.split())
    assert flat.count("seeks out the views of communities") == 4, text
    assert flat.count("priority for their managers, and the constabulary should improve that.") == 4, text
    assert "Overall judgement Good Last year Requires improvement" in flat or \
        "Overall judgement\nGood\nLast year\nRequires improvement" in text, text
    # no line holds both a column's words and the sidebar's
    assert not any("\t" in line and "managers" in line and "Published" in line for line in text.splitlines()), text


def test_a_journal_s_two_columns_with_a_grades_table_at_the_top_of_the_second(tmp_path: Path) -> None:
    """A working paper set in two columns of running prose, a table of grades in small type
    floated to the top of the second column: its rows take more lines than the first column's
    prose beside them, yet the page is two columns, the first read whole before the table."""
    prose = ("Policing in Wales is not devolved, but almost every partner that the police work with is, "
             "and that makes the four Welsh forces an unusual group in the inspection programme. ") * 6
    rows = "".join(f"<tr><td>{force}</td><td>Good (Adequate)</td><td>Requires improvement (Requires improvement)</td>"
                   f"<td>Adequate (Good)</td></tr>" for force in ("Dyfed-Powys Police", "Gwent Police",
                                                                  "North Wales Police", "South Wales Police"))
    page = (
        "<html><head><style>body{font:12px/1.4 serif;margin:0}.cols{column-count:2;column-gap:18px}"
        "table{font-size:9px;border-collapse:collapse;break-inside:avoid}td{padding:1px 4px;vertical-align:top}"
        "</style></head><body><h1>Responding, investigating, protecting: the four Welsh forces</h1><div class='cols'>"
        f"<h3>1. Introduction</h3><p>{prose}</p><table><tr><td>Force</td><td>Responding to the public</td>"
        f"<td>Investigating crime</td><td>Protecting vulnerable people</td></tr>{rows}</table>"
        f"<p>{prose}</p></div></body></html>")
    text = "\n".join(_printed_lines(tmp_path, page))
    flat = " ".join(text.split())
    assert flat.count("an unusual group in the inspection programme.") == 12, text
    # no line holds both the first column's prose and the table's cells
    assert not any("partner" in line and "Good (Adequate)" in line for line in text.splitlines()), text


_WORD = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
         '<w:body>{}</w:body></w:document>')


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _word_file(path: Path, body: str) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", _WORD.format(body))
    return path


def test_a_word_text_box_is_read_once_each_paragraph_a_line(tmp_path: Path) -> None:
    """A text box anchored in a paragraph (a box of grades beside a newsletter's text) is
    written as a modern shape and again, for older readers, as a VML fallback: its paragraphs
    are read once, each on a line of its own, after the paragraph that holds it."""
    box = "".join(_para(t) for t in ("At a glance", "Good", "Investigating crime", "Adequate", "Protecting vulnerable people"))
    anchor = (f"<w:p><w:r><w:t>The inspectors published their report.</w:t></w:r><w:r><mc:AlternateContent>"
              f"<mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>{box}</w:txbxContent></wps:txbx>"
              f"</w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>{box}</w:txbxContent>"
              f"</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")
    path = _word_file(tmp_path / "newsletter.docx", _para("Humberside Police inspected") + anchor + _para("Next steps"))
    lines = [ln for ln in load_document(path).text.splitlines() if ln.strip()]
    assert lines == ["Humberside Police inspected", "The inspectors published their report.", "At a glance", "Good",
                     "Investigating crime", "Adequate", "Protecting vulnerable people", "Next steps"], lines


def test_a_word_table_inside_a_cell_keeps_its_rows(tmp_path: Path) -> None:
    """A table nested in a cell (grades per pillar, question grades in a table of their own
    inside the pillar's row): each nested row is a row of its own under the row holding it,
    not every paragraph of it a line."""
    def row(*cells: str) -> str:
        return "<w:tr>" + "".join(f"<w:tc>{c}</w:tc>" for c in cells) + "</w:tr>"
    questions = "<w:tbl>" + row(_para("Planning for the future"), _para("Requires improvement")) + "</w:tbl>"
    pillars = "<w:tbl>" + row(_para("Pillar"), _para("Grade"), _para("Questions")) + \
        row(_para("Efficiency"), _para("Good"), _para("") + questions) + "</w:tbl>"
    outer = "<w:tbl>" + row(_para("HMICFRS finding"), _para("Force response")) + row(_para("PEEL 2017 grades") + pillars, _para("")) + "</w:tbl>"
    lines = [ln for ln in load_document(_word_file(tmp_path / "tracker.docx", outer)).text.splitlines() if ln.strip()]
    assert lines == ["HMICFRS finding\tForce response", "PEEL 2017 grades\t", "Pillar\tGrade\tQuestions", "Efficiency\tGood\t",
                     "Planning for the future\tRequires improvement"], lines


def test_a_tab_panel_hidden_until_clicked_is_read(tmp_path: Path) -> None:
    """A page's tabs and accordions keep their inactive panels with the `hidden` attribute:
    one click shows them, so they are part of the page; aria-hidden decoration is not."""
    path = tmp_path / "force.html"
    path.write_text(
        "<html><body><main><h1>PEEL 2016: Staffordshire Police</h1>"
        "<section role='tabpanel' id='eff'><h2>Effectiveness</h2><p>The force is good.</p></section>"
        "<section role='tabpanel' id='effi' hidden><h2>Efficiency</h2><p>The force requires improvement.</p>"
        "<span aria-hidden='true'>decoration</span></section></main></body></html>", encoding="utf-8")
    text = load_document(path).text
    assert "The force requires improvement." in text and "decoration" not in text, text


def test_a_word_broken_by_a_typesetters_hyphen_in_a_box_is_whole(tmp_path: Path) -> None:
    """A typesetter breaks words with Unicode's hyphen (U+2010) or a soft hyphen: at a line's
    end inside a boxed paragraph, narrower than the page, the word is joined again."""
    page = ("<html><body style='font:12px sans-serif'><h1>PEEL: Police efficiency 2016</h1>"
            "<p>The report sets out our findings in full.</p>"
            "<div style='width:260px;border:1px solid #000;margin-left:40px;padding:6px'>"
            "The constabulary should develop its understanding of the skills and capa&#x2010;<br>"
            "bilities of its workforce.</div></body></html>")
    text = " ".join("\n".join(_printed_lines(tmp_path, page)).split())
    assert "skills and capabilities of its workforce." in text, text


def test_a_designed_page_s_columns_drop_cap_and_judgements_panel(tmp_path: Path) -> None:
    """An inspectorate summary designed in three columns: two of justified prose, the first
    opening on a drop cap, and a panel of area and grade rows in the third. The drop cap
    joins its word; each column is read whole; each row of the panel keeps its area and
    its grade together, and no line mixes the prose with the panel."""
    first = ("Leicestershire Police serves about a million people, and in this inspection we found "
             "a force that is ambitious for its communities and performing well. ") * 3
    second = ("There is more to do on investigations, and the force should make sure that "
              "supervisors review them and record clear actions for the officers. ") * 3
    rows = "".join(f"<tr><td>{area}</td><td class='g'>{grade}</td></tr>" for area, grade in (
        ("Police powers and public treatment", "GOOD"), ("Preventing crime", "OUTSTANDING"),
        ("Responding to the public", "GOOD"), ("Investigating crime", "ADEQUATE"),
        ("Protecting vulnerable people", "GOOD"), ("Leadership and force management", "GOOD")))
    page = (
        "<html><head><style>body{font:9px/1.4 sans-serif;margin:20px}"
        ".grid{display:grid;grid-template-columns:1.3fr 1.3fr 1fr;gap:16px}.p{text-align:justify}"
        ".cap::first-letter{float:left;font-size:30px;line-height:1;margin-right:3px}"
        ".panel{background:#eee;padding:6px}td{padding:4px 2px;font-size:7px}"
        ".g{font-weight:bold;text-align:right}</style></head><body>"
        "<h1>PEEL 2023-25: Leicestershire Police</h1>"
        f"<div class='grid'><div><p class='p cap'>{first}</p></div><div><p class='p'>{second}</p></div>"
        f"<div class='panel'><h3>Our judgements</h3><table>{rows}</table></div></div></body></html>")
    lines = _printed_lines(tmp_path, page)
    text = "\n".join(lines)
    flat = " ".join(text.split())
    assert flat.count("Leicestershire Police serves about a million people") == 3, text
    assert flat.count("supervisors review them and record clear actions") == 3, text
    assert any(line.startswith("Preventing crime") and line.endswith("OUTSTANDING") for line in lines), text
    assert any(line.startswith("Investigating crime") and line.endswith("ADEQUATE") for line in lines), text
    assert not any(("ambitious" in line or "supervisors" in line) and "GOOD" in line for line in lines), text


def test_a_word_tracker_s_cells_of_several_paragraphs_and_a_table_of_signatures(tmp_path: Path) -> None:
    """A commissioner's tracker in Word: the "Area / recommendation" cell holds the area's
    name and then the statement, the update cell two paragraphs; a force's own action has a
    row of its own under the recommendation. Each later paragraph of a cell is a line under
    its row, in its cell's column; read so, each row's statement is the paragraph that says
    it, its area the one above, its update both paragraphs, and the force's action no
    statement. The paper is signed in a table, names over titles side by side."""
    from docx import Document as WordDocument

    from kg.extract import extract
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.records import Person, Statement
    from ..conftest import ROOT

    word = WordDocument()
    word.add_paragraph("Thames Valley Police: PEEL 2023-25 tracker")
    table = word.add_table(rows=4, cols=5)
    rows = (("Ref", "Type", ["Area / recommendation"], "Status", ["Update"]),
            ("AFI1", "Area for improvement", ["Investigating crime", "The force should make sure that it uses "
                                              "every investigative opportunity at the earliest stage."],
             "In progress", ["Digital media investigators now work every shift.", "The backlog has halved."]),
            ("R1", "Recommendation", ["Responding to the public", "Within three months, the force should make "
                                      "sure that it answers emergency calls within ten seconds."],
             "Complete", ["Met since May."]),
            ("R1.1", "Force action", ["Recruit twenty more call handlers by the end of the year."], "Open", ["-"]))
    for row, values in zip(table.rows, rows):
        for cell, value in zip(row.cells, values):
            paragraphs = value if isinstance(value, list) else [value]
            cell.paragraphs[0].text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    signed = word.add_table(rows=2, cols=2)
    for row, values in zip(signed.rows, (("Barnaby Quist", "Ayesha Rendall"),
                                         ("Police and Crime Commissioner for Thames Valley", "Chief Constable"))):
        for cell, value in zip(row.cells, values):
            cell.paragraphs[0].text = value
    path = tmp_path / "tracker.docx"
    word.save(str(path))
    text = load_document(path).text
    assert "\t\tThe force should make sure that it uses every investigative opportunity at the earliest stage." \
           "\t\tThe backlog has halved." in text, text
    records = extract(open_document(path), load_gazetteer(ROOT / "ontology" / "forces.ttl"))
    statements = {(s.kind, s.text, s.question, s.force_update) for s in records if isinstance(s, Statement)}
    assert statements == {
        ("area-for-improvement", "The force should make sure that it uses every investigative opportunity at the "
         "earliest stage.", "investigating-crime", "Digital media investigators now work every shift. The backlog has halved."),
        ("recommendation", "Within three months, the force should make sure that it answers emergency calls within "
         "ten seconds.", "responding-to-public", "Met since May.")}
    people = {(p.name, p.role) for p in records if isinstance(p, Person)}
    assert ("Barnaby Quist", "commissioner") in people


def test_a_word_table_laying_out_a_page_is_read_cell_by_cell(tmp_path: Path) -> None:
    """A partners' newsletter laid out in a Word table of one row: a sidebar of contents and
    a scorecard in the first cell, the article's paragraphs in the second. Each cell is read
    whole in turn, so the article's lead-in and the area for improvement it quotes stay
    together and no sidebar line is glued to them."""
    from docx import Document as WordDocument

    from kg.extract import extract
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.records import Statement
    from ..conftest import ROOT

    word = WordDocument()
    word.add_paragraph("Inside Warwickshire: news for our partners")
    side, body = word.add_table(rows=1, cols=2).rows[0].cells
    side.paragraphs[0].text = "In this issue"
    for text in ("Our PEEL results", "Neighbourhood priorities", "News in brief", "PEEL scorecard"):
        side.add_paragraph(text)
    body.paragraphs[0].text = "What the inspectors told us"
    for text in ("HMICFRS published its PEEL 2023-25 report on Warwickshire Police in the autumn.",
                 "The inspectors found that we do not always share information with partners quickly enough. "
                 "Their area for improvement reads:",
                 "The force should make sure that it shares information with safeguarding partners promptly.",
                 "What we are doing: a new referral pathway went live on 2 December."):
        body.add_paragraph(text)
    path = tmp_path / "newsletter.docx"
    word.save(str(path))
    lines = load_document(path).text.splitlines()
    assert lines.index("PEEL scorecard") < lines.index("What the inspectors told us"), lines
    assert not any("\t" in line for line in lines), lines
    records = extract(open_document(path), load_gazetteer(ROOT / "ontology" / "forces.ttl"))
    assert [s.text for s in records if isinstance(s, Statement)] == [
        "The force should make sure that it shares information with safeguarding partners promptly."]


def test_another_force_s_area_for_improvement_quoted_after_it_received(tmp_path: Path) -> None:
    """A commissioner's response in Word quotes a neighbour's area for improvement: "our
    neighbouring force, Sussex Police, received a similar area for improvement in its own
    report:" over the statement. It is Sussex Police's, not the document's force's."""
    from docx import Document as WordDocument

    from kg.extract import extract
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.records import Statement
    from ..conftest import ROOT

    word = WordDocument()
    word.add_heading("Hampshire Constabulary: PEEL 2023-25 response", 1)
    word.add_heading("Protecting vulnerable people", 2)
    word.add_heading("Area for improvement 4", 3)
    for text in ("The force should improve its use of Clare's Law disclosures.",
                 "Commissioner's comment: The Chief Constable's response is still outstanding.",
                 "I note that our neighbouring force, Sussex Police, received a similar area for improvement in "
                 "protecting vulnerable people in its own PEEL 2023-25 report:",
                 "The force should make sure that victims of domestic abuse are given timely updates.",
                 "My office is working with the commissioner for Sussex."):
        word.add_paragraph(text)
    path = tmp_path / "response.docx"
    word.save(str(path))
    records = extract(open_document(path), load_gazetteer(ROOT / "ontology" / "forces.ttl"))
    assert {(s.inspection.force, s.text) for s in records if isinstance(s, Statement)} == {
        ("hampshire", "The force should improve its use of Clare's Law disclosures."),
        ("sussex", "The force should make sure that victims of domestic abuse are given timely updates.")}


def test_a_footnotes_mark_in_a_superscript_is_no_part_of_the_word_before_it():
    """An encyclopaedia's "Good<sup>[7]</sup>" and "management<sup>a</sup>" show the
    footnote's mark raised above the word; the word is read without it. An ordinal's
    "21<sup>st</sup>" keeps its letters."""
    from kg.read.html import html_to_text
    text = html_to_text("<html><body><table><tr><td>Leadership and force management<sup>a</sup></td>"
                        "<td>Good<sup><a href='#n7'>[7]</a></sup></td></tr></table>"
                        "<p>Published on the 21<sup>st</sup> of May.<sup>3</sup></p></body></html>")
    assert "Leadership and force management\tGood" in text
    assert "Published on the 21st of May." in text and "May.3" not in text


def test_a_last_page_of_a_few_short_lines_keeps_them_apart_from_the_next_pages_heading(tmp_path: Path) -> None:
    """A letter whose last three lines (its close and signature) sit alone on a page: its
    own lines reach no margin, so the margin of the fuller pages stands for it, and the
    signer's title is not run into the heading that opens the next page."""
    if font_missing():
        pytest.skip(font_missing())
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("body", fname=str(FONT))
    pdf.set_font("body", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "We inspected how well the force answers calls from the public and keeps them safe. " * 12)
    pdf.add_page()
    for line in ("I will monitor the force's progress closely.", "Imogen Thackeray",
                 "His Majesty's Inspector of Constabulary"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 6, "Cause of concern and recommendations", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "The force isn't answering calls from the public quickly enough. " * 4)
    path = tmp_path / "letter.pdf"
    path.write_bytes(bytes(pdf.output()))
    lines = load_document(path).text.splitlines()
    assert "His Majesty's Inspector of Constabulary" in lines
    assert "Cause of concern and recommendations" in lines


def test_two_tables_of_a_page_wrap_their_cells_each_by_its_own_columns():
    """A letter's page with a table of recommendations and, under its own heading in larger
    type, a table of areas for improvement whose columns start elsewhere (corpus82 ma06): each
    table's wrapped cells are joined by its own columns, so each row is one line."""
    text = load_document(ROOT / "tests" / "corpus82" / "docs" / "ma06.pdf").text
    assert ("AFI 1 Investigating crime\tThe force should make sure that its investigations are supervised "
            "effectively and that investigation plans are recorded and followed.") in text
    assert ("R1\tWithin three months, the force should answer 90 percent of emergency calls within ten seconds."
            in text)


def test_a_cell_a_rows_first_line_leaves_empty_opens_at_its_column():
    """A tracker whose update cell starts a line below its row's first line, under a header
    of two lines (corpus83 mb09): the text set lower at that column is the row's update, not
    a line that ends the row."""
    text = load_document(ROOT / "tests" / "corpus83" / "docs" / "mb09.pdf").text
    assert ("AFI 1\tPolice powers and public treatment\tThe force should make sure that supervisors review "
            "body-worn video footage of stop and search encounters.\tMonthly dip sampling began in April.\tGreen"
            ) in text


def test_columns_padded_narrower_than_a_cell_gap_stay_apart() -> None:
    """A briefing pack's slide (a blind corpus's PDF printed by Chromium): last year's grades
    in smaller type, cells padded less than a cell gap, so the text layer runs a row's "Good
    Not graded" together. Where a word opens at the same place after more space than a
    word's, row after row, a column starts there."""
    lines = load_document(ROOT / "tests" / "corpus101" / "docs" / "mu06.pdf").text.splitlines()
    assert "Dorset Police\tGood\tGood\tGood\tGood\tGood\tGood\tNot graded\tHeadlines" in lines, lines
    assert any(line.startswith("Devon & Cornwall Police\tInvestigating crime and reducing re-offending\t"
                               "Requires improvement\tQuality of supervision") for line in lines), lines


def test_a_word_list_s_own_label_is_read_as_word_shows_it() -> None:
    """A blind corpus's Word response whose lists number their items with words ("Cause of
    concern %1", "Recommendation %1", "AFI %1" in numbering.xml): the labels are not in the
    paragraphs' text, and Word shows them before it."""
    lines = load_document(ROOT / "tests" / "corpus102" / "docs" / "mv01.docx").text.splitlines()
    assert any(line.startswith("Cause of concern 2: The force does not make sure that investigations") for line in lines), lines
    assert any(line.startswith("Recommendation 3: Within six months, the force should") for line in lines), lines
    assert any(line.startswith("AFI 1: The force should improve how it records") for line in lines), lines


def test_a_cramped_tables_centred_header_and_short_cells_wrap_into_their_rows() -> None:
    """A panel paper's table of five forces' grades, areas as rows (a blind corpus's PDF
    printed by Chromium): its header's names are centred ("North" over "Yorkshire", starting
    right of the cells below), and its narrow cells wrap a grade or "Not inspected" onto a
    line of its own. A centred heading is in the column of the cells below it, not one of its
    own, so every wrapped piece joins its cell and each row reads as one line."""
    lines = load_document(ROOT / "tests" / "corpus122" / "docs" / "ns02.pdf").text.splitlines()
    assert "PEEL 2021/22 area\tLincolnshire\tNorfolk\tSuffolk\tWiltshire\tNorth Yorkshire" in lines, lines
    assert ("Responding to the public\tAdequate\tAdequate\tGood\tRequires improvement\tRequires improvement"
            in lines), lines
    assert ("Disrupting serious organised crime\tNot inspected\tGood\tNot inspected\tNot inspected\tNot inspected"
            in lines), lines
    assert ("Engaging with and treating the public with fairness and respect\tGood\tGood\tGood\tAdequate\tAdequate"
            in lines), lines


def test_a_grid_of_ticks_goes_on_past_a_row_merged_across_it() -> None:
    """A commissioner's annual report charts grades as ticks under grade columns (a blind
    corpus's PDF printed by Chromium); one row, "Specialist capabilities", has one cell merged
    across the grade columns ("Ungraded"). The grid's rows below it still keep a tab for each
    empty column, so each tick stands under its grade."""
    lines = load_document(ROOT / "tests" / "corpus122" / "docs" / "ns05.pdf").text.splitlines()
    assert "Specialist capabilities\tUngraded" in lines, lines
    assert "Planning for the future\t\t\u2713\t\t" in lines, lines
    assert "Fair and respectful treatment of the workforce\t\u2713\t\t\t" in lines, lines


def test_a_two_column_grades_table_stays_rows(tmp_path: Path) -> None:
    """A commissioner's letter with a plain table of nine areas and their grades, ruled by
    nothing: the gutter between the area column and the grade column runs down eight rows,
    but a side of one or two words a line is cells, not a column of prose; each area keeps
    its grade on its row."""
    rows = [("Preventing crime", "Adequate"), ("Treatment of the public", "Adequate"),
            ("Protecting vulnerable people", "Adequate"), ("Developing a positive workplace", "Adequate"),
            ("Investigating crime", "Requires improvement"), ("Recording data about crime", "Requires improvement"),
            ("Responding to the public", "Requires improvement"), ("Managing offenders", "Requires improvement"),
            ("Good use of resources", "Requires improvement")]
    cells = "".join(f"<tr><td>{area}</td><td>{grade}</td></tr>" for area, grade in rows)
    page = ("<html><head><style>body{font:14px/1.5 serif;margin:40px} td{padding:4px 6px;width:280px}</style></head><body>"
            "<h2>Section 55 response: PEEL 2021/22</h2>"
            "<p>The report graded Lincolnshire Police in nine areas of policing, as the table below shows in full.</p>"
            f"<table><tr><th>Area</th><th>Grade</th></tr>{cells}</table>"
            "<p>The report should be read against the background of the force's recent exit from a long contract "
            "with a private provider, and of the funding it receives per head of population.</p></body></html>")
    text = "\n".join(_printed_lines(tmp_path, page))
    for area, grade in rows:
        assert f"{area}\t{grade}" in text, text


def test_a_citation_broken_after_its_page_abbreviation_is_joined(tmp_path: Path) -> None:
    """A statement set in a paper's indented block, its citation broken after "p." at the
    margin ("... (HMICFRS, 2022, p." / "14)") under a short heading: "p." ends no sentence, and
    the number runs on from it, not a line of its own. (Printed at two widths where the
    browser breaks the line there; the PDF's own text layer must show the break.)"""
    import pypdfium2
    broke = 0
    for width in (312, 378):
        page = ("<html><head><style>body{font:14px/1.5 serif;margin:40px;width:%dpx} .q{margin-left:16px}</style></head><body>"
                "<p>5.1 The report identifies eleven areas for improvement, four of which are set out below.</p>"
                "<p>Responding to the public</p>"
                "<p class='q'>The force should make sure that it answers emergency and non-emergency calls within "
                "national target times, and that it reduces the number of callers who abandon a call. (HMICFRS, 2022, p. 14)</p>"
                "<p class='q'>Force update: Twenty-two additional call handlers have been recruited.</p></body></html>") % width
        folder = tmp_path / str(width)
        folder.mkdir()
        lines = _printed_lines(folder, page)
        raw = pypdfium2.PdfDocument(folder / "page.pdf").get_page(0).get_textpage().get_text_range()
        broke += any(line.rstrip().endswith("p.") for line in raw.splitlines())
        assert not any(line.strip().startswith("14)") for line in lines), "\n".join(lines)
        assert any(line.rstrip().endswith("p. 14)") for line in lines), "\n".join(lines)
    assert broke, "the browser broke neither line after 'p.': the test shows nothing"


def test_the_inspectorates_grid_of_judgements_printed_narrow(tmp_path: Path) -> None:
    """The inspectorate's "Our judgements" grid (a column per grade, each column's areas
    stacked in one cell) printed on a narrow page: "Outstanding" fills its cell, so its gap to
    "Good" is no wider than a wide word space, yet the cells below open at "Good"'s column
    and the two headings stay apart; the rows a column's longer list leaves below keep the
    tabs of their empty first cells; every area is judged its column's grade."""
    from kg.extract import extract
    from kg.extract.gazetteer import load_gazetteer
    from kg.extract.records import Judgement
    from ..conftest import ROOT

    page = ("<html><head><style>table{border-collapse:collapse;width:100%} td,th{border:1px solid #888;"
            "padding:4px 6px;vertical-align:top;text-align:left;font-size:9.5pt}</style></head><body>"
            "<h1>PEEL 2023\u201325: An inspection of Devon and Cornwall Police</h1><h3>Our judgements</h3>"
            "<p>Our inspection assessed how good Devon and Cornwall Police is in nine areas of policing.</p>"
            "<table><thead><tr><th>Outstanding</th><th>Good</th><th>Adequate</th><th>Requires improvement</th>"
            "<th>Inadequate</th></tr></thead><tbody><tr><td>No areas</td><td>No areas</td>"
            "<td>Police powers and public treatment<br><br>Preventing crime<br><br>Protecting vulnerable people<br><br>"
            "Building, supporting and protecting the workforce</td>"
            "<td>Investigating crime<br><br>Managing offenders and suspects<br><br>Leadership and force management</td>"
            "<td>Responding to the public</td></tr></tbody></table>"
            "<p>Since our last inspection, we have changed our approach to PEEL.</p></body></html>")
    lines = _printed_lines(tmp_path, page)
    assert "Outstanding\tGood\tAdequate\tRequires improvement\tInadequate" in lines, "\n".join(lines)
    pdf = tmp_path / "page.pdf"
    found = {(r.question, r.grade) for r in extract(open_document(pdf), load_gazetteer(ROOT / "ontology" / "forces.ttl"))
             if isinstance(r, Judgement)}
    assert found == {("treatment-of-public", "Adequate"), ("preventing-crime", "Adequate"),
                     ("protecting-vulnerable", "Adequate"), ("workforce", "Adequate"),
                     ("investigating-crime", "Requires improvement"), ("managing-offenders", "Requires improvement"),
                     ("leadership-management", "Requires improvement"), ("responding-to-public", "Inadequate")}, "\n".join(lines)


def test_words_after_a_footnote_mark_go_on_in_its_line(tmp_path: Path) -> None:
    """A report's sentence with a footnote's mark set as a superscript mid-sentence ("...
    investigating crime<sup>3</sup>; its performance ..."): the mark is left out and the words
    after it go on in the same line, no cell of their own."""
    page = ("<html><head><style>body{font:14px/1.5 serif;margin:40px;width:520px}</style></head><body>"
            "<p>I have concerns about how the force protects vulnerable people. In our 2021/22 inspection we graded "
            "the force adequate for investigating crime<sup>3</sup>; its performance in that area has since declined.</p>"
            "</body></html>")
    text = " ".join(_printed_lines(tmp_path, page))
    assert "investigating crime; its performance" in text, text


def test_a_chart_drawn_in_svg_reads_as_rows_of_its_labels() -> None:
    """A blog's chart of grades drawn in SVG: its <text> labels are what the page shows, read a
    row per baseline, in order of x (its <title> and <desc> show nowhere, nor in the page's title)."""
    from kg.read.html import html_to_text
    page = ("<html><head><title>Mixed PEEL results</title></head><body><main><p>Grades side by side</p>"
            "<svg viewBox='0 0 640 300'><title>Grades by area</title><desc>A grid</desc>"
            "<text x='250' y='20'>Bedfordshire</text><text x='380' y='20'>Cheshire</text>"
            "<text x='0' y='50'>Preventing crime</text><text x='380' y='50'>Good</text><text x='250' y='50'>Adequate</text>"
            "<text x='0' y='80'>Investigating <tspan>crime</tspan></text><text x='250' y='80'>Good</text>"
            "<text x='380' y='81'><title>checked</title>Inadequate</text></svg><p>After the chart.</p></main></body></html>")
    assert html_to_text(page) == ("Mixed PEEL results\n\nGrades side by side\n"
                                  "Bedfordshire\tCheshire\n"
                                  "Preventing crime\tAdequate\tGood\n"
                                  "Investigating crime\tGood\tInadequate\n"
                                  "After the chart.\n")


def test_a_report_s_two_columns_whose_left_one_ends_its_section_higher() -> None:
    """A 2016 report printed in two justified columns (tests/corpus141's ol02): in the page's
    lower part the left column ends its question's section higher up than the right column's
    box of areas for improvement and the next question; few of the left's lines stand on the
    right's baselines, so the two are columns of prose, read in turn, not a table's cells."""
    text = " ".join(load_document(ROOT / "tests" / "corpus141" / "docs" / "ol02.pdf").text.split())
    assert ("The force should ensure that all officers and staff have been vetted to the level their roles "
            "require, and that it has a plan to clear the backlog of vetting renewals.") in text
    assert "Merseyside Police is good at ensuring that its workforce behaves ethically and lawfully." in text


def test_two_justified_columns_whose_stretched_spaces_meet_on_one_baseline() -> None:
    """tests/corpus141's ol06: on one baseline, each of two justified columns cuts its line at
    its stretched spaces ("problem-solving  work with partner" beside "from  vulnerable
    people,  so that"). Two pieces a side, but word gaps, not a table's row across the page:
    the columns go on, each statement read whole in its column."""
    text = " ".join(load_document(ROOT / "tests" / "corpus141" / "docs" / "ol06.pdf").text.split())
    assert ("The constabulary should evaluate its problem-solving work with partner organisations, so that it "
            "understands what works and shares this across its neighbourhood teams.") in text
    assert ("The constabulary should immediately review how its control room grades calls from vulnerable people, "
            "so that response times reflect the level of risk.") in text


def test_a_short_introduction_in_two_justified_columns_and_its_drop_cap() -> None:
    """ol06's introduction: four lines in two justified columns (fewer than a block of columns
    needs) read column by column, because both sides are justified prose; and the lines the
    drop cap sets in are the paragraph's, not a new indented one."""
    text = load_document(ROOT / "tests" / "corpus141" / "docs" / "ol06.pdf").text
    assert ("In 2017 we adopted a risk-based approach to our effectiveness inspections. Not every force was "
            "inspected against every question: for Lancashire Constabulary we looked again at preventing crime, "
            "protecting vulnerable people and specialist capabilities.") in text


def test_a_heading_in_larger_type_keeps_its_line() -> None:
    """A heading set larger than the paragraph under it, the paragraph's first word too long
    to have fitted after it, is still a line of its own: "Protecting vulnerable people" heads
    ol06's section, it does not run into "Officers are committed ..."."""
    text = load_document(ROOT / "tests" / "corpus141" / "docs" / "ol06.pdf").text
    assert "Protecting vulnerable people\nOfficers are committed to safeguarding" in text


def test_a_text_page_of_two_columns_side_by_side_is_read_column_by_column(tmp_path: Path) -> None:
    """pdftotext -layout writes a two-column page as lines that hold a piece of each column:
    the left column is read whole, then the right one (a sentence must not run into the
    other column's words); a fixed-width table, its cells apart, stays as it is."""
    left = ["Every police force in England and Wales is", "inspected by His Majesty's Inspectorate of",
            "Constabulary and Fire & Rescue Services", "(HMICFRS). In its PEEL 2018/19 assessment of",
            "Lincolnshire Police, published in September", "2019, the inspectorate found the force good at",
            "keeping people safe and reducing crime, and", "good at treating the public and its workforce",
            "legitimately. Efficiency still requires it."]
    right = ["PEEL 2018/19 AT A GLANCE", "Lincolnshire Police", "", "Pillar / question            Grade",
             "EFFECTIVENESS                Good", "EFFICIENCY                   Requires",
             "                             improvement", "LEGITIMACY                   Good", ""]
    page = "\n".join(f"    {a:<50}    {b}".rstrip() for a, b in zip(left, right)) + "\n"
    (tmp_path / "page.txt").write_text(page)
    text = " ".join(load_document(tmp_path / "page.txt").text.split())
    assert "published in September 2019, the inspectorate found the force good at keeping people safe and" in text
    assert "legitimately. Efficiency still requires it. PEEL 2018/19 AT A GLANCE Lincolnshire Police" in text
    table = "Area                          Grade\nPreventing crime              Good\n" * 4
    (tmp_path / "table.txt").write_text(table)
    assert load_document(tmp_path / "table.txt").text == table


def test_a_grid_table_s_rows_each_one_line(tmp_path: Path) -> None:
    """A pandoc grid table: each row's cells wrap over several lines between "+---+" borders.
    Each row becomes one line of cells between pipes, each cell's words joined."""
    (tmp_path / "grades.md").write_text(
        "+-----------------------+--------------+\n| Area of policing      | Grade        |\n"
        "+=======================+==============+\n| Responding to the     | Good         |\n"
        "| public                |              |\n+-----------------------+--------------+\n"
        "| Protecting vulnerable | Requires     |\n| people                | improvement  |\n"
        "+-----------------------+--------------+\n")
    text = load_document(tmp_path / "grades.md").text
    assert text.splitlines() == ["| Area of policing | Grade |", "| Responding to the public | Good |",
                                 "| Protecting vulnerable people | Requires improvement |"]


def test_a_panel_s_rows_set_further_apart_than_their_wrapped_lines(tmp_path: Path) -> None:
    """tests/corpus143's on04: an "At a glance" panel of area and grade lines, narrow, so an
    area wraps ("Preventing crime and tackling anti-" / "social behaviour"). The grade above
    it ends its own row, though the area's first word would not have fitted after it: the
    rows stand further apart than a row's wrapped lines."""
    text = load_document(ROOT / "tests" / "corpus143" / "docs" / "on04.pdf").text
    assert "Requires improvement\n  Preventing crime and tackling anti-social behaviour\n" in text


def test_a_running_header_level_with_the_body_s_last_line(tmp_path: Path) -> None:
    """tests/corpus145's op03 prints its running title at the foot of each page, on the same
    baseline as the body's last line there: the title, the same words at the same place on
    most pages, is left out of that line, and the statement it ended reads whole."""
    text = load_document(ROOT / "tests" / "corpus145" / "docs" / "op03.pdf").text
    assert "confidence in its promotion processes.\n" in text
    assert "Zoe Marchbanks\n" in text
