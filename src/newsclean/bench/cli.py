"""``newsclean bench``: score the cleaner and the baselines, side by side, in one run."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean.bench.baselines import BASELINES

DEFAULT_REAL = Path("..") / "shared" / "datasets" / "article-extraction-benchmark"

EPILOG = """\
examples:
  newsclean bench corpus/text/test                 our test split, with every baseline
  newsclean bench corpus/text/test corpus/html     .seg files and labelled HTML pages
  newsclean bench --real ../shared/datasets/article-extraction-benchmark --real-split report
  newsclean bench corpus/text/test --json > scores.json
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean bench",
        description=__doc__,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=".seg files or folders of them; folders of labelled .html pages",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument(
        "--baselines",
        default=",".join(BASELINES),
        help=f"comma-separated, from: {', '.join(BASELINES)} ('' for none)",
    )
    p.add_argument(
        "--real",
        metavar="DIR",
        help="also score the real pages of article-extraction-benchmark at DIR",
    )
    p.add_argument(
        "--real-split",
        choices=("tune", "report", "all"),
        default="all",
        help="which half of the real pages (default: all)",
    )
    p.add_argument(
        "--real-html",
        action="store_true",
        help="also run whole-page HTML extraction on the real pages (shingle metric, with trafilatura, readability, resiliparse)",
    )
    p.add_argument(
        "--real-details",
        type=int,
        default=0,
        metavar="N",
        help="with --real-html: list newsclean's N weakest pages of --real-split (precision, recall per page)",
    )
    p.add_argument("--limit", type=int, help="at most this many real pages (for a quick look)")
    p.add_argument(
        "--timing-passes",
        type=int,
        default=2,  # runner.TIMING_PASSES (the runner is imported only when bench runs)
        metavar="N",
        help="with --real-html: every system reads the pages N times and pages/s is that of the last pass "
        "(default 2: the first pass pays lazy imports and patterns compiled on first use)",
    )
    p.add_argument("--model", metavar="PATH", help="score with this model instead of the bundled one")
    p.add_argument("--ablation", action="store_true", help="also score the model alone (newsclean-model)")
    p.add_argument(
        "--details",
        action="store_true",
        help="print per-label scores, the confusion matrix and the worst documents",
    )
    p.add_argument(
        "--worst",
        type=int,
        default=6,
        metavar="N",
        help="with --details: list the N worst documents and their wrong lines (default 6; 0 lists none: "
        "use it on a held-out split, whose errors must not steer the work)",
    )
    return p


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    from newsclean.bench import report, runner

    if not args.paths and not args.real:
        print("newsclean bench: give at least one PATH or --real DIR (see --help)", file=sys.stderr)
        return 2
    baselines = [b.strip() for b in args.baselines.split(",") if b.strip()]
    unknown = [b for b in baselines if b not in BASELINES]
    if unknown:
        print(
            f"newsclean bench: unknown baseline(s) {', '.join(unknown)}; choose from {', '.join(BASELINES)}",
            file=sys.stderr,
        )
        return 2
    systems = runner.newsclean_systems(args.model, with_model_only=args.ablation)
    sections: dict[str, runner.Run] = {}
    seg_paths = [
        p
        for p in args.paths
        if not (Path(p).is_dir() and any(Path(p).glob("*.html")) and not any(Path(p).rglob("*.seg")))
    ]
    html_dirs = [p for p in args.paths if p not in seg_paths]
    try:
        if seg_paths:
            sections["labelled text dumps: " + ", ".join(seg_paths)] = runner.run_seg(seg_paths, systems, baselines)
        for d in html_dirs:
            sections[f"labelled HTML pages: {d}"] = runner.run_html_corpus(d, systems, baselines)
        shingles = None
        if args.real:
            split = None if args.real_split == "all" else args.real_split
            sections[f"real pages as text dumps ({args.real_split})"] = runner.run_real_dumps(
                args.real, systems, baselines, split=split, limit=args.limit
            )
            if args.real_html:
                shingles = runner.run_real_html(
                    args.real,
                    {"newsclean": systems["newsclean"]},
                    limit=args.limit,
                    split=split,
                    passes=args.timing_passes,
                )
    except FileNotFoundError as exc:
        print(f"newsclean bench: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.as_json(sections, shingles), indent=1, ensure_ascii=False))
        return 0
    for title, run in sections.items():
        print(report.summary_table(title, run))
        print()
        if args.details and "newsclean" in run.results:
            s = report.scores_of(run)["newsclean"]
            if s.labelled:
                print(report.label_table("newsclean", s))
                print()
                print(report.confusion_table(s))
                print()
            if s.lost_by_rule or s.junk_by_rule:
                print(report.by_rule_table(s))
                print()
            if args.worst > 0:
                print(report.worst(run.results["newsclean"], n_docs=args.worst))
                print()
    if shingles is not None:
        print(report.shingle_table("real pages, whole HTML (article-extraction-benchmark metric)", shingles))
        if args.real_details:
            split = None if args.real_split == "all" else args.real_split
            print()
            print(report.shingle_worst(shingles, "newsclean", split, args.real_details))
    return 0
