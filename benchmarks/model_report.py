"""Score and time the statistical model: rules only vs model only vs combined.

    python benchmarks/model_report.py                      # train on train, score on dev
    python benchmarks/model_report.py --model PATH         # score an existing model file

Accuracy: a model trained on ``--train`` (default ``corpus/text/train``) is
scored on ``--dev`` (default ``corpus/text/dev``) with
:mod:`newsclean.bench.metrics`, through :func:`newsclean.pipeline.clean`
(as ``newsclean bench`` does), for three systems: the rules alone
(``use_model=False``), the model alone (``model_only=True``: the model labels
every line, the rules only feed it features) and the pipeline as shipped
(``use_model=True``: the model decides where the rules are unsure).

Speed: :func:`~newsclean.pipeline.clean` over every document of ``--time``
(default: all of ``corpus/text``), rules only and with the model, in turn
per document, best of ``--rounds`` runs each. The benchmark requires the
ratio with/without model to be at least 0.5.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from newsclean.bench.metrics import DocResult, Scores, score
from newsclean.detectors.model.features import SHAPES
from newsclean.detectors.model.train import train
from newsclean.pipeline import clean
from newsclean.segfile import SegDocument, find_seg_files, read_seg
from newsclean.types import Label, Options


def _docs(paths: list[str]) -> list[SegDocument]:
    return [read_seg(p) for p in find_seg_files(paths)]


def _labels(doc: SegDocument, options: Options) -> list[Label]:
    return [s.label for s in clean(doc.text, options).segments]


def accuracy(docs: list[SegDocument], model_path: str) -> dict[str, Scores]:
    systems = {
        "rules only": Options(input_format="text", use_model=False),
        "model only": Options(input_format="text", model_path=model_path, model_only=True),
        "combined": Options(input_format="text", model_path=model_path),
    }
    out = {}
    for name, options in systems.items():
        results = []
        for doc in docs:
            texts = [t for label, t in doc.lines if label is not None]
            results.append(DocResult(Path(doc.path).name, doc.labels(), list(_labels(doc, options)), texts))
        out[name] = score(results)
    return out


def throughput(docs: list[SegDocument], model_path: str, rounds: int) -> tuple[float, float, int]:
    """Lines per second of :func:`~newsclean.pipeline.clean`, rules only and with the model.

    Both run on each document in turn, ``rounds`` times; each document's
    fastest run of each counts (the machine may be shared and noisy).
    """
    texts = [d.text for d in docs]
    n = sum(len(d.labels()) for d in docs)
    systems = [Options(input_format="text", use_model=False), Options(input_format="text", model_path=model_path)]
    clean(texts[0], systems[1])  # load the model outside the clock
    best = [[float("inf")] * len(texts) for _ in systems]
    for _ in range(rounds):
        SHAPES.clear()  # each round as the first: only a page's own second pass hits the cache
        for k, text in enumerate(texts):
            for s, options in enumerate(systems):
                started = time.perf_counter()
                clean(text, options)
                best[s][k] = min(best[s][k], time.perf_counter() - started)
    return n / sum(best[0]), n / sum(best[1]), n


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--train", nargs="+", default=["corpus/text/train"])
    p.add_argument("--dev", nargs="+", default=["corpus/text/dev"])
    p.add_argument("--time", nargs="+", default=["corpus/text"], help="documents to time (default: all of corpus/text)")
    p.add_argument("--model", help="score this model file instead of training one on --train")
    p.add_argument("--rounds", type=int, default=15)
    args = p.parse_args(argv)
    model_path = args.model
    if model_path is None:
        model_path = str(Path(tempfile.mkdtemp()) / "model.json")
        started = time.perf_counter()
        model = train(_docs(args.train))
        model.save(model_path)
        print(
            f"trained on {' '.join(args.train)} in {time.perf_counter() - started:.1f}s: {len(model.weights)} features"
        )
    dev = _docs(args.dev)
    print(f"\nscored on {' '.join(args.dev)}: {len(dev)} documents, {sum(len(d.labels()) for d in dev)} lines\n")
    print("| system | macro F1 | keep F1 | lost body tokens | accuracy |")
    print("|---|---|---|---|---|")
    for name, s in accuracy(dev, model_path).items():
        print(f"| {name} | {s.macro_f1:.3f} | {s.keep_f1:.3f} | {s.lost_body_tokens:.2%} | {s.accuracy:.3f} |")
    rules_speed, model_speed, n = throughput(_docs(args.time), model_path, args.rounds)
    print(
        f"\nthroughput of clean() over {n} lines: rules only {rules_speed:,.0f} lines/s, "
        f"with model {model_speed:,.0f} lines/s, ratio {model_speed / rules_speed:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
