"""Throughput and start-up, as ratios against baselines run in the same run.

    python benchmarks/throughput.py [--mb 20] [--runs 3]

Builds a large input from the corpus pages (our own text, shuffled with a fixed
seed) and times, in this one run:

* ``cat`` (the floor of any filter) and a C4-style line filter (Python);
* ``newsclean --text --no-model`` (rules) and ``newsclean --text`` (rules + model)
  on one large file, and ``newsclean --jsonl`` on the same pages as JSON records;
* start-up: ``newsclean --version`` against ``python -c pass``.

Prints a Markdown table (MB/s, lines/s, ratio to the C4 filter) and the median
of ``--runs`` runs for each. Nothing here is asserted: figures go to
benchmarks/RESULTS.md, never into tests.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
C4_FILTER = """
import sys
out = sys.stdout
for line in sys.stdin:
    t = line.strip()
    if t.endswith(('.', '!', '?', '"', '\u201d')) and len(t.split()) >= 3:
        out.write(line)
"""


def corpus_pages() -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from newsclean.segfile import find_seg_files, read_seg

    return [read_seg(p).text for p in find_seg_files([str(ROOT / "corpus" / "text")])]


def build_inputs(folder: Path, megabytes: float) -> tuple[Path, Path, int, int]:
    pages = corpus_pages()
    rng = random.Random(20261125)
    chosen: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        page = rng.choice(pages)
        chosen.append(page)
        size += len(page.encode("utf-8")) + 2
    text_file = folder / "pages.txt"
    text_file.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
    jsonl_file = folder / "pages.jsonl"
    with jsonl_file.open("w", encoding="utf-8") as fh:
        for i, page in enumerate(chosen):
            fh.write(json.dumps({"id": i, "text": page}, ensure_ascii=False) + "\n")
    lines = sum(page.count("\n") + 1 for page in chosen)
    return text_file, jsonl_file, size, lines


def timed(cmd: list[str], stdin: Path | None, runs: int) -> float:
    times = []
    for _ in range(runs):
        with open(stdin, "rb") if stdin else open("/dev/null", "rb") as fh:
            t0 = time.perf_counter()
            r = subprocess.run(cmd, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            times.append(time.perf_counter() - t0)
        if r.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed with exit status {r.returncode}")
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=20.0, help="size of the generated input in MB (default 20)")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is reported")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    exe = shutil.which("newsclean")
    if exe is None:
        raise SystemExit("newsclean is not installed on PATH (pip install .)")
    py = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        text_file, jsonl_file, size, lines = build_inputs(Path(tmp), args.mb)
        mb = size / 1e6
        cases = [
            ("cat", ["cat"], text_file),
            ("C4-style line filter (Python)", [py, "-c", C4_FILTER], text_file),
            ("newsclean --text --no-model (one file)", [exe, "--text", "--no-model"], text_file),
            ("newsclean --text (rules + model, one file)", [exe, "--text"], text_file),
            ("newsclean --jsonl --no-model (one record per page)", [exe, "--jsonl", "--no-model"], jsonl_file),
            ("newsclean --jsonl (rules + model)", [exe, "--jsonl"], jsonl_file),
        ]
        seconds = {name: timed(cmd, stdin, args.runs) for name, cmd, stdin in cases}
        start_py = timed([py, "-c", "pass"], None, max(10, args.runs))
        start_nc = timed([exe, "--version"], None, max(10, args.runs))
    c4 = seconds["C4-style line filter (Python)"]
    print(
        f"Input: {mb:.1f} MB, {lines:,} lines of corpus pages (shuffled, seed 20261125); median of {args.runs} runs.\n"
    )
    print("| command | seconds | MB/s | lines/s | time vs C4 filter |")
    print("|---|---|---|---|---|")
    for name, secs in seconds.items():
        print(f"| {name} | {secs:.2f} | {mb / secs:.2f} | {lines / secs:,.0f} | {secs / c4:.1f}x |")
        rows.append({"command": name, "seconds": secs, "mb_per_s": mb / secs, "lines_per_s": lines / secs})
    print(
        f"\nStart-up: `newsclean --version` {start_nc * 1000:.0f} ms, `python -c pass` {start_py * 1000:.0f} ms: ratio {start_nc / start_py:.2f}x"
    )
    if args.json:
        args.json.write_text(
            json.dumps({"mb": mb, "lines": lines, "rows": rows, "startup_ratio": start_nc / start_py}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
