"""Is this page HTML or a text dump?  Decided on the first 4 KiB, cheaply."""

from __future__ import annotations

import re

_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_TAGS = re.compile(r"</?(?:p|div|span|a|br|h[1-6]|article|section|script|li|ul|meta|title|img)\b[^>]{0,300}>", re.I)


def looks_like_html(text: str) -> bool:
    """True for a page that starts like HTML or whose head is dense with tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAGS.findall(head)) >= 5
