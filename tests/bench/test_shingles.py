"""The benchmark's shingle metric on made-up strings, with hand-computed values."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from newsclean.bench.shingles import corpus_scores, page_prf, shingles


def _approx(values: tuple[float, ...]) -> object:
    return pytest.approx(values, abs=1e-12)


def test_shingles_are_token_4_grams() -> None:
    assert shingles("a b, c. d! e") == Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})


def test_short_and_empty_texts() -> None:
    assert shingles("one two") == Counter({("one", "two"): 1})  # one shorter shingle
    assert shingles("") == Counter()
    assert shingles("... — !") == Counter()


def test_tokens_are_stdlib_re_words() -> None:
    # the benchmark uses the re module; regex would give one token here
    word = "हिंदी"
    assert shingles(word) == Counter({tuple(re.findall(r"\w+", word)): 1})
    assert len(next(iter(shingles(word)))) == 2


def test_page_prf_identical() -> None:
    assert page_prf("a b c d e", "a b c d e") == _approx((1.0, 0.0, 0.0))


def test_page_prf_partial() -> None:
    # pred {abcd, bcde}, gold {abcd, bcdf}: tp 1, fp 1, fn 1
    assert page_prf("a b c d e", "a b c d f") == _approx((1 / 3, 1 / 3, 1 / 3))


def test_page_prf_short_texts() -> None:
    assert page_prf("one two", "one two") == _approx((1.0, 0.0, 0.0))
    # ("one", "two") against ("one", "two", "three"): nothing shared
    assert page_prf("one two", "one two three") == _approx((0.0, 0.5, 0.5))


def test_page_prf_empty_sides() -> None:
    assert page_prf("", "a b c d") == _approx((0.0, 0.0, 1.0))
    assert page_prf("a b c d", "") == _approx((0.0, 1.0, 0.0))
    assert page_prf("", "") == (0.0, 0.0, 0.0)


def test_page_prf_is_case_sensitive_and_ignores_punctuation() -> None:
    assert page_prf("The cat sat down", "the cat sat down") == _approx((0.0, 0.5, 0.5))
    assert page_prf("a, b. c! d?", "a b c d") == _approx((1.0, 0.0, 0.0))


def test_page_prf_counts_repeats() -> None:
    # pred: xyzw twice + yzwx, zwxy, wxyz; gold: xyzw once → tp 1, fp 4, fn 0
    assert page_prf("x y z w x y z w", "x y z w") == _approx((0.2, 0.8, 0.0))


def test_corpus_scores_average_over_pages() -> None:
    pairs = [
        ("a b c d e", "a b c d e"),  # P 1, R 1
        ("a b c d e", "a b c d f"),  # P 0.5, R 0.5
        ("", "a b c d"),  # empty prediction: not in precision, R 0
        ("", ""),  # nothing on either side: in neither average
    ]
    scores = corpus_scores(pairs)
    assert scores["n"] == 4
    assert scores["precision"] == pytest.approx(0.75)  # (1 + 0.5) / 2
    assert scores["recall"] == pytest.approx(0.5)  # (1 + 0.5 + 0) / 3
    assert scores["f1"] == pytest.approx(0.6)  # 2 · 0.75 · 0.5 / 1.25


def test_corpus_scores_prediction_without_gold() -> None:
    scores = corpus_scores([("a b c d", ""), ("a b c d", "a b c d")])
    assert scores["precision"] == pytest.approx(0.5)  # (0 + 1) / 2
    assert scores["recall"] == pytest.approx(1.0)  # only the second page has gold


def test_corpus_scores_degenerate_inputs() -> None:
    # where the original evaluate.py would raise, these are 0.0
    assert corpus_scores([]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n": 0}
    assert corpus_scores([("", "a b c d")]) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "n": 1}
    assert corpus_scores(iter([("a b c d", "a b c d")]))["f1"] == pytest.approx(1.0)
