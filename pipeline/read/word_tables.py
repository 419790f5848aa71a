"""Read floor: the tables of a Word document read from its marks, shared by the readers of
the formats that mark a table's cells and rows in the text rather than nest them as elements
(`pipeline.read.word97`, `pipeline.read.rtf`).

A reader opens a `Table` per nesting depth and hands it each cell's lines, the end of each cell
and, at a row's end, the row's cell edges and vertical merges; `closed` closes the tables
deeper than a paragraph's depth (`close_nested` the nested ones only, yielding nothing). A
table's columns are all the edges of its rows (edges this close are one), so a cell spanning
several gets its text in the first and empty cells after it (as a DOCX's `w:gridSpan`); a cell
that continues a vertical merge is empty and marked merged (the layout readers fill it from
above), as a DOCX's `w:vMerge`; the rows of a table nested in a cell follow the row of that
cell, as in a DOCX. A row whose edges do not go left to right (damage) has its cells placed in
order.
"""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.read.docx import Block
from pipeline.read.html import Grid, join_lines

# Cell edges (twips) this close are one column edge: rows drawn a hair apart.
EDGE_SLACK = 10


@dataclass
class Table:
    """A table being read: its rows (cells, edges, continued merges, and the rows of the
    tables nested in its cells), and the row and cell being read."""

    rows: list[tuple[list[str], tuple[int, ...], tuple[bool, ...], Grid]] = field(
        default_factory=list
    )
    cells: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    nested: Grid = field(default_factory=list)

    def end_cell(self) -> None:
        self.cells.append(join_lines(self.lines))
        self.lines = []

    def end_row(self, edges: tuple[int, ...], continued: list[bool]) -> None:
        """End the row being read: its cells' edges (one more than its cells) and which cells
        continue a vertical merge, as the row's definition gives them (none: the cells are
        placed in order)."""
        continued = (continued + [False] * len(self.cells))[: len(self.cells)]
        self.rows.append((self.cells, edges, tuple(continued), self.nested))
        self.cells, self.lines, self.nested = [], [], []

    def grid(self) -> Grid:
        """The table's rows on the columns of all its rows' edges, each followed by the rows
        of the tables nested in it (see the module docstring)."""
        edges = _snapped(sorted({edge for _, row_edges, _, _ in self.rows for edge in row_edges}))
        width = max([len(edges) - 1, *(len(cells) for cells, _, _, _ in self.rows)])
        grid: Grid = []
        for cells, row_edges, continued, nested in self.rows:
            texts, merged = [""] * width, [False] * width
            placed = len(row_edges) == len(cells) + 1 and _increasing(row_edges)
            for n, text in enumerate(cells):
                first, end = n, n + 1
                if placed:
                    first, end = _column(edges, row_edges[n]), _column(edges, row_edges[n + 1])
                texts[first] = "" if continued[n] else text
                for k in range(first, max(end, first + 1)):
                    merged[k] = continued[n]
            grid.append((tuple(texts), tuple(merged)))
            grid.extend(nested)
        return grid


def _increasing(edges: tuple[int, ...]) -> bool:
    """Whether a row's edges go left to right (a cell of no width aside), as a word processor
    writes them (a damaged file's may go back: its cells are then placed in order)."""
    return all(left <= right for left, right in itertools.pairwise(edges))


def _snapped(edges: list[int]) -> list[int]:
    snapped: list[int] = []
    for edge in edges:
        if not snapped or edge - snapped[-1] > EDGE_SLACK:
            snapped.append(edge)
    return snapped


def _column(edges: list[int], edge: int) -> int:
    """The column whose left edge is this one (or the nearest)."""
    return min(range(len(edges)), key=lambda n: abs(edges[n] - edge))


def close_nested(tables: list[Table], depth: int) -> None:
    """Close the open nested tables deeper than this depth: each one's rows go under the row of
    the table holding it."""
    while len(tables) > max(depth, 1):
        table = tables.pop()
        tables[-1].nested.extend(table.grid())


def closed(tables: list[Table], depth: int) -> Iterator[Block]:
    """Close the open tables deeper than this depth (`close_nested`), at depth 0 the outer
    table too, whose grid is yielded."""
    close_nested(tables, depth)
    if tables and not depth:
        yield (tables.pop().grid(),)
