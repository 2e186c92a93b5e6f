"""Where is the article?  The span of the page that holds its prose.

1. *Content* lines are paragraphs of prose that no rule claimed strongly.
2. Content lines are grouped into clusters; a cluster ends where the gap to the
   next content line holds a *terminal* marker (readers' comments, copyright,
   a tag list) or a block of furniture (:data:`MAX_FURNITURE_GAP` labelled lines
   or :data:`MAX_GAP` lines of anything).
3. The cluster with the most prose words is the article's core; neighbouring
   clusters join it when nothing terminal stands between and they read like an
   article continuing (not a list of teasers with one summary each). This keeps
   paragraphs that sit after an in-article widget.
4. A page whose best cluster is a run of teaser units (headline-like line +
   one short summary, repeated) is an index page: no article (see :func:`is_index_page`).
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from itertools import pairwise

import regex

from newsclean import lazyrx
from newsclean.decision.index_page import thin_teaser_page
from newsclean.detectors.page import Page
from newsclean.detectors.rules.chrome import COMMENTS_FROM, opens_comments
from newsclean.detectors.rules.patterns import LETTER_SIGNATURE, SOURCE_LINE_WORDS
from newsclean.segments.shape import SUFFIXING_LANGS, suffixing_prose
from newsclean.types import Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_FURNITURE = frozenset({Label.SIDEBAR, Label.CHROME, Label.AD})
_TEASER_ABOVE = frozenset({None, Label.SIDEBAR, Label.PROMO})

#: a rule verdict at least this sure keeps a prose line out of the content
STRONG = 0.75
#: more labelled furniture lines than this between two paragraphs split clusters
MAX_FURNITURE_GAP = 4
#: more lines than this between two paragraphs split clusters
MAX_GAP = 10
#: a short paragraph after the article joins it across at most this many lines no rule claimed
MAX_UNCLAIMED_GAP = 20
#: a neighbouring cluster joins the core only with at least this many prose words
MIN_JOIN_WORDS = 25

#: a live blog's time stamp: "12.31 GMT", "14:05", "18h40"
CLOCK = lazyrx.compile(
    r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|utc|cet|cest|et|est|edt|pt|ist))?\.?$",
    regex.I,
)

TERMINAL_RULES = ("chrome.comment_marker", "chrome.copyright", "chrome.tag_list", "dom.comments")


@dataclass
class Cluster:
    members: list[int]
    words: int

    @property
    def start(self) -> int:
        return self.members[0]

    @property
    def end(self) -> int:
        return self.members[-1] + 1


#: in trafilatura's main content (HTML), a rule must be at least this sure to keep a line out
HINT_OVERRULES = 0.7
#: the same for newsclean's own (DOM) main content: a whole container, bylines and
#: widgets included, so a weaker rule (a byline's class word) is enough
DOM_HINT_OVERRULES = 0.65


def hint_overrules(page: Page) -> float:
    """How sure a rule must be to keep a line of the hinted main content out of the article."""
    return DOM_HINT_OVERRULES if page.hint_source == "dom" else HINT_OVERRULES


def is_content(page: Page, i: int) -> bool:
    """A paragraph of the article: prose no rule claimed strongly.

    With the main-content hint (HTML), any line of some length inside the main
    content counts too (score lines, short paragraphs, text in languages
    without our function words).
    """
    shape = page.shapes[i]
    if page.hinted:
        if not page.in_main(i) or not (shape.prose or shape.words >= 5 or shape.chars >= 30):
            return False
        dom = page.segments[i].dom
        if page.hint_source == "dom" and dom and (dom.get("is_link") or _linked_line(dom)):
            return False  # a link ("Continue reading the main story") does not start or carry the article
    elif (
        not shape.prose
        and not (page.lang in SUFFIXING_LANGS and suffixing_prose(shape))
        and not _split_by_link(page, i)
    ):
        return False  # (Turkish sentences hold few free-standing function words)
    best = page.best(i)
    return best is None or best.score < STRONG


#: a line whose text is this share link text at least is links (with separators between:
#: "jane@example.com | More stories by Jane"), not a paragraph
LINKED_LINE = 0.9


def _linked_line(dom: dict[str, object]) -> bool:
    density = dom.get("link_density")
    return isinstance(density, float) and density >= LINKED_LINE


def _terminal(page: Page, i: int) -> bool:
    vs = page.verdicts[i]
    if not vs or not any(v.rule.startswith(TERMINAL_RULES) for v in vs):
        return False
    if page.hint_source == "dom" and _comments_link_in_flow(page, i):
        return False
    if any(v.rule.startswith(TERMINAL_RULES) and v.rule != "chrome.comment_marker" for v in vs):
        return True
    thread = _comment_thread_start(page)
    if thread is not None and i <= thread <= i + THREAD_HEADING_REACH:
        return True  # the thread's first header, or its heading ("Comments") right above it
    # a comment counter high up the page sits in the byline's share bar ("5 comments"): the
    # article goes on below it, unless comments follow (as in chrome.detect_comment_threads)
    if _post_counters(page, i):
        # (the bar's own counters read as the comments' controls: look under the bar)
        end = i + 1
        while end < len(page) and any(v.rule in _POST_COUNTER_RULES for v in page.verdicts[end]):
            end += 1
        return opens_comments(page, end - 1)
    return i >= len(page) * COMMENTS_FROM or opens_comments(page, i) or _dated_posts_follow(page, i)


#: HTML: a comments heading opens a thread when at least this many of the lines right under it
#: are a reader's name with a date and time, each a post's header
DATED_POSTS = 2
_POST_HEADER_RULES = frozenset(("byline.date_only", "byline.place_date"))
_POST_TIME = lazyrx.compile(r"\b\d{1,2}[:.]\d{2}\b")
POST_HEADER_WORDS = 8


def _dated_posts_follow(page: Page, i: int) -> bool:
    """HTML (newsclean's DOM hint): the comments heading ``i`` ("Commenti dei lettori (3)") sits over
    readers' posts, each under a short header of a name, a date and a time ("Franco T. -
    22/10/2025 11:03"): :data:`DATED_POSTS` such headers among the next four lines. (A page laid
    out in tables has the thread in the article's own cell, high up the page.)"""
    if page.hint_source != "dom":
        return False
    # header, post, header, post: a header's next line is the reader's text, no header (a
    # byline block's "Published ... 09:00" over "Updated ... 11:03" under a share bar's counter)
    headers = 0
    j = i + 1
    while j + 1 < min(len(page), i + 5):
        if _post_header(page, j) and not _post_header(page, j + 1) and page.shapes[j + 1].words >= 3:
            headers += 1
            j += 2
        else:
            j += 1
    return headers >= DATED_POSTS


def _post_header(page: Page, j: int) -> bool:
    return (
        page.shapes[j].words <= POST_HEADER_WORDS
        and any(v.rule in _POST_HEADER_RULES for v in page.verdicts[j])
        and _POST_TIME.search(page.texts[j]) is not None
    )


#: an embedded post's counter bar has at most this many words a line ("318 comments")
POST_COUNTER_WORDS = 3
_POST_COUNTER_RULES = frozenset(("chrome.reactions", "chrome.counter"))


def _post_counters(page: Page, i: int) -> bool:
    """Line ``i``, a bare comment count, is one of an embedded post's counters, no comments' start.

    A social post quoted in the article ends in its counters, one a line ("👍 1.2K",
    "318 comments", "540 shares"): a comment count right under or over another
    counter (``chrome.reactions``, ``chrome.counter``) is that bar's, and the article
    goes on below it.
    """
    if page.shapes[i].words > POST_COUNTER_WORDS or not _DIGIT.search(page.texts[i]):
        return False
    return any(
        0 <= j < len(page) and any(v.rule in _POST_COUNTER_RULES for v in page.verdicts[j]) for j in (i - 1, i + 1)
    )


#: a comments link has at most this many words ("Comments", "12 comments")
COMMENTS_LINK_WORDS = 3


def _comments_link_in_flow(page: Page, i: int) -> bool:
    """HTML: line ``i`` is a comments link or counter between two paragraphs of the main content.

    A "Comments" button or a comment count set inside the article's container
    (newsclean's own DOM hint) is no end of the article: the main content goes
    on below it. It is such a link when its only terminal verdicts are comment
    ones, it has at most :data:`COMMENTS_LINK_WORDS` words, and the lines right
    above and below are in the main content, the one below a paragraph of prose.
    """
    if page.shapes[i].words > COMMENTS_LINK_WORDS or not 0 < i < len(page) - 1:
        return False
    if not (page.in_main(i - 1) and page.in_main(i + 1) and page.shapes[i + 1].prose):
        return False
    return all(v.rule in _COMMENT_RULES for v in page.verdicts[i] if v.rule.startswith(TERMINAL_RULES))


_COMMENT_RULES = frozenset(("chrome.comment_marker", "dom.comments"))


def _split(page: Page, a: int, b: int) -> bool:
    """Do content lines a < b belong to different clusters?

    A picture gallery between two paragraphs (captions and their "Image 3 of 9"
    markers) is part of the article: its lines count neither as gap nor as furniture.
    A readers' poll counts as one line of furniture, however many answers it has.
    HTML (newsclean's DOM hint): the cells of a table inside the main content between two
    paragraphs that are in no table themselves (line-ups, results, a story's figures) are
    the story's own table and count as no gap (:func:`_story_table_cell`).
    """
    verdicts = page.verdicts
    gap = furniture = 0
    tabled = b - a > MAX_GAP and page.hint_source == "dom" and not _in_table(page, a) and not _in_table(page, b)
    # both counts only grow: the answer is yes as soon as one is over its limit
    for k in range(a + 1, b):
        if tabled and _story_table_cell(page, k):
            continue
        if not verdicts[k]:  # no verdict: not terminal, no picture, no furniture
            if _ranked_row(page, k) and _ranked_row(page, k - 1):
                continue  # a ranking's rows ("2. Mathis Carrel (Fra/Alpes Cycling) à 2''") count as one line
            gap += 1
            if gap > MAX_GAP:
                return True
            continue
        if _terminal(page, k):
            return True
        if _picture(page, k) or _inside_poll(page, k):
            continue
        gap += 1
        if page.label_of(k) in _FURNITURE:
            furniture += 1
        if gap > MAX_GAP or furniture > MAX_FURNITURE_GAP:
            return True
    return False


#: a race's result row: a place, a name, a time or a gap at its end: "1. Jens Vervaecke
#: (Bel/Lotto-Ardennes) les 187 km en 4h21'37''", "3. Mathis Carrel à 15''", "2. Thijs Venne +0:08"
#: (not a league's standings with its points, "1. Vitória do Cávado 31": the site's widget)
RANKED_ROW = lazyrx.compile(
    r"^\s*\d{1,2}[.)]\s+\p{Lu}.{1,100}?\s(?:[+à]\s?)?"
    r"(?:\d{1,3}h\d{2}['’′]\d{2}(?:''|’’|″)?|\d{1,2}['’′]\d{2}(?:''|’’|″)|\d{1,2}(?:''|’’|″)|\d{1,2}:\d{2}:\d{2}|\+\d{1,2}:\d{2})\s*$"
)


def _ranked_row(page: Page, k: int) -> bool:
    """Line ``k``, unclaimed, is a numbered row of a ranking (:data:`RANKED_ROW`)."""
    return not page.verdicts[k] and page.shapes[k].list_marker and RANKED_ROW.match(page.texts[k]) is not None


def _in_table(page: Page, i: int) -> bool:
    dom = page.segments[i].dom
    return bool(dom and dom.get("in_table"))


def _story_table_cell(page: Page, k: int) -> bool:
    """HTML: line ``k`` is a table cell of the main content that no rule claimed (a cell of a
    data table set between two paragraphs; a page laid out in tables has its paragraphs in
    cells too, which :func:`_split` tells apart)."""
    return not page.verdicts[k] and _in_table(page, k) and page.in_main(k)


def story_tables(page: Page, lo: int, hi: int) -> set[int]:
    """Lines ``lo`` to ``hi`` (exclusive) that are rows of a table of figures: pipe-separated
    rows (:func:`table_rows`) or a table flattened one cell per line under its column names
    (:func:`titled_cell_table`; a league's standings are the site's widget, not the story's)."""
    texts, shapes = page.texts, page.shapes
    # both kinds need lines with figures: most gaps (a menu, a list of links) have next to none
    if sum(1 for k in range(lo, hi) if shapes[k].digit_ratio > 0) < TABLE_ROWS:
        return set()
    out: set[int] = set()
    if any(_columns(texts[k]) for k in range(lo, hi)):
        out.update(k for k in table_rows(page) if lo <= k < hi)
    k = lo
    while k < hi:
        # both tables open with a short unclaimed line (a title, a column's name, a cell)
        short = not page.verdicts[k] and not shapes[k].prose and 0 < shapes[k].words <= TABLE_TITLE_WORDS
        flat = 0
        if short and k not in out:
            flat = titled_cell_table(page, k)
            if flat and not _figure_cells(page, k, min(hi, k + flat)):
                flat = 0  # figures in words ("Politics (13)", a blog's categories with their counts)
            flat = flat or _figure_run(page, k, hi)
        if flat:
            out.update(range(k, min(hi, k + flat)))
            k += flat
        else:
            k += 1
    return out


#: a table flattened one cell per line whose column names hold figures ("Q2 FY27", "2025"):
#: at least TABLE_CELLS short lines in a row, no prose, no sure verdict, and at least this
#: share of them figure cells (a menu or a list of links has next to none; "Top 10" or
#: "Page 2" is a word with a figure, no cell of figures) ...
RUN_FIGURES = 0.3
#: ... a figure cell being at least this share digits ("612.4", "£0.45", "1.4km", "Spring 2029")
FIGURE_CELL = 0.25


def _figure_cells(page: Page, lo: int, hi: int) -> bool:
    """At least :data:`RUN_FIGURES` of lines ``lo`` to ``hi`` are cells of figures."""
    return sum(1 for k in range(lo, hi) if page.shapes[k].digit_ratio >= FIGURE_CELL) >= RUN_FIGURES * (hi - lo)


def _figure_run(page: Page, i: int, hi: int) -> int:
    """How many lines from ``i`` (before ``hi``) are such a run of cells; 0: none."""
    shapes = page.shapes
    k = figures = 0
    for k in range(i, hi):
        shape = shapes[k]
        if shape.prose or shape.words == 0 or shape.words > CELL_WORDS or ends_table(page.best(k)):
            break
        figures += shape.digit_ratio >= FIGURE_CELL
    else:
        k = hi
    run = k - i
    return run if run >= TABLE_CELLS and figures >= RUN_FIGURES * run else 0


def _inside_poll(page: Page, k: int) -> bool:
    """A readers' poll between two paragraphs counts as one line: its last (the vote button)."""
    return k + 1 < len(page) and _has_rule(page, k, "chrome.poll") and _has_rule(page, k + 1, "chrome.poll")


def _has_rule(page: Page, k: int, rule: str) -> bool:
    return any(v.rule == rule for v in page.verdicts[k])


def _picture(page: Page, k: int) -> bool:
    best = page.best(k)
    return best is not None and (
        best.label is Label.CAPTION or any(v.rule == "chrome.photo_marker" for v in page.verdicts[k])
    )


def clusters(page: Page, content: list[int]) -> list[Cluster]:
    out: list[Cluster] = []
    for i in content:
        w = page.shapes[i].words
        if out and not _split(page, out[-1].members[-1], i):
            out[-1].members.append(i)
            out[-1].words += w
        else:
            out.append(Cluster([i], w))
    return out


def teaser_units(page: Page, members: list[int], min_words: int = 0) -> int:
    """How many content lines read as a teaser summary under a headline-like line
    (of at least ``min_words`` words)."""
    units = 0
    for i in members:
        j = i - 1
        if j < 0:
            continue
        prev = page.shapes[j]
        if (
            prev.title_like
            and not prev.prose
            and prev.words >= min_words
            and page.label_of(j) in _TEASER_ABOVE
            and not _clocked(page, j)
        ):
            units += 1
    return units


def _clocked(page: Page, j: int) -> bool:
    """A live blog's entry: its title line ``j`` comes right after the entry's time stamp."""
    return j > 0 and CLOCK.match(page.texts[j - 1]) is not None


def _longest_run(page: Page, members: list[int]) -> int:
    """Longest run of content lines with nothing (but blank lines) between them."""
    best = run = 0
    prev = -2
    for i in members:
        run = run + 1 if i == prev + 1 else 1
        best = max(best, run)
        prev = i
    return best


#: a thin text with at least this many lines with figures carried after it (a timetable, a list
#: of prices; teaser titles with a colon have none) or a table of figures among its paragraphs
#: is a short article, no teaser's summary
STORY_FACT_LINES = 3


def is_index_page(page: Page, core: Cluster, carried: int = 0) -> bool:
    """A section front / tag page: teaser units everywhere, no run of paragraphs.

    ``carried``: how many lines with figures :func:`extend_end` carried past the core.
    """
    n = len(core.members)
    if _credited_teasers_only(page, core):
        return True
    if thin_teaser_page(page, core) and not (carried >= STORY_FACT_LINES or story_tables(page, core.start, core.end)):
        return True
    if n < 3:
        return False
    units = teaser_units(page, core.members)
    words = sorted(page.shapes[i].words for i in core.members)
    median = words[n // 2]
    if not (units >= 3 and units / n >= 0.5 and median < 45 and _longest_run(page, core.members) < 3):
        return False
    # teasers carry their own author/date lines, one set per teaser; an article has one
    # byline block (and maybe a bio at the end), letters, Q&A and live blogs have none
    members = core.members
    tables = table_rows(page)  # a row of a table of figures ("Line | 27 March | No trains") credits nobody
    credited_gaps = sum(
        1
        for a, b in pairwise(members)
        if any(_credit(page, i) and i not in tables for i in range(a + 1, min(b, a + 1 + CREDIT_AFTER)))
    )
    return credited_gaps >= max(3, units // 2) or (credited_gaps >= 2 and units / n >= 0.75)


#: a teaser's author or date line follows its summary within this many lines; a credit
#: further down (a date in a list of the story, the byline of a box) is no teaser's
CREDIT_AFTER = 2
#: a page with at least this many credited teasers (headline-like line, then an author
#: or date line within :data:`CREDIT_REACH` lines) can be an index page
MIN_CREDITED_TEASERS = 3
CREDIT_REACH = 3
#: on an index page, a core line that is no teaser summary is a short blurb (the section's
#: description, a caption): at most this many words
BLURB_WORDS = 30
#: ... and there are at most this many of them (a Q&A's short answers are many)
MAX_BLURBS = 3


def _credited_teasers_only(page: Page, core: Cluster) -> bool:
    """The best "article" is a teaser summary or two on a page full of credited teasers.

    A section front whose teasers each carry a summary splits into clusters of one
    summary each, so the core holds one or two of them: each sits between its own
    headline-like line and its own author or date line (``title / summary / By X /
    2h ago``), and nothing in the core is a run of paragraphs. An article's lead can
    sit between its headline and its byline too, but more paragraphs follow it.
    """
    members = core.members
    if core.words >= 200:
        return False
    first = next((k for k, i in enumerate(members) if _teaser_summary(page, i)), None)
    if first is None:
        return False
    # above the first summary only short blurbs; from it on, summaries only (an article's
    # lead between headline and byline is followed by more paragraphs)
    if first > MAX_BLURBS or any(page.shapes[i].words >= BLURB_WORDS for i in members[:first]):
        return False
    # (a teaser card's photo caption can sit among them)
    if not all(
        _teaser_summary(page, i) or _teaser_title(page, i) or page.label_of(i) is Label.CAPTION
        for i in members[first + 1 :]
    ):
        return False
    return _credited_teasers(page) >= MIN_CREDITED_TEASERS


def _teaser_summary(page: Page, i: int) -> bool:
    if i == 0:
        return False
    prev = page.shapes[i - 1]
    if not (
        prev.title_like and (not prev.prose or _asks(page, i - 1)) and page.label_of(i - 1) in _TEASER_ABOVE
    ) or _clocked(page, i - 1):
        return False
    return any(_credit(page, j) for j in range(i + 1, min(i + 3, len(page))))


def _asks(page: Page, i: int) -> bool:
    """Line ``i`` ends in a question or exclamation mark: a teaser's title can ("Did the City
    Really Ban Backyard Chickens?"), though it reads as prose."""
    return page.texts[i].rstrip().endswith(("?", "!", "？", "！"))


def _teaser_title(page: Page, i: int) -> bool:
    """A question or exclamation as a teaser's title, over its own summary ("Did the City
    Really Ban Backyard Chickens?" / "A bylaw change limits flocks ..." / "2h")."""
    return i + 1 < len(page) and _asks(page, i) and _teaser_summary(page, i + 1)


def _credited_teasers(page: Page) -> int:
    """Author/date blocks with a headline-like line at most :data:`CREDIT_REACH` lines above."""
    count = 0
    for i in range(1, len(page)):
        if not _credit(page, i) or _credit(page, i - 1):
            continue
        if any(page.shapes[k].title_like and not page.shapes[k].prose for k in range(max(0, i - CREDIT_REACH), i)):
            count += 1
    return count


def _credit(page: Page, i: int) -> bool:
    """An author or date line between two paragraphs; a live blog's bare clock time is none."""
    return page.has(i, Label.BYLINE) and not CLOCK.match(page.texts[i])


def _list_item(page: Page, k: int) -> bool:
    """An unclaimed bulleted or numbered line: an item of a list of the story ("Key points",
    a checklist) counts no more than a picture between two paragraphs."""
    return page.shapes[k].list_marker and not page.verdicts[k]


def _joinable(page: Page, left: Cluster, right: Cluster, candidate: Cluster) -> bool:
    for k in range(left.members[-1] + 1, right.members[0]):
        if _terminal(page, k):
            return False
    if candidate.words < MIN_JOIN_WORDS:
        # a lone short paragraph joins only when it is close (a widget or a gallery between;
        # above the article, the bullets of a "Key points" box count no more than a picture:
        # below it, a bulleted list is more often one of other stories), or, after the
        # article, when no rule claimed any line between (a line-up, a list of the story;
        # above the article such lines are more often a menu)
        gap = range(left.members[-1] + 1, right.members[0])
        between = sum(1 for k in gap if not _picture(page, k) and not (candidate is left and _list_item(page, k)))
        if between > MAX_GAP + 1:  # a table of the story's figures counts no more than a picture
            between -= len(story_tables(page, gap.start, gap.stop))
        near = between <= MAX_GAP + 1 or (
            candidate is right and between <= MAX_UNCLAIMED_GAP and not any(page.verdicts[k] for k in gap)
        )
        return near and page.shapes[candidate.members[0]].sentence_end
    n = len(candidate.members)
    # above the core, a short title-like line over a paragraph is the story's subheading
    # (the lead part of a review before its spec table); below it, a list of other
    # stories often has short titles (a podcast's name)
    units = teaser_units(page, candidate.members, TEASER_TITLE_WORDS if candidate is left else 0)
    if n >= 2 and units / n >= 0.7 and _longest_run(page, candidate.members) < 2:
        units -= _answers(page, candidate.members)  # a questions-and-answers box of the story
    if n >= 2 and units / n >= 0.7 and _longest_run(page, candidate.members) < 2:
        return False
    # a menu or link list between (a long run of short lines) separates two texts,
    # unless what lies beyond is a substantial run of paragraphs
    if page.hinted:
        return True  # HTML: the main-content hint already bounds the article
    lo, hi = left.members[-1] + 1, right.members[0]
    gap_run = _longest_short_run(page, lo, hi)
    if gap_run >= MENU_RUN and (tables := story_tables(page, lo, hi)):
        gap_run = _longest_short_run(page, lo, hi, tables)  # a flattened table of the story is no menu
    return gap_run < MENU_RUN or (candidate.words >= 120 and _longest_run(page, candidate.members) >= 2)


def _answers(page: Page, members: list[int]) -> int:
    """How many content lines sit under a question ("Can I still cycle across?") or under an
    unclaimed line announcing them ("The council posted:"): answers and quoted posts of the
    story, not teaser summaries under their titles."""
    answers = 0
    for i in members:
        if i == 0:
            continue
        above = page.texts[i - 1].rstrip()
        if above.endswith(("?", "？", "¿")) or (above.endswith(":") and not page.verdicts[i - 1]):
            answers += 1
    return answers


#: a cluster of teasers above the article has titles of at least this many words; a shorter
#: title-like line above a paragraph is the story's subheading ("Our verdict", "Design")
TEASER_TITLE_WORDS = 5
#: this many short unclaimed lines in a row (a menu, a link list) stop clusters joining
MENU_RUN = 20


def _longest_short_run(page: Page, lo: int, hi: int, skip: Set[int] = frozenset()) -> int:
    best = run = 0
    for k in range(lo, hi):
        shape = page.shapes[k]
        if k in skip:
            continue  # neither a menu's line nor the end of one
        if shape.words <= 4 and not shape.terminal and not shape.list_marker:
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


#: a table of the story: at least this many rows in a row, each with the same number of
#: " | "-separated cells, most of them with figures ("Umsatz | 6,9 Mrd. | 7,6 Mrd.")
TABLE_ROWS = 3
TABLE_CELL_WORDS = 8


def table_rows(page: Page) -> set[int]:
    """Lines that are rows of a data table (cells with figures, set apart by "|" or by runs of spaces).

    A row has a "|" or two spaces in a row; only runs of consecutive lines with
    one are read (found with one scan of the page, :meth:`Page.containing`), not every line.
    """
    rows: set[int] = set()
    piped = sorted(page.containing(("|", "  ")))  # each is in texts[i] exactly when it is in lows[i]
    known: dict[str, int] = {}
    k = 0
    while k < len(piped):
        first = k  # a run of consecutive lines with a "|": lines without one have no cells
        while k + 1 < len(piped) and piped[k + 1] == piped[k] + 1:
            k += 1
        _table_rows_in(page, piped[first], piped[k] + 1, rows, known)
        k += 1
    return rows


def _table_rows_in(page: Page, lo: int, hi: int, rows: set[int], known: dict[str, int]) -> None:
    """The table rows of lines ``lo`` to ``hi`` (exclusive), each of which has a "|" or two spaces;
    ``known`` holds the cell count of each text read so far (a menu line repeats)."""
    cells_of = []
    for i in range(lo, hi):
        text = page.texts[i]
        count = known.get(text)
        if count is None:
            count = known[text] = _cells(text)
        cells_of.append(count)
    i = lo
    while i < hi:
        cells = cells_of[i - lo]
        if -2 < cells < 2:
            i += 1
            continue
        j = i + 1
        while j < hi and cells_of[j - lo] == cells:
            j += 1
        while j - i > TABLE_ROWS and not page.shapes[j - 1].digit_ratio:
            j -= 1  # a last row without figures is no row of it: a share bar or a menu under the table
        if j - i >= TABLE_ROWS and sum(1 for k in range(i, j) if page.shapes[k].digit_ratio > 0) * 3 >= (j - i) * 2:
            rows.update(range(i, j))
        i = j


#: a table without bars sets its columns apart by runs of spaces: "Ashby Town  0-0  Pellworth United  11,212"
_SPACED = lazyrx.compile(r"\s{2,}")


def _cells(text: str) -> int:
    """How many cells the line has as a row of a table; 0: none. A row of cells set apart by
    spaces counts them negative: it continues no run of rows with bars (a share bar, "Share
    Facebook  X  WhatsApp", under a table of as many columns)."""
    if "|" not in text:
        if "  " not in text:
            return 0
        parts = _SPACED.split(text.strip())
        return -len(parts) if all(len(p.split()) <= TABLE_CELL_WORDS for p in parts) else 0
    text = text.strip()
    # a row whose last cell is empty ("Tom Byfield | Conservative | 1,066 |", no "Elected") keeps
    # its column; a row framed by bars ("| a | b |") has none
    empty_last = text.endswith("|") and not text.startswith("|")
    parts = [p.strip() for p in text.strip("|").split("|")]
    if any(not p or len(p.split()) > TABLE_CELL_WORDS for p in parts):
        return 0
    return len(parts) + empty_last


@dataclass
class Span:
    start: int
    end: int
    core: Cluster
    index_page: bool = False


def extend_end(page: Page, end: int) -> int:
    """Carry the article past its last paragraph over lines no rule claimed.

    Fact boxes, line-ups, "Sources" lists and sign-offs often follow the last
    paragraph; dropping them loses article text. The first line a rule claims
    (share bar, tags, a sidebar heading, an ad) ends the article.
    """
    n = len(page)
    overrules = hint_overrules(page)
    while end < n and page.hinted and page.in_main(end) and not _terminal(page, end):
        best = page.best(end)
        if best is not None and best.score >= overrules:
            break
        end += 1
    tables = table_rows(page) if any(_columns(page.texts[k]) for k in range(end, min(n, end + 3))) else set()
    while end < n and end in tables and not _terminal(page, end):
        end += 1  # a table of figures right after the last paragraph
    cells: set[int] | None = None
    rows: set[int] | None = None
    while end < n and not _terminal(page, end):
        if not page.shapes[end].prose and STANDINGS.match(page.texts[end]):
            break  # a league's standings under the report ("Classement Ligue 2"): the site's widget
        if any(_columns(page.texts[k]) for k in range(end, min(n, end + 3))):
            if rows is None:
                rows = table_rows(page)
            best = page.best(end)
            if (end in rows and (not ends_table(best) or (best is not None and best.rule == "chrome.nav_strip"))) or (
                not page.verdicts[end]
                and _table_heading(page, end)
                # one or two short headings over it: "Around the division", "Saturday's other results"
                and (
                    end + 1 in rows
                    or (end + 2 in rows and not page.verdicts[end + 1] and _table_heading(page, end + 1))
                )
            ):
                end += 1  # a table of figures (its column names read as a menu), or its short heading
                continue
        if (bullets := announced_bullets(page, end)) > 0:
            end += bullets  # a bulleted list the article's last line announces: "What has changed:"
            if end < n and not page.verdicts[end] and page.shapes[end].title_like and not page.shapes[end].terminal:
                break  # a title under the list: a teaser for another story, no line of this one
            continue
        if (timed := _schedule(page, end)) > 0:
            end += timed  # a programme under the story: "17:00" over "Orkiestra Dęta OSP Podgórze", ...
            continue
        if page.verdicts[end] and not _dated_fact(page, end):
            widgets = _widget_run(page, end)
            if widgets and _announced_list(page, end + widgets):
                end += widgets + 1  # a teaser's cue, then the story's line that announces a list of figures
                continue
            if not widgets or not (_headed_fact_box(page, end + widgets) or _table_follows(page, end + widgets)):
                widgets = _widget_run(page, end, PITCH_RULES)
                if not widgets or not announced_bullets(page, end + widgets + 1):
                    widgets = _list_box(page, end)
                    if not widgets or not _rated_box(page, end + widgets):
                        widgets = _chrome_run(page, end)
                        if not widgets or not _sources_list(page, end + widgets):
                            if not (_repeated_widget(page, end) and _headed_fact_box(page, end + 1)):
                                break
                            widgets = 1
            end += widgets  # an ad marker or a teaser's cue between the story and its fact box
            continue
        if _factual(page, end):
            end += 1
        elif page.shapes[end].words <= FACT_LINE_WORDS and _fact_follows(page, end + 1):
            end += 1  # a short heading or line of a fact box: "Il tabellino", "Stadium, town"
        elif announced_item(page, end):
            end += 1  # a line of the list the article's last line announces: "Tour dates:"
        elif page.texts[end - 1].rstrip().endswith(":"):
            if cells is None:
                cells = announced_cells(page)
            if end not in cells:
                break
            while end < n and end in cells:
                end += 1  # a table the article's last line announces, one cell per line
        elif end + 1 < n and not page.verdicts[end + 1] and TWEET_CREDIT.match(page.texts[end + 1]):
            end += 2  # a post the story quotes, embedded: its text, then "— Name (@name) date"
        elif SIGNATURE.match(page.texts[end]) or _signed_letter(page, end):
            end += 1  # a letter's signature under its last paragraph
        elif (flat := titled_cell_table(page, end)) > 0:
            end += flat  # a table of results flattened one cell per line, under its column names
        else:
            break
    return end


#: a bulleted list the article's last line announces has at most this many items ...
MAX_BULLETS = 12
#: ... of at most this many words each
BULLET_WORDS = 16
#: the only verdict an item of it may carry: the context rule that reads a list outside the
#: article as a list of other stories
_BULLET_RULES = frozenset(("sidebar.numbered_run",))


def announced_bullets(page: Page, i: int) -> int:
    """How many lines from ``i`` on are items of a bulleted or numbered list that the line
    above (unclaimed, ending in ":", a phrase of :data:`CELL_INTRO_WORDS` words at least)
    announces: "What has changed:" over "- a parents' room ...", "- a playroom ...".

    Each item has a list marker, at most :data:`BULLET_WORDS` words and no verdict but
    ``sidebar.numbered_run``; a list needs two items at least. 0: no such list."""
    if i == 0 or i >= len(page) or not page.shapes[i].list_marker:
        return 0
    above = i - 1
    if (
        page.verdicts[above]
        or page.shapes[above].words < CELL_INTRO_WORDS
        or not page.texts[above].rstrip().endswith(":")
    ):
        return 0
    items = _list_items(page, i)
    facts = sum(1 for k in range(i, i + items) if _fact_item(page.texts[k]))
    # the items are facts or fragments of a sentence, not titles of other stories ("Read more:" over
    # "• Lifeboat crew rescues three from capsized yacht")
    return items if items >= 2 and 2 * facts >= items else 0


def _list_items(page: Page, i: int) -> int:
    """How many lines from ``i`` on are items of a list: a marker, at most :data:`BULLET_WORDS`
    words and no verdict but ``sidebar.numbered_run``; at most :data:`MAX_BULLETS`."""
    k = i
    while k < len(page) and k - i < MAX_BULLETS:
        shape = page.shapes[k]
        if not shape.list_marker or shape.words > BULLET_WORDS:
            break
        if any(v.rule not in _BULLET_RULES for v in page.verdicts[k]):
            break
        k += 1
    return k - i


def _fact_item(text: str) -> bool:
    """A bulleted item that reads as a fact, not a story's title: a "Key: value" pair ("Northern
    line: 140 extra weekly services") or a fragment starting in lower case ("a playroom with ...")."""
    parts = text.strip().split(" ", 1)  # the marker ("-", "•", "1.") and the item
    item = parts[-1].lstrip()
    return ": " in item or item[:1].islower()


def _columns(text: str) -> bool:
    """The line may be a row of a table: cells set apart by a bar or by a run of spaces."""
    return "|" in text or "  " in text


def _table_heading(page: Page, i: int) -> bool:
    """Line ``i`` is a short heading over a table, no sentence and no menu's link list."""
    shape = page.shapes[i]
    return 0 < shape.words <= TABLE_TITLE_WORDS and not shape.prose and not _columns(page.texts[i])


#: a letter's or a column's signature: "— Edna Clay, Sandgate", "- Dr Samir Haddad" (not the
#: newsroom's credit: "– Staff and wires")
SIGNATURE = lazyrx.compile(
    r"^[—–-]\s?(?!(?i:.*\b(?:staff|wires?|agencies|reporters?|desk)\b))\p{Lu}[\p{L}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{L}.'’ -]{1,40})?$"
)

#: a reader's letter signed without a dash: "Ruth Adeyemi, Lakeview" (a name of two to four
#: capitalised words, a comma, a place) ...
BARE_SIGNATURE = lazyrx.compile(LETTER_SIGNATURE)
#: ... is the last letter's signature under the article's last paragraph when this many letters
#: above it, inside the article, are signed so (a letters page)
SIGNED_LETTERS = 2
#: ... among this many lines above it
SIGNED_LETTERS_SPAN = 80


def _signed_letter(page: Page, end: int) -> bool:
    """Line ``end``, unclaimed, under the article's last paragraph, signs the last letter of a letters
    page: it has the shape of :data:`BARE_SIGNATURE`, and so do :data:`SIGNED_LETTERS` unclaimed lines
    above it, each under a paragraph."""
    if page.verdicts[end] or not BARE_SIGNATURE.match(page.texts[end]):
        return False
    signed = 0
    for k in range(end - 2, max(0, end - SIGNED_LETTERS_SPAN), -1):
        if not page.verdicts[k] and page.shapes[k - 1].prose and BARE_SIGNATURE.match(page.texts[k]):
            signed += 1
            if signed >= SIGNED_LETTERS:
                return True
    return False


#: a table flattened one cell per line has from this many columns ...
CELL_COLUMNS = (3, 8)
#: ... and at least this many rows under its column names
CELL_ROWS = 3
#: a column name has at most this many words
COLUMN_WORDS = 3
#: the heading of a league's standings ("Tabelle", "Klasemen Liga 1", "Classifica")
STANDINGS = lazyrx.compile(
    r"^(?:tabell|tabelle|tabla|league table|standings|klasemen|classifica|clasificación|classement|classificação"
    r"|puan durumu|stand|ranglijst|tabela|турнирная таблица)\b",
    regex.I,
)


#: a flattened table may have up to this many title lines above its column names ("Scorecard",
#: "Westmoor II first innings"), each of at most TABLE_TITLE_WORDS words
TABLE_TITLES = 2
TABLE_TITLE_WORDS = 6


def titled_cell_table(page: Page, i: int) -> int:
    """:func:`cell_table` from line ``i`` on, or under up to :data:`TABLE_TITLES` short unclaimed
    title lines starting at ``i``: how many lines the titles and the table take (0: none)."""
    for titles in range(TABLE_TITLES + 1):
        if titles:
            k = i + titles - 1
            if (
                k >= len(page)
                or page.verdicts[k]
                or page.shapes[k].words > TABLE_TITLE_WORDS
                or page.shapes[k].prose
                or STANDINGS.match(page.texts[k])
            ):
                return 0
        flat = cell_table(page, i + titles)
        if flat:
            return titles + flat
    return 0


def cell_table(page: Page, i: int) -> int:
    """How many lines from ``i`` on are a table flattened one cell per line: a row of column
    names ("Pos", "Name", "Club", "Time"), short words without figures, then at least
    :data:`CELL_ROWS` rows of as many cells, each with figures in the columns where the first
    row has them ("1", "Lewis Grainger", "Hexley Harriers", "31:14"). The number of columns
    that covers the most lines wins; 0 when there is no such table."""
    n, shapes, texts = len(page), page.shapes, page.texts
    if i >= n:
        return 0
    if STANDINGS.match(texts[i]) or (i > 0 and STANDINGS.match(texts[i - 1])):
        return 0  # a league's standings under the report: the site's widget, no table of the story
    best = 0
    for k in range(CELL_COLUMNS[0], CELL_COLUMNS[1] + 1):
        if i + k > n:
            break
        head = range(i, i + k)
        if any(
            shapes[c].words == 0
            or shapes[c].words > COLUMN_WORDS
            or shapes[c].prose
            or page.verdicts[c]
            or _DIGIT.search(texts[c])
            for c in head
        ):
            continue
        pos, rows = i + k, 0
        numeric: tuple[bool, ...] | None = None
        while pos + k <= n:
            row = range(pos, pos + k)
            if any(
                shapes[c].words == 0 or shapes[c].words > CELL_WORDS or shapes[c].prose or ends_table(page.best(c))
                for c in row
            ):
                break
            figures = tuple(_DIGIT.search(texts[c]) is not None for c in row)
            if numeric is None:
                numeric = figures
            if not any(numeric) or not all(f for f, want in zip(figures, numeric) if want):
                break
            rows += 1
            pos += k
        if rows >= CELL_ROWS and pos - i > best:
            best = pos - i
    return best


#: the last line of an embedded post (a tweet) as a crawler flattens it: "— Rep. Jane Roe
#: (@JaneRoe) November 19, 2019", "— Club (@club) 3 juillet 2025"
TWEET_CREDIT = lazyrx.compile(r"^[—–-]\s?\S.{0,80}\(@\w{1,15}\)\s+\S.{0,30}\d{4}\s*$")


#: an item of an announced list has at most this many words ("June 9 -- Arena, Tampa, FL")
LIST_ITEM_WORDS = 16
#: an announced list has at most this many items
MAX_LIST_ITEMS = 60
_DIGIT = lazyrx.compile(r"\d")


def announced_item(page: Page, i: int) -> bool:
    """Line ``i`` is an item of a list of figures that a line ending in a colon announces.

    "The tour dates:" followed by "June 9 -- Arena, Tampa, FL", "June 10 -- ...";
    "You will need:" followed by "2 eggs", "1 tsp salt": the story's own list.
    Every line from the colon line down to ``i`` is unclaimed, not prose, at most
    :data:`LIST_ITEM_WORDS` words long and holds a figure (a date, a quantity, a
    score): a list of links or a comment form under "Share:" or "Related:" has
    no figures in every line.
    """
    figures = False
    for j in range(i, max(-1, i - MAX_LIST_ITEMS - 1), -1):
        text = page.texts[j]
        if j < i and text.rstrip().endswith(":"):
            return figures
        shape = page.shapes[j]
        if page.verdicts[j] or shape.prose or shape.words > LIST_ITEM_WORDS:
            return False
        if _DIGIT.search(text):
            figures = True
        elif not _ROW_CELLS.search(text):
            # a row of cells split by a pipe may hold no figure when another row does
            # ("Olten–Aarau | Verspätungen bis 10 Minuten", "Olten–Bern | normaler Betrieb")
            return False
    return False


#: a row of a list whose cells a pipe splits: a word on each side
_ROW_CELLS = lazyrx.compile(r"\w\s\|\s\w")


#: A table flattened one cell per line under a line ending in ":" ("Here are the top ten
#: finishers:", then "Pos", "Name", "Club", "Time", "1", "Owain Pryce", "Stelford Striders",
#: "32:51", "2", ...): at least :data:`TABLE_CELLS` short lines (at most :data:`CELL_WORDS`
#: words, no prose, no sure verdict), at least :data:`CELL_FIGURES` of them with a figure
#: (scores, times, votes, ranks; a list of links under "Related:" has next to none)
TABLE_CELLS = 8
CELL_WORDS = 6
CELL_FIGURES = 0.25
#: a verdict this sure on a line ends the table (an ad marker, a share bar), and so does
#: a furniture verdict (comments, tags, ads, teasers) this sure
CELL_BREAK = 0.85
CELL_FURNITURE_BREAK = 0.7
_CELL_FURNITURE = frozenset({Label.CHROME, Label.SIDEBAR, Label.AD, Label.PROMO})
#: the line announcing the table is an unclaimed sentence of at least this many words
CELL_INTRO_WORDS = 3
MAX_TABLE_CELLS = 400


def ends_table(verdict: Verdict | None) -> bool:
    """A line with this verdict is no cell of an announced table (:func:`announced_cells`)."""
    return verdict is not None and (
        verdict.score >= CELL_BREAK or (verdict.label in _CELL_FURNITURE and verdict.score >= CELL_FURNITURE_BREAK)
    )


def announced_cells(page: Page) -> set[int]:
    """The lines of tables flattened one cell per line that a line ending in ":" announces."""
    cells: set[int] = set()
    n = len(page)
    texts, shapes = page.texts, page.shapes
    for j in page.containing((":",)):
        if not texts[j].rstrip().endswith(":") or j + 1 >= n or j + 1 in cells:
            continue
        if shapes[j].words < CELL_INTRO_WORDS or page.verdicts[j]:
            continue  # "Tags:", "Czytaj też:": a label, no sentence announcing a table
        k, figures = j + 1, 0
        while k < n and k - j <= MAX_TABLE_CELLS:
            shape, text = shapes[k], texts[k]
            if shape.prose or shape.words > CELL_WORDS or text.rstrip().endswith(":"):
                break
            if ends_table(page.best(k)):
                break
            figures += bool(_DIGIT.search(text))
            k += 1
        run = k - j - 1
        if run >= TABLE_CELLS and figures >= CELL_FIGURES * run:
            cells.update(range(j + 1, k))
    return cells


#: a short unclaimed line after the article joins it when a fact-box line follows within two lines
FACT_LINE_WORDS = 8
#: a line of a fact box or schedule: a short label and a colon before a date ("Term starts:
#: Monday 4 January", "Kinostart: 19. März", "From: 1 October"); the article's own date
#: lines open with a date word ("Updated:") and are ``byline.date``, not ``byline.date_only``
FACT_LABEL = lazyrx.compile(r"^\p{L}[\p{L}'’ -]{1,28}:\s")
#: such a dated line has at most this many words (a sentence with a date is prose)
FACT_DATE_WORDS = 12


def _fact_follows(page: Page, i: int) -> bool:
    for j in (i, i + 1):
        if j >= len(page) or page.verdicts[j] or _terminal(page, j):
            return False
        if _factual(page, j):
            return True
    return False


#: one-line widgets of the article flow (an ad marker, a teaser's cue line, a shop's offer: "Shop
#: now" over "Tote bag — £14.99 at HomeStore", a teaser's title and its byline: "Leggi anche: ..."
#: over "di Stefano Gasparini") that a fact box of the story can sit under; at most this many in a row
FLOW_WIDGET_RULES = ("ad.marker", "promo.cue", "ad.price_line", "promo.teaser_title", "promo.teaser_byline")
#: an app's or a newsletter's pitch is such a widget too above a bulleted list the story announces
#: (:func:`announced_bullets`; a table under it is more often the site's: a league's standings)
PITCH_RULES = (*FLOW_WIDGET_RULES, "chrome.pitch")
MAX_FLOW_WIDGETS = 2
#: an embedded video player's lines (its title, "0:00 / 2:31", "Play", "Mute") between the story
#: and its fact box; at most this many in a row with the widgets above, and only with a time code
#: or a video's title among them (a share bar alone ends the article)
PLAYER_RULES = ("caption.video", "chrome.ui_word", "chrome.breadcrumb", "chrome.counter")
MAX_PLAYER_WIDGETS = 6
TIMECODE = lazyrx.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?$")
#: a fact box's heading has at most this many words ("Player ratings", "Il tabellino") ...
FACT_HEADING_WORDS = 5
#: ... and at least this many of the next three lines are facts ("Osei 7 – ...", "Referee: ...")
FACT_BOX_LINES = 2


def _widget_run(page: Page, i: int, rules: tuple[str, ...] = FLOW_WIDGET_RULES) -> int:
    """How many one-line flow widgets (``rules``: :data:`FLOW_WIDGET_RULES`, or a picture's caption)
    start at line ``i``; or, with an embedded player among them (:data:`PLAYER_RULES`, a :data:`TIMECODE` or a video's title),
    how many flow widgets and player lines."""
    k = i
    while k < len(page) and k - i < MAX_FLOW_WIDGETS:
        best = page.best(k)
        if best is None or not (best.rule.startswith(rules) or _picture(page, k)):
            break  # (a photo's caption and its credit are such widgets too)
        k += 1
    widgets = k - i
    k, player = i, False
    while k < len(page) and k - i < MAX_PLAYER_WIDGETS:
        best = page.best(k)
        if best is None or not best.rule.startswith((*rules, *PLAYER_RULES)):
            break
        player = player or best.rule.startswith("caption.video") or TIMECODE.match(page.texts[k]) is not None
        k += 1
    return k - i if player else widgets


#: a box of other stories in the article's flow ("Most read" and its titles) has at most this many lines
MAX_LIST_BOX = 6


def _list_box(page: Page, i: int) -> int:
    """How many lines from ``i`` on are a short box of other stories: a sidebar heading ("I più
    letti", "Meistgelesen"), then its titles (and a teaser's cue and byline); 0: none."""
    best = page.best(i)
    if best is None or not best.rule.startswith("sidebar.heading"):
        return 0
    k = i + 1
    while k < len(page) and k - i <= MAX_LIST_BOX:
        best = page.best(k)
        if best is None or best.label not in (Label.SIDEBAR, Label.PROMO):
            break
        k += 1
    return k - i if 1 < k - i <= MAX_LIST_BOX else 0


#: at most this many lines of page furniture (a pitch, a donation button) between the story and its sources
MAX_SOURCE_GAP = 3
_SOURCE_HEADINGS = frozenset(SOURCE_LINE_WORDS)


def _chrome_run(page: Page, i: int) -> int:
    """How many lines from ``i`` on (at most :data:`MAX_SOURCE_GAP`) are page furniture, none terminal."""
    k = i
    while k < len(page) and k - i < MAX_SOURCE_GAP:
        best = page.best(k)
        if best is None or best.label is not Label.CHROME or _terminal(page, k):
            break
        k += 1
    return k - i


def _sources_list(page: Page, i: int) -> bool:
    """Line ``i`` heads the story's list of sources ("Sources", "Fuentes", "Quellen": a word of
    :data:`SOURCE_LINE_WORDS` alone) over two items or more: a fact-check's documents, under
    the site's pitch or donation button."""
    if i + 1 >= len(page) or page.verdicts[i]:
        return False
    if page.lows[i].strip().rstrip(":").strip() not in _SOURCE_HEADINGS:
        return False
    return _list_items(page, i + 1) >= 2


#: a widget repeated after each entry of a live blog ("Share") is looked for this many lines above
REPEAT_REACH = 40


def _repeated_widget(page: Page, i: int) -> bool:
    """Line ``i``, claimed, repeats a line a few lines above it: the button under each entry of
    a live blog ("Share"), part of the article's flow, no end of it."""
    low = page.lows[i]
    return bool(page.verdicts[i]) and any(page.lows[k] == low for k in range(max(0, i - REPEAT_REACH), i - 1))


def _rated_box(page: Page, i: int) -> bool:
    """Line ``i`` is the short unclaimed heading of a box of ratings ("Trevigiana" over "Bortolin
    5 – L'errore ..."): at least :data:`FACT_BOX_LINES` of the three lines under it are ratings
    (:data:`RATING`). Under a box of other stories only ratings count: "FOR SALE: ..." lines
    under it are classified ads."""
    shape = page.shapes[i] if i < len(page) else None
    if shape is None or page.verdicts[i] or not 0 < shape.words <= FACT_HEADING_WORDS or shape.prose:
        return False
    below = range(i + 1, min(len(page), i + 4))
    return sum(1 for j in below if not page.verdicts[j] and RATING.match(page.texts[j])) >= FACT_BOX_LINES


def _table_follows(page: Page, i: int) -> bool:
    """Line ``i``, unclaimed, is a row of a data table: the story's table goes on under a widget."""
    return i < len(page) and not page.verdicts[i] and _columns(page.texts[i]) and i in table_rows(page)


def _announced_list(page: Page, i: int) -> bool:
    """Line ``i``, an unclaimed phrase ending in ":", announces the list of figures under it (:func:`announced_item`):
    "Les horaires de la vedette, du mercredi 9 au dimanche 13 décembre :" over "Départ de Brennec : 7h15 – 10h30"."""
    return (
        i + 1 < len(page)
        and not page.verdicts[i]
        and page.shapes[i].words >= CELL_INTRO_WORDS
        and page.texts[i].rstrip().endswith(":")
        and announced_item(page, i + 1)
    )


def _headed_fact_box(page: Page, i: int) -> bool:
    """Line ``i`` heads a fact box of the story: a short unclaimed heading ("Player ratings",
    "Le pagelle", "Estadísticas") over lines of figures or "Key: value" (ratings, line-ups,
    a scorecard). Ad copy and teasers after a marker open with a sentence, not a heading."""
    if i >= len(page) or page.verdicts[i] or _terminal(page, i):
        return False
    shape, text = page.shapes[i], page.texts[i]
    if shape.words == 0 or shape.words > FACT_HEADING_WORDS or shape.prose or shape.list_marker or ":" in text:
        return False
    if STANDINGS.match(text):
        return False  # a league's standings: the site's widget
    facts = 0
    for j in range(i + 1, min(len(page), i + 4)):
        if page.verdicts[j]:
            break
        if ": " in page.texts[j] or any(c.isdigit() for c in page.texts[j]):
            facts += 1
    return facts >= FACT_BOX_LINES


#: a programme has at least this many times with an event each ...
SCHEDULE_PAIRS = 2
#: ... of at most this many words (a day's heading between them has at most FACT_HEADING_WORDS)
SCHEDULE_EVENT_WORDS = 10


def _schedule(page: Page, i: int) -> int:
    """How many lines from ``i`` on are a programme: a clock time alone (``byline.date_only``, its
    only verdict) over a short unclaimed line (the event), at least :data:`SCHEDULE_PAIRS` times,
    with a day's short heading between them ("Sobota, 12 grudnia", "Friday, 11 December"); 0: none."""
    n, k, pairs, end = len(page), i, 0, i
    while k + 1 < n:
        if _timed_event(page, k):
            pairs += 1
            k += 2
            end = k
        elif (
            0 < page.shapes[k].words <= FACT_HEADING_WORDS
            and all(v.rule == "byline.date_only" for v in page.verdicts[k])
            and _timed_event(page, k + 1)
        ):
            k += 1  # a day's heading, unclaimed or read as a date line
        else:
            break
    return end - i if pairs >= SCHEDULE_PAIRS else 0


def _timed_event(page: Page, k: int) -> bool:
    if k + 1 >= len(page) or not page.verdicts[k] or page.verdicts[k + 1]:
        return False
    if not all(v.rule == "byline.date_only" for v in page.verdicts[k]) or not CLOCK.match(page.texts[k]):
        return False
    below = page.shapes[k + 1]
    return 0 < below.words <= SCHEDULE_EVENT_WORDS and not below.prose


def _dated_fact(page: Page, i: int) -> bool:
    """The dated last line of a fact box ("Kinostart: 19. März 2026", "Out: 12 August"), right
    under a "Key: value" line: a date rule's only verdict, read as a fact line, not a byline."""
    return (
        i > 0
        and ": " in page.texts[i - 1]
        and page.shapes[i].words <= FACT_DATE_WORDS
        and all(v.rule == "byline.date_only" for v in page.verdicts[i])
        and FACT_LABEL.match(page.texts[i]) is not None
    )


def _factual(page: Page, i: int) -> bool:
    """A line that reads like part of a story's fact box, not a link or a tag.

    Sentences, "Key: value" lines and lines with figures qualify; a bare
    title-like line (a link to another story, a tag) does not.
    """
    shape = page.shapes[i]
    text = page.texts[i]
    if shape.terminal or shape.prose:
        return True
    return ": " in text or shape.digit_ratio > 0.04 or RATING.match(text) is not None


#: a player's or a film's rating: "Osei 7 – Two good saves", "Bortolin 5,5 – In difficoltà"
RATING = lazyrx.compile(r"^\p{Lu}[\p{L}'’. -]{1,30}?:?\s\d{1,2}(?:[.,]5)?(?:/10)?\s+[–—-]\s")


#: a thread of readers' comments has at least this many comment headers ("Alex on September
#: 17, 2018 at 6:34 am said:")
THREAD_HEADERS = 3
#: a comment header names its writer and gives a date: at least this many words and a digit
#: (a bare "Comments 34" link sits in the share bar above the article too)
THREAD_HEADER_WORDS = 4
#: the thread's heading sits at most this many lines above its first header
THREAD_HEADING_REACH = 2
#: the article above a thread of comments has at least this many words
THREAD_ARTICLE_WORDS = 25


def _comment_thread_start(page: Page) -> int | None:
    """The first comment header of a thread of at least :data:`THREAD_HEADERS`, else None."""
    if page.comment_thread is None:
        page.comment_thread = (_thread_start(page),)
    return page.comment_thread[0]


def _thread_start(page: Page) -> int | None:
    headers = [
        i
        for i, vs in enumerate(page.verdicts)
        if vs
        and page.shapes[i].words >= THREAD_HEADER_WORDS
        and _DIGIT.search(page.texts[i])
        and any(v.rule == "chrome.comment_marker" for v in vs)
    ]
    return headers[0] if len(headers) >= THREAD_HEADERS else None


#: a sentence split around its inline link (a dump that puts every element on its own line):
#: its first part has at least this many words, the link at most LINK_WORDS, the rest at least
#: TAIL_WORDS
SPLIT_HEAD_WORDS = 6
LINK_WORDS = 5
TAIL_WORDS = 3
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")


def _split_by_link(page: Page, i: int) -> bool:
    """Line ``i`` is the first or last part of one sentence an inline link was cut out of ("Kick-off
    at Broomhill Park is 3pm. Full match coverage will be on" / "ThistleTV" / "with live commentary
    from 2.45pm."): the first part opens with a capital and ends in no stop, the link is a few words
    with no stop, the last part opens in lower case and ends the sentence; no rule claimed either
    part. Read as one paragraph, the two parts are the article's (each alone is too short or
    unstopped to read as prose)."""
    n = len(page)
    texts, shapes, verdicts = page.texts, page.shapes, page.verdicts
    for head in (i, i - 2):
        tail = head + 2
        if head < 0 or tail >= n or verdicts[head] or verdicts[tail]:
            continue
        first, link, last = texts[head].strip(), texts[head + 1].strip(), texts[tail].strip()
        if (
            shapes[head].words >= SPLIT_HEAD_WORDS
            and first[:1].isupper()
            and not first.endswith((*_SENTENCE_END, ":", "|"))
            and 1 <= shapes[head + 1].words <= LINK_WORDS
            and not link.endswith((*_SENTENCE_END, ":"))
            and shapes[tail].words >= TAIL_WORDS
            and last[:1].islower()
            and last.endswith(_SENTENCE_END)
        ):
            return True
    return False


def find_article(page: Page) -> Span | None:
    if page.hinted:
        content = [i for i in range(len(page)) if is_content(page, i)]
    elif page.lang in SUFFIXING_LANGS:  # (a sentence with few free-standing function words is content too)
        content = [
            i for i, shape in enumerate(page.shapes) if (shape.prose or suffixing_prose(shape)) and is_content(page, i)
        ]
    else:  # without a hint only prose is content: the other lines need no call
        content = [
            i for i, shape in enumerate(page.shapes) if (shape.prose or _split_by_link(page, i)) and is_content(page, i)
        ]
    if not content:
        return None
    groups = clusters(page, content)
    core_at = max(range(len(groups)), key=lambda k: (groups[k].words, -k))
    thread = _comment_thread_start(page)
    if thread is not None and groups[core_at].start > thread:
        # the longest text is the readers' comments under a short article: the article is
        # the longest text above the thread, when there is one
        above = [k for k in range(len(groups)) if groups[k].end <= thread and groups[k].words >= THREAD_ARTICLE_WORDS]
        if above:
            core_at = max(above, key=lambda k: (groups[k].words, -k))
    lo = hi = core_at
    while lo > 0 and _joinable(page, groups[lo - 1], groups[lo], groups[lo - 1]):
        lo -= 1
    while hi + 1 < len(groups) and _joinable(page, groups[hi], groups[hi + 1], groups[hi + 1]):
        hi += 1
    merged = Cluster(
        [m for g in groups[lo : hi + 1] for m in g.members],
        sum(g.words for g in groups[lo : hi + 1]),
    )
    span = Span(merged.start, extend_end(page, merged.end), merged)
    if is_index_page(page, merged, sum(1 for k in range(merged.end, span.end) if _DIGIT.search(page.texts[k]))):
        span.index_page = True
    return span
