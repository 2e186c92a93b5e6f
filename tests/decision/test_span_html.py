"""The article span on HTML pages with newsclean's own main-content hint."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Label, Options

PARA = (
    "In vote {n}, the council agreed on Tuesday night to build a new footbridge across the river, ending "
    "a debate that has lasted more than a decade and divided two neighbourhoods."
)

REPLY = "Reader {n} here: I have waited years for this bridge and I am glad the council finally agreed to it."


def _page(button: str) -> str:
    paras = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6))
    rest = "".join(f"<p>{PARA.format(n=n)}</p>" for n in range(6, 8))
    return (
        "<html><head><title>Council approves new footbridge</title></head><body>"
        "<nav><ul>" + "".join(f"<li><a href='/s{n}'>Section {n}</a></li>" for n in range(12)) + "</ul></nav>"
        "<article><h1>Council approves new footbridge</h1><div class='story'>"
        f"{paras}{button}{rest}</div></article>"
        "<footer><p>Copyright 2025 The Daily Example. All rights reserved.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "button",
    [
        "<div class='comments-count'><a href='#comments'>Comments</a></div>",
        "<div class='share-bar'><a href='#comments'>12 comments</a></div>",
    ],
)
def test_a_comments_link_between_paragraphs_does_not_end_the_article(button: str) -> None:
    article = newsclean.clean(_page(button), Options(input_format="html", use_model=False))
    assert article.metadata["main_content_source"] == "dom"
    assert article.lines([Label.BODY]) == [PARA.format(n=n).strip() for n in range(8)]


def test_a_comments_heading_after_the_last_paragraph_still_ends_it() -> None:
    comments = (
        "<section class='comments'><h3>Comments</h3>"
        + "".join(f"<div class='comment'><b>reader{n}</b><p>{REPLY.format(n=n)}</p></div>" for n in range(3))
        + "</section>"
    )
    html = _page("").replace("</article>", f"</article>{comments}")
    article = newsclean.clean(html, Options(input_format="html", use_model=False))
    assert len(article.lines([Label.BODY])) == 8
