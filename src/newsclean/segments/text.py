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
    segments: list[Segment] = []
    append = segments.append
    blank = False
    for i, line in enumerate(lines):
        if not line.strip():
            blank = True
            continue
        append(Segment(len(segments), i, line, blank))  # index, line, text, blank_before
        blank = False
    return segments
