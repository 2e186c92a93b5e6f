"""The cleaner against inputs made to make regular expressions backtrack.

    PYTHONPATH=src python benchmarks/redos.py [--n 5000] [--top 8] [--patterns]

A regex that runs for minutes on one page is a complaint users have of other
tools. Adversarial lines are one or two characters repeated (spaces, no-break
spaces, letters, capitals, digits, dots, dashes, pipes, "A. ", ...), alone and
after openings that rules look for ("By ", "Photo: ", "1. ", ...), of ``n``
and ``4n`` characters. Work that grows linearly takes about 4 times as long on
the longer line; backtracking 16 times or more.

1. **End to end** (what a user meets): :func:`newsclean.clean` (rules and the
   bundled model) of a text page with such a line between a headline and a
   paragraph, and of an HTML page with it as a paragraph, a byline, a caption
   and inside a ``<!DOCTYPE``: CPU seconds at ``4n`` and the growth.
2. ``--patterns``: every compiled pattern of :mod:`newsclean` (module constants
   and each :class:`~newsclean.detectors.rules.base.PatternSet`'s merged
   alternation) timed with ``search`` from every position. This is an upper
   bound that flags patterns to look at, not a finding: most are used with
   ``match``, or only on short lines, or on lines whose whitespace the
   normaliser has collapsed, which part 1 measures. (Takes minutes.)

Nothing is asserted (timing belongs in benchmarks, not tests); the figures go
into benchmarks/RESULTS.md.
"""

from __future__ import annotations

import argparse
import html
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Iterator
from typing import Any

import regex

import newsclean

UNITS = (
    " ",
    "a",
    "A",
    "1",
    ".",
    "-",
    "|",
    "'",
    "é",
    ",",
    "/",
    ":",
    "(",
    "a ",
    "A. ",
    "1,",
    "ab ",
    "Aa ",
    "a.",
    "\u00a0",
)
OPENINGS = ("", "By ", "Photo: ", "Foto: ", "1. ", "• ", "Read more: ", "Updated ", "© ", "Advertisement ")


def patterns() -> Iterator[tuple[str, Any]]:
    """(name, compiled pattern) of every pattern reachable from newsclean's modules."""
    from newsclean.detectors.rules.base import PatternSet

    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith("__main__"):  # importing it runs the command
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional dependency (a benchmark baseline) is missing
            continue
        for attr, value in vars(module).items():
            if id(value) in seen:
                continue
            if isinstance(value, (regex.Pattern, re.Pattern)):
                seen.add(id(value))
                yield f"{info.name}.{attr}", value
            elif isinstance(value, PatternSet):
                seen.add(id(value))
                yield f"{info.name}.{attr} ({value.name})", value._compiled(None)


def timed(rx: Any, text: str) -> float:
    subject: str | bytes = text.encode("utf-8") if isinstance(rx.pattern, bytes) else text
    t0 = time.perf_counter()
    rx.search(subject)
    return time.perf_counter() - t0


def _pages(line: str) -> tuple[str, str]:
    text = f"A headline of the page here\n\n{line}\n\nThe council said on Tuesday that the bridge would close.\n"
    esc = html.escape(line)
    page = (
        f"<!DOCTYPE html {esc}><html><head><title>T</title></head><body><article><h1>A headline here</h1>"
        f"<p>{esc}</p><p>The council said on Tuesday that the bridge would close.</p><p class='byline'>By {esc}</p>"
        f"<figure><figcaption>{esc}</figcaption></figure></article></body></html>"
    )
    return text, page


def end_to_end(n: int, top: int) -> None:
    from newsclean.pipeline import clean
    from newsclean.types import Options

    rows = []
    for kind, opts in (("text", Options(input_format="text")), ("html", Options(input_format="html"))):
        for opening in OPENINGS:
            for unit in UNITS:
                times = []
                for size in (n, 4 * n):
                    page = _pages(opening + unit * (size // len(unit)))[kind == "html"]
                    t0 = time.process_time()
                    clean(page, opts)
                    times.append(time.process_time() - t0)
                rows.append((times[1], times[1] / max(times[0], 1e-3), kind, f"{opening!r} + {unit!r} x n"))
    rows.sort(reverse=True)
    print(f"End to end: clean() of {len(rows)} adversarial pages (text and HTML) at {n:,} and {4 * n:,} characters.\n")
    print("| input | page | CPU s at 4n | growth (linear ~4) |")
    print("|---|---|---|---|")
    for t_long, growth, kind, what in rows[:top]:
        print(f"| {what} | {kind} | {t_long:.3f} | {growth:.1f} |")
    print(f"\nWorst growth over all pages: {max(r[1] for r in rows):.1f}x (a CPU time under 1 ms counts as 1 ms).\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000, help="characters of the shorter adversarial line")
    ap.add_argument("--top", type=int, default=8, help="rows to list")
    ap.add_argument("--patterns", action="store_true", help="also time every pattern alone (minutes)")
    args = ap.parse_args()
    end_to_end(args.n, args.top)
    if args.patterns:
        each_pattern(args.n // 5, args.top)
    return 0


def each_pattern(n: int, top: int) -> None:
    found = list(patterns())
    rows = []
    total = 0.0
    for name, rx in found:
        worst = (0.0, 0.0, "", 0.0)  # growth, time on the long line, input, time on the short line
        for opening in OPENINGS:
            for unit in UNITS:
                short = opening + unit * (n // len(unit))
                long = opening + unit * (4 * n // len(unit))
                # the best of three runs of each: a loaded machine adds noise, never takes it away
                t_short = min(timed(rx, short) for _ in range(3))
                t_long = min(timed(rx, long) for _ in range(3))
                total += t_short + t_long
                growth = t_long / max(t_short, 2e-6)
                if t_long > worst[1] or (growth > worst[0] and t_long > 1e-4):
                    worst = max(worst, (growth, t_long, f"{opening!r} + {unit!r} x n", t_short))
        rows.append((worst[0], worst[1], name, worst[2], worst[3]))
    print(
        f"Each pattern alone: {len(found)} patterns, {len(OPENINGS) * len(UNITS)} adversarial lines each at"
        f" {n:,} and {4 * n:,} characters, search from every position; {total:.1f} s of searching in all.\n"
    )
    print("| pattern | worst input | s at n | s at 4n | growth (linear ~4) |")
    print("|---|---|---|---|---|")
    for growth, t_long, name, what, t_short in sorted(rows, key=lambda r: (r[1] > 1e-3, r[0]), reverse=True)[:top]:
        print(f"| `{name}` | {what} | {t_short:.5f} | {t_long:.5f} | {growth:.1f} |")
    slowest = max(rows, key=lambda r: r[1])
    print(f"\nSlowest single search: `{slowest[2]}` on {slowest[3]}: {slowest[1]:.4f} s at {4 * n:,} characters.")


if __name__ == "__main__":
    sys.exit(main())
