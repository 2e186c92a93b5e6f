"""lazyrx: a pattern compiled on first use matches as the compiled pattern does."""

from __future__ import annotations

import subprocess
import sys

import regex

from newsclean import lazyrx
from newsclean.detectors.rules import byline
from newsclean.output.metadata import authors_from_bylines


def test_compiled_on_first_use_and_the_same_matches() -> None:
    lazy = lazyrx.compile(r"(?P<w>\p{Lu}\w+)\s+(\d+)", regex.I)
    eager = regex.compile(r"(?P<w>\p{Lu}\w+)\s+(\d+)", regex.I)
    assert not lazy.compiled
    text = "one 1, Two 22 and ÉTÉ 3"
    assert lazy.search(text).group(0) == eager.search(text).group(0)
    assert lazy.compiled
    assert lazy.match(text).span() == eager.match(text).span()
    assert lazy.fullmatch("Two 22") is not None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("-", text) == eager.sub("-", text)
    assert lazy.subn("-", text) == eager.subn("-", text)
    assert lazy.split(text) == eager.split(text)
    # attributes other than the methods come from the compiled pattern
    assert lazy.pattern == eager.pattern and lazy.groupindex == eager.groupindex


def test_a_bad_pattern_fails_when_first_used() -> None:
    lazy = lazyrx.compile("(unclosed")
    try:
        lazy.match("x")
    except regex.error:
        return
    raise AssertionError("a bad pattern compiled")


def test_importing_the_pipeline_compiles_no_rule_pattern() -> None:
    """Start-up: importing the pipeline compiles no rule module's pattern (checked in a fresh interpreter)."""
    code = (
        "import newsclean.pipeline, newsclean.output.metadata as m, newsclean.detectors.rules.byline as b;"
        "print(sum(p.compiled for p in (b.NAME_ROLE, b.BIO, *b._BY_RX.values(), m._NAME_RX)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_by_name_langs_keeps_every_language_whose_pattern_matches() -> None:
    """Only the languages whose "By" words open with the line's first character (ignoring
    case) are asked: the same first match as asking every language in order."""
    lines = [
        "By Jane Roe",
        "BY JANE ROE",
        "Von Anna Müller",
        "Por María Pérez y Luis Gil",
        "Par Jean Dupont",
        "Door Sanne de Wit",
        "Автор: Иван Петров",
        "Texto: Ana Lima",
        "Tekst: Ola Nordmann",
        "PTI",
        "",
    ]
    for text in lines:
        every = next((lang for lang, rx in byline._BY_RX.items() if rx.match(text)), None)
        some = next((lang for lang in byline.by_name_langs(text) if byline._BY_RX[lang].match(text)), None)
        assert every == some, text
    assert byline.by_name_langs("By Jane Roe") == ("en",)
    assert byline.by_name_langs("Bystanders ran") == ()  # opens with "by" but no "By" word and a space
    assert byline.by_name_langs("Tekst: Ola Nordmann") == ("nl", "da", "no", "pl")
    assert authors_from_bylines(["By Jane Roe and John Doe"]) == ["Jane Roe", "John Doe"]


def test_opens_is_the_case_insensitive_regex_test() -> None:
    """by_name_langs' first-character test answers as regex.I does, ASCII shortcut included."""
    chars = [chr(c) for c in range(0x250)] + ["\u212a", "\u017f", "\u0130", "\u0131", "а", "А", "т", "Т", "ѐ", "😀"]
    for initials in byline._BY_INITIALS.values():
        for ch in chars:
            expected = any(regex.match(regex.escape(f), ch, regex.I) for f in initials)
            assert byline._opens(ch, initials) == expected, (ch, sorted(initials))
