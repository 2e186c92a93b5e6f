"""Which language a page is in, guessed cheaply from function words.

Only the languages newsclean has cue words for are told apart; the guess picks
which language's patterns (besides English, always on) the rule detectors use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from newsclean.segments.shape import RATIO_WINDOW, Shape

#: words frequent in one language and rare in the others
PROFILES: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "was",
            "that",
            "for",
            "with",
            "on",
            "are",
            "this",
            "from",
            "have",
            "has",
            "said",
            "were",
            "will",
            "would",
            "which",
            "their",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "und",
            "das",
            "ist",
            "nicht",
            "mit",
            "sich",
            "auch",
            "auf",
            "für",
            "von",
            "dem",
            "den",
            "eine",
            "ein",
            "wird",
            "sind",
            "wurde",
            "nach",
            "bei",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "que",
            "por",
            "para",
            "con",
            "una",
            "según",
            "pero",
            "está",
            "más",
            "fue",
            "sobre",
            "también",
            "como",
            "sus",
            "entre",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "est",
            "dans",
            "pour",
            "qui",
            "une",
            "sur",
            "avec",
            "pas",
            "sont",
            "ont",
            "été",
            "cette",
            "aux",
            "mais",
            "elle",
            "il",
            "du",
        ]
    ),
    "pt": frozenset(
        [
            "os",
            "das",
            "não",
            "uma",
            "para",
            "com",
            "mais",
            "foi",
            "pelo",
            "pela",
            "são",
            "também",
            "está",
            "como",
            "seus",
            "disse",
            "ao",
            "dos",
            "às",
        ]
    ),
    "it": frozenset(
        [
            "il",
            "gli",
            "della",
            "delle",
            "che",
            "non",
            "per",
            "sono",
            "una",
            "nel",
            "alla",
            "anche",
            "più",
            "con",
            "dei",
            "degli",
            "è",
            "stato",
            "ha",
        ]
    ),
    "nl": frozenset(
        [
            "het",
            "een",
            "van",
            "en",
            "niet",
            "zijn",
            "voor",
            "met",
            "ook",
            "werd",
            "wordt",
            "naar",
            "door",
            "maar",
            "bij",
            "dat",
            "heeft",
            "deze",
        ]
    ),
    "sv": frozenset(
        [
            "och",
            "att",
            "är",
            "för",
            "inte",
            "också",
            "säger",
            "till",
            "på",
            "har",
            "ett",
            "från",
            "efter",
            "när",
            "hade",
            "skulle",
            "kommer",
            "eller",
            "sina",
            "vad",
        ]
    ),
    "da": frozenset(
        [
            "og",
            "at",
            "er",
            "ikke",
            "også",
            "siger",
            "til",
            "på",
            "har",
            "fra",
            "efter",
            "når",
            "havde",
            "skal",
            "blev",
            "meget",
            "nogle",
            "hvad",
            "eller",
            "kan",
            "været",
            "sagde",
        ]
    ),
    "no": frozenset(
        [
            "og",
            "at",
            "er",
            "ikke",
            "også",
            "sier",
            "til",
            "på",
            "har",
            "fra",
            "etter",
            "når",
            "hadde",
            "skal",
            "ble",
            "mye",
            "noen",
            "hva",
            "eller",
            "kan",
            "vært",
            "å",
        ]
    ),
    "ru": frozenset(
        [
            "и",
            "в",
            "не",
            "на",
            "что",
            "с",
            "по",
            "это",
            "как",
            "из",
            "за",
            "от",
            "для",
            "его",
            "он",
            "она",
            "также",
            "был",
            "была",
            "было",
            "были",
            "будет",
            "которые",
            "который",
            "во",
            "до",
            "но",
            "а",
            "к",
            "о",
            "у",
            "же",
            "уже",
            "при",
            "после",
        ]
    ),
    "pl": frozenset(
        [
            "się",
            "że",
            "jest",
            "nie",
            "w",
            "z",
            "przez",
            "dla",
            "oraz",
            "został",
            "została",
            "które",
            "który",
            "być",
            "jego",
            "po",
            "od",
            "ale",
            "tym",
            "tak",
            "jednak",
        ]
    ),
    "tr": frozenset(
        [
            "ve",
            "bir",
            "bu",
            "için",
            "ile",
            "olarak",
            "daha",
            "çok",
            "gibi",
            "olan",
            "ama",
            "sonra",
            "kadar",
            "değil",
            "göre",
            "ise",
            "şu",
            "olduğunu",
            "dedi",
            "önce",
            "yok",
            "tarafından",
            "içinde",
            "arasında",
            "üzerinde",
            "oldu",
            "etti",
            "olduğu",
            "yeni",
            "şekilde",
            "iki",
            "ilk",
            "ardından",
            "birlikte",
            "yüzde",
            "söyledi",
            "ayrıca",
            "yaklaşık",
            "nedeniyle",
            "boyunca",
        ]
    ),
    "id": frozenset(
        [
            "yang",
            "ini",
            "itu",
            "dengan",
            "untuk",
            "dari",
            "dalam",
            "tidak",
            "akan",
            "pada",
            "juga",
            "karena",
            "oleh",
            "sudah",
            "kata",
            "mereka",
            "bahwa",
            "adalah",
            "telah",
            "saat",
        ]
    ),
}

#: Turkish capital "İ" lower-cases to "i" and a combining dot ("İlk" -> "i̇lk"): a sentence's
#: first word is found in that spelling too
PROFILES["tr"] = PROFILES["tr"] | {"i\u0307" + w[1:] for w in PROFILES["tr"] if w.startswith("i")}

LANGUAGES: tuple[str, ...] = tuple(PROFILES)


def guess_language(texts: Iterable[str], budget: int = 4000) -> str:
    """Language code of the page ("en" when unsure), reading at most ``budget`` words.

    Only the words of some profile are kept from the lines read, and counted once
    (``Counter``, in C); each language's score is then the count of its profile's
    words among them.
    """
    total = 0
    kept: list[str] = []
    for text in texts:
        line = text[:LINE_CHARS].lower().split()  # a 50 MB line must not become 9 M words
        if len(line) < 6:
            continue  # menus and labels say little about the language
        kept += filter(_in_a_profile, line)
        total += len(line)
        if total >= budget:
            break
    return _best(kept)


def guess_language_measured(
    texts: Iterable[str],
    lows: Sequence[str],
    shapes: Sequence[Shape],
    budget: int = 4000,
    memo: dict[str, tuple[list[str], int]] | None = None,
) -> str:
    """:func:`guess_language` of ``texts``, given each line's lower-cased text and shape
    (:func:`newsclean.segments.shape.measure_line`): the same answer, without lower-casing
    the lines again or splitting those of fewer than six words.

    A line of at most ``RATIO_WINDOW`` characters once stripped (and at most ``LINE_CHARS``
    in all) has its whole stripped text lower-cased in ``lows``, and its shape's word
    count is that text's (stripping and lower-casing change no white space); longer
    lines are read from ``texts`` as :func:`guess_language` reads them. ``memo`` keeps,
    per line text, what was read of it (its profile words and its word count): the
    second pass over a page's kept lines passes the first pass's (never another page's).
    """
    total = 0
    kept: list[str] = []
    for text, low, shape in zip(texts, lows, shapes):
        if shape.chars <= RATIO_WINDOW and len(text) <= LINE_CHARS:
            if shape.words < 6:
                continue
            read = memo.get(text) if memo is not None else None
            if read is None:
                line = low.split()
                read = (list(filter(_in_a_profile, line)), len(line))
                if memo is not None:
                    memo[text] = read
        else:
            line = text[:LINE_CHARS].lower().split()
            if len(line) < 6:
                continue
            read = (list(filter(_in_a_profile, line)), len(line))
        kept += read[0]
        total += read[1]
        if total >= budget:
            break
    return _best(kept)


#: :func:`guess_language` reads at most this many characters of a line
LINE_CHARS = 20_000


def _best(kept: list[str]) -> str:
    """The language whose profile words are most often among ``kept`` ("en" below 3)."""
    # each language's count of its profile's words among ``kept``, from the distinct words
    # kept (a few dozen) rather than from every word of every profile (some 700 lookups)
    counts = dict.fromkeys(PROFILES, 0)
    for word, times in Counter(kept).items():
        for lang in _PROFILES_OF[word]:
            counts[lang] += times
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 3 else "en"


_in_a_profile = frozenset().union(*PROFILES.values()).__contains__
#: per profile word, the languages whose profile has it (in PROFILES' order)
_PROFILES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, profile in PROFILES.items() if word in profile)
    for word in frozenset().union(*PROFILES.values())
}
