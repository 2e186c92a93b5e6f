"""Throughput and start-up, as ratios against baselines run in the same run.

    python benchmarks/throughput.py [--runs 3] [--mb N]

Builds the input from the corpus's text pages (our own text, every page once,
shuffled with a fixed seed; about 2 MB and 40,000 lines) and times, in this one
run:

* ``cat`` (the floor of any filter) and a C4-style line filter (Python);
* ``newsclean --text --no-model`` (rules) and ``newsclean --text`` (rules + model)
  on one large file, and ``newsclean --jsonl`` on the same pages as JSON records;
* ``newsclean --jsonl --jobs N`` on every core against ``--jobs 1``, by the wall clock;
* start-up: ``newsclean --version`` against ``python -c pass``.

Prints a Markdown table with the median wall time and the median CPU time
(user + sys of the child, read with ``os.wait4``) of ``--runs`` runs for each;
MB/s, lines/s and the ratios use CPU time, which a shared machine's load does
not inflate. Nothing here is asserted: figures go to
benchmarks/RESULTS.md, never into tests.
"""

from __future__ import annotations

import argparse
import json
import os
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


def build_inputs(folder: Path, megabytes: float) -> tuple[Path, Path, int, int, float]:
    """Every corpus page once, shuffled (seed 20261125); more rounds only if ``megabytes`` asks for more.

    Returns the two input files, their size, line count and how many rounds of
    the corpus they hold. A page that comes round again repeats every one of its
    lines, which flatters any cache of repeated lines: the figures of record are
    those of one round (the default), where lines repeat only as they do across
    the corpus's own pages (menus, "Advertisement").
    """
    pages = corpus_pages()
    rng = random.Random(20261125)
    chosen: list[str] = []
    size = 0
    rounds = 0
    while rounds == 0 or size < megabytes * 1_000_000:
        order = pages[:]
        rng.shuffle(order)
        rounds += 1
        for page in order:
            if rounds > 1 and size >= megabytes * 1_000_000:
                break
            chosen.append(page)
            size += len(page.encode("utf-8")) + 2
    text_file = folder / "pages.txt"
    text_file.write_text("\n\n".join(chosen) + "\n", encoding="utf-8")
    jsonl_file = folder / "pages.jsonl"
    with jsonl_file.open("w", encoding="utf-8") as fh:
        for i, page in enumerate(chosen):
            fh.write(json.dumps({"id": i, "text": page}, ensure_ascii=False) + "\n")
    (folder / "pages").mkdir()
    for i, page in enumerate(chosen):
        (folder / "pages" / f"{i:05d}.txt").write_text(page + "\n", encoding="utf-8")
    lines = sum(page.count("\n") + 1 for page in chosen)
    return text_file, jsonl_file, size, lines, len(chosen) / len(pages)


#: the timed commands' environment: bytecode cached (in a folder of its own, outside the
#: repository), as an installed package has it. With ``PYTHONDONTWRITEBYTECODE`` set (this VM sets
#: it) every start compiles newsclean's modules again, ~30 ms that no installed copy pays.
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "newsclean-throughput-pycache")


def timed(cmd: list[str], stdin: Path | None, runs: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + sys of the child) over ``runs``.

    CPU time is what one core spent on the command: on a shared machine the wall
    clock also counts the time other processes held the core.
    """
    walls, cpus = [], []
    for _ in range(runs):
        with open(stdin, "rb") if stdin else open("/dev/null", "rb") as fh:
            t0 = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=fh, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENV)
            _, status, usage = os.wait4(proc.pid, 0)
            walls.append(time.perf_counter() - t0)
            cpus.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed with exit status {code}")
    return statistics.median(walls), statistics.median(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--mb",
        type=float,
        default=0.0,
        help="size of the input in MB (default: every corpus page once; more repeats pages, which flatters caches)",
    )
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement; the median is reported")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = ap.parse_args()
    # the console script installed beside this interpreter (a venv's or pyenv's own bin), not a
    # version manager's shim found first on PATH: pyenv's shim runs bash and pyenv before Python
    # (about 50 ms), which is not newsclean's start-up
    beside = Path(sys.executable).parent / "newsclean"
    exe = str(beside) if beside.is_file() else shutil.which("newsclean")
    if exe is None:
        raise SystemExit("newsclean is not installed on PATH (pip install .)")
    py = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        text_file, jsonl_file, size, lines, rounds = build_inputs(Path(tmp), args.mb)
        mb = size / 1e6
        page_files = sorted(str(p) for p in (Path(tmp) / "pages").iterdir())
        tiny_text, tiny_jsonl = Path(tmp) / "one.txt", Path(tmp) / "one.jsonl"
        tiny = (
            "A short headline for the start-up run\n\nOne paragraph of a story, so that the model is loaded and run.\n"
        )
        tiny_text.write_text(tiny, encoding="utf-8")
        tiny_jsonl.write_text(json.dumps({"id": 0, "text": tiny}) + "\n", encoding="utf-8")
        # (name, command, stdin, the same command on a two-line page: its start-up)
        cases = [
            ("cat", ["cat"], text_file, (["cat"], tiny_text)),
            ("C4-style line filter (Python)", [py, "-c", C4_FILTER], text_file, ([py, "-c", C4_FILTER], tiny_text)),
        ]
        for model, flags in (("--no-model", ["--no-model"]), ("rules + model", [])):
            cmd = [exe, "--text", *flags]
            cases += [
                (f"newsclean --text {model} (one file of all pages: one page)", cmd, text_file, (cmd, tiny_text)),
                (
                    f"newsclean --text {model} FILE... (a file per page)",
                    cmd + page_files,
                    None,
                    ([*cmd, str(tiny_text)], None),
                ),
                (
                    f"newsclean --jsonl {model} (a record per page)",
                    [exe, "--jsonl", *flags],
                    jsonl_file,
                    ([exe, "--jsonl", *flags], tiny_jsonl),
                ),
            ]
        measured = {name: timed(cmd, stdin, args.runs) for name, cmd, stdin, _ in cases}
        # --jobs: the same JSONL run on every core, by the wall clock (CPU time adds up over the workers)
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        parallel = {
            jobs: timed([exe, "--jsonl", "--jobs", str(jobs)], jsonl_file, args.runs)[0] for jobs in sorted({1, cores})
        }
        # start-up, imports and the model's loading are paid once per run however long the
        # stream: they are taken off the figures of record
        fixed = {name: timed(tiny_cmd, tiny_in, max(5, args.runs))[1] for name, _, _, (tiny_cmd, tiny_in) in cases}
        start_py = timed([py, "-c", "pass"], None, max(10, args.runs))[1]
        start_nc = timed([exe, "--version"], None, max(10, args.runs))[1]
    net = {name: max(cpu - fixed[name], 1e-3) for name, (_, cpu) in measured.items()}
    c4 = net["C4-style line filter (Python)"]
    print(
        f"Input: {mb:.1f} MB, {lines:,} lines: the corpus's text pages, {rounds:.2f} times over (shuffled, seed 20261125);"
        f" median of {args.runs} runs. CPU = user + sys seconds of the command (one core); start-up = CPU of the same"
        " command on a two-line page (interpreter, imports, loading the model); MB/s and lines/s are per CPU second"
        " less start-up, which a long stream pays once; MB/s (all CPU) keeps start-up in (patterns compiled on first"
        " use are paid in the run, not at start-up: both figures are needed to compare versions).\n"
    )
    print(
        "| command | wall s | CPU s | start-up CPU s | MB/s (CPU) | MB/s (all CPU) | lines/s (CPU) | CPU vs C4 filter |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, (wall, cpu) in measured.items():
        cost = net[name]
        print(
            f"| {name} | {wall:.2f} | {cpu:.2f} | {fixed[name]:.2f} | {mb / cost:.2f} | {mb / max(cpu, 1e-3):.2f}"
            f" | {lines / cost:,.0f} | {cost / c4:.1f}x |"
        )
        rows.append(
            {
                "command": name,
                "wall_seconds": wall,
                "cpu_seconds": cpu,
                "startup_cpu_seconds": fixed[name],
                "mb_per_cpu_s": mb / cost,
                "mb_per_cpu_s_with_startup": mb / max(cpu, 1e-3),
            }
        )
    shares = []
    for kind in ("(one file of all pages: one page)", "FILE... (a file per page)", "(a record per page)"):
        mode = "--jsonl" if "record" in kind else "--text"
        rules = next(v for k, v in net.items() if k.startswith(f"newsclean {mode} --no-model") and k.endswith(kind))
        model = next(v for k, v in net.items() if k.startswith(f"newsclean {mode} rules + model") and k.endswith(kind))
        shares.append(f"{kind} {rules / model:.2f}")
    print(f"\nWith the model, as a share of rules-only throughput (CPU less start-up): {'; '.join(shares)}.")
    print(
        f"\n`newsclean --jsonl` (rules + model) on {cores} cores, by the wall clock: "
        + ", ".join(f"--jobs {jobs} {wall:.2f} s ({mb / wall:.2f} MB/s)" for jobs, wall in parallel.items())
        + f"; speed-up {parallel[1] / parallel[cores]:.2f}x."
    )
    print(
        f"\nStart-up (CPU): `newsclean --version` {start_nc * 1000:.0f} ms, `python -c pass` {start_py * 1000:.0f} ms: ratio {start_nc / start_py:.2f}x"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "mb": mb,
                    "lines": lines,
                    "rows": rows,
                    "startup_ratio": start_nc / start_py,
                    "jobs_wall_seconds": parallel,
                },
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
