"""Read floor, workbooks (XLSX, XLS): every sheet -> a `CellTable` (two, forms side by side
on it: `grid.side_by_side`), via python-calamine.

Cells are read as Excel displays them: text as is; numbers in their number format where the
workbook gives one (`#,##0.00`: 3044.6 -> `3,044.60`, `0%`; its padding dropped, `#,##0.00_ `;
the text it prints beside the digits kept, `0.00"万元"`: 1168 -> `1168.00万元`), otherwise as the
number is stored, never as a binary float's digits (51.35 stays `51.35`, 10.0 is `10`), and at
Excel's 15 significant digits (the float a sum leaves, 9.999999999999998, is `10`); dates (cells
Excel formats as dates, which calamine returns as dates) as `YYYY-MM-DD`, but in a Chinese date
format as it prints them (`yyyy"年"m"月"`: `2024年11月`; also a Chinese Excel's own date
formats saved by id alone, `numFmtId="31"`, and a format of numbers parted by dots,
`yyyy.mm.dd`: `2024.12.20`, or slashes, the year first, `yyyy/m/d`: `2023/11/30`). A bare
number in
a General cell stays a number even where it could be a date serial (Excel shows it as a
number), but for one place: the target cell of a time indicator (its level-2 or level-3
name says 时效, 时间 or 期限), where a whole number in the General format that is a serial of the years
1990-2099 (46022) is the date it stands for (2025-12-31), with a `date_serial_read` note keeping the
serial (`CellTable.notes`). Serials count from the workbook's date system: 1900, or 1904 (a
Mac's: the same serial a date 1,462 days later), read from the XLSX's `xl/workbook.xml`
(`<workbookPr date1904="1"/>`) or the XLS's DATEMODE record; calamine applies it to the dates
it returns. A workbook whose date system cannot be read gets a `date_system_unknown` warning
on its first table, and its serials stay numbers.
Number formats are read from the XLSX's styles (each cell's by its place: its `r`, or, where a
writer leaves the addresses out, after the cell or row before), and an XLS's through xlrd (calamine
gives neither; before, an XLS's 95% stored as 0.95 in the `0%` format read `0.95`). A formula cell
gives the value the spreadsheet saved with it (Excel and WPS save one); a formula saved without a
value (a workbook a program wrote and nothing computed) is empty, with a `formula_not_computed` note
naming the cell and its formula: its value is never guessed. A cell holding an error value shows it
as Excel does (`#DIV/0!` for a 执行率 dividing 0 by 0, `#N/A`; calamine gives it empty), read from the
XLSX's cell (`t="e"`) or the XLS's through xlrd. A number prints in the section of its format that
Excel chooses for it: by the conditions the format writes (`[>=1]0;0.0%` prints 0.35 as `35.0%`),
else by its sign, the sign always the number's. Digits are placed into a section's placeholders
around the text between them as Excel places them (`0!.0000"万元"`, a figure stored in 元 shown in
万元 by a literal point: 12345678 -> `1234.5678万元`), commas after the last placeholder scaling by
a thousand each (`#,##0.00,`), an accounting format's currency sign kept (`¥1,234.50`, its zero
`¥-`). A number format whose section for a value is empty
prints nothing for it (`;;;`: a template's check cells; `0;-0;`: no zeros), and the cell is read
empty. Text struck through (删除线) in a cell's rich text, as a 财政局's review leaves an old target
deleted before the agreed one (`≥4≥5座`), is deleted text: the cell is read without it, and a
`struck_text_skipped` note gives it (an XLSX's shared or inline strings' runs, an XLS's through
xlrd; calamine gives a cell's text without its runs). Rows and columns a workbook hides (an XLSX's `<row
hidden="1">`, `<col hidden="1">`, an XLS's, through xlrd; or rows of zero height and columns of
zero width, `ht="0"`, `width="0"`: a budget system's code column, an
indicator hidden rather than deleted, rows a filter hides) are neither shown nor printed, and are
not read; when they hold text, the sheet's table notes which (`hidden_cells_skipped`, their text in
the message). So are hidden sheets (a template's drop-down lists of 一级指标 and 二级指标 names): one that
holds text is noted on the next table (what the spreadsheet formats share, `pipeline.read.sheets`).
Columns outside the print area an XLSX's sheet sets (`_xlnm.Print_Area`: a template's check
column beside the form, `填报校验` / `通过`) are not printed and not read either, their text noted
(`unprinted_cells_skipped`); an area of whole rows prints every column, and rows outside an
area are read (a table grown below an area someone forgot to widen). The lines a sheet's page
header prints atop each page (an XLSX's `<headerFooter>`, an XLS's HEADER record: a print
template's title and `单位：万元`) are read above its rows where its cells print no title
(`pipeline.read.sheets`), located `<sheet> header <n>`. A merged range keeps its text
in its first cell; the cells below that row are marked `merged` for the layout readers to fill. A
range whose first cell is empty and whose one text is in another of its cells (some exporters store
a range's value in its last cell) is read with that text in its first cell. Padding columns are
dropped (`pipeline.read.grid`). A row's `location` is `<sheet> r<Excel row>`; its `line` counts rows
over the sheets in order.
"""

import datetime
import io
import operator
import re
import struct
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from posixpath import join, normpath
from xml.etree import ElementTree

import xlrd
from python_calamine import CalamineError, CalamineWorkbook, SheetVisibleEnum
from xlrd.compdoc import CompDoc, CompDocError

from pipeline.cells import CellTable
from pipeline.labels.columns import column_roles
from pipeline.read.archive import ZIP_DAMAGE
from pipeline.read.ole2 import ole2_stream
from pipeline.read.sheets import (
    Sheet,
    cell_position,
    cell_reference,
    merged_below,
    sheet_tables,
)
from pipeline.read.text import ExtractError
from pipeline.vocab.file_formats import (
    BUILTIN_NUMBER_FORMATS,
    DATE_1904_ATTRIBUTE,
    DATE_FORMAT_DOTS,
    DATE_FORMAT_SLASHES,
    DATE_FORMAT_WORDS,
    DATE_SERIAL_YEARS,
    DATE_SYSTEMS,
    DATEMODE_VALUES,
    MAGIC,
    OLE2_STREAMS,
    PRINT_AREA,
    TIME_INDICATOR_WORDS,
)

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_RELATIONSHIP_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# A number format calamine leaves as a number, reduced to its digits: `#,##0.00`, `0.0%`.
_NUMBER_FORMAT = re.compile(r"[#,]*0(?:\.(0+))?(%?)")
# The parts of a number format's section around its digits: text printed as it is (`"万元"`,
# `\元`, a currency's symbol `[$¥-804]`), padding printed as white space or a fill (`_)`,
# `*-`), a colour or a condition (`[Red]`), and the format's own characters.
_FORMAT_PART = re.compile(r'"(?P<quoted>[^"]*)"|[\\!](?P<escaped>.)|\[\$(?P<symbol>[^-\]]*)[^\]]*\]'
                          r"|(?P<skipped>[_*].|\[[^\]]*\])|(?P<code>.)")  # fmt: skip
# A number format section's condition (`[>=1]`, `[<0.5]`) and what its operators test.
_CONDITION = re.compile(r"\[(?P<op><=|>=|<>|<|>|=)\s*(?P<value>-?\d+(?:\.\d+)?)\]")
_COMPARE = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge, "=": operator.eq,
    "<>": operator.ne,
}  # fmt: skip
# Per sheet name, a text per 0-based (row, column) of its cells.
_SheetCells = dict[str, dict[tuple[int, int], str]]
# A sheet's hidden rows and columns, 0-based.
_Hidden = tuple[set[int], set[int]]
# Per sheet name, per 0-based (row, column) of a cell holding text struck through, its text
# without the struck runs and the struck text (`_struck`), or None when its font strikes the
# whole cell.
_SheetStruck = dict[str, dict[tuple[int, int], tuple[str, str] | None]]


@dataclass
class _Parts:
    """What a workbook's own parts say of its sheets that calamine does not give, each by
    sheet name: its cells' number formats, formulas saved without a value, error values and
    text struck through (by 0-based (row, column)), its hidden rows and columns, the lines its
    page header prints atop each page (`_page_header`), and its print area's column spans
    (`_print_areas`); all empty for parts that cannot be read."""

    formats: _SheetCells = field(default_factory=dict)
    formulas: _SheetCells = field(default_factory=dict)
    errors: _SheetCells = field(default_factory=dict)
    struck: _SheetStruck = field(default_factory=dict)
    hidden: dict[str, _Hidden] = field(default_factory=dict)
    headers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    print_areas: dict[str, tuple[tuple[int, int], ...]] = field(default_factory=dict)


# The records of an XLS ([MS-XLS]) that open and end a substream (the workbook globals, a
# sheet), say its date system, place each sheet (BoundSheet8) and hold a sheet's page header;
# the BOF's version of BIFF8 (an older XLS's strings are in its code page: its headers are not
# read), and the sheet type of a worksheet.
_BIFF_BOF, _BIFF_EOF, _BIFF_DATEMODE = 0x0809, 0x000A, 0x0022
_BIFF_BOUNDSHEET, _BIFF_HEADER = 0x0085, 0x0014
_BIFF8, _WORKSHEET = 0x0600, 0
# The cells of an XLS that a number format prints (xlrd's cell types): numbers, and texts (a
# format's fourth section, `;;;`, prints none).
_XLS_FORMATTED = (xlrd.XL_CELL_NUMBER, xlrd.XL_CELL_DATE, xlrd.XL_CELL_TEXT)
# An OLE2 compound file's leading bytes, and the streams of one that hold an XLS's workbook.
_OLE2_MAGIC = next(magic for magic, kind in MAGIC.items() if kind == "ole2")
_XLS_STREAMS = tuple(name for name, kind in OLE2_STREAMS.items() if kind == "xls")
# A page header's codes ([MS-OI29500] / ECMA-376 18.3.1.39): a section's (`&L`, `&C`, `&R`), a
# font's (`&"宋体,加粗"`), a size (`&16`), a colour (`&KFF0000`, `&K01+000`), a toggle (`&B`,
# `&I`, …), a field (`&P` page, `&N` pages, `&D`, `&T`, `&F`, `&Z`, `&G`, `&A` the sheet) or `&&`,
# a literal `&`.
_HEADER_CODE = re.compile(r'(&&|&"[^"]*"|&\d+|&K(?:[0-9A-Fa-f]{6}|\d\d[-+S]\d{3})|&[A-Za-z])')
# The fields whose line is page furniture, and the mark that tells such a line.
_HEADER_FIELDS = frozenset("PNDTFZG")
_FIELD_MARK = "\x00"
# The end of a workbook relationship's type naming its shared strings' part.
_STRINGS = "/sharedStrings"
# An XML schema boolean's true.
_TRUE = ("1", "true")
# Columns a sheet has at most (XFD).
_MAX_COLUMNS = 16384
# A print area's range's columns, in its reference (`'绩效目标表'!$A$1:$H$19`).
_COLUMN_SPAN = re.compile(r"!\$?([A-Z]{1,3})\$?\d*:\$?([A-Z]{1,3})\$?\d*\s*$")


def _chains_sound(data: bytes) -> None:
    """Raise CompDocError where an XLS's compound file ([MS-CFB]) chains a sector twice (a
    chain looping back, as a damaged download gives): calamine follows such a chain without end,
    allocating until the machine's memory is gone; xlrd's reader of the container checks them.
    Damage that reader fails on otherwise (its structs, indexes, asserts, a directory tree that
    loops back on itself) is calamine's to tell."""
    if not data.startswith(_OLE2_MAGIC):
        return
    try:
        container = CompDoc(data, logfile=io.StringIO())
        for name in _XLS_STREAMS:
            container.locate_named_stream(name)
    except (struct.error, IndexError, ValueError, AssertionError, RecursionError):
        return


def _is_panic(error: BaseException) -> bool:
    """Whether an error is a panic of calamine's Rust code on damage it does not foresee (a
    record's length past the stream's end): pyo3 raises it as `pyo3_runtime.PanicException`,
    a BaseException that no module exports, so the build's guard for a file's bugs let it
    end the whole build."""
    kind = type(error)
    return kind.__module__ == "pyo3_runtime" and kind.__name__ == "PanicException"


def read_workbook(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The tables of a workbook, one per sheet with text, in sheet order."""
    try:
        _chains_sound(data)
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        opened = [(name, workbook.get_sheet_by_name(name)) for name in workbook.sheet_names]
        grids = [(name, sheet.to_python(skip_empty_area=False), sheet) for name, sheet in opened]
        hidden_sheets = {
            sheet.name
            for sheet in workbook.sheets_metadata
            if sheet.visible != SheetVisibleEnum.Visible
        }
    except BaseException as error:  # a Rust panic is no Exception (`_is_panic`)
        if not isinstance(error, CalamineError | CompDocError) and not _is_panic(error):
            raise
        raise ExtractError(
            source_file,
            1,
            f"an Excel workbook that cannot be read ({error}); open it in "
            "Excel or WPS, save it again as .xlsx and put that in data/raw/",
        ) from None
    parts, system, said = _settings(data)
    sheets = []
    for name, grid, sheet in grids:
        ranges = sheet.merged_cell_ranges or []
        sheet_formats = parts.formats.get(name, {})
        shown = [
            [display(value, sheet_formats.get((r, c))) for c, value in enumerate(values)]
            for r, values in enumerate(grid)
        ]
        if name in hidden_sheets:
            sheets.append(Sheet(name, shown, hidden=True))
            continue
        for (r, c), error in parts.errors.get(name, {}).items():
            if r < len(shown) and c < len(shown[r]):
                shown[r][c] = error
        notes = []
        for (r, c), runs in sorted(parts.struck.get(name, {}).items()):
            if r < len(shown) and c < len(shown[r]) and shown[r][c].strip():
                kept, gone = runs or ("", shown[r][c])
                shown[r][c] = kept
                notes.append((
                    "struck_text_skipped", r + 1,
                    f"{name} r{r + 1}: cell {cell_reference(r, c)} prints {gone} struck through "
                    f"(删除线: deleted, left to show), not read; the cell is read as "
                    f"{kept or 'empty'}", gone,
                ))  # fmt: skip
        _value_to_first_cell(shown, ranges)
        for r, c, serial, date in _date_serials(
            grid, shown, merged_below(ranges), sheet_formats, system
        ):
            shown[r][c] = date
            notes.append((
                "date_serial_read", r + 1,
                f"{name} r{r + 1}: the number {serial} in a time indicator's target is an Excel "
                f"date serial{'' if system == '1900' else f' of the {system} date system'}, "
                f"read as {date}", serial,
            ))  # fmt: skip
        for (r, c), formula in sorted(parts.formulas.get(name, {}).items()):
            notes.append((
                "formula_not_computed", r + 1,
                f"{name} r{r + 1}: cell {cell_reference(r, c)} holds a formula ({formula}) saved without "
                "its value (a program wrote the workbook and no spreadsheet computed it), read as "
                "empty; open it in Excel or WPS, save it again and put that in data/raw/", formula,
            ))  # fmt: skip
        hidden_rows, hidden_columns = parts.hidden.get(name, (set(), set()))
        sheets.append(
            Sheet(
                name,
                shown,
                list(ranges),
                False,
                hidden_rows,
                hidden_columns,
                parts.print_areas.get(name),
                notes,
                parts.headers.get(name, ()),
            )
        )
    tables = list(sheet_tables(source_file, sheets))
    if system is None and tables:
        first = tables[0]
        tables[0] = replace(first, notes=((
            "date_system_unknown", first.rows[0].line,
            f"the workbook's date system (1900 or 1904) cannot be read ({said}): its date cells "
            "are read in the 1900 system and may be 1,462 days early, and whole numbers in time "
            "indicators' targets stay numbers; open it in Excel or WPS, save it again as .xlsx "
            "and put that in data/raw/", said,
        ), *first.notes))  # fmt: skip
    return tuple(tables)


def _value_to_first_cell(shown: list[list[str]], ranges) -> None:
    """A merged range whose first cell is empty and one other cell of which holds text, as
    some exporters write a range (its value in its last cell), read with that text in its
    first cell: it is the range's only text (moved in `shown`)."""
    for (top, left), (bottom, right) in ranges:
        places = [
            (r, c)
            for r in range(top, min(bottom + 1, len(shown)))
            for c in range(left, min(right + 1, len(shown[r])))
            if shown[r][c].strip()
        ]
        if len(places) == 1 and places[0] != (top, left):
            ((r, c),) = places
            shown[top][left], shown[r][c] = shown[r][c], ""


def _print_areas(workbook: ElementTree.Element) -> dict[str, tuple[tuple[int, int], ...]]:
    """Per sheet name, the column spans (0-based, first and last) of its print area (a
    `_xlnm.Print_Area` name of the sheet: `'绩效目标表'!$A$1:$H$19`); a sheet whose area takes
    whole rows (`$1:$20`) prints every column and is left out."""
    names = [sheet.get("name") for sheet in workbook.iter(f"{_MAIN}sheet")]
    areas = {}
    for defined in workbook.iter(f"{_MAIN}definedName"):
        sheet = defined.get("localSheetId", "")
        if defined.get("name") != PRINT_AREA or not sheet.isdigit() or int(sheet) >= len(names):
            continue
        spans = [_COLUMN_SPAN.search(part) for part in (defined.text or "").split(",")]
        if spans and all(spans):
            areas[names[int(sheet)]] = tuple(
                (cell_position(f"{m.group(1)}1")[1], cell_position(f"{m.group(2)}1")[1])
                for m in spans
            )
    return areas


def _date_serials(
    grid: list[list],
    shown: list[list[str]],
    continued: set[tuple[int, int]],
    formats: dict[tuple[int, int], str],
    system: str | None,
) -> Iterator[tuple[int, int, str, str]]:
    """(row, column, serial, date) of each bare whole number (stored as a number, in the
    General format: `#,##0` shows `46,022`, a number) in a value column (指标值,
    under a header row that names it and a level-2 or level-3 column) in a row whose level-2
    or level-3 name, a merged cell's text carried down, says it is a time indicator
    (`TIME_INDICATOR_WORDS`), and which is a date serial of `DATE_SERIAL_YEARS` in the
    workbook's date `system` (a key of `DATE_SYSTEMS`; none when it is not known)."""
    if system is None:
        return
    epoch = datetime.date(*DATE_SYSTEMS[system])
    values: set[int] = set()
    levels: set[int] = set()
    carried: dict[int, str] = {}
    low, high = ((datetime.date(year, 1, 1) - epoch).days for year in DATE_SERIAL_YEARS)
    for r, row in enumerate(shown):
        roles = {c: column_roles(text) for c, text in enumerate(row) if text}
        header_values = {c for c, found in roles.items() if "value" in found}
        header_levels = {c for c, found in roles.items() if {"level2", "level3"} & set(found)}
        if header_values and header_levels:
            values, levels, carried = header_values, header_levels, {}
            continue
        for c, text in enumerate(row):
            if text or (r, c) not in continued:
                carried[c] = text
        if not any(word in carried.get(c, "") for c in levels for word in TIME_INDICATOR_WORDS):
            continue
        for c in values:
            value = grid[r][c] if c < len(grid[r]) else None
            if isinstance(value, int | float) and not isinstance(value, bool) \
                    and value == int(value) and low <= value < high \
                    and formats.get((r, c), "General") == "General":  # fmt: skip
                date = epoch + datetime.timedelta(days=int(value))
                yield r, c, str(int(value)), date.isoformat()


def _settings(data: bytes) -> tuple[_Parts, str | None, str]:
    """What the workbook's parts say of its sheets (`_Parts`: an XLSX's, `_sheet_cells`, with
    its print areas; an XLS's, `_xls_cells`), its date system (a key of `DATE_SYSTEMS`, None
    when it cannot be read) and what says so: an XLSX's `xl/workbook.xml`, read once for all,
    or an XLS's DATEMODE record."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return _xls_cells(data), *_xls_date_system(data)
    try:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    except (*ZIP_DAMAGE, KeyError, ElementTree.ParseError):
        return _Parts(), None, "xl/workbook.xml cannot be read"
    # Any namespace: strict OOXML's as well as the transitional one.
    flag = next((e.get("date1904", "0") for e in workbook if e.tag.endswith("}workbookPr")), "0")
    said = f'xl/workbook.xml: <workbookPr date1904="{flag}">'
    parts = _sheet_cells(archive, workbook)
    parts.print_areas = _print_areas(workbook)
    return parts, DATE_1904_ATTRIBUTE.get(flag), said


def _xls_cells(data: bytes) -> _Parts:
    """An XLS's number formats, error values, struck text and hidden rows and columns, as
    `_sheet_cells` gives an XLSX's, through xlrd (calamine gives neither); an XLS saves every
    formula's value, so none is missing, and its print areas are not read; its page headers
    are read from its records (`_xls_page_headers`). A
    file xlrd cannot follow (calamine read it) prints its numbers as stored and its hidden
    cells are read, as before xlrd was asked."""
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=io.StringIO())
    except Exception:  # any damage xlrd trips on (it asserts as it reads) leaves them unknown
        return _Parts()
    parts = _Parts()
    for sheet in book.sheets():
        shown = parts.formats[sheet.name] = {}
        failed = parts.errors[sheet.name] = {}
        crossed = parts.struck[sheet.name] = {}
        for r in range(sheet.nrows):  # one pass over the cells for all
            for c in range(sheet.row_len(r)):
                kind = sheet.cell_type(r, c)
                if kind in _XLS_FORMATTED:
                    xf = book.xf_list[sheet.cell_xf_index(r, c)]
                    shown[(r, c)] = book.format_map[xf.format_key].format_str
                    if (r, c) in sheet.rich_text_runlist_map:
                        if runs := _xls_struck(book, sheet, r, c, xf.font_index):
                            crossed[(r, c)] = runs
                    elif book.font_list[xf.font_index].struck_out:
                        crossed[(r, c)] = None
                elif kind == xlrd.XL_CELL_ERROR:
                    failed[(r, c)] = xlrd.error_text_from_code.get(sheet.cell_value(r, c), "")
        parts.hidden[sheet.name] = (
            {r for r, info in sheet.rowinfo_map.items() if info.hidden or info.height == 0},
            {c for c, info in sheet.colinfo_map.items() if info.hidden or info.width == 0},
        )
    parts.headers = _xls_page_headers(data)
    return parts


def _xls_page_headers(data: bytes) -> dict[str, tuple[str, ...]]:
    """The lines each worksheet of a BIFF8 XLS prints in its page header (its HEADER record,
    read as `_header_lines` reads an XLSX's), by sheet name; none where the records cannot be
    followed or the file is older than BIFF8."""
    try:
        stream = ole2_stream(data, _XLS_STREAMS)
        if struct.unpack_from("<H", stream, 4)[0] != _BIFF8:
            return {}
        placed = [
            (_biff_string(body, 6, 1), struct.unpack_from("<I", body)[0])
            for record, body in _biff_records(stream)
            if record == _BIFF_BOUNDSHEET and body[5] == _WORKSHEET
        ]
        return {name: _header_lines(_biff_header(stream, at), name) for name, at in placed}
    except (ValueError, struct.error, IndexError):
        return {}


def _biff_header(stream: bytes, at: int) -> str:
    """The text of the HEADER record of the sheet whose substream begins at `at`; empty when
    it has none (or an empty one: no header)."""
    for record, body in _biff_records(stream, at):
        if record == _BIFF_HEADER and body:
            return _biff_string(body, 0, 2)
    return ""


def _biff_string(body: bytes, at: int, size: int) -> str:
    """A BIFF8 string at `at` of a record's body: its count of characters (`size` bytes), a
    byte of flags, then the characters, two bytes each where the flags' first bit says so,
    else one (their high bytes left out)."""
    count = int.from_bytes(body[at : at + size], "little")
    wide = body[at + size] & 1
    start = at + size + 1
    if wide:
        return body[start : start + 2 * count].decode("utf-16-le")
    return body[start : start + count].decode("latin-1")


def _xls_struck(book, sheet, r: int, c: int, font: int) -> tuple[str, str] | None:
    """An XLS text cell's text without its runs struck through, and the struck text, when
    a run is: its rich text's runs (xlrd's (offset, font) list; the cell's own font before
    the first), by their fonts' `struck_out`."""
    text = sheet.cell_value(r, c)
    starts = [(0, font), *sheet.rich_text_runlist_map[(r, c)]]
    runs = [
        (text[start:end], book.font_list[index].struck_out)
        for (start, index), (end, _) in zip(starts, [*starts[1:], (len(text), 0)], strict=True)
    ]
    return _struck(runs)


def _xls_date_system(data: bytes) -> tuple[str | None, str]:
    """An XLS's date system, from its DATEMODE record, and what says so (see `_settings`)."""
    try:
        value = _biff_datemode(ole2_stream(data, _XLS_STREAMS))
    except (ValueError, struct.error):
        return None, "the .xls's DATEMODE record cannot be found"
    return DATEMODE_VALUES.get(value), f"the .xls's DATEMODE record: {value}"


def _biff_datemode(stream: bytes) -> int:
    """The DATEMODE value of an XLS's workbook globals, 0 when it has none; ValueError when
    the stream is not such records."""
    for record, body in _biff_records(stream):
        if record == _BIFF_DATEMODE:
            return struct.unpack_from("<H", body)[0]
    return 0


def _biff_records(stream: bytes, offset: int = 0):
    """The records (type, body) of an XLS's substream from its BOF at `offset` to its first
    EOF (a sheet's page settings come before any chart's substream inside it); ValueError when
    the stream is not such records."""
    start = offset
    while offset + 4 <= len(stream):
        record, length = struct.unpack_from("<HH", stream, offset)
        if offset == start and record != _BIFF_BOF:
            raise ValueError("no BOF record")
        if record == _BIFF_EOF:
            return
        yield record, stream[offset + 4 : offset + 4 + length]
        offset += 4 + length
    raise ValueError("no EOF record")


def display(value, number_format: str | None) -> str:
    """A cell's value as Excel shows it (see the module docstring)."""
    if _shows_nothing(value, number_format):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return _date_shown(value.date(), number_format)
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return _date_shown(value, number_format)
    if isinstance(value, datetime.date | datetime.time | datetime.datetime):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value)
    # Excel keeps 15 significant digits: the float a sum leaves (9.999999999999998) is 10.
    number = Decimal(f"{value:.15g}")
    before, code, after = _format_parts(_number_section(number, number_format or ""))
    if number < 0:  # the sign is the number's: a section's `-` or brackets are not printed twice
        before, code, after = before.strip("-("), code.strip("-()"), after.strip(")")
    shape = _NUMBER_FORMAT.fullmatch(code)
    if shape is None:
        placed = _placed(number, _number_section(number, number_format or ""))
        if placed is not None:
            return placed
        return f"{number.normalize():f}" if number == number.to_integral() else f"{number:f}"
    decimals, percent = len(shape.group(1) or ""), shape.group(2)
    shown = (number * 100 if percent else number).quantize(
        Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP
    )
    return f"{before}{shown:{',' if ',' in code else ''}f}{percent}{after}"


def _placed(number: Decimal, section: str) -> str | None:
    """The number as a section whose digits are not one plain run prints it, placing its digits
    into the placeholders (`0`, `#`, `?`) around the text between them: `0!.0000"万元"` prints
    12345678 (元) as `1234.5678万元`, the figure a sheet shows in 万元 by a literal point; each
    comma after the last placeholder scales by a thousand (`#,##0.00,`: 1234567 -> `1,234.57`);
    a currency sign or padding around them as Excel prints it (`_ ¥* #,##0.00_ `). None where the
    section has no placeholder, or an exponent or a fraction, or groups digits with text among
    them: the caller then prints the number as stored."""
    items: list[tuple[str, str]] = []  # (digit | point | comma | percent | text, its text)
    for part in _FORMAT_PART.finditer(section):
        code = part.group("code")
        if code is None:
            text = part.group("quoted") or part.group("escaped") or part.group("symbol")
            items += [("text", text)] if text else []
        elif code in "Ee/":
            return None
        else:
            items.append((_PLACE_KINDS.get(code, "text"), code))
    if number < 0:  # the sign is the number's, printed before its digits
        items = [(kind, text) for kind, text in items if text.strip("-()")]
    slots = [at for at, (kind, _) in enumerate(items) if kind == "digit"]
    if not slots:
        return None
    point = next((at for at in range(slots[0], slots[-1]) if items[at][0] == "point"), None)
    end = slots[-1] + 1
    while end < len(items) and items[end][0] == "comma":
        end += 1  # commas scaling by a thousand each
    whole = [at for at in slots if point is None or at < point]
    inside = items[whole[0] : whole[-1] + 1]
    grouped = any(kind == "comma" for kind, _ in inside)
    if grouped and any(kind == "text" for kind, _ in inside):
        return None
    places = len(slots) - len(whole)
    percent = sum(kind == "percent" for kind, _ in items)
    value = abs(number) * Decimal(100) ** percent / Decimal(1000) ** (end - slots[-1] - 1)
    shown = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    integer, _, decimals = f"{shown:f}".partition(".")
    integer = "" if integer == "0" else f"{int(integer):,}" if grouped else integer
    printed = [text for kind, text in items[: whole[0]] if kind != "comma"]
    printed += ["-"] if number < 0 else []
    body: list[str] = []
    digits = list(integer)
    for at in reversed(range(whole[0], whole[-1] + 1)):
        kind, text = items[at]
        if kind == "text":
            body.append(text)
        elif kind == "digit":
            body.append(digits.pop() if digits else {"0": "0", "#": "", "?": " "}[text])
    body.append("".join(digits))  # the digits left over go before the first placeholder
    printed += reversed(body)
    rest = iter(decimals)
    tail: list[tuple[str, str]] = []  # (printed, its placeholder) right of the last whole digit
    for kind, text in items[whole[-1] + 1 : end]:
        if kind == "digit":
            tail.append((next(rest, "0"), text))
        elif kind in ("point", "text", "percent"):
            tail.append((text, ""))
    # A decimal's trailing zeros under `#` print nothing, under `?` a space, which the printed
    # text is stripped of (`0.0#`: 37.3 is `37.3`, 37.35 `37.35`).
    while tail and tail[-1][1] in ("#", "?") and tail[-1][0] == "0":
        tail.pop()
    printed += [text for text, _ in tail]
    printed += [text for kind, text in items[end:] if kind != "comma"]
    return "".join(printed).strip()


# What each of a number format's own characters is (`_placed`); any other prints as it is.
_PLACE_KINDS = {
    "0": "digit",
    "#": "digit",
    "?": "digit",
    ".": "point",
    ",": "comma",
    "%": "percent",
}


def _number_section(number: Decimal, number_format: str) -> str:
    """The section of a number format that prints the number, as Excel chooses it: by the
    conditions the first two sections write (`[>=1]0;0.0%`: 0.35 by the second, `35.0%`; a
    third section, or the second written without one, prints what they leave), else the first
    for positive numbers, the second for negative ones and the third for zero, where written."""
    sections = number_format.split(";")
    conditions = [_CONDITION.search(section) for section in sections[:2]]
    if any(conditions):
        for section, condition in zip(sections, conditions, strict=False):
            if condition is None or _COMPARE[condition["op"]](number, Decimal(condition["value"])):
                return section
        return sections[2] if len(sections) > 2 else sections[0]
    if number < 0 and len(sections) > 1:
        return sections[1]
    if number == 0 and len(sections) > 2:
        return sections[2]
    return sections[0]


def _shows_nothing(value, number_format: str | None) -> bool:
    """Whether the number format prints nothing for the value: its section for the value is
    empty (`;;;`, four empty sections, a template's way to hide a check cell's value; `0;-0;`
    prints no zero): a text's is the fourth, a number's the first, or for a negative one the
    second, for zero the third, where the format has them."""
    sections = (number_format or "").split(";")
    if len(sections) < 2 or isinstance(value, bool) or value in (None, ""):
        return False
    if isinstance(value, str):
        place = 3
    elif not isinstance(value, int | float):
        return False
    else:
        place = 2 if value == 0 and len(sections) > 2 else 1 if value < 0 else 0
    return place < len(sections) and not sections[place].strip()


def _date_shown(date: datetime.date, number_format: str | None) -> str:
    """A date as a Chinese date format prints it (`yyyy"年"m"月"`: 2024-11-01 -> `2024年11月`,
    `yy年mm月dd日`), its words `file_formats.DATE_FORMAT_WORDS`, or as a format of numbers
    parted by dots only prints it (`yyyy.mm.dd`: `2024.12.20`, `DATE_FORMAT_DOTS`), or by
    slashes, the year first (`yyyy/m/d`: `2023/11/30`, `DATE_FORMAT_SLASHES`); in any other
    format (`m/d/yyyy`, one of times or weekdays) as `YYYY-MM-DD`."""
    pieces: list[str | None] = []  # printed text, or None for a code's place
    codes: list[list] = []  # [letter, count] per run of a year's, month's or day's code
    for part in _FORMAT_PART.finditer((number_format or "").split(";")[0]):
        text = part.group("quoted") or part.group("escaped") or part.group("symbol") or ""
        code = part.group("code")
        if code is None or code in DATE_FORMAT_WORDS or code in " -/.":
            pieces.append(text if code is None else code)
        elif code.lower() in "ymd":
            if codes and pieces[-1] is None and codes[-1][0] == code.lower():
                codes[-1][1] += 1
            else:
                codes.append([code.lower(), 1])
                pieces.append(None)
        else:
            return date.isoformat()
    printed = "".join(p for p in pieces if p)
    dotted = bool(printed) and set(printed) <= DATE_FORMAT_DOTS
    slashed = bool(printed) and set(printed) <= DATE_FORMAT_SLASHES and codes[0][0] == "y"
    if not (DATE_FORMAT_WORDS.intersection(printed) or dotted or slashed):
        return date.isoformat()
    shown = iter(codes)
    out = []
    for piece in pieces:
        if piece is not None:
            out.append(piece)
            continue
        letter, count = next(shown)
        if letter == "y":
            out.append(f"{date.year % 100:02d}" if count <= 2 else str(date.year))
        elif count <= 2:
            out.append(f"{date.month if letter == 'm' else date.day:0{count}d}")
        else:  # a month's or a day's name
            return date.isoformat()
    return "".join(out)


def _format_parts(section: str) -> tuple[str, str, str]:
    """A number format's section as the text printed before its digits, its digits' code and
    the text printed after them (`_FORMAT_PART`): `#,##0.00_ ` -> ("", "#,##0.00", "");
    `0.00"万元"` -> ("", "0.00", "万元"); padding, colours and conditions print nothing."""
    before, code, after = "", "", ""
    for part in _FORMAT_PART.finditer(section):
        text = part.group("quoted") or part.group("escaped") or part.group("symbol")
        if part.group("code") is not None:
            code += part.group("code")
        elif text and code:
            after += text
        elif text:
            before += text
    return before, code.strip(), after


def _sheet_cells(archive: zipfile.ZipFile, workbook: ElementTree.Element) -> _Parts:
    """An XLSX's `_Parts` but its print areas: the number format codes of its cells, their
    formulas saved without a value (a workbook a program wrote and no spreadsheet computed),
    their error values and their text struck through (`_struck`), its hidden rows and columns
    and its page headers; empty for a workbook whose parts cannot be read (its numbers then
    print as stored, its hidden cells are read)."""
    try:
        styles = _style_formats(ElementTree.fromstring(archive.read("xl/styles.xml")))
        paths, strings = _sheet_paths(archive, workbook)
        sheets = {name: ElementTree.fromstring(archive.read(path)) for name, path in paths.items()}
        struck = _struck_strings(archive, strings)
    except (*ZIP_DAMAGE, KeyError, ElementTree.ParseError):
        return _Parts()
    parts = _Parts()
    for name, sheet in sheets.items():
        cells = _cells(sheet, styles, struck)
        parts.formats[name], parts.formulas[name], parts.errors[name], parts.struck[name] = cells
        parts.hidden[name] = _hidden(sheet)
        parts.headers[name] = _page_header(sheet, name)
    return parts


def _page_header(sheet: ElementTree.Element, name: str) -> tuple[str, ...]:
    """The lines a sheet's page header prints atop its first page (`<oddHeader>`, or
    `<firstHeader>` where the first page's differs: `_header_lines`). A print template keeps
    the table's title and `单位：万元` there, not in its cells."""
    settings = sheet.find(f"{_MAIN}headerFooter")
    if settings is None:
        return ()
    header = settings.find(f"{_MAIN}oddHeader")
    first = settings.find(f"{_MAIN}firstHeader")
    if settings.get("differentFirst") in _TRUE and first is not None:
        header = first
    return _header_lines(header.text if header is not None and header.text else "", name)


def _header_lines(text: str, name: str) -> tuple[str, ...]:
    """The lines a page header's text prints: its left, centre and right sections' (`&L`,
    `&C`, `&R`) in that order, formatting codes left out (`&"宋体,加粗"`, `&16`, `&B`) and the
    sheet's name for `&A`; a line holding a page number, a date, a time, the file's name or a
    picture (`第&P页`) is page furniture and left out."""
    sections = dict.fromkeys("LCR", "")
    section = "C"  # text before any section code is centred
    for piece in _HEADER_CODE.split(text):
        code = piece[1:2] if piece.startswith("&") else None
        if code is None:
            sections[section] += piece
        elif code in sections:
            section = code
        elif code == "&":
            sections[section] += "&"  # `&&`: an ampersand printed
        elif code == "A":
            sections[section] += name
        elif code in _HEADER_FIELDS:
            sections[section] += _FIELD_MARK
    return tuple(
        line.strip()
        for part in sections.values()
        for line in part.splitlines()
        if line.strip() and _FIELD_MARK not in line
    )


def _hidden(sheet: ElementTree.Element) -> _Hidden:
    """A sheet's hidden rows (`<row r="13" hidden="1">`, or of zero height, `ht="0"`, as
    Apache POI's `setHeight(0)` hides one) and columns (`<col min="1" max="1" hidden="1">`, or
    of zero width, `width="0"`), 0-based; an address that is not a number is left out."""
    rows = {number for number, row in _rows(sheet) if _unseen(row, "ht")}
    columns = set()
    for col in sheet.iter(f"{_MAIN}col"):
        first, last = col.get("min", ""), col.get("max", col.get("min", ""))
        if _unseen(col, "width") and first.isdigit() and last.isdigit():
            columns.update(range(int(first) - 1, min(int(last), _MAX_COLUMNS)))
    return rows, columns


def _unseen(element: ElementTree.Element, size: str) -> bool:
    """Whether a sheet's row or column is hidden, or set to a `size` (its height, its width)
    of zero, which a spreadsheet shows and prints no more than a hidden one."""
    if element.get("hidden") in _TRUE:
        return True
    try:
        return float(element.get(size, "")) == 0
    except ValueError:
        return False


def _rows(sheet: ElementTree.Element) -> Iterator[tuple[int, ElementTree.Element]]:
    """A sheet's rows with their 0-based numbers: a row's `r`, or, where a writer leaves it
    out (as the format allows: the Open XML SDK's, streaming exporters), the row after the one
    before."""
    number = -1
    for row in sheet.iter(f"{_MAIN}row"):
        address = row.get("r", "")
        number = int(address) - 1 if address.isdigit() else number + 1
        yield number, row


def _placed_cells(
    sheet: ElementTree.Element,
) -> Iterator[tuple[tuple[int, int], ElementTree.Element]]:
    """A sheet's cells with their 0-based (row, column): a cell's `r`, or, where a writer leaves
    it out, the column after the cell before in its row (`_rows`)."""
    for number, row in _rows(sheet):
        column = -1
        for cell in row.iter(f"{_MAIN}c"):
            reference = cell.get("r")
            place = cell_position(reference) if reference else (number, column + 1)
            column = place[1]
            yield place, cell


def _style_formats(styles: ElementTree.Element) -> list[tuple[str | None, bool]]:
    """Per cell style index, its number format code and whether its font strikes the cell's
    text through (`_strikes`)."""
    custom = {
        int(fmt.get("numFmtId")): fmt.get("formatCode") for fmt in styles.iter(f"{_MAIN}numFmt")
    }
    codes = {**BUILTIN_NUMBER_FORMATS, **custom}
    fonts_element = styles.find(f"{_MAIN}fonts")
    fonts = [_strikes(font) for font in (fonts_element if fonts_element is not None else ())]
    cell_xfs = styles.find(f"{_MAIN}cellXfs")
    return [
        (
            codes.get(int(xf.get("numFmtId", "0"))),
            int(xf.get("fontId", "0")) < len(fonts) and fonts[int(xf.get("fontId", "0"))],
        )
        for xf in (cell_xfs if cell_xfs is not None else ())
    ]


def _sheet_paths(
    archive: zipfile.ZipFile, workbook: ElementTree.Element
) -> tuple[dict[str, str], str | None]:
    """Each sheet's part in the archive, by sheet name, and the shared strings' part (None
    when the workbook has none)."""
    relationships = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    links = list(relationships.iter(f"{_RELATIONSHIPS}Relationship"))
    targets = {rel.get("Id"): rel.get("Target") for rel in links}
    strings = next(
        (_part(rel.get("Target")) for rel in links if rel.get("Type", "").endswith(_STRINGS)), None
    )
    sheets = {
        sheet.get("name"): _part(targets[sheet.get(_RELATIONSHIP_ID)])
        for sheet in workbook.iter(f"{_MAIN}sheet")
    }
    return sheets, strings


def _struck_strings(archive: zipfile.ZipFile, part: str | None) -> dict[int, tuple[str, str]]:
    """Per index of a shared string of rich text that strikes a run through, the string
    without its struck runs and the struck text (`_struck`)."""
    if part is None:
        return {}
    strings = ElementTree.fromstring(archive.read(part))
    return {
        index: parts
        for index, item in enumerate(strings.iter(f"{_MAIN}si"))
        if (parts := _struck(_runs(item)))
    }


def _runs(text: ElementTree.Element | None) -> list[tuple[str, bool]]:
    """A rich text's runs (`<r>`, not a phonetic guide's) as (text, struck through); none
    for no text."""
    if text is None:
        return []
    return [
        ("".join(t.text or "" for t in run.iter(f"{_MAIN}t")), _strikes(run.find(f"{_MAIN}rPr")))
        for run in text.findall(f"{_MAIN}r")
    ]


def _strikes(properties: ElementTree.Element | None) -> bool:
    """Whether a run's properties strike it through (`<strike/>`, `<strike val="1"/>`)."""
    strike = None if properties is None else properties.find(f"{_MAIN}strike")
    return strike is not None and strike.get("val", "1") in _TRUE


def _struck(runs: list[tuple[str, bool]]) -> tuple[str, str] | None:
    """A cell's text without its runs struck through (删除线: text deleted in review, kept
    visible, as a 财政局's corrected target `≥4≥5` strikes the old figure), and the struck text;
    None when no run with text is struck."""
    gone = "".join(text for text, struck in runs if struck)
    if not gone.strip():
        return None
    return "".join(text for text, struck in runs if not struck), gone


def _part(target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else normpath(join("xl", target))


def _cells(
    sheet: ElementTree.Element,
    styles: list[tuple[str | None, bool]],
    strings: dict[int, tuple[str, str]],
) -> tuple[
    dict[tuple[int, int], str],
    dict[tuple[int, int], str],
    dict[tuple[int, int], str],
    dict[tuple[int, int], tuple[str, str] | None],
]:
    """A sheet's number format codes, its formulas without a saved value (`=B3+B4`; a shared
    formula's other cells, which do not repeat it, as `shared`), its error values
    (`<c t="e"><v>#DIV/0!</v>`) and its text struck through (`_SheetStruck`: a cell whose
    style's font strikes it, a shared string of `strings`, `_struck_strings`, or an inline
    string's runs), by cell."""
    formats, formulas, errors, struck = {}, {}, {}, {}
    for place, cell in _placed_cells(sheet):
        style, kind = cell.get("s"), cell.get("t")
        formula, value = cell.find(f"{_MAIN}f"), cell.find(f"{_MAIN}v")
        if formula is not None and (value is None or not value.text):
            formulas[place] = f"={formula.text}" if formula.text else "shared"
        if kind == "e" and value is not None and value.text:
            errors[place] = value.text
        code, whole = styles[int(style)] if style and int(style) < len(styles) else (None, False)
        index = (value.text or "").strip() if value is not None else ""
        if whole:
            struck[place] = None
        elif kind == "s" and index.isdigit() and int(index) in strings:
            struck[place] = strings[int(index)]
        elif kind == "inlineStr" and (parts := _struck(_runs(cell.find(f"{_MAIN}is")))):
            struck[place] = parts
        if code is not None:
            formats[place] = code
    return formats, formulas, errors, struck
