"""HTML text → lxml tree, safely: no network, no entity expansion, bounded resources.

* The parser is ``lxml.html.HTMLParser`` with ``no_network=True``,
  ``huge_tree=False`` (libxml2's limits on depth and token size stay on),
  comments and processing instructions removed, and error recovery on: broken
  markup is repaired, never rejected.
* The page is handed over as UTF-8 bytes with the encoding forced, so a
  ``<meta charset>`` inside an already-decoded page cannot make libxml2
  decode it a second time.
* libxml2's HTML parser never expands entities declared in a DOCTYPE, but it
  leaks an internal subset (``<!DOCTYPE html [ ... ]>``) into the body as text;
  the subset is cut out before parsing, so an entity bomb costs nothing.
* Without ``huge_tree`` libxml2 *stops* at nesting depth 256, or at a token
  (text run, script, attribute) over 10 MB, and silently drops the rest of the
  page (a legacy page with hundreds of unclosed ``<font>`` tags does this).
  When the parser reports a resource limit, the source is repaired
  (:func:`repair`: tags beyond a depth cap dropped, over-long tokens cut or
  split) and parsed again, so such pages lose nesting or script bodies, not
  their text.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.etree
import lxml.html

from newsclean.segments.dom import BLOCK

#: depth caps tried, in order, when libxml2 reports a resource limit
_CAPS = (200, 64)

#: libxml2 (without huge_tree) gives up once 10 MB of input pass without its
#: buffer being trimmed, which long tokens prevent: a repaired page has none
#: over this many characters (measured: tokens of 30,000 are fine, 100,000 not)
_RUN = 4096
#: a JSON-LD script is kept whole up to this size when a page is repaired
_JSONLD = 1_000_000

_DOCTYPE_SUBSET = re.compile(r"\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!DOCTYPE[^\[>]*\[", re.I | re.S)
_SUBSET_END = re.compile(r"\]\s*>")
_ATTR = re.compile(r"""[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")

#: tokens of an HTML source: comments, raw-text elements (taken whole), tags, text runs
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|(<(script|style|textarea|title|xmp|noembed|noframes)\b[^>]*>).*?(?:</\2\s*>|\Z)"
    r"|<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>"
    r"|[^<]+",
    re.I | re.S,
)


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: elements that never hold content, and those whose end tag is optional (an
#: open ``<p>`` or ``<li>`` is closed by its next sibling, so neither deepens)
_FLAT = _names(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd tr td th option optgroup thead tbody tfoot colgroup rb rp rt rtc"
)


def parse_html(text: str) -> Any:
    """The ``<html>`` root element of ``text`` (an ``HtmlElement``), or None for no document."""
    text = _prepare(text)
    root, limited = _parse(text)
    for cap in _CAPS:
        if not limited:
            break
        root, limited = _parse(repair(text, cap))
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
    """Parse once; return ``(root or None, whether libxml2 hit a resource limit)``."""
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
    limited = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log)
    return root, limited


def repair(text: str, cap: int) -> str:
    """``text`` with what libxml2 cannot take without ``huge_tree`` taken out.

    * Tags nested deeper than ``cap`` are removed (their text is kept). Depth is
      estimated from the tags alone: void elements and elements whose end tag
      is optional do not count. A dropped tag of a block-level element becomes
      ``<br>`` so that the text around it still falls into separate blocks.
    * Long tokens (over :data:`_RUN` characters) are cut down: a text run is
      split by empty ``<span></span>`` (which adds nothing to the text), a tag
      loses its long attributes, a script-like element its content (a JSON-LD
      script is kept up to :data:`_JSONLD`), a comment goes.
    """
    depth = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal depth
        token = m.group(0)
        name = m.group(4)
        if name is None:
            if len(token) <= _RUN:
                return token
            if token.startswith("<!--"):
                return ""
            if m.group(2):  # a script-like element
                opening = _short_tag(m.group(1), m.group(2))
                if "ld+json" in opening.lower() and len(token) <= _JSONLD:
                    return token
                return f"{opening}</{m.group(2)}>"
            return "<span></span>".join(token[i : i + _RUN] for i in range(0, len(token), _RUN))
        tag = name.lower()
        end = bool(m.group(3))
        if len(token) > _RUN:
            token = f"</{tag}>" if end else _short_tag(token, tag)
        if tag in _FLAT or m.group(5).rstrip().endswith("/"):
            return token
        if end:
            depth = max(depth - 1, 0)
            if depth >= cap:
                return "<br>" if tag in BLOCK else ""
            return token
        depth += 1
        if depth > cap:
            return "<br>" if tag in BLOCK else ""
        return token

    return _TOKEN.sub(repl, text)


def _short_tag(token: str, tag: str) -> str:
    """The start tag ``token`` with only its attributes of up to 1,000 characters."""
    if len(token) <= _RUN:
        return token
    rest = token[1 + len(tag) : -1]
    attrs = [a.group(0) for a in _ATTR.finditer(rest) if len(a.group(0)) <= 1000]
    return f"<{tag}{''.join(' ' + a for a in attrs)}>"
