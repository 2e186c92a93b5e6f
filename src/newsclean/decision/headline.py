"""Which line is the article's own title?

Looked for in the :data:`WINDOW` lines above the first paragraph of the
article, skipping lines a rule already claimed (byline, caption, date, ads,
menus). Among the headline-like lines there, the score prefers a full title
(4-20 words) close to the body; a short kicker ("WORLD") or an in-article
subheading loses to a longer title above it.
"""

from __future__ import annotations

import regex

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.detectors.rules.patterns import KEY_POINTS_HEADINGS, SOURCE_LINE_WORDS
from newsclean.types import Label

WINDOW = 20
#: a photo credit on a line of its own under a caption ("Foto Ansa", "Photo: Jane Roe")
CREDIT_LINE = lazyrx.compile(r"^(?:photo|photograph|foto|bild|image|picture)\b[:\s]\s*\S", regex.I)
#: such a line has at most this many words
CREDIT_WORDS = 5
#: the caption rules that find a bare credit line by a credit word (at most CREDIT_WORDS + 3
#: words); not a wire's name alone ("Lusa", "(dpa)"), which under a title is its byline
CREDIT_RULES = frozenset(("caption.credit", "caption.photo_note"))
#: ... nor a source's line ("Source: Accrasphere.com"), which under a title names where the story came from
SOURCE_WORDS = frozenset(SOURCE_LINE_WORDS)
#: a sentence ended inside the line, then a credit: a photo caption ("... on Thursday. (WKRV)",
#: "... en el Parlamento. ÁNGEL MURCIANO", "... olio su tela. Courtesy Fondazione X")
CAPTION_TAIL = lazyrx.compile(r"\p{Ll}{2}\.\s+(?:\(|\p{Lu}{2,}\b|\S+/|(?:Courtesy|Photo|Foto|Image|Picture)\b|Fot\.)")
#: an all-capitals line of at most this many words is a kicker or a masthead
SHOUT_WORDS = 5
#: each word past LONG_TITLE costs this much of a line's headline score
LONG_TITLE = 16
LONG_TITLE_PENALTY = 0.04
#: a line with this many "|", "•" or "·" separators is no title
SEPARATORS = 2
#: a breadcrumb's separators, spaced ("News › Local › ..."): a title has none (a quote in
#: guillemets has no space on both sides of its mark)
CRUMBS = (" › ", " > ")
#: a labelled field of a fact box ("Durée : 52 min", "Cast: ..."), at the start or after a separator
FIELD = lazyrx.compile(r"(?:^|[|·•;]\s*|\.\s+)\p{L}[\p{L}'’ -]{0,24}?\s?:\s")
#: a label, then a list of three short items or more (a name, a name and a minute): a team's
#: line-up, the scorers, a cast: "Bramki: Szymański 58, 90+3 – Kubiak 24", "Rovers: Hale, Dunn, Ames"
LINEUP = lazyrx.compile(
    r"[^:]{1,30}:\s[\p{Lu}\d][^,;–—\s]*(?:\s[^,;–—\s]+){0,2}(?:(?:[,;]|\s[–—])\s[\p{Lu}\d][^,;–—\s]*(?:\s[^,;–—\s]+){0,2}){2,}\.?$"
)
#: two teams, a dash between them, then the final score and maybe the half-time one:
#: "Lechia Wielkopole – Warta Nowe Miasto 2:1 (0:1)", "«Северсталь-Арена» — «Приморье» — 1:3 (1:1)"
_TEAM = r"[«\"„]?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}[»\"“]?"
RESULT_LINE = lazyrx.compile(
    rf"{_TEAM}\s[–—-]\s{_TEAM}(?:\s[–—-])?\s\d{{1,3}}\s?[:–-]\s?\d{{1,3}}(?:\s\(\d{{1,3}}\s?[:–-]\s?\d{{1,3}}\))?"
)
#: a score or a clock time: two of them on one line make a ticker or a timetable, not a title
PAIRS = lazyrx.compile(r"(?<![\d.,])\d{1,2}\s?[:–-]\s?\d{1,2}(?![\d.,])")
#: a line of this many capitalised words with no function word is a menu, not a title
NAV_WORDS = 8
#: a social network's handle as a word of its own: an embedded post's author line
HANDLE = lazyrx.compile(r"(?:^|\s)@\w{2,}")
#: the masthead is one of the page's first lines; a short line repeating it further down is no title
MASTHEAD_LINES = 3
#: a rule at least this sure keeps a line from being the headline
CLAIMED = 0.7


def headline_score(page: Page, i: int, distance: int) -> float:
    shape = page.shapes[i]
    if shape.words == 0 or shape.words > 30 or shape.list_marker:
        return 0.0
    if shape.prose and shape.words > 20:
        return 0.0
    if (
        i >= MASTHEAD_LINES
        and shape.words <= SHOUT_WORDS
        and page.keys[i]
        and page.keys[i] in page.keys[:MASTHEAD_LINES]
    ):
        return 0.0  # the paper's name again, as the byline's source or a footer: the masthead's copy
    if shape.sentence_end and not shape.text_question and shape.words > 12:
        return 0.0
    text = page.texts[i]
    if text.endswith(":") and shape.words > 2:
        return 0.0  # "The club announced it on its page:": a lead-in to a quote or a list, never a title
    if text[:1].isdigit() and AGED.match(text):
        return 0.0  # "6h ago Severe flood warning issued ...", "14:05 Bridge closed": a feed's or live blog's entry
    if shape.digit_ratio and len(PAIRS.findall(text)) >= 2:
        return (
            0.0  # "LIVE: Haldern 1:0 Rottach (58.) | Wiesental 2:2 Brenkhausen", "Fajr 4:58 Zuhr 12:22 ...": a ticker
        )
    if shape.words >= NAV_WORDS and shape.title_ratio >= 0.99 and shape.stopword_ratio == 0:
        return 0.0  # "Schweiz Zürich Bern Basel Ostschweiz Ausland Wirtschaft Sport": a menu flattened on one line
    if (text[-1:].isdigit() or text.endswith(")")) and RESULT_LINE.fullmatch(text):
        return 0.0  # "Lechia – Warta 2:1 (0:1)": the match's result over the report
    if ":" in text and (len(FIELD.findall(text)) >= 2 or LINEUP.match(text)):
        return 0.0  # "Création : Maëlle Quéré | Avec : Yann Kerbrat", "Rovers: Hale, Dunn, Ames, ...": a fact box's row
    if "@" in text and HANDLE.search(text):
        return 0.0  # "Alberto Melis @MelisSindaco": the author of an embedded post
    if text.count("|") + text.count("•") + text.count("·") >= SEPARATORS:
        return 0.0  # a ticker, a nav strip, a spec row: a title has one separator at most
    if sum(map(text.count, CRUMBS)) >= SEPARATORS:
        return 0.0  # "Metro › Transportation › <the title>": a breadcrumb that ends with the title
    if CAPTION_TAIL.search(text):
        return 0.0  # "... on Thursday. (WKRV)": a photo caption with its credit
    words = _html_wide_words(page, i)
    size = min(words, 14) / 14
    if words < 3:
        size *= 0.3
    elif shape.words <= SHOUT_WORDS and shape.upper_ratio > 0.8:
        size *= 0.5  # "THE BIG READ", "CAUGHT ON CAMERA", a masthead: a kicker, not the title
    # titles rarely run past LONG_TITLE words; a photo caption above the lead often does
    size -= LONG_TITLE_PENALTY * max(0, words - LONG_TITLE)
    return size + 0.25 * shape.title_ratio - 0.04 * distance


#: Chinese and Japanese write no spaces: in an HTML page, a line of few spaced words counts
#: one word for every WIDE_CHARS_PER_WORD of its Han and kana characters ("江城地铁5号线南段开通试运营
#: 沿线居民通勤时间缩短一半" is a title of some twelve words, not two)
WIDE_CHARS_PER_WORD = 2
WIDE = lazyrx.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _html_wide_words(page: Page, i: int) -> int:
    """Line ``i``'s words for its headline score: its spaced words, or in an HTML page its Han and
    kana characters by :data:`WIDE_CHARS_PER_WORD` when that is more (the text path is unchanged)."""
    words = page.shapes[i].words
    if words >= 14 or page.segments[i].dom is None:
        return words
    return max(words, len(WIDE.findall(page.texts[i])) // WIDE_CHARS_PER_WORD)


def _claimed(page: Page, i: int) -> bool:
    v = page.best(i)
    return v is not None and v.score >= CLAIMED and v.label is not Label.HEADLINE


#: a title with a standfirst under it has at least this many words (a masthead has fewer)
DEK_TITLE_WORDS = 4


def _dek_below_title(page: Page, upper: int, lower: int) -> bool:
    """Is ``lower`` the standfirst (dek) under the title ``upper``?

    A dek is longer than its title and reads more like a sentence: more
    function words or fewer capitalised words.
    """
    a, b = page.shapes[upper], page.shapes[lower]
    if a.words < DEK_TITLE_WORDS or a.words > 25:
        return False  # "The Kilbrack Champion / Serving the valley since 1899" is a masthead
    if _label_line(page, upper):
        return False  # a kicker or a nav line above the title, not a title above its dek
    if SCORE_LINE.match(page.texts[upper]):
        return False  # the match's score above the report's title
    if a.sentence_end and not a.text_question and not b.terminal:
        return False  # a sentence over a title ("Röken syntes över hela Ljusnebo."): a caption over the title
    return b.words > a.words and (b.stopword_ratio > a.stopword_ratio or b.title_ratio < a.title_ratio)


#: the headline may sit below the first prose line (a photo caption above it)
LOOK_INSIDE = 6


def _first_run(page: Page, first_body: int) -> int:
    """The first paragraph that another paragraph follows closely: the article's lead."""
    from newsclean.decision.span import is_content

    n = len(page)
    title = " ".join(page.title_hint.split()).lower()
    for i in range(first_body, min(n, first_body + LOOK_INSIDE)):
        shape = page.shapes[i]
        if not is_content(page, i) or not (shape.prose or shape.words >= 15):
            continue
        dom = page.segments[i].dom
        if dom and dom.get("is_heading"):
            continue  # HTML: a heading is not the lead paragraph (a long title is still a title)
        if title and not shape.prose and _cut_title(" ".join(page.texts[i].split()).lower(), title):
            if i == first_body:
                first_body += 1  # ... and no paragraph further down: the line under it is the lead
            continue  # the page's own title cut short in <title>, written in a table cell or a <div>
        following = [j for j in range(i + 1, min(n, i + 4)) if is_content(page, j)]
        if not following:
            continue
        # a title-like line between this and the next paragraph: this is a caption above the title
        if any(not _claimed(page, k) and headline_score(page, k, 0) > 0.6 for k in range(i + 1, following[0])):
            continue
        return i
    return first_body


#: HTML: how far above the first paragraph the title may sit (share bars, images between)
HTML_WINDOW = 30
#: added to a line that is the page's own <title> / og:title
TITLE_BONUS = 1.0
#: added to an HTML candidate inside an <h1>
H1_BONUS = 0.4
#: added to a candidate with the article's byline between it and the body
BYLINE_BONUS = 0.3
#: ... when it has this many words: a name of two words over the date line is the author's
BYLINE_BONUS_WORDS = 3
#: added to a candidate with its standfirst (dek) right below it
DEK_BONUS = 0.3


#: the byline block starts at most this many lines under the title (a dek between)
BYLINE_REACH = 3


def _byline_between(page: Page, i: int, lead: int) -> bool:
    """The article's byline block follows this line closely (title, maybe a dek, byline)."""
    return any(page.has(j, Label.BYLINE) for j in range(i + 1, min(lead, i + 1 + BYLINE_REACH)))


#: a title that asks a question has at most this many words
QUESTION_TITLE_WORDS = 20


def _question_title(page: Page, i: int) -> bool:
    """The article's first prose line is its title when it asks a question and the byline
    block follows within :data:`BYLINE_REACH` lines: "Is Lake Corrow really running out of
    water?" (a question reads as prose, and so opened the article's first cluster)."""
    shape = page.shapes[i]
    if shape.words > QUESTION_TITLE_WORDS or not shape.text_question:
        return False
    if i + 1 < len(page) and page.lows[i + 1].strip().rstrip(":").strip() in _KEY_POINTS:
        return True  # the question over a "Key points" box
    return any(page.has(j, Label.BYLINE) for j in range(i + 1, min(len(page), i + 1 + BYLINE_REACH)))


def _matches_title(text: str, title: str) -> bool:
    """The page title is this line, maybe with the site's name after a separator (or a short one before),
    or the line's start cut short (:func:`_cut_title`)."""
    t = " ".join(text.split()).lower()
    return len(t) >= 10 and (
        title == t
        or (title.startswith(t) and title[len(t) : len(t) + 3].strip()[:1] in _SEPARATORS)
        or (title.endswith(t) and 2 * len(t) > len(title) and title[: -len(t)].rstrip()[-1:] in _SEPARATORS)
        or _cut_title(t, title)
        or _keyword_title(t, title)
    )


#: the place or topic before a page title's colon ("Leipzig: <title> - Site") has at most this many words
TITLE_KEYWORD_WORDS = 3


def _keyword_title(t: str, title: str) -> bool:
    """The page title is line ``t`` with a short keyword and a colon before it, and maybe the
    site's name after a separator ("Leipzig: Genossenschaft baut ... - DER BOTE" over the <h2>
    "Genossenschaft baut ..."): news magazines' SEO titles lead with the story's place or topic."""
    at = title.find(": " + t)
    if at <= 0 or len(t) < CUT_TITLE_CHARS:
        return False
    head, rest = title[:at], title[at + 2 + len(t) :]
    return (
        len(head.split()) <= TITLE_KEYWORD_WORDS
        and _TITLE_PARTS.search(head) is None
        and (not rest or rest[:3].strip()[:1] in _SEPARATORS)
    )


#: a page title cut short holds this many characters at least, and this share of the line it starts
CUT_TITLE_CHARS = 40
CUT_TITLE_SHARE = 0.6


def _cut_title(t: str, title: str) -> bool:
    """The page title is the start of line ``t``, cut short (an SEO title of some 60 characters
    over a longer headline), with the site's name before or after it past a spaced separator
    ("El Diario del Valle - Productores de yerba reclaman ..." over "Productores de yerba
    reclaman ... y amenazan con cortar rutas"): the title's longest part, of
    :data:`CUT_TITLE_CHARS` characters at least and :data:`CUT_TITLE_SHARE` of the line, starts it
    and ends at a word's end."""
    if len(title) < CUT_TITLE_CHARS or len(t) <= len(title) // 2:
        return False
    part = max(_TITLE_PARTS.split(title), key=len).strip(" .…")
    return (
        len(part) >= CUT_TITLE_CHARS
        and len(part) >= CUT_TITLE_SHARE * len(t)
        and len(part) < len(t)
        and t.startswith(part)
        and not t[len(part)].isalnum()
    )


#: a separator between a page title's parts, spaced ("Title | Site", "Site - Title")
_TITLE_PARTS = regex.compile(r"\s[|\-–—:·]\s")


#: ("_" after the title on Chinese portals: "江城地铁5号线南段开通试运营_江城网")
_SEPARATORS = ("|", "-", "–", "—", ":", "·", "_")


def find_headline(page: Page, first_body: int) -> int | None:
    """The article's title line above (or at) ``first_body``, the first paragraph; None when no line reads as one."""
    found = _find_headline(page, first_body)
    return None if found is None else _exact_copy_below(page, found, first_body)


def _find_headline(page: Page, first_body: int) -> int | None:
    best: tuple[float, int] | None = None
    lead = _first_run(page, first_body)
    if _opens_the_page(page, lead):
        return 0
    title = " ".join(page.title_hint.split()).lower()
    lo = max(0, first_body - (HTML_WINDOW if page.hinted else WINDOW))
    top = lead - 1
    for i in range(max(lead, first_body), min(len(page), first_body + LOOK_INSIDE)):
        dom = page.segments[i].dom
        if dom and dom.get("is_heading") == 1 and (i == first_body or (title and _matches_title(page.texts[i], title))):
            top = i  # HTML: the <h1> is the article's first line, or repeats the page title below a quote or photo
            break
        if dom and i == first_body and title and not page.shapes[i].prose and _matches_title(page.texts[i], title):
            top = i  # HTML: the article's first line repeats the page title, in no <h1> (a table layout's <font>)
            break
    if top < first_body < len(page) and _question_title(page, first_body):
        top = first_body  # the question that opened the first cluster is read as a title too
    for i in range(top, lo - 1, -1):
        dom = page.segments[i].dom
        if dom and dom.get("in_nav") and not dom.get("is_heading"):
            continue  # HTML: a breadcrumb's last crumb (the title's first part) or a menu entry: never the title
        if title and _matches_title(page.texts[i], title):
            v = page.best(i)
            if v is None or v.label is not Label.AD:
                score = TITLE_BONUS + headline_score(page, i, 0)
                if best is None or score > best[0]:
                    best = (score, i)
                continue
        if i >= first_body and page.shapes[i].prose and not (i == first_body and _question_title(page, i)):
            continue
        if _claimed(page, i) or _credit_below(page, i):
            continue
        score = headline_score(page, i, max(0, first_body - i))
        dom = page.segments[i].dom
        if dom and dom.get("is_link") and not dom.get("is_heading"):
            continue  # a link outside any heading is a menu entry or a teaser, not this page's title
        if score > 0 and dom and dom.get("is_heading") == 1:
            score += H1_BONUS  # the page's own <h1>
        if score > 0 and page.shapes[i].words >= BYLINE_BONUS_WORDS and _byline_between(page, i, lead):
            score += BYLINE_BONUS  # titles come before the byline block (not the author's bare name)
        if score > 0 and i + 1 < lead and not _claimed(page, i + 1) and _dek_below_title(page, i, i + 1):
            score += DEK_BONUS  # "title, dek": the standfirst right under it (not the lead paragraph)
        if score > 0.2 and (best is None or score > best[0]):
            best = (score, i)
    if best is None:
        return None
    chosen = best[1]
    if title and _matches_title(page.texts[chosen], title):
        return chosen  # the page's own title: no kicker above it is the title, and it is no dek
    boxed = _title_above_key_points(page, chosen, lo)
    if boxed is not None:
        return boxed
    above = _title_above_byline(page, first_body, lo, chosen)
    if above is not None:
        return above
    run_top = _top_of_title_run(page, chosen, lo)
    if run_top is not None and not (title and _matches_title(page.texts[chosen], title)):
        return run_top
    # "title, dek, body": the nearest unclaimed line above a dek-like choice is the title
    for j in range(chosen - 1, max(-1, chosen - 3), -1):
        if _claimed(page, j):
            if page.label_of(j) is Label.BYLINE:
                continue  # "title, byline, dek"
            break  # a menu or a share bar between: no title and dek
        if headline_score(page, j, max(0, first_body - j)) > 0.2 and _dek_below_title(page, j, chosen):
            return j
        break
    return chosen


#: a title printed a second time, exactly, has at least this many characters
COPY_CHARS = 20


def _exact_copy_below(page: Page, chosen: int, first_body: int) -> int:
    """The title printed twice: the chosen line with something glued on (a section's name before
    it, "CommunityRemembering ...", or the site's after it, "... | The Daily Clarion") and the
    title alone further down, above the body: the copy alone (the one nearest the body) is the title."""
    text = page.texts[chosen].strip()
    # the copy nearest the body: an og:title copy at the top of the dump may come before the page's own
    for j in range(min(len(page) - 1, first_body), chosen, -1):
        copy = page.texts[j].strip()
        if (
            COPY_CHARS <= len(copy) < len(text)
            and _glued_copy(text, copy)
            and not _claimed(page, j)
            and headline_score(page, j, 0) > 0
        ):
            return j
    return chosen


def _glued_copy(text: str, copy: str) -> bool:
    """``text`` is ``copy`` with a section's name glued before it (no space: a flattened link) or the
    site's name after a separator; not a kicker with a colon ("Letters: <the first letter's title>")."""
    if text.endswith(copy):
        return text[-len(copy) - 1].isalpha()
    return text.startswith(copy) and text[len(copy) :].lstrip()[:1] in ("|", "-", "–", "—", "·")


#: a title has at most this many standfirsts (or a score line, a subtitle) right under it
TITLE_RUN_DEKS = 2
#: a line of the run above the chosen one reads as a full title: at least this headline score
#: and this many words ("Ir a la receta" above the title is a button)
RUN_TITLE_SCORE = 0.4
RUN_TITLE_WORDS = 6
#: a match's score alone on its line: "Olympique Vernois 3 – 1 FC Saint-Aubrac", "Club Atlético
#: Meridiana 84 - 79 Gran Canaria Alisios | FINAL" (no verb, no title)
SCORE_LINE = lazyrx.compile(
    r"^\p{Lu}[\p{L}'’. -]{1,40}?\s\d{1,3}\s?[–—:-]\s?\d{1,3}\s\p{Lu}[\p{L}'’. -]{1,40}(?:\s*[|(][^|()]{0,12}\)?)?$"
)
#: a feed item's age or time before its title: "2h ago ...", "11m ago ...", "14:05 ..."
#: (in capitals or glued to the title too: "1H agoJudge reads verdict")
AGED = lazyrx.compile(
    r"^\d{1,2}(?:[:.h]\d{2}\b(?!\s+(?-i:\p{Ll}))|\s*(?:[smhd]|mins?|minutes?|hrs?|hours?|days?)\s*ago)", regex.I
)


def _top_of_title_run(page: Page, chosen: int, lo: int) -> int | None:
    """The title heading a short run of headline-like lines that ends at the chosen line.

    "Kicker or menu, title, dek(s), ..., body": the standfirst, a second standfirst or a
    score line ("FT: Rangers 3-1 Town") under the title scores like a title too, and is
    nearer the body. The topmost line of an unbroken run of at most
    :data:`TITLE_RUN_DEKS` + 1 unclaimed full headline-like lines is the title, when the
    line above the run is page furniture (a claimed line, or a short kicker or masthead).
    A longer run, or a run under another headline-like line, is a list of teasers: no change.
    """
    top = None
    chosen_text = page.lows[chosen].strip()
    for j in range(chosen - 1, max(lo, chosen - TITLE_RUN_DEKS) - 1, -1):
        shape = page.shapes[j]
        if _claimed(page, j) or shape.list_marker or shape.words < RUN_TITLE_WORDS or _label_line(page, j):
            break
        if headline_score(page, j, 0) < RUN_TITLE_SCORE or page.lows[j].strip() == chosen_text:
            break  # a weaker line, or the same title twice (a dump of a page's two title blocks)
        if AGED.match(page.texts[j]) or "·" in page.texts[j]:
            break  # "2h ago Rail line closed": an item of a feed; "COLUMNA · Con otros ojos": a label
        if SCORE_LINE.match(page.texts[j]):
            break  # "Olympique Vernois 3 – 1 FC Saint-Aubrac": the match's score over its report's title
        if shape.sentence_end and not shape.text_question and not page.shapes[chosen].terminal:
            break  # a sentence over a title ("Röken syntes över hela Ljusnebo."): a photo's caption
        top = j
    if top is None or top == 0:
        return None
    above = top - 1
    shape = page.shapes[above]
    furniture = _claimed(page, above) or shape.words < DEK_TITLE_WORDS or _label_line(page, above)
    return top if furniture else None


def _label_line(page: Page, i: int) -> bool:
    """A kicker in capitals ("GEHEIM-HOCHZEIT AN DER OSTSEE") or a short line with a
    separator ("Subscribe | Sign in", "Round 9 · Lindholm Raceway"): a label above a title,
    never the title itself."""
    shape = page.shapes[i]
    text = page.texts[i]
    if shape.words <= LABEL_SEPARATED_WORDS and ("|" in text or " · " in text or " • " in text):
        return True  # "The Care Ledger | Part 2": a series or a section and its part
    if shape.words > SHOUT_WORDS:
        return False
    return shape.upper_ratio > 0.8 or _capitals(text)


#: a label with a separator has at most this many words ("The Care Ledger | Part 2")
LABEL_SEPARATED_WORDS = 6


def _capitals(text: str) -> bool:
    """At least four letters, nearly all capitals: "PRO D2 - 14e JOURNÉE"."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


#: how many unclaimed lines (title and standfirsts) may sit right above the byline block
TITLE_RUN = 4
#: at most this many bulleted key points may stand between them and the byline block
KEY_POINTS = 6


def _title_above_byline(page: Page, first_body: int, lo: int, chosen: int) -> int | None:
    """The title that heads the article's byline block: ``title, dek(s), byline``.

    A photo caption or a video's title between the share bar and the lead scores
    like a headline and is nearer the body; but titles come before the byline.
    The byline block is the last one above the first paragraph; the title is
    the topmost headline-like line of the unclaimed run right above it (a
    standfirst or two may sit between; the author's name or role, short lines, is
    skipped; a kicker or a short label above the title ends the run).
    Only when the chosen line sits below the byline block with furniture between
    (a share bar, a video player): a title right under the byline block stays.
    None when there is no such title.
    """
    b = next((k for k in range(first_body - 1, lo - 1, -1) if page.has(k, Label.BYLINE)), None)
    if (
        b is None
        or chosen <= b
        or not any(_claimed(page, k) and not page.has(k, Label.BYLINE) for k in range(b + 1, chosen))
    ):
        return None
    while b > lo and page.has(b - 1, Label.BYLINE):
        b -= 1
    if not any(_author(page, k) for k in range(b, min(chosen, b + BYLINE_REACH + 1))):
        return None  # a date line alone (the site's date in the masthead) heads nothing
    # the bullets of a "key points" box between the title (and its dek) and the byline
    above = b - 1
    while above > lo and b - 1 - above < KEY_POINTS and page.shapes[above].list_marker and not page.verdicts[above]:
        above -= 1
    top = None
    for j in range(above, max(lo, above - TITLE_RUN) - 1, -1):
        shape = page.shapes[j]
        if _claimed(page, j) or shape.list_marker:
            break
        if shape.words < DEK_TITLE_WORDS or (shape.words <= SHOUT_WORDS and shape.upper_ratio > 0.8):
            if top is None:
                continue  # the author's bare name or role above the date line
            break  # a kicker or a label above the title
        if headline_score(page, j, 0) > 0.2:
            top = j
        elif top is not None:
            break
    return top


_KEY_POINTS = frozenset(KEY_POINTS_HEADINGS)
#: a title sits at most this many lines above a key-points box's heading (a kicker between: "LIVE")
BOX_TITLE_REACH = 2


def _title_above_key_points(page: Page, chosen: int, lo: int) -> int | None:
    """The title above a "key points" box that the chosen line is a point of.

    "Title, Key points, point, point, byline": a point (a short unclaimed line, no
    paragraph) under the box's heading (:data:`KEY_POINTS_HEADINGS`, "Key points",
    "Resumo", "Das Wichtigste in Kürze") scores like a title and is nearer the body;
    the title is the full headline-like line right above the heading (a kicker may
    sit between). None when the chosen line is no such point.
    """
    for h in range(chosen, max(lo, chosen - KEY_POINTS) - 1, -1):
        if page.shapes[h].words <= SHOUT_WORDS and page.lows[h].strip().rstrip(":").strip() in _KEY_POINTS:
            break
        if _claimed(page, h) or page.shapes[h].prose:
            return None
    else:
        return None
    for j in range(h - 1, max(lo, h - BOX_TITLE_REACH) - 1, -1):
        if _claimed(page, j):
            return None
        if page.shapes[j].words >= DEK_TITLE_WORDS and not _label_line(page, j) and headline_score(page, j, 0) > 0.2:
            return j
    return None


def _author(page: Page, i: int) -> bool:
    """A byline verdict that names someone (not a date or time line alone)."""
    return any(v.label is Label.BYLINE and not v.rule.startswith("byline.date") for v in page.verdicts[i])


def _credit_below(page: Page, i: int) -> bool:
    """The line under ``i`` is a bare photo credit: ``i`` is the caption above it, no title."""
    j = i + 1
    if j >= len(page) or page.shapes[j].words > CREDIT_WORDS + 3:
        return False
    if page.shapes[j].words <= CREDIT_WORDS and CREDIT_LINE.match(page.texts[j]) is not None:
        return True
    # a credit the caption rules found by its word, in any language: "Fotoğraf: Selin Aydın / İHA"
    best = page.best(j)
    return (
        best is not None
        and best.label is Label.CAPTION
        and best.rule in CREDIT_RULES
        and page.firsts[j].rstrip(":") not in SOURCE_WORDS
    )


#: a page opens with its title when at most this many unclaimed lines precede the lead
OPENING_LINES = 4


def _opens_the_page(page: Page, lead: int) -> bool:
    """The page begins with the title: a full headline-like first line, then only a few
    unclaimed lines (standfirsts, a caption) down to the lead paragraph.

    This is the shape of a cleaned article read again (``clean(clean(x).text)``, and
    the pipeline's own second pass): nothing above the title is left, and a caption
    kept as body just above the lead must not take the title's place.
    """
    if not 0 < lead <= OPENING_LINES or page.hinted:
        return False
    if any(_claimed(page, k) or (page.verdicts[k] and page.label_of(k) is not Label.HEADLINE) for k in range(lead)):
        return False
    shape = page.shapes[0]
    if shape.words < DEK_TITLE_WORDS or (shape.sentence_end and not shape.text_question):
        return False  # a label, or a sentence (a notice, a lead kept without a title)
    return not _label_line(page, 0) and headline_score(page, 0, 0) > 0.2
