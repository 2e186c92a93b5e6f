"""Is the page a teaser index (a section front, a tag or topic page) with no article?

:func:`~newsclean.decision.span.is_index_page` reads the best cluster of prose
for runs of teaser units. On many section fronts the teasers carry no summary,
or one: the best cluster is then a single teaser summary or a photo caption that
read as prose, and it looks like a thin article. :func:`thin_teaser_page` reads
the page around it instead:

* no story: nowhere near the thin "article" do two sentences follow each other
  (an article's paragraphs do; an index has one summary per teaser, between its
  title and its credit), and no paragraph is long (a paywalled article's lead);
* the "article" is thin: its prose has fewer than :data:`THIN_WORDS` words, and no
  byline block with a dated year sits right under its first line (an article's lead
  over "By Tom Field / 12 March 2025"; a teaser's credit gives its age: "2 hours ago");
* the page is made of teasers: at least :data:`MIN_TEASER_TITLES` headline-like
  lines that are no item of a numbered list, hold no figures and no rule took
  for anything but a teaser or a list of stories.

A short real article (a brief, a paywalled stub, a gallery) has two sentences in
a row or a long lead, or too few teaser titles around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.types import Label

if TYPE_CHECKING:  # pragma: no cover
    from newsclean.decision.span import Cluster

#: the best cluster of prose of an index page holds fewer words than this (a summary and a
#: caption); a brief's two or three paragraphs hold more
THIN_WORDS = 60
#: a paragraph of at least this many words is an article's lead (a paywalled stub), not a
#: teaser's summary
LEAD_WORDS = 35
#: a sentence line that continues a story has at least this many words
SENTENCE_WORDS = 3
#: an index page has at least this many teaser titles outside its best cluster
MIN_TEASER_TITLES = 4
#: a teaser title has at least this many words ...
TITLE_WORDS = 4
#: ... and at most this share of digits (a price list, a table's row, a score are no titles)
TITLE_DIGITS = 0.05
#: how far around the best cluster two sentences in a row are looked for
REACH = 12
#: a page with this many clock times each over a sentence, near the thin text, is a live blog
LIVE_ENTRIES = 3
#: a rule verdict this sure makes a line no sentence of the story (a cookie notice, a caption)
CLAIMED = 0.75

#: the byline block under an article's lead starts right under it and has at most this many lines
BYLINE_REACH = 3
#: a year in a date: "12 March 2025", "05/12/2026", "2026-03-12"
YEAR = lazyrx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

_TEASER_LABELS = frozenset({None, Label.SIDEBAR, Label.PROMO})

#: Chinese and Japanese are written without spaces: a line's words are its space-separated
#: words plus one for every :data:`WIDE_PER_WORD` of these characters (as the HTML finder
#: counts them), so that a Japanese article's paragraphs are paragraphs here too
_WIDE = lazyrx.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
WIDE_PER_WORD = 2


def _words(page: Page, i: int) -> int:
    """Line ``i``'s words, counting the characters of scripts written without spaces."""
    words = page.shapes[i].words
    text = page.texts[i]
    if text.isascii():
        return words
    return words + len(_WIDE.findall(text)) // WIDE_PER_WORD


def thin_teaser_page(page: Page, core: Cluster) -> bool:
    """The best cluster is a thin text on a page of teasers, with no story near it."""
    if core.words >= THIN_WORDS or sum(_words(page, i) for i in core.members) >= THIN_WORDS:
        return False
    lo = max(0, core.start - REACH)
    hi = min(len(page), core.end + REACH)
    if _story(page, lo, hi) or _dated_byline(page, core.start) or _live_entries(page, lo, hi) >= LIVE_ENTRIES:
        return False
    return teaser_titles(page, set(core.members)) >= MIN_TEASER_TITLES


def _live_entries(page: Page, lo: int, hi: int) -> int:
    """How many of lines ``lo`` to ``hi`` are a bare clock time over a sentence: a live blog's entries.

    A live blog of short entries ("23:48 / Turnout is 97 per cent in Yeşilova.") reads like
    teasers, each with its time; a feed of other stories puts a title (no full stop) under its
    time, or its age ("2 hours ago").
    """
    from newsclean.decision.span import CLOCK

    count = 0
    for i in range(lo, min(hi, len(page) - 1)):
        if page.shapes[i].words <= 2 and CLOCK.match(page.texts[i]) and _sentence(page, i + 1):
            count += 1
    return count


def _dated_byline(page: Page, first: int) -> bool:
    """A byline block right under the first line of prose carries a date with its year.

    That is an article's standfirst or lead over its byline ("By Tom Field / 12 March
    2025"); a teaser's credit gives its age or reading time ("2 hours ago", "4 min read").
    """
    for i in range(first + 1, min(len(page), first + 1 + BYLINE_REACH)):
        if not page.has(i, Label.BYLINE):
            return False
        if YEAR.search(page.texts[i]):
            return True
    return False


def _sentence(page: Page, i: int) -> bool:
    """An unclaimed line that ends like a sentence (or announces one: "Her answer:"). A caption
    told by its shape alone (``caption.scene``, weak) counts: it reads as a sentence, and a short
    article with one between its lead and a list is no index page."""
    shape = page.shapes[i]
    if not shape.terminal or shape.list_marker or _words(page, i) < SENTENCE_WORDS:
        return False
    best = page.best(i)
    return (
        best is None
        or (best.score < CLAIMED and best.label not in (Label.CAPTION, Label.BYLINE))
        or best.rule.startswith("caption.scene")
    )


def _story(page: Page, lo: int, hi: int) -> bool:
    """Lines ``lo`` to ``hi`` hold a story: two sentence lines in a row, or a long paragraph."""
    prev = False
    for i in range(lo, hi):
        here = _sentence(page, i)
        if here and (prev or _words(page, i) >= LEAD_WORDS):
            return True
        prev = here
    return False


def teaser_titles(page: Page, skip: set[int]) -> int:
    """How many lines (not in ``skip``) read as the title of a teaser."""
    count = 0
    for i, shape in enumerate(page.shapes):
        if (
            shape.title_like
            and not shape.prose
            and shape.words >= TITLE_WORDS
            and not shape.list_marker
            and shape.digit_ratio <= TITLE_DIGITS
            and i not in skip
            and page.label_of(i) in _TEASER_LABELS
        ):
            count += 1
    return count


def kept_story(page: Page) -> bool:
    """The lines labelled ``body`` hold a story: two sentence lines in a row, or a long paragraph.

    Where the rules found no article (an index page), what the model alone keeps
    is an article only when it is one: teaser titles and their one-sentence
    summaries, one after the other, are not.
    """
    prev = False
    for i, (seg, shape) in enumerate(zip(page.segments, page.shapes, strict=True)):
        here = seg.label is Label.BODY and shape.terminal and (words := _words(page, i)) >= SENTENCE_WORDS
        if here and (prev or words >= LEAD_WORDS):
            return True
        prev = here
    return False
