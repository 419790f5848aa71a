"""Layout floor, level codes: a table printing its indicators' levels as codes (`A1`) in a column
of their own, with a legend line above it naming each code's level (`指标代码：A 产出指标（A1
数量指标，A2 质量指标）；B 效益指标（B1 社会效益指标）`).

`levels_from_legend` runs on a table's rows before its blocks are cut (`recognise.read_table`).
The legend is a row of one cell opening with a code column's label (`vocab.LEVEL_CODE_LABELS`)
and naming two levels or more of the taxonomy, each after its code. Under it, the row of column
labels holding that label gets two columns before it, 一级指标 and 二级指标
(`vocab.LEVEL_CODE_COLUMNS`), and every row below gets there the levels its code stands for: the
code's own name and that of the longest code it extends (`A1` under `A`); a row whose code stands
before the column, shifted left by a converter that dropped the cells merged down before it, is
put back first. The code column stays as
printed (its cells kept in `extra_columns`), and the legend's row is taken out, its text returned
as a recognised label. A code the legend does not name is its row's 一级 as printed: no level is
guessed, nor filled down from the rows above. A table with no legend, or no code column under it, is as printed.
"""

import re
from dataclasses import replace

from pipeline.cells import CellRow, cell_at
from pipeline.labels.columns import column_roles, compact, fold
from pipeline.labels.grid_rows import canonical_level
from pipeline.vocab import layout_labels as vocab

# A code and the level's name after it (`A1 数量指标`, `B：效益指标`, `11、数量指标`).
_CODED_NAME = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]\d*|\d+)\s*[:.、]?\s*([\u4e00-\u9fff]+)")
_LABELS = frozenset(map(compact, vocab.LEVEL_CODE_LABELS))


def levels_from_legend(rows: list[CellRow]) -> tuple[list[CellRow], list[str]]:
    """The rows with the levels a legend gives their codes, and the legend's text (see the
    module docstring)."""
    for at, row in enumerate(rows):
        if not (codes := _legend(row)):
            continue
        legend = next(text for text in row.cells if text.strip())
        for labels in range(at + 1, len(rows)):
            if (col := _code_column(rows[labels])) is not None:
                heads = _inserted(rows[labels], col, vocab.LEVEL_CODE_COLUMNS)
                coded = [_inserted(row, col, _levels(cell_at(row.cells, col), codes))
                         for row in (_in_place(row, col, codes) for row in rows[labels + 1 :])]  # fmt: skip
                return [*rows[:at], *rows[at + 1 : labels], heads, *coded], [legend]
        return rows, []
    return rows, []


def _legend(row: CellRow) -> dict[str, str]:
    """A legend's codes and the levels they name; empty for any other row."""
    filled = [text for text in row.cells if text.strip()]
    if len(filled) != 1:
        return {}
    label, colon, text = fold(filled[0]).partition(":")
    if not colon or compact(label) not in _LABELS:
        return {}
    codes = {
        code.upper(): name
        for code, name in _CODED_NAME.findall(text)
        if canonical_level(name, 1) or canonical_level(name, 2)
    }
    return codes if len(codes) > 1 else {}


def _code_column(row: CellRow) -> int | None:
    """The column of a row of column labels that heads the codes, where another names an
    indicator column."""
    cells = [compact(text) for text in row.cells]
    col = next((col for col, text in enumerate(cells) if text in _LABELS), None)
    others = any(column_roles(text) for at, text in enumerate(row.cells) if at != col)
    return col if col is not None and others else None


def _levels(code: str, codes: dict[str, str]) -> tuple[str, str]:
    """The 一级 and 二级 a code stands for: a code extending another (`A1` of `A`) names the
    二级 under the other's 一级; a code of its own the 一级 alone. A code the legend does not
    name stands as printed in the 一级's cell, so that no level above is filled down onto it."""
    if code.upper() not in codes:
        return code, ""
    code = code.upper()
    parent = next((code[:end] for end in range(len(code) - 1, 0, -1) if code[:end] in codes), None)
    return (codes[parent], codes[code]) if parent else (codes[code], "")


def _in_place(row: CellRow, col: int, codes: dict[str, str]) -> CellRow:
    """The row with its code under the code column: a row whose first filled cell is a code of
    the legend before that column, where the column holds none, was shifted left by a converter
    that dropped the cells merged down before it (a list's project name and amount, printed on
    the project's first row only), and gets that many empty cells back at its start."""
    if cell_at(row.cells, col).strip().upper() in codes:
        return row
    at = next((at for at, text in enumerate(row.cells[:col]) if text.strip()), None)
    if at is None or row.cells[at].strip().upper() not in codes:
        return row
    cells = ("",) * (col - at) + row.cells
    while len(cells) > len(row.cells) and not cells[-1].strip():
        cells = cells[:-1]
    merged = (False,) * (col - at) + row.merged if row.merged else ()
    return replace(row, cells=cells, merged=merged[: len(cells)])


def _inserted(row: CellRow, col: int, cells: tuple[str, str]) -> CellRow:
    """The row with two cells put before column `col` (nothing where the row ends before it)."""
    if col >= len(row.cells):
        return row
    merged = (*row.merged[:col], False, False, *row.merged[col:]) if row.merged else ()
    return replace(row, cells=(*row.cells[:col], *cells, *row.cells[col:]), merged=merged)
