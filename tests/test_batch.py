"""Many pages at once (newsclean.batch): the same results as one at a time, in order, flat, crash-proof."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from helpers import RULES_ONLY, article
from newsclean.batch import (
    CHUNK,
    WINDOW_PER_JOB,
    WORKER_DIED,
    RecordResult,
    clean_many,
    clean_record,
    clean_records,
    ordered_map,
    time_limit,
)
from newsclean.errors import NewscleanError, PageTimeout

LANGS = ("en", "de", "es", "fr", "pt")
PAGES = [article(LANGS[i % 5], after=("Share", f"{i} comments")) for i in range(40)]
ON_LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork only on Linux")


def _fingerprint(a: object) -> tuple[object, ...]:
    assert not isinstance(a, NewscleanError)
    return (a.headline, a.text, tuple((s.label, s.reason) for s in a.segments))  # type: ignore[attr-defined]


def test_two_jobs_give_what_one_gives_in_order() -> None:
    one = [_fingerprint(a) for a in clean_many(PAGES, RULES_ONLY)]
    two = [_fingerprint(a) for a in clean_many(PAGES, RULES_ONLY, jobs=2)]
    assert two == one
    assert len({fp[0] for fp in one}) == 5  # five languages' articles, not one page repeated


def test_a_bad_page_raises_or_takes_its_place() -> None:
    pages: list[str | bytes] = [PAGES[0], b"\x00\x01\x02binary\x00" * 50, PAGES[1]]
    with pytest.raises(NewscleanError):
        list(clean_many(pages, RULES_ONLY))
    out = list(clean_many(pages, RULES_ONLY, jobs=2, errors="return"))
    assert isinstance(out[1], NewscleanError)
    assert [_fingerprint(out[0]), _fingerprint(out[2])] == [_fingerprint(a) for a in clean_many(pages[::2], RULES_ONLY)]


def test_errors_and_jobs_are_checked() -> None:
    with pytest.raises(ValueError):
        clean_many(PAGES, RULES_ONLY, errors="ignore")  # type: ignore[call-overload]
    with pytest.raises(ValueError):
        list(clean_many(PAGES, RULES_ONLY, jobs=-1))


def _square(x: int) -> int:
    return x * x


def _square_or_die(x: int) -> int:
    if x == 7:
        os._exit(3)  # a worker killed in the middle of a page (out of memory, a signal)
    return x * x


def test_the_window_ahead_is_bounded() -> None:
    pulled = 0

    def items() -> Iterator[int]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield i

    results = ordered_map(_square, items(), 2, lambda x: -1)
    assert next(results) == 0
    # only the chunks in flight were read, not the whole stream
    assert pulled <= (WINDOW_PER_JOB * 2 + 1) * CHUNK
    assert sum(results) == sum(i * i for i in range(1, 10_000))


@ON_LINUX
def test_a_dying_worker_costs_only_its_own_item() -> None:
    out = list(ordered_map(_square_or_die, range(100), 2, lambda x: -1))
    assert out == [-1 if i == 7 else i * i for i in range(100)]


def test_one_job_runs_in_this_process() -> None:
    assert list(ordered_map(_square, range(5), 1, lambda x: -1)) == [0, 1, 4, 9, 16]


def test_a_record_gets_its_article_or_its_error() -> None:
    ok = json.loads(clean_record(json.dumps({"id": 1, "page": PAGES[0]}), "page", RULES_ONLY).line)
    assert ok["id"] == 1 and ok["newsclean"]["found"] is True
    assert len(ok["newsclean"]["labels"]) == len(PAGES[0].splitlines())
    bad = clean_record("{not json", "page", RULES_ONLY, number=12)
    assert bad.status == "error" and "line 12: invalid JSON" in json.loads(bad.line)["newsclean"]["error"]
    missing = clean_record(json.dumps({"page": 3}), "page", RULES_ONLY)
    assert missing.status == "error" and "'page'" in json.loads(missing.line)["newsclean"]["error"]
    assert clean_record(json.dumps([1, 2]), "page", RULES_ONLY).status == "error"
    assert clean_record(json.dumps({"page": "Home\nShare"}), "page", RULES_ONLY).status == "empty"


def test_records_keep_line_numbers_and_order_across_jobs() -> None:
    lines = [json.dumps({"n": i, "text": p}) for i, p in enumerate(PAGES[:20])]
    lines[3:3] = ["", "garbage"]  # a blank line is skipped; the garbage is line 5
    one = list(clean_records(lines, options=RULES_ONLY))
    two = list(clean_records(lines, options=RULES_ONLY, jobs=2))
    assert one == two and len(one) == 21
    assert one[3].status == "error" and "line 5:" in one[3].line
    assert [json.loads(r.line)["n"] for r in one if r.status != "error"] == list(range(20))


def _record_or_die(item: tuple[int, str]) -> RecordResult:
    if item[0] == 7:
        os._exit(3)
    return clean_record(item[1], options=RULES_ONLY, number=item[0])


@ON_LINUX
def test_a_record_whose_worker_dies_is_an_error_line() -> None:
    from newsclean.batch import _record_died

    items = [(n, json.dumps({"text": PAGES[n]})) for n in range(1, 21)]
    out = list(ordered_map(_record_or_die, items, 2, _record_died))
    assert json.loads(out[6].line)["newsclean"]["error"] == f"line 7: {WORKER_DIED}"
    assert [r.status for r in out].count("article") == 19


#: many seconds of work, where a page of PAGES takes milliseconds: the limit of 1 s tells them apart even on a loaded machine
BIG = "\n".join(f"Line {i} of a very long page that tells of the council and its budget." for i in range(240_000))


# the timer may fire while the garbage collector runs a callback (hypothesis installs one): Python
# prints that exception as "ignored", and time_limit raises it again at the end of the page
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_page_over_the_time_limit_gets_a_timeout_and_the_run_goes_on() -> None:
    list(clean_many(PAGES[:2], RULES_ONLY))  # the patterns a page needs are compiled on first use, outside the limit
    out = list(clean_many([PAGES[0], BIG, PAGES[1]], RULES_ONLY, errors="return", timeout=1.0))
    assert isinstance(out[1], PageTimeout) and "longer than 1 s" in str(out[1])
    assert [_fingerprint(out[0]), _fingerprint(out[2])] == [_fingerprint(a) for a in clean_many(PAGES[:2], RULES_ONLY)]
    record = clean_record(json.dumps({"text": BIG}), options=RULES_ONLY, timeout=1.0)
    assert record.status == "error" and "time limit" in json.loads(record.line)["newsclean"]["error"]


def test_the_time_limit_puts_the_previous_handler_back() -> None:
    before = signal.getsignal(signal.SIGALRM)
    with time_limit(5.0):
        assert signal.getsignal(signal.SIGALRM) is not before
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_swallowed_timeout_is_raised_again_at_the_end() -> None:
    # swallowed, as Python does with an exception raised while a finaliser runs
    with pytest.raises(PageTimeout), time_limit(0.05), contextlib.suppress(PageTimeout):
        time.sleep(0.5)
    with time_limit(5.0):
        pass  # nothing raised when the time is not up


def test_the_time_limit_is_off_outside_the_main_thread() -> None:
    seen: list[object] = []
    page = "\n".join(BIG.splitlines()[:3000])  # a fraction of a second of work, far over the limit
    worker = threading.Thread(target=lambda: seen.extend(clean_many([page], RULES_ONLY, timeout=0.001)))
    worker.start()
    worker.join()
    assert len(seen) == 1 and not isinstance(seen[0], NewscleanError)
