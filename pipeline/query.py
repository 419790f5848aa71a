"""Edges, query: read-only SQL against performance.duckdb, printed as a table, CSV or JSON.

One statement at a time, unless the caller asks for each of several (`run_statements`). A
query that cannot run says why in DuckDB's own words, its `LINE 1: ... ^` pointer
included. The export (`pipeline.outputs.export`) reads the database through the same
read-only connection (`connect`).
"""

import contextlib
import csv
import datetime
import decimal
import io
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from pipeline import PipelineError


class QueryError(PipelineError):
    """A query that cannot run: no database, a write, or bad SQL. The message is one line."""


# Queries read the database and nothing else: no file outside it is read or written
# (`COPY ... TO`, `read_csv`, `ATTACH`, extensions), and the settings cannot be changed back.
LOCKED_DOWN = {"enable_external_access": False, "lock_configuration": True}

# What DuckDB says when a statement is refused, in any of the ways above.
_REFUSALS = ("read-only mode", "disabled by configuration", "configuration has been locked")

REFUSAL = (
    "the database is opened read-only: queries cannot change it, its settings, or any other "
    "file; change data/raw/ and run `make build` instead, and save results with --format csv"
)


Result = tuple[list[str], list[tuple]]  # column names and rows


@contextlib.contextmanager
def connect(database: Path) -> Iterator:
    """A read-only connection to `database` that reaches no other file. A DuckDB error
    inside the block becomes a QueryError: DuckDB's whole message, without blank lines."""
    import duckdb  # here, so that importing the formats for the command line stays light

    if not database.exists():
        raise QueryError(f"{database}: no database there; run `make build` first or pass --db PATH")
    try:
        with duckdb.connect(str(database), read_only=True, config=LOCKED_DOWN) as connection:
            yield connection
    except duckdb.Error as error:
        lines = [line.rstrip() for line in str(error).splitlines() if line.strip()]
        if any(refusal in lines[0] for refusal in _REFUSALS):
            raise QueryError(REFUSAL) from error
        raise QueryError("\n".join(lines)) from error


def _result(cursor) -> Result:
    if cursor.description is None:
        return [], []
    return [column[0] for column in cursor.description], cursor.fetchall()


def _statements(connection, sql: str) -> list:
    statements = connection.extract_statements(sql)
    if not statements:
        raise QueryError('no SQL statement given; write one, e.g. "SELECT * FROM projects"')
    return statements


def run_query(database: Path, sql: str) -> Result:
    """Column names and rows of `sql`, one statement, run on a read-only connection that
    reaches no file but the database."""
    with connect(database) as connection:
        if (count := len(_statements(connection, sql))) > 1:
            raise QueryError(
                f"{count} statements given; give one, or pass --all to run each and print "
                "its result"
            )
        return _result(connection.execute(sql))


def run_statements(database: Path, sql: str) -> list[Result]:
    """The result of each statement of `sql`, run in order (as `run_query` runs one)."""
    with connect(database) as connection:
        return [_result(connection.execute(s.query)) for s in _statements(connection, sql)]


def plain(value: object) -> object:
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def format_csv(columns: list[str], rows: list[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[plain(value) for value in row] for row in rows])
    return buffer.getvalue()


def format_json(columns: list[str], rows: list[tuple]) -> str:
    return "".join(
        json.dumps(dict(zip(columns, map(plain, row), strict=True)), ensure_ascii=False) + "\n"
        for row in rows
    )


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def clip(text: str, width: int) -> str:
    """`text` padded or cut (with `…`) to take exactly `width` terminal columns."""
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    clipped = ""
    for char in text:
        if display_width(clipped + char) > width - 1:
            break
        clipped += char
    return clipped + "…" + " " * (width - 1 - display_width(clipped))


def format_table(columns: list[str], rows: list[tuple], width: int | None = None) -> str:
    """An aligned text table, its widest columns cut to fit `width` terminal columns; with
    no width, every value whole."""
    cells = [["" if value is None else str(plain(value)) for value in row] for row in rows]
    widths = [
        max([display_width(name)] + [display_width(row[i]) for row in cells])
        for i, name in enumerate(columns)
    ]
    budget = (width or 0) - 3 * (len(columns) - 1)
    while width and sum(widths) > budget and max(widths) > 6:
        widths[widths.index(max(widths))] -= 1
    lines = [" | ".join(clip(name, w) for name, w in zip(columns, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(clip(c, w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


FORMATS = {"table": format_table, "csv": format_csv, "json": format_json}
