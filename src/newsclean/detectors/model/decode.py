"""Viterbi path and marginals of a linear-chain model, in pure Python.

Scores are log-potentials: ``emissions[t][y]`` for label ``y`` at position
``t``, ``transitions[a][b]`` for label ``a`` followed by ``b``, and
``start[y]`` / ``end[y]`` for the first and last position. Everything is
O(n · L²) for n positions and L labels (8 here), with plain lists and floats;
forward-backward works in probability space with every step normalised to
sum 1, so nothing overflows or underflows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import add, mul

Matrix = Sequence[Sequence[float]]


def viterbi(emissions: Matrix, transitions: Matrix, start: Sequence[float], end: Sequence[float]) -> list[int]:
    """The highest-scoring label sequence (label indices); ties go to the lower index."""
    n = len(emissions)
    if n == 0:
        return []
    labels = range(len(start))
    columns = [[row[y] for row in transitions] for y in labels]  # columns[y][k] = transitions[k][y]
    score = [start[y] + emissions[0][y] for y in labels]
    back: list[list[int]] = []
    for t in range(1, n):
        emit = emissions[t]
        new: list[float] = []
        ptr: list[int] = []
        for col, e in zip(columns, emit):
            cand = list(map(add, score, col))
            best = max(cand)
            new.append(best + e)
            ptr.append(cand.index(best))
        score = new
        back.append(ptr)
    final = [s + e for s, e in zip(score, end)]
    y = final.index(max(final))
    path = [y]
    for ptr in reversed(back):
        y = ptr[y]
        path.append(y)
    path.reverse()
    return path


def potentials(
    emissions: Matrix, transitions: Matrix, start: Sequence[float], end: Sequence[float]
) -> tuple[list[list[float]], list[list[float]]]:
    """``exp`` of the scores: per-position node potentials (start/end folded in) and the transition matrix.

    Each position's scores are shifted by their maximum first; the shift
    cancels out of every normalised quantity.
    """
    n = len(emissions)
    trans = [[math.exp(min(w, 50.0)) for w in row] for row in transitions]
    nodes: list[list[float]] = []
    for t in range(n):
        row = list(emissions[t])
        if t == 0:
            row = [s + b for s, b in zip(row, start)]
        if t == n - 1:
            row = [s + b for s, b in zip(row, end)]
        top = max(row)
        nodes.append([math.exp(s - top) for s in row])
    return nodes, trans


def forward(nodes: list[list[float]], trans: list[list[float]]) -> list[list[float]]:
    """Normalised forward vectors: ``alpha[t][y]`` ∝ P(y at t, observations up to t)."""
    labels = range(len(trans))
    columns = [[row[y] for row in trans] for y in labels]
    alpha: list[list[float]] = []
    prev: list[float] = []
    for t, node in enumerate(nodes):
        cur = list(node) if t == 0 else [e * sum(map(mul, prev, col)) for e, col in zip(node, columns)]
        z = sum(cur) or 1e-300
        prev = [v / z for v in cur]
        alpha.append(prev)
    return alpha


def backward(nodes: list[list[float]], trans: list[list[float]]) -> list[list[float]]:
    """Normalised backward vectors: ``beta[t][y]`` ∝ P(observations after t | y at t)."""
    n = len(nodes)
    size = len(trans)
    beta: list[list[float]] = [[]] * n
    nxt = [1.0 / size] * size
    for t in range(n - 1, -1, -1):
        beta[t] = nxt
        if t:
            weighted = list(map(mul, nodes[t], nxt))
            cur = [sum(map(mul, row, weighted)) for row in trans]
            z = sum(cur) or 1e-300
            nxt = [v / z for v in cur]
    return beta


def node_marginals(alpha: list[list[float]], beta: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for a, b in zip(alpha, beta):
        prod = list(map(mul, a, b))
        z = sum(prod) or 1e-300
        out.append([v / z for v in prod])
    return out


def marginals(
    emissions: Matrix, transitions: Matrix, start: Sequence[float], end: Sequence[float]
) -> list[list[float]]:
    """P(label y at position t | the whole sequence); each row sums to 1."""
    if not emissions:
        return []
    nodes, trans = potentials(emissions, transitions, start, end)
    return node_marginals(forward(nodes, trans), backward(nodes, trans))


def pair_marginals(
    nodes: list[list[float]],
    trans: list[list[float]],
    alpha: list[list[float]],
    beta: list[list[float]],
) -> list[list[float]]:
    """Expected transition counts: sum over t of P(label a at t-1, label b at t)."""
    size = len(trans)
    labels = range(size)
    total = [[0.0] * size for _ in labels]
    for t in range(1, len(nodes)):
        a = alpha[t - 1]
        right = [e * b for e, b in zip(nodes[t], beta[t])]
        block = [[a[i] * trans[i][j] * right[j] for j in labels] for i in labels]
        z = sum(map(sum, block)) or 1e-300
        for i in labels:
            row, src = total[i], block[i]
            for j in labels:
                row[j] += src[j] / z
    return total
