"""The corpus follows the labelling guide, and its split is complete and fixed."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from newsclean.segfile import read_seg
from newsclean.types import Label
from paths import CORPUS

SPLITS = ("train", "dev", "test")
TEXT = CORPUS / "text"


def _files() -> list[Path]:
    return sorted(TEXT.rglob("*.seg"))


def test_every_file_parses_and_sits_in_a_split() -> None:
    files = _files()
    assert len(files) >= 100
    for f in files:
        assert f.parent.name in SPLITS, f"{f} is outside train/dev/test"
        doc = read_seg(f)  # raises on any format error
        assert doc.header.get("lang"), f"{f}: header has no lang"
        assert doc.header.get("style"), f"{f}: header has no style"
        assert sum(1 for label in doc.labels() if label is Label.HEADLINE) <= 1, f"{f}: more than one headline"
        assert f.name.startswith(doc.lang + "-"), f"{f}: file name does not start with its language"


def test_file_names_are_unique_across_splits() -> None:
    names = Counter(f.name for f in _files())
    assert [n for n, c in names.items() if c > 1] == []


def test_split_sizes_and_language_coverage() -> None:
    per_split = Counter(f.parent.name for f in _files())
    assert per_split["test"] >= 25 and per_split["train"] >= per_split["test"]
    langs = Counter(read_seg(f).lang for f in _files())
    for lang in ("de", "es", "fr", "pt"):
        assert langs[lang] >= 8, f"only {langs[lang]} {lang} documents"
    styles = {read_seg(f).header["style"] for f in _files()}
    assert len(styles) >= 30


def test_every_label_occurs_and_some_pages_have_no_article() -> None:
    counts: Counter[Label] = Counter()
    no_article = 0
    for f in _files():
        labels = read_seg(f).labels()
        counts.update(labels)
        no_article += Label.BODY not in labels
    assert all(counts[label] > 0 for label in Label)
    assert no_article >= 2


@pytest.mark.parametrize("split", SPLITS)
def test_split_folders_exist(split: str) -> None:
    assert (TEXT / split).is_dir()
