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
    return _SPACES.sub(" ", _DECORATION.sub("", text)).lower()


_EDGE_PUNCT = "\"'“”‘’«»„()[]{}.,;:!?¡¿|•·*-–—>›»/"


def first_word(low: str) -> str:
    """The first word of a lower-cased line, without surrounding punctuation."""
    parts = low.split(maxsplit=1)
    return parts[0].strip(_EDGE_PUNCT) if parts else ""
