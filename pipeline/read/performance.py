"""Read floor: which of a file's tables are performance tables, and the note for the others.

A file may hold other tables beside its performance tables: a budget disclosure's 收支总表,
支出表, 目录, cover and prose (a PDF), a workbook's other sheets, a web page's layout tables, an
evaluation report's table of scores by 一级指标. A table is a performance table when it prints
an indicator column below the 一级 (二级指标, 三级指标, 指标名称) or a 一级指标 column with a
target column (指标值), is the packed department table, or a layout reader recognises it. The
others are set aside, never read as projects, each with a `table_set_aside` info finding
naming where it is and what it begins with (`set_aside_notes`).

A table may run on from another with nothing between them: a 自评表 whose title is a row
merged across its grid, printed right below a 项目支出决算表 so that the two grids are one. Its
title row opens it (`opened_below`): the rows above it are a table of their own when they hold
rows of several cells and are no performance table, and the rows under it name a project or a
department.
"""

from dataclasses import replace

from pipeline.cells import CellTable
from pipeline.layouts import read_table
from pipeline.layouts.columns import column_roles, field_roles
from pipeline.layouts.header_block import is_title_row
from pipeline.layouts.recognise import is_packed
from pipeline.read.grid import printed_title
from pipeline.rows import finding

# Indicator columns: a table that prints one of these is a performance table; one that prints
# only the 一级 of them, with no target column, is a table of scores by 一级指标 (分值, 得分) that
# a report gives of its tables.
INDICATOR_ROLES = frozenset(("level1", "level2", "level3"))
TARGET_ROLES = frozenset(("value",))
# How many rows of several cells above a title row make a table of their own (its labels row
# and at least one row under it); the title row opens a form when the rows under it name its
# project or department (not a title printed again over the rows of the same form).
OWN_TABLE_ROWS = 2
NAMING_ROLES = frozenset(("project_name", "department"))
# How many of a set-aside table's first texts its note quotes, and how much of each.
NOTE_LABELS, NOTE_LABEL_LENGTH = 3, 30


def roles(table: CellTable) -> set[str]:
    """The column and field roles the table's cells name."""
    return {role for row in table.rows for cell in row.cells
            for role in (*column_roles(cell), *field_roles(cell))}  # fmt: skip


def is_performance(table: CellTable) -> bool:
    """Whether the table is a performance table (see the module docstring)."""
    printed = roles(table)
    indicators = printed & INDICATOR_ROLES
    if indicators - {"level1"} or (indicators and printed & TARGET_ROLES):
        return True
    return is_packed(table) or read_table(table).layout != "unrecognised"


def split_tables(
    tables: tuple[CellTable, ...],
) -> tuple[tuple[CellTable, ...], tuple[CellTable, ...]]:
    """A file's tables as (performance tables, tables set aside). A file with one table, or
    with no performance table, keeps them all, for the layout readers to say what they are."""
    tables = tuple(part for table in tables for part in opened_below(table))
    if len(tables) < 2:
        return tables, ()
    wanted = [is_performance(table) for table in tables]
    if not any(wanted):
        return tables, ()
    return (
        tuple(t for t, keep in zip(tables, wanted, strict=True) if keep),
        tuple(t for t, keep in zip(tables, wanted, strict=True) if not keep),
    )


def opened_below(table: CellTable) -> tuple[CellTable, ...]:
    """The table, or the table above its first title row and the table that row opens (see
    the module docstring), the second numbered as the first is."""
    several = 0
    for k, row in enumerate(table.rows):
        if several >= OWN_TABLE_ROWS and is_title_row(row.cells):
            above = replace(table, rows=table.rows[:k], notes=())
            below = replace(table, rows=table.rows[k:], title=printed_title(table.rows[k:]))
            if is_performance(above) or not roles(below) & NAMING_ROLES:
                return (table,)
            return above, below
        several += sum(1 for cell in row.cells if cell.strip()) > 1
    return (table,)


def set_aside_notes(document_id: str, tables: tuple[CellTable, ...]) -> list[dict]:
    """One `table_set_aside` finding per table set aside, at its first row: where it runs
    (`p4 line 1 to p5 r12`, `收支总表 r1 to 收支总表 r9`) and its first texts."""
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
                "table_set_aside",
                f"not a performance table, set aside: {where}: {labels}",
                source_file=table.source_file,
                source_line=first.line,
            )
        )
    return notes


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= NOTE_LABEL_LENGTH else text[: NOTE_LABEL_LENGTH - 1] + "…"


def reader_notes(document_id: str, tables: tuple[CellTable, ...]) -> list[dict]:
    """The findings of what the reader made of the tables' cells (`CellTable.notes`)."""
    return [
        finding(document_id, rule, message, source_file=table.source_file, source_line=line,
                evidence=evidence)
        for table in tables
        for rule, line, message, evidence in table.notes
    ]  # fmt: skip
