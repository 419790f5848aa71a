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
from dataclasses import dataclass, replace

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


def threaded_around(rows, begins: Callable[[str], bool], names: Callable[[str], bool],
                    heads: Callable[[str], bool], is_figure: Callable[[str], bool]) -> list:  # fmt: skip
    """The rows with a block of labels wrapped in narrow cells around their figures put back:
    in a run of rows of one cell each, whose words are figures and pieces of labels (`年度资金总`
    over `286.40` over `额`; `项目资 其中：财政 256.40` over `金（万 拨款` over `元） 上年结转资`:
    the block's label in a narrow column of its own beside its rows), each word goes on the
    label begun last that it continues (the two `begins` a label or make one that `names`
    accepts), or begins a label, and each figure goes to the label begun last that has none.
    Each label becomes a row on the row of its first piece, `label | figure` (the figure's
    cell empty where none is printed), after the block's label (`heads`) where one is printed.
    A run that puts back no label from pieces, gives no figure, or leaves a word unplaced or a
    label unfinished stays as printed. A row whose words spell a label spaced out (`其 他 资 金`)
    is that label."""
    out, run = [], []
    for row in [*rows, None]:
        if row is not None and sum(1 for text in row.cells if text.strip()) == 1:
            run.append(row)
            continue
        out.extend(_threaded(run, begins, names, heads, is_figure) or run)
        run = []
        if row is not None:
            out.append(row)
    return out


@dataclass
class _Threaded:
    """A label `threaded_around` puts back: its text so far, its figure, its first piece's
    row and how many pieces it took."""

    text: str
    row: object
    figure: str = ""
    pieces: int = 1


def _threaded(run, begins, names, heads, is_figure) -> list | None:
    """The rows `threaded_around` puts back from one run of one-cell rows, or None."""
    labels: list[_Threaded] = []
    for row in run:
        text = next(text for text in row.cells if text.strip())
        # A label spaced out whole (`其 他 资 金`) is one word.
        for word in [whole] if names(whole := "".join(text.split())) else text.split():
            if is_figure(word):
                label = next((label for label in reversed(labels) if not label.figure), None)
                if label is None:
                    return None
                label.figure = word
                continue
            label = next((label for label in reversed(labels)
                          if names(label.text + word) or begins(label.text + word)), None)  # fmt: skip
            if label is not None:
                label.text += word
                label.pieces += 1
            elif names(word) or begins(word):
                labels.append(_Threaded(word, row))
            else:
                return None
    block = [label for label in labels if heads(label.text) and not label.figure]
    items = [label for label in labels if label not in block]
    if (
        len(items) < 2
        or len(block) > 1
        or not all(names(label.text) for label in labels)
        or not any(label.pieces > 1 for label in labels)
        or not any(label.figure for label in items)
    ):
        return None
    head = [label.text for label in block]
    return [
        replace(
            label.row, cells=(*(head if index == 0 else [""] * len(head)), label.text, label.figure)
        )
        for index, label in enumerate(items)
    ]
