"""Run newsclean and the baselines over labelled documents and real pages.

Three kinds of input, one result shape (:class:`~newsclean.bench.metrics.DocResult`
lists per system):

* ``.seg`` files (our corpus, or anyone's in the guide's format): gold labels per line;
* labelled HTML pages (``corpus/html``): gold labels per block, from ``data-label``;
* real pages of ``article-extraction-benchmark``: each HTML page is flattened to
  the text dump a crawler makes, lines are labelled keep/drop against the
  page's ground-truth body (:mod:`newsclean.bench.realpages`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from newsclean.bench.baselines import BASELINES, Unavailable, page_language
from newsclean.bench.metrics import DocResult, rule_name
from newsclean.pipeline import clean
from newsclean.segfile import SegDocument, find_seg_files, read_seg
from newsclean.types import STANDFIRST_RULE, Article, Label, Options

#: newsclean's own variants: the full pipeline and its ablations
SYSTEMS: dict[str, Options] = {
    "newsclean": Options(input_format="text"),
    "newsclean-rules": Options(input_format="text", use_model=False),
}


@dataclass
class Run:
    """Results per system name, with the seconds each system took and skip notes."""

    results: dict[str, list[DocResult]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, system: str, result: DocResult, seconds: float) -> None:
        self.results.setdefault(system, []).append(result)
        self.seconds[system] = self.seconds.get(system, 0.0) + seconds


def newsclean_systems(model_path: str | None = None, with_model_only: bool = False) -> dict[str, Options]:
    systems = dict(SYSTEMS)
    if model_path:
        systems = {k: replace(v, model_path=model_path) for k, v in systems.items()}
    if with_model_only:
        systems["newsclean-model"] = replace(systems["newsclean"], model_only=True)
    return systems


def _lines_of(doc: SegDocument) -> list[str]:
    return [t for label, t in doc.lines if label is not None]


def run_seg(
    paths: Iterable[str | Path],
    systems: dict[str, Options],
    baselines: Iterable[str],
    run: Run | None = None,
) -> Run:
    run = run or Run()
    docs = [read_seg(p) for p in find_seg_files([str(p) for p in paths])]
    wanted = list(baselines)
    for doc in docs:
        lines = _lines_of(doc)
        gold = doc.labels()
        name = Path(doc.path).name
        for system, options in systems.items():
            t0 = time.perf_counter()
            article = clean(doc.text, options)
            pred: list[Label | bool] = [s.label for s in article.segments]
            rules = [rule_name(s.reason) for s in article.segments]
            run.add(system, DocResult(name, gold, pred, lines, rules), time.perf_counter() - t0)
        _baselines_on_lines(run, name, lines, gold, wanted, doc.lang)
    return run


def _baselines_on_lines(
    run: Run,
    name: str,
    lines: list[str],
    gold: list[Label],
    wanted: list[str],
    lang: str | None = None,
) -> None:
    lang = lang or page_language(lines)
    for b in wanted:
        fn = BASELINES[b]
        if any(b in note for note in run.notes if note.startswith("skipped")):
            continue
        t0 = time.perf_counter()
        try:
            keep = fn(lines, lang)
        except Unavailable as exc:
            run.notes.append(f"skipped {b}: {exc}")
            continue
        run.add(b, DocResult(name, gold, list(keep), lines), time.perf_counter() - t0)


def run_html_corpus(
    folder: str | Path,
    systems: dict[str, Options],
    baselines: Iterable[str],
    run: Run | None = None,
) -> Run:
    """Score on labelled HTML pages (``data-label``); the cleaner gets the page without labels."""
    from newsclean.bench.htmlcorpus import read_labelled_html

    run = run or Run()
    wanted = list(baselines)
    for path in sorted(Path(folder).glob("*.html")):
        page_html, gold_pairs, header = read_labelled_html(path)
        lines = [t for t, _ in gold_pairs]
        gold = [label for _, label in gold_pairs]
        for system, options in systems.items():
            opts = replace(options, input_format="html")
            t0 = time.perf_counter()
            article = clean(page_html, opts)
            pred: list[Label | bool] = [s.label for s in article.segments]
            if len(pred) != len(gold):
                run.notes.append(
                    f"{path.name}: {system} gave {len(pred)} segments for {len(gold)} labelled ones; skipped"
                )
                continue
            rules = [rule_name(s.reason) for s in article.segments]
            run.add(system, DocResult(path.name, gold, pred, lines, rules), time.perf_counter() - t0)
        _baselines_on_lines(run, path.name, lines, gold, wanted, header.get("lang"))
    return run


def run_real_dumps(
    root: str | Path,
    systems: dict[str, Options],
    baselines: Iterable[str],
    split: str | None = None,
    run: Run | None = None,
    limit: int | None = None,
) -> Run:
    """Real pages flattened to text dumps, lines labelled keep/drop from the ground truth.

    The ground truth is the article's body without its title and standfirst (the dataset's
    README), so newsclean is scored on the lines it returns as body less a standfirst it told
    apart (:func:`benchmark_body`, as the shingle metric of :func:`run_real_html` does): its
    headline line is no junk kept. The
    baselines, which keep or drop lines without naming a title, are scored as they keep.
    """
    from newsclean.bench.realpages import html_to_dump, label_dump, load_pages, split_of

    run = run or Run()
    wanted = list(baselines)
    pages = [p for p in load_pages(root) if split is None or split_of(p.id) == split][:limit]
    for page in pages:
        lines = html_to_dump(page.html)
        if not lines:
            continue
        keep = label_dump(lines, page.gold_body)
        gold = [Label.BODY if k else Label.CHROME for k in keep]
        for system, options in systems.items():
            t0 = time.perf_counter()
            article = clean("\n".join(lines), options)
            pred: list[Label | bool] = [
                s.label is Label.BODY and not s.reason.startswith(STANDFIRST_RULE) for s in article.segments
            ]
            rules = [rule_name(s.reason) for s in article.segments]
            run.add(system, DocResult(page.id[:12], gold, pred, lines, rules), time.perf_counter() - t0)
        _baselines_on_lines(run, page.id[:12], lines, gold, wanted)
    return run


HtmlExtractor = Callable[[str], str]


def benchmark_body(article: Article) -> str:
    """The article's body as article-extraction-benchmark's ground truth has it.

    That ground truth leaves out the headline and the standfirst (its README): the
    body is scored without the headline line and without a standfirst newsclean
    told apart (``decision.standfirst``, which ``Article.body`` holds, as the
    labelling guide counts a standfirst as body). Other lines are scored as returned.
    """
    return "\n\n".join(
        s.text for s in article.segments if s.label is Label.BODY and not s.reason.startswith(STANDFIRST_RULE)
    )


def html_extractors(systems: dict[str, Options]) -> tuple[dict[str, HtmlExtractor], list[str]]:
    """Whole-page extractors for the shingle metric: newsclean variants and the anchors."""
    notes: list[str] = []
    out: dict[str, HtmlExtractor] = {}
    for name, options in systems.items():
        # the body only, like the anchors: trafilatura.extract reads no metadata by default either
        opts = replace(options, input_format="html", find_date=False)
        out[name] = lambda html, o=opts: benchmark_body(clean(html, o))  # type: ignore[misc]
    try:
        import trafilatura

        out["trafilatura"] = lambda html: trafilatura.extract(html) or ""
        out["trafilatura-nocomments"] = lambda html: trafilatura.extract(html, include_comments=False) or ""
        out["trafilatura-precision"] = lambda html: (
            trafilatura.extract(html, include_comments=False, favor_precision=True) or ""
        )
    except ImportError:
        notes.append("skipped trafilatura: not installed")
    try:
        from readability import Document

        def _readability(html: str) -> str:
            from lxml import html as lhtml

            summary = Document(html).summary(html_partial=True)
            return "\n".join(t.strip() for t in lhtml.fromstring(summary).itertext() if t.strip())

        out["readability"] = _readability
    except ImportError:
        notes.append("skipped readability-lxml: not installed (pip install 'newsclean[bench]')")
    try:
        from resiliparse.extract.html2text import extract_plain_text

        out["resiliparse"] = lambda html: extract_plain_text(html, main_content=True)
    except ImportError:
        notes.append("skipped resiliparse: not installed (pip install 'newsclean[bench]')")
    return out, notes


@dataclass
class ShingleRun:
    scores: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)  # system -> split -> metrics
    #: pages per second of the second pass over the pages (steady state: see :func:`run_real_html`)
    pages_per_second: dict[str, float] = field(default_factory=dict)
    #: pages per second of the first pass (lazy imports, patterns compiled on first use and caches paid in it)
    first_pass_pages_per_second: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: system -> per page ``(page id, split, precision, recall)`` (page precision 1.0 for an empty prediction)
    pages: dict[str, list[tuple[str, str, float, float]]] = field(default_factory=dict)


#: how many times every system reads every page in :func:`run_real_html` (the last pass is the one timed)
TIMING_PASSES = 2


def run_real_html(
    root: str | Path,
    systems: dict[str, Options],
    limit: int | None = None,
    split: str | None = None,
    passes: int = TIMING_PASSES,
) -> ShingleRun:
    """The benchmark's own metric (token 4-gram shingles) on whole HTML pages, per split.

    ``split`` ("tune" or "report") runs that half only, so that tuning never
    sees the reporting half's figures; None runs both.

    Systems take turns page by page (every system on page 1, then on page 2 ...), so
    that a busy machine slows them alike. Every system reads all the pages
    ``passes`` times (default 2): the first pass pays what a long run pays once
    (lazy imports, patterns compiled on first use: newsclean compiles a rule's
    patterns when a page first reaches it, trafilatura its own at import), and
    ``pages_per_second`` is the pages over each system's summed time in the last
    pass, the speed of a corpus-scale run; the first pass's is kept too
    (``first_pass_pages_per_second``). The scores are those of the last pass (a
    system's output does not depend on the pass).
    """
    from newsclean.bench.realpages import load_pages, split_of
    from newsclean.bench.shingles import corpus_scores, page_prf

    out = ShingleRun()
    extractors, out.notes = html_extractors(systems)
    pages = [p for p in load_pages(root) if split is None or split_of(p.id) == split][:limit]
    preds: dict[str, list[str]] = {}
    for pass_no in range(max(passes, 1)):
        preds = {name: [] for name in extractors}
        seconds = dict.fromkeys(extractors, 0.0)
        for page in pages:
            for name, fn in extractors.items():
                t0 = time.perf_counter()
                try:
                    pred = fn(page.html)
                except Exception as exc:  # an anchor failing on one page scores it empty
                    if pass_no == 0:
                        out.notes.append(f"{name} failed on {page.id[:12]}: {type(exc).__name__}")
                    pred = ""
                seconds[name] += time.perf_counter() - t0
                preds[name].append(pred)
        for name in extractors:
            speed = len(pages) / seconds[name] if seconds[name] else 0.0
            if pass_no == 0:
                out.first_pass_pages_per_second[name] = speed
            out.pages_per_second[name] = speed
    for name in extractors:
        pairs: dict[str, list[tuple[str, str]]] = {"tune": [], "report": []}
        per_page = []
        for page, pred in zip(pages, preds[name], strict=True):
            pairs[split_of(page.id)].append((pred, page.gold_body))
            tp, fp, fn_ = page_prf(pred, page.gold_body)
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn_) if tp + fn_ else 1.0
            per_page.append((page.id, split_of(page.id), precision, recall))
        out.pages[name] = per_page
        out.scores[name] = {split: corpus_scores(p) for split, p in pairs.items()}
        out.scores[name]["all"] = corpus_scores(pairs["tune"] + pairs["report"])
    return out
