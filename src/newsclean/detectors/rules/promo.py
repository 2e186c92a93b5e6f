"""Teasers for other stories inside the article flow.

Two kinds of evidence:

* cue prefixes ("Also read:", "READ MORE |", "Lesen Sie auch", "Leia também",
  "Lire aussi" ...) opening a short line;
* context (:func:`detect_teaser_bylines`, run once the article's start is
  known): a headline-like line followed by its own "BY ..." line *after* the
  article has begun is a cross-promo; both lines are ``promo`` (guide rule 3).
"""

from __future__ import annotations

from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import PatternSet, verdict
from newsclean.types import Label, Verdict

CUE = PatternSet("promo.cue", P.PROMO_PREFIXES, prefixes=True)

MAX_PROMO_WORDS = 40


def detect(page: Page, langs: frozenset[str]) -> None:
    for i, text in enumerate(page.texts):
        shape = page.shapes[i]
        if shape.words > MAX_PROMO_WORDS or shape.words < 2:
            continue
        hit = CUE.match(text, langs)
        if hit is None:
            continue
        rest = text[len(hit.match) :].strip()
        # the cue must lead into a story title: "Read more: <title>", "Lire aussi | <title>"
        if not rest or rest[0] not in ":|-–—>»›" and not rest[0].isupper() and not rest[0].isdigit() and not rest[0] in "\"'“‘«":
            continue
        page.add(i, verdict(Label.PROMO, hit, 0.9))


def detect_teaser_bylines(page: Page, first_body: int) -> None:
    """Mark "teaser title + BY line" pairs that sit after the article has begun."""
    n = len(page)
    for i in range(first_body + 1, n):
        if not any(v.label is Label.BYLINE and v.rule.startswith("byline.by_name") for v in page.verdicts[i]):
            continue
        j = i - 1
        if j <= first_body:
            continue
        prev = page.shapes[j]
        if not prev.title_like or page.shapes[j].prose:
            continue
        prev_label = page.label_of(j)
        if prev_label not in (None, Label.PROMO):
            continue
        page.add(j, Verdict(Label.PROMO, "promo.teaser_title", page.texts[j][:120], 0.95))
        page.add(i, Verdict(Label.PROMO, "promo.teaser_byline", page.texts[i][:120], 0.95))
