"""Reading the labelled HTML corpus: header, label stripping, gold labels, the corpus itself."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsclean.bench.htmlcorpus import gold_segments, read_labelled_html, split_header, strip_labels
from newsclean.segments.html import segment_html
from newsclean.types import Label

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "html"
#: the tuned-on pages (``corpus/html``) and the blind ones held out for scoring (``corpus/html/test``)
FILES = sorted(CORPUS.glob("*.html")) + sorted((CORPUS / "test").glob("*.html"))

PAGE = """<!--
lang: en
style: test-style
note: a note: with a colon
-->
<!DOCTYPE html>
<html><head><title>T</title></head><body>
<nav><a href="/">Home</a></nav>
<article data-label="body">
  <h1 data-label='headline' class="title">A headline</h1>
  <p data-label=byline>By Someone</p>
  <p>First paragraph of the body.</p>
  <p>Second with a <span data-label="chrome">tiny</span> bit of chrome.</p>
  <div data-label="promo"><a href="/x">Other story</a>
    <span data-label="chrome">· 5 min</span></div>
</article>
<footer>© Site</footer>
</body></html>
"""


def test_split_header() -> None:
    header, rest = split_header(PAGE)
    assert header == {"lang": "en", "style": "test-style", "note": "a note: with a colon"}
    assert rest.startswith("<!DOCTYPE html>")
    assert split_header("<html></html>") == ({}, "<html></html>")


def test_strip_labels_removes_only_the_attribute() -> None:
    html = """<p data-label="body" class="x">a data-label="y" text</p>
<h1 class='t' data-label='headline'>h</h1><b data-label=ad>z</b>"""
    clean = """<p class="x">a data-label="y" text</p>
<h1 class='t'>h</h1><b>z</b>"""
    assert strip_labels(html) == clean


def test_gold_labels_come_from_the_nearest_labelled_ancestor() -> None:
    assert gold_segments(split_header(PAGE)[1]) == [
        ("Home", Label.CHROME),
        ("A headline", Label.HEADLINE),
        ("By Someone", Label.BYLINE),
        ("First paragraph of the body.", Label.BODY),
        ("Second with a tiny bit of chrome.", Label.BODY),  # the majority of the characters
        ("Other story · 5 min", Label.PROMO),
        ("© Site", Label.CHROME),
    ]


def test_read_labelled_html_aligns_with_the_clean_page(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    clean, gold, header = read_labelled_html(path)
    assert "data-label" not in clean and "lang: en" not in clean
    assert header["style"] == "test-style"
    assert [s.text for s in segment_html(clean)[0]] == [text for text, _ in gold]


def test_an_unknown_label_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.html"
    path.write_text('<p data-label="bodyy">x</p>', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.html.*bodyy"):
        read_labelled_html(path)


@pytest.mark.skipif(not FILES, reason="no labelled HTML pages in corpus/html yet")
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_page(path: Path) -> None:
    raw = path.read_text(encoding="utf-8")
    clean, gold, header = read_labelled_html(path)
    assert header.get("lang"), "header comment with lang: missing"
    assert "data-label" not in clean
    assert len(gold) >= 1
    assert [s.text for s in segment_html(clean)[0]] == [text for text, _ in gold]
    headlines = [text for text, label in gold if label is Label.HEADLINE]
    if 'data-label="headline"' in raw or "data-label='headline'" in raw:  # an article page
        assert len(headlines) == 1, headlines
    else:
        assert headlines == []


@pytest.mark.skipif(not FILES, reason="no labelled HTML pages in corpus/html yet")
def test_corpus_label_counts() -> None:
    counts: Counter[str] = Counter()
    for path in FILES:
        counts.update(label.value for _, label in read_labelled_html(path)[1])
    print(
        f"\n{len(FILES)} pages, {sum(counts.values())} segments:",
        ", ".join(f"{label.value} {counts[label.value]}" for label in Label),
    )
    assert counts[Label.BODY.value] > 0
