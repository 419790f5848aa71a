"""Edges, command line: `python -m pipeline build | parse-target | query | docs`.

Every failure the user can act on ends as one line, `error: <where>: <what to do>`, on
stderr with a non-zero exit status; never a traceback, not even on Ctrl-C. Each command
imports the stages it runs when it runs, so that `parse-target` starts in a tenth of a
second instead of first loading pandas, pandera and DuckDB.
"""

import argparse
import gc
import json
import os
import signal
import sys
from pathlib import Path

from pipeline import PipelineError, paths
from pipeline.query import FORMATS, run_query

# The exit status of a command stopped by Ctrl-C, as shells report it: 128 + SIGINT.
INTERRUPTED = 128 + signal.SIGINT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="build data/processed/ from data/raw/")
    build.add_argument(
        "--raw", type=Path, default=paths.RAW_DIR, help="raw tables (default data/raw)"
    )
    build.add_argument(
        "--out", type=Path, default=paths.PROCESSED_DIR, help="outputs (default data/processed)"
    )
    build.add_argument("--strict", action="store_true", help="also fail on error findings")
    build.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: all cores)",
    )
    build.add_argument(
        "--no-cache",
        action="store_true",
        help="re-read every file and refill the database, ignoring the caches",
    )

    parse = commands.add_parser("parse-target", help="parse target values into threshold clauses")
    parse.add_argument(
        "--fiscal-year", type=int, help="resolves implied years (年底前, 12月31日前)"
    )
    parse.add_argument("--indicator", help="indicator name, for unit and operator hints")
    parse.add_argument("texts", nargs="*", metavar="TEXT", help="values; none: read stdin")

    query = commands.add_parser("query", help="run read-only SQL against the database")
    query.add_argument("--db", type=Path, default=paths.PROCESSED_DIR / paths.DATABASE_NAME)
    query.add_argument("--format", choices=sorted(FORMATS), default="table")
    query.add_argument("sql", help="the SQL to run")

    commands.add_parser(
        "docs", help="regenerate docs/data-dictionary.md and the README's table list"
    )

    args = parser.parse_args(argv)
    handlers = {"build": _build, "parse-target": _parse_target, "query": _query, "docs": _docs}
    try:
        return handlers[args.command](args)
    except PipelineError as error:
        return _fail(str(error).replace("\n", "; "))
    except KeyboardInterrupt:
        advice = ""
        if args.command == "build" and not args.no_cache:
            advice = "; run the build again to go on from the files it had built (they are cached)"
        _fail(f"interrupted: the outputs are as they were{advice}")
        return INTERRUPTED


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _build(args: argparse.Namespace) -> int:
    from pipeline.build import StderrProgress, run_build

    # A build makes millions of short-lived rows. The modules just imported live until the
    # end, so the collector need not walk them (nor, in the forked workers, copy their
    # pages by touching them), and it runs less often: ~10% less CPU on a large corpus.
    gc.freeze()
    gc.set_threshold(20_000, 10, 10)
    summary = run_build(
        args.raw,
        args.out,
        workers=max(1, args.jobs),
        use_cache=not args.no_cache,
        progress=StderrProgress() if sys.stderr.isatty() else None,
    )
    counts, severities = summary.counts, summary.severities
    verb = "up to date (nothing changed)" if summary.is_up_to_date else "built"
    print(
        f"{verb} {_shown(summary.out_dir)}: {summary.files} files ({len(summary.failed)} failed, "
        f"{summary.cached} from cache), {counts['projects']} projects, "
        f"{counts['indicators']} indicators, {counts['thresholds']} threshold clauses"
    )
    print(
        f"findings: {counts['findings']} "
        f"({severities['error']} error, {severities['warning']} warning, {severities['info']} info)"
    )
    for note in summary.notes:
        print(f"note: {note}", file=sys.stderr)
    for warning in summary.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for failed in summary.failed:
        print(
            f"error: {failed['source_file']}:{failed['source_line']}: {failed['message']}",
            file=sys.stderr,
        )
    if summary.failed:
        return 1
    if args.strict and severities["error"]:
        print(
            f"error: {severities['error']} error findings and --strict; "
            "see them with: python -m pipeline query \"SELECT * FROM findings WHERE severity = 'error'\"",
            file=sys.stderr,
        )
        return 1
    return 0


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def _parse_target(args: argparse.Namespace) -> int:
    from pipeline.targets import clause_to_dict, parse_target

    status = 0
    inputs = ((None, {"text": text}) for text in args.texts) if args.texts else _stdin_inputs()
    for line, item in inputs:
        if isinstance(item, str):
            status = _fail(f"<stdin>:{line}: {item}")
            continue
        clauses = parse_target(
            item.get("text"),
            item.get("indicator_name", args.indicator),
            item.get("fiscal_year", args.fiscal_year),
        )
        output = {"text": item.get("text"), "clauses": [clause_to_dict(c) for c in clauses]}
        print(json.dumps(output, ensure_ascii=False))
    return status


def _stdin_inputs():
    """(line, input) per line of stdin: a JSON object when it starts with `{`, else the text."""
    for number, line in enumerate(sys.stdin, start=1):
        text = line.rstrip("\r\n")
        if not text.lstrip().startswith("{"):
            yield number, {"text": text}
            continue
        try:
            item = json.loads(text)
        except json.JSONDecodeError as error:
            yield number, f"not valid JSON ({error.msg}); write one object per line"
            continue
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            yield number, 'a JSON line needs a "text" string, e.g. {"text": "≥90%"}'
            continue
        yield number, item


def _docs(_args: argparse.Namespace) -> int:
    from pipeline.docs import write_docs

    write_docs()
    return 0


def _query(args: argparse.Namespace) -> int:
    columns, rows = run_query(args.db, args.sql)
    sys.stdout.write(FORMATS[args.format](columns, rows))
    return 0
