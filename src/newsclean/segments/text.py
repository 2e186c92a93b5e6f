"""Text dump → segments: one segment per non-blank line.

Lines are split on ``\\n`` only (the labelling guide's contract: joining the
segment texts of a ``.seg`` file with ``\\n`` gives the input back); a ``\\r``
left by CRLF files is dropped from the end of each line. Blank lines (empty or
white space only) get no segment but are remembered as paragraph breaks.
"""

from __future__ import annotations

from newsclean.types import Segment


def split_lines(text: str) -> list[str]:
    """The input's lines, as ``--annotate`` reproduces them (no final empty line)."""
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [ln[:-1] if ln.endswith("\r") else ln for ln in lines]


def segment_lines(lines: list[str]) -> list[Segment]:
    """One segment per non-blank line, numbered in order (``index``) and by input line (``line``).

    A number past 256 is an object of its own (28 bytes): the numbers come from
    one list, so a segment's ``index`` is the same object as the ``line`` of
    the segment of that line number (most lines of a page are past 256).
    """
    segments: list[Segment] = []
    append = segments.append
    blank = False
    numbers = list(range(len(lines)))
    for i, line in zip(numbers, lines):
        if not line.strip():
            blank = True
            continue
        append(Segment(numbers[len(segments)], i, line, blank))  # index, line, text, blank_before
        blank = False
    return segments
