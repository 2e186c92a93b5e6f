"""Metadata read off the labelled segments: authors from byline lines."""

from __future__ import annotations

from newsclean import lazyrx
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.byline import _BY_RX, AGENCY_LINE, NAME, by_name_langs

_NAME_RX = lazyrx.compile(NAME)
_ROLES = {w.lower() for w in P.ROLE_WORDS} | {"staff", "staff writers", "staff reporters"}
_SPLIT = lazyrx.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\by\b|\be\b|\bet\b|\ben\b)\s*")


def authors_from_bylines(bylines: list[str]) -> list[str]:
    """Names from "By Jane Roe and John Doe", "Von Anna Müller", "PTI" (agencies kept)."""
    authors: list[str] = []
    for line in dict.fromkeys(bylines):  # a repeated line adds no new name
        text = line.strip()
        # only the languages whose pattern can match (the others are not compiled for nothing)
        for lang in by_name_langs(text):
            m = _BY_RX[lang].match(text)
            if m:
                for part in _SPLIT.split(m.group("name")):
                    if _NAME_RX.fullmatch(part) and part.lower() not in _ROLES and part not in authors:
                        authors.append(part)
                break
        else:
            if AGENCY_LINE.match(text):
                name = text.strip("()[]—–- ")
                if name not in authors:
                    authors.append(name)
    return authors
