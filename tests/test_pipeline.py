"""The whole pipeline: the seed page acceptance test and properties on any input."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Label, Options
from newsclean.output.render import as_seg, as_text

RULES = Options(use_model=False, input_format="text")


def _paragraph_lines(text: str) -> list[str]:
    return [ln for ln in text.split("\n") if ln.strip()]


def test_seed_page_keeps_exactly_headline_and_article(seed_text: str) -> None:
    """The seed dump: headline, every paragraph and subheading, in order, nothing else."""
    for options in (RULES, Options(input_format="text")):
        article = newsclean.clean(seed_text, options)
        kept = _paragraph_lines(article.text)
        lines = seed_text.split("\n")
        # the headline is the first line that is not the date line
        assert article.headline is not None and article.headline.startswith("Did North Korea Send Troops")
        assert kept[0] == article.headline
        # expected body: every line between the headline and "Tags" that is prose or an
        # in-article subheading, i.e. everything but captions, the icon and the promo cards
        start = lines.index(article.headline) + 1
        end = lines.index("Tags")
        dropped = set()
        for i in range(start, end):
            line = lines[i]
            if re.search(r"\| Photo: AP$| - (AP|PTI/File)$|^info_icon$|^BY ", line):
                dropped.add(i)
                if line.startswith("BY "):
                    # the promo's headline sits two lines above its BY line
                    dropped.add(i - 2)
            if i + 1 < end and lines[i + 1].startswith(line) and lines[i + 1] != line:
                dropped.add(i)  # the caption's first line repeats in the credit line
        expected = [lines[i] for i in range(start, end) if lines[i].strip() and i not in dropped]
        assert kept[1:] == expected
        assert "date 2024-10-20 International" not in article.text
        assert "Advertisement" not in kept and "Tags" not in kept and "MOST POPULAR" not in kept
        assert not any(line.lstrip().startswith("1. ") for line in kept)


def test_seed_page_labels_by_role(seed_text: str) -> None:
    article = newsclean.clean(seed_text, RULES)
    by_text = {s.text.strip(): s.label for s in article.segments}
    assert by_text["date 2024-10-20 International"] is Label.BYLINE
    assert by_text["BY Asmita Ravi Shankar"] is Label.PROMO
    assert by_text["info_icon"] is Label.CHROME
    assert by_text["South Korea"] is Label.BODY
    assert by_text["Cricket News"] is Label.SIDEBAR
    assert by_text["Advertisement"] is Label.AD
    assert article.metadata["captions"]
    assert article.metadata["promos"]


def test_every_segment_has_a_reason(seed_text: str) -> None:
    for s in newsclean.clean(seed_text, RULES).segments:
        assert s.reason and s.detector in ("rules", "model")


def test_keep_adds_labels_back(seed_text: str) -> None:
    plain = newsclean.clean(seed_text, RULES)
    with_captions = newsclean.clean(
        seed_text, Options(use_model=False, input_format="text", keep=Label.parse_many("caption"))
    )
    assert len(_paragraph_lines(with_captions.text)) > len(_paragraph_lines(plain.text))
    assert any("Photo: AP" in line for line in _paragraph_lines(with_captions.text))


def test_clean_accepts_keyword_overrides() -> None:
    article = newsclean.clean(
        "Title of a story here\n\nA paragraph of the story that is long enough to read as prose, with a full stop.",
        use_model=False,
    )
    assert article.found


def test_empty_and_blank_pages_have_no_article() -> None:
    for text in ("", "\n\n\n", "   \n\t\n"):
        article = newsclean.clean(text, RULES)
        assert not article.found and article.text == ""


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00", bytes(range(256)) * 4])
def test_binary_input_is_refused_with_a_clear_error(data: bytes) -> None:
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean(data, RULES)


def test_bytes_input_decodes_utf8_and_bom() -> None:
    text = "Überschrift einer Meldung\n\nDie Stadt hat am Montag beschlossen, die Brücke für drei Monate zu sperren, sagte ein Sprecher."
    a = newsclean.clean(text.encode("utf-8"), RULES)
    b = newsclean.clean(b"\xef\xbb\xbf" + text.encode("utf-8"), RULES)
    assert a.text == b.text and "Brücke" in a.text


def test_non_utf8_bytes_are_detected_not_garbled() -> None:
    text = "Résumé de la séance\n\nLe conseil municipal a voté jeudi soir la fermeture de la piscine pour des travaux, a indiqué la mairie."
    article = newsclean.clean(text.encode("cp1252"), RULES)
    assert "piscine" in article.text and "mairie" in article.text


def test_one_huge_line_is_handled() -> None:
    line = ("word " * 2_000_000).strip() + "."
    article = newsclean.clean("A headline for a very long page\n\n" + line, RULES)
    assert len(article.segments) == 2


# ------------------------------------------------------------------ properties
text_lines = st.lists(
    st.one_of(
        st.text(min_size=0, max_size=80),
        st.sampled_from(
            [
                "",
                "Advertisement",
                "BY Jane Roe",
                "Trending",
                "1. A headline of another story",
                "Photo: AP",
                "Share",
            ]
        ),
        st.text(alphabet=st.characters(categories=["L", "Zs", "P"]), min_size=20, max_size=300).map(lambda s: s + "."),
    ),
    max_size=40,
).map(lambda ls: "\n".join(ln.replace("\n", " ").replace("\r", " ").replace("\x00", " ") for ln in ls))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines)
def test_every_line_gets_exactly_one_label(text: str) -> None:
    article = newsclean.clean(text, RULES)
    lines = text.split("\n")
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    assert [s.line for s in article.segments] == nonblank
    assert all(isinstance(s.label, Label) for s in article.segments)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines)
def test_output_is_a_subsequence_of_the_input(text: str) -> None:
    out = _paragraph_lines(as_text(newsclean.clean(text, RULES)))
    it = iter(text.split("\n"))
    assert all(any(line == src for src in it) for line in out)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines)
def test_annotate_reproduces_the_input(text: str) -> None:
    seg = as_seg(newsclean.clean(text, RULES))
    rows = seg.split("\n")[:-1] if seg else []
    rebuilt = [row.partition("\t")[2] if row else "" for row in rows]
    expected = text.split("\n")
    if expected and expected[-1] == "":
        expected.pop()
    assert rebuilt == [ln if ln.strip() else "" for ln in expected]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines)
def test_cleaning_twice_changes_nothing(text: str) -> None:
    once = newsclean.clean(text, RULES).text
    twice = newsclean.clean(once, RULES).text
    assert twice == once


def _decisions(text: str, options: Options) -> list[tuple[str, str, str]]:
    return [(s.label.value, s.detector, s.reason) for s in newsclean.clean(text, options).segments]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines)
def test_second_pass_reuse_changes_no_decision(text: str) -> None:
    """The second pass reuses the first pass's line measurements and verdicts: same result as without."""
    from unittest import mock

    from newsclean.detectors.page import Page

    reused = [_decisions(text, o) for o in (RULES, Options(input_format="text"))]
    with mock.patch.object(Page, "subset", lambda *args: None):  # measure and detect everything again
        fresh = [_decisions(text, o) for o in (RULES, Options(input_format="text"))]
    assert reused == fresh


def _decisions_per_line_rules(text: str, options: Options, distinct: bool) -> list[tuple[str, str, str, float]]:
    """Decisions with the single-line rules run once per distinct line (or on every line)."""
    from unittest import mock

    from newsclean.detectors import rules

    share = -1.0 if distinct else 1.0  # -1: always pick the distinct lines; 1: never
    with mock.patch.object(rules, "REPEATED_SHARE", share):
        return [(s.label.value, s.detector, s.reason, s.score) for s in newsclean.clean(text, options).segments]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_lines, st.integers(min_value=1, max_value=3))
def test_repeated_lines_get_their_first_occurrences_verdicts(text: str, times: int) -> None:
    """Running the single-line rules once per distinct line changes no decision."""
    page = "\n\n".join([text] * times)
    for options in (RULES, Options(input_format="text")):
        assert _decisions_per_line_rules(page, options, True) == _decisions_per_line_rules(page, options, False)


def test_a_dump_of_one_page_twice_is_labelled_as_when_every_line_is_read(seed_text: str) -> None:
    dump = seed_text + "\n\n" + seed_text
    for options in (RULES, Options(input_format="text")):
        assert _decisions_per_line_rules(dump, options, True) == _decisions_per_line_rules(dump, options, False)


def test_second_pass_reuse_when_the_language_or_a_text_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept lines in another language than the page's (the byline rules run again), and a kept
    line ending in two CRs (read again without one: nothing is reused)."""
    from newsclean.detectors import rules
    from newsclean.detectors.page import Page

    english = "We use cookies and similar technologies to improve your experience of the website and for ads."
    german = [
        "Die Regierung hat am Montag in Berlin neue Pläne für die Bahn vorgestellt, sagte der Minister.",
        "Die Pläne sollen nach dem Sommer im Bundestag beraten werden, und die Länder wollen mitreden.",
        "Kritik kam von der Opposition, die mehr Geld für die Schiene und weniger für Straßen fordert.",
    ]
    seen: list[tuple[frozenset[str], frozenset[str]]] = []
    run = rules.detect_lines

    def spy(page_: Page, langs: frozenset[str], reuse: tuple[Page, list[int]] | None = None) -> None:
        if reuse is not None and reuse[0].line_verdicts is not None:
            seen.append((reuse[0].line_verdicts.langs, langs))
        run(page_, langs, reuse)

    for tail in ("", "\r\r"):
        page = "\n\n".join([english] * 12 + ["Neue Pläne für die Bahn", "Von Anna Müller"] + [g + tail for g in german])
        seen.clear()
        monkeypatch.setattr(rules, "detect_lines", spy)
        reused = _decisions(page, RULES)
        with monkeypatch.context() as m:
            m.setattr(Page, "subset", lambda *args: None)
            assert reused == _decisions(page, RULES)
        if tail:
            assert not seen  # a text changed: the page was measured again
        else:
            assert any(first != second for first, second in seen)  # the language changed
        monkeypatch.undo()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_result_or_a_clear_error(data: bytes) -> None:
    try:
        newsclean.clean(data, RULES)
    except newsclean.InputError as exc:
        assert str(exc) and "\n" not in str(exc)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_gives_a_result(text: str) -> None:
    try:
        newsclean.clean(text, RULES)
    except newsclean.InputError as exc:  # NUL characters
        assert "NUL" in str(exc)


def test_too_many_lines_is_a_clear_error() -> None:
    text = "\n".join(f"line {i}" for i in range(50))
    with pytest.raises(newsclean.InputError, match="over the limit"):
        newsclean.clean(text, Options(use_model=False, max_lines=10))
    assert newsclean.clean(text, Options(use_model=False, max_lines=0)) is not None


@pytest.mark.parametrize(("text", "refused"), [("a\n" * 10, False), ("a\n" * 10 + "b", True), ("a\n" * 11, True)])
def test_line_limit_counts_lines_as_split(text: str, refused: bool) -> None:
    """The limit is checked before the input is split, on the same count the splitter gives."""
    if refused:
        with pytest.raises(newsclean.InputError, match="11 lines"):
            newsclean.clean(text, Options(use_model=False, max_lines=10))
    else:
        assert newsclean.clean(text, Options(use_model=False, max_lines=10)) is not None


def test_the_shared_empty_verdict_list_stays_empty(seed_text: str) -> None:
    """Lines without verdicts share one empty list; a verdict never lands in it."""
    from newsclean.detectors.page import NO_VERDICTS

    for options in (RULES, Options(input_format="text")):
        newsclean.clean(seed_text + "\n\n" + seed_text, options)
        assert NO_VERDICTS == []


def test_repeated_lines_have_the_verdicts_of_every_line_read(seed_text: str) -> None:
    """Every line's verdicts (rule, label, score, in order) are the same whether the single-line
    rules read each distinct line once (repeats share its verdict list) or every line."""
    from unittest import mock

    from newsclean.detectors import rules
    from newsclean.pipeline import label_segments
    from newsclean.segments.text import segment_lines, split_lines

    dump = "\n\n".join([seed_text, "Share\nAdvertisement", seed_text, "Share"])
    found = []
    for share in (-1.0, 1.0):
        with mock.patch.object(rules, "REPEATED_SHARE", share):
            page = label_segments(segment_lines(split_lines(dump)), RULES)
        found.append([[(v.rule, v.label, v.score, v.match) for v in vs] for vs in page.verdicts])
    assert found[0] == found[1]
    assert any(len(vs) > 1 for vs in found[0])


def test_clean_decoded_is_clean_of_the_bytes() -> None:
    from newsclean.pipeline import clean_decoded, to_text

    data = (
        "Caf\u00e9 owners fear the rent rise\n\nBy Ana Lima\n\n"
        "Owners of the small caf\u00e9s on the square said on Monday that the new rents would close half of them by spring.\n"
    ).encode("utf-8")
    options = Options(use_model=False)
    whole = newsclean.clean(data, options)
    decoded = list(to_text(data, options))
    parted = clean_decoded(decoded, options)
    assert decoded == []  # emptied: the page's text is not held by the caller's list
    assert parted.segments == whole.segments
    assert parted.metadata == whole.metadata and parted.metadata["decoded"] == "utf-8"


POLISH_PAGE = """Strona główna
Wiadomości
Sport
Szukaj

Nowa linia tramwajowa w Borowie ruszy dopiero wiosną

Autor: Marta Zielińska
opublikowano 3 grudnia 2026, 08:15

Miejska spółka przewozowa poinformowała w poniedziałek, że pierwsze tramwaje nie pojadą nową trasą przed końcem marca.

Powodem opóźnienia są problemy z dostawą szyn, które miały dotrzeć do Borowa jeszcze we wrześniu, ale utknęły w porcie.

Czytaj także: Remont wiaduktu na Kolejowej potrwa do lata

– Rozumiemy rozczarowanie mieszkańców, jednak bezpieczeństwo jest dla nas najważniejsze – mówi rzecznik spółki Adam Wróbel.

REKLAMA

Radni opozycji zapowiadają, że na najbliższej sesji zażądają od prezydenta miasta szczegółowego harmonogramu prac.

Do czasu otwarcia linii mieszkańcy osiedla Zacisze będą mogli korzystać z dodatkowych autobusów, które kursują co dziesięć minut.

Najczęściej czytane
1. Pożar magazynu przy ulicy Fabrycznej
2. Nowe ceny biletów od stycznia
3. Festiwal światła wraca na Rynek

Udostępnij
Komentarze
"""


@pytest.mark.parametrize("use_model", [False, True])
def test_a_polish_article_keeps_its_paragraphs_around_an_ad_marker(use_model: bool) -> None:
    """Cue words of the page's language (here Polish) label the furniture, and the
    paragraphs after an in-article "REKLAMA" marker stay article text."""
    art = newsclean.clean(POLISH_PAGE, use_model=use_model)
    labels = {s.text: s.label for s in art.segments}
    assert art.metadata["language"] == "pl"
    assert labels["REKLAMA"] is Label.AD
    assert labels["Najczęściej czytane"] is Label.SIDEBAR
    assert labels["Czytaj także: Remont wiaduktu na Kolejowej potrwa do lata"] is Label.PROMO
    for line in POLISH_PAGE.splitlines():
        if len(line.split()) >= 12:
            assert labels[line] is Label.BODY, line
    assert art.headline == "Nowa linia tramwajowa w Borowie ruszy dopiero wiosną"


def test_gc_paused_restores_the_collector_and_nests() -> None:
    import gc

    from newsclean.pipeline import gc_paused

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause leaves it to the outer one
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()  # back on after an error too
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a collector that was off stays off
    finally:
        gc.enable()


def test_cleaning_with_the_model_leaves_the_collector_on(seed_text: str) -> None:
    import gc

    assert gc.isenabled()
    newsclean.clean(seed_text)
    assert gc.isenabled()
