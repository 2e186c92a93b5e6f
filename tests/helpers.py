"""Small builders shared by the unit tests (importable because tests/ holds conftest.py).

``page_of`` gives the detector view of a list of lines, exactly as the pipeline
builds it (one segment per non-blank line, blank lines remembered); the
``*_verdicts`` helpers run one detector and report what it said per line;
``labels_of`` runs the whole pipeline, rules only, on a text dump.
"""

from __future__ import annotations

from collections.abc import Callable

import newsclean
from newsclean.detectors.page import Page
from newsclean.segments.text import segment_lines
from newsclean.types import Article, Label, Options, Verdict

#: rules only, text input: deterministic whatever model ships with the package
RULES_ONLY = Options(use_model=False, input_format="text")

ALL = frozenset({"en", "de", "es", "fr", "pt", "it", "nl", "all"})


def page_of(lines: list[str], lang: str = "en") -> Page:
    """The detector view of ``lines`` ("" is a blank line, i.e. a paragraph break)."""
    return Page.of(segment_lines(lines), lang)


def langs_for(lang: str) -> frozenset[str]:
    """The language set the pipeline hands the byline detector for a page in ``lang``."""
    return frozenset({"en", lang, "all"})


def verdicts_of(page: Page, text: str) -> list[Verdict]:
    """Every verdict on the (first) segment whose text is ``text``."""
    for i, seg in enumerate(page.segments):
        if seg.text == text:
            return page.verdicts[i]
    raise AssertionError(f"no segment {text!r} on the page")


def run_line(detect: Callable[[Page, frozenset[str]], None], line: str, lang: str = "en", langs: frozenset[str] | None = None) -> list[Verdict]:
    """Run one line detector on a page of one line; return that line's verdicts."""
    page = page_of([line], lang)
    detect(page, langs if langs is not None else langs_for(lang))
    return page.verdicts[0]


def rule_of(verdicts: list[Verdict], label: Label) -> str | None:
    """The rule name of the first verdict with ``label`` (None when there is none)."""
    for v in verdicts:
        if v.label is label:
            return v.rule
    return None


def clean(text: str) -> Article:
    return newsclean.clean(text, RULES_ONLY)


def labels_of(text: str) -> list[tuple[str, Label, str]]:
    """``(text, label, reason)`` of every segment of ``text`` run through the pipeline, rules only."""
    return [(s.text, s.label, s.reason) for s in clean(text).segments]


def label_map(text: str) -> dict[str, Label]:
    """Segment text (stripped) → label; texts must be unique on the test page."""
    out: dict[str, Label] = {}
    for s in clean(text).segments:
        key = s.text.strip()
        assert key not in out, f"duplicate line {key!r}: use labels_of()"
        out[key] = s.label
    return out


def reason_of(text: str, line: str) -> str:
    for s in clean(text).segments:
        if s.text.strip() == line:
            return s.reason
    raise AssertionError(f"no segment {line!r}")


def page_text(*blocks: str) -> str:
    """Join blocks with blank lines (a paragraph break between every block)."""
    return "\n\n".join(blocks) + "\n"
