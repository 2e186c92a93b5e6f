"""Read and write ``.seg`` labelled-segment files (``shared/labelling-guide.md``).

The format is the contract between the cleaner (``--annotate`` writes it), the
corpus and the benchmark (which read it)::

    # lang: en                 header lines before the first labelled line
    headline<TAB>Some title    one line per input line
                               blank input line: an empty file line
    body<TAB>First paragraph.

Joining the text after the first TAB of every line with ``\\n`` gives back the
input a user would pipe into ``newsclean``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsclean.types import Label


class SegFormatError(ValueError):
    """A ``.seg`` file breaks the format; the message names the file and line."""


@dataclass
class SegDocument:
    path: str
    header: dict[str, str] = field(default_factory=dict)
    #: one entry per input line: (label, text); label None for a blank line
    lines: list[tuple[Label | None, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The raw input the labels describe."""
        return "\n".join(t for _, t in self.lines)

    @property
    def lang(self) -> str:
        return self.header.get("lang", "en")

    def labels(self) -> list[Label]:
        """Labels of the non-blank lines, in order (one per segment)."""
        return [label for label, _ in self.lines if label is not None]


def parse_seg(content: str, path: str = "<string>") -> SegDocument:
    doc = SegDocument(path=path)
    rows = content.split("\n")
    if rows and rows[-1] == "":
        rows.pop()
    started = False
    for n, row in enumerate(rows, 1):
        if not started and row.startswith("#"):
            key, sep, value = row.lstrip("#").partition(":")
            if sep:
                doc.header[key.strip().lower()] = value.strip()
            continue
        started = True
        if not row.strip():
            doc.lines.append((None, row))
            continue
        name, tab, text = row.partition("\t")
        if not tab:
            raise SegFormatError(f"{path}:{n}: no TAB between label and text: {row[:60]!r}")
        try:
            label = Label(name)
        except ValueError:
            raise SegFormatError(f"{path}:{n}: unknown label {name!r}") from None
        if not text.strip():
            raise SegFormatError(f"{path}:{n}: label {name!r} on a blank line (blank lines carry no label)")
        doc.lines.append((label, text))
    return doc


def read_seg(path: str | Path) -> SegDocument:
    p = Path(path)
    try:
        content = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SegFormatError(f"{p}: not UTF-8: {exc.reason} at byte {exc.start}") from None
    return parse_seg(content, str(p))


def find_seg_files(paths: list[str]) -> list[Path]:
    """Every ``*.seg`` file under the given files and folders, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.seg")))
        elif p.suffix == ".seg" and p.exists():
            out.append(p)
        else:
            raise FileNotFoundError(f"no .seg file or folder at {p}")
    return out
