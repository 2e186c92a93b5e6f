"""Statistical detector: a sequence model over a page's segments.

A linear-chain CRF (:mod:`.sequence`) over features of every segment
(:mod:`.features`: the line's shape and first words, its place in the page
and relative to the rule-found article span, the rule verdicts on it and on
its neighbours). It gives each segment a label, the label's probability and
the features that chose it; the decision stage
(:mod:`newsclean.decision.resolve`) uses that where the rules are unsure.
Pure Python at run time (no numpy), and cheap: features are string lookups,
decoding is Viterbi over 8 labels (:mod:`.decode`).

Modules: :mod:`.features` (what the model sees), :mod:`.sequence` (the
model, prediction, its JSON file), :mod:`.decode` (Viterbi, probabilities,
forward-backward for training), :mod:`.train` and :mod:`.cli` (``newsclean
train DIR... -o PATH``), :mod:`.store` (where models live, the bundled one
and how it is built).

A second pass (stacking) was estimated and left out: a logistic keep/drop
layer over the first pass's out-of-fold outputs (4-fold CV by site style,
416 train+dev pages: the model's label and P(keep), its mean P(keep) over
±2, ±5 and ±15 lines and the rules' share of kept lines over ±2 and ±5, the
longest run of lines the model keeps, the page's kept share, the line's
length and prose flag, the rules' and the model's labels), trained on three
folds and scored on the fourth, kept lines at keep F1 0.9376-0.9398 and lost
1.78-3.02% of body tokens at thresholds 0.3-0.6, against 0.9380 and 1.46%
for the shipped combination (:func:`newsclean.decision.resolve.combine`):
the window aggregates add nothing the thresholds do not already use, and a
second CRF would cost about as much again as the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsclean.types import Label

if TYPE_CHECKING:  # `newsclean --version` imports .store, so this package: keep it light
    from newsclean.detectors.page import Page


def predict_if_available(
    page: Page, model_path: str | None = None, *, new_page: bool = True
) -> Sequence[tuple[Label, float, str]] | None:
    """The model's label, probability and top features per segment; None without a model.

    ``new_page`` (the default) forgets the line features remembered so far
    and remembers this page's: a line repeated on the page and the second pass
    over the page's own kept lines (``new_page=False``) read them, never
    another page (which would make a benchmark of repeated pages look faster
    than real crawls).

    ``model_path`` None means the bundled model (None when it is not
    installed). A given path that cannot be loaded raises
    :class:`~newsclean.errors.ModelError`. ``page`` is expected as
    :func:`newsclean.pipeline.label_segments` hands it over: rule verdicts
    and article span filled in.
    """
    from newsclean.detectors.model import store
    from newsclean.detectors.model.features import SHAPES

    if new_page:
        SHAPES.clear()
    SHAPES.reading = True
    if model_path is None:
        if not store.BUNDLED.exists():
            return None
        model = store.load(store.BUNDLED)
    else:
        model = store.load(model_path)
    return model.predict(page)
