"""Building blocks shared by the rule detectors: named, compiled patterns.

A :class:`LineRule` is a name, a label, a score and a test on one line's text.
Its name (with the language of the cue, e.g. ``ad.marker[de]``) is what
``--explain`` prints as the reason. Whole-line phrase lists are turned into a
set lookup on a normalised key (O(1) per line); prefix lists and patterns into
one ``regex`` alternation per rule and language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

import regex

from newsclean.segments.normalize import first_two_words, first_word, norm_key
from newsclean.types import Label, Segment, Verdict

if TYPE_CHECKING:
    from newsclean.detectors.page import Page


class Hit(NamedTuple):
    """A rule that matched a line: its name (with the cue's language) and the matched text.

    A named tuple, not a dataclass: one is made for every line a rule fires on.
    """

    rule: str
    match: str


class PhraseSet:
    """Whole-line phrases per language → the language whose phrase matched.

    A phrase listed under several languages ("guardar": es and pt) matches on a page of
    any of them; the reason names the page's language when it is one of those, else the
    first that lists it.
    """

    def __init__(self, name: str, phrases: dict[str, list[str]]) -> None:
        self.name = name
        index: dict[str, list[str]] = {}
        for lang, words in phrases.items():
            for w in words:
                langs = index.setdefault(norm_key(w), [])
                if lang not in langs:
                    langs.append(lang)
        #: key -> the languages that list it, in the order they are given
        self._index: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in index.items()}

    def keys(self) -> frozenset[str]:
        """Every whole-line key that can match (for finding candidate lines)."""
        return frozenset(self._index)

    def lang_of(self, key: str, langs: frozenset[str] | None = None, prefer: str | None = None) -> str | None:
        """The language of the phrase whose key is ``key`` (None: no phrase, or not in ``langs``);
        ``prefer`` when it lists the phrase too."""
        listed = self._index.get(key)
        return None if listed is None else _pick(listed, langs, prefer)

    def match(self, page: Page, i: int, langs: frozenset[str] | None = None) -> Hit | None:
        key = page.keys[i]
        if not key:
            return None
        listed = self._index.get(key)
        if listed is None:
            return None
        lang = _pick(listed, langs, page.lang)
        if lang is None:
            return None
        return Hit(f"{self.name}[{lang}]", page.texts[i])


def _pick(listed: tuple[str, ...], langs: frozenset[str] | None, prefer: str | None) -> str | None:
    """Of the languages that list a phrase, the one to name: ``prefer`` if among them and
    allowed, else the first allowed (``langs`` None: all are)."""
    if len(listed) == 1:
        lang = listed[0]
        return None if langs is not None and lang not in langs else lang
    if prefer in listed and (langs is None or prefer in langs):
        return prefer
    for lang in listed:
        if langs is None or lang in langs:
            return lang
    return None


class PatternSet:
    """Regex patterns (or prefixes) per language, searched as one alternation.

    With ``prefixes=True`` the items are literal line openings, and a line is
    only searched when its first word opens one of them (a set lookup): most
    lines of a page never reach the regex engine. A line is then matched (by
    :meth:`_literal_match`, or when it is not plain case by a regex) against only
    the openings whose first character matches the line's (the same alternation,
    in the same order, less the openings that cannot match there): a short
    alternation instead of every opening of every language.
    """

    def __init__(
        self,
        name: str,
        patterns: dict[str, list[str]],
        *,
        prefixes: bool = False,
        flags: int = regex.I,
        gate: Iterable[str] | None = None,
        after: str = "",
    ) -> None:
        self.name = name
        #: a zero-width pattern (a lookahead) that every pattern of every language ends with,
        #: written once after the alternation of the languages instead of once in each:
        #: the same matches (the engine tries the same alternatives in the same order, and
        #: the pattern takes no characters, so each language's group spans the same text),
        #: but a long lookahead is compiled once (``byline.date``'s month names: 90 -> 15 ms)
        assert not (after and prefixes), "after= is for patterns, not prefixes"
        self._after = after
        self._sources: dict[str, str] = {}
        #: prefixes only: per language, each opening as in the pattern (escaped) and as written
        self._openings: dict[str, list[tuple[str, str]]] = {}
        firsts: set[str] = set()
        pairs: set[str] = set()
        gated = prefixes
        for lang, items in patterns.items():
            if not items:
                continue
            if prefixes:
                openings = sorted(((regex.escape(p.strip()), p.strip()) for p in items), key=_escaped_len, reverse=True)
                self._openings[lang] = openings
                self._sources[lang] = r"^(?:" + "|".join(esc for esc, _ in openings) + r")"
                for p in items:
                    two = first_two_words(p.strip().lower())
                    if not two:
                        gated = False
                    elif " " in two and len(p.split()) >= 2 and first_two_words(p.lower()) == two:
                        pairs.add(two)
                    else:
                        firsts.add(first_word(p.strip().lower()))
            else:
                self._sources[lang] = "|".join(f"(?:{p})" for p in items)
        self._gate: frozenset[str] | None = (
            frozenset(firsts) if gated else (frozenset(gate) if gate is not None else None)
        )
        #: multi-word prefixes are gated on the line's first two words
        self._pairs: frozenset[str] = frozenset(pairs) if gated else frozenset()
        self._pair_firsts: frozenset[str] = frozenset(p.split()[0] for p in self._pairs)
        self._openers: frozenset[str] | None = None
        self._flags = flags
        self._merged: dict[frozenset[str] | None, regex.Pattern[str]] = {}
        #: prefixes only: per first character of a line, the alternation of the openings that can match it
        self._by_char: dict[str, regex.Pattern[str]] = {}
        self._opening_firsts = frozenset(raw[0] for openings in self._openings.values() for _, raw in openings if raw)
        self._by_openings: dict[tuple[tuple[str, ...], ...], regex.Pattern[str]] = {}
        # anchored patterns are tried at the line start only (search() would try every position)
        self._anchored = prefixes or all(p.startswith("^") for items in patterns.values() for p in items)
        #: prefixes only, case-insensitive: per first letter, the openings lower-cased with their
        #: language, in the alternation's order (see :meth:`_literal_match`)
        self._literal: dict[str, list[tuple[str, str]]] | None = None
        if prefixes and flags == regex.I:
            self._literal = {}
            for lang, openings in self._openings.items():
                for _, raw in openings:
                    low = raw.lower()
                    if len(low) != len(raw):
                        # "İlgili haber": only a line holding "İ" can match it, and such a line
                        # is never a ``plain_line``: the regex matches it, not the literal
                        continue
                    assert low, raw
                    self._literal.setdefault(low[0], []).append((low, lang))

    def openers(self) -> frozenset[str] | None:
        """The first words (``page.firsts``) of every line that can match; None: any line can."""
        if self._gate is None:
            return None
        if self._openers is None:  # worked out once: a detector asks once per page
            self._openers = self._gate | self._pair_firsts
        return self._openers

    def _compiled(self, langs: frozenset[str] | None) -> regex.Pattern[str]:
        rx = self._merged.get(langs)
        if rx is None:
            parts = [f"(?P<{lang}>{src})" for lang, src in self._sources.items() if langs is None or lang in langs]
            source = "|".join(parts) or r"(?!)"
            rx = regex.compile(f"(?:{source}){self._after}" if self._after else source, self._flags)
            self._merged[langs] = rx
        return rx

    def _for_char(self, char: str) -> regex.Pattern[str]:
        """The merged alternation less the openings whose first character cannot match ``char``.

        An opening can only match a line whose first character its own first
        character matches (under the set's flags, case-insensitive by default);
        the others are left out, the rest keep their order, so the first match
        is the one the whole alternation finds. Compiled once per distinct set
        of openings ("s" and "S" share one).
        """
        # which openings' first characters match ``char``: one test per distinct first character
        ok = {f for f in self._opening_firsts if regex.match(regex.escape(f), char, self._flags)}
        kept = tuple(
            tuple(esc for esc, raw in openings if not raw or raw[0] in ok) for openings in self._openings.values()
        )
        rx = self._by_openings.get(kept)
        if rx is None:
            parts = [f"(?P<{lang}>^(?:" + "|".join(alts) + "))" for lang, alts in zip(self._openings, kept) if alts]
            rx = regex.compile("|".join(parts) or r"(?!)", self._flags)
            self._by_openings[kept] = rx
        self._by_char[char] = rx
        return rx

    def match(self, page: Page, i: int, langs: frozenset[str] | None = None) -> Hit | None:
        if self._gate is not None:
            first = page.firsts[i]
            if first not in self._gate and (
                first not in self._pair_firsts or first_two_words(page.lows[i]) not in self._pairs
            ):
                return None
        # one alternation over every language, compiled once; a cue of a language the
        # caller did not ask for counts as no match
        text = page.texts[i]
        if self._literal is not None and text[:1] and page.plain_line(i):
            # any first character: the merged alternation (that a non-ASCII one would need,
            # a large pattern to compile) is not compiled for such a line
            return self._literal_match(page, i, langs)
        if self._openings and text[:1]:
            rx = self._by_char.get(text[0]) or self._for_char(text[0])
        else:
            rx = self._compiled(None)
        m = rx.match(text) if self._anchored else rx.search(text)
        if m is not None and langs is not None and m.lastgroup not in langs:
            # another language's alternative came first ("publicado": es before pt): the
            # asked languages' own alternation decides (compiled once per set of languages)
            rx = self._compiled(langs)
            m = rx.match(text) if self._anchored else rx.search(text)
        if m is None:
            return None
        return Hit(f"{self.name}[{m.lastgroup}]", m.group(0))

    def _literal_match(self, page: Page, i: int, langs: frozenset[str] | None) -> Hit | None:
        """The alternation's match on a line of a ``plain_case`` page, without a regex.

        The openings are literal text matched case-insensitively: the first one (in
        the alternation's order) that the line starts with, ignoring case, is the
        match. For the characters of the openings, two characters are equal ignoring
        case exactly when their ``lower()`` are, except "İ" and "ſ" (checked over every
        code point; ``tests/detectors/rules/test_base.py``), which a ``plain_case`` page
        has none of; lower-casing keeps every other character's length, so the match is
        the line's first ``len(opening)`` characters.
        """
        assert self._literal is not None
        low = page.lows[i]
        for opening, lang in self._literal.get(low[0], _NO_OPENINGS):
            if low.startswith(opening) and (langs is None or lang in langs):
                return Hit(f"{self.name}[{lang}]", page.texts[i][: len(opening)])
        return None


_NO_OPENINGS: list[tuple[str, str]] = []


def _escaped_len(opening: tuple[str, str]) -> int:
    return len(opening[0])


def verdict(label: Label, hit: Hit, score: float = 1.0) -> Verdict:
    return Verdict(label=label, rule=hit.rule, match=hit.match[:120], score=score, detector="rules")


def words_alternation(words: Iterable[str]) -> str:
    """``a|b c|d`` with the longest first and spaces matching any white space."""
    alts = sorted({regex.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(alts) + ")"


def _top_level_alternation(pattern: str) -> bool:
    """A ``|`` outside every group and character class (``a|b``, not ``(?:a|b)``)."""
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def factored(patterns: list[str]) -> str:
    r"""``(?:p1)|(?:p2)|...`` with each run of patterns that open with the same anchor
    (``\b`` or ``^``) written once as that anchor and the run's alternation.

    The same matches: the alternatives are tried in the same order at each position, and a
    run's anchor is tested once instead of once per pattern. The ``regex`` engine fails
    the long alternation about three times as fast on a line where nothing matches.
    A pattern with a top-level ``|`` (whose anchor binds to its first branch only) is
    refused (ValueError).
    """
    runs: list[tuple[str, list[str]]] = []
    for p in patterns:
        if _top_level_alternation(p):
            raise ValueError(f"a top-level | in {p!r}: its anchor would bind to every branch")
        anchor = "\\b" if p.startswith("\\b") else "^" if p.startswith("^") else ""
        body = f"(?:{p[len(anchor) :]})"
        if runs and runs[-1][0] == anchor:
            runs[-1][1].append(body)
        else:
            runs.append((anchor, [body]))
    return "|".join(f"{anchor}(?:{'|'.join(bodies)})" for anchor, bodies in runs)


def unlinked_heading(seg: Segment) -> bool:
    """HTML: ``seg`` is a heading element (``h1``-``h6``) with no link text.

    Teaser titles under a "Related" or "Most read" heading are links; a heading
    without one right under such a box is the article's next subheading, where
    a list of other stories ends.
    """
    dom = seg.dom
    return dom is not None and bool(dom.get("is_heading")) and not dom.get("link_density")
