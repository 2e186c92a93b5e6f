"""Page furniture: navigation, breadcrumbs, share buttons, UI icon names, tags,
cookie and newsletter prompts, comment counters, footers, copyright.

``chrome.ui_word``     a line that is only a menu/share/UI word ("Share", "Menu", "Tags").
``chrome.prefix``      a line opening with a furniture phrase ("Follow us on", "© 2025").
``chrome.icon_name``   an icon's name leaked into the text ("info_icon", "arrow_forward").
``chrome.nav_strip``   "Home | News | Sport | Business": several short capitalised items.
``chrome.breadcrumb``  "News > World > Asia".
``chrome.consent``     cookie / consent prose.
``chrome.copyright``   "© 2025 ... All rights reserved".
``chrome.counter``     "Comments (23)", "1.2K shares", "3 of 24".
``chrome.weather``     "Tuesday | 12°C London".
``chrome.comment_marker`` the start of the readers' comments (used by the decision stage).
``chrome.tag_list``    (context) the short lines under a "Tags"/"Topics" heading.
"""

from __future__ import annotations

import regex

from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, PhraseSet, norm_key, verdict
from newsclean.types import Label, Verdict

UI_WORD = PhraseSet("chrome.ui_word", P.CHROME_LINES)
PREFIX = PatternSet("chrome.prefix", P.CHROME_PREFIXES, prefixes=True)
ICON = regex.compile(r"^(?:[a-z]+(?:_[a-z0-9]+)+|(?:icon|ico|svg|fa|glyphicon|material-icons)[-_][\w-]+|[a-z]+-icon|icon)$")
BREADCRUMB = regex.compile(r"^[^>›»/]{1,40}(?:\s+[>›»/]\s+[^>›»/]{1,60}){1,8}$")
COPYRIGHT = regex.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}|\p{L})|all rights reserved|alle rechte vorbehalten|todos los derechos reservados|tous droits réservés|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|alle rechten voorbehouden", regex.I)
COUNTER = regex.compile(r"^(?:(?:comments?|kommentare?|comentarios?|commentaires?|comentários?|commenti|reacties|shares?|likes?|views?|reactions?)\s*[(:]?\s*[\d.,]+[kKmM]?\s*\)?|[\d.,]+[kKmM]?\s+(?:comments?|kommentare?|comentarios?|commentaires?|comentários?|commenti|reacties|shares?|likes?|views?|reads?|reactions?|responses?))$", regex.I)
GALLERY = regex.compile(r"^\d{1,3}\s*(?:/|of|von|de|sur|di|van)\s*\d{1,3}$", regex.I)
WEATHER = regex.compile(r"-?\d{1,2}\s*°\s*[CF]?\b")
COMMENT_MARKER = regex.compile(
    r"^(?:\d+\s+)?(?:comments?|reader comments|readers' comments|join the discussion|join the conversation|leave a (?:comment|reply)|add a comment|show comments|view comments|kommentare|leserkommentare|comentarios|comentários|commentaires|réactions|commenti|reacties|discussion)\b.{0,30}$",
    regex.I,
)
TAGS_HEADING = regex.compile(r"^(?:tags|topics|related topics|keywords|schlagworte|themen|schlagwörter|etiquetas|temas|mots-clés|sujets|tag|argomenti|onderwerpen|filed under)\s*:?$", regex.I)
_CONSENT = regex.compile("|".join(regex.escape(w) for w in P.CONSENT_WORDS), regex.I)
_CONSENT_CONTEXT = regex.compile(r"\b(?:accept|consent|privacy|partners|browsing|browser|website|site|personali[sz]|advertising|settings|preferences|analytics|akzeptier|zustimm|datenschutz|aceptar|navegación|accepter|navigation|aceitar|navegação|accetta|navigazione|accepteren|instellingen)", regex.I)
_NAV_VOCAB = {norm_key(w) for words in P.CHROME_LINES.values() for w in words}


def detect(page: Page, langs: frozenset[str]) -> None:
    for i, text in enumerate(page.texts):
        shape = page.shapes[i]
        if shape.words <= 12:
            hit = UI_WORD.match(text, langs)
            if hit:
                page.add(i, verdict(Label.CHROME, hit, 0.7))
                continue
            if ICON.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.icon_name", text), 0.95))
                continue
            if COUNTER.match(text) or GALLERY.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.counter", text), 0.85))
                continue
            if COMMENT_MARKER.match(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.comment_marker", text), 0.8))
                continue
            if not shape.sentence_end and WEATHER.search(text) and shape.words <= 10:
                page.add(i, verdict(Label.CHROME, Hit("chrome.weather", text), 0.8))
                continue
        if shape.words <= 40:
            hit = PREFIX.match(text, langs)
            if hit:
                page.add(i, verdict(Label.CHROME, hit, 0.8))
                continue
            m = COPYRIGHT.search(text)
            if m and shape.words <= 30:
                page.add(i, verdict(Label.CHROME, Hit("chrome.copyright", m.group(0)), 0.85))
                continue
            if _nav_strip(text, shape.sentence_end):
                page.add(i, verdict(Label.CHROME, Hit("chrome.nav_strip", text[:80]), 0.8))
                continue
            if BREADCRUMB.match(text) and not shape.sentence_end:
                page.add(i, verdict(Label.CHROME, Hit("chrome.breadcrumb", text[:80]), 0.8))
                continue
            if shape.words >= 3 and _nav_words(text):
                page.add(i, verdict(Label.CHROME, Hit("chrome.nav_words", text[:80]), 0.75))
                continue
        if shape.words <= 150 and (m := _CONSENT.search(text)) and _CONSENT_CONTEXT.search(text):
            page.add(i, verdict(Label.CHROME, Hit("chrome.consent", m.group(0)), 0.85))


def _nav_strip(text: str, sentence_end: bool) -> bool:
    """Three or more short items split by | • · ›, mostly capitalised, few digits."""
    if sentence_end:
        return False
    for sep in ("|", "•", "·", "›", "»", "/"):
        if text.count(sep) >= 2:
            parts = [p.strip() for p in text.split(sep)]
            parts = [p for p in parts if p]
            if len(parts) < 3:
                continue
            if all(len(p.split()) <= 3 and (p[0].isupper() or norm_key(p) in _NAV_VOCAB) for p in parts):
                digits = sum(c.isdigit() for c in text)
                if digits <= len(parts):
                    return True
    return False


def _nav_words(text: str) -> bool:
    """A flattened menu: "Home World Business Markets Sport" — mostly menu vocabulary."""
    words = text.split()
    if not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
        return False
    known = sum(1 for w in words if norm_key(w) in _NAV_VOCAB)
    return known / len(words) >= 0.6


def detect_tag_lists(page: Page) -> None:
    """Short lines after a "Tags" heading are the tags themselves."""
    n = len(page)
    for i, text in enumerate(page.texts):
        if not TAGS_HEADING.match(text):
            continue
        for j in range(i + 1, min(n, i + 30)):
            shape = page.shapes[j]
            if shape.words > 6 or shape.sentence_end or page.label_of(j) not in (None, Label.CHROME):
                break
            page.add(j, Verdict(Label.CHROME, "chrome.tag_list", page.texts[j][:60], 0.75))
