"""Cross-validation of the statistical model: rules only, model only and combined.

    python benchmarks/model_cv.py                              # 4 folds over corpus/text/train + dev
    python benchmarks/model_cv.py --l2 0.5 --min-count 3       # a training setting changed
    python benchmarks/model_cv.py --set DEMOTE=0.9             # a combination constant changed
    python benchmarks/model_cv.py --save /tmp/cv --load /tmp/cv  # train once, re-score the saved fold models

(with ``PYTHONPATH=src`` from the repository root). The documents of the
given folders (default ``corpus/text/train corpus/text/dev``; never the test
split) are split into ``--folds`` folds **by site style**: a document's style
is its file name without the trailing number (``en-tabloid-02`` →
``en-tabloid``), and its fold is a stable hash of the style, so two pages of
one invented site never sit on both sides, and a document keeps its fold when
others are added. For each fold a model is trained (:func:`~newsclean.detectors.model.train.train_examples`,
default :class:`~newsclean.detectors.model.train.Settings` unless overridden)
on the other folds' documents and every held-out document is cleaned by
:func:`newsclean.pipeline.clean` three ways, as ``newsclean bench`` does:
the rules alone, the model alone (``model_only``) and the two combined (the
default pipeline). The scores (:mod:`newsclean.bench.metrics`) are pooled
over all held-out documents: every document is scored once, by a model that
never saw it.

``--set NAME=VALUE`` sets a constant of :mod:`newsclean.decision.resolve`
(``DEMOTE``, ``DEMOTE_SHORT``, ``PROMOTE``, ``SWAP``, ``HEADLINE_PICK``, ...)
before scoring, ``--set features.NAME=VALUE`` one of
:mod:`newsclean.detectors.model.features` (a feature switch) before
featurising. The documents are featurised once (the rules run on each
page once per run), so a run costs about four trainings.

Measured 2026-12-06 on the 476 train+dev pages with the shipped settings
(``python benchmarks/model_cv.py --save /tmp/cv``, 290 s of CPU; re-scoring
with ``--load /tmp/cv --systems combined`` takes seconds, so combination
constants are cheap to try; DEMOTE 0.99, DEMOTE_SHORT 0.6 or 0.8, PROMOTE 0.5
and KEEP_ARTICLE 0.6 each moved keep F1 by at most 0.0015):

| system | keep F1 | lost body tokens | macro F1 |
|---|---|---|---|
| rules only | 0.9164 | 1.67% | 0.8185 |
| model only | 0.9421 | 2.68% | 0.8986 |
| combined (shipped) | 0.9381 | 1.40% | 0.8952 |

(on the 416 pages of the previous corpus, before this session's rule changes:
0.9015 / 2.24% / 0.7986, 0.9395 / 3.19% / 0.8967, 0.9380 / 1.46% / 0.8956)

Then (same pages, same rules): protecting in-table and date-list lines gave combined
0.9389 / 1.33% / 0.8955; protecting the lists the article introduces
(``resolve._article_lists``) 0.9409 / 1.16% / 0.8962 with the same fold models; the
``core=`` features (fold models retrained, ``--save``) model alone 0.9414 / 2.77% / 0.8996,
combined 0.9414 / 1.16% / 0.8975; rows without a lead among those lists (``row_kind``)
0.9422 / 1.09% / 0.8977, and protected from every label the model may give them (not
only sidebar and chrome) 0.9422 / 1.07% / 0.8978. L2 0.5 and 2 are in the training notes
(:mod:`newsclean.detectors.model.train`).

Seventh session, on the 729 train+dev pages (``--save``, each code state's own fold models;
keep F1 / lost body tokens / macro F1): the session's first code (6c2aa2d) rules 0.8997 / 1.87% /
0.8076, model 0.9297 / 3.25% / 0.8886, combined 0.9287 / 1.57% / 0.8835; the final code with the
weights averaged over the last half of the epochs (``train.Settings.average``) rules 0.9031 /
1.99% / 0.8109, model 0.9299 / 3.10% / 0.8896, combined 0.9331 / 1.56% / 0.8916; the same code
without averaging combined 0.9263 / 2.50% / 0.8902 (model 0.9062 / 6.53%): without averaging, a
model's quality moved with the order of the documents (two seeds on the dev split: 1.69% and
2.71% lost), which is why it was added. With six rule commits put back (they had been reverted while
training was unstable): rules 0.9061 / 1.97% / 0.8143, model 0.9323 / 2.82% / 0.8958, combined
0.9333 / 1.41% / 0.8958 (the code this docstring ships with).

Eighth session, on the 833 train+dev pages (104 new: in-flow notices and captions, long crawl dumps,
data-table bodies, captions of every kind), ``--save`` with the session's first code (13181d5) and its
end: rules 0.8836 / 2.84% / 0.8012 -> 0.8864 / 2.83% / 0.8024; model 0.9251 / 3.66% / 0.8881 ->
0.9203 / 3.82% / 0.8853; combined 0.9258 / 2.06% / 0.8904 -> 0.9240 / 2.10% / 0.8893. Each set of fold
models scored with both codes (``--load``): the start's models 0.9258 / 2.06% -> 0.9271 / 2.06% (macro
0.8904 -> 0.8911), the end's 0.9223 / 2.11% -> 0.9240 / 2.10% (0.8879 -> 0.8893): the rules and the
decision gain 0.0013-0.0017 keep F1 with either models; the two trainings differ by 0.003-0.005, the
spread between trainings seen before (below), not a change of the trainer.

Training variance (measured 2026-12-06 after the rule fixes of branch s5-rules): two
``--save`` runs at two code states whose rules differ on a few dozen lines gave combined
0.9433 / 1.06% / 0.9011 and 0.9411 / 1.54% / 0.9023 (model only 2.39% and 3.01% lost): the
fold models, not the rules, moved lost body tokens by half a point. To compare two rule
states, score the same saved fold models with both (``--load``): each set of fold models
above, scored with the rules before and after the fixes, gave 0.9383 / 1.34% -> 0.9441 /
1.06% and 0.9360 / 1.76% -> 0.9411 / 1.54%.

On the 536 train+dev pages after the fifth session's merge (60 new pages), ``--save`` at the
session's first commit (1d631c1, the new pages copied in) and at its end (bundled model
v1-b0c578dcd4's code), keep F1 / lost body tokens / macro F1:

| system | start of session | end of session |
|---|---|---|
| rules only | 0.9097 / 1.85% / 0.8154 | 0.9165 / 1.43% / 0.8234 |
| model only | 0.9365 / 2.97% / 0.8935 | 0.9381 / 2.93% / 0.9034 |
| combined | 0.9352 / 1.39% / 0.8936 | 0.9389 / 1.20% / 0.8999 |

On the 599 train+dev pages after the sixth session (63 new pages: Russian, Polish, Turkish,
Indonesian, flattened tables, deals posts, crawl-style pages), ``--save`` with the code of the
session's first commit (4253c45) and of its end (bundled model v1-faad46e4ff's code):

| system | start of session | end of session |
|---|---|---|
| rules only | 0.9040 / 1.87% / 0.8114 | 0.9169 / 1.53% / 0.8282 |
| model only | 0.9309 / 3.22% / 0.8938 | 0.9344 / 3.25% / 0.8941 |
| combined | 0.9310 / 1.47% / 0.8917 | 0.9374 / 1.40% / 0.8949 |

``--real`` (the real pages' tune half as extra training pages) was measured on 592 of these
pages: see :mod:`newsclean.detectors.model.train`.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tempfile
import time
from dataclasses import fields, replace
from pathlib import Path

from newsclean.bench.metrics import DocResult, Scores, score
from newsclean.decision import resolve
from newsclean.detectors.model import features, sequence
from newsclean.detectors.model.train import Example, Settings, examples, train_examples
from newsclean.pipeline import clean
from newsclean.segfile import SegDocument, find_seg_files, read_seg
from newsclean.types import Options

_NUMBER = re.compile(r"-\d+$")


def style(doc: SegDocument) -> str:
    """``en-tabloid-02.seg`` → ``en-tabloid``."""
    return _NUMBER.sub("", Path(doc.path).stem)


def fold_of(doc: SegDocument, folds: int) -> int:
    return int(hashlib.sha1(style(doc).encode("utf-8")).hexdigest(), 16) % folds


def systems(model_path: str) -> dict[str, Options]:
    return {
        "model only": Options(input_format="text", model_path=model_path, model_only=True),
        "combined": Options(input_format="text", model_path=model_path),
    }


def result(doc: SegDocument, options: Options) -> DocResult:
    texts = [t for label, t in doc.lines if label is not None]
    pred = [s.label for s in clean(doc.text, options).segments]
    return DocResult(Path(doc.path).name, doc.labels(), list(pred), texts)


def _settings(args: argparse.Namespace) -> Settings:
    s = Settings()
    for f in fields(Settings):
        value = getattr(args, f.name, None)
        if value is not None:
            s = replace(s, **{f.name: value})
    return s


def _set_constants(assignments: list[str]) -> None:
    for item in assignments:
        name, _, value = item.partition("=")
        module, _, attr = name.rpartition(".")
        target = features if module == "features" else resolve
        if not hasattr(target, attr):
            raise SystemExit(f"{target.__name__} has no {attr}")
        kind = type(getattr(target, attr))
        if kind is tuple:  # OFFSETS=-1,1
            setattr(target, attr, tuple(int(v) for v in value.split(",")))
            if hasattr(sequence, attr):  # the model module holds its own binding
                setattr(sequence, attr, getattr(target, attr))
        else:
            setattr(target, attr, value.lower() in ("1", "true", "yes") if kind is bool else kind(value))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="*", default=["corpus/text/train", "corpus/text/dev"])
    p.add_argument("--folds", type=int, default=4)
    p.add_argument("--set", action="append", default=[], metavar="NAME=VALUE", help="a constant of decision.resolve")
    p.add_argument("--save", help="write the fold models to this folder")
    p.add_argument("--load", help="score the fold models saved in this folder instead of training")
    p.add_argument("--per-fold", action="store_true", help="also print the scores of each fold")
    p.add_argument(
        "--real",
        metavar="DIR",
        help="also train every fold on the tune half of the real pages at DIR (keep/drop labels, as "
        "`newsclean train --real` does); they are never scored here",
    )
    p.add_argument(
        "--systems",
        default="rules only,model only,combined",
        help="comma-separated: rules only, model only, combined (default: all three)",
    )
    for f in fields(Settings):
        kind = type(f.default)
        if kind is bool:
            p.add_argument("--" + f.name.replace("_", "-"), type=lambda v: v.lower() in ("1", "true", "yes"))
        else:
            p.add_argument("--" + f.name.replace("_", "-"), type=kind)
    args = p.parse_args(argv)
    if any("test" in Path(x).parts for x in args.paths):
        raise SystemExit("the test split is never tuned against")
    _set_constants(args.set)
    settings = _settings(args)
    docs = [read_seg(f) for f in find_seg_files(args.paths)]
    started = time.perf_counter()
    prepared: dict[str, list[Example]] = {}
    if not args.load:
        prepared = {d.path: examples(d, settings.second_pass, settings.junk_verdict_dropout) for d in docs}
    real: list[Example] = []
    if args.real and not args.load:
        from newsclean.detectors.model.cli import real_pages
        from newsclean.detectors.model.train import real_examples

        real = real_examples(real_pages(args.real, "tune"))
    print(
        f"{len(docs)} documents, {args.folds} folds by style; settings {settings}; "
        f"constants {' '.join(args.set) or 'as shipped'}",
        file=sys.stderr,
    )
    folder = Path(args.save or args.load or tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    wanted = [name.strip() for name in args.systems.split(",")]
    results: dict[str, list[DocResult]] = {name: [] for name in wanted}
    rules = Options(input_format="text", use_model=False)
    for k in range(args.folds):
        held = [d for d in docs if fold_of(d, args.folds) == k]
        path = folder / f"fold{k}.json"
        if not args.load:
            train = [ex for d in docs if fold_of(d, args.folds) != k for ex in prepared[d.path]] + real
            train_examples(train, settings).save(path)
        every = {"rules only": rules, **systems(str(path))}
        fold = {name: [result(d, every[name]) for d in held] for name in wanted}
        for name, rows in fold.items():
            results[name] += rows
        if args.per_fold:
            _table(f"fold {k}: {len(held)} documents", {n: score(r) for n, r in fold.items()})
        print(f"fold {k} done ({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    _table(f"{len(docs)} documents, pooled", {n: score(r) for n, r in results.items()})
    return 0


def _table(title: str, scores: dict[str, Scores]) -> None:
    print(f"\n{title}\n")
    print("| system | keep F1 | keep P / R | lost body tokens | macro F1 | accuracy |")
    print("|---|---|---|---|---|---|")
    for name, s in scores.items():
        print(
            f"| {name} | {s.keep_f1:.4f} | {s.keep_p:.3f} / {s.keep_r:.3f} | {s.lost_body_tokens:.2%} "
            f"| {s.macro_f1:.4f} | {s.accuracy:.4f} |"
        )


if __name__ == "__main__":
    sys.exit(main())
