"""sniff: HTML or a text dump? (newsclean.input.sniff)."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.input.sniff import looks_like_html


@pytest.mark.parametrize(
    "text",
    [
        "<!DOCTYPE html><html><head><title>x</title></head><body></body></html>",
        "<!doctype HTML>\n<html lang=en>",
        "  \n<html>\n<body><p>Hello</p></body></html>",
        "<!-- saved from url=(0040)https://example.org/ -->\n<html><body></body></html>",
        "<head><meta charset=utf-8></head>",
        "<body>only a body</body>",
        # no <html> start, but dense with tags (a fragment)
        "<div class=a><p>One</p><p>Two</p><span>Three</span><a href=/x>Four</a></div>",
    ],
)
def test_html(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour town votes to rebuild its flooded sea wall\n\nThe harbour town of Westmere voted on Tuesday.\n",
        "",
        # prose about tags is still a text dump
        "Web developers argue about whether the <p> tag or the <div> tag is better for layout.\n",
        "Use <b>bold</b> sparingly.",
        # the start must be at the top, not in the middle of the text
        "Some text first.\n<html><body>later</body></html>",
        "<htmlish> is not a tag we know",
    ],
)
def test_text(text: str) -> None:
    assert not looks_like_html(text)


def test_only_the_head_of_the_page_is_read() -> None:
    tags = "<p>x</p>" * 10
    assert looks_like_html(tags)
    assert not looks_like_html("a" * 5000 + tags)


def test_clean_auto_detects_the_format() -> None:
    html = "<!DOCTYPE html><html><body><h1>Harbour town votes to rebuild its sea wall</h1><p>The council voted on Tuesday to rebuild the sea wall that collapsed in the storms, ending months of argument over the cost.</p></body></html>"
    assert newsclean.clean(html, use_model=False).input_format == "html"
    assert newsclean.clean("Harbour town votes\n\nThe council voted.\n", use_model=False).input_format == "text"
