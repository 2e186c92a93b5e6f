"""Evidence from the HTML structure (``Segment.dom``), for HTML input only.

Markup is a hint, not the truth ("class names that lie"): these verdicts are
weaker than the text rules, and inside the article a paragraph of prose stays
body whatever its container claims (see ``decision/resolve.py``).

``dom.figcaption``     text inside ``<figcaption>``            → caption
``dom.nav``            inside ``<nav>`` or ``role=navigation``  → chrome
``dom.comments``       inside a comments container              → chrome (ends the article)
``dom.footer``         inside the page ``<footer>``             → chrome
``dom.class.<label>``  class/id words of the block or its parents: caption/credit,
                       byline/author, related/teaser, trending/most-popular,
                       ad/sponsored, share/newsletter/breadcrumb ...
``dom.video_title``    a title inside a video player ("video-player__title"), no sentence → caption
``dom.class.bio``      an author's bio box ("author-bio", "short-bio"): → byline, prose or not
``dom.link_list``      a list item that is one link, outside the article → sidebar
"""

from __future__ import annotations

from newsclean import lazyrx
from newsclean.detectors.page import Page
from newsclean.types import Label, Verdict

#: class/id words → label, most specific first; read on the block and its nearest parents
CLASS_WORDS: tuple[tuple[Label, frozenset[str]], ...] = (
    (
        Label.AD,
        frozenset(
            [
                "ad",
                "ads",
                "advert",
                "adverts",
                "advertisement",
                "advertising",
                "sponsored",
                "sponsor",
                "dfp",
                "gpt",
                "adslot",
                "adunit",
                "outbrain",
                "taboola",
            ]
        ),
    ),
    (
        Label.CAPTION,
        frozenset(
            [
                "caption",
                "captions",
                "figcaption",
                "credit",
                "credits",
                "photocredit",
                "imagecredit",
                # the same in the sites' own languages ("legende" fr/de, "legenda" it/pt/nl, "leyenda" es,
                # "bildtext" sv/de, "didascalia" it); "legend" in English templates
                "legend",
                "legende",
                "legenda",
                "leyenda",
                "bildtext",
                "bildunterschrift",
                "didascalia",
            ]
        ),
    ),
    (Label.BYLINE, frozenset(["byline", "bylines", "author", "authors", "dateline", "timestamp", "pubdate"])),
    (
        Label.PROMO,
        frozenset(["related", "relatedlink", "inline", "promo", "teaser", "readmore", "readalso", "alsoread"]),
    ),
    (
        Label.SIDEBAR,
        frozenset(
            [
                "trending",
                "popular",
                "mostread",
                "mostpopular",
                "most",
                "sidebar",
                "widget",
                "recommended",
                "recirculation",
                "latest",
            ]
        ),
    ),
    (
        Label.CHROME,
        frozenset(
            [
                "cookie",
                "cookies",
                "consent",
                "breadcrumb",
                "breadcrumbs",
                "navbar",
                "navigation",
                "masthead",
                "paywall",
                "login",
                "comments",
            ]
        ),
    ),
)
#: words that name a container as often as a widget ("newsletter" sites, "tag" pages,
#: Drupal's "promoted" nodes): trusted on the block's own element only
OWN_CLASS_WORDS: tuple[tuple[Label, frozenset[str]], ...] = (
    (
        Label.CHROME,
        frozenset(
            [
                "share",
                "sharing",
                "social",
                "newsletter",
                "subscribe",
                "subscription",
                "signup",
                "menu",
                "nav",
                "footer",
                "tags",
                "tag",
                "topics",
            ]
        ),
    ),
)
#: class/id words of an embedded audio or video player (its controls, title, time, speed:
#: "Audio abspielen ... 01:58 Min.", "1×"), a word of its own ("mediaplayer__titel") ...
PLAYER_WORDS = frozenset(["mediaplayer", "audioplayer", "videoplayer", "jwplayer", "podcastplayer"])
#: ... or "player" with one of these ("c-video-player__play", "kg-audio-player"; "player" alone may
#: name a sportsman: "player-name" in a line-up)
PLAYER_KINDS = frozenset(["audio", "video", "media", "podcast"])
#: a player's lines are never the article's: this holds inside the main content (``DOM_HINT_OVERRULES``)
PLAYER_SCORE = 0.7
#: the block's own class words name a description ("VideoPlayer_meta", "audio-embed__desc") inside a
#: player or an embedded clip: the clip's description, a caption by the labelling guide, sure enough
#: to hold against a paragraph inside the article (``decision.prose_in_article``)
MEDIA_DESCRIPTION_WORDS = frozenset(["desc", "description", "meta"])
MEDIA_DESCRIPTION_SCORE = 0.8
#: class/id words of an author's bio box: its prose is the author's, not the article's (a byline
#: by the labelling guide), however long and wherever it sits (a contributor's blurb above the
#: story, inside the article's container)
BIO_WORDS = frozenset(["bio", "bios", "biography", "authorbio"])
#: ... strong enough to hold inside the article (``decision/span.py`` ``STRONG``)
BIO_SCORE = 0.8
#: class/id words of a social post embedded in the story ("twitter-tweet", "instagram-media",
#: "tiktok-embed", "bluesky-embed"): a "caption" inside one is the post's own text, which the
#: story quotes (body by the labelling guide), not a photo's caption
EMBEDDED_POST_WORDS = frozenset(["tweet", "instagram", "tiktok", "bluesky", "mastodon"])
SCORE = {
    Label.AD: 0.7,
    Label.CAPTION: 0.8,
    Label.BYLINE: 0.65,
    Label.PROMO: 0.6,
    Label.SIDEBAR: 0.6,
    Label.CHROME: 0.6,
}
#: class words of a video player: one of these, or all of VIDEO_WORDS ("video-player")
VIDEO_PLAYER_WORDS = frozenset(["jwplayer", "videoplayer", "vjs", "brightcove"])
VIDEO_WORDS = frozenset(["video", "player"])
#: a player's title is no sentence of this many words at least and at most this many
VIDEO_TITLE_MIN_WORDS = 3
VIDEO_TITLE_WORDS = 25
#: ... and overrules the main content (``decision/span.py`` ``DOM_HINT_OVERRULES``)
VIDEO_SCORE = 0.7
#: ``dom.nav``; a line that is one link in a ``<nav>`` outranks ``byline.by_name`` (0.9)
NAV_SCORE = 0.8
NAV_LINK_SCORE = 0.92
#: only the class words of the block and its nearest parents (``near_classes``)
#: carry a label: a page's <body class="single-post"> says nothing about one paragraph


#: a class word near this share of the main content's paragraphs (at least :data:`CONTAINER_PARAGRAPHS`
#: of them) names the article's container, not a block inside it
CONTAINER_SHARE = 0.8
CONTAINER_PARAGRAPHS = 3
_LABEL_WORDS = frozenset().union(*(words for _label, words in CLASS_WORDS))


def _container_words(page: Page) -> frozenset[str]:
    """The label-bearing class words on the article's own container ("story-body ad-free",
    "article--has-inline-ads", "author-jane-roe" on the post): near nearly every paragraph
    of the main content, they say nothing about one short paragraph or the headline."""
    counts: dict[str, int] = {}
    paragraphs = 0
    for seg, shape in zip(page.segments, page.shapes):
        dom = seg.dom
        if not dom or not dom.get("main_hint") or not shape.prose:
            continue
        paragraphs += 1
        near = dom.get("near_classes")
        if isinstance(near, frozenset):
            for word in near & _LABEL_WORDS:
                counts[word] = counts.get(word, 0) + 1
    if paragraphs < CONTAINER_PARAGRAPHS:
        return frozenset()
    return frozenset(w for w, c in counts.items() if c >= CONTAINER_SHARE * paragraphs)


def detect(page: Page, langs: frozenset[str]) -> None:
    container = _container_words(page)
    for i, seg in enumerate(page.segments):
        dom = seg.dom
        if not dom:
            continue
        words = page.shapes[i].words
        if dom.get("in_figcaption"):
            page.add(i, Verdict(Label.CAPTION, "dom.figcaption", "<figcaption>", 0.85, "rules"))
            continue
        if dom.get("in_comments"):
            page.add(i, Verdict(Label.CHROME, "dom.comments", "comments container", 0.85, "rules"))
            continue
        if dom.get("in_nav"):
            # a menu's link outranks the text rules' byline ("By Subject", "By Region": a newsroom's menu)
            score = NAV_LINK_SCORE if dom.get("is_link") else NAV_SCORE
            page.add(i, Verdict(Label.CHROME, "dom.nav", "<nav>", score, "rules"))
            continue
        if dom.get("in_footer") and not dom.get("in_article"):
            page.add(i, Verdict(Label.CHROME, "dom.footer", "<footer>", 0.7, "rules"))
            continue
        near = dom.get("near_classes")
        if isinstance(near, frozenset) and not page.verdicts[i] and _video_title(near, dom, page, i):
            page.add(i, Verdict(Label.CAPTION, "dom.video_title", "title inside a video player", VIDEO_SCORE, "rules"))
            continue
        if isinstance(near, frozenset) and not BIO_WORDS.isdisjoint(near):
            word = min(BIO_WORDS & near)
            page.add(i, Verdict(Label.BYLINE, "dom.class.bio", f"class word {word!r}", BIO_SCORE, "rules"))
            continue
        if _time_line(dom, page, i):
            page.add(
                i, Verdict(Label.BYLINE, "dom.time_line", "a short line around a <time>", TIME_LINE_SCORE, "rules")
            )
            continue
        own_words = dom.get("own_classes")
        if (
            isinstance(near, frozenset)
            and isinstance(own_words, frozenset)
            and not MEDIA_DESCRIPTION_WORDS.isdisjoint(own_words)
            and (_player(near) or ("embed" in near and not PLAYER_KINDS.isdisjoint(near)))
            and words <= VIDEO_TITLE_WORDS * 2
        ):
            page.add(
                i,
                Verdict(
                    Label.CAPTION, "dom.media_description", "a clip's description", MEDIA_DESCRIPTION_SCORE, "rules"
                ),
            )
            continue
        if page.shapes[i].prose and words > 25:
            continue  # markup alone does not take a paragraph away from the article
        classes = dom.get("near_classes") or frozenset()
        own = dom.get("own_classes") or frozenset()
        if container and (dom.get("main_hint") or dom.get("is_heading") == 1) and isinstance(classes, frozenset):
            classes = classes - container
        if isinstance(classes, frozenset) and isinstance(own, frozenset) and classes:
            hit = _class_label(classes, CLASS_WORDS)
            if (hit is None or hit[0] is Label.CHROME) and _player(classes):
                page.add(i, Verdict(Label.CHROME, "dom.player", "a media player's class words", PLAYER_SCORE, "rules"))
                continue
            if hit is None and not dom.get("main_hint"):
                # the main-content finder read past these words when it took this block as
                # the article's ("post social-sharing-enabled"): a share bar has its own block
                hit = _class_label(own, OWN_CLASS_WORDS)
            if hit is not None and hit[0] is Label.CAPTION and not EMBEDDED_POST_WORDS.isdisjoint(classes):
                continue  # the text of a quoted post ("ig-caption" in an "instagram-media" blockquote)
            if hit is not None:
                label, word = hit
                if label is not Label.BYLINE or words <= 20:
                    page.add(
                        i, Verdict(label, f"dom.class.{label.value}", f"class word {word!r}", SCORE[label], "rules")
                    )
                    continue
        if dom.get("in_list") and dom.get("is_link") and words >= 3 and not dom.get("in_article"):
            page.add(i, Verdict(Label.SIDEBAR, "dom.link_list", "list item that is one link", 0.55, "rules"))


#: a line of at most this many words, no sentence, whose <time> element holds this share of
#: its characters at least, is the article's date line with its author ("20 November 2025
#: Jane Roe Environment correspondent", "Pinned 7:00 a.m. Staff"): a byline
TIME_LINE_WORDS = 12
TIME_LINE_SHARE = 0.15
#: ... as sure as a byline's class word, enough to hold inside the DOM main content
TIME_LINE_SCORE = 0.65


#: a live update's clock time and its title in one block: "13:47 Defensie helpt met zandzakken"
#: (the time alone opens the line, and a phrase of at least ENTRY_TITLE_WORDS follows it)
_CLOCK_OPENING = lazyrx.compile(r"^\s*\d{1,2}[:.]\d{2}\s+(?!(?i:am|pm|a\.m\.|p\.m\.|uhr|h)\b)(?P<first>\S+)")
ENTRY_TITLE_WORDS = 3
#: ... an author after the time is the entry's byline: "13:47 By Jane Roe", "13:47 von Jana Roe"
_AUTHOR_FIRSTS = frozenset(["by", "von", "par", "por", "przez", "av", "af", "door"])


def _time_line(dom: dict[str, object], page: Page, i: int) -> bool:
    """Line ``i`` is a short line, no sentence and no link, a good part of it inside a <time>;
    not a live update's time run into its title (a phrase with a function word after the time)."""
    density = dom.get("time_density")
    if not isinstance(density, float) or density < TIME_LINE_SHARE:
        return False
    shape = page.shapes[i]
    if shape.words > TIME_LINE_WORDS or shape.prose or dom.get("is_link") or dom.get("is_heading"):
        return False
    text = page.segments[i].text
    if (
        shape.words > ENTRY_TITLE_WORDS
        and shape.stopword_ratio > 0
        and (m := _CLOCK_OPENING.match(text))
        and m.group("first").lower() not in _AUTHOR_FIRSTS
    ):
        return False
    return not text.rstrip().endswith((".", "!", "?", ":"))


def _video_title(near: frozenset[str], dom: dict[str, object], page: Page, i: int) -> bool:
    """Line ``i`` is the title a video player shows over or under its picture: a phrase with a
    function word, no sentence, no link, in a container whose class words name a player
    ("video-player__title", "jwplayer")."""
    if VIDEO_PLAYER_WORDS.isdisjoint(near) and not near >= VIDEO_WORDS:
        return False
    shape = page.shapes[i]
    if not VIDEO_TITLE_MIN_WORDS <= shape.words <= VIDEO_TITLE_WORDS or shape.prose or dom.get("is_link"):
        return False
    return shape.stopword_ratio > 0  # a phrase, not a row of buttons ("CBS News App Open")


def _class_label(classes: frozenset[str], table: tuple[tuple[Label, frozenset[str]], ...]) -> tuple[Label, str] | None:
    for label, words in table:
        common = classes & words
        if common:
            return label, min(common)
    return None


def _player(classes: frozenset[str]) -> bool:
    """The class words name an embedded audio or video player."""
    if not PLAYER_WORDS.isdisjoint(classes):
        return True
    return "player" in classes and not PLAYER_KINDS.isdisjoint(classes)
