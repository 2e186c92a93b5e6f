"""Page furniture: navigation, breadcrumbs, share buttons, UI icon names, tags,
cookie and newsletter prompts, comment counters, footers, copyright.

``chrome.ui_word``     a line that is only a menu/share/UI word ("Share", "Menu", "Tags").
``chrome.prefix``      a line opening with a furniture phrase ("Follow us on", "© 2025").
``chrome.icon_name``   an icon's name leaked into the text ("info_icon", "arrow_forward").
``chrome.nav_strip``   "Home | News | Sport | Business": several short capitalised items.
``chrome.breadcrumb``  "News > World > Asia".
``chrome.consent``     cookie / consent prose.
``chrome.copyright``   "© 2025 ... All rights reserved".
``chrome.counter``     "Comments (23)", "1.2K shares", "3 of 24", "877 seguidores", "4.8 (63 ratings)".
``chrome.new_entries`` a live blog's button for new entries: "Show 10 more updates".
``chrome.pager``       a paginated article's pager with its link: "Strona 1 z 3 Następna strona".
``chrome.ui_word_doubled`` a menu word printed twice and glued: "NewsNews".
``chrome.media_time``  a player's running time with its label: "Duration 1:48", "play_circle 0:46".
``chrome.pitch``       the site addressing its reader in prose: newsletter, app, survey, donation, disclaimer.
``chrome.weather``     "Tuesday | 12°C London".
``chrome.reactions``   (context) "👍 2.418  💬 311": counters behind pictographs, a player's controls.
``chrome.comment_marker`` the start of the readers' comments (used by the decision stage);
                       also a blog's header over a comment ("Greg on Nov 19, 2026 at 6:14 pm said:"), the
                       title over a blog's comments ("14 thoughts on “…”") and a forum post's member
                       fields ("Joined: Jan 2019", "Posts: 4,118"): where the readers' posts begin.
``chrome.tag_list``    (context) the short lines under a "Tags"/"Topics" heading.
``chrome.ui_words``    a bar of two or three buttons: "Teilen  Merken", "Save  Share  Gift this article".
``chrome.reply_bar``   a comment's Reply button beside its time or likes: "2 ore fa · Rispondi".
``chrome.poll``        (context) a readers' poll: its question, its answers and its "Vote" button.
``chrome.share_bar``   share buttons behind a label, pictographs or counts: "Deel dit artikel: WhatsApp | Facebook | X",
                       "📲 Partager : 💬 WhatsApp | 📘 Facebook", "Share 1.2k | Tweet | WhatsApp", "56 tributes · Light a candle".
``chrome.embed``       a social post's credit line as its embed prints it: "A post shared by Name (@handle)",
                       "@handle4,212 followers".
``chrome.comment_body`` (context) a reader's comment over its Reply controls, under its head (the
                       comments' counter, another comment's controls, its author and age or handle).
``chrome.bar_chart``   (context) a bar chart drawn with block characters ("Haag ████████ 41,2 %"), its heading.
``chrome.signup_box``  (context) a newsletter box's line between its pitch and its sign-up control.
``chrome.paywall_box`` (context) a paywall box's offer between the paywall's cut and the box's next furniture line.
``chrome.quote``       (context) a share's quote box: "38,12 EUR −5,22 (−12,04 %)", its name lines above.
``chrome.contents``    (context) a contents box's items under its heading ("In this article", "Inhalt",
                       "Jump to:"), each of them repeated further down as the article's subheading.
``chrome.key_moments`` (context) a live blog's list of its key entries under its heading: "Key events",
                       "23m ago Greens take Tollbridge East", "16h21 Lenoir attaque à 6 km du sommet".
"""

from __future__ import annotations

from collections import Counter
from itertools import compress
from operator import attrgetter

import regex

from newsclean import lazyrx
from newsclean.detectors.page import KEY_CHARS, Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, PhraseSet, factored, verdict
from newsclean.segments.normalize import norm_key
from newsclean.segments.shape import STOPWORDS
from newsclean.types import Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_TAG_LABELS = frozenset({None, Label.CHROME})

UI_WORD = PhraseSet("chrome.ui_word", P.CHROME_LINES)
#: the lookup keys of the lines UI_WORD can match: most short lines are looked up no further
_UI_KEYS = UI_WORD.keys()
PREFIX = PatternSet("chrome.prefix", P.CHROME_PREFIXES, prefixes=True)
FILE_LINK = lazyrx.compile(P.FILE_LINK)
ICON = lazyrx.compile(
    r"^(?:[a-z]+(?:_[a-z0-9]+)+|(?:icon|ico|svg|fa|glyphicon|material-icons)[-_][\w-]+|[a-z]+-icon|icon)$"
)
BREADCRUMB = lazyrx.compile(r"^[^>›»/«(]{1,40}(?:\s+[>›»/]\s+[^>›»/«]{1,60}){1,8}$")
COPYRIGHT = lazyrx.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}|\p{L}.{0,60}\d{4})|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|alle rechten voorbehouden",
    regex.I,
)
COUNTER = lazyrx.compile(
    r"^(?:(?:comments?|kommentare?|comentarios?|commentaires?|comentários?|commenti|reacties|shares?|likes?|views?|reactions?"
    r"|комментарии|postings|komentar|yorumlar|réagir(?: à l['’]article)?|skomentuj|komentarze|comentar)\s*[(:–-]?\s*[\d.,]+[kKmM]?\s*\)?"
    # (thousands grouped by a space: "4 812 просмотров", "2 341 читают сейчас")
    r"|[\d.,]+(?:\s\d{3})*[kKmM]?(?:\s+|(?=[а-яё]))(?:comments?|tributes|kommentare?|comentarios?|commentaires?|comentários?|commenti|reacties|shares?|likes?|views?|reads?|reactions?|responses?|ratings?|votes?|reviews?|followers?|abonnés|abonnenten|seguidores|iscritti|volgers|partages|condivisioni|compartilhamentos|partilhas"
    # comments, likes, posts and views of more languages: "12 kommentarer", "1.204 beğeni", "412 „Gefällt mir“-Angaben"
    r"|kommentarer|kommentarar|kommentit|komentarz[ey]?|komentarzy|komentar|yorum(?:lar)?|yanıt(?:lar)?|beğeni|posts?|aufrufe|visualizaciones"
    r"|visualizações|vues|visualizzazioni|weergaven|просмотр(?:ов|а)?|комментари(?:ев|я|й)|„?gefällt mir“?-angaben|читают сейчас"
    r"|j['’]aime|me gusta|mi piace|curtidas)"
    # a counter glued to its button, as flattening gives it: "7,412FollowersFollow", "1.2KLikesLike"
    r"|[\d.,\s]+[kKmM]?\s?(?:followers|fans|likes|subscribers|abonnés|seguidores|abonnenten)"
    r"(?:follow|like|subscribe|suivre|seguir|folgen))$",
    regex.I,
)
#: a widget's count that is no reply control (so :func:`_reply_ui` does not read it): a rating
#: ("4.8 from 212 votes", "4.8 (63 ratings" and "(58 votos" as lookup keys: no stars, no closing
#: bracket), a number with a thousands word ("1,1 tys. udostępnień"), a count glued to its word
#: without a button ("21Comments", "5.6KFollowers", "87SharesShare")
WIDGET_COUNT = lazyrx.compile(
    r"^(?:(?:\d(?:[.,]\d)?\s*(?:from\s+|de\s+|\(\s*)|\(\s*)?[\d.,]+\s+(?:ratings?|votes?|votos|valoraciones|bewertungen|stimmen"
    r"|avis|voti|avaliações)"
    r"|[\d.,]+\s*(?:tys\.|тыс\.|mln|млн\.?)\s*(?:udostępnie[ńn]|polubie[ńn]|wyświetle[ńn]|komentarzy|obserwujących"
    r"|просмотр(?:ов|а)?|комментари(?:ев|я|й)|подписчик(?:ов|а)?|репост(?:ов|а)?)"
    r"|[\d.,]+\s?(?:[kKmM]|mil)?\s?(?:(?:comments|shares|likes|followers|views|partages|condivisioni|compartidos|comentarios"
    r"|comentários|commentaires|commenti|kommentare|réactions|reacciones|reazioni|コメント|シェア)"
    r"(?:comment|share|like|follow|compartir|partager|condividi|commenta|comentar)?"
    r"|(?:compartir|partager|condividi|commenta|comentar))"
    # a gallery's size ("12 foto")
    r"|\d{1,3}\s(?:foto|fotos|photos|bilder|images|immagini|imágenes|zdjęć)"
    r"|read [\d.,]+[kKmM]? (?:replies|comments)|view all \d+ (?:photos|images|pictures|messages|comments|tributes|replies))$",
    regex.I,
)
#: a gallery's counter, with or without the picture word: "3 of 24", "Bild 1 av 5", "Foto 2 dari 5",
#: "Zdjęcie 1/6", "Photo 3/12", "Imagen 2 de 8", "Resim 4/10", a carousel's "Item 1 of 2"
GALLERY = lazyrx.compile(
    r"^(?:(?:photo|image|picture|slide|item|bild|foto|fotografia|fotografía|zdjęcie|imagen|immagine|afbeelding|billede|bilde"
    r"|resim|gambar|фото|снимок|page|seite|página|pagina|strona|sida|side)\s*)?\d{1,3}\s*(?:/|of|von|de|sur|di|van|av|af|dari|z|из|из)\s*\d{1,3}$",
    regex.I,
)
#: a paginated article's pager, its page numbers and its next or previous link on one line:
#: "Strona 1 z 3 Następna strona", "Page 1 of 3 1 2 3 Next page", "Seite 2 von 4 « Zurück Weiter »",
#: "Página 1 de 3 Página siguiente"
#: (a bare "Page 1 of 3" is :data:`GALLERY`'s)
_PAGE_WORD = r"(?:page|seite|página|pagina|strona|sida|side|pagină|sayfa|halaman|страница)"
PAGER = lazyrx.compile(
    rf"^{_PAGE_WORD}\s\d{{1,3}}\s(?:of|von|de|z|di|van|av|af|sur|din|из|dari)"
    rf"\s\d{{1,3}}(?:\s\d{{1,3}}){{0,12}}(?:\s[«‹<]?\s?(?:{_PAGE_WORD}\s)?(?:previous|prev|next|zurück|weiter|vorherige|nächste|poprzednia|następna"
    r"|anterior|siguiente|próxima|precedente|successiva|précédente|suivante|vorige|volgende|forrige|neste|næste|föregående|nästa"
    rf"|önceki|sonraki|sebelumnya|berikutnya|предыдущая|следующая)(?:\s{_PAGE_WORD})?\s?[»›>]?){{1,2}}$",
    regex.I,
)
#: ... and has at most this many words
PAGER_WORDS = 20
#: a player's running time, with its label or icon name: "Duration 1:48", "Duração: 01:52",
#: "play_circle 0:46" (a bare "1:48" is left alone: a score or a clock time)
MEDIA_TIME = lazyrx.compile(
    r"^(?:duration|duração|duración|durée|dauer|laufzeit|durata|duur|speelduur|длительность|play_circle|play_arrow"
    r"|play|▶️?|►)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?"
    # a listen button with the audio's length: "Listen · 8 min", "🎧 Listen to this article · 9 min"
    r"|(?:🎧\s*)?listen(?: to (?:this|the) (?:article|story))?\s*(?:·|-|duration)?\s*\d{1,2}(?::\d{2}|\s*min)$",
    regex.I,
)
#: a live blog's button for the entries that came in: "Show 10 more updates", "Voir les 2 nouvelles
#: entrées", "8 nuovi aggiornamenti", "12 neue Einträge – jetzt laden"
NEW_ENTRIES = lazyrx.compile(
    r"^(?:show|load|see|view|voir|afficher|mostra|carica|zeige|mostrar|ver)?\s*(?:les\s+|gli\s+|die\s+)?\d{1,3}\s+"
    r"(?:more\s+|new\s+|newer\s+)?(?:nouvelles?\s+|nuovi\s+|neue\s+|nuevas?\s+|novas?\s+)?"
    r"(?:updates?|posts?|entrées|entries|aggiornamenti|einträge|actualizaciones|atualizações)\b",
    regex.I,
)
#: a print story's jump line, kept in an e-edition's or a print-to-web text: "Continued from Page A1",
#: "Continued on page 6", "See MILL, Page A6", "Please see JAIL on A3", and the page's own number with
#: its section letter ("Page A6"); the jump word is in capitals, as printed (a sentence's "see Page 4" is not)
JUMP_LINE = lazyrx.compile(
    r"^(?:[Cc]ontinued (?:from|on) (?:[Pp]age )?[A-Z]?\d{1,3}"
    r"|(?:[Pp]lease )?[Ss]ee [\p{Lu}\d][\p{Lu}\d’'-]*(?: [\p{Lu}\d’'-]+){0,3},? (?:on )?(?:[Pp]age )?[A-Z]?\d{1,3}"
    r"|P(?:age|AGE) [A-Z]\d{1,3})\.?$"
)
#: ... and has at most this many words
JUMP_LINE_WORDS = 9
#: a paywall's pitch that closes on its trial button: "Subscribers get full access to court filings.
#: Start free trial", "Subscribe for unlimited access - start your 30-day free trial" (the line names
#: subscribing too: an advertiser's "... Start your free trial" is an ad's copy, left to the ad rules)
TRIAL_OFFER = lazyrx.compile(
    r"\bsubscri.{0,120}\b(?:start|begin|claim) (?:your )?(?:\d{1,2}-day )?(?:free )?trial[.!]?$", regex.I
)
#: ... and has at most this many words
TRIAL_OFFER_WORDS = 16
WEATHER = lazyrx.compile(r"-?\d{1,3}\s*°(?:\s*[CF]\b)?")
#: the site's weather widget opens with its name: "Pogoda na jutro: Zakopane -6°C, śnieg", "Wetter heute: 4°C"
WEATHER_WIDGET_FIRSTS = tuple(P.CHROME_WEATHER_WORDS)
#: ... and has at most this many words
WEATHER_WIDGET_WORDS = 8
#: market strip: "DAX 18.402,11 +0,4 % | Dow 39,112 -0.2%"
TICKER = lazyrx.compile(r"[+\-−]\s?\d+(?:[.,]\d+)?\s?%")
#: ... with arrows for signs: "SENSEX 81,402.17 ▲ 312.45 (0.39%) | NIFTY 24,618.90 ▲ 95.10 (0.39%)"
#: a chart's or a rating's widget: its range buttons ("1D 1W 1M 1Y", "5D | 1M | YTD | Max") and its
#: readers' score with the number of votes ("User score: 8.9 (412 votes)", "4.8 from 212 votes")
WIDGET_LINE = lazyrx.compile(P.WIDGET_LINE, regex.I)
#: ... a line that ends with a letter of a range's button or a ")", "s" of the votes
_WIDGET_ENDS = frozenset("dwmyhDWMYHxXlLsS)")
ARROW_TICKER = lazyrx.compile(r"[▲▼]\s?[\d.,]+\s?\(?[+\-−]?\d+(?:[.,]\d+)?\s?%")
COMMENT_MARKER = lazyrx.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|readers' comments|reader responses|responses|réponses|join the discussion|join the conversation|leave a (?:comment|reply)|deixe (?:uma resposta|um comentário|o seu comentário|seu comentário)|deja (?:una respuesta|un comentario|tu comentario)|laisser un commentaire|laissez un commentaire|laisser une réponse|schreibe einen kommentar|hinterlasse einen kommentar|lascia un commento|lascia una risposta|laat een reactie achter|add a comment|show comments|view comments|kommentare|leserkommentare|comentarios|comentários|commentaires|réactions|commenti|reacties|discussion|комментарии|postings|reaktionen|reacties van (?:lezers|luisteraars|kijkers)|commentaires des lecteurs|comentarios de (?:los )?lectores|commenti dei lettori|comentários dos leitores|\d+\s+(?:comments?|responses|kommentare|comentarios|comentários|commentaires|réponses|contributions?|commenti|reacties)|(?<!\d\s)(?:kommentarer|komentarze|yorumlar|komentar))\s*(?:\(\s*\d[\d.,]*\s*\)|\d[\d.,]*)?\s*:?$",
    regex.I,
)
#: the comments' counter in brackets opening a longer line: "Comments (14) Comments are moderated ..."
COMMENTS_COUNT_HEAD = lazyrx.compile(
    r"^(?i:comments?|reader comments|kommentare|comentarios|commentaires|comentários|commenti|reacties|комментарии)"
    r"\s*\(\s*(?!(?:19|20)\d\d\s*\))\d[\d.,]{0,6}\s*\)\s+\p{Lu}"  # (no year: "Comment (2019) ...")
)

#: the title a blog theme puts over its readers' comments, followed by the post's title
#: ("14 thoughts on “…”", "One response to …", "2 Antworten auf „…“"): WordPress's
#: default themes and their translations write it so
COMMENT_THREAD_TITLE = lazyrx.compile(
    r"^(?:\d+|one|no)\s+(?:thoughts? on|responses? to|repl(?:y|ies) to|comments? on|antworten auf|kommentare zu"
    r"|gedanken zu|réponses? à|commentaires? sur|respuestas? a|comentarios? (?:en|a)|risposte a|commenti su"
    r"|respostas? (?:a|para)|comentários? (?:em|sobre)|reacties op)\s",
    regex.I,
)
#: a blog theme's header over one reader's comment: "Greg on Nov 19, 2026 at 6:14 pm said:",
#: "DaveG on 19/11/2026 at 11:40 said:" (a name, a date and a clock time, then "said:");
#: a story's "Sentencing, the judge said:" has no clock time before its verb
COMMENT_HEADER = lazyrx.compile(
    r"^\S.{1,60}?\s(?:on\s+)?\S.{2,40}?\d.{0,10}?\s(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:said|says|wrote)\s*:?$",
    regex.I,
)
_COMMENT_HEADER_ENDS = ("said:", "says:", "wrote:", "said", "says", "wrote")
URL = lazyrx.compile(r"^(?:https?://|www\.)\S+$", regex.I)
_QUOTED = lazyrx.compile(r"[\"“”„«»]")
TAGS_HEADING = lazyrx.compile(
    r"^(?:tags|topics|related topics|keywords|companies|related companies|companies mentioned|schlagworte|themen|schlagwörter|etiquetas|temas|mots-clés|sujets|tag|argomenti|onderwerpen|filed under|tagi|теги|etiketler|taggar)\s*:?$",
    regex.I,
)
_CONSENT = lazyrx.compile(r"\b(?:" + "|".join(regex.escape(w) for w in P.CONSENT_WORDS) + r")\b", regex.I)
_CONSENT_CONTEXT = lazyrx.compile(
    r"\b(?:accept|reject|consent|privacy|partners|browsing|browser|website|site|personali[sz]|advertising|settings|preferences|analytics|essential|how you use"
    r"|akzeptier|zustimm|datenschutz|einstellung|partner|acept|naveg|personaliz|anuncio|publicidad|accepter|navigation|partenaires"
    r"|aceit|navega|personaliz|anúncio|accetta|navigazione|accepteren|instellingen"
    # the same consent words of more languages: "oplevelse", "experiência", "concorda", "annonser", "upplevelse"
    r"|experiência|experiencia|expérience|experience|concord|privacidade|privacy policy|protection of your data|verbeter|oplevelse"
    r"|cookiepolitik|statistik|annonser|tilpasse|upplevelse|vi använder|сайт|продолжая"
    r"|kabul|politika|gizlilik|deneyim|kvkk|kişisel veri"
    # rejecting and configuring them: "Puedes aceptarlas todas, rechazarlas o configurarlas"
    r"|rechaz|configur|analític|analytique|refuser|ablehn|rifiut|recusar"
    # analysing the visits, withdrawing the consent, "similar technologies": "... Zugriffe zu analysieren.
    # Sie können Ihre Einwilligung jederzeit widerrufen." (as phrases: "analysis" and "technology"
    # alone are a story's words: "partners", "technology" and "personal data" in a paragraph on banking apps)
    r"|zugriffe zu analys|analy[sz]e (?:our |the )?(?:traffic|visits)|analizar (?:el )?tráfico|analisar (?:o )?tráfego"
    r"|analyser (?:le )?trafic|widerruf|similar technolog|ähnlichen? technolog|tecnologías similares"
    r"|tecnologias semelhantes|technologies similaires|tecnologie simili|podobnych technolog|vergelijkbare technolog)",
    regex.I,
)
_NAV_VOCAB = {norm_key(w) for words in P.CHROME_LINES.values() for w in words} | {norm_key(w) for w in P.NAV_WORDS}


_COPY_CUES = (
    "©",
    "(c)",
    "copyright",
    "rights",
    "rechte",
    "derechos",
    "droits",
    "direitos",
    "diritti",
    "riservat",
    "rechten",
)
_ICON_CUES = ("_", "icon", "ico-", "svg")
_OPEN_QUOTES = "“\"„«‘'‚"
#: a line of at most this many icon names is a bar of buttons
MAX_ICONS = 8
_NAV_SEPARATORS = ("|", "•", "·", "›", "»", "/", "  ", "▾")
_CRUMB_CUES = (" > ", " › ", " » ", " / ")
_CRUMB_ENDS = (">", "›", "»", "/")
_WORD_EDGES = "\"'“”‘’«»„()[]{}.,;:!?¡¿|•·*-–—>›»/"


#: the cheap test before :data:`TRIAL_OFFER`
_TRIAL_ENDS = ("trial", "trial.", "trial!")


def detect(page: Page, langs: frozenset[str]) -> None:
    """Line rules, each behind a cheap test (a character or word present) so most
    lines of a page never reach a regular expression. Substring tests are run
    once per page (:meth:`Page.containing`), not once per line."""
    copyright_cued = page.containing(_COPY_CUES)
    consent_cued = page.containing(_CONSENT_STEMS)
    crumb_cued = page.containing(_CRUMB_CUES)  # spaces and arrows: the same in the lower-cased text
    openers = PREFIX.openers()
    firsts, keys = page.firsts, page.keys
    for i, (text, shape, low, first) in enumerate(zip(page.texts, page.shapes, page.lows, firsts)):
        words = shape.words
        has_digit = shape.digit_ratio > 0
        if words <= 12:
            if words <= 6 and first in _COMMENT_FIRSTS and COMMENT_MARKER.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.comment_marker", text), 0.8))
                continue
            hit = UI_WORD.match(page, i, langs) if keys[i] in _UI_KEYS else None
            if hit is None and words == 1 and _doubled_ui_word(keys[i]):
                page.add(i, verdict(Label.CHROME, Hit("chrome.ui_word_doubled", text), 0.7))
                continue
            if hit and (not text.endswith(".") or text.endswith("...")) and not _QUOTED.search(text):
                page.add(i, verdict(Label.CHROME, hit, 0.7))
                continue
            if text[-1:] == ")" and FILE_LINK.search(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.file_link", text[:80]), 0.8))
                continue
            if 2 <= words <= 8 and ("  " in text or "|" in text or "·" in text or "•" in text):
                if _ui_words(text):
                    page.add(i, verdict(Label.CHROME, Hit("chrome.ui_words", text[:80]), 0.8))
                    continue
                if has_digit and _reply_bar(text):
                    page.add(i, verdict(Label.CHROME, Hit("chrome.reply_bar", text[:80]), 0.8))
                    continue
            if (
                words <= MAX_ICONS
                and any(map(low.__contains__, _ICON_CUES))
                and all(ICON.match(token) for token in text.split())
            ):  # one icon's name, or a share bar's ("share_icon  linkedin_icon  x_icon")
                page.add(i, verdict(Label.CHROME, Hit("chrome.icon_name", text), 0.95))
                continue
            if words >= 2 and "_icon" in low and _icon_bar(text):
                # icons with their buttons' words: "share_icon Share | x_icon Post", "comment_icon 22"
                page.add(i, verdict(Label.CHROME, Hit("chrome.icon_bar", text[:80]), 0.9))
                continue
            if (
                has_digit
                and words <= 6
                and (COUNTER.match(page.keys[i]) or GALLERY.match(text) or WIDGET_COUNT.match(page.keys[i]))
            ):
                page.add(i, verdict(Label.CHROME, Hit("chrome.counter", text), 0.85))
                continue
            if has_digit and words <= PAGER_WORDS and PAGER.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.pager", text), 0.85))
                continue
            if has_digit and words <= JUMP_LINE_WORDS and JUMP_LINE.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.jump_line", text), 0.85))
                continue
            if has_digit and words <= 8 and NEW_ENTRIES.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.new_entries", text), 0.85))
                continue
            if has_digit and words <= 8 and (":" in text or "min" in low) and MEDIA_TIME.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.media_time", text), 0.85))
                continue
            if (
                "°" in text
                and not shape.sentence_end
                and WEATHER.search(text)
                and (
                    words <= 4
                    or "|" in text
                    or "  " in text
                    or (words <= WEATHER_WIDGET_WORDS and low.startswith(WEATHER_WIDGET_FIRSTS))
                )
                and words <= 10
            ):
                page.add(i, verdict(Label.CHROME, Hit("chrome.weather", text), 0.8))
                continue
        if (
            words > 3
            and has_digit
            and first in _COMMENT_FIRSTS
            and "(" in text[:24]
            and COMMENTS_COUNT_HEAD.match(text)
        ):
            # the comments' counter with the moderation note on its line: "Comments (14) Comments are moderated ..."
            page.add(i, verdict(Label.CHROME, Hit("chrome.comment_marker", text[:60]), 0.8))
            continue
        if 5 <= words <= 20 and low.endswith(_COMMENT_HEADER_ENDS) and has_digit and COMMENT_HEADER.match(text):
            page.add(i, verdict(Label.CHROME, Hit("chrome.comment_marker", text[:60]), 0.8))
            continue
        if words <= TRIAL_OFFER_WORDS and low.endswith(_TRIAL_ENDS) and TRIAL_OFFER.search(text):
            page.add(i, verdict(Label.CHROME, Hit("chrome.trial_offer", text[:60]), 0.85))
            continue
        if words <= 16 and "@" in text and (m := _embed_credit(text)):
            page.add(i, verdict(Label.CHROME, Hit("chrome.embed", m), 0.85))
            continue
        if words <= 4 and first in _FORUM_FIRSTS and FORUM_FIELD.match(text):
            page.add(i, verdict(Label.CHROME, Hit("chrome.comment_marker", text), 0.8))
            continue
        if words <= 3 and ("http" in low or "www." in low) and URL.match(text):
            page.add(i, verdict(Label.CHROME, Hit("chrome.url", text[:80]), 0.85))
            continue
        if words <= 5 and low.endswith(("newsletter", "newsletters")):
            page.add(i, verdict(Label.CHROME, Hit("chrome.newsletter_name", text), 0.75))
            continue
        if (
            words <= 40
            and (first.isdigit() or first in ("one", "no"))
            and (m := COMMENT_THREAD_TITLE.match(text))
            and text[m.end() : m.end() + 1] in _OPEN_QUOTES
        ):  # "14 thoughts on “…”": the title of a blog's comments, the post's title in quotes
            page.add(i, verdict(Label.CHROME, Hit("chrome.comment_marker", text[:60]), 0.85))
            continue
        if words <= 40:
            hit = PREFIX.match(page, i, langs) if openers is None or first in openers else None
            if hit and shape.prose and words > 8 and len(hit.match.split()) < 3 and hit.match[-1:] not in _CRUMB_ENDS:
                # a one- or two-word opening ("Back to", "Powered by") of a real sentence; a
                # breadcrumb's "Home ›" before the story's title is no sentence
                hit = None
            if hit:
                page.add(i, verdict(Label.CHROME, hit, 0.8))
                continue
            if (
                (words <= 30 or low.rstrip(" .").endswith("reserved"))
                and i in copyright_cued
                and (m := COPYRIGHT.search(text))
            ):  # (a footer of links, address and copyright ends with "All rights reserved.")
                page.add(i, verdict(Label.CHROME, Hit("chrome.copyright", m.group(0)), 0.85))
                continue
            if shape.sentence_end:
                pass
            elif ("%" in text and (len(TICKER.findall(text)) >= 2 or len(ARROW_TICKER.findall(text)) >= 2)) or (
                "ISIN" in text and "|" in text
            ):
                page.add(i, verdict(Label.CHROME, Hit("chrome.ticker", text[:80]), 0.8))
                continue
            elif 3 <= words <= 12 and text[-1:] in _WIDGET_ENDS and (m := WIDGET_LINE.match(text)):
                page.add(i, verdict(Label.CHROME, Hit("chrome.widget", m.group(0)[:80]), 0.8))
                continue
            elif (
                words >= 4
                and (
                    "|" in text
                    or "•" in text
                    or "·" in text
                    or "  " in text
                    or "/" in text
                    or "›" in text
                    or "»" in text
                    or "▾" in text
                )
                and _nav_strip(text, False)
            ):
                page.add(i, verdict(Label.CHROME, Hit("chrome.nav_strip", text[:80]), 0.8))
                continue
            elif 2 <= words <= 20 and any(map(text.__contains__, _SHARE_SEPARATORS)) and _share_bar(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.share_bar", text[:80]), 0.8))
                continue
            elif i in crumb_cued and "," not in text and ": " not in text and BREADCRUMB.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.breadcrumb", text[:80]), 0.75))
                continue
            if 3 <= words <= 12 and first in _NAV_VOCAB and _nav_words(text, low):
                page.add(i, verdict(Label.CHROME, Hit("chrome.nav_words", text[:80]), 0.75))
                continue
        if (
            words <= 150
            and i in consent_cued
            and (m := _CONSENT.search(text))
            and len(set(_CONSENT_CONTEXT.findall(low))) >= 2
        ):
            page.add(i, verdict(Label.CHROME, Hit("chrome.consent", m.group(0)), 0.85))


#: cheap substring tests before the consent patterns run
_CONSENT_STEMS = (
    "your data",
    "personal data",
    "données",
    "dados pessoais",
    "datos personales",
    "personenbezogen",
    "cookie",
    "consent",
    "gdpr",
    "einwillig",
    "datenschutzeinst",
    "toestemming",
    "traceur",
    "rastreador",
    "privacy settings",
    "personali",
    "informasjonskapsler",
    "kakor",
    "çerez",
    "kişisel veri",
)
_COMMENT_FIRSTS = frozenset(
    [
        "comments",
        "comment",
        "reader",
        "readers",
        "join",
        "leave",
        "deixe",
        "deja",
        "laisser",
        "laissez",
        "schreibe",
        "hinterlasse",
        "lascia",
        "laat",
        "add",
        "show",
        "view",
        "kommentare",
        "leserkommentare",
        "comentarios",
        "comentários",
        "commentaires",
        "réactions",
        "commenti",
        "reacties",
        "discussion",
        "responses",
        "réponses",
        "комментарии",
        "postings",
        "reaktionen",
        # the Nordic, Polish, Turkish and Indonesian comment counters: "Kommentarer (4)", "Yorumlar (3)"
        "kommentarer",
        "komentarze",
        "yorumlar",
        "komentar",
    ]
) | frozenset(str(n) for n in range(10000))


_BAR_SEPARATORS = frozenset("|·•")


def _icon_bar(text: str) -> bool:
    """A bar of buttons, each an icon's name and at most one word of its label or count
    ("share_icon Share | x_icon Post | mail_icon Email", "bell_icon Follow"): it opens with
    an icon's name and no word stands but right after one."""
    after_icon = False
    first = True
    for token in text.split():
        if token in _BAR_SEPARATORS:
            continue
        if ICON.match(token):
            after_icon = True
        elif first or not after_icon:
            return False
        else:
            after_icon = False
        first = False
    return True


def _nav_strip(text: str, sentence_end: bool) -> bool:
    """Three or more short items split by | • · ›, mostly capitalised, few digits.

    Two labels with a colon make a row of the story's facts, no menu ("Yes: Pruitt | Gaines |
    Okoro — No: Marsh | Heppner")."""
    if sentence_end or text.count(": ") >= 2:
        return False
    for sep in _NAV_SEPARATORS:
        # four items need three separators: with two, the split below finds three at most
        if text.count(sep) >= 3:
            # the non-empty items, stripped, with their lookup keys (each key worked out once)
            items: list[tuple[str, str]] = []
            for raw in text.split(sep):
                raw_key = norm_key(raw)
                if not raw_key:
                    continue
                item = raw.strip()
                key = norm_key(item) if item is not raw else raw_key
                if item and key:
                    items.append((item, key))
            if len(items) < 4:
                continue
            sizes = [len(item.split()) for item, _ in items]
            if max(sizes) > 4:
                continue  # an item of five words or more: no menu (the test below needs all at most 4)
            good = sum(
                1
                for (item, key), size in zip(items, sizes)
                if size <= 3 and (_first_letter_upper(item) or key in _NAV_VOCAB or _caseless_word(item))
            )
            if good >= 0.8 * len(items):
                digits = sum(map(str.isdigit, text))
                if digits <= len(items):
                    return True
    return False


#: a share bar has one of these between its buttons
_SHARE_SEPARATORS = ("|", "·", "•", "  ")
#: a button's count or the letter of its icon, stripped before its name is looked up:
#: "Share 1.2k", "Comentarios (88)", "f Share"
_BUTTON_COUNT = lazyrx.compile(r"\s*\(?\d[\d.,]*\s?[km]?\)?$|^\d[\d.,]*\s?[km]?\s+|^[a-z]\s(?=\w\w)")
#: a share bar has at most this many buttons, of at most this many words each
SHARE_BUTTONS = 8
SHARE_BUTTON_WORDS = 4


def _button(key: str) -> bool:
    """A share bar's button (``key``: its lookup key): a UI word of :data:`CHROME_LINES` ("WhatsApp",
    "Copier le lien"), also with its count or icon letter ("Share 1.2k", "f Share"), or a counter
    ("56 tributes")."""
    if key.count(" ") >= SHARE_BUTTON_WORDS:
        return False
    if UI_WORD.lang_of(key) is not None:
        return True
    if any(ch.isdigit() for ch in key) and (COUNTER.match(key) or WIDGET_COUNT.match(key)):
        return True
    bare = _BUTTON_COUNT.sub("", key)
    return bare != key and bool(bare) and UI_WORD.lang_of(bare) is not None


def _share_bar(text: str) -> bool:
    """Share buttons in a row, with a label, pictographs, counts or icon letters the plain bars
    (``chrome.ui_words``, ``chrome.nav_strip``) do not allow: "Deel dit artikel: WhatsApp | Facebook
    | X | E-mail", "📲 Partager : 💬 WhatsApp | 📘 Facebook | ✖️ X | 🔗 Copier le lien",
    "f Share | Tweet | WhatsApp | Email", "Compartir · Comentarios (88)".

    Every item a button (a label before a ":" is an item); of four items or more, one that is
    not the first may be something else ("Font size A- A+").
    """
    head, colon, rest = text.partition(":")
    parts = [head, rest] if colon and len(head) <= 30 else [text]
    keys = [key for part in parts for item in _BAR_PARTS.split(part) if (key := norm_key(item))]
    if not (3 if len(parts) == 2 else 2) <= len(keys) <= SHARE_BUTTONS or not _button(keys[0]):
        return False  # (a label and one item is a kicker's "Sport: Football")
    unknown = 0
    for key in keys[1:]:
        if not _button(key):
            unknown += 1
            if unknown > 1 or len(keys) < 4:
                return False
    return True


#: the buttons of a share bar: split by two spaces or more, "|", "·" or "•"
_BAR_PARTS = lazyrx.compile(r"\s{2,}|\s*[|·•]\s*")


def _ui_words(text: str) -> bool:
    """A bar of two or three buttons ("Teilen  Merken", "Save  Share  Gift this article",
    "Compartir · Guardar"): every item a UI word of :data:`CHROME_LINES`, or all but the second or
    third of three.
    A bar of four items or more is a ``chrome.nav_strip``'s."""
    items = [norm_key(part) for part in _BAR_PARTS.split(text)]
    items = [key for key in items if key]
    if not 2 <= len(items) <= 3:
        return False
    # any language's UI words: a phrase is kept under the first language that lists it ("guardar": es)
    known = [UI_WORD.lang_of(key) is not None for key in items]
    # one unknown item of three, not the first: "Vehicle detection | Off | On" is a table's row
    return all(known) or (len(items) == 3 and known[0] and sum(known) == 2)


#: an item of a comment's reply bar next to its button has at most this many words
REPLY_ITEM_WORDS = 5


def _reply_bar(text: str) -> bool:
    """A reader's comment's controls: its Reply button beside its time or its likes
    ("2 ore fa · Rispondi", "Reply · 14 likes", "5 hours ago · Reply · 41 likes",
    "Antworten · 14 Zustimmungen", "24 • Reply • Share"): two or three short items, one of
    them the button, the others with a number or a UI word."""
    items = [norm_key(part) for part in _BAR_PARTS.split(text)]
    items = [key for key in items if key]
    if not 2 <= len(items) <= 3 or not any(key in _REPLY_BUTTONS for key in items):
        return False
    return all(
        key in _REPLY_UI
        or UI_WORD.lang_of(key) is not None
        or (len(key.split()) <= REPLY_ITEM_WORDS and any(ch.isdigit() for ch in key))
        for key in items
    )


def _caseless_word(text: str) -> bool:
    """A menu item in a script without capitals (Chinese, Japanese, Korean): "地域", "スポーツ",
    its first letter neither upper nor lower case, as a capitalised word's is upper."""
    for ch in text:
        if ch.isalpha():
            return not ch.isupper() and not ch.islower()
    return False


def _first_letter_upper(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.isupper()
    return False


def _doubled_ui_word(key: str) -> bool:
    """A menu word printed twice and glued by the flattening: "NewsNews", "SportSport"."""
    half = len(key) // 2
    return len(key) >= 4 and len(key) % 2 == 0 and key[:half] == key[half:] and key[:half] in _UI_KEYS


def _nav_words(text: str, low: str) -> bool:
    """A flattened menu: "Home World Business Markets Sport" — mostly menu vocabulary."""
    words = [w.strip(_WORD_EDGES) for w in low.split()]
    known = sum(map(_NAV_VOCAB.__contains__, words)) / len(words)
    if known >= 0.8:
        return True
    return known >= 0.6 and all(w[:1].isupper() or not w[:1].isalpha() for w in text.split())


#: "TrailDad88: Got mine in December", "Sue P — Lovely afternoon": a reader's comment
COMMENT_LINE = lazyrx.compile(r"^[\p{L}\p{N}_.@' -]{2,30}(?:\s*\([^)]{1,30}\))?\s*(?::|—|–)\s+\S")
_REPLY_UI = {
    norm_key(w)
    for w in (
        "reply",
        "replies",
        "like",
        "report",
        "antworten",
        "melden",
        "antworten · melden",
        "responder",
        "denunciar",
        "répondre",
        "signaler",
        "rispondi",
        "segnala",
        "reageren",
        "curtir",
        "beğen",
        "нравится",
        "recommend",
    )
}


#: the reply button itself, in the languages of the corpus
_REPLY_BUTTONS = {
    norm_key(w)
    for w in (
        "reply",
        "antworten",
        "responder",
        "répondre",
        "rispondi",
        "reageren",
        "beantwoorden",
        "svar",
        "svara",
        "odpowiedz",
        "ответить",
        "yanıtla",
        "balas",
    )
}
_REPLY_UI |= _REPLY_BUTTONS

#: the sort control over readers' comments: "Sort by: Newest | Oldest | Most liked"
_SORT_CONTROLS = ("sort by", "sortieren nach", "ordenar por", "trier par", "ordina per", "sorteer op")

#: "Reply · Report", "Like | Reply": reply controls in a row
_REPLY_PARTS = lazyrx.compile(r"\s*[·|•]\s*|\s{2,}")


def _reply_ui(page: Page, i: int) -> bool:
    if not 0 <= i < len(page):
        return False
    text = page.texts[i]
    # a line of up to KEY_CHARS characters has its norm_key in ``page.keys`` already
    key = page.keys[i] if len(text) <= KEY_CHARS else norm_key(text)
    if not key:
        return False  # "★★★☆☆", "—": no control's name, no counter
    # a key has no two white spaces in a row (norm_key), so it splits only at "·" "|" "•":
    # without one, its only part is the key itself, tested first (no split for nothing)
    return (
        key in _REPLY_UI
        or key.startswith(_SORT_CONTROLS)
        or "chrome.reply_bar" in map(_RULE, page.verdicts[i])
        or (key.startswith("view all ") and bool(WIDGET_COUNT.match(key)))
        or bool(COUNTER.match(key))
        or (
            ("·" in key or "|" in key or "•" in key)
            and all(part in _REPLY_UI for part in _REPLY_PARTS.split(key) if part)
        )
    )


#: a "handle: text" comment has one of these in its first 48 characters
_COMMENT_CUES = (":", "—", "–")
#: a comments heading counts as one from this share of the page on
COMMENTS_FROM = 0.4


#: a verdict's rule name, read in C
_RULE = attrgetter("rule")


def detect_comment_threads(page: Page) -> None:
    """Readers' comments: "handle: text" lines next to Reply/Like controls, or after a comments heading."""
    n = len(page)
    after_marker = False
    # the lines the loop acts on: those with verdicts (comment markers among them) and those
    # with a ":", "—" or "–"; a verdict added below goes to the line being read
    lines = set(compress(range(n), page.verdicts)) | page.containing(_COMMENT_CUES)
    for i in sorted(lines):
        vs = page.verdicts[i]
        if vs and "chrome.comment_marker" in map(_RULE, vs):
            # a comments section follows the article; a marker high up the page is a
            # counter in the share bar ("💬 311"), and the story's "Place – text" opening
            # below it is no comment
            after_marker = after_marker or i >= n * COMMENTS_FROM or _comments_follow(page, i)
            continue
        if after_marker and vs and any(v.rule.startswith("sidebar.heading") for v in vs):
            after_marker = False  # "Meistgelesen", "Lo más visto" under the comments: a list of stories, no comment
        if page.verdicts[i] or page.shapes[i].words > 150:
            continue
        head = page.texts[i][:48]
        if (
            (":" in head or "—" in head or "–" in head)
            and (m := COMMENT_LINE.match(page.texts[i]))
            and (after_marker or _reply_ui(page, i + 1) or _reply_ui(page, i - 1))
            and _handle_like(m.group(0))
        ):
            page.add(i, Verdict(Label.CHROME, "chrome.comment_thread", page.texts[i][:60], 0.8))


#: a share's quote: its price and its change in per cent ("38,12 EUR −5,22 (−12,04 %)",
#: "7,86 € -4,20%", "48.21 ▼ -3.76 (-7.24%)", "▲ 75.90 (14.15%)")
QUOTE_LINE = lazyrx.compile(
    r"^[▲▼]?\s*\d[\d.,]*\s*(?:€|EUR|\$|USD|£|p|₹)?\s*[▲▼]?\s*(?:[+−–-]\s*[\d.,]+\s*)?"
    r"(?:\(\s*[+−–-]?[\d.,]+\s*%\s*\)|[+−–-]\s*[\d.,]+\s*%)"
)
#: a quote line has at most this many words; the quote box's name lines above it at most
#: QUOTE_NAME_WORDS words each, QUOTE_ABOVE of them
QUOTE_WORDS = 10
QUOTE_NAME_WORDS = 5
QUOTE_ABOVE = 3


def detect_quotes(page: Page) -> None:
    """A share's quote box set in the story (``chrome.quote``): its quote line (price and change
    in per cent, with a sign or an arrow), the short lines right above it (the company's name,
    its WKN or ISIN, its bare price) and a line of figures under it ("Day range ... · Mkt cap
    ..."). A table's row of the story ("Bankavia | 2,31 | -3,14%") is no quote line."""
    for i in sorted(page.containing(("%",))):
        text = page.texts[i]
        if page.verdicts[i] or page.shapes[i].words > QUOTE_WORDS or "|" in text or not QUOTE_LINE.match(text):
            continue
        box = [i]
        for k in range(i - 1, max(-1, i - 1 - QUOTE_ABOVE), -1):
            shape = page.shapes[k]
            if page.verdicts[k] or not 1 <= shape.words <= QUOTE_NAME_WORDS or shape.terminal:
                break
            box.append(k)
        k = i + 1
        if k < len(page) and not page.verdicts[k] and _quote_figures(page, k):
            box.append(k)  # its figures: "Day range 51.40–52.88 · Mkt cap 9.6B · P/E 14.2"
        for k in box:
            page.add(k, Verdict(Label.CHROME, "chrome.quote", page.texts[k][:60], 0.8))


def _quote_figures(page: Page, k: int) -> bool:
    """Line ``k`` is a quote box's line of figures: items with figures set apart by "·", no sentence."""
    text = page.texts[k]
    shape = page.shapes[k]
    return "·" in text and not shape.sentence_end and shape.words <= QUOTE_WORDS + 4 and any(map(str.isdigit, text))


#: a sign-up control's key (:data:`~newsclean.detectors.rules.patterns.SIGNUP_CONTROLS`)
_SIGNUP_KEYS = frozenset(k for ks in P.SIGNUP_CONTROLS.values() for k in ks)
#: a newsletter box's line of pitch between its heading and its control has at most this many words
SIGNUP_PITCH_WORDS = 20


def detect_signup_boxes(page: Page) -> None:
    """A newsletter box's own line (``chrome.signup_box``): an unclaimed short line between the
    box's heading or pitch above (a chrome line: "Sign up to Whenua Waikato", "Boletín Educación")
    and its sign-up control below ("Sign up", "Apúntate", "Enter your email"): "Local news from
    your region, every weekday morning.", "Hi,"."""
    keys = page.keys
    for c in range(2, len(page)):
        if keys[c] not in _SIGNUP_KEYS:
            continue
        i = c - 1
        if page.verdicts[i] or not 1 <= page.shapes[i].words <= SIGNUP_PITCH_WORDS:
            continue
        if any(v.label is Label.CHROME for v in page.verdicts[i - 1]):
            page.add(i, Verdict(Label.CHROME, "chrome.signup_box", page.texts[i][:60], 0.8))


#: a paywall's cut, from the line's start (:data:`~newsclean.detectors.rules.patterns.PAYWALL_CUTS`)
PAYWALL_CUT = lazyrx.compile(r"^(?:" + "|".join(P.PAYWALL_CUTS) + r")", regex.I)
#: at most this many unclaimed lines of an offer between the cut and the box's next furniture line,
#: each of at most PAYWALL_OFFER_WORDS words (a story's paragraph is longer, and no furniture follows it)
PAYWALL_OFFER_LINES = 3
PAYWALL_OFFER_WORDS = 30
#: the box's lines may carry weaker chrome hints only (its container's class: "paywall"); its next
#: furniture line is a text rule's at least this strong, and so is the offer's verdict
PAYWALL_SCORE = 0.8


def detect_paywall_boxes(page: Page) -> None:
    """A paywall box's offer (``chrome.paywall_box``): the unclaimed short lines under a paywall's cut
    (a chrome line: "Il vous reste 61% de cet article à lire. La suite est réservée aux abonnés.")
    and over the box's next furniture line (its button, another pitch: "S'abonner pour 1 € le
    premier mois"): "Lecture en ligne sans limite, le journal en version numérique et nos
    newsletters." The visible article ends at the cut; inside the main content, the offer's prose
    would otherwise read as the story's last paragraph."""
    n = len(page)
    for c in range(n - 2):
        if not any(v.label is Label.CHROME and v.score >= PAYWALL_SCORE for v in page.verdicts[c]):
            continue
        if not PAYWALL_CUT.match(page.texts[c]):
            continue
        j = c + 1
        while (
            j < n
            and j - c <= PAYWALL_OFFER_LINES
            and not any(v.label is not Label.CHROME or v.score >= PAYWALL_SCORE for v in page.verdicts[j])
            and 1 <= page.shapes[j].words <= PAYWALL_OFFER_WORDS
        ):
            j += 1
        if j == c + 1 or j >= n or j - c > PAYWALL_OFFER_LINES:
            continue
        if any(v.label is Label.CHROME and v.score >= PAYWALL_SCORE for v in page.verdicts[j]):
            for i in range(c + 1, j):
                page.add(i, Verdict(Label.CHROME, "chrome.paywall_box", page.texts[i][:60], PAYWALL_SCORE))


#: a text bar chart's bar: three block characters in a row ("Haag ████████ 41,2 %", "LAB ■■■■■■ 11")
_BARS = ("███", "■■■", "▇▇▇", "▆▆▆", "▓▓▓", "▒▒▒", "░░░", "▬▬▬")
#: a bar chart has at least this many bars; its heading at most CHART_HEADING_WORDS words
CHART_BARS = 2
CHART_HEADING_WORDS = 4


def detect_bar_charts(page: Page) -> None:
    """A bar chart drawn in text (``chrome.bar_chart``): two or more lines in a row, each with a
    bar of block characters, and the chart's heading right above them ("ERGEBNIS OB-WAHL",
    "Council composition"): a widget's rendering, the figures are the story's elsewhere."""
    bars = sorted(page.containing(_BARS))
    k = 0
    while k < len(bars):
        run = [bars[k]]
        while k + len(run) < len(bars) and bars[k + len(run)] == run[-1] + 1:
            run.append(bars[k + len(run)])
        k += len(run)
        if len(run) < CHART_BARS:
            continue
        top = run[0] - 1
        shape = page.shapes[top] if top >= 0 else None
        if (
            shape is not None
            and not page.verdicts[top]
            and 1 <= shape.words <= CHART_HEADING_WORDS
            and not shape.terminal
        ):
            run.insert(0, top)
        for i in run:
            if not page.verdicts[i]:
                page.add(i, Verdict(Label.CHROME, "chrome.bar_chart", page.texts[i][:60], 0.8))


#: a reader's comment under its head (and over its Reply controls) has at most this many words;
#: its author's handle alone on the line above at most COMMENT_HANDLE_WORDS
COMMENT_BODY_WORDS = 80
COMMENT_HANDLE_WORDS = 5
#: a comment's author with its age: "Ольга Т., 2 ч назад", "Marta · 3 hours ago" (a byline rule's line)
_COMMENT_AGE = lazyrx.compile(
    r"\b(?:ago|назад|temu|önce|geleden|fa)\b|^il y a\b|\bvor\s\d|\bhace\s\d|\bhá\s\d|\d\s?(?:min|h|ч|std)\b",
    regex.I,
)


def detect_comment_bodies(page: Page) -> None:
    """A reader's comment set over its own Reply controls (``chrome.comment_body``): an
    unclaimed line right above a reply bar ("Il y a 3 h · Répondre", "Ответить · 14", "Antworten")
    whose head is above it: another comment's controls, the comments' counter ("Réagir (18)",
    "1 Kommentar"), its author with the comment's age ("Ольга Т., 2 ч назад"), or its author's
    handle alone ("JeanMarc_R", "Helga S. schrieb am 24.09.2026:"), which is the comment's too."""
    n = len(page)
    for r in range(2, n):
        if not _reply_below(page, r):
            continue
        i = r - 1
        if page.verdicts[i] or not 1 <= page.shapes[i].words <= COMMENT_BODY_WORDS:
            continue
        if _comment_head(page, i - 1):
            page.add(i, Verdict(Label.CHROME, "chrome.comment_body", page.texts[i][:60], 0.8))
            h = i - 2
            if (
                h >= 0
                and _comment_stamp(page, i - 1)
                and not page.verdicts[h]
                and page.shapes[h].words <= COMMENT_HANDLE_WORDS
                and not page.shapes[h].sentence_end
            ):
                # the author's handle over the comment's date ("Poul Andersen skriver:", "Marianna")
                page.add(h, Verdict(Label.CHROME, "chrome.comment_body", page.texts[h][:60], 0.8))
        elif (
            not page.verdicts[i - 1]
            and page.shapes[i - 1].words <= COMMENT_HANDLE_WORDS
            and not page.shapes[i - 1].sentence_end
            and i >= 2
            and _comment_head(page, i - 2)
        ):
            page.add(i - 1, Verdict(Label.CHROME, "chrome.comment_body", page.texts[i - 1][:60], 0.8))
            page.add(i, Verdict(Label.CHROME, "chrome.comment_body", page.texts[i][:60], 0.8))


def _reply_below(page: Page, r: int) -> bool:
    """Line ``r`` is a comment's Reply button or its reply bar (no mere counter: "♥ 4,906 likes"
    under an embedded post the article quotes)."""
    key = page.keys[r]
    return key in _REPLY_BUTTONS or (bool(page.verdicts[r]) and "chrome.reply_bar" in map(_RULE, page.verdicts[r]))


def _comment_head(page: Page, k: int) -> bool:
    """Line ``k`` ends what comes before a comment's text: controls, a counter, an author with an age."""
    if _reply_ui(page, k):
        return True
    vs = page.verdicts[k]
    if any(v.rule in ("chrome.counter", "chrome.comment_marker") for v in vs):
        return True
    return (
        any(v.label is Label.BYLINE for v in vs)
        and page.shapes[k].words <= COMMENT_HANDLE_WORDS + 2
        and (_COMMENT_AGE.search(page.texts[k]) is not None or _COMMENT_STAMP.search(page.texts[k]) is not None)
    )


#: a comment's date with its clock time, alone on its line: "3. december 2026 kl. 18.02",
#: "04.12.2026 13:02", "Nov 19, 2026 at 6:14 pm" (a date line the byline rules read)
_COMMENT_STAMP = lazyrx.compile(r"\d{4}\b.{0,12}?\b\d{1,2}[:.]\d{2}\b")


def _comment_stamp(page: Page, k: int) -> bool:
    """Line ``k`` is a comment's date with its clock time (no age: "2 hours ago" comes with a name)."""
    return (
        any(v.label is Label.BYLINE for v in page.verdicts[k])
        and page.shapes[k].words <= COMMENT_HANDLE_WORDS + 2
        and _COMMENT_STAMP.search(page.texts[k]) is not None
    )


def _handle_like(opening: str) -> bool:
    """The part before a comment's ":" or dash names a reader ("Lutz aus Pirna", "Antje_R").

    Not a clause ("Grund sind die Kosten: ...", two stopwords or more) nor a dateline in
    capitals ("HALLETT COVE — The federal government ...").
    """
    handle = _COMMENT_SEPARATOR.split(opening, 1)[0].strip()
    if handle.isupper() and len(handle.split()) >= 2 and not opening.rstrip().endswith(":"):
        return False
    return sum(1 for w in handle.lower().split() if w in STOPWORDS and w not in _HANDLE_LINKS) < 2


#: the credit line of an embedded social post: "A post shared by Name (@handle)" (the
#: Instagram embed's, per language), "@handle4,212 followers" (a profile card's); a post's
#: signature ("— Name (@handle) March 3, 2026") is the quoted post's, left alone
EMBED_SHARED_BY = lazyrx.compile(
    r"^(?:a post shared by|un post condiviso da|une publication partagée par|ein beitrag geteilt von|una publicación compartida por"
    r"|uma publicação (?:compartilhada|partilhada) por|een bericht gedeeld door|post udostępniony przez|публикация от)"
    r"\s.{1,60}\(@[\w.]{1,40}\)$",
    regex.I,
)
EMBED_PROFILE = lazyrx.compile(
    r"^@[\w.]{2,40}?\s?[\d.,]+\s?[kKmM]?\s(?:followers|abonnés|seguidores|follower|volgers)$"
)


def _embed_credit(text: str) -> str | None:
    """The credit line of an embedded post (``chrome.embed``), or None."""
    if "(@" in text:
        if EMBED_SHARED_BY.match(text):
            return text[:60]
    elif text.startswith("@") and EMBED_PROFILE.match(text):
        return text[:60]
    return None


#: a forum post's member field: "Joined: Jan 2019", "Posts: 4,118", "Beiträge: 302"
FORUM_FIELD = lazyrx.compile(
    r"^(?:joined|member since|posts|beiträge|dabei seit|registriert seit|mitglied seit|inscrit le|inscrit depuis|mensajes"
    r"|registrado|mensagens|messaggi|iscritto dal)\s*:\s*(?:[\d.,]+|\p{L}{3,9}\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})$",
    regex.I,
)
_FORUM_FIRSTS = frozenset(
    [
        "joined",
        "member",
        "posts",
        "beiträge",
        "dabei",
        "registriert",
        "mitglied",
        "inscrit",
        "mensajes",
        "registrado",
        "mensagens",
        "messaggi",
        "iscritto",
    ]
)

_COMMENT_SEPARATOR = lazyrx.compile(r"\s*(?::|—|–)\s")
#: words that join a reader's name and place: "Saima from Peshawar", "Lutz aus Pirna"
_HANDLE_LINKS = frozenset(["from", "aus", "von", "de", "da", "di", "van", "in", "en", "em", "du", "uit", "från", "fra"])


def opens_comments(page: Page, i: int) -> bool:
    """Readers' comments start right under line ``i`` (comment lines or their sort/reply controls)."""
    below = range(i + 1, min(len(page), i + 4))
    return _comments_follow(page, i) or any(
        _reply_ui(page, j) or any(v.rule == "chrome.comment_thread" for v in page.verdicts[j]) for j in below
    )


def _comments_follow(page: Page, i: int) -> bool:
    """At least two of the three lines after ``i`` read as "handle: text" comments.

    A line another rule claimed ("Foto: dpa", a caption "At the registry office: ...")
    is no comment.
    """
    below = range(i + 1, min(len(page), i + 4))
    return sum(1 for j in below if not page.verdicts[j] and COMMENT_LINE.match(page.texts[j])) >= 2


def detect_tag_lists(page: Page) -> None:
    """Short lines after a "Tags" heading are the tags themselves."""
    n = len(page)
    texts = page.texts
    for i in _tag_headings(page):
        text = texts[i]
        if page.shapes[i].words > 3 or not TAGS_HEADING.match(text):
            continue
        for j in range(i + 1, min(n, i + 30)):
            shape = page.shapes[j]
            if shape.words > 6 or shape.sentence_end or page.label_of(j) not in _TAG_LABELS:
                break
            page.add(j, Verdict(Label.CHROME, "chrome.tag_list", page.texts[j][:60], 0.75))


#: a contents box's heading (:data:`~newsclean.detectors.rules.patterns.CONTENTS_HEADINGS`), by its key
_CONTENTS_KEYS = frozenset(h for hs in P.CONTENTS_HEADINGS.values() for h in hs)
#: a contents box has at least / at most this many items; an item has at most this many words
CONTENTS_ITEMS = (2, 15)
CONTENTS_ITEM_WORDS = 12


def detect_contents(page: Page) -> None:
    """A contents box: a heading ("In this article", "Inhalt", "Sommaire", "Jump to:") over
    two or more short lines each of which the article repeats further down as its own
    subheading ("1. The ring of Wrenfield" ... "The ring of Wrenfield", "Verdict" ... "Our
    Verdict"): the items are page furniture (``chrome.contents``); the subheadings stay."""
    keys = page.keys
    heads = [i for i, key in enumerate(keys) if key in _CONTENTS_KEYS and page.shapes[i].words <= 6]
    n = len(page)
    for i in heads[:MAX_CONTENTS_BOXES]:
        # the keys under the heading, how often each (the article's subheadings are short lines: they have one)
        below = Counter(k for k in keys[i + 1 :] if k)
        items: list[int] = []
        for j in range(i + 1, min(n, i + 1 + CONTENTS_ITEMS[1])):
            shape = page.shapes[j]
            if shape.words == 0 or shape.words > CONTENTS_ITEM_WORDS or shape.prose:
                break
            if page.label_of(j) not in _CONTENTS_LABELS or not _repeated(keys[j], below):
                break
            items.append(j)
        if len(items) >= CONTENTS_ITEMS[0]:
            for j in items:
                page.add(j, Verdict(Label.CHROME, "chrome.contents", page.texts[j][:60], 0.8))


#: a contents item is unclaimed or read as a menu's word already
_CONTENTS_LABELS = frozenset({None, Label.CHROME})
#: the contents boxes read on one page (a dump of many pages repeats its heading)
MAX_CONTENTS_BOXES = 3
#: a subheading may say a few more characters than its contents item ("Our Verdict")
CONTENTS_ITEM_SLACK = 12


def _repeated(key: str, below: Counter[str]) -> bool:
    """The contents item ``key`` is a whole line again further down (its number dropped: "1. the
    ring" ... "the ring"), or ends one ("verdict" ... "our verdict")."""
    item = _unnumbered(key)
    if not item:
        return False
    if below[item] > (item == key):  # (the item's own line is among the keys counted)
        return True
    tail = " " + item
    return any(k.endswith(tail) and len(k) <= len(item) + CONTENTS_ITEM_SLACK for k in below)


def _unnumbered(key: str) -> str:
    """A contents item's key without its number: "1. the ring of wrenfield" -> "the ring of wrenfield"."""
    head, _, rest = key.partition(" ")
    return rest if rest and head.rstrip(".)").isdigit() else key


#: the first words (``Page.firsts``) of the lines TAGS_HEADING can match
_TAG_FIRSTS = frozenset(
    [
        "tags",
        "topics",
        "related",
        "keywords",
        "schlagworte",
        "themen",
        "schlagwörter",
        "etiquetas",
        "temas",
        "mots-clés",
        "sujets",
        "tag",
        "argomenti",
        "onderwerpen",
        "filed",
        "tagi",
        "теги",
        "etiketler",
        "taggar",
        # a wire story's "Companies" box: the tickers it names ("Havtrans ASA", "Nordskip Holding")
        "companies",
    ]
)


def _tag_headings(page: Page) -> list[int]:
    """The lines that can be a tags heading: TAGS_HEADING's words open them.

    The pattern matches case-insensitively a whole line made of one of its
    headings (then a ":"); such a line's first word, lower-cased and trimmed
    of punctuation, is the heading's first word (:data:`_TAG_FIRSTS`): exact on a
    ``plain_line`` (every other line is read).
    """
    found = list(compress(range(len(page)), map(_TAG_FIRSTS.__contains__, page.firsts)))
    return sorted(page.unplain.union(found)) if page.unplain else found


_PITCHES = [p for ps in P.PITCH_PATTERNS.values() for p in ps]
#: the pitches read from the line's start are tried there only (``match``): searched at every
#: position with the rest, they took most of detect_pitches' time (1.5 s -> 0.6 s under cProfile
#: on the throughput benchmark's input)
PITCH_START = lazyrx.compile(factored([p for p in _PITCHES if p.startswith("^")]))
PITCH = lazyrx.compile(factored([p for p in _PITCHES if not p.startswith("^")]))
#: (a cue that holds another cue finds no line that one misses: left out, one scan of the page less each)
_PITCH_CUES = tuple(
    cue for cue in dict.fromkeys(P.PITCH_CUES) if not any(other != cue and other in cue for other in P.PITCH_CUES)
)
_PRICE_CUES = tuple(P.PITCH_PRICE_CUES)
_PRICE_SIGNS = ("$", "£", "€")
#: a pitch is at most this long (a paragraph that mentions a newsletter is the story's)
PITCH_WORDS = 60
#: ... and a line of one "word" (Japanese, Chinese: no spaces) at least this many characters
CJK_PITCH_CHARS = 15


def detect_pitches(page: Page) -> None:
    """The site addressing its reader: "Get our morning briefing in your inbox", disclaimers.

    These are often whole sentences between the last paragraphs, so the verdict is
    sure enough (0.8) to hold inside the article span.
    """
    # the lines with a cue, or with a price sign and a price cue: one scan of the page per
    # cue (:meth:`Page.containing`) instead of every cue tested on every line
    lows, shapes = page.lows, page.shapes
    cued = page.containing(_PITCH_CUES)
    cued.update(i for i in page.containing(_PRICE_SIGNS) if any(map(lows[i].__contains__, _PRICE_CUES)))
    # the pattern's answer for a text read before (a repeated line, the second pass over the
    # kept lines: Page.memo) is taken again; it reads the lower-cased text only, the key
    matched: dict[str, str | None] = page.memo("chrome.pitch")
    for i in sorted(cued):
        shape = shapes[i]
        if shape.words > PITCH_WORDS or (shape.words < 3 and not (shape.words == 1 and shape.chars >= CJK_PITCH_CHARS)):
            continue  # (a Japanese or Chinese sentence is one "word": no spaces)
        low = lows[i]
        if low in matched:
            found = matched[low]
        else:
            m = PITCH_START.match(low) or PITCH.search(low)
            found = matched[low] = m.group(0)[:60] if m else None
        if found is not None:
            page.add(i, Verdict(Label.CHROME, "chrome.pitch", found, 0.8))


#: a pictograph ("💬", "👍", "❤️", "⏩"); © and ® are credits or copyright, read elsewhere
_PICTOGRAPH = lazyrx.compile(r"[^\P{Extended_Pictographic}©®]")
_LONG_WORD = lazyrx.compile(r"\p{L}{3,}")
#: a reactions or player bar has at most this many words ...
REACTION_WORDS = 10
#: ... and at most this many words of three letters or more ("Teilen", "Réagir")
REACTION_TEXT_WORDS = 2


def detect_reactions(page: Page) -> None:
    """Counters behind pictographs: "👍 2.418   💬 311   📤 Teilen", "💬 214", "1x ⏪ 15 30 ⏩".

    A figure and a pictograph with next to no words: reaction, comment and share
    counters or a player's controls (``chrome.reactions``). A line without an ASCII
    digit or with more words is never read further.
    """
    for i, shape in enumerate(page.shapes):
        if shape.digit_ratio == 0 or shape.words > REACTION_WORDS:
            continue
        text = page.texts[i]
        if text.isascii() or not _PICTOGRAPH.search(text):
            continue
        if len(_LONG_WORD.findall(text)) <= REACTION_TEXT_WORDS:
            page.add(i, Verdict(Label.CHROME, "chrome.reactions", text[:60], 0.85))


#: a button's bare count alone on its line: "214", "1.204", "2,418", "1.2k"
SHARE_COUNT = lazyrx.compile(r"^(?:\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})*|\d{1,3}(?:[.,]\d)?\s?[kK])$")
_SHARE_COUNT_BUTTONS = frozenset(word for words in P.SHARE_COUNT_BUTTONS.values() for word in words)


def detect_share_counts(page: Page) -> None:
    """A bare count right under a share or comments button ("Teilen" / "87" / "Twittern", "Share" /
    "312"): the button's counter, which flattening put on a line of its own (``chrome.share_count``:
    :data:`~newsclean.detectors.rules.patterns.SHARE_COUNT_BUTTONS`). A number under any other line
    is a table's cell or a list's number, not read."""
    texts, verdicts = page.texts, page.verdicts
    for i in range(1, len(page)):
        text = texts[i]
        if verdicts[i] or len(text) > 9 or not text[:1].isdigit() or not SHARE_COUNT.match(text.strip()):
            continue
        if verdicts[i - 1] and norm_key(texts[i - 1]) in _SHARE_COUNT_BUTTONS:
            page.add(i, Verdict(Label.CHROME, "chrome.share_count", text.strip(), 0.85))


_MEDIA_LABELS = frozenset(P.MEDIA_LABELS)


def detect_media_labels(page: Page) -> None:
    """A clip's kind alone on its line ("Vídeo", "Audio") right over a caption (the clip's title with
    its length): the player's label (``chrome.media_label``:
    :data:`~newsclean.detectors.rules.patterns.MEDIA_LABELS`), no subheading of the story."""
    texts, verdicts = page.texts, page.verdicts
    for i in range(len(page) - 1):
        if verdicts[i] or len(texts[i]) > 8 or norm_key(texts[i]) not in _MEDIA_LABELS:
            continue
        if any(v.label is Label.CAPTION for v in verdicts[i + 1]):
            page.add(i, Verdict(Label.CHROME, "chrome.media_label", texts[i].strip(), 0.85))


#: the button under a readers' poll, alone on its line
VOTE_BUTTON = lazyrx.compile(
    r"^(?:vote|vote now|cast your vote|submit vote|abstimmen|jetzt abstimmen|votar|vote agora|vota|votez|voter|stem|stemmen|rösta|stem nu)\s*[!›»→]?$",
    regex.I,
)
#: a poll's heading alone on its line, above the question
POLL_HEADING = lazyrx.compile(
    r"^(?:poll|reader poll|quick poll|umfrage|leserumfrage|encuesta|sondage|sondaggio|sondagem|enquete|avstemning|omröstning|afstemning|peiling)\s*:?$",
    regex.I,
)
#: a poll has at most this many answers, of at most this many words each
POLL_ANSWERS = 8
POLL_ANSWER_WORDS = 6
#: the question: a line ending in "?" of at most this many words
POLL_QUESTION_WORDS = 20


def detect_polls(page: Page) -> None:
    """A readers' poll (``chrome.poll``): a question, two to eight short answers, a vote button.

    Read upwards from a line that is only "Vote", "Abstimmen", "Votar", "Stem" ...: short
    answer lines ("Yes", "Ja, täglich", "Kaveri Queens"), then the question (a line ending
    in "?", "POLL: Should ...?") and a heading alone above it ("Umfrage"). Without the
    question the block is left alone: a "Submit" under a comment form asks nothing.
    """
    texts, shapes = page.texts, page.shapes
    for i in sorted(page.containing(("vot", "abstimm", "stem", "rösta"))):
        if shapes[i].words > 3 or not VOTE_BUTTON.match(texts[i]):
            continue
        j = i - 1
        while j >= 0 and i - j <= POLL_ANSWERS and _poll_answer(page, j):
            j -= 1
        answers = i - 1 - j
        if answers < 2 or j < 0 or not texts[j].rstrip().endswith("?") or shapes[j].words > POLL_QUESTION_WORDS:
            continue
        if j > 0 and POLL_HEADING.match(texts[j - 1]):
            j -= 1
        for k in range(j, i + 1):
            page.add(k, Verdict(Label.CHROME, "chrome.poll", texts[k][:60], 0.85))


def _poll_answer(page: Page, j: int) -> bool:
    shape = page.shapes[j]
    text = page.texts[j].rstrip()
    return 1 <= shape.words <= POLL_ANSWER_WORDS and not text.endswith(("?", ".", ":")) and not shape.prose


LONE_DURATION = lazyrx.compile(P.LONE_DURATION)


def detect_lone_durations(page: Page) -> None:
    """A length in minutes alone on a line, the only one on the page (``chrome.lone_duration``):
    a reading time or a clip's length set apart from the byline ("3 min", "22 Min."). Several
    are a live blog's match minutes ("80 min", "78 min") or a recipe's times: left alone."""
    found = [
        i
        for i, (first, shape) in enumerate(zip(page.firsts, page.shapes))
        if shape.words <= 2 and first.isdigit() and LONE_DURATION.match(page.texts[i])
    ]
    if len(found) == 1 and not page.verdicts[found[0]]:
        i = found[0]
        page.add(i, verdict(Label.CHROME, Hit("chrome.lone_duration", page.texts[i]), 0.8))


#: the heading of a live blog's list of its key entries
KEY_MOMENTS_HEADINGS = frozenset(
    norm_key(w)
    for w in (
        "key events",
        "key moments",
        "key updates",
        "zu den wichtigsten ereignissen",
        "die wichtigsten ereignisse",
        "wichtigste ereignisse",
        "moments clés",
        "les moments clés",
        "momentos clave",
        "momentos-chave",
        "momenti chiave",
        "belangrijkste momenten",
    )
)
_KEY_MOMENTS_FIRSTS = frozenset(key.split()[0] for key in KEY_MOMENTS_HEADINGS)
#: an entry of that list: its time stamp, then its title (glued or not): "23m ago Greens take ...",
#: "1H agoJudge reads verdict", "14:20 Uhr Stadt richtet ...", "16h21 Lenoir attaque ..."
KEY_MOMENT = lazyrx.compile(
    r"^(?:\d{1,3}\s?(?:m|h|min|mins|hr|hrs)\s?ago|\d{1,2}[:.h]\d{2}(?:\s?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?)\s?"
    # (an opening quote before the title: "1h ago 'Leave now,' police tell ...")
    "['\"‘“„«(]?"
    r"\p{L}",
    regex.I,
)
#: the list has at most this many entries, of at most this many words each
KEY_MOMENTS = 12
KEY_MOMENT_WORDS = 25


def detect_key_moments(page: Page) -> None:
    """A live blog's key entries listed under their heading (``chrome.key_moments``): links to the
    entries below, each a time stamp and the entry's title. Two such lines at least, right under
    a heading of :data:`KEY_MOMENTS_HEADINGS`; the heading goes with them."""
    texts, shapes, keys = page.texts, page.shapes, page.keys
    n = len(page)
    heads = compress(range(n), map(_KEY_MOMENTS_FIRSTS.__contains__, page.firsts))
    for i in [i for i in heads if keys[i] in KEY_MOMENTS_HEADINGS]:
        j = i + 1
        while j < n and j - i <= KEY_MOMENTS and shapes[j].words <= KEY_MOMENT_WORDS and KEY_MOMENT.match(texts[j]):
            j += 1
        if j - i - 1 >= 2:
            for k in range(i, j):
                page.add(k, Verdict(Label.CHROME, "chrome.key_moments", texts[k][:60], 0.85))
