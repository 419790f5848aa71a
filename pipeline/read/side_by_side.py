"""Read floor, text: two tables a page printed side by side, which a converter read line by line
across the page, so that their rows alternate (left, right, left, …) from their two titles on
(青田's two 项目支出绩效目标表 forms). The rows are put back table by table: the left table's
rows, then the right one's, each keeping the line it was printed on.

Told by the rows alone, once the text's cells are known (`text_cells`):
- two rows in a row printing the same text alone (`prints_alone`), the two tables' titles;
- from them on, every row paired with the next as two rows of one shape (`_shape`: their cells
  filled and empty alike, their labels and level words the same, their other texts free), at
  least PAIRS_FEWEST pairs, LABEL_PAIRS_FEWEST of them opening with the same label (`项目名称`
  beside `项目名称`, `一级指标` beside `一级指标`), which no table printed alone does;
- after the last pair, only rows printing one text alone (a page's number) up to the text's
  end or the next two titles.
A page's number or marker on a line of its own anywhere among them goes with the row above it.
Where tables of different shapes stand side by side, their rows pair no such way and are read
as printed (the layout readers' findings then say what they could not read)."""

from collections.abc import Sequence

from pipeline.cells import CellRow
from pipeline.labels.columns import compact, is_label
from pipeline.labels.grid_rows import level_fit
from pipeline.labels.lines import page_marker, prints_alone
from pipeline.vocab.labels import split_glued_page_markers

# The pairs of rows of one shape that make two tables side by side, and of them the pairs
# opening with the same label.
PAIRS_FEWEST = 6
LABEL_PAIRS_FEWEST = 2


def tables_parted(rows: Sequence[CellRow]) -> list[CellRow]:
    """The rows, each run of two tables' rows printed alternately (see the module docstring)
    put back as the left table's rows followed by the right one's; any other row as it is. A
    page's number or marker between them (`page_marker`) goes with the row above it."""
    groups: list[list[CellRow]] = []
    for row in rows:
        if groups and page_marker(row.cells) is not None:
            groups[-1].append(row)
        else:
            groups.append([row])
    heads = [group[0] for group in groups]
    out: list[CellRow] = []
    at = 0
    while at < len(groups):
        end = _run_end(heads, at) if _twin_titles(heads, at) else None
        if end is None:
            out.extend(groups[at])
            at += 1
            continue
        for side in (groups[at:end:2], groups[at + 1 : end : 2]):
            out.extend(row for group in side for row in group)
        at = end
    return out


def _twin_titles(rows: Sequence[CellRow], at: int) -> bool:
    """Whether the row at `at` and the next print the same text, alone (`prints_alone`)."""
    return (
        at + 1 < len(rows)
        and prints_alone(rows[at].cells)
        and prints_alone(rows[at + 1].cells)
        and rows[at].cells[0].strip() == rows[at + 1].cells[0].strip()
    )


def _run_end(rows: Sequence[CellRow], start: int) -> int | None:
    """Where the run of paired rows from the twin titles at `start` ends, or None where the
    rows after it are no page's furniture or the pairs are too few."""
    end, labelled = start, 0
    while end + 1 < len(rows) and _shape(rows[end]) == _shape(rows[end + 1]):
        labelled += is_label(rows[end].cells[0])
        end += 2
    after = end
    while after < len(rows) and prints_alone(rows[after].cells) and not _twin_titles(rows, after):
        after += 1
    if (end - start) // 2 < PAIRS_FEWEST or labelled < LABEL_PAIRS_FEWEST:
        return None
    return end if after == len(rows) or _twin_titles(rows, after) else None


def _shape(row: CellRow) -> tuple[str, ...]:
    """A row's cells as what they are: empty, a label or a level word (as printed, compacted),
    or any other text; a page marker glued to a cell (`指标值第20页 共99页`) left out."""
    shape = [
        "" if not cell.strip()
        else compact(cell) if is_label(cell) or level_fit(cell, "")
        else "*"
        for cell in split_glued_page_markers(row.cells)[0]
    ]  # fmt: skip
    while shape and not shape[-1]:
        shape.pop()
    return tuple(shape)
