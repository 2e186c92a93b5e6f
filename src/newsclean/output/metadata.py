"""Metadata read off the labelled segments: authors from byline lines."""

from __future__ import annotations

import regex

from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.byline import _BY_RX, AGENCY_LINE, NAME

_NAME_RX = regex.compile(NAME)
_ROLES = {w.lower() for w in P.ROLE_WORDS} | {"staff", "staff writers", "staff reporters"}
_SPLIT = regex.compile(r"\s*(?:,|;|\band\b|&|\bund\b|\by\b|\be\b|\bet\b|\ben\b)\s*")


def authors_from_bylines(bylines: list[str]) -> list[str]:
    """Names from "By Jane Roe and John Doe", "Von Anna Müller", "PTI" (agencies kept)."""
    authors: list[str] = []
    for line in dict.fromkeys(bylines):  # a repeated line adds no new name
        text = line.strip()
        for rx in _BY_RX.values():
            m = rx.match(text)
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
