"""Write every line's decision on the corpus to a file, to diff before/after a change.

    PYTHONPATH=src python benchmarks/snapshot_labels.py -o before.tsv
    ... change the code ...
    PYTHONPATH=src python benchmarks/snapshot_labels.py -o after.tsv
    diff before.tsv after.tsv && echo identical

For every page of ``corpus/text`` (all splits) and ``corpus/html``, and for one
large page made of corpus pages joined in a fixed shuffled order (the one-file
case of ``benchmarks/throughput.py``, where a page has tens of thousands of
lines), it writes one row per segment: page, mode (``rules`` = ``--no-model``,
``model`` = rules and the bundled model), input line, label, detector, reason
and score. A change meant only to make the cleaner faster or smaller must leave
this file byte for byte the same. Nothing is scored here: that is ``newsclean bench``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def pages(big_mb: float) -> list[tuple[str, str, bytes]]:
    """``(name, input format, content)`` of every corpus page, and the large joined page."""
    from newsclean.segfile import find_seg_files, read_seg

    out: list[tuple[str, str, bytes]] = []
    texts = []
    for path in find_seg_files([str(ROOT / "corpus" / "text")]):
        text = read_seg(path).text
        texts.append(text)
        out.append((str(path.relative_to(ROOT)), "text", text.encode("utf-8")))
    for path in sorted((ROOT / "corpus" / "html").glob("*.html")):
        out.append((str(path.relative_to(ROOT)), "html", path.read_bytes()))
    if big_mb > 0:
        rng = random.Random(20261125)
        chosen: list[str] = []
        size = 0
        while size < big_mb * 1_000_000:
            page = rng.choice(texts)
            chosen.append(page)
            size += len(page.encode("utf-8")) + 2
        out.append((f"<{len(chosen)} corpus pages joined>", "text", ("\n\n".join(chosen) + "\n").encode("utf-8")))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, required=True, help="write the rows here (TSV)")
    ap.add_argument(
        "--big-mb", type=float, default=2.0, help="size of the joined large page in MB (default 2; 0 = none)"
    )
    ap.add_argument("--modes", default="rules,model", help="comma-separated: rules, model (default both)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import newsclean
    from newsclean.pipeline import clean
    from newsclean.types import Options

    print(f"newsclean from {Path(newsclean.__file__).parent}", file=sys.stderr)
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    rows = 0
    with args.output.open("w", encoding="utf-8") as out:
        for mode in modes:
            if mode not in ("rules", "model"):
                raise SystemExit(f"unknown mode {mode!r} (rules or model)")
            t0 = time.process_time()
            for name, fmt, content in pages(args.big_mb):
                article = clean(content, Options(input_format=fmt, use_model=mode == "model"))
                for s in article.segments:
                    reason = s.reason.replace("\t", " ").replace("\n", " ")
                    out.write(f"{name}\t{mode}\t{s.line}\t{s.label.value}\t{s.detector}\t{reason}\t{s.score!r}\n")
                    rows += 1
            print(f"{mode}: {time.process_time() - t0:.1f} CPU s", file=sys.stderr)
    print(f"{rows:,} rows written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
