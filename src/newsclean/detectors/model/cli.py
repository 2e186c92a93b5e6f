"""``newsclean train DIR... [-o PATH] [--epochs N] [--real DIR]``: train a model on ``.seg`` files.

Reads every ``*.seg`` file under the given files and folders, trains the
sequence model (:mod:`.train`) and writes it as JSON. Use it with
``newsclean --model PATH``. Writing to the bundled model's path
(``src/newsclean/detectors/model/bundled-model.json``) also rewrites the
small version file next to it that ``newsclean --version`` shows.

Exit status: 0 written; 1 bad data (no or malformed ``.seg`` files, an
unwritable output), with a one-line error; 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from newsclean.errors import NewscleanError

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
DEFAULT_OUTPUT = "newsclean-model.json"


def build_parser() -> argparse.ArgumentParser:
    from newsclean.detectors.model.train import Settings

    p = argparse.ArgumentParser(
        prog="newsclean train",
        description="Train newsclean's statistical model on hand-labelled .seg files (see the labelling guide).",
    )
    p.add_argument("paths", nargs="+", metavar="DIR", help=".seg files or folders holding them (searched recursively)")
    p.add_argument(
        "-o",
        "--output",
        default=DEFAULT_OUTPUT,
        metavar="PATH",
        help=f"where to write the model (default: ./{DEFAULT_OUTPUT})",
    )
    p.add_argument(
        "--epochs",
        type=int,
        default=Settings().epochs,
        metavar="N",
        help=f"passes over the data (default: {Settings().epochs})",
    )
    p.add_argument(
        "--real",
        metavar="DIR",
        help="also train on the real pages of article-extraction-benchmark at DIR, labelled keep/drop "
        "from their ground truth (partial labels)",
    )
    p.add_argument(
        "--real-split",
        choices=["tune", "report", "all"],
        default="tune",
        help="which half of the real pages to train on (default: tune; the report half is for reporting)",
    )
    p.add_argument(
        "--real-weight",
        type=float,
        default=Settings().real_weight,
        metavar="W",
        help=f"learning-rate factor for the real pages (default: {Settings().real_weight})",
    )
    p.add_argument(
        "--junk-verdict-dropout",
        type=float,
        default=Settings().junk_verdict_dropout,
        metavar="P",
        help="forget the rule verdicts of this share of the furniture lines in training, so that the "
        f"model learns furniture the rules miss on unseen pages (default: {Settings().junk_verdict_dropout})",
    )
    return p


def real_pages(root: str, split: str) -> list[tuple[str, list[str], list[bool]]]:
    """``(name, dump lines, keep flags)`` of the benchmark's real pages in ``split``."""
    from newsclean.bench.realpages import html_to_dump, label_dump, load_pages, split_of

    out = []
    for page in load_pages(root):
        if split != "all" and split_of(page.id) != split:
            continue
        lines = html_to_dump(page.html)
        if lines:
            out.append((f"real:{page.id[:12]}", lines, label_dump(lines, page.gold_body)))
    return out


def _err(msg: str) -> None:
    print(f"newsclean train: error: {msg}", file=sys.stderr)


def _oneline(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # argparse: --help (0) or bad usage (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.epochs < 1:
        parser.print_usage(sys.stderr)
        _err(f"--epochs must be at least 1, not {args.epochs}")
        return EXIT_USAGE
    if not 0 <= args.junk_verdict_dropout <= 1:
        parser.print_usage(sys.stderr)
        _err(f"--junk-verdict-dropout must be between 0 and 1, not {args.junk_verdict_dropout}")
        return EXIT_USAGE
    from dataclasses import replace

    from newsclean.detectors.model import store
    from newsclean.detectors.model.train import Settings, train
    from newsclean.segfile import SegFormatError, find_seg_files, read_seg

    started = time.perf_counter()
    try:
        files = find_seg_files(args.paths)
        if not files:
            raise NewscleanError(f"no .seg files under {' '.join(args.paths)}")
        docs = [read_seg(f) for f in files]
        segments = sum(len(d.labels()) for d in docs)
        print(
            f"newsclean train: {len(docs)} documents, {segments} labelled lines, {args.epochs} epochs", file=sys.stderr
        )
        extra = []
        if args.real:
            from newsclean.detectors.model.train import real_examples

            extra = real_examples(real_pages(args.real, args.real_split))
            print(f"newsclean train: {len(extra)} real pages ({args.real_split}), keep/drop labels", file=sys.stderr)
        settings = replace(
            Settings(), epochs=args.epochs, real_weight=args.real_weight, junk_verdict_dropout=args.junk_verdict_dropout
        )
        model = train(docs, settings, extra=extra)
        out = Path(args.output)
        model.save(out)
        version = store.model_version(out)
        if out.resolve() == store.BUNDLED.resolve():
            store.write_meta(out, store.BUNDLED_META)
    except (OSError, SegFormatError, NewscleanError) as exc:
        _err(_oneline(exc))
        return EXIT_DATA
    took = time.perf_counter() - started
    print(f"newsclean train: wrote {out} ({len(model.weights)} features, version {version}, {took:.1f}s)")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
