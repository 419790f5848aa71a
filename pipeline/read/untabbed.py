"""Read floor, text whose cells lost their tabs: the rows of cells a converter's text still tells.

`text_cells.read_text_cells` reads a text file as tab-separated cells. A file with no tab at all
whose indicator column labels are written without tabs (spec/layouts.md, "What converters do
to them") comes here first (`untabbed_rows`), in one of two forms:
- one cell a line (damage 2): every cell of the table's grid on a line of its own, an empty
  cell as an empty line, a blank line after each row. A blank line may end a row or be an empty
  cell, so the rows are told by the column count alone: the smallest count for which one first
  row, and one only, ends every row of the file on a blank line and holds the column labels in a
  row of labels (`_grid_rows`). Rows so cut are the table's rows exactly. Where no count cuts
  it (rows of different lengths, a blank line after each: a web page's text whose empty cells
  vanished), each row's lines are joined by spaces and read as the second form is
  (`_lines_joined`), a cell broken over two of its lines put back whole where one reading fits;
  or, where that places more indicator rows, cut into rows by what their cells say
  (`cell_lines.rows_of_cells`: a PDF's text in reading order, no blank line after a row, cells
  wrapped over several lines).
- cells joined by spaces (damage 3): one row a line, its cells joined by a space, its empty
  cells gone; or printed where they stand (`pdftotext -layout`), whose cells' lines printed
  around or under their rows' lines are put on them first, by their places
  (`fixed_width.lines_placed`). Each line is rebuilt by the evidence it holds
  (`_joined_rows`), once a hosting site's page marker glued to one of its words
  (`10第1页 共2页 10`) is taken off. Above the
  indicator columns a row is cut at its known labels (a label written with spaces, `总 体 目 标`,
  is one; so is `项目名称:某项目`), a value being the text between two, and a money block's
  total or part and its figure two cells (`合计 1,286.40`); the figures of a money row under its
  headings (`年初预算数 | 全年预算数 | …`, or the period totals after the parts' column:
  `资金性质 | 中期资金总额 | 年度资金总额`) are placed one under each heading, or,
  short of them, where one placement only fits the headings' kinds (`_money_row`, by
  `vocab.untabbed.MONEY_HEADING_KINDS`), or where one of them fills the headings the money row
  above filled (fund rows are printed alike), or, figures all zero, under as many amount
  headings (a fund of no money). A row of money headings opening with a measure (`年初预算数`:
  the block's label printed on a middle row, no heading over the rows' labels) gets an empty
  heading put back before it (`_measures_first`), and a line printing the headings' wrapped
  ends among headings of its own makes them whole, in order (`_ends_among`); the block's label,
  or its unit line (`（万元）`), before a money row's own label is given a row above it. Label
  ends wrapped onto the line under the column
  labels, or under a money block's headings, go back under the labels they complete
  (`_label_ends`); a line of labels under the column labels that part one of them (`指标值` over
  `年度指标值 实际完成值`, a header printed over two rows; or a label naming only their group,
  `自评情况` over `分值 得分`) takes its place (`_parts_under`); the
  labels printed again at a page top without the 一级's (its merged cell going on) keep the
  columns, an empty cell put back for it (`_level1_left_out`), and the row of the groups'
  labels over them (`中期绩效指标 年度绩效指标`) is printed again as it is; a line
  numbering the columns (`1 2 … 8`: `grid_rows.numbers_columns`) is a number a cell. A title
  line ends the indicator columns (the next table's) unless the line under it is one of their
  rows (`_goes_on`: the title printed again at a page top); a line whose indicator name holds a
  title's words (`项目绩效自评覆盖率 100% 100% 4 4`) is a row, no title (`_titled_row`). A footer
  alone on its line (`填表说明：`) heads the one-word lines under it: its notes, no rows. Under
  the indicator columns each word goes to the column its content fits (`_placed`, by
  `vocab.untabbed.COLUMN_KINDS`): the block label, a level word, the name, an operator or
  direction word, points (`扣0.5分` too; or `未评分`: none given; a weight's share, `15%`), a
  unit, a note, nothing under a column no known label names; an operator, number and unit
  written apart (`≥ 95 %`) are one cell where no column holds them apart, and so are the words
  a bracket holds (`开发数量( ≥**个 )`: `_bracketed`); a whole number
  opening a row under a column of the rows' numbers (`序号`) is its number. A row whose words fit
  a few ways (`_MOST_PLACEMENTS`), one of which only fills each column every row placed above
  under the same labels filled (three at least: `_Filled`, a word target beside a blank 备注
  going under 指标值), is placed that way; no way puts a figure under 项目名称, nor a target under the names' column
  (`1,230吨`), nor a list's
  amount beside an empty 项目名称, nor a numbered list's row without its number in its
  project's cells (merged down, printed on its first row). A row whose words fit no way or
  several is tried again with a figure whose thousands a space parts as one word (`≥1 350人`),
  and placed so if that fits one way; a row of a fixed-width text, as its cells stand under
  the labels (`fixed_width.lines_placed`: an empty 中期 group beside the 年度's). A row whose
  words fit its columns in more than one way otherwise, or in none, and a money row whose
  figures do, are left out (an indicator row's
  level cells kept, for the rows below) with a `row_unparsed` note carrying the text: never
  placed by a guess. So are the rows below a row left out that may
  have printed their 一级 (`_lost_levels`: a level's name the vocabulary lacks, or the head of
  one wrapped in a narrow column, `效益指`), rather than given the 一级 above it.
  A row a converter broke onto two lines inside a cell is read whole where the two lines joined
  fit one way and something says the line goes on (`_broken_row`: neither fits alone, in any
  way where the two join between words, or the break is inside a bracket, a name or a target,
  never before a level's name); a page's mark between two words of one cell
  (`集中供水工程受益 第1页/共3页 人口`) is taken out where the words joined fit and the words as
  printed do not (`_placed_across_marks`); a word alone that completes the name of the row
  below it is that name's first line (`_name_started`), and one word a name column, each
  completing the name above it, the names' ends (`_name_ends`). Figures alone, fewer than the
  money headings over them (blank cells gone), are left out with a note (`_figures_untold`).
A file with a tab anywhere is read as before, and so is a file whose labels are not found; a
file of either form whose rows cannot be told (no column count cuts it, no indicator row fits
one way only) raises `ExtractError` saying why.
"""

import collections
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from pipeline.cells import CellRow, cell_at
from pipeline.labels.columns import (
    column_roles,
    compact,
    field_roles,
    fold,
    is_column_group,
    is_exact_label,
    is_number,
    is_whole_label,
    measures_apart,
    names_project,
    points_and_score,
    print_width,
    printed_before,
    printed_deduction,
    spelled_label_end,
)
from pipeline.labels.grid_rows import (
    awaits_unit,
    canonical_level,
    closes_bracket,
    completes_name,
    is_block_label,
    is_ditto,
    is_placeholder,
    level1_left_out,
    level1_pair,
    level_fit,
    level_path,
    numbers_columns,
    planned_roles,
    reads_as_target,
)
from pipeline.labels.lines import is_amount, is_footer, is_title, leaves_clause_open, signs_off
from pipeline.read.cell_lines import Says, filled_runs, rows_of_cells
from pipeline.read.fixed_width import headings_joined, lines_placed
from pipeline.read.text import (
    ExtractError,
    names_indicator_columns,
    packed_header_a_cell_a_line,
    split_lines,
    untabbed_header,
)
from pipeline.targets.parser import is_unit, parse_target
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab import target_words
from pipeline.vocab.labels import (
    CURRENCY_UNITS,
    EMPTY_AMOUNTS,
    across_page_marks,
    is_page_furniture,
    is_sign_off,
    without_glued_page_markers,
)
from pipeline.vocab.taxonomy import CATEGORIES, uncategorised_level
from pipeline.vocab.traditional import simplified
from pipeline.vocab.untabbed import (
    CLAUSE_MARKS,
    COLUMN_KINDS,
    FILLED_ROWS_FEWEST,
    JOINED_LABEL_WORDS,
    LEVEL_END_MAX,
    LEVEL_HEAD_LENGTH,
    LEVEL_NAME_ENDS,
    MAX_COLUMNS,
    MAX_PLAIN_RATE,
    MAX_POINTS,
    MONEY_HEADING_KINDS,
    MONEY_HEADING_ROLES,
    MONEY_LABEL_COLUMN_ROLES,
    NOT_IN_A_UNIT,
    NOT_IN_A_UNIT_WORDS,
    PART_ROLES,
    RATE_SIGNS,
    ROW_NUMBER,
    UNKNOWN_UNIT_LONGEST,
    UNSCORED_WORDS,
    UNTABBED_ADVICE,
    UNWRAPPED_KINDS,
    WIDEST_COLUMN_ROLES,
    WRAPPED_ALONE_ROLES,
    WRAPPED_WIDTH_SLACK,
)


@dataclass(slots=True)
class _Filled:
    """The columns the indicator rows placed under the labels `columns` filled, counted: a
    column each of them filled, at least FILLED_ROWS_FEWEST, is one the table always fills. A
    row printing only a name (its number and level cells aside) is not counted: it is a name's
    first line over the line of its values, or a template's row left empty, and says nothing of
    the columns a row fills."""

    columns: tuple[str | None, ...] | None
    rows: int = 0
    counts: collections.Counter = field(default_factory=collections.Counter)
    widest: dict[int, int] = field(default_factory=dict)  # each column's widest cell
    # Whether a row fitted the columns only with its levels shifted (`_SHIFTED_LEVELS`): the
    # table's levels are, and a row fitting both ways is placed so too.
    shifted: bool = False

    def add(self, cells: tuple[str, ...]) -> None:
        roles = (
            {self.columns[col] for col, text in enumerate(cells) if text} if self.columns else {}
        )
        if roles <= {ROW_NUMBER, "level1", "level2", "level3"}:
            return
        self.rows += 1
        self.counts.update(col for col, text in enumerate(cells) if text)
        for col, text in enumerate(cells):
            self.widest[col] = max(self.widest.get(col, 0), print_width(text))

    def always(self) -> frozenset[int]:
        if self.rows < FILLED_ROWS_FEWEST:
            return frozenset()
        return frozenset(col for col, count in self.counts.items() if count == self.rows)


@dataclass(frozen=True, slots=True)
class _Cut:
    """A word alone on its line under an indicator row, left out (`_pieces_only`): the index of
    the row above it in the rows, its line, the word, the columns its table filled and the two
    notes left on it."""

    above: int
    line: int
    word: str
    filled: _Filled
    notes: tuple[tuple[str, int, str, str], ...]


@dataclass(frozen=True, slots=True)
class Untabbed:
    """A text's rows as `(line, cells)`, and the reader's notes on them (`CellTable.notes`)."""

    rows: tuple[tuple[int, tuple[str, ...]], ...]
    notes: tuple[tuple[str, int, str, str], ...] = ()


def untabbed_rows(source_file: str, text: str) -> Untabbed | None:
    """The rows of a text whose cells lost their tabs; None for a text with a tab, or whose
    indicator column labels are not written untabbed. Raises `ExtractError` for one whose rows
    cannot be told."""
    if "\t" in text:
        return None
    lines = headings_joined(text.splitlines())
    found = untabbed_header(lines)
    if found is None:
        return None
    index, labels = found
    if _label_run(lines, index) < 2:
        lines, standing, heads = lines_placed(lines, _column_roles, _heads_columns, _names_level)
        joined, placed = _joined_rows(
            lines,
            standing={k + 1: c for k, c in standing.items()},
            furniture=frozenset(k + 1 for k in heads),
        )
        if not placed:
            why = "joined by spaces, and no row under them fits its columns in one way only"
            raise ExtractError(source_file, index + 1, _refusal(labels, why))
        return joined
    rows = _grid_rows(lines, index)
    if rows is not None:
        return Untabbed(rows)
    # Rows of different lengths, a blank line after each: a web page's text whose empty cells
    # vanished (and whose wrapped cells went on a line of their own). Each row's lines joined by
    # spaces, it is read as such a text is. Where the rows are cut by what their cells say
    # instead (`cell_lines`: no blank line after a row, cells wrapped over several lines), and
    # more rows under the indicator columns are placed so, that is the reading.
    joined, placed = _joined_rows(*_lines_joined(lines))
    cut, cut_placed = _joined_rows(_forms_cut(lines, index))
    if cut_placed > placed:
        joined, placed = cut, cut_placed
    if not placed:
        raise ExtractError(source_file, index + 1, _refusal(labels, "one cell a line, and no "
                           "one column count cuts every row of the file on a blank line"))  # fmt: skip
    return joined


def _forms_cut(lines: list[str], index: int) -> list[str]:
    """The lines one cell a line cut into rows by what they say (`cell_lines.rows_of_cells`),
    form by form where the text prints several one after another with no blank line between
    them (`_form_spans`): each under its own column labels, the sign-off of one ending its
    rows before the next one's title."""
    spans = _form_spans(lines, index)
    cut: list[str] = []
    for (start, labels, after), end in zip(
        spans, [*(s[0] for s in spans[1:]), len(lines)], strict=True
    ):
        columns = _column_roles(tuple(line.strip() for line in lines[labels:after]))
        fits = functools.partial(_with_target, columns=columns)
        says = Says(
            fits, _joinable, _is_label, _is_unit_line, _is_part, _apart, _furniture, _closes,
            _ends_rows, _sides,
        )  # fmt: skip
        cut += rows_of_cells(lines[start:end], labels - start, after - start, says)
    return cut


def _form_spans(lines: list[str], index: int) -> list[tuple[int, int, int]]:
    """Each form's first line, the first line of its indicator column labels and the line after
    them: the first form's from the text's start and the labels at `index`; another's where
    indicator labels are printed again after a line naming a project (`项目名称`), from its
    title (`_form_start`). Labels printed again with no project named before them (a page's
    header) go on the form they are in."""
    spans = [(0, index, index + _label_run(lines, index))]
    at = spans[-1][2]
    while (found := untabbed_header(lines[at:])) is not None:
        labels = at + found[0]
        run = _label_run(lines, labels)
        start = _form_start(lines, spans[-1][2], labels)
        if start is not None:
            spans.append((start, labels, labels + run))
        at = labels + max(run, 1)
    return spans


def _form_start(lines: list[str], after: int, labels: int) -> int | None:
    """Where a form whose indicator labels are at `labels` starts, the form before it having
    its labels end at `after`: its title (`is_title`, no page's running header) or, where it
    prints none, its line naming the project; looked for after the last line ending the form
    before's rows (its total, its sign-off: `_ends_rows`). None where no line names a project
    between the two."""
    named = next((k for k in range(after, labels) if names_project(lines[k].strip())), None)
    if named is None:
        return None
    ends = [k for k in range(after, named) if lines[k].strip() and _ends_rows(lines[k])]
    first = ends[-1] + 1 if ends else after
    return next(
        k
        for k in range(first, named + 1)
        if k == named or (is_title(lines[k]) and not is_page_furniture(lines[k]))
    )


def _with_target(words: list[str], columns: tuple[str | None, ...]) -> tuple[str, ...] | None:
    """A row's cells where its words fit the columns one way (`_placed`) with a name and a
    target: under the value column, or, that left empty, the operator column's word alone
    (`长效管护机制 | 定性 |`, a 定性 row of split columns printing no value); None otherwise."""
    cells = _placed(words, columns)
    if cells is None or "value" not in columns:
        return None
    named = "level3" not in columns or cell_at(cells, columns.index("level3"))
    targets = [col for col, role in enumerate(columns) if role in ("value", "operator")]
    return cells if named and any(cell_at(cells, col) for col in targets) else None


def _apart(text: str) -> bool:
    """Whether a line printed among a table's rows one cell a line is none of their cells: a
    page's furniture (`— 3 —`; not a bare figure, which may be a row's points) or a column
    label printed again atop a page; not the end of a level's name wrapped in a narrow column
    (`可持续影响` over `指标`, `服务对象满意` over `度指标`), which names a column too."""
    return _furniture(text) or (bool(column_roles(text)) and not _level_end(text))


def _level_end(text: str) -> bool:
    """Whether a line may be the end of a level's name wrapped: a few characters ending as a
    level's name does (`指标`, `度指标`; `LEVEL_END_MAX`, `LEVEL_NAME_ENDS`)."""
    words = compact(text)
    return len(words) <= LEVEL_END_MAX and words.endswith(LEVEL_NAME_ENDS)


def _is_part(text: str) -> bool:
    """Whether a line is the label of a part of a money block (`PART_ROLES`: `其他资金`)."""
    return bool(set(field_roles(text)) & set(PART_ROLES))


def _closes(text: str) -> bool:
    """Whether a line ends a sentence (`vocab.SENTENCE_ENDS`: `…增产30公斤以上。`)."""
    return text.rstrip().endswith(vocab.SENTENCE_ENDS)


def _furniture(text: str) -> bool:
    """Whether a line is a page's furniture (`— 3 —`, `第 2 页 共 4 页`, a running header), not
    a bare figure (which may be a row's points)."""
    return is_page_furniture(text) and not _is_figure(text)


def _ends_rows(text: str) -> bool:
    """Whether a line ends a table's indicator rows: its total (`总分`, `合计`), a note under it
    (`注：…`) or a sign-off."""
    return compact(text.split()[0]) in _TOTALS or is_footer(text) or signs_off(text.split())


def _is_unit_line(text: str) -> bool:
    """Whether a line is only a money unit in brackets (`（万元）`): a money label's last line."""
    return bool(_UNIT_ALONE.fullmatch(text.strip()))


def _sides(above: tuple[str, ...], below: tuple[str, ...]) -> bool:
    """Whether two header rows, each a label and its figure, are one money row's two sides: one
    label twice (`其中：财政拨款`), or one label in two scopes (`中期资金总额`, `年度资金总额`)."""
    if not all(
        len(row) == 2 and _is_label(row[0]) and _is_figure(row[1]) for row in (above, below)
    ):
        return False
    if compact(above[0]) == compact(below[0]):
        return True
    (first_scope, first), (second_scope, second) = _unscoped(above[0]), _unscoped(below[0])
    return (
        first == second and None not in (first_scope, second_scope) and first_scope != second_scope
    )


def _unscoped(label: str) -> tuple[str | None, str]:
    """A label's scope (`period`, `annual`; None where it names none) and its words without the
    scope's word (`中期资金总额`: `period`, `资金总额`)."""
    words = compact(label)
    for word, scope in vocab.SCOPE_WORDS:
        if word in words:
            return scope, words.replace(word, "", 1)
    return None, words


def _joinable(text: str) -> bool:
    """Whether a line may be one of a cell's lines wrapped: no figure, target or level's name."""
    return not (_is_figure(text) or reads_as_target(text) or _level(text, ""))


def _standing(
    cells: tuple[str, ...] | None, columns: tuple[str | None, ...]
) -> tuple[str, ...] | None:
    """A row's cells as they stand, a cell under each of the columns, where it prints a
    target; None otherwise."""
    if cells is None or len(cells) != len(columns):
        return None
    targets = [
        cell for cell, role in zip(cells, columns, strict=True) if role in ("value", "actual")
    ]
    return cells if any(targets) else None


def _money_standing(
    label: str, figures: list[str], headings: tuple[str, ...], cells: tuple[str, ...] | None
) -> tuple[str, ...] | None:
    """A money row's cells as they stand in a fixed-width text, a cell under each heading of
    figures (`fixed_width.lines_placed`: `上年结转资金 | | 40 | 40 | - | 100% | -`, its 年初预算数
    left blank), where its words fit its headings no one way (`_money_row`): the same figures in
    the same order, blanks aside; None otherwise."""
    side = _side_columns(headings)
    if (
        cells is None
        or len(cells) != len(headings) - side + 1
        or [c for c in cells[1:] if c] != figures
        or not all(map(_is_figure, figures))  # one each (not `421.00—97.91%`, run together)
    ):
        return None
    return (label, *[""] * (side - 1), *cells[1:])


def _heads_columns(line: str) -> bool:
    return names_indicator_columns(line.split())


def _names_level(text: str) -> str | None:
    return _level(text, "")


def _lines_joined(lines: list[str]) -> tuple[list[str], dict[int, list[str]]]:
    """The lines with each run of filled ones (a row, one cell a line) joined by spaces on its
    first line, the others left blank: every row where it was printed; and by the line of each
    row, the row so joined with one cell broken over two of its lines put back whole (two lines
    joined without a space: `…学生营养` over `改善计划`), one way for each pair of lines but of
    a figure (a row's number, an amount: cells of their own)."""
    out = [""] * len(lines)
    broken: dict[int, list[str]] = {}
    for run in filled_runs(lines):
        cells = [lines[k].strip() for k in run]
        out[run[0]] = " ".join(cells)
        broken[run[0] + 1] = [
            " ".join([*cells[:at], cells[at] + cells[at + 1], *cells[at + 2 :]])
            for at in range(len(cells) - 1)
            if not (_is_figure(cells[at]) or _is_figure(cells[at + 1]))
        ]
    return out, broken


def rows_rejoined(rows: tuple[CellRow, ...]) -> tuple[CellRow, ...]:
    """The rows of a table whose cells are told (tabs, a grid), with each indicator row a
    converter printed as one cell, its cells joined by spaces and its empty ones gone (damage 3
    on a row: `质量指标 轮作补贴发放面积核实率 100% 100% 10 10`), placed under the indicator column
    labels above it as a row of a file without tabs is (`_placed`), where its words print a
    target and fit the columns in one way only; any other row as it is."""
    lone = {k: words for k, row in enumerate(rows) if (words := _lone_words(row))}
    if not lone:  # most tables: nothing to place, no labels to look for
        return rows
    out = list(rows)
    labels: tuple[str, ...] = ()
    columns = None  # the labels' column roles, planned at the first row placed under them
    for k, row in enumerate(rows[: max(lone) + 1]):
        if k in lone:
            if labels:
                columns = columns or _column_roles(labels)
                if _indicator_row(lone[k], columns) and not _titles_next_form(rows[k:]):
                    out[k] = replace(row, cells=_placed(lone[k], columns), merged=(), lone=False)
        elif sum(1 for cell in row.cells if cell.strip()) > 1 and names_indicator_columns(
            row.cells
        ):
            labels, columns = row.cells, None
    return tuple(out)


def _titles_next_form(rows: Sequence[CellRow]) -> bool:
    """Whether the first row is a title (`is_title`) whose next row, a page's furniture passed
    over, names a project (`项目名称 | 某项目`): the next form's title, whatever it prints
    beside (`（2025年度） 填报单位：某局`), and no indicator row of the table above."""
    return is_title(rows[0].cells[0]) and _heads_a_project([" ".join(r.cells) for r in rows[1:]])


def _lone_words(row: CellRow) -> list[str] | None:
    """The words of a row that prints its first cell alone, when there are more than two and
    the first opens no note or sign-off (`is_footer`): a row `rows_rejoined` may place."""
    if not row.cells or not row.cells[0].strip() or any(text.strip() for text in row.cells[1:]):
        return None
    words = _words(row.cells[0])
    return words if len(words) > 2 and not is_footer(words[0]) else None


def _words(line: str) -> list[str]:
    """A line's words, without the page markers glued to them (`without_glued_page_markers`),
    a list's bullet alone before a word (`● 改造老旧小区数量`: `NAME_BULLETS`) glued to it."""
    words: list[str] = []
    for word in without_glued_page_markers(line).split():
        if words and len(words[-1]) == 1 and words[-1] in vocab.NAME_BULLETS:
            words[-1] += word
        else:
            words.append(word)
    return words


def _refusal(labels: list[str], why: str) -> str:
    return (
        f"a performance table whose cells are not tab-separated (its column labels "
        f"{' | '.join(labels)} are {why}); {UNTABBED_ADVICE}"
    )


# ---- one cell a line -------------------------------------------------------------------------


def packed_rows(text: str) -> str | None:
    """A packed department table printed one cell a line (damage 2) as the line reader reads a
    table: each row of the grid its column count cuts (`_grid_rows`) one tab-separated line, at
    the row's first line, the others blank, so that every line the reader reports is where its
    row begins in the file; None for a text with a tab, or without a packed header printed so,
    or that no column count cuts."""
    if "\t" in text:
        return None
    lines, ending = split_lines(text)
    index = packed_header_a_cell_a_line(lines)
    rows = None if index is None else _grid_rows(lines, index)
    if rows is None:
        return None
    out = [""] * len(lines)
    for number, cells in rows:
        out[number - 1] = "\t".join(cells)
    return ending.join(out)


def _grid_rows(lines: list[str], index: int) -> tuple[tuple[int, tuple[str, ...]], ...] | None:
    """The rows of a file printed one cell a line, cut by the column count for which exactly one
    first row puts a blank line after every row and the labels at `index` in one row
    (`_labels_row`), the smallest such count whose rows fill the fewest columns: a sheet's empty
    columns after the table (a spreadsheet export) let a narrower count cut every row too, each
    row then drifting one cell further into the blanks; None when no count cuts the file or the
    smallest that does cuts it from two first rows."""
    labels = _label_run(lines, index)
    found = []
    for width in range(labels, min(MAX_COLUMNS, len(lines)) + 1):
        starts = [
            start
            for start in range(max(0, index + labels - width), index + 1)
            if _labels_row(lines[start : start + width], index - start)
            and _cuts(lines, start % (width + 1), width)
        ]
        if len(starts) > 1 and not found:
            return None
        if len(starts) == 1:
            first = starts[0] % (width + 1)
            found.append(tuple(
                (row + 1, tuple(line.strip() for line in lines[row : row + width]))
                for row in range(first, len(lines), width + 1)
                if any(line.strip() for line in lines[row : row + width])
            ))  # fmt: skip
    return min(found, key=_filled_width, default=None)


def _filled_width(rows) -> int:
    """How many columns the rows fill, up to the last filled cell of any of them."""
    return max((col + 1 for _, cells in rows for col, cell in enumerate(cells) if cell), default=0)


def _labels_row(cells: list[str], first: int) -> bool:
    """Whether a row cut around the indicator column labels (the first at `first`) may be a row
    of labels: before them column labels and one other cell at most (the label down the side,
    `本年度`), after them no level word (the first cells of an indicator row)."""
    before = [cell for cell in cells[:first] if cell.strip() and not column_roles(cell)]
    return len(before) <= 1 and not any(_level(cell, "") for cell in cells[first:])


def _label_run(lines: list[str], index: int) -> int:
    """How many lines from `index` on are column labels, one a line."""
    count = 0
    while index + count < len(lines) and column_roles(lines[index + count]):
        count += 1
    return count


def _cuts(lines: list[str], first: int, width: int) -> bool:
    """Whether rows of `width` cells from line `first` on each end on a blank line, with
    nothing but blank lines before the first."""
    if any(line.strip() for line in lines[:first]):
        return False
    return not any(line.strip() for line in lines[first + width :: width + 1])


# ---- cells joined by spaces ------------------------------------------------------------------


def _joined_rows(
    lines: list[str], broken: dict[int, list[str]] | None = None,
    standing: dict[int, tuple[str, ...]] | None = None, furniture: frozenset[int] = frozenset(),
) -> tuple[Untabbed, int]:  # fmt: skip
    """The rows of a file whose cells were joined by spaces, one a line, and how many rows
    under indicator columns were placed beyond their levels. `broken`: by line, other readings
    of an indicator row that fits no way as printed (a cell broken over two of its lines put
    back whole: `_lines_joined`), the one that fits one way placed. `standing`: by line, an
    indicator row's cells as they stand in a fixed-width text (`fixed_width.lines_placed`),
    taken where its words fit its columns no one way (an empty 中期 group beside the 年度's).
    `furniture`: the lines of a page's furniture no vocabulary names (a running head)."""
    rows, notes, columns, headings, placed, labelled = [], [], None, (), 0, 0
    cuts: list[_Cut] = []  # words alone under a row, placed once every row is (`_cuts_placed`)
    money_above: tuple[str, ...] = ()  # the last money row placed under the headings
    # Whether a row under the columns printed a 一级, and whether the rows below one left out
    # with its 一级 lost take a 一级 from above that may not be theirs.
    above = orphans = False
    noted = False  # the last line a note alone (`填表说明：`, then each of its numbered notes)
    filled = _Filled(None)
    joined: set[int] = set()  # lines read as the rest of a row broken onto two (`_broken_row`)
    for number, line in enumerate(lines, 1):
        words, signed = _signed_off(_words(line), columns)
        if not words or number in joined:
            continue
        notes_go_on, noted = noted and len(words) == 1, False
        if numbers_columns(tuple(words)):  # `1 2 … 8` under labels or headings: a number a cell
            rows.append((number, tuple(words)))
            continue
        cells = _label_cells(words)
        unit, rest = _unit_first(cells[0]) if columns is None else (None, "")
        if unit and _is_label(rest.split()[0]):
            # A money block's label's unit line before a row's own label (`（万元） 基本支出`,
            # no headings over it; not before headings' ends, `（万元） 算数 算数`): the
            # block's, a row above.
            rows.append((number, (unit,)))
            cells = (rest, *cells[1:])
        elif (
            unit
            and (at := _above(rows)) is not None
            and _under_money_labels(words[1:], rows[at][1])
        ):
            # ... or before the figures under its money labels (`年度预算安排 年度资金总额 其中：
            # 财政拨款 …` over `（万元） 168.50 150.00 …`): the end of the block's label.
            first, *others = rows[at][1]
            rows[at] = (rows[at][0], (first + unit, *others))
            cells, words = (rest, *cells[1:]), words[1:]
        # The labels' row right above, past a page's furniture (a page break in a header).
        at = _above(rows)
        under = at is not None and rows[at][0] == labelled
        if under and (ends := _label_ends(words, rows[at][1])):
            cells, columns = ends, _column_roles(_joined_labels(rows[at][1], ends))
        elif under and (parts := _parts_under(words, rows[at][1])):
            rows[at], columns = (labelled, parts), _column_roles(parts)
            continue
        elif names_indicator_columns(cells):
            cells = _pieces(cells)
            # Printed again at a page top without the 一级's or the block's label: same columns.
            if columns is not None and (padded := _labels_left_out(cells, rows, labelled)):
                cells = padded
            else:
                columns = _column_roles(cells)
            labelled, above, orphans = number, False, False
        elif columns is None and headings and (money := _money_parts(cells, words, headings)):
            label, figures = money
            placed_money = _money_row(label, figures, headings, money_above) or _money_standing(
                label, figures, headings, (standing or {}).get(number)
            )
            if placed_money is None:
                under = len(headings) - _side_columns(headings)
                why = f"a money row of {len(figures)} figures under {under} headings"
                notes.append(_unplaced(number, line, why))
                continue
            if cells[0] != label and _ends_block_label(headings[0], cells[0]):
                # The block's label printed over the headings' line and this one: made whole.
                whole = (headings[0] + cells[0], *headings[1:])
                at = max(k for k, (_, printed) in enumerate(rows) if printed == headings)
                rows[at], headings = (rows[at][0], whole), whole
            elif cells[0] != label and _block_label_line(cells[0]):
                rows.append((number, (cells[0],)))  # the block's label, its unit: a row above
            cells = money_above = placed_money
        elif (points_row := _totals(words, columns)) is not None:
            cells = points_row
        elif (
            is_footer(words[0])
            or (columns is not None and signs_off(words))
            or notes_go_on
            or is_page_furniture(line)
            or number in furniture
            or (
                is_title(line)
                and (
                    _heads_a_project(lines[number:])
                    or not (_has_label(cells) or _titled_row(words, columns))
                )
            )
        ):
            cells = (" ".join(words),)
            noted = len(words) == 1 and (notes_go_on or is_footer(words[0]))
            # The next table's title ends the columns; a page's furniture holding a title (a
            # browser's print header: `2023/3/21 09:47 …绩效目标公开-…人民政府`) does not.
            if (
                is_title(line)
                and not is_page_furniture(line)
                and not _goes_on(lines[number:], columns)
            ):
                columns, headings = None, ()
        elif columns is not None and (row := _placeholder_row(words, columns)):
            cells = row
        elif (
            columns is not None
            and all(map(is_block_label, cells))
            and not _wrapped_levels(words, columns, rows[-1][1] if rows else (), heads=False)
        ):
            # The blocks' labels over the columns' (`中期绩效指标 年度绩效指标`), again; or the
            # block's, printed left of its rows and set above the labels printed again at a
            # page's top (`fixed_width._side_label`); not a level's end wrapped under its row
            # (`服务对象满意` over `度指标`, a clipped `年度指标`).
            pass
        elif columns is not None and not names_project(cells[0]):
            above_cells = rows[-1][1] if rows else ()
            filled = filled if filled.columns == columns else _Filled(columns)
            ends = _wrapped_levels(words, columns, above_cells, heads=False)
            cells = (
                ends
                or _placed(words, columns, filled.always(), filled.shifted)
                or _placed_across_marks(line, columns, filled)
                or _placed_one_way((broken or {}).get(number, ()), columns, filled)
                or _wrapped_levels(words, columns, above_cells)
                or _standing((standing or {}).get(number), columns)
            )
            if whole := _broken_row(lines, number, columns, filled, cells):
                cells, rest = whole
                joined.add(rest)
            at = _above(rows)
            cells = cells or _name_ends(words, columns, rows[at][1] if at is not None else ())
            placed += cells is not None and _level(words[-1], "") is None
            # A word alone is no telling which cell's end, but for the end of a level cell
            # above that it completes into a level's name (`经济效益` over `指标`).
            repeated = _repeats_level(words, rows, columns)
            if cells is None or ((_wrapped_piece(words) or repeated) and not ends):
                why = (
                    "an indicator row whose words fit its columns in more than one way, or in none"
                )
                notes.append(_unplaced(number, line, f"{why} (its level cells kept)"))
                # The row above, past a page's furniture (a page break between a row and the
                # end of one of its cells).
                at = _above(rows)
                if (
                    at is not None
                    and rows[at][0] != labelled
                    and (repeated or _cut_off(words, rows[at][1]))
                ):
                    notes.append(_maybe_cut(rows[at][0], " ".join(words)))
                    if len(words) == 1 and cuts and cuts[-1].above == at and _prose(cuts[-1].word):
                        # Under a line of prose left out alone: its next line, one piece.
                        last = cuts[-1]
                        notes_kept = (*last.notes, *notes[-2:])
                        cuts[-1] = replace(last, word=last.word + words[0], notes=notes_kept)
                    elif len(words) == 1:
                        cut = _Cut(at, number, words[0], filled, tuple(notes[-2:]))
                        cuts.append(cut)
                cells = () if repeated else _levels(words, columns)
                orphans = orphans or (not cells and above and _lost_levels(words, columns))
            elif orphans and not cell_at(cells, columns.index("level1")):
                why = "an indicator row whose 一级 may be in a row left out above it"
                notes.append(_unplaced(number, line, why))
                continue
            else:
                filled.add(cells)
                filled.shifted = filled.shifted or _only_shifted(words, columns)
            orphans = orphans and not cells
            above = above or ("level1" in columns and bool(cell_at(cells, columns.index("level1"))))
        elif (
            headings
            and rows[-1][1] == headings
            and (ends := _label_ends(words, pieces := _pieces(headings), field_roles))
        ):
            rows[-1] = (rows[-1][0], pieces)
            cells, headings = ends, _joined_labels(pieces, ends)
        elif headings and rows[-1][1] == headings and (whole := _ends_among(words, headings)):
            # Ends of the headings above and headings of their own on one line: the row whole.
            headings = money_above = _measures_first(whole)
            rows[-1] = (rows[-1][0], headings)
            continue
        else:
            # Under indicator columns only a 项目名称 row comes here: the next form's header, a
            # form under the last one (an empty row between), whose own labels follow.
            columns = None
            at = _above(rows)  # the row above, past a page's furniture
            above_cells = rows[at][1] if at is not None else ()
            if _figures_untold(words, above_cells):
                why = f"a money row of {len(words)} figures under {len(above_cells)} headings"
                notes.append(_unplaced(number, line, why))
                continue
            cells = _aligned(cells, words, above_cells)
            if _is_headings(cells):
                cells = _measures_first(cells)
                headings, money_above = cells, ()
        if (
            cells
            and (at := _above(rows)) is not None
            and (top := _label_to_block_top(cells, rows[at][1]))
        ):
            rows[at], cells = (rows[at][0], (cells[0], *rows[at][1])), top
        if cells:
            rows.append((number, cells))
        if signed:
            rows.append((number, (" ".join(signed),)))
    return _cuts_placed(rows, notes, cuts), placed


def _cuts_placed(rows: list, notes: list, cuts: list[_Cut]) -> Untabbed:
    """The rows and notes with each word alone under a row (`_Cut`) placed under the one cell of
    that row it can end, its notes dropped: the one cell of a kind a converter wraps
    (`UNWRAPPED_KINDS` aside) as wide as the widest of its column, a line it filled
    (`_wrapped`), where that cell is a name or a reason (`WRAPPED_ALONE_ROLES`); short of it,
    the one cell the word ends by what the two say (`_ended_by`). The layout floor then reads it
    as it reads a tab-separated cell's end under that column (a name's end joined, with
    `name_end_joined`). A word that completes the name of the indicator row below it as
    indicators' names end, and not the name above it (`部门预算执行` over `率 不低于95%`, under
    `社会救助资金发放准确率`), is that name's first line instead: placed alone under the names'
    column, over it (`_name_started`). Otherwise the word stays left out with its notes."""
    for cut in reversed(cuts):
        columns, widest = cut.filled.columns or (), cut.filled.widest
        cells = rows[cut.above][1][: len(columns)]
        if _name_started(cut, rows):
            name = columns.index("level3")
            rows.insert(cut.above + 1, (cut.line, ("",) * name + (cut.word,)))
            notes = [note for note in notes if note not in cut.notes]
            continue
        if (below := _reason_started(cut, rows)) is not None:
            line, row = rows[below]
            col = columns.index("deviation")
            rows[below] = (line, (*row[:col], cut.word + row[col], *row[col + 1 :]))
            notes = [note for note in notes if note not in cut.notes]
            continue
        full = [
            col
            for col, text in enumerate(cells)
            if text
            and COLUMN_KINDS.get(columns[col]) not in UNWRAPPED_KINDS
            and _wrapped(text, cut.word, columns[col], widest.get(col, 0))
        ]
        if len(full) == 1 and columns[full[0]] in WRAPPED_ALONE_ROLES:
            ended: int | None = full[0]
        else:
            ended = _ended_by(cut.word, cells, columns, widest)
        if ended is not None:
            rows.insert(cut.above + 1, (cut.line, ("",) * ended + (cut.word,)))
            notes = [note for note in notes if note not in cut.notes]
    return Untabbed(tuple(rows), tuple(notes))


def _reason_started(cut: _Cut, rows: list) -> int | None:
    """The index of the row whose reason a line of prose left out alone begins, where a table
    centres its cells down their rows (`5月中旬遭遇干热风天气，灌浆期缩短，` over the row printing
    `2022年小麦千粒重较上年下降1.8克；`): the row under it prints a reason and the row over it
    none the line could end. None otherwise."""
    columns = cut.filled.columns or ()
    if "deviation" not in columns or not _prose(cut.word) or cut.above + 1 >= len(rows):
        return None
    col = columns.index("deviation")
    above, below = rows[cut.above][1], rows[cut.above + 1][1]
    return cut.above + 1 if cell_at(below, col) and not cell_at(above, col) else None


def _name_started(cut: _Cut, rows: list) -> bool:
    """Whether a word alone on its line is the first line of the name of the indicator row
    below it (past page furniture): that row prints no level cell, a name the word completes as
    indicators' names end (`completes_name`) and a value, and the word does not complete the
    name of the row above it so."""
    columns = cut.filled.columns or ()
    if "level3" not in columns:
        return False
    name = columns.index("level3")
    above = cell_at(rows[cut.above][1], name)
    index = next(
        (i for i in range(cut.above + 1, len(rows)) if not is_page_furniture(" ".join(rows[i][1]))),
        None,
    )
    if index is None or rows[index][0] < cut.line or completes_name(above, cut.word):
        return False
    cells = rows[index][1]
    levels = [col for col, role in enumerate(columns) if role in ("level1", "level2")]
    return (
        len(cells) <= len(columns)
        and not any(cell_at(cells, col) for col in levels)
        and completes_name(cut.word, cell_at(cells, name))
        and any(cell_at(cells, col) for col in range(name + 1, len(cells)))
    )


def _ended_by(
    word: str, cells: tuple[str, ...], columns: tuple[str | None, ...], widest: dict[int, int]
) -> int | None:
    """The column of the one cell of a row that a word alone under it ends, by what the two say
    where their widths tell none: a unit under the row's one target ending in a figure or its
    magnitude (`约28.6` over `万人`, `31.62万` over `亩`) in a table with no unit column; else
    either the name the word completes (`…绿色防控覆盖` over `率`: `_ends_name`) or the row's one
    cell that leaves a clause open, a reason going on (`…推迟补栏，`), but not both. First of
    all, the row's one cell whose bracket the word closes (`主体工程汛前完成时间（2025年` over
    `主汛期到来前）`, beside a target ending as the word does, `…前`)."""
    bracketed = [col for col, cell in enumerate(cells) if cell and closes_bracket(cell, word)]
    if len(bracketed) == 1:
        return bracketed[0]
    text = fold(word)
    if "unit" not in columns and is_unit(text):
        figures = [
            col
            for col, cell in enumerate(cells)
            if columns[col] not in (None, "level3")
            and columns[col] not in COLUMN_KINDS
            and awaits_unit(cell)
        ]
        if len(figures) == 1:
            return figures[0]
    going_on = [col for col, cell in enumerate(cells) if leaves_clause_open(cell)]
    named = "level3" in columns and _ends_name(word, cells, columns.index("level3"), widest)
    if not going_on:
        return columns.index("level3") if named else None
    col, *others = going_on
    return None if named or others or columns[col] not in WRAPPED_ALONE_ROLES else col


def _ends_name(word: str, cells: tuple[str, ...], col: int, widest: dict[int, int]) -> bool:
    """Whether a word alone under a row may end its name, the cell `col`: it completes the name
    (`completes_name`) and is no wider than the names' column."""
    return completes_name(cell_at(cells, col), word) and print_width(word) <= widest.get(col, 0)


def _wrapped(text: str, word: str, role: str | None, widest: int) -> bool:
    """Whether a cell of the column `role`, its widest cell `widest`, may have wrapped onto a
    line of its own holding `word`: a long line of words (a name, a reason) to within
    `WRAPPED_WIDTH_SLACK` of the widest, breaking before a character that does not fit; a
    short one (a target) as wide as it, or one of any width whose clause is left open
    (`CLAUSE_OPEN_ENDS`: `…推迟补栏，` over `下一步…`). The word is a line of that column too, no
    wider than its widest (but a reason's, `WIDEST_COLUMN_ROLES`)."""
    slack = WRAPPED_WIDTH_SLACK if role in WRAPPED_ALONE_ROLES else 0
    fits = role in WIDEST_COLUMN_ROLES or print_width(word) <= widest + slack
    return fits and (print_width(text) + slack >= widest or leaves_clause_open(text))


def _signed_off(words: list[str], columns) -> tuple[list[str], list[str]]:
    """A line's words before the sign-off a converter joined to the end of a row under the
    indicator columns (`… 村民满意度 ≥90% 填表人：雷** 联系电话：…`: the line under the table,
    given the last row's empty cells), and that sign-off's words, from the first word after the
    row's first that is a sign-off's label with its colon; a line opening with one, or of
    label：value words only, one of them a sign-off's (`lines.signs_off`), is one whole."""
    if columns is not None and signs_off(words):
        return words, []
    signs = (
        n
        for n, word in enumerate(words)
        if n and columns is not None and is_sign_off(word) and ":" in fold(word)
    )
    at = next(signs, len(words))
    return words[:at], words[at:]


def _labels_left_out(
    cells: tuple[str, ...], rows: list[tuple[int, tuple[str, ...]]], labelled: int
) -> tuple[str, ...] | None:
    """The column labels of a row that prints the last labels' but for the 一级's (a page top
    under the 一级's merged cell, `grid_rows.level1_left_out`) or the indicator block's down the
    side (a page top under its merged cell: `绩效指标`, or `绩` spelled a character a row), with
    an empty cell put back where that label stood; None for any other labels."""
    above = next((row for line, row in reversed(rows) if line == labelled), ())
    left_out = len(above) - len(cells)
    if left_out < 1:
        return None
    padded = ("",) * left_out + cells
    sides = above[:left_out]
    block_left_out = list(map(compact, cells)) == list(map(compact, above[left_out:])) and all(
        is_block_label(side) or _spells_block_down(side) for side in sides
    )
    return padded if block_left_out or level1_left_out(padded, above) else None


def _lost_levels(words: list[str], columns: tuple[str | None, ...]) -> bool:
    """Whether a row left out may have printed its 一级 (`过程管理指标 预算管理 预算完成率 ≥95%`):
    it begins with a level's name the vocabulary lacks (`LEVEL_NAME_ENDS`) or with the head of
    one it knows (`效益指`, its `标` wrapped onto the row below), and its words fit no row that
    begins at the name, as a row under the levels above would."""
    if "level1" not in columns or "level3" not in columns:
        return False
    first = compact(words[0])
    return (first.endswith(LEVEL_NAME_ENDS) or _level_head(first)) and not _found(
        words, columns[columns.index("level3") :]
    )


def _wrapped_levels(
    words: list[str], columns: tuple[str | None, ...], above: tuple[str, ...], heads: bool = True
) -> tuple[str, ...] | None:
    """The cells of a row whose level cells hold the lines of a merged level cell that a PDF
    spread over the rows it spans (`效益指标 经济效益 新增节水灌溉面积 …` over `指标 亩均节本增效
    …`; `满意度 服务对象满 …` over `指标 意度指标`): its first words, in order, each in the first
    level column left that it fits as the end of the cell above (that cell, no level's whole
    name, and the word name a level of the column together), as a level of the column, or, with
    `heads`, as the head of a level's name (`服务对象满`); the other words placed as any row's
    (`_placed`). None where no word is such an end or head, or the other words fit no one way.
    An end is read before any other placement (`标` is no character of a block label down the
    side under `效益指`), a head only where the row fits no other way."""
    levels = [col for col, role in enumerate(columns) if role in ("level1", "level2")]
    cells, wrapped, at = {}, False, 0
    for col in levels:
        if at == len(words):
            break
        word, head = compact(words[at]), compact(cell_at(above, col))
        end = bool(head) and not head.endswith(LEVEL_NAME_ENDS)
        end = end and _level(head + word, "") == columns[col] and _level(word, "") is None
        started = heads and _level_head(word) and _level(word, "") is None
        if end or started or _level(word, "") == columns[col]:
            cells[col], at = words[at], at + 1
            wrapped = wrapped or end or started
    rest = _placed(words[at:], columns) if words[at:] else ()
    if not wrapped or rest is None or any(cell_at(rest, col) for col in cells):
        return None
    row = [*rest, *[""] * (max(cells) + 1 - len(rest))]
    for col, word in cells.items():
        row[col] = word
    return tuple(row)


def _level_head(text: str) -> bool:
    """Whether `text` is the head of a level's name and not the whole of it (`效益指`)."""
    return len(text) >= LEVEL_HEAD_LENGTH and any(
        category.name.startswith(text) and category.name != text for category in CATEGORIES
    )


def _pieces(labels: tuple[str, ...]) -> tuple[str, ...]:
    """A row of labels, each cell that is no label cut into its words (`年度指 实际完`: the starts
    of two labels whose ends a converter wrapped)."""
    return tuple(
        piece for cell in labels for piece in ([cell] if _is_label(cell) else cell.split())
    )


def _label_ends(
    words: list[str], labels: tuple[str, ...], roles=column_roles
) -> tuple[str, ...] | None:
    """The line right under a row of column labels as the ends a converter wrapped off them
    (`年度指 | 实际完` over `标值 成值`; a money block's headings, by `roles`), each word under the
    one label it completes, in order: a word that is no label alone, after which a label that
    was none is one (`年度指标值`), or a label is another exactly (`偏差原因分析` `及改进措施`);
    or a whole label under the second of a label printed twice in its row, which it makes
    another exactly (`指标值 指标值` over `说明`: 指标值说明; the target's column comes first).
    None unless the words go one way only, and at least one label was none without its end or
    was printed twice."""

    def fits(word: str, at: int) -> bool:
        joined = labels[at] + word
        if not labels[at] or not roles(joined):
            return False
        if _is_label(word):
            return is_exact_label(joined) and printed_before(labels, at)
        return is_exact_label(joined) or not roles(labels[at])

    def ways(word: int, col: int) -> list[tuple[int, ...]]:
        if word == len(words):
            return [()]
        found = []
        for at in range(col, len(labels)):
            if fits(words[word], at):
                found += [(at, *rest) for rest in ways(word + 1, at + 1)]
        return found[:2]

    placements = ways(0, 0)
    if len(placements) != 1 or all(
        roles(labels[col]) and not _is_label(word)
        for word, col in zip(words, placements[0], strict=True)
    ):
        return None
    cells = [""] * (placements[0][-1] + 1)
    for word, col in zip(words, placements[0], strict=True):
        cells[col] = word
    return tuple(cells)


def _measures_first(headings: tuple[str, ...]) -> tuple[str, ...]:
    """A money block's headings, an empty one put back over its rows' labels where a measure
    comes first (the block's label printed on a middle row, its cell over the measures empty)."""
    return ("", *headings) if set(field_roles(headings[0])) & _MEASURES else headings


def _ends_among(words: list[str], headings: tuple[str, ...]) -> tuple[str, ...] | None:
    """A money block's headings made whole from the line under them, which prints the end of
    each, wrapped off it, among headings of its own, in order (`年初预算 全年预算 全年执行 执行率`
    over `数 数 数 分值 （%） 得分`: 年初预算数 … 分值 执行率（%） 得分); None unless every word
    ends the next heading above, no heading alone, or is a heading itself, and every heading
    above is ended."""
    above = [text for text in headings if text]
    whole: list[str] = []
    at = 0
    for word in words:
        if at < len(above) and not field_roles(word) and field_roles(above[at] + word):
            whole.append(above[at] + word)
            at += 1
        elif field_roles(word):
            whole.append(word)
        else:
            return None
    return tuple(whole) if at == len(above) and len(whole) > len(above) else None


def _parts_under(words: list[str], labels: tuple[str, ...]) -> tuple[str, ...] | None:
    """The column labels with one of them replaced by the labels of the line right under them,
    a header printed over two rows (`指标值`, merged across two columns, over `年度指标值
    实际完成值`; `年度指标值` over `符号 数值 单位`): every word a label, one of them naming the
    role of one label above and of one only (the one they part), or none of them and one label
    above naming only the group of its columns (`自评情况` over `分值 得分`), the others roles no
    label above names, and the row so made names indicator columns. None otherwise (a row of
    values, or labels of a table's own)."""
    if len(words) < 2 or not all(map(_is_label, words)):
        return None
    roles = [column_roles(word)[:1] for word in words]
    above = [column_roles(label)[:1] for label in labels]
    shared = [role for role in roles if role in above]
    if not all(roles) or len(shared) > 1:
        return None
    if shared:
        group = [col for col, role in enumerate(above) if role == shared[0]]
    else:
        group = [col for col, label in enumerate(labels) if is_column_group(label)]
    if len(group) != 1:
        return None
    parts = (*labels[: group[0]], *words, *labels[group[0] + 1 :])
    return parts if names_indicator_columns(parts) else None


def _joined_labels(labels: tuple[str, ...], ends: tuple[str, ...]) -> tuple[str, ...]:
    """The column labels with the ends wrapped off them put back."""
    return tuple(label + (ends[col] if col < len(ends) else "") for col, label in enumerate(labels))


def _money_parts(
    cells: tuple[str, ...], words: list[str], headings: tuple[str, ...]
) -> tuple[str, list[str]] | None:
    """A money row's label and figures: a label and two figures or more after it
    (`其中:财政拨款 86.00 79.12`), or a total's word or a part named by the government that
    gives it, a label only inside a money block (`MONEY_BLOCK_PART_LABELS`), and its figures
    (`合计 1,200.00 1,136.40`, `省级补助 260.00 300.00`); the block's label before the row's
    own, a merged cell written into each row it spans (`项目资金 年度资金总额 420.00 378.00`) or
    printed at a middle one, is no cell of the row (`_joined_rows` gives it a row above), nor is
    the end of one begun before the headings (`年度预算执` over `行情况`: `_ends_block_label`)."""
    if len(cells) == 3 and (
        _block_label_line(cells[0]) or _ends_block_label(headings[0], cells[0])
    ):
        cells = cells[1:]
    if len(cells) == 2 and _is_label(cells[0]) and (figures := _figures(cells[1])):
        return cells[0], figures
    if compact(words[0]) in _MONEY_WORDS and (figures := _figures(" ".join(words[1:]))):
        return words[0], figures
    return None


def _money_row(
    label: str, figures: list[str], headings: tuple[str, ...], above: tuple[str, ...] = ()
) -> tuple[str, ...] | None:
    """A money row's cells under its headings: one figure under each heading but the first;
    else, with its blank cells gone, the one placement of its figures in order under the
    headings after those down the side whose roles they fit (`MONEY_HEADING_KINDS`), a dash
    under any, or of those, the one that fills the headings the money row `above` it filled
    (fund rows printed alike: `县级衔接资金 180.00 174.60` under 全年预算数 | 全年执行数 | 分值 |
    执行率 | 得分, as `省级衔接资金 300.00 291.00` above it, though 174.60 may be a rate); None
    where no placement, or more than one, puts its figures under the same headings
    (`其中:财政拨款 2,860.00 3,012.40 2,874.50` under 年初预算数 | 全年预算数 | 全年执行数 | 分值 |
    执行率 | 得分 is the three amounts; `60.00 45.60` under 预算数 | 执行数 | 分值 is not placed,
    as 45.60 may be points); or, figures all zero, as many as the amount headings, under them
    (`其他资金 0 0 0` under 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分: a fund of
    no money has no rate nor score), dashes after them where they fit."""
    if len(figures) + 1 == len(headings):
        return (label, *figures)
    side = _side_columns(headings)
    kinds = [{MONEY_HEADING_KINDS.get(r, "text") for r in field_roles(h)} for h in headings[side:]]
    if not all(kinds):
        return None
    placements = [
        columns
        for columns in itertools.combinations(range(len(kinds)), len(figures))
        if all(
            _money_fits(figure, kinds[column])
            for figure, column in zip(figures, columns, strict=True)
        )
    ]
    valued = {
        tuple(c for c, f in zip(columns, figures, strict=True) if f not in EMPTY_AMOUNTS): columns
        for columns in placements
    }
    filled_above = tuple(c for c, text in enumerate(above[side:]) if _valued(text))
    amounts = tuple(c for c, kind in enumerate(kinds) if kind == {"amount"})
    if len(valued) == 1:
        chosen = placements[0]
    elif filled_above in valued:
        chosen = valued[filled_above]
    elif amounts in valued and all(_zero(figure) for figure in figures if _valued(figure)):
        # A fund of no money: nothing spent, nothing to rate or score (its dashes, which say
        # nothing, wherever they fit: `其他资金 0.00 0.00 0.00 — / /`).
        chosen = valued[amounts]
    else:
        return None
    row = [""] * len(kinds)
    for figure, column in zip(figures, chosen, strict=True):
        row[column] = figure
    return ("",) * (side - 1) + (label, *row)


def _valued(text: str) -> bool:
    return bool(text) and text not in EMPTY_AMOUNTS


def _zero(figure: str) -> bool:
    return (
        bool(_NUMBER.match(figure))
        and not figure.endswith("%")
        and not Decimal(figure.replace(",", ""))
    )


def _side_columns(headings: tuple[str, ...]) -> int:
    """How many of a money block's headings stand down the side, over its rows' labels (the
    block's label, 资金来源, the parts' column `资金性质`): those before the first heading of
    figures, one at least."""
    return max(
        1, next((at for at, h in enumerate(headings) if not _down_the_side(h)), len(headings))
    )


# A money block's label's last line, its unit in brackets, printed before a row's own label
# (`（万元） 项目支出`, or a cell of its own): the block's, given a row above as its label is.
_UNIT = rf"[（(]\s*(?:{'|'.join(map(re.escape, CURRENCY_UNITS))})\s*[)）]"
_UNIT_FIRST = re.compile(rf"\s*({_UNIT})\s+(\S.*)")
_UNIT_ALONE = re.compile(_UNIT)


def _label_to_block_top(cells: tuple[str, ...], above: tuple[str, ...]) -> tuple[str, ...] | None:
    """A row of money labels and figures side by side after the money block's label, printed
    at the middle of the block (`项目资金 | 其中：财政拨款 | 850.00 | 其中：财政拨款 | 290.00`)
    under a row `above` (past a page's furniture) of as many totals and figures (`中期资金总额： |
    900.00 | 年度资金总额： | 320.00`): the row without the label, which goes to the front of
    the row above, the block's first (as a merged cell's text is its first row's); None for any
    other row."""
    if not (
        len(cells) > 2 and "money_block" in field_roles(cells[0])
        and _label_pairs(cells[1:]) and len(cells) - 1 == len(above) and _label_pairs(above)
        and all("total" in field_roles(label) for label in above[::2])
    ):  # fmt: skip
        return None
    return cells[1:]


def _label_pairs(cells: tuple[str, ...]) -> bool:
    """Whether cells are money labels each followed by its figure, two pairs at least."""
    return (
        len(cells) >= 4 and len(cells) % 2 == 0
        and all(map(_is_figure, cells[1::2])) and not any(map(_is_figure, cells[::2]))
    )  # fmt: skip


def _ends_block_label(head: str, cell: str) -> bool:
    """Whether a cell before a money row's label ends the block's label begun before the
    headings (`年度预算执` + `行情况`: a wrapped merged cell), no label of its own."""
    return bool(head) and not field_roles(cell) and "money_block" in field_roles(head + cell)


def _block_label_line(cell: str) -> bool:
    """Whether a cell before a money row's label is a line of the block's label, merged over its
    rows: the label (`项目资金`) or its unit (`（万元）`)."""
    return "money_block" in field_roles(cell) or bool(
        _UNIT_ALONE.fullmatch(simplified(cell).strip())
    )


# The measures of a money block's amounts (年初预算数 | 全年预算数 | 全年执行数), never over
# its rows' labels.
_MEASURES = frozenset({"budget_initial", "budget_adjusted", "executed"})


def _down_the_side(heading: str) -> bool:
    """Whether a money block's heading stands over its rows' labels, not over figures."""
    side = set(field_roles(heading)) & set(MONEY_LABEL_COLUMN_ROLES)
    return bool(side) or compact(heading) in _MONEY_PART_COLUMNS


def _money_fits(figure: str, kinds: set[str]) -> bool:
    """Whether a money row's cell may stand under a heading of these kinds."""
    if figure in EMPTY_AMOUNTS:
        return True
    if not _is_figure(figure):
        return "text" in kinds
    if figure.endswith("%"):
        return "rate" in kinds
    if not _NUMBER.match(figure):  # `9.5分`
        return "points" in kinds
    value = Decimal(figure.replace(",", ""))
    return (
        "amount" in kinds
        or ("points" in kinds and 0 <= value <= MAX_POINTS)
        or ("rate" in kinds and 0 <= value <= MAX_PLAIN_RATE)
    )


def _aligned(cells: tuple[str, ...], words: list[str], above: tuple[str, ...]) -> tuple[str, ...]:
    """A row of the header block, its empty leading cells put back where the row above tells
    them: a row of labels and values (`其中:财政拨款 68.50 其中:财政拨款 51.35`) under one of the
    same pattern it ends like (`项目资金 (万元) | 中期资金总额: | 68.50 | 年度资金总额: | 51.35`),
    when it begins with a part of the money (`PART_ROLES`);
    a row with no label, a word under each heading but the first of a row of headings (the goals
    under `总体目标 | 中期目标 | 年度目标`, the figures under `资金金额 | 中央资金 | 州级资金 | 合计`),
    or under each cell of a row so placed (a department's second task under its first).
    A money block's total or part and its figure (`省级补助 128.64`, `_money_pair`) are two
    cells; any other row with no label is one cell."""
    labelled = [_is_label(cell) for cell in cells]
    if not any(labelled) and not any(map(_is_labelled, cells)) and not _money_pair(cells):
        headings = above and not any(_is_figure(cell) for cell in above if cell)
        if headings and len(words) == len(above) - 1 > 1:
            return ("", *words)
        return (" ".join(words),)
    shift = len(above) - len(cells)
    if shift > 0 and _is_part(cells[0]) and labelled == [_is_label(cell) for cell in above[shift:]]:
        return ("",) * shift + cells
    return cells


def _unit_first(cell: str) -> tuple[str | None, str]:
    """A cell's money unit in brackets before its words (`（万元） 基本支出`, `（萬元） 168.50`), and
    those words; (None, "") for a cell that opens with none."""
    found = _UNIT_FIRST.fullmatch(simplified(cell))  # a character for a character
    return (cell[found.start(1) : found.end(1)], cell[found.start(2) :]) if found else (None, "")


def _under_money_labels(words: list[str], above: tuple[str, ...]) -> bool:
    """Whether a row's words are figures alone under a row of money labels down the side and
    over figures (`年度预算安排 | 年度资金总额 | 其中：财政拨款 | 其他资金`)."""
    return (
        bool(words and above)
        and all(map(field_roles, above))
        and _down_the_side(above[0])
        and all(map(_is_figure, words))
    )


def _figures_untold(words: list[str], above: tuple[str, ...]) -> bool:
    """Whether a row of figures alone under a row of money headings (each a label the vocabulary
    knows) is fewer figures than its headings over figures (blank cells gone:
    `6,842.57 6,842.57 486.32 6,356.25` under `一般公共预算 政府性基金 其他资金 基本支出 项目支出`,
    themselves under `资金总额 按收入性质分 按支出性质分`; `96.00 96.00` under `年度预算安排 |
    年度资金总额 | 其中：财政拨款 | 其他资金`, the first down the side): which heading each stands
    under is not told."""
    side = _side_columns(above) if above and _down_the_side(above[0]) else 0
    return (
        bool(above)
        and all(map(field_roles, above))
        and len(words) < len(above) - side
        and all(map(_is_figure, words))
    )


def _total_start(words: list[str], columns: tuple[str | None, ...] | None) -> int | None:
    """Where a row of a table's points begins: at its first word (`总分 100 98.46`), or at its
    second after the department that opens every row under a department column (`某局 总分 100
    97.7`, a sheet's rows); None for any other row."""
    if compact(words[0]) in _TOTALS:
        return 0
    opens = bool(columns) and columns[0] == "department" and len(words) > 1
    return 1 if opens and compact(words[1]) in _TOTALS else None


def _totals(words: list[str], columns: tuple[str | None, ...] | None) -> tuple[str, ...] | None:
    """The row of a table's points (`总分 100 98.46`; its label spelled a character a word to fill
    its cell, `合 计 100 97.4`, made one by `_spelled`) from its label (`_total_start`): the words
    before it in the columns they open, its label, and its figures under the points columns
    (weight, score) when there is one figure for each; else as printed. None for any other row."""
    if len(words[0]) == 1:
        words = _spelled(words)
    if (start := _total_start(words, columns)) is None:
        return None
    points = [col for col, role in enumerate(columns or ()) if COLUMN_KINDS.get(role) == "points"]
    figures = words[start + 1 :]
    if not figures or len(points) != len(figures) or not all(map(_is_figure, figures)):
        return tuple(words)  # a label alone (`合计`), or figures not one for each points column
    cells = [*words[: start + 1], *[""] * (points[-1] - start)]
    for col, word in zip(points, figures, strict=True):
        cells[col] = word
    return tuple(cells)


def _wrapped_piece(words: list[str]) -> bool:
    """Whether a row is one word and no level's: the end of any cell of the row above, wrapped
    onto a line of its own (`万元`), or a name with no value; no telling which."""
    return len(words) == 1 and _level(words[0], "") is None


def _repeats_level(words: list[str], rows: list, columns: tuple[str | None, ...]) -> bool:
    """Whether a row is one word naming the level its rows are under already (`数量` under the
    rows of 数量指标): a merged level's name prints once, so the word is the end of a cell of
    the row above wrapped onto a line of its own (`储备扑火物资（风力灭火机等）` over `数量`),
    no level's (it had been read as a level with no indicator and skipped, the name cut)."""
    role = _level(words[0], "") if len(words) == 1 else None
    if role is None or role not in columns:
        return False
    col, level = columns.index(role), int(role.removeprefix("level"))
    above = next((cells[col] for _, cells in reversed(rows) if cell_at(cells, col)), None)
    return above is not None and canonical_level(above, level) == canonical_level(words[0], level)


def _pieces_only(words: list[str]) -> bool:
    """Whether a row left out holds only ends of a name or a target wrapped off the row above
    (`万元`, `时 时`): one or two words with no figure, none a level or ending as one (`指标`)."""
    return (
        len(words) <= 2
        and any(char.isalpha() for word in words for char in word)
        and not any(char.isdigit() for word in words for char in word)
        and not any(_level(word, "") or compact(word).endswith(LEVEL_NAME_ENDS) for word in words)
    )


def _cut_off(words: list[str], above: tuple[str, ...]) -> bool:
    """Whether a row left out may be the ends of cells of the row above wrapped onto a line of
    their own: pieces (`_pieces_only`), or one word under a row with a cell whose clause is
    left open (`CLAUSE_OPEN_ENDS`: `…推迟补栏，` over `下一步结合2024年项目优先扶持`), or one word
    of prose (`新建，顺延至2024年实施，已落实建`, `2家申报主体设备购置合同未按期签订，`: a reason's
    line, no name's)."""
    return _pieces_only(words) or (
        len(words) == 1 and (any(map(leaves_clause_open, above)) or _prose(words[0]))
    )


def _prose(word: str) -> bool:
    """Whether a word is a line of prose going on: clauses parted inside it (`，`, `；`:
    `CLAUSE_MARKS`), or one left open."""
    inside = fold(word).rstrip(CLAUSE_MARKS)
    return any(mark in inside for mark in CLAUSE_MARKS) or leaves_clause_open(word)


def _maybe_cut(number: int, piece: str) -> tuple[str, int, str, str]:
    """The note on the row above a row of ends of cells left out (`_pieces_only`)."""
    text = fold(piece)
    why = f"`{text}` on the line under this row was left out: it may end one of its cells"
    return ("cell_maybe_cut", number, f"{why} (its name or its target)", text)


def _unplaced(number: int, line: str, why: str) -> tuple[str, int, str, str]:
    """The note on a row left out, or kept in part, rather than placed by a guess."""
    text = fold(line)
    return ("row_unparsed", number, f"{why}; not placed by a guess: {text}", text)


def _is_headings(cells: tuple[str, ...]) -> bool:
    """Whether a header-block row heads the figures of money rows below it (`资金来源 | 年初预算数
    | 全年预算数 | 全年执行数 | 执行率 | 得分`): no figure, a heading of spending or points; or,
    after the headings down the side, two or more that only say a period (`资金来源 | 资金性质 |
    中期资金总额 | 年度资金总额`, `vocab.MONEY_SCOPE_HEADINGS`)."""
    if any(map(_is_figure, cells)):
        return False
    roles = {role for cell in cells for role in field_roles(cell)}
    periods = cells[_side_columns(cells) :]
    return bool(roles & set(MONEY_HEADING_ROLES)) or (
        _down_the_side(cells[0])
        and len(periods) > 1
        and all(compact(cell) in _MONEY_SCOPES for cell in periods)
    )


def _levels(words: list[str], columns: tuple[str | None, ...]) -> tuple[str, ...]:
    """The level cells a row begins with, each under its column by its words (so that the rows
    below keep their levels): its 一级 and 二级 words in order. A ditto mark is none: in a row
    left out it may be a project's cell (`同上 同上 同上 质量指标 …`), and as a level it keeps
    the one above, as no cell does."""
    cells = [""] * len(columns)
    col = 0
    for word in _rejoined(words, columns):
        col = next(
            (at for at in range(col, len(columns)) if columns[at] in _LEVEL_ROLES[1:]
             and not is_ditto(word) and _fits(columns[at], word, "", columns)), None,
        )  # fmt: skip
        if col is None:
            break
        cells[col] = word
        col += 1
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


_LEVEL_ROLES = ("indicator_block", "level1", "level2")
_BLOCK_LABELS = dict(vocab.COLUMN_LABELS)["indicator_block"]
_SHIFTED_LEVELS = {"level1": "level2", "level2": "level3"}
_TOTALS = frozenset(map(compact, vocab.POINTS_TOTAL_LABELS))
_MONEY_WORDS = _TOTALS | frozenset(map(compact, vocab.MONEY_BLOCK_PART_LABELS))
_MONEY_PART_COLUMNS = frozenset(map(compact, vocab.MONEY_PART_COLUMN_HEADINGS))
_MONEY_SCOPES = frozenset(map(compact, vocab.MONEY_SCOPE_HEADINGS))


def _has_label(cells: tuple[str, ...]) -> bool:
    return any(is_exact_label(cell) for cell in cells)


def _label_cells(words: list[str]) -> tuple[str, ...]:
    """A row of labels and values: each label (the longest run of words that is one, as
    `总 体 目 标` or `项目资金 (万元)` are) a cell, the words between two labels a value; a word
    that holds its label and value (`项目名称:金州区老旧小区改造`) begins a cell as a label does.
    A value of one word (no figure) printed again and again is a cell each time: a merged cell
    whose text a spreadsheet filled into every cell it spanned (`项目名称 某项目 某项目 某项目`);
    a value that is a money block's total or part and its figure (`资金来源 合计 1,286.40`) is
    two. Words each a label that name indicator columns one by one, where the longest runs do
    not, are a cell each (`指标 权重 计量单位 指标性质 指标值`: 指标 | 权重, not 指标权重)."""
    cells: list[str] = []
    for cell in _labelled_cells(words):
        pieces = cell.split()
        repeated = (
            len(pieces) > 1 and len(set(pieces)) == 1 and not _is_figure(pieces[0])
        ) and not _is_label(cell)
        cells.extend(pieces if repeated or _money_pair(tuple(pieces)) else [cell])
    if (
        len(cells) < len(words)
        and all(map(_is_label, words))
        and not names_indicator_columns(cells)
        and names_indicator_columns(words)
    ):
        return tuple(words)
    return tuple(cells)


def _money_pair(words: tuple[str, ...]) -> bool:
    """Whether words are a money block's total or part, a label only there, and its figure
    (`合计 1,286.40`, `省级补助 128.64`): two cells."""
    return len(words) == 2 and compact(words[0]) in _MONEY_WORDS and _is_figure(words[1])


def _labelled_cells(words: list[str]) -> list[str]:
    """`_label_cells` before a value filled into a merged cell's columns is cut."""
    cells: list[str] = []
    value: list[str] = []
    at = 0
    while at < len(words):
        end = next(
            (
                end
                for end in range(min(len(words), at + JOINED_LABEL_WORDS), at, -1)
                if _is_label(" ".join(words[at:end])) and not measures_apart(words[at:end])
            ),
            None,
        )
        # A label spelled a character a word may be longer (`偏 差 原 因 分 析 及 改 进 措 施`).
        spelled = spelled_label_end(words, at)
        end = max(end or 0, spelled or 0) or None
        if end is None:
            if _is_labelled(words[at]):  # `主管部门:某局`: a cell of its own, as a label is
                cells.extend([" ".join(value)] if value else [])
                value = []
            value.append(words[at])
            at += 1
            continue
        cells.extend([" ".join(value)] if value else [])
        value = []
        cells.append(" ".join(words[at:end]))
        at = end
    cells.extend([" ".join(value)] if value else [])
    return cells


def _is_labelled(word: str) -> bool:
    """Whether a word is a label and its value after a colon (`主管部门:某局`)."""
    head, colon, tail = fold(word).partition(":")
    return bool(colon and tail and _is_label(head))


def _is_figure(word: str) -> bool:
    """An amount, a rate or a dash saying there is none (`2,860.00`, `95.42%`, `—`)."""
    return (
        is_amount(word) or bool(_NUMBER.match(word) or _POINTS.match(word)) or word in EMPTY_AMOUNTS
    )


def _figures(value: str) -> list[str]:
    """The cells of a money row's value under its headings, where two or more of its words are
    figures (`186.00 210.50 85.00% 10 8.5 部分结算延后`): each figure a cell, the words between
    figures one, a rate's sign set apart from its figure (`98.00 %`) with it; else none."""
    words = value.split()
    if sum(map(_is_figure, words)) < 2:
        return []
    cells: list[str] = []
    text: list[str] = []
    for word in words:
        if word in RATE_SIGNS and cells and not text and _is_figure(cells[-1]):
            cells[-1] += word
        elif _is_figure(word):
            cells.extend([" ".join(text)] if text else [])
            cells.append(word)
            text = []
        else:
            text.append(word)
    return cells + ([" ".join(text)] if text else [])


@functools.lru_cache(maxsize=2**14)
def _is_label(text: str) -> bool:
    """Whether a word is a known label as it stands, or words are one written with spaces."""
    if not compact(text):
        return False
    return is_exact_label(text) if " " in text else is_whole_label(text)


_NUMBER = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
# A figure's head whose thousands may follow a space apart (`≥1`, `12 000`, an operator or sign
# before it), and a group of three digits (`350人`, `000`, `860.50元`).
_GROUP_HEAD = re.compile(r"\D{0,2}\d{1,3}(?: \d{3})*")
_GROUP = re.compile(r"\d{3}(?!\d)")
# A word in brackets: a note on the word before it (`(50分)`); and a level's points so noted.
_NOTE = re.compile(r"\([^()]*\)")
# A year printed alone, and a month opening the word after it: one date parted by a space.
_YEAR_ALONE = re.compile(r"\d{4}年")
_MONTH_FIRST = re.compile(r"(?:1[0-2]|0?[1-9])月")
_LEVEL_POINTS = re.compile(r"\(\s*\d+(?:\.\d+)?\s*分\s*\)")
# Points as a weight or score prints them (`10`, `9.5分`).
_POINTS = re.compile(rf"^\d+(?:\.\d+)?\s*(?:{'|'.join(vocab.POINTS_UNITS)})?$")
# A weight as its share of the whole (`15%` under 指标权重, the weights summing to 100%).
_SHARE = re.compile(r"^\d+(?:\.\d+)?%$")
_SPLIT_WORDS = frozenset(
    map(compact, (*vocab.OPERATOR_WORDS, *vocab.QUALITATIVE_WORDS, *vocab.VALUE_TYPE_WORDS,
                  *vocab.DIRECTION_WORDS))
)  # fmt: skip
_DIRECTION_WORDS = frozenset(map(compact, vocab.DIRECTION_WORDS))


def _level(text: str, following: str) -> str | None:
    """The level column a word names (`level_fit`, or a department-wide level no category
    names: `uncategorised_level`); a figure names none, whatever code it may be read as (`1`
    for 产出指标)."""
    if not any(map(str.isalpha, text)):
        return None
    uncategorised = uncategorised_level(text)
    return level_fit(text, following) or (f"level{uncategorised}" if uncategorised else None)


def _fits(
    role: str | None,
    text: str,
    following: str,
    columns,
    strict: bool = True,
    noted: bool = False,
    before: str = "",
) -> bool:
    """Whether a cell's text may stand in a column of the role, by its content (`COLUMN_KINDS`;
    for a word of both levels, by the word after it: `level_fit`; the word `before` it, where the
    一级's name is printed again as its 二级). A level word, or an operator
    or direction word, stands in a column of its kind where the table has one (a level word
    may be a name but when `strict`), and so does a grade word (`优`) or a verdict word (`是`). A score printed with its
    points taken off (`4（未按期完成扣1分）`) stands in a points column, whatever level its reason
    may name, and in no note column. A column whose label names no role holds a dash at most.
    A word in traditional characters fits where its simplified one does (`未評分`, `力爭達到`)."""
    text, following = simplified(text), simplified(following)
    if role is None:  # a column no label names: what it may hold is unknown
        return text in EMPTY_AMOUNTS
    kind = COLUMN_KINDS.get(role, "text")
    level = _level(text, following)
    if kind == "block":  # or a character of it printed down the side (`绩` `效` `指` `标`)
        return (
            is_block_label(text)
            or (len(text) == 1 and _level(text, "") is None)
            or (level == "level1" and _block_holds_level1(columns))
        )
    if level == "level1" and _block_holds_level1(columns) and strict:
        return False
    if kind == "level":  # or a word of both levels in the 二级's, before another level word
        # (`成本指标 成本指标`, which `level_fit` reads as the 一级), or the 一级's name printed
        # again as its 二级 (`满意度指标 满意度指标`: no 二级's name), or a ditto mark, the level above
        # going on (`同上`, `〃`), or both levels (`产出指标-数量指标`) in the 一级's column of a
        # table printing no 二级's, or the 一级's points wrapped onto the row below it
        # (`（30分）`: the level above's end)
        return (
            level == role
            or (
                role == "level2"
                and level == "level1"
                and bool(following)
                and (canonical_level(text, 2) is not None or compact(text) == compact(before))
            )
            or is_ditto(text)
            or (role == "level1" and "level2" not in columns and level_path(text) is not None)
            or (role == "level1" and bool(_LEVEL_POINTS.fullmatch(fold(text))))
        )
    if kind == "points":  # no level word fits, but a deduction's reason may name one
        return (
            bool(_POINTS.match(fold(text)) or printed_deduction(text))
            or (role == "weight" and points_and_score(text) is not None)
            or (role == "weight" and bool(_SHARE.match(fold(text))))
            or text in EMPTY_AMOUNTS
            or text in UNSCORED_WORDS
            or (role == "score" and text in vocab.FULL_MARKS_WORDS)
        )
    if level is not None and level in columns and (strict or role != "level3"):
        return False
    word = compact(text) in _SPLIT_WORDS
    if kind == "word" or (word and any(COLUMN_KINDS.get(c) == "word" for c in columns)):
        return kind == "word" and word
    if kind == "amount":  # or a ditto mark, a list's project amount above going on (`同上`)
        return is_amount(text) or text in EMPTY_AMOUNTS or is_ditto(text)
    if kind == "unit":  # a short unit the vocabulary may not know (`起/万台`) is no note either
        return is_unit(text) or (
            len(compact(text)) <= UNKNOWN_UNIT_LONGEST
            and not any(char.isdigit() or char in NOT_IN_A_UNIT for char in fold(text))
            and not any(word in text for word in NOT_IN_A_UNIT_WORDS)
        )
    if text in vocab.GRADE_WORDS and any(COLUMN_KINDS.get(c) == "grade" for c in columns):
        return kind == "grade"
    if kind == "grade":
        return text in EMPTY_AMOUNTS
    if text in vocab.VERDICT_WORDS and any(COLUMN_KINDS.get(c) == "verdict" for c in columns):
        return kind == "verdict"
    if kind == "verdict":
        return text in EMPTY_AMOUNTS
    if kind == "note":  # a score with its points taken off (`9（…扣1分）`) or `满分` is none;
        # a target neither, but where the row's value is another word (`noted`)
        return (
            (noted or not reads_as_target(text))
            and not is_unit(text)
            and not printed_deduction(text)
            and text not in vocab.FULL_MARKS_WORDS
        )
    if role == "level3":  # a name is no target (`1,230吨`, `≥95%`) nor, beside a unit
        # column, a unit (`%`): one there is misplaced; nor, where a target is one cell (no
        # operator or unit column), does it end in a bound in words whose figure the next
        # cell prints (`带动脱贫户分红每户每年不低于` over `800元`)
        whole = not {"operator", "unit"} & set(columns)
        return (
            not reads_as_target(text)
            and not ("unit" in columns and is_unit(text))
            and not (whole and fold(text).rstrip().endswith(_BOUND_ENDS))
        )
    return True


# The bounds a target opens with in words (`target_words.PREFIX_OPERATORS`: `不低于`, `不超过`;
# not a character that ends words too, `超`): no name ends in one. A sign (`≥`) may: a
# converter glues a split value's operator to the name (read off it later).
_BOUND_ENDS = tuple(
    fold(word) for word, _ in target_words.PREFIX_OPERATORS if len(word) > 1 and word.isalpha()
)


def _block_holds_level1(columns) -> bool:
    """Whether the block label's column may hold the 一级 names: no column is labelled as a
    level but the names' (`绩效指标 | 指标内容 | 指标值`, the 一级 names down the side where the
    block label would stand), as the grid reader reads it (`indicator_grid._level_by_content`)."""
    return (
        "indicator_block" in columns
        and "level3" in columns
        and "level1" not in columns
        and "level2" not in columns
    )


def _goes_on(below: list[str], columns: tuple[str | None, ...] | None) -> bool:
    """Whether the first line under a title (page numbers passed over) is a row of the indicator
    columns above it (two words or more, no 项目名称; not the next table's year line): the title
    printed again at a page top, the table going on."""
    words = _first_below(below)
    return len(words) > 1 and not names_project(words[0]) and _indicator_row(words, columns)


def _heads_a_project(below: list[str]) -> bool:
    """Whether the first line under a title (page numbers passed over) names a project
    (`项目名称 某项目`): the title the next form's, whatever its line holds besides (its year,
    `金额单位：万元`), and no row of the indicators above it."""
    words = _first_below(below)
    return bool(words) and names_project(words[0])


def _first_below(below: list[str]) -> list[str]:
    """The words of the first line of `below` that prints any, a page's furniture passed over."""
    for line in below:
        words = _words(line)
        if words and not is_page_furniture(line):
            return words
    return []


def _indicator_row(words: list[str], columns: tuple[str | None, ...] | None) -> bool:
    """Whether a line under indicator columns is one of their rows: it prints a target and
    places. A title's words (`绩效目标`) in an indicator's name (`绩效目标编审覆盖单位 ≥120个`)
    make it no title; the next table's title, which prints no target, stays one."""
    return (
        columns is not None
        and any(map(reads_as_target, words))
        and _placed(words, columns) is not None
    )


def _titled_row(words: list[str], columns: tuple[str | None, ...] | None) -> bool:
    """Whether a line holding a title's words (`is_title`) is a row of the indicator columns
    above it all the same: one of their rows (`_indicator_row`), or a line that prints two
    targets or more (a title prints a year at most) or one that fits the columns with the words
    in an indicator's name (`项目绩效自评覆盖率`, `绩效目标完成率`) under the names' column. It is
    then placed, or left out with a finding: never dropped as a title."""
    if _indicator_row(words, columns):
        return True
    targets = sum(map(reads_as_target, words))
    if columns is None or "level3" not in columns or not targets:
        return False
    name = columns.index("level3")
    return targets > 1 or any(
        col == name and is_title(word)
        for way in _found(words, columns)
        for word, col in zip(words, way, strict=True)
    )


def _column_roles(labels: tuple[str, ...]) -> tuple[str | None, ...]:
    """Each indicator column's role, as the grid reader plans it from the labels alone: a label
    naming a role an earlier column took takes its next one (`三级指标 | 指标内容`: the second is
    the explanation, not a second name). A column of the rows' numbers (`序号`) is `ROW_NUMBER`
    here, for `_found`."""
    candidates = {col: column_roles(text) for col, text in enumerate(labels) if text.strip()}
    if labels and _spells_block_down(labels[0]):
        candidates[0] = ("indicator_block",)
    candidates |= _second_level1(candidates)
    roles = {col: role for col, role, _ in planned_roles(labels, candidates)}
    return tuple(
        ROW_NUMBER if compact(labels[col]) in vocab.ROW_NUMBER_LABELS else roles.get(col)
        for col in range(len(labels))
    )


def _spells_block_down(label: str) -> bool:
    """Whether a first label of one character opens the indicator block's label, printed a
    character a row down the side (`绩` over `效`, `指`, `标`, each before its row's words)."""
    head = compact(label)
    return len(head) == 1 and any(text.startswith(head) for text in _BLOCK_LABELS)


def _second_level1(candidates: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    """Of two columns labelled as the 一级 and none as the 二级 (`目标类型 | 指标类别`), the
    second is the 二级's here: each word then stands where its level fits, and the grid reader
    tells the columns by what they hold (`indicator_grid._second_level1`)."""
    pair = level1_pair(candidates)
    return {pair[1]: ("level2",)} if pair else {}


def _placeholder_row(words: list[str], columns: tuple[str | None, ...]) -> tuple[str, ...]:
    """A template's row published unfilled (`指标2：…… ……`, `……`): its placeholders from the
    name's column on, as the row printed them, for the layout reader to report as one; () when
    a word is no placeholder, or more words than the columns from the name's on."""
    if "level3" not in columns or not all(map(is_placeholder, words)):
        return ()
    start = columns.index("level3")
    if start + len(words) > len(columns):
        return ()
    return ("",) * start + tuple(words) + ("",) * (len(columns) - start - len(words))


def _placed(
    words: list[str],
    columns: tuple[str | None, ...],
    always: frozenset[int] = frozenset(),
    shifted: bool = False,
) -> tuple[str, ...] | None:
    """The row's cells, each word in the column its content fits, where exactly one placement
    of the words (in order, one cell each, `_found`) fits the columns, or of a few exactly one
    fills each column the rows placed above always filled (`always`: `有效提升` under 指标值, not
    under the 评价标准 beside it, every row above printing its 指标值); else None. Where the
    words as written fit no way or several, a figure whose thousands a space parts (`≥1 350人`,
    `12 600亩`: `_digit_groups`) is one word, if that fits one way; short of it, a note may read
    as a target (`_found`, `noted`). In a table whose levels a row above fitted only shifted
    (`shifted`), the levels are tried shifted first."""
    cells = _placed_words(words, columns, always, shifted)
    if cells is None and (grouped := _digit_groups(words)) != words:
        cells = _placed_words(grouped, columns, always, shifted)
    return cells or _placed_words(words, columns, always, shifted, noted=True)


def _broken_row(
    lines: list[str],
    number: int,
    columns: tuple[str | None, ...],
    filled: _Filled,
    alone: tuple[str, ...] | None,
) -> tuple[tuple[str, ...], int] | None:
    """A row broken onto two lines by a line break inside one of its cells (damage 9 in a text
    whose cells were joined by spaces), the page's furniture between the two lines aside: its
    cells and the line after its rest, where the two joined at the break fit the columns one
    way (the break inside a cell, the words either side one word, or short of it between two)
    and something says the line goes on: neither line fits the columns alone (`2 …项目
    5,120,500.00 改造8所…录播教室10间以上，` over `工程验收合格率100%，… 产出指标 数量指标 …`),
    or the break is inside a bracket (`…补助经费（高中` over `国家助学金） 1,086,750.00 …`) or a
    name (the words either side complete as names end, joined under a name: `补贴资金兑付` over
    `时间 2023年11月30日前`) or a target (words with no figure that make no clause of their own,
    joined under a value: `收到资金后15个` over `工作日内 10`). A line that fits alone (`alone`:
    its cells) goes on only so, onto a rest that does not. None otherwise."""
    rest = next(
        (
            n
            for n in range(number, len(lines))
            if lines[n].strip() and not is_page_furniture(lines[n])
        ),
        None,
    )
    head, tail = lines[number - 1].split(), lines[rest].split() if rest is not None else []
    # A word alone on its line ends the row above it or begins the one below (`_Cut`), and a
    # line that fits alone goes on onto a rest of its cells, not a lone word.
    if len(head) < 2 or not tail or (alone and len(tail) < 2) or _no_row(lines[rest], tail):
        return None
    piece = head[-1] + tail[0]
    bracket, name = closes_bracket(head[-1], tail[0]), completes_name(head[-1], tail[0])
    target = _target_goes_on(head[-1], tail[0])
    if alone and not (bracket or name or target):  # most lines: no placing the next one
        return None
    fits = _placeable(lines[rest], columns, filled)
    if (alone and fits) or (fits and not (bracket or name or target)):
        return None
    values = [col for col, role in enumerate(columns) if role == "value"]
    # A level's name opening the next line is a cell of its own, no cell's rest (`不少于85个`
    # over `质量指标 …`: the next row's 二级).
    seams = ("",) if alone else ("", " ")
    for seam in seams[1:] if _level(tail[0], "") is not None else seams:
        words, _ = _signed_off(_words(" ".join(head) + seam + " ".join(tail)), columns)
        cells = _placed(words, columns, filled.always(), filled.shifted)
        if not cells:
            continue
        named = name and not seam and piece in (cell_at(cells, col) for col in _names(columns))
        valued = target and not seam and piece in (cell_at(cells, col) for col in values)
        # Where the two lines join between two words, no cell broken, a line that fits in
        # several ways alone (a row of two groups printing one: under 中期's columns or 年度's)
        # fits alone too: no evidence it goes on (looked for only there, as it costs).
        several = seam and any(
            _fits_some_way(line, columns) for line in (lines[number - 1], lines[rest])
        )
        if bracket or named or valued or not (alone or fits or several):
            return cells, rest + 1
    return None


def _fits_some_way(line: str, columns: tuple[str | None, ...]) -> bool:
    """Whether a line's words fit the columns in some way, one or several (`_found`)."""
    words = _rejoined(_signed_off(_words(line), columns)[0], columns)
    tries = (columns, _shifted(columns)) if "level3" not in columns else (columns,)
    return any(_found(words, roles) for roles in tries)


def _target_goes_on(piece: str, end: str) -> bool:
    """Whether a target's piece (a figure in it) goes on in words with no figure that make no
    clause of their own (`收到资金后15个` over `工作日内`: one duration), no level's name (`≥95%`
    over `时效指标 …`: the next row's 二级)."""
    if not any(char.isdigit() for char in piece) or any(char.isdigit() for char in end):
        return False
    if _level(end, "") is not None:
        return False
    clauses = parse_target(piece)
    return bool(clauses) and len(parse_target(piece + end)) == len(clauses)


def _no_row(line: str, words: list[str]) -> bool:
    """Whether a line under indicator rows is none of theirs: a note or a sign-off (`填报人：…`),
    a title, or column labels."""
    return (
        is_footer(words[0])
        or is_sign_off(words[0])
        or signs_off(words)
        or is_title(line)
        or names_indicator_columns(_label_cells(words))
    )


def _names(columns: tuple[str | None, ...]) -> list[int]:
    """The columns of indicators' names (a form's 中期 and 年度 groups each have one)."""
    return [col for col, role in enumerate(columns) if role == "level3"]


def _above(rows: list) -> int | None:
    """The index of the last row placed that is no page's furniture (a page break between a row
    and the ends of its cells), None for none."""
    return next(
        (at for at in range(len(rows) - 1, -1, -1) if not is_page_furniture(" ".join(rows[at][1]))),
        None,
    )


def _name_ends(
    words: list[str], columns: tuple[str | None, ...], above: tuple[str, ...]
) -> tuple[str, ...] | None:
    """A row of one word a name column, each completing the name above it as indicators' names
    end (`completes_name`: a form's 中期 and 年度 names wrapped alike, `“开鲁红干椒”区域公用` over
    `品牌影响力 品牌影响力`): the words under the names; None otherwise."""
    names = _names(columns)
    if len(words) != len(names) or not all(
        completes_name(cell_at(above, col), word) for col, word in zip(names, words, strict=True)
    ):
        return None
    cells = [""] * (names[-1] + 1)
    for col, word in zip(names, words, strict=True):
        cells[col] = word
    return tuple(cells)


def _placeable(line: str, columns: tuple[str | None, ...], filled: _Filled) -> bool:
    """Whether a line's words fit the columns one way (`_placed`), as printed or across a page
    marker between them (`_placed_across_marks`)."""
    words, _ = _signed_off(_words(line), columns)
    return bool(
        not words
        or _placed(words, columns, filled.always(), filled.shifted)
        or _placed_across_marks(line, columns, filled)
    )


def _placed_one_way(
    readings: Sequence[str], columns: tuple[str | None, ...], filled: _Filled
) -> tuple[str, ...] | None:
    """The cells of the one of a row's other readings (`_lines_joined`) whose words fit the
    columns one way (`_placed`); None where none or several do."""
    placed = {
        cells
        for reading in readings
        if (
            cells := _placed(
                _signed_off(_words(reading), columns)[0], columns, filled.always(), filled.shifted
            )
        )
    }
    return placed.pop() if len(placed) == 1 else None


def _placed_across_marks(
    line: str, columns: tuple[str | None, ...], filled: _Filled
) -> tuple[str, ...] | None:
    """`_placed` for the line with each page marker between two of its words taken out and
    the words joined, the pieces of a cell a page break parted (`集中供水工程受益 第1页/共3页
    人口 ≥ 3.6 万人`: `across_page_marks`); None where the line holds none, or that fits no
    way or several either."""
    joined = across_page_marks(line)
    if joined is None:
        return None
    words, _ = _signed_off(_words(joined), columns)
    return _placed(words, columns, filled.always(), filled.shifted)


def _shifted(columns: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """The roles of columns whose levels are shifted by one (an A6 form): 二级 words under the
    一级's label, names under the 二级's."""
    return tuple(_SHIFTED_LEVELS.get(role, role) for role in columns)


def _only_shifted(words: list[str], columns: tuple[str | None, ...]) -> bool:
    """Whether a row placed under columns without a 三级 fits them only with its levels shifted
    (`_shifted`)."""
    return "level3" not in columns and not _found(_rejoined(words, columns), columns)


def _digit_groups(words: list[str]) -> list[str]:
    """The words with a figure's groups of three digits after a space joined back onto it
    (`≥1` `350人` -> `≥1 350人`, `12` `000` `000元` -> `12 000 000元`)."""
    out: list[str] = []
    for word in words:
        if out and _GROUP_HEAD.fullmatch(out[-1]) and _GROUP.match(word):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _placed_words(
    words: list[str],
    columns: tuple[str | None, ...],
    always: frozenset[int],
    shifted: bool,
    noted: bool = False,
) -> tuple[str, ...] | None:
    """`_placed` for the words as they are (a note reading as a target, `noted`: `_found`)."""
    words = _rejoined(words, columns)
    tries = (columns, _shifted(columns)) if "level3" not in columns else (columns,)
    for roles in reversed(tries) if shifted else tries:
        if found := _found(words, roles, noted):
            break
    columns = roles  # the roles the words were placed by
    if 1 < len(found) < _MOST_PLACEMENTS:
        # A list's row printing a project's amount prints its name: not a name under 单位名称
        # (its merged cell dropped) beside an empty 项目名称.
        found = tuple(way for way in found if _names_its_project(way, words, columns)) or found
        # A numbered list's row without its number goes on with the project above it, whose
        # cells (merged down) it prints empty.
        if ROW_NUMBER in columns and not words[0].isdecimal():
            found = tuple(way for way in found if not _fills_project(way, columns)) or found
    # A row without its number in a table numbering each indicator (a list numbers its projects)
    # is a piece of the row above (its cells' ends, `收到资金后15个` over `工作日内 10`): what the
    # rows above filled says nothing of its cells.
    piece = (
        ROW_NUMBER in columns
        and not words[0].isdecimal()
        and not any(role in vocab.PROJECT_COLUMN_ROLES for role in columns)
    )
    if 1 < len(found) < _MOST_PLACEMENTS and always and not piece:
        found = tuple(way for way in found if always <= set(way))
    if len(found) != 1:
        return None
    cells = [""] * len(columns)
    for word, col in zip(words, found[0], strict=True):
        cells[col] = word
    while cells and not cells[-1]:
        cells.pop()
    return tuple(cells)


def _names_its_project(
    way: tuple[int, ...], words: list[str], columns: tuple[str | None, ...]
) -> bool:
    """Whether a placement puts no figure under 项目名称, and fills it where it fills a list's
    amount column."""
    placed = {columns[col]: word for col, word in zip(way, words, strict=True)}
    if "project_name" in placed:
        return not is_amount(placed["project_name"])
    return "total" not in placed or "project_name" not in columns


def _fills_project(way: tuple[int, ...], columns: tuple[str | None, ...]) -> bool:
    """Whether a placement fills a list's row number or a cell of its project."""
    return any(columns[col] in (ROW_NUMBER, *vocab.PROJECT_COLUMN_ROLES) for col in way)


def _found(
    words: list[str], columns: tuple[str | None, ...], noted: bool = False
) -> tuple[tuple[int, ...], ...]:
    """Some placements of the words (`_MOST_PLACEMENTS` at the most): with a level word only in
    its level's column, else, when that fits no way, with a level word as the name too
    (`服务对象满意度 ≥ 90 %`). A row
    that says 定性 has no unit (spec/layouts.md B): no word of it stands in a unit column. A
    table whose first column (but the block label down the side) numbers its rows prints the
    number on every row, never merged (`vocab.ROW_NUMBER_LABELS`): a whole number first is the
    row's number, not a figure of the project's cells beside it (a 预算数 printed on its first
    row only). `noted`: the placements where a note may read as a target too, beside a word
    that reads as one under the value (`城乡低保保障对象 ≥1.2万人 2019年末为1.18万人`, its 备注
    a baseline), for a row no other way places."""
    at = columns.index(ROW_NUMBER) if ROW_NUMBER in columns else -1
    numbered = at >= 0 and words[:1] and words[0].isdecimal()
    if numbered and all(COLUMN_KINDS.get(role) == "block" for role in columns[:at]):
        after = _found(words[1:], columns[at + 1 :], noted)
        return tuple((at, *(col + at + 1 for col in way)) for way in after)
    qualitative = any(compact(word) in vocab.QUALITATIVE_WORDS for word in words)
    # Where no placement fits, a 定性 row's unit column may hold the table's mark for an empty
    # cell (`定性 明显改善 / /`: `/` under 度量单位 and under 备注).
    tries = ((False, True), (False, False), *(((True, True), (True, False)) if qualitative else ()))
    if noted:  # a note may read as a target beside another that reads as one under the value,
        # where no other way places the row
        if "value" not in columns or _found(words, columns):
            return ()
        value = columns.index("value")
        ways = _placements(tuple(words), columns, True, qualitative, noted=True)
        return tuple(w for w in ways if value in w and reads_as_target(words[w.index(value)]))
    return next(
        (
            found
            for marked, strict in tries
            if (found := _placements(tuple(words), columns, strict, qualitative, marked))
        ),
        (),
    )


def _rejoined(words: list[str], columns: tuple[str | None, ...]) -> list[str]:
    """The words with a target written apart put back together where no column holds its
    parts apart: an operator with the word after it (`≥ 95`), a unit with the figure before it
    (`95 %`), a note in brackets with the word before it (`产出指标 (50分)`), a year alone with
    the month after it (`2025年 12月底前`: one date); and a level spelled a character a word
    (`_spelled`)."""
    apart = {COLUMN_KINDS.get(role) for role in columns}
    out: list[str] = []
    for word in _bracketed(_spelled(words)):
        joins_operator = "word" not in apart and out and compact(out[-1]) in vocab.OPERATOR_WORDS
        joins_unit = "unit" not in apart and out and out[-1][-1:].isdigit() and is_unit(word)
        joins_date = out and _YEAR_ALONE.fullmatch(fold(out[-1])) and _MONTH_FIRST.match(fold(word))
        if joins_operator or joins_unit or joins_date or (out and _NOTE.fullmatch(fold(word))):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _bracketed(words: list[str]) -> list[str]:
    """The words with a bracket a word opens joined through the word that closes it, where a
    later word of the row does: a cell's words in brackets parted by its own spaces
    (`贫困地区旅游景点开发数量( ≥**个 )`) are one cell, no border between cells falls inside a
    bracket."""
    out: list[str] = []
    for at, word in enumerate(words):
        if out and any(closes_bracket(out[-1], later) for later in words[at:]):
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _spelled(words: list[str]) -> list[str]:
    """The words with a level or label spelled a character a word (`产 出 指 标`, `合 计`, its last
    with a note: `产 出 指 标（50分）`) as one, and a level written with a space before its end
    of a character or two (`项目完成 指标`, `数量 指标`)."""
    out: list[str] = []
    at = 0
    while at < len(words):
        end = words[at]
        if (
            out
            and len(end) <= LEVEL_END_MAX
            and end.isalpha()
            and not _level(end, "")
            and _level(f"{out[-1]} {end}", "")
        ):
            out[-1] = f"{out[-1]} {end}"
            at += 1
            continue
        run = at
        while run < len(words) and len(words[run]) == 1:
            run += 1
        if run < len(words) and len(_NOTE.sub("", fold(words[run]))) == 1:
            run += 1  # its last character with a note (`产 出 指 标（50分）`)
        # The longest label the run of characters opens with: two levels spelled one after the
        # other (`满 意 度 指 标 服 务 对 象 满 意 度 指 标`) are two.
        end = next(
            (end for end in range(run, at + 1, -1) if _spells_label(" ".join(words[at:end]))),
            None,
        )
        if end is not None:
            out.append(" ".join(words[at:end]))
            at = end
        else:
            out.append(words[at])
            at += 1
    return out


def _spells_label(spelled: str) -> bool:
    """Whether characters a space apart spell a level, the block label or a total's label."""
    return bool(_level(spelled, "") or is_block_label(spelled) or compact(spelled) in _TOTALS)


# The most placements of a row's words counted: a row with more is placed no way (`_placed`).
_MOST_PLACEMENTS = 8


def _placements(
    words: tuple[str, ...],
    columns: tuple[str | None, ...],
    strict: bool,
    qualitative: bool,
    marked: bool = False,
    noted: bool = False,
) -> tuple[tuple[int, ...], ...]:
    """Some placements of the words in the columns (`_MOST_PLACEMENTS` at the most), in order, a
    word to a column its content fits (the column of each word). After an operator or direction word the next word
    stands in the next column (`定性 明显提高`, `正向 = 8`: the word says what follows it); a
    row's words after its levels begin with its name; a 定性 row's next word skips the unit
    column (`指标性质 | 计量单位 | 指标值`). Counted a word and a column at a time, so
    that a long row is placed in time proportional to its words and columns."""

    @functools.cache
    def ways(word: int, col: int) -> tuple[tuple[int, ...], ...]:
        if word == len(words):
            return ((),)
        following = words[word + 1] if word + 1 < len(words) else ""
        after_word = col and COLUMN_KINDS.get(columns[col - 1]) == "word"
        last = len(columns) - (len(words) - word) + 1
        # A 定性 row's value is words or nothing: a bare figure is its points, past the value.
        points = qualitative and is_number(words[word])
        if after_word and not points:  # the next column, past a 定性 row's unit (no unit)
            # or after a direction word past an empty operator's column (`正向 | | 较上年提高3`)
            skipped = (qualitative and COLUMN_KINDS.get(columns[col]) == "unit") or (
                compact(words[word - 1]) in _DIRECTION_WORDS
                and COLUMN_KINDS.get(columns[col]) == "word"
                and compact(words[word]) not in _SPLIT_WORDS
            )
            last = col + 1 + skipped
        found: list[tuple[int, ...]] = []
        for at in range(col, min(last, len(columns))):
            kind = COLUMN_KINDS.get(columns[at])
            if points and columns[at] == "value":
                continue
            unit_barred = qualitative and not (marked and words[word] in vocab.NO_VALUE_MARKS)
            before = words[word - 1] if word else ""
            if not (unit_barred and kind == "unit") and _fits(
                columns[at], words[word], following, columns, strict, noted, before
            ):
                found.extend((at, *rest) for rest in ways(word + 1, at + 1))
                if len(found) >= _MOST_PLACEMENTS:  # too many to tell one (`_placed`)
                    return tuple(found[:_MOST_PLACEMENTS])
            if columns[at] == "level3" and "level2" not in columns[at + 1 :]:
                break  # the name ends the levels, but for a second group's (中期 | 年度)
        return tuple(found)

    return ways(0, 0)
