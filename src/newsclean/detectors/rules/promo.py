"""Teasers for other stories inside the article flow.

Two kinds of evidence:

* cue prefixes ("Also read:", "READ MORE |", "Lesen Sie auch", "Leia também",
  "Lire aussi" ...) opening a short line;
* context (:func:`detect_teaser_bylines`, run once the article's start is
  known): a headline-like line followed by its own "BY ..." line *after* the
  article has begun is a cross-promo; both lines are ``promo`` (guide rule 3); so is a
  headline's sentence set between the story's paragraphs over a credit without "BY" ("Jane
  Roe · 2 days ago", "Jane Roe, Health reporter") or over its author's name alone
  (:func:`detect_named_teasers`), and an app card's author and day ("Sean Meagher" /
  "Yesterday") under a title a promo rule claimed (``promo.card_credit``);
* shape, inside the article (:func:`detect_titled_teasers`): a title that is a
  person's quote ("Name Surname: "..."") or that carries its date after a dash
  ("... - 3 Nov"), with no cue word, and the one-sentence summary glued under it;
* shape, inside the article (:func:`detect_lone_titles`): another story's headline alone between
  the story's paragraphs, longer than a subheading and naming someone or somewhere;
* shape, after the story's end (:func:`detect_tail_teasers`): the article's last unclaimed lines
  are other stories' titles (each maybe with its summary) when only the page's furniture follows.
"""

from __future__ import annotations

from itertools import compress

import regex

from newsclean import lazyrx
from newsclean.detectors.page import NO_VERDICTS, Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, PhraseSet, unlinked_heading, verdict
from newsclean.segments.shape import SUFFIXING_LANGS, Shape, suffixing_prose
from newsclean.types import Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_BYLINE = Label.BYLINE
_AD = Label.AD
_CAPTION = Label.CAPTION
_UNDER_HEADING = frozenset({Label.PROMO, Label.CAPTION, Label.SIDEBAR})
_TEASER_ABOVE = frozenset({None, Label.PROMO})

CUE = PatternSet("promo.cue", P.PROMO_PREFIXES, prefixes=True)

MAX_PROMO_WORDS = 40

#: a cue behind an arrow, a pointing hand or a bullet: "→ Lire aussi : ...", "👉 À lire aussi : ..."
DECORATED_CUE = lazyrx.compile(
    r"^[^\w\s\"'“‘«]{1,3}\s*(?P<cue>"
    + "|".join(sorted((regex.escape(p) for ps in P.PROMO_PREFIXES.values() for p in ps), key=len, reverse=True))
    + r")",
    regex.I,
)


#: "China furious at Macron for protest jibe [INSIGHT]", "... [VIDEO]": a tagged link
TAGGED_LINK = lazyrx.compile(r"\s\[(?:[A-Z]{3,12}|Video|Photos|Pics|Watch|Insight|Reaction|Latest|Poll)\]\s*\|?\s*$")


def detect(page: Page, langs: frozenset[str]) -> None:
    # a line whose first word opens no cue is not handed to CUE.match (which says None at once)
    openers = CUE.openers()
    firsts = page.firsts
    for i, (text, shape) in enumerate(zip(page.texts, page.shapes)):
        if text.endswith(("]", "]|", "] |")) and shape.words <= 30 and (m := TAGGED_LINK.search(text)):
            page.add(i, verdict(Label.PROMO, Hit("promo.tagged_link", m.group(0)), 0.85))
            continue
        if shape.words > MAX_PROMO_WORDS or shape.words < 2:
            continue
        hit = CUE.match(page, i, langs) if openers is None or firsts[i] in openers else None
        if hit is None and text[:1] and not text[:1].isalnum():
            m = DECORATED_CUE.match(text)
            hit = Hit("promo.cue_decorated", m.group(0)) if m else None
        if hit is None:
            continue
        rest = text[len(hit.match) :].strip()
        # the cue must lead into a story title: "Read more: <title>", "Lire aussi | <title>", "LEES OOK. <title>" (a full
        # stop after a cue in capitals only: "See also. The mayor said ..." is a sentence)
        if not rest or (
            rest[0] not in ":|-–—>»›"
            and not (rest[0] == "." and hit.match.isupper())
            and not rest[0].isupper()
            and not rest[0].isdigit()
            and rest[0] not in "\"'“‘«"
        ):
            continue
        page.add(i, verdict(Label.PROMO, hit, 0.9))


#: "Related News", "À lire aussi", "Leia também" alone on a line, over teaser titles
HEADING = PhraseSet(
    "promo.heading",
    {
        lang: [w.rstrip(":") for w in ws]
        + [
            "related news",
            "related",
            "related stories",
            "related articles",
            "nota relacionada",
            "notas relacionadas",
            "à lire aussi",
            "a lire aussi",
        ]
        for lang, ws in P.PROMO_PREFIXES.items()
    },
)
_HEADING_KEYS = HEADING.keys()
MAX_HEADED_TITLES = 4
#: a promo heading that names where the stories are: "À lire aussi sur ce blog", "Lesen Sie auch auf
#: unserer Seite", "Leia também no app" (the cue phrases of words only, then a place's preposition)
_HEADING_PHRASES = sorted(
    {w for ws in P.PROMO_PREFIXES.values() for w in ws if regex.fullmatch(r"[\p{L}' ]+", w)}
    | {"related news", "related stories", "related articles", "notas relacionadas"},
    key=len,
    reverse=True,
)
HEADING_ELSEWHERE = lazyrx.compile(
    r"^(?:" + "|".join(regex.escape(w) for w in _HEADING_PHRASES) + r")\s+"
    r"(?:on|at|in|auf|bei|im|en|sur|dans|no|na|em|nos|nas|su|sul|sulla|nel|nella|op|på)\s+\S[^:.!?]{0,40}$",
    regex.I,
)
_HEADING_FIRSTS = frozenset(w.split()[0].lower() for w in _HEADING_PHRASES)
#: ... of at most this many words
HEADING_ELSEWHERE_WORDS = 8


def detect_headed_titles(page: Page, langs: frozenset[str]) -> None:
    """A promo heading alone on its line and the teaser titles right under it (in HTML, up to
    a heading element without a link: the article's next subheading)."""
    n = len(page)
    keys = page.keys
    firsts = page.firsts
    for i, shape in enumerate(page.shapes):
        if shape.words > 5 or keys[i] not in _HEADING_KEYS:
            # HEADING.match would say None (no heading phrase is the line's key); the heading may
            # name where its stories are ("À lire aussi sur ce blog")
            if (
                shape.words > HEADING_ELSEWHERE_WORDS
                or firsts[i] not in _HEADING_FIRSTS
                or not (m := HEADING_ELSEWHERE.match(page.texts[i]))
            ):
                continue
            hit: Hit | None = Hit("promo.heading_elsewhere", m.group(0))
        else:
            hit = HEADING.match(page, i, langs)
        if hit is None:
            continue
        if _over_story_lines(page, i):
            continue  # "UP NEXT" over "Thunder: Host the Lakers on Friday." / "Lakers: Visit ...": the story's part
        page.add(i, verdict(Label.PROMO, hit, 0.7))
        for j in range(i + 1, min(n, i + 1 + MAX_HEADED_TITLES)):
            shape = page.shapes[j]
            v = page.best(j)
            if v is not None and v.label not in _UNDER_HEADING:
                break
            if shape.prose or not (shape.title_like or shape.list_marker):
                break
            if unlinked_heading(page.segments[j]):
                break  # HTML: the article's next subheading, not a teaser title
            if j > i + 1 and page.texts[j].rstrip().endswith(":"):
                break  # a line announcing what follows ("The menu was:") is the article's
            if j > i + 1 and _resumes(page, j):
                break  # the story's next subheading, over its paragraph: the teasers ended above it
            page.add(j, Verdict(Label.PROMO, "promo.headed_title", page.texts[j][:80], 0.65))


#: a cue word over this many of the story's sentences in a row is the story's subheading
STORY_LINES_UNDER = 2


def _over_story_lines(page: Page, i: int) -> bool:
    """The cue at line ``i`` ("Up next", "Related") heads sentences of the story, no teasers: the
    lines under it are unclaimed sentences that open with a name and a colon, an AP game story's
    closing notes ("UP NEXT" / "Thunder: Host the Lakers on Friday." / "Lakers: Visit ...")."""
    if i + STORY_LINES_UNDER >= len(page):
        return False  # fewer than STORY_LINES_UNDER lines under the cue
    for j in range(i + 1, i + 1 + STORY_LINES_UNDER):
        text = page.texts[j].rstrip()
        head, colon, rest = text.partition(": ")
        if page.verdicts[j] or not colon or not text.endswith(".") or len(head.split()) > 3 or not rest:
            return False
    return True


#: a subheading of the story has at most this many words ("What happens next", "Un précédent")
SUBHEADING_WORDS = 4


#: a line with this many " | " is a table's row (three cells or more), no teaser's title
TABLE_ROW_BARS = 2


def _resumes(page: Page, j: int) -> bool:
    """Line ``j``, under teaser titles, is the story's subheading: a question or a few words,
    and no further title under it (a paragraph, a list's announcing line, a list)."""
    shape = page.shapes[j]
    if not (shape.text_question or shape.words <= SUBHEADING_WORDS):
        return False
    k = j + 1
    if k >= len(page):
        return False
    below = page.shapes[k]
    text = page.texts[k]
    # (a table's row: "Lista | Voti | % | Seggi" under "I voti alle liste")
    return (
        below.prose
        or below.list_marker
        or not below.title_like
        or text.rstrip().endswith(":")
        or text.count(" | ") >= TABLE_ROW_BARS
    )


#: the byline rules whose line, under a teaser's title after the article began, is that teaser's
#: credit: "BY Jane Roe", "Jane Roe · 2 days ago", "Jane Roe, Health reporter", "Sports staff"
_TEASER_CREDITS = ("byline.by_name", "byline.date_only", "byline.place_date", "byline.name_time", "byline.name_role")


#: the byline rules whose line, right under a teaser's credit, is that teaser's date
_TEASER_DATES = ("byline.date_only", "byline.date[")
_CLOCK = lazyrx.compile(r"^\s*\d{1,2}[:h.]\d{2}\s*$")


def detect_teaser_bylines(page: Page, first_body: int, end: int | None = None) -> None:
    """Mark "teaser title + BY line" pairs that sit after the article has begun (a bare date under
    a promo heading's title only inside the article, before ``end``)."""
    n = len(page)
    # the lines with verdicts when the loop starts (the others are skipped at once); the
    # verdicts added below are promo ones, never a "byline.by_name" one
    for i in compress(range(first_body + 1, n), page.verdicts[first_body + 1 :]):
        vs = page.verdicts[i]
        by_name = any(v.label is _BYLINE and v.rule.startswith("byline.by_name") for v in vs)
        if not by_name and not any(v.label is _BYLINE and v.rule.startswith(_TEASER_CREDITS) for v in vs):
            continue
        j = i - 1
        if j <= first_body:
            continue
        prev = page.shapes[j]
        if not prev.title_like or page.shapes[j].prose:
            continue
        # a date under a title of a promo heading's teasers ("Lire aussi" / title / "28 mai 2027") is the teaser's
        headed = (end is None or i < end) and any(v.rule == "promo.headed_title" for v in page.verdicts[j])
        card = not by_name and not headed and _dated_card(page, j, i)
        if not by_name and not headed and not card and not _teaser_credit(page, j, i):
            continue
        prev_label = page.label_of(j)
        if prev_label not in _TEASER_ABOVE:
            continue
        if prev.list_marker and page.shapes[j - 1].list_marker and not page.verdicts[j - 1]:
            continue  # the last item of a bulleted list ("Key points") over the article's byline
        page.add(j, Verdict(Label.PROMO, "promo.teaser_title", page.texts[j][:120], 0.95))
        page.add(i, Verdict(Label.PROMO, "promo.teaser_byline", page.texts[i][:120], 0.95))
        if (
            i + 1 < n
            and any(v.label is _BYLINE and v.rule.startswith(_TEASER_DATES) for v in page.verdicts[i + 1])
            and not _CLOCK.match(page.texts[i + 1])
        ):  # the teaser's own date under its credit ("Von Lisa Warnecke" / "27.02.2026", "Por ..." / "Hace 3 horas");
            # a clock time alone is a live blog's next entry
            page.add(i + 1, Verdict(Label.PROMO, "promo.teaser_date", page.texts[i + 1][:120], 0.95))
        if j - 1 > first_body and _kicker(page, j - 1):
            page.add(j - 1, Verdict(Label.PROMO, "promo.teaser_kicker", page.texts[j - 1][:40], 0.9))
        if card and i + 1 < n and not page.verdicts[i + 1] and not page.segments[i + 1].blank_before:
            page.add(i + 1, Verdict(Label.PROMO, "promo.teaser_summary", page.texts[i + 1][:80], 0.9))


#: a teaser's title over a credit line without "BY" has at least this many words (a name, a
#: subheading of the story, a table's head row over its cells have fewer)
CREDIT_TITLE_WORDS = 5
#: ... and the credit line at most this many ("Kwame Ashdown-Petrie · 3 days ago")
MAX_CREDIT_WORDS = 8
#: a name (or a desk) before the dot of "Jane Roe · 12 October": two to four capitalised words
NAMED_CREDIT = lazyrx.compile(r"^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}$")
#: a relative time: "2 days ago", "há 40 min", "vor 3 Stunden", "2 часа назад", "1 saat önce"
_AGO = lazyrx.compile(
    r"(?:\bago|\bvor\s\d|\bhace\s\d|\bhá\s\d|\bil y a\s\d|\bgeleden|\bназад|\btemu|\bönce)\b", regex.I
)


def _teaser_credit(page: Page, j: int, i: int) -> bool:
    """Line ``i``, a byline rule's line (no "BY") under the title-like line ``j``, is a teaser's
    credit: the title is a headline's sentence (:func:`_credit_title`), and the credit is short
    and names a person with a role ("Jane Roe, Health reporter") or a relative time ("Jane Roe ·
    2 days ago", "há 40 min") or a name before a date ("Jane Roe · 12 October"), not the
    article's own full date."""
    credit = page.shapes[i]
    if credit.words > MAX_CREDIT_WORDS or credit.prose or not _credit_title(page, j):
        return False
    text = page.texts[i]
    if any(v.rule == "byline.name_role" for v in page.verdicts[i]):
        return True
    if _AGO.search(text) is not None:
        return True
    name, dot, _ = text.partition("·")
    return bool(dot) and NAMED_CREDIT.match(name.strip()) is not None


def _credit_title(page: Page, j: int) -> bool:
    """Line ``j`` is a teaser's title over its credit: a headline's sentence (unclaimed, not a
    name, a list's item, a table's head row or a subheading of a few words) under the end of a
    paragraph of the story (or under its kicker)."""
    title = page.texts[j].rstrip()
    shape = page.shapes[j]
    if shape.words < CREDIT_TITLE_WORDS or shape.list_marker or "|" in title or title.endswith(":"):
        return False
    if any(v.label is not Label.PROMO for v in page.verdicts[j]):
        return False
    up = j - 2 if _kicker(page, j - 1) else j - 1
    # set between the story's paragraphs, not in a list of teasers (a sidebar's)
    return not page.verdicts[up] and page.shapes[up].terminal


def _dated_card(page: Page, j: int, i: int) -> bool:
    """A teaser's card set in the story's flow, in a dump with paragraph breaks: its title (line
    ``j``), its full date alone glued under it (line ``i``: "28 Nov 2026", "09.12.2026"), maybe
    its one-sentence summary glued under the date, and a blank line after the card; a paragraph
    of the story, a caption or another teaser above the title (``promo.teaser_byline``)."""
    if not page.has_blank_lines or page.segments[i].blank_before or _CLOCK.match(page.texts[i]):
        return False
    if not any(v.rule == "byline.date_only" for v in page.verdicts[i]) or page.shapes[i].words > MAX_CREDIT_WORDS:
        return False
    title = page.texts[j].rstrip()
    shape = page.shapes[j]
    if shape.words < CREDIT_TITLE_WORDS or shape.list_marker or shape.terminal or "|" in title or title.endswith(":"):
        return False
    if page.verdicts[j] or not page.segments[j].blank_before:
        return False
    up = j - 1
    if page.verdicts[up]:
        if any(v.label not in (Label.PROMO, Label.CAPTION) for v in page.verdicts[up]):
            return False
    elif not (page.shapes[up].prose and page.shapes[up].terminal):
        return False
    k = i + 1
    if k >= len(page) or page.segments[k].blank_before:
        return True
    below = page.shapes[k]
    return (
        not page.verdicts[k]
        and below.sentence_end
        and below.words <= MAX_SUMMARY_WORDS
        and _sentences_in(page.texts[k]) == 1
        and (k + 1 >= len(page) or page.segments[k + 1].blank_before)
    )


#: a teaser's author alone under its title has at most this many words ("Idris Kanneh")
NAME_CREDIT_WORDS = 4


def detect_named_teasers(page: Page, first_body: int) -> None:
    """A teaser's title and its author's name alone under it, between the story's paragraphs
    ("Can Landlords Evict Tenants Who Strike?" / "Lydia Sarr"): both ``promo``. The name is
    unclaimed (or read as a bare name), two to four capitalised words; the title passes
    :func:`_credit_title`."""
    for i in range(first_body + 2, len(page)):
        shape = page.shapes[i]
        if not 2 <= shape.words <= NAME_CREDIT_WORDS or page.verdicts[i]:
            continue
        j = i - 1
        if _app_card_credit(page, j, i):
            continue
        if not page.shapes[j].title_like or page.shapes[j].prose or page.verdicts[j]:
            continue
        name, title = page.texts[i].strip(), page.texts[j]
        if NAMED_CREDIT.match(name) is None or not name[-1].isalpha() or not _credit_title(page, j):
            continue  # ("R. Sí.": an interview's answer)
        if "(" in title or title.split(None, 1)[0].endswith((".", ":")) or page.shapes[j].stopword_ratio == 0:
            continue  # a list's item with its note, an interview's question ("P. ¿...?"), a table's row
        if title.rstrip().endswith("?") or (i + 1 < len(page) and page.texts[i + 1].startswith(name)):
            continue  # the story's question over a place's section ("How have others reacted?" / "South Korea")
        page.add(j, Verdict(Label.PROMO, "promo.teaser_title", page.texts[j][:120], 0.9))
        page.add(i, Verdict(Label.PROMO, "promo.teaser_author", page.texts[i][:120], 0.9))


#: a teaser card's day alone under its author: "Yesterday", "Today", "Gestern", "I går", "Wczoraj"
_CARD_DAYS = frozenset(
    (
        "today",
        "yesterday",
        "heute",
        "gestern",
        "hoy",
        "ayer",
        "oggi",
        "ieri",
        "hoje",
        "ontem",
        "vandaag",
        "gisteren",
        "i dag",
        "i går",
        "dzisiaj",
        "dziś",
        "wczoraj",
        "aujourd'hui",
        "hier",
    )
)
#: ... or its age: at most this many words ("2 days ago", "vor 3 Stunden")
CARD_AGE_WORDS = 4


def _app_card_credit(page: Page, j: int, i: int) -> bool:
    """An app's teaser card inside the story: a title a promo rule claimed ("Read more" over it),
    its author's name alone (line ``i``) and the card's day or age right under the name
    ("Sean Meagher" / "Yesterday"): name and day are the card's (``promo.card_credit``)."""
    k = i + 1
    if k >= len(page) or not any(v.label is Label.PROMO for v in page.verdicts[j]):
        return False
    if NAMED_CREDIT.match(page.texts[i].strip()) is None:
        return False
    day = page.keys[k]
    if not (day in _CARD_DAYS or (page.shapes[k].words <= CARD_AGE_WORDS and _AGO.search(page.texts[k]))):
        return False
    page.add(i, Verdict(Label.PROMO, "promo.card_credit", page.texts[i][:120], 0.9))
    page.add(k, Verdict(Label.PROMO, "promo.card_credit", page.texts[k][:120], 0.9))
    return True


#: a teaser's kicker in capitals has at most this many words ("PARTY TIME", "COURTS")
KICKER_CAPS_WORDS = 3


def _kicker(page: Page, k: int) -> bool:
    """Line ``k`` is a teaser's kicker: its section or genre set over its title ("Analysis",
    "COURTS", "PARTY TIME"): one capitalised word or a few in capitals, unclaimed, no sentence.
    (The article's own subheadings have more words: "What the council says".)"""
    shape = page.shapes[k]
    if page.verdicts[k] or shape.terminal or shape.list_marker or shape.digit_ratio > 0:
        return False
    text = page.texts[k].strip()
    if shape.words == 1:
        return text[:1].isupper() and text.isalpha() and len(text) >= 3
    return shape.words <= KICKER_CAPS_WORDS and text.isupper()


QUOTE_TITLE = lazyrx.compile(P.PROMO_QUOTE_TITLE)
DATED_TITLE = lazyrx.compile(P.PROMO_DATED_TITLE)
_MONTHS = frozenset(P.MONTHS) | frozenset(m[:3] for m in P.MONTHS)
_QUOTE_CHARS = ('"', "“", "”", "«", "»", "„", "‘", "’", "'")
#: a teaser's summary under its title is one short sentence (or two)
MAX_SUMMARY_WORDS = 22
#: a sentence's end with another sentence after it: a quote of two sentences after the speaker's
#: name ('Mayor Roe: "I understand. But safety comes first."') is the story quoting someone, a
#: teaser's quote title is one saying ('Denise Marr: "We will not be a feeder club"')
_INNER_SENTENCE = lazyrx.compile(r"[.!?…]\s+\p{Lu}")


def _titled_teaser(page: Page, i: int) -> str | None:
    """The rule that reads line ``i`` as a teaser's title by its shape, if one does."""
    text = page.texts[i]
    shape = page.shapes[i]
    if shape.words < 4 or shape.words > 24 or shape.list_marker:
        return None
    if ":" in text and text[-1:] in _QUOTE_CHARS and QUOTE_TITLE.match(text):
        if _INNER_SENTENCE.search(text, text.index(":")):
            return None
        return "promo.quote_title"
    if (
        shape.digit_ratio > 0
        and (" - " in text or " – " in text or " — " in text)
        and not text.startswith(("By ", "by "))
        and (m := DATED_TITLE.match(text))
    ):
        month = m.group("month") or m.group("month2")
        if month is not None and month.lower().rstrip(".") not in _MONTHS:
            return None
        title = m.group("title").split()
        if len(title) < 4 or title[-1].lower().rstrip(".") in _MONTHS:
            return None  # "Half term: 31 May – 4 June": a range of dates
        return "promo.dated_title"
    return None


#: a teaser without a cue: its title has this many words ("Bus drivers at Calder depot vote to
#: strike over rotas"); a subheading of the story is shorter ("The vote", "What happens next")
DEK_TITLE_WORDS = (6, 20)
#: ... and its summary (the dek) this many: one short sentence
DEK_WORDS = (5, 20)
#: ... up to this many when the pair alone is set apart by blank lines from paragraphs glued to each
#: other (a teaser's box in a dump that keeps no paragraph breaks): two sentences of a longer summary
DEK_FRAMED_WORDS = 30
#: how sure: enough to hold a one-sentence summary inside the article span
#: (:data:`newsclean.decision.span.STRONG`), which would otherwise be the story's paragraph
DEK_SCORE = 0.75
#: the page's furniture a teaser's title may stand under inside the story: an advert, another teaser
#: (or a pitch, ``chrome.pitch``: "Sign up to our newsletter ..."; a menu's or a cookie banner's lines
#: stand over the article's own headline and standfirst)
_DEK_FURNITURE = frozenset({Label.AD, Label.PROMO})
#: a subheading in Title Case ("Linksys Velop Wi-Fi 6 Mesh Router": a review's product) has at
#: least this share of capitalised words; a teaser's title is a sentence
DEK_TITLE_CASE = 0.8
#: a colon after fewer words than this in a summary is a speaker's or a list's label ("VOKES: ...",
#: "Scorers: ..."), the story's; after a clause ("It lasts twice as long: we timed five brands.") a summary's
DEK_COLON_WORDS = 5
#: a quote opens: a summary under a title quotes nobody
_QUOTES = ('"', "“", "«", "„", "»")
#: a numbered step of a how-to: "Step 4: ...", "Schritt 2 – ...", "Passo 3. ..."
STEP_TITLE = lazyrx.compile(r"^\w+\s+\d{1,2}\s*[:.)–—-]")


#: a picture's lines other than its caption: a gallery's counter, a marker ("Photo 3/8")
_PICTURE_RULES = frozenset(("chrome.counter", "chrome.photo_marker"))
_SENTENCE_STOP = lazyrx.compile(r"[.!?][\"'”’)]?\s+\p{Lu}")


def _sentences_in(text: str) -> int:
    return 1 + len(_SENTENCE_STOP.findall(text))


#: what may stand under a teaser that ends the article: an advert, the page's furniture
_FURNITURE = frozenset({Label.AD, Label.CHROME, Label.SIDEBAR, Label.PROMO})


def _furniture_below(page: Page, k: int) -> bool:
    """Line ``k``, under the last paragraph's place, is claimed by the page's furniture only (an
    advert's marker, the tags, a share row) and set apart by a blank line: a teaser's summary
    may be the article's last line."""
    if k >= len(page) or not page.has_blank_lines or not page.segments[k].blank_before:
        return False  # without paragraph breaks, a caption over the last paragraph has this shape
    return bool(page.verdicts[k]) and all(v.label in _FURNITURE for v in page.verdicts[k])


def _dek_teaser(page: Page, i: int, end: int, start: int = 0) -> bool:
    """Line ``i`` is another story's headline with its one-sentence summary under it, set
    between two of the article's paragraphs without a cue word (``promo.dek_title``)."""
    shape = page.shapes[i]
    # (a question may read as prose: it is a title only when framed, read below)
    asks = shape.text_question
    if not (DEK_TITLE_WORDS[0] <= shape.words <= DEK_TITLE_WORDS[1]) or (shape.prose and not asks):
        return False
    if not shape.title_like:
        return False
    j = i + 1
    # a picture between the story's paragraph and the teaser: its caption, its gallery counter
    above = i - 1
    while (
        above > 0
        and page.verdicts[above]
        and all(v.rule in _PICTURE_RULES or v.label is _CAPTION for v in page.verdicts[above])
    ):
        above -= 1
    # (under the page's furniture only once a paragraph of the story stood above it: at the page's
    # top, under a menu, the same shape is the article's own headline and standfirst)
    furniture = (
        bool(page.verdicts[above])
        and all(v.label in _DEK_FURNITURE or v.rule == "chrome.pitch" for v in page.verdicts[above])
        and any(page.shapes[k].prose and not page.verdicts[k] for k in range(start, above))
    )
    if j + 1 >= len(page) or page.verdicts[j] or (page.verdicts[above] and not furniture):
        return False  # a paragraph of the story (or the page's furniture: an advert, a pitch, a teaser) is above
    if j + 1 >= min(end, len(page)) and not (page.segments[i].blank_before and _furniture_below(page, j + 1)):
        return False  # the story goes on under the teaser, or the page's furniture does
    if above < i - 1 and _sentences_in(page.texts[j]) > 1:
        return False  # under a picture, a summary of two sentences is the story's next paragraph
    if above < i - 1 and any(v.label is _CAPTION for v in page.verdicts[j + 1]):
        return False  # between two pictures: a short paragraph of the story under a subheading
    up = above - 1 if _kicker(page, above) else above  # over the title, its kicker ("Analysis")
    if page.has_blank_lines and page.segments[j].blank_before:
        return False  # a summary is glued under its title (and the kept lines, read again, are not)
    text = page.texts[i].rstrip()
    if (
        asks
        and text[-1:] == "?"
        and text[:1].isupper()
        and not any(mark in text for mark in (":", "|", "(", *_QUOTES))
        and _framed(page, i, up)
        and not page.texts[up - 1].rstrip().endswith("?")
    ):
        pass  # a question as a teaser's title, the pair alone set apart (the story's line above answers no question)
    elif shape.prose or shape.list_marker or text[-1:] in ":?!" or "|" in text or "(" in text or not text[:1].isupper():
        return False  # a question is the story's Q&A; a line ending in ":" announces its list
    if STEP_TITLE.match(text) or (shape.title_ratio >= DEK_TITLE_CASE and not _title_case_headline(page, text)):
        return False  # "Step 4: Bleed the radiator", "Schritt 2: ..."; a name in Title Case (a product's)
    # a caption or a counter stood between the title and the story, in a dump with paragraph breaks
    picture = above < i - 1 and page.has_blank_lines
    story, dek = page.shapes[up], page.shapes[j]
    if (
        not (_prose(page, story) and story.sentence_end)
        and not (picture and not page.verdicts[up] and story.words >= 8)
        and not (furniture and above == i - 1)
        and not (above == i - 1 and _fact_line(page, up) and not _FACT_LINE.match(page.texts[i]))
        and not (above == i - 1 and _short_quote(page, up))
        and not (above == i - 1 and _dialogue(page, up))
    ):
        return False  # (over a picture, the story's line may be a row of its table: "A: 9 | B: 4")
    # a summary with no full stop is glued to its title, set apart from the story's next paragraph
    unstopped = page.has_blank_lines and not dek.terminal and page.segments[j + 1].blank_before
    if not (DEK_WORDS[0] <= dek.words <= _dek_words_max(page, i, up)) or not (dek.sentence_end or unstopped):
        return False
    if dek.list_marker:
        return False
    dek_text = page.texts[j].rstrip()
    if (
        dek_text.endswith("?")
        or not dek_text[:1].isupper()
        or (":" in dek_text and len(dek_text.partition(":")[0].split()) < DEK_COLON_WORDS)
        or any(map(dek_text.__contains__, _QUOTES))
    ):
        return False  # a question, an answer ("VOKES: ..."), a label ("Scorers: ..."), a quote: the story's
    return not page.shapes[j + 1].list_marker and not unlinked_heading(page.segments[i])


def _prose(page: Page, shape: Shape) -> bool:
    """A paragraph of running text, also in a language that glues its function words to the words
    (Turkish: :func:`~newsclean.segments.shape.suffixing_prose`), whose sentences ``Shape.prose`` misses."""
    return shape.prose or (page.lang in SUFFIXING_LANGS and suffixing_prose(shape))


def _framed(page: Page, i: int, up: int) -> bool:
    """Title ``i`` and its summary under it are set apart by blank lines (before the title, after the
    summary) while the story's line ``up`` above, unclaimed or the site's note (``chrome.pitch``: "This
    article is not a substitute for medical advice"; no advert's copy), is glued to the line over it: a
    teaser's box in a dump that keeps no paragraph breaks."""
    segs = page.segments
    j = i + 1
    return (
        page.has_blank_lines
        and segs[i].blank_before
        and j + 1 < len(page)
        and segs[j + 1].blank_before
        and up > 0
        and all(v.rule == "chrome.pitch" for v in page.verdicts[up])
        and not segs[up].blank_before
    )


def _dek_words_max(page: Page, i: int, up: int) -> int:
    """How many words the summary under title ``i`` may have: :data:`DEK_FRAMED_WORDS` when the pair
    is set apart (:func:`_framed`), :data:`DEK_WORDS` otherwise."""
    return DEK_FRAMED_WORDS if _framed(page, i, up) else DEK_WORDS[1]


#: a short quote of the story alone on its line, too short to read as prose: "“Tak.”", "« Magnifique. »", "– Fantastisk!"
_SHORT_QUOTE = lazyrx.compile(r"^[\"“”„«»‘’'–—-]\s?\p{Lu}[^\"“”„«»]{0,60}[.!?…]\s?[\"“”»’']?$")


#: a line of dialogue the story quotes has at least this many words
DIALOGUE_WORDS = 8


def _dialogue(page: Page, k: int) -> bool:
    """Line ``k``, unclaimed, is the story's dialogue, quotes and their speakers ('"You kept my seat
    warm," Peter says. "I kept it empty," Dana answers.'): few function words outside the quotes make
    it no prose, but it ends a sentence of the story (a teaser without a cue may stand under it as
    under a paragraph)."""
    text = page.texts[k].strip()
    return (
        not page.verdicts[k]
        and page.shapes[k].sentence_end
        and page.shapes[k].words >= DIALOGUE_WORDS
        and text[:1] in _QUOTES
        and sum(text.count(q) for q in _QUOTES) >= 2
    )


def _short_quote(page: Page, k: int) -> bool:
    """Line ``k``, unclaimed, is a short quote of the story ending its sentence (a teaser without a cue
    may stand under it as under a paragraph)."""
    return (
        not page.verdicts[k] and page.shapes[k].sentence_end and _SHORT_QUOTE.match(page.texts[k].strip()) is not None
    )


#: per language, the small words a headline in Title Case keeps in lower case (:data:`~newsclean.detectors.rules.patterns.PROMO_TITLE_CASE_SMALL_WORDS`)
_TITLE_CASE_SMALL = {lang: frozenset(words) for lang, words in P.PROMO_TITLE_CASE_SMALL_WORDS.items()}


def _title_case_headline(page: Page, text: str) -> bool:
    """``text``, in Title Case, is a headline of a language whose sites set headlines so, a small word in
    lower case between its capitalised words (a product's name has none)."""
    small = _TITLE_CASE_SMALL.get(page.lang)
    return small is not None and any(w in small for w in text.split()[1:-1])


#: a line of the story's fact box: a short label, a colon and a figure ("Medewerkers: 7400", "Omzet 2025: €2,9 mrd")
_FACT_LINE = lazyrx.compile(r"^\p{Lu}[\p{L}'’ -]{1,28}(?:\s\d{4})?:\s\S*\d")
#: ... of at most this many words
FACT_LINE_WORDS = 8


#: a label and its value of any kind ("Bestandsformaten: EPUB, PDF, CBZ"): a fact box's line when one with a figure is above it
_LABEL_LINE = lazyrx.compile(r"^\p{Lu}[\p{L}'’ -]{1,28}:\s\S")


def _fact_line(page: Page, k: int) -> bool:
    """Line ``k``, unclaimed, is the last line of the story's fact box ("Medewerkers: 7400"), or of its spec list
    under a line with a figure ("Gewicht: 189 gram" / "Bestandsformaten: EPUB, PDF, CBZ, MOBI"): a teaser without a
    cue may stand under it as under a paragraph."""
    if page.verdicts[k] or page.shapes[k].words > FACT_LINE_WORDS:
        return False
    if _FACT_LINE.match(page.texts[k]) is not None:
        return True
    return (
        k > 0
        and _LABEL_LINE.match(page.texts[k]) is not None
        and not page.verdicts[k - 1]
        and page.shapes[k - 1].words <= FACT_LINE_WORDS
        and _FACT_LINE.match(page.texts[k - 1]) is not None
    )


#: a run of teasers in Title Case: each title has this many words ("Can Landlords Evict Tenants
#: Who Strike?") and its summary at most MAX_SUMMARY_WORDS; at least DEK_RUN_PAIRS pairs
DEK_RUN_TITLE_WORDS = (4, 14)
DEK_RUN_PAIRS = 2
#: a figure after a title's first word: a result ("Ashby Mill 1 Hollin Vale 2"), a rating ("Note 4")
_INNER_FIGURE = lazyrx.compile(r"\s\S*\d")


def _run_title(page: Page, i: int) -> bool:
    """Line ``i`` is a headline in Title Case (a question too), unclaimed, no list's item."""
    shape = page.shapes[i]
    if page.verdicts[i] or not shape.title_like or shape.list_marker or shape.title_ratio < DEK_TITLE_CASE:
        return False
    if not (DEK_RUN_TITLE_WORDS[0] <= shape.words <= DEK_RUN_TITLE_WORDS[1]):
        return False
    text = page.texts[i]
    return " – " not in text and " - " not in text and _INNER_FIGURE.search(text) is None


def _run_summary(page: Page, j: int) -> bool:
    """Line ``j`` is a teaser's summary: one short sentence with a full stop, glued to its title."""
    shape = page.shapes[j]
    if page.verdicts[j] or shape.list_marker or not (4 <= shape.words <= MAX_SUMMARY_WORDS):
        return False
    if page.has_blank_lines and page.segments[j].blank_before:
        return False
    text = page.texts[j].rstrip()
    return text.endswith(".") and not any(mark in text[:-1] for mark in (". ", "! ", "? "))


def _dek_run(page: Page, i: int, end: int) -> int:
    """How many Title Case teasers, each title with its summary under it, follow from line ``i``."""
    pairs = 0
    while i + 1 < end and _run_title(page, i) and _run_summary(page, i + 1):
        pairs += 1
        i += 2
    return pairs


def detect_titled_teasers(page: Page, start: int, end: int) -> None:
    """Teasers without a cue word inside the article: a title shaped as a quote or dated.

    A person's quote as a title ("Denise Marr: "We will not be a feeder club"") and a title
    with its date after a dash ("Depot buyer named - 12 Nov") are how sites title the
    teasers of their other stories; the article's own subheadings are neither. A short
    sentence glued under such a title (no blank line between them, a blank line after it)
    is its summary. Only unclaimed lines after the article's first paragraph are read.
    """
    n = len(page)
    blanks = page.has_blank_lines
    for i in range(start + 1, min(end + 1, n)):
        if page.verdicts[i]:
            continue
        rule = _titled_teaser(page, i)
        if rule is None and (pairs := _dek_run(page, i, min(end + 1, n))) >= DEK_RUN_PAIRS:
            # US-style teasers in a run: "Can Landlords Evict Tenants Who Strike?" / "A lawyer explains ..."
            for k in range(i, i + 2 * pairs, 2):
                page.add(k, Verdict(Label.PROMO, "promo.dek_run_title", page.texts[k][:80], DEK_SCORE))
                page.add(k + 1, Verdict(Label.PROMO, "promo.teaser_summary", page.texts[k + 1][:80], DEK_SCORE))
            continue
        if rule is None:
            if _dek_teaser(page, i, end, start):
                if _kicker(page, i - 1):
                    page.add(i - 1, Verdict(Label.PROMO, "promo.teaser_kicker", page.texts[i - 1][:40], DEK_SCORE))
                page.add(i, Verdict(Label.PROMO, "promo.dek_title", page.texts[i][:80], DEK_SCORE))
                page.add(i + 1, Verdict(Label.PROMO, "promo.teaser_summary", page.texts[i + 1][:80], DEK_SCORE))
            continue
        page.add(i, Verdict(Label.PROMO, rule, page.texts[i][:80], 0.75))
        j = i + 1
        if (
            blanks
            and j < n
            and not page.verdicts[j]
            and not page.segments[j].blank_before
            and page.shapes[j].sentence_end
            and page.shapes[j].words <= MAX_SUMMARY_WORDS
            and (j + 1 >= n or page.segments[j + 1].blank_before)
        ):
            page.add(j, Verdict(Label.PROMO, "promo.teaser_summary", page.texts[j][:80], 0.7))


#: teasers after the story's end (``promo.tail_title``): each title has this many words ...
TAIL_TITLE_WORDS = (4, 20)
#: ... one title alone (or with its summary) at least this many: a story's closing line of a few
#: words ("Tickets go on sale Monday", "More to follow") is shorter
TAIL_LONE_TITLE_WORDS = 6
#: at most this many lines of teasers are read at the story's end
TAIL_LINES = 8
#: a fact box's label before its colon has at most this many words ("Tickets", "Where", "Durée"),
#: and a fact box has at least FACT_LABELS such lines
FACT_LABEL_WORDS = 2
FACT_LABELS = 2
#: a web or mail address in a line: a teaser's title names none
_ADDRESS_CUES = ("www.", "http", "@", ".com", ".org")
#: a person's name and age: "Rosa Pires, 69 anos", "Jane Roe, 54"
_AGED_NAME = lazyrx.compile(r",\s\d{1,3}(?:\s\p{L}+)?$")
#: what may stand right under the teasers at the story's end: the page's furniture, a picture's
#: caption, or the last teaser's credit or age ("By Marcus Oduya", "Hace 5 horas", "Sports Staff")
_TAIL_FURNITURE = frozenset({Label.AD, Label.CHROME, Label.PROMO, Label.CAPTION})
_TAIL_CREDITS = (*_TEASER_CREDITS, *_TEASER_DATES, "byline.credits")


def _tail_title(page: Page, i: int) -> bool:
    """Line ``i`` reads as another story's title: unclaimed, no sentence (or a question), no
    list's item, table's row or line announcing what follows."""
    shape = page.shapes[i]
    if page.verdicts[i] or not shape.title_like or shape.list_marker:
        return False
    if not (TAIL_TITLE_WORDS[0] <= shape.words <= TAIL_TITLE_WORDS[1]):
        return False
    text = page.texts[i].rstrip()
    first = text.lstrip("¿¡\"“«‘'")[:1]
    if "|" in text or "  " in text or text.endswith((":", ";", ",")) or not (first.isupper() or first.isdigit()):
        return False  # a table's row (its cells set apart by spaces), a line announcing what follows
    if text.split(None, 1)[0].endswith(".") or _AGED_NAME.search(text):
        return False  # an interview's question ("Q. What about ...?"), a name and an age ("Rosa Pires, 69 anos")
    if any(map(page.lows[i].__contains__, _ADDRESS_CUES)):
        return False  # where to read more or write to ("More at www.example.org"): the story's closing line
    if text.endswith("!") and _sentences_in(text) > 1:
        return False  # a call to the reader after the story ("Looking for more ideas? Stay tuned for more!")
    label, colon, _ = text.partition(":")
    return not (colon and len(label.split()) <= FACT_LABEL_WORDS and shape.digit_ratio > 0)  # "Karten: 18 bis 72 Euro"


def _tail_summary(page: Page, j: int) -> bool:
    """Line ``j`` is a teaser's summary under its title: one short sentence, no quote, no question."""
    shape = page.shapes[j]
    if page.verdicts[j] or shape.list_marker or not (DEK_WORDS[0] <= shape.words <= MAX_SUMMARY_WORDS):
        return False
    text = page.texts[j].rstrip()
    if not shape.sentence_end or text.endswith("?") or not text[:1].isupper():
        return False
    return _sentences_in(text) == 1 and not any(map(text.__contains__, _QUOTES))


def _tail_pairs(page: Page, i: int, m: int) -> list[tuple[int, bool]] | None:
    """Lines ``i`` .. ``m`` read as teasers, each a title maybe with its summary under it: the
    titles and whether each has a summary, or None."""
    pairs: list[tuple[int, bool]] = []
    k = i
    while k <= m:
        if not _tail_title(page, k):
            return None
        summary = k + 1 <= m and _tail_summary(page, k + 1)
        pairs.append((k, summary))
        k += 2 if summary else 1
    return pairs


def detect_tail_teasers(page: Page, start: int, end: int) -> None:
    """Teasers for other stories after the story's end, without a cue (``promo.tail_title``,
    ``promo.teaser_summary``): the last unclaimed lines of the article, with nothing but the
    page's furniture (claimed lines: share row, tags, comments, adverts) or the page's end under
    them, are titles of other stories, each maybe with its one-sentence summary glued under it.
    The story's own last line ends a sentence; a title alone needs
    :data:`TAIL_LONE_TITLE_WORDS` words, or another title with it."""
    n = len(page)
    last = min(end, n - 1)
    while last > start and page.verdicts[last]:
        last -= 1
    if last <= start + 1 or page.verdicts[last]:
        return
    best: list[tuple[int, bool]] | None = None
    for i in range(last, max(start + 1, last - TAIL_LINES), -1):
        above = i - 1
        if not page.verdicts[above] and page.texts[above].rstrip().endswith(":"):
            continue  # the story's line announces what follows: its list's items, no teasers
        if not page.verdicts[above] and not page.shapes[above].terminal:
            # the block starts higher up (or a title sits over the story's line), or a kicker
            # in capitals heads it ("NEUE STAFFEL") under the story's line
            kicked = above > start + 1 and _kicker(page, above) and page.shapes[above].words > 1
            if not kicked or (not page.verdicts[above - 1] and not page.shapes[above - 1].terminal):
                continue
        pairs = _tail_pairs(page, i, last)
        if pairs is not None:
            best = pairs
    if not best:
        return
    below = last + 1
    under = page.verdicts[below] if below < n else NO_VERDICTS
    if not under or not all(v.label in _TAIL_FURNITURE or v.rule.startswith(_TAIL_CREDITS) for v in under):
        return  # the page's furniture under them (the kept lines read again have none: the rule stays out)
    top = best[0][0] - 1
    if top > start + 1 and _kicker(page, top) and page.shapes[top].words > 1:
        page.add(top, Verdict(Label.PROMO, "promo.teaser_kicker", page.texts[top][:40], DEK_SCORE))
    labels = sum(
        1
        for title, _ in best
        if ":" in page.texts[title] and len(page.texts[title].split(":")[0].split()) <= FACT_LABEL_WORDS
    )
    if labels >= FACT_LABELS:
        return  # a fact box's lines: "Where: Market Square", "When: Saturdays, 8am to 2pm"
    if len(best) == 1:
        title, summary = best[0]
        if page.shapes[title].words < TAIL_LONE_TITLE_WORDS:
            return
        if summary and not page.verdicts[title - 1]:
            # right under the story's paragraph, one title and a sentence may be a picture's
            # caption over the story's last paragraph: the title only
            best = [(title, False)]
    for title, summary in best:
        page.add(title, Verdict(Label.PROMO, "promo.tail_title", page.texts[title][:80], DEK_SCORE))
        if summary:
            page.add(title + 1, Verdict(Label.PROMO, "promo.teaser_summary", page.texts[title + 1][:80], DEK_SCORE))


#: a lone headline between the article's paragraphs has this many words (a subheading is shorter)
LONE_TITLE_WORDS = (7, 18)
#: ... each paragraph next to it has at least this many words
LONE_PARAGRAPH_WORDS = 8
LONE_TITLE_SCORE = 0.7
#: ... two of them in a row have at most this many words each (a longer line under a title may be
#: the story's own paragraph with no full stop)
LONE_PAIR_WORDS = 12
#: ... and at most this share of its letters in capitals
LONE_UPPER = 0.5
_LONE_NOT_FIRST = {lang: frozenset(words) for lang, words in P.PROMO_LONE_TITLE_NOT_FIRST.items()}
_LONE_OPENERS = ('"', "“", "‘", "'", "«", "(", "[")
_LONE_NEIGHBOURS = frozenset({Label.CAPTION, Label.PROMO, Label.AD})
#: a table's cells, a label, a dash before a date or a source, a handle or a hashtag of a post
_LONE_NOT_IN = ("|", ":", " – ", " - ", " — ", "@", "#")


def _lone_paragraph(page: Page, k: int, asks: bool = True) -> bool:
    """Line ``k`` is one of the article's paragraphs: unclaimed prose ending a sentence (a question
    too, if ``asks``: "Is the supermarket meal deal still a deal?" may be a teaser's title)."""
    shape = page.shapes[k]
    return (
        not page.verdicts[k]
        and shape.prose
        and shape.sentence_end
        and (asks or not shape.text_question)
        and shape.words >= LONE_PARAGRAPH_WORDS
    )


def _lone_title(page: Page, i: int, not_first: frozenset[str]) -> bool:
    """Line ``i`` is shaped as another story's headline that names someone or somewhere after its
    first word (:func:`detect_lone_titles`)."""
    return _lone_shape(page, i, not_first) and _names(page.texts[i])


def _names(text: str) -> bool:
    """A capitalised word after the first: "Fish kills and a missing report" names no one."""
    return any(w[:1].isupper() and w != "I" for w in text.split()[1:])


def _lone_shape(page: Page, i: int, not_first: frozenset[str]) -> bool:
    """Line ``i`` is shaped as another story's headline, named or not (:func:`detect_lone_titles`)."""
    shape = page.shapes[i]
    if page.verdicts[i] or shape.list_marker or shape.terminal or shape.text_question:
        return False
    if shape.upper_ratio > LONE_UPPER or shape.title_ratio >= DEK_TITLE_CASE:
        # a line in capitals: a result ("RIDGEWAY 78, GREAT PLAINS ST. 74 (OT)"), a kicker; in
        # Title Case: a product's name over its paragraph in a buying guide ("RAVPower 61W USB-C ...")
        return False
    if not (LONE_TITLE_WORDS[0] <= shape.words <= LONE_TITLE_WORDS[1]):
        return False
    text = page.texts[i].strip()
    if text.startswith(_LONE_OPENERS) or any(mark in text for mark in _LONE_NOT_IN):
        return False
    if text.endswith(_CLAUSE_ENDS):
        return False  # a sentence's first part, its inline link cut out below it: "If you need a refresher on how we got here,"
    return text.split()[0].lower() not in not_first and text[:1].isupper()


#: a line ending in these goes on in the next line: no headline ends so
_CLAUSE_ENDS = (",", ";")


def _lone_bound(page: Page, k: int) -> bool | None:
    """What bounds a run of lone headlines at line ``k``: a paragraph (True), a caption, teaser or
    advert in the flow (False), or anything else (None)."""
    if _lone_paragraph(page, k):
        return True
    v = page.best(k)
    return False if v is not None and v.label in _LONE_NEIGHBOURS else None


_LETTER_SIGNATURE = lazyrx.compile(P.LETTER_SIGNATURE)
#: a letters page: at least this many letters in the article signed "Name, Place" under a paragraph ...
SIGNED_LETTERS = 2
#: ... and a letter's title stands at most this many lines over its signature
LETTER_LINES = 6


def _letter_signatures(page: Page, start: int, end: int) -> set[int]:
    """The article's lines from ``start`` to ``end`` that sign a reader's letter: unclaimed, under a
    paragraph, shaped as :data:`~newsclean.detectors.rules.patterns.LETTER_SIGNATURE`."""
    texts, shapes, verdicts = page.texts, page.shapes, page.verdicts
    return {
        k
        for k in range(max(start, 1), min(end + 2, len(page)))
        if not verdicts[k] and shapes[k - 1].prose and "," in texts[k] and _LETTER_SIGNATURE.match(texts[k])
    }


def _letters_title(page: Page, i: int, signatures: set[int]) -> bool:
    """Line ``i`` heads a reader's letter: the letter's unclaimed paragraphs under it end in one of
    ``signatures`` within :data:`LETTER_LINES` lines."""
    for k in range(i + 2, min(i + 2 + LETTER_LINES, len(page))):
        if k in signatures:
            return True
        if page.verdicts[k] or not page.shapes[k].prose:
            return False
    return False


def detect_lone_titles(page: Page, start: int, end: int) -> None:
    """Other stories' headlines alone between the article's paragraphs, with no cue and no summary
    (``promo.lone_title``): one line, or two in a row, of :data:`LONE_TITLE_WORDS` words with no
    mark at the end, each naming someone or somewhere after its first word ("Poppy appeal beats
    target in Highlands despite wet November"), with a paragraph of the story on one side and a
    paragraph or the page's furniture in the flow (a caption, a teaser, an advert) on the other. A
    headline that names no one ("Rail staff to vote on strike action over weekend rosters") stands
    alone between two paragraphs of the story that ask nothing, the lower one no quote (a subheading
    leads into a quote), with no bracket or star in it (a recipe's step). The article's subheadings are shorter, ask or tell the reader to act
    (:data:`~newsclean.detectors.rules.patterns.PROMO_LONE_TITLE_NOT_FIRST`); its list items, table
    rows and quotes are set another way; on a letters page (two letters at least signed "Name,
    Place") a title over a signed letter is the letter's. English only: a capital after the first
    word names no one in German."""
    not_first = _LONE_NOT_FIRST.get(page.lang)
    if not_first is None:
        return
    last = min(end, len(page) - 1)
    # a letters page: a title over a letter signed "Name, Place" is the letter's
    signatures = _letter_signatures(page, start, end)
    if len(signatures) < SIGNED_LETTERS:
        signatures = set()
    i = max(start, 0) + 1
    while i < last:
        if signatures and _letters_title(page, i, signatures):
            i += 1
            continue
        if not _lone_title(page, i, not_first):
            # a headline that names no one stands alone between two of the story's paragraphs,
            # no bracket or star in it (a recipe's step: "Boil for *10 minutes (if over 1000 feet ...)")
            if (
                _lone_shape(page, i, not_first)
                and not any(mark in page.texts[i] for mark in ("(", "*"))
                and _lone_paragraph(page, i - 1, asks=False)
                and _lone_paragraph(page, i + 1, asks=False)
                and not page.texts[i + 1].lstrip().startswith(_QUOTES)  # a subheading over a quote
                and not _lone_shape(page, i + 1, not_first)
            ):
                page.add(i, Verdict(Label.PROMO, "promo.lone_title", page.texts[i][:80], LONE_TITLE_SCORE))
            i += 1
            continue
        j = i  # the run's last line: a second headline of at most LONE_PAIR_WORDS words each
        if i + 1 < last and _lone_title(page, i + 1, not_first):
            if max(page.shapes[i].words, page.shapes[i + 1].words) > LONE_PAIR_WORDS:
                i += 2  # a title over an unstopped line of the story (its standfirst's shape): neither
                continue
            j = i + 1
        above, below = _lone_bound(page, i - 1), _lone_bound(page, j + 1)
        if above is not None and below is not None and (above or below):
            for k in range(i, j + 1):
                page.add(k, Verdict(Label.PROMO, "promo.lone_title", page.texts[k][:80], LONE_TITLE_SCORE))
        i = j + 1
