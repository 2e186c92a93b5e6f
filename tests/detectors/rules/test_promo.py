"""promo: teasers for other stories inside the article flow (newsclean.detectors.rules.promo)."""

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
    reason_of,
    rule_of,
    rules_of,
    run_line,
)
from newsclean.detectors.rules import ALL_LANGS, promo
from newsclean.types import Label


def promo_rule(line: str) -> str | None:
    return rule_of(run_line(promo.detect, line, "en", ALL_LANGS), Label.PROMO)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Also read: Storm leaves thousands without power in the north", "promo.cue[en]"),
        ("READ MORE | Council votes to close two libraries", "promo.cue[en]"),
        ("READ MORE: “We lost everything”, says fisherman", "promo.cue[en]"),
        ("Also read: 5 things to know about the storm", "promo.cue[en]"),
        ("Related: Five things to know about the storm", "promo.cue[en]"),
        ("Related reading: ABC analysis for small warehouses, a practical guide", "promo.cue[en]"),
        ("Recommended reading: How to plan a forklift route", "promo.cue[en]"),
        ("Lesen Sie auch: Stadtrat stimmt für neue Brücke", "promo.cue[de]"),
        ("Mehr zum Thema: Wie sicher sind unsere Deiche?", "promo.cue[de]"),
        ("Lee también: El Gobierno aprueba la reforma de las pensiones", "promo.cue[es]"),
        ("Te puede interesar: Cinco claves de la reforma", "promo.cue[es]"),
        ("Lire aussi : La mairie rouvre le pont après les crues", "promo.cue[fr]"),
        ("Voir aussi : Le maire répond aux critiques", "promo.cue[fr]"),
        ("Leia também: Governo anuncia novo plano para hospitais", "promo.cue[pt]"),
        ("Veja também: Prefeitura anuncia obras no porto", "promo.cue[pt]"),
        ("Читайте также: Мэрия откроет мост после ремонта", "promo.cue[ru]"),
        ("Przeczytaj również: Remont dworca potrwa do wiosny", "promo.cue[pl]"),
        ("Bunu da okuyun: Köprü onarımı bahara kadar sürecek", "promo.cue[tr]"),
        ("Ayrıca okuyun: Kaptan üç hafta sahalardan uzak kalacak", "promo.cue[tr]"),
        ("Baca juga: Jembatan baru dibuka bulan depan", "promo.cue[id]"),
        # Arabic, Hindi and Korean cues: tried on every page (no language guess of ours tells them)
        ("اقرأ أيضا: نتائج مناقصة مشروعات الطاقة الشمسية الجديدة", "promo.cue[all]"),
        # the tanween before the alef, and the Egyptian sites' "طالع أيضا"
        ("اقرأ أيضًا: محافظ البحيرة يتفقد محطة مياه دمنهور الجديدة", "promo.cue[all]"),
        ("طالع أيضًا: مزارعو البحيرة يطالبون بتأخير مواعيد المناوبات", "promo.cue[all]"),
        ("यह भी पढ़ें: बाजार में सब्जियों के दाम फिर बढ़े", "promo.cue[all]"),
        ("관련기사: 하천 복원 1단계 구간, 개통 1년 만에 방문객 80만 명", "promo.cue[all]"),
        ("From our archive: St Brendan's marks 140 years with a procession", "promo.cue[en]"),
        ("Also in this week's edition: Harbour club sends three to the final", "promo.cue[en]"),
        ("ALSO ONLINE: Island residents pack hearing on ferry schedule", "promo.cue[en]"),
        ("Mehr aus dem Ressort Meinung: Warum die Reform gerechter ist", "promo.cue[de]"),
    ],
)
def test_cue_lines(line: str, rule: str) -> None:
    assert promo_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        # the cue must lead into a story title (":" "|" or a capital), not into a sentence
        "Read more about how we handle your data in our guide.",
        "Also read the terms before you sign anything.",
        "Lire aussi les conclusions du rapport avant de juger.",
        "Leia também o relatório completo.",
        "Lesen Sie auch das Interview mit der Bürgermeisterin.",
        "Ayrıca okuyun diyen öğretmen, öğrencilere üç kitap önerdi.",
        "Leé también el reglamento antes de inscribirte en la colonia.",
        "From our archive we dug out the original plans of the pier.",
        "Related reading material was handed out to every family before the meeting.",
        "Also online, the council published the full list of objections.",
        # one word: nothing to tease
        "Related",
        "By the time the police arrived, the crowd had already gone home.",
        # hard negative: "also read" inside a sentence of the story, no title after a colon
        "اقرأ أيضا التقرير الكامل قبل أن تحكم على المشروع.",
        "طالع أيضًا التقرير الكامل قبل أن تحكم على المشروع.",
    ],
)
def test_not_a_promo(line: str) -> None:
    assert run_line(promo.detect, line, "en", ALL_LANGS) == []


def test_long_line_with_a_cue_is_prose() -> None:
    line = "See also: " + " ".join(["the council said the wall would be rebuilt"] * 6)
    assert len(line.split()) > promo.MAX_PROMO_WORDS
    assert promo_rule(line) is None


def test_an_italian_heading_with_anche_heads_teaser_titles() -> None:
    paragraph = (
        "Il direttore del Parco ha spiegato che i contributi per le recinzioni saranno confermati anche nel 2028."
    )
    page = detected(
        ["Potrebbe interessarti anche", "Stambecchi, la colonia del Monte Corno supera i 300 capi", paragraph], "it"
    )
    assert rules_of(page, "Potrebbe interessarti anche") == ["promo.heading[it]"]


def test_heading_with_teaser_titles_under_it() -> None:
    page = detected(
        [
            "See also",
            "Lifeboat crew rescues three from capsized yacht",
            "School closures announced for the coming week",
            PARAGRAPHS["en"][0],
        ]
    )
    assert rules_of(page, "See also") == ["promo.heading[en]"]
    assert rules_of(page, "Lifeboat crew rescues three from capsized yacht") == ["promo.headed_title"]
    assert rules_of(page, "School closures announced for the coming week") == ["promo.headed_title"]
    # a paragraph of prose is not a teaser title
    assert rules_of(page, PARAGRAPHS["en"][0]) == []


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("À lire aussi sur ce blog", "fr"), ("Lesen Sie auch auf unserer Seite", "de"), ("Leia também no app", "pt")],
)
def test_a_heading_that_names_where_its_stories_are(heading: str, lang: str) -> None:
    title = "Au tribunal, le roi du débroussaillage et ses faux devis"
    page = detected([PARAGRAPHS[lang][0], heading, title, *PARAGRAPHS[lang][1:]], lang)
    assert "promo.heading_elsewhere" in rules_of(page, heading)
    assert rules_of(page, title) == ["promo.headed_title"]


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi sur le site de la mairie : les horaires des bus.",
        "Veja também no vídeo como foi o resgate dos moradores da serra",
    ],
)
def test_a_sentence_opening_with_a_cue_and_a_place_is_no_heading(line: str) -> None:
    """Hard negatives: a sentence with a colon, a line longer than a heading."""
    assert "promo.heading_elsewhere" not in rules_of(detected([PARAGRAPHS["fr"][0], line]), line)


def test_headed_titles_are_at_most_four() -> None:
    titles = [f"Teaser title number {n} about the harbour" for n in range(6)]
    page = detected(["See also", *titles])
    got = ["promo.headed_title" in rules_of(page, t) for t in titles]
    assert got == [True] * promo.MAX_HEADED_TITLES + [False, False]


def test_a_line_announcing_what_follows_ends_the_headed_titles() -> None:
    """Under "See also", one teaser title, then the article's "The menu was:" and its items:
    a line ending in a colon announces the story's own list, no teaser's title."""
    items = ["• pasta with tomato sauce;", "• baked chicken;"]
    page = detected(
        ["See also", "Lifeboat crew rescues three from capsized yacht", "The menu on Thursday was:", *items]
    )
    assert rules_of(page, "Lifeboat crew rescues three from capsized yacht") == ["promo.headed_title"]
    assert rules_of(page, "The menu on Thursday was:") == []
    assert all(rules_of(page, item) == [] for item in items)


def test_a_subheading_over_a_table_row_ends_the_headed_titles() -> None:
    """Under "See also", one teaser title, then the story's short subheading over its table
    (a row of three cells or more); two teaser titles in a row stay teasers (hard negative)."""
    rows = ["List | Votes | % | Seats", "Harbour First | 1,410 | 21.1 | 3"]
    page = detected(["See also", "Lifeboat crew rescues three from capsized yacht", "The list results", *rows])
    assert rules_of(page, "Lifeboat crew rescues three from capsized yacht") == ["promo.headed_title"]
    assert rules_of(page, "The list results") == []
    second = "School closures announced"
    page = detected(["See also", "Lifeboat crew rescues three from capsized yacht", second, "Weather | Traffic"])
    assert rules_of(page, second) == ["promo.headed_title"]


def _teaser_page() -> list[str]:
    p = PARAGRAPHS["en"]
    return [
        "Harbour town votes to rebuild its flooded sea wall",
        "BY Jane Roe",
        p[0],
        p[1],
        "Fishing fleet faces a lean winter as quotas are cut again",
        "BY Tom Field",
        p[2],
        p[3],
    ]


def test_teaser_title_and_its_byline_after_the_article_start() -> None:
    page = detected(_teaser_page())
    first_body = index_of(page, PARAGRAPHS["en"][0])
    promo.detect_teaser_bylines(page, first_body)
    assert "promo.teaser_title" in rules_of(page, "Fishing fleet faces a lean winter as quotas are cut again")
    assert "promo.teaser_byline" in rules_of(page, "BY Tom Field")
    # the article's own title and byline, above the first paragraph, are left alone
    assert "promo.teaser_byline" not in rules_of(page, "BY Jane Roe")
    assert rules_of(page, "Harbour town votes to rebuild its flooded sea wall") == []


@pytest.mark.parametrize("date", ["14 February 2027", "Posted: Feb. 14, 2027"])
def test_a_date_under_a_teasers_byline_is_the_teasers(date: str) -> None:
    p = PARAGRAPHS["en"]
    page = detected(
        [p[0], p[1], "Fishing fleet faces a lean winter as quotas are cut again", "BY Tom Field", date, p[2]]
    )
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert "promo.teaser_date" in rules_of(page, date)


def test_a_clock_time_under_a_teasers_byline_is_no_teaser_date() -> None:
    """Hard negative: a live blog's next entry opens with its time ("21:47") under an author line."""
    p = PARAGRAPHS["en"]
    page = detected(
        [p[0], p[1], "Fishing fleet faces a lean winter as quotas are cut again", "BY Tom Field", "21:47", p[2]]
    )
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert "promo.teaser_date" not in rules_of(page, "21:47")


def test_the_last_bullet_of_a_list_over_a_byline_is_no_teaser_title() -> None:
    """Key points in bullets, then the article's byline under the last one: an item of the list."""
    p = PARAGRAPHS["en"]
    last = "• There is no vaccine yet; a trial starts next year"
    page = detected([p[0], "Key points:", "• 14 cases confirmed since August", last, "BY Tom Field", p[1]])
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert "promo.teaser_title" not in rules_of(page, last)


def test_a_bulleted_teaser_title_over_its_byline_is_still_one() -> None:
    """Hard negative: a bulleted title with no bulleted item above it, over a byline, is a teaser."""
    p = PARAGRAPHS["en"]
    title = "• Fishing fleet faces a lean winter as quotas are cut again"
    page = detected([p[0], p[1], title, "BY Tom Field", p[2]])
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert "promo.teaser_title" in rules_of(page, title)


def test_byline_under_prose_is_no_teaser() -> None:
    p = PARAGRAPHS["en"]
    page = detected(["Harbour town votes to rebuild its flooded sea wall", p[0], p[1], "BY Tom Field", p[2]])
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert rules_of(page, "BY Tom Field") == ["byline.by_name[en]"]


def test_a_bare_date_under_a_headed_teaser_title_is_the_teasers() -> None:
    """ "Read also" / a title / its date between paragraphs: the date is the teaser's, no article's date;
    hard negative: the same date under a title-like line no promo heading stands over stays a byline."""
    p = PARAGRAPHS["en"]
    title = "Fishing fleet faces a lean winter as quotas are cut again"
    page = detected([p[0], p[1], "Read also", title, "14 February 2027", p[2]])
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert "promo.teaser_byline" in rules_of(page, "14 February 2027")
    page = detected([p[0], p[1], title, "14 February 2027", p[2]])
    promo.detect_teaser_bylines(page, index_of(page, p[0]))
    assert "promo.teaser_byline" not in rules_of(page, "14 February 2027")
    # ... nor below the article's end: a list of other stories there, no promo in the flow
    page = detected([p[0], p[1], p[2], "Read also", title, "14 February 2027"])
    promo.detect_teaser_bylines(page, index_of(page, p[0]), index_of(page, p[2]) + 1)
    assert "promo.teaser_byline" not in rules_of(page, "14 February 2027")


# ----------------------------------------------------------------- pipeline


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Also read: Storm leaves thousands without power in the north"),
        ("en", "READ MORE | Council votes to close two libraries"),
        ("de", "Lesen Sie auch: Stadtrat stimmt für neue Brücke"),
        ("es", "Lee también: El Gobierno aprueba la reforma de las pensiones"),
        ("fr", "Lire aussi : La mairie rouvre le pont après les crues"),
        ("pt", "Leia também: Governo anuncia novo plano para hospitais"),
    ],
)
def test_cue_between_paragraphs_is_promo(lang: str, line: str) -> None:
    labels = label_map(article(lang, middle=(line,)))
    assert labels[line] is Label.PROMO
    assert list(labels.values()).count(Label.BODY) == 4


def test_a_go_deeper_line_between_paragraphs_is_promo() -> None:
    """A short-form site's link to another story: "Go deeper: Why the bond fell short in May"."""
    line = "Go deeper: Why Harlow's school bond fell short in May"
    assert label_map(article("en", middle=(line,)))[line] is Label.PROMO


def test_a_sentence_about_going_deeper_stays_body() -> None:
    """Hard negative: no colon after the words, a sentence of the story."""
    line = "Go deeper into the old mine and the air turns cold, the guide told the children on Tuesday."
    assert label_map(article("en", middle=(line,)))[line] is Label.BODY


def test_cue_right_after_the_article_is_promo() -> None:
    line = "Also read: Storm leaves thousands without power in the north"
    assert label_map(article("en", after=(line,)))[line] is Label.PROMO


@pytest.mark.parametrize(
    "line",
    [
        "→ Lire aussi : Grande distribution, la guerre des prix repart",
        "👉 À lire aussi : Saint-Vallier écope d'un match à huis clos",
        "→ Lee también: El seguro agrario amplía la cobertura por heladas",
        "READ | How to apply for the municipality's electricity subsidy",
        "Ti potrebbe interessare",
    ],
)
def test_decorated_and_more_promo_cues(line: str) -> None:
    rules = rules_of(detected([line]), line)
    assert any(r.startswith(("promo.cue", "promo.heading")) for r in rules), rules


def test_an_arrow_before_ordinary_prose_is_no_promo() -> None:
    """Hard negative: a bullet or arrow before a story line with no cue word."""
    line = "→ Readers said the new timetable was easier to follow than the old one."
    assert rules_of(detected([line]), line) == []


def test_an_unlinked_subheading_under_a_related_box_is_no_teaser_title() -> None:
    """HTML: "Auch interessant" and its linked teaser, then the article's own <h2>: the
    teaser titles end at the heading without a link (a list of other stories is links)."""
    import newsclean
    from newsclean.types import Options

    paras = [PARAGRAPHS["de"][k % len(PARAGRAPHS["de"])] for k in range(4)]
    html = (
        "<html><head><title>Der Bücherbus kommt zurück</title></head><body><div class='entry-content'>"
        "<h1>Der Bücherbus kommt zurück</h1>"
        + "".join(f"<p>{p}</p>" for p in paras[:2])
        + "<div class='card'><p><strong>Auch interessant</strong></p>"
        "<p><a href='/dorfladen'>Dorfladen in Oberlinden öffnet wieder mit Café</a></p></div>"
        "<h2>Die Haltestellen</h2>" + "".join(f"<p>{p}</p>" for p in paras[2:]) + "</div></body></html>"
    )
    labels = {s.text: s.label for s in newsclean.clean(html, Options(input_format="html")).segments}
    assert labels["Dorfladen in Oberlinden öffnet wieder mit Café"] is Label.PROMO
    assert labels["Die Haltestellen"] is Label.BODY


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("LEES OOK. Dijlepad na maanden werken opnieuw open voor fietsers", "nl"),
        ("Mirá también: Aumenta el boleto de colectivo en Bahía Blanca", "es"),
        ("Leé también: Cómo se calcula el aguinaldo de junio", "es"),
    ],
)
def test_a_cue_in_capitals_with_a_full_stop_and_the_voseo_cue(line: str, lang: str) -> None:
    rule = rule_of(run_line(promo.detect, line, lang, ALL_LANGS), Label.PROMO)
    assert (rule or "").startswith("promo.cue")


def test_a_cue_word_with_a_full_stop_opening_a_sentence_is_no_cue() -> None:
    """Hard negative: "See also. ..." opening a sentence, the cue not in capitals."""
    assert promo_rule("See also. The mayor said the bridge would reopen in May.") is None


# ------------------------------------------------------ titled teasers, no cue


@pytest.mark.parametrize(
    ("lang", "line", "rule"),
    [
        ("en", 'Nia Calloway: "We will not be pushed out of our own market"', "promo.quote_title"),
        ("en", "Harbour master Owen Tregear: 'I have never seen a tide like it'", "promo.quote_title"),
        ("de", "Bürgermeisterin Jutta Kessel: „Wir haben keine Wahl mehr“", "promo.quote_title"),
        ("fr", "Odile Marchand : « Personne ne nous a prévenus »", "promo.quote_title"),
        ("pt", "O presidente Artur Lemos: «A ponte abre em março»", "promo.quote_title"),
        ("en", "Ferry operator warns of winter cancellations - 4 Nov", "promo.dated_title"),
        ("de", "Kreistag beschließt neuen Busfahrplan für die Dörfer – 12.01.2026", "promo.dated_title"),
        ("es", "El ayuntamiento cierra la piscina municipal por obras – 3 feb 2026", "promo.dated_title"),
    ],
)
def test_a_titled_teaser_in_the_article_is_promo(lang: str, line: str, rule: str) -> None:
    page_ = article(lang, middle=(line,))
    assert label_map(page_)[line] is Label.PROMO
    assert reason_of(page_, line).startswith(rule)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        # a live blog's entry title has a surname only; a transcript's speaker is in capitals
        ("en", "Ortega: 'We will wait for every vote'"),
        ("en", 'OLLIE TRAN: "Hopefully, yes."'),
        # the quote goes on after its closing mark: a sentence of the story
        ("en", 'Nia Calloway: "We will not move," she said on Tuesday.'),
        # a reporting verb before the colon: the story quotes someone
        ("en", 'Doreen told The Lark: "I thought they would all be gone by the time I got there."'),
        ("de", "Kessel sagte der Zeitung: „Wir haben keine Wahl mehr“"),
        # two sentences in the quote: the story quotes its speaker, a teaser's title is one saying
        ("en", 'Mayor Ines Roden: "I understand this is very annoying. But safety comes first."'),
        # dates in the story: a range, a fixture list, a short label
        ("en", "Half term: 31 May – 4 June 2027"),
        ("en", "• Carlow (H) — 15 March"),
        ("en", "Doors open - 12 May"),
        ("en", "March 11, 1937 – November 30, 2026"),
    ],
)
def test_story_lines_shaped_like_titled_teasers_are_no_promo(lang: str, line: str) -> None:
    # (some are a date line to the byline rules: not this rule's business)
    assert label_map(article(lang, middle=(line,)))[line] is not Label.PROMO


def test_a_quote_title_above_the_first_paragraph_is_left_to_the_headline() -> None:
    # an interview's own headline is a quote too
    line = 'Ada Fennimore: "I wrote the whole novel on the night bus"'
    p = PARAGRAPHS["en"]
    labels = label_map(page_text(line, *p))
    assert labels[line] is Label.HEADLINE


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("tr", "İlgili Haber: Belediye meclisi yeni su tarifesini onayladı"),
        ("tr", "İlginizi Çekebilir: Sahil yolu yaz boyunca kapalı kalacak"),
        ("ru", "Подробнее по теме: Мэрия откроет мост после ремонта"),
    ],
)
def test_turkish_dotted_capital_and_more_russian_cues(lang: str, line: str) -> None:
    assert rule_of(run_line(promo.detect, line, lang, ALL_LANGS), Label.PROMO) == f"promo.cue[{lang}]"


# ------------------------------------------------------ a teaser's title and summary, no cue


def _glued(lang: str, *middle: str) -> str:
    """An article dump without blank lines, ``middle`` between its second and third paragraphs."""
    p = PARAGRAPHS[lang]
    return "\n".join((HEADLINES[lang], p[0], p[1], *middle, p[2], p[3])) + "\n"


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        (
            "en",
            "Bus drivers at the Calder depot vote to strike over rotas",
            "Walkouts could start before Christmas, the union says.",
        ),
        ("de", "Brauerei stellt den Betrieb nach 140 Jahren ein", "Sechzig Beschäftigte verlieren ihren Arbeitsplatz."),
        (
            "es",
            "El tren regional suprime servicios en la sierra por la nieve",
            "Los viajeros podrán cambiar el billete sin coste.",
        ),
        (
            "fr",
            "Le dernier café du village rouvre grâce à une cagnotte",
            "Plus de 300 donateurs ont participé en un mois.",
        ),
        (
            "pt",
            "Interior ganha população pela primeira vez em 40 anos",
            "Os dados do censo surpreenderam os demógrafos.",
        ),
    ],
)
def test_a_headline_with_its_summary_between_paragraphs_is_promo(lang: str, title: str, summary: str) -> None:
    text = _glued(lang, title, summary)
    labels = label_map(text)
    assert labels[title] is Label.PROMO
    assert labels[summary] is Label.PROMO
    assert reason_of(text, title).startswith("promo.dek_title")


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        # the story's own subheading over a short paragraph: too short to be another story's title
        ("What happens next", "The council will vote again in March."),
        # a how-to's numbered step, a question of a Q&A, a line announcing a list
        ("Step 4: Bleed the radiator until water comes out", "Hold a cloth under the valve while you do it."),
        ("Will the sea wall be finished before the storms?", "Engineers say the first stage will be."),
        ("The three stages of the work planned by the council are:", "The fish market comes first."),
        # a name in Title Case over its paragraph: a review's product, no story's title
        ("Harbour Lights Wireless Mesh Router Kit", "It covers a three-storey house without a gap."),
        # a summary that quotes someone, or opens on a speaker's name: the story's own text
        ("Harbour master says the old wall was never checked", '"Nobody looked at it for years," he said.'),
        ("Harbour master says the old wall was never checked", "TREGEAR: Nobody looked at it for years."),
    ],
)
def test_story_subheadings_over_short_paragraphs_are_no_dek_teasers(title: str, summary: str) -> None:
    labels = label_map(_glued("en", title, summary))
    assert labels[summary] is Label.BODY
    assert labels[title] is not Label.PROMO


_PICTURE = ("3/8", "Saoirse posed with her sister Clodagh at the premiere (Image: Conor McKeown/Spotlight)")


def test_a_headline_with_its_summary_under_a_picture_between_paragraphs_is_promo() -> None:
    """A gallery's slide (its counter and caption) between the story's paragraph and the teaser."""
    title = "Bus drivers at the Calder depot vote to strike over rotas"
    summary = "Walkouts could start before Christmas, the union says."
    text = _glued("en", *_PICTURE, title, summary)
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_a_subheading_and_two_sentences_under_a_picture_stay_the_storys() -> None:
    """Hard negative: under a picture, a line over a paragraph of two sentences is the story's."""
    title = "Ramón Sáez was 26 when his family left the valley for the city"
    para = "He comes back every morning now. The church tower still shows above the water."
    labels = label_map(_glued("en", *_PICTURE, title, para))
    assert labels[para] is Label.BODY


_FACTS = ("Key figures", "Turnover 2025: €2.9bn (-4%)", "Net profit: €41m", "Staff: 7400")


def test_a_headline_with_its_summary_under_the_storys_fact_box_is_promo() -> None:
    """A business paper's teaser without a cue right under the last line of the story's fact box."""
    title = "Cheesemakers squeezed by falling export prices to Asia"
    summary = "Exports of aged cheese to China fell by a quarter this year, new figures show."
    text = _glued("en", *_FACTS, title, summary)
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_a_fact_line_and_a_sentence_under_the_fact_box_stay_the_storys() -> None:
    """Hard negative: the box's own "Label: figure" line is no teaser's title."""
    line, sentence = (
        "Council emergency line: 0300 555 0119",
        "Those with asthma should keep inhalers close, officials said.",
    )
    labels = label_map(_glued("en", "Where to get help", "Health advice line: 0300 555 0182", line, sentence))
    assert labels[line] is Label.BODY and labels[sentence] is Label.BODY


def test_a_subheading_and_a_short_paragraph_between_two_pictures_stay_the_storys() -> None:
    """Hard negative: a title-like line and one sentence between two pictures' captions are the story's
    subheading and paragraph (the teaser's summary would be followed by the story going on)."""
    title = "Ramón Sáez was 26 when his family left the valley for the city"
    para = "He comes back every morning now to look at the water."
    second = "Ramón Sáez, 81, at the edge of the reservoir on Tuesday."
    labels = label_map(_glued("en", *_PICTURE, title, para, second))
    assert labels[para] is Label.BODY
    assert labels[second] is Label.CAPTION


_TABLE_ROW = "Montreal-Toronto: 9 trains cancelled Tuesday | Quebec City-Montreal: 4 cancelled | Ottawa: 5"
_TEASER = (
    "Federal labour minister says she will not rule out intervention in rail dispute\n"
    "The minister says the government's priority is a negotiated deal, but the economy cannot wait."
)


def test_a_teaser_under_a_picture_under_a_row_of_the_storys_table_is_promo() -> None:
    """Over a picture, the story's line above may be a row of its table, no sentence."""
    text = article("en", middle=(_TABLE_ROW, "A file photo of a Via Rail locomotive in Toronto", _TEASER))
    title = _TEASER.split("\n")[0]
    assert reason_of(text, title).startswith("promo.dek_title")


def test_a_teaser_under_a_row_of_the_storys_table_with_no_picture_between_stays() -> None:
    """Hard negative: with no picture between them, a title-like line under a table's row is the story's."""
    text = article("en", middle=(_TABLE_ROW, _TEASER))
    title = _TEASER.split("\n")[0]
    assert not reason_of(text, title).startswith("promo.dek_title")


def test_a_long_tabloid_title_with_a_summary_without_a_full_stop_is_promo() -> None:
    """A title of 18 words and its summary with no full stop, glued, set apart by blank lines."""
    title = "Rory Callan opens up on 'brutal' injury comeback and the moment he thought he'd never play again"
    summary = "The Leinster winger spoke honestly about the six months he spent out of the game"
    text = article("en", middle=(f"{title}\n{summary}",))
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_an_unstopped_line_under_a_title_in_a_dump_without_blank_lines_is_no_summary() -> None:
    """Hard negative: with no paragraph breaks, an unstopped line under a title may be the story's."""
    title = "Rory Callan opens up on his injury comeback and the moment he thought he'd never play again"
    line = "The Leinster winger spoke honestly about the six months he spent out of the game"
    assert label_map(_glued("en", title, line))[line] is Label.BODY


def test_a_title_and_summary_set_apart_by_a_blank_line_are_no_dek_teaser() -> None:
    """Hard negative: in a dump with paragraph breaks a teaser's summary is glued to its title."""
    title = "Bus drivers at the Calder depot vote to strike over rotas"
    summary = "Walkouts could start before Christmas, the union says."
    labels = label_map(article("en", middle=(title, summary)))
    assert labels[summary] is Label.BODY


@pytest.mark.parametrize("kicker", ["Analysis", "COURTS", "PARTY TIME"])
def test_a_kicker_over_a_teaser_title_and_its_byline_is_promo(kicker: str) -> None:
    title = "Why every big transport project in the north seems to run late"
    p = PARAGRAPHS["en"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], kicker, title, "By Will Haskett", p[2], p[3])) + "\n"
    labels = label_map(text)
    assert labels[kicker] is Label.PROMO and labels[title] is Label.PROMO
    assert reason_of(text, kicker).startswith("promo.teaser_kicker")


def test_a_subheading_over_a_teaser_is_no_kicker() -> None:
    """Hard negative: the story's subheading of a few words in lower case stays the story's."""
    sub = "What the council says"
    title = "Why every big transport project in the north seems to run late"
    p = PARAGRAPHS["en"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], sub, title, "By Will Haskett", p[2], p[3])) + "\n"
    assert label_map(text)[sub] is Label.BODY


@pytest.mark.parametrize("sub", ["What happens next?", "A slow start", "Un précédent"])
def test_the_storys_subheading_under_headed_teasers_is_no_teaser(sub: str) -> None:
    p = PARAGRAPHS["en"]
    titles = ["Storm leaves thousands without power in the north", "Ferry operator warns of winter cancellations"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], "Related stories", *titles, sub, p[2], p[3])) + "\n"
    labels = label_map(text)
    assert [labels[t] for t in titles] == [Label.PROMO, Label.PROMO]
    assert labels[sub] is Label.BODY


def test_the_last_headed_teaser_over_the_storys_paragraph_stays_promo() -> None:
    """Hard negative: a teaser title of many words right over the story's next paragraph."""
    p = PARAGRAPHS["en"]
    titles = ["Storm leaves thousands without power in the north", "Ferry operator warns of winter cancellations"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], "Related stories", *titles, p[2], p[3])) + "\n"
    labels = label_map(text)
    assert [labels[t] for t in titles] == [Label.PROMO, Label.PROMO]


@pytest.mark.parametrize(
    "credit",
    [
        "Ellen Marchetti · 2 days ago",
        "Freya Lindqvist · 12 October",
        "Marcus Venn, Transport correspondent",
    ],
)
def test_a_teaser_title_over_its_credit_without_by_is_promo(credit: str) -> None:
    title = "Ferry fares to the islands to rise by 8% in October"
    p = PARAGRAPHS["en"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], title, credit, p[2], p[3])) + "\n"
    assert reason_of(text, title).startswith("promo.teaser_title")
    assert label_map(text)[title] is Label.PROMO


def _between_paragraphs(*lines: str) -> str:
    """An English page: headline, two paragraphs, ``lines``, two more paragraphs (no blank lines)."""
    p = PARAGRAPHS["en"]
    return "\n".join((HEADLINES["en"], p[0], p[1], *lines, p[2], p[3])) + "\n"


@pytest.mark.parametrize(
    ("above", "credit"),
    [
        ("Will young people turn out?", "Staff reporters"),  # a subheading of a few words; a desk's credit
        ("• Refund or free replacement, no receipt needed", "Listen to this article · 4:12"),  # a list's item
        ("Reporting by Owen Tremblay and Kezia Lam", "22 March 2026, 08:30 · 4 min read"),  # the article's date
    ],
)
def test_a_credit_like_line_under_a_story_line_is_no_teaser(above: str, credit: str) -> None:
    """Hard negative: without "BY", only a headline's sentence over a person's or a relative time's credit."""
    assert not reason_of(_between_paragraphs(above, credit), above).startswith("promo.teaser_title")


def test_a_headline_with_its_summary_under_an_advert_is_promo() -> None:
    """A dek teaser under an advert's copy (not a paragraph of the story) is a teaser still."""
    p = PARAGRAPHS["en"]
    title, summary = (
        "Inside the fight to save the town's last drive-in cinema",
        "The owners have until spring to find a buyer.",
    )
    copy = "Harbour Savings Bank is proud to support local small businesses. Ask about our loans."
    text = "\n".join((HEADLINES["en"], p[0], p[1], "Sponsored", copy, title, summary, p[2], p[3])) + "\n"
    labels = label_map(text)
    assert labels[copy] is Label.AD
    assert labels[title] is Label.PROMO and labels[summary] is Label.PROMO


def test_a_run_of_title_case_teasers_with_their_summaries_is_promo() -> None:
    p = PARAGRAPHS["en"]
    pairs = (
        "Why Are Rents in Westmere Rising Faster Than Wages?",
        "New data shows the gap widened again this year.",
        "Can Landlords Evict Tenants Who Strike?",
        "A lawyer explains what the law says.",
    )
    text = "\n".join((HEADLINES["en"], p[0], p[1], *pairs, p[2], p[3])) + "\n"
    labels = label_map(text)
    assert [labels[t] for t in pairs] == [Label.PROMO] * 4
    assert reason_of(text, pairs[0]).startswith("promo.dek_run_title")


@pytest.mark.parametrize(
    "pairs",
    [
        # the story's questions and answers, in sentence case
        (
            "Why did seniors get a cut?",
            "Council voted in October to lower the fare.",
            "Can I still pay cash?",
            "Yes, but only with exact change.",
        ),
        # results with their scorers; a player's rating
        (
            "Ashby Mill 1 Hollin Vale 2",
            "Scorers: Poyser; Grange, Mbatha.",
            "Kettleby Rovers 7 Swale Street 0",
            "Scorers: Dyke 3, Ferris 2.",
        ),
        (
            "Jannik Pohl – Note 4",
            "Unsicher im Aufbau, gelb nach 30 Minuten.",
            "Emre Yildiz – Note 2",
            "Gewann fast jeden Zweikampf.",
        ),
        # one Title Case title with its summary is no run
        ("Why Are Rents in Westmere Rising Faster Than Wages?", "New data shows the gap widened again this year."),
    ],
)
def test_story_lines_shaped_like_a_teaser_run_are_no_run(pairs: tuple[str, ...]) -> None:
    """Hard negative: a run needs two Title Case headlines without figures, each over one sentence."""
    p = PARAGRAPHS["en"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], *pairs, p[2], p[3])) + "\n"
    assert not reason_of(text, pairs[0]).startswith("promo.dek_run_title")


def test_a_teaser_title_over_its_authors_name_alone_is_promo() -> None:
    title, name = "The coach on the play that turned the game", "Nora Fitzgerald"
    p = PARAGRAPHS["en"]
    text = "\n".join((HEADLINES["en"], p[0], p[1], title, name, p[2], p[3])) + "\n"
    assert reason_of(text, name).startswith("promo.teaser_author")
    assert label_map(text)[title] is Label.PROMO


def test_an_app_cards_author_and_day_under_its_promo_title_are_promo() -> None:
    """ "Read more" / title / "Sean Meagher" / "Yesterday": the card's credit, not the story's."""
    card = ["Read more", "Greenway plan will not go ahead without farmers, minister said", "Sean Meagher", "Yesterday"]
    text = _between_paragraphs(*card)
    assert reason_of(text, "Sean Meagher").startswith("promo.card_credit")
    assert reason_of(text, "Yesterday").startswith("promo.card_credit")


def test_a_name_under_a_promo_without_a_day_is_no_card_credit() -> None:
    """Hard negative: a place's subheading of the story under a promo ("South Korea" / paragraph)."""
    lines = ["Read more", "Greenway plan will not go ahead without farmers, minister said", "South Korea"]
    assert not reason_of(_between_paragraphs(*lines), "South Korea").startswith("promo.card_credit")


@pytest.mark.parametrize(
    ("above", "name"),
    [
        ("P. ¿Se sintió alguna vez sobrepasada?", "R. Sí."),  # an interview's question and answer
        ("Dunmere Town Reserves P Coleby Athletic P", "Division One"),  # a table's row, a league
        ("Abbey Road (between Mill Street and the bus station)", "Wharf Street"),  # a list of roads
    ],
)
def test_a_name_like_line_under_a_story_line_is_no_teaser_author(above: str, name: str) -> None:
    """Hard negative: only a headline's sentence over a person's name makes a teaser."""
    assert not reason_of(_between_paragraphs(above, name), name).startswith("promo.teaser_author")


def test_a_question_over_a_places_section_is_no_teaser() -> None:
    """Hard negative: the story's subheading asks, a place's name heads the paragraph about it."""
    p = PARAGRAPHS["en"]
    question, place = "How have other nations responded?", "South Korea"
    paragraph = "South Korea's spy agency said it had seen the ships leave port on three nights last week."
    teaser = ("Prime minister to visit the summit in the capital next week", "BY PTI")
    text = "\n".join((HEADLINES["en"], p[0], p[1], *teaser, question, place, paragraph, p[2])) + "\n"
    labels = label_map(text)
    assert labels[teaser[0]] is Label.PROMO  # (the kept lines read again: the question under the story's paragraph)
    assert labels[question] is Label.BODY and labels[place] is Label.BODY


_LAST = (
    "Bus drivers at the Calder depot vote to strike over rotas\n"
    "Walkouts could start before Christmas. The union says talks have failed."
)


def test_a_headline_with_its_summary_ending_the_article_over_an_advert_is_promo() -> None:
    """Set apart by blank lines, after the last paragraph, over an advert's marker and the tags."""
    title, summary = _LAST.split("\n")
    text = article("en", after=(_LAST, "Advertisement", "Tags: transport, strikes"))
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_a_caption_over_the_last_paragraph_in_a_dump_without_blank_lines_stays_body() -> None:
    """Hard negative: with no paragraph breaks, a caption over the last paragraph has a teaser's shape."""
    title, summary = _LAST.split("\n")
    text = (
        _glued("en", "The ministry says the first buses reach the regions in summer.")
        + f"{title}\n{summary}\nTags: transport\n"
    )
    assert label_map(text)[summary] is Label.BODY


def test_a_summary_with_a_colon_after_a_clause_is_promo() -> None:
    """A colon after a clause of five words or more: the summary's, no speaker's label."""
    title = "Dishwasher eco programmes really do pay off over a year"
    summary = "It runs twice as long but uses a third of the power: we timed five brands."
    text = _glued("en", title, summary)
    assert reason_of(text, title).startswith("promo.dek_title")


def test_a_summary_opening_on_a_short_label_and_colon_stays_body() -> None:
    """Hard negative: "Council leader Jo Marsh: ..." is the story's quote under its subheading."""
    title = "Dishwasher eco programmes really do pay off over a year"
    line = "Council leader Jo Marsh: we will check the figures again."
    assert label_map(_glued("en", title, line))[line] is Label.BODY


def _spaced(lang: str, *middle: str) -> str:
    """An article dump with blank lines, ``middle`` (blocks, maybe of glued lines) between its
    second and third paragraphs."""
    p = PARAGRAPHS[lang]
    return page_text(HEADLINES[lang], p[0], p[1], *middle, p[2], p[3])


_CARD_TITLE = "Walking team of injured veterans sets off for the South Pole"


@pytest.mark.parametrize("date", ["09.12.2026", "28 Nov 2026", "Nov. 12, 2026"])
def test_a_dated_card_in_the_flow_is_promo(date: str) -> None:
    """A teaser's card: its title, its date and its summary glued, set apart by blank lines."""
    summary = "Six veterans begin a 60-day trek across the ice."
    text = _spaced("en", f"{_CARD_TITLE}\n{date}\n{summary}")
    labels = label_map(text)
    assert (labels[_CARD_TITLE], labels[date], labels[summary]) == (Label.PROMO,) * 3
    assert reason_of(text, date).startswith("promo.teaser_byline")


def test_a_subheading_over_a_dated_entry_of_the_story_is_no_card() -> None:
    """Hard negative: a title glued over a date, then a paragraph of two sentences (a diary's
    entry of the story), is no teaser's card."""
    entry = "The crew reached the ice shelf at dawn. Nobody spoke for an hour."
    text = _spaced("en", f"{_CARD_TITLE}\n28 Nov 2026\n{entry}")
    assert label_map(text)[entry] is Label.BODY
    assert not reason_of(text, "28 Nov 2026").startswith("promo.teaser_byline")


def _ending(lang: str, *tail: str) -> str:
    """An article dump without blank lines, ``tail`` after its last paragraph, then the page's tags."""
    p = PARAGRAPHS[lang]
    return "\n".join((HEADLINES[lang], *p, *tail, "Tags: transport, strikes", "Share this article")) + "\n"


@pytest.mark.parametrize(
    ("lang", "tail"),
    [
        ("en", ("Why Are Bus Fares Rising Faster Than Wages?", "Will the Ferry Ever Run on Sundays Again?")),
        (
            "en",
            (
                "Fall Fair Pie Winners Through the Years",
                "Winnie was not the only one with a ribbon streak.",
                "Millport Legion Marks 80 Years With Open House",
            ),
        ),
        (
            "de",
            (
                "Wieder Zugausfälle auf der S3: Das sind die Gründe",
                "Neuer Bahnhof in Ostermoor: Baubeginn frühestens 2028",
            ),
        ),
        ("es", ("¿Por qué cae más granizo que hace veinte años?", "¿Cuánto cuesta cambiar un tejado en la comarca?")),
        ("en", ("Half of renters say their landlord has refused to fit a smart meter",)),
    ],
)
def test_teaser_titles_after_the_storys_end_are_promo(lang: str, tail: tuple[str, ...]) -> None:
    labels = label_map(_ending(lang, *tail))
    assert [labels[t] for t in tail] == [Label.PROMO] * len(tail)
    assert reason_of(_ending(lang, *tail), tail[0]).startswith("promo.tail_title")


@pytest.mark.parametrize(
    "tail",
    [
        ("If you want to go", "Where: Market Square, Northgate", "When: Saturdays, 8am to 2pm"),  # a fact box
        ("Karten: 18 bis 72 Euro, Theaterkasse Halbach",),  # a fact line with its figure
        ("Albertina Sousa, 72 anos", "Joaquim Vale, 70 anos"),  # names and ages
        ("Q. What about tickets bought before January?", "They will be valid at the old fare until January 7."),
        ("Ashby Town  0-0  Pellworth United  11,212", "Brackendale  2-3  Coldharbour  9,870"),  # a results table
        ("More to follow",),  # a short closing line
        ("For more information visit the council's website at westmere.org",),  # where to read more
        ("Looking for more winter recipes? Stay tuned for more Kitchen Guides!",),  # a call to the reader
    ],
)
def test_the_storys_own_last_lines_are_no_tail_teasers(tail: tuple[str, ...]) -> None:
    """Hard negatives: a fact box, an interview's last answer, a table, a closing line."""
    assert all(not reason_of(_ending("en", *tail), t).startswith("promo.tail_title") for t in tail)


def test_a_title_and_a_sentence_under_the_last_paragraph_keep_the_sentence() -> None:
    """Hard negative: right under the story's line, a title and a sentence may be a picture's caption
    over the story's last paragraph: the sentence stays the story's."""
    title = "New buses of the small class at the plant in Kovrovsk"
    last = "The ministry said the first buses would reach the regions in the summer of 2027."
    labels = label_map(_ending("en", title, last))
    assert labels[title] is Label.PROMO and labels[last] is Label.BODY


def test_teaser_titles_with_the_storys_paragraph_under_them_are_no_tail_teasers() -> None:
    """Hard negative: the story goes on under the titles (no furniture right under them)."""
    p = PARAGRAPHS["en"]
    titles = ("Why Are Bus Fares Rising Faster Than Wages?", "Will the Ferry Ever Run on Sundays Again?")
    text = "\n".join((HEADLINES["en"], *p[:3], *titles, p[3])) + "\n"
    assert all(not reason_of(text, t).startswith("promo.tail_title") for t in titles)


def test_items_the_storys_last_line_announces_are_no_tail_teasers() -> None:
    """Hard negative: under a line ending in ":", title-like lines are the story's list."""
    items = ("The future of the harbour wall and its funding", "A new timetable for the town's ferry")
    text = _ending("en", "The cabinet will decide on two questions in March:", *items)
    assert all(not reason_of(text, t).startswith("promo.tail_title") for t in items)


_UNDER = (
    "Fenbury café owner swaps espresso machine for ice cream van",
    "Staff say the change was a hit on the first sunny weekend.",
)


@pytest.mark.parametrize(
    "furniture", ["Story continues below advertisement", "Also read: Harbour club sends three to the final"]
)
def test_a_headline_with_its_summary_under_an_advert_marker_or_a_teaser_is_promo(furniture: str) -> None:
    """Under an ad marker or another teaser (no paragraph of the story right above): a teaser still."""
    title, summary = _UNDER
    text = _glued("en", furniture, title, summary)
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_a_title_and_a_sentence_under_a_share_row_stay_body() -> None:
    """Hard negative: under the page's buttons (a share row, a menu), the same shape may be the
    story's subheading and paragraph, or the article's own headline and standfirst."""
    title, summary = _UNDER
    text = _glued("en", "Share this article", title, summary)
    assert not reason_of(text, title).startswith("promo.dek_title")


@pytest.mark.parametrize(
    "line",
    [
        "Poppy appeal beats target in Highlands despite wet November",
        "Hospital car park fees to be scrapped from February",
    ],
)
def test_a_lone_headline_between_paragraphs_is_promo(line: str) -> None:
    """Another story's headline alone between two paragraphs, no cue, no summary: it names
    someone or somewhere and is longer than a subheading."""
    page_ = article("en", middle=(line,))
    assert label_map(page_)[line] is Label.PROMO
    assert reason_of(page_, line).startswith("promo.lone_title")


@pytest.mark.parametrize(
    "line",
    [
        "How to sign up for the council's flood alerts",  # a subheading that asks
        "Read the full policy on the Westmere council website",  # tells the reader to act
        "What the harbour board told residents on Tuesday night",
        "RAVPower 61W USB-C PD GaN Wall Charger With Two Ports",  # a product in Title Case
        "RIDGEWAY 78, GREAT PLAINS ST. 74 (OT)",  # a result in capitals
    ],
)
def test_story_lines_shaped_like_lone_headlines_are_no_promo(line: str) -> None:
    assert label_map(article("en", middle=(line,)))[line] is not Label.PROMO


def test_two_lone_headlines_in_a_row_are_promo() -> None:
    """Two other stories' headlines in a row between paragraphs, no cue: both are teasers."""
    titles = (
        "Singer Kemi Lawal drops surprise album as fans react",
        "Actor Femi Ojo finally speaks on viral airport video",
    )
    labels = label_map(article("en", middle=titles))
    assert all(labels[t] is Label.PROMO for t in titles)


def test_three_headline_shaped_lines_in_a_row_are_left_alone() -> None:
    """Hard negative: a run of three such lines is a list of the story's own (or a box's): no lone
    headlines between paragraphs."""
    lines = (
        "Westmere council approves the plan for the new wall",
        "Harbour board signs the contract with Dunmore Marine",
        "Engineers from Carrick start the first stage in May",
    )
    labels = label_map(article("en", middle=lines))
    assert all(labels[t] is not Label.PROMO for t in lines)


def test_a_sentences_first_part_ending_in_a_comma_is_no_lone_headline() -> None:
    """Hard negative: a dump that cuts the inline link out of its sentence leaves the sentence's first
    part, ending in a comma, alone between two paragraphs; a headline never ends so."""
    line = "If you need a refresher on how the Whitlocks got here,"
    page_ = article("en", middle=(line,))
    assert not reason_of(page_, line).startswith("promo.lone_title")
    # the same words with no comma are a headline's shape
    assert reason_of(article("en", middle=(line.rstrip(","),)), line.rstrip(",")).startswith("promo.lone_title")


def test_a_lone_headline_naming_no_one_between_two_paragraphs_is_promo() -> None:
    line = "Rail staff to vote on strike action over weekend rosters"
    page_ = article("en", middle=(line,))
    assert reason_of(page_, line).startswith("promo.lone_title")


@pytest.mark.parametrize(
    "middle",
    [
        # over a list's items, no paragraph under it: the story's own lead-in or key point
        ("The fish market and the lifeboat station come first", "• A new slipway for the lifeboat"),
        # under a question: that may be a teaser's title too, no paragraph of the story
        (
            "Is the supermarket meal deal still a deal for families?",
            "Ten ways to cut your food bill without giving up meat",
        ),
        # a recipe's step with its brackets
        ("Boil for ten minutes (longer if you live at altitude)",),
    ],
)
def test_headline_shaped_lines_naming_no_one_need_a_paragraph_on_each_side(middle: tuple[str, ...]) -> None:
    labels = label_map(article("en", middle=middle))
    line = next(t for t in middle if t[:1].isupper() and not t.startswith("Is "))
    assert labels[line] is not Label.PROMO


def test_up_next_over_the_storys_team_notes_is_the_storys() -> None:
    """An AP game story closes with "UP NEXT" over "Team: sentence." lines: its section, no promo."""
    lines = ("UP NEXT", "Thunder: Host the Lakers on Friday.", "Lakers: Visit the Thunder on Friday.")
    labels = label_map(article("en", after=lines))
    assert [labels[line] for line in lines] == [Label.BODY] * 3


def test_a_cue_with_one_line_under_it_at_the_pages_end_is_read_without_error() -> None:
    """The cue one line from the page's end: fewer lines under it than the story's notes need, no error."""
    page = detected([PARAGRAPHS["en"][0], "UP NEXT", "Thunder: Host the Lakers on Friday."])
    assert "promo.headed_title" not in rules_of(page, "Thunder: Host the Lakers on Friday.")


def test_a_promo_cue_one_line_above_the_pages_end_is_read_without_error() -> None:
    """The check for the story's "Team: sentence." lines under a cue looks at two lines: a cue
    with only one line under it (the page's last) has none (it read past the page's end)."""
    text = page_text(HEADLINES["en"], *PARAGRAPHS["en"][:3], "Up next", "Thunder: Host the Lakers on Friday.")
    assert label_map(text)["Up next"] is not None


def test_up_next_over_teaser_titles_stays_a_promo_heading() -> None:
    """Hard negative: the cue over other stories' titles."""
    lines = ("Up next", "Storm leaves thousands without power in the north", "Ferry fares to rise in April")
    labels = label_map(article("en", after=lines))
    assert labels["Up next"] is Label.PROMO


def test_a_teaser_under_a_short_quote_of_the_story_is_promo() -> None:
    """A teaser's title and summary glued together, under the story's one-word quote ("“Never.”")."""
    title = "Bus drivers at the Calder depot vote to strike over rotas"
    summary = "Walkouts could start before Christmas, the union says."
    p = PARAGRAPHS["en"]
    text = page_text(HEADLINES["en"], p[0], p[1], "“Never.”", title + "\n" + summary, p[2], p[3])
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_a_teaser_under_a_line_of_the_storys_dialogue_is_promo() -> None:
    """A dump with no blank lines: the teaser glued under the story's dialogue (quotes and speakers,
    too few function words outside the quotes to read as prose)."""
    title = "Every new show coming to streaming in January"
    summary = "From a Welsh crime drama to a cooking contest on a cargo ship, here is what to watch next month."
    dialogue = '"You kept my seat warm," Peter says. "I kept it empty," Dana answers.'
    p = PARAGRAPHS["en"]
    text = "\n".join([HEADLINES["en"], p[0], p[1], dialogue, title, summary, p[2], p[3]])
    assert reason_of(text, title).startswith("promo.dek_title")
    # hard negative: a quoted title with no speaker (one quote, no sentence of dialogue) over the pair
    text = "\n".join([HEADLINES["en"], p[0], p[1], '"The Long Table"', title, summary, p[2], p[3]])
    assert not reason_of(text, title).startswith("promo.dek_title")


def test_a_line_under_a_quoted_name_with_no_stop_stays_the_storys() -> None:
    """Hard negative: a work's name in quotes ends no sentence (it heads the story's next lines)."""
    title = "Bus drivers at the Calder depot vote to strike over rotas"
    summary = "Walkouts could start before Christmas, the union says."
    p = PARAGRAPHS["en"]
    labels = label_map(page_text(HEADLINES["en"], p[0], p[1], "“The Long Winter”", title + "\n" + summary, p[2], p[3]))
    assert labels[summary] is Label.BODY


_ID_HEADLINE = "Banjir Rendam Tiga Desa di Kabupaten Mekarsari, Ratusan Warga Mengungsi"
_ID_PARAGRAPHS = (
    "Hujan deras yang turun sejak Minggu malam membuat sungai meluap dan merendam rumah warga di tiga desa.",
    "Badan Penanggulangan Bencana Daerah mencatat lebih dari 400 warga terpaksa mengungsi ke balai desa.",
    "Petugas gabungan mendirikan dapur umum dan membagikan makanan kepada para pengungsi sejak Senin pagi.",
    "Menurut kepala desa, air mulai surut pada Senin sore, tetapi warga diminta tetap waspada.",
)


def _id_page(title: str, summary: str) -> str:
    p = _ID_PARAGRAPHS
    return page_text(_ID_HEADLINE, p[0], p[1], title + "\n" + summary, p[2], p[3])


def test_an_indonesian_teaser_title_in_title_case_is_promo() -> None:
    """Indonesian sites set headlines in Title Case, the small words ("di", "dan") in lower case."""
    title = "Waspada Demam Berdarah di Awal Musim Hujan"
    summary = "Dinas Kesehatan mencatat 120 kasus baru dalam dua pekan terakhir."
    text = _id_page(title, summary)
    assert reason_of(text, title).startswith("promo.dek_title")
    assert label_map(text)[summary] is Label.PROMO


def test_a_products_name_in_title_case_is_no_indonesian_teaser() -> None:
    """Hard negative: a product's name in Title Case has no small word between its capitalised words."""
    title = "Pompa Air Sanyo Seri Baru Tahan Banjir"
    summary = "Pompa ini dipakai petugas untuk menyedot air dari rumah warga."
    labels = label_map(_id_page(title, summary))
    assert labels[title] is not Label.PROMO and labels[summary] is Label.BODY


_FRAMED_TITLE = "How a mill town bought its own cinema, and kept it open"
_FRAMED_SUMMARY = "When the last picture house in Glynford closed, 400 residents pooled their savings. Ten years on, it still sells out most weekends."


def _framed(*middle: str) -> str:
    """An article dump whose paragraphs are glued, ``middle`` set apart by blank lines between them."""
    p = PARAGRAPHS["en"]
    return "\n".join((HEADLINES["en"], p[0], p[1], "", *middle, "", p[2], p[3])) + "\n"


def test_a_teaser_with_a_long_summary_set_apart_from_glued_paragraphs_is_promo() -> None:
    """A summary of two sentences (22 words) under a cue-less title, the pair alone framed by blank lines."""
    text = _framed(_FRAMED_TITLE, _FRAMED_SUMMARY)
    assert reason_of(text, _FRAMED_TITLE).startswith("promo.dek_title")
    assert label_map(text)[_FRAMED_SUMMARY] is Label.PROMO


def test_a_subheading_over_a_long_paragraph_in_a_dump_with_paragraph_breaks_stays_the_storys() -> None:
    """Hard negative: where every paragraph is set apart, a long line under a title is the story's paragraph."""
    labels = label_map(article("en", middle=(f"{_FRAMED_TITLE}\n{_FRAMED_SUMMARY}",)))
    assert labels[_FRAMED_SUMMARY] is Label.BODY


_LETTERS = (
    ("Bring back evening hours at the Wexley branch library", "Delphine Okoro, Kessler Park"),
    ("Poppy appeal volunteers deserve thanks from Westmere", "Gerald Haines, North Fairmount"),
)


def _letters_page(*titles_signatures: tuple[str, str]) -> str:
    """A letters page: each title over its letter's paragraph and its signature, "Name, Place"."""
    p = PARAGRAPHS["en"]
    lines = [HEADLINES["en"], p[0]]
    for (title, signature), letter in zip(titles_signatures, p[1:]):
        lines += [title, letter, signature]
    return "\n".join((*lines, p[3])) + "\n"


def test_a_letters_title_over_a_signed_letter_is_body() -> None:
    """On a letters page (two letters at least signed "Name, Place"), a headline-shaped line over a
    signed letter is the letter's title, no other story's."""
    labels = label_map(_letters_page(*_LETTERS))
    assert all(labels[title] is Label.BODY for title, _ in _LETTERS)


def test_a_lone_headline_over_one_signed_paragraph_is_still_promo() -> None:
    """Hard negative: one "Name, Place" line makes no letters page: the lone headline stays a teaser."""
    text = _letters_page(_LETTERS[0])
    assert reason_of(text, _LETTERS[0][0]).startswith("promo.lone_title")


_ASKING_TITLE = "Can a 10-minute walk after dinner lower your blood sugar?"
_ASKING_SUMMARY = "Short bouts of movement after meals may blunt glucose spikes, small trials suggest."


def test_a_question_as_a_teasers_title_set_apart_from_glued_paragraphs_is_promo() -> None:
    """A health site's cue-less teaser titled by a question, the pair alone framed by blank lines."""
    text = _framed(_ASKING_TITLE, _ASKING_SUMMARY)
    assert reason_of(text, _ASKING_TITLE).startswith("promo.dek_title")
    assert label_map(text)[_ASKING_SUMMARY] is Label.PROMO


def test_a_question_and_its_answer_under_another_answer_stay_the_storys() -> None:
    """Hard negative: in a Q&A whose pairs are set apart, the pair under an answer to a question is the
    next question and its answer."""
    p = PARAGRAPHS["en"]
    question = "Will the sea wall be finished before the storms come back?"
    text = "\n".join((HEADLINES["en"], p[0], question, p[1], "", _ASKING_TITLE, _ASKING_SUMMARY, "", p[2], p[3])) + "\n"
    labels = label_map(text)
    assert labels[_ASKING_TITLE] is not Label.PROMO and labels[_ASKING_SUMMARY] is Label.BODY


_TR_STORY = [
    "Belediye meclisi yeni otopark projesini onayladı",
    "Kentin merkezinde yapılacak katlı otopark için meclis üyeleri salı günü yapılan oturumda oy birliğiyle karar aldı.",
    "Projenin maliyetinin 48 milyon lira olacağı ve inşaatın gelecek yılın ilkbaharında başlayacağı açıklandı.",
]
_TR_AFTER = [
    "Otoparkın 420 araç kapasiteli olacağını söyleyen başkan, esnafın yıllardır bu yatırımı beklediğini belirtti.",
    "Çalışmalar sürerken çarşıya giden yolların bir bölümü trafiğe kapatılacak ve otobüs güzergâhları değişecek.",
]


@pytest.mark.parametrize(
    ("title", "summary", "promo"),
    [
        # another story's title and its one-sentence summary under a Turkish paragraph (few free-standing
        # function words: the paragraph is prose by suffixing_prose)
        (
            "Ünlü şarkıcı yeni albümünün çıkış tarihini açıkladı",
            "Sanatçı, hayranlarına sürprizin şubat ayında geleceğini söyledi.",
            True,
        ),
        # the story's subheading over its next paragraph, which is long: no summary
        (
            "Esnaf yıllardır bekliyordu",
            "Çarşıdaki dükkân sahipleri, müşterilerin park yeri bulamadığı için alışverişe gelmekten vazgeçtiğini, bu yüzden cirolarının son beş yılda neredeyse yarıya indiğini anlatıyor.",
            False,
        ),
    ],
)
def test_a_teaser_between_turkish_paragraphs_is_promo(title: str, summary: str, promo: bool) -> None:
    text = "\n".join((*_TR_STORY, title, summary, *_TR_AFTER)) + "\n"
    labels = label_map(text)
    assert (labels[title] is Label.PROMO) is promo
    assert (labels[summary] is Label.PROMO) is promo


@pytest.mark.parametrize(
    ("spec", "promo"),
    [
        # a spec list's last line, a label and a value with no figure, under one with a figure
        (["Gewicht: 189 gram", "Bestandsformaten: EPUB, PDF, CBZ, MOBI"], True),
        # a label line alone (no figure above it): the story's line announcing what follows
        (["Volgens de fabrikant: lezers van strips en kookboeken"], False),
    ],
)
def test_a_teaser_under_a_spec_list_is_promo(spec: list[str], promo: bool) -> None:
    title = "Europese Commissie wil vervangbare accu's in alle telefoons vanaf 2028"
    summary = "Fabrikanten krijgen twee jaar extra om hun ontwerpen aan te passen."
    story = [
        "Leesvaart lanceert kleuren-e-reader van 179 euro",
        "Het Utrechtse bedrijf Leesvaart heeft maandag zijn eerste e-reader met een kleurenscherm aangekondigd voor de Nederlandse markt.",
        "Specificaties",
        "Scherm: 7 inch, 300 ppi",
    ]
    after = [
        "Anders dan de grote concurrenten koppelt Leesvaart de e-reader niet aan een eigen boekwinkel in de app.",
        "Gebruikers kunnen e-boeken van elke Nederlandse webwinkel en van de online bibliotheek op het toestel laden.",
    ]
    if not promo:
        story = story[:2]
    labels = label_map("\n".join((*story, *spec, title, summary, *after)) + "\n")
    assert (labels[title] is Label.PROMO) is promo
