"""Train the sequence model on labelled pages (``.seg`` documents).

Each document becomes one training sequence: its text is segmented the way
``newsclean`` segments a text dump, the rule detectors and the rules-only
decision run on it (:func:`newsclean.pipeline.label_segments` with
``use_model=False``), and :func:`~.features.page_features` turns each segment
into features; the gold labels come from the document. A second sequence
per document is the page :func:`newsclean.pipeline.clean` reads again to
stabilise its output (the kept lines alone, :func:`examples`).

Pages that carry only keep/drop judgements (the real pages of the
article-extraction benchmark, :func:`real_examples`) train with partial
labels: the target of the gradient is the model's own expectation over the
labellings that agree with keep/drop, so they teach where the article is
without claiming which kind of furniture a dropped line is.

The model is a linear-chain CRF trained by stochastic gradient ascent on the
log-likelihood with an L2 penalty, one sequence per step, in an order drawn
from a fixed seed: two trainings on the same documents give identical
weights. Features seen in fewer than ``min_count`` documents are dropped
before training and weights smaller than ``prune`` after it, which keeps the
model file small.

How the defaults of :class:`Settings` were picked, on ``corpus/text/dev``
(model trained on ``corpus/text/train``) and by 5-fold cross-validation on
train, over three seeds: a CRF beat an averaged structured perceptron on the
same features (macro F1 0.89-0.90 against 0.88); 40 epochs beat 20 (+0.004,
less spread between seeds) and matched 60; L2 of 0.3 and 3 were worse;
pruning weights below 0.1 halves the file and leaves the dev scores unchanged.
Checked again with ``benchmarks/model_cv.py`` (4 folds over train+dev by site
style, 266 pages; combined keep F1 / lost body tokens / macro F1): L2 of 3
gave 0.9360 / 1.31% / 0.8835 against 0.9378 / 1.41% / 0.8938 at 1. Weighting the
gradient of headline and body segments (cost-sensitive, so that the model
would lose less article text) did worse on 416 pages: weight 1.5 gave
0.9341 / 1.68% / 0.8882 and 2 gave 0.9295 / 2.46% / 0.8789, against
0.9380 / 1.46% / 0.8956 unweighted. On 476 pages, with the list protection of
:func:`newsclean.decision.resolve.combine` (``benchmarks/model_cv.py``, combination as
shipped): L2 0.5 gave combined 0.9418 / 1.35% / 0.8987 against 0.9412 / 1.09% / 0.8965 at
1 (model alone 0.9391 / 3.09% / 0.8966 against 0.9421 / 2.68% / 0.8986); with the
``core=`` features, L2 2 gave 0.9403 / 1.11% / 0.8952 against 0.9422 / 1.07% / 0.8978 at
1 (model alone 0.9401 / 2.52% / 0.8974 against 0.9414 / 2.77% / 0.8996): 1 stays. So does
``min_count`` 2: 3 gave 0.9403 / 1.14% / 0.8961 (model alone 0.9408 / 2.73% / 0.8977).
The real pages' tune half as extra training pages (``--real``, ``real_weight`` 0.5; 4-fold CV
over 592 train+dev pages, ``benchmarks/model_cv.py --real``) gave combined 0.9301 / 1.62% /
0.8876 against 0.9290 / 1.29% / 0.8871 without (model alone 0.9253 / 3.56% against 0.9262 /
3.02%): more article text lost on our pages, so the bundled model is trained on the corpus alone.
Eighth session, 4-fold CV over 833 train+dev pages: seed 13 and seed 14 gave combined 0.9240 / 2.10%
/ 0.8893 and 0.9242 / 2.09% / 0.8902 (the averaging keeps trainings this close); the mean of the two
seeds' final weights 0.9249 / 2.04% / 0.8898, for twice the training time: left out for now.
Ninth session, the real pages again, measured on real pages the model never saw: the tune half
cut in two folds (``benchmarks/tune_folds.py``'s), a model trained on the 885 train+dev pages plus
one fold's real pages, scored on the other fold as text dumps (keep F1 / lost body tokens): fold
B 0.732 / 2.29% without real pages, 0.753 / 2.31% with fold A's; fold A 0.744 / 5.18% without,
0.767 / 5.44% with fold B's. On our own pages (4-fold CV by style, folds 0 and 1, about half the
885 pages) the real pages cost article text: 0.9282 / 1.72% without, 0.9279 / 1.92% with; and a
bundled model trained with the whole tune half scored 0.953 / 0.94% / macro 0.927 on the test
split (under its pinned floors), against 0.957 / 0.41% / 0.937 without. The bundled model stays
trained on the corpus alone; a user whose pages are real crawl dumps can train with ``--real``.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, replace
from itertools import pairwise

from newsclean.detectors.model.decode import (
    backward,
    forward,
    node_marginals,
    pair_marginals,
    potentials,
)
from newsclean.detectors.model.features import page_features
from newsclean.detectors.model.sequence import Model
from newsclean.detectors.page import Page
from newsclean.errors import ModelError
from newsclean.segfile import SegDocument
from newsclean.segments.text import segment_lines, split_lines
from newsclean.types import KEEP, Label, Options

LABELS: list[Label] = list(Label)
RULES_ONLY = Options(use_model=False)


@dataclass(frozen=True)
class Settings:
    """Training hyper-parameters (defaults picked on the dev split)."""

    epochs: int = 40
    #: initial learning rate; decays as rate / (1 + epoch / 10)
    rate: float = 0.1
    #: L2 penalty per document (the sum over an epoch is ``l2``)
    l2: float = 1.0
    #: keep features that occur in at least this many documents
    min_count: int = 2
    #: drop weights (per feature, all labels) whose largest magnitude is below this
    prune: float = 0.1
    seed: int = 13
    #: also train on the second-pass page of every document (see :func:`examples`)
    second_pass: bool = True
    #: learning-rate factor for real pages labelled only keep/drop (:func:`real_examples`)
    real_weight: float = 0.5
    #: the share of the last epochs whose end-of-epoch weights are averaged (0: the last weights)
    average: float = 0.5
    #: the share of the furniture lines (gold label not headline or body) whose rule verdicts
    #: are forgotten in training (:func:`forget_verdicts`). The rules were written on the
    #: training pages, so there they name nearly every piece of furniture; on a page they were
    #: not written on they miss more of it, and a model that learnt "no verdict means
    #: article text" keeps what they miss. With some verdicts forgotten, the model learns
    #: furniture from the line's own shape and its neighbours too.
    junk_verdict_dropout: float = 0.0


@dataclass
class Example:
    """One document ready for training: feature lists and gold label indices per segment."""

    name: str
    features: list[list[str]]
    gold: list[int]
    #: the document it comes from (several examples may share one)
    doc: str = ""
    #: partial labels: per segment the label indices that agree with a keep/drop
    #: judgement (real pages); None when ``gold`` is exact
    allowed: list[tuple[int, ...]] | None = None

    def __post_init__(self) -> None:
        self.doc = self.doc or self.name


def forget_verdicts(page: Page, gold: list[Label], name: str, rate: float) -> int:
    """Forget the rule verdicts of about ``rate`` of the furniture lines of ``page``; returns how many.

    Which lines is decided by a generator seeded with ``name`` (the same lines
    in every training run). Headline and body lines keep their verdicts: the
    rules' mistakes on article text are rare on any page, their misses of
    furniture are not (see :attr:`Settings.junk_verdict_dropout`). The span and
    labels the rules decided stay; only the verdict features go.
    """
    if rate <= 0:
        return 0
    rng = random.Random("forget:" + name)
    forgotten = 0
    for i, label in enumerate(gold):
        if label not in KEEP and page.verdicts[i] and rng.random() < rate:
            page.verdicts[i] = []
            forgotten += 1
    return forgotten


def examples(doc: SegDocument, second_pass: bool = True, junk_verdict_dropout: float = 0.0) -> list[Example]:
    """Segment, rule-label and featurise one document; ModelError when its labels do not line up.

    With ``second_pass``, also the page :func:`newsclean.pipeline.clean` reads
    again to stabilise its output: the lines the rules kept, one paragraph
    each, with their gold labels. The model then learns what such a page
    looks like too (without it, the second pass drops body lines the first
    kept).
    """
    from newsclean.pipeline import label_segments  # the pipeline imports this package lazily

    segments = segment_lines(split_lines(doc.text))
    gold = doc.labels()
    if len(gold) != len(segments):
        raise ModelError(f"{doc.path}: {len(gold)} labelled lines but {len(segments)} segments")
    page = label_segments(segments, RULES_ONLY)
    forget_verdicts(page, gold, doc.path, junk_verdict_dropout)
    index = {label: k for k, label in enumerate(LABELS)}
    out = [Example(doc.path, page_features(page), [index[g] for g in gold])]
    if not second_pass:
        return out
    kept = [k for k, seg in enumerate(segments) if seg.label in KEEP]
    wanted = [k for k, g in enumerate(gold) if g in KEEP]
    for suffix, lines in (("#second-pass", kept), ("#clean-output", wanted)):
        if not lines or (suffix == "#clean-output" and lines == kept):
            continue
        again = segment_lines(split_lines("\n\n".join(segments[k].text for k in lines)))
        if len(again) == len(lines):
            page = label_segments(again, RULES_ONLY)
            forget_verdicts(page, [gold[k] for k in lines], doc.path + suffix, junk_verdict_dropout)
            out.append(Example(doc.path + suffix, page_features(page), [index[gold[k]] for k in lines], doc.path))
    return out


#: what a line judged "keep" may be, and what a line judged "drop" may be: real pages'
#: ground truth leaves the headline out, so a dropped line may still be the headline
_KEEP_SET = tuple(k for k, label in enumerate(LABELS) if label in KEEP)
_DROP_SET = tuple(k for k, label in enumerate(LABELS) if label not in KEEP or label is Label.HEADLINE)


def real_examples(pages: list[tuple[str, list[str], list[bool]]]) -> list[Example]:
    """Training examples from pages labelled only keep/drop: ``(name, lines, keep)`` each.

    The real pages of the article-extraction benchmark come this way
    (:mod:`newsclean.bench.realpages`: a crawler-style dump of the HTML, each
    line matched against the page's gold article body). The CRF learns from
    them with partial labels: every labelling that agrees with keep/drop is
    right, and the model spreads the credit over those by its own marginals.
    """
    from newsclean.pipeline import label_segments  # the pipeline imports this package lazily

    out = []
    for name, lines, keep in pages:
        segments = segment_lines(split_lines("\n".join(lines)))
        if len(segments) != len(keep) or not segments:
            continue
        page = label_segments(segments, RULES_ONLY)
        allowed = [_KEEP_SET if k else _DROP_SET for k in keep]
        gold = [ok[0] for ok in allowed]
        out.append(Example(name, page_features(page), gold, name, allowed))
    return out


def train(
    docs: list[SegDocument],
    settings: Settings | None = None,
    *,
    epochs: int | None = None,
    extra: list[Example] | None = None,
) -> Model:
    """Train a model on ``docs`` (deterministic for the same documents and settings).

    ``extra`` adds ready examples, such as the keep/drop-labelled real pages of
    :func:`real_examples`.
    """
    s = settings or Settings()
    if epochs is not None:
        s = replace(s, epochs=epochs)
    prepared = [ex for d in docs for ex in examples(d, s.second_pass, s.junk_verdict_dropout)] + list(extra or [])
    if not any(ex.gold for ex in prepared):
        raise ModelError("no labelled segments to train on")
    return train_examples(prepared, s)


def train_examples(examples: list[Example], s: Settings) -> Model:
    vocab = _vocabulary(examples, s.min_count)
    names = sorted(vocab)
    ids = {f: k for k, f in enumerate(names)}
    data = [
        ([[ids[f] for f in feats if f in ids] for feats in ex.features], ex.gold, ex.allowed)
        for ex in examples
        if ex.gold
    ]
    crf = _CRF(len(names), len(LABELS))
    rng = random.Random(s.seed)
    order = list(range(len(data)))
    average = _Average(crf)
    for epoch in range(s.epochs):
        rng.shuffle(order)
        rate = s.rate / (1 + epoch / 10)
        for k in order:
            feats, gold, allowed = data[k]
            crf.step(feats, gold, rate * (s.real_weight if allowed else 1.0), s.l2 / len(data), allowed)
        if epoch >= s.epochs * (1 - s.average):
            average.add(crf)
    average.into(crf)
    return crf.model(names, s, len(data))


class _Average:
    """The mean of the weights at the end of the last epochs (:attr:`Settings.average`).

    Stochastic gradient steps on one document at a time leave the weights where the
    last documents of the last epoch's shuffled order pushed them: two seeds gave
    models 0.8 points of keep F1 and 1 point of lost text apart on the dev split.
    The mean over the final epochs (Polyak averaging) is a point near the optimum
    that depends little on the order.
    """

    def __init__(self, crf: _CRF) -> None:
        self.count = 0
        self.w = [[0.0] * crf.size for _ in crf.w]
        self.trans = [[0.0] * crf.size for _ in crf.trans]
        self.start = [0.0] * crf.size
        self.end = [0.0] * crf.size

    def add(self, crf: _CRF) -> None:
        self.count += 1
        scale = crf.scale
        for acc, row in zip(self.w, crf.w):
            for y, v in enumerate(row):
                acc[y] += scale * v
        for acc, row in zip(self.trans, crf.trans):
            for y, v in enumerate(row):
                acc[y] += v
        for y in range(crf.size):
            self.start[y] += crf.start[y]
            self.end[y] += crf.end[y]

    def into(self, crf: _CRF) -> None:
        if not self.count:
            return
        n = self.count
        crf.w = [[v / n for v in row] for row in self.w]
        crf.scale = 1.0
        crf.trans = [[v / n for v in row] for row in self.trans]
        crf.start = [v / n for v in self.start]
        crf.end = [v / n for v in self.end]


def _vocabulary(examples: list[Example], min_count: int) -> set[str]:
    """Features of at least ``min_count`` documents (a document's second-pass page is the same document)."""
    per_doc: dict[str, set[str]] = {}
    for ex in examples:
        per_doc.setdefault(ex.doc, set()).update(f for feats in ex.features for f in feats)
    docs_with = Counter(f for feats in per_doc.values() for f in feats)
    return {f for f, c in docs_with.items() if c >= min_count}


class _CRF:
    """Weights of a linear-chain CRF during training, with the L2 scale trick.

    The true weight is ``scale * w``: shrinking every weight by the L2 step
    costs one multiplication instead of a pass over all weights.
    """

    def __init__(self, n_features: int, n_labels: int) -> None:
        self.size = n_labels
        self.w = [[0.0] * n_labels for _ in range(n_features)]
        self.scale = 1.0
        self.trans = [[0.0] * n_labels for _ in range(n_labels)]
        self.start = [0.0] * n_labels
        self.end = [0.0] * n_labels

    def emissions(self, feats: list[list[int]]) -> list[list[float]]:
        w, scale, zero = self.w, self.scale, [0.0] * self.size
        out = []
        for fs in feats:
            if fs:
                out.append([scale * sum(col) for col in zip(*(w[f] for f in fs))])
            else:
                out.append(zero)
        return out

    def step(
        self,
        feats: list[list[int]],
        gold: list[int],
        rate: float,
        l2: float,
        allowed: list[tuple[int, ...]] | None = None,
    ) -> None:
        """One gradient step on one sequence: expected feature counts under the gold
        labels (or, with ``allowed``, under the labellings that agree with them)
        minus those under the model."""
        emissions = self.emissions(feats)
        nodes, trans = potentials(emissions, self.trans, self.start, self.end)
        alpha, beta = forward(nodes, trans), backward(nodes, trans)
        marg = node_marginals(alpha, beta)
        pairs = pair_marginals(nodes, trans, alpha, beta)
        labels = range(self.size)
        if allowed is None:
            target = [[1.0 if y == g else 0.0 for y in labels] for g in gold]
            target_pairs = [[0.0] * self.size for _ in labels]
            for a, b in pairwise(gold):
                target_pairs[a][b] += 1.0
        else:
            masked = [[v if y in ok else 0.0 for y, v in enumerate(row)] for row, ok in zip(nodes, allowed)]
            c_alpha, c_beta = forward(masked, trans), backward(masked, trans)
            target = node_marginals(c_alpha, c_beta)
            target_pairs = pair_marginals(masked, trans, c_alpha, c_beta)
        # L2 shrink of the emission weights, then the gradient step
        self.scale *= 1.0 - rate * l2
        if self.scale < 1e-6:
            self._rescale()
        step = rate / self.scale
        for fs, t, m in zip(feats, target, marg):
            diff = [step * (t[y] - m[y]) for y in labels]
            for f in fs:
                row = self.w[f]
                for y in labels:
                    row[y] += diff[y]
        shrink = 1.0 - rate * l2
        for a in labels:
            row, want, got = self.trans[a], target_pairs[a], pairs[a]
            for b in labels:
                row[b] = row[b] * shrink + rate * (want[b] - got[b])
        first, last = marg[0], marg[-1]
        for y in labels:
            self.start[y] = self.start[y] * shrink + rate * (target[0][y] - first[y])
            self.end[y] = self.end[y] * shrink + rate * (target[-1][y] - last[y])

    def _rescale(self) -> None:
        for row in self.w:
            for y in range(self.size):
                row[y] *= self.scale
        self.scale = 1.0

    def model(self, names: list[str], s: Settings, n_docs: int) -> Model:
        weights: dict[str, list[float]] = {}
        for name, row in zip(names, self.w):
            vals = [round(self.scale * v, 4) for v in row]
            if max(abs(v) for v in vals) >= s.prune:
                weights[name] = vals
        info: dict[str, object] = {
            "trainer": "crf-sgd",
            "documents": n_docs,
            "epochs": s.epochs,
            "rate": s.rate,
            "l2": s.l2,
            "min_count": s.min_count,
            "prune": s.prune,
            "seed": s.seed,
            "second_pass": s.second_pass,
            "real_weight": s.real_weight,
            "average": s.average,
            "junk_verdict_dropout": s.junk_verdict_dropout,
        }
        return Model(
            labels=list(LABELS),
            weights=weights,
            transitions=[[round(v, 4) for v in row] for row in self.trans],
            start=[round(v, 4) for v in self.start],
            end=[round(v, 4) for v in self.end],
            info=info,
        )
