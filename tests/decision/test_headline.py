"""headline: which line is the article's own title (newsclean.decision.headline)."""

from __future__ import annotations

import pytest

import newsclean
from helpers import HEADLINES, PARAGRAPHS, clean, detected, index_of, label_map, page_text
from newsclean.decision import headline as H
from newsclean.decision.span import find_article
from newsclean.types import Label, Options

P = PARAGRAPHS["en"]
HEAD = HEADLINES["en"]
DEK_SENTENCE = "Residents backed a three-year plan after the worst storm surge in living memory."
DEK_OPEN = (
    "Residents backed a three-year plan after the worst storm surge in living memory left the fish market under water"
)


def chosen(text: str) -> str | None:
    page = detected(text)
    span = find_article(page)
    assert span is not None
    i = H.find_headline(page, span.start)
    return None if i is None else page.texts[i]


@pytest.mark.parametrize(
    "kicker",
    [
        "WORLD",
        "FLOODS",
        "Coastal towns",
        "The Care Ledger | Part 2",
        "Round 9 · Lindholm Raceway",
        "PRO D2 - 14e JOURNÉE",
    ],
)
def test_headline_over_a_kicker(kicker: str) -> None:
    text = page_text(kicker, HEAD, *P)
    assert chosen(text) == HEAD
    labels = label_map(text)
    assert labels[HEAD] is Label.HEADLINE
    assert labels[kicker] is not Label.HEADLINE and not labels[kicker].kept


@pytest.mark.parametrize("dek", [DEK_SENTENCE, DEK_OPEN])
def test_headline_over_the_standfirst(dek: str) -> None:
    text = page_text(HEAD, dek, *P)
    assert chosen(text) == HEAD
    labels = label_map(text)
    assert labels[HEAD] is Label.HEADLINE
    assert labels[dek] is Label.BODY  # the standfirst is written for this article


def test_headline_with_kicker_standfirst_and_byline_block() -> None:
    text = page_text("WORLD", HEAD, DEK_OPEN, "By Jane Roe, Staff Writer", "Updated: Oct 20, 2024 09:14 IST", *P)
    article = clean(text)
    assert article.headline == HEAD
    assert article.bylines == ["By Jane Roe, Staff Writer", "Updated: Oct 20, 2024 09:14 IST"]


def test_headline_is_not_a_claimed_line() -> None:
    # the longest line above the body is a nav strip: claimed by a rule, so it is no candidate
    text = page_text("Home | News | Sport | Business | Opinion | Culture | Travel", HEAD, *P)
    assert chosen(text) == HEAD


@pytest.mark.parametrize("lang", ["de", "es", "fr", "pt"])
def test_headline_in_other_languages(lang: str) -> None:
    article = clean(page_text(HEADLINES[lang], *PARAGRAPHS[lang]))
    assert article.headline == HEADLINES[lang]


def test_no_headline_when_the_page_opens_with_prose() -> None:
    page = detected(page_text(*P))
    assert H.find_headline(page, 0) is None
    article = clean(page_text(*P))
    assert article.headline is None and article.found


def test_headline_score() -> None:
    page = detected(
        [
            HEAD,
            "WORLD",
            "1. Lifeboat crew rescues three from capsized yacht",
            P[0],
            "Why did the sea wall fail after only forty years of service on this coast?",
        ]
    )
    full = H.headline_score(page, 0, 1)
    assert full > H.headline_score(page, 1, 1) > 0  # a one-word kicker scores little
    assert H.headline_score(page, 2, 1) == 0.0  # list items are never titles
    assert H.headline_score(page, 3, 1) == 0.0  # a paragraph is never a title
    assert H.headline_score(page, 4, 1) > 0  # a question may be a long title
    assert H.headline_score(page, 0, 5) < full  # farther from the body scores less


def test_dek_below_title() -> None:
    page = detected([HEAD, DEK_OPEN, "WORLD"])
    assert H._dek_below_title(page, 0, 1)
    assert not H._dek_below_title(page, 1, 0)
    assert not H._dek_below_title(page, 2, 0)  # a one-word line is no title over a dek


def test_byline_between_title_and_body_helps_the_title() -> None:
    near = "Lifeboat crew rescues three from a capsized yacht off the point"
    page = detected(page_text(HEAD, "By Jane Roe", near, *P))
    first = index_of(page, P[0])
    title, other = index_of(page, HEAD), index_of(page, near)
    # on size and distance alone the nearer line would win ...
    assert H.headline_score(page, other, first - other) > H.headline_score(page, title, first - title)
    # ... but titles come before the byline block
    assert H._byline_between(page, title, first) and not H._byline_between(page, other, first)
    assert H.find_headline(page, first) == title


def test_title_of_a_question_and_answer_page() -> None:
    """The page opens with its title, then the first question, then the first answer:
    the title, not the question nearest the answer, is the headline."""
    qa = page_text(
        "Your questions on the sea wall, answered",
        "Who will pay for the new wall?",
        "The council will pay for most of it from harbour fees, with a grant from the regional government for the rest.",
        "When will the work start?",
        "The first stage starts in May and should be finished before the autumn storms, if the summer is dry.",
        "Will the fish market close?",
        "The market will stay open, but traders will move to the car park for about six weeks in the summer.",
    )
    assert clean(qa).headline == "Your questions on the sea wall, answered"


PHOTO_ABOVE = "Workers lift a section of the broken wall onto a barge near the harbour mouth on Monday morning."


def test_headline_below_a_photo_caption_and_a_byline_block() -> None:
    # the caption is prose; with the byline block between, the first paragraph run is found below it
    text = page_text(PHOTO_ABOVE, HEAD, "Updated: Oct 20, 2024 09:14 IST", "5 min read", "Share", *P)
    labels = label_map(text)
    assert labels[HEAD] is Label.HEADLINE
    assert labels[PHOTO_ABOVE] is not Label.BODY


def test_headline_right_below_a_prose_photo_caption() -> None:
    labels = label_map(page_text(PHOTO_ABOVE, HEAD, *P))
    assert labels[HEAD] is Label.HEADLINE
    assert labels[PHOTO_ABOVE] is not Label.BODY


def test_a_ticker_row_with_separators_is_no_headline() -> None:
    ticker = "Ferro Textiles | Milan | 14.86 € | +5.89% | View quote"
    text = page_text(HEADLINES["en"], ticker, *PARAGRAPHS["en"])
    assert chosen(text) == HEADLINES["en"]


def test_a_title_with_its_dek_beats_a_short_line_nearer_the_body() -> None:
    dek = "The council said the repairs would take six months and cost far more than the first estimate."
    text = page_text(
        HEADLINES["en"], dek, "Deals on the new Orvix Halo phones at Voltmart this week", *PARAGRAPHS["en"]
    )
    assert chosen(text) == HEADLINES["en"]


def test_a_masthead_and_its_tagline_are_no_title_and_dek() -> None:
    """'The Westmere Gazette / Serving the valley since 1899' above the menu is a masthead."""
    text = page_text(
        "The Westmere Gazette\nServing the harbour and the valley since 1899",
        "Home | News | Sport | Opinion",
        HEAD,
        "By Jane Roe\n12 March 2025",
        *P,
    )
    assert chosen(text) == HEAD


@pytest.mark.parametrize("shout", ["THE WESTMERE GAZETTE", "CAUGHT ON CAMERA"])
def test_an_all_capitals_masthead_or_kicker_loses_to_the_title(shout: str) -> None:
    text = page_text(shout, "News · Sport · Opinion", HEAD, "By Jane Roe\n12 March 2025", *P)
    assert chosen(text) == HEAD


def test_title_lead_and_byline_with_a_comment_counter_keep_the_lead() -> None:
    """Some sites print the title and first paragraphs above the byline block and its "5 comments"."""
    footer = "Most read\n1. Lifeboat crew rescues three\n2. School closures next week\n3. New ferry timetable\nAbout us\nContact\nPrivacy\n© 2025 Westmere Gazette"
    text = page_text(HEAD, P[0], P[1], "By Jane Roe\n12 March 2025\n5 comments\nBookmark", P[2], P[3], footer)
    labels = label_map(text)
    assert labels[HEAD] is Label.HEADLINE
    assert all(labels[p] is Label.BODY for p in P)


def test_a_long_photo_caption_above_the_lead_loses_to_the_title_and_dek() -> None:
    caption = "Rovers five-eighth Lachlan Tuivaga breaks the line at Jubilee Oval during the second half of the minor premiership decider against the Hawks on Sunday afternoon"
    text = page_text("By Jane Roe\n12 March 2025", HEAD, DEK_SENTENCE, "Share | Save", caption, *P)
    assert chosen(text) == HEAD


def test_title_above_a_long_list_preamble_is_found() -> None:
    """Key points and a list of models between the title and the first paragraph (16 lines)."""
    preamble = [f"• Model NV-SP{200 + 10 * k} sold between 2023 and 2025" for k in range(12)]
    text = page_text(HEAD, "By Jane Roe\n12 March 2025", "Key points\n" + "\n".join(preamble), *P)
    assert chosen(text) == HEAD


SHARE_BAR = "Share\nFacebook\nX\nEmail\nCopy link"


def test_a_photo_caption_with_its_credit_is_no_headline() -> None:
    """A caption whose sentence ends inside the line, then the credit, scores nothing."""
    caption = "Crews work to repair a burst water main on Harbour Road early on Tuesday. (KDLW)"
    page = detected(page_text(HEAD, caption, *P))
    assert H.headline_score(page, index_of(page, caption), 0) == 0.0
    assert chosen(page_text(HEAD, caption, *P)) == HEAD


@pytest.mark.parametrize(
    "title", ["Storm shuts harbour road. Ferry runs late", "Mr. Smith goes to the harbour council"]
)
def test_a_title_with_a_full_stop_is_still_a_title(title: str) -> None:
    """Hard negative: a stop inside a title without a credit after it (or after "Mr") is no caption tail."""
    page = detected(page_text(title, *P))
    assert H.headline_score(page, index_of(page, title), 0) > 0.2


def test_the_title_above_the_byline_beats_a_caption_below_the_share_bar() -> None:
    caption = "Residents of the harbour flats watch the water rise on Thursday night"
    text = page_text(HEAD, "By Jane Roe, Reporter\n12 March 2025", SHARE_BAR, caption, *P)
    assert chosen(text) == HEAD
    labels = label_map(text)
    assert labels[HEAD] is Label.HEADLINE
    assert all(labels[p] is Label.BODY for p in P)


def test_a_title_with_standfirsts_above_the_byline() -> None:
    caption = "Residents of the harbour flats watch the water rise on Thursday night"
    text = page_text("WORLD", HEAD, DEK_OPEN, "By Jane Roe\n12 March 2025", SHARE_BAR, caption, *P)
    assert chosen(text) == HEAD


def test_a_title_right_under_the_byline_stays_the_headline() -> None:
    """Hard negative: byline, kicker, title, body (a tabloid's order): no furniture
    between the byline and the title, so the line above the byline is not taken."""
    ticker = "Harbour road closed both ways after a crash at the roundabout"
    page = detected(page_text(ticker, "By Jane Roe, Reporter\n12 March 2025", "CAUGHT ON CAMERA", HEAD, *P))
    head, lead = index_of(page, HEAD), index_of(page, P[0])
    assert H._title_above_byline(page, lead, 0, head) is None
    # with a share bar between the byline and the line chosen, the title above the byline wins
    page = detected(page_text(ticker, "By Jane Roe, Reporter\n12 March 2025", SHARE_BAR, HEAD, *P))
    head, lead = index_of(page, HEAD), index_of(page, P[0])
    assert H._title_above_byline(page, lead, 0, head) == index_of(page, ticker)


def test_a_masthead_date_heads_no_title() -> None:
    """Hard negative: the site's date under its name is no byline block for the title."""
    text = page_text("The Kilbrack Courier\nWednesday 19 March 2025", "Home | News | Sport | Business", HEAD, *P)
    assert chosen(text) == HEAD


@pytest.mark.parametrize("label", ["SECRET WEDDING BY THE SEA", "Subscribe | Sign in"])
def test_a_kicker_or_nav_line_above_the_title_is_not_taken_for_a_title_over_its_dek(label: str) -> None:
    """The title reads as a standfirst under a four-word line above it; that line is a
    kicker in capitals or a nav line, so the title stays the headline."""
    text = page_text(label, HEAD, *P)
    assert chosen(text) == HEAD
    assert label_map(text)[HEAD] is Label.HEADLINE


def test_a_short_title_over_its_standfirst_is_still_taken() -> None:
    """Hard negative: a short title in ordinary case above a longer standfirst is the title."""
    title = "Sea wall vote delayed again"
    text = page_text(title, DEK_OPEN, *P)
    assert chosen(text) == title


def test_a_cleaned_article_read_again_keeps_its_title_over_a_caption() -> None:
    """The output of a clean (title, standfirst, a caption kept as body, the lead) cleaned
    again: the page opens with its title, so the caption nearer the lead does not take
    its place (and the title and standfirst are not dropped as outside the article)."""
    caption = "The yard of the primary school on Harbour Road, closed since Thursday"
    text = page_text(HEAD, DEK_OPEN, caption, *P)
    assert chosen(text) == HEAD
    once = clean(text).text
    assert clean(once).text == once and HEAD in once


@pytest.mark.parametrize("opening", ["You have one free article left this month.", "THE KILBRACK TIMES"])
def test_a_notice_or_a_masthead_opening_the_page_is_no_title(opening: str) -> None:
    """Hard negative: a sentence (a notice) or a short capitals line opening the page is
    not taken as the title by the page-opening rule."""
    page = detected(page_text(opening, "Environment", HEAD, *P))
    assert not H._opens_the_page(page, index_of(page, P[0]))


def test_a_caption_above_its_photo_credit_is_no_headline() -> None:
    caption = "The yard of the primary school on Harbour Road, closed since Thursday"
    text = page_text(HEAD, "By Jane Roe\n12 March 2025", "Share | Email", caption, "Foto Ansa", *P)
    assert chosen(text) == HEAD


def test_a_line_above_a_photography_title_is_not_read_as_a_caption() -> None:
    """Hard negative: "Photography ..." is no credit line ("Photo", "Foto" as a word)."""
    page = detected(page_text(HEAD, "Photography prize opens to harbour schools", *P))
    assert not H._credit_below(page, index_of(page, HEAD))


def test_the_line_that_is_the_page_title_is_never_taken_for_a_dek_under_a_kicker() -> None:
    """A short label above the <h1> ("Opinion · Guest column") is no title over a dek when the
    <h1> repeats the page's <title>."""
    title = "Opinion: Bring back the town library's late fees"
    body = "".join(f"<p>{p}</p>" for p in P)
    html = (
        f"<html><head><title>{title} | The Fenmore Ledger</title></head><body>"
        f"<div class='kicker'>Opinion · Guest column</div><h1>{title}</h1>"
        f"<div>By Gordon Pell · Oct. 30, 2025</div><div>{body}</div></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html"))
    assert article.headline == title


LONG_TITLE = (
    "Paper houses of Adele Vinciguerra: the painter of the old quarter gets her first retrospective in Castelmora"
)
SHORTER_DEK = "More than eighty works, many never shown before, tell forty years of painting one city"


def test_the_title_heads_a_run_of_title_and_dek_under_a_kicker() -> None:
    """Kicker, a long title, a shorter standfirst without a full stop, the byline: the
    standfirst is nearer the body and scores like a title; the top line of the run is it."""
    text = page_text("Arts", "EXHIBITIONS", LONG_TITLE, SHORTER_DEK, "By Jane Roe\n6 March 2025", *P)
    assert chosen(text) == LONG_TITLE
    labels = label_map(text)
    assert labels[LONG_TITLE] is Label.HEADLINE and labels[SHORTER_DEK] is Label.BODY


def test_a_score_line_under_the_title_is_no_title() -> None:
    title = "Teenage winger's double sinks the leaders as Kestrel Park end Halstead's unbeaten run"
    text = page_text("Football › Premier Division", title, "FT: Kestrel Park Rangers 3-1 Halstead Town", *P)
    assert chosen(text) == title


@pytest.mark.parametrize(
    "above",
    [
        # three teaser titles in a row above the title: a list, not a title and its deks
        (
            "Lifeboat crew rescues three from capsized yacht off the point",
            "School closures announced for the coming week across the county",
            "New ferry timetable starts on Monday with two extra evening crossings",
        ),
        # a feed of other stories with their ages
        ("2h ago Rail line between Harwick and Oxley closed after a landslip",),
        # the same title printed twice (two title blocks of one page)
        (HEAD,),
        # a button over the title
        ("Jump to the recipe",),
    ],
)
def test_lines_above_the_title_that_head_no_run_are_not_taken(above: tuple[str, ...]) -> None:
    """Hard negatives: the title stays the headline below these lines."""
    page = detected("\n".join(["Home | News | Sport", *above, HEAD, *P]) + "\n")
    head = max(i for i, t in enumerate(page.texts) if t == HEAD)
    assert H._top_of_title_run(page, head, 0) is None


def test_the_title_above_a_key_points_box_and_the_byline_block() -> None:
    """Title, its bulleted key points, the byline block, a share bar, a caption by the lead:
    the bullets between the title and the byline are skipped on the way up to the title."""
    points = ["• Two ferries out of service until May", "• Reduced timetable from Monday", "• Tickets extended"]
    caption = "Residents of the harbour flats watch the water rise on Thursday night"
    page = detected(
        page_text("Home | News | Sport", HEAD, *points, "By Jane Roe\n12 March 2025", SHARE_BAR, caption, *P)
    )
    lead, chosen_line = index_of(page, P[0]), index_of(page, caption)
    assert H._title_above_byline(page, lead, 0, chosen_line) == index_of(page, HEAD)


def test_a_long_bulleted_list_above_the_byline_heads_no_title() -> None:
    """Hard negative: more bullets than a key-points box (a list of other stories) are not
    skipped: the line above them is no title of this article's byline block."""
    points = [f"• Story number {n} about the harbour and its ferries" for n in range(1, 9)]
    caption = "Residents of the harbour flats watch the water rise on Thursday night"
    page = detected(
        page_text("Home | News | Sport", HEAD, *points, "By Jane Roe\n12 March 2025", SHARE_BAR, caption, *P)
    )
    lead, chosen_line = index_of(page, P[0]), index_of(page, caption)
    assert H._title_above_byline(page, lead, 0, chosen_line) is None


def test_a_question_over_the_byline_block_is_the_headline() -> None:
    """A question reads as prose and opens the article's first cluster; over the byline it is the title."""
    question = "Is the harbour wall really going to be rebuilt this year?"
    text = "\n".join(
        ["Climate › Water › Explainers", "EXPLAINER", question, "By Nadia Lund", "Published 16 August 2026", *P]
    )
    assert chosen(text + "\n") == question


def test_a_question_paragraph_without_a_byline_is_no_headline() -> None:
    """Hard negative: a question in the story's flow, no byline block under it."""
    question = "Who will pay for the new wall, and when will the work start?"
    text = page_text(HEAD, "By Nadia Lund", P[0], question, P[1], P[2])
    assert chosen(text) == HEAD


@pytest.mark.parametrize(
    "score", ["Olympique Vernois 3 – 1 FC Saint-Aubrac", "Club Atlético Meridiana 84 - 79 Gran Canaria Alisios | FINAL"]
)
def test_a_score_line_above_the_report_title_is_no_headline(score: str) -> None:
    title = "Vernon come from behind to beat Saint-Aubrac and climb back onto the podium"
    text = "\n".join(["Ligue 1 › 24e journée", score, title, P[0], "Par Hugo Lestrade", "Publié le 22/02/2026", *P[1:]])
    assert chosen(text + "\n") == title


def test_a_title_with_a_score_in_it_is_still_a_title() -> None:
    """Hard negative: a title that carries the score and more words is no bare score line."""
    title = "Rangers 3-1 Town: Smith double sends the champions top of the table"
    assert not H.SCORE_LINE.match(title)


@pytest.mark.parametrize("sep", [" › ", " > "])
def test_a_breadcrumb_that_ends_with_the_title_is_not_the_title(sep: str) -> None:
    title = "Harbour town votes to rebuild its flooded sea wall after the worst storm in years"
    crumb = sep.join(["Metro", "Transportation", title])  # too long for chrome.breadcrumb
    text = page_text("Subscribe | Sign in", crumb, title, "By Jane Roe", *P)
    assert chosen(text) == title
    assert label_map(text)[crumb] is not Label.HEADLINE


def _model_moves_headline(lines: list[str], pick: int) -> tuple[int | None, int | None]:
    """Resolve ``lines`` with a model sure that line ``pick`` is the headline and that the
    rules' headline is not: the rules' headline and the final one."""
    from newsclean.decision import resolve as R
    from newsclean.decision.span import extend_end
    from newsclean.detectors import rules

    page = detected(page_text(*lines))
    span = find_article(page)
    assert span is not None
    headline = H.find_headline(page, span.start)
    rules.detect_in_context(page, headline, span.start, span.end)
    span.end = extend_end(page, span.core.end)
    page.article = (span.start, span.end)
    model = [(Label.BODY, 0.9, "model.test")] * len(page)
    model[pick] = (Label.HEADLINE, 0.9, "model.title")
    if headline is not None:
        model[headline] = (Label.CHROME, 0.8, "model.not_title")
    R.resolve(page, span, headline, model)
    final = [i for i, s in enumerate(page.segments) if s.label is Label.HEADLINE]
    assert len(final) <= 1
    return headline, final[0] if final else None


@pytest.mark.parametrize("top", [f"News › Local › {HEAD}", HEAD])
def test_the_model_does_not_move_the_headline_to_a_line_that_holds_it(top: str) -> None:
    """A breadcrumb ending with the title ("News › Local › title"), or the title printed twice
    (a page-title bar over it), is no better title than the title itself, however sure the
    model is: the copy next to the body keeps it."""
    assert _model_moves_headline([top, HEAD, "By Jane Roe", *P], 0) == (1, 1)


@pytest.mark.parametrize("dek", [DEK_OPEN, DEK_SENTENCE])
def test_the_model_does_not_move_the_headline_down_to_its_standfirst(dek: str) -> None:
    """The line right under a headline-shaped title, over the byline, is its standfirst (the
    model reads "over the byline" as the title's place)."""
    assert _model_moves_headline([HEAD, dek, "By Jane Roe", *P], 1) == (0, 0)


@pytest.mark.parametrize(
    "kicker",
    [
        "Round 4 · Carrow Park",
        "Vol. 12, Issue 3",
        "Special report. The last train to Millbrook",
        "Now showing: Morning Show with Ada Kerr, from 6am",  # (with "06:00-09:00" the rules skip it: a timetable)
        "The Care Homes Ledger | Part 3",
    ],
)
def test_the_model_still_moves_the_headline_off_a_kicker_onto_the_title_below(kicker: str) -> None:
    """Hard negative: the rules' pick is a kicker, a section bar or an issue line, not a
    headline of its own: the model's title right below it wins (the rules themselves pass
    over a short label with a separator, "Round 4 · Carrow Park")."""
    rules_pick, final = _model_moves_headline([kicker, HEAD, "By Jane Roe", *P], 1)
    assert final == 1 and rules_pick in (0, 1)


def test_headline_shaped_lines() -> None:
    from newsclean.decision import resolve as R

    page = detected(page_text(HEAD, "Letters: The bypass will not fix our traffic", "Round 9 · Lindholm Raceway", *P))
    assert R._headline_shaped(page, 0)
    assert not R._headline_shaped(page, 1)  # a one-word "Label:" lead
    assert not R._headline_shaped(page, 2)  # a bar of parts


@pytest.mark.parametrize("glued", ["Community" + HEAD, HEAD + " | The Westmere Courier"])
def test_the_title_printed_twice_is_its_copy_without_the_glued_section_or_site(glued: str) -> None:
    """A flattened breadcrumb glues the section's name to the title; a page title adds the site's."""
    assert chosen(page_text(glued, HEAD, "By Jane Roe", *P)) == HEAD


def test_a_kicker_with_a_colon_keeps_the_title_when_its_words_come_again_as_a_subheading() -> None:
    title = "Letters: The bypass will not fix our traffic"
    assert chosen(page_text(title, "Monday, 17 August 2026", "The bypass will not fix our traffic", *P)) == title


@pytest.mark.parametrize(
    "line",
    [
        "The club announced the decision on its page on Sunday afternoon:",  # a lead-in to a quote
        "Ada Mensah @adamensah_news",  # an embedded post's author
        "6h ago Severe flood warning issued for the lower valley",  # a live blog's stamped entry
        "1H agoJudge reads verdict on count one",
        "Création : Maëlle Quéré | Avec : Yann Kerbrat, Loïc Menez",  # a fact box's row of fields
    ],
)
def test_lines_that_are_never_a_title(line: str) -> None:
    page = detected([line, HEAD, P[0]])
    assert H.headline_score(page, 0, 1) == 0.0
    assert H.headline_score(page, 1, 1) > 0


@pytest.mark.parametrize(
    "title",
    [
        "Storm Ailsa live: river bursts its banks as hundreds leave their homes",  # one colon
        "« Les Gardiens du phare » : une série bretonne qui prend son temps",
        "Why the council wants your views on @-mentions in its new social media policy",
        "6 hospitals ago-style rankings are back, and nobody asked for them",
    ],
)
def test_titles_that_look_a_little_like_those_lines_stay_titles(title: str) -> None:
    page = detected([title, P[0]])
    assert H.headline_score(page, 0, 1) > 0


def test_the_title_over_its_fact_box_survives_a_second_reading() -> None:
    """A review's title, standfirst, rating and fact rows above the text: the fact row nearest
    the body is no title, so cleaning the article again keeps the title (idempotence)."""
    title = "« Les Gardiens du phare » : une série bretonne qui prend son temps, et elle a raison"
    text = page_text(
        title,
        "Six épisodes, une île, deux frères qui ne se parlent plus : la nouvelle création d'une réalisatrice bretonne.",
        "Note : ★★★★☆",
        "Durée : 6 x 52 min | Plateforme : Armor+ | Disponible le 24 octobre",
        "Création : Maëlle Quéré | Avec : Yann Kerbrat, Loïc Menez, Anna Sévellec",
        *PARAGRAPHS["fr"],
    )
    article = clean(text)
    assert article.headline == title
    assert clean(article.text).headline == title


@pytest.mark.parametrize(
    "line",
    [
        "Bramki: Szymański 58, 90+3 – Kubiak 24",  # the scorers
        "Rovers: Hale, Dunn, Ames, Price, Lowe",  # a line-up
        "Sędzia: Łukasz Pietrzak (Kraków). Widzów: 14 230.",  # two fields
        "Lechia Wielkopole – Warta Nowe Miasto 2:1 (0:1)",  # the result
        "«Северсталь-Арена» — «Приморье» — 1:3 (1:1)",
        "Ekipa podsumowała sezon. Fot. FotoSport24",  # a caption with its Polish credit
    ],
)
def test_a_match_report_fact_line_is_no_title(line: str) -> None:
    page = detected([line, P[0]])
    assert H.headline_score(page, 0, 1) == 0.0


@pytest.mark.parametrize(
    "title", ["Election 2026: Labour, Greens, Tories – who won where", "Rovers beat City 2-1 in the last minute"]
)
def test_a_title_with_a_list_or_a_score_stays_a_title(title: str) -> None:
    page = detected([title, P[0]])
    assert H.headline_score(page, 0, 1) > 0


def test_the_authors_bare_name_over_the_date_line_is_no_title() -> None:
    """Title, standfirst, then the author's name and the date: the name is nearer the body and
    has the byline block right under it, but a title of two words gets no byline bonus."""
    title = "Jarmstedt gewinnt Derby nach Aufholjagd mit 29:27"
    text = page_text(
        "Handball > 2. Liga",
        title,
        "Die HSG Jarmstedt lag gegen den TSV Kellinghof zur Pause mit fünf Toren hinten. Dann kam Brandhoff.",
        "Sören Vahldiek",
        "Sportredakteur",
        "5. Dezember 2026, 21:48 Uhr",
        "Teilen",
        *PARAGRAPHS["de"],
    )
    assert clean(text).headline == title


@pytest.mark.parametrize(
    ("below", "credit"),
    [
        ("Fotoğraf: Selin Aydın / İHA", True),  # a credit word the caption rules know, in Turkish
        ("Foto: Anna Berg", True),
        ("Source: Accrasphere.com", False),  # where the story came from: a title may stand over it
        ("Lusa", False),  # a wire's name alone under a title is its byline
    ],
)
def test_a_line_over_a_photo_credit_is_a_caption_not_a_title(below: str, credit: bool) -> None:
    page = detected(["Emre Kalkan, galibiyet golünün ardından taraftarlarla birlikte sevinç yaşadı", below, P[0]])
    assert H._credit_below(page, 0) is credit


def test_a_source_line_under_the_title_does_not_make_it_a_caption() -> None:
    title = "Highlife singer cancels festival show over unpaid fees, says promoters owe her band"
    text = page_text(
        "Entertainment", title, "Source: Accrasphere.com", "Friday, 16 January 2026", "by Selasi Amedume", *P
    )
    assert clean(text).headline == title


def test_the_masthead_repeated_over_the_date_line_is_no_title() -> None:
    page = detected(
        [
            "Skip to content",
            "The Lakeholm Standard",
            "Local News | Opinion | Sports",
            HEAD,
            "The Lakeholm Standard",
            P[0],
        ]
    )
    assert H.headline_score(page, 4, 1) == 0.0
    assert H.headline_score(page, 3, 2) > 0


@pytest.mark.parametrize(
    "line",
    [
        "LIVE: Eintracht Haldern 1:0 SV Rottach (58.) | FC Wiesental 2:2 TuS Brenkhausen (Ende)",
        "Prayer timings: Fajr 4:58 Zuhr 12:22 Asr 3:49 Maghrib 6:14 Isha 7:32",
        "Schweiz Zürich Bern Basel Ostschweiz Zentralschweiz Ausland Wirtschaft Sport People",
    ],
)
def test_a_ticker_or_a_menu_on_one_line_is_no_title(line: str) -> None:
    page = detected([line, P[0]])
    assert H.headline_score(page, 0, 1) == 0.0


@pytest.mark.parametrize(
    "title",
    [
        "Rovers 2-1 City: five things we learned from the derby",  # one score
        "Harbour Town Votes To Rebuild Its Flooded Sea Wall After Storm",  # title case, with function words
        "Budget 2024-25: what the council will spend on roads and schools",  # a year span is no score
    ],
)
def test_a_title_with_one_score_or_in_title_case_stays_a_title(title: str) -> None:
    page = detected([title, P[0]])
    assert H.headline_score(page, 0, 1) > 0


POINTS = ["Flights grounded at 14 airports across the north", "No injuries reported after the eruption overnight"]


@pytest.mark.parametrize("heading", ["Key points", "Resumo", "Das Wichtigste in Kürze"])
def test_the_title_above_a_key_points_box_is_the_headline(heading: str) -> None:
    """ "Title, Key points, point, point, byline": a point scores like a title and is nearer the
    body; the title is the line above the box's heading."""
    text = "\n".join(["Home | News | Sport", HEAD, heading, *POINTS, "By Jane Roe", "Share", *P]) + "\n"
    assert chosen(text) == HEAD
    labels = label_map(text)
    assert labels[HEAD] is Label.HEADLINE and labels[POINTS[0]] is Label.BODY


def test_a_title_under_a_short_label_that_heads_no_box_stays_the_headline() -> None:
    """Hard negative: a short label that is no key-points heading ("Coastal towns") over the title:
    the line above the label (a teaser) does not take the title's place."""
    teaser = "Lifeboat crew rescues three from capsized yacht off the point"
    text = "\n".join(["Home | News | Sport", teaser, "Coastal towns", HEAD, "By Jane Roe", *P]) + "\n"
    assert chosen(text) == HEAD


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke could be seen across the whole valley on Saturday evening.",
        "Contenu fourni par la Brasserie des Trois Combes, publié sans modification.",
    ],
)
def test_a_sentence_over_the_title_is_no_title(caption: str) -> None:
    """A photo's caption (a sentence with its full stop) right over the title and its byline
    block is no title, and the title under it is no standfirst."""
    text = page_text("Nyheter | Valley", caption + "\n" + HEAD + "\nElin Sjöberg\n6 December 2026", *P)
    assert chosen(text) == HEAD


def test_a_title_over_its_standfirst_stays_the_title() -> None:
    """Hard negative: the title has no full stop; the standfirst under it has one."""
    text = page_text("Nyheter | Valley", HEAD + "\n" + DEK_SENTENCE + "\nElin Sjöberg\n6 December 2026", *P)
    assert chosen(text) == HEAD


def test_a_question_title_over_a_key_points_box() -> None:
    """The question opens the first cluster; the box of key points under it, not a byline,
    says it is the title (the section's kicker above it is not)."""
    text = page_text(
        "EXPLAINERS",
        "What is Brell fever, and should Rivermouth parents be worried?\nKey points:\n"
        "• 14 cases confirmed since August\n• All of them in children under ten",
        *P,
    )
    assert chosen(text) == "What is Brell fever, and should Rivermouth parents be worried?"


CUT_HEADLINE = "Growers demand a fair price for green leaf and threaten to block the national highway next week"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # the page's <title> cuts the headline short: the headline, in a table cell, is no lead paragraph
        ("The Valley Daily - Growers demand a fair price for green leaf and threaten to block", CUT_HEADLINE),
        # hard negative: a title that stops mid-word is no cut of the line; the kicker stays out too
        ("The Valley Daily - Growers demand a fair price for green leaf and threaten to blo", None),
    ],
)
def test_a_headline_that_the_page_title_cuts_short_is_the_title(title: str, expected: str | None) -> None:
    body = "".join(f"{p}<br><br>" for p in P)
    html = (
        f"<html><head><title>{title}</title></head><body><table><tr><td>VALLEY</td></tr>"
        f"<tr><td><font><b>{CUT_HEADLINE}</b></font></td></tr>"
        "<tr><td><i>Cooperatives want talks before the winter harvest</i></td></tr>"
        "<tr><td>Thursday 6 March 2025 | 08:15 | By Jane Roe</td></tr>"
        "<tr><td><a href='/print'>Print</a></td><td><a href='#'>Share on Facebook</a></td>"
        "<td><a href='#'>Share on WhatsApp</a></td><td><a href='#'>Share on X</a></td></tr>"
        "<tr><td>Pickers in a plantation during the summer harvest. (Photo: File)</td></tr>"
        f"<tr><td><font>{body}</font></td></tr></table></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    if expected is None:
        assert article.headline != CUT_HEADLINE
    else:
        assert article.headline == expected
        assert "VALLEY" not in article.text


def test_cut_title_needs_the_titles_part_to_start_the_line_at_a_word_end() -> None:
    line = CUT_HEADLINE.lower()
    assert H._cut_title(line, "growers demand a fair price for green leaf and threaten to block | the valley daily")
    assert not H._cut_title(line, "the valley daily | growers demand a fair price")  # too short a part
    assert not H._cut_title(line, "the valley daily | growers demand a fair price for green leaf")  # under 0.6
    assert not H._cut_title(line, "the valley daily | farmers demand a fair price for green leaf and threaten to block")


def test_a_title_opened_by_a_sale_date_is_a_title() -> None:
    """A sale's name ("11.11") then a word in lower case opens a title; a feed's time ("14:05")
    has the entry's capitalised title after it (hard negative)."""
    title = "11.11 sales begin with headphones and smart watches down by up to 40 per cent"
    page = detected(page_text(title, *P))
    assert H.headline_score(page, index_of(page, title), 0) > 0.2
    entry = "14:05 Bridge closed after lorry crash on the ring road"
    page = detected(page_text(entry, *P))
    assert H.headline_score(page, index_of(page, entry), 0) == 0.0


@pytest.mark.parametrize(
    ("line", "matches"),
    [
        ("江城地铁5号线南段开通试运营 沿线居民通勤时间缩短一半", True),  # "<title>_<site>" (Chinese portals)
        ("江城地铁5号线南段开通试运营", False),  # hard negative: the title's start, no separator after it
    ],
)
def test_a_page_title_with_the_sites_name_after_an_underscore(line: str, matches: bool) -> None:
    title = "江城地铁5号线南段开通试运营 沿线居民通勤时间缩短一半_江城网"
    assert H._matches_title(line, title.lower()) is matches


def test_a_chinese_portals_h1_is_the_headline_not_the_share_bar_under_it() -> None:
    from pathlib import Path

    page = Path(__file__).resolve().parents[2] / "corpus" / "html" / "zh-portal-artibody-fresh16b.html"
    article = newsclean.clean(page.read_bytes(), Options(input_format="html", use_model=False))
    assert article.lines([Label.HEADLINE]) == ["江城地铁5号线南段开通试运营 沿线居民通勤时间缩短一半"]


@pytest.mark.parametrize(
    ("h1", "found"),
    [
        ("江城地铁5号线南段开通试运营，沿线居民通勤时间缩短一半", True),  # a Chinese title: one spaced "word"
        ("评论", False),  # hard negative: a short heading (two characters) is no title
    ],
)
def test_a_chinese_title_counts_its_characters_as_words_in_html(h1: str, found: bool) -> None:
    body = "".join(
        f"<p>　　江城地铁{n}号线南段正式开通试运营，全长18.6公里，设车站12座，北起火车南站，南至滨湖新城。</p>"
        for n in range(3, 8)
    )
    html = (
        "<html><head><title>江城网-新闻中心</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        f"<h1>{h1}</h1><div class='share'>评论 386 分享到： 微信 微博 QQ空间</div>"
        f"<div class='article'>{body}</div></body></html>"
    )
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert (article.lines([Label.HEADLINE]) == [h1]) is found


def test_keyword_title_is_the_line_after_a_short_keyword_and_a_colon() -> None:
    line = "genossenschaft baut holzhochhaus auf altem gaswerk-gelände"
    assert H._keyword_title(line, "leipzig: " + line + " - der bote")
    assert H._keyword_title(line, "wohnungsbau in leipzig: " + line)
    # hard negatives: a long clause before the colon, or more words of the title after the line
    assert not H._keyword_title(line, "the council finally said on monday: " + line)
    assert not H._keyword_title(line, "leipzig: " + line + " und ein park")
