"""Statistical detector: a sequence model over a page's segments.

A linear-chain CRF (:mod:`.sequence`) over features of every segment
(:mod:`.features`: the line's shape and first words, its place in the page
and relative to the rule-found article span, the rule verdicts on it and on
its neighbours). It gives
each segment a label, the label's probability and the features that chose
it; the decision stage (:mod:`newsclean.decision.resolve`) uses that where
the rules are unsure. Pure Python at run time, and cheap: features are
string lookups, decoding is O(n · 8²).

Train one with ``newsclean train DIR... -o PATH`` (:mod:`.cli`,
:mod:`.train`); where models live and how the bundled one is built:
:mod:`.store`.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.detectors.page import Page
from newsclean.types import Label


def predict_if_available(page: Page, model_path: str | None = None) -> Sequence[tuple[Label, float, str]] | None:
    """The model's label, probability and top features per segment; None without a model.

    ``model_path`` None means the bundled model (None when it is not
    installed). A given path that cannot be loaded raises
    :class:`~newsclean.errors.ModelError`. ``page`` is expected as
    :func:`newsclean.pipeline.label_segments` hands it over: rule verdicts
    and article span filled in.
    """
    from newsclean.detectors.model import store

    if model_path is None:
        if not store.BUNDLED.exists():
            return None
        model = store.load(store.BUNDLED)
    else:
        model = store.load(model_path)
    return model.predict(page)
