"""Scores of predicted labels against gold labels, over the lines of many documents.

Definitions (the same for the cleaner and every baseline):

* per-label precision / recall / F1 over lines, and their macro F1 (mean over
  the labels that occur in gold or prediction);
* keep-vs-drop F1: a line is *kept* when labelled headline or body;
* token-weighted precision / recall of the kept text (``\\w+`` tokens);
* **lost body tokens**: the share of gold headline+body tokens the prediction
  dropped (article text lost), the first figure a user cares about;
* a confusion matrix, and per document the worst lines;
* lost body tokens and kept junk tokens by the rule that decided the line
  (:attr:`Scores.lost_by_rule`, :attr:`Scores.junk_by_rule`): where to look
  first, in aggregate, so it can be shown for a held-out split too.

Baselines that only decide keep or drop are scored on the keep/drop figures.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from newsclean.types import KEEP, Label

_TOKEN = regex.compile(r"\w+")
LABELS = list(Label)


def tokens(text: str) -> int:
    return len(_TOKEN.findall(text))


def prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass
class DocResult:
    name: str
    gold: list[Label]
    pred: list[Label | bool]  # Label, or True/False (keep/drop) for keep-only systems
    texts: list[str]
    #: per line, the name of the rule that decided it (``decision.in_article``, ``model``, ...);
    #: empty for systems that give no reasons (the baselines)
    rules: list[str] = field(default_factory=list)

    def kept_pred(self, i: int) -> bool:
        p = self.pred[i]
        return p if isinstance(p, bool) else p in KEEP

    @property
    def lost_tokens(self) -> int:
        return sum(
            tokens(t)
            for g, t, k in zip(self.gold, self.texts, (self.kept_pred(i) for i in range(len(self.gold))))
            if g in KEEP and not k
        )

    @property
    def junk_tokens(self) -> int:
        return sum(
            tokens(t)
            for g, t, k in zip(self.gold, self.texts, (self.kept_pred(i) for i in range(len(self.gold))))
            if g not in KEEP and k
        )

    @property
    def errors(self) -> list[int]:
        out = []
        for i, (g, p) in enumerate(zip(self.gold, self.pred)):
            if isinstance(p, bool):
                if p != (g in KEEP):
                    out.append(i)
            elif p is not g:
                out.append(i)
        return out


@dataclass
class Scores:
    labelled: bool
    docs: int = 0
    lines: int = 0
    per_label: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)
    macro_f1: float = 0.0
    keep_p: float = 0.0
    keep_r: float = 0.0
    keep_f1: float = 0.0
    token_p: float = 0.0
    token_r: float = 0.0
    token_f1: float = 0.0
    lost_body_tokens: float = 0.0
    accuracy: float = 0.0
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    worst: list[tuple[str, float, int]] = field(default_factory=list)
    #: gold headline+body tokens dropped, by the rule that dropped them (most first)
    lost_by_rule: dict[str, int] = field(default_factory=dict)
    #: tokens of gold furniture kept, by the rule that kept them (most first)
    junk_by_rule: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def rule_name(reason: str) -> str:
    """The rule part of a segment's reason: ``"caption.credit: 'Photo: …'"`` → ``caption.credit``.

    A reason starts with the name of the rule (or ``model``) that decided, up to
    the first colon or space; a line the second pass dropped counts as
    ``decision.second_pass`` (its reason goes on with the rule of that pass).
    """
    name = reason.split(":", 1)[0].split(" ", 1)[0] if reason else "-"
    return name or "-"


def score(results: list[DocResult]) -> Scores:
    labelled = all(not isinstance(p, bool) for r in results for p in r.pred)
    s = Scores(labelled=labelled, docs=len(results))
    tp = Counter[Label]()
    fp = Counter[Label]()
    fn = Counter[Label]()
    support = Counter[Label]()
    confusion: dict[str, Counter[str]] = {label.value: Counter() for label in LABELS}
    k_tp = k_fp = k_fn = 0
    t_tp = t_fp = t_fn = 0
    correct = 0
    worst = []
    lost_by = Counter[str]()
    junk_by = Counter[str]()
    for r in results:
        for i, (g, t) in enumerate(zip(r.gold, r.texts)):
            s.lines += 1
            p = r.pred[i]
            gk = g in KEEP
            pk = r.kept_pred(i)
            n_tok = tokens(t)
            k_tp += gk and pk
            k_fp += pk and not gk
            k_fn += gk and not pk
            t_tp += n_tok if gk and pk else 0
            t_fp += n_tok if pk and not gk else 0
            t_fn += n_tok if gk and not pk else 0
            if r.rules and gk != pk:
                (lost_by if gk else junk_by)[r.rules[i]] += n_tok
            support[g] += 1
            if isinstance(p, Label):
                confusion[g.value][p.value] += 1
                if p is g:
                    tp[g] += 1
                    correct += 1
                else:
                    fp[p] += 1
                    fn[g] += 1
            else:
                correct += pk == gk
        gold_tok = sum(tokens(t) for g, t in zip(r.gold, r.texts) if g in KEEP)
        frac = r.lost_tokens / gold_tok if gold_tok else 0.0
        worst.append((r.name, round(frac, 4), len(r.errors)))
    if labelled:
        f1s = []
        for label in LABELS:
            if support[label] or fp[label]:
                p_, r_, f_ = prf(tp[label], fp[label], fn[label])
                s.per_label[label.value] = (p_, r_, f_, support[label])
                f1s.append(f_)
        s.macro_f1 = sum(f1s) / len(f1s) if f1s else 0.0
        s.confusion = {g: dict(c) for g, c in confusion.items() if c}
    s.keep_p, s.keep_r, s.keep_f1 = prf(k_tp, k_fp, k_fn)
    s.token_p, s.token_r, s.token_f1 = prf(t_tp, t_fp, t_fn)
    s.lost_body_tokens = t_fn / (t_tp + t_fn) if t_tp + t_fn else 0.0
    s.accuracy = correct / s.lines if s.lines else 0.0
    s.worst = sorted(worst, key=lambda w: (-w[1], -w[2]))[:8]
    s.lost_by_rule = dict(lost_by.most_common())
    s.junk_by_rule = dict(junk_by.most_common())
    return s
