"""Read floor, text tables drawn with box-drawing characters: the grid their rules draw.

A console tool, a converter or a 公文 system's text export prints a table as lines of
box-drawing characters (制表符, U+2500–U+257F): rule lines of `─` between the rows, joined by
`┌ ┬ ┼ ├ ┤ ┴ └ ┘`, and text lines whose cells stand between `│`s. `box_parts` finds such tables
in a text (a `.txt`, or a web page's `<pre>`) and reads each as the grid its rules draw:

- the columns are cut where any rule line or text line of the table draws a vertical rule,
  positions counted in the width a fixed-pitch font gives (a CJK character two columns; a
  box-drawing character one, or two as Chinese fonts draw them: the width under which every
  text line's `│`s stand where the rules' joins do, tried in that order; a table neither
  width aligns is not read as one);
- a row is the text lines between two rule lines, a cell's lines joined as every reader joins
  them (`grid.join_lines`); a text line without a `│` where the rule lines cut a column
  spans its cell over both columns (a merged cell across);
- a cell under a rule line that draws no rule over it (spaces where the `─`s would be) goes
  on the cell above it (a merged cell down), its text, if any, joined to that cell's.

The lines around a table (its title above, its notes below) are kept as lines. A text with no
such table, or whose rule lines draw no grid its text lines fit, gives None: it is read as
the text it is.

A table drawn in ASCII (`+----+----+` rule lines, `|` between cells, `=` or `:` in a header's
rule, as a database console, a grid-table writer or a plain-text mail prints one) is read as
the same box drawn with box-drawing characters (`ASCII_BOX`): lines that open and close with
such a rule line, every line between a rule or one opening with `|`. Only `|` parts a text
line's cells there: a `+` or `-` in a cell (`3+2`, `2024-2026`) is its text.
"""

import html
import itertools
import unicodedata
from dataclasses import dataclass

from pipeline.cells import CellRow
from pipeline.read import grid

_FIRST, _LAST = 0x2500, 0x257F  # the Unicode block of box-drawing characters

# The box-drawing character each character of an ASCII-drawn table's rule lines stands for;
# on its text lines only `|` is drawn.
ASCII_BOX = {"+": "┼", "-": "─", "=": "═", ":": "─", "|": "│"}
_ASCII_TEXT = str.maketrans({"|": ASCII_BOX["|"]})
_ASCII_RULE = str.maketrans(ASCII_BOX)


@dataclass(frozen=True)
class BoxCell:
    """A cell of a box-drawn table, in the row it starts in."""

    column: int
    text: str
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class BoxTable:
    """A box-drawn table: its rows' cells (each in the row it starts in), the line each row
    starts on (1-based) and its width in columns."""

    rows: tuple[tuple[BoxCell, ...], ...]
    lines: tuple[int, ...]
    width: int


def box_parts(text: str) -> list[tuple[int, str] | BoxTable] | None:
    """The text's lines outside its box-drawn tables, as (line number, text), and its tables,
    in order; None where it holds no box-drawn table read whole (see the module docstring)."""
    lines = _ascii_drawn(text.splitlines())
    parts: list[tuple[int, str] | BoxTable] = []
    found = False
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and _in_table(lines[end]):
            end += 1
        if end > at:
            table = _table(lines[at:end], at + 1)
            if table is None:
                return None
            parts.append(table)
            found = True
            at = end
            continue
        if lines[at].strip():
            parts.append((at + 1, lines[at].strip()))
        at += 1
    return parts if found else None


def _ascii_drawn(lines: list[str]) -> list[str]:
    """The lines, each table drawn in ASCII among them drawn with box-drawing characters (see
    the module docstring); the others as they are."""
    rules = [is_ascii_rule(line) for line in lines]
    out, at = list(lines), 0
    while at < len(lines):
        if not rules[at]:
            at += 1
            continue
        end = at + 1
        while end < len(lines) and (rules[end] or lines[end].lstrip().startswith("|")):
            end += 1
        while end - 1 > at and not rules[end - 1]:
            end -= 1  # a table ends on its last rule line
        if end - 1 > at:
            out[at:end] = [
                line.translate(_ASCII_RULE if rule else _ASCII_TEXT)
                for line, rule in zip(lines[at:end], rules[at:end], strict=True)
            ]
        at = end
    return out


def is_ascii_rule(line: str) -> bool:
    """An ASCII-drawn rule line (`+----+----+`, `|    +----+`): its characters of `ASCII_BOX`
    and spaces only, a `+` joining rules and a `-` or `=` drawing one."""
    drawn = line.strip()
    return (
        drawn[:1] in ("+", "|")
        and "+" in drawn
        and ("-" in drawn or "=" in drawn)
        and all(char in ASCII_BOX or char == " " for char in drawn)
    )


def is_box_char(char: str) -> bool:
    return _FIRST <= ord(char) <= _LAST


def _name(char: str) -> str:
    return unicodedata.name(char, "") if is_box_char(char) else ""


def _vertical(char: str) -> bool:
    """Whether a box-drawing character draws a rule up or down from its place."""
    name = _name(char)
    return any(word in name for word in ("VERTICAL", " UP", " DOWN"))


def _horizontal(char: str) -> bool:
    """Whether a box-drawing character draws a rule left or right from its place."""
    name = _name(char)
    return any(word in name for word in ("HORIZONTAL", " LEFT", " RIGHT"))


def _is_rule(line: str) -> bool:
    """A rule line: box-drawing characters and spaces, one of them a horizontal rule."""
    drawn = line.strip()
    return (
        bool(drawn)
        and all(is_box_char(c) or c == " " for c in drawn)
        and any(_horizontal(c) for c in drawn)
    )


def _in_table(line: str) -> bool:
    """A rule line, or a text line that opens with a vertical rule."""
    drawn = line.strip()
    return _is_rule(line) or (bool(drawn) and _vertical(drawn[0]) and not _horizontal(drawn[0]))


def _places(line: str, box_width: int) -> list[tuple[int, str]]:
    """Each character of a line with the column it starts at."""
    places, column = [], 0
    for char in line:
        places.append((column, char))
        if is_box_char(char):
            column += box_width
        else:
            column += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return places


def _table(lines: list[str], first: int) -> BoxTable | None:
    """The table the lines draw (see the module docstring), None where they draw no grid."""
    rules = [n for n, line in enumerate(lines) if _is_rule(line)]
    if len(rules) < 2 or rules[0] != 0 or rules[-1] != len(lines) - 1:
        return None
    for box_width in (1, 2):
        placed = [_places(line, box_width) for line in lines]
        cuts = sorted({column for n in rules for column, char in placed[n] if _vertical(char)})
        texts = [n for n in range(len(lines)) if n not in rules]
        if len(cuts) > 1 and all(
            {column for column, char in placed[n] if _vertical(char)} <= set(cuts) for n in texts
        ):
            return _grid(placed, rules, cuts, first)
    return None


def _grid(
    placed: list[list[tuple[int, str]]], rules: list[int], cuts: list[int], first: int
) -> BoxTable | None:
    """The rows and cells the rule lines `rules` and the cuts between columns draw."""
    width = len(cuts) - 1
    owner: list[list[int]] = []  # per row, per column: the index in `cells` of its cell
    cells: list[list] = []  # [row, column, lines, rowspan, colspan]
    starts: list[int] = []
    for above, below in itertools.pairwise(rules):
        if below == above + 1:
            continue  # two rule lines together draw no row
        row = len(owner)
        band = placed[above + 1 : below]
        bars = {column for column, char in band[0] if _vertical(char)}
        if any({column for column, char in line if _vertical(char)} != bars for line in band):
            return None  # a row's lines cutting its cells apart unlike each other
        ruled = {column for column, char in placed[above] if _horizontal(char)}
        owned: list[int] = []
        for c in range(width):
            joined = c and cuts[c] not in bars
            goes_on = row and not any(cuts[c] < column < cuts[c + 1] for column in ruled)
            if goes_on:
                index = owner[row - 1][c]
                if c and owned[-1] != index and joined:
                    return None  # a cell merged down and across unlike the one above
                if not owned or owned[-1] != index:
                    cells[index][3] += 1
            elif joined:
                index = owned[-1]
                cells[index][4] += 1
            else:
                index = len(cells)
                cells.append([row, c, [], 1, 1])
            owned.append(index)
        owner.append(owned)
        starts.append(first + above + 1)
        for index in dict.fromkeys(owned):
            start = cuts[cells[index][1]]
            end = cuts[cells[index][1] + cells[index][4]]
            for line in band:
                text = "".join(char for column, char in line if start < column < end).strip()
                if text:
                    cells[index][2].append(text)
    rows: list[list[BoxCell]] = [[] for _ in owner]
    for row, column, texts, rowspan, colspan in cells:
        rows[row].append(BoxCell(column, grid.join_lines(texts), rowspan, colspan))
    return BoxTable(tuple(tuple(r) for r in rows), tuple(starts), width)


def box_cell_rows(parts: list[tuple[int, str] | BoxTable]) -> list[CellRow]:
    """The rows of a text's parts (`box_parts`): a line outside the tables a row of one cell;
    a table's rows as wide as it, a cell's text in its first column, the columns it spans
    across empty, those it goes on down empty and marked merged."""
    rows = []
    for part in parts:
        if isinstance(part, tuple):
            rows.append(CellRow(cells=(part[1],), line=part[0], lone=True))
            continue
        last: dict[int, int] = {}  # column -> the last row a cell merged down covers
        for row, (cells, line) in enumerate(zip(part.rows, part.lines, strict=True)):
            texts = [""] * part.width
            merged = [last.get(column, -1) >= row for column in range(part.width)]
            for cell in cells:
                texts[cell.column] = cell.text
                for column in range(cell.column, cell.column + cell.colspan):
                    last[column] = row + cell.rowspan - 1
            rows.append(CellRow(cells=tuple(texts), line=line, merged=tuple(merged)))
    return rows


def box_html(table: BoxTable) -> str:
    """A box-drawn table as the HTML `<table>` it draws."""
    return (
        "<table>"
        + "".join(
            "<tr>"
            + "".join(
                f"<td rowspan={cell.rowspan} colspan={cell.colspan}>{html.escape(cell.text)}</td>"
                for cell in cells
            )
            + "</tr>"
            for cells in table.rows
        )
        + "</table>"
    )
