"""runs: lines that open alike, the items of a list (newsclean.segments.runs)."""

from __future__ import annotations

import pytest

from newsclean.segments.runs import lead_kind, row_kind, runs
from newsclean.segments.shape import measure


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("• Headache and dizziness", "marker"),
        ("2. Look at the label on the back.", "marker"),
        ("★★★☆☆ Solid, not spectacular.", "symbol"),
        ("✓Drink water", "symbol"),
        ("12 Ross Bayne ★★★☆☆ Solid, not spectacular.", "num"),
        ("11:58 Club open talks over goalkeeper", "clock"),
        ("16h30 Le centre-ville à nouveau alimenté", "clock"),
        ("Runtime: 124 minutes", "colon"),
        ("Ärztlicher Bereitschaftsdienst: 116 117", "colon"),
        ("The council said on Monday: no more money for the bridge.", ""),
        ("“Not this year,” she said.", ""),
        ("How to check your plug", ""),
        ("", ""),
    ],
)
def test_lead_kind(line: str, kind: str) -> None:
    assert lead_kind(line, measure(line)) == kind


def test_runs_are_two_or_more_equal_kinds() -> None:
    kinds = ["", "marker", "marker", "marker", "colon", "", "num", "num", "clock"]
    assert runs(kinds) == [(1, 4, "marker"), (6, 8, "num")]
    assert runs(kinds, minimum=3) == [(1, 4, "marker")]
    assert runs([]) == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("NV-SP200 | £14.99 | NV-SP400", "pipe"),
        ("SPD  710.408  24,0 %  12  –1", "columns"),
        ("Pavilhão Municipal – sábados de outubro: 9h–17h", "dash"),
        ("Dev Mistry (Labour)", "paren"),
        ("The council met on Monday.", ""),
    ],
)
def test_row_kind(line: str, kind: str) -> None:
    assert row_kind(line) == kind
