"""Read floor, shared by the spreadsheet formats (workbooks, `pipeline.read.workbook`;
OpenDocument spreadsheets, `pipeline.read.opendocument`): a sheet's cells as it shows them ->
its rows as it prints them -> a `CellTable` a sheet (`sheet_tables`).

Each reader turns a sheet into a `Sheet`: its cells' text as displayed, its merged ranges, and
what it neither shows nor prints: a hidden sheet, hidden rows and columns (a budget system's
code column, an indicator hidden rather than deleted, rows a filter hides), and columns outside
the sheet's print area (a template's check column beside the form). Those are not read; where
they hold text, a note gives it (`hidden_cells_skipped`, `unprinted_cells_skipped`), a hidden
sheet's on the next table read. A sheet whose rows go on from the table of the sheet before
(`_goes_on`: a form's end moved onto a sheet of its own, `Sheet1 (2)`, without its header) is
read as that table's rows. The lines a sheet's page header prints atop it (a print template's
title and `单位：万元`, kept there and not in the cells) are one-cell rows above its own, where
its cells print no title line of their own (then the header is a running one, the
document's name). A merged range shows its text in its first cell shown, and
the cells below that row are marked `merged` for the layout readers to fill. A row's
`location` is `<sheet> r<row>`; its `line` counts rows over the sheets in order.
"""

from dataclasses import dataclass, field, replace

from pipeline.cells import CellTable
from pipeline.labels.grid_rows import is_grid_header
from pipeline.read.grid import GridRow, goes_on, grid_table, side_by_side
from pipeline.vocab.labels import is_page_furniture

# A merged range: its first and last cells, each (row, column), 0-based.
Range = tuple[tuple[int, int], tuple[int, int]]
# A note on a table (`CellTable.notes`): code, line, message, the text it keeps.
Note = tuple[str, int, str, str]

# The notes of cells not read: code, and what they are.
HIDDEN = (
    "hidden_cells_skipped",
    "hidden rows and columns that hold text, not read (a spreadsheet neither shows nor prints "
    "them)",
)
UNPRINTED = (
    "unprinted_cells_skipped",
    "columns outside the sheet's print area that hold text (a template's check or working "
    "columns beside the form), not read (a spreadsheet does not print them)",
)


@dataclass
class Sheet:
    """One sheet as a reader found it: its cells' text as displayed (rows of equal length,
    0-based), its merged ranges, what it hides or does not print, and notes of its own whose
    lines count from the sheet's first row (1), not the file's."""

    name: str
    shown: list[list[str]]
    ranges: list[Range] = field(default_factory=list)
    hidden: bool = False
    hidden_rows: set[int] = field(default_factory=set)
    hidden_columns: set[int] = field(default_factory=set)
    # The column spans it prints (0-based, first and last), None where it sets no print area
    # or its area takes whole rows.
    printed: tuple[tuple[int, int], ...] | None = None
    notes: list[Note] = field(default_factory=list)
    # The lines its page header prints atop its first page (a print template's title and
    # `单位：万元`), read as one-cell rows above its cells.
    header: tuple[str, ...] = ()


def sheet_tables(source_file: str, sheets: list[Sheet]) -> tuple[CellTable, ...]:
    """The tables of a file's sheets, in sheet order: one per sheet shown that prints text, or
    one per form where a sheet prints forms side by side (`grid.side_by_side`), left to
    right, the sheet's notes on its first; a sheet going on from the table of the sheet
    before (`_goes_on`) adds its rows and notes to that table."""
    tables: list[CellTable] = []
    offset = 0
    skipped: list[Note] = []  # the notes of hidden sheets that hold text, on the next table read
    last: list[GridRow] = []  # the rows of the last table read, where its sheet holds it alone
    for sheet in sheets:
        if sheet.hidden:
            if note := _hidden_sheet_note(sheet.name, offset, sheet.shown):
                skipped.append(note)
        else:
            rows, notes = _printed_rows(sheet, offset)
            parts = side_by_side(rows)
            if len(parts) == 1 and last and _goes_on(rows, last):
                table = grid_table(source_file, len(tables) - 1, last + rows)
                tables[-1] = replace(table, notes=(*tables[-1].notes, *skipped, *notes))
                skipped, notes, last = [], [], last + rows
                parts = []
            for part in parts:
                if (table := grid_table(source_file, len(tables), part)) is not None:
                    tables.append(replace(table, notes=(*skipped, *notes)))
                    skipped, notes = [], []
                    last = part if len(parts) == 1 else []
        offset += len(_header_lines(sheet)) + len(sheet.shown)
    if skipped and tables:
        tables[-1] = replace(tables[-1], notes=(*tables[-1].notes, *skipped))
    return tuple(tables)


def _goes_on(rows: list[GridRow], before: list[GridRow]) -> bool:
    """Whether a sheet's rows go on from the table of the sheet before (`grid.goes_on`: a
    form whose end someone moved onto a sheet of its own, `Sheet1 (2)`, without its header):
    that table has its indicator columns' labels row; the sheet's first row with text prints
    two cells or more that are no page furniture (a row of the form's, not a title or a
    table's number, `公开12表`, which open a table of their own, nor a table's number with a
    link back to the 目录 beside it, `公开12表 | 返回目录`); and its text stands in two or more
    of that table's columns and in no other (a sheet of notes, `填报说明`, is one column of
    lines)."""
    if not any(is_grid_header(row.cells) for row in before):
        return False
    first = next((row.cells for row in rows if any(text.strip() for text in row.cells)), ())
    columns = _text_columns(rows)
    return (
        sum(bool(text.strip()) and not is_page_furniture(text) for text in first) >= 2
        and len(columns) >= 2
        and columns <= _text_columns(before)
        and goes_on((row.cells for row in rows), (row.cells for row in before))
    )


def _text_columns(rows: list[GridRow]) -> set[int]:
    return {c for row in rows for c, text in enumerate(row.cells) if text.strip()}


def merged_below(ranges: list[Range]) -> set[tuple[int, int]]:
    """The cells of merged ranges below each range's first row."""
    return {
        (r, c)
        for (top, left), (bottom, right) in ranges
        for r in range(top + 1, bottom + 1)
        for c in range(left, right + 1)
    }


def cell_reference(row: int, column: int) -> str:
    """(2, 2) -> `C3`: 0-based row and column as a spreadsheet names the cell."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return f"{letters}{row + 1}"


def cell_position(reference: str) -> tuple[int, int]:
    """`C3` -> (2, 2), 0-based row and column."""
    letters = reference.rstrip("0123456789")
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter.upper()) - ord("A") + 1
    return int(reference[len(letters) :]) - 1, column - 1


def _printed_rows(sheet: Sheet, offset: int) -> tuple[list[GridRow], list[Note]]:
    """A sheet's rows as it prints them, its page header's lines first (`header <n>`,
    `_header_lines`), and its notes (of cells not read among them), their lines counted over
    the file."""
    lines = _header_lines(sheet)
    header = [
        GridRow(
            cells=(text,), line=offset + n, location=f"{sheet.name} header {n}", merged=(False,)
        )
        for n, text in enumerate(lines, start=1)
    ]
    offset += len(lines)
    shown, hidden_rows = sheet.shown, sheet.hidden_rows
    unprinted = _unprinted(sheet.printed, shown) - sheet.hidden_columns
    left_out = sheet.hidden_columns | unprinted
    ranges = _shown_ranges(shown, sheet.ranges, hidden_rows, left_out) if (
        hidden_rows or left_out
    ) else sheet.ranges  # fmt: skip
    continued = merged_below(ranges)
    notes = [(code, offset + line, message, said) for code, line, message, said in sheet.notes]
    for note in (
        _skipped_note(sheet.name, offset, shown, hidden_rows, sheet.hidden_columns, HIDDEN),
        _skipped_note(sheet.name, offset, shown, set(), unprinted, UNPRINTED),
    ):
        if note:
            notes.append(note)
    rows = [
        GridRow(
            cells=tuple(text for c, text in enumerate(cells) if c not in left_out),
            line=offset + r + 1,
            location=f"{sheet.name} r{r + 1}",
            merged=tuple((r, c) in continued for c in range(len(cells)) if c not in left_out),
        )
        for r, cells in enumerate(shown)
        if r not in hidden_rows
    ]
    return header + rows, notes


def _header_lines(sheet: Sheet) -> tuple[str, ...]:
    """The lines of a sheet's page header read above its rows: all of them where its first
    row shown with text prints two cells or more (no title line of its own above its table);
    none where it prints one, its page header a running header (the document's name atop
    every page, `某区民政局2017年部门预算公开`), no line of the table's."""
    first = next(
        (cells for r, cells in enumerate(sheet.shown)
         if r not in sheet.hidden_rows and any(text.strip() for text in cells)),
        [],
    )  # fmt: skip
    return sheet.header if sum(bool(text.strip()) for text in first) >= 2 else ()


def _unprinted(spans: tuple[tuple[int, int], ...] | None, shown: list[list[str]]) -> set[int]:
    """The columns of a sheet outside its print area (`spans`: the columns it prints, None
    where it sets none or prints whole rows)."""
    if not spans:
        return set()
    width = max((len(row) for row in shown), default=0)
    return {c for c in range(width) if not any(first <= c <= last for first, last in spans)}


def _shown_ranges(
    shown: list[list[str]], ranges: list[Range], rows: set[int], columns: set[int]
) -> list[Range]:
    """The merged ranges as a spreadsheet shows them when rows or columns are hidden: a range
    begins at its first cell shown, which shows its text (moved there in `shown`); a range
    hidden whole is left out."""
    kept = []
    for (top, left), (bottom, right) in ranges:
        first_row = next((r for r in range(top, bottom + 1) if r not in rows), None)
        first_column = next((c for c in range(left, right + 1) if c not in columns), None)
        if first_row is None or first_column is None:
            continue
        if (first_row, first_column) != (top, left) and top < len(shown) and left < len(shown[top]):
            shown[first_row][first_column], shown[top][left] = shown[top][left], ""
        kept.append(((first_row, first_column), (bottom, right)))
    return kept


def _skipped_note(
    sheet: str,
    offset: int,
    shown: list[list[str]],
    rows: set[int],
    columns: set[int],
    kind: tuple[str, str],
) -> Note | None:
    """The note (`kind`: `HIDDEN`, `UNPRINTED`) of a sheet's rows and columns not read that
    hold text (an empty row or column says nothing), None when there are none."""
    row_texts = [(r, [t for t in shown[r] if t]) for r in sorted(rows) if r < len(shown)]
    column_texts = [
        (c, [row[c] for row in shown if c < len(row) and row[c]]) for c in sorted(columns)
    ]
    said = [f"r{r + 1} ({' | '.join(texts)})" for r, texts in row_texts if texts] + [
        f"column {cell_reference(0, c)[:-1]} ({' | '.join(texts)})"
        for c, texts in column_texts
        if texts
    ]
    if not said:
        return None
    first = min([r for r, texts in row_texts if texts] or [0])
    code, what = kind
    return code, offset + first + 1, f"{sheet}: {what}: {'; '.join(said)}", "; ".join(said)


def _hidden_sheet_note(sheet: str, offset: int, shown: list[list[str]]) -> Note | None:
    """The `hidden_cells_skipped` note of a hidden sheet that holds text (a template's
    drop-down lists), None for an empty one."""
    texts = [text for cells in shown for text in cells if text.strip()]
    if not texts:
        return None
    return (
        "hidden_cells_skipped", offset + 1,
        f"{sheet}: a hidden sheet that holds text, not read (a spreadsheet neither shows nor "
        f"prints it): {' | '.join(texts)}", " | ".join(texts),
    )  # fmt: skip
