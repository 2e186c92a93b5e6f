"""Runs of lines that open alike: the items of a list.

A list in a page dump is a run of consecutive lines that open the same way:
bullets or numbers ("• ...", "1. ..."), a symbol ("★★★☆☆ ...", "✓ ..."), a
number ("12 Ross Bayne ..."), or a short label and a colon ("Runtime: 124
minutes"); or, without such a lead, that are put together the same way: cells
between " | ", columns between double spaces, a name and " – " a detail, a
name and a bracket ("Dev Mistry (Labour)"). :func:`lead_kind` and
:func:`row_kind` name these, :func:`runs` finds the runs. The decision stage reads them to keep a list the article introduces out
of the model's reach (:func:`newsclean.decision.resolve.combine`).

Lines that open with a clock time ("11:58 Club open talks ...") are their
own kind, ``clock``: on a live blog such a run is the list of earlier entries
(chrome or promo), rarely the story's own list.
"""

from __future__ import annotations

import re

from newsclean.segments.shape import Shape

#: quote marks: a line opening with one is a quotation, not a list item
QUOTES = frozenset("\"'“”‘’«»„‚‹›")
#: a "Label: ..." line's label has at most this many spaces
LABEL_SPACES = 2
#: a run has at least this many lines
RUN_MIN = 2
_CLOCK_START = re.compile(r"\d{1,2}[:.h]\d{2}\b")


def lead_kind(text: str, shape: Shape) -> str:
    """How a line opens, as a list item would.

    ``marker`` (a bullet, "1."), ``symbol`` (★, ✓, any other non-alphanumeric
    first character but a quote), ``clock`` (a clock time), ``num`` (another
    number), ``colon`` ("Runtime: ..."), or ``""``: none of these (a sentence,
    a heading, a blank line).
    """
    if shape.list_marker:
        return "marker"
    head = text.lstrip()[:40]
    c0 = head[:1]
    if not c0:
        return ""
    if not c0.isalnum():
        return "" if c0 in QUOTES else "symbol"
    if c0.isdigit():
        return "clock" if _CLOCK_START.match(head) else "num"
    colon = head.find(":")
    if colon > 0 and head[:colon].count(" ") <= LABEL_SPACES and (colon + 1 == len(head) or head[colon + 1] == " "):
        return "colon"
    return ""


def runs(kinds: list[str], minimum: int = RUN_MIN) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every run of at least ``minimum`` consecutive equal,
    non-empty kinds (``end`` exclusive), in order."""
    out = []
    n = len(kinds)
    i = 0
    while i < n:
        kind = kinds[i]
        j = i + 1
        while j < n and kinds[j] == kind:
            j += 1
        if kind and j - i >= minimum:
            out.append((i, j, kind))
        i = j
    return out


def row_kind(text: str) -> str:
    """How a line is put together, as a row of a table or a list without a lead.

    ``pipe`` (cells between " | "), ``columns`` (two spaces between words),
    ``dash`` (a dash between spaces within its first :data:`DASH_REACH`
    characters: "Centre – Monday to Friday"), ``paren`` (it ends with a
    bracket: "Dev Mistry (Labour)"), or ``""``.
    """
    t = text.strip()
    if " | " in t:
        return "pipe"
    if "  " in t:
        return "columns"
    if " – " in t[:DASH_REACH] or " - " in t[:DASH_REACH]:
        return "dash"
    if t.endswith(")"):
        return "paren"
    return ""


#: a row's dash is within this many leading characters
DASH_REACH = 60
