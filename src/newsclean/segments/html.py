"""HTML page → segments: one segment per visible text block, in document order.

The HTML counterpart of :mod:`newsclean.segments.text`: the rule detectors and
the decision stage read the same :class:`~newsclean.types.Segment` list
whichever the input was.

* A block ends wherever a block-level element (:data:`~newsclean.segments.dom.BLOCK`,
  custom elements included) starts or ends, and at ``<br>``; inline elements
  are joined. White space is collapsed; the content of ``script``, ``style``,
  ``noscript``, ``template``, ``svg``, ``head``, ``iframe`` and the like
  (:data:`~newsclean.segments.dom.SKIP`) is not text, nor is an element hidden by
  its own markup (a ``hidden`` attribute, ``display: none`` or ``visibility:
  hidden`` in its ``style``), as readability and the benchmark's dump also skip it;
  nor is a hover card inside a sentence (a ``<span>`` with a ``rollover``,
  ``hovercard``, ``popover`` or ``tooltiptext`` class that is shown only while
  the pointer is over the link it follows).
* Two inline elements that touch (``</span><span>``) are joined with a space:
  sites style such spans as separate lines (a caption and its credit), and
  words are rarely split across elements.
* ``Segment.line`` is the segment's ordinal (there are no input lines) and the
  page's ``line_count`` is the number of segments. ``blank_before`` plays the
  part of the blank line of a text dump: True when a paragraph-level element
  (:data:`~newsclean.segments.dom.PARAGRAPH`) starts or ends, or after two
  ``<br>`` in a row, since the previous block; a ``div`` or a table cell alone
  only breaks the line, unless it holds a paragraph of prose (80 characters
  or more, 9 words, ending a sentence, not a link): that block and the
  unlinked line right above it (its subheading) are set apart like a ``<p>``.
* ``Segment.dom`` holds the block's DOM features (:mod:`newsclean.segments.dom`);
  ``in_comments`` is taken back where the page's ``<h1>`` sits in the same blocks named for
  comments (an opinion piece's "tone-comment" section: :func:`_title_not_in_comments`).

The tree is walked with ``lxml.etree.iterwalk``, a loop rather than a
recursion, so depth costs no Python stack; parsing is in
:mod:`newsclean.segments.htmlparse`, page metadata in
:mod:`newsclean.segments.htmlmeta`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import lxml.etree

from newsclean.segments.dom import COMMENT_WORDS, EMPTY, PARAGRAPH, SKIP, Context, image_src, is_block
from newsclean.segments.htmlmeta import no_meta, page_meta
from newsclean.segments.htmlparse import parse_html
from newsclean.types import Segment

#: per segment, its text pieces as ``(element the text belongs to, non-space characters)``
Sources = list[list[tuple[Any, int]]]

_IMAGES = frozenset({"img", "amp-img", "amp-anim"})

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


#: class words of a card shown only while the pointer is over a link (a person's photo and
#: latest stories inside a sentence)
_HOVER_WORDS = ("rollover", "hovercard", "hover-card", "popover", "tooltiptext")


def _hidden(el: Any) -> bool:
    """``el`` is hidden by its own markup: a ``hidden`` attribute or an inline style."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style and _HIDDEN_STYLE.search(style))


#: a block of this many characters (white space aside) ending a sentence is a paragraph of prose
PROSE_CHARS = 80
_SENTENCE_END = re.compile(r"[.?!…][\"'”’»)]*$")


def _prose(text: str, chars: int) -> bool:
    return chars >= PROSE_CHARS and text.count(" ") >= 8 and _SENTENCE_END.search(text) is not None


def _hover_card(el: Any) -> bool:
    """``<span>`` ``el`` is a hover card: a hover class word, no text of its own before its
    first child, and that child no link (the link the card belongs to stays)."""
    cls = el.get("class")
    if not cls or not any(w in cls for w in _HOVER_WORDS) or (el.text and el.text.strip()):
        return False
    first = next(iter(el), None)
    return first is not None and first.tag != "a"


#: a utility class that displays an inline element as a block (Tailwind's "block"): a
#: ``<span class="block ...">`` in a heading is a line of its own, most often the kicker over
#: the title in the same ``<h2>`` ("<span class='block'>Wohnungsbau in Leipzig</span><span>Title</span>")
BLOCK_CLASS = "block"


def _block_span(el: Any) -> bool:
    """``<span>`` ``el`` is displayed as a block by a utility class (:data:`BLOCK_CLASS`)."""
    cls = el.get("class")
    return bool(cls) and BLOCK_CLASS in cls.split()


def segment_html(text: str) -> tuple[list[Segment], dict[str, object], int]:
    """Segment an HTML page; return ``(segments, page metadata, line_count)``.

    The metadata is :func:`~newsclean.segments.htmlmeta.page_meta` plus
    ``images``: a list of ``{"src", "caption"}`` for every ``<figure>`` with an
    image or a caption. A page with no document or an empty body gives ``[]``.
    """
    segments, meta, count, _ = segment_html_blocks(text)
    return segments, meta, count


def segment_html_blocks(text: str, *, find_date: bool = True) -> tuple[list[Segment], dict[str, object], int, Blocks]:
    """:func:`segment_html`, plus the tree of block elements (:class:`Blocks`).

    Every segment's ``dom["block"]`` is the number of the block element it sits in.
    ``find_date=False`` leaves the metadata's ``published`` None (htmldate is not asked).
    """
    walked = _walked(text, keep_elements=False, find_date=find_date)
    if walked is None:
        return [], {**no_meta(), "images": []}, 0, Blocks()
    walker, meta = walked
    return walker.segments, meta, len(walker.segments), walker.tree


@dataclass
class Blocks:
    """The block elements of a page, numbered in document order (``0`` is the root).

    ``parent[n]`` is the enclosing block of block ``n`` (``-1`` for the root);
    the blocks inside ``n`` are numbered ``n + 1`` to ``end[n] - 1``;
    ``contexts[n]`` is its :class:`~newsclean.segments.dom.Context`.
    """

    parent: list[int] = field(default_factory=lambda: [-1])
    end: list[int] = field(default_factory=lambda: [1])
    contexts: list[Context] = field(default_factory=lambda: [Context.root()])

    def open(self, parent: int, ctx: Context) -> int:
        n = len(self.parent)
        self.parent.append(parent)
        self.end.append(n + 1)
        self.contexts.append(ctx)
        return n

    def close(self, n: int) -> None:
        self.end[n] = len(self.parent)

    def own_classes(self, n: int) -> frozenset[str]:
        """The class/id words of block ``n``'s own element (``EMPTY`` when it has none)."""
        p = self.parent[n]
        levels = self.contexts[n].levels
        if p < 0 or not levels or levels is self.contexts[p].levels:
            return EMPTY
        return levels[0]


def segment_with_sources(
    text: str, *, keep_elements: bool = True
) -> tuple[list[Segment], dict[str, object], int, Sources]:
    """:func:`segment_html`, plus per segment the elements its text came from.

    An internal hook for the labelled corpus (:mod:`newsclean.bench.htmlcorpus`):
    the element a piece of text belongs to is its parent element (the element
    itself for ``el.text``, the enclosing one for a tail). With
    ``keep_elements=False`` the sources list is empty.
    """
    walked = _walked(text, keep_elements=keep_elements)
    if walked is None:
        return [], {**no_meta(), "images": []}, 0, []
    walker, meta = walked
    return walker.segments, meta, len(walker.segments), walker.sources


def _walked(text: str, *, keep_elements: bool, find_date: bool = True) -> tuple[_Walker, dict[str, object]] | None:
    """Parse and walk a page once; the walker (segments, tree, sources) and the page's
    metadata with its ``images``. None when there is no document."""
    root = parse_html(text)
    if root is None:
        return None
    walker = _Walker(keep_elements)
    walker.walk(root)
    _title_not_in_comments(walker.segments, walker.tree)
    meta = page_meta(root, len(text), find_date=find_date)
    meta["images"] = walker.images
    claims = meta.pop("jsonld_claims", None)
    if claims and isinstance(claims, list):
        _mark_claims(walker.segments, claims)
    return walker, meta


def _mark_claims(segments: list[Segment], claims: list[str]) -> None:
    """Mark ``dom["claim_review"]`` on the segments that print a fact check's reviewed claim or
    its rating (:func:`~newsclean.segments.htmlmeta.jsonld_claims`): its claim box, which the
    decision keeps with the article wherever the page's layout sets it."""
    wanted = {" ".join(c.split()).casefold() for c in claims}
    for seg in segments:
        if seg.dom is not None and " ".join(seg.text.split()).casefold() in wanted:
            seg.dom["claim_review"] = True


#: an ``<h1>`` of fewer words heads no article (:func:`_title_not_in_comments`)
TITLE_WORDS = 4


def _comment_blocks(tree: Blocks, b: int) -> frozenset[int]:
    """The blocks from ``b`` up whose own class/id words name comments."""
    found = []
    while b > 0:
        if not COMMENT_WORDS.isdisjoint(tree.own_classes(b)):
            found.append(b)
        b = tree.parent[b]
    return frozenset(found)


def _title_not_in_comments(segments: list[Segment], tree: Blocks) -> None:
    """Readers' comments never hold the article's headline: where the page's ``<h1>`` sits in a
    block named for comments ("tonal--tone-comment", "article--section-comment": an opinion
    piece's section), those blocks are the article's, and ``in_comments`` holds only inside
    another one (the comments' own container inside the article's)."""
    title = next((s for s in segments if s.dom is not None and s.dom["is_heading"] == 1), None)
    if title is None or title.dom is None or not title.dom["in_comments"]:
        return
    if len(title.text.split()) < TITLE_WORDS:
        return  # "Comments", "Leave a Reply", "12 Comments": the comments' own heading
    around = _comment_blocks(tree, int(title.dom["block"]))  # type: ignore[call-overload]
    if not around:
        return
    for seg in segments:
        dom = seg.dom
        if dom is not None and dom["in_comments"]:
            mine = _comment_blocks(tree, int(dom["block"]))  # type: ignore[call-overload]
            if mine and mine <= around:
                dom["in_comments"] = False


@dataclass
class _Figure:
    """An open ``<figure>``: its first image, its segments and its caption text."""

    src: str | None = None
    doms: list[dict[str, object]] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


class _Walker:
    """One pass over the tree, collecting text into blocks; all state lives here."""

    def __init__(self, keep_elements: bool) -> None:
        self.keep = keep_elements
        self.segments: list[Segment] = []
        self.sources: Sources = []
        self.images: list[dict[str, str | None]] = []
        top = Context.root()
        # per open element: its context, or None for a skipped element
        self.contexts: list[Context | None] = [top]
        # the contexts of the open block elements, innermost last
        self.blocks: list[Context] = [top]
        self.tree = Blocks()
        # the numbers (in ``tree``) of the open block elements, innermost last
        self.block_ids: list[int] = [0]
        self.figures: list[_Figure] = []
        self.links = 0  # open <a> elements
        self.times = 0  # open <time> elements
        # the block being collected
        self.buf: list[str] = []
        self.link_chars = 0
        self.time_chars = 0
        self.pieces: list[tuple[Any, int]] = []
        self.touch = False  # an inline element just ended, no text since
        self.brs = 0  # <br> since the last segment
        self.paragraph = False  # a paragraph break since the last segment

    def walk(self, root: Any) -> None:
        events = lxml.etree.iterwalk(root, events=("start", "end"))
        for event, el in events:
            if event == "start":
                if self.start(el):
                    events.skip_subtree()
            else:
                self.end(el)
        self.flush()
        self.tree.close(0)

    def start(self, el: Any) -> bool:
        """Open ``el``; True when its subtree is to be skipped."""
        tag = el.tag
        parent = self.contexts[-1]
        if (
            parent is None
            or not isinstance(tag, str)
            or tag in SKIP
            or _hidden(el)
            or (tag == "span" and _hover_card(el))
        ):
            self.contexts.append(None)
            return True
        ctx = parent.child(el, tag)
        self.contexts.append(ctx)
        if tag == "br":
            self.flush()
            self.brs += 1
            if self.brs >= 2:
                self.paragraph = True
        elif tag == "span" and ctx.heading and _block_span(el):
            self.flush()  # a kicker on a line of its own above the title, in the same heading
        elif is_block(tag):
            self.flush()
            self.blocks.append(ctx)
            self.block_ids.append(self.tree.open(self.block_ids[-1], ctx))
            if tag in PARAGRAPH:
                self.paragraph = True
            if tag == "figure":
                self.figures.append(_Figure())
        else:
            if self.touch:
                self.buf.append(" ")
                self.touch = False
            if tag == "a":
                self.links += 1
            elif tag == "time":
                self.times += 1
        if tag in _IMAGES and self.figures and self.figures[-1].src is None:
            self.figures[-1].src = image_src(el)
        if el.text:
            self.add(el.text, el)
        return False

    def end(self, el: Any) -> None:
        ctx = self.contexts.pop()
        if ctx is not None:
            tag = ctx.tag
            if tag != "br" and is_block(tag):
                self.flush()
                self.blocks.pop()
                self.tree.close(self.block_ids.pop())
                if tag in PARAGRAPH:
                    self.paragraph = True
                if tag == "figure":
                    self.close_figure()
            elif tag == "a":
                self.links -= 1
                self.touch = True
            elif tag == "time":
                self.times -= 1
                self.touch = True
            elif tag == "span" and ctx.heading and _block_span(el):
                self.flush()
            elif tag != "br":
                self.touch = True
        if el.tail:
            self.add(el.tail, el.getparent() if self.keep else None)

    def add(self, text: str, owner: Any) -> None:
        """Add a piece of text (belonging to element ``owner``) to the current block."""
        self.buf.append(text)
        self.touch = False
        if self.links or self.keep or self.times:
            chars = len("".join(text.split()))
            if self.links:
                self.link_chars += chars
            if self.times:
                self.time_chars += chars
            if self.keep:
                self.pieces.append((owner, chars))

    def flush(self) -> None:
        """End the current block: make it a segment if it holds any text."""
        if not self.buf:
            return
        text = " ".join("".join(self.buf).split())
        if text:
            n = len(self.segments)
            ctx = self.blocks[-1]
            chars = len(text) - text.count(" ")
            dom = dict(ctx.features())
            dom["is_link"] = self.link_chars >= chars
            dom["link_density"] = min(self.link_chars / chars, 1.0) if chars else 0.0
            dom["time_density"] = min(self.time_chars / chars, 1.0) if chars else 0.0
            dom["src"] = None
            dom["block"] = self.block_ids[-1]
            # a paragraph of prose in a bare container (``<div class="paragraph">``) is set apart
            # like a <p>: the text rules read a run of unbroken lines as a list
            prose = ctx.tag not in PARAGRAPH and _prose(text, chars) and not dom["is_link"]
            if prose and not self.paragraph and self.segments:
                # ... and so is the short line without links right above it (its subheading)
                above = self.segments[-1]
                if above.dom is not None and not above.dom["link_density"] and above.dom["tag"] not in PARAGRAPH:
                    above.blank_before = True
            self.segments.append(Segment(index=n, line=n, text=text, blank_before=self.paragraph or prose, dom=dom))
            if self.keep:
                self.sources.append(self.pieces)
            if self.figures:
                fig = self.figures[-1]
                fig.doms.append(dom)
                if dom["in_figcaption"]:
                    fig.captions.append(text)
            self.paragraph = prose
            self.brs = 0
        self.buf = []
        self.pieces = []
        self.link_chars = 0
        self.time_chars = 0
        self.touch = False

    def close_figure(self) -> None:
        """A ``<figure>`` ended: give its segments its image, record it in ``images``."""
        fig = self.figures.pop()
        for dom in fig.doms:
            if dom["src"] is None:
                dom["src"] = fig.src
        if fig.src is None and self.figures:
            self.figures[-1].doms += fig.doms  # an image of an enclosing figure may come later
        if fig.src or fig.captions:
            self.images.append({"src": fig.src, "caption": " ".join(fig.captions) or None})
