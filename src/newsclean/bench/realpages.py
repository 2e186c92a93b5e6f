"""Real news pages for the benchmark: the Scrapinghub article-extraction set.

The data (181 gzip HTML pages and a hand-made ``articleBody`` per page; see the
dataset's own README) is read at run time from a folder, never copied into the
repository. This module turns it into what newsclean is scored on:

* :func:`load_pages` reads the pages and their gold bodies;
* :func:`html_to_dump` makes the text dump a crawler would produce from a page
  (every visible block, one per line), i.e. newsclean's text input;
* :func:`label_dump` marks each dump line keep/drop by matching it against the
  gold body, which gives line-level gold labels without hand labelling;
* :func:`split_of` fixes which pages may be looked at while tuning and which
  are only reported on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import regex
from lxml import etree
from lxml import html as lhtml

_REPO = Path(__file__).resolve().parents[3]  # src/newsclean/bench/realpages.py → repo root
#: where the dataset lives by default: ``../shared/datasets/...`` from the repo root
DEFAULT_ROOT = _REPO.parent / "shared" / "datasets" / "article-extraction-benchmark"

_TOKEN = regex.compile(r"\w+")


@dataclass(frozen=True)
class RealPage:
    """One benchmark page: its id (64 hex digits), URL, HTML and gold article body."""

    id: str
    url: str
    html: str
    gold_body: str


def _decode(data: bytes) -> str:
    """UTF-8 (the dataset's encoding; a BOM is dropped), else UTF-8 with U+FFFD for bad bytes."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace")


def load_pages(root: str | Path = DEFAULT_ROOT) -> list[RealPage]:
    """Every page listed in ``root/ground-truth.json`` with its ``html/<id>.html.gz``, sorted by id.

    FileNotFoundError (naming the path) when the folder, the ground truth or a
    page's HTML file is missing: a partial dataset would give figures that
    cannot be compared with anyone else's.
    """
    base = Path(root)
    truth_path = base / "ground-truth.json"
    if not base.is_dir():
        raise FileNotFoundError(f"article-extraction-benchmark folder not found: {base}")
    if not truth_path.is_file():
        raise FileNotFoundError(f"no ground-truth.json in {base}")
    truth: dict[str, dict[str, str]] = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        page_path = base / "html" / f"{page_id}.html.gz"
        if not page_path.is_file():
            raise FileNotFoundError(f"{page_path} is missing (page {page_id} of ground-truth.json)")
        entry = truth[page_id]
        pages.append(
            RealPage(
                id=page_id,
                url=entry.get("url", ""),
                html=_decode(gzip.decompress(page_path.read_bytes())),
                gold_body=entry.get("articleBody", ""),
            )
        )
    return pages


# --- HTML → text dump ---------------------------------------------------------

#: elements whose content a reader never sees (``head`` holds ``title`` and ``meta``)
_SKIP = frozenset(
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe",
        "object", "embed", "canvas",
    }
)  # fmt: skip

#: an inline style that hides the element (``display: none`` / ``visibility: hidden``)
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)

#: elements that start and end a line of the dump; all others (a, span, b, time...) are inline
_BLOCK = frozenset(
    {
        "html", "body", "main", "article", "section", "header", "footer", "nav", "aside",
        "div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "address", "blockquote",
        "pre", "figure", "figcaption", "ul", "ol", "li", "menu", "dl", "dt", "dd",
        "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "form", "fieldset",
        "legend", "details", "summary", "dialog", "center", "br", "hr", "select", "option",
        "optgroup", "textarea", "frameset", "noframes", "video", "audio", "picture",
    }
)  # fmt: skip

#: elements in which a newline in the source is a line break
_PREFORMATTED = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})


def _parser() -> etree.HTMLParser:
    """A fresh parser per page (lxml parsers must not be shared between threads)."""
    return lhtml.HTMLParser(
        encoding="utf-8",
        no_network=True,  # never fetch DTDs or anything else
        huge_tree=False,  # libxml2's limits stay on: documents deeper than 256 are cut there
        remove_comments=True,
        remove_pis=True,
        default_doctype=False,
    )  # the HTML parser expands no entities beyond HTML's own: resolve_entities does not apply


def _hidden(el: etree._Element) -> bool:
    """True for an element hidden by its own ``hidden`` attribute or inline style."""
    if el.get("hidden") is not None:
        return True
    style = el.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def html_to_dump(page: str) -> list[str]:
    """All visible text of ``page``, one block per line, in document order, no blank lines.

    A line ends at every block-level element's start and end (p, div, h1-h6, li,
    td, tr, br, hr, nav, footer...); inline elements (a, span, b, time...) stay
    inside their block's line. White space inside a line is collapsed (``pre``
    keeps its line breaks); empty lines are dropped. Nothing is judged: menus,
    footers, sidebars and readers' comments are all in the dump, as they would be
    in a crawler's text. Only what a reader never sees is left out: script,
    style, noscript, template, head, svg, math, iframe, object, embed, canvas
    and HTML comments. CSS is not applied, so text hidden by style sheets is in
    the dump too.

    Broken HTML is repaired by libxml2. The tree is walked without recursion, so
    deep nesting cannot overflow Python's stack; libxml2 itself stops at depth
    256 (``huge_tree`` stays off for safety), and text after such a point is
    lost. An empty or text-free page gives ``[]``.
    """
    data = page.encode("utf-8", errors="replace")  # bytes: lxml refuses str with an XML declaration
    if not data.strip():
        return []
    try:
        root = lhtml.document_fromstring(data, parser=_parser())
    except etree.ParserError:  # "Document is empty": nothing but comments or white space
        return []
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if buf:
            text = " ".join("".join(buf).split())
            if text:
                lines.append(text)
            buf.clear()

    def add(text: str | None, pre: int) -> None:
        if not text:
            return
        if pre:  # a source line break is a line break of the dump
            first, *rest = text.split("\n")
            buf.append(first)
            for part in rest:
                flush()
                buf.append(part)
        else:
            buf.append(text)

    pre = 0  # how many preformatted elements we are inside
    # (element, closing): the element's start, then after its children its end
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if closing:
            if tag in _BLOCK:
                flush()
            if tag in _PREFORMATTED:
                pre -= 1
            add(el.tail, pre)
            continue
        if tag == "" or tag in _SKIP or _hidden(el):  # comment, PI, or never seen
            add(el.tail, pre)
            continue
        if tag in _BLOCK:
            flush()
        if tag in _PREFORMATTED:
            pre += 1
        add(el.text, pre)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
    flush()
    return lines


# --- dump lines → keep/drop from the gold body ---------------------------------

#: a line of at most this many tokens is "short" and matched by the stricter rule
SHORT_TOKENS = 4
#: a longer line is kept when at least this share of its tokens is covered
KEEP_SHARE = 0.6
#: the shortest text (in characters) matched with spaces ignored
MIN_UNSPACED = 8
_N = 3  # token n-gram size used to cover long lines

_Gram = tuple[str, ...]


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


class _Gold:
    """The gold body's tokens, indexed once per page for fast look-ups."""

    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        #: every token 3-gram with how often the gold body has it
        self.ngrams = Counter(tuple(self.tokens[i : i + _N]) for i in range(len(self.tokens) - _N + 1))
        #: token → its positions, to find short sequences
        self.where: dict[str, list[int]] = {}
        for i, tok in enumerate(self.tokens):
            self.where.setdefault(tok, []).append(i)
        #: the tokens with nothing between them, to match despite different spacing
        self.joined = "".join(self.tokens)

    @staticmethod
    def cover(toks: Sequence[str], available: Counter[_Gram]) -> tuple[int, Counter[_Gram]]:
        """How many of ``toks`` lie inside a 3-gram still ``available``, and the 3-grams used.

        Each use takes one occurrence, so a line cannot use a gold 3-gram more
        often than the gold body has it.
        """
        covered = [False] * len(toks)
        used: Counter[_Gram] = Counter()
        for i in range(len(toks) - _N + 1):
            gram = tuple(toks[i : i + _N])
            if available[gram] > used[gram]:
                used[gram] += 1
                covered[i : i + _N] = [True] * _N
        return sum(covered), used

    def has(self, seq: Sequence[str]) -> bool:
        """True when the gold body has ``seq`` as consecutive tokens, or (when ``seq`` joined
        is at least ``MIN_UNSPACED`` characters long) has it with other spacing."""
        if not seq:
            return False
        n = len(seq)
        if any(self.tokens[p : p + n] == list(seq) for p in self.where.get(seq[0], ())):
            return True
        return self.has_unspaced(seq)

    def has_unspaced(self, seq: Sequence[str]) -> bool:
        """True when ``seq`` joined without spaces (at least ``MIN_UNSPACED`` characters)
        occurs in the gold body joined the same way."""
        joined = "".join(seq)
        return len(joined) >= MIN_UNSPACED and joined in self.joined


def label_dump(lines: list[str], gold_body: str) -> list[bool]:
    """Keep (True) or drop (False) for each dump line, by matching it against the gold body.

    Tokens are ``\\w+`` matches (Unicode), compared case-insensitively.

    * **Long lines** (more than ``SHORT_TOKENS`` = 4 tokens) are kept when at
      least ``KEEP_SHARE`` (60 %) of their tokens lie inside a token 3-gram the
      gold body also has, so the words must occur *in that order* there, not
      just anywhere. Gold 3-grams are used up: lines are taken best-covered
      first (then in page order), and each 3-gram occurrence of the gold body
      covers one line only. So when the page repeats body text (a teaser with
      the first paragraph as excerpt, a caption shown twice, a ticker), the
      fuller copy is kept and the repeats, finding their 3-grams taken, are
      dropped.
    * A long line whose tokens match nowhere may still match with spacing
      ignored: it is kept when its tokens, joined without spaces, occur in the
      gold body's tokens joined the same way (Japanese or Chinese text, where
      ``\\w+`` runs over whole clauses and the gold body may be spaced
      differently).
    * **Short lines** (1-4 tokens: a subheading, "Share", a menu item) must
      occur in the gold body as that exact token sequence (or, from
      ``MIN_UNSPACED`` = 8 characters, with spacing ignored) *and* sit in the
      article: both their neighbours are kept, or one neighbour is kept and
      the gold body has the two next to each other (the previous line's last
      two tokens then this line, or this line then the next line's first two
      tokens). Neighbours are the nearest lines with tokens. Short lines are
      decided again until nothing changes, so a run of them (a list inside the
      body) is kept one by one from a kept paragraph, while "Share" or a menu
      item stays out although the body has those words.
    * A line without tokens ("|", "—") is dropped.

    The gold body is indexed once per call (3-gram counts, each token's
    positions), so a page costs a few passes over its lines.
    """
    gold = _Gold(gold_body)
    toks = [_tokens(line) for line in lines]
    keep = [False] * len(lines)
    long = [i for i, t in enumerate(toks) if len(t) > SHORT_TOKENS]
    first = {i: gold.cover(toks[i], gold.ngrams)[0] for i in long}
    available = Counter(gold.ngrams)
    for i in sorted(long, key=lambda i: (-first[i], i)):  # best-covered lines claim first
        need = KEEP_SHARE * len(toks[i])
        covered, used = gold.cover(toks[i], available)
        if covered >= need:
            keep[i] = True
            for gram, n in used.items():
                available[gram] -= n
        elif first[i] < need:  # no token match even before claims: try without spaces
            keep[i] = gold.has_unspaced(toks[i])

    worded = [i for i, t in enumerate(toks) if t]
    prev = {i: (worded[k - 1] if k else None) for k, i in enumerate(worded)}
    nxt = {i: (worded[k + 1] if k + 1 < len(worded) else None) for k, i in enumerate(worded)}
    short = [i for i in worded if len(toks[i]) <= SHORT_TOKENS and gold.has(toks[i])]

    def in_article(i: int) -> bool:
        p, n = prev[i], nxt[i]
        p_kept = p is not None and keep[p]
        n_kept = n is not None and keep[n]
        if p_kept and n_kept:
            return True
        if p is not None and p_kept and gold.has(toks[p][-2:] + toks[i]):
            return True
        return n is not None and n_kept and gold.has(toks[i] + toks[n][:2])

    changed = True
    while changed:
        changed = False
        for order in (short, short[::-1]):  # forward then backward: runs grow both ways
            for i in order:
                if not keep[i] and in_article(i):
                    keep[i] = changed = True
    return keep


# --- tune / report split ---------------------------------------------------------


def split_of(page_id: str) -> str:
    """``"tune"`` or ``"report"``: the half of the benchmark a page belongs to.

    The split is fixed by a stable hash, not by order or chance: a page is in
    ``"tune"`` when the first hex digit of ``sha256(page_id as UTF-8)`` is even,
    otherwise in ``"report"``. Rules and thresholds may be tuned by looking at
    ``"tune"`` pages only; figures quoted to users come from ``"report"``
    pages. (On the 181 pages this gives 79 tune and 102 report pages.)
    """
    digit = int(hashlib.sha256(page_id.encode("utf-8")).hexdigest()[0], 16)
    return "tune" if digit % 2 == 0 else "report"
