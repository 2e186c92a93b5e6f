"""One label per segment, from the detectors' verdicts and the article span.

Order of precedence, each step with its reason:

1. Inside the article (headline … last paragraph), a line no rule claimed is
   ``body`` (``decision.in_article``): subheadings, short quotes, list items
   of the story. A rule's verdict stands otherwise.
2. The chosen headline is ``headline``; the same text elsewhere is ``chrome``
   (``decision.repeated_headline``).
3. Before the headline and after the last paragraph nothing is body: unclaimed
   headline-like or list lines become ``sidebar`` when they sit among other
   sidebar lines, else ``chrome`` (``decision.outside_article``). Bylines of
   teasers in a sidebar after the article are ``sidebar``.
4. A statistical model's distribution (issue: statistical detector), when
   given, decides the lines the rules left open or claimed only weakly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import regex

from newsclean.decision.span import HINT_OVERRULES, STRONG, Span
from newsclean.detectors.page import Page
from newsclean.types import KEEP, Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_HEADLINE = Label.HEADLINE
_BODY = Label.BODY
_SIDEBAR = Label.SIDEBAR
_PROMO = Label.PROMO
_CHROME = Label.CHROME
_TEASER_LABELS = frozenset({Label.BYLINE, Label.PROMO, Label.BODY})

#: a live blog's time stamp: "12.31 GMT", "14:05", "18h40"
_CLOCK = regex.compile(
    r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|utc|cet|cest|et|est|edt|pt|ist))?\.?$",
    regex.I,
)

#: a rule at least this sure is not overruled by the model
RULE_FIRM = 0.85


def _from_verdict(page: Page, i: int, v: Verdict) -> None:
    reason = v.rule + (f": {v.match!r}" if v.match else "")
    page.segments[i].decide(v.label, v.detector, reason, v.score)


def resolve(
    page: Page,
    span: Span | None,
    headline: int | None,
    model: Sequence[tuple[Label, float, str]] | None = None,
    *,
    model_only: bool = False,
) -> None:
    n = len(page)
    article = span is not None and not span.index_page
    start = end = 0
    if span is not None and article:
        # the article starts at its headline; prose above it (a photo caption) is not body
        start = headline if headline is not None else span.start
        end = span.end
    head_text = page.texts[headline].strip().lower() if headline is not None and article else None
    in_sidebar_zone = False
    for i in range(n):
        seg = page.segments[i]
        v = page.best(i)
        if model is not None and model_only:
            label, prob, why = model[i]
            seg.decide(label, "model", why, prob)
            continue
        if article and i == headline:
            seg.decide(
                _HEADLINE,
                "rules",
                "decision.headline: headline-like line above the first paragraph",
                0.8,
            )
            continue
        if head_text is not None and page.texts[i].strip().lower() == head_text:
            seg.decide(_CHROME, "rules", "decision.repeated_headline", 0.8)
            continue
        inside = article and start <= i < end
        if inside and page.hinted and page.in_main(i) and (v is None or v.score < HINT_OVERRULES):
            seg.decide(_BODY, "rules", "decision.main_content: inside the article and the page's main content", 0.65)
            continue
        if inside:
            if (
                v is not None
                and v.rule == "byline.date_only"
                and span is not None
                and span.core.start < i < span.core.end
                and _CLOCK.match(page.texts[i])
            ):
                seg.decide(
                    _BODY,
                    "rules",
                    "decision.timestamp_in_article: a time stamp between paragraphs (live blog)",
                    0.55,
                )
            elif v is None and not page.in_main(i) and not page.shapes[i].prose:
                seg.decide(
                    _CHROME, "rules", "decision.outside_main_content: not in the page's main content (HTML)", 0.55
                )
            elif v is None:
                seg.decide(
                    _BODY,
                    "rules",
                    "decision.in_article: unclaimed line inside the article",
                    0.6,
                )
            elif v.score < STRONG and page.shapes[i].prose:
                reason = f"decision.prose_in_article: a paragraph inside the article ({v.rule} is too weak)"
                seg.decide(_BODY, "rules", reason, 0.6)
            else:
                _from_verdict(page, i, v)
            continue
        # outside the article
        if v is not None:
            if v.label is _SIDEBAR:
                in_sidebar_zone = True
            if v.label in _TEASER_LABELS and (in_sidebar_zone or not article) and i >= end:
                seg.decide(
                    _SIDEBAR,
                    "rules",
                    f"decision.teaser_in_list: {v.rule} in a list of other stories",
                    0.6,
                )
                continue
            if v.label is _PROMO and article and i >= end + 4:
                seg.decide(
                    _SIDEBAR,
                    "rules",
                    f"decision.promo_outside_flow: {v.rule} far after the article",
                    0.55,
                )
                continue
            _from_verdict(page, i, v)
            continue
        shape = page.shapes[i]
        near_sidebar = (i > 0 and page.label_of(i - 1) is _SIDEBAR) or (i + 1 < n and page.label_of(i + 1) is _SIDEBAR)
        if (
            (shape.title_like or shape.list_marker or shape.prose)
            and (near_sidebar or in_sidebar_zone)
            and shape.words >= 3
        ):
            seg.decide(
                _SIDEBAR,
                "rules",
                "decision.outside_article: story-like line among sidebar lines",
                0.5,
            )
            in_sidebar_zone = True
        else:
            seg.decide(
                _CHROME,
                "rules",
                "decision.outside_article: unclaimed line outside the article",
                0.5,
            )
    if model is not None:
        combine(page, model)


#: the model takes article text away only when this sure (no article text lost) ...
DEMOTE = 0.95
#: ... gives it back more readily ...
PROMOTE = 0.6
#: ... and moves a line between two non-article labels when it is the likelier label
SWAP = 0.5


def combine(page: Page, model: Sequence[tuple[Label, float, str]]) -> None:
    """Let the model overrule the rules' decision where the rules were not firm.

    Asymmetric on purpose: dropping article text is the worst error, so the
    model needs :data:`DEMOTE` confidence to turn a kept line into furniture,
    and only :data:`PROMOTE` to turn furniture into article text. The model
    never creates a second headline.

    Most lines keep the rules' label, so a model output that can answer
    lazily (:class:`LazyModelOutput`) is asked for the probability only of
    lines whose label it would change, and for its reason only where it wins.
    """
    out = model if isinstance(model, LazyModelOutput) else _Eager(model)
    for i, seg in enumerate(page.segments):
        label = out.label(i)
        if label is seg.label or label is _HEADLINE:
            continue
        v = page.best(i)
        if v is not None and v.score >= RULE_FIRM and seg.detector == "rules" and v.label is seg.label:
            continue
        if seg.label in KEEP and label not in KEEP:
            needed = DEMOTE
        elif seg.label not in KEEP and label in KEEP:
            needed = PROMOTE
        else:
            needed = SWAP
        prob = out.probability(i)
        if prob >= needed and not (seg.label is _HEADLINE and label is _BODY):
            seg.decide(label, "model", out.reason(i), prob)


@runtime_checkable
class LazyModelOutput(Protocol):
    """A model's output that gives a segment's label, probability and reason separately."""

    def label(self, i: int) -> Label: ...

    def probability(self, i: int) -> float: ...

    def reason(self, i: int) -> str: ...


class _Eager:
    """:class:`LazyModelOutput` over a plain sequence of ``(label, probability, reason)``."""

    def __init__(self, items: Sequence[tuple[Label, float, str]]) -> None:
        self._items = items

    def label(self, i: int) -> Label:
        return self._items[i][0]

    def probability(self, i: int) -> float:
        return self._items[i][1]

    def reason(self, i: int) -> str:
        return self._items[i][2]
