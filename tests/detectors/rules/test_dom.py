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


def _player_page(box: str) -> str:
    before = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2))
    after = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(2, 4))
    return (
        "<html><head><title>Sheep come down early</title></head><body><article>"
        f"<h1>Sheep come down early</h1><div class='text'>{before}{box}{after}</div></article></body></html>"
    )


PLAYER_LINE = "Play audio Audio: the shepherd on the descent 01:58 min. Radio Alp, 14.03.2025"


@pytest.mark.parametrize("cls", ["mediaplayer mediaplayer--audio", "c-audio-player", "kg-card kg-video-player"])
def test_a_media_players_line_inside_the_article_is_chrome(cls: str) -> None:
    """An embedded player's controls and title ("Play audio ... 01:58 min.") inside the story's container."""
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
