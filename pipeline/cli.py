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
import shlex
import signal
import sys
from pathlib import Path

from pipeline import PipelineError, paths
from pipeline.query import FORMATS, clip, run_query
from pipeline.vocab.report_text import DEFAULT_LANGUAGE, LANGUAGES
from pipeline.vocab.rules import FILE_FAILED_RULES_SQL

# The exit status of a command stopped by Ctrl-C, as shells report it: 128 + SIGINT.
INTERRUPTED = 128 + signal.SIGINT

# Error findings a build lists under its counts, and the terminal columns their messages are
# cut to.
SHOWN_ERRORS = 5
MESSAGE_WIDTH = 100

# The error findings of the files that were built, in the order a build lists them.
ERROR_FINDINGS_SQL = (
    "SELECT source_file, source_line, rule, message FROM findings "
    f"WHERE severity = 'error' AND rule NOT IN {FILE_FAILED_RULES_SQL} "
    "ORDER BY source_file, source_line, rule, finding_id"
)


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
        "--lang",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the report's language: zh (Chinese, the default) or en (English)",
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
    from pipeline.build.run import StderrProgress, run_build

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
        lang=args.lang,
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
    # The files not built have an `error:` line each, below; the other error findings are
    # listed here, the first few of them.
    if errors := severities["error"] - len(summary.failed):
        for line in _error_findings(summary.out_dir, errors):
            print(f"  {line}")
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
        query = _query_command(summary.out_dir, "SELECT * FROM findings WHERE severity = 'error'")
        print(
            f"error: {severities['error']} error findings and --strict; see them with: {query}",
            file=sys.stderr,
        )
        return 1
    return 0


def _error_findings(out_dir: Path, count: int) -> list[str]:
    """The first error findings of the files built, one line each (`file:line: rule:
    message`), then the command that lists all `count` of them."""
    query = _query_command(out_dir, ERROR_FINDINGS_SQL)
    database = out_dir / paths.DATABASE_NAME
    _columns, rows = run_query(database, f"{ERROR_FINDINGS_SQL} LIMIT {SHOWN_ERRORS}")
    lines = []
    for source_file, source_line, rule, message in rows:
        where = source_file if source_line is None else f"{source_file}:{source_line}"
        lines.append(f"{where}: {rule}: {clip(' '.join(message.split()), MESSAGE_WIDTH).rstrip()}")
    more = count - len(rows)
    lines.append(
        f"... and {more} more; list them all with: {query}" if more else f"list them with: {query}"
    )
    return lines


def _query_command(out_dir: Path, sql: str) -> str:
    """The command that runs `sql` on the database the build wrote into `out_dir`."""
    database = ""
    if out_dir.resolve() != paths.PROCESSED_DIR.resolve():
        database = f" --db {shlex.quote(str(_shown(out_dir / paths.DATABASE_NAME)))}"
    return f'python -m pipeline query{database} "{sql}"'


def _shown(path: Path) -> Path:
    """A path as the user would type it: relative to the working folder when inside it."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def _parse_target(args: argparse.Namespace) -> int:
    from pipeline.targets.parser import clause_to_dict, parse_target

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
    from pipeline.outputs.docs import write_docs

    write_docs()
    return 0


def _query(args: argparse.Namespace) -> int:
    columns, rows = run_query(args.db, args.sql)
    sys.stdout.write(FORMATS[args.format](columns, rows))
    return 0
