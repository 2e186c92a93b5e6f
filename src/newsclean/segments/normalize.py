"""Normalised forms of a line used for fast lookups (shared by every detector)."""

from __future__ import annotations

import regex

#: anything but letters and digits at either end (punctuation, arrows, emoji)
_DECORATION = regex.compile(r"^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$")
_SPACES = regex.compile(r"\s+")


def norm_key(text: str) -> str:
    """Normalise a short line for whole-line lookups: trimmed, spaces folded, lower case.

    ``"🔗 Partager"``, ``"- Advertisement -"`` and ``"SHARE:"`` become
    ``"partager"``, ``"advertisement"`` and ``"share"``.
    """
    if text[:1].isalnum() and text[-1:].isalnum():  # the common case, without a regex
        return " ".join(text.split()).lower()
    return str(_SPACES.sub(" ", _DECORATION.sub("", text))).lower()


EDGE_PUNCT = "\"'“”‘’«»„()[]{}.,;:!?¡¿|•·*-–—>›»/"


def first_two_words(low: str) -> str:
    """The first two words of a lower-cased line, punctuation trimmed, joined by a space."""
    parts = [p.strip(EDGE_PUNCT) for p in low.split(maxsplit=2)[:2]]
    return " ".join(p for p in parts if p)


def first_word(low: str) -> str:
    """The first word of a lower-cased line, without surrounding punctuation."""
    parts = low.split(maxsplit=1)
    return parts[0].strip(EDGE_PUNCT) if parts else ""
