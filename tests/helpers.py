"""Small builders shared by the unit tests (importable because tests/ holds conftest.py).

``page_of`` gives the detector view of a list of lines, exactly as the pipeline
builds it (one segment per non-blank line, blank lines remembered); ``detected``
runs every line rule on such a page; ``run_line`` runs one detector on one line;
``labels_of`` / ``label_map`` run the whole pipeline, rules only, on a text dump;
``article`` builds an invented article page in en/de/es/fr/pt.
"""

from __future__ import annotations

from collections.abc import Callable

import newsclean
from newsclean.detectors import rules
from newsclean.detectors.page import Page
from newsclean.segments.text import segment_lines, split_lines
from newsclean.types import Article, Label, Options, Verdict

#: rules only, text input: deterministic whatever model ships with the package
RULES_ONLY = Options(use_model=False, input_format="text")


def page_of(lines: list[str], lang: str = "en") -> Page:
    """The detector view of ``lines`` ("" is a blank line, i.e. a paragraph break)."""
    return Page.of(segment_lines(lines), lang)


def page_of_text(text: str, lang: str = "en") -> Page:
    """The detector view of a text dump (split into lines as the pipeline does)."""
    return Page.of(segment_lines(split_lines(text)), lang)


def detected(text: str | list[str], lang: str = "en") -> Page:
    """A page (text dump or list of lines) after every line rule has run (first pass)."""
    page = page_of_text(text, lang) if isinstance(text, str) else page_of(text, lang)
    rules.detect_lines(page, langs_for(lang))
    return page


def index_of(page: Page, text: str) -> int:
    """Index of the (first) segment whose stripped text is ``text``."""
    for i, seg in enumerate(page.segments):
        if seg.text.strip() == text:
            return i
    raise AssertionError(f"no segment {text!r} on the page")


def langs_for(lang: str) -> frozenset[str]:
    """The language set the pipeline hands the byline detector for a page in ``lang``."""
    return frozenset({"en", lang, "all"})


def verdicts_of(page: Page, text: str) -> list[Verdict]:
    """Every verdict on the (first) segment whose stripped text is ``text``."""
    return page.verdicts[index_of(page, text)]


def rules_of(page: Page, text: str) -> list[str]:
    return [v.rule for v in verdicts_of(page, text)]


def run_line(
    detect: Callable[[Page, frozenset[str]], None],
    line: str,
    lang: str = "en",
    langs: frozenset[str] | None = None,
) -> list[Verdict]:
    """Run one line detector on a page of one line; return that line's verdicts."""
    page = page_of([line], lang)
    detect(page, langs if langs is not None else langs_for(lang))
    return page.verdicts[0]


def rule_of(verdicts: list[Verdict], label: Label) -> str | None:
    """The rule name of the first verdict with ``label`` (None when there is none)."""
    for v in verdicts:
        if v.label is label:
            return v.rule
    return None


def clean(text: str) -> Article:
    return newsclean.clean(text, RULES_ONLY)


def labels_of(text: str) -> list[tuple[str, Label, str]]:
    """``(text, label, reason)`` of every segment of ``text`` run through the pipeline, rules only."""
    return [(s.text, s.label, s.reason) for s in clean(text).segments]


def label_map(text: str) -> dict[str, Label]:
    """Segment text (stripped) → label; texts must be unique on the test page."""
    out: dict[str, Label] = {}
    for s in clean(text).segments:
        key = s.text.strip()
        assert key not in out, f"duplicate line {key!r}: use labels_of()"
        out[key] = s.label
    return out


def reason_of(text: str, line: str) -> str:
    for s in clean(text).segments:
        if s.text.strip() == line:
            return s.reason
    raise AssertionError(f"no segment {line!r}")


def page_text(*blocks: str) -> str:
    """Join blocks with blank lines (a paragraph break between every block)."""
    return "\n\n".join(blocks) + "\n"


#: invented article text per language: a headline and four paragraphs of prose
HEADLINES: dict[str, str] = {
    "en": "Harbour town votes to rebuild its flooded sea wall",
    "de": "Hafenstadt stimmt für den Wiederaufbau der Ufermauer",
    "es": "El pueblo del puerto aprueba reconstruir el dique inundado",
    "fr": "La ville portuaire vote la reconstruction de sa digue",
    "pt": "Cidade portuária aprova a reconstrução do paredão destruído",
}

PARAGRAPHS: dict[str, list[str]] = {
    "en": [
        "The harbour town of Westmere voted on Tuesday to rebuild the sea wall that collapsed during last winter's storms, ending months of argument over who should pay for the work.",
        "Council members approved the plan by nine votes to two after a long evening session in the town hall, where more than two hundred residents had gathered to watch the debate.",
        "The new wall will be built in three stages, starting with the stretch that protects the fish market and the lifeboat station, officials said on Wednesday.",
        "Engineers expect the first stage to be finished before the autumn storms, although they warned that a wet summer could delay the concrete work by several weeks.",
    ],
    "de": [
        "Die Hafenstadt Westmere hat am Dienstag beschlossen, die im Winter eingestürzte Ufermauer wieder aufzubauen, und damit einen monatelangen Streit über die Kosten beendet.",
        "Der Stadtrat stimmte nach einer langen Sitzung im Rathaus mit neun zu zwei Stimmen für den Plan, während mehr als zweihundert Bürger die Debatte verfolgten.",
        "Die neue Mauer soll in drei Abschnitten gebaut werden, zuerst an dem Stück, das den Fischmarkt und die Station der Seenotretter schützt, sagte ein Sprecher der Stadt.",
        "Die Ingenieure rechnen damit, dass der erste Abschnitt noch vor den Herbststürmen fertig wird, auch wenn ein nasser Sommer die Arbeiten um einige Wochen verzögern könnte.",
    ],
    "es": [
        "El pueblo costero de Westmere aprobó el martes reconstruir el dique que se derrumbó durante los temporales del invierno, y puso fin a meses de discusión sobre quién debe pagar la obra.",
        "Los concejales aprobaron el plan por nueve votos contra dos tras una larga sesión en el ayuntamiento, donde más de doscientos vecinos se reunieron para seguir el debate.",
        "El nuevo dique se construirá en tres fases, empezando por el tramo que protege el mercado de pescado y la estación de salvamento, según explicaron los técnicos municipales.",
        "Los ingenieros esperan terminar la primera fase antes de los temporales del otoño, aunque advirtieron de que un verano lluvioso podría retrasar las obras varias semanas.",
    ],
    "fr": [
        "La ville portuaire de Westmere a voté mardi la reconstruction de la digue qui s'est effondrée pendant les tempêtes de l'hiver, mettant fin à des mois de dispute sur le financement des travaux.",
        "Les élus ont approuvé le projet par neuf voix contre deux après une longue séance à la mairie, où plus de deux cents habitants étaient venus suivre le débat.",
        "La nouvelle digue sera construite en trois étapes, en commençant par la partie qui protège le marché aux poissons et la station de sauvetage, selon les services de la ville.",
        "Les ingénieurs espèrent terminer la première étape avant les tempêtes de l'automne, mais ils préviennent qu'un été pluvieux pourrait retarder le chantier de plusieurs semaines.",
    ],
    "pt": [
        "A cidade portuária de Westmere aprovou na terça-feira a reconstrução do paredão que desabou durante as tempestades do inverno, pondo fim a meses de discussão sobre quem deve pagar a obra.",
        "Os vereadores aprovaram o plano por nove votos a dois depois de uma longa sessão na câmara, onde mais de duzentos moradores se reuniram para acompanhar o debate.",
        "O novo paredão será construído em três fases, começando pelo trecho que protege o mercado de peixe e a estação de salvamento, segundo os técnicos da prefeitura.",
        "Os engenheiros esperam terminar a primeira fase antes das tempestades do outono, embora tenham avisado que um verão chuvoso pode atrasar as obras em algumas semanas.",
    ],
}


def article(
    lang: str = "en",
    *,
    top: tuple[str, ...] = (),
    middle: tuple[str, ...] = (),
    before: tuple[str, ...] = (),
    after: tuple[str, ...] = (),
) -> str:
    """An invented article page in ``lang``, every line its own paragraph.

    ``before`` comes above the headline, ``top`` between the headline and the
    first paragraph, ``middle`` between the second and third paragraphs and
    ``after`` under the last one.
    """
    p = PARAGRAPHS[lang]
    return page_text(*before, HEADLINES[lang], *top, p[0], p[1], *middle, p[2], p[3], *after)
