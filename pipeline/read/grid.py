"""Read floor, shared by the grid formats (CSV, workbooks): a sheet's rows -> a `CellTable`;
and what every reader takes for a table's title (`printed_title`), for a sheet printed with its
row and column headings (`printed_headings`), for a table going on from
the one before it (`goes_on`), for a column a sheet's unmerging filled (`unfilled_columns`)
and for a cell's text (`join_lines`, `unmarked`,
`unmarked_lines`, `quoted_text`).

A sheet saved from Excel is as wide as its used range, often with empty padding columns
before and after the table: these are dropped, as are a row's empty trailing cells (unless
they continue a merged cell above) and rows with no text. Cells keep their text, outer white
space stripped, the lines of a cell joined (`cell_text`). Two forms a sheet holds side by side,
a column empty from top to bottom between them, are two tables, and so are a form and the
template's notes (`填报说明：`) beside it (`side_by_side`).
"""

import html
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.cells import CellRow, CellTable, cell_at
from pipeline.labels.columns import column_roles, field_roles, label_scope
from pipeline.labels.grid_rows import is_grid_header
from pipeline.labels.lines import is_title, is_title_row, page_marker
from pipeline.vocab import file_formats
from pipeline.vocab.invisible import visible
from pipeline.vocab.labels import (
    CJK_QUOTES,
    LABELLED_LINE,
    NOTE_PREFIXES,
    SECTION_HEADING,
    is_page_furniture,
    is_running_header,
    split_glued_page_marker,
    without_table_number,
)

# What parts two statements a line prints (`部门名称:某区教育局` padded apart from `单位:万元`): a
# run of three spaces or more (`&nbsp;`, U+3000) or tabs.
PADDING = re.compile(r"[ \xa0\u3000]{3,}|\t+")


@dataclass(frozen=True, slots=True)
class GridRow:
    """One row of a sheet as read: its cells, where it is, and its merged continuation cells."""

    cells: tuple[str, ...]
    line: int
    location: str | None = None
    merged: tuple[bool, ...] = ()


def grid_table(source_file: str, index: int, rows: list[GridRow]) -> CellTable | None:
    """The table a sheet's rows hold, padding dropped; None when no cell has text."""
    rows = [row for row in rows if any(text.strip() for text in row.cells)]
    used = used_columns(row.cells for row in rows)
    if used is None:
        return None
    first, last = used
    cell_rows = tuple(_trimmed(row, first, last) for row in rows)
    return CellTable(source_file, index, printed_title(cell_rows), cell_rows)


def used_columns(rows: Iterable[Sequence[str]]) -> tuple[int, int] | None:
    """The first column any row prints text in and the one after the last: the columns left
    and right of them are a sheet's padding (an empty margin column A on every row); None when
    no cell has text."""
    used = [col for cells in rows for col, text in enumerate(cells) if text.strip()]
    return (min(used), max(used) + 1) if used else None


def without_margin(rows: Sequence[CellRow]) -> list[CellRow]:
    """The rows without the columns left of the first one any row of several cells prints text
    in (a sheet's empty margin column A, an empty cell opening every row, exported or pasted with
    the table: `used_columns`), so that a title row inside the grid prints its title alone; a
    row printing text there (a line of one cell: a title, a unit line, a note) is kept whole."""
    first = (used_columns(row.cells for row in rows if len(row.cells) > 1) or (0, 0))[0]
    if not first:
        return list(rows)  # most tables: no margin
    return [
        row
        if any(row.cells[:first])
        else replace(row, cells=row.cells[first:], merged=row.merged[first:])
        for row in rows
    ]


# What each of two forms side by side on a sheet prints: an indicator column's label, and the
# label of what the form is for (its project, its department).
_FORM_COLUMNS, _FORM_FIELDS = (
    frozenset(("level1", "level2", "level3")),
    frozenset(("project_name", "department")),
)


def printed_headings(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a sheet's rows were printed with its row and column headings (Excel's 打印 行号列标,
    a text converter keeping them; a data frame's, as a page scraped into one and written out
    gives it): a first row of the column letters `A`, `B`, `C` … (a data frame's column numbers
    `0`, `1`, `2` …) after an empty corner cell, at least `HEADING_LETTERS_FEWEST` of them, and
    every row under it opening with its number, rising (`1`, `2`, `3` …; a line of one cell is
    an empty row's number, or a page's furniture a converter printed between them). Such a first
    row and the first cell of each row of several are the sheet's furniture, no cells of the
    table."""
    if len(rows) < 2 or not rows[0] or rows[0][0].strip():
        return False
    letters = [cell.strip() for cell in rows[0][1:]]
    if len(letters) < HEADING_LETTERS_FEWEST or letters not in (
        _COLUMN_LETTERS[: len(letters)],
        _FRAME_COLUMNS[: len(letters)],
    ):
        return False
    numbers = [row[0].strip() for row in rows[1:] if len(row) > 1]
    return all(n.isdigit() for n in numbers) and all(
        int(a) < int(b) for a, b in itertools.pairwise(numbers)
    )


def without_headings(rows: Sequence[CellRow], lines_kept: bool = True) -> list[CellRow]:
    """The rows without a sheet's printed row and column headings (`printed_headings`, from
    its first row of several cells: the lines above it, a web page's title over the printed
    sheet, kept): no letters' row, no numbers' column. A line of one cell under the letters is
    kept when `lines_kept` (a web page's note below the table), else dropped (a text
    rendering's empty row's number, a page's furniture)."""
    top = next((k for k, row in enumerate(rows) if len(row.cells) > 1), None)
    if top is None or not printed_headings([row.cells for row in rows[top:]]):
        return list(rows)
    frame = rows[top].cells[1].strip() == _FRAME_COLUMNS[0]
    under = [
        row if len(row.cells) == 1 else replace(row, cells=row.cells[1:], merged=row.merged[1:])
        for row in rows[top + 1 :]
        if len(row.cells) > 1 or lines_kept
    ]
    if frame:  # a data frame's missing value (`NaN`) is an empty cell of the page
        under = [replace(row, cells=tuple(_unmissing(cell) for cell in row.cells)) for row in under]
    return [*rows[:top], *(row for row in under if any(row.cells))]


HEADING_LETTERS_FEWEST = 3
_FRAME_COLUMNS = [str(n) for n in range(26 * 27)]


def _unmissing(cell: str) -> str:
    return "" if cell.strip() in file_formats.FRAME_MISSING_VALUES else cell


_COLUMN_LETTERS = [chr(ord("A") + n) for n in range(26)] + [
    chr(ord("A") + a) + chr(ord("A") + b) for a in range(26) for b in range(26)
]


def side_by_side(rows: list[GridRow]) -> list[list[GridRow]]:
    """A sheet's rows as the tables it holds side by side, left to right: cut at a column no
    row has text in nor continues a merged cell in, where the cells on each side print a form's
    labels of their own (`_FORM_COLUMNS` and `_FORM_FIELDS`), or the left side's do and the
    right side is the template's notes beside the form (`_notes_from`); the rows whole when
    there is no such column (an empty column inside one form, left of its value columns, is
    not one)."""
    width = max((len(row.cells) for row in rows), default=0)
    empty = [True] * width
    for row in rows:
        for c, text in enumerate(row.cells):
            if text.strip() or (c < len(row.merged) and row.merged[c]):
                empty[c] = False
    used = [c for c in range(width) if not empty[c]]
    if not any(empty[used[0] : used[-1]] if used else ()):
        return [rows]
    labels = [set[str]() for _ in range(width)]
    for row in rows:
        for c, text in enumerate(row.cells):
            if text.strip():
                labels[c].update(column_roles(text), field_roles(text))

    def prints_form(first: int, last: int) -> bool:
        named = set().union(*labels[first:last])
        return bool(named & _FORM_COLUMNS and named & _FORM_FIELDS)

    parts, start = [], 0
    for c in range(width):
        if (
            empty[c]
            and prints_form(start, c)
            and (prints_form(c + 1, width) or _notes_from(rows, c + 1))
        ):
            parts.append((start, c))
            start = c + 1
    if not parts:
        return [rows]
    parts.append((start, width))
    return [
        [
            GridRow(row.cells[first:last], row.line, row.location, row.merged[first:last])
            for row in rows
        ]
        for first, last in parts
    ]


def _notes_from(rows: list[GridRow], first: int) -> bool:
    """Whether the rows' text from column `first` on is one column of lines opening with a
    note's word (`填报说明：` over its numbered lines): a template's notes beside its form."""
    texts = [
        (c, text.strip())
        for row in rows
        for c, text in enumerate(row.cells[first:], first)
        if text.strip()
    ]
    return len({c for c, _ in texts}) == 1 and texts[0][1].startswith(NOTE_PREFIXES)


def unfilled_columns(rows: tuple[CellRow, ...]) -> tuple[CellRow, ...]:
    """The rows without the columns a sheet's unmerging filled: from a row of indicator column
    labels where a label is its left neighbour again (`三级指标 | 三级指标`: a label merged across
    two columns, written into each), a column whose every cell from there on is empty or its
    left neighbour again (a page number or marker between the rows aside, kept as printed) is
    that merged cell's second half, dropped. Where the row under such a
    label prints two headings of their own, known labels or scopes (`指标值 | 指标值` over `实施期
    | 年度`), the label is one heading over both, kept once as a merged cell prints it (its copy
    left empty); over two values (`佐证资料 | 佐证资料` over `台账 | 照片`) it is two columns."""
    for index, row in enumerate(rows):
        if not any(left == text and text.strip() for left, text in itertools.pairwise(row.cells)):
            continue
        if not is_grid_header(row.cells):
            continue
        below = rows[index:]
        doubled = {col for col in range(1, len(row.cells)) if _repeats_left(row.cells, col, True)}
        furniture = [page_marker(r.cells) is not None for r in below]
        printed = [r for r, marker in zip(below, furniture, strict=True) if not marker]
        dropped = {col for col in doubled if all(_repeats_left(r.cells, col) for r in printed)}
        under = below[1].cells if len(below) > 1 else ()
        spanning = {
            col
            for col in doubled - dropped
            if not _repeats_left(under, col, True)
            and _heads(cell_at(under, col))
            and _heads(cell_at(under, col - 1))
        }
        if dropped or spanning:
            head = replace(row, cells=tuple("" if col in spanning else text
                                            for col, text in enumerate(row.cells)))  # fmt: skip
            kept = (r if marker else _without(r, dropped)
                    for r, marker in zip(below[1:], furniture[1:], strict=True))  # fmt: skip
            return (*rows[:index], _without(head, dropped), *kept)
    return rows


def _repeats_left(cells: tuple[str, ...], col: int, printed: bool = False) -> bool:
    """Whether a row's cell is its left neighbour's text again, or (unless `printed`) empty; a
    page marker a converter glued to its end is not its text (`≥8公里第9页 共99页`)."""
    text = split_glued_page_marker(cell_at(cells, col))[0]
    return text == cell_at(cells, col - 1) if text else not printed


def _heads(text: str) -> bool:
    """Whether a cell under a label is a heading of its own: a known label or a scope."""
    return bool(column_roles(text) or field_roles(text) or label_scope(text))


def _without(row: CellRow, cols: set[int]) -> CellRow:
    return replace(
        row,
        cells=tuple(text for col, text in enumerate(row.cells) if col not in cols),
        merged=tuple(flag for col, flag in enumerate(row.merged) if col not in cols),
    )


def goes_on(rows: Iterable[Sequence[str]], before: Iterable[Sequence[str]]) -> bool:
    """Whether a table's rows go on from the table `before` them, split from it at a page
    break, a Word table's end or a sheet's (its header not repeated): its first row with text
    prints no label (no header-block label, not the indicator columns' labels), or is the
    indicator columns' labels row of the table before, printed again atop the next page
    (`repeats_labels`)."""
    cells = _first_printed(rows)
    if is_grid_header(cells):
        return repeats_labels([cells], before)
    return bool(cells) and not any(map(field_roles, cells))


def repeats_labels(rows: Iterable[Sequence[str]], before: Iterable[Sequence[str]]) -> bool:
    """Whether a table's first row with text is the indicator columns' labels row of the
    table `before` it, printed again, whatever empty columns either has after its last label
    (a Word table split in two, saved as .doc or RTF, gets the edges of its own rows)."""
    cells = _first_printed(rows)
    return is_grid_header(cells) and any(_labels(cells) == _labels(row) for row in before)


def _first_printed(rows: Iterable[Sequence[str]]) -> Sequence[str]:
    return next((cells for cells in rows if any(text.strip() for text in cells)), ())


def _labels(cells: Sequence[str]) -> tuple[str, ...]:
    texts = [text.strip() for text in cells]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def printed_title(rows: Iterable[CellRow]) -> str | None:
    """A table's title as it prints one: its first row when that row prints one text (a single
    cell: a workbook's title row merged across the sheet, a line above a web page's table; or
    a title in its first cell, the others empty: a Word table's title row merged across it,
    `lines.is_title_row`), page furniture above it (the table's number `公开11表`, a
    page number, a row of them: `lines.page_marker`) and a note above it (`注：…`, the table
    before's: `NOTE_PREFIXES`) passed over, and the document's
    numbered headings over it (`一、项目支出绩效目标`,
    `（一）项目名称：…`: `labels.SECTION_HEADING`) and the fields stated above it (`年度：2025`,
    `附件：`: `labels.LABELLED_LINE`) when a line under them names the table, but
    not a heading naming the document (`台山市教育局2021年度部门决算`), nor a caption giving
    the table's number (`附件1：项目支出绩效目标表`, `表5　项目支出绩效目标表`, a document's
    heading `附件1　某项目项目支出绩效自评表` listed in its 目录) over the table's own title
    lines, one of which is a title (`某县2023年项目支出绩效目标表`, `项目支出绩效自评表`): the
    title is then the line under the caption; None when the table opens with a row of several
    cells."""
    lines = []
    for row in rows:
        text = row.cells[0]
        if len(row.cells) > 1 and not is_title_row(row.cells):
            if page_marker(row.cells) is not None:  # in cells of their own: `公开11表 | 返回目录`
                continue
            break
        if (not is_page_furniture(text) or is_running_header(text)) and not text.strip().startswith(
            NOTE_PREFIXES
        ):
            lines.append(text)
    headings = next((k for k, text in enumerate(lines)
                     if not (SECTION_HEADING.fullmatch(text) or LABELLED_LINE.fullmatch(text))), 0)  # fmt: skip
    if not any(is_title(text) for text in lines[headings:]):
        headings = 0
    if not lines:
        return None
    caption = lines[headings].strip()
    numbered = without_table_number(caption) != caption
    return lines[headings + (numbered and any(is_title(text) for text in lines[headings + 1 :]))]


def _trimmed(row: GridRow, first: int, last: int) -> CellRow:
    cells = [cell_text(text) for text in row.cells[first:last]]
    merged = list(row.merged[first:last])
    width = max(
        col + 1 for col in range(len(cells)) if cells[col] or (col < len(merged) and merged[col])
    )
    return CellRow(
        cells=tuple(cells[:width]),
        line=row.line,
        location=row.location,
        merged=tuple(merged[:width]) if any(merged[:width]) else (),
    )


def cell_text(text: str) -> str:
    """A cell's text as one line: outer white space stripped, its lines joined (`join_lines`)."""
    return join_lines(text.splitlines())


# The quote a tool's text export puts around a cell (a quote inside it doubled).
QUOTE = '"'
_QUOTED = re.compile(f"{QUOTE}((?:[^{QUOTE}]|{QUOTE * 2})*){QUOTE}")


def quoted_text(cell: str) -> str | None:
    """The text a cell quoted whole holds, its doubled quotes single (`"a""b"` is `a"b`), or
    None for a cell not quoted whole."""
    quoted = _QUOTED.fullmatch(cell)
    return None if quoted is None else quoted.group(1).replace(QUOTE * 2, QUOTE)


def join_lines(lines: Iterable[str]) -> str:
    """A cell's lines as one text: each stripped, nothing between two CJK characters (or CJK
    text's quotes) where lines meet, one space otherwise; empty lines dropped. Characters that print nothing
    (Unicode's format characters, Cf: the zero-width space an editor leaves between its spans,
    `放映\u200b场次`, a soft hyphen, a byte-order mark inside the text: `visible`) are dropped
    first."""
    joined = ""
    for piece in (visible(line).strip() for line in lines):
        if piece and joined:
            joined += "" if _in_cjk_text(joined[-1]) and _in_cjk_text(piece[0]) else " "
        joined += piece
    return joined


def _in_cjk_text(char: str) -> bool:
    """Whether a character is CJK text's where lines meet: two columns wide, or the curly
    quotes CJK text sets round its words (`整治“六乱”` over `点位`), which print narrow."""
    return is_wide(char) or char in CJK_QUOTES


def unmarked(text: str) -> str:
    """A cell's text without the markup of another format a converter left in it as text, read
    as what it stands for: OOXML's escape of a control character (`工程验收_x000D_合格率`, a
    line break an export did not decode), HTML's line breaks (`睦邻点<br>规范化建设达标率`), a
    control character breaking the cell's line (`办公用房维修<VT>验收合格率`, Word's manual line
    break: `vocab.file_formats.CELL_LINE_BREAKS`) and
    character references (`&ge;95%` is `≥95%`, `&nbsp;` a space), and Markdown's bold around the
    whole cell (`**项目名称**`). A cell these break into lines is joined as any cell's lines are
    (`join_lines`)."""
    if not _MARKUP.search(text):
        return text
    text = _OOXML_ESCAPE.sub(lambda escape: chr(int(escape[1], 16)), text)
    text = _HTML_BREAK.sub("\n", _CELL_BREAK.sub("\n", text))
    text = _REFERENCE.sub(lambda reference: html.unescape(reference[0]), text)
    text = join_lines(text.splitlines())
    return bold[1] if (bold := _BOLD.fullmatch(text)) else text


def unmarked_lines(text: str) -> str:
    """A text's lines with each tab-separated piece `unmarked`, so that a tab-separated text
    and one whose tabs a converter lost are read alike, a page break opening a line dropped
    (`file_formats.PAGE_BREAK`); the text as it is when none holds markup."""
    text = _PAGE_START.sub("", text)
    if not (_MARKUP.search(text) or "**" in text):
        return text
    return "\n".join("\t".join(map(unmarked, line.split("\t"))) for line in text.split("\n"))


_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_REFERENCE = re.compile("&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BOLD = re.compile(r"\*\*([^*]+)\*\*")
_CELL_BREAK = re.compile(f"[{re.escape(file_formats.CELL_LINE_BREAKS)}]")
_PAGE_START = re.compile(f"^{re.escape(file_formats.PAGE_BREAK)}+", re.MULTILINE)
_MARKUP = re.compile(
    "|".join(
        f"(?:{pattern.pattern})"
        for pattern in (_OOXML_ESCAPE, _HTML_BREAK, _REFERENCE, _CELL_BREAK)
    )
    + r"|^\*\*",
    re.IGNORECASE,
)


def is_wide(char: str) -> bool:
    """Whether a character prints two columns wide (CJK, full-width)."""
    return unicodedata.east_asian_width(char) in "WF"
