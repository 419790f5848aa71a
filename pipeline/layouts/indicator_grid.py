"""Layout readers, the indicator table: columns found by their labels, rows read into indicators.

`plan_columns` gives each header cell a role from its label (`pipeline.labels.columns`, its
group by `pipeline.labels.grid_rows.planned_roles`), never from its position, and then checks
the split value columns against their content: a column of `≥ = 定性` is the operator column and
one of 正向/反向 the direction column, whatever their labels say, and one saying only 定量/定性 beside
it is the value's type (an extra cell), not a second operator column; a value label merged over
a column of operators and one with no label (`指标值` over `≥ | 1.2万件`) heads both, the operators'
and the values'. Columns of unknown label
holding values, where the table has no value column, are one value column per recipient (街道, 村).
Level, name and value columns that repeat open a new group (中期 and 年度 side by side); a group's
scope comes from its labels (`指标值(长期)`), else from the order of the goal headings above, else 中期
then 年度. A target column as adjusted in the year (`年初目标值 | 调整后目标值`) supersedes the year's
first one, kept as an extra cell: the actual answers the adjusted one.

`gaps_closed` drops an empty cell a converter inserted among a row's cells (two tabs where one was,
or one opening a row a merged level cell drawn too wide pushed right), told by the text it pushed
beyond the last label and the columns' content, after joining back names a stray vertical rule cut
in two (their ends in an unlabelled column right of the names). `targets_parted` parts a name cell
a PDF converter joined with its target by a space, in two. `unwrap_rows` puts the ends of cells
a converter wrapped onto a row of their own (a level cell's, a name's, a target's; a row's last
cell's, or that whole cell, a target, written out as a line without a tab) back on the row above
where the evidence is strong (a target alone, or with the row's other values, under a row that
names its indicator and prints none of them: a row a page break cut after its name), a level cell printed one character a line down its
rows back whole on its first row, and names a row that may be one but lacks it
(`name_maybe_wrapped`). `centred_levels` moves a 一级 cell's text a converter printed on the middle
row of its merged span up to the span's first row, where the 二级 of the rows above it says they are
its. `shifted_back` moves a row a converter shifted left (merged level cells dropped, not left
empty) back under its labels, group by group (in a list of projects, its project cells dropped too),
by what its first cell reads as (a 一级, a 二级, a name; after a 一级 in place, a name where the points
say the row's empty 二级 was dropped), else by a 一级 name it prints coming to stand under the 一级 column
or its target under the value column; a row whose first cell is a level the taxonomy does not know
(a department's `履职目标实现`) stays where a name stands under the 三级 column and a target under the value
column; the plan reads the columns' content from the rows moved back. `GridReader.read` turns one
data row into `Indicator` pieces (one per group with a name), filling merged level cells down within
their block (a new 一级 starts a new block; a header row printed again at a page top is no new grid,
`recognise` keeps the rows under this one), any cell the source marks as merged from the one above
it, and, in one-row-per-indicator lists, project events when the project columns change (a cell
merged down from the row above changes none; and, where a later row of the project prints cells it
left empty, its amount and goal on its last row, one completing it); a row printing a level's name
alone in a grid with no column of that level is a section row giving the level of the rows below
(`一、产出指标` over a 二级 column; in a grid with no level columns, an indented tree in the names' column:
`产出指标`, `　数量指标`), never an indicator nor a name's end; a level cell that only ends the one above it
(`产出指标` / `(50分)`) keeps that level; a value cell holding both targets after their scope words
(`年度：≥95%；实施期：≥98%`) gives both; the number a name is written after (`①`, `（1）`, `1.`) is the
indicator's seq, not part of its name, and so are its row's levels an export writes before it
(`数量指标-培训人数`, `产出指标/数量指标/培训人数`); a level cell printing the 一级 and the 二级 joined (`产出指标/数量指标`) gives
both (`pipeline.labels.grid_rows.level_path`); a row whose one label, naming no level, spans the
level columns beside a target is an indicator of no level (`预算执行率 | | | ≥95%`). A self-evaluation's
actual that is a number under a 度量单位 column takes the unit as its target does (`98` `%` -> `98%`); a
value column whose label notes a unit (`目标值（%）`) is the unit column of the bare figures under it
(`≥85` -> `≥85%`).
"""

import functools
import re
import unicodedata
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field, replace
from decimal import Decimal

from pipeline.cells import cell_at
from pipeline.labels.columns import (
    CONTENT_MAJORITY,
    column_roles,
    compact,
    content_role,
    fold,
    is_exact_label,
    is_number,
    label_scope,
    label_years,
    leading_number,
    looks_like_values,
    matchable,
    names_value_and_actual,
    print_width,
    scoped_values,
    states_value_type,
)
from pipeline.labels.grid_rows import (
    GROUPED,
    awaits_unit,
    belongs,
    canonical_level,
    closes_bracket,
    completed_by,
    completes_name,
    ends_as_names_end,
    is_block_label,
    is_ditto,
    is_placeholder,
    level1_pair,
    level_fit,
    level_path,
    levels_before_name,
    planned_roles,
    printed_under,
    reads_as_target,
)
from pipeline.labels.lines import (
    cut_inside,
    ends_sentence,
    is_amount,
    is_footer,
    leaves_clause_open,
    names_unit,
)
from pipeline.layouts import amounts, pieces
from pipeline.layouts.records import Indicator, LayoutFinding, Leftover, Subtotal
from pipeline.targets.parser import is_unit, parse_target
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab import taxonomy
from pipeline.vocab.labels import is_sign_off
from pipeline.vocab.target_words import AWAITING_FIGURE, PREFIX_OPERATORS, RANGE_SEPARATORS
from pipeline.vocab.taxonomy import uncategorised_level
from pipeline.vocab.traditional import simplified
from pipeline.vocab.untabbed import LEVEL_NAME_ENDS

# The parts a value group's indicator is read from, in `Grid.group_columns`' order.
GROUP_PARTS = ("level3", "operator", "value", "unit")
# Parts a value group without its own column takes from the group that has one.
SHARED_PARTS = ("level3", "operator", "unit")
PROJECT_COLUMNS = vocab.PROJECT_COLUMN_ROLES
# Columns whose cells are merged down their rows, which a converter that ignores rowspan drops
# (shifting the row left): the levels and the 绩效指标 label down the side; in a list of
# projects, the project's cells too.
DROPPED = ("level1", "level2", "indicator_block")
# The rows shifted left that show a grid's converter drops merged cells (`Grid.drops_merged`).
DROPPING_FEWEST = 2
LEVELS = ("level1", "level2")
_UNIT_AND_PROJECT_LABELS = frozenset(compact(label) for label in vocab.UNIT_AND_PROJECT_LABELS)
ROW_FIELDS = (
    "weight", "standard", "explanation", "direction", "actual", "actual_unit", "score",
    "score_coefficient", "deviation",
)  # fmt: skip
# Row fields of free text, whose end wrapped onto a row of its own joins whatever it says.
WRAPPED_TEXTS = ("standard", "explanation", "deviation")
# Roles whose cells an indicator holds in its own fields; any other column's cells go to `extra`.
# (A block-label column's cells are labels: `绩效指标` repeated; anything else in it is extra.)
READ_ROLES = ("level1", "level2", "level3", "value", "operator", "unit", *ROW_FIELDS)
# A list's project cells of words, which a converter printing a wrapped cell's lines one a line
# continues on the lines below its project's first row (`GridReader._wrapped_on`).
WRAPPING_PROJECT_COLUMNS = ("project_name", "department", "impl_unit", "goal_annual")


@dataclass(frozen=True, slots=True)
class Column:
    col: int
    label: str
    role: str | None  # None: unknown label, kept as an extra cell
    group: int


@dataclass(frozen=True, slots=True)
class Grid:
    columns: tuple[Column, ...]
    scopes: tuple[str, ...]  # per group
    recipients: tuple[Column, ...]
    header_line: int
    other_years: tuple[int, ...] = ()  # target columns of another year than the table's
    value_inferred: Column | None = None  # read as the targets by its cells (`_targets_column`)
    weight_inferred: Column | None = None  # read as the weights by its cells (`_points_column`)
    # Whether rows show a converter that drops merged cells (two or more shifted left): no row
    # of such a table prints its level cells empty (`_beside_empty_group`).
    drops_merged: bool = False
    # (the adjusted target's column, the year's first target's it supersedes: `_superseded`):
    # a row that leaves the adjusted cell empty (or `—`) kept its first target.
    fallbacks: tuple[tuple[int, int], ...] = ()
    # Derived once from the columns, as every row looks them up: role -> its columns, in
    # order; per group, the positions its name, operator, value and unit are read from (None:
    # not printed); each row field's column; the columns whose cells an indicator keeps as
    # `extra`; the positions up to the last column, and those of them without a label; the
    # level columns, which alone may leave a cell for a later row; per group, its columns'
    # roles by position.
    by_role: dict[str | None, tuple[Column, ...]] = field(init=False, compare=False)
    group_columns: tuple[tuple[int | None, ...], ...] = field(init=False, compare=False)
    row_fields: tuple[tuple[str, Column], ...] = field(init=False, compare=False)
    extras: tuple[Column, ...] = field(init=False, compare=False)
    width: int = field(init=False, compare=False)
    gaps: tuple[int, ...] = field(init=False, compare=False)
    level_columns: tuple[Column, ...] = field(init=False, compare=False)
    lists_projects: bool = field(init=False, compare=False)  # a project column: indicator-rows
    value_actual: Column | None = field(init=False, compare=False)  # `年度指标值/实际完成值`
    number_column: Column | None = field(init=False, compare=False)  # 序号, left of the levels
    group_roles: tuple[dict[int, str | None], ...] = field(init=False, compare=False)
    # The columns a converter that ignores rowspan drops: of a DROPPED role, and in a list of
    # projects its project columns and its 序号 (`number_column`).
    dropped_columns: frozenset[int] = field(init=False, compare=False)
    # The cells of every row `shifted_back` has moved (or left: the same tuple) without knowing
    # the level cells above it, by the cells printed: the table's steps ask about a row in turn.
    moved_back: dict[tuple[str, ...], tuple[str, ...]] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        by_role: dict[str | None, tuple[Column, ...]] = {}
        for column in self.columns:
            by_role[column.role] = (*by_role.get(column.role, ()), column)
        group_columns = []
        for group in range(len(self.scopes)):
            columns = []
            for role in GROUP_PARTS:
                found = [c for c in by_role.get(role, ()) if c.group == group]
                if not found and role in SHARED_PARTS:  # `三级 | 中期指标值 | 年度指标值`: one name
                    found = list(by_role.get(role, ()))
                columns.append(found[0].col if found else None)
            group_columns.append(tuple(columns))
        object.__setattr__(self, "by_role", by_role)
        object.__setattr__(self, "lists_projects", "project_name" in by_role)
        object.__setattr__(self, "group_columns", tuple(group_columns))
        group_roles = tuple(
            {c.col: c.role for c in self.columns if c.group == group}
            for group in range(max(len(self.scopes), 1))
        )
        object.__setattr__(self, "group_roles", group_roles)
        object.__setattr__(self, "moved_back", {})
        row_fields = tuple((name, by_role[name][0]) for name in ROW_FIELDS if name in by_role)
        object.__setattr__(self, "row_fields", row_fields)
        read = {*READ_ROLES, *(PROJECT_COLUMNS if "project_name" in by_role else ())}
        extras = tuple(c for c in self.columns if c.role not in read and c not in self.recipients)
        object.__setattr__(self, "extras", extras)
        width = max((c.col for c in self.columns), default=-1) + 1
        labelled = {c.col for c in self.columns}
        object.__setattr__(self, "width", width)
        object.__setattr__(self, "gaps", tuple(c for c in range(width) if c not in labelled))
        object.__setattr__(
            self, "level_columns", tuple(c for c in self.columns if c.role in LEVELS)
        )
        joined = (c for c in by_role.get("value", ()) if names_value_and_actual(c.label))
        object.__setattr__(self, "value_actual", next(joined, None))
        levels = [c.col for c in self.level_columns]
        numbers = (c for c in self.columns if c.group == 0 and levels and c.col < min(levels)
                   and compact(c.label) in vocab.ROW_NUMBER_LABELS)  # fmt: skip
        object.__setattr__(self, "number_column", next(numbers, None))
        movable = (*DROPPED, *(PROJECT_COLUMNS if self.lists_projects else ()))
        dropped = {c.col for c in self.columns if c.role in movable}
        if self.lists_projects and self.number_column is not None:
            dropped.add(self.number_column.col)  # a list's 序号 is its project's, merged too
        object.__setattr__(self, "dropped_columns", frozenset(dropped))

    def role_columns(self, role: str) -> tuple[Column, ...]:
        return self.by_role.get(role, ())

    @property
    def has_levels(self) -> bool:
        return bool(self.role_columns("level1") or self.role_columns("level2"))


def project_key(column: Column) -> str | None:
    """The key of a list's project cell under `column`: its role, or for a role several of the
    list's columns take (`REPEATED_PROJECT_ROLES`: shares of its funds), the role and the
    column (`fund_share@4`); for a column of the 中期 beside the year's (`中期资金总额 | … |
    年度资金总额`), the role and that period (`total@period`)."""
    if column.role in vocab.REPEATED_PROJECT_ROLES:
        return f"{column.role}@{column.col}"
    if column.role == "total" and label_scope(column.label) == "period":
        return "total@period"
    return column.role


def row_label(grid: Grid, cells: tuple[str, ...], known) -> str:
    """A row's first filled cell; or, where that cell stands under the department column and the
    next one is a `known` label, the next one: a table exported as a sheet may open every row
    with the department, its 总分 row too (`某局 | 总分 | … | 100 | 97.7`)."""
    filled = ((col, text) for col, text in enumerate(cells) if text.strip())
    col, text = next(filled, (None, ""))
    if any(c.col == col for c in grid.role_columns("department")):
        after = next(filled, None)
        if after is not None and known(after[1]):
            return after[1]
    return text


def plan_columns(
    header, data_rows, goal_order: list[str], scope: str | None = None, year: int | None = None
) -> Grid:
    """The role and group of every header cell (see the module docstring); `scope` is the one
    a line above the table printed (`长期绩效指标`), if any; `year` the table's fiscal year, if
    known (`other_years`). Rows a converter shifted left (`shifted_back`) would show their
    operators under the direction column: the columns' content is then read again from the
    rows moved back."""
    grid = _planned(header, data_rows, goal_order, scope, year)
    moved = [shifted_back(grid, row) for row in data_rows]
    shifted = sum(new is not old for new, old in zip(moved, data_rows, strict=True))
    if shifted:
        grid = _planned(header, moved, goal_order, scope, year)
    return replace(grid, drops_merged=True) if shifted >= DROPPING_FEWEST else grid


def _planned(header, data_rows, goal_order: list[str], scope: str | None, year: int | None) -> Grid:
    labels = _name_label_spread(_value_label_spread(header.cells, data_rows), data_rows)
    cells = {
        col: [row.cells[col] if col < len(row.cells) else "" for row in data_rows]
        for col, label in enumerate(labels)
        if label.strip()
    }
    candidates_of = {col: _candidates(labels[col], c) for col, c in cells.items()}
    operators = [col for col, roles in candidates_of.items() if roles[:1] == ("operator",)]
    typed = [col for col in operators if states_value_type(cells[col])]
    if len(typed) < len(operators):  # `定量/定性 | ≥ = …`: the 定量/定性 one says the type
        candidates_of |= {col: ("value_type",) for col in typed}
    years_apart = tuple(other_years(labels, candidates_of, year))
    superseded = _superseded(labels, candidates_of, cells)
    candidates_of |= {
        col: ("other_column",)
        for col in (
            *superseded,
            *years_apart,
            *_left_empty(labels, candidates_of, cells, goal_order),
            *_levels_points(candidates_of),
        )
    }
    candidates_of |= _second_level1(candidates_of, cells)
    candidates_of |= _level1_under_level2_label(candidates_of, cells)
    candidates_of |= _level2_under_level1_label(candidates_of, cells)
    candidates_of |= _level_by_content(candidates_of, cells)
    columns = [
        Column(col, labels[col], role, group)
        for col, role, group in planned_roles(labels, candidates_of)
    ]
    columns = _period_goal(_shares_itemising(_shift_levels(columns, cells)), candidates_of)
    recipients, inferred = (), None
    if not any(c.role == "value" for c in columns):
        recipients = tuple(c for c in columns if c.role is None and looks_like_values(cells[c.col]))
        if not recipients and (inferred := _targets_column(columns, cells)):
            columns = [replace(c, role="value") if c is inferred else c for c in columns]
    points = None
    if not any(c.role == "weight" for c in columns) and (points := _points_column(columns, cells)):
        columns = [replace(c, role="weight") if c is points else c for c in columns]
    groups = 1 + max((c.group for c in columns), default=0)
    scopes = _scopes(columns, groups, goal_order, scope)
    fallbacks = tuple((adjusted, first) for first, adjusted in superseded.items())
    return Grid(tuple(columns), scopes, recipients, header.line, years_apart, inferred, points,
                fallbacks=fallbacks)  # fmt: skip


def _period_goal(columns: list[Column], candidates_of: dict[int, tuple]) -> list[Column]:
    """The columns, a list's two goal columns (`实施期绩效目标 | 年度绩效目标`, both a goal's
    label, the second left of no role) read by the periods their labels name, one the period
    and the other the year: `goal_period` and `goal_annual`."""
    goals = [c for c in columns if candidates_of.get(c.col, ())[:1] == ("goal_annual",)]
    if len(goals) != 2 or sum(c.role == "goal_annual" for c in goals) != 1:
        return columns
    scopes = {label_scope(c.label): c for c in goals}
    if scopes.keys() != {"period", "annual"}:
        return columns
    roles = {scopes["period"].col: "goal_period", scopes["annual"].col: "goal_annual"}
    return [replace(c, role=roles.get(c.col, c.role)) for c in columns]


def _shares_itemising(columns: list[Column]) -> list[Column]:
    """The columns, a list's share of its funds labelled as itemising the source of funds left
    of it (`财政拨款 | 其中：中央补助`: part of the 财政拨款, no part of the total beside it) an
    other column, its cells kept as the rows' extra cells."""
    out: list[Column] = []
    for column in columns:
        if (
            column.role == "fund_share"
            and out
            and out[-1].role in vocab.LIST_FUND_ROLES
            and fold(column.label).lstrip().startswith(vocab.SUB_ROW_WORDS)
        ):
            column = replace(column, role="other_column")
        out.append(column)
    return out


def _targets_column(columns: list[Column], cells: dict[int, list[str]]) -> Column | None:
    """In a grid of no target column of a known label, the one column of unknown label right of
    the names whose cells read as targets (`指标目标`, `目标要求`, `标准值` over `≥100人次`, `≥95%`,
    `2024年12月底前`): most of its filled cells state a figure, a share or a date. A column of
    bare figures is one value column per recipient (`looks_like_values`), not this one."""
    return _one_unknown_after_names(columns, cells, _reads_as_targets)


def _points_column(columns: list[Column], cells: dict[int, list[str]]) -> Column | None:
    """In a grid of no weight column of a known label, the one column of unknown label right
    of the names whose cells, three or more, are all bare figures of points adding up to
    a project's full weight (`vocab.WEIGHT_TOTALS`; 双柏's `指标项` over `15 | 10 | 10 …`): the
    indicators' weights."""
    return _one_unknown_after_names(columns, cells, _points)


def _one_unknown_after_names(
    columns: list[Column], cells: dict[int, list[str]], holds: Callable[[list[str]], bool]
) -> Column | None:
    """The one column of unknown label right of the names' column whose cells `holds`; None
    where no column, or more than one, does, or no names' column is labelled."""
    names = next((c.col for c in columns if c.role == "level3"), None)
    if names is None:
        return None
    found = [c for c in columns if c.role is None and c.col > names and holds(cells[c.col])]
    return found[0] if len(found) == 1 else None


def _points(cells: list[str]) -> bool:
    filled = [fold(cell).strip() for cell in cells if cell.strip()]
    if len(filled) < 3 or not all(_BARE_POINTS.fullmatch(text) for text in filled):
        return False
    return sum(map(Decimal, filled)) in vocab.WEIGHT_TOTALS


_BARE_POINTS = re.compile(r"\d{1,3}(?:\.\d+)?")


def _reads_as_targets(cells: list[str]) -> bool:
    """Whether most of a column's filled cells state a figure, a share or a date."""
    filled = [cell for cell in cells if cell.strip()]
    stated = sum(1 for cell in filled if any(c.kind != "text" for c in parse_target(cell)))
    return bool(filled) and stated / len(filled) >= CONTENT_MAJORITY


def _left_empty(
    labels: tuple[str, ...], candidates_of: dict[int, tuple], cells, goal_order: list[str]
) -> list[int]:
    """Target columns of no scope left empty on every row beside a filled one, where the table
    prints no period goal (吉林's evaluation form: `目标值(标准)` filled, `指标值` under 采集数据项
    left for the evaluator): no target of their own, so that the filled column is the year's
    target, not the period's (`_scopes`)."""
    values = [col for col, roles in candidates_of.items() if roles[:1] == ("value",)]
    empty = [
        col
        for col in values
        if label_scope(labels[col]) is None and not any(text.strip() for text in cells[col])
    ]
    if "period" in goal_order or len(empty) == len(values):
        return []
    return empty


def _levels_points(candidates_of: dict[int, tuple]) -> list[int]:
    """Weight columns left of the names' column where one stands right of it (`一级指标 | 权重 |
    二级指标 | 分值 | 三级指标 | … | 目标值 | 分值`, 吉林's evaluation form): the levels' points,
    kept as other columns; the indicator's weight is the one right of its name."""
    names = next((col for col, roles in candidates_of.items() if roles[:1] == ("level3",)), None)
    weights = [col for col, roles in candidates_of.items() if roles[:1] == ("weight",)]
    if names is None or not any(col > names for col in weights):
        return []
    return [col for col in weights if col < names]


def _superseded(labels: tuple[str, ...], candidates_of: dict[int, tuple], cells) -> dict[int, int]:
    """The columns of the year's target that a column of the target as adjusted during the year
    supersedes (`年初目标值 | 调整后目标值`: `vocab.ADJUSTED_VALUE_WORDS`), or that the year's
    other target column does where they are the year's first (`年初指标值 | 年度指标值`:
    `vocab.INITIAL_VALUE_WORDS`): the actual answers the adjusted one; the first is kept as an
    extra cell, and the target of a row that leaves its adjusted cell empty (`Grid.fallbacks`).
    A 中期 target stays a target of its own, and an adjusted column left empty on every row
    supersedes nothing. Each superseded column with the adjusted one (its first) that
    supersedes it."""

    def says(col: int, words: tuple[str, ...]) -> bool:
        return any(word in compact(labels[col]) for word in words)

    values = [col for col, roles in candidates_of.items() if roles[:1] == ("value",)]
    filled = [col for col in values if any(text.strip() for text in cells[col])]
    adjusted = [col for col in filled if says(col, vocab.ADJUSTED_VALUE_WORDS)
                and not says(col, vocab.BEFORE_ADJUSTMENT_WORDS)]  # fmt: skip
    if not adjusted and any(says(col, vocab.INITIAL_VALUE_WORDS) for col in values):
        adjusted = [col for col in filled if not says(col, vocab.INITIAL_VALUE_WORDS)
                    and label_scope(labels[col]) != "period"]  # fmt: skip
    if not adjusted:
        return {}
    return {col: adjusted[0] for col in values
            if col not in adjusted and label_scope(labels[col]) != "period"}  # fmt: skip


def other_years(
    labels: tuple[str, ...], candidates_of: dict[int, tuple], year: int | None
) -> list[int]:
    """The target columns of a table without actuals that hold another year's targets than
    the table's `year`: where target columns name years of their own (`2024年目标值 |
    2025年目标值`), those whose years leave out the table's (last year's, or a later year's of
    a rolling plan). A table of no known year is of the one year a column names alone when
    the spans the others name hold it (`2025-2027年目标值 | 2025年目标值`); else every such
    column is set aside, as nothing tells which year's targets are the table's. One year named
    alone, or by every column, leaves them all. (A self-evaluation's past years are
    `grid_rows.past_years`'.)"""
    first = {col: roles[0] for col, roles in candidates_of.items() if roles}
    if "actual" in first.values():
        return []
    named = {
        col: years
        for col, role in first.items()
        if role == "value" and (years := label_years(labels[col])) is not None
    }
    if len(set(named.values())) < 2:
        return []
    if year is None:
        single = {start for start, end in named.values() if start == end}
        if len(single) == 1 and all(start <= min(single) <= end for start, end in named.values()):
            year = min(single)
    return [col for col, (start, end) in named.items() if year is None or not start <= year <= end]


def _value_label_spread(labels: tuple[str, ...], data_rows) -> tuple[str, ...]:
    """The header's labels, a value label merged over two columns spread over both: printed over
    the first, whose cells are operators (`指标值` over `≥ | 1.2万件`, `= | 100%`), with no label
    over the second, which holds text. The first is then the operator column, the second the
    value; a value column labelled in full nowhere else. Where the second holds units only
    (`指标值` over `≥8 | 座`, `100 | %`), it is the unit column, a unit column labelled nowhere
    else."""
    spread = list(labels)
    for col, label in enumerate(labels):
        after = col + 1
        if column_roles(label)[:1] != ("value",) or (after < len(labels) and labels[after].strip()):
            continue
        under = [cell_at(row.cells, col) for row in data_rows]
        beside = [cell_at(row.cells, after) for row in data_rows]
        others = [column_roles(other)[:1] for other in labels[:col] + labels[after:]]
        if (
            content_role(under) == "operator"
            and sum(map(bool, beside)) > len(beside) / 2
            and ("value",) not in others
        ):
            spread[after : after + 1] = [label]
        elif _units_only(beside) and ("unit",) not in others:
            spread[after : after + 1] = [UNIT_COLUMN_LABEL]
    return tuple(spread)


def _name_label_spread(labels: tuple[str, ...], data_rows) -> tuple[str, ...]:
    """The header's labels, a names' label merged over two columns spread over both: printed
    over the first, most of whose cells name a 二级 (乡宁's 范本: `绩效内容` over `时效目标 |
    资金拨付完成时间`), the second holding text, with no label over it, or none at all where
    the rows are a cell wider than the header (a PDF's cell merged across is one cell). The
    first is then the 二级 column, the second the names'; where no other column is labelled as
    either."""
    roles = [column_roles(label)[:1] for label in labels]
    if ("level2",) in roles or roles.count(("level3",)) != 1:
        return labels
    col = roles.index(("level3",))
    after = col + 1
    blank = after >= len(labels) or not labels[after].strip()
    wider = max((len(row.cells) for row in data_rows), default=0) == len(labels) + 1
    if not (blank or wider):
        return labels
    under = [text for row in data_rows if (text := cell_at(row.cells, col))]
    beside = [cell_at(row.cells, after) for row in data_rows]
    named = sum(1 for text in under if canonical_level(text, 2))
    if not (2 * named > len(under) > 1 and sum(map(bool, beside)) > len(beside) / 2):
        return labels
    spread = list(labels)
    spread[col : after if wider and not blank else after + 1] = [LEVEL2_COLUMN_LABEL, labels[col]]
    return tuple(spread)


# The label a column of 二级 under a names' label merged over it is read as (`_name_label_spread`).
LEVEL2_COLUMN_LABEL = dict(vocab.COLUMN_LABELS)["level2"][0]


# The label a column of units under a value label merged over it is read as (`_value_label_spread`).
UNIT_COLUMN_LABEL = dict(vocab.COLUMN_LABELS)["unit"][0]


def _units_only(cells: list[str]) -> bool:
    """Whether most of a column's cells are filled, each with a unit alone (`座`, `%`, `万人次`)."""
    filled = [text for text in cells if text.strip()]
    return len(filled) > len(cells) / 2 and all(map(is_unit, filled))


def shifted_back(grid: Grid, row, wrapped=None):
    """The row, moved right where a converter shifted it left (merged level cells, and a list's
    project cells, dropped instead of left empty). In the first group, its first cell sits in a
    level (or project) column but reads as a lower level or as a name (not the end of the level
    above, as `wrapped` tells where the reader knows it); in a group beside it (中期 | 年度), its
    二级 column holds a name. Each moves to the column its content fits, where the row has room
    at its end (a target alone, an unnamed row's, under the value column); a first cell that ends
    the level cell above (`wrapped`: `(50分)` under `产出指标`) moves under that level, and after a 一级's
    end a cell that is no 二级 under the name's label (the 二级 was dropped too); a first cell that fits
    no level and has no room moves by the row's content (`_moved_by_content`)."""
    if wrapped is not None:
        cells = _cells_back(grid, row.cells, wrapped)
    elif (cells := grid.moved_back.get(row.cells)) is None:
        cells = grid.moved_back[row.cells] = _cells_back(grid, row.cells, None)
    return row if cells == row.cells else replace(row, cells=cells)


def _cells_back(grid: Grid, cells: tuple[str, ...], wrapped) -> tuple[str, ...]:
    if _unit_total(grid, cells):
        return cells
    if (beside := _beside_empty_group(grid, cells)) is not None:
        return beside
    cells = _group_back(grid, cells, 0, wrapped)
    for group in range(1, len(grid.scopes)):
        cells = _group_back(grid, cells, group, wrapped)
    return cells


def _unit_total(grid: Grid, cells: tuple[str, ...]) -> bool:
    """Whether a list's row is a unit's and its total, its name spanning the project name's
    column too (`402-某局 | 1,879,500.00`, the cells of a PDF's span): a name that ends as an
    organisation's does in the first column and a figure beside it, nothing else; no row a
    converter shifted left."""
    filled = [col for col, text in enumerate(cells) if text.strip()]
    return grid.lists_projects and filled == [0, 1] and is_amount(cells[1]) and names_unit(cells[0])


def _beside_empty_group(grid: Grid, cells: tuple[str, ...]) -> tuple[str, ...] | None:
    """A row of a later group alone (年度 beside an empty 中期), shifted left by a converter
    that drops merged cells, moved under that group's name: its name stands in a level column,
    or, in a grid whose other rows show its converter drops them (`Grid.drops_merged`: no row
    of it prints its levels empty), in any column after empty level cells; after as many empty
    cells as that group's columns before it that no converter drops (the 中期 group's name and
    value, printed empty; the levels, merged down, dropped). None for any other row, and where
    the first group's columns tell the same (`_group_back` reads it)."""
    filled = [col for col, text in enumerate(cells) if text.strip()]
    if len(grid.scopes) < 2 or not filled or not filled[0]:
        return None
    first = filled[0]
    text = cells[first]
    dropped = grid.group_roles[0].get(first) in DROPPED or (
        grid.drops_merged and any(col in grid.dropped_columns for col in range(first))
    )
    if not dropped or level_fit(text, "") or reads_as_target(text):
        return None
    fits = [name for name, *_ in grid.group_columns
            if name is not None and name > first and filled[-1] + name - first < grid.width
            and _kept_before(grid, name) == first]  # fmt: skip
    if len(fits) != 1 or fits[0] == grid.group_columns[0][0]:
        return None
    return _moved(cells, first, fits[0] - first, grid.width)


def _kept_before(grid: Grid, col: int) -> int:
    """The columns before `col` that a converter dropping merged cells keeps, printed empty
    where a row has nothing in them: all but the levels, the label down the side and a list's
    project cells and 序号 (`Grid.dropped_columns`)."""
    return sum(1 for at in range(col) if at not in grid.dropped_columns)


def gaps_closed(grid: Grid, rows) -> list:
    """The rows without the empty cells a converter inserted among their cells (two tabs where
    one was, the cells after them one column right and the last beyond the labels): a row
    printing text right of the last column label loses an empty cell right of its name, where
    that leaves a name under the 三级 column, operators, directions, units and numbers only
    under the columns that hold them (`_holds_its_column`), and one such cell only (or one
    leaving no cell under no label: `_fewest_unlabelled`); else one
    of the empty cells opening it (a merged cell drawn a column too wide: the rows inside its
    span after the first one cell right), where that leaves the same and each level column
    empty or holding its level (`质量指标` under the 二级). A stray rule's column right of the
    names, unlabelled, is joined back to them first (`_cuts_joined`)."""
    return [_gap_closed(grid, row) for row in _cuts_joined(grid, rows)]


def targets_parted(grid: Grid, rows) -> list:
    """The rows whose name cell a converter joined with the target beside it, a space between
    (`城乡低保资金按时足额发放率 100%`, nothing under 指标值: two columns of a PDF's text run
    together), with the name and the target each under its column. Only in a grid of one value
    column and no split value columns, for a name cell whose last word is a target written with
    an operator or a unit (`_marked_target`), the words before it no target, no cell after it."""
    names, values = grid.role_columns("level3"), grid.role_columns("value")
    parts = [role for role in vocab.SPLIT_ROLES if role != "value"]
    if len(names) != 1 or len(values) != 1 or any(map(grid.role_columns, parts)):
        return rows
    name, value = names[0].col, values[0].col
    parted = []
    for row in rows:
        placed = shifted_back(grid, row)  # a converter that drops merged cells shifted it left
        head, _, tail = cell_at(placed.cells, name).strip().rpartition(" ")
        if (
            value > name
            and head.strip()
            and _marked_target(tail)
            and not reads_as_target(head)
            and not any(text.strip() for text in placed.cells[name + 1 :])
        ):
            cells = [*placed.cells, *[""] * (value + 1 - len(placed.cells))]
            cells[name], cells[value] = head.strip(), tail
            row = replace(placed, cells=tuple(cells))
        parted.append(row)
    return parted


def _cuts_joined(grid: Grid, rows) -> list:
    """The rows with the names a stray vertical rule cut in two whole again (`老年人健康管 |
    理人数` under `三级指标 | (none)`): the column right of the names has no label, and each
    cell it prints goes on a name cut where the rule crossed it, as wide as the widest name
    (no name runs past the rule), in words no figure, target nor level (a unit word may end a
    name: `满意 | 度`); two such at least."""
    names = grid.role_columns("level3")
    if not names or names[0].col + 1 not in grid.gaps:
        return rows
    name = names[0].col
    placed = [shifted_back(grid, row).cells for row in rows]
    widest = max((print_width(cell_at(cells, name)) for cells in placed), default=0)
    cut = [cells for cells in placed if fold(cell_at(cells, name + 1))]
    if len(cut) < 2 or not all(_cut_name(cells, name, widest) for cells in cut):
        return rows
    return [_end_joined(row, cells, name) for row, cells in zip(rows, placed, strict=True)]


def _end_joined(row, placed: tuple[str, ...], name: int):
    """The row with its name's cut end joined to the name, where the row was printed (moved
    left, its merged cells dropped, or in place), the end's cell left empty."""
    end = cell_at(placed, name + 1)
    if not fold(end):
        return row
    at = next((col for col in range(name, -1, -1)
               if row.cells[col : col + 2] == (placed[name], end)), None)  # fmt: skip
    return row if at is None else _with_cell(_joined(row, {at: end.strip()}), at + 1, "")


def _cut_name(cells: tuple[str, ...], name: int, widest: int) -> bool:
    """Whether a row's name cell and the cell right of it read as one name a rule cut: the name
    as wide as the widest (a narrow character's width short of it at most), the rest words (a
    unit's too)."""
    rest = fold(cells[name + 1])
    return (
        print_width(cells[name]) >= widest - 1
        and not (reads_as_target(rest) or is_number(rest))
        and level_fit(rest, "") is None
    )


def _gap_closed(grid: Grid, row):
    cells, merged = row.cells, row.merged
    name = min((c.col for c in grid.role_columns("level3")), default=-1)
    if (joined := _name_cut_joined(grid, cells, name)) is not None:
        cells, merged = joined, merged[: name + 1] + merged[name + 2 :]
    while any(text.strip() for text in cells[grid.width :]):
        filled = [col for col, text in enumerate(cells) if text.strip()]
        closed = {
            cells[:col] + cells[col + 1 :]: col
            for col in range(name + 1, filled[-1])
            if not cells[col].strip()
        }
        fitting = _fewest_unlabelled(grid, [o for o in closed if _holds_its_column(grid, o)])
        if not fitting and filled[0] > 0:
            opened = cells[1:]
            fitting = [opened] if _holds_its_column(grid, opened, levels=True) else []
            closed[opened] = 0
        if len(fitting) != 1:
            return row
        cells, col = fitting[0], closed[fitting[0]]
        merged = merged[:col] + merged[col + 1 :]
    return row if cells is row.cells else replace(row, cells=cells, merged=merged)


def _fewest_unlabelled(grid: Grid, options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Of a row's ways to close a gap, those leaving a cell under no label nowhere, where some
    do: a Word table's spacer cell before its note (`≥85公里 | | | 汛前完成` under `指标值 | |
    备注 |`, each label spanning two grid columns) closes after the target, not before it."""
    labelled = [o for o in options if not any(cell_at(o, col) for col in grid.gaps)]
    return labelled if labelled and len(options) > 1 else options


def _name_cut_joined(grid: Grid, cells: tuple[str, ...], name: int) -> tuple[str, ...] | None:
    """A row's cells with its name put back whole where a converter wrapped it into two cells
    of its row (`新建滴灌首部 | 系统 | 10 | 座 | ＝ | 6`, every cell after it one column right):
    the cell after the name is words (no figure, unit or operator) under a column of numbers,
    units, operators or directions, the row prints nothing before the name but its levels and
    its number, and it holds its columns with the two joined, each level column empty or
    holding its level (no row a converter shifted left), and not as printed; None otherwise."""
    if name < 0 or len(cells) < name + 2 or not cells[name].strip():
        return None
    levels = {c.col for c in grid.level_columns}
    number = grid.number_column.col if grid.number_column else None
    if any(
        text.strip() and col not in levels and not (col == number and is_number(text))
        for col, text in enumerate(cells[:name])
    ):
        return None  # a list's project cells, or words a converter shifted left
    piece = fold(cells[name + 1])
    under = next((c.role for c in grid.columns if c.col == name + 1), None)
    if (
        under not in ("operator", "direction", "unit", "weight")
        or not piece
        or _has_figure(piece)
        or is_unit(piece)
        or content_role([piece])
        or _holds_its_column(grid, cells)
    ):
        return None
    joined = (*cells[:name], cells[name].strip() + cells[name + 1].strip(), *cells[name + 2 :])
    return joined if _holds_its_column(grid, joined, levels=True) else None


def _holds_its_column(grid: Grid, cells: tuple[str, ...], levels: bool = False) -> bool:
    """Whether every cell under a name, value, operator, direction, unit, weight or deviation
    column holds what that column may: a name no figure, operator or unit; a value no operator
    or unit alone; a deviation's reasons no bare number (a hidden helper column's `1.00` that a
    CSV export kept right of them); the others their own words (`≥`, 正向, `%`) or a number;
    with `levels`, one under a level column that level's name."""
    for column in grid.columns:
        text = fold(cell_at(cells, column.col))
        kind = content_role([text]) if text else None
        following = cell_at(cells, column.col + 1)
        if levels and text and column.role in LEVELS and level_fit(text, following) != column.role:
            return False
        if text and not {
            "level3": not (kind or is_number(text) or is_unit(text)),
            "value": not (kind or is_unit(text)),
            "operator": kind == "operator",
            "direction": kind == "direction",
            "unit": is_unit(text),
            "weight": is_number(text),
            "deviation": not is_number(text),
        }.get(column.role, True):
            return False
    return True


def _group_back(grid: Grid, cells: tuple[str, ...], group: int, wrapped) -> tuple[str, ...]:
    levels = grid.group_roles[group]
    # The row's first cell; beside the first group, the first one in the group's columns, and
    # in it, the first after the row's number put back under its column.
    start = min(levels, default=0)
    if not group:
        cells, start = _numbered_back(grid, cells)
    filled = [col for col, text in enumerate(cells) if text.strip()]
    first = next((col for col in filled if col >= start), None)
    # In a list of projects, the project's cells, merged down its rows, may be dropped too.
    movable = (*DROPPED, *(PROJECT_COLUMNS if not group else ()))
    if first is None or levels.get(first) not in movable:
        return cells
    text = cells[first]
    if levels[first] == "total" and is_amount(text):
        return cells  # a list's money printed again on its project's rows: where it belongs
    beside = cell_at(cells, first + 1).strip() if levels.get(first + 1) == "level3" else ""
    if beside and is_placeholder(beside):
        return cells  # a template's name beside it (`其他效益指标 | 指标1：`): in place
    if levels[first] == "level1" and _only_child_in_place(text, cell_at(cells, first + 1)):
        return cells
    fits = level_fit(text, cells[first + 1] if first + 1 < len(cells) else "")
    ends = wrapped is not None and wrapped(levels[first], fold(text), group)
    if fits == "level1" == levels[first] and (after := _after_level1(grid, levels, cells, first)):
        return after
    if fits == "level2" == levels[first] and (after := _after_level2(grid, levels, cells, first)):
        return after
    if is_block_label(text) or fits == levels[first] or ends:
        return cells
    value = next((col for col, role in levels.items() if role == "value"), None)
    if not fits and first == filled[-1] and _lone_target(text) and (value or 0) > first:
        # A target alone (an unnamed template row, its empty cells dropped): no name.
        return _moved(cells, first, value - first, grid.width)
    if not fits and first == filled[-1] and levels[first] in PROJECT_COLUMNS:
        # Words alone under a project's column (`补助` under `…乡村医生`): a wrapped project
        # cell's end, or nothing the row tells (`GridReader._wrapped_on`), never a name shifted
        # left that has lost its target.
        return cells
    ended = None  # the level whose cell above the first cell ends, shifted out from under it
    if not fits and wrapped is not None:
        ended = fits = next((role for role in LEVELS if wrapped(role, fold(text), group)), None)
    if not fits and (shift := _content_shift(grid, levels, cells, first)) is not None:
        return _moved(cells, first, shift, grid.width)
    if not fits and (shift := _name_under_projects(levels, cells, first, grid.width)):
        return _moved(cells, first, shift, grid.width)
    if not fits and levels[first] in PROJECT_COLUMNS:
        # A project with its 一级 out of place, else a row in place by the amount under its
        # total column (a subtotal: `820-马踏镇部门 | | 8,827,620.53`), else a name shifted.
        moved = _moved_by_content(grid, cells, levels, first, filled[-1])
        total = next((col for col, role in levels.items() if role == "total"), None)
        if moved is not cells or (total is not None and is_amount(cell_at(cells, total))):
            return moved
    target = next((col for col, role in levels.items() if role == (fits or "level3")), None)
    if target is None and fits and not grid.has_levels:
        # A level's name in a grid of no level column (`服务对象满意度` under `指标`): a name.
        fits, target = None, next((c for c, role in levels.items() if role == "level3"), None)
    shift = (target or 0) - first
    if target is None or shift <= 0 or filled[-1] + shift >= grid.width:
        if fits or levels[first] in PROJECT_COLUMNS:  # a project cell's row: content read above
            return cells
        return _moved_by_content(grid, cells, levels, first, filled[-1])
    moved = _moved(cells, first, shift, grid.width)
    level2 = next((col for col, role in levels.items() if role == "level2"), None)
    if (
        ended == "level1"
        and level2 is not None
        and level2 > target
        and level_fit(cell_at(moved, level2), "") != "level2"
        and filled[-1] + shift + 1 < grid.width
    ):
        # After a 一级's end (`(50分)`) a cell that is no 二级 is the name: the 二级, merged
        # down too, was dropped with it.
        moved = (*moved[:level2], "", *moved[level2 : grid.width - 1])
    return moved


def _name_under_projects(levels: dict[int, str], cells, first: int, width: int) -> int | None:
    """For a list's row whose first cell stands under a project column: the shift that puts it
    under the 三级 column, where the project name's column holds a target and the value column
    would (`新建改扩建校舍面积 | ≥4,200平方米 | 10 | 项目建设规划` under 单位名称 | 项目名称 | 项目总预算 |
    项目年度目标: a name shifted left with its target, the project cells and levels merged down
    dropped, as a project's name is never `≥4,200平方米`) and the row has room at its end; None
    otherwise."""
    column = {role: col for col, role in levels.items()}
    if (
        levels[first] not in PROJECT_COLUMNS
        or not {"project_name", "level3", "value"} <= column.keys()
    ):
        return None
    shift = column["level3"] - first
    if (
        shift <= 0
        or _last_filled(cells) + shift >= width
        or not reads_as_target(cell_at(cells, column["project_name"]))
        or not reads_as_target(cell_at(cells, column["value"] - shift))
    ):
        return None
    return shift


def _after_level1(grid: Grid, levels: dict[int, str], cells, first: int) -> tuple | None:
    """The row moved right after its 一级, in place, where the cell beside it under the 二级
    column names no level and its points say the rest was shifted left (`_points_shift`): a
    row printing no 二级 (`满意度指标 | | 受益农户满意度`) whose empty cell a converter dropped;
    None otherwise (a department's own 二级 in place stays)."""
    second = first + 1
    if levels.get(second) != "level2" or not (text := fold(cell_at(cells, second))):
        return None
    if level_fit(text, "") is not None or reads_as_target(text):
        return None
    shift = _points_shift(grid, levels, cells, second)
    return _moved(cells, second, shift, grid.width) if shift else None


def _after_level2(grid: Grid, levels: dict[int, str], cells, first: int) -> tuple | None:
    """The row moved right after its 二级, in place, in a grid printing the 一级 column after the
    二级's (`二级指标 | 一级指标 | 三级指标`), where the cell beside it under the 一级 column names no
    level, in the taxonomy or out of it, and the row has room at its end: its 一级, merged down
    the rows, dropped by a converter (`质量指标 | 验收合格率 | 100%`); None otherwise."""
    second = first + 1
    if levels.get(second) != "level1" or not (text := fold(cell_at(cells, second))):
        return None
    if level_fit(text, "") is not None or uncategorised_level(text) is not None:
        return None
    return _moved(cells, second, 1, grid.width) if _last_filled(cells) + 1 < grid.width else None


def _only_child_in_place(text: str, following: str) -> bool:
    """Whether a 一级 cell naming its level's only 二级 (`服务对象满意度指标`) stands in place,
    no row shifted left: the 二级 cell after it empty, a template's word naming no 二级
    (`具体指标`, `taxonomy.GENERIC_LEVEL2_NAMES`), or that 二级 again (`服务对象满意度 |
    服务对象满意度`: the department-wide scheme's 一级 over its one 二级)."""
    child = taxonomy.only_child(text)
    return child is not None and (
        not following.strip()
        or simplified(fold(following)) in taxonomy.GENERIC_LEVEL2_NAMES
        or canonical_level(following, 2) == child
    )


def _opens_under(above: str, text: str, pending) -> bool:
    """Whether a tree's section row `above`, read as a 二级 and with no indicator under it yet
    (the last level `pending`), is the 一级 of the 二级 `text` right under it: a word of both
    levels (成本指标, 2021's 一级 and the classic 二级) over one of its 二级 (经济成本指标)."""
    parent, child = canonical_level(above, 1), canonical_level(text, 2)
    return bool(
        pending
        and pending[-1].text == above
        and parent
        and child
        and child.parent_code == parent.code
    )


def _name_and_target_shift(grid: Grid, levels: dict[int, str], cells, first: int) -> int | None:
    """For a row whose first cell names no level the taxonomy knows: the least shift right (none
    at all, too) that puts a name under the 三级 column, a target under the value column and no
    target under a level column, its first cell staying in a level column or a list's project
    column, or being that name (`履职目标实现 | 消费投诉按时办结率 | ≥95%`: a department's own 二级,
    in place or with only its 一级 dropped, not a name shifted left; `苗木成活率 | 15 | % | ≥ |
    85` under 项目名称 | 预算金额 | 年度绩效目标 | 绩效指标 | …: a list's project cells dropped), the
    name no level (`产出指标（50分）`, which a workbook's merged cell puts beside a shifted row). A
    target is one written with its operator or unit (a bare number may be a weight or a split
    value), or split value columns' operator word (or 定性) under their operator column with a
    value beside it (`_split_target`). None when no shift does (a target in words: the row is
    read by its first cell alone)."""
    column = {role: col for col, role in levels.items()}
    if "level3" not in column or "value" not in column:
        return None
    for shift in range(grid.width - max(col for col, text in enumerate(cells) if text.strip())):
        name, value = (
            cell_at(cells, column["level3"] - shift),
            cell_at(cells, column["value"] - shift),
        )
        if (
            levels.get(first + shift) not in (*DROPPED, *PROJECT_COLUMNS)
            and first + shift != column["level3"]
        ):
            return None
        below = [cell_at(cells, col - shift) for col, role in levels.items()
                 if role in DROPPED and col > first + shift]  # fmt: skip
        if (
            name
            and not reads_as_target(name)
            and not is_unit(name)
            and level_fit(name, "") is None
            and (_marked_target(value) or _split_target(column, cells, shift, value))
            and not any(map(reads_as_target, below))
        ):
            return shift
    return None


def _split_target(column: dict[str, int], cells, shift: int, value: str) -> bool:
    """Whether a row shifted by `shift` puts an operator word (`≥`) or 定性 under the split value
    columns' operator column, and a value under the value column; or a figure under the value
    column and a unit under the unit column (`新建高位蓄水池 | | 12 | 座`, its operator empty)."""
    if not value.strip():
        return False
    if "unit" in column and is_number(value) and is_unit(cell_at(cells, column["unit"] - shift)):
        return True
    if "operator" not in column:
        return False
    word = matchable(cell_at(cells, column["operator"] - shift))
    return word in vocab.OPERATOR_WORDS or word in vocab.QUALITATIVE_WORDS


def _content_shift(grid: Grid, levels: dict[int, str], cells, first: int) -> int | None:
    """For a row whose first cell names no level the taxonomy knows: in a self-evaluation's
    group, the shift its points give (`_points_shift`: figures at the row's end are where it
    stands most surely, an actual being a target's like), else the one its name and target give
    (`_name_and_target_shift`); None when neither does (the row is read by its first cell
    alone)."""
    shift = _points_shift(grid, levels, cells, first)
    return shift if shift is not None else _name_and_target_shift(grid, levels, cells, first)


def _points_shift(grid: Grid, levels: dict[int, str], cells, first: int) -> int | None:
    """The least shift right (none at all, too) that puts a figure under the weight column and
    one under the 得分 column, the row's last figures landing there, and a name (no target, no
    level) under the 三级 column, its first cell staying in a level column or being that name: a
    row whose target or name the vocabulary cannot tell (`制度建设 | 内部控制制度健全性 | 健全 |
    已建立并执行 | 10 | 9.5`, `≥1200张床位`, a department's own 二级 in front, a 评分标准 cell of
    figures between the name and its target) shifted by the merged cells a converter dropped,
    told by where its points stand, as a reader tells it; None when no shift does."""
    column = {role: col for col, role in levels.items()}
    if not {"level3", "weight", "score"} <= column.keys():
        return None
    numbers = [col for col, text in enumerate(cells) if is_number(text)]
    for shift in range(grid.width - max(col for col, text in enumerate(cells) if text.strip())):
        if levels.get(first + shift) not in DROPPED and first + shift != column["level3"]:
            return None
        name = cell_at(cells, column["level3"] - shift)
        points = [column["weight"] - shift, column["score"] - shift]
        if (
            name
            and not reads_as_target(name)
            and level_fit(name, "") is None
            and all(col in numbers for col in points)
            and not any(col > max(points) for col in numbers)
        ):
            return shift
    return None


def _lone_target(text: str) -> bool:
    """Whether a row's one cell is a target of its own (`≥85公里`), not a name's end wrapped
    onto a row of its own, which may close the name's bracket (`48小时内）`)."""
    folded = fold(text)
    return reads_as_target(text) and not any(
        folded.count(closing) > folded.count(opening)
        for opening, closing in vocab.NAME_BRACKETS.items()
    )


def _marked_target(text: str) -> bool:
    """Whether a cell is a target (`reads_as_target`) written with an operator or a unit."""
    return reads_as_target(text) and any(
        clause.operator != "=" or clause.unit for clause in parse_target(text)
    )


_ROW_NUMBER = re.compile(vocab.ROW_NUMBER_CELL)


def _numbered_back(grid: Grid, cells: tuple[str, ...]) -> tuple[tuple[str, ...], int]:
    """The row with its number (`2`) moved back under the 序号 column left of the levels when
    a converter shifted it left of it, dropping the merged cells before it (the 绩效指标 label
    down the side); and the column the rest of the row is read from: the one after the number's
    (the number moved or in place), else the first. In a list of projects, whose number is the
    project's, merged down its rows as its cells are, words under the number column (no number,
    no total nor note: `扶持秸秆收储运中心 | 最少6个`) stand there as the number was dropped with
    them: the row is read from the column after, its cells moved one right where it has room;
    but a subtotal's label there, its amount under the total column and no project's name
    (`一、某局（本级） | | | 2,386,000.00`: a 资金使用单位's subtotal), is in place."""
    column = grid.number_column
    if column is None:
        return cells, 0
    filled = [col for col, text in enumerate(cells) if text.strip()]
    if filled and filled[0] == column.col and _ROW_NUMBER.fullmatch(fold(cells[column.col])):
        return cells, column.col + 1  # in place: the cells after it were shifted, if any
    if not filled or filled[0] > column.col:
        return cells, 0
    if (
        grid.lists_projects
        and filled[0] == column.col
        and not is_footer(cells[column.col])
        and filled[-1] + 1 < grid.width
        and not _subtotal_in_place(grid, cells)
    ):
        return _moved(cells, column.col, 1, grid.width), column.col + 1
    shift = column.col - filled[0]
    if not fold(cells[filled[0]]).isdigit() or filled[-1] + shift >= grid.width:
        return cells, 0
    return _moved(cells, filled[0], shift, grid.width), column.col + 1


def _subtotal_in_place(grid: Grid, cells: tuple[str, ...]) -> bool:
    """Whether a list's row prints an amount under its total column and no project's name."""
    total = next((c.col for c in grid.role_columns("total")), None)
    name = next((c.col for c in grid.role_columns("project_name")), None)
    return (
        total is not None
        and name is not None
        and is_amount(cell_at(cells, total))
        and not cell_at(cells, name)
    )


def _moved(cells: tuple[str, ...], first: int, shift: int, width: int) -> tuple[str, ...]:
    """The row with its cells from `first` on moved `shift` columns right."""
    if not shift:
        return cells
    return cells[:first] + ("",) * shift + tuple(cells[first : width - shift])


def _moved_by_content(grid: Grid, cells: tuple[str, ...], levels, first: int, last: int):
    """A row whose first cell names no level the taxonomy knows and has no room to be a name:
    moved right until a 一级 name it prints stands under the 一级 column (a list's new project
    whose 单位名称, merged down the list, was dropped: `乙项目 | 120 | 目标 | 产出指标 | …`), else
    until its last cell, a target (`reads_as_target`), stands under the value column, for a
    first cell in a level column (`过程管理指标 | 预算管理 | 预算完成率 | ≥95%`); only where that
    puts its first cell in a column a converter drops (a level's, a list's project's)."""
    column = {role: col for col, role in levels.items()}
    level1 = next(
        (col for col in range(first + 1, last + 1) if canonical_level(cells[col], 1)), None
    )
    if level1 is not None and "level1" in column:
        shift = column["level1"] - level1
    elif "value" in column and levels[first] in DROPPED and reads_as_target(cells[last]):
        shift = column["value"] - last
    else:
        return cells
    lands = levels.get(first + shift)
    if shift <= 0 or last + shift >= grid.width or lands not in (*DROPPED, *PROJECT_COLUMNS):
        return cells
    return _moved(cells, first, shift, grid.width)


def _candidates(label: str, cells: list[str]) -> tuple[str, ...]:
    """A column's roles, preferred first: a split value column (or one of unknown label) whose
    content shows operators or directions is that, whatever its label says; a column under a
    goal's words (`年初设定目标`, a list's project goal) whose cells are mostly targets and
    nothing else (`≥2000亩`, `2019年5月底前`: `reads_as_target`) is the value column. A goal's
    label naming its period (`中期目标 | 年度目标` over targets) names only a value column
    then: a second such opens the next value group, of the period it names (`label_scope`)."""
    roles = column_roles(label)
    if roles[:1] in (("goal_annual",), ("goal_period",)):
        filled = [text for text in cells if text.strip()]
        if 2 * sum(map(reads_as_target, filled)) > len(filled):
            return ("value",) if label_scope(label) else ("value", *roles)
    if roles and not set(roles) & set(vocab.SPLIT_ROLES):
        return roles
    shown = content_role(cells)
    return (shown, *(r for r in roles if r != shown)) if shown else roles


# Columns whose label names no level but whose cells may: an other column's (`指标类型`), the
# block label's down the side (`绩效指标`).
_LEVEL_BY_CONTENT = (("other_column",), ("indicator_block",))
_LEVEL_ROLES = (("level1",), ("level2",))


def _level_by_content(candidates_of: dict[int, tuple], cells) -> dict[int, tuple[str, ...]]:
    """Where no column is labelled as the 一级 or the 二级 (`指标类型 | 指标名称 | 指标值`, or the
    block label `绩效指标` down the side), the first column labelled as none whose cells are
    mostly 一级 names (`产出指标`, `效益指标`) is the 一级 column, else the first whose cells are
    mostly 二级 names (`数量指标`, `经济效益指标`: 贵州's `指标类型`) the 二级 column. Beside a
    labelled level column, such cells are rows a converter that drops merged cells shifted
    left, no column's own; but a column just left of the labelled 二级 one, where no column is
    labelled as the 一级, is the 一级 column if its cells on the rows printing a 二级 are mostly
    一级 names (河北's `指标类型 | 二级指标 | 具体指标`; a sign-off under the table is no row's)."""
    labelled = [col for col, roles in candidates_of.items() if roles[:1] in _LEVEL_ROLES]
    if [candidates_of[col][:1] for col in labelled] == [("level2",)]:
        (level2,) = labelled
        roles = candidates_of.get(level2 - 1, ())
        if roles[:1] in _LEVEL_BY_CONTENT and _mostly_level(
            [
                text
                for text, beside in zip(cells[level2 - 1], cells[level2], strict=True)
                if beside.strip()
            ],
            1,
        ):
            return {level2 - 1: ("level1", *roles)}
    if labelled:
        return {}
    for level, role in ((1, "level1"), (2, "level2")):
        col = next(
            (
                col
                for col, roles in candidates_of.items()
                if roles[:1] in _LEVEL_BY_CONTENT and _mostly_level(cells[col], level)
            ),
            None,
        )
        if col is not None:
            return {col: (role, *candidates_of[col])}
    return {}


def _mostly_level(cells: list[str], level: int) -> bool:
    """Whether more than half of a column's filled cells, two at least, name a level in words (a
    number alone is no level's name here: `1` is 产出指标's code, and a 序号 too)."""
    filled = [text for text in cells if text.strip()]
    named = sum(
        1 for text in filled if not text.strip().isdecimal() and canonical_level(text, level)
    )
    return named > 1 and 2 * named > len(filled)


def _shift_levels(columns: list[Column], cells) -> list[Column]:
    """A "一级" column holding 二级 names (数量指标 …) with no 三级 column: levels shifted by one."""
    level1 = [c for c in columns if c.role == "level1"]
    if not level1 or any(c.role == "level3" and any(cells[c.col]) for c in columns):
        return columns
    written = [text for text in cells[level1[0].col] if text.strip()]
    if not written or 2 * sum(map(_names_level2, written)) <= len(written):
        return columns
    shift = {"level1": "level2", "level2": "level3"}
    return [replace(c, role=shift.get(c.role, c.role)) for c in columns]


def _second_level1(candidates_of: dict[int, tuple], cells) -> dict[int, tuple[str, ...]]:
    """Two columns labelled as the 一级 (`目标类型 | 指标类别`, each a 一级's label in some
    template) and none as the 二级: where most rows naming a 一级 in the first name a 二级 in the
    second (`产出指标 | 数量指标`: the rows opening the 一级's blocks, whatever a converter that
    drops merged cells did to the others), the second is the 二级 column."""
    if (pair := level1_pair(candidates_of)) is None:
        return {}
    first, second = pair
    opening = [
        cells[second][row] for row, text in enumerate(cells[first]) if canonical_level(text, 1)
    ]
    if opening and 2 * sum(map(_names_level2, opening)) > len(opening):
        return {second: ("level2",)}
    return {}


def _level1_under_level2_label(
    candidates_of: dict[int, tuple], cells
) -> dict[int, tuple[str, ...]]:
    """A column labelled as the 二级 whose cells, two or more, all name a 一级 (国家发展改革委's
    中央预算内投资 form: `一级指标 | 二级指标` over `实施效果指标 | 产出指标`, then `效益指标`): the
    一级 column, and the column labelled as the 一级, a heading over them all, an other column.
    With no column labelled as the 一级, one cell naming a 一级 and none a 二级 is enough (大庆's
    form: `二级指标` over its groups `目标完成程度` and `项目实施效益`)."""
    level2 = [col for col, roles in candidates_of.items() if roles[:1] == ("level2",)]
    level1 = [col for col, roles in candidates_of.items() if roles[:1] == ("level1",)]
    if len(level2) != 1 or len(level1) > 1:
        return {}
    named = [text for text in cells[level2[0]] if text.strip()]
    firsts = [bool(canonical_level(text, 1)) and not canonical_level(text, 2) for text in named]
    if not level1:
        alone = any(firsts) and not any(map(_names_level2, named))
        return {level2[0]: ("level1",)} if alone else {}
    if len(named) < 2 or not all(firsts):
        return {}
    return {level2[0]: ("level1",), level1[0]: ("other_column",)}


def _level2_under_level1_label(
    candidates_of: dict[int, tuple], cells
) -> dict[int, tuple[str, ...]]:
    """One column labelled as the 一级 (`指标类别`) and none as the 二级, two of its cells or
    more naming a 二级 and none a 一级 (广东's 省级专项资金 form: `经济效益 | 社会效益 | 生态效益`
    under `指标类别`): the 二级 column, no 一级 printed."""
    level1 = [col for col, roles in candidates_of.items() if roles[:1] == ("level1",)]
    if len(level1) != 1 or any(roles[:1] == ("level2",) for roles in candidates_of.values()):
        return {}
    (col,) = level1
    named = sum(map(_names_level2, cells[col]))
    first = any(canonical_level(text, 1) for text in cells[col] if text.strip())
    return {col: ("level2",)} if named > 1 and not first else {}


def _names_level2(text: str) -> bool:
    """Whether a cell names a 二级 of the taxonomy that is no 一级's name too."""
    return bool(canonical_level(text, 2)) and not canonical_level(text, 1)


def _scopes(columns: list[Column], groups: int, goal_order, above: str | None) -> tuple[str, ...]:
    block = next((label_scope(c.label) for c in columns if c.role == "indicator_block"), above)
    written = []
    for group in range(groups):
        said = {label_scope(c.label) for c in columns if c.group == group and c.role in GROUPED} - {
            None
        }
        written.append(said.pop() if len(said) == 1 else None)
    if groups == 1:
        return (written[0] or block or "annual",)
    order = [scope for scope in goal_order if scope in ("period", "annual")]
    if len(order) != groups:
        order = ["period"] * (groups - 1) + ["annual"]
    return tuple(w or o for w, o in zip(written, order, strict=True))


def unwrap_rows(grid: Grid, rows, said: Sequence[str] = ()) -> tuple[list, list[LayoutFinding]]:
    """The data rows with the ends of cells a converter wrapped onto a row of their own put back
    on the row above, where the evidence is strong, and a finding for each row that may be such
    an end but lacks it. A row is an end only when every cell it prints is the end of a cell
    the row above prints, and only:
    - the end of a level cell: the row's one filled cell, in a level column, completes the cell
      above into a level name while naming none alone (`经济效益` over `指标`, `服务对象满` over
      `意度指标`); in that column, or in a column before it where a converter that drops
      merged cells moved it left with its row (the row above too, then read moved back under
      its labels: its 二级 had stood under the 一级, its 一级 under the 绩效指标 label);
    - the end of a target or actual, or of free text, the row printing no name: the row above is
      a whole indicator (its name and value printed) and of the two pieces of each target or
      actual at most one holds a figure (`≥100` over `人次`, `按学期及时拨` over `付`; not `≥100人`
      over `≥50户`, two targets);
    - the end of a name, with or without the ends of its targets (each then a unit's end, or
      the unit of a figure: `≥100` over `人次`; else a target of its own) and of its free text
      (绩效标准, 指标解释, 偏差原因, whatever they say): the row above is
      a whole indicator and the end cannot be a name of its own: it opens with a mark no name
      opens with (`)`, `、`, `%`), or closes a bracket the line above left open (`培训人数(含线上`
      over `线下)`), or the line above is the widest name of its column that prints a value
      (the converter wrapped it there) and the end no wider (`培训企业经营管理人` over `员数量`;
      a name over three lines, its middle line as wide as its first), or the end stands beside
      free text going on the unfinished text above it, no wider than the line above
      (`适龄儿童国家免` over `疫规划疫苗接种 | 统计的接种人数/适`), or the table's goals `said`
      print the two lines as one phrase (`改造提升老旧` over `温室大棚`, the goal saying `改造提升
      老旧温室大棚300座`: `_said_whole`); in a form printing 中期 and 年度 groups, each group's
      name with such evidence. A table of one value column per
      recipient weighs its names against the first recipient's values, one of graded standards
      against its first grade's.
      A sub-row (`其中…`), a placeholder or a numbered name (`指标4.`) is never an end.
    The start of a name is put back too: a row printing only a name as wide as its column's
    widest name that prints a value (and the level cells or the number opening its row), over a
    row printing a name and its value, is the first line of that name, which a converter printed
    above the line of the row's values (`_starts_name`: `农村饮水安全巩固提升工程受益` over `人口 |
    ≥3.2万人`); so is one narrower that the name below completes as indicators' names end, a
    finding saying so (`农村集中供水工程水质` over `达标率 | ≥90%`), rather than the end of a name
    above that ends as names end already (`_begins_below`).
    A row printing nothing after its name goes on with the row below where a bare line break
    cut it inside the name: that row's first cell completes the name as names end and its
    cells fill the columns after it (`_row_goes_on`: `带动农牧民` over `户均增收 | ≥1200元 | …`).
    A level cell printed one character a line down its span (`产` `出` `指` `标`) is put back
    whole on the span's first row first (`_vertical_levels`). A row whose first cell stands in
    a column a converter drops (merged cells dropped, the row shifted left) is read moved back
    under its labels (`shifted_back`), and so is the row above it; a unit alone is not, as it
    may end the name or the target.
    A row is a row of its own as soon as the source marks one of its name, value or unit cells
    merged with the cell above (a name or value shared with the row above), and so is a sign-off
    or a note (`is_footer`: `填 表 人：孙七` is no name's end). A joined cell is the
    two pieces as printed, one after the other. A row printing only a name, under a whole
    indicator and narrower than its name, but without such evidence stays an indicator (an
    unfilled template row is one): `name_maybe_wrapped` names it for a reader to check."""
    levels = {c.col: 1 if c.role == "level1" else 2 for c in grid.level_columns}
    rows = _vertical_levels(levels, _broken_last_cells(grid, rows))
    name_of: dict[int, int] = {}  # a name, value or unit column -> its group's name column
    value_of: dict[int, int] = {}  # a name column -> its group's value column
    units: set[int] = set()
    for group, (name, _, value, unit) in enumerate(grid.group_columns):
        if value is None and group == len(grid.group_columns) - 1 and grid.recipients:
            value = grid.recipients[0].col  # one value column per recipient: the first's
        elif value is None and (grades := grid.role_columns("grade")):
            value = grades[0].col  # graded standards (优 | 良 | 中 | 差): the first grade's
        if name is not None and value is not None:
            name_of.update({col: name for col in (name, value, unit) if col is not None})
            value_of[name] = value
            units.update({unit} - {None})
    # The cells a row opens with before its names: its levels and its number (序号).
    opening = levels.keys() | {
        c.col
        for c in grid.columns
        if compact(c.label) in vocab.ROW_NUMBER_LABELS and c.col < min(value_of, default=-1)
    }
    # The row's own fields belong to the last group's indicator (`GridReader.read`): its actual
    # as a target, its free text (绩效标准, 指标解释, 偏差原因) whatever its end.
    words = {c.col for role, c in grid.row_fields if role in WRAPPED_TEXTS}
    if value_of:
        last = list(value_of)[-1]
        name_of |= {
            c.col: last for role, c in grid.row_fields if role in ("actual", *WRAPPED_TEXTS)
        }
    # ... and so do the columns it keeps as extras (指标赋分规则, 佐证资料, 上年完成值): an end of
    # one joins as a target's does (`完成得满分，未完成按` over `比例得分`; not two figures), though
    # a cell of theirs merged with the one above (a 序号 over a wrapped row) shares no indicator,
    # and a row's number wraps onto no line (words under it were shifted there: `_numbered_back`).
    extras = [c for c in grid.role_columns("other_column") if c != grid.number_column]
    ends_of = name_of | {c.col: last for c in extras} if value_of else {}
    widest = _widest(rows, value_of)
    moved_widest: dict[int, int] | None = None  # the same, of the rows moved back (`shifted_back`)
    out: list = []
    lines: list[dict[int, str]] = []  # per row kept, the last printed line of its name cells
    findings: list[LayoutFinding] = []
    start: dict[int, str] = {}  # a name's first line, printed alone above its values
    for index, row in enumerate(rows):
        filled = {col: text.strip() for col, text in enumerate(row.cells) if text.strip()}
        if start:
            out.append(_started(row, start, opening))
            lines.append({col: _text(row, col) for col in value_of})
            start = {}
            continue
        if out and (
            _values_cut_off(out[-1], filled, levels, value_of)
            or _name_cut_in_place(out[-1], row, filled, levels, value_of)
        ):
            out[-1] = _joined(out[-1], filled)  # a row a page break or a sheet cut in two
            continue
        if out and (goes_on := _row_goes_on(grid, out[-1], row, value_of)) is not None:
            out[-1] = goes_on  # a row a bare line break cut inside its name
            continue
        if out and filled and (joined := _level_end(grid, out[-1], filled, levels)):
            out[-1] = joined
            continue
        if out and (ended := _names_ended(grid, out[-1], filled)):
            out[-1], (name, end) = ended
            findings.append(_joined_finding(row.line, end, _text(out[-1], name).removesuffix(end)))
            continue
        if out and len(filled) == 1 and (joined := _open_end(grid, out[-1], filled)):
            out[-1] = joined
            continue
        read, above, head, widths = (
            row,
            out[-1] if out else None,
            lines[-1] if lines else {},
            widest,
        )
        moved = None
        if out and len(filled) == 1 and (spanned := _spanned_end(grid, row, out[-1])):
            # An end shifted left further than its row: read under the cell it ends.
            moved = spanned
        elif out and _shifted_end(grid, filled, out[-1]):
            # Ends shifted left with their row (merged cells dropped): read where they belong.
            if (shifted := shifted_back(grid, row)) is not row:
                moved = shifted, shifted_back(grid, out[-1])
        elif out and not filled.keys() <= name_of.keys():
            # Ends a converter shifted left as far as their row (merged cells dropped from both
            # lines): read where the row above is read.
            moved = _aligned_with_above(grid, row, out[-1])
            if moved is None and _unit_alone_dropped(grid, filled):
                findings.append(_unit_doubt(grid, row, out[-1], next(iter(filled.values()))))
        if moved is not None:
            read, above = moved
            filled = {col: text.strip() for col, text in enumerate(read.cells) if text.strip()}
            head = head if above is out[-1] else {c: _text(above, c) for c in value_of}
            moved_widest = moved_widest or _widest(
                map(functools.partial(shifted_back, grid), rows), value_of
            )
            widths = moved_widest
        verdict = "row"
        below = rows[index + 1] if index + 1 < len(rows) else None
        if (
            filled
            and filled.keys() <= ends_of.keys()
            and not _shares_cell(read, name_of)
            and not is_footer(filled[min(filled)])
        ):
            if out:
                columns = (ends_of, value_of, units, words)
                verdict = _end_of(above, head, filled, columns, widths)
                if verdict in ("end", "joined") and _begins_below(filled, above, below, value_of):
                    verdict = "row"
                if verdict == "doubt" and _said_whole(said, head, filled):
                    verdict = "end"
            if verdict == "joined":
                name = next(col for col in filled if col in value_of)
                findings.append(_joined_finding(row.line, filled[name], head[name]))
            if verdict in ("end", "joined"):
                out[-1] = _joined(above, filled)
                lines[-1] = head | {col: text for col, text in filled.items() if col in value_of}
                continue
        begun = not _shares_cell(read, name_of) and _starts_name(
            filled, below, opening, value_of, widths
        )
        if begun:
            start = filled
            if begun == "joined":
                findings.append(_started_finding(below, start, opening))
            continue
        if verdict == "doubt":
            findings.append(LayoutFinding("name_maybe_wrapped", row.line, (
                f"the indicator {fold(next(iter(filled.values())))!r} prints only a name, "
                f"under {fold(_text(above, next(iter(filled))))!r}: it may be the end of "
                "that name wrapped onto a line of its own; it is kept as an indicator, "
                "compare with the published table")))  # fmt: skip
        out.append(row)
        lines.append({col: _text(row, col) for col in value_of})
    return out, findings


def _said_whole(said: Sequence[str], head: dict[int, str], filled: dict[int, str]) -> bool:
    """Whether a name's line alone and the line above it (`head`, by column) are one phrase the
    table's goals print (`said`: `改造提升老旧` over `温室大棚`, the goal `…改造提升老旧温室大棚300
    座…`): the goal names the indicator whole."""
    if len(filled) != 1 or not said:
        return False
    ((col, end),) = filled.items()
    start = compact(head.get(col, ""))
    goals = [compact(text) for text in said]
    return bool(start) and any(start + compact(end) in goal for goal in goals)


def centred_levels(grid: Grid, rows) -> list:
    """The rows with each merged 一级 cell's text that a converter printed on a middle row of its
    span (centred in the merged cell, as a PDF's text is) moved up to the span's first row. The
    rows above such a text print no 一级 and the 二级 in force on them (their own, or one filled
    down) belongs under it, not under the 一级 above them (`数量指标` with no 一级 above, then
    `产出指标` two rows down; `社会效益指标` under 产出's rows, then `效益指标` a row down): the
    first of them takes the 一级 the next row printing one names, which no longer changes the
    level there (its empty 二级 is the one above, filled down), unless a 一级 printed above
    them that names no category is in force (福建's `投入` over `时效目标`, `成本目标`), or a
    row between them prints a 二级 of another 一级 (`经济效益 指标` then `时效指标` under
    `产出指标(50分)`: a 二级 out of place, kept under the 一级 in force); a
    block's first row printing no 二级 takes the 二级 printed a row or more below it first
    (`_level2_centred`). Rows read moved back under their labels where a converter shifted
    them left (`shifted_back`)."""
    level1 = next(iter(grid.role_columns("level1")), None)
    level2 = next((c for c in grid.role_columns("level2") if c.group == 0), None)
    rows = list(rows)
    if level1 is None or level2 is None:
        return rows
    moved = [shifted_back(grid, row) for row in rows]  # read here; kept as printed unless changed
    _level2_centred(grid, rows, moved, level1.col, level2.col)
    printed = [bool(cell_at(row.cells, level1.col)) for row in moved]
    following: list[int | None] = [None] * len(rows)  # the next row printing a 一级
    for index in range(len(rows) - 2, -1, -1):
        following[index] = index + 1 if printed[index + 1] else following[index + 1]
    current = child = None  # the categories of the 一级 and the 二级 in force
    named_none = False  # a 一级 printed above in force that names no category (`投入`)
    for index, row in enumerate(moved):
        if text := cell_at(row.cells, level1.col):
            current, child = canonical_level(text, 1), None
            named_none = current is None
        if text := cell_at(row.cells, level2.col):
            child = canonical_level(text, 2)
        if (
            printed[index]
            or child is None
            or named_none
            or (current and child.parent_code == current.code)
        ):
            continue
        if (ahead := following[index]) is None:
            continue
        text = cell_at(moved[ahead].cells, level1.col)
        if (named := canonical_level(text, 1)) is None or named.code != child.parent_code:
            continue
        between = (cell_at(r.cells, level2.col) for r in moved[index + 1 : ahead])
        if not all(belongs(other, text) for other in between if other):
            continue  # `时效指标` back under 产出 below it: a 二级 out of place, no span's middle
        rows[index] = moved[index] = _with_cell(row, level1.col, text)
        rows[ahead] = moved[ahead] = _with_cell(moved[ahead], level1.col, "")
        printed[index], printed[ahead] = True, False
        current = named
    return rows


def _level2_centred(grid: Grid, rows: list, moved: list, level1: int, level2: int) -> None:
    """Each block's first indicator row given the 二级 a converter printed on a middle row of
    its merged cell's span (`centred_levels`): a row opening the table with no level, or opening
    a 一级's block (its 一级 printed, the 二级 in force above it of another 一级) with no 二级,
    where the next row printing a level prints a 二级 alone (`数量指标` on the second row; a web
    page's unmerged cells, the text in the middle one): nothing above gives it a 二级 of its
    block, so it is of the first printed below it. A 一级 printed at its span's middle, under
    a 二级 of its own, opens no block. `rows` and `moved` (the rows moved back under their
    labels) are changed in place."""
    name = next((c.col for c in grid.role_columns("level3") if c.group == 0), None)
    if name is None:
        return
    named = [i for i, row in enumerate(moved) if cell_at(row.cells, name)]
    child = None  # the category of the 二级 in force
    for index, row in enumerate(moved):
        cells = row.cells
        if text := cell_at(cells, level2):
            child = canonical_level(text, 2)
            continue
        if index not in named:
            continue
        parent = canonical_level(cell_at(cells, level1), 1) if cell_at(cells, level1) else None
        opens = index == named[0] and not cell_at(cells, level1)
        if not (opens or (parent and not (child and child.parent_code == parent.code))):
            continue
        below = next(
            (i for i in range(index + 1, len(moved))
             if any(cell_at(moved[i].cells, col) for col in (level1, level2))),
            None,
        )  # fmt: skip
        if below is None or cell_at(moved[below].cells, level1):
            continue
        text = cell_at(moved[below].cells, level2)
        if (found := canonical_level(text, 2)) is None or (
            parent and found.parent_code != parent.code
        ):
            continue
        rows[index] = moved[index] = _with_cell(row, level2, text)
        rows[below] = moved[below] = _with_cell(moved[below], level2, "")
        child = found


def levels_at_span_foot(grid: Grid, rows) -> list:
    """The rows with each merged level cell's text that a converter printed on the last row of
    its span (a bottom-aligned cell) moved up to the span's first row. The evidence is the
    table's: its first indicator row prints neither 一级 nor 二级, so no level above fills it
    down, and its last prints both; each blank level cell then belongs to the next one printed
    below it in its column, and every 二级 so given stands under its 一级 (`数量指标` a row below
    the first name, `产出指标` on the 成本 row). Rows read moved back under their labels where a
    converter shifted them left (`shifted_back`); the first value group only."""
    rows = list(rows)
    columns = [
        next((c.col for c in grid.role_columns(role) if c.group == 0), None)
        for role in (*LEVELS, "level3")
    ]
    if None in columns:
        return rows
    *levels, name = columns
    moved = [shifted_back(grid, row) for row in rows]
    named = [index for index, row in enumerate(moved) if cell_at(row.cells, name)]
    printed = {col: [i for i in named if cell_at(moved[i].cells, col)] for col in levels}
    if (
        not named
        or any(named[0] in on or named[-1] not in on for on in printed.values())
        or not all(_under_its_level1(moved, named, printed, levels))
    ):
        return rows
    for col, on in printed.items():
        start = 0
        for foot in on:
            span = [i for i in named if start <= i <= foot]
            text = cell_at(moved[foot].cells, col)
            rows[foot] = moved[foot] = _with_cell(moved[foot], col, "")
            rows[span[0]] = moved[span[0]] = _with_cell(moved[span[0]], col, text)
            start = foot + 1
    return rows


def _under_its_level1(moved, named: list[int], printed: dict, levels: list[int]):
    """For each indicator row, whether the 二级 printed next below it (or on it) belongs under
    the 一级 printed next below it."""
    level1, level2 = levels
    for index in named:
        foot1 = next(i for i in printed[level1] if i >= index)
        foot2 = next(i for i in printed[level2] if i >= index)
        yield printed_under(
            cell_at(moved[foot2].cells, level2), cell_at(moved[foot1].cells, level1)
        )


def _with_cell(row, col: int, text: str):
    """The row with its cell in `col` set to `text` (padded with empty cells up to it)."""
    cells = list(row.cells) + [""] * (col + 1 - len(row.cells))
    cells[col] = text
    return replace(row, cells=tuple(cells))


def project_widths(grid: Grid, rows) -> dict[str, int]:
    """Per project column of words of a list (`WRAPPING_PROJECT_COLUMNS`), the width of its
    widest cell (`GridReader._wrapped_on`), of the rows of several cells (a sign-off line is
    no project's), moved back under their labels (`shifted_back`: an indicator's cells a
    converter shifted left under a project column are none of its)."""
    several = (row for row in rows if sum(1 for text in row.cells if text.strip()) > 1)
    rows = [shifted_back(grid, row) for row in several] if grid.lists_projects else []
    return {
        c.role: max((print_width(_text(row, c.col)) for row in rows), default=0)
        for c in grid.columns
        if grid.lists_projects and c.role in WRAPPING_PROJECT_COLUMNS
    }


def _shifted_end(grid: Grid, filled: dict[int, str], above) -> bool:
    """Whether a row's cells may be ends shifted left with it: its first cell stands in a column
    a converter drops. Not a unit alone (`人次`), a target's end or a name's (`…带头` over `人`),
    moved back as a name: once its column is lost, only the row above tells which
    (`_unit_ends_name`)."""
    if not filled or grid.group_roles[0].get(min(filled)) not in DROPPED:
        return False
    if _unit_alone_dropped(grid, filled):
        return _unit_ends_name(grid, above, next(iter(filled.values())))
    return True


def _unit_alone_dropped(grid: Grid, filled: dict[int, str]) -> bool:
    """Whether a row prints only a unit, in a column a converter drops (`_shifted_end`)."""
    if len(filled) != 1:
        return False
    ((col, text),) = filled.items()
    return grid.group_roles[0].get(col) in DROPPED and is_unit(text)


def _unit_doubt(grid: Grid, row, above, unit: str) -> LayoutFinding:
    """`name_maybe_wrapped` for a unit alone shifted left that `_unit_ends_name` cannot place:
    the end of the name above or of its target, kept as an indicator of that name."""
    name = next((fold(cell_at(shifted_back(grid, above).cells, columns[0]))
                 for columns in grid.group_columns if columns[0] is not None), "")  # fmt: skip
    return LayoutFinding("name_maybe_wrapped", row.line, (
        f"the indicator {fold(unit)!r} prints only a unit, shifted left under {name!r}: it may "
        "be the end of that name or of its target wrapped onto a line of its own; it is kept "
        "as an indicator, compare with the published table"))  # fmt: skip


def _unit_ends_name(grid: Grid, above, unit: str) -> bool:
    """Whether a unit alone on its line ends the name of the row above (moved back under its
    labels): it completes that name as indicators' names end (`completes_name`: `…报销比` over
    `例`), and no target of the row awaits its unit (`awaits_unit`: one ending in a figure, its
    unit column empty or none), which the unit might end as well."""
    cells = shifted_back(grid, above).cells
    groups = [columns for columns in grid.group_columns if columns[0] is not None]
    return any(completes_name(cell_at(cells, name), unit) for name, *_ in groups) and not (
        _awaiting_unit(grid, cells)
    )


def _awaiting_unit(grid: Grid, cells: tuple[str, ...]) -> bool:
    """Whether a target of a row (moved back under its labels) awaits its unit (`awaits_unit`:
    one ending in a figure, its unit column empty or none), which a piece on the line below
    may end (`2023年12月31` over `日前`)."""
    return any(
        value is not None
        and awaits_unit(cell_at(cells, value))
        and not (unit_col is not None and cell_at(cells, unit_col).strip())
        for name, _, value, unit_col in grid.group_columns
        if name is not None
    )


def _aligned_with_above(grid: Grid, row, above) -> tuple | None:
    """The row and the row above it, both moved right as far as the row above is moved back
    under its labels (`shifted_back`): a cell's end on a line of its own that a converter
    dropping merged cells shifted with its row (`…暂缓发放，` over `已于…补发`, both under the
    得分 column). None where the row above is in place or the row has no room."""
    moved = shifted_back(grid, above)
    if moved is above:
        return None
    shift = _last_filled(moved.cells) - _last_filled(above.cells)
    if shift <= 0 or _last_filled(row.cells) + shift >= grid.width:
        return None
    return replace(row, cells=_moved(row.cells, 0, shift, grid.width)), moved


def _spanned_end(grid: Grid, row, above) -> tuple | None:
    """A row of one cell and the row above it, moved back under their labels, where the row
    above was shifted left (merged cells dropped) and prints level cells of its own (a new 二级,
    the label down the side, a list's project cells on its project's first row): those cells
    span the line of its wrapped end as well, so a converter dropping merged cells dropped them
    there too, and the end stands further left than its row by as many (`…前建成并` over
    `投入使用`, `个` over `月`, `…学分达标` over `率`). Read there where that puts it under a cell
    the row above prints, after as many empty cells as it has columns before it that such a
    converter keeps (`_kept_before`: a table that keeps its empty level cells is no such
    table), and the row has room; None otherwise, for a label (`年度绩效指标`), and under a name
    where a target of the row awaits its unit, which the piece may end as well
    (`_awaiting_unit`: `…拨付时间 | 2023年12月31` over `日前`, every empty cell before it
    dropped). Whether it is that cell's end is for `_end_of` to say, as of any row."""
    moved = shifted_back(grid, above)
    if moved is above:
        return None
    spanning = sum(1 for col, text in enumerate(moved.cells)
                   if text.strip() and col in grid.dropped_columns)  # fmt: skip
    shift = _last_filled(moved.cells) - _last_filled(above.cells) + spanning
    ((col, text),) = ((c, t) for c, t in enumerate(row.cells) if t.strip())
    if (
        not spanning
        or col + shift >= grid.width
        or not cell_at(moved.cells, col + shift).strip()
        or _kept_on_lines(grid, above, moved, col + shift) != col
        or is_block_label(text)
        or (
            any(col + shift == name for name, *_ in grid.group_columns)
            and _awaiting_unit(grid, moved.cells)
        )
    ):
        return None
    return replace(row, cells=_moved(row.cells, 0, shift, grid.width)), moved


def _kept_on_lines(grid: Grid, row, moved, col: int) -> int | None:
    """The cells before `col` that a converter dropping merged cells keeps on the lines of a
    row shifted left (`moved`: the row moved back under its labels): `_kept_before`, and in a
    list, the empty project cells the row keeps before its first cell, on a page after the one
    its project starts on, where no row printed them, so none merged down them (`| | | 满意度指标
    | …` under `单位名称 | 项目名称 | 项目金额 | 年度绩效目标 | 一级指标`). None where the row keeps
    more empty cells than that (a table that keeps its empty level cells)."""
    first = min((at for at, text in enumerate(row.cells) if text.strip()), default=0)
    moved_first = min((at for at, text in enumerate(moved.cells) if text.strip()), default=0)
    kept = first - _kept_before(grid, moved_first)
    # A list's project columns and 序号, the only dropped columns of no DROPPED role.
    projects = sum(1 for c in grid.columns if c.col < moved_first and c.col in grid.dropped_columns
                   and c.role not in DROPPED)  # fmt: skip
    if not 0 <= kept <= projects:
        return None
    return _kept_before(grid, col) + kept


def _open_end(grid: Grid, above, filled: dict[int, str]):
    """The row above, moved back under its labels (`shifted_back`), with a row's one cell
    joined onto its last cell, where that cell leaves its clause open (`CLAUSE_OPEN_ENDS`:
    `…推迟补栏，` over `下一步结合2024年项目优先扶持`) and stands over the row's cell or right of
    it: that cell's wrapped end, in its column (a column of free text the reader keeps as an
    extra, `改进措施`) or shifted further left than its row by a converter dropping merged cells
    (the empty cells of both the row's merged columns and the cells before the end); and so
    is a sentence's end (`采挖，务工人数减少；…用工。`) under free text that ends no sentence
    (`…部分劳动力外出`, a 偏差原因 or a column the reader keeps as an extra). None otherwise."""
    above = shifted_back(grid, above)
    last, ((first, text),) = _last_filled(above.cells), filled.items()
    if last < first:
        return None
    free = {c.col for role, c in grid.row_fields if role in WRAPPED_TEXTS}
    free |= {c.col for c in grid.role_columns("other_column")}
    sentence = (
        last in free
        and not is_footer(text)  # a note under the table (`注：…`) is a sentence of its own
        and ends_sentence(text)
        and not ends_sentence(above.cells[last])
        and not leaves_clause_open(text)
    )
    if not (leaves_clause_open(above.cells[last]) or sentence):
        return None
    return _joined(above, {last: text})


def _last_filled(cells: tuple[str, ...]) -> int:
    return max((col for col, text in enumerate(cells) if text.strip()), default=-1)


def _widest(rows, value_of: dict[int, int]) -> dict[int, int]:
    """Per name column, the width of its widest name that prints a value."""
    rows = list(rows)
    return {
        name: max((print_width(_text(r, name)) for r in rows if _text(r, value)), default=0)
        for name, value in value_of.items()
    }


def _ends_level(above: str, text: str, level: int) -> bool:
    """Whether `text` is the end of the level cell `above` wrapped onto a line of its own: alone
    it names no level, joined they name one (`服务对象满` over `意度指标`)."""
    return bool(above and canonical_level(above + text, level) and not canonical_level(text, level))


def _level_end(grid: Grid, above, filled: dict[int, str], levels: dict[int, int]):
    """The row `above` with the one cell of a row joined to one of its level cells, where that
    cell is the level cell's end (`_ends_level`): under it (`经济效益` over `指标`), or left of it
    in a column a converter drops, both rows then moved back under their labels
    (`shifted_back`: a converter that ignores rowspan shifted them left, `满意度指标 | 服务对象满 |
    …` over `意度指标`); a row of several cells each under the level cell it ends (each group's
    二级 wrapped alike: `经济效益` over `指标` under the 中期 and the 年度 二级), or under a name
    it ends beside them (`指标 | 年限`), has all joined; else None."""
    if len(filled) > 1:
        # Beside a level cell's end, a name's end wraps with it (`指标 | 年限` under `可持续影响 |
        # 道路设施正常使用 | ≥10年`): the row prints no value of its own.
        names = {c.col for c in grid.role_columns("level3")}
        ends = {col: text for col, text in filled.items() if col in levels}
        ended = (
            bool(ends)
            and filled.keys() - ends.keys() <= names
            and all(_text(above, col) for col in filled.keys() - ends.keys())
            and all(_ends_level(_text(above, col), text, levels[col]) for col, text in ends.items())
        )
        return _joined(above, filled) if ended else None
    ((col, text),) = filled.items()
    if col in levels and _ends_level(_text(above, col), text, levels[col]):
        return _joined(above, {col: text})
    if is_placeholder(text) or grid.group_roles[0].get(col) not in DROPPED:
        return None
    moved = shifted_back(grid, above)
    return next(
        (
            _joined(moved, {level: text})
            for level in levels
            if level > col and _ends_level(_text(moved, level), text, levels[level])
        ),
        None,
    )


def _end_of(above, head: dict[int, str], ends: dict[int, str], columns, widest) -> str:
    """`end` when the cells `ends` of a row are the ends of those of the row `above` (see
    `unwrap_rows`; `head` holds the last printed line of its name cells; `columns` the group's
    name column of each column, the value column of each name column, the unit columns and the
    free text ones), `joined` when they are only a name narrower than a long line above
    (`vocab.WRAPPED_LINE_SHARE`) or than a name it completes (`completes_name`: `…优抚对象` over
    `满意度`), or a name no wider than the line above beside free text going on an unfinished
    text above (`疫规划疫苗接种 | 统计的接种人数/适`), `doubt` when only a name that may be
    one, else `row`."""
    name_of, value_of, units, words = columns
    names = {name_of[col] for col in ends}
    if _fills_target(above, ends, names, value_of):
        return "end"
    if any(not _text(above, col) for col in ends) or any(
        not _text(above, value_of[name]) for name in names
    ):
        return "row"  # an end of nothing, or the row above no whole indicator
    name = next((col for col in ends if col in value_of), None)
    for col, end in ends.items():
        piece = _text(above, col)
        if col in value_of or col in words:
            continue
        if (
            name is None
            and _has_figure(piece)
            and _has_figure(end)
            and not _awaits_figure(piece)
            and not _date_cut(piece, end)
        ):
            return "row"  # two figures: two targets
        if name is not None and not _target_end(piece, end, col in units):
            return "row"  # beside a name, a target of its own
    if name is None:
        return "end"
    # Each group's name its end (a form printing 中期 and 年度 groups wraps both names alike).
    printed = [col for col in ends if col in value_of]
    if set(printed) != names or any(_own_name(ends[col]) for col in printed):
        return "row"
    if all(_ends_name(_text(above, col), ends[col], head[col], widest[col]) for col in printed):
        return "end"
    beside = [col for col in ends if col not in printed]
    if beside and all(col in words and _goes_on(_text(above, col)) for col in beside):
        # Beside free text that goes on the unfinished text above it (`按免疫规划信息系统` over
        # `统计的接种人数/适`), a name no wider than the line above: that name wrapped too.
        fits = all(print_width(ends[col]) <= print_width(head[col]) for col in printed)
        return "joined" if fits else "row"
    narrower = all(print_width(ends[col]) < print_width(head[col]) for col in printed)
    if beside or not narrower:
        return "row"
    long = all(print_width(head[col]) >= vocab.WRAPPED_LINE_SHARE * widest[col] for col in printed)
    completes = all(completes_name(_text(above, col), ends[col]) for col in printed)
    return "joined" if long or completes else "doubt"


def _goes_on(text: str) -> bool:
    """Whether a free text's cell is unfinished: printed, and ending no sentence."""
    return bool(text) and not ends_sentence(text)


def _begins_below(filled: dict[int, str], above, below, value_of: dict[int, int]) -> bool:
    """Whether a row printing only a name, which may end the name above it, is rather the first
    line of the name below it: the name above ends as indicators' names end, and the row's
    completes the name of the row below (`completes_name`), which prints its value and no cell
    before its name (`部门预算执行` between `社会救助资金发放准确率 | 100%` and `率 | 不低于95%`)."""
    if below is None or len(filled) != 1:
        return False
    ((col, piece),) = filled.items()
    return (
        col in value_of
        and ends_as_names_end(_text(above, col))
        and not any(_text(below, before) for before in range(col))
        and completes_name(piece, _text(below, col))
        and bool(_text(below, value_of[col]))
    )


def _starts_name(
    filled: dict[int, str], below, opening: Set[int], value_of: dict[int, int], widest
) -> str | None:
    """How a row printing only a name (and the cells opening its row) is the first line of the
    name of the row `below`, printed over the line of its values (a converter that
    centres a wrapped cell's lines around the row's, or a PDF's text one line a row), no
    sentence (`…采挖季节组织用工。`, a reason's end): the row
    below prints a name of no kind of its own, its value and none of those level cells, and
    either the line is as wide as its column's widest name that prints a value (the converter
    filled it: "start"), or it prints no figure (no subtotal's points: `小计 30 30`), ends in
    none of the ways indicators' names end and the name below completes it so (`completes_name`:
    `农村集中供水工程水质` over `达标率 | ≥90%`: "joined", a finding then saying so). None
    otherwise."""
    names = {col: text for col, text in filled.items() if col not in opening}
    if (
        below is None
        or len(names) != 1
        or any(_text(below, col) for col in filled.keys() - names.keys())
    ):
        return None
    ((col, text),) = names.items()
    name = _text(below, col)
    if not (
        col in value_of
        and not _own_name(text)
        and not any(char in vocab.SENTENCE_MARKS for char in fold(text))  # a reason's sentence
        and bool(name)
        and not _own_name(name)
        and bool(_text(below, value_of[col]))
    ):
        return None
    if print_width(text) + 1 >= widest[col]:
        return "start"
    return "joined" if completes_name(text, name) and not _has_figure(text) else None


def _started(row, start: dict[int, str], opening: Set[int]):
    """The row with each name cell of `start` put before its own and its opening cells (levels,
    number) as its own (`_starts_name`)."""
    cells = list(row.cells) + [""] * (max(start) + 1 - len(row.cells))
    for col, text in start.items():
        cells[col] = text if col in opening else text + cells[col].strip()
    return replace(row, cells=tuple(cells))


def _ends_name(piece: str, end: str, line: str, widest: int) -> bool:
    """Whether `end` can only be the end of the name `piece` above it (its last printed line
    `line`): it opens with a mark no name opens with, closes a bracket `piece` left open, or
    `line` is as wide as its column's widest name (`widest`) and `end` no wider (a name over
    three lines: its middle line as wide as its first)."""
    return (
        fold(end)[0] in vocab.WRAPPED_END_MARKS
        or closes_bracket(piece, end)
        or (print_width(line) + 1 >= widest and print_width(end) <= print_width(line) + 1)
    )


def _values_cut_off(above, filled: dict[int, str], levels, value_of: dict[int, int]) -> bool:
    """Whether a row printing no level nor name but a target and the row's other values
    (`| | | 100% | 100% | 5 | 5.00 | 无`) is the rest of the row above, which names its
    indicator and prints none of them (a row a page break cut after its name, its values at
    the top of the next page under the labels printed again)."""
    if not filled or filled.keys() & (levels.keys() | value_of.keys()):
        return False
    named = [name for name, value in value_of.items() if value in filled]
    return (
        len(named) == 1
        and len(filled) > 1
        and bool(_text(above, named[0]))
        and not any(_text(above, col) for col in filled)
    )


def _name_cut_in_place(above, row, filled: dict[int, str], levels, value_of) -> bool:
    """Whether a row printing no level, the end of a name and its target where they stand
    (`| | 里程 | ≥412公里`) is the rest of the row above, which prints the name's start and
    nothing after it (`产出指标 | 数量指标 | 农村公路列养 |`: a sheet's row broken into two, spec
    damage 9): the row above prints every level and a start that names no level, completed as
    indicators' names end (`completes_name`), the row's level cells not merged with the ones
    above (its own, left empty, where each row prints its levels)."""
    if not levels or not filled or filled.keys() & levels.keys() or min(filled) not in value_of:
        return False
    name = min(filled)
    start = _text(above, name)
    return (
        bool(start)
        and all(_text(above, col) for col in levels)
        and level_fit(start, "") is None
        and value_of[name] in filled
        and not any(text.strip() for text in above.cells[name + 1 :])
        and completes_name(start, filled[name])
        and not any(flag for col, flag in enumerate(row.merged) if col in levels)
    )


def _row_goes_on(grid: Grid, above, row, value_of: dict[int, int]):
    """The row `above` gone on with `row`, where a bare line break inside its name cut it there
    (a Word table's text: `效益指标 | 经济效益指标 | 带动农牧民` over `户均增收 | ≥1200元 | 10 |
    …`): the row above prints nothing after its name, which the row's first cell completes as
    indicators' names end (`completes_name`; a row shifted left opens with a name of its own),
    and the row's printed cells fill the grid's columns after it as their labels say
    (`_holds_its_column`) and its target, where printed in place they do not (its first cell no
    level); else None. The row above is read moved back under its labels where a converter
    shifted it left (`shifted_back`: its merged level cells dropped)."""
    above = shifted_back(grid, above)
    printed = [col for col, text in enumerate(above.cells) if text.strip()]
    cells = _filled_part(row.cells)  # a grid's empty cells after the row's last: no cells of it
    if (
        not printed
        or printed[-1] not in value_of
        or not cells
        or not cells[0].strip()
        or len(cells) < 2
        or printed[-1] + len(cells) > grid.width
        or reads_as_target(cells[0])
        or level_fit(cells[0], cell_at(cells, 1))
    ):
        return None
    name = printed[-1]
    joined = (*above.cells[:name], above.cells[name].strip() + cells[0].strip(), *cells[1:])
    if (
        not completes_name(above.cells[name], cells[0])
        or not cell_at(joined, value_of[name])
        or not _holds_its_column(grid, joined, levels=True)
        or _holds_its_column(grid, cells, levels=True)
    ):
        return None
    return replace(above, cells=joined, merged=())


def _fills_target(above, ends: dict[int, str], names: set[int], value_of: dict[int, int]) -> bool:
    """Whether the cells `ends` of a row that prints no name are the target cells the row
    `above` left empty, one indicator's: the row above names the indicator and prints none of
    them, the row below brings its value (a row a page break cut after its name, the target
    printed at the top of the next page)."""
    if len(names) != 1 or names & ends.keys():
        return False
    (name,) = names
    return (
        name in value_of
        and value_of[name] in ends
        and bool(_text(above, name))
        and not any(_text(above, col) for col in ends)
    )


def _own_name(text: str) -> bool:
    """Whether a name is one of its own, never the end of another: a sub-row (`其中…`), a
    template placeholder, or numbered as a template numbers its rows (`指标4.`, `4、`)."""
    text = simplified(fold(text))
    if text.startswith(vocab.SUB_ROW_WORDS) or is_placeholder(text) or _names_level(text):
        return True
    word = next((w for w in vocab.PLACEHOLDER_NUMBERING if text.startswith(w)), "")
    rest = text.removeprefix(word)
    number = rest.lstrip("0123456789")
    return number != rest and number[:1] in vocab.PLACEHOLDER_SEPARATORS


def _names_level(text: str) -> bool:
    """Whether a name cell names a level whole (`可持续影响指标`: a section row of a tree printed
    in the names' column), never the end of the name above it; in traditional characters too
    (`產出指標`)."""
    text = simplified(text)
    return text.endswith(LEVEL_NAME_ENDS) and any(canonical_level(text, n) for n in (1, 2))


def _broken_last_cells(grid: Grid, rows) -> list:
    """The rows with the end of a row's last cell that a converter wrote out as a line of its
    own put back (a web page's cell holding a line break, `…\t2025年9月30日` over `前`): a line
    printed without a tab (`CellRow.lone`; a row shifted left keeps its tabs), neither a footer
    nor a label nor a level's whole name (page numbers are gone already; a merged 一级 cell's
    text a PDF printed at its span's middle, on a line between two of its rows, is its level's:
    `centred_levels`), right under a line printing every cell of the grid, and narrower than
    the last cell's first line (the converter filled that line first) or one remark in brackets
    (`（按验收面积计）` under `不超过1500元`, a Word cell's second paragraph: `_bracketed`): a PDF's
    running header (`某县2019年部门预算信息公开` under a unit) is none. A target alone on
    such a line, under a line printing every cell of the grid but the last, a value column's,
    is that cell (`…\t保护退化草场面积` over `≥3.5万亩`: the converter broke the line before
    it), and so is one alone in the first cell of a row of a grid format, the rest of the row
    empty (a web page's row of one cell spanning the table, `<td colspan=8>≥3.5万亩`) under a
    row whose last cell is empty; and so is a line opening with a target's end under a row a
    line break inside its value cell ended there (`_breaks_value`), with the cells after it.
    The two pieces are joined as printed."""
    out: list = []
    roles = grid.group_roles[0]
    last_is_value = roles.get(grid.width - 1) == "value" and roles.get(0) != "value"
    for row in rows:
        above = out[-1] if out else None
        alone = row.lone or not any(text.strip() for text in row.cells[1:])
        first = row.cells[0].strip() if alone and row.cells else ""
        placed = _placed_short(grid, above, row)
        if placed and _breaks_value(roles, placed, _filled_part(row.cells), grid.width):
            cells = (*placed[:-1], placed[-1] + row.cells[0], *row.cells[1:])
            out[-1] = replace(above, cells=cells)
        elif (
            above is None
            or not first
            or grid.width <= 2
            or is_footer(first)
            or is_exact_label(first)
            or _names_level(first)
        ):
            out.append(row)
        elif last_is_value and _lacks_last(above.cells, grid.width) and reads_as_target(first):
            out[-1] = replace(above, cells=(*above.cells[: grid.width - 1], row.cells[0]))
        elif (
            row.lone
            and len(above.cells) == grid.width
            and (len(first) < len(above.cells[-1].strip()) or _bracketed(first))
        ):
            out[-1] = replace(above, cells=(*above.cells[:-1], above.cells[-1] + row.cells[0]))
        else:
            out.append(row)
    return out


def _bracketed(text: str) -> bool:
    """Whether a line is one remark in brackets (`（含分类收集亭）`), as a cell's second paragraph
    qualifies its first: no name or row opens so."""
    text = fold(text).strip()
    return len(text) > 2 and vocab.NAME_BRACKETS.get(text[0]) == text[-1]


def _placed_short(grid: Grid, above, row) -> tuple[str, ...]:
    """The cells of the row `above` under their labels (`shifted_back`), up to its last filled
    one, where it stops short of the grid's width and `row` opens with a target; else none (most
    rows: the target is looked for first)."""
    if above is None or not row.cells or not reads_as_target(row.cells[0]):
        return ()
    if len(_filled_part(above.cells)) >= grid.width:
        return ()
    return _filled_part(shifted_back(grid, above).cells)


def _filled_part(cells) -> tuple[str, ...]:
    """A row's cells up to its last filled one."""
    cells = tuple(cells)
    while cells and not cells[-1].strip():
        cells = cells[:-1]
    return cells


def _breaks_value(roles: dict[int, str], above: tuple[str, ...], cells, width: int) -> bool:
    """Whether `cells` is the rest of the row `above` (its cells under their labels, up to its
    last filled one), which a line break inside its value cell ended (a sheet's cell exported
    unquoted: `…\t每学期开学后` over `1个月内\t按时拨付\t…`): the row above ends at that cell, a
    target's start that is none alone, and the line below opens with a target's end that is
    one alone, followed by no more cells than the grid has after the value. A row shifted left
    opens with a name, and follows a row of every cell."""
    last = len(above) - 1
    return (
        1 < len(above) < width
        and roles.get(last) == "value"
        and bool(above[last].strip())
        and not reads_as_target(above[last])
        and len(cells) > 1
        and last + len(cells) <= width
        and reads_as_target(cells[0])
    )


def _lacks_last(cells: tuple[str, ...], width: int) -> bool:
    """Whether a row prints every cell of a grid `width` wide up to its last, which it lacks
    or leaves empty."""
    return (
        len(cells) in (width - 1, width)
        and bool(cells[width - 2].strip())
        and not cell_at(cells, width - 1)
    )


def _vertical_levels(levels: dict[int, int], rows) -> list:
    """The rows with a level cell printed a piece a line down its span put back whole on the
    span's first row (`产` `出` `指` `标` down the 一级 column of four rows beside their
    indicators, or a narrow column's lines, `效益指` over `标`), as `pieces.spelled_down` puts
    them back: a piece is words without a figure that name no level alone; the pieces must name
    a level together (`canonical_level`)."""
    rows = list(rows)
    for col, level in levels.items():
        rows = pieces.spelled_down(
            rows,
            col,
            lambda row, col=col, level=level: _piece(_text(row, col), level),
            lambda text, level=level: bool(canonical_level(text, level)),
        )
    return rows


def _piece(text: str, level: int) -> bool:
    return bool(text) and not _has_figure(text) and not canonical_level(text, level)


def _shares_cell(row, columns) -> bool:
    """Whether the source marks a cell of the row in one of the indicators' `columns` (names,
    values, units, actuals) merged with the cell above it: the row shares a name or value with
    the row above, a row of its own (a level cell or a block label merged down, `绩效指标`
    printed once beside all the indicators, says nothing of it)."""
    return any(merged for col, merged in enumerate(row.merged) if col in columns)


def _text(row, col: int) -> str:
    return cell_at(row.cells, col)


def _names_ended(grid: Grid, above, filled: dict[int, str]):
    """The row `above`, moved back under its labels (`shifted_back`), with the cells of a row
    printing one cell per value group (中期 | 年度), each group its own name column, joined in
    order onto those names, where each completes its group's name as indicators' names end
    (`completes_name`: `畜禽粪污综合利用` over `率 | 率`, both names wrapped alike, wherever a
    converter that drops empty cells left them), and the first name's column and end; else None
    (and for ends in place under the names: read as any row's)."""
    names = [name for name, *_ in grid.group_columns if name is not None]
    if len(names) < 2 or len(set(names)) != len(names) or len(filled) != len(names):
        return None
    if list(filled) == names:
        return None  # in place under the names, the ends are read as any row's (`_end_of`)
    moved = shifted_back(grid, above)
    ends = dict(zip(names, filled.values(), strict=True))
    if not all(completes_name(cell_at(moved.cells, name), end) for name, end in ends.items()):
        return None
    return _joined(moved, ends), (names[0], ends[names[0]])


def _joined_finding(line: int, end: str, name: str) -> LayoutFinding:
    """`name_end_joined`: a row printing only a name's end, read as the end of the long name
    above it."""
    return LayoutFinding("name_end_joined", line, (
        f"the row printing only {fold(end)!r}, under the long name {fold(name)!r}, is read as "
        "that name's end wrapped onto a line of its own; compare with the published table"))  # fmt: skip


def _started_finding(row, start: dict[int, str], opening: Set[int]) -> LayoutFinding:
    """`name_end_joined`: a row printing only a name, read as the first line of the name the
    row below it ends with its value (`_starts_name`)."""
    ((col, head),) = ((c, text) for c, text in start.items() if c not in opening)
    return LayoutFinding("name_end_joined", row.line, (
        f"the row printing only {fold(head)!r}, over {fold(_text(row, col))!r} and its value, "
        "is read as the first line of that name, wrapped over the line of its value; compare "
        "with the published table"))  # fmt: skip


def _joined(row, ends: dict[int, str]):
    """The row with each cell of `ends` appended to its own (a cell it ends before, empty)."""
    cells = list(row.cells) + [""] * (max(ends) + 1 - len(row.cells))
    for col, end in ends.items():
        cells[col] = cells[col].strip() + end
    return replace(row, cells=tuple(cells))


def _target_end(piece: str, end: str, unit: bool) -> bool:
    """Whether `end`, printed beside a name's end, ends the target `piece`: it ends a unit cell
    with no figure, or is the unit of the figure `piece` ends with (`≥100` over `人次`). Words
    under words are a target of their own (`长效机制 | 逐步建立` over `长效管理机制 | 逐步健全`)."""
    if _has_figure(end):
        return False
    return unit or (piece[-1].isdigit() and is_unit(end))


def _awaits_figure(text: str) -> bool:
    """Whether a target ends with a comparison word whose figure a converter wrapped onto the
    line below (`每季度随访1次，全年不少于` over `4次`: `AWAITING_FIGURE`)."""
    return simplified(fold(text)).rstrip().endswith(AWAITING_FIGURE)


def _date_cut(piece: str, end: str) -> bool:
    """Whether a target ends in a date cut after its year or month whose day a converter wrapped
    onto the line below (`2024年8月` over `26日`): the two read as one date, no clause more."""
    if not fold(piece).rstrip().endswith(("年", "月")):
        return False
    joined = parse_target(piece + end)
    return bool(joined) and len(joined) == len(parse_target(piece)) and joined[-1].kind == "date"


def _has_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in fold(text))


def join_parts(operator: str, value: str, unit: str) -> str | None:
    """The target text of split columns: operator + value + unit as written (`≥95%`); a 定性
    row is its value or `定性`; words that only say the value's type (定量, 是/否), in the
    operator's or the unit's column, are not joined;
    None where no value is written (an operator and a unit alone: the row's other scope's)."""
    word = matchable(operator)
    if word in vocab.QUALITATIVE_WORDS:
        return value or operator
    if word in vocab.VALUE_TYPE_WORDS:
        operator = ""
    if not value.strip() and (not operator or word in vocab.OPERATOR_WORDS):
        return None  # `≥ | | 亩`: an operator and a unit without a value are no target
    if unit and value.endswith(unit):  # `95%` under 计量单位 `%`: the unit is written once
        unit = ""
    if matchable(unit) in vocab.VALUE_TYPE_WORDS:  # `否` under 计量单位 `是/否`: the answers
        unit = ""
    if unit.strip() in vocab.NO_UNIT_MARKS:  # `显著提升 | --`: the unit column says none
        unit = ""
    text = ""
    for part in (operator, value, unit):
        if part and text and text[-1].isdigit() and part[0].isdigit():
            text += " "
        text += part
    return text or None


# Why a cell of a row that names no indicator is left over.
UNNAMED_ROW = "a cell of a row without an indicator name"
# Why a list's project cell is left over: its row neither opens a project nor completes one.
NO_PROJECT_STARTED = "a project cell on a row that starts no project"


# Why a level cell (or a section row naming a level) is a leftover: no indicator below used it.
NO_INDICATOR_UNDER = "a level cell with no indicator under it"

# Why a figure on a section row naming a 一级 is a leftover: its block's points, no indicator's.
LEVEL_POINTS = "the points of a level's block, printed on its row"

# Why a row of a template's placeholders (`……`, `指标2:`) is a leftover: it names no indicator.
TEMPLATE_PLACEHOLDER = "a template placeholder row"

# Why a figure of a list's 合计 is a leftover: it stands under a column of no known label (`其中：
# 中央 | 省级 | 县级`, kept in each indicator's extra cells), summing that column, no one's.
TOTAL_UNDER_UNKNOWN = "a total's figure under a column of no known label"


@dataclass(slots=True)
class GridReader:
    """Reads the data rows of one grid, keeping the merged cells' fill-down state."""

    grid: Grid
    table_unit: str | None
    level1: str | None = None
    level1_line: int = 0
    level2: dict[int, str | None] = field(default_factory=dict)
    project_cells: dict[str, str] = field(default_factory=dict)
    project_line: int = 0  # the line of the row that opened the project
    # The widest cell of each project column of words (`project_widths`), and the cells of
    # project columns the previous row printed, by role.
    widths: dict[str, int] = field(default_factory=dict)
    printed: dict[str, str] = field(default_factory=dict)
    # Whether a row printed every cell of its project again (a spreadsheet export, its project
    # cells on every row): no line of its own then ends a project's cell (`_wrapped_on`).
    repeats: bool = False
    pending: list[Leftover] = field(default_factory=list)  # level cells no indicator used yet
    above: tuple[str, ...] = ()  # the previous row's cells, merged cells filled
    named: str = ""  # the indicator's name the previous row printed (`_ends_name_above`)
    # Whether the rows print their levels one column left of their labels (`_shifted_levels`).
    shifted: bool = False

    def read(self, row) -> tuple[list, list[Leftover]]:
        """Events of one data row: ('project' and 'project_completed', ({role: text}, line)),
        ('subtotal', Subtotal) and ('indicator', Indicator) pieces, and the row's cells placed
        nowhere."""
        row = self._placed(row)
        events: list = []
        cell = _cells(row, self.grid.width)
        for adjusted, first in self.grid.fallbacks:  # not adjusted: the year's first target
            if cell[adjusted].strip() in ("", *vocab.NO_VALUE_MARKS) and cell[first].strip():
                cell = (*cell[:adjusted], cell[first], *cell[adjusted + 1 :])
        if shifted := self._shifted_levels(cell, row.line):
            cell, findings = shifted
            events.extend(("finding", finding) for finding in findings)
        else:
            cell = self._named_by_level_cell(cell)
        cell, actual, unsplit = _value_and_actual(cell, self.grid.value_actual)
        if section := self._section(cell):  # no indicator: the level of the rows below
            level, text, points = section
            above = self.level2.get(0)
            if level == 2 and above and _opens_under(above, text, self.pending):
                # The section above, a word of both levels (成本指标), is the 一级 of this 二级
                # (经济成本指标): it opened no indicators of its own.
                self.level1, self.level1_line = above, self.pending[-1].line
            if level == 1:
                self.level1, self.level1_line, self.level2 = text, row.line, {}
            else:
                self.level2 = {0: text}
            self.pending.append(Leftover(row.line, row.location, text, NO_INDICATOR_UNDER))
            return [], [Leftover(row.line, row.location, points, LEVEL_POINTS)] if points else []
        leftovers: list[Leftover] = []
        leftovers.extend(self._projects(row, cell, events))
        ends = self._levels(row, cell)
        pieces = []
        for group, scope in enumerate(self.grid.scopes):
            piece = self._piece(row, cell, group, scope, leftovers)
            if piece:
                pieces.append(piece)
        if pieces:
            shared = {name: cell[c.col] or None for name, c in self.grid.row_fields}
            if self.grid.value_actual:
                shared.setdefault("actual", actual)
            if (shared.get("actual") or "").strip() in vocab.NO_VALUE_MARKS:
                shared["actual"] = None  # `/`: the table's mark for no actual
            if self._reason_across(cell, shared):
                shared["deviation"], shared["actual"] = shared["actual"], None
            # A bare actual takes its own unit column's unit, else the target's.
            unit = shared.pop("actual_unit", None) or pieces[-1]["target_unit_raw"]
            if unit and shared.get("actual") and is_number(shared["actual"]):
                shared["actual"] = join_parts("", shared["actual"], unit)  # `98` `%` -> `98%`
                shared["actual_unit_raw"] = unit
            extra = unsplit + tuple((c.label, cell[c.col]) for c in self.grid.extras
                                    if cell[c.col] and not is_block_label(cell[c.col]))  # fmt: skip
            recipients = tuple((c.label, cell[c.col]) for c in self.grid.recipients if cell[c.col])
            pieces[-1].update(shared, extra=extra, recipient_values=recipients)
            pieces = [Indicator(**piece) for piece in pieces]
            events.extend(("indicator", piece) for piece in pieces)
        subtotals = [t for kind, e in events if kind == "subtotal"
                     for t in (e.label, e.text, *(text for _, text in e.parts))]  # fmt: skip
        if subtotals:  # its label may sit under no column label, or under one read as no field;
            # any other cell of the row (under a column of the indicators) is none of the sum's
            unread = [Leftover(row.line, row.location, cell[c.col], UNNAMED_ROW)
                      for c in self.grid.columns if cell[c.col]]  # fmt: skip
            summed = {fold(text) for text in subtotals}  # its label as printed, the cells folded
            leftovers.extend(
                p for p in (*unread, *self._unlabelled(row)) if fold(p.text) not in summed
            )
        else:
            reported = {p.text for p in leftovers}  # a value without a name: reported once
            opens = any(kind == "project" for kind, _ in events)
            leftovers.extend(
                p for p in self._unplaced(row, cell, pieces, ends, opens) if p.text not in reported
            )
        return events, leftovers

    def _unplaced(self, row, cell, pieces, ends: set[str], opens: bool) -> list[Leftover]:
        """The row's cells no piece holds (but the `ends` of wrapped level cells, read with the
        level above them, and the 序号 of a row that `opens` a project and names no indicator:
        the project's number, its indicators on the rows below); level cells wait in `pending`
        for a later indicator, but for one the source merged down from above (a template's
        `……` row under it), which is the cell above."""
        lists = self.grid.lists_projects
        # Beside an indicator, only a level cell may be left for a later row.
        columns = self.grid.level_columns if pieces else self.grid.columns
        if not self.pending and not any(cell[column.col] for column in columns):
            return self._unlabelled(row)
        used = {text for piece in pieces for text in (piece.level1_raw, piece.level2_raw)} | ends
        if self.pending:
            self.pending = [p for p in self.pending if p.text not in used]
        template = any(
            c.role == "level3" and cell[c.col] and is_placeholder(cell[c.col])
            for c in self.grid.columns
        )
        out = []
        for column in columns:
            text = cell[column.col]
            if (
                not text
                or text in used
                or (lists and column.role in PROJECT_COLUMNS)
                or (opens and column is self.grid.number_column)
                or is_block_label(text)
            ):
                continue
            if (column.role == "level3" or template) and is_placeholder(text):
                continue  # a template placeholder row (its `……` cells too), reported as one
            if column.role in ("level1", "level2"):
                if column.col < len(row.merged) and row.merged[column.col]:
                    continue  # the merged cell above, which the rows it began used
                self.pending.append(Leftover(row.line, row.location, text, NO_INDICATOR_UNDER))
            else:
                out.append(Leftover(row.line, row.location, text, UNNAMED_ROW))
        return out + self._unlabelled(row)

    def _unlabelled(self, row) -> list[Leftover]:
        """The row's cells under no column label but the block's label down the side (a
        vertical label whose column no label heads: `年度绩效指标`, `_spelled_between`); those
        opening with a sign-off's label past the table's width (`填表人：…`, `联系电话：…`: the line
        under the table, which a converter gave the last row's empty cells) are that line."""
        if not self.grid.gaps and len(row.cells) <= self.grid.width:
            return []
        texts = [row.cells[col] for col in self.grid.gaps if col < len(row.cells)]
        past = [text for text in row.cells[self.grid.width :] if text.strip()]
        signed = [text for text in past if is_sign_off(text)]
        return [
            Leftover(row.line, row.location, fold(text), "a cell under no column label")
            for text in (*texts, *past)
            if text.strip() and text not in signed and not is_block_label(text)
        ] + [Leftover(row.line, row.location, fold(text), "sign-off line") for text in signed]

    def _placed(self, row):
        """The row moved back under its labels (`shifted_back`) and its merged cells filled
        (`_fill_merged`). Whether it was shifted is judged on the row as printed, before the
        level cells it continues are filled (a 二级 dropped under a merged 二级 leaves the name
        under the 二级 label, right of the 一级 cell merged down from above): the cells left of
        its first text keep their places and what the source says of them; its moved cells'
        say nothing (they are no longer where the source marked them)."""
        moved = shifted_back(self.grid, row, self.wrapped)
        if not row.merged:  # nothing to fill: the row as printed is the row filled
            self._fill_merged(row)
            return moved
        if moved is row:
            return shifted_back(self.grid, self._fill_merged(row), self.wrapped)
        first = next(col for col, text in enumerate(row.cells) if text.strip())
        return self._fill_merged(replace(moved, merged=row.merged[:first]))

    def _reason_across(self, cell: tuple[str, ...], shared: dict) -> bool:
        """Whether the row's actual cell is its reason, merged across the points, score and
        reason cells after it and printed in the first: it says the indicator is not scored
        (`vocab.UNSCORED_REASON_WORDS`), the grid has a reason column, and the row prints
        nothing right of the actual."""
        actual = next((c.col for role, c in self.grid.row_fields if role == "actual"), None)
        text = simplified(fold(shared.get("actual") or ""))  # a mirror's 不參與評分 too
        return (
            actual is not None
            and "deviation" in shared
            and not shared["deviation"]
            and any(word in text for word in vocab.UNSCORED_REASON_WORDS)
            and not any(t.strip() for t in cell[actual + 1 :])
        )

    def _shifted_levels(
        self, cell: tuple[str, ...], line: int
    ) -> tuple[tuple[str, ...], list[LayoutFinding]] | None:
        """The row's cells with its levels read where a project's rows print them one column
        left of their labels (damage 12, a level column whose meaning shifted: a 二级 under
        一级指标, the name under 二级指标, 三级指标 empty), and the finding on the first such
        row (`level_columns_shifted`); None for any other row. Read so where the name cell is empty, a
        target stands beside it, the 二级's cell names no level and the 一级's is a 二级 word
        (`数量指标`), or is empty on a row below one so read: the name and 二级 are read by
        their content, and no 一级, which the rows do not print."""
        name_col, _, value_col, _ = self.grid.group_columns[0]
        level1, level2 = self.grid.role_columns("level1")[:1], self.grid.role_columns("level2")
        if name_col is None or value_col is None or not level1 or len(level2) != 1:
            return None
        one, two = cell[level1[0].col], cell[level2[0].col]
        if cell[name_col]:
            self.shifted = False
            return None
        if (
            not cell[value_col]
            or not two
            or is_block_label(two)
            or is_placeholder(two)
            or any(canonical_level(two, level) for level in (1, 2))
            or (one and (canonical_level(one, 1) or not canonical_level(one, 2)))
            or not (one or self.shifted)
        ):
            return None
        findings = [] if self.shifted else [LayoutFinding("level_columns_shifted", line, (
            f"the row prints the 二级 {fold(one)!r} under the 一级's label and the name "
            f"{fold(two)!r} under the 二级's, its 三级 empty: read by their content, with no "
            "一级, as are the rows below it so printed; compare with the published table"))]  # fmt: skip
        if one:
            self.level1, self.level1_line, self.level2 = None, 0, {level2[0].group: one}
        self.shifted = True
        moved = {level1[0].col: "", level2[0].col: "", name_col: two}
        return tuple(moved.get(col, c) for col, c in enumerate(cell)), findings

    def _named_by_level_cell(self, cell: tuple[str, ...]) -> tuple[str, ...]:
        """The row's cells with the one text it prints under the level columns moved under the
        name column, when the name cell is empty, that text names no level, and a target stands
        beside it: a row whose label the source merged across the three level columns is an
        indicator of no level (`预算执行率 | | | ≥95% | 97.1% | 10 | 10` opening a 上海 form's
        indicators), and the levels above it are not carried into it or below it."""
        name_col, _, value_col, _ = self.grid.group_columns[0]
        filled = [c.col for c in self.grid.level_columns if cell[c.col]]
        if (
            name_col is None
            or value_col is None
            or cell[name_col]
            or not cell[value_col]
            or len(filled) != 1
            or is_block_label(text := cell[filled[0]])
            or is_placeholder(text)
            or any(canonical_level(text, level) for level in (1, 2))
        ):
            return cell
        self.level1, self.level2 = None, {}
        moved = {filled[0]: "", name_col: text}
        return tuple(moved.get(col, c) for col, c in enumerate(cell))

    def _fill_merged(self, row):
        """Where the source says a cell continues a merged cell above it, it takes that text;
        the row as filled is the one the next merged row continues."""
        if row.merged:
            above = self.above
            row = replace(row, cells=tuple(
                above[col] if merged and col < len(above) and not text.strip() else text
                for col, (text, merged) in enumerate(zip(row.cells, row.merged, strict=False))
            ) + row.cells[len(row.merged):])  # fmt: skip
        self.above = row.cells
        return row

    def finish(self) -> list[Leftover]:
        """Level cells that no indicator below them used (an empty 二级 row, a section row naming
        a level over no indicator)."""
        return self.pending

    def _projects(self, row, cell, events) -> list[Leftover]:
        """Project events of a row (`project` opening one, `project_completed` giving the open
        one cells it left empty); its project cells that start no project and repeat none."""
        if not self.grid.lists_projects:
            return []
        # A cell the source merged down from the row above (its text filled down) is the open
        # project's, printed once, and so is a ditto mark a clerk typed in its place (`同上`,
        # `〃` under the name, amount and goal): only the row's own cells start or complete a
        # project.
        now = {
            project_key(c): cell[c.col]
            for c in self.grid.columns
            if c.role in PROJECT_COLUMNS
            and cell[c.col]
            and not is_ditto(cell[c.col])
            and not (c.col < len(row.merged) and row.merged[c.col])
        }
        names = [cell[c.col] for c in self.grid.role_columns("level3") if cell[c.col]]
        names_indicator = bool(names)
        if (
            now.keys() == {"department", "project_name"}
            and is_amount(now["project_name"])
            and not names_indicator
        ):
            # A unit's row whose name spans the name column too (`402-某局 | 1,879,500.00`, the
            # cells of a PDF's span): the figure beside it is its total, no project's name.
            now["total"] = now.pop("project_name")
        name = now.get("project_name")
        printed, self.printed = self.printed, now
        named, self.named = self.named, next(iter(names), "")
        self.repeats = self.repeats or bool(now.get("project_name") and now == printed)
        if (
            not self.repeats
            and (wraps := self._wrapped_on(now, cell, printed))
            and not self._ends_name_above(wraps, named)
        ):
            self.project_cells |= {role: self.project_cells[role] + end for role, end in wraps}
            events.append(("project_completed", (dict(self.project_cells), self.project_line)))
            return []
        if now.keys() == {"project_name"} and self._heads_units(name) and self._alone(now, cell):
            # A unit's name alone under `单位名称、项目名称`: the unit its projects below are
            # filed under, no project.
            self.project_cells, self.project_line = {"department": name}, row.line
            return []
        if (
            now.keys() == {"project_name"}
            and self.project_cells.get("total")
            and self._alone(now, cell)
        ):
            # A name alone on its line in a list printing its projects' money, no end the table
            # shows of the name above (`_wrapped_on`): no project of its own (it prints no
            # amount) and no indicator (it stands under no name's column); reported.
            return [Leftover(row.line, row.location, name, NO_PROJECT_STARTED)]
        if not name and not names_indicator and is_amount(now.get("total", "")):
            label = now.pop("department", None) or next((t for t in row.cells if t.strip()), "")
            unit = amounts.cell_unit(now["total"]) or self.table_unit
            parts = tuple((vocab.LIST_FUND_ROLES[c.role], now.pop(key)) for c in self.grid.columns
                          if c.role in vocab.LIST_FUND_ROLES and (key := project_key(c)) in now)  # fmt: skip
            events.append(
                ("subtotal", Subtotal(label, now.pop("total"), unit, row.line, parts=parts))
            )
            self.project_cells = {}
        elif name and any(text != self.project_cells.get(role) for role, text in now.items()):
            # A new name, or the same name printed again with other cells (another unit's
            # project of that name, its own amount): a project of its own. A row repeating
            # every cell of the project above (a spreadsheet export) continues it.
            department = now.get("department") or self.project_cells.get("department", "")
            self.project_cells, self.project_line = {**now, "department": department}, row.line
            events.append(("project", (dict(self.project_cells), row.line)))
            return []
        elif (
            self.project_cells.get("project_name")
            and now
            and not now.keys() & {role for role, text in self.project_cells.items() if text}
        ):
            # Cells the open project left empty, printed on a later row of its own (a merged
            # cell's text left at the bottom or the middle of its span: `预算数 | 年度目标` on
            # the project's last row): the project's, completing it.
            self.project_cells |= now
            events.append(("project_completed", (dict(self.project_cells), self.project_line)))
            return []
        return [Leftover(row.line, row.location, text, NO_PROJECT_STARTED)
                for role, text in now.items() if text != self.project_cells.get(role)]  # fmt: skip

    @staticmethod
    def _name_ended_below(cells: dict[str, str], piece: str) -> bool:
        """Whether a project name piece on an indicator row ends the open project's name: the
        list prints its projects' money and the row none, the name ends as no project's does
        and the two together do (`vocab.PROJECT_NAME_ENDS`)."""
        return bool(cells.get("total")) and completed_by(
            cells["project_name"], piece, vocab.PROJECT_NAME_ENDS
        )

    def _name_end_shifted(self, now: dict[str, str], cell) -> dict[str, str]:
        """The row's project cells, a piece alone under a project column left of the name's
        read as under the name's where it ends the open project's name (`_name_ended_below`:
        `…及农药减量` over `增效项目`): a converter that dropped the line's merged cells (序号,
        单位名称) shifted it left of the name's column."""
        name = next((c.col for c in self.grid.role_columns("project_name")), None)
        ((key, piece),) = now.items() if len(now) == 1 else ((None, ""),)
        column = next((c.col for c in self.grid.columns if project_key(c) == key), None)
        if (
            name is None
            or column is None
            or column > name
            or not self._alone(now, cell)
            or not self.project_cells.get("project_name")
            or not self._name_ended_below(self.project_cells, piece)
        ):
            return now
        return {"project_name": piece}

    def _ends_name_above(self, wraps: tuple, named: str) -> bool:
        """Whether the end `_wrapped_on` gives the project's name completes the indicator's name
        the row above printed as indicators' names end (`completes_name`: `…承保面` over `积`,
        the line's project and level cells dropped by a converter, which moved it under the
        project's name) and the project's name as no project's name ends: an indicator's end,
        no project's."""
        return any(
            role == "project_name"
            and completes_name(named, end)
            and not completed_by(self.project_cells[role], end, vocab.PROJECT_NAME_ENDS)
            for role, end in wraps
        )

    def _heads_units(self, name: str) -> bool:
        """Whether a name is a unit's under a name column labelled for units and projects both
        (`vocab.UNIT_AND_PROJECT_LABELS`): it ends as organisations' names do."""
        return names_unit(name) and any(
            compact(c.label) in _UNIT_AND_PROJECT_LABELS
            for c in self.grid.role_columns("project_name")
        )

    def _alone(self, now: dict[str, str], cell) -> bool:
        """Whether the row prints its project cells `now` and nothing else."""
        own = {c.col for c in self.grid.columns if project_key(c) in now}
        return not any(text for col, text in enumerate(cell) if col not in own)

    def _goal_ends_below(self, now: dict[str, str]) -> bool:
        """Whether a row's one project cell is the end of the open project's goal printed a row
        or more below its last line, a page break between them (`…促进学生全` over a page's
        first row, then `面发展。`): the goal above ends no sentence, the piece ends one."""
        goal = self.project_cells.get("goal_annual", "")
        return (
            now.keys() == {"goal_annual"}
            and bool(goal)
            and not goal.endswith(vocab.SENTENCE_ENDS)
            and now["goal_annual"].endswith(vocab.SENTENCE_ENDS)
        )

    def _wrapped_on(self, now: dict[str, str], cell, printed: dict[str, str]) -> tuple | None:
        """The (role, end) pairs of a row's project cells that are the ends of the open project's
        cells, a converter having printed a wrapped cell's further lines on the lines below (a
        list's project printed once, on its first row), or None. Each cell is of words
        (`WRAPPING_PROJECT_COLUMNS`) and was printed on the line above too, other than the
        project's, and the row prints no amount or number of a project of its own. A goal's end
        may stand beside an indicator row (the goal's cell merged down the project's rows) where
        the goal above ends no sentence (`…压减` over `地下水开采量，…`); a name's or a unit's end
        stands on a line of its own, no indicator cell filled, in a list printing its projects'
        money (the project printed its amount, the row none: a project heading row of its own
        prints one), the line above as wide as its column's widest cell (the converter wrapped
        it there) and the end narrower (`地下水超采综合治理` over `项目`), or beside the goal's
        end in such a list, an indicator row's cells beside them (`农村客运及城市公交` over `燃油补贴`
        beside `车辆和48辆城市公交车辆…`: a project of its own opens no goal mid-sentence). A name
        ending in a word that joins it to more (`NAME_JOIN_ENDS`: `…校舍维修改造及` over
        `消防设施提升`) goes on beside an indicator row too, and so does one that ends as no
        project's name does, completed by the piece below (`_name_ended_below`). The amount a
        line break cut before its decimals (`lines.cut_inside`: `1,260` over `.50`) ends on
        such a line too, the name's end beside it or not."""
        cells = self.project_cells
        now = self._name_end_shifted(now, cell)
        alone = self._alone(now, cell)
        # The amount cut before its decimals with the name (`1,260` over `.50`): its end.
        figure = now.get("total", "")
        amount = (("total", figure),) if cut_inside(cells.get("total", ""), figure) else ()
        now = {role: text for role, text in now.items() if not amount or role != "total"}
        if amount and not now and printed.get("total"):
            return amount
        if (
            not now
            or not cells.get("project_name")
            or not (now.keys() <= printed.keys() or self._goal_ends_below(now))
            or any(role not in WRAPPING_PROJECT_COLUMNS or not cells.get(role) for role in now)
            or any(text == cells[role] for role, text in now.items())
        ):
            return None
        # Beside the goal's next line, in a list printing its projects' money: the name's too.
        beside_goal = "goal_annual" in now and bool(cells.get("total"))
        for role in now:
            if role == "goal_annual":
                if cells[role].endswith(vocab.SENTENCE_ENDS):
                    return None
            elif role == "project_name" and cells[role].endswith(vocab.NAME_JOIN_ENDS):
                continue  # `…改造及` over `消防设施提升`: the name goes on, beside an indicator too
            elif role == "project_name" and self._name_ended_below(cells, now[role]):
                continue  # `…执法专` over `项经费`: the name ends on the row below
            elif not beside_goal and (
                not alone
                or not cells.get("total")
                or print_width(printed[role]) + 1 < self.widths.get(role, 0)
                or print_width(now[role]) >= print_width(printed[role])
            ):
                return None
        return (*now.items(), *amount)

    def _levels(self, row, cell) -> set[str]:
        """Take the row's level cells as the levels of its indicators and of the rows below; a
        cell that ends the level cell above it (`wrapped`) keeps that level, and one printing
        both levels (`level_path`) gives both; a ditto mark (`同上`, `〃`) keeps the level above,
        as an empty cell does, and so does the 一级's cell (`指标类别 | 指标名称`, no 二级 column)
        of the rows it is printed on. Returns such cells, read."""
        ends = {text for text in cell if is_ditto(text)}
        cell = tuple("" if text in ends else text for text in cell)
        for column in self.grid.role_columns("level1")[:1]:
            if not (text := cell[column.col]):
                continue
            if joined := self.wrapped("level1", text):
                self._pending_joined(self.level1, joined, row)
                self.level1 = joined
                ends.add(text)
                continue
            level1, level2 = level_path(text) or (text, None)
            if level2:  # both levels in the 一级's cell
                ends.add(text)
                self.level2 = {0: level2}
            elif level1 != self.level1:
                self.level2 = {}
            self.level1, self.level1_line = level1, row.line
        for column in self.grid.role_columns("level2"):
            if text := cell[column.col]:
                if path := level_path(text):  # both levels in the 二级's cell, read as both
                    ends.add(text)
                    level1, text = path
                    if level1 != self.level1:
                        self.level2 = {}
                    self.level1, self.level1_line = level1, row.line
                joined = self.wrapped("level2", text, column.group)
                if joined:
                    self._pending_joined(self.level2[column.group], joined, row)
                    ends.add(text)
                self.level2[column.group] = joined or text
        return ends

    def _pending_joined(self, level: str, joined: str, row) -> None:
        """A level with the end wrapped onto this row, `joined`, waits for an indicator of its
        own (`pending`): the level cell that waited is it, and a level the rows above used is
        one more, reported with its end if no indicator below uses it."""
        if any(p.text == level for p in self.pending):
            self.pending = [replace(p, text=joined) if p.text == level else p for p in self.pending]
        else:
            self.pending.append(Leftover(row.line, row.location, joined, NO_INDICATOR_UNDER))

    def _section(self, cell: tuple[str, ...]) -> tuple[int, str, str] | None:
        """The level (1 or 2), text and points a section row names in a grid with no column of
        that level: a row printing one text, a 一级 and no 二级 (`一、产出指标` across the table,
        over rows whose level column holds the 二级 only), or in a grid with no level columns a
        二级 (the levels as an indented tree in the names' column: `产出指标`, `　数量指标`, then
        the indicators), the level of the rows below it up to the next; None for other rows.
        The row's number (`一 | 产出指标`, `（一） | 数量指标`: a 序号 column's outline marks
        opening the levels) is no text of it, and a level's row may print its block's points
        under the points columns (`一 | 产出指标 | | 50`; a self-evaluation's tree, `数量指标 | … |
        20 | 19.5` under 分值 and 得分), no indicator's weight nor score."""
        if self.grid.role_columns("level1"):
            return None
        numbers = {c.col for c in self.grid.columns if compact(c.label) in vocab.ROW_NUMBER_LABELS}
        points = {c.col for role in ("weight", "score") for c in self.grid.role_columns(role)}
        texts = [text for col, text in enumerate(cell) if text and col not in numbers | points]
        figures = [cell[col] for col in sorted(points) if cell[col]]
        if len(texts) != 1 or not all(map(is_number, figures)):
            return None
        text, printed = texts[0], " | ".join(figures)
        if canonical_level(text, 1) and not canonical_level(text, 2):
            return 1, text, printed
        if canonical_level(text, 2) and not self.grid.role_columns("level2"):
            return 2, text, printed
        return None

    def wrapped(self, role: str | None, text: str, group: int = 0) -> str | None:
        """The level above joined with `text` when `text` is its end, wrapped onto this row by a
        converter (`经济效益` then `指标`, `产出指标` then `(50分)`): alone it names no level and
        joined the same one as the text above, and is no template's placeholder (`……`); None
        otherwise."""
        level = {"level1": 1, "level2": 2}.get(role or "")
        above = self.level1 if level == 1 else self.level2.get(group) if level else None
        if not above or canonical_level(text, level) is not None or is_placeholder(text):
            return None
        named = canonical_level(above, level)
        return (
            f"{above}{text}"
            if named and canonical_level(f"{above}{text}", level) == named
            else None
        )

    def _piece(self, row, cell, group: int, scope: str, leftovers) -> dict | None:
        """The fields of the group's `Indicator` (the row's own fields still empty), or None."""

        name, operator, value, unit = (
            None if col is None else cell[col] for col in self.grid.group_columns[group]
        )
        seq, name = numbered_name(name, row.cells, self.grid.group_columns[group][0])
        ends = tuple(vocab.NAME_END_MARKS)
        listed = seq is not None or fold(value or "").rstrip().endswith(ends)
        name = unended(name, listed=listed)
        level1, level2 = self.level1, self.level2.get(group, self.level2.get(0))
        if name:
            level1, level2, name = levels_before_name(name, level1, level2)
            if not operator:
                name, value = sign_in_name(name, value)
        template = bool(name) and is_placeholder(name)
        if template:  # one leftover for the row, with every placeholder it prints
            texts = " | ".join(t for t in dict.fromkeys(cell) if t and is_placeholder(t))
            leftovers.append(Leftover(row.line, row.location, texts, TEMPLATE_PLACEHOLDER))
            name = None
        recipients = self.grid.recipients if group == len(self.grid.scopes) - 1 else ()
        if value is None and recipients:
            value = _recipient_value(recipients, cell)
        if not name:
            for text in (operator, value, unit):
                if text and not (template and is_placeholder(text)):
                    leftovers.append(
                        Leftover(row.line, row.location, text, "a value without an indicator name")
                    )
            return None
        if value and value.strip() in vocab.NO_VALUE_MARKS:
            value = None  # `—`: the table's mark for no target
        split = operator is not None or unit is not None
        if not split and (unit := _label_unit(self.grid, group, value)):
            split = True  # `目标值（%）` over `≥85`: the label is every cell's unit column
        target = join_parts(operator or "", value or "", unit or "") if split else (value or None)
        if value is None and any(cell[c.col] for c in recipients):
            target = None  # the recipients' values differ: no one target (each is kept)
        # One cell holding both targets after their scope words (`年度：≥10座；实施期：≥28座`).
        targets = (None if split or not value else scoped_values(value)) or {scope: target}
        if level1 and level2 and self.level1_line != row.line and not printed_under(level2, level1):
            level1 = None  # a 二级 of another 一级: the 一级 block ended without its own cell
        parts = dict.fromkeys(SPLIT_PARTS_FIELDS)
        if split:  # the written parts of the scope's target
            parts.update(zip(SPLIT_PARTS[scope], (operator, value, unit), strict=True))
        return dict(
            level1_raw=level1, level2_raw=level2, name=name, seq=seq,
            annual_target=targets.get("annual"), period_target=targets.get("period"), **parts,
            weight=None, standard=None, explanation=None, direction=None, actual=None, score=None,
            score_coefficient=None, deviation=None, recipient_values=(), extra=(), line=row.line,
            location=row.location,
        )  # fmt: skip


# The fields of a split target's written parts (operator, value, unit), by scope.
SPLIT_PARTS = {
    "annual": ("target_operator_raw", "target_value_raw", "target_unit_raw"),
    "period": ("period_operator_raw", "period_value_raw", "period_unit_raw"),
}
SPLIT_PARTS_FIELDS = tuple(field for fields in SPLIT_PARTS.values() for field in fields)


def numbered_name(
    name: str | None, raw: tuple[str, ...], col: int | None
) -> tuple[int | None, str | None]:
    """(the number written before an indicator's name, the name without it); (None, name) when
    none is written, (None, the name without it) for a list's bullet (`vocab.NAME_BULLETS`).
    Read from the cell as printed (`raw[col]`): folding makes `①` a bare `1`."""
    printed = raw[col].strip() if name and col is not None and col < len(raw) else ""
    if printed[:1] in vocab.NAME_BULLETS and (rest := fold(printed[1:])):
        return None, rest
    seq, rest = leading_number(printed)
    return (seq, fold(rest)) if seq is not None and fold(rest) else (None, name)


def unended(name: str | None, listed: bool) -> str | None:
    """A name without the marks a list's items end with (`vocab.NAME_END_MARKS`:
    `修缮传统民居；`); a sentence's full stop only where the row is typed as a list's item
    (`listed`: numbered, `3.新增消防栓。`, or its target ending so too, `茶农满意度。 | ≥95%。`), a
    name written as a sentence keeping it (`预算支出进度是否达到90%以上。`,
    `vocab.SENTENCE_END_MARKS`); a name of nothing else stays as it is."""
    if not name:
        return name
    marks = vocab.NAME_END_MARKS if listed else vocab.NAME_END_MARKS.strip(vocab.SENTENCE_END_MARKS)
    return name.rstrip(marks).rstrip() or name


# The fewest names whose glued numbers are read as a 序号 column merged into them.
GLUED_SERIALS_FEWEST = 4


def serials_unglued(indicators: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    """A project's indicators, their names without the row numbers a converter or a clerk glued
    onto them without a mark (`1培训人数`, `2培训合格率`: a 序号 column merged into the name
    column; `1.1抽检批次`, `1.2检查台次`, `2.1检验率`: outline numbers, the block's and the row's
    place in it), the numbers kept as `seq` (an outline number's last part). Read so only when
    no name was numbered otherwise and every name of the project, at least
    `GLUED_SERIALS_FEWEST`, opens with its own place 1, 2, 3 …, or with outline numbers that
    run on (1.1, 1.2, then 2.1 …), followed by a name that opens with no digit, and not every
    such name with the same character (`1号楼`, `2号楼`, … number the name's own things); any
    other project's names stay as read."""
    if len(indicators) < GLUED_SERIALS_FEWEST or any(i.seq is not None for i in indicators):
        return indicators
    for numbers in (_places(indicators), _outline_places(indicators)):
        rests = []
        for (written, _), indicator in zip(numbers, indicators, strict=False):
            rest = indicator.name.removeprefix(written)
            if rest == indicator.name or not rest or rest[0].isdigit():
                break
            rests.append(rest)
        if len(rests) == len(indicators) and len({rest[0] for rest in rests}) > 1:
            return tuple(
                replace(indicator, name=rest, seq=seq)
                for (_, seq), indicator, rest in zip(numbers, indicators, rests, strict=True)
            )
    return indicators


def _places(indicators) -> list[tuple[str, int]]:
    """Each indicator's place in the project, as written before a name (`3`) and as its seq."""
    return [(str(number), number) for number in range(1, len(indicators) + 1)]


def _outline_places(indicators) -> list[tuple[str, int]]:
    """The outline numbers the names open with (`1.1`, `1.2`, `2.1` …) where they run on from
    `1.1`, each the last one's next place or the next block's first, with their last parts;
    [] where they do not."""
    dot = vocab.OUTLINE_NUMBER_SEPARATOR
    block, place, out = 1, 0, []
    for indicator in indicators:
        head, _, tail = indicator.name.partition(dot)
        place_digits = tail[: len(tail) - len(tail.lstrip("0123456789"))]
        if not (head.isdigit() and place_digits):
            return []
        if (int(head), int(place_digits)) == (block, place + 1):
            place += 1
        elif (int(head), int(place_digits)) == (block + 1, 1):
            block, place = block + 1, 1
        else:
            return []
        out.append((f"{head}{dot}{place_digits}", place))
    return out


def _cells(row, width: int) -> tuple[str, ...]:
    """The row's cells folded, padded to `width` with empty cells."""
    folded = tuple(map(fold, row.cells))
    return folded + ("",) * (width - len(folded))


def _value_and_actual(cell, column: Column | None) -> tuple[tuple[str, ...], str | None, tuple]:
    """A row's cells with the target alone in the column that prints a target and its actual
    (`年度指标值/实际完成值`), the actual, and, when the cell cannot be split with confidence,
    the cell as printed, to keep as an extra cell (its target and actual then unread)."""
    if column is None or not cell[column.col]:
        return cell, None, ()
    parts = split_value_actual(cell[column.col])
    target, actual = parts or ("", None)
    unsplit = () if parts else ((column.label, cell[column.col]),)
    return (*cell[: column.col], target, *cell[column.col + 1 :]), actual, unsplit


def split_value_actual(text: str) -> tuple[str, str] | None:
    """A target and its actual printed in one cell (`≥95%/98%`, `持续改善/明显改善`), split at
    the slash between them: the only slash, or of several (`≤800元/亩/760元/亩`) the only one
    the actual's figure or operator follows, a rate's slash being followed by its denominator;
    None when no slash, or more than one, may be it (`2024/10/31/2024/10/20`)."""
    joiner = vocab.VALUE_ACTUAL_JOINER
    at = [
        i
        for i, ch in enumerate(text)
        if ch == joiner and text[:i].strip() and text[i + 1 :].strip()
    ]
    if len(at) > 1:
        at = [i for i in at if _opens_value(text[i + 1 :].lstrip())]
    if len(at) != 1:
        return None
    return text[: at[0]].strip(), text[at[0] + 1 :].strip()


def _label_unit(grid: Grid, group: int, value: str | None) -> str | None:
    """The unit the group's value column label notes in brackets (`目标值（%）`,
    `指标值(万元)`), for a value printed as a bare figure under it (`≥85`, `100`) or a range of
    two (`-5～5`); None when the label notes none or the cell writes more than figures (its own
    unit, or words)."""
    col = grid.group_columns[group][2]
    if not value or col is None:
        return None
    unit = _noted_unit(next(c.label for c in grid.columns if c.col == col))
    if unit is None:
        return None
    figure = fold(value)
    for word, _ in PREFIX_OPERATORS:
        figure = figure.removeprefix(word)
    return unit if (is_number(figure) or _bare_range(figure)) and "%" not in figure else None


def _bare_range(figure: str) -> bool:
    """Whether a value is two bare figures either side of a range's separator (`-5~5`, a sign
    before the first)."""
    for mark in sorted(RANGE_SEPARATORS, key=len, reverse=True):
        low, found, high = figure[1:].partition(mark)
        if found and is_number(figure[:1] + low) and is_number(high):
            return True
    return False


@functools.cache
def _noted_unit(label: str) -> str | None:
    """The unit a column label notes in brackets at its end (`目标值（%）` -> `%`)."""
    label = "".join(fold(label).split())
    return next((u for u in vocab.VALUE_LABEL_UNITS if label.endswith(f"({u})")), None)


def sign_in_name(name: str, value: str | None) -> tuple[str, str | None]:
    """The name and value of a row whose value's sign a converter gave to the name's cell
    (`食品安全监督抽检批次≥ | 1600批次`: a PDF's sign drawn at the value cell's left edge): a
    name ending in a sign (`≥`, `≤`, `>`, `<`: `_SIGNS`) over a value opening with a figure gives
    the sign to the value (`≥1600批次`); any other row's stay as they are, and a name that
    closes angle brackets it opened (`学习<<安全生产法>>`: a book's title typed in ASCII)."""
    figure = fold(value or "")
    if not figure[:1].isdigit() or ("<" in name and name.endswith(">")):
        return name, value
    sign = next((sign for sign in _SIGNS if name.endswith(sign)), None)
    rest = name.removesuffix(sign or "").rstrip()
    return (rest, f"{sign}{figure}") if sign and rest else (name, value)


# The operators of PREFIX_OPERATORS written in mathematical signs alone, not words nor the
# book-title marks OCR takes for them (a name may end in `》`), longest first (`>=` before `=`).
_SIGNS = sorted(
    (word for word, _ in PREFIX_OPERATORS if all(unicodedata.category(ch) == "Sm" for ch in word)),
    key=len,
    reverse=True,
)


def _opens_value(text: str) -> bool:
    """Whether a text begins as a value does: with a figure or an operator (`98%`, `≥95%`)."""
    return text[:1].isdigit() or any(text.startswith(word) for word, _ in PREFIX_OPERATORS)


def _recipient_value(recipients, cell) -> str | None:
    """The one value every recipient column agrees on; None when they differ (kept per recipient)."""
    values = {cell[c.col] for c in recipients if cell[c.col]}
    return values.pop() if len(values) == 1 else None


def name_key(name: str) -> str:
    return compact(name)
