"""Edges, command line: `jixiao build | export | query | parse-target | docs` (or
`python -m pipeline ...`).

Each command's `--help` is its manual: what it is for, what each option does, examples.

Every failure the user can act on ends as one line, `error: <where>: <what to do>`, on
stderr with a non-zero exit status; never a traceback, not even on Ctrl-C. Each command
imports the stages it runs when it runs, so that `parse-target` starts in a tenth of a
second instead of first loading pandas, pandera and DuckDB.
"""

import argparse
import functools
import gc
import json
import os
import shlex
import shutil
import signal
import sys
import textwrap
from pathlib import Path

from pipeline import PipelineError, paths
from pipeline.query import FORMATS, QueryError, clip, format_table, run_query, run_statements
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


# The manual of the command line, shown by --help: what each command is for, and examples,
# in lines of at most HELP_WIDTH characters.
HELP_WIDTH = 92
MANUAL = """\
jixiao reads the performance tables that government departments publish with their budgets:
the targets they set (项目支出绩效目标表) and the self-evaluations of what was achieved
(绩效自评表). It checks them, and saves what they say as tables to open in Excel, DuckDB or
pandas.

  1. put the downloaded files in data/raw/ (PDF, XLSX/XLS, HTML, DOCX, CSV, TXT, ZIP),
     with data/raw/sources.csv saying each file's fiscal year, region and department;
  2. {prog} build      reads them into data/processed/ (a report, parquet, a database);
  3. {prog} export     saves the results as an Excel workbook (or CSV files);
  4. {prog} query      answers a question in SQL.

Each command has its own help: {prog} build --help, {prog} export --help, ..."""

EXAMPLES = {
    "": """\
examples:
  {prog} build
  {prog} export
  {prog} query "SELECT project_name, total_amount FROM project_summary\"""",
    "build": """\
The tables that could not be read are listed as `error: file:line: reason`, and the command
then ends with exit status 1; the others are built all the same. What looks wrong in a
table that was read (a total that does not add up, a missing indicator) is a finding: see
data/processed/report.html, or the findings table.

examples:
  {prog} build
  # tables from another folder, results into another
  {prog} build --raw ~/tables --out ~/results
  # exit status 1 if any finding is an error
  {prog} build --strict""",
    "export": """\
The workbook has a sheet per table (project_summary first: a row per project with its
money), headers in Chinese (--lang en: in English), and a sheet `columns` saying what each
column holds. Amounts are numbers in 万元, to add up and filter. The CSV files are UTF-8
with a byte-order mark, which Excel opens without garbling the Chinese.

examples:
  # data/processed/performance.xlsx
  {prog} export
  {prog} export --out ~/Desktop/绩效.xlsx
  # data/processed/csv/<table>.csv
  {prog} export --format csv
  # English headers
  {prog} export --lang en --out results-en.xlsx""",
    "query": """\
The database is opened read-only: a query cannot change it or reach any other file. The
tables and views are listed in the README; in SQL: SELECT * FROM duckdb_columns().

examples:
  {prog} query "SELECT * FROM project_summary ORDER BY total_amount DESC LIMIT 10"
  {prog} query --format csv "SELECT * FROM indicator_targets" > targets.csv
  {prog} query "$(cat queries/quantified_share.sql)"
  {prog} query --all "SELECT count(*) FROM projects; SELECT count(*) FROM indicators\"""",
    "parse-target": """\
Each value is printed as one line of JSON: its clauses, each with an operator (>=, <=, =,
between ...), a number, a unit, or a date.

examples:
  {prog} parse-target "≥95%" "12月底前完成"
  {prog} parse-target --fiscal-year 2025 "年底前"
  {prog} parse-target --indicator "培训人数" "≥200"
  # one value per line
  {prog} parse-target < values.txt""",
    "docs": """\
For developers, after changing a table's columns in schemas/.

example:
  {prog} docs""",
}


def _command(commands, name: str, prog: str, help: str, description: str):
    """A command's parser, its --help made of `description` and its EXAMPLES."""
    return commands.add_parser(
        name,
        help=help,
        description=textwrap.fill(description, HELP_WIDTH),
        epilog=EXAMPLES[name].format(prog=prog),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def main(argv: list[str] | None = None, prog: str = "jixiao") -> int:
    """The `jixiao` command (`python -m pipeline` passes its own `prog`): its exit status."""
    args = make_parser(prog).parse_args(argv)
    handlers = {
        "build": _build,
        "export": _export,
        "parse-target": _parse_target,
        "query": _query,
        "docs": _docs,
    }
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


def make_parser(prog: str) -> argparse.ArgumentParser:
    """The command line's parser, its help the user's manual."""
    parser = argparse.ArgumentParser(
        prog=prog,
        description=MANUAL.format(prog=prog),
        epilog=EXAMPLES[""].format(prog=prog),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = _command(
        commands,
        "build",
        prog,
        "read the tables in data/raw/ into data/processed/",
        "Read every table in data/raw/ and write to data/processed/: report.html (a page per "
        "document and its findings), performance.duckdb (for query and DuckDB) and a parquet "
        "file per table (for pandas). Files unchanged since the last build are not read again.",
    )
    build.add_argument(
        "--raw",
        type=Path,
        default=paths.RAW_DIR,
        metavar="FOLDER",
        help="the folder of downloaded tables, with its sources.csv (default: data/raw)",
    )
    build.add_argument(
        "--out",
        type=Path,
        default=paths.PROCESSED_DIR,
        metavar="FOLDER",
        help="where the results go (default: data/processed)",
    )
    build.add_argument(
        "--strict",
        action="store_true",
        help="end with exit status 1 when any finding is an error (for scripts and checks)",
    )
    build.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="read N files at a time (default: as many as the computer has cores)",
    )
    build.add_argument(
        "--no-cache",
        action="store_true",
        help="read every file again, even those that did not change",
    )
    build.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the language of the report: zh, Chinese (default), or en, English",
    )

    export = _command(
        commands,
        "export",
        prog,
        "save the results as an Excel workbook or CSV files",
        "Save the tables that build made as an Excel workbook or a folder of CSV files.",
    )
    export.add_argument(
        "--format",
        choices=["xlsx", "csv"],
        default="xlsx",
        help="xlsx: one workbook, a sheet per table; csv: a folder, a file per table "
        "(default: xlsx)",
    )
    export.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="the workbook (a .xlsx file) or the folder of CSV files to write (default: "
        "performance.xlsx or csv/ beside the database)",
    )
    export.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the language of the column headers: zh, Chinese (default), or en, English",
    )
    export.add_argument(
        "--db",
        type=Path,
        default=paths.PROCESSED_DIR / paths.DATABASE_NAME,
        metavar="PATH",
        help="the database build wrote (default: data/processed/performance.duckdb)",
    )

    query = _command(
        commands,
        "query",
        prog,
        "answer a question in SQL, read-only",
        "Run SQL on the database that build wrote, and print the result.",
    )
    query.add_argument(
        "--db",
        type=Path,
        default=paths.PROCESSED_DIR / paths.DATABASE_NAME,
        metavar="PATH",
        help="the database to ask (default: data/processed/performance.duckdb)",
    )
    query.add_argument(
        "--format",
        choices=sorted(FORMATS),
        default="table",
        help="table: aligned columns to read (default); csv or json: for other programs",
    )
    query.add_argument(
        "--width",
        type=int,
        metavar="N",
        help="cut the widest values (…) so that a table fits N characters; default: the "
        "terminal's width, and no cut when the output goes to a file or another program",
    )
    query.add_argument(
        "--all",
        action="store_true",
        help="run every statement (each ends with ;) and print each result; without it, "
        "several statements are an error",
    )
    query.add_argument("sql", metavar="SQL", help="the question, in DuckDB's SQL")

    parse = _command(
        commands,
        "parse-target",
        prog,
        "read target values (≥95%%, 12月底前) as numbers, units and dates",
        "Read target values as the pipeline reads a table's 指标值, without a table: to see "
        "how a value is understood.",
    )
    parse.add_argument(
        "--fiscal-year",
        type=int,
        metavar="YEAR",
        help="the budget year, for dates that do not say theirs (年底前, 12月31日前)",
    )
    parse.add_argument(
        "--indicator",
        metavar="NAME",
        help="the indicator's name, which may give the unit or the operator (培训人数 -> 人)",
    )
    parse.add_argument(
        "texts",
        nargs="*",
        metavar="TEXT",
        help="the values; with none, one per line from standard input (or JSON lines with "
        '"text", "indicator_name", "fiscal_year")',
    )

    _command(
        commands,
        "docs",
        prog,
        "rewrite docs/data-dictionary.md and the README's table list (for developers)",
        "Rewrite docs/data-dictionary.md and the README's table list from the table "
        "definitions in schemas/.",
    )

    return parser


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
    try:
        results = run_statements(args.db, args.sql) if args.all else [run_query(args.db, args.sql)]
    except QueryError as error:
        # DuckDB's whole message: its `LINE 1: ... ^` lines point at the mistake.
        print(f"error: {error}", file=sys.stderr)
        return 1
    width = args.width
    if width is None and sys.stdout.isatty():
        width = shutil.get_terminal_size().columns
    printed = FORMATS[args.format]
    if args.format == "table":
        printed = functools.partial(format_table, width=width)
    sys.stdout.write("\n".join(printed(columns, rows) for columns, rows in results))
    return 0


def _export(args: argparse.Namespace) -> int:
    from pipeline.outputs.export import export

    written = export(args.db, args.format, args.out, args.lang)
    parts = "sheets" if args.format == "xlsx" else "files"
    print(f"wrote {_shown(written.path)}: {written.sheets} {parts}, {written.rows:,} rows")
    return 0
