"""span: where the article's prose is (newsclean.decision.span)."""

from __future__ import annotations

import pytest

from helpers import HEADLINES, PARAGRAPHS, clean, detected, index_of, label_map, labels_of, page_text
from newsclean.decision import span as S
from newsclean.types import Label

P = PARAGRAPHS["en"]
HEAD = HEADLINES["en"]
TITLES = [
    "Lifeboat crew rescues three from capsized yacht",
    "School closures announced for the coming week",
    "New ferry timetable starts on Monday",
    "Harbour festival returns after a two-year break",
]


def test_span_of_a_small_page() -> None:
    page = detected(page_text("Home | News | Sport | Business", HEAD, "By Jane Roe", *P, "Share"))
    span = S.find_article(page)
    assert span is not None and not span.index_page
    first, last = index_of(page, P[0]), index_of(page, P[3])
    assert (span.start, span.end) == (first, last + 1)
    assert span.core.members == list(range(first, last + 1))
    assert span.core.words == sum(len(p.split()) for p in P)


def test_no_prose_no_span() -> None:
    page = detected(
        page_text("Home | News | Sport | Business", "Trending", "Share", "© 2025 Example Media. All rights reserved.")
    )
    assert S.find_article(page) is None
    article = clean(page_text("Home | News | Sport | Business", "Trending", "Share"))
    assert not article.found and article.body == "" and article.headline is None


def test_is_content() -> None:
    consent = (
        "This site and its partners use cookies to measure traffic and personalise advertising; "
        "you can change your settings or accept to continue."
    )
    page = detected([P[0], "Advertisement", "South Korea", consent])
    assert S.is_content(page, 0)
    assert not S.is_content(page, 1)  # not prose
    assert not S.is_content(page, 2)  # not prose
    # prose a rule claimed strongly (chrome.consent, 0.85) is not content
    assert page.shapes[3].prose and page.best(3).score >= S.STRONG
    assert not S.is_content(page, 3)


def test_paragraphs_after_an_in_article_widget_are_in_the_span() -> None:
    text = page_text(HEAD, P[0], P[1], "Trending", "\n".join(TITLES), P[2], P[3])
    page = detected(text)
    span = S.find_article(page)
    assert span is not None
    assert span.start == index_of(page, P[0])
    assert span.end == index_of(page, P[3]) + 1
    labels = label_map(text)
    assert [labels[p] for p in P] == [Label.BODY] * 4
    assert labels["Trending"] is Label.SIDEBAR


def test_paragraphs_after_a_numbered_widget_are_body() -> None:
    numbered = [f"{n}. {t}" for n, t in enumerate(TITLES, 1)]
    labels = label_map(page_text(HEAD, P[0], P[1], "Trending", "\n".join(numbered), P[2], P[3]))
    assert [labels[p] for p in P] == [Label.BODY] * 4
    assert labels[numbered[0]] is Label.SIDEBAR


def test_terminal_marker_ends_the_article() -> None:
    comment = "Honestly this wall has been falling down for years and nobody on the council ever cared until the fish market flooded last winter."
    page = detected(page_text(HEAD, *P, "Tags", "Flooding\nWestmere", comment))
    span = S.find_article(page)
    assert span is not None
    assert span.end == index_of(page, P[3]) + 1
    assert index_of(page, comment) not in span.core.members


def test_long_gap_splits_clusters_and_the_bigger_one_is_the_article() -> None:
    lone = (
        "A short note about the weather in the valley, which was mild and dry for most of the week, forecasters said."
    )
    furniture = [f"Menu item {n}" for n in range(S.MAX_GAP + 2)]
    page = detected([lone, *furniture, *P])
    content = [i for i in range(len(page)) if S.is_content(page, i)]
    groups = S.clusters(page, content)
    assert len(groups) == 2
    span = S.find_article(page)
    assert span is not None and span.start == index_of(page, P[0])


def test_fact_box_after_the_last_paragraph_extends_the_span() -> None:
    page = detected(
        page_text(
            HEAD,
            *P,
            "Kick-off: 3pm\nVenue: Harbour Park\nTickets: £5",
            "Lifeboat crew rescues three from capsized yacht",
        )
    )
    span = S.find_article(page)
    assert span is not None
    assert span.core.end == index_of(page, P[3]) + 1
    assert span.end == index_of(page, "Tickets: £5") + 1  # a link-like title is not carried
    labels = label_map(page_text(HEAD, *P, "Kick-off: 3pm\nVenue: Harbour Park\nTickets: £5"))
    assert labels["Venue: Harbour Park"] is Label.BODY


#: a dump with every element on its own line: the paragraph's inline link cut out of its sentence
SPLIT_SENTENCE = [
    "Kick-off at Broomhill Park is 3pm. Full match coverage will be on",
    "ThistleTV",
    "with live commentary from 2.45pm.",
]


def test_a_sentence_split_around_its_link_after_an_ad_stays_in_the_article() -> None:
    """The last paragraph's two parts, each too short or unstopped for prose, are read as one
    paragraph: the article runs on over the sponsor's box to them."""
    text = "\n".join([HEAD, *P, "Official Partner", "Lochside Motors", *SPLIT_SENTENCE, "Share", "Facebook"])
    labels = label_map(text)
    assert all(labels[line] is Label.BODY for line in SPLIT_SENTENCE)
    assert labels["Official Partner"] is Label.AD


@pytest.mark.parametrize(
    ("lines", "split"),
    [
        (SPLIT_SENTENCE, True),
        # hard negatives: a teaser's title and summary (the summary opens with a capital); a title
        # over a link and a dateline; a stopped first part
        (["Under-18s reach Youth Cup quarter-finals tonight", "Youth", "A late header sealed a 2-1 win."], False),
        (
            ["Kick-off at Broomhill Park is at 3pm on Saturday.", "ThistleTV", "with live commentary from 2.45pm."],
            False,
        ),
        (
            ["Kick-off at Broomhill Park is 3pm and coverage will be on", "ThistleTV", "with live commentary from"],
            False,
        ),
    ],
)
def test_a_sentence_split_around_its_link(lines: list[str], split: bool) -> None:
    page = detected("\n".join(lines))
    assert S._split_by_link(page, 0) is split
    assert S._split_by_link(page, 2) is split


def test_extend_end_stops_at_a_claimed_line() -> None:
    page = detected(page_text(*P, "Share", "Venue: Harbour Park"))
    assert S.extend_end(page, 4) == 4


INDEX = page_text(
    "THE WESTMERE GAZETTE",
    *[
        f"{title}\n{summary}\nBy {author}\n{date}"
        for title, summary, author, date in [
            (
                TITLES[0] + " off the point",
                "A yacht overturned in strong winds on Sunday afternoon and the crew were pulled from the water.",
                "Tom Field",
                "12 March 2025",
            ),
            (
                TITLES[1] + " in the valley",
                "Heavy snow is forecast for the hills and the council said buses would not run on Monday.",
                "Ann Lee",
                "11 March 2025",
            ),
            (
                TITLES[2] + " with extra evening sailings",
                "The operator is adding two late crossings after complaints from commuters about the last boat.",
                "Jane Roe",
                "10 March 2025",
            ),
            (
                TITLES[3] + " with a new stage",
                "Organisers said more than forty bands had signed up and tickets would go on sale next week.",
                "Sam Reid",
                "9 March 2025",
            ),
        ]
    ],
)


def test_teaser_index_page_is_an_index_page() -> None:
    page = detected(INDEX)
    span = S.find_article(page)
    assert span is not None and span.index_page
    assert S.teaser_units(page, span.core.members) == 4
    assert S.is_index_page(page, span.core)


def test_teaser_index_page_gives_no_body() -> None:
    article = clean(INDEX)
    assert not article.found
    assert article.body == ""
    assert article.headline is None
    assert all(not s.label.kept for s in article.segments)


def test_question_and_answer_page_is_an_article() -> None:
    # title-like questions with a short answer each, but no teaser bylines: not an index page
    qa = page_text(
        "Your questions on the sea wall, answered",
        "Who will pay for the new wall?",
        "The council will pay for most of it from harbour fees, with a grant from the regional government for the rest.",
        "When will the work start?",
        "The first stage starts in May and should be finished before the autumn storms, if the summer is dry.",
        "Will the fish market close?",
        "The market will stay open, but traders will move to the car park for about six weeks in the summer.",
    )
    span = S.find_article(detected(qa))
    assert span is not None and not span.index_page
    article = clean(qa)
    assert article.found
    assert "The market will stay open" in article.body


@pytest.mark.parametrize("n_units", [1, 2])
def test_two_teasers_are_not_enough_for_an_index_page(n_units: int) -> None:
    units = INDEX.split("\n\n")[1 : 1 + n_units]
    page = detected(page_text(*units))
    span = S.find_article(page)
    assert span is not None and not span.index_page


def test_a_live_blog_with_time_stamps_between_posts_is_no_index_page() -> None:
    """Bare clock times between posts are no teaser credits ("By ...", "2 hours ago")."""
    posts = []
    for k, clock in enumerate(["16:34", "16:28", "16:21", "16:05"]):
        posts += [clock, f"Update number {k + 1} on the storm", PARAGRAPHS["en"][k % len(PARAGRAPHS["en"])]]
    page = detected(page_text(HEADLINES["en"], *posts))
    span = S.find_article(page)
    assert span is not None and not span.index_page


def test_a_fact_box_with_a_heading_and_a_plain_line_joins_the_article() -> None:
    box = "Match facts\nHarbour Park, Kilbrack\nReferee: Jane Roe | Attendance: 4,812"
    page = detected(page_text(HEAD, *P, box, "Lifeboat crew rescues three from capsized yacht"))
    span = S.find_article(page)
    assert span is not None
    assert span.end == index_of(page, "Referee: Jane Roe | Attendance: 4,812") + 1


#: a section front as a crawler flattens it: site name, menu, a section blurb, then teasers
#: (kicker, title, one-line summary for some, author, age); the summaries end up one per
#: cluster, so the "best cluster" is a single teaser summary
SECTION_FRONT = page_text(
    "THE WESTMERE GAZETTE",
    "News | Sport | Business | Opinion",
    "Sport\nAll the latest from the valley's clubs, results and analysis.",
    "Football\nRovers go top after a late header settles the derby\n"
    "A goal two minutes from time gave the home side their first league lead in six seasons.\nBy Tom Field\n12 min ago",
    "Rugby\nCup side unchanged for the semi-final at the Brook Road ground\nBy Ann Lee\n2h ago",
    "Advertisement",
    "Cricket\nCounty seamer signs a two-year deal after his best summer yet\nBy Sam Reid\n3h ago",
    "Athletics\nHarbour fun run raises record sum for the lifeboat station\nBy Jane Roe\n5h ago",
    "Load more",
)


def test_a_section_front_with_one_summary_per_cluster_is_an_index_page() -> None:
    page = detected(SECTION_FRONT)
    span = S.find_article(page)
    assert span is not None and span.index_page
    article = clean(SECTION_FRONT)
    assert not article.found and article.body == ""


#: teaser cards: a question as one title, a card's photo caption, bare ages ("2h")
CARDS_FRONT = page_text(
    "Valemont Now",
    "News | Local | Weather | Sports",
    "Local News",
    "Crews begin clearing Ash Creek culvert after weekend flooding\n"
    "Residents on Pike Road say water reached their doorsteps for the second time this year.\n"
    "Darnell Freeborn\n45M ago",
    "A bus driver checks the new ticket machine at the depot.\n"
    "Did the City Really Ban Backyard Chickens This Year?\n"
    "A bylaw change limits flocks to six hens, but roosters were already banned.\nCorinne Abelard\n2h",
    "Five Things to Know About the New Parking Meters Downtown\n"
    "They take cards and an app, and the first fifteen minutes are free.\n3h",
    "Valemont schools add two snow days to the calendar\n4h",
    "Load more",
)


def test_teaser_cards_with_a_question_title_and_a_photo_caption_are_an_index_page() -> None:
    span = S.find_article(detected(CARDS_FRONT))
    assert span is not None and span.index_page
    assert not clean(CARDS_FRONT).found


def test_a_question_headline_over_a_lead_and_a_byline_stays_an_article() -> None:
    """Hard negative: the article's own question headline, its lead over a dated byline, more
    paragraphs, beside the cards."""
    story = page_text(
        "Did the City Really Ban Backyard Chickens This Year?",
        "A bylaw change limits flocks to six hens, but roosters were already banned.\nBy Corinne Abelard\n2h",
        PARAGRAPHS["en"][0],
        PARAGRAPHS["en"][1],
        "More news",
        *CARDS_FRONT.split("\n\n")[3:6],
    )
    _assert_article(story, PARAGRAPHS["en"][:2])


def test_a_brief_whose_lead_sits_between_headline_and_byline_stays_an_article() -> None:
    """Hard negative: headline, lead, byline, then more paragraphs, beside credited teasers."""
    brief = page_text(
        HEADLINES["en"],
        PARAGRAPHS["en"][0] + "\nBy Tom Field\n12 March 2025",
        PARAGRAPHS["en"][1],
        PARAGRAPHS["en"][2],
        "More news",
        *SECTION_FRONT.split("\n\n")[3:7],
    )
    _assert_article(brief, PARAGRAPHS["en"][:3])


def _assert_article(text: str, paragraphs: list[str]) -> None:
    """The page is no index page, and its body holds every one of ``paragraphs``."""
    span = S.find_article(detected(text))
    assert span is not None and not span.index_page
    article = clean(text)
    assert article.found
    for paragraph in paragraphs:
        assert paragraph in article.body


def test_a_short_lead_and_one_more_short_paragraph_stay_an_article() -> None:
    """Hard negative: the lead between headline and byline and one short paragraph after it."""
    brief = page_text(
        HEADLINES["en"],
        "The ferry to the islands will run again from Monday.\nBy Tom Field\n12 March 2025",
        "The operator said repairs to the ramp were finished ahead of time.",
        *SECTION_FRONT.split("\n\n")[3:7],
    )
    span = S.find_article(detected(brief))
    assert span is not None and not span.index_page
    assert "repairs to the ramp" in clean(brief).body


def test_teasers_under_a_list_heading_are_sidebar_items_not_content() -> None:
    """Under "Latest news", one-sentence teaser summaries are story-list items (sidebar.list)."""
    page = detected(page_text("Latest news", *INDEX.split("\n\n")[1:]))
    assert S.find_article(page) is None
    assert not clean(page_text("Latest news", *INDEX.split("\n\n")[1:])).found


def test_a_short_paragraph_after_a_picture_gallery_joins_the_article() -> None:
    """Captions and their "Image n of m" markers between paragraphs are no gap (a gallery page)."""
    slides = [f"Image {k} of 8\nJudges inspect the ewes in pen number {k} of the sheep lines." for k in range(1, 9)]
    last = "The show continues on Sunday from nine, with the heavy horse classes."
    page = detected(page_text(HEADLINES["en"], P[0], P[1], *slides, last))
    span = S.find_article(page)
    assert span is not None and index_of(page, last) < span.end
    assert last in clean(page_text(HEADLINES["en"], P[0], P[1], *slides, last)).body


def test_a_live_blog_whose_posts_carry_author_names_is_no_index_page() -> None:
    """Live-blog posts (time, title, text, author) look like credited teasers; the time
    stamp above each post's title says they are entries of one article."""
    posts = []
    for k, clock in enumerate(["21:40 Uhr", "21:05 Uhr", "20:18 Uhr", "18:00 Uhr"]):
        posts += [clock, f"Update number {k + 1} on the storm", P[k % len(P)], ["By Tom Field", "By Ann Lee"][k % 2]]
    page = detected(page_text(HEAD, *posts))
    span = S.find_article(page)
    assert span is not None and not span.index_page
    article = clean(page_text(HEAD, *posts))
    assert all(p in article.body for p in P)


def test_dates_in_a_list_of_the_story_are_no_teaser_credits() -> None:
    """An explainer of question subheadings with short answers: a list of dates in an
    answer is the story's, not the credit line of a teaser (those follow their summary)."""
    answers = [
        "Drivers at three operators will walk out on four days before Easter, the union said.",
        "Members of the drivers' union at three operators will strike; talks broke down last week.",
        "About one train in five will run on the coast line, and none on the valley line.",
        "If your train is cancelled you can claim a full refund from the company that sold the ticket.",
    ]
    text = page_text(
        HEAD,
        answers[0],
        "By Tom Field\n21 March 2027",
        "When are the strikes?\nSaturday 27 March\nMonday 29 March\nWednesday 31 March",
        "Who is striking?\n" + answers[1],
        "Which trains will run?\n" + answers[2],
        "Operator | Strike days | Service\nCoast Line | 27, 29 March | Hourly\nValley Line | 27 March | No trains",
        "Can I get a refund?\n" + answers[3],
    )
    span = S.find_article(detected(text))
    assert span is not None and not span.index_page
    assert all(a in clean(text).body for a in answers)


def test_credited_teasers_with_clock_ages_stay_an_index_page() -> None:
    """Hard negative: a teaser's age after its byline ("By X / 2h ago") is no live-blog stamp."""
    page = detected(SECTION_FRONT)
    span = S.find_article(page)
    assert span is not None and span.index_page


SPECS = [
    f"{key} | {value}"
    for key, value in [
        ("Display", "6.7-inch OLED, 120Hz"),
        ("Chipset", "Lumen X4"),
        ("RAM", "12GB"),
        ("Storage", "256GB"),
        ("Rear cameras", "50MP main, 12MP zoom"),
        ("Battery", "5,600mAh"),
        ("Weight", "214g"),
        ("Price", "From £799"),
    ]
]
#: two short paragraphs, each under a title-like line: the story's subheadings, or teasers
SHORT = [
    "The phone is the easiest one to recommend this year, and the battery lasts two days.",
    "Low-light photos are much better than last year, though the zoom still turns soft.",
]


def test_paragraphs_under_short_subheadings_above_a_spec_table_join_the_article() -> None:
    """A review's verdict box (short subheadings over short paragraphs) and a long table
    before the main text: the subheadings are the story's, so the clusters join."""
    text = page_text(HEAD, "Our Verdict\n" + SHORT[0], "Night Photos\n" + SHORT[1], "\n".join(SPECS * 2), *P)
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and span.start == index_of(page, SHORT[0])


def test_teasers_with_full_titles_above_the_article_stay_out() -> None:
    """Hard negative: the same paragraphs under full teaser titles are a list of other stories."""
    teasers = [TITLES[0] + "\n" + SHORT[0], TITLES[1] + "\n" + SHORT[1]]
    text = page_text(*teasers, "\n".join(SPECS * 2), HEAD, *P)
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and span.start == index_of(page, P[0])


def test_a_podcast_list_with_short_titles_after_the_article_stays_out() -> None:
    """Hard negative: below the article, short titles over one line each are a list of
    other things (podcasts, shows), not subheadings: the list does not join."""
    shows = ["Screen Talk Weekly\n" + SHORT[0], "Millions Of Screens\n" + SHORT[1], "The Toolkit Show\n" + P[0]]
    text = page_text(HEAD, *P[1:], "\n".join(SPECS * 2), *shows)
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and span.core.end <= index_of(page, SPECS[0])


LINE_UP = ["Friday", "Juniper Static", "The Ornery Saints", "Pell and Grove", "Lucy Anchorwell", "Saturday"]
LINE_UP += ["Moth Parade", "Double Breakfast", "Tiny Coronets", "Sunday", "Kiro Sands", "Harbourlights", "Fennimore"]


#: a short closing paragraph (under MIN_JOIN_WORDS words)
CLOSING = "Organisers said the festival had capped its capacity at twelve thousand again."


def test_a_short_paragraph_after_a_line_up_no_rule_claims_joins_the_article() -> None:
    """Thirteen short lines of a line-up, then a short paragraph: nothing claimed the
    lines between, so they are the story's list and the paragraph joins the article."""
    text = page_text(HEAD, P[0], "\n".join(LINE_UP), CLOSING)
    span = S.find_article(detected(text))
    assert span is not None and CLOSING in clean(text).body
    article = clean(text)
    assert "Moth Parade" in article.body and "Fennimore" in article.body


def test_a_short_paragraph_beyond_claimed_furniture_stays_out() -> None:
    """Hard negative: the same gap with one claimed line ("Advertisement") in it is a
    widget or a sidebar of more than ten lines: the short paragraph beyond does not join."""
    gap = [*LINE_UP[:6], "Advertisement", *LINE_UP[6:]]
    text = page_text(HEAD, P[0], "\n".join(gap), CLOSING)
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and span.core.end == index_of(page, P[0]) + 1
    assert CLOSING not in clean(text).body


def test_a_short_paragraph_above_a_long_unclaimed_list_stays_out() -> None:
    """Hard negative: above the article, thirteen short unclaimed lines are more often a
    menu: a short paragraph beyond them does not join."""
    page = detected(page_text(CLOSING, "\n".join(LINE_UP), HEAD, *P))
    span = S.find_article(page)
    assert span is not None and span.core.start == index_of(page, P[0])


TOUR = [
    "June 9 -- Harbour Hall, Westmere",
    "June 12 -- The Old Corn Exchange, Kilmarton",
    "June 14 -- Riverside Amphitheatre at Calder Park, Calderford",
]


def test_a_list_of_figures_announced_by_the_last_paragraph_extends_the_span() -> None:
    """A line "The tour dates:" then one line per date: the story's own list, carried to its end."""
    text = page_text(HEAD, *P, "The band's anniversary tour dates:", "\n".join(TOUR), "Most Popular")
    page = detected(text)
    span = S.find_article(page)
    assert span is not None
    assert span.end == index_of(page, TOUR[-1]) + 1
    labels = label_map(text)
    assert all(labels[row] is Label.BODY for row in TOUR)
    assert labels["Most Popular"] is not Label.BODY


def test_a_list_without_figures_or_without_a_colon_is_not_carried() -> None:
    teasers = [
        "Lifeboat crew rescues three from capsized yacht",
        "School closures announced for the coming week",
        "New ferry timetable starts on Monday",
    ]
    page = detected(page_text(HEAD, *P, "More from the harbour desk:", "\n".join(teasers)))
    span = S.find_article(page)
    assert span is not None and span.end <= index_of(page, teasers[0])  # links have no figures
    assert not S.announced_item(page, index_of(page, teasers[1]))
    page = detected(page_text(HEAD, *P, "\n".join(TOUR)))  # no line announces the dates
    span = S.find_article(page)
    # only lines dense in figures are carried (a fact box), not the whole list
    assert span is not None and span.end <= index_of(page, TOUR[-1])
    assert not S.announced_item(page, index_of(page, TOUR[1]))


STATUS = [
    "Olten–Aarau | Verspätungen bis 10 Minuten",
    "Aarau–Zürich | normaler Betrieb",
    "Olten–Bern | normaler Betrieb",
]


def test_rows_split_by_a_pipe_are_carried_when_one_row_holds_a_figure() -> None:
    page = detected(page_text(HEAD, *P, "Die Lage am Nachmittag:", "\n".join(STATUS), "Meistgelesen"))
    assert S.announced_item(page, index_of(page, STATUS[-1]))
    rows = [row.replace("10 Minuten", "wenigen Minuten") for row in STATUS]  # no figure in any row
    page = detected(page_text(HEAD, *P, "Die Lage am Nachmittag:", "\n".join(rows), "Meistgelesen"))
    assert not S.announced_item(page, index_of(page, rows[-1]))


TWEET = "We will rebuild the wall stronger than before, and we will start this spring. pic.twitter.com/AbC123xyz"
TWEET_CREDIT = "— Westmere Council (@WestmereCouncil) March 12, 2025"


def test_an_embedded_post_after_the_last_paragraph_extends_the_span() -> None:
    """A quoted tweet flattened into two lines (its text, then "— Name (@name) date")."""
    text = page_text(HEAD, *P, TWEET, TWEET_CREDIT, "Most Popular")
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, TWEET_CREDIT) + 1
    labels = label_map(text)
    assert labels[TWEET] is Label.BODY and labels[TWEET_CREDIT] is Label.BODY
    assert labels["Most Popular"] is not Label.BODY


@pytest.mark.parametrize(
    "line",
    [
        "Follow Westmere Council (@WestmereCouncil) on Twitter",  # a follow prompt, no dash, no date
        "— Westmere Council, March 12, 2025",  # no handle
        "Westmere Council (@WestmereCouncil) March 12, 2025",  # no dash: a line of a feed widget
    ],
)
def test_lines_that_are_not_a_post_credit_are_not_read_as_one(line: str) -> None:
    assert not S.TWEET_CREDIT.match(line)


def test_a_follow_prompt_under_a_teaser_does_not_extend_the_span() -> None:
    follow = "Follow Westmere Council (@WestmereCouncil) on Twitter"
    page = detected(page_text(HEAD, *P, "Council leaders meet to discuss the harbour", follow))
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, P[3]) + 1


STANDFIRST = "The operator says cracked bolts were found on two of the three boats during an inspection."
KEY_POINTS = [
    "• Two of the three ferries are out of service until May",
    "• A reduced timetable runs from Monday",
    "• Season tickets will be extended by a month",
    "• Cars must be booked a day ahead",
    "• Foot passengers can still turn up and board",
    "• Cyclists board first at both ends",
    "• The night crossing is cancelled",
    "• Updates are posted at the harbour office",
]


def test_a_short_standfirst_above_a_bulleted_key_points_box_joins_the_article() -> None:
    """Title, a short standfirst, the byline, then "Key points" with its bullets and a
    "Listen to this article" line before the lead: the bullets count no more than a picture,
    so the standfirst joins the article and the title above it is the headline (the top of
    the page, title and standfirst and bullets, was dropped and a line by the lead taken as title)."""
    nearer = "Passengers queue for the reduced service at Westmere harbour"  # a title-like line by the lead
    top = ["By Jane Roe", "Tue 3 Mar 2026", "Key points", *KEY_POINTS, "Listen to this article · 4:12", nearer]
    text = "\n".join(["Home | News | Sport | Business", HEAD, STANDFIRST, *top, *P]) + "\n"
    article = clean(text)
    assert article.headline == HEAD
    assert STANDFIRST in article.body and KEY_POINTS[0] in article.body


def test_a_short_paragraph_after_a_bulleted_list_below_the_article_stays_out() -> None:
    """Hard negative: below the article, a bulleted list of other stories is no list of the
    story: a short paragraph (the site's blurb) beyond it does not join."""
    more = ["Share this fact-check", "Report an error", "More fact-checks", *KEY_POINTS, "Embed", "Print"]
    blurb = "FactLine is an independent fact-checking service funded by its readers."
    page = detected("\n".join([HEAD, *P, *more, blurb]) + "\n")
    span = S.find_article(page)
    assert span is not None and span.core.end == index_of(page, P[3]) + 1


def test_the_dated_last_line_of_a_fact_box_joins_the_article() -> None:
    """A review's fact box ends in its release date ("Out: 12 August"), which the date rule
    reads as a date line: under "Key: value" lines it is the box's last line, body."""
    facts = ["Publisher: Harrowgate Press", "Pages: 412", "Out: 12 August 2026"]
    labels = label_map(page_text(HEAD, *P, "\n".join(facts), "You might also like"))
    assert [labels[f] for f in facts] == [Label.BODY] * 3


def test_a_dated_line_right_under_the_last_paragraph_stays_out() -> None:
    """Hard negative: with no "Key: value" line above it, a "Label: date" line after the
    article is no line of a fact box (a teaser's or the page's date)."""
    dated = "Next issue: 12 August 2026"
    page = detected(page_text(HEAD, *P, dated, "You might also like"))
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, P[3]) + 1


RATINGS = ["Player ratings", "Osei 7 – Two good saves when it was 1-1", "Marsh 6 – Caught out for the equaliser"]


@pytest.mark.parametrize("widgets", [("Advertisement",), ("READ MORE | City confirm the loan signing of a teenager",)])
def test_a_fact_box_under_an_ad_marker_or_a_teaser_cue_joins_the_article(widgets: tuple[str, ...]) -> None:
    """The match report's ratings sit under an ad marker or a "READ MORE" teaser line: the
    widget stays what it is, the headed box of figures under it is the story's."""
    text = "\n".join([HEAD, *P, *widgets, *RATINGS, "Share this article", "Tags: Football"]) + "\n"
    labels = label_map(text)
    assert [labels[r] for r in RATINGS] == [Label.BODY] * 3
    assert labels[widgets[0]] not in (Label.BODY, Label.HEADLINE)


@pytest.mark.parametrize(
    "after",
    [
        # ad copy under the marker opens with a sentence, not a heading
        ("Advertisement", "Save 20% on every mattress this week: free delivery", "Offer ends 12 March", "From £199"),
        # a teaser's lines under its cue have no figures
        ("READ MORE | City confirm the loan signing of a teenager", "Transfer news", "The winger joins", "More soon"),
    ],
)
def test_lines_under_an_ad_marker_or_a_teaser_cue_without_a_fact_box_stay_out(after: tuple[str, ...]) -> None:
    """Hard negatives: no heading over lines of figures under the widget, the article ends above it."""
    page = detected("\n".join([HEAD, *P, *after, "Share this article"]) + "\n")
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, P[3]) + 1


FERRY_TIMES = [
    "The ferry's timetable until Sunday:",
    "From the island: 7.15 – 10.30 – 14.00",
    "From the mainland: 8.00 – 11.15",
]


def test_a_list_announced_under_a_teaser_cue_joins_the_article() -> None:
    """The story's last line announces a timetable right under a "READ MORE" teaser line: the
    line and its rows are the story's, the teaser stays out."""
    text = "\n".join(
        [HEAD, *P, "READ MORE | City confirm the loan signing of a teenager", *FERRY_TIMES, "Share this article"]
    )
    labels = label_map(text + "\n")
    assert [labels[r] for r in FERRY_TIMES] == [Label.BODY] * 3
    assert labels["READ MORE | City confirm the loan signing of a teenager"] not in (Label.BODY, Label.HEADLINE)


def test_lines_without_figures_under_a_colon_after_a_teaser_cue_stay_out() -> None:
    """Hard negative: a label with a colon over links with no figures is no list of the story."""
    after = [
        "READ MORE | City confirm the loan signing of a teenager",
        "More from our football desk:",
        "Transfer news",
        "Match reports",
    ]
    page = detected("\n".join([HEAD, *P, *after, "Share this article"]) + "\n")
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, P[3]) + 1


def test_a_fact_box_under_an_embedded_video_player_joins_the_article() -> None:
    """The player's title, its time code and buttons, then a teaser cue, between the report and its ratings."""
    player = ["Watch: Lomas on Rovers going top", "0:00 / 2:31", "Play", "Mute", "READ MORE: City ratings v Town"]
    text = "\n".join([HEAD, *P, *player, *RATINGS, "Share this article", "Tags: Football"]) + "\n"
    labels = label_map(text)
    assert [labels[r] for r in RATINGS] == [Label.BODY] * 3
    assert all(labels[line] not in (Label.BODY, Label.HEADLINE) for line in player)


def test_a_share_bar_ends_the_article_above_a_headed_list_with_colons() -> None:
    """Hard negative: buttons without a player (a share bar), then other stories as "Name: quote" lines."""
    after = [
        "Share",
        "Print",
        "More interviews",
        "Care researcher: the staffing floors are a paper tiger",
        "Country doctor at 71: I simply cannot find a successor",
    ]
    page = detected("\n".join([HEAD, *P, *after]) + "\n")
    span = S.find_article(page)
    assert span is not None
    assert S.extend_end(page, span.core.end) == index_of(page, P[3]) + 1


#: a results table flattened one cell per line, announced by the article's last sentence
_RESULTS = "\n".join(
    ["Pos", "Name", "Club", "Time"]
    + [
        cell
        for rank, (name, club, time) in enumerate(
            [
                ("Owain Pryce", "Stelford Striders", "32:51"),
                ("Tomasz Lenk", "Oakcombe Runners", "32:54"),
                ("Ravi Chaudhry", "Harlbury AC", "33:40"),
                ("Freya Dunmore", "Unattached", "34:09"),
            ],
            start=1,
        )
        for cell in (str(rank), name, club, time)
    ]
)


def test_a_table_one_cell_per_line_that_the_article_announces_is_body() -> None:
    text = page_text(
        HEADLINES["en"], *PARAGRAPHS["en"][:3], "Here are the top four finishers:", _RESULTS, "Share | Tweet"
    )
    labels = label_map(text)
    assert all(labels[cell] is Label.BODY for cell in ("Pos", "Owain Pryce", "32:54", "Unattached", "34:09"))
    assert labels["Share | Tweet"] is not Label.BODY


def test_cells_under_a_label_with_a_colon_are_no_announced_table() -> None:
    """'Tags:' is a label, not a sentence announcing a table: its list is not taken as the story's."""
    page = detected(page_text(HEADLINES["en"], *PARAGRAPHS["en"][:3], "Tags:", _RESULTS))
    assert S.announced_cells(page) == set()


def test_a_letters_signature_after_the_last_paragraph_is_the_articles() -> None:
    signature = "— Edna Clay, Sandgate"
    text = page_text(HEAD, *P, signature, "Write to us", "Share")
    labels = label_map(text)
    assert labels[signature] is Label.BODY
    assert labels["Share"] is not Label.BODY


def test_the_last_letters_bare_signature_on_a_letters_page_is_the_articles() -> None:
    """A letters page signs each letter "Name, Place" without a dash: the last one under the last paragraph
    is the article's too, when two letters above it are signed so."""
    last = "Ruth Adeyemi, Lakeview"
    text = page_text(
        HEAD, P[0], "Delphine Okoro, Kessler Park", P[1], "Gerald Haines, North Fairmount", P[2], P[3], last, "Share"
    )
    labels = label_map(text)
    assert labels[last] is Label.BODY
    assert labels["Share"] is not Label.BODY


def test_a_bare_name_and_place_under_an_article_with_no_signed_letters_is_no_signature() -> None:
    """Hard negative: with no letter above signed so, a "Name, Place" line under the story is not carried."""
    page = detected(page_text(HEAD, *P, "Ruth Adeyemi, Lakeview", "Share"))
    assert not S._signed_letter(page, len(P) + 1)


@pytest.mark.parametrize("line", ["— Edna Clay, Sandgate", "- Dr Samir Haddad", "– Comitato Genitori Valbrona"])
def test_signatures(line: str) -> None:
    assert S.SIGNATURE.match(line)


@pytest.mark.parametrize("line", ["– Staff and wires", "— Reporting desk", "— and then the rain came.", "-- 30 --"])
def test_credits_and_prose_are_no_signature(line: str) -> None:
    assert not S.SIGNATURE.match(line)


RESULTS_CELLS = [
    "Pos", "Name", "Club", "Time",
    "1", "Lewis Grainger", "Hexley Harriers", "31:14",
    "2", "Ade Okonjo", "Tarnby AC", "31:29",
    "3", "Milo Brandt", "Northvale RC", "31:55",
    "4", "Josh Tennant", "Castlefield H", "32:02",
]  # fmt: skip


def test_a_results_table_flattened_one_cell_per_line_joins_the_article() -> None:
    text = page_text(HEAD, *P, *RESULTS_CELLS, "Share", "Most Popular", *TITLES)
    page = detected(text)
    assert S.cell_table(page, index_of(page, "Pos")) == len(RESULTS_CELLS)
    labels = label_map(text)
    assert all(labels[c] is Label.BODY for c in ("Lewis Grainger", "31:55", "Time"))
    assert labels["Share"] is not Label.BODY


def test_standings_under_the_report_are_no_table_of_the_story() -> None:
    text = page_text(HEAD, *P, "League table", *RESULTS_CELLS, "Share")
    page = detected(text)
    assert S.cell_table(page, index_of(page, "League table")) == 0
    assert label_map(text)["Lewis Grainger"] is not Label.BODY


@pytest.mark.parametrize(
    "cells",
    [
        RESULTS_CELLS[:12],  # two rows only
        ["Scores", "Harbour FC", "2", "Westmere", "1", "Castle Utd", "0", "Lowmarsh", "3"],  # two columns
        ["Home", "News", "Sport", "Weather", "Business", "Culture", "Travel", "Opinion"],  # no figures
    ],
)
def test_short_runs_and_menus_are_no_cell_table(cells: list[str]) -> None:
    page = detected(page_text(HEAD, *P, *cells))
    assert S.cell_table(page, index_of(page, cells[0])) == 0


def test_a_qa_of_short_answers_ending_under_a_question_stays_an_article() -> None:
    """Hard negative: a Q&A's many short lines, its last answer under a question and above a
    follow prompt, beside credited teasers: more than a few blurbs above the "summary"."""
    qa = [
        "Teaching assistants at the college begin an indefinite strike on Monday over their pay.",
        "Q: What are you asking for?",
        "A: A stipend that covers the rent. Right now most of us cannot pay it.",
        "Q: The college says it has offered eight per cent. Why not take it?",
        "A: Because eight per cent of very little is still very little.",
        "Q: Will classes be cancelled?",
        "A: Some sections will. Lectures should go ahead, but labs will not.",
        "Q: How long could this last?",
        "A: As long as it takes. We hope it is a week.",
        "Follow @campusdaily on Instagram for updates from the picket lines",
    ]
    text = page_text(HEADLINES["en"], "By Tom Field\n12 March 2025", *qa, *SECTION_FRONT.split("\n\n")[3:7])
    span = S.find_article(detected(text))
    assert span is not None and not span.index_page
    assert "As long as it takes" in clean(text).body


def test_a_scorecard_under_its_titles_joins_the_article() -> None:
    card = [
        "Scorecard", "Westmoor first innings", "Batter", "How out", "Runs",
        "D Hales", "c Pike b Orr", "45", "T Moss", "lbw b Orr", "12",
        "R Kaur", "not out", "67", "J Lee", "b Pike", "3",
    ]  # fmt: skip
    text = page_text(HEAD, *P, *card, "Share")
    page = detected(text)
    assert S.titled_cell_table(page, index_of(page, "Scorecard")) == len(card)
    assert label_map(text)["R Kaur"] is Label.BODY


def test_a_numbered_list_of_stories_is_no_table() -> None:
    ranked = ["Most read", "Trending", "1", TITLES[0], "2", TITLES[1], "3", TITLES[2]]
    page = detected(page_text(HEAD, *P, *ranked))
    assert S.titled_cell_table(page, index_of(page, "Most read")) == 0


#: a table of the story flattened one cell per line: column names, then rows of figures
STATS_TABLE = [
    "Top scorers so far",
    "Player",
    "Games",
    "Points",
    *[
        f"{name}\n{games}\n{points}"
        for name, games, points in (
            ("Tomas Reid", 16, 17.8),
            ("Jalen Obi", 16, 14.2),
            ("Marcus Hale", 15, 11.5),
            ("Eli Strand", 16, 12.4),
        )
    ],
]


def test_a_cell_table_between_two_paragraphs_does_not_part_them() -> None:
    text = "\n".join([HEAD, P[0], *STATS_TABLE, "Stats through December 4", P[1], P[2]])
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and (span.start, span.end) == (index_of(page, P[0]), index_of(page, P[2]) + 1)
    table = S.story_tables(page, index_of(page, P[0]) + 1, index_of(page, P[1]))
    assert index_of(page, "Marcus Hale") in table and index_of(page, "Stats through December 4") not in table
    article = clean(text)
    assert P[0] in article.body and "Marcus Hale" in article.body and P[2] in article.body


WARDS = []
for _ward, _rows in (
    (
        "Abbey Ward",
        ("Sarah Mull | Labour | 1,412 | Elected", "Tom Byfield | Conservative | 1,066 |", "Ruth Oka | Green | 389 |"),
    ),
    (
        "Castle Ward",
        (
            "Peter Drum | Conservative | 1,189 | Elected",
            "Helen Aziz | Labour | 1,151 | Elected",
            "Ian Coyle | Liberal Democrat | 640 |",
        ),
    ),
):
    WARDS += [_ward, "Candidate | Party | Votes | Result", *_rows, "Turnout: 31.2%"]


def test_pipe_table_rows_before_a_short_paragraph_do_not_keep_it_out() -> None:
    page = detected("\n".join([HEAD, *P, "Advertisement", *WARDS, CLOSING, "Share this page"]))
    span = S.find_article(page)
    assert span is not None and span.core.members[-1] == index_of(page, CLOSING)


def test_a_long_gap_of_lines_without_figures_still_parts_them() -> None:
    """Hard negative: a list of the same length with an ad marker in it, no figures, is no table."""
    menu = ["Advertisement", *(f"Section {word}" for word in "abcdefghijklmn")]
    page = detected("\n".join([HEAD, *P, *menu, CLOSING, "Share this page"]))
    span = S.find_article(page)
    assert span is not None and span.core.members[-1] == index_of(page, P[3])
    assert not S.story_tables(page, index_of(page, P[3]) + 1, index_of(page, CLOSING))


def test_league_standings_after_the_report_are_not_carried_into_the_article() -> None:
    page = detected("\n".join([HEAD, *P, "Classement Ligue 2", "1. Causses FC 31 pts", "2. Stade Rodes 28 pts"]))
    assert S.extend_end(page, index_of(page, P[3]) + 1) == index_of(page, P[3]) + 1
    page = detected("\n".join([HEAD, *P, "Final times", "1. Owain Pryce 31:14", "2. Lewis Grant 32:02"]))
    assert S.extend_end(page, index_of(page, P[3]) + 1) > index_of(page, P[3]) + 1


#: a table of results whose column names are figures ("H1 2026"), flattened one cell per line
RESULTS_TABLE = ["Key figures", "(£ million)", "H1 2026", "H1 2025", "Revenue", "612.4", "598.0"]
RESULTS_TABLE += ["Operating profit", "41.7", "50.9", "Net debt", "118.0", "96.3", "Dividend", "2.1p", "2.1p"]


def test_a_table_with_figures_in_its_column_names_does_not_part_the_article() -> None:
    text = "\n".join([HEAD, P[0], P[1], "Advertisement", *RESULTS_TABLE, "Source: company filing", P[2], P[3]])
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and (span.start, span.end) == (index_of(page, P[0]), index_of(page, P[3]) + 1)
    assert "Operating profit" in clean(text).body


def test_a_menu_with_a_few_figures_is_no_table() -> None:
    """Hard negative: a run of short lines with figures in fewer than RUN_FIGURES of them."""
    menu = ["News", "Sport", "Business", "Politics", "Culture", "Travel", "Top 10", "Opinion", "Weather", "Video"]
    page = detected("\n".join([P[0], *menu, P[1]]))
    assert not S.story_tables(page, 1, 1 + len(menu))


ANSWERS = [
    "The market will stay open, but traders will move to the car park for about six weeks in the summer.",
    "The first stage starts in May and should be finished before the autumn storms, if the summer is dry.",
]


def test_a_questions_and_answers_box_after_a_widget_joins_the_article() -> None:
    widget = ["Advertisement", *(f"Section {word}" for word in "abcdefghijk")]
    qa = ["Your questions answered", "Will the fish market close?", ANSWERS[0], "When will the work start?", ANSWERS[1]]
    text = "\n".join([HEAD, *P, *widget, *qa, "Share this page"])
    assert ANSWERS[1] in clean(text).body
    # hard negative: the same answers under teaser titles are summaries of other stories
    teasers = ["More stories", TITLES[0], ANSWERS[0], TITLES[1], ANSWERS[1]]
    assert ANSWERS[1] not in clean("\n".join([HEAD, *P, *widget, *teasers, "Share this page"])).body


def test_a_pipe_table_under_a_short_heading_after_the_last_paragraph_extends_the_span() -> None:
    """A results table after the article ("Round 12 results", column names a menu rule reads
    as a nav strip, then rows of figures) is the story's; a menu of pipes without figures is not."""
    table = [
        "Round 12 results",
        "Home | Score | Away | Ground",
        "Deportivo Marismas | 2-2 | Union Berceo | La Ribera",
        "Real Castrelo | 1-0 | SD Valle Hondo | El Pinar",
        "CF Gredales | 3-1 | Atletico Mirasol | Las Tejas",
    ]
    page = detected("\n".join([HEAD, *P, *table, "Share this page"]))
    last = index_of(page, P[3]) + 1
    assert S.extend_end(page, last) == last + len(table)
    menu = ["Sections", "News | Sport | Business | Culture", "Weather | Travel | Video | Opinion"]
    page = detected("\n".join([HEAD, *P, *menu, "Share this page"]))
    assert S.extend_end(page, last) == last


TEASER_TITLES = [
    "Lifeboat crew rescues three from capsized yacht off the point",
    "School closures announced for the coming week in the valley",
    "New ferry timetable starts with extra evening sailings",
    "Harbour festival returns after a two-year break with a new stage",
    "Council approves plans for a cycle path along the river",
]
BRIEF = "The council will open its two indoor pools an hour later in the evening. These are the new times."
TIMETABLE = ["Monday to Friday: 7:00 to 22:00", "Saturdays: 9:00 to 20:00", "Sundays: 9:00 to 14:00"]


def test_a_brief_with_its_timetable_on_a_page_of_teasers_is_an_article() -> None:
    lines = ["More news", *TEASER_TITLES[:3], "Pools open an hour longer from Monday", BRIEF, *TIMETABLE]
    page = detected("\n".join([*lines, "Share", "Latest", *TEASER_TITLES[3:]]))
    span = S.find_article(page)
    assert span is not None and not span.index_page
    # hard negative: the same thin text without the figures carried after it reads as a teaser
    page = detected("\n".join([*lines[:-3], "Share", "Latest", *TEASER_TITLES[3:]]))
    span = S.find_article(page)
    assert span is not None and span.index_page


def test_a_list_of_categories_with_their_counts_is_no_table_of_the_story() -> None:
    """Hard negative: a blog's categories with post counts ("Politics (13)") under a few short
    headings hold a figure on every line, but figures inside words, no cells of figures."""
    cats = ["Meta", "Archive", "Categories"] + [
        f"{w} ({n})"
        for w, n in zip(
            ["Politics", "Health", "Sport", "Culture", "Travel", "Food", "Science", "Music", "Faith"],
            (13, 7, 22, 5, 9, 31, 4, 18, 6),
        )
    ]
    page = detected("\n".join([P[0], *cats, P[1]]))
    assert not S.story_tables(page, 1, 1 + len(cats))


#: a blog post of two short paragraphs over a long thread of readers' comments
_THREAD_POST = [
    "Open thread: December 2026",
    "Posted on 1 December 2026 by Catherine",
    "Every quarter we open a thread for readers' questions about our research and our recommendations.",
    "Our last thread is still open for replies, and we read every one of them.",
    "Comments",
]
_COMMENTS = [
    f"{name} on December {day}, 2026 at 4:{day}7 pm said:\n"
    f"Thanks for the thread. I read the report on {topic} and wondered how the team weighed the costs "
    "of the programme against the benefits, which seem to depend on a lot of assumptions about the future.\n"
    "It would help to see the spreadsheet behind the estimate, if that can be shared with readers here."
    for name, day, topic in (
        ("Milan G", 2, "road safety"),
        ("Alex", 3, "bus speeds"),
        ("Gary M", 4, "giving now or later"),
        ("Priya", 5, "malaria nets"),
    )
]


def test_a_long_thread_of_comments_under_a_short_post_is_not_the_article() -> None:
    text = "\n\n".join([*_THREAD_POST, *_COMMENTS])
    page = detected(text)
    span = S.find_article(page)
    assert span is not None and not span.index_page
    assert page.texts[span.core.start].startswith("Every quarter")
    body = clean(text).body
    assert "Every quarter" in body and "Our last thread" in body
    assert "spreadsheet" not in body


def test_comment_links_in_a_share_bar_make_no_thread() -> None:
    """Hard negative: "Comments 34" in the share bar and at the foot are no thread's headers."""
    text = page_text(HEADLINES["en"], "Comments 34", *PARAGRAPHS["en"][:4], "Comments", "Join the conversation")
    page = detected(text)
    assert S._comment_thread_start(page) is None
    assert all(p in clean(text).body for p in PARAGRAPHS["en"][:4])


CHANGES = [
    "- a parents' room with two fold-out beds",
    "- a playroom with a window onto the garden",
    "- Northern line: 140 extra weekly services",
]
OTHER_STORIES = ["• Lifeboat crew rescues three from capsized yacht", "• School closures announced for the coming week"]


@pytest.mark.parametrize("widget", [(), ("Download our app for the latest local news, weather and traffic.",)])
def test_a_bulleted_list_the_last_paragraph_announces_joins_the_article(widget: tuple[str, ...]) -> None:
    """ "What has changed:" over bulleted facts (fragments, "Key: value" items), right under the last
    paragraph or under an app's pitch: the story's list, and the short sentence after it too."""
    close = "The timetable was last changed in 2017."
    labels = label_map("\n".join([HEAD, *P, *widget, "What has changed on the ward:", *CHANGES, close, "Share"]) + "\n")
    assert [labels[c] for c in CHANGES] == [Label.BODY] * 3
    assert labels[close] is Label.BODY


def test_a_bulleted_list_of_story_titles_under_a_colon_stays_out() -> None:
    """Hard negative: "Read more of our coverage:" over bulleted headlines: other stories."""
    page = detected("\n".join([HEAD, *P, "Read more of our coverage:", *OTHER_STORIES]) + "\n")
    assert S.announced_bullets(page, index_of(page, OTHER_STORIES[0])) == 0
    labels = label_map("\n".join([HEAD, *P, "Read more of our coverage:", *OTHER_STORIES]) + "\n")
    assert all(labels[t] is not Label.BODY for t in OTHER_STORIES)


#: a table of results without bars, its columns set apart by runs of spaces, its column names read as a menu
SPACED_TABLE = [
    "Home  Score  Away  Attendance",
    "Ashby Town  0-0  Pellworth United  11,212",
    "Brackendale  2-3  Coldharbour  9,870",
    "Tanhurst  1-2  Millbay Argyle  15,630",
]


def test_a_table_spaced_into_columns_under_two_headings_joins_the_article() -> None:
    headings = ["Around the division", "Saturday's other results"]
    labels = label_map("\n".join([HEAD, *P, *headings, *SPACED_TABLE, "Share  Facebook  X  WhatsApp"]) + "\n")
    assert [labels[line] for line in [*headings, *SPACED_TABLE]] == [Label.BODY] * 6
    assert labels["Share  Facebook  X  WhatsApp"] is not Label.BODY


def test_a_spaced_share_bar_under_a_barred_table_is_no_row_of_it() -> None:
    """Hard negative: a share bar of four words set apart by spaces under a table of four
    columns with bars: the two kinds of rows make no table together."""
    barred = [
        "Home | Score | Away | Ground",
        "Ashby | 0-0 | Pellworth | Moor Lane",
        "Brackendale | 2-3 | Coldharbour | Vale",
    ]
    share = "Share  Facebook  X  WhatsApp"
    page = detected("\n".join([HEAD, *P, *barred, share]) + "\n")
    assert index_of(page, barred[0]) in S.table_rows(page)
    assert index_of(page, share) not in S.table_rows(page)


@pytest.mark.parametrize(
    ("row", "cells"),
    [("Tom Byfield | Conservative | 1,066 |", 4), ("| Ward | Votes |", 2), ("Ashby Town  0-0  Pellworth United", -3)],
)
def test_table_cells(row: str, cells: int) -> None:
    """A row's last cell may be empty ("... | 1,066 |", no "Elected"); a row framed by bars has none;
    cells set apart by spaces count negative (another kind of row)."""
    assert S._cells(row) == cells


MOST_READ = ["Most read", "Lifeboat crew rescues three from capsized yacht", "School closures announced for the week"]
TEAM_RATINGS = ["Rovers", "Osei 7 – Two good saves when it was 1-1", "Marsh 6 – Caught out for the equaliser"]


def test_ratings_under_a_box_of_other_stories_join_the_article() -> None:
    """A "Most read" box in the report's flow, then the other team's ratings: the story's."""
    labels = label_map("\n".join([HEAD, *P, *MOST_READ, *TEAM_RATINGS, "Share this article"]) + "\n")
    assert [labels[r] for r in TEAM_RATINGS] == [Label.BODY] * 3
    assert labels[MOST_READ[1]] is not Label.BODY


def test_classified_ads_under_a_box_of_other_stories_stay_out() -> None:
    """Hard negative: "Key: value" lines under the box are no ratings (classified ads)."""
    ads = [
        "Classifieds",
        "FOR SALE: 2019 plough, little used. Offers.",
        "WANTED: Standing hay, round bales, 40 needed.",
    ]
    page = detected("\n".join([HEAD, *P, *MOST_READ, *ads]) + "\n")
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, P[3]) + 1


def test_a_fact_box_under_a_teasers_title_and_byline_joins_the_article() -> None:
    teaser = ["Read more: Rovers confirm the loan signing of a teenager", "By Stefan Gaspar"]
    facts = ["Match facts", "Scorers: 23' Pell, 50' Sarto.", "Referee: Lorenzo Fabbri.", "Attendance: 9,840."]
    labels = label_map("\n".join([HEAD, *P, *teaser, *facts, "Share this article"]) + "\n")
    assert [labels[f] for f in facts] == [Label.BODY] * 4
    assert labels[teaser[0]] is not Label.BODY


FINISH = [
    "Finishing order",
    "1. Simone Bertola (Team Bra) 3h31'08\"",
    "2. Elia Ghiglione (Velo Roero) s.t.",
    '3. Nico Ferrero (Team Bra) a 2"',
]


def test_a_fact_box_under_a_photo_caption_joins_the_article() -> None:
    """The finishing order under the winner's photo and its credit: the story's, not a list of stories."""
    caption = "Simone Bertola raises his arms at the finish in Castelmonte. (Photo: Marta Cerrato)"
    labels = label_map("\n".join([HEAD, *P, caption, *FINISH, "Share on Facebook"]) + "\n")
    assert [labels[f] for f in FINISH] == [Label.BODY] * 4
    assert labels[caption] is Label.CAPTION


def test_teaser_titles_under_a_photo_caption_stay_out() -> None:
    """Hard negative: under the caption, a heading over titles without figures is no fact box."""
    caption = "Simone Bertola raises his arms at the finish in Castelmonte. (Photo: Marta Cerrato)"
    more = ["More cycling", "Bra launches a women's junior team", "Dogliani hosts the next round"]
    page = detected("\n".join([HEAD, *P, caption, *more]) + "\n")
    span = S.find_article(page)
    assert span is not None and span.end <= index_of(page, caption)


SOURCES = ["1. Westmere Council, letter to residents, 28 Nov 2026", "2. Interview with the harbour master, 4 Dec 2026"]
DONATE = ["TruthLine is free to read. Support our fact-checking with a monthly gift.", "Donate now"]


def test_the_storys_sources_under_a_donation_pitch_join_the_article() -> None:
    labels = label_map("\n".join([HEAD, *P, *DONATE, "Sources", *SOURCES]) + "\n")
    assert [labels[line] for line in ["Sources", *SOURCES]] == [Label.BODY] * 3
    assert labels["Donate now"] is not Label.BODY


def test_a_numbered_list_under_another_heading_after_the_pitch_stays_out() -> None:
    """Hard negative: only a sources heading ("Sources", "Quellen") over the list is the story's."""
    page = detected("\n".join([HEAD, *P, *DONATE, "Most read", *SOURCES]) + "\n")
    span = S.find_article(page)
    assert span is not None and span.end == index_of(page, P[3]) + 1


LINE_UPS = [
    "Team line-ups",
    "Rovers: 15 Hale; 14 Dunn, 13 Ames, 12 Nolan",
    "City: 15 Corr; 14 Hayes, 13 Brady, 12 Gorman",
]


def test_line_ups_under_a_live_blogs_share_button_join_the_article() -> None:
    """A live blog with "Share" under every entry: the last one's button is no end of the
    article, and the team line-ups under it are the story's."""
    entries = ["31'", P[0], "Share", "18'", P[1], "Share", "1'", P[2], "Share"]
    labels = labels_of("\n".join([HEAD, *entries, *LINE_UPS, "Show older posts"]) + "\n")
    assert [label for text, label, _ in labels if text in LINE_UPS] == [Label.BODY] * 3


def test_line_ups_under_a_single_share_button_stay_out() -> None:
    """Hard negative: one share bar under the article (no entry's button repeated) ends it."""
    page = detected("\n".join([HEAD, *P, "Share", *LINE_UPS]) + "\n")
    span = S.find_article(page)
    assert span is not None and S.extend_end(page, span.core.end) == index_of(page, P[3]) + 1


TR_SENTENCES = [
    "Kentin doğusundaki Yeşilköy Mahallesi'nde sabah saatlerinde başlayan elektrik kesintisi akşama kadar sürdü, esnaf zarar gördü.",
    "Dağıtım şirketinden yapılan açıklamada, arızanın trafo merkezindeki yangından kaynaklandığı belirtildi ve onarımın gece tamamlanacağı duyuruldu.",
]


@pytest.mark.parametrize(("lang", "content"), [("tr", True), ("en", False)])
def test_turkish_sentences_with_few_function_words_are_content(lang: str, content: bool) -> None:
    """On a Turkish page a sentence with one free-standing function word in 15 is a paragraph;
    the same share on an English page is no prose (hard negative)."""
    page = detected(page_text("Anasayfa | Gündem | Spor", *TR_SENTENCES, "Paylaş"), lang)
    assert all(S.is_content(page, index_of(page, t)) is content for t in TR_SENTENCES)
    span = S.find_article(page)
    assert (span is not None and span.start == index_of(page, TR_SENTENCES[0])) is content


#: an embedded social post's counters, one a line, under the post quoted in the article
_POST_BAR = ["👍 1.2K", "318 comments", "540 shares"]


def test_an_embedded_posts_comment_count_does_not_end_the_article() -> None:
    text = page_text(HEAD, P[0], P[1], "— Harbour Residents' Association", *_POST_BAR, "Advertisement", P[2], P[3])
    page = detected(text)
    assert S._post_counters(page, index_of(page, "318 comments"))
    body = clean(text).body
    assert P[2] in body and P[3] in body


def test_a_counter_bar_over_readers_comments_still_ends_the_article() -> None:
    """Hard negative: the same bar with the readers' comments right under it."""
    comment = "Honestly this wall has been falling down for years and nobody on the council ever cared."
    text = page_text(HEAD, *P, *_POST_BAR, "jane_r: " + comment, "Reply", "tom_k: " + comment, "Reply")
    body = clean(text).body
    assert P[3] in body and comment not in body


def test_a_programme_of_times_and_events_under_the_story_is_carried() -> None:
    programme = ["Friday, 11 December", "17:00", "Brass band of the fire brigade", "19:00", "The Heather Quartet"]
    programme += ["Saturday, 12 December", "18:00", "Lantern parade from the church"]
    page = detected("\n".join([HEAD, *P, *programme, "Share"]))
    last = index_of(page, P[3]) + 1
    assert S.extend_end(page, last) == index_of(page, "Lantern parade from the church") + 1


def test_one_time_over_a_line_is_no_programme() -> None:
    """Hard negative: a live blog's or a teaser's lone time stamp over a title ends the article."""
    page = detected("\n".join([HEAD, *P, "17:00", "Lifeboat crew rescues three from capsized yacht", "Share"]))
    assert S._schedule(page, index_of(page, "17:00")) == 0


def _race_page(rows: list[str]) -> list[str]:
    return [P[0], P[1], "Stage result", *rows, "Overall standings", *rows[:3], P[2], P[3]]


def test_a_race_result_between_paragraphs_is_no_gap() -> None:
    """A race's result rows (a place, a name, a time or a gap) between two paragraphs count as
    one line: twelve of them split no cluster."""
    rows = [
        f"{k}. Rider Number{k} (Harbour Cycling) {'4h21' + chr(39) + '37' if k == 1 else f'+0:{k:02d}'}"
        for k in range(1, 10)
    ]
    page = detected(_race_page(rows))
    content = [i for i in range(len(page)) if S.is_content(page, i)]
    assert len(S.clusters(page, content)) == 1


def test_a_league_table_between_paragraphs_is_still_a_gap() -> None:
    """Hard negative: a league's standings with points (the site's widget), as many rows."""
    rows = [f"{k}. Harbour Town FC {40 - k}" for k in range(1, 10)]
    page = detected(_race_page(rows))
    content = [i for i in range(len(page)) if S.is_content(page, i)]
    assert len(S.clusters(page, content)) == 2
