"""Lists of other stories outside the article, and their headings.

``sidebar.heading``        "Trending", "Most popular", "Meistgelesen", "Lo más leído" ...
``sidebar.section_heading`` "Cricket News", "More from Sport" over a list.
``sidebar.list``           (context) the run of list-like lines under such a heading:
                           numbered/bulleted headline-like lines, or headline-like lines
                           without terminal punctuation. The list ends where its items
                           change form (numbered, bulleted, timestamped, bare titles) and
                           at an advert set in after its items.
``sidebar.glued_list``    a list heading and its items flattened into one line: "Meistgelesen 1 ... 2 ...".
``sidebar.numbered_run``   (context, outside the article) three or more numbered
                           headline-like lines in a row.

Numbered steps *inside* the story ("1. Preheat the oven to 200C.") are
sentences and are not taken: list items must read like headlines.
"""

from __future__ import annotations

from itertools import compress

import regex

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.detectors.rules import patterns as P
from newsclean.detectors.rules.base import Hit, PatternSet, PhraseSet, unlinked_heading, verdict, words_alternation
from newsclean.segments.shape import RATIO_WINDOW
from newsclean.types import Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_SIDEBAR = Label.SIDEBAR
_AD = Label.AD
_STRONG_OTHERS = frozenset({Label.AD, Label.CHROME, Label.CAPTION})
_LIST_ENDS = frozenset({Label.SIDEBAR, Label.AD, Label.PROMO})
#: after this many numbered or bulleted items, a line without a marker ends the list even
#: with no blank line between (dumps without blank lines)
MARKED_ITEMS = 2
#: after this many items set the same way ("1." "2.", "•" "•", "10:42" "10:15", or bare
#: titles), a line set another way ends the list: a story list keeps one form, and the
#: article's own bulleted points under a title-only list are not stories
KIND_ITEMS = 2

HEADING = PhraseSet("sidebar.heading", P.SIDEBAR_HEADINGS)
#: "Les plus lus dans les Côtes-d'Armor", "Most read in Sport": a heading with a scope
SCOPED_HEADING = PatternSet(
    "sidebar.scoped_heading",
    {
        lang: [
            rf"^{words_alternation(ws)}\s+(?i:in|on|from|at|this|today|dans|de|du|des|en|em|no|na|nos|im|in der|aus|bei|di|del|della|van|uit)\b.{{0,40}}$"
        ]
        for lang, ws in P.SIDEBAR_HEADINGS.items()
    },
)
SECTION_HEADING = PatternSet("sidebar.section_heading", P.SIDEBAR_HEADING_PATTERNS)
_TIMESTAMP = lazyrx.compile(
    r"^\d{1,2}[:.h]\d{2}\b|^\d+\s*(?:min|mins|minutes|hours?|hrs?|h|std\.?|days?)\s+ago\b", regex.I
)

_HEADING_FIRSTS = frozenset(w.split()[0] for ws in P.SIDEBAR_HEADINGS.values() for w in ws)
_SECTION_FIRSTS = frozenset(
    [
        "more",
        "popular",
        "latest",
        "top",
        "best",
        "most",
        "trending",
        "today's",
        "todays",
        "what's",
        "whats",
        "recent",
        "other",
        "related",
        "mehr",
        "weitere",
        "neues",
        "neue",
        "más",
        "últimas",
        "última",
        "plus",
        "toute",
        "l'actu",
        "l’actu",
        "dernières",
        "dernière",
        "mais",
        "altre",
        "altri",
        "ultime",
        "meer",
        "otros",
        "otras",
        "outros",
        "outras",
        "últimos",
        "inne",
        "pozostałe",
        "więcej",
        "what’s",
    ]
)
_SECTION_LASTS = frozenset(["news", "stories", "headlines", "updates"])
#: a section heading that names an author ("More from Jane Roe", "Otros artículos de Jane Roe"):
#: the author's other pieces, a list even when its items carry a summary each (no list test)
_AUTHOR_NAME = r"\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:de|da|del|van|von|di|le|la)?\s*\p{Lu}[\p{L}\p{M}'’.-]+){1,3}"
AUTHOR_HEADING = lazyrx.compile(
    r"^(?i:more\s+(?:from|by)|(?:more|other)\s+(?:articles|stories|columns)\s+by|otr[oa]s\s+(?:artículos|columnas)\s+de"
    r"|más\s+(?:artículos|columnas)\s+de|outr[oa]s\s+(?:artigos|colunas)\s+de|mais\s+(?:artigos|colunas)\s+de"
    r"|(?:autres|plus\s+d['’])\s*articles\s+de|altri\s+articoli\s+di|weitere\s+artikel\s+von|mehr\s+von"
    rf"|meer\s+van)\s+{_AUTHOR_NAME}$"
)
#: the line-level cues of :func:`_headings`, for skipping the lines that have none
_HEADING_KEYS = HEADING.keys()
_ANY_HEADING_FIRSTS = _HEADING_FIRSTS | _SECTION_FIRSTS
_SECTION_LAST_ENDS = tuple(_SECTION_LASTS)

#: a list under a heading ends at the first line that is not list-like
MAX_LIST_ITEM_WORDS = 35
#: how sure a one-sentence item under a list heading is: enough to hold inside the
#: article span (:data:`newsclean.decision.span.STRONG`)
SENTENCE_ITEM_SCORE = 0.8


def detect(page: Page, langs: frozenset[str]) -> None:
    # what the patterns say of a text (they read the line alone), kept for a repeated line
    said: dict[str, tuple[Verdict | None, Hit | None]] = {}
    firsts, keys, lows = page.firsts, page.keys, page.lows
    for i, shape in enumerate(page.shapes):
        if shape.words > 8 or shape.sentence_end:
            continue
        # :func:`_headings` says (None, None) of a line with none of its cues: no heading
        # phrase, no first word of a heading, no last word of a section heading (a line
        # cut at RATIO_WINDOW characters may end in white space: read in full)
        if (
            keys[i] not in _HEADING_KEYS
            and firsts[i] not in _ANY_HEADING_FIRSTS
            and not lows[i].endswith(_SECTION_LAST_ENDS)
            and shape.chars < RATIO_WINDOW
        ):
            continue
        text = page.texts[i]
        known = said.get(text)
        if known is None:
            known = said[text] = _headings(page, i, langs)
        heading, section = known
        if heading is not None:
            page.add(i, heading)
        elif section is not None and (_followed_by_list(page, i) or AUTHOR_HEADING.match(text) is not None):
            page.add(i, verdict(Label.SIDEBAR, section, 0.7))


#: the words of every list heading, longest first, for a heading glued to its items on one line
#: (by first word: most lines are looked up no further)
_GLUED_HEADINGS: dict[str, list[str]] = {}
for _h in sorted({w.lower() for ws in P.SIDEBAR_HEADINGS.values() for w in ws if len(w) >= 6}, key=len, reverse=True):
    _GLUED_HEADINGS.setdefault(_h.split()[0], []).append(_h)
#: a story list's item marker inside the line: " 1 Title", " 2. Title"
_GLUED_ITEM = lazyrx.compile(r"(?:^|\s)[1-9]\d?\.?\s+\p{Lu}")
#: a glued list has at least this many items (numbered, or split by " | " / " — " before an age)
GLUED_ITEMS = 2


def detect_glued_lists(page: Page) -> None:
    """A list heading and its items flattened into one line: "Meistgelesen 1 Tödlicher Unfall ...
    2 Neues Hallenbad ...", "Latest Stories Flour mills strike called off — 15 minutes ago | Two
    killed ..." (``sidebar.glued_list``): the line opens with a heading phrase and goes on with
    two numbered items or two " | " separators."""
    for i, (low, first) in enumerate(zip(page.lows, page.firsts)):
        heads = _GLUED_HEADINGS.get(first)
        if heads is None or page.verdicts[i] or page.shapes[i].words < 6:
            continue
        head = next((h for h in heads if low.startswith(h + " ")), None)
        if head is None:
            continue
        rest = page.texts[i][len(head) + 1 :]
        if len(_GLUED_ITEM.findall(rest)) >= GLUED_ITEMS or rest.count(" | ") >= GLUED_ITEMS:
            page.add(i, Verdict(Label.SIDEBAR, "sidebar.glued_list", page.texts[i][:60], 0.85))


#: where a teaser's title ends and its summary starts with no space between, as flattening a
#: card (``<h3>title</h3><p>summary</p>``) gives it: "... Troy SteakhouseA party of six left ...",
#: "... Applications To 250,000The state of ..." (a lower-case letter or digit, then a capital
#: that starts a word: a one-letter "A"/"I" or a capital and a lower-case letter)
_GLUE = lazyrx.compile(r"(?<=[\p{Ll}\d])(?:[AI](?=\s)|\p{Lu}\p{Ll})")
#: the glue is looked for in this many leading characters (a title is short)
GLUE_WINDOW = 200
#: the title before the glue has at least this many words of four letters or more ...
GLUED_TITLE_WORDS = 3
#: ... this share of them capitalised (a headline in Title Case) ...
GLUED_TITLE_CAPS = 0.8
#: ... and the summary after it at least this many words, half of them lower-case (a sentence)
GLUED_SUMMARY_WORDS = 8
#: a glued line is a teaser only with another within this many lines: one alone is more
#: often a brand written in camel case ("WeWork", "McPherson", "WhatsApp")
GLUED_RUN_REACH = 10
#: a glued line opens with a capital and, its title in Title Case, has at least this share of
#: capitalised words (a paragraph has fewer: the lines read for glue are few)
GLUED_LINE_TITLE_RATIO = 0.2


def glued_title_end(text: str) -> int | None:
    """Where a Title Case title glued to its summary sentence ends, else None."""
    for m in _GLUE.finditer(text, 0, GLUE_WINDOW):
        k = m.start()
        title = text[:k]
        if "." in title or "!" in title or "?" in title:
            return None
        words = title.split()
        long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
        if len(long_words) < GLUED_TITLE_WORDS:
            continue
        if sum(w[0].isupper() for w in long_words) < GLUED_TITLE_CAPS * len(long_words):
            return None
        summary = text[k:].split()
        if len(summary) < GLUED_SUMMARY_WORDS:
            return None
        lower = sum(1 for w in summary[1:] if w[0].islower())
        return k if 2 * lower >= len(summary) - 1 else None
    return None


def detect_glued_teasers(page: Page) -> None:
    """Teaser cards flattened into one line each, title and summary glued
    (``sidebar.glued_teasers``): two such lines near each other, no rule's."""
    glued = [
        i
        for i, (text, shape) in enumerate(zip(page.texts, page.shapes))
        if shape.words >= GLUED_TITLE_WORDS + GLUED_SUMMARY_WORDS
        and shape.starts_upper
        and shape.title_ratio >= GLUED_LINE_TITLE_RATIO
        and not page.verdicts[i]
        and glued_title_end(text) is not None
    ]
    for k, i in enumerate(glued):
        near = (k > 0 and i - glued[k - 1] <= GLUED_RUN_REACH) or (
            k + 1 < len(glued) and glued[k + 1] - i <= GLUED_RUN_REACH
        )
        if near:
            end = glued_title_end(page.texts[i])
            page.add(i, Verdict(Label.SIDEBAR, "sidebar.glued_teasers", page.texts[i][:end], 0.8))


def _headings(page: Page, i: int, langs: frozenset[str]) -> tuple[Verdict | None, Hit | None]:
    """Line ``i``'s heading verdict (a list heading), else its section heading's hit (a
    heading only when a list follows); it reads line ``i`` alone (its text decides)."""
    hit = HEADING.match(page, i, langs)
    if hit:
        return verdict(Label.SIDEBAR, hit, 0.75), None
    hit = SCOPED_HEADING.match(page, i, langs) if page.firsts[i] in _HEADING_FIRSTS else None
    if hit:
        return verdict(Label.SIDEBAR, hit, 0.7), None
    low = page.lows[i]
    last = low.rsplit(None, 1)[-1] if low else ""
    hit = (
        SECTION_HEADING.match(page, i, langs) if (page.firsts[i] in _SECTION_FIRSTS or last in _SECTION_LASTS) else None
    )
    return None, hit


#: under a sidebar heading, a one-sentence headline of at most this many words is an item
#: even when it ends with a full stop ("Teenager admits damaging cars in the car park.")
MAX_HEADED_SENTENCE_WORDS = 22


#: a family notice under its heading ("Death Notices"): the surname in capitals, a comma, a given
#: name ("HALLORAN, Maureen Joan. Passed away ...", "VAN DER BERG, Cornelis. 12.4.1937 - ...")
NOTICE_ENTRY = lazyrx.compile(r"^\p{Lu}[\p{Lu}'’-]+(?:\s\p{Lu}[\p{Lu}'’-]+){0,3},\s\p{Lu}\p{Ll}")


#: a headline in a script written without spaces (Chinese, Japanese) has no capitals to read: it is
#: at most this many "words" (space-separated runs) of this many characters in all, most of them
#: Han or kana, and no full stop "。" (a sentence of the story has one) nor a pipe (a menu's
#: "ニュース | 地域 | スポーツ")
CJK_ITEM_WORDS = 4
CJK_ITEM_CHARS = (8, 60)
_CJK_CHAR = lazyrx.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー々]")


def _cjk_line(text: str) -> bool:
    """Most of the line's characters are Han or kana."""
    text = text.strip()
    return 2 * len(_CJK_CHAR.findall(text)) >= len(text) > 0


def _cjk_headline(text: str) -> bool:
    """A story's title in Chinese or Japanese (:func:`_cjk_line`): "冬のボーナス、平均支給額が3年ぶりに減少"."""
    text = text.strip()
    return CJK_ITEM_CHARS[0] <= len(text) <= CJK_ITEM_CHARS[1] and "。" not in text and "|" not in text


def list_item_like(page: Page, i: int, headed: bool = False) -> bool:
    """A line that reads like an item of a story list (``headed``: right under a list heading; a
    family notice of a few sentences is one item there too, :data:`NOTICE_ENTRY`)."""
    shape = page.shapes[i]
    if shape.words == 0 or shape.words > MAX_LIST_ITEM_WORDS:
        return False
    if headed and NOTICE_ENTRY.match(page.texts[i].lstrip()):
        return True
    if shape.prose and not shape.list_marker:
        return headed and shape.words <= MAX_HEADED_SENTENCE_WORDS and _one_sentence(page.texts[i])
    if shape.list_marker:
        if headed and _numbered_sentence(page, i):
            return True  # "1. Police are looking for the driver who ..." under "Most read"
        return not (shape.sentence_end and shape.stopword_ratio > 0.3 and shape.title_ratio < 0.5)
    if _cjk_line(page.texts[i]):
        # no capitals to read: "title-like" says little of a line in these scripts
        return shape.words <= CJK_ITEM_WORDS and _cjk_headline(page.texts[i])
    return shape.title_like or bool(_TIMESTAMP.match(page.texts[i]))


def _numbered_sentence(page: Page, i: int) -> bool:
    """A numbered or bulleted item that is one headline-length sentence."""
    return page.shapes[i].words <= MAX_HEADED_SENTENCE_WORDS and _one_sentence(_unmarked(page.texts[i]))


def _unmarked(text: str) -> str:
    """The item without its list marker ("1. ", "12) ", "• "): its "." is no sentence's end."""
    parts = text.lstrip().split(" ", 1)
    return parts[1] if len(parts) == 2 else text


def _one_sentence(text: str) -> bool:
    body = text.rstrip().rstrip(".!?…\"'”’»")
    return not any(mark in body for mark in (". ", "! ", "? "))


def _headed(page: Page) -> bool:
    """Take one-sentence headlines as items under a heading: text pages only.

    In HTML the page's main content already tells a story list from the article's
    one-sentence paragraphs under a "Read more" button.
    """
    return not page.segments or page.segments[0].dom is None


def _followed_by_list(page: Page, i: int, need: int = 2) -> bool:
    count = 0
    headed = _headed(page)
    for j in range(i + 1, min(len(page), i + 1 + need)):
        if not list_item_like(page, j, headed=headed):
            return False
        count += 1
    return count >= need


def detect_lists(page: Page) -> None:
    """Label the list items under sidebar headings (context pass)."""
    n = len(page)
    headed = _headed(page)
    # the heading lines, found before the loop: it adds only "sidebar.list" verdicts, which
    # make no line a heading, and goes on past the lines it labels (i never decreases)
    headings = [
        h
        for h in compress(range(n), page.verdicts)
        if any(
            (v.label is _SIDEBAR and (".heading" in v.rule or ".scoped_heading" in v.rule))
            or v.rule.startswith("sidebar.section")
            for v in page.verdicts[h]
        )
    ]
    last = 0  # where the scan goes on: past the list under the previous heading
    heading_set = set(headings)
    for i in headings:
        if i < last:
            continue
        j = i + 1
        marked = False
        items = 0
        # a heading from the phrase lists ("Trending", "Most read"), no section heading's shape
        phrase = any(
            v.label is _SIDEBAR and (".heading" in v.rule or ".scoped_heading" in v.rule) for v in page.verdicts[i]
        )
        kinds: list[str] = []  # the kinds of the items taken so far
        k = _teaser_pairs(page, j, heading_set) if j == i + 1 and headed else 0
        if k:  # titles with a summary each, down to the page's furniture: every line an item
            for t in range(j, k):
                page.add(t, Verdict(Label.SIDEBAR, "sidebar.teaser_pairs", page.texts[t][:80], SENTENCE_ITEM_SCORE))
            last = k
            continue
        while j < n:
            if j in heading_set:
                break  # the next list's heading: its own items are read under it
            if marked and not page.shapes[j].list_marker and (page.segments[j].blank_before or items >= MARKED_ITEMS):
                break  # a numbered list ended; what follows is something else
            if _followed_by_prose(page, j, phrase) and (
                (page.segments[j].blank_before and (j > i + 1 or _set_apart(page, j, phrase)))
                or not page.has_blank_lines
            ):
                break  # a title with a paragraph under it, set apart: an article starts here
            if j == i + 1 and not phrase and _headline_over_byline(page, j):
                break  # "LOCAL NEWS" / headline / standfirst / "By ..." / paragraph: the section's kicker
            if unlinked_heading(page.segments[j]):
                break  # HTML: the article's next subheading ends a list of other stories
            if page.lows[j].startswith(_REFERENCE_CUES):
                break  # "More information: G. Petit et al. ... DOI: ...": the story's reference
            if j > i + 1 and _story_subheading(page, j):
                break  # "What comes next", "Is a meter worth it?" over the story's next paragraph
            if kinds and "number" not in kinds and _heads_numbered_run(page, j):
                break  # "So legen Sie Widerspruch ein" over "1. ...": a new list with its own heading
            marked = marked or page.shapes[j].list_marker
            other = page.best(j)
            if other is not None and other.label is _SIDEBAR:
                j += 1
                continue
            if other is not None and other.label in _STRONG_OTHERS and other.score >= 0.8:
                if other.label is _AD and j > i + 1:
                    break  # an advert set in after the list's items: the list ended above it
                if kinds and page.lows[j].startswith(_LIST_FOOTERS):
                    break  # "See all events": the list's own last line
                j += 1
                continue
            if not list_item_like(page, j, headed=headed) or (kinds and page.texts[j].rstrip().endswith(":")):
                break  # (a line that announces what follows is the story's, no headline of a list)
            kind = item_kind(page, j)
            # the items were all set one way: a line set another way is not one of them (but a
            # list of teasers with a summary each has titles and sentences taking turns)
            changed = len(kinds) >= KIND_ITEMS and kinds[-1] == kinds[-2] and kind != kinds[-1]
            if changed and (kind != "sentence" or "sentence" not in kinds):
                break
            kinds.append(kind)
            # a finished sentence under a list heading is a story headline, no paragraph: sure
            # enough to hold inside the article span; a title-like line may be the article's
            # own headline below the list, so it stays weak
            sentence = page.shapes[j].prose and (not page.shapes[j].list_marker or _numbered_sentence(page, j))
            score = SENTENCE_ITEM_SCORE if sentence else 0.65
            page.add(j, Verdict(Label.SIDEBAR, "sidebar.list", page.texts[j][:80], score))
            items += page.shapes[j].list_marker
            j += 1
        last = max(j, i + 1)


#: the cue of a study's reference under a science story ("More information: G. Petit et al. ...
#: DOI: ...", "Journal reference: ..."): the story's own line (body in the corpus), which ends a
#: list of other stories set above it ("Explore further" / one related title)
_REFERENCE_CUES = (
    "more information:",
    "journal reference:",
    "journal information:",
    "reference:",
    "references:",
    "original study:",
    "referencia:",
    "referencias:",
    "référence :",
    "référence:",
    "références :",
    "referência:",
    "riferimento:",
    "originalpublikation:",
)


#: the link that closes a list of stories or events ("See all events", "Ver todas")
_LIST_FOOTERS = (
    "see all",
    "see more",
    "view all",
    "view more",
    "show all",
    "ver todas",
    "ver todos",
    "voir tout",
    "vedi tutt",
    "alle ",
)


#: a subheading of the story has at most this many words ("What comes next"), unless a question
SUBHEADING_WORDS = 4


def _set_apart(page: Page, j: int, phrase: bool) -> bool:
    """The first line ``j`` under a section heading ("Local News") and the line under it are
    each set apart by a blank line: the article's headline over its standfirst, under the
    section's name as a kicker (a section's story list sets its items line by line)."""
    return not phrase and j + 1 < len(page) and page.segments[j + 1].blank_before


#: a standfirst under a headline has at least this many words; the byline block and the captions
#: under it are at most :data:`HEADLINE_BLOCK_LINES` lines, and the first paragraph comes within
#: :data:`FIRST_PARAGRAPH_REACH` lines of its end
STANDFIRST_WORDS = 6
HEADLINE_BLOCK_LINES = 6
FIRST_PARAGRAPH_REACH = 3
FIRST_PARAGRAPH_WORDS = 20
_BLOCK_LABELS = frozenset({Label.BYLINE, Label.CAPTION})


def _headline_over_byline(page: Page, j: int) -> bool:
    """Line ``j``, right under a section heading ("LOCAL NEWS"), is the article's headline: a
    title, maybe a standfirst under it (finished or not), then a byline block ("By ...",
    "Published: ...") and captions, then a paragraph. A list of stories under a section heading
    has another title under each title's byline, no paragraph."""
    n = len(page)
    if page.verdicts[j] or not page.shapes[j].title_like or page.shapes[j].prose:
        return False
    k = j + 1
    if k < n and not page.verdicts[k] and not page.shapes[k].list_marker and page.shapes[k].words >= STANDFIRST_WORDS:
        k += 1  # the standfirst
    if k >= n or (best := page.best(k)) is None or best.label is not Label.BYLINE:
        return False
    end = k
    while (
        end < min(n, k + HEADLINE_BLOCK_LINES) and (best := page.best(end)) is not None and best.label in _BLOCK_LABELS
    ):
        end += 1
    for m in range(end, min(n, end + FIRST_PARAGRAPH_REACH)):
        if page.shapes[m].prose and page.shapes[m].words >= FIRST_PARAGRAPH_WORDS:
            return True
        if page.best(m) is not None:
            return False
    return False


def _story_subheading(page: Page, j: int) -> bool:
    """Line ``j``, under a list's items, is the story's subheading: a question or a few words,
    unclaimed, with a paragraph under it (more than one headline's sentence: no teaser's summary)."""
    shape = page.shapes[j]
    if page.verdicts[j] or shape.list_marker:
        return False
    if not (shape.text_question or (shape.words <= SUBHEADING_WORDS and shape.title_ratio < 1)):
        return False  # (every word capitalised: a name, a teaser's author "Rohan Strick")
    if j + 1 >= len(page) or page.verdicts[j + 1]:
        return False
    below = page.shapes[j + 1]
    if shape.text_question and _answered(page, j + 1):
        return True  # a question over its answer: "Como denunciar?" / "A delegada orienta ...:"
    return below.prose and (below.words > MAX_HEADED_SENTENCE_WORDS or not _one_sentence(page.texts[j + 1]))


def _heads_numbered_run(page: Page, j: int) -> bool:
    """Line ``j``, unclaimed and unnumbered, stands right over a list's first numbered item ("1. ..."):
    under a list of items set without numbers it is the heading of another list (the story's
    steps, or another box), not one more item of the list above."""
    if page.verdicts[j] or page.shapes[j].list_marker or j + 1 >= len(page):
        return False
    below = page.texts[j + 1].lstrip()
    return page.shapes[j + 1].list_marker and below[:2] in ("1.", "1)")


#: a question's answer (a paragraph that announces a list, one of its items) has at least this many words
ANSWER_WORDS = 8


def _answered(page: Page, k: int) -> bool:
    """Line ``k``, unclaimed, answers the question right above it: a sentence that announces a
    list ("Os principais são:" over "• febre alta ..."), or a paragraph with another paragraph
    under it; not a teaser's headline or its one-sentence summary."""
    below = page.shapes[k]
    if below.list_marker:
        return False
    if page.texts[k].rstrip().endswith(":"):
        return k + 1 < len(page) and page.shapes[k + 1].list_marker
    if below.title_like or not (below.prose or (below.words >= ANSWER_WORDS and below.terminal)):
        return False
    # one sentence is a teaser's summary too ("Is a meter worth it?" / "The council said ..."),
    # unless the story's next paragraph follows it
    return k + 1 < len(page) and not page.verdicts[k + 1] and page.shapes[k + 1].prose


def item_kind(page: Page, j: int) -> str:
    """How a list item is set: "number" (1.), "bullet" (•, -), "time" (10:42), "sentence" (a
    sentence with a full stop: "Man admits damaging cars.") or "plain" (a bare title, a
    question). Headlines
    under a heading are set one way: the article's next paragraph after a list of bare
    titles is a sentence, set another way."""
    text = page.texts[j].lstrip()
    shape = page.shapes[j]
    if shape.list_marker:
        return "number" if text[:1].isdigit() else "bullet"
    if _TIMESTAMP.match(text):
        return "time"
    return "sentence" if shape.prose and text.rstrip().rstrip("\"'”’»").endswith(".") else "plain"


#: a teaser's title has at most this many words, its summary at most this many
TEASER_TITLE_WORDS = 22
TEASER_SUMMARY_WORDS = 40
#: ... and a list of teasers under a heading has at least this many of them
TEASER_PAIRS = 2
_TEASER_END_LABELS = frozenset({Label.CHROME, Label.SIDEBAR, Label.AD})


def _teaser_pairs(page: Page, j: int, headings: set[int]) -> int:
    """Where a run of teasers starting at line ``j`` ends, or 0: at least :data:`TEASER_PAIRS`
    pairs of a short title (no colon at its end) over a summary of one paragraph (prose), no
    line claimed but as a promo, and the run followed by the page's furniture (a chrome, sidebar
    or ad line, another list heading): the article's own subheadings over
    paragraphs have more article under them."""
    n = len(page)
    pairs = 0
    while j + 1 < n and pairs < 12:
        a, b = page.shapes[j], page.shapes[j + 1]
        va, vb = page.best(j), page.best(j + 1)
        if (
            j in headings
            or j + 1 in headings
            or not 2 <= a.words <= TEASER_TITLE_WORDS
            or page.texts[j].rstrip().endswith(":")
            or not (b.prose and b.words <= TEASER_SUMMARY_WORDS)
            or (va is not None and va.label is not Label.PROMO)
            or (vb is not None and vb.label is not Label.PROMO)
        ):
            break
        pairs += 1
        j += 2
    if (
        pairs
        and j + 1 < n
        and j not in headings
        and page.best(j) is None
        and 2 <= page.shapes[j].words <= TEASER_TITLE_WORDS
        and not page.shapes[j].prose
    ):
        pairs += 1  # the last teaser's title without its summary, right over the furniture
        j += 1
    if pairs < TEASER_PAIRS:
        return 0
    end = page.best(j) if j < n else None
    if j not in headings and (end is None or end.label not in _TEASER_END_LABELS):
        return 0  # (the page's end is none: the article may end the page)
    return j


def _followed_by_prose(page: Page, i: int, phrase: bool = False) -> bool:
    """A paragraph follows within a few lines, past byline/caption/date lines (a bare
    title right over another headline is none under a heading of the phrase lists, ``phrase``:
    the paragraph is under that one)."""
    titled = phrase and page.shapes[i].title_like and not page.shapes[i].prose
    for j in range(i + 1, min(len(page), i + 7)):
        if page.shapes[j].prose and page.shapes[j].words >= 20:
            return True
        v = page.best(j)
        if v is not None and v.label in _LIST_ENDS:
            return False
        if v is None and page.shapes[j].list_marker:
            return False
        if (
            titled
            and j == i + 1
            and v is None
            and page.shapes[j].title_like
            and not page.shapes[j].prose
            and page.shapes[j].words >= 4
        ):
            return False  # another headline (no bare name) next: the paragraph is under that one
    return False


def detect_numbered_runs(page: Page, start: int, end: int) -> None:
    """Outside [start, end) (the article), runs of 3+ numbered headline-like lines."""
    n = len(page)
    i = 0
    while i < n:
        if start <= i < end or not (page.shapes[i].list_marker and list_item_like(page, i)):
            i += 1
            continue
        j = i
        while j < n and not (start <= j < end) and page.shapes[j].list_marker and list_item_like(page, j):
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                page.add(k, Verdict(Label.SIDEBAR, "sidebar.numbered_run", page.texts[k][:80], 0.65))
        i = j
