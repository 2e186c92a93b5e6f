"""The ``newsclean`` command: a thin layer over the library.

It parses arguments, reads files or standard input, calls
:func:`newsclean.clean` and prints what :mod:`newsclean.output.render` makes.
Exit status: 0 article(s) written; 1 bad input or no article found (said on
stderr); 2 bad usage. Sub-commands ``bench`` and ``train`` live in
:mod:`newsclean.bench.cli` and :mod:`newsclean.detectors.model.cli`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import IO, Any

from newsclean._version import __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2

EPILOG = """\
examples:
  newsclean < page.txt > article.txt        headline + body of a text dump
  newsclean page.html                       HTML works too (detected, or --html)
  newsclean --annotate page.txt > page.seg  every line labelled, ready to hand-correct
  newsclean --explain page.txt              why each line was kept or dropped
  newsclean --keep caption,byline page.txt  add labels back to the output
  newsclean --format json page.txt          segments, reasons and metadata as JSON
  newsclean --jsonl --field html < crawl.jsonl > cleaned.jsonl
  newsclean --jsonl --jobs 0 --timeout 30 < crawl.jsonl > cleaned.jsonl
                                            the same on every core, at most 30 s a page
  newsclean bench corpus/text/test          score against hand-labelled .seg files
  newsclean train MYDIR -o my.model         train the statistical model on your pages

labels: headline body byline caption promo sidebar ad chrome
exit status: 0 ok; 1 bad input or no article found; 2 bad usage
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclean",
        description="Keep the article (headline + body) of a news page; label and drop the rest.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help="pages to clean ('-' or none: standard input)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--annotate",
        action="store_true",
        help="print every input line as LABEL<TAB>text (.seg format)",
    )
    mode.add_argument("--explain", action="store_true", help="print every line's label, detector and reason")
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument(
        "--keep",
        default="",
        metavar="LABELS",
        help="comma-separated labels to keep besides headline and body",
    )
    p.add_argument("--jsonl", action="store_true", help="input is JSON Lines: clean each record's --field")
    p.add_argument(
        "--field",
        default="text",
        metavar="NAME",
        help="JSONL field holding the page (default: text)",
    )
    kind = p.add_mutually_exclusive_group()
    kind.add_argument(
        "--html",
        dest="input_format",
        action="store_const",
        const="html",
        help="treat input as HTML",
    )
    kind.add_argument(
        "--text",
        dest="input_format",
        action="store_const",
        const="text",
        help="treat input as a text dump",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="clean pages (JSONL records, FILEs) on N processes, output in input order (0: every core; default 1)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="a page that takes longer gets an error and the run goes on (default: no limit)",
    )
    p.add_argument("--no-model", action="store_true", help="rules only: do not use the statistical model")
    p.add_argument("--model", metavar="PATH", help="use this model file (from 'newsclean train')")
    p.add_argument("--version", action="store_true", help="print the version (and the model's) and exit")
    p.set_defaults(input_format="auto")
    return p


def _err(msg: str) -> None:
    print(f"newsclean: {msg}", file=sys.stderr)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as fh:
        return fh.read()


def _version_text() -> str:
    from newsclean.detectors.model.store import bundled_model_version

    return f"newsclean {__version__} (model: {bundled_model_version()})"


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] == "bench":
            from newsclean.bench.cli import main as bench_main

            return bench_main(args_list[1:])
        if args_list and args_list[0] == "train":
            from newsclean.detectors.model.cli import main as train_main

            return train_main(args_list[1:])
        return _filter(args_list)
    except BrokenPipeError:
        # the reader went away (newsclean ... | head): not an error
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


def _filter(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(_version_text())
        return EXIT_OK
    from newsclean.types import Label, Options

    try:
        keep = Label.parse_many(args.keep)
        options = Options(
            keep=keep,
            input_format=args.input_format,
            use_model=not args.no_model,
            model_path=args.model,
            # the date is metadata: only JSON output prints it
            find_date=args.format == "json" or args.jsonl,
        )
    except ValueError as exc:
        parser.error(str(exc))
    if args.model and not os.path.exists(args.model):
        _err(f"error: model file not found: {args.model}")
        return EXIT_USAGE
    files = args.files or ["-"]
    _collect_less_often()
    if args.jobs < 0:
        parser.error(f"--jobs must be 0 (every core) or more, not {args.jobs}")
    if args.timeout is not None and not args.timeout > 0:
        parser.error(f"--timeout must be a number of seconds above 0, not {args.timeout}")
    jobs = args.jobs
    if jobs == 0:  # newsclean.batch (a process pool) only when asked for: 25 ms of start-up
        from newsclean.batch import available_cores

        jobs = available_cores()
    if args.jsonl:
        return _jsonl(files, args.field, options, jobs, args.timeout)
    if args.jobs != 1 and len(files) > 1:
        return _files_in_parallel(files, args, options, jobs)
    status = EXIT_OK
    for name in files:
        shown = "<stdin>" if name == "-" else name
        if len(files) > 1 and args.format == "text":
            print(f"==> {shown} <==", flush=True)
        status = max(status, _one_guarded(partial(_read, name), shown, args, options))
    return status


def _one_guarded(load: Callable[[], bytes], shown: str, args: argparse.Namespace, options: Any) -> int:
    """:func:`_one` of the bytes ``load`` reads, every error said on one line of stderr (never a traceback)."""
    from newsclean.errors import NewscleanError

    try:
        if args.timeout:
            from newsclean.batch import time_limit

            with time_limit(args.timeout):
                return _one(load(), shown, args, options)
        # the bytes are _one's alone: it lets them go once they are decoded
        return _one(load(), shown, args, options)
    except (OSError, NewscleanError) as exc:
        _err(f"error: {shown}: {_oneline(exc)}")
    except RecursionError:
        _err(f"error: {shown}: input nested too deeply to process")
    except Exception as exc:  # never a traceback for a user; NEWSCLEAN_DEBUG=1 shows it
        if os.environ.get("NEWSCLEAN_DEBUG"):
            raise
        _err(f"error: {shown}: internal error {type(exc).__name__}: {_oneline(exc)} (please report)")
    return EXIT_INPUT


#: the cyclic garbage collector's thresholds while the command cleans pages (Python's default: 700, 10, 10)
GC_THRESHOLDS = (50_000, 50, 100)


def _collect_less_often() -> None:
    """Run the cyclic garbage collector less often while pages are cleaned.

    A page holds a few small objects per line (segment, shape, verdicts, and
    with the model its features) for as long as it is cleaned; with the
    default thresholds the collector walks them again and again, a fifth to
    a third of the run time on a large page. The pipeline makes no reference
    cycles of its own, and memory is still freed by reference counting; the
    objects of the start-up (modules, compiled patterns) are moved out of the
    collector's sight (``gc.freeze``). The library itself leaves the collector alone.
    """
    import gc

    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def _oneline(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def _one(data: bytes, shown: str, args: argparse.Namespace, options: Any) -> int:
    from newsclean.output import render
    from newsclean.pipeline import clean_decoded, to_text

    if not data or data.isspace():  # (not data.strip(), without a copy of the input)
        _err(f"error: {shown}: input is empty")
        return EXIT_INPUT
    decoded = list(to_text(data, options))
    del data  # the input's bytes, its text and its lines are not all held at once
    article = clean_decoded(decoded, options)
    out = sys.stdout
    if args.annotate:
        out.write(render.as_seg(article))
    elif args.explain:
        out.write(render.as_explain(article))
    elif args.format == "json":
        out.write(json.dumps(render.as_dict(article), ensure_ascii=False) + "\n")
    else:
        render.write_text(article, out)
    out.flush()
    if not article.found:
        _err(f"{shown}: no article found (nothing labelled body; see --explain)")
        return EXIT_INPUT
    return EXIT_OK


def _records(files: list[str]) -> Iterator[bytes]:
    for name in files:
        fh: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
        try:
            yield from fh
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()


def _jsonl(files: list[str], field: str, options: Any, jobs: int, timeout: float | None) -> int:
    """One JSON record per line in, the same record with ``newsclean`` added out, in order."""
    from newsclean.batch import clean_records

    counts = {"article": 0, "empty": 0, "error": 0}
    out = sys.stdout
    try:
        for result in clean_records(_records(files), field, options, jobs=jobs, timeout=timeout):
            counts[result.status] += 1
            out.write(result.line + "\n")
            out.flush()
    except OSError as exc:
        _err(f"error: {_oneline(exc)}")
        return EXIT_INPUT
    total = sum(counts.values())
    _err(
        f"{total} records: {counts['article']} articles, {counts['empty']} without an article, {counts['error']} errors"
    )
    return EXIT_OK if counts["article"] > 0 or total == 0 else EXIT_INPUT


def _page_out(args: argparse.Namespace, options: Any, item: tuple[str, bytes | None]) -> tuple[str, str, int]:
    """A page cleaned by a worker of ``--jobs``: what :func:`_one` writes to stdout, to stderr, and its status."""
    import io

    name, data = item
    shown = "<stdin>" if name == "-" else name
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = _one_guarded(partial(_given, data) if data is not None else partial(_read, name), shown, args, options)
    return out.getvalue(), err.getvalue(), status


def _given(data: bytes) -> bytes:
    return data


def _page_died(item: tuple[str, bytes | None]) -> tuple[str, str, int]:
    from newsclean.batch import WORKER_DIED

    shown = "<stdin>" if item[0] == "-" else item[0]
    return "", f"newsclean: error: {shown}: {WORKER_DIED}\n", EXIT_INPUT


def _files_in_parallel(files: list[str], args: argparse.Namespace, options: Any, jobs: int) -> int:
    """``newsclean --jobs N FILE...``: the pages cleaned on N processes, printed in order."""
    from newsclean.batch import ordered_map

    # standard input is read here, once; the workers read their files themselves
    items = ((name, _read(name) if name == "-" else None) for name in files)
    status = EXIT_OK
    for name, (out, err, code) in zip(files, ordered_map(partial(_page_out, args, options), items, jobs, _page_died)):
        if len(files) > 1 and args.format == "text":
            print(f"==> {'<stdin>' if name == '-' else name} <==", flush=True)
        sys.stdout.write(out)
        sys.stdout.flush()
        sys.stderr.write(err)
        status = max(status, code)
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
