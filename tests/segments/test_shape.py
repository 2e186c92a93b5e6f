"""shape: cheap measurements of one line (newsclean.segments.shape)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.segments.shape import RATIO_WINDOW, Shape, _is_prose, _is_title_like, measure, suffixing_prose


def test_empty_and_blank() -> None:
    for text in ("", "   ", "\t"):
        s = measure(text)
        assert (s.chars, s.words, s.terminal, s.sentence_end, s.list_marker) == (0, 0, False, False, False)
        assert not s.prose and not s.title_like


def test_headline() -> None:
    s = measure("Harbour Town Votes to Rebuild Its Sea Wall")
    assert s.chars == 42 and s.words == 8
    assert not s.terminal and not s.sentence_end
    assert s.title_ratio == 1.0  # "to" is a small word and does not count
    assert s.stopword_ratio == pytest.approx(2 / 8)  # "to", "its"
    assert s.starts_upper and not s.list_marker
    assert s.title_like and not s.prose


def test_sentence_case_headline() -> None:
    s = measure("Harbour town votes to rebuild its flooded sea wall")
    # 9 words, "to" is small: 8 content words, one capitalised
    assert s.title_ratio == pytest.approx(1 / 8)
    assert s.title_like


def test_sentence() -> None:
    s = measure("The council voted on Tuesday to rebuild the wall, officials said.")
    assert s.words == 11
    assert s.terminal and s.sentence_end
    assert s.stopword_ratio == pytest.approx(4 / 11)  # the, on, to, the
    assert s.prose and not s.title_like


def test_short_sentence_is_not_prose() -> None:
    s = measure("The wall fell.")
    assert s.sentence_end and not s.prose and not s.title_like


def test_long_text_without_final_stop_is_prose() -> None:
    text = " ".join(["the council said that the wall would be rebuilt"] * 4)
    s = measure(text)
    assert s.words == 36 and not s.terminal
    assert s.prose


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("1. Preheat the oven to 200C.", True),
        ("12) Twelve steps", True),
        ("• Item one", True),
        ("- Item one", True),
        ("1.5 million people voted", False),
        ("-5 degrees overnight", False),
        ("2024 was a hard year", False),
        ("•Item", False),
    ],
)
def test_list_marker(text: str, marker: bool) -> None:
    assert measure(text).list_marker is marker


def test_numbered_step_is_a_sentence() -> None:
    s = measure("1. Preheat the oven to 200C.")
    assert s.list_marker and s.sentence_end and not s.title_like
    assert s.digit_ratio == pytest.approx(4 / 28)


def test_question_reads_as_a_title() -> None:
    s = measure("Why did the wall fail?")
    assert s.terminal and s.sentence_end and s.text_question
    assert s.title_like


def test_closing_quotes_are_looked_through() -> None:
    s = measure("He said: “We will rebuild it.”")
    assert s.sentence_end and s.terminal
    s = measure("“No.”")
    assert s.sentence_end and s.words == 1 and not s.starts_upper


def test_colon_is_terminal_but_not_a_sentence_end() -> None:
    s = measure("Tags:")
    assert s.terminal and not s.sentence_end


def test_upper_and_digit_ratios() -> None:
    s = measure("NASA AND ESA")
    assert s.upper_ratio == 1.0
    s = measure("2024 2025")
    assert s.digit_ratio == pytest.approx(8 / 9)
    assert s.title_ratio == 0.0


def test_long_line_counts_all_words_and_measures_the_head() -> None:
    text = " ".join(["word"] * 3000)
    s = measure(text)
    assert s.words == 3000
    assert s.chars == len(text)
    one = measure("a" * 3000)
    assert one.words == 1


@given(st.text(max_size=300))
def test_measure_never_fails_and_ratios_are_bounded(text: str) -> None:
    s = measure(text)
    assert isinstance(s, Shape)
    assert s.words == len(text.split())
    for ratio in (s.title_ratio, s.upper_ratio, s.digit_ratio, s.stopword_ratio):
        assert 0.0 <= ratio <= 1.0
    assert s.chars == len(text.strip())


@pytest.mark.parametrize("text", [")", "»", "”", "])", "“", "‘"])
def test_closers_only_line_is_no_sentence(text: str) -> None:
    s = measure(text)
    assert not s.sentence_end and not s.text_question


@pytest.mark.parametrize("sep", ["\t", "  "], ids=["tabs", "double-spaces"])
def test_long_line_word_count_with_other_white_space(sep: str) -> None:
    text = sep.join(["word"] * 1000)
    assert len(text) > RATIO_WINDOW
    assert measure(text).words == 1000


@pytest.mark.parametrize("text", ["„Immer.“", "„Wann kommt der Bus?“", "‚Nein.‘ Mehr sagte er nicht.", "«Jamais.»"])
def test_a_quote_closed_in_german_style_ends_a_sentence(text: str) -> None:
    """German quotes close with “ and ‘ (the English opening marks): the full stop inside counts."""
    assert measure(text).sentence_end


def test_a_quoted_title_without_a_full_stop_is_no_sentence() -> None:
    """Hard negative: an album's title in German quotes ends no sentence."""
    assert not measure("Das neue Album „Salz auf der Haut“").sentence_end


@given(st.text(alphabet=st.sampled_from("ab AB. ?!:;the of und la 1\n\t—”"), max_size=400))
def test_prose_and_title_like_are_the_documented_tests(text: str) -> None:
    """measure_line writes _is_prose and _is_title_like out (no call per line): the fields
    are what the two functions say of the line's measurements."""
    s = measure(text)
    assert s.prose == _is_prose(s.words, s.chars, s.terminal, s.sentence_end, s.title_ratio, s.stopword_ratio)
    assert s.title_like == _is_title_like(s.words, s.sentence_end, s.text_question)
    assert type(s.prose) is bool and type(s.title_like) is bool


@pytest.mark.parametrize(
    "text",
    [
        "Городской совет во вторник заявил, что новый мост будет готов до зимы, и жители довольны этим решением.",
        "Rada miasta poinformowała we wtorek, że nowy most zostanie ukończony przed zimą, a mieszkańcy są zadowoleni.",
        "Belediye meclisi salı günü yeni köprünün kıştan önce bitirileceğini açıkladı ve bu karar sakinleri memnun etti.",
        "Dewan kota mengatakan pada hari Selasa bahwa jembatan baru itu akan selesai sebelum musim hujan tahun ini.",
        "Kommunen sa på tisdagen att den nya bron ska vara klar före vintern, och de boende är nöjda med beslutet.",
    ],
)
def test_a_sentence_in_the_newer_languages_is_prose(text: str) -> None:
    """Their function words count as stopwords: a paragraph reads as prose, as in English."""
    assert measure(text).prose


def test_a_japanese_or_chinese_sentence_is_prose() -> None:
    """No spaces: a sentence of 16 characters or more is one "word", and still running text."""
    assert measure("改造期间，区里将在城西公园旁设临时菜场。").prose
    assert measure("市は来年度から、住民にアンケートを配る予定だ。").prose
    assert not measure("城西公园临时菜场停车").prose  # a short heading, no sentence end
    assert not measure("Antidisestablishment.").prose  # one Latin word is no paragraph


def test_suffixing_prose() -> None:
    """A Turkish sentence with one free-standing function word in 15 is running text there."""
    s = measure(
        "Kentin doğusundaki Yeşilköy Mahallesi'nde sabah saatlerinde başlayan elektrik kesintisi akşama "
        "kadar sürdü, esnaf zarar gördü."
    )
    assert 0.03 <= s.stopword_ratio < 0.1 and not s.prose and suffixing_prose(s)
    # hard negatives: a Title Case line with a full stop (a story list's item), a short sentence
    assert not suffixing_prose(measure("Kent Hastanesine Modern MR Cihazı Geldi, Hastalar Sevindi Bugün Kadar."))
    assert not suffixing_prose(measure("Sandıklar saat beşte kapandı."))
