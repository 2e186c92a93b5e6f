"""Read the labelled HTML corpus (``corpus/html/*.html``) into pages and gold labels.

Format of a labelled page:

* the file starts with a header comment of ``key: value`` lines::

      <!--
      lang: en
      style: wordpress-local
      note: inline promo card with its own "By" line
      -->

* elements carry ``data-label="LABEL"`` (one of the eight labels); a piece of
  text has the label of its *nearest* ancestor (or itself) with ``data-label``;
  visible text with no labelled ancestor is ``chrome``.

The gold label of a segment is found by running the HTML segmenter on the
labelled page and looking up, for every piece of text in the segment, the
label of the element it belongs to; when a segment mixes labels, the label of
most of its (non-space) characters wins, the first one seen on a tie. Since
the segmenter never reads ``data-label``, segmenting the clean page (the same
page with the header and every ``data-label`` removed) gives the same
segments, one for one: that is what the benchmark scores.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from newsclean.segments.html import segment_with_sources
from newsclean.types import Label

_HEADER = re.compile(r"\A\ufeff?\s*<!--(.*?)-->[ \t]*\r?\n?", re.S)
_TAG = re.compile(r"<[A-Za-z][^\s/>]*(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_DATA_LABEL = re.compile(r"""\s+data-label\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)""", re.I)

Gold = list[tuple[str, Label]]


def read_labelled_html(path: str | os.PathLike[str]) -> tuple[str, Gold, dict[str, str]]:
    """Read one labelled page; return ``(clean_html, [(segment text, gold label)], header)``.

    Raises ValueError (naming the file) for a ``data-label`` that is not one of
    the eight labels.
    """
    raw = Path(path).read_text(encoding="utf-8")
    header, page = split_header(raw)
    try:
        gold = gold_segments(page)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None
    return strip_labels(page), gold, header


def read_corpus(directory: str | os.PathLike[str]) -> list[tuple[str, str, Gold, dict[str, str]]]:
    """Every ``*.html`` of ``directory``, sorted: ``(name, clean_html, gold, header)``."""
    out = []
    for path in sorted(Path(directory).glob("*.html")):
        clean, gold, header = read_labelled_html(path)
        out.append((path.stem, clean, gold, header))
    return out


def split_header(raw: str) -> tuple[dict[str, str], str]:
    """``(header key → value, the page after the header comment)``; no header gives ``{}``."""
    m = _HEADER.match(raw)
    if not m:
        return {}, raw
    header: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            header[key.strip().lower()] = value.strip()
    return header, raw[m.end() :]


def strip_labels(page: str) -> str:
    """``page`` with every ``data-label`` attribute removed from its tags, nothing else changed."""
    return _TAG.sub(lambda m: _DATA_LABEL.sub("", m.group(0)), page)


def gold_segments(page: str) -> Gold:
    """The segments of a labelled page with the gold label of each."""
    segments, _meta, _count, sources = segment_with_sources(page)
    memo: dict[Any, Label] = {}
    gold: Gold = []
    for segment, pieces in zip(segments, sources, strict=True):
        votes: Counter[Label] = Counter()
        for owner, chars in pieces:
            votes[_label_of(owner, memo)] += chars
        label = max(votes, key=lambda lab: votes[lab]) if votes else Label.CHROME
        gold.append((segment.text, label))
    return gold


def _label_of(el: Any, memo: dict[Any, Label]) -> Label:
    """The label of the nearest element, ``el`` or above, with ``data-label``; else chrome."""
    path = []
    label = Label.CHROME
    while el is not None:
        if el in memo:
            label = memo[el]
            break
        path.append(el)
        value = el.get("data-label")
        if value is not None:
            label = Label.parse(value)
            break
        el = el.getparent()
    for seen in path:
        memo[seen] = label
    return label
