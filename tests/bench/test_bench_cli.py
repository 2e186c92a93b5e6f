"""`newsclean bench`: tables and JSON from labelled files, in one run with the baselines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean.cli import main

DOC = """# lang: en
# style: test
chrome\tHome | News | Sport | Business | Opinion

headline\tBridge to close for six weeks of repairs

byline\tBy Jane Roe

body\tThe council voted on Tuesday to close the harbour bridge while engineers replace rusted supports, officials said.

ad\tAdvertisement

body\tDrivers will be sent through the ring road, adding about ten minutes to most journeys, the council added.

sidebar\tTrending
sidebar\t1. Another story about something else entirely
sidebar\t2. A second story in the list of links here
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.seg").write_text(DOC, encoding="utf-8")
    return tmp_path


def test_bench_json_scores_every_system(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", str(folder), "--json", "--baselines", "keep-all,c4-lines"]) == 0
    data = json.loads(capsys.readouterr().out)
    (section,) = data.values()
    systems = section["systems"]
    assert set(systems) >= {"newsclean", "newsclean-rules", "keep-all", "c4-lines"}
    assert systems["newsclean-rules"]["keep_f1"] == pytest.approx(1.0)
    assert systems["keep-all"]["keep_p"] < 0.5


def test_bench_table_and_details(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bench", str(folder), "--details", "--baselines", "c4-lines"]) == 0
    out = capsys.readouterr().out
    assert "| newsclean |" in out and "lost body tokens" in out and "Confusion matrix" in out
    assert "Worst documents" in out


def test_bench_details_without_the_worst_documents(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--worst 0``: the scores of a held-out split without its wrong lines."""
    assert main(["bench", str(folder), "--details", "--worst", "0", "--baselines", ""]) == 0
    out = capsys.readouterr().out
    assert "Confusion matrix" in out and "Worst documents" not in out


def test_bench_details_name_the_rules_on_the_wrong_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A gold label the cleaner disagrees with shows up under the rule that decided."""
    (tmp_path / "a.seg").write_text(DOC.replace("ad\tAdvertisement", "body\tAdvertisement"), encoding="utf-8")
    assert main(["bench", str(tmp_path), "--details", "--worst", "0", "--baselines", ""]) == 0
    out = capsys.readouterr().out
    assert "by the rule that decided" in out
    row = next(line for line in out.splitlines() if line.startswith("| ad."))
    assert row.split("|")[2].strip() == "1"  # one lost token: "Advertisement"


def test_bench_usage_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["bench"]) == 2
    assert main(["bench", str(tmp_path), "--baselines", "nonsense"]) == 2
    assert main(["bench", str(tmp_path / "missing")]) == 1


def test_shingle_worst_lists_the_weakest_pages_of_one_half() -> None:
    from newsclean.bench.report import shingle_worst
    from newsclean.bench.runner import ShingleRun

    sr = ShingleRun(
        pages={
            "newsclean": [
                ("a" * 64, "tune", 0.9, 1.0),
                ("b" * 64, "report", 0.1, 0.1),
                ("c" * 64, "tune", 1.0, 0.5),
            ]
        }
    )
    out = shingle_worst(sr, "newsclean", "tune", 5)
    assert out.index("cccccccccccc") < out.index("aaaaaaaaaaaa")
    assert "bbbbbbbbbbbb" not in out
    assert "bbbbbbbbbbbb" in shingle_worst(sr, "newsclean", None, 1)


def test_real_html_times_the_last_pass_and_keeps_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """pages/s is the last pass's (steady state); the first pass, slower by its one-off costs, is kept apart."""
    from newsclean.bench import runner
    from newsclean.bench.realpages import RealPage

    pages = [RealPage(id="a" * 64, url="", html="<p>x</p>", gold_body="x")] * 3
    monkeypatch.setattr("newsclean.bench.realpages.load_pages", lambda root: pages)
    calls: list[int] = []

    def slow_first(html: str) -> str:
        calls.append(1)
        if len(calls) <= 3:  # the whole first pass pays a one-off cost
            import time

            time.sleep(0.02)
        return "x"

    monkeypatch.setattr(runner, "html_extractors", lambda systems: ({"fake": slow_first}, []))
    sr = runner.run_real_html("unused", {}, passes=2)
    assert len(calls) == 6
    assert sr.first_pass_pages_per_second["fake"] < sr.pages_per_second["fake"]
    assert sr.pages_per_second["fake"] > 3 / 0.06
    one = runner.run_real_html("unused", {}, passes=1)
    assert one.pages_per_second["fake"] == one.first_pass_pages_per_second["fake"]
