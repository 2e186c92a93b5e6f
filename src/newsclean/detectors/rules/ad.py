"""Advertising and its markers: "Advertisement", "Anzeige", sponsored teasers.

Only short lines are considered: prose that *mentions* an advertisement
("The advertisement ran for three weeks ...") never matches, because the
markers must fill the whole line or open a short teaser line.
"""

from __future__ import annotations

from heapq import heapify, heappop, heappush
from itertools import compress

import regex

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, PhraseSet, factored, verdict
from newsclean.detectors.rules.dom import CLASS_WORDS
from newsclean.segments.normalize import norm_key
from newsclean.types import Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_AD = Label.AD

MARKER = PhraseSet("ad.marker", P.AD_LINES)
SPONSORED_PREFIX = PatternSet("ad.sponsored_prefix", P.AD_PREFIXES, prefixes=True)
_MARKER_KEYS = MARKER.keys()

#: a shop's price or offer button in an affiliate box (:data:`~newsclean.detectors.rules.patterns.AD_PRICE_LINES`)
PRICE_LINE = lazyrx.compile("|".join(f"(?:{p})" for p in P.AD_PRICE_LINES), regex.I)
#: ... found only on short lines with a figure or one of these opening words
MAX_PRICE_WORDS = 16
_PRICE_FIRSTS = frozenset(
    ["see", "check", "view", "compare", "shop", "zum", "ver", "voir", "vedi", "bekijk", "today's"]
)

#: a marker and a slot's number: "Advertisement 2" (tried on a key that ends in a digit: the
#: pattern must end in ``\d``, for which ``str.isdigit`` holds; ``tests/detectors/rules/test_ad.py``)
NUMBERED_MARKER = lazyrx.compile(r"^(\D+?)\s*\d{1,2}$")
#: after a sponsor's cue, the sponsor's name alone, a full stop at most: "In partnership with Van der
#: Merwe Attorneys Inc." (no sentence: "In partnership with the council, the school ...")
SPONSOR_NAME = lazyrx.compile(
    r"\s+(?:(?:\p{Lu}[\p{L}&'’.-]*|van|der|de|den|von|du|la|le|of|and|&)\s+){0,6}\p{Lu}[\p{L}&'’-]*\.?$"
)
#: a sponsored teaser is a short line; longer ones are prose about sponsorship
MAX_TEASER_WORDS = 30
#: a native ad's card flattened to one line, its tag at the end ("... que arrasan en España
#: Patrocinado", "... | Sponsored"): the tag capitalised, after a title of at least this many words
#: that ends in no full stop ("The gala was sponsored." is the story's)
_SPONSORED_TAILS = frozenset(w for ws in P.AD_SPONSORED_TAILS.values() for w in ws)
SPONSORED_TAIL_TITLE_WORDS = 3
#: what may stand between the title and its tag
_TAIL_SEPARATORS = " |·•-–—"


def detect(page: Page, langs: frozenset[str]) -> None:
    # the sets' own first tests, made before the call: a line with no marker key and no
    # opening first word is not handed to them (they would say None at once)
    keys, firsts, openers = page.keys, page.firsts, SPONSORED_PREFIX.openers()
    for i, shape in enumerate(page.shapes):
        if shape.words > MAX_TEASER_WORDS:
            continue
        hit = MARKER.match(page, i, langs) if keys[i] in _MARKER_KEYS else None
        if hit is None and shape.words <= 3 and keys[i][-1:].isdigit() and (m := NUMBERED_MARKER.match(keys[i])):
            # a numbered slot: "Advertisement 2", "Anzeige 3"
            lang = MARKER.lang_of(m.group(1), langs)
            hit = Hit(f"ad.marker[{lang}]", page.texts[i]) if lang else None
        if hit:
            page.add(i, verdict(Label.AD, hit, 0.98))
            continue
        if (
            shape.words <= MAX_PRICE_WORDS
            and (shape.digit_ratio > 0 or firsts[i] in _PRICE_FIRSTS)
            and (m := PRICE_LINE.match(page.texts[i]))
        ):
            page.add(i, verdict(Label.AD, Hit("ad.price_line", m.group(0)), 0.8))
            continue
        hit = SPONSORED_PREFIX.match(page, i, langs) if openers is None or firsts[i] in openers else None
        if hit and shape.prose and shape.words >= 8 and not SPONSOR_NAME.match(page.texts[i], len(hit.match)):
            hit = None  # "In partnership with the council, the school ..." is a sentence
        if hit:
            page.add(i, verdict(Label.AD, hit, 0.85))
        elif shape.words > SPONSORED_TAIL_TITLE_WORDS and (tail := _sponsored_tail(page.texts[i])):
            page.add(i, verdict(Label.AD, Hit("ad.sponsored_tail", tail), 0.8))


def _sponsored_tail(text: str) -> str | None:
    """The tag closing a native ad's one-line card ("Patrocinado", "Sponsored"), or None."""
    head, _, last = text.rstrip().rpartition(" ")
    if not last[:1].isupper() or last.lower() not in _SPONSORED_TAILS:
        return None
    head = head.rstrip(_TAIL_SEPARATORS)
    if not head or head[-1] in ".!:;,":
        return None
    return last


_FOOTER_LINKS = frozenset(P.FOOTER_LINKS)


#: a bare marker that is a footer's link has at most this many words
FOOTER_LINK_WORDS = 2


def detect_footer_links(page: Page) -> None:
    """A bare advertising word ("Werbung", "Publicidad", "Pubblicità") with a footer's link right
    above it ("Kontakt", "Mentions légales", "Privacy") is one more link of the footer's list, the
    site's "advertise with us" (``ad.footer_link``, chrome, surer than the marker's reading): an
    ad's slot sits over the footer, under the last story. Not English's "Advertisement" (an ad's
    slot; the footer's link is "Advertise")."""
    keys = page.keys
    for i in compress(range(len(page)), map(_FOOTER_LINKS.__contains__, keys)):
        k = i + 1
        if (
            k < len(page)
            and page.shapes[k].words <= FOOTER_LINK_WORDS
            and keys[k] not in ("advertisement", "advertisements")
            and any(v.label is _AD and v.rule.startswith("ad.marker") for v in page.verdicts[k])
        ):
            page.add(k, Verdict(Label.CHROME, "ad.footer_link", page.texts[k][:40], 0.99))


#: lines of a sponsored card under its marker ("Sponsored listing" / address / agent)
MAX_CARD_LINES = 3
#: a card's line of at most this many words over a paragraph is the story's next subheading
SUBHEADING_WORDS = 5


def detect_cards(page: Page) -> None:
    """The short, unclaimed lines glued (no blank line) under a sponsored marker."""
    if not page.has_blank_lines:
        return
    n = len(page)
    # the lines with verdicts when the loop starts; a card line added below has no sponsored
    # verdict of its own, so it is no card header whether visited or not
    for i in compress(range(n), list(map(bool, page.verdicts))):
        if not any(
            v.label is _AD
            and v.rule.startswith(("ad.sponsored_prefix", "ad.marker"))
            and norm_key(page.texts[i]) not in _PLAIN_MARKERS
            for v in page.verdicts[i]
        ):
            continue
        for j in range(i + 1, min(n, i + 1 + MAX_CARD_LINES)):
            if page.segments[j].blank_before or page.verdicts[j] or page.shapes[j].prose:
                break
            if page.texts[j].rstrip().endswith(":") and page.shapes[j].words >= 3:
                break  # "How the main indexes closed on Friday:": the story announces its table
            if (
                page.shapes[j].words <= SUBHEADING_WORDS
                and j + 1 < n
                and not page.segments[j + 1].blank_before
                and (
                    page.shapes[j + 1].prose
                    or "|" in page.texts[j + 1]
                    # "What happens next" over "For the move to be registered, the clubs must:"
                    or (
                        _SUBHEADING_OPENING.match(page.texts[j])
                        and page.texts[j + 1].rstrip().endswith(":")
                        and page.shapes[j + 1].words >= 3
                    )
                )
            ):
                break  # a short subheading over the story's next paragraph or table: the card ended above
            page.add(j, Verdict(Label.AD, "ad.sponsored_card", page.texts[j][:60], 0.7))


#: the sponsored block's copy under its header: at least / at most this many words
SPONSORED_COPY_WORDS = (4, 40)
#: a sponsor's header line ("Promoted by Greenbank Outdoor", "Em parceria com ...") has at most this many words
SPONSOR_HEADER_WORDS = 8


def _sponsor_header(page: Page, i: int) -> bool:
    """Line ``i`` heads a sponsored block: a marker that is no bare ad slot ("Sponsored",
    "Partner content", "Contenu partenaire", "Partner-Empfehlung"), a sponsor's name alone
    ("Promoted by ...", "Paid partnership with ..."), or a note naming a sponsor whom the
    next line names too ("Presented with The Quayside Grand" / "At The Quayside Grand, ...")."""
    for v in page.verdicts[i]:
        if v.label is not _AD:
            continue
        if v.rule.startswith("ad.marker"):
            if norm_key(page.texts[i]) in _SPONSORED_HEADERS:
                return True
        elif v.rule.startswith("ad.sponsored_prefix"):
            text = page.texts[i]
            if (
                page.shapes[i].words <= SPONSOR_HEADER_WORDS
                and len(v.match) < len(text.strip())  # a sponsor named after the prefix
                and ":" not in text
                and "|" not in text
                and not page.lows[i].startswith(P.AD_CLOSING_PREFIXES)
            ):
                return True
        elif v.rule == "ad.sponsor_note":
            # the line below names a word of the sponsor's name: "Quayside" of "The Quayside Grand",
            # "Edilbrenta" of "Edilbrenta Costruzioni"
            name = _SPONSOR_NAME.search(page.texts[i])
            below = page.texts[i + 1]
            if name is not None and any(len(w) >= 4 and w in below for w in name.group(0).rstrip(".").split()):
                return True
    return False


_SPONSORED_HEADERS = frozenset(h for hs in P.AD_SPONSORED_HEADERS.values() for h in hs)
#: the sponsor's name closing a note: "... with The Quayside Grand", "... con Edilbrenta Costruzioni."
_SPONSOR_NAME = lazyrx.compile(r"(?<=\s)\p{Lu}[\p{L}&'’-]{2,}(?:\s+[\p{Lu}&][\p{L}&'’-]*){0,3}\.?$")


#: rules that claim a native ad's title or copy: a sponsor's line under one closes that card
_CARD_COPY_RULES = ("ad.sponsored_copy", "ad.sponsored_card", "ad.native_title")


def detect_glued_copy(page: Page) -> None:
    """The advert's copy glued right under a sponsored block's header (``ad.sponsored_copy``):
    one unclaimed line of a sentence or two ("Sleep better this winter: the Drowsewell ...
    mattress is now £399 ..."); the line under it is the story's again (a native ad's title
    alone is as common as a title over its copy). A bare ad slot's
    marker ("Advertisement", "Anzeige") is left alone: the story's next paragraph follows it;
    so is a line set apart from the header by a blank line (the story resuming)."""
    n = len(page)
    blanks = page.has_blank_lines
    for i in compress(range(n - 1), list(map(bool, page.verdicts))):
        j = i + 1
        if page.verdicts[j] or (blanks and page.segments[j].blank_before):
            continue
        words = page.shapes[j].words
        if not (SPONSORED_COPY_WORDS[0] <= words <= SPONSORED_COPY_WORDS[1]):
            continue
        if (
            i
            and any(v.rule in _CARD_COPY_RULES for v in page.verdicts[i - 1])
            and not any(v.rule.startswith("ad.marker") for v in page.verdicts[i])
        ):
            # a sponsor's line closes a card whose copy is above it ("Sponsored content" / its title /
            # "Presented by Hollis Heating"): the line under it is the story's again (a marker there
            # opens the next card of a row: "Contenido patrocinado" / title / "Contenido patrocinado")
            continue
        if not _sponsor_header(page, i) and not (
            page.texts[i].strip().lower() in _PLAIN_MARKERS and _CALL_TO_ACTION.search(page.texts[j])
        ):
            continue
        page.add(j, Verdict(Label.AD, "ad.sponsored_copy", page.texts[j][:60], 0.75))


#: the advertiser's line that closes a native ad's card, glued under its copy: "From Lanternwool",
#: "By Hearthline Mortgage", "Download now from Halstrom Analytics" (a capitalised name after the cue)
CARD_SPONSOR = lazyrx.compile(
    r"^(?:from|by|download (?:it )?(?:now |free )?from|learn more (?:at|from)|shop (?:now )?at)\s\p{Lu}[^.!?:|]{1,40}$",
    regex.I,
)
#: ... of at most this many words
CARD_SPONSOR_WORDS = 6
_CARD_RULES = ("ad.sponsored_copy", "ad.sponsored_card")


def detect_card_sponsors(page: Page) -> None:
    """The advertiser's name glued under a native ad's copy (``ad.card_sponsor``): "From
    Lanternwool", "By Hearthline Mortgage" (read as a byline alone: the card's, no author of the
    story), "Download now from Halstrom Analytics"; a short line, no sentence's end."""
    n = len(page)
    blanks = page.has_blank_lines
    for i in compress(range(n - 1), list(map(bool, page.verdicts))):
        if not any(v.rule in _CARD_RULES for v in page.verdicts[i]):
            continue
        k = i + 1
        if (blanks and page.segments[k].blank_before) or page.shapes[k].words > CARD_SPONSOR_WORDS:
            continue
        if any(not v.rule.startswith("byline.by_name") for v in page.verdicts[k]):
            continue
        if CARD_SPONSOR.match(page.texts[k].strip()):
            page.add(k, Verdict(Label.AD, "ad.card_sponsor", page.texts[k][:60], 0.95))


#: the advert's copy under a bare marker ends in a call to action, its own last sentence: "...
#: Jetzt Probefahrt vereinbaren!", "... Contactez Immeubles Gagnon." ("Jetzt" and "Hier" open a
#: story's sentence too: only with an exclamation mark)
_CALL_TO_ACTION = lazyrx.compile(
    r"[.!–·-]\s+(?:(?:Jetzt|Hier)\s[^.!?]{1,60}!"
    r"|(?:Contactez|Découvrez|Profitez|Cotiza|Descubre|Llama|Saiba|Ligue|Aproveite)\s[^.!?]{1,60}[.!]?"
    # French orders in the imperative and the offer's terms: "... Réservez votre essai.", "Voir conditions en magasin."
    r"|(?:Réservez|Demandez|Commandez|Appelez|Essayez|Voir (?:les )?conditions)\s[^.!?]{1,60}[.!]?"
    # a short order in the infinitive: "... ab 299 Franken. Termin online buchen!"
    r"|(?:\p{L}+\s){1,4}\p{Ll}{2,}en!"
    # the shop's street and number or its phone: "... dal 1962. Via Roma 14, Roccaverde.", "· Rua Direita, 22 · Tel. 259 000 318"
    r"|(?:Via|Viale|Piazza|Corso|Rua|Avenida|Calle|Rue|Avenue)\s(?:\p{L}+\s){0,3}\p{Lu}[\p{L}'’]+,?\s\d{1,4}[^.!?]{0,40}\.?"
    r"|Tel\.?\s?\+?\d[\d /.-]{5,16}\d)$"
)
#: bare markers ("Advertisement") stand alone; only sponsored headers lead a card
_PLAIN_MARKERS = {
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "pub",
    "publicidade",
    "pubblicità",
    "spazio pubblicitario",
    "advertentie",
    "annons",
    "annonce",
    "annonse",
    "реклама",
    "reklama",
    "reklam",
    "iklan",
    # buttons and "continue" notes: no card follows them
    "buy now",
    "shop now",
    "view deal",
    "see deal",
    "check price",
    "see price",
    "view offer",
    "story continues",
    "jetzt kaufen",
    "comprar",
    "comprar ahora",
    "ver oferta",
    "compre agora",
    "haberin devamı",
    "scroll untuk melanjutkan",
    "scroll untuk lanjut membaca",
    "artikel wird unter der anzeige fortgesetzt",
    "weiterlesen unter der anzeige",
    "story continues below advertisement",
    "story continues below",
    "continua a leggere dopo la pubblicità",
    "continue a ler depois da publicidade",
    "continua a ler depois da publicidade",
}


_COPY_ADDRESS = lazyrx.compile(P.AD_COPY_ADDRESS, regex.I)
_COPY_OFFER = lazyrx.compile(P.AD_COPY_OFFER, regex.I)
_SUBHEADING_OPENING = lazyrx.compile(P.AD_SUBHEADING_OPENING)
_SHORT_COPY = lazyrx.compile(P.AD_SHORT_COPY, regex.I)
_SHORT_COPY_SHAPE = lazyrx.compile(P.AD_SHORT_COPY_SHAPE)
#: a short advert's copy under its marker has this many words (a story's subheading fewer)
SHORT_COPY_WORDS = (6, 16)
#: a sales pitch opens with a question to the reader: "Planning your retirement? ...", "¿Quieres vender tu piso? ..."
_PITCH_QUESTION = lazyrx.compile(
    r"^¿?(?:planning|thinking of|looking for|need|want|is your|are you|fancy|wollen sie|möchten sie|suchen sie|haben sie|pensando|quieres|buscas|necesitas|vous cherchez|envie de|vous souhaitez|pensando em|quer|procura|cerchi|vuoi|zoek je|wil je)\b[^?¿]{3,80}\?\s",
    regex.I,
)
#: the reader addressed by what they are doing, in English: "Exporting for the first time?", "Hiring a
#: hall for a party?", "Thinking about a move to Millbrook?" and a sentence after it (a brand's
#: offer, :data:`_PITCH_ACT`); not a question of the story ("Was this ever debated openly?")
_READER_QUESTION = lazyrx.compile(
    r"^(?!(?:Nothing|Something|Anything|Everything|During|Morning|Evening|King|Spring|Bring|Sing|Thing|Ring|Wing)\b)"
    r"\p{Lu}\p{Ll}{2,}ing\b[^?]{3,80}\?\s+(?!(?:The|A|An|It|You|We|They|He|She|This|That|There|Here|If|Then|Yes|No)\b)\p{Lu}"
)
#: ... after it, an advert's call to act: "Call 555-0148", "search your postcode today", "Talk to our export desk"
_PITCH_ACT = lazyrx.compile(
    r"\b(?:call|search|book|talk to|visit|download|sign up|enrol|apply|get a)\b[^.]{0,60}\b(?:today|now|online|free|\d{3})"
    r"|\b(?:call|phone)\s\+?\d",
    regex.I,
)
#: (:func:`~newsclean.detectors.rules.base.factored`: the same matches, each run of ``\b`` patterns
#: behind one ``\b``; about 2.5 times as fast on the lines it reads)
_DISCLAIMER = lazyrx.compile(factored(P.AD_DISCLAIMERS), regex.I)
#: a line is searched for a disclaimer only when it holds one of these
_DISCLAIMER_CUES = (
    "18",
    "respons",
    "t&c",
    "verantwort",
    "bewust",
    "risques",
    "gambling",
    "at risk",
    "risiken",
    "modera",
    "modéra",
    "met mate",
)
_SPONSOR_NOTE = lazyrx.compile("|".join(f"(?:{p})" for p in P.AD_SPONSOR_NOTES), regex.I)
#: a line is searched for a sponsor's note only when it holds one of these
_SPONSOR_CUES = (
    "partnership",
    "association",
    "collaboration",
    "sponsor",
    "commercial",
    "presented with",
    "kooperation",
    "zusammenarbeit",
    "unterstützung",
    "colaboración",
    "patrocinad",
    "ofrecid",
    "collaborazione",
    "offerto",
    "partenariat",
    "proposé",
    "parceria",
    "oferecid",
    "samenwerking",
    "gesponsord",
    "aangeboden",
    "support for",
    "angebot unseres",
)
_NATIVE_TITLE = lazyrx.compile("|".join(f"(?:{p})" for p in P.AD_NATIVE_TITLES))
#: a native ad's title is at most this long
NATIVE_TITLE_WORDS = 20
_MARKER_RULES = ("ad.marker", "ad.sponsored_prefix")


def _under_marker(page: Page, i: int) -> bool:
    """Line ``i - 1`` is an ad marker ("Sponsored", "Anzeige") or a sponsor's name line."""
    return any(v.rule.startswith(_MARKER_RULES) for v in page.verdicts[i - 1])


#: the class/id words of an ad's box
AD_CLASS_WORDS = next(words for label, words in CLASS_WORDS if label is Label.AD)
#: run-together words that end like an ad box's class word ("inlinead", "topads") but name no ad
_NOT_AD_ENDINGS = ("head", "lead", "read", "load", "pad")


def _ad_box_word(word: str) -> bool:
    """A class/id word of an ad's box: an ad word (:data:`~newsclean.detectors.rules.dom.CLASS_WORDS`)
    or one run together with "ad" ("adbox", "inlinead", "sideads")."""
    return word in AD_CLASS_WORDS or (
        len(word) > 3
        and (word.startswith("ad") or (word.endswith(("ad", "ads")) and not word.endswith(_NOT_AD_ENDINGS)))
    )


def _past_ad_box(page: Page, i: int) -> bool:
    """HTML: the marker over line ``i`` sits in an ad's box (a class word of an ad) that line ``i``
    is not in: the box closed after its label and an image, and line ``i`` is the page's next
    block (the story's subheading "Discount for islanders" under an inline ad table), not the
    advert's copy. Text dumps have no boxes: the rule reads them as before."""
    above, here = page.segments[i - 1].dom, page.segments[i].dom
    if above is None or here is None:
        return False
    near_above, near_here = above.get("near_classes"), here.get("near_classes")
    if not isinstance(near_above, frozenset) or not isinstance(near_here, frozenset):
        return False
    return any(_ad_box_word(w) for w in near_above - near_here)


#: an advert's copy is at most this long
COPY_WORDS = 50
#: ... and right under its marker, told by a call to act or an offer alone, at most this long
MARKED_COPY_WORDS = 30
#: a call to act opening the line or a clause of it, in every language (:data:`~newsclean.detectors.rules.patterns.AD_CALLS_TO_ACT`)
#: (the opening written once before the calls' alternation, not once in each of them: the same
#: lines match, and the engine tests the opening once per position instead of once per call,
#: which made this search most of ``_marked_copy``'s time)
_ANY_CALL = lazyrx.compile(
    r"(?:^|[.!?:–—-]\s+)(?:" + "|".join(f"(?:{p})" for ps in P.AD_CALLS_TO_ACT.values() for p in ps) + r")\b",
    regex.I,
)
_PRICE_OR_SHARE = lazyrx.compile(rf"{P.AD_PRICE}|\d\s?%")
#: the line ends in a web address ("... Bekijk 300 vacatures op havenjobs.be", "... em www.loja.com.br")
_ENDS_IN_ADDRESS = lazyrx.compile(r"(?:^|\s)(?:www\.)?[\w-]{2,40}(?:\.[a-z]{2,6}){1,2}(?:/[\w/-]{0,40})?$")
#: the line ends in a telephone number after a colon or a "Tel." ("Bestattungshaus Ruoff – Beistand im
#: Trauerfall, Tag und Nacht erreichbar: 07024 55810"): a number of Europe's written form (a leading 0
#: or +, groups of digits), which a story's paragraph under a bare marker does not end on
_ENDS_IN_PHONE = lazyrx.compile(
    r"(?:[:]\s*|\b(?:tel|tél|fon|telefon|tlf|telefone|teléfono)\.?:?\s*)(?:\+|0)\d[\d /-]{4,16}\d$", regex.I
)
#: an advert's copy opens with an exclamation ("Win a lakeside cottage! Tickets on sale now.",
#: "Kış lastiğinde büyük fırsat! ..."): a first sentence of at most 80 characters ending in "!"
_EXCLAIMED_OPENING = lazyrx.compile(r"^[^.!?]{2,80}!(?:\s|$)")
#: the last day of an offer closes the line, written as day and month with their full stops ("Jahreswagen mit
#: 0,99 % Finanzierung – nur bis 31.12."): the full stop ends no sentence
_DAY_MONTH_END = lazyrx.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.$")
#: ... and no quotation mark on the line: a story's paragraph with "!" quotes someone
_QUOTE_MARKS = frozenset('"“”«»„‘‹›')


def _marked_copy(text: str) -> bool:
    """A line right under an ad marker is the advert's copy when a clause of it calls to act ("Simule
    já", "– jetzt vergleichen", "Réservez") or, unless it ends like a sentence of the story (".", "?",
    ":", but not a day and month: "nur bis 31.12."), when it names a price, a share or an offer ("Opernreise nach Verona: 3 Tage ab 599 €",
    "Offre spéciale printemps : ... à 149 €"), when it ends in a web address or a telephone number, or when its first
    sentence is an exclamation with no quotation mark on the line ("Win a lakeside cottage! Tickets
    on sale now."); the story's next paragraph after a bare marker is a sentence (an exclamation in
    it is someone's quoted words), and its subheadings name no price."""
    if _ANY_CALL.search(text) or _ENDS_IN_ADDRESS.search(text) or _ENDS_IN_PHONE.search(text):
        return True
    if "!" in text and _EXCLAIMED_OPENING.match(text) and _QUOTE_MARKS.isdisjoint(text):
        return True
    if text.rstrip().endswith((".", "?", ":")) and not _DAY_MONTH_END.search(text):
        return False
    if _PRICE_OR_SHARE.search(text):
        return True
    # "How the deal was done": a short subheading of the story opened by a question word
    return bool(_COPY_OFFER.search(text)) and not (
        len(text.split()) <= SUBHEADING_WORDS + 1 and _SUBHEADING_OPENING.match(text)
    )


def is_ad_copy(text: str) -> bool:
    """The reader addressed or told to act, with an offer: "Planning your retirement? Book a free review"."""
    return bool(_COPY_ADDRESS.search(text)) and bool(_COPY_OFFER.search(text))


def _ad_copy(text: str, known: dict[str, bool]) -> bool:
    found = known.get(text)
    if found is None:
        found = known[text] = is_ad_copy(text)
    return found


def detect_copy(page: Page) -> None:
    """Advertising copy: under an ad marker, or carrying a betting-style disclaimer.

    A bare "Advertisement" marker is often followed by the story's next paragraph,
    so a line under it is an advert only when it reads like one (:func:`is_ad_copy`).
    Consumer stories address their reader with prices too, so copy elsewhere is left alone.
    Tried and left out (ninth session): copy anywhere that also says what only an advert
    says (a number to call, a promo code, "book now", "terms apply"): on train+dev it found
    few unmarked adverts (their copy often does not address the reader), took a deals
    round-up's "Buy now at ... for £59" lines from the story, and read "If you are
    struggling, call the free helpline on 0800 ..." in a story as an advert.
    """
    n = len(page)
    verdicts = page.verdicts
    # the lines a rule can fire on: a disclaimer cue or a "?" in the line (one scan of the
    # page per cue), or an ad verdict on the line above; a verdict added here makes the
    # next line one, visited in turn (a heap: lines in order, each once)
    todo = list(page.containing((*_DISCLAIMER_CUES, *_SPONSOR_CUES, "?")))
    todo += (i + 1 for i in compress(range(n - 1), verdicts) if any(v.label is _AD for v in verdicts[i]))
    heapify(todo)
    last = -1
    copy: dict[str, bool] = {}  # is_ad_copy of each text read so far (a repeated line)
    while todo:
        i = heappop(todo)
        if i == last:
            continue
        last = i
        shape = page.shapes[i]
        if verdicts[i] or shape.words == 0 or shape.words > COPY_WORDS:
            continue
        text, low = page.texts[i], page.lows[i]
        if any(map(low.__contains__, _DISCLAIMER_CUES)) and _DISCLAIMER.search(text):
            page.add(i, Verdict(Label.AD, "ad.disclaimer", text[:60], 0.8))
        elif any(map(low.__contains__, _SPONSOR_CUES)) and _SPONSOR_NOTE.search(text):
            page.add(i, Verdict(Label.AD, "ad.sponsor_note", text[:60], 0.8))
        elif i > 0 and page.has(i - 1, _AD) and _ad_copy(text, copy):
            page.add(i, Verdict(Label.AD, "ad.copy", text[:60], 0.8))
        elif (
            i > 0
            and SHORT_COPY_WORDS[0] <= shape.words <= SHORT_COPY_WORDS[1]
            and not text.rstrip().endswith(".")
            and _under_marker(page, i)
            and (m := _SHORT_COPY.search(text))
            and (m.group("word") is None or _SHORT_COPY_SHAPE.search(text) is not None)
        ):  # "Annons" / "Fjällstugor med bastu – boka vecka 52 nu"
            page.add(i, Verdict(Label.AD, "ad.copy_offer", m.group(0)[:60], 0.8))
        elif (
            i > 0
            and shape.words <= NATIVE_TITLE_WORDS
            and not shape.sentence_end
            and _under_marker(page, i)
            and (m := _NATIVE_TITLE.search(low))
        ):  # a native ad's clickbait title right under its "Sponsored" marker
            page.add(i, Verdict(Label.AD, "ad.native_title", m.group(0)[:60], 0.8))
        elif (
            i > 0
            and shape.words <= MARKED_COPY_WORDS
            and _under_marker(page, i)
            and _marked_copy(text)
            and not _past_ad_box(page, i)
        ):
            # "Anzeige" / "Vereda Seguros – o seguro automóvel dos adeptos. Simule já"
            page.add(i, Verdict(Label.AD, "ad.marked_copy", text[:60], 0.75))
        elif "?" in text[:120] and _PITCH_QUESTION.match(text) and _ad_copy(text, copy):
            page.add(i, Verdict(Label.AD, "ad.copy_question", text[:60], 0.8))

        else:
            continue
        if i + 1 < n:
            heappush(todo, i + 1)


_SHOP_PRICE = lazyrx.compile("|".join(f"(?:{p})" for p in P.AD_SHOP_PRICE))
_NOT_SHOPS = frozenset(P.AD_NOT_SHOPS) | frozenset(m.capitalize() for m in (*P.MONTHS, *P.WEEKDAYS))
#: a line is searched for a shop's price only when it holds one of these (lower-cased)
_PRICE_CUES = ("£", "$", "€", "euro", "zł", " kr")
#: a page with more lines than this naming a shop's price is a deals round-up or a price survey
MAX_SHOP_PRICES = 3
#: a shop's price sentence is at most this long
SHOP_PRICE_WORDS = 45


_DIGITS = lazyrx.compile(r"\d[\d.,\s]*\d|\d")


def _amount(price: str) -> float:
    """The amount of a price as written: "1.999" and "1,999" are 1999, "19,99" and "19.99" are 19.99."""
    m = _DIGITS.search(price)
    if m is None:
        return 0.0
    digits = "".join(m.group(0).split())
    head, sep, tail = max(digits.rpartition(","), digits.rpartition("."), key=lambda p: len(p[0]))
    if sep and len(tail) != 3:  # a decimal separator: "19,99", "17.50"
        return float(head.replace(",", "").replace(".", "") + "." + tail)
    return float(digits.replace(",", "").replace(".", ""))


def detect_shop_prices(page: Page) -> None:
    """A product's price at a named shop, in a line nobody claimed: an affiliate or a sponsor's line.

    "The Kelso 2 kettle, £39 at Homebright, boils a litre in under three minutes": an
    article about tenants' rights or a flood does not name a shop's price, its advertiser
    does. A page with more than :data:`MAX_SHOP_PRICES` such lines is a deals round-up or a
    price survey, where the prices are the story: none of them is taken.
    """
    found: list[tuple[int, str]] = []
    for i in sorted(page.containing(_PRICE_CUES)):
        shape = page.shapes[i]
        if shape.words < 4 or shape.words > SHOP_PRICE_WORDS:
            continue
        m = _SHOP_PRICE.search(page.texts[i])
        if m is None:
            continue
        shop = m.group("shop")
        if shop is not None and shop.rstrip(".,'’") in _NOT_SHOPS:
            continue
        now, was = m.group("now"), m.group("was")
        if now is not None and was is not None and not _amount(now) < _amount(was):
            continue  # "höhere Eintrittspreise, 6,50 statt 4,50 Euro": a rise, no offer
        found.append((i, m.group(0)))
        if len(found) > MAX_SHOP_PRICES:
            return
    for i, match in found:
        if not page.verdicts[i]:
            page.add(i, Verdict(Label.AD, "ad.shop_price", match[:60], 0.75))


#: a bookmaker's odds: fractional ("8/13", "11/4") or decimal ("2,05 – 3,90 – 2,80", "2,15")
_FRACTIONAL_ODDS = lazyrx.compile(r"(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
_DECIMAL_ODDS = lazyrx.compile(r"(?<![\d.,:])\d{1,2}[.,]\d{2}(?![\d.,%:])")


def _odds_line(text: str) -> bool:
    """A line with odds: a fraction, or decimal odds in a row or named ("Kurs ...: 2,15"); one
    decimal alone is a kick-off time ("sábado 18.30")."""
    if _FRACTIONAL_ODDS.search(text):
        return True
    decimals = len(_DECIMAL_ODDS.findall(text))
    return decimals >= 2 or (decimals == 1 and _ODDS_HEADING.search(text) is not None)


#: a line of odds has at most this many words; a run of them at most ODDS_LINES lines
ODDS_WORDS = 15
ODDS_LINES = 5
#: ... and a heading over them at most this many words
ODDS_HEADING_WORDS = 6
#: a heading over the odds names them or the bet: "Odds", "Bet on next weekend's games", "Quoten"
_ODDS_HEADING = lazyrx.compile(
    r"\b(?:odds|bet|betting|quoten|wetten|cuotas|apuestas?|cotes|paris|quote|kurs|odds på)\b", regex.I
)
#: the gambling disclaimers the odds sit by (``ad.disclaimer`` lines with one of these)
_GAMBLING_CUES = ("18", "gambl", "bet", "jugá", "juega", "jogue", "spiel", "spela", "graj", "jouer", "wett")


def detect_odds(page: Page) -> None:
    """A bookmaker's odds next to its gambling disclaimer (``ad.odds``): the short unclaimed
    lines with odds right above the disclaimer ("Westmoor II 8/13", "Corbridge v Kestrel Park:
    6/5 | 12/5 | 2/1") with their heading ("Odds", "Bet on next weekend's games"), or right
    under it ("Odds på Granviken–Vikbo: 2,05 – 3,90 – 2,80")."""
    n = len(page)
    for i in compress(range(n), list(map(bool, page.verdicts))):
        if not any(v.rule == "ad.disclaimer" for v in page.verdicts[i]):
            continue
        if not any(map(page.lows[i].__contains__, _GAMBLING_CUES)):
            continue
        run = _odds_run(page, range(i - 1, max(-1, i - 1 - ODDS_LINES), -1))
        top = run[-1] - 1 if run else -1
        if (
            top >= 0
            and not page.verdicts[top]
            and page.shapes[top].words <= ODDS_HEADING_WORDS
            and not page.shapes[top].sentence_end
            and _ODDS_HEADING.search(page.texts[top])
        ):
            run.append(top)  # the odds' heading: "Odds", "Bet on next weekend's games"
        run += _odds_run(page, range(i + 1, min(n, i + 1 + ODDS_LINES)))
        for k in run:
            page.add(k, Verdict(Label.AD, "ad.odds", page.texts[k][:60], 0.75))


def _odds_run(page: Page, lines: range) -> list[int]:
    """The unclaimed short lines with odds, read from a disclaimer away."""
    run: list[int] = []
    for k in lines:
        shape = page.shapes[k]
        if page.verdicts[k] or shape.words == 0 or shape.words > ODDS_WORDS or shape.prose:
            break
        if not _odds_line(page.texts[k]):
            break
        run.append(k)
    return run


#: a product's price alone on its line: "£199", "24,99 €", "$179.99", "was £89.99"
BARE_PRICE = lazyrx.compile(
    r"^(?:was |statt |antes |avant |era |from |ab |desde |dès |à partir de |a partir de )?(?:[£$€₹]\s?\d[\d.,]*|(?:rs\.?|inr)\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|euros?|kr|zł|\$|£))"
    # a room's or a trip's rate: "From ₹4,850/night", "ab 89 € pro Nacht"
    r"(?:\s?(?:/|per |a |pro |par |por )\s?(?:night|person|pp|nacht|nuit|noche|noite|notte|week|month))?$",
    regex.I,
)
#: a product with its price and its shop between commas, in a shoppable box: "Wool-blend jacket,
#: £89, Harlowe & Birch", "Linneduk i naturvit, 599 kr, Nordhem" (no sentence: no full stop)
PRICED_ITEM = lazyrx.compile(
    r"^[^,.!?]{3,60},\s(?:[£$€]\s?\d[\d.,]*|\d[\d.,\s]{0,8}\d?\s?(?:€|EUR|kr|zł|TL))\s?,\s\p{Lu}[^,.!?]{1,40}$"
)
#: a product box of such items has at least this many
PRICED_ITEMS = 2
#: a product box has at most this many lines (the product's name, its features, its price)
PRODUCT_BOX_LINES = 6
#: ... each of at most this many words
PRODUCT_LINE_WORDS = 10
#: the buttons under a product box (their keys; ``ad.marker`` lines)
BUY_BUTTONS = _BUY_BUTTONS = frozenset(
    [
        "buy now", "shop now", "comprar", "jetzt kaufen", "compre agora", "comprar ahora", "zum angebot",
        # a booking widget's buttons under a hotel's box
        "book now", "check availability", "check rates", "see availability", "reserve now",
        "köp här", "køb her", "kjøp her",
    ]
)  # fmt: skip


#: a marker that says the story goes on under it ("Story continues below", "La suite après la
#: publicité", "Weiter nach der Anzeige"): what follows is the story's, no product box
_STORY_GOES_ON = lazyrx.compile(
    r"continu|below|suite|weiter|fortgesetzt|sigue|segue|fortsätter|fortsetter|fortsætter|devam"
)


def detect_product_boxes(page: Page) -> None:
    """A product box set in the story (``ad.product_box``): short lines holding a bare price
    ("Kelsby Pro stand mixer" / "£199"), glued under an ad marker ("Anzeige", "Advertisement")
    or over a buy button or a shop's price line ("Buy now", "See price at ..."). A price list
    of the story's own (a shopping basket's survey) has neither next to it."""
    n = len(page)
    for i in compress(range(n), list(map(bool, page.verdicts))):
        vs = page.verdicts[i]
        if not any(v.label is _AD for v in vs):
            continue
        marker = any(v.rule.startswith("ad.marker") for v in vs)
        if marker and page.keys[i] not in _BUY_BUTTONS:
            if _STORY_GOES_ON.search(page.keys[i]):
                continue  # "Story continues below this ad": the story's own lines (a fares table) follow
            box = _box_lines(page, range(i + 1, min(n, i + 1 + PRODUCT_BOX_LINES)))
            prices = [k for k in box if BARE_PRICE.match(page.texts[k]) or PRICED_ITEM.match(page.texts[k])]
            box = box[: box.index(prices[-1]) + 1] if prices else []  # down to its last price
            if box and _rows_go_on(page, box[-1]):
                continue  # the story's own table of amounts set under an ad slot, running on past the box
        elif (marker or any(v.rule == "ad.price_line" for v in vs)) and i > 0:
            box = _box_lines(page, range(i - 1, max(-1, i - 1 - PRODUCT_BOX_LINES), -1))
        else:
            continue
        items = sum(1 for k in box if PRICED_ITEM.match(page.texts[k]))
        if items >= PRICED_ITEMS or (
            any(BARE_PRICE.match(page.texts[k]) for k in box) and not all(BARE_PRICE.match(page.texts[k]) for k in box)
        ):
            for k in box:
                page.add(k, Verdict(Label.AD, "ad.product_box", page.texts[k][:60], 0.75))


#: a property listing's floor area in a cell: "74 kvm", "62 m²", "1,200 sq ft"
LISTING_AREA = lazyrx.compile(r"^\d[\d.,]*\s?(?:m²|m2|kvm|qm|sq\.?\s?ft|sqft)$", regex.I)
#: ... and its price in another: "Prisantydning 4 350 000 kr", "R$ 598.000", "€ 1.250/mês", "$2,400/mo"
LISTING_PRICE = lazyrx.compile(
    # (a sign after the figure ends the cell: "329 000 €"; a word boundary only after letters)
    r"(?:^|\s)(?:R\$|US\$|[£$€]|kr\.?|CHF|zł)\s?\d[\d.,\s]*\d|\d[\d.,\s]*\d\s?(?:(?:kr|zł|CHF|TL)\b|[€₺])",
    regex.I,
)
#: a listings widget has at least this many rows (one a line: type | place | area | price)
LISTING_ROWS = 2
#: ... of at least this many cells each
LISTING_CELLS = 4
#: its heading above and its "see more" line below have at most this many words
LISTING_EDGE_WORDS = 6


#: the marks between a listing's cells: a bar, or a dash or a dot set between spaces ("Maison 5 pièces –
#: 112 m² – Saint-Aubin – 329 000 €"; US portals set a card's facts with middle dots: "14 Orchard Lane,
#: Ashby Falls · $879,000 · 4 bd · 2,310 sq ft")
LISTING_SEPARATORS = ("|", " – ", " · ", " • ")
_LISTING_SPLIT = lazyrx.compile(r"\||\s[–·•]\s")


def _listing_row(text: str) -> bool:
    """A property listing flattened to a row: four cells at least, the floor area in a cell after
    the first (a story's table of rates by size opens with the size) and a price in another."""
    if sum(map(text.count, LISTING_SEPARATORS)) < LISTING_CELLS - 1:
        return False
    cells = [c.strip() for c in _LISTING_SPLIT.split(text)]
    area = [k for k, c in enumerate(cells) if LISTING_AREA.match(c)]
    return bool(area) and area[0] > 0 and any(LISTING_PRICE.search(c) for k, c in enumerate(cells) if k not in area)


def detect_listing_rows(page: Page) -> None:
    """A property portal's listings widget in the story (``ad.listing_rows``): at least
    :data:`LISTING_ROWS` rows "type | place | area | price" in a row (or with dashes or dots between the cells: "address · price · beds · area"), with the short heading glued
    above them ("Boliger til salgs i Bergen", "Imóveis em destaque") and the short link glued
    below ("Se flere boliger", "Ver mais imóveis")."""
    n = len(page)
    rows = [
        i for i in sorted(page.containing(LISTING_SEPARATORS)) if not page.verdicts[i] and _listing_row(page.texts[i])
    ]
    runs: list[list[int]] = []
    for i in rows:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < LISTING_ROWS:
            continue
        box = list(run)
        for k in (run[0] - 1, run[-1] + 1):
            if 0 <= k < n and _listing_edge(page, k):
                box.append(k)
        for k in box:
            page.add(k, Verdict(Label.AD, "ad.listing_rows", page.texts[k][:60], 0.75))


def _listing_edge(page: Page, k: int) -> bool:
    """A listings widget's short heading or link: unclaimed, no sentence, few words."""
    shape = page.shapes[k]
    return not page.verdicts[k] and 0 < shape.words <= LISTING_EDGE_WORDS and not shape.sentence_end and not shape.prose


def _rows_go_on(page: Page, k: int) -> bool:
    """A price at line ``k`` is followed by another row of the same table: a short unclaimed line,
    then a bare price ("Hasta 12.600 euros" / "250 euros" / "De 12.601 a 18.900 euros" / "200 euros").
    A product box ends at its price (or its button); a table of the story's amounts runs on."""
    if k + 2 >= len(page):
        return False
    label, price = k + 1, k + 2
    return (
        not page.verdicts[label]
        and not page.verdicts[price]
        and 0 < page.shapes[label].words <= PRODUCT_LINE_WORDS
        and not page.shapes[label].prose
        and BARE_PRICE.match(page.texts[price]) is not None
    )


def _box_lines(page: Page, lines: range) -> list[int]:
    """The unclaimed short lines of a product box, read from its marker or its button away."""
    box: list[int] = []
    for k in lines:
        shape = page.shapes[k]
        text = page.texts[k]
        if shape.words == 0 or shape.words > PRODUCT_LINE_WORDS or shape.prose:
            break
        if page.verdicts[k] and not (PRICED_ITEM.match(text) and all(v.label is _AD for v in page.verdicts[k])):
            break  # a line another rule claimed (a priced item read as the marker's copy is the box's)
        if lines.step < 0 and page.has_blank_lines and page.segments[k + 1].blank_before:
            break  # read up from its button, a box is glued over it (a caption above is set apart)
        if shape.sentence_end or ":" in text or shape.list_marker:
            break  # a sentence, a label ("Farrow's: £25.47"), a list's item: the story's
        box.append(k)
    return box


#: a call to act opens the line or one of its sentences (after ". ", ": ", " – ")
#: (per language, the opening written once before its calls' alternation: see :data:`_ANY_CALL`)
CALL_TO_ACT = PatternSet(
    "ad.call_to_act",
    {
        lang: [r"(?:^|[.!?:–—]\s+)(?:" + "|".join(f"(?:{p})" for p in ps) + r")\b"]
        for lang, ps in P.AD_CALLS_TO_ACT.items()
    },
)
_CTA_OFFER = lazyrx.compile(P.AD_CTA_OFFER, regex.I)
#: the first word of every call (a line holding none of them is not searched for one)
_CALL_FIRSTS = frozenset(regex.match(r"[\p{L}-]+", p).group(0) for ps in P.AD_CALLS_TO_ACT.values() for p in ps)
_TOKEN_EDGES = "¿¡\"'“”‘’«»„()[].,:;!?–—"
#: the lines read for a call to act hold one of these (lower-cased): a price, a share or the
#: commonest offer words (each cue is one scan of the page: a short list; an advert naming
#: only "descuento" or "sem juros" nearly always has a price or a "%" too)
_OFFER_CUES = (
    "£",
    "$",
    "€",
    "%",
    "euro",
    "zł",
    " kr",
    "free",
    "grat",
    "kostenlos",
    "offer",
    "offre",
    "oferta",
    "bonus",
    "juros",
)
#: a pitch opens with a short question to the reader, then answers it with the offer
_OPENING_QUESTION = lazyrx.compile(r"^¿?[^?¿.!]{3,70}\?\s+\p{Lu}")
#: a page with more lines than this calling to act is a service or a shop's page, not an advert in a story
MAX_CALLS = 3
CALL_WORDS = (6, 60)


#: an advert's line between two of its lines has at most this many words
BETWEEN_WORDS = 30


def detect_between(page: Page) -> None:
    """A short line between two advert lines, no sentence of its own (``ad.between``): the
    advert's copy between its marker and its sponsor note ("Advertisement" / "Northline Credit
    Union: loans for members from 4.9% APR. Apply in minutes" / "Sponsored"). A story's
    paragraph set between two ad slots ends its sentence."""
    n = len(page)
    verdicts = page.verdicts
    ads = [i for i in compress(range(n), verdicts) if any(v.label is _AD and v.score >= 0.8 for v in verdicts[i])]
    found = set(ads)
    for a in ads:
        i = a + 1
        if i + 1 not in found or i in found or verdicts[i]:
            continue
        shape = page.shapes[i]
        if 2 <= shape.words <= BETWEEN_WORDS and not shape.terminal:
            page.add(i, Verdict(Label.AD, "ad.between", page.texts[i][:60], 0.8))


def detect_calls_to_act(page: Page, langs: frozenset[str]) -> None:
    """An advert's copy in the flow, by its call to act and its offer, in a line nobody claimed.

    "Escape to Scarra this spring: cottages with sea views from £65 a night. Book direct with
    Hebrid Stays." A story tells its reader what happened; an advert tells them to book, call,
    order or sign up, and what they get for it; or it opens with a question to the reader
    and answers it with its offer ("Hiring a hall? HallHop lists 3,000 venues ... free"); in
    English, a question naming what the reader is doing answers with a brand's call to act
    even with no offer word (``ad.reader_question``: "Exporting for the first time? Harbourline
    Trade Finance helps ... Talk to our export desk today."). A line with a quotation mark is
    someone's words.
    """
    found: list[tuple[int, str]] = []
    for i in sorted(page.containing(_OFFER_CUES)):
        shape = page.shapes[i]
        if not CALL_WORDS[0] <= shape.words <= CALL_WORDS[1] or page.verdicts[i]:
            continue
        text = page.texts[i]
        if any(q in text for q in ('"', "“", "”", "„", "«", "»")):
            continue
        called = not _CALL_FIRSTS.isdisjoint({w.strip(_TOKEN_EDGES) for w in page.lows[i].split()})
        asked = "?" in text[:72]
        if not (called or asked) or not _CTA_OFFER.search(text):
            continue  # (the cheap tests first: a call's first word, a question mark)
        hit = CALL_TO_ACT.match(page, i, langs) if called else None
        if hit is not None:
            found.append((i, hit.rule))
        elif asked and _OPENING_QUESTION.match(text) and _COPY_ADDRESS.search(text):
            # "Hiring a hall for a party? HallHop lists 3,000 venues ... search your postcode"
            found.append((i, "ad.pitch_question"))
        else:
            continue
        if len(found) > MAX_CALLS:
            return
    # the reader addressed by what they are doing, then a brand's offer or call to act, with no
    # offer word the loop above looks for: "Hiring a hall for a party? HallHop lists 3,000 venues
    # ... search your postcode today."
    taken = {i for i, _ in found}
    for i in sorted(page.containing(("?",))):
        if i in taken or page.verdicts[i] or not CALL_WORDS[0] <= page.shapes[i].words <= CALL_WORDS[1]:
            continue
        text = page.texts[i]
        if "?" not in text[:120] or any(q in text for q in ('"', "“", "”", "„", "«", "»")):
            continue
        m = _READER_QUESTION.match(text)
        if m is not None and (_COPY_OFFER.search(text, m.end()) or _PITCH_ACT.search(text, m.end())):
            found.append((i, "ad.reader_question"))
            if len(found) > MAX_CALLS:
                return
    for i, rule in found:
        page.add(i, Verdict(Label.AD, rule, page.texts[i][:60], 0.75))
