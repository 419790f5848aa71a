"""Read stage, text format: tab-separated lines -> `CellTable`s (for tests and text fixtures).

One line is one row, cells split on tabs; a line without a tab is a one-cell row (a title,
a unit line, a sign-off). Blank lines are dropped. A file may hold several tables back to
back: a table ends where its first line (its title) is printed again after rows of cells.
A new 项目名称 block inside one table is the layout readers' concern, not this reader's.

A spreadsheet saving a sheet as tab-separated text (Excel's "Unicode 文本", UTF-16) puts a
cell holding a comma or a quote in quotes, its own quotes doubled (`"1,580.00"`; `"三公"经费`
with three quotes before 三公 and two after): such a cell is read as the text it holds. A cell
that only starts and ends with a quote, or holds a quote not doubled (`"三公"经费`), is read
as printed.
"""

import re

from pipeline.cells import CellRow, CellTable

# A cell as a spreadsheet quotes it: in quotes, every quote inside doubled.
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')


def _compact(text: str) -> str:
    return "".join(text.split())


def _unquoted(cell: str) -> str:
    """The text of a cell a spreadsheet quoted (one holding a comma or a quote), else the
    cell as printed."""
    quoted = _QUOTED.fullmatch(cell)
    if quoted is None:
        return cell
    text = quoted.group(1).replace('""', '"')
    return text if "," in text or '"' in text else cell


def read_text_cells(source_file: str, text: str) -> tuple[CellTable, ...]:
    """The tables of one decoded text file, in order."""
    tables: list[list[CellRow]] = [[]]
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        row = CellRow(
            cells=tuple(_unquoted(cell.strip()) for cell in line.split("\t")), line=number
        )
        current = tables[-1]
        repeated_title = (
            len(row.cells) == 1
            and current
            and len(current[0].cells) == 1
            and _compact(row.cells[0]) == _compact(current[0].cells[0])
            and any(len(earlier.cells) > 1 for earlier in current)
        )
        if repeated_title:
            tables.append([row])
        else:
            current.append(row)
    return tuple(
        CellTable(
            source_file=source_file,
            index=index,
            title=rows[0].cells[0] if len(rows[0].cells) == 1 else None,
            rows=tuple(rows),
        )
        for index, rows in enumerate(tables)
        if rows
    )
