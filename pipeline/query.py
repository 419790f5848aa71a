"""Edges, query: read-only SQL against performance.duckdb, printed as a table, CSV or JSON."""

import csv
import datetime
import decimal
import io
import json
import shutil
import unicodedata
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


def run_query(database: Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of `sql`, run on a read-only connection that reaches no file but
    the database."""
    import duckdb  # here, so that importing the formats for the command line stays light

    if not database.exists():
        raise QueryError(f"{database}: no database there; run `make build` first or pass --db PATH")
    try:
        with duckdb.connect(str(database), read_only=True, config=LOCKED_DOWN) as connection:
            cursor = connection.execute(sql)
            if cursor.description is None:
                return [], []
            return [column[0] for column in cursor.description], cursor.fetchall()
    except duckdb.Error as error:
        message = str(error).splitlines()[0]
        if any(refusal in message for refusal in _REFUSALS):
            raise QueryError(REFUSAL) from error
        raise QueryError(message) from error


def _plain(value: object) -> object:
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


def format_csv(columns: list[str], rows: list[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([[_plain(value) for value in row] for row in rows])
    return buffer.getvalue()


def format_json(columns: list[str], rows: list[tuple]) -> str:
    return "".join(
        json.dumps(dict(zip(columns, map(_plain, row), strict=True)), ensure_ascii=False) + "\n"
        for row in rows
    )


def _width(text: str) -> int:
    """Columns a string takes in a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def clip(text: str, width: int) -> str:
    """`text` padded or cut (with `…`) to take exactly `width` terminal columns."""
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    clipped = ""
    for char in text:
        if _width(clipped + char) > width - 1:
            break
        clipped += char
    return clipped + "…" + " " * (width - 1 - _width(clipped))


def format_table(columns: list[str], rows: list[tuple], width: int | None = None) -> str:
    """An aligned text table that fits `width` columns (the terminal's, by default)."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [["" if value is None else str(_plain(value)) for value in row] for row in rows]
    widths = [
        max([_width(name)] + [_width(row[i]) for row in cells]) for i, name in enumerate(columns)
    ]
    budget = width - 3 * (len(columns) - 1)
    while sum(widths) > budget and max(widths) > 6:
        widths[widths.index(max(widths))] -= 1
    lines = [" | ".join(clip(name, w) for name, w in zip(columns, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(clip(c, w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(line.rstrip() for line in lines) + "\n"


FORMATS = {"table": format_table, "csv": format_csv, "json": format_json}
