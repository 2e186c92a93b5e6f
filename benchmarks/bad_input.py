"""Bad input: time, peak memory and exit status of ``newsclean`` on hostile pages.

    python benchmarks/bad_input.py

Each case is generated here (nothing is downloaded), run as a separate
``newsclean --no-model`` process, and reported with its wall time, peak
resident memory (``ru_maxrss`` of that process, from ``os.wait4``), the same
less the peak of ``newsclean --version`` (the interpreter and imports: what
the input itself costs), that as a multiple of the input size, the exit
status and the first line of stderr. Nothing is asserted: the tests check
behaviour, this reports cost.

Each input is generated in a child process of its own: Linux carries a
process's peak RSS across fork and exec, so a child forked from a parent that
had just built a 50 MB string would report the parent's peak as its own.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

WORDS = [
    "the",
    "council",
    "said",
    "on",
    "tuesday",
    "that",
    "it",
    "would",
    "close",
    "the",
    "bridge",
    "for",
    "repairs",
    "while",
    "drivers",
    "wait",
]


def one_long_line(path: Path) -> None:
    rng = random.Random(1)
    path.write_text(" ".join(rng.choice(WORDS) for _ in range(9_000_000)) + ".\n", encoding="utf-8")


def many_short_lines(n: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        rng = random.Random(2)
        with path.open("w", encoding="utf-8") as fh:
            for _ in range(n):
                fh.write(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) + "\n")

    return make


def binary(path: Path) -> None:
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(1_000_000)))


def invalid_utf8(path: Path) -> None:
    path.write_bytes(
        b"Headline of a story\n\n"
        + b"Caf\xe9 owners said the rent had doubled since the spring, the union said.\n" * 2000
    )


def deep_html(path: Path) -> None:
    path.write_text(
        "<html><body>"
        + "<div>" * 100_000
        + "<p>Deep text of a page that nests far too much.</p>"
        + "</div>" * 100_000
        + "</body></html>"
    )


def entity_bomb(path: Path) -> None:
    lol = (
        '<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi"))
        + "]>"
    )
    path.write_text(
        lol + "<html><body><p>&i;</p><p>Some ordinary text of the page that follows the bomb.</p></body></html>"
    )


def big_html(path: Path) -> None:
    para = "<p>" + " ".join(WORDS) + ".</p>\n"
    path.write_text("<html><body><article>" + para * 120_000 + "</article></body></html>")


def big_varied_html(path: Path) -> None:
    """A long article of 60,000 different paragraphs (the page above repeats one; that one
    reads as boilerplate to the main-content finder, which then hands the page to trafilatura)."""
    rng = random.Random(5)
    paras = [
        "<p>" + " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60))).capitalize() + ".</p>\n"
        for _ in range(60_000)
    ]
    path.write_text(
        "<html><head><title>A long page</title></head><body><h1>A long page</h1><article>"
        + "".join(paras)
        + "</article></body></html>"
    )


CASES: list[tuple[str, Callable[[Path], None]]] = [
    ("one 50 MB line", one_long_line),
    ("200,000 short lines", many_short_lines(200_000)),
    ("1,000,000 short lines", many_short_lines(1_000_000)),
    ("1 MB of random bytes", binary),
    ("latin-1 bytes (invalid UTF-8)", invalid_utf8),
    ("HTML nested 100,000 deep", deep_html),
    ("HTML entity bomb", entity_bomb),
    ("12 MB HTML page, one paragraph repeated", big_html),
    ("15 MB HTML page, varied paragraphs", big_varied_html),
]


def run(cmd: list[str], err_path: Path) -> tuple[float, int, int]:
    """Wall seconds, exit status and peak RSS in bytes of ``cmd``."""
    with open(err_path, "wb") as err_fh:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err_fh)
        _, status, usage = os.wait4(proc.pid, 0)
        secs = time.perf_counter() - t0
    return secs, os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024


def generate(index: int, path: Path) -> None:
    """Write case ``index`` to ``path`` in a child process (keeps this process's peak RSS small)."""
    code = f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import bad_input as b; from pathlib import Path; b.CASES[{index}][1](Path({str(path)!r}))"
    subprocess.run([sys.executable, "-c", code], check=True)


def main() -> int:
    exe = shutil.which("newsclean")
    if exe is None:
        raise SystemExit("newsclean is not installed on PATH")
    with tempfile.TemporaryDirectory() as tmp:
        _, _, base = run([exe, "--version"], Path(tmp) / "err")
        print(f"Baseline: `newsclean --version` peaks at {base / 1e6:.0f} MB (interpreter and imports).\n")
        print("| input | size | seconds | peak memory | above baseline | above baseline / input | exit | stderr |")
        print("|---|---|---|---|---|---|---|---|")
        for index, (name, _) in enumerate(CASES):
            path = Path(tmp) / "input"
            generate(index, path)
            size = path.stat().st_size
            secs, returncode, peak = run([exe, "--no-model", str(path)], Path(tmp) / "err")
            extra = max(0, peak - base)
            stderr = (Path(tmp) / "err").read_bytes()
            err = stderr.decode("utf-8", "replace").strip().split("\n")[0][:90]
            print(
                f"| {name} | {size / 1e6:.1f} MB | {secs:.1f} | {peak / 1e6:.0f} MB | {extra / 1e6:.0f} MB | {extra / size:.1f}x | {returncode} | {err} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
