"""Statistical detector: a sequence model over a page's segments."""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.detectors.page import Page
from newsclean.types import Label


def predict_if_available(page: Page, model_path: str | None = None) -> Sequence[tuple[Label, float, str]] | None:
    """The model's label, probability and top features per segment; None without a model."""
    return None
