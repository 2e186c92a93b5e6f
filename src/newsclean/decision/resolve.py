"""One label per segment, from the detectors' verdicts and the article span.

Order of precedence, each step with its reason:

1. Inside the article (headline … last paragraph), a line no rule claimed is
   ``body`` (``decision.in_article``): subheadings, short quotes, list items
   of the story. A rule's verdict stands otherwise.
2. The chosen headline is ``headline``; the same text elsewhere is ``chrome``
   (``decision.repeated_headline``).
3. Before the headline and after the last paragraph nothing is body: unclaimed
   headline-like or list lines become ``sidebar`` when they sit among other
   sidebar lines, else ``chrome`` (``decision.outside_article``). Bylines of
   teasers in a sidebar after the article are ``sidebar``.
4. A statistical model's distribution (issue: statistical detector), when
   given, overrules a line's label where the model is sure enough
   (:func:`combine`: surer to drop article text than to keep a line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from newsclean import lazyrx
from newsclean.decision.index_page import kept_story
from newsclean.decision.span import (
    CLOCK,
    FACT_DATE_WORDS,
    FACT_LABEL,
    LINKED_LINE,
    STANDINGS,
    STRONG,
    Span,
    announced_cells,
    announced_item,
    ends_table,
    hint_overrules,
    table_rows,
)
from newsclean.detectors.page import Page
from newsclean.detectors.rules.ad import BUY_BUTTONS
from newsclean.detectors.rules.patterns import (
    AGE_WORDS,
    DEALS_HEADLINE_WORDS,
    PLAYER_DURATION_WORDS,
    STANDFIRST_CLASSES,
)
from newsclean.segments.runs import lead_kind, row_kind, runs
from newsclean.types import KEEP, STANDFIRST_RULE, Label, Verdict

#: labels read for every line, as module constants: an attribute of the Label enum costs
#: about 100 ns to look up (its metaclass has a ``__getattr__``)
_HEADLINE = Label.HEADLINE
_BODY = Label.BODY
_SIDEBAR = Label.SIDEBAR
_PROMO = Label.PROMO
_CHROME = Label.CHROME
_AD = Label.AD
#: HTML: a date this many lines or more above the headline is the site's date strip (or a date
#: in a menu's teasers), not the article's byline, which sits right by the title
DATE_STRIP_GAP = 6
_DATE_STRIP_RULES = ("byline.date", "byline.place_date")
_TEASER_LABELS = frozenset({Label.BYLINE, Label.PROMO, Label.BODY})


def _from_verdict(page: Page, i: int, v: Verdict, reasons: dict[int, str] | None = None) -> None:
    """Label line ``i`` by its verdict ``v``; ``reasons`` keeps each verdict's reason by ``id``
    (a repeated line shares its first occurrence's verdicts, and then the reason's text)."""
    reason = reasons.get(id(v)) if reasons is not None else None
    if reason is None:
        reason = v.rule + (f": {v.match!r}" if v.match else "")
        if reasons is not None:
            reasons[id(v)] = reason
    page.segments[i].decide(v.label, v.detector, reason, v.score)


#: a line of this many words at least that is one link is another story's title (:func:`_story_link`)
STORY_LINK_WORDS = 4


def _story_link(page: Page, i: int) -> bool:
    """HTML: line ``i`` is one link of :data:`STORY_LINK_WORDS` words or more (link text
    :data:`~newsclean.decision.span.LINKED_LINE` of it at least), not a heading nor a list item.

    Inside newsclean's own main content (a container), a paragraph that is nothing but a link
    ("'SHOW' STAR OPENS UP ABOUT HER HEALTH" between two paragraphs, an offer's pitch) is a
    teaser for another page, not the story's prose: the story's own links sit inside its
    sentences. A linked subheading or a list of linked items is the story's (a gift guide's
    product names) and is left to the other rules.
    """
    dom = page.segments[i].dom
    if not dom or dom.get("is_heading") or dom.get("in_list") or page.shapes[i].words < STORY_LINK_WORDS:
        return False
    density = dom.get("link_density")
    return isinstance(density, float) and density >= LINKED_LINE


#: prose paragraphs of the main content below a bio-shaped line that make it the story's (:func:`_mid_article`)
MID_BELOW = 2


def _mid_article(page: Page, i: int, start: int, end: int) -> bool:
    """HTML: line ``i`` is prose of newsclean's own main content with a paragraph of it above
    and :data:`MID_BELOW` below (within the article, ``start`` to ``end``).

    An author's bio ("Jane Roe is a senior reporter who covers ...") closes the story (a
    print-edition note may follow it), or opens it in the byline's block; the same shape with
    the story's paragraphs on both sides is a sentence about one of its people ("Van Der Beek
    was eliminated in what host ... described as ...").
    """
    if not page.in_main(i) or not page.shapes[i].prose:
        return False
    shapes = page.shapes
    if not any(page.in_main(j) and shapes[j].prose for j in range(i - 1, start - 1, -1)):
        return False
    below = 0
    for j in range(i + 1, end):
        if page.in_main(j) and shapes[j].prose:
            below += 1
            if below >= MID_BELOW:
                return True
    return False


#: a standfirst is a sentence of at least this many words
STANDFIRST_WORDS = 12
#: ... at most this many lines under the headline (a byline block, a picture between)
STANDFIRST_REACH = 6
#: ... and the main content starts at most this many lines under it
STANDFIRST_FOLLOW = 10
#: class/id words of a standfirst's own container (:data:`~newsclean.detectors.rules.patterns.STANDFIRST_CLASSES`):
#: with one, a standfirst may end without its full stop, as UK and magazine deks often do
STANDFIRST_CLASS_WORDS = frozenset(STANDFIRST_CLASSES)
#: a script without our function words (Korean, Chinese, Japanese, Arabic, Hindi, Thai, Hebrew):
#: there a dek is told by its length in characters, and needs no full stop (Korean and Chinese
#: deks have none: "복개도로 1.2㎞ 철거하고 물길 되살려, 상류 구간은 산책로·습지로")
UNSPACED_SCRIPT = lazyrx.compile(
    r"[\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}\p{Arabic}\p{Devanagari}\p{Thai}\p{Hebrew}]"
)
#: ... a standfirst in such a script, named so or an <h2> right under the headline, has this many characters
STANDFIRST_SCRIPT_CHARS = 30


#: the rules that read a product's box in the story as an advert: in a deals roundup's main
#: content it is the story's item ("Apple AirPods Pro" / "$234.98" / "Available from Amazon"),
#: as is a heading under a shop button ("View deal" / "Under $30")
_DEAL_ITEM_RULES = frozenset(("ad.product_box", "ad.marked_copy"))


def _deals_roundup(page: Page, headline: int | None) -> bool:
    """The article's headline names shopping deals (:data:`DEALS_HEADLINE`)."""
    return headline is not None and DEALS_HEADLINE.search(page.lows[headline]) is not None


def _main_bounds(page: Page, start: int, end: int) -> tuple[int, int] | None:
    """The first and the last line of the article (``start`` to ``end``) in the page's main content:
    a product box between them sits in the story's flow, whatever the main-content finder made of
    its box (a shop's class words, "amazon-product-callout", keep it out)."""
    lines = [i for i in range(start, end) if page.in_main(i)]
    return (lines[0], lines[-1]) if lines else None


def _claimed(page: Page, i: int) -> bool:
    """A rule claimed line ``i``; a caption told by its shape alone (``caption.scene``) outside
    any figure does not count: a standfirst reads like one ("The Regal in Pennick shut in 2022.")."""
    dom = page.segments[i].dom
    return any(
        not (v.rule.startswith("caption.scene") and dom is not None and not dom.get("in_figure"))
        for v in page.verdicts[i]
    )


def _standfirst(page: Page, headline: int | None) -> int | None:
    """The article's standfirst (dek) when the main-content container starts below it.

    A CMS often renders the headline, the standfirst and the byline in the article's header
    and the paragraphs in a container of their own: the first prose line under the headline,
    before any line of the main content, with no rule's claim, is the article's first
    paragraph (``corpus/html``: "Timbers of a wooden sailing ship ... have been lifted ...").
    """
    if headline is None:
        return None
    shapes = page.shapes
    for i in range(headline + 1, min(len(page), headline + 1 + STANDFIRST_REACH)):
        if page.in_main(i):
            return None
        shape = shapes[i]
        # a dek may end without its full stop after two sentences ("... 140 parking spaces. For a
        # fraction of that we could make people want to stay"), or anywhere its container says so
        scripted = _scripted_dek(page, i)
        named = (scripted or (shape.words >= STANDFIRST_WORDS and shape.stopword_ratio >= 0.1)) and (
            _standfirst_class(page, i) or (i == headline + 1 and _subheading_tag(page, i))
        )
        if (
            shape.prose
            or named
            or (shape.words >= STANDFIRST_WORDS and ". " in page.texts[i] and shape.stopword_ratio >= 0.1)
        ):
            if (
                _claimed(page, i)
                or (shape.words < STANDFIRST_WORDS and not (named and scripted))
                or not (named or shape.sentence_end or ". " in page.texts[i])
            ):
                return None
            # the main content must follow soon, past a byline block or a picture, and no other
            # paragraph before it: the standfirst leads into the story
            for j in range(i + 1, min(len(page), i + 1 + STANDFIRST_FOLLOW)):
                if page.in_main(j):
                    return i
                # the author's bio is no paragraph, nor the caption of the picture under the dek
                if shapes[j].prose and not page.has(j, Label.BYLINE) and not _figcaption(page, j):
                    return None
            return None
    return None


def _scripted_dek(page: Page, i: int) -> bool:
    """Line ``i`` is long enough for a standfirst in a script without our function words
    (:data:`UNSPACED_SCRIPT`): :data:`STANDFIRST_SCRIPT_CHARS` characters, none of them a link's."""
    shape = page.shapes[i]
    dom = page.segments[i].dom
    return (
        shape.chars >= STANDFIRST_SCRIPT_CHARS
        and shape.stopword_ratio < 0.03
        and not (dom is not None and dom.get("is_link"))
        and UNSPACED_SCRIPT.search(page.texts[i]) is not None
    )


def _figcaption(page: Page, i: int) -> bool:
    """Line ``i`` is the text of a ``<figcaption>`` (a picture's caption, no paragraph)."""
    dom = page.segments[i].dom
    return dom is not None and bool(dom.get("in_figcaption"))


#: ... or a run-together name that ends with one ("storydeck", "articleDek", "postSummary"), of at
#: least this many letters before it
STANDFIRST_PREFIX = 3
_STANDFIRST_SUFFIX = tuple(sorted(STANDFIRST_CLASS_WORDS))


def _standfirst_class(page: Page, i: int) -> bool:
    """Line ``i``'s own container is named a standfirst (:data:`STANDFIRST_CLASS_WORDS`), or a
    word run together with one ("storydeck", "articledek": old table CMSes and camelCase classes)."""
    dom = page.segments[i].dom
    own = dom.get("own_classes") if dom else None
    if not isinstance(own, frozenset):
        return False
    if not STANDFIRST_CLASS_WORDS.isdisjoint(own):
        return True
    return any(
        word.endswith(_STANDFIRST_SUFFIX)
        and any(word.endswith(s) and len(word) - len(s) >= STANDFIRST_PREFIX for s in _STANDFIRST_SUFFIX)
        for word in own
    )


def _subheading_tag(page: Page, i: int) -> bool:
    """Line ``i`` is an ``<h2>`` to ``<h4>``: right under the headline, one of twelve words or more is
    its dek, whatever its class ("<h1>...</h1><h2>Residents warned that ...</h2>")."""
    dom = page.segments[i].dom
    return dom is not None and dom.get("is_heading") in (2, 3, 4) and not dom.get("is_link")


#: a standfirst inside the main content sits over the byline block, at most this many lines above it
DEK_BYLINE_REACH = 3


def _bio_only(page: Page, i: int) -> bool:
    """Every byline verdict on line ``i`` reads it as an author's bio (``byline.bio``, ``dom.class.bio``)."""
    return all(v.rule.startswith(_BIO_RULES) for v in page.verdicts[i] if v.label is Label.BYLINE)


#: the rules that read a line as an author's bio ("byline.bio_beat[...]" too)
_BIO_RULES = ("byline.bio", "dom.class.bio")


def _dek_over_byline(page: Page, headline: int | None) -> int | None:
    """The standfirst inside the main content: the first sentence line under the headline,
    no rule's, directly over the byline block ("headline / standfirst / By Tom Field")."""
    if headline is None:
        return None
    shapes = page.shapes
    for i in range(headline + 1, min(len(page), headline + 1 + STANDFIRST_REACH)):
        shape = shapes[i]
        if not shape.prose:
            continue
        if _claimed(page, i) or not shape.sentence_end or not page.in_main(i):
            return None
        for j in range(i + 1, min(len(page), i + 1 + DEK_BYLINE_REACH)):
            if page.has(j, Label.BYLINE):
                # a bare clock time is a live blog's next entry, no byline block; an author's bio
                # is the end of a story of one paragraph, no byline block under its dek
                if CLOCK.match(page.texts[j]) or _bio_only(page, j):
                    return None
                return i
            if shapes[j].prose:
                return None
        return None
    return None


def resolve(
    page: Page,
    span: Span | None,
    headline: int | None,
    model: Sequence[tuple[Label, float, str]] | None = None,
    *,
    model_only: bool = False,
) -> None:
    n = len(page)
    article = span is not None and not span.index_page
    start = end = 0
    if span is not None and article:
        # the article starts at its headline; prose above it (a photo caption) is not body
        start = headline if headline is not None else span.start
        end = span.end
    head_text = page.texts[headline].strip().lower() if headline is not None and article else None
    in_sidebar_zone = False
    in_comments = False  # after a comments' counter below the article, up to the next claimed line that is no chrome
    overrules = hint_overrules(page)
    tables = table_rows(page) if article else set()
    cells = announced_cells(page) if article else set()
    runs = story_runs(page, start, end, article)
    cards = teaser_cards(page, span) if article and span is not None else {}
    grid = card_grid(page, start, end) if article and page.hint_source == "dom" else {}
    # newsclean's own hint is a container: nothing outside it is body, prose or not
    container = page.hint_source == "dom"
    standfirst = _standfirst(page, headline) if article and container else None
    dek = _dek_over_byline(page, headline) if article else None
    deals = (
        article
        and headline is not None
        and DEALS_HEADLINE.search(page.lows[headline]) is not None
        and _deal_runs(page, start, end) >= DEAL_RUNS
    )
    deal_box = _main_bounds(page, start, end) if article and container and _deals_roundup(page, headline) else None
    # the verdicts live as long as this loop, so their ids stay theirs
    reasons: dict[int, str] = {}
    # the article's lines that are a clock time alone, counted when first needed
    clocks: int | None = None
    for i in range(n):
        seg = page.segments[i]
        v = page.best(i)
        if model is not None and model_only:
            label, prob, why = model[i]
            seg.decide(label, "model", why, prob)
            continue
        if article and i == headline:
            seg.decide(
                _HEADLINE,
                "rules",
                "decision.headline: headline-like line above the first paragraph",
                0.8,
            )
            continue
        if head_text is not None and page.lows[i].strip() == head_text:  # lows[i] is texts[i].lower()
            seg.decide(_CHROME, "rules", "decision.repeated_headline", 0.8)
            continue
        inside = article and start <= i < end
        if inside and container:
            # HTML: a list of stories above the article (a mega menu's teasers) heads no line below it
            # (the author's box after the story); on text dumps this would change labels too: left alone
            in_sidebar_zone = False
        if inside and i in grid:
            seg.decide(_PROMO, "rules", f"decision.card_grid: {grid[i]}", 0.6)
            continue
        if deal_box and deal_box[0] < i < deal_box[1] and v is not None and v.rule in _DEAL_ITEM_RULES:
            reason = f"decision.deal_item: a product's line in a deals roundup's main content ({v.rule})"
            seg.decide(_BODY, "rules", reason, 0.6)
            continue
        if inside and container and v is None and page.in_main(i) and _story_link(page, i):
            reason = "decision.link_in_article: a line that is one link, in the article: another story's title"
            seg.decide(_PROMO, "rules", reason, 0.6)
            continue
        if inside and container and v is not None and v.rule == "byline.bio" and _mid_article(page, i, start, end):
            reason = "decision.prose_mid_article: a sentence about a person between the story's paragraphs"
            seg.decide(_BODY, "rules", reason, 0.65)
            continue
        if inside and container and v is not None and v.rule == "dom.class.promo" and _card_tail(page, i):
            reason = "decision.card_tail: the rest of a teaser card whose title is the line above"
            seg.decide(_PROMO, "rules", reason, 0.6)
            continue
        if inside and page.hinted and page.in_main(i) and (v is None or v.score < overrules or i == dek):
            if i == dek:
                reason = f"{STANDFIRST_RULE}: the first paragraph under the headline, over the byline (HTML)"
                seg.decide(_BODY, "rules", reason, 0.65)
            else:
                reason = "decision.main_content: inside the article and the page's main content"
                seg.decide(_BODY, "rules", reason, 0.65)
            continue
        if inside and i in cards:
            seg.decide(_PROMO, "rules", f"decision.teaser_card: {cards[i]}", 0.6)
            continue
        if inside:
            if (
                v is not None
                and v.rule == "byline.date_only"
                and span is not None
                and (span.core.start < i or (i == span.core.start - 1 and page.shapes[i + 1].prose))
                and i < span.core.end
                and CLOCK.match(page.texts[i])
            ):
                if clocks is None:
                    clocks = _clock_lines(page)
                if (
                    clocks >= LIVE_BLOG_CLOCKS
                    and page.texts[i].strip() not in _PLAYER_START
                    and page.lows[i - 1].strip().rstrip(":") not in _DURATION_WORDS
                ):
                    seg.decide(
                        _BODY,
                        "rules",
                        "decision.timestamp_in_article: a time stamp between paragraphs (live blog)",
                        0.55,
                    )
                else:
                    reason = "decision.player_time_in_article: a lone time between paragraphs, a player's running time"
                    seg.decide(_CHROME, "rules", reason, 0.55)
            elif v is not None and v.rule == "byline.date_only" and _post_signature(page, i):
                reason = "decision.post_signature_in_article: the signature under a post the story quotes"
                seg.decide(_BODY, "rules", reason, 0.55)
            elif (
                v is not None
                and v.rule == "byline.date_only"
                and span is not None
                and i > span.core.start
                and (m := FACT_LABEL.match(page.texts[i])) is not None
                and page.shapes[i].words <= FACT_DATE_WORDS
                and not _dateline_under_byline(page, i, m.group(0))
            ):
                reason = f"decision.fact_line_in_article: a dated line of a fact box ({m.group(0).strip()!r})"
                seg.decide(_BODY, "rules", reason, 0.55)
            elif (
                v is not None
                and v.rule == "byline.date_only"
                and span is not None
                and span.core.start < i < span.core.end
                and _in_date_list(page, i)
            ):
                seg.decide(_BODY, "rules", "decision.date_list_in_article: a list of dates between paragraphs", 0.55)
            elif (
                v is not None
                and v.rule in _SCHEDULE_RULES
                and span is not None
                and span.core.start < i < span.core.end
                and page.in_main(i)
                and _in_html_list(page, i)
                and any(page.shapes[j].prose for j in range(span.core.start, i))
            ):
                reason = f"decision.list_item_in_article: an item of a list or table between paragraphs ({v.rule})"
                seg.decide(_BODY, "rules", reason, 0.55)
            elif (
                v is not None
                and v.label is _SIDEBAR
                and v.rule.startswith("sidebar.heading")
                and i + 1 < len(page)
                and any(w.label is _PROMO for w in page.verdicts[i])
                and any(w.rule == "promo.headed_title" for w in page.verdicts[i + 1])
            ):
                # "Te puede interesar" / a teaser's title between the story's paragraphs: a promo's heading there
                reason = f"decision.promo_heading_in_flow: {v.rule} over a teaser's title inside the article"
                seg.decide(_PROMO, "rules", reason, 0.55)
            elif i == standfirst and container and not page.in_main(i):
                reason = f"{STANDFIRST_RULE}: the first paragraph under the headline, above the main content (HTML)"
                seg.decide(_BODY, "rules", reason, 0.55)
            elif container and (v is None or v.label is not _AD) and _claim_box(page, i):
                reason = "decision.claim_review: the claim or rating of the page's fact check (its JSON-LD ClaimReview), or their label"
                seg.decide(_BODY, "rules", reason, 0.6)
            elif deals and v is not None and v.rule in _DEAL_RULES and _deal_item(page, i, start, end):
                reason = f"decision.deal_item: a shop's price or product line in a deals roundup's flow ({v.rule})"
                seg.decide(_BODY, "rules", reason, 0.55)
            elif (
                container
                and (v is None or v.rule.startswith(_STEP_PROMPT_RULE))
                and _announced_html_list(page, i, start)
            ):
                reason = "decision.announced_list: an item of the list the story's line ending in ':' announces (HTML)"
                seg.decide(_BODY, "rules", reason, 0.55)
            elif v is None and inside and container and _embedded_post_text(page, i, start):
                reason = (
                    "decision.embedded_post_text: the text of a post the story quotes, over its embed's credit line"
                )
                seg.decide(_BODY, "rules", reason, 0.55)
            elif v is None and not page.in_main(i) and (not page.shapes[i].prose or container):
                seg.decide(
                    _CHROME, "rules", "decision.outside_main_content: not in the page's main content (HTML)", 0.55
                )
            elif i in cells and not ends_table(v):
                reason = "decision.list_in_article: a cell of a table a line ending in ':' announces, one cell per line"
                seg.decide(_BODY, "rules", reason, 0.6)
            elif v is None and announced_item(page, i):
                reason = "decision.list_in_article: an item of a list of figures a line ending in ':' announces"
                seg.decide(_BODY, "rules", reason, 0.6)
            elif v is None and i == dek:
                reason = f"{STANDFIRST_RULE}: the first paragraph under the headline, over the byline"
                seg.decide(_BODY, "rules", reason, 0.6)
            elif v is None:
                seg.decide(
                    _BODY,
                    "rules",
                    "decision.in_article: unclaimed line inside the article",
                    0.6,
                )
            elif i in tables and (v.label is not Label.AD or v.rule == "ad.sponsored_card"):
                seg.decide(_BODY, "rules", f"decision.table_in_article: a row of a table of figures ({v.rule})", 0.6)
            elif (
                v.score < STRONG
                and page.shapes[i].prose
                and (page.in_main(i) or not container)
                and not v.rule.startswith("caption.scene")
            ):
                reason = f"decision.prose_in_article: a paragraph inside the article ({v.rule} is too weak)"
                seg.decide(_BODY, "rules", reason, 0.6)
            else:
                _from_verdict(page, i, v, reasons)
            continue
        # outside the article
        if v is not None and article and i >= end and v.rule.startswith("chrome.comment_marker"):
            in_comments = True  # "Kommentare (4)", "12 commentaires": readers' comments follow
        elif in_comments and (i in runs or _heads_list(page, i, runs)):
            in_comments = False  # a run of headlines, or its heading: a list of other stories under the comments
        elif in_comments and (v is None or v.label is Label.BYLINE):
            # a comment's author and date ("Landwirt_Börde schrieb am 18.08.2027, 16:02") and its text
            seg.decide(_CHROME, "rules", "decision.comment_section: a line under the comments' counter", 0.5)
            continue
        elif v is not None and v.label is not _CHROME:
            in_comments = False  # a list heading, an advert: the comments ended above
        if v is not None:
            if (
                container
                and article
                and headline is not None
                and i < headline - DATE_STRIP_GAP
                and v.rule.startswith(_DATE_STRIP_RULES)
            ):
                # "Tuesday, March 18, 2025", "April 8, 2025" under a mega menu's teaser: the site's
                # date strip or a menu's dates, lines above the title (a byline date is right by it)
                reason = f"decision.date_strip: {v.rule} far above the headline, the site's own date (HTML)"
                seg.decide(_CHROME, "rules", reason, 0.55)
                continue
            if v.label is _SIDEBAR:
                in_sidebar_zone = True
            if v.label in _TEASER_LABELS and (in_sidebar_zone or not article) and i >= end:
                seg.decide(
                    _SIDEBAR,
                    "rules",
                    f"decision.teaser_in_list: {v.rule} in a list of other stories",
                    0.6,
                )
                continue
            if v.label is _PROMO and article and i >= end + 4:
                seg.decide(
                    _SIDEBAR,
                    "rules",
                    f"decision.promo_outside_flow: {v.rule} far after the article",
                    0.55,
                )
                continue
            _from_verdict(page, i, v, reasons)
            continue
        shape = page.shapes[i]
        if i in runs:
            seg.decide(
                _SIDEBAR,
                "rules",
                "decision.story_run: one of several headline-like lines in a row outside the article",
                0.5,
            )
            continue
        # the cheap tests first; the neighbours' labels only when they decide
        if (
            shape.words >= 3
            and (shape.title_like or shape.list_marker or shape.prose)
            and (
                in_sidebar_zone
                or (i > 0 and page.label_of(i - 1) is _SIDEBAR)
                or (i + 1 < n and page.label_of(i + 1) is _SIDEBAR)
            )
        ):
            seg.decide(
                _SIDEBAR,
                "rules",
                "decision.outside_article: story-like line among sidebar lines",
                0.5,
            )
            in_sidebar_zone = True
        else:
            seg.decide(
                _CHROME,
                "rules",
                "decision.outside_article: unclaimed line outside the article",
                0.5,
            )
    if model is not None:
        combine(page, model)


#: a list of other stories outside the article: at least this many unclaimed headline-like
#: lines in a row, each of at least this many words
STORY_RUN = 3
STORY_RUN_WORDS = 4
#: ... with at most this share of digits, and none of these characters (a table's row, a
#: ticker, a menu's items, "(Opens in new window)")
STORY_RUN_DIGITS = 0.05
_NOT_IN_STORY_RUN = ("|", "·", "▲", "▼", "►", "▾", "(", ")")


def _heads_list(page: Page, i: int, runs: set[int]) -> bool:
    """Line ``i``, unclaimed, heads a list: the line under it is a list's (a sidebar or promo
    reading, a run of headlines) or an item of a numbered list ("1 Harbury City 42")."""
    if page.verdicts[i] or i + 1 >= len(page):
        return False
    below = page.best(i + 1)
    return (
        i + 1 in runs
        or (below is not None and below.label in (_SIDEBAR, _PROMO))
        or page.texts[i + 1].lstrip()[:2] in ("1 ", "1.")
    )


def story_runs(page: Page, start: int, end: int, article: bool) -> set[int]:
    """The unclaimed lines outside the article that stand in a run of headlines (``decision.story_run``).

    Teasers of a section front or a "Most read" box without a heading the rules know:
    :data:`STORY_RUN` or more title-like lines in a row, none claimed by a rule, none with
    figures or separators. Labelled ``sidebar`` (a list of other stories), not ``chrome``.
    """
    out: set[int] = set()
    run: list[int] = []
    for i in range(len(page) + 1):
        if i < len(page) and (not article or not start <= i < end) and not page.verdicts[i] and _story_line(page, i):
            run.append(i)
            continue
        if len(run) >= STORY_RUN:
            out.update(run)
        run = []
    return out


#: a teaser card's age line has at most this many words ("vor 2 Std.", "Il y a 3 heures")
AGE_LINE_WORDS = 5
#: a teaser card's summary has at most this many words
CARD_SUMMARY_WORDS = 35
#: the words of a relative age, every language (a line is read only when a date rule took it)
_AGE_TOKENS = frozenset(w for ws in AGE_WORDS.values() for w in ws if " " not in w)
_AGE_PHRASES = tuple(w for ws in AGE_WORDS.values() for w in ws if " " in w)


#: a teaser card's summary under its title is at most this many words ...
CARD_TAIL_WORDS = 30
#: ... and its box (the lines under one promo class word) at most this many lines
CARD_TAIL_LINES = 4


def _promo_box(page: Page, i: int) -> str | None:
    """The class word that named line ``i`` a promo's (``dom.class.promo``), if any."""
    for v in page.verdicts[i]:
        if v.rule == "dom.class.promo":
            return v.match
    return None


def _card_tail(page: Page, i: int) -> bool:
    """HTML: line ``i`` is the summary (or the date) of a teaser card in the story whose title,
    the line above, was taken as a promo (``<article class="card inline">``: "Recommended" /
    another story's title / its one-line summary): both lines sit under the same promo class word
    in a box of at most :data:`CARD_TAIL_LINES` lines (a story's paragraphs in a box named
    "inline-content" make a longer one) and line ``i`` is short."""
    if i == 0 or page.segments[i - 1].label is not _PROMO or page.shapes[i].words > CARD_TAIL_WORDS:
        return False
    box = _promo_box(page, i)
    if box is None or _promo_box(page, i - 1) != box:
        return False
    lo, hi = i - 1, i
    while lo > 0 and _promo_box(page, lo - 1) == box:
        lo -= 1
    while hi + 1 < len(page) and _promo_box(page, hi + 1) == box:
        hi += 1
    return hi - lo + 1 <= CARD_TAIL_LINES


def teaser_cards(page: Page, span: Span) -> dict[int, str]:
    """The lines of teaser cards set between the article's paragraphs, without a cue word:
    another story's title, maybe its one-paragraph summary, then its age ("2 days ago", "vor
    2 Std."). The article's own date line sits in its byline block (under a name) and gives a
    date; a relative age under an unclaimed title below the article's first paragraph is a
    teaser's. Returns line -> the reason's detail (``decision.teaser_card``)."""
    out: dict[int, str] = {}
    texts, shapes = page.texts, page.shapes
    for k in range(span.core.start + 2, span.end):
        if not page.verdicts[k] or shapes[k].words > AGE_LINE_WORDS:
            continue
        if not any(v.rule == "byline.date_only" for v in page.verdicts[k]) or not _relative_age(page.lows[k]):
            continue
        above = k - 1
        if not _card_free(page, above) or shapes[above].list_marker:
            continue  # the byline block ("By Jane Roe" / "3h ago"), a list of the story
        if shapes[above].prose:
            if shapes[above].words > CARD_SUMMARY_WORDS:
                continue
            title = above - 1
            if not _card_free(page, title) or not (shapes[title].title_like and not shapes[title].prose):
                if _card_free(page, title):
                    continue  # a paragraph over a short sentence: the article's own text
                title = above  # an advert or a widget above: the summary alone
        elif shapes[above].title_like and shapes[above].words >= 3:
            title = above
        else:
            continue
        if title <= span.core.start:
            continue  # the article's first paragraph is above every card
        for j in range(title, k):
            out[j] = f"another story's {'title' if j == title and not shapes[j].prose else 'summary'} over its age"
        out[k] = f"a teaser's age ({texts[k][:30]!r})"
    return out


#: a grid of teaser cards between the paragraphs has at least this many cards ...
GRID_CARDS = 3
#: ... each a linked heading, its date line at most this many lines under it ...
GRID_DATE_REACH = 2
#: ... and the next card's heading at most this many lines under the last one's
GRID_STEP = 4


def card_grid(page: Page, start: int, end: int) -> dict[int, str]:
    """HTML: the lines of a grid of teaser cards inside the article ("More county news": a
    linked heading, its author and date line, a one-line summary, three cards or more in a row).

    The story's own linked subheadings carry no date line under them; a card's summary is
    taken when it comes before the next card's heading, or, after the last card, when its
    class words are those of the first card's summary (a paragraph of the story has others).
    Returns line -> the reason's detail."""
    titles: list[tuple[int, int]] = []  # (heading, its date line)
    for i in range(start, end):
        dom = page.segments[i].dom
        if not dom or not dom.get("is_heading") or not _linked(dom) or page.shapes[i].words < 3:
            continue
        for d in range(i + 1, min(end, i + 1 + GRID_DATE_REACH)):
            if any(v.rule.startswith("byline.date") for v in page.verdicts[d]):
                titles.append((i, d))
                break
    out: dict[int, str] = {}
    run: list[tuple[int, int]] = []
    for card in [*titles, (end + GRID_STEP + 1, -1)]:
        if run and card[0] - run[-1][0] <= GRID_STEP:
            run.append(card)
            continue
        if len(run) >= GRID_CARDS:
            _mark_grid(page, run, end, out)
        run = [card]
    return out


def _linked(dom: dict[str, object]) -> bool:
    density = dom.get("link_density")
    return isinstance(density, float) and density >= 0.9


def _mark_grid(page: Page, run: list[tuple[int, int]], end: int, out: dict[int, str]) -> None:
    first_summary: frozenset[str] | None = None
    for n, (title, date) in enumerate(run):
        for j in range(title, date + 1):
            out[j] = "a card's title" if j == title else "a card's line under its title"
        nxt = run[n + 1][0] if n + 1 < len(run) else None
        stop = nxt if nxt is not None else min(end, date + 2)
        for j in range(date + 1, stop):
            if page.shapes[j].words > CARD_SUMMARY_WORDS:
                break
            dom = page.segments[j].dom
            classes = dom.get("near_classes") if dom else None
            if nxt is None and (first_summary is None or classes != first_summary):
                break  # after the last card: only a line dressed as the cards' summaries
            if first_summary is None and isinstance(classes, frozenset) and classes:
                first_summary = classes
            out[j] = "a card's summary"


def _card_free(page: Page, i: int) -> bool:
    """Line ``i`` is no rule's, or a teaser's by its shape only (``promo.dek_title``: the card's title)."""
    return all(v.label is _PROMO for v in page.verdicts[i])


def _relative_age(low: str) -> bool:
    return any(w.strip(".,:;()") in _AGE_TOKENS for w in low.split()) or low.startswith(_AGE_PHRASES)


def _story_line(page: Page, i: int) -> bool:
    shape = page.shapes[i]
    return (
        shape.title_like
        and shape.words >= STORY_RUN_WORDS
        and shape.digit_ratio <= STORY_RUN_DIGITS
        and not any(map(page.texts[i].__contains__, _NOT_IN_STORY_RUN))
    )


#: a live blog's entries: at least this many lines of the page that are a time alone ("14:05",
#: counted on the whole page: the second pass reads the kept lines only); a lone one between
#: paragraphs is a video player's running time ("0:47"), and so is "00:00", a player's start
#: ("00:00" over "04:12")
LIVE_BLOG_CLOCKS = 2
_PLAYER_START = frozenset(("00:00", "0:00"))
#: a player's label over its running time ("Duration / 1:58")
_DURATION_WORDS = frozenset(PLAYER_DURATION_WORDS)


#: a quoted post's signature: a dash, then its author and its date ("— Charles Boulianne, 5 décembre 2026",
#: "— @larkfield_dad, 11 Oct 2026")
POST_SIGNATURE_DASHES = ("—", "–", "-")


def _post_signature(page: Page, i: int) -> bool:
    """Line ``i`` (a date line by its rule) signs a post the story quotes: it opens with a dash,
    under the post's text (an unclaimed line), which a line ending in ":" announces ("The post
    said:", "a réagi sur sa page Facebook :")."""
    return (
        i >= 2
        and page.texts[i].lstrip().startswith(POST_SIGNATURE_DASHES)
        and not page.verdicts[i - 1]
        and page.texts[i - 2].rstrip().endswith(":")
    )


def _clock_lines(page: Page) -> int:
    """The lines of the page that are a clock time alone (:data:`CLOCK`), "00:00" left out."""
    texts, shapes = page.texts, page.shapes
    return sum(
        1
        for i, shape in enumerate(shapes)
        if shape.words <= 3 and texts[i].strip() not in _PLAYER_START and CLOCK.match(texts[i]) is not None
    )


def _in_date_list(page: Page, i: int) -> bool:
    """Line ``i``, a date line between the article's paragraphs, is one of a list of dates
    (strike days, opening hours): a date line right above or below it too. A teaser's or
    a post's credit is one date line; a live blog's clock times are read elsewhere. A bulleted
    line is one of a list when a bulleted line stands right above or below it ("• am Sonntag von
    8 bis 18 Uhr,"), whatever it reads as."""
    if CLOCK.match(page.texts[i]):
        return False
    if page.shapes[i].list_marker and not page.texts[i][:1].isdigit():
        # a bulleted item among others ("• Alarmierung um 1.34 Uhr", "- manhãs às 10h e às 11h30;")
        return any(0 <= j < len(page) and page.shapes[j].list_marker for j in (i - 1, i + 1))
    return any(
        0 <= j < len(page) and any(v.rule == "byline.date_only" for v in page.verdicts[j]) for j in (i - 1, i + 1)
    )


def _dateline_under_byline(page: Page, i: int, label: str) -> bool:
    """ "KARACHI: December 4, 2026" under "Staff Report": a place in capitals and the date, the
    article's dateline in its byline block, not a fact box's "Start: 1 March" line."""
    place = label.rstrip(": ")
    if not (len(place) >= 3 and place.isupper()):
        return False
    j = i - 1
    while j >= 0 and not page.texts[j].strip():
        j -= 1
    return j >= 0 and any(v.label == Label.BYLINE for v in page.verdicts[j])


#: the byline rules that read a date or a place and a time (not a name: "By ..." in a
#: table layout's cell is the byline)
#: the label over a fact check's claim or rating ("Claim", "Rating", "Our verdict") has at most this many words
CLAIM_LABEL_WORDS = 3


def _in_claim_box(page: Page, k: int) -> bool:
    dom = page.segments[k].dom
    return bool(dom and dom.get("claim_review"))


def _claim_box(page: Page, i: int) -> bool:
    """Line ``i`` prints the page's fact check: the claim it reviews or its rating, as the page's
    JSON-LD ``ClaimReview`` gives them (``dom["claim_review"]``, marked by the HTML segmenter),
    or the short label right over one ("Claim", "Rating"). The claim box is the fact check's own
    summary: the article's reader would miss it (the labelling guide's rule 6)."""
    if _in_claim_box(page, i):
        # a rating alone ("False") is taken under its label ("Rating"): a verdict word under a
        # photo's credit is the page's badge, which the claim box need not hold
        return page.shapes[i].words > CLAIM_LABEL_WORDS or (i > 0 and _claim_label(page, i - 1))
    return i + 1 < len(page) and _in_claim_box(page, i + 1) and _claim_label(page, i)


def _claim_label(page: Page, k: int) -> bool:
    """Line ``k`` is a short label with no sentence: "Claim", "Rating", "Our verdict"."""
    shape = page.shapes[k]
    return (
        0 < shape.words <= CLAIM_LABEL_WORDS
        and not shape.prose
        and not page.verdicts[k]
        and not page.texts[k].rstrip().endswith((".", "?", "!"))
    )


#: a deals roundup's headline (:data:`~newsclean.detectors.rules.patterns.DEALS_HEADLINE_WORDS`)
DEALS_HEADLINE = lazyrx.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({w for ws in DEALS_HEADLINE_WORDS.values() for w in ws}, key=len, reverse=True))
    + r")(?!\w)"
)
#: the verdicts of a shop's price line ("$599 at Tilson") and of a product box's lines
_DEAL_RULES = frozenset(("ad.price_line", "ad.product_box"))
#: a product box runs at most this many lines up from a line of it to its ad marker
DEAL_BOX_LINES = 6


#: a deals roundup has at least this many items (runs of shop lines) between its paragraphs: one
#: affiliate box in a news story is an ad, whatever the headline the page's layout led us to
DEAL_RUNS = 2


def _deal_runs(page: Page, start: int, end: int) -> int:
    """How many runs of shop lines (price lines, product boxes) the article holds."""
    runs = 0
    before = False
    for k in range(start, end):
        shop = any(w.rule in _DEAL_RULES for w in page.verdicts[k])
        runs += shop and not before
        before = shop
    return runs


def _deal_item(page: Page, i: int, start: int, end: int) -> bool:
    """Line ``i``, a shop's price line or a product box's line, is an item of a deals roundup: it
    sits between the story's paragraphs (one above it and one below it inside the article, the one
    below in the main content; a shop's widget is often left out of the main content) and under no
    ad slot's marker ("Sponsored", "Anzeige": a paid box stays an ad; a
    buy button, "Buy now", is a button of the item's own). The roundup's items are its story (the
    labelling guide's rule 6; the corpus's deals posts label "Buy at ..." and price lines body)."""
    for k in range(i - 1, max(start, i - 1 - DEAL_BOX_LINES) - 1, -1):
        vs = page.verdicts[k]
        if not vs or not any(w.label is _AD for w in vs):
            break
        if any(w.rule.startswith("ad.marker") for w in vs) and page.keys[k] not in BUY_BUTTONS:
            return False
    above = any(page.best(k) is None and page.shapes[k].prose for k in range(start, i))
    return above and any(page.best(k) is None and page.shapes[k].prose and page.in_main(k) for k in range(i + 1, end))


#: a step of the story's list reads like a prompt ("Sign up for a Hulu ad-free account for $11.99 a month")
_STEP_PROMPT_RULE = "chrome.prefix"
#: a list the story announces has at most this many items
ANNOUNCED_LIST_ITEMS = 12


def _announced_html_list(page: Page, i: int, start: int) -> bool:
    """HTML: line ``i`` is an item (``<li>``, not a link alone) of a list right under a line of
    the story that ends in a colon ("Here's the short version of signing up:" / "Sign up for a
    Hulu account for $11.99 a month" / "If you already have an account, ..."): the story's steps,
    though an item opens like a prompt or the list sits outside the main content. The items above
    it are unclaimed or such prompts; the colon line is an unclaimed line of the article."""
    dom = page.segments[i].dom
    if not dom or dom.get("tag") != "li" or dom.get("is_link"):
        return False
    for j in range(i - 1, max(start - 1, i - 1 - ANNOUNCED_LIST_ITEMS), -1):
        above = page.segments[j].dom
        if above is not None and above.get("tag") == "li":
            v = page.best(j)
            if v is not None and not v.rule.startswith(_STEP_PROMPT_RULE):
                return False
            continue
        return page.best(j) is None and page.texts[j].rstrip().endswith(":") and page.shapes[j].words >= 3
    return False


#: an embedded post's text has at least this many words (a post of one emoji says nothing)
EMBEDDED_POST_MIN_WORDS = 4


def _embedded_post_text(page: Page, i: int, start: int) -> bool:
    """Line ``i`` is the text of a social post the story quotes, embedded with its caption: it sits
    right over the embed's credit line ("A post shared by Name (@handle)", ``chrome.embed``), under
    the embed's opener ("View this post on Instagram") or a line of the story, and a paragraph of
    the story follows the credit. The embed's furniture stays chrome; the post's words are the
    story's (as a quoted tweet's are: ``TWEET_CREDIT`` in ``decision/span.py``)."""
    n = len(page)
    if i + 2 >= n or i - 1 < start or page.shapes[i].words < EMBEDDED_POST_MIN_WORDS:
        return False
    if not any(w.rule == "chrome.embed" for w in page.verdicts[i + 1]):
        return False
    above = page.best(i - 1)
    opener = above is not None and above.label is _CHROME and above.rule.startswith("chrome.ui_word")
    return (opener or _quoting_paragraph(page, i - 1)) and _quoting_paragraph(page, i + 2)


#: a line of the story by its length alone has at least this many words
QUOTING_PARAGRAPH_WORDS = 12


def _quoting_paragraph(page: Page, k: int) -> bool:
    """Line ``k`` is a paragraph of the story: unclaimed, in the main content, prose or long."""
    shape = page.shapes[k]
    return page.best(k) is None and page.in_main(k) and (shape.prose or shape.words >= QUOTING_PARAGRAPH_WORDS)


_SCHEDULE_RULES = frozenset(("byline.date_only", "byline.place_date"))
#: HTML elements that hold one item of a list or one cell of a table
_ITEM_TAGS = frozenset(("li", "td", "th", "dd", "dt"))


def _in_html_list(page: Page, i: int) -> bool:
    """HTML: segment ``i`` is an item of a list or a cell of a table, next to another one.

    Inside the article, between its paragraphs, a date or a place and time in a
    list item or table cell is the story's schedule ("Oberlinden, Dorfplatz:
    9.00 bis 10.15 Uhr", "4. November | Erste Fahrt"), not its byline, which
    sits above the text (often in a list of its own: author, date, "Updated") or
    below it; the caller asks for a paragraph above the item.
    """
    if (page.segments[i].dom or {}).get("tag") not in _ITEM_TAGS:
        return False
    return any(0 <= j < len(page) and (page.segments[j].dom or {}).get("tag") in _ITEM_TAGS for j in (i - 1, i + 1))


#: the model takes article text away only when this sure (no article text lost) ...
#: (4-fold CV by site style over 416 train+dev pages, ``benchmarks/model_cv.py --set``:
#: DEMOTE/DEMOTE_SHORT 0.95/0.6 keep F1 0.9400, lost body tokens 1.61%; 0.98/0.7 0.9390, 1.39%)
DEMOTE = 0.98
#: ... or this sure of a paragraph it reads as furniture between two lines it reads as article
#: text (:func:`_in_flow`): an unmarked photo caption or an ad's copy set between two paragraphs,
#: which the model calls from the line's own features against its neighbours'. Where the model
#: reads a whole run of lines as furniture it is more often wrong about a region of the story
#: (a fact box, an interview's questions), so that case keeps :data:`DEMOTE`. 4-fold CV by
#: site style over the 599 train+dev pages (fold models of ``model_cv.py --save`` at 6c2aa2d,
#: re-scored with ``--load --set DEMOTE_IN_FLOW=...``), combined keep F1 / lost body tokens /
#: macro F1, and the real pages' tune half as text dumps (bundled model, keep F1 / lost):
#: 0.98 (as DEMOTE) 0.9374 / 1.402% / 0.8949, real 0.747 / 3.87%; 0.95 0.9378 / 1.402% /
#: 0.8954, real 0.747 / 3.87%; 0.93 0.9380 / 1.411% / 0.8958, real 0.747 / 3.90%; 0.9 0.9383 /
#: 1.411% / 0.8962; 0.85 0.9387 / 1.437%; 0.8 0.9391 / 1.44% / 0.8974, real 0.746 / 3.97%; 0.7
#: 0.9398 / 1.46% / 0.8985. Below 0.95 it trades lost text for keep F1 as DEMOTE does, and on
#: real pages the lines it then drops are paragraphs the model reads as captions (a caption
#: between two paragraphs is common in the synthetic corpus, rare in real dumps). The same
#: for short lines (DEMOTE_SHORT 0.6 / 0.5 in the flow): 0.9376 / 1.430%, 0.9376 / 1.450%.
DEMOTE_IN_FLOW = 0.95
#: ... but a kept line that is short or not prose (a label, a name, a one-line teaser,
#: a widget's text) costs little text when wrongly dropped and is most of the junk
#: kept, so it goes at a lower confidence
DEMOTE_SHORT = 0.7
SHORT_WORDS = 12
#: ... gives it back more readily ...
PROMOTE = 0.6
#: ... and a line the rules left outside the article (menus, teasers and comments above
#: or below it) at this confidence. 4-fold CV by site style over 592 train+dev pages (fold
#: models of the shipped settings, combined keep F1 / lost body tokens): 0.6 0.9290 / 1.29%,
#: 0.8 0.9300 / 1.31%, 0.9 0.9309 / 1.34%, 0.95 0.9314 / 1.37%, never 0.9308 / 1.80%: the
#: same trade of keep F1 for lost text as PROMOTE; on the real pages' tune half as text dumps
#: (bundled model) never 0.7555 against 0.7521 at 0.6
PROMOTE_OUTSIDE = 0.6
#: ... except a short line or one that is no prose more than :data:`FAR_LINES` lines away from
#: the rules' article, in no run of lines the model keeps that reaches the article
#: (:func:`_connected`): a menu's entry, a date, a pager's digit, a "Most read" title above or
#: below the story, which a real page's dump has by the dozen and the corpus's pages fewer of.
#: A run the model keeps that joins the article (a results table flattened one cell per line,
#: the story's last short lines) still comes back at PROMOTE_OUTSIDE, and so does a long
#: paragraph of prose however far (the story the rules' span missed). 4-fold CV by site style
#: over the 885 train+dev pages (the ninth session's fold models, ``model_cv.py --load --set``),
#: combined keep F1 / lost body tokens / macro F1, and the real pages' tune half as text dumps
#: (bundled model, keep F1 of body lines; ``PROMOTE_FAR`` 0.6 is the old behaviour): 0.6
#: 0.9430 / 1.37% / 0.9038, real 0.753; never (1.01) 0.9447 / 1.38% / 0.9042, real 0.770;
#: with FAR_LINES 5 0.9455 / 1.44%, real 0.778; 2 0.9458 / 1.49%; without the run test (by
#: distance alone) 0.9442 / 1.41%, real 0.772, and with long prose lines held back too 0.9445
#: / 1.43%. The real pages' article lines lost this way (recall of body lines 0.843 -> 0.828)
#: are nearly all one page's shop widget that its ground truth counts as article text.
PROMOTE_FAR = 1.01
FAR_LINES = 10
#: ... and moves a line between two non-article labels when it is the likelier label
SWAP = 0.5
#: rows of a table and runs of dates the rules found inside the article are the story's
#: own structure: the model may not take them away (4-fold CV by site style over 476
#: train+dev pages: the model's demotions of such lines removed no junk and lost 112 body
#: tokens; protected, combined keep F1 0.9381 -> 0.9389, lost 1.40% -> 1.33%, macro 0.8952 -> 0.8955)
KEEP_STRUCTURE = 1.01
_STRUCTURE_REASONS = (
    "decision.table_in_article",
    "decision.date_list_in_article",
    "decision.list_in_article",
    "decision.list_item_in_article",
)
# Thresholds by the model's label were tried and left out (same CV, fold models of the
# shipped settings, baseline 0.9380 / 1.46% / macro 0.8956): a long kept line the model
# reads as a caption dropped at 0.9 gave 0.9398 / 1.53% / 0.8982, a short one it reads
# as chrome dropped only at 0.9 gave 0.9364 / 1.41% / 0.8952, both 0.9383 / 1.47%: each
# trades keep F1 for lost body text at about the rate of DEMOTE and DEMOTE_SHORT; so do
# PROMOTE 0.5 / 0.7 (0.9369 / 1.46%, 0.9384 / 1.48%); SWAP 0.4-0.6 changes nothing.
# Also left out, on 476 pages with the list rule and core features (fold models of that run,
# baseline 0.9414 / 1.16% / macro 0.8975): a short prose line between two kept paragraphs
# that the model reads as a caption dropped only at DEMOTE, 0.9410 / 1.14% / 0.8968; and
# SHORT_WORDS 8 / 10 / 15 (without core features, baseline 0.9406 / 1.19%): 0.9392 / 1.11%,
# 0.9396 / 1.15%, 0.9419 / 1.34%, the same trade of keep F1 for lost text as DEMOTE_SHORT.
# Also left out (536 pages, fold models of the shipped settings, baseline macro 0.8999): a
# rule verdict of score 0.95 and up (an ad marker the model reads as chrome) relabelled
# between two dropped labels only when the model is 0.8 / 0.9 / 0.99 sure: macro 0.8996 /
# 0.8997 / 0.8988, keep F1 and lost text unchanged: the model's swaps are right more often.
# Also left out (599 pages, fold models of ``model_cv.py --save`` at 6c2aa2d, with
# DEMOTE_IN_FLOW 0.95, baseline 0.9378 / 1.402% / macro 0.8954): the converse of
# DEMOTE_IN_FLOW, a kept line the model reads as furniture with both neighbours read as
# furniture too (a run of teasers between paragraphs) dropped more readily: long lines at 0.95
# / 0.9 gave 0.9382 / 1.451%, 0.9386 / 1.474%, short lines at 0.6 / 0.5 (instead of
# DEMOTE_SHORT) 0.9378 / 1.409%, 0.9379 / 1.423%: in such runs the model is more often wrong
# about a whole region of the story. A bare date line the rules read as a date
# (``byline.date_only``, no clock time) under a line the model drops, given back only at 0.8 /
# 0.9 (it is mostly a teaser's date): 0.9380 / 1.402% / 0.8952, 0.9381 / 1.404% / 0.8951.
# PROMOTE 0.5 (before DEMOTE_IN_FLOW): 0.9373 / 1.360% against 0.9374 / 1.402%. With
# KEEP_ARTICLE 0.7 and MODEL_ARTICLE_WORDS 100 (baseline 0.9390 / 1.349% / 0.8960), DEMOTE 0.99
# 0.9386 / 1.325%, DEMOTE_SHORT 0.75 / 0.65 0.9383 / 1.334%, 0.9394 / 1.384%, DEMOTE_IN_FLOW
# 0.9 0.9396 / 1.358%, PROMOTE_OUTSIDE 0.7 0.9390 / 1.370%, HEADLINE_DOUBT 0.4 0.9389 / 1.357%:
# each the same trade of keep F1 for lost text; HEADLINE_PICK 0.5 / 0.7 and HEADLINE_DOUBT
# 0.6 move macro F1 by 0.0002 at most.


#: a list the article itself introduces is the story's own too: the model may not take its
#: items (or its short heading) away (:func:`_article_lists`). 4-fold CV by site style over
#: 476 train+dev pages (fold models of the shipped settings): combined keep F1 0.9389 ->
#: 0.9409, lost body tokens 1.33% -> 1.16%, macro F1 0.8955 -> 0.8962, protected from
#: sidebar and chrome; from every label, 0.9422 / 1.09% / 0.8977 -> 0.9422 / 1.07% / 0.8978
#: (fold models with the core= features, row kinds included)
KEEP_LIST = 1.01
#: the lead kinds (:func:`~newsclean.segments.runs.lead_kind`) of such list items, and
#: the row kinds (:func:`~newsclean.segments.runs.row_kind`) of lines with no lead kind that
#: are not paragraphs: rows of a table or a list without bullets (results, candidates,
#: opening hours); the row kinds took CV from 0.9414 / 1.16% / 0.8975 to 0.9422 / 1.09% /
#: 0.8977 (fold models with the core= features; without "paren" 0.9420 / 1.10%, without
#: "columns" 0.9420 / 1.13%)
LIST_KINDS = frozenset({"marker", "symbol", "num", "colon", "pipe", "columns", "dash", "paren"})


def _article_lists(page: Page, labels: list[Label]) -> set[int]:
    """Lines of the lists the article introduces, by the rules' ``labels``.

    A run of lines that open alike or are put together alike
    (:func:`~newsclean.segments.runs.runs` of :data:`LIST_KINDS`: bullets,
    numbers, star ratings, "Runtime: ..." fact lines, rows with " | " or
    " – " or columns, names with a party in brackets) that starts inside the article (from its headline to the span's
    end), after its first line, right below a line the rules keep: the
    paragraph or heading that introduces it. That line is protected too when
    it is a short heading (no full stop, or a colon at the end). A "Most read"
    list inside the span sits under a sidebar heading the rules drop, and a
    live blog's list of earlier entries opens with clock times: neither is
    protected.
    """
    if page.article is None:
        return set()
    start, end = page.article
    # the article starts at its headline (as in resolve()), which may sit above the span
    start = min(start, next((k for k, label in enumerate(labels) if label is _HEADLINE), start))
    texts, shapes = page.texts, page.shapes
    # a line's lead kind, else, unless it is a paragraph, its row kind
    kinds = [""] * (start + 1) + [
        lead_kind(t, sh) or ("" if sh.prose else row_kind(t)) for t, sh in zip(texts[start + 1 :], shapes[start + 1 :])
    ]
    out: set[int] = set()
    for first, last, kind in runs(kinds):
        if kind not in LIST_KINDS or not start < first < end or labels[first - 1] not in KEEP:
            continue
        out.update(range(first, last))
        head = shapes[first - 1]
        if head.words <= SHORT_WORDS and (not head.terminal or texts[first - 1].rstrip().endswith(":")):
            out.add(first - 1)
    return out


def _far_scrap(page: Page, i: int) -> bool:
    """Line ``i`` is short or no prose and more than :data:`FAR_LINES` lines from the rules' article."""
    shape = page.shapes[i]
    if (shape.prose and shape.words > SHORT_WORDS) or page.article is None:
        return False
    start, end = page.article
    return max(start - i, i - end + 1) > FAR_LINES


def _connected(labels: list[Label], rules: list[Label]) -> set[int]:
    """Lines in a run of lines the model keeps (``labels``) that holds or touches a line the rules keep."""
    out: set[int] = set()
    n = len(labels)
    i = 0
    while i < n:
        if labels[i] not in KEEP:
            i += 1
            continue
        j = i
        while j < n and labels[j] in KEEP:
            j += 1
        if any(rules[k] in KEEP for k in range(max(0, i - 1), min(n, j + 1))):
            out.update(range(i, j))
        i = j
    return out


def _in_flow(labels: list[Label], i: int) -> bool:
    """The model reads the lines right above and below line ``i`` as article text."""
    return 0 < i < len(labels) - 1 and labels[i - 1] in KEEP and labels[i + 1] in KEEP


def combine(page: Page, model: Sequence[tuple[Label, float, str]]) -> None:
    """Let the model overrule the rules' decision where it is sure enough.

    Asymmetric on purpose: dropping article text is the worst error, so the
    model needs :data:`DEMOTE` confidence to turn a kept line into furniture,
    and only :data:`PROMOTE` to turn furniture into article text. The model
    never creates a second headline. A firm rule verdict (score 0.85 and up)
    used to be out of the model's reach: letting the model overrule it too
    scored better on every figure of 4-fold CV by site style
    (``benchmarks/model_cv.py``, 416 pages: keep F1 0.9317 -> 0.9320, lost body
    tokens 2.43% -> 2.37%, macro F1 0.8883 -> 0.8915; 356 pages, neighbours at
    ±2: 0.9333 -> 0.9336, 1.90% -> 1.83%, 0.8845 -> 0.8886).

    Most lines keep the rules' label, so a model output that can answer
    lazily (:class:`LazyModelOutput`) is asked for the probability only of
    lines whose label it would change, and for its reason only where it wins
    (deferred to the reason's first reading: :func:`_reason_of`).
    """
    # duck-typed: an isinstance() test against the runtime-checkable protocol costs more than
    # the whole loop on a short page
    out: LazyModelOutput = model if hasattr(model, "probability") else _Eager(model)  # type: ignore[assignment]
    segments = page.segments
    n = len(segments)
    every = getattr(out, "labels", None)
    labels: list[Label] = every() if callable(every) else [out.label(i) for i in range(n)]
    rules_article = any(seg.label in KEEP for seg in segments)
    rules_words = _body_words(page)
    #: the rules' decision of every line the model changes, as it was before the change
    before: dict[int, tuple[Label, str, Reason, float]] = {}
    _choose_headline(page, out, labels, before)
    # on the rules' labels (and the headline the model may have moved), before the model
    # changes any other line
    snapshot = [seg.label for seg in segments]
    shapes = page.shapes
    items: set[int] | None = None
    connected: set[int] | None = None
    tables: set[int] | None = None
    for i, label in enumerate(labels):
        seg = segments[i]
        current = seg.label
        if label is current or label is _HEADLINE or current is _HEADLINE:
            continue  # the headline moves only in _choose_headline
        if current in KEEP and label not in KEEP:
            shape = shapes[i]
            long_prose = shape.words > SHORT_WORDS and shape.prose
            if seg.reason.startswith(_STRUCTURE_REASONS):
                needed = KEEP_STRUCTURE
            elif current is _BODY and i in (items if items is not None else (items := _article_lists(page, snapshot))):
                needed = KEEP_LIST
            elif long_prose:
                needed = DEMOTE_IN_FLOW if _in_flow(labels, i) else DEMOTE
            elif current is _BODY and _subheading(page, i, snapshot):
                needed = KEEP_SUBHEADING
            elif current is _BODY and _short_sentence_in_story(page, i, snapshot):
                needed = DEMOTE_SHORT_SENTENCE
            else:
                needed = DEMOTE_SHORT
        elif current not in KEEP and label in KEEP:
            if seg.reason.startswith(_OUTSIDE):
                needed = PROMOTE_OUTSIDE
                if _far_scrap(page, i) and i not in (
                    connected if connected is not None else (connected := _connected(labels, snapshot))
                ):
                    needed = PROMOTE_FAR
            else:
                needed = PROMOTE
            if shapes[i].words <= TABLE_CELL_WORDS and not shapes[i].prose:
                if tables is None:
                    tables = _standings(page)
                if i in tables:
                    needed = KEEP_STRUCTURE  # a league's table after the report: the site's widget
        else:
            needed = SWAP
        prob = out.probability(i)
        if prob >= needed:
            if i not in before:
                before[i] = (current, seg.detector, seg.why, seg.score)
            seg.decide(label, "model", _reason_of(out, i), prob)
    if not before:
        return
    words = _body_words(page)
    if not rules_article and (words < MODEL_ARTICLE_WORDS or not kept_story(page)):
        # what the model alone kept on a page the rules found no article on is scraps
        # (a few teaser summaries of an index page, or teaser titles each with its summary,
        # no two sentences in a row): an index page's right output is nothing; the model's
        # other changes (chrome to sidebar) stand
        _restore(page, before, lambda old, new: new in KEEP)
    elif rules_article and words < KEEP_ARTICLE * rules_words:
        # the model may trim an article, never erase it: a short article (a brief of two
        # paragraphs) read as a teaser would otherwise lose all its text
        _restore(page, before, lambda old, new: old in KEEP and new not in KEEP)


#: the model may leave no less than this share of the body words the rules kept: where it
#: would take more away, it is misreading a region of the page (a live blog's entries read as
#: readers' comments, a story read as a menu), not trimming furniture, and none of its
#: demotions on that page stand. 4-fold CV by site style over the 599 train+dev pages (fold
#: models of ``model_cv.py --save`` at 6c2aa2d, ``--load --set KEEP_ARTICLE=...``, with
#: DEMOTE_IN_FLOW 0.95), combined keep F1 / lost body tokens / macro F1: 0.5 0.9378 / 1.402% /
#: 0.8954; 0.6 0.9382 / 1.359% / 0.8954; 0.65 the same; 0.7 0.9383 / 1.349% / 0.8954; 0.75
#: 0.9380 / 1.340%; 0.8 0.9373 / 1.309% / 0.8951; 0.9 0.9337 / 1.201% / 0.8933 (0.5 -> 0.7
#: changes three pages: a live blog and a local story get 91 body tokens back, a section
#: front keeps 11 tokens of teasers). The real pages' tune half as text dumps (bundled model)
#: is 0.747 / 3.87% at 0.5 and 0.7.
KEEP_ARTICLE = 0.7


def _body_words(page: Page) -> int:
    return sum(page.shapes[i].words for i, seg in enumerate(page.segments) if seg.label is _BODY)


def _restore(
    page: Page, before: dict[int, tuple[Label, str, Reason, float]], undo: Callable[[Label, Label], bool]
) -> None:
    """Give back the rules' decision where ``undo(rules' label, model's label)`` says so."""
    for i, (label, detector, reason, score) in before.items():
        seg = page.segments[i]
        if undo(label, seg.label):
            seg.decide(label, detector, reason, score)


#: where the rules found no article, the model's must hold at least this many words of body.
#: 4-fold CV by site style over the 599 train+dev pages (fold models of ``model_cv.py --save``
#: at 6c2aa2d, ``--load --set MODEL_ARTICLE_WORDS=...``, with DEMOTE_IN_FLOW 0.95 and
#: KEEP_ARTICLE 0.7), combined keep F1 / lost body tokens / macro F1: 60 0.9383 / 1.349% /
#: 0.8954; 80 0.9385 / 1.349% / 0.8957; 90, 100, 150 and never an article of the model's own
#: 0.9390 / 1.349% / 0.8960: on three section fronts (de, en, pt) the model made an "article"
#: of 70 to 90 words out of teaser summaries; from 90 up to never the figures do not move. 100
#: keeps a short article of two paragraphs findable by the model; the real pages' tune
#: half as text dumps (bundled model) is 0.747 / 3.87% at 60, 100 and never.
MODEL_ARTICLE_WORDS = 100


def _subheading(page: Page, i: int, labels: list[Label]) -> bool:
    """A short unpunctuated line in the article flow, right above a kept paragraph.

    The story's own subheading ("South Korea", "What happens next"): it follows a
    paragraph, maybe with a widget (a promo, a caption) between. Captions are
    mostly sentences with a full stop; teasers and widgets rarely sit right above
    a paragraph with the article going on on both sides.
    """
    shape = page.shapes[i]
    if shape.terminal or shape.words > SHORT_WORDS or not 0 < i < len(page) - 1:
        return False
    if labels[i + 1] is not _BODY or not page.shapes[i + 1].prose:
        return False
    for j in range(i - 1, max(-1, i - 1 - SUBHEADING_REACH), -1):
        label = labels[j]
        if label is Label.BODY:
            return page.shapes[j].prose
        if label is Label.HEADLINE:
            return False
    return False


#: a cell of a league table flattened one per line has at most this many words ("Wexford State")
TABLE_CELL_WORDS = 4
#: "EPC standings", "League table": a standings table's heading in the dump (besides :data:`STANDINGS`)
_STANDINGS_TAIL = ("standings", "table", "tabelle", "tabell")


def _standings(page: Page) -> set[int]:
    """The lines of the league tables outside the article: a standings heading ("Tabell",
    "EPC standings", "Турнирная таблица") the rules left outside the article, and the short
    cells under it, one per line. The model reads them as a table of the story; they are the
    site's widget, and it gives none of them back."""
    out: set[int] = set()
    shapes, segments = page.shapes, page.segments
    n = len(page)
    for h in range(n):
        if shapes[h].words > TABLE_CELL_WORDS or shapes[h].prose:
            continue
        text = page.texts[h].strip()
        if not (STANDINGS.match(text) or (shapes[h].words == 2 and text.lower().endswith(_STANDINGS_TAIL))):
            continue
        if not segments[h].reason.startswith(_OUTSIDE):
            continue
        k = h + 1
        while k < n and shapes[k].words <= TABLE_CELL_WORDS and not shapes[k].prose and segments[k].label not in KEEP:
            k += 1
        if k - h > TABLE_MIN_CELLS:
            out.update(range(h, k))
    return out


#: a table has more than this many cells under its heading
TABLE_MIN_CELLS = 6
#: the reasons of the lines the rules put outside the article (readers' comments there too)
_OUTSIDE = ("decision.outside_article", "decision.comment_section")


def _short_sentence_in_story(page: Page, i: int, labels: list[Label]) -> bool:
    """A short sentence the rules keep between two paragraphs they keep ("The count finished
    shortly after 1am."): the story's, unless the model is very sure of a caption or teaser."""
    shape = page.shapes[i]
    if not shape.sentence_end or shape.words < SHORT_SENTENCE_WORDS or not 0 < i < len(page) - 1:
        return False
    shapes = page.shapes
    return labels[i - 1] is _BODY and labels[i + 1] is _BODY and shapes[i - 1].prose and shapes[i + 1].prose


#: a short sentence has at least this many words
SHORT_SENTENCE_WORDS = 6
DEMOTE_SHORT_SENTENCE = 0.95


#: the model never drops a subheading (a hard case the issue names: short in-article
#: subheadings stay body); a probability is never above 1
KEEP_SUBHEADING = 1.01
#: how far above a subheading the previous paragraph may be (a promo or caption between)
SUBHEADING_REACH = 6


#: the model moves the headline only when this sure of its own pick ...
HEADLINE_PICK = 0.6
#: ... and when it reads the rules' pick as something else at least this surely
HEADLINE_DOUBT = 0.5


def _choose_headline(
    page: Page, out: LazyModelOutput, labels: list[Label], before: dict[int, tuple[Label, str, Reason, float]]
) -> None:
    """One headline per page: the model's pick replaces the rules' when it is sure of
    its own and doubts theirs (or the rules found none on an article page).

    The rules pick the headline by position and shape; on pages where a kicker,
    a dek or a teaser sits just above the first paragraph they pick wrong, and
    the real title is then dropped as furniture.
    """
    picks = [(out.probability(i), i) for i, label in enumerate(labels) if label is _HEADLINE]
    if not picks:
        return
    prob, best = max(picks)
    if prob < HEADLINE_PICK or page.segments[best].label is Label.HEADLINE:
        return
    current = next((i for i, seg in enumerate(page.segments) if seg.label is Label.HEADLINE), None)
    if current is None:
        if not any(seg.label is Label.BODY for seg in page.segments):
            return  # an index page stays without an article
    else:
        label = out.label(current)
        if label is _HEADLINE:
            return
        title, pick = page.lows[current].strip(), page.lows[best].strip()
        if title in pick:
            return  # the model's pick holds the rules' title (and more: a breadcrumb, "Section | title")
        if _next_to_title(page, current, best):
            return
        doubt = out.probability(current)
        if doubt < HEADLINE_DOUBT:
            return
        _note(page, current, before)
        page.segments[current].decide(label, "model", _reason_of(out, current), doubt)
    _note(page, best, before)
    page.segments[best].decide(_HEADLINE, "model", _reason_of(out, best), prob)


def _next_to_title(page: Page, current: int, best: int) -> bool:
    """The model's pick is the line right next to the rules' headline (no line between)
    and the rules' pick reads as a headline itself (:func:`_headline_shaped`): then the
    pick is the title's companion, not the title. Right below, it is the standfirst (the
    model reads "a line over the byline" as the title); right above, the page's title
    bar, a live banner or a breadcrumb ending in the title.

    4-fold CV by site style over the 885 train+dev pages (the saved fold models): of the
    model's 88 headline moves (first and second pass), 26 put the headline on a wrong
    line; this rule stops 22 of them and 1 of the 54 right moves (a fixture line "A v B,
    Day 1" over the title).
    """
    lo, hi = (current, best) if current < best else (best, current)
    if any(page.texts[k] for k in range(lo + 1, hi)):
        return False
    return _headline_shaped(page, current)


#: characters that make a line a bar of parts (breadcrumb, ticker, "Section | Title"),
#: not one headline
_BAR_CHARS = frozenset("|·/›•>")
#: a headline has at least this many words (shorter: a kicker, a section, "Vol. 78")
HEADLINE_SHAPED_WORDS = 6


def _headline_shaped(page: Page, i: int) -> bool:
    """Line ``i`` reads as a headline of its own: title-like, six words or more, no bar of
    parts, no "Label:" or "Kicker." lead of three words or fewer."""
    shape = page.shapes[i]
    if not shape.title_like or shape.words < HEADLINE_SHAPED_WORDS:
        return False
    text = page.texts[i]
    if not _BAR_CHARS.isdisjoint(text):
        return False
    cut = min((k for k in (text.find(":"), text.find(". ")) if k > 0), default=-1)
    return cut < 0 or len(text[:cut].split()) > 3


def _note(page: Page, i: int, before: dict[int, tuple[Label, str, Reason, float]]) -> None:
    seg = page.segments[i]
    before.setdefault(i, (seg.label, seg.detector, seg.why, seg.score))


#: a segment's reason, or a function that gives it (:meth:`~newsclean.types.Segment.decide`)
Reason = str | Callable[[], str]


def _reason_of(out: LazyModelOutput, i: int) -> Reason:
    """The model's reason for line ``i``, worked out when first read where the output can defer it
    (:meth:`~newsclean.detectors.model.sequence.Prediction.reason_later`): a filter that
    prints the article never reads the reasons of the thousands of lines the model relabels
    on a long page."""
    later = getattr(out, "reason_later", None)
    return later(i) if later is not None else out.reason(i)


@runtime_checkable
class LazyModelOutput(Protocol):
    """A model's output that gives a segment's label, probability and reason separately."""

    def label(self, i: int) -> Label: ...

    def probability(self, i: int) -> float: ...

    def reason(self, i: int) -> str: ...


class _Eager:
    """:class:`LazyModelOutput` over a plain sequence of ``(label, probability, reason)``."""

    def __init__(self, items: Sequence[tuple[Label, float, str]]) -> None:
        self._items = items

    def label(self, i: int) -> Label:
        return self._items[i][0]

    def probability(self, i: int) -> float:
        return self._items[i][1]

    def reason(self, i: int) -> str:
        return self._items[i][2]
