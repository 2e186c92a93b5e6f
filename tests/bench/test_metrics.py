"""Scores: hand-computed cases for per-label, keep/drop and lost-token figures."""

from __future__ import annotations

import pytest

from newsclean.bench.metrics import DocResult, prf, rule_name, score
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


def test_tokens_on_the_wrong_side_are_counted_by_the_rule_that_decided() -> None:
    texts = ["Title", "one two three four", "five six", "Advertisement", "seven"]
    rules = ["decision.headline", "chrome.url", "decision.in_article", "decision.in_article", "chrome.url"]
    r = DocResult("d", [H, B, B, A, B], [H, C, B, B, C], texts, rules)
    s = score([r])
    assert s.lost_by_rule == {"chrome.url": 5}
    assert s.junk_by_rule == {"decision.in_article": 1}
    # most first
    r2 = DocResult("e", [B, B], [A, C], ["a b c", "d"], ["ad.marker", "chrome.prefix[en]"])
    assert list(score([r, r2]).lost_by_rule) == ["chrome.url", "ad.marker", "chrome.prefix[en]"]


def test_systems_without_reasons_have_no_breakdown() -> None:
    s = score([DocResult("d", [B, C], [False, True], ["a b c", "x"])])
    assert s.lost_by_rule == {} and s.junk_by_rule == {}


@pytest.mark.parametrize(
    ("reason", "name"),
    [
        ("caption.credit: 'Photo: Jane Roe'", "caption.credit"),
        ("decision.second_pass: chrome.url: 'www.example.com'", "decision.second_pass"),
        ("model (p=0.93): +words=1, +rule=none", "model"),
        ("", "-"),
    ],
)
def test_rule_name_is_the_head_of_the_reason(reason: str, name: str) -> None:
    assert rule_name(reason) == name
