"""Layout readers, the first repair of a table's rows: a cell a converter printed one character a
line put back together.

A vertical cell, merged down several rows (`绩效指标` down the first column, a 一级 `产出指标` down
its block), comes out of many converters as one character a line: either on lines of its own
before the row it heads (`stacked_before`), or one piece on each row of its span
(`spelled_down`). Both take what the pieces must spell together (a known label, a level name),
so that any other run of short cells (units, marks, one-character names) stays as printed.
`recognise` puts labels back before it cuts a table into blocks, `indicator_grid` level cells
before it fills them down.
"""

from collections.abc import Callable
from dataclasses import replace

from pipeline.cells import cell_at


def stacked_before(rows, spells: Callable[[str], bool]) -> list:
    """The rows with a cell printed one character a line before its row put back: a run of
    one-character lines that, with the next row's first cell, `spells` a label (`绩`, `效`, `指`
    over `标 | 一级指标 …`) becomes that cell; any other run stays as printed."""
    out, stack = [], []
    for row in rows:
        first = row.cells[0].strip() if row.cells else ""
        if len(row.cells) == 1 and len(first) == 1:
            stack.append(row)
            continue
        if stack:
            spelled = "".join(r.cells[0].strip() for r in stack) + first
            if first and spells(spelled):
                row, stack = replace(row, cells=(spelled, *row.cells[1:])), []
            out.extend(stack)
            stack = []
        out.append(row)
    return out + stack


def spelled_down(rows, col: int, is_piece: Callable, spells: Callable[[str], bool]) -> list:
    """The rows with a cell printed a piece a row down column `col` put back whole on the first
    row of its span: in a run of rows that hold a piece there (`is_piece(row)`), the most first
    pieces that `spells` accepts together become the first one's cell and leave the others'
    cells empty, as a merged cell's rows below it are; then the next pieces, and so on. Pieces
    that spell nothing stay as printed."""
    rows = list(rows)
    start = 0
    while start < len(rows):
        end = start
        while end < len(rows) and is_piece(rows[end]):
            end += 1
        if end - start < 2:  # no run of pieces starts here (most rows)
            start += 1
            continue
        pieces = [cell_at(row.cells, col) for row in rows[start:end]]
        size = next((n for n in range(len(pieces), 1, -1) if spells("".join(pieces[:n]))), 0)
        rows[start : start + size] = [
            _with_cell(row, col, "".join(pieces[:size]) if index == 0 else "")
            for index, row in enumerate(rows[start : start + size])
        ]
        start += max(size, 1)
    return rows


def _with_cell(row, col: int, text: str):
    return replace(row, cells=(*row.cells[:col], text, *row.cells[col + 1 :]))
