"""Read floor, CSV: comma-separated text (as Excel's "CSV UTF-8" or a GBK or Big5 export
writes it, or semicolon-separated where Excel's list separator is one) -> one `CellTable` (two,
forms side by side on the sheet it was saved from: `grid.side_by_side`).

Decoded like the text format (`pipeline.read.text.decode`: BOM or not, UTF-8, GB18030, Big5 or
UTF-16), split into records by the stdlib `csv` module (quoted cells may hold commas and line
breaks) at its delimiter (`csv_delimiter`, which `pipeline.read.formats` also asks to tell a
CSV file), padding columns dropped (`pipeline.read.grid`). A field a system wrote as a formula
giving text to keep Excel from turning a numeral into a number (`="1,046.50"`, `="0012"`) is
read as the text Excel shows, `1,046.50`. A first line naming the delimiter (Excel's
separator line, `sep=,`) is no row. A row's `line` is the file line its record starts on;
CSV has no merged cells, so none are marked.
"""

import csv
import io
import re

from pipeline.cells import CellTable
from pipeline.read.grid import GridRow, grid_table, side_by_side
from pipeline.read.text import ExtractError, decode
from pipeline.vocab.file_formats import (
    CSV_DELIMITERS,
    CSV_RAGGED_SHARE,
    CSV_SEPARATOR_LINE,
    CSV_SUFFIX,
)

# Excel's separator line (`CSV_SEPARATOR_LINE`), its delimiter, and its line end.
_SEPARATOR_LINE = re.compile(
    rf"\ufeff?{re.escape(CSV_SEPARATOR_LINE)}([^\t\r\n])(?:\r\n|\r|\n)", re.I
)


def csv_delimiter(text: str, csv_file: bool) -> str | None:
    """The delimiter of a CSV text: the one its first line names (Excel's separator line,
    `sep=,`), else the first of `CSV_DELIMITERS` that splits every record into the same number
    (2 or more) of fields, or, in a file named `.csv` (`csv_file`), most of its records
    (`CSV_RAGGED_SHARE`) into 2 or more; None when none does, or the text holds a tab (the
    seed's tab-separated format)."""
    if "\t" in text:
        return None
    if named := _SEPARATOR_LINE.match(text):
        return named.group(1)
    for delimiter in CSV_DELIMITERS:
        try:
            records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
        except csv.Error:
            continue
        widths = [len(record) for record in records if any(record)]
        if len(set(widths)) == 1 and widths[0] >= 2:
            return delimiter
        split = sum(1 for width in widths if width >= 2)
        if csv_file and widths and split >= CSV_RAGGED_SHARE * len(widths):
            return delimiter
    return None


def named_csv(source_file: str) -> bool:
    """Whether a file is named as a CSV file (`CSV_SUFFIX`)."""
    return source_file.lower().endswith(CSV_SUFFIX)


# A field that is a formula giving a text constant, its quotes doubled inside: `="…"`.
_FORMULA_TEXT = re.compile(r'="((?:[^"]|"")*)"', re.DOTALL)


def _shown(field: str) -> str:
    """A field as Excel shows it: a formula giving text (`_FORMULA_TEXT`) as that text."""
    formula = _FORMULA_TEXT.fullmatch(field.strip())
    return formula.group(1).replace('""', '"') if formula else field


def read_csv(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The table of a CSV file (its tables side by side, left to right)."""
    text, _ = decode(source_file, data)
    delimiter = csv_delimiter(text, named_csv(source_file)) or ","
    separator_line = _SEPARATOR_LINE.match(text)
    text = text[separator_line.end() :] if separator_line else text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows, start, skipped = [], 1, 1 if separator_line else 0
    try:
        for record in reader:
            rows.append(GridRow(cells=tuple(map(_shown, record)), line=start + skipped))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ExtractError(
            source_file,
            start + skipped,
            f"a CSV file that cannot be split into cells ({error}); "
            "save it again from the spreadsheet as CSV UTF-8",
        ) from None
    tables = (grid_table(source_file, n, part) for n, part in enumerate(side_by_side(rows)))
    return tuple(table for table in tables if table is not None)
