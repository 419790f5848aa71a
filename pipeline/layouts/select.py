"""Layout floor, first step: which of a file's tables are performance tables, and the note
for the others.

The readers (`pipeline.read`) give every table a file holds. A file may hold other tables
beside its performance tables: a budget disclosure's 收支总表, 支出表, 目录, cover and prose (a
PDF), a workbook's other sheets, a web page's layout tables, an evaluation report's table of
scores by 一级指标. A table is a performance table when it prints an indicator column below
the 一级 (二级指标, 三级指标, 指标名称) or a 一级指标 column with a target column (指标值), is
the packed department table, or a layout reader recognises it. The others are set aside, never
read as projects, each with a `table_set_aside` info finding naming where it is and what it
begins with (`set_aside_notes`), then the notes its reader left on it, as a table kept gives
them: what the reader made of the file holds whichever table carries it (a PDF's radicals read
as ideographs, a workbook's hidden sheet). A reader may leave a note for the case a table is
set aside (`SET_ASIDE_RULE`: the PDF reader's lines of a page that may be the indicator rows of
the table before it); on a table kept, it is dropped.

A table may run on from another with nothing between them: a 自评表 whose title is a row
merged across its grid, printed right below a 项目支出决算表 so that the two grids are one. Its
title row opens it (`opened_below`): the rows above it are a table of their own when they hold
rows of several cells and are no performance table, and the rows under it name a project or a
department; a title row printed right of empty cells that every row under it leaves empty
too opens a table whatever the rows above it (a form set one column further right, below a
budget table on its sheet). A table may run on below a performance table too: a sheet holding
a whole disclosure, its budget tables after its forms. A row titling another table
(`某局2024年项目支出表`, naming no 绩效) closes the performance table above it
(`closed_above`) when the rows from it print rows of several cells, no level name and no
performance table. A form may print a period's section (`年度目标`, its money, goal and
indicators) as a table of its own after the table of its head and its other section: that
table goes on with the project (`_sections_joined`).
"""

from dataclasses import replace
from typing import NamedTuple

from pipeline.cells import CellRow, CellTable
from pipeline.labels.columns import compact, field_roles, fold
from pipeline.labels.grid_rows import (
    INDICATOR_ROLES,
    canonical_level,
    is_grid_header,
    is_packed,
    opens_section,
    table_roles,
)
from pipeline.labels.lines import is_title_row, opens_document_part, titles_other_table
from pipeline.layouts import read_table
from pipeline.read import read_file, reader_notes
from pipeline.read.grid import printed_title, without_margin
from pipeline.rows import finding
from pipeline.vocab.labels import TITLE_MAX_LENGTH
from pipeline.vocab.layout_labels import SCOPED_GOAL_LABELS

# A table that prints an indicator column (`INDICATOR_ROLES`) is a performance table; one that
# prints only the 一级 of them, with no target column, is a table of scores by 一级指标 (分值,
# 得分) that a report gives of its tables.
TARGET_ROLES = frozenset(("value",))
# How many rows of several cells above a title row make a table of their own (its labels row
# and at least one row under it); the title row opens a form when the rows under it name its
# project or department (not a title printed again over the rows of the same form).
OWN_TABLE_ROWS = 2
NAMING_ROLES = frozenset(("project_name", "department"))
# ... and what a form's head prints besides, its money and its goals (`_heads_joined`).
HEAD_ROLES = frozenset(("total", "money_block", "goal_annual", "goal_period"))
# How many of a set-aside table's first texts its note quotes, and how much of each.
NOTE_LABELS, NOTE_LABEL_LENGTH = 3, 30
# The rule of the notes a reader leaves on a table for the case it is set aside.
SET_ASIDE_RULE = "table_set_aside"


class FileTables(NamedTuple):
    """A file's tables: the performance tables to read, and the others, set aside; `none_are`
    when the file holds several tables and none of them is a performance table (all are then
    in `tables`, for the readers to say what they are)."""

    tables: tuple[CellTable, ...]
    set_aside: tuple[CellTable, ...]
    none_are: bool = False


def is_performance(table: CellTable) -> bool:
    """Whether the table is a performance table (see the module docstring)."""
    printed = table_roles(table)
    indicators = printed & INDICATOR_ROLES
    if indicators - {"level1"} or (indicators and printed & TARGET_ROLES):
        return True
    return is_packed(table) or read_table(table).layout != "unrecognised"


def file_tables(source_file: str, data: bytes) -> FileTables:
    """A raw file's cell tables (`pipeline.read.read_file`), the performance tables apart from
    the others (`split_tables`)."""
    return split_tables(read_file(source_file, data))


def split_tables(tables: tuple[CellTable, ...], opened: bool = True) -> FileTables:
    """A file's tables (`pipeline.read.read_file`'s), each opened below its title rows (where
    `opened`: a text's are split at each title printed again already, `text_cells`) and closed
    above the title of another table, as the performance tables and the tables set aside. A file
    with one table, or with no performance table, keeps them all, for the layout readers to say
    what they are."""
    tables = tuple(
        part
        for table in tables
        for below in (opened_below(table) if opened else (table,))
        for part in closed_above(below)
    )
    wanted = [is_performance(table) for table in tables] if len(tables) > 1 else []
    if wanted:
        tables, wanted = _heads_joined(tables, wanted)
    if not any(wanted):
        return FileTables(tables, (), none_are=bool(wanted))
    return FileTables(
        _sections_joined([_kept(t) for t, keep in zip(tables, wanted, strict=True) if keep]),
        tuple(t for t, keep in zip(tables, wanted, strict=True) if not keep),
    )


def _heads_joined(
    tables: tuple[CellTable, ...], wanted: list[bool]
) -> tuple[tuple[CellTable, ...], list[bool]]:
    """The tables, a form's head printed as a table of its own joined to the indicator table
    right after it (a PDF drawing the head and the grid apart: 北林's department, tasks, money
    and goal, then `一级指标 | 二级指标 | …`): a table set aside that names its project or
    department and prints its money or goal, before a performance table naming neither whose
    first row is its indicator header."""
    out: list[CellTable] = []
    kept: list[bool] = []
    for table, keep in zip(tables, wanted, strict=True):
        first = _first_filled(table)
        if (
            keep
            and out
            and not kept[-1]
            and is_grid_header(first)
            and not table_roles(table) & NAMING_ROLES
            and table_roles(out[-1]) & NAMING_ROLES
            and table_roles(out[-1]) & HEAD_ROLES
        ):
            out[-1] = replace(out[-1], rows=out[-1].rows + table.rows,
                              notes=out[-1].notes + table.notes)  # fmt: skip
            kept[-1] = True
        else:
            out.append(table)
            kept.append(keep)
    return tuple(out), kept


def _first_filled(table: CellTable) -> tuple[str, ...]:
    """The cells of the table's first row printing any text."""
    return next((row.cells for row in table.rows if any(c.strip() for c in row.cells)), ())


def _sections_joined(tables: list[CellTable]) -> tuple[CellTable, ...]:
    """The performance tables, each that goes on from the one before it joined to it: one
    naming no project nor department whose first row opens a section of one period
    (`grid_rows.opens_section`: `年度目标` over its money, goal and indicators, a Word form
    printing its 中期 and 年度 sections as tables of their own), after one naming its project."""
    out: list[CellTable] = []
    for table in tables:
        first = _first_filled(table)
        if (
            out
            and opens_section(first)
            and not table_roles(table) & NAMING_ROLES
            and table_roles(out[-1]) & NAMING_ROLES
        ):
            out[-1] = replace(out[-1], rows=out[-1].rows + table.rows,
                              notes=out[-1].notes + table.notes)  # fmt: skip
        else:
            out.append(table)
    return tuple(out)


def _kept(table: CellTable) -> CellTable:
    """A performance table without the notes its reader left for the case it is set aside."""
    notes = tuple(note for note in table.notes if note[0] != SET_ASIDE_RULE)
    return table if notes == table.notes else replace(table, notes=notes)


def opened_below(table: CellTable) -> tuple[CellTable, ...]:
    """The table, or the table above its first title row and the table that row opens (see
    the module docstring), the second numbered as the first is."""
    several = 0
    for k, row in enumerate(table.rows):
        indented = k > 0 and _indented_title(table.rows[k:])
        if indented or (several >= OWN_TABLE_ROWS and _opens_table(row.cells)):
            above = replace(table, rows=table.rows[:k], notes=())
            rows = without_margin(table.rows[k:]) if indented else table.rows[k:]
            below = replace(table, rows=tuple(rows), title=printed_title(rows))
            if is_performance(above) or not table_roles(below) & NAMING_ROLES:
                return (table,)
            return above, below
        several += sum(1 for cell in row.cells if cell.strip()) > 1
    return (table,)


def _opens_table(cells: tuple[str, ...]) -> bool:
    """Whether a row prints a title alone, no longer than a title is, whose first word labels
    no field: `年度绩效目标` alone over its goal (a form's header printed one cell a line; `年 度
    绩 效 目 标` spaced out) names the goal, and `项目绩效目标 新建…` is the goal's label and text
    joined by a space, no table."""
    if not is_title_row(cells):
        return False
    text = fold(cells[0])
    head = text.split()[0].partition(":")[0]
    labels = field_roles(text) or field_roles(head) or compact(head) in SCOPED_GOAL_LABELS
    return len(compact(text)) <= TITLE_MAX_LENGTH and not labels


def _indented_title(rows: tuple[CellRow, ...]) -> bool:
    """Whether the rows open with a title right of empty cells that every row of several
    cells under it leaves empty too (`grid.without_margin`): a table placed further right on
    its sheet than the one above it, whatever that one's rows."""
    cells = rows[0].cells
    filled = tuple(text for text in cells if text.strip())
    if cells[0].strip() or len(filled) != 1 or not is_title_row(filled):
        return False
    return is_title_row(without_margin(rows)[0].cells)


def closed_above(table: CellTable) -> tuple[CellTable, ...]:
    """The table, or a performance table and the table stacked below it (a sheet holding a
    whole disclosure, its budget tables after its forms): from the first row titling another
    table (`lines.titles_other_table`) under which rows of several cells print no level name
    and no performance table, or opening the document's next part (`lines.opens_document_part`:
    `第四部分 情况说明`, its prose a line a row) under which no level name nor performance table
    is printed either, the second numbered as the first is."""
    for k, row in enumerate(table.rows):
        part = k > 0 and opens_document_part(row.cells)
        if not k or not (part or titles_other_table(row.cells)):
            continue
        below = replace(table, rows=table.rows[k:], title=printed_title(table.rows[k:]), notes=())
        several = sum(sum(1 for cell in r.cells if cell.strip()) > 1 for r in below.rows)
        levels = any(
            canonical_level(cell, level) for r in below.rows for cell in r.cells for level in (1, 2)
        )
        if (several < OWN_TABLE_ROWS and not part) or levels or is_performance(below):
            continue
        above = replace(table, rows=table.rows[:k])
        return (above, below) if is_performance(above) else (table,)
    return (table,)


def set_aside_notes(document_id: str, tables: tuple[CellTable, ...]) -> list[dict]:
    """One `table_set_aside` finding per table set aside, at its first row: where it runs
    (`p4 line 1 to p5 r12`, `收支总表 r1 to 收支总表 r9`) and its first texts; then the notes
    its reader left on it."""
    notes = []
    for table in tables:
        if not table.rows:
            continue
        first, last = table.rows[0], table.rows[-1]
        where = first.where if first.where == last.where else f"{first.where} to {last.where}"
        texts = dict.fromkeys(cell for row in table.rows for cell in row.cells if cell.strip())
        labels = " | ".join(_cut(text) for text in list(texts)[:NOTE_LABELS])
        notes.append(
            finding(
                document_id,
                SET_ASIDE_RULE,
                f"not a performance table, set aside: {where}: {labels}",
                source_file=table.source_file,
                source_line=first.line,
            )
        )
        notes += reader_notes(document_id, (table,))
    return notes


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_LABEL_LENGTH else text[: NOTE_LABEL_LENGTH - 1] + "…"
