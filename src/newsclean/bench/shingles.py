"""The article-extraction-benchmark's own score: token 4-gram shingles, averaged over pages.

Written from the dataset README's description and checked against the
benchmark's ``evaluate.py`` (scrapinghub/article-extraction-benchmark; its
scoring code is the same in commits 11b407d and 7d95432), so newsclean's
figures can be set next to the published ones:

* tokens are ``\\w+`` matches of Python's own ``re`` module (the ``regex``
  module's ``\\w`` differs on some scripts, e.g. Devanagari vowel signs, and
  changes the tokens of 24 of the 362 gold bodies and page dumps); **case is
  kept** (the original's ``re.IGNORECASE`` does not change what ``findall``
  returns), so "The" and "the" are different tokens;
* shingles are consecutive token 4-grams; a text of 1-3 tokens gives one
  shorter shingle of all its tokens, an empty text none;
* per page, the shingle multisets give tp = Σ min(gold, pred), fp = Σ excess
  predicted, fn = Σ missed; the three are divided by their sum so that every
  page weighs the same (all stay 0 when both texts have no tokens);
* precision is averaged over the pages with tp + fp > 0 only (**a page with
  an empty prediction does not lower precision**, only recall), recall over
  the pages with tp + fn > 0 (an empty gold body does not count for recall);
  F1 is the harmonic mean of the two averages, not an average of per-page F1.

Where the original would crash (no page counts for an average; precision and
recall both 0) this module gives 0.0 instead. The bootstrap ± values and the
"accuracy" (exact token match) of the newer ``evaluate.py`` are not computed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: the benchmark's tokeniser; stdlib ``re`` on purpose (see the module docstring)
_TOKEN = re.compile(r"\w+")
#: shingle size of the benchmark
N = 4


def shingles(text: str, n: int = N) -> Counter[tuple[str, ...]]:
    """The multiset of token ``n``-grams of ``text`` (one shorter shingle for 1 to n-1 tokens)."""
    toks = _TOKEN.findall(text or "")
    return Counter(tuple(toks[i : i + n]) for i in range(max(1, len(toks) - n + 1)) if toks)


def page_prf(pred: str, gold: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page's shingles, divided by their sum; (0, 0, 0) when both are empty."""
    p, g = shingles(pred), shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if not total:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def _precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def corpus_scores(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Benchmark precision, recall, F1 and page count ``n`` over ``(prediction, gold)`` pairs.

    Pass the pairs in that order: prediction first, as in :func:`page_prf`.
    """
    fractions = [page_prf(pred, gold) for pred, gold in pairs]
    precision = _mean([_precision(*f) for f in fractions if f[0] + f[1] > 0])
    recall = _mean([_recall(*f) for f in fractions if f[0] + f[2] > 0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "n": len(fractions)}
