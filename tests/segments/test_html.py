"""The HTML segmenter: blocks, DOM features, metadata, and hostile pages."""

from __future__ import annotations

import time

import pytest

import newsclean
from newsclean.segments.html import segment_html, segment_html_blocks
from newsclean.segments.htmlmeta import jsonld_authors, jsonld_claims
from newsclean.segments.htmlparse import parse_html, repair
from newsclean.types import Label


def texts(html: str) -> list[str]:
    return [s.text for s in segment_html(html)[0]]


def seg(html: str, needle: str) -> dict[str, object]:
    """The DOM features of the first segment containing ``needle``."""
    for s in segment_html(html)[0]:
        if needle in s.text:
            assert s.dom is not None
            return s.dom
    raise AssertionError(f"no segment with {needle!r}")


ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Council approves new bridge | The Daily Example</title>
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article>
<h1>Council approves new footbridge over the river</h1>
<p class="byline">By Jane Roe, Staff Writer</p>
<p>The city council voted on Tuesday night to build a new footbridge across the river,
ending a debate that has lasted more than a decade.</p>
<p>Councillors approved the plan by nine votes to two after a three-hour meeting in which
dozens of residents spoke for and against the design.</p>
<p>"This bridge will connect two neighbourhoods that have been cut off from each other for
far too long," said the mayor after the vote.</p>
<p>Construction is expected to begin next spring and to take about eighteen months, the
council said in a statement on Wednesday.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Local bakery wins national award</a></li>
<li><a href="/b">Road closures this weekend</a></li></ul></aside>
<footer><p>© 2025 The Daily Example. All rights reserved.</p></footer>
</body></html>"""


# -- blocks -------------------------------------------------------------------------------


def test_blocks_split_and_inline_elements_join() -> None:
    html = (
        "<html><body><div>Intro <b>bold</b> and <a href='#'>a link</a>.\n   More"
        "<p>First   para<em>graph</em></p>tail of div</div>"
        "<ul><li>one</li><li>two</li></ul><h2>Sub</h2><table><tr><td>a</td><td>b</td></tr></table>"
        "</body></html>"
    )
    assert texts(html) == [
        "Intro bold and a link. More",
        "First paragraph",
        "tail of div",
        "one",
        "two",
        "Sub",
        "a",
        "b",
    ]


def test_touching_inline_elements_are_spaced_but_punctuation_is_not() -> None:
    html = "<p><span>Queues at the door.</span><span>Photo: AP</span></p><p>Said <a>Reuters</a>, quoting.</p>"
    assert texts(html) == ["Queues at the door. Photo: AP", "Said Reuters, quoting."]


def test_br_breaks_lines_and_two_br_break_paragraphs() -> None:
    segments = segment_html("<div>one<br>two<br><br>\n  three</div><div>four</div><p>five</p>")[0]
    assert [s.text for s in segments] == ["one", "two", "three", "four", "five"]
    assert [s.blank_before for s in segments][1:] == [False, True, False, True]


def test_a_block_span_in_a_heading_is_a_line_of_its_own() -> None:
    html = (
        "<h2><span class='block text-primary'>Wohnungsbau in Leipzig</span>"
        "<span class='align-middle'>Genossenschaft baut ein Holzhochhaus</span></h2>"
        "<p><span class='block'>Outside a heading</span> a block span joins the text.</p>"
    )
    assert texts(html) == [
        "Wohnungsbau in Leipzig",
        "Genossenschaft baut ein Holzhochhaus",
        "Outside a heading a block span joins the text.",
    ]


def test_line_is_the_ordinal_and_line_count_the_number_of_segments() -> None:
    segments, _, count = segment_html(ARTICLE)
    assert count == len(segments) > 0
    assert [s.line for s in segments] == [s.index for s in segments] == list(range(count))


def test_invisible_content_is_dropped() -> None:
    html = (
        "<html><head><title>T</title><style>.x{}</style></head><body>"
        "<script>document.write('<p>js</p>')</script><noscript>Enable JS</noscript>"
        "<template><p>tpl</p></template><svg><title>icon</title><text>svg</text></svg>"
        "<iframe>frame</iframe><p>visible<script>x</script> text</p>"
        "<!-- a comment --></body></html>"
    )
    assert texts(html) == ["visible text"]


def test_content_hidden_by_its_own_markup_is_dropped() -> None:
    html = (
        "<html><body><div hidden><p>hidden attribute</p></div>"
        "<div style='color: red; display : none'><p>display none</p></div>"
        "<span style='visibility:hidden'>invisible</span><p style='display:block'>shown</p>"
        "<p>tail <span hidden>gone</span>kept</p></body></html>"
    )
    assert texts(html) == ["shown", "tail kept"]


def test_data_label_changes_nothing() -> None:
    plain = segment_html("<div><p>Hello</p><p>World</p></div>")
    labelled = segment_html('<div data-label="body"><p data-label="headline">Hello</p><p>World</p></div>')
    assert [(s.text, s.blank_before, s.dom) for s in plain[0]] == [(s.text, s.blank_before, s.dom) for s in labelled[0]]


# -- DOM features ------------------------------------------------------------------------


def test_figure_caption_gets_the_image_src() -> None:
    html = (
        "<article><figure class='lead-image'><picture><img src='data:image/gif;base64,R0' "
        "data-src='/img/lead.jpg'></picture><figcaption>Crowds at the opening. "
        "<span class='credit'>Photo: AP</span></figcaption></figure>"
        "<figure><figcaption>Caption first</figcaption>"
        "<amp-img src='/img/b.jpg'></amp-img></figure>"
        "<p>Body text.</p></article>"
    )
    segments, meta, _ = segment_html(html)
    dom = seg(html, "Crowds")
    assert dom["src"] == "/img/lead.jpg"
    assert dom["in_figure"] and dom["in_figcaption"] and dom["tag"] == "figcaption"
    assert seg(html, "Caption first")["src"] == "/img/b.jpg"  # the image may follow the caption
    assert seg(html, "Body text")["src"] is None
    assert meta["images"] == [
        {"src": "/img/lead.jpg", "caption": "Crowds at the opening. Photo: AP"},
        {"src": "/img/b.jpg", "caption": "Caption first"},
    ]
    assert segments[0].text == "Crowds at the opening. Photo: AP"


def test_dom_flags() -> None:
    html = (
        "<body><header class='site-header'><nav role='navigation'>"
        "<ul><li><a href='/'>Home</a></li></ul></nav></header>"
        "<main id='main_content'><article itemprop='articleBody' class='story Story-Body'>"
        "<h2><span>Subheading</span></h2><p>Text with <a href='#'>one link</a> inside it.</p>"
        "<table><tr><td>cell</td></tr></table>"
        "<form><label>Email</label></form></article></main>"
        "<aside><p>Aside text</p></aside><div id='comments'><p>Nice article!</p></div>"
        "<div role='contentinfo'>Footer-ish</div></body>"
    )
    home = seg(html, "Home")
    assert home["tag"] == "li" and home["is_link"] and home["link_density"] == 1.0
    assert home["in_nav"] and home["in_header"] and home["in_list"] and not home["in_main"]
    assert {"site", "header"} <= home["classes"]  # type: ignore[operator]
    assert "navigation" in home["role"]  # type: ignore[operator]
    assert {"nav", "ul", "header", "body"} <= home["ancestors"]  # type: ignore[operator]
    assert "li" not in home["ancestors"]  # type: ignore[operator]

    sub = seg(html, "Subheading")
    assert sub["is_heading"] == 2 and sub["tag"] == "h2"
    assert sub["in_article"] and sub["in_main"] and not sub["in_nav"]
    assert {"story", "body", "main", "content"} <= sub["classes"]  # type: ignore[operator]
    assert "articleBody" in sub["itemprop"]  # type: ignore[operator]

    para = seg(html, "Text with")
    assert para["is_heading"] == 0 and not para["is_link"]
    assert 0.2 < para["link_density"] < 0.5  # type: ignore[operator]
    assert seg(html, "cell")["in_table"]
    assert seg(html, "Email")["in_form"]
    assert seg(html, "Aside text")["in_aside"]
    assert seg(html, "Nice article")["in_comments"]
    assert seg(html, "Footer-ish")["in_footer"]


def test_class_words_are_bounded_but_keep_the_elements_own() -> None:
    html = "".join(f"<div class='w{i} x{i}'>" for i in range(150)) + "<p class='own-words'>text</p>"
    classes = seg(html, "text")["classes"]
    assert isinstance(classes, frozenset)
    assert len(classes) <= 128 and {"own", "words"} <= classes


# -- metadata ----------------------------------------------------------------------------


def test_page_metadata() -> None:
    html = """<html lang="en-GB"><head><title>Page title | Site</title>
    <meta property="og:title" content="Clean title">
    <link rel="canonical" href="https://example.org/story">
    <meta name="author" content="Ann Writer">
    <meta property="article:author" content="https://facebook.com/annwriter">
    <meta property="article:published_time" content="2024-03-05T10:00:00Z">
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "NewsArticle",
       "author": [{"@type": "Person", "name": "Ann Writer"}, {"name": "Bo Second"}]}]}</script>
    <script type="application/ld+json">{ not json</script>
    </head><body><p>Text</p></body></html>"""
    meta = segment_html(html)[1]
    assert meta["title"] == "Clean title"
    assert meta["url"] == "https://example.org/story"
    assert meta["declared_language"] == "en-GB"
    assert meta["published"] == "2024-03-05"
    assert meta["meta_authors"] == ["Ann Writer", "Bo Second"]
    # without the date (htmldate not asked), the rest of the metadata is the same
    undated = segment_html_blocks(html, find_date=False)[1]
    assert undated["published"] is None
    assert {k: v for k, v in undated.items() if k != "published"} == {k: v for k, v in meta.items() if k != "published"}


def test_metadata_fallbacks_and_absences() -> None:
    meta = segment_html(
        '<html><head><title> Only  title </title><meta property="og:url" content="https://x.org/a"></head><body>x</body></html>'
    )[1]
    assert meta["title"] == "Only title" and meta["url"] == "https://x.org/a"
    assert meta["declared_language"] is None and meta["meta_authors"] == [] and meta["images"] == []


def test_jsonld_authors_survive_hostile_json() -> None:
    assert jsonld_authors("[" * 100_000 + "]" * 100_000) == []
    assert jsonld_authors('{"author": "Cy Third"}') == ["Cy Third"]
    assert jsonld_authors('{"mainEntity": {"author": {"name": "Di Fourth"}}}') == ["Di Fourth"]


_CLAIM_LD = (
    '{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "The mayor  owns '
    'six ferries.", "reviewRating": {"@type": "Rating", "alternateName": "False"}}'
)


def test_jsonld_claims_are_a_fact_checks_claim_and_rating() -> None:
    assert jsonld_claims(_CLAIM_LD) == ["The mayor owns six ferries.", "False"]
    assert jsonld_claims('{"@type": "NewsArticle", "claimReviewed": "x"}') == []  # no ClaimReview
    assert jsonld_claims('{"@type": "ClaimReview", ' + "[" * 100_000) == []


def test_the_segments_that_print_the_claim_are_marked_and_the_key_leaves_the_metadata() -> None:
    html = (
        f'<html><head><script type="application/ld+json">{_CLAIM_LD}</script></head><body>'
        "<div class='claim'><h3>Claim</h3><p>The mayor owns six ferries.</p></div>"
        "<p>The mayor owns six ferries, said a post that went round the town.</p></body></html>"
    )
    segments, meta, _count = segment_html(html)
    marked = [s.text for s in segments if s.dom is not None and s.dom.get("claim_review")]
    assert marked == ["The mayor owns six ferries."]
    assert "jsonld_claims" not in meta


# -- hostile and broken pages ------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n",
        "<html><body></body></html>",
        "<html><head><title>T</title></head><body> \n </body></html>",
    ],
)
def test_empty_pages_give_no_segments(html: str) -> None:
    segments, meta, count = segment_html(html)
    assert segments == [] and count == 0
    assert meta["images"] == [] and meta["meta_authors"] == [] and "published" in meta


def test_malformed_markup_is_repaired() -> None:
    html = "<html><body><p>a<b>b</p>c</b><li>one<li>two</table></div><p>x &amp y <unknown>z</unknown> & w<p>last"
    assert texts(html) == ["ab", "c", "one", "two", "x & y z & w", "last"]


def test_ten_thousand_deep_nesting() -> None:
    pages = {
        "div": "<html><body><p>before</p>"
        + "<div>" * 10_000
        + "deep"
        + "</div>" * 10_000
        + "<p>after</p></body></html>",
        "unclosed font": "<html><body><p>before</p>" + "<font>x " * 10_000 + "deep<p>after</p></body></html>",
        "span": "<p>before</p><p>" + "<span>" * 10_000 + "deep" + "</span>" * 10_000 + "</p><p>after</p>",
        "div per text": "<body>" + "".join(f"<div>t{i}" for i in range(10_000)),
    }
    for name, html in pages.items():
        start = time.perf_counter()
        found = texts(html)
        elapsed = time.perf_counter() - start
        print(f"\n10,000-deep {name}: {elapsed:.3f} s, {len(found)} segments")
        joined = " ".join(found)
        if name == "div per text":
            assert found[0] == "t0" and found[-1] == "t9999" and len(found) == 10_000
        else:
            assert found[0] == "before" and found[-1] == "after" and "deep" in joined
        assert elapsed < 30  # bounded, generously: it takes well under a second


def test_repair_keeps_text_and_shallow_tags() -> None:
    html = "<p>a</p>" + "<div>" * 5 + "<script>if (a<b) {}</script>x" + "</div>" * 5
    flat = repair(html, 2)
    assert flat.count("<div>") == 2 and flat.count("</div>") == 2 and "<script>if (a<b) {}</script>x" in flat
    assert parse_html("") is None


def test_tokens_over_libxml2_limit_do_not_truncate_the_page() -> None:
    big = "word " * 2_400_000  # 12 MB: libxml2 gives up on such tokens without huge_tree
    many = "".join(f"<p title='{'x' * 200_000}' class=keep>{i}</p>" for i in range(60))
    scripts = "".join(f"<script>{'y' * 200_000}</script><p>{i}</p>" for i in range(60))
    for html, count in (
        (f"<p>start</p><p>{big}</p><p>end</p>", 3),
        (f"<p>start</p><script>var x = '{big}';</script><p>end</p>", 2),
        (f"<p>start</p><p title='{big}'>x</p><p>end</p>", 3),
        (f"<p>start</p>{many}<p>end</p>", 62),
        (f"<p>start</p>{scripts}<p>end</p>", 62),
    ):
        found = texts(html)
        assert found[0] == "start" and found[-1] == "end"
        assert len(found) == count
    assert texts(f"<p>{big}</p>") == [big.strip()]
    assert seg(f"<p>start</p>{many}<p>end</p>", "59")["classes"] == {"keep"}


def test_entity_bomb_does_not_expand() -> None:
    decls = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    html = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol0 "lol">{decls}]>'
        "<html><body><p>&lol9;</p><p>ok</p></body></html>"
    )
    start = time.perf_counter()
    found = texts(html)
    assert time.perf_counter() - start < 5
    assert sum(len(t) for t in found) < 100
    assert "lollol" not in " ".join(found) and found[-1] == "ok"


def test_twenty_megabyte_page() -> None:
    unit = (
        '<div class="card item-{i}"><h3><a href="/s/{i}">Story number {i} headline</a></h3>'
        '<p class="lead">Paragraph {i} with <a href="/x">a link</a> and <b>bold</b> text.</p>'
        '<figure><img src="/i/{i}.jpg"><figcaption>Caption {i}. Photo: AP</figcaption>'
        "</figure></div>\n"
    )
    parts: list[str] = []
    size = 0
    while size < 20 * 1024 * 1024:
        parts.append(unit.format(i=len(parts)))
        size += len(parts[-1])
    html = (
        "<!DOCTYPE html><html><head><title>Big</title></head><body><article>"
        + "".join(parts)
        + "</article></body></html>"
    )
    start = time.perf_counter()
    segments, meta, count = segment_html(html)
    elapsed = time.perf_counter() - start
    print(f"\n20 MB page ({len(html) / 1e6:.1f} M chars): segment_html {elapsed:.2f} s, {count:,} segments")
    assert count == 3 * len(parts)
    assert segments[-1].text == f"Caption {len(parts) - 1}. Photo: AP"
    assert len(meta["images"]) == len(parts)  # type: ignore[arg-type]


# -- through newsclean.clean ---------------------------------------------------------------

GERMAN = [
    "Der Bürgermeister von Köln eröffnete am Montag die neue Brücke über den Rhein, "
    "die nach drei Jahren Bauzeit fertig wurde.",
    "Die Baukosten lagen mit 48 Millionen Euro etwas über dem Plan, sagte die "
    "Stadtverwaltung in einer Mitteilung am Nachmittag.",
    "Anwohner begrüßten die Öffnung, weil der Umweg über die Südbrücke nun entfällt "
    "und der Verkehr in der Altstadt abnimmt.",
]


def german_page(charset: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in GERMAN)
    return (
        f'<!DOCTYPE html><html lang="de"><head><meta charset="{charset}">'
        "<title>Brücke</title></head>"
        f"<body><article><h1>Neue Rheinbrücke in Köln eröffnet</h1>{paras}</article></body></html>"
    )


def test_clean_bytes_declared_utf8_but_cp1252() -> None:
    article = newsclean.clean(german_page("utf-8").encode("cp1252"))
    assert article.input_format == "html"
    assert article.headline == "Neue Rheinbrücke in Köln eröffnet"
    assert article.body == "\n\n".join(GERMAN)


def test_clean_bytes_declared_latin1_but_utf8() -> None:
    """Valid UTF-8 with non-ASCII characters wins over a wrong single-byte declaration."""
    article = newsclean.clean(german_page("iso-8859-1").encode("utf-8"))
    assert article.headline == "Neue Rheinbrücke in Köln eröffnet"


def test_clean_html_article_keeps_the_paragraphs() -> None:
    article = newsclean.clean(ARTICLE)
    assert article.input_format == "html"
    assert article.headline == "Council approves new footbridge over the river"
    body = article.lines([Label.BODY])
    assert len(body) == 4
    assert body[0].startswith("The city council voted") and body[-1].startswith("Construction is expected")
    assert "not text" not in article.text and "Most read" not in article.text
    assert article.line_count == len(article.segments)
    assert article.metadata["title"] == "Council approves new bridge | The Daily Example"
    assert article.metadata["declared_language"] == "en"


def test_blocks_tree_numbers_block_elements_in_document_order() -> None:
    from newsclean.segments.html import segment_html_blocks

    html = "<html><body><div class='story'><p>One <b>bold</b></p><p>Two</p></div><ul><li>Three</li></ul></body></html>"
    segments, _, _, blocks = segment_html_blocks(html)
    by_text = {s.text: s.dom["block"] for s in segments if s.dom}
    one, two, three = by_text["One bold"], by_text["Two"], by_text["Three"]
    assert isinstance(one, int) and isinstance(two, int) and isinstance(three, int)
    story = blocks.parent[one]
    assert blocks.parent[two] == story and blocks.contexts[story].tag == "div"
    assert blocks.own_classes(story) == frozenset({"story"})
    assert blocks.own_classes(one) == frozenset()  # a <p> without a class of its own
    # the subtree of the div is the contiguous range [story, end[story])
    assert story < one < two < blocks.end[story] <= three
    assert blocks.contexts[blocks.parent[three]].tag == "ul"


def test_h1_right_above_the_first_paragraph_is_the_headline_not_body() -> None:
    """The title <h1> starts the article (share buttons and a caption before the lead)."""
    paras = "".join(f"<p>{p}</p>" for p in ARTICLE.split("<p>")[2:6])
    html = (
        "<html><head><title>Council approves new footbridge over the river</title></head><body>"
        "<div class='story'><h1>Council approves new footbridge over the river</h1>"
        "<figure><img src='a.jpg'><figcaption>The river at dawn.</figcaption></figure>"
        "<div><a href='/t'>Twitter</a></div><div><a href='/f'>Facebook</a></div><div><a href='/e'>Email</a></div>"
        "<div><a href='/r'>Reddit</a></div><div><a href='/s'>SMS</a></div>"
        f"{paras.replace('</p></p>', '</p>')}</div></body></html>"
    )
    article = newsclean.clean(html)
    assert article.headline == "Council approves new footbridge over the river"
    assert all("footbridge over the river" not in line for line in article.lines([Label.BODY]))


def test_h1_repeating_the_title_below_a_quote_is_the_headline() -> None:
    """A fact-check page: the claim (a quote) comes first, then the <h1>; <title> is "Site | Title"."""
    paras = "".join(f"<p>{p}" for p in ARTICLE.split("<p>")[2:6])
    html = (
        "<html><head><title>Fact Desk | How much is the new footbridge going to cost?</title></head><body>"
        "<div class='story'><p>\u201cThe footbridge will cost the town forty million pounds, every penny of it.\u201d</p>"
        "<h1>How much is the new footbridge going to cost?</h1>"
        f"{paras}</div></body></html>"
    )
    article = newsclean.clean(html)
    assert article.headline == "How much is the new footbridge going to cost?"
    assert all("going to cost" not in line for line in article.lines([Label.BODY]))


def test_a_hover_card_inside_a_sentence_is_no_text() -> None:
    """A person's card (photo, name, latest stories) shown only on hover is skipped; the link stays."""
    from newsclean.segments.html import segment_html

    html = (
        "<html><body><p>A man threatened Rep. <span class='rollover-people'><a href='/p/1'>Jo Example</a>"
        "<span class='rollover-people-block'><span><img src='x.jpg'><a href='/p/1'>Jo Example</a>"
        "<a href='/s/1'>Another story about Jo</a></span></span></span> (D-Minn.), officials said.</p></body></html>"
    )
    segments, _meta, _count = segment_html(html)
    assert [s.text for s in segments] == ["A man threatened Rep. Jo Example (D-Minn.), officials said."]


def test_prose_in_a_div_is_set_apart_like_a_paragraph() -> None:
    from newsclean.segments.html import segment_html

    sentence = "The council voted on Tuesday night to build a new footbridge across the river, ending a long debate."
    html = f"<html><body><div>Top stories</div><div>{sentence}</div><div>Short line</div><div>{sentence}</div></body></html>"
    segments, _meta, _count = segment_html(html)
    assert [s.blank_before for s in segments] == [True, True, True, True]


@pytest.mark.parametrize(
    "post",
    [
        "post-123 post type-post status-publish format-standard hentry category-comment tag-credit-cards",
        "post tag-comment tag-ad-industry",  # Ghost's post_class
    ],
)
def test_a_posts_topic_classes_are_no_class_words(post: str) -> None:
    """WordPress and Ghost name a post's categories and tags in its classes: an opinion piece filed
    under "Comment" is not in a comments container, a story tagged "credit cards" is no credit."""
    dom = seg(
        f"<article class='{post}'><div class='entry-content'><p>The bridge is closed.</p></div></article>", "bridge"
    )
    assert dom["in_comments"] is False
    assert {"comment", "credit", "ad"}.isdisjoint(dom["classes"])  # type: ignore[arg-type]
    assert "post" in dom["classes"]  # type: ignore[operator]


@pytest.mark.parametrize("widget", ["widget category-list", "tag-cloud", "sidebar-tags tag-list"])
def test_category_and_tag_classes_of_widgets_stay(widget: str) -> None:
    """Hard negative: without a post's own classes beside them, "tag-cloud" names a widget."""
    dom = seg(f"<div class='{widget}'><a href='/t'>bridges</a></div>", "bridges")
    assert {"category", "tag"} & dom["classes"]  # type: ignore[operator]


#: an opinion piece whose container names its section ("tone-comment"), with readers' comments inside
OPINION = (
    "<html><body><div class='content tonal tonal--tone-comment'><h1>Close the bridge for good</h1>"
    "<div class='article-body'><p>The footbridge has had its day.</p></div>"
    "<div id='comments' class='comments-area'><p>I cross it every morning.</p></div></div></body></html>"
)


def test_a_container_named_for_comments_around_the_headline_is_the_article() -> None:
    """Readers' comments never hold the article's <h1>: the blocks around it that are named for
    comments are the article's section ("tonal--tone-comment"); a comments container inside stays one."""
    assert seg(OPINION, "Close the bridge")["in_comments"] is False
    assert seg(OPINION, "has had its day")["in_comments"] is False
    assert seg(OPINION, "every morning")["in_comments"] is True


def test_comments_with_a_headline_outside_them_stay_comments() -> None:
    """Hard negative: the <h1> outside the comments container leaves it as it is."""
    html = (
        "<html><body><article><h1>Close the bridge</h1><p>The footbridge has had its day.</p></article>"
        "<div class='comments'><h3>3 comments</h3><p>I cross it every morning.</p></div></body></html>"
    )
    assert seg(html, "every morning")["in_comments"] is True
    assert seg(html, "has had its day")["in_comments"] is False


def test_a_comments_heading_in_h1_leaves_the_comments_container_as_it_is() -> None:
    """Hard negative: a page whose only <h1> is the comments' own heading ("Leave a Reply")."""
    html = (
        "<html><body><div class='story'><h2>Close the bridge for good</h2><p>The footbridge has had its day.</p></div>"
        "<div id='comments' class='comments-area'><h1>Leave a Reply</h1><p>I cross it every morning.</p></div></body></html>"
    )
    assert seg(html, "every morning")["in_comments"] is True


def test_time_density_is_the_share_of_a_block_inside_time_elements() -> None:
    html = (
        "<html><body><div class='meta'><time datetime='2025-11-20'>20 Nov 2025</time> Jane Roe</div>"
        "<p>The vote was on <time>Tuesday</time> after a long debate in the hall.</p>"
        "<p>No time here.</p></body></html>"
    )
    assert seg(html, "20 Nov")["time_density"] == pytest.approx(9 / 16)
    assert 0.0 < seg(html, "The vote")["time_density"] < 0.2  # type: ignore[operator]
    assert seg(html, "No time")["time_density"] == 0.0


@pytest.mark.parametrize(
    ("classes", "gone", "kept"),
    [
        ("elementor-element elementor-widget elementor-widget-text-editor", {"widget"}, {"text", "editor"}),
        ("elementor-widget-container", {"widget"}, {"container"}),
        ("elementor-widget elementor-widget-share-buttons", {"widget"}, {"share", "buttons"}),
        # hard negatives: a sidebar widget's own "widget" stays, inside Elementor's name too
        ("elementor-widget elementor-widget-wp-widget-recent-posts", set(), {"widget", "recent"}),
        ("widget widget_recent_entries", set(), {"widget", "recent"}),
    ],
)
def test_a_page_builders_widget_word_is_no_class_word(classes: str, gone: set[str], kept: set[str]) -> None:
    """Elementor calls every element it lays out a widget, the story's text editors included:
    that "widget" names no sidebar; the words after it ("share-buttons") still count."""
    dom = seg(f"<div class='{classes}'><p>The bridge is closed.</p></div>", "bridge")
    assert gone.isdisjoint(dom["classes"])  # type: ignore[arg-type]
    assert kept <= dom["classes"]  # type: ignore[operator]


def test_a_quotes_footer_is_not_the_pages_footer() -> None:
    """<blockquote><footer><cite> gives a quote's source, a line of the article; the page's
    <footer> stays one (hard negative)."""
    html = (
        "<html><body><blockquote><p>It stays closed.</p><footer><cite>Dana Roe, mayor</cite></footer>"
        "</blockquote><footer><p>Copyright 2025 The Example.</p></footer></body></html>"
    )
    assert seg(html, "Dana Roe")["in_footer"] is False
    assert seg(html, "Copyright")["in_footer"] is True
