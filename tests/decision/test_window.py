"""HTML pages: the blocks the line rules read (``rules_window``) and the far blocks' labels."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, Options
from newsclean.decision.window import rules_window
from newsclean.types import Segment


def _page_with_far_furniture() -> str:
    menu = "".join(f"<div><span>Section {i}</span></div>" for i in range(60))
    rail = "".join(f'<li><a href="/r{i}">A story of the rail about topic {i} and more</a></li>' for i in range(60))
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story says what the council decided about the bridge on Tuesday, "
        "and why the vote took so long in the end.</p>"
        for i in range(6)
    )
    return (
        "<html><head><title>Council votes on the bridge</title></head><body>"
        f'<div class="top-strip">{menu}</div>'
        f"<article><h1>Council votes on the bridge</h1>{paragraphs}</article>"
        f'<div class="trending"><ul>{rail}</ul></div><div class="footer-links"><p>Imprint</p></div>'
        "</body></html>"
    )


def test_html_rules_read_only_the_blocks_near_the_main_content() -> None:
    """Far furniture is labelled from its markup alone; the article is the one every block read gives."""
    from newsclean.decision.window import FAR_REASON

    page = _page_with_far_furniture()
    near = newsclean.clean(page, Options(input_format="html", use_model=False))
    every = newsclean.clean(page, Options(input_format="html", use_model=False, rules_window=0))
    assert near.text == every.text
    assert near.headline == "Council votes on the bridge" and near.text.count("Paragraph") == 6
    far = [s for s in near.segments if s.reason == FAR_REASON]
    assert far and all(s.label is Label.CHROME for s in far)
    assert any(s.text == "Section 0" for s in far)  # the top of the menu, 60 blocks above
    # a far block with a markup cue takes its label: the rail's class says "trending"
    rail = [s for s in near.segments if s.text.startswith("A story of the rail about topic 59")]
    assert rail and rail[0].label is Label.SIDEBAR and rail[0].reason.startswith("dom.")
    assert not any(s.reason == FAR_REASON for s in every.segments)
    with pytest.raises(ValueError, match="rules_window"):
        Options(rules_window=-1)


def test_the_rules_window_leaves_every_html_corpus_article_unchanged() -> None:
    """On every page of corpus/html the article is the same whether the rules read every block or not."""
    from paths import ROOT

    pages = sorted((ROOT / "corpus" / "html").glob("*.html"))
    assert len(pages) >= 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        near = newsclean.clean(html, Options(input_format="html", use_model=False))
        every = newsclean.clean(html, Options(input_format="html", use_model=False, rules_window=0))
        assert near.text == every.text, path.name


def test_the_window_spans_the_hinted_blocks_and_the_margin() -> None:
    segments = [Segment(index=i, line=i, text=f"block {i}", dom={"main_hint": 50 <= i < 60}) for i in range(200)]
    assert rules_window(segments, 40) == (10, 100)
    assert rules_window(segments, 0) is None  # every block read
    assert rules_window(segments, 150) is None  # the window holds the whole page
    unhinted = [Segment(index=i, line=i, text="x", dom={}) for i in range(100)]
    assert rules_window(unhinted, 40) is None
