"""Read stage, text format: tab-separated lines -> `CellTable`s (for tests and text fixtures).

One line is one row, cells split on tabs, its empty cells at the end dropped as the workbook reader
drops a sheet's unused columns (a workbook saved as text pads every line to the sheet's width), and
so are the columns before the first one any line of several cells prints text in (a sheet's empty
margin column A, an empty cell opening every line: `grid.without_margin`; a page number a converter
printed at a line's start is no cell of the sheet), and a sheet's row and column headings printed
with it (`A B C` over the table, the row numbers down its left: `grid.without_headings`); a line of
one cell is a one-cell row (a title, a unit line, a sign-off). Blank lines are dropped. A file may
hold several tables back to back: a table ends where its first line (its title) is printed again
after rows of cells, unless the row under it goes on with the indicators
(`grid_rows.goes_on_under_title`: a running title at a page top). A new 项目名称 block inside one table
is the layout readers' concern, not this reader's. A file with no tab at all whose indicator column
labels lost their tabs (printed one cell a line, or joined by spaces) has its rows rebuilt by
`untabbed.untabbed_rows` instead, with its notes on the rows it left out. However a text tells its
cells (tabs, a grid it draws, one cell a line), a row printing one cell under the indicator column
labels whose words print a target and fit the columns in one way only is an indicator row a
converter joined by spaces (`质量指标 轮作补贴发放面积核实率 100% 100% 10 10`): its cells are
rebuilt (`untabbed.rows_rejoined`, as every format's rows are); any other such row stays one cell.
Blocks a converter read column by column, a line a cell, are put back as rows first
(`read_down.rows_read_across`). A title printed again stands alone on its line, or across a
drawn grid's columns.

A spreadsheet saving a sheet as tab-separated text (文本文件(制表符分隔), or "Unicode 文本" in
UTF-16) quotes a cell holding a line break, a comma or a quote, its own quotes doubled:
- a row's last cell that opens a quote and breaks its row over lines (`…\t"受疫情影响，` over
  `已督促加快进度。"`) is read up to the line that closes it, as one cell without the quotes,
  its lines joined as every reader joins a cell's (`grid.join_lines`), the row going on after
  it, and so for each of its cells that does so in turn (a figure over its unit in every value
  cell of a copied row: `"≥186` over `公里"\t数量指标\t…\t"≥62` over `公里"`);
- a cell that opens a quote and a later cell of its line that closes it (`"嘎查村牧道维修` then
  `养护"`: a quoted cell holding a tab) are one cell, without the quotes, its pieces joined as a
  cell's lines are;
- a cell quoted whole on its line that holds a comma or a doubled quote (`"1,580.00"`;
  `"三公"经费` with three quotes before 三公 and two after) is read as the text it holds.
A page broken inside a quoted cell leaves its furniture out of the cell's text: a page's
number on a line of its own is no line of the cell, and a marker glued to a line's end, inside
the quotes or after the closing one (`_marker_quoted`), goes to the cell's end, where the
readers take it off.
A converter writing a Word table as text writes a cell's line break bare, no quotes: a row whose
last cell ends a clause left open (`…\t完成3处，`) goes on with the next line, its first cell
ending that cell (`另有1处在建\t10\t7.5\t…`, or a reason's second line alone), and so does a
row whose last cell is a figure or a date the next line's first cell completes (`3,087.` over
`17\t10\t…`, `2024年11月` over `30日\t\t５`), where the row so joined is no wider than the
text's widest line and the next line opens with no title, note or total (`_line_break_closed`);
and so does a row narrower than the widest whose line ends inside its last cell, where the
next line prints exactly the rest of that width (`带动农牧民` over `户均增收\t≥1200元\t10\t…`:
`_row_completed`).

A quote that no later line closes at a cell's end, or a cell that only starts and ends with a
quote or holds one not doubled (a `"三公"经费` written by hand), is text as printed, but in a
file a tool exported with every cell quoted (every cell of every line of several cells quoted
whole, the empty ones `""` too): there each cell is the text its quotes hold.

A text drawing its tables with box-drawing characters (`┌ ─ ┬ │`) is read as the grids its rules
draw (`pipeline.read.boxdrawn`), the lines around them rows of one cell, and split into tables
as above. A grid drawn from a sheet's text export keeps the export's quotes, read as in a text
of tabs: a cell quoted whole holding a comma or a doubled quote, and every cell of a grid
whose cells are all quoted whole, is the text its quotes hold.
"""

import bisect
import functools
from collections.abc import Iterable, Sequence
from dataclasses import replace

from pipeline.cells import CellRow, CellTable
from pipeline.labels.columns import begins_label, is_label
from pipeline.labels.grid_rows import form_goes_on_under_title, goes_on_under_title, level_fit
from pipeline.labels.lines import (
    cut_inside,
    is_footer,
    is_title,
    leaves_clause_open,
    may_be_cut,
    prints_alone,
)
from pipeline.read.barred import tabbed_bars
from pipeline.read.boxdrawn import box_cell_rows, box_parts
from pipeline.read.grid import (
    QUOTE,
    join_lines,
    printed_title,
    quoted_text,
    unfilled_columns,
    without_headings,
    without_margin,
)
from pipeline.read.read_down import rows_read_across
from pipeline.read.side_by_side import tables_parted
from pipeline.read.untabbed import rows_rejoined, untabbed_rows
from pipeline.vocab.labels import (
    is_page_furniture,
    split_glued_page_marker,
    split_glued_page_markers,
)

# The most lines a cell broken over lines is read over before its quote is taken as text after
# all.
QUOTED_CELL_LINES = 12

# The longest cell a label a bare line break cut may be (`年初预算` over `数`): longer cells
# are values, looked at no further.
LABEL_CUT_LONGEST = 12

# The fewest cells a line of a sheet saved as text is padded to for its rows cut by a bare line
# break to be joined by their count of cells (`_padded_lines_rejoined`).
PADDED_WIDTH_LEAST = 4
# ... and the least share of its rows that are whole on their line, padded to that width.
PADDED_SHARE = 0.5


def _compact(text: str) -> str:
    return "".join(text.split())


def _closing_quote(line: str) -> int | None:
    """Where the first quote of a line that no second quote doubles stands, if any."""
    at = line.find(QUOTE)
    while at >= 0 and line[at + 1 : at + 2] == QUOTE:
        at = line.find(QUOTE, at + 2)
    return at if at >= 0 else None


def text_rows(text: str):
    """`(line number, cells)` of each row: a line's cells, or, where its last cell opens a
    quote, the lines up to the one that closes it at a cell's end, that cell unquoted and its
    lines joined; the row goes on after it, and its new last cell may open a quote again (a
    copied row whose every value cell holds a line break: `"≥186` over `公里"\t…\t"≥62`)."""
    lines = _padded_lines_rejoined([_marker_quoted(line) for line in text.splitlines()])
    width = max((len(line.split("\t")) for line in lines), default=0)
    number = 0
    while number < len(lines):
        cells = _tabs_quoted(lines[number].split("\t"))
        number += 1
        start = number
        while (closed := _quoted_cell_closed(cells, lines, number)) is not None or (
            closed := _line_break_closed(cells, lines, number, width)
        ) is not None:
            cells, number = closed
        yield start, cells


def _padded_lines_rejoined(lines: list[str]) -> list[str]:
    """The lines of a sheet saved as text with its rows padded to the sheet's width, each row a
    cell's bare line break cut in two (or more) joined again; the lines as they are in any
    other text. A spreadsheet saving a sheet pads every row with tabs to the width of its used
    range, so every line has as many cells; where a cell's line break was written bare, with no
    quotes, the row's lines together hold one cell more than that per break (`2\t\t聂拉木县…转移就业`
    over `技能培训项目\t168\t…`, 3 and 254 cells of 256). Only where the padding shows (a line
    printing one text, a title, in its first of that many cells), every line is such a row
    or a run of lines making one up exactly, its first and last lines of several cells (a line
    of one cell adds none: a title above the padded rows is no piece of one; a page's number
    between them stays a line of its own), most rows (`PADDED_SHARE`) whole on their line,
    and some cell is broken: the cell's pieces are
    joined as a cell's lines are (`grid.join_lines`), on the row's first line, the lines after
    it left blank so that every line keeps its number. A cut cell opening a quote is left to
    be read to the line that closes it (`_quoted_cell_closed`)."""
    counts = [len(line.split("\t")) for line in lines]
    width = max(counts, default=0)
    if width < PADDED_WIDTH_LEAST or counts.count(width) == len(counts):
        return lines
    padded = any(  # a line of one text, a title, padded to the width like every other
        count == width and line.split("\t", 1)[0].strip() and not line.split("\t", 1)[1].strip()
        for count, line in zip(counts, lines, strict=True)
    )
    if not padded:
        return lines
    runs: list[tuple[int, int]] = []
    start = 0
    while start < len(lines):
        if counts[start] == 1 and is_page_furniture(lines[start]):
            runs.append((start, start))  # a page's number between the rows: a line as it is
            start += 1
            continue
        end, held = start, counts[start]
        while held < width and end + 1 < len(lines):
            end += 1
            held += counts[end] - 1
        if held != width or (end > start and min(counts[start], counts[end]) < 2):
            return lines
        runs.append((start, end))
        start = end + 1
    if sum(start == end for start, end in runs) < PADDED_SHARE * len(runs):
        return lines
    rows: list[str] = []
    for start, end in runs:
        if _opens_quote(lines[start].rsplit("\t", 1)[-1]):
            rows += lines[start : end + 1]  # quoted as it should be: read to its closing quote
        else:
            rows += [_cells_rejoined(lines[start : end + 1]), *[""] * (end - start)]
    return rows


def _cells_rejoined(pieces: list[str]) -> str:
    """One row's line from the lines a bare line break cut it into: each line's last cell and
    the next's first are one cell's lines, a page's marker glued to a line's end kept at the
    cell's end, where the readers take it off (`转移就业第13页 共99页` over `技能培训项目`)."""
    cells = pieces[0].split("\t")
    for piece in pieces[1:]:
        more = piece.split("\t")
        body, marker = split_glued_page_marker(cells[-1])
        cells[-1] = join_lines([body, more[0]]) + (marker or "")
        cells.extend(more[1:])
    return "\t".join(cells)


def _marker_quoted(line: str) -> str:
    """The line with a page marker glued after the quote that closes its last cell moved inside
    it (`口径）"第10页 共99页` -> `口径）第10页 共99页"`): the quote then closes the cell at its end,
    and the marker is glued to the cell's text, where the readers take it off."""
    cells = line.rstrip("\t")
    body, marker = split_glued_page_marker(cells)
    if marker is None or not body.endswith(QUOTE):
        return line
    return f"{body[:-1]}{marker}{QUOTE}{line[len(cells) :]}"


def _line_break_closed(
    cells: list[str], lines: list[str], number: int, width: int
) -> tuple[list[str], int] | None:
    """The row's cells with its last cell, cut where a converter wrote the cell's line break as
    a bare line break (`完成3处，` over `另有1处在建\t10\t7.5\t…`, a Word table's text), read
    on over line `number`, or the first line after it that is no page's furniture (a page's
    number between the cell's lines): that line's first cell ends the cell, its other cells go
    on the row, and the number of the line after it. Only where the row of several cells ends
    in a clause left open (`CLAUSE_OPEN_ENDS`; a page's marker glued after it is kept at the
    joined cell's end), in a figure or date the next line's first cell completes
    (`lines.cut_inside`: `3,087.` over `17`, `2024年11月` over `30日`, joined with nothing
    between), or short of the widest row, which the next line completes exactly
    (`_row_completed`); or where the row's last cell, of one row or several, is a label or a
    label's head the next line's first cell completes into one label (`_label_completed`:
    `年初预算` over `数`, `年初` over `预算数`, `项目资金` over `（万元）`); the next line opening
    with text that is no title, note or total, and the row so joined no wider than the text's
    widest line; None otherwise."""
    last, marker = split_glued_page_marker(cells[-1])
    short = len(cells) < width and bool(last.strip())  # the line ends inside the row's cell
    # A line of one cell goes on only as a label a break cut (`项目资金` over `（万元）`).
    alone = len(cells) < 2
    kept = leaves_clause_open(last) or may_be_cut(last) or short
    if not (_may_be_label(last) or (kept and not alone)):
        return None
    ahead = lines[number] if number < len(lines) else ""
    if "\t" in ahead and len(cells) + ahead.count("\t") > width and QUOTE not in ahead:
        return None  # a whole row follows (most rows): no room to go on
    while number < len(lines) and is_page_furniture(lines[number]):
        number += 1
    if number == len(lines):
        return None
    more = _tabs_quoted(lines[number].split("\t"))
    head = more[0].strip()
    cut = not alone and cut_inside(last, head)
    completed = (
        not alone
        and short
        and not is_label(cells[0])  # a header's label and value, a row of its own
        and _completes(last, lines[number:], width - len(cells) + 1)
    )
    opened = not alone and leaves_clause_open(last)
    if (
        not (cut or opened or _label_completed(last, head) or completed)
        or not head
        or is_title(head)
        or is_footer(head)
        or len(cells) + len(more) - 1 > width
    ):
        return None
    cell = (last.rstrip() + head if cut else join_lines([last, head])) + (marker or "")
    return [*cells[:-1], cell, *more[1:]], number + 1


def _completes(last: str, ahead: list[str], rest: int) -> bool:
    """Whether the lines `ahead` print exactly the `rest` of a row a bare line break cut inside
    its last cell (`last`), several cells: the next line's cells (its first ending the cut
    cell), or, where that line too ends inside a cell the break cut again (a goal wrapped over
    three lines beside a name wrapped over two: `…资助政策，` over `做到应助尽助，…` over
    `…失学。 | 产出指标 | … | 资助家庭经济困难学生` over `人次 | ≥9800人次`), its cells and the
    lines' after it, each line's first cell ending the cell before it, up to the line that ends
    the row; every line going on as a cut row does (`_row_completed`)."""
    printed = 0
    for line in ahead:
        more = _tabs_quoted(line.split("\t"))
        if not _row_completed(last, more):
            return False
        printed += len(more) - bool(printed)
        if printed >= rest:
            return printed == rest > 1
        last = more[-1] if len(more) > 1 else join_lines([last, more[0]])
    return False


def _row_completed(last: str, more: list[str]) -> bool:
    """Whether the next line is the rest of a row a bare line break cut inside its last cell
    (`效益指标 | 经济效益指标 | 带动农牧民` over `户均增收 | ≥1200元 | 10 | …`, a Word table's
    text), which it and the lines after it complete (`_completes`): no label after its first
    cell (a header's row of labels and values is one of its own); and the two pieces are words,
    no figure, label or level (a row of its own opens with a label, a level or a name that a
    figure does not end), but for an end that completes a level's name (`服务对象满意` over
    `度指标`, a label's lost head alone; `服务对象` over `满意度指标`, a level alone)."""
    head = more[0].strip()
    return (
        not any(map(is_label, more[1:]))
        and not any(char.isdigit() for char in last + head)
        and not is_label(last)
        and (
            not (is_label(head) or level_fit(head, ""))
            or level_fit(last.strip() + head, "") is not None
        )
    )


@functools.lru_cache(maxsize=2**14)
def _may_be_label(text: str) -> bool:
    """Whether a cell may be a label a line break cut: a label as short as labels are
    (`LABEL_CUT_LONGEST`), no figure in it (a value's cell, most of them, is looked at no
    further)."""
    text = text.strip()
    return (
        len(text) <= LABEL_CUT_LONGEST
        and not any(ch.isdigit() for ch in text)
        and (is_label(text) or begins_label(text))
    )


@functools.lru_cache(maxsize=2**14)
def _label_completed(last: str, head: str) -> bool:
    """Whether a label cell and the text after a line break are one label a bare break cut
    (`年初预算` over `数`, a Word table's heading cell broken over lines): the two together name
    a field or a column, the text after the break alone none, or the text before it only a
    label's head (`年初` over `预算数`, `预算数` a label too)."""
    return is_label(last.strip() + head) and (not is_label(head) or begins_label(last))


def _quoted_cell_closed(
    cells: list[str], lines: list[str], number: int
) -> tuple[list[str], int] | None:
    """The row's cells with its last cell, which opens a quote, read on over the lines from
    `number` to the one that closes it at a cell's end, and the number of the line after it;
    None when the last cell opens no quote or no line near enough closes it. A page broken
    inside the cell leaves its furniture there: a line of its own (`— 9 —`) is no line of the
    cell, and a marker glued to a line's end (`指标1：第9页 共99页`) is kept at the cell's end,
    where the readers take it off as they do any cell's. Empty cells after the quote's cell (a
    row padded to the table's width with the quote still open) are no cells of the row."""
    filled = len(cells)
    while filled > 1 and not cells[filled - 1].strip():
        filled -= 1
    if not _opens_quote(cells[filled - 1]):
        return None
    cells = cells[:filled]
    last = cells[-1].strip()
    pieces = [last[1:]]
    for ahead, line in enumerate(lines[number : number + QUOTED_CELL_LINES]):
        at = _closing_quote(line)
        if at is None:
            if not is_page_furniture(line):  # a page's number between the cell's lines
                pieces.append(line)
            continue
        rest = line[at + 1 :]
        if rest[:1] not in ("", "\t"):
            return None
        kept, markers = split_glued_page_markers([*pieces, line[:at]])
        cell = join_lines(kept).replace(QUOTE * 2, QUOTE) + "".join(markers[-1:])
        after = _tabs_quoted(rest[1:].split("\t")) if rest else []
        return [*cells[:-1], cell, *after], number + ahead + 1
    return None


def _tabs_quoted(cells: list[str]) -> list[str]:
    """A line's cells with each cell that opens a quote read on to the cell of the line that
    closes it at its end (`"嘎查村牧道维修\t养护"`, `"≥6000\t元"`: a quoted cell holding a tab),
    as one cell without the quotes, its pieces joined as a cell's lines are; no cell between
    them may hold a quote. A quote no later cell closes is left to the lines below."""
    if not any(QUOTE in cell for cell in cells):
        return cells
    out: list[str] = []
    start = 0
    while start < len(cells):
        end = None
        if _opens_quote(cells[start]):
            end = next((k for k in range(start + 1, len(cells)) if QUOTE in cells[k]), None)
        if end is not None and _closes_quote(cells[end]):
            pieces = [cells[start].strip()[1:], *cells[start + 1 : end], cells[end].rstrip()[:-1]]
            out.append(join_lines(pieces).replace(QUOTE * 2, QUOTE))
            start = end + 1
        else:
            out.append(cells[start])
            start += 1
    return out


def _opens_quote(cell: str) -> bool:
    """Whether a cell opens a quote it does not close (`"嘎查村牧道维修`)."""
    text = cell.strip()
    return text.startswith(QUOTE) and text.count(QUOTE) % 2 == 1


def _closes_quote(cell: str) -> bool:
    """Whether a cell closes an open quote at its end and nowhere before (`养护"`)."""
    text = cell.rstrip()
    return text.count(QUOTE) % 2 == 1 and _closing_quote(text) == len(text) - 1


def _unquoted(cell: str, every: bool) -> str:
    """The text of a cell a spreadsheet quoted (one holding a comma or a quote, or any cell of a
    file that quotes `every` cell), else the cell as printed."""
    text = quoted_text(cell)
    if text is None:
        return cell
    return text if every or "," in text or QUOTE in text else cell


def _quotes_every_cell(text: str) -> bool:
    """Whether every cell of every line of several cells is quoted whole (`"序号"\t""\t"1"`),
    as a tool that quotes all cells exports a table (a line of one cell, a title or a page
    number a converter added, may be quoted or not), with at least one such line."""
    return _all_quoted(line.split("\t") for line in text.splitlines())


def _all_quoted(rows: Iterable[Sequence[str]]) -> bool:
    """Whether every cell of every row of several cells is quoted whole, with one such row."""
    rows = [cells for cells in rows if len(cells) > 1]
    return bool(rows) and all(quoted_text(cell.strip()) is not None for c in rows for cell in c)


def read_text_cells(source_file: str, text: str) -> tuple[CellTable, ...]:
    """The tables of one decoded text file, in order; its cells parted by bars read as the tabs
    they stand for (`barred.tabbed_bars`)."""
    text = tabbed_bars(text)
    boxed = box_parts(text)
    if boxed is not None:
        rows = box_cell_rows(boxed)
        every = _all_quoted([cell for cell in row.cells if cell] for row in rows)
        return _tables(
            source_file,
            [
                replace(row, cells=tuple(_unquoted(cell, every) for cell in row.cells))
                for row in rows
            ],
        )
    untabbed = untabbed_rows(source_file, text)
    read_rows: list[CellRow] = []
    every = untabbed is None and _quotes_every_cell(text)
    for number, cells in untabbed.rows if untabbed else text_rows(text):
        lone = untabbed is None and len(cells) == 1
        cells = [_unquoted(cell.strip(), every) for cell in cells]
        if not any(cells):
            continue
        while not cells[-1]:  # a sheet's unused columns saved as text, dropped as a sheet's are
            cells.pop()
        read_rows.append(CellRow(cells=tuple(cells), line=number, lone=lone))
    if untabbed:
        return _tables(source_file, read_rows, notes=untabbed.notes)
    return _tables(source_file, read_rows)


def _tables(
    source_file: str, read_rows: list[CellRow], notes: Sequence[tuple] = ()
) -> tuple[CellTable, ...]:
    """The tables of a text's rows, a new one at each title printed again (not a page top's,
    nor one over the indicator tables of the form above it, nor a running header: `某局2023年度
    部门决算` atop each page, a page break inside a form's money block),
    their indicator rows printed as one cell placed (`rows_rejoined`), two tables printed side
    by side a row of each in turn put back table by table (`tables_parted`), however the text
    tells its cells (tabs, a drawn grid, one cell a line); `notes`: the reader's, each going with the
    table of its line."""
    read_rows = without_margin(without_headings(read_rows, lines_kept=False))
    read_rows = list(rows_rejoined(rows_read_across(tuple(tables_parted(read_rows)))))
    tables: list[list[CellRow]] = [[]]
    for index, row in enumerate(read_rows):
        current = tables[-1]
        repeated_title = (
            prints_alone(row.cells)
            and not is_page_furniture(row.cells[0])
            and current
            and prints_alone(current[0].cells)
            and _compact(row.cells[0]) == _compact(current[0].cells[0])
            and any(not prints_alone(earlier.cells) for earlier in current)
            and not goes_on_under_title(read_rows, index, current)
            and not form_goes_on_under_title(read_rows, index, current)
        )
        if repeated_title:
            tables.append([row])
        else:
            current.append(row)
    tables = [rows for rows in tables if rows]
    starts = [rows[0].line for rows in tables[1:]]
    kept: list[list[tuple]] = [[] for _ in tables]
    for note in notes:
        kept[bisect.bisect_right(starts, note[1])].append(note)
    return tuple(
        CellTable(
            source_file=source_file,
            index=index,
            title=printed_title(rows),
            rows=unfilled_columns(tuple(rows)),
            notes=tuple(kept[index]),
        )
        for index, rows in enumerate(tables)
    )
