"""HTML text → lxml tree, safely: no network, no entity expansion, bounded depth.

* The parser is ``lxml.html.HTMLParser`` with ``no_network=True``,
  ``huge_tree=False`` (libxml2's limits on text-node size and depth stay on),
  comments and processing instructions removed, and error recovery on: broken
  markup is repaired, never rejected.
* The page is handed over as UTF-8 bytes with the encoding forced, so a
  ``<meta charset>`` inside an already-decoded page cannot make libxml2
  decode it a second time.
* libxml2's HTML parser never expands entities declared in a DOCTYPE, but it
  leaks an internal subset (``<!DOCTYPE html [ ... ]>``) into the body as text;
  the subset is cut out before parsing, so an entity bomb costs nothing.
* Without ``huge_tree`` libxml2 *stops* at nesting depth 256 and silently drops
  the rest of the page (a legacy page with hundreds of unclosed ``<font>`` tags
  does this). When the parser reports that, the tags beyond a depth cap are
  dropped from the source (:func:`flatten_depth`) and the page is parsed again,
  so deep pages lose nesting, not text.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

#: depth caps tried, in order, when libxml2 reports excessive depth
_CAPS = (200, 64)

_DOCTYPE_SUBSET = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!DOCTYPE[^\[>]*\[", re.I | re.S)
_SUBSET_END = re.compile(r"\]\s*>")

#: tokens of an HTML source: comments, raw-text elements (skipped whole), tags
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|textarea|title|xmp|noembed|noframes)\b[^>]*>.*?(?:</\1\s*>|\Z)"
    r"|<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
    re.I | re.S,
)

#: elements that never hold content, and those whose end tag is optional (an
#: open ``<p>`` or ``<li>`` is closed by its next sibling, so neither deepens)
_FLAT = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rp rt rtc".split()
)


def parse_html(text: str) -> Any:
    """The ``<html>`` root element of ``text`` (an ``HtmlElement``), or None for no document."""
    text = _prepare(text)
    root, too_deep = _parse(text)
    for cap in _CAPS:
        if not too_deep:
            break
        root, too_deep = _parse(flatten_depth(text, cap))
    return root


def _prepare(text: str) -> str:
    """Drop NUL characters and a DOCTYPE's internal subset (entity declarations)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    m = _DOCTYPE_SUBSET.match(text, 0, 65536)
    if m:
        close = _SUBSET_END.search(text, m.end())
        if close:
            text = text[: m.start()] + "<!DOCTYPE html>" + text[close.end() :]
    return text


def _parse(text: str) -> tuple[Any, bool]:
    """Parse once; return ``(root or None, whether libxml2 hit its depth limit)``."""
    parser = lxml.html.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        recover=True,
        compact=True,
        collect_ids=False,
        default_doctype=False,
    )
    data = text.encode("utf-8", "replace")
    try:
        root = lxml.etree.fromstring(data, parser)
    except (lxml.etree.XMLSyntaxError, lxml.etree.ParserError, ValueError):
        root = None
    too_deep = any("depth" in (e.message or "").lower() for e in parser.error_log)
    return root, too_deep


def flatten_depth(text: str, cap: int) -> str:
    """``text`` with the tags nested deeper than ``cap`` removed (their text is kept).

    Depth is estimated from the tags alone: void elements and elements whose
    end tag is optional do not count, raw-text elements and comments are passed
    over. A dropped tag of a block-level element becomes ``<br>`` so that the
    text around it still falls into separate blocks.
    """
    from newsclean.segments.dom import BLOCK  # the same block list the segmenter uses

    depth = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal depth
        name = m.group(3)
        if name is None:  # comment or raw-text element
            return m.group(0)
        tag = name.lower()
        if tag in _FLAT or m.group(4).rstrip().endswith("/"):
            return m.group(0)
        if m.group(2):  # end tag
            depth = max(depth - 1, 0)
            if depth >= cap:
                return "<br>" if tag in BLOCK else ""
            return m.group(0)
        depth += 1
        if depth > cap:
            return "<br>" if tag in BLOCK else ""
        return m.group(0)

    return _TOKEN.sub(repl, text)
