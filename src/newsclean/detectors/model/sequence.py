"""The trained sequence model: weights, prediction, and its JSON file.

A linear-chain model over a page's segments: each segment gets a score per
label (the sum of its features' weights, :mod:`.features`), label pairs get a
transition score, and the best label sequence is found by Viterbi. The
confidence of each label is its probability given the features and the
Viterbi labels next to it (a softmax over the scores consistent with the
path), which costs O(n · L) where full forward-backward marginals would
cost O(n · L²) and about as much as the rules themselves.

Prediction must stay cheap next to the rules (the benchmark wants at least
half the rules-only throughput), so :meth:`Model.predict` does not build the
neighbour features as strings: a segment's key features (what its
neighbours see) recur across segments and pages, and their weights per
offset are looked up once and cached on the model (:class:`_Group`). The
result is the same as scoring :func:`~.features.page_features`
(:meth:`Model.emissions`, which training and the tests use). A model's
weights must therefore not change once it has predicted.

The file is JSON::

    {"format": "newsclean-sequence-model", "version": 1,
     "labels": [...], "start": [...], "end": [...], "transitions": [[...]],
     "weights": {"feature": [w per label], ...}, "info": {...}}

``version`` is the format version; a file of another version, of another
format or that is not valid JSON raises :class:`~newsclean.errors.ModelError`.
"""

from __future__ import annotations

import json
import math
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import count
from pathlib import Path
from typing import overload

from newsclean.detectors.model.decode import Plan, path_distribution, plan, transposed, viterbi
from newsclean.detectors.model.features import EDGE, OFFSETS, PageParts, page_parts, prefixed
from newsclean.detectors.page import Page
from newsclean.errors import ModelError
from newsclean.types import Label

FORMAT = "newsclean-sequence-model"
FORMAT_VERSION = 1
#: how many features the reason string names
REASON_FEATURES = 2
#: at most this many distinct key-feature tuples are cached per model (a few hundred occur in practice)
MAX_CACHED_GROUPS = 20_000
#: at most this many distinct context-feature tuples are cached per model
MAX_CACHED_CONTEXTS = 50_000
#: at most this many feature gains are cached per label pair (unknown features, new lead
#: words, are cached too, as 0.0; the model knows a few thousand features)
MAX_CACHED_GAINS = 20_000


@dataclass
class Model:
    """Weights of a linear-chain model over :class:`~newsclean.types.Label`."""

    labels: list[Label]
    #: feature name → one weight per label (in ``labels`` order)
    weights: dict[str, list[float]]
    transitions: list[list[float]]
    start: list[float]
    end: list[float]
    #: how it was trained (free-form, saved with the model)
    info: dict[str, object] = field(default_factory=dict)

    #: ``transitions`` transposed (:func:`~.decode.transposed`)
    columns: list[list[float]] = field(init=False, repr=False, compare=False)
    #: what Viterbi derives from ``transitions`` (:func:`~.decode.plan`)
    _plan: Plan = field(init=False, repr=False, compare=False)
    #: per key features of a segment (:func:`~.features.key_features`), per offset: their weights, summed and one by one
    _groups: dict[tuple[str, ...], tuple[_Group, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    #: per context features of a segment (:attr:`~.features.PageParts.context`): their summed weights
    _contexts: dict[tuple[str, ...], Sequence[float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    #: per label pair: each feature's weight for the runner-up minus its weight for the label (see :meth:`pair_gains`)
    _pair_gains: dict[int, _Gains] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.columns = transposed(self.transitions)
        self._plan = plan(self.transitions)

    # -- prediction -------------------------------------------------------

    def emissions(self, features: list[list[str]]) -> list[list[float]]:
        """Per segment, the summed weights of its features (full lists, :func:`~.features.page_features`)."""
        get = self.weights.get
        zero = [0.0] * len(self.labels)
        out: list[list[float]] = []
        for feats in features:
            rows = list(filter(None, map(get, feats)))
            out.append(list(map(sum, zip(*rows))) if rows else zero)
        return out

    def predict(self, page: Page) -> Prediction:
        """Label, probability and reason per segment of ``page`` (see :class:`Prediction`).

        Scores the same features as :meth:`emissions` of
        :func:`~.features.page_features`, faster: a neighbour's key features
        are looked up once per distinct (offset, key features) and cached.
        """
        parts = page_parts(page)
        cached = self._groups.get
        seen = [cached(k) or self._groups_of(k) for k in parts.keys]  # seen[j][o]: what segment j shows at OFFSETS[o]
        n = len(seen)
        reach = max(map(abs, OFFSETS))
        padded = [self._groups_of(EDGE)] * reach + seen + [self._groups_of(EDGE)] * reach
        columns = [[g[o] for g in padded[reach + off : reach + off + n]] for o, off in enumerate(OFFSETS)]
        around = list(zip(*columns))  # around[i]: the groups segment i sees, one per offset
        totals = [[g.total for g in c] for c in columns]
        emissions = self._emissions_of(page, parts, totals)
        path = viterbi(emissions, self.transitions, self.start, self.end, self._plan)
        return Prediction(self, emissions, parts, around, path)

    def _emissions_of(self, page: Page, parts: PageParts, totals: list[list[Sequence[float]]]) -> list[list[float]]:
        """Each segment's score per label: its context vector, its neighbours' group totals, its line features.

        The same sums as :meth:`emissions`, in another order (context, each neighbour, then
        the line features). A page of lines picked again from a first page (the second and
        later passes over its kept lines) reuses the previous such pass's score of a line
        whose context and neighbours are what they were then (:meth:`_again`).
        """
        origin = page.picked_from
        if origin is not None and len(totals) == 2:
            return self._again(origin[0], origin[1], parts, totals)
        _MEMO[0] = None  # a new page: the previous page's passes are done
        get = self.weights.get
        contexts = self._contexts
        emissions: list[list[float]] = []
        add = emissions.append
        if len(totals) == 2:  # OFFSETS: the lines above and below (the same sums, without a list per line)
            for line, context, above, below in zip(parts.line, parts.context, *totals):
                vector = contexts.get(context)
                if vector is None:
                    vector = self._context_vector(context)
                add(list(map(sum, zip(vector, above, below, *filter(None, map(get, line))))))
        else:
            for line, context, *sums in zip(parts.line, parts.context, *totals):
                vector = contexts.get(context)
                if vector is None:
                    vector = self._context_vector(context)
                add(list(map(sum, zip(vector, *sums, *filter(None, map(get, line))))))
        return emissions

    def _again(
        self, first: Page, rows: Sequence[int], parts: PageParts, totals: list[list[Sequence[float]]]
    ) -> list[list[float]]:
        """:meth:`_emissions_of` of the lines ``rows`` of ``first`` picked again.

        A line's features are a function of its text, so a line whose context tuple and
        neighbour totals are those of the previous pass over ``first`` (:class:`_PageMemo`)
        gets that pass's scores back. Only the passes over picked lines are remembered: the
        first pass over a page shares few contexts with the next (its lines sit elsewhere in
        a page many times longer), and holding its lists through the next pass's rules made
        the collector walk them (200 pages cost more than they saved). On the one-file input
        the third and fourth passes reuse most of their lines' scores.
        """
        memo = _PageMemo.of(self, first)
        get = self.weights.get
        contexts = self._contexts
        emissions: list[list[float]] = []
        add = emissions.append
        where: dict[int, int] = {}
        before_contexts: Sequence[tuple[str, ...]] = ()
        before_above: Sequence[Sequence[float]] = ()
        before_below: Sequence[Sequence[float]] = ()
        before: Sequence[list[float]] = ()
        if memo is not None:
            before_rows, before_contexts, (before_above, before_below), before = memo.previous
            where = dict(zip(before_rows, count()))
        for o, line, context, above, below in zip(rows, parts.line, parts.context, *totals):
            k = where.get(o)
            if (
                k is not None
                and before_above[k] is above
                and before_below[k] is below
                and before_contexts[k] == context
            ):
                add(before[k])
                continue
            vector = contexts.get(context)
            if vector is None:
                vector = self._context_vector(context)
            add(list(map(sum, zip(vector, above, below, *filter(None, map(get, line))))))
        _PageMemo.start(self, first, rows, parts.context, totals, emissions)
        return emissions

    def _context_vector(self, context: tuple[str, ...]) -> Sequence[float]:
        """The summed weights of a segment's context features (cached per distinct tuple)."""
        rows = [w for w in map(self.weights.get, context) if w is not None]
        vector = [sum(col) for col in zip(*rows)] if rows else [0.0] * len(self.labels)
        if len(self._contexts) < MAX_CACHED_CONTEXTS:
            self._contexts[context] = vector
        return vector

    def pair_gains(self, pair: int, label: int, against: int) -> _Gains:
        """Feature name → its weight for ``against`` minus its weight for ``label`` (0.0 for an unknown feature).

        Negative where the feature favours ``label``. ``pair`` identifies (label,
        against); cached per pair and filled as features are met, so that the
        reason of a line (:meth:`Prediction.top_features`) reads its features'
        gains with one C-level ``map`` instead of indexing every weight row.
        """
        gains = self._pair_gains.get(pair)
        if gains is None:
            gains = self._pair_gains[pair] = _Gains(self.weights, label, against)
        return gains

    def _groups_of(self, keys: tuple[str, ...]) -> tuple[_Group, ...]:
        """The weights of a segment's key features as its neighbours see them, per offset (cached)."""
        hit = self._groups.get(keys)
        if hit is not None:
            return hit
        out = []
        for off in OFFSETS:
            names = [f for f in prefixed(off, keys) if f in self.weights]
            out.append(_Group(names, [self.weights[f] for f in names], len(self.labels)))
        groups = tuple(out)
        if len(self._groups) < MAX_CACHED_GROUPS:
            self._groups[keys] = groups
        return groups

    # -- file -------------------------------------------------------------

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "labels": [label.value for label in self.labels],
            "start": _rounded(self.start),
            "end": _rounded(self.end),
            "transitions": [_rounded(row) for row in self.transitions],
            "weights": {f: _rounded(w) for f, w in sorted(self.weights.items())},
            "info": self.info,
        }

    def save(self, path: str | Path) -> None:
        """Write the model as JSON (compact, sorted, so equal models give equal files)."""
        text = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        Path(path).write_text(text + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> Model:
        """Read a model file; :class:`ModelError` (one line) when it is missing, corrupt or of another version."""
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ModelError(f"model file not found: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ModelError(f"cannot read model file {path}: {_oneline(exc)}") from None
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise ModelError(f"model file {path} is not valid JSON: {_oneline(exc)}") from None
        return cls.from_json(data, str(path))

    @classmethod
    def from_json(cls, data: object, where: str = "<model>") -> Model:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"{where} is not a newsclean model file (no format {FORMAT!r})")
        if data.get("version") != FORMAT_VERSION:
            raise ModelError(
                f"{where} has model format version {data.get('version')!r}; this newsclean reads version {FORMAT_VERSION} (retrain with 'newsclean train')"
            )
        try:
            labels = [Label(name) for name in data["labels"]]
            size = len(labels)
            start = _floats(data["start"], size)
            end = _floats(data["end"], size)
            transitions = [_floats(row, size) for row in data["transitions"]]
            weights = {str(f): _floats(w, size) for f, w in data["weights"].items()}
            info = data.get("info", {})
            if len(transitions) != size or not isinstance(info, dict):
                raise ValueError("transitions or info malformed")
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ModelError(f"{where} is a corrupt model file: {_oneline(exc)}") from None
        return cls(labels, weights, transitions, start, end, info)


class Prediction(Sequence[tuple[Label, float, str]]):
    """The model's output for one page: ``(label, probability, reason)`` per segment.

    The probability is P(label | features, the path's labels around it)
    (:func:`~.decode.path_distributions`). The reason names the features
    that pushed most towards the label rather than the runner-up; it is
    worked out only for the segments that are looked at (the decision stage
    reads the model only where the rules are unsure).
    """

    def __init__(
        self,
        model: Model,
        emissions: list[list[float]],
        parts: PageParts,
        around: list[tuple[_Group, ...]],
        path: list[int],
    ) -> None:
        self._model = model
        self._emissions = emissions
        #: each segment's own features (known to the model or not); the reason
        #: (:meth:`top_features`) is worked out from them only when asked for
        self._parts = parts
        self._around = around
        self._dists: list[list[float] | None] = [None] * len(path)
        self.path = path

    def __len__(self) -> int:
        return len(self.path)

    def label(self, i: int) -> Label:
        return self._model.labels[self.path[i]]

    def labels(self) -> list[Label]:
        """Every segment's label (:meth:`label` of each)."""
        names = self._model.labels
        return [names[y] for y in self.path]

    def probability(self, i: int) -> float:
        """The probability of segment ``i``'s label (``self[i][1]``)."""
        return self.distribution(i)[self.path[i]]

    def reason(self, i: int) -> str:
        """Why segment ``i`` got its label (``self[i][2]``)."""
        return self._item(i)[2]

    def distribution(self, i: int) -> list[float]:
        """P(each label at segment ``i`` | its features and the path's labels around it)."""
        dist = self._dists[i]
        if dist is None:
            m = self._model
            dist = path_distribution(self._emissions, m.transitions, m.columns, m.start, m.end, self.path, i)
            self._dists[i] = dist
        return dist

    @property
    def probs(self) -> list[list[float]]:
        """:meth:`distribution` of every segment."""
        return [self.distribution(i) for i in range(len(self.path))]

    def top_features(self, i: int) -> list[str]:
        """Up to :data:`REASON_FEATURES` features that favour segment ``i``'s label over the runner-up.

        Among the segment's own features and the strongest one of each
        neighbour (a neighbour's features come as a group, cached).
        """
        return self._top(i, self.distribution(i))

    def _top(self, i: int, row: list[float]) -> list[str]:
        return _top_features(
            self._model, self.path[i], row, self._parts.line[i], self._parts.context[i], self._around[i]
        )

    def _item(self, i: int) -> tuple[Label, float, str]:
        row = self.distribution(i)
        y = self.path[i]
        return self._model.labels[y], row[y], self.reason_later(i)()

    def reason_later(self, i: int) -> Callable[[], str]:
        """A function that gives :meth:`reason` ``(i)`` when called.

        It holds segment ``i``'s own parts only, not the page's prediction: the
        decision stage hands it to the segment (:meth:`~newsclean.types.Segment.decide`),
        which calls it when the reason is first read.
        """
        return partial(
            _reason,
            self._model,
            self.path[i],
            self.distribution(i),
            self._parts.line[i],
            self._parts.context[i],
            self._around[i],
        )

    @overload
    def __getitem__(self, i: int) -> tuple[Label, float, str]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[Label, float, str]]: ...
    def __getitem__(self, i: int | slice) -> tuple[Label, float, str] | list[tuple[Label, float, str]]:
        if type(i) is int and 0 <= i < len(self.path):  # the decision stage's case, first
            return self._item(i)
        if isinstance(i, slice):
            return [self._item(k) for k in range(len(self.path))[i]]
        if i < 0:
            i += len(self.path)
        if not 0 <= i < len(self.path):
            raise IndexError("segment index out of range")
        return self._item(i)

    def __iter__(self) -> Iterator[tuple[Label, float, str]]:
        return (self._item(i) for i in range(len(self.path)))


def _top_features(
    model: Model, y: int, row: list[float], line: list[str], context: tuple[str, ...], around: tuple[_Group, ...]
) -> list[str]:
    """:meth:`Prediction.top_features` of a segment labelled ``y``, with ``row`` its distribution."""
    p = row[y]
    row[y] = -1.0  # hide the label to find the runner-up, then put it back
    against = row.index(max(row))
    row[y] = p
    pair = y * len(row) + against
    # (minus gain, position, name): the largest gain first, the earlier feature on a tie;
    # the segment's own features are its line features, then its context features
    own = [*line, *context]
    minus = model.pair_gains(pair, y, against).__getitem__
    cands = [(gain, k, f) for k, gain, f in zip(count(), map(minus, own), own) if gain < 0.0]
    for k, group in enumerate(around, len(own)):
        gain, name = group.best(pair, y, against)
        if gain > 0.0:
            cands.append((-gain, k, name))
    cands.sort()
    top: list[str] = []
    for _, _, name in cands:
        if name not in top:  # a feature listed twice counts twice, but is named once
            top.append(name)
            if len(top) == REASON_FEATURES:
                break
    return top


def _reason(
    model: Model, y: int, row: list[float], line: list[str], context: tuple[str, ...], around: tuple[_Group, ...]
) -> str:
    """:meth:`Prediction.reason` of a segment (see :func:`_top_features`)."""
    top = _top_features(model, y, row, line, context, around)
    return "model: top features " + ("+" + ", +".join(top) if top else "transitions only")


class _Gains(dict[str, float]):
    """:meth:`Model.pair_gains` of one label pair: a feature's gain is worked out the first time it is asked for."""

    __slots__ = ("_against", "_get", "_label")

    def __init__(self, weights: dict[str, list[float]], label: int, against: int) -> None:
        super().__init__()
        self._get = weights.get
        self._label = label
        self._against = against

    def __missing__(self, name: str) -> float:
        w = self._get(name)
        gain = 0.0 if w is None else w[self._against] - w[self._label]
        if len(self) < MAX_CACHED_GAINS:
            self[name] = gain
        return gain


class _Group:
    """One neighbour's known key features at one offset: names, weight rows and their sum."""

    __slots__ = ("_best", "names", "rows", "total")

    def __init__(self, names: list[str], rows: list[Sequence[float]], size: int) -> None:
        self.names = names
        self.rows = rows
        self.total: Sequence[float] = [sum(col) for col in zip(*rows)] if rows else [0.0] * size
        self._best: dict[int, tuple[float, str]] = {}

    def best(self, pair: int, label: int, against: int) -> tuple[float, str]:
        """The feature that favours ``label`` over ``against`` most, with its gain (``""`` if none).

        ``pair`` identifies (label, against) for the cache.
        """
        hit = self._best.get(pair)
        if hit is None:
            gains = [w[label] - w[against] for w in self.rows]
            top = max(gains, default=0.0)
            hit = (top, self.names[gains.index(top)]) if top > 0.0 else (0.0, "")
            self._best[pair] = hit
        return hit


class _PageMemo:
    """The latest pass's scores over a first page's picked lines, for the next pass over some of them again.

    ``previous`` is that pass's rows (indices into the first page), context tuples,
    neighbour totals (above, below) and scores, the pass's own lists. One memo at a time,
    for one model and one first page, both held weakly (the memo never keeps a page or a
    model alive); a page with another first page or scored by another model finds none,
    so nothing is read across pages or models. A page's first pass drops the memo there was.
    """

    __slots__ = ("model", "page", "previous")

    def __init__(
        self,
        model: Model,
        page: Page,
        previous: tuple[Sequence[int], Sequence[tuple[str, ...]], list[list[Sequence[float]]], Sequence[list[float]]],
    ) -> None:
        self.model = weakref.ref(model)
        self.page = weakref.ref(page)
        self.previous = previous

    @staticmethod
    def start(
        model: Model,
        first: Page,
        rows: Sequence[int],
        contexts: Sequence[tuple[str, ...]],
        totals: list[list[Sequence[float]]],
        emissions: Sequence[list[float]],
    ) -> None:
        """Remember a pass over lines ``rows`` of ``first`` (replacing the memo there was)."""
        _MEMO[0] = _PageMemo(model, first, (rows, contexts, totals, emissions))

    @staticmethod
    def of(model: Model, first: Page) -> _PageMemo | None:
        """The memo of the latest pass over ``first`` scored by ``model``, if it is the current one."""
        memo = _MEMO[0]
        if memo is None or memo.page() is not first or memo.model() is not model:
            return None
        return memo


#: the current :class:`_PageMemo` (one slot: replaced, never grown)
_MEMO: list[_PageMemo | None] = [None]


def _rounded(values: Sequence[float]) -> list[float]:
    return [round(v, 4) for v in values]


def _floats(values: object, size: int) -> list[float]:
    if not isinstance(values, list) or len(values) != size:
        raise ValueError(f"expected a list of {size} numbers")
    out = [float(v) for v in values]
    if not all(math.isfinite(v) for v in out):
        raise ValueError("weights must be finite numbers")
    return out


def _oneline(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
