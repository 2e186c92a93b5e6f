"""Advertising and its markers: "Advertisement", "Anzeige", sponsored teasers.

Only short lines are considered: prose that *mentions* an advertisement
("The advertisement ran for three weeks ...") never matches, because the
markers must fill the whole line or open a short teaser line.
"""

from __future__ import annotations

from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import PatternSet, PhraseSet, verdict
from newsclean.types import Label

MARKER = PhraseSet("ad.marker", P.AD_LINES)
SPONSORED_PREFIX = PatternSet("ad.sponsored_prefix", P.AD_PREFIXES, prefixes=True)

#: a sponsored teaser is a short line; longer ones are prose about sponsorship
MAX_TEASER_WORDS = 30


def detect(page: Page, langs: frozenset[str]) -> None:
    for i, text in enumerate(page.texts):
        shape = page.shapes[i]
        if shape.words > MAX_TEASER_WORDS:
            continue
        hit = MARKER.match(text, langs)
        if hit:
            page.add(i, verdict(Label.AD, hit, 0.98))
            continue
        hit = SPONSORED_PREFIX.match(text, langs)
        if hit:
            page.add(i, verdict(Label.AD, hit, 0.85))
