"""``newsclean train``: writes a model, exit 2 on bad usage, 1 on bad data."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.cli import main as newsclean_main
from newsclean.detectors.model.cli import main
from newsclean.detectors.model.sequence import Model


def _corpus(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.seg").write_text(text, encoding="utf-8")
    return folder


def test_train_writes_a_loadable_model(
    tmp_path: Path, tiny_texts: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path, tiny_texts)
    out = tmp_path / "my.model"
    assert newsclean_main(["train", str(folder), "-o", str(out), "--epochs", "2"]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    assert Model.load(out).info["epochs"] == 2


def test_default_output_path_is_printed(
    tmp_path: Path, tiny_texts: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _corpus(tmp_path, tiny_texts)
    monkeypatch.chdir(tmp_path)
    assert main([str(folder), "--epochs", "1"]) == 0
    assert "wrote newsclean-model.json" in capsys.readouterr().out
    assert (tmp_path / "newsclean-model.json").exists()


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--epochs", "x", "dir"],
        ["--epochs", "0", "dir"],
        ["--bogus", "dir"],
        ["--junk-verdict-dropout", "1.5", "dir"],
    ],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "usage" in capsys.readouterr().err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "--epochs" in capsys.readouterr().out


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert err and err[-1].startswith("newsclean train: error: ")
    return err[-1]


def test_missing_folder_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope")]) == 1
    assert "no .seg file or folder" in _one_line_error(capsys)


def test_folder_without_seg_files_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path)]) == 1
    assert "no .seg files" in _one_line_error(capsys)


def test_malformed_seg_file_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _corpus(tmp_path, {"bad": "headline\tTitle\nnotalabel\tsome text\n"})
    assert main([str(folder), "-o", str(tmp_path / "m.json")]) == 1
    assert "unknown label" in _one_line_error(capsys)
    assert not (tmp_path / "m.json").exists()


def test_unwritable_output_exits_1(
    tmp_path: Path, tiny_texts: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path, tiny_texts)
    assert main([str(folder), "--epochs", "1", "-o", str(tmp_path / "no" / "such" / "dir" / "m.json")]) == 1
    _one_line_error(capsys)


def test_missing_real_pages_folder_exits_1(
    tmp_path: Path, tiny_texts: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _corpus(tmp_path, tiny_texts)
    out = tmp_path / "my.model"
    assert main([str(folder), "-o", str(out), "--epochs", "1", "--real", str(tmp_path / "no-benchmark")]) == 1
    assert "article-extraction-benchmark folder not found" in _one_line_error(capsys)
    assert not out.exists()


def test_train_with_real_pages(
    tmp_path: Path,
    tiny_texts: dict[str, str],
    dataset_root: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The real pages of one split join the corpus (the loader is cut to 3 pages to stay quick)."""
    from newsclean.bench import realpages

    pages = realpages.load_pages(dataset_root)
    monkeypatch.setattr(realpages, "load_pages", lambda root: pages[:3])
    folder = _corpus(tmp_path, tiny_texts)
    out = tmp_path / "my.model"
    assert main([str(folder), "-o", str(out), "--epochs", "1", "--real", str(dataset_root), "--real-split", "all"]) == 0
    err = capsys.readouterr().err
    assert "3 real pages (all)" in err
    assert Model.load(out).info["real_weight"] == 0.5
