"""Edges, export: a build's tables and main views as an Excel workbook or a folder of CSV
files, for the people who read budgets in Excel (`python -m pipeline export`).

It reads performance.duckdb through the read-only connection `query` uses, a sheet (or file)
per name in SHEETS, rows in the order of their tables, then a sheet `columns` saying what
each column holds. Headers and descriptions come from the schemas and the views' own notes
(`ColumnDoc`): a column's Chinese name (its Chinese title, else its source label), or with
`lang="en"` its English one.

Workbook (XlsxWriter, measured 2x faster than openpyxl on a 300-document build, and row by
row in constant memory): the header frozen and filtered, column widths from the header and
the first rows, strings always strings (`=100%` is text, not a formula), dates as dates.
Money is exact DECIMAL everywhere else; Excel stores every number as a double, so amounts
are converted here, at this edge only: a double keeps 15 significant digits, every amount
below 10⁹ 万元 to its sixth decimal. They carry the number format MONEY_FORMAT (万元).

CSV: a file per sheet, UTF-8 with a byte-order mark (Excel on Chinese Windows reads a file
without one as GBK and garbles it), money as its exact decimal text.
"""

import contextlib
import csv
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import schemas
from pipeline import PipelineError
from pipeline.outputs.database import VIEWS, view_column_doc
from pipeline.query import connect, display_width, plain
from schemas._types import ColumnDoc

# The main views first (a row per project with its money, then the targets, then what the
# self-evaluations achieved), then every table.
VIEW_SHEETS = (
    "project_summary",
    "indicator_targets",
    "indicator_summary",
    "quantified_share_by_level",
    "satisfaction_targets",
    "target_attainment",
    "attainment_by_document",
    "attainment_by_department",
)
SHEETS = (*VIEW_SHEETS, *schemas.TABLES)
COLUMNS_SHEET = "columns"

# The order rows are written in, where a sheet's own (the view's ORDER BY) is not it: by
# document, then by the numbers in the ids (`doc:p2` before `doc:p10`).
_PROJECT = "TRY_CAST(substr(project_id, length(document_id) + 3) AS BIGINT)"
_INDICATOR = "TRY_CAST(substr(indicator_id, length(project_id) + 3) AS BIGINT)"
_FINDING = "TRY_CAST(substr(finding_id, length(document_id) + 3) AS BIGINT)"
ORDER = {
    "indicator_targets": f"document_id, {_PROJECT}, {_INDICATOR}, scope DESC, clause_seq",
    "indicator_summary": f"document_id, project_seq, {_INDICATOR}",
    "documents": "document_id",
    "projects": "document_id, project_seq",
    "amount_rows": "document_id, row_seq",
    "indicators": f"document_id, {_PROJECT}, indicator_position",
    "thresholds": f"document_id, {_PROJECT}, {_INDICATOR}, scope DESC, clause_seq",
    "indicator_categories": "code",
    "findings": f"document_id, {_FINDING} NULLS LAST, finding_id",
}

# Excel's limits: rows under a sheet's header, and characters in a cell.
EXCEL_ROWS = 1_048_575
EXCEL_CELL_CHARS = 32_767

MONEY_FORMAT = '#,##0.00####" 万元"'
DATE_FORMAT = "yyyy-mm-dd"
# Column widths, in characters (a CJK character takes two): the narrowest and the widest.
WIDTHS = (6, 60)
WIDTH_SAMPLE = 200  # rows a column's width is measured on

NUMBER_TYPES = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "FLOAT", "DOUBLE"}
BATCH = 10_000

# The `columns` sheet's headers, by language.
COLUMNS_HEADERS = {
    "zh": ("表", "列", "中文列名", "英文列名", "说明", "单位"),
    "en": ("sheet", "column", "Chinese header", "English header", "description", "unit"),
}


class ExportError(PipelineError):
    """An export that cannot be written; the message says what to do instead."""


class Column(NamedTuple):
    name: str
    type: str  # DuckDB's
    doc: ColumnDoc | None

    def header(self, lang: str) -> str:
        if self.doc is None:
            return self.name
        return (self.doc.header_zh if lang == "zh" else None) or self.doc.title

    @property
    def is_decimal(self) -> bool:
        return self.type.startswith("DECIMAL")

    @property
    def is_money(self) -> bool:
        return self.doc is not None and self.doc.unit == "万元"


class Sheet(NamedTuple):
    name: str
    columns: list[Column]
    rows: int


@dataclass(frozen=True)
class Written:
    path: Path
    sheets: int  # files, for CSV; the `columns` sheet included
    rows: int  # of the tables and views, the `columns` sheet's not counted


def export(database: Path, format: str, out: Path | None = None, lang: str = "zh") -> Written:
    """Write the workbook (`format` xlsx) or the folder of CSV files (csv) at `out`, by
    default beside the database, with headers in `lang` (zh or en)."""
    if out is None:
        out = database.parent / ("performance.xlsx" if format == "xlsx" else "csv")
    with connect(database) as connection:
        sheets = [_sheet(connection, name) for name in SHEETS]
        write = _write_workbook if format == "xlsx" else _write_csv
        try:
            path = write(connection, sheets, out, lang)
        except OSError as error:
            raise ExportError(
                f"{out}: cannot write it ({error.strerror or error}); close it if a program "
                "has it open, or pass --out PATH"
            ) from error
    return Written(path, len(sheets) + 1, sum(sheet.rows for sheet in sheets))


def _sheet(connection, name: str) -> Sheet:
    documented = schemas.TABLES[name].to_schema().columns if name in schemas.TABLES else {}

    def doc(column: str) -> ColumnDoc | None:
        if name in VIEWS:
            return view_column_doc(name, column)
        return ColumnDoc.of(documented[column]) if column in documented else None

    described = connection.execute(f"DESCRIBE {name}").fetchall()
    columns = [Column(column, data_type, doc(column)) for column, data_type, *_ in described]
    ((rows,),) = connection.execute(f"SELECT count(*) FROM {name}").fetchall()
    return Sheet(name, columns, rows)


def _rows(connection, sheet: Sheet, for_excel: bool) -> Iterator[tuple]:
    """The sheet's rows in ORDER; for Excel, decimals (money) as doubles and any type it
    has no cell for as text."""
    selected = []
    for column in sheet.columns:
        if for_excel and column.is_decimal:
            selected.append(f"CAST({column.name} AS DOUBLE) AS {column.name}")
        elif for_excel and column.type not in {*NUMBER_TYPES, "VARCHAR", "BOOLEAN", "DATE"}:
            selected.append(f"CAST({column.name} AS VARCHAR) AS {column.name}")
        else:
            selected.append(column.name)
    order = f" ORDER BY {ORDER[sheet.name]}" if sheet.name in ORDER else ""
    cursor = connection.execute(f"SELECT {', '.join(selected)} FROM {sheet.name}{order}")
    while batch := cursor.fetchmany(BATCH):
        yield from batch


def _column_rows(sheets: list[Sheet]) -> list[tuple]:
    """The `columns` sheet: what each column of each sheet is."""
    rows = []
    for sheet in sheets:
        for column in sheet.columns:
            doc = column.doc or ColumnDoc(column.name, "")
            rows.append(
                (sheet.name, column.name, doc.header_zh, doc.title, doc.description, doc.unit)
            )
    return rows


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to, moved over `path` once written, so that
    a failed export leaves what was there."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _write_workbook(connection, sheets: list[Sheet], out: Path, lang: str) -> Path:
    import xlsxwriter

    for sheet in sheets:
        _check_fits_excel(connection, sheet)
    path = out / "performance.xlsx" if out.is_dir() else out
    with _replacing(path) as temporary:
        workbook = xlsxwriter.Workbook(str(temporary), {"constant_memory": True})
        formats = {
            "header": workbook.add_format({"bold": True}),
            "money": workbook.add_format({"num_format": MONEY_FORMAT}),
            "date": workbook.add_format({"num_format": DATE_FORMAT}),
        }
        for sheet in sheets:
            worksheet = workbook.add_worksheet(sheet.name)
            headers = [column.header(lang) for column in sheet.columns]
            _write_rows(worksheet, sheet.columns, headers, _rows(connection, sheet, True), formats)
        worksheet = workbook.add_worksheet(COLUMNS_SHEET)
        columns = [Column(header, "VARCHAR", None) for header in COLUMNS_HEADERS[lang]]
        _write_rows(worksheet, columns, COLUMNS_HEADERS[lang], _column_rows(sheets), formats)
        try:
            workbook.close()
        except xlsxwriter.exceptions.FileCreateError as error:
            raise error.args[0] from error  # the OSError it wraps
    return path


def _check_fits_excel(connection, sheet: Sheet) -> None:
    if sheet.rows > EXCEL_ROWS:
        raise ExportError(
            f"{sheet.name}: {sheet.rows:,} rows, more than an Excel sheet holds "
            f"({EXCEL_ROWS:,}); export with --format csv, or select fewer rows with query"
        )
    texts = [column.name for column in sheet.columns if column.type == "VARCHAR"]
    lengths = connection.execute(
        f"SELECT {', '.join(f'max(length({name}))' for name in texts)} FROM {sheet.name}"
    ).fetchone()
    for name, length in zip(texts, lengths, strict=True):
        if length is not None and length > EXCEL_CELL_CHARS:
            raise ExportError(
                f"{sheet.name}.{name}: a value of {length:,} characters, more than an Excel "
                f"cell holds ({EXCEL_CELL_CHARS:,}); export with --format csv"
            )


def _write_rows(worksheet, columns: list[Column], headers, rows, formats: dict) -> None:
    """The header, frozen and filtered, then the rows, each cell by its column's type."""
    writers = []
    for column in columns:
        if column.is_money:
            writers.append((worksheet.write_number, formats["money"]))
        elif column.type in NUMBER_TYPES or column.is_decimal:
            writers.append((worksheet.write_number, None))
        elif column.type == "BOOLEAN":
            writers.append((worksheet.write_boolean, None))
        elif column.type == "DATE":
            writers.append((worksheet.write_datetime, formats["date"]))
        else:
            writers.append((worksheet.write_string, None))
    for index, header in enumerate(headers):
        worksheet.write_string(0, index, header, formats["header"])
    rows = iter(rows)
    sample = list(itertools.islice(rows, WIDTH_SAMPLE))
    count = 0
    for count, row in enumerate(itertools.chain(sample, rows), start=1):
        for index, value in enumerate(row):
            if value is not None:
                write, cell_format = writers[index]
                write(count, index, value, cell_format)
    for index, (header, column) in enumerate(zip(headers, columns, strict=True)):
        shown = [_shown_width(row[index], column) for row in sample if row[index] is not None]
        width = max([display_width(header) + 3, *shown])  # + the filter's button
        worksheet.set_column(index, index, min(max(width, WIDTHS[0]), WIDTHS[1]))
    worksheet.freeze_panes(1, 0)
    worksheet.autofilter(0, 0, count, len(headers) - 1)


def _shown_width(value: object, column: Column) -> int:
    """About the characters a value takes in its cell."""
    if column.is_money:
        return len(f"{value:,.2f} 万元") + 1
    if column.type == "DATE":
        return 10
    return display_width(str(value)) + 1


def _write_csv(connection, sheets: list[Sheet], out: Path, lang: str) -> Path:
    for sheet in sheets:
        headers = [column.header(lang) for column in sheet.columns]
        _write_csv_file(out / f"{sheet.name}.csv", headers, _rows(connection, sheet, False))
    _write_csv_file(out / f"{COLUMNS_SHEET}.csv", COLUMNS_HEADERS[lang], _column_rows(sheets))
    return out


def _write_csv_file(path: Path, headers, rows) -> None:
    with _replacing(path) as temporary, open(temporary, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(headers)
        writer.writerows([plain(value) for value in row] for row in rows)
