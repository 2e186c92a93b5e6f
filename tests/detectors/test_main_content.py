"""newsclean's own main-content finder (HTML): which blocks are the article's container."""

from __future__ import annotations

import json

import pytest

import newsclean
from newsclean import Label, Options
from newsclean.detectors import main_content
from newsclean.detectors.main_content import find_main_content
from newsclean.segments.html import segment_html_blocks

PARA = (
    "The council voted on Tuesday night to build a new footbridge across the river, ending a debate "
    "that has lasted more than a decade and divided two neighbourhoods. {n}"
)
TEASER = "A short summary of another story that the site wants you to read next, with a few details. {n}"


def _page(body: str) -> str:
    return f"<html><head><title>Bridge</title></head><body>{body}</body></html>"


ARTICLE = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
PAGE = _page(
    '<div class="cookie-banner"><p>We use cookies to improve your experience. By continuing to browse '
    "the site you agree to our use of cookies and our privacy policy.</p></div>"
    "<header><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav></header>"
    '<div class="layout has-sidebar">'
    '<div class="story-body"><h1>Council approves new footbridge</h1>'
    + ARTICLE
    + '<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a>'
    "<a href='#'>Email this story</a></div>"
    "<h3>More stories</h3><ul>"
    + "".join(f"<li><a href='/s{n}'>Another story that readers liked very much number {n}</a></li>" for n in range(6))
    + "</ul></div>"
    '<div class="teasers">'
    + "".join(
        f"<div class='card'><h3><a href='/t{n}'>Headline of teaser number {n}</a></h3><p>{TEASER.format(n=n)}</p></div>"
        for n in range(8)
    )
    + "</div></div>"
    "<footer><p>Copyright 2025 The Daily Example. All rights reserved. Registered in England.</p></footer>"
)


def _main_texts(html: str) -> list[str]:
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks)
    assert main is not None
    return [s.text for s, inside in zip(segments, main) if inside]


def test_the_article_container_is_found_without_its_furniture() -> None:
    kept = _main_texts(PAGE)
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(6)]
    joined = " ".join(kept)
    for junk in ("cookies", "Home", "Share on", "Another story", "teaser", "Copyright"):
        assert junk not in joined, junk


def test_teaser_summaries_do_not_outweigh_the_article() -> None:
    """Eight teaser cards hold more prose than a short article, yet the article wins."""
    short = _page(
        "<main><div class='content'>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
        + "</div></main><div class='below'>"
        + "".join(
            f"<div class='card'><h3><a href='/t{n}'>Headline of teaser number {n}</a></h3>"
            f"<p>{TEASER.format(n=n)}</p></div>"
            for n in range(12)
        )
        + "</div>"
    )
    kept = _main_texts(short)
    assert len([t for t in kept if t.startswith("The council voted")]) == 3
    assert not any("teaser" in t or "summary" in t for t in kept)


def test_key_points_and_tables_stay_in_the_main_content() -> None:
    html = _page(
        "<article><h1>Council approves new footbridge</h1><div class='summary'><p>Summary</p><ul>"
        "<li>Council votes nine to two for the bridge</li><li>Construction starts next spring</li></ul></div>"
        + ARTICLE
        + "<table><tr><td>Candidate</td><td>Votes</td></tr><tr><td>Yates</td><td>1,486</td></tr></table>"
        "</article><aside class='sidebar'><ul><li><a href='/x'>Most read story one</a></li>"
        "<li><a href='/y'>Most read story two</a></li></ul></aside>"
    )
    kept = _main_texts(html)
    for text in ("Council votes nine to two for the bridge", "Construction starts next spring", "Yates", "1,486"):
        assert text in kept
    assert "Most read story one" not in kept


def test_no_paragraph_no_hint() -> None:
    segments, _meta, _count, blocks = segment_html_blocks(_page("<ul><li><a href='/'>Home</a></li></ul>"))
    assert find_main_content(segments, blocks) is None


def test_clean_keeps_the_article_and_drops_the_rest() -> None:
    article = newsclean.clean(PAGE, Options(input_format="html", use_model=False))
    assert article.headline == "Council approves new footbridge"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(6)]
    assert article.metadata["main_content_hint"] is True


def test_a_line_of_links_after_the_article_does_not_carry_it_on() -> None:
    """An author box's contact line (links with a separator between) is no paragraph; a sentence
    with a link in it is."""
    story = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    linked = (
        "<p>The full plan, with maps of the route and the costs, is on <a href='/plan'>the council's "
        "website</a> until the end of the month.</p>"
    )
    box = (
        "<div><img src='/jane.jpg' alt=''><p><b>Jane Example</b> is a senior reporter who covers city hall "
        "and transport.</p><p><a href='mailto:jane@example.com'>jane@example.com</a> | "
        "<a href='/staff/jane'>More stories by Jane Example</a></p></div>"
    )
    html = _page(f"<div><h1>Council approves new footbridge</h1>{story}{linked}{box}</div>")
    body = newsclean.clean(html, Options(input_format="html", use_model=False)).lines([Label.BODY])
    assert body[:4] == [PARA.format(n=n).strip() for n in range(4)]
    assert any(t.startswith("The full plan") for t in body)
    assert not any("jane@example.com" in t for t in body)


def test_the_hint_can_be_taken_from_trafilatura_or_switched_off() -> None:
    options = Options(input_format="html", use_model=False, main_content_source="trafilatura")
    article = newsclean.clean(PAGE, options)
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(6)]
    article = newsclean.clean(PAGE, Options(input_format="html", use_model=False, main_content_hint=False))
    assert "main_content_hint" not in article.metadata
    assert all(s.dom is not None and "main_hint" not in s.dom for s in article.segments)


def test_an_unknown_hint_source_is_refused() -> None:
    with pytest.raises(ValueError, match="main_content_source"):
        Options(main_content_source="readability")


def test_trafilatura_is_asked_only_when_the_finder_sees_no_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    options = Options(input_format="html", use_model=False)
    assert newsclean.clean(PAGE, options).metadata["main_content_source"] == "dom"
    monkeypatch.setattr("newsclean.detectors.main_content.find_main_content", lambda *args: None)
    article = newsclean.clean(PAGE, options)
    assert article.metadata["main_content_source"] == "trafilatura"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(6)]


def test_the_safety_net_widens_a_lost_article_with_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body that holds less than half of the page's paragraph text is checked against
    trafilatura: where that finds much more, its text joins the hint."""
    real = main_content.find_main_content

    def first_paragraph_only(*args: object) -> list[bool] | None:
        main = real(*args)  # type: ignore[arg-type]
        assert main is not None
        segments = args[0]
        assert isinstance(segments, list)
        first = next(i for i, seg in enumerate(segments) if seg.text.startswith("The council voted"))
        return [inside and i == first for i, inside in enumerate(main)]

    monkeypatch.setattr("newsclean.detectors.main_content.find_main_content", first_paragraph_only)
    article = newsclean.clean(PAGE, Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom+trafilatura"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(6)]


def test_the_safety_net_reads_the_article_body_the_page_declares(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a JSON-LD ``articleBody``, the net compares the body kept with it and takes it, not trafilatura."""
    real = main_content.find_main_content

    def first_paragraph_only(*args: object) -> list[bool] | None:
        main = real(*args)  # type: ignore[arg-type]
        assert main is not None
        segments = args[0]
        assert isinstance(segments, list)
        first = next(i for i, seg in enumerate(segments) if seg.text.startswith("The council voted"))
        return [inside and i == first for i, inside in enumerate(main)]

    def refuse(*args: object, **kwargs: object) -> bool:
        raise AssertionError("trafilatura asked")

    monkeypatch.setattr("newsclean.detectors.main_content.find_main_content", first_paragraph_only)
    monkeypatch.setattr("newsclean.detectors.main_content.mark_trafilatura_hint", refuse)
    body = json.dumps({"@type": "NewsArticle", "articleBody": " ".join(PARA.format(n=n) for n in range(6))})
    page = PAGE.replace("</head>", f'<script type="application/ld+json">{body}</script></head>')
    article = newsclean.clean(page, Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom+jsonld"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(6)]
    assert "jsonld_article_body" not in article.metadata


def test_the_safety_net_does_not_ask_trafilatura_when_the_article_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> bool:
        raise AssertionError("trafilatura asked")

    monkeypatch.setattr("newsclean.detectors.main_content.mark_trafilatura_hint", refuse)
    article = newsclean.clean(PAGE, Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(6)]


OTHER = (
    "Residents said the crossing would let children walk to the school on the far bank instead of "
    "taking a bus that loops through the town centre twice a day. {n}"
)
RELATED = "".join(
    f"<div class='card'><h3><a href='/r{n}'>Headline of related story number {n}</a></h3>"
    f"<p>{TEASER.format(n=n)}</p></div>"
    for n in range(8)
)


def test_a_part_of_the_article_beyond_heavy_furniture_is_kept() -> None:
    """A box of related stories between two body containers weighs more than the second part."""
    html = _page(
        "<div class='layout'><article><h1>Council approves new footbridge</h1>"
        "<div class='story-body'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5)) + "</div>"
        "<div class='more-reading'><h2>Read more</h2>" + RELATED + "</div>"
        "<div class='story-body story-body--more'>"
        + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3))
        + "</div>"
        "</article><aside class='rail'><h3>Latest</h3><ul>"
        + "".join(f"<li><a href='/l{n}'>Latest story number {n}</a></li>" for n in range(8))
        + "</ul></aside></div>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert len([t for t in kept if t.startswith("The council voted")]) == 5
    joined = " ".join(kept)
    for junk in ("related story", "A short summary", "Latest story"):
        assert junk not in joined, junk


def test_a_lead_paragraph_in_its_own_block_before_the_body_is_kept() -> None:
    html = _page(
        "<main><div class='hero'><h1>Council approves new footbridge</h1>"
        "<div class='lede'>" + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(2)) + "</div></div>"
        "<div class='promo-strip'>" + RELATED + "</div>"
        "<div class='article-text'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6)) + "</div></main>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(2)]
    assert not any("related story" in t or "A short summary" in t for t in kept)


@pytest.mark.parametrize(("box", "kept"), [("<div>", True), ("<div class='article-summary'>", False)])
def test_a_lead_paragraph_above_a_declared_article_body_is_kept_but_a_summary_box_is_not(box: str, kept: bool) -> None:
    """A CMS renders the story's first paragraph apart from the element it marks
    ``itemprop="articleBody"``; a box named a summary there is the page's standfirst (hard negative)."""
    html = _page(
        "<main><h1>Council approves new footbridge</h1><div class='byline'>By Tom Field</div>"
        f"{box}<p>{OTHER.format(n=0)}</p></div>"
        "<div itemprop='articleBody'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6)) + "</div>"
        "<div class='promo-strip'>" + RELATED + "</div></main>"
    )
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, "Council approves new footbridge | The Daily Example")
    assert main is not None
    assert (OTHER.format(n=0).strip() in [s.text for s, inside in zip(segments, main) if inside]) is kept


@pytest.mark.parametrize(
    ("lead", "kept"),
    [
        # a lead of one short sentence, too short to count as a paragraph, in a box of its own
        ("Plans for a footbridge have been approved.", True),
        # hard negative: a short line that is no sentence (a kicker, a label) stays out
        ("Local news from the riverside", False),
    ],
)
def test_a_one_sentence_lead_above_a_declared_article_body_is_kept(lead: str, kept: bool) -> None:
    html = _page(
        "<main><h1>Council approves new footbridge</h1><div class='byline'>By Tom Field</div>"
        f"<div><p>{lead}</p></div>"
        "<div itemprop='articleBody'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6)) + "</div>"
        "<div class='promo-strip'>" + RELATED + "</div></main>"
    )
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, "Council approves new footbridge | The Daily Example")
    assert main is not None
    assert (lead in [s.text for s, inside in zip(segments, main) if inside]) is kept


def test_a_small_sibling_paragraph_is_not_taken() -> None:
    """A sibling holds a paragraph but far less than a share of the article: it stays out."""
    note = "Sign up for our free morning briefing and get the day's local news before breakfast."
    html = _page(
        "<div class='wrap'><div class='story'>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(8))
        + "</div><div class='cta-box'><p>"
        + note
        + "</p><a href='/signup'>Sign up now</a> <a href='/privacy'>Privacy</a></div>"
        + "<div class='cards'>"
        + RELATED
        + "</div></div>"
    )
    kept = _main_texts(html)
    assert note not in kept
    assert len([t for t in kept if t.startswith("The council voted")]) == 8


QUESTION = "What first made you want to cook for other people, rather than just for yourself?"


def test_a_sentence_repeated_only_inside_the_article_is_kept() -> None:
    """An interview asks every guest the same question: repeated, but only in the article."""
    answers = [
        "My grandmother ran a canteen at the mill, and I grew up peeling potatoes for forty people at a time.",
        "I burned every meal for a year as a student, and then a flatmate taught me to make one good soup.",
        "Cooking was the only thing my brothers and I never argued about, so we did a lot of it together.",
    ]
    html = _page(
        "<article><h1>Three cooks, one question</h1><div class='article-content'>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
        + "".join(f"<h3>Cook number {n}</h3><p>{QUESTION}</p><p>{a}</p>" for n, a in enumerate(answers))
        + "</div></article>"
    )
    kept = _main_texts(html)
    assert kept.count(QUESTION) == 3
    assert all(a in kept for a in answers)


#: a product's features, short items of a list without links (none a paragraph nor a sentence)
FEATURES = "".join(
    f"<li>{item}</li>"
    for item in (
        "Optical heart sensor",
        "Accelerometer and gyroscope",
        "Aluminium case",
        "Digital Crown",
        "Ceramic back",
    )
)


@pytest.mark.parametrize("repeated", [True, False])
def test_a_short_list_between_the_paragraphs_stays_when_a_repeated_sentence_is_forgiven(repeated: bool) -> None:
    """The second scoring pass (a sentence repeated only in the article counted as text) keeps the
    first pass's parts: the article's own list between its paragraphs is kept in both cases."""
    answers = "".join(f"<h3>Cook number {n}</h3><p>{QUESTION}</p>" for n in range(3 if repeated else 1))
    html = _page(
        "<article><h1>Three cooks, one question</h1><div class='article-content'>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
        + f"<ul>{FEATURES}</ul>"
        + answers
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3, 6))
        + "</div></article>"
    )
    kept = _main_texts(html)
    assert "Optical heart sensor" in kept and "Ceramic back" in kept
    assert kept.count(QUESTION) == (3 if repeated else 1)


def test_repeated_text_that_also_occurs_outside_or_in_captions_stays_furniture() -> None:
    blurb = "Our reporting is free to read because readers like you support it every single month."
    caption = "Workers lift the first steel span of the footbridge into place on Tuesday morning, May 6."
    html = _page(
        "<article><h1>Council approves new footbridge</h1><div class='article-content'>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5))
        + f"<p>{blurb}</p>"
        + f"<div class='photo'><img src='a.jpg'><div class='caption'>{caption}</div></div>"
        + f"<div class='lightbox'><img src='a.jpg'><div class='caption'>{caption}</div></div>"
        + "</div></article>"
        + f"<div class='support'><p>{blurb}</p></div>"
    )
    kept = _main_texts(html)
    assert blurb not in kept
    assert caption not in kept
    assert len([t for t in kept if t.startswith("The council voted")]) == 5


def test_a_short_article_below_its_title_beats_a_longer_paragraph_of_furniture() -> None:
    """No class words: the article that follows the page's title wins over a long footer paragraph."""
    about = (
        "The Daily Example customer service centre can be reached with any question or request about "
        "subscriptions, deliveries, archives and reprints on weekdays between eight and six, and our "
        "team will answer every message within two working days, by telephone or by e-mail as you prefer. "
        "Letters to the editor are welcome too, and readers who spot a mistake in any of our reports are "
        "asked to write to the corrections desk, which publishes its answers every Saturday."
    )
    body = (
        "<div>"
        + "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(30))
        + "</div>"
        "<div><h1>Council approves new footbridge</h1><div>By Staff</div>"
        f"<div>{PARA.format(n=1)}<br>{PARA.format(n=2)}</div></div>"
        f"<div><div><p>{about}</p></div><div>Copyright 2025</div></div>"
    )
    html = "<html><head><title>Council approves new footbridge | The Daily Example</title></head>"
    html += f"<body>{body}</body></html>"
    segments, meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, str(meta["title"]))
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert any(t.startswith("The council voted") for t in kept)
    assert not any("customer service" in t for t in kept)
    # without the title, the longer paragraph wins (the case the anchor is for)
    main = find_main_content(segments, blocks)
    assert main is not None
    assert any("customer service" in s.text for s, inside in zip(segments, main) if inside)


#: a reader's comment: prose, like the article's paragraphs
COMMENT = (
    "I walk across the old bridge every morning and I have to say that the new design looks far too "
    "expensive for a town of this size, but I suppose we will all get used to it in the end. {n}"
)


def test_a_comments_section_without_class_words_is_not_the_article() -> None:
    """Readers' comments are prose too: the block that a "3 Comments" heading opens is furniture."""
    thread = "".join(f"<li><div>Reader {n} said:</div><p>{COMMENT.format(n=n)}</p></li>" for n in range(8))
    html = _page(
        f"<div><h1>Council approves new footbridge</h1>{ARTICLE}</div><div><h3>3 Comments</h3><ul>{thread}</ul></div>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(6)]
    assert not any("old bridge" in t for t in kept)


@pytest.mark.parametrize(
    "heading",
    ["Reader responses (9)", "14 thoughts on “Council approves new footbridge”", "2 Antworten auf „Neue Brücke“"],
)
def test_a_thread_headed_by_a_responses_or_thoughts_on_title_is_not_the_article(heading: str) -> None:
    """Blog themes title their comments "N thoughts on “…”"; React sites say "Reader responses"."""
    thread = "".join(f"<div><div>Reader {n}</div><p>{COMMENT.format(n=n)}</p></div>" for n in range(9))
    html = _page(
        f"<div><h1>Council approves new footbridge</h1>{ARTICLE}</div><section><h2>{heading}</h2>{thread}</section>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(6)]
    assert not any("old bridge" in t for t in kept)


def test_prose_above_the_title_does_not_make_the_whole_page_the_article() -> None:
    warning = (
        "We have detected that you are using an old browser. For the best experience of this site, please "
        "upgrade to a current version of your browser or switch to another one. {n}"
    )
    html = "<html><head><title>Council approves new footbridge - The Daily Example</title></head><body>"
    html += f"<div><p>{warning.format(n=1)}</p></div><div><p>{warning.format(n=2)}</p></div>"
    html += f"<div><h1>Council approves new footbridge</h1><div>{ARTICLE}</div></div></body></html>"
    segments, meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, str(meta["title"]))
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(6)]
    assert not any("old browser" in t for t in kept)


def test_short_text_in_bare_containers_of_a_paragraph_article_is_left_out() -> None:
    """Tags, follow prompts and a bio line in <div>s go; a standfirst and a callout in <div>s stay."""
    html = _page(
        "<div><h1>Council approves new footbridge</h1>"
        "<div>Nine votes to two after a three-hour meeting in the town hall</div>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
        + "<div>The bridge will be the first new crossing in the town since 1961.</div>"
        + "<div>What happens next</div>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3, 6))
        + "<div>Follow us on social media for more news.</div>"
        "<div>Transport</div><div>Council</div><div>Rivers</div>"
        "<ul><li>Bridge works: what changes for cyclists</li></ul></div>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(6)]
    assert "Nine votes to two after a three-hour meeting in the town hall" in kept
    assert "The bridge will be the first new crossing in the town since 1961." in kept
    assert "Bridge works: what changes for cyclists" in kept
    assert "What happens next" in kept
    for junk in ("Follow us on social media for more news.", "Transport", "Council", "Rivers"):
        assert junk not in kept, junk


def test_the_block_declared_as_article_body_is_the_main_content() -> None:
    """schema.org ``itemprop="articleBody"`` names the container when it weighs half the best block."""
    letter = (
        "I have lived by the river for forty years and I have never once needed a bridge to cross it, "
        "so I cannot see why the council wants to spend our money on one now. {n}"
    )
    letters = "".join(f"<p>{letter.format(n=n)}</p>" for n in range(8))
    menu = "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(40))
    html = _page(
        f'<div>{menu}</div><div><div itemprop="articleBody">{ARTICLE}</div></div><div><div>{letters}</div></div>'
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(6)]
    assert not any("forty years" in t for t in kept)


def _linked(n: int) -> str:
    """A sentence with entity links over more than half of its text (a hover card's name, a topic)."""
    return (
        "<p><a href='/people/mayor'>The mayor of the town, Jo Example,</a> said that "
        f"<a href='/topics/bridges'>the new footbridge across the river</a> would open in spring {n}.</p>"
    )


def test_a_paragraph_full_of_entity_links_is_no_box_of_furniture() -> None:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>{_linked(n)}" for n in range(4))
    kept = _main_texts(_page(f"<div><h1>Council approves new footbridge</h1>{paras}</div>"))
    assert sum(1 for t in kept if t.startswith("The mayor of the town")) == 4


def test_a_box_between_paragraphs_does_not_sink_the_article_container() -> None:
    """Link boxes inside the article weigh little on it: one paragraph is not taken for the article."""
    box = (
        "<div><h3>More stories</h3><ul>"
        + "".join(
            f"<li><a href='/s{k}'>Another headline about something that happened today, number {k}</a></li>"
            for k in range(10)
        )
        + "</ul></div>"
    )
    paras = [f"<p>{PARA.format(n=n)}</p>" for n in range(7)]
    body = "".join(p + (box if n % 2 else "") for n, p in enumerate(paras))
    segments, _meta, _count, blocks = segment_html_blocks(
        _page(f"<div><h1>Council approves new footbridge</h1><div>{body}</div></div>")
    )
    main = find_main_content(segments, blocks)
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert [t for t in kept if t.startswith("The council voted")] == [PARA.format(n=n).strip() for n in range(7)]
    assert not any(t.startswith("Another headline") for t in kept)


def test_a_closing_sentence_in_a_div_stays_but_a_short_prompt_goes() -> None:
    html = _page(
        "<div><h1>Council approves new footbridge</h1>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
        + "<div>The findings were published today in the council's annual report on transport.</div>"
        "<div>Follow us on social media for more news.</div></div>"
    )
    kept = _main_texts(html)
    assert "The findings were published today in the council's annual report on transport." in kept
    assert "Follow us on social media for more news." not in kept


def test_an_article_of_br_separated_paragraphs_drops_loose_prompts_but_keeps_its_own_lines() -> None:
    """Paragraphs written as ``<font>`` text between ``<br><br>`` (an old CMS) are the article's
    paragraphs as ``<p>`` would be: a prompt in a bare ``<div>`` after them is furniture, a short
    line of the run itself (a subheading between its paragraphs) is not."""
    run = "<br><br>".join(f"<font size='2'>{PARA.format(n=n)}</font>" for n in range(3))
    run += "<br><br><font size='2'>What happens next</font><br><br>"
    run += "<br><br>".join(f"<font size='2'>{OTHER.format(n=n)}</font>" for n in range(2))
    html = _page(
        f"<div><h1>Council approves new footbridge</h1>{run}"
        "<div>Get short URL</div><div>Follow us on social media for more news.</div></div>"
    )
    kept = _main_texts(html)
    assert len([t for t in kept if t.startswith("The council voted")]) == 3
    assert len([t for t in kept if t.startswith("Residents said")]) == 2
    assert "What happens next" in kept
    assert "Get short URL" not in kept and "Follow us on social media for more news." not in kept


def test_a_section_of_the_article_under_a_list_of_links_is_a_part_of_it() -> None:
    """An article in two ``<section>`` elements, the first opened by a long list of links: that
    section sums little, but from its first paragraph to its last it is article; a box of teasers
    beside them is not."""
    links = "".join(
        f"<li><a href='/s{n}'>Another story that readers liked very much number {n}</a></li>" for n in range(16)
    )
    first = "<section><ul>" + links + "</ul>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3)) + "</section>"
    second = (
        "<section><h2>What happens next</h2>" + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(5)) + "</section>"
    )
    html = _page(f"<div><h1>Council approves new footbridge</h1>{first}{second}<div>{RELATED}</div></div>")
    kept = _main_texts(html)
    assert len([t for t in kept if t.startswith("The council voted")]) == 3
    assert len([t for t in kept if t.startswith("Residents said")]) == 5
    assert not any("related story" in t or "Another story" in t for t in kept)


CAPTION = (
    "Crowds gathered on the riverbank in the late afternoon sun to watch the lantern parade pass "
    "under the old stone bridge, picture {n}."
)


def test_a_gallery_of_long_captions_weighs_less_than_the_article() -> None:
    """A caption counts half its characters: a rail of captioned photos above the title no longer
    outweighs the short article below it; the article's own caption stays in the main content."""
    figure = "<figure><img src='/p{n}.jpg' alt=''><figcaption>{text}</figcaption></figure>"
    story = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
    own = figure.format(n=99, text=CAPTION.format(n=99))
    rail = "".join(figure.format(n=n, text=CAPTION.format(n=n)) for n in range(10))
    menu = "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(30))
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        f"<div>{menu}</div><div><div>{rail}</div></div>"
        f"<div><div><h1>Council approves new footbridge</h1>{story}{own}</div></div><div>{menu}</div></body></html>"
    )
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, "Council approves new footbridge")
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert len([t for t in kept if t.startswith("The council voted")]) == 3
    assert CAPTION.format(n=99).strip() in kept
    assert not any(t.startswith("Crowds gathered") and t != CAPTION.format(n=99).strip() for t in kept)


def test_the_rest_of_an_article_an_ad_pushed_out_of_its_containers_is_kept() -> None:
    """An ad that closes the article's containers mid-way leaves its rest a sibling of an ancestor."""
    html = _page(
        "<main><article><h1>Council approves new footbridge</h1><div class='wrap'>"
        "<div class='meta'><a href='/by'>By A. Writer</a> <a href='/share'>Share</a></div>"
        "<div class='text'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5)) + "</div></div>"
        "<div class='ad-slot'><a href='/ad'>Advertisement</a></div>"
        "<div><div>" + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3)) + "</div></div>"
        "<div class='cards'>" + RELATED + "</div></article></main>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert len([t for t in kept if t.startswith("The council voted")]) == 5
    assert not any("related story" in t or "Advertisement" in t for t in kept)


def test_an_empty_ad_slot_does_not_end_the_search_for_the_rest_of_the_article() -> None:
    """A block with no text (an ad's empty slot, with JavaScript off) is passed over, not a stop."""
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<main><article><div class='top'><h1>Council approves new footbridge</h1>"
        "<div class='text'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5)) + "</div></div>"
        "<div class='ad-slot'><iframe src='/ad'></iframe></div>"
        "<div><div>" + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3)) + "</div></div>"
        "<div class='cards'>" + RELATED + "</div></article></main></body></html>"
    )
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, "Council approves new footbridge")
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert len([t for t in kept if t.startswith("The council voted")]) == 5


def test_the_rest_of_an_article_at_the_start_of_a_block_of_furniture_is_kept() -> None:
    """The ad's broken markup left the rest of the article in one wrapper with a heavy
    list of links (an ad without text between): the wrapper weighs too little, its part next to the
    article is taken."""
    rail = "".join(f"<li><a href='/t{n}'>Trending story from the valley number {n} today</a></li>" for n in range(30))
    html = _page(
        "<main><article><h1>Council approves new footbridge</h1><div class='wrap'>"
        "<div class='text'>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5)) + "</div></div>"
        "<div class='ad-slot'><iframe src='/ad'></iframe></div>"
        "<div><div><div>" + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3)) + "</div></div>"
        "<div class='rail'><ul>" + rail + "</ul></div></div></article></main>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert len([t for t in kept if t.startswith("The council voted")]) == 5
    assert not any("Trending story" in t or "Advertisement" in t for t in kept)


def _nested(inner: str, depth: int) -> str:
    return "<div>" * depth + inner + "</div>" * depth


def test_the_article_resumes_after_an_ad_far_up_the_tree() -> None:
    """Paragraphs right after a short gap (an ad's label) carry the article on, however far up the
    tree the ad's markup left them; a heading in the gap or a single paragraph does not."""
    article = _nested("<h1>Council approves new footbridge</h1>" + ARTICLE, 5)
    rest = "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3))
    menu = "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(30))
    kept = _main_texts(_page(f"{menu}{article}<div><span>Advertisement</span></div>{rest}{menu}"))
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert "Advertisement" not in kept and not any(t.startswith("Section number") for t in kept)
    headed = _main_texts(_page(f"{menu}{article}<div><h3>From our readers</h3></div>{rest}{menu}"))
    assert not any(t.startswith("Residents said") for t in headed)
    single = _main_texts(_page(f"{menu}{article}<div><span>Advertisement</span></div><p>{OTHER.format(n=0)}</p>"))
    assert not any(t.startswith("Residents said") for t in single)


def test_the_rest_of_an_article_after_an_ad_goes_on_past_its_own_subheadings() -> None:
    """Once the article resumed after an ad, a subheading in the same container as the paragraphs
    taken is the article's and the paragraphs under it too; a heading in a box of its own (a
    section after the article) still ends it."""
    article = _nested("<h1>Council approves new footbridge</h1>" + ARTICLE, 5)
    first = "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(2))
    second = "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(2, 4))
    menu = "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(30))
    gap = "<div><span>Advertisement</span></div>"
    kept = _main_texts(_page(f"{menu}{article}{gap}{first}<h3>What comes next</h3>{second}{menu}"))
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(4)]
    assert "What comes next" in kept
    apart = _main_texts(_page(f"{menu}{article}{gap}{first}<div><h3>From our readers</h3></div>{second}{menu}"))
    assert [t for t in apart if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(2)]
    assert "From our readers" not in apart


def test_the_rest_of_an_article_four_levels_up_is_a_part_of_it() -> None:
    """An empty ad slot (no label: no gap to resume after) whose markup closed four of the article's
    elements leaves its rest a sibling of the fourth ancestor: still a part; a sources box there is not."""
    article = "<h1>Council approves new footbridge</h1>" + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5))
    for n in range(4):  # a share link, a date, a section link around each level
        article = f"<div><a href='/share{n}'>Share this story {n}</a>{article}</div>"
    rest = "<div><div>" + "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3)) + "</div></div>"
    ad = "<div class='ad-slot'><iframe src='/ad'></iframe></div>"
    tail = "<div class='cards'>" + RELATED + "</div><div><a href='/about'>About us</a></div>"
    kept = _main_texts(_page(f"<div><div>{article}{ad}{rest}{tail}</div></div>"))
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert len([t for t in kept if t.startswith("The council voted")]) == 5
    assert not any("related story" in t for t in kept)
    source = "<div><p>Email interview with a spokesman for the county highways department, 2019.</p></div>"
    small = _main_texts(_page(f"<div><div>{article}{ad}{source}{tail}</div></div>"))
    assert not any(t.startswith("Email interview") for t in small)


def test_the_article_resumes_after_an_ad_that_closed_its_declared_element() -> None:
    """``itemprop="articleBody"`` names the article, but an ad's markup closed it mid-way: the
    paragraphs right after the ad's label carry it on; after a heading (another section) they do not."""
    menu = "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(30))
    body = '<div itemprop="articleBody">' + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5)) + "</div>"
    rest = "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(3))
    kept = _main_texts(_page(f"{menu}<div><div>{body}</div></div><div><span>Advertisement</span></div>{rest}{menu}"))
    assert [t for t in kept if t.startswith("Residents said")] == [OTHER.format(n=n).strip() for n in range(3)]
    assert "Advertisement" not in kept
    headed = _main_texts(_page(f"{menu}<div><div>{body}</div></div><div><h3>From our readers</h3></div>{rest}{menu}"))
    assert not any(t.startswith("Residents said") for t in headed)
    assert len([t for t in headed if t.startswith("The council voted")]) == 5


def test_the_heavier_rest_of_a_declared_body_after_an_ad_is_a_part() -> None:
    """An ad's markup closed the declared element after its first part; the rest, heavier, in a
    sibling after the ad's label, is the article's too (its lines of names stop the resume)."""
    menu = "".join(f"<div><a href='/s{n}'>Section number {n} of the site</a></div>" for n in range(30))
    body = '<div itemprop="articleBody">' + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3)) + "</div>"
    names = "".join(f"<p>{w}</p>" for w in ("Jo Example", "Photo:", "Agency", "Account: @jo"))
    rest = "".join(f"<p>{OTHER.format(n=n)}</p><p>{OTHER.format(n=n + 10)}</p>{names}" for n in range(2))
    ad = "<div class='ad-slot'><span>Advertisement</span></div>"
    tags = "<ul>" + "".join(f"<li><a href='/t{n}'>Topic page number {n}</a></li>" for n in range(16)) + "</ul>"
    kept = _main_texts(_page(f"{menu}<div><div><div>{body}</div></div>{ad}<div><div>{rest}</div></div>{tags}</div>"))
    assert OTHER.format(n=11).strip() in kept


def test_the_article_resumes_after_an_empty_ad_slot_that_closed_its_containers() -> None:
    """An empty ad slot (an ``<iframe>``, no label) whose markup closed the article's containers:
    the paragraphs right after it carry the article on; with no slot there, prose right after
    the article's container stays out."""
    body = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(8))
    rest = "".join(f"<p>{OTHER.format(n=n)}</p>" for n in range(2))
    links = "<ul>" + "".join(f"<li><a href='/t{n}'>Another story on the site number {n}</a></li>" for n in range(20))
    for slot, resumed in (("<div class='ad-slot'><iframe src='/ad'></iframe></div>", True), ("", False)):
        page = f"<h1>Bridge</h1><div><div><span>Updated</span><div>{body}</div></div>{slot}<div><div>{rest}</div>"
        kept = _main_texts(_page(f"{page}{links}</ul></div></div>"))
        assert (OTHER.format(n=1).strip() in kept) is resumed, slot


COMMENT = (
    "I have been following this story for a while and I think the council got it wrong again, as it "
    "did with the bypass years ago. Nobody asked the people who actually live there. {n}"
)


def _comments(n: int) -> str:
    return "".join(f"<div><p><b>Reader {k}</b> said:</p><p>{COMMENT.format(n=k)}</p></div>" for k in range(n))


def test_readers_comments_inside_the_article_container_do_not_sink_it() -> None:
    """The article's container, widened to from one of its paragraphs, may sum less than nothing
    with a long comments thread inside it: it is still the article's; the thread stays out."""
    story = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    thread = f"<div><h3>Comments</h3>{_comments(6)}</div>"
    kept = _main_texts(_page(f"<div><h1>Council approves new footbridge</h1>{story}{thread}</div>"))
    assert len([t for t in kept if t.startswith("The council voted")]) == 2
    assert not any(t.startswith("I have been following") for t in kept)
    segments, _meta, _count, blocks = segment_html_blocks(_page(f"<div>{thread}</div>"))
    main = find_main_content(segments, blocks)  # a thread alone is no article
    assert main is None or not any(m and s.text.startswith("I have been") for s, m in zip(segments, main))


def test_a_long_thread_inside_a_short_articles_container_does_not_hand_the_page_to_a_footer() -> None:
    """Comments opened by their heading weigh nothing against the container they sit in: a short
    article whose container also holds a long thread is still the article, whole (before: one
    of its paragraphs), and neither the thread nor a footer's prose joins it."""
    story = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    thread = f"<div><h3>Comments</h3>{_comments(8)}</div>"
    footer = (
        "<div><div>The Daily Example is published by Example Media Ltd, 1 High Street, Exampletown, "
        "company number 0123456, VAT number 987654321, registered in England and Wales.</div></div>"
    )
    html = _page(f"<div><div><h1>Council approves new footbridge</h1>{story}{thread}</div></div>{footer}")
    kept = _main_texts(html)
    assert len([t for t in kept if t.startswith("The council voted")]) == 2
    assert not any(t.startswith("I have been following") or "Example Media" in t for t in kept)


def test_a_comments_heading_after_the_article_opens_the_rest_of_its_container() -> None:
    """Comments rendered without a wrapper of their own: a comments heading alone in its block,
    after the article's paragraphs, makes the rest of the container comments; a comment count
    above the article's paragraphs does not."""
    story = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    kept = _main_texts(
        _page(f"<div><h1>Council approves new footbridge</h1>{story}<h3>4 Comments</h3>{_comments(4)}</div>")
    )
    assert len([t for t in kept if t.startswith("The council voted")]) == 4
    assert not any(t.startswith("I have been following") for t in kept)
    counted = _main_texts(_page(f"<div><h1>Council approves new footbridge</h1><h3>12 Comments</h3>{story}</div>"))
    assert len([t for t in counted if t.startswith("The council voted")]) == 4


MENU_BLURB = "Stories from the seven counties of the valley, reported every day by our team of local reporters {n}."
STATION = (
    "The station has served the valley since 1953, when it signed on from a studio above a shop on Main Street {n}."
)


def test_a_menu_above_the_title_and_the_page_footer_are_no_parts_of_the_article() -> None:
    """Farther up, the menu's blurbs above the title and the page's last block (a prose footer
    without <footer>) are furniture, however much prose they hold."""
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<div class='top'><ul>"
        + "".join(
            f"<li><a href='/s{n}'>Section {n}</a><div><p>{MENU_BLURB.format(n=n)}</p></div></li>" for n in range(4)
        )
        + "</ul></div><div class='wrap'><div class='grid'><div class='col'><h1>Council approves new footbridge</h1>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(5))
        + "</div><div class='rail'><h2>Trending</h2>"
        + "".join(f"<div><a href='/t{n}'>Trending story number {n}</a></div>" for n in range(3))
        + "</div></div></div><div class='bottom'>"
        + "".join(f"<p>{STATION.format(n=n)}</p>" for n in range(3))
        + "<ul><li><a href='/about'>About us</a></li><li><a href='/jobs'>Careers</a></li></ul></div></body></html>"
    )
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, "Council approves new footbridge")
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert len([t for t in kept if t.startswith("The council voted")]) == 5
    assert not any("seven counties" in t or "since 1953" in t for t in kept)


def test_a_small_box_beyond_the_article_containers_is_not_taken() -> None:
    """Farther up, a part must hold a larger share of the article: a sources box after it stays out."""
    notes = [
        f"Email interview with a spokesman for the county highways department, conducted on October {n}, 2019."
        for n in range(3)
    ]
    html = _page(
        "<div class='page'><main><article><div class='meta'><a href='/by'>By A. Writer</a> "
        "<a href='/share'>Share this story</a> <a href='/mail'>Email</a></div>"
        "<div class='wrap'><div class='text'>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(8))
        + "</div></div></article></main><div class='sources'><h3>Sources:</h3>"
        + "".join(f"<p>{note}</p>" for note in notes)
        + "</div><ul class='latest'>"
        + "".join(f"<li><a href='/l{n}'>Latest story from the county number {n}</a></li>" for n in range(20))
        + "</ul></div>"
    )
    kept = _main_texts(html)
    assert not any(note in kept for note in notes)
    assert len([t for t in kept if t.startswith("The council voted")]) == 8


def test_a_question_repeated_in_divs_is_kept_but_a_repeated_div_caption_is_not() -> None:
    """An interview written in <div>s: the repeated question is answered by prose that occurs once."""
    answers = [
        "My grandmother ran a canteen at the mill, and I grew up peeling potatoes for forty people at a time.",
        "I burned every meal for a year as a student, and then a flatmate taught me to make one good soup.",
        "Cooking was the only thing my brothers and I never argued about, so we did a lot of it together.",
    ]
    caption = "Workers lift the first steel span of the footbridge into place on Tuesday morning, May 6."
    html = _page(
        "<article><h1>Three cooks, one question</h1><div>"
        + "".join(f"<div>{PARA.format(n=n)}</div>" for n in range(2))
        + f"<div><img src='a.jpg'><div>{caption}</div><div>{caption}</div></div>"
        + "".join(f"<h3>Cook number {n}</h3><div>{QUESTION}</div><div>{a}</div>" for n, a in enumerate(answers))
        + "</div></article>"
    )
    kept = _main_texts(html)
    assert kept.count(QUESTION) == 3
    assert all(a in kept for a in answers)
    assert caption not in kept


#: invented sentences in a script written without spaces (about 18 characters each)
WIDE_SENTENCES = (
    "港の工事費用が予想を上回ったと市議会が発表した。",
    "調査では古い壁に損傷が見つかった。",
    "住民は冬の間の遅れを覚悟する必要がある。",
    "技術者は地元企業と選択肢を検討している。",
    "地域当局は来月に詳細を公表する予定だ。",
    "費用の一部は国の補助金で賄われる見込みだ。",
    "市長は計画の見直しを否定しなかった。",
    "漁業関係者からは懸念の声が上がっている。",
)


def test_short_paragraphs_in_a_script_without_spaces_are_paragraphs() -> None:
    """Thirty Japanese characters say as much as a long English sentence: they count as a paragraph.

    Counted as plain characters, every paragraph of this article is short and
    counts against its container, and a longer paragraph of furniture wins.
    """
    paras = [
        WIDE_SENTENCES[n % 8] + WIDE_SENTENCES[(n + 3) % 8] + f"（{n}）" for n in range(12)
    ]  # 12 different paragraphs of about 40 characters
    about = "".join(WIDE_SENTENCES[n] for n in (1, 4, 6, 7))  # one paragraph of about 75 characters
    _assert_short_paragraphs_win(paras, about, "ほかの記事の見出し", "港の工事費用が予想を上回る見通し")


def _assert_short_paragraphs_win(paras: list[str], about: str, teaser: str, title: str) -> None:
    """Under a list of 30 teaser links and the title, ``paras`` are the article, not the longer ``about``."""
    body = (
        "<div>"
        + "".join(f"<div><a href='/s{n}'>{teaser} {n}</a></div>" for n in range(30))
        + f"</div><div><h1>{title}</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"</div><div><div><p>{about}</p></div></div>"
    )
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    segments, meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, str(meta["title"]))
    assert main is not None
    kept = [s.text for s, inside in zip(segments, main) if inside]
    assert [t for t in kept if t in paras] == paras
    assert about not in kept


def test_an_article_of_short_paragraphs_is_found_on_a_second_look() -> None:
    """No paragraph reaches 60 characters: the sentences in ``<p>`` elements are the article.

    Without the second look the finder saw no paragraph, trafilatura's
    extraction was too short to be a hint, and nothing was kept.
    """
    short = [f"The ferry will stop running in March, number {n}." for n in range(8)]
    html = _page(
        "<nav><ul>"
        + "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(8))
        + "</ul></nav><div><h1>Council approves new footbridge</h1>"
        + "".join(f"<p>{t}</p>" for t in short)
        + "</div><div><a href='/about'>About us</a> <a href='/jobs'>Jobs</a></div>"
    )
    assert _main_texts(html) == ["Council approves new footbridge", *short]
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom"
    assert article.lines([Label.BODY]) == short


STEPS = [
    "Close the old footpath",
    "Move the water main",
    "Lay the new piers",
    "Fit the steel deck",
    "Paint the railings",
    "Open the new bridge",
]


@pytest.mark.parametrize(
    "block",
    [
        "<ul>" + "".join(f"<li>{s}</li>" for s in STEPS) + "</ul>",
        "<ol>" + "".join(f"<li>{s}.</li>" for s in STEPS) + "</ol>",
        "<p>" + "<br>".join(STEPS) + "</p>",
        "<div class='col factbox'><h3>Facts: the bridge</h3><ul>"
        + "".join(f"<li>{s}</li>" for s in STEPS)
        + "</ul></div>",
    ],
)
def test_a_list_of_short_unlinked_items_between_paragraphs_is_article_text(block: str) -> None:
    """No item is a sentence, so the list was a box of furniture and left out; readability keeps such lists.
    A fact box (a ``div`` with a heading and such a list, no link) is the article's too."""
    html = _page(
        "<div class='story'><h1>Council approves new footbridge</h1>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
        + block
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3, 5))
        + "</div>"
    )
    kept = _main_texts(html)
    assert all(s in kept or f"{s}." in kept for s in STEPS)


def test_linked_lists_and_lists_after_the_last_paragraph_stay_out() -> None:
    linked = "<ul>" + "".join(f"<li><a href='/s{n}'>{s}</a></li>" for n, s in enumerate(STEPS)) + "</ul>"
    offer = "<div class='box'><ul>" + "".join(f"<li>{s}</li>" for s in STEPS) + "</ul></div>"
    html = _page(
        "<div class='story'><h1>Council approves new footbridge</h1>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
        + linked
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3, 5))
        + offer
        + "</div>"
    )
    kept = _main_texts(html)
    assert not any(s in kept for s in STEPS)


#: invented Korean sentences (about 20 syllables each)
HANGUL_SENTENCES = (
    "시의회는 화요일 항구 공사 비용이 예상보다 많다고 밝혔다.",
    "조사에서 오래된 벽의 손상이 발견되었다.",
    "주민들은 겨울 동안 지연을 예상해야 한다.",
    "기술자들은 지역 업체와 함께 대안을 검토하고 있다.",
    "지역 당국은 다음 달에 세부 내용을 발표할 예정이다.",
    "비용의 일부는 국가 보조금으로 충당될 전망이다.",
)


def test_short_korean_paragraphs_are_paragraphs() -> None:
    """A Hangul syllable holds two or three letters: 30 of them are a paragraph, as in English."""
    paras = [HANGUL_SENTENCES[n % 6] + " " + HANGUL_SENTENCES[(n + 2) % 6] + f" ({n})" for n in range(12)]
    about = " ".join(HANGUL_SENTENCES[n] for n in (0, 1, 3, 5))  # one paragraph of about 80 syllables
    _assert_short_paragraphs_win(paras, about, "다른 기사의 제목", "항구 공사 비용이 예상보다 많을 전망")


def test_a_short_tag_list_after_the_article_is_left_out_but_a_linked_source_line_stays() -> None:
    """Tags ("Islands Ferries Scotland") are a list of links however short; one linked
    source line under the text is not a list of them."""
    tags = "".join(f"<li><a href='/t/{w}'>{w}</a></li>" for w in ("Islands", "Ferries", "Scotland", "Courts"))
    html = _page(
        "<article><h1>Council approves new footbridge</h1><div>"
        + ARTICLE
        + "<ul><li><a href='/src'>[Council minutes, p. 41]</a></li></ul>"
        + f"<h2>Explore more on these topics</h2><ul>{tags}</ul></div></article>"
    )
    kept = _main_texts(html)
    assert "[Council minutes, p. 41]" in kept
    assert not any(w in kept for w in ("Islands", "Courts", "Explore more on these topics"))


def test_a_heading_that_ends_the_main_content_is_left_out() -> None:
    """A subheading with no article text below it titles what follows the article, not the article."""
    html = _page(
        "<div class='story'><h1>Council approves new footbridge</h1>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
        + "<h2>What happens next</h2>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 4))
        + "<h3>Tell us what you think</h3></div>"
    )
    kept = _main_texts(html)
    assert "What happens next" in kept
    assert "Tell us what you think" not in kept


def test_no_trafilatura_fallback_on_a_huge_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page over FALLBACK_MAX_CHARS whose paragraphs the finder cannot see is not handed to trafilatura."""
    calls: list[int] = []
    monkeypatch.setattr(main_content, "mark_trafilatura_hint", lambda html, segments: calls.append(len(html)) or True)
    small = "<html><body><div>" + "word " * 100 + "</div></body></html>"
    assert main_content.mark_main_content(small, [], None) == "trafilatura"
    huge = "<html><body><div>" + "word " * (main_content.FALLBACK_MAX_CHARS // 5 + 1) + "</div></body></html>"
    assert main_content.mark_main_content(huge, [], None) == ""
    assert calls == [len(small)]
    assert main_content.mark_main_content(huge, [], None, source="trafilatura") == "trafilatura"


def test_list_items_repeated_only_inside_the_article_are_its_own() -> None:
    """A deals post lists the same features under each product: repeated, but only inside the
    article, and without links, they are its text; the same items also found outside (a menu) are not."""
    features = ["Automatically on and connected to every device you own", "Quick access to the assistant by voice"]
    items = "<ul>" + "".join(f"<li>{f}</li>" for f in features) + "</ul>"
    body = "".join(f"<p>{PARA.format(n=n)}</p>{items}" for n in range(4))
    kept = _main_texts(_page(f"<div><h1>Council approves new footbridge</h1>{body}</div>"))
    assert kept.count(features[0]) == 4
    menu = "<ul>" + "".join(f"<li><a href='/m{n}'>{f}</a></li>" for n, f in enumerate(features)) + "</ul>"
    linked = _main_texts(_page(f"{menu}<div><h1>Council approves new footbridge</h1>{body}</div>"))
    assert features[0] not in linked


#: the article of :data:`ARTICLE`, each paragraph ending a sentence (prose)
PROSE_ARTICLE = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(6))


def test_a_layer_word_on_the_container_of_the_page_prose_is_no_boilerplate() -> None:
    # 'js-handle-overlay' hooks the script that opens photos in a layer; the class names are
    # Spanish, so no English content word exempts the container: it holds the page's prose
    html = _page(
        "<nav><a href='/'>Inicio</a> <a href='/n'>Noticias</a></nav>"
        '<h1>Council approves new footbridge</h1><div class="articulo-cuerpo js-handle-overlay">'
        + PROSE_ARTICLE
        + "</div><div class='pie'><p>Short note on the site and its owners, written in one line here.</p></div>"
    )
    kept = _main_texts(html)
    assert [t for t in kept if t.startswith("The council voted")] == [f"{PARA.format(n=n).strip()}." for n in range(6)]


def test_a_layer_of_little_prose_stays_boilerplate() -> None:
    # hard negative: a sign-up layer ('modal-overlay') beside the article holds a paragraph of
    # its own; it holds a small share of the page's prose, so it is still a layer
    html = _page(
        "<h1>Council approves new footbridge</h1><div class='cuerpo'>"
        + PROSE_ARTICLE
        + "</div><div class='modal-overlay'><p>Join thousands of readers and get our best stories in "
        "your inbox every single morning, with no charge at all and no strings attached.</p></div>"
    )
    kept = _main_texts(html)
    assert any(t.startswith("The council voted") for t in kept)
    assert not any("Join thousands" in t for t in kept)


def test_a_part_of_the_article_opened_by_a_linked_line_is_no_teaser_box() -> None:
    # the article's first part, split from the rest by an ad slot, holds a linked line, a
    # summary paragraph and one more paragraph: the summary is the article's, not a teaser's
    summary = (
        "Summary: the swimmers of the north school won four titles at the state meet on Saturday, "
        "two of them in relays."
    )
    second = "The diving title went to a junior from the east school for the first time."
    html = _page(
        "<h1>Council approves new footbridge</h1><div>"
        "<div><p><a href='/results'>CLICK FOR FULL RESULTS</a></p>"
        f"<p>{summary}</p><p>{second}</p></div>"
        "<div><div><span>Advertisement</span></div><iframe src='/ads/1'></iframe></div>"
        "<div>" + "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(1, 5)) + "</div></div>"
    )
    kept = _main_texts(html)
    assert summary in kept
    assert f"{PARA.format(n=4).strip()}." in kept


def test_a_teaser_box_of_one_summary_is_still_a_teaser() -> None:
    # hard negative: a linked title and its summary alone in a small box between the article's
    # paragraphs and a footer stay out
    summary = "A short summary of another story that the site wants you to read next, with details."
    html = _page(
        "<h1>Council approves new footbridge</h1><div>"
        + PROSE_ARTICLE
        + "</div><div><div><h3><a href='/other'>Another story that readers liked very much</a></h3>"
        f"<p>{summary}</p></div></div>"
    )
    kept = _main_texts(html)
    assert f"{PARA.format(n=5).strip()}." in kept
    assert summary not in kept


def test_a_linked_paragraph_in_a_live_blog_post_opens_no_teaser_box() -> None:
    # a live blog's post: a linked "Read more" line in a <p>, then the post's paragraph, alone
    # in a small <article>; the paragraph is the article's, not a teaser's summary
    post = "The deal drew orders from small investors, who subscribed for several times the shares on offer."
    html = _page(
        "<h1>Council approves new footbridge</h1><div>"
        + "".join(
            f"<article><header><time>09:{n}0</time></header><p>{PARA.format(n=n).strip()}.</p></article>"
            for n in range(4)
        )
        + "<article><header><time>09:50</time></header><p><a href='/other'>Read more: another story "
        f"about the bridge</a></p><p>{post}</p></article></div>"
    )
    kept = _main_texts(html)
    assert post in kept


LEAD = "The town's long argument over a crossing for walkers ended on Tuesday with a vote of nine to two."


def _titled_main_texts(body: str) -> list[str]:
    html = f"<html><head><title>Council approves new footbridge</title></head><body>{body}</body></html>"
    segments, _meta, _count, blocks = segment_html_blocks(html)
    main = find_main_content(segments, blocks, "Council approves new footbridge")
    assert main is not None
    return [s.text for s, inside in zip(segments, main) if inside]


#: a list of linked titles after the article, in its wrapper (it weighs against the wrapper)
RELATED = (
    "<ul>"
    + "".join(f"<li><a href='/s{n}'>Another story that readers liked very much number {n}</a></li>" for n in range(6))
    + "</ul>"
)


def test_a_lead_paragraph_set_apart_above_the_body_is_the_articles() -> None:
    # one paragraph in a box of its own between the title and the body's container weighs far
    # less than a fifth of the body: it is still the article's first paragraph
    body = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(9))
    kept = _titled_main_texts(
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><div><h1>Council approves new footbridge</h1>"
        f"<div><a href='#'>Share</a></div><div><p>{LEAD}</p></div><div>{body}</div>"
        + RELATED
        + "</div><footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer>"
    )
    assert LEAD in kept
    assert f"{PARA.format(n=8).strip()}." in kept


def test_a_summary_outside_the_declared_article_body_is_not_taken_as_a_lead() -> None:
    # hard negative: the page declares its article's element (itemprop=articleBody); the
    # standfirst above it (itemprop=description) is the page's summary, not its text
    body = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(9))
    kept = _titled_main_texts(
        "<div><h1>Council approves new footbridge</h1>"
        f"<div itemprop='description'><p>{LEAD}</p></div><div itemprop='articleBody'>{body}</div>{RELATED}</div>"
    )
    assert LEAD not in kept
    assert f"{PARA.format(n=8).strip()}." in kept


NOTE = "The deputy mayor also chairs the joint school catering board, which buys for three towns."
PS = "The menus of the week are posted at the school gates and published on the town's website."


def _notes_page(notes_class: str, notes_links: str = "") -> str:
    body = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(9))
    return _page(
        f"<div class='content'><h1>Council approves new footbridge</h1><div class='texte'>{body}</div>"
        f"<div class='{notes_class}'><h2>Notes</h2><p>[1] {NOTE}</p>{notes_links}</div>"
        f"<div class='ps'><h2>P.-S.</h2><p>{PS}</p></div>"
        f"<div class='menu articles'><h2>In the same section</h2>{RELATED}</div></div>"
    )


def test_the_articles_notes_after_its_text_are_kept_without_their_titles() -> None:
    # SPIP's div.notes and div.ps after div.texte: two short boxes far lighter than a fifth of
    # the body, named as the article's notes; their one-word titles are the boxes' labels
    kept = _main_texts(_notes_page("notes"))
    assert f"[1] {NOTE}" in kept and PS in kept
    assert "Notes" not in kept and "P.-S." not in kept
    assert not any("readers liked" in t for t in kept)


def test_a_light_box_after_the_article_is_not_taken_without_a_notes_word_or_with_links() -> None:
    # hard negatives: the same box named otherwise ("about") stays out, and so does the PS after
    # it (the notes run ends at the first box that is no notes box); a "notes" box that is mostly
    # a list of links is no notes box
    kept = _main_texts(_notes_page("about"))
    assert f"[1] {NOTE}" not in kept and PS not in kept
    links = "".join(
        f"<p><a href='/n{n}'>A further reading link to another long page number {n}</a></p>" for n in range(4)
    )
    assert f"[1] {NOTE}" not in _main_texts(_notes_page("notes", links))
    assert len([t for t in _main_texts(_notes_page("about")) if t.startswith("The council voted")]) == 9


def test_the_label_of_the_articles_own_list_in_a_div_stays() -> None:
    # "Key points:" in a bare <div> over an unlinked list, above the first paragraph: the list's
    # label; hard negative: "Topics:" over a list of links after the article is furniture
    html = _page(
        "<div><h1>Council approves new footbridge</h1>"
        "<div class='box'><div>Key points:</div><ul><li>Nine votes to two after a long meeting</li>"
        "<li>Building starts in the spring</li></ul></div>"
        + "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
        + "<div>Topics:</div><ul><li><a href='/t/transport'>Transport</a></li><li><a href='/t/rivers'>Rivers</a></li></ul>"
        "</div>"
    )
    kept = _main_texts(html)
    assert "Key points:" in kept and "Building starts in the spring" in kept
    assert "Topics:" not in kept
    assert len([t for t in kept if t.startswith("The council voted")]) == 6


def _split_story(second_class: str, second: str) -> str:
    first = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(3))
    return _page(
        "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<article><h1>Council approves new footbridge</h1>"
        f"<div class='caas-body'>{first}<div class='ad'><span>Advertisement</span></div></div>"
        f"<div class='{second_class}'>{second}</div></article>"
        "<aside><h3>Most popular</h3><ul>"
        + "".join(f"<li><a href='/p{n}'>A popular story on the site this week, number {n}</a></li>" for n in range(16))
        + "</ul></aside>"
    )


#: the story's second half: four paragraphs, a list of points, a subheading and a captioned photo,
#: prose about three quarters of its text
SECOND_HALF = (
    "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(3, 5))
    + "<h2>What happens next</h2>"
    + "<ul><li>Works on the north bank begin in the spring.</li><li>The old ferry keeps running until then.</li>"
    "<li>Cyclists will have a lane of their own.</li></ul>"
    + "<figure><img src='/b.jpg'><figcaption>The river at the site of the new bridge, seen from the north bank.</figcaption></figure>"
    + "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(5, 7))
)


def test_the_second_half_of_a_story_named_content_and_social_is_main_content() -> None:
    # "caas-body social-sharing-enabled": a content word and a share word on the container of
    # the story's second half; its list, subheading and caption bring its prose share below 0.8
    kept = _main_texts(_split_story("caas-body caas-body-collapse social-sharing-enabled", SECOND_HALF))
    assert [t for t in kept if t.startswith("The council voted")] == [f"{PARA.format(n=n).strip()}." for n in range(7)]


def test_the_second_half_of_a_story_named_only_for_sharing_is_main_content() -> None:
    # "caas-readmore-collapse social-sharing-enabled": share words and no content word on the
    # container of the story's second half (behind a "Story continues" button); a share bar or a
    # follow box holds no three prose paragraphs at three quarters of its text
    kept = _main_texts(_split_story("caas-readmore-collapse social-sharing-enabled", SECOND_HALF))
    assert [t for t in kept if t.startswith("The council voted")] == [f"{PARA.format(n=n).strip()}." for n in range(7)]


@pytest.mark.parametrize("second_class", ["social-sharing-enabled", "share-stories related-box"])
def test_a_box_of_teasers_named_for_sharing_stays_boilerplate(second_class: str) -> None:
    # hard negatives: teasers under a share word, their linked titles between the summaries; a
    # share word beside a never-content one ("related")
    teasers = "".join(
        f"<h3><a href='/t{n}'>A headline of another story that the site wants you to read next {n}</a></h3>"
        f"<p>{TEASER.format(n=n).strip()}.</p>"
        for n in range(4)
    )
    kept = _main_texts(_split_story(second_class, teasers))
    assert not any(t.startswith("A short summary") for t in kept)


def _component_story(shared_class: str, shared: str) -> str:
    """A story split over one small box per paragraph; the fourth box has ``shared_class``."""
    boxes = [f"<div class='component component--text'><p>{PARA.format(n=n).strip()}.</p></div>" for n in range(6)]
    boxes.insert(3, f"<div class='{shared_class}'>{shared}</div>")
    return _page(
        "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<main><div class='component component--headline'><h1>Council approves new footbridge</h1></div>"
        + "".join(boxes)
        + "</main><aside><h3>Most popular</h3><ul>"
        + "".join(f"<li><a href='/p{n}'>A popular story on the site this week, number {n}</a></li>" for n in range(8))
        + "</ul></aside>"
    )


SHARED_PARAGRAPH = "The mayor said the bridge would be open to walkers and cyclists by the end of next summer."


@pytest.mark.parametrize("shared_class", ["component component--text share-enabled", "text social-share-paragraph"])
def test_a_one_paragraph_box_named_text_and_share_is_main_content(shared_class: str) -> None:
    # a paragraph's own box wired for sharing, named content too: one prose paragraph is enough
    kept = _main_texts(_component_story(shared_class, f"<p>{SHARED_PARAGRAPH}</p>"))
    assert SHARED_PARAGRAPH in kept


SECOND_SHARED = "Work on the south bank will wait until the ferry has made its last crossing in the autumn."


@pytest.mark.parametrize("shared_class", ["texte social-sharing-enabled", "sc-1f2a3b4c social-sharing-enabled"])
def test_a_two_paragraph_box_named_only_for_sharing_is_main_content(shared_class: str) -> None:
    # two paragraphs of the story in a box wired for sharing, no content word on it (a hashed or a
    # French class name): a share bar's pitch is one sentence, not two paragraphs
    kept = _main_texts(_component_story(shared_class, f"<p>{SHARED_PARAGRAPH}</p><p>{SECOND_SHARED}</p>"))
    assert SHARED_PARAGRAPH in kept and SECOND_SHARED in kept


def test_a_share_box_with_one_pitch_sentence_stays_boilerplate() -> None:
    # hard negative: a share bar's pitch, one sentence over its buttons, named only for sharing
    pitch = "Enjoyed this story? Share it with your friends and family on social media today."
    kept = _main_texts(_component_story("social-share", f"<p>{pitch}</p><a href='#'>Facebook</a> <a href='#'>X</a>"))
    assert pitch not in kept and "The council voted" in " ".join(kept)


@pytest.mark.parametrize(
    ("shared_class", "shared"),
    [
        # a share box named content, its text a sentence of links and buttons, is no paragraph of prose
        ("component component--text share-bar", "<a href='#'>Share this story on Facebook</a> <a href='#'>X</a>"),
        # a newsletter word beside the share word and the content word: still boilerplate
        ("text share newsletter-box", f"<p>{SHARED_PARAGRAPH}</p>"),
        # a share word without a content word: still boilerplate
        ("component social-quote", f"<p>{SHARED_PARAGRAPH}</p>"),
    ],
)
def test_a_share_box_that_is_no_text_paragraph_stays_boilerplate(shared_class: str, shared: str) -> None:
    kept = " ".join(_main_texts(_component_story(shared_class, shared)))
    assert "Share this story" not in kept and SHARED_PARAGRAPH not in kept


def test_a_box_of_teasers_named_post_and_related_stays_boilerplate() -> None:
    # hard negative: "related-post" (a content word beside a never-content one) on a box of
    # teasers, a linked title over each summary: prose well under three quarters of its text
    teasers = "".join(
        f"<h3><a href='/t{n}'>A headline of another story that the site wants you to read next {n}</a></h3>"
        f"<p>{TEASER.format(n=n).strip()}.</p>"
        for n in range(4)
    )
    kept = _main_texts(_split_story("related-post", teasers))
    assert not any(t.startswith("A short summary") for t in kept)


#: a news roundup: most of its sentences are links to the stories they sum up
ROUNDUP = (
    "<p>Here is what happened in the valley this week, in brief.</p>"
    "<p><a href='/a'>The council approved the new footbridge</a> on Tuesday, <a href='/b'>after ten years of debate</a>.</p>"
    "<p><a href='/c'>Police closed Station Street</a> for two days while <a href='/d'>a burst water main was repaired</a>.</p>"
    "<p>The school board met on Thursday and agreed to keep the library open on Saturdays until the summer.</p>"
    "<p><a href='/e'>The Mill Road market returns on Sunday</a>, with <a href='/f'>twenty new stalls</a> and a band.</p>"
    "<p>We will be back with more next week.</p>"
)


def _roundup_page(after: str = "") -> str:
    return _page(
        "<div><a href='/'>Home</a> <a href='/n'>News</a> <a href='/s'>Sport</a></div>"
        f"<div><h1>Valley week in brief</h1><div>By Jane Roe</div><div class='t'>{ROUNDUP}</div>{after}</div>"
        "<div><h2>Most read</h2><ul>"
        + "".join(f"<li><a href='/m{n}'>A most read story on the site this week number {n}</a></li>" for n in range(8))
        + "</ul></div>"
    )


def test_the_linked_sentences_of_a_roundup_are_the_article() -> None:
    # a <p> sentence of nine words or more whose words are mostly links counts neither for nor
    # against: the roundup's container is the article, not its one unlinked paragraph
    kept = _main_texts(_roundup_page())
    assert "Here is what happened in the valley this week, in brief." in kept
    assert any(t.startswith("The council approved the new footbridge") for t in kept)
    assert "We will be back with more next week." in kept


def test_linked_titles_in_paragraphs_after_a_roundup_stay_out() -> None:
    # hard negative: a box of linked headlines, each a <p> that ends no sentence
    box = (
        "<div><h3>More from the valley</h3>"
        + "".join(
            f"<p><a href='/r{n}'>Another story from the valley that readers liked this week number {n}</a></p>"
            for n in range(6)
        )
        + "</div>"
    )
    kept = _main_texts(_roundup_page(box))
    assert any(t.startswith("The council approved the new footbridge") for t in kept)
    assert not any(t.startswith("Another story from the valley") for t in kept)


def _mixed(extra: str = "") -> str:
    paras = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(4))
    return _page(
        "<nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<div><h1>Council approves new footbridge</h1><div id='text'>"
        f"The council met on Tuesday night in the old town hall.<br><br>Nobody objected.<br><br>{paras}{extra}"
        "</div></div>"
    )


def test_a_short_sentence_written_between_the_articles_p_elements_is_main_content() -> None:
    # text and <br> mixed with <p> in one container (a press-release site's body): a statement
    # written right in the element that holds the paragraphs is the article's, however short
    assert "Nobody objected." in _main_texts(_mixed())


def test_a_short_sentence_in_a_box_of_its_own_is_still_loose_text() -> None:
    # hard negative: the same kind of line in an element of its own (a widget's prompt)
    kept = _main_texts(_mixed("<div class='box'>Thanks for reading.</div>"))
    assert "Nobody objected." in kept
    assert "Thanks for reading." not in kept


def _closed_by_ad(between: str, rest: str) -> str:
    """A story whose ``rest`` follows ``between`` in an unclosed block that runs to the page's end
    (an ad's markup closed the article's containers and the page's wrapper, ``mutate_tune.py split3``)."""
    first = "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(5))
    return _page(
        "<div id='app'><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        f"<main><article><h1>Council approves new footbridge</h1><div class='body'>{first}"
        f"</div></article></main></div>{between}<div><div>{rest}</div>"
        "<section><h2>Most read</h2><ol>"
        + "".join(f"<li><a href='/p{n}'>A popular story on the site this week, number {n}</a></li>" for n in range(30))
        + "</ol></section><ul>"
        + "".join(f"<li><a href='/f{n}'>Footer link {n}</a></li>" for n in range(20))
        + "</ul><p>Copyright 2025 The Daily Example.</p></div>"
    )


REST = (
    "<aside class='related-card'><span>You may also like</span><a href='/r'>Another story about the old "
    "ferry and its last crossing</a></aside><h2>What happens next</h2>"
    + "".join(f"<p>{PARA.format(n=n).strip()}.</p>" for n in range(5, 8))
)
ABOUT = (
    "<p>The Daily Example is an independent newspaper serving the valley since 1921, owned by a trust of "
    "its readers and staff, with offices in three towns.</p><p>Our journalists follow the editors' code of "
    "practice, and complaints about our reporting go to the independent press standards body.</p>"
)


def test_the_rest_of_a_story_after_an_ad_that_closed_the_pages_wrapper_is_main_content() -> None:
    # the ad's label, then the rest of the story at the start of a block that also holds the
    # most-read list and the footer: the part next to the article is taken, the lists are not
    kept = _main_texts(_closed_by_ad("<div class='slot'><span>Advertisement</span></div>", REST))
    assert [t for t in kept if t.startswith("The council voted")] == [f"{PARA.format(n=n).strip()}." for n in range(8)]
    assert not any("popular story" in t or "Copyright" in t for t in kept)


def test_a_block_running_to_the_pages_end_with_no_ad_before_it_stays_out() -> None:
    # hard negative: with no ad's label between, a block that holds the page's last text is its
    # footer (an "about us" of prose in <div>s), not the rest of the article
    kept = _main_texts(_closed_by_ad("", ABOUT))
    assert not any("independent newspaper" in t for t in kept)
    assert len([t for t in kept if t.startswith("The council voted")]) == 5
