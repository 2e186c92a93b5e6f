"""caption: text that describes or credits a picture (newsclean.detectors.rules.caption)."""

from __future__ import annotations

import pytest

from helpers import HEADLINES, PARAGRAPHS, article, detected, label_map, page_text, rule_of, rules_of, run_line
from newsclean.detectors.rules import ALL_LANGS, caption
from newsclean.segments.text import segment_lines
from newsclean.types import Label


def caption_rule(line: str) -> str | None:
    return rule_of(run_line(caption.detect, line, "en", ALL_LANGS), Label.CAPTION)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("The rescue boat reaches the flooded village on Monday. | Photo: AP", "caption.pipe_credit"),
        ("Volunteers fill sandbags outside the fish market • Photo: Tom Field", "caption.pipe_credit"),
        ("Photo: AP", "caption.credit"),
        ("Foto: dpa", "caption.credit"),
        ("Фото: Илья Ветров / «Северный вестник»", "caption.credit"),
        ("fot. Piotr Gajda / Gazeta Nadwarciańska", "caption.credit"),
        ("fot. ks. Tomasz Wielgus", "caption.credit"),
        ("Fotoğraf: Şirket arşivi", "caption.credit"),
        ("Image credit: Getty Images", "caption.credit"),
        ("Foto: Juan Pérez / EFE", "caption.credit"),
        ("Crédit photo : AFP", "caption.credit"),
        ("Foto: Divulgação", "caption.credit"),
        ("Der Kanzler spricht im Bundestag. Foto: dpa", "caption.credit"),
        ("Der Kanzler im Bundestag Foto: Jan Roe", "caption.credit"),
        ("(Photo: Jane Roe)", "caption.credit"),
        ("(L) Finance ministers shake hands at the signing ceremony. - Reuters", "caption.agency_tail"),
        ("Rescue workers search the rubble in the old town. (Getty Images)", "caption.agency_tail"),
        ("El presidente saluda a sus seguidores en Madrid. (EFE)", "caption.agency_tail"),
        ("File photo", "caption.file_photo"),
        ("(File photo)", "caption.file_photo"),
        ("Archivfoto", "caption.file_photo"),
        ("Photo d'archives", "caption.file_photo"),
        ("WATCH: Flood waters sweep through the valley (2:14)", "caption.video"),
        ("Tom Field/Westmere Gazette", "caption.credit_line"),
        ("Courtesy of the family", "caption.credit_line"),
        # a gallery's title: its credit word's stem is looked for too
        ("Gallery: the moor, then and now", "caption.credit"),
        ("Galería: así cambió la laguna entre 2015 y 2025", "caption.credit"),
        ("Galeria: o antes e o depois do teatro", "caption.credit"),
        # a credit word and a source's name: no bare name of an author
        ("Foto Ansa", "caption.credit_name"),
        ("Photo News", "caption.credit_name"),
        ("Beeld Sander Kooistra", "caption.credit_name"),
        # a drawing's credit: the court sketch's
        ("Croquis d'audience : H. D.", "caption.credit"),
        ("Zeichnung: Jana Roe", "caption.credit"),
        # a photo's credit in brackets before the description's full stop
        ("Dos investigadoras toman muestras frente a Oropesa (Foto: UVT / Comunicación).", "caption.credit"),
    ],
)
def test_caption_rules(line: str, rule: str) -> None:
    assert caption_rule(line) == rule


@pytest.mark.parametrize("line", ["Foto de archivo", "Foto de arquivo", "Bildquelle: Stadt Westmere"])
def test_more_captions(line: str) -> None:
    assert caption_rule(line) is not None


def test_credit_outranks_the_chrome_image_prefix() -> None:
    # "Image ..." also opens a chrome prefix; the credit reading must win
    page = detected(["Image credit: Getty Images"])
    assert page.label_of(0) is Label.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "A photo posted on Friday showed the bridge covered in flood water.",
        "The photo, taken from a helicopter, shows the whole valley under water.",
        "She took the photo on her phone - Reuters later bought it.",
        "Er sagte: „Das Foto ist echt.“",
        # a credit word after an article: a noun of the sentence, however short the sentence before it
        "Wer durch die Innenstadt geht, kennt das Bild: leere Schaufenster und ein Handyladen neben dem anderen.",
        "Tout le monde connaît la photo : un pont sous l'eau et une barque.",
        "La foto muestra el puente cubierto de agua.",
        "Le photographe a pris la photo depuis le toit.",
        "A foto mostra a ponte coberta de água.",
        "Фото моста, сделанное с вертолёта, облетело все соцсети.",
        "Fotografia ślubna to jego pasja od dwudziestu lat.",
        "Fotoğrafçı köprünün fotoğrafını sabah çekti.",
        "Turnout | 54% in the north, 61% in the south, officials said.",
        "The advertisement ran for three weeks in the local paper.",
        # a source in brackets closing a sentence; a drawing named in prose
        "El paro bajó en la comarca por tercer mes consecutivo (Fuente: INE).",
        "Le dessin a été remis au président du tribunal à la fin de l'audience.",
        "South Korea",
        "“No.”",
    ],
)
def test_prose_mentioning_pictures_is_not_a_caption(line: str) -> None:
    assert run_line(caption.detect, line, "en", ALL_LANGS) == []


def test_credit_word_deep_in_a_long_sentence_is_prose() -> None:
    line = "Officials at the harbour said late on Tuesday evening that the last thing anyone saw in the photo: a wall of water."
    assert caption._credit_in_prose(line, line.index("photo:"))
    assert caption_rule(line) is None


def test_description_glued_to_its_credit_line() -> None:
    page = detected(["Workers lift a section of the broken wall onto a barge", "Photo: Tom Field / Westmere Gazette"])
    assert rules_of(page, "Workers lift a section of the broken wall onto a barge") == ["caption.described"]


def test_description_above_a_bare_credit_after_a_blank_line() -> None:
    page = detected(
        ["Workers lift a section of the broken wall onto a barge", "", "Photo: Tom Field / Westmere Gazette"]
    )
    assert rules_of(page, "Workers lift a section of the broken wall onto a barge") == ["caption.described"]


def test_alt_text_repeated_by_the_full_caption() -> None:
    page = detected(
        [
            "Workers lift a section of the wall",
            "Workers lift a section of the wall onto a barge. Photo: Tom Field/Westmere Gazette",
        ]
    )
    assert rules_of(page, "Workers lift a section of the wall") == ["caption.described_repeated"]


def test_paragraph_above_a_credit_is_not_a_description() -> None:
    paragraph = "The council said the work on the wall would start in May and finish before the winter storms arrive."
    page = detected([paragraph, "Photo: Tom Field / Westmere Gazette"])
    assert rules_of(page, paragraph) == []


@pytest.mark.parametrize("line", ["Flooded streets in the old town / AFP", "Crowds gather outside the court / Reuters"])
def test_caption_ending_with_slash_agency_is_caption(line: str) -> None:
    page = detected([line])
    assert page.label_of(0) is Label.CAPTION


# ----------------------------------------------------------------- pipeline


@pytest.mark.parametrize(
    "credit",
    [
        "The rescue boat reaches the flooded village on Monday. | Photo: AP",
        "(L) Finance ministers shake hands at the signing ceremony. - Reuters",
        "Foto: dpa",
        "Image credit: Getty Images",
        "File photo",
    ],
)
def test_captions_between_paragraphs_are_caption(credit: str) -> None:
    labels = label_map(article("en", middle=(credit,)))
    assert labels[credit] is Label.CAPTION
    assert list(labels.values()).count(Label.BODY) == 4


def test_prose_about_a_photo_inside_the_article_stays_body() -> None:
    line = "A photo posted on Friday showed the bridge covered in flood water."
    assert label_map(article("en", middle=(line,)))[line] is Label.BODY


@pytest.mark.parametrize(
    "marker",
    [
        "Image 3 of 12",
        "Bild 1 von 4",
        "Foto 2 de 5",
        "Open this photo in gallery:",
        "▶ 0:58",
        "Bild 2 av 5",
        "Foto 1 dari 5",
        "Zdjęcie 1/6",
        "Bildergalerie (24 Bilder)",
        "Fotogalerie (12 Fotos)",
    ],
)
def test_line_under_a_gallery_or_player_marker_is_a_caption(marker: str) -> None:
    description = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    page = detected([marker, description])
    assert rules_of(page, description) == ["caption.after_marker"]
    best = page.best(page.texts.index(marker))
    assert best is not None and best.label is Label.CHROME


def test_slide_of_a_gallery_may_run_to_three_sentences() -> None:
    """Under each of a gallery's markers a caption may tell more; under a lone marker the same
    lines are the story's (hard negative: ``test_paragraph_under_a_marker_or_a_bare_counter_is_not_taken``)."""
    slide = "A school minibus waits on the deck in fog. On bad mornings the ferry sounds its horn."
    others = ["The ramp is lowered at dawn.", "Regulars wait in the rain."]
    gallery = detected(["Photo 1/9", others[0], "Photo 2/9", slide, "Photo 3/9", others[1]])
    assert rules_of(gallery, slide) == ["caption.after_marker"]
    assert "caption.after_marker" not in rules_of(detected(["Photo 2/9", slide]), slide)


def test_a_gallery_title_with_a_figure_is_no_counter() -> None:
    """Hard negative: a gallery's title that names a count in words of the story ("12 photos of ...")."""
    line = "Diaporama : 12 photos du carnaval de Binche"
    page = detected([line, "Les Gilles défilent dans la vieille ville depuis l'aube."])
    assert "chrome.photo_marker" not in rules_of(page, line)


def test_short_title_under_a_marker_is_not_taken() -> None:
    """Hard negative: under a marker a short title-like line can be the story's next subheading."""
    page = detected(["Photo 1 of 10", "The programme of the opening week"])
    assert rules_of(page, "The programme of the opening week") == []


def test_paragraph_under_a_marker_or_a_bare_counter_is_not_taken() -> None:
    """Hard negatives: a slide that tells the story in sentences; the lead under a carousel's "1 / 4"."""
    paragraph = "The council said the work would take all summer. Traders were told to move to the car park."
    lead = "A research ship surveying the seabed off the coast has found a field of glass sponges."
    assert "caption.after_marker" not in rules_of(detected(["Image 2 of 5", paragraph]), paragraph)
    assert "caption.after_marker" not in rules_of(detected(["1 / 4", lead]), lead)


@pytest.mark.parametrize("credit", ["Foto: Sina Holtkamp/dpa", "Photo: Ailsa Rennick", "(Image: Lorna Quigley)"])
def test_one_sentence_glued_to_a_photo_credit_is_a_sure_caption(credit: str) -> None:
    """In a dump without blank lines; sure enough (0.8) to hold inside the article."""
    description = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    page = detected([*PARAGRAPHS["en"][:2], description, credit, *PARAGRAPHS["en"][2:]])
    assert "caption.described_sentence" in rules_of(page, description)
    assert (
        label_map("\n".join([HEADLINES["en"], *PARAGRAPHS["en"][:2], description, credit, *PARAGRAPHS["en"][2:]]))[
            description
        ]
        is Label.CAPTION
    )


@pytest.mark.parametrize(
    ("above", "line", "credit"),
    [
        (
            "Harbour town votes to rebuild its flooded sea wall",
            "Residents backed the plan after the worst storm surge in living memory.",
            "Photo: Ailsa Rennick",
        ),
        ("", "The ferry will run again from Monday. The operator said repairs were finished.", "Photo: Ailsa Rennick"),
        ("", "The minister said the government would review the rules next year.", "Source: Harbour News"),
    ],
)
def test_standfirst_two_sentences_or_a_source_line_are_no_sure_caption(above: str, line: str, credit: str) -> None:
    """Hard negatives: the standfirst under a title; two sentences; a source, not a photo credit."""
    page = detected([*([above] if above else []), line, credit])
    assert "caption.described_sentence" not in rules_of(page, line)


@pytest.mark.parametrize(
    ("line", "described"),
    [
        ("A makerspace on the first floor will offer 3D printers and laptops for loan.", False),
        ("The new bridge would carry 9,000 vehicles a day across the estuary.", False),
        # the future in a relative clause describes what the picture shows
        ("Part of the disused railway line near Carrigmore that will form the new greenway.", True),
    ],
)
def test_a_sentence_that_looks_ahead_over_a_credit_is_the_storys(line: str, described: bool) -> None:
    """Hard negative: a picture shows what is; the story's sentence over a bare credit tells what will be."""
    page = detected([*PARAGRAPHS["en"][:2], line, "Picture: Halbury Borough Council", *PARAGRAPHS["en"][2:]])
    assert ("caption.described_sentence" in rules_of(page, line)) is described


@pytest.mark.parametrize(
    ("credit", "described"), [("(SDA/fbü)", False), ("(dpa/lni)", False), ("Foto: Keystone", True)]
)
def test_the_last_sentence_over_a_wire_credit_is_no_caption(credit: str, described: bool) -> None:
    """Hard negative: a wire story's credit at its end (a byline, surer than the line's weak
    caption reading) under its last paragraph; the same sentence over a photo's credit is one."""
    last = "Der nächste Jackpot beträgt am Samstag 1,2 Millionen Franken."
    page = detected([*PARAGRAPHS["en"][:2], last, credit])
    assert ("caption.described_sentence" in rules_of(page, last)) is described


@pytest.mark.parametrize(
    ("description", "credit"),
    [
        ("Ein Fährschiff liegt am Anleger von Strohmünde fest.", "Foto: Ines Fahrenholz"),
        ("Le pont de la Sarre, fermé depuis le mois de mai.", "© Photo : Claire Vautrin"),
        ("Dos grúas retiran los restos del puente sobre el río.", "Foto: Julia Montes / EFE"),
    ],
)
def test_sentence_glued_to_a_photo_credit_between_spaced_paragraphs_is_a_sure_caption(
    description: str, credit: str
) -> None:
    """In a dump with blank lines between paragraphs, the sure reading (0.8) wins over the
    weaker ``caption.described`` (0.6) that a prose line inside the article outweighs."""
    first, second, *rest = PARAGRAPHS["en"]
    page = detected([first, "", second, "", description, credit, "", *rest])
    assert "caption.described_sentence" in rules_of(page, description)
    assert "caption.described" not in rules_of(page, description)


@pytest.mark.parametrize(
    ("credit", "sure"),
    [
        ("Foto: Mariana Ocádiz | El Heraldo del Valle", True),
        ("Photo : Hugo Marchal pour Le Courrier national", True),
        # a clip's credit of the same length: the sentence may be the story's
        ("Video: Mariana Ocádiz | El Heraldo del Valle", False),
    ],
)
def test_sentence_over_a_long_photo_credit_is_a_sure_caption(credit: str, sure: bool) -> None:
    """A photo's credit may name the photographer and the paper in up to ten words."""
    description = "Trabajadores del servicio de agua revisan una fuga en la calle Fresno."
    page = detected([*PARAGRAPHS["es"][:2], description, credit, *PARAGRAPHS["es"][2:]])
    assert ("caption.described_sentence" in rules_of(page, description)) is sure


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("© Belga / Jonas Maes", Label.CAPTION),
        ("© Bergbahnen Zirmtal/Ch. Moser", Label.CAPTION),
        # hard negatives: a site's copyright line, with a year or a list of links
        ("© Wesermarsch Bote 2026 | Impressum | Datenschutz", Label.CHROME),
        ("© Hansestädter Tageblatt 2025", Label.CHROME),
    ],
)
def test_a_copyright_of_source_and_photographer_outranks_the_copyright_prefix(line: str, label: Label) -> None:
    assert detected([line]).label_of(0) is label


@pytest.mark.parametrize(
    ("credit", "sure"), [("© Voix du Diocèse / T. Faure", True), ("© La Voix du Diocèse – Tous droits réservés", False)]
)
def test_sentence_over_a_copyright_of_source_and_photographer_is_a_sure_caption(credit: str, sure: bool) -> None:
    """ "© source / photographer" credits a picture; a site's copyright of as many words closes the article."""
    description = "L'abbé bénit la plus grosse des cloches, baptisée Marie-Géraldine, devant l'église samedi."
    page = detected([*PARAGRAPHS["fr"][:2], description, credit, *PARAGRAPHS["fr"][2:]])
    assert ("caption.described_sentence" in rules_of(page, description)) is sure


def test_a_weak_caption_over_a_photo_credit_is_made_sure() -> None:
    """A line read as a caption by its shape alone (``caption.positions``) is sure over a credit;
    a line another label claimed is left alone (hard negative)."""
    weak = "Elowen at her door, 1976 (left) and 2016."
    page = detected([*PARAGRAPHS["en"][:2], weak, "Photos: Morwenna Tregarthen", *PARAGRAPHS["en"][2:]])
    assert "caption.described_sentence" in rules_of(page, weak)
    page = detected([*PARAGRAPHS["en"][:2], "Advertisement", "Photo: Morwenna Tregarthen", *PARAGRAPHS["en"][2:]])
    assert not any(r.startswith("caption.described") for r in rules_of(page, "Advertisement"))


def test_sentence_over_a_photo_agency_in_capitals_is_a_sure_caption() -> None:
    """ "MEGA" alone credits a photo; the editors' initials "SAP // JMR" do not (the hard negative below)."""
    description = "Sienna Ward and Jax Holloway leave a restaurant in Malibu on Saturday night."
    page = detected([*PARAGRAPHS["en"][:2], description, "MEGA", *PARAGRAPHS["en"][2:]])
    assert "caption.described_sentence" in rules_of(page, description)


@pytest.mark.parametrize(("credit", "both"), [("Photos: Léa Vautrin", True), ("Photo: Léa Vautrin", False)])
def test_two_sentences_over_a_credit_of_several_photos_are_captions(credit: str, both: bool) -> None:
    """A credit of several photos covers the sentence above the sure caption too; a credit of one
    photo does not (hard negative), nor does it reach a paragraph of several sentences."""
    upper = "The choir at the county music festival in 1987."
    lower = "Members of the choir rehearse in the church hall in 2018."
    paragraph = "The choir was founded in 1952. It has sung at every festival since."
    page = detected([paragraph, upper, lower, credit, *PARAGRAPHS["en"][2:]])
    assert "caption.described_sentence" in rules_of(page, lower)
    assert ("caption.described_plural" in rules_of(page, upper)) is both
    assert rules_of(page, paragraph) == []


def test_paragraph_above_wire_initials_is_no_sure_caption() -> None:
    """Hard negative: "SAP // JMR" closes a wire story (the editors' initials), it credits no photo."""
    last = "A greve mantém-se até sexta-feira. A empresa aconselha os passageiros a consultar o horário."
    page = detected([*PARAGRAPHS["pt"][:2], last, "SAP // JMR"])
    assert "caption.described_sentence" not in rules_of(page, last)


@pytest.mark.parametrize(
    ("line", "form"),
    [
        ("Sandbags stacked at the Ngaio Road bridge on Sunday. Photo / Hemi Tautahi", "credit_word"),
        ("The old clock tower will be kept and restored under the plans. Photo by Callum Rook", "credit_word"),
        ("A reservoir that supplies most of the eastern suburbs. (File photo)", "credit_word"),
        ("A resident clears mud from the steps of a home in Carver Falls. (AW Photo/Nina Paulsen)", "credit_word"),
        (
            "Der neue Markt am Hafen hat nach dem Umbau zweiunddreißig Stände unter einem großen Holzdach. Foto: D.R.",
            "credit_word",
        ),
        ("Die Fähre verbindet die beiden Orte seit 1954. Bildrechte: WLR/Sebastian Loehr", "credit_word"),
        ("La salle du conseil était comble mardi soir. © Julien Marchal", "copyright"),
        ("Der Bischofsvikar segnet die restaurierte Orgel. © Diözese St. Wolfgang/Gruber", "copyright"),
        ("Utility crews work to restore power along Route 22 on Thursday. (WKRV)", "parenthesis"),
        ("La scuola elementare del paese in una foto scattata nel 2021. (Archivio)", "parenthesis"),
        ("La presidenta regional tras la votación de este jueves en el Parlamento. ÁNGEL MURCIANO", "capitals"),
        ("A burnt-out house on Tarra Valley Road. (Supplied: Kirsty Nguyen)", "paren_supplied"),
        ("The couple leave the church after the service. (Instagram/tundebakare)", "paren_supplied"),
        # a bullet between the description and its credit
        ("Sur le port de Penhir, les habitants attendent des nouvelles du bac. • ©Ondes Atlantique", "copyright"),
    ],
)
def test_a_description_closed_by_its_credit_is_a_caption(line: str, form: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert rules_of(page, line) == [f"caption.tail_credit.{form}"]
    assert all(v.score >= 0.75 for v in page.verdicts[1])  # holds inside the article


@pytest.mark.parametrize(
    "line",
    [
        "He looked at the old album for a long time. Photo by photo, the memories came back.",
        "The council will meet again on Monday. NHS England said it would respond within a week.",
        "The building opened in 1974 and closed in 2019. It will be demolished next year.",
        "She took the picture herself. The image was shared thousands of times.",
        "The copyright © lapsed in 1998. St. Mary's church bought the rights.",
        # a supplier named inside the sentence, no credit in brackets at its end
        "The parts were supplied: Kessler (Supplied by the council, the statement said).",
        "THE MARKET REOPENS. PHOTO BY THE EDITOR",
        # an embedded post closes with its link
        "Good luck and hope to see you again my friend. pic.twitter.com/dUO6AJlMxR",
        # a bullet before the story's next sentence
        "The ferry stays in the yard until March. • The island's school will stay open.",
    ],
)
def test_a_paragraph_ending_in_a_sentence_has_no_tail_credit(line: str) -> None:
    """Hard negatives: a last sentence of the story, or a line in capitals, is no credit."""
    page = detected([PARAGRAPHS["en"][0], line])
    assert not any("tail_credit" in r for r in rules_of(page, line))


@pytest.mark.parametrize("line", ["Photo Galleries", "Photo finish", "Pictures of the week", "Image Archive"])
def test_a_menu_entry_or_a_subheading_with_a_credit_word_is_no_credit_name(line: str) -> None:
    assert caption_rule(line) is None


def test_a_photo_credit_is_no_bare_name_byline() -> None:
    """ "Foto Ansa" under a caption is the photo's credit, not an author's name."""
    labels = label_map(article("es", middle=("La plaza del pueblo cerrada con una cinta blanca y roja", "Foto Ansa")))
    assert labels["Foto Ansa"] is Label.CAPTION


def test_a_caption_with_its_credit_describes_no_line_above() -> None:
    """Hard negative: the story's short quote above a whole caption is not its description."""
    quote = 'He added: "Disappointed? Yes. Surprised? No."'
    tail = "The dairy's clock tower will be kept under the plans. Photo by Callum Rook"
    page = detected([PARAGRAPHS["en"][0], quote, tail])
    assert rules_of(page, quote) == []


@pytest.mark.parametrize(
    ("description", "credit"),
    [
        (
            "Die Talbrücke Riedenbach überspannt das Tal auf 310 Metern. Seit dem Sommer dürfen nur noch Autos darüber.",
            "Foto: Frank Leuthold/dpa",
        ),
        ("Een buurtbatterij in de wijk De Kamp. Bewoners slaan er overdag zonnestroom in op.", "Beeld Sander Kooistra"),
        (
            "La piscine de Sombreval a été inaugurée en 1974. Elle accueille 70.000 nageurs par an.",
            "© Photo : Claire Vautrin",
        ),
    ],
)
def test_two_sentences_glued_to_a_photo_credit_are_a_sure_caption(description: str, credit: str) -> None:
    """Under a picture's own credit a description may run to a second sentence."""
    page = detected([*PARAGRAPHS["en"][:2], description, credit, *PARAGRAPHS["en"][2:]])
    assert "caption.described_sentence" in rules_of(page, description)


@pytest.mark.parametrize(
    "credit", ["Video: Pendler stehen im Stau vor der Umleitung", "Grafik: Kursentwicklung", "Quelle: dpa", "Lusa"]
)
def test_two_sentences_above_a_clip_chart_or_source_line_are_no_sure_caption(credit: str) -> None:
    """Hard negatives: a video's, a chart's or a source's line can stand under a paragraph."""
    line = "Bis dahin hatte niemand mit einer Sperrung gerechnet. Erst im Herbst war die Fahrbahn neu."
    page = detected([*PARAGRAPHS["de"][:2], line, credit, *PARAGRAPHS["de"][2:]])
    assert "caption.described_sentence" not in rules_of(page, line)


def test_sentence_under_a_gallery_counter_above_a_credit_is_a_sure_caption() -> None:
    """A counter or a reading time above the sentence ("3 min", "Gallery 1 of 12") is no
    headline whose standfirst the sentence could be."""
    description = "The Morrow Twins on the Lighthouse Stage on Saturday night."
    page = detected([*PARAGRAPHS["en"][:2], "3 min", description, "Photo: Rui Pereira for Wirewave"])
    assert "caption.described_sentence" in rules_of(page, description)


def test_photo_credit_after_a_blank_line_on_a_page_of_blank_lines() -> None:
    """Where a blank line follows every line, the blank between a sentence and its credit says nothing."""
    description = "Raw brass blanks wait to be spun into bell domes in the workshop's back room."
    lines = [PARAGRAPHS["en"][0], "", PARAGRAPHS["en"][1], "", description, "", "Photograph: Mette Kjaergaard"]
    page = detected([*lines, "", PARAGRAPHS["en"][2]])
    assert "caption.described_sentence" in rules_of(page, description)


def test_sentence_above_the_credit_of_the_main_image_is_no_sure_caption() -> None:
    """Hard negative: "Main image credit: Getty" at the article's end credits the picture at its top."""
    last = "The listing ceremony is due to be held at the stock exchange next Tuesday."
    page = detected([*PARAGRAPHS["en"][:2], last, "Main image credit: Getty"])
    assert "caption.described_sentence" not in rules_of(page, last)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Visualisierung: Staatliches Bauamt Kremsfeld", "caption.credit"),
        ("Rendering: Hollister Energy", "caption.credit"),
        ("Gazette archive photo", "caption.photo_note"),
        ("(Ledger file photo)", "caption.photo_note"),
        ("Courier staff photo", "caption.photo_note"),
    ],
)
def test_renderings_and_archive_photo_notes_are_credits(line: str, rule: str) -> None:
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "The rendering of the new stadium drew criticism from residents at Tuesday's meeting.",
        "Archive photo albums from the 1950s were donated to the museum.",
        "(The photo was later deleted.)",
    ],
)
def test_prose_about_renderings_and_archive_photos_is_no_credit(line: str) -> None:
    """Hard negatives: prose mentioning a rendering or an archive photo."""
    assert caption_rule(line) is None


@pytest.mark.parametrize(
    "after",
    ["Photo: Ailsa Rennick", "2 / 4", "Next", "Engineers found damage to a gearbox bearing. Photo: Ailsa Rennick"],
)
def test_a_slide_under_a_bare_counter_closed_by_its_credit_or_the_next_counter(after: str) -> None:
    slide = "Raw brass blanks wait to be spun into bell domes in the workshop's back room."
    page = detected([*PARAGRAPHS["en"][:2], "1 / 4", slide, after, *PARAGRAPHS["en"][2:]])
    # over a bare credit the sentence is caption.described_sentence already
    assert {"caption.under_counter", "caption.described_sentence"} & set(rules_of(page, slide))


def test_a_bare_counter_is_read_on_a_line_that_opens_with_a_digit() -> None:
    """detect_after_marker tries BARE_COUNTER only on a line whose first character is a digit: the
    pattern must open with ``\\d`` (for which ``str.isdigit`` holds, an Arabic-Indic digit too)."""
    assert caption.BARE_COUNTER.pattern.startswith(r"^\d")
    slide = "Raw brass blanks wait to be spun into bell domes in the workshop's back room."
    for counter in ("1 / 4", "\u0661 / \u0664"):
        page = detected([*PARAGRAPHS["en"][:2], counter, slide, "Next", *PARAGRAPHS["en"][2:]])
        assert "caption.under_counter" in rules_of(page, slide), counter


def test_the_lead_under_a_carousels_counter_is_no_slide() -> None:
    """Hard negative: a counter printed under the caption, above the lead; the story goes on below."""
    lead = "A research ship surveying the seabed off the coast has found a field of glass sponges."
    page = detected(["The ship's crew lowers a camera sled.", "1 / 4", lead, *PARAGRAPHS["en"]])
    assert "caption.under_counter" not in rules_of(page, lead)


def _gallery_in_flow(last: str) -> list[str]:
    p = PARAGRAPHS["en"]
    slides = [
        "1/4",
        "Saoirse arrives at the theatre for the premiere (Image: Conor McKeown/Spotlight)",
        "2/4",
        "The ring is understood to be a vintage oval diamond set in yellow gold",
        "3/4",
        "Her co-star arrived with his wife Neasa (Image: Brian Whelan/Spotlight)",
    ]
    return [p[0], "", *slides, "", p[1], "", "4/4", last, "", p[2]]


def test_a_slide_under_a_counter_of_a_gallery_in_the_flow_is_a_caption_though_nothing_closes_it() -> None:
    """Three counters of the page have their caption under them: the fourth one's line is its slide's."""
    last = "Guests including broadcaster Lorna Keogh gathered in the theatre bar after the screening"
    assert "caption.under_counter" in rules_of(detected(_gallery_in_flow(last)), last)


@pytest.mark.parametrize(
    "last",
    [
        "The Film",  # the story's subheading
        '"We had no idea," the director said. "Nobody did."',  # the story's quote
    ],
)
def test_the_storys_lines_under_a_counter_of_a_gallery_in_the_flow_stay(last: str) -> None:
    assert "caption.under_counter" not in rules_of(detected(_gallery_in_flow(last)), last)


def test_a_video_embeds_description_between_its_title_and_its_running_time_is_a_caption() -> None:
    p = PARAGRAPHS["en"]
    title = "Click to play video: 'Rail maintenance union says talks have stalled'"
    desc = "Union leaders say talks with Via Rail have stalled over scheduling and overtime. Ross Penner reports."
    page = detected([p[0], "", title, desc, "2:14", "", p[1]])
    caption.detect_video_descriptions(page)
    assert rules_of(page, desc) == ["caption.video_description"]


def test_a_live_post_under_a_photo_caption_and_over_the_next_time_stamp_is_no_video_description() -> None:
    """Hard negative: a live blog's photo caption (no video named), the post, the next post's time."""
    post = "Crews have reopened the coast road, police said. Drivers should still expect delays."
    page = detected(
        ["10:21", "Crews clear a fallen tree on the coast road (Photo: Jo Roe)", post, "10:05", "Earlier post."]
    )
    caption.detect_video_descriptions(page)
    assert "caption.video_description" not in rules_of(page, post)


def test_a_numbered_item_over_its_picture_credit_is_no_description() -> None:
    """A deals list: "1. Brisco air fryer, £59 (was £99)" then "Image: Brisco". The
    numbered item is the entry's title, the credit belongs to the picture under it."""
    item = "1. Tallow Dual Basket air fryer, £59 (was £99)"
    page = detected([item, "Image: Tallow"])
    assert rules_of(page, item) == []


def test_a_bulleted_item_over_a_caption_and_credit_is_no_description() -> None:
    """The last item of the story's bulleted list ("• The cause is not yet known") over the next
    photo's caption and its credit: an item of the list, not the picture's description."""
    item = "• The cause of the fire is not yet known"
    page = detected(["What we know:", "• Two people were hurt", item, "Firefighters outside the plant. Photo: AP"])
    assert rules_of(page, item) == []


def test_an_unnumbered_line_over_a_credit_is_still_described() -> None:
    """Hard negative: words without an item number over a credit are the picture's description."""
    line = "Tallow Dual Basket air fryer on a kitchen counter"
    assert rules_of(detected([line, "Image: Tallow"]), line) == ["caption.described"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Illustration", "caption.file_photo"),
        ("Symbolbild", "caption.file_photo"),
        ("(Archivio)", "caption.file_photo"),
        ("(Archives municipales de Montorlay)", "caption.file_photo"),
        ("Фото автора", "caption.file_photo"),
        ("Фото из открытых источников", "caption.file_photo"),
        ("Evening Star archive", "caption.photo_note"),
        ("MEGA", "caption.credit_line"),
        ("BACKGRID", "caption.credit_line"),
        ("Screenshot: Facebook", "caption.credit"),
        ("Fuente: Bolsa de Valores de Arcadia", "caption.credit"),
        ("Źródło: GUS", "caption.credit"),
        ("Kaynak: TÜİK", "caption.credit"),
        ("Ilustrasi", "caption.file_photo"),
        ("Ilustrasi seorang ibu memeriksa suhu tubuh anaknya yang sedang demam.", "caption.file_photo"),
        ("Foto ilustrasi pasien di ruang tunggu puskesmas", "caption.file_photo"),
    ],
)
def test_archive_illustration_and_source_credits(line: str, rule: str) -> None:
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        # a menu's entry is capitalised; a sentence about an archive or a screenshot is prose
        "Photo Archive",
        "News Archive",
        "The screenshot: a lie from start to finish, the court heard.",
        "The illustration on the cover was painted by her daughter.",
        "Ilustrasi tersebut dibuat oleh seorang pelukis muda dari Yogyakarta.",
        "Ilustrasi karya siswa SD Mekarsari dipamerkan di balai kota hingga Minggu.",
    ],
)
def test_archive_and_screenshot_words_in_menus_and_prose_are_no_credit(line: str) -> None:
    assert caption_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "File picture of a police car outside Emerald station",
        "A file photo of a Via Rail locomotive in Toronto",
        "Archieffoto van de dijk bij Olst in 2019",
        "Archivfoto vom Hochwasser an der Mühlenbrücke 2021",
    ],
)
def test_a_file_picture_described_is_a_caption(line: str) -> None:
    assert caption_rule(line) == "caption.file_photo"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of the story about an archive photograph
        "An archive photograph shown to the cabinet shows the depot in 1954.",
        "A file photo of the mayor was used on the flyer. The council apologised on Monday.",
    ],
)
def test_a_sentence_about_a_file_picture_is_no_file_photo_caption(line: str) -> None:
    assert caption_rule(line) != "caption.file_photo"


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Via Rail trains at Montreal's Central Station on Friday. THE CANADIAN PRESS/Jordan Keast",
            "caption.source_slash_name",
        ),
        ("Firefighters work on the roof of the depot in Lviv. REUTERS/Olena Marsh", "caption.source_slash_name"),
        # hard negatives: a ratio after a sentence, a source with no sentence before it
        ("Sales rose 4% in the quarter, the company said. EBITDA/sales was 12%.", None),
        ("Talks resume at the UNIFOR/Via Rail Centre", None),
    ],
)
def test_a_source_in_capitals_a_slash_and_a_name_close_a_caption(line: str, rule: str | None) -> None:
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    ("line", "form"),
    [
        (
            "Workers stand outside the gates of the smelter during a strike, February 27, 2025. LEDGERLINE/Piet Dunmore/File Photo",
            "wire_slash",
        ),
        ("Bernard Oyelaran in his darkroom at home in Dunmarrow, 2015. (Chronicle archive)", "parenthesis"),
    ],
)
def test_wire_and_archive_credits_close_a_caption(line: str, form: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert rules_of(page, line) == [f"caption.tail_credit.{form}"]


def test_a_sentence_ending_in_an_abbreviation_in_capitals_is_no_wire_credit() -> None:
    line = "The agency said the launch would slip to the spring. NASA had hoped for December."
    page = detected([PARAGRAPHS["en"][0], line])
    assert not any("tail_credit" in r for r in rules_of(page, line))


@pytest.mark.parametrize(
    "line",
    [
        "Orchard Tower on Birch Street, where most households stopped paying rent in October. (Luisa Ferrando / Marlow Standard)",
        "Members of the county assembly during a session in the old chamber on Tuesday. [File, Coast Post]",
    ],
)
def test_a_photographer_and_paper_in_brackets_close_a_caption(line: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert rules_of(page, line) == ["caption.tail_credit.bracket_name"]


@pytest.mark.parametrize(
    "line",
    [
        "The mayor met residents on Friday and promised an answer (see the council minutes / agenda item 4)",
        "He cited the report [Annex 3] in detail, the lawyer said.",
    ],
)
def test_brackets_in_prose_are_no_credit(line: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert not any("tail_credit" in r for r in rules_of(page, line))


def test_a_freelancers_credit_for_the_paper_is_a_credit_line() -> None:
    assert caption_rule("Hollis Grady for The Meridian Review") == "caption.credit_line"


@pytest.mark.parametrize("line", ["Better Buses for the City", "A Plan for the Future of The Harbour"])
def test_a_title_case_subheading_with_for_is_no_credit(line: str) -> None:
    assert caption_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "1 of 3 Water fills the Foundry Street underpass on Tuesday morning after a main broke.",
        "Figure 1. A trawl sample from 3,900 metres depth, sorted on deck.",
        "Abb. 2: Der Pegel der Aske seit 1990",
        "Satellite image showing the cloud band of the storm approaching from the Atlantic.",
        "Media caption, Watch: Assembly members react after the vote",
        "Video caption, Drone footage shows the scale of the landslip, 0:47",
    ],
)
def test_a_caption_opened_by_its_pictures_label(line: str) -> None:
    assert "caption.picture_label" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "1 of 3 candidates said they would stand again next year.",
        "Figure skating returns to the ice rink on Saturday.",
        "Aerial photos of the site were shown to the inquiry, the council said.",
        "Video captions, the council said, will be added to every meeting's recording.",
    ],
)
def test_sentences_opening_like_a_pictures_label_are_no_caption(line: str) -> None:
    assert "caption.picture_label" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        ("Baker Tom Ellery, 62, outside his shop on Quarry Lane.", "en", "caption.scene.person_age"),
        ("Fischer Uwe Rahn (58) am Mittwoch im Hafen von Lühnsiel.", "de", "caption.scene.person_age"),
        # a title's abbreviation ends no sentence
        ("Chefärztin Dr. Helga Zirngibl (58) im Schockraum der Notaufnahme.", "de", "caption.scene.person_age"),
        ("Paulette Morin, 71 ans, devant sa maison de la rue Haute.", "fr", "caption.scene.person_age"),
        ("Tomás Ibarra, de 77 años, junto a su huerto en Valdelosa.", "es", "caption.scene.person_age"),
        ("Lina Carvalho, 45 anos, à porta da padaria em Soure.", "pt", "caption.scene.person_age"),
        ("Sven Åkerlund, 70, på bryggan i Hamnviken.", "sv", "caption.scene.person_age"),
        ("Le marché couvert de Villenoux, samedi matin.", "fr", "caption.scene.day_tail"),
        ("Die gesperrte Brücke über die Olme, Dienstagabend.", "de", "caption.scene.day_tail"),
        ("La piazza del mercato allagata, martedì mattina.", "it", "caption.scene.day_tail"),
        # the part of the day alone closing a Polish or Russian caption
        ("Zaspy przy drodze w Czarnej Górze, przed południem.", "pl", "caption.scene.day_tail"),
        ("Droga krajowa nr 19 pod Wólką, we wtorek po południu.", "pl", "caption.scene.day_tail"),
        ("The harbour wall at Penmorrow, 1964.", "en", "caption.scene.dated_view"),
        ("Marktplatz, Altstadt, 1958.", "de", "caption.scene.dated_view"),
        ("The old ferry slip, pictured in 1971.", "en", "caption.scene.dated_view"),
        (
            "Volunteers stack sandbags outside the Mill Lane surgery on Friday morning.",
            "en",
            "caption.scene.present_en",
        ),
        ("Councillors at Thursday's planning meeting in the Guildhall.", "en", "caption.scene.present_en"),
        ("Barges wait at anchor below the Hollin Bend on Wednesday morning.", "en", "caption.scene.present_en"),
        (
            "Counting staff at the Corn Exchange sort ballot papers shortly after 10pm.",
            "en",
            "caption.scene.present_en",
        ),
        ("Firefighters hose down the roof of the mill early on Tuesday.", "en", "caption.scene.present_en"),
        ("Board members listen to public comment during Tuesday's meeting.", "en", "caption.scene.present_en"),
    ],
)
def test_an_uncredited_caption_told_by_its_shape(line: str, lang: str, rule: str) -> None:
    assert rule in rules_of(detected([line], lang), line)


def test_a_page_of_the_same_lines_again_reads_the_scenes_from_the_memo_of_its_language() -> None:
    """The second pass over the kept lines (Page.subset) shares the first page's memo (Page.memo),
    keyed by the language too: an English scene read again as German is no scene."""
    line = "Barges wait at anchor below the Hollin Bend on Wednesday morning."
    page = detected([line], "en")
    assert "caption.scene.present_en" in rules_of(page, line)
    for lang, found in (("en", True), ("de", False), ("en", True)):
        again = page.subset([0], segment_lines([line]), lang)
        assert again is not None and again.memo("caption.scene") is page.memo("caption.scene")
        caption.detect_scenes(again)
        assert ("caption.scene.present_en" in rules_of(again, line)) is found, lang
    assert len(page.memo("caption.scene")) == 2


def test_a_title_abbreviation_ends_no_sentence_but_a_full_stop_before_it_does() -> None:
    assert caption._sentences("Chefärztin Dr. Helga Zirngibl im Schockraum.") == 1
    assert caption._sentences("The ward closed in May. Dr. Zirngibl moved to Talheim.") == 2


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # the person then a verb: the story goes on
        ("Tom Ellery, 62, said he would not reopen the shop on Quarry Lane.", "en"),
        ("Tom Ellery, 62, runs the bakery on Quarry Lane with his son.", "en"),
        ("Uwe Rahn (58) hat den Hafen von Lühnsiel nie verlassen.", "de"),
        # the day inside the clause, or reported
        ("Le maire a annoncé la fermeture du marché samedi.", "fr"),
        ("« Nous rouvrirons », a déclaré le maire, samedi.", "fr"),
        # a look ahead below a place
        ("Temperatures will fall below the Hollin Bend gauge on Tuesday night.", "en"),
        ("The count is expected at the Corn Exchange shortly after 10pm.", "en"),
        # a story's sentence that ends in a year
        ("She was born in Penmorrow in 1931 and moved to the harbour when she married, in 1956.", "en"),
        ("- Letter from the harbour board, March 4, 2025", "en"),
        # the past tense, a look ahead, reported speech, a pronoun
        ("Volunteers stacked sandbags outside the Mill Lane surgery on Friday morning.", "en"),
        ("Firefighters remained at the scene on Tuesday morning.", "en"),
        ("The council meets at the Guildhall next Tuesday.", "en"),
        ("Board members say they will vote during Tuesday's meeting.", "en"),
        ("The surgery reopens at the Mill Lane site on Monday, the practice said.", "en"),
        ("They stack sandbags outside the Mill Lane surgery on Friday morning.", "en"),
        # two sentences: a paragraph
        ("Crews work at the Mill Lane site on Monday. The road stays closed until June.", "en"),
        # the part of the day inside the clause, or a schedule of days
        ("Energetycy przywrócili zasilanie po południu w Białce Tatrzańskiej.", "pl"),
        ("Dyżury apteki: poniedziałek, środa, piątek, po południu.", "pl"),
    ],
)
def test_sentences_of_the_story_are_no_scene(line: str, lang: str) -> None:
    assert not any(r.startswith("caption.scene") for r in rules_of(detected([line], lang), line))


def test_a_scene_caption_between_paragraphs_is_dropped() -> None:
    line = "Baker Tom Ellery, 62, outside his shop on Quarry Lane."
    labels = label_map(article(middle=(line,)))
    assert labels[line] is Label.CAPTION


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Flood barriers go up along the quay (2:05 min)", "caption.clip_length"),
        ("Hochwasser am Deich: die Lage am Morgen (1:12 Min.)", "caption.clip_length"),
        ("L'entretien avec la maire de Villenoux (18 min)", "caption.clip_length"),
        ("Bande-annonce : « Les Nuits claires » (1 min 40)", "caption.clip_length"),
        ("Видео: новый мост с высоты", "caption.clip_title"),
        ("Vidéo : la crue vue du pont", "caption.clip_title"),
        ("Wideo: tak wygląda nowy most", "caption.clip_title"),
        ("Durée de la vidéo : 02min 14s", "caption.clip_duration"),
        ("Czas trwania wideo: 2:14", "caption.clip_duration"),
    ],
)
def test_a_clips_title(line: str, rule: str) -> None:
    assert rule in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The walk from the station takes about ten minutes (10 min by bike).",
        "Video evidence was shown to the jury on Tuesday.",
        "Video games: the new consoles reviewed",
        "Tickets: 18 to 72 euros (box office)",
        # a sentence after the label, no running time alone
        "Video length: 12 seconds of footage were shown to the jury",
    ],
)
def test_no_clip_title(line: str) -> None:
    assert not any(r.startswith("caption.clip") for r in rules_of(detected([line]), line))


def test_a_list_of_days_is_no_scene() -> None:
    line = "Zona Norte (Las Palmas, El Salto) | lunes, miércoles y viernes"
    assert not any(r.startswith("caption.scene") for r in rules_of(detected([line], "es"), line))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Wendy Harrop at the allotment gate where she has grown leeks since 1990.", "en"),
        ("Shop owner Dev Malhotra outside his newsagent's on Cobble Street.", "en"),
        ("Edna and Ron Pierce with their first tractor on the farm near Ulverby.", "en"),
        ("Hanne Leutgeb mit ihrer Ziege vor dem Stall in Oberau.", "de"),
        ("Gaëlle Moreau dans son atelier, où elle restaure des horloges.", "fr"),
        ("Inés Garrido en la puerta de su tienda, donde trabaja desde 1990.", "es"),
        ("Lone Bækgaard ved klubhuset i Hvidbjerg efter dommen.", "da"),
        # the person's place in the picture in brackets after the name
        ("Pfarrer Jonas Kessler (rechts) mit Kirchenpflegerin Ute Brandl.", "de"),
        # a surname's particles between the parts of the name
        ("Topman Marloes van der Wal bij de presentatie in Leeuwarden.", "nl"),
        ("Maria da Conceição à porta da loja, um dia depois do assalto.", "pt"),
    ],
)
def test_a_person_where_the_picture_shows_them(line: str, lang: str) -> None:
    assert "caption.scene.person_place" in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a verb in the clause, a pronoun, no full stop (a title), an article opening it
        ("Wendy Harrop at the allotment committee stepped down in March.", "en"),
        ("Wendy Harrop at the allotment gate is the last of the founders.", "en"),
        ("Rovers travel to Kelby United on Tuesday night.", "en"),
        ("Greens take Amberford North in first by-election win", "en"),
        ("Hanne Leutgeb mit ihrer Ziege hat den Preis gewonnen.", "de"),
        ("Pfarrer Jonas Kessler (rechts) mit Kirchenpflegerin Ute Brandl hat die Tafel gegründet.", "de"),
        ("Das Hallenbad am Mühlgraben bleibt bis Ostern geschlossen.", "de"),
        # a product's feature in a list of them
        ("Digital Crown with haptic feedback.", "en"),
        ("Gaëlle Moreau dans son atelier a restauré trois cents horloges.", "fr"),
        # a preposition before the "name": the sentence goes to places ("i Aalborg og Aarhus")
        ("Turnéen fortsætter i Aalborg og Aarhus i januar.", "da"),
        # German articles before capitalised nouns are no surname's particles
        ("Weil der Hydrant in der Hofstraße nicht ausreichte, legten sie eine Leitung.", "de"),
        ("Marloes van der Wal bij de presentatie heeft de cijfers toegelicht.", "nl"),
    ],
)
def test_a_person_in_a_sentence_of_the_story(line: str, lang: str) -> None:
    assert "caption.scene.person_place" not in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    "line",
    [
        "A heron stands on the weir below Mill Bridge.",
        "Volunteers fill the sandbags on the quay at Penmorrow.",
        # the place after "into"
        "Tugboats guide a feeder vessel into North Port.",
        # the moment after "during", at the end
        "A parent holds her son's hand during skin-to-skin time.",
        "Suya skewers rest over a charcoal grill during a tasting session.",
        # a bare plural after a word that qualifies it, or a bare object before the place
        "Lifeboat volunteers stand outside the station on the quay.",
        "Fans wave scarves in the upper tier at Kiln Road.",
        "Growers deliver apples to the cider press near Ulverby.",
        # a participle as the object's adjective, right after the verb
        "A volunteer sorts donated coats by size on the stage of the Elm Road hall.",
    ],
)
def test_an_english_scene_opened_by_its_subject_and_verb(line: str) -> None:
    assert "caption.scene.action_en" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "New figures show a widening gap between the schools in the county.",
        "Council votes five to four to lease the park on the riverfront.",
        "Many residents live in the flood zone along the river.",
        "Local officials expect delays on the bypass near Ulverby.",
        "Investors in the round include a fund in the Netherlands.",
        "Teenager admits damaging cars in the station car park.",
        # the past after a quantity ("A few residents"), not a verb's object
        "A few residents complained at the hall about the noise.",
    ],
)
def test_a_bare_plural_and_a_verb_of_the_story_is_no_scene(line: str) -> None:
    assert "caption.scene.action_en" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "A spokesman said the weir below Mill Bridge would be repaired.",
        "Submissions close on April 30.",
        "Residents have complained about the weir below Mill Bridge.",
        "A survey found cracks in the weir below Mill Bridge.",
        "Ferries will sail into North Port at dawn from Monday.",
        "A nurse said she held his hand during the night shift.",
    ],
)
def test_story_sentences_are_no_english_action_scene(line: str) -> None:
    assert not any(r.startswith("caption.scene") for r in rules_of(detected([line]), line))


def test_a_scene_caption_does_not_turn_a_short_article_into_an_index_page() -> None:
    caption_line = "Crowds gather at the main stage on the final night of last year's festival."
    text = page_text(
        HEADLINES["en"],
        PARAGRAPHS["en"][0],
        caption_line,
        "Friday",
        "Juniper Static",
        "The Ornery Saints",
        "Saturday",
        "Moth Parade",
        PARAGRAPHS["en"][1],
    )
    labels = label_map(text)
    assert labels[caption_line] is Label.CAPTION
    assert labels[PARAGRAPHS["en"][0]] is Label.BODY


@pytest.mark.parametrize(
    ("line", "form"),
    [
        # an initial in the photographer's name is no sentence's end
        (
            "Le capitaine célèbre son deuxième but devant la tribune Nord, dimanche. (P. Ravenel/Icon Sport)",
            "bracket_name",
        ),
        ("Fenwick's captain celebrates the last wicket at the Oval on Saturday. (WPL/Sportzcam)", "bracket_name"),
        ("Warga menerobos genangan di Jalan Pelabuhan, Jumat (4/12/2026). (ANTARA/Budi Santoso)", "bracket_name"),
        ("Water covers Alder Street near the post office early Monday. (WKRV 7 viewer photo)", "parenthesis"),
        ("Crews clear a fallen tree from Route 20 near Kettle Ridge. (News 12 Fenwick)", "paren_name"),
        ("Linemen work in the dark in Benton Ridge. (Fenwick Power)", "paren_name"),
        ("Power lines near the substation outside the capital, November 30, 2026. Ledger/Ana Ruiz", "name_slash"),
        (
            "A trader watches the screens at the exchange, March 14, 2025. LEDGERLINE/Ana Ruiz Purchase Licensing Rights",
            "wire_slash",
        ),
        ("Radość napastnika po zwycięskim golu na stadionie miejskim. Fot. FotoSport24", "abbreviation"),
        ("Posko pengungsian di halaman sekolah dasar Tanjung Rawa. Dok. Istimewa", "abbreviation"),
        ("Hail damage to the skylights of the shopping centre's food court. Photo courtesy Kent Ardell.", "courtesy"),
    ],
)
def test_more_credits_close_a_caption(line: str, form: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert rules_of(page, line) == [f"caption.tail_credit.{form}"]


@pytest.mark.parametrize(
    "line",
    [
        # a transcript's note, a quote's speaker, prose that ends in a full stop after "photo"
        "The audience laughed at the joke and the speaker went on. (Laughter)",
        "«Non chiediamo regali. Chiediamo di poter lavorare.» (Cooperativa Pescatori Marinella)",
        "We walked around the old town for days. Pictures of Paris.",
        "He thanked everyone who came to the hall. Courtesy matters, he said.",
        "Ms Okafor had been in charge since 2019. J. Smith took over in May.",
    ],
)
def test_notes_quotes_and_prose_are_no_tail_credit(line: str) -> None:
    page = detected([PARAGRAPHS["en"][0], line, PARAGRAPHS["en"][1]])
    assert not any("tail_credit" in r for r in rules_of(page, line))


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(Valley 7 News / Ren Oyelaran)", "caption.credit_line"),
        ("Photo Le Réveil – Élodie Vasseur", "caption.credit_name"),
        ("Photo DDC – Julien Sabatier", "caption.credit_name"),
        ("Imagen cedida por la Guardia Civil", "caption.courtesy"),
        ("Foto cedida por el Ayuntamiento", "caption.courtesy"),
        ("Imagem cedida pela Prefeitura de Serra Alta", "caption.courtesy"),
        ("Foto concessa dal Comune di Rovazzo", "caption.courtesy"),
        ("Per gentile concessione della famiglia", "caption.courtesy"),
        ("Bild: von der Familie zur Verfügung gestellt", "caption.credit"),
        ("Von der Familie zur Verfügung gestellt", "caption.courtesy"),
        ("Photo fournie par la mairie", "caption.courtesy"),
        ("Foto aangeleverd door de gemeente", "caption.courtesy"),
        ("Photo submitted by Kâkîsimowin Cree Nation", "caption.courtesy"),
        ("Picture contributed by Ashby Falls Historical Society", "caption.courtesy"),
    ],
)
def test_credit_lines_by_courtesy_or_with_the_photographer(line: str, rule: str) -> None:
    assert caption_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt hat dafür 5000 Euro zur Verfügung gestellt.",
        "La imagen fue cedida a la policía por un vecino.",
        "Photo Galleries – Our Best Pictures",
        "Per gentile richiesta dei lettori",
        "Photos submitted by residents show water up to the doors.",
    ],
)
def test_sentences_about_given_pictures_are_no_courtesy_credit(line: str) -> None:
    assert caption_rule(line) is None


def test_the_description_above_a_courtesy_credit_is_a_caption() -> None:
    description = "Parte de los objetos recuperados, expuestos en el cuartel de la Guardia Civil."
    labels = label_map(article("es", middle=(description, "Imagen cedida por la Guardia Civil")))
    assert labels[description] is Label.CAPTION


@pytest.mark.parametrize(
    ("line", "lang", "scene"),
    [
        ("Bríd Hanlon, show secretary, with committee chairman Tom Keating.", "en", "person_place"),
        ("Glyn Roberts, former rockman, at his kitchen table with his father's chisel.", "en", "person_place"),
        ("Dana Whitfield, head coach, speaks to reporters after training.", "en", "person_action"),
        ("Saga Lindblom, keramiker, vid drejskivan i den gamla slöjdsalen.", "sv", "person_place"),
        ("Yohanes Simanjuntak, kuasa hukum terdakwa, memberikan keterangan kepada wartawan.", "id", "person_action"),
    ],
)
def test_a_person_with_the_role_between_commas(line: str, lang: str, scene: str) -> None:
    assert f"caption.scene.{scene}" in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Mary Cleary from Ballyhale checks the results board in the home industries tent.", "en"),
        ("Oskar Falk från Nordvinge Energi visar den nya elmätaren i kundtjänsten.", "sv"),
    ],
)
def test_a_person_from_a_place_doing_what_the_picture_shows(line: str, lang: str) -> None:
    assert "caption.scene.person_action" in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    "line",
    [
        "Mary Cleary from Ballyhale says the results board in the tent was late.",
        "Mary Cleary from Ballyhale has won the brown bread class for a third year.",
        "Tom Keating from Rathcoole was elected chairman at the meeting in the hall.",
    ],
)
def test_a_person_from_a_place_in_a_sentence_of_the_story(line: str) -> None:
    assert not any(r.startswith("caption.scene") for r in rules_of(detected([line]), line))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a story's present, a past tense, a relative clause for the role
        ("Dana Whitfield, head coach, says the squad has no excuses left.", "en"),
        ("Glyn Roberts, former rockman, at the age of fifteen started work in the pit.", "en"),
        ("Tom Keating, who chairs the committee, with the cup.", "en"),
        ("Saga Lindblom, keramiker, vid drejskivan har hon arbetat i tjugo år.", "sv"),
    ],
)
def test_a_person_with_the_role_between_commas_in_a_sentence_of_the_story(line: str, lang: str) -> None:
    assert not any(r.startswith("caption.scene.person") for r in rules_of(detected([line], lang), line))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a match report's sentence: an auxiliary, a second clause, a past tense
        ("Florencia Ledesma arma el ataque y Torres dijo que fue clave.", "es"),
        ("Rafael Tavares cabeceou para o golo do empate aos 88 minutos.", "pt"),
        ("Lorenzo Bianchi schiaccia e la palla è fuori di un metro.", "it"),
    ],
)
def test_a_players_move_in_a_sentence_of_the_report(line: str, lang: str) -> None:
    assert "caption.scene.person_action" not in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Tom Feathergill checks moisture levels in his grain store at Oxley Marsh.", "en"),
        ("Harbour master Bryn Tallack inspects the damaged pontoon on Sunday morning.", "en"),
        ("Jonah Pell, 31, tests a finished bell at the bench where his grandfather cut the moulds.", "en"),
        ("Lukas Ried trägt die Milchkannen zur Materialseilbahn hinunter.", "de"),
        ("Kreisbrandmeister Holger Vesper (links) bespricht mit Einsatzleitern die Lage.", "de"),
        ("Samuel Okafor celebra uno de sus cinco triples en el último cuarto.", "es"),
        ("Marcel Wauthier façonne une paire de sabots dans son atelier.", "fr"),
        ("Joaquim Pardal mostra azeitonas caídas num olival da cooperativa.", "pt"),
        ("Molenaar Bram Koopmans zet de wieken van De Hoop in de wind.", "nl"),
        # a sports picture's moment
        ("Florencia Ledesma arma el ataque en el quinto set.", "es"),
        ("Rafael Tavares cabeceia para o golo do empate.", "pt"),
        ("Lorenzo Bianchi schiaccia sul muro avversario.", "it"),
    ],
)
def test_a_person_doing_what_the_picture_shows(line: str, lang: str) -> None:
    assert "caption.scene.person_action" in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    ("line", "lang", "scene"),
    [
        ("La sala de vistas durante la proyección de las grabaciones.", "es", True),
        ("Il torrente Rovaio in piena durante l'ondata di maltempo di novembre.", "it", True),
        ("Le bâtiment principal de la filature, fermée depuis 1994.", "fr", True),
        ("A estrada municipal 512, ao fim da tarde.", "pt", True),
        # hard negatives: a verb after the subject, a plural's present, an irregular verb, money
        ("La economía crece en el tercer trimestre.", "es", False),
        ("Les parkings souterrains du centre restent fermés.", "fr", False),
        ("O post teve mais de mil curtidas em poucas horas.", "pt", False),
        ("El contrato de 410 millones de euros con el astillero.", "es", False),
        # a French present that describes the place, not a picture's moment; the same place shown stays a scene
        ("La cuisine tient sur un seul mur.", "fr", False),
        ("La chambre occupe le fond de l'atelier.", "fr", False),
        ("La cuisine ouverte sur le salon, côté cour.", "fr", True),
    ],
)
def test_a_verbless_scene_in_phrases(line: str, lang: str, scene: bool) -> None:
    assert ("caption.scene.verbless" in rules_of(detected([line], lang), line)) is scene


@pytest.mark.parametrize(
    ("line", "scene"),
    [
        ("Жители дома на улице Гагарина после заседания.", True),
        ("Центральный вход рынка на улице Садовой.", True),
        ("Олег Самарин в зале суда во время оглашения приговора.", True),
        # hard negatives: a verb, a short participle, a negation, too short
        ("Заседание перенесли на 12 января.", False),
        ("Движение по мосту закрыто до понедельника.", False),
        ("Приговор ещё не вступил в законную силу.", False),
        ("Работы на объекте продолжаются до весны.", False),
        ("Суд в понедельник.", False),
    ],
)
def test_a_russian_verbless_scene_in_phrases(line: str, scene: bool) -> None:
    assert ("caption.scene.verbless" in rules_of(detected([line], "ru"), line)) is scene


@pytest.mark.parametrize(
    ("line", "lang", "rule"),
    [
        ("La sociologue Anaïs Berthomieu dans son bureau de l'université de Tours.", "fr", "person_place"),
        ("Il sindaco Luigi Bonato taglia il nastro insieme ai tecnici della Provincia.", "it", "person_action"),
        # hard negatives: the role's person in a sentence of the story
        ("La ministra Ana Pérez ha presentado el plan en el Congreso.", "es", None),
        ("Il sindaco Luigi Bonato è stato rieletto con il 58 per cento dei voti.", "it", None),
    ],
)
def test_a_person_after_an_article_and_a_role(line: str, lang: str, rule: str | None) -> None:
    rules = [r for r in rules_of(detected([line], lang), line) if r.startswith("caption.scene")]
    assert rules == ([f"caption.scene.{rule}"] if rule else [])


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Una mujer enciende un radiador eléctrico en su salón de Villaseca.", "es"),
        ("Operarios abren una zanja en la calle Mayor este miércoles.", "es"),
        ("Restos de casas de Ribalta sobre el fondo seco del embalse.", "es"),
        # a noun in "-ía" after a preposition, no imperfect
        ("Puestos de artesanía en la plaza Mayor durante la edición del año pasado.", "es"),
        ("Bombeiros combatem as chamas na encosta acima de Vale de Seixo.", "pt"),
        ("Des pompiers en barque remontent la rue des Tanneurs.", "fr"),
        ("Un trattore attraversa la strada allagata tra Neive e Castagnole.", "it"),
        ("Ein Bagger schiebt Klei auf die neue Deichkrone südlich von Brakensiel.", "de"),
        ("Een medewerker wijst een fietser de weg naar de uitgang.", "nl"),
    ],
)
def test_a_scene_opened_by_an_indefinite_subject_or_a_bare_plural(line: str, lang: str) -> None:
    assert "caption.scene.subject" in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a verb in the first person plural, a quantity, a definite subject
        ("Hemos comparado la misma cesta en cuatro supermercados de Alcarria.", "es"),
        ("Miles de vecinos siguen sin luz en la comarca de Alcarria.", "es"),
        # an imperfect in "-ía" (after its subject, no preposition)
        ("Comerciantes del centro pedían más aparcamiento en la plaza Mayor.", "es"),
        ("Los conductores reclaman una subida salarial y más personal.", "es"),
        # the past or the future, a relative clause, a photo talked about, a label before a colon
        ("Um incêndio destruiu mais de 200 bancas no mercado do Chiveve.", "pt"),
        ("Une nouvelle salle de brassage ouvrira au printemps à Vaudrey.", "fr"),
        ("Un film nocturne et nerveux, qui perd un peu de souffle à la fin.", "fr"),
        ("Ein Foto aus dem Gleisbett zeigt Risse im Beton der Brücke.", "de"),
        ("Een boer uit de buurt zag de scheuren in de dijk als eerste.", "nl"),
        ("Cartões amarelos: Abel, Moisés, Tavares e Rui Costa.", "pt"),
        # a share, a farewell to the reader
        ("Un bus sur trois en moyenne sur les lignes principales.", "fr"),
        ("Um forte abraço, fique com Deus e até a próxima.", "pt"),
        # a look ahead: "tomorrow"
        ("Uma campanha contra a cólera começa a passar na rádio a partir de amanhã.", "pt"),
        ("Des bénévoles distribuent des repas dans la salle des fêtes dès demain.", "fr"),
        # a modal in the plural: what people may or must do, no picture's moment
        ("Estudantes inscritos no CadÚnico podem pedir isenção da taxa até 12 de dezembro.", "pt"),
        ("Des familles peuvent déposer leur dossier en mairie jusqu'au 15 janvier.", "fr"),
    ],
)
def test_story_sentences_are_no_subject_scene(line: str, lang: str) -> None:
    assert "caption.scene.subject" not in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a story's present: what someone does for a living, says, plans or faces
        ("Tom Ellery, 62, runs the bakery on Quarry Lane with his son.", "en"),
        ("Council leader Mary Hale faces a vote of no confidence at the Guildhall.", "en"),
        ("Jane Okafor joins the board of the trust in May.", "en"),
        # a second verb, a modal or the past tense
        ("Tom Feathergill checks the figures every week, he said.", "en"),
        ("Sarah Lind checks the meters and has found three faults this year.", "en"),
        ("Kelvin Rocha abriu o marcador aos 17 minutos, num remate cruzado.", "pt"),
        ("Trainer Ralf Degenhart stellte in der Kabine auf eine offensive Deckung um.", "de"),
        ("Stadtwerke-Sprecher Ole Brandauer bittet um Geduld bei den Fahrgästen.", "de"),
        # no person named: a small word opens the line
        ("The lifts still work on most floors of the block.", "en"),
    ],
)
def test_a_person_in_the_storys_present_is_no_scene(line: str, lang: str) -> None:
    assert "caption.scene.person_action" not in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    "line",
    [
        "Fire crews at the house on Swan Lane in November.",
        "Empty platforms at Leyburn Central during the last walkout in February.",
        "Smoke over Highway 9 near mile marker 22.",
        "Pupils at Greenway Primary on the first day of term last September.",
        "Flattened spring barley beside the river at Keld Bridge.",  # a participle as an adjective
        # a named building and its street: one place phrase, short
        "The old Millbrook courthouse on Front Street.",
    ],
)
def test_an_english_scene_with_no_verb(line: str) -> None:
    assert "caption.scene.verbless_en" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        # a verb after what is named, before or after the place
        "The line stops at 2pm on weekdays.",
        "Submissions close on April 30 at midnight.",
        "Volunteers stack sandbags along the old harbour wall on Monday evening.",
        "Halvard shot 11 of 12 from the free-throw line in the last four minutes.",
        "Analysts at Pellham Securities cut their target price to 340p from 460p.",
        "Around 420 people live on Scarra in the winter.",
        "Turning on a recording feature by default in a product that faces the street is wild.",
        # one place only: a subheading's or a sentence's shape
        "Life on the island.",
        "The meeting then moved on to the budget for the year at Millbrook.",
        # a past participle's clause: a sponsor's note, no picture
        "Presented in partnership with Orchard Cider: taste the new harvest at the farm.",
    ],
)
def test_story_sentences_are_no_verbless_scene(line: str) -> None:
    assert "caption.scene.verbless_en" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "Bildergalerie: So sieht der Dorfladen nach dem Umbau aus. Die Helfer haben alles selbst aufgebaut.",
        "Fotogallery: il lago visto dall'alto, dai pontili rimasti all'asciutto alle isole di sabbia.",
        "Fotostrecke: Die schönsten Bilder vom Stadtfest",
    ],
)
def test_a_gallerys_title_over_its_picture_is_a_caption(line: str) -> None:
    assert caption_rule(line) == "caption.credit"


def test_a_person_then_a_comma_and_where_the_picture_shows_them() -> None:
    line = "Daniel Ochoa, en su estudio de Coyoacán."
    assert "caption.scene.person_place" in rules_of(detected([line], "es"), line)


@pytest.mark.parametrize(
    "line",
    [
        "Daniel Ochoa, en su estudio de Coyoacán, explicó que la obra tardará dos años.",
        "Marta Ruiz, en declaraciones a este diario, dijo que no piensa dimitir.",
    ],
)
def test_a_person_then_a_comma_and_a_verb_is_no_scene(line: str) -> None:
    assert "caption.scene.person_place" not in rules_of(detected([line], "es"), line)


@pytest.mark.parametrize(
    "line",
    [
        "Shoppers queue outside a supermarket on Easter Saturday last year.",
        "A homeowner pumps water out of a basement on Fulton Avenue.",
    ],
)
def test_an_english_action_scene_with_a_bare_object_or_outside(line: str) -> None:
    assert "caption.scene.action_en" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "Fire crews at the house on Swan Lane in November. The road was closed for three hours.",
        "Fish market, Porthgwyn, 1988. Gelatin silver print.",
    ],
)
def test_a_scene_then_one_sentence_of_background(line: str) -> None:
    assert any(r.endswith(".background") for r in rules_of(detected([line]), line))


@pytest.mark.parametrize(
    ("line", "lang", "scene"),
    [
        ("Josef und Martina Brandl mit Sohn Lukas im neuen Laufstall. Die Liegeboxen sind neu.", "de", True),
        # a bio: a verb before the place's name, a short first sentence
        ("Nació en Los Andes en 1988. Empezó a escalar a los 15 años en el Cajón del Maipo.", "es", False),
    ],
)
def test_a_person_at_a_place_then_one_sentence_of_background(line: str, lang: str, scene: bool) -> None:
    rules = rules_of(detected([line], lang), line)
    assert ("caption.scene.person_place.background" in rules) is scene


@pytest.mark.parametrize(
    "line",
    [
        # a present tense opening a paragraph tells the story
        "Teaching assistants at Kessington College begin a strike on Monday. The union says pay has fallen.",
        "Tom Feathergill checks the moisture levels in his grain store twice a day. He has lost a third of his crop.",
        # three sentences: a paragraph
        "Fire crews at the house on Swan Lane in November. The road was closed. Nobody was hurt.",
    ],
)
def test_a_paragraph_opened_by_a_scene_is_no_caption(line: str) -> None:
    assert not any(r.startswith("caption.scene") for r in rules_of(detected([line]), line))


@pytest.mark.parametrize(
    ("line", "caption_"),
    [
        ("焼け跡を見つめる青果店店主の村瀬孝之さん（68）＝7日午前、朝霧町", True),
        ("上空から見た現場＝2025年5月3日、本社ヘリから", True),
        # hard negatives: an exchange rate; a sentence of the story that goes on after the place
        ("円相場は1ドル＝150円台で推移した", False),
        ("火災は＝7日午前、朝霧町の商店街で起きたと消防が発表した。", False),
    ],
)
def test_a_japanese_photo_closed_by_its_day_and_place(line: str, caption_: bool) -> None:
    assert ("caption.photo_date_tail" in rules_of(detected([line], "ja"), line)) is caption_


@pytest.mark.parametrize("credit", ["Foto: Ines Fahrenholz/dpa", "Image: Casterly Echo/Naomi Lisle", "Fot. Jan Nowak"])
def test_one_sentence_under_a_bare_photo_credit_after_a_paragraph_is_a_caption(credit: str) -> None:
    """The credit over its picture's description, between two paragraphs of the story."""
    description = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    page = detected([*PARAGRAPHS["en"][:2], credit, description, *PARAGRAPHS["en"][2:]])
    assert "caption.described_below" in rules_of(page, description)


@pytest.mark.parametrize(
    ("above", "line"),
    [
        # a short sentence over the credit is its description: the line under the credit is the story's
        ("Volunteers on the quay wall.", "The council said the wall would be rebuilt by the spring."),
        ("The wall fell in May, the council said.", "Volunteers carry sandbags along the quay wall on Tuesday."),
        (PARAGRAPHS["en"][1], "The ferry will run again from Monday. Repairs are finished."),
        (PARAGRAPHS["en"][1], "“We were lucky,” one of the volunteers said on Tuesday."),
        (PARAGRAPHS["en"][1], "What happens next?"),
    ],
)
def test_story_line_under_a_photo_credit_is_no_caption(above: str, line: str) -> None:
    """Hard negatives: the line under a credit that closes a caption above it; two sentences;
    a quote; a question as a subheading."""
    page = detected([PARAGRAPHS["en"][0], above, "Photo: Ailsa Rennick", line, *PARAGRAPHS["en"][2:]])
    assert "caption.described_below" not in rules_of(page, line)


def test_a_long_scene_over_a_photo_credit_keeps_the_paragraph_under_it() -> None:
    """A scene's sentence of more than BELOW_ABOVE_WORDS words over the credit is its description
    (a TV still: "Character (Actor) confronts ..."): the credit closes it, and the paragraph under
    the credit stays the story's."""
    scene = "Dana Whitlock (Ruth Alcott) confronts her brother at the head of the table."
    line = "After five weeks of teasing, the show finally sat every Whitlock at one table for dinner."
    # a dump with no blank lines, where no rule reads the scene from the credit under it
    top = [PARAGRAPHS["en"][0], "Episode 6, 'The Long Table'", "Rating: 4 out of 5 stars"]
    page = detected("\n".join([*top, scene, "(Photo: Streamline)", line, *PARAGRAPHS["en"][2:]]))
    assert "caption.described_below" not in rules_of(page, line)
    assert "caption.scene.person_action" in rules_of(page, scene)


@pytest.mark.parametrize(
    ("line", "caption_"),
    [
        # a TV or film still: the character, the actor in brackets, the picture's moment
        ("Peter (Jonah Vail) reads the letter aloud in the episode's final minutes.", True),
        ("Bull McCabe (Pádraig Fallon) confronts the widow in the pub scene.", True),
        # hard negatives: a party in brackets is no actor; a story's present; a show's schedule
        ("Councillor Ruth Alcott (Labour) says the budget leaves no room for libraries.", False),
        ("Peter (Jonah Vail) says he never wanted the house.", False),
        ("Harrow Point streams new episodes on Sundays.", False),
    ],
)
def test_a_character_played_by_an_actor_doing_what_the_still_shows(line: str, caption_: bool) -> None:
    assert ("caption.scene.person_action" in rules_of(detected([line]), line)) is caption_


def test_sentences_under_a_marker_over_their_credit_are_a_caption() -> None:
    """Under "Open this photo in gallery:" and over the photo's credit, a description of several
    sentences; without the credit under it, two sentences are the story's (hard negative)."""
    description = "The ferry docks at Port Delvin, N.S., on Sept. 29. Service was expected to halt on Thursday."
    marker = "Open this photo in gallery:"
    page = detected(
        [*PARAGRAPHS["en"][:1], marker, description, "Jo Roe/The Lakeshore Standard", *PARAGRAPHS["en"][1:]]
    )
    assert "caption.after_marker" in rules_of(page, description)
    page = detected([*PARAGRAPHS["en"][:1], marker, description, *PARAGRAPHS["en"][1:]])
    assert "caption.after_marker" not in rules_of(page, description)


def test_numbered_slides_of_captions_are_a_carousel() -> None:
    """Bare numbers counting up, each over one line, most of them captions: the numbers are the
    slides' counters and an uncredited sentence among them a slide's caption."""
    slides = [
        "1",
        "Crews clear a fallen tree from Route 20 near Kettle Ridge. (News 12 Cascadia)",
        "2",
        "Branches cover the parking lot of Marlow High School.",
        "3",
        "A toppled power pole on Hatch Road in Oso County. (Viewer photo: Dana Ryce)",
    ]
    page = detected([*PARAGRAPHS["en"][:2], *slides, *PARAGRAPHS["en"][2:]])
    assert "chrome.slide_number" in rules_of(page, "2")
    assert "caption.numbered_slide" in rules_of(page, slides[3])


def test_numbered_story_items_are_no_carousel() -> None:
    """Hard negative: a story's list with its numbers on their own lines, no captions among the items."""
    items = [
        "1",
        "Agree a lease with the trust.",
        "2",
        "Apply for planning permission.",
        "3",
        "Restore the clock tower.",
    ]
    page = detected([*PARAGRAPHS["en"][:2], *items, *PARAGRAPHS["en"][2:]])
    assert "chrome.slide_number" not in rules_of(page, "2")
    assert "caption.numbered_slide" not in rules_of(page, items[3])


@pytest.mark.parametrize("furniture", ["Share", "14 comments", "5 min read"])
def test_short_sentence_between_the_top_furniture_and_the_lead_is_the_top_pictures_caption(furniture: str) -> None:
    caption_line = "The toilets next to the bus station on Market Row."
    page = detected([HEADLINES["en"], furniture, caption_line, *PARAGRAPHS["en"]])
    assert "caption.scene.top_picture" in rules_of(page, caption_line)


def test_a_short_sentence_under_the_dateline_over_the_lead_is_the_top_pictures_caption() -> None:
    """The dateline with its date on its own line under the author is top furniture too."""
    caption_line = "Volunteers set up cots in the sanctuary of Grace Street Methodist Church."
    dateline = "LORAIN, Ohio (Faithline) — December 6, 2026"
    page = detected([HEADLINES["en"], "By Thomas Achterberg", dateline, caption_line, *PARAGRAPHS["en"]])
    assert "caption.scene.top_picture" in rules_of(page, caption_line)
    # hard negative: the story's lead under the dateline, no shorter than the paragraph under it
    page = detected([HEADLINES["en"], "By Thomas Achterberg", dateline, *PARAGRAPHS["en"]])
    assert "caption.scene.top_picture" not in rules_of(page, PARAGRAPHS["en"][0])


def test_a_short_sentence_under_an_adverts_copy_over_the_lead_is_the_top_pictures_caption() -> None:
    """An ad-heavy portal puts an advert between the share bar and the top picture: its copy is top furniture too."""
    caption_line = "The toilets next to the bus station on Market Row."
    advert = ["Advertisement", "Winter tyres fitted from £39 a wheel – book online now"]
    page = detected([HEADLINES["en"], "Share", *advert, caption_line, *PARAGRAPHS["en"]])
    assert any(r.startswith("ad.") for r in rules_of(page, advert[1]))
    assert "caption.scene.top_picture" in rules_of(page, caption_line)
    # hard negative: under a bare marker, the story's short first paragraph stays the lead
    page = detected([HEADLINES["en"], "Share", "Advertisement", caption_line, *PARAGRAPHS["en"]])
    assert "caption.scene.top_picture" not in rules_of(page, caption_line)


def test_a_short_sentence_glued_over_a_sections_subheading_is_the_sections_caption() -> None:
    """A picture at the top of a section: its caption opens the block of the subheading and its paragraph."""
    paragraph = (
        "Na całej trasie testowej, liczącej 412 km, komputer pokładowy pokazał średnio 5,4 litra na sto "
        "kilometrów, a w mieście zużycie spadało jeszcze niżej."
    )
    caption_line = "Ekran multimedialny ma 12,3 cala przekątnej."
    text = "\n\n".join(
        [
            HEADLINES["en"],
            PARAGRAPHS["en"][0],
            "Reklama",
            f"{caption_line}\nNa drodze\n{paragraph}",
            PARAGRAPHS["en"][1],
        ]
    )
    page = detected(text, "pl")
    assert "caption.scene.over_subheading" in rules_of(page, caption_line)
    # hard negatives: the section's last sentence after a blank line of its own, over the next
    # block; a sentence glued over a line that ends in a colon (it introduces a list)
    text = "\n\n".join([HEADLINES["en"], PARAGRAPHS["en"][0], caption_line, f"Na drodze\n{paragraph}"])
    assert "caption.scene.over_subheading" not in rules_of(detected(text, "pl"), caption_line)
    text = "\n\n".join([HEADLINES["en"], PARAGRAPHS["en"][0], f"{caption_line}\nNa drodze:\n{paragraph}"])
    assert "caption.scene.over_subheading" not in rules_of(detected(text, "pl"), caption_line)


@pytest.mark.parametrize(
    "line",
    [
        "I went to the library on Tuesday morning to count.",  # a column's first person
        "The library will close at 1pm every day until Saturday.",  # under a teaser's age deep down
    ],
)
def test_short_lead_or_a_sentence_below_the_top_is_no_top_pictures_caption(line: str) -> None:
    """Hard negatives: a column's opening in the first person; a sentence under furniture below the
    page's first two paragraphs."""
    page = detected([HEADLINES["en"], "Share", line, *PARAGRAPHS["en"]])
    if line.startswith("I "):
        assert "caption.scene.top_picture" not in rules_of(page, line)
    page = detected([HEADLINES["en"], *PARAGRAPHS["en"][:2], "2 days ago", line, *PARAGRAPHS["en"][2:]])
    assert "caption.scene.top_picture" not in rules_of(page, line)


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("This is a press release from Halbury Borough Council, published unedited.", False),
        ("These are the toilets next to the bus station on Market Row.", False),
        ("The toilets next to the bus station on Market Row, seen from the square.", True),
    ],
)
def test_an_editors_note_under_the_byline_is_no_top_pictures_caption(line: str, caption: bool) -> None:
    """Hard negative: a sentence opened by a demonstrative points to the text (an editor's note)."""
    page = detected([HEADLINES["en"], "5 min read", line, *PARAGRAPHS["en"]])
    assert ("caption.scene.top_picture" in rules_of(page, line)) is caption


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("LOS ANGELES (AP) — To Ana Ruiz, triple-doubles are not a goal.", False),  # a wire story's lead
        ("HARLAN COUNTY, Neb. (KVNH) — The Route 14 bridge is closed.", False),
        ("LONDON (Reuters) - The toilets next to the bus station closed.", False),
        ("LONDON — The toilets next to the bus station on Market Row.", True),  # hard negative: no agency
    ],
)
def test_a_short_lead_opened_by_a_wire_dateline_is_no_top_pictures_caption(line: str, caption: bool) -> None:
    page = detected([HEADLINES["en"], "Share", line, *PARAGRAPHS["en"]])
    assert ("caption.scene.top_picture" in rules_of(page, line)) is caption


def test_phrase_between_a_marker_and_the_carousels_button_is_a_caption() -> None:
    """A slide's phrase with no full stop, closed by the carousel's "Next"; the same phrase over a
    paragraph is a subheading (hard negative)."""
    phrase = "With her campmate at the jungle trial"
    page = detected([*PARAGRAPHS["en"][:1], "Image 2 of 12", phrase, "Next", *PARAGRAPHS["en"][1:]])
    assert "caption.after_marker" in rules_of(page, phrase)
    page = detected([*PARAGRAPHS["en"][:1], "Image 2 of 12", phrase, *PARAGRAPHS["en"][1:]])
    assert "caption.after_marker" not in rules_of(page, phrase)


@pytest.mark.parametrize(
    "line",
    [
        "Screenshot da Facebook",
        "Screenshot dal sito ufficiale",
        "Capture d'écran de la vidéo publiée dimanche",
        "Captura de pantalla de YouTube",
        "Bildschirmfoto von der Website der Stadt",
        "Foto tratta da Instagram",
        "Infographie Ciel & Labo, d'après Universidad de Zaragoza",
        "Grafik: Stadtwerke, nach Angaben der Netzagentur",
        "Screenshot of Arakawa's post on X",
    ],
)
def test_where_a_picture_was_taken_from_is_a_source_credit(line: str) -> None:
    assert detected([line]).label_of(0) is Label.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        # hard negatives: a sentence of the story (its full stop), no preposition of a source
        "Screenshot da un video girato al porto, spiega la polizia.",
        "Still from the start of the season, the club had its doubts.",
        "Foto da record per la squadra di casa",
        "Screenshots of the messages were shared with police, the court heard.",
    ],
)
def test_a_sentence_or_a_title_is_no_source_credit(line: str) -> None:
    assert "caption.source_credit" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "credit", ["Screenshot da Facebook", "Infographie Ciel & Labo, d'après Universidad de Zaragoza"]
)
def test_sentence_over_a_source_credit_is_a_sure_caption(credit: str) -> None:
    """A source's credit may run to more words than a bare credit (six) and still close the caption."""
    description = "Évolution du glacier du Monte Perdido entre 1981 et 2026."
    page = detected([*PARAGRAPHS["fr"][:2], description, credit, *PARAGRAPHS["fr"][2:]])
    assert "caption.described_sentence" in rules_of(page, description)


@pytest.mark.parametrize(
    ("description", "sure"),
    [
        ('Supporters hold a "Keep the Tullys" banner outside the council chambers on Wednesday.', True),
        ('Mural "Río adentro" en el andén de la estación Las Ánimas.', True),
        # hard negatives: someone's words, quoted in full or with a reporting verb
        ('"We will rebuild the wall before the winter storms come back to the town."', False),
        ('"It was a long night," the harbour master said on Wednesday.', False),
    ],
)
def test_a_short_quoted_title_in_a_description_is_no_speech(description: str, sure: bool) -> None:
    page = detected([*PARAGRAPHS["en"][:2], description, "Photo: Ailsa Rennick", *PARAGRAPHS["en"][2:]])
    assert ("caption.described_sentence" in rules_of(page, description)) is sure


@pytest.mark.parametrize(("stamp", "caption_"), [("09:00", False), ("14.05", False), ("Updated 09:00", True)])
def test_a_short_line_under_a_live_blogs_time_stamp_is_no_top_pictures_caption(stamp: str, caption_: bool) -> None:
    """A bare clock time heads a live blog's post: the short line under it is the post's first
    line, not a picture's caption (hard negative: an "Updated" date line stays top furniture)."""
    line = "A half century on, the old bridge is still standing."
    page = detected([HEADLINES["en"], stamp, line, *PARAGRAPHS["en"]])
    assert ("caption.scene.top_picture" in rules_of(page, line)) is caption_


@pytest.mark.parametrize(
    ("above", "credit_line", "described"),
    [
        # a whole caption, its sentence before its credit, describes no data line above it
        (
            "Magnitude: 6.1 | Depth: 28 km | Local time: 06:42",
            "Rescuers check a house in Lebu after the quake. Photo: Civil Defence",
            False,
        ),
        # a credit line that starts with its credit has no description of its own
        (
            "How the coalition's majority has shrunk since 2023",
            "Graphic: Meridian data team. Source: Assembly voting records",
            True,
        ),
    ],
)
def test_a_whole_caption_describes_no_line_above_it(above: str, credit_line: str, described: bool) -> None:
    page = detected(
        ["Quake shakes the coast", "", "The first paragraph of the story, long enough to be prose.", above, credit_line]
    )
    assert ("caption.described" in rules_of(page, above)) is described


_PORTRAIT_ABOVE = "Harbour master Bryn Tallack said the new wall would protect the fish market for fifty years."
_PORTRAIT_BELOW = "Tallack told the meeting that the first stage would start in the spring."


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Bryn Tallack, harbour master", True),
        ("Bryn Tallack, skipper, Westmere lifeboat", True),
        ("Captain Bryn Tallack", True),
        ("Acting Harbour Master Bryn Tallack", False),  # no role word of the list opens it
        ("Bryn Tallack, the man who saved the harbour", True),
        ("Mara Quint, harbour master", False),  # no paragraph nearby names her: an author's line
        ("Tallack, in his own words", False),  # one name is no person's caption
        ("Bryn Tallack, harbour master.", False),  # a full stop: a sentence
    ],
)
def test_a_portraits_name_and_role_between_paragraphs(line: str, found: bool) -> None:
    page = detected([PARAGRAPHS["en"][0], _PORTRAIT_ABOVE, line, _PORTRAIT_BELOW])
    assert ("caption.scene.portrait" in rules_of(page, line)) is found


def test_a_name_and_role_above_the_first_paragraph_is_no_portrait() -> None:
    """The headline or the byline: no unclaimed paragraph above it."""
    line = "Bryn Tallack, harbour master"
    page = detected(["Westmere Courier", line, _PORTRAIT_ABOVE, _PORTRAIT_BELOW])
    assert "caption.scene.portrait" not in rules_of(page, line)


def test_a_portrait_named_again_by_its_nickname() -> None:
    line = 'Aiman "Kanchil" Roslan, jungler, Team Harimau'
    below = "Jungler Kanchil finished the series with a 9.4 KDA and was voted the most valuable player."
    page = detected([PARAGRAPHS["en"][0], _PORTRAIT_ABOVE, line, below])
    assert "caption.scene.portrait" in rules_of(page, line)
    other = 'Aiman "Tok" Roslan, jungler, Team Harimau'  # a nickname no paragraph uses
    page = detected([PARAGRAPHS["en"][0], _PORTRAIT_ABOVE, other, below])
    assert "caption.scene.portrait" not in rules_of(page, other)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("© J. Maes", True),
        ("© dpa", True),
        # the site's copyright line: a year, "all rights reserved", a footer's links
        ("© La Gazette du Sur, 2025", False),
        ("© Dunmere Gazette. All rights reserved.", False),
        ("© Il Settimanale · Privacy · Contatti", False),
    ],
)
def test_a_copyright_under_a_caption_is_its_credit(line: str, credit: bool) -> None:
    above = "Le bourgmestre et la rectrice lors de l'inauguration. Photo: Université de Namur"
    page = detected([PARAGRAPHS["fr"][0], above, line, PARAGRAPHS["fr"][1]], "fr")
    assert ("caption.copyright_credit" in rules_of(page, line)) is credit


def test_a_copyright_under_the_page_furniture_is_no_photo_credit() -> None:
    page = detected([PARAGRAPHS["fr"][0], PARAGRAPHS["fr"][1], "Mentions légales", "© J. Maes"], "fr")
    assert "caption.copyright_credit" not in rules_of(page, "© J. Maes")


def test_a_portraits_name_and_age_between_paragraphs() -> None:
    """A portrait captioned with the person's name and age, whose surname the next paragraph names."""
    line = "Bryn Tallack, 68"
    page = detected([PARAGRAPHS["en"][0], _PORTRAIT_ABOVE, line, _PORTRAIT_BELOW])
    assert "caption.scene.portrait" in rules_of(page, line)


def test_names_and_ages_of_a_court_column_are_no_portraits() -> None:
    """Hard negative: a court column names each accused with the age over the case's paragraph;
    more than one such line on the page is a list of people, no picture's caption."""
    cases = ["Bryn Tallack, 34", "Mara Quint, 41"]
    below = "Quint pleaded guilty to driving without a licence and was fined $900."
    page = detected([PARAGRAPHS["en"][0], _PORTRAIT_ABOVE, cases[0], _PORTRAIT_BELOW, cases[1], below])
    assert all("caption.scene.portrait" not in rules_of(page, line) for line in cases)


def test_booking_photos_under_the_paragraphs_that_name_them_are_portraits() -> None:
    """A police blotter's booking photos: each "Name, age" right under the paragraph that names the
    person in full, the paragraph below not opening with the surname (a court column's case would)."""
    cases = ["Dwayne R. Kessler, 34", "Tamara J. Sizemore, 29"]
    first = "Deputies arrested Dwayne R. Kessler, 34, of Corvin Gap on a charge of theft after a store employee called."
    second = "Tamara J. Sizemore, 29, of Ashby Fork was booked on a warrant for failure to appear in court on Friday."
    below = "A man told deputies he had paid $150 for a chainsaw he never received from the seller."
    page = detected([PARAGRAPHS["en"][0], first, cases[0], PARAGRAPHS["en"][1], second, cases[1], below])
    assert all("caption.scene.portrait" in rules_of(page, line) for line in cases)


@pytest.mark.parametrize("credit", ["(KTVR)", "(Getty Images)"])
def test_a_credit_in_brackets_under_a_caption_is_caption(credit: str) -> None:
    caption_line = "Firefighters work at the grain elevator in Lisbon on Wednesday afternoon."
    page = detected([PARAGRAPHS["en"][0], caption_line, credit, PARAGRAPHS["en"][1]])
    assert rules_of(page, credit) == ["caption.paren_credit"]


def test_an_agency_sign_off_in_brackets_under_a_paragraph_is_no_caption() -> None:
    """Hard negative: "(EFE)" under the story's last paragraph is the agency's sign-off."""
    page = detected([PARAGRAPHS["en"][0], PARAGRAPHS["en"][1], "(EFE)"])
    assert "caption.paren_credit" not in rules_of(page, "(EFE)")


def _figure_then(below: str) -> dict[str, tuple[Label, str]]:
    import newsclean

    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS["en"])
    html = (
        f"<html><head><title>{HEADLINES['en']}</title></head><body><article><h1>{HEADLINES['en']}</h1>"
        "<figure><img src='/a.jpg'><div class='credit'>Photo by Ailsa Rennick/Getty Images</div></figure>"
        f"{below}{paras}</article></body></html>"
    )
    article = newsclean.clean(html, newsclean.Options(input_format="html"))
    return {s.text: (s.label, s.reason) for s in article.segments}


def test_a_paragraph_after_the_figure_of_a_credit_is_the_storys() -> None:
    """HTML: the credit closes its <figure>; the <p> sentence under it opens the story."""
    line = "Below, we look at what the council decided about the quay wall on Tuesday."
    label, reason = _figure_then(f"<p>{line}</p>")[line]
    assert label is Label.BODY, reason


def test_a_sentence_inside_the_credits_figure_is_still_its_caption() -> None:
    """Hard negative: the description in the same <figure>, under the credit."""
    line = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    import newsclean

    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS["en"])
    page = (
        f"<html><head><title>{HEADLINES['en']}</title></head><body><article><h1>{HEADLINES['en']}</h1>"
        f"<figure><img src='/a.jpg'><div class='credit'>Photo by Ailsa Rennick/Getty Images</div><div>{line}</div>"
        f"</figure>{paras}</article></body></html>"
    )
    got = {s.text: s.label for s in newsclean.clean(page, newsclean.Options(input_format="html")).segments}
    assert got[line] is Label.CAPTION


@pytest.mark.parametrize(
    "line",
    [
        "Volunteers stack sandbags along the river wall at Millbrook",
        "Damaged boats along the shore of Barangay Pinagtalleran",
        "Part of the unfinished Bediakrom road after Tuesday's downpour",
        "Aroha and Tom McKinnon with their daughter Mereana on the farm",
    ],
)
def test_an_unstopped_scene_between_paragraphs_is_a_caption(line: str) -> None:
    page = detected([*PARAGRAPHS["en"][:2], line, *PARAGRAPHS["en"][2:]])
    assert "caption.scene.unstopped" in rules_of(page, line)


@pytest.mark.parametrize(
    "line",
    [
        # hard negatives: a headline drops its articles (a teaser's title), a subheading shows no scene
        "Teachers in Juaboso threaten strike over unpaid rent allowances",
        "What the contractor says about the road",
        "Bus drivers at the Calder depot vote to strike over rotas",
    ],
)
def test_a_teaser_title_or_a_subheading_is_no_unstopped_scene(line: str) -> None:
    page = detected([*PARAGRAPHS["en"][:2], line, *PARAGRAPHS["en"][2:]])
    assert "caption.scene.unstopped" not in rules_of(page, line)


def test_an_unstopped_scene_over_the_first_paragraph_is_read_as_a_title() -> None:
    """Hard negative: not between two paragraphs (the article's headline stands there)."""
    line = "Volunteers stack sandbags along the river wall at Millbrook"
    page = detected(["Home | News | Sport", line, *PARAGRAPHS["en"][:2]])
    assert "caption.scene.unstopped" not in rules_of(page, line)


@pytest.mark.parametrize(
    ("line", "scene"),
    [
        ("Das beschädigte Auto auf dem Pannenstreifen der S 36.", True),
        ("Das Freibad Aalenbach im vergangenen Sommer.", True),
        ("Die Gäste aus Saint-Aubin mit ihrer Blaskapelle.", True),
        ("Der neue Elektrobus bei einer Probefahrt am Hauptplatz.", True),
        # hard negatives: a verb in lower case between the phrases (a past tense as an adjective's
        # shape before an article), a verb after the subject, a quote, too short
        ("Die Entscheidung fiel mit 31 zu 27 Stimmen.", False),
        ("Die Polizei stoppte den Fahrer auf der A 2.", False),
        ("Die Kinder spielen im Garten hinter dem Rathaus.", False),
        ("Der Teig ruht bei ihr über Nacht im Keller.", False),
        ("Die Lage am Morgen.", False),
    ],
)
def test_a_german_verbless_scene_in_phrases(line: str, scene: bool) -> None:
    assert ("caption.scene.verbless" in rules_of(detected([line], "de"), line)) is scene


@pytest.mark.parametrize(
    ("line", "scene"),
    [
        ("Legislators walk out of the Vidhana Soudha after Tuesday's adjourned session.", True),
        # hard negative: the past after a place's name is the story's verb
        ("The count at the Corn Exchange finished shortly after 1am.", False),
    ],
)
def test_a_participle_after_a_possessive_is_no_past_tense(line: str, scene: bool) -> None:
    assert any(r.startswith("caption.scene.") for r in rules_of(detected([line]), line)) is scene


@pytest.mark.parametrize("credit", ["Kestrel Launch Systems", "Northgate Police", "Brackwater Herald"])
def test_a_bare_name_under_a_caption_is_its_credit(credit: str) -> None:
    caption_line = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    page = detected([*PARAGRAPHS["en"][:2], caption_line, credit, "Helios Forge at a glance", *PARAGRAPHS["en"][2:]])
    assert any(r.startswith("caption.") for r in rules_of(page, caption_line))
    assert "caption.name_credit" in rules_of(page, credit)


@pytest.mark.parametrize(
    "line", ["Sidewalks and Bus Stops", "Diversions", "ROAD CLOSURES", "Phase 2 Works", "Defensive Line"]
)
def test_a_subheading_under_a_caption_is_no_name_credit(line: str) -> None:
    """Hard negatives: a subheading in Title Case keeps its small words; one word, capitals, a figure;
    two words over a paragraph head it."""
    caption_line = "Volunteers carry sandbags along the quay wall on Tuesday morning."
    page = detected([*PARAGRAPHS["en"][:2], caption_line, line, *PARAGRAPHS["en"][2:]])
    assert "caption.name_credit" not in rules_of(page, line)


def test_a_subheading_under_a_description_below_its_credit_is_no_name_credit() -> None:
    """Hard negative: the picture's credit stands over its description; the line under that is the story's."""
    description = "Below, we look at the snap counts and the stats on defence for the Week 11 game."
    lines = ["Photo by Kirk Irwin/Getty Images", description, "Defensive Line", "Pos", "Player"]
    page = detected([*PARAGRAPHS["en"][:2], *lines, *PARAGRAPHS["en"][2:]])
    assert "caption.described_below" in rules_of(page, description)
    assert "caption.name_credit" not in rules_of(page, "Defensive Line")


@pytest.mark.parametrize(
    "line",
    [
        "17일 서울 가온구 중앙공원에서 빗물저류시설 공사를 앞두고 측량 작업이 진행되고 있다./사진=한빛일보 박준호 기자",
        "가온구 빗물저류시설 설치 예정지./그래픽=한빛일보",
        "시민들이 새로 문을 연 도서관을 둘러보고 있다. (사진=연합뉴스)",
    ],
)
def test_a_korean_caption_ending_in_its_credit(line: str) -> None:
    assert "caption.ko_credit" in rules_of(detected([line]), line)


def test_a_korean_sentence_about_a_photo_is_no_credit() -> None:
    """Hard negative: the story names the credit convention mid-sentence and goes on."""
    line = "구청은 사진=홍보용이라는 표기를 빼고 배포했다고 밝혔다."
    assert "caption.ko_credit" not in rules_of(detected([line]), line)


def test_a_korean_credit_alone_is_left_to_the_other_rules() -> None:
    """Hard negative: no description before the credit."""
    line = "[사진=JTBC, 이매진아시아]"
    assert "caption.ko_credit" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("line", "scene"),
    [
        # a subject, a comma, a phrase ending in a place's locative, a part of the day or "sonra"
        ("Davetliler, gün batımında Gümüşlük koyunda.", True),
        ("Kasap Hüseyin Aydemir (52), çarşıdaki dükkânının önünde.", True),
        ("Çift, nikâh masasında imzalarını attıktan sonra.", True),
        # a story's sentence ends in its verb
        ("Toplantı, belediye binasında saat 14.00'te yapıldı.", False),
        # two sentences, or a quote
        ("Başkan, törende konuştu. Tören iki saat sürdü ve akşam bitti, meydanda.", False),
        ("Esnaf, “bu kış çok zor geçecek” diyerek kapıda.", False),
    ],
)
def test_a_turkish_scene_without_a_verb_is_a_caption(line: str, scene: bool) -> None:
    assert ("caption.scene.verbless" in rules_of(detected([line], "tr"), line)) is scene


@pytest.mark.parametrize(
    ("line", "lang", "credit"),
    [
        # a credit after the description, capitalised, or after a word that is no preposition
        ("Le port de Lorvennes au petit matin. Crédit : Marc Olivier", "fr", True),
        ("Vista do cais ao amanhecer, crédito: Ana Souza", "pt", True),
        # a credit word in lower case after a preposition: a noun's complement, no credit
        ("Taux de crédit : les banques bretonnes baissent enfin leurs barèmes", "fr", False),
        ("Linha de crédito: o banco amplia o prazo para pequenos produtores", "pt", False),
    ],
)
def test_a_credit_word_after_a_preposition_is_no_credit(line: str, lang: str, credit: bool) -> None:
    assert ("caption.credit" in rules_of(detected([line], lang), line)) is credit
