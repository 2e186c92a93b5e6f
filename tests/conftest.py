"""Shared fixtures: where the repository and ../shared are, and skips when they are missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from paths import DATASET, SEED


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed page not found at {SEED} (../shared is not checked out beside the repo)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def dataset_root() -> Path:
    if not (DATASET / "ground-truth.json").exists():
        pytest.skip(f"article-extraction-benchmark not found at {DATASET} (../shared is missing)")
    return DATASET
