"""resolve: one label per segment (newsclean.decision.resolve)."""

from __future__ import annotations

import pytest

from helpers import HEADLINES, PARAGRAPHS, clean, detected, index_of, label_map, labels_of, page_text, reason_of
from newsclean.decision.headline import find_headline
from newsclean.decision.resolve import _article_lists, _relative_age, resolve
from newsclean.decision.span import Span, extend_end, find_article
from newsclean.detectors import rules
from newsclean.detectors.page import Page
from newsclean.types import KEEP, Label

P = PARAGRAPHS["en"]
HEAD = HEADLINES["en"]


def prepared(text: str) -> tuple[Page, Span, int | None]:
    """A page with both detector passes run, as label_segments() does, before resolve()."""
    page = detected(text)
    span = find_article(page)
    assert span is not None and not span.index_page
    headline = find_headline(page, span.start)
    rules.detect_in_context(page, headline, span.start, span.end)
    span.end = extend_end(page, span.core.end)
    page.article = (span.start, span.end)
    return page, span, headline


def test_unclaimed_lines_inside_the_article_are_body() -> None:
    text = page_text(HEAD, P[0], "What happens next", P[1], "“No.”", P[2], P[3])
    labels = label_map(text)
    assert labels["What happens next"] is Label.BODY
    assert labels["“No.”"] is Label.BODY
    assert reason_of(text, "“No.”").startswith("decision.in_article")


def test_rule_verdict_stands_inside_the_article() -> None:
    text = page_text(HEAD, P[0], P[1], "Advertisement", P[2], P[3])
    assert label_map(text)["Advertisement"] is Label.AD
    assert reason_of(text, "Advertisement") == "ad.marker[en]: 'Advertisement'"


def test_headline_is_labelled_once_and_its_repeat_is_chrome() -> None:
    text = page_text(HEAD, *P, HEAD, "Share")
    got = [(line, label) for line, label, _ in labels_of(text) if line == HEAD]
    assert got == [(HEAD, Label.HEADLINE), (HEAD, Label.CHROME)]
    assert [r for line, _, r in labels_of(text) if line == HEAD][1] == "decision.repeated_headline"


def test_repeated_headline_in_other_case_is_chrome() -> None:
    labels = label_map(page_text(HEAD, *P, HEAD.upper()))
    assert labels[HEAD] is Label.HEADLINE
    assert labels[HEAD.upper()] is Label.CHROME


@pytest.mark.parametrize("stamp", ["12.31 GMT", "14:05", "18h40", "9.15am"])
def test_live_blog_time_stamp_between_paragraphs_is_body(stamp: str) -> None:
    # a live blog has several entries, each under its time
    text = page_text("Storm live: harbour wall gives way as the tide peaks", P[0], stamp, P[1], "08.02", P[2], P[3])
    assert label_map(text)[stamp] is Label.BODY
    assert reason_of(text, stamp).startswith("decision.timestamp_in_article")


@pytest.mark.parametrize("stamps", [("0:47",), ("00:00", "04:12")])
def test_a_lone_time_between_paragraphs_is_a_players(stamps: tuple[str, ...]) -> None:
    text = page_text(HEAD, P[0], *stamps, P[1], P[2], P[3])
    for stamp in stamps:
        assert label_map(text)[stamp] is Label.CHROME
        assert reason_of(text, stamp).startswith("decision.player_time_in_article")


def test_the_first_entrys_time_stamp_above_the_first_paragraph_is_body() -> None:
    """A live blog's first entry: its time right above the first paragraph, under the byline."""
    text = page_text(
        "Storm live: harbour wall gives way as the tide peaks",
        "By Jane Roe",
        "22:40",
        P[0],
        "21:15",
        P[1],
        "20:05",
        P[2],
        P[3],
    )
    assert label_map(text)["22:40"] is Label.BODY
    assert reason_of(text, "22:40").startswith("decision.timestamp_in_article")


def test_a_time_under_a_players_duration_label_is_the_players() -> None:
    text = page_text(HEAD, P[0], "Duration", "1:58", P[1], "21:15", P[2], "20:05", P[3])
    assert label_map(text)["1:58"] is Label.CHROME


def test_full_date_line_between_paragraphs_stays_byline() -> None:
    line = "Tuesday 4 March 2025 09.14 GMT"
    assert label_map(page_text(HEAD, P[0], P[1], line, P[2], P[3]))[line] is Label.BYLINE


def test_live_blog_entries_stay_body() -> None:
    text = page_text(
        "Storm live: harbour wall gives way as the tide peaks",
        "12.14 GMT",
        P[0],
        "12.31 GMT",
        P[1],
        "12.47 GMT",
        P[2],
        P[3],
    )
    labels = label_map(text)
    assert labels["12.31 GMT"] is Label.BODY and labels["12.47 GMT"] is Label.BODY
    assert [labels[p] for p in P] == [Label.BODY] * 4


def test_unclaimed_lines_outside_the_article_are_chrome() -> None:
    text = page_text("Westmere Gazette", HEAD, *P, "Back issues and archive")
    labels = label_map(text)
    assert labels["Westmere Gazette"] is Label.CHROME
    assert labels["Back issues and archive"] is Label.CHROME
    assert reason_of(text, "Westmere Gazette").startswith("decision.outside_article")


def test_story_like_line_among_sidebar_lines_is_sidebar() -> None:
    lone = "Lifeboat crew rescues three from capsized yacht"
    text = page_text(
        HEAD,
        *P,
        lone,
        "Most Popular",
        "School closures announced for the coming week\nNew ferry timetable starts on Monday",
    )
    assert label_map(text)[lone] is Label.SIDEBAR
    assert reason_of(text, lone).startswith("decision.outside_article: story-like line among sidebar lines")


def test_teaser_byline_in_a_list_after_the_article_is_sidebar() -> None:
    text = page_text(
        HEAD,
        *P,
        "Most Popular",
        "Lifeboat crew rescues three from capsized yacht\nBy Tom Field\nSchool closures announced for the coming week",
    )
    assert label_map(text)["By Tom Field"] is Label.SIDEBAR
    assert reason_of(text, "By Tom Field").startswith("decision.teaser_in_list")


def test_promo_far_after_the_article_is_sidebar() -> None:
    promo = "Also read: Storm leaves thousands without power in the north"
    text = page_text(HEAD, *P, "Share", "Print", "Email", "Comments", promo)
    assert label_map(text)[promo] is Label.SIDEBAR
    assert reason_of(text, promo).startswith("decision.promo_outside_flow")
    # right after the article it is still a promo
    assert label_map(page_text(HEAD, *P, promo))[promo] is Label.PROMO


def test_a_sidebar_heading_over_a_teaser_between_paragraphs_is_a_promo() -> None:
    """ "À lire aussi" (a heading of both lists) over one teaser's title inside the story: a promo's
    heading; hard negative: the same heading over a list of titles far after the article stays sidebar."""
    p, title = PARAGRAPHS["fr"], "Les pêcheurs du port craignent un hiver difficile"
    text = page_text(HEADLINES["fr"], p[0], p[1], "À lire aussi", title, p[2], p[3])
    assert label_map(text)["À lire aussi"] is Label.PROMO
    assert reason_of(text, "À lire aussi").startswith("decision.promo_heading_in_flow")
    others = "Le ferry reprend ses rotations lundi\nLa fête du port revient cet été\nLes écoles ferment mardi"
    text = page_text(HEADLINES["fr"], *p, "Partager", "Imprimer", "Commentaires", "À lire aussi", others)
    assert label_map(text)["À lire aussi"] is Label.SIDEBAR


def test_readers_comments_under_their_counter_are_chrome() -> None:
    """A comment's author and date and its text, under "3 comments" below the article, are chrome
    (no teaser's byline, no story line of a list); a list with its heading under them stays sidebar."""
    author, comment = "Kezia L. · 2 hours ago", "Great news for the town, at last somebody is doing something about it."
    heading_list = "Most read\n1. Lifeboat crew rescues three from capsized yacht\n2. School closures announced for the coming week"
    text = page_text(HEAD, *P, "Share", "Print", "3 comments", author, comment, "Reply", heading_list)
    labels = label_map(text)
    assert (labels[author], labels[comment]) == (Label.CHROME, Label.CHROME)
    assert reason_of(text, author).startswith("decision.comment_section")
    assert labels["1. Lifeboat crew rescues three from capsized yacht"] is Label.SIDEBAR


def test_index_page_has_no_headline_and_no_body() -> None:
    units = [
        (
            "Lifeboat crew rescues three from capsized yacht off the point",
            "A yacht overturned in strong winds on Sunday afternoon and the crew were pulled from the water.",
            "Tom Field",
            "12 March 2025",
        ),
        (
            "School closures announced for the coming week in the valley",
            "Heavy snow is forecast for the hills and the council said buses would not run on Monday.",
            "Ann Lee",
            "11 March 2025",
        ),
        (
            "New ferry timetable starts on Monday with extra evening sailings",
            "The operator is adding two late crossings after complaints from commuters about the last boat.",
            "Jane Roe",
            "10 March 2025",
        ),
    ]
    article = clean(page_text("Latest news", *[f"{t}\n{s}\nBy {a}\n{d}" for t, s, a, d in units]))
    assert not article.found
    assert Label.HEADLINE not in article.labels() and Label.BODY not in article.labels()


# ------------------------------------------------------------ model inputs


def test_model_overrules_rule_verdicts_where_it_is_sure_enough() -> None:
    page, span, headline = prepared(page_text("Home | News", HEAD, "By Jane Roe", *P, "Advertisement", "Share"))
    model = [(Label.SIDEBAR, 0.9, "model.test")] * len(page)
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert by_text[HEAD].label is Label.HEADLINE  # the headline is the decision stage's
    # a firm rule (0.9) gives way too (CV by site style: better on every figure, see combine())
    assert by_text["By Jane Roe"].label is Label.SIDEBAR and by_text["By Jane Roe"].detector == "model"
    # taking article text away needs more confidence than 0.9 (no article text lost)
    assert by_text[P[0]].label is Label.BODY and by_text[P[0]].detector == "rules"
    assert by_text["Share"].label is Label.SIDEBAR  # a weak rule (0.7) gives way


def test_a_rule_verdict_stands_where_the_model_is_unsure() -> None:
    page, span, headline = prepared(page_text("Home | News", HEAD, "By Jane Roe", *P, "Advertisement", "Share"))
    model = [(Label.SIDEBAR, 0.4, "model.test")] * len(page)
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert by_text["By Jane Roe"].label is Label.BYLINE
    assert by_text["Advertisement"].label is Label.AD


def test_model_takes_article_text_away_only_when_very_sure() -> None:
    page, span, headline = prepared(page_text("Home | News", HEAD, "By Jane Roe", *P, "Advertisement", "Share"))
    model = [(Label.CAPTION, 0.995, "model.test")] * len(page)
    for k in (1, 2, 3):  # the rest of the article stays: the model trims, never erases
        model[index_of(page, P[k])] = (Label.BODY, 0.9, "model.test")
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert by_text[P[0]].label is Label.CAPTION and by_text[P[0]].detector == "model"
    assert all(by_text[P[k]].label is Label.BODY for k in (1, 2, 3))


def test_model_cannot_erase_the_article_the_rules_found() -> None:
    """A short article read as a teaser: the model may trim lines, not drop most of the text."""
    page, span, headline = prepared(page_text("Home | News", HEAD, "By Jane Roe", *P, "Share"))
    resolve(page, span, headline, [(Label.SIDEBAR, 0.99, "model.test")] * len(page))
    assert all(s.label is Label.BODY for s in page.segments if s.text in P)


def test_model_cannot_take_away_a_large_part_of_the_article() -> None:
    """Half the article read as furniture is the model misreading the page (KEEP_ARTICLE): its
    demotions on that page do not stand, while one paragraph of four may go."""
    text = page_text("Home | News", HEAD, "By Jane Roe", *P, "Share")
    for dropped, kept in (((2, 3), (0, 1, 2, 3)), ((0,), (1, 2, 3))):
        page, span, headline = prepared(text)
        model = [(Label.BODY, 0.9, "model.test")] * len(page)
        for k in dropped:
            model[index_of(page, P[k])] = (Label.SIDEBAR, 0.99, "model.test")
        resolve(page, span, headline, model)
        assert [k for k in range(4) if page.segments[index_of(page, P[k])].label is Label.BODY] == list(kept)


def test_model_gives_article_text_back_readily() -> None:
    page, span, headline = prepared(page_text("Home | News", HEAD, *P, "Share"))
    resolve(page, span, headline, [(Label.BODY, 0.65, "model.test")] * len(page))
    by_text = {s.text: s for s in page.segments}
    assert by_text["Share"].label is Label.BODY and by_text["Share"].detector == "model"


def test_model_does_not_bring_back_a_menu_line_far_from_the_article() -> None:
    """A short line more than FAR_LINES lines below the article, which the model reads as body
    but with furniture between it and the article, stays out; the same line in a run the model
    keeps that reaches the article comes back (PROMOTE_FAR, _connected)."""
    widgets = [
        "Share",
        "Print",
        "Email",
        "Comments",
        "Most read",
        "Weather",
        "Sport",
        "Travel",
        "Jobs",
        "Contact",
        "Archive",
        "Imprint",
    ]
    page, span, headline = prepared(page_text("Home | News", HEAD, *P, *widgets))
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    for w in widgets[:-1]:
        model[index_of(page, w)] = (Label.CHROME, 0.9, "model.test")
    resolve(page, span, headline, model)
    far = page.segments[index_of(page, "Imprint")]
    assert far.label is not Label.BODY and far.detector == "rules"
    # in a run the model keeps from the article's last paragraph down, it comes back
    page, span, headline = prepared(page_text("Home | News", HEAD, *P, *widgets))
    resolve(page, span, headline, [(Label.BODY, 0.9, "model.test")] * len(page))
    assert page.segments[index_of(page, "Imprint")].label is Label.BODY


def test_model_cannot_add_a_second_headline() -> None:
    page, span, headline = prepared(page_text(HEAD, *P))
    resolve(page, span, headline, [(Label.HEADLINE, 0.99, "model.test")] * len(page))
    assert [s.label for s in page.segments] == [Label.HEADLINE] + [Label.BODY] * 4


def test_model_only_labels_every_line_from_the_model() -> None:
    page, span, headline = prepared(page_text("Home | News", HEAD, *P))
    resolve(page, span, headline, [(Label.AD, 0.5, "model.test")] * len(page), model_only=True)
    assert all(s.label is Label.AD and s.detector == "model" and s.reason == "model.test" for s in page.segments)


def test_resolve_without_span_labels_nothing_body() -> None:
    page = detected(page_text("Home | News", "Trending", "Share", "Some title of a thing"))
    resolve(page, None, None)
    assert all(s.label not in (Label.BODY, Label.HEADLINE) for s in page.segments)


def test_model_moves_the_headline_when_sure_of_its_own_and_doubting_the_rules() -> None:
    # (a pick right next to a headline-shaped title is its companion: see test_headline.py)
    page, span, headline = prepared(page_text("Home | News", "Latest", HEAD, "By Jane Roe", *P))
    assert headline is not None
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    model[headline] = (Label.CHROME, 0.8, "model.kicker")
    model[0] = (Label.HEADLINE, 0.9, "model.title")
    resolve(page, span, headline, model)
    assert page.segments[0].label is Label.HEADLINE and page.segments[0].detector == "model"
    assert page.segments[headline].label is Label.CHROME
    assert sum(s.label is Label.HEADLINE for s in page.segments) == 1


def test_model_keeps_the_rules_headline_when_unsure() -> None:
    page, span, headline = prepared(page_text("Home | News", "Latest", HEAD, "By Jane Roe", *P))
    assert headline is not None
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    model[headline] = (Label.CHROME, 0.4, "model.kicker")  # doubt below HEADLINE_DOUBT
    model[0] = (Label.HEADLINE, 0.9, "model.title")
    resolve(page, span, headline, model)
    assert page.segments[headline].label is Label.HEADLINE
    assert page.segments[0].label is not Label.HEADLINE


def test_model_drops_a_short_kept_line_more_readily_than_a_paragraph() -> None:
    page, span, headline = prepared(page_text(HEAD, P[0], "Subscribe for one euro", P[1], P[2], P[3]))
    model = [(Label.CHROME, 0.7, "model.test")] * len(page)
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert by_text["Subscribe for one euro"].label is Label.CHROME  # short: DEMOTE_SHORT is enough
    assert by_text[P[1]].label is Label.BODY  # a paragraph needs DEMOTE (0.95)


CAPTION = "Volunteers stack sandbags along the old harbour wall on Monday evening before the high tide came in."


def test_model_drops_a_paragraph_it_reads_as_furniture_between_article_lines_more_readily() -> None:
    """An unmarked caption between two paragraphs the model reads as body goes at DEMOTE_IN_FLOW
    (0.95); the same confidence is not enough where the model reads the lines around it as
    furniture too (DEMOTE, 0.98)."""
    text = page_text(HEAD, P[0], CAPTION, P[1], P[2], P[3])
    for around, expected in ((Label.BODY, Label.CAPTION), (Label.CHROME, Label.BODY)):
        page, span, headline = prepared(text)
        model = [(Label.BODY, 0.9, "model.test")] * len(page)
        at = index_of(page, CAPTION)
        model[at] = (Label.CAPTION, 0.96, "model.test")
        for k in (at - 1, at + 1):
            model[k] = (around, 0.6, "model.test")
        resolve(page, span, headline, model)
        assert page.segments[at].label is expected
        assert all(s.label is Label.BODY for s in page.segments if s.text in P)


def test_model_drops_a_short_sentence_between_two_kept_paragraphs_only_when_very_sure() -> None:
    """ "The count finished shortly after 1am." between two paragraphs the rules keep is the
    story's: the model needs DEMOTE_SHORT_SENTENCE (0.95), not DEMOTE_SHORT (0.7), to drop it;
    a short line that is no sentence goes at DEMOTE_SHORT still."""
    short = "The count finished shortly after one in the morning."
    label_line = "Subscribe for one euro"
    for prob, expected in ((0.9, Label.BODY), (0.96, Label.CAPTION)):
        page, span, headline = prepared(page_text(HEAD, P[0], P[1], short, P[2], label_line, P[3]))
        model = [(Label.BODY, 0.9, "model.test")] * len(page)
        model[index_of(page, short)] = (Label.CAPTION, prob, "model.test")
        model[index_of(page, label_line)] = (Label.CHROME, 0.9, "model.test")
        resolve(page, span, headline, model)
        by_text = {s.text: s for s in page.segments}
        assert by_text[short].label is expected
        assert by_text[label_line].label is Label.CHROME


@pytest.mark.parametrize("heading", ["Tabell", "EPC standings", "Турнирная таблица"])
def test_model_gives_back_no_league_table_after_the_article(heading: str) -> None:
    """A league's standings under the report, one cell per line, which the rules leave outside
    the article: the model reads it as the story's table; it stays dropped."""
    cells = ["Team", "W", "L", "Tarrant", "14", "2", "Wexford State", "12", "4"]
    page, span, headline = prepared("\n".join([HEAD, *P, heading, *cells]) + "\n")
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert by_text[heading].label not in KEEP
    assert all(by_text[c].label not in KEEP for c in ("Tarrant", "Wexford State", "14"))
    assert all(by_text[p].label is Label.BODY for p in P)


def test_model_never_drops_a_subheading_between_paragraphs() -> None:
    page, span, headline = prepared(page_text(HEAD, P[0], P[1], "What Happens Next", P[2], P[3]))
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    for line in ("What Happens Next", P[2]):
        model[index_of(page, line)] = (Label.CAPTION, 0.995, "model.test")
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert by_text["What Happens Next"].label is Label.BODY
    assert by_text[P[2]].label is Label.CAPTION  # a paragraph still goes when the model is this sure


def test_model_alone_makes_no_article_of_teaser_scraps() -> None:
    """An index page (the rules found no article): a few teaser summaries the model would
    promote are not an article; the right output is nothing."""
    teasers = page_text(
        "Most read",
        "Council approves new harbour wall after storms",
        "The wall will cost four million pounds, the council said.",
        "Fishermen welcome the decision",
        "They had waited ten years for it.",
    )
    page = detected(teasers)
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    resolve(page, None, None, model)  # no span: the rules found no article
    assert not any(s.label in (Label.BODY, Label.HEADLINE) for s in page.segments)


def test_model_alone_makes_no_article_of_a_section_fronts_teaser_summaries() -> None:
    """Three summaries of some 25 words each under their teasers' titles: still scraps
    (MODEL_ARTICLE_WORDS), not an article the rules missed."""
    teasers = page_text(
        "Local news",
        "Harbour wall approved",
        "The council approved the new harbour wall on Tuesday after a long debate about its cost, "
        "which will be shared with the port authority over ten years.",
        "Ferry fares to rise",
        "Fares on the island ferry will rise by six per cent in April, the operator said, blaming "
        "fuel costs and the repairs to its oldest boat.",
        "School roof repaired",
        "Pupils at the primary school on Mill Lane returned to their classrooms on Monday after "
        "builders finished repairing the roof damaged in the January storm.",
    )
    page = detected(teasers)
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    resolve(page, None, None, model)
    assert not any(s.label in (Label.BODY, Label.HEADLINE) for s in page.segments)


def test_model_alone_may_find_an_article_the_rules_missed() -> None:
    page = detected(page_text("Home", *P))
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    resolve(page, None, None, model)
    assert all(s.label is Label.BODY for s in page.segments if s.text in P)


TABLE = [
    "Kennzahl | 2025 | 2024",
    "Umsatz | 6,9 Mrd. Euro | 7,6 Mrd. Euro",
    "Beschäftigte weltweit | 41.200 | 42.900",
    "Stufe 3 | etwa 20 °C | Wohnzimmer",
]


def test_rows_of_a_table_of_figures_in_the_article_are_body() -> None:
    """Rows other rules would read as a date line, a ticker or weather stay in the story."""
    P = PARAGRAPHS["de"]
    text = page_text(HEADLINES["de"], P[0], P[1], "\n".join(TABLE), P[2], P[3])
    labels = label_map(text)
    assert all(labels[row] is Label.BODY for row in TABLE)


def test_a_table_right_after_the_last_paragraph_joins_the_article() -> None:
    P = PARAGRAPHS["en"]
    table = ["Quarter | Revenue | Change", "Q1 | £298m | -1%", "Q2 | £314m | -5%", "Q3 | £301m | -2%"]
    text = page_text(
        HEADLINES["en"], *P, "\n".join(table), "Most read\n1. Lifeboat crew rescues three\n2. Ferry timetable"
    )
    labels = label_map(text)
    assert all(labels[row] is Label.BODY for row in table)


def test_a_run_of_menu_strips_is_no_table() -> None:
    """Hard negative: pipe-separated menus without figures are no table of the story."""
    from newsclean.decision.span import table_rows

    page = detected(["News | Sport | Business", "World | Politics | Opinion", "Money | Travel | Culture"])
    assert table_rows(page) == set()


@pytest.mark.parametrize(
    "line",
    ["Term starts: Monday 4 January 2027", "Kinostart: 19. März 2026", "Inscriptions : lundi 3 mars 2025"],
)
def test_dated_line_of_a_fact_box_in_the_article_is_body(line: str) -> None:
    """A label and a colon before a date: a fact box's line, not the article's date."""
    text = page_text(HEAD, P[0], P[1], line, P[2], P[3])
    assert label_map(text)[line] is Label.BODY
    assert reason_of(text, line).startswith("decision.fact_line_in_article")


def test_capital_place_and_date_under_the_byline_is_the_dateline() -> None:
    """ "KARACHI: December 4, 2026" under the author's line is the byline's dateline; the hard
    negative, the same shape with a fact box's label in prose case, stays a fact line."""
    dateline = "KARACHI: December 4, 2026"
    text = page_text(HEAD, P[0], "By Jane Roe", dateline, P[1], P[2], P[3])
    assert label_map(text)[dateline] is Label.BYLINE
    fact = "Karachi: December 4, 2026"
    text = page_text(HEAD, P[0], "By Jane Roe", fact, P[1], P[2], P[3])
    assert label_map(text)[fact] is Label.BODY


def test_date_line_of_the_article_under_its_headline_stays_byline() -> None:
    """Hard negatives: the article's own date, above the first paragraph or opening with a date word."""
    above = "Monday 4 March 2025"
    updated = "Updated: Monday 4 March 2025"
    text = page_text(HEAD, above, P[0], P[1], updated, P[2], P[3])
    labels = label_map(text)
    assert labels[above] is Label.BYLINE
    assert labels[updated] is Label.BYLINE


def test_a_list_of_dates_between_paragraphs_is_body() -> None:
    """Strike days or opening hours listed inside the story are its text, not bylines."""
    dates = ["Saturday 27 March", "Monday 29 March", "Wednesday 31 March"]
    text = page_text(HEAD, P[0], "When are the strikes?\n" + "\n".join(dates), P[1], P[2])
    labels = label_map(text)
    assert all(labels[d] is Label.BODY for d in dates)
    assert all("decision.date_list_in_article" in reason_of(text, d) for d in dates)


def test_a_bulleted_item_with_a_time_among_other_items_is_body() -> None:
    """ "• Sunday 10am to 6pm" among the story's bullets reads as a date line: an item, body."""
    items = ["• Saturday: closed all day", "• Sunday 10am to 6pm", "• Monday: normal hours"]
    text = page_text(HEAD, P[0], "The pool's hours this weekend:\n" + "\n".join(items), P[1], P[2])
    assert all(label_map(text)[item] is Label.BODY for item in items)


def test_a_single_date_line_between_paragraphs_stays_byline() -> None:
    """Hard negative: one date line between paragraphs (a post's or a box's credit) is no list."""
    text = page_text(HEAD, P[0], "Monday 29 March", P[1], P[2])
    assert label_map(text)["Monday 29 March"] is Label.BYLINE
    text = page_text(HEAD, P[0], "• Sunday 10am to 6pm", P[1], P[2])  # a bullet, but no list of them
    assert label_map(text)["• Sunday 10am to 6pm"] is Label.BYLINE


def test_model_never_drops_table_rows_the_rules_found_in_the_article() -> None:
    """Rows a rule read as a breadcrumb ("A / B | C") but that sit in a table of figures in the article."""
    rows = ["NV-SP210 / 210X | £19.99 | NV-SP410", "NV-SP3 / 3X | £24.99 | NV-SP5"]
    text = page_text(HEAD, P[0], P[1], "\n".join(["Model | Price | Replacement", *rows]), P[2], P[3])
    page, span, headline = prepared(text)
    resolve(page, span, headline)
    assert {s.reason.split(":")[0] for s in page.segments if s.text in rows} == {"decision.table_in_article"}
    page, span, headline = prepared(text)
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    for line in (*rows, P[2]):
        model[index_of(page, line)] = (Label.SIDEBAR, 0.999, "model.test")
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert all(by_text[r].label is Label.BODY for r in rows)
    assert by_text[P[2]].label is Label.SIDEBAR  # a paragraph still goes when the model is this sure


def test_model_never_drops_an_announced_list_of_figures() -> None:
    """A story's list of dates under "The tour dates:" is body however sure the model is;
    the model may still drop other short lines."""
    tour = ["June 9 -- Harbour Hall, Westmere", "June 12 -- The Old Corn Exchange, Kilmarton"]
    page, span, headline = prepared(page_text(HEAD, *P, "The tour dates:", "\n".join(tour)))
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    for line in (*tour, "The tour dates:"):
        model[index_of(page, line)] = (Label.AD, 0.99, "model.test")
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert all(by_text[row].label is Label.BODY for row in tour)
    assert by_text[tour[0]].reason.startswith("decision.list_in_article")
    assert by_text["The tour dates:"].label is Label.AD  # the announcing line is not an item


def test_a_schedule_in_a_list_between_paragraphs_is_body_but_a_byline_list_above_them_is_not() -> None:
    """HTML: dates and times as list items between the article's paragraphs are its schedule;
    the author / date / "Updated" list above the first paragraph stays the byline."""
    import newsclean
    from newsclean.types import Options

    paras = [
        f"Nach fast drei Jahren Pause fährt der Bücherbus {n} des Landkreises wieder durch das Tal und hält "
        "alle zwei Wochen in sieben Orten, die keine eigene Bücherei haben."
        for n in range(4)
    ]
    stops = ["Oberlinden, Dorfplatz: 9.00 bis 10.15 Uhr", "Hainbach, Grundschule: 10.45 bis 12.00 Uhr"]
    html = (
        "<html><head><title>Der Bücherbus kommt zurück</title></head><body><div class='text'>"
        "<h1>Der Bücherbus kommt zurück</h1><ul class='meta'><li>Renate Falkenhahn</li>"
        "<li>17. Oktober 2025, 08:30</li><li>Aktualisiert: 17. Oktober 2025, 09:10</li></ul>"
        + "".join(f"<p>{p}</p>" for p in paras[:2])
        + "<ul>"
        + "".join(f"<li>{s}</li>" for s in stops)
        + "</ul>"
        + "".join(f"<p>{p}</p>" for p in paras[2:])
        + "</div></body></html>"
    )
    labels = {s.text: s for s in newsclean.clean(html, Options(input_format="html")).segments}
    for stop in stops:
        assert labels[stop].label is Label.BODY, labels[stop].reason
    assert labels["17. Oktober 2025, 08:30"].label is Label.BYLINE, labels["17. Oktober 2025, 08:30"].reason


STEPS = ["1. Unplug the charger.", "2. Look at the label under the pin.", "3. Stop using it if the number is listed."]


@pytest.mark.parametrize("furniture", [Label.SIDEBAR, Label.CAPTION])
def test_model_never_drops_a_list_the_article_introduces(furniture: Label) -> None:
    """Numbered steps under the article's own heading, read as a sidebar list (or captions) by the model."""
    text = page_text(HEAD, P[0], P[1], "How to check your charger", "\n".join(STEPS), P[2], P[3])
    page, span, headline = prepared(text)
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    for line in ("How to check your charger", *STEPS, P[2]):
        model[index_of(page, line)] = (furniture, 0.999, "model.test")
    resolve(page, span, headline, model)
    by_text = {s.text: s for s in page.segments}
    assert all(by_text[line].label is Label.BODY for line in ("How to check your charger", *STEPS))
    assert by_text[P[2]].label is furniture  # a paragraph still goes when the model is this sure


def test_a_list_under_a_dropped_heading_or_of_clock_times_is_not_the_articles() -> None:
    """Hard negatives: a "Most read" list the span reaches over (its heading is dropped) and a
    live blog's list of earlier entries (clock times) stay within the model's reach."""
    entries = ["11:58 Club open talks over goalkeeper", "11:32 Midfielder set for loan move"]
    page, _, _ = prepared(page_text(HEAD, P[0], P[1], "Most read", "\n".join(STEPS), "\n".join(entries), P[2]))
    page.article = (0, len(page))
    labels = [Label.BODY] * len(page)
    labels[index_of(page, "Most read")] = Label.SIDEBAR
    assert _article_lists(page, labels) == set()
    labels[index_of(page, "Most read")] = Label.BODY
    found = {page.texts[i] for i in _article_lists(page, labels)}
    assert found == {"Most read", *STEPS}


def test_a_list_between_the_headline_and_the_span_is_the_articles() -> None:
    """The rules' headline may sit above the span's first paragraph: a list between them is
    inside the article (it starts at its headline, as resolve() has it)."""
    page, _, _ = prepared(page_text(HEAD, "How to check your charger", "\n".join(STEPS), P[0], P[1]))
    page.article = (index_of(page, P[0]), len(page))
    labels = [Label.BODY] * len(page)
    labels[0] = Label.HEADLINE
    assert {page.texts[i] for i in _article_lists(page, labels)} == {"How to check your charger", *STEPS}


def test_rows_of_a_list_without_bullets_the_article_introduces_stay_body() -> None:
    """Candidates with their party in brackets, under the article's own heading."""
    names = ["Harriet Colley (Green)", "Dev Mistry (Labour)", "Paul Ormerod (Conservative)"]
    page, span, headline = prepared(page_text(HEAD, P[0], P[1], "The candidates", "\n".join(names), P[2], P[3]))
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    for line in names:
        model[index_of(page, line)] = (Label.CHROME, 0.999, "model.test")
    resolve(page, span, headline, model)
    assert all(s.label is Label.BODY for s in page.segments if s.text in names)


STORIES = [
    "Lifeboat crew rescues three sailors from a capsized yacht",
    "New cycle lane on the seafront opens after two years of work",
    "School meals to cost more from September, council confirms",
]


def test_headlines_in_a_row_after_the_article_are_a_story_list() -> None:
    """No heading the rules know above them: three headline-like lines in a row are other stories."""
    text = page_text(HEAD, P[0], P[1], P[2], P[3], "\n".join(STORIES), "Contact us")
    labels = label_map(text)
    assert [labels[s] for s in STORIES] == [Label.SIDEBAR] * 3
    assert reason_of(text, STORIES[0]).startswith("decision.story_run")
    assert labels["Contact us"] is Label.CHROME


@pytest.mark.parametrize(
    "lines",
    [
        STORIES[:2],  # two lines are no list
        ["Harbour Road | closed until May", "Quay Street | open", "Mill Lane | closed at night"],  # a table
        ["Kestrel Cement 2,867.40 up 6.12%", "Varuna Pipes 412.05 up 4.87%", "Sahyadri Power 188.90 up 3.95%"],
        [
            "Click to share on Facebook (Opens in new window)",
            "Click to share on X (Opens in new window)",
            "Click to email a link (Opens in new window)",
        ],
    ],
)
def test_two_lines_tables_tickers_and_share_links_are_no_story_list(lines: list[str]) -> None:
    """Hard negatives: a pair of lines, a table's rows, a ticker's figures, buttons in brackets."""
    text = page_text(HEAD, P[0], P[1], P[2], P[3], "\n".join(lines))
    for line in lines:
        assert not reason_of(text, line).startswith("decision.story_run")


CARD = [
    "Market traders told to move for six months during repairs",
    "The stalls will move to the bus station car park from February.",
]


@pytest.mark.parametrize("age", ["2 days ago", "3h ago"])
def test_a_teaser_card_with_its_age_between_paragraphs_is_promo(age: str) -> None:
    text = "\n".join([HEAD, "By Jane Roe", "4 March 2025", P[0], P[1], *CARD, age, P[2], P[3]])
    labels = labels_of(text)
    got = {t: (label, reason) for t, label, reason in labels}
    for line in (*CARD, age):
        assert got[line][0] is Label.PROMO, got[line]
        assert got[line][1].startswith("decision.teaser_card")
    assert got[P[2]][0] is Label.BODY and got[P[1]][0] is Label.BODY
    # a title alone over its age is a card too
    got = {t: label for t, label, _ in labels_of("\n".join([HEAD, P[0], P[1], CARD[0], age, P[2], P[3]]))}
    assert got[CARD[0]] is Label.PROMO


def test_the_articles_own_relative_date_and_a_paragraph_over_a_date_are_no_card() -> None:
    """Hard negatives: the byline block's "3h ago" (under a name) and a short closing sentence
    under a paragraph are the article's; a relative age above the first paragraph is no card."""
    text = "\n".join([HEAD, P[0], "By Jane Roe", "3h ago", P[1], P[2], CARD[1], "2 days ago", P[3]])
    got = {t: label for t, label, _ in labels_of(text)}
    assert got["By Jane Roe"] is Label.BYLINE and got["3h ago"] is Label.BYLINE
    assert got[CARD[1]] is Label.BODY
    text = "\n".join([HEAD, CARD[0], "2 days ago", P[0], P[1], P[2]])
    assert all(reason.startswith("decision.teaser_card") is False for _, _, reason in labels_of(text))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 days ago", True),
        ("vor 2 std.", True),
        ("hace 3 horas", True),
        ("il y a 3 h", True),
        ("3 ore fa", True),
        ("há 2 horas", True),
        ("12 march 2025", False),
        ("updated 14:05", False),
    ],
)
def test_relative_age(line: str, expected: bool) -> None:
    assert _relative_age(line) is expected


DEK = "The footbridge will link the two banks for the first time since the old ferry stopped running."


def test_the_standfirst_over_the_byline_is_body_and_told_apart() -> None:
    article = clean(page_text(HEAD, DEK + "\nBy Tom Field\n12 March 2025", P[0], P[1], P[2]))
    assert article.lines([Label.BODY])[:2] == [DEK, P[0]]
    assert article.standfirst == DEK
    assert article.metadata["standfirst"] == DEK


@pytest.mark.parametrize(
    "text",
    [
        page_text(HEAD, "By Tom Field\n12 March 2025", DEK, P[0], P[1]),  # the byline above it: the lead
        page_text(HEAD, DEK, P[0], P[1], P[2]),  # no byline at all
        page_text(HEAD, DEK + "\n10:42", P[0], "10:15", P[1], "09:58", P[2]),  # a live blog's next entry
    ],
)
def test_a_lead_paragraph_is_no_standfirst(text: str) -> None:
    article = clean(text)
    assert DEK in article.lines([Label.BODY])
    assert article.standfirst is None


POST = '"High Street under water this morning. The council did nothing about the drains."'


@pytest.mark.parametrize("signature", ["— @larkfield_dad, 11 Oct 2026", "— Charles Boulianne, 5 December 2026"])
def test_the_signature_under_a_quoted_post_is_body(signature: str) -> None:
    """ "The post said:", the post's text, then "— author, date": the quoted post's signature, no byline."""
    labels = label_map("\n".join([HEAD, P[0], P[1], "The post said:", POST, signature, P[2], P[3]]) + "\n")
    assert labels[signature] is Label.BODY


def test_a_dated_line_under_a_paragraph_without_an_announced_post_stays_a_byline() -> None:
    """Hard negative: no line ending in ":" announces a post: the dated line is the article's byline."""
    line = "— Charles Boulianne, 5 December 2026"
    labels = label_map("\n".join([HEAD, P[0], P[1], POST, line, P[2], P[3]]) + "\n")
    assert labels[line] is Label.BYLINE


_POST = "Fourteen hundred of them and not one lost on the pass. Proud of this village."
_STORY = (
    "Surprised by early snow, the shepherds brought fourteen hundred sheep down from the high pastures "
    "a week sooner than planned, and the village turned out to watch them pass number {n}."
)


def _embedded_post(after: int) -> dict[str, Label]:
    import newsclean

    before = "".join(f"<p>{_STORY.format(n=n)}</p>" for n in range(3))
    below = "".join(f"<p>{_STORY.format(n=n)}</p>" for n in range(3, 3 + after))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><article><div class='story-body'>"
        f"<h1>Sheep come down early</h1>{before}"
        "<blockquote class='embed'><div><a href='#'>View this post on Instagram</a></div>"
        f"<p>{_POST}</p><p><a href='#'>A post shared by Maren Holt (@marenonthehill)</a></p></blockquote>"
        f"{below}</div></article><footer><p>Hill Courier</p></footer></body></html>"
    )
    article = newsclean.clean(html, newsclean.Options(input_format="html"))
    return {s.text: s.label for s in article.segments}


def test_the_text_of_a_post_the_story_quotes_embedded_is_body() -> None:
    """decision.embedded_post_text: an embedded post's words between its opener and its credit line,
    with the story going on under it, are the story's; the embed's furniture stays chrome."""
    labels = _embedded_post(after=2)
    assert labels[_POST] is Label.BODY
    assert labels["A post shared by Maren Holt (@marenonthehill)"] is Label.CHROME


def test_an_embedded_post_after_the_story_is_not_taken() -> None:
    """Hard negative: with no paragraph of the story under it the post closes the page's flow, and
    nothing says the story quotes it."""
    assert _embedded_post(after=0)[_POST] is not Label.BODY


_DEALS_HEAD = "The 9 best early Black Friday deals on kitchen gadgets"
_DEAL_STORY = [
    "Prices on air fryers and stand mixers have dropped further than we expected, and we checked every one below.",
    "The Brisco air fryer is the one we would buy: two baskets, quiet, and easy to clean after a weeknight dinner.",
    "The Fennick mixer is heavy but it will outlive your oven, and this is the lowest price we have tracked.",
    "Prices were correct at the time of writing and can change at any time over the weekend, so check first.",
]


def _deals_page(head: str, box_a: list[str], box_b: list[str]) -> str:
    s = _DEAL_STORY
    return page_text(head, s[0], "\n".join(box_a), s[1], "\n".join(box_b), s[2], s[3])


def test_the_shop_lines_of_a_deals_roundup_are_its_items() -> None:
    """decision.deal_item: under a deals headline, the price lines and product boxes between the
    paragraphs (two of them at least) are the roundup's items, body; their buy buttons stay ads."""
    box_a = ["Brisco Dual Basket air fryer", "$59.99", "Buy now"]
    box_b = ["Fennick Artisan stand mixer", "$179.00", "Buy now"]
    labels = labels_of(_deals_page(_DEALS_HEAD, box_a, box_b))
    got = {text: (label, reason) for text, label, reason in labels}
    for line in ["Brisco Dual Basket air fryer", "$59.99", "$179.00"]:
        assert got[line][0] is Label.BODY, got[line]
        assert got[line][1].startswith("decision.deal_item")
    assert got["Buy now"][0] is Label.AD


@pytest.mark.parametrize(
    ("head", "box_a"),
    [
        # a news story's headline: its affiliate boxes are ads
        (
            "Halcyon recalls two air fryer models over a faulty thermostat",
            ["Brisco Dual Basket air fryer", "$59.99", "Buy now"],
        ),
        # a deals headline, but the first box sits under an ad slot's marker: a paid box
        (_DEALS_HEAD, ["Sponsored", "Brisco Dual Basket air fryer", "$59.99"]),
    ],
)
def test_shop_lines_of_a_news_story_or_under_an_ad_marker_stay_ads(head: str, box_a: list[str]) -> None:
    """Hard negatives: no deals headline, or a box under "Sponsored"."""
    box_b = ["Fennick Artisan stand mixer", "$179.00", "Buy now"]
    got = {text: label for text, label, _ in labels_of(_deals_page(head, box_a, box_b))}
    assert got["$59.99"] is not Label.BODY


def test_one_affiliate_box_under_a_deals_headline_stays_an_ad() -> None:
    """Hard negative: one box is no roundup (a promo line mistaken for the headline must not free it)."""
    s = _DEAL_STORY
    text = page_text(_DEALS_HEAD, s[0], s[1], "Brisco Dual Basket air fryer\n$59.99\nBuy now", s[2], s[3])
    got = {t: label for t, label, _ in labels_of(text)}
    assert got["$59.99"] is not Label.BODY


_FACT_LD = (
    '{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "Harbour town has sold its '
    'sea wall to a private buyer.", "reviewRating": {"@type": "Rating", "alternateName": "Unproven"}}'
)


def _fact_check(rating_label: str) -> dict[str, Label]:
    import newsclean

    paras = "".join(f"<p>{_STORY.format(n=n)}</p>" for n in range(4))
    html = (
        f'<html><head><title>Did Harbour town sell its sea wall?</title><script type="application/ld+json">{_FACT_LD}'
        "</script></head><body><article><h1>Did Harbour town sell its sea wall?</h1><p class='by'>By Ann Writer</p>"
        "<div class='claim card'><h3>Claim</h3><p>Harbour town has sold its sea wall to a private buyer.</p></div>"
        f"<div class='rating card'>{rating_label}<h5>Unproven</h5></div>"
        f"<div class='story-body'>{paras}</div></article></body></html>"
    )
    article = newsclean.clean(html, newsclean.Options(input_format="html"))
    return {s.text: s.label for s in article.segments}


def test_a_fact_checks_claim_box_is_body() -> None:
    """decision.claim_review: the claim and the rating the page's JSON-LD ClaimReview names, with
    their labels, are the fact check's summary (body) wherever the layout sets them."""
    labels = _fact_check("<h3>Rating</h3>")
    for line in ["Claim", "Harbour town has sold its sea wall to a private buyer.", "Rating", "Unproven"]:
        assert labels[line] is Label.BODY, line


def test_a_rating_word_with_no_label_over_it_is_not_taken() -> None:
    """Hard negative: a bare verdict word under something else (a photo's credit) is a badge."""
    labels = _fact_check("<p class='credit'>Photo: Town archive</p>")
    assert labels["Unproven"] is not Label.BODY


def _announced(colon_line: str) -> dict[str, Label]:
    import newsclean

    paras = "".join(f"<p>{_STORY.format(n=n)}</p>" for n in range(3))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><article><div class='story-body'>"
        f"<h1>Sheep come down early</h1>{paras}{colon_line}<br><ul>"
        "<li>Sign up for a shepherd's day pass <a href='#'>for $12 a person</a></li>"
        "<li>If you already have a pass, visit <a href='#'>your account page</a> to add the walk</li>"
        "</ul>"
        f"<p>{_STORY.format(n=7)}</p></div></article></body></html>"
    )
    article = newsclean.clean(html, newsclean.Options(input_format="html"))
    return {s.text: s.label for s in article.segments}


def test_the_steps_a_story_line_announces_are_body() -> None:
    """decision.announced_list: the <li> steps under the story's line ending in ':' are the story's,
    though one opens like a sign-up prompt ("Sign up for ...")."""
    labels = _announced("Here is the short version of booking the walk:")
    assert labels["Sign up for a shepherd's day pass for $12 a person"] is Label.BODY
    assert labels["If you already have a pass, visit your account page to add the walk"] is Label.BODY


def test_a_sign_up_prompt_in_a_list_with_no_announcing_line_is_not_taken() -> None:
    """Hard negative: without the colon line above, a "Sign up for ..." item stays the prompt it reads as."""
    labels = _announced("")
    assert labels["Sign up for a shepherd's day pass for $12 a person"] is not Label.BODY
