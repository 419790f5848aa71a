"""Read floor, blocks a converter read column by column: the rows they stand for.

A PDF's or a Word file's text converter that reads a table drawn without inner rules column by
column (spec/layouts.md, "What converters do to them", 6) prints each of its cells a line, a
column's cells one under another before the next column's, so labels and their values come
apart. `rows_read_across` gives the table's rows with two such blocks put back as rows, every
other row as it is:
- a header block's labels one a line, then their values in the same order (`专项（项目）名称 /
  主管部门及编码 / 项目属性`, then `某项目 / [402001]某局 / 延续项目`): a row of each label and
  its value, where as many values follow as labels, no more, and each value is of the kind its
  label takes (`vocab.FIELDS_READ_DOWN`: an amount under 资金总额, text that is no amount under
  项目名称). A block's label (项目资金, 总体目标) heads no value of its own, and a goal's text may
  run over several lines, so neither is paired; nor are runs of other lengths (fewer values than
  labels: which label's value vanished no line tells).
- an indicator grid each of whose columns is printed as its label then its cells
  (`指标名称 / 甲 / 乙 / 指标性质 / ≥ / = / …`): the row of labels, then a row of each column's
  i-th cells, where the labels name indicator columns and every column prints as many cells,
  but the unit column, whose empty cells vanish: its units go to the rows whose value is a bare
  figure, in order, where exactly as many rows hold one (a 定性 row and a date take none);
  any other count leaves the lines as they are, for the layout floor's findings;
- an indicator grid printed transposed, a line a column, its label then its cells across
  (`三级指标 | 带动社会资本投入 | 加装电梯` over `年度指标值 | ≥200万元 | ≥6部`, a converter
  that read the page's columns as lines): the row of labels, then a row of each column's
  cells, where three lines or more open with labels of indicator columns and the names' line
  prints a name in every column (`_grid_transposed`); each such row is at the names' line, its
  location that line and the column.
Each row put back is at its first cell's line. Rows of several cells, titles and notes end a
block; a page's furniture between its lines (a page's number after every line) is passed over,
and kept after the rows put back.
"""

from pipeline.cells import CellRow
from pipeline.labels.columns import column_roles, field_roles, is_label
from pipeline.labels.lines import is_amount, is_bare_figure, is_footer, is_title
from pipeline.read.text import names_indicator_columns
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab.labels import is_page_furniture, split_glued_page_marker

# The fewest labels, and the fewest cells under each column label, a block read down holds.
FEWEST = 2
# The fewest lines, each a column's label and its cells across, a grid printed transposed holds.
TRANSPOSED_FEWEST = 3
_PROJECT_ROLES = frozenset(vocab.PROJECT_COLUMN_ROLES)


def rows_read_across(rows: tuple[CellRow, ...]) -> tuple[CellRow, ...]:
    """The rows with each block a converter read column by column put back as its rows (see
    the module docstring)."""
    if not any(_field_kind(row) or _column_label(row) or _opening_label(row) for row in rows):
        return rows  # most tables
    out: list[CellRow] = []
    at = 0
    while at < len(rows):
        block = (
            _fields_read_down(rows, at) or _grid_read_down(rows, at) or _grid_transposed(rows, at)
        )
        if block is not None:
            put_back, at = block
            out.extend(put_back)
            continue
        # A run of labels is paired from its first or not at all (its last two beside two
        # values may be a pair of figures under six money labels: which two, no line tells).
        end = _run(rows, at, _field_kind)[1] if _field_kind(rows[at]) else at + 1
        out.extend(rows[at:end])
        at = end
    return tuple(out)


def _run(rows: tuple[CellRow, ...], at: int, takes, most: int | None = None):
    """The rows from `at` that `takes` gives a value for, one after another, a page's furniture
    between them passed over (a page's number after every line), at most `most` of them: the
    rows with their values, the furniture passed, and the index after the last row taken."""
    taken: list[tuple[CellRow, str]] = []
    passed: list[CellRow] = []
    end = at
    while most is None or len(taken) < most:
        ahead = end
        while ahead < len(rows) and _furniture(rows[ahead]):
            ahead += 1
        if ahead == len(rows) or not (value := takes(rows[ahead])):
            break
        passed.extend(rows[end:ahead])
        taken.append((rows[ahead], value))
        end = ahead + 1
    return taken, end, passed


def _one_cell(row: CellRow) -> str | None:
    """The text of a row printing one text alone, in its first cell (a drawn grid's row spans
    its columns), None for any other."""
    if not row.cells or any(text.strip() for text in row.cells[1:]):
        return None
    return row.cells[0].strip() or None


def _furniture(row: CellRow) -> bool:
    """Whether a row prints a page's furniture alone (`— 3 —`), no bare figure (`15`, a weight
    that may read as a page's number)."""
    text = _one_cell(row)
    return bool(text and is_page_furniture(text) and not is_bare_figure(text))


def _field_kind(row: CellRow) -> str | None:
    """The kind of value a row's one cell labels, where it is a field a converter may read down
    (`vocab.FIELDS_READ_DOWN`)."""
    text = _one_cell(row)
    roles = field_roles(text) if text else ()
    return vocab.FIELDS_READ_DOWN.get(roles[0]) if roles else None


def _column_label(row: CellRow) -> str | None:
    text = _one_cell(row)
    return text if text and column_roles(text) else None


def _cell(row: CellRow) -> str | None:
    """The text of a row that may be a block's cell read down: one cell, no label of a field or
    a column, no title, note or page furniture but a bare figure."""
    text = _one_cell(row)
    if text is None or is_label(text):
        return None
    if is_title(text) or is_footer(text) or _furniture(row):
        return None
    return text


def _fits(kind: str, value: str) -> bool:
    return is_amount(value) if kind == "amount" else not is_amount(value)


def _fields_read_down(rows: tuple[CellRow, ...], at: int) -> tuple[list[CellRow], int] | None:
    """The rows of a header block's labels from `at`, one a line, and the values after them,
    each label beside its value, then the page furniture passed among them, and the index after
    the values; None where the rows are no such block."""
    labels, start, passed = _run(rows, at, _field_kind)
    count = len(labels)
    if count < FEWEST:
        return None
    values, end, among = _run(rows, start, _cell, most=count + 1)
    if len(values) != count:  # fewer values than labels, or more
        return None
    if not all(_fits(kind, value) for (_, kind), (_, value) in zip(labels, values, strict=True)):
        return None
    return [
        *(CellRow((label.cells[0].strip(), value), label.line, label.location)
          for (label, _), (_, value) in zip(labels, values, strict=True)),
        *passed, *among,
    ], end  # fmt: skip


def _grid_read_down(rows: tuple[CellRow, ...], at: int) -> tuple[list[CellRow], int] | None:
    """The rows of an indicator grid from `at` printed a column at a time, each column's label
    then its cells, then the page furniture passed among them, and the index after its last
    cell; None where the rows are no such grid."""
    columns: list[tuple[CellRow, list[tuple[CellRow, str]]]] = []
    passed: list[CellRow] = []
    end = at
    while True:
        heads, ahead, before = _run(rows, end, _column_label, most=1)
        if not heads:
            break
        cells, end, within = _run(rows, ahead, _cell)
        columns.append((heads[0][0], cells))
        passed += [*before, *within]
    labels = tuple(label.cells[0].strip() for label, _ in columns)
    if len(columns) < FEWEST or not names_indicator_columns(labels):
        return None
    count = len(columns[0][1])
    if count < FEWEST:
        return None
    texts = [[text for _, text in cells] for _, cells in columns]
    for index, (label, column) in enumerate(zip(labels, texts, strict=True)):
        if len(column) != count:
            placed = _units_placed(label, column, labels, texts)
            if placed is None:
                return None
            texts[index] = placed
    first = [row for row, _ in columns[0][1]]
    return [
        CellRow(labels, columns[0][0].line, columns[0][0].location),
        *(
            CellRow(tuple(column[row] for column in texts), first[row].line, first[row].location)
            for row in range(count)
        ),
        *passed,
    ], end


def _grid_transposed(rows: tuple[CellRow, ...], at: int) -> tuple[list[CellRow], int] | None:
    """The rows of an indicator grid from `at` printed transposed, a line a column: each line
    its column's label then that column's cells across (`三级指标 | 带动社会资本投入 | 加装电梯`
    over `年度指标值 | ≥200万元 | ≥6部`), then the page furniture passed among them, and the
    index after its last line; None where the rows are no such grid. At least
    `TRANSPOSED_FEWEST` lines one after another open with labels of indicator columns
    (`names_indicator_columns`; a page's marker glued on is no part of one), each of another
    role, their other cells no column's labels, and the indicator names' line prints a name in
    every column up to its last (a line of a column with no cells, its label alone, among
    them): the row of labels, then a row of each column's cells, at the names' line and
    column. A level cell merged across the columns of its block prints once, in its first
    column, and is filled down there by the layout floor as any merged level cell is."""
    block: list[CellRow] = []
    passed: list[CellRow] = []
    end = ahead = at
    while ahead < len(rows):
        if block and _furniture(rows[ahead]):
            ahead += 1  # a page's number between the lines
            continue
        # A column of no cells (`偏差原因分析及改进措施` alone) is one of the block too.
        if not (_opening_label(rows[ahead]) or (block and _label_alone(rows[ahead]))):
            break
        passed += rows[end:ahead]
        block.append(rows[ahead])
        end = ahead = ahead + 1
    labels = tuple(_transposed_label(row) or "" for row in block)
    roles = [column_roles(label) for label in labels]
    if len(block) < TRANSPOSED_FEWEST or len(set(roles)) != len(roles):
        return None
    if not names_indicator_columns(labels):
        return None
    names = next((row for row, role in zip(block, roles, strict=True) if "level3" in role), None)
    filled = [col for col, text in enumerate(names.cells) if text.strip()] if names else []
    width = filled[-1] + 1 if filled else 0
    if width < 1 + FEWEST or len(filled) != width:
        return None
    return [
        CellRow(labels, block[0].line, block[0].location),
        *(
            CellRow(
                tuple(row.cells[col].strip() if col < len(row.cells) else "" for row in block),
                names.line,
                f"{names.where} column {col + 1}",
            )
            for col in range(1, width)
        ),
        *passed,
    ], end


def _transposed_label(row: CellRow) -> str | None:
    """A line's first cell where it labels an indicator's own column, no project's (a list's
    项目名称, 年度资金总额: a header block's labels beside their values), a page's marker glued
    after it taken off (`偏差原因分析及改进措施第28页 共99页`)."""
    first = split_glued_page_marker(row.cells[0])[0].strip() if row.cells else ""
    roles = column_roles(first)
    return first if roles and not set(roles) & _PROJECT_ROLES else None


def _label_alone(row: CellRow) -> bool:
    """Whether a line prints an indicator column's label alone (`_transposed_label`)."""
    return _transposed_label(row) is not None and not any(text.strip() for text in row.cells[1:])


def _opening_label(row: CellRow) -> bool:
    """Whether a row of several cells opens with a label of an indicator column, and its other
    cells are no column's labels (a line of a grid printed transposed)."""
    others = [text.strip() for text in row.cells[1:]]
    return (
        bool(others)
        and _transposed_label(row) is not None
        and not any(column_roles(text) for text in others if text)
    )


def _units_placed(
    label: str, units: list[str], labels: tuple[str, ...], texts: list[list[str]]
) -> list[str] | None:
    """A unit column's cells, fewer than the rows, beside the rows whose value is a bare figure,
    in order, empty beside the others; None for a column of another role, or where the rows
    holding a figure are not exactly as many as the units."""
    values = next((t for name, t in zip(labels, texts, strict=True) if _is_value(name)), None)
    if "unit" not in column_roles(label) or values is None:
        return None
    figures = [row for row, value in enumerate(values) if is_bare_figure(value)]
    if len(figures) != len(units):
        return None
    placed = [""] * len(values)
    for row, unit in zip(figures, units, strict=True):
        placed[row] = unit
    return placed


def _is_value(label: str) -> bool:
    return "value" in column_roles(label)
