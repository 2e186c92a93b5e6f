"""A tiny labelled corpus (three small pages) for the model tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsclean.detectors.model.sequence import Model
from newsclean.detectors.model.train import Settings, train
from newsclean.detectors.page import Page
from newsclean.pipeline import label_segments
from newsclean.segfile import SegDocument, parse_seg
from newsclean.segments.text import segment_lines, split_lines
from newsclean.types import Options

PAGE_A = """\
# lang: en
chrome\tHome
chrome\tNews
chrome\tSport

headline\tCouncil approves new harbour wall after winter storms
byline\tBy Jane Roe
byline\tPublished 3 March 2025

body\tThe town council voted on Tuesday to build a new harbour wall, after two winter storms flooded the quay and damaged a dozen boats.
caption\tThe flooded quay in January. Photo: Harbour Times
body\tThe wall will cost about four million pounds and should be finished before next winter, the council said in a statement.
ad\tAdvertisement
body\tFishermen welcomed the decision but said they had waited for it for more than ten years.

sidebar\tMost read
sidebar\t1. School bus route changes from Monday
sidebar\t2. New cafe opens on the promenade
chrome\tCopyright 2025 Harbour Times
"""

PAGE_B = """\
# lang: en
chrome\tMenu
chrome\tSubscribe

headline\tLibrary extends opening hours for exam season
byline\tBy John Doe
body\tThe central library will stay open until ten in the evening for the next six weeks, so that students can revise in a quiet place.
promo\tRead more: Students protest over exam timetable
body\tStaff said the late opening was paid for by a grant from the county and would be repeated next year if it proved popular.
caption\tStudents in the reading room. Photo: John Doe

sidebar\tLatest
sidebar\tRoad closed after burst water main
sidebar\tFestival line-up announced
chrome\tPrivacy policy
"""

PAGE_C = """\
# lang: en
chrome\tWeather
chrome\tLogin

headline\tRail operator cancels Sunday trains on coast line
byline\tBy Ann Lee
byline\tUpdated 5 May 2025
body\tThe rail operator has cancelled all Sunday trains on the coast line for a month while engineers replace a bridge near the estuary.
ad\tSponsored
body\tBuses will replace the trains, and the operator said journeys would take about forty minutes longer than usual.
promo\tAlso read: Bridge repairs to start in spring

chrome\tShare this article
sidebar\tMore from News
sidebar\tHospital car park fees to rise
chrome\tAbout us
"""


@pytest.fixture
def tiny_docs() -> list[SegDocument]:
    return [parse_seg(text, f"page-{name}.seg") for name, text in (("a", PAGE_A), ("b", PAGE_B), ("c", PAGE_C))]


@pytest.fixture
def tiny_texts() -> dict[str, str]:
    return {"a": PAGE_A, "b": PAGE_B, "c": PAGE_C}


def rules_page(text: str) -> Page:
    """Segments of a text dump with the rule verdicts and article span filled in."""
    return label_segments(segment_lines(split_lines(text)), Options(use_model=False))


@pytest.fixture
def make_page() -> Callable[[str], Page]:
    return rules_page


@pytest.fixture
def tiny_model(tiny_docs: list[SegDocument]) -> Model:
    return train(tiny_docs, Settings(epochs=5))
