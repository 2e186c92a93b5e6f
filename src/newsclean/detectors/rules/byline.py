"""Who wrote the article and when: "BY Jane Roe", "PTI", "Updated: Oct 20, 2024".

Rules (the name is the reason ``--explain`` shows):

``byline.by_name``   "By"/"Von"/"Por"/"Par"/"Door"/"di" + a capitalised name,
                     optionally ", Role", "| Updated ..." or a date right after
                     the name ("Door Sanne de Wit vandaag, 14:05"). Hard negatives: "By
                     the time ..." (lower-case word), "By Tuesday ..." (a
                     weekday, month or time word), sentences.
``byline.name_role`` "Jane Roe, Staff Writer", "Jane Roe | Reuters".
``byline.agency``    a wire agency or desk alone on its line: "PTI", "(AP)".
``byline.date``      the article's date line: "Updated: Oct 20, 2024 09:14 IST",
                     "date 2024-10-20 International", "12.03.2025, 14:05 Uhr".
``byline.read_time`` "5 min read", "Lesezeit: 4 Min.".
``byline.credits``   "Reporting by X; Editing by Y", contact/e-mail lines.
``byline.date_label`` (context) a bare "Published" / "Updated" right above a date line.
``byline.bio``       "Jane Roe is a senior reporter covering ...".
``byline.date_by``   the date line and a "By" line past a "|" on one line: "Jueves 6 de
                     marzo de 2025 | 08:15 hs. | Por Marcelo Krause".
``byline.name_time`` a clock time and a name, nothing else: "12:55 Uhr Jonas
                     Hagedorn" (a live entry's meta line).
``byline.bare_name`` (context) a short name-only line next to the headline or a
                     date line.
"""

from __future__ import annotations

import re

import regex

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, verdict, words_alternation
from newsclean.segments.normalize import first_word
from newsclean.types import Label, Verdict

_PARTICLE = r"(?:de|da|do|dos|das|van|von|der|den|del|della|di|du|la|le|bin|al|ibn|ter|ten|y|e|zu|af|mac|st\.?)"
_NAME_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{0,4}}"
_JOIN = r"(?:\s*,\s*|\s+(?:and|&|und|y|e|et|en|og|i)\s+)"
_SEP = r"\s*(?:,|\||/|–|-|—|·|•|\(|:)\s*"

#: time words that follow "By" in prose ("By Tuesday", "By Christmas"), never names
_NOT_NAMES = {w.lower() for w in P.WEEKDAYS + P.MONTHS} | set(
    [
        "then",
        "now",
        "contrast",
        "comparison",
        "law",
        "design",
        "far",
        "default",
        "accident",
        "chance",
        "noon",
        "midnight",
        "christmas",
        "easter",
        "dawn",
        "dusk",
        "sunset",
        "sunrise",
        "nightfall",
        "lunchtime",
        "tonight",
        "tomorrow",
        "today",
        "yesterday",
        "early",
        "late",
        "mid",
        "all",
        "some",
        "most",
        "many",
        "each",
        "both",
        "far",
        "way",
        "means",
        "virtue",
        "definition",
        "nature",
        "god",
        "heaven",
        "gum",
        "jove",
    ]
)

#: a date or a time right after the name with no separator: HTML spans of a byline block
#: joined by a space ("By Sanne de Wit vandaag, 14:05", "Author: Dana Whitcomb Published: 6:14 PM")
_DATE_TAIL = (
    rf"\s+(?=[\p{{L}}]{{0,12}}[,:]?\s*\d|(?i:{words_alternation([w for ws in P.DATE_WORDS.values() for w in ws])})\b)"
)
#: a second role's "By" words right after the name with no separator: HTML spans of a byline
#: block joined by a space ("Written by Chloe Tran Reviewed by Mark Ellison"); only the
#: language's words of two or more (a bare "by" after a name is prose; after a full stop the
#: line is a credits sentence: "Produced by Jane Roe. Edited by John Doe.")
_CUE_TAIL = {
    lang: rf"(?<![.;])\s+(?=(?i:{words_alternation([w for w in words if ' ' in w])})\s+\p{{Lu}})"
    for lang, words in P.BY_WORDS.items()
    if any(" " in w for w in words)
}
_BY_RX = {
    lang: lazyrx.compile(
        rf"^(?i:{words_alternation(words)})\s*:?\s+(?P<name>{NAME}(?:{_JOIN}{NAME}){{0,3}})"
        rf"(?:\s+(?:in|at|en|à|em|aus|from)\s+\p{{Lu}}[\p{{L}}'’. -]{{1,40}})?"
        rf"(?P<tail>(?:{_SEP}|{_DATE_TAIL}{'|' + _CUE_TAIL[lang] if lang in _CUE_TAIL else ''}).{{0,120}})?\s*$"
    )
    for lang, words in P.BY_WORDS.items()
}

#: per language, the first letters of its "By" words: a line can match its ``_BY_RX`` only
#: when it opens with one of them, ignoring case (:func:`by_name_langs`)
_BY_INITIALS = {lang: frozenset(w[0] for w in words) for lang, words in P.BY_WORDS.items()}
_BY_LANGS_AT: dict[str, tuple[str, ...]] = {}
#: per language, how its ``_BY_RX`` opens (a line it matches matches this too): a small
#: pattern, 1 ms to compile against 7-9 ms for the whole one
_BY_OPENING = {lang: lazyrx.compile(rf"^(?i:{words_alternation(words)})\s*:?\s+") for lang, words in P.BY_WORDS.items()}


def by_name_langs(text: str) -> tuple[str, ...]:
    """The languages (in ``_BY_RX``'s order) whose "By" pattern can match ``text``.

    A pattern opens with its language's words, case-insensitive, then a space:
    its match starts with a character that one of their first letters matches
    ignoring case (tested as the pattern tests it, once per character), and
    ``text`` matches the pattern's opening (``_BY_OPENING``). Asking only those
    patterns leaves the others uncompiled (``lazyrx``): on one file of every
    corpus page, authors_from_bylines compiled ten languages' patterns (90 ms).
    """
    first = text[:1]
    langs = _BY_LANGS_AT.get(first)
    if langs is None:
        langs = _BY_LANGS_AT[first] = tuple(lang for lang, initials in _BY_INITIALS.items() if _opens(first, initials))
    return tuple(lang for lang in langs if _BY_OPENING[lang].match(text))


def _opens(first: str, initials: frozenset[str]) -> bool:
    """Whether ``first`` matches one of ``initials`` ignoring case, as a ``regex.I`` pattern tests it.

    Two ASCII characters match ignoring case exactly when their ``lower()`` are equal; any
    other pair is asked of ``regex`` (a pattern per pair costs a compile: 20 ms for a run's
    bylines when every pair was asked).
    """
    if first.isascii():
        low = first.lower()
        return any(
            f.lower() == low if f.isascii() else regex.match(regex.escape(f), first, regex.I) is not None
            for f in initials
        )
    return any(regex.match(regex.escape(f), first, regex.I) is not None for f in initials)


_ROLE = words_alternation(P.ROLE_WORDS)
_AGENCY = words_alternation(P.AGENCIES)
#: the role may follow a beat's capitalised words: "Ewan Doherty | Crime Correspondent",
#: "Priya Castellano, Transport Correspondent", "Dana Okafor | Transportation reporter"
NAME_ROLE = lazyrx.compile(
    rf"^(?P<name>{NAME})\s*(?:,|\||/|–|-|—|·)\s*(?:(?i:the\s+)?(?:\p{{Lu}}[\p{{L}}-]*\s+){{0,2}}(?i:{_ROLE})|(?i:{_AGENCY}))\b.{{0,80}}$"
)
AGENCY_LINE = lazyrx.compile(
    rf"^[\(\[—–-]?\s*(?i:source\s*:\s*|fonte\s*:\s*|fuente\s*:\s*|quelle\s*:\s*|with\s+|avec\s+|com\s+|con\s+|mit\s+)?(?i:{_AGENCY})(?:\s*(?:/|,|and|&|with|und|y|e|et)\s*(?i:{_AGENCY}))*\s*[\)\]]?\s*$"
)

#: wire desk sign-off codes: "mol/rcm", "cor-ppy/mdm/dch", "HSB // JLO", "dpa/lno"
#: editors' initials or agencies closing a wire story: "SAP // JMR", "dpa/AFP/bb", "Lusa/Fim",
#: "cor-ppy/mdm/dch"; joined by "-" only in one case (a capitalised compound, "Half-time",
#: "Line-ups", "Haut-Pays", is a word of the story or a section's name)
SIGNOFF = lazyrx.compile(
    r"^(?:(?i:[a-z]{2,4}(?:\s?//?\s?[a-z]{2,4}){1,4})|[a-z]{2,4}(?:\s?(?:/|//|-)\s?[a-z]{2,4}){1,4}|[A-Z]{2,4}(?:\s?(?:/|//|-)\s?[A-Z]{2,4}){1,4})$"
)
_MONTH = words_alternation(P.MONTHS + [m.capitalize() for m in P.MONTHS])
_WEEKDAY = words_alternation(P.WEEKDAYS)
DATE_WORD = PatternSet(
    "byline.date",
    {
        lang: [rf"^(?:{words_alternation(ws)})\b\s*:?\s*(?:on\s+|am\s+|el\s+|le\s+|em\s+|il\s+|op\s+)?"]
        for lang, ws in P.DATE_WORDS.items()
    },
    # a date word is followed by a date within 40 characters: one lookahead for every language
    after=rf"(?=.{{0,40}}(?:\d|{_MONTH}|ago|hace|há|il y a|vor\s))",
)
READ_TIME = PatternSet("byline.read_time", {"all": P.READ_TIME_PATTERNS})
CREDITS = PatternSet("byline.credits", {"all": P.CREDIT_PATTERNS})
FIRST_PUBLISHED = PatternSet("byline.first_published", P.FIRST_PUBLISHED_PATTERNS)
#: a line is tried by FIRST_PUBLISHED only when it holds one of these (lower-cased)
_PUBLISHED_CUES = ("publi", "pubbl", "appeared", "parue", "paru ", "erschien", "zuerst", "erstmals", "verscheen")
#: ... and has at most this many words
FIRST_PUBLISHED_WORDS = 40
#: (a Twitter handle may follow the name: "Molly Wood (@mollywood) is an Ideas contributor ...")
BIO = lazyrx.compile(
    rf"^{NAME}(?<!['’]s)(?:\s+\(@\w{{1,30}}\))?\s+(?:covers|writes about|writes for|reports on|reports for|cubre|escribe sobre|escribe para|couvre|écrit sur|écrit pour|suit l['’]actualité|cobre|escreve sobre|escreve para|schreibt über|schreibt seit|schreibt für|berichtet über|berichtet als|berichtet seit|verslaat|schrijft over|schrijft voor|schrijft elke|scrive per|scrive di)\s.{{0,300}}$|^{NAME}(?<!['’]s)(?:\s+\(@\w{{1,30}}\))?\s+(?:is|was|has been|covers|writes|reports|ist|war|schreibt|es|escribe|est|écrit|é|escreve|è|scrive)\s+.{{0,300}}?\b(?i:{_ROLE}|reporter|editor|writer|journalist|columnist|covers|cubre|couvre|cobre|berichtet)\b.{{0,300}}$"
)
#: a bio by its beat (:data:`~newsclean.detectors.rules.patterns.BIO_BEAT_PATTERNS`): the name (and
#: a role between commas: "X, cronista, segue ..."), then the beat and for whom or since when
#: (the name is matched once, then each language's beats: one group per language, whose name
#: is the reason's language)
BIO_BEAT = lazyrx.compile(
    rf"^{NAME}(?<!['’]s)(?:,\s*\p{{Ll}}[\p{{Ll}} ]{{2,30}},)?\s+(?:"
    + "|".join(f"(?P<{lang}>" + "|".join(f"(?:{p})" for p in ps) + ")" for lang, ps in P.BIO_BEAT_PATTERNS.items())
    + ")"
)
#: a line is tried by BIO_BEAT only when it holds one of these (lower-cased)
_BEAT_CUES = (
    "has cover",
    "have cover",
    "has report",
    "have report",
    "has written",
    "have written",
    "has tested",
    "has reviewed",
    "been cover",
    "been report",
    " covers ",
    " reports on ",
    " leads the ",
    "fact-check",
    " members of ",
    " berichtet ",
    " schreibt ",
    " leitet ",
    " suit ",
    " couvre ",
    " segue ",
    " scrive ",
    " cubre ",
    " sigue ",
    " escribe ",
    " acompanha ",
    " cobre ",
    " escreve ",
    " volgt ",
    " verslaat ",
    " schrijft ",
    " pisze ",
    " relacjonuje ",
    " bevakar ",
    " skriver ",
)
_HAS_DIGIT = lazyrx.compile(r"\d")
#: a BIO match holds one of these (lower-cased): its first form a verb ("covers", "writes"
#: about ...), its second a role (the first word of each, or one of the words after it).
#: Matched case-insensitively, that is finding them in the lower-cased line on a
#: ``plain_line`` (see :meth:`Page.plain_line`); BIO is slow to fail (a lazy ``.{0,300}?``
#: before a long alternation), so the lines without any are not tried.
BIO_CUES = tuple(
    sorted(
        {w.split()[0].lower() for w in P.ROLE_WORDS}
        | {"reporter", "editor", "writer", "journalist", "columnist", "covers", "cubre", "couvre", "cobre", "berichtet"}
        | {"writes", "reports", "escribe", "écrit", "escreve", "schreibt"}
        | {"suit l", "verslaat", "schrijft", "scrive", "berichtet"}
    )
)


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


#: a labelled row of a credits box: a role of one to three words, a colon, then the value
#: ("Mise en scène : Louise Caron", "Regie: Anna Berg", "Avec : Hugo Bergeron, ...")
_CREDITS_ROW = lazyrx.compile(r"^(?P<role>\p{L}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}) ?: \S")
#: roles that credit the article itself ("Texte : ...", "Photos : ...", "Fotos: ..."): rows of a byline
_ARTICLE_CREDIT_ROLES = frozenset(
    w.rstrip(" :") for ws in P.BY_WORDS.values() for w in ws if w.endswith(":")
) | frozenset(P.CREDIT_WORDS)


#: a work's title over its credits box has at most this many words ("Les Glaces de mars")
CREDITS_TITLE_WORDS = 8


def _credits_box(page: Page, i: int) -> bool:
    """Line ``i``, "Texte : Mathieu Gendron", is the first row of the story's credits box (a
    review's fact sheet of a play, a film, a book) rather than the article's byline: it sits
    glued under the work's title (a short line that ends no sentence and is no row itself, under
    a line that ends one: the story's paragraph) and over at least two more rows, the first of which names a role no byline names ("Mise en scène
    : Louise Caron", "Regie: Anna Berg"). A byline block of rows ("Text: Jane Roe" / "Daten: John
    Doe" / "Mitarbeit: ...") sits under the standfirst's sentence or glued under the headline, which
    follows no sentence of the story."""
    n = len(page)
    if i < 2 or i + 2 >= n or _CREDITS_ROW.match(page.texts[i]) is None:
        return False
    title = page.shapes[i - 1]
    if page.segments[i].blank_before or title.words > CREDITS_TITLE_WORDS or title.terminal or title.words == 0:
        return False
    if not page.shapes[i - 2].terminal:
        return False  # the title follows no sentence of the story: the article's headline over its byline rows
    if _CREDITS_ROW.match(page.texts[i - 1]) is not None:
        return False
    rows = [_CREDITS_ROW.match(page.texts[k]) for k in (i + 1, i + 2)]
    return (
        not page.segments[i + 1].blank_before
        and not page.segments[i + 2].blank_before
        and rows[0] is not None
        and rows[1] is not None
        and rows[0].group("role").lower() not in _ARTICLE_CREDIT_ROLES
    )


_MONTH_SET = frozenset(P.MONTHS) | frozenset(P.MONTH_ABBREVIATIONS)
_WEEKDAY_SET = frozenset(P.WEEKDAYS)
_DATE_SMALL = frozenset(
    [
        "am",
        "um",
        "à",
        "às",
        "las",
        "uhr",
        "hrs",
        "ist",
        "gmt",
        "utc",
        "bst",
        "cet",
        "cest",
        "est",
        "edt",
        "pst",
        "pdt",
        "wet",
        "aest",
        "ago",
        "min",
        "mins",
        "hour",
        "hours",
        "hr",
        "hrs",
        "day",
        "days",
        "vor",
        "stunden",
        "minuten",
        "minuti",
        "hace",
        "horas",
        "minutos",
        "há",
        "heures",
        "heure",
        "jours",
        "jour",
        "updated",
        "published",
        "ore",
        "fa",
        "geleden",
        "th",
        "st",
        "nd",
        "rd",
        # "06:12 p. m.", "Today 16:41", "vandaag, 14:22 · aangepast 16:05", "сегодня, 09:17", "12 минут назад"
        "p",
        "m",
        "today",
        "yesterday",
        "heute",
        "gestern",
        "hoy",
        "ayer",
        "oggi",
        "ieri",
        "hoje",
        "ontem",
        "vandaag",
        "gisteren",
        "aangepast",
        "bijgewerkt",
        "uur",
        "сегодня",
        "вчера",
        "минут",
        "минуты",
        "час",
        "часа",
        "часов",
        "назад",
        "temu",
        "önce",
    ]
)
#: 12, 2025, 12.03.2025, 14:05, 09.14, 14h05, 5th, 10am, 3/12/25, and the short units of "25m ago", "3d ago"
_NUMERIC = re.compile(
    r"\d{1,4}(?:[./:h·-]\d{1,4}){0,3}(?:st|nd|rd|th|h|m|d|w|min|mins|hr|hrs|am|pm|a\.m\.|p\.m\.|uhr)?\.?", re.I
)
#: a clock time (hours 0-23, minutes 00-59, exactly two digits: "6.812", thousands in a table,
#: is no clock; "31:14" and "1:07:41", a race's times, are none either) or a full numeric date
_CLOCK_OR_DATE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:])|\d{1,4}[./·-]\d{1,2}[./·-]\d{2,4}")
_SEPARATORS = {"|", "·", "•", "-", "–", "—", "/", "&"}
#: words between a date's parts, counted neither way: "5 de diciembre de 2026", "Today at 16:41"
_DATE_JOINS = frozenset(("de", "del", "at"))
_MONTH_WEEKDAY = _MONTH_SET | _WEEKDAY_SET
_AGO = frozenset(("ago", "hace", "há", "vor", "geleden", "fa", "назад", "temu", "önce"))
#: "Santa Cruz de Tenerife - 12 mar 2025", "Fuentelarga | 13/03/2025", "Aldea (Huesca) - 07 dic 2026"
_PLACE_SEP = lazyrx.compile(r"^\p{Lu}[\p{L}\p{M} .'’()-]{1,40}?\s*(?:\s[-–—|·]\s|,\s)")


#: a name of two or three capitalised words (not in capitals: a kicker) before or after a time
_NAME_WORDS = r"\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}"
_TIME_THEN_NAME = lazyrx.compile(rf"^(?P<time>.+?)\s+(?P<name>{_NAME_WORDS})$")
_NAME_THEN_TIME = lazyrx.compile(rf"^(?P<name>{_NAME_WORDS})\s+(?P<time>.+)$")
_CLOCK_TIME = re.compile(r"\d{1,2}[:.h]\d{2}")
#: a teaser card's bare age in hours, with no "ago": "2h", "14 h" (a bare "6M" or "1Y" is a
#: chart's range button, "80 min" a match's minute: neither is taken)
_BARE_HOURS = re.compile(r"\d{1,2} ?[hH]")


def _date_then_by(text: str, langs: frozenset[str]) -> bool:
    """The article's date line and its "By" line on one line, the by-line last past a "|":
    "Jueves 6 de marzo de 2025 | 08:15 hs. | Por Marcelo Krause" (a legacy site's meta row), or
    with no "|", the by-word right after the date: "June 9, 2025 by Mara Kearney" (a WordPress
    theme's posted-on and by-line spans run together)."""
    head, sep, tail = text.rpartition("|")
    if not sep:
        words = text.split()
        # the first by-word past a date's two words at least, right after its figures, no mark
        # between ("Feb 24, 2027 · By ..." under a teaser is the promo's); bounded: a date line is short
        k = next((k for k in range(2, min(len(words) - 1, 9)) if words[k].lower() in _BY_FIRSTS), None)
        if k is None or not words[k - 1][-1].isdigit():
            return False
        head, tail = " ".join(words[:k]), " ".join(words[k:])
    tail, head = tail.strip(), head.strip(" |")
    if not tail or first_word(tail.lower()) not in _BY_FIRSTS or _by_name(tail, langs) is None:
        return False
    return is_date_line(head, len(head.split()))


def _name_and_time(text: str, words: int) -> bool:
    """A live entry's or a post's meta line: a time stamp and an author's name, nothing else
    ("12:55 Uhr Jonas Hagedorn", "Jonas Hagedorn 12:55"); the date part holds a clock time,
    so "Champions League 2025" is no byline."""
    if "|" in text:
        return False  # a row of a schedule or a table ("Hillcrest East | 11:00 | 16:00")
    for rx in (_TIME_THEN_NAME, _NAME_THEN_TIME):
        m = rx.match(text)
        if m is None:
            continue
        stamp = m.group("time")
        if stamp.endswith(","):
            continue  # "..., jeweils 19.30 Uhr, Großes Haus": a place after a list of dates
        if (
            _CLOCK_TIME.search(stamp)
            and is_date_line(stamp, len(stamp.split()))
            and m.group("name").split()[0].lower() not in _NOT_NAMES
        ):
            return True
    return False


#: a weekday and a day's number alone, no month, year or clock time ("Viernes 11", "Samstag, 12."): a
#: schedule's subheading in a weekend agenda or a festival's programme, no article's date line
_WEEKDAY_DAY = lazyrx.compile(r"^\p{L}+,?\s\d{1,2}\.?$")


def _has_month(low: str) -> bool:
    return not _MONTH_SET.isdisjoint(low.replace(",", " ").replace(".", " ").split())


#: an end date's opening words (:data:`~newsclean.detectors.rules.patterns.UNTIL_WORDS`), a space after each
_UNTIL = tuple(sorted({w + " " for ws in P.UNTIL_WORDS.values() for w in ws}))
#: a period's middle word between two date tokens (:data:`~newsclean.detectors.rules.patterns.RANGE_WORDS`)
_RANGE = frozenset(w for ws in P.RANGE_WORDS.values() for w in ws)
_FULL_MONTHS = frozenset(P.MONTHS)
#: a sentence that names a date ("Abgestimmt wird am 17. Dezember.") has at least this many
#: words that are no date words
SENTENCE_PLAIN_WORDS = 2


#: a line of relative dates ("2 hours ago · Updated 40 minutes ago") has at most this many words
AGO_WORDS = 8


#: the small words a place's name holds in lower case ("Villanueva de Serna", "Stratford-upon-Avon")
_PLACE_PARTICLES = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "les",
        "des",
        "van",
        "von",
        "der",
        "den",
        "am",
        "im",
        "an",
        "sur",
        "en",
        "y",
        "e",
        "on",
        "upon",
        "al",
    ]
)


def _place_words(place: str) -> bool:
    """The part before a place_date's separator reads as a place or an author's desk: each word
    capitalised or a particle ("San Bernabé del Río", "Redacción"), no phrase of lower-case words
    ("Tides this weekend | Sat high 6.12am, 6.38pm | Sun ...": a row of cells in the story; asked
    only of such a row, as "Sesión plenaria · 12/02/2027" is a byline)."""
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _PLACE_PARTICLES
        for w in place.replace("(", " ").replace(")", " ").split()
        if w[:1].isalnum()
    )


def is_date_line(text: str, words: int) -> bool:
    """Mostly date/time tokens, with a month, weekday, clock time or full date: "Tuesday 4 March 2025 09.14 GMT"."""
    if words == 0 or words > 14:
        return False
    dated = total = 0
    strong = False
    if text[:7].lower() == "il y a ":  # French "ago" comes first: "Il y a 3 heures"
        text = text[7:]
        dated = total = 1
        strong = True
    if "(@" in text:
        return False  # "— Name (@handle) 4 de diciembre de 2026": a quoted post's signature
    if text[:1].isalpha() and text.lstrip().lower().startswith(_UNTIL):
        return False  # "until 18 January", "bis 28. Juni": how long a show runs, no article's date
    if text[:1].isdigit() and _numbered_step(text):
        return False  # "3. Entregar até 15 de janeiro.": a numbered step of the story, no date line
    plain = 0
    # the last token was a day, a month or a year; a period's middle word came after one
    after_date = in_period = False
    t = ""
    for tok in text.replace("|", " ").split():
        if tok in _SEPARATORS or tok in _DATE_JOINS:
            continue
        total += 1
        t = tok.lower().strip(",.;()")
        date_part = False
        if t in _AGO or t in _MONTH_SET or t in _WEEKDAY_SET or t.rstrip(".") in _MONTH_SET:
            if in_period and t not in _AGO and t not in _WEEKDAY_SET:
                return False  # "Solicitudes del 12 de enero al 13 de marzo de 2027": a period
            dated += 1
            strong = True
            date_part = True
        elif t in _DATE_SMALL:
            dated += 1
        elif t[:1].isdigit() and _NUMERIC.fullmatch(t):
            dated += 1
            strong = strong or bool(_CLOCK_OR_DATE.match(t))
            date_part = True
        elif t.isalpha():
            plain += 1
        # a month's name after the middle word closes a period of days; "Sunday 10am to 6pm" is hours
        in_period = in_period or (after_date and t in _RANGE)
        after_date = date_part
    if plain >= SENTENCE_PLAIN_WORDS and text.rstrip().endswith(".") and t in _FULL_MONTHS:
        return False  # "Abgestimmt wird am 17. Dezember.": a sentence that ends on a month's name
    return strong and total > 0 and dated / total >= 0.6


def _numbered_step(text: str) -> bool:
    """A list number ("3.", "3)") then a word that is no date word: "3. Entregar até 15 de janeiro."
    is a step of the story; "3. Dezember 2026, 10:15" (a month after the day's number) stays a date."""
    head, _, rest = text.partition(" ")
    if not (1 < len(head) <= 3 and head[-1] in ".)" and head[:-1].isdigit()):
        return False
    word = rest.split(maxsplit=1)[0].strip(",.;()") if rest.strip() else ""
    # capitalised: the months of the languages not in MONTHS are written lower case ("12. marts 2026")
    low = word.lower()
    return (
        word.isalpha()
        and word[0].isupper()
        and low not in _MONTH_WEEKDAY
        and low not in _DATE_SMALL
        and low not in _AGO
    )


def _table_row(page: Page, i: int) -> bool:
    """Line ``i`` (with a "|") is a row of the story's table: a line next to it has as many cells
    ("Sábado, 19/01 | Quadra, 21h" over "Domingo, 27/01 | Sambódromo, ensaio técnico oficial, 20h");
    a byline's "Lisboa | 12 de março de 2027" has no such neighbour."""
    cells = page.texts[i].count("|")
    for j in (i - 1, i + 1):
        if 0 <= j < len(page):
            other = page.texts[j]
            if other.count("|") == cells:
                return True
    return False


def _words_of(phrases: list[str]) -> frozenset[str]:
    return frozenset(w.strip(".,:;()") for p in phrases for w in p.lower().split())


#: (each "By" word's first word as ``Page.firsts`` holds it: "oprac." as "oprac", "autor:" as "autor")
_BY_FIRSTS = frozenset(first_word(p) for ws in P.BY_WORDS.values() for p in ws)
_ROLE_TOKENS = _words_of(P.ROLE_WORDS) | _words_of(P.AGENCIES)
_AGENCY_FIRSTS = frozenset(w.split()[0].lower() for w in P.AGENCIES) | {
    "source",
    "fonte",
    "fuente",
    "quelle",
    "with",
    "avec",
    "com",
    "con",
    "mit",
}
_DATE_FIRSTS = frozenset(first_word(w) for ws in P.DATE_WORDS.values() for w in ws)
#: (every word of :data:`~newsclean.detectors.rules.patterns.READ_TIME_PATTERNS` holds one of these)
_READ_CUES = ("min", "lese", "lect", "leit", "temps", "tiempo", "tempo", "reading", "lett", "read", "мин")
#: a press release's contact opened by "For": "For media enquiries, contact ..." (patterns.CREDIT_PATTERNS);
#: no other line opened by "For" is read for credits ("For years the book, written by ...")
_PRESS_QUERY_OPENINGS = tuple(
    f"for {more}{who} {what}"
    for more in ("", "further ", "more ", "all ")
    for who in ("media", "press")
    for what in ("enquiries", "inquiries", "queries")
)
_CREDIT_FIRSTS = frozenset(
    [
        # a press release's contact for questions (patterns.CREDIT_PATTERNS)
        "rückfragen",
        "rückfragehinweis",
        "presseanfragen",
        "medienanfragen",
        "medienkontakt",
        "demandes",
        "renseignements",
        "auskünfte",
        "informazioni",
        "información",
        "information",
        "consultas",
        "informações",
        "contatti",
        # an Arabic story's source line ("المصدر: ...")
        "المصدر",
        "المصادر",
        "беседовал",
        "беседовала",
        "беседовали",
        "записал",
        "записала",
        "words",
        "text",
        "texto",
        "texte",
        "testo",
        "tekst",
        "forecaster",
        "commentary",
        "contributions",
        "medizinisch",
        "fachlich",
        "relu",
        "revisado",
        "reviewed",
        "about",
        "sobre",
        "über",
        "à",
        "l'autore",
        "l’autore",
        "reporting",
        "writing",
        "editing",
        "research",
        "graphics",
        "additional",
        "fact-checking",
        "mitarbeit",
        "mit",
        "met",
        "con",
        "información",
        "informação",
        "avec",
        "com",
        "contact",
        "email",
        "e-mail",
        "follow",
        "folge",
        "siga",
        "suivez",
        "segui",
        "write",
        "reach",
        "with",
        "w",
        "source",
        "sources",
        "quelle",
        "fuente",
        "fonte",
        "media",
        "press",
        "contacto",
        "contato",
        "pressekontakt",
        "pressestelle",
        "contatto",
        "ufficio",
        "perscontact",
        "persvoorlichting",
        "author",
        "about",
        "sobre",
        "über",
        "zum",
        "zur",
        "l'auteur",
        "l’auteur",
        "l'autrice",
        "l’autrice",
        "redacción",
        "redação",
        "redazione",
        "redactie",
        "redaktion",
        "rédaction",
        "journaliste",
        "journalist",
        "journalistin",
        "periodista",
        "jornalista",
        "giornalista",
        "escritora",
        "escritor",
        "enviado",
        "enviada",
        "autor",
        "auteur",
        "autore",
        "autora",
        "écrit",
        "escrito",
        "escrita",
        "scritto",
        "scritta",
        "geschreven",
        "geschrieben",
        # a blog post's author line: "Skrevet af ...", "Publicerad av ...", "Dodane przez ..."
        "skrevet",
        "udgivet",
        "indsendt",
        "postet",
        "publiceret",
        "skriven",
        "skrivet",
        "publicerad",
        "postad",
        "publisert",
        "geschreven",
        "gepubliceerd",
        "gepost",
        "napisane",
        "opublikowane",
        "dodane",
        "verfasst",
        "gepostet",
        "produced",
        "edited",
        "das",
        "propos",
        "unter",
        "local",
        "ldr",
        "contributing",
        "presented",
        "hosted",
        "provided",
        # a republished article's source
        "this",
        "it",
        "originally",
        "first",
        "republished",
        "reproduced",
        "reprinted",
        "dieser",
        "der",
        "este",
        "el",
        "questo",
        "l'articolo",
        "l’articolo",
        "cet",
        "ce",
        "esta",
        "dit",
        "contactos",
        "—",
        "–",
    ]
)
#: "Sofia Carvalhal, com Lusa", "Thibault Rosenthal avec AFP": the author with a wire agency
_WITH_AGENCY = (" avec ", " com ", " con ", " with ", " mit ", " y ", " e ", " et ", " und ", " and ")
_CREDIT_CUES = (
    "@",
    # a Chinese editor's sign-off ("责任编辑：刘晓": one "word", no first word to cue it)
    "责任编辑",
    "責任編輯",
    # a press office as the author (patterns.PRESS_OFFICE_WORDS after a "By" word)
    "a cura d",
    "ufficio",
    "presse",
    "prensa",
    "press office",
    "persdienst",
    "comunica",
    "data by",
    "data analysis by",
    "graphics by",
    "graphic by",
    "charts by",
    "chart by",
    "maps by",
    "map by",
    "redacção",
    "special to",
    "correspondent",
    "daten:",
    "data:",
    "datos:",
    "données",
    "dados:",
    "dati:",
    "współpraca",
    "mitarbeit",
    "colabora",
    "collabora",
    "redação",
    "redacción",
    "rédaction",
    "redazione",
    "redactie",
    "redaktion",
    "newsroom",
    "contributed",
    "desk",
    "team",
    "staff",
    "reporter",
    "correspondent",
    "bureau",
    "newsroom",
    "wire",
    "service",
)
#: "Posted by:", "Publicado por:" ... with its colon: the meta line of a post ("05/10/2018 -
#: Publicado por: Jane Roe - Categoria: Saúde - Tags: ..."), tried up to :data:`POSTED_WORDS`
#: words (without the colon, "published by" is as often a sentence's: "The report, published by ...")
_POSTED_BY = tuple(
    f"{cue}:"
    for cue in (
        "posted by",
        "published by",
        "written by",
        "publicado por",
        "escrito por",
        "veröffentlicht von",
        "geschrieben von",
        "publié par",
        "écrit par",
        "pubblicato da",
        "scritto da",
        "geplaatst door",
    )
)
POSTED_WORDS = 20
_BIO_VERBS = frozenset(
    [
        "is",
        "was",
        "has",
        "covers",
        "writes",
        "reports",
        "ist",
        "war",
        "schreibt",
        "berichtet",
        "es",
        "escribe",
        "cubre",
        "est",
        "écrit",
        "couvre",
        "é",
        "escreve",
        "cobre",
        "è",
        "scrive",
        "suit",
        "verslaat",
        "schrijft",
    ]
)
_SEPARATOR_CUES = (",", "|", "/", "–", "-", "—", "·")


def _second_capitalised(text: str) -> bool:
    """A bio opens with a name: its second word is capitalised too."""
    parts = text.split(None, 2)
    return len(parts) > 1 and parts[1][:1].isupper()


def detect(page: Page, langs: frozenset[str]) -> None:
    """Each rule sits behind a cheap test (first word, a character present)."""
    beats = page.containing(_BEAT_CUES)  # the lines BIO_BEAT may match (one scan a cue)
    # the lines with a credit, "posted by:" or first-published cue: one scan of the page per cue
    # (Page.containing reads ``lows``, as ``cue in low`` does) instead of every cue on every line
    credit_cued = page.containing(_CREDIT_CUES)
    posted_cued = page.containing(_POSTED_BY)
    published_cued = page.containing(_PUBLISHED_CUES)
    for i, (text, shape, low, first) in enumerate(zip(page.texts, page.shapes, page.lows, page.firsts)):
        words = shape.words
        if words > 60:
            continue
        has_digit = shape.digit_ratio > 0
        if words <= 20 and (
            not (shape.sentence_end and words > 8 and shape.stopword_ratio > 0.25)
            # "Publicado el 12 de noviembre de 2025, 13:20 hrs.": a date word's line, its date checked below
            or first in _DATE_FIRSTS
        ):
            hit = _by_name(text, langs) if first in _BY_FIRSTS else None
            if hit and not _credits_box(page, i):
                page.add(i, verdict(Label.BYLINE, hit, 0.9))
                continue
            if words <= 12 and not shape.sentence_end and any(map(text.__contains__, _SEPARATOR_CUES)):
                toks = {w.strip(".,:;()|/") for w in low.split()}
                m = NAME_ROLE.match(text) if not _ROLE_TOKENS.isdisjoint(toks) else None
                if m:
                    page.add(i, verdict(Label.BYLINE, Hit("byline.name_role", m.group(0)), 0.85))
                    continue
            m = None
            if words <= 6 and (first in _AGENCY_FIRSTS or text[:1] in "([—–-"):
                m = AGENCY_LINE.match(text)
            if m is None and words <= 3 and ("/" in text or "-" in text) and not _caps_words_joined(text):
                m = SIGNOFF.match(text)
            if m:
                page.add(i, verdict(Label.BYLINE, Hit("byline.agency", m.group(0)), 0.85))
                continue
            hit = (
                READ_TIME.match(page, i)
                if has_digit and words <= 8 and any(map(low.__contains__, _READ_CUES))
                else None
            )
            if hit:
                page.add(i, verdict(Label.BYLINE, Hit("byline.read_time", hit.match), 0.85))
                continue
            hit = DATE_WORD.match(page, i, langs) if first in _DATE_FIRSTS else None
            if (
                hit
                and words <= 26
                and (
                    not (shape.sentence_end and words > 6 and shape.stopword_ratio > 0.15)
                    # "Publicado el 12 de noviembre de 2025, 13:20 hrs.": a date after the word, no sentence
                    or is_date_line(text[len(hit.match) :], words)
                )
            ):
                page.add(i, verdict(Label.BYLINE, hit, 0.8))
                continue
            if words <= 2 and len(text) <= 4 and _BARE_HOURS.fullmatch(text):
                page.add(i, verdict(Label.BYLINE, Hit("byline.bare_age", text), 0.7))
                continue
            datey = has_digit and (
                (
                    # "3 hours ago", also with its update: "Há 3 horas · Atualizado há 40 minutos"
                    words <= AGO_WORDS
                    and (
                        "ago" in low
                        or "vor " in low
                        or "hace " in low
                        or "há " in low
                        or "il y a " in low
                        or low.endswith((" fa", " geleden", " назад", " temu", " önce"))
                    )
                )
                or (
                    words <= 14
                    and (
                        _CLOCK_OR_DATE.search(text) is not None
                        or not _MONTH_WEEKDAY.isdisjoint(low.replace(",", " ").replace(".", " ").split())
                    )
                )
            )
            if (
                datey
                and is_date_line(text, words)
                and not ("|" in text and _table_row(page, i))
                and not (words == 2 and _WEEKDAY_DAY.match(text) and not _has_month(low))
            ):
                # a day, a month's name and a clock time ("5 de diciembre de 2026 - 06:12 p. m."): sure
                # enough to hold inside the article though its abbreviations end it in a full stop
                sure = shape.sentence_end and _CLOCK_TIME.search(text) is not None and _has_month(low)
                page.add(i, verdict(Label.BYLINE, Hit("byline.date_only", text), 0.8 if sure else 0.7))
                continue
            m = _PLACE_SEP.match(text) if datey else None
            if (
                m
                and is_date_line(text[m.end() :], words)
                # a row of cells, or a line that announces what follows ("Les horaires de la vedette,
                # du mercredi 9 au dimanche 13 décembre :"): a place or a desk before the date
                and (("|" not in text[m.end() :] and not text.endswith(":")) or _place_words(m.group(0)))
            ):
                page.add(i, verdict(Label.BYLINE, Hit("byline.place_date", text), 0.75))
                continue
            if datey and _date_then_by(text, langs):
                page.add(i, verdict(Label.BYLINE, Hit("byline.date_by", text), 0.8))
                continue
            if datey and _name_and_time(text, words):
                page.add(i, verdict(Label.BYLINE, Hit("byline.name_time", text), 0.7))
                continue
            if (
                5 <= words <= 12
                and text.endswith(")")
                and _SHIFT_WORDS.intersection(low.split())
                and SHIFTS.match(text)
            ):
                page.add(i, verdict(Label.BYLINE, Hit("byline.live_shifts", text), 0.85))
                continue
        if words <= 40 and (
            first in _CREDIT_FIRSTS
            or text[:1] in "(—–-"
            or low.startswith(_PRESS_QUERY_OPENINGS)
            or "@" in text
            or "contribut" in low
            or (words <= 30 and ("produced by" in low or "edited by" in low))
            or (words <= 6 and any(map(low.__contains__, _WITH_AGENCY)))
            or (words <= 8 and i in credit_cued)
            or (words <= POSTED_WORDS and i in posted_cued)
        ):
            hit = CREDITS.match(page, i)
            if hit and not _credits_box(page, i):
                page.add(i, verdict(Label.BYLINE, Hit("byline.credits", hit.match), 0.85))
                continue
        if (
            words <= FIRST_PUBLISHED_WORDS
            and i in published_cued
            and (hit := FIRST_PUBLISHED.match(page, i, langs)) is not None
        ):
            page.add(i, verdict(Label.BYLINE, hit, 0.85))
            continue
        if (
            words >= 4
            and text[:1].isupper()
            and _second_capitalised(text)
            and not _BIO_VERBS.isdisjoint(low.split(None, 6)[1:6])
            and (not page.plain_line(i) or any(map(low.__contains__, BIO_CUES)))
            and BIO.match(text)
        ):
            page.add(i, verdict(Label.BYLINE, Hit("byline.bio", text[:80]), 0.75))
        elif (
            words >= 6
            and text[:1].isupper()
            and i in beats
            and (m := BIO_BEAT.match(text)) is not None
            and m.lastgroup in langs
        ):
            page.add(i, verdict(Label.BYLINE, Hit(f"byline.bio_beat[{m.lastgroup}]", text[:80]), 0.75))


_NAME_TITLES = frozenset(P.NAME_TITLES)
_NAMES = lazyrx.compile(rf"{NAME}(?:{_JOIN}{NAME}){{0,3}}\.?")
#: a live blog's writers by shift: "Maya Okafor (now) and Tom Brannigan (earlier)" (``byline.live_shifts``)
SHIFTS = lazyrx.compile(
    r"^(?:\p{Lu}[\p{L}'’.-]+ ){1,3}\((?:now|earlier|jetzt|vorher|maintenant|avant|ahora|antes|agora|ora|prima|nu|eerder)\)"
    r"(?:,? (?:and|und|et|y|e|en) (?:\p{Lu}[\p{L}'’.-]+ ){1,3}\((?:now|earlier|jetzt|vorher|maintenant|avant|ahora|antes|agora"
    r"|ora|prima|nu|eerder)\))+$"
)
_SHIFT_WORDS = frozenset(["(now)", "(earlier)", "(jetzt)", "(vorher)", "(maintenant)", "(avant)", "(ahora)", "(antes)"])
_SHIFT_WORDS |= frozenset(["(agora)", "(ora)", "(prima)", "(nu)", "(eerder)"])
#: a job title alone on its line has at most this many words ("Chief football writer")
ROLE_WORDS = 4
_ROLE_LINE = lazyrx.compile(rf"^(?i:(?:the\s+)?(?:\p{{L}}+\s+){{0,2}}{_ROLE})\b.{{0,50}}$")


#: articles, that open a capitalised title ("Die Eckdaten", "The Verdict") but no person's name
_ARTICLES = frozenset(
    [
        "the",
        "a",
        "an",
        "die",
        "der",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "les",
        "los",
        "las",
        "el",
        "il",
        "lo",
        "gli",
        "het",
        "een",
        "une",
        "un",
        "una",
        "uno",
        "um",
        "uma",
        "os",
        "as",
    ]
)


#: a desk code's part in capitals joined by "-" alone has at most this many letters ("AB-CD")
SIGNOFF_CAPS_HYPHEN_LETTERS = 2


def _caps_words_joined(text: str) -> bool:
    """Words in capitals joined by "-" alone ("TIP-INS", "PLAY-OFFS"): a section's subheading,
    not editors' initials ("AB-CD"); desk codes of more letters carry a "/" ("HSB // JLO")."""
    if "/" in text or not text.isupper():
        return False
    return any(len(part.strip()) > SIGNOFF_CAPS_HYPHEN_LETTERS for part in text.split("-"))


def _caps_heading(text: str) -> bool:
    """Words in capitals, none an initial ("GIRLS BASKETBALL", "JANE ROE"): a section's heading
    as often as a name, which is taken only next to another byline line."""
    return text.isupper() and all(len(w.strip(".,")) >= 3 for w in text.split())


def looks_like_name(page: Page, i: int) -> bool:
    """Capitalised words, no function words but "and": "Jane Roe", "Owen Tremblay and Kezia Lam"."""
    shape = page.shapes[i]
    text = page.texts[i]
    if not 2 <= shape.words <= 9 or shape.digit_ratio > 0 or (shape.terminal and not text.endswith(".")):
        return False
    title, _, rest = text.partition(" ")
    if title in _NAME_TITLES and rest[:1].isupper():
        text = rest  # "ks. Tomasz Wielgus", "dr Anna Kos": the name after its title in lower case
    if not _NAMES.fullmatch(text) or text.split(None, 1)[0].lower() in _ARTICLES:
        return False  # "Die Eckdaten", "Les Funambules du Nord": an article opens no person's name
    return all(
        w[:1].isupper()
        or w.lower()
        in (
            "and",
            "und",
            "y",
            "e",
            "et",
            "&",
            "de",
            "da",
            "van",
            "von",
            "der",
            "di",
            "du",
            "la",
            "le",
            "dos",
            "das",
        )
        for w in text.rstrip(".").split()
    )


#: "Lucía Herrero | Madrid", "Amrita Sandhu · North Coast News": a name, one separator and a
#: place or an outlet (capitalised words, no digits, no sentence); a spaced hyphen stands for
#: the dash too ("Ayşe Demir - Trabzon")
_NAME_PLACE_SEP = lazyrx.compile(r"\s+(?:\||·|—|–|-)\s+")
#: "Owen Garrity at Hard Rock Stadium", "Nuno Rebelo, em Vale Formoso": a reporter at the venue
#: (only over a date line: see :func:`_name_place`)
_NAME_AT_SEP = lazyrx.compile(r"\s+at\s+(?:the\s+)?|,\s+(?:in|em|en|à|a|in der|im)\s+")
_PLACE = lazyrx.compile(
    rf"^\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*(?:\s+(?:{_PARTICLE}\s+)*\p{{Lu}}[\p{{L}}\p{{M}}'’.-]*){{0,4}}$"
)
#: a line under a bare name that is a place alone ("Madrid", "Villar del Río") has at most this many words
PLACE_WORDS = 3
#: how far below the article's first paragraph (the standfirst, often) a byline block can reach
BARE_NAME_REACH = 5


def _name_place(page: Page, i: int) -> bool:
    """ "Name | Place": a name (as :func:`looks_like_name`), one separator, a place or an outlet."""
    text = page.texts[i]
    shape = page.shapes[i]
    if not 3 <= shape.words <= 10 or shape.digit_ratio > 0 or shape.sentence_end:
        return False
    parts = _NAME_PLACE_SEP.split(text)
    if len(parts) != 2 and i + 1 < len(page) and page.has(i + 1, Label.BYLINE):
        parts = _NAME_AT_SEP.split(text)  # "Owen Garrity at Hard Rock Stadium" over the date line
    if len(parts) != 2 or not _PLACE.match(parts[1]) or parts[1].upper() == parts[1]:
        return False
    name = parts[0]
    return 2 <= len(name.split()) <= 4 and name.upper() != name and _NAMES.fullmatch(name) is not None


def _item(page: Page, j: int) -> bool:
    """A short capitalised line with no verdict, no digit and no sentence: an item of a list."""
    if not 0 <= j < len(page) or page.verdicts[j]:
        return False
    shape = page.shapes[j]
    return (
        shape.words <= LIST_ITEM_WORDS and shape.digit_ratio == 0 and not shape.terminal and page.texts[j][:1].isupper()
    )


#: an item of a list of names or places has at most this many words
LIST_ITEM_WORDS = 5


def _in_list(page: Page, i: int) -> bool:
    """Line ``i`` is one of three or more items in a row (:func:`_item`): "Compagnie Haut-Perchés",
    "Les Funambules du Nord", "Théâtre de la Lanterne" under a date of a programme."""
    return (_item(page, i - 1) and _item(page, i + 1)) or (
        (_item(page, i + 1) and _item(page, i + 2)) or (_item(page, i - 1) and _item(page, i - 2))
    )


def _place_line(page: Page, i: int) -> bool:
    """A place alone on its line ("Madrid", "Villar del Río"): no verdict, no sentence, no digit."""
    shape = page.shapes[i]
    return (
        not page.verdicts[i]
        and 1 <= shape.words <= PLACE_WORDS
        and shape.digit_ratio == 0
        and not shape.terminal
        and _PLACE.match(page.texts[i]) is not None
    )


def _block_lines(page: Page, headline: int | None, first_body: int) -> range:
    """The lines that may sit inside the byline block near the top, with a line above and below
    them: from under the headline (or four lines over the first paragraph, with no headline) to
    :data:`BARE_NAME_REACH` lines past the first paragraph."""
    lo = headline + 1 if headline is not None else max(0, first_body - 4)
    return range(max(lo, 1), min(first_body + BARE_NAME_REACH, len(page) - 1))


def detect_roles_in_block(page: Page, headline: int | None, first_body: int) -> None:
    """The author's job title alone under a byline line of the block near the top
    (``byline.role_in_block``): "By Priya Kamath" / "Deals editor" / "Updated ...".

    Only a line no rule claimed, of at most :data:`ROLE_WORDS` words, opening with a role
    (``_ROLE_LINE``), with a byline line above it and a byline line or the first paragraph below.
    """
    for i in _block_lines(page, headline, first_body):
        if (
            not page.verdicts[i]
            and page.shapes[i].words <= ROLE_WORDS
            and not page.shapes[i].terminal
            and page.has(i - 1, Label.BYLINE)
            and (page.has(i + 1, Label.BYLINE) or i + 1 == first_body)
            and _ROLE_LINE.match(page.texts[i])
        ):
            page.add(i, Verdict(Label.BYLINE, "byline.role_in_block", page.texts[i], 0.7))


#: a dateline's place alone on its line has at most this many words ("Mumbai", "New Delhi", "GENOVA")
PLACE_WORDS = 3
_PLACE_LINE = lazyrx.compile(r"^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}$")


def detect_places_in_block(page: Page, headline: int | None, first_body: int) -> None:
    """The dateline's place alone between two lines of the byline block near the top
    (``byline.place_in_block``): "Our Bureau" / "Mumbai" / "Updated - December 04, 2026".

    Only a line no rule claimed, of at most :data:`PLACE_WORDS` capitalised words with no figure
    and no mark at its end, with a byline line right above it and right below it.
    """
    for i in _block_lines(page, headline, first_body):
        if (
            not page.verdicts[i]
            and page.shapes[i].words <= PLACE_WORDS
            and page.has(i - 1, Label.BYLINE)
            and page.has(i + 1, Label.BYLINE)
            and _PLACE_LINE.match(page.texts[i].strip())
        ):
            page.add(i, Verdict(Label.BYLINE, "byline.place_in_block", page.texts[i], 0.7))


#: an author's Follow button, alone on its line under the name
_FOLLOW_BUTTONS = frozenset(
    ["follow", "+ follow", "follow +", "folgen", "suivre", "seguir", "segui", "volgen", "følg", "följ", "obserwuj"]
)


#: :data:`~newsclean.detectors.rules.patterns.PRESS_OFFICE_WORDS`, anywhere in the line
PRESS_OFFICE = lazyrx.compile(rf"\b(?:{'|'.join(P.PRESS_OFFICE_WORDS)})\b", regex.I)
#: a press office's line has at most this many words
PRESS_OFFICE_WORDS = 8


def detect_press_offices(page: Page, headline: int | None, first_body: int) -> None:
    """A press office or a press release named in the byline block (``byline.press_office``): "Police
    cantonale – Service de communication", "Communiqué de presse", "Pressestelle der Stadt Lindau".

    Only a line no rule claimed, of at most :data:`PRESS_OFFICE_WORDS` words, with no sentence's end,
    between the headline and the first paragraph (or just under it), next to a byline line.
    """
    n = len(page)
    lo = headline + 1 if headline is not None else max(0, first_body - 4)
    for i in range(max(lo, 1), min(first_body + BARE_NAME_REACH, n - 1)):
        shape = page.shapes[i]
        if (
            not page.verdicts[i]
            and 1 <= shape.words <= PRESS_OFFICE_WORDS
            and not shape.terminal
            and (page.has(i - 1, Label.BYLINE) or page.has(i + 1, Label.BYLINE))
            and (m := PRESS_OFFICE.search(page.texts[i]))
        ):
            page.add(i, Verdict(Label.BYLINE, "byline.press_office", m.group(0), 0.7))


_KEY_POINTS = frozenset(P.KEY_POINTS_HEADINGS)


def detect_bare_names(page: Page, headline: int | None, first_body: int) -> None:
    """A name alone next to the headline or a date line is the byline; a job title under it too.

    ``byline.name_place``: "Lucía Herrero | Madrid" there too. ``byline.place_under_name``:
    a place alone under the bare name, when a byline line follows it ("Manuel Rosado" /
    "Villar del Río" / "Actualizado 14/04/2027 - 20:15").
    """
    n = len(page)
    lo = headline + 1 if headline is not None else max(0, first_body - 4)
    hi = min(first_body + BARE_NAME_REACH, n)
    for i in range(lo, hi):
        if page.verdicts[i] or page.keys[i].rstrip(":") in _KEY_POINTS:
            continue  # "Key Takeaways": the heading of the summary box under the title, no name
        rule = "byline.bare_name" if looks_like_name(page, i) else "byline.name_place" if _name_place(page, i) else ""
        if not rule:
            continue
        role_below = i + 1 < n and page.shapes[i + 1].words <= 6 and bool(_ROLE_LINE.match(page.texts[i + 1]))
        if _in_list(page, i):
            continue  # a short line among other short ones: a list (a programme, a line-up), no byline
        place_below = i + 2 < n and _place_line(page, i + 1) and page.has(i + 2, Label.BYLINE)
        near_date = role_below or place_below or any(page.has(j, Label.BYLINE) for j in (i - 1, i + 1) if 0 <= j < n)
        # the author's Follow button between the name and the date ("Aoife Dunleavy" / "Follow" / "Today at 07:45")
        near_date = near_date or (i + 2 < n and page.keys[i + 1] in _FOLLOW_BUTTONS and page.has(i + 2, Label.BYLINE))
        # near the headline alone, a line in capitals is a section's heading ("GIRLS BASKETBALL"
        # under the photo's caption), not a name: one in capitals is taken next to a byline line
        near_top = headline is not None and i - headline <= 6 and i < first_body and not _caps_heading(page.texts[i])
        if near_date or near_top:
            page.add(i, Verdict(Label.BYLINE, rule, page.texts[i], 0.7))
            j = i + 1
            if j < n and not page.verdicts[j] and page.shapes[j].words <= 6 and _ROLE_LINE.match(page.texts[j]):
                page.add(j, Verdict(Label.BYLINE, "byline.role_under_name", page.texts[j], 0.7))
            elif place_below:
                page.add(j, Verdict(Label.BYLINE, "byline.place_under_name", page.texts[j], 0.7))


#: a live blog's time stamp alone on its line: "16.40 GMT", "12:41 a.m.", "14h32", "12:31"
#: a live post's time stamp (tried on a line that opens with a digit: the pattern must open with
#: ``\d``, for which ``str.isdigit`` holds; ``tests/detectors/rules/test_byline.py``)
POST_STAMP = lazyrx.compile(
    r"^\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h|gmt|bst|utc|cet|cest|et|est|edt|pt|ist))?\.?$", regex.I
)
#: a post's author stands at most this many lines from its time stamp
POST_AUTHOR_REACH = 2
#: a live blog has at least this many time stamps, each with prose (the post) at most this many lines under it
POST_STAMPS = 2
POST_PROSE_REACH = 5
#: a post's author's name has at most this many words
POST_AUTHOR_WORDS = 3


#: a date's label printed on its own line, the date on the next: "Published" / "2 hours ago"
DATE_LABELS = frozenset(
    ("published", "updated", "last updated", "posted", "veröffentlicht", "aktualisiert")
) | frozenset(
    ("publicado", "actualizado", "publié", "mis à jour", "pubblicato", "aggiornato", "atualizado", "gepubliceerd")
)


def detect_date_labels(page: Page) -> None:
    """A bare date label right above a date line (``byline.date_label``): "Published" / "2 hours ago"."""
    for i in range(len(page) - 1):
        if page.shapes[i].words > 3 or page.keys[i].rstrip(":") not in DATE_LABELS or page.verdicts[i]:
            continue
        if any(v.label is Label.BYLINE and v.rule.startswith("byline.date") for v in page.verdicts[i + 1]):
            page.add(i, verdict(Label.BYLINE, Hit("byline.date_label", page.texts[i]), 0.75))


#: a reading time without its label: "9 Min.", "3 min", "4 мин"
BARE_READ_TIME = lazyrx.compile(r"^\d{1,2}\s?(?:min\.?|minutes|minutos|minuti|minuten|мин\.?|минут[ы]?)$", regex.I)


def detect_bare_read_times(page: Page) -> None:
    """A bare reading time right under a byline or date line (``byline.read_time``): "9 Min.".

    Alone, "80 min" is a live blog's match minute or a recipe's cooking time; the byline
    line above it makes it the article's reading time (a live blog's bare time stamp above
    it does not: "17:49" / "78 min").
    """
    for i in range(1, len(page)):
        if page.shapes[i].words > 2 or page.verdicts[i] or not page.texts[i][:1].isdigit():
            continue
        above = page.texts[i - 1]
        if page.has(i - 1, Label.BYLINE) and not POST_STAMP.match(above) and BARE_READ_TIME.match(page.texts[i]):
            page.add(i, verdict(Label.BYLINE, Hit("byline.read_time", page.texts[i]), 0.8))


CONTACT_HEADING = lazyrx.compile(P.CREDIT_CONTACT_HEADING, regex.I)
#: a contact block under its heading has at most this many lines, each of at most this many words
CONTACT_BLOCK_LINES = 4
CONTACT_LINE_WORDS = 8


def detect_contact_blocks(page: Page) -> None:
    """The short lines right under a press release's contact heading ("Media contact" / "Élise
    Tremblay, Communications Officer" / "613-555-0190 | communications@...") are the contact's
    (``byline.contact_block``): :data:`CONTACT_BLOCK_LINES` at most, each of at most
    :data:`CONTACT_LINE_WORDS` words and no sentence; a blank line, a paragraph or another rule's
    line ends the block."""
    n = len(page)
    for i in range(n - 1):
        if (
            page.shapes[i].words > 3
            or not page.has(i, Label.BYLINE)
            or not CONTACT_HEADING.match(page.texts[i].strip())
        ):
            continue
        for k in range(i + 1, min(n, i + 1 + CONTACT_BLOCK_LINES)):
            shape = page.shapes[k]
            if page.has_blank_lines and page.segments[k].blank_before:
                break
            if shape.words > CONTACT_LINE_WORDS or shape.prose or shape.sentence_end:
                break
            if page.verdicts[k]:
                if page.has(k, Label.BYLINE):
                    continue
                break
            page.add(k, verdict(Label.BYLINE, Hit("byline.contact_block", page.texts[k][:60]), 0.8))


def detect_post_authors(page: Page) -> None:
    """A live blog's posts are signed: a bare name a line or two from a post's time stamp
    ("16.40 GMT" / title / "Helen Okafor") is its author (``byline.post_author``).

    Only on a page with :data:`POST_STAMPS` time stamps or more that head prose (a programme's
    times head names of acts); a name among other short lines (a line-up) is an item of that
    list, not an author.
    """
    n = len(page)
    stamps = [
        i
        for i in range(n)
        if page.shapes[i].words <= 3
        and page.texts[i][:1].isdigit()
        and POST_STAMP.match(page.texts[i].strip())
        and any(
            page.shapes[j].prose or page.shapes[j].list_marker for j in range(i + 1, min(n, i + 1 + POST_PROSE_REACH))
        )
    ]
    if len(stamps) < POST_STAMPS:
        return
    near: set[int] = set()
    for i in stamps:
        near.update(range(max(0, i - POST_AUTHOR_REACH), min(n, i + POST_AUTHOR_REACH + 1)))
    for i in sorted(near):
        if page.verdicts[i] or page.shapes[i].words > POST_AUTHOR_WORDS or "  " in page.texts[i].strip():
            continue  # "Desalojo de Navacerrada de Arriba": a post's title; "Ligne  Situation": a table's head
        if looks_like_name(page, i) and not _in_list(page, i):
            page.add(i, Verdict(Label.BYLINE, "byline.post_author", page.texts[i], 0.7))


#: a person's name in a byline line: two to four capitalised words (hyphens and apostrophes
#: inside a word), for :func:`detect_author_bios`
_AUTHOR_NAME = lazyrx.compile(r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}")
#: the byline lines an author's name is read from are at most this far past the first paragraph
AUTHOR_LINE_REACH = 3
#: ... and a "By ..." line this far (under a summary box of a few lines: "Key Takeaways")
AUTHOR_BY_LINE_REACH = 6
#: an author's bio line has at most this many words (a paragraph of two or three sentences)
AUTHOR_BIO_WORDS = 60
#: and is followed by at most this many lines of more bio (:data:`P.BIO_FOLLOW_WORDS`)
AUTHOR_BIO_MORE = 4
#: what may follow the author's name at the start of a bio: an age or place between commas or
#: brackets, a dash ("Name — economist"), or a word of :data:`_BIO_NEXT`; never a colon (a Q&A's
#: speaker)
_AFTER_NAME = lazyrx.compile(r"^(?:,\s|\s*\(|\s+[—–-]\s)")
#: the word after the author's name that opens a bio: "is", "a été", "ist", "è", "är", "covers",
#: "writes", "for" (a credit: "Name for The Paper"), "and" (two authors' bio) ...
_BIO_NEXT = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "a",
        "est",
        "ist",
        "war",
        "es",
        "fue",
        "é",
        "foi",
        "è",
        "ha",
        "är",
        "var",
        "er",
        "jest",
        "był",
        "była",
        "for",
        "pour",
        "para",
        "per",
        "für",
        "voor",
        "and",
        "und",
        "et",
        "y",
        "e",
        "och",
        "og",
        "covers",
        "writes",
        "reports",
        "joined",
        "lives",
        "teaches",
        "studies",
        "works",
        "cubre",
        "escribe",
        "couvre",
        "écrit",
        "cobre",
        "escreve",
        "scrive",
        "schreibt",
        "berichtet",
        "bevakar",
        "skriver",
        "pisze",
    ]
)


def _author_names(
    page: Page, headline: int | None, first_body: int, sources: dict[str, set[int]] | None = None
) -> tuple[set[str], set[str]]:
    """The names in the byline lines around the article's top: full names and first names
    (``sources``, when given, gets the lines each full name was read from)."""
    lo = max(0, (headline if headline is not None else first_body - 8) - 2)
    full: set[str] = set()
    for k in range(lo, min(first_body + AUTHOR_BY_LINE_REACH, len(page))):
        if not page.has(k, Label.BYLINE) or page.shapes[k].words > 12:
            continue
        if k >= first_body + AUTHOR_LINE_REACH and not any(
            v.rule.startswith("byline.by_name") for v in page.verdicts[k]
        ):
            continue  # further down, under a summary box: a "By"/"Written by" line only (no dateline's place)
        for m in _AUTHOR_NAME.finditer(page.texts[k]):
            words = m.group(0).split()
            if words[0].lower() in _BY_LOWER:
                words = words[1:]
            if 2 <= len(words) <= 4 and _NOT_A_NAME.isdisjoint(w.lower() for w in words):
                full.add(" ".join(words))
                if sources is not None:
                    sources.setdefault(" ".join(words), set()).add(k)
    return full, {name.split()[0] for name in full}


#: a bio under the byline block sits at most this many lines above the first paragraph
BIO_UNDER_BYLINE = 3


def detect_author_bios(page: Page, headline: int | None, first_body: int, end: int) -> None:
    """The author's bio closing the article: a line that opens with the byline's name
    ("Maryse Roux a été contrôleuse ...", "Jasper is a junior studying ...", "Name, 52 anni,
    è sociologa ...") or is that name alone (``byline.author_bio``), and up to
    AUTHOR_BIO_MORE further lines that open with the author as a pronoun ("She writes ...",
    "Elle a publié ...", "Scrive per ...") under it or under a ``byline.bio`` line
    (``byline.author_bio_more``).

    A news story does not name its own reporter, so a paragraph opening with the byline's
    name below the first paragraph is about the author. Hard negatives: the name followed by
    a colon (an interview's speaker), a name that only shares the first name with no verb
    after it, lines above the article's first paragraph.
    """
    sources: dict[str, set[int]] = {}
    full, firsts = _author_names(page, headline, first_body, sources)
    n = len(page)
    stop = min(end + 1, n)
    # a bio right under the byline block, taken for the first paragraph or left above it ("Marcus
    # covers manufacturing. Reach him at ..."): read from the line under the block's last line
    i = first_body + 1
    for k in range(max(1, first_body - BIO_UNDER_BYLINE), min(first_body + 1, n)):
        if page.has(k - 1, Label.BYLINE) and not page.has(k, Label.BYLINE):
            i = k
            break
    while i < stop:
        seed = any(v.rule == "byline.bio" or v.rule.startswith("byline.bio_beat") for v in page.verdicts[i])
        if not seed and _unclaimed(page, i):
            shape = page.shapes[i]
            text = page.texts[i]
            if text in full and sources.get(text, set()) - {i}:
                # the name alone, read from another byline line ("GIRLS BASKETBALL", taken for a
                # bare name on its own line, names no author of its own)
                page.add(i, verdict(Label.BYLINE, Hit("byline.author_bio", text), 0.75))
                seed = True
            elif 3 <= shape.words <= AUTHOR_BIO_WORDS and full and _opens_with_author(text, full, firsts):
                page.add(i, verdict(Label.BYLINE, Hit("byline.author_bio", text[:80]), 0.75))
                seed = True
        if seed:
            j = i + 1
            while j < min(i + 1 + AUTHOR_BIO_MORE, stop) and _unclaimed(page, j) and _more_bio(page, j, firsts):
                page.add(j, verdict(Label.BYLINE, Hit("byline.author_bio_more", page.texts[j][:80]), 0.75))
                j += 1
            i = j
        else:
            i += 1


def _unclaimed(page: Page, j: int) -> bool:
    """No rule claimed line ``j`` firmly (a weak verdict, under 0.75, leaves a paragraph to the article)."""
    return all(v.score < 0.75 for v in page.verdicts[j])


def _opens_with_author(text: str, full: set[str], firsts: set[str]) -> bool:
    for name in full:
        if not text.startswith(name):
            continue
        rest = text[len(name) :]
        if _AFTER_NAME.match(rest):
            return True
        words = rest.split(None, 3)
        if rest[:1].isspace() and words and words[0] in _BIO_NEXT:
            # "Name has been speaking to voters ...": a live blog's reporter at work, no bio
            return not (len(words) > 2 and words[1] == "been" and words[2].endswith("ing"))
    first, _, rest = text.partition(" ")
    return first in firsts and rest.split(None, 1)[0] in _FIRST_NAME_VERBS if rest else False


def _more_bio(page: Page, j: int, firsts: set[str]) -> bool:
    """A further line of a bio: short, opening with the author as a pronoun (or a verb whose
    subject is left out) or by first name."""
    shape = page.shapes[j]
    if not 3 <= shape.words <= 45:
        return False
    first = page.texts[j].split(None, 1)[0]
    return first.lower().strip(",") in P.BIO_FOLLOW_WORDS or first in firsts


#: words no person's name holds: a byline's "The Canadian Press", "Health Reporter", "Staff"
_NOT_A_NAME = (
    frozenset(_ARTICLES)
    | frozenset(w for role in P.ROLE_WORDS for w in role.split())
    | frozenset(("staff", "news", "press", "desk", "team", "service", "agency", "media", "online", "health"))
)
#: a bio that names the author by first name goes on with one of these ("Jasper is a junior ...")
_FIRST_NAME_VERBS = _BIO_VERBS | frozenset(("joined", "lives", "studies", "teaches", "has", "worked", "previously"))
_BY_LOWER = frozenset(w.lower() for w in _BY_FIRSTS)
