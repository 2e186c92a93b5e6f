"""Viterbi path and marginals of a linear-chain model, in pure Python.

Scores are log-potentials: ``emissions[t][y]`` for label ``y`` at position
``t``, ``transitions[a][b]`` for label ``a`` followed by ``b``, and
``start[y]`` / ``end[y]`` for the first and last position. Everything is
O(n · L²) for n positions and L labels (8 here). Forward-backward works in
probability space with every step normalised to sum 1, so nothing overflows
or underflows.

Speed matters (the model must cost less than the rules, per segment):
forward-backward handles all L² label pairs of a step as one flat list with
``map`` and ``zip`` (C loops) instead of a Python loop per label, and
Viterbi weighs only the labels that can still be a best predecessor.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import add, mul, sub

Matrix = Sequence[Sequence[float]]


def _by_target(transitions: Matrix) -> list[float]:
    """Flat L×L list, ``[y * L + k] = transitions[k][y]`` (grouped by the label moved to)."""
    size = len(transitions)
    return [transitions[k][y] for y in range(size) for k in range(size)]


def _by_source(transitions: Matrix) -> list[float]:
    """Flat L×L list, ``[k * L + y] = transitions[k][y]`` (grouped by the label moved from)."""
    return [w for row in transitions for w in row]


def _margins(transitions: Matrix) -> list[list[float]]:
    """``[b][k]``: how far ahead of label ``k`` label ``b`` must be to be every label's best predecessor.

    If ``score[b] - score[k] > max over y of (transitions[k][y] - transitions[b][y])``
    for every ``k``, then ``b`` beats ``k`` as the predecessor of every label.
    """
    size = len(transitions)
    return [
        [-math.inf if k == b else max(transitions[k][y] - transitions[b][y] for y in range(size)) for k in range(size)]
        for b in range(size)
    ]


Plan = tuple[list[list[float]], list[list[float]]]


def plan(transitions: Matrix) -> Plan:
    """What :func:`viterbi` derives from the transitions (a model computes it once)."""
    return _margins(transitions), [list(row) for row in transitions]


def viterbi(
    emissions: Matrix,
    transitions: Matrix,
    start: Sequence[float],
    end: Sequence[float],
    prepared: Plan | None = None,
) -> list[int]:
    """The highest-scoring label sequence (label indices); ties go to the lower index.

    At each step only the labels that can be some label's best predecessor
    are weighed: the leader, and the labels less far behind it than the
    transitions can make up (:func:`_margins`). On a page most lines are
    clear, so that is the leader alone (O(L)) or the leader and one or two
    others (O(L) per one), rarely all L. ``prepared`` is :func:`plan`
    ``(transitions)``, computed here when not given.
    """
    n = len(emissions)
    if n == 0:
        return []
    size = len(start)
    labels = range(size)
    margins, rows = prepared or plan(transitions)
    # how far ahead of the runner-up the leader must be to be every label's best predecessor
    # (the largest of its margins): then the per-label test is skipped (on the one-file input
    # the leader is alone at 74% of the steps; the test costs 2.5 us, this one 0.6 us)
    reach = [max(row) for row in margins]
    score = list(map(add, start, emissions[0]))
    #: per step: the leader, when it is every label's best predecessor, else each label's best predecessor
    steps: list[int | list[int]] = []
    for t in range(1, n):
        top = max(score)
        lead = score.index(top)
        score[lead] = -math.inf
        alone = top - max(score) > reach[lead]
        score[lead] = top
        close = []
        if not alone:
            gaps = map(sub, [top] * size, score)
            close = [k for k, gap, margin in zip(labels, gaps, margins[lead]) if not gap > margin]
        if not close:
            steps.append(lead)
            score = [top + w + e for w, e in zip(rows[lead], emissions[t])]
            continue
        close.append(lead)
        close.sort()  # the lower index first, so that it wins a tie
        k = close[0]
        first = score[k]
        best = [first + w for w in rows[k]]
        back = [k] * size
        for k in close[1:]:
            sk = score[k]
            for y, w in enumerate(rows[k]):
                v = sk + w
                if v > best[y]:
                    best[y] = v
                    back[y] = k
        steps.append(back)
        score = list(map(add, best, emissions[t]))
    final = list(map(add, score, end))
    y = final.index(max(final))
    path = [y]
    for step in reversed(steps):
        y = step if isinstance(step, int) else step[y]
        path.append(y)
    path.reverse()
    return path


def transposed(transitions: Matrix) -> list[list[float]]:
    """``[b][a] = transitions[a][b]``: per label, the scores of moving to it."""
    return [list(col) for col in zip(*transitions)]


def path_distribution(
    emissions: Matrix,
    transitions: Matrix,
    columns: Matrix,
    start: Sequence[float],
    end: Sequence[float],
    path: Sequence[int],
    t: int,
) -> list[float]:
    """P(label at ``t`` | the labels of ``path`` before and after it): a softmax over the scores consistent with the path.

    The exact conditional of the model with both neighbours fixed to the
    Viterbi path; O(L) per position, where full marginals (:func:`forward`,
    :func:`backward`) cost O(n · L²) for the page. ``columns`` is
    :func:`transposed` ``(transitions)``.
    """
    into = transitions[path[t - 1]] if t else start
    onward = columns[path[t + 1]] if t + 1 < len(path) else end
    scores = list(map(add, map(add, emissions[t], into), onward))
    top = max(scores)
    weights = [math.exp(v - top) for v in scores]
    z = sum(weights)
    return [v / z for v in weights]


def path_distributions(
    emissions: Matrix, transitions: Matrix, start: Sequence[float], end: Sequence[float], path: Sequence[int]
) -> list[list[float]]:
    """:func:`path_distribution` at every position."""
    columns = transposed(transitions)
    return [path_distribution(emissions, transitions, columns, start, end, path, t) for t in range(len(path))]


def potentials(
    emissions: Matrix, transitions: Matrix, start: Sequence[float], end: Sequence[float]
) -> tuple[list[list[float]], list[list[float]]]:
    """``exp`` of the scores: per-position node potentials (start/end folded in) and the transition matrix.

    Each position's scores are shifted by their maximum first; the shift
    cancels out of every normalised quantity.
    """
    n = len(emissions)
    exp = math.exp
    trans = [[exp(min(w, 50.0)) for w in row] for row in transitions]
    nodes: list[list[float]] = []
    for t in range(n):
        row = list(emissions[t])
        if t == 0:
            row = list(map(add, row, start))
        if t == n - 1:
            row = list(map(add, row, end))
        top = max(row)
        nodes.append([exp(s - top) for s in row])
    return nodes, trans


def _normalised(values: list[float]) -> list[float]:
    z = sum(values) or 1e-300
    return [v / z for v in values]


def forward(nodes: list[list[float]], trans: list[list[float]]) -> list[list[float]]:
    """Normalised forward vectors: ``alpha[t][y]`` ∝ P(y at t, observations up to t)."""
    size = len(trans)
    flat = _by_target(trans)
    prev = _normalised(list(nodes[0])) if nodes else []
    alpha = [prev] if nodes else []
    for node in nodes[1:]:
        sums = map(sum, zip(*[iter(list(map(mul, prev * size, flat)))] * size))
        prev = _normalised(list(map(mul, node, sums)))
        alpha.append(prev)
    return alpha


def backward(nodes: list[list[float]], trans: list[list[float]]) -> list[list[float]]:
    """Normalised backward vectors: ``beta[t][y]`` ∝ P(observations after t | y at t)."""
    n = len(nodes)
    size = len(trans)
    flat = _by_source(trans)
    beta: list[list[float]] = [[]] * n
    nxt = [1.0 / size] * size
    for t in range(n - 1, -1, -1):
        beta[t] = nxt
        if t:
            weighted = list(map(mul, nodes[t], nxt))
            nxt = _normalised(list(map(sum, zip(*[iter(list(map(mul, weighted * size, flat)))] * size))))
    return beta


def node_marginals(alpha: list[list[float]], beta: list[list[float]]) -> list[list[float]]:
    return [_normalised(list(map(mul, a, b))) for a, b in zip(alpha, beta)]


def pair_marginals(
    nodes: list[list[float]], trans: list[list[float]], alpha: list[list[float]], beta: list[list[float]]
) -> list[list[float]]:
    """Expected transition counts: sum over t of P(label a at t-1, label b at t)."""
    size = len(trans)
    labels = range(size)
    total = [[0.0] * size for _ in labels]
    for t in range(1, len(nodes)):
        a = alpha[t - 1]
        right = list(map(mul, nodes[t], beta[t]))
        block = [[a[i] * trans[i][j] * right[j] for j in labels] for i in labels]
        z = sum(map(sum, block)) or 1e-300
        for i in labels:
            row, src = total[i], block[i]
            for j in labels:
                row[j] += src[j] / z
    return total
