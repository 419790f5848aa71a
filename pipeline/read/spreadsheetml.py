"""Read floor, Excel's XML Spreadsheet 2003 (SpreadsheetML, `XML 电子表格 2003`: what many Java
and .NET budget systems export and serve as `.xls`): every sheet -> a `CellTable`.

A `<Worksheet>` holds a `<Table>` of `<Row>`s of `<Cell>`s, each cell's value in its `<Data>`
(rich text as its runs' text, a line break `&#10;`). Rows and cells left out are empty: a
row's or cell's `ss:Index` (1-based) says where it stands, so a cell after the cells a merged
cell covers names its column. A merged cell (`ss:MergeAcross`, `ss:MergeDown`) keeps its text
in its first cell, the cells below that row marked `merged` for the layout readers to fill.
Cells are read as the sheet shows them: a number (`ss:Type="Number"`) in the number format of
its style (`<NumberFormat ss:Format>`, a named one such as `Standard` as the code it stands
for, `file_formats.SPREADSHEETML_FORMATS`; a style's `ss:Parent` giving what it does not set),
as an XLSX's number is (`workbook.display`); a date (`DateTime`) as `YYYY-MM-DD`; text,
an error (`#DIV/0!`) and a Boolean as Excel shows them. What the sheet hides is not read, its
text noted, as a workbook's (`pipeline.read.sheets`): a hidden sheet (`<Visible>SheetHidden`
in its options), hidden rows and columns (`ss:Hidden="1"`). A cell's comment is not printed
and not read. Padding columns are dropped (`pipeline.read.grid`). A row's `location` is
`<sheet> r<row>`; its `line` counts rows over the sheets in order.
"""

import io
import re

from lxml import etree

from pipeline.cells import CellTable
from pipeline.read.sheets import Range, Sheet, sheet_tables
from pipeline.read.text import ExtractError
from pipeline.read.workbook import display
from pipeline.vocab.file_formats import SPREADSHEETML_FORMATS

_SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
_X = "{urn:schemas-microsoft-com:office:excel}"
_HIDDEN_SHEETS = frozenset(("SheetHidden", "SheetVeryHidden"))
# A DateTime value's date, when its time is midnight: `2019-12-31T00:00:00.000`.
_MIDNIGHT = re.compile(r"(\d{4}-\d{2}-\d{2})T00:00:00(?:\.0+)?")


def read_spreadsheetml(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The tables of an XML Spreadsheet 2003, one per sheet shown with text, in sheet order."""
    try:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
        workbook = etree.parse(io.BytesIO(data), parser).getroot()
    except etree.XMLSyntaxError as error:
        raise ExtractError(
            source_file,
            1,
            f"an XML Spreadsheet 2003 that cannot be read ({error}); open it in Excel or WPS, "
            "save it again as .xlsx and put that in data/raw/",
        ) from None
    formats = _number_formats(workbook)
    sheets = [
        _sheet(worksheet, worksheet.get(f"{_SS}Name") or f"Sheet{number}", formats)
        for number, worksheet in enumerate(workbook.iter(f"{_SS}Worksheet"), start=1)
    ]
    return sheet_tables(source_file, sheets)


def _number_formats(workbook) -> dict[str, str]:
    """Per style id, the number format code it prints numbers in (its own, else its
    parent's); styles without one are left out."""
    styles = {style.get(f"{_SS}ID"): style for style in workbook.iter(f"{_SS}Style")}

    def code(style_id: str | None, seen: frozenset = frozenset()) -> str | None:
        style = styles.get(style_id)
        if style is None or style_id in seen:
            return None
        number_format = style.find(f"{_SS}NumberFormat")
        if number_format is not None and number_format.get(f"{_SS}Format"):
            name = number_format.get(f"{_SS}Format")
            return SPREADSHEETML_FORMATS.get(name, name)
        return code(style.get(f"{_SS}Parent"), seen | {style_id})

    return {name: shape for name in styles if (shape := code(name)) is not None}


def _sheet(worksheet, name: str, formats: dict[str, str]) -> Sheet:
    """A worksheet's cells at the places their indexes give, merges as ranges, and what it
    hides."""
    cells: dict[tuple[int, int], str] = {}
    ranges: list[Range] = []
    hidden_rows: set[int] = set()
    table = worksheet.find(f"{_SS}Table")
    r = -1
    for row in table.iter(f"{_SS}Row") if table is not None else ():
        r = _index(row, r)
        if row.get(f"{_SS}Hidden") == "1":
            hidden_rows.add(r)
        c = -1
        for cell in row.iter(f"{_SS}Cell"):
            c = _index(cell, c)
            across = int(cell.get(f"{_SS}MergeAcross") or 0)
            down = int(cell.get(f"{_SS}MergeDown") or 0)
            if across or down:
                ranges.append(((r, c), (r + down, c + across)))
            cells[r, c] = _shown(cell, formats)
            c += across
    height = max((row for row, _ in cells), default=-1) + 1
    width = max((column for _, column in cells), default=-1) + 1
    shown = [[cells.get((row, column), "") for column in range(width)] for row in range(height)]
    options = worksheet.find(f"{_X}WorksheetOptions")
    visible = options.findtext(f"{_X}Visible") if options is not None else None
    return Sheet(
        name, shown, ranges, visible in _HIDDEN_SHEETS, hidden_rows, _hidden_columns(table)
    )


def _index(element, last: int) -> int:
    """The 0-based place of a row or cell: its `ss:Index` (1-based), else the one after the
    last."""
    index = element.get(f"{_SS}Index")
    return int(index) - 1 if index and index.isdigit() else last + 1


def _hidden_columns(table) -> set[int]:
    """The columns (0-based) a table's `<Column>` definitions hide (`ss:Span` more after one)."""
    hidden: set[int] = set()
    c = -1
    for column in table.iter(f"{_SS}Column") if table is not None else ():
        c = _index(column, c)
        span = int(column.get(f"{_SS}Span") or 0)
        if column.get(f"{_SS}Hidden") == "1":
            hidden.update(range(c, c + span + 1))
        c += span
    return hidden


def _shown(cell, formats: dict[str, str]) -> str:
    """What a cell shows: its `<Data>` in its type's way (see the module docstring)."""
    data = cell.find(f"{_SS}Data")
    if data is None:
        return ""
    text = "".join(data.itertext())
    kind = data.get(f"{_SS}Type")
    if kind == "Number":
        try:
            return display(float(text), formats.get(cell.get(f"{_SS}StyleID")))
        except ValueError:
            return text.strip()
    if kind == "DateTime" and (date := _MIDNIGHT.fullmatch(text.strip())):
        return date.group(1)
    if kind == "Boolean":
        return "TRUE" if text.strip() == "1" else "FALSE"
    return text
