"""Where is the main content of an HTML page?  A hint for the decision stage.

A segment inside the page's main content is marked ``dom["main_hint"]``; the
decision stage then only grows the article from paragraphs inside it, while
newsclean's own rules still decide what inside it is caption, promo, byline or
ad. Two sources:

* ``"dom"`` (the default, :func:`find_main_content`): newsclean's own finder
  over the tree of block elements the segmenter already built. Every segment
  gets a value — a paragraph of prose (:data:`GOOD_CHARS` characters or more,
  a Chinese or Japanese character counting three (:func:`_measure`),
  little link text; not a bare web address) counts its characters times one
  less the square of its link share, a ``<p>`` sentence of mostly links (a roundup's:
  :data:`LINKED_SENTENCE`) counts nothing, anything else counts against
  (links more than plain short lines, boilerplate containers — by their class
  words, or opened by a comments heading —, repeated blocks
  and teaser summaries fully) — and the block element whose subtree has the
  largest sum is the main content, unless a block whose first paragraph
  follows the page's title heading more closely weighs half as much at least
  (the article follows its title; :func:`_nearer_title`). A box of furniture set
  between two paragraphs of a container (a related-stories list inside the
  article) weighs a quarter of its sum on the blocks around it
  (:func:`_damp_inner_boxes`), and a best block whose parent holds twice
  its paragraph text at half its sum gives way to the parent (:func:`_climb`):
  one paragraph is never the article when its container holds the rest.
  Inside it, a sub-container with no
  paragraph or sentence and a negative sum (a share bar, a staff list; not a
  ``<p>`` sentence full of entity links, nor a box without links between two
  paragraphs of the article's parts: a fact box), and a
  list of links with no paragraph (after the article's last paragraph
  however short: a tag list of :data:`TAG_ITEMS` lines), are left out; so is short text in bare
  containers (``div``, ``section`` ...) where the article is written in ``<p>``
  elements (:func:`_drop_loose_text`), and so is a heading that ends the main content
  (:func:`_drop_trailing_headings`). A sibling of that block (or
  of the outermost block around it with the same sum) that holds a paragraph
  and a fifth of its sum at least is main content too: the article split
  into two containers by a newsletter box, an ad or a list of related links
  heavier than the second part (readability's sibling step); with none
  there, the nearest such part beside an ancestor up to five levels up
  (an ad that closed the article's containers mid-way), never above the
  page's title heading (a mega-menu's blurbs) nor, farther up, the page's
  last block (a footer without ``<footer>``); and a lead paragraph in a box
  of its own right above the body, however light (:func:`_lead_part`), and the
  article's notes in boxes of their own right after it (footnotes, a postscript:
  :func:`_notes_part`). Text that occurs
  twice is furniture, unless it is a sentence in a paragraph or heading that
  occurs only inside the main content (the question an interview asks every
  guest; in a bare ``<div>``, when a paragraph that occurs once answers it):
  then the page is scored again with it as text. It costs one pass
  over the segments and one over the blocks (two of each with such repeats). The DOM hint is a container, so with it
  nothing outside is body (``Page.hint_source``; ``decision/``).
  A page with no paragraph at all gets a second look in which every ``<p>``
  of :data:`SENTENCE_WORDS` words or more ending a sentence is a paragraph
  (an article of one-sentence paragraphs; readability likewise retries with
  its thresholds relaxed when it finds too little).
* ``"trafilatura"`` (:func:`mark_trafilatura_hint`): a segment whose text
  trafilatura also extracted. Slower (the page is parsed and walked again);
  used where the DOM finder sees no paragraph even on its second look, and for callers who ask.

Pages where neither finds anything get no hint, and newsclean decides alone.

The safety net (:func:`lost_too_much`, :func:`widen_hint`; run by the pipeline
after labelling): when the body kept holds less than :data:`NET_SHARE` of the
page's paragraph text (or of the ``articleBody`` its JSON-LD declares), that
declared body, else trafilatura's extraction (``favor_precision``), is read too,
and where it holds :data:`NET_GAIN` times the words kept, the segments it covers
join the DOM hint (the source is then ``"dom+jsonld"`` or ``"dom+trafilatura"``)
and the page is labelled again. A wrong
block or a lost span costs the whole article; this costs one more extraction on the
few pages where the article kept is small beside the page's prose.
"""

from __future__ import annotations

import regex

from newsclean.detectors.rules.chrome import COMMENT_MARKER, COMMENT_THREAD_TITLE
from newsclean.detectors.rules.patterns import STANDFIRST_CLASSES
from newsclean.segments.dom import EMPTY
from newsclean.segments.html import Blocks
from newsclean.types import Label, Segment

#: a segment of at least this many characters (white space aside) and little
#: link text is a paragraph: it counts for its container
GOOD_CHARS = 60
#: link density below which a long segment is a paragraph
GOOD_LINKS = 0.5
#: a ``<p>`` of this many words at least ending a statement, with less link text than
#: :data:`LINKED_SENTENCE`, counts neither for nor against however linked (a roundup's sentences)
LINKED_SENTENCE_WORDS = 9
LINKED_SENTENCE = 0.8
#: ... and at most this many characters (a hover card's blurbs inside a sentence, its class
#: names gone, make a paragraph of 600 characters of links: ``mutate_tune.py noclass``)
LINKED_SENTENCE_CHARS = 320
#: a short or linked segment counts ``-chars * SHORT_COST * (0.3 + 0.7 * link_density)``
SHORT_COST = 0.5
#: a segment of fewer characters but at least this many words and little link text is neutral
SENTENCE_WORDS = 5
#: a caption (``<figcaption>``) of a paragraph's length counts this share of its characters
CAPTION_WEIGHT = 0.5
#: a teaser summary (a paragraph right after a linked title, in a small box of its own) counts this much against
TEASER_COST = 0.5
#: Class/id words of boilerplate containers. A word matches a class/id token that it
#: starts or ends ("cookiebar", "site-footer"). A container is boilerplate when one of
#: its own words is
#:
#: * :data:`BOILERPLATE_STRONG`, whatever its size, unless a content word is there too
#:   (an "entry-content footer-open" is not);
#: * :data:`BOILERPLATE_LAYER` (a layer shown over the page), whatever its size, unless a
#:   content word is there too or it holds the page's prose (:data:`PROSE_SHARE`): these words
#:   also name the scripts' hooks on the element that opens a layer ("js-handle-overlay" on an
#:   article body whose photos open in one), and without an English content word beside them
#:   (a site's class names in another language, or hashed) the article was lost;
#: * :data:`BOILERPLATE_NEVER_CONTENT` and it holds at most :data:`WIDGET_SHARE` of the
#:   page's text, content words or not ("article-body-newsletter");
#: * :data:`BOILERPLATE_WIDGET`, small, and no content word is there (big ones are
#:   layouts: "has-sidebar", "nav-open"; "article-tweet-widget" is an embedded tweet).
BOILERPLATE_STRONG = ("footer", "cookie", "consent", "gdpr", "outbrain", "taboola")
BOILERPLATE_LAYER = ("popup", "modal", "overlay")
BOILERPLATE_NEVER_CONTENT = (
    *BOILERPLATE_STRONG,
    *BOILERPLATE_LAYER,
    "newsletter",
    "signup",
    "subscribe",
    "related",
    "promo",
    "share",
    "sharing",
    "social",
)
BOILERPLATE_WIDGET = ("sidebar", "widget", "nav", "navbar", "menu", "recommended", "trending", "popular", "banner")
WIDGET_SHARE = 0.4
#: words that make a container content (see above)
CONTENT_WORDS = frozenset("article content entry body post story main text".split())  # noqa: SIM905
#: segments of more characters than this that occur twice on the page are furniture
REPEAT_CHARS = 40
#: Characters of the scripts written without spaces between words (Chinese, Japanese)
#: carry several Latin letters' worth of text: each counts :data:`WIDE_WEIGHT` characters,
#: and every :data:`WIDE_PER_WORD` of them count as a word, so that a paragraph of 30
#: such characters is a paragraph (:data:`GOOD_CHARS`) and a sentence (:data:`SENTENCE_WORDS`)
#: as its English translation would be. Hangul is written with spaces, but a syllable
#: block holds two or three letters: it counts :data:`HANGUL_WEIGHT` characters.
WIDE_WEIGHT = 3
WIDE_PER_WORD = 2
HANGUL_WEIGHT = 2
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_HANGUL = regex.compile(r"\p{Hangul}")  # (syllable blocks lie above _WIDE_FROM; lone jamo are not read)
#: no character of those scripts lies below this one (the CJK radicals start there)
_WIDE_FROM = "\u2e80"
#: a box of at least this many characters with no paragraph and a negative sum is left out
BOX_CHARS = 80
#: a sibling of the best block holding this share of its sum (and a paragraph) is article too
SIBLING_SHARE = 0.2
SIBLING_MIN = 60.0
#: ... or of its parent's, up to this many levels up (the first level with such a part ends the search)
#: (3 before: an ad slot that closes three elements mid-article, ``mutate_tune.py split3``, left
#: the rest four levels up on some tune pages; 5 gives split3 0.9557 -> 0.9564, the rest unchanged)
SIBLING_LEVELS = 5
#: ... where the part found there must hold this share of the best block's sum (a sources box stays out)
FAR_SHARE = 0.3
#: the main content is written in <p> elements when this share of its characters is
P_SHARE = 0.6
#: ... and then a shorter segment in a bare container is furniture (:func:`_drop_loose_text`)
LOOSE_CHARS = 150
#: ... except up to this many sentences without links right after the last paragraph
TAIL_LINES = 3
#: ... of this many words at least (a follow or sign-up prompt is shorter)
TAIL_WORDS = 10
_LOOSE = frozenset(("div", "section", "article", "main", "header", "footer", "aside", "form", "center", "body"))
#: text inside these is a list item, a cell, a quote, a caption or a heading, not loose
_HOLDERS = frozenset(("li", "dd", "dt", "td", "th", "blockquote", "pre", "figure", "h1", "h2", "h3", "h4", "h5", "h6"))
#: a sentence ends so (a repeated headline of another story does not)
_SENTENCE_END = regex.compile(r"[.?!…。！？][\"'”’»)」』]*\s*$")
#: ... a statement (not an exclamation: "You have been subscribed!")
_STATEMENT_END = regex.compile(r"[.…。][\"'”’»)」』]*\s*$")
_PROSE_TAGS = frozenset(("p", "h2", "h3", "h4", "h5", "h6", "blockquote"))
_TOP = frozenset(("html", "body"))
_LISTS = frozenset(("ul", "ol", "dl", "menu"))
#: a list with no paragraph whose items with link text (this much of theirs at least)
#: hold :data:`LIST_SHARE` of its text is a list of links ("More stories"), not the article's
LIST_LINKS = 0.25
LIST_SHARE = 0.6
#: a ``<p>`` of 9 words or more ending a sentence, with less link text than this, is no box
#: of furniture however linked (:meth:`_Scores.dropped`)
LINKED_PROSE = 0.7
#: a list of links after the article's last paragraph of this many lines at least is left out
#: however short (tags: "Islands Ferries Scotland"); a single linked source line stays
TAG_ITEMS = 3
#: elements that are widgets when small (an e-mail form; a whole-page ASP.NET form is not)
_WIDGET_TAGS = frozenset(("form", "nav"))
#: a list or a paragraph of short lines with little link text between two paragraphs of
#: the article is the article's own (its points, steps or line-broken verse), not a box of
#: furniture (:meth:`_Scores.dropped`; readability's conditional cleaning likewise keeps
#: unlinked lists); after the last paragraph it may be a paywall's or an offer's list
_WRITTEN = frozenset(("ul", "ol", "p"))
#: a table of figures has no paragraphs and is still article text
_TABLE = frozenset(("table", "tbody", "thead", "tr", "td", "th"))


def find_main_content(
    segments: list[Segment], blocks: Blocks, title: str = "", stats: dict[str, int] | None = None
) -> list[bool] | None:
    """Per segment, whether it lies in the page's main content; None when nothing qualifies.

    ``title`` is the page's own title (``<title>`` or ``og:title``): the heading
    that repeats it anchors the article (:func:`_title_index`). ``stats``, when
    given, gets ``"paragraph_chars"``: the characters of the page's paragraphs
    that count for their blocks, wherever they are (outside navigation, footers,
    comments and boilerplate containers; not repeated; no teasers) — an estimate
    of the article's size independent of which block was chosen (:func:`lost_too_much`).
    """
    n = len(blocks.parent)
    if not segments or n < 2:
        return None
    anchor = _title_index(segments, title)
    parent = blocks.parent
    total = [0] * n
    chars_of: list[int] = []
    repeats: dict[str, int] = {}
    gaps_of: list[int] = []  # per segment, its words less one (:func:`_measure`)
    for seg in segments:
        text = seg.text
        chars, gaps = _measure(text)
        chars_of.append(chars)
        gaps_of.append(gaps)
        total[_block(seg)] += chars
        if len(text) > REPEAT_CHARS:
            repeats[text] = repeats.get(text, 0) + 1
    for k in range(n - 1, 0, -1):
        total[parent[k]] += total[k]
    boiler = _boilerplate(blocks, total, _prose_totals(segments, blocks, chars_of))
    quiet = _comment_sections(segments, blocks, boiler)
    scored = _Scores(segments, blocks, chars_of, gaps_of, total, boiler, repeats, anchor, quiet=quiet)
    relaxed = scored.best is None
    if relaxed:
        # no paragraph anywhere: an article of short paragraphs, each a sentence or two;
        # look again with every sentence in a <p> counted as a paragraph
        scored = _Scores(segments, blocks, chars_of, gaps_of, total, boiler, repeats, anchor, relaxed=True, quiet=quiet)
        if scored.best is None:
            return None
    inside = scored.inside()
    # a sentence repeated only inside the main content (an interview's questions asked of
    # every cook in a gallery, a standfirst repeated as the first paragraph), or an item of
    # a list without links (a product's features listed again under each product), is the
    # article's own: score again with it counted as text, in the same main content
    outside = {seg.text for seg in segments if not inside[_block(seg)]}
    forgiven = {
        seg.text
        for i, (seg, again) in enumerate(zip(segments, scored.repeated))
        if again
        and seg.text not in outside
        and (
            (_SENTENCE_END.search(seg.text) and (_prose_element(seg) or _asked(segments, chars_of, repeats, i)))
            or _plain_item(seg)
        )
    }
    if forgiven:
        for text in forgiven:
            repeats[text] = 1
        parts, notes = scored.parts, scored.notes
        scored = _Scores(
            segments, blocks, chars_of, gaps_of, total, boiler, repeats, anchor, relaxed=relaxed, quiet=quiet
        )
        # the same main content: its parts (the article's flow, from which boxes between its
        # paragraphs are kept) and notes carry over to the second pass
        scored.parts, scored.notes = parts, notes
    dropped = scored.dropped(inside)
    if stats is not None:
        stats["paragraph_chars"] = sum(v > 0 and chars_of[i] for i, v in enumerate(scored.values))
    main: list[bool] = []
    for seg, out in zip(segments, scored.furniture):
        b = _block(seg)
        main.append(inside[b] and not out and not dropped[b])
    _resume_after_gaps(segments, scored, main)
    _drop_loose_text(segments, chars_of, gaps_of, main, blocks.parent)
    _drop_trailing_headings(segments, main)
    for k in scored.notes:
        i = scored.lo[k]
        if (segments[i].dom or {}).get("is_heading") and gaps_of[i] < NOTES_HEADING_WORDS:
            main[i] = False  # the notes' own title ("Notes", "P.-S."): a box's label, not the article's text
    return main


#: at most this many short segments (an "Advertisement" marker, an empty ad's label) between
#: the main content and paragraphs that carry it on (:func:`_resume_after_gaps`)
GAP_LINES = 3
#: ... which must be a run of this many paragraphs at least
RESUME_PARAGRAPHS = 2
#: ... weighing no more than this many times the best block's sum (2.0 before: on the tune
#: half with an ad slot that closes two or three elements mid-article, ``mutate_tune.py split
#: split3``, 3.0 gives 0.9629 -> 0.9649 and 0.9536 -> 0.9556, 5.0 the same; pages as they are unchanged)
RESUME_WEIGHT = 3.0


def _resume_after_gaps(segments: list[Segment], scored: _Scores, main: list[bool]) -> None:
    """The article goes on after an ad that broke its containers: take the paragraphs that follow.

    An ad or a widget whose markup closes the article's elements mid-way leaves the rest
    of the article outside the main content's blocks, and farther up the tree than the
    sibling step looks (:func:`_sibling_parts`). In document order the rest still follows:
    after the main content's last segment, at most :data:`GAP_LINES` short segments (no
    paragraph, no heading: a new section's title; after a run taken, a heading in the
    run's own container is a subheading of the article's rest) but one at least, then a run of
    :data:`RESUME_PARAGRAPHS` paragraphs or more (segments that count for their block,
    sentences between them) that weighs no more than :data:`RESUME_WEIGHT` times the best
    block (the article's second half may weigh more than its first) is main content
    too, and so on after the next gap. Also where the page declares its article's
    element (:func:`_declared_body`): the ad's markup closes that element as well. An empty
    ad slot (its ``<iframe>`` is not read: a block with no text) between the two, outside
    the article's last block and a child of a block around the run, is a gap too
    (``mutate_tune.py splitempty``; prose right after the article's container is not).
    """
    if scored.best is None:
        return
    values, n = scored.values, len(segments)
    parent = scored.blocks.parent
    most = scored.raw[scored.best]
    last = next((i for i in range(n - 1, -1, -1) if main[i]), -1)
    resumed = -1  # the container of the last run taken (a subheading inside it goes on with it)
    while last >= 0:
        i, gap = last + 1, 0
        subheadings = []
        while i < n and values[i] <= 0 and gap < GAP_LINES:
            dom = segments[i].dom or {}
            if values[i] == 0 and len(segments[i].text) >= GOOD_CHARS:
                return  # text that is no gap
            if dom.get("is_heading"):
                if resumed < 0 or parent[_block(segments[i])] != resumed:
                    return  # a new section's title (not a subheading among the run's paragraphs)
                subheadings.append(i)
            i, gap = i + 1, gap + 1
        j, paragraphs, weight = i, 0, 0.0
        while j < n and values[j] >= 0:
            paragraphs += values[j] > 0
            weight += values[j]
            j += 1
        if paragraphs < RESUME_PARAGRAPHS or weight > RESUME_WEIGHT * most:
            return
        if not gap and not _empty_slot_between(scored, _block(segments[last]), _block(segments[i])):
            return  # prose right after the article, no gap (an empty ad slot is one)
        for k in (*subheadings, *range(i, j)):
            main[k] = True
        last = j - 1
        resumed = parent[_block(segments[last])]


def _empty_slot_between(scored: _Scores, a: int, b: int) -> bool:
    """A block with no text (an empty ad slot: its ``<iframe>`` is not read) lies between blocks
    ``a`` and ``b`` outside both, a child of a block around ``b``."""
    end, parent = scored.blocks.end, scored.blocks.parent
    return any(scored.hi[k] < 0 and not k <= b < end[k] and parent[k] <= b < end[parent[k]] for k in range(end[a], b))


#: a block holding this many paragraphs of its own (text separated by ``<br>``, not in ``<p>``
#: elements) is written like a run of ``<p>`` (:func:`_drop_loose_text`)
BR_PARAGRAPHS = 3


def _br_runs(segments: list[Segment], chars_of: list[int], main: list[bool]) -> set[int]:
    """The blocks of the main content that hold :data:`BR_PARAGRAPHS` paragraphs of their own
    (an old CMS's ``<font>`` text or a ``<div>`` of ``<br><br>``-separated paragraphs)."""
    count: dict[int, int] = {}
    for i, seg in enumerate(segments):
        dom = seg.dom
        if main[i] and chars_of[i] >= GOOD_CHARS and dom is not None and dom.get("tag") in _LOOSE:
            density = dom.get("link_density")
            if not (isinstance(density, float) and density >= GOOD_LINKS):
                b = _block(seg)
                count[b] = count.get(b, 0) + 1
    return {b for b, n in count.items() if n >= BR_PARAGRAPHS}


def _drop_trailing_headings(segments: list[Segment], main: list[bool]) -> None:
    """A heading (``h2``-``h6``) that ends the main content heads nothing of the article.

    A subheading introduces the text below it; one with no article text below
    is the title of what follows the article ("Related coverage", "Tell us what
    you think", a podcast box), as trafilatura's precision mode also drops
    trailing titles.
    """
    for i in range(len(segments) - 1, -1, -1):
        if not main[i]:
            continue
        heading = (segments[i].dom or {}).get("is_heading")
        if not isinstance(heading, int) or heading < 2:
            return
        main[i] = False


def _measure(text: str) -> tuple[int, int]:
    """A segment's size: its characters (white space aside) and its words less one.

    Characters of the scripts written without spaces (:data:`_WIDE`) count
    :data:`WIDE_WEIGHT` times, and every :data:`WIDE_PER_WORD` of them a word.
    """
    chars = len(text) - text.count(" ")
    gaps = text.count(" ")
    if not text.isascii() and max(text) >= _WIDE_FROM:  # most pages have no such character: a quick test first
        wide = len(_WIDE.findall(text))
        chars += (WIDE_WEIGHT - 1) * wide + (HANGUL_WEIGHT - 1) * len(_HANGUL.findall(text))
        gaps += wide // WIDE_PER_WORD
    return chars, gaps


def _drop_loose_text(
    segments: list[Segment], chars_of: list[int], gaps_of: list[int], main: list[bool], parent: list[int] | None = None
) -> None:
    """Where the article is written in ``<p>`` elements, short text in bare containers is furniture.

    When :data:`P_SHARE` of the main content's characters at least sit in
    ``<p>`` elements (or in a block of ``<br>``-separated paragraphs, :func:`_br_runs`,
    whose own lines are then the article's), a segment of fewer than :data:`LOOSE_CHARS` characters
    whose block is a bare container (``div``, ``section``, ``aside``, a custom
    element ...: :data:`_LOOSE`), not inside a heading, list, table, quote or
    figure, is left out of it: tags, share and follow prompts, "Subscribe to
    ...", newsletter forms, teaser titles, author boxes, disclaimers
    (trafilatura and jusText keep only paragraph-level elements for the same
    reason). Kept are a sentence above the first paragraph (a standfirst
    written in a ``div``) and, between the first and the last paragraph, a
    sentence (a callout, a quote) or a line without links right above a
    paragraph (a subheading); anywhere, the label of a list of the article's own
    right below it (:func:`_list_label`); after the last paragraph, up to :data:`TAIL_LINES`
    statements of :data:`TAIL_WORDS` words or more without links, one after the other
    (a closing sentence); and a statement without links written right in the element that
    holds the article's ``<p>`` paragraphs (``parent`` given: text and ``<br>`` mixed with ``<p>``
    in one container, "Nobody was hurt.<br><br><p>...</p>"), where a widget has an element of its own.
    """
    in_p = total = 0
    first = last = -1
    runs = _br_runs(segments, chars_of, main)
    for i, seg in enumerate(segments):
        if main[i]:
            total += chars_of[i]
            if seg.dom is not None and (seg.dom.get("tag") == "p" or _block(seg) in runs):
                in_p += chars_of[i]
                if chars_of[i] >= GOOD_CHARS:
                    last = i
                    if first < 0:
                        first = i
    if not total or in_p < P_SHARE * total:
        return
    tail = last  # the article's last line so far: sentences right after it carry it on
    holders = (
        {parent[_block(seg)] for i, seg in enumerate(segments) if main[i] and (seg.dom or {}).get("tag") == "p"}
        if parent is not None
        else set()
    )
    for i, seg in enumerate(segments):
        dom = seg.dom
        if not main[i] or dom is None or chars_of[i] >= LOOSE_CHARS:
            if main[i] and i > tail and i == tail + 1:
                tail = i
            continue
        tag = dom.get("tag")
        above = dom.get("ancestors")
        if not isinstance(tag, str) or not (tag in _LOOSE or "-" in tag) or dom.get("is_heading"):
            continue
        if _block(seg) in runs:
            continue  # a line of the article's own run of <br>-separated paragraphs
        if isinstance(above, frozenset) and not above.isdisjoint(_HOLDERS):
            continue
        sentence = gaps_of[i] >= SENTENCE_WORDS - 1
        if sentence and (i < first or (i < last and _SENTENCE_END.search(seg.text))):
            continue
        if (
            gaps_of[i] >= TAIL_WORDS - 1
            and i == tail + 1
            and i - last <= TAIL_LINES
            and not dom.get("link_density")
            and _STATEMENT_END.search(seg.text)
        ):
            tail = i  # a closing sentence written in a <div> right after the last paragraph
            continue
        if first < i < last and not dom.get("link_density") and _paragraph_follows(segments, chars_of, i, runs):
            continue  # a subheading
        if _list_label(segments, main, i):
            continue  # "Key points:" over the article's own list
        if _block(seg) in holders and not dom.get("link_density") and _STATEMENT_END.search(seg.text):
            continue  # a sentence of the article's own, written between its <p> elements
        main[i] = False


def _list_label(segments: list[Segment], main: list[bool], i: int) -> bool:
    """Segment ``i`` is the label of a list of the main content right below it ("Key points:",
    "In brief:"): a line without links ending with a colon, over a list item without links
    (a "Tags:" or "Share:" line heads links)."""
    seg = segments[i]
    if not seg.text.endswith(":") or (seg.dom or {}).get("link_density") or i + 1 >= len(segments) or not main[i + 1]:
        return False
    below = segments[i + 1].dom or {}
    return bool(below.get("in_list")) and not below.get("link_density")


#: a block whose first paragraph follows the title, before the best block's, is taken
#: instead of it when its sum is this share of the best one's at least
TITLE_SHARE = 0.5


#: the element a page declares as its article body (schema.org ``itemprop="articleBody"``)
#: is the main content when its sum is this share of the best block's at least
DECLARED_SHARE = 0.5


def _declared_body(blocks: Blocks, score: list[float], best: int) -> int | None:
    """The one block the page marks ``itemprop="articleBody"``, if it weighs :data:`DECLARED_SHARE` of the best.

    The page's own word on where its article is (schema.org microdata, as
    trafilatura's first content XPath also reads it); the title anchor
    (:func:`_nearer_title`) then does not apply.
    """
    contexts, parent = blocks.contexts, blocks.parent
    found = None
    for k in range(1, len(parent)):
        if "articleBody" in contexts[k].itemprops and "articleBody" not in contexts[parent[k]].itemprops:
            if found is not None:
                return None  # several: a list of teasers, or nested markup; no hint
            found = k
    if found is None or score[best] <= 0 or score[found] < DECLARED_SHARE * score[best]:
        return None
    return found


def _nearer_title(best: int, anchor: int, score: list[float], first: list[int], end: list[int]) -> int:
    """The article follows its title: prefer a block that starts nearer below it.

    The block with the largest sum can be a long paragraph of page furniture (a
    site's "about us" or customer-service text in a footer without class words)
    that outweighs a short article, or the whole page when prose above the
    title (a browser warning, a claim box) is added to it. When the title
    heading is known, a block whose sum is :data:`TITLE_SHARE` of the best
    one's at least is taken instead (the largest such sum), if

    * the best block's first paragraph comes after the title, and this block's
      first paragraph lies between the two (it does not hold the best block);
    * the best block's first paragraph comes before the title, and this block's
      first paragraph after it.
    """
    floor = TITLE_SHARE * score[best]
    if first[best] < anchor:
        near = [k for k in range(len(score)) if first[k] > anchor and score[k] >= floor]
    else:
        near = [
            k
            for k in range(len(score))
            if anchor < first[k] < first[best] and score[k] >= floor and not k <= best < end[k]
        ]
    return max(near, key=lambda k: (score[k], k)) if near else best


def _title_index(segments: list[Segment], title: str) -> int | None:
    """The segment that is the page's title: a top heading that repeats ``title``; None if none does."""
    want = _norm(title)
    if len(want) < 10:
        return None
    for i, seg in enumerate(segments):
        dom = seg.dom or {}
        if dom.get("is_heading") not in (1, 2) or dom.get("is_link"):
            continue
        text = _norm(seg.text)
        if len(text) < 10:
            continue
        if text == want or (want.startswith(text) and want[len(text) : len(text) + 3].strip()[:1] in _TITLE_SEPARATORS):
            return i
        if want.endswith(text) and 2 * len(text) > len(want) and want[: -len(text)].rstrip()[-1:] in _TITLE_SEPARATORS:
            return i
    return None


_TITLE_SEPARATORS = frozenset("|-–—:·•")


def _comment_sections(segments: list[Segment], blocks: Blocks, boiler: list[bool]) -> set[int]:
    """Mark as boilerplate the blocks that a comments heading opens ("Comments", "3 Comments", "Leave a Reply",
    "Reader responses (9)", "14 thoughts on “…”": :data:`COMMENT_THREAD_TITLE`).

    Readers' comments are paragraphs of prose, and a comments section without
    class words can outweigh a short article. The section is the outermost
    block whose first text is such a heading; a heading alone in its block
    marks the rest of its container (its following siblings) when
    :data:`COMMENT_AFTER` paragraphs of the container come before it (the
    comments rendered after the story, in its container, without a wrapper),
    and nothing otherwise (a comment count under the headline). Returns the blocks
    so marked: their text is furniture that weighs nothing (:class:`_Scores`), as
    a thread inside the article's container, after the article, says nothing
    against the container.
    """
    n = len(blocks.parent)
    first = [-1] * n
    heads = []
    for i, seg in enumerate(segments):
        b = _block(seg)
        dom = seg.dom or {}
        if (
            dom.get("is_heading")
            and ((len(seg.text) <= 40 and COMMENT_MARKER.match(seg.text)) or COMMENT_THREAD_TITLE.match(seg.text))
            and not (dom.get("link_density") or 0.0)
        ):
            heads.append((i, b))
        while b >= 0 and first[b] < 0:
            first[b] = i
            b = blocks.parent[b]
    marked: set[int] = set()
    for i, b in heads:
        top = b
        while blocks.parent[top] > 0 and first[blocks.parent[top]] == i:
            top = blocks.parent[top]
        if top != b or blocks.end[top] > top + 1:
            marked.update(range(top, blocks.end[top]))
        elif _prose_before(segments, first, blocks.parent[top], i):
            # a heading alone, after the article's paragraphs in the same container: the
            # comments are its following siblings, to the container's end
            marked.update(range(top, blocks.end[blocks.parent[top]]))
    for k in marked:
        boiler[k] = True
    return marked


#: a comments heading alone in its block opens the rest of its container when this many
#: paragraphs of the container come before it (:func:`_comment_sections`)
COMMENT_AFTER = 2


def _prose_before(segments: list[Segment], first: list[int], container: int, i: int) -> bool:
    """At least :data:`COMMENT_AFTER` paragraphs (:data:`GOOD_CHARS` characters or more, no
    links) lie in ``container`` before segment ``i``."""
    if container <= 0:
        return False
    found = 0
    for j in range(first[container], i):
        seg = segments[j]
        dom = seg.dom or {}
        if len(seg.text) >= GOOD_CHARS and not dom.get("link_density"):
            found += 1
            if found >= COMMENT_AFTER:
                return True
    return False


def _paragraph_follows(
    segments: list[Segment], chars_of: list[int], i: int, runs: frozenset[int] | set[int] = frozenset()
) -> bool:
    """A paragraph (a ``<p>``, or a paragraph of a run of :func:`_br_runs`) follows segment ``i``."""
    if i + 1 >= len(segments):
        return False
    nxt = segments[i + 1]
    dom = nxt.dom
    return dom is not None and (dom.get("tag") == "p" or _block(nxt) in runs) and chars_of[i + 1] >= GOOD_CHARS


def _asked(segments: list[Segment], chars_of: list[int], repeats: dict[str, int], i: int) -> bool:
    """A sentence in a bare ``<div>`` without links, answered by a paragraph that occurs once.

    An interview written in ``<div>`` elements: the question asked of every
    guest repeats, the answer below it does not (a gallery's repeated
    caption is followed by another copy or a credit, not by prose).
    """
    dom = segments[i].dom or {}
    if dom.get("tag") != "div" or dom.get("link_density") or dom.get("in_figure") or i + 1 >= len(segments):
        return False
    nxt = segments[i + 1]
    return (
        chars_of[i + 1] >= GOOD_CHARS and repeats.get(nxt.text, 0) <= 1 and _SENTENCE_END.search(nxt.text) is not None
    )


def _plain_item(seg: Segment) -> bool:
    """An item of a list (``<li>``) without links, not in a figure: the features a deals
    post lists again under every product it names ("Quick access to Siri by saying ...")."""
    dom = seg.dom or {}
    return dom.get("tag") == "li" and not dom.get("link_density") and not dom.get("in_figure")


def _prose_element(seg: Segment) -> bool:
    """A paragraph or a heading, not a photo caption (galleries repeat their captions)."""
    dom = seg.dom or {}
    if dom.get("tag") not in _PROSE_TAGS or dom.get("in_figure") or dom.get("in_figcaption"):
        return False
    near = dom.get("near_classes")
    return not (isinstance(near, frozenset) and any(w.startswith(("caption", "credit")) for w in near))


class _Scores:
    """One scoring pass: every block's sum, and the best block with the article's parts beside it."""

    def __init__(
        self,
        segments: list[Segment],
        blocks: Blocks,
        chars_of: list[int],
        gaps_of: list[int],
        total: list[int],
        boiler: list[bool],
        repeats: dict[str, int],
        anchor: int | None = None,
        relaxed: bool = False,
        quiet: set[int] | frozenset[int] = frozenset(),
    ) -> None:
        n = len(blocks.parent)
        parent = blocks.parent
        self.blocks = blocks
        self.anchor = anchor
        #: per segment, its text (:func:`_lead_part` reads a lead of one sentence)
        self.texts = [seg.text for seg in segments]
        #: the best block and the parts beside it (:meth:`inside`)
        self.parts: list[int] = []
        #: ... of which the article's notes (:func:`_notes_part`)
        self.notes: list[int] = []
        self.total = total
        self.boiler = boiler
        score = self.score = [0.0] * n
        good = self.good = [0] * n
        linked = self.linked = [0] * n  # characters of segments with some link text
        paragraphs = self.paragraphs = [0] * n
        #: per block, the first segment in it that counts for it (a paragraph), or len(segments)
        first = [len(segments)] * n
        last = [-1] * n  # ... the last such segment, or -1
        lo = [len(segments)] * n  # the first and last segment of any kind in it
        hi = [-1] * n
        self.furniture: list[bool] = []
        values: list[float] = []  # per segment, what it counts for its block
        #: ``<p>`` blocks holding a sentence with many links (entity links, a hover card): no box
        self.linked_prose: set[int] = set()
        #: furniture only because its text occurs more than once (and it is not a link)
        self.repeated: list[bool] = []
        for i, seg in enumerate(segments):
            dom = seg.dom or {}
            b = _block(seg)
            chars = chars_of[i]
            links = dom.get("link_density", 0.0)
            density = float(links) if isinstance(links, float) else 0.0
            placed = bool(
                boiler[b]
                or dom.get("in_comments")
                or dom.get("in_nav")
                or (dom.get("in_footer") and not dom.get("in_article"))
            )
            out = placed or repeats.get(seg.text, 0) > 1
            self.repeated.append(out and not placed and density < GOOD_LINKS)
            if out and b in quiet:
                # readers' comments opened by their heading: not the article, but where they
                # are (inside the article's container, after it) says nothing against it
                value = 0.0
            elif out:
                value = -float(chars)
            elif dom.get("in_figcaption") and density < GOOD_LINKS and chars >= GOOD_CHARS:
                value = chars * CAPTION_WEIGHT  # a photo's caption: the article's, or a gallery's
                good[b] += chars
            elif (
                density < GOOD_LINKS
                and (chars >= GOOD_CHARS or (relaxed and _short_paragraph(seg, gaps_of[i])))
                and not _bare_url(seg.text)
            ):
                if _teaser(segments, chars_of, blocks, total, i):
                    value = -chars * TEASER_COST
                else:
                    value = chars * (1 - density * density)
                    good[b] += chars
                    if first[b] > i:
                        first[b] = i
                    last[b] = i
            elif density < GOOD_LINKS and gaps_of[i] >= SENTENCE_WORDS - 1:
                value = 0.0  # a short sentence (a key point, a quote) neither counts for nor against
                good[b] += chars  # ... and keeps its box
            elif (
                density < LINKED_SENTENCE
                and chars <= LINKED_SENTENCE_CHARS
                and gaps_of[i] >= LINKED_SENTENCE_WORDS - 1
                and dom.get("tag") == "p"
                and _STATEMENT_END.search(seg.text)
            ):
                # a sentence in a <p> whose words are mostly links (a news roundup: "<a>The council
                # approved the footbridge</a> on Tuesday, <a>after ten years of debate</a>."): the
                # article's, neither for nor against, where a teaser's linked title ends no sentence
                value = 0.0
                good[b] += chars
            else:
                value = -chars * SHORT_COST * (0.3 + 0.7 * density)
            self.furniture.append(out)
            values.append(value)
            score[b] += value
            if lo[b] > i:
                lo[b] = i
            hi[b] = i
            if density >= LIST_LINKS:
                linked[b] += chars
                if (
                    density < LINKED_PROSE
                    and dom.get("tag") == "p"
                    and gaps_of[i] >= 8
                    and _SENTENCE_END.search(seg.text)
                ):
                    self.linked_prose.add(b)
            if (chars >= GOOD_CHARS or (relaxed and _short_paragraph(seg, gaps_of[i]))) and density < LIST_LINKS:
                paragraphs[b] += 1
        for k in range(n - 1, 0, -1):
            score[parent[k]] += score[k]
            good[parent[k]] += good[k]
            linked[parent[k]] += linked[k]
            paragraphs[parent[k]] += paragraphs[k]
            if first[k] < first[parent[k]]:
                first[parent[k]] = first[k]
            if last[k] > last[parent[k]]:
                last[parent[k]] = last[k]
            if lo[k] < lo[parent[k]]:
                lo[parent[k]] = lo[k]
            if hi[k] > hi[parent[k]]:
                hi[parent[k]] = hi[k]
        #: the sums before :func:`_damp_inner_boxes` (the sibling step weighs parts by them)
        self.raw = score[:]
        self.first, self.last, self.lo, self.hi = first, last, lo, hi
        #: per block, its sum from its first paragraph to its last (:func:`_span_sums`)
        self.core = _span_sums(values, first, last)
        #: per segment, what it counts for its block
        self.values = values
        _damp_inner_boxes(blocks, score, good, first, last, lo, hi)
        best = max(range(n), key=lambda k: (score[k], k))
        declared = _declared_body(blocks, score, best)
        #: the page declared its article's element (``itemprop="articleBody"``)
        self.declared = declared is not None
        if declared is not None:
            best = declared
        elif anchor is not None and score[best] > 0 and first[best] != anchor:
            best = _nearer_title(best, anchor, score, first, blocks.end)
        positive = score[best] > 0
        if declared is None and positive:
            # (the block climbed to may sum less than nothing: readers' comments after the article,
            # inside its container, weigh against it; its sum from its first paragraph to its last
            # made it the article's)
            best = _climb(best, blocks, score, good, self.core)
        self.best: int | None = best if positive else None

    def inside(self) -> list[bool]:
        """Per block: in the best block or in a part of the article beside it."""
        assert self.best is not None
        end = self.blocks.end
        inside = [False] * len(end)
        self.parts = [self.best, *_sibling_parts(self, self.best)]
        for k in self.parts:
            inside[k : end[k]] = [True] * (end[k] - k)
        return inside

    def dropped(self, inside: list[bool]) -> list[bool]:
        """Per block: a box inside the main content that is left out (and everything inside it)."""
        parent = self.blocks.parent
        total, good, score, linked, paragraphs = self.total, self.good, self.score, self.linked, self.paragraphs
        dropped = [False] * len(parent)
        # the article's flow: from the first paragraph of its parts to the last
        start = min((self.first[k] for k in self.parts), default=0)
        stop = max((self.last[k] for k in self.parts), default=-1)
        for k in range(1, len(parent)):
            if not inside[k] or not inside[parent[k]]:
                continue  # outside, or the top of a part: never dropped itself
            if dropped[parent[k]]:
                dropped[k] = True
                continue
            tag = self.blocks.contexts[k].tag
            written = (  # the article's own list or lines (or a box without links: a fact box), between
                # two of its paragraphs
                (linked[k] == 0 or (tag in _WRITTEN and linked[k] < LIST_LINKS * total[k]))
                and start < self.lo[k] <= self.hi[k] < stop
            )
            link_list = tag in _LISTS and not paragraphs[k] and linked[k] >= LIST_SHARE * total[k]
            after = self.lo[k] > stop and self.hi[k] - self.lo[k] >= TAG_ITEMS - 1  # a tag list after the article
            dropped[k] = (total[k] >= BOX_CHARS or after) and (
                (good[k] == 0 and score[k] < 0 and tag not in _TABLE and k not in self.linked_prose and not written)
                or link_list
            )
        return dropped


#: a box with no paragraph between two paragraphs of its parent counts this share of its sum there
INNER_BOX_SHARE = 0.25


def _damp_inner_boxes(
    blocks: Blocks, score: list[float], good: list[int], first: list[int], last: list[int], lo: list[int], hi: list[int]
) -> None:
    """A box of furniture between two paragraphs of a container weighs less on the container.

    A related-stories list, an ad or a newsletter form set between the
    article's paragraphs is left out of the article (:meth:`_Scores.dropped`),
    but its full weight against the container can make one paragraph of the
    article sum more than the whole. Such a box (no paragraph text, a
    negative sum, paragraph text of its parent both before and after it)
    counts :data:`INNER_BOX_SHARE` of its sum for the blocks around it.
    """
    parent = blocks.parent
    for k in range(2, len(parent)):
        p = parent[k]
        if score[k] >= 0 or good[k] or not good[p] or not first[p] < lo[k] <= hi[k] < last[p]:
            continue
        lift = -score[k] * (1 - INNER_BOX_SHARE)
        while p >= 0:
            score[p] += lift
            p = parent[p]


#: the best block is widened to its parent when the parent holds this many times its
#: paragraph text and keeps :data:`CLIMB_SHARE` of its sum
CLIMB_GOOD = 2.0
CLIMB_SHARE = 0.5


def _span_sums(values: list[float], first: list[int], last: list[int]) -> list[float]:
    """Per block, the sum of its segments from its first paragraph to its last (0 with none).

    A block's segments are consecutive, so this is its sum without the furniture
    above its first paragraph and below its last (a gallery, a share bar).
    """
    prefix = [0.0]
    for v in values:
        prefix.append(prefix[-1] + v)
    return [prefix[b + 1] - prefix[a] if b >= a else 0.0 for a, b in zip(first, last)]


def _climb(best: int, blocks: Blocks, score: list[float], good: list[int], core: list[float]) -> int:
    """A lone paragraph (or a small part) of an article is not the article: widen it.

    Furniture inside the article's container (a gallery's repeated captions, an
    embedded teaser list) can weigh so much that one paragraph of the article
    sums more than the container. When the parent block holds
    :data:`CLIMB_GOOD` times the best block's paragraph text and its sum (or
    the sum from its first paragraph to its last, :func:`_span_sums`: a gallery
    above the text does not count) is :data:`CLIMB_SHARE` of the best one's at
    least, the parent is taken instead (repeatedly; never the page's ``html``
    or ``body``).
    """
    parent = blocks.parent
    while True:
        up = parent[best]
        if up <= 0 or blocks.contexts[up].tag in _TOP:
            return best
        if good[up] < CLIMB_GOOD * good[best] or max(score[up], core[up]) < CLIMB_SHARE * score[best]:
            return best
        best = up


def _sibling_parts(scored: _Scores, best: int) -> list[int]:
    """Blocks beside the best one that hold more of the article (readability's sibling step).

    The best block is the one with the largest sum; a part of the article that
    furniture separates from it (a newsletter box, an ad, a list of related
    links between two body containers) is left out when the furniture weighs
    more than the part. A sibling of the best block (or of the outermost
    block around it with the same sum) is taken when it holds a paragraph and
    its own sum (or its sum from its first paragraph to its last, :func:`_span_sums`:
    a list of links above a section's paragraphs does not count) is
    :data:`SIBLING_SHARE` of the best one's at least (and no
    more than the best one's: a heavier block the title anchor passed over,
    :func:`_nearer_title`, stays out; but where the page declares its article's element, the
    nearest block after it past furniture with no paragraph (an ad's label) is its rest, however heavy:
    the ad's markup closed the declared element, ``mutate_tune.py split3``).

    With no such sibling, the search goes up to :data:`SIBLING_LEVELS` levels
    (not past ``body`` or a boilerplate container): an ad that closes the
    article's containers mid-way leaves the rest of it a sibling of an
    ancestor. There only the nearest blocks with paragraph text on either side
    are taken, and only when they hold :data:`FAR_SHARE` of the best one's sum
    (a sources or contact box right after the article stays out), and never
    the block that holds the page's last text (a footer of prose, "about the
    station" and its public-file notice, written in ``<div>`` elements) — only,
    right after an ad's label (text with no paragraph), that block's part next to
    the article (:func:`_adjacent_part`), when it does not hold the page's last text
    itself: the ad's markup closed the page's wrapper too, and the rest of the
    article opens a block that runs to the page's end (``mutate_tune.py split3``).

    At every level, no part lies wholly above the page's title heading when the
    best block's paragraphs follow it: the article follows its title, and the
    blurbs of a mega-menu above it are sentences too.
    """
    blocks, score, good, core = scored.blocks, scored.raw, scored.good, scored.core
    paragraphs, boiler = scored.paragraphs, scored.boiler
    parent, end = blocks.parent, blocks.end
    level = best
    while parent[level] > 0 and score[parent[level]] == score[level]:
        level = parent[level]
    floor = max(SIBLING_MIN, SIBLING_SHARE * score[best])
    # the page's title heading, when the article's paragraphs come after it: no part lies above it
    anchor = scored.anchor
    above_title = anchor if anchor is not None and scored.first[best] > anchor else None
    last_segment = scored.hi[0]
    out: list[int] = []
    for depth in range(SIBLING_LEVELS):
        up = parent[level]
        if up < 0:
            break
        kids = []
        k = up + 1
        while k < end[up]:
            kids.append(k)
            k = end[k]
        at = kids.index(level)
        low = floor if depth == 0 else max(floor, FAR_SHARE * score[best])
        for forward, side in ((True, kids[at + 1 :]), (False, kids[:at][::-1])):
            nearest = True
            boxed = False  # a block with text and no paragraph passed (an ad's label)
            notes = forward and not depth  # the article's notes may still follow it
            for k in side:
                if scored.hi[k] < 0:
                    continue  # no text at all (an empty ad slot): neither a part nor a stop
                if notes and good[k]:
                    if _notes_part(scored, k):
                        out.append(k)  # its footnotes or postscript in a box of their own after it
                        scored.notes.append(k)
                        nearest = False
                        continue
                    notes = False
                if above_title is not None and scored.hi[k] < above_title:
                    break  # the article follows its title: a menu's descriptions above it are not a part
                if depth and scored.hi[k] == last_segment:
                    # farther up, the page's last text is its footer, not the rest of the article; but
                    # an ad's markup that closed the article's containers and the page's leaves the rest
                    # of the article at the start of a block that runs to the page's end: its part next
                    # to the article, past the ad's label, is taken when it holds no page end itself
                    if forward and boxed and nearest and good[k] and not boiler[k]:
                        part = _adjacent_part(scored, k, forward, low, score[best])
                        if part is not None and scored.hi[part] != last_segment:
                            out.append(part)
                    break
                if (
                    not boiler[k]
                    and paragraphs[k]
                    and good[k]
                    and low <= (score[k] if depth else max(score[k], core[k]))
                    # heavier: the rest of a declared article body, its element closed by an ad's
                    # markup (furniture between them, no paragraph)
                    and (score[k] <= score[best] or (scored.declared and forward and not depth and nearest and boxed))
                ):
                    out.append(k)
                elif not forward and not depth and nearest and _lead_part(scored, k, best):
                    out.append(k)  # a lead paragraph in a box of its own right above the article
                elif good[k] and nearest and not boiler[k]:
                    # the nearest block with text holds more than the article's next part (the rest
                    # of the article, then a sidebar, in one wrapper): its part next to the article
                    part = _adjacent_part(scored, k, forward, low, score[best])
                    if part is not None and not (depth and scored.hi[part] == last_segment):
                        out.append(part)
                    if depth:
                        break
                elif good[k] and depth:
                    break  # farther up, only the nearest parts on either side
                if good[k]:
                    nearest = False
                else:
                    boxed = True
        if out or up <= 0 or blocks.contexts[up].tag in _TOP or boiler[up]:
            break
        level = up
    return out


#: class/id words of a standfirst's or a summary's box (:func:`_lead_part`)
_STANDFIRST_CLASSES = frozenset(STANDFIRST_CLASSES)
#: a lead set apart holds at most this many paragraphs (:func:`_lead_part`)
LEAD_PARAGRAPHS = 2


def _lead_part(scored: _Scores, k: int, best: int) -> bool:
    """Block ``k``, the nearest block with text before the article's, is its lead paragraph set
    apart (a standfirst's or an intro's own ``<div>``), however little it weighs beside the body.

    The sibling step asks a part for :data:`SIBLING_SHARE` of the best block's sum, which one
    paragraph above a long body never holds. Taken here: a block after the page's title
    heading (which must be known), no summary over a declared article element (on a page that
    marks its body ``itemprop="articleBody"``, a box outside it marked ``itemprop="description"``
    or named a standfirst or a summary (:data:`~newsclean.detectors.rules.patterns.STANDFIRST_CLASSES`)
    is the page's summary, not its text; a bare box there is the story's lead paragraph, which a
    CMS renders apart), no boilerplate container, of one to :data:`LEAD_PARAGRAPHS`
    paragraphs and a positive sum of :data:`SIBLING_MIN` at least (or of one line alone that ends a
    sentence, too short for a paragraph, and no negative sum), whose last segment is
    followed by the best block's first paragraph with at most :data:`GAP_LINES` segments
    between that count for nothing (a share bar, an "Advertisement" label; no photo caption).
    """
    anchor = scored.anchor
    if anchor is None or scored.lo[k] <= anchor or scored.boiler[k]:
        return False
    if scored.declared and (
        "description" in scored.blocks.contexts[k].itemprops
        or not _STANDFIRST_CLASSES.isdisjoint(scored.blocks.own_classes(k))
    ):
        return False  # the page's summary over its declared article body, not its first paragraph
    # one or two paragraphs, or one short sentence alone ("Plans for 450 homes have been approved.":
    # a lead of one line, too short to count as a paragraph, counts for nothing against the box)
    sentence = (
        scored.paragraphs[k] == 0
        and scored.good[k] > 0
        and scored.lo[k] == scored.hi[k]
        and _SENTENCE_END.search(scored.texts[scored.lo[k]]) is not None
    )
    if sentence:
        if scored.raw[k] < 0:
            return False
    elif not 1 <= scored.paragraphs[k] <= LEAD_PARAGRAPHS or scored.raw[k] < SIBLING_MIN:
        return False
    start, stop = scored.hi[k] + 1, scored.first[best]
    if stop - start > GAP_LINES or stop < start:
        return False
    return all(v <= 0 for v in scored.values[start:stop])


#: class/id words of a box that holds the article's own notes: its footnotes, endnotes or
#: postscript, after its text (SPIP's ``div.notes`` and ``div.ps``, footnote plugins'
#: ``div.footnotes``): read on the box's own element only
NOTES_WORDS = frozenset(("notes", "footnotes", "endnotes", "footnote", "endnote", "ps", "postscript"))


#: a heading of at most this many words opening a notes box is its label
NOTES_HEADING_WORDS = 3


def _notes_part(scored: _Scores, k: int) -> bool:
    """Block ``k``, after the article's block with nothing but blocks of no paragraph (an ad's
    label) or other such boxes between, holds the article's notes (:data:`NOTES_WORDS` on its
    own element): taken however little it weighs beside the body (the sibling step asks a part
    for :data:`SIBLING_SHARE` of the best block's sum, which two footnotes never hold), when it
    is no boilerplate container and holds a paragraph, a positive sum and no list of links."""
    if scored.boiler[k] or not scored.paragraphs[k] or scored.raw[k] <= 0:
        return False
    if NOTES_WORDS.isdisjoint(scored.blocks.own_classes(k)):
        return False
    return scored.linked[k] * 2 < scored.good[k]


def _adjacent_part(scored: _Scores, k: int, forward: bool, low: float, most: float) -> int | None:
    """The part of block ``k`` next to the article: the article's next (or previous) part, when
    ``k`` as a whole weighs too little to be one (:func:`_sibling_parts`).

    An ad or a widget that closes the article's containers mid-way leaves the rest of the
    article at the start of a block that also holds what follows the article (a related
    list, a sidebar, the comments). Going down from ``k``, the child that holds ``k``'s first
    paragraph (its last, for a block before the article) is taken when it qualifies as a
    part (a paragraph, a sum between ``low`` and ``most``, no boilerplate container on the
    way); otherwise the search goes down into it. Text of ``k``'s own before that child
    (after it, going backwards) ends the search: the part must be next to the article.
    """
    blocks, score, boiler, paragraphs = scored.blocks, scored.raw, scored.boiler, scored.paragraphs
    end = blocks.end
    edge = scored.first[k] if forward else scored.last[k]
    if edge < 0 or edge >= len(scored.furniture):
        return None
    while True:
        c = k + 1
        found = None
        while c < end[k]:
            if scored.lo[c] <= edge <= scored.hi[c]:
                found = c
                break
            c = end[c]
        if found is None or boiler[found]:
            return None
        if paragraphs[found] and low <= max(score[found], scored.core[found]) <= most:
            return found
        k = found


def _short_paragraph(seg: Segment, gaps: int) -> bool:
    """A ``<p>`` of :data:`SENTENCE_WORDS` words or more ending a sentence: a paragraph
    when the page has no longer one (:func:`find_main_content`'s second look)."""
    dom = seg.dom or {}
    return gaps >= SENTENCE_WORDS - 1 and dom.get("tag") == "p" and _SENTENCE_END.search(seg.text) is not None


def _bare_url(text: str) -> bool:
    """A web address alone (a share box's copy-this-link field) is no paragraph, however long."""
    return " " not in text and ("://" in text or text.startswith("www."))


def _block(seg: Segment) -> int:
    b = seg.dom.get("block", 0) if seg.dom else 0
    return b if isinstance(b, int) else 0


#: a container that holds this share of the page's prose (:func:`_prose_totals`) is the
#: article's, whatever its class words say ("post social-sharing-enabled", "share-wrap"):
#: only :data:`BOILERPLATE_STRONG` words still make it boilerplate
PROSE_SHARE = 0.6
#: ... and so is a container of at least this many prose paragraphs that are nearly all
#: its text (:data:`PROSE_DENSE`): a part of an article split over several containers;
#: a box of teasers has its linked titles between the summaries
PROSE_PARAGRAPHS = 3
PROSE_DENSE = 0.8
#: ... or this much of it when the container's own words also name content ("caas-body
#: social-sharing-enabled": the second half of a story whose list, photo caption and
#: subheading bring its share below :data:`PROSE_DENSE`), or when they name a share tool and
#: nothing else of boilerplate ("caas-readmore-collapse social-sharing-enabled": the part behind a
#: "Story continues" button; a share bar holds no prose paragraph); a box of teasers, its linked
#: titles between the summaries, stays below
PROSE_DENSE_CONTENT = 0.7
#: ... and one such paragraph is enough when the container's own words name content and a
#: share tool and nothing else of boilerplate ("component--text share-enabled",
#: "text social-share-paragraph": a story split over one small box per paragraph, some of
#: them wired for sharing); a share bar or a follow box holds no prose paragraph
SHARE_WORDS = ("share", "sharing", "social")
#: ... and two when they name a share tool and nothing else, no content ("texte social-sharing-enabled",
#: "ssrcss-richtextcontainer social-sharing-enabled": two paragraphs of a story between its photos,
#: the box wired for sharing); a share bar's pitch is one sentence
SHARED_PARAGRAPHS = 2


_NOT_PROSE = frozenset(
    ("li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "a", "button", "label", "option")
)


def _prose_totals(segments: list[Segment], blocks: Blocks, chars_of: list[int]) -> tuple[list[int], list[int]]:
    """Per block, the characters of prose paragraphs it holds (its own and its children's), and how many
    such paragraphs.

    A prose paragraph is a block of text (a ``<p>``, text in a ``<div>``; not a list
    item, a heading or a caption) of at least :data:`GOOD_CHARS`
    characters, few links, ending a sentence: what an article is made of and a
    share bar, a newsletter box or a related-links list is not.
    """
    n = len(blocks.parent)
    prose = [0] * n
    count = [0] * n
    for seg, chars in zip(segments, chars_of):
        dom = seg.dom
        if chars < GOOD_CHARS or dom is None or dom.get("tag") in _NOT_PROSE or dom.get("in_figure"):
            continue
        links = dom.get("link_density", 0.0)
        if not isinstance(links, float) or links >= GOOD_LINKS or not _SENTENCE_END.search(seg.text):
            continue
        b = _block(seg)
        prose[b] += chars
        count[b] += 1
    parent = blocks.parent
    for k in range(n - 1, 0, -1):
        prose[parent[k]] += prose[k]
        count[parent[k]] += count[k]
    return prose, count


def _boilerplate(blocks: Blocks, total: list[int], prose_of: tuple[list[int], list[int]] | None = None) -> list[bool]:
    """Per block: it (or a block around it) is a boilerplate container by its class/id words.

    ``prose_of`` (:func:`_prose_totals`): a block that holds most of the page's
    prose is exempt from all but the strong words.
    """
    n = len(blocks.parent)
    limit = WIDGET_SHARE * total[0]
    prose, paragraphs = prose_of if prose_of is not None else ([0] * n, [0] * n)
    article_limit = PROSE_SHARE * prose[0]
    out = [False] * n
    for k in range(1, n):
        if out[blocks.parent[k]]:
            out[k] = True
            continue
        ctx = blocks.contexts[k]
        small = total[k] <= limit
        if small and ctx.tag in _WIDGET_TAGS:
            out[k] = True
            continue
        own = blocks.own_classes(k)
        if own is EMPTY or ctx.tag in _TOP:
            continue
        kind = 0
        other = 0  # the bits of the words that name no share tool
        for word in own:
            bits = _word_kind(word)
            kind |= bits
            if not bits & _SHARE:
                other |= bits
        if not kind:
            continue
        content = not CONTENT_WORDS.isdisjoint(own)
        shared = kind & _SHARE and not other
        article = prose[k] > 0 and (
            prose[k] >= article_limit
            or (
                paragraphs[k] >= ((1 if content else SHARED_PARAGRAPHS) if shared else PROSE_PARAGRAPHS)
                and prose[k] >= (PROSE_DENSE_CONTENT if content or shared else PROSE_DENSE) * total[k]
            )
        )
        out[k] = bool(
            (kind & _STRONG and not content)
            or (kind & _LAYER and not content and not (prose[k] > 0 and prose[k] >= article_limit))
            or (small and kind & _NEVER_CONTENT and not article)
            or (small and kind & _WIDGET and not content and not article)
        )
    return out


_STRONG, _NEVER_CONTENT, _WIDGET, _LAYER, _SHARE = 1, 2, 4, 8, 16
_KINDS: dict[str, int] = {}


def _word_kind(word: str) -> int:
    """The boilerplate lists ``word`` matches, as bits (cached: pages repeat their classes)."""
    kind = _KINDS.get(word)
    if kind is None:
        if len(_KINDS) >= 8192:
            _KINDS.clear()
        kind = 0
        for bit, words in (
            (_STRONG, BOILERPLATE_STRONG),
            (_LAYER, BOILERPLATE_LAYER),
            (_NEVER_CONTENT, BOILERPLATE_NEVER_CONTENT),
            (_WIDGET, BOILERPLATE_WIDGET),
            (_SHARE, SHARE_WORDS),
        ):
            if any(word.startswith(w) or word.endswith(w) for w in words):
                kind |= bit
        _KINDS[word] = kind
    return kind


def _teaser(segments: list[Segment], chars_of: list[int], blocks: Blocks, total: list[int], i: int) -> bool:
    """Paragraph ``i`` follows a linked title closely, in a box that holds little else and no
    other paragraph (:func:`_other_paragraph`).

    The slack of the size test (half as much text again) let an article's first part, split
    from the rest by an ad slot, pass for a teaser when it held a linked line ("Click for full
    results"), a paragraph and one more paragraph: a teaser's box holds one summary. A linked
    ``<p>`` over a ``<p>`` is no title: it is a line of the article's run of paragraphs ("Read
    more: ..."), which a live blog's small post boxes (``<article>`` of two paragraphs) hold too."""
    for j in range(i - 1, max(i - 5, -1), -1):
        dom = segments[j].dom or {}
        density = dom.get("link_density", 0.0)
        if not isinstance(density, float):
            return False
        if chars_of[j] >= GOOD_CHARS and density < GOOD_LINKS:
            return False
        if density >= 0.8 and chars_of[j] >= 15:
            if dom.get("tag") == "p" and (segments[i].dom or {}).get("tag") == "p":
                return False  # a linked line in the run of paragraphs ("Read more: ..."), no teaser's title
            a, b = _block(segments[j]), _block(segments[i])
            while a != b:  # their nearest common block
                if a > b:
                    a = blocks.parent[a]
                else:
                    b = blocks.parent[b]
            return total[a] <= 1.5 * (chars_of[i] + chars_of[j]) + 50 and not _other_paragraph(
                segments, chars_of, blocks, a, i
            )
    return False


def _other_paragraph(segments: list[Segment], chars_of: list[int], blocks: Blocks, a: int, i: int) -> bool:
    """Block ``a`` holds a paragraph (:data:`GOOD_CHARS`, little link text) after segment ``i``
    (a small box: the walk ends at its end)."""
    end = blocks.end[a]
    for j in range(i + 1, len(segments)):
        seg = segments[j]
        if not a <= _block(seg) < end:
            return False
        density = (seg.dom or {}).get("link_density", 0.0)
        if chars_of[j] >= GOOD_CHARS and isinstance(density, float) and density < GOOD_LINKS:
            return True
    return False


def mark_main_content(
    html: str,
    segments: list[Segment],
    blocks: Blocks | None = None,
    source: str = "dom",
    title: str = "",
    stats: dict[str, int] | None = None,
) -> str:
    """Set ``seg.dom["main_hint"]`` on every segment; return the source of the hint ("" for none).

    With ``source="dom"``, a page where newsclean's finder sees no paragraph at all
    (:func:`find_main_content` gives None: text in ``<br>``-separated runs of short
    lines, a page of one long table) asks trafilatura instead, unless the page is
    over :data:`FALLBACK_MAX_CHARS` (trafilatura's time and memory on such a page
    grow to tens of seconds and hundreds of MB; the text rules still run, unhinted).
    """
    if source == "dom" and blocks is not None:
        main = find_main_content(segments, blocks, title, stats)
        if main is not None:
            for seg, inside in zip(segments, main):
                if seg.dom is None:
                    seg.dom = {}
                seg.dom["main_hint"] = inside
            return "dom"
    if source == "dom" and len(html) > FALLBACK_MAX_CHARS:
        return ""
    return "trafilatura" if mark_trafilatura_hint(html, segments) else ""


#: pages longer than this (characters of HTML) get no trafilatura fallback
FALLBACK_MAX_CHARS = 3_000_000
#: an extraction shorter than this (in words) is no usable hint
MIN_WORDS = 60
#: segments of fewer words must match a whole line of the extraction
SHORT_WORDS = 6
_WS = regex.compile(r"\s+")
_WORD = regex.compile(r"\w+")


def _norm(text: str) -> str:
    return str(_WS.sub(" ", text)).strip().lower()


def mark_trafilatura_hint(
    html: str, segments: list[Segment], min_words: int = MIN_WORDS, favor_precision: bool = False
) -> bool:
    """The hint from trafilatura's extraction (imported lazily: only when asked for); none when
    it holds fewer than ``min_words`` words."""
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return False
    try:
        extracted = (
            trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=favor_precision)
            or ""
        )
    except Exception:  # a hint failing must never break cleaning
        return False
    if len(extracted.split()) < min_words:
        return False
    mark_covered(extracted, segments)
    return True


def mark_covered(extracted: str, segments: list[Segment]) -> None:
    """``main_hint`` on every segment: whether ``extracted`` (another extractor's text) holds it."""
    lines = {_norm(line) for line in extracted.split("\n")}
    # tables come out as "| cell | cell |" rows: every cell counts as a line
    lines |= {_norm(cell) for line in extracted.split("\n") if "|" in line for cell in line.split("|")}
    haystack = _norm(extracted)
    grams = _trigrams(haystack)
    for seg in segments:
        if seg.dom is None:
            seg.dom = {}
        text = _norm(seg.text)
        if len(text.split()) < SHORT_WORDS:
            # short text ("Home", "NFL") occurs inside any long text: it must be a line of its own
            seg.dom["main_hint"] = text in lines
        else:
            seg.dom["main_hint"] = text in haystack or _covered(text, grams)


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text)
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _covered(text: str, grams: set[tuple[str, ...]]) -> bool:
    """Most of the segment's word trigrams appear in the extraction."""
    words = _WORD.findall(text)
    if len(words) < 5:
        return False
    mine = [tuple(words[i : i + 3]) for i in range(len(words) - 2)]
    return sum(1 for g in mine if g in grams) >= 0.6 * len(mine)


#: the article kept is suspect when it holds less than this share of the page's paragraph
#: text (:func:`find_main_content`'s ``stats``) ...
NET_SHARE = 0.5
#: ... and then trafilatura's extraction widens the hint when it holds this many times the
#: words kept (and :data:`MIN_WORDS` at least)
NET_GAIN = 1.5


def lost_too_much(segments: list[Segment], paragraph_chars: int, declared_body: str = "") -> bool:
    """The body kept is a small share of the page's paragraph text (or of the article body its
    JSON-LD declares): the finder may have lost the article."""
    kept = sum(_measure(s.text)[0] for s in segments if s.label is Label.BODY)
    return kept < NET_SHARE * max(paragraph_chars, _measure(declared_body)[0])


def widen_hint(html: str, segments: list[Segment], declared_body: str = "") -> str:
    """Add another extraction to the hint when it holds :data:`NET_GAIN` times the body kept;
    return its source (``"jsonld"``, ``"trafilatura"``) or "" when the hint is unchanged.

    The safety net against a lost article (:func:`lost_too_much`): the article body the
    page's JSON-LD declares (``declared_body``), else trafilatura's extraction of the page
    (precision mode: the net is there for a lost article, not for the page's other
    prose); where that holds much more text than the body kept, a segment it covers is
    main content too (the union of the hints; the rules still label inside it).
    """
    kept = sum(len(s.text.split()) for s in segments if s.label is Label.BODY)
    least = max(MIN_WORDS, int(NET_GAIN * kept))
    before = [bool((s.dom or {}).get("main_hint")) for s in segments]
    if len(declared_body.split()) >= least:
        mark_covered(declared_body, segments)
        source = "jsonld"
    elif len(html) <= FALLBACK_MAX_CHARS and mark_trafilatura_hint(html, segments, least, favor_precision=True):
        source = "trafilatura"
    else:
        return ""
    changed = False
    for seg, was in zip(segments, before):
        assert seg.dom is not None
        if was:
            seg.dom["main_hint"] = True
        elif seg.dom["main_hint"]:
            changed = True
    return source if changed else ""
