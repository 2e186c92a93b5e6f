"""Text that describes or credits a photo, a video or a graphic.

``caption.credit``        "Photo: AP", "Foto: dpa", "Image credit: X" anywhere in a short line.
``caption.pipe_credit``   "... | Photo: AP" at the end of a line.
``caption.agency_tail``   "... signing of their new treaty. - AP", "... (Reuters/File)".
``caption.file_photo``    "File photo", "(File)", "Archivfoto".
``caption.credit_name``   a credit word and a source's name alone: "Foto Ansa", "Photo News".
``caption.tail_credit``   a description whose credit follows its sentence: "... bridge.
                          Photo / Hemi Tautahi", "... (WKRV)", "... © Julien Marchal".
``caption.video``         "WATCH: ... (2:14)", "Video: ... 01:32".
``caption.picture_label`` a caption opened by its picture's label: "1 of 3 ...", "Figure 1. ...",
                          "Satellite image showing ...".
``caption.described``     (context) the line right before a credit line, when it is
                          not a paragraph of prose, or when the credit line repeats it
                          (alt text followed by the full caption); never a numbered
                          item ("1. Brisco air fryer, £59"): the entry's title.
``caption.scene.portrait`` (context) a person's name and role alone between paragraphs
                          ("Dana Whitcomb, CEO, Hollis Precision", "Fire Chief Lorne Baptiste")
                          when a paragraph nearby names the person again.
``caption.scene.over_subheading`` (context) one short sentence opening a block, glued over
                          the section's subheading: the caption of the section's picture.
``caption.after_marker``  (context) the line right under a gallery or player marker
                          ("Image 3 of 12", "3/5", "▶ 0:58"); the marker itself is
                          ``chrome.photo_marker``.

Prose that *mentions* a photo ("A photo posted on Friday showed ...") does not
match: the credit words must be followed by a ":" and a source, or close the line.
"""

from __future__ import annotations

from itertools import compress, count, repeat
from operator import itemgetter

import regex

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, verdict, words_alternation
from newsclean.segments.shape import STOPWORDS, Shape
from newsclean.types import Label, Segment, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_CAPTION = Label.CAPTION

_CREDIT = words_alternation(P.CREDIT_WORDS)
_SOURCE = words_alternation(P.PHOTO_SOURCES)

#: a credit word after an article or a possessive is a noun of the sentence
_DETERMINERS = "|".join(P.CREDIT_NOT_AFTER)
CREDIT = lazyrx.compile(
    rf"(?:^|[|(\[/–—-]\s*)(?i:{_CREDIT})\s*(?i:credit|credits|source)?\s*(?::|©|/|by\s|von\s|de\s|por\s|par\s|di\s)\s*\S"
    # (not after an article or a possessive: "kennt das Bild: zugeklebte Schaufenster", "la photo : floue";
    # the cheap look behind first: most positions follow no white space)
    # (nor after a preposition when in lower case: a noun's complement, "Taux de crédit : les banques ...",
    # "Linha de crédito: o banco ...")
    rf"|(?<=\s)(?<!\b(?i:{_DETERMINERS})\s)(?!(?<=\b(?:de|du|des|del|di|da|do)\s)\p{{Ll}})(?i:{_CREDIT})\s*(?i:credit|credits|source)?\s*(?::|©)\s*\S"
    # Polish "fot. Jan Kowalski / Gazeta": the abbreviation and a capitalised name
    # (a title in lower case may come first: "fot. ks. Tomasz Wielgus")
    r"|^(?i:fot)\.\s*(?:(?:" + "|".join(regex.escape(t) for t in P.NAME_TITLES) + r")\s+)?\p{Lu}"
)
PIPE_CREDIT = lazyrx.compile(rf"[|•·]\s*(?i:{_CREDIT})\b[^|]{{0,80}}$")
AGENCY_TAIL = lazyrx.compile(
    rf"(?:\s[-–—|/]\s*|\(\s*)(?:(?i:photo|foto|image|picture|file)\s*:?\s*)?(?i:{_SOURCE})(?:\s*/\s*(?i:file|archive|archivo|arquivo|archiv|handout|pool|{_SOURCE}))*\s*\)?\s*$"
)
PAREN_CREDIT = lazyrx.compile(rf"\(\s*(?i:{_CREDIT})\s*[:©]?\s*[^()]{{1,60}}\)\s*$")
#: a photo's credit in brackets before the description's full stop: "... frente a Oropesa (Foto: UVT /
#: Comunicación)." (only a photo's word: "(Fuente: INE)." closes a sentence of the story)
PAREN_PHOTO_STOP = lazyrx.compile(
    r"(?<=\S\s+\S+\s+\S+\s+\S+\s)\((?i:foto|fotos|photo|photos|fotografía|fotografia|imagen|imagem|immagine|bild)\s*:\s*[^()]{1,60}\)\.$"
)
COPY_CREDIT = lazyrx.compile(r"^(?:©|\(c\)|copyright)\s*(?!\d{4})\S.{0,60}$", regex.I)
#: a copyright credit of a picture's source and its maker, parted by a slash, with no year and
#: no pipe: "© Belga / Jonas Maes", "© Bergbahnen Zirmtal/Ch. Moser" (a site's copyright line has
#: a year or a list of links: "© Wesermarsch Bote 2026 | Impressum")
COPY_SLASH_CREDIT = lazyrx.compile(r"^©\s*(?!\d{4})[^/|\d]{2,40}/\s*\p{L}[^/|\d]{1,40}$")
FILE_PHOTO = lazyrx.compile(
    r"^\(?(?:file\s+(?:photo|image|picture)|archive\s+(?:photo|image)|archivfoto|archivbild|foto\s+de\s+archivo|imagen\s+de\s+archivo|photo\s+d'archives|foto\s+de\s+arquivo|foto\s+d'archivio|archieffoto|representational\s+image|representative\s+image|for\s+representation(?:al)?\s+purposes?(?:\s+only)?"
    # a picture that illustrates ("Illustration", "Symbolbild") or comes from an archive ("(Archivio)",
    # "(Archives municipales de Montorlay)", "Фото автора", "личный архив ...")
    r"|illustrations?|illustrazione|ilustración|ilustração|ilustrasi|symbolbild|symbolfoto|imagen\s+ilustrativa|immagine\s+di\s+repertorio"
    r"|(?<=^\()(?:archivo|archivio|arquivo|archiv|archive|archives|archief)\b[^()]{0,50}(?=\)$)"
    r"|фото\s+(?:автора|из\s+открытых\s+источников|из\s+(?:личного\s+)?архива(?:\s+\S+){0,3})|личный\s+архив(?:\s+\S+){0,3})\)?\.?$",
    regex.I,
)
FILE_PHOTO_OF = lazyrx.compile(P.CAPTION_FILE_PHOTO_OF)
#: a file picture's description has at most this many words
FILE_PHOTO_OF_WORDS = 25
#: ... and opens with one of these (lower case): an article, the picture's word
_FILE_OF_FIRSTS = frozenset(
    [
        "a", "an", "the", "file", "archive", "stock", "library", "foto", "imagen", "fotografía", "photo", "image",
        "photos", "images", "imagem", "immagine", "archivfoto", "archivbild", "archieffoto", "archiefbeeld",
        "ilustrasi",
    ]
)  # fmt: skip
VIDEO = lazyrx.compile(
    r"^(?:▶|►|🎥|📹|📷)(?=.*\p{L}).{3,200}$|^.{3,200}\s\(\d{1,2}:\d{2}\)\s*$|^(?i:watch|video|vídeo|vidéo|assista|guarda)\s*[:|-]\s*\S.{0,200}\d{1,2}:\d{2}\)?\s*$"
)
#: a bare credit: "Darren Kealy/The Lakeshore Standard", "Supplied", "Courtesy of the family"
#: "Picture supplied", "Courier file photo", "Photo supplied by the family", "Gazette archive photo",
#: "(Ledger file photo)"
PHOTO_NOTE = lazyrx.compile(
    r"^\(?(?:[\p{Lu}][\p{L}.'’-]+\s+){0,3}(?:(?i:file|archive|staff|contributed|submitted)\s+)?(?i:photo|picture|image|pic|foto|photograph)(?:\s+(?i:supplied|courtesy|by)\b.{0,50})?\)?\.?$"
    # a paper's own archive, its name then the word in lower case: "Evening Star archive" (a menu's
    # "Photo Archive" is capitalised)
    r"|^(?:[\p{Lu}][\p{L}.'’-]+\s+){1,3}(?:archive|archives|archiv|archivo|archivio|arquivo)$"
)
#: a credit word and a source's capitalised name, alone on a line: "Foto Ansa", "Photo News",
#: "Beeld Sander Kooistra" (not "Photo Galleries", a menu's entry); maybe then a dash and the
#: photographer's name: "Photo DDC – Julien Sabatier", "Photo Le Réveil – Élodie Vasseur"
CREDIT_NAME = lazyrx.compile(
    r"^(?i:foto|fotos|photo|photos|bild|beeld|image|picture|pictures)\s+(?!(?i:galler|galer|archiv|essay|stor|of\b|de\b|des\b|del\b|da\b|do\b))\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}"
    r"(?:\s[–—-]\s\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})?$"
)
#: the dashes that may part a source from its photographer in :data:`CREDIT_NAME`
_CREDIT_NAME_DASHES = (" – ", " — ", " - ")
#: a picture given by someone: :data:`~newsclean.detectors.rules.patterns.CAPTION_COURTESY`
COURTESY = lazyrx.compile("^(?:" + "|".join(P.CAPTION_COURTESY.values()) + ")", regex.I)
_COURTESY_FIRSTS = frozenset(
    [
        "imagen",
        "imágenes",
        "foto",
        "fotos",
        "fotografía",
        "fotografías",
        "vídeo",
        "imagem",
        "imagens",
        "fotografia",
        "immagine",
        "immagini",
        "video",
        "per",
        "bild",
        "bilder",
        "von",
        "vom",
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "pictures",
        "photograph",
        "beeld",
    ]
)
#: a courtesy line has at most this many words
COURTESY_WORDS = 12
CREDIT_LINE = lazyrx.compile(
    rf"^\(\s*\p{{Lu}}[\p{{L}}'’.-]+(?:\s+(?:\p{{Lu}}[\p{{L}}'’.-]+|\d{{1,3}})){{0,3}}\s*/\s*[^()]{{2,60}}\)$|^(?:\p{{Lu}}[\p{{L}}'’.-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+){{0,3}}\s*/\s*\S.{{0,60}}|(?i:supplied|handout|courtesy(?:\s+of)?\b.{{0,60}}|(?:{_SOURCE})(?:\s*/\s*\S+){{0,2}})"
    # a freelance photographer's credit, a name of two or three words "for" the paper: "Hollis Grady for The
    # Meridian Review"
    rf"|\p{{Lu}}[\p{{L}}'’.-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+){{1,2}}\s+for\s+The\s+\p{{Lu}}[\p{{L}}'’.-]+(?:\s+\p{{Lu}}[\p{{L}}'’.-]+){{0,3}})$"
)
#: "In this Dec. 12, 2006, file photo, ...", "In this photo taken on ..."
IN_THIS_PHOTO = lazyrx.compile(
    r"^\(?in this (?:[\w.,' -]{0,40} )?(?:file )?(?:photo|image|picture|handout photo|photograph)\b", regex.I
)
#: "Mark Esper, left, and ..." — positions of people in a picture
POSITIONS = lazyrx.compile(
    r",\s(?:left|right|centre|center|second from (?:left|right)|front row|back row|foreground|background),\s|\s\((?:L|R|C|left|right|centre|center)\)\s",
    regex.I,
)
#: "... isn't easy. Kathrin Ziegler/Getty"
NAME_SLASH_SOURCE = lazyrx.compile(
    rf"\s\p{{Lu}}[\p{{L}}.'’-]+(?:\s\p{{Lu}}[\p{{L}}.'’-]+){{0,3}}\s?/\s?(?i:{_SOURCE})(?:\s(?i:images?))?\)?\s*$"
)
#: a source in capitals, a slash and the photographer's name close a description after its full
#: stop: "... on Friday, December 6, 2026. THE CANADIAN PRESS/Jordan Keast", "... in Kyiv. REUTERS/Jo Roe"
CAPS_SOURCE_SLASH_NAME = lazyrx.compile(
    r"(?<=[.!?\"”’]\s)\p{Lu}{2,}(?:\s\p{Lu}{2,}){0,3}\s?/\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,2}\s*$"
)
GALLERY_COUNTER = lazyrx.compile(r"^(?:\d{1,3}\s*(?:/|of|von|de|sur|di)\s*\d{1,3})\b")

MAX_CAPTION_WORDS = 70


_SOURCE_LAST = frozenset(w.split()[-1].lower().strip("()") for w in P.PHOTO_SOURCES) | {
    "file",
    "archive",
    "archivo",
    "arquivo",
    "archiv",
    "handout",
    "pool",
}
_CREDIT_TOKENS = (
    frozenset(w.split()[0] for w in P.CREDIT_WORDS) | frozenset(w.split()[-1] for w in P.CREDIT_WORDS) | {"fot."}
)
_CREDIT_CUES = (":", "©", "/", " by ", " von ", " de ", " por ", " par ", " di ")
_FILE_FIRSTS = frozenset(
    [
        "illustration",
        "illustrations",
        "illustrazione",
        "ilustración",
        "ilustração",
        "symbolbild",
        "symbolfoto",
        "ilustrasi",
        "фото",
        "личный",
        "file",
        "archive",
        "archivfoto",
        "archivbild",
        "foto",
        "imagen",
        "photo",
        "representational",
        "representative",
        "for",
    ]
)
_CREDIT_LINE_FIRSTS = frozenset(["supplied", "handout", "courtesy"])
_VIDEO_MARKS = ("▶", "►", "🎥", "📹", "📷")


def _last_word(low: str) -> str:
    parts = low.rsplit(None, 1)
    return parts[-1].strip("().,;") if parts else ""


#: cheap test: the stem of a credit word appears somewhere in the line
_CREDIT_STEMS = (
    "foto",
    "photo",
    "imag",
    "pic",
    "bild",
    "credit",
    "crédit",
    "video",
    "vídeo",
    "graphi",
    "grafik",
    "illustr",
    "screen",
    "source",
    "quelle",
    "courtesy",
    "archiv",
    "divulga",
    "reprodu",
    "legend",
    "beeld",
    "didascal",
    "arquivo",
    "fonte",
    "fuente",
    "capture",
    "galer",
    "galler",
    "diapor",
    "фото",
    "иллюстр",
    "zdjęci",
    "fot.",
    "görsel",
    "visuali",
    "render",
    "bron",
    "źródło",
    "kaynak",
    "источник",
    "kilde",
    "källa",
    "captura",
    "sketch",
    "drawing",
    "croquis",
    "dessin",
    "zeichnung",
    "dibujo",
    "desenho",
    "disegno",
    "bildschirm",
    "zrzut",
    "ekran",
    "скриншот",
)


def detect(page: Page, langs: frozenset[str]) -> None:
    """Each rule sits behind a cheap test (a character or a last word present)."""
    # the lines with a credit word's stem, found with one scan of the page per stem
    stemmed = page.containing(_CREDIT_STEMS)
    texts = page.texts
    candidates, source_last = _candidates(page, stemmed)
    for i in candidates:
        text = texts[i]
        shape = page.shapes[i]
        words = shape.words
        if words > MAX_CAPTION_WORDS or words == 0:
            continue
        low = page.lows[i]
        ends_paren = text.endswith(")")
        hit: Hit | None = None
        score = 0.9
        m = PIPE_CREDIT.search(text) if ("|" in text or "•" in text or "·" in text) else None
        if m:
            hit = Hit("caption.pipe_credit", m.group(0))
        elif (
            words <= 45
            and i in stemmed
            and not _CREDIT_TOKENS.isdisjoint(low.replace(":", " ").replace("/", " ").split())
            and (m := CREDIT.search(text))
            and not _credit_in_prose(text, m.start())
        ):
            hit = Hit("caption.credit", m.group(0))
            score = 0.85
        elif words <= 60 and "/" in text and (m := NAME_SLASH_SOURCE.search(text)):
            hit = Hit("caption.name_slash_source", m.group(0))
            score = 0.8
        elif words <= 60 and "/" in text and (m := CAPS_SOURCE_SLASH_NAME.search(text)):
            hit = Hit("caption.source_slash_name", m.group(0))
            score = 0.8
        elif words <= 70 and low.startswith(("in this", "(in this")) and (m := IN_THIS_PHOTO.match(text)):
            hit = Hit("caption.in_this_photo", m.group(0))
            score = 0.85
        elif words <= 50 and ("," in text or "(" in text) and (m := POSITIONS.search(text)):
            hit = Hit("caption.positions", m.group(0))
            score = 0.6
        elif words >= 3 and (ends_paren or i in source_last) and (m := AGENCY_TAIL.search(text)):
            hit = Hit("caption.agency_tail", m.group(0))
            score = 0.8
        elif (
            (ends_paren and (m := PAREN_CREDIT.search(text)))
            or (text[:1] in "©(c" and (m := COPY_CREDIT.match(text)))
            or (text.endswith(").") and (m := PAREN_PHOTO_STOP.search(text)))
        ):
            hit = Hit("caption.credit", m.group(0))
            # "© Belga / Jonas Maes": a source and its photographer, no site's copyright line
            score = 0.85 if "/" in text and COPY_SLASH_CREDIT.match(text) else 0.8
        elif words <= 8 and (page.firsts[i] in _FILE_FIRSTS or text[:1] == "(") and FILE_PHOTO.match(text):
            hit = Hit("caption.file_photo", text)
        elif (
            words <= FILE_PHOTO_OF_WORDS
            and page.firsts[i] in _FILE_OF_FIRSTS
            and (m := FILE_PHOTO_OF.match(text))
            and _sentences(text) == 1
        ):
            hit = Hit("caption.file_photo", m.group(0))
        elif words <= 8 and not shape.sentence_end and PHOTO_NOTE.match(text):
            hit = Hit("caption.photo_note", text)
        elif (words <= 4 or (words <= 9 and any(d in text for d in _CREDIT_NAME_DASHES))) and (
            m := CREDIT_NAME.match(text)
        ):
            hit = Hit("caption.credit_name", text)
        elif words <= COURTESY_WORDS and page.firsts[i] in _COURTESY_FIRSTS and (m := COURTESY.match(text)):
            hit = Hit("caption.courtesy", m.group(0))
            score = 0.85
        elif (
            words <= 40
            and (text.startswith(_VIDEO_MARKS) or ends_paren or ":" in text)
            and not shape.prose
            and (m := VIDEO.match(text))
        ):
            hit = Hit("caption.video", m.group(0))
            score = 0.95
        elif (
            words <= 8
            and not shape.terminal
            and ("/" in text or page.firsts[i] in _CREDIT_LINE_FIRSTS or i in source_last or " for The " in text)
            and (m := CREDIT_LINE.match(text))
        ):
            hit = Hit("caption.credit_line", m.group(0))
            score = 0.6
        if hit:
            page.add(i, verdict(Label.CAPTION, hit, score))


#: substrings (of the lower-cased line) that some rule of :func:`detect` needs: "|" "•" "·"
#: (pipe_credit), "/" and " for the " (name_slash_source, credit_line), "in this" (in_this_photo), the
#: video marks (video), and every word POSITIONS can match ("(l)" ... for its second form)
_LINE_CUES = (
    " for the ",
    "|",
    "•",
    "·",
    "/",
    "in this",
    *_VIDEO_MARKS,
    "left",
    "right",
    "centre",
    "center",
    "front row",
    "back row",
    "foreground",
    "background",
    "(l)",
    "(r)",
    "(c)",
)
_FIRST_CUES = _FILE_FIRSTS | _CREDIT_LINE_FIRSTS
#: the courtesy lines' first words that have no credit word's stem ("Per gentile concessione ...",
#: "Von der Familie zur Verfügung gestellt"): read when the line is short
_COURTESY_ONLY_FIRSTS = frozenset(["per", "von", "vom"])
_LAST = itemgetter(slice(-1, None))
_FIRST = itemgetter(slice(None, 1))


def _candidates(page: Page, stemmed: set[int]) -> tuple[list[int], set[int]]:
    """The lines :func:`detect` has to read: those where some rule's cheap test can pass,
    and the lines whose last word (:func:`_last_word`) is in ``_SOURCE_LAST``.

    Every rule of :func:`detect` needs one of: a substring of :data:`_LINE_CUES`
    in the line, a ":" in a line of at most 40 words that is not prose (video),
    a credit word's stem (``stemmed``: caption.credit, and
    photo_note's "photo"/"picture"/"image"/"pic"/"foto"), a ")" at the end
    (agency_tail, the parenthesised credit, video), a last word of
    ``_SOURCE_LAST`` (agency_tail, credit_line), a first word of ``_FILE_FIRSTS``
    or ``_CREDIT_LINE_FIRSTS`` or a first character "©", "(" or "c" (file_photo,
    credit_line, the copyright credit). The substrings are looked for in the
    lower-cased text (:meth:`Page.containing`); the patterns match case-insensitively,
    which is the same there unless a line holds a character whose lower case is
    no single letter ("İ") or that matches a letter it does not lower-case to
    ("ſ"): then every such line is read. The lines in no candidate set are those on
    which every rule's test fails (so they got no caption verdict before either).
    """
    texts, lows, shapes = page.texts, page.lows, page.shapes
    # _last_word of every line, in C: the last of at most two words (none for an empty line)
    last_words = map(
        str.strip, map("".join, map(_LAST, map(str.rsplit, lows, repeat(None), repeat(1)))), repeat("().,;")
    )
    source_last = set(compress(count(), map(_SOURCE_LAST.__contains__, last_words)))
    found = page.containing(_LINE_CUES) | stemmed
    found.update(page.unplain)  # read whole (on a plain_case page: none)
    # video: a ":" in a short line that is not prose
    found.update(i for i in page.containing((":",)) if shapes[i].words <= 40 and not shapes[i].prose)
    found.update(compress(count(), map(str.endswith, texts, repeat(")"))))
    found.update(compress(count(), map(_FIRST_CUES.__contains__, page.firsts)))
    found.update(
        i
        for i in compress(count(), map(_COURTESY_ONLY_FIRSTS.__contains__, page.firsts))
        if shapes[i].words <= COURTESY_WORDS
    )
    found.update(compress(count(), map("©(c".__contains__, map(_FIRST, texts))))
    found.update(source_last)
    return sorted(found), source_last


def _credit_in_prose(text: str, at: int) -> bool:
    """A credit word deep inside a long sentence ("... the photo: a blur") is prose."""
    before = text[:at]
    return len(before.split()) > 12 and text.rstrip()[-1:] in '.!?"”'


TAIL_FORMS = {
    name: lazyrx.compile(pattern.replace("{credit}", _CREDIT)) for name, pattern in P.CAPTION_TAIL_PATTERNS.items()
}
#: where a description's sentence ends and a credit may follow
#: (a bullet or a bar may stand between the sentence and its credit: "... des nouvelles du bac. • ©Ondes Atlantique")
_SENTENCE_END = lazyrx.compile(r"[.!?…][\"'”’»)]?\s+(?:[•·|]\s*)?")
#: a credit after the description has at most this many words ...
TAIL_WORDS = 8
#: ... the description before it at least this many, and the line at most this many
TAIL_DESCRIPTION_WORDS = 4
TAIL_LINE_WORDS = 60
#: only the end of a line is read for the credit
TAIL_CHARS = 120
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»", "'", "’", "…")
_INITIALS_END = lazyrx.compile(r"(?:\p{Lu}\.){2,}$")
#: a clause after a comma, or a full stop after a word of some length: a sentence, no credit
#: ("Photo by photo, the memories came back."); "Foto: D.R." and "Inc." end a credit
_TAIL_PROSE = lazyrx.compile(r",\s+\p{Ll}|\p{Ll}{4,}\.$")
#: ... but a picture given by a named someone may end in a full stop: "Photo courtesy Kent Ardell."
_COURTESY_TAIL = lazyrx.compile(
    r"(?i:(?:photo|photos|image|images|picture|pictures|video)\s+)?(?i:courtesy)(?:\s+of)?\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\.?"
)
#: a sentence's end inside a credit, not after an initial ("P. Ravenel/Icon Sport"), a credit
#: word's abbreviation ("Fot. FotoSport24", "Dok. Istimewa") or a name's ("© Diözese St. Wolfgang/Gruber",
#: "Dr. Anna Ruiz")
_CREDIT_SENTENCE_BREAK = lazyrx.compile(
    r"(?<!(?:^|[\s(/])(?:\p{Lu}|(?i:fot|dok)|St|Ste|Sta|Dr|Mt))[.!?…][\"'”’»)]?\s+(?=[\p{Lu}\d\"'“‘«])"
)


#: a picture's own label opening its caption: a gallery's counter ("1 of 3 Water fills ..."), a
#: figure's number ("Figure 1. A trawl sample ...", "Abb. 2: ..."), a picture's kind ("Satellite image
#: showing ...", "Media caption, Watch: ...", "Video caption, Drone footage shows ...", "Image source, Getty Images")
PICTURE_LABEL = lazyrx.compile(
    r"^(?:\d{1,2} (?:of|von|de|di|sur|van) \d{1,2}\s+(?-i:\p{Lu})"
    r"|(?:figure|fig\.|abbildung|abb\.|figura|grafik|gráfico|grafico|graphique)\s*\d{1,2}[a-z]?\s*[.:]\s+(?-i:\p{Lu})"
    r"|(?:satellite|aerial|drone|undated|handout) (?:image|photo|picture|photograph|footage|view)s? (?:showing|shows)\b"
    r"|(?:media|video|image) caption,|image source,)",
    regex.I,
)
_PICTURE_FIRSTS = frozenset(
    (
        "figure",
        "fig",
        "fig.",
        "abbildung",
        "abb",
        "abb.",
        "figura",
        "grafik",
        "gráfico",
        "grafico",
        "graphique",
        "satellite",
    )
) | frozenset(("aerial", "drone", "undated", "handout", "media", "video", "image"))
#: a picture's label opens a caption of at most this many words
PICTURE_LABEL_WORDS = 60


#: a Korean caption's credit at its end, after the description's full stop or a slash, or in
#: brackets: ".../사진=한빛일보 박준호 기자", "... 예정지./그래픽=한빛일보", "(사진=연합뉴스)"; the story
#: names a picture otherwise ("사진을 공개했다")
KO_PHOTO_CREDIT = lazyrx.compile(
    r"(?:[./]\s?|\(|\[)(?:사진|자료사진|사진제공|그래픽|영상)\s?=\s?[^=()\[\]]{1,40}[)\]]?$"
)
_KO_CREDIT_CUES = ("사진=", "사진 =", "그래픽=", "영상=")
#: a Korean caption with its credit has at most this many words, and this many at least before
#: the credit: a credit alone on its line ("[사진=JTBC, 이매진아시아]" under a picture) is left to the
#: other rules (the real pages' article text holds such lines)
KO_CAPTION_WORDS = 40
KO_DESCRIPTION_WORDS = 2


def detect_korean_credits(page: Page) -> None:
    """A Korean photo or graphic caption that ends in its credit ("/사진=..." : ``caption.ko_credit``)."""
    for i in sorted(page.containing(_KO_CREDIT_CUES)):
        text = page.texts[i].rstrip()
        if page.shapes[i].words > KO_CAPTION_WORDS or (m := KO_PHOTO_CREDIT.search(text)) is None:
            continue
        if len(text[: m.start()].split()) >= KO_DESCRIPTION_WORDS:
            page.add(i, verdict(Label.CAPTION, Hit("caption.ko_credit", m.group(0)), 0.85))


def detect_copyright_under_captions(page: Page) -> None:
    """A photographer's or an agency's copyright right under a caption ("© J. Maes", "© dpa") is
    the picture's credit (``caption.copyright_credit``), not the site's copyright line: no year,
    a few words (:data:`COPY_CREDIT`), and the line above reads as a caption (its best verdict)."""
    for i in sorted(page.containing(("©",))):
        text = page.texts[i].lstrip()
        if i == 0 or text[:1] != "©" or page.shapes[i].words > COPYRIGHT_CREDIT_WORDS:
            continue
        above = page.best(i - 1)
        if above is None or above.label is not Label.CAPTION or not COPY_CREDIT.match(text):
            continue
        if _YEAR.search(text) or any(mark in page.lows[i] for mark in _SITE_COPYRIGHT):
            continue  # "© La Gazette du Sur, 2025", "© Il Settimanale · Privacy": the site's own line
        page.add(i, verdict(Label.CAPTION, Hit("caption.copyright_credit", text[:40]), 0.85))


#: a credit in brackets alone on its line: "(KTVR)", "(Getty Images)", "(Harbor City Ledger)"
PAREN_LINE_CREDIT = lazyrx.compile(r"^\(\p{Lu}[^()\d]{1,38}\)$")
#: ... of at most this many words
PAREN_CREDIT_WORDS = 5


def detect_paren_credits_under_captions(page: Page) -> None:
    """A source in brackets alone on its line right under a caption ("(KTVR)" under "First
    responders work at ...") is the picture's credit (``caption.paren_credit``): the caption's
    second line. An agency's sign-off in brackets ("(EFE)") closes the story's last paragraph."""
    for i in range(1, len(page)):
        if page.verdicts[i] or page.shapes[i].words > PAREN_CREDIT_WORDS or page.texts[i].lstrip()[:1] != "(":
            continue
        text = page.texts[i].strip()
        above = page.best(i - 1)
        if above is None or above.label is not Label.CAPTION or not PAREN_LINE_CREDIT.match(text):
            continue
        page.add(i, verdict(Label.CAPTION, Hit("caption.paren_credit", text), 0.8))


#: a bare name under a caption has this many words: a subheading of one word ("Friday", "Diversions") stands
#: under a picture too
NAME_CREDIT_WORDS = (2, 4)
_NAME_CREDIT_WORD = lazyrx.compile(r"^\p{Lu}[\p{Ll}'’&.-]*\p{Ll}[\p{L}'’&.-]*$")


def detect_name_credits_under_captions(page: Page) -> None:
    """A bare source's name right under a caption that ends a sentence ("The recovered booster sits
    on the deck ... on Dec. 6." / "Kestrel Launch Systems", "Brackwater Herald", "Northgate Police") is
    the picture's credit (``caption.name_credit``): two to four capitalised words (:data:`NAME_CREDIT_WORDS`),
    no small word, figure or mark, the line above reads as a caption (its best verdict, not a description
    under its credit: the picture has one), and the line
    below is no byline (an author's name over the date line) nor a paragraph (a subheading heads
    one: "Defensive Line"). Title
    Case subheadings keep their small words ("Sidewalks and Bus Stops", "What the Ban Means for You")."""
    for i in range(1, len(page) - 1):
        shape = page.shapes[i]
        if page.verdicts[i] or not NAME_CREDIT_WORDS[0] <= shape.words <= NAME_CREDIT_WORDS[1] or shape.terminal:
            continue
        words = page.texts[i].split()
        if not all(_NAME_CREDIT_WORD.match(w) for w in words) or any(w.lower() in STOPWORDS for w in words):
            continue
        above = page.best(i - 1)
        if above is None or above.label is not Label.CAPTION or not page.shapes[i - 1].sentence_end:
            continue
        if above.rule.startswith("caption.described_below"):
            continue  # the picture's credit stands over its description: the line under it is the story's
        if page.has(i + 1, Label.BYLINE):
            continue  # the author's name over the article's date line ("Aoife Tierney" / "December 6 2026 07:30 AM")
        if page.shapes[i + 1].prose and not page.verdicts[i + 1]:
            continue  # a subheading in two words heads the paragraph under it ("Defensive Line")
        page.add(i, verdict(Label.CAPTION, Hit("caption.name_credit", page.texts[i].strip()), 0.8))


#: a copyright credit under a caption has at most this many words ("© Estate of Bernard Oyelaran")
COPYRIGHT_CREDIT_WORDS = 8
_YEAR = lazyrx.compile(r"\b(?:19|20)\d\d\b")
_SITE_COPYRIGHT = ("·", "|", "opyright", "reserv", "vorbehalt", "voorbehoud", "riservat")


def detect_picture_labels(page: Page) -> None:
    """A caption opened by its picture's own label (``caption.picture_label``): :data:`PICTURE_LABEL`."""
    for i, (text, first, shape) in enumerate(zip(page.texts, page.firsts, page.shapes)):
        if page.verdicts[i] or not 3 <= shape.words <= PICTURE_LABEL_WORDS:
            continue
        if (first in _PICTURE_FIRSTS or text[:1].isdigit()) and (m := PICTURE_LABEL.match(text)):
            page.add(i, verdict(Label.CAPTION, Hit("caption.picture_label", m.group(0)), 0.8))


def detect_tail_credits(page: Page) -> None:
    """A photo's description closed by its credit after the last sentence (``caption.tail_credit``).

    "Sandbags stacked at the Ngaio Rd bridge. Photo / Hemi Tautahi", "... on Friday. (File
    photo)", "... Fayonvaux. © Julien Marchal", "... on Thursday. (WKRV)", "... de Alcornia.
    ÁNGEL MURCIANO": the credit forms of :data:`~newsclean.detectors.rules.patterns.CAPTION_TAIL_PATTERNS`,
    short, after a finished sentence, to the end of the line. A story's paragraph does not end
    in a credit; a credit word inside a sentence ("... the photo was taken.") is no tail.
    """
    # a line's credit depends on its text alone: worked out once per line text, whether it comes
    # again on the page or on the second pass over the kept lines (Page.memo)
    memo: dict[str, Hit | None] = page.memo("caption.tail_credit")
    segments = page.segments
    for i, shape in enumerate(page.shapes):
        if not TAIL_DESCRIPTION_WORDS < shape.words <= TAIL_LINE_WORDS or page.verdicts[i]:
            continue
        key = segments[i].text
        if key in memo:
            hit = memo[key]
        else:
            hit = memo[key] = _tail_credit_line(page.texts[i].rstrip())
        if hit is not None:
            page.add(i, verdict(Label.CAPTION, hit, 0.85))


def _tail_credit_line(text: str) -> Hit | None:
    """:func:`detect_tail_credits`' answer for one line (``text``: as patterns see it, right-stripped)."""
    if (
        text.endswith(_SENTENCE_ENDS)
        and not _INITIALS_END.search(text, len(text) - 12)
        and "ourtesy" not in text[-TAIL_CHARS:]
    ):
        # cheap test first: a paragraph ends its last sentence; a credit ends in a name ("D.R.")
        # or a courtesy's full stop ("Photo courtesy Kent Ardell.")
        return None
    end = text[-TAIL_CHARS:]
    if end.upper() == end:
        return None  # a line in capitals has no photographer's name in capitals at its end
    hit = _tail_credit(end)
    if hit is not None and len(text[: len(text) - len(hit[1])].split()) >= TAIL_DESCRIPTION_WORDS:
        return Hit(f"caption.tail_credit.{hit[0]}", hit[1])
    return None


def _tail_credit(end: str) -> tuple[str, str] | None:
    for m in _SENTENCE_END.finditer(end):
        tail = end[m.end() :]
        if not tail or len(tail.split()) > TAIL_WORDS or _CREDIT_SENTENCE_BREAK.search(tail):
            continue
        if _TAIL_PROSE.search(tail):
            if _COURTESY_TAIL.fullmatch(tail):
                return "courtesy", tail
            continue
        quoted = not m.group(0)[1:2].isspace()
        for name, form in TAIL_FORMS.items():
            if form.fullmatch(tail):
                if quoted and name == "paren_name":
                    break  # «... arriva.» (Cooperativa Pescatori): a quote's speaker
                return name, tail
    return None


#: :data:`~newsclean.detectors.rules.patterns.CAPTION_SOURCE_CREDITS`, every language's, at a line's start
SOURCE_CREDIT = lazyrx.compile("^(?:" + "|".join(P.CAPTION_SOURCE_CREDITS.values()) + ")", regex.I)
#: the first words of those credits (a line opening with none of them is not read)
_SOURCE_CREDIT_FIRSTS = frozenset(
    [
        "screenshot",
        "screengrab",
        "screen",
        "still",
        "image",
        "photo",
        "footage",
        "video",
        "graphic",
        "chart",
        "map",
        "infographic",
        "bildschirmfoto",
        "standbild",
        "grafik",
        "karte",
        "infografik",
        "capture",
        "captures",
        "images",
        "photos",
        "vidéo",
        "infographie",
        "graphique",
        "carte",
        "captura",
        "imagen",
        "imágenes",
        "foto",
        "fotos",
        "vídeo",
        "infografía",
        "gráfico",
        "mapa",
        "imagem",
        "imagens",
        "infografia",
        "infográfico",
        "fermo",
        "immagine",
        "immagini",
        "infografica",
        "grafico",
        "mappa",
    ]
)
#: a source's credit has at most this many words
SOURCE_CREDIT_WORDS = 12


def detect_source_credits(page: Page) -> None:
    """Where a picture or a graphic was taken from, alone on a short line with no sentence's end
    (``caption.source_credit``): "Screenshot da Facebook", "Capture d'écran de X", "Infographie X,
    d'après INSEE" (:data:`SOURCE_CREDIT`)."""
    for i in compress(range(len(page)), map(_SOURCE_CREDIT_FIRSTS.__contains__, page.firsts)):
        shape = page.shapes[i]
        text = page.texts[i].rstrip()
        if page.verdicts[i] or not 2 <= shape.words <= SOURCE_CREDIT_WORDS or text.endswith((".", "?", "!", ":")):
            continue
        if m := SOURCE_CREDIT.match(text):
            page.add(i, verdict(Label.CAPTION, Hit("caption.source_credit", m.group(0)), 0.85))


def detect_described(page: Page) -> None:
    """The line right before a credit line describes the same picture."""
    # the lines with verdicts (the others are skipped at once), found in C; a verdict added
    # below goes to the line before ``i``, already passed
    for i in compress(range(1, len(page)), page.verdicts[1:]):
        vs = page.verdicts[i]
        # a whole caption with its credit at its end (tail_credit) describes no line above it
        if not any(v.label is _CAPTION and v.rule != "caption.described" and "tail_credit" not in v.rule for v in vs):
            continue
        best = page.best(i)
        if best is not None and best.label is Label.BYLINE:
            continue  # a wire story's credit at its end ("(SDA/fbü)", "(dpa/lni)"), surer than a photo's
        j = i - 1
        # a weak caption's reading of its own ("Elowen at her door, 1976 (left) and 2016.":
        # caption.positions) is read again: the credit under it makes it sure
        if page.verdicts[j] and not all(v.label is _CAPTION for v in page.verdicts[j]):
            continue
        prev, here = page.texts[j], page.texts[i]
        if page.shapes[j].list_marker:
            # "1. Brisco air fryer, £59": a numbered item's title over its picture; "• The cause
            # is not yet known": the last item of the story's list over the next photo's caption
            continue
        repeated = len(prev) >= 12 and here.startswith(prev[: max(12, len(prev) * 3 // 4)])
        glued = page.has_blank_lines and not page.segments[i].blank_before
        bare_credit = (
            page.shapes[i].words <= 6
            and page.shapes[j].words >= 4
            and (not page.shapes[j].prose or (glued and page.shapes[j].words <= 35))
        )
        if repeated:
            page.add(j, Verdict(Label.CAPTION, "caption.described_repeated", prev[:120], 0.8))
        elif _sure_description(page, j, i):
            page.add(j, Verdict(Label.CAPTION, "caption.described_sentence", prev[:120], 0.8))
            if PLURAL_PHOTO_CREDIT.match(here):
                _described_above(page, j)
        elif bare_credit or (
            not page.segments[i].blank_before
            and not page.shapes[j].prose
            and page.shapes[j].words >= 3
            and page.has_blank_lines
            # a whole caption whose credit follows its own sentence ("Die Scheune stand in
            # Vollbrand. Foto: FF X") describes no line above it (a data line "Magnitud: 6,1 | ...")
            and not (page.shapes[i].words >= OWN_DESCRIPTION_WORDS and _own_description(here))
        ):
            page.add(j, Verdict(Label.CAPTION, "caption.described", prev[:120], 0.6))


#: a credit line of this many words or more may carry its own description ...
OWN_DESCRIPTION_WORDS = 8
#: ... a sentence ended before the credit: "... en Cañete tras el movimiento. Foto: Senapred"
_OWN_SENTENCE = lazyrx.compile(r"\p{Ll}[.!?][\"”»]?\s+\p{Lu}")


def _own_description(text: str) -> bool:
    """A sentence of the line's own ends before its credit (not "Graphic: X. Source: Y")."""
    m = CREDIT.search(text)
    return m is not None and m.start() > 0 and _OWN_SENTENCE.search(text, 0, m.start() + 1) is not None


#: the caption rules of a bare credit line, under which its description may stand
_BARE_CREDIT_RULES = ("caption.credit", "caption.credit_line", "caption.photo_note", "caption.courtesy")
#: a description under its credit has at least this many words and at most this many
BELOW_MIN_WORDS = 5
BELOW_WORDS = 25
#: ... and the line above the credit, when it has no verdict, is a paragraph: more words than
#: this or more than one sentence (a short sentence there is the credit's own description)
BELOW_ABOVE_WORDS = 12
_QUOTES = ('"', "“", "”", "„", "«", "»")


def detect_described_below(page: Page) -> None:
    """One sentence right under a bare photo credit ("Foto: X", "Image: Y / Z", "Fot. X") that
    closes no description of its own describes the picture (``caption.described_below``): the
    line above the credit is a paragraph, a byline, a marker or the page's top, not a short
    sentence (then the credit closes that caption and the line under it is the story's); the line
    under the sentence is no caption (then :func:`detect_described` reads it). A quote, reported
    speech, a question or a heading's colon is the story's."""
    texts, shapes, verdicts = page.texts, page.shapes, page.verdicts
    n = len(page)
    for i in compress(range(n - 2), verdicts[: n - 2]):
        shape = shapes[i]
        if shape.words > PHOTO_CREDIT_WORDS or not any(v.rule.startswith(_BARE_CREDIT_RULES) for v in verdicts[i]):
            continue
        text = texts[i]
        low = page.lows[i]
        if not (PHOTO_CREDIT.match(text) or low.startswith(("fot.", "courtesy"))) or _NOT_PHOTO_CREDIT.match(text):
            continue
        j = i + 1
        below = shapes[j]
        line = texts[j].strip()
        if (
            verdicts[j]
            or not BELOW_MIN_WORDS <= below.words <= BELOW_WORDS
            or below.list_marker
            or not line[:1].isupper()
            or line.endswith((":", "?"))
            or any(q in line for q in _QUOTES)
            or _sentences(line) > 1
            or _REPORTED.search(line)
        ):
            continue
        if any(v.label is _CAPTION for v in verdicts[j + 1]):
            continue
        if _leaves_the_figure(page.segments[i], page.segments[j]):
            continue
        k = i - 1
        if k >= 0:
            if any(v.label is _CAPTION for v in verdicts[k]):
                continue
            above = shapes[k]
            if not verdicts[k] and above.words <= BELOW_ABOVE_WORDS and _sentences(texts[k]) <= 1:
                continue
            if not verdicts[k] and _reads_as_scene(page, k):
                # a longer sentence that shows a picture's scene ("Dana Whitlock (Ruth Alcott)
                # confronts her brother at the head of the table."): the credit closes it
                continue
            if _closes_caption_above(page.segments, k, i, j):
                continue
        page.add(j, Verdict(Label.CAPTION, "caption.described_below", line[:120], 0.8))


def _leaves_the_figure(credit: Segment, below: Segment) -> bool:
    """HTML: the credit sits in a ``<figure>`` and the sentence under it is a paragraph outside
    any figure ("Photo by X/Getty Images" in the hero figure, then "<p>Below, we analyze the
    snap counts ..."): the story starts there, the picture's caption ended with its figure."""
    cd, bd = credit.dom, below.dom
    return bool(cd and bd and cd.get("in_figure") and not bd.get("in_figure") and bd.get("tag") == "p")


def _closes_caption_above(segments: list[Segment], k: int, i: int, j: int) -> bool:
    """HTML: credit ``i`` sits in the block element of the line above it (``Text<br>Credit: X`` in
    one caption box) and the line under it in another: the credit closes that caption, and the
    line under it is the story's, however long the caption above (a text dump cannot tell)."""
    above, credit, below = segments[k].dom, segments[i].dom, segments[j].dom
    if above is None or credit is None or below is None:
        return False
    block = credit.get("block")
    return block is not None and above.get("block") == block and below.get("block") != block


#: a description above a bare photo credit has at most this many words ...
DESCRIPTION_WORDS = 30
#: ... and at most this many sentences ("A bridge over the river. It closed in May.")
DESCRIPTION_SENTENCES = 1
#: a line above the description that could be a headline (the sentence its standfirst) has at
#: least this many words and at most this share of digits
TITLE_WORDS = 4
TITLE_DIGITS = 0.1
#: ... or two sentences, above a credit that names a picture's maker (:data:`PHOTO_CREDIT`)
PHOTO_DESCRIPTION_SENTENCES = 2
#: a bare credit of a photo: "Foto: dpa", "© Foto: Privat", "(Photo: Reggie Tolliver / ...)",
#: "Photograph: ...", "Beeld Sander Kooistra", "Picture supplied"; no "Video:", "Grafik:",
#: "Source:" (a chart's or a clip's line, under which a paragraph of the story may stand), no
#: "Main image credit: Getty" (the credit of the page's top picture, at the article's end)
PHOTO_CREDIT = lazyrx.compile(
    r"^[(©\s]*(?!(?i:main|top|lead|header|cover|featured|hero)\b)(?:(?:\p{Lu}[\p{L}-]*\s+)?(?i:foto|fotos|photo|photos|photograph|photographs|fotografia|fotografía|image|imagen|imagem|picture|pictures|pic|bild|beeld|credit|crédit|crédito|image credit|photo credit|bildquelle))\b(?!\s*(?i:gallery|galerie|galería|galeria|of\b))"
    # (or a copyright's source and maker: "© Voix du Diocèse / T. Faure", :data:`COPY_SLASH_CREDIT`)
    r"|^©\s*(?!\d{4})[^/|\d]{2,40}/\s*\p{L}[^/|\d]{1,40}$"
)
#: a bare credit under a description has at most this many words, or this many when it opens with
#: a photo's credit word (:data:`PHOTO_CREDIT`: "Foto: Mariana Ocádiz | El Heraldo del Valle",
#: "Photo : Hugo Marchal pour Le Courrier national")
CREDIT_WORDS = 6
PHOTO_CREDIT_WORDS = 10
#: a page where at least this share of lines follow a blank line: a blank says nothing there
BLANK_AFTER_EVERY_LINE = 0.8


def _blank_after_every_line(page: Page) -> bool:
    """A text dump with a blank line after (nearly) every line; HTML blocks say nothing by blanks."""
    segments = page.segments
    if not segments or segments[0].dom is not None:
        return False
    return sum(s.blank_before for s in segments) >= BLANK_AFTER_EVERY_LINE * len(segments)


#: reporting verbs and quotation marks: a sentence of the story, not a photo's description
_REPORTED = lazyrx.compile(
    r"\b(?:said|says|told|according to|sagte|sagt|sagten|dijo|dice|afirmó|señaló|a déclaré|a dit|explique|disse|afirmou|ha detto|ha spiegato|zei|zegt)\b|[\"“”„«»]",
    regex.I,
)
#: a source's line, a player's, or the credit of the page's main picture ("Main image credit: Getty")
_NOT_PHOTO_CREDIT = lazyrx.compile(
    r"^\W*(?:source|sources|quelle|fuente|fonte|▶|►|(?:main|top|lead|header|cover|featured|hero)\s+(?:image|photo|picture))",
    regex.I,
)


#: a credit of several photos ("Photos: Léa Vautrin", "Fotos: ..."): the captions above it may be more than one
PLURAL_PHOTO_CREDIT = lazyrx.compile(P.CAPTION_PLURAL_PHOTO_CREDIT)
#: ... at most this many more
PLURAL_CAPTIONS = 2


def _described_above(page: Page, j: int) -> None:
    """The sentences right above a sure caption (line ``j``) over a credit of several photos are
    their captions too (``caption.described_plural``): each one sentence glued to the next, of
    at most :data:`DESCRIPTION_WORDS` words, with no verdict and no reported speech."""
    for k in range(j - 1, max(j - 1 - PLURAL_CAPTIONS, -1), -1):
        shape = page.shapes[k]
        if (
            page.verdicts[k]
            or not shape.prose
            or shape.words > DESCRIPTION_WORDS
            or _sentences(page.texts[k]) > DESCRIPTION_SENTENCES
            or _REPORTED.search(page.texts[k])
            or (page.has_blank_lines and page.segments[k + 1].blank_before)
        ):
            return
        page.add(k, Verdict(Label.CAPTION, "caption.described_plural", page.texts[k][:120], 0.8))


#: a photo agency's name alone in capitals credits a photo ("MEGA", "BACKGRID")
_PHOTO_SOURCE_NAMES = frozenset(P.PHOTO_SOURCES)


#: a quoted title of at most four words ("Mural "Río adentro" en el andén ..."): a work's name, no one's words
_SHORT_QUOTE = lazyrx.compile(r"[\"“„«]\s?\p{Lu}[^\"“”„«»\s]*(?:\s[^\"“”„«»\s]+){0,3}\s?[\"”“»]")


#: a future's modal in a sentence's own clause (not in a relative one: "... the line that will form the greenway.")
_FUTURE = lazyrx.compile(r"\b(?:will|would|shall)\b|\w['’]ll\b", regex.I)


def _sure_description(page: Page, j: int, i: int) -> bool:
    """One sentence glued to a bare photo credit ("Foto: dpa") under it describes the photo.

    Sure enough to hold inside the article; not when the credit names a source
    ("Quelle: ...") or a player, when the sentence could be the standfirst under an
    unclaimed title, when it looks ahead in its own clause (:data:`_FUTURE`), or when a blank
    line stands between the two.
    """
    if page.shapes[i].words > PHOTO_CREDIT_WORDS or _NOT_PHOTO_CREDIT.match(page.texts[i]):
        return False
    if (
        page.texts[i] == page.texts[i].upper()
        and not _has_credit_word(page.lows[i])
        and page.texts[i].strip() not in _PHOTO_SOURCE_NAMES
    ):
        return False  # "SAP // JMR": the editors' initials of a wire story, no photo's credit ("MEGA" is one)
    photo = PHOTO_CREDIT.match(page.texts[i]) is not None
    # (a picture's source is named in more words: "Infographie Ciel & Labo, d'après Universidad de Zaragoza")
    sourced = any(v.rule == "caption.source_credit" for v in page.verdicts[i])
    if page.shapes[i].words > CREDIT_WORDS and not (photo or sourced):
        return False
    if page.has_blank_lines and page.segments[i].blank_before and not (photo and _blank_after_every_line(page)):
        return False
    shape = page.shapes[j]
    # under a picture's own credit ("Foto: Frank Leuthold/dpa") a description may run to a
    # second sentence ("The bridge spans 310 metres. Since the summer only cars may cross.")
    sentences = PHOTO_DESCRIPTION_SENTENCES if photo else DESCRIPTION_SENTENCES
    if not shape.prose or shape.words > DESCRIPTION_WORDS or _sentences(page.texts[j]) > sentences:
        return False
    if _REPORTED.search(_SHORT_QUOTE.sub("", page.texts[j])):
        return False  # "The council said ...": reported speech is the story's (a work's quoted title is no speech)
    if _FUTURE.search(CLAUSE_END.split(page.texts[j], 1)[0]):
        return (
            False  # "A makerspace on the first floor will offer ...": a picture shows what is, the story what will be
        )
    above = j - 1
    if above < 0 or page.verdicts[above]:
        return True
    shape = page.shapes[above]
    # a title has words: "3 min", "💬 214", "Gallery 1 of 12 ◀ ▶" above the sentence are no headline
    return not shape.title_like or shape.words < TITLE_WORDS or shape.digit_ratio > TITLE_DIGITS


def _has_credit_word(low: str) -> bool:
    return "©" in low or any(stem in low for stem in _CREDIT_STEMS)


PHOTO_MARKER = lazyrx.compile("|".join(f"(?:{p})" for p in P.PHOTO_MARKER_PATTERNS), regex.I)
#: a description under a marker is one sentence of at most this many words (a paragraph is no caption)
MARKER_CAPTION_WORDS = 45


def detect_after_marker(page: Page) -> None:
    """The line under a gallery counter or media player marker describes the picture.

    Only a sentence or a line of some length counts: a short title-like line under
    "1/10" can be the story's next subheading. Text pages only.
    """
    n = len(page)
    if n and page.segments[0].dom is not None:
        return  # HTML: figure and figcaption say it better (a counter can sit under the caption)
    markers = []
    counters = []
    for i in range(n - 1):
        shape = page.shapes[i]
        if shape.words > 6 or shape.chars > 40:
            continue
        if PHOTO_MARKER.match(page.texts[i]):
            markers.append(i)
        elif shape.words <= 3 and page.texts[i][:1].isdigit() and BARE_COUNTER.match(page.texts[i]):
            counters.append(i)
            if _gallery_slide(page, i + 1):
                page.add(i + 1, Verdict(Label.CAPTION, "caption.under_counter", page.texts[i + 1][:120], 0.8))
    _gallery_in_flow(page, counters)
    # a gallery's slides ("Photo 4/9") carry captions that may run to a few sentences
    sentences = GALLERY_CAPTION_SENTENCES if len(markers) >= GALLERY_MARKERS else 1
    for i in markers:
        # added even under another chrome verdict ("Image 3 of 9" is a chrome.prefix too): the
        # article span reads the marker as part of a gallery (``span._picture``)
        page.add(i, Verdict(Label.CHROME, "chrome.photo_marker", page.texts[i][:40], 0.8))
        j = i + 1
        below = page.shapes[j]
        # a weak caption's reading of its own (``caption.described``) is made sure under the marker
        if (
            page.verdicts[j] and not all(v.label is _CAPTION for v in page.verdicts[j])
        ) or below.words > MARKER_CAPTION_WORDS:
            continue
        # a description closed by its credit on the next line may run to more sentences ("The ferry
        # docks at Port Delvin, N.S., on Sept. 29. Service was to halt on Thursday." / "Jo Roe/The Standard")
        limit = sentences
        if j + 1 < n and any(v.label is _CAPTION for v in page.verdicts[j + 1]):
            limit = max(sentences, CREDITED_MARKER_CAPTION_SENTENCES)
        # a short phrase closed by the carousel's button or the next marker ("Bild 2 von 12" /
        # "Mit Mitcamper Ole B. bei der Dschungelprüfung" / "Weiter") describes the slide too
        closed = (
            below.words >= SLIDE_PHRASE_WORDS
            and j + 1 < n
            and any(v.rule.startswith(_SLIDE_ENDS) for v in page.verdicts[j + 1])
        )
        if (below.sentence_end or below.words >= 8 or closed) and _sentences(page.texts[j]) <= limit:
            page.add(j, Verdict(Label.CAPTION, "caption.after_marker", page.texts[j][:120], 0.8))


#: a slide's phrase with no full stop between a marker and a carousel's button has at least this many words
SLIDE_PHRASE_WORDS = 3
#: a description under a marker with its credit under it has at most this many sentences
CREDITED_MARKER_CAPTION_SENTENCES = 3
#: a page with at least this many markers holds a gallery, whose captions have at most this many
#: sentences ("A school minibus waits on the deck in fog. On bad mornings the ferry ...")
GALLERY_MARKERS = 3
GALLERY_CAPTION_SENTENCES = 3


#: a carousel's bare counter: "1 / 3", "2 of 12", "1 de 4" (tried on a line that opens with a digit:
#: the pattern must open with ``\d``, for which ``str.isdigit`` holds; ``tests/detectors/rules/test_caption.py``)
BARE_COUNTER = lazyrx.compile(r"^\d{1,3}\s*(?:/|of|von|de|sur|di|van)\s*\d{1,3}$", regex.I)
#: what closes a slide under its description: its credit or another caption, the next
#: counter or marker, a carousel's button ("Next", "View gallery")
_SLIDE_ENDS = ("caption.", "chrome.counter", "chrome.photo_marker", "chrome.ui_word", "chrome.breadcrumb")


#: a gallery set in the story's flow: at least this many counters with a caption under them show
#: the page prints a slide's counter over its caption
GALLERY_FLOW_CAPTIONED = 3


def _gallery_in_flow(page: Page, counters: list[int]) -> None:
    """A gallery's slides set between the story's paragraphs ("3/8" / "Saoirse posed with her
    sister ..." / the story's next paragraph): when the page's other counters have their caption
    under them, a counter's next line that reads as a slide's description (one sentence, or a
    line of some length with no full stop) is its caption too (``caption.under_counter``),
    though no credit or next counter closes it."""
    if len(counters) < GALLERY_FLOW_CAPTIONED:
        return
    below = [i + 1 for i in counters]
    captioned = sum(any(v.label is _CAPTION for v in page.verdicts[j]) for j in below)
    if captioned < GALLERY_FLOW_CAPTIONED:
        return
    for j in below:
        shape = page.shapes[j]
        if page.verdicts[j] or shape.words > MARKER_CAPTION_WORDS or _sentences(page.texts[j]) > 1:
            continue
        if not (shape.sentence_end or shape.words >= 8) or _REPORTED.search(_SHORT_QUOTE.sub("", page.texts[j])):
            continue  # a subheading; reported speech is the story's
        page.add(j, Verdict(Label.CAPTION, "caption.under_counter", page.texts[j][:120], 0.8))


def _gallery_slide(page: Page, j: int) -> bool:
    """Line ``j``, under a bare counter ("1 / 3"), describes the slide: one sentence (or a
    line of some length) with no verdict, closed by the slide's credit, another caption, the
    next counter or a carousel's button (``caption.under_counter``). A counter printed under
    the caption, above the lead, has the story's next paragraph under that lead instead."""
    n = len(page)
    if j + 1 >= n or page.verdicts[j] or page.shapes[j].words > MARKER_CAPTION_WORDS:
        return False
    below = page.shapes[j]
    if not (below.sentence_end or below.words >= 8) or _sentences(page.texts[j]) > 2:
        return False
    return any(v.rule.startswith(_SLIDE_ENDS) for v in page.verdicts[j + 1])


def _sentences(text: str) -> int:
    """Sentences in a line, roughly: a slide that tells the story in several is text, no caption."""
    return 1 + len(_SENTENCE_BREAK.findall(text.rstrip()))


#: ... not after a title's abbreviation before a name ("Chefärztin Dr. Helga Zirngibl (58) im ...")
_SENTENCE_BREAK = lazyrx.compile(
    rf"(?<!\b(?:{'|'.join(P.NAME_TITLE_ABBREVIATIONS)}))[.!?…][\"'”’»)]?\s+(?=[\p{{Lu}}\d\"'“‘«])"
)


_WEEKDAYS = "|".join(sorted({*P.WEEKDAYS, *P.CAPTION_MORE_WEEKDAYS}, key=len, reverse=True))
#: ... or the part of the day written alone, in the languages that close a caption with one ("..., przed południem.")
_DAY_MOMENTS = "|".join(sorted({*P.WEEKDAYS, *P.CAPTION_MORE_WEEKDAYS, *P.CAPTION_DAY_TIMES}, key=len, reverse=True))
#: a person named, the age, then the place, no verb (``caption.scene.person_age``)
SCENE_PERSON_AGE = lazyrx.compile(
    r"^(?:[\p{L}'’.-]+\s){0,6}\p{Lu}[\p{L}'’.-]+(?:" + "|".join(P.CAPTION_PERSON_AGE.values()) + ")"
)
#: the picture's day after a comma closes the line (``caption.scene.day_tail``)
SCENE_DAY_TAIL = lazyrx.compile(
    P.CAPTION_DAY_TAIL.replace("{weekday}", _DAY_MOMENTS).replace("{parts}", P.CAPTION_DAY_PARTS)
)
ANY_WEEKDAY = lazyrx.compile(rf"\b(?:{_WEEKDAYS})(?:{P.CAPTION_DAY_PARTS})?\b", regex.I)
#: a view dated by its year (``caption.scene.dated_view``)
SCENE_DATED_VIEW = lazyrx.compile(P.CAPTION_DATED_VIEW)
_EN_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
SCENE_DAY = lazyrx.compile(P.CAPTION_SCENE_DAY.format(weekday=_EN_WEEKDAYS))
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
SCENE_PLACE = lazyrx.compile(P.CAPTION_SCENE_PLACE.format(weekday=_EN_WEEKDAYS, month=_EN_MONTHS))
SCENE_ACTION = lazyrx.compile(P.CAPTION_SCENE_ACTION)
SCENE_NOT = lazyrx.compile(P.CAPTION_SCENE_NOT, regex.I)
SCENE_PAST = lazyrx.compile(P.CAPTION_SCENE_PAST)
#: the person's role in lower case between commas after the name: "Bríd Hanlon, show secretary, with ...",
#: "Dana Whitfield, head coach, speaks to ...", "Saga Lindblom, keramiker, vid ..." (one to four words)
_ROLE_APPOSITION = r"(?:,\s(?!(?:who|whose|which|that|som|der|die|yang|qui|que|che|quien|wo)\s)\p{Ll}[\p{L}'’-]*(?:\s\p{Ll}[\p{L}'’-]*){0,3},)?"
#: where the person comes from, after the name: "Mary Cleary from Ballyhale checks ..."
_FROM_PLACE = r"(?:\s(?:from|från|fra|aus|uit|dari)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)?"
_NAME_JOIN = r"\p{Lu}[\p{L}'’-]+|and|&|und|et|y|e|en|och|og|i|dan|oraz"
#: the person's age or place in the picture in brackets after the name: "(34)", "(rechts)", "(à gauche)"
_PLACE_IN_PICTURE = (
    r"(?:\s\((?:\d{1,3}|links|rechts|left|right|izquierda|derecha|à gauche|à droite|a sinistra|a destra"
    r"|à esquerda|à direita|th\.|tv\.)\))?"
)
#: a person named, maybe after role words ("Cafe owner"), then the page language's preposition,
#: maybe after a comma; group 1 holds the role words, group 2 the comma
SCENE_PERSON_PLACE = {
    lang: lazyrx.compile(
        r"^((?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}'’.-]*)\s){0,3}?)\p{Lu}[\p{L}'’-]+(?:\s(?:"
        + _NAME_JOIN
        + (f"|{P.CAPTION_NAME_PARTICLES[lang]}" if lang in P.CAPTION_NAME_PARTICLES else "")
        + r"))*\s\p{Lu}[\p{L}'’-]+(?:,\s(?:left|right|centre|center),)?"
        + _PLACE_IN_PICTURE
        + _ROLE_APPOSITION
        + r"(,?)\s(?:"
        + preps
        + r")\s"
    )
    for lang, preps in P.CAPTION_PERSON_PREPS.items()
}
_PERSON_PREP_WORDS = {lang: frozenset(preps.split("|")) for lang, preps in P.CAPTION_PERSON_PREPS.items()}
#: a character's name (one word or more) and the actor who plays them in brackets, as a TV or film
#: still is captioned: "Peter (Jonah Vail) reads ...", "Dana Whitlock (Ruth Alcott) confronts ..."
#: (the actor's name has two or three capitalised words: "(Labour)" or "(left)" is no actor)
_PLAYED_BY = r"|(?:\s\p{Lu}[\p{L}'’.-]+)?\s\(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}\)"
#: a person named, maybe after role words, then a verb of a picture's moment; group 1 holds the
#: role words (``caption.scene.person_action``)
SCENE_PERSON_ACTION = {
    lang: lazyrx.compile(
        r"^((?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}'’.-]*)\s){0,3}?)\p{Lu}[\p{L}'’-]+"
        r"(?:(?:\s\p{Lu}[\p{L}'’.-]+)+(?:\s\((?:\d{1,3}|links|rechts|left|right|izquierda|derecha|à gauche|à droite)\))?"
        + _PLAYED_BY
        + r")(?:,\s\d{1,3}(?:\s\p{Ll}+)?,)?"
        + _FROM_PLACE
        + _ROLE_APPOSITION
        + r"\s"
        + (rf"(?!(?:{P.CAPTION_STORY_PRESENT_EN})\b)" if lang == "en" else "")
        + rf"(?:{verbs})\s(?:\p{{Ll}}|\d)"
    )
    for lang, verbs in P.CAPTION_ACTION_VERBS.items()
}
_ACTION_VERBS = {lang: frozenset(verbs.split("|")) for lang, verbs in P.CAPTION_ACTION_VERBS.items() if lang != "en"}
CLAUSE_VERBS = {lang: lazyrx.compile(rf"\b(?:{verbs})\b", regex.I) for lang, verbs in P.CAPTION_CLAUSE_VERBS.items()}
CLAUSE_END = lazyrx.compile(P.CAPTION_CLAUSE_END)
#: a scene's caption is read as a paragraph while the article is looked for (below
#: :data:`~newsclean.decision.span.STRONG`: a short article whose paragraph it is keeps its
#: span), and then dropped inside it (``decision/resolve.py``)
SCENE_SCORE = 0.7
#: a scene's caption is one sentence of at least this many words and at most this many
SCENE_MIN_WORDS = 3
SCENE_WORDS = 25
#: ... a view dated by its year names a thing and a place, no more: at most this many words
#: ("She was born in Millport in 1935 and moved ... when she married, in 1956." is a story)
DATED_VIEW_WORDS = 15
#: ... an English scene at most this many (a lead that tells the same runs longer)
PRESENT_WORDS = 22
#: the day or the year of a picture after the line's last comma: at most this many words
SCENE_TAIL_WORDS = 6


def _reads_as_scene(page: Page, i: int) -> bool:
    """Line ``i``, unclaimed, reads as an uncredited photo caption (what :func:`detect_scenes`
    finds there; read before that rule runs, memo shared with it)."""
    shape = page.shapes[i]
    if not SCENE_MIN_WORDS <= shape.words <= BACKGROUND_LINE_WORDS or shape.list_marker:
        return False
    lang = page.lang
    memo = page.memo("caption.scene")
    key = (page.segments[i].text, lang)
    if key not in memo:
        memo[key] = _scene_line(
            page.texts[i].strip(),
            page.lows[i],
            shape,
            lang,
            SCENE_PERSON_PLACE.get(lang),
            SCENE_PERSON_ACTION.get(lang),
        )
    return memo[key] is not None


def detect_scenes(page: Page) -> None:
    """An uncredited photo caption in the text flow, told by its shape (``caption.scene.NAME``).

    One short sentence, no quote, no reporting verb, that shows rather than tells:
    a person with the age and the place and no verb (``person_age``), a scene
    closed by the picture's day after a comma (``day_tail``), a view dated by its
    year after a comma (``dated_view``), and in English a scene in the simple
    present with the day and the place of the picture (``present_en``):
    :data:`~newsclean.detectors.rules.patterns.CAPTION_PERSON_AGE` and the
    patterns after it. A line a rule claimed, a list item or a line opened by a
    dash or a dateline in capitals is not read. A scene with no verb or with its day
    may be followed by one sentence of background (``caption.scene.NAME.background``).
    """
    lang = page.lang
    person = SCENE_PERSON_PLACE.get(lang)
    action = SCENE_PERSON_ACTION.get(lang)
    segments, texts, lows, shapes, verdicts = page.segments, page.texts, page.lows, page.shapes, page.verdicts
    # what a line shows depends on its text and the language only: worked out once per line text,
    # whether it comes again on the page or on the second pass over the kept lines (Page.memo)
    memo = page.memo("caption.scene")
    for i, shape in enumerate(shapes):
        if verdicts[i] or not SCENE_MIN_WORDS <= shape.words <= BACKGROUND_LINE_WORDS or shape.list_marker:
            continue
        key = (segments[i].text, lang)
        if key in memo:
            hit = memo[key]
        else:
            hit = memo[key] = _scene_line(texts[i].strip(), lows[i], shape, lang, person, action)
        if hit is not None:
            page.add(i, verdict(Label.CAPTION, hit, SCENE_SCORE))


PORTRAIT_COMMA = lazyrx.compile("^" + P.CAPTION_PORTRAIT_COMMA)
PORTRAIT_AGE = lazyrx.compile("^" + P.CAPTION_PORTRAIT_AGE)
PORTRAIT_ROLE = {
    lang: lazyrx.compile(rf"^{roles}\s{P.CAPTION_PORTRAIT_NAME}$") for lang, roles in P.CAPTION_PORTRAIT_ROLES.items()
}
#: a portrait's caption has at most this many words ...
PORTRAIT_WORDS = 9
#: ... and its person's surname comes again in a paragraph at most this many lines away
PORTRAIT_REACH = 8


def _booking_photo(page: Page, i: int, name: str, surname: str) -> bool:
    """Line ``i``, "Dwayne R. Kessler, 34" on a page with more such lines, is a booking photo's caption
    under the paragraph that names the person in full ("Deputies arrested Dwayne R. Kessler, 34, of
    ..."), no case's heading of a court column: the paragraph under a heading opens with the surname."""
    above = page.texts[i - 1] if i > 0 else ""
    if not (page.shapes[i - 1].prose and not page.verdicts[i - 1] and name in above):
        return False
    return i + 1 >= len(page) or not page.texts[i + 1].lstrip().startswith(surname)


def detect_portraits(page: Page) -> None:
    """A portrait's caption in the article's flow: a person's name and role (or age) alone on a line
    with no full stop, next to a paragraph, whose surname a paragraph nearby names (``caption.scene.portrait``:
    :data:`~newsclean.detectors.rules.patterns.CAPTION_PORTRAIT_COMMA` and ``CAPTION_PORTRAIT_ROLES``). A page
    with more lines of a name and an age is a court column's cases or a list of people, each over its
    paragraph, but for a booking photo's caption under the paragraph that names the person in full
    (:func:`_booking_photo`)."""
    role = PORTRAIT_ROLE.get(page.lang)
    if role is None:
        return
    segments, texts, shapes, verdicts = page.segments, page.texts, page.shapes, page.verdicts
    n = len(segments)
    for i, shape in enumerate(shapes):
        if (
            verdicts[i]
            or not 2 <= shape.words <= PORTRAIT_WORDS
            or shape.terminal
            or shape.list_marker
            or not shape.starts_upper
        ):
            continue
        text = texts[i].strip()
        if shape.digit_ratio > 0:
            # a figure only as the person's age: "Geoff Morrison, 68"; more such lines on the page are
            # the cases of a court column or a list of people, each over its paragraph
            m = PORTRAIT_AGE.match(text)
            if (
                m is not None
                and sum(1 for t in texts if PORTRAIT_AGE.match(t.strip())) > 1
                and not _booking_photo(page, i, m.group("name"), m.group("surname"))
            ):
                continue
        else:
            m = PORTRAIT_COMMA.match(text) if "," in text else role.match(text)
        if m is None:
            continue
        # in the flow: a paragraph right before or right after it, and one that no rule claimed
        # further up (the headline has none above it but a cookie banner's, which a rule claims)
        if not ((i > 0 and shapes[i - 1].prose) or (i + 1 < n and shapes[i + 1].prose)):
            continue
        if not any(shapes[j].prose and not verdicts[j] for j in range(max(0, i - PORTRAIT_REACH), i - 1)):
            continue
        names = [m.group("surname"), *([m.group("nick")] if m.group("nick") else [])]
        surname = regex.compile(r"\b(?:" + "|".join(map(regex.escape, names)) + r")\b")
        near = range(max(0, i - PORTRAIT_REACH), min(n, i + PORTRAIT_REACH + 1))
        if any(j != i and shapes[j].prose and surname.search(texts[j]) for j in near):
            page.add(i, verdict(Label.CAPTION, Hit("caption.scene.portrait", m.group("name")), SCENE_SCORE))


def _scene_line(
    text: str,
    low: str,
    shape: Shape,
    lang: str,
    person: regex.Pattern[str] | None,
    action: regex.Pattern[str] | None,
) -> Hit | None:
    """:func:`detect_scenes`' answer for one line that no rule claimed: the scene it shows, or None."""
    if not text[:1].isalpha():
        return None
    if shape.words <= SCENE_WORDS:
        hit = _scene(text, low, shape.words, shape.digit_ratio > 0, lang, person, action)
        if hit is not None and _sentences(text) == 1 and not _REPORTED.search(text):
            return hit
    # a scene with no verb or with its day, then one sentence of background: "Fire crews at the
    # house on Swan Lane in November. The road was closed for three hours."
    if not shape.sentence_end or ". " not in text:
        return None
    breaks = _SENTENCE_BREAK.findall(text)
    if len(breaks) != 1 or _REPORTED.search(text):
        return None
    first = text[: text.index(breaks[0]) + 1]
    words = len(first.split())
    if not SCENE_MIN_WORDS <= words <= SCENE_WORDS:
        return None
    # the background scenes: no verb, or the day; a person named at a place with no verb ("Josef und
    # Martina Brandl mit Sohn Lukas im neuen Laufstall. Die Liegeboxen ...")
    hit = _scene(first, first.lower(), words, _DIGIT.search(first) is not None, lang, person, None)
    if hit is not None and hit.rule == "caption.scene.person_place":
        m = person.match(first) if person is not None else None
        # the name opens the line, with a place of some words ("Nació en Los Andes en 1988. ..." is a bio)
        if m is None or m.group(1) or words < PERSON_BACKGROUND_WORDS:
            return None
    if hit is not None and hit.rule in _BACKGROUND_SCENES:
        return Hit(f"{hit.rule}.background", hit[1])
    return None


_DIGIT = lazyrx.compile(r"\d")
#: a person named at a place, then background: the first sentence has at least this many words
PERSON_BACKGROUND_WORDS = 8
#: a scene's caption followed by one sentence of background has at most this many words
BACKGROUND_LINE_WORDS = 35
#: ... and its scene has no verb of its own, or its day or year after a comma: a present tense
#: opening a paragraph ("Teaching assistants begin a strike on Monday. The union ...") tells the story
_BACKGROUND_SCENES = frozenset(
    (
        "caption.scene.person_age",
        "caption.scene.day_tail",
        "caption.scene.dated_view",
        "caption.scene.verbless_en",
        "caption.scene.person_place",
    )
)


def _scene(
    text: str,
    low: str,
    words: int,
    digits: bool,
    lang: str,
    person: regex.Pattern[str] | None,
    action: regex.Pattern[str] | None,
) -> Hit | None:
    """The scene a sentence shows, tried where each pattern's cheap test holds: a figure in the
    line, a comma before the line's last few words, a day or an hour (:func:`detect_scenes`)."""
    english = lang == "en"
    comma = text.rfind(",")
    if comma < 0 and "(" not in text and not english and person is None:
        # no comma, no person's pattern: only a Russian scene in phrases may be read
        return _verbless_scene_ru(text) if lang == "ru" and SUBJECT_MIN_WORDS <= words <= VERBLESS_WORDS else None
    hit: Hit | None = None
    if digits and (m := SCENE_PERSON_AGE.match(text)):
        hit = Hit("caption.scene.person_age", m.group(0))
    elif comma < 1 or len(text[comma:].split()) > SCENE_TAIL_WORDS:
        pass
    elif words <= DATED_VIEW_WORDS and text.rstrip(".")[-1:].isdigit():
        if m := SCENE_DATED_VIEW.match(text, comma - 1):
            hit = Hit("caption.scene.dated_view", m.group(0))
    elif (m := SCENE_DAY_TAIL.match(text, comma)) and len(ANY_WEEKDAY.findall(text)) <= 1:
        # one day (or a part of the day alone): a list of days is a schedule ("Group A | Monday, Wednesday and Friday")
        hit = Hit("caption.scene.day_tail", m.group(0))
    line = text
    if hit is None and lang in _ROLE_ARTICLES:
        # a role after its article opens the line: the person's caption is read after the article
        # ("La sociologue Anaïs Berthomieu dans son bureau ...", "Il sindaco Luigi Bonato taglia ...")
        first, _, rest = text.partition(" ")
        if first in _ROLE_ARTICLES[lang] and rest[:1].islower():
            text, low = rest, low[len(first) + 1 :]
    if hit is not None or words < PERSON_MIN_WORDS or not text.endswith(".") or not _named(text):
        pass
    elif (
        person is not None
        and (m := person.match(text))
        # after a comma ("Daniel Ochoa, en su estudio de Coyoacán.") no verb in the whole line
        and _verbless(text, len(text) if m.group(2) else m.end(), m.group(1), lang)
        # a preposition among the words before the name: the name is a place the sentence goes to
        # ("Turnéen fortsætter i Aalborg og Aarhus i januar.")
        and _PERSON_PREP_WORDS[lang].isdisjoint(m.group(1).lower().split())
    ):
        hit = Hit("caption.scene.person_place", m.group(0))
    elif (
        action is not None
        # cheap test first: one of the language's verbs among the words (English: any "-s")
        and (english or not _ACTION_VERBS[lang].isdisjoint(low.split()))
        and (m := action.match(text))
        and _verbless(text, m.end(), m.group(1), lang)
    ):
        hit = Hit("caption.scene.person_action", m.group(0))
    if hit is None and not english and words >= SUBJECT_MIN_WORDS and line.endswith(".") and lang in SCENE_SUBJECT:
        hit = _subject_scene(line, lang)
        if hit is None and lang in SCENE_VERBLESS and words <= VERBLESS_WORDS:
            hit = _verbless_scene(line, lang)
        elif hit is None and lang == "de" and words <= VERBLESS_WORDS:
            hit = _verbless_scene_de(line)
    if hit is None and lang == "ru" and SUBJECT_MIN_WORDS <= words <= VERBLESS_WORDS and line.endswith("."):
        hit = _verbless_scene_ru(line)
    if hit is None and lang == "tr" and words <= VERBLESS_WORDS_TR and comma > 0 and line.endswith("."):
        hit = _verbless_scene_tr(line)
    if hit is None and english and words <= PRESENT_WORDS and text.endswith(".") and not _dateline(text):
        hit = _english_scene(text, low, digits)
        if hit is None and words <= VERBLESS_WORDS and not any(c in text for c in _PRICE_MARKS):
            hit = _verbless_en(text)
    return hit


#: the articles before a person's role that opens a caption, in the languages whose roles are in lower case
_ROLE_ARTICLES = {lang: frozenset(words) for lang, words in P.CAPTION_ROLE_ARTICLES.items()}
SCENE_SUBJECT = {lang: lazyrx.compile(pattern) for lang, pattern in P.CAPTION_SCENE_SUBJECT.items()}
SCENE_NOT_LANG = {lang: lazyrx.compile(pattern) for lang, pattern in P.CAPTION_SCENE_NOT_LANG.items()}
SCENE_NOT_ANY = lazyrx.compile(P.CAPTION_SCENE_NOT_ANY)
_NOT_PLURAL = frozenset(P.CAPTION_SCENE_NOT_PLURAL)
#: a scene opened by its subject has at least this many words ("Un bus sur trois circule." is news)
SUBJECT_MIN_WORDS = 5


def _subject_scene(text: str, lang: str) -> Hit | None:
    """A scene opened by an indefinite subject or a bare plural, with no word of a story's sentence
    (``caption.scene.subject``): :data:`~newsclean.detectors.rules.patterns.CAPTION_SCENE_SUBJECT`."""
    m = SCENE_SUBJECT[lang].match(text)
    if m is None:
        return None
    plural = m.groupdict().get("plural")
    if plural and plural.lower() in _NOT_PLURAL:
        return None
    verbs = CLAUSE_VERBS.get(lang)
    if (verbs is not None and verbs.search(text)) or SCENE_NOT_LANG[lang].search(text) or SCENE_NOT_ANY.search(text):
        return None
    return Hit("caption.scene.subject", m.group(0).strip())


def _verbless_pattern(lang: str) -> str:
    articles, preps = P.CAPTION_VERBLESS_ARTICLES[lang], P.CAPTION_VERBLESS_PREPS[lang]
    word = rf"(?!(?:{articles}|{preps})\b)[\p{{L}}\d][\p{{L}}\d'’-]*"
    article = rf"(?:(?:{articles})(?:\s|(?<=')))"
    phrase = rf"{article}?{word}(?:\s{word}){{0,2}}"
    # the subject in at most two words, or three when the third is a name's or a number ("La banchina
    # della stazione Marina ...", "A estrada municipal 512, ..."): a third word in lower case may be the
    # verb ("La economía crece en ...")
    subject = rf"{word}(?:\s{word})?(?:\s(?=(?-i:\p{{Lu}})|\d){word})?"
    return rf"(?i:^{article}{subject}(?:(?:,\s|\s)(?:{preps})(?:\s|(?<=')){phrase}|,\s{phrase})+\.$)"


SCENE_VERBLESS = {lang: lazyrx.compile(_verbless_pattern(lang)) for lang in P.CAPTION_VERBLESS_ARTICLES}
VERBLESS_NOT = {lang: lazyrx.compile(pattern) for lang, pattern in P.CAPTION_VERBLESS_NOT.items()}
VERBLESS_MONEY = lazyrx.compile(P.CAPTION_VERBLESS_MONEY)


def _verbless_scene(text: str, lang: str) -> Hit | None:
    """A scene with no verb in Spanish, Italian, French or Portuguese (``caption.scene.verbless``):
    the subject after its article, then phrases opened by prepositions or commas
    (:data:`~newsclean.detectors.rules.patterns.CAPTION_VERBLESS_ARTICLES`), no word of a story's
    sentence (:data:`~newsclean.detectors.rules.patterns.CAPTION_VERBLESS_NOT` and those of
    :func:`_subject_scene`)."""
    if not text[:1].isupper():
        return None
    verbs = CLAUSE_VERBS.get(lang)
    if (verbs is not None and verbs.search(text)) or SCENE_NOT_LANG[lang].search(text) or SCENE_NOT_ANY.search(text):
        return None
    if VERBLESS_NOT[lang].search(text) or VERBLESS_MONEY.search(text) or not SCENE_VERBLESS[lang].match(text):
        return None
    return Hit("caption.scene.verbless", text[:40])


_RU_WORD = r"[\p{L}-]+"
#: the subject (one to three words, the first capitalised), then phrases opened by a preposition, each of one to
#: three words: :data:`~newsclean.detectors.rules.patterns.CAPTION_VERBLESS_RU_PREPS`
SCENE_VERBLESS_RU = lazyrx.compile(
    rf"^\p{{Lu}}[\p{{L}}-]*(?:\s(?!(?:{P.CAPTION_VERBLESS_RU_PREPS})\s){_RU_WORD}){{0,2}}"
    rf"(?:,?\s(?:{P.CAPTION_VERBLESS_RU_PREPS})\s{_RU_WORD}(?:\s(?!(?:{P.CAPTION_VERBLESS_RU_PREPS})\s)[\p{{L}}\d-]+){{0,2}})+\.$"
)
_DE_NOT_ADJ = rf"(?!(?:{P.CAPTION_VERBLESS_DE_PREPS}|{P.CAPTION_VERBLESS_DE_DETERMINERS})\b)"
#: an adjective (in lower case, with an adjective's ending), a noun or a name (capitalised), a number
_DE_ADJ = rf"{_DE_NOT_ADJ}\p{{Ll}}[\p{{L}}-]*(?:e|en|er|em|es)\b"
_DE_NOUN = r"(?:\p{Lu}[\p{L}\d'’-]*|\d[\d.,]*)"
_DE_NOUN_PHRASE = rf"(?:{_DE_ADJ}\s)*{_DE_NOUN}(?:\s{_DE_NOUN}){{0,2}}"
SCENE_VERBLESS_DE = lazyrx.compile(
    rf"^(?:Der|Die|Das|Ein|Eine|Zwei|Drei)\s{_DE_NOUN_PHRASE}"
    rf"(?:,?\s(?:{P.CAPTION_VERBLESS_DE_PREPS})\s(?:(?:{P.CAPTION_VERBLESS_DE_DETERMINERS})\s)?{_DE_NOUN_PHRASE})+\.$"
)


def _verbless_scene_de(text: str) -> Hit | None:
    """A German scene with no verb (``caption.scene.verbless``): :data:`SCENE_VERBLESS_DE`, no quote, no
    picture or source named. (Its words in lower case are adjectives before a noun, the participles'
    "-te" too: "Das beschädigte Auto ...", which the subject scene's past-tense test would refuse.)"""
    if not SCENE_VERBLESS_DE.match(text) or SCENE_NOT_ANY.search(text):
        return None
    if any(q in text for q in _QUOTES):
        return None
    return Hit("caption.scene.verbless", text[:40])


SCENE_VERBLESS_TR = lazyrx.compile(P.CAPTION_VERBLESS_TR)
#: a Turkish scene with no verb has at most this many words
VERBLESS_WORDS_TR = 12


def _verbless_scene_tr(text: str) -> Hit | None:
    """A Turkish scene with no verb (``caption.scene.verbless``): :data:`~newsclean.detectors.rules.patterns.CAPTION_VERBLESS_TR`
    ("Davetliler, gün batımında Gümüşlük koyunda."), one sentence, no quote, no picture or source named."""
    if not SCENE_VERBLESS_TR.match(text) or SCENE_NOT_ANY.search(text) or any(q in text for q in _QUOTES):
        return None
    if ". " in text:
        return None
    return Hit("caption.scene.verbless", text[:40])


_RU_VERB = lazyrx.compile(P.CAPTION_VERBLESS_RU_VERB)
_RU_PREPS = frozenset(P.CAPTION_VERBLESS_RU_PREPS.split("|"))


def _verbless_scene_ru(text: str) -> Hit | None:
    """A Russian scene with no verb (``caption.scene.verbless``): :data:`SCENE_VERBLESS_RU`, and no word in lower
    case after the first with the ending of a verb or a short participle
    (:data:`~newsclean.detectors.rules.patterns.CAPTION_VERBLESS_RU_VERB`); no quote, no picture or source named."""
    if not SCENE_VERBLESS_RU.match(text) or SCENE_NOT_ANY.search(text) or any(q in text for q in _QUOTES):
        return None
    words = text.rstrip(".").replace(",", " ").split()[1:]
    if any(w[:1].islower() and w not in _RU_PREPS and _RU_VERB.search(w) for w in words):
        return None
    return Hit("caption.scene.verbless", text[:40])


SCENE_VERBLESS_EN = lazyrx.compile(P.CAPTION_VERBLESS_EN.replace("{prep}", P.CAPTION_SCENE_PREPS_EN))
_SCENE_PREP_EN = lazyrx.compile(rf"\b{P.CAPTION_SCENE_PREPS_EN}\s")
#: what is shown has a plural and a bare verb ("Submissions close on ...", "Volunteers stack
#: sandbags along ..."), or a word then a number ("Halvard shot 11 of 12 from ...")
_SUBJECT_VERB_EN = lazyrx.compile(r"\p{L}s\s\p{Ll}+\b(?<!s)|\b\p{Ll}+\s\d")
#: a verb in the rest of the clause: the story's present, "-s" before an object or a particle,
#: a word before a possessive ("... cut their target price")
_VERB_EN = lazyrx.compile(
    rf"\b(?:{P.CAPTION_STORY_PRESENT_EN})\b|\b\p{{Ll}}{{3,}}s\s(?:a|an|the|his|her|their|its|to|up|down|out|off|into|onto|over|back|away)\b"
    rf"|\b(?!(?:{P.CAPTION_SCENE_PREPS_EN}|of|with|for|to|and|or|by)\b)\p{{Ll}}+\s(?:their|his|her|its|our)\b"
)
#: the words after a past participle that open its clause ("Presented in ...", "Funded by ...")
_PARTICIPLE_NEXT = frozenset(("in", "on", "at", "by", "with", "for", "from", "to", "into", "under", "over", "through"))
#: a price or a share: an advert's line, no scene
_PRICE_MARKS = ("%", "£", "€", "$")
#: a verbless scene has at most this many words
VERBLESS_WORDS = 20


def _verbless_en(text: str) -> Hit | None:
    """An English scene with no verb (``caption.scene.verbless_en``): :data:`SCENE_VERBLESS_EN`,
    then two prepositional phrases and no verb up to the first comma or relative clause."""
    m = SCENE_VERBLESS_EN.match(text)
    if m is None:
        return None
    subject = m.group(1)
    words = subject.split()
    if _SUBJECT_VERB_EN.search(subject) or words[0].endswith("ing"):
        return None  # ... or a clause opened by a participle ("Speaking at the hall on Monday, ...")
    if words[0].endswith("ed") and text.split(None, 2)[1:2] and text.split(None, 2)[1].lower() in _PARTICIPLE_NEXT:
        return None  # "Presented in partnership with ...", "Based on ...": a past participle's clause (not "Flattened barley ...")
    if len(words) > 1 and words[0] in ("The", "A", "An") and words[-1].endswith("s") and not words[-1].endswith("ss"):
        return None  # "The line stops at 2pm.": a verb, no plural ("The church foundations at ...")
    clause = CLAUSE_END.split(text, 1)[0]
    if SCENE_NOT.search(clause) or SCENE_PAST.search(clause) or _VERB_EN.search(clause):
        return None
    if len(_SCENE_PREP_EN.findall(clause)) < 2 and not (
        words[0] == "The" and len(text.split()) <= PLACE_VIEW_WORDS and _PLACE_VIEW_EN.search(text)
    ):
        return None
    return Hit("caption.scene.verbless_en", m.group(0))


#: "The old Millbrook courthouse on Front Street.": a named building and its street, one place
#: phrase only, in at most this many words
PLACE_VIEW_WORDS = 10
_PLACE_VIEW_EN = lazyrx.compile(
    r"\s(?:on|at|in|off|near|along|from)\s(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\.$"
)


CLIP_LENGTH = lazyrx.compile(P.CLIP_LENGTH)
CLIP_TITLE = lazyrx.compile(P.CLIP_TITLE)
_CLIP_WORDS = frozenset(P.CLIP_WORDS)
CLIP_DURATION = lazyrx.compile(P.CLIP_DURATION.replace("{labels}", "|".join(P.CLIP_DURATION_LABELS)))
#: a clip's running time under its label has at most this many words
CLIP_DURATION_WORDS = 9
#: a clip's title has at most this many words
CLIP_WORDS = 40
#: the length in brackets is read in this many characters at the line's end
CLIP_TAIL_CHARS = 24


def detect_clips(page: Page) -> None:
    """The title of a video or an audio clip in the text flow: its length in brackets at its end
    (``caption.clip_length``, :data:`~newsclean.detectors.rules.patterns.CLIP_LENGTH`) or its
    kind before a colon (``caption.clip_title``: "Video: ...", "Wideo: ..."), or its running time
    after the player's label (``caption.clip_duration``: "Durée de la vidéo : 02min 14s"). A line a rule
    claimed is not read ("Listen: ... (24 min)" is a podcast's teaser, "Luister naar dit
    artikel (5 min)" a player's button)."""
    texts, firsts, shapes, verdicts = page.texts, page.firsts, page.shapes, page.verdicts
    for i, text in enumerate(texts):
        if verdicts[i] or shapes[i].words > CLIP_WORDS:
            continue
        text = text.rstrip()
        if text.endswith(")") and shapes[i].words >= 2 and (m := CLIP_LENGTH.search(text[-CLIP_TAIL_CHARS:])):
            page.add(i, verdict(Label.CAPTION, Hit("caption.clip_length", m.group(0).strip()), 0.8))
        elif firsts[i] in _CLIP_WORDS and CLIP_TITLE.match(text):
            page.add(i, verdict(Label.CAPTION, Hit("caption.clip_title", text[:40]), 0.8))
        elif shapes[i].words <= CLIP_DURATION_WORDS and ":" in text and (m := CLIP_DURATION.match(text)):
            page.add(i, verdict(Label.CAPTION, Hit("caption.clip_duration", m.group(0)), 0.8))


#: a video's running time alone on its line, under the embed's description: "2:14"
_RUNNING_TIME = lazyrx.compile(r"^\d{1,2}:\d{2}$")
#: a video embed's title line holds one of these (lower case)
_VIDEO_WORDS = ("video", "vídeo", "vidéo", "watch", "play")
#: the description under a video's title has at most this many words and sentences
VIDEO_DESCRIPTION_WORDS = 40
VIDEO_DESCRIPTION_SENTENCES = 2


def detect_video_descriptions(page: Page) -> None:
    """A video embed flattened into the text: its title ("Click to play video: '...'", a
    caption), its description, then its running time alone ("2:14"). The unclaimed line between
    the title and the time describes the video (``caption.video_description``). A photo's
    caption over a live post and its time stamp is no video's: the title names a video."""
    n = len(page)
    for j in range(1, n - 1):
        if page.verdicts[j] or not page.texts[j + 1][:1].isdigit() or not _RUNNING_TIME.match(page.texts[j + 1]):
            continue
        if not any(v.label is _CAPTION for v in page.verdicts[j - 1]) or not any(
            w in page.lows[j - 1] for w in _VIDEO_WORDS
        ):
            continue
        shape = page.shapes[j]
        if shape.words <= VIDEO_DESCRIPTION_WORDS and _sentences(page.texts[j]) <= VIDEO_DESCRIPTION_SENTENCES:
            page.add(j, Verdict(Label.CAPTION, "caption.video_description", page.texts[j][:120], 0.8))


#: the furniture over the article's top picture: a share bar's buttons, the comments' counter, the date line
#: (or the dateline)
_TOP_FURNITURE = (
    "chrome.ui_word",
    "chrome.ui_words",
    "chrome.comment_marker",
    "chrome.icon_name",
    "chrome.counter",
    "chrome.share",
    "chrome.reactions",
    "byline.date",
    # the dateline with its date ("AMPANG JAYA, Dec 7 — 4:52 PM MYT", "LORAIN, Ohio (Faithline) —
    # December 6, 2026"), alone on its line under the author
    "byline.place_date",
    "byline.read_time",
    "ad.marked_copy",
    "ad.copy",
)
#: a bare clock time over a line: a live blog post's stamp ("09:00", "14.05"), not furniture over a picture
_BARE_CLOCK = lazyrx.compile(r"^\d{1,2}[:.h]\d{2}$")
#: the top picture's caption has at least this many words and at most this many ...
TOP_CAPTION_MIN_WORDS = 8
TOP_CAPTION_WORDS = 16
#: ... it is one of the page's first this many unclaimed paragraphs ...
TOP_PARAGRAPHS = 2
#: ... and the lead under it at least this many more
TOP_LEAD_MORE_WORDS = 5
#: a story's lead opened by a wire dateline ("LOS ANGELES (AP) — To LeBron James, ...") is no caption
WIRE_DATELINE = lazyrx.compile(P.WIRE_DATELINE)
#: a sentence opened by a demonstrative points to the text it stands in (an editor's note: "This is a
#: press release from Halbury Borough Council, published unedited."); a caption names what it shows
_POINTING_FIRSTS = frozenset(("This", "These", "That", "Those"))
#: a caption describes in the third person: a sentence with one of these is a column's or a letter's
_FIRST_PERSON = {lang: frozenset(words) for lang, words in P.CAPTION_FIRST_PERSON.items()}


def detect_top_captions(page: Page) -> None:
    """The top picture's caption between the furniture over the article (share buttons, the
    comments' counter, the date line) and the page's first paragraph, its lead
    (``caption.scene.top_picture``): one short sentence
    (:data:`TOP_CAPTION_MIN_WORDS` to :data:`TOP_CAPTION_WORDS` words, a full stop, no quote,
    colon or reported speech, no first person, no wire dateline, not opened by a demonstrative:
    :data:`_POINTING_FIRSTS`) right over a longer paragraph. Read as a scene
    (:data:`SCENE_SCORE`): a short article whose lead it is keeps it."""
    texts, verdicts, shapes = page.texts, page.verdicts, page.shapes
    first_person = _FIRST_PERSON.get(page.lang, _FIRST_PERSON["en"])
    # the top of the article: the caption is one of the page's first unclaimed paragraphs (a
    # standfirst may come before it)
    firsts = [k for k in compress(range(len(page)), [s.prose for s in shapes]) if not verdicts[k]][:TOP_PARAGRAPHS]
    top = min(firsts[-1] if firsts else 0, len(page) - 2)
    for i in compress(range(top), verdicts[:top]):
        if not any(v.rule.startswith(_TOP_FURNITURE) for v in verdicts[i]) or _BARE_CLOCK.match(texts[i]):
            continue  # (a live blog's time stamp heads a post, whose first line is the story's)
        j = i + 1
        shape = shapes[j]
        if verdicts[j] or verdicts[j + 1] or not TOP_CAPTION_MIN_WORDS <= shape.words <= TOP_CAPTION_WORDS:
            continue
        line = texts[j].strip()
        if not _lone_scene_sentence(line, first_person):
            continue
        lead = shapes[j + 1]
        if not lead.prose or lead.words < shape.words + TOP_LEAD_MORE_WORDS:
            continue
        page.add(j, Verdict(Label.CAPTION, "caption.scene.top_picture", line[:120], SCENE_SCORE))


def _lone_scene_sentence(line: str, first_person: frozenset[str] | set[str]) -> bool:
    """``line`` (stripped) can be a picture's caption read by its place alone: one sentence
    with a capital and a full stop, no colon, quote, reported speech, wire dateline or first
    person, not opened by a demonstrative ("This is a press release from ...": a note on the
    text, which it points to)."""
    if not line.endswith(".") or not line[:1].isupper() or ":" in line or _sentences(line) > 1:
        return False
    if any(q in line for q in _QUOTES) or _REPORTED.search(line) or WIRE_DATELINE.match(line):
        return False
    if not first_person.isdisjoint(word.strip(".,;").lower() for word in line.split()):
        return False
    return line.split(None, 1)[0] not in _POINTING_FIRSTS


#: a picture's caption over a section's subheading is one short sentence of this many words ...
SECTION_CAPTION_MIN_WORDS = 4
SECTION_CAPTION_WORDS = 16
#: ... over a subheading of at most this many words ...
SECTION_SUBHEADING_WORDS = 6
#: ... over a paragraph of at least this many
SECTION_PARAGRAPH_WORDS = 12


def detect_section_captions(page: Page) -> None:
    """The caption of a picture placed at the top of a section, which opens the section's block:
    one short sentence (:data:`SECTION_CAPTION_MIN_WORDS` to :data:`SECTION_CAPTION_WORDS`
    words, a full stop; no quote, colon, reported speech, first person or demonstrative opening)
    after a blank line, glued over an unclaimed subheading (at most
    :data:`SECTION_SUBHEADING_WORDS` words, no sentence's end) glued over a paragraph
    (``caption.scene.over_subheading``): "Ekran multimedialny ma 12,3 cala przekątnej." over
    "Na drodze". A subheading opens its block; a sentence of the story before it in the same
    block would close the section above, after a blank line of its own. Text dumps with blank
    lines only (without them no block can be read). Read as a scene (:data:`SCENE_SCORE`)."""
    segments = page.segments
    if not segments or segments[0].dom is not None or not page.has_blank_lines:
        return
    texts, verdicts, shapes = page.texts, page.verdicts, page.shapes
    first_person = _FIRST_PERSON.get(page.lang, _FIRST_PERSON["en"])
    for j in range(len(page) - 2):
        shape = shapes[j]
        if (
            verdicts[j]
            or not segments[j].blank_before
            or not SECTION_CAPTION_MIN_WORDS <= shape.words <= SECTION_CAPTION_WORDS
        ):
            continue
        head, para = shapes[j + 1], shapes[j + 2]
        if verdicts[j + 1] or segments[j + 1].blank_before or segments[j + 2].blank_before:
            continue
        if not 1 <= head.words <= SECTION_SUBHEADING_WORDS or head.sentence_end or not head.starts_upper:
            continue
        if not para.prose or para.words < SECTION_PARAGRAPH_WORDS or head.list_marker:
            continue
        line = texts[j].strip()
        if texts[j + 1].rstrip()[-1:] in ":;," or not _lone_scene_sentence(line, first_person):
            continue
        page.add(j, Verdict(Label.CAPTION, "caption.scene.over_subheading", line[:120], SCENE_SCORE))


#: a slide's bare number in a carousel flattened to text: "1", "2", "3"
_SLIDE_NUMBER = lazyrx.compile(r"^\d{1,2}$")
#: a run of slides has at least this many numbers, counting up by one with one line between
SLIDE_RUN = 2


def detect_numbered_slides(page: Page) -> None:
    """A carousel's slides, each a bare number ("1", "2", "3") over one line, counting up by one:
    when most of those lines are captions already, the numbers are the slides' counters
    (``chrome.slide_number``) and an unclaimed sentence among them is a slide's caption
    (``caption.numbered_slide``). A story's numbered list has more than one line per number
    or items that are no captions."""
    texts, verdicts, shapes = page.texts, page.verdicts, page.shapes
    n = len(page)
    numbers = [
        i for i in range(n - 1) if len(texts[i]) <= 3 and not verdicts[i] and _SLIDE_NUMBER.match(texts[i].strip())
    ]
    at = 0
    while at < len(numbers):
        run = [numbers[at]]
        while (
            at + len(run) < len(numbers)
            and numbers[at + len(run)] == run[-1] + 2
            and int(texts[numbers[at + len(run)]]) == int(texts[run[-1]]) + 1
        ):
            run.append(numbers[at + len(run)])
        at += len(run)
        if len(run) < SLIDE_RUN:
            continue
        slides = [i + 1 for i in run]
        captions = sum(any(v.label is _CAPTION for v in verdicts[j]) for j in slides)
        if captions * 2 <= len(slides):
            continue
        for i in run:
            page.add(i, Verdict(Label.CHROME, "chrome.slide_number", texts[i].strip(), 0.8))
        for j in slides:
            if not verdicts[j] and shapes[j].words <= MARKER_CAPTION_WORDS and _sentences(texts[j]) <= 1:
                page.add(j, Verdict(Label.CAPTION, "caption.numbered_slide", texts[j][:120], 0.8))


PHOTO_DATE_TAIL = lazyrx.compile(P.CAPTION_PHOTO_DATE_TAIL)
#: the picture's date after "＝" is read in this many characters at the line's end
PHOTO_DATE_TAIL_CHARS = 40


def detect_photo_date_tails(page: Page) -> None:
    """A Japanese photo's description closed by "＝", the picture's day and its place
    (``caption.photo_date_tail``: "焼け跡を見つめる店主の村瀬さん（68）＝7日午前、朝霧町"):
    :data:`~newsclean.detectors.rules.patterns.CAPTION_PHOTO_DATE_TAIL`."""
    for i in sorted(page.containing(("＝",))):
        text = page.texts[i].rstrip()
        if not page.verdicts[i] and (m := PHOTO_DATE_TAIL.search(text[-PHOTO_DATE_TAIL_CHARS:])):
            page.add(i, verdict(Label.CAPTION, Hit("caption.photo_date_tail", m.group(0)), 0.85))


def _verbless(text: str, at: int, roles: str, lang: str) -> bool:
    """No verb in a person's caption up to its first comma or relative clause (from ``at``),
    and no small word among the role words before the name ("Rovers travel to ...")."""
    if any(word.lower() in STOPWORDS for word in roles.split()):
        return False
    clause = text[:at] + CLAUSE_END.split(text[at:], 1)[0]
    if lang == "en":
        return not SCENE_NOT.search(clause) and not SCENE_PAST.search(clause)
    verbs = CLAUSE_VERBS.get(lang)
    return verbs is not None and not verbs.search(clause)


def _dateline(text: str) -> bool:
    """A story's lead opened by its dateline in capitals: "FENWICK — A water main split ..."."""
    first = text.split(None, 1)[0]
    return len(first) >= 3 and first.isupper()


def _english_scene(text: str, low: str, digits: bool) -> Hit | None:
    """An English scene in the simple present with its place, and its day
    (``caption.scene.present_en``) or an opening subject and verb (``caption.scene.action_en``)."""
    m = SCENE_DAY.search(text) if "day" in low or "dawn" in low or digits else None
    name = "present_en"
    if m is None:
        first = text.split(None, 1)[0]
        # cheap test first: "A"/"An" or a bare plural opens the sentence
        second = text.split(None, 2)[1:2]
        # ... or its second word, after a word that qualifies it ("Volunteer firefighters stand ...")
        plural = first.endswith("s") or (second != [] and second[0].endswith("s"))
        m = SCENE_ACTION.match(text) if first in ("A", "An") or plural else None
        name = "action_en"
    if m is None or not SCENE_PLACE.search(text) or SCENE_NOT.search(text) or SCENE_PAST.search(text):
        return None
    return Hit(f"caption.scene.{name}", m.group(0))


#: a person's caption has the name, the place and more: at least this many words (a product's
#: feature "Digital Crown with haptic feedback." in a list of them is shorter)
PERSON_MIN_WORDS = 6
#: a person's caption names them in its first words: two capitalised words at least there
NAME_WORDS = 6


#: an unstopped scene has at least this many words ("The order from Selatpura" is a subheading)
UNSTOPPED_SCENE_MIN_WORDS = 5
_PERSON_EN = SCENE_PERSON_PLACE["en"]
_ACTION_EN = SCENE_PERSON_ACTION["en"]
#: a caption is written in sentences, with its articles; a headline drops them
_ARTICLE_EN = lazyrx.compile(r"\b(?:[Aa]n?|[Tt]he)\b")
#: "to" before a bare verb ("vote to strike", "set to close"): a headline's plan or future, where a
#: caption's "to" leads to a place or a person ("deliver apples to the cider press")
_HEADLINE_TO = lazyrx.compile(
    r"\bto\s(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|one|two|three)\b)\p{Ll}+"
)


def detect_unstopped_scenes(page: Page) -> None:
    """An English scene's caption written without a full stop, between two of the story's paragraphs
    (``caption.scene.unstopped``): "Volunteers stack sandbags along the river wall at Millbrook",
    "Part of the unfinished road after Tuesday's downpour", "Damaged boats along the shore of Barangay
    Pinagtalleran".

    Many sites print their captions with no full stop; :func:`detect_scenes` reads finished sentences
    only (a title of the article or of a teaser has the same shape). Here the line is read as
    :func:`_scene` reads a sentence (a person at a place, a scene in the present, one with no verb:
    "Aroha and Tom McKinnon with their daughter on the farm"), when it stands between two
    paragraphs of running text, where neither a headline nor a menu stands, and a subheading of the
    story ("What the contractor says") shows no scene. Unstopped, one sentence, no quote or reported
    speech, :data:`UNSTOPPED_SCENE_MIN_WORDS` to :data:`PRESENT_WORDS` words, an article among them and
    no headline's "to" before a verb (:data:`_HEADLINE_TO`)."""
    if page.lang != "en":
        return
    texts, lows, shapes, verdicts = page.texts, page.lows, page.shapes, page.verdicts
    for i in range(1, len(page) - 1):
        shape = shapes[i]
        if (
            verdicts[i]
            or shape.terminal
            or shape.list_marker
            or not shape.starts_upper
            or not UNSTOPPED_SCENE_MIN_WORDS <= shape.words <= PRESENT_WORDS
            or not (shapes[i - 1].prose and shapes[i - 1].sentence_end and shapes[i + 1].prose)
        ):
            continue
        text = texts[i].strip()
        if not text[-1:].isalnum() or any(q in text for q in _QUOTES) or _REPORTED.search(text) or _dateline(text):
            continue
        if _sentences(text) > 1:
            continue
        if not _ARTICLE_EN.search(text):
            continue  # headlinese drops the articles ("Teachers in Juaboso threaten strike over unpaid rent")
        if _HEADLINE_TO.search(text):
            continue  # a headline's plan or future: "Bus drivers at the Calder depot vote to strike over rotas"
        sentence = text + "."
        hit = _scene(sentence, lows[i].strip() + ".", shape.words, shape.digit_ratio > 0, "en", _PERSON_EN, _ACTION_EN)
        if hit is not None:
            page.add(i, verdict(Label.CAPTION, Hit("caption.scene.unstopped", hit[1]), SCENE_SCORE))


def _named(text: str) -> bool:
    """Cheap test before :data:`SCENE_PERSON_PLACE`: the first word is no small word and two of
    the first :data:`NAME_WORDS` words are capitalised."""
    words = text.split(None, NAME_WORDS)[:NAME_WORDS]
    return words[0].lower() not in STOPWORDS and sum(word[:1].isupper() for word in words) >= 2
