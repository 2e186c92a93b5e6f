"""Where the repository, its corpus and ../shared are (imported by tests and conftest)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_4e0e47e18245f376.txt"
DATASET = SHARED / "datasets" / "article-extraction-benchmark"
CORPUS = ROOT / "corpus"
