"""Many pages in one run: JSON Lines records and streams of pages, in order, on several processes.

Corpus work cleans millions of pages, and one core cleans about a megabyte of
text a second, so ``jobs`` spreads the pages over worker processes. Whatever
``jobs`` is, three things hold:

- **Order:** results come out in input order.
- **Flat memory:** at most :data:`WINDOW_PER_JOB` × ``jobs`` chunks of
  :data:`CHUNK` pages are read ahead of the output, however long the stream.
- **One bad page never stops the run:** a page's error is its result. A worker
  that dies (killed, out of memory) takes only its own page down: the chunk it
  held is cleaned again one page at a time in a fresh pool, and the page that
  kills that worker too gets an error (:data:`WORKER_DIED`). With ``timeout``,
  a page that takes longer than that many seconds gets a
  :class:`~newsclean.errors.PageTimeout` error (:func:`time_limit`).

``jobs=1`` (the default) cleans in the calling process, with no pool at all.

>>> from newsclean.batch import clean_many
>>> for article in clean_many(pages, jobs=4):  # doctest: +SKIP
...     print(article.headline)
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Any, Literal, TypeVar, overload

from newsclean.errors import NewscleanError, PageTimeout
from newsclean.types import Article, Options

T = TypeVar("T")
R = TypeVar("R")

#: pages handed to a worker at a time: large enough that passing them between
#: processes costs little next to cleaning them, small enough to keep memory flat
CHUNK = 16
#: chunks in flight per worker: one being cleaned, one waiting, so no worker idles
WINDOW_PER_JOB = 2
#: the error of a page whose worker process died while cleaning it, twice
WORKER_DIED = "worker process died while cleaning this page (out of memory or killed)"

Status = Literal["article", "empty", "error"]


def available_cores() -> int:
    """The cores this process may run on (``jobs=0`` means all of them)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _jobs(jobs: int) -> int:
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, not {jobs}")
    return jobs or available_cores()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`~newsclean.errors.PageTimeout` in the block once ``seconds`` of wall time have passed.

    A safety net for corpus runs, where one pathological page must not hold up
    millions: an interval timer (``SIGALRM``), so it works only in a process's
    main thread on a system that has one (Linux, macOS); elsewhere, and with
    ``seconds`` None or 0, the block runs without a limit. The timer is stopped
    and the previous handler put back on the way out. A long call into C code (the HTML
    parser) is interrupted when it returns to Python. Meant for limits of
    seconds: the first pages of a process also pay for compiling the patterns
    they need (about half a second in all).
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    message = f"page took longer than {seconds:g} s to clean (time limit)"
    state = {"active": True, "expired": False}

    def expire(signum: int, frame: object) -> None:
        if state["active"]:
            state["expired"] = True
            raise PageTimeout(message)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        state["active"] = False  # first: a signal from here on raises nothing
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if state["expired"]:
        # the handler's exception was swallowed: raised while a finaliser ran (the garbage
        # collector's), Python prints it and goes on; the page still took too long
        raise PageTimeout(message)


# -- pages ------------------------------------------------------------------------


def _clean_or_error(options: Options | None, timeout: float | None, page: str | bytes) -> Article | NewscleanError:
    from newsclean.pipeline import clean

    try:
        with time_limit(timeout):
            return clean(page, options)
    except NewscleanError as exc:
        return exc
    except RecursionError:
        return NewscleanError("input nested too deeply to process")


@overload
def clean_many(
    pages: Iterable[str | bytes],
    options: Options | None = None,
    *,
    jobs: int = 1,
    errors: Literal["raise"] = "raise",
    timeout: float | None = None,
) -> Iterator[Article]: ...


@overload
def clean_many(
    pages: Iterable[str | bytes],
    options: Options | None = None,
    *,
    jobs: int = 1,
    errors: Literal["return"],
    timeout: float | None = None,
) -> Iterator[Article | NewscleanError]: ...


def clean_many(
    pages: Iterable[str | bytes],
    options: Options | None = None,
    *,
    jobs: int = 1,
    errors: Literal["raise", "return"] = "raise",
    timeout: float | None = None,
) -> Iterator[Article] | Iterator[Article | NewscleanError]:
    """:func:`newsclean.clean` of every page, in order, on ``jobs`` processes (0: every core).

    With ``errors="raise"`` the first page that is not a page (binary data, too
    large, ...) raises its :class:`~newsclean.errors.NewscleanError`, as
    :func:`~newsclean.clean` would; with ``errors="return"`` the error object
    takes that page's place in the output and the run goes on. ``timeout``:
    seconds a page may take (:func:`time_limit`; its error is a
    :class:`~newsclean.errors.PageTimeout`).
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"errors must be 'raise' or 'return', not {errors!r}")
    results = ordered_map(
        partial(_clean_or_error, options, timeout), pages, _jobs(jobs), lambda page: NewscleanError(WORKER_DIED)
    )
    if errors == "return":
        return results
    return _raising(results)


def _raising(results: Iterator[Article | NewscleanError]) -> Iterator[Article]:
    for result in results:
        if isinstance(result, NewscleanError):
            raise result
        yield result


# -- JSON Lines -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RecordResult:
    """One JSON Lines record cleaned: the record out (one line of JSON, no newline) and how it went."""

    line: str
    status: Status


def clean_record(
    raw: str | bytes,
    field: str = "text",
    options: Options | None = None,
    number: int = 0,
    timeout: float | None = None,
) -> RecordResult:
    """Clean the page in ``field`` of one JSON record; the record comes back with ``newsclean`` added.

    ``newsclean`` holds the article (text, headline, metadata, found) and the
    label of every input line, or ``error`` when the record is not a JSON
    object, has no string under ``field``, or holds something that is not a
    page. ``number`` (the record's line number, when known) is quoted in the
    error of a record that is not JSON at all; ``timeout`` limits the seconds
    its page may take (:func:`time_limit`). Never raises for bad input.
    """
    from newsclean.output import render
    from newsclean.pipeline import clean

    record: Any
    try:
        record = json.loads(raw)
        if not isinstance(record, dict):
            raise ValueError("record is not a JSON object")
    except ValueError as exc:  # (json.JSONDecodeError and UnicodeDecodeError are ValueErrors)
        where = f"line {number}: " if number else ""
        return RecordResult(
            json.dumps({"newsclean": {"error": f"{where}invalid JSON record: {_oneline(exc)}"}}), "error"
        )
    page = record.get(field)
    status: Status
    try:
        if not isinstance(page, str):
            raise NewscleanError(f"field {field!r} is missing or not a string")
        with time_limit(timeout):
            article = clean(page, options)
        result = render.as_dict(article, segments=False)
        result["labels"] = (
            [label.value if label else None for label in render.line_labels(article)]
            if article.input_format == "text"
            else [s.label.value for s in article.segments]
        )
        record["newsclean"] = result
        status = "article" if article.found else "empty"
    except (NewscleanError, RecursionError, ValueError) as exc:
        record["newsclean"] = {"error": _oneline(exc)}
        status = "error"
    except Exception as exc:
        if os.environ.get("NEWSCLEAN_DEBUG"):
            raise
        record["newsclean"] = {"error": f"internal error {type(exc).__name__}: {_oneline(exc)}"}
        status = "error"
    return RecordResult(json.dumps(record, ensure_ascii=False), status)


def _record_of(
    field: str, options: Options | None, timeout: float | None, item: tuple[int, str | bytes]
) -> RecordResult:
    number, raw = item
    return clean_record(raw, field, options, number, timeout)


def _record_died(item: tuple[int, str | bytes]) -> RecordResult:
    return RecordResult(json.dumps({"newsclean": {"error": f"line {item[0]}: {WORKER_DIED}"}}), "error")


def clean_records(
    lines: Iterable[str | bytes],
    field: str = "text",
    options: Options | None = None,
    *,
    jobs: int = 1,
    timeout: float | None = None,
) -> Iterator[RecordResult]:
    """:func:`clean_record` of every non-blank line of a JSON Lines stream, in order, on ``jobs`` processes."""
    numbered = ((n, line) for n, line in enumerate(lines, 1) if line.strip())
    return ordered_map(partial(_record_of, field, options, timeout), numbered, _jobs(jobs), _record_died)


def _oneline(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


# -- the ordered pool ---------------------------------------------------------------


def _run_chunk(func: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [func(item) for item in chunk]


def _context() -> Any:
    import multiprocessing

    # fork shares the parent's loaded modules and model with the workers at no cost; where
    # it is not the safe default (macOS, Windows), each worker starts afresh
    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int, died: Callable[[T], R]) -> Iterator[R]:
    """``map(func, items)`` on ``jobs`` worker processes: in order, a bounded window ahead.

    ``func`` must be picklable (a module-level function, or a :func:`functools.partial`
    of one) where workers do not fork. ``died(item)`` stands in for an item whose
    worker died on it twice (see the module's docstring); it runs in the calling process.
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=_context())
    pending: deque[tuple[list[T], Future[list[R]]]] = deque()
    source = iter(items)
    try:
        while True:
            while len(pending) < WINDOW_PER_JOB * jobs and (chunk := list(islice(source, CHUNK))):
                pending.append((chunk, _submit(pool, func, chunk)))
            if not pending:
                return
            chunk, future = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # every chunk in flight is lost with the pool: this one is cleaned again a page
                # at a time, so only the page that kills a worker fails; the others are resent
                pool.shutdown(wait=False, cancel_futures=True)
                pool, results = _one_at_a_time(func, chunk, jobs, died)
                pending = deque((c, _submit(pool, func, c)) for c, _ in pending)
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, func: Callable[[T], R], chunk: list[T]) -> Future[list[R]]:
    """The chunk sent to the pool; a pool a worker's death has already broken gives a failed future,
    so that every loss is met in one place, in order (where the future's result is read)."""
    try:
        return pool.submit(_run_chunk, func, chunk)
    except BrokenProcessPool as exc:
        failed: Future[list[R]] = Future()
        failed.set_exception(exc)
        return failed


def _one_at_a_time(
    func: Callable[[T], R], chunk: list[T], jobs: int, died: Callable[[T], R]
) -> tuple[ProcessPoolExecutor, list[R]]:
    pool = ProcessPoolExecutor(jobs, mp_context=_context())
    results: list[R] = []
    for item in chunk:
        try:
            results.append(pool.submit(func, item).result())
        except BrokenProcessPool:
            pool.shutdown(wait=False, cancel_futures=True)
            pool = ProcessPoolExecutor(jobs, mp_context=_context())
            results.append(died(item))
    return pool, results
