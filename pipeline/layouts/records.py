"""Layout readers, output: what one table says, in records that no longer depend on its layout.

`read_table` (pipeline.layouts) turns a `CellTable` into a `TableRead`: document fields, the
projects with their raw money cells by role, their indicators with every written part, and
the cells it could not place (`Leftover`) and its own findings (`LayoutFinding`), so that
nothing printed is lost. Values are kept as printed (raw text); the normalize stage reads
amounts, levels and targets from them.
"""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Amount:
    """One printed money cell: its role (total | fiscal_part | other_part | budget | executed …),
    scope (annual | period | None), label and value as printed, and the unit that applies
    (the cell's own, else its label's, else the table's; None when nothing says)."""

    role: str
    scope: str | None
    column: str | None  # the money block's column heading role (budget, executed …), if any
    label: str
    text: str
    unit: str | None
    line: int


@dataclass(frozen=True, slots=True)
class Indicator:
    level1_raw: str | None
    level2_raw: str | None
    name: str
    seq: int | None  # the number the table writes before the name (`①`, `(1)`, `1.`), taken off it
    annual_target: str | None  # the cell, or for split columns the joined parts
    period_target: str | None
    # Split value columns, as written (None when the table has no such column): the annual
    # target's parts, and the period target's where its group is split too.
    target_operator_raw: str | None
    target_value_raw: str | None
    target_unit_raw: str | None
    period_operator_raw: str | None
    period_value_raw: str | None
    period_unit_raw: str | None
    weight: str | None
    standard: str | None
    explanation: str | None
    direction: str | None
    actual: str | None
    score: str | None
    score_coefficient: str | None  # a score printed in percent of the weight (得分系数(%))
    deviation: str | None
    # One value per recipient (街道, 村) where the table has no single value column.
    recipient_values: tuple[tuple[str, str], ...]
    # Cells of columns the readers know but do not interpret (上年完成值 …): (label, text).
    extra: tuple[tuple[str, str], ...]
    line: int
    location: str | None
    # The unit column's text that an actual printed as a bare number took (`98` under `%`):
    # the actual's unit as written, as the split target's is; None for an actual written whole.
    actual_unit_raw: str | None = None


@dataclass(frozen=True, slots=True)
class Project:
    name: str | None
    project_kind: str  # project | department
    supervising_department: str | None
    implementing_unit: str | None
    funding_unit: str | None  # the 单位名称 a one-row-per-indicator list files it under
    period_text: str | None
    period_start: str | None
    period_end: str | None
    annual_goal: str | None
    period_goal: str | None
    actual_goal: str | None
    amounts: tuple[Amount, ...]
    fields: tuple[tuple[str, str], ...]  # other labelled cells (项目属性 …): (label, value)
    indicators: tuple[Indicator, ...]
    line: int
    # The points the table prints for the indicators' weights: the indicator block's label as
    # printed (`绩效指标(90分)`), and the figure of a 合计/总分 row under the indicators (the
    # money block's 分值 and every weight); `total_score`, that row's figure under the 得分
    # column (the points scored), and `total_line`, its line. `complete`: a 合计/总分 or sign-off row,
    # or the next project, follows the indicators; else the table may be an excerpt cut short.
    block_label: str | None = None
    total_points: str | None = None
    total_score: str | None = None
    total_line: int | None = None
    complete: bool = False
    # An itemised block's total row (a department's 金额合计 under its tasks' money): each of its
    # figures with the items' figures under the same heading.
    item_totals: tuple["ItemTotal", ...] = ()


@dataclass(frozen=True, slots=True)
class ItemTotal:
    """A figure of an itemised block's total row and the items' figures in its column."""

    label: str  # the total row's (金额合计)
    heading: str
    text: str
    items: tuple[str, ...]
    unit: str | None
    line: int
    below: bool = False  # the items printed below the total, not above it


@dataclass(frozen=True, slots=True)
class Subtotal:
    """A row that sums projects: a 单位 or 部门 row with an amount and no project
    (`funding_unit`), or a list's 合计 (`grand_total`)."""

    label: str
    text: str
    unit: str | None
    line: int
    kind: str = "funding_unit"
    # Its sources of funds as printed beside the total (`fiscal_part`, `special_part`,
    # `other_part`), in a list with columns for them.
    parts: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Leftover:
    """A non-blank cell no reader placed, with why; it becomes a finding carrying its text."""

    line: int
    location: str | None
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class LayoutFinding:
    rule: str
    line: int
    message: str


@dataclass(frozen=True, slots=True)
class TableRead:
    source_file: str
    table_index: int
    # project-form | indicator-rows | flat-list | department-overall | unrecognised; the
    # blocks' layouts comma-joined when they differ (forms and a 部门整体 table stacked on
    # one sheet).
    layout: str
    document_type: str | None  # targets | self_evaluation (by its labels); None when unrecognised
    title: str | None
    department: str | None
    currency_unit: str | None  # as printed (万元, 元)
    projects: tuple[Project, ...]
    subtotals: tuple[Subtotal, ...]
    leftovers: tuple[Leftover, ...]
    findings: tuple[LayoutFinding, ...]
    labels: tuple[str, ...]  # the labels recognised (titles, field labels, column headers)
