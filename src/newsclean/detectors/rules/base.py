"""Building blocks shared by the rule detectors: named, compiled patterns.

A :class:`LineRule` is a name, a label, a score and a test on one line's text.
Its name (with the language of the cue, e.g. ``ad.marker[de]``) is what
``--explain`` prints as the reason. Whole-line phrase lists are turned into a
set lookup on a normalised key (O(1) per line); prefix lists and patterns into
one ``regex`` alternation per rule and language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from newsclean.types import Label, Verdict

#: anything but letters and digits at either end (punctuation, arrows, emoji)
_DECORATION = regex.compile(r"^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$")
_SPACES = regex.compile(r"\s+")


def norm_key(text: str) -> str:
    """Normalise a short line for whole-line lookups: trimmed, spaces folded, lower case.

    ``"🔗 Partager"``, ``"- Advertisement -"`` and ``"SHARE:"`` become
    ``"partager"``, ``"advertisement"`` and ``"share"``.
    """
    return _SPACES.sub(" ", _DECORATION.sub("", text)).lower()


@dataclass(frozen=True)
class Hit:
    rule: str
    match: str


class PhraseSet:
    """Whole-line phrases per language → the language whose phrase matched."""

    def __init__(self, name: str, phrases: dict[str, list[str]]) -> None:
        self.name = name
        self._index: dict[str, str] = {}
        for lang, words in phrases.items():
            for w in words:
                self._index.setdefault(norm_key(w), lang)

    def match(self, text: str, langs: Iterable[str] | None = None) -> Hit | None:
        if len(text) > 80:
            return None
        key = norm_key(text)
        lang = self._index.get(key)
        if lang is None or (langs is not None and lang not in langs):
            return None
        return Hit(f"{self.name}[{lang}]", text.strip())


class PatternSet:
    """Regex patterns (or prefixes) per language, one compiled alternation per language."""

    def __init__(self, name: str, patterns: dict[str, list[str]], *, prefixes: bool = False, flags: int = regex.I) -> None:
        self.name = name
        self._compiled: dict[str, regex.Pattern[str]] = {}
        for lang, items in patterns.items():
            if not items:
                continue
            if prefixes:
                alts = sorted((regex.escape(p.strip()) for p in items), key=len, reverse=True)
                src = r"^(?:" + "|".join(alts) + r")"
            else:
                src = "|".join(f"(?:{p})" for p in items)
            self._compiled[lang] = regex.compile(src, flags)

    def match(self, text: str, langs: Iterable[str] | None = None) -> Hit | None:
        for lang, rx in self._compiled.items():
            if langs is not None and lang not in langs:
                continue
            m = rx.search(text)
            if m:
                return Hit(f"{self.name}[{lang}]", m.group(0))
        return None


def verdict(label: Label, hit: Hit, score: float = 1.0) -> Verdict:
    return Verdict(label=label, rule=hit.rule, match=hit.match[:120], score=score, detector="rules")


def words_alternation(words: Iterable[str]) -> str:
    """``a|b c|d`` with the longest first and spaces matching any white space."""
    alts = sorted({regex.escape(w).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(alts) + ")"
