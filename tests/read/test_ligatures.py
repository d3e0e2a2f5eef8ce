"""Ligatures a PDF's text layer keeps ("eﬃcient") are spelled out where text is read, and the
offsets of pages and parts move with the text."""

from __future__ import annotations

from pathlib import Path

from kg.read.document import _spelled_out, load_document


def test_ligatures_and_soft_hyphens_in_a_file_read_as_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("The force is eﬃcient; its ﬁndings on inves\u00adtigating crime are ﬂawless.\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.text == "The force is efficient; its findings on investigating crime are flawless.\n"
    assert len(doc.plain) == len(doc.text)


def test_page_and_part_offsets_move_with_the_spelled_out_text() -> None:
    text = "Page one eﬃcient.\nPage two ﬁndings\u00ad here."
    second = text.index("Page two")
    new, pages, parts = _spelled_out(text, (0, second), ((0, "page 1"), (second, "page 2")))
    assert new == "Page one efficient.\nPage two findings here."
    assert new[pages[1]:].startswith("Page two") and new[parts[1][0]:].startswith("Page two")
    assert pages[0] == 0 and parts[0] == (0, "page 1")


def test_a_list_items_first_paragraph_stays_on_its_marker_line(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<main><ol>\n<li>\n<p>The force should answer calls sooner.</p>\n<h3>Response</h3>\n<p>Done.</p>"
                    "</li>\n<li>Second</li></ol></main>", encoding="utf-8")
    lines = [line for line in load_document(path).text.split("\n") if line.strip()]
    assert lines == ["- The force should answer calls sooner.", "Response", "Done.", "- Second"]
