"""DOM facts about a text block, for detectors that can use them (``Segment.dom``).

The HTML segmenter walks the tree once; for every element it derives a
:class:`Context` from its parent's (sharing the parent's sets when the element
adds nothing), so the features of a block cost O(1) per element and never a
walk up the ancestors, however deep the page.

The feature dict of a segment (:meth:`Context.features` plus the per-block
``is_link``, ``link_density`` and ``src``) holds:

==============  ==============================================================
tag             the block element the text sits in (``p``, ``div``, ``td`` ...)
ancestors       frozenset of the tag names above it, up to and with ``body``
classes         frozenset of the lower-cased words of the ``class`` and ``id``
                of the element and its ancestors, split on ``-``, ``_`` and
                spaces (at most :data:`MAX_TOKENS`; the element's own first; a blog
                post's topic classes, "category-..." and "tag-...", left out)
itemprop, role  frozensets of the ``itemprop`` / ``role`` values, self and up
in_figure ...   booleans: in_figure, in_figcaption, in_aside, in_nav,
                in_footer, in_header, in_article, in_main, in_comments,
                in_form, in_list, in_table (element itself included)
is_heading      0, or the level 1-6 of the nearest heading, self or above
is_link         every character of the block is inside an ``<a>``
link_density    characters inside ``<a>`` / all characters (white space aside)
time_density    characters inside ``<time>`` / all characters (white space aside)
src             the first image of the enclosing ``<figure>``, or None
==============  ==============================================================
"""

from __future__ import annotations

import re
from typing import Any


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: elements whose content is not visible text; their subtree is skipped
SKIP = _names(
    "script style noscript template svg math head iframe frameset noframes noembed "
    "object embed canvas audio video textarea select datalist title"
)

#: elements that start and end a text block (``br`` too, handled apart);
#: custom elements (a ``-`` in the name: ``amp-carousel``) count as blocks
BLOCK = _names(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend "
    "li listing main menu nav ol optgroup option p plaintext pre search section summary "
    "table tbody td tfoot th thead tr ul xmp"
)

#: block elements that also break paragraphs (a blank line in a text dump);
#: the rest (``div``, table cells, custom elements) only break lines
PARAGRAPH = _names(
    "address article aside blockquote caption details dialog dd dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ol p pre "
    "search section summary table tr ul"
)

HEADINGS = {f"h{n}": n for n in range(1, 7)}

#: at most this many class/id words are kept per context (a bound for deep pages);
#: beyond it an element's own words are kept and some inherited ones dropped
MAX_TOKENS = 128

#: how many class-bearing elements, from the block up, count as "near" (``near_classes``)
NEAR_LEVELS = 3

_WORD = re.compile(r"[^\W_]+")
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "disqus", "respond"})
#: class/id words of a readers' comments container (``in_comments``)
COMMENT_WORDS = _COMMENT_WORDS
_EMPTY: frozenset[str] = frozenset()
#: the empty word set (shared: ``is EMPTY`` tests are cheap)
EMPTY = _EMPTY
_WORDS_CACHE: dict[str, frozenset[str]] = {}


def is_block(tag: str) -> bool:
    return tag in BLOCK or "-" in tag


class Context:
    """What an element and its ancestors say about the text inside it."""

    __slots__ = ("_features", "above", "heading", "itemprops", "levels", "roles", "tag", "tags", "tokens")

    def __init__(
        self,
        tag: str,
        above: frozenset[str],
        tags: frozenset[str],
        tokens: frozenset[str],
        itemprops: frozenset[str],
        roles: frozenset[str],
        heading: int,
        levels: tuple[frozenset[str], ...] = (),
    ) -> None:
        self.tag = tag
        #: class/id words of the nearest NEAR_LEVELS elements that have any (own first)
        self.levels = levels
        self.above = above
        self.tags = tags
        self.tokens = tokens
        self.itemprops = itemprops
        self.roles = roles
        self.heading = heading
        self._features: dict[str, object] | None = None

    @classmethod
    def root(cls) -> Context:
        return cls("html", _EMPTY, _EMPTY, _EMPTY, _EMPTY, _EMPTY, 0)

    def child(self, el: Any, tag: str) -> Context:
        """The context of element ``el`` (tag name ``tag``) inside this one."""
        tags = self.tags if tag in self.tags or tag == "html" else self.tags | {tag}
        tokens, itemprops, roles = self.tokens, self.itemprops, self.roles
        own: frozenset[str] = _EMPTY
        for name, value in el.items():
            if name == "class" or name == "id":
                if name == "class" and ("category-" in value or "tag-" in value):
                    value = _without_taxonomy(value)
                words = _words(value)
                own = own | words
                new = words - tokens
                if new:
                    tokens = _merge(tokens, new)
            elif name == "itemprop":
                if value.strip():
                    itemprops = itemprops | frozenset(value.split())
            elif name == "role" and value.strip():
                roles = roles | frozenset(value.lower().split())
        levels = ((own, *self.levels)[:NEAR_LEVELS]) if own else self.levels
        return Context(tag, self.tags, tags, tokens, itemprops, roles, HEADINGS.get(tag, self.heading), levels)

    def features(self) -> dict[str, object]:
        """The block-level features (shared per context; copy before changing)."""
        if self._features is None:
            tags, roles = self.tags, self.roles
            self._features = {
                "tag": self.tag,
                "ancestors": self.above,
                "classes": self.tokens,
                "near_classes": frozenset().union(*self.levels) if self.levels else _EMPTY,
                "own_classes": self.levels[0] if self.levels else _EMPTY,
                "itemprop": self.itemprops,
                "role": self.roles,
                "is_heading": self.heading,
                "in_figure": "figure" in tags,
                "in_figcaption": "figcaption" in tags,
                "in_aside": "aside" in tags or "complementary" in roles,
                "in_nav": "nav" in tags or "navigation" in roles,
                # a <footer> inside a <blockquote> holds the quote's source ("<footer><cite>Jane
                # Roe, mayor</cite>"), a line of the article, not the page's footer
                "in_footer": ("footer" in tags and "blockquote" not in tags) or "contentinfo" in roles,
                "in_header": "header" in tags or "banner" in roles,
                "in_article": "article" in tags or "article" in roles,
                "in_main": "main" in tags or "main" in roles,
                "in_comments": not _COMMENT_WORDS.isdisjoint(self.tokens),
                "in_form": "form" in tags or "search" in roles,
                "in_list": not tags.isdisjoint(("ul", "ol", "li", "dl", "dt", "dd", "menu")),
                "in_table": not tags.isdisjoint(("table", "tr", "td", "th")),
            }
        return self._features


def _merge(inherited: frozenset[str], own: frozenset[str]) -> frozenset[str]:
    """``inherited | own``, cut to :data:`MAX_TOKENS` by dropping inherited words (sorted last)."""
    if len(inherited) + len(own) <= MAX_TOKENS:
        return inherited | own
    room = max(MAX_TOKENS - len(own), 0)
    return own | frozenset(sorted(inherited)[:room])


#: a post's own classes from a blog engine (WordPress's ``post_class``: "post-123 type-post
#: status-publish format-standard hentry"; Ghost's "post"): beside them, "category-..." and
#: "tag-..." name the post's topics, not the element's role
_POST_MARKER = re.compile(
    r"(?:^|\s)(?:hentry|post|type-post|status-publish|format-[a-z]+|post-\d+|postid-\d+)(?=\s|$)", re.I
)
_TAXONOMY = re.compile(r"(?:^|(?<=\s))(?:category|tag)-\S+", re.I)


def _without_taxonomy(value: str) -> str:
    """A class value less the topic classes a blog engine adds to a post ("category-comment",
    "tag-credit-cards", "tag-ad-industry"): an opinion piece filed under "Comment" is no
    readers' comment, a story tagged "credit cards" no photo credit."""
    if not _POST_MARKER.search(value):
        return value
    return _TAXONOMY.sub("", value)


#: a page builder's name for every element it lays out, the story's text included
#: (Elementor: "elementor-widget elementor-widget-text-editor", "elementor-widget-container"):
#: its "widget" names no sidebar widget; the words after it still count ("elementor-widget-share-buttons",
#: "elementor-widget-wp-widget-recent-posts")
_BUILDER_WIDGET = re.compile(r"(?:^|(?<=\s))elementor-widget(?=[-\s]|$)")


def _words(value: str) -> frozenset[str]:
    """The lower-cased words of a class or id value (cached: pages repeat their classes)."""
    words = _WORDS_CACHE.get(value)
    if words is None:
        if len(_WORDS_CACHE) >= 4096:
            _WORDS_CACHE.clear()
        lower = value.lower()
        if "elementor-widget" in lower:
            lower = _BUILDER_WIDGET.sub(" ", lower)
        words = frozenset(_WORD.findall(lower)[:MAX_TOKENS])
        _WORDS_CACHE[value] = words
    return words


def image_src(el: Any) -> str | None:
    """The address of an ``<img>``-like element, preferring lazy-load attributes to placeholders."""
    attrib = el.attrib
    src = (attrib.get("src") or "").strip()
    if src and not src.startswith("data:"):
        return src
    for name in ("data-src", "data-lazy-src", "data-original", "srcset", "data-srcset"):
        value = (attrib.get(name) or "").strip()
        if value and not value.startswith("data:"):
            return value.split(",")[0].split()[0]
    return None
