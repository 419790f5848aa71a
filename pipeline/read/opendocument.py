"""Read floor, OpenDocument spreadsheets (`.ods`, WPS's and LibreOffice's own format): every
sheet -> a `CellTable`, read from the file's `content.xml`.

Cells are read as the sheet prints them: the text of a cell's paragraphs (`<text:p>`, a line
each; `<text:s>` runs of spaces, tabs and line breaks as they print), not the value it stores
(`office:value="1032"` printed `1,032.00`). A merged cell (`table:number-rows-spanned`,
`number-columns-spanned`) keeps its text in its first cell; the cells it covers
(`table:covered-table-cell`) are empty, those below its first row marked `merged` for the
layout readers to fill. Repeated rows and cells (`number-rows-repeated`,
`number-columns-repeated`, how the format writes runs of like cells) are written out, a run of
empty ones only counted. Padding columns are dropped (`pipeline.read.grid`). A row's
`location` is `<sheet> r<row>`; its `line` counts rows over the sheets in order. Not yet done:
rows, columns and sheets the file hides (`table:visibility="collapse"`, a filter's rows) are
read as if shown, where a workbook's are not (`pipeline.read.workbook`).
"""

import io
import zipfile
from xml.etree import ElementTree

from pipeline.cells import CellTable
from pipeline.read.grid import GridRow, grid_table
from pipeline.read.text import ExtractError

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_CELLS = (f"{_TABLE}table-cell", f"{_TABLE}covered-table-cell")
# Rows or cells repeated more often than this are a sheet's empty remainder (LibreOffice
# writes its last rows as one row repeated 1,048,000 times): counted, not written out.
_MAX_REPEAT = 1000


def read_ods(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The tables of an OpenDocument spreadsheet, one per sheet with text, in sheet order."""
    try:
        content = ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as error:
        raise ExtractError(
            source_file,
            1,
            f"an OpenDocument spreadsheet that cannot be read ({error}); open it in WPS or "
            "LibreOffice, save it again as .xlsx and put that in data/raw/",
        ) from None
    tables: list[CellTable] = []
    offset = 0
    for sheet in content.iter(f"{_TABLE}table"):
        name = sheet.get(f"{_TABLE}name", f"Sheet{len(tables) + 1}")
        rows, count = _rows(sheet, name, offset)
        offset += count
        if (table := grid_table(source_file, len(tables), rows)) is not None:
            tables.append(table)
    return tuple(tables)


def _rows(sheet: ElementTree.Element, name: str, offset: int) -> tuple[list[GridRow], int]:
    """A sheet's rows, spans expanded and repeats written out, and how many rows it has."""
    rows: list[GridRow] = []
    below: dict[int, int] = {}  # column -> rows still covered by a span from above
    r = 0
    for row in sheet.iter(f"{_TABLE}table-row"):
        cells: list[str] = []
        merged: list[bool] = []
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            repeat = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
            text = _text(cell) if cell.tag == _CELLS[0] else ""
            if repeat > _MAX_REPEAT and not text:
                break
            for _ in range(repeat):
                column = len(cells)
                merged.append(below.get(column, 0) > 0)
                cells.append(text)
                if below.get(column, 0) > 0:
                    below[column] -= 1
                down = int(cell.get(f"{_TABLE}number-rows-spanned", "1"))
                across = int(cell.get(f"{_TABLE}number-columns-spanned", "1"))
                if down > 1:
                    for spanned in range(column, column + across):
                        below[spanned] = down - 1
        repeat = int(row.get(f"{_TABLE}number-rows-repeated", "1"))
        if any(cells):
            for k in range(min(repeat, _MAX_REPEAT)):
                rows.append(GridRow(tuple(cells), offset + r + k + 1, f"{name} r{r + k + 1}",
                                    tuple(merged)))  # fmt: skip
        r += repeat
    return rows, r


def _text(cell: ElementTree.Element) -> str:
    """What a cell prints: its paragraphs, a line each."""
    return "\n".join(_printed(p) for p in cell.iter(f"{_TEXT}p")).strip()


def _printed(element: ElementTree.Element) -> str:
    """A paragraph's text, its spans read through, `<text:s text:c="3"/>` as its spaces, tabs
    and line breaks as they print."""
    out = element.text or ""
    for child in element:
        if child.tag == f"{_TEXT}s":
            out += " " * int(child.get(f"{_TEXT}c", "1"))
        elif child.tag == f"{_TEXT}tab":
            out += "\t"
        elif child.tag == f"{_TEXT}line-break":
            out += "\n"
        else:
            out += _printed(child)
        out += child.tail or ""
    return out
