"""Rule-based detectors: one module per label family, patterns as data.

Two passes. :func:`detect_lines` runs every line rule (and the context rules
that need no knowledge of where the article is); :func:`detect_in_context`
runs the rules that depend on the article's position, once the decision stage
has found it.
"""

from __future__ import annotations

from newsclean.detectors.page import NO_VERDICTS, LineVerdicts, Page
from newsclean.detectors.rules import ad, byline, caption, chrome, dom, promo, sidebar
from newsclean.segments.language import LANGUAGES

LINE_DETECTORS = (ad, chrome, byline, caption, promo, sidebar)
#: cue words that are unambiguous across languages ("Publicidade", "Lire aussi")
#: are matched in every language; only the byline's name cues ("Door", "Por",
#: "Di" ...) are limited to the page's language (and English)
ALL_LANGS = frozenset(LANGUAGES) | {"all"}
#: the line detectors whose verdicts depend on nothing but the line itself (and,
#: for byline, the languages): a page made of some of the same lines again reuses them
_BEFORE_BYLINE = (ad, chrome)
_AFTER_BYLINE = (caption, promo)


def detect_lines(page: Page, langs: frozenset[str], reuse: tuple[Page, list[int]] | None = None) -> None:
    """Every line rule, then the context rules that need no article position.

    ``reuse=(earlier, picked)``: this page's lines are ``earlier``'s lines
    ``picked`` (``_stabilise`` in the pipeline: the kept lines read again);
    the verdicts of the rules that read one line only are taken from
    ``earlier`` instead of being worked out again. The byline rules are run
    again when the page language differs; the order of every line's verdicts
    is the order in which the detectors run.
    """
    known = reuse[0].line_verdicts if reuse is not None else None
    if known is None or reuse is None:
        _run_line_detectors(page, langs)
    else:
        picked, earlier = reuse[1], known.verdicts
        if known.rows is not None:  # the verdicts are those of the page's distinct lines
            rows = known.rows
            picked = [rows[i] for i in picked]
        if known.langs == langs:
            page.verdicts = [earlier[i][: known.after[i]] for i in picked]
        else:
            page.verdicts = [earlier[i][: known.before[i]] for i in picked]
            byline.detect(page, langs)
            for v, i in zip(page.verdicts, picked):
                v.extend(earlier[i][known.byline[i] : known.after[i]])
        sidebar.detect(page, ALL_LANGS)  # reads the lines after the heading too
    if page.segments and page.segments[0].dom is not None:
        dom.detect(page, ALL_LANGS)
    byline.detect_post_authors(page)
    byline.detect_date_labels(page)
    byline.detect_bare_read_times(page)
    byline.detect_contact_blocks(page)
    caption.detect_tail_credits(page)
    caption.detect_korean_credits(page)
    caption.detect_picture_labels(page)
    caption.detect_source_credits(page)
    caption.detect_described(page)
    caption.detect_described_below(page)
    caption.detect_after_marker(page)
    caption.detect_scenes(page)
    caption.detect_unstopped_scenes(page)
    caption.detect_portraits(page)
    caption.detect_clips(page)
    caption.detect_video_descriptions(page)
    caption.detect_photo_date_tails(page)
    caption.detect_numbered_slides(page)
    ad.detect_cards(page)
    ad.detect_copy(page)
    caption.detect_top_captions(page)  # (after the ad copy: an advert can sit over the top picture)
    caption.detect_section_captions(page)
    ad.detect_glued_copy(page)
    ad.detect_card_sponsors(page)
    ad.detect_shop_prices(page)
    ad.detect_product_boxes(page)
    ad.detect_listing_rows(page)
    ad.detect_odds(page)
    ad.detect_calls_to_act(page, ALL_LANGS)
    ad.detect_between(page)
    ad.detect_footer_links(page)
    promo.detect_headed_titles(page, ALL_LANGS)
    chrome.detect_tag_lists(page)
    chrome.detect_contents(page)
    chrome.detect_bar_charts(page)
    chrome.detect_quotes(page)
    chrome.detect_signup_boxes(page)
    chrome.detect_comment_threads(page)
    chrome.detect_comment_bodies(page)
    chrome.detect_pitches(page)
    chrome.detect_paywall_boxes(page)  # (after the pitches: the box's button is one)
    chrome.detect_reactions(page)
    chrome.detect_share_counts(page)
    chrome.detect_media_labels(page)
    chrome.detect_polls(page)
    chrome.detect_key_moments(page)
    chrome.detect_lone_durations(page)
    sidebar.detect_lists(page)
    sidebar.detect_glued_lists(page)
    sidebar.detect_glued_teasers(page)
    caption.detect_copyright_under_captions(page)  # (last: reads the best verdict of the line above)
    caption.detect_paren_credits_under_captions(page)  # (ditto)
    caption.detect_name_credits_under_captions(page)  # (ditto)


#: the single-line rules run on each distinct line once when the page has at least this
#: share of repeated lines (below it, picking the distinct lines costs more than it saves)
REPEATED_SHARE = 0.05


def _run_line_detectors(page: Page, langs: frozenset[str]) -> None:
    """Run :data:`LINE_DETECTORS` in order; note what the single-line ones said (:class:`LineVerdicts`).

    The single-line rules read a line's text and measurements only, so a line
    that repeats an earlier one (menus and footers of a dump of many pages)
    gets the verdicts of its first occurrence: they run once per distinct line.
    """
    segments = page.segments
    first_of: dict[str, int] = {}
    where = [first_of.setdefault(seg.text, i) for i, seg in enumerate(segments)]
    if not segments or len(first_of) > (1 - REPEATED_SHARE) * len(segments):
        _run_single_line_rules(page, langs)
    else:
        picked = list(first_of.values())
        distinct = page.lines(picked, [segments[i] for i in picked], page.lang)
        _run_single_line_rules(distinct, langs)
        known = distinct.line_verdicts
        assert known is not None
        at = dict(zip(picked, range(len(picked))))
        rows = [at[i] for i in where]
        del at
        page.verdicts = [known.verdicts[k][:] if known.verdicts[k] else NO_VERDICTS for k in rows]
        page.distinct = (distinct, rows)
        # the distinct lines' own record, read through ``rows``: no per-line copy of it
        page.line_verdicts = LineVerdicts(langs, known.verdicts, known.before, known.byline, known.after, rows)
    del first_of, where  # not needed by the rules below: let them go before they run
    sidebar.detect(page, ALL_LANGS)


def _run_single_line_rules(page: Page, langs: frozenset[str]) -> None:
    verdicts = page.verdicts
    for module in _BEFORE_BYLINE:
        module.detect(page, ALL_LANGS)
    before = list(map(len, verdicts))
    byline.detect(page, langs)
    with_byline = list(map(len, verdicts))
    for module in _AFTER_BYLINE:
        module.detect(page, ALL_LANGS)
    page.line_verdicts = LineVerdicts(langs, verdicts, before, with_byline, list(map(len, verdicts)))


def detect_in_context(page: Page, headline: int | None, start: int, end: int) -> None:
    """Rules that need the article's first paragraph ``start`` and end ``end``."""
    promo.detect_teaser_bylines(page, start, end)
    promo.detect_named_teasers(page, start)
    promo.detect_titled_teasers(page, start, end)
    promo.detect_lone_titles(page, start, end)
    byline.detect_bare_names(page, headline, start)
    byline.detect_roles_in_block(page, headline, start)
    byline.detect_places_in_block(page, headline, start)
    byline.detect_press_offices(page, headline, start)
    byline.detect_author_bios(page, headline, start, end)
    sidebar.detect_numbered_runs(page, headline if headline is not None else start, end)
    promo.detect_tail_teasers(page, start, end)
