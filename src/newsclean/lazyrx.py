"""``regex`` patterns compiled on first use, not at import.

The ``regex`` module's compiler is pure Python and keeps no cache across
processes: the rule modules' patterns cost 0.3 CPU s to compile, paid by every
``newsclean`` call before it reads a line, although a page reaches only some of
them (per-language patterns of other languages, rules behind a cheap test that
no line passes). :func:`compile` returns a stand-in that compiles its pattern the
first time one of its methods is asked for; from then on the pattern's bound
methods sit on the stand-in itself, so a call costs what a call on the compiled
pattern costs.
"""

from __future__ import annotations

from typing import Any

import regex

#: the methods of a compiled pattern put on the stand-in once it is compiled
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A ``regex.compile(pattern, flags)`` made when first used (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    @property
    def compiled(self) -> bool:
        """Whether the pattern has been compiled yet."""
        return "match" in self.__dict__

    def __getattr__(self, name: str) -> Any:
        # reached only for an attribute the stand-in lacks: before the first use, or for
        # an attribute of the pattern other than _METHODS (``pattern``, ``flags``, ``groupindex``)
        if name.startswith("__") or name == "_source":
            raise AttributeError(name)
        rx = regex.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(rx, method))
        return getattr(rx, name)

    def __repr__(self) -> str:
        return f"lazyrx.compile({self._source[0]!r}, {self._source[1]!r})"


def compile(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, compiled when one of its methods is first used."""
    return LazyPattern(pattern, flags)
