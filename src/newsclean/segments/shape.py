"""The shape of one line: cheap, language-light measurements every detector uses.

Computed once per segment. Everything here is O(len(line)) with plain ``str``
methods, so that a page of a million short lines or one 50 MB line stays fast;
pattern matching (``regex``) lives in the detectors and only ever sees the
first :data:`MATCH_WINDOW` characters of a line.
"""

from __future__ import annotations

import re
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

#: detectors match patterns against at most this many leading characters
MATCH_WINDOW = 2_000

TERMINAL = frozenset(".!?…:;。！？")
CLOSERS = frozenset("\"'”’»)]›“‘")
LIST_BULLETS = frozenset("•·*-–—▪►▸◦●■□→»›▶✓✔")


def _words(text: str) -> frozenset[str]:
    """A word list written as one block of text (easier to read and extend than a list literal)."""
    return frozenset(text.split())


#: words that stay lower case in English/Romance/German titles
TITLE_SMALL_WORDS = _words(
    """
    a an the and or but nor of in on at to for by with from as vs via per into over up out off is
    are be de la le les el los las et y e o da do das dos du des di del der die das und von zu im am
    mit auf für van het een en op
    """
)

#: very frequent function words across the corpus languages; their density
#: separates prose from headlines and link lists (jusText's "stopword density")
STOPWORDS = _words(
    """
    the a an and or but of in on at to for by with from as is are was were be been has have had it
    its this that these those he she they we you his her their our not no will would can could
    should may might than then there which who whom what when where while if so also about after
    before into over more most said says der die das und oder aber von zu im in am mit auf für ist
    sind war waren ein eine einer eines einem den dem des nicht auch sich es er sie wir ihr als wie
    bei nach el la los las y o pero de del en con por para es son fue un una unos unas que se su sus
    al lo le les como más ya muy sin sobre entre le la les et ou mais de du des en dans avec pour
    par est sont était un une que qui se sa son ses au aux ne pas plus il elle ils elles nous vous
    sur o a os as e ou mas de do da dos das em no na nos nas com por para é são foi um uma que se
    seu sua ao à pelo pela não mais il lo gli e di da in con per è sono che non della delle dei
    degli nel nella het een en van de in op met voor is zijn was niet ook dat die er aan om
    och att som är på för med av den det till inte har ett var om så också han hon vi og ikke
    også til fra efter etter når havde hadde skal blev ble meget mye nogle noen hvad hva eller kan
    и в не на что с по это как из за от для его он она также был была были которые который а но
    к о у же то все так её их мы они бы ли или при после уже только ещё еще
    z się że nie do jest jak od po przez dla oraz jego jej ich ale już tylko był była było są być
    która które tym także również czy co za przy
    ve bir bu için ile olarak daha çok gibi olan ama sonra kadar değil göre ise şu her çünkü ancak
    yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena ada oleh sudah kata
    mereka bahwa adalah telah saat atau bisa lebih
    """
)


class Shape(NamedTuple):
    """Measurements of one line of text (see module docstring)."""

    chars: int
    words: int
    #: last visible character is . ! ? … : ; (after closing quotes/brackets)
    terminal: bool
    #: ends with a full stop, ! or ? (a sentence, not a label "Tags:")
    sentence_end: bool
    #: share of words (of 2+ letters, excluding small words) starting upper case
    title_ratio: float
    upper_ratio: float
    digit_ratio: float
    stopword_ratio: float
    #: "1." "2)" "•" "-" ... at the start
    list_marker: bool
    starts_upper: bool

    # set by measure(); a '?' or '!' at the end still reads as a title
    text_question: bool = False
    #: a paragraph of running text: enough words, sentence-like (:func:`_is_prose`)
    prose: bool = False
    #: could be a headline or a link title: short-ish, not a finished sentence (:func:`_is_title_like`)
    title_like: bool = False


# ``prose`` and ``title_like`` are worked out once, when a line is measured, and kept as
# fields: detectors and the decision read them for most lines, often more than once


#: a line of one "word" this long that ends a sentence is prose: Japanese and Chinese write no
#: spaces, and a sentence of 16 characters says as much as a dozen English words
CJK_PROSE_CHARS = 16


def _is_prose(
    words: int, chars: int, terminal: bool, sentence_end: bool, title_ratio: float, stopword_ratio: float
) -> bool:
    """A paragraph of running text: enough words, sentence-like."""
    if words >= 35 and stopword_ratio >= 0.12:
        return True
    if words >= 8 and (sentence_end or (terminal and words >= 15)) and stopword_ratio >= 0.1:
        return True
    # a language without our function words (Russian, Korean, Japanese ...): long
    # sentence-like lines that are not Title Case; CJK writes no spaces
    return (
        stopword_ratio < 0.03
        and sentence_end
        and title_ratio < 0.5
        and (chars >= 80 or (chars >= 30 and words <= 3) or (chars >= CJK_PROSE_CHARS and words == 1))
    )


#: languages that glue most of their function words to the words as suffixes (Turkish
#: "Belediye'nin", "evinde", "golüyle"): a sentence holds few free-standing ones, often more
#: than a language without our function words (0.03) and fewer than prose (0.1); on such a page
#: it counts as a paragraph for the article's span (decision.span)
SUFFIXING_LANGS = frozenset({"tr"})


def suffixing_prose(shape: Shape) -> bool:
    """A sentence of running text in a language of :data:`SUFFIXING_LANGS` that :func:`_is_prose`
    misses for its few free-standing function words: at least 8 words, a finished sentence (or a
    terminal mark after 15 words: a paragraph that announces a quote or a list), not Title Case."""
    return (
        shape.stopword_ratio < 0.1
        and shape.words >= 8
        and shape.title_ratio < 0.5
        and (shape.sentence_end or (shape.terminal and shape.words >= 15))
    )


def _is_title_like(words: int, sentence_end: bool, text_question: bool) -> bool:
    """Could be a headline or a link title: short-ish, not a finished sentence."""
    return 2 <= words <= 30 and (not sentence_end or text_question)


def _strip_end(text: str) -> str:
    t = text.rstrip()
    while t and t[-1] in CLOSERS:
        t = t[:-1].rstrip()
    return t


_SMALL_CAPS = frozenset(w.capitalize() for w in TITLE_SMALL_WORDS)
#: ratios are measured on at most this many leading characters
RATIO_WINDOW = 2_000


def measure(text: str) -> Shape:
    """Measure a line (see :func:`measure_tokens`)."""
    return measure_tokens(text)[0]


_NO_TOKENS: list[str] = []
_EMPTY = Shape(0, 0, False, False, 0.0, 0.0, 0.0, 0.0, False, False)


def measure_tokens(text: str) -> tuple[Shape, str, list[str]]:
    """Measure a line; also return its stripped text and its lower-cased words (see :func:`measure_line`)."""
    shape, stripped, _, low = measure_line(text)
    return shape, stripped, low


def measure_line(text: str) -> tuple[Shape, str, str, list[str]]:
    """Measure a line; also return its stripped text, its first RATIO_WINDOW characters
    lower-cased and their words (the lower-cased words).

    Ratios are taken on the first RATIO_WINDOW characters, the word count on
    all of it. Written with C-level helpers (``str.split``, ``map``,
    ``operator.itemgetter``) rather than a Python loop or call per word: this
    runs once per line of every page, and the detectors reuse the lower-cased
    words it returns. The lower-cased words are ``head.lower().split()``, which is
    the words lower-cased one by one (no white
    space is "case-ignorable", so no word's lower case depends on the next, and
    no character lower-cases to or from white space).
    """
    stripped = text.strip()
    if not stripped:
        return _EMPTY, "", "", _NO_TOKENS
    size = len(stripped)
    if size > RATIO_WINDOW:
        head = stripped[:RATIO_WINDOW]
        toks = head.split()
        n = sum(1 for _ in _WS_RUN.finditer(stripped)) + 1
    else:
        head = stripped
        toks = head.split()
        n = len(toks)
    low_head = head.lower()
    low = low_head.split()
    n_head = len(low) or 1
    # stopwords and title small words counted in one pass: a word adds 1 (stopword),
    # _SMALL_UNIT (small word) or both; a head has far fewer than _SMALL_UNIT words
    counted = sum(map(_word_class, low, repeat(0)))
    content = n_head - (counted >> _SMALL_SHIFT)
    last_chars = stripped[-8:].rstrip(_END_DECORATION)
    last = last_chars[-1] if last_chars else (_strip_end(stripped[-200:])[-1:] or "")
    first = stripped[0]
    list_marker = False
    if first in LIST_BULLETS:
        list_marker = size > 1 and stripped[1] == " "
    elif first.isdigit():
        i = 1
        while i < 4 and i < size and stripped[i].isdigit():
            i += 1
        list_marker = i < size - 1 and stripped[i] in ".)" and stripped[i + 1] == " "
    digits = len(_ASCII_DIGITS(head))
    terminal = last in TERMINAL
    sentence_end = bool(last) and last in ".!?…。！？"
    # a ratio of 0 is the shared constant 0.0, not a new float (24 bytes a line)
    title_ratio = (
        min(1.0, upper / content) if content > 0 and (upper := sum(map(str.isupper, map(_first_char, toks)))) else 0.0
    )
    stopword_ratio = stops / n_head if (stops := counted & _STOP_MASK) else 0.0
    text_question = bool(last) and last in "?!"
    shape = _tuple_new(
        Shape,
        (
            size,
            n,
            terminal,
            sentence_end,
            title_ratio,
            1.0 if head.isupper() else 0.0,
            digits / len(head) if digits else 0.0,
            stopword_ratio,
            list_marker,
            first.isupper(),
            text_question,
            # _is_prose and _is_title_like, written out: a call each per line costs more than the tests
            (n >= 35 and stopword_ratio >= 0.12)
            or (n >= 8 and (sentence_end or (terminal and n >= 15)) and stopword_ratio >= 0.1)
            or (
                stopword_ratio < 0.03
                and sentence_end
                and title_ratio < 0.5
                and (size >= 80 or (size >= 30 and n <= 3) or (size >= CJK_PROSE_CHARS and n == 1))
            ),
            2 <= n <= 30 and (not sentence_end or text_question),
        ),
    )
    return shape, stripped, low_head, low


#: a word's first character, without a Python call per word
_first_char = itemgetter(0)
_SMALL_SHIFT = 20
_STOP_MASK = (1 << _SMALL_SHIFT) - 1
#: per word: 1 for a stopword, plus 1 << _SMALL_SHIFT for a title small word
_word_class = {
    w: (w in STOPWORDS) + ((w in TITLE_SMALL_WORDS) << _SMALL_SHIFT) for w in STOPWORDS | TITLE_SMALL_WORDS
}.get
_END_DECORATION = "\"'”’»)]›“‘ "


#: ``Shape(*fields)`` for all thirteen fields, without the Python-level ``__new__``
_tuple_new = tuple.__new__


#: the ASCII digits of a line, one by one (ratios count "0"-"9" only)
_ASCII_DIGITS = re.compile("[0-9]").findall
_WS_RUN = re.compile(r"\s+")
