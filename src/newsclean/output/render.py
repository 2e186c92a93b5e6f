"""Render an :class:`~newsclean.types.Article` for people and programs.

* :func:`as_text`     headline + body (+ kept labels), a blank line between paragraphs
                      (:func:`write_text` writes it to a stream);
* :func:`as_seg`      every input line as ``label<TAB>text`` (the ``.seg`` format of
                      the labelling guide), blank lines kept: same line count, same text;
* :func:`as_explain`  one line per segment: line number, label, detector, reason, text;
* :func:`as_dict`     the same as structured data plus metadata (``--format json``).
"""

from __future__ import annotations

from typing import Any, TextIO

from newsclean.types import Article, Label

_EXPLAIN_TEXT = 60


def as_text(article: Article) -> str:
    text = article.text
    return text + "\n" if text else ""


#: :func:`write_text` writes at most this many characters at a time
WRITE_CHUNK = 1 << 20


def write_text(article: Article, out: TextIO) -> None:
    """Write :func:`as_text` to ``out`` without building it whole.

    The article's text goes out in pieces of :data:`WRITE_CHUNK` characters and
    the final newline on its own: a page of one 50 MB line would otherwise be
    copied twice more on the way out (``text + "\\n"``, then its encoding).
    """
    text = article.text
    if not text:
        return
    for start in range(0, len(text), WRITE_CHUNK):
        out.write(text[start : start + WRITE_CHUNK])  # the whole string, not a copy, when it is short
    out.write("\n")


def line_labels(article: Article) -> list[Label | None]:
    """The label of every input line (None for blank lines), text input only."""
    labels: list[Label | None] = [None] * article.line_count
    for s in article.segments:
        if 0 <= s.line < article.line_count:
            labels[s.line] = s.label
    return labels


def as_seg(article: Article, header: dict[str, str] | None = None) -> str:
    out: list[str] = [f"# {k}: {v}" for k, v in (header or {}).items()]
    if article.input_format == "text":
        by_line = {s.line: s for s in article.segments}
        for i in range(article.line_count):
            s = by_line.get(i)
            out.append(f"{s.label.value}\t{s.text}" if s is not None else "")
    else:
        out.extend(f"{s.label.value}\t{s.text}" for s in article.segments)
    return "\n".join(out) + "\n" if out else ""


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def as_explain(article: Article) -> str:
    rows = []
    for s in article.segments:
        mark = "+" if s.label in article.keep else "-"
        rows.append(
            f"{s.line + 1:>5} {mark} {s.label.value:<8} {_clip(s.text, _EXPLAIN_TEXT):<{_EXPLAIN_TEXT}}  ← {s.detector}: {s.reason}"
        )
    found = "article found" if article.found else "NO ARTICLE FOUND"
    kept = sum(1 for s in article.segments if s.label in article.keep)
    rows.append(
        f"# {found}: kept {kept} of {len(article.segments)} segments; '+' kept, '-' dropped; language {article.metadata.get('language', '?')}"
    )
    return "\n".join(rows) + "\n"


def as_dict(article: Article, *, segments: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {
        "text": article.text,
        "found": article.found,
        "metadata": article.metadata,
    }
    if segments:
        data["segments"] = [
            {
                "line": s.line + 1,
                "text": s.text,
                "label": s.label.value,
                "detector": s.detector,
                "reason": s.reason,
                "score": round(s.score, 3),
            }
            for s in article.segments
        ]
    return data
