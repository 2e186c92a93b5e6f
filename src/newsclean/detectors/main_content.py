"""A second opinion on where the article is, from trafilatura (HTML input only).

trafilatura is good at finding the main-content container of a page and less
good at what is inside it (captions, promo cards, bylines stay in) or at the
paragraphs it cuts at widgets. newsclean uses its extraction as a *hint*: a
segment whose text trafilatura also extracted is marked ``dom["main_hint"]``;
the decision stage then only grows the article from paragraphs inside that
main content, while newsclean's own rules still decide what inside it is
caption, promo, byline or ad. Pages where trafilatura finds (almost) nothing
get no hint, and newsclean decides alone.

trafilatura is imported lazily: text input never pays for it.
"""

from __future__ import annotations

import regex

from newsclean.types import Segment

#: an extraction shorter than this (in words) is no usable hint
MIN_WORDS = 60
#: segments of fewer words must match a whole line of the extraction
SHORT_WORDS = 6
_WS = regex.compile(r"\s+")
_WORD = regex.compile(r"\w+")


def _norm(text: str) -> str:
    return str(_WS.sub(" ", text)).strip().lower()


def mark_main_content(html: str, segments: list[Segment]) -> bool:
    """Set ``seg.dom["main_hint"]`` on every segment; True when a hint was available."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return False
    try:
        extracted = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False) or ""
    except Exception:  # a hint failing must never break cleaning
        return False
    if len(extracted.split()) < MIN_WORDS:
        return False
    lines = {_norm(line) for line in extracted.split("\n")}
    # tables come out as "| cell | cell |" rows: every cell counts as a line
    lines |= {_norm(cell) for line in extracted.split("\n") if "|" in line for cell in line.split("|")}
    haystack = _norm(extracted)
    grams = _trigrams(haystack)
    for seg in segments:
        if seg.dom is None:
            seg.dom = {}
        text = _norm(seg.text)
        if len(text.split()) < SHORT_WORDS:
            # short text ("Home", "NFL") occurs inside any long text: it must be a line of its own
            seg.dom["main_hint"] = text in lines
        else:
            seg.dom["main_hint"] = text in haystack or _covered(text, grams)
    return True


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _covered(text: str, grams: set[tuple[str, ...]]) -> bool:
    """Most of the segment's word trigrams appear in the extraction."""
    words = _WORD.findall(text)
    if len(words) < 5:
        return False
    mine = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
    return sum(1 for g in mine if g in grams) >= 0.6 * len(mine)
