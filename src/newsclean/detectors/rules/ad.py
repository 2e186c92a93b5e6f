"""Advertising and its markers: "Advertisement", "Anzeige", sponsored teasers.

Only short lines are considered: prose that *mentions* an advertisement
("The advertisement ran for three weeks ...") never matches, because the
markers must fill the whole line or open a short teaser line.
"""

from __future__ import annotations

from itertools import compress

from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import PatternSet, PhraseSet, verdict
from newsclean.segments.normalize import norm_key
from newsclean.types import Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_AD = Label.AD

MARKER = PhraseSet("ad.marker", P.AD_LINES)
SPONSORED_PREFIX = PatternSet("ad.sponsored_prefix", P.AD_PREFIXES, prefixes=True)

#: a sponsored teaser is a short line; longer ones are prose about sponsorship
MAX_TEASER_WORDS = 30


def detect(page: Page, langs: frozenset[str]) -> None:
    for i, shape in enumerate(page.shapes):
        if shape.words > MAX_TEASER_WORDS:
            continue
        hit = MARKER.match(page, i, langs)
        if hit:
            page.add(i, verdict(Label.AD, hit, 0.98))
            continue
        hit = SPONSORED_PREFIX.match(page, i, langs)
        if hit and shape.prose and shape.words >= 8:
            hit = None  # "In partnership with the council, the school ..." is a sentence
        if hit:
            page.add(i, verdict(Label.AD, hit, 0.85))


#: lines of a sponsored card under its marker ("Sponsored listing" / address / agent)
MAX_CARD_LINES = 3


def detect_cards(page: Page) -> None:
    """The short, unclaimed lines glued (no blank line) under a sponsored marker."""
    if not page.has_blank_lines:
        return
    n = len(page)
    # the lines with verdicts when the loop starts; a card line added below has no sponsored
    # verdict of its own, so it is no card header whether visited or not
    for i in compress(range(n), list(map(bool, page.verdicts))):
        if not any(
            v.label is _AD
            and v.rule.startswith(("ad.sponsored_prefix", "ad.marker"))
            and norm_key(page.texts[i]) not in _PLAIN_MARKERS
            for v in page.verdicts[i]
        ):
            continue
        for j in range(i + 1, min(n, i + 1 + MAX_CARD_LINES)):
            if page.segments[j].blank_before or page.verdicts[j] or page.shapes[j].prose:
                break
            page.add(j, Verdict(Label.AD, "ad.sponsored_card", page.texts[j][:60], 0.7))


#: bare markers ("Advertisement") stand alone; only sponsored headers lead a card
_PLAIN_MARKERS = {
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "pub",
    "publicidade",
    "pubblicità",
    "advertentie",
    "story continues below advertisement",
    "story continues below",
}
