"""Normalised forms of a line used for fast lookups (shared by every detector)."""

from __future__ import annotations

import re

from newsclean import lazyrx

#: anything but letters and digits at either end (punctuation, arrows, emoji)
_DECORATION = lazyrx.compile(r"^[^\p{L}\p{N}+]+|[^\p{L}\p{N}+]+$")
_SPACES = lazyrx.compile(r"\s+")


def norm_key(text: str) -> str:
    """Normalise a short line for whole-line lookups: trimmed, spaces folded, lower case.

    ``"🔗 Partager"``, ``"- Advertisement -"`` and ``"SHARE:"`` become
    ``"partager"``, ``"advertisement"`` and ``"share"``.
    """
    if text[:1].isalnum() and text[-1:].isalnum():  # the common case, without a regex
        return " ".join(text.split()).lower()
    if text.isascii() and not _HAS_SEPARATOR_CONTROL(text):
        # ASCII: a letter or digit is [A-Za-z0-9] (isalnum), and white space (\s, split())
        # is the same set but for the controls \x1c-\x1f (split() splits at them)
        start, end = 0, len(text)
        while start < end and not (text[start].isalnum() or text[start] == "+"):
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] == "+"):
            end -= 1
        return " ".join(text[start:end].split()).lower()
    return str(_SPACES.sub(" ", _DECORATION.sub("", text))).lower()


_HAS_SEPARATOR_CONTROL = re.compile("[\x1c-\x1f]").search


EDGE_PUNCT = "\"'“”‘’«»„()[]{}.,;:!?¡¿|•·*-–—>›»/"


def first_two_words(low: str) -> str:
    """The first two words of a lower-cased line, punctuation trimmed, joined by a space."""
    parts = [p.strip(EDGE_PUNCT) for p in low.split(maxsplit=2)[:2]]
    return " ".join(p for p in parts if p)


def first_word(low: str) -> str:
    """The first word of a lower-cased line, without surrounding punctuation."""
    parts = low.split(maxsplit=1)
    return parts[0].strip(EDGE_PUNCT) if parts else ""
