"""The whole pipeline in one place: input → segments → detectors → decision → Article.

:func:`clean` is the library's entry point (re-exported as ``newsclean.clean``);
:func:`label_segments` runs the detectors and the decision on segments that
came from anywhere (the text segmenter, the HTML segmenter, a ``.seg`` file).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter

from newsclean.decision.headline import find_headline
from newsclean.decision.resolve import resolve
from newsclean.decision.span import extend_end, find_article
from newsclean.decision.window import label_far, rules_window
from newsclean.detectors import rules
from newsclean.detectors.page import Page
from newsclean.errors import InputError
from newsclean.input.decode import decode
from newsclean.input.sniff import looks_like_html
from newsclean.output.metadata import authors_from_bylines
from newsclean.segments.language import guess_language_measured
from newsclean.segments.text import segment_lines, split_lines
from newsclean.types import KEEP, Article, Options, Segment

DEFAULT_OPTIONS = Options()
_text = attrgetter("text")


def to_text(page: str | bytes, options: Options = DEFAULT_OPTIONS) -> tuple[str, str]:
    """Decode the input; return ``(text, how it was decoded)``."""
    if isinstance(page, bytes):
        if options.max_bytes and len(page) > options.max_bytes:
            raise InputError(
                f"input is {len(page):,} bytes, over the limit of {options.max_bytes:,} (Options.max_bytes)"
            )
        html = options.input_format == "html" or (
            options.input_format == "auto" and looks_like_html(page[:4096].decode("latin-1"))
        )
        return decode(page, html=html)
    if not isinstance(page, str):
        raise TypeError(f"clean() takes str or bytes, not {type(page).__name__}")
    if options.max_bytes and len(page) > options.max_bytes:
        raise InputError(
            f"input is {len(page):,} characters, over the limit of {options.max_bytes:,} (Options.max_bytes)"
        )
    if "\x00" in page[:65536]:
        raise InputError("input contains NUL characters: binary data, not a text or HTML page")
    return page, "str"


def label_segments(
    segments: list[Segment],
    options: Options = DEFAULT_OPTIONS,
    title_hint: str = "",
    hint_source: str | None = None,
    reuse: tuple[Page, list[int]] | None = None,
) -> Page:
    """Run every detector and the decision on ``segments``; labels are set in place.

    ``hint_source`` names the finder of the segments' ``dom["main_hint"]`` (default:
    ``options.main_content_source``). ``reuse=(earlier, picked)`` says that
    ``segments`` are the lines ``picked`` of the page ``earlier`` again: their
    measurements and single-line rule verdicts are taken from it (the result is
    the same).
    """
    page = None
    if reuse is not None:
        page = reuse[0].subset(reuse[1], segments, "en")
        if page is None:
            reuse = None
    if page is None:
        page = Page.of(segments)
    # the language, read from the lines' measurements (guess_language of the segments' texts)
    # (the second pass reads what the first pass read of each line: ``reuse``'s page's memo)
    memo = reuse[0].lang_words if reuse is not None else page.lang_words
    lang = page.lang = guess_language_measured(map(_text, segments), page.lows, page.shapes, memo=memo)
    page.hinted = any(s.dom is not None and "main_hint" in s.dom for s in segments)
    page.hint_source = (hint_source or options.main_content_source) if page.hinted else ""
    page.title_hint = title_hint
    langs = frozenset({"en", lang, "all"})
    rules.detect_lines(page, langs, reuse)
    span = find_article(page)
    headline = None
    if span is not None and not span.index_page:
        headline = find_headline(page, span.start)
        lead = span.start
        if headline is not None and headline >= span.start:
            lead = next((i for i in span.core.members if i > headline), span.start)
        rules.detect_in_context(page, headline, lead, span.end)
        span.end = extend_end(page, span.core.end)
    elif span is None or span.index_page:
        rules.detect_in_context(page, None, len(page), len(page))
    page.article = (span.start, span.end) if span is not None else None
    page.core = (span.core.start, span.core.end) if span is not None else None
    model_out = None
    # the bundled model was trained on text dumps: HTML pages get it only when a user
    # passes a model of their own (trained with DOM features: ``newsclean train``)
    html = bool(segments) and segments[0].dom is not None
    if options.use_model and (not html or options.model_path):
        from newsclean.detectors.model import predict_if_available  # lazy: numpy-free, but only when asked

        with gc_paused():
            model_out = predict_if_available(page, options.model_path, new_page=reuse is None)
            resolve(page, span, headline, model_out, model_only=options.model_only)
    else:
        resolve(page, span, headline, model_out, model_only=options.model_only)
    return page


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (reference counting goes on).

    The model's scoring of a page and the decision on it allocate a few
    containers per line (feature lists and tuples, score rows, reasons to work
    out later) that the page keeps until it is done and that form no reference
    cycle: every collection the allocations trigger meanwhile traverses the
    whole page for nothing. On the one-file benchmark input (2.3 MB, 45,000
    lines) the collector took 0.9 CPU s with the model against 0.12 s for the
    rules alone; paused here, 0.3 s. A cycle made meanwhile is collected once
    the block ends. Nested pauses leave the collector off until the outermost
    one ends; a collector that was off stays off.
    """
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def clean(page: str | bytes, options: Options | None = None, **overrides: object) -> Article:
    """Clean one page (a text dump or HTML) and return an :class:`~newsclean.types.Article`.

    ``options`` is an :class:`~newsclean.types.Options`; keyword arguments
    override its fields (``clean(text, keep={"caption"})``).

    Raises :class:`~newsclean.errors.InputError` for input that is not a page
    (binary data, undecodable bytes, over ``max_bytes``).
    """
    opts = options or DEFAULT_OPTIONS
    if overrides:
        from dataclasses import replace

        opts = replace(opts, **overrides)  # type: ignore[arg-type]
    return clean_decoded(list(to_text(page, opts)), opts)


def clean_decoded(decoded: list[str], opts: Options = DEFAULT_OPTIONS) -> Article:
    """:func:`clean` of a page already decoded: ``decoded`` is ``[text, how]`` as :func:`to_text` returned them.

    The list is emptied here: held nowhere else, the page's text goes as soon
    as it is split into lines. For a caller that can also let the input bytes
    go before that (the CLI): :func:`clean` holds them until it returns.
    """
    text, how = decoded
    decoded.clear()
    stats: dict[str, int] = {}  # the HTML main-content finder's measurements (the safety net's trigger)
    fmt = opts.input_format
    if fmt == "auto":
        fmt = "html" if looks_like_html(text) else "text"
    if fmt == "html":
        from newsclean.segments.html import segment_html_blocks  # lazy: lxml only for HTML

        segments, meta, line_count, blocks = segment_html_blocks(text, find_date=opts.find_date)
        if opts.main_content_hint:
            from newsclean.detectors.main_content import mark_main_content

            page_title = meta.get("title")
            found = mark_main_content(
                text,
                segments,
                blocks,
                opts.main_content_source,
                page_title if isinstance(page_title, str) else "",
                stats,
            )
            meta["main_content_hint"] = bool(found)
            meta["main_content_source"] = found or None
    else:
        # count before splitting: a million-line input is refused without a million strings
        newlines = text.count("\n")
        line_total = newlines + (not text.endswith("\n")) if text else 0
        if options_limit_exceeded(opts, line_total):
            raise InputError(
                f"page has {line_total:,} lines, over the limit of {opts.max_lines:,} (Options.max_lines): not one page"
            )
        lines = split_lines(text)
        segments, meta, line_count = segment_lines(lines), {}, len(lines)
        text = ""  # the segments hold the lines now: the page-sized string can go (up to 4 bytes a character)
    if options_limit_exceeded(opts, line_count):
        raise InputError(
            f"page has {line_count:,} lines, over the limit of {opts.max_lines:,} (Options.max_lines): not one page"
        )
    title = meta.get("title") if fmt == "html" else None
    source = meta.get("main_content_source")
    window = rules_window(segments, opts.rules_window) if source == "dom" else None
    inner = segments if window is None else segments[window[0] : window[1]]
    labelled = label_segments(
        inner, opts, title if isinstance(title, str) else "", source if isinstance(source, str) else None
    )
    if window is not None:
        label_far(segments, window)
    declared = meta.pop("jsonld_article_body", None)  # the safety net's, not the output's
    declared = declared if isinstance(declared, str) else ""
    if source == "dom" and (stats.get("paragraph_chars") or declared):
        from newsclean.detectors.main_content import lost_too_much, widen_hint

        # the safety net: a body much smaller than the page's paragraph text (or its declared
        # article body) may be a lost article; where another extraction finds much more, its
        # text joins the hint and the page is labelled again
        if lost_too_much(segments, stats.get("paragraph_chars", 0), declared):
            widened = widen_hint(text, segments, declared)
            if widened:
                meta["main_content_source"] = source = f"dom+{widened}"
                again = rules_window(segments, opts.rules_window)
                if again == window:
                    # the same lines again: their measurements and single-line verdicts are reused
                    reuse: tuple[Page, list[int]] | None = (labelled, list(range(len(inner))))
                else:
                    window, reuse = again, None
                    inner = segments if window is None else segments[window[0] : window[1]]
                labelled = label_segments(inner, opts, title if isinstance(title, str) else "", "dom", reuse=reuse)
                if window is not None:
                    label_far(segments, window)
    if fmt == "text":
        _stabilise(segments, opts, labelled)
    article = Article(segments=segments, line_count=line_count, keep=KEEP | opts.keep, input_format=fmt)
    article.metadata = _metadata(article, labelled.lang, how, meta)
    return article


def options_limit_exceeded(options: Options, line_count: int) -> bool:
    return bool(options.max_lines) and line_count > options.max_lines


def _stabilise(segments: list[Segment], options: Options, first: Page) -> None:
    """Clean the article again until nothing more drops out: ``clean(clean(x).text) == clean(x)``.

    The first pass sees the page; a line it kept can look different once the
    page around it is gone (a lone "0" or a name that only read as text next
    to paragraphs). Each further pass re-reads the kept lines exactly as the
    output prints them; the kept set only shrinks, so this ends. The lines are
    the first pass's (``first``): their measurements and single-line rule
    verdicts are reused, the rest is worked out again.
    """
    while True:
        picked = [i for i, s in enumerate(segments) if s.label in KEEP]
        if not picked:
            return
        kept = [segments[i] for i in picked]
        again = segment_lines(split_lines("\n\n".join(s.text for s in kept)))
        label_segments(again, options, reuse=(first, picked))
        changed = False
        for mine, second in zip(kept, again):
            if second.label not in KEEP:
                mine.decide(second.label, second.detector, f"decision.second_pass: {second.reason}", second.score)
                changed = True
        if not changed:
            return


def _metadata(article: Article, lang: str, decoded: str, extra: dict[str, object]) -> dict[str, object]:
    meta: dict[str, object] = {
        "headline": article.headline,
        "standfirst": article.standfirst,
        "bylines": article.bylines,
        "authors": authors_from_bylines(article.bylines),
        "captions": article.captions,
        "promos": article.promos,
        "language": lang,
        "decoded": decoded,
        "input_format": article.input_format,
        "found": article.found,
    }
    meta.update(extra)
    return meta
