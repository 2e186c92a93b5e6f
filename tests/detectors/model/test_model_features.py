"""Features work on text input (dom=None) and use the DOM tokens of HTML segments."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsclean.detectors.model.features import ShapeCache, dom_features, page_features, shape_features
from newsclean.detectors.page import Page
from newsclean.segments.shape import measure
from newsclean.types import Label, Segment, Verdict


def test_one_feature_list_per_segment_on_text_input(
    tiny_texts: dict[str, str], make_page: Callable[[str], Page]
) -> None:
    page = make_page("\n".join(line.partition("\t")[2] for line in tiny_texts["a"].splitlines()[1:]))
    feats = page_features(page)
    assert len(feats) == len(page)
    assert all(s.dom is None for s in page.segments)
    assert all("bias" in f and "lang=en" in f for f in feats)
    assert not any(x.startswith("dom.") for f in feats for x in f)


def test_features_name_rules_span_neighbours_and_shape() -> None:
    texts = [
        "Home",
        "By Jane Roe",
        "A long paragraph of running text that goes on for quite a while, as articles do, with many words in it.",
        "Advertisement",
    ]
    segments = [Segment(index=i, line=i, text=t, blank_before=i == 2) for i, t in enumerate(texts)]
    page = Page.of(segments, "en")
    page.add(1, Verdict(Label.BYLINE, "byline.by_name[en]", "By Jane Roe", 0.9))
    page.article = (2, 3)
    page.core = (2, 3)
    feats = page_features(page)
    byline = set(feats[1])
    assert {"rule=byline.by_name", "rulelabel=byline", "rulescore=byline.firm"} <= byline
    assert "by_word=name" in byline
    assert "span=before" in byline
    assert "+1:prose" in byline and "-1:rulelabel=none" in byline
    assert "-1:edge" in set(feats[0]) and "+1:edge" in set(feats[3])
    para = set(feats[2])
    assert {"span=inside", "prose", "blank_before", "-1:rulelabel=byline", "-1:rule=byline.by_name", "end=."} <= para
    assert "span=after" in feats[3] and "pos=last" in feats[3]
    assert "core=before" in byline and "core=inside" in para and "core=after" in feats[3]
    page.article = (2, 4)  # the span runs on over a line after its paragraphs (a fact box)
    assert {"span=inside", "core=after"} <= set(page_features(page)[3])


def test_repeated_text_is_a_feature() -> None:
    segments = [Segment(index=i, line=i, text=t) for i, t in enumerate(["Share", "Body text here.", "Share"])]
    feats = page_features(Page.of(segments))
    assert "repeated" in feats[0] and "repeated" not in feats[1]


def test_dom_dict_adds_its_tokens() -> None:
    dom: dict[str, object] = {
        "tag": "LI",
        "classes": ["related-links", "teaser"],
        "id": "most-read",
        "in_nav": True,
        "in_article": False,
        "link_density": 0.9,
    }
    segments = [
        Segment(index=0, line=0, text="Road closed after burst water main", dom=dom),
        Segment(index=1, line=1, text="Plain text line."),
    ]
    feats = page_features(Page.of(segments))
    assert {
        "dom.tag=li",
        "dom.tok=related-links",
        "dom.tok=teaser",
        "dom.tok=most-read",
        "dom.in_nav",
        "dom.links=q4",
    } <= set(feats[0])
    assert "dom.in_article" not in feats[0]
    assert not any(f.startswith("dom.") for f in feats[1])


def test_dom_features_ignore_unknown_shapes() -> None:
    assert dom_features({}) == []
    assert dom_features({"tag": 3, "classes": 7, "link_density": "high", "in_x": "yes"}) == []


def test_features_survive_odd_lines() -> None:
    texts = ["“", "—", "x" * 5000, "1. ", "BY", "١٢٣ news"]
    segments = [Segment(index=i, line=i, text=t) for i, t in enumerate(texts)]
    page = Page.of(segments)
    assert len(page_features(page)) == len(texts)


def test_shape_cache_returns_fresh_lists_and_stays_bounded() -> None:
    cache = ShapeCache(limit=50)
    text = "By Jane Roe, staff writer"
    first = cache.features(text, measure(text))
    first.append("mutated")
    again = cache.features(text, measure(text))
    assert "mutated" not in again
    assert again == shape_features(text, measure(text))
    for k in range(20):
        line = f"line number {k} of the page"
        assert cache.features(line, measure(line)) == shape_features(line, measure(line))
    assert sum(map(len, cache._lines)) <= 50


@pytest.mark.parametrize(
    ("line", "wanted", "unwanted"),
    [
        ("Tópicos: Anvisa, cosméticos", "colon_label", "name_like"),
        ("Kevin Alvarado", "name_like", "colon_label"),
        ("Updated 16:47", "clock", "count_end"),
        ("💬 Réagir (112)", "count_end", "paren_end"),
        ("A cyclist on the coast road (Getty Images)", "paren_end", "count_end"),
        ("It rained. Then it stopped. Nobody was surprised by any of it.", "sentences=3+", "sentences=1"),
    ],
)
def test_form_features(line: str, wanted: str, unwanted: str) -> None:
    feats = shape_features(line, measure(line))
    assert wanted in feats and unwanted not in feats


def test_shape_cache_is_read_only_in_a_second_pass() -> None:
    cache = ShapeCache()
    text = "By Jane Roe, staff writer"
    cache.features(text, measure(text))
    cache._lines[text] = ["planted"]  # what a read would return
    assert cache.features(text, measure(text)) != ["planted"]  # first pass: measured again
    cache._lines[text] = ["planted"]
    cache.reading = True
    assert cache.features(text, measure(text)) == ["planted"]  # second pass: read


@pytest.mark.parametrize(
    ("line", "clock"),
    [
        ("Updated 16:47", True),
        ("Doors open (7h15), talks at 8.30", True),
        ("Aktualisiert: ٣:٤٥", True),
        ("Page 123:45 of the report", False),
        ("Flight A1:30 was cancelled", False),
        ("Score 3:1 after extra time", False),
    ],
)
def test_clock_feature(line: str, clock: bool) -> None:
    """A clock time: one or two digits after no letter or digit, a separator, two digits."""
    assert ("clock" in shape_features(line, measure(line))) is clock


def test_a_page_of_picked_lines_reads_the_line_features_of_its_first_page() -> None:
    from newsclean.detectors.model.features import SHAPES, page_parts

    texts = ["Harbour wall approved", "By Jane Roe", "The council approved the wall on Tuesday.", "Share this"]
    page = Page.of([Segment(index=i, line=i, text=t) for i, t in enumerate(texts)])
    SHAPES.clear()
    first = page_parts(page)
    assert page.line_features is first.line
    picked = [0, 2]
    again = [Segment(index=k, line=k, text=texts[i]) for k, i in enumerate(picked)]
    sub = page.subset(picked, again, "en")
    assert sub is not None
    SHAPES.clear()  # nothing to read there: the features come from the first page
    second = page_parts(sub)
    assert all(second.line[k] is first.line[i] for k, i in enumerate(picked))
    assert second.line == [shape_features(texts[i], page.shapes[i]) for i in picked]
    # a page of its own (not picked from another) works its line features out
    fresh = Page.of(again)
    assert page_parts(fresh).line == second.line


def test_flow_features_read_the_line_among_the_article_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsclean.detectors.model import features

    for name in ("FLOW_SANDWICH", "FLOW_OVERLAP", "FLOW_LONG", "NEAR_RULES"):
        monkeypatch.setattr(features, name, True)
    para = (
        "The harbour council voted on Tuesday to close the old ferry pier for repairs that will last until the "
        "end of the summer season, the mayor said."
    )
    texts = [
        "Harbour council closes ferry pier for repairs",
        para,
        "Volunteers paint the railings of the lighthouse on Sunday morning.",
        "The ferry pier repairs will cost the council about four million, and the harbour ferries will use the "
        "fishing quay until the summer.",
        "Photo: Ann Lee",
    ]
    segments = [Segment(index=i, line=i, text=t) for i, t in enumerate(texts)]
    segments[0].label = Label.HEADLINE
    page = Page.of(segments, "en")
    page.add(4, Verdict(Label.CAPTION, "caption.credit", "Photo:", 0.9))
    page.article = (1, 5)
    page.core = (1, 4)
    feats = page_features(page)
    line = set(feats[2])
    # a sentence between two paragraphs, sharing no word with them nor with the headline
    assert {"sand=Ps2P", "sand.own=s2P", "ov=0", "ov.none=0", "flow=between", "near=caption"} <= line
    assert "ov=some" in feats[3] and "flow=before" not in feats[1]
    assert not any(f.startswith("sand=") for f in feats[4])  # a claimed line: no sandwich feature
    assert not any(f.startswith(("sand", "ov", "flow", "near")) for f in feats[0])  # outside the span
    monkeypatch.setattr(features, "FLOW_SANDWICH", False)
    monkeypatch.setattr(features, "FLOW_OVERLAP", False)
    monkeypatch.setattr(features, "FLOW_LONG", False)
    monkeypatch.setattr(features, "NEAR_RULES", False)
    assert not any(f.startswith(("sand", "ov", "flow", "near")) for f in page_features(page)[2])
