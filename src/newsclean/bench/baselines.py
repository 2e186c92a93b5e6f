"""The tools a user would pick instead of newsclean, run on the same lines.

Each baseline takes the lines of one page dump and says, per line, keep or
drop (they do not know our eight labels). Optional tools that are not
installed raise :class:`Unavailable`; the benchmark skips them with a note.

* ``keep-all``     every line kept: the floor any cleaner must beat on precision;
* ``c4-lines``     the C4 line rule: keep a line that ends in terminal
                   punctuation and has at least 3 words;
* ``justext``      jusText's paragraph classifier, one paragraph per line;
* ``trafilatura``  trafilatura's extractor on the lines wrapped as ``<p>``, mapped back.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from newsclean.segments.language import guess_language


class Unavailable(RuntimeError):
    """An optional tool is not installed."""


Baseline = Callable[[list[str], str], list[bool]]

_TERMINAL = (".", "!", "?", '"', "”", "’", "'", "»", "…")
_JUSTEXT_LANGS = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
}


def keep_all(lines: list[str], lang: str) -> list[bool]:
    return [True for _ in lines]


def c4_lines(lines: list[str], lang: str) -> list[bool]:
    """C4's line filter (Raffel et al. 2020): terminal punctuation and >= 3 words."""
    out = []
    for line in lines:
        t = line.strip()
        out.append(t.endswith(_TERMINAL) and len(t.split()) >= 3 and "javascript" not in t.lower() and "{" not in t)
    return out


def _as_html(lines: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in lines)
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"


def justext_lines(lines: list[str], lang: str) -> list[bool]:
    try:
        import justext
    except ImportError as exc:
        raise Unavailable("jusText is not installed (pip install 'newsclean[bench]')") from exc
    stoplist = justext.get_stoplist(_JUSTEXT_LANGS.get(lang, "English"))
    paragraphs = justext.justext(_as_html(lines).encode("utf-8"), stoplist, encoding="utf-8")
    kept = [not p.is_boilerplate for p in paragraphs]
    if len(kept) != len(lines):  # jusText merged or dropped a paragraph: match by text
        good = {" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate}
        return [" ".join(line.split()) in good for line in lines]
    return kept


def trafilatura_lines(lines: list[str], lang: str) -> list[bool]:
    try:
        import trafilatura
    except ImportError as exc:
        raise Unavailable("trafilatura is not installed") from exc
    text = (
        trafilatura.extract(_as_html(lines), include_comments=False, include_tables=True, favor_precision=False) or ""
    )
    out_lines = {" ".join(t.split()) for t in text.split("\n") if t.strip()}
    return [" ".join(line.split()) in out_lines for line in lines]


BASELINES: dict[str, Baseline] = {
    "keep-all": keep_all,
    "c4-lines": c4_lines,
    "justext": justext_lines,
    "trafilatura": trafilatura_lines,
}


def page_language(lines: list[str]) -> str:
    return guess_language(lines)
