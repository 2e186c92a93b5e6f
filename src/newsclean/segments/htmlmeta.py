"""What an HTML page says about itself: title, address, language, date, authors.

Read from the markup only (``<title>``, ``<meta>``, ``<link rel=canonical>``,
``<html lang>``, JSON-LD), never from the article text, which the detectors
handle. The publication date comes from htmldate (installed with
trafilatura), imported lazily and given the parsed tree; on pages over
:data:`HTMLDATE_FULL_LIMIT` characters it only sees the ``<head>``, so that
its text searches cannot take long. Any failure of htmldate gives no date.

Keys are named so as not to clash with what the pipeline derives from the
labelled text (``language`` is the guessed one, ``authors`` come from bylines):

``title``, ``url``, ``declared_language``, ``published`` (``YYYY-MM-DD``),
``meta_authors`` (list), ``jsonld_article_body`` (for the pipeline's safety net,
dropped from the output), ``jsonld_claims`` (a fact check's reviewed claim and
rating, for the HTML segmenter, dropped before the output). A key whose value was
not found holds None (or []).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

#: pages longer than this (characters) give htmldate their ``<head>`` only
HTMLDATE_FULL_LIMIT = 2_000_000

#: JSON-LD scripts longer than this are not parsed
_MAX_JSONLD = 1_000_000

_AUTHOR_META = frozenset({"author", "article:author", "dc.creator", "parsely-author", "sailthru.author"})


def page_meta(root: Any, size: int, *, find_date: bool = True) -> dict[str, object]:
    """Metadata of the page whose parsed root is ``root``; ``size`` = its length in characters.

    ``find_date=False``: ``published`` is None without asking htmldate.
    """
    metas: dict[str, str] = {}
    canonical: str | None = None
    title: str | None = None
    authors: list[str] = []
    jsonld: list[str] = []
    for el in root.iter("meta", "link", "title", "script"):
        tag = el.tag
        if tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("http-equiv") or "").strip().lower()
            value = _clean(el.get("content"))
            if key and value:
                metas.setdefault(key, value)
                if key in _AUTHOR_META and not value.startswith(("http://", "https://")):
                    authors.append(value)
        elif tag == "link":
            if canonical is None and "canonical" in (el.get("rel") or "").lower().split():
                canonical = _clean(el.get("href"))
        elif tag == "title":
            if title is None and el.getparent() is not None and el.getparent().tag == "head":
                title = _clean(el.text_content())
        elif "ld+json" in (el.get("type") or "").lower() and el.text:
            jsonld.append(el.text)
    body = ""
    claims: list[str] = []
    for blob in jsonld:
        authors += jsonld_authors(blob)
        claims += jsonld_claims(blob)
        found = jsonld_article_body(blob)
        if len(found) > len(body):
            body = found
    lang = _clean(root.get("lang") or root.get("xml:lang")) or metas.get("content-language")
    return {
        "title": metas.get("og:title") or title,
        "url": canonical or metas.get("og:url"),
        "declared_language": lang,
        "published": published_date(root, size) if find_date else None,
        "meta_authors": _unique(authors),
        "jsonld_article_body": body or None,
        "jsonld_claims": _unique(claims),
    }


def no_meta() -> dict[str, object]:
    """The metadata of a page with no document: every key, nothing found."""
    return {
        "title": None,
        "url": None,
        "declared_language": None,
        "published": None,
        "meta_authors": [],
        "jsonld_article_body": None,
        "jsonld_claims": [],
    }


#: a reviewed claim or a rating's name longer than this (characters) is not taken
MAX_CLAIM_CHARS = 600


def jsonld_claims(blob: str) -> list[str]:
    """The texts a fact check's ``ClaimReview`` items show on the page: the claim reviewed
    ("Former ambassador X has a net worth of $17 million.") and the rating's name ("Unproven",
    "False"), white space collapsed (errors give []). The page prints them in its claim box,
    which is the fact check's own summary (body), however the page lays it out."""
    texts: list[str] = []
    for item in _jsonld_items(blob, "ClaimReview"):
        if "ClaimReview" not in _as_list(item.get("@type")):
            continue
        rating = item.get("reviewRating")
        name = rating.get("alternateName") if isinstance(rating, dict) else None
        for value in (item.get("claimReviewed"), name):
            text = _clean(value) if isinstance(value, str) else None
            if text and len(text) <= MAX_CLAIM_CHARS:
                texts.append(text)
    return texts


def jsonld_authors(blob: str) -> list[str]:
    """Author names of the article-like items of one JSON-LD script (errors give [])."""
    names: list[str] = []
    for item in _jsonld_items(blob):
        for author in _as_list(item.get("author")):
            if isinstance(author, dict):
                author = author.get("name")
            name = _clean(author) if isinstance(author, str) else None
            if name and len(name) <= 200 and not name.startswith(("http://", "https://")):
                names.append(name)
    return names


def jsonld_article_body(blob: str) -> str:
    """The longest ``articleBody`` of the article-like items of one JSON-LD script ("" for none).

    Not metadata of the output: the pipeline's safety net compares the body it kept
    with it (``detectors.main_content.lost_too_much``) and drops the key.
    """
    best = ""
    for item in _jsonld_items(blob, "articleBody"):
        body = item.get("articleBody")
        if isinstance(body, str) and len(body) > len(best):
            best = body
    return best


def published_date(root: Any, size: int) -> str | None:
    """htmldate's original (publication) date, or None; never raises."""
    try:
        from htmldate import find_date  # lazy: slow to import, only HTML pays

        tree = root
        if size > HTMLDATE_FULL_LIMIT:
            head = root.find("head")
            if head is None:
                return None
            tree = root.makeelement("html", {})
            tree.append(copy.deepcopy(head))
        found = find_date(tree, extensive_search=False, original_date=True)
    except Exception:  # htmldate on odd pages: a missing date, not a failed clean
        return None
    return found if isinstance(found, str) else None


def _jsonld_items(blob: str, needed: str = "") -> Iterator[dict[str, Any]]:
    """The items of one JSON-LD script (:func:`_items`); none when the script is over
    :data:`_MAX_JSONLD` characters, does not hold the text ``needed`` (a cheap test before
    parsing), or is not valid JSON (a page's broken script is no error of ours)."""
    if len(blob) > _MAX_JSONLD or needed not in blob:
        return iter(())
    try:
        data = json.loads(blob)
    except (ValueError, RecursionError):
        return iter(())
    return _items(data)


def _items(data: object) -> Iterator[dict[str, Any]]:
    """The top-level JSON-LD objects, those of an ``@graph`` and their ``mainEntity``."""
    todo = list(_as_list(data))
    seen = 0
    while todo and seen < 1000:
        item = todo.pop(0)
        seen += 1
        if not isinstance(item, dict):
            continue
        yield item
        todo += _as_list(item.get("@graph"))
        main = item.get("mainEntity")
        if isinstance(main, dict):
            todo.append(main)


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    return text or None


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out
