"""The article span on HTML pages with newsclean's own main-content hint."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsclean
from newsclean import Label, Options

PARA = (
    "In vote {n}, the council agreed on Tuesday night to build a new footbridge across the river, ending "
    "a debate that has lasted more than a decade and divided two neighbourhoods."
)

REPLY = "Reader {n} here: I have waited years for this bridge and I am glad the council finally agreed to it."


def _page(button: str) -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    rest = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6, 8))
    return (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<nav><ul>" + "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(12)) + "</ul></nav>"
        "<article><h1>Council approves new footbridge</h1><div class='story'>"
        f"{paras}{button}{rest}</div></article>"
        "<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "button",
    [
        "<div class='comments-count'><a href='#comments'>Comments</a></div>",
        "<div class='share-bar'><a href='#comments'>12 comments</a></div>",
    ],
)
def test_a_comments_link_between_paragraphs_does_not_end_the_article(button: str) -> None:
    article = newsclean.clean(_page(button), Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(8)]


def test_a_comments_heading_after_the_last_paragraph_still_ends_it() -> None:
    comments = (
        "<section class='comments'><h3>Comments</h3>"
        + "".join(f"<div class='comment'><b>reader{n}</b><p>{REPLY.format(n=n)}</p></div>" for n in range(3))
        + "</section>"
    )
    html = _page("").replace("</article>", f"</article>{comments}")
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert len(article.lines([Label.BODY])) == 8


@pytest.mark.parametrize(
    "teaser",
    [
        "<p><strong><a href='/s/9'>'BRIDGE WEEK' STAR OPENS UP ABOUT HER HEALTH CONDITION</a></strong></p>",
        "<p><a href='/s/10'>Why the old ferry across the river was scrapped in the end</a></p>",
    ],
)
def test_a_paragraph_that_is_one_link_in_the_article_is_another_storys_teaser(teaser: str) -> None:
    """Between the story's paragraphs, a ``<p>`` that is nothing but a link titles another page."""
    article = newsclean.clean(_page(teaser), Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(8)]
    label = next(s for s in article.segments if s.text.startswith(("'BRIDGE", "Why the old")))
    assert label.label is Label.PROMO, label.reason


@pytest.mark.parametrize(
    "own",
    [
        # a linked subheading, a list of linked items, a sentence with a link in it: the story's own
        "<h3><a href='/p/1'>The Riverside Walking Bridge Design Plan</a></h3>",
        "<ul><li><a href='/p/2'>Steel deck with a timber handrail</a></li>"
        "<li><a href='/p/3'>Lighting along the whole span at night</a></li></ul>",
        "<p>The plans are <a href='/p/4'>on the council's website</a> for anyone who wants to read them.</p>",
    ],
)
def test_linked_subheadings_list_items_and_sentences_stay_body(own: str) -> None:
    """Hard negatives: only a plain paragraph that is wholly one link is a teaser."""
    article = newsclean.clean(_page(own), Options(input_format="html", use_model=False))
    body = article.lines([Label.BODY])
    assert [t for t in body if t.startswith(("In vote",))] == [PARA.format(n=n).strip() for n in range(8)]
    assert any(t.startswith(("The Riverside", "Steel deck", "The plans are")) for t in body)


MID = (
    "Marta Quintela was voted off in what host Ian Dale called the hardest verdict of the season, "
    "and she thanked the crew before leaving."
)
BIO_LINE = "Jane Roe covers city hall for The Daily Example. She is based in Millbrook."


def test_a_bio_shaped_sentence_between_the_storys_paragraphs_is_body() -> None:
    """'<Name> was ... host ...' between paragraphs is a sentence about a person in the story."""
    article = newsclean.clean(_page(f"<p>{MID}</p>"), Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text == MID)
    assert seg.label is Label.BODY, seg.reason


def test_an_author_bio_after_the_last_paragraph_stays_a_byline() -> None:
    """Hard negative: the author's bio after the story (a print-edition note after it) is a byline."""
    note = "A version of this article appears in print on page 12 of the city edition with a new headline."
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<article><h1>Council approves new footbridge</h1><div class='story'>"
        f"{paras}<p>{BIO_LINE}</p><p>{note}</p></div></article></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text == BIO_LINE)
    assert seg.label is Label.BYLINE, seg.reason


CORPUS_HTML = Path(__file__).resolve().parents[2] / "corpus" / "html"


@pytest.mark.parametrize(
    ("page", "standfirst"),
    [
        # a WordPress theme: headline, dek and byline in the post's header, the paragraphs in
        # the main column (role="main") below a share bar
        ("en-wordpress-split-10.html", "League says the club ignored two warnings"),
        # the lead in a box of its own above the picture and the rest of the story
        ("en-lying-classes-01.html", "Timbers of a wooden sailing ship"),
        # two sentences, the last with no full stop, over the author's name and bio
        ("en-wordpress-opinion-01.html", "Ballyconnor is spending"),
        # over the byline, inside the main content, though it reads like a photo's caption
        ("en-amp-02.html", "The Regal in Pennick shut"),
        # no full stop, in an <h2 class="article-standfirst"> over the byline
        ("en-reach-readmore-fresh15a.html", "Residents warned that roads"),
        # a long read's dek over the byline and the hero picture's caption, then a chapter list
        ("en-longread-chapters-fresh15e.html", "When the wells in a small mountain town"),
        # a Russian portal's lead, no full stop, in a div.article__announce-text over the date line
        ("ru-portal-blocks-fresh17h.html", "Дорога сократит путь"),
    ],
)
def test_the_standfirst_above_the_main_content_is_body(page: str, standfirst: str) -> None:
    from newsclean.bench.runner import STANDFIRST_RULE, benchmark_body

    article = newsclean.clean((CORPUS_HTML / page).read_bytes(), Options(input_format="html"))
    line = next(s for s in article.segments if s.text.startswith(standfirst))
    assert line.label is Label.BODY and line.reason.startswith(STANDFIRST_RULE)
    assert article.lines([Label.BODY])[0] == line.text
    # article-extraction-benchmark's ground truth leaves the standfirst out: so does its body
    assert standfirst not in benchmark_body(article) and article.lines([Label.BODY])[1] in benchmark_body(article)


def test_a_line_under_the_headline_that_is_no_sentence_is_no_standfirst() -> None:
    """Hard negative: a date and share line where the dek would be stays out of the body."""
    html = (CORPUS_HTML / "en-wordpress-split-10.html").read_text(encoding="utf-8")
    start = html.index('<p class="td-post-sub-title"')
    end = html.index("</p>", start) + 4
    html = html[:start] + '<p class="td-post-sub-title">Updated 2 March 2025, 09:14 · 4 min read</p>' + html[end:]
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert all(not s.reason.startswith("decision.standfirst") for s in article.segments)
    assert not any(s.text.startswith("Updated 2 March") for s in article.segments if s.label is Label.BODY)


def test_a_short_line_in_an_announce_box_under_the_headline_is_no_standfirst() -> None:
    """Hard negative: a box named "announce" that holds a date, no sentence, stays out of the body."""
    from newsclean.bench.htmlcorpus import read_labelled_html

    html = read_labelled_html(CORPUS_HTML / "ru-portal-blocks-fresh17h.html")[0]
    start = html.index('<div class="article__announce-text">') + len('<div class="article__announce-text">')
    end = html.index("</div>", start)
    html = html[:start] + "07.12.2026, 10:42" + html[end:]
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert all(not s.reason.startswith("decision.standfirst") for s in article.segments)


@pytest.mark.parametrize(
    ("tag", "body"),
    [
        ("h2", True),  # a heading right under the headline, whatever its class
        ("div", False),  # hard negative: a box of another name, no heading
    ],
)
def test_a_dek_with_no_full_stop_needs_a_heading_tag_or_a_container_named_a_standfirst(tag: str, body: bool) -> None:
    html = (CORPUS_HTML / "en-reach-readmore-fresh15a.html").read_text(encoding="utf-8")
    old = '<h2 class="article-standfirst" data-label="body">'
    start = html.index(old)
    end = html.index("</h2>", start)
    html = (
        html[:start] + f'<{tag} class="article-kicker">' + html[start + len(old) : end] + f"</{tag}>" + html[end + 5 :]
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text.startswith("Residents warned that roads"))
    assert (seg.label is Label.BODY) is body, seg.reason


CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "html"


def _body_of_corpus_page(name: str) -> list[str]:
    from newsclean.bench.htmlcorpus import read_labelled_html

    html = read_labelled_html(CORPUS / name)[0]
    return newsclean.clean(html, Options(input_format="html", use_model=False)).lines([Label.BODY])


def test_a_table_between_two_paragraphs_of_the_main_content_is_the_storys() -> None:
    # an ad, "Match report continues below", then the line-ups and stats tables (one cell a
    # line) between the paragraphs: the cells count as no gap, the text under them joins
    body = _body_of_corpus_page("en-astro-matchreport-fresh14b.html")
    assert "Kowalczyk" in body and "Possession" in body
    assert any(line.startswith("The win lifts Ashford above Millbrook") for line in body)
    assert not any("Att: 1,284" in line for line in body)  # the scorecard widget, outside the main content


def test_table_cells_of_a_page_laid_out_in_tables_are_no_story_table() -> None:
    # the article's paragraphs sit in a table cell themselves: the right column's cells stay out
    body = _body_of_corpus_page("it-center-font-fresh14b.html")
    assert any(line.startswith("Resta aperta la questione del parcheggio") for line in body)
    assert not any("Farmacie di turno" in line or "E45" in line for line in body)


def test_a_comments_heading_over_dated_posts_ends_the_article_high_up_the_page() -> None:
    # the readers' posts share the article's table cell: "Franco T. - 22/10/2025 11:03" over each
    body = _body_of_corpus_page("it-center-font-fresh14b.html")
    assert any(line.startswith("Resta aperta la questione del parcheggio") for line in body)
    assert not any(line.startswith(("Mio nonno", "Dieci anni per un museo")) for line in body)


def test_an_opinion_piece_filed_under_comment_keeps_its_body() -> None:
    """A WordPress post in the "Comment" category ("category-comment" on its <article>): its
    paragraphs are the article, not readers' comments."""
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4)) + "<p>Nobody was hurt.</p>"
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/opinion'>Opinion</a></nav></header>"
        "<article class='post-123 post type-post status-publish format-standard hentry category-comment'>"
        f"<h1>Council approves new footbridge</h1><div class='entry-content'>{paras}</div></article>"
        "<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert "Nobody was hurt." in article.body
    assert PARA.format(n=0) in article.body


def test_an_opinion_piece_whose_container_names_its_section_comment_keeps_its_body() -> None:
    """'tonal--tone-comment' around the headline and the body: an opinion piece, not comments."""
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4)) + "<p>Nobody was hurt.</p>"
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/comment'>Comment</a></nav></header>"
        "<div class='content tonal tonal--tone-comment'><h1>Council approves new footbridge</h1>"
        f"<div class='content__article-body'>{paras}</div></div>"
        "<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert "Nobody was hurt." in article.body
    assert PARA.format(n=0) in article.body


def _crumb_page(crumbs: str) -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    return (
        "<html><head><title>Footbridge: Council approves the new crossing | Daily Example</title></head><body>"
        f"{crumbs}<article><h1><span class='topline'>River crossing</span> "
        "<span class='title'>Council approves the new crossing</span></h1>"
        f"<p class='meta'>Updated: 14.03.2025 16:48</p><div class='story'>{paras}</div></article></body></html>"
    )


@pytest.mark.parametrize(
    "crumbs",
    [
        "<nav class='crumbs'><ol><li><a href='/'>Home</a></li><li><a href='/city'>City</a></li>"
        "<li aria-current='page'>Footbridge</li></ol></nav>",
        "<div role='navigation'><a href='/'>Home</a> <a href='/city'>City</a></div><div role='navigation'>Footbridge</div>",
    ],
)
def test_a_breadcrumbs_last_crumb_that_starts_the_page_title_is_no_headline(crumbs: str) -> None:
    """The <title> "Footbridge: Council approves ... | Site" starts with the last crumb: the <h1>
    (a topline and the title in one heading) is still the headline."""
    article = newsclean.clean(_crumb_page(crumbs), Options(input_format="html", use_model=False))
    assert article.headline == "River crossing Council approves the new crossing"
    crumb = next(s for s in article.segments if s.text == "Footbridge")
    assert crumb.label is Label.CHROME, crumb.reason


def test_a_date_far_above_the_headline_is_the_sites_date_strip_and_the_one_under_it_the_byline() -> None:
    """The site's date strip over the masthead and the menu is chrome; the article's date under
    the title (the hard negative, the same shape) stays its byline."""
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    menu = "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(8))
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<div class='top-strip'><span>Tuesday, March 18, 2025</span></div>"
        f"<div class='site-menu'><ul>{menu}</ul></div>"
        "<article><h1>Council approves new footbridge</h1><div class='meta'><div>By Jane Roe</div>"
        f"<div>March 18, 2025</div></div><div class='story'>{paras}</div></article></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    strip = next(s for s in article.segments if s.text == "Tuesday, March 18, 2025")
    assert strip.label is Label.CHROME, strip.reason
    date = next(s for s in article.segments if s.text == "March 18, 2025")
    assert date.label is Label.BYLINE, date.reason


def _menu_page(after: str) -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    menu = "".join(
        f"<li><a href='/m{n}'>Menu teaser number {n} about the county budget vote</a></li>" for n in range(4)
    )
    return (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        f"<div class='header-strip'><ul>{menu}</ul></div>"
        "<article><h1>Council approves new footbridge</h1><div>By Jane Roe</div>"
        f"<div class='story'>{paras}</div></article>{after}</body></html>"
    )


def test_an_author_box_after_the_article_stays_a_byline_under_a_menu_of_stories() -> None:
    """A mega menu's list of stories above the article does not make the author's box below it a teaser."""
    box = f"<div class='author-box'><div>Jane Roe</div><div>{BIO_LINE}</div></div>"
    article = newsclean.clean(_menu_page(box), Options(input_format="html", use_model=False))
    bio = next(s for s in article.segments if s.text == BIO_LINE)
    assert bio.label is Label.BYLINE, bio.reason


def test_a_teasers_byline_in_a_list_of_stories_after_the_article_is_sidebar() -> None:
    """Hard negative: under the article's own list of other stories, a teaser's author line is the list's."""
    more = (
        "<div class='more'><h3>More stories</h3><ul>"
        + "".join(
            f"<li><a href='/s{n}'>Another story number {n} about the county budget vote</a>"
            f"<div class='author'>By John Doe</div></li>"
            for n in range(3)
        )
        + "</ul></div>"
    )
    article = newsclean.clean(_menu_page(more), Options(input_format="html", use_model=False))
    line = next(s for s in article.segments if s.text == "By John Doe")
    assert line.label is Label.SIDEBAR, line.reason


def _grid_page(card: str) -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    more = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4, 8))
    cards = "".join(card.format(n=n) for n in range(1, 6))
    return (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<article><h1>Council approves new footbridge</h1>"
        f"<div class='story'>{paras}<div class='flex-block'><h4>More county news</h4>{cards}</div>"
        f"{more}</div></article></body></html>"
    )


CARD = (
    "<div class='module'><h3 class='title'><a href='/s{n}'>County story number {n} about the roads budget</a></h3>"
    "<div class='meta'>Staff Report - March {n}, 2025</div>"
    "<div class='excerpt'>A short summary of county story number {n}, with what the board decided.</div></div>"
)


def test_a_grid_of_dated_teaser_cards_inside_the_article_is_promo() -> None:
    """Five cards (a linked heading, its date line, a summary) between the story's paragraphs."""
    article = newsclean.clean(_grid_page(CARD), Options(input_format="html", use_model=False))
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(8)]
    card = next(s for s in article.segments if s.text.startswith("County story number 3"))
    assert card.label is Label.PROMO, card.reason


def test_linked_subheadings_without_dates_stay_the_storys() -> None:
    """Hard negative: a guide's linked headings over their own descriptions, no date line under them."""
    item = (
        "<h3><a href='/p{n}'>Riverside walking route number {n}</a></h3>"
        "<p>Route {n} follows the river for two miles and ends at the old mill, where there is parking.</p>"
    )
    article = newsclean.clean(_grid_page(item), Options(input_format="html", use_model=False))
    body = article.lines([Label.BODY])
    assert all(f"Riverside walking route number {n}" in body for n in range(1, 6))
    assert all(any(t.startswith(f"Route {n} follows") for t in body) for n in range(1, 6))


@pytest.mark.parametrize(
    ("cls", "body"),
    [
        ("storydeck", True),  # a standfirst word run together with another ("storyDeck", "articledek")
        ("storyshare", False),  # hard negative: a box of another name, and the line has no full stop
    ],
)
def test_a_dek_in_a_run_together_standfirst_class_is_body(cls: str, body: bool) -> None:
    html = (CORPUS_HTML / "en-table-spanbrbr-fresh16c.html").read_text(encoding="utf-8")
    html = html.replace('class="storydeck"', f'class="{cls}"')
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text.startswith("Commuters on the island run"))
    assert (seg.label is Label.BODY) is body, seg.reason


def _ad_box_page(box: str) -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    more = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6, 9))
    return (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<article><h1>Council approves new footbridge</h1>"
        f"<div class='story'>{paras}{box}{more}</div></article></body></html>"
    )


def test_a_subheading_after_a_closed_ad_box_is_no_ad_copy() -> None:
    """The inline ad's box holds its label and an image; the story's subheading under it is body."""
    box = (
        "<table class='inlinead'><tr><td>ADVERTISEMENT</td></tr><tr><td><img src='/a.gif'></td></tr></table>"
        "<span class='subhead'><b>Discount for islanders</b></span><br><br>"
    )
    article = newsclean.clean(_ad_box_page(box), Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text == "Discount for islanders")
    assert seg.label is Label.BODY, seg.reason


def test_an_offer_inside_the_ad_box_under_its_label_stays_an_ad() -> None:
    """Hard negative: the advert's copy sits in the same box as its label."""
    box = "<div class='inlinead'><p>ADVERTISEMENT</p><p>Winter sale: 20% off all boots</p></div>"
    article = newsclean.clean(_ad_box_page(box), Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text.startswith("Winter sale"))
    assert seg.label is Label.AD, seg.reason


def test_a_teaser_cards_summary_under_its_title_in_the_story_is_promo() -> None:
    """An <article class="card inline"> between the paragraphs: label, title, one-line summary."""
    card = (
        "<article class='card card--inline'><span class='card-kicker'>Recommended</span>"
        "<h3 class='card-title'><a href='/s1'>Why four-hour batteries became the default</a></h3>"
        "<p class='card-dek'>A look at the economics behind the most common storage design.</p></article>"
    )
    article = newsclean.clean(_ad_box_page(card), Options(input_format="html", use_model=False))
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(9)]
    seg = next(s for s in article.segments if s.text.startswith("A look at the economics"))
    assert seg.label is Label.PROMO, seg.reason


def test_the_storys_paragraphs_in_a_box_named_inline_after_a_teaser_stay_body() -> None:
    """Hard negative: a "Read more" teaser, then the story's paragraphs in an "inline-content" box."""
    inline = (
        "<div class='inline-content'><p><a href='/s1'>Read more: Bridge plans go on show at the library</a></p>"
        + "".join(f"<p>Short line {n} of the story, in the inline box.</p>" for n in range(5))
        + "</div>"
    )
    article = newsclean.clean(_ad_box_page(inline), Options(input_format="html", use_model=False))
    body = article.lines([Label.BODY])
    assert all(f"Short line {n} of the story, in the inline box." in body for n in range(5))


def _table_page_with_long_comments(title: str) -> str:
    """The fresh table page, its readers' comments made long: the main content takes the whole
    story column, headline row and all."""
    html = (CORPUS_HTML / "en-table-spanbrbr-fresh16c.html").read_text(encoding="utf-8")
    more = " We had the same trouble on the island all last winter, and nobody at the authority ever answered a letter."
    for n in ("wrote:<br>Nine percent", "wrote:<br>At least", "wrote:<br>Fuel costs"):
        start = html.index(n)
        end = html.index("<br>", start + len(n))
        html = html[:end] + more * 2 + html[end:]
    start = html.index("<title>")
    return html[:start] + f"<title>{title}</title>" + html[html.index("</title>") + 8 :]


def test_the_main_contents_first_line_that_repeats_the_page_title_is_the_headline() -> None:
    """A table layout's headline in <font><b>, no <h1>, opening the main content: the dek under it
    and the byline stay the article's (no teaser's title over its "By ..." line)."""
    html = _table_page_with_long_comments("Harbor Gazette | Ferry fares to rise 9 percent in spring, board says")
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert article.headline == "Ferry fares to rise 9 percent in spring, board says"
    dek = next(s for s in article.segments if s.text.startswith("Commuters on the island run"))
    assert dek.label is Label.BODY, dek.reason


def test_a_lead_paragraph_that_repeats_the_page_title_stays_body() -> None:
    """Hard negative: a sentence is no title, whatever the <title> says."""
    lead = "PORT ALLYN - Ferry riders between Port Allyn and Grayling Island will pay about 9 percent more"
    article = newsclean.clean(_table_page_with_long_comments(lead), Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text.startswith(lead))
    assert seg.label is Label.BODY, seg.reason


BIO_BOX = (
    "<div><p><b>Jane Example</b> is a senior reporter who covers city hall, transport and housing. "
    "She joined the paper in 2015 after ten years at a regional daily.</p></div>"
)


def test_a_storys_one_paragraph_over_the_authors_bio_is_no_standfirst() -> None:
    """A story of one paragraph, a share bar, then the author's bio: the paragraph is the body
    (article-extraction-benchmark's ground truth leaves a standfirst out), not a dek."""
    html = (
        "<html><head><title>Council approves new footbridge - Gazette</title></head><body>"
        "<main><h1>Council approves new footbridge</h1><p>12 March 2025 - By Tom Field</p>"
        f"<div class='text'><p>{PARA.format(n=1)}</p></div><p>Facebook Twitter Whatsapp</p>{BIO_BOX}</main></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text.startswith("In vote 1"))
    assert seg.label is Label.BODY and not seg.reason.startswith("decision.standfirst"), seg.reason


def test_a_dek_over_the_byline_block_is_still_the_standfirst() -> None:
    """Hard negative: headline, dek, "By ..." line, then the story's paragraphs."""
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 6))
    html = (
        "<html><head><title>Council approves new footbridge - Gazette</title></head><body>"
        "<main><h1>Council approves new footbridge</h1>"
        "<p>The vote ends a debate that has divided two neighbourhoods for more than ten years.</p>"
        f"<p>By Tom Field</p><div class='text'>{paras}</div>{BIO_BOX}</main></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text.startswith("The vote ends"))
    assert seg.label is Label.BODY and seg.reason.startswith("decision.standfirst"), seg.reason


def _elementor_widget(kind: str, inner: str) -> str:
    return (
        f"<div class='elementor-element elementor-widget elementor-widget-{kind}'>"
        f"<div class='elementor-widget-container'>{inner}</div></div>"
    )


def test_an_elementor_storys_text_editor_widgets_are_the_article() -> None:
    """An Elementor page puts the story in text-editor widgets with image and ad widgets between:
    the builder's "widget" class word does not make the story a sidebar; its posts widget of
    other stories stays out."""
    parts = [
        _elementor_widget("text-editor", f"<p>{PARA.format(n=n)}</p><p>{PARA.format(n=n + 10)}</p>") for n in range(4)
    ]
    ad = _elementor_widget("html", "<div class='ad-label'>Advertisement</div>")
    story = parts[0] + ad + parts[1] + _elementor_widget("heading", "<h2>Four generations on the creek</h2>")
    story += parts[2] + parts[3]
    posts = _elementor_widget(
        "posts",
        "".join(
            f"<article class='elementor-post'><h3><a href='/s{n}'>Other story number {n} on the river</a></h3>"
            "</article>"
            for n in range(4)
        ),
    )
    html = (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<div class='elementor elementor-location-single'><div class='elementor-widget-wrap'>"
        + _elementor_widget("theme-post-title", "<h1>Council approves new footbridge</h1>")
        + story
        + posts
        + "</div></div></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    labels = {s.text: s.label for s in article.segments}
    assert all(labels[PARA.format(n=n)] is Label.BODY for n in (0, 1, 2, 3, 10, 13))
    assert labels["Four generations on the creek"] is Label.BODY
    assert labels["Advertisement"] is Label.AD
    assert labels["Other story number 2 on the river"] not in (Label.BODY, Label.HEADLINE)


@pytest.mark.parametrize(
    ("dek", "body"),
    [
        # a Korean dek in an <h2> right under the headline: no full stop, no function words of ours
        ("복개도로 1.2㎞ 철거하고 물길 되살려, 상류 구간은 산책로·습지로", True),
        ("على بعد 12 كيلومترا شمال المدينة تنتج المحطة المياه", True),  # Arabic, no full stop
        # hard negatives: a short heading (a kicker, a section) under the headline
        ("하천 복원 2단계", False),
        ("环境 · 本地新闻", False),
    ],
)
def test_a_dek_in_a_script_without_our_function_words_is_told_by_its_length(dek: str, body: bool) -> None:
    html = (CORPUS_HTML / "ko-ndsoft-regional-fresh16b.html").read_text(encoding="utf-8")
    old = "복개도로 1.2㎞ 철거하고 물길 되살려, 상류 구간은 산책로·습지로"
    assert old in html
    article = newsclean.clean(html.replace(old, dek), Options(input_format="html", use_model=False))
    seg = next(s for s in article.segments if s.text == dek)
    assert (seg.label is Label.BODY) is body, seg.reason


def _product_page(headline: str) -> str:
    """A story whose paragraphs a shop's product box (name, price, shop, buy button) splits."""
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    rest = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4, 7))
    box = (
        "<div class='amazon-product-callout'><a class='product-title' href='/go/1'>Halcyon Doorbell Pro (2nd Gen)</a>"
        "<div class='product-price'><a href='/go/1'>$179.99</a></div>"
        "<div class='product-description'><a href='/go/1'>Available from Amazon</a></div>"
        "<a class='product-buy-button' href='/go/1'>Buy Now</a></div>"
    )
    return (
        f"<html><head><title>{headline}</title></head><body>"
        f"<article><h1>{headline}</h1><div class='entry-content'>{paras}{box}{rest}</div></article>"
        "<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        # a deals roundup: its product boxes are what its reader came for
        ("The 12 best early Black Friday deals on video doorbells", True),
        ("Die besten Angebote für Videotürklingeln", True),
        # hard negative: the same box in a story that is no roundup of deals stays an advert
        ("Council approves new footbridge after a decade of debate", False),
    ],
)
def test_a_product_box_in_a_deals_roundup_is_the_storys(headline: str, body: bool) -> None:
    article = newsclean.clean(_product_page(headline), Options(input_format="html", use_model=False))
    for text in ("Halcyon Doorbell Pro (2nd Gen)", "$179.99"):
        seg = next(s for s in article.segments if s.text == text)
        assert (seg.label is Label.BODY) is body, seg.reason
        assert seg.reason.startswith("decision.deal_item") is body
    buy = next(s for s in article.segments if s.text == "Buy Now")
    assert buy.label is not Label.BODY
