"""Context rules through the whole pipeline (rules only), on small invented pages.

These rules need the position of the article (``detect_in_context``) or the
lines around a line (``detect_lines``' context passes); the label a reader
would give each line is asserted, with the rule that gave it where it matters.
"""

from __future__ import annotations

import pytest

from helpers import HEADLINES, PARAGRAPHS, clean, label_map, labels_of, page_text, reason_of
from newsclean.types import Label

P = PARAGRAPHS["en"]
HEAD = HEADLINES["en"]


@pytest.mark.parametrize(
    ("lang", "own", "teaser", "teaser_by"),
    [
        ("en", "BY Jane Roe", "Fishing fleet faces a lean winter as quotas are cut again", "BY Tom Field"),
        ("de", "Von Anna Müller", "Fischer fürchten einen harten Winter nach neuen Fangquoten", "Von Jonas Weber"),
        ("es", "Por María García", "Los pescadores temen un invierno duro por las nuevas cuotas", "Por Luis Romero"),
        ("fr", "Par Claire Martin", "Les pêcheurs redoutent un hiver difficile après les quotas", "Par Julien Petit"),
        ("pt", "Por João Silva", "Pescadores temem um inverno difícil com as novas cotas", "Por Ana Costa"),
    ],
)
def test_teaser_with_its_own_byline_in_the_middle_is_promo(lang: str, own: str, teaser: str, teaser_by: str) -> None:
    p = PARAGRAPHS[lang]
    text = page_text(HEADLINES[lang], own, p[0], p[1], teaser, teaser_by, p[2], p[3])
    labels = label_map(text)
    assert labels[teaser] is Label.PROMO
    assert labels[teaser_by] is Label.PROMO
    # the article's own byline near the top stays byline, its title headline
    assert labels[own] is Label.BYLINE
    assert labels[HEADLINES[lang]] is Label.HEADLINE
    assert [labels[x] for x in p] == [Label.BODY] * 4
    assert reason_of(text, teaser_by).startswith("promo.teaser_byline")


def test_articles_own_byline_under_the_standfirst_stays_byline() -> None:
    dek = "Residents backed a three-year plan after the worst storm surge in living memory."
    labels = label_map(page_text(HEAD, dek, "By Jane Roe, Staff Writer", "Updated: Oct 20, 2024 09:14 IST", *P))
    assert labels["By Jane Roe, Staff Writer"] is Label.BYLINE
    assert labels["Updated: Oct 20, 2024 09:14 IST"] is Label.BYLINE
    assert labels[HEAD] is Label.HEADLINE
    assert labels[dek] is Label.BODY


@pytest.mark.parametrize(
    ("description", "credit"),
    [
        (
            "Workers lift a section of the broken wall onto a barge near the harbour mouth",
            "Photo: Tom Field / Westmere Gazette",
        ),
        ("Arbeiter heben ein Stück der zerstörten Mauer auf einen Lastkahn", "Foto: dpa"),
        ("Volunteers fill sandbags outside the fish market on Sunday", "Image credit: Getty Images"),
    ],
)
def test_image_description_followed_by_its_credit_is_caption(description: str, credit: str) -> None:
    text = page_text(HEAD, P[0], P[1], f"{description}\n{credit}", P[2], P[3])
    labels = label_map(text)
    assert labels[description] is Label.CAPTION
    assert labels[credit] is Label.CAPTION
    assert [labels[x] for x in P] == [Label.BODY] * 4


def test_numbered_list_under_trending_after_the_article_is_sidebar() -> None:
    items = [
        "1. Lifeboat crew rescues three from capsized yacht",
        "2. School closures announced for the coming week",
        "3. New ferry timetable starts on Monday",
        "4. Harbour festival returns after a two-year break",
    ]
    labels = label_map(page_text(HEAD, *P, "Trending", "\n".join(items)))
    assert labels["Trending"] is Label.SIDEBAR
    assert [labels[x] for x in items] == [Label.SIDEBAR] * 4
    assert [labels[x] for x in P] == [Label.BODY] * 4


def test_numbered_list_without_heading_after_the_article_is_not_body() -> None:
    items = [
        "1. Lifeboat crew rescues three from capsized yacht",
        "2. School closures announced for the coming week",
        "3. New ferry timetable starts on Monday",
    ]
    labels = label_map(page_text(HEAD, *P, "Share", "\n".join(items)))
    assert all(labels[x] is not Label.BODY for x in items)


def test_numbered_sentence_steps_inside_the_article_are_body() -> None:
    steps = [
        "1. Preheat the oven to 200C.",
        "2. Mix the flour, yeast and salt in a large bowl.",
        "3. Add the warm water and knead the dough for ten minutes.",
        "4. Leave the dough to rise in a warm place for an hour.",
    ]
    intro = "Baking bread at home is easier than most people think, and you need only flour, water, yeast and salt to get a good result on your first try."
    method = "Here is the method our test kitchen used for the loaf in the photo above, which took about three hours from start to finish."
    end = "Once the loaf is golden, take it out and let it cool on a rack for at least half an hour before you cut into it."
    labels = label_map(page_text("How to bake a simple loaf at home", intro, method, "\n".join(steps), end))
    assert [labels[x] for x in steps] == [Label.BODY] * 4
    assert labels[end] is Label.BODY


def test_furniture_before_the_headline_and_after_the_last_paragraph_is_not_body() -> None:
    before = ["Skip to content", "Home | News | Sport | Business | Opinion", "News > World > Asia", "WORLD"]
    after = ["Share", "Sign up for our newsletter", "Privacy policy", "© 2025 Example Media. All rights reserved."]
    article = clean(page_text(*before, HEAD, *P, *after))
    assert article.headline == HEAD
    assert article.body == "\n\n".join(P)
    for seg in article.segments:
        if seg.text in before or seg.text in after:
            assert seg.label is not Label.BODY, seg.text
            assert not seg.label.kept


def test_readers_comment_thread_with_reply_controls_is_chrome() -> None:
    thread = [
        "breadfan77: Tried this last night and it worked perfectly, thanks for the tip",
        "Mary K: Mine came out flat, I think my yeast was too old",
        "Reply",
        "oventime: Use a hotter oven and a tray of water at the bottom",
    ]
    labels = label_map(page_text(HEAD, *P, "Comments (3)", "\n".join(thread)))
    assert labels["Comments (3)"] is Label.CHROME
    assert all(labels[x] is Label.CHROME for x in thread)
    assert [labels[x] for x in P] == [Label.BODY] * 4


THREAD = [
    "breadfan77: Tried this last night and it worked perfectly, thanks for the tip.",
    "Mary K: Mine came out flat. I think my yeast was too old, so I will buy a fresh packet and try again at the weekend.",
    "oventime: Use a hotter oven and put a tray of water at the bottom for a crisp crust.",
]


def test_readers_comment_thread_after_a_comment_marker_is_chrome() -> None:
    labels = label_map(page_text(HEAD, *P, "Reader comments", *THREAD))
    assert [labels[x] for x in THREAD] == [Label.CHROME] * 3
    assert [labels[x] for x in P] == [Label.BODY] * 4


def test_readers_comment_thread_after_comments_count_is_chrome() -> None:
    labels = label_map(page_text(HEAD, *P, "Comments (3)", *THREAD))
    assert [labels[x] for x in THREAD] == [Label.CHROME] * 3


@pytest.mark.parametrize(
    ("heading", "tags"),
    [("Tags", ["Flooding", "Westmere", "Sea defences"]), ("Tags:", ["Coastal towns", "Local council"])],
)
def test_tags_under_tags_heading_are_chrome(heading: str, tags: list[str]) -> None:
    text = page_text(HEAD, *P, heading, "\n".join(tags))
    labels = label_map(text)
    assert labels[heading] is Label.CHROME
    assert all(labels[t] is Label.CHROME for t in tags)
    assert reason_of(text, tags[0]).startswith("chrome.tag_list")


def test_every_line_gets_a_label_and_a_reason() -> None:
    text = page_text(
        "Home | News | Sport",
        HEAD,
        "BY Jane Roe",
        *P,
        "Advertisement",
        "Trending",
        "1. One story here\n2. Two story here\n3. Three story here",
    )
    for line, label, reason in labels_of(text):
        assert isinstance(label, Label)
        assert reason, line


def test_own_byline_under_a_headline_below_a_photo_caption_stays_byline() -> None:
    photo = "Workers lift a section of the broken wall onto a barge near the harbour mouth on Monday morning."
    labels = label_map(page_text(photo, HEAD, "By Jane Roe", "Updated: Oct 20, 2024 09:14 IST", "5 min read", *P))
    assert labels[HEAD] is Label.HEADLINE
    assert labels["By Jane Roe"] is Label.BYLINE
