"""normalize: lookup keys and first words (newsclean.segments.normalize)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.segments.normalize import first_two_words, first_word, norm_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("🔗 Partager", "partager"),
        ("- Advertisement -", "advertisement"),
        ("SHARE:", "share"),
        ("  Most   Popular ", "most popular"),
        ("Most\tPopular", "most popular"),
        ("»» Lo más leído ««", "lo más leído"),
        ("Comments (23)", "comments (23"),
        ("C++", "c++"),
        ("+44 20 7946 0000", "+44 20 7946 0000"),
        ("Top 10", "top 10"),
        ("...", ""),
        ("", ""),
    ],
)
def test_norm_key(text: str, key: str) -> None:
    assert norm_key(text) == key


def test_norm_key_keeps_inner_punctuation() -> None:
    assert norm_key("Home > News > World") == "home > news > world"
    assert norm_key("“Share.”") == "share"


@given(st.text(max_size=80))
def test_norm_key_is_lower_case_and_folds_white_space(text: str) -> None:
    key = norm_key(text)
    assert key == key.lower()
    assert "  " not in key and key == key.strip()


@given(st.text(alphabet=st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=80))
def test_norm_key_is_idempotent(text: str) -> None:
    key = norm_key(text)
    assert norm_key(key) == key


@pytest.mark.parametrize(
    ("low", "first", "two"),
    [
        ("read more: storm leaves thousands", "read", "read more"),
        ("«hello» world", "hello", "hello world"),
        ("— read", "", "read"),
        ("by jane roe", "by", "by jane"),
        ("a", "a", "a"),
        ("", "", ""),
    ],
)
def test_first_words(low: str, first: str, two: str) -> None:
    assert first_two_words(low) == two
    assert first_word(low) == first  # punctuation around the word is trimmed; a lone dash leaves ""


def _norm_key_by_regex(text: str) -> str:
    from newsclean.segments import normalize

    return str(normalize._SPACES.sub(" ", normalize._DECORATION.sub("", text))).lower()


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=12))
def test_norm_key_ascii_path_is_the_regex_one(text: str) -> None:
    """ASCII text is trimmed and folded without the regexes, to the same key."""
    if not (text[:1].isalnum() and text[-1:].isalnum()):
        assert norm_key(text) == _norm_key_by_regex(text)
