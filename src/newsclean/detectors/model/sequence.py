"""The trained sequence model: weights, prediction, and its JSON file.

A linear-chain model over a page's segments: each segment gets a score per
label (the sum of its features' weights, :mod:`.features`), label pairs get a
transition score, and the best label sequence is found by Viterbi. The
confidence of each label is its probability given the features and the
Viterbi labels next to it (a softmax over the scores consistent with the
path), which costs O(n · L) where full forward-backward marginals would
cost O(n · L²) and about as much as the rules themselves.

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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import overload

from newsclean.detectors.model.decode import path_distributions, viterbi
from newsclean.detectors.model.features import page_features
from newsclean.detectors.page import Page
from newsclean.errors import ModelError
from newsclean.types import Label

FORMAT = "newsclean-sequence-model"
FORMAT_VERSION = 1
#: how many features the reason string names
REASON_FEATURES = 3


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

    # -- prediction -------------------------------------------------------

    def emissions(self, features: list[list[str]]) -> list[list[float]]:
        """Per segment, the summed weights of its features, one score per label."""
        return self._score(features)[0]

    def _score(self, features: list[list[str]]) -> tuple[list[list[float]], list[list[str]], list[list[list[float]]]]:
        """Emissions, and per segment the features the model knows with their weight rows."""
        weights = self.weights
        lookup = weights.__getitem__
        zero = [0.0] * len(self.labels)
        emissions: list[list[float]] = []
        known: list[list[str]] = []
        rows: list[list[list[float]]] = []
        for feats in features:
            found = [f for f in feats if f in weights]
            ws = list(map(lookup, found))
            emissions.append(list(map(sum, zip(*ws))) if ws else zero)
            known.append(found)
            rows.append(ws)
        return emissions, known, rows

    def predict(self, page: Page) -> Prediction:
        """Label, probability and reason per segment of ``page`` (see :class:`Prediction`)."""
        emissions, known, rows = self._score(page_features(page))
        path = viterbi(emissions, self.transitions, self.start, self.end)
        probs = path_distributions(emissions, self.transitions, self.start, self.end, path)
        return Prediction(self.labels, known, rows, path, probs)

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
        labels: list[Label],
        known: list[list[str]],
        rows: list[list[list[float]]],
        path: list[int],
        probs: list[list[float]],
    ) -> None:
        self._labels = labels
        self._known = known
        self._rows = rows
        self.path = path
        self.probs = probs

    def __len__(self) -> int:
        return len(self.path)

    def label(self, i: int) -> Label:
        return self._labels[self.path[i]]

    def top_features(self, i: int) -> list[str]:
        """Up to :data:`REASON_FEATURES` features that favour segment ``i``'s label over the runner-up."""
        y = self.path[i]
        row = self.probs[i]
        rest = [*row[:y], -1.0, *row[y + 1 :]]
        against = rest.index(max(rest))
        gains = [w[y] - w[against] for w in self._rows[i]]
        known = self._known[i]
        top: list[str] = []
        while gains and len(top) < REASON_FEATURES:
            best = max(gains)
            if best <= 0.0:
                break
            k = gains.index(best)
            top.append(known[k])
            gains[k] = 0.0
        return top

    def _item(self, i: int) -> tuple[Label, float, str]:
        y = self.path[i]
        why = ", ".join("+" + f for f in self.top_features(i)) or "transitions only"
        return self._labels[y], self.probs[i][y], f"model: top features {why}"

    @overload
    def __getitem__(self, i: int) -> tuple[Label, float, str]: ...
    @overload
    def __getitem__(self, i: slice) -> list[tuple[Label, float, str]]: ...
    def __getitem__(self, i: int | slice) -> tuple[Label, float, str] | list[tuple[Label, float, str]]:
        if isinstance(i, slice):
            return [self._item(k) for k in range(len(self.path))[i]]
        if i < 0:
            i += len(self.path)
        if not 0 <= i < len(self.path):
            raise IndexError("segment index out of range")
        return self._item(i)

    def __iter__(self) -> Iterator[tuple[Label, float, str]]:
        return (self._item(i) for i in range(len(self.path)))


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
