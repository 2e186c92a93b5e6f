"""Training is deterministic, models round-trip through their file, bad files raise ModelError."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsclean.detectors.model.sequence import FORMAT_VERSION, Model
from newsclean.detectors.model.train import Settings, train
from newsclean.detectors.page import Page
from newsclean.errors import ModelError
from newsclean.segfile import SegDocument, parse_seg
from newsclean.types import Label


def test_training_twice_gives_identical_weights(tiny_docs: list[SegDocument]) -> None:
    first = train(tiny_docs, Settings(epochs=4))
    second = train(tiny_docs, Settings(epochs=4))
    assert first.weights  # something was learnt
    assert first.to_json() == second.to_json()


def test_averaged_weights_are_the_mean_of_the_last_epochs(tiny_docs: list[SegDocument]) -> None:
    """``average`` 0 keeps the last epoch's weights; the mean over the last eighth of 8 epochs
    (one epoch) is those same weights; over the last half, other weights."""
    last = train(tiny_docs, Settings(epochs=8, min_count=1, average=0.0))
    one = train(tiny_docs, Settings(epochs=8, min_count=1, average=1 / 8))
    half = train(tiny_docs, Settings(epochs=8, min_count=1, average=0.5))
    assert one.weights == last.weights and one.transitions == last.transitions
    assert half.weights != last.weights and half.info["average"] == 0.5


def test_training_learns_the_tiny_corpus(
    tiny_docs: list[SegDocument], tiny_texts: dict[str, str], make_page: Callable[[str], Page]
) -> None:
    model = train(tiny_docs, Settings(epochs=30, min_count=1))
    page = make_page(tiny_docs[0].text)
    pred = model.predict(page)
    right = sum(pred.label(i) is gold for i, gold in enumerate(tiny_docs[0].labels()))
    assert right / len(page) >= 0.8


def test_save_load_round_trip_keeps_predictions(
    tiny_model: Model, tiny_docs: list[SegDocument], make_page: Callable[[str], Page], tmp_path: Path
) -> None:
    path = tmp_path / "m.json"
    tiny_model.save(path)
    loaded = Model.load(path)
    assert loaded.to_json() == tiny_model.to_json()
    page = make_page(tiny_docs[1].text)
    assert list(loaded.predict(page)) == list(tiny_model.predict(page))
    saved_again = tmp_path / "m2.json"
    loaded.save(saved_again)
    assert saved_again.read_bytes() == path.read_bytes()


def test_file_names_format_and_version(tiny_model: Model, tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    tiny_model.save(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "newsclean-sequence-model"
    assert data["version"] == FORMAT_VERSION
    assert data["labels"] == [label.value for label in Label]


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    return path


def _valid(tiny_model: Model) -> dict[str, object]:
    return json.loads(json.dumps(tiny_model.to_json()))  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=FORMAT_VERSION + 1), "version"),
        (lambda d: d.update(format="something-else"), "not a newsclean model"),
        (lambda d: d.pop("weights"), "corrupt"),
        (lambda d: d.update(labels=["body", "nonsense"]), "corrupt"),
        (lambda d: d.update(start=[0.0]), "corrupt"),
        (lambda d: d.update(weights={"bias": ["x"] * 8}), "corrupt"),
    ],
)
def test_bad_model_files_raise_model_error(
    tiny_model: Model, tmp_path: Path, change: Callable[[dict[str, object]], object], message: str
) -> None:
    data = _valid(tiny_model)
    change(data)
    path = _write(tmp_path, json.dumps(data))
    with pytest.raises(ModelError, match=message) as info:
        Model.load(path)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2, 3]", "null", '{"format": "newsclean-sequence-model"}'])
def test_corrupt_files_raise_model_error(tmp_path: Path, content: str) -> None:
    with pytest.raises(ModelError) as info:
        Model.load(_write(tmp_path, content))
    assert "\n" not in str(info.value)


def test_missing_file_raises_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        Model.load(tmp_path / "nope.json")


def test_training_on_misaligned_document_raises_model_error() -> None:
    doc = parse_seg("body\tone line\n")
    doc.lines.append((Label.BODY, "   "))  # a labelled blank line: no segment for it
    with pytest.raises(ModelError, match="labelled lines"):
        train([doc])


def test_training_on_nothing_raises_model_error() -> None:
    with pytest.raises(ModelError):
        train([parse_seg("# lang: en\n")])


def test_examples_include_the_page_of_the_wanted_output(tiny_docs: list[SegDocument]) -> None:
    """Training sees the gold output page too: clean() reads its own output again."""
    from newsclean.detectors.model.train import examples
    from newsclean.types import KEEP

    exs = examples(tiny_docs[0])
    by_name = {ex.name.rpartition("#")[2]: ex for ex in exs}
    wanted = by_name.get("clean-output")
    if wanted is None:  # the rules kept exactly the wanted lines: the second-pass page is that page
        wanted = by_name["second-pass"]
    gold = [g for g in tiny_docs[0].labels() if g in KEEP]
    assert len(wanted.gold) == len(gold)
    assert all(ex.doc == tiny_docs[0].path for ex in exs)


KEEP_DROP_PAGE = (
    "real:tiny",
    [
        "Home | World | Sport",
        "Ferry service to the islands resumes after storm repairs",
        "The ferry between the harbour and the two islands sailed again on Monday after three weeks of repairs.",
        "Advertisement",
        "Operators said the timetable would return to normal by the end of the week, weather permitting.",
        "Most read",
        "Copyright 2025 Harbour Times",
    ],
    [False, False, True, False, True, False, False],
)


def test_real_pages_become_partially_labelled_examples() -> None:
    from newsclean.detectors.model.train import LABELS, real_examples
    from newsclean.types import KEEP

    (ex,) = real_examples([KEEP_DROP_PAGE])
    assert ex.allowed is not None and len(ex.allowed) == len(KEEP_DROP_PAGE[1])
    keep_labels = {LABELS[k] for k in ex.allowed[2]}
    drop_labels = {LABELS[k] for k in ex.allowed[0]}
    assert keep_labels == set(KEEP)
    # the benchmark's gold body leaves the headline out: a dropped line may still be the headline
    assert Label.HEADLINE in drop_labels and Label.BODY not in drop_labels


def test_training_with_keep_drop_pages_is_deterministic_and_learns_them(tiny_docs: list[SegDocument]) -> None:
    from newsclean.detectors.model.train import real_examples

    extra = real_examples([KEEP_DROP_PAGE])
    first = train(tiny_docs, Settings(epochs=6), extra=extra)
    second = train(tiny_docs, Settings(epochs=6), extra=extra)
    assert first.weights == second.weights
    assert first.weights != train(tiny_docs, Settings(epochs=6)).weights


def _rule_features(example_features: list[list[str]], i: int) -> list[str]:
    return [f for f in example_features[i] if f.startswith(("rule=", "rulelabel=")) and f != "rulelabel=none"]


def test_forgotten_verdicts_are_furniture_lines_only_and_the_same_every_run(tiny_docs: list[SegDocument]) -> None:
    from newsclean.detectors.model.train import examples

    doc = tiny_docs[0]
    gold = doc.labels()
    kept = examples(doc, second_pass=False)[0].features
    forgot = examples(doc, second_pass=False, junk_verdict_dropout=1.0)[0].features
    furniture = [i for i, g in enumerate(gold) if g not in (Label.HEADLINE, Label.BODY)]
    article = [i for i, g in enumerate(gold) if g in (Label.HEADLINE, Label.BODY)]
    assert any(_rule_features(kept, i) for i in furniture)  # the rules named some furniture
    assert not any(_rule_features(forgot, i) for i in furniture)  # all of it forgotten at 1.0
    assert all("rulelabel=none" in forgot[i] for i in furniture)
    assert [_rule_features(kept, i) for i in article] == [_rule_features(forgot, i) for i in article]
    half = examples(doc, second_pass=False, junk_verdict_dropout=0.5)[0].features
    assert half == examples(doc, second_pass=False, junk_verdict_dropout=0.5)[0].features


def test_junk_verdict_dropout_is_recorded_and_changes_the_model(tiny_docs: list[SegDocument]) -> None:
    plain = train(tiny_docs, Settings(epochs=4, min_count=1))
    forgetful = train(tiny_docs, Settings(epochs=4, min_count=1, junk_verdict_dropout=0.5))
    assert forgetful.info["junk_verdict_dropout"] == 0.5 and plain.info["junk_verdict_dropout"] == 0.0
    assert forgetful.weights != plain.weights
