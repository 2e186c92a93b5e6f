"""HTML pages: which blocks the line rules read, and the labels of the blocks they do not.

On a page whose main content newsclean's DOM finder found, the article lies in
it or right next to it; the menus, rails and footers far from it are most of
the page's blocks and never article. :func:`rules_window` bounds the blocks the
line rules read (:attr:`~newsclean.types.Options.rules_window`), and
:func:`label_far` labels the others from their markup alone.
"""

from __future__ import annotations

from newsclean.detectors.page import Page
from newsclean.detectors.rules import ALL_LANGS
from newsclean.detectors.rules import dom as dom_rules
from newsclean.types import KEEP, Label, Segment


def rules_window(segments: list[Segment], margin: int) -> tuple[int, int] | None:
    """The blocks ``[start, end)`` an HTML page's rules read; None for all of them (or ``margin`` 0).

    On a page whose main content the DOM finder found, the article lies in it
    or next to it (the headline and standfirst above it, its last lines below).
    The menus, rails and footers far from it make most of a page's blocks
    (three in five on the real pages of the benchmark) and none of them is
    ever kept, so the line rules, most of an HTML page's cost, read only the
    blocks from ``margin`` (:attr:`Options.rules_window`) above its first block
    to ``margin`` below its last; the others are labelled from their markup
    (:func:`label_far`). On those pages the article came out the same with
    every block read, a margin of 40 and of 20 (the 181 real pages and
    ``corpus/html``); at 10, six kept lines lay outside.
    """
    if margin <= 0:
        return None
    hinted = [i for i, s in enumerate(segments) if s.dom is not None and s.dom.get("main_hint")]
    if not hinted:
        return None
    start, end = max(hinted[0] - margin, 0), min(hinted[-1] + margin + 1, len(segments))
    return None if start == 0 and end == len(segments) else (start, end)


def label_far(segments: list[Segment], window: tuple[int, int]) -> None:
    """Label the blocks outside ``window`` (:func:`rules_window`) from their markup alone.

    The markup rules (:mod:`newsclean.detectors.rules.dom`: ``<nav>``, a footer,
    class words such as "related" or "ad") give their label; a block they say
    nothing about is page furniture (``chrome``). None of them is article.
    """
    far = segments[: window[0]] + segments[window[1] :]
    page = Page.of(far)
    dom_rules.detect(page, ALL_LANGS)
    for i, seg in enumerate(far):
        v = page.best(i)
        if v is not None and v.label not in KEEP:
            seg.decide(v.label, v.detector, v.rule + (f": {v.match!r}" if v.match else ""), v.score)
        else:
            seg.decide(Label.CHROME, "rules", FAR_REASON, 0.55)


#: the reason of a block :func:`label_far` found nothing to say about
FAR_REASON = "decision.far_from_main_content: far from the page's main content, no markup cue (HTML)"
