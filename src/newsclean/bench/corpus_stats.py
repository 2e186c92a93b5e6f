"""Counts of a labelled corpus per split, label, language and style, as Markdown.

``python -m newsclean.bench.corpus_stats corpus/text`` prints the tables that
``corpus/README.md`` shows; run it again after adding documents.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsclean.segfile import read_seg
from newsclean.types import Label


def tables(root: Path) -> str:
    files = sorted(root.rglob("*.seg"))
    splits = sorted(
        {f.parent.name for f in files},
        key=lambda s: ("train", "dev", "test").index(s) if s in ("train", "dev", "test") else 9,
    )
    docs: Counter[tuple[str, str]] = Counter()
    labels: Counter[tuple[str, str]] = Counter()
    styles: set[str] = set()
    no_article = 0
    for f in files:
        doc = read_seg(f)
        split = f.parent.name
        docs[doc.lang, split] += 1
        styles.add(doc.header.get("style", "?"))
        found = False
        for label in doc.labels():
            labels[label.value, split] += 1
            found = found or label is Label.BODY
        no_article += not found
    langs = sorted({lang for lang, _ in docs}, key=lambda lang: (lang != "en", lang))
    out = [f"{len(files)} documents, {len(styles)} site styles, {no_article} pages with no article.", ""]
    out += ["| documents | " + " | ".join(splits) + " | total |", "|---" * (len(splits) + 2) + "|"]
    for lang in langs:
        row = [docs[lang, s] for s in splits]
        out.append(f"| {lang} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    out.append(
        "| **all** | " + " | ".join(str(sum(docs[lang, s] for lang in langs)) for s in splits) + f" | {len(files)} |"
    )
    out += ["", "| lines | " + " | ".join(splits) + " | total |", "|---" * (len(splits) + 2) + "|"]
    for label in Label:
        row = [labels[label.value, s] for s in splits]
        out.append(f"| {label.value} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv) or ["corpus/text"]
    print(tables(Path(args[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
