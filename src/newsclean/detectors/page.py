"""The view of a page that every detector reads and writes.

A :class:`Page` holds the segments, their :class:`~newsclean.segments.shape.Shape`,
the page language, and per segment the list of :class:`~newsclean.types.Verdict`
the detectors have proposed so far. Detectors never set final labels; the
decision stage does (``newsclean/decision``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter, itemgetter
from typing import Any

from newsclean.segments.normalize import EDGE_PUNCT, norm_key
from newsclean.segments.shape import MATCH_WINDOW, RATIO_WINDOW, Shape, measure_line
from newsclean.types import Label, Segment, Verdict

_score = attrgetter("score")
#: Page.of takes a line's lower-cased text from measure_line, which cuts it to RATIO_WINDOW
assert MATCH_WINDOW == RATIO_WINDOW

#: the verdicts of a line that has none yet: one empty list shared by every such line and
#: never appended to (:meth:`Page.add` gives a line its own list with its first verdict);
#: most lines of a page get no verdict, and a list each would cost 56 bytes a line
NO_VERDICTS: list[Verdict] = []

#: lines longer than this get no whole-line lookup key (no phrase is that long)
KEY_CHARS = 80


@dataclass
class Page:
    segments: list[Segment]
    lang: str = "en"
    shapes: list[Shape] = field(default_factory=list)
    #: the text each pattern sees: stripped, cut to MATCH_WINDOW characters
    texts: list[str] = field(default_factory=list)
    #: per segment, the verdicts so far
    verdicts: list[list[Verdict]] = field(default_factory=list)
    #: lower-cased texts; whole-line lookup keys (short lines only); first words
    lows: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    firsts: list[str] = field(default_factory=list)
    #: set by the decision stage: index range [start, end) of the article flow
    article: tuple[int, int] | None = None
    #: set with ``article``: index range [start, end) of its core, the paragraphs themselves
    core: tuple[int, int] | None = None
    #: HTML pages: segments carry dom["main_hint"], trafilatura's main-content hint
    hinted: bool = False
    #: HTML pages: where the hint came from ("dom": newsclean's finder, "trafilatura")
    hint_source: str = ""
    #: HTML pages: the page's own title (og:title or <title>), a hint for the headline
    title_hint: str = ""
    _has_blank: bool | None = field(default=None, repr=False)
    #: the decision's memo of where a thread of readers' comments starts (``span._comment_thread_start``):
    #: None until worked out, then a 1-tuple of the line or None
    comment_thread: tuple[int | None] | None = field(default=None, repr=False)
    #: set by :func:`newsclean.detectors.rules.detect_lines`: the line rules' own verdicts
    #: (:class:`LineVerdicts`), for a page made of some of these lines again (:meth:`subset`)
    line_verdicts: LineVerdicts | None = field(default=None, repr=False)
    #: ``lows`` joined by newlines, and where each line starts in it (built on first use)
    _joined: tuple[str, list[int]] | None = field(default=None, repr=False)
    _plain_case: bool | None = field(default=None, repr=False)
    #: the lines that are not plain case one by one (:meth:`plain_line`), found on first use
    _unplain: frozenset[int] | None = field(default=None, repr=False)
    #: set when the single-line rules ran on this page's distinct lines (repeats left out,
    #: :func:`newsclean.detectors.rules.detect_lines`): that page, and each line's place in it
    distinct: tuple[Page, list[int]] | None = field(default=None, repr=False)
    #: set by :meth:`subset`: the page this one's lines were picked from, and where each
    #: line sits in it (:meth:`containing` asks that page, which has read them all already)
    picked_from: tuple[Page, list[int]] | None = field(default=None, repr=False)
    #: what the language guess read of each line text (``guess_language_measured``'s ``memo``)
    lang_words: dict[str, tuple[list[str], int]] = field(default_factory=dict, repr=False)
    #: :meth:`containing`'s answers so far, per cue tuple (a page reread by :meth:`subset`
    #: asks its first page the same questions again)
    _found: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict, repr=False)
    #: set by the sequence model (:func:`newsclean.detectors.model.features.page_parts`): each
    #: line's features on its own, a function of its text; a page of these lines again
    #: (:meth:`subset`) reads them here instead of working them out a second time
    line_features: list[list[str]] | None = field(default=None, repr=False)
    #: :meth:`memo`'s memos, per rule
    _memos: dict[str, dict[Any, Any]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, segments: list[Segment], lang: str = "en") -> Page:
        # a line seen before on the page (a menu, a footer, a page of a dump seen twice) is
        # measured once: every measurement is a function of the line's text
        all_texts = list(map(_text, segments))
        seen = {text: _measured(text) for text in dict.fromkeys(all_texts)}
        rows = list(map(seen.__getitem__, all_texts))
        del all_texts, seen
        # a column at a time: ``zip(*rows)`` would make an iterator per row (40 bytes a line)
        shapes, texts, lows, keys, firsts = (list(map(column, rows)) for column in _COLUMNS)
        return cls(
            segments=segments,
            lang=lang,
            shapes=shapes,
            texts=texts,
            verdicts=[NO_VERDICTS] * len(segments),
            lows=lows,
            keys=keys,
            firsts=firsts,
        )

    def subset(self, picked: list[int], segments: list[Segment], lang: str) -> Page | None:
        """A page of ``segments``, which are this page's lines ``picked`` again (the same texts).

        The per-line measurements are this page's; None when a text differs
        (the caller then measures the lines with :meth:`of`).
        """
        mine = self.segments
        if len(picked) != len(segments) or any(mine[i].text != seg.text for i, seg in zip(picked, segments)):
            return None
        page = self.lines(picked, segments, lang)
        page.picked_from = (self, picked)
        return page

    def lines(self, picked: list[int], segments: list[Segment], lang: str) -> Page:
        """A page of ``segments``, given to be this page's lines ``picked`` (the same texts),
        with their measurements taken from this page and no verdicts yet."""
        return Page(
            segments=segments,
            lang=lang,
            shapes=[self.shapes[i] for i in picked],
            texts=[self.texts[i] for i in picked],
            verdicts=[NO_VERDICTS] * len(segments),
            lows=[self.lows[i] for i in picked],
            keys=[self.keys[i] for i in picked],
            firsts=[self.firsts[i] for i in picked],
        )

    def memo(self, rule: str) -> dict[Any, Any]:
        """``rule``'s memo of answers that depend on a line's text alone (and on what else the
        rule puts in its keys, such as the language): a page of this page's lines again
        (:meth:`subset`, the pipeline's second pass over the kept lines) shares it, so that
        a rule works out each answer once. The key must hold all that the answer depends
        on: the line's full text (``segments[i].text``; ``texts`` and ``lows`` are cut to
        MATCH_WINDOW characters, and ``shapes`` measure the whole line), or ``lows[i]`` for
        a rule that reads nothing else of the line."""
        if self.picked_from is not None:
            return self.picked_from[0].memo(rule)
        return self._memos.setdefault(rule, {})

    def in_main(self, i: int) -> bool:
        """Inside the main content by the hint (always True when there is no hint)."""
        if not self.hinted:
            return True
        dom = self.segments[i].dom
        return bool(dom and dom.get("main_hint"))

    def __len__(self) -> int:
        return len(self.segments)

    def add(self, i: int, verdict: Verdict) -> None:
        verdicts = self.verdicts[i]
        if verdicts is NO_VERDICTS:
            self.verdicts[i] = [verdict]
        else:
            verdicts.append(verdict)

    def best(self, i: int) -> Verdict | None:
        """The strongest verdict so far for segment ``i`` (first one wins a tie)."""
        vs = self.verdicts[i]
        if not vs:
            return None
        if len(vs) == 1:  # the usual case
            return vs[0]
        return max(vs, key=_score)

    def label_of(self, i: int) -> Label | None:
        v = self.best(i)
        return v.label if v else None

    def has(self, i: int, label: Label) -> bool:
        return any(v.label is label for v in self.verdicts[i])

    def adjacent(self, i: int) -> bool:
        """True when segment ``i`` follows ``i-1`` with no blank line between.

        In a dump with no blank lines at all (WET style) adjacency says nothing,
        so this returns False there.
        """
        return 0 < i < len(self.segments) and not self.segments[i].blank_before and self.has_blank_lines

    @property
    def has_blank_lines(self) -> bool:
        if self._has_blank is None:
            self._has_blank = any(s.blank_before for s in self.segments)
        return self._has_blank

    @property
    def plain_case(self) -> bool:
        """No line holds "ſ" (which matches "s" case-insensitively but lower-cases to itself),
        a lower-cased "İ" ("i" + U+0307) or an old Cyrillic letter form (U+1C80-U+1C88,
        which match "в", "д", "о", "с", "т" ... case-insensitively and lower-case to
        themselves): matching a cue case-insensitively is then the same as finding it in the
        lower-cased text (``lows``). These are the only characters that match a cue's letter
        case-insensitively without lower-casing to it (``tests/detectors/rules/test_base.py``
        checks it over every code point).
        """
        if self._plain_case is None:
            if self.distinct is not None:  # the same lines, each once
                self._plain_case = self.distinct[0].plain_case
                return self._plain_case
            if self.picked_from is not None and self.picked_from[0].plain_case:  # some of its lines
                self._plain_case = True
                return True
            joined = self._joined_lows()
            self._plain_case = "\u017f" not in joined and "\u0307" not in joined and not _OLD_CYRILLIC(joined)
        return self._plain_case

    def plain_line(self, i: int) -> bool:
        """Line ``i`` holds none of the characters :attr:`plain_case` looks for.

        A cue matched case-insensitively against this one line is then the same as
        finding it in the line's lower-cased text, whatever the page's other lines hold
        (one Turkish "İ" in a file of many pages sends only its own line to the regex).
        """
        return self.plain_case or i not in self.unplain

    @property
    def unplain(self) -> frozenset[int]:
        """The lines that hold a character :attr:`plain_case` looks for (none on a ``plain_case`` page)."""
        unplain = self._unplain
        if unplain is None:
            if self.plain_case:
                unplain = frozenset()
            else:
                joined = self._joined_lows()
                assert self._joined is not None
                starts = self._joined[1]
                found: set[int] = set()
                for ch in ("\u017f", "\u0307"):
                    pos = joined.find(ch)
                    while pos >= 0:
                        found.add(bisect_right(starts, pos) - 1)
                        pos = joined.find(ch, pos + 1)
                found.update(bisect_right(starts, m.start()) - 1 for m in _OLD_CYRILLIC_ALL(joined))
                unplain = frozenset(found)
            self._unplain = unplain
        return unplain

    def _joined_lows(self) -> str:
        if self._joined is None:
            starts = [0, *accumulate(len(low) + 1 for low in self.lows)]
            self._joined = ("\n".join(self.lows), starts)
        return self._joined[0]

    def containing(self, cues: tuple[str, ...]) -> set[int]:
        """The lines whose lower-cased text (``lows``) contains any of ``cues``.

        The same as testing ``cue in page.lows[i]`` on every line, but each
        cue is looked for with one ``str.find`` scan over the whole page: the
        detectors use it to visit only the lines that carry a cue. Cues hold
        no newline, so a match never spans two lines. On a page with
        :attr:`distinct` lines, only those are scanned; a page of lines
        :attr:`picked_from` another is not scanned at all: the other page's
        answer (worked out once per cue tuple) is read at the picked lines.
        Returns a new set, which the caller may change.
        """
        return set(self._containing(cues))

    def _containing(self, cues: tuple[str, ...]) -> frozenset[int]:
        """:meth:`containing`, remembered per cue tuple (never change the set returned)."""
        known = self._found.get(cues)
        if known is not None:
            return known
        other = self.distinct or self.picked_from
        if other is not None:
            page, rows = other
            found_rows = page._containing(cues)
            found = (
                frozenset(compress(range(len(rows)), map(found_rows.__contains__, rows))) if found_rows else frozenset()
            )
        else:
            found = frozenset(self._scan(cues))
        self._found[cues] = found
        return found

    def _scan(self, cues: tuple[str, ...]) -> set[int]:
        """The lines that contain any of ``cues``: one ``str.find`` scan of the page per cue
        (one scan with :func:`cue_finder`'s expression for :data:`MANY_CUES` cues or more)."""
        self._joined_lows()
        assert self._joined is not None
        joined, starts = self._joined
        found: set[int] = set()
        if len(cues) >= MANY_CUES:
            search = cue_finder(cues)
            last = len(starts) - 2  # the page's last line (``starts`` ends one past the text)
            m = search(joined)
            while m is not None:
                i = bisect_right(starts, m.start()) - 1
                found.add(i)
                m = search(joined, starts[i + 1]) if i < last else None  # on from the next line
            return found
        for cue in cues:
            pos = joined.find(cue)
            while pos >= 0:
                i = bisect_right(starts, pos) - 1
                found.add(i)
                pos = joined.find(cue, starts[i + 1])  # on from the next line
        return found


#: :meth:`Page.containing` looks for a tuple of at least this many cues with one regular
#: expression (:func:`cue_finder`) instead of one ``str.find`` scan of the page per cue
#: (the chrome pitch's 280 cues: one scan of the page instead of 280; below some 60 cues
#: the ``str.find`` scans cost less)
MANY_CUES = 64


@lru_cache(maxsize=64)
def cue_finder(cues: tuple[str, ...]) -> Callable[..., re.Match[str] | None]:
    """The ``search`` of an expression that matches wherever any of ``cues`` starts.

    The cues are factored into a trie ("inbox", "news tip", "newsletter" ->
    ``inbox|news(?:\\ tip|letter)``), so that at each position of the text the engine
    follows one path of characters instead of trying every cue; a cue that another cue
    starts with stands for both ("news" and "newsletter": "news"). A match starts wherever
    a cue starts, so the lines that hold a match are the lines that hold a cue: the same
    as one ``str.find`` per cue. The cues are plain text (``re.escape``-d); an empty cue
    is refused (ValueError).
    """
    if not all(cues):
        raise ValueError("an empty cue")
    trie: dict[str, Any] = {}  # per character, the trie of what may follow ("": a cue ends)
    for cue in cues:
        node = trie
        for ch in cue:
            node = node.setdefault(ch, {})
        node[""] = {}  # a cue ends here

    def branch(node: dict[str, Any]) -> str:
        if "" in node:  # a cue ends here: what follows it does not matter
            return ""
        alternatives = [re.escape(ch) + branch(below) for ch, below in node.items()]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    return re.compile(branch(trie)).search


_text = attrgetter("text")
#: the fields of :func:`_measured`'s rows, one getter each
_COLUMNS = tuple(itemgetter(k) for k in range(5))
#: the old Cyrillic letter forms of :attr:`Page.plain_case`
_OLD_CYRILLIC = re.compile("[\u1c80-\u1c88]").search
_OLD_CYRILLIC_ALL = re.compile("[\u1c80-\u1c88]").finditer


def _measured(line: str) -> tuple[Shape, str, str, str, str]:
    """A line's shape, its text as patterns see it, lower-cased text, lookup key and first word."""
    # ``low`` is the first RATIO_WINDOW (= MATCH_WINDOW) characters lower-cased: text.lower()
    shape, stripped, low, words = measure_line(line)
    text = stripped[:MATCH_WINDOW] if len(stripped) > MATCH_WINDOW else stripped
    if len(text) > KEY_CHARS:
        key = ""
    elif text[:1].isalnum() and text[-1:].isalnum():
        # norm_key's own fast path: ``words`` are this text's words, lower-cased
        key = " ".join(words)
    else:
        key = norm_key(text)
    return shape, text, low, key, words[0].strip(EDGE_PUNCT) if words else ""


@dataclass
class LineVerdicts:
    """Which of a page's verdicts the line rules (those that read one line only) added.

    ``verdicts`` are the page's verdict lists (later rules only append to
    them); per line, ``before`` is where the verdicts of the rules that run
    before the byline rules end, ``byline`` where the byline rules' own end
    (they depend on the page language, ``langs``) and ``after`` where those of
    the single-line rules after them end. With ``rows`` (a page whose
    single-line rules ran on its distinct lines), the lists are the distinct
    lines' and line ``i`` reads row ``rows[i]`` of them.
    """

    langs: frozenset[str]
    verdicts: list[list[Verdict]]
    before: list[int]
    byline: list[int]
    after: list[int]
    rows: list[int] | None = None
