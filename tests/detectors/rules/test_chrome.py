"""chrome: page furniture (newsclean.detectors.rules.chrome)."""

from __future__ import annotations

import pytest

from helpers import PARAGRAPHS, article, detected, label_map, page_text, rule_of, rules_of, run_line
from newsclean.detectors.rules import ALL_LANGS, chrome
from newsclean.types import Label


def chrome_rule(line: str) -> str | None:
    return rule_of(run_line(chrome.detect, line, "en", ALL_LANGS), Label.CHROME)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("info_icon", "chrome.icon_name"),
        ("arrow_forward", "chrome.icon_name"),
        ("share_icon  linkedin_icon  x_icon  mail_icon", "chrome.icon_name"),
        ("whatsapp_icon facebook_icon x_icon", "chrome.icon_name"),
        ("Home | News | Sport | Business | Opinion", "chrome.nav_strip"),
        ("Accueil | Monde | Politique | Économie | Culture", "chrome.nav_strip"),
        # a menu in a script without capitals
        ("ニュース | 地域 | スポーツ | くらし | 天気", "chrome.nav_strip"),
        ("News > World > Asia", "chrome.breadcrumb"),
        ("Share", "chrome.ui_word[en]"),
        ("SHARE:", "chrome.ui_word[en]"),
        ("Share this article", "chrome.ui_word[en]"),
        ("Teilen", "chrome.ui_word[de]"),
        ("Compartir", "chrome.ui_word[es]"),
        ("Messenger", "chrome.ui_word[en]"),
        ("Viber", "chrome.ui_word[en]"),
        ("E-post", "chrome.ui_word[sv]"),
        ("Share to LinkedIn", "chrome.ui_word[en]"),
        ("Buy this photo", "chrome.ui_word[en]"),
        ("Beitrag teilen", "chrome.ui_word[de]"),
        ("Partager ce post", "chrome.ui_word[fr]"),
        ("Tuitear", "chrome.ui_word[es]"),
        ("Dona ahora", "chrome.ui_word[es]"),
        ("Jetzt spenden", "chrome.ui_word[de]"),
        ("Faire un don", "chrome.ui_word[fr]"),
        ("Partilhar no WhatsApp", "chrome.ui_word[pt]"),
        ("Ouvir a matéria", "chrome.ui_word[pt]"),
        ("Ouça a notícia", "chrome.ui_word[pt]"),
        ("Réagir (42)", "chrome.counter"),
        ("War dieser Artikel hilfreich?", "chrome.ui_word[de]"),
        ("Partager", "chrome.ui_word[fr]"),
        ("Compartilhar", "chrome.ui_word[pt]"),
        ("Follow us on Instagram", "chrome.prefix[en]"),
        ("Home › Sport › Cricket", "chrome.prefix[en]"),
        ("Inicio > Internacional > Europa", "chrome.prefix[es]"),
        ("Westmere Gazette 2025. All rights reserved.", "chrome.copyright"),
        ("Comments (23)", "chrome.comment_marker"),
        ("23 comments", "chrome.comment_marker"),
        ("57 contributions", "chrome.comment_marker"),
        ("Kommentare (12)", "chrome.comment_marker"),
        ("Comentarios (4)", "chrome.comment_marker"),
        ("3 of 24", "chrome.counter"),
        ("Bild 1 av 5", "chrome.counter"),
        ("Foto 2 dari 5", "chrome.counter"),
        ("Zdjęcie 1/6", "chrome.counter"),
        ("Photo 3/12", "chrome.counter"),
        ("1.2K Followers", "chrome.counter"),
        ("877 seguidores", "chrome.counter"),
        ("412 abonnés", "chrome.counter"),
        ("34 condivisioni", "chrome.counter"),
        ("Twittern", "chrome.ui_word[de]"),
        ("Click to share on Facebook (Opens in new window)", "chrome.prefix[en]"),
        ("Click to email a link to a friend (Opens in new window)", "chrome.prefix[en]"),
        ("Now reading: Why the ferry timetable changed", "chrome.prefix[en]"),
        ("This article is available to subscribers. Subscribe for full access to our archive.", "chrome.prefix[en]"),
        ("This page was last edited on 2 December 2026, at 08:15.", "chrome.prefix[en]"),
        ("General advice only. Consider your own circumstances before acting.", "chrome.prefix[en]"),
        (
            "Text is available under the Creative Commons Attribution License; additional terms may apply.",
            "chrome.prefix[en]",
        ),
        ("Tweeter", "chrome.ui_word[fr]"),
        ("Join the discussion", "chrome.comment_marker"),
        ("Reader comments", "chrome.comment_marker"),
        ("Reader responses (9)", "chrome.comment_marker"),
        ("Réponses (23)", "chrome.comment_marker"),
        ("Kommentarer (4)", "chrome.comment_marker"),
        ("Komentarze (23)", "chrome.comment_marker"),
        ("Yorumlar (3)", "chrome.comment_marker"),
        ("Komentar (0)", "chrome.comment_marker"),
        ("Tuesday | 12°C Westmere", "chrome.weather"),
        # a weather widget opened by its name
        ("Pogoda na jutro: Zakopane -6°C, śnieg", "chrome.weather"),
        ("Wetter Steiermark: Graz 3 °C, bewölkt", "chrome.weather"),
        ("DAX 18.402,11 +0,4 % | Dow 39,112 -0.2%", "chrome.ticker"),
        # a wiki page's foot and a language switcher's heading; a listen button
        ("Categorías: Aragón | Incendios forestales | Medio ambiente", "chrome.prefix[es]"),
        ("Esta página se editó por última vez el 9 abr 2027 a las 12:31.", "chrome.prefix[es]"),
        ("Diese Seite wurde zuletzt am 9. April 2027 um 12:31 Uhr bearbeitet.", "chrome.prefix[de]"),
        ("Text is available under the Creative Commons Attribution-ShareAlike License 4.0", "chrome.prefix[en]"),
        ("En otros idiomas", "chrome.ui_word[es]"),
        ("Ouvir esta notícia", "chrome.prefix[pt]"),
        ("Compartir esta noticia:", "chrome.prefix[es]"),
        # a link to a file, its format (and size) in brackets
        ("Sintesi dei risultati (PDF, 2,1 MB)", "chrome.file_link"),
        ("Jaarcijfers 2026 (pdf)", "chrome.file_link"),
        ("Télécharger la photo (JPG, 2,1 Mo)", "chrome.file_link"),
        # the tags row: "Schlagwörter:" (de), "Étiquettes :" (fr)
        ("Schlagwörter: Brand, Scheune, Atemschutz", "chrome.prefix[de]"),
        ("Étiquettes : Saison des sucres, Beauce", "chrome.prefix[fr]"),
    ],
)
def test_chrome_rules(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "© 2025 Example Media. All rights reserved.",
        "Alle Rechte vorbehalten.",
        "Todos los derechos reservados.",
        "Tous droits réservés.",
        "Todos os direitos reservados.",
    ],
)
def test_copyright_lines(line: str) -> None:
    assert chrome_rule(line) in (
        "chrome.prefix[en]",
        "chrome.prefix[de]",
        "chrome.prefix[es]",
        "chrome.prefix[fr]",
        "chrome.prefix[pt]",
        "chrome.copyright",
    )


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies and similar tracking technologies to personalise content and ads. By continuing to browse the site you accept our privacy policy.",
        "This site and its partners use cookies to measure traffic and personalise advertising; you can change your settings or accept to continue.",
        "Wir verwenden Cookies, um unsere Website zu verbessern. Mit Ihrer Zustimmung akzeptieren Sie die Datenschutz-Regeln.",
        "Usamos cookies para personalizar el contenido y los anuncios. Si continúas navegando, aceptas su uso.",
        "Nous utilisons des cookies pour personnaliser le contenu et les annonces.",
        "Este site usa cookies para personalizar anúncios e analisar o tráfego. Ao continuar a navegar, aceita a sua utilização.",
    ],
)
def test_cookie_consent_prose(line: str) -> None:
    assert chrome_rule(line) is not None


def test_consent_rule_on_prose_that_opens_with_no_prefix() -> None:
    line = "Our partners and we use cookies to store and access information on your device for personalised advertising and analytics."
    assert chrome_rule(line) == "chrome.consent"


@pytest.mark.parametrize(
    "line",
    [
        "Turnout | 54% in the north, 61% in the south, officials said.",
        "The company said the new cookie factory would employ 300 people in the town by next spring.",
        "Fans shared the video more than a million times, the club said, and privacy campaigners objected.",
        "Share prices fell 3% on Monday after the results.",
        "Share a memory, the family asked, rather than send flowers to the funeral.",
        "Partager ce poste de direction n'était pas prévu, a dit la maire.",
        "Comments from residents were mostly positive, the council said.",
        "It was 12°C in Westmere on Tuesday, the warmest March day on record.",
        "South Korea",
        "What happens next",
        "“No.”",
        "1. Preheat the oven to 200C.",
        "The page had 1,200 followers within a week, its founder said.",
        "Followers of the band queued overnight for 400 tickets.",
        "Readers can click to share the story on Facebook, the editor said.",
        "Messenger and Viber groups spread the rumour within hours.",
        # a row of the story's facts with two labels: no menu
        "Yes: Pruitt | Gaines | Okoro | Lindell — No: Marsh | Heppner | Ybarra",
        "Injured workers | Serious: 2 | Minor: 9 | Discharged: 6",
        # a story about a wiki, a licence or the categories of a prize
        "The page was edited more than 400 times in the week after the flood, its volunteers said.",
        "El texto de la licencia obliga a la empresa a reponer el arbolado antes de 2028.",
        "Las categorías del concurso son tres: novela, poesía y ensayo.",
        # a format named in brackets inside a sentence, or ending one
        "The report (PDF) was sent to every member of the committee.",
        "Het volledige jaarverslag staat online (pdf).",
        # a sentence opening with the word for comments
        "Kommentarerna på sociala medier var mestadels positiva.",
        "Yorumlar sosyal medyada hızla yayıldı.",
        # the word for tags (labels) inside a sentence
        "Die Schlagwörter der Kampagne hingen an jeder Bushaltestelle.",
        "Étiquettes et emballages devront être recyclables dès 2030.",
    ],
)
def test_body_lines_are_not_chrome(line: str) -> None:
    assert run_line(chrome.detect, line, "en", ALL_LANGS) == []


def test_quoted_ui_word_is_not_chrome() -> None:
    # a one-word quote that happens to be a UI word ("“Share.”") is speech, not a button
    assert chrome_rule("“Share.”") is None


def test_tag_list_under_tags_heading() -> None:
    page = detected(
        [
            "Tags",
            "Flooding",
            "Westmere",
            "Sea defences",
            "The council will meet again in May to agree the budget for the work.",
        ]
    )
    assert rules_of(page, "Flooding") == ["chrome.tag_list"]
    assert rules_of(page, "Sea defences") == ["chrome.tag_list"]
    # a sentence ends the tag list
    assert rules_of(page, "The council will meet again in May to agree the budget for the work.") == []


def test_tag_list_in_other_languages() -> None:
    page = detected(["Schlagworte", "Hochwasser", "Küstenschutz"], "de")
    assert rules_of(page, "Hochwasser") == ["chrome.tag_list"]
    page = detected(["Etiquetas:", "Inundaciones", "Puerto"], "es")
    assert rules_of(page, "Inundaciones") == ["chrome.tag_list"]


def test_comment_thread_after_a_comment_marker() -> None:
    page = detected(
        [
            "Reader comments",
            "breadfan77: Tried this last night and it worked perfectly, thanks for the tip.",
            "Mary K: Mine came out flat. I think my yeast was too old, so I will buy a fresh packet.",
        ]
    )
    assert rules_of(page, "breadfan77: Tried this last night and it worked perfectly, thanks for the tip.") == [
        "chrome.comment_thread"
    ]
    assert rules_of(
        page, "Mary K: Mine came out flat. I think my yeast was too old, so I will buy a fresh packet."
    ) == ["chrome.comment_thread"]


def test_a_most_read_list_under_the_comments_is_no_comment() -> None:
    comment = "breadfan77: Tried this last night and it worked perfectly, thanks for the tip."
    story = "Düngeverordnung: Was sich 2027 ändert"
    page = detected(
        ["Reader comments", comment, "Meistgelesen", story, "Schweinepreis: Die Talfahrt geht weiter"], "de"
    )
    assert rules_of(page, comment) == ["chrome.comment_thread"]
    assert "chrome.comment_thread" not in rules_of(page, story)
    page = detected(["Reader comments", comment, story, "Schweinepreis: Die Talfahrt geht weiter"], "de")
    assert "chrome.comment_thread" in rules_of(page, story)  # no heading between: the thread goes on


def test_comment_next_to_reply_controls() -> None:
    page = detected(["Mary K: Mine came out flat, I think my yeast was too old", "Reply"])
    assert rules_of(page, "Mary K: Mine came out flat, I think my yeast was too old") == ["chrome.comment_thread"]


def test_handle_and_colon_without_a_thread_is_not_a_comment() -> None:
    # "Speaker: text" in an interview is body unless it sits in a comment thread
    page = detected(["Mayor: We will rebuild the wall before the winter, whatever it costs."])
    assert rules_of(page, "Mayor: We will rebuild the wall before the winter, whatever it costs.") == []


@pytest.mark.parametrize("handle", ["Saima from Peshawar", "Lutz aus Pirna", "Lectrice87"])
def test_a_reader_named_with_a_place_is_a_comment_handle(handle: str) -> None:
    line = f"{handle}: Same story every year, and nobody at the council listens."
    page = detected(["Reader comments", line, "Reply"])
    assert "chrome.comment_thread" in rules_of(page, line)


@pytest.mark.parametrize(
    "line",
    [
        "Grund sind die Kosten: Statt vier rechnet die Stadt inzwischen mit fast acht Millionen Euro.",
        "HARBOUR TOWN — The federal government will pay for emergency repairs to the ferry wharf.",
    ],
)
def test_a_clause_or_a_dateline_before_a_colon_is_no_comment_after_a_marker(line: str) -> None:
    """Hard negatives: the story's paragraph below a comment counter in the share bar."""
    page = detected(["Reader comments", line, "Reply"])
    assert "chrome.comment_thread" not in rules_of(page, line)


def test_a_star_rating_is_no_reply_control() -> None:
    """Hard negative: "★★★☆☆" under a player's rating holds no control's name ("Name – 6/10" stays)."""
    line = "Sam Whitlock – 6/10"
    page = detected([*PARAGRAPHS["en"][:2], "Goalkeeper", line, "★★★☆☆", *PARAGRAPHS["en"][2:]])
    assert "chrome.comment_thread" not in rules_of(page, line)


COMMENT_HEADING_BUG = (
    "'Comments (3)', '3 Comments' and 'Comments' are claimed by chrome.counter / chrome.ui_word before "
    "COMMENT_MARKER is tried, so they never get chrome.comment_marker: detect_comment_threads() does not "
    "start a thread after them and span.TERMINAL_RULES does not end the article there"
)


@pytest.mark.parametrize("heading", ["Comments (3)", "3 Comments", "Comments", "Kommentare (12)"])
def test_comment_headings_are_comment_markers(heading: str) -> None:
    assert "chrome.comment_marker" in [v.rule for v in run_line(chrome.detect, heading, "en", ALL_LANGS)]


@pytest.mark.parametrize(
    "line",
    [
        "Designed by a local architect, the new wall will have a walkway on top.",
        "Back to the harbour, where the fishing boats were still tied up three deep.",
        "Powered by solar panels, the new ferry makes no noise at all.",
        "Go to any café in the old town and people will tell you the same story.",
        "Copyright lawyers say the case could take years to resolve.",
        # an editor's note (a correction) is the article's, as "Editor's note:" is
        "Hinweis der Redaktion: In einer früheren Fassung war von bis zu 38 Grad die Rede.",
    ],
)
def test_body_sentences_opening_with_a_furniture_phrase_are_not_chrome(line: str) -> None:
    assert run_line(chrome.detect, line, "en", ALL_LANGS) == []


# ----------------------------------------------------------------- pipeline


def test_furniture_around_the_article_is_chrome() -> None:
    labels = label_map(
        article(
            "en",
            before=("Home | News | Sport | Business | Opinion", "News > World > Asia", "info_icon"),
            after=("Share", "© 2025 Example Media. All rights reserved."),
        )
    )
    for line in (
        "Home | News | Sport | Business | Opinion",
        "News > World > Asia",
        "info_icon",
        "Share",
        "© 2025 Example Media. All rights reserved.",
    ):
        assert labels[line] is Label.CHROME, line


def test_icon_name_between_paragraphs_is_chrome() -> None:
    labels = label_map(article("en", middle=("info_icon",)))
    assert labels["info_icon"] is Label.CHROME
    assert list(labels.values()).count(Label.BODY) == 4


def test_pipe_line_inside_the_article_stays_body() -> None:
    line = "Turnout | 54% in the north, 61% in the south, officials said."
    assert label_map(article("en", middle=(line,)))[line] is Label.BODY


def test_cookie_banner_above_the_article_is_chrome() -> None:
    banner = "We use cookies and similar tracking technologies to personalise content and ads. By continuing to browse the site you accept our privacy policy."
    labels = label_map(page_text(banner, "Accept all", *article("en").split("\n\n")))
    assert labels[banner] is Label.CHROME
    assert labels["Accept all"] is Label.CHROME


def test_sentence_opening_with_designed_by_stays_body() -> None:
    line = "Designed by a local architect, the new wall will have a walkway on top."
    assert label_map(article("en", middle=(line,)))[line] is Label.BODY


def test_a_comment_counter_in_the_share_bar_does_not_make_the_story_comments() -> None:
    """A marker high up the page is a counter; the dateline opening "Place – text" below it is the story."""
    opening = "Heuvelrode – The riders could barely be recognised when the rain began to fall on the final lap."
    page = detected(
        [
            "Home | Sport | Cycling",
            "Comments (12)",
            "Mud and rain decide the cross in Heuvelrode",
            opening,
            "The winner crossed the line alone after an hour of racing in deep mud, his third win this season.",
            "His nearest rival finished almost a minute behind and said the course was the hardest of the year.",
            "The next round of the series is in two weeks, on a sand course near the coast.",
        ]
    )
    assert "chrome.comment_thread" not in rules_of(page, opening)


@pytest.mark.parametrize(
    "line",
    [
        "Start every morning with the valley's top stories, free in your inbox.",
        "Sign up to Health Check, our weekly newsletter on what is changing in your surgery.",
        "Subscribe today for just $1 for the first 3 months.",
        "Download the Harbour News app for breaking news alerts on your phone.",
        "This article is for information only and is not medical advice.",
        "The views expressed in this column are the author's own.",
        "Jeden Freitag die wichtigsten News aus deiner Region direkt in dein Postfach.",
        "Die Informationen auf dieser Seite stellen keine Anlageberatung dar.",
        "Recevez chaque mercredi notre lettre Éducation.",
        "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
        "Este artigo é exclusivo para assinantes.",
        "We acknowledge the Traditional Owners of the lands on which we work and pay our respects to Elders past and present",
        "Westmere Herald acknowledges the Traditional Custodians of the land on which we report.",
        "Note to our readers: Comments on court stories are closed for legal reasons.",
        "Support the Chronicle. Fund independent journalism with £5 per month",
        "Follow the long read on X at @chroniclelongread and sign up to the weekly email here.",
        "Follow Vale & Wold Live on WhatsApp for breaking news",
        "Have a tip? Call the Courier newsroom at 606-555-0148 or email news@courier.example.",
        "Submit a letter: Email letters@ledger.example or use the form at ledger.example/letters.",
        "Get poll alerts and updates on the AP Top 25 throughout the season.",
        "Heb je iets gezien of gehoord? Stuur je tip, foto of video via WhatsApp naar 06-12345678.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "Pilih saluran andalanmu akses berita Wartanusa.com WhatsApp Channel.",
        "Our journalism is free to read. Donate to support Indigenous-led news.",
        "Get the Runway Report daily briefing. Free newsletter, every weekday.",
    ],
)
def test_pitches_and_disclaimers_are_chrome(line: str) -> None:
    page = detected([line])
    assert "chrome.pitch" in rules_of(page, line)


@pytest.mark.parametrize(
    "line",
    [
        "The council launched a newsletter for tenants last year, but few residents read it.",
        "The app crashed twice during the vote count, officials said on Tuesday.",
        "Lawyers said the firm had given poor financial advice to hundreds of pensioners.",
        "The land council said the traditional owners had not been consulted about the mine.",
        "The minister acknowledges the traditional fishing rights of the island families.",
        "Comments on the proposal have been closed since March, the council said.",
        "Follow the river path on foot for two miles to reach the weir.",
        "The trust will fund local journalism courses at the college from January.",
        "Have a tip for the garden? Readers sent in dozens of ideas.",
        "Submit a letter of objection by 12 January, the planning officer said.",
        "Get alerts and updates like these is what the county's new flood app promises, its makers said.",
        "De politie vraagt getuigen hun tip door te geven; een WhatsApp-nummer is er niet.",
        "Warga diminta menyimak breaking news dari BMKG lewat WhatsApp resmi pemerintah daerah.",
        "Residents who want to donate to support the families can call the parish office.",
        "Our reporting is based on interviews with 40 former patients.",
        "Getting the newsletter out every week takes three volunteers. It costs nothing to read.",
    ],
)
def test_prose_about_newsletters_apps_or_advice_is_no_pitch(line: str) -> None:
    assert "chrome.pitch" not in rules_of(detected([line]), line)


def test_prose_about_an_article_for_subscribers_is_no_paywall_prompt() -> None:
    """Hard negative: the story's sentence about a subscribers' article opens with no prompt."""
    line = "The article is available to subscribers of the printed edition from Thursday, the editor said."
    assert "chrome.prefix[en]" not in rules_of(detected([line]), line)


def test_a_caption_and_its_credit_under_a_comment_counter_open_no_comments() -> None:
    """'214 Kommentare' in the share bar, then 'At the registry office: ...' and 'Foto: dpa'."""
    later = "Pikant: Ausgerechnet der Sänger wirbt derzeit für einen Autoclub mit dem Slogan Sicher ankommen."
    page = detected(
        [
            "214 Kommentare",
            "Strahlend vor dem Standesamt: das Paar nach der Trauung am Samstag",
            "Foto: Hartmut Zeiler/dpa",
            *PARAGRAPHS["de"],
            later,
        ],
        "de",
    )
    assert "chrome.comment_thread" not in rules_of(page, later)


@pytest.mark.parametrize(
    "line",
    [
        "Some links in this guide are affiliate links, so the site may earn a commission on purchases.",
        "When you buy through our links we may receive a small commission at no cost to you.",
        "When you buy through our links, we may earn an affiliate commission. Here's how it works.",
        "A short digest of the week's planning news, every Thursday. Unsubscribe at any time.",
        "This page is for general information only and is not a substitute for professional medical advice.",
        "Share prices are delayed by 20 minutes.",
        "This post may contain affiliate and/or referral links. Please see my disclosure page.",
        "This document is subject to copyright. No part may be reproduced without the written permission.",
        "Citation: Council approves new footbridge (2019, November 18) retrieved 20 November 2019 from https://example.com/news/1",
        "Have you been affected by the closure? Tell the newsroom what happened.",
        "Dieser Beitrag enthält Affiliate-Links; kaufen Sie darüber ein, erhalten wir eine Provision.",
        "Alle Angaben ohne Gewähr, Stand Montagmorgen.",
        "Ces informations ne remplacent pas les conseils d'un médecin.",
        "Recevez tous les lundis le meilleur de la rubrique Sciences.",
        "Algunos enlaces de esta guía son de afiliados y podemos recibir una comisión.",
        "Receba o resumo do dia no seu e-mail, todas as manhãs.",
        "Le informazioni di questa pagina non sostituiscono il parere del medico curante.",
        "Con 30 euros, una familia tiene agua potable durante un mes. Haz tu donativo en 2 minutos.",
        "By downloading, you agree to share your information with the sponsor.",
        "Stay informed. Subscribe to the Valley Sentinel for local news you can trust.",
        "Artikeln innehåller affiliatelänkar. Vi kan få provision om du handlar via dem.",
        "Artikkelen inneholder affiliatelenker, og vi kan få provisjon hvis du handler.",
        "Bu yazıdaki bazı bağlantılar ortaklık bağlantısıdır; alışverişlerden komisyon alabiliriz.",
    ],
)
def test_affiliate_notes_digests_and_disclaimers_are_pitches(line: str) -> None:
    """en, de, fr, es, pt, it: the site's own notes to its reader inside the article flow."""
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The regulator said influencers must label affiliate links clearly in every post they publish.",
        "The agent will receive a commission of 3% on the sale, the court heard.",
        "The report said that her post may contain affiliate marketing claims that break the rules.",
        "The court ruled that the photograph is not subject to copyright because a monkey took it.",
        "Trains were delayed by 40 minutes after a signal failure near the junction.",
        "Residents who have been affected by the flooding can claim a grant from Monday.",
        "Die Kommission legte am Dienstag ihren Bericht vor; die Stadt will ihn prüfen.",
        "El ministro dijo que los datos no sustituyen el debate político.",
        "El donativo de la fundación, de 40.000 euros, servirá para reconstruir cuatro pozos.",
        "By downloading the app, users agreed to share their location, the regulator found.",
        "Readers who subscribe to the paper for local news pay less than they did in 2010.",
        "Mäklaren får provision på försäljningen, enligt avtalet med säljaren.",
        "Şirket, satıcılardan aldığı komisyon oranını yüzde 12'ye çıkardı.",
    ],
)
def test_prose_about_affiliates_commissions_or_delays_is_no_pitch(line: str) -> None:
    """Hard negatives: a story's sentences that mention the same words."""
    assert "chrome.pitch" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Now playing", "en"), ("Closed captions", "en"), ("Artikel vorlesen", "de"), ("Lecture en cours", "fr"),
     ("Siguiente vídeo", "es"), ("Copiar ligação", "pt"), ("Deel dit artikel", "nl"),
     ("Allegati", "it"), ("Bijlagen", "nl"), ("Załączniki", "pl")],
)  # fmt: skip
def test_player_and_share_words_are_ui_words(line: str, lang: str) -> None:
    assert "chrome.ui_word" in {r.split("[")[0] for r in rules_of(detected([line], lang), line)}


@pytest.mark.parametrize(
    "line",
    ["Weather warnings were issued as temperatures fell to -6°C overnight", "Mañana: máximas de 31°C en el valle"],
)
def test_a_temperature_in_the_storys_line_is_no_weather_widget(line: str) -> None:
    """Hard negatives: the weather's word inside a longer line, or no weather word opening it."""
    assert chrome_rule(line) != "chrome.weather"


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Salva ricetta", "it"), ("Rezept speichern", "de"), ("Guardar receta", "es"), ("Odśwież relację", "pl"),
     ("Luister naar dit artikel", "nl"), ("Прослушать статью", "ru"), ("Aggiorna", "it")],
)  # fmt: skip
def test_recipe_live_and_audio_buttons_are_ui_words(line: str, lang: str) -> None:
    assert "chrome.ui_word" in {r.split("[")[0] for r in rules_of(detected([line], lang), line)}


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Gestion des cookies", "fr"), ("Accessibilité : partiellement conforme", "fr"), ("Libro de reclamaciones", "es"),
     ("Términos y condiciones", "es"), ("Estatuto editorial", "pt"), ("Kontakt z redakcją", "pl"), ("Chi siamo", "it")],
)  # fmt: skip
def test_footer_links_are_ui_words(line: str, lang: str) -> None:
    assert "chrome.ui_word" in {r.split("[")[0] for r in rules_of(detected([line], lang), line)}


def test_a_match_reports_fact_box_heading_is_no_footer_link() -> None:
    """Hard negative: "Ficha técnica" heads a match report's line-ups and scorers (the story's), and a
    Portuguese paper's staff list in its footer: left to the context."""
    assert not any(r.startswith("chrome.ui_word") for r in rules_of(detected(["Ficha técnica"], "es"), "Ficha técnica"))


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Salva la ricetta della nonna in freezer", "it"), ("Odśwież swoją wiedzę o przepisach drogowych", "pl")],
)
def test_sentences_with_those_button_words_are_no_ui_word(line: str, lang: str) -> None:
    """Hard negatives: a line that only starts with a button's word is the story's."""
    assert not any(r.startswith("chrome.ui_word") for r in rules_of(detected([line], lang), line))


def test_a_short_subheading_is_no_ui_word() -> None:
    """Hard negative: a story's subheading near the new UI words stays unclaimed."""
    line = "What happens next"
    assert rules_of(detected([line]), line) == []


@pytest.mark.parametrize(
    "line", ["👍 2.418   💬 311   📤 Teilen", "💬 214", "👏 412", "1x  ⏪ 15  30 ⏩", "💬 Réagir (112)"]
)
def test_counters_behind_pictographs_are_reactions(line: str) -> None:
    page = detected([*PARAGRAPHS["en"][:2], line, *PARAGRAPHS["en"][2:]])
    assert "chrome.reactions" in rules_of(page, line)


@pytest.mark.parametrize(
    "line",
    ["⚡ Three things to know about the 2026 budget", "🔴 Live: council vote", "© 2025 Harbour News", "Half-time: 2-1"],
)
def test_headings_with_pictographs_copyright_and_scores_are_no_reactions(line: str) -> None:
    """Hard negatives: words around the figure, no figure, a copyright sign, no pictograph."""
    page = detected([*PARAGRAPHS["en"][:2], line, *PARAGRAPHS["en"][2:]])
    assert "chrome.reactions" not in rules_of(page, line)


@pytest.mark.parametrize("line", ["Share the info_icon with readers", "Set max_speed to 30 on the dial"])
def test_a_sentence_with_an_icon_name_is_no_bar_of_icons(line: str) -> None:
    """Hard negatives: every word of the line must be an icon's name."""
    assert chrome_rule(line) != "chrome.icon_name"


@pytest.mark.parametrize("line", ["Contributions", "Contributions to the fund rose by 12%"])
def test_contributions_without_a_count_are_no_comment_marker(line: str) -> None:
    """Hard negatives: only a count of contributions ("57 contributions") is a comments counter."""
    assert chrome_rule(line) != "chrome.comment_marker"


@pytest.mark.parametrize(
    "line",
    [
        "Teilen  Merken",
        "Save  Share  Gift this article",
        "Compartir  Guardar",
        "Partilhar · Guardar · Oferecer artigo",
        "Teilen | Speichern",
        "Share  Copy link",
    ],
)
def test_a_bar_of_two_or_three_buttons(line: str) -> None:
    assert chrome_rule(line) == "chrome.ui_words"


@pytest.mark.parametrize(
    "line",
    [
        "Vehicle detection | Off | On",  # a table's row: its first cell is no button
        "Sailing | Leaves Brackwater | Leaves Scarra",
        "Morning | 07:30 | 08:40",
        "Print  this page for the school office",
        "Share  prices fell",
    ],
)
def test_table_rows_and_prose_with_pipes_are_no_bar_of_buttons(line: str) -> None:
    """Hard negatives: pipes and double spaces in a table's row or a line of text."""
    assert chrome_rule(line) != "chrome.ui_words"


POLL = [
    "POLL: Should water companies be taken back into public ownership?",
    "Yes",
    "No",
    "Not sure",
    "Vote",
]


def test_a_readers_poll_is_chrome_and_the_article_goes_on_below_it() -> None:
    p = PARAGRAPHS["en"]
    lines = [p[0], p[1], *POLL, p[2], p[3]]
    page = detected(lines)
    assert all("chrome.poll" in rules_of(page, line) for line in POLL)
    labels = label_map("\n".join(["Harbour town votes to rebuild its flooded sea wall", *lines]))
    assert [labels[line] for line in POLL] == [Label.CHROME] * len(POLL)
    assert [labels[x] for x in p[:4]] == [Label.BODY] * 4


def test_a_poll_heading_above_the_question() -> None:
    page = detected(
        ["Umfrage", "Nutzen Sie den Stadtbus?", "Ja, regelmäßig", "Manchmal", "Nein, nie", "Abstimmen"], "de"
    )
    assert "chrome.poll" in rules_of(page, "Umfrage")
    assert rules_of(page, "Manchmal") == ["chrome.poll"]


@pytest.mark.parametrize(
    "lines",
    [
        # a comment form's button: no question above the fields
        ["Add a comment", "Name", "Email", "Submit"],
        # numbered steps ending in "Vote" asked nothing
        ["How to vote by post", "1. Fill in the form", "2. Sign it", "Vote"],
        # a question of the story answered in prose, "Vote" a subheading after one short line
        ["Should the council vote again?", "It will, in May.", "Vote"],
    ],
)
def test_no_poll_without_a_question_and_short_answers(lines: list[str]) -> None:
    """Hard negatives: a vote button needs a question and two answers or more above it."""
    page = detected(lines)
    assert all("chrome.poll" not in rules_of(page, line) for line in lines)


def test_a_consent_banner_about_essential_cookies() -> None:
    line = "We use some essential cookies to make this site work. We'd like to set additional cookies to understand how you use it."
    assert chrome_rule(line) == "chrome.consent"


def test_a_consent_banner_to_accept_reject_or_configure() -> None:
    line = "Utilizamos cookies técnicas y analíticas. Puedes aceptarlas todas, rechazarlas o configurarlas."
    assert chrome_rule(line) == "chrome.consent"


@pytest.mark.parametrize(
    "line",
    [
        "The bakery said its essential ingredients, cookies and cakes, would cost more from March.",
        "Readers told us how you use the new cookies recipe matters less than the butter.",
        "La panadería rechazó subir el precio de las cookies de chocolate este invierno.",
    ],
)
def test_prose_about_cookies_with_one_consent_word_is_no_consent(line: str) -> None:
    """Hard negatives: a story about biscuits naming one of the new context words."""
    assert chrome_rule(line) != "chrome.consent"


@pytest.mark.parametrize(
    "line",
    [
        "Some apps sell your personal data to partners; the technology behind them is cheap.",
        "Los socios del banco usan tecnología para proteger los datos personales, según el análisis.",
    ],
)
def test_a_story_on_data_and_technology_is_no_consent(line: str) -> None:
    """Hard negatives: "technology" and "analysis" alone are a story's words, not a banner's."""
    assert chrome_rule(line) != "chrome.consent"


def test_a_banner_on_cookies_and_similar_technologies_is_consent() -> None:
    line = "Mit Cookies und ähnlichen Technologien verbessern wir die Website für Sie."
    assert chrome_rule(line) == "chrome.consent"


@pytest.mark.parametrize(
    "line",
    [
        "Email address",
        "Your email",
        "Tu correo electrónico",
        "Apuntarme",
        "Je m'abonne",
        "Ouça este conteúdo",
        "Ouvir artigo",
        "Lyssna på artikeln",
        "Kopiera länk",
        "Artikel vorlesen lassen",
        "Zum Kursverlauf ›",
        "Bekijk koers ›",
        "Riproduci",
        "Silenciar",
        "Sign the Guest Book",
    ],
)
def test_newsletter_fields_and_player_buttons(line: str) -> None:
    assert (chrome_rule(line) or "").startswith("chrome.ui_word")


@pytest.mark.parametrize(
    "line",
    [
        "Your email address was shared with the council without consent, the tribunal found.",
        "Correo de Andalucía cerró su edición impresa en 2019.",
        "Light a candle, the vicar said, and think of the crew.",
    ],
)
def test_sentences_opening_with_those_words_are_no_ui_word(line: str) -> None:
    """Hard negatives: the same words opening a sentence of the story."""
    assert not (chrome_rule(line) or "").startswith("chrome.ui_word")


@pytest.mark.parametrize(
    "line",
    [
        "Island news every Thursday, free. Enter your email address",
        "By subscribing you agree to our terms and privacy policy.",
        "The day's top stories from Calloway County, every morning at 6.",
        "Our best writing, delivered every weekday.",
        "Want the day's court news as it happens? Turn on notifications from the Echo.",
        "Do you have a story from your island? Email news@skerrowherald.example",
        "Keine Reportage mehr verpassen: Jetzt den Wochenend-Newsletter abonnieren",
        "Die wichtigsten Geschichten der Woche, jeden Samstag in Ihrem Postfach.",
        "Le notizie di Mantova ogni mattina nella tua casella.",
        "Accédez à tous nos articles à partir de 1 € le premier mois.",
        "Les commentaires sont modérés a priori. Consultez notre charte.",
        "Después, 9,99 € al mes. Cancela cuando quieras.",
        "Elke ochtend het belangrijkste nieuws uit jouw regio.",
        "Let the Courier's headlines meet your inbox before breakfast.",
        "Get breaking news alerts and special reports from the Dunmore Post.",
        "The stories that matter, delivered weekday mornings.",
        "This form is protected by reCAPTCHA. Privacy | Terms",
        "Back the Ledger and make a difference for readers across the valley.",
        "Comments are turned off on this story. Read our community standards.",
        "Court reporting costs money. Donate to keep local court reporting alive in Northshire.",
        "Read the Echo on the go: download our free app for breaking news alerts.",
        "Wenn Sie über Links auf dieser Seite einkaufen, erhalten wir eventuell eine Provision.",
        "Los comentarios están sujetos a moderación. No se publicarán insultos.",
        "Para seguir leyendo, hazte socio del Diario del Valle por 3 euros al mes.",
        "Scarica l'app de La Voce del Piave per ricevere le notizie in tempo reale.",
        "Get our health newsletter: the week's NHS news from the Ridgeway counties, every Wednesday.",
        "You have read 2 of 3 free articles this month. Subscribe for full access.",
        "Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen. Jetzt testen",
        # a union's or a club's membership prompt; a wiki's tagline
        "Not a member yet? Join the Transport & Logistics Workers' Union today from £2.40 a week.",
        "From Lagos Wiki News, the free community news source",
        "Nog geen lid? Word lid vanaf € 14,95 per maand.",
    ],
)
def test_newsletter_and_subscription_pitches(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "By subscribing to three suppliers at once, the hospital cut its costs by a fifth.",
        "The bakery's top stories are about bread, and it opens every morning at 6.",
        "Do you have a story to tell about the flood, the inquiry asked residents in May.",
        "Elke ochtend staan er files op de A7 bij Purmerend.",
        "Keine Partei will den Anschluss mehr verpassen, sagte der Bürgermeister.",
        "The parcels were delivered every morning by a courier who had never missed a day.",
        "Volunteers hoped the scheme would make a difference for families on the estate.",
        "The council said it would get breaking weather warnings to residents by text.",
        "Residents were asked to donate to help the family rebuild the bakery.",
        "Readers of our parish newsletter will know the hall roof has leaked since 2019.",
        "Comments are turned off in the chamber's own video archive, the clerk said.",
        "Not a member yet? That was the question the club put to every parent at the gate.",
        "From Monday, the free bus service will run every 20 minutes, the council said.",
    ],
)
def test_prose_with_the_new_pitch_words_is_no_pitch(line: str) -> None:
    """Hard negatives: the same openings or words in a sentence of the story."""
    assert "chrome.pitch" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "Greg_in_Eastmoor on Nov 19, 2026 at 6:14 pm said:",
        "Priyanka (Fieldnotes) on March 5, 2026 at 3:40 pm said:",
        "DaveG on 19/11/2026 at 11:40 said:",
        "Catherine (Staff) on September 13, 2018 at 5:23 pm said:",
    ],
)
def test_a_blog_comment_header_is_a_comment_marker(line: str) -> None:
    assert rule_of(run_line(chrome.detect, line, "en", ALL_LANGS), Label.CHROME) == "chrome.comment_marker"


@pytest.mark.parametrize(
    "line",
    [
        "Sentencing, Judge Anthony Calloway said:",
        "Asked whether the firm had warned islanders in time, she said:",
        "The statement the council posted on Friday at 9:15 pm said:",
        "In a statement on 12 March at 10:30, the council said:",
    ],
)
def test_a_story_line_ending_in_said_is_no_comment_header(line: str) -> None:
    """Hard negative: a paragraph that introduces a quote ends in "said:" too, without a clock time before it."""
    assert run_line(chrome.detect, line, "en", ALL_LANGS) == []


def test_comments_under_blog_comment_headers_end_the_article() -> None:
    comments = [
        "Greg_in_Eastmoor on Nov 19, 2026 at 6:14 pm said:",
        "My house is two blocks from the station and nobody asked us about any of this at all.",
        "QuarryHillMom on Nov 19, 2026 at 7:02 pm said:",
        "Where did all the money go? Somebody at the council should be asked to explain it.",
    ]
    labels = label_map(article("en", after=("\n".join(comments),)))
    assert [labels[line] for line in comments] == [Label.CHROME] * 4
    assert labels[PARAGRAPHS["en"][3]] is Label.BODY


@pytest.mark.parametrize(
    ("heading", "lang"),
    [
        ("Leave a Reply", "en"),
        ("Deixe uma resposta", "pt"),
        ("Deja una respuesta", "es"),
        ("Laisser un commentaire", "fr"),
        ("Schreibe einen Kommentar", "de"),
        ("Lascia un commento", "it"),
        ("Laat een reactie achter", "nl"),
    ],
)
def test_a_blog_themes_comment_form_heading_is_a_comment_marker(heading: str, lang: str) -> None:
    """WordPress's "Leave a Reply" over the comment form, as its translations write it."""
    assert "chrome.comment_marker" in [v.rule for v in run_line(chrome.detect, heading, lang, ALL_LANGS)]


@pytest.mark.parametrize(
    "line",
    [
        "Deja una respuesta pendiente al ministerio, dijo el alcalde.",
        "Laisser un commentaire sur un réseau social peut coûter cher, rappelle le tribunal.",
    ],
)
def test_a_sentence_opening_with_a_comment_form_heading_is_no_marker(line: str) -> None:
    """Hard negative: the marker fills the whole line."""
    assert "chrome.comment_marker" not in [v.rule for v in run_line(chrome.detect, line, "es", ALL_LANGS)]


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("2 ore fa · Rispondi", "it"),
        ("Reply · 14 likes", "en"),
        ("5 hours ago · Reply · 41 likes", "en"),
        ("Antworten · 14 Zustimmungen", "de"),
        ("Il y a 3 h · Répondre", "fr"),
        ("Hace 40 min · Responder", "es"),
        ("24 • Reply • Share", "en"),
    ],
)
def test_a_comments_reply_bar_is_chrome(line: str, lang: str) -> None:
    assert rule_of(run_line(chrome.detect, line, lang, ALL_LANGS), Label.CHROME) == "chrome.reply_bar"


@pytest.mark.parametrize(
    "line",
    [
        "Reply | The council answered 14 of the 20 questions in writing",
        "Question 3 | Reply from the mayor's office | 12 May",
        "Responder a las 40 preguntas del examen · Guía completa",
    ],
)
def test_a_table_row_or_a_heading_with_a_reply_word_is_no_reply_bar(line: str) -> None:
    """Hard negative: a story's table row or a long item next to the word is no comment's control."""
    assert "chrome.reply_bar" not in [v.rule for v in run_line(chrome.detect, line, "en", ALL_LANGS)]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("14 thoughts on “Ashgrove council votes to turn the old bus depot into flats”", "chrome.comment_marker"),
        ('One response to "Why the ferry timetable changed"', "chrome.comment_marker"),
        ("2 Antworten auf „Neue Buslinie ab Dezember“", "chrome.comment_marker"),
        ("12 kommentarer", "chrome.counter"),
        ("587 komentarzy", "chrome.counter"),
        ("1.204 beğeni", "chrome.counter"),
        ("412 „Gefällt mir“-Angaben", "chrome.counter"),
        ("37 комментариев", "chrome.counter"),
        ("46 posts", "chrome.counter"),
    ],
)
def test_comment_titles_and_counters(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


@pytest.mark.parametrize("line", ["Get Field & Fathom's weekly newsletter", "Get the Coast Times morning briefing"])
def test_a_newsletters_name_after_get_is_a_pitch(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        # the comment title needs the post's title in quotes; a pitch is the whole line
        "No thoughts on the matter were offered by the mayor at the meeting.",
        "14 thoughts on housing, from the people who live in the new flats",
        "Get the newsletter out by Friday, the editor told her staff, or the printers would not wait.",
    ],
)
def test_sentences_like_comment_titles_or_pitches_are_not_chrome(line: str) -> None:
    assert chrome_rule(line) is None
    assert "chrome.pitch" not in rules_of(detected([line]), line)


@pytest.mark.parametrize("line", ["7,412FollowersFollow", "12.3KLikesLike", "1 204 abonnésSuivre"])
def test_a_counter_glued_to_its_button_is_chrome(line: str) -> None:
    assert chrome_rule(line) == "chrome.counter"


@pytest.mark.parametrize(
    "line",
    [
        "Welcome to our new article page. Tell us what you think about our new look by taking this survey.",
        "Support the Valley Ledger so we can continue to cover the county for you.",
        "Want to stay updated on our research? Read our blog or follow us by email or RSS.",
        "Take our survey: how do you get to work?",
    ],
)
def test_the_site_asking_about_itself_or_for_support_is_a_pitch(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The council will take a short survey of residents next month before deciding.",
        "Residents were asked to tell us what they think of the plan, the mayor said.",
        "Support for the plan has grown so we expect a vote in spring, the chair said.",
    ],
)
def test_prose_about_surveys_and_support_is_no_pitch(line: str) -> None:
    assert "chrome.pitch" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "We're trying out a new look for the site. Tell us what you think in a quick two-minute survey.",
        "The Valley Ledger is free and funded by readers. If you value local news, please chip in £3 a month.",
        "Estamos estrenando diseño. Cuéntanos qué te parece en esta breve encuesta.",
        "Participe da nossa pesquisa sobre o novo layout do site. São só cinco perguntas.",
        "Steun lokale journalistiek in de regio. Word vriend vanaf 3 euro per maand.",
        "Meld je aan voor onze nieuwsbrief en krijg elke ochtend het nieuws uit de regio.",
        "Wspieraj lokalne dziennikarstwo. Kup cyfrową prenumeratę za 9,90 zł miesięcznie.",
        "Pobierz aplikację naszego portalu i bądź na bieżąco.",
        "Téléchargez l'application du journal pour recevoir nos alertes.",
        "Il giornalismo locale ha un costo. Sostieni la Gazzetta con un abbonamento digitale.",
        "Seguici su Telegram e WhatsApp per restare aggiornato.",
        "Мы обновили сайт! Пройдите короткий опрос и расскажите, что вам нравится.",
        "Мнение автора может не совпадать с позицией редакции",
        "Detta är en debattartikel. Åsikterna är skribentens egna.",
        "Die Kommentare spiegeln nicht die Meinung der Redaktion wider.",
        "Who was your player of the match? Vote now: Sewell | Adeyemi | Osei",
        "市報デジタルはサイトを新しくしました。2分ほどのアンケートにご協力ください。",
        "想第一时间了解本地新闻？欢迎关注我们的微信公众号。",
    ],
)
def test_the_sites_appeals_in_more_languages_are_pitches(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The festival is funded by ticket sales, and organisers hope readers of the programme will chip in.",
        "Los vecinos respondieron a una breve encuesta del ayuntamiento sobre el nuevo parque.",
        "De gemeente wil de lokale journalistiek steunen met een fonds van 2 miljoen euro.",
        "Детей спросили о школьном меню: опрос провели в трёх школах.",
        "Die Kommentare des Bürgermeisters sorgten im Rat für Unruhe.",
        "市は来年度から、住民にアンケートを配る予定だ。",
    ],
)
def test_prose_about_funding_surveys_and_comments_is_no_pitch(line: str) -> None:
    assert "chrome.pitch" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("21Comments", "chrome.counter"),
        ("87SharesShare", "chrome.counter"),
        ("5.6KFollowers", "chrome.counter"),
        ("1,1 tys. udostępnień", "chrome.counter"),
        ("4.8 from 212 votes", "chrome.counter"),
        ("★★★★★ 4.8 (63 ratings)", "chrome.counter"),
        ("★★★★☆ (58 votos)", "chrome.counter"),
        ("893 yanıt", "chrome.counter"),
        ("12 komentar", "chrome.counter"),
        ("Réagir à l'article (4)", "chrome.counter"),
        ("Комментарии (29)", "chrome.comment_marker"),
        ("Postings (31)", "chrome.comment_marker"),
        ("Duration 1:48", "chrome.media_time"),
        ("Duração: 01:52", "chrome.media_time"),
        ("play_circle 0:46", "chrome.media_time"),
        ("Loading...", "chrome.ui_word[en]"),
        ("Like Loading...", "chrome.ui_word[en]"),
        ("View on social media", "chrome.ui_word[en]"),
        ("Download MP3 (44 MB)", "chrome.prefix[en]"),
    ],
)
def test_counters_players_and_buttons_of_more_widgets(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


@pytest.mark.parametrize(
    "line", ["2 mln złotych", "1:48", "Duration of the strike was the main point.", "He won by 12 votes."]
)
def test_numbers_and_times_of_the_story_are_no_widget(line: str) -> None:
    assert chrome_rule(line) is None


def test_a_rating_or_glued_counter_beside_a_dateline_opens_no_comment_thread() -> None:
    """A widget's count is no reply control: the story's "PLACE — text" opening beside it stays body."""
    opening = "WESTBROOK — Seven candidates are running for three open seats on the board this autumn."
    page = detected(["Board race draws seven candidates", "21Comments", opening, *PARAGRAPHS["en"][:3]])
    assert "chrome.comment_thread" not in rules_of(page, opening)


@pytest.mark.parametrize(
    "line",
    [
        "Digital Access: $1 a week for your first year, then $4 a week. Cancel anytime.",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "Sign in or subscribe to keep reading. Subscribers get unlimited access to local news.",
        "You've read 3 articles this month. Support the Ledger from just £1.",
        "Tried this recipe? Tag us and rate it below!",
        "Listen to our podcast, The Deep End, for more stories from the ocean every fortnight.",
        "Brackwell Voice is a not-for-profit newsroom. Registered charity no. 1190000.",
        "These highlights were generated by AI and checked by an editor.",
        "Get the Ledger Money newsletter: the week's best deals, every Saturday.",
        "Disclaimer: The views above are those of individual analysts, not of this website.",
        "Sie lesen einen Artikel von Kreisblatt plus. Jetzt 30 Tage kostenlos testen.",
        "Kommentare werden vor der Veröffentlichung geprüft. Bitte beachten Sie unsere Netiquette.",
        "Alle Angaben zu Umleitungen ohne Gewähr.",
    ],
)
def test_paywall_offers_and_the_newsrooms_notes_are_pitches(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The union said members could cancel anytime they wished, but few did.",
        "The inquiry was given unlimited access to the files, the minister said.",
        "The report was generated by a team of six analysts over two years.",
        "The issue of parking came up again at Tuesday's meeting.",
        "Die Stadt will die neuen Busse im Frühjahr testen, sagte der Bürgermeister.",
    ],
)
def test_prose_about_access_cancelling_and_testing_is_no_pitch(line: str) -> None:
    assert "chrome.pitch" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Comments - 6", "chrome.counter"),
        ("Read 412 replies", "chrome.counter"),
        ("View all 6 photos", "chrome.counter"),
        ("Listen · 8 min", "chrome.media_time"),
        ("🎧 Listen to this article · 9 min", "chrome.media_time"),
        ("Topic: Infectious Diseases", "chrome.prefix[en]"),
        ("Collapse all", "chrome.ui_word[en]"),
    ],
)
def test_more_counters_listen_buttons_and_labels(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Home About Donate Contact",
        "News Sport Leisure Jobs Homes Motors Announcements",
        "Buy Rent Sold New homes Commercial",
    ],
)
def test_a_flattened_menu_of_section_words_is_chrome(line: str) -> None:
    assert chrome_rule(line) == "chrome.nav_words"


@pytest.mark.parametrize(
    "line", ["Jobs", "Research", "Jobs and homes for the young", "Buy now, pay later: the new debt"]
)
def test_menu_words_alone_or_in_a_title_are_no_menu(line: str) -> None:
    assert chrome_rule(line) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Show 10 more updates", "chrome.new_entries"),
        ("Voir les 2 nouvelles entrées", "chrome.new_entries"),
        ("12 neue Einträge – jetzt laden", "chrome.new_entries"),
        ("NewsNews", "chrome.ui_word_doubled"),
        ("96partages", "chrome.counter"),
        ("2,3 milCompartir", "chrome.counter"),
        ("35コメント", "chrome.counter"),
        ("12 foto", "chrome.counter"),
    ],
)
def test_live_blog_buttons_doubled_words_and_glued_counters(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


@pytest.mark.parametrize("line", ["£61.2m", "80 min", "He posted 12 updates on the site.", "Newsroom", "2024"])
def test_figures_and_minutes_of_the_story_are_no_counter(line: str) -> None:
    assert chrome_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "X (opens in new tab)",
        "Lee sin límites por 1 € el primer mes",
        "Content from AFP is republished on NewsNest under licence.",
        "Chaque dimanche, nos meilleurs reportages dans votre boîte mail.",
    ],
)
def test_link_notes_offers_and_republishing_notes_are_pitches(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


def test_a_sentence_ending_in_a_link_note_is_no_pitch() -> None:
    line = "The show is at the Penhallow Gallery until 31 May. Tickets £9 (opens in new tab)"
    assert "chrome.pitch" not in rules_of(detected([line]), line)


def test_the_pitch_cues_scanned_find_every_line_the_listed_cues_find() -> None:
    """Each listed cue holds a scanned one, and no scanned cue holds another (one scan each)."""
    from newsclean.detectors.rules import patterns

    scanned = chrome._PITCH_CUES
    assert all(any(cue in listed for cue in scanned) for listed in patterns.PITCH_CUES)
    assert not any(a != b and a in b for a in scanned for b in scanned)


@pytest.mark.parametrize(
    "line",
    ["share_icon Share | x_icon Post | mail_icon Email", "bell_icon Follow", "comment_icon 14", "teilen_icon Teilen"],
)
def test_icons_with_their_buttons_words(line: str) -> None:
    assert chrome_rule(line) == "chrome.icon_bar"


@pytest.mark.parametrize(
    "line", ["The share_icon Share button was removed", "snake_case names are used in Python code"]
)
def test_prose_with_an_icon_name_is_no_icon_bar(line: str) -> None:
    assert chrome_rule(line) != "chrome.icon_bar"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Tagi: powódź, Brzeziny", "pl"),
        ("Теги: рынок, застройка", "ru"),
        ("Etiketler: sel, Karadere", "tr"),
        ("Emneord: Overenskomst Rengøring Løn", "da"),
        ("Ämnen: Jonna Ekwall, Bröllop, Tv", "sv"),
        ("Emner: Renter, Boliglån, Nationalbanken", "da"),
        ("Emner: Valg 2026, Fjordvik kommune", "no"),
        ("Stikkord: Bolig, Bergen", "no"),
    ],
)
def test_tag_lines_in_more_languages(line: str, lang: str) -> None:
    assert any(r.startswith("chrome.prefix") for r in rules_of(detected([line], lang), line))


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Del på Facebook", "da"), ("Send som e-mail", "da"), ("Dela på LinkedIn", "sv"), ("Wyślij e-mailem", "pl")],
)
def test_share_buttons_in_more_languages(line: str, lang: str) -> None:
    assert any(r.startswith("chrome.prefix") for r in rules_of(detected([line], lang), line))


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Del på tre af de elleve posteringer var der ingen bilag, forklarede revisoren i retten.", "da"),
        ("Ämnen som klimat och skola stod högst på dagordningen när fullmäktige möttes.", "sv"),
        ("Emner som renter og boligpriser fyldte mest på mødet i går.", "da"),
        (
            "Udostępnij na Facebooku – zachęcał proboszcz, a parafianie przez tydzień przekazywali sobie ogłoszenie.",
            "pl",
        ),
    ],
)
def test_sentences_opening_like_a_share_button_are_not_chrome(line: str, lang: str) -> None:
    assert not any(r.startswith("chrome.prefix") for r in rules_of(detected([line], lang), line))


@pytest.mark.parametrize(
    ("line", "lang"),
    [("Kategori: Straffesager", "da"), ("Kategoria: Z życia parafii", "pl"), ("Categorie: Onderzoek", "nl")],
)
def test_a_blog_posts_category_line_is_chrome(line: str, lang: str) -> None:
    assert any(r.startswith("chrome.prefix") for r in rules_of(detected([line], lang), line))


def test_a_sentence_about_a_licence_is_not_a_wiki_footer() -> None:
    line = "The full text is available under an open licence, the council said on Monday."
    assert not any(r.startswith("chrome.prefix") for r in rules_of(detected([line]), line))


def test_a_sentence_about_a_category_is_not_chrome() -> None:
    line = "Kategori: det var ordet, dommeren brugte om sagen, da hun læste dommen op i retten."
    assert not any(r.startswith("chrome.prefix") for r in rules_of(detected([line], "da"), line))


def test_a_sentence_opening_with_a_danish_tag_word_is_not_chrome() -> None:
    line = "Emneord: det var det, lærerne savnede i bogen, fortalte forfatteren til avisen."
    assert not any(r.startswith("chrome.prefix") for r in rules_of(detected([line], "da"), line))


def test_tag_list_under_a_polish_heading() -> None:
    page = detected(["Tagi:", "smog", "komunikacja miejska"], "pl")
    assert rules_of(page, "smog") == ["chrome.tag_list"]


def test_a_lone_length_in_minutes_is_chrome() -> None:
    p = PARAGRAPHS["en"]
    page = detected([p[0], "4 min", p[1], p[2]])
    assert rules_of(page, "4 min") == ["chrome.lone_duration"]


def test_match_minutes_of_a_live_blog_are_not_a_lone_duration() -> None:
    p = PARAGRAPHS["en"]
    page = detected(["80 min", p[0], "78 min", p[1], "71 min", p[2]])
    assert "chrome.lone_duration" not in rules_of(page, "80 min")


@pytest.mark.parametrize("line", ["Ответить · 14", "Yanıtla | Beğen (14)"])
def test_reply_bars_in_russian_and_turkish(line: str) -> None:
    assert chrome_rule(line) == "chrome.reply_bar"


@pytest.mark.parametrize(
    "line",
    [
        "Deel dit artikel: WhatsApp | Facebook | X | E-mail",
        "📲 Partager : 💬 WhatsApp | 📘 Facebook | ✖️ X | 🔗 Copier le lien",
        "f Share | Tweet | WhatsApp | Email",
        "Share 3.4k | Tweet | WhatsApp",
        "Share  Tweet  Email  Font size A- A+",
        "Compartir · Comentarios (12)",
        "14 tributes · Light a candle",
    ],
)
def test_share_bars_with_a_label_pictographs_or_counts(line: str) -> None:
    assert rules_of(detected([line]), line) == ["chrome.share_bar"]


@pytest.mark.parametrize(
    "line",
    ["Sport: Football", "Politics: the vote | the count | the result", "Yes | No", "Note: prices | dates may change"],
)
def test_a_kicker_or_a_row_of_words_is_no_share_bar(line: str) -> None:
    assert "chrome.share_bar" not in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "A post shared by Jo Marsh (@jomarsh.photo)",
        "Un post condiviso da Pro Loco Valdoro (@proloco_valdoro)",
        "@harbourtenants1,408 followers",
    ],
)
def test_an_embedded_posts_credit_line(line: str) -> None:
    assert chrome_rule(line) == "chrome.embed"


def test_a_quoted_posts_signature_is_left_alone() -> None:
    line = "— Jo Marsh (@jomarsh) March 3, 2026"
    assert chrome_rule(line) != "chrome.embed"


@pytest.mark.parametrize(
    "line", ["View on Instagram", "Ver essa foto no Instagram", "Visualizza questo post su Instagram", "Desativar som"]
)
def test_embed_and_player_links(line: str) -> None:
    assert chrome_rule(line) == "chrome.ui_word[all]"


@pytest.mark.parametrize(
    ("line", "rule"), [("Joined: Mar 2011", "chrome.comment_marker"), ("Posts: 4,118", "chrome.comment_marker")]
)
def test_forum_member_fields(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


def test_a_posts_sentence_is_no_forum_field_marker() -> None:
    line = "Posts: the council will publish them next week"
    assert chrome_rule(line) != "chrome.comment_marker"


@pytest.mark.parametrize(
    "line", ["Page 2 of 7", "View all 12 messages", "4 812 просмотров", "Skomentuj (64)", "2 341 читают сейчас"]
)
def test_more_counters(line: str) -> None:
    assert chrome_rule(line) == "chrome.counter"


def test_a_count_glued_to_its_word_is_no_reply_control() -> None:
    # "21Comments" above a story's "PLACE — text" opening: no comment thread
    assert not chrome.COUNTER.match("21comments")


@pytest.mark.parametrize(
    ("lines", "lang"),
    [
        (["Key events", "23m ago Harbour bridge reopens", "1H agoMayor speaks to reporters"], "en"),
        (["Moments clés", "16h21 Le peloton se relève", "15h58 Chute dans la descente"], "fr"),
        (["Zu den wichtigsten Ereignissen", "14:20 Uhr Busse fahren wieder", "11:05 Uhr Stau am Ring"], "de"),
    ],
)
def test_key_moments_under_their_heading(lines: list[str], lang: str) -> None:
    page = detected(lines, lang)
    assert all("chrome.key_moments" in rules_of(page, line) for line in lines)


def test_one_stamped_line_under_key_events_is_no_list() -> None:
    p = PARAGRAPHS["en"]
    page = detected(["Key moments", "18:30 Kick-off at the new ground", p[0]])
    assert "chrome.key_moments" not in rules_of(page, "18:30 Kick-off at the new ground")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Sign up to Stage Door, our weekly guide to the best shows in town.", "en"),
        ("We will never share your email. Unsubscribe any time.", "en"),
        ("Local journalism matters. Donate to the Courier and keep it free.", "en"),
        ("Vous voulez rester informé ? Suivez-nous sur Instagram et activez les notifications.", "fr"),
        ("Siga o Diário da Serra no canal do WhatsApp e receba as notícias.", "pt"),
        ("Wykup dostęp już od 5 zł miesięcznie", "pl"),
        ("Чтобы читать дальше, оформите подписку", "ru"),
        ("The station is not responsible for the content of external sites.", "en"),
        ("Hast du etwas gesehen? Schick uns deine Bilder und Videos via WhatsApp.", "de"),
        ("Envoyez-nous vos photos de la tempête.", "fr"),
        ("¿Aún no estás afiliada o afiliado? Únete y defiende tus derechos.", "es"),
    ],
)
def test_more_pitches(line: str, lang: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line], lang), line)


@pytest.mark.parametrize(
    "line",
    [
        "Vi bruger cookies til at forbedre din oplevelse og til statistik.",
        "Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a política.",
        "Vi och våra partner bruker informasjonskapsler for å tilpasse innhold og annonser.",
        "Wir nutzen Cookies, um Inhalte zu personalisieren. Sie können Ihre Einwilligung jederzeit widerrufen.",
    ],
)
def test_consent_prose_in_more_languages(line: str) -> None:
    assert chrome_rule(line) == "chrome.consent"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Die Polizei bittet Zeugen, sich zu melden. Fotos des Unfalls seien hilfreich.", "de"),
        ("Aún no estás afiliada al régimen general, explicó la abogada a la trabajadora.", "es"),
    ],
)
def test_a_story_about_photos_or_membership_is_no_pitch(line: str, lang: str) -> None:
    assert "chrome.pitch" not in rules_of(detected([line], lang), line)


def test_a_baking_story_about_cookies_is_no_consent() -> None:
    line = "The bakery sells 400 cookies a day and the owner says the experience of a queue is part of it."
    assert chrome_rule(line) != "chrome.consent"
    line = "Die Bäckerei verkauft Cookies nach amerikanischem Rezept, die Technologie dahinter ist alt."
    assert chrome_rule(line) != "chrome.consent"


def test_sort_control_opens_comments() -> None:
    page = detected(["Comments (12)", "Sort by: Newest | Oldest | Most liked", "Reader42", "2h ago"])
    assert chrome.opens_comments(page, 0)


def test_a_breadcrumb_before_the_storys_title_is_chrome() -> None:
    line = "Home › Leute › Sänger verliert Führerschein auf dem Weg zur eigenen Hochzeit!"
    assert chrome_rule(line) == "chrome.prefix[en]"


def test_a_sentence_opening_with_a_short_furniture_phrase_is_not() -> None:
    line = "Back to the drawing board, the council said after the vote on the new bridge failed."
    assert chrome_rule(line) is None


def test_a_long_footer_ending_in_its_copyright() -> None:
    line = (
        "About Us Contact Advertise Code of Ethics Careers Privacy Policy Terms of Use Head office: "
        "Mill House, 2 Quay Road, Harwick. Copyright © 2025 The Harwick Ledger. All rights reserved."
    )
    assert chrome_rule(line) == "chrome.copyright"


def test_a_redesign_survey_in_german() -> None:
    line = "Wir haben unser Portal neu gestaltet. Wie gefällt es Ihnen? Nehmen Sie an unserer Umfrage teil."
    assert "chrome.pitch" in rules_of(detected([line], "de"), line)


def test_listeners_comments_under_their_heading() -> None:
    p = PARAGRAPHS["en"]
    lines = [p[0], p[1], p[2], "Reacties van luisteraars", "Jan uit Ede: Mooi dat ze terug zijn.", "Piet: Eindelijk."]
    page = detected(lines, "nl")
    assert rules_of(page, "Jan uit Ede: Mooi dat ze terug zijn.") == ["chrome.comment_thread"]


def test_a_comment_beside_a_reply_bar_with_a_count() -> None:
    page = detected(["Hakan K.: Herkes onun stüdyosunu bilirdi.", "Yanıtla | Beğen (14)"], "tr")
    assert rules_of(page, "Hakan K.: Herkes onun stüdyosunu bilirdi.") == ["chrome.comment_thread"]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Главная / Общество / Рабочие завода вышли на протест", "chrome.prefix[ru]"),
        ("Now playing: Morning Show with Ann Lee, 06:00-10:00", "chrome.prefix[en]"),
        ("SENSEX 81,402.17 ▲ 312.45 (0.39%) | NIFTY 24,618.90 ▼ 95.10 (0.39%)", "chrome.ticker"),
    ],
)
def test_breadcrumbs_players_and_arrow_tickers(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


def test_one_arrowed_figure_in_a_sentence_is_no_ticker() -> None:
    line = "Shares closed ▲ 3.1 (2%) higher on the news"
    assert chrome_rule(line) != "chrome.ticker"


def test_a_key_moment_with_a_quoted_title() -> None:
    lines = ["Key events", "1h ago 'Leave now,' police tell residents", "38m ago Rest centre full"]
    page = detected(lines)
    assert all("chrome.key_moments" in rules_of(page, line) for line in lines)


@pytest.mark.parametrize(
    ("lang", "heading", "items"),
    [
        ("en", "In this article", ("What is heat exhaustion?", "The warning signs", "When to call an ambulance")),
        ("de", "Inhalt", ("Was Sie brauchen", "Schritt für Schritt", "Häufige Fragen")),
        ("en", "Jump to:", ("1. The ring of Wrenfield", "2. The order from Selatpura")),
    ],
)
def test_a_contents_box_over_the_articles_subheadings_is_chrome(
    lang: str, heading: str, items: tuple[str, ...]
) -> None:
    p = PARAGRAPHS[lang]
    subheadings = [item.split(". ", 1)[-1] for item in items]
    page = detected([heading, *items, p[0], subheadings[0], p[1], *subheadings[1:], p[2]], lang)
    assert [rules_of(page, item) for item in items] == [["chrome.contents"]] * len(items)
    last = max(k for k, text in enumerate(page.texts) if text == subheadings[-1])
    assert page.verdicts[last] == []  # the subheading itself stays the article's


def test_lines_under_a_contents_heading_that_never_come_back_are_no_contents() -> None:
    """Hard negative: "Contents" over a list of the story's own (a box's items, a recipe's) stays."""
    p = PARAGRAPHS["en"]
    items = ("Two eggs", "A cup of flour", "A pinch of salt")
    page = detected([p[0], "Contents", *items, p[1], p[2]])
    assert all("chrome.contents" not in rules_of(page, item) for item in items)


@pytest.mark.parametrize(
    ("lang", "lines", "comments"),
    [
        (
            "fr",
            ["Réagir (18)", "JeanMarc_R", "Triste journée pour la vallée.", "Il y a 3 h · Répondre"],
            ["JeanMarc_R", "Triste journée pour la vallée."],
        ),
        (
            "ru",
            ["Ольга Т., 2 ч назад", "Спасибо волонтёрам, у нас пока сухо!", "Ответить · 14"],
            ["Спасибо волонтёрам, у нас пока сухо!"],
        ),
        (
            "de",
            [
                "1 Kommentar",
                "Helga S. schrieb am 24.09.2026:",
                "Schöne Bilder! Nächstes Jahr bitte mit Sonne.",
                "Antworten",
            ],
            ["Helga S. schrieb am 24.09.2026:", "Schöne Bilder! Nächstes Jahr bitte mit Sonne."],
        ),
        # the author's handle over the comment's date and clock time (a blog theme's comment head)
        (
            "da",
            ["4 kommentarer", "Poul Andersen skriver:", "3. december 2026 kl. 18.02", "Trist for klubben.", "Svar"],
            ["Poul Andersen skriver:", "Trist for klubben."],
        ),
        (
            "pl",
            ["Komentarze (2)", "Marianna", "04.12.2026 13:02", "Byłam w niedzielę, ciarki na plecach.", "Odpowiedz"],
            ["Marianna", "Byłam w niedzielę, ciarki na plecach."],
        ),
    ],
)
def test_a_readers_comment_over_its_reply_controls_is_chrome(lang: str, lines: list[str], comments: list[str]) -> None:
    page = detected([PARAGRAPHS.get(lang, PARAGRAPHS["en"])[0], *lines], lang)
    assert [rules_of(page, line) for line in comments] == [["chrome.comment_body"]] * len(comments)


@pytest.mark.parametrize(
    "lines",
    [
        # an embedded post the story quotes: its likes are no Reply control
        ["@ramona_marlow", "Posted 5h ago", '"We won. Every single one of us is staying."', "♥ 4,906 likes"],
        # the story's last paragraph over a lone Reply button, no comment's head above it
        ["The council will decide in March.", "Reply"],
        # the story's date line has no clock time: no comment's head
        ["3 December 2026", "The council will decide in March.", "Reply"],
    ],
)
def test_story_lines_next_to_reply_like_controls_are_no_comment(lines: list[str]) -> None:
    """Hard negative: a comment needs its Reply controls under it and its head above it."""
    page = detected([PARAGRAPHS["en"][0], PARAGRAPHS["en"][1], *lines])
    assert "chrome.comment_body" not in rules_of(page, lines[-2])


def test_a_bar_chart_in_text_and_its_heading_are_chrome() -> None:
    chart = ["Council composition", "LAB ■■■■■■■■■■■ 11", "CON ■■■■■■■ 7", "LD ■■■■ 4"]
    page = detected([PARAGRAPHS["en"][0], *chart, PARAGRAPHS["en"][1]])
    assert [rules_of(page, line) for line in chart] == [["chrome.bar_chart"]] * 4


def test_one_bar_and_a_sentence_over_bars_are_no_chart() -> None:
    """Hard negative: a lone bar is no chart; a sentence ending over the bars is the story's."""
    lone = "Turnout ████ 41 %"
    intro = "The council is now split as follows:"
    page = detected([PARAGRAPHS["en"][0], lone, PARAGRAPHS["en"][1], intro, "LAB ■■■■■■■■ 11", "CON ■■■■■ 7"])
    assert "chrome.bar_chart" not in rules_of(page, lone)
    assert "chrome.bar_chart" not in rules_of(page, intro)


@pytest.mark.parametrize(
    ("box", "quote"),
    [
        (["Brenntal Pumpen AG", "WKN A2QX71 · ISIN DE000A2QX716"], "38,12 EUR   −5,22 (−12,04 %)"),
        (["Ceramiche Valdorso"], "7,86 € -4,20%"),
        (["VARDHAN TEXTILES", "612.40"], "▲ 75.90 (14.15%)"),
    ],
)
def test_a_shares_quote_box_is_chrome(box: list[str], quote: str) -> None:
    p = PARAGRAPHS["en"]
    page = detected([p[0], *box, quote, p[1]])
    assert [rules_of(page, line) for line in [*box, quote]] == [["chrome.quote"]] * (len(box) + 1)


def test_a_tables_row_and_a_sentence_with_a_change_are_no_quote() -> None:
    """Hard negative: the story's table row and its sentence over a quote stay the story's."""
    row = "Bankavia | 2,31 | -3,14%"
    sentence = "The shares fell sharply."
    page = detected([PARAGRAPHS["en"][0], row, sentence, "48.21 ▼ -3.76 (-7.24%)", PARAGRAPHS["en"][1]])
    assert rules_of(page, row) == [] and rules_of(page, sentence) == []


@pytest.mark.parametrize(
    ("lang", "lines", "pitch"),
    [
        ("en", ["Sign up to the Valley Morning", "Local news from your region, every weekday morning.", "Sign up"], 1),
        ("es", ["Boletín Educación", "Las claves de la semana en colegios. Cada jueves.", "Apúntate"], 1),
    ],
)
def test_a_newsletter_boxs_line_over_its_sign_up_control_is_chrome(lang: str, lines: list[str], pitch: int) -> None:
    page = detected([PARAGRAPHS[lang][0], *lines, PARAGRAPHS[lang][1]], lang)
    assert rules_of(page, lines[pitch]) == ["chrome.signup_box"]


def test_a_story_line_over_a_sign_up_word_is_no_signup_box() -> None:
    """Hard negative: without the box's chrome line above, a line over "Subscribe" is the story's."""
    line = "The club hopes more families will join this year."
    page = detected([PARAGRAPHS["en"][0], line, "Subscribe", PARAGRAPHS["en"][1]])
    assert rules_of(page, line) == []


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        (
            "fr",
            [
                "Il vous reste 61.52% de cet article à lire. La suite est réservée aux abonnés.",
                "Lecture du journal en ligne sans limite et nos newsletters.",
                "S'abonner pour 1 € le premier mois",
            ],
        ),
        (
            "en",
            [
                "Subscribe to continue reading",
                "Unlimited access to every story, the daily puzzle and the e-edition.",
                "Already a subscriber? Log in",
            ],
        ),
    ],
)
def test_a_paywall_boxs_offer_under_its_cut_is_chrome(lang: str, lines: list[str]) -> None:
    page = detected([PARAGRAPHS[lang][0], *lines, PARAGRAPHS[lang][1]], lang)
    assert "chrome.paywall_box" in rules_of(page, lines[1])


def test_a_story_line_under_a_cut_with_no_furniture_below_is_no_paywall_box() -> None:
    """Hard negative: without the box's furniture line below, the line under the cut is the story's."""
    cut = "Subscribe to continue reading"
    line = "The council will vote on the plan in March."
    page = detected([PARAGRAPHS["en"][0], cut, line, PARAGRAPHS["en"][1]])
    assert "chrome.paywall_box" not in rules_of(page, line)


@pytest.mark.parametrize(
    ("line", "consent"),
    [
        (
            "Sitemizde çerezler kullanılmaktadır. Gizlilik ve Çerez Politikası'nı kabul ederek devam edebilirsiniz.",
            True,
        ),
        ("Kişisel verileriniz KVKK kapsamında işlenir; sitemizdeki çerezlerle ilgili ayrıntılar politikamızda.", True),
        # hard negative: a story about festive sweets ("çerez" is a snack too)
        ("Bayram öncesi çerez ve kuruyemiş fiyatları geçen yıla göre yüzde 40 arttı.", False),
    ],
)
def test_turkish_cookie_consent(line: str, consent: bool) -> None:
    assert (chrome_rule(line) == "chrome.consent") is consent


@pytest.mark.parametrize(
    ("line", "pitch"),
    [
        ("Burada yer alan bilgi ve yorumlar yatırım tavsiyesi değildir.", True),
        ("Bu sayfadaki veriler yatırım danışmanlığı kapsamında değildir.", True),
        # hard negative: a story about advice
        ("Uzmanlar, küçük yatırımcıya tavsiye verirken dikkatli olunması gerektiğini söyledi.", False),
    ],
)
def test_turkish_investment_disclaimer(line: str, pitch: bool) -> None:
    assert ("chrome.pitch" in rules_of(detected([line]), line)) is pitch


@pytest.mark.parametrize(
    "line",
    [
        "Comments (14) Comments are moderated and will be posted if they are on-topic.",
        "Kommentare (3) Bitte bleiben Sie sachlich.",
    ],
)
def test_the_comments_counter_opening_the_moderation_note_is_a_comment_marker(line: str) -> None:
    assert chrome_rule(line) == "chrome.comment_marker"


@pytest.mark.parametrize(
    "line",
    [
        "Comments (made on Tuesday) by the minister angered the unions.",
        "Comment (2019) The first version of the plan was dropped.",
    ],
)
def test_a_sentence_opening_with_comments_is_no_comment_marker(line: str) -> None:
    assert chrome_rule(line) is None


@pytest.mark.parametrize(("button", "count"), [("Share", "214"), ("Teilen", "87"), ("Compartilhar", "1.204")])
def test_bare_count_under_a_share_button_is_its_counter(button: str, count: str) -> None:
    page = detected([*PARAGRAPHS["en"][:1], button, count, "Tweet", *PARAGRAPHS["en"][1:]])
    assert "chrome.share_count" in rules_of(page, count)


@pytest.mark.parametrize(("above", "count"), [("Labour", "24"), ("Share", "2:44"), ("Share", "00.31")])
def test_number_under_a_table_cell_or_a_time_under_share_is_no_share_count(above: str, count: str) -> None:
    """Hard negatives: a table's cell under its row's name; a time or a live post's hour under Share."""
    page = detected([*PARAGRAPHS["en"][:1], above, count, *PARAGRAPHS["en"][1:]])
    assert "chrome.share_count" not in rules_of(page, count)


@pytest.mark.parametrize("label", ["Vídeo", "Áudio", "Wideo"])
def test_clip_kind_over_its_caption_is_the_players_label(label: str) -> None:
    page = detected([*PARAGRAPHS["en"][:2], label, "Highlights of the match at Ashcombe (2:37)", *PARAGRAPHS["en"][2:]])
    assert "chrome.media_label" in rules_of(page, label)


def test_clip_kind_over_a_paragraph_is_no_players_label() -> None:
    """Hard negative: the word over a paragraph of the story (no caption under it)."""
    page = detected([*PARAGRAPHS["en"][:2], "Vídeo", *PARAGRAPHS["en"][2:]])
    assert "chrome.media_label" not in rules_of(page, "Vídeo")


@pytest.mark.parametrize(
    "line", ["1D 1W 1M 1Y", "5D | 1M | YTD | Max", "User score: 8.9 (412 votes)", "Readers' rating 4.2 (1,318 ratings)"]
)
def test_a_charts_range_buttons_and_a_readers_score_are_a_widget(line: str) -> None:
    assert "chrome.widget" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "The bill passed by 48 votes to 19 on Tuesday evening",
        "Score: 8.5/10",  # the review's own verdict
        "1 2 3",  # a list's numbers
    ],
)
def test_votes_and_scores_in_the_story_are_no_widget(line: str) -> None:
    assert "chrome.widget" not in rules_of(detected([line]), line)


def test_general_advice_in_a_sentence_is_no_warning() -> None:
    """Hard negative: the story's sentence about advice is no finance page's warning."""
    assert chrome_rule("General advice from the council was to stay indoors until the water went down.") is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Strona 1 z 3 Następna strona", "chrome.pager"),
        ("Strona 1 z 3 1 2 3 Następna strona", "chrome.pager"),
        ("Page 2 of 4 Previous Next", "chrome.pager"),
        ("Seite 2 von 4 « Zurück Weiter »", "chrome.pager"),
        ("Página 1 de 3 Página siguiente", "chrome.pager"),
        # a carousel's counter with its item word
        ("Item 1 of 2", "chrome.counter"),
    ],
)
def test_pagers_and_carousel_counters(line: str, rule: str) -> None:
    assert chrome_rule(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Continued from Page A1",
        "Continued on page 6",
        "See MILL, Page A6",
        "Please see JAIL on A3",
        "Page A6",
        "PAGE B2",
    ],
)
def test_print_jump_lines(line: str) -> None:
    """An e-edition's or a print-to-web text's jump lines and its page number with the section letter."""
    assert chrome_rule(line) == "chrome.jump_line"


@pytest.mark.parametrize(
    "line",
    [
        "See Page 4 for the full list of candidates.",
        "Continued from page 1, the report said the bridge would reopen in May.",
        "See Marlow, Page 6",  # the jump word is printed in capitals
        "Page 12",
    ],
)
def test_prose_naming_a_page_is_no_jump_line(line: str) -> None:
    """Hard negative: a sentence sending the reader to a page, or a jump word not in capitals."""
    assert chrome_rule(line) != "chrome.jump_line"


@pytest.mark.parametrize(
    "line",
    [
        "Page 2 of the report lists the next steps for the council.",
        "Item 4 of the agenda was moved to January, the clerk said.",
        "Strona 3 z 5 raportu opisuje następne kroki gminy.",
    ],
)
def test_prose_about_pages_and_items_is_no_pager(line: str) -> None:
    """Hard negative: the story naming a page or an item of a document is no pager."""
    assert chrome_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "📲 Participe do canal do g1 Vale no WhatsApp",
        "Participe do canal da Folha do Vale no Telegram",
        "नगर समाचार को WhatsApp पर फॉलो करें और पाएं हर बड़ी खबर सबसे पहले",
    ],
)
def test_channel_plugs_are_pitches(line: str) -> None:
    assert "chrome.pitch" in rules_of(detected([line]), line)


@pytest.mark.parametrize(
    "line",
    [
        "Mais de 300 moradores decidiram participar do canal de comunicação criado pela prefeitura no WhatsApp.",
        "पुलिस ने बताया कि आरोपी WhatsApp पर फर्जी संदेश भेजता था।",
    ],
)
def test_prose_about_whatsapp_channels_is_no_pitch(line: str) -> None:
    """Hard negative: the story telling of a channel or of WhatsApp is no plug."""
    assert "chrome.pitch" not in rules_of(detected([line]), line)


def test_a_wire_storys_companies_box_is_a_tag_list() -> None:
    page = detected(["Companies", "Havtrans ASA", "Nordskip Holding", *PARAGRAPHS["en"][:2]])
    assert rules_of(page, "Havtrans ASA") == ["chrome.tag_list"]
    assert rules_of(page, "Nordskip Holding") == ["chrome.tag_list"]


def test_a_companies_subheading_over_prose_is_no_tag_list() -> None:
    """Hard negative: an in-article "Companies" subheading opens paragraphs, not tags."""
    line = "Small firms in the valley said the new levy would cost them about 4,000 crowns a year."
    page = detected(["Companies", line, *PARAGRAPHS["en"][:2]])
    assert "chrome.tag_list" not in rules_of(page, line)


def test_a_cjk_line_with_figures_between_pipes_is_no_menu() -> None:
    """Hard negative: a results row in Chinese has figures in its items (a table of the story)."""
    assert chrome_rule("一区 | 45.2% | 二区 | 38.1% | 三区 | 16.7%") != "chrome.nav_strip"


@pytest.mark.parametrize(
    "line", ["Purchase Licensing Rights, opens new tab", "Acquire Licensing Rights, opens new tab"]
)
def test_a_wire_photos_licensing_link_is_chrome(line: str) -> None:
    assert chrome_rule(line) == "chrome.prefix[en]"


def test_a_story_about_licensing_rights_is_no_licensing_link() -> None:
    """Hard negative: the phrase inside a sentence of the story opens no line."""
    line = "The broadcaster agreed to purchase licensing rights for the league's matches until 2030."
    assert chrome_rule(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Subscribers get full access to court filings. Start free trial",
        "Subscribe for unlimited access - start your 30-day free trial",
    ],
)
def test_a_paywall_pitch_closing_on_its_trial_button(line: str) -> None:
    assert chrome_rule(line) == "chrome.trial_offer"


@pytest.mark.parametrize(
    "line",
    [
        # an advertiser's copy names no subscribing: left to the ad rules
        "Stay ahead of new case law with daily alerts from every division. Start your free trial",
        # the story about a subscription service
        "The streaming service said new subscribers would no longer be able to start a free trial.",
    ],
)
def test_trial_offers_need_a_subscription_pitch_and_the_button_last(line: str) -> None:
    assert chrome_rule(line) != "chrome.trial_offer"
