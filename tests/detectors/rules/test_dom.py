"""dom: evidence from the HTML structure (newsclean.detectors.rules.dom)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, Options

PARA = (
    "Surprised by early snow, the shepherds brought fourteen hundred sheep down from the high pastures "
    "a week sooner than planned, and the village turned out to watch them pass. {n}"
)


def _labels(html: str) -> dict[str, tuple[Label, str]]:
    article = newsclean.clean(html, Options(input_format="html"))
    return {s.text: (s.label, s.reason) for s in article.segments}


@pytest.mark.parametrize("word", ["legende", "legenda", "leyenda", "bildtext", "image-legend", "didascalia"])
def test_a_caption_sentence_in_a_container_named_caption_in_the_sites_language_is_a_caption(word: str) -> None:
    """Slides of a gallery inside the article: their legends are sentences, and still captions."""
    legend = "The flock enters the village by the pass road."
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    after = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 4))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><div class='col'>"
        f"<h1>Sheep come down early</h1>{before}"
        f"<div class='slide'><img src='/a.jpg'><p class='{word}'>{legend}</p></div>"
        f"{after}</div></body></html>"
    )
    label, reason = _labels(html)[legend]
    assert label is Label.CAPTION, reason


def test_a_long_paragraph_in_a_caption_named_container_stays_body() -> None:
    """A class word is a hint: a paragraph of more than 25 words keeps its place in the article."""
    long_para = PARA.format(n=9) + " The mayor said the village would remember the day for a long time."
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><div class='col'>"
        f"<h1>Sheep come down early</h1>{before}<div class='legende'><p>{long_para}</p></div>"
        f"<p>{PARA.format(n=5)}</p></div></body></html>"
    )
    label, reason = _labels(html)[long_para]
    assert label is Label.BODY, reason


BIO = (
    "I am a reporter, a former shepherd and a keen walker, not always in that order, and I have written "
    "about the high pastures and the people who work them for the last twenty years."
)


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("cls", ["short-bio", "author-bio", "contrib bio"])
def test_an_author_bio_in_prose_is_a_byline_wherever_it_sits_in_the_article(where: str, cls: str) -> None:
    """An author's bio box ("short-bio", "author-bio"): long prose, and still the author's, not the story's."""
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    box = f"<div class='{cls}'><p>{BIO}</p></div>"
    html = (
        "<html><head><title>Sheep come down early</title></head><body><div class='col'>"
        f"<h1>Sheep come down early</h1>{box if where == 'before' else ''}{paras}"
        f"{box if where == 'after' else ''}</div></body></html>"
    )
    labels = _labels(html)
    label, reason = labels[BIO]
    assert label is Label.BYLINE, reason
    assert all(labels[PARA.format(n=n)][0] is Label.BODY for n in range(4))


@pytest.mark.parametrize("cls", ["biology", "symbiosis", "bionews"])
def test_a_paragraph_under_a_class_that_only_starts_like_bio_stays_body(cls: str) -> None:
    """Hard negative: only the whole class word counts ("biology", "symbiosis" are no bio box)."""
    long_para = PARA.format(n=9) + " The mayor said the village would remember the day for a long time."
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><div class='col'>"
        f"<h1>Sheep come down early</h1>{before}<div class='{cls}'><p>{long_para}</p></div>"
        f"<p>{PARA.format(n=5)}</p></div></body></html>"
    )
    label, reason = _labels(html)[long_para]
    assert label is Label.BODY, reason


@pytest.mark.parametrize(
    ("player", "line", "caption"),
    [
        ("video-player", "Shepherds bring the flock down from the high pastures", True),
        ("jwplayer", "Watch the flock come down from the pass", True),
        ("video-player", "App Store Google Play Open", False),  # hard negative: a row of buttons
        ("video-gallery", "Shepherds bring the flock down from the high pastures", False),  # no player
    ],
)
def test_the_title_inside_a_video_player_is_its_caption(player: str, line: str, caption: bool) -> None:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><article>"
        f"<h1>Sheep come down early</h1><div class='{player}'><button>Play video</button>"
        f"<div class='{player}__title'>{line}</div></div>{paras}</article></body></html>"
    )
    label, reason = _labels(html)[line]
    assert (label is Label.CAPTION) is caption, reason


@pytest.mark.parametrize(
    ("where", "label"),
    [
        (
            "<nav><ul><li><a href='/news/region/'>{line}</a></li><li><a href='/news/'>News</a></li></ul></nav>",
            Label.CHROME,
        ),
        ("<div class='meta'><span>{line}</span></div>", Label.BYLINE),  # hard negative: the article's byline
    ],
)
def test_a_menu_link_that_reads_like_a_byline_is_chrome(where: str, label: Label) -> None:
    line = "By Region"
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    html = (
        "<html><head><title>Sheep come down early</title></head><body>"
        f"{where.format(line=line) if label is Label.CHROME else ''}<article><h1>Sheep come down early</h1>"
        f"{where.format(line='By Tom Field') if label is Label.BYLINE else ''}{paras}</article></body></html>"
    )
    text = line if label is Label.CHROME else "By Tom Field"
    got, reason = _labels(html)[text]
    assert got is label, reason


def _captioned(box: str) -> str:
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    after = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 5))
    return (
        "<html><head><title>Sheep come down early</title></head><body><div>"
        f"<h1>Sheep come down early</h1>{before}<div><img src='/a.jpg'>{box}</div>"
        f"<div id='text'>The flock was counted at the bridge by two volunteers on Saturday morning.{after}</div>"
        "</div></body></html>"
    )


def test_the_line_under_a_credit_that_closes_its_caption_box_is_the_story() -> None:
    """HTML (caption.described_below): "Description<br>Credit: X" in one box, no class names,
    the story's first sentence in another element under it: the credit closes the caption above
    however long it is, and the sentence under it is the article's."""
    first = "The flock was counted at the bridge by two volunteers on Saturday morning."
    box = (
        "<div>A shepherd leads part of the flock of fourteen hundred sheep down the old pass road above "
        "the village on Friday.<br>Credit: Jane Roe / Valley Courier</div>"
    )
    label, reason = _labels(_captioned(box))[first]
    assert label is Label.BODY, reason


def test_a_sentence_under_a_bare_credit_in_its_own_box_is_still_its_caption() -> None:
    """Hard negative: the credit alone in its box over a one-sentence description in another,
    after a paragraph: the description is the picture's, as in a text dump."""
    desc = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    after = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 5))
    html = (
        "<html><head><title>Sheep come down early</title></head><body><div>"
        f"<h1>Sheep come down early</h1>{before}<div>Foto: Ines Fahrenholz/dpa</div><div>{desc}</div>"
        f"{after}</div></body></html>"
    )
    label, reason = _labels(html)[desc]
    assert label is Label.CAPTION, reason


def _story(container: str, extra: str = "") -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}.</p>" for n in range(4))
    return (
        "<html><head><title>Sheep come down early</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article class='{container}'><h1>Sheep come down early</h1>"
        f"<div class='story-body'><p>The flock is back in the village.</p>{paras}{extra}</div></article>"
        "<footer><p>Copyright 2026 The Valley Courier. All rights reserved.</p></footer></body></html>"
    )


@pytest.mark.parametrize("container", ["story ad-free", "article article--has-inline-ads", "post author-jane-roe"])
def test_a_class_word_on_the_articles_own_container_labels_no_paragraph(container: str) -> None:
    """A word near nearly every paragraph of the main content names the container ("ad-free",
    "has-inline-ads", the author's slug on the post): the short lead and the headline stay."""
    labels = _labels(_story(container))
    assert labels["The flock is back in the village."][0] is Label.BODY, labels["The flock is back in the village."]
    assert labels["Sheep come down early"][0] is Label.HEADLINE


def test_an_ad_box_inside_an_ad_free_container_is_still_an_ad() -> None:
    """Hard negative: a box with its own ad word between the paragraphs keeps its label."""
    box = "<div class='ad-slot'><span>Sponsored: Valley Farm Supplies</span></div>"
    labels = _labels(_story("story ad-free", box))
    assert labels["Sponsored: Valley Farm Supplies"][0] is Label.AD


def _player_page(box: str) -> str:
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    after = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 4))
    return (
        "<html><head><title>Sheep come down early</title></head><body><article>"
        f"<h1>Sheep come down early</h1><div class='text'>{before}{box}{after}</div></article></body></html>"
    )


PLAYER_LINE = "Play audio Audio: the shepherd on the descent 01:58 min. Radio Alp, 14.03.2025"


@pytest.mark.parametrize("cls", ["mediaplayer mediaplayer--audio", "c-audio-player", "kg-card kg-audio-player"])
def test_a_media_players_line_inside_the_article_is_chrome(cls: str) -> None:
    """An embedded audio player's controls and title ("Play audio ... 01:58 min.") inside the story's
    container. (A video player's title describes its picture: a caption, ``dom.video_title``.)"""
    labels = _labels(
        _player_page(
            f"<div class='{cls}'><button>Play audio</button> <span>Audio: the shepherd "
            "on the descent</span> <span>01:58 min.</span> <span>Radio Alp, 14.03.2025</span></div>"
        )
    )
    label, reason = labels[PLAYER_LINE]
    assert label is Label.CHROME, reason
    assert all(labels[PARA.format(n=n)][0] is Label.BODY for n in range(4))


@pytest.mark.parametrize("cls", ["player", "player-quote", "match-player"])
def test_a_line_under_a_player_class_of_no_media_stays_body(cls: str) -> None:
    """Hard negative: "player" alone names a sportsman as often as a media player."""
    line = "The goalkeeper waved to the fans before he walked down the tunnel for the last time."
    labels = _labels(_player_page(f"<div class='{cls}'><span>{line}</span></div>"))
    label, reason = labels[line]
    assert label is Label.BODY, reason


CLIP_DESCRIPTION = (
    "Highlights: the shepherds bring fourteen hundred sheep down the pass to the village on a cold morning."
)


@pytest.mark.parametrize(
    ("outer", "inner"),
    [("VideoPlayer_wrap__9sKc", "VideoPlayer_meta__r"), ("audio-embed", "audio-embed__desc")],
)
def test_a_clips_description_inside_its_player_is_a_caption(outer: str, inner: str) -> None:
    """The description a player or an embedded clip shows under it, inside the story's container."""
    box = f"<div class='{outer}'><div class='{inner}'><p>{CLIP_DESCRIPTION}</p></div></div>"
    label, reason = _labels(_player_page(box))[CLIP_DESCRIPTION]
    assert label is Label.CAPTION, reason


@pytest.mark.parametrize("inner", ["article-desc", "entry-meta-text"])
def test_a_description_class_outside_a_player_is_no_clips_description(inner: str) -> None:
    """Hard negative: a "desc" or "meta" class word with no player around it says nothing of a clip."""
    box = f"<div class='{inner}'><p>{CLIP_DESCRIPTION}</p></div>"
    _label, reason = _labels(_player_page(box))[CLIP_DESCRIPTION]
    assert "dom.media_description" not in reason, reason


def _dated(meta: str, extra: str = "") -> dict[str, tuple[Label, str]]:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(4))
    return _labels(
        "<html><head><title>Sheep come down early</title></head><body><article>"
        f"<h1>Sheep come down early</h1><div class='meta'>{meta}</div>{paras}{extra}</article></body></html>"
    )


@pytest.mark.parametrize(
    "meta",
    [
        "<time datetime='2025-11-20'>20 November 2025</time> <span>Ana Ruiz</span> <span>Environment correspondent</span>",
        "<span>Pinned</span> <time>7:00 a.m.</time> <span>Valley Post staff</span>",
    ],
)
def test_a_short_line_around_a_time_element_is_a_byline(meta: str) -> None:
    labels = _dated(meta)
    hit = [(text, lr) for text, lr in labels.items() if "Ruiz" in text or "Pinned" in text]
    assert hit and hit[0][1][0] is Label.BYLINE, hit


def test_a_sentence_with_a_time_element_stays_body() -> None:
    # hard negative: a short paragraph of the story that names a date inside a <time>
    sentence = "The flock reached the village on <time datetime='2025-11-18'>18 November</time> at dusk."
    labels = _dated("<span>Ana Ruiz</span>", f"<p>{sentence}</p><p>{PARA.format(n=7)}</p>")
    label, reason = labels["The flock reached the village on 18 November at dusk."]
    assert label is Label.BODY, reason


def test_a_live_updates_time_run_into_its_title_is_no_time_line() -> None:
    """A live update's clock time and its title in one block ("13:47 Defensie helpt met zandzakken"):
    a phrase with a function word after the time is the entry's title, not ``dom.time_line``."""
    entry = "<li><time>13:47</time> <strong>Troops arrive with sandbags</strong><p>{p}</p></li>"
    labels = _dated("<span>Ana Ruiz</span>", "<ul>" + entry.format(p=PARA.format(n=5)) + "</ul>")
    _label, reason = labels["13:47 Troops arrive with sandbags"]
    assert "dom.time_line" not in reason, reason


@pytest.mark.parametrize("meta", ["<time>13:47</time> <span>By Ana Ruiz and the desk</span>"])
def test_a_clock_time_and_its_author_stay_a_time_line(meta: str) -> None:
    """Hard negative: an author after the time ("13:47 By Ana Ruiz ...") is the entry's byline."""
    labels = _dated(meta)
    label, reason = labels["13:47 By Ana Ruiz and the desk"]
    assert label is Label.BYLINE, reason


def _embed_page(blockquote_class: str, text_class: str) -> str:
    """A story that quotes a social post embedded with its text between the embed's opener and credit."""
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3))
    after = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(3, 5))
    return (
        "<html><head><title>Sheep come down early</title></head><body><article><div class='story-body'>"
        f"<h1>Sheep come down early</h1>{before}"
        f"<blockquote class='{blockquote_class}'><div><a href='#'>View this post on Instagram</a></div>"
        f"<p class='{text_class}'>Fourteen hundred of them and not one lost on the pass. Proud of this village.</p>"
        "<p><a href='#'>A post shared by Maren Holt (@marenonthehill)</a></p></blockquote>"
        f"{after}</div></article></body></html>"
    )


def test_the_text_of_an_embedded_post_named_caption_is_the_story_it_quotes() -> None:
    """A quoted post's text ("ig-caption" inside an "instagram-media" blockquote) is body; its embed's
    opener and credit line stay chrome."""
    labels = _labels(_embed_page("instagram-media", "ig-caption"))
    label, reason = labels["Fourteen hundred of them and not one lost on the pass. Proud of this village."]
    assert label is Label.BODY, reason
    assert labels["View this post on Instagram"][0] is Label.CHROME
    assert labels["A post shared by Maren Holt (@marenonthehill)"][0] is Label.CHROME


def test_a_caption_class_outside_an_embedded_post_is_still_a_caption() -> None:
    """Hard negative: the same line in a box named caption that is no social embed stays a caption."""
    labels = _labels(_embed_page("photo-box", "photo-caption"))
    label, reason = labels["Fourteen hundred of them and not one lost on the pass. Proud of this village."]
    assert label is Label.CAPTION, reason
