"""The newsclean command: exit codes, modes, errors on bad input, JSONL batches."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main

ARTICLE = """Site Name
Home | News | Sport | Business | Opinion

Council votes to close the old harbour bridge for repairs

By Jane Roe

The town council voted on Tuesday night to close the harbour bridge for six weeks while engineers replace its rusted supports.

Drivers will be sent through the ring road, adding about ten minutes to most journeys, the council said in a statement.

Advertisement

"We had no choice," said the mayor, who added that the work could not wait until the summer.

Trending
1. Another story about something else entirely
2. A second story in the list of links
3. A third headline of the sidebar list
"""


def run(args: list[str], stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def test_pipe_filter_prints_headline_and_body() -> None:
    r = run(["--no-model"], ARTICLE.encode())
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode().split("\n\n")
    assert out[0] == "Council votes to close the old harbour bridge for repairs"
    assert any(p.startswith("The town council voted") for p in out)
    assert "Advertisement" not in r.stdout.decode() and "Trending" not in r.stdout.decode()


def test_file_argument_and_dash(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    a = run(["--no-model", str(page)])
    b = run(["--no-model", "-"], ARTICLE.encode())
    assert a.returncode == 0 and a.stdout == b.stdout


def test_annotate_keeps_every_line(tmp_path: Path) -> None:
    r = run(["--no-model", "--annotate"], ARTICLE.encode())
    rows = r.stdout.decode().split("\n")[:-1]
    assert len(rows) == len(ARTICLE.split("\n")) - 1
    for row, line in zip(rows, ARTICLE.split("\n")):
        if line.strip():
            label, tab, text = row.partition("\t")
            assert (
                tab
                and text == line
                and label in {"headline", "body", "byline", "caption", "promo", "sidebar", "ad", "chrome"}
            )
        else:
            assert row == ""


def test_explain_names_detector_and_rule() -> None:
    r = run(["--no-model", "--explain"], ARTICLE.encode())
    text = r.stdout.decode()
    assert "ad.marker" in text and "byline.by_name" in text and "headline" in text


def test_json_format_has_segments_and_metadata() -> None:
    r = run(["--no-model", "--format", "json"], ARTICLE.encode())
    data = json.loads(r.stdout)
    assert data["metadata"]["headline"].startswith("Council votes")
    assert data["metadata"]["authors"] == ["Jane Roe"]
    assert {s["label"] for s in data["segments"]} >= {
        "headline",
        "body",
        "byline",
        "ad",
        "sidebar",
        "chrome",
    }


def test_keep_option_adds_labels_and_rejects_unknown() -> None:
    r = run(["--no-model", "--keep", "byline"], ARTICLE.encode())
    assert "By Jane Roe" in r.stdout.decode()
    bad = run(["--no-model", "--keep", "nonsense"], ARTICLE.encode())
    assert bad.returncode == 2 and b"unknown label" in bad.stderr


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", b"empty"),
        (b"\x00\x01\x02\x03" * 100, b"binary"),
        (b"Home\nMenu\nSearch\nShare\n", b"no article found"),
    ],
)
def test_bad_input_exits_1_with_one_line(stdin: bytes, message: bytes) -> None:
    r = run(["--no-model"], stdin)
    assert r.returncode == 1
    assert message in r.stderr
    assert b"Traceback" not in r.stderr
    assert len(r.stderr.strip().split(b"\n")) == 1


def test_missing_file_is_exit_1() -> None:
    r = run(["--no-model", "/no/such/file.txt"])
    assert r.returncode == 1 and b"No such file" in r.stderr


def test_bad_usage_is_exit_2() -> None:
    assert run(["--format", "xml"]).returncode == 2
    assert run(["--model", "/no/such.model"], ARTICLE.encode()).returncode == 2


def test_version_and_help() -> None:
    v = run(["--version"])
    assert v.returncode == 0 and v.stdout.startswith(b"newsclean ")
    h = run(["--help"])
    assert h.returncode == 0 and b"examples:" in h.stdout and b"--jsonl" in h.stdout


def test_version_loads_neither_the_patterns_nor_the_model() -> None:
    """Start-up stays light: ``--version`` reads the model's meta file, compiles no pattern."""
    code = (
        "import contextlib, io, sys\n"
        "from newsclean.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--version'])\n"
        "print(sorted(m for m in ('regex', 'newsclean.pipeline', 'newsclean.detectors.page',"
        " 'newsclean.detectors.model.sequence') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_jsonl_keeps_order_and_survives_bad_records() -> None:
    records = [
        json.dumps({"id": 1, "text": ARTICLE}),
        "this is not json",
        json.dumps({"id": 3, "other": "no text field"}),
        json.dumps({"id": 4, "text": "Home\nShare"}),
        json.dumps({"id": 5, "text": ARTICLE}),
    ]
    r = run(["--no-model", "--jsonl"], ("\n".join(records) + "\n").encode())
    assert r.returncode == 0
    out = [json.loads(line) for line in r.stdout.decode().splitlines()]
    assert len(out) == 5
    assert out[0]["id"] == 1 and out[0]["newsclean"]["text"].startswith("Council votes")
    assert "error" in out[1]["newsclean"] and "error" in out[2]["newsclean"]
    assert out[3]["newsclean"]["found"] is False
    assert out[4]["id"] == 5 and out[4]["newsclean"]["labels"][0] == "chrome"
    assert b"5 records" in r.stderr


def test_jsonl_without_any_article_exits_1() -> None:
    """A stream where no record gave an article is no success: exit 1, with the count on stderr."""
    records = ["not json", json.dumps({"text": "Home\nShare"}), json.dumps({"other": 1})]
    r = run(["--no-model", "--jsonl"], ("\n".join(records) + "\n").encode())
    assert r.returncode == 1
    assert len(r.stdout.decode().splitlines()) == 3
    assert b"3 records: 0 articles, 1 without an article, 2 errors" in r.stderr


def test_jsonl_custom_field() -> None:
    r = run(
        ["--no-model", "--jsonl", "--field", "page"],
        (json.dumps({"page": ARTICLE}) + "\n").encode(),
    )
    assert json.loads(r.stdout)["newsclean"]["found"] is True


def test_main_returns_codes_in_process(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(ARTICLE, encoding="utf-8")
    assert main(["--no-model", str(page)]) == 0
    assert "harbour bridge" in capsys.readouterr().out
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    assert main(["--no-model", str(empty)]) == 1


def test_several_files_get_headers(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_text(ARTICLE, encoding="utf-8")
    r = run(["--no-model", str(a), str(b)])
    assert r.stdout.count(b"==> ") == 2 and r.returncode == 0


def test_a_million_short_lines_is_refused_quickly() -> None:
    r = run(["--no-model"], b"menu item\n" * 1_000_000)
    assert r.returncode == 1 and b"over the limit" in r.stderr and b"Traceback" not in r.stderr


def test_python_dash_m_newsclean_runs_the_cli() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "newsclean", "--no-model"], input=ARTICLE.encode(), capture_output=True, timeout=120
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode() == run(["--no-model"], ARTICLE.encode()).stdout.decode()


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path) -> None:
    records = [json.dumps({"id": i, "text": ARTICLE if i % 3 else "Home\nShare"}) for i in range(40)]
    records.insert(10, "not json")
    stdin = ("\n".join(records) + "\n").encode()
    one = run(["--no-model", "--jsonl"], stdin)
    two = run(["--no-model", "--jsonl", "--jobs", "2"], stdin)
    assert two.returncode == one.returncode == 0
    assert two.stdout == one.stdout and two.stderr == one.stderr
    assert b"41 records: 26 articles, 14 without an article, 1 errors" in two.stderr
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE, encoding="utf-8")
    b.write_bytes(b"\x00\x01binary")
    files = [str(a), str(tmp_path / "missing.txt"), str(b), str(a)]
    one = run(["--no-model", "--explain", *files])
    two = run(["--no-model", "--explain", "--jobs", "2", *files])
    assert two.stdout == one.stdout and two.stderr == one.stderr and two.returncode == one.returncode == 1
    assert two.stdout.count(b"harbour bridge") == 2 and b"missing.txt" in two.stderr


def test_jobs_must_not_be_negative() -> None:
    r = run(["--jobs", "-1"], ARTICLE.encode())
    assert r.returncode == 2 and b"--jobs" in r.stderr and b"Traceback" not in r.stderr


def test_timeout_must_be_positive_and_stops_only_the_slow_page(tmp_path: Path) -> None:
    assert run(["--timeout", "0"], ARTICLE.encode()).returncode == 2
    slow, fast = tmp_path / "slow.txt", tmp_path / "fast.txt"
    # 240,000 lines take many seconds; the short page, compiling the patterns on first use, well under 2
    slow.write_text("\n".join(f"Line {i} of a page that tells of the council's budget." for i in range(240_000)))
    fast.write_text(ARTICLE, encoding="utf-8")
    r = run(["--no-model", "--timeout", "2", str(slow), str(fast)])
    assert r.returncode == 1 and b"slow.txt: page took longer than 2 s" in r.stderr
    assert b"harbour bridge" in r.stdout and b"Traceback" not in r.stderr


def test_the_date_is_read_only_when_metadata_is_printed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """htmldate (a few percent of an HTML page's time) runs for JSON output only: plain text prints no date."""
    import newsclean.segments.htmlmeta as htmlmeta

    calls: list[int] = []
    original = htmlmeta.published_date
    monkeypatch.setattr(htmlmeta, "published_date", lambda root, size: calls.append(1) or original(root, size))
    paragraphs = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n\n")[2:5])
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>'
        f"<body><article><h1>Council votes to close the old harbour bridge for repairs</h1>{paragraphs}</article>"
        "</body></html>",
        encoding="utf-8",
    )
    assert main(["--no-model", str(page)]) == 0
    assert "harbour bridge for six weeks" in capsys.readouterr().out and calls == []
    assert main(["--no-model", "--format", "json", str(page)]) == 0
    assert json.loads(capsys.readouterr().out)["metadata"]["published"] == "2024-03-05" and calls
    record = tmp_path / "pages.jsonl"
    record.write_text(json.dumps({"text": page.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    assert main(["--no-model", "--jsonl", str(record)]) == 0
    assert json.loads(capsys.readouterr().out)["newsclean"]["metadata"]["published"] == "2024-03-05"
