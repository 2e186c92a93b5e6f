"""The plain data of ``newsclean.types``: what a caller builds and reads."""

from __future__ import annotations

import pytest

from newsclean.types import Label, Options, Segment


def test_a_segment_is_built_with_its_reason_and_reads_it_back() -> None:
    """``reason`` stays a constructor argument and a writable attribute (kept in ``why``)."""
    seg = Segment(index=3, line=5, text="Advertisement", label=Label.AD, detector="rules", reason="ad.marker")
    assert (seg.index, seg.line, seg.label, seg.detector, seg.reason) == (3, 5, Label.AD, "rules", "ad.marker")
    seg.reason = "ad.marker[en]: 'Advertisement'"
    assert seg.reason == seg.why == "ad.marker[en]: 'Advertisement'"
    assert Segment(0, 0, "x").reason == ""


def test_a_reason_given_as_a_function_is_worked_out_when_read() -> None:
    seg = Segment(0, 0, "A line.", reason=lambda: "model: top features +prose")
    assert seg == Segment(0, 0, "A line.", reason="model: top features +prose")
    assert isinstance(seg.why, str)  # worked out by the comparison, once


def test_options_refuse_unknown_choices() -> None:
    with pytest.raises(ValueError, match="input_format"):
        Options(input_format="pdf")
    assert Options(keep=Label.parse_many("caption")).keep == frozenset({Label.CAPTION})
