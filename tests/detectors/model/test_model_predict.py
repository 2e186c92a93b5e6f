"""Predictions: one (label, probability, reason) per segment, and the pipeline hook."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from pathlib import Path

import pytest

from newsclean import pipeline
from newsclean.detectors import model as model_pkg
from newsclean.detectors.model import predict_if_available, store
from newsclean.detectors.model.decode import (
    backward,
    forward,
    node_marginals,
    pair_marginals,
    path_distributions,
    potentials,
    viterbi,
)
from newsclean.detectors.model.features import OFFSETS, page_features
from newsclean.detectors.model.sequence import REASON_FEATURES, Model
from newsclean.detectors.model.train import Settings, train
from newsclean.detectors.page import Page
from newsclean.errors import ModelError
from newsclean.segfile import SegDocument
from newsclean.types import Label, Options, Segment

NEIGHBOUR_PREFIXES = tuple(f"{off:+d}:" for off in OFFSETS)

SMALL_PAGE = """Home
News

Harbour wall plans approved after storms
By Jane Roe

The town council voted on Tuesday to build a new harbour wall after two winter storms flooded the quay.
Advertisement
Fishermen welcomed the decision but said they had waited for it for more than ten years.
Copyright 2025 Harbour Times
"""


def test_one_prediction_per_segment(tiny_model: Model, make_page: Callable[[str], Page]) -> None:
    page = make_page(SMALL_PAGE)
    pred = tiny_model.predict(page)
    assert len(pred) == len(page) == 8
    items = list(pred)
    assert len(items) == len(page)
    for label, prob, reason in items:
        assert isinstance(label, Label)
        assert 0.0 <= prob <= 1.0
        assert reason.startswith("model: top features ")
    assert pred[-1] == items[-1]
    assert pred[1:3] == items[1:3]
    with pytest.raises(IndexError):
        pred[len(page)]


def test_probabilities_are_distributions(tiny_model: Model, make_page: Callable[[str], Page]) -> None:
    pred = tiny_model.predict(make_page(SMALL_PAGE))
    for row, y in zip(pred.probs, pred.path):
        assert math.isclose(sum(row), 1.0, rel_tol=1e-9)
        assert 0.0 <= row[y] <= 1.0


def test_empty_page(tiny_model: Model) -> None:
    assert list(tiny_model.predict(Page.of([]))) == []


Scores = dict[tuple[int, ...], float]


def _all_paths(emissions: list[list[float]], trans: list[list[float]], start: list[float], end: list[float]) -> Scores:
    scores = {}
    for path in itertools.product(range(len(start)), repeat=len(emissions)):
        s = start[path[0]] + end[path[-1]] + sum(emissions[t][y] for t, y in enumerate(path))
        scores[path] = s + sum(trans[a][b] for a, b in itertools.pairwise(path))
    return scores


EMISSIONS = [[0.5, -1.0, 2.0], [1.5, 0.2, -0.3], [0.0, 0.9, 0.1], [-2.0, 3.0, 0.4]]
TRANS = [[0.3, -0.5, 1.0], [0.0, 0.8, -1.2], [-0.4, 0.6, 0.2]]
START, END = [0.1, -0.2, 0.3], [-0.5, 0.4, 0.0]


def test_viterbi_matches_brute_force() -> None:
    scores = _all_paths(EMISSIONS, TRANS, START, END)
    best: tuple[int, ...] = max(scores, key=scores.__getitem__)
    assert viterbi(EMISSIONS, TRANS, START, END) == list(best)
    assert viterbi([], TRANS, START, END) == []
    assert viterbi(EMISSIONS[:1], TRANS, START, END) == [
        max(range(3), key=lambda y: START[y] + EMISSIONS[0][y] + END[y])
    ]


def test_forward_backward_match_brute_force() -> None:
    scores = _all_paths(EMISSIONS, TRANS, START, END)
    z = sum(math.exp(s) for s in scores.values())
    nodes, trans = potentials(EMISSIONS, TRANS, START, END)
    alpha, beta = forward(nodes, trans), backward(nodes, trans)
    for t, row in enumerate(node_marginals(alpha, beta)):
        node_want = [sum(math.exp(s) for p, s in scores.items() if p[t] == y) / z for y in range(3)]
        assert row == pytest.approx(node_want, rel=1e-9)
    pairs = pair_marginals(nodes, trans, alpha, beta)
    for a, b in itertools.product(range(3), repeat=2):
        want = sum(math.exp(s) for p, s in scores.items() for t in range(1, 4) if p[t - 1] == a and p[t] == b) / z
        assert pairs[a][b] == pytest.approx(want, rel=1e-9)


def _with(path: tuple[int, ...], t: int, y: int) -> tuple[int, ...]:
    """``path`` with label ``y`` at position ``t``."""
    return (*path[:t], y, *path[t + 1 :])


def test_path_distributions_are_the_conditionals_given_the_path() -> None:
    scores = _all_paths(EMISSIONS, TRANS, START, END)
    path = viterbi(EMISSIONS, TRANS, START, END)
    rest = tuple(path)
    for t, row in enumerate(path_distributions(EMISSIONS, TRANS, START, END, path)):
        # P(y at t | every other label on the path) = P(y at t | the two neighbours on the path)
        weight = [math.exp(scores[_with(rest, t, y)]) for y in range(3)]
        assert row == pytest.approx([w / sum(weight) for w in weight], rel=1e-9)


def test_decoding_survives_huge_scores() -> None:
    emissions = [[1000.0, -1000.0], [-1000.0, 1000.0]]
    trans = [[0.0, 0.0], [0.0, 0.0]]
    path = viterbi(emissions, trans, [0.0, 0.0], [0.0, 0.0])
    assert path == [0, 1]
    assert path_distributions(emissions, trans, [0.0, 0.0], [0.0, 0.0], path)[0][0] == pytest.approx(1.0)
    nodes, tr = potentials(emissions, trans, [0.0, 0.0], [0.0, 0.0])
    assert node_marginals(forward(nodes, tr), backward(nodes, tr))[1][1] == pytest.approx(1.0)


def test_no_model_means_none(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, make_page: Callable[[str], Page]) -> None:
    monkeypatch.setattr(store, "BUNDLED", tmp_path / "absent.json")
    assert predict_if_available(make_page(SMALL_PAGE), None) is None


def test_a_given_path_that_fails_raises(tmp_path: Path, make_page: Callable[[str], Page]) -> None:
    page = make_page(SMALL_PAGE)
    with pytest.raises(ModelError, match="not found"):
        predict_if_available(page, str(tmp_path / "absent.json"))
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ModelError):
        predict_if_available(page, str(bad))


def test_models_are_cached_per_path_and_reloaded_when_changed(
    tiny_model: Model, tiny_docs: list[SegDocument], tmp_path: Path
) -> None:
    path = tmp_path / "m.json"
    tiny_model.save(path)
    first = store.load(path)
    assert store.load(str(path)) is first
    Model(tiny_model.labels, {}, tiny_model.transitions, tiny_model.start, tiny_model.end).save(path)
    assert store.load(path) is not first


def test_pipeline_uses_a_model_file(tiny_model: Model, tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    tiny_model.save(path)
    options = Options(model_path=str(path), input_format="text", model_only=True)
    article = pipeline.clean(SMALL_PAGE, options)
    assert len(article.segments) == 8
    assert all(s.detector == "model" and "model: top features" in s.reason for s in article.segments)
    combined = pipeline.clean(SMALL_PAGE, Options(model_path=str(path), input_format="text"))
    assert len(combined.segments) == 8
    rules_only = pipeline.clean(SMALL_PAGE, Options(use_model=False, model_path=str(path), input_format="text"))
    assert all(s.detector != "model" for s in rules_only.segments)


def test_package_exports_predict_if_available() -> None:
    assert model_pkg.predict_if_available is predict_if_available


def test_bundled_model_is_used_by_default(make_page: Callable[[str], Page]) -> None:
    if not store.BUNDLED.exists():
        pytest.skip("no bundled model in this checkout")
    assert store.BUNDLED.stat().st_size < 5_000_000
    assert store.bundled_model_version().startswith("v")
    pred = predict_if_available(make_page(SMALL_PAGE))
    assert pred is not None and len(pred) == 8
    article = pipeline.clean(SMALL_PAGE, input_format="text")
    assert article.found


def test_fast_scoring_matches_the_full_feature_lists(
    tiny_docs: list[SegDocument], make_page: Callable[[str], Page]
) -> None:
    model = train(tiny_docs, Settings(epochs=5, min_count=1))
    for doc in tiny_docs:
        page = make_page(doc.text)
        emissions = model.emissions(page_features(page))
        pred = model.predict(page)
        assert pred.path == viterbi(emissions, model.transitions, model.start, model.end)
        want = path_distributions(emissions, model.transitions, model.start, model.end, pred.path)
        for got_row, want_row in zip(pred.probs, want):
            assert got_row == pytest.approx(want_row)
        for i, feats in enumerate(page_features(page)):
            y = pred.path[i]
            runner_up = sorted(range(len(Label)), key=lambda k: (k == y, -pred.probs[i][k]))[0]
            gains = {f: model.weights[f][y] - model.weights[f][runner_up] for f in feats if f in model.weights}
            # candidates: own features, and the strongest feature of each neighbour
            candidates = {f for f in gains if f[:3] not in NEIGHBOUR_PREFIXES}
            for prefix in NEIGHBOUR_PREFIXES:
                group = [f for f in gains if f.startswith(prefix)]
                if group:
                    candidates.add(max(group, key=lambda f: gains[f]))
            expected = sorted((f for f in candidates if gains[f] > 0), key=lambda f: -gains[f])[:REASON_FEATURES]
            assert [gains[f] for f in pred.top_features(i)] == pytest.approx([gains[f] for f in expected])


def test_line_features_are_not_remembered_from_one_page_to_the_next() -> None:
    """Only a page's own second pass reuses its line features: a benchmark of repeated
    pages must not run faster than a crawl of distinct ones."""
    from newsclean import clean
    from newsclean.detectors.model.features import SHAPES

    first = "Harbour wall approved\n\nThe council approved the new harbour wall on Tuesday evening after a long debate."
    second = (
        "School bus routes change\n\nThe county will change three school bus routes from Monday, officials said today."
    )
    clean(first, input_format="text")
    assert any("harbour wall" in line for line in SHAPES._lines)
    clean(second, input_format="text")
    assert not any("harbour wall" in line for line in SHAPES._lines)


def test_a_deferred_reason_is_the_reason(tiny_docs: list[SegDocument], make_page: Callable[[str], Page]) -> None:
    """combine() hands segments the model's reasons as functions: each gives the reason itself."""
    model = train(tiny_docs, Settings(epochs=5, min_count=1))
    pred = model.predict(make_page(tiny_docs[0].text))
    for i in range(len(pred)):
        assert pred.reason_later(i)() == pred.reason(i) == pred[i][2]


def test_a_segment_works_out_a_deferred_reason_once_and_compares_its_text() -> None:
    calls = []

    def why() -> str:
        calls.append(1)
        return "model: top features +prose"

    deferred = Segment(index=0, line=0, text="A line of text.")
    deferred.decide(Label.BODY, "model", why, 0.9)
    given = Segment(index=0, line=0, text="A line of text.")
    given.decide(Label.BODY, "model", "model: top features +prose", 0.9)
    assert not calls
    assert deferred == given
    assert deferred.reason == given.reason == "model: top features +prose"
    assert deferred.reason == "model: top features +prose"
    assert len(calls) == 1
    given.decide(Label.BODY, "model", "model: top features +list", 0.9)
    assert deferred != given


def test_later_passes_reuse_scores_of_their_own_page_and_model_only(tiny_docs: list[SegDocument]) -> None:
    """A pass over a page's picked lines reuses the previous such pass's scores (the same
    floats as working them out), never those of another page or another model."""
    from newsclean.detectors.model import sequence
    from newsclean.segments.text import segment_lines, split_lines

    model = train(tiny_docs, Settings(epochs=5, min_count=1))
    other = train(tiny_docs, Settings(epochs=2, min_count=1))
    opts = Options(use_model=False)
    first = pipeline.label_segments(segment_lines(split_lines(tiny_docs[0].text)), opts)
    picked = list(range(1, len(first)))

    def again() -> Page:
        segs = segment_lines(split_lines("\n\n".join(first.texts[i] for i in picked)))
        return pipeline.label_segments(segs, opts, reuse=(first, picked))

    model.predict(first)
    assert sequence._MEMO[0] is None  # a first pass remembers nothing
    second = again()
    scores = model.predict(second)._emissions
    memo = sequence._MEMO[0]
    assert memo is not None and memo.page() is first and memo.model() is model
    third = again()
    reused = model.predict(third)._emissions
    assert any(a is b for a, b in zip(reused, scores))  # the same lines, the same context: reused
    sequence._MEMO[0] = None
    assert model.predict(again())._emissions == reused  # worked out afresh: the same floats
    # another model finds no memo of this one's
    model.predict(again())
    assert sequence._MEMO[0] is not None
    theirs = other.predict(again())._emissions
    sequence._MEMO[0] = None
    assert other.predict(again())._emissions == theirs
    assert not any(a is b for a, b in zip(theirs, reused))
    # a new page's first pass drops the memo
    other.predict(pipeline.label_segments(segment_lines(split_lines(tiny_docs[1].text)), opts))
    assert sequence._MEMO[0] is None
