"""index_page: a thin "article" on a page of teasers is no article (newsclean.decision.index_page)."""

from __future__ import annotations

from helpers import HEADLINES, PARAGRAPHS, clean, detected, page_text
from newsclean.decision import index_page as I
from newsclean.decision import span as S
from newsclean.pipeline import label_segments
from newsclean.segments.text import segment_lines, split_lines
from newsclean.types import Label, Options

#: a section front as a crawler flattens it: the first teaser has a summary, its credit (an
#: age) and a photo caption that reads as prose; the other teasers are bare titles under
#: section labels. The best cluster is the summary and the caption: a thin "article".
FRONT = page_text(
    "THE WESTMERE GAZETTE",
    "News | Sport | Business | Opinion",
    "Sport",
    "Rovers come from behind to keep their promotion hopes alive\n"
    "Two goals in the last ten minutes lift the home side into the play-off places with three games left.\n"
    "Tom Field · 12 mins ago\n"
    "The Rovers striker celebrates his late winner in front of the home fans.",
    "Football\nCarrick manager says his side were robbed by the linesman\n"
    "Rovers fans to get five hundred extra tickets for the away trip\nAcademy graduate signs his first professional deal",
    "Rugby\nWasps name an unchanged side for the cup semi-final\nProp forward out for the season with a knee injury",
    "Cricket\nCounty confirm an overseas signing for the summer\nGround redevelopment plans go on show at the pavilion",
    "Load more",
)


def test_a_thin_text_on_a_page_of_teasers_is_an_index_page() -> None:
    page = detected(FRONT)
    span = S.find_article(page)
    assert span is not None and span.index_page
    assert span.core.words < I.THIN_WORDS
    assert I.thin_teaser_page(page, span.core)
    article = clean(FRONT)
    assert not article.found and article.body == "" and article.headline is None


def test_a_brief_of_two_paragraphs_in_a_row_among_teasers_stays_an_article() -> None:
    """Two sentences in a row continue one story: an index has one summary per teaser."""
    brief = page_text(
        HEADLINES["en"],
        "Tom Field · 12 mins ago",
        "The ferry to the islands will run again from Monday.\nThe operator said repairs to the ramp were done.",
        *FRONT.split("\n\n")[4:8],
    )
    span = S.find_article(detected(brief))
    assert span is not None and not span.index_page
    assert "repairs to the ramp" in clean(brief).body


def test_a_japanese_article_among_english_teaser_titles_stays_an_article() -> None:
    """Japanese is written without spaces: its paragraphs are counted by characters, so a
    box of English teaser titles next to them does not make the page an index."""
    japanese = page_text(
        "駅前の商店街で夏祭り、三年ぶりに開催へ",
        "商店街の振興組合は、八月の第一土曜日に夏祭りを開くと発表した。"
        "感染症の影響で中止が続いていたが、三年ぶりの開催となる。",
        "当日は約四十の屋台が並び、地元の中学生による吹奏楽の演奏も予定されている。",
        "組合の理事長は「多くの人に商店街の良さを知ってもらいたい」と話している。",
        "More from us\n" + "\n".join(f"Another story number {i} that you might want to read today" for i in range(5)),
    )
    article = clean(japanese)
    assert article.found
    assert "吹奏楽" in article.body and "理事長" in article.body


def test_a_paywalled_stub_with_a_long_lead_stays_an_article() -> None:
    """Standfirst, byline, one long paragraph, then the paywall prompt: a paragraph of
    :data:`~newsclean.decision.index_page.LEAD_WORDS` words is an article's lead."""
    lead = PARAGRAPHS["en"][0] + " " + PARAGRAPHS["en"][1]
    assert len(lead.split()) >= I.LEAD_WORDS
    stub = page_text(
        HEADLINES["en"],
        "The operator says the ramp is fixed.\nTom Field\n2 hours ago",
        lead,
        "Subscribe to continue reading",
        *FRONT.split("\n\n")[4:8],
    )
    span = S.find_article(detected(stub))
    assert span is not None and not span.index_page
    assert clean(stub).found


def test_a_thin_text_with_few_teaser_titles_around_stays_an_article() -> None:
    """A gallery's one line of text, with a list of two other galleries: no page of teasers."""
    gallery = page_text(
        HEADLINES["en"],
        "Hundreds of volunteers spent Saturday pumping out cellars along the river.",
        "More galleries\nSpring fair in the old town: the best pictures\nSchool leavers celebrate the end of exams",
    )
    span = S.find_article(detected(gallery))
    assert span is not None and not span.index_page
    assert I.teaser_titles(detected(gallery), set(span.core.members)) < I.MIN_TEASER_TITLES


def _labelled(lines: list[str], labels: list[Label]) -> object:
    segments = segment_lines(split_lines("\n".join(lines)))
    page = label_segments(segments, Options(use_model=False, input_format="text"))
    for seg, label in zip(page.segments, labels, strict=True):
        seg.decide(label, "test", "test", 1.0)
    return page


#: a live blog of short entries, each a clock time over one sentence, among teaser titles
LIVE = page_text(
    "THE WESTMERE GAZETTE",
    "News | Sport | Business | Opinion",
    "LIVE",
    "By-election count: first results are in from the three wards",
    "Counting began when the polls closed at ten.",
    "23:48\nTurnout in Eastgate was 41 per cent.",
    "23:15\nThe first ballot boxes arrived at the leisure centre.",
    "22:40\nCandidates are waiting in the hall.",
    "More from Westmere",
    "Rovers fans to get five hundred extra tickets for the away trip\nAcademy graduate signs his first professional deal",
    "County confirm an overseas signing for the summer\nGround redevelopment plans go on show at the pavilion",
)


def test_a_live_blog_of_short_timed_entries_is_no_index_page() -> None:
    page = detected(LIVE)
    assert I._live_entries(page, 0, len(page)) == 3
    article = clean(LIVE)
    assert article.found and "Turnout in Eastgate was 41 per cent." in article.body
    # the same page with titles under the times (a feed of other stories) has no live entries
    feed = detected(LIVE.replace("Turnout in Eastgate was 41 per cent.", "Eastgate turnout tops forty per cent"))
    assert I._live_entries(feed, 0, len(feed)) == 2


def test_kept_story_needs_two_sentences_in_a_row_or_a_long_paragraph() -> None:
    title, summary = "Rovers come from behind to win the derby", "Two late goals lift the home side into fourth place."
    teasers = [title, summary, title + " again", summary]
    page = _labelled(teasers, [Label.BODY] * 4)
    assert not I.kept_story(page)  # type: ignore[arg-type]
    page = _labelled([title, summary, summary], [Label.BODY] * 3)
    assert I.kept_story(page)  # type: ignore[arg-type]
    lead = PARAGRAPHS["en"][0] + " " + PARAGRAPHS["en"][1]
    page = _labelled([title, lead], [Label.CHROME, Label.BODY])
    assert I.kept_story(page)  # type: ignore[arg-type]


def test_the_model_makes_no_article_of_teasers_on_an_index_page_but_its_other_changes_stand() -> None:
    """Rules: an index page. The model keeps every teaser title and summary (over
    MODEL_ARTICLE_WORDS words, but no two sentences in a row) and moves the site name to
    sidebar: the body goes back, the move stands."""
    from newsclean.decision.resolve import MODEL_ARTICLE_WORDS, resolve
    from newsclean.detectors import rules

    page = detected(FRONT)
    span = S.find_article(page)
    assert span is not None and span.index_page
    rules.detect_in_context(page, None, len(page), len(page))
    model = []
    for i, shape in enumerate(page.shapes):
        keep = shape.words >= 5 and not page.verdicts[i]
        model.append((Label.BODY, 0.9, "model.test") if keep else (Label.CHROME, 0.9, "model.test"))
    site = page.texts.index("THE WESTMERE GAZETTE")
    model[site] = (Label.SIDEBAR, 0.9, "model.test")
    assert sum(page.shapes[i].words for i, m in enumerate(model) if m[0] is Label.BODY) >= MODEL_ARTICLE_WORDS
    resolve(page, span, None, model)
    assert not any(s.label.kept for s in page.segments)
    assert page.segments[site].label is Label.SIDEBAR and page.segments[site].detector == "model"
