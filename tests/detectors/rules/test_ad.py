"""ad: advertising markers and sponsored teasers (newsclean.detectors.rules.ad)."""

from __future__ import annotations

import pytest

from helpers import HEADLINES, PARAGRAPHS, article, detected, label_map, rule_of, rules_of, run_line
from newsclean.detectors.rules import ALL_LANGS, ad
from newsclean.types import Label


def ad_rule(line: str, lang: str = "en") -> str | None:
    # the pipeline hands the ad detector every language (ALL_LANGS)
    return rule_of(run_line(ad.detect, line, lang, ALL_LANGS), Label.AD)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Advertisement", "ad.marker[en]"),
        ("ADVERTISEMENT", "ad.marker[en]"),
        ("- Advertisement -", "ad.marker[en]"),
        ("Story continues below advertisement", "ad.marker[en]"),
        ("Match report continues below", "ad.marker[en]"),
        ("Continue reading the main story", "ad.marker[en]"),
        ("Advertisement - Continue Reading Below", "ad.marker[en]"),
        ("SKIP ADVERTISEMENT", "ad.marker[en]"),
        ("Sponsored content", "ad.marker[en]"),
        ("ANZEIGE", "ad.marker[de]"),
        ("Partner-Empfehlung", "ad.marker[de]"),
        ("Contenido de marca", "ad.marker[es]"),
        ("Conteúdo de marca", "ad.marker[pt]"),
        ("Partnercontent", "ad.marker[nl]"),
        ("Bon plan", "ad.marker[fr]"),
        ("Shop the story", "ad.marker[en]"),
        ("Today's best prices", "ad.marker[en]"),
        ("Реклама", "ad.marker[ru]"),
        ("REKLAMA", "ad.marker[pl]"),
        ("Reklam", "ad.marker[tr]"),
        ("REKLAM ALANI", "ad.marker[tr]"),
        ("IKLAN", "ad.marker[id]"),
        ("Werbung", "ad.marker[de]"),
        ("Publicidad", "ad.marker[es]"),
        ("Contenido patrocinado", "ad.marker[es]"),
        ("Publicité", "ad.marker[fr]"),
        ("La suite après cette publicité", "ad.marker[fr]"),
        ("Publicidade", "ad.marker[pt]"),
        ("Continua após a publicidade", "ad.marker[pt]"),
        ("Annons", "ad.marker[sv]"),
        ("Sponsoreret indhold", "ad.marker[da]"),
        ("ANNONSE", "ad.marker[no]"),
        ("Partner relacji", "ad.marker[pl]"),
        ("Bezahlte Anzeige", "ad.marker[de]"),
        ("Entgeltliche Einschaltung", "ad.marker[de]"),
        ("Annonsörens innehåll", "ad.marker[sv]"),
        ("Artiklen fortsætter under annoncen", "ad.marker[da]"),
        ("Saken fortsetter etter annonsen", "ad.marker[no]"),
    ],
)
def test_marker_lines(line: str, rule: str) -> None:
    assert ad_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Sponsored by Westmere Savings Bank", "ad.sponsored_prefix[en]"),
        ("Paid for by the Harbour Traders Association", "ad.sponsored_prefix[en]"),
        ("Anzeige: Jetzt das Tagesgeldkonto eröffnen", "ad.sponsored_prefix[de]"),
        ("Patrocinado por Banco del Puerto", "ad.sponsored_prefix[es]"),
        ("Sponsorisé par la Banque du Port", "ad.sponsored_prefix[fr]"),
        ("Oferecido por Banco do Porto", "ad.sponsored_prefix[pt]"),
        ("Proudly supported by Harbour Opticians", "ad.sponsored_prefix[en]"),
        ("Contenu proposé par Mutuelle du Port", "ad.sponsored_prefix[fr]"),
        ("Aangeboden door Bouwcentrum Westmere", "ad.sponsored_prefix[nl]"),
        ("Gesponsert · Wohnen am Hafen: neue Wohnungen mit Seeblick", "ad.sponsored_prefix[de]"),
        ("Sponsored · Lakeshore Windows", "ad.sponsored_prefix[en]"),
        ("Ad · Harbour Roofing", "ad.sponsored_prefix[en]"),
        ("Commandité par Équipements Bolduc", "ad.sponsored_prefix[fr]"),
        # a club's sponsor box: "Official Partner" over the sponsor's name and this line
        ("Proud sponsor of Carrick Thistle FC", "ad.sponsored_prefix[en]"),
    ],
)
def test_sponsored_teaser_prefixes(line: str, rule: str) -> None:
    assert ad_rule(line) == rule


@pytest.mark.parametrize("line", ["Official Partner", "Official Partners"])
def test_a_sponsor_box_heading_is_a_marker(line: str) -> None:
    assert ad_rule(line) == "ad.marker[en]"


def test_a_sentence_about_an_official_partner_is_no_marker() -> None:
    """Hard negative: the story's sentence that names the club's partner, or a sponsor's prose."""
    assert ad_rule("Lochside Motors became the club's official partner in 2019.") is None
    assert ad_rule("A proud sponsor of the club for thirty years, the garage will close in March.") is None


def test_marker_scores_above_prefix() -> None:
    marker = run_line(ad.detect, "Advertisement", "en", ALL_LANGS)[0]
    prefix = run_line(ad.detect, "Sponsored by Westmere Savings Bank", "en", ALL_LANGS)[0]
    assert marker.score > prefix.score >= 0.85


def test_markers_match_in_every_language_on_any_page() -> None:
    # cue words that are unambiguous across languages are matched whatever the page language
    assert ad_rule("Publicidade", lang="en") == "ad.marker[pt]"
    assert ad_rule("ANZEIGE", lang="fr") == "ad.marker[de]"


@pytest.mark.parametrize(
    "line",
    [
        "The advertisement ran for three weeks in the local paper.",
        "Advertisement campaigns drove sales up by a third last year, the company said.",
        "Die Polizei hat Anzeige erstattet.",
        "La publicidad institucional costó dos millones de euros el año pasado.",
        "La publicité pour le festival a été retirée des abribus.",
        "A publicidade do governo foi suspensa pelo tribunal eleitoral.",
        "Annonsen i lokaltidningen kostade kommunen 40 000 kronor.",
        "Annonsen for festivalen blev trukket tilbage i sidste uge.",
        "Ad blockers are on nearly half of the town's computers, the survey found.",
        "The report continues below the headline figures with a table for every district.",
        "Das Partnerangebot der Bergbahnen gilt nur für Inhaber einer Saisonkarte.",
        "Partner relacji, hurtownia z Sieradza, ufundował nagrody dla kibiców.",
        "Die bezahlte Anzeige im Gemeindeblatt kostete den Verein 400 Euro.",
        "Eine entgeltliche Einschaltung muss in Österreich als solche gekennzeichnet sein.",
        "Annonsörens innehåll granskas inte av redaktionen, skriver tidningen.",
        "Le festival, commandité par trois entreprises de la région, a attiré 40 000 visiteurs.",
    ],
)
def test_prose_mentioning_advertising_is_not_an_ad(line: str) -> None:
    assert run_line(ad.detect, line, "en", ALL_LANGS) == []


def test_long_line_opening_with_a_sponsor_prefix_is_prose() -> None:
    long = "Sponsored by the harbour trust, " + " ".join(["the festival ran for three days"] * 6) + "."
    assert len(long.split()) > ad.MAX_TEASER_WORDS
    assert run_line(ad.detect, long, "en", ALL_LANGS) == []


def test_sponsored_card_lines_glued_under_the_marker() -> None:
    page = detected(
        [
            "The harbour town of Westmere voted on Tuesday to rebuild the sea wall that collapsed during the storms.",
            "",
            "Sponsored listing",
            "4 Quay Street, Westmere",
            "Harbour Homes Ltd",
            "",
            "Lifeboat crew rescues three from capsized yacht",
        ]
    )
    assert rules_of(page, "4 Quay Street, Westmere") == ["ad.sponsored_card"]
    assert rules_of(page, "Harbour Homes Ltd") == ["ad.sponsored_card"]
    # the card ends at the blank line
    assert rules_of(page, "Lifeboat crew rescues three from capsized yacht") == []


def test_a_line_announcing_the_storys_table_ends_a_sponsored_card() -> None:
    """The story's "How the main indexes closed on Friday:" glued under the card is no card line."""
    lines = ["Sponsored listing", "4 Quay Street, Westmere", "How the main indexes closed on Friday:"]
    page = detected([PARAGRAPHS["en"][0], "", *lines, "Index | Close | Day", "Castellan 100 | 8,412.60 | +0.42%"])
    assert rules_of(page, "4 Quay Street, Westmere") == ["ad.sponsored_card"]
    assert "ad.sponsored_card" not in rules_of(page, lines[2])


def test_a_subheading_over_a_line_announcing_a_list_ends_a_sponsored_card() -> None:
    """The story's "What happens next" over "For the move to be registered, the clubs must:" is no card line."""
    lines = ["Sponsored listing", "4 Quay Street, Westmere", "What happens next"]
    below = ["For the move to be registered, the clubs must:", "1. Upload the signed contract."]
    page = detected([PARAGRAPHS["en"][0], "", *lines, *below])
    assert rules_of(page, "4 Quay Street, Westmere") == ["ad.sponsored_card"]
    assert "ad.sponsored_card" not in rules_of(page, lines[2])


@pytest.mark.parametrize(
    ("line", "copy"),
    [
        ("How the deal was done", False),  # the story's subheading, opened by a question word
        ("Winter tyre deal for members", True),  # an offer, no question word
    ],
)
def test_a_subheading_under_a_bare_marker_is_no_marked_copy(line: str, copy: bool) -> None:
    page = detected([PARAGRAPHS["en"][0], "Advertisement", line, PARAGRAPHS["en"][1]])
    assert ("ad.marked_copy" in rules_of(page, line)) is copy


def test_bare_marker_leads_no_card() -> None:
    page = detected(["Intro line of the page", "", "Advertisement", "Harbour Homes Ltd", "4 Quay Street"])
    assert rules_of(page, "Advertisement") == ["ad.marker[en]"]
    assert rules_of(page, "Harbour Homes Ltd") == []


def test_cards_need_paragraph_breaks() -> None:
    # a dump with no blank lines at all says nothing about which lines belong together
    page = detected(["Sponsored listing", "4 Quay Street, Westmere", "Harbour Homes Ltd"])
    assert rules_of(page, "4 Quay Street, Westmere") == []


@pytest.mark.parametrize(
    "line",
    [
        "Support for the mayor has fallen sharply since the floods.",
        "In partnership with the council, the charity will open a night shelter in the old school.",
        "Presented by the finance minister on Tuesday, the budget cuts spending on roads.",
        "En partenariat avec la mairie, l'association ouvrira un refuge dans l'ancienne école.",
        "Em parceria com a prefeitura, a ONG vai abrir um abrigo na antiga escola.",
        "Aangeboden door de gemeente krijgen alle inwoners vanaf maandag een gratis fietscontrole bij de bibliotheek.",
        "Bon plan ou fausse bonne idée, la gratuité des bus divise encore les élus de la métropole.",
    ],
)
def test_sentence_opening_with_a_sponsor_phrase_is_not_an_ad(line: str) -> None:
    assert run_line(ad.detect, line, "en", ALL_LANGS) == []


@pytest.mark.parametrize(
    "line",
    ["In partnership with Van der Merwe Attorneys Inc.", "Sponsored by Quay Street Lettings and Harbour Homes Ltd."],
)
def test_a_sponsors_name_alone_after_its_cue_is_an_ad_with_its_full_stop(line: str) -> None:
    assert [v.rule for v in run_line(ad.detect, line, "en", ALL_LANGS)] == ["ad.sponsored_prefix[en]"]


# ----------------------------------------------------------------- pipeline


@pytest.mark.parametrize(
    ("lang", "marker"),
    [
        ("en", "Story continues below advertisement"),
        ("de", "ANZEIGE"),
        ("es", "Publicidad"),
        ("fr", "Publicité"),
        ("pt", "Publicidade"),
    ],
)
def test_marker_between_paragraphs_is_ad_and_paragraphs_stay_body(lang: str, marker: str) -> None:
    labels = label_map(article(lang, middle=(marker,)))
    assert labels[marker] is Label.AD
    assert list(labels.values()).count(Label.BODY) == 4


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "The advertisement ran for three weeks in the local paper."),
        ("de", "Die Polizei hat Anzeige erstattet."),
    ],
)
def test_prose_about_ads_inside_the_article_stays_body(lang: str, line: str) -> None:
    assert label_map(article(lang, middle=(line,)))[line] is Label.BODY


def test_sentence_opening_with_support_for_stays_body_in_the_article() -> None:
    line = "Support for the mayor has fallen sharply since the floods."
    assert label_map(article("en", middle=(line,)))[line] is Label.BODY


@pytest.mark.parametrize(
    ("marker", "copy"),
    [
        ("Anzeige", "Erleben Sie die Theaterstadt mit allen Sinnen: Kulturwochenende ab 189 € pro Person."),
        (
            "Publicidade",
            "Descubra o Minho com outros olhos: escapadinhas de inverno com 20 % de desconto e oferta de jantar.",
        ),
        ("Advertisement", "Escape to the islands this spring: cosy cottages with sea views from £65 a night."),
    ],
)
def test_advert_copy_under_a_plain_marker_is_ad(marker: str, copy: str) -> None:
    page = detected([PARAGRAPHS["en"][0], marker, copy, PARAGRAPHS["en"][1]])
    assert "ad.copy" in rules_of(page, copy)


@pytest.mark.parametrize(
    ("above", "copy", "below", "rule"),
    [
        # a call to act right under the marker: the marker's copy (ad.marked_copy) before ad.between
        (
            "Advertisement",
            "Northline Credit Union: loans for members from 4.9% APR. Apply in minutes",
            "Sponsored",
            "ad.marked_copy",
        ),
        ("Advertisement", "Northline Credit Union – the members' bank of the valley", "Sponsored", "ad.between"),
        (
            "Anzeige",
            "Herdenschutzzäune vom Fachhändler – jetzt Förderung sichern",
            "Gesponsert von Weidetechnik",
            "ad.marked_copy",
        ),
    ],
)
def test_a_short_line_between_two_advert_lines_is_ad(above: str, copy: str, below: str, rule: str) -> None:
    page = detected([PARAGRAPHS["en"][0], above, copy, below, PARAGRAPHS["en"][1]])
    assert rules_of(page, copy) == [rule]


def test_a_story_paragraph_between_two_ad_slots_stays_unclaimed() -> None:
    """Hard negative: AMP pages set 'Advertisement' between paragraphs; the paragraph ends its sentence."""
    paragraph = "The council said the ferry would run twice a day from the spring."
    page = detected([PARAGRAPHS["en"][0], "Advertisement", paragraph, "Advertisement", PARAGRAPHS["en"][1]])
    assert rules_of(page, paragraph) == []


@pytest.mark.parametrize(
    ("marker", "copy", "lang"),
    [
        ("Annons", "Fjällstugor med bastu – boka vecka 52 nu", "sv"),
        ("Advertentie", "Vakantie aan zee? Leden krijgen 10% korting bij Duinpark Callantsoog", "nl"),
        ("Annonce", "Vestermark Advokaterne – gratis første samtale om arv og skifte", "da"),
        ("Anzeige", "Winterreifen jetzt montieren lassen – Aktion bei Autohaus Pichler in Leoben", "de"),
    ],
)
def test_a_short_offer_under_an_ad_marker_is_ad(marker: str, copy: str, lang: str) -> None:
    page = detected([PARAGRAPHS["en"][0], marker, copy, PARAGRAPHS["en"][1]], lang)
    assert "ad.copy_offer" in rules_of(page, copy)


@pytest.mark.parametrize(
    "line",
    [
        "Free parking",  # a story's subheading: too short for an advert's copy
        "The council will offer free parking at the leisure centre from Monday.",  # a sentence of the story
        "Why the free bus pass costs the council more than expected",  # no offer: a subheading about one
        "Die Aktion der Feuerwehr dauerte bis in die Nacht",  # no offer's shape: no dash, colon or figure
    ],
)
def test_story_lines_about_an_offer_under_an_ad_marker_stay(line: str) -> None:
    """Hard negatives: the story's subheading or paragraph after 'Advertisement'."""
    page = detected([PARAGRAPHS["en"][0], "Advertisement", line, PARAGRAPHS["en"][1]])
    assert "ad.copy_offer" not in rules_of(page, line)


def test_story_paragraph_under_a_plain_marker_stays_unclaimed() -> None:
    """Hard negative: 'Advertisement' then the story goes on (prices, but no pitch to the reader)."""
    paragraph = "The council said the new ferry would cost £4.2m and carry 300 passengers from the spring."
    page = detected([PARAGRAPHS["en"][0], "Advertisement", paragraph])
    assert rules_of(page, paragraph) == []


@pytest.mark.parametrize(
    "line",
    [
        "Bet on tonight's game: Rovers 11/10, Draw 9/4 – 18+ Gamble responsibly.",
        "Apuesta por la final: hasta 200 € en tu primera apuesta. +18. Juega con responsabilidad.",
        "Planning your retirement? Readers can book a free 30-minute pension review with our partners.",
    ],
)
def test_betting_disclaimers_and_sales_questions_are_ad(line: str) -> None:
    assert any(r.startswith("ad.") for r in rules_of(detected([line]), line))


@pytest.mark.parametrize(
    "line",
    [
        "Hiring a hall for a party, class or club? HallHop lists 3,000 venues – search your postcode today.",
        "Exporting for the first time? Harbourline Trade Finance helps small firms get paid. Talk to our desk today.",
        "Thinking about a move to Millbrook? Sunridge Realty's agents know every street. Call 555-0148 for a free valuation.",
    ],
)
def test_a_question_to_the_reader_over_a_brands_offer_is_ad(line: str) -> None:
    """The reader addressed by what they are doing, then a brand's offer or call to act, anywhere."""
    assert "ad.reader_question" in rules_of(detected([PARAGRAPHS["en"][0], line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "Travelling this weekend? Check National Rail Enquiries before you set off, the operator said.",
        "Wondering why? Officials say the bridge is unsafe and will close today.",
        "Planning a visit? The museum opens at 10am and the cafe is on the first floor.",
        "Was this ever debated openly? I asked a former colleague who still works at City Hall.",
    ],
)
def test_a_storys_question_to_the_reader_is_no_ad(line: str) -> None:
    """Hard negative: service journalism asks the reader too; with no brand's call to act after
    it, or the answer opened by an article, it is the story's."""
    assert "ad.reader_question" not in rules_of(detected([PARAGRAPHS["en"][0], line]), line)


def test_consumer_advice_in_the_second_person_is_no_ad() -> None:
    """Hard negative: advice to the reader with prices is the story's, wherever it stands."""
    line = "If your supplier overcharged you, ask for a refund: most pay back the £40 within a fortnight."
    assert rules_of(detected([PARAGRAPHS["en"][0], line]), line) == []


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Paid partner content", "ad.marker[en]"),
        ("Today's deals", "ad.marker[en]"),
        ("Gesponserte Inhalte", "ad.marker[de]"),
        ("Weiterlesen nach der Anzeige", "ad.marker[de]"),
        ("Contenidos patrocinados", "ad.marker[es]"),
        ("Contenus sponsorisés", "ad.marker[fr]"),
        ("Conteúdos patrocinados", "ad.marker[pt]"),
        ("Paid partnership with a regional bank", "ad.sponsored_prefix[en]"),
        ("Partnerangebot", "ad.marker[de]"),
    ],
)
def test_more_marker_lines(line: str, rule: str) -> None:
    assert ad_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    ["The deals struck today will cut bus fares.", "Weiterlesen lohnt sich: Der Bericht hat 40 Seiten."],
)
def test_prose_with_marker_words_is_no_marker(line: str) -> None:
    """Hard negatives: whole-line markers never match a sentence that holds their words."""
    assert ad_rule(line) is None


def test_the_footer_link_advertise_with_us_is_chrome_not_an_ad_marker() -> None:
    """The publisher's footer link (chrome by the guide) marks no advert; an ad slot's own label still does."""
    assert ad_rule("Advertise with us") is None
    assert "chrome.prefix[en]" in rules_of(detected(["Advertise With Us"]), "Advertise With Us")
    assert ad_rule("Report this ad") == "ad.marker[en]"


def test_nordic_bare_marker_stands_alone() -> None:
    """A bare "Annons" stands alone like "Advertisement": the article lines under it stay body."""
    labels = label_map(
        "Badhuset stänger i två år\n\n"
        "Kommunen har beslutat att renovera det gamla badhuset och det är inte klart när det öppnar igen.\n\n"
        "Annons\n\n"
        "Vad händer under stängningen?\n"
        "Skolornas simundervisning flyttas till grannkommunen, dit eleverna åker buss\n\n"
        "Simklubben får träna fem kvällar i veckan i grannkommunens bad, och det har inte varit lätt att ordna.\n"
    )
    assert labels["Annons"] is Label.AD
    assert labels["Vad händer under stängningen?"] is Label.BODY
    assert labels["Skolornas simundervisning flyttas till grannkommunen, dit eleverna åker buss"] is Label.BODY


@pytest.mark.parametrize("line", ["Advertisement 2", "Anzeige 12", "Advertisement \u0662"])
def test_a_numbered_slot_is_read_on_a_key_that_ends_in_a_digit(line: str) -> None:
    """ad.detect tries NUMBERED_MARKER only on a key whose last character is a digit: the pattern
    must end in ``\\d`` (for which ``str.isdigit`` holds, an Arabic-Indic digit too) to miss none."""
    assert ad.NUMBERED_MARKER.pattern.endswith(r"\d{1,2}$")
    assert ad_rule(line) == ("ad.marker[de]" if line.startswith("Anzeige") else "ad.marker[en]")


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Continua a leggere dopo la pubblicità", "ad.marker[it]"),
        ("Continue a ler depois da publicidade", "ad.marker[pt]"),
        ("Publireportage", "ad.marker[fr]"),
        ("Advertisement 2", "ad.marker[en]"),
        ("Anzeige 3", "ad.marker[de]"),
    ],
)
def test_continuation_markers_and_numbered_slots(line: str, rule: str) -> None:
    assert ad_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Contenuto sponsorizzato: Le migliori offerte di fibra per la tua casa",
        "Contenu sponsorisé : Les plus beaux gîtes du Cantal",
        "Gesponsord: Schaatsen slijpen? Nu 20% korting",
        "Anzeige Gesponsert: Diese Bäckerei liefert jetzt auch sonntags",
        "Promosso da Idraulica Fenoglio",
        "Proposé par Énergie Provence",
        "Presentert av Vestland Bilsenter",
        "Contenido ofrecido por Climatiza Hogar",
        "Promovido por Seguros Altavista",
        "Sponsored Content Around the Web: families are switching to this solar plan",
    ],
)
def test_more_sponsored_prefixes(line: str) -> None:
    assert (ad_rule(line) or "").startswith("ad.sponsored_prefix")


@pytest.mark.parametrize(
    "line",
    [
        "Promosso da un comitato di cittadini, il referendum si terrà in primavera in tutta la provincia.",
        "Proposé par le maire, le projet de nouvelle piscine a été adopté à l'unanimité lundi soir.",
        "Ofrecido por el ayuntamiento, el servicio de autobús será gratuito durante todo el verano.",
        "Advertisement 2 was the one the committee rejected, the minutes show.",
    ],
)
def test_sentences_opening_with_the_new_sponsor_phrases_are_no_ad(line: str) -> None:
    """Hard negatives: the same openings in a sentence of the story."""
    assert run_line(ad.detect, line, "en", ALL_LANGS) == []


def test_a_continuation_marker_leads_no_card() -> None:
    page = detected(
        ["Intro line of the page", "", "Continua a leggere dopo la pubblicità", "Vicentina", "Bortolin 5"], "it"
    )
    assert rules_of(page, "Vicentina") == []


def test_a_card_ends_above_the_storys_next_subheading() -> None:
    """Hard negative: a short subheading over the story's next paragraph is no line of the card."""
    page = detected(
        [
            PARAGRAPHS["fr"][0],
            "",
            "Publireportage",
            "Val-d'Auzon : les habitants qui ont isolé leur maison ont eu une surprise",
            "Collecte des déchets",
            PARAGRAPHS["fr"][1],
        ],
        "fr",
    )
    assert rules_of(page, "Val-d'Auzon : les habitants qui ont isolé leur maison ont eu une surprise") == [
        "ad.sponsored_card"
    ]
    assert rules_of(page, "Collecte des déchets") == []


def test_french_gambling_disclaimer() -> None:
    line = "Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13."
    assert "ad.disclaimer" in rules_of(detected([PARAGRAPHS["fr"][0], line], "fr"), line)


@pytest.mark.parametrize(
    "line",
    [
        "This feature was produced in partnership with the Halloway Marine Foundation.",
        "Presented with The Quayside Grand",
        "In Kooperation mit Velora",
        "Este contenido ha sido elaborado en colaboración con Caja Rural del Valle.",
        "Questo articolo è realizzato in collaborazione con Edilporto Costruzioni.",
        "Cet article est réalisé en partenariat avec la Mutuelle des Causses.",
    ],
)
def test_a_piece_saying_it_is_paid_for_is_ad(line: str) -> None:
    assert "ad.sponsor_note" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The report was produced in partnership with the university's school of public health.",
        "In Kooperation mit der Polizei hat die Stadt am Montag die Kontrollen an der Brücke verstärkt.",
        "Este estudio se ha elaborado en colaboración con tres hospitales de la provincia.",
        "This article was corrected on 4 May to give the right date of the hearing.",
    ],
)
def test_partnerships_in_the_story_are_no_sponsor_note(line: str) -> None:
    """Hard negatives: the story's own partnerships, and a piece speaking of itself with no sponsor."""
    assert "ad.sponsor_note" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Story continues", "ad.marker[en]"),
        ("Buy now", "ad.marker[en]"),
        ("Shop now", "ad.marker[en]"),
        ("Artikel wird unter der Anzeige fortgesetzt", "ad.marker[de]"),
        ("Haberin Devamı", "ad.marker[tr]"),
        ("Scroll untuk melanjutkan", "ad.marker[id]"),
        ("Ver oferta", "ad.marker[es]"),
    ],
)
def test_buttons_and_continue_notes_are_markers(line: str, rule: str) -> None:
    assert ad_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "£64.99 at GardenDirect",
        "£32/mth at Tarifflo",
        "From $179 at Coastline Outdoor",
        "24,99 € bei Gartenwelt",
        "See price at Amazon",
        "Tickets from £18 at StageDoorTix",
        "Insulated Market Tote, 30L — £14.99 at HomeStore",
        "Set de táperes de vidrio, 10 piezas — 24,99 € en CasaPlus",
    ],
)
def test_a_shops_offer_in_an_affiliate_box_is_an_ad(line: str) -> None:
    assert ad_rule(line) == "ad.price_line"


@pytest.mark.parametrize(
    "line",
    [
        # the place is no shop's name, or the line is a sentence of the story
        "€5 at the door",
        "Tickets cost £18 at the box office.",
        "£2.40 at the start of the year, against £1.90 now",
        "Parking costs £2 all day at Bridge Street, the council said.",
    ],
)
def test_prose_with_a_price_is_no_offer(line: str) -> None:
    assert ad_rule(line) is None


def test_a_shop_box_between_the_story_and_its_table_keeps_the_table_in_the_article() -> None:
    """The rows of the story's price table under a "Shop now" box are body, and so is the text after them."""
    p = PARAGRAPHS["en"]
    rows = [
        "Stall | 2024 | 2026 | Change",
        "Farrow's Fruit | £3.50 | £4.40 | +26%",
        "Bridge Bakery | £1.20 | £1.45 | +21%",
    ]
    box = ["Shop now", "Insulated Market Tote, 30L — £14.99 at HomeStore"]
    last = "Pitch fees rose by 15% last April."
    labels = label_map("\n".join([HEADLINES["en"], *p[:3], *box, *rows, last, "© 2026 Northgate Standard"]))
    assert labels[box[0]] is Label.AD and labels[box[1]] is Label.AD
    assert all(labels[row] is Label.BODY for row in rows)
    assert labels[last] is Label.BODY


# ------------------------------------------------------------- a shop's price in the flow


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "The Brisa 3 toaster, £29 at Kitchenly, browns four slices evenly and has a bagel setting."),
        ("en", "Linen summer shirt £24.99 at Marlowe & Finch"),
        ("de", "Die Regentonne „Aqua 200“ gibt es ab 59 Euro bei Gartenmarkt Sommer in Elsdorf."),
        ("de", "Das Schloss kostet bei Radhaus Menke 39,90 Euro und hat im Test gut abgeschnitten."),
        ("de", "Der Akkusauger ist jetzt für 149 statt 229 Euro im Fachhandel zu haben."),
        ("es", "La estufa Calora 5, por 79,99 euros en Hogarplus, calienta una habitación en diez minutos."),
        ("fr", "Parapluie tempête pliable – 24 € au lieu de 39 € sur Boutique Averse"),
        ("it", "La borraccia termica Fresca costa 19,90 € su CasaLago Shop e tiene l'acqua fresca per un giorno."),
        ("nl", "Het fietsslot kost bij Fietsplus 29,95 euro en is goedgekeurd door de verzekeraars."),
        ("pt", "O queijo da serra está à venda por 14,50 euros o kilo em todas as lojas Queijaria."),
    ],
)
def test_a_shops_price_in_the_article_is_an_ad(lang: str, line: str) -> None:
    page = detected(article(lang if lang in PARAGRAPHS else "en", middle=(line,)), lang)
    ad.detect_shop_prices(page)
    assert "ad.shop_price" in rules_of(page, line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a price in the story, at no shop, at a season, or a fee that went up
        ("en", "Tickets cost £5 at the door and children go free."),
        ("en", "The market sold mince pies for £2 at Christmas, the organisers said."),
        ("en", "The repairs cost £86,400, raised from grants and the summer fête."),
        ("de", "Die Eintrittspreise steigen auf 6,50 statt bisher 4,50 Euro, teilte die Stadt mit."),
        ("de", "Der Eintritt kostet künftig 6,50 statt 4,50 Euro."),
        ("es", "El billete de ida y vuelta cuesta 18 euros, y 9 para menores de 12 años."),
        # a cost per year or month ("im Jahr" is no shop)
        ("de", "Für einen Haushalt bedeutet das nach Angaben des Versorgers Mehrkosten von etwa 95 Euro im Jahr."),
        ("de", "Die Miete steigt im Schnitt um 40 Euro im Monat, teilte die Genossenschaft mit."),
    ],
)
def test_a_price_in_the_story_is_no_shop_price(lang: str, line: str) -> None:
    page = detected(article(lang, middle=(line,)), lang)
    ad.detect_shop_prices(page)
    assert "ad.shop_price" not in rules_of(page, line)


def test_a_deals_round_up_keeps_its_shop_prices() -> None:
    deals = [
        "Lumo streaming stick for $24.99 at Bexley's",
        "Sorrel 55-inch TV for $279 at Crane Mart",
        "Norbeck soundbar with sub for $129 at Bexley's",
        "Vanta Pro earbuds for $39 at Tilson",
    ]
    page = detected(article("en", middle=tuple(deals)))
    ad.detect_shop_prices(page)
    assert all("ad.shop_price" not in rules_of(page, line) for line in deals)


@pytest.mark.parametrize(
    ("lang", "line", "rule"),
    [
        (
            "en",
            "Lakeside lodges with hot tubs from £79 a night this winter. Book direct with Fellside Breaks.",
            "ad.call_to_act[en]",
        ),
        ("en", "Boiler service from Kestrel Heating: fixed price £65. Call 01632 960 552 today.", "ad.call_to_act[en]"),
        ("de", "Jetzt Festgeld sichern: 3,4 % Zinsen für zwölf Monate bei der Talbank.", "ad.call_to_act[de]"),
        ("pt", "Seguro automóvel a partir de 19 euros por mês. Simule já sem compromisso.", "ad.call_to_act[pt]"),
        ("it", "Vacanze sul lago: prenota entro il 30 aprile e risparmi il 15%.", "ad.call_to_act[it]"),
        (
            "en",
            "Save up to 30% on heating with Brightwarm heat pumps – free survey for Dunholt homes.",
            "ad.call_to_act[en]",
        ),
        (
            "es",
            "Protege tu coche este invierno con Seguros Norte: un 20 % de descuento el primer año.",
            "ad.call_to_act[es]",
        ),
        ("fr", "Découvrez nos confitures artisanales du Vercors. Livraison offerte dès 4 pots.", "ad.call_to_act[fr]"),
        # a price written "2 €" (the sign after the figure, then a space)
        (
            "fr",
            "Assurance voyage : partez l'esprit tranquille dès 2 € par jour avec Mutuelle Bocage",
            "ad.call_to_act[fr]",
        ),
        (
            "en",
            "Moving house this spring? Carters Removals will pack your boxes for free on moves booked in May.",
            "ad.pitch_question",
        ),
    ],
)
def test_an_adverts_call_to_act_with_its_offer_is_an_ad(lang: str, line: str, rule: str) -> None:
    page = detected(article(lang if lang in PARAGRAPHS else "en", middle=(line,)), lang)
    ad.detect_calls_to_act(page, ALL_LANGS)
    assert rule in rules_of(page, line)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a travel tip tells the reader to book, with no offer
        ("en", "Ferries run twice daily in summer. Book cars well ahead; foot passengers can turn up."),
        # someone's words, and a helpline in a story
        ("en", '"Book now, it is 20% cheaper," the manager told the meeting on Tuesday.'),
        ("en", "If you are struggling, call the free helpline on 0800 555 0101."),
        # a travel story's advice: an imperative with no offer
        ("en", "Discover the old town on foot; the walking tour starts at the cathedral steps."),
        ("en", "Découvrez le village à pied : la visite part de la place de l'église à 10 heures."),
        # an explainer's question and its answer, with money in it but no reader addressed
        ("en", "Is that a lot of money? For a council facing a £9m gap, perhaps."),
        ("en", "Why not sell the flats? Because a sale would lose the town £11m on paper."),
        ("de", "Die Stadt will jetzt die Gebühren um 5 % erhöhen, sagte der Kämmerer."),
        # a travel story's advice with a price but no call to act
        ("fr", "Le bus part de la gare toutes les heures et le billet coûte 2 € par trajet."),
    ],
)
def test_story_lines_with_an_offer_word_are_no_call_to_act(lang: str, line: str) -> None:
    page = detected(article(lang, middle=(line,)), lang)
    ad.detect_calls_to_act(page, ALL_LANGS)
    assert not any(r.startswith("ad.call_to_act") for r in rules_of(page, line))


@pytest.mark.parametrize(
    "line",
    [
        "In association with Marsh Leisure: courts from £10 an hour.",
        "Presented in partnership with Orchard Cider: taste the new harvest at the farm.",
        "Support for this programme comes from Dale Valley Credit Union.",
        "Match sponsored by Penrose Timber",
        "In samenwerking met Fietsplus",
    ],
)
def test_sponsors_lines_in_the_flow(line: str) -> None:
    assert "ad.sponsor_note" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "In association with the university, the council surveyed 400 homes.",
        "Support for the plan has come from every party on the council.",
        "In samenwerking met de gemeente zijn er nieuwe fietsenstallingen gebouwd bij het station.",
    ],
)
def test_a_story_about_support_or_partners_is_no_sponsor_note(line: str) -> None:
    assert "ad.sponsor_note" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    ["Cider supplied by Orchard Co. Drink responsibly.", "Trade shares from £0 commission. Capital at risk."],
)
def test_drink_and_trading_warnings(line: str) -> None:
    assert "ad.disclaimer" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["Sponsored", "Doctors baffled: the 5-second trick for better sleep"], "en"),
        (["Sponsored", "Retirees are switching to this savings account"], "en"),
        (["Anzeige", "Ärzte verblüfft: Dieses Hausmittel hilft gegen Sodbrennen"], "de"),
    ],
)
def test_a_native_ads_title_under_its_marker(lines: list[str], lang: str) -> None:
    assert rules_of(detected(lines, lang), lines[1]) == ["ad.native_title"]


def test_a_clickbait_shape_away_from_a_marker_is_the_storys() -> None:
    p = PARAGRAPHS["en"]
    line = "Commuters are switching to the new ferry"
    assert "ad.native_title" not in rules_of(detected([p[0], line, p[1]]), line)


def test_a_sentence_under_a_marker_is_no_native_title() -> None:
    line = "Doctors were stunned by the result, the hospital said."
    assert "ad.native_title" not in rules_of(detected(["Advertisement", line]), line)


@pytest.mark.parametrize("line", ["Today's best Kelso Mini 2 deals", "$249 Northmart View", "£64.99 ShopCo See deal"])
def test_a_price_comparison_widget(line: str) -> None:
    assert ad_rule(line) == "ad.price_line"


def test_a_price_in_a_sentence_is_no_widget_row() -> None:
    assert ad_rule("$249 Northmart said it would view the offer again") is None


@pytest.mark.parametrize(
    ("lang", "header", "copy"),
    [
        ("en", "Partner content", "Sleep better this winter: the Dozewell mattress is now £399 with free delivery."),
        ("de", "Partner-Empfehlung", "Frisch geröstet nach Hause: die Hafenmischung im Abo ab 12,90 Euro pro Kilo."),
        ("pt", "Em parceria com Seguros Atlântida", "Seguro automóvel com assistência em viagem 24 horas"),
        ("en", "Presented with The Harbour Grand", "At The Harbour Grand, every room looks out over the water."),
    ],
)
def test_the_copy_glued_under_a_sponsored_header_is_ad(lang: str, header: str, copy: str) -> None:
    p = PARAGRAPHS[lang]
    page = detected([p[0], header, copy, p[1]], lang)
    assert rules_of(page, copy) == ["ad.sponsored_copy"]
    assert rules_of(page, p[1]) == []  # one line: the story goes on under it


@pytest.mark.parametrize(
    "lines",
    [
        ["Advertisement", "The council said the new ferry would carry 300 passengers."],  # a bare ad slot
        ["Brought to you by Harbour Bank", "The council said the new ferry would carry 300 passengers."],  # closing
        ["Match sponsored by Tregear Builders", "Ashcombe 24 Dray Valley 19"],  # the story's own sponsor
        ["Sponsored", "", "The council said the new ferry would carry 300 passengers."],  # set apart by a blank line
    ],
)
def test_a_story_line_under_other_ad_lines_is_no_sponsored_copy(lines: list[str]) -> None:
    """Hard negative: only a sponsored block's header leads its copy, glued under it."""
    page = detected([PARAGRAPHS["en"][0], "", *lines])
    assert "ad.sponsored_copy" not in rules_of(page, lines[-1])


@pytest.mark.parametrize(
    ("lang", "lines", "box"),
    [
        ("en", ["Advertisement", "Kelsby Pro stand mixer", "£199", "Buy now"], ["Kelsby Pro stand mixer", "£199"]),
        (
            "de",
            ["Anzeige", "Backform-Set, 3-teilig", "24,99 €", "Springform 26 cm", "12,99 €"],
            ["Backform-Set, 3-teilig", "12,99 €"],
        ),
        (
            "en",
            ["Halcyon Doorbell Pro (2nd Gen)", "Works with Alexa and Google Home", "$179.99", "See price at Amazon"],
            ["Works with Alexa and Google Home", "$179.99"],
        ),
    ],
)
def test_a_product_box_by_an_ad_marker_or_a_buy_button_is_ad(lang: str, lines: list[str], box: list[str]) -> None:
    page = detected([PARAGRAPHS[lang][0], *lines, PARAGRAPHS[lang][1]], lang)
    assert [rules_of(page, line) for line in box] == [["ad.product_box"]] * len(box)


def test_a_hotel_box_over_a_booking_button_is_ad() -> None:
    """A booking widget: the hotel's name, its rate per night and rating glued over "Book now"."""
    box = ["Lakeview Retreat Gangtok", "From ₹4,850/night", "★ 8.6 Excellent (1,204 reviews)"]
    page = detected([PARAGRAPHS["en"][0], *box, "Book now", PARAGRAPHS["en"][1]])
    assert [rules_of(page, line) for line in box] == [["ad.product_box"]] * 3
    assert rules_of(page, "Book now") == ["ad.marker[en]"]


def test_the_storys_table_under_a_continue_marker_or_a_line_set_apart_is_no_product_box() -> None:
    """Hard negative: the fares table under "Story continues below this ad" is the story's, and
    a caption set apart by a blank line above a booking box is no line of the box."""
    table = ["New fares at a glance", "Distance", "Old fare", "Up to 2 km", "₹10"]
    page = detected([PARAGRAPHS["en"][0], "Story continues below this ad", *table, PARAGRAPHS["en"][1]])
    assert all("ad.product_box" not in rules_of(page, line) for line in table)
    lines = [PARAGRAPHS["en"][0], "", "Prayer flags on the road to the pass", "", "Crest Hotel", "From ₹7,200/night"]
    page = detected([*lines, "Check availability", "", PARAGRAPHS["en"][1]])
    assert "ad.product_box" not in rules_of(page, "Prayer flags on the road to the pass")
    assert rules_of(page, "From ₹7,200/night") == ["ad.product_box"]


def test_the_storys_table_of_amounts_under_an_ad_slot_is_no_product_box() -> None:
    """Hard negative: the story's table (a heading, its header row, then amount by amount) right under
    an ad slot runs on past a product box's reach; the box next to it (name, price, the story) is still one."""
    table = ["Cuánto se cobra", "Ingresos anuales", "Ayuda mensual", "Hasta 12.600 euros", "250 euros"]
    rows = ["De 12.601 a 18.900 euros", "200 euros", "De 18.901 a 25.200 euros", "150 euros"]
    page = detected([PARAGRAPHS["es"][0], "Publicidad", *table, *rows, PARAGRAPHS["es"][1]], "es")
    assert all("ad.product_box" not in rules_of(page, line) for line in [*table, *rows])
    page = detected(
        [PARAGRAPHS["es"][0], "Publicidad", "Robot aspirador Mireau V8", "149 euros", PARAGRAPHS["es"][1]], "es"
    )
    assert rules_of(page, "149 euros") == ["ad.product_box"]


SV_PARAGRAPHS = [
    "Paret köpte skolhuset för fem år sedan och har renoverat det själva, rum för rum, med begagnat material.",
    "Golvet i köket slipade de två gånger innan de oljade det med linolja som fick dra i ett dygn.",
]


@pytest.mark.parametrize(
    ("lang", "paragraphs", "lines", "box"),
    [
        (
            "en",
            PARAGRAPHS["en"],
            [
                "Shop the look",
                "Wool-blend patchwork jacket, £89, Harlowe & Birch",
                "Knitted cardigan in oat, £45, Fenwright",
            ],
            ["Wool-blend patchwork jacket, £89, Harlowe & Birch", "Knitted cardigan in oat, £45, Fenwright"],
        ),
        (
            "sv",
            SV_PARAGRAPHS,
            [
                "Keramikmugg i ljusgrå glasyr, 249 kr, Lera & Lin",
                "Pendellampa i opalglas, 1 295 kr, Ljusbutiken",
                "Köp här",
            ],
            ["Keramikmugg i ljusgrå glasyr, 249 kr, Lera & Lin", "Pendellampa i opalglas, 1 295 kr, Ljusbutiken"],
        ),
    ],
)
def test_a_shoppable_box_of_priced_items_is_ad(
    lang: str, paragraphs: list[str], lines: list[str], box: list[str]
) -> None:
    """Products with their price and shop between commas, under a "Shop the look" heading or over a
    buy button ("Köp här")."""
    page = detected([paragraphs[0], *lines, paragraphs[1]], lang)
    assert all(any(r.startswith("ad.") for r in rules_of(page, line)) for line in box)


def test_priced_items_of_the_story_with_no_marker_are_no_product_box() -> None:
    """Hard negative: the collection's pieces listed in the story, with no heading or button."""
    items = ["Patchwork jacket, £480, Harlowe & Birch", "Cardigan in oat, £220, Harlowe & Birch"]
    page = detected([PARAGRAPHS["en"][0], *items, PARAGRAPHS["en"][1]])
    assert all(not any(r.startswith("ad.") for r in rules_of(page, line)) for line in items)


@pytest.mark.parametrize("line", ["İş birliği", "Ticari iş birliği"])
def test_a_turkish_partnership_label_is_an_ad_marker(line: str) -> None:
    assert rules_of(detected([line], "tr"), line) == ["ad.marker[tr]"]


def test_a_listings_widget_is_ad() -> None:
    """Property listings flattened to rows "type | place | area | price", with the widget's short
    heading and its "see more" link glued to them."""
    widget = [
        "Homes for sale in Bergen",
        "Flat, 3 rooms | Sandviken | 74 m² | £425,000",
        "Detached house | Åsane | 162 m² | £690,000",
        "See more homes",
    ]
    page = detected([PARAGRAPHS["en"][0], "", *widget, "", PARAGRAPHS["en"][1]])
    assert [rules_of(page, line) for line in widget] == [["ad.listing_rows"]] * 4


def test_a_listings_widget_with_dotted_cells_is_ad() -> None:
    """A US portal's listing cards, their facts set apart by middle dots."""
    widget = [
        "Featured listings",
        "14 Orchard Lane, Ashby Falls · $879,000 · 4 bd · 2.5 ba · 2,310 sq ft",
        "207 Brook St, Cedar Glen · $615,000 · 3 bd · 2 ba · 1,640 sq ft",
        "Listings provided by participating agents",
    ]
    page = detected([PARAGRAPHS["en"][0], "", *widget, "", PARAGRAPHS["en"][1]])
    assert [rules_of(page, line) for line in widget] == [["ad.listing_rows"]] * 4


def test_a_storys_dotted_facts_are_no_listings_widget() -> None:
    """Hard negative: a story's line of facts with middle dots but no floor area (a match's facts),
    or a floor area but no price (a house's rooms)."""
    facts = ["Ashby Falls · 14 Dec · 7.30pm · Tickets £5", "Cedar Glen · 21 Dec · 3pm · Tickets £4"]
    rooms = ["Kitchen · ground floor · 22 m² · 1894", "Workshop · ground floor · 48 m² · 1894"]
    page = detected([PARAGRAPHS["en"][0], *facts, "", *rooms, PARAGRAPHS["en"][1]])
    assert all("ad.listing_rows" not in rules_of(page, line) for line in [*facts, *rooms])


def test_a_storys_table_of_rates_by_floor_area_is_no_listings_widget() -> None:
    """Hard negative: the size opens the row (a rate card), or a row has no price (a house's rooms)."""
    table = ["Up to 500 sq ft | Rs 2,100 | Rs 2,352 | 12%", "501–1,000 sq ft | Rs 3,600 | Rs 4,032 | 12%"]
    rooms = ["Kitchen | ground floor | 22 m² | 1894", "Workshop | ground floor | 48 m² | 1894"]
    page = detected([PARAGRAPHS["en"][0], *table, "", *rooms, PARAGRAPHS["en"][1]])
    assert all("ad.listing_rows" not in rules_of(page, line) for line in [*table, *rooms])


def test_a_price_list_of_the_story_is_no_product_box() -> None:
    """Hard negative: a shopping basket's prices with no ad marker or buy button next to them,
    and the story's label line ("Farrow's: £25.47") above a box's button."""
    basket = ["Frozen turkey crown (1.2kg)", "£9.99", "Carrots (1kg)", "£0.45"]
    page = detected([PARAGRAPHS["en"][0], *basket, "Farrow's: £25.47", "Air fryer 5.5L", "£59.99", "Shop now"])
    assert all("ad.product_box" not in rules_of(page, line) for line in [*basket, "Farrow's: £25.47"])
    assert rules_of(page, "£59.99") == ["ad.product_box"]


def test_odds_by_a_gambling_disclaimer_are_ad() -> None:
    odds = ["Odds", "Westmoor 8/13", "Draw 2/1", "Kelsham 9/2"]
    under = "Odds på Granviken–Vikbo: 2,05 – 3,90 – 2,80"
    page = detected([PARAGRAPHS["en"][0], *odds, "18+ BeGambleAware. Bet with Tallyho", under, PARAGRAPHS["en"][1]])
    assert [rules_of(page, line) for line in [*odds, under]] == [["ad.odds"]] * 5


def test_fixtures_and_a_heading_by_a_gambling_disclaimer_are_no_odds() -> None:
    """Hard negative: a kick-off time is one decimal ("sábado 18.30"); a heading names no bet."""
    fixtures = ["Next round", "Huercal - Atlético Moguer · sábado 18.30", "Almadén - UD Isla · domingo 12.00"]
    page = detected(
        [PARAGRAPHS["es"][0], *fixtures, "Apuesta en la próxima jornada. +18. Juega con responsabilidad."], "es"
    )
    assert all("ad.odds" not in rules_of(page, line) for line in fixtures)


def test_an_ad_slot_note_is_a_marker_but_prose_about_ads_is_not() -> None:
    """ "REKLAM ALANI" (an ad slot's note) is a marker; a sentence about advertising is not."""
    assert ad_rule("REKLAM ALANI", "tr") == "ad.marker[tr]"
    assert ad_rule("Reklam alanında çalışan ajanslar geçen yıl büyüdü.", "tr") is None


@pytest.mark.parametrize(
    ("marker", "copy"),
    [
        ("Publicidade", "Vereda Seguros – o seguro automóvel dos adeptos. Simule já"),
        ("Publicité", "Offre spéciale printemps : la lunette astronomique 70/700 à 149 €, livraison offerte"),
        ("Anzeige", "Opernreise nach Verona 2027: 3 Tage inkl. Arena-Karte ab 599 €"),
    ],
)
def test_a_call_to_act_or_an_offer_right_under_a_marker_is_its_copy(marker: str, copy: str) -> None:
    """Under its marker an advert needs no pitch to the reader: a clause calling to act, or a price
    or an offer in a line that ends like no sentence."""
    page = detected([PARAGRAPHS["en"][0], marker, copy, PARAGRAPHS["en"][1]])
    assert "ad.marked_copy" in rules_of(page, copy)


@pytest.mark.parametrize(
    ("marker", "copy", "lang"),
    [
        # a call to act in more languages, and a copy opening with an exclamation
        ("Advertisement", "Bet on tonight's trots with the racing app. New members get a $20 bonus.", "en"),
        ("Реклама", "Новогодние экскурсии по городу со скидкой 15%. Купить билет на сайте.", "ru"),
        ("Reklam", "Yaz tatilinde dev fırsat! Otel paketlerinde erken rezervasyon indirimi.", "tr"),
        ("Advertisement", "Win a weekend for two! Raffle tickets on sale at the club shop.", "en"),
        # "Jetzt ... vereinbaren / sparen" (a hyphenated word between them)
        ("Anzeige", "Jetzt Probefahrt vereinbaren: Der neue Kaveno E-Stratos beim Händler in Ihrer Nähe", "de"),
        ("Anzeige", "Jetzt Heizkosten sparen: Wärmepumpen-Check vom Fachbetrieb in Ihrer Nähe", "de"),
        ("Anzeige", "Jetzt E-Bike leasen statt im Stau stehen: Radhaus Kellbach liefert in 48 Stunden", "de"),
    ],
)
def test_a_call_to_act_or_an_exclaimed_opening_under_a_marker_is_its_copy(marker: str, copy: str, lang: str) -> None:
    page = detected([PARAGRAPHS["en"][0], marker, copy, PARAGRAPHS["en"][1]], lang)
    assert "ad.marked_copy" in rules_of(page, copy)


@pytest.mark.parametrize(
    "line",
    [
        "Blythe must also pay back £8,400 under the Proceeds of Crime Act.",
        "What the developer must do",
        # an exclamation quoted from someone; "bet on" inside a sentence
        '"Never again!" said the skipper, who has fished the grounds for 30 years.',
        "Punters who bet on the favourite lost $40,000 on the night.",
        # "jetzt ... sparen" inside a story's sentence, not opening a clause
        "Die Kommunen müssen jetzt bei den Schulen sparen, sagt der Kämmerer.",
    ],
)
def test_a_story_sentence_or_subheading_under_a_marker_is_no_marked_copy(line: str) -> None:
    """Hard negatives: the story's sentence with a price (its full stop), its subheading (no offer)."""
    page = detected([PARAGRAPHS["en"][0], "Advertisement", line, PARAGRAPHS["en"][1]])
    assert rules_of(page, line) == []


@pytest.mark.parametrize(
    ("marker", "copy", "lang", "rule"),
    [
        # a line under the marker that ends in the advertiser's web address; a Swedish quote ("offert") as the offer
        (
            "Advertentie",
            "Op zoek naar een job in de haven? Bekijk 300 vacatures op havenjobs.be",
            "nl",
            "ad.marked_copy",
        ),
        ("Annons", "Solceller med batteri – få en offert på 24 timmar från Solgården", "sv", "ad.copy_offer"),
        ("Spazio pubblicitario", "Rifugio Belvedere – mezza pensione da 58 euro. Prenota ora", "it", "ad.marked_copy"),
    ],
)
def test_fresh_advert_copy_under_its_marker(marker: str, copy: str, lang: str, rule: str) -> None:
    page = detected([PARAGRAPHS["en"][0], marker, copy, PARAGRAPHS["en"][1]], lang)
    assert rule in rules_of(page, copy)
    assert any(r.startswith("ad.marker") for r in rules_of(page, marker))


def test_a_story_sentence_under_a_marker_that_names_a_site_stays() -> None:
    """Hard negative: the story goes on after the marker and names a web address inside its sentence."""
    line = "De vacatures staan op havenjobs.be, zegt de woordvoerder."
    page = detected([PARAGRAPHS["en"][0], "Advertentie", line, PARAGRAPHS["en"][1]], "nl")
    assert rules_of(page, line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Cerveja Serrana, patrocinadora oficial do Carnaval. Beba com moderação",
        "Brasserie des Flandres, la blonde de l'été. À consommer avec modération.",
    ],
)
def test_a_drinks_adverts_warning_is_a_disclaimer(line: str) -> None:
    assert "ad.disclaimer" in rules_of(detected([line]), line)


def test_a_sentence_about_drinking_in_moderation_is_no_disclaimer() -> None:
    """Hard negative: the warning's words inside a sentence of the story, not closing it."""
    line = "O médico pede que o folião beba com moderação e se hidrate durante o desfile."
    assert "ad.disclaimer" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["Kontakt", "Werbung", "Datenschutz"], "de"),
        (["Contacto", "Publicidad", "Aviso legal"], "es"),
        (["Contatti", "Pubblicità", "Privacy"], "it"),
    ],
)
def test_an_advertising_word_among_the_footer_links_is_the_footer_s_link(lines: list[str], lang: str) -> None:
    """The site's "advertise with us" link in its footer's list: chrome, surer than the marker."""
    page = detected(["Le pont rouvre en mai après deux ans de travaux.", *lines], lang)
    assert rule_of(page.verdicts[2], Label.CHROME) == "ad.footer_link"
    assert label_map("\n".join([HEADLINES["en"], *PARAGRAPHS["en"], *lines]))[lines[1]] is Label.CHROME


@pytest.mark.parametrize(
    "lines",
    [
        # an ad's slot over the footer, under the last story's teaser; English's ad slot
        ["Festival moves to the harbour in June", "Publicidad", "Aviso legal"],
        ["Contact", "Advertisement", "Privacy"],
    ],
)
def test_an_ad_slot_over_the_footer_stays_an_ad(lines: list[str]) -> None:
    """Hard negatives: no footer link right above the marker, or the English slot's word."""
    page = detected([PARAGRAPHS["en"][0], *lines])
    assert "ad.footer_link" not in rules_of(page, lines[1])
    assert any(r.startswith("ad.marker") for r in rules_of(page, lines[1]))


@pytest.mark.parametrize(
    ("line", "copy"),
    [
        ("Autohaus Brunner – Ihr Partner für Nutzfahrzeuge in der Region. Jetzt Probefahrt vereinbaren!", True),
        ("Érablière à vendre – 4 500 entailles, tubulure neuve. Contactez Immeubles Gagnon.", True),
        # a French order in the imperative, the offer's terms; a sentence of the story naming the conditions
        ("Citadine électrique dès 99 €/mois. Voir les conditions en concession.", True),
        ("Cuisines Morel – pose offerte en décembre. Demandez votre devis en magasin.", True),
        ("Le maire a signé la convention lundi. Les conditions restent secrètes.", False),
        # the story resuming under a bare marker: "Jetzt" opens a sentence of prose too
        ("Die Gemeinde hat den Antrag im Mai abgelehnt. Jetzt muss das Gericht entscheiden.", False),
        # a short order in the infinitive, the shop's street and number or its phone
        ("Winterreifen montieren lassen – 4 Reifen ab 299 Franken. Termin online buchen!", True),
        ("Ferramenta Bertola – tutto per la casa dal 1962. Via Roma 14, Roccaverde.", True),
        ("Metzgerei Fonseca · Hausgemachte Wurst · Tel. 0259 000 318", True),
        # the story's sentences: an exclamation with a capitalised noun, a street with no number
        ("Die Stadt will die Brücke bis Mai sanieren. Das ist ein Erfolg für den Verein!", False),
        ("Der Umzug beginnt um zehn Uhr. Die Route führt über die Via Roma bis zum Rathaus.", False),
    ],
)
def test_advert_copy_under_a_bare_marker_ends_in_a_call_to_action(line: str, copy: bool) -> None:
    page = detected([PARAGRAPHS["de"][0], "Anzeige", line, PARAGRAPHS["de"][1]], "de")
    # ("Jetzt Probefahrt vereinbaren" opens a clause: ad.marked_copy's call to act reads it first)
    assert bool({"ad.sponsored_copy", "ad.marked_copy"} & set(rules_of(page, line))) is copy


@pytest.mark.parametrize(
    ("line", "copy"),
    [
        # the offer's last day closes the line: "31.12." ends no sentence
        ("Autohaus Kessler: Jahreswagen mit 0,99 % Finanzierung – nur bis 31.12.", True),
        # hard negative: the story's sentence with a share, closed by its full stop
        ("Die Zinsen für Autokredite stiegen im Herbst auf 6,9 %.", False),
    ],
)
def test_an_offer_closed_by_its_last_day_under_a_marker_is_its_copy(line: str, copy: bool) -> None:
    page = detected([PARAGRAPHS["de"][0], "Anzeige", line, PARAGRAPHS["de"][1]], "de")
    assert ("ad.marked_copy" in rules_of(page, line)) is copy


def test_partner_news_in_russian_heads_native_ads_not_a_list_of_stories() -> None:
    """ "Новости партнёров" heads an exchange of paid teasers: the heading and its titles are ads; a
    list under "Самое читаемое" stays the site's own stories (hard negative)."""
    teasers = ["Врачи назвали продукт, который вредит суставам после 50 лет"]
    page = detected([PARAGRAPHS["en"][0], "Новости партнёров", *teasers], "ru")
    assert any(r.startswith("ad.marker") for r in rules_of(page, "Новости партнёров"))
    assert all(any(r.startswith("ad.") for r in rules_of(page, t)) for t in teasers)
    page = detected([PARAGRAPHS["en"][0], "Самое читаемое", *teasers], "ru")
    assert not any(r.startswith("ad.") for t in ["Самое читаемое", *teasers] for r in rules_of(page, t))


@pytest.mark.parametrize(
    "line",
    [
        "Así son las nuevas casas prefabricadas que arrasan en España Patrocinado",
        "Why smart savers in Westmere are switching to this account Ledger Bank | Sponsored",
        "Diese Gartengeräte verkaufen sich gerade wie verrückt · Gesponsert",
    ],
)
def test_a_native_ads_card_with_its_tag_at_the_end(line: str) -> None:
    assert ad_rule(line) == "ad.sponsored_tail"


@pytest.mark.parametrize(
    "line",
    [
        # the story's sentence: a full stop before the word, or the word not capitalised
        "The festival's new stage was sponsored",
        "El torneo de este año fue patrocinado por una cooperativa local. Patrocinado",
        "Sponsored",
    ],
)
def test_prose_about_sponsorship_is_no_sponsored_tail(line: str) -> None:
    """Hard negative: a sentence ending in the word, or the bare marker (another rule's)."""
    assert ad_rule(line) != "ad.sponsored_tail"


@pytest.mark.parametrize(
    ("lang", "marker", "line", "copy"),
    [
        # a call to act after the advertiser's name (fr "Simulez", nl "Vergelijk")
        ("fr", "Publicité", "Crédit Mutuel de l'Arvor – Simulez votre prêt immobilier en 2 minutes", True),
        ("nl", "Advertentie", "Energiehuis Zuid – Vergelijk uw energiecontract in drie minuten", True),
        # a telephone number closing the line
        (
            "de",
            "Anzeige",
            "Bestattungshaus Ruoff – Beistand im Trauerfall, Tag und Nacht erreichbar: 07024 55810",
            True,
        ),
        # the story's paragraph under a bare marker names a number in a finished sentence
        (
            "de",
            "Anzeige",
            "Die Beratungsstelle im Rathaus ist montags bis freitags unter 07024 55810 erreichbar.",
            False,
        ),
        # the story's subheading naming a season
        ("de", "Anzeige", "Der Spielplan für 2026/2027", False),
    ],
)
def test_a_call_or_a_telephone_number_under_a_marker_is_its_copy(lang: str, marker: str, line: str, copy: bool) -> None:
    page = detected([PARAGRAPHS[lang if lang in PARAGRAPHS else "de"][0], marker, line], lang)
    assert ("ad.marked_copy" in rules_of(page, line)) is copy


def test_a_listings_widget_with_dashes_between_its_cells_is_ad() -> None:
    """The same widget with " – " between the cells, the price's sign after the figure ("329 000 €")."""
    widget = [
        "Annonces à Lorvennes",
        "Maison 5 pièces – 112 m² – Saint-Aubin – 329 000 €",
        "Appartement T3 – 68 m² – Centre historique – 176 000 €",
        "Voir toutes les annonces",
    ]
    page = detected([PARAGRAPHS["fr"][0], "", *widget, "", PARAGRAPHS["fr"][1]], "fr")
    assert [rules_of(page, line) for line in widget] == [["ad.listing_rows"]] * 4


def test_a_storys_lines_with_dashes_and_areas_are_no_listings_widget() -> None:
    """Hard negative: the story's list of plots opens with the area (a rate card's order), and a
    district's line with a dash between its cells names no price."""
    plots = ["540 m² – Les Granges – lot 4 – 64 500 €", "610 m² – Les Granges – lot 5 – 71 000 €"]
    rooms = ["Salle des fêtes – rez-de-chaussée – 220 m² – 1894", "Atelier – rez-de-chaussée – 48 m² – 1894"]
    page = detected([PARAGRAPHS["fr"][0], *plots, "", *rooms, PARAGRAPHS["fr"][1]], "fr")
    assert all("ad.listing_rows" not in rules_of(page, line) for line in [*plots, *rooms])


@pytest.mark.parametrize(
    "sponsor", ["From Lanternwool", "By Hearthline Mortgage", "Download now from Halstrom Analytics"]
)
def test_the_advertisers_line_under_a_native_ads_copy_is_ad(sponsor: str) -> None:
    """A dump with no blank lines: marker, the advert's title, the advertiser."""
    p = PARAGRAPHS["en"]
    copy = "The cosiest throws for your next binge night, from a brand that knits them by hand"
    page = detected("\n".join([p[0], "Paid Post", copy, sponsor, p[1]]))
    assert rules_of(page, copy) == ["ad.sponsored_copy"]
    assert "ad.card_sponsor" in rules_of(page, sponsor)


@pytest.mark.parametrize(
    "line",
    [
        "From Tuesday, buses will run hourly.",  # the story's sentence, ended
        "By the time the vote came, most had left",  # no name after the cue
        "From Lanternwool and two other firms in the county came the new orders",  # too long
    ],
)
def test_a_story_line_under_a_native_ad_is_no_card_sponsor(line: str) -> None:
    p = PARAGRAPHS["en"]
    copy = "The cosiest throws for your next binge night, from a brand that knits them by hand"
    page = detected("\n".join([p[0], "Paid Post", copy, line, p[1]]))
    assert "ad.card_sponsor" not in rules_of(page, line)


def test_a_sponsors_line_under_a_native_ads_title_closes_the_card() -> None:
    """A page without blank lines: "Sponsored content" / the ad's title / "Presented by Hollis
    Heating & Air" closes the card, and the story's subheading under it is no sponsored copy."""
    lines = [
        PARAGRAPHS["en"][0],
        "Sponsored content",
        "Five reasons local homeowners are switching to heat pumps this winter",
        "Presented by Hollis Heating & Air",
        "What inmates and staff say",
        PARAGRAPHS["en"][1],
    ]
    page = detected(lines)
    assert "ad.sponsored_prefix[en]" in rules_of(page, lines[3])
    assert "ad.native_title" in rules_of(page, lines[2])
    assert "ad.sponsored_copy" not in rules_of(page, lines[4])


def test_a_marker_under_a_native_ads_title_still_opens_the_next_card() -> None:
    """Hard negative: a row of cards ("Sponsored content" / title / "Sponsored content" / title):
    the second marker opens the next card, and the line under it stays an ad."""
    lines = [
        PARAGRAPHS["en"][0],
        "Sponsored content",
        "Five reasons local homeowners are switching to heat pumps this winter",
        "Sponsored content",
        "How to earn extra money from home this December",
        PARAGRAPHS["en"][1],
    ]
    page = detected(lines)
    assert any(r.startswith("ad.") for r in rules_of(page, lines[4]))


@pytest.mark.parametrize("line", ["Paid Advertisement", "PAID ADVERTISING"])
def test_a_us_papers_paid_advertisement_label_is_a_marker(line: str) -> None:
    assert ad_rule(line) == "ad.marker[en]"
