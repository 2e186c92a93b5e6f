"""language: the page language from function words (newsclean.segments.language)."""

from __future__ import annotations

import pytest

from helpers import PARAGRAPHS
from newsclean.segments.language import LANGUAGES, guess_language

SENTENCES = {
    "en": "The council said on Tuesday that the new bridge would be finished before the winter, and residents were pleased with the decision.",
    "de": "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke noch vor dem Winter fertig wird, und die Anwohner sind mit der Entscheidung zufrieden.",
    "es": "El ayuntamiento dijo el martes que el nuevo puente estará terminado antes del invierno, y los vecinos se mostraron contentos con la decisión.",
    "fr": "Le conseil municipal a annoncé mardi que le nouveau pont sera terminé avant l'hiver, et les habitants se sont dits satisfaits de cette décision.",
    "pt": "A câmara municipal disse na terça-feira que a nova ponte ficará pronta antes do inverno, e os moradores ficaram satisfeitos com a decisão.",
    "it": "Il consiglio comunale ha detto martedì che il nuovo ponte sarà finito prima dell'inverno, e i residenti sono soddisfatti della decisione.",
    "nl": "De gemeenteraad heeft dinsdag gezegd dat de nieuwe brug voor de winter klaar is, en de bewoners zijn blij met het besluit.",
    "sv": "Kommunen sa på tisdagen att den nya bron ska vara klar före vintern, och de boende är nöjda med beslutet som inte har varit lätt.",
    "da": "Kommunen sagde tirsdag, at den nye bro skal være færdig før vinteren, og beboerne er glade for beslutningen, som ikke har været let.",
    "no": "Kommunen sa tirsdag at den nye brua skal være ferdig før vinteren, og beboerne er glade for vedtaket, som ikke har vært lett å få til.",
    "ru": "Городской совет во вторник заявил, что новый мост будет готов до зимы, и жители довольны этим решением, которое было непростым.",
    "pl": "Rada miasta poinformowała we wtorek, że nowy most zostanie ukończony przed zimą, a mieszkańcy są zadowoleni z tej decyzji, która nie była łatwa.",
    "tr": "Belediye meclisi salı günü yeni köprünün kıştan önce bitirileceğini açıkladı ve bu karar, kolay olmasa da, mahalle sakinlerini memnun etti.",
    "id": "Dewan kota mengatakan pada hari Selasa bahwa jembatan baru itu akan selesai sebelum musim hujan, dan warga senang dengan keputusan yang tidak mudah ini.",
}


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "pt", "it", "nl", "sv", "da", "no", "ru", "pl", "tr", "id"])
def test_one_paragraph(lang: str) -> None:
    assert guess_language([SENTENCES[lang]]) == lang


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "pt"])
def test_article_paragraphs(lang: str) -> None:
    assert guess_language(PARAGRAPHS[lang]) == lang


def test_languages_tuple() -> None:
    assert set(LANGUAGES) == {"en", "de", "es", "fr", "pt", "it", "nl", "sv", "da", "no", "ru", "pl", "tr", "id"}


def test_short_lines_are_ignored() -> None:
    # menus and labels say little: lines under six words are skipped
    assert guess_language(["Startseite", "Politik", "Wirtschaft", "Der Bürgermeister und die Stadt"]) == "en"


def test_unsure_is_english() -> None:
    assert guess_language([]) == "en"
    assert guess_language(["Lorem ipsum dolor sit amet consectetur adipiscing elit sed do"]) == "en"


def test_menus_do_not_outvote_the_article() -> None:
    lines = ["Home | News | Sport | Business | Opinion | Culture", *PARAGRAPHS["de"]]
    assert guess_language(lines) == "de"


def test_budget_limits_what_is_read() -> None:
    # after the budget the rest of the page is not read
    english = [SENTENCES["en"]] * 3
    assert guess_language([*english, *PARAGRAPHS["de"] * 5], budget=60) == "en"
    assert guess_language([*english, *PARAGRAPHS["de"] * 5]) == "de"


def test_accepts_any_iterable() -> None:
    assert guess_language(s for s in [SENTENCES["fr"]]) == "fr"


def _both_guesses(lines: list[str], budget: int) -> tuple[str, str]:
    from newsclean.detectors.page import Page
    from newsclean.segments.language import guess_language_measured
    from newsclean.segments.text import segment_lines

    segments = segment_lines(lines)
    texts = [s.text for s in segments]
    page = Page.of(segments)
    memo: dict[str, tuple[list[str], int]] = {}
    first = guess_language_measured(texts, page.lows, page.shapes, budget, memo)
    # again with what the first call read (the pipeline's second pass), on every other line
    again = guess_language_measured(texts[::2], page.lows[::2], page.shapes[::2], budget, memo)
    assert again == guess_language(texts[::2], budget)
    return first, guess_language(texts, budget)


@pytest.mark.parametrize("budget", [60, 500, 4000])
def test_measured_guess_is_the_same(budget: int) -> None:
    """guess_language_measured (the pipeline's, from the lines' measurements) answers as guess_language."""
    from newsclean.segfile import find_seg_files, read_seg
    from paths import CORPUS

    long_de = " ".join(PARAGRAPHS["de"]) * 40  # over RATIO_WINDOW characters
    odd = [
        "  " + SENTENCES["fr"] + "  ",
        " " * 19_950 + SENTENCES["es"],  # leading white space past the 20,000 characters read
        long_de,
        "İstanbul'da " + SENTENCES["tr"],
        "ΟΔΟΣ ΣΟΦΟΚΛΕΟΥΣ " + SENTENCES["en"],
        "one two three four five",
        "",
    ]
    cases = [odd, odd[::-1], *([line] for line in odd), [SENTENCES[lang] for lang in LANGUAGES]]
    for split in ("train", "dev"):
        cases += [read_seg(p).text.split("\n") for p in find_seg_files([str(CORPUS / "text" / split)])]
    for lines in cases:
        measured, read = _both_guesses(lines, budget)
        assert measured == read


def test_turkish_with_few_function_words() -> None:
    """A match report's sentences hold few free-standing words: "ilk", "iki", "ardından", a
    capital "İlk" (lower-cased with a combining dot) are Turkish profile words too."""
    lines = [
        "İlk yarıda konuk ekip iki gol buldu, ardından ev sahibi takım birlikte baskı kurdu.",
        "Hakemler: Serdar Kaya, Onur Tez, Mert Su, Ali Gür",
    ]
    assert guess_language(lines) == "tr"
    # hard negative: an English paragraph with a Turkish name stays English
    assert guess_language(["The council said the new bridge over the Ilk would open in the spring."]) == "en"
