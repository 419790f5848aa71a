"""Read floor, CSV: comma-separated text (as Excel's "CSV UTF-8" or a GBK or Big5 export
writes it) -> one `CellTable`.

Decoded like the text format (`pipeline.read.text.decode`: BOM or not, UTF-8, GB18030, Big5 or
UTF-16), split into records by the stdlib `csv` module (quoted cells may hold commas and line
breaks), padding columns dropped (`pipeline.read.grid`). A row's `line` is the file line its
record starts on; CSV has no merged cells, so none are marked.
"""

import csv
import io

from pipeline.cells import CellTable
from pipeline.read.grid import GridRow, grid_table
from pipeline.read.text import ExtractError, decode


def read_csv(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The one table of a CSV file."""
    text, _ = decode(source_file, data)
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    rows, start = [], 1
    try:
        for record in reader:
            rows.append(GridRow(cells=tuple(record), line=start))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ExtractError(
            source_file,
            start,
            f"a CSV file that cannot be split into cells ({error}); "
            "save it again from the spreadsheet as CSV UTF-8",
        ) from None
    table = grid_table(source_file, 0, rows)
    return (table,) if table is not None else ()
