"""Rule-based detectors: one module per label family, patterns as data.

Two passes. :func:`detect_lines` runs every line rule (and the context rules
that need no knowledge of where the article is); :func:`detect_in_context`
runs the rules that depend on the article's position, once the decision stage
has found it.
"""

from __future__ import annotations

from newsclean.detectors.page import Page
from newsclean.detectors.rules import ad, byline, caption, chrome, dom, promo, sidebar
from newsclean.segments.language import LANGUAGES

LINE_DETECTORS = (ad, chrome, byline, caption, promo, sidebar)
#: cue words that are unambiguous across languages ("Publicidade", "Lire aussi")
#: are matched in every language; only the byline's name cues ("Door", "Por",
#: "Di" ...) are limited to the page's language (and English)
ALL_LANGS = frozenset(LANGUAGES) | {"all"}


def detect_lines(page: Page, langs: frozenset[str]) -> None:
    for module in LINE_DETECTORS:
        module.detect(page, langs if module is byline else ALL_LANGS)
    if page.segments and page.segments[0].dom is not None:
        dom.detect(page, ALL_LANGS)
    caption.detect_described(page)
    ad.detect_cards(page)
    promo.detect_headed_titles(page, ALL_LANGS)
    chrome.detect_tag_lists(page)
    chrome.detect_comment_threads(page)
    sidebar.detect_lists(page)


def detect_in_context(page: Page, headline: int | None, start: int, end: int) -> None:
    """Rules that need the article's first paragraph ``start`` and end ``end``."""
    promo.detect_teaser_bylines(page, start)
    byline.detect_bare_names(page, headline, start)
    sidebar.detect_numbered_runs(page, headline if headline is not None else start, end)
