"""Who wrote the article and when: "BY Jane Roe", "PTI", "Updated: Oct 20, 2024".

Rules (the name is the reason ``--explain`` shows):

``byline.by_name``   "By"/"Von"/"Por"/"Par"/"Door"/"di" + a capitalised name,
                     optionally ", Role", "| Updated ...". Hard negatives: "By
                     the time ..." (lower-case word), "By Tuesday ..." (a
                     weekday, month or time word), sentences.
``byline.name_role`` "Jane Roe, Staff Writer", "Jane Roe | Reuters".
``byline.agency``    a wire agency or desk alone on its line: "PTI", "(AP)".
``byline.date``      the article's date line: "Updated: Oct 20, 2024 09:14 IST",
                     "date 2024-10-20 International", "12.03.2025, 14:05 Uhr".
``byline.read_time`` "5 min read", "Lesezeit: 4 Min.".
``byline.credits``   "Reporting by X; Editing by Y", contact/e-mail lines.
``byline.bio``       "Jane Roe is a senior reporter covering ...".
``byline.bare_name`` (context) a short name-only line next to the headline or a
                     date line.
"""

from __future__ import annotations

import regex

from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, verdict, words_alternation
from newsclean.types import Label, Verdict

_PARTICLE = r"(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|al|ibn|ter|ten|y|e|zu|af|mac|st\.?)"
_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,4}}"
_JOIN = r"(?:\s*,\s*|\s+(?:and|&|und|y|e|et|en|og|i)\s+)"
_SEP = r"\s*(?:,|\||/|–|-|—|·|•|\(|:)\s*"

#: time words that follow "By" in prose ("By Tuesday", "By Christmas"), never names
_NOT_NAMES = {w.lower() for w in P.WEEKDAYS + P.MONTHS} | set(
    """then now contrast comparison law design far default accident chance noon midnight
    christmas easter dawn dusk sunset sunrise nightfall lunchtime tonight tomorrow today yesterday
    early late mid all some most many each both far way means virtue definition nature
    god heaven gum jove""".split()
)

_BY_RX = {
    lang: regex.compile(rf"^(?i:{words_alternation(words)})\s*:?\s+(?P<name>{NAME}(?:{_JOIN}{NAME}){{0,3}})(?P<tail>{_SEP}.{{0,120}})?\s*$")
    for lang, words in P.BY_WORDS.items()
}

_ROLE = words_alternation(P.ROLE_WORDS)
_AGENCY = words_alternation(P.AGENCIES)
NAME_ROLE = regex.compile(rf"^(?P<name>{NAME})\s*(?:,|\||/|–|-|—|·)\s*(?i:(?:the\s+)?{_ROLE}|{_AGENCY})\b.{{0,80}}$")
AGENCY_LINE = regex.compile(rf"^[\(\[—–-]?\s*(?:source\s*:\s*|fonte\s*:\s*|fuente\s*:\s*|quelle\s*:\s*|with\s+|avec\s+|com\s+|con\s+|mit\s+)?(?i:{_AGENCY})(?:\s*(?:/|,|and|&|with|und|y|e|et)\s*(?i:{_AGENCY}))*\s*[\)\]]?\s*$")

#: wire desk sign-off codes: "mol/rcm", "cor-ppy/mdm/dch", "HSB // JLO", "dpa/lno"
SIGNOFF = regex.compile(r"^(?i:[a-z]{2,4}(?:\s?(?:/|//|-)\s?[a-z]{2,4}){1,4})$")
_MONTH = words_alternation(P.MONTHS + [m.capitalize() for m in P.MONTHS])
_WEEKDAY = words_alternation(P.WEEKDAYS)
DATE_WORD = PatternSet(
    "byline.date",
    {lang: [rf"^(?:{words_alternation(ws)})\b\s*:?\s*(?:on\s+|am\s+|el\s+|le\s+|em\s+|il\s+|op\s+)?(?=.{{0,40}}(?:\d|{_MONTH}|ago|hace|há|il y a|vor\s))"] for lang, ws in P.DATE_WORDS.items()},
)
READ_TIME = PatternSet("byline.read_time", {"all": P.READ_TIME_PATTERNS})
CREDITS = PatternSet("byline.credits", {"all": P.CREDIT_PATTERNS})
BIO = regex.compile(
    rf"^{NAME}(?<!['’]s)\s+(?:covers|writes about|writes for|reports on|reports for|cubre|escribe sobre|couvre|écrit sur|cobre|escreve sobre|schreibt über|berichtet über)\s.{{0,300}}$|^{NAME}(?<!['’]s)\s+(?:is|was|has been|covers|writes|reports|ist|war|schreibt|es|escribe|est|écrit|é|escreve|è|scrive)\s+.{{0,300}}?(?i:{_ROLE}|reporter|editor|writer|journalist|columnist|covers|cubre|couvre|cobre|berichtet)\b.{{0,300}}$"
)
_DATE_TOKEN = regex.compile(
    rf"^(?:\d{{1,4}}(?:[./:-]\d{{1,4}}){{0,3}}(?:st|nd|rd|th|h\d{{0,2}}|am|pm|a\.m\.|p\.m\.|uhr)?[,.]?|{_MONTH}\.?,?|{_WEEKDAY},?|(?i:am|um|at|on|the|of|de|le|à|às|a las|el|em|das|um|uhr|hrs|ist|gmt|utc|bst|cet|cest|est|edt|pst|pdt|ago|min|mins|hours?|hrs?|days?|vor|stunden|minuten|hace|horas|minutos|há|il|y|a|heures|jours|et|and|updated|published|ore|fa|geleden|\||·|•|-|–|—|/))$"
)
_HAS_DIGIT = regex.compile(r"\d")


def _by_name(text: str, langs: frozenset[str]) -> Hit | None:
    for lang in langs:
        rx = _BY_RX.get(lang)
        if rx is None:
            continue
        m = rx.match(text)
        if m is None:
            continue
        first = m.group("name").split()[0].strip(".,'’").lower()
        if first in _NOT_NAMES:
            continue
        return Hit(f"byline.by_name[{lang}]", m.group(0))
    return None


_STRONG_DATE = regex.compile(
    rf"\b(?:{_MONTH}|{_WEEKDAY})\b|\b\d{{1,2}}[:.h]\d{{2}}\b|\b\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b|\b(?:ago|hace|há|vor|geleden|fa)\b",
    regex.I,
)
#: "Santa Cruz de Tenerife - 12 mar 2025", "Fuentelarga | 13/03/2025"
_PLACE_SEP = regex.compile(r"^\p{Lu}[\p{L}\p{M} .'’-]{1,40}?\s*(?:\s[-–—|·]\s|,\s)")
_SEPARATORS = {"|", "·", "•", "-", "–", "—", "/"}


def is_date_line(text: str, words: int) -> bool:
    """Mostly date/time tokens, with a month, weekday, clock time or full date: "Tuesday 4 March 2025 09.14 GMT"."""
    if words == 0 or words > 14 or not _HAS_DIGIT.search(text) or not _STRONG_DATE.search(text):
        return False
    tokens = [t for t in text.replace("|", " | ").split() if t not in _SEPARATORS]
    if not tokens:
        return False
    dated = sum(1 for t in tokens if _DATE_TOKEN.match(t))
    return dated / len(tokens) >= 0.6


def detect(page: Page, langs: frozenset[str]) -> None:
    for i, text in enumerate(page.texts):
        shape = page.shapes[i]
        if shape.words > 60:
            continue
        short = shape.words <= 20
        if short and not (shape.sentence_end and shape.words > 8 and shape.stopword_ratio > 0.25):
            hit = _by_name(text, langs)
            if hit:
                page.add(i, verdict(Label.BYLINE, hit, 0.9))
                continue
            m = NAME_ROLE.match(text)
            if m and shape.words <= 12 and not shape.sentence_end:
                page.add(i, verdict(Label.BYLINE, Hit("byline.name_role", m.group(0)), 0.85))
                continue
            m = AGENCY_LINE.match(text) or SIGNOFF.match(text)
            if m:
                page.add(i, verdict(Label.BYLINE, Hit("byline.agency", m.group(0)), 0.85))
                continue
            hit = READ_TIME.match(text)
            if hit:
                page.add(i, verdict(Label.BYLINE, Hit("byline.read_time", hit.match), 0.85))
                continue
            hit = DATE_WORD.match(text, langs | {"en"})
            if hit and shape.words <= 26:
                page.add(i, verdict(Label.BYLINE, hit, 0.8))
                continue
            if is_date_line(text, shape.words):
                page.add(i, verdict(Label.BYLINE, Hit("byline.date_only", text), 0.7))
                continue
            m = _PLACE_SEP.match(text)
            if m and is_date_line(text[m.end() :], shape.words):
                page.add(i, verdict(Label.BYLINE, Hit("byline.place_date", text), 0.75))
                continue
        hit = CREDITS.match(text)
        if hit and shape.words <= 40:
            page.add(i, verdict(Label.BYLINE, Hit("byline.credits", hit.match), 0.85))
            continue
        if shape.words <= 60 and BIO.match(text):
            page.add(i, verdict(Label.BYLINE, Hit("byline.bio", text[:80]), 0.6))


_NAMES = regex.compile(rf"{NAME}(?:{_JOIN}{NAME}){{0,3}}\.?")
_ROLE_LINE = regex.compile(rf"^(?i:(?:the\s+)?(?:\p{{L}}+\s+){{0,2}}{_ROLE})\b.{{0,50}}$")


def looks_like_name(page: Page, i: int) -> bool:
    """Capitalised words, no function words but "and": "Jane Roe", "Owen Tremblay and Kezia Lam"."""
    shape = page.shapes[i]
    text = page.texts[i]
    if not 2 <= shape.words <= 9 or shape.digit_ratio > 0 or (shape.terminal and not text.endswith(".")):
        return False
    if not _NAMES.fullmatch(text):
        return False
    return all(w[:1].isupper() or w.lower() in ("and", "und", "y", "e", "et", "&", "de", "da", "van", "von", "der", "di", "du", "la", "le", "dos", "das") for w in text.rstrip(".").split())


def detect_bare_names(page: Page, headline: int | None, first_body: int) -> None:
    """A name alone next to the headline or a date line is the byline; a job title under it too."""
    lo = headline + 1 if headline is not None else max(0, first_body - 4)
    hi = min(first_body + 3, len(page))
    for i in range(lo, hi):
        if page.verdicts[i] or not looks_like_name(page, i):
            continue
        near_date = any(page.has(j, Label.BYLINE) for j in (i - 1, i + 1) if 0 <= j < len(page))
        if near_date or (headline is not None and i - headline <= 6):
            page.add(i, Verdict(Label.BYLINE, "byline.bare_name", page.texts[i], 0.7))
            j = i + 1
            if j < len(page) and not page.verdicts[j] and page.shapes[j].words <= 6 and _ROLE_LINE.match(page.texts[j]):
                page.add(j, Verdict(Label.BYLINE, "byline.role_under_name", page.texts[j], 0.7))
