"""Read stage, the seam between file formats and table layouts: tables of cells.

A format reader (`pipeline.read`: text, CSV, spreadsheets, web pages, PDF, Word and others)
turns one file into `CellTable`s: rows of cell texts, each row with where it came from. Layout
readers (`pipeline.layouts`) take it from there and never see the file format. Nothing here is
specific to text: `line` is the source line for line-based formats, `location` a human
address for others (`p3 r5`, `Sheet1 r7`).
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CellRow:
    """One table row as the source printed it.

    `merged` says, per cell, whether the cell is the continuation of a merged cell above it
    (True), not merged (False); it is empty when the source does not say (plain text).
    `lone` says that a text of tab-separated cells printed the row as a line without a tab: one
    cell, or the rest of a cell a converter broke onto a line of its own."""

    cells: tuple[str, ...]
    line: int
    location: str | None = None
    merged: tuple[bool, ...] = ()
    lone: bool = False

    @property
    def where(self) -> str:
        """The row's address for messages: its location if the source has one, else its line."""
        return self.location or str(self.line)


@dataclass(frozen=True, slots=True)
class CellTable:
    """One table of a file: its position in the file, its title as printed, its rows, and the
    reader's notes on them."""

    source_file: str
    index: int
    title: str | None
    rows: tuple[CellRow, ...]
    # What the reader made of a cell that a person should know, as (rule, line, message,
    # evidence): a finding each (an Excel date serial read as its date).
    notes: tuple[tuple[str, int, str, str], ...] = ()


def cell_at(cells: tuple[str, ...], col: int) -> str:
    """A row's cell in a column, stripped; empty where the row ends before it, or for a column
    before the row's first (a column counted back past it: never a cell from the row's end)."""
    return cells[col].strip() if 0 <= col < len(cells) else ""
