"""Rendering: text, .seg, explanation and JSON views of one article."""

from __future__ import annotations

import io
import json

import pytest

import newsclean
from newsclean.output import render
from newsclean.output.metadata import authors_from_bylines
from newsclean.output.render import as_dict, as_explain, as_seg, as_text, line_labels, write_text

PAGE = """Menu

Bridge to close for six weeks of repairs

By Jane Roe and Omar Haddad

The council voted on Tuesday to close the harbour bridge while engineers replace rusted supports, officials said.

Advertisement

Drivers will be sent through the ring road, adding about ten minutes to most journeys, the council added.
"""


def _article() -> newsclean.Article:
    return newsclean.clean(PAGE, newsclean.Options(use_model=False, input_format="text"))


def test_text_is_headline_then_paragraphs() -> None:
    out = as_text(_article())
    assert out.endswith("\n")
    assert out.split("\n\n")[0] == "Bridge to close for six weeks of repairs"
    assert "Advertisement" not in out and "Menu" not in out and "By Jane Roe" not in out


def test_write_text_writes_as_text_in_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    article = _article()
    whole = io.StringIO()
    write_text(article, whole)
    assert whole.getvalue() == as_text(article)
    monkeypatch.setattr(render, "WRITE_CHUNK", 7)
    pieces = io.StringIO()
    write_text(article, pieces)
    assert pieces.getvalue() == as_text(article)


def test_write_text_of_no_article_writes_nothing() -> None:
    empty = io.StringIO()
    write_text(newsclean.Article(segments=[], line_count=0), empty)
    assert empty.getvalue() == ""


def test_seg_round_trips_the_input_lines() -> None:
    rows = as_seg(_article()).rstrip("\n").split("\n")
    assert [r.partition("\t")[2] for r in rows] == PAGE.rstrip("\n").split("\n")
    assert rows[0] == "chrome\tMenu" and rows[1] == ""


def test_seg_header_lines_come_first() -> None:
    seg = as_seg(_article(), header={"lang": "en", "source": "test"})
    assert seg.startswith("# lang: en\n# source: test\n")


def test_line_labels_align_with_input_lines() -> None:
    labels = line_labels(_article())
    assert len(labels) == len(PAGE.rstrip("\n").split("\n"))
    assert labels[1] is None and labels[0] is newsclean.Label.CHROME


def test_explain_marks_kept_and_dropped_with_reasons() -> None:
    text = as_explain(_article())
    lines = text.splitlines()
    assert any(" + headline " in ln for ln in lines)
    assert any(" - ad " in ln and "ad.marker" in ln for ln in lines)
    assert lines[-1].startswith("# article found")


def test_json_is_serialisable_and_complete() -> None:
    data = as_dict(_article())
    json.dumps(data)
    assert data["found"] is True
    assert data["metadata"]["authors"] == ["Jane Roe", "Omar Haddad"]
    assert {s["label"] for s in data["segments"]} >= {"headline", "body", "byline", "ad", "chrome"}
    assert all(s["reason"] for s in data["segments"])


def test_authors_from_several_byline_forms() -> None:
    assert authors_from_bylines(["Von Anna Müller"]) == ["Anna Müller"]
    assert authors_from_bylines(["By Jane Roe, Staff Writer"]) == ["Jane Roe"]
    assert authors_from_bylines(["PTI"]) == ["PTI"]
    assert authors_from_bylines(["Updated: Oct 20, 2024"]) == []
