"""Per-segment features for the sequence model: short strings, one list per segment.

Every feature is an indicator named ``name=value`` (``words=4-5``,
``rule=byline.by_name``, ``-1:rulelabel=caption``); a linear model weighs
each one per label. A name listed twice (two verdicts of the same rule
family, a word repeated among the first words) counts twice, in training
and in prediction alike. Strings keep the model file readable and let
``--explain`` name the features that decided a line.

The features describe what the rule stage saw and the line's surroundings:

* the line's own shape (:class:`~newsclean.segments.shape.Shape`): length
  in words and in characters, terminal punctuation, title-case, upper-case,
  digit and stopword ratios, all in buckets; list
  marker, prose / title-like, quote marks, a leading symbol, a leading
  "By"-like word and what follows it, its first words (``w0=``, ``w=``),
  an e-mail or web address, ``|``/``·`` separators;
* where it sits: relative position in the page, blank lines around it,
  inside/before/after the rule-found article span (``page.article``) and how
  far, and against the span's core of paragraphs (``page.core``), distance to
  the nearest long paragraph, same text repeated elsewhere;
* every rule verdict on it (``rule=`` family, ``rulelabel=``, ``rulescore=``
  label and score bucket);
* key features of the neighbours above and below (``-1:rulelabel=...``,
  ``+1:words=...``): length, rule labels and rule families, prose,
  title-like, list, blank line;
* the page language, and for HTML input the DOM tokens of ``segment.dom``.

Tried and left out (no gain on the dev split nor in 5-fold cross-validation
on train, and every feature costs time): the rules-only decision's label,
the last word, the neighbours' first word, conjunctions of the span position
with the neighbours' features. Measured with ``benchmarks/model_cv.py`` (4
folds over train+dev by site style, 356 pages; combined keep F1 / lost body
tokens / macro F1, baseline 0.9333 / 1.90% / 0.8845) and left out: the
neighbours at ±2 (see :data:`OFFSETS`); features relative to the page
(:data:`RELATIVE_FEATURES`: length against the page's median line, rank by
length, runs of short lines, a first word shared with a neighbour, share of
the page's words before the line: 0.9312 / 2.18% / 0.8800); and, the other
way, dropping the ``w=`` lead words that look like memorised wording
(:data:`LEAD_WORD_FEATURES`: 0.9264 / 2.16% / 0.8747, the wording generalises).
Also left out, measured the same way on 416 pages (baseline 0.9380 / 1.46% /
0.8956): ``same_shape=prev|next`` when the line above or below has the same
length bucket, ending and title-case bucket, with ``same_shape.in_span``
inside the article (aimed at lists of candidates, table rows and live-blog
time stamps the model drops as chrome: 0.9368 / 1.55% / 0.8958); and the
line's ``end=`` and ``clock`` among what its neighbours see (0.9363 / 1.52% /
0.8939). Measured the same way on 476 pages (baseline with the shipped combination,
list protection included: 0.9409 / 1.16% / 0.8962; model alone 0.9421 / 2.68% / 0.8986)
and left out: features of the run of lines a line sits in
(:func:`~newsclean.segments.runs.runs`: its size, its lead kind, what is just above and
below it (prose, a line ending in a colon, a short heading, the rules' label there),
prose on both sides, whether it starts inside the article span), aimed at the in-article
lists the model drops as sidebar: 0.9394 / 1.46% / 0.8968 (model alone 0.9404 / 2.92%),
and with short unpunctuated lines counted as a lead kind too 0.9407 / 1.30% / 0.8950
(model alone 0.9406 / 2.86%); the model learns these lists from too few pages, and the
combination's list rule (:func:`newsclean.decision.resolve.combine`) keeps them better.
Ninth session, 4-fold CV over 833 train+dev pages (baseline 0.9240 / 2.10% / 0.8893): a bag of
words, ``b=word`` for every word after the lead words of a line of at most 20 words (aimed at
uncredited captions and cue-less teasers, whose wording is not in their first five words), gave
0.9235 / 2.21% / 0.8894 (model alone 0.9194 / 3.78% against 0.9203 / 3.82%): left out.
Seventeenth session, 4-fold CV over the 1,012 train+dev pages (``model_cv.py --save``, each
code state's own fold models; baseline combined 0.9663 / 0.72% / 0.9310, model alone 0.9582 /
1.61% / 0.9221): the features of a line's place in the article flow (:func:`_flow_features`,
aimed at the furniture the rules leave unclaimed between paragraphs: uncredited captions,
teaser titles without a cue word, native ads), all four switches on: combined 0.9674 / 0.75% /
0.9337, model alone 0.9619 / 1.70% / 0.9252 (kept junk 9,334 -> 8,532 tokens, lost article text
1,968 -> 2,048: the model now drops lone one-sentence paragraphs as captions or promos); with
``DEMOTE_SHORT`` 0.8 (``--load``) 0.9672 / 0.71%, against the baseline models' 0.9662 / 0.68% at
0.8. Sandwich and overlap alone 0.9668 / 0.79% (model 0.9608 / 1.71%); position and neighbouring
rule labels alone 0.9657 / 0.80% (model 0.9596 / 1.60%); with overlap 0.9657 / 0.76% (model
0.9608 / 1.51%). Under the +0.002 keep F1 with lost text not up that a retrained bundled model
needs: left off (switches :data:`FLOW_SANDWICH`, :data:`FLOW_OVERLAP`, :data:`FLOW_LONG`,
:data:`NEAR_RULES`). They cost about 45% more featurising time (200 train pages: 0.085 s ->
0.125 s of CPU, about 3% of :func:`~newsclean.pipeline.clean` with the model).

All of it is O(length of the line) with plain ``str`` operations: the model
must stay cheap next to the rules (see :mod:`newsclean.detectors.model`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import repeat

from newsclean.detectors.page import Page
from newsclean.segments.shape import CLOSERS, Shape
from newsclean.types import Label

#: leading words that introduce an author in the corpus languages
BY_WORDS = frozenset({"by", "von", "por", "par", "door", "di", "da", "de", "texto", "text", "from"})
QUOTES = frozenset("\"'“”‘’«»„‚‹›")
#: a paragraph with at least this many words is a "long paragraph"
LONG_WORDS = 25
#: neighbour offsets whose key features a segment sees (the lines right above and below:
#: 4-fold CV over train+dev by site style, 356 pages, found ±1 better than ±2 on every
#: figure: combined keep F1 0.9333 -> 0.9351, lost body tokens 1.90% -> 1.41%, macro F1
#: 0.8845 -> 0.8862; and it is cheaper)
OFFSETS = (-1, 1)
#: the first this many words of a line become ``w=`` features
LEAD_WORDS = 5
#: at most this many characters of a first word become a feature
FIRST_WORD_CHARS = 20
#: experiment switches (benchmarks/model_cv.py --set features.NAME=VALUE)
LEAD_WORD_FEATURES = True
RELATIVE_FEATURES = False
#: ``core=before|inside|after``: where the line sits against the article's core (its
#: paragraphs, :attr:`Page.core`) as well as its span (which runs on over fact boxes and
#: line-ups). 4-fold CV by site style over 476 train+dev pages (``benchmarks/model_cv.py``,
#: against the same run without them; combination of the shipped settings): combined keep F1
#: 0.9409 -> 0.9414, lost body tokens 1.16% -> 1.16%, macro F1 0.8962 -> 0.8975; model alone
#: 0.9421 -> 0.9414, 2.68% -> 2.77%, 0.8986 -> 0.8996
CORE_FEATURES = True
#: experiment switches of the features of a line's place in the article flow (:func:`_flow_features`;
#: off: 4-fold CV gave combined keep F1 +0.001 and lost article text +0.03 points with all four on,
#: see the module's docstring)
FLOW_SANDWICH = False
FLOW_OVERLAP = False
FLOW_LONG = False
NEAR_RULES = False
_STRIP = "\"'“”‘’«»„()[]{}.,;:!?¡¿-–—|•·*#/\\"


def _table(prefix: str, edges: tuple[int, ...], names: tuple[str, ...]) -> tuple[str, ...]:
    """Feature per value 0 … last edge + 1 (larger values share the last one)."""
    out = []
    for value in range(edges[-1] + 2):
        k = 0
        while k < len(edges) and value > edges[k]:
            k += 1
        out.append(prefix + names[k])
    return tuple(out)


_WORDS = _table("words=", (1, 2, 3, 5, 8, 12, 20, 40), ("1", "2", "3", "4-5", "6-8", "9-12", "13-20", "21-40", "41+"))
_DISTANCE_NAMES = ("0", "1", "2", "3", "4-5", "6-8", "far")
_DISTANCE_EDGES = (0, 1, 2, 3, 5, 8)
_LONG_DIST = _table("long_dist=", _DISTANCE_EDGES, _DISTANCE_NAMES)
_TO_START = _table("span.to_start=", _DISTANCE_EDGES, _DISTANCE_NAMES)
_FROM_END = _table("span.from_end=", _DISTANCE_EDGES, _DISTANCE_NAMES)
_RATIO_NAMES = ("0", "q1", "q2", "q3", "q4", "1")
_TITLE = tuple("title=" + r for r in _RATIO_NAMES)
_DIGIT = ("digit=0", "digit=low", "digit=mid", "digit=high")
_CHARS = _table("len=", (10, 25, 50, 100, 200, 400), ("tiny", "short", "medium", "long", "para", "longpara", "huge"))
_UPPER = tuple("upper=" + r for r in _RATIO_NAMES)
_STOP = tuple("stop=" + r for r in _RATIO_NAMES)
_N_WORDS, _N_CHARS = len(_WORDS), len(_CHARS)
_END_CHARS = frozenset(".!?…:;,|»›>-–—")


def _pick(table: tuple[str, ...], value: int) -> str:
    return table[value] if value < len(table) else table[-1]


def words_bucket(words: int) -> str:
    """``words=1`` … ``words=41+``."""
    return _pick(_WORDS, words)


def ratio_index(ratio: float) -> int:
    """0, 1 and quarters in between, as an index into ``0 q1 q2 q3 q4 1``."""
    if ratio <= 0.0:
        return 0
    if ratio >= 1.0:
        return 5
    return min(int(ratio * 4) + 1, 4)


def digit_index(ratio: float) -> int:
    if ratio <= 0.0:
        return 0
    if ratio < 0.05:
        return 1
    return 2 if ratio < 0.2 else 3


def score_bucket(score: float) -> str:
    if score >= 0.85:
        return "firm"
    return "high" if score >= 0.7 else "low"


def _end_char(text: str) -> str:
    """``end=`` and the last visible character (after closing quotes and brackets), or its class."""
    t = text[-40:].rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1].rstrip()
    if not t:
        return "end=none"
    last = t[-1]
    if last.isalpha():
        return "end=alpha"
    if last.isdigit():
        return "end=digit"
    return "end=" + last if last in _END_CHARS else "end=other"


_verdict_cache: dict[tuple[str, str, str], tuple[str, str, str]] = {}


def verdict_features(rule: str, label: str, score: float) -> tuple[str, str, str]:
    """``rule=byline.by_name``, ``rulelabel=byline``, ``rulescore=byline.firm`` (rule names lose their ``[lang]``)."""
    key = (rule, label, score_bucket(score))
    hit = _verdict_cache.get(key)
    if hit is None:
        cut = rule.find("[")
        family = rule if cut < 0 else rule[:cut]
        hit = ("rule=" + family, "rulelabel=" + label, f"rulescore={label}.{key[2]}")
        if len(_verdict_cache) < 10_000:
            _verdict_cache[key] = hit
    return hit


_verdicts_named: dict[tuple[str, str, float], tuple[str, str, str]] = {}


def _named(rule: str, label: str, score: float) -> tuple[str, str, str]:
    """:func:`verdict_features` of a verdict, cached by its exact rule, label and score."""
    three = verdict_features(rule, str.__str__(label), score)
    if len(_verdicts_named) < 10_000:
        _verdicts_named[(rule, label, score)] = three
    return three


def shape_features(text: str, shape: Shape) -> list[str]:
    """The features of one line on its own (no page context)."""
    words, chars = shape.words, shape.chars
    title, digit, upper, stop = shape.title_ratio, shape.digit_ratio, shape.upper_ratio, shape.stopword_ratio
    # the ratio buckets of ratio_index() and digit_index(), inlined (this runs once per line);
    # a line that ends in a letter or a digit is classed without _end_char's trimming
    last = text[-1:]
    feats = [
        _WORDS[words] if words < _N_WORDS else _WORDS[-1],
        "end=alpha" if last.isalpha() else "end=digit" if last.isdigit() else _end_char(text),
        _TITLE[0 if title <= 0.0 else 5 if title >= 1.0 else min(int(title * 4) + 1, 4)],
        _DIGIT[0 if digit <= 0.0 else 1 if digit < 0.05 else 2 if digit < 0.2 else 3],
        _CHARS[chars] if chars < _N_CHARS else _CHARS[-1],
        _UPPER[0 if upper <= 0.0 else 5 if upper >= 1.0 else min(int(upper * 4) + 1, 4)],
        _STOP[0 if stop <= 0.0 else 5 if stop >= 1.0 else min(int(stop * 4) + 1, 4)],
    ]
    append = feats.append
    if shape.list_marker:
        append("list")
    if shape.prose:
        append("prose")
    if shape.title_like:
        append("title_like")
    if shape.sentence_end:
        append("sentence")
    if not shape.starts_upper:
        append("starts_lower")
    head = text[:200].lstrip()[:64]
    window = text[:400]
    ascii_window = window.isascii()
    c0 = head[:1]
    # the only ASCII quote marks are " and ': on an ASCII line, two C-level scans instead of a
    # character-class search
    if c0 in QUOTES:
        append("quote=start")
    elif ('"' in window or "'" in window) if ascii_window else _QUOTE_CHAR(window):
        append("quote=inside")
    if c0 and not c0.isalnum() and c0 not in QUOTES:
        append("first=symbol")
    lead = head.lower().split(None, LEAD_WORDS)[:LEAD_WORDS]
    if lead:
        # the lead words without their punctuation, cut to FIRST_WORD_CHARS (``map`` and
        # ``max`` run in C: a Python loop here costs a fifth of this function)
        trimmed = list(map(str.strip, lead, repeat(_STRIP)))
        if max(map(len, trimmed)) > FIRST_WORD_CHARS:
            trimmed = [word[:FIRST_WORD_CHARS] for word in trimmed]
        first = trimmed[0]
        if first:
            append("w0=<num>" if first[0].isdigit() else "w0=" + first)
            if first in BY_WORDS and len(lead) > 1:
                nxt = head.split(None, 2)[1][:1]
                append("by_word=name" if nxt.isupper() else "by_word=digit" if nxt.isdigit() else "by_word=other")
        if LEAD_WORD_FEATURES:
            for w in trimmed:
                if len(w) > 1 and not w[0].isdigit():
                    append("w=" + w)
    if "@" in window or "http" in window or "www." in window:
        append("contact")
    # how the line is put together: a "Label:" opening, a bare name, a clock time,
    # a count or credit in brackets at the end, how many sentences
    colon = head.find(":")
    if colon > 0 and head[:colon].count(" ") <= 2 and (colon + 1 == len(head) or head[colon + 1] == " "):
        append("colon_label")
    if 2 <= words <= 4 and title >= 1.0 and digit == 0 and not shape.terminal:
        append("name_like")
    if (digit or not ascii_window) and _CLOCK.search(window):
        append("clock")
    tail = window.rstrip()
    if tail.endswith(")"):
        append("count_end" if _COUNT_END.search(tail[-12:]) else "paren_end")
    if words >= 6:
        stops = window.count(". ") + window.count("? ") + window.count("! ") + 1
        append("sentences=1" if stops == 1 else "sentences=2" if stops == 2 else "sentences=3+")
    # (an ASCII line holds no "·" nor "•")
    seps = window.count("|") if ascii_window else window.count("|") + window.count("·") + window.count("•")
    if seps:
        append("seps=1" if seps == 1 else "seps=2+")
    return feats


#: "9:30", "18.45", "7h15": one or two digits after no letter or digit, a separator, two digits.
#: Written digit first (``\d(?<!\w\d)`` rather than ``\b\d``), which lets ``re`` skip to the
#: next digit instead of trying the pattern at every position; it finds a clock on the
#: same lines as ``\b\d{1,2}[:.h]\d{2}\b``
_CLOCK = re.compile(r"\d(?<!\w\d)\d?[:.h]\d{2}\b")
#: a quote mark anywhere (one C-level scan, where ``QUOTES.isdisjoint`` hashes every character)
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTES))) + "]").search
_COUNT_END = re.compile(r"\(\s*\d[\d.,]*\s*\)$")


def key_features(page: Page, i: int) -> tuple[str, ...]:
    """What a neighbour sees of segment ``i``: its gist in a few features."""
    shape = page.shapes[i]
    verdicts = page.verdicts[i]
    feats = [_pick(_WORDS, shape.words)]
    if verdicts:
        named = [verdict_features(v.rule, v.label.value, v.score) for v in verdicts]
        feats.extend(dict.fromkeys(label for _, label, _ in named))
        feats.extend(dict.fromkeys(rule for rule, _, _ in named))
    else:
        feats.append("rulelabel=none")
    feats.extend(_gist_flags(shape, page.segments[i].blank_before))
    return tuple(feats)


def _gist_flags(shape: Shape, blank_before: bool) -> list[str]:
    """The shape flags of a key (what a neighbour sees), shared by :func:`key_features` and :func:`page_parts`."""
    flags = []
    if shape.prose:
        flags.append("prose")
    if shape.title_like:
        flags.append("title_like")
    if shape.list_marker:
        flags.append("list")
    if blank_before:
        flags.append("blank_before")
    return flags


def dom_features(dom: Mapping[str, object]) -> list[str]:
    """Tokens of an HTML segment's ``dom`` dict; keys that are absent are skipped.

    Understood keys: ``tag`` (str), ``classes``/``ids``/``tokens`` (str or list
    of str: class and id tokens), any ``in_*`` flag that is true, and
    ``link_density`` (float in [0, 1]).
    """
    feats: list[str] = []
    tag = dom.get("tag")
    if isinstance(tag, str) and tag:
        feats.append("dom.tag=" + tag.lower())
    for key in ("classes", "ids", "tokens", "class", "id"):
        value = dom.get(key)
        items = value.split() if isinstance(value, str) else value if isinstance(value, (list, tuple)) else ()
        for tok in items[:12]:
            if isinstance(tok, str) and tok:
                feats.append("dom.tok=" + tok.lower()[:30])
    for key, value in dom.items():
        if key.startswith("in_") and value is True:
            feats.append("dom." + key)
    density = dom.get("link_density")
    if isinstance(density, (int, float)) and not isinstance(density, bool):
        feats.append("dom.links=" + _RATIO_NAMES[ratio_index(float(density))])
    return feats


def _nearest_long(page: Page) -> list[int]:
    """Per segment, the distance (in segments) to the nearest long paragraph."""
    n = len(page)
    far = n + 1
    dist = [far] * n
    last = -far
    for i in range(n):
        if page.shapes[i].words >= LONG_WORDS:
            last = i
        dist[i] = i - last
    last = 2 * n + 2
    for i in range(n - 1, -1, -1):
        if page.shapes[i].words >= LONG_WORDS:
            last = i
        dist[i] = min(dist[i], last - i)
    return dist


_NO_SPAN = ("span=none",)
_INSIDE = ("span=inside",)


def _span_features(i: int, article: tuple[int, int] | None) -> tuple[str, ...]:
    if article is None:
        return _NO_SPAN
    start, end = article
    if i < start:
        return ("span=before", _pick(_TO_START, start - i))
    if i >= end:
        return ("span=after", _pick(_FROM_END, i - end + 1))
    if i == start:
        return ("span=inside", "span=first", "span=last") if i == end - 1 else ("span=inside", "span=first")
    return ("span=inside", "span=last") if i == end - 1 else _INSIDE


def _position(i: int, n: int) -> str:
    if i == 0:
        return "pos=first"
    if i == n - 1:
        return "pos=last"
    rel = i / n
    if rel < 0.1:
        return "pos=top"
    if rel < 0.3:
        return "pos=upper"
    if rel < 0.7:
        return "pos=middle"
    if rel < 0.9:
        return "pos=lower"
    return "pos=bottom"


#: what a neighbour beyond the page's first or last segment shows
EDGE: tuple[str, ...] = ("edge",)


@dataclass
class PageParts:
    """A page's features in three parts, so that the model can score them fast.

    ``line[i]`` are segment ``i``'s features as a line on its own
    (:func:`shape_features`, shared with :data:`SHAPES`: never mutate them),
    ``context[i]`` its features from the page around it, and ``keys[i]``
    what its neighbours see of it. Segment ``i``'s own features (:attr:`own`)
    are ``line[i]`` then ``context[i]``; its full feature list adds, for every
    offset ``off`` in :data:`OFFSETS`, ``f"{off:+d}:" + f`` for ``f`` in
    :meth:`neighbour` ``(i, off)`` (:func:`page_features` spells it out).
    """

    line: list[list[str]]
    context: list[tuple[str, ...]]
    keys: list[tuple[str, ...]]

    @property
    def own(self) -> list[list[str]]:
        return [line + list(context) for line, context in zip(self.line, self.context)]

    def own_of(self, i: int) -> list[str]:
        return self.line[i] + list(self.context[i])

    def neighbour(self, i: int, off: int) -> tuple[str, ...]:
        j = i + off
        return self.keys[j] if 0 <= j < len(self.keys) else EDGE


class ShapeCache:
    """The shape features of one page's lines: a line repeated on the page, and the page's second pass.

    A line's features depend on its text alone, so a line repeated on a page
    (a menu, a footer, the lines of a dump of many pages) is worked out once,
    as :meth:`newsclean.detectors.page.Page.of` measures it once; and
    :func:`newsclean.pipeline.clean` reads the kept lines of a page a second
    time: that pass finds their features here. The first pass over a page
    starts the cache afresh (:func:`newsclean.detectors.model.predict_if_available`),
    so a page repeated in a benchmark is never measured faster than a real
    crawl of distinct pages. While :attr:`reading` is False the cache is only
    written to. Holds at most ``limit`` characters of line text (then starts
    over). Safe to share between threads: at worst a line is measured twice.
    """

    def __init__(self, limit: int = 2_000_000) -> None:
        self.limit = limit
        self._lines: dict[str, list[str]] = {}
        self._chars = 0
        #: False during a page's first pass (write only), True during its second pass
        self.reading = False

    def features(self, text: str, shape: Shape) -> list[str]:
        """:func:`shape_features` of ``text``, as a fresh list."""
        return list(self.shared(text, shape))

    def shared(self, text: str, shape: Shape) -> list[str]:
        """:func:`shape_features` of ``text``, the cached list itself (never mutate it)."""
        cached = self._lines.get(text) if self.reading else None
        if cached is None:
            cached = shape_features(text, shape)
            if self._chars + len(text) > self.limit:
                self.clear()
            self._lines[text] = cached
            self._chars += len(text)
        return cached

    def clear(self) -> None:
        self._lines = {}
        self._chars = 0


#: the cache :func:`page_parts` uses (benchmarks clear it between rounds)
SHAPES = ShapeCache()


def page_parts(page: Page) -> PageParts:
    """Line, context and key features of every segment of ``page`` (rule verdicts and ``article`` filled in).

    ``keys[i]`` is :func:`key_features` ``(page, i)``, worked out here from the
    same verdict features as ``context[i]``.
    """
    n = len(page)
    segments = page.segments
    page_shapes = page.shapes
    near = _nearest_long(page)
    norm = page.lows if len(page.lows) == n else [t.lower() for t in page.texts]
    counts = Counter(norm)
    common = ["bias", "lang=" + page.lang]
    if not page.has_blank_lines:
        common.append("no_blank_lines")
    shapes = SHAPES.shared
    article = page.article
    all_verdicts = page.verdicts
    line: list[list[str]] = []
    context: list[tuple[str, ...]] = []
    keys: list[tuple[str, ...]] = []
    relative = _relative_features(page) if RELATIVE_FEATURES else None
    core = page.core if CORE_FEATURES and page.article is not None else None
    flow = _flow_features(page) if FLOW_SANDWICH or FLOW_OVERLAP or FLOW_LONG or NEAR_RULES else None
    named_of = _verdicts_named
    long_dist = _LONG_DIST
    far_dist = long_dist[-1]
    n_dist = len(long_dist)
    # the lines of a page picked from another (the second pass over a page's kept lines)
    # have their line features there already: the other page's, read by index (a line's
    # features are a function of its text, and a picked line's text is the other page's)
    origin = page.picked_from
    earlier = origin[0].line_features if origin is not None else None
    if earlier is not None and origin is not None:
        line = list(map(earlier.__getitem__, origin[1]))
    # what :func:`_position`, :func:`_span_features`, :func:`verdict_features` and
    # :func:`_gist_flags` give, worked out inline (this loop runs once per line)
    for i in range(n):
        seg = segments[i]
        shape = page_shapes[i]
        if earlier is None:
            line.append(shapes(seg.text, shape))
        rel = i / n
        feats = [
            *common,
            "pos=first"
            if i == 0
            else "pos=last"
            if i == n - 1
            else "pos=top"
            if rel < 0.1
            else "pos=upper"
            if rel < 0.3
            else "pos=middle"
            if rel < 0.7
            else "pos=lower"
            if rel < 0.9
            else "pos=bottom",
        ]
        if article is None:
            feats.append("span=none")
        else:
            feats.extend(_span_features(i, article))
        d = near[i]
        feats.append(long_dist[d] if d < n_dist else far_dist)
        blank_before = seg.blank_before
        if blank_before:
            feats.append("blank_before")
        if i + 1 < n and segments[i + 1].blank_before:
            feats.append("blank_after")
        if counts[norm[i]] > 1:
            feats.append("repeated")
        words = shape.words
        key = [_WORDS[words] if words < _N_WORDS else _WORDS[-1]]
        verdicts = all_verdicts[i]
        if verdicts:
            if len(verdicts) == 1:
                v = verdicts[0]
                three = named_of.get((v.rule, v.label, v.score)) or _named(v.rule, v.label, v.score)
                feats.extend(three)
                key.append(three[1])
                key.append(three[0])
            else:
                named = [named_of.get((v.rule, v.label, v.score)) or _named(v.rule, v.label, v.score) for v in verdicts]
                for three in named:
                    feats.extend(three)
                key.extend(dict.fromkeys(label for _, label, _ in named))
                key.extend(dict.fromkeys(rule for rule, _, _ in named))
        else:
            feats.append("rulelabel=none")
            key.append("rulelabel=none")
        if seg.dom is not None and isinstance(seg.dom, dict):
            feats.extend(dom_features(seg.dom))
        if relative is not None:
            feats.extend(relative[i])
        if core is not None:
            feats.append("core=before" if i < core[0] else "core=inside" if i < core[1] else "core=after")
        if flow is not None and flow[i]:
            feats.extend(flow[i])
        context.append(tuple(feats))
        key.extend(_gist_flags(shape, blank_before))
        keys.append(tuple(key))
    page.line_features = line
    return PageParts(line, context, keys)


#: a line of the article this long or longer, ending a sentence, is one of its paragraphs (for :func:`_flow_features`)
FLOW_PARA_WORDS = 20
#: lines of at most this many words get the flow features
FLOW_MAX_WORDS = 40
#: how far (in lines) :data:`NEAR_RULES` looks for the rules' labels
NEAR_REACH = 3
#: a content word, for :data:`FLOW_OVERLAP`: four letters or more
_CONTENT = re.compile(r"[^\W\d_]{4,}")


def _flow_kind(shape: Shape) -> str:
    """A line's kind in the flow: ``P`` a paragraph, ``s`` a shorter sentence, ``h`` a heading, ``o`` other."""
    if shape.words >= FLOW_PARA_WORDS and shape.sentence_end:
        return "P"
    if shape.sentence_end:
        return "s"
    if not shape.terminal:
        return "h"
    return "o"


def _flow_features(page: Page) -> list[list[str]]:
    """Per segment, features of its place in the article's flow (the lines inside ``page.article`` only).

    Aimed at furniture the rules do not claim between the article's paragraphs (an uncredited
    photo caption, a teaser title without a cue word, a native ad): it reads as article text on
    its own, and differs in how it sits among the paragraphs.

    * ``sand=`` (:data:`FLOW_SANDWICH`): the line's kind (:func:`_flow_kind`: paragraph,
      shorter sentence, heading, other), its length, and the kinds of the lines above and below,
      as one feature, for lines the rules left unclaimed: a heading followed by a sentence and
      then a paragraph is a subheading, a lone sentence between two paragraphs a caption or the
      paragraph of a story;
    * ``ov=`` (:data:`FLOW_OVERLAP`): whether the line shares content words (four letters or
      more) with the headline and the nearest paragraphs above and below: a teaser for
      another story or an ad shares none;
    * ``flow=`` (:data:`FLOW_LONG`): before the article's first paragraph, after its last one,
      or between;
    * ``near=`` (:data:`NEAR_RULES`): the labels the rules' verdicts give the lines within
      :data:`NEAR_REACH` lines (a caption claimed next to it, a promo block around it).
    """
    n = len(page)
    out: list[list[str]] = [[] for _ in range(n)]
    if page.article is None:
        return out
    start, end = page.article
    shapes, segments, verdicts = page.shapes, page.segments, page.verdicts
    kinds = [_flow_kind(sh) for sh in shapes]
    paras = [k for k in range(start, end) if kinds[k] == "P"]
    first_para, last_para = (paras[0], paras[-1]) if paras else (end, start - 1)
    words_of: dict[int, set[str]] = {}

    def content(k: int) -> set[str]:
        got = words_of.get(k)
        if got is None:
            low = page.lows[k] if len(page.lows) == n else segments[k].text.lower()
            got = words_of[k] = set(_CONTENT.findall(low))
        return got

    headline = next((k for k in range(n) if segments[k].label is Label.HEADLINE), -1)
    prev_para = [-1] * n
    last = -1
    for k in range(start, end):
        prev_para[k] = last
        if kinds[k] == "P":
            last = k
    next_para = [-1] * n
    last = -1
    for k in range(end - 1, start - 1, -1):
        next_para[k] = last
        if kinds[k] == "P":
            last = k
    for i in range(start, end):
        shape = shapes[i]
        if shape.words > FLOW_MAX_WORDS or not shape.words:
            continue
        feats = out[i]
        claimed = bool(verdicts[i])
        if FLOW_SANDWICH and not claimed:
            above = kinds[i - 1] if i > start else "e"
            below = kinds[i + 1] if i + 1 < end else "e"
            size = "1" if shape.words <= 5 else "2" if shape.words <= 12 else "3"
            feats.append(f"sand={above}{kinds[i]}{size}{below}")
            feats.append(f"sand.own={kinds[i]}{size}{below}")
        if FLOW_OVERLAP and shape.words >= 4 and " " in segments[i].text.strip():
            mine = content(i)
            if mine:
                around: set[str] = set()
                for j in (headline, prev_para[i], next_para[i]):
                    if j >= 0 and j != i:
                        around |= content(j)
                shared = len(mine & around) / len(mine)
                feats.append("ov=0" if not shared else "ov=low" if shared < 0.25 else "ov=some")
                if not claimed:
                    feats.append("ov.none=0" if not shared else "ov.none=low" if shared < 0.25 else "ov.none=some")
        if FLOW_LONG:
            feats.append("flow=before" if i < first_para else "flow=after" if i > last_para else "flow=between")
        if NEAR_RULES:
            seen: set[str] = set()
            for k in range(max(0, i - NEAR_REACH), min(n, i + NEAR_REACH + 1)):
                if k != i:
                    for v in verdicts[k]:
                        seen.add(v.label.value)
            feats.extend(sorted("near=" + label for label in seen))
    return out


_REL_NAMES = ("rel=<q", "rel=<h", "rel=<1", "rel=<2", "rel=<4", "rel=4+")


def _relative_features(page: Page) -> list[list[str]]:
    """Per segment, features relative to the page: its length against the page's median
    line, its rank by length, the run of short lines it sits in, a first word shared
    with a neighbour, and the share of the page's words before it."""
    n = len(page)
    words = [sh.words for sh in page.shapes]
    nonzero = sorted(w for w in words if w)
    median = nonzero[len(nonzero) // 2] if nonzero else 1
    total = sum(words) or 1
    order = sorted(range(n), key=lambda k: -words[k])
    rank = [0] * n
    for r, k in enumerate(order):
        rank[k] = r
    firsts = [t.split(None, 1)[0].lower() if t.strip() else "" for t in page.texts]
    short = [0 < w <= 8 for w in words]
    run_start = [0] * n
    for i in range(n):
        run_start[i] = run_start[i - 1] if i and short[i] and short[i - 1] else i
    run_end = [0] * n
    for i in range(n - 1, -1, -1):
        run_end[i] = run_end[i + 1] if i + 1 < n and short[i] and short[i + 1] else i
    out = []
    before = 0
    for i in range(n):
        w = words[i]
        ratio = w / median
        k = 0 if ratio < 0.25 else 1 if ratio < 0.5 else 2 if ratio < 1 else 3 if ratio < 2 else 4 if ratio < 4 else 5
        feats = [_REL_NAMES[k]]
        top = rank[i] / n
        feats.append(
            "rank=top10" if top < 0.1 else "rank=top25" if top < 0.25 else "rank=top50" if top < 0.5 else "rank=low"
        )
        if short[i]:
            size = run_end[i] - run_start[i] + 1
            if size >= 3:
                where = "first" if i == run_start[i] else "last" if i == run_end[i] else "mid"
                feats.append("short_run=" + where)
                feats.append("short_run=" + ("3-5" if size <= 5 else "6+"))
        f0 = firsts[i]
        if f0 and ((i and firsts[i - 1] == f0) or (i + 1 < n and firsts[i + 1] == f0)):
            feats.append("same_first_word")
        share = before / total
        feats.append("wpos=" + str(min(int(share * 5), 4)))
        before += w
        out.append(feats)
    return out


def prefixed(off: int, keys: tuple[str, ...]) -> list[str]:
    """Neighbour features as the model names them: ``-1:rulelabel=byline``."""
    prefix = f"{off:+d}:"
    return [prefix + f for f in keys]


def page_features(page: Page) -> list[list[str]]:
    """One full feature list per segment of ``page`` (what training sees)."""
    parts = page_parts(page)
    return [
        own + [f for off in OFFSETS for f in prefixed(off, parts.neighbour(i, off))] for i, own in enumerate(parts.own)
    ]
