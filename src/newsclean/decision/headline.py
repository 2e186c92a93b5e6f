"""Which line is the article's own title?

Looked for in the :data:`WINDOW` lines above the first paragraph of the
article, skipping lines a rule already claimed (byline, caption, date, ads,
menus). Among the headline-like lines there, the score prefers a full title
(4-20 words) close to the body; a short kicker ("WORLD") or an in-article
subheading loses to a longer title above it.
"""

from __future__ import annotations

from newsclean.detectors.page import Page
from newsclean.types import Label

WINDOW = 15
#: a rule at least this sure keeps a line from being the headline
CLAIMED = 0.7


def headline_score(page: Page, i: int, distance: int) -> float:
    shape = page.shapes[i]
    if shape.words == 0 or shape.words > 30 or shape.list_marker:
        return 0.0
    if shape.prose and shape.words > 20:
        return 0.0
    if shape.sentence_end and not shape.text_question and shape.words > 12:
        return 0.0
    size = min(shape.words, 14) / 14
    if shape.words < 3:
        size *= 0.3
    return size + 0.25 * shape.title_ratio - 0.04 * distance


def find_headline(page: Page, first_body: int) -> int | None:
    best: tuple[float, int] | None = None
    lo = max(0, first_body - WINDOW)
    for i in range(first_body - 1, lo - 1, -1):
        v = page.best(i)
        if v is not None and v.score >= CLAIMED and v.label is not Label.HEADLINE:
            continue
        score = headline_score(page, i, first_body - i)
        if score > 0.2 and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best else None
