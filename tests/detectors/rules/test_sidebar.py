"""sidebar: lists of other stories outside the article (newsclean.detectors.rules.sidebar)."""

from __future__ import annotations

import pytest

from helpers import HEADLINES, PARAGRAPHS, article, detected, label_map, page_text, rule_of, rules_of, run_line
from newsclean.detectors.rules import ALL_LANGS, sidebar
from newsclean.types import Label

TITLES = [
    "Lifeboat crew rescues three from capsized yacht",
    "School closures announced for the coming week",
    "New ferry timetable starts on Monday",
    "Harbour festival returns after a two-year break",
]
NUMBERED = [f"{n}. {t}" for n, t in enumerate(TITLES, 1)]


def sidebar_rule(line: str) -> str | None:
    return rule_of(run_line(sidebar.detect, line, "en", ALL_LANGS), Label.SIDEBAR)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Trending", "sidebar.heading[en]"),
        ("Most Popular", "sidebar.heading[en]"),
        ("MOST POPULAR", "sidebar.heading[en]"),
        ("Latest news", "sidebar.heading[en]"),
        ("Meistgelesen", "sidebar.heading[de]"),
        ("Lo más leído", "sidebar.heading[es]"),
        ("Les plus lus", "sidebar.heading[fr]"),
        ("Mais lidas", "sidebar.heading[pt]"),
        ("Самое читаемое", "sidebar.heading[ru]"),
        ("Najczęściej czytane", "sidebar.heading[pl]"),
        ("En çok okunanlar", "sidebar.heading[tr]"),
        ("Terpopuler", "sidebar.heading[id]"),
        ("Most read in Sport", "sidebar.scoped_heading[en]"),
        ("Les plus lus dans les Côtes-d'Armor", "sidebar.scoped_heading[fr]"),
        ("Related Posts", "sidebar.heading[en]"),
        ("Explore further", "sidebar.heading[en]"),
        ("Artigos relacionados", "sidebar.heading[pt]"),
        ("Artículos relacionados", "sidebar.heading[es]"),
        ("Articles connexes", "sidebar.heading[fr]"),
        ("Ähnliche Artikel", "sidebar.heading[de]"),
        ("Popular right now", "sidebar.heading[en]"),
        ("Family notices", "sidebar.heading[en]"),
        ("Necrologie", "sidebar.heading[it]"),
        # a blog's "Recent posts" widget
        ("Seneste indlæg", "sidebar.heading[da]"),
        ("Najnowsze wpisy", "sidebar.heading[pl]"),
        ("Recente berichten", "sidebar.heading[nl]"),
    ],
)
def test_headings(line: str, rule: str) -> None:
    assert sidebar_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "South Korea",
        "What happens next",
        "1. Preheat the oven to 200C.",
        "The trending topic of the week was the weather, officials said.",
        "Seneste indlæg i sagen kom fra forsvareren, der bad om udsættelse.",
    ],
)
def test_not_headings(line: str) -> None:
    assert run_line(sidebar.detect, line, "en", ALL_LANGS) == []


def test_section_heading_over_a_numbered_list() -> None:
    page = detected(["Cricket News", "", *NUMBERED[:3]])
    assert rules_of(page, "Cricket News") == ["sidebar.section_heading[en]"]
    assert all(rules_of(page, line) == ["sidebar.list"] for line in NUMBERED[:3])


def test_section_heading_needs_a_list_under_it() -> None:
    # the same words over a paragraph are a subheading, not a sidebar
    page = detected(["Cricket News", PARAGRAPHS["en"][0]])
    assert rules_of(page, "Cricket News") == []


@pytest.mark.parametrize("heading", ["Trending", "Meistgelesen", "Lo más leído", "Les plus lus", "Mais lidas"])
def test_list_under_a_heading(heading: str) -> None:
    page = detected([heading, *NUMBERED])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in NUMBERED)


def test_list_ends_at_the_first_sentence_step() -> None:
    steps = [
        "1. Preheat the oven to 200C and grease a large tin with butter.",
        "2. Mix the flour, yeast and salt in a large bowl.",
    ]
    page = detected(["Trending", *TITLES[:2], "", *steps])
    assert rules_of(page, TITLES[0]) == ["sidebar.list"]
    assert rules_of(page, steps[0]) == [] and rules_of(page, steps[1]) == []


def test_a_numbered_list_ends_where_its_numbers_end() -> None:
    """Without blank lines, the first unnumbered line after two numbered items is no item:
    the story's own fact lines after a "Most read" box ("Entry: 4 euros") stay unclaimed."""
    facts = ["Prices and times", "Entry: 4 euros", "Members and under-14s: 2.50 euros"]
    page = detected(["Most read", *NUMBERED[:3], *facts])
    assert [rules_of(page, line) for line in NUMBERED[:3]] == [["sidebar.list"]] * 3
    assert [rules_of(page, line) for line in facts] == [[], [], []]


def test_an_unnumbered_list_goes_on_past_its_first_items() -> None:
    """Hard negative: under a heading, unnumbered headline-like items all belong to the list."""
    page = detected(["Most read", *TITLES])
    assert [rules_of(page, line) for line in TITLES] == [["sidebar.list"]] * 4


SENTENCE_TITLES = [
    "Teenager admits damaging cars in the station car park.",
    "Pub licence suspended for a month after a late-night brawl.",
    "Former councillor cleared of harassment after a two-day trial.",
]


@pytest.mark.parametrize("heading", ["Most read", "More court news"])
def test_one_sentence_headlines_under_a_heading_are_items(heading: str) -> None:
    """Story lists often print each headline as a sentence with a full stop."""
    page = detected([*PARAGRAPHS["en"][:2], heading, *SENTENCE_TITLES])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in SENTENCE_TITLES)
    assert all(v.score >= 0.75 for line in SENTENCE_TITLES for v in page.verdicts[page.texts.index(line)])


def test_a_paragraph_under_a_heading_word_is_no_item() -> None:
    """Hard negative: a two-sentence paragraph (or a long one) under "Latest" stays unclaimed."""
    update = "The ferry will run again from Monday. The operator said repairs were finished early."
    page = detected(["Latest", update, PARAGRAPHS["en"][0]])
    assert rules_of(page, update) == [] and rules_of(page, PARAGRAPHS["en"][0]) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. Lifeboat crew rescues three from capsized yacht", True),
        ("• School closures announced for the coming week", True),
        ("New ferry timetable starts on Monday", True),
        ("12:45 Storm warning for the coast", True),
        ("1. Preheat the oven to 200C and grease a large tin with butter.", False),
        (PARAGRAPHS["en"][0], False),
    ],
)
def test_list_item_like(line: str, expected: bool) -> None:
    assert sidebar.list_item_like(detected([line]), 0) is expected


def test_numbered_run_outside_the_article() -> None:
    page = detected([*NUMBERED[:3], PARAGRAPHS["en"][0], PARAGRAPHS["en"][1], *NUMBERED])
    # article = the two paragraphs (indices 3 and 4)
    sidebar.detect_numbered_runs(page, 3, 5)
    assert [rules_of(page, line) for line in NUMBERED] == [["sidebar.numbered_run"]] * 4


def test_numbered_run_inside_the_article_is_left_alone() -> None:
    page = detected([PARAGRAPHS["en"][0], *NUMBERED, PARAGRAPHS["en"][1]])
    sidebar.detect_numbered_runs(page, 0, len(page))
    assert all(rules_of(page, line) == [] for line in NUMBERED)


def test_two_numbered_lines_are_no_run() -> None:
    page = detected([PARAGRAPHS["en"][0], *NUMBERED[:2]])
    sidebar.detect_numbered_runs(page, 0, 1)
    assert all(rules_of(page, line) == [] for line in NUMBERED[:2])


WIDGET_BUG = (
    "sidebar.detect_lists() stops at the first item for which _followed_by_prose() sees a 20-word paragraph "
    "within 6 lines; in an in-article widget that paragraph is the article resuming, so the last numbered "
    "item (or every unnumbered item) is left unclaimed and resolve() makes it body"
)


@pytest.mark.parametrize("items", [NUMBERED, TITLES], ids=["numbered", "unnumbered"])
def test_every_item_of_an_in_article_widget_is_sidebar(items: list[str]) -> None:
    page = detected([PARAGRAPHS["en"][0], "", PARAGRAPHS["en"][1], "", "Trending", "", *items, "", PARAGRAPHS["en"][2]])
    assert [rules_of(page, line) for line in items] == [["sidebar.list"]] * 4


# ----------------------------------------------------------------- pipeline


@pytest.mark.parametrize("heading", ["Trending", "Most Popular", "Meistgelesen", "Lo más leído", "Les plus lus"])
def test_numbered_list_under_a_heading_after_the_article(heading: str) -> None:
    labels = label_map(article("en", after=(heading, "\n".join(NUMBERED))))
    assert labels[heading] is Label.SIDEBAR
    assert all(labels[line] is Label.SIDEBAR for line in NUMBERED)


def test_cricket_news_over_a_numbered_list_after_the_article() -> None:
    labels = label_map(article("en", after=("Cricket News", "\n".join(NUMBERED))))
    assert labels["Cricket News"] is Label.SIDEBAR
    assert all(labels[line] is Label.SIDEBAR for line in NUMBERED)


SEOUL = "Officials in Seoul said on Monday that they were watching the border closely and had raised the alert level for the troops there."


def test_short_subheadings_inside_the_article_stay_body() -> None:
    p = PARAGRAPHS["en"]
    labels = label_map(page_text(HEADLINES["en"], p[0], p[1], p[2], "South Korea", SEOUL, "What happens next", p[3]))
    assert labels["South Korea"] is Label.BODY
    assert labels["What happens next"] is Label.BODY


def test_name_like_subheading_after_the_first_paragraphs_stays_body() -> None:
    labels = label_map(article("en", middle=("South Korea",)))
    assert labels["South Korea"] is Label.BODY


def test_numbered_widget_items_between_paragraphs_are_not_body() -> None:
    labels = label_map(article("en", middle=("Trending", "\n".join(NUMBERED))))
    assert [labels[line] for line in NUMBERED] == [Label.SIDEBAR] * 4


def test_one_sentence_paragraphs_under_a_heading_in_html_are_left_to_the_main_content() -> None:
    """HTML: a "Read more" button over the story's one-sentence paragraphs takes none of them."""
    import newsclean

    paragraphs = [
        "The ferry will run again from Monday after a week of repairs to the ramp.",
        "The operator said the first sailing would leave the harbour at seven.",
        "Passengers with tickets for cancelled crossings can claim a refund online.",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = (
        "<html><head><title>Ferry returns</title></head><body><article><h1>Ferry returns to the island route</h1>"
        f"<p>{PARAGRAPHS['en'][0]}</p><h3>Read more</h3>{body}<p>{PARAGRAPHS['en'][1]}</p></article></body></html>"
    )
    article = newsclean.clean(html, newsclean.Options(use_model=False))
    assert all(p in article.body for p in paragraphs)


def test_a_list_under_a_sidebar_heading_ends_at_an_unlinked_subheading() -> None:
    """HTML (a Gutenberg page of the corpus): the teaser under "Auch interessant" is a link; the
    article's <h2> after it and the line under that are the article's, not more items of the list."""
    import newsclean
    from newsclean.bench.htmlcorpus import read_labelled_html
    from newsclean.types import Options
    from paths import CORPUS

    html, _gold, _header = read_labelled_html(CORPUS / "html" / "de-gutenberg-01.html")
    labels = {s.text: s for s in newsclean.clean(html, Options(input_format="html")).segments}
    assert labels["Die Haltestellen"].label is Label.BODY, labels["Die Haltestellen"].reason
    assert labels["Dorfladen in Oberlinden öffnet wieder – mit Café und Paketstation"].label is Label.PROMO


def test_a_list_ends_where_its_items_change_form() -> None:
    """Two timestamped story titles under "Latest news", then the article's own subheading
    and bullet points (no blank lines): a line set another way is no item of that list."""
    stamped = [f"10:4{n} {t}" for n, t in enumerate(TITLES[:3])]
    points = ["• A public timetable for the works", "• A free school bus to the sports hall"]
    page = detected(["Latest news", *stamped, "What parents ask for", *points])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in stamped)
    assert rules_of(page, "What parents ask for") == []
    assert all(rules_of(page, line) == [] for line in points)


def test_a_list_of_one_form_goes_on() -> None:
    """Hard negative: bulleted story titles, all set the same way, stay one list; a list
    whose first item alone differs (a bare title, then numbered ones) is not cut."""
    bulleted = [f"• {t}" for t in TITLES]
    page = detected(["Most read", *bulleted])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in bulleted)
    page = detected(["Most read", TITLES[0], *NUMBERED[1:]])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in [TITLES[0], *NUMBERED[1:]])


def test_a_sentence_after_bare_titles_ends_a_list() -> None:
    """Three bare story titles under "Don't miss", then the article's next paragraph: a
    sentence with a full stop is set another way, no headline of that list."""
    sentence = "Local MP Dominic Farrance said he would raise the issue in Parliament."
    page = detected(["Latest", *TITLES[:3], sentence])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in TITLES[:3])
    assert rules_of(page, sentence) == []


def test_a_list_of_headlines_with_full_stops_or_questions_goes_on() -> None:
    """Hard negative: headlines that are all sentences stay one list, and so does a
    question among bare titles (a headline can ask)."""
    sentences = [
        "Police are looking for the driver who hit a cyclist on the coast road.",
        "Teenager admits damaging cars in the car park near the station.",
        "The council says the new ferry timetable starts on Monday.",
    ]
    page = detected(["Most read", *sentences])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in sentences)
    question = "Is it safe to leave chargers plugged in overnight?"
    page = detected(["Most read", *TITLES[:2], question])
    assert rules_of(page, question) == ["sidebar.list"]


def test_an_advert_ends_a_list() -> None:
    """An advert marker after a list's items closes the list: the fact lines under it (a
    review's "Publisher: ...", "Pages: 212") are no story titles of that list."""
    facts = ["Publisher: Larkspur Books", "Pages: 212", "Price: 17.90 euros"]
    page = detected(["Most read", *TITLES[:2], "Advertisement", *facts])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in TITLES[:2])
    assert all("sidebar.list" not in rules_of(page, line) for line in facts)


def test_an_advert_right_under_the_heading_is_passed_over() -> None:
    """Hard negative: an advert marker set between the heading and its first item does not
    end the list before it starts."""
    page = detected(["Most read", "Advertisement", *NUMBERED])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in NUMBERED)


NUMBERED_SENTENCES = [
    "1. A bakery owner has won a national award for her seed loaf.",
    "2. Police are looking for the driver who damaged six cars on the quay.",
    "3. The old lifeboat station is to become a fish market.",
]


@pytest.mark.parametrize("heading", ["Most read", "Meistgelesen", "Lo más leído"])
def test_numbered_one_sentence_headlines_under_a_heading_are_items(heading: str) -> None:
    """A "Most read" box often prints its numbered headlines as sentences with a full stop;
    sure enough (score 0.8) to hold inside the article span."""
    page = detected([*PARAGRAPHS["en"][:2], heading, *NUMBERED_SENTENCES])
    assert [rules_of(page, line) for line in NUMBERED_SENTENCES] == [["sidebar.list"]] * 3
    assert all(v.score >= 0.75 for line in NUMBERED_SENTENCES for v in page.verdicts[page.texts.index(line)])
    labels = label_map(article("en", after=(heading, "\n".join(NUMBERED_SENTENCES))))
    assert [labels[line] for line in NUMBERED_SENTENCES] == [Label.SIDEBAR] * 3


def test_numbered_sentence_steps_under_a_subheading_stay_body() -> None:
    """Hard negative: the story's numbered one-sentence steps under its own subheading."""
    steps = [
        "1. Families receive a letter with their child's new school by April 15.",
        "2. Open houses at the two schools are held in May.",
        "3. The last day of classes is on June 4.",
    ]
    labels = label_map(article("en", middle=("What happens next", "\n".join(steps))))
    assert [labels[line] for line in steps] == [Label.BODY] * 3
    assert sidebar.list_item_like(detected(steps), 0) is False


def test_popular_heading_over_a_list_of_headlines() -> None:
    page = detected([*PARAGRAPHS["en"][:2], "Popular guides", *SENTENCE_TITLES])
    assert rules_of(page, "Popular guides") == ["sidebar.section_heading[en]"]
    assert all(rules_of(page, line) == ["sidebar.list"] for line in SENTENCE_TITLES)


def test_popular_subheading_over_a_paragraph_stays_body() -> None:
    """Hard negative: "Popular support" as the story's subheading, a paragraph under it."""
    labels = label_map(article("en", middle=("Popular support",)))
    assert labels["Popular support"] is Label.BODY
    page = detected(["Popular support", PARAGRAPHS["en"][0], PARAGRAPHS["en"][1]])
    assert rules_of(page, "Popular support") == []


def test_a_list_under_a_scoped_heading_is_sidebar() -> None:
    """ "Most viewed in Culture" heads a list as "Most viewed" does, sentences or titles."""
    items = [TITLES[0], "The city's oldest cinema is reopening after a restoration.", TITLES[1]]
    page = detected(["Most viewed in Culture", *items])
    assert rules_of(page, "Most viewed in Culture") == ["sidebar.scoped_heading[en]"]
    assert all(rules_of(page, line) == ["sidebar.list"] for line in items)


def test_a_line_announcing_what_follows_ends_a_list() -> None:
    """The story's own sentence ending in ":" after an in-article box is no headline of it."""
    announce = "The financing plan presented by the deputy mayor rests on:"
    page = detected(["Most read", *TITLES[:3], announce, "– a state grant of 760,000 euros;"])
    assert all(rules_of(page, line) == ["sidebar.list"] for line in TITLES[:3])
    assert rules_of(page, announce) == []


@pytest.mark.parametrize(
    "line",
    [
        "Meistgelesen 1 Tödlicher Unfall auf der Bundesstraße 2 Neues Hallenbad eröffnet im Mai",
        "Most Popular 1 Rupee gains against the dollar 2 Petrol price likely to rise",
        "Latest News Flour mills strike called off | Two killed as van overturns | Rain warning for the north",
    ],
)
def test_a_heading_glued_to_its_items_is_a_sidebar_list(line: str) -> None:
    assert rules_of(detected([line]), line) == ["sidebar.glued_list"]


@pytest.mark.parametrize(
    "line",
    [
        "Trending topics in the county are changing as 2 new schools open.",
        "Most popular among the 3 Candidates was the plan for a new pool.",
    ],
)
def test_a_sentence_opening_with_a_heading_word_is_no_glued_list(line: str) -> None:
    assert rules_of(detected([line]), line) == []


GLUED_CARDS = [
    "Customers Leave Without Paying Their Bill At Harbour SteakhouseA party of six left the restaurant "
    "on Friday night without paying a bill of more than four hundred pounds.",
    "County To Mail Boundary Panel Applications To 250,000The county will mail the forms to every "
    "household that voted in the last two elections, officials said.",
]


def test_teaser_cards_with_title_and_summary_glued_are_a_sidebar() -> None:
    page = detected([PARAGRAPHS["en"][0], *GLUED_CARDS, PARAGRAPHS["en"][1]])
    for line in GLUED_CARDS:
        assert rules_of(page, line) == ["sidebar.glued_teasers"]
    assert sidebar.glued_title_end(GLUED_CARDS[0]) == GLUED_CARDS[0].index("A party")


@pytest.mark.parametrize(
    "line",
    [
        # one glued line alone: a name written in camel case, in a paragraph
        "Reuters reports that the New York State Attorney General is investigating WeWork, according to "
        "two people familiar with the matter.",
        "Join The Harbour Post WhatsApp channel for breaking news on the go, every day of the week.",
    ],
)
def test_a_lone_camel_case_name_is_no_glued_teaser(line: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert "sidebar.glued_teasers" not in rules_of(page, line)


def test_two_lines_with_a_camel_case_name_in_prose_are_no_glued_teasers() -> None:
    """Hard negative: the glue must end a Title Case title: a sentence before it is no title."""
    lines = [
        "The company said that its new PlayStation store would open in the spring, creating about forty jobs.",
        "The chain said on Tuesday that its McDonald's franchise in the town centre would close by the end of May.",
    ]
    page = detected([PARAGRAPHS["en"][0], *lines, PARAGRAPHS["en"][1]])
    for line in lines:
        assert "sidebar.glued_teasers" not in rules_of(page, line)


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("Mehr Rezepte", "de"),
        ("Meer video's", "nl"),
        ("Outros jogos da rodada", "pt"),
        ("Otros artículos de Lucía Sanz", "es"),
        ("Últimos resultados", "es"),
        ("Inne felietony", "pl"),
    ],
)
def test_more_and_other_headings_over_a_list(heading: str, lang: str) -> None:
    """ "Mehr Rezepte", "Outros jogos da rodada", "Inne felietony": more or other items of the site."""
    page = detected([heading, *TITLES[:3]], lang)
    assert rules_of(page, heading) == [f"sidebar.section_heading[{lang}]"]
    assert all(rules_of(page, line) == ["sidebar.list"] for line in TITLES[:3])


@pytest.mark.parametrize(("heading", "lang"), [("Mehr Geld für die Schulen", "de"), ("Otros datos", "es")])
def test_more_and_other_subheadings_over_a_paragraph_stay_body(heading: str, lang: str) -> None:
    """Hard negative: the same words as the story's subheading, a paragraph under it."""
    page = detected([heading, PARAGRAPHS["en"][0], PARAGRAPHS["en"][1]], lang)
    assert rules_of(page, heading) == []


def test_les_dernieres_infos_is_a_heading_and_a_french_clock_a_list_item() -> None:
    assert sidebar_rule("Les dernières infos") == "sidebar.heading[fr]"
    assert sidebar.list_item_like(detected(["13h52"], "fr"), 0) is True


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the story's subheading (a question, or a few words) over its next paragraph ends a list
        ("What comes next", True),
        ("Is a meter worth it?", True),
        # hard negatives: a teaser's author (every word capitalised), a title of many words
        ("Rohan Strick", False),
        ("Harbour festival returns after a two-year break", False),
    ],
)
def test_the_storys_subheading_under_a_list(line: str, expected: bool) -> None:
    page = detected(["Most read", *TITLES[:2], line, PARAGRAPHS["en"][0], PARAGRAPHS["en"][1]])
    assert sidebar._story_subheading(page, 3) is expected
    # a one-sentence teaser summary under it is no paragraph of the story
    page = detected(["Most read", *TITLES[:2], line, "The council said on Monday it would look again.", TITLES[3]])
    assert sidebar._story_subheading(page, 3) is False


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a question over a sentence that announces a list, or over two paragraphs
        (["Police advise anyone who gets such a call to take these steps:", "1. Hang up", "2. Call back"], True),
        (["The council said on Monday it would look again.", PARAGRAPHS["en"][1]], True),
        # hard negatives: a line ending in ":" with no list under it, a summary over a title
        (["Police advise anyone who gets such a call to take these steps:", TITLES[3]], False),
        (["The council said on Monday it would look again.", TITLES[3]], False),
    ],
)
def test_a_question_over_its_answer_is_the_storys_subheading(answer: list[str], expected: bool) -> None:
    page = detected(["Most read", *TITLES[:2], "How do I report it?", *answer])
    assert sidebar._story_subheading(page, 3) is expected


def test_a_list_ends_at_the_next_lists_heading() -> None:
    """The scan of one list stops at the next heading: the items under that heading, set
    another way (numbered sentences under plain titles), are read as that heading's list."""
    numbered = [
        "1. A lorry overturns on the ring road and spills its load of oranges.",
        "2. The peach festival confirms a national act for its opening night.",
    ]
    page = detected(["Trending", *TITLES[:2], "Comments (18)", "2 hours ago · Reply", "Most read", *numbered])
    assert [rules_of(page, line) for line in numbered] == [["sidebar.list"], ["sidebar.list"]]


def test_every_item_of_an_in_article_widget_is_sidebar_without_blank_lines() -> None:
    """On a page without blank lines, the paragraph after the widget is under its last item:
    the items before it (each followed by another headline first) are items too."""
    page = detected([PARAGRAPHS["en"][0], PARAGRAPHS["en"][1], "Trending", *TITLES[:3], PARAGRAPHS["en"][2]])
    assert [rules_of(page, line) for line in TITLES[:2]] == [["sidebar.list"]] * 2


def test_a_heading_over_the_headline_takes_no_headline_over_a_bare_name() -> None:
    """Hard negative: a bare name (two words) between the headline and the first paragraph
    is no headline of a list: the paragraph is still the article's, under its headline."""
    page = detected(["Latest news", HEADLINES["en"], "Naomi Fairclough", *PARAGRAPHS["en"][:2]])
    assert "sidebar.list" not in rules_of(page, HEADLINES["en"])


_STANDFIRST = "Residents of the coastal town were cut off for most of Monday after the highest daily rainfall since records began."


def test_a_section_kicker_over_the_headline_and_its_standfirst_set_apart_takes_no_list() -> None:
    """ "Local News" over the article's headline, its standfirst and byline, each set apart by
    blank lines: no story list under a section's name."""
    head = ["Local News", "", "Flash flood cuts the only road into town", "", _STANDFIRST, ""]
    byline = ["Brodie Szymanski", "Senior Journalist", "Updated December 1 2026 - 4:32pm", ""]
    photo = ["Volunteers help a resident move furniture on Monday morning.", "Picture by Tayla Ngata", "Advertisement"]
    page = detected([*head, *byline, *photo, PARAGRAPHS["en"][0], "", PARAGRAPHS["en"][1]])
    assert "sidebar.list" not in rules_of(page, _STANDFIRST)


def test_a_section_headings_teaser_with_its_summary_glued_under_it_is_an_item() -> None:
    """Hard negative: a section's list sets a teaser's summary right under its title."""
    teasers = ["Flash flood cuts the only road into town", _STANDFIRST, "Crayfish season opens with prices down"]
    page = detected(["Local News", "", *teasers, "", PARAGRAPHS["en"][0], "", PARAGRAPHS["en"][1]])
    assert "sidebar.list" in rules_of(page, _STANDFIRST)


def test_a_see_all_link_ends_a_list() -> None:
    facts = ["Tickets: £12 a night", "Under-12s free"]
    lines = [PARAGRAPHS["en"][0], "", "Most read", *TITLES[:2], "See all events", *facts, "", PARAGRAPHS["en"][1]]
    page = detected(lines)
    assert all(rules_of(page, line) == ["sidebar.list"] for line in TITLES[:2])
    assert all("sidebar.list" not in rules_of(page, line) for line in facts)


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("More from Jane Roe", "en"),
        ("Otros artículos de Lucía Berenguer Sanz", "es"),
        ("Altri articoli di Anna Neri", "it"),
    ],
)
def test_a_heading_naming_an_author_needs_no_list_test(heading: str, lang: str) -> None:
    """The author's other pieces, each with a two-sentence summary the list test refuses."""
    teasers = ["The pool is open again. Thank the lifeguards.", "The bus lane is late. Nobody is surprised."]
    page = detected([PARAGRAPHS["en"][0], heading, *teasers], lang)
    assert any(r.startswith("sidebar.section_heading") for r in rules_of(page, heading))


@pytest.mark.parametrize("heading", ["More from Brussels", "More from the minister", "Mehr von allem"])
def test_a_more_from_subheading_over_a_paragraph_is_no_author_heading(heading: str) -> None:
    page = detected([PARAGRAPHS["en"][0], heading, PARAGRAPHS["en"][1]])
    assert rules_of(page, heading) == []


TEASERS = [
    "Transit adds late-night buses on three routes",
    "The pilot runs through the end of the year and will be reviewed in December.",
    "Is your bridge safe? We looked at every inspection report",
    "Seventeen bridges are rated in poor condition, and four of them carry heavy traffic.",
]


def test_titles_with_a_summary_each_under_a_heading_down_to_the_comments_are_items() -> None:
    page = detected([*PARAGRAPHS["en"][:2], "Related Articles", *TEASERS, "Comments (23)", "Sort by: Newest"])
    assert all("sidebar.teaser_pairs" in rules_of(page, line) for line in TEASERS)


def test_subheadings_over_paragraphs_under_a_heading_with_more_article_below_stay_body() -> None:
    """Hard negative: the same pairs with another paragraph of the article under them."""
    page = detected([PARAGRAPHS["en"][0], "Related Articles", *TEASERS, PARAGRAPHS["en"][1], PARAGRAPHS["en"][2]])
    assert all("sidebar.teaser_pairs" not in rules_of(page, line) for line in TEASERS)


def test_the_last_teaser_without_its_summary_over_the_comments_is_an_item() -> None:
    teasers = [*TEASERS[:2], "Harbour festival returns after a two-year break"]
    page = detected([*PARAGRAPHS["en"][:2], "Related Articles", *teasers, "Comments (23)", "Sort by: Newest"])
    assert all("sidebar.teaser_pairs" in rules_of(page, line) for line in teasers)


def test_one_pair_and_a_paragraph_over_the_comments_is_no_teaser_list() -> None:
    """Hard negative: a subheading, a paragraph and the article's last paragraph (prose, no title)."""
    lines = [PARAGRAPHS["en"][0], "Related Articles", *TEASERS[:2], PARAGRAPHS["en"][1], "Comments (23)"]
    page = detected(lines)
    assert all("sidebar.teaser_pairs" not in rules_of(page, line) for line in TEASERS[:2])


def test_a_subheading_over_numbered_steps_ends_a_list_of_unnumbered_teasers() -> None:
    """A teaser box set without numbers ("Read also", a title, its date) inside the story ends at the
    story's next subheading over its numbered steps: a new list with its own heading."""
    steps = [
        "1. Compare the meter reading on the bill with the one on your meter.",
        "2. Check from which day the new price is charged.",
        "3. Object in writing before the deadline printed on the bill.",
    ]
    lines = [*PARAGRAPHS["en"][:2], "You may also like", TITLES[0], "12.09.2027", "How to object", *steps]
    page = detected(lines)
    assert "sidebar.list" in rules_of(page, TITLES[0])
    assert [rules_of(page, line) for line in ["How to object", *steps]] == [[]] * 4


def test_numbered_items_right_under_a_heading_stay_a_list() -> None:
    """Hard negative: a numbered "Most read" list is one list from its first item."""
    page = detected([*PARAGRAPHS["en"][:2], "Most read", *NUMBERED])
    assert [rules_of(page, line) for line in NUMBERED] == [["sidebar.list"]] * 4


_EVENTS = ["Fri: Folk night, Dean Crowe Theatre", "Sat: Youth orchestra, Athlone Castle", "Sun: Open mic, Luan café"]


@pytest.mark.parametrize("heading", ["What's on this week", "What’s on tonight", "What's on in Athlone"])
def test_an_events_lists_heading(heading: str) -> None:
    page = detected([heading, *_EVENTS])
    assert rules_of(page, heading) == ["sidebar.section_heading[en]"]


def test_whats_on_in_a_sentence_is_no_heading() -> None:
    """Hard negative: the words in a sentence, or over a paragraph, head no list."""
    assert run_line(sidebar.detect, "What's on this week is a folk night at the castle.", "en", ALL_LANGS) == []
    page = detected(["What's on this week", PARAGRAPHS["en"][0]])
    assert rules_of(page, "What's on this week") == []


def test_a_headline_with_its_byline_under_a_section_heading_is_no_item() -> None:
    """A TV station's page: "LOCAL NEWS" over the headline and an unfinished standfirst, then
    the byline block, a caption and the first paragraph: the section's kicker, no list."""
    standfirst = "Crews spent four hours freeing one of the men, who was trapped under spilled corn"
    byline = "By Kayla Brandvold | KTVR 9 News"
    lines = ["LOCAL NEWS", "", HEADLINES["en"], standfirst, "", byline, "Published: 4:12 PM CST December 2, 2026", ""]
    page = detected([*lines, PARAGRAPHS["en"][0], PARAGRAPHS["en"][1]])
    assert "sidebar.list" not in rules_of(page, HEADLINES["en"])
    assert "sidebar.list" not in rules_of(page, standfirst)


def test_titles_with_bylines_under_a_section_heading_stay_a_list() -> None:
    """Hard negative: story titles under "LOCAL NEWS", each with its own byline, and no
    paragraph under them: a list of stories."""
    lines = [
        "LOCAL NEWS",
        "",
        TITLES[0],
        "By Kayla Brandvold",
        TITLES[1],
        "By Ron Haugen",
        TITLES[2],
        "By Lyn Harkness",
    ]
    page = detected(lines)
    assert all(rules_of(page, t) == ["sidebar.list"] for t in TITLES[:3])


def test_family_notices_under_their_heading_are_items() -> None:
    """The "Death Notices" heading under the article heads other people's notices, each of a few sentences
    opened by the surname in capitals: items of a list, no paragraphs of the story."""
    notices = [
        "HALLORAN, Maureen Joan. Passed away peacefully on December 3, 2026. Aged 91 years.",
        "PETTIGREW, Robert (Bob). Late of Terang. Dearly loved husband of Ellen.",
        "VAN DER BERG, Cornelis. 12.4.1937 - 2.12.2026. Reunited with Anna.",
    ]
    page = detected([*PARAGRAPHS["en"], "", "Death Notices", *notices])
    assert rules_of(page, "Death Notices") == ["sidebar.heading[en]"]
    assert all(rules_of(page, line) == ["sidebar.list"] for line in notices)


def test_a_paragraph_of_sentences_under_a_heading_is_no_notice() -> None:
    """Hard negative: under a heading word, a paragraph of several sentences not opened by a
    surname in capitals is no item."""
    paragraph = "Halloran said the hall would reopen in spring. The council agreed. Work starts in May."
    page = detected(["Latest", paragraph])
    assert rules_of(page, paragraph) == []


@pytest.mark.parametrize(
    "reference",
    [
        "More information: G. Okafor et al. Torpor and long flights, Journal of Space Biology (2026). DOI: 10.0000/jsb.2026.11",
        "Journal reference: The Astronomical Letters, DOI: 10.0000/astl.2026.0412",
    ],
)
def test_a_studys_reference_under_a_related_title_ends_the_list(reference: str) -> None:
    """A science story's reference line ends the list of other stories set above it
    ("Explore further" / a related title), where it often sits: the story's, not an item."""
    page = detected(
        [*PARAGRAPHS["en"], "Explore further", "Unravelling the neural network of torpor", reference, "445 shares"]
    )
    assert rules_of(page, "Unravelling the neural network of torpor") == ["sidebar.list"]
    assert "sidebar.list" not in rules_of(page, reference)


def test_a_related_title_that_names_information_stays_an_item() -> None:
    """Hard negative: "More information" inside a headline, with no colon, opens no reference."""
    title = "More information needed on torpor before long flights, say scientists"
    page = detected([*PARAGRAPHS["en"], "Explore further", "Unravelling the neural network of torpor", title])
    assert "sidebar.list" in rules_of(page, title)


CJK_TITLES = [
    "冬のボーナス、平均支給額が3年ぶりに減少",
    "高速道路で玉突き事故、8台が絡む 3人けが",
    "流感进入高发期 专家提醒这些人群尽早接种疫苗",
]


@pytest.mark.parametrize("heading", ["アクセスランキング", "热门推荐", "ताज़ा खबरें"])
def test_headlines_without_capitals_under_a_heading(heading: str) -> None:
    """Japanese and Chinese titles have no capitals to read: their length and script tell them."""
    page = detected([heading, *CJK_TITLES])
    assert rules_of(page, heading) == ["sidebar.heading[all]"]
    assert all(rules_of(page, line) == ["sidebar.list"] for line in CJK_TITLES)


def test_a_cjk_menu_under_a_heading_is_no_item() -> None:
    """Hard negative: a piped line of short words under the list's heading is a menu, no title."""
    menu = "利用規約 | プライバシーポリシー | お問い合わせ"
    page = detected(["アクセスランキング", menu, *CJK_TITLES])
    assert "sidebar.list" not in rules_of(page, menu)
