"""Read floor, OpenDocument spreadsheets (`.ods`, WPS's and LibreOffice's own format): every
sheet -> a `CellTable`, read from the file's `content.xml` (`content`: of a flat file, `.fods`,
the file itself).

Cells are read as the sheet prints them: the text of a cell's paragraphs (`<text:p>`, a line
each; `<text:s>` runs of spaces, tabs and line breaks as they print), not the value it stores
(`office:value="1032"` printed `1,032.00`). A merged cell (`table:number-rows-spanned`,
`number-columns-spanned`) keeps its text in its first cell; the cells it covers
(`table:covered-table-cell`) are empty, those below its first row marked `merged` for the
layout readers to fill. Repeated rows and cells (`number-rows-repeated`,
`number-columns-repeated`, how the format writes runs of like cells) are written out, a run of
empty ones only counted. What the sheet neither shows nor prints is not read, its text noted,
as a workbook's (`pipeline.read.sheets`): a hidden sheet (its table style's
`table:display="false"`), hidden rows and columns (`table:visibility="collapse"`, and a
filter's rows, `"filter"`), and columns outside the sheet's print ranges
(`table:print-ranges`). The lines a sheet's page header prints atop each page (the header of
the master page its table's style names, in `styles.xml`: a print template's title and
`单位：万元`) are read above its rows where its cells print no title, as a workbook's
(`pipeline.read.sheets`), located `<sheet> header <n>`. Padding columns are dropped
(`pipeline.read.grid`). A row's `location` is `<sheet> r<row>`; its `line` counts rows over the
sheets in order.
"""

import io
import re
import zipfile
from xml.etree import ElementTree

from pipeline.cells import CellTable
from pipeline.read.archive import ZIP_DAMAGE
from pipeline.read.sheets import Range, Sheet, cell_position, sheet_tables
from pipeline.read.text import ExtractError

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# What a paragraph holds that it does not print in its line: comments, a note's text (at the
# page's foot), the record of tracked changes, frames (a text box: read on its own), and a
# ruby's reading (拼音指南, printed small above the characters it reads).
NOT_PRINTED = frozenset((
    "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation", f"{TEXT}note-body",
    f"{TEXT}tracked-changes", "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
    f"{TEXT}ruby-text",
))  # fmt: skip
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
# A page header's regions, in the order its lines are read, and the fields whose line is page
# furniture (the page's number, the pages', the date, the time, the file's name, its title); a
# field of the sheet's name prints that name.
_REGIONS = tuple(f"{_STYLE}region-{side}" for side in ("left", "center", "right"))
_FURNITURE_FIELDS = frozenset(
    f"{TEXT}{name}" for name in ("page-number", "page-count", "date", "time", "file-name", "title")
)
_SHEET_NAME = f"{TEXT}sheet-name"
_CELLS = (f"{TABLE}table-cell", f"{TABLE}covered-table-cell")
# Rows or cells repeated more often than this are a sheet's empty remainder (LibreOffice
# writes its last rows as one row repeated 1,048,000 times): counted, not written out.
_MAX_REPEAT = 1000
# A print range's columns: `$目标表.$A$1:.$H$19`, `'Sheet 1'.A1:'Sheet 1'.F30`.
_PRINT_RANGE = re.compile(r"\.\$?([A-Z]{1,3})\$?\d+:[^.\s]*\.\$?([A-Z]{1,3})\$?\d+")


def read_ods(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The tables of an OpenDocument spreadsheet, one per sheet shown with text, in sheet
    order."""
    try:
        content = opendocument_content(data)
    except (*ZIP_DAMAGE, KeyError, ElementTree.ParseError) as error:
        raise ExtractError(
            source_file,
            1,
            f"an OpenDocument spreadsheet that cannot be read ({error}); open it in WPS or "
            "LibreOffice, save it again as .xlsx and put that in data/raw/",
        ) from None
    hidden_styles = {
        style.get(f"{_STYLE}name")
        for style in content.iter(f"{_STYLE}style")
        for properties in style.iter(f"{_STYLE}table-properties")
        if properties.get(f"{TABLE}display") == "false"
    }
    pages = {
        style.get(f"{_STYLE}name"): style.get(f"{_STYLE}master-page-name")
        for style in content.iter(f"{_STYLE}style")
        if style.get(f"{_STYLE}master-page-name")
    }
    headers = _page_headers(data, content)
    sheets = []
    for number, table in enumerate(content.iter(f"{TABLE}table"), start=1):
        name = table.get(f"{TABLE}name", f"Sheet{number}")
        sheet = _sheet(table, name, hidden_styles)
        page = pages.get(table.get(f"{TABLE}style-name"), next(iter(headers), None))
        sheet.header = _header_lines(headers.get(page, []), name)
        sheets.append(sheet)
    return sheet_tables(source_file, sheets)


def _page_headers(data: bytes, content: ElementTree.Element) -> dict[str, list]:
    """The paragraphs of each master page's header (its first page's own where it has one),
    by the master page's name, in the order the file defines them: from its `styles.xml`, or a
    flat file's own root; none where they cannot be read."""
    try:
        styles = (
            ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("styles.xml"))
            if zipfile.is_zipfile(io.BytesIO(data))
            else content
        )
    except (*ZIP_DAMAGE, KeyError, ElementTree.ParseError):
        return {}
    headers = {}
    for page in styles.iter(f"{_STYLE}master-page"):
        header = page.find(f"{_STYLE}header-first")
        if header is None or header.get(f"{_STYLE}display") == "false":
            header = page.find(f"{_STYLE}header")
        shown = header is not None and header.get(f"{_STYLE}display") != "false"
        regions = [region for tag in _REGIONS for region in header.iter(tag)] if shown else []
        parts = regions or ([header] if shown else [])
        headers[page.get(f"{_STYLE}name")] = [p for part in parts for p in part.iter(f"{TEXT}p")]
    return headers


def _header_lines(paragraphs: list, name: str) -> tuple[str, ...]:
    """The lines a page header's paragraphs print, the sheet's name for its field; a line
    holding a page number, a date, a time or the file's name (`第<页码>页`) is page furniture
    and left out, and so is a line of the sheet's name alone (LibreOffice's default header)."""
    lines = []
    for paragraph in paragraphs:
        if any(element.tag in _FURNITURE_FIELDS for element in paragraph.iter()):
            continue
        if not printed(paragraph, {_SHEET_NAME: ""}).strip():
            continue
        lines.extend(printed(paragraph, {_SHEET_NAME: name}).splitlines())
    return tuple(line.strip() for line in lines if line.strip())


def opendocument_content(data: bytes) -> ElementTree.Element:
    """The root of an OpenDocument file's content: its package's `content.xml`, or a flat
    file's (`.fods`, `.fodt`: one XML file) own root, `office:document`, which holds the same
    body."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return ElementTree.fromstring(data)
    return ElementTree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("content.xml"))


def _sheet(table: ElementTree.Element, name: str, hidden_styles: set) -> Sheet:
    """A sheet's cells, spans as ranges, repeats written out, and what it hides."""
    shown: list[list[str]] = []
    ranges: list[Range] = []
    hidden_rows: set[int] = set()
    empty = 0  # empty rows not written yet: the sheet's remainder, unless text follows
    for row in table.iter(f"{TABLE}table-row"):
        cells: list[str] = []
        for cell in row:
            if cell.tag not in _CELLS:
                continue
            repeat = int(cell.get(f"{TABLE}number-columns-repeated", "1"))
            text = _text(cell) if cell.tag == _CELLS[0] else ""
            if repeat > _MAX_REPEAT and not text:
                break
            for _ in range(repeat):
                down = int(cell.get(f"{TABLE}number-rows-spanned", "1"))
                across = int(cell.get(f"{TABLE}number-columns-spanned", "1"))
                if down > 1 or across > 1:
                    top, left = len(shown) + empty, len(cells)
                    ranges.append(((top, left), (top + down - 1, left + across - 1)))
                cells.append(text)
        repeat = int(row.get(f"{TABLE}number-rows-repeated", "1"))
        if not any(cells):
            empty += repeat
            continue
        shown.extend([] for _ in range(empty))
        written = min(repeat, _MAX_REPEAT)
        if row.get(f"{TABLE}visibility", "visible") != "visible":
            hidden_rows.update(range(len(shown), len(shown) + written))
        shown.extend(list(cells) for _ in range(written))
        empty = repeat - written
    width = max((len(cells) for cells in shown), default=0)
    for cells in shown:
        cells.extend([""] * (width - len(cells)))
    return Sheet(
        name,
        shown,
        ranges,
        table.get(f"{TABLE}style-name") in hidden_styles,
        hidden_rows,
        _hidden_columns(table, width),
        _print_columns(table.get(f"{TABLE}print-ranges", "")),
    )


def _hidden_columns(table: ElementTree.Element, width: int) -> set[int]:
    """The columns (0-based, below `width`) a sheet's column definitions hide."""
    hidden: set[int] = set()
    column = 0
    for definition in table.iter(f"{TABLE}table-column"):
        repeat = int(definition.get(f"{TABLE}number-columns-repeated", "1"))
        if definition.get(f"{TABLE}visibility", "visible") != "visible":
            hidden.update(range(column, min(column + repeat, width)))
        column += repeat
    return hidden


def _print_columns(print_ranges: str) -> tuple[tuple[int, int], ...] | None:
    """The column spans (0-based, first and last) of a sheet's print ranges, None where it
    sets none."""
    spans = [
        (cell_position(f"{first}1")[1], cell_position(f"{last}1")[1])
        for first, last in _PRINT_RANGE.findall(print_ranges)
    ]
    return tuple(spans) or None


def _text(cell: ElementTree.Element) -> str:
    """What a cell prints: its paragraphs, a line each."""
    return "\n".join(printed(p) for p in cell.iter(f"{TEXT}p")).strip()


def printed(element: ElementTree.Element, fields: dict[str, str] | None = None) -> str:
    """A paragraph's text, its spans read through, `<text:s text:c="3"/>` as its spaces, tabs
    and line breaks as they print; nothing of what it does not print (`NOT_PRINTED`: a
    comment, a note's text, a ruby's reading); a field of `fields` as the text given for it."""
    fields = fields or {}
    out = element.text or ""
    for child in element:
        if child.tag in NOT_PRINTED:
            pass
        elif child.tag in fields:
            out += fields[child.tag]
        elif child.tag == f"{TEXT}s":
            out += " " * int(child.get(f"{TEXT}c", "1"))
        elif child.tag == f"{TEXT}tab":
            out += "\t"
        elif child.tag == f"{TEXT}line-break":
            out += "\n"
        else:
            out += printed(child, fields)
        out += child.tail or ""
    return out
