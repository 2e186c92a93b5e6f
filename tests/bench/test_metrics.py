"""Scores: hand-computed cases for per-label, keep/drop and lost-token figures."""

from __future__ import annotations

import pytest

from newsclean.bench.metrics import DocResult, prf, score
from newsclean.types import Label

B, C, H, A = Label.BODY, Label.CHROME, Label.HEADLINE, Label.AD


def test_prf_edges() -> None:
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0)
    assert prf(1, 1, 0) == (0.5, 1.0, pytest.approx(2 / 3))


def test_perfect_prediction() -> None:
    r = DocResult("d", [H, B, C], [H, B, C], ["Title here", "one two three four", "Share"])
    s = score([r])
    assert s.keep_f1 == 1.0 and s.macro_f1 == 1.0 and s.lost_body_tokens == 0.0


def test_lost_tokens_and_junk() -> None:
    texts = ["Title", "one two three four", "five six", "Advertisement"]
    r = DocResult("d", [H, B, B, A], [H, C, B, B], texts)
    s = score([r])
    # gold keep tokens: 1 + 4 + 2 = 7; lost 4
    assert s.lost_body_tokens == pytest.approx(4 / 7)
    assert r.junk_tokens == 1 and r.lost_tokens == 4
    assert s.keep_p == pytest.approx(2 / 3) and s.keep_r == pytest.approx(2 / 3)
    assert s.confusion["body"]["chrome"] == 1


def test_keep_only_systems_get_no_macro() -> None:
    r = DocResult("d", [B, C], [True, True], ["a b c", "x"])
    s = score([r])
    assert not s.labelled and s.keep_p == 0.5 and s.keep_r == 1.0
