"""byline: who wrote the article and when (newsclean.detectors.rules.byline)."""

from __future__ import annotations

import pytest

from helpers import (
    HEADLINES,
    PARAGRAPHS,
    article,
    detected,
    index_of,
    label_map,
    page_text,
    rule_of,
    rules_of,
    run_line,
)
from newsclean.decision.span import find_article
from newsclean.detectors.page import Page
from newsclean.detectors.rules import byline, detect_in_context
from newsclean.types import Label


def byline_rule(line: str, lang: str = "en") -> str | None:
    return rule_of(run_line(byline.detect, line, lang), Label.BYLINE)


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        ("BY Jane Roe", "en", "byline.by_name[en]"),
        ("Door onze verslaggever Niels Brandsma", "nl", "byline.by_name[nl]"),
        ("Von unserem Gerichtsreporter Holger Mattes", "de", "byline.by_name[de]"),
        ("Obituary by Ewan Sinclair", "en", "byline.by_name[en]"),
        ("Live reporting by Priya Ramaswamy, Ólafur Steinsson and Dan Whitcombe", "en", "byline.by_name[en]"),
        ("By JANE ROE and John Doe", "en", "byline.by_name[en]"),
        ("By Jane Roe and John Doe, Reuters", "en", "byline.by_name[en]"),
        ("By Jane Roe, Staff Writer", "en", "byline.by_name[en]"),
        # HTML spans of a byline block joined by a space: a date or a time right after the name
        ("Door Sanne de Wit vandaag, 14:05 Aangepast vandaag, 16:20", "nl", "byline.by_name[nl]"),
        ("By Maeve Brennock October 14, 2025", "en", "byline.by_name[en]"),
        ("By Jane Roe | Updated: Oct 20, 2024 09:14 IST", "en", "byline.by_name[en]"),
        ("Written by Jane Roe", "en", "byline.by_name[en]"),
        ("Column by Grant Te Whare", "en", "byline.by_name[en]"),
        # a second role's "By" words right after the name, no separator
        ("Written by Chloe Tran Reviewed by Mark Ellison", "en", "byline.by_name[en]"),
        ("Von Anna Müller", "de", "byline.by_name[de]"),
        ("Von Anna Müller und Jonas Weber", "de", "byline.by_name[de]"),
        ("Por María García", "es", "byline.by_name[es]"),
        ("Par Claire Martin", "fr", "byline.by_name[fr]"),
        ("Por João Silva", "pt", "byline.by_name[pt]"),
        ("Eine Kritik von Konstantin Weyrauch", "de", "byline.by_name[de]"),
        ("Röportaj: Deniz Arslan", "tr", "byline.by_name[tr]"),
        # a "By" word that ends in a full stop, as the line's first word is read without it
        ("Oprac. Paweł Gąsienica, dyżurny GOPR", "pl", "byline.by_name[pl]"),
        # the compiler's line in full, with the agency and the date after it
        ("Opracowanie: Magdalena Wróbel Źródło: PAP 7 grudnia 2026, 09:47", "pl", "byline.by_name[pl]"),
    ],
)
def test_by_name(line: str, lang: str, rule: str) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Jane Roe, Staff Writer", "byline.name_role"),
        ("Jane Roe | Reuters", "byline.name_role"),
        ("Anna Müller, Korrespondentin", "byline.name_role"),
        ("PTI", "byline.agency"),
        ("(AP)", "byline.agency"),
        ("— PTI", "byline.agency"),
        ("dpa", "byline.agency"),
        ("EFE", "byline.agency"),
        ("AFP", "byline.agency"),
        ("Lusa", "byline.agency"),
        # a wire agency credited after a capitalised "With": "(Avec AIP)", "With AFP"
        ("(Avec AIP)", "byline.agency"),
        ("With AFP", "byline.agency"),
        ("(ATS)", "byline.agency"),
        ("5 min read", "byline.read_time"),
        ("Lesezeit: 4 Min.", "byline.read_time"),
        ("Reporting by Tom Field; Editing by Ann Lee", "byline.credits"),
        ("Research by Tom Field and Ann Lee", "byline.credits"),
        ("With reports from Tom Field", "byline.credits"),
        ("— with a report from Jerome Salcedo", "byline.credits"),
        ("12 March 2025", "byline.date_only"),
        ("Tuesday 4 March 2025 09.14 GMT", "byline.date_only"),
        # the date and the section's name joined by "&"
        ("Dec 6, 2026 - Politics & Policy", "byline.date_only"),
        ("Jane Roe is a senior reporter covering courts and crime in the capital.", "byline.bio"),
        ("jroe@westmeregazette.example", "byline.credits"),
        ("jroe@westmeregazette.example | 01632 960 155", "byline.credits"),
        ("@janeroe_news", "byline.credits"),
        ("Associated Press writer Tom Field in Ashby contributed reporting.", "byline.credits"),
        ("Media Contact:", "byline.credits"),
        ("For media enquiries, contact the Halbury Borough Council press office on 01632 960 214.", "byline.credits"),
        ("For media queries, please contact:", "byline.credits"),
        ("Contact presse :", "byline.credits"),
        ("About the author", "byline.credits"),
        ("About the author: Jane Roe taught in Westmere schools for 32 years.", "byline.credits"),
        ("Words: Callum Brayshaw", "byline.credits"),
        ("Text: Isla Munro-Kerr", "byline.credits"),
        ("Words: Staff reporter", "byline.credits"),
        ("Contributing: Marcus Bell, Millbrook Courier; Dana Ruiz, USA TODAY", "byline.credits"),
        ("Forecaster: Bethany Quill", "byline.credits"),
        ("Commentary: Niamh Keane at Ballinagh Park", "byline.credits"),
        ("Relu par le Dr Olivier Tessier, rhumatologue", "byline.credits"),
        ("Medizinisch geprüft von Dr. Kai Sörensen, Allgemeinmediziner", "byline.credits"),
        ("Redacción Antioquia", "byline.credits"),
        ("Journaliste au service Entreprises", "byline.credits"),
        ("Enviado especial a Valverde", "byline.credits"),
        ("Author: Duty Chief Meteorologist", "byline.credits"),
        ("Produced by Niamh Kettering. Edited by Joss Albrecht.", "byline.credits"),
        ("Press enquiries: communications@thornbury.gov.example", "byline.credits"),
        ("— Fiona Adebayo, deputy editor", "byline.credits"),
        ("(kao, APA)", "byline.credits"),
        ("(lzb/sda)", "byline.credits"),
        ("Text und Fotos: Andrea Huber", "byline.credits"),
        ("Texto y fotos: Marta Ruiz", "byline.credits"),
        # a republished article's source
        (
            "This story was originally published by the Tollgate Weekly and is republished with permission.",
            "byline.credits",
        ),
        ("This article first appeared on the Marsh Lane Courier, a partner title.", "byline.credits"),
        ("Originally published on fenwickpost.example on 3 May 2026.", "byline.credits"),
        ("Dieser Artikel erschien zuerst im Elbtaler Boten.", "byline.credits"),
        ("L’articolo è stato pubblicato originariamente sul Corriere di Vallebruna.", "byline.credits"),
        ("Cet article a d'abord été publié dans La Gazette du Causse.", "byline.credits"),
        # a blog post's author line, in the Nordic languages, Dutch, Polish, German
        ("Skrevet af Mette Holm den 3. december 2026 kl. 16.20", "byline.credits"),
        ("Publicerad av Lars Berg", "byline.credits"),
        ("Geschreven door Anouk Smit op 12 mei 2026", "byline.credits"),
        ("Dodane przez Annę Nowak", "byline.credits"),
        ("5 mins to read", "byline.read_time"),
        ("Carla Wendtland berichtet als Korrespondentin aus dem Hauptstadtbüro.", "byline.bio"),
        # a live entry's meta line: a clock time and the author's name
        ("12:55 Uhr Jonas Hagedorn", "byline.name_time"),
        ("Jonas Hagedorn 12:55", "byline.name_time"),
    ],
)
def test_other_byline_rules(line: str, rule: str) -> None:
    assert byline_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        ("Updated: Oct 20, 2024 09:14 IST", "en", "byline.date[en]"),
        ("date 2024-10-20 International", "en", "byline.date[en]"),
        ("Published 3 hours ago", "en", "byline.date[en]"),
        ("Aktualisiert am 12.03.2025, 14:05 Uhr", "de", "byline.date[de]"),
        # Swiss and Austrian sites: "Publiziert: 17.06.2027, 20:41 Uhr"
        ("Publiziert: 17.06.2027, 20:41 Uhr", "de", "byline.date[de]"),
        ("Actualizado el 12 de marzo de 2025", "es", "byline.date[es]"),
        ("Publié le 12 mars 2025 à 14h05", "fr", "byline.date[fr]"),
        ("Atualizado em 12/03/2025 14h05", "pt", "byline.date[pt]"),
        ("Dodano: 22.02.2027, 18:05", "pl", "byline.date[pl]"),
        # the date line and the "By" line on one row, the by-line last past a "|"
        ("Jueves 6 de marzo de 2025 | 08:15 hs. | Por Marcelo Krause", "es", "byline.date_by"),
        ("6 March 2025 | By Jane Roe", "en", "byline.date_by"),
        # no "|": a WordPress theme's posted-on and by-line spans run together
        ("June 9, 2025 by Mara Kearney", "en", "byline.date_by"),
    ],
)
def test_date_lines(line: str, lang: str, rule: str) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # hard negatives: "By" opens no name, or no date before the "|"
        ("Saturday 7 June | By the river, the fair opens", "en"),
        ("Market Square | By Jane Roe", "en"),
        # no "|": a mark between the date and the by-word (a teaser's meta), or a sentence
        ("Feb 24, 2027 · By Jane Roe", "en"),
        ("On June 9, 2025 by noon the river had risen", "en"),
    ],
)
def test_a_date_then_by_row_needs_a_date_and_a_name(line: str, lang: str) -> None:
    assert byline_rule(line, lang) != "byline.date_by"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("By the time the police arrived, the crowd had already gone home.", "en"),
        ("Live coverage by the BBC was criticised by the regulator on Monday.", "en"),
        ("By Tuesday evening the river had risen above the old stone wall.", "en"),
        ("By contrast, the northern districts saw almost no rain at all.", "en"),
        ("By April the plan was dead.", "en"),
        ("By Christmas", "en"),
        ("By 2030 the town wants 40 percent of its buses to be electric.", "en"),
        ("By Tuesday 5 people had signed up for the course.", "en"),
        ("By noon, hundreds had gathered outside the court.", "en"),
        ("Reuters reported on Monday that the deal was close.", "en"),
        ("Jane Roe, the mayor's spokeswoman, said the wall would be rebuilt.", "en"),
        ("(AP) — The town council voted on Tuesday to rebuild the sea wall.", "en"),
        ("Von Anfang an war klar, dass der Plan nicht aufgehen würde.", "de"),
        ("Von unserem Büro am Markt aus sieht man die Baustelle, sagte die Wirtin.", "de"),
        ("About the new ferry, residents were divided at the meeting on Tuesday.", "en"),
        ("Press officers said the statement would follow on Friday.", "en"),
        ("Produced by hand in a shed behind the pub, the cider sells out every autumn.", "en"),
        ("The choir closed the service with a verse written by a parishioner.", "en"),
        ("Von Anfang an", "de"),
        ("Skrevet af frivillige i klubben blev regnskabet godkendt uden bemærkninger.", "da"),
        ("Geschreven door een onbekende dichter, hangt het gedicht nu in het stadhuis.", "nl"),
        ("Por su parte, el ministro dijo que la reforma llegará en primavera.", "es"),
        ("Par ailleurs, la ville prévoit de rouvrir le pont en juin.", "fr"),
        ("Por outro lado, o governo disse que vai rever o plano.", "pt"),
        ("South Korea", "en"),
        ("“No.”", "en"),
        ("Champions League 2025", "en"),
        ("Storm Brodie 10:30 warning", "en"),
        ("For media enquiries the council said it had no comment to make on the 2026 budget.", "en"),
        (
            "— with reports from the coroner and the police still to come, the inquest was adjourned until the spring of next year.",
            "en",
        ),
    ],
)
def test_hard_negatives_get_no_byline(line: str, lang: str) -> None:
    assert run_line(byline.detect, line, lang) == []


def test_name_cues_are_limited_to_the_page_language_and_english() -> None:
    # "Por", "Von", "Par" are common words elsewhere: only the page's own language uses them
    assert byline_rule("Von Anna Müller", lang="en") is None
    assert byline_rule("Por María García", lang="de") is None
    assert byline_rule("Von Anna Müller", lang="de") == "byline.by_name[de]"
    # English is always on
    assert byline_rule("By Jane Roe", lang="fr") == "byline.by_name[en]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday 4 March 2025 09.14 GMT", True),
        ("12.03.2025, 14:05 Uhr", True),
        ("Oct 20, 2024", True),
        ("12 March 2025", True),
        ("2024 2025", False),  # numbers alone: no month, weekday, clock or full date
        # an end date is how long a show runs: "Dunholm Gallery, until 18 January"
        ("until 18 January", False),
        ("bis 28. Juni", False),
        ("Fino al 22 giugno 2025", False),
        # a numbered step of the story that ends in a date is no date line; a day's number then a month is
        ("3. Entregar até 15 de janeiro.", False),
        ("3. Dezember 2026, 10:15", True),
        ("12. marts 2026 kl. 14:05", True),
        # the date then the reading time, minutes in Italian; minutes of waiting in a sentence are no date
        ("7 dicembre 2026 · 5 minuti di lettura", True),
        ("Dopo 5 minuti di attesa il treno è ripartito verso Milano", False),
        ("18 January", True),
        ("Turnout rose to 54% in March", False),
        # a period's two ends are a fact of the story (a deadline, a festival's days), no date line
        ("Solicitudes del 12 de enero al 13 de marzo de 2027", False),
        ("du 3 au 5 mars 2027", False),
        ("vom 3. bis 5. März", False),
        ("Published 3 March 2025 - updated 4 March 2025", True),  # two dates, no period's word between
        ("5 de diciembre de 2026 a las 18:12", True),
        # a short sentence that ends on a month's name names a date; an abbreviated month closes a date line
        ("Abgestimmt wird am 17. Dezember.", False),
        ("Mis à jour le 8 déc.", True),
        ("Aktualisiert am 17. Dezember", True),
        ("", False),
    ],
)
def test_is_date_line(text: str, expected: bool) -> None:
    assert byline.is_date_line(text, len(text.split())) is expected


RELATIVE_DATE_BUG = (
    "relative dates are never date lines: 'ago', 'vor', 'hace', 'há' are in byline._DATE_SMALL, which "
    "is_date_line() tests first, so its 'strong' branch for them is unreachable; detect() also only calls "
    "is_date_line() for lines with a clock, full date, month or weekday"
)


@pytest.mark.parametrize(
    "text", ["3 hours ago", "vor 3 Stunden", "hace 2 horas", "Il y a 3 heures", "il y a 4 h", "3 ore fa"]
)
def test_relative_time_is_a_date_line(text: str) -> None:
    assert byline.is_date_line(text, len(text.split()))


def test_relative_time_in_the_byline_block_is_byline() -> None:
    labels = label_map(article("en", top=("By Jane Roe", "3 hours ago")))
    assert labels["3 hours ago"] is Label.BYLINE


@pytest.mark.parametrize(("line", "lang"), [("Il y a 2 heures", "fr"), ("3 ore fa", "it")])
def test_french_and_italian_relative_times_are_date_lines(line: str, lang: str) -> None:
    assert byline_rule(line, lang) == "byline.date_only"


@pytest.mark.parametrize(
    "text", ["Lørdag 2. maj 2026 kl. 06.00", "12. marts 2026", "3 augusti 2026", "1. desember 2026", "2 maj"]
)
def test_scandinavian_month_names_make_date_lines(text: str) -> None:
    assert byline.is_date_line(text, len(text.split()))


def test_a_sentence_with_a_scandinavian_month_is_no_date_line() -> None:
    """Hard negative: a story's sentence naming a month."""
    text = "Kommunen vedtog planen den 12. marts 2026 efter en lang debat i byrådet."
    assert not byline.is_date_line(text, len(text.split()))


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        (
            "Rückfragen: Marketing Bergbahnen Zirmtal, Tel. +43 5287 60 100, presse@zirmtal.example",
            "de",
            "byline.credits",
        ),
        ("Rückfragehinweis: Anna Roe, Tel. 0664 123 45 67", "de", "byline.credits"),
        ("Demandes des médias : Service de presse, 01 23 45 67 89", "fr", "byline.credits"),
        # the same label over a sentence of the story, with no address or number
        ("Consultas de prensa: la universidad atenderá a los medios el lunes.", "es", None),
        ("Rückfragen: keine.", "de", None),
    ],
)
def test_a_press_contact_for_questions_is_a_credit(line: str, lang: str, rule: str | None) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        ("Há 3 horas · Atualizado há 40 minutos", "pt", "byline.date_only"),
        ("2 hours ago · Updated 40 minutes ago", "en", "byline.date_only"),
        # a sentence of the story with a relative time in it
        ("Há 3 anos a família deixou a aldeia por causa da seca.", "pt", None),
    ],
)
def test_a_relative_date_with_its_update_is_a_date_line(line: str, lang: str, rule: str | None) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    "line", ["Il y a une semaine, le maire a signé.", "Il y a 30 ans, la ville comptait 4 000 habitants."]
)
def test_a_sentence_or_years_ago_is_no_relative_time_line(line: str) -> None:
    """Hard negatives: "Il y a ..." opening a sentence of the story."""
    assert byline_rule(line, "fr") is None


def test_bare_name_next_to_the_headline_and_role_under_it() -> None:
    page = detected(
        [
            "Harbour town votes to rebuild its sea wall",
            "",
            "Jane Roe",
            "Senior Editor",
            "",
            PARAGRAPHS["en"][0],
            "",
            PARAGRAPHS["en"][1],
        ]
    )
    # a bare name (and a job title) says nothing on its own: it needs the article's position
    assert rules_of(page, "Jane Roe") == [] and rules_of(page, "Senior Editor") == []
    byline.detect_bare_names(page, headline=0, first_body=index_of(page, PARAGRAPHS["en"][0]))
    assert rules_of(page, "Jane Roe") == ["byline.bare_name"]
    assert rules_of(page, "Senior Editor") == ["byline.role_under_name"]


def test_bare_name_far_from_the_headline_is_not_a_byline() -> None:
    filler = [f"Short line number {n}" for n in range(8)]
    page = detected(["Harbour town votes to rebuild its sea wall", *filler, "Jane Roe", PARAGRAPHS["en"][0]])
    byline.detect_bare_names(page, headline=0, first_body=index_of(page, PARAGRAPHS["en"][0]))
    assert rules_of(page, "Jane Roe") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Roe", True),
        ("Owen Tremblay and Kezia Lam", True),
        # a title in lower case before the name: a priest, a doctor
        ("ks. Tomasz Wielgus", True),
        ("dr Anna Kos", True),
        ("ks. proboszcz z Jodłowej Woli", False),
        ("Jane", False),
        ("South Korea 2025", False),
        ("What happens next", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    page = detected([text])
    assert byline.looks_like_name(page, 0) is expected


def test_sentence_opening_with_a_date_verb_is_not_a_date_line() -> None:
    assert run_line(byline.detect, "Issued in June, the bonds sold out within hours.", "en") == []
    line = "Publiziert wurde die Studie am 3. März 2027 in einer Fachzeitschrift aus den USA."
    assert run_line(byline.detect, line, "de") == []


@pytest.mark.parametrize(
    "line",
    [
        "She was a member of the council for twenty years before she became mayor.",
        "It was the first time a director had resigned.",
        # a role word inside a longer word ("remember") is no role
        "The Canal Street Market Hall is back, and it's better than you remember",
    ],
)
def test_ordinary_sentence_with_a_role_word_is_not_a_bio(line: str) -> None:
    # a pronoun or any capitalised word is no author name
    assert run_line(byline.detect, line, "en") == []


def test_by_name_with_a_place() -> None:
    assert byline_rule("By Jane Roe in London") == "byline.by_name[en]"


# ----------------------------------------------------------------- pipeline


@pytest.mark.parametrize(
    ("lang", "top"),
    [
        ("en", ("BY Jane Roe", "Updated: Oct 20, 2024 09:14 IST")),
        ("en", ("Jane Roe, Staff Writer", "5 min read")),
        ("de", ("Von Anna Müller", "Aktualisiert am 12.03.2025, 14:05 Uhr")),
        ("es", ("Por María García", "EFE")),
        ("fr", ("Par Claire Martin", "Publié le 12 mars 2025 à 14h05")),
        ("pt", ("Por João Silva", "Atualizado em 12/03/2025 14h05")),
    ],
)
def test_the_articles_byline_block_is_byline(lang: str, top: tuple[str, ...]) -> None:
    labels = label_map(article(lang, top=top))
    assert labels[HEADLINES[lang]] is Label.HEADLINE
    for line in top:
        assert labels[line] is Label.BYLINE, line
    assert all(labels[p] is Label.BODY for p in PARAGRAPHS[lang])


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "By the time the police arrived, the crowd had already gone home."),
        ("en", "By Tuesday evening the river had risen above the old stone wall."),
        ("en", "By contrast, the northern districts saw almost no rain at all."),
        ("de", "Von Anfang an war klar, dass der Plan nicht aufgehen würde."),
        ("es", "Por su parte, el ministro dijo que la reforma llegará en primavera."),
        ("fr", "Par ailleurs, la ville prévoit de rouvrir le pont en juin."),
    ],
)
def test_hard_negatives_stay_body_inside_the_article(lang: str, line: str) -> None:
    assert label_map(article(lang, middle=(line,)))[line] is Label.BODY


def test_agency_sign_off_after_the_last_paragraph_is_byline() -> None:
    labels = label_map(article("en", after=("(AP)",)))
    assert labels["(AP)"] is Label.BYLINE


def test_date_line_with_section_above_the_headline_is_byline() -> None:
    text = page_text("date 2024-10-20 International", HEADLINES["en"], *PARAGRAPHS["en"])
    labels = label_map(text)
    assert labels["date 2024-10-20 International"] is Label.BYLINE
    assert labels[HEADLINES["en"]] is Label.HEADLINE


@pytest.mark.parametrize("line", ["SAP // JMR", "dpa/AFP/bb", "Lusa/Fim", "cor-ppy/mdm/dch", "kh-jm", "AB-CD"])
def test_editors_initials_closing_a_wire_story_are_a_byline(line: str) -> None:
    assert byline_rule(line) == "byline.agency"


def test_a_sentence_opening_with_an_agency_is_no_agency_line() -> None:
    assert byline_rule("Avec AIP, la ministre a signé la convention lundi à Abidjan.") != "byline.agency"


@pytest.mark.parametrize("line", ["Half-time", "Line-ups", "Kick-off", "Haut-Pays", "Sci-Tech"])
def test_a_capitalised_compound_is_no_sign_off(line: str) -> None:
    """Hard negatives: a live blog's "Half-time", a fact box's "Line-ups", a section's name."""
    assert byline_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Ewan Doherty | Crime Correspondent",
        "Priya Castellano, Transport Correspondent",
        "Dana Okafor | Transportation reporter",
    ],
)
def test_name_and_a_role_after_a_beat(line: str) -> None:
    """The role may follow a beat's capitalised words ("Crime Correspondent")."""
    assert byline_rule(line) == "byline.name_role"


@pytest.mark.parametrize(
    "line",
    [
        "(siehe Karte/oben)",  # brackets, no agency
        "Text und Fotos: Die Ausstellung zeigt Briefe und Bilder aus dem Krieg.",  # a sentence, no name
    ],
)
def test_a_bracket_or_a_sentence_after_text_and_photos_is_no_credit(line: str) -> None:
    assert byline_rule(line, "de") is None


@pytest.mark.parametrize(
    "line",
    [
        "Jane Roe, who met the reporter on Friday",
        "Jane Roe, since then a reporter",
    ],
)
def test_a_clause_about_a_reporter_is_no_name_role(line: str) -> None:
    """Hard negative: lower-case words between the name and the role are a clause, no beat."""
    assert byline_rule(line) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Par la rédaction", "fr"),
        ("Por la Redacción", "es"),
        ("Da redação, com Letícia Albuquerque e Renan Takeda", "pt"),
        ("a cura della redazione", "it"),
        ("Door de redactie", "nl"),
        # a press office as the author
        ("A cura dell'Ufficio comunicazione", "it"),
        ("Door de persdienst van de provincie", "nl"),
        ("Por el Servicio de Prensa del Ayuntamiento", "es"),
        ("Von der Pressestelle der Stadt Lindau", "de"),
    ],
)
def test_the_newsroom_as_the_author(line: str, lang: str) -> None:
    assert byline_rule(line, lang) is not None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Par la rédaction, nous avons décidé de publier ce texte sans coupes.", "fr"),
        ("By the newsroom's count, 40 people came to the meeting.", "en"),
        ("Por la redacción pasaron ayer tres ministros.", "es"),
        ("A cura dell'Ufficio comunicazione sarà la nuova campagna. Lo ha detto il sindaco.", "it"),
        ("Dodano do tego trzy nowe kursy autobusów w sobotę.", "pl"),
        # a sentence about a study, no credit ("Research by Jane Roe" is one)
        ("Research by the University of Eastmoor found that first-time voters keep voting.", "en"),
    ],
)
def test_a_sentence_about_the_newsroom_is_no_byline(line: str, lang: str) -> None:
    """Hard negatives: the newsroom words opening a sentence of the story."""
    assert byline_rule(line, lang) is None


def _bare_names(lines: list[str], lang: str = "en") -> dict[str, list[str]]:
    page = detected([lines[0], *lines[1:], PARAGRAPHS["en"][0], PARAGRAPHS["en"][1]], lang)
    byline.detect_bare_names(page, headline=0, first_body=1)
    return {line: rules_of(page, line) for line in lines[1:]}


def test_name_and_place_next_to_a_date_line() -> None:
    """ "Lucía Herrero | Madrid" under the standfirst, above the date line."""
    found = _bare_names(
        [
            "Sanidad obligará a publicar las listas de espera",
            "El real decreto fija un formato común para todas las comunidades autónomas del país.",
            "Lucía Herrero | Madrid",
            "14 nov 2025 - 10:32 CET",
        ],
        "es",
    )
    assert found["Lucía Herrero | Madrid"] == ["byline.name_place"]


def test_place_under_a_bare_name_above_a_date_line() -> None:
    found = _bare_names(
        [
            "Los regantes recibirán la mitad del agua",
            "La confederación limita el riego a 3.000 metros cúbicos por hectárea este año.",
            "Manuel Rosado",
            "Villar del Río",
            "Actualizado 14/04/2027 - 20:15",
        ],
        "es",
    )
    assert found["Manuel Rosado"] == ["byline.bare_name"]
    assert found["Villar del Río"] == ["byline.place_under_name"]


def test_a_bare_name_over_its_follow_button_and_the_date() -> None:
    """An app's byline block: the name, the author's Follow button, the date."""
    found = _bare_names(
        [
            "Kerry farmers vow to fight greenway land orders",
            "The council says the route will bring 60,000 visitors a year.",
            "Aoife Dunleavy",
            "Follow",
            "Today at 07:45",
        ]
    )
    assert found["Aoife Dunleavy"] == ["byline.bare_name"]


def test_names_in_a_programme_are_no_byline() -> None:
    """Hard negative: a list of names under a date (a festival's programme) is the story's."""
    found = _bare_names(
        [
            "Festival des Arts de la rue : le programme complet",
            "Trente compagnies, quatre places et une règle : tout est gratuit cette année encore.",
            "Vendredi 26 juin 2026",
            "Compagnie Haut-Perchés",
            "Les Funambules du Nord",
            "Théâtre de la Lanterne",
        ],
        "fr",
    )
    assert found["Compagnie Haut-Perchés"] == []
    assert found["Théâtre de la Lanterne"] == []


@pytest.mark.parametrize(
    "line", ["Sailing | Leaves Brackwater", "Harbour Road | Closed until May", "THE MERIDIAN STAR | Kenya"]
)
def test_pipes_that_are_no_name_and_place(line: str) -> None:
    """Hard negatives: a table's header, a road's status, a masthead in capitals."""
    found = _bare_names(
        [
            "Ferry cancelled for a fortnight",
            "The only car ferry is out of service for two weeks, the operator said.",
            line,
            "12 March 2025",
        ]
    )
    assert found[line] == []


def test_an_article_opens_no_bare_name() -> None:
    """Hard negative: "Die Eckdaten" (capitalised nouns) next to a date line."""
    page = detected(["Neue Buslinie ab Montag", "Die Eckdaten", "12.03.2025", PARAGRAPHS["de"][0]], "de")
    byline.detect_bare_names(page, headline=0, first_body=3)
    assert rules_of(page, "Die Eckdaten") == []


def test_a_posts_time_stamp_is_read_on_a_line_that_opens_with_a_digit() -> None:
    """detect_post_authors tries POST_STAMP only on a line whose first character is a digit: the
    pattern must open with ``\\d`` (for which ``str.isdigit`` holds) to miss no time stamp."""
    assert byline.POST_STAMP.pattern.startswith(r"^\d")


def test_a_live_posts_author_near_its_time_stamp() -> None:
    lines = [
        "16.40 GMT",
        "What we know so far",
        "Helen Okafor",
        PARAGRAPHS["en"][0],
        "16.31 GMT",
        "Second rest centre opens",
        "Dev Rattigan",
        PARAGRAPHS["en"][1],
    ]
    page = detected(lines)
    assert rules_of(page, "Helen Okafor") == ["byline.post_author"]
    assert rules_of(page, "Dev Rattigan") == ["byline.post_author"]


@pytest.mark.parametrize(
    "lines",
    [
        # one time stamp: no live blog
        ["16.40 GMT", "What we know so far", "Helen Okafor", PARAGRAPHS["en"][0]],
        # a post's title of capitalised words, a table's head
        ["12:31", "Desalojo de Navacerrada de Arriba", PARAGRAPHS["es"][0], "12:05", "Ligne  Situation  Prévision"],
        # a programme: names among other short lines
        [
            "19:30",
            "Compagnie Haut-Perchés",
            "Théâtre de la Lanterne",
            "Collectif Rue Libre",
            "21:00",
            "Cirque Minuscule",
        ],
    ],
)
def test_no_post_author_without_a_live_blog_or_in_a_list(lines: list[str]) -> None:
    """Hard negatives: a single time stamp, a post's title, a table's head, a programme."""
    page = detected(lines)
    assert all("byline.post_author" not in rules_of(page, line) for line in lines)


@pytest.mark.parametrize(("line", "lang"), [("6.812", "tr"), ("1.590", "tr"), ("2.204", "de"), ("Net: 1.037", "en")])
def test_a_number_with_a_thousands_point_is_no_clock(line: str, lang: str) -> None:
    """A table cell "6.812" (thousands in Turkish, German) reads "6.81" as a clock only by
    ignoring that minutes stop at 59 and that a clock's minutes are two digits, no more."""
    assert byline_rule(line, lang) is None


@pytest.mark.parametrize(("line", "lang"), [("16.40 GMT", "en"), ("11:47", "en"), ("14h05", "fr"), ("12.31 GMT", "en")])
def test_clock_times_are_still_date_lines(line: str, lang: str) -> None:
    """Hard negative: real clock times (minutes 00-59, two digits) stay date lines."""
    assert byline_rule(line, lang) == "byline.date_only"


@pytest.mark.parametrize(
    "line",
    [
        "Text: The full ruling runs to 212 pages and was published on Friday.",
        "Words matter, the judge told the court on Monday.",
        "Words: staff reporters were told to leave the building.",
        "Commentary on the match was provided by two former players.",
        "About the author of the letter, the police said nothing.",
    ],
)
def test_a_sentence_opening_with_a_role_word_is_no_credit(line: str) -> None:
    """Hard negative: "Text:" or "Words" opening a sentence of the story, no name after it."""
    assert byline_rule(line) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("12 minutos de lectura", "es"),
        ("4 minuti di lettura", "it"),
        ("3' di lettura", "it"),
        ("6 Minuten Lesezeit", "de"),
        ("3 minutter læsetid", "da"),
    ],
)
def test_reading_time_with_the_minutes_written_out(line: str, lang: str) -> None:
    assert byline_rule(line, lang) == "byline.read_time"


@pytest.mark.parametrize("line", ["12 minutos de lectura obligatoria para entender la reforma", "4 minuti"])
def test_minutes_in_prose_are_no_reading_time(line: str) -> None:
    assert byline_rule(line, "it") != "byline.read_time"


@pytest.mark.parametrize("line", ["25m ago", "25M ago", "3d ago", "1w ago"])
def test_a_relative_time_with_a_short_unit_is_a_date(line: str) -> None:
    assert byline_rule(line) == "byline.date_only"


@pytest.mark.parametrize("line", ["25m", "The 25m pool opens again", "£5m ago"])
def test_a_short_unit_without_ago_is_no_date(line: str) -> None:
    assert byline_rule(line) != "byline.date_only"


@pytest.mark.parametrize("line", ["2h", "14 h", "3H"])
def test_a_bare_age_in_hours_is_a_teaser_cards_age(line: str) -> None:
    assert byline_rule(line) == "byline.bare_age"


@pytest.mark.parametrize("line", ["6M", "1Y", "80 min", "25m", "2h30", "A4h"])
def test_a_chart_range_or_a_match_minute_is_no_bare_age(line: str) -> None:
    assert byline_rule(line) != "byline.bare_age"


@pytest.mark.parametrize(
    "line",
    [
        "Special to the Gazette",
        "From our correspondent in Valparaíso",
        "Współpraca: Anna Mrozek",
        "Daten: Elias Okonjo",
        "Colaboração: Rita Seixas e Nuno Prates",
        "Redacção",
        "Data by Greg Tolland",
        "Graphics by Anna Roe and Tim Hale",
        "Беседовала Мария Лунёва",
    ],
)
def test_contributor_lines_are_credits(line: str) -> None:
    assert byline_rule(line) == "byline.credits"


@pytest.mark.parametrize(
    "line",
    [
        "Data: the survey asked 2,000 adults about their commute",
        "Special to him was the old mill where his father worked.",
        "From our correspondent's notebook came the first clue.",
        "Data by region show a steady rise in admissions.",
        "Data published by the national health agency on Wednesday showed a rise.",
    ],
)
def test_sentences_opening_like_contributor_lines_are_no_credits(line: str) -> None:
    assert byline_rule(line) != "byline.credits"


def test_credit_and_published_lines_are_found_among_the_pages_other_lines() -> None:
    """The credits' and first-published rules' cues are looked for once per page (Page.containing):
    each cued line is still read, wherever it sits, and the paragraphs around it are not."""
    lines = {
        "Graphics by Anna Roe and Tim Hale": "byline.credits",
        "In Local News | Posted by: Jane Roe | Tags: council, bridge, transport, river": "byline.credits",
        "This report by The Northern Press was first published Jan. 9, 2027.": "byline.first_published",
    }
    page = detected([HEADLINES["en"], PARAGRAPHS["en"][0], *lines, *PARAGRAPHS["en"][1:], "Data by Greg Tolland"])
    for line, rule in [*lines.items(), ("Data by Greg Tolland", "byline.credits")]:
        assert any(r.startswith(rule) for r in rules_of(page, line)), line
    assert not any(r.startswith("byline.") for p in PARAGRAPHS["en"] for r in rules_of(page, p))


@pytest.mark.parametrize("line", ["31:14", "1:07:41", "2:11:09"])
def test_a_race_time_is_no_date_line(line: str) -> None:
    assert byline_rule(line) is None


@pytest.mark.parametrize("line", ["Tue 11 Mar 2025 12.31 GMT", "3 December 2026, 08:47 GMT", "23:59"])
def test_clock_times_of_a_day_still_date_a_line(line: str) -> None:
    assert byline_rule(line) == "byline.date_only"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("05/10/2018 - Publicado por: Marta Quintela - Categoria: Saúde - Tags: bairro posto atendimento", "pt"),
        ("Posted by: Jane Roe - Category: Local News - Tags: council, bridge, transport, river", "en"),
    ],
)
def test_a_posts_meta_line_with_posted_by_and_a_colon_is_a_byline(line: str, lang: str) -> None:
    """A blog's meta line (date, "Posted by:", category, tags) of more than eight words."""
    assert byline_rule(line, lang) is not None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Nell Ambrose has covered Fenholt's courts for the Chronicle since 2017.", "en"),
        ("Tomas Reeve has reported on transport since 2020. Contact him at t.reeve@paper.example.", "en"),
        ("Idris Pole leads the data visualisation team at the Harbour Post.", "en"),
        ("Lene Vogt berichtet für den Talboten über den Kreistag und die Schulen.", "de"),
        ("Paul Ancel suit la justice et la police. Écrire à l'auteur : pancel@journal.example", "fr"),
        ("Marta Gerli, cronista, segue la nera per il Giornale della Valle dal 2018.", "it"),
        ("Rui Paiva acompanha o desporto regional desde 2012.", "pt"),
        ("Joris Hulst volgt de gemeenteraad voor het Dagblad van de Polder.", "nl"),
        ("Anna Nowak od 2015 roku pisze dla Kuriera Nadwiślańskiego o sporcie.", "pl"),
        ("Lucía Ferrer sigue la información municipal para El Diario del Valle desde 2016.", "es"),
    ],
)
def test_a_bio_by_its_beat(line: str, lang: str) -> None:
    assert byline_rule(line, lang) == f"byline.bio_beat[{lang}]"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("The report published by the ministry on Monday shows that waiting lists grew again.", "en"),
        ("O estudo publicado por cientistas da universidade mostra que a água está mais quente.", "pt"),
    ],
)
def test_published_by_inside_a_sentence_is_no_byline(line: str, lang: str) -> None:
    """Hard negative: without its colon, "published by" is a sentence's."""
    assert byline_rule(line, lang) is None


def test_a_bio_with_a_handle_after_the_name_is_a_bio() -> None:
    """'<Name> (@handle) is a contributor ...': the handle between the name and the verb."""
    assert byline_rule("Jane Roe (@janeroe) is a contributing writer at the Courier and covers transport.") == (
        "byline.bio"
    )
    assert byline_rule("Jane Roe (@janeroe) covers city hall for the Courier.") == "byline.bio"


def test_a_quote_from_a_person_with_a_handle_is_no_bio() -> None:
    """Hard negative: a handle after a name, in a sentence with no bio verb or role."""
    assert run_line(byline.detect, "Jane Roe (@janeroe) said the council had got the vote badly wrong.", "en") == []


def test_a_bare_date_label_above_a_date_line_is_byline() -> None:
    page = detected(["Published", "2 hours ago", "The council voted on Tuesday to close the pool for repairs."])
    assert rules_of(page, "Published") == ["byline.date_label"]


def test_a_date_word_above_prose_is_left_alone() -> None:
    page = detected(["Updated", "The council voted on Tuesday to close the pool for repairs."])
    assert rules_of(page, "Updated") == []


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # the beat verb in a story's sentence, without a publication or a year after it
        ("Maria Costa has covered the cost of the repairs herself, she said.", "en"),
        ("Tom Hale has written to the council twice about the potholes.", "en"),
        ("Karl Brenner berichtet von einem lauten Knall gegen drei Uhr nachts.", "de"),
        ("Giulia Conti segue la figlia in ogni trasferta della squadra.", "it"),
        ("Ana Lopes acompanha o marido nas consultas no hospital.", "pt"),
    ],
)
def test_a_beat_verb_in_a_story_is_no_bio(line: str, lang: str) -> None:
    assert run_line(byline.detect, line, lang) == []


def _bio_page(byline_line: str, *closing: str, lang: str = "en") -> str:
    p = PARAGRAPHS[lang]
    return page_text(HEADLINES[lang], byline_line, *p, *closing, p[0][:60] + " (continued)")


@pytest.mark.parametrize(
    ("byline_line", "bio", "more"),
    [
        (
            "By Maren Holloway",
            "Maren Holloway is a former harbour engineer who now teaches at the coastal institute.",
            ("She lives in Carrow Bay with two dogs.", "Her book on sea defences is out in March."),
        ),
        (
            "Okoro Diallo, Staff Writer",
            "Okoro joined the paper in 2019 after a decade at a community radio station.",
            ("He covers courts and councils.",),
        ),
        ("Par Solène Marchetti", "Solène Marchetti, 47 ans, a été maire adjointe de 2008 à 2020.", ()),
    ],
)
def test_the_authors_bio_closing_the_article_is_a_byline(byline_line: str, bio: str, more: tuple[str, ...]) -> None:
    labels = label_map(_bio_page(byline_line, bio, *more))
    assert labels[byline_line] is Label.BYLINE
    assert labels[bio] is Label.BYLINE
    for line in more:
        assert labels[line] is Label.BYLINE
    assert labels[PARAGRAPHS["en"][-1]] is Label.BODY


def test_the_authors_name_alone_under_the_article_is_a_byline() -> None:
    labels = label_map(_bio_page("By Maren Holloway", "Maren Holloway"))
    assert labels["Maren Holloway"] is Label.BYLINE


@pytest.mark.parametrize(
    "line",
    [
        # the name followed by a colon: an interview's speaker
        "Maren Holloway: We asked the council for the survey three times and got nothing back.",
        # another person: a source the story names
        "Maren Okafor is a former harbour engineer who now advises the council on the sea wall.",
        # the author's first name without a verb after it: no bio
        "Maren Street will be closed to traffic while the contractors work on the wall.",
        # pronoun-led sentence with no bio above it: the story's own prose
        "She said the council had ignored three warnings about the state of the wall.",
        # a live blog's reporter at work, named in the third person
        "Maren Holloway has been speaking to residents at the harbour wall this afternoon.",
        # the name as the subject of another verb
        "Maren Holloway asked the harbour master why the survey had taken three years.",
    ],
)
def test_story_lines_are_no_authors_bio(line: str) -> None:
    labels = label_map(_bio_page("By Maren Holloway", line))
    assert labels[line] is Label.BODY


def test_the_authors_bio_when_the_by_line_sits_under_a_summary_box() -> None:
    """The author's name is read from a "Written by" line under a "Key Takeaways" box of three
    points; the box's heading is no bare name."""
    p = PARAGRAPHS["en"]
    box = ["Key Takeaways", "The wall will be rebuilt.", "Work starts in March.", "The council pays half."]
    top = "\n".join([HEADLINES["en"], "", *box, "", "Written by Melissa Tan · Reviewed by Hariz Osman"])
    bio = ["Melissa Tan", "Melissa is a senior reporter covering regulation in Southeast Asia."]
    labels = label_map(page_text(top, *p, "\n".join(bio), "© 2026 Harbour Post"))
    assert [labels[line] for line in bio] == [Label.BYLINE, Label.BYLINE]
    assert labels["Key Takeaways"] is Label.BODY


def test_a_datelines_place_far_under_the_first_paragraph_names_no_author() -> None:
    """Hard negative: past the first lines, only a "By" line names the author; the place of a
    dateline ("Sassello Lario, 5 dicembre 2026") makes no bio of the caption under it."""
    page = detected(
        [
            "Sassello Lario, il borgo che torna a vivere",
            "Dopo trent'anni senza collegamento, la nuova linea ha riportato residenti e botteghe nel paese.",
            "Dal nostro inviato",
            "Matteo Invernizzi",
            "Sassello Lario, 5 dicembre 2026",
            "Il battello delle 8.10 attracca al pontile di Sassello Lario con i primi pendolari.",
            *PARAGRAPHS["en"],
        ],
        "it",
    )
    byline.detect_author_bios(page, 0, 1, len(page) - 1)
    caption_line = "Il battello delle 8.10 attracca al pontile di Sassello Lario con i primi pendolari."
    assert not any(rule.startswith("byline.author_bio") for rule in rules_of(page, caption_line))


def test_a_companys_name_in_the_byline_makes_no_bio_of_its_sentences() -> None:
    """Hard negative: a press release's byline names the company, whose sentences are the story."""
    line = "The Harbour Authority will publish the full survey on its website next week."
    labels = label_map(_bio_page("By The Harbour Authority", line))
    assert labels[line] is Label.BODY


@pytest.mark.parametrize("bare", ["9 Min.", "3 min", "4 мин"])
def test_a_bare_reading_time_under_the_date_line_is_a_byline(bare: str) -> None:
    page = detected([HEADLINES["en"], "By Jane Roe", "6 December 2026, 06:00", bare, *PARAGRAPHS["en"]])
    byline.detect_bare_read_times(page)
    assert rules_of(page, bare) == ["byline.read_time"]


@pytest.mark.parametrize("above", ["17:49", "Live coverage from the ground", "Ingredients"])
def test_a_bare_minute_elsewhere_is_no_reading_time(above: str) -> None:
    """Hard negatives: a live blog's match minute under its time stamp, a cooking time."""
    page = detected([HEADLINES["en"], *PARAGRAPHS["en"][:2], above, "78 min", *PARAGRAPHS["en"][2:]])
    byline.detect_bare_read_times(page)
    assert "byline.read_time" not in rules_of(page, "78 min")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("This report by The Northern Press was first published Jan. 9, 2027.", "en"),
        ("This interview originally appeared in our weekend magazine.", "en"),
        ("Cet article a été initialement publié dans notre édition du 4 mars.", "fr"),
        ("Este artigo foi publicado originalmente na edição impressa de 5 de maio.", "pt"),
        ("Este reportaje fue publicado originalmente en la revista dominical.", "es"),
        ("Dieser Artikel erschien zuerst in der Printausgabe vom 2. Mai.", "de"),
        ("Denna artikel publicerades först i papperstidningen den 8 april.", "sv"),
    ],
)
def test_a_note_that_the_article_appeared_first_elsewhere_is_a_byline(line: str, lang: str) -> None:
    # (the credit lines' own patterns already know some of them: "erschien zuerst in")
    assert byline_rule(line, lang) in (f"byline.first_published[{lang}]", "byline.credits")


@pytest.mark.parametrize(
    "line",
    [
        # the story's own subject: a post, a claim, a photo first published somewhere
        "The post was first published by a page called Harbour Voices, which has 40,000 followers.",
        "The photograph was first published in 1962 and has been reprinted ever since.",
        "The report was never published, the council confirmed on Tuesday.",
    ],
)
def test_a_story_about_something_first_published_is_no_byline(line: str) -> None:
    assert byline_rule(line) is None


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("3 de marzo de 2026 - 09:40 a. m.", "es"),
        ("Today at 09:12", "en"),
        ("vandaag, 09:02 · aangepast 11:15", "nl"),
        ("сегодня, 10:05", "ru"),
        ("7 минут назад", "ru"),
        ("5 uur geleden", "nl"),
        ("3 godz. temu", "pl"),
        ("2 saat önce", "tr"),
    ],
)
def test_dates_and_ages_of_more_languages(line: str, lang: str) -> None:
    assert byline_rule(line, lang) == "byline.date_only"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Hasta el 12 de mayo", "es"),
        ("du lundi au vendredi, de 8 h à 12 h ;", "fr"),
        ("• Ashby (H) — 15 March", "en"),
        ("— Jo Marsh (@jomarsh) 4 de diciembre de 2026", "es"),
    ],
)
def test_a_date_inside_a_phrase_or_a_posts_signature_is_no_date_line(line: str, lang: str) -> None:
    assert byline_rule(line, lang) != "byline.date_only"


def test_live_blog_writers_by_shift() -> None:
    assert byline_rule("Ana Ruiz (now) and Tom Hale (earlier)") == "byline.live_shifts"
    assert byline_rule("Ana Ruiz (now)") is None


def test_a_full_date_with_a_clock_ending_in_an_abbreviation_holds_in_the_article() -> None:
    verdicts = run_line(byline.detect, "5 de diciembre de 2026 - 06:12 p. m.", "es")
    assert verdicts[0].rule == "byline.date_only"
    assert verdicts[0].score >= 0.75


def test_a_date_word_shared_by_two_languages_matches_on_either_page() -> None:
    # "publicado" is listed under es and pt: a pt page's line is read too
    assert byline_rule("Publicado há 3 horas — Atualizado há 12 minutos", "pt") == "byline.date[pt]"


def _in_context(lines: list[str]) -> Page:
    """A page with the context rules run around its article (headline on the first line)."""
    page = detected(lines)
    span = find_article(page)
    assert span is not None
    detect_in_context(page, 0, span.start, span.end)
    return page


@pytest.mark.parametrize("role", ["Deals editor", "Chief football writer", "Fashion editor"])
def test_a_job_title_alone_inside_the_byline_block_is_byline(role: str) -> None:
    lines = [HEADLINES["en"], "By Priya Kamath", role, "Updated December 6, 2026 at 9:12 a.m. ET", *PARAGRAPHS["en"]]
    assert "byline.role_in_block" in rules_of(_in_context(lines), role)


def test_a_short_heading_between_a_date_and_a_paragraph_is_no_role() -> None:
    # no byline line right above it: the story's subheading
    heading = "Editor in chief steps down"
    lines = [HEADLINES["en"], "By Priya Kamath", PARAGRAPHS["en"][0], heading, *PARAGRAPHS["en"][1:]]
    assert "byline.role_in_block" not in rules_of(_in_context(lines), heading)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # the article's entry time ("Giriş: ...") is its date line; "Giriş Yap" (log in) is no date
        ("Giriş: 06.12.2026 10:14", "byline.date[tr]"),
        ("Giriş Yap", None),
    ],
)
def test_turkish_entry_date(line: str, rule: str | None) -> None:
    assert byline_rule(line, "tr") == rule


def test_name_and_place_with_a_spaced_hyphen() -> None:
    """ "Ayşe Demir - Trabzon" (a spaced hyphen for the dash) next to the date line; a
    title with a hyphen between two places is no name."""
    found = _bare_names(
        [
            "Karadenizspor deplasmanda üç puanı son dakikada kaptı",
            "Ayşe Demir - Trabzon",
            "Giriş: 04.11.2026 22:51",
        ],
        "tr",
    )
    assert found["Ayşe Demir - Trabzon"] == ["byline.name_place"]
    found = _bare_names(
        ["Vapur hattı kapanıyor", "Körfezkent - Dalyanlı hattında son sefer", "Giriş: 04.11.2026 22:51"], "tr"
    )
    assert found["Körfezkent - Dalyanlı hattında son sefer"] == []


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        ("Publicado el 12 de noviembre de 2025, 13:20 hrs.", "es", "byline.date[es]"),
        ("Aldea del Ésera (Huesca) - 07 dic 2026 - 05:30 CET", "es", "byline.place_date"),
        ("Alboraia | 06·12·26 | 07:30", "es", "byline.date_only"),
        ("Czas czytania: 4 min", "pl", "byline.read_time"),
        ("Время чтения: 4 минуты", "ru", "byline.read_time"),
        ("The Evening Hour is produced by Jane Roe and edited by John Doe.", "en", "byline.credits"),
        ("Contributing reporting by Jane Roe, Staff Writer.", "en", "byline.credits"),
        ("Rédaction : Jeanne Rivière ; Édition : Jean Dupont", "fr", "byline.credits"),
        ("Das Gespräch führte Anna Müller.", "de", "byline.credits"),
        ("Texto de Ana Lopes e fotografia de Rui Costa", "pt", "byline.credits"),
        ("con la collaborazione di Giulia Bianchi", "it", "byline.credits"),
        ("Met medewerking van Sanne de Boer", "nl", "byline.credits"),
        ("Met medewerking van Thijs Mulder", "nl", "byline.credits"),
        (
            "(Only the headline of this report may have been reworked by our staff; the rest is auto-generated from a syndicated feed.)",
            "en",
            "byline.credits",
        ),
        (
            "Local Democracy Reporting is public interest journalism funded through the Civic Trust.",
            "en",
            "byline.credits",
        ),
        ("Sofia Carvalhal, com Lusa", "pt", "byline.credits"),
        ("La rédaction avec AFP", "fr", "byline.credits"),
        (
            "(This story has not been edited by Ledger staff and is auto-generated from a syndicated feed.)",
            "en",
            "byline.credits",
        ),
        # hard negative: the story's own sentence
        ("The report has not been edited by the council, which said it came from a syndicated feed.", "en", None),
    ],
)
def test_credits_read_times_and_place_dates_at_the_foot(line: str, lang: str, rule: str) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        # an exhibition's venue and run in its fact box: no dateline
        ("Dunholm Gallery, until 18 January", "en", None),
        ("Museum am Wallgraben, bis 28. Juni", "de", None),
        # hard negative: a place and the article's date
        ("Dunholm Gallery, 18 January", "en", "byline.place_date"),
    ],
)
def test_a_venue_with_its_end_date_is_no_place_date(line: str, lang: str, rule: str | None) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Publicado el informe, el ministro dijo que la reforma llegará en primavera.", "es"),
        ("The new bridge is produced by a firm in Leeds and was built in six months.", "en"),
        ("Rédaction : la ville a publié le compte rendu du conseil municipal.", "fr"),
        ("Das Gespräch führte zu keinem Ergebnis.", "de"),
        ("Texto de la ley aprobada por el Congreso", "es"),
        ("Con la collaborazione di tutti i volontari, la festa è stata un successo.", "it"),
        ("Alboraia | 1.204 vecinos | 7 barrios", "es"),
        ("Only the headline writers knew the feed had been cut off on Tuesday.", "en"),
        ("Local councils are funded by a mix of rates and grants from central government.", "en"),
        ("Pedro e Paulo com Lusa", "pt"),
        ("Talks with Reuters", "en"),
        ("Met medewerking van de gemeente is het plein opnieuw ingericht.", "nl"),
    ],
)
def test_sentences_like_credits_and_dates_get_no_byline(line: str, lang: str) -> None:
    assert byline_rule(line, lang) is None


@pytest.mark.parametrize("line", ["Owen Garrity at Hard Rock Stadium", "Ciaran Doyle at the Mill Road Stadium"])
def test_a_reporter_at_the_venue_over_the_date_line(line: str) -> None:
    found = _bare_names([HEADLINES["en"], line, "Tuesday 25 March 2025 04:12 GMT"])
    assert found[line] == ["byline.name_place"]


def test_a_name_at_a_place_without_a_date_line_under_it_is_no_byline() -> None:
    """Hard negative: "Record Crowds at Harbour Park" over a paragraph is a subheading."""
    line = "Record Crowds at Harbour Park"
    page = detected([HEADLINES["en"], line, PARAGRAPHS["en"][0], PARAGRAPHS["en"][1]])
    byline.detect_bare_names(page, headline=0, first_body=2)
    assert rules_of(page, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Police cantonale – Service de communication",
        "Communiqué de presse",
        "Ufficio stampa del Comune",
        "Basın Yayın ve Halkla İlişkiler Müdürlüğü",
        "Пресс-служба администрации района",
        "Bagian humas dan protokol",
    ],
)
def test_a_press_office_in_the_byline_block_is_byline(line: str) -> None:
    lines = [HEADLINES["fr"], line, "Sion, le 5 juin 2027", *PARAGRAPHS["fr"]]
    assert "byline.press_office" in rules_of(_in_context(lines), line)


def test_a_press_office_named_in_the_story_is_no_byline() -> None:
    # hard negative: a paragraph's sentence, far from the byline block
    line = "Le service de communication de la police a confirmé l'accident."
    lines = [HEADLINES["fr"], "Sion, le 5 juin 2027", *PARAGRAPHS["fr"][:3], line, PARAGRAPHS["fr"][3]]
    assert "byline.press_office" not in rules_of(_in_context(lines), line)


def test_a_press_directorate_in_a_sentence_by_the_byline_is_no_byline() -> None:
    # hard negative: a sentence of the lead that names the press directorate ends with a full stop
    line = "Basın Yayın Müdürlüğü açıklama yaptı."
    lines = [HEADLINES["fr"], "Sion, le 5 juin 2027", line, *PARAGRAPHS["fr"]]
    assert "byline.press_office" not in rules_of(_in_context(lines), line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Renseignements : Service de communication, tél. 027 326 56 09, medias@police.example", "byline.credits"),
        ("Auskünfte: Pressestelle des Landratsamts, Tel. 08031 392-1000", "byline.credits"),
        # hard negative: an event's contact in a local story names no press office
        ("Renseignements : 06 12 34 56 78 ou à la mairie.", None),
    ],
)
def test_a_press_office_contact_headed_by_an_information_word(line: str, rule: str | None) -> None:
    assert byline_rule(line, "fr") == rule


@pytest.mark.parametrize(("line", "lang"), [("19 Fev 2027", "pt"), ("3 abr 2026", "es"), ("12 janv. 2027", "fr")])
def test_a_date_with_an_abbreviated_month_is_a_date_line(line: str, lang: str) -> None:
    assert byline_rule(line, lang) == "byline.date_only"


def test_a_dated_row_of_the_storys_table_is_no_date_line() -> None:
    """A row with a day and a time next to a row with as many cells is the story's table, not its date."""
    rows = ["Sábado, 19/01 | Quadra, 21h", "Domingo, 27/01 | Sambódromo, ensaio técnico oficial, 20h"]
    page = detected([PARAGRAPHS["en"][0], "Próximos ensaios", *rows, PARAGRAPHS["en"][1]], "pt")
    assert "byline.date_only" not in rules_of(page, rows[0])


def test_a_date_line_with_a_pipe_and_no_row_beside_it_is_still_byline() -> None:
    """Hard negative: the article's date line with a pipe, between the headline and the first paragraph."""
    line = "Sábado, 19/01/2027 | 10h32"
    page = detected([HEADLINES["en"], "Por Assessoria de Imprensa", line, PARAGRAPHS["en"][0]], "pt")
    assert "byline.date_only" in rules_of(page, line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a row of cells whose first cell is a phrase, not a place: the story's table
        ("Tides this weekend | Sat high 6.12am, 6.38pm | Sun high 6.58am, 7.21pm", None),
        # hard negatives: a place (or a desk in lower case, without further cells) and the date
        ("San Bernabé del Río | 18 de marzo de 2025 - 7:40 a. m.", "byline.place_date"),
        ("Sesión plenaria · 12/02/2027", "byline.place_date"),
    ],
)
def test_a_row_of_cells_is_no_place_date(line: str, rule: str | None) -> None:
    assert byline_rule(line, "es" if rule else "en") == rule


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        # a phrase that announces the list under it, with the days it covers: the story's
        ("Les horaires de la vedette, du mercredi 9 au dimanche 13 décembre :", "fr", None),
        # hard negative: a place before the date, even with a colon after it
        ("Île de Brennec, mercredi 9 décembre :", "fr", "byline.place_date"),
    ],
)
def test_a_line_announcing_a_list_is_no_place_date(line: str, lang: str, rule: str | None) -> None:
    assert byline_rule(line, lang) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Column by the river, the anglers waited for the tide to turn.",
        "Written by hand, the notes were passed round the hall.",
        "Written by Jane Roe reviewed by the editor",
    ],
)
def test_column_and_second_role_words_need_names(line: str) -> None:
    """Hard negatives: the "By" words before lower-case words are prose, not a byline."""
    assert byline_rule(line, "en") is None


@pytest.mark.parametrize(
    ("line", "bio"),
    [
        ("Marcus covers manufacturing and logistics. Reach him at mdelgado@example.com", True),
        # a story's first sentence under the byline, opening with someone else's name
        ("Marcia Delgado, the plant's manager, said the new line would open in May.", False),
    ],
)
def test_a_bio_right_under_the_byline_block_above_the_first_paragraph(line: str, bio: bool) -> None:
    page = detected([HEADLINES["en"], "By Marcus Delgado", "Nov 12, 2026", line, *PARAGRAPHS["en"]])
    first = page.texts.index(PARAGRAPHS["en"][0])
    byline.detect_author_bios(page, 0, first, len(page) - 1)
    assert any(rule.startswith("byline.author_bio") for rule in rules_of(page, line)) is bio


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("박지훈 기자 jhpark@hanbit-ilbo.example", "byline.credits"),  # a Korean reporter's sign-off
        ("责任编辑：刘晓", "byline.credits"),  # a Chinese portal's editor
        ("（责任编辑：刘晓）", "byline.credits"),
        # hard negatives: the story's sentences naming a reporter or an editor
        ("박지훈 기자는 jhpark@hanbit-ilbo.example 로 제보를 받는다고 밝혔다.", None),
        ("责任编辑：刘晓表示，这条线路将于明年全线贯通运营。", None),
    ],
)
def test_korean_and_chinese_sign_offs_are_credits(line: str, rule: str | None) -> None:
    assert byline_rule(line, "en") == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(nor/imk)", "byline.credits"),  # an Indonesian portal's reporter and editor initials
        ("(rdp/ega/ega)", "byline.credits"),
        # hard negatives: a sentence in brackets, a unit in brackets after text
        ("(Harga naik dari Rp 45.000 menjadi Rp 92.000 per kilogram.)", None),
        ("Kecepatan angin mencapai 90 (km/jam)", None),
    ],
)
def test_the_initials_closing_an_indonesian_story_are_a_credit(line: str, rule: str | None) -> None:
    assert byline_rule(line, "id") == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("المصدر: الشرفة نيوز + وكالات", "byline.credits"),  # an Arabic story's source at its foot
        # hard negative: a sentence of the story after the word
        ("المصدر: قال مسؤول في الوزارة إن المحطة ستعمل الأسبوع المقبل.", None),
    ],
)
def test_an_arabic_source_line_is_a_credit(line: str, rule: str | None) -> None:
    assert byline_rule(line, "en") == rule


@pytest.mark.parametrize("place", ["Mumbai", "Medellín", "GENOVA"])
def test_a_datelines_place_alone_inside_the_byline_block_is_byline(place: str) -> None:
    lines = [HEADLINES["en"], "Our Bureau", place, "Updated - December 04, 2026 at 08:41 PM.", *PARAGRAPHS["en"]]
    assert "byline.place_in_block" in rules_of(_in_context(lines), place)


def test_a_place_under_the_byline_block_over_the_first_paragraph_is_left_alone() -> None:
    """Hard negative: a byline line above, the first paragraph below: a kicker or the story's
    subheading, no line of the block."""
    place = "New Delhi"
    lines = [HEADLINES["en"], "By Priya Kamath", "Updated December 6, 2026", place, *PARAGRAPHS["en"]]
    assert "byline.place_in_block" not in rules_of(_in_context(lines), place)


@pytest.mark.parametrize(
    ("line", "agency"), [("TIP-INS", False), ("PLAY-OFFS", False), ("HSB // JLO", True), ("mol/rcm", True)]
)
def test_capitals_joined_by_a_hyphen_are_a_subheading_not_a_desk_code(line: str, agency: bool) -> None:
    """An AP game story's "TIP-INS" is its section's heading; desk codes in capitals carry a "/"."""
    assert (byline_rule(line) == "byline.agency") is agency


def test_a_heading_in_capitals_under_the_byline_block_is_no_bare_name_nor_author_bio() -> None:
    """A roundup's first section heading ("GIRLS BASKETBALL") under the photo's credit, near the
    headline, is the story's; a name in capitals is taken next to a byline line only (hard
    negative: "JANE ROE" over the date line)."""
    p = PARAGRAPHS["en"]
    top = ("By Jane Roe", "12 March 2025", "Photo: Ailsa Rennick/Getty Images", "GIRLS BASKETBALL")
    text = page_text(HEADLINES["en"], *top, p[0], p[1], p[2], p[3])
    assert label_map(text)["GIRLS BASKETBALL"] is Label.BODY
    text = page_text(HEADLINES["en"], "JANE ROE", "12 March 2025", p[0], p[1], p[2], p[3])
    assert label_map(text)["JANE ROE"] is Label.BYLINE


def test_a_works_credits_box_under_its_title_is_no_byline() -> None:
    # a review's fact sheet: the play's title, then "Texte :", "Mise en scène :", "Avec :" rows glued
    box = "Les Glaces de mars\nTexte : Mathieu Gendron\nMise en scène : Louise Caron\nAvec : Hugo Bergeron, Ariane Tremblay"
    page = detected(article("fr", after=(box,)), "fr")
    assert not any(r.startswith("byline.") for r in rules_of(page, "Texte : Mathieu Gendron"))
    labels = label_map(article("fr", after=(box,)))
    for line in box.splitlines():
        assert labels[line] is Label.BODY, line


def test_a_byline_block_of_rows_under_the_standfirst_stays_byline() -> None:
    # hard negative: "Text:" / "Daten:" / "Mitarbeit:" rows glued under the headline (a short title
    # followed by role rows, as a credits box is) are the article's authors
    rows = "Text: Johanna Brüggemann\nDaten: Elias Okonjo\nMitarbeit: Nils Hagedorn"
    text = article("de", before=("Startseite",)).replace(HEADLINES["de"], HEADLINES["de"] + "\n" + rows)
    page = detected(text, "de")
    assert "byline.by_name[de]" in rules_of(page, "Text: Johanna Brüggemann")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Contributing: Marcus Bell, Millbrook Courier", "byline.credits"),  # a US paper's credit under the story
        ("Contributors: Dana Ruiz, Tom Field", "byline.credits"),
        # hard negatives: the story's sentences that open with the word
        ("Contributing to the delay: a shortage of steel beams and two weeks of rain.", None),
        ("Contributing factors include the age of the bridge and the record flood.", None),
    ],
)
def test_a_contributing_line_is_credits(line: str, rule: str | None) -> None:
    assert byline_rule(line, "en") == rule


def test_the_short_lines_under_a_contact_heading_are_the_contacts() -> None:
    block = ["Élise Tremblay, Communications Officer", "613-555-0190 | communications@riviere.example"]
    page = detected([*PARAGRAPHS["en"], "Media contact", *block, "Council approves 2027 water and sewer rates"])
    for line in block:
        assert "byline.contact_block" in rules_of(page, line)


def test_a_paragraph_under_a_contact_heading_ends_the_block() -> None:
    """Hard negative: the heading's block ends at the first sentence (the story's next paragraph)."""
    paragraph = "The press office said the new timetable would be published in January."
    page = detected([*PARAGRAPHS["en"][:2], "Press office", paragraph, "Opening hours"])
    assert "byline.contact_block" not in rules_of(page, paragraph)
    assert "byline.contact_block" not in rules_of(page, "Opening hours")


def test_a_story_about_a_report_being_prepared_is_no_byline() -> None:
    """Hard negative: "Opracowanie" opening a sentence (the drafting of a plan) is no byline."""
    line = "Opracowanie nowego planu zagospodarowania potrwa co najmniej dwa lata, powiedział wójt."
    assert byline_rule(line, "pl") is None


@pytest.mark.parametrize(
    ("line", "lang", "date"),
    [
        # a weekday and a day's number alone: an agenda's subheading ("Viernes 11" over the day's events)
        ("Viernes 11", "es", False),
        ("Samstag, 12.", "de", False),
        ("Friday 11", "en", False),
        # a month, a year or a clock time with them: the article's date line
        ("Viernes 11 de diciembre", "es", True),
        ("Samstag, 12. Dezember 2026", "de", True),
        ("Friday 11, 14:30", "en", True),
    ],
)
def test_a_weekday_with_its_day_alone_is_no_date_line(line: str, lang: str, date: bool) -> None:
    assert (byline_rule(line, lang) == "byline.date_only") is date
