"""Generalization: the fresh and blind documents, scored by the code from before they were written.

    python benchmarks/unseen.py [--match REGEX] [--per-doc]

The test split is small (a page more or less moves its figures by a point) and
train + dev are in-sample: the rules were tuned on them and the model trained on
them. Since the fourteenth session, helpers write *fresh* pages (``-freshNN``
in the file name: site styles the corpus lacked, labelled by the guide before
the cleaner was run on them, then put in ``dev`` and fixed) and *blind* ones
(``-blindNN``: put in ``test``, the cleaner never run on them while writing).
Each of them was, at the moment it was committed, a page the code had never
seen. This script gives that moment's figure for every such document: for
each, the commit that added it is found (``git log --diff-filter=A``), the
source tree of that commit's parent (its rules and its bundled model) is taken
out with ``git archive`` into a temporary folder, and the document, as it is
labelled now, is cleaned there in a subprocess. The same documents are cleaned
by the current code too. Scores are pooled per batch and over all, with
:mod:`newsclean.bench.metrics` (the measures of ``newsclean bench``):

* text dumps: rules alone, model alone and combined;
* HTML pages (``corpus/html``): the default pipeline (the bundled model does not
  run on HTML).

"then" is the out-of-sample figure; "now" is in-sample for the ``dev`` pages
(later commits fixed what they showed) and still out-of-sample for the blind
ones. Nothing is asserted; the figures go into RESULTS.md and commit messages.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MATCH = r"-(fresh|blind)\d+[a-z]*(-\d+)?\.(seg|html)$"
TEXT_SYSTEMS = ("rules only", "model only", "combined")


# --- the worker: runs under the snapshot's own code (PYTHONPATH=<snapshot>/src) -----------------


def _worker(paths: list[str]) -> int:
    """Print one JSON line per document and system: gold labels, predicted labels, texts."""
    from newsclean.decision import resolve
    from newsclean.pipeline import clean
    from newsclean.types import Options

    for item in filter(None, os.environ.get("NEWSCLEAN_UNSEEN_SET", "").split(",")):
        name, _, value = item.partition("=")
        if hasattr(resolve, name):  # a constant an older snapshot lacks is left out
            setattr(resolve, name, type(getattr(resolve, name))(value))

    text_systems = {
        "rules only": Options(input_format="text", use_model=False),
        "model only": Options(input_format="text", model_only=True),
        "combined": Options(input_format="text"),
    }
    for path in paths:
        if path.endswith(".html"):
            from newsclean.bench.htmlcorpus import read_labelled_html

            page, pairs, _ = read_labelled_html(path)
            texts = [t for t, _ in pairs]
            gold = [label.value for _, label in pairs]
            article = clean(page, Options(input_format="html"))
            runs = {"combined": article}
        else:
            from newsclean.segfile import read_seg

            doc = read_seg(path)
            texts = [t for label, t in doc.lines if label is not None]
            gold = [label.value for label in doc.labels()]
            runs = {name: clean(doc.text, options) for name, options in text_systems.items()}
        for name, article in runs.items():
            pred = [s.label.value for s in article.segments]
            record = {"path": path, "system": name, "gold": gold, "pred": pred, "texts": texts}
            print(json.dumps(record, ensure_ascii=False))
    return 0


# --- the driver ---------------------------------------------------------------------------------


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def documents(match: str) -> list[Path]:
    pattern = re.compile(match)
    found = sorted((ROOT / "corpus" / "text").glob("*/*.seg")) + sorted((ROOT / "corpus" / "html").rglob("*.html"))
    return [p for p in found if pattern.search(p.name)]


def added_by(path: Path) -> str | None:
    """The commit that first added ``path`` (None when it is not committed)."""
    out = _git("log", "--diff-filter=A", "--format=%H", "--reverse", "--", str(path.relative_to(ROOT))).split()
    return out[0] if out else None


def batch_of(path: Path) -> str:
    m = re.search(r"-((?:fresh|blind)\d+[a-z]*)", path.name)
    kind = "html" if path.suffix == ".html" else "text"
    return f"{m.group(1) if m else '?'} {kind}"


def run_worker(src: Path, paths: list[Path], constants: Sequence[str] = ()) -> list[dict[str, object]]:
    env = dict(os.environ, PYTHONPATH=str(src), NEWSCLEAN_UNSEEN_SET=",".join(constants))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *map(str, paths)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"unseen.py: the worker under {src} failed:\n{done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def _results(records: list[dict[str, object]]) -> dict[tuple[str, str], object]:
    from newsclean.bench.metrics import DocResult
    from newsclean.types import Label

    out: dict[tuple[str, str], object] = {}
    for r in records:
        gold = [Label(v) for v in r["gold"]]  # type: ignore[union-attr]
        pred: list[Label | bool] = [Label(v) for v in r["pred"]]  # type: ignore[union-attr]
        texts = list(r["texts"])  # type: ignore[call-overload]
        if len(pred) != len(gold):  # an old segmenter cut an HTML page differently
            continue
        out[(str(r["path"]), str(r["system"]))] = DocResult(Path(str(r["path"])).name, gold, pred, texts)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--match", default=DEFAULT_MATCH, help="file names to take (a regular expression)")
    p.add_argument("--per-doc", action="store_true", help="also print each document's keep F1 then and now")
    p.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a constant of decision.resolve, set in both runs (as model_cv.py --set); choose with "
        "--match on the fresh pages only: the blind ones are the test split",
    )
    p.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.worker:
        return _worker(args.worker)

    sys.path.insert(0, str(ROOT / "src"))
    from newsclean.bench.metrics import score

    docs = documents(args.match)
    by_parent: dict[str, list[Path]] = defaultdict(list)
    skipped = []
    for path in docs:
        commit = added_by(path)
        if commit is None:
            skipped.append(path.name)
            continue
        by_parent[_git("rev-parse", commit + "^").strip()].append(path)
    then: dict[tuple[str, str], object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for parent, paths in by_parent.items():
            snap = Path(tmp) / parent[:12]
            snap.mkdir()
            archive = subprocess.run(["git", "archive", parent, "src"], cwd=ROOT, check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", str(snap)], input=archive.stdout, check=True)
            then.update(_results(run_worker(snap / "src", paths, args.set)))
    now = _results(run_worker(ROOT / "src", [p for ps in by_parent.values() for p in ps], args.set))

    batches: dict[str, list[Path]] = defaultdict(list)
    for paths in by_parent.values():
        for path in paths:
            batches[batch_of(path)].append(path)
    print(f"{sum(map(len, batches.values()))} documents written unseen, in {len(by_parent)} commits")
    if skipped:
        print(f"not committed yet, left out: {', '.join(skipped)}")
    print()
    print(
        "| batch | documents | lines | system | keep F1 then | now | lost body tokens then | now | macro F1 then | now |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    every = [*sorted(batches), "all text", "all html"]
    for batch in every:
        if batch.startswith("all "):
            kind = batch.split()[1]
            paths = [p for b, ps in batches.items() if b.endswith(kind) for p in ps]
        else:
            paths = batches[batch]
        if not paths:
            continue
        systems = TEXT_SYSTEMS if paths[0].suffix == ".seg" else ("combined",)
        for system in systems:
            keys = [(str(p), system) for p in paths if (str(p), system) in then and (str(p), system) in now]
            if not keys:
                continue
            a = score([then[k] for k in keys])  # type: ignore[misc]
            b = score([now[k] for k in keys])  # type: ignore[misc]
            lines = sum(len(then[k].gold) for k in keys)  # type: ignore[attr-defined]
            name = f"**{batch}**" if batch.startswith("all ") else batch
            print(
                f"| {name} | {len(keys)} | {lines:,} | {system} | {a.keep_f1:.3f} | {b.keep_f1:.3f} "
                f"| {a.lost_body_tokens:.2%} | {b.lost_body_tokens:.2%} | {a.macro_f1:.3f} | {b.macro_f1:.3f} |"
            )
    if args.per_doc:
        print("\n| document | system | keep F1 then | now |\n|---|---|---|---|")
        for (path, system), result in sorted(then.items()):
            if (path, system) in now:
                print(
                    f"| {Path(path).name} | {system} | {score([result]).keep_f1:.3f} "  # type: ignore[list-item]
                    f"| {score([now[(path, system)]]).keep_f1:.3f} |"  # type: ignore[list-item]
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
