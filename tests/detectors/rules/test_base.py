"""base: the literal prefix matcher of PatternSet is its regular expression's match."""

from __future__ import annotations

import pytest
import regex

from helpers import page_of
from newsclean.detectors.page import MANY_CUES, cue_finder
from newsclean.detectors.rules import ad, byline, chrome, patterns, promo
from newsclean.detectors.rules.base import PatternSet, PhraseSet, factored
from newsclean.segfile import find_seg_files, read_seg
from paths import CORPUS

PREFIX_SETS = (chrome.PREFIX, ad.SPONSORED_PREFIX, promo.CUE)


def test_ignoring_case_is_lowering_for_the_openings_characters() -> None:
    """Over every code point: a character matches an opening's character (or a character of
    byline.BIO_CUES, chrome._TAG_FIRSTS) case-insensitively exactly when both lower-case to the same text, but
    for "İ", "ſ" and the old Cyrillic letter forms U+1C80-U+1C88 (which a ``plain_case`` page never holds)."""
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    chars = {
        ch
        for table in (patterns.CHROME_PREFIXES, patterns.AD_PREFIXES, patterns.PROMO_PREFIXES)
        for words in table.values()
        for w in words
        # an opening whose lower case is longer ("İlgili haber") is matched by the regex only
        if len(w.lower()) == len(w)
        for ch in w.strip()
    } | {ch for cue in (*byline.BIO_CUES, *chrome._TAG_FIRSTS) for ch in cue}
    by_lower: dict[str, set[str]] = {}
    wanted = {ch.lower() for ch in chars}
    for t in everything:
        low = t.lower()
        if low in wanted:
            by_lower.setdefault(low, set()).add(t)
    for ch in chars:
        matched = set(regex.findall(regex.escape(ch), everything, flags=regex.I)) - {
            "İ",
            "ſ",
            *map(chr, range(0x1C80, 0x1C89)),
        }
        if ch == "ı":
            # Turkish dotless "ı" matches "I", which lower-cases to "i": every opening with "ı" is
            # listed with its twin in "i" too, so the lower-cased "AYRICA OKUYUN" is found as well
            matched.discard("I")
        assert matched == by_lower[ch.lower()], ch
    for table in (patterns.CHROME_PREFIXES, patterns.AD_PREFIXES, patterns.PROMO_PREFIXES):
        for words in table.values():
            for w in words:
                if "ı" in w:
                    assert w.replace("ı", "i") in words, w
    assert "İ".lower() != "i" and "ſ".lower() == "ſ"


def _regex_match(pattern_set: object, text: str) -> tuple[str, str] | None:
    if text[0] >= "\x80":  # a non-ASCII first character: the whole alternation
        rx = pattern_set._compiled(None)  # type: ignore[attr-defined]
    else:
        rx = pattern_set._by_char.get(text[0]) or pattern_set._for_char(text[0])  # type: ignore[attr-defined]
    m = rx.match(text)
    return None if m is None else (m.lastgroup, m.group(0))


def test_literal_match_is_the_alternations_match() -> None:
    lines = [
        "Share this article now",
        "SIGN UP FOR our newsletter",
        "Read more: a story",
        "sponsored by X",
        "Lire aussi | titre",
        "Home > News",
        "© 2025 Example",
        "(c) 2025",
        "Also read: this",
        "share",
        "« Lire aussi » un titre",
        "© 2025 Exemple",
        "¿Quieres leer más?",
        "Über uns",
        "🔗 Partager",
        "Él dijo que sí",
    ]
    for path in find_seg_files([str(CORPUS / "text" / "dev")]):
        lines += [ln for ln in read_seg(path).text.split("\n") if ln.strip()]
    # the dev corpus's lines without a Turkish "İ" (or another character plain_case looks
    # for) make a plain-case page; all of them together a page with unplain lines
    plain = page_of([ln for ln in lines if "İ" not in ln])
    assert plain.plain_case
    mixed = page_of(lines)
    assert not mixed.plain_case
    for page in (plain, mixed):
        for pattern_set in PREFIX_SETS:
            for i, text in enumerate(page.texts):
                if not text or not page.plain_line(i):  # an unplain line goes to the regex
                    continue
                hit = pattern_set._literal_match(page, i, None)
                expected = _regex_match(pattern_set, text)
                assert (None if hit is None else (hit.rule.split("[")[1][:-1], hit.match)) == expected, text


def test_a_page_with_long_s_or_dotted_capital_i_is_not_plain_case() -> None:
    assert not page_of(["Share ſomething"]).plain_case
    assert not page_of(["İstanbul news"]).plain_case
    assert not page_of(["\u1c81ело"]).plain_case
    assert page_of(["Share something"]).plain_case


def test_many_cues_find_the_lines_each_cue_finds() -> None:
    """Page.containing with MANY_CUES cues or more (one trie expression, cue_finder) finds
    the lines that hold a cue, as testing each cue on each line does: cues that start other
    cues, that hold regex syntax, that sit at a line's end or on the page's last line."""
    cues = ("news", "newsletter", "a.b", "(c)", "[x]", "1+1", "zip", "zi", "über", "опрос", "？")
    cues += tuple(f"filler{k:03d}" for k in range(MANY_CUES))
    lines = [
        "our newsletter",
        "news today",
        "a.b",
        "axb",
        "© (c) 2024",
        "[x] box",
        "1+1=2",
        "11",
        "zipper",
        "z i",
        "Über uns",
        "опросы",
        "？",
        "nothing here",
        "filler",
        "ends with new",
        "filler007",
        "zi",
    ]
    page = page_of(lines)
    expected = {i for i, low in enumerate(page.lows) if any(cue in low for cue in cues)}
    assert page.containing(cues) == expected
    assert page.containing(cues[:3]) == {i for i, low in enumerate(page.lows) if any(c in low for c in cues[:3])}
    assert "axb" not in {page.texts[i] for i in expected} and "zi" in {page.texts[i] for i in expected}
    for path in sorted((CORPUS / "text" / "train").glob("*.seg"))[:40]:
        page = page_of(read_seg(path).text.splitlines())
        expected = {i for i, low in enumerate(page.lows) if any(cue in low for cue in chrome._PITCH_CUES)}
        assert len(chrome._PITCH_CUES) >= MANY_CUES
        assert page.containing(chrome._PITCH_CUES) == expected, path
    with pytest.raises(ValueError):
        cue_finder(("", "x"))


def test_factored_alternation_finds_what_the_plain_one_finds() -> None:
    """chrome.PITCH (runs of patterns under one anchor) matches as the alternation of its
    patterns does, at the same place with the same text, on every line of the corpus and
    on lines written to hit patterns under each anchor and at each position."""
    every = [p for ps in patterns.PITCH_PATTERNS.values() for p in ps]
    sources = [p for p in every if not p.startswith("^")]
    starts = [p for p in every if p.startswith("^")]
    plain = regex.compile("|".join(f"(?:{p})" for p in sources))
    plain_start = regex.compile("|".join(f"(?:{p})" for p in starts))
    whole = regex.compile("|".join(f"(?:{p})" for p in every))
    assert chrome.PITCH.pattern == factored(sources) != plain.pattern
    assert chrome.PITCH_START.pattern == factored(starts) != plain_start.pattern
    lines = [
        "sign up for the morning newsletter straight to your inbox",
        "forwarded this email? subscribe now",
        "x subscribe today, cite this article",
        "cite this article",
        "have your say: the views expressed here are the author's",
        "jetzt kostenlos anmelden und keine anlageberatung",
        "nothing to see here",
    ]
    for path in find_seg_files([str(CORPUS / "text")]):
        lines += [line.strip().lower() for line in read_seg(path).text.splitlines()]
    found = 0
    for line in lines:
        a, b = plain.search(line), chrome.PITCH.search(line)
        assert (a and (a.span(), a.group(0))) == (b and (b.span(), b.group(0))), line
        c, d = plain_start.match(line), chrome.PITCH_START.match(line)
        assert (c and (c.span(), c.group(0))) == (d and (d.span(), d.group(0))), line
        # split in two, the pitches find a line exactly when their whole alternation does
        assert (whole.search(line) is None) == (d is None and b is None), line
        found += a is not None
    assert found >= 7


def test_factored_refuses_a_pattern_with_a_top_level_bar() -> None:
    """``\\ba|b`` would become ``\\b(?:a|b)``, which is not the same: refused."""
    assert factored([r"\bone", r"\btwo", r"^three"]) == r"\b(?:(?:one)|(?:two))|^(?:(?:three))"
    assert factored([r"(?:a|b)", r"[|]c", r"\|d"]) == r"(?:(?:(?:a|b))|(?:[|]c)|(?:\|d))"
    with pytest.raises(ValueError):
        factored([r"\ba|b"])


def test_a_lookahead_written_once_after_the_languages_matches_as_one_in_each() -> None:
    """byline.DATE_WORD (its date lookahead once, after the languages' alternation: ``after=``)
    finds the same text in the same language as the lookahead written into every language's
    pattern, on every corpus line and on lines made of date words, month names and figures."""
    lookahead = byline.DATE_WORD._after
    assert lookahead.startswith("(?=")
    each = regex.compile(
        "|".join(f"(?P<{lang}>(?:{src}){lookahead})" for lang, src in byline.DATE_WORD._sources.items()),
        regex.I,
    )
    once = byline.DATE_WORD._compiled(None)
    words = [w for ws in patterns.DATE_WORDS.values() for w in ws] + patterns.MONTHS[:20]
    lines = [
        f"{w}{sep}{tail}"
        for w in words
        for sep in ("", " ", ": ")
        for tail in ("3 May", "x" * 45 + " 3", "vor 2 Tagen")
    ]
    for path in find_seg_files([str(CORPUS / "text")]):
        lines += [line.strip() for line in read_seg(path).text.splitlines()]
    found = 0
    for line in lines:
        a, b = each.match(line), once.match(line)
        assert (a and (a.group(0), a.lastgroup)) == (b and (b.group(0), b.lastgroup)), line
        found += a is not None
    assert found > 100


def test_a_phrase_listed_under_two_languages_matches_on_either() -> None:
    """ "guardar" listed for Spanish then Portuguese: a Portuguese page matches it and the
    reason names Portuguese; a Spanish page names Spanish."""
    words = PhraseSet("t.word", {"es": ["Guardar", "Siguiente"], "pt": ["guardar"]})
    pt = page_of(["Guardar"], "pt")
    hit = words.match(pt, 0, frozenset({"pt"}))
    assert hit is not None and hit.rule == "t.word[pt]"
    hit = words.match(page_of(["Guardar"], "es"), 0, frozenset({"es", "pt"}))
    assert hit is not None and hit.rule == "t.word[es]"
    # a page in a third language that allows both names the first that lists the phrase
    hit = words.match(page_of(["Guardar"], "en"), 0, frozenset({"en", "es", "pt"}))
    assert hit is not None and hit.rule == "t.word[es]"
    assert words.lang_of("guardar", frozenset({"pt"})) == "pt"


def test_a_phrase_of_one_language_only_does_not_match_on_another() -> None:
    """Hard negative: "Siguiente" is listed for Spanish alone: not matched on a Portuguese page."""
    words = PhraseSet("t.word", {"es": ["Guardar", "Siguiente"], "pt": ["guardar"]})
    assert words.match(page_of(["Siguiente"], "pt"), 0, frozenset({"pt"})) is None
    assert words.lang_of("siguiente", frozenset({"pt"})) is None


def test_a_pattern_set_reads_the_asked_languages_when_another_comes_first() -> None:
    """An alternative listed under two languages ("publicado": es and pt) matches on a page of the
    second: the first language's alternative coming first in the merged alternation does not hide it."""
    rx_set = PatternSet("t", {"es": [r"^publicado\b"], "pt": [r"^publicado\b"]})
    page = page_of(["Publicado há 3 horas"], "pt")
    hit = rx_set.match(page, 0, frozenset({"pt"}))
    assert hit is not None and hit.rule == "t[pt]"
    prefix_set = PatternSet("p", {"es": ["publicado"], "pt": ["publicado"]}, prefixes=True)
    hit = prefix_set.match(page, 0, frozenset({"pt"}))
    assert hit is not None and hit.rule == "p[pt]"
    assert prefix_set.match(page, 0, frozenset({"fr"})) is None
