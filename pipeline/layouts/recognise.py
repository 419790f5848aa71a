"""Layout readers, entry point: which layout a `CellTable` is, by the labels it prints.

`read_table` takes out the page numbers a converter left between rows (`— 2 —`, a browser's print
header and footer, a title printed again with `(续)`: `lines.page_marker`) or glued to the end of a
cell (`92%第4页 共9页`: a hosting site's), and the rows numbering the columns under their labels (`1 | 2
| … | 8`, `栏次 | 1 | 2`: `grid_rows.numbers_columns`), finds the indicator table's header row
(`grid_rows.is_grid_header`: a row of known column labels naming the indicator; in a table printing
none, the labels its first indicator row shows a converter lost, `grid_rows.restored_labels`), cuts
the table into project blocks (a 项目名称 label or a title line after indicators opens the next one; its
column-label row printed again at a page top, with no scope line above it, continues the table (the
一级's label left out too: `grid_rows.level1_left_out`), and so does its title printed again over rows
that go on with the indicators: `grid_rows.goes_on_under_title`, with the rest of the page's head,
its unit line and its column labels, printed again under it; and so does the block's whole head
printed again row for row, 项目名称 to its goal, atop the next page: `_head_again`), reads each
block's header with
`header_block.read_header_block` and its indicator rows with `indicator_grid` (a label printed one
character a line or one character a row down the first column, and a row of labels whose ends a
converter wrapped onto the next line, shifted left or not, are put back together first, and a header
printed over two rows (`绩效指标` over the level labels beside 指标值 merged down, or `指标值` merged across
over `年度指标值 | 实际完成值`, or over `中期 | 年度`, a scope noting its year: `年度（2022年）`) is read as
one, and a column labelled by the points and the
score joined, `分值/得分`, as two, each cell parted at its slash (`10/8`: `_points_apart`); so are an
indicator row's cells wrapped onto a row of their own, by `indicator_grid.unwrap_rows`, and 一级 cells
printed on the middle row of their span, by `indicator_grid.centred_levels`), and names the layout
from what it found: project columns in the indicator table -> `indicator-rows`; a title saying 部门整体,
or no project name but a department (and no 区域/转移支付 title) -> `department-overall`; no level columns
(and no levels printed before the names, `产出指标/数量指标/培训人数`) -> `flat-list`; otherwise `project-form`;
a table whose blocks differ (forms and a 部门整体 table stacked on one sheet) names each block's,
comma-joined. The seed's packed department table is recognised by its own header labels
(`pipeline.vocab.labels`) and left to `extract.py` (`packed-cell`). A table with no indicator header
gets a `layout_unrecognised` finding naming the labels it printed. `project_amounts` reads a
project's money cells. The same readers read self-evaluations (自评表): a table is one
(`TableRead.document_type`) when it prints a column or money cell only they print
(`self_evaluation.document_type`); a 合计/总分 row under the indicators gives the points of the whole
table, and any such row (or a sign-off, or the next block) closes the indicators
(`Project.complete`: else the table may be an excerpt cut short).
"""

import functools
from dataclasses import dataclass, field, replace
from decimal import Decimal

from pipeline.cells import CellRow, CellTable, cell_at
from pipeline.labels.columns import (
    column_roles,
    compact,
    field_roles,
    fold,
    is_column_group,
    is_exact_label,
    is_label,
    is_number,
    is_value_word,
    is_whole_label,
    label_scope,
    matchable,
    name_and_target,
    name_and_value_labels,
    names_project,
    names_weight_and_score,
    points_and_score,
    printed_before,
    target_and_points,
    value_and_points_labels,
)
from pipeline.labels.grid_rows import (
    INDICATOR_ROLES,
    canonical_level,
    form_goes_on_under_title,
    goes_on_under_title,
    is_block_label,
    is_grid_header,
    is_packed,
    is_placeholder,
    is_points_total,
    level1_left_out,
    numbers_columns,
    opens_section,
    reads_as_target,
    restored_labels,
)
from pipeline.labels.lines import (
    is_amount,
    is_footer,
    is_title_row,
    names_unit,
    page_marker,
    prints_alone,
    signs_off,
    stated_year,
    title_project_name,
)
from pipeline.layouts import amounts, pieces, self_evaluation
from pipeline.layouts.header_block import HeaderFields, money_headings, read_header_block
from pipeline.layouts.indicator_grid import (
    DROPPED,
    SPLIT_PARTS_FIELDS,
    TOTAL_UNDER_UNKNOWN,
    Column,
    Grid,
    GridReader,
    centred_levels,
    gaps_closed,
    levels_at_span_foot,
    name_key,
    plan_columns,
    project_key,
    project_widths,
    row_label,
    serials_unglued,
    targets_parted,
    unwrap_rows,
)
from pipeline.layouts.legend import levels_from_legend
from pipeline.layouts.records import (
    Amount,
    Indicator,
    LayoutFinding,
    Leftover,
    Project,
    Subtotal,
    TableRead,
)
from pipeline.vocab import labels as packed
from pipeline.vocab import layout_labels as vocab

# Which target fields of a piece a merge may fill, by scope.
_SCOPED = {"annual": "annual_target", "period": "period_target"}


@dataclass(slots=True)
class _Block:
    header: list = field(default_factory=list)
    grids: list = field(default_factory=list)  # (header row, data rows, scope printed above)
    page_tops: list = field(default_factory=list)  # the column-label row printed again


def _copies_dropped(block: _Block) -> _Block:
    """The block with each indicator column that only prints again the one left of it emptied:
    a cell merged across two columns that a converter filled into both (`指标值 | 指标值` over
    `2.4万亩 | 2.4万亩` on every row), which would read as two targets. A column is such a copy
    when its label is the one left of it, or none, and every row prints in it what it prints
    left of it."""
    grids = []
    for head, body, scope in block.grids:
        copies = {
            col
            for col in range(1, len(head.cells))
            if head.cells[col].strip() in ("", head.cells[col - 1].strip())
            and any(cell_at(row.cells, col) for row in body)
            and all(cell_at(row.cells, col) == cell_at(row.cells, col - 1) for row in body)
        }
        if copies:
            head, body = _columns_emptied(head, copies), [_columns_emptied(r, copies) for r in body]
        grids.append((head, body, scope))
    return replace(block, grids=grids)


def _columns_emptied(row, columns: set[int]):
    return replace(row, cells=tuple("" if col in columns else t for col, t in enumerate(row.cells)))


def _blocks(rows) -> list[_Block]:
    blocks = [_Block()]
    previous = None
    again = 0  # the index after a block's head printed again at a page top
    for index, row in enumerate(rows):
        current = blocks[-1]
        if index < again:
            current.page_tops.append(row)
            continue
        if is_grid_header(row.cells):
            scope = _scope_line(previous)
            if (
                current.grids
                and scope is None
                and any(_same_columns(row, head) for head in _last_heads(current))
                and not _names_again(row, current.grids[-1][1], rows[index + 1 :])
            ):
                current.page_tops.append(row)  # at a page top: the same table goes on
            else:
                current.grids.append((row, [], scope))
        elif not current.grids:
            current.header.append(row)
        elif (is_title_row(row.cells) or _repeats_head(row, current)) and (
            goes_on_under_title(rows, index, rows[:index])
            or form_goes_on_under_title(rows, index, current.header)
        ):
            # Printed again at a page top, or over the form's next indicator table: it goes on.
            current.page_tops.append(row)
        elif _opens_block(row) and (head := _head_again(rows, index, current)):
            # A form printing its head again atop each page (项目名称 … 年度目标 as on the page
            # before): the same project goes on.
            current.page_tops.append(row)
            again = index + head
        elif opens_section(row.cells) or _heads_section(rows, index):
            # The form's next section (`年度目标`, its money and goal over its own indicators,
            # after the 中期 section's; its heading above them, `二、年度绩效目标`): the same
            # project's head.
            current.header.append(row)
        elif _opens_block(row) or _heads_next_block(rows, index, current):
            blocks.append(_Block(header=[row]))
        else:
            current.grids[-1][1].append(row)
        previous = row
    return blocks


def _heads_section(rows, index: int) -> bool:
    """Whether a line alone after indicators heads the section the next row opens
    (`二、年度绩效目标（2025年）` over `年度资金总额 | 720.00`): a heading of the same form."""
    return _heads(rows, index, lambda row: opens_section(row.cells)) and not names_project(
        rows[index].cells[0]
    )


def _heads_next_block(rows, index: int, block: _Block) -> bool:
    """Whether a line alone after indicators heads the block the next row opens (`2.某馆免费
    开放项目` over `项目支出绩效目标表`, a page listing its forms under numbered headings): the
    next form's, no indicator of the form above. Not a note, a sign-off or a placeholder
    (`……`), nor a line over a title under which the same form goes on."""
    text = next((cell.strip() for cell in rows[index].cells if cell.strip()), "")
    if is_footer(text) or signs_off(rows[index].cells) or is_placeholder(text):
        return False
    return (_heads(rows, index, _opens_block) or _numbered_over_block(rows, index)) and not (
        goes_on_under_title(rows, index + 1, rows[: index + 1])
        or form_goes_on_under_title(rows, index + 1, block.header)
    )


def _numbered_over_block(rows, index: int) -> bool:
    """Whether a line alone is a numbered heading (`项目二：某项目`, `packed.SECTION_HEADING`;
    `2.某项目`, `packed.NUMBERED_HEADING`) over a row opening a block, up to `_LINES_UNDER_HEADING`
    lines alone between them (`项目支出信息`, `单位：万元`)."""
    first = rows[index].cells[0]
    numbered = packed.SECTION_HEADING.fullmatch(first) or packed.NUMBERED_HEADING.fullmatch(first)
    if not (prints_alone(rows[index].cells) and numbered):
        return False
    for row in rows[index + 1 : index + 2 + _LINES_UNDER_HEADING]:
        if _opens_block(row):
            return True
        if not prints_alone(row.cells):
            return False
    return False


_LINES_UNDER_HEADING = 2


def _heads(rows, index: int, opens) -> bool:
    """Whether the row at `index` is a line alone over a row that `opens` something."""
    return prints_alone(rows[index].cells) and index + 1 < len(rows) and opens(rows[index + 1])


def _head_again(rows, index: int, block: _Block) -> int:
    """How many rows from `index` print the head of a block read with its indicators again, row
    for row from the row opening it (`项目名称 | 某项目` … to its goal, a page top of a form over
    two pages; the table's title above it printed once), or 0."""
    opening = next(
        (n for n, row in enumerate(block.header) if _texts_of(row) == _texts_of(rows[index])), None
    )
    if not block.grids or opening is None:
        return 0
    head = block.header[opening:]
    again = [_texts_of(row) for row in rows[index : index + len(head)]]
    return len(head) if again == [_texts_of(row) for row in head] else 0


def _texts_of(row) -> list[str]:
    return [matchable(text) for text in row.cells if text.strip()]


def _last_heads(block: _Block) -> list:
    """The column-label rows of a block's last grid: its header row, and the label rows right
    above it that head no rows of their own (a group row, `绩效指标 | 中期绩效指标 | 年度绩效指标`
    over the levels' labels), any of which a page top prints again."""
    heads = [block.grids[-1][0]]
    for header, data, _ in reversed(block.grids[:-1]):
        if data:
            break
        heads.append(header)
    return heads


def _labels_restored(rows) -> list | None:
    """The rows of a form that prints no indicator header, with the column labels its first
    indicator row shows it lost put back above that row (`grid_rows.restored_labels`),
    the block's label down the side moved onto them; None when no row shows so, or no header
    block's label stands above it (rows a page prints apart from their table, no form)."""
    for index, row in enumerate(rows):
        if (labels := restored_labels(row.cells)) is not None:
            if not any(field_roles(text) for above in rows[:index] for text in above.cells):
                return None
            cells = tuple("" if label and is_block_label(label) else text
                          for label, text in zip(labels, row.cells, strict=True))  # fmt: skip
            return [*rows[:index], replace(row, cells=labels), replace(row, cells=cells),
                    *rows[index + 1 :]]  # fmt: skip
    return None


def _restored(block: _Block) -> list[_Block]:
    """A block printing no indicator header, read again with the column labels its first
    indicator row shows it lost (`_labels_restored`): a table of one form, or a form stacked
    below others (a sheet holding a disclosure's tables); the block as it is otherwise."""
    if block.grids or (restored := _labels_restored(block.header)) is None:
        return [block]
    return _blocks(restored)


def _repeats_head(row, block: _Block) -> bool:
    """Whether a row of one cell repeats a line of one cell of the block's head (a title's first
    line, `某区水务局` over `2017年部门整体支出绩效目标表`, or its unit line): a page's head
    printed again, when the rows under it go on with the indicators."""
    filled = [matchable(text) for text in row.cells if text.strip()]
    return len(filled) == 1 and any(
        [matchable(text) for text in line.cells if text.strip()] == filled for line in block.header
    )


def _names_again(header, above, below) -> bool:
    """Whether the rows under a column-label row printed again name indicators that the rows
    above it named: a second table of the same columns (长期 then 年度, their scope lines lost),
    not the same table going on at a page top. A target or a split value column's word in the
    name's column (`100%`, `定量`, `≥`, in a row a converter shifted left) names nothing: rows
    that print the same figure or word are not the same indicators; nor does a word that a row
    prints under another column (`行业标准`, a 绩效标准 column's). In a list of projects, whose
    projects may name the same indicators, only the rows of the project the page top cut are
    compared (from the last row above naming a project, up to the first below naming one)."""
    col = next((c for c, text in enumerate(header.cells) if column_roles(text)[:1] == ("level3",)),
               None)  # fmt: skip
    if col is None:
        return False
    project = next((c for c, text in enumerate(header.cells)
                    if column_roles(text)[:1] == ("project_name",)), None)  # fmt: skip

    def prints_project(row) -> bool:
        return project is not None and project < len(row.cells) and bool(row.cells[project].strip())

    starts = [at for at, row in enumerate(above) if prints_project(row)]
    above = above[starts[-1] :] if starts else above
    after = []
    for row in below:
        if is_grid_header(row.cells) or _opens_block(row) or prints_project(row):
            break
        after.append(row)

    def names(rows) -> set[str]:  # not a template's placeholders (`……`), printed in both
        texts = {fold(row.cells[col]) for row in rows if col < len(row.cells)}
        return {
            text
            for text in texts
            if text
            and not is_placeholder(text)
            and not reads_as_target(text)
            and not is_value_word(text)
        }

    # A word some row prints under another column is that column's (`行业标准` under 绩效标准,
    # shifted left under the name's in a row and not in another): no indicator's name.
    elsewhere = {fold(text) for row in (*above, *after) for at, text in enumerate(row.cells)
                 if at != col}  # fmt: skip
    return bool(names(above) & names(after) - elsewhere)


def _grid_scopes(grids, goal_order: list[str]) -> list[str | None]:
    """The scope of each indicator table of a block: the one printed above it; tables of the
    same columns that print none take the order of the goals printed above them (长期目标 then
    年度目标), as value groups side by side do, when there are as many."""
    printed = [scope for _, _, scope in grids]
    if len(grids) < 2 or any(printed) or len({_labels(header) for header, _, _ in grids}) > 1:
        return printed
    order = [scope for scope in goal_order if scope in ("period", "annual")]
    return order if len(order) == len(grids) else printed


# The cells a text must fill in a row at least, side by side, for the row to be read as a
# merged cell's copies (`_copies_blanked`).
COPIED_RUN = 3


def _copies_blanked(row):
    """A row made only of words a converter wrote into every cell their merged cell spanned (a
    sheet unmerged and filled: a title or `部门名称：…` across the table, `| | 单位：万元` twice
    at its end) as the merged cells print: each text in the first cell of its run, the others
    empty; where one run at least spans `COPIED_RUN` cells: two label ends alike side by side
    (`标值 | 标值` under `实施期指 | 年度指`) are two cells. The row may open with a label
    printed once (`年度总体目标 | 目标… ×4 | 完成情况… ×4`, the label merged down the rows). A
    row printing any other text once, a figure or a mark (`248 | 248`, `— | —`) is left."""
    cells = row.cells
    runs = [
        (col, text)
        for col, text in enumerate(cells)
        if text.strip() and (col == 0 or cells[col - 1] != text)
    ]
    copied = runs[1:] if runs[:1] and runs[0][0] == 0 and is_label(runs[0][1]) else runs
    if not copied or any(
        not any(map(str.isalpha, text)) or col + 1 == len(cells) or cells[col + 1] != text
        for col, text in copied
    ):
        return row
    if not any(cells[col : col + COPIED_RUN] == (text,) * COPIED_RUN for col, text in copied):
        return row
    first = {col for col, _ in runs}
    return replace(
        row, cells=tuple(t if col in first or not t.strip() else "" for col, t in enumerate(cells))
    )


def _unmarked(row, markers: list[str]):
    """The row with a hosting site's page marker glued to the end of a cell taken off
    (`92%第4页 共9页` is `92%`), the marker added to `markers`."""
    if not any(map(packed.may_hold_page_marker, row.cells)):  # most rows
        return row
    cells, found = packed.split_glued_page_markers(row.cells)
    markers.extend(found)
    return replace(row, cells=cells) if found else row


def _labels(row) -> tuple[str, ...]:
    """A header row's labels as compared with another's: without white space (one page may
    spread its labels out, `一 级 指 标`, another not) and in simplified characters."""
    return tuple(matchable(text) for text in row.cells if text.strip())


def _same_columns(row, above) -> bool:
    """Whether a column-label row prints the labels of one above it: the same labels, but for
    the indicator block's label down the side (`年度绩效指标`, a cell merged down the rows) that
    a page top may leave out; two block labels (长期 then 年度) are two tables."""
    sides = [
        [is_block_label(text) for text in header.cells if text.strip()] for header in (row, above)
    ]
    if sum(map(any, sides)) > 1:
        return _labels(row) == _labels(above)
    return [label for label in _labels(row) if not is_block_label(label)] == [
        label for label in _labels(above) if not is_block_label(label)
    ] or level1_left_out(row.cells, above.cells)


def _spelled_down(rows) -> list:
    """The rows with a label written one character a row down the first column put back (a
    merged vertical cell: `绩 | 指标 …`, `效 | …`, `指 | …`, `标 | …`), as `pieces.spelled_down`
    puts them back: pieces are the one-character first cells of rows wider than them; then
    such a label's characters printed between and beside the rows it spans (`_spelled_between`)."""
    return _spelled_between(
        pieces.spelled_down(
            rows,
            0,
            lambda row: len(row.cells) > 1 and len(row.cells[0].strip()) == 1,
            is_exact_label,
        )
    )


def _spelled_between(rows) -> list:
    """The rows with a label printed a character at a time down the first column between and
    beside the rows it spans (a PDF's text: `年` alone on its line, ` | 产出指标 | …`, `度 | | |
    …`, ` | | | …`, `绩` alone, …) put back: characters, each a line of its own or a row's
    first cell of one character (or two: `_label_piece`), with only rows whose first cell is
    empty between them, that together spell a known label (`is_exact_label`, of three pieces at
    least) are that label, the first cell of the first row of their span wider than a cell, the
    lines of their own dropped (their characters in it). Characters that spell nothing stay as
    printed."""
    rows = list(rows)
    start = 0
    while start < len(rows):
        if not _label_piece(rows[start]):
            start += 1
            continue
        span = start
        while span < len(rows) and (_label_piece(rows[span]) or _opens_empty(rows[span])):
            span += 1
        marks = [at for at in range(start, span) if _label_piece(rows[at])]
        size = next(
            (n for n in range(len(marks), 2, -1) if is_exact_label(_characters(rows, marks[:n]))),
            0,
        )
        if not size or all(len(rows[at].cells) > 1 for at in marks[:size]):
            start += 1  # nothing spelled, or only wide rows' (`pieces.spelled_down`'s)
            continue
        label, end = _characters(rows, marks[:size]), marks[size - 1] + 1
        spanned = [row for row in rows[start:end] if not _lone(row)]
        first = next((row for row in spanned if len(row.cells) > 1), None)
        if first is None:
            start += 1
            continue
        rows[start:end] = [
            replace(row, cells=(label if row is first else "", *row.cells[1:])) for row in spanned
        ]
        start += len(spanned)
    return rows


def _label_piece(row) -> bool:
    """Whether a row's first cell may be a piece of a label printed down the side: a character
    (a line of its own, or a wider row's first cell), or two (the last two, a line each, stacked
    before a row: `pieces.stacked_before`)."""
    return 0 < len(row.cells[0].strip()) <= 2 if row.cells else False


def _lone(row) -> bool:
    """Whether a row prints only its first cell."""
    return not any(text.strip() for text in row.cells[1:])


def _opens_empty(row) -> bool:
    """Whether a row wider than a cell prints its first cell empty."""
    return len(row.cells) > 1 and not row.cells[0].strip() and not _lone(row)


def _characters(rows, marks: list[int]) -> str:
    return "".join(rows[at].cells[0].strip() for at in marks)


def _points_apart(rows) -> list:
    """The rows with a column labelled by the points' label and the score's joined (`分值/得分`:
    `names_weight_and_score`) made two, the money block's and the indicators' alike, to a row
    that labels the points or the score in a column of its own: the label parted at its slash,
    a row's cell of points and score (`10/8`, `points_and_score`) wherever a converter left it
    (rows shifted left too), and an empty cell after any other row's cell under the label
    (`—` -> `— | `). So is a target's column whose label's note names its points (`指标值（分值）`:
    `value_and_points_labels`), its cells parted into the target and the points in brackets
    after it (`≥22个（10分）` -> `≥22个 | 10`, `target_and_points`); and a column whose label
    names an indicator's name and target in one cell (`绩效目标内容`: `name_and_value_labels`),
    its cells parted at their colon (`危桥加固改造：≥3座` -> `危桥加固改造 | ≥3座`)."""
    rows = _column_apart(rows, _slash_parts, points_and_score, ("weight", "score"))
    rows = _column_apart(rows, name_and_value_labels, name_and_target, ("value",))
    return _column_apart(rows, value_and_points_labels, target_and_points, ("weight",))


@functools.lru_cache(maxsize=2**14)
def _slash_parts(label: str) -> tuple[str, ...] | None:
    """A `分值/得分` label's two labels, parted at its slash; None for any other label."""
    if not names_weight_and_score(label):
        return None
    return tuple(part.strip() for part in label.split("/", 1))


def _column_apart(rows, label_parts, cell_parts, own_roles) -> list:
    """The rows with a column whose label names two (`label_parts` gives the two labels) made
    two: the label parted, a row's cell of both (`cell_parts`) wherever a converter left it,
    and an empty cell after any other row's cell under the label; until a row labels a column
    of one of `own_roles` on its own."""
    out: list = []
    col = None
    own = {(role,) for role in own_roles}
    for row in rows:
        cells = row.cells
        joined = next((c for c, text in enumerate(cells) if label_parts(text)), None)
        if joined is not None:
            col = joined
        elif col is not None and any(column_roles(text)[:1] in own for text in cells):
            col = None
        if col is None:
            out.append(row)
            continue
        at = next((c for c, text in enumerate(cells) if cell_parts(text)), None)
        if joined is not None:
            at, parts = joined, label_parts(cells[joined])
        elif at is not None:
            parts = cell_parts(cells[at])
        elif col < len(cells):
            at, parts = col, (cells[col], "")
        else:
            out.append(row)
            continue
        out.append(replace(row, cells=(*cells[:at], *parts, *cells[at + 1 :])))
    return out


def _unwrapped(rows) -> tuple[list, list[str]]:
    """The rows, a row of labels whose ends a converter wrapped onto the next line joined back
    with it (`年度指 | 实际完` above `标值 | 成值`: see `_label_ends`), and the two rows of a
    header printed over two rows made one (`_two_row_labels`); and the labels of either row
    that the row made one leaves out (`指标值` over `年度指标值 | 实际完成值`, the upper label the
    lower ones stand for), as labels seen."""
    out: list = []
    replaced: list[str] = []
    for row in rows:
        upper = _placed_over(out[-1], row) if out else ()
        if out and (cells := _label_ends(upper, row.cells)):
            out[-1] = replace(out[-1], cells=cells)
        elif out and (cells := _two_row_labels(upper, row.cells)):
            replaced.extend(
                text for text in (*out[-1].cells, *row.cells) if text.strip() and text not in cells
            )
            out[-1] = replace(out[-1], cells=cells)
        else:
            out.append(row)
    return out, replaced


def _placed_over(upper, lower) -> tuple[str, ...]:
    """The upper row of a header over two rows from a source that gives no cells for the columns
    a label spans to its right (a PDF's, a Word table's), each label put over its columns by
    the lower row's merge flags: a column merged down from the upper row (or empty under it) is
    a label's own, a
    run of columns not merged lies under one label spanning it (`资金 | | ` over `合计 | 财政拨款 |
    其他资金`), or under several side by side where the upper row prints more labels than that,
    each after the first over the first label under it that opens its columns (`_opening`:
    `年度指标值 | 实际完成值` over `指标性质 | 指标值 | 度量单位 | 完成值`). The upper row as it is where the
    source gives no flags, the upper row prints an empty cell, or its labels cannot be placed."""
    merged, labels = lower.merged, upper.cells
    if not merged or len(labels) >= len(merged) or not all(map(str.strip, labels)):
        return labels
    # A column merged down, or printing nothing under its label, is that label's own.
    own = [flag or not text.strip() for flag, text in zip(merged, lower.cells, strict=False)]
    own += [True] * (len(merged) - len(own))
    starts = [col for col, alone in enumerate(own) if alone or col == 0 or own[col - 1]]
    if len(starts) > len(labels):
        return labels
    placed: dict[int, str] = {}
    more = len(labels) - len(starts)  # labels beyond one a column merged down or a run
    queue = list(labels)
    for start, end in zip(starts, [*starts[1:], len(merged)], strict=True):
        placed[start] = queue.pop(0)
        at = start
        while more and not own[start]:
            at = _opening(queue[0], lower.cells, at, end)
            if at is None:
                break
            placed[at] = queue.pop(0)
            more -= 1
    if more:
        return labels
    return tuple(placed.get(col, "") for col in range(len(merged)))


def _opening(label: str, lower: tuple[str, ...], opened: int, end: int) -> int | None:
    """The column of the lower row, after `opened` and before `end`, where the columns of the
    next spanning `label` open: the first whose label names again what one under the last
    spanning label did (`指标性质 | 指标值 | 度量单位 | 指标性质 …`: the second group of split
    values), else the first naming what `label` names (`完成值` under `实际完成值`, `偏差原因`
    under `偏差原因分析及改进措施`); None where none does."""
    roles = [set(column_roles(text)) for text in lower]
    again = next((col for col in range(opened + 1, end)
                  if any(roles[col] & seen for seen in roles[opened:col])), None)  # fmt: skip
    if again is not None:
        return again
    named = set(column_roles(label))
    return next((col for col in range(opened + 1, end) if roles[col] & named), None)


def _two_row_labels(upper: tuple[str, ...], lower: tuple[str, ...]) -> tuple[str, ...] | None:
    """One row of column labels from a header printed over two rows, each merged cell's label on
    the row it starts on only: the block label spanning the level columns on the upper row
    (`绩效指标`, merged across) beside the labels merged down both rows (指标值, 备注), the level
    labels under the block label on the lower row (`一级指标 | 二级指标 | 三级指标 | |`); or a
    label merged across columns on the upper row (`指标值 | `) over the labels of its columns on
    the lower row (`年度指标值 | 实际完成值`; a scope alone, `中期 | 年度`, names the spanning
    label's column of that scope; a label naming only the group of its columns, `自评情况` over
    `分值 | 得分`, none). Each column's lower label, else its upper one; None unless every cell
    of both rows is a known label (a group's only over labels of all its columns), a lower label
    stands under a block label or a spanning one, the lower row prints labels only there or
    under nothing, an upper label other than these stands over nothing, and the row they make
    is an indicator header. A lower row a converter that drops the cells merged down shifted
    left holds as many labels as the spans have columns: they are read under the spans, in
    order."""
    known = (text.strip() for text in upper if text.strip())
    if not all(is_label(text) or _heads_group(text) for text in known):
        return None  # a row of values above (most pairs)
    upper, lower = _merges_unfilled(upper, lower)
    if (headed := _under_target_headings(upper, lower)) is not None:
        return headed
    upper = _spread(upper, lower)
    width = max(len(upper), len(lower))
    upper, lower = _padded(upper, width), _padded(lower, width)
    spans = _merged_across(upper, lower)
    below = sum(1 for text in lower if text.strip())
    if below > sum(map(len, spans)):
        # The last label may span as many columns as the lower row prints labels beyond the
        # other spans' (`指标值` over `中期 | 年度`; `实施期目标 | | | 年度目标` over two groups of
        # three), the cells past it dropped as empty, the lower row shifted left.
        last = max((col for col, text in enumerate(upper) if text.strip()), default=0)
        before = sum(len(span) for span in spans if span.stop <= last)
        if (wider := last + below - before) > width:
            width = wider
            upper, lower = _padded(upper, width), _padded(lower, width)
            spans = _merged_across(upper, lower)
    if not spans and not any(is_block_label(text.strip()) for text in upper if text.strip()):
        return None  # no block label, none merged across: no header over two rows (most pairs)
    labels = [text for text in lower if text.strip()]
    spanned = [col for span in spans for col in span]
    if len(labels) == len(spanned) and any(not lower[col].strip() for col in spanned):
        placed = dict(zip(spanned, labels, strict=True))  # shifted left: put under the spans
        lower = tuple(placed.get(col, "") for col in range(width))
    lower = _scoped_under(upper, lower, spans)
    spanned = {col for span in spans if _labelled_across(lower, span) for col in span}
    under_group = beside = False
    for col, (above, below) in enumerate(zip(upper, lower, strict=True)):
        above, below = above.strip(), below.strip()
        grouping = _heads_group(above) and col in spanned
        if (above and not is_label(above) and not grouping) or (below and not is_label(below)):
            return None
        block = bool(above) and is_block_label(above)
        if below and above and not block and col not in spanned:
            return None  # a label under a label: two rows of their own
        under_group |= bool(below) and (block or col in spanned)
        beside |= bool(above) and not block and not below
    if under_group and not beside and is_grid_header(lower):
        # Headings of groups only over a row of every label (`项目基本情况 | 绩效指标` over
        # `单位名称 | 项目名称 | … | 指标值`): the labels are the lower row's; not headings of a
        # period's group (`中期绩效指标 | 年度绩效指标`), which say whose targets stand below.
        groups = [text.strip() for text in upper if text.strip()]
        if all(
            is_column_group(text) or (is_block_label(text) and label_scope(text) is None)
            for text in groups
        ):
            return lower
    if not (under_group and beside):
        return None
    cells = tuple(
        below if below.strip() else above for above, below in zip(upper, lower, strict=True)
    )
    return cells if is_grid_header(cells) else None


def _opens_a_level(grid: Grid, cells: tuple[str, ...], first: str) -> bool:
    """Whether a row's first text, a note's label under a table elsewhere (`项目实施效益`), is
    the level its indicator stands in: a level's name in the taxonomy, under a level column,
    with an indicator's name beside it under the names' (大庆's form: `| 项目实施效益 |
    重大动物疫情发生次数 | 0次 | 0次`)."""
    levels = [c.col for role in ("level1", "level2") for c in grid.role_columns(role)]
    col = cells.index(first) if first in cells else None
    return (
        col in levels
        and any(cell_at(cells, c.col) for c in grid.role_columns("level3") if c.col > col)
        and any(canonical_level(first.strip(), level) for level in (1, 2))
    )


def _labelled_across(lower: tuple[str, ...], span: range) -> bool:
    """Whether the lower row labels every column of an upper label's `span`: each column with a
    label of its own, or a blank after two labels or more, the last merged across it
    (`指标名称` over `二级指标 | 三级指标 | `, 三级指标 merged over two columns)."""
    labelled = [bool(lower[k].strip()) for k in span]
    return all(labelled) or (labelled[0] and sum(labelled) > 1 and all(labelled[: sum(labelled)]))


def _heads_group(label: str) -> bool:
    """Whether a header's upper label only heads the columns labelled below it: a group's
    (`自评情况` over `分值 | 得分`), or a scope alone (`年度 | 实施期` over `指标值 | 实际完成值 | 指标值
    | 累计完成值`: `_scoped_under` reads each label below as that scope's)."""
    return is_column_group(label) or compact(label) in _SCOPE_LABELS


def _merges_unfilled(upper: tuple[str, ...], lower: tuple[str, ...]) -> tuple[tuple, tuple]:
    """A header over two rows as its merged cells print, where a converter wrote each merged
    cell's label into every cell it spans (a sheet unmerged and filled, a CSV of it): a label
    under the same label is the one merged down both rows (`序号` over `序号`), a label beside
    the same label one merged across (`绩效指标 | 绩效指标 | 绩效指标` over the levels). As they
    are where the lower row prints no label of its own. Labels merged down are several: one
    label alike in both rows may be a lower label a converter moved under its like (`指标值`
    under `指标值 | 权重`, the row shifted left by a dropped cell)."""
    width = max(len(upper), len(lower))
    over, under = _padded(upper, width), _padded(lower, width)
    down = {col for col in range(width) if under[col].strip() and under[col] == over[col]}
    if len(down) < 2:
        down = set()
    if not down and not any(over[col].strip() and over[col] == over[col - 1]
                            for col in range(1, width)):  # fmt: skip
        return upper, lower
    if all(col in down for col in range(width) if under[col].strip()):
        return upper, lower  # the same labels twice: no header over two rows
    under = tuple("" if col in down else text for col, text in enumerate(under))
    over = tuple(
        "" if col and text.strip() and text == over[col - 1] and under[col].strip() else text
        for col, text in enumerate(over)
    )
    return over, under


def _under_target_headings(upper: tuple[str, ...], lower: tuple[str, ...]) -> tuple | None:
    """A row of target headings only (`年度指标值`), each over the first of its split columns,
    above a row of labels that is an indicator header alone (the labels merged down both rows
    printed on the lower one): the lower row, each target label under a heading read as the
    heading (`目标值` under `年度指标值`: the year's); None otherwise."""
    heads = {col: text.strip() for col, text in enumerate(upper) if text.strip()}
    if not (
        heads
        and all(_names_targets(text) for text in heads.values())
        and all(col < len(lower) and _split_part(lower[col]) for col in heads)
        and is_grid_header(lower)
    ):
        return None
    cells = list(lower)
    for col, head in heads.items():
        for under in range(col, len(lower)):
            part = _split_part(lower[under])
            if part is None:
                break
            if part == "value":
                cells[under] = head
    return tuple(cells)


def _spread(upper: tuple[str, ...], lower: tuple[str, ...]) -> tuple[str, ...]:
    """The upper row of a header over two rows printed one cell a merged label (a PDF's or a
    Word table's cell spanning columns gives one cell): its labels right of the columns the
    lower row leaves empty, one cell each, each widened over an equal share of the lower row's
    labels there (`实施期目标 | 年度目标` over `指标性质 | 指标值 | 度量单位` twice); where the
    upper row prints more labels than that, only its leading targets' labels are widened over
    the lower row's, the labels after them merged down both rows (`年度指标值 | 实际完成值 | 分值`
    over `指标性质 | 指标值 | 度量单位`), which a converter that drops the cells merged down may
    have shifted left (`_two_row_labels` puts them back under); the row as it is otherwise.
    A block label opening an upper row of no empty cell spans the levels' labels opening the
    lower row (`绩效指标 | 年度指标值 | 实际完成值 | …` over `一级指标 | 二级指标 | 三级指标 |
    指标性质 | 指标值 | 度量单位`, a web page's copy dropping every merged cell): the rest is
    spread over the lower row's labels after them."""
    levels = _levels_under_block(upper, lower)
    if levels:
        return (upper[0], *[""] * (levels - 1), *_spread(upper[1:], lower[levels:]))
    filled = [col for col, text in enumerate(lower) if text.strip()]
    first = filled[0] if filled else len(upper)
    below = [lower[col] for col in filled]
    if filled and filled[-1] - first + 1 != len(below):
        return upper
    if below and all(_split_part(text) for text in below):
        targets = (col for col, text in enumerate(upper) if _names_targets(text))
        first = max(first, next(targets, first))
    upper_end = 1 + max((col for col, text in enumerate(upper) if text.strip()), default=-1)
    heads = [text for text in upper[first:upper_end] if text.strip()]
    if not heads or upper_end - first != len(heads):
        return upper
    over = next((n for n, head in enumerate(heads) if not _names_targets(head)), len(heads))
    over = over or len(heads)
    if len(below) <= over or len(below) % over:
        return upper
    share = len(below) // over
    spread = (cell for head in heads[:over] for cell in (head, *[""] * (share - 1)))
    return (*upper[:first], *spread, *heads[over:])


def _levels_under_block(upper: tuple[str, ...], lower: tuple[str, ...]) -> int:
    """How many levels' labels, two or more, open a lower row under an upper row opening with
    a block label and printing no empty cell but after its last label (`_spread`); 0 where it
    is not so."""
    printed = list(upper)
    while printed and not printed[-1].strip():
        printed.pop()  # the cells a drawn grid pads the row with
    if not printed or not is_block_label(printed[0].strip()) or not all(map(str.strip, printed)):
        return 0
    levels = next(
        (n for n, text in enumerate(lower) if not set(column_roles(text)[:1]) & INDICATOR_ROLES),
        len(lower),
    )
    return levels if levels > 1 else 0


def _names_targets(label: str) -> bool:
    """Whether a column label heads targets: a target's label, or a scope's (`实施期目标`, `年度`)."""
    return bool(label.strip()) and (
        column_roles(label)[:1] == ("value",) or label_scope(label) is not None
    )


def _split_part(label: str) -> str | None:
    """The part of split value columns a label names first (`指标性质`: operator), else None."""
    role = next(iter(column_roles(label)), None)
    return role if role in vocab.SPLIT_ROLES else None


def _padded(cells, width: int) -> tuple[str, ...]:
    return tuple(cells) + ("",) * (width - len(cells))


def _merged_across(upper: tuple[str, ...], lower: tuple[str, ...]) -> list[range]:
    """The columns of each of a row's labels followed by empty cells (`绩效指标 | | `, `指标值 | `):
    a label merged across them, up to the next label; up to the row's end only for the block
    label or where the `lower` row labels every column of it, in place or shifted left (as many
    labels as it has columns, or as all the spans have: other labels followed by nothing end a
    row padded)."""
    filled = [col for col, text in enumerate(upper) if text.strip()]
    below = sum(1 for text in lower if text.strip())
    spans = [
        range(col, end if end - col > 1 else col + 1)
        for col, end in zip(filled, [*filled[1:], len(upper)], strict=False)  # none filled: none
        if end - col > 1 or _scopes_the_label_under(upper[col], lower, col)
    ]
    return [
        span
        for span in spans
        if span.stop < len(upper)
        or is_block_label(upper[span.start].strip())
        or all(lower[k].strip() for k in span)
        or below in (len(span), sum(map(len, spans)))
    ]


def _scopes_the_label_under(head: str, lower: tuple[str, ...], col: int) -> bool:
    """Whether `head` is a period's group of indicators (`中期绩效指标`, `年度绩效指标`) standing
    over one target label of its own (`指标值`): its column, as a label merged across is its
    columns (`_scoped_under` reads `中期绩效指标指标值`, the period's target)."""
    return (
        col < len(lower)
        and "value" in column_roles(lower[col])
        and "indicator_block" in column_roles(head)
        and label_scope(head) is not None
    )


_SCOPE_LABELS = frozenset(compact(word) for word, _ in vocab.SCOPE_WORDS)


def _scoped_under(upper: tuple[str, ...], lower: tuple[str, ...], spans) -> tuple[str, ...]:
    """The lower row with each label under a spanning one that only names a scope (`指标值`
    merged across over `中期 | 年度`, or `年度（2022年）` noting its year) read as that scope's label
    of the spanning one (`中期指标值`, `年度指标值`), as is a scope's goal under a spanning value
    label (`中期目标 | 年度目标` under `指标值`: `中期目标指标值`); and the 合计 under a spanning
    money label (`项目金额` over `合计 | 财政拨款 | 其他资金`) read as that label: the money's
    whole; and the value and unit under an actual's label its own (`实际完成值` over `指标值 |
    度量单位`: `实际完成值 | 实际完成值/度量单位`); and each label under a scope alone its
    scope's (`年度` over `指标值 | 实际完成值`: `年度指标值 | 年度实际完成值`)."""
    cells = list(lower)
    for span in spans:
        head = upper[span.start].strip()
        heads = column_roles(head)
        for col in span:
            scope = compact(lower[col])
            under = column_roles(scope)
            if compact(head) in _SCOPE_LABELS and under:
                cells[col] = head + lower[col].strip()
            elif scope in _SCOPE_LABELS:
                cells[col] = scope + head
            elif "value" in heads and label_scope(scope) and "value" not in under:
                cells[col] = lower[col].strip() + head
            elif scope in _MONEY_TOTALS and "total" in heads:
                cells[col] = head
            elif len(span) == 1 and _scopes_the_label_under(head, lower, col):
                cells[col] = head + lower[col].strip()
            elif "actual" in heads and under[:1] in (("value",), ("unit",)):
                # `实际完成值` over `指标值 | 度量单位`: the actual and its own unit.
                cells[col] = head if "value" in under else f"{head}/{lower[col].strip()}"
    return tuple(cells)


_MONEY_TOTALS = frozenset(map(compact, vocab.MONEY_BLOCK_TOTAL_LABELS))


def _label_ends(labels: tuple[str, ...], below: tuple[str, ...]) -> tuple[str, ...] | None:
    """The cells of `labels` with those of `below` appended, when `labels` is a row of labels whose
    ends `below` holds: each cell of `below` is no label alone and ends the cell above it, every
    cell of the row joined is a known label, and at least one of them was none without its end
    (`年初预` + `算数`; `年初` + `预算数`, `实际` + `完成值`: the end a whole label, as a converter
    that splits a wrapped cell's lines over two rows prints it, where the row joined is an indicator
    header or a money block's headings). None otherwise (a row of values or of labels, or labels
    complete already): given up at the first column that says so, as most rows are values.
    `below` may have been shifted left by a converter that dropped the cells of labels merged
    down both lines (一级指标, 二级指标 over two lines): its ends are then read as many columns
    right as were dropped. A shift past a cell of `labels` that is no label alone leaves that cell
    with no end under it, so the shifts tried stop at the first such cell (most rows: the first)."""
    unknown = (col for col, text in enumerate(labels) if text.strip() and not is_label(text))
    for dropped in range(min(len(DROPPED), next(unknown, len(DROPPED))) + 1):
        if (joined := _ends_in_place(labels, ("",) * dropped + tuple(below))) is not None:
            return joined
    return None


def _ends_in_place(labels: tuple[str, ...], below: tuple[str, ...]) -> tuple[str, ...] | None:
    """`_label_ends` with each end under the label it ends. An end that is a label itself
    (`指标` under `一级`) ends its label too where another end of the row is no label alone and
    makes its label another one (`值` under `指标`: the name's column becomes the value's) and
    the row joined is an indicator header, as narrow cells wrap every label of a row at once."""
    if any(text.strip() for text in below[len(labels) :]):
        return None  # a cell under no label
    joined, ends, whole = list(labels), [], []
    # The columns with no end under them are looked at first: their texts were asked about
    # before, where a text joined with its end is new to the label caches.
    for col, above in enumerate(labels):
        if end := (below[col].strip() if col < len(below) else ""):
            if not above.strip():
                return None  # a cell under no label
            if is_whole_label(end):
                whole.append(col)  # joined below, once the other columns hold (most rows fail)
            else:
                ends.append(col)
        elif above.strip() and not is_label(above):
            return None
    for col in ends:
        joined[col] = f"{labels[col].strip()}{below[col].strip()}"
        if not is_label(joined[col]):
            return None
    for col in whole:
        joined[col] = f"{labels[col].strip()}{below[col].strip()}"
        if not is_label(joined[col]):
            return None
    # A label's first line over a whole label (`年初` over `预算数`) makes one label printed whole,
    # not a value over a label (`老年助餐服务` over `年初预算数`).
    completed = [col for col in whole if not is_label(labels[col])]
    # ... and so does a label printed twice in its row over a whole label under the second
    # (`指标值 | 指标值` over ` | 说明`: 指标值说明, a column no row labels twice; the target's
    # column comes first, so an end under the first was shifted left from under the second).
    completed += [col for col in whole if col not in completed and printed_before(labels, col)]
    # ... and so does a label's end that names another column alone but, joined, the label's
    # own (`指标` under `一级`: 一级指标, the 一级's column, not the name's).
    completed += [
        col
        for col in whole
        if col not in completed
        and column_roles(joined[col]) == column_roles(labels[col]) != column_roles(below[col])
    ]
    if not all(is_exact_label(joined[col]) for col in completed):
        return None
    if not completed and not any(
        not is_label(labels[col]) or column_roles(joined[col]) != column_roles(labels[col])
        for col in ends
    ):
        return None
    if whole and not (is_grid_header(tuple(joined)) or _money_headings_row(joined)):
        return None
    return tuple(joined)


def _money_headings_row(cells: list[str]) -> bool:
    """Whether a row is a money block's label and its measure headings (`项目资金（万元） | |
    年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`)."""
    filled = [(col, text) for col, text in enumerate(cells) if text.strip()]
    return len(filled) > 2 and money_headings(filled[1:])


@functools.lru_cache(maxsize=2**14)
def _scope_line(row) -> str | None:
    """`长期绩效指标` / `年度绩效指标` printed alone above an indicator table, or after the block's
    label (`绩效指标 | 总体绩效指标`): its scope."""
    filled = [t for t in row.cells if t.strip()] if row is not None else []
    if not filled or not all(map(is_block_label, filled)):
        return None
    scopes = {scope for text in filled if (scope := label_scope(text))}
    return scopes.pop() if len(scopes) == 1 else None


def _opens_block(row) -> bool:
    """After indicators, a 项目名称 label (alone, or before its value in one cell:
    `项目名称：林业有害生物防治`) or a title line (`is_title_row`) starts the next table's block;
    a note under the table (`is_footer`: `注：本表反映项目支出绩效自评情况。`) naming a title's
    words does not."""
    first = row.cells[0].strip()
    return bool(first) and (
        names_project(first) or (is_title_row(row.cells) and not is_footer(first))
    )


def _table_unit(table: CellTable) -> str | None:
    for row in table.rows:
        for text in row.cells:
            unit = amounts.line_unit(text)
            if unit:
                return unit
    return None


_GRADES = frozenset(map(compact, vocab.GRADE_LABELS))


def _grade(first: str, row: CellRow) -> tuple[str, str] | None:
    """A self-evaluation's grade under its 总分 (`自评等级 | 优`) as the project's field:
    (its label, the grade); None for any other row or a grade left blank."""
    given = [text.strip() for text in row.cells if text.strip() and text.strip() != first.strip()]
    return (first.strip(), " ".join(given)) if compact(first) in _GRADES and given else None


def read_table(table: CellTable, fiscal_year: int | None = None) -> TableRead:
    """Everything one table says, as layout-neutral records (see the module docstring); a
    packed department table is left to `extract.py` (layout `packed-cell`, nothing read).
    `fiscal_year` is the manifest's, if any; else a block's year is the one its title states:
    it tells which of several years' target columns are the table's (`other_years`)."""
    if is_packed(table):
        return TableRead(table.source_file, table.index, "packed-cell", "targets", table.title, None,
                         None, (), (), (), (), ())  # fmt: skip
    unit = _table_unit(table)
    projects: list[Project] = []
    subtotals, leftovers, findings, labels = [], [], [], []
    layouts: list[str] = []  # each block's, the first grid's
    department = None
    roles: set[str] = set()  # the roles of every column and money cell: the document type
    # Page numbers a converter left between rows (`— 2 —`) are recognised, as the packed reader
    # does, and taken out first: a page may break anywhere, between a label and its value too.
    # A row of page furniture with a hosting site's marker glued to its end is one too; and so
    # is a row numbering the columns under their labels (`1 | 2 | … | 8`, a 决算 form's).
    glued: list[str] = []
    numbers: list[str] = []
    rows = []
    for row in map(_copies_blanked, table.rows):
        number = page_marker(row.cells)
        if number is None and (unmarked := _unmarked(row, glued)) is not row:
            row, number = unmarked, page_marker(unmarked.cells)
        if number is not None:
            numbers.append(number)
        elif not numbers_columns(row.cells):
            rows.append(row)
    labels.extend([*numbers, *glued])
    rows, legends = levels_from_legend(rows)
    labels.extend(legends)
    rows, replaced = _unwrapped(_spelled_down(pieces.stacked_before(rows, is_exact_label)))
    rows = _points_apart(rows)
    blocks = [_copies_dropped(part) for block in _blocks(rows) for part in _restored(block)]
    for number, block in enumerate(blocks, start=1):
        header = read_header_block(block.header, unit, fiscal_year or stated_year(table.title))
        roles.update(role for a in header.amounts for role in (a.role, a.column))
        unit = unit or header.currency_unit
        leftovers.extend(header.leftovers)
        labels.extend(header.labels_seen + header.titles)
        department = department or header.single.get("department")
        findings.extend(LayoutFinding("label_unknown", line, f"label {label!r} is not in the layout "
                        "vocabulary; its value is kept as a field") for line, label in header.unknown_labels)  # fmt: skip
        findings.extend(LayoutFinding("goals_joined", line, f"{first!r} and {second!r} are printed "
                        f"one after the other over one text: nothing tells where the {first} ends, "
                        f"so the text is kept whole as the {second} and the {first} is left empty; "
                        "compare with the published table") for line, first, second in header.goals_joined)  # fmt: skip
        findings.extend(LayoutFinding("amount_year_unmatched", line, (
            f"the money block prints a row a year ({'、'.join(years)}) and "
            f"{'the table states no year of its own' if year is None else f'none is the table’s {year}'}"
            ": no figure is read as the year's money (they are kept in projects.extra_columns); "
            "check the file's fiscal_year in data/raw/sources.csv"))
            for line, years, year in header.years_unmatched)  # fmt: skip
        if header.total_from_costs is not None:
            findings.append(LayoutFinding("total_from_cost_block", header.total_from_costs, (
                "the form prints no total of its own: the project's total is its cost block's "
                "合计, what its budget is made of; compare with the published table")))  # fmt: skip
        if not block.grids:
            if number > 1 and _lone_line(block, header):
                leftovers.extend(Leftover(row.line, row.location, text, "a note under the table")
                                 for row in block.header for text in row.cells if text.strip())  # fmt: skip
                continue
            if header.labels_seen or any("绩效" in t for t in header.titles):
                findings.append(_unrecognised(block.header[0].line, header))
            leftovers.extend(_unplaced(header, block.header[0].line if block.header else 0))
            continue
        # A title the format did not set apart (a workbook's first row) is among the block's.
        titles = " ".join(filter(None, (table.title, *header.titles)))
        # A block without header rows (a table opening with its column labels) is where they are.
        # A form printing no 项目名称 may name its project in its title: the block's own, or the
        # file's for the first block.
        naming = [*header.titles, *([table.title] if number == 1 and table.title else [])]
        base = _project(header, titles, naming, (block.header or [block.grids[0][0]])[0].line)
        # Indicators are gathered beside their projects and set on them once, at the end.
        mine: tuple[Indicator, ...] = ()
        listed: list[tuple[Project, tuple[Indicator, ...]]] = []
        summed = 0  # the listed projects above the last 合计 row below their indicators
        year = fiscal_year or stated_year(titles)  # the block's, for its target columns' years
        closed, total_points, total_score, total_line = number < len(blocks), None, None, None
        column_totals: list[tuple[str, str]] = []  # the total row's figures under other columns
        first_grid = None  # the block's layout is named by its first grid (`_layout_name`)
        for (grid_header, rows, _), scope in zip(
            block.grids,
            _grid_scopes(block.grids, header.goal_order or [*header.goals]),
            strict=True,
        ):
            grid = plan_columns(grid_header, rows, header.goal_order, scope, year)
            findings.extend(_other_years_finding(grid, grid_header.line, year))
            if grid.value_inferred:
                findings.append(LayoutFinding("value_column_inferred", grid_header.line, (
                    f"column {grid.value_inferred.label!r} is not a known label of the targets, "
                    "but the table has no other target column and its cells read as targets: "
                    "they are read as the annual targets; compare with the published table")))  # fmt: skip
            if grid.weight_inferred:
                findings.append(LayoutFinding("weight_column_inferred", grid_header.line, (
                    f"column {grid.weight_inferred.label!r} is not a known label of the weights, "
                    "but the table has no other weight column and its figures add up to a "
                    "project's full weight: they are read as the weights; compare with the "
                    "published table")))  # fmt: skip
            roles.update(c.role for c in grid.columns)
            if grid.value_actual:  # `年度指标值/实际完成值`: the actual in the target's cells
                roles.add("actual")
            if base.block_label is None and (label := self_evaluation.block_label(grid)):
                base = replace(base, block_label=label)
            labels.extend(c.label for c in grid.columns)
            findings.extend(
                LayoutFinding("column_unknown", grid_header.line, f"column {c.label!r} is not a "
                              "known indicator-table label; its cells are kept in "
                              "indicators.extra_columns")
                for c in grid.columns if c.role is None and c not in grid.recipients
            )  # fmt: skip
            first_grid = first_grid or grid
            rows, wrapped = unwrap_rows(
                grid, targets_parted(grid, gaps_closed(grid, rows)), tuple(header.goals.values())
            )
            rows = centred_levels(grid, levels_at_span_foot(grid, rows))
            reader = GridReader(grid, unit, widths=project_widths(grid, rows))
            start = grid_header.line
            findings.extend(wrapped)
            notes = _closing_notes(rows)
            for index, row in enumerate(rows):
                first = row_label(grid, row.cells, is_footer)
                if _opens_a_level(grid, row.cells, first):
                    first = ""
                if index >= notes and not is_footer(first):
                    closed = True
                    leftovers.extend(Leftover(row.line, row.location, text, "a note under the table")
                                     for text in row.cells if text.strip())  # fmt: skip
                    continue
                if is_footer(first):
                    closed = True
                    opened, summed = listed[summed:], len(listed)
                    if graded := _grade(first, row):
                        labels.append(first)
                        column_totals.append(graded)
                        continue
                    figure = _total_figure(grid, row, unit) if grid.lists_projects else None
                    if figure and (money := _closing_total(row, opened, figure)):
                        listed[-1] = (replace(listed[-1][0], amounts=money), listed[-1][1])
                        labels.append(first)
                        continue
                    if figure:
                        subtotals.append(_grand_total(grid, row, figure))
                        labels.append(first)
                        leftovers.extend(
                            Leftover(row.line, row.location, f"{label}: {text}",
                                     TOTAL_UNDER_UNKNOWN)
                            for label, text in figure[4]
                        )  # fmt: skip
                        continue
                    # `合计 | 100` under a form's indicators gives their points; in a list of
                    # projects a 合计 is money (a subtotal), left as it was printed.
                    points, scored = (
                        (None, None)
                        if grid.lists_projects
                        else self_evaluation.points_row(row, grid)
                    )
                    read = ()
                    # `合计 | 100 | 95` (or `自评得分：95`): its label, points and score are read;
                    # a second such row is kept as a note, like any other line below the
                    # indicators.
                    if (points is not None or scored is not None) and total_line is None:
                        labels.append(first)
                        total_points, total_score, total_line = points, scored, row.line
                        read = (fold(first), points, scored)
                    # In the row read, a figure under a column of the table is that column's
                    # total (a 得分率 or 完成率 of the whole), kept as the project's field
                    # (`得分率（合计）`), not a sign-off.
                    for col, t in enumerate(row.cells):
                        if not t.strip() or fold(t) in read:
                            continue
                        if read and col < grid.width and is_number(t):
                            column_totals.append((f"{_column_label(grid, col)}（{first}）", t))
                        else:
                            leftovers.append(Leftover(row.line, row.location, t, "sign-off line"))
                    continue
                labels.extend(filter(is_block_label, row.cells))
                events, lost = reader.read(row)
                leftovers.extend(lost)
                for kind, payload in events:
                    if kind == "project":
                        listed.append((_listed_project(payload, base, grid, unit), ()))
                    elif kind == "project_completed":
                        listed[-1] = (_listed_project(payload, base, grid, unit), listed[-1][1])
                    elif kind == "subtotal":
                        subtotals.append(payload)
                    elif kind == "finding":
                        findings.append(payload)
                    elif not grid.lists_projects:
                        mine = _merge(mine, payload, start)
                    elif listed:
                        last, theirs = listed[-1]
                        listed[-1] = (last, _merge(theirs, payload, start))
                    else:
                        leftovers.extend(Leftover(payload.line, payload.location, text,
                                                  "an indicator before any project row")
                                         for text in _texts(payload))  # fmt: skip
            leftovers.extend(reader.finish())
        if first_grid is not None:
            layouts.append(_layout_name(first_grid, base, mine))
        labels.extend(text for row in block.page_tops for text in row.cells if text.strip())
        if total_score is None and header.score_total:
            total_line, total_score = header.score_total
        base = replace(
            base,
            indicators=serials_unglued(mine),
            total_points=total_points,
            total_score=total_score,
            total_line=total_line,
            complete=closed,
            fields=base.fields + tuple(column_totals),
        )
        listed = [replace(project, indicators=serials_unglued(theirs), block_label=base.block_label,
                          complete=closed or index < len(listed) - 1)
                  for index, (project, theirs) in enumerate(listed)]  # fmt: skip
        listed, units = _funding_units(listed, unit)
        subtotals.extend(units)
        if listed and not base.indicators:  # the header's fields belong to no listed project
            leftovers.extend(
                _unplaced(header, block.header[0].line if block.header else 0, listed=True)
            )
        projects.extend([base, *listed] if base.indicators or not listed else listed)
    labels.extend(replaced)
    unit = unit or next((a.unit for p in projects for a in p.amounts if a.unit), None)
    layout = ",".join(dict.fromkeys(layouts))
    return TableRead(
        source_file=table.source_file, table_index=table.index, layout=layout or "unrecognised",
        document_type=self_evaluation.document_type(roles) if layout else None, title=packed.without_table_number(table.title), department=department, currency_unit=unit, projects=tuple(projects),
        subtotals=tuple(subtotals), leftovers=tuple(leftovers), findings=tuple(findings),
        labels=tuple(labels),
    )  # fmt: skip


def _column_label(grid: Grid, col: int) -> str:
    """The label of the grid's column `col` (empty for one no label names)."""
    return next((c.label for c in grid.columns if c.col == col), "")


def _texts(record) -> list[str]:
    """Every text a record holds (its cells), for a leftover that keeps all of them."""
    out = []
    for name in record.__dataclass_fields__:
        value = getattr(record, name)
        if isinstance(value, str) and name != "location":
            out.append(value)
        elif isinstance(value, tuple):
            out.extend(text for pair in value for text in pair[1:])
    return out


def _closing_notes(rows) -> int:
    """Where the sentences under a table's last indicator begin (`以上指标经领导班子集体研究确定。`):
    the index of the first of the rows at its end that each print one cell ending a sentence
    (`layout_labels.SENTENCE_ENDS`, which no name or target printed alone ends with), or a
    footer (sign-offs, notes: `is_footer`; a row of sign-off cells: `signs_off`; a field stated
    alone, `填报单位：某局`); len(rows) when none does. A footer printed alone
    on its row (`填表说明：`) heads the one-cell rows under it too, ended or not (its numbered
    notes: `3.权重合计为100%`). A row of sign-offs under the indicators' total row (合计, 总分:
    `POINTS_TOTAL_LABELS`) ends the form: every row after it is a note (a page's own table under
    the form, `公开目录 | 自评报告 | 发布日期`, saved with it). Not one with no total above it: a
    text run together may print the next form's rows under it (`申报单位：… 填报人：…`)."""
    totalled = next(
        (at for at, row in enumerate(rows)
         if is_points_total(next((t for t in row.cells if t.strip()), ""))),
        len(rows),
    )  # fmt: skip
    start = next(
        (at for at, row in enumerate(rows[totalled:], start=totalled)
         if signs_off([t for t in row.cells if t.strip()])),
        len(rows),
    )  # fmt: skip
    while start:
        filled = [text.strip() for text in rows[start - 1].cells if text.strip()]
        if not filled or not (
            is_footer(filled[0])
            or signs_off(filled)
            or (len(filled) == 1 and filled[0].endswith(vocab.SENTENCE_ENDS))
            or (len(filled) == 1 and packed.LABELLED_LINE.fullmatch(filled[0]))
        ):
            break
        start -= 1
    for at in range(start - 1, -1, -1):
        filled = [text for text in rows[at].cells if text.strip()]
        if len(filled) != 1:
            break
        if is_footer(filled[0]):
            start = at
    return start


def _lone_line(block: _Block, header: HeaderFields) -> bool:
    """Whether a block after a table's indicators is one line of words and no label: a sentence
    under the table that names its title's words (`以上绩效目标经领导班子研究确定。`), not the
    title of a table that follows."""
    return len(block.header) == 1 and not header.labels_seen


def _other_years_finding(grid: Grid, line: int, year: int | None) -> list[LayoutFinding]:
    """What became of target columns of other years than the table's (`Grid.other_years`):
    a note when the table's own year's are read, else a warning that none is."""
    if not grid.other_years:
        return []
    labels = "、".join(repr(_column_label(grid, col)) for col in grid.other_years)
    if grid.role_columns("value"):
        return [LayoutFinding("target_year_other", line, f"the targets under {labels} are of "
                f"another year than the table's {year}; they are kept in "
                "indicators.extra_columns")]  # fmt: skip
    which = "states no year of its own" if year is None else f"is of {year}"
    return [LayoutFinding("target_year_unmatched", line, f"the targets under {labels} are of "
            f"several years and the table {which}: none is read as its targets (they are kept in "
            "indicators.extra_columns); check the file's fiscal_year in "
            "data/raw/sources.csv")]  # fmt: skip


def _unrecognised(line: int, header: HeaderFields) -> LayoutFinding:
    """At the first line of the block whose labels match no layout."""
    seen = ", ".join(dict.fromkeys(fold(label) for label in header.labels_seen)) or "none"
    return LayoutFinding("layout_unrecognised", line, f"a performance table whose labels match no known "
                         f"layout (no indicator header row with 三级指标/指标名称 and 指标值); labels seen: {seen}")  # fmt: skip


def _unplaced(header: HeaderFields, line: int, listed: bool = False) -> list[Leftover]:
    """The values a header block read that no project holds (no indicator table follows it, or
    the table lists its own projects): kept as leftovers. Above a list of projects, its
    department (`部门名称：某县农业农村局`) is the document's, placed there: no leftover."""
    single = [
        value for role, value in header.single.items() if not (listed and role == "department")
    ]
    values = [*single, *header.goals.values(), *(v for _, v in header.fields)]
    values += [a.text for a in header.amounts if a.text]
    return [
        Leftover(line, None, value, "a field of a table that matches no layout") for value in values
    ]


def _layout_name(grid, project: Project, indicators: tuple[Indicator, ...]) -> str:
    """The layout a block's first grid and what it read make: a grid with no level columns is a
    flat list unless its rows print levels before the names (then a form)."""
    if grid.lists_projects:
        return "indicator-rows"
    if project.project_kind == "department":
        return "department-overall"
    if not grid.has_levels and not any(i.level1_raw or i.level2_raw for i in indicators):
        return "flat-list"
    return "project-form"


def _project(header: HeaderFields, title: str, naming: list[str], line: int) -> Project:
    """The project a block's header gives; one printing no name is the department's where the
    title says 部门整体 or the header names a department, else it is named by its `naming`
    titles where one quotes its name (`lines.title_project_name`)."""
    single = header.single
    name = single.get("project_name")
    words = matchable(title)
    wide = any(word in words for word in vocab.DEPARTMENT_WIDE_WORDS)
    regional = any(word in words for word in vocab.REGIONAL_WORDS)
    by_department = "department" in single and not regional
    titled = None if name or wide or regional else title_project_name(naming)
    kind = "department" if name is None and not titled and (wide or by_department) else "project"
    name = name or titled
    fields = list(header.fields)
    if "parent_project" in single:
        fields.append(("一级项目名称", single["parent_project"]))
    return Project(
        name=name, project_kind=kind, supervising_department=single.get("department"),
        implementing_unit=single.get("impl_unit"), funding_unit=None, period_text=single.get("period"),
        period_start=single.get("period_start"), period_end=single.get("period_end"),
        annual_goal=header.goals.get("annual"), period_goal=header.goals.get("period"),
        actual_goal=header.goals.get("actual"), amounts=tuple(header.amounts), fields=tuple(fields),
        indicators=(), line=line, item_totals=tuple(header.item_totals),
    )  # fmt: skip


def _listed_project(payload, base: Project, grid: Grid, unit: str | None) -> Project:
    """A project of a one-row-per-indicator list; its total's unit is the cell's own, else the
    one its column's label prints (`预算数(元)`), else the table's. A self-evaluation's list
    prints the money spent in columns of their own (全年预算数, 全年执行数, 执行率): they are the
    measures of the project's total row, as a form's money block prints them, and so are the
    points of its execution (`预算执行得分`); a total (预算数)
    beside what was spent is the year's budget (全年预算数), as in a form's money block; the
    columns of its sources of funds (财政拨款, 其他资金) are its parts, as a money block's rows."""
    cells, line = payload
    spent = any(role in grid.by_role for role in ("executed", "execution_rate"))
    measure = {"total": "budget_adjusted" if spent else None, **vocab.LIST_MONEY_POINTS}
    columns: dict[str | None, Column] = {}  # per cell, its column (a role's first)
    for column in grid.columns:
        if column.role in (
            "total",
            *vocab.LIST_FUND_ROLES,
            *vocab.SPENDING_ROLES,
            *vocab.LIST_MONEY_POINTS,
        ):
            columns.setdefault(project_key(column), column)
    # A total column of the 中期 beside the year's (`中期资金总额 | 年度资金总额`) is the period's;
    # alone (`项目总投资`), it is the project's total as any list's.
    beside = sum(c.role == "total" for c in columns.values()) > 1
    money = tuple(
        Amount(vocab.LIST_FUND_ROLES.get(c.role, "total"),
               (beside and c.role == "total" and label_scope(c.label)) or "annual",
               None if c.role in vocab.LIST_FUND_ROLES else measure.get(c.role, c.role), c.label,
               cells[key], amounts.cell_unit(cells[key]) or amounts.label_unit(c.label) or unit,
               line)
        for key, c in columns.items()
        if cells.get(key) and c.label
    )  # fmt: skip
    # The source of funds a project's row names (`资金来源 | 中央补助`): kept as its field.
    sources = tuple(
        (c.label, cells[project_key(c)])
        for c in grid.columns
        if c.role == "fund_source" and cells.get(project_key(c))
    )
    return replace(base, name=cells.get("project_name"), project_kind="project",
                   funding_unit=cells.get("department") or None, implementing_unit=cells.get("impl_unit")
                   or base.implementing_unit, period_text=cells.get("period") or base.period_text,
                   annual_goal=cells.get("goal_annual") or None,
                   period_goal=cells.get("goal_period") or base.period_goal, amounts=money,
                   fields=base.fields + sources, indicators=(), line=line)  # fmt: skip


def _funding_units(listed: list[Project], unit: str | None) -> tuple[list[Project], list[Subtotal]]:
    """A list's projects less the rows that are a 资金使用单位's subtotal, where one column names
    units and projects alike (the seed's `项目名称（资金使用单位）`): a row printing an amount and
    no goal nor indicator whose amount is the sum of the amounts of the projects after it, up to
    the next such row (one at least, each printing an amount), or whose name ends as an
    organisation's does (`某县农业技术推广中心`: its subtotal then checked against them, not taken
    for a project of no indicators); those projects are the unit's."""
    out: list[Project] = []
    subtotals: list[Subtotal] = []
    at = 0
    while at < len(listed):
        row, total = listed[at], _listed_total(listed[at])
        end = next((k for k in range(at + 1, len(listed)) if not listed[k].indicators), len(listed))
        below = [_listed_total(project) for project in listed[at + 1 : end]]
        if (
            row.indicators or row.annual_goal or total is None
            or not below or None in below
            or (sum(b[0] for b in below) != total[0] and not names_unit(row.name))
        ):  # fmt: skip
            out.append(row)
            at += 1
            continue
        parts = tuple((a.role, a.text) for a in row.amounts if a.role in vocab.FUND_PART_ROLES)
        subtotals.append(
            Subtotal(row.name or "", total[1], total[2] or unit, row.line, parts=parts)
        )
        out.extend(
            replace(p, funding_unit=p.funding_unit or row.name) for p in listed[at + 1 : end]
        )
        at = end
    return out, subtotals


def _listed_total(project: Project) -> tuple[Decimal, str, str | None] | None:
    """A listed project's one printed total: in 万元, as printed, and its unit."""
    totals = [a for a in project.amounts if a.role == "total"]
    if len(totals) != 1 or (wan := amounts.to_wan(totals[0].text, totals[0].unit)) is None:
        return None
    return wan, totals[0].text, totals[0].unit


# A list's 合计 row read (`_total_figure`): its total column's label, the figure and its unit;
# each source of funds' part (role, label, figure); each figure under a column of no known label
# (label, figure).
_TotalFigure = tuple[str, str, str | None, tuple[tuple[str, str, str], ...], list[tuple[str, str]]]


def _closing_total(row, opened, figure: _TotalFigure) -> tuple[Amount, ...]:
    """The total of a list's project that printed no money on its rows, from the 合计 row below
    its indicators (`合计 | | … | 528.60`, the name printed only where it changes): the row's one
    figure under the total column, and those under its sources of funds. Only for the one
    project `opened` since the last such row: a 合计 below several projects is their sum, no
    one's (`_grand_total`)."""
    if len(opened) != 1 or opened[0][0].amounts or figure[4]:
        return ()
    label, text, unit, parts, _ = figure
    return tuple(
        Amount(role, "annual", None, label, text, unit, row.line)
        for role, label, text in (("total", label, text), *parts)
    )


def _grand_total(grid: Grid, row, figure: _TotalFigure) -> Subtotal:
    """A list's 合计 row whose one figure stands under the total column, no one project's
    (`_closing_total`): the sum of the projects it heads or closes, checked against them; a
    小计's (`packed.subtotal_unit`) the sum of a 资金使用单位's, those since the subtotal before."""
    _, text, unit, parts, _ = figure
    label = row_label(grid, row.cells, is_footer)
    if packed.subtotal_unit(label) == "" and (department := _department_cell(grid, row)):
        label = department + label  # `某局 | 小计 | 120.00`: 某局's
    kind = "grand_total" if packed.subtotal_unit(label) is None else "funding_unit"
    return Subtotal(
        label, text, unit, row.line, kind, tuple((role, part) for role, _, part in parts)
    )


def _department_cell(grid: Grid, row) -> str:
    """A row's cell under the list's department column (单位名称), where it opens the row and
    a total's word follows it (`某局 | 小计 | 120.00`); empty otherwise."""
    filled = [(col, text) for col, text in enumerate(row.cells) if text.strip()]
    opens = filled and any(c.col == filled[0][0] for c in grid.role_columns("department"))
    return filled[0][1].strip() if opens and len(filled) > 1 and is_footer(filled[1][1]) else ""


def _total_figure(grid: Grid, row, unit: str | None) -> _TotalFigure | None:
    """A 合计 row's one figure under a list's total column (its column's label, the figure and
    its unit), the figures under the list's sources of funds beside it (`LIST_FUND_ROLES`:
    their part's role, their column's label, the figure), and those under columns of no known
    label (their label, the figure: `其中：中央 | 省级 | 县级`, which no source of funds names);
    None where another cell prints something or one of them is no amount. Figures standing
    left of the total column, the first
    under no column of money (the label's cell merged across the project's columns, dropped as
    a page copied from a browser drops it: `合计 | 6,598,600.00 | | …`), are read moved right
    until the first stands under it."""
    column = grid.by_role.get("total")
    if not column:
        return None
    funds = {c.col: c for role in vocab.LIST_FUND_ROLES for c in grid.role_columns(role)}
    filled = [(col, text) for col, text in enumerate(row.cells) if text.strip()]
    if _department_cell(grid, row):
        filled = filled[1:]  # the unit's name before its 小计 is no figure
    # The label written into every cell its merge spans (`合计 | 合计 | 712.98`) is no figure.
    figures = [(col, text) for col, text in filled[1:] if text != filled[0][1]]
    if figures and (shift := column[0].col - figures[0][0]) > 0:
        money = {column[0].col, *funds}
        if figures[0][0] not in money and figures[-1][0] + shift < grid.width:
            figures = [(col + shift, text) for col, text in figures]
    unknown = {c.col: c.label for c in grid.columns if c.role is None}
    totals = [(col, text) for col, text in figures if col not in funds and col not in unknown]
    if len(totals) != 1 or totals[0][0] != column[0].col:
        return None
    if not all(is_amount(text) for _, text in figures):
        return None
    label, text = column[0].label, totals[0][1]
    parts = tuple(
        (vocab.LIST_FUND_ROLES[funds[col].role], funds[col].label, figure)
        for col, figure in figures
        if col in funds
    )
    apart = [(unknown[col], figure) for col, figure in figures if col in unknown]
    return label, text, amounts.cell_unit(text) or amounts.label_unit(label) or unit, parts, apart


def _merge(
    indicators: tuple[Indicator, ...], piece: Indicator, grid_line: int
) -> tuple[Indicator, ...]:
    """Add an indicator piece, joining it to one of the same name that lacks its target and says
    nothing else differently: the 中期 and 年度 groups of one row, or separate 长期 and 年度 tables
    (an indicator of an earlier table). A piece with no target joins only the other groups of
    its row (a name printed once for both, its values left empty). Two rows of one table are
    never joined. The notes of separate tables' rows (`_SCOPED_NOTES`: a 备注 on the 长期
    target, another on the 年度) may differ: both are kept, the earlier first; and so may their
    levels as written, where they name one category (`产出（工作量）指标` over the 长期 rows,
    `产出指标` over the 年度), the earlier kept."""
    scope = (
        "annual"
        if piece.annual_target is not None
        else "period"
        if piece.period_target is not None
        else None
    )
    for index, known in enumerate(indicators):
        apart = known.line != piece.line  # rows of separate tables
        if (
            not (known.line == piece.line or (scope and known.line < grid_line))
            or (scope and getattr(known, _SCOPED[scope]) is not None)
            or name_key(known.name) != name_key(piece.name)
            or any(
                _differ(getattr(known, f), getattr(piece, f))
                for f in _JOINED_TEXTS
                if not (apart and (f in _SCOPED_NOTES or f in _LEVELS))
            )
            or (apart and any(_levels_differ(known, piece, *level) for level in _LEVELS.items()))
        ):
            continue
        joined = {}
        for name in _INDICATOR_FIELDS:
            mine, theirs = getattr(known, name), getattr(piece, name)
            joined[name] = (
                mine + theirs if isinstance(mine, tuple) else theirs if mine is None else mine
            )
            if name in _SCOPED_NOTES and _differ(mine, theirs):
                joined[name] = f"{mine}{_NOTES_JOINER}{theirs}"
        return (*indicators[:index], Indicator(**joined), *indicators[index + 1 :])
    return (*indicators, piece)


_INDICATOR_FIELDS = tuple(Indicator.__dataclass_fields__)


# Fields two pieces of one indicator must not disagree on (each may leave them empty).
_JOINED_TEXTS = ("level1_raw", "level2_raw", "weight", "standard", "explanation", "direction",
                 "actual", "score", "score_coefficient", "deviation", *SPLIT_PARTS_FIELDS)  # fmt: skip


# The notes two rows of separate 长期 and 年度 tables may print differently, each on its own
# target, and what joins them.
_SCOPED_NOTES = ("standard", "explanation")
_NOTES_JOINER = "；"


def _differ(mine, theirs) -> bool:
    return mine is not None and theirs is not None and mine != theirs


# The levels as written, and which level each is.
_LEVELS = {"level1_raw": 1, "level2_raw": 2}


def _levels_differ(known: Indicator, piece: Indicator, field_name: str, level: int) -> bool:
    """Whether two pieces' levels as written (`field_name`, of `level`) differ: by the
    category they name where both name one, else as written."""
    mine, theirs = getattr(known, field_name), getattr(piece, field_name)
    categories = (canonical_level(mine, level), canonical_level(theirs, level))
    if None not in categories:
        return categories[0] != categories[1]
    return _differ(mine, theirs)


def project_amounts(
    project: Project, table_unit: str | None = None
) -> dict[str, Decimal | str | None]:
    """The project's money in 万元 from its money cells, each beside its printed text
    (`<name>_raw`, every cell that prints something, joined by ` + `): `total` (年度) is a
    printed annual (or unscoped) total, else a self-evaluation's 全年(调整)预算数, else, when
    the total is blank or absent, the sum of the parts if every part printed a figure (derived:
    `total_raw` stays None, so that it is never checked against the parts it was made of);
    several figures beside one label on one row are different measures and add up to None
    (`several_figures`: their line, label and printed figures, for a finding), and so are a
    money block's figures where not one was taken (under headings of no measure read here,
    `_figures_untaken`: never dropped silently); a total, fund
    source or measure printed as no amount (`约120`, `120,5`) is None with its text kept, and
    no total is made of the parts beside one printed so (`unreadable`: line, label, text);
    `period` (中期) and `period_parts` (its parts' labels and cells); `fiscal` and `other`, the
    sums of the annual 财政拨款 and 其他资金 cells that print a figure (`shares`: whether those
    are only shares by level of government, which need not make up the printed total:
    `_shares_only`); a self-evaluation's `budget_initial`,
    `budget_adjusted`, `executed`. None where the cells do not say. Annual cells are those scoped
    年度, else the unscoped ones (which are the 中期 ones when a 年度 group is printed beside them).
    `table_unit` is the unit of cells that print none and sit in a table that prints none either."""

    def wan(amount):
        """The cell's amount in 万元."""
        return amounts.to_wan(amount.text, amount.unit or table_unit) if amount.text else None

    def measure(name):
        found = [a for a in project.amounts if wan(a) is not None and a.scope != "period"
                 and (a.role == name or (a.role == "total" and a.column == name))]  # fmt: skip
        return found[:1]

    several: dict[tuple[int, str], str] = {}  # (line, label) -> the figures it prints

    def summed(cells) -> tuple[Decimal | None, str | None]:
        figures = [wan(a) for a in cells if wan(a) is not None]
        raw = " + ".join(a.text for a in cells if a.text.strip()) or None
        if repeated := _one_label_several_figures([a for a in cells if wan(a) is not None]):
            for key in repeated:
                several[key] = " + ".join(a.text for a in cells if (a.line, a.label) == key)
            return None, raw
        return (sum(figures, Decimal(0)) if figures else None), raw

    # A form's money under the year's request beside last year's figures (`本年度申请金额`), no
    # execution beside it: the project's money, as a money block with no measure's heading.
    measures = {a.column for a in project.amounts}
    requested = "budget_initial" in measures and not measures & {"budget_adjusted", "executed"}
    plain = [a for a in project.amounts if a.column in (None, "money_heading", "money_scope")
             or (requested and a.column == "budget_initial")]  # fmt: skip
    totals = _annual_and_period([a for a in plain if a.role == "total" and wan(a) is not None])
    parts, period_parts = _annual_and_period(amounts.fund_parts(plain))
    money = {
        "total": summed((totals[0] or measure("budget_adjusted") or measure("budget_initial"))[:1]),
        "period": summed(totals[1][:1]),
        "fiscal": summed([a for a in parts if a.role == "fiscal_part"]),
        "special": summed([a for a in parts if a.role == "special_part"]),
        "other": summed([a for a in parts if a.role == "other_part"]),
        **{name: summed(measure(name)) for name in ("budget_initial", "budget_adjusted", "executed")},
    }  # fmt: skip
    unreadable = [a for a in project.amounts if a.role in _READ_ROLES
                  and a.column in _FIGURE_COLUMNS and amounts.is_unreadable(a.text)]  # fmt: skip
    _, funds = self_evaluation.money_block(project)
    if not funds and not several and not unreadable:  # fund rows: their measures, read below
        several.update(_untaken(money, [a for a in project.amounts if wan(a) is not None]))
    printed = [a for a in unreadable if a.role == "total" and a.scope != "period"][:1]
    if money["total"][0] is None and printed:
        money["total"] = (None, printed[0].text)
    elif money["total"][0] is None and parts and all(wan(a) is not None for a in parts):
        money["total"] = (summed(parts)[0], None)  # None when a part is several figures
    if funds and not any(money[name][1] for name in self_evaluation.AMOUNT_MEASURES):
        # A self-evaluation's money block with fund rows and no total row that prints a measure:
        # the fund rows are the project's money (derived: no `_raw`, so never checked against
        # the rows it was made of).
        for name, amount in self_evaluation.fund_sums(funds, table_unit).items():
            money[name] = (amount, None)
        if money["total"] == (None, None):
            money["total"] = money["budget_adjusted"]
    return {
        **{key: value for name, (amount, raw) in money.items()
           for key, value in ((name, amount), (f"{name}_raw", raw))},
        "shares": _shares_only(totals[0], parts),
        # The 中期 total's parts (`项目资金总额 | 1,260` over `其中：财政资金 | 1,200`): no column
        # holds them; the project's fields, by the total's label and theirs.
        "period_parts": tuple(
            (f"{totals[1][0].label if totals[1] else '中期'}/{a.label}", a.text)
            for a in period_parts
            if a.text.strip()
        ),
        # The parts itemising another (`其他资金` over `其中：上年结转`; `财政资金 | 其中：中央补助 |
        # 自治区补助`), counted in it: a self-evaluation's are amount rows (`fund_items`), a
        # form's its fields.
        "item_parts": ()
        if self_evaluation.measured(project.amounts)
        else tuple((a.label, a.text) for a in amounts.itemising_parts(plain) if a.text.strip()),
        "several_figures": tuple((line, label, raw) for (line, label), raw in several.items()),
        "unreadable": tuple((a.line, a.label, a.text) for a in unreadable),
    }  # fmt: skip


def _untaken(money: dict, figures: list[Amount]) -> dict[tuple[int, str], str]:
    """The figures of a money block that were printed and not taken, by (line, label): every
    figure where none was (headings that say no measure read here: `全周期资金总额 | 年度资金总额`
    over `资金总额 | 960.00 | 320.00`, which is the year's no heading says), else a part's
    figures under a total's heading where no part was (`其中：财政拨款 | 6,180.00 | 2,068.60`
    under `中期资金总额 | 年度资金总额` beside a block label not known as money's)."""
    if not any(raw for _, raw in money.values()):
        return dict(_figures_untaken(figures))
    if any(money[name][1] for name in ("fiscal", "special", "other")):
        return {}
    parts = [a for a in figures if a.role in vocab.FUND_PART_ROLES and a.column == "total"]
    return dict(_figures_untaken(parts))


def _shares_only(totals: list[Amount], parts: list[Amount]) -> bool:
    """Whether a total's parts are only shares by level of government (`SHARE_PART_LABELS`:
    中央补助, 省级财政安排 …) under a total that is not their 合计: parts the form does not claim
    make up the whole."""
    return (
        bool(totals and parts)
        and all(compact(a.label) in vocab.SHARE_PART_LABELS for a in parts)
        and not any(compact(a.label) in vocab.MONEY_BLOCK_TOTAL_LABELS for a in totals)
    )


# Money cells that print a figure to read: their roles (not a block's headings or details), and
# the columns they stand in (not a self-evaluation's 执行率, 分值, 得分 or reasons).
_READ_ROLES = ("total", *vocab.FUND_PART_ROLES)
_FIGURE_COLUMNS = (None, "money_heading", "money_scope", "budget_initial", "budget_adjusted",
                   "executed")  # fmt: skip


def _figures_untaken(cells: list[Amount]) -> list[tuple[tuple[int, str], str]]:
    """The money figures of a block of which none was taken, by (line, label): each label's
    figures on its row joined, in the order printed."""
    figures: dict[tuple[int, str], list[str]] = {}
    for amount in cells:
        if amount.role in _READ_ROLES:
            figures.setdefault((amount.line, amount.label), []).append(amount.text)
    return [(key, " + ".join(texts)) for key, texts in figures.items()]


def _one_label_several_figures(cells: list[Amount]) -> list[tuple[int, str]]:
    """The (line, label) of each label that prints several figures on its row (`财政拨款 |
    250 | 100` under headings not read): they are different measures (中期 and 年度, say),
    never added up."""
    seen = [(a.line, a.label) for a in cells]
    return sorted({key for key in seen if seen.count(key) > 1})


def _annual_and_period(cells: list[Amount]) -> tuple[list[Amount], list[Amount]]:
    """The cells of the 年度 scope (scoped so, else unscoped) and of the 中期 scope (scoped so,
    else the unscoped ones when 年度 cells of their kind are printed beside them: `财政拨款`
    beside `当年财政拨款`; an unscoped part of another kind, `上年结转` beside `本年财政资金`, is
    one of the year's parts)."""
    annual = [a for a in cells if a.scope == "annual"]
    unscoped = [a for a in cells if a.scope is None]
    if not annual:
        return unscoped, [a for a in cells if a.scope == "period"]
    paired = {a.role for a in annual}
    period = [a for a in cells if a.scope == "period"] or [a for a in unscoped if a.role in paired]
    return annual + [a for a in unscoped if a.role not in paired], period
