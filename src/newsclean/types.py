"""Plain data passed between the pipeline's stages.

input → :class:`Segment` list → detectors (:class:`Verdict` per segment) →
decision (one :class:`Label` per segment) → :class:`Article`.

Nothing here does any work; every stage imports these and nothing else from its
neighbours, so a stage can be read (and replaced) on its own.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


class Label(str, enum.Enum):
    """The eight labels of the labelling guide (``shared/labelling-guide.md``)."""

    HEADLINE = "headline"
    BODY = "body"
    BYLINE = "byline"
    CAPTION = "caption"
    PROMO = "promo"
    SIDEBAR = "sidebar"
    AD = "ad"
    CHROME = "chrome"

    def __str__(self) -> str:
        return self.value

    @property
    def kept(self) -> bool:
        """True for the labels that make up the article (headline and body)."""
        return self in KEEP

    @classmethod
    def parse(cls, name: str) -> Label:
        """``Label.parse("Caption ")`` → ``Label.CAPTION``; ValueError names the choices."""
        try:
            return cls(name.strip().lower())
        except ValueError:
            choices = ", ".join(label.value for label in cls)
            raise ValueError(f"unknown label {name!r} (choose from: {choices})") from None

    @classmethod
    def parse_many(cls, names: str | Iterable[str]) -> frozenset[Label]:
        """Parse ``"caption,byline"`` or an iterable of names into a set of labels."""
        if isinstance(names, str):
            names = [n for n in names.split(",") if n.strip()]
        return frozenset(cls.parse(n) for n in names)


KEEP: frozenset[Label] = frozenset({Label.HEADLINE, Label.BODY})


@dataclass(frozen=True)
class Verdict:
    """What one detector says about one segment, and why.

    ``rule`` is a stable name (``"byline.en.by_name"``) that a user can look up;
    ``match`` is the part of the text that triggered it (may be empty for
    context rules); ``score`` is the detector's confidence in [0, 1].
    """

    label: Label
    rule: str
    match: str = ""
    score: float = 1.0
    detector: str = "rules"


@dataclass(slots=True, init=False)
class Segment:
    """One non-blank input line (text input) or one text block (HTML input).

    ``line`` is the 0-based index of the input line the segment came from, so
    that ``--annotate`` can restore blank lines exactly. ``blank_before`` says
    whether a blank line (a paragraph break in most dumps) precedes it.
    ``reason`` (a constructor argument and a property) is kept in ``why``,
    which may hold a function that works it out when first read.
    """

    index: int
    line: int
    text: str
    blank_before: bool = False
    label: Label = Label.CHROME
    detector: str = "default"
    #: :attr:`reason` as decided: the text, or a function that gives it when first read
    why: str | Callable[[], str] = ""
    score: float = 0.0
    dom: dict[str, object] | None = None

    def __init__(
        self,
        index: int,
        line: int,
        text: str,
        blank_before: bool = False,
        label: Label = Label.CHROME,
        detector: str = "default",
        reason: str | Callable[[], str] = "",
        score: float = 0.0,
        dom: dict[str, object] | None = None,
    ) -> None:
        self.index = index
        self.line = line
        self.text = text
        self.blank_before = blank_before
        self.label = label
        self.detector = detector
        self.why = reason
        self.score = score
        self.dom = dom

    @property
    def reason(self) -> str:
        """Why the segment got its label: the rule and what it matched, or the model's top features."""
        why = self.why
        if not isinstance(why, str):
            why = self.why = why()
        return why

    @reason.setter
    def reason(self, reason: str) -> None:
        self.why = reason

    def decide(self, label: Label, detector: str, reason: str | Callable[[], str], score: float = 1.0) -> None:
        """Set the final label with the detector and reason that chose it.

        ``reason`` may be a function that gives it: it is called when the
        reason is first read (the model's reasons cost more to work out than
        its decisions, and a filter that prints the article never reads them).
        """
        self.label = label
        self.detector = detector
        self.why = reason
        self.score = score

    def __eq__(self, other: object) -> bool:
        # the reasons compared as text, worked out or not
        if not isinstance(other, Segment) or other.__class__ is not self.__class__:
            return NotImplemented
        return _compared(self) == _compared(other)


def _compared(s: Segment) -> tuple[object, ...]:
    return (s.index, s.line, s.text, s.blank_before, s.label, s.detector, s.reason, s.score, s.dom)


@dataclass(frozen=True)
class Options:
    """How to clean: one immutable object instead of a long list of flags.

    Make variants with :func:`dataclasses.replace`, e.g.
    ``replace(Options(), keep=Label.parse_many("caption"))``.
    """

    #: labels added back to the output next to headline and body
    keep: frozenset[Label] = frozenset()
    #: "auto" (sniff), "text" or "html"
    input_format: str = "auto"
    #: use the statistical model next to the rules (when a model is available)
    use_model: bool = True
    #: path of a model trained with ``newsclean train``; None = the bundled one
    model_path: str | None = None
    #: ablation for the benchmark: the model labels every line, rules only feed it features
    model_only: bool = False
    #: HTML only: let a main-content finder bound the article (a hint)
    main_content_hint: bool = True
    #: HTML only: which finder: "dom" (newsclean's own, over the block tree) or
    #: "trafilatura" (its extraction; slower)
    main_content_source: str = "dom"
    #: HTML only, with the "dom" finder: the line rules read the blocks within this many
    #: blocks of the main content; the rest (menus, rails, footers far from it) are labelled
    #: from their markup alone, which is faster (0 = the rules read every block; the
    #: article is the same either way, some labels of far furniture are finer)
    rules_window: int = 40
    #: HTML only: read the publication date (metadata ``published``) with htmldate, a
    #: few percent of an HTML page's time; the command turns it off when it prints no
    #: metadata (plain text output), as trafilatura's ``extract`` reads none by default
    find_date: bool = True
    #: refuse inputs larger than this many bytes (0 = no limit)
    max_bytes: int = 256 * 1024 * 1024
    #: refuse pages of more lines (or HTML blocks) than this (0 = no limit): memory grows
    #: with the line count, and no news page has hundreds of thousands of lines
    max_lines: int = 250_000
    #: lines longer than this are cut for pattern matching (the text is kept whole)
    max_line_chars: int = 20_000

    def __post_init__(self) -> None:
        if self.input_format not in ("auto", "text", "html"):
            raise ValueError(f"input_format must be auto, text or html, not {self.input_format!r}")
        if self.main_content_source not in ("dom", "trafilatura"):
            raise ValueError(f"main_content_source must be dom or trafilatura, not {self.main_content_source!r}")
        if self.rules_window < 0:
            raise ValueError(f"rules_window must be 0 or more, not {self.rules_window}")
        object.__setattr__(self, "keep", frozenset(Label.parse_many(self.keep)))


#: the reason of a line the decision took for the article's standfirst (``decision.resolve``)
STANDFIRST_RULE = "decision.standfirst"


@dataclass
class Article:
    """The result of :func:`newsclean.clean`.

    ``segments`` holds every segment with its label and the reason for it;
    ``text`` is what the CLI prints by default: the headline and the body, one
    paragraph per line, a blank line between paragraphs (plus any labels named
    in ``Options.keep``).
    """

    segments: list[Segment]
    line_count: int
    keep: frozenset[Label] = KEEP
    input_format: str = "text"
    metadata: dict[str, object] = field(default_factory=dict)

    def lines(self, labels: Iterable[Label] | None = None) -> list[str]:
        wanted = set(labels) if labels is not None else set(self.keep)
        return [s.text for s in self.segments if s.label in wanted]

    @property
    def text(self) -> str:
        return "\n\n".join(self.lines())

    @property
    def headline(self) -> str | None:
        for s in self.segments:
            if s.label is Label.HEADLINE:
                return s.text
        return None

    @property
    def standfirst(self) -> str | None:
        """The standfirst (dek) the decision told apart, if any: a body line, listed here too
        for users (and benchmarks) whose idea of the body leaves it out."""
        for s in self.segments:
            if s.label is Label.BODY and s.detector == "rules" and s.reason.startswith(STANDFIRST_RULE):
                return s.text
        return None

    @property
    def body(self) -> str:
        return "\n\n".join(self.lines([Label.BODY]))

    @property
    def bylines(self) -> list[str]:
        return self.lines([Label.BYLINE])

    @property
    def captions(self) -> list[str]:
        return self.lines([Label.CAPTION])

    @property
    def promos(self) -> list[str]:
        return self.lines([Label.PROMO])

    @property
    def found(self) -> bool:
        """True when an article (at least one body segment) was found."""
        return any(s.label is Label.BODY for s in self.segments)

    def labels(self) -> list[Label]:
        return [s.label for s in self.segments]
