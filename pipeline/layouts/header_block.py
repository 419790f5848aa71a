"""Layout readers, the header block of a form: label | value cells above the indicators.

`read_header_block` reads the rows of one project's (or department's) header block into a
`HeaderFields`: each cell is a label (found in `pipeline.vocab.layout_labels` by its role) or a
value that belongs to the label before it in its row, or to the column heading above it
when the block starts with a row of headings only (`总体目标 | 中期目标 | 年度目标`, `资金情况 |
全年预算数 | 全年执行数`); a row of money labels only under them heads the columns a heading above
spans (`按收入性质分` over `一般公共预算拨款 | 政府性基金拨款`), and such a label alone in its row
groups the money rows below it in the block it stands in; a row of money labels only that
starts with its total (`收入预算合计 | 一般公共预算拨款 | 其他收入`) heads the figures of the row under
it, the first column too. A row whose first cell is empty continues the block above it
(merged row labels), and a cell that is its left neighbour again, under the same heading or
none, is that merged cell written into each column it spans (`项目名称 | 甲项目 | 甲项目`): read
once; so is a money block's label a converter wrote again in the next cell of its headings row
and in the first cell of each row below it (`项目资金（万元）` down the block). Money cells keep
their scope (中期/年度, also inherited by the parts printed under a total, and by column where
totals of both scopes stand side by side: `中期资金总额 | 1,860 | 年度资金总额 | 720` over
`其中：财政拨款 | 1,500 | 其中：财政拨款 | 600`) and unit; a self-evaluation's measures (年初预算数,
全年执行数, 执行率 …) are money cells as column headings (heading a money block whatever word
stands before them, `项目 | 年初预算数 | 全年执行数`) or as labels of their own (with the 分值 and
得分 printed in a row they open), and kinds of budget money (一般公共预算, 政府性基金 …) as well as 财政拨款 and
其他资金 stay in the money block, where a 合计 is its total (`项目资金 | 合计 | 120`; elsewhere a 合计
is no money label); the items of a cost block (`项目预算成本构成 | 金额 | 测算依据`) and of a
department's tasks in their label's column (`年度主要任务 | 完成情况`) are fields by heading, not
money nor unknown labels; money labels on the row under the tasks' money heading part it
(`预算金额（万元）` over `总额 | 财政拨款 | 其他资金`), and the tasks' `金额合计` row is the
department's money, each figure by its column's heading (where the block's money gave it
already, the tasks' `合计` only their subtotal). A row label wrapped over two rows
(`年度` over `履职目标`) is put back together first, and so is a money block printed in narrow
cells, its labels wrapped around their figures (`年度资金总` / `286.40` / `额`: `_threaded`); a single field's value wrapped onto the next row, alone in its row
under it (`项目名称 | …补助资金（城镇老旧` over `| 小区改造）`), is one value; a header laid out
across (`项目名称 | 主管部门` over `甲项目 | 某局`) is read as label | value pairs, and a row of
values each then its label (`某局 | 主管部门`, `3,805,200.00 | 中期资金总额 | | 1,268,400.00 |
年度资金总额`) as the labels then the values, and a project period
printed over three cells round its range mark (`起止时间 | 43831 | 至 | 44196`) as one value;
`绩效目标（年度）` and `绩效目标（长期）` are the goals their notes name; label | value pairs a
converter joined with spaces into one cell (`主管部门 某局 实施单位 某中心`) are those cells, and so
are `label：value` cells so joined (`资金总额：86.50 其中：财政拨款：86.50`). A money block's label
printed with a figure of its own (`项目资金：460.00万元`, `资金情况 | 100`), not under headings, names
the total. A filer's unit (`填报单位：…`, FILER_LABELS) is the department only where no other department
label is printed. A line alone in its row's first cell, naming no field, is a line of its own
(a title, a year or unit line, or a document's numbered heading printed before the title,
`（一）某项目` over it: `labels.SECTION_HEADING`), also where the row has other cells, empty (a
PDF or workbook row that the line spans). Cells placed nowhere become `Leftover`s.

A converter that ignores rowspan drops the cell of a label merged down its block's rows and
moves the rows below it one or more columns left of the headings they stand under
(`_moved_under_headings`): a row is moved back only where then every figure stands under a
heading that takes one (a money block's measures, its groups' parts, a department's tasks'
money, a goals block's goals, the periods' columns of side-by-side pairs); a name's wrapped end
alone on its row goes on with the name (`_wrapped_on`), and a goal's numbered part with the goal.
A line alone under a goal's label alone (`年度绩效目标` over `目标1：…`, a header printed one cell
a line) is the goal, and a goal's text wrapped onto a line of its own goes on the goal while it
ends no sentence (`_goal_goes_on`), as a field's of no known role does (`项目概况`). A row of a
money block's measures alone, its cells over the rows' labels empty (`| 年初预算数 | 全年预算数 |
…`: the block's label merged down its rows, printed at a middle one), heads the money rows
below, the label where it is printed staying in the block (`_measures_alone`). 上级资金 opening a money block's row is a fund part; a text
under a money label's column, not its figure, is no money of that label (a goal whose label
was lost: a leftover). A fund part named by this year's money (`当年财政拨款`) is a part of the
total above it, 中期 or 年度 (`_money_scope`). A money block printed transposed, its fund
sources heading the columns and
a row of each measure (`年初预算数 | 300.00 | 300.00`, … `得分 | 9.20 | —`), is put back as the
usual block first (`_money_transposed`), and a label's money unit wrapped alone onto the next
row (`年度预算安排` over `（万元）`) is the label's.
"""

import functools
import itertools
import re
from dataclasses import dataclass, field, replace

from pipeline.cells import cell_at
from pipeline.labels.columns import (
    begins_label,
    column_roles,
    compact,
    exact_field_roles,
    field_roles,
    fold,
    label_scope,
    label_years,
    leading_number,
    matchable,
    whole_field_roles,
)
from pipeline.labels.lines import (
    ends_sentence,
    is_amount,
    is_footer,
    is_title,
    labelled,
    prints_alone,
    stated_year,
)
from pipeline.layouts import amounts
from pipeline.layouts.pieces import threaded_around
from pipeline.layouts.records import Amount, ItemTotal, Leftover
from pipeline.read.grid import PADDING
from pipeline.vocab import layout_labels as vocab
from pipeline.vocab.labels import (
    CURRENCY_LABELS,
    CURRENCY_UNITS,
    LABELLED_LINE,
    NUMBERED_HEADING,
    SECTION_HEADING,
    TABLE_NAME_END,
    TITLE_MAX_LENGTH,
    is_page_furniture,
)
from pipeline.vocab.target_words import SPREADSHEET_ERRORS
from pipeline.vocab.traditional import simplified

MONEY_ROLES = ("total", "fiscal_part", "other_part", "fund_kind")
# Headings of a money block's value columns (self-evaluations: 全年预算数 | 全年执行数 …).
MONEY_COLUMNS = (
    "money_heading",
    "money_scope",
    "budget_initial",
    "budget_adjusted",
    "executed",
    "execution_rate",
    "weight",
    "score",
    "score_coefficient",
    "reason",
    "budget_change",
    "money_before",
)
# A self-evaluation's measures of its money block's amounts: 年初预算数, 全年预算数, 全年执行数.
AMOUNT_MEASURES = ("budget_initial", "budget_adjusted", "executed")
# Headings of a money block's columns that measure none of its money: what the budget was
# changed by, why the execution fell short, notes. Their cells are the project's fields, by row
# and heading (`当年财政资金/年度预算调整`).
UNMEASURED_COLUMNS = ("budget_change", "reason", "other_field", "money_before")
# Why a line alone is left out: no field, title or sign-off of the form.
OUTSIDE_CELLS = "a line outside the table's cells"
# Why a figure beside a money label is left out where no heading stands over it.
UNHEADED_FIGURE = "a figure under no heading of its money block"
# A self-evaluation's measures of its money, money cells wherever their label stands
# (`全年执行数 | 45` with no money block label above it).
SPENDING_ROLES = vocab.SPENDING_ROLES
# The points of the money block, money cells too in a row its measures open (`执行率 | 96% |
# 分值 | 10 | 得分 | 9.6`).
POINTS_ROLES = ("weight", "score", "score_coefficient")
# Block roles whose rows of money labels (年度资金总额, 其中:财政拨款 …) stay in the block: a
# money block, or a row of money column headings (`资金来源 | 年初预算数 | 全年执行数 …`).
MONEY_BLOCKS = ("money_block", "money_heading")
GOALS = {"goal_annual": "annual", "goal_period": "period", "goal_actual": "actual",
         "goal_deviation": "deviation", "goal_adjusted": "adjusted"}  # fmt: skip
# Goals kept as fields of the project, no goal of its own: why the goals were not met, and the
# year's goal as adjusted during it.
FIELD_GOALS = ("deviation", "adjusted")
SINGLE_FIELDS = ("project_name", "parent_project", "department", "impl_unit", "period",
                 "period_start", "period_end")  # fmt: skip


@dataclass(slots=True)
class HeaderFields:
    """What a header block printed, as text; filled by `read_header_block`."""

    single: dict[str, str] = field(default_factory=dict)  # role -> value (first printed)
    filer: str | None = None  # the label of a department read from a filer's label (FILER_LABELS)
    goals: dict[str, str] = field(default_factory=dict)  # annual | period | actual -> text
    goal_order: list[str] = field(default_factory=list)  # scopes of goal headings, by column
    amounts: list[Amount] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)  # other labelled cells
    titles: list[str] = field(default_factory=list)
    currency_unit: str | None = None
    leftovers: list[Leftover] = field(default_factory=list)
    labels_seen: list[str] = field(default_factory=list)
    unknown_labels: list[tuple[int, str]] = field(default_factory=list)  # (line, label)
    item_totals: list[ItemTotal] = field(default_factory=list)
    cost_totals: list[ItemTotal] = field(default_factory=list)  # a cost block's 合计 rows
    total_from_costs: int | None = None  # the line of the cost block's 合计 taken as the total
    # Two goal labels of other scopes printed one after the other, then one text (`预期目标 |
    # 实际完成情况 | …`, a text one cell a line): (line, the first label, the second label).
    goals_joined: list[tuple[int, str, str]] = field(default_factory=list)
    # A self-evaluation's total score printed in its header (重庆: `自评总分（分） | 97.75`), where
    # no 总分 row under the indicators prints it: (line, figure).
    score_total: tuple[int, str] | None = None
    # The figures of the tasks' total row, the department's money where no money block gives it.
    tasks_money: list[Amount] = field(default_factory=list)
    # A money block's headings of a year each, none the table's (`_years_apart`): (line, them,
    # the table's year if known).
    years_unmatched: list[tuple[int, list[str], int | None]] = field(default_factory=list)


BLOCK_ROLES = ("money_block", "duty_block")
# Blocks of items under column headings (A6's 项目预算成本构成 | 金额 | 测算依据 …; a department's
# 年度主要任务 | 完成情况 with each task in the label's column): a row whose first cell names no
# label is one of its items, its cells fields by heading.
ITEMISED_BLOCKS = ("cost_block", "duty_block")


_SCOPED_GOALS = frozenset(map(compact, vocab.SCOPED_GOAL_LABELS))
_GOAL_HEADINGS = frozenset(map(compact, vocab.GOAL_HEADINGS))


@functools.lru_cache(maxsize=2**14)
def _label_role(text: str, col: int = 0) -> str | None:
    """The role of a label; a block label (资金情况, 履职目标) only heads a row, so further
    right the label's other role is preferred (`预算资金` is then 财政拨款); a goal's label that
    names it only with its scope in a note (`SCOPED_GOAL_LABELS`) is that scope's goal."""
    roles = field_roles(text)
    if col > 0:
        roles = tuple(r for r in roles if r not in BLOCK_ROLES) or roles
    if not roles and compact(text) in _SCOPED_GOALS and (scope := label_scope(text)):
        return "goal_period" if scope == "period" else "goal_annual"  # `绩效目标（年度）`
    return roles[0] if roles else None


def _names_a_field(label: str) -> bool:
    """Whether a label names a field, as a label before its value: a known one
    (`field_roles`), or `绩效目标` (`SCOPED_GOAL_LABELS`, which alone titles a page or a table
    as well), the goal."""
    return bool(field_roles(label)) or compact(label) in _SCOPED_GOALS


def _labels_its_line(text: str) -> bool:
    """Whether a line alone in its row opens with a field's label (`主管部门:某局`, or
    `绩效目标:…` with its value: alone, `绩效目标` is a title; a label after a leading 其中, a
    money part printing no figures: `其中:当年财政拨款`, `lines.labelled`)."""
    head, tail = labelled(text)
    return bool(field_roles(head)) or (compact(head) in _SCOPED_GOALS and bool(tail.strip()))


def _block_role(text: str, block: "_Block", col: int = 0, cells=()) -> str | None:
    """The role of a label in the block it stands in: `_label_role`, or inside a money block
    its total for a 合计 (`MONEY_BLOCK_TOTAL_LABELS`: `项目资金 | 合计 | 120`) that heads a
    column or gives one figure: followed in its row `cells` by several figures under no column
    heading (`合计 | 300 | 120`, 中期 and 年度?), it is no total, as before; a part named by its
    government alone (`MONEY_BLOCK_PART_LABELS`: `省级补助`) a fiscal part; and a heading that
    only says a period (`MONEY_SCOPE_HEADINGS`: `中期 | 年度`) is `money_scope`, the period of
    the figures under it; so is one that is also a field's label (`实施期`, the project period)
    in a row of such headings only (`实施期 | 年度`); there the heading of the parts' column
    (`MONEY_PART_COLUMN_HEADINGS`: `资金性质 | 中期资金总额 | 年度资金总额`) heads the labels of
    the rows below, no figures."""
    role = _label_role(text, col)
    word = compact(text)
    if word in _PARTS_AFTER_OF_WHICH and (
        (block.role in MONEY_BLOCKS and _opens_row(col, cells)) or _after_of_which(col, cells)
    ):
        return "fiscal_part"
    if word in _TOTALS_PARTS_AFTER_OF_WHICH and amounts.of_which(text):
        return "fiscal_part"
    # ... and a row's label, under headings naming the parts (`资金构成 | 资金总额 | 中央资金 …`
    # over `实施期 | 2,400.00 | …`, 叶县's form): the period of its figures, no project period.
    period_row = role == "period" and _names_a_period(text) and _parts_headed(block)
    if block.role not in MONEY_BLOCKS or (
        role is not None and not _headings_row(cells) and not period_row
    ):
        return role
    if word in _MONEY_BLOCK_TOTALS:
        return None if _figures_unheaded(cells, col, block) > 1 else "total"
    if word in _MONEY_BLOCK_PARTS:
        return "fiscal_part"
    if word in _MONEY_PART_COLUMNS:
        return "money_heading"
    if word in _MONEY_NOTES and col > 0:
        return "other_field"
    return "money_scope" if _names_a_period(text) else None


def _opens_row(col: int, cells) -> bool:
    """Whether no label of a field stands before column `col` in its row (`cells`) but the
    money block's own (`预算资金 | 上级资金 | 1,200.00`, not `年度本级预算金额 | 1,305.00 |
    上级资金 | …`)."""
    return not any(
        _label_role(text, before) not in (None, *MONEY_BLOCKS)
        for before, text in cells
        if before < col
    )


def _after_of_which(col: int, cells) -> bool:
    """Whether a part opening with 其中 (`vocab.SUB_ROW_WORDS`) stands before column `col` in its
    row (`年度预算总额 | 其中：本级预算 | 上级资金`: the total's parts)."""
    return any(amounts.of_which(text) for before, text in cells if before < col)


def _figures_unheaded(cells, col: int, block: "_Block") -> int:
    """How many figures follow column `col` in a row, up to its next label, under no heading."""
    count = 0
    for later, text in cells:
        if later <= col:
            continue
        if _label_role(text, later):
            break
        count += is_amount(text) and later not in block.headings
    return count


def _headings_row(cells) -> bool:
    """Whether a money block's row, but its block label and the heading of its parts' column
    (`资金性质`), is headings that only say a period."""
    texts = [
        text
        for col, text in cells
        if (col > 0 or _label_role(text) not in MONEY_BLOCKS)
        and compact(text) not in _MONEY_PART_COLUMNS
    ]
    return bool(texts) and all(map(_names_a_period, texts))


def _names_a_period(text: str) -> bool:
    """Whether a money heading only says a period: a word of `vocab.MONEY_SCOPE_HEADINGS`, alone
    or with the years it spans, or years alone (`中期（2025—2027年）`, `2025年度`:
    `vocab.PERIOD_YEARS`)."""
    word = compact(text)
    bare = _PERIOD_YEARS.sub("", word)
    return bare in _MONEY_SCOPES or (bare in ("", "度") and label_scope(text) is not None)


_PERIOD_YEARS = re.compile(vocab.PERIOD_YEARS)


_MONEY_BLOCK_TOTALS = frozenset(map(compact, vocab.MONEY_BLOCK_TOTAL_LABELS))
_ITEMS_SUBTOTALS = tuple(map(compact, vocab.ITEMS_TOTAL_LABELS))
_HEADING_AMOUNTS = frozenset(map(compact, vocab.MONEY_HEADING_AMOUNTS))
_MONEY_BLOCK_PARTS = frozenset(map(compact, vocab.MONEY_BLOCK_PART_LABELS))
_MONEY_NOTES = frozenset(map(compact, vocab.MONEY_NOTE_HEADINGS))
_PARTS_AFTER_OF_WHICH = frozenset(map(compact, vocab.PARTS_AFTER_OF_WHICH))
_TOTALS_PARTS_AFTER_OF_WHICH = frozenset(map(compact, vocab.TOTALS_PARTS_AFTER_OF_WHICH))
_MONEY_SCOPES = frozenset(map(compact, vocab.MONEY_SCOPE_HEADINGS))
_MONEY_PART_COLUMNS = frozenset(map(compact, vocab.MONEY_PART_COLUMN_HEADINGS))


@dataclass(slots=True)
class _Block:
    """The labelled block a row belongs to, with its column headings."""

    role: str | None
    unit: str | None
    headings: dict[int, tuple[str, str]] = field(default_factory=dict)  # col -> (role, label)
    scope_by_col: dict[int, str | None] = field(default_factory=dict)
    # A measure heading's columns that headings of a row below part (`全年预算数` over `合计 |
    # 财政拨款 | 上年结转`): col -> the measure the figures under them are of.
    measure_by_col: dict[int, str] = field(default_factory=dict)
    last_by_col: dict[int, tuple[str, str]] = field(default_factory=dict)  # col -> (role, label)
    # An itemised block's items' figures under its money headings since its last total, and
    # where those after its last subtotal (`小计`) begin: col -> the figures, their index.
    item_figures: dict[int, list[str]] = field(default_factory=dict)
    subtotaled: dict[int, int] = field(default_factory=dict)
    # A cost block's total printed atop its items: col -> its index in `cost_totals`.
    totals_atop: dict[int, int] = field(default_factory=dict)
    # The line of the row read last, and of the row each single field's value ends on: a
    # value in the next row, with no label of its own, is the rest of it, wrapped.
    last_line: int | None = None
    single_lines: dict[str, int] = field(default_factory=dict)
    # Whether the row read last was a row of headings (`_heading_ends` may end them).
    headed: bool = False
    year: int | None = None  # the table's fiscal year, if known
    # The period of the figures under a heading its words do not say (`_years_apart`).
    scope_of_heading: dict[int, str] = field(default_factory=dict)


def _outranks(out: HeaderFields, role: str, label: str) -> bool:
    """Whether a department label printed after a filer's (`填报单位`, or any department's on a
    line of its own above the form: `部门：…中心学校` over its `主管部门 | …教育局`) names the
    department."""
    return (
        role == "department" and out.filer is not None and compact(label) not in vocab.FILER_LABELS
    )


def read_header_block(rows, table_unit: str | None, year: int | None = None) -> HeaderFields:
    """Read the header rows of one project block (see the module docstring); `year` is the
    table's fiscal year, if known (it tells the year's row of a money block printing one row a
    year, `_years_apart`)."""
    out = HeaderFields(currency_unit=table_unit)
    year = year or _titled_year(rows)
    block = _Block(role=None, unit=None, year=year)
    rows = _labels_once(
        _unwrapped(
            _title_joined(_money_transposed(_of_which_spanned(_padded_apart(_threaded(rows)))))
        )
    )
    for row in _values_beside_labels(map(_label_first, rows)):
        cells = [(col, text) for col, text in enumerate(row.cells) if text.strip()]
        if not cells:
            continue
        if all("indicator_block" in column_roles(text) for _, text in cells):
            # Headings over the indicator table's groups (`中期绩效指标 | 年度绩效指标`) or
            # over all of it (`绩效指标`), above its column labels: titles, never a field's
            # value or the end of the goal above them.
            out.titles.extend(text for _, text in cells)
            continue
        # A line of its own (`lines.prints_alone`), naming no field; so is a title or its
        # year alone in a cell right of the first (`,,,,,,,（2023年度）`: a sheet's merged
        # title cell centred, saved as CSV).
        alone = prints_alone(row.cells) or (
            len(cells) == 1 and (is_title(cells[0][1]) or _is_year_line(cells[0][1]))
        )
        cells = cells[:1] if alone else cells
        if alone and (pairs := _joined_by_spaces(cells[0][1]) or _item_words(cells[0][1], block)):
            row = replace(row, cells=pairs)
            cells, alone = list(enumerate(pairs)), False
        if not alone and (moved := _moved_under_headings(cells, block)) is not cells:
            row = replace(row, cells=_placed(moved))
            cells = moved
        if alone and not _labels_its_line(fold(cells[0][1])):
            if (first := _first_goal_heading(block)) and first not in out.goals:
                # A goals block's first part alone on its line, before its first heading's goal
                # has any text (`预期目标 | 实际完成情况` over `1.完成…；` over `2.推广… | 完成…`: a
                # browser's copy breaks a cell's lines into rows): that goal's start.
                out.goals[first] = cells[0][1]
                continue
            if block.role in GOALS and GOALS[block.role] in out.goals and _goal_part(cells[0][1]):
                # The goal's next part, its label's merged cell dropped (`目标2：…` under
                # `年度绩效目标 | 目标1：…`): the goal goes on.
                goal = GOALS[block.role]
                out.goals[goal] = f"{out.goals[goal]}\n{cells[0][1]}"
                continue
            if (
                block.role in GOALS
                and GOALS[block.role] in out.goals
                and _wraps_onto(out.goals[GOALS[block.role]], cells[0][1])
            ):
                # The goal's text wrapped onto the next line, its label's cell empty there
                # (`…解决3个行政村` over `2100余名群众出行难问题，…`): it goes on.
                goal = GOALS[block.role]
                out.goals[goal] = _goal_goes_on(out.goals[goal], cells[0][1])
                continue
            if (
                block.role == "other_field"
                and out.fields
                and _wraps_onto(out.fields[-1][1], cells[0][1])
            ):
                # So does the text of a field the vocabulary names no role for (`项目概况 | …配置
                # 分类收` over `运车辆，…`), the last one its row printed.
                label, text = out.fields[-1]
                out.fields[-1] = (label, _goal_goes_on(text, cells[0][1]))
                block.last_line = row.line
                continue
            if block.role in GOALS and GOALS[block.role] not in out.goals and block.last_line:
                # The line under a goal's label alone (`年度绩效目标` over `目标1：…`, a table
                # read down its columns, one cell a line): the goal, its next parts after it.
                out.goals[GOALS[block.role]] = cells[0][1]
                continue
            if role := _wrapped_on(cells[0][1], block):
                # The end of a name wrapped onto the next row, its label's merged cell dropped
                # (`小区改造）` under `项目名称 | …（城镇老旧`): one value.
                out.single[role] += cells[0][1]
                block.single_lines[role] = row.line
                continue
            _single_line(cells[0][1], row, out)
            block.last_line = row.line  # a value's end wraps onto the next row only
            continue
        if _under_label_again(cells, block):
            # The block's label written again on each of its rows (its merged cell filled
            # down, as a page scraped into a data frame or a sheet unmerged and filled gives
            # it): an item of the block, or its goals under their headings.
            _pairs(cells[1:], row, block, out)
            block.last_line = row.line
            continue
        if _money_total_under_items(cells, block):
            _totals_by_heading(cells, row, block, out)
            block.last_line = row.line
            continue
        # A cost block's label and headings may open a row whose first cell is the money
        # block's label merged down (岳阳's form: `| 支出明细预算（万元） | 项 目 | …`).
        costs = _label_role(cells[0][1], cells[0][0]) == "cost_block" and _item_headings(cells[1:])
        if (row.cells[0].strip() or costs) and not _figures_under_headings(cells, block):
            first = cells[0][1]
            role = _block_role(first, block, 0, cells) or _block_role(labelled(first)[0], block)
            # `项目 | 年初预算数 | 全年预算数 | 全年执行数 …`; so is a label naming a total there
            # (`年度预算（万元） | 年初预算数 | …`): it heads the rows' labels, not figures of its own.
            if role in (None, "total") and money_headings(cells[1:]):
                role = "money_heading"
            # `预算金额（万元） | 合计 | 本年财政资金 | 其他资金` over the figures: a total's label
            # heading a row of money labels only is the money block's, the labels its headings.
            if role == "total" and _money_labels_only(cells[1:]):
                role = "money_block"
            # `本年度预算（万元） | 本年度预算合计 | 720.00` over its parts: a total's label before
            # the block's own total label heads the block.
            if role == "total" and len(cells) > 2 and compact(cells[1][1]) in _MONEY_BLOCK_TOTALS:
                role = "money_block"
            # `部门职能 | 任务名称 | 主要内容 | 预算金额`, no block label beside them: a task's
            # heading first in a row of headings opens a block of the department's tasks.
            if role == "duty_heading" and len(cells) > 1:
                role = "duty_block"
            # A money label heading its row stays in the money block above it (a row label), so
            # does a spending heading before figures under the block's headings (`基本支出 |
            # 640.00 | 652.40`, the label column's empty cell dropped); an item stays in the
            # itemised block above it, and a money block's label alone in its row
            # groups the rows below in the block whose headings it stands under (`按收入性质分：`
            # over 财政拨款 and 其他资金 in a row whose label column is the block label's); a
            # goal under goals' headings from the first column on is the goals block's.
            if (
                not (block.role in MONEY_BLOCKS and role in MONEY_ROLES)
                and not (block.role in MONEY_BLOCKS and _row_of_figures(cells, role, block))
                and not (role in MONEY_ROLES and _scoped_side_by_side(block))
                and not (
                    block.role in ITEMISED_BLOCKS and role is None and not _goals_beside(cells)
                )
                and not (block.role in GOALS and role is None and 0 in block.headings)
                and not (role == "money_block" and block.role in MONEY_BLOCKS and block.headings)
            ):
                block = _Block(role=role, unit=amounts.label_unit(first), year=year)
            elif role == "money_block":  # its label at a middle row of the block: its unit
                block.unit = block.unit or amounts.label_unit(first)
            if role == "cost_block" and _item_headings(cells[1:]):
                # The items' names' heading (`项目`) heads the rows' labels, no figures.
                cells = [cells[0], *cells[2:]]
            if (
                all(_block_role(text, block, col, cells) for col, text in cells[1:])
                and len(cells) > 1
                and role != "project_name"  # its name's value, whatever label it ends with
            ):
                # A money label heading a row of money labels is a column heading too (收入预算合计
                # | 一般公共预算拨款 | 其他收入 over a row of figures), not the block's label; so
                # is a goal's heading beside others of other goals (`预期目标 | 实际完成情况`, the
                # block's label a title above the table).
                roles = [_label_role(text, col) for col, text in cells]
                first_heads = (
                    (role in MONEY_ROLES and all(r in MONEY_ROLES for r in roles))
                    or _goal_headings_only(cells)
                    or roles[0] == "duty_heading"
                )
                _headings([(-1, ""), *cells] if first_heads else cells, row, block, out)
                if role == "money_block" and (points := _label_points(first)):
                    _points_unheaded(points, first, row, block, out)
                block.last_line = row.line
                continue
        elif years := _years_under_heading(cells, block):
            # The years a heading of no measure spans (湖北's department-wide form: `近两年收支金额`
            # over `2023年 | 2024年`): each column that heading's, of its year.
            block.headings.update(years)
            out.labels_seen.extend(text for _, text in cells)
            block.last_line = row.line
            continue
        elif _goal_headings_only(cells):
            # The goals' headings under a heading of the group they stand in (四川's 一体化 form:
            # `项目基本情况 | 1.项目年度目标完成情况` over `| 项目年度目标 | 年度目标完成情况`): they
            # head the texts below, not the heading above them.
            _headings([(-1, ""), *cells], row, block, out)
            block.last_line = row.line
            continue
        elif _sub_headings(cells, block):
            if cells[0][0] <= min(block.headings):
                # Headings again from the block's first on, of the next group's figures
                # (`按支出类型 | 基本支出 | 项目支出` under `按收入来源 | 资金总额 | 一般公共预算 |
                # 政府性基金 | 其他资金`; `基本支出 | 项目支出` under `资金总额 | …`): a kind of
                # money the row above named right of their last heads none of the row under them
                # (a measure there, `分值 | 执行率`, still does).
                block.headings = {
                    col: heading
                    for col, heading in block.headings.items()
                    if col <= cells[-1][0] or heading[0] not in MONEY_ROLES
                }
            _headings([(0, ""), *cells], row, block, out)
            block.last_line = row.line
            continue
        elif _measures_alone(cells):
            # A money block's measures over its figures, no heading over its rows' labels (the
            # block's label merged down its rows, printed at a middle one).
            block = _Block(role="money_heading", unit=None, year=year)
            _headings([(-1, ""), *cells], row, block, out)
            block.last_line = row.line
            continue
        elif _money_parts_under_items(cells, block):
            block.headings.update(
                (col, (_money_label_role(text, col), text)) for col, text in cells
            )
            out.labels_seen.extend(text for _, text in cells)
            block.last_line = row.line
            continue
        elif _heading_ends(cells, block):
            # The ends of the headings above, wrapped onto a row of their own (`全年预算` over
            # `数（A）`, `执行率` over `（B/A）`): the headings', no figures of theirs.
            for col, text in cells:
                role, label = block.headings[col]
                block.headings[col] = (role, label + text.strip())
            out.labels_seen.extend(text for _, text in cells)
            block.last_line = row.line
            continue
        _pairs(cells, row, block, out)
        block.last_line = row.line
        block.headed = False
    return _named_headings_titled(_cost_total_given(_tasks_total_given(out)))


def _named_headings_titled(out: HeaderFields) -> HeaderFields:
    """The header with a line outside its cells that is a heading numbered in digits naming the
    form's project (`2.团泊镇网格化社会治理服务` over the form whose 项目名称 it is: a page listing
    its forms under numbered headings) taken as a title, no line left over."""
    name = compact(out.single.get("project_name", ""))
    if not name:
        return out
    headings = [
        left for left in out.leftovers
        if left.reason == OUTSIDE_CELLS and NUMBERED_HEADING.fullmatch(left.text)
        and compact(leading_number(left.text.strip())[1]) == name
    ]  # fmt: skip
    out.titles.extend(left.text for left in headings)
    out.leftovers = [left for left in out.leftovers if left not in headings]
    return out


def _of_which_spanned(rows) -> list:
    """The rows with a cell printing only `其中：` before a money part's label, in a row of
    labels over a row of figures (`年度资金总额（万元） | 其中： | 财政拨款（万元） | 其他资金（万元）`
    over `186.00 | 160.00 | | 26.00`, a system page's merged heading), as that label written
    into both columns: one heading spanning them (`_written_again`), whose figure stands
    under either."""
    out = list(rows)
    for k, row in enumerate(rows[:-1]):
        cells = list(row.cells)
        for col in range(len(cells) - 1):
            if (
                "".join(fold(cells[col]).split()).rstrip(":") in vocab.SUB_ROW_WORDS
                and _label_role(cells[col + 1], col + 1) in MONEY_ROLES
                and not any(map(_figure, filter(None, cells)))
                and any(_figure(text) for text in rows[k + 1].cells if text.strip())
            ):
                cells[col] = cells[col + 1]
        out[k] = replace(row, cells=tuple(cells)) if cells != list(row.cells) else row
    return out


def _padded_apart(rows) -> list:
    """The rows with a row's one cell that prints statements padded apart (`填报单位：某局
    （盖章）` … `金额单位：万元`, a sheet's title cell merged across the table) as a row of
    each, where they stand, as a page prints such a line as lines of their own
    (`grid.PADDING`)."""
    out = []
    for row in rows:
        filled = [col for col, text in enumerate(row.cells) if text.strip()]
        parts = [p for p in PADDING.split(row.cells[filled[0]].strip()) if p] if filled else []
        if len(filled) != 1 or len(parts) < 2:
            out.append(row)
            continue
        blank = [""] * len(row.cells)
        out.extend(replace(row, cells=tuple([*blank[: filled[0]], part, *blank[filled[0] + 1 :]]))
                   for part in parts)  # fmt: skip
    return out


def _measures_alone(cells) -> bool:
    """Whether a row opening with an empty cell prints only a money block's measure headings,
    two or more (`| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分`), an amount's
    among them."""
    roles = [_label_role(text, col) for col, text in cells]
    return (
        len(cells) > 1
        and all(role in MONEY_COLUMNS for role in roles)
        and any(role in AMOUNT_MEASURES for role in roles)
    )


def _heading_ends(cells, block: _Block) -> bool:
    """Whether a row right under the block's row of money headings prints only their ends,
    wrapped (`数（A） | 数（B） | （B/A）` under `全年预算 | 全年执行 | 执行率`): each cell under a
    money heading, none a figure nor a label."""
    return block.headed and all(
        block.headings.get(col, ("",))[0] in MONEY_COLUMNS
        and not _figure(text)
        and not _label_role(text, col)
        for col, text in cells
    )


def _labels_once(rows) -> list:
    """The rows with a label read once where a converter wrote its merged cell into every cell it
    spans (a sheet unmerged and filled): a money block's label (or its headings row's,
    `资金来源(万元) | 合计 | 财政拨款`) again in the next cell of its row (`项目资金（万元） |
    项目资金（万元） | 年初预算数 …`) and in the first cell of each row below it (`项目资金（万元） |
    年度资金总额 | 420.00 …`); a name's label (`vocab.WRAPPED_FIELDS`), before one value as the
    label is, again before the name's wrapped end (`项目名称 | …补助资金（城镇老旧` over `项目名称 |
    小区改造）`), which then goes on with the name. The repeats are left empty, as the form
    prints them."""
    out, label, money = [], None, False
    for row in rows:
        cells = list(row.cells)
        first = cells[0].strip() if cells else ""
        single = sum(1 for text in cells[1:] if text.strip()) == 1
        if first and first == label and (money or single):
            cells[0] = ""
        else:
            role = _label_role(first)
            money = role in MONEY_BLOCKS
            label = first if money or (single and role in vocab.WRAPPED_FIELDS) else None
        if money and label and len(cells) > 1 and cells[1].strip() == label:
            cells[1] = ""
        out.append(row if tuple(cells) == row.cells else replace(row, cells=tuple(cells)))
    return out


def _under_label_again(cells, block: _Block) -> bool:
    """Whether a row opens with the label of the itemised or goals block it stands in, under
    the block's column headings, and goes on with cells under them (`年度主要任务 | 安全生产监管
    执法 | … | 86.40` under `年度主要任务 | 任务名称 | 主要内容 | 预算金额`; `年度总体目标 | 完成… |
    完成…` under `年度总体目标 | 预期目标 | 实际完成情况`)."""
    return (
        (block.role in ITEMISED_BLOCKS or block.role in GOALS)
        and bool(block.headings)
        and len(cells) > 1
        and cells[0][0] == 0
        and _label_role(cells[0][1]) == block.role
        and not any(_label_role(text, col) for col, text in cells[1:])
    )


def _scoped_side_by_side(block: _Block) -> bool:
    """Whether the block's money labels stand in columns of different scopes (`中期资金总额 |
    1,860 | 年度资金总额 | 720`): the money rows below (`其中：财政拨款 | 1,500 | 其中：财政拨款 |
    600`) go on in the block, each figure of the scope of its column."""
    return block.role in MONEY_ROLES and len(set(block.scope_by_col.values()) - {None}) > 1


# Roles of the labels a converter may print after their values in a row of a label and a value
# (`某县农业农村局 | 主管部门`, the goal's sentence then `年度绩效目标`).
SWAPPED_ROLES = (*SINGLE_FIELDS, *GOALS)


def _label_first(row):
    """The row with each label before its value where a row prints its values first, each
    label right of its value (`某项目 | 项目名称`, `主管部门` and `实施单位` each after its value,
    `3,805,200.00 | 中期资金总额 | | 1,268,400.00 | 年度资金总额`): every other text names a single
    field or a goal (`SWAPPED_ROLES`; beside another such pair, any field: `延续项目 | 项目属性`),
    or a money label after an amount, and the texts before them name no field nor the unit
    (`项目绩效目标描述 | 总目标`, the goal's cell empty, is two labels). Each label takes its
    value's column, the value its own."""
    filled = [(col, text) for col, text in enumerate(row.cells) if text.strip()]
    if not filled or len(filled) % 2:
        return row
    pairs = list(zip(filled[::2], filled[1::2], strict=True))
    swapped = (*SWAPPED_ROLES, "other_field") if len(pairs) > 1 else SWAPPED_ROLES
    for (_, value), (_, label) in pairs:
        role = _label_role(label, 1)
        if (
            _names_a_field(value)
            or field_roles(labelled(value)[0])
            or amounts.line_unit(value)
            or not (role in swapped or (role in MONEY_ROLES and is_amount(value)))
        ):
            return row
    cells = list(row.cells)
    for (at, value), (to, label) in pairs:
        cells[at], cells[to] = label, value
    return replace(row, cells=tuple(cells))


# Roles of the labels a header laid out across prints on a row of their own, their values on
# the row under them (`项目名称 | 主管部门 | 实施单位` over `甲项目 | 某局 | 某中心`).
ACROSS_ROLES = (*SINGLE_FIELDS, "other_field", *SPENDING_ROLES, "score", "rating")


def _values_beside_labels(rows) -> list:
    """The rows with a header laid out across read as label | value pairs: a row of two labels
    or more of single fields only (`ACROSS_ROLES`), over a row printing a cell under each of
    them and nowhere else, none a label, becomes one row of each label followed by the value
    under it; the row of values is then read."""
    out: list = []
    for row in rows:
        above = out[-1] if out else None
        labels = (
            [(col, text) for col, text in enumerate(above.cells) if text.strip()] if above else []
        )
        values = {col: text for col, text in enumerate(row.cells) if text.strip()}
        if (
            len(labels) > 1
            and values.keys() == {col for col, _ in labels}
            and all(_label_role(text, col) in ACROSS_ROLES for col, text in labels)
            and not any(map(field_roles, values.values()))
        ):
            out[-1] = replace(
                above, cells=tuple(t for col, text in labels for t in (text, values[col]))
            )
            continue
        out.append(row)
    return out


def _figures_under_headings(cells, block: _Block) -> bool:
    """Whether a row is figures only under the block's column headings, the first under a
    heading of the first column (`收入预算合计 | 一般公共预算拨款` over `6,842,316.00 | …`)."""
    return 0 in block.headings and all(is_amount(text) for _, text in cells)


def _row_of_figures(cells, role: str | None, block: _Block) -> bool:
    """Whether a row opening with a money heading's label (`基本支出`, `项目支出`) prints only
    figures under the block's headings after it: a row of the block, not a block of its own."""
    return (
        role == "money_heading"
        and len(cells) > 1
        and all(col in block.headings for col, _ in cells[1:])
        and all(_figure(text) for _, text in cells[1:])
    )


def _label_points(label: str) -> str | None:
    """The points a block's label prints in brackets at its end (`预算执行情况（10分）`: `10`)."""
    match = _LABEL_POINTS.search(fold(label))
    return match["points"] if match else None


_LABEL_POINTS = re.compile(
    rf"\((?P<points>\d+(?:\.\d+)?)\s*(?:{'|'.join(vocab.POINTS_UNITS)})\)\s*$"
)


def _points_unheaded(points: str, label: str, row, block: _Block, out: HeaderFields) -> None:
    """The points of a money block's label (`预算执行情况（10分）`) as its 分值, where none of the
    block's headings beside it heads a 分值 column (which prints the block's own)."""
    if not any(role == "weight" for role, _ in block.headings.values()):
        out.amounts.append(Amount("weight", None, None, label, points, None, row.line))


def _money_labels_only(cells) -> bool:
    """Whether cells, two at least, are each a money block's total or part, a total among them
    (`合计 | 本年财政资金 | 上年结转 | 其他资金`), no figure. (Parts alone after a total's label,
    `收入预算合计 | 一般公共预算拨款 | 其他收入`, are headings that total heads.)"""
    roles = [_money_label_role(text, col) for col, text in cells]
    return len(cells) > 1 and "total" in roles and all(role in MONEY_ROLES for role in roles)


def _figure(text: str) -> bool:
    """Whether a money cell prints a figure: an amount, a rate (`95.75%`), points (`9.5分`), a
    no-value mark or a spreadsheet's error in place of a figure (`#DIV/0!`)."""
    bare = fold(text).removesuffix("%")
    for unit in vocab.POINTS_UNITS:
        bare = bare.removesuffix(unit)
    marked = text in vocab.NO_VALUE_MARKS or text.strip().upper() in SPREADSHEET_ERRORS
    return is_amount(bare) or marked


def money_headings(cells) -> bool:
    """Whether cells are a money block's column headings only, two of them measures of its
    money (`年初预算数 | 全年执行数 | 执行率 | 分值`; last year's beside the year's, `上年度预算安排 |
    上年度实际执行 | 本年度申请金额`): then they head the rows below, whatever word the row's
    first cell holds (`项目`, `类别`), or a cell before the measures (`资金来源 | 项目 | …`)."""
    roles = [_label_role(text, col) for col, text in cells]
    spending = sum(role in SPENDING_ROLES for role in roles)
    before = sum(role == "money_before" for role in roles)
    first = next(
        (n for n, role in enumerate(roles) if role in (*SPENDING_ROLES, "money_before")), 0
    )
    return (
        spending >= 1
        and spending + before >= 2
        and all(role in (None, *MONEY_COLUMNS) for role in roles[:first])
        and all(role in MONEY_COLUMNS for role in roles[first:])
    )


def _money_transposed(rows: list) -> list:
    """The rows with a money block printed transposed put back as such blocks print: its fund
    sources heading the columns (` | 年度资金总额 | 其中：当年财政拨款 | 其他资金`, a total among
    them) over a row of each measure (`年初预算数 | 300.00 | 300.00 | 0.00`, 全年执行数, 分值,
    执行率, 得分: two at least, an amount's among them) or of each period (`中期（2025—2027年） |
    186.00 | 171.00 | 15.00`, `2025年度 | 62.00 | …`, under a heading of theirs or none:
    `项目资金（万元） | 期间 | 资金总额 | …`), figures under the sources only, becomes a row of the
    measures' or periods' headings, led by the block's label (in the sources' first cell, or a
    line of its own above them, `项目资金（万元）`), over a row of each fund source and its
    figures, all at the line of the sources' row."""
    for index, row in enumerate(rows[:-1]):
        at = next((col for col, text in enumerate(rows[index + 1].cells) if text.strip()), 0)
        sources = [(col, text) for col, text in enumerate(row.cells) if col > at and text.strip()]
        if not _money_labels_only(sources):
            continue
        columns = [col for col, _ in sources]
        measures = []
        for below in rows[index + 1 :]:
            years = bool(measures) and all(_year_alone(m.cells[at]) for m in measures)
            if not _measure_row(below, at, columns, years):
                break
            measures.append(below)
        roles = {_label_role(m.cells[at]) for m in measures if not _names_total(m.cells[at])}
        if not (len(measures) > 1 and roles & set(AMOUNT_MEASURES)) and roles != {None}:
            continue
        label, start = row.cells[0].strip(), index
        above = rows[index - 1].cells if index else ()
        if not label and prints_alone(above) and _label_role(above[0]) == "money_block":
            label, start = above[0].strip(), index - 1
        headings = replace(row, cells=(label, *(measure.cells[at].strip() for measure in measures)))
        funds = [
            replace(row, cells=(text, *(cell_at(m.cells, col) for m in measures)))
            for col, text in sources
        ]
        return [*rows[:start], headings, *funds, *rows[index + 1 + len(measures) :]]
    return rows


def _measure_row(row, at: int, columns: list[int], after_years: bool) -> bool:
    """Whether a row prints, in column `at` and none before it, a money measure's label
    (`SPENDING_ROLES`, `POINTS_ROLES`) or a period's (`中期（2025—2027年）`, `2025年度`: a label of no
    role its scope words give), or after rows of a year each the total of those years (`合计`),
    and figures under the given columns only."""
    label = cell_at(row.cells, at)
    if any(text.strip() for text in row.cells[:at]) or not (
        _label_role(label) in (*SPENDING_ROLES, *POINTS_ROLES)
        or _names_a_period(label)
        or (after_years and _names_total(label))
    ):
        return False
    filled = [(col, text) for col, text in enumerate(row.cells) if col > at and text.strip()]
    # A year's row may print no figures (`2026年 | | |`, a one-year project's later years).
    return (bool(filled) or _year_alone(label) is not None) and all(
        col in columns and _figure(text) for col, text in filled
    )


def _titled_year(rows) -> int | None:
    """The year the title lines atop a block state (`（2025年度）`), if any."""
    opening = itertools.takewhile(lambda row: prints_alone(row.cells), rows)
    return next(
        (stated_year(text) for row in opening for text in row.cells[:1]
         if (is_title(text) or _is_year_line(text)) and stated_year(text)),
        None,
    )  # fmt: skip


def _year_alone(text: str) -> int | None:
    """The year a label names and nothing else (`2026年`, `2026年度`), if it does."""
    match = _YEAR_ALONE.fullmatch("".join(fold(text).split()))
    return int(match[1]) if match else None


_YEAR_ALONE = re.compile(r"(\d{4})年?度?")


def _names_total(label: str) -> bool:
    return compact(label) in _MONEY_BLOCK_TOTALS


def _years_apart(cells, row, block: _Block, out: HeaderFields) -> dict[int, str]:
    """A money block's headings of a year each, perhaps with their total (济宁's `项目资金申报计划`
    printing one row a year, `2025年 | 2026年 | 2027年 | 合计` once `_money_transposed`): the
    figures of the table's year are the year's (年度), the total's the period's (中期), and
    another year's are fields (`other_field`). Where the table's year is unknown or none of
    them, every year's figures are fields and the headings are noted (`out.years_unmatched`):
    which are the year's, nothing says. Empty for any other row of headings."""
    years = {col: _year_alone(text) for col, text in cells[1:]}
    if not any(years.values()) or not all(
        years[col] or _names_total(text) for col, text in cells[1:]
    ):
        return {}
    if block.year is None or block.year not in years.values():
        printed = [text for col, text in cells[1:] if years[col]]
        out.years_unmatched.append((row.line, printed, block.year))
    for col, year in years.items():
        if year in (None, block.year):
            block.scope_of_heading[col] = "annual" if year else "period"
    return {col: "money_scope" if col in block.scope_of_heading else "other_field"
            for col in years}  # fmt: skip


def _unwrapped(rows) -> list:
    """The rows with a label wrapped in two put back: a row's first filled cell, of no role,
    that the next row's cell under it (none filled before it) completes into a known label
    (`年度` over `履职目标`, `项目起` over `止时间`, `其中：当年财` over `政拨款` in a money
    block's column), or a label over its money unit alone in brackets (`年度预算安排` over
    `（万元）`, `_unit_under`), becomes that label, and the next row continues it (that cell
    left empty); a cell of no role that the next cell of its row, of no role either, completes
    into one (`项目起 | 止时间 | 2023年`) becomes that label, the next cell left empty."""
    rows = [_row_unwrapped(row) for row in rows]
    for index in range(len(rows) - 1):
        above, below = rows[index].cells, rows[index + 1].cells
        col = next((col for col, text in enumerate(above) if text.strip()), 0)
        if any(text.strip() for text in below[:col]) or col >= len(below):
            continue
        head, tail = above[col].strip(), below[col].strip()
        if _completes(head, tail) or _unit_under(head, tail):
            rows[index] = replace(rows[index], cells=_put(above, col, head + tail))
            rows[index + 1] = replace(rows[index + 1], cells=_put(below, col, ""))
    return rows


def _threaded(rows) -> list:
    """The rows with a money block printed in narrow cells, its labels wrapped around their
    figures, put back (`pieces.threaded_around`): labels by their known variants, a money
    unit in brackets ending one (`项目资金（万` is the head of `项目资金（万元）`)."""
    return threaded_around(rows, _begins_money_label, _names_money,
                           lambda text: "money_block" in exact_field_roles(text), is_amount)  # fmt: skip


def _names_money(text: str) -> bool:
    return bool(set(exact_field_roles(text)) & {*MONEY_ROLES, "money_block"})


def _begins_money_label(text: str) -> bool:
    """Whether a text is the head of a money label (`年度资金总`), or a money label then the
    head of its unit in brackets (`项目资金（万`)."""
    head, bracket, unit = simplified(fold(text)).rpartition("(")
    return begins_label(text) or bool(
        bracket
        and _names_money(head)
        and any(f"{unit_name})".startswith(unit) for unit_name in CURRENCY_UNITS)
    )


def _put(cells: tuple[str, ...], col: int, text: str) -> tuple[str, ...]:
    return (*cells[:col], text, *cells[col + 1 :])


def _title_joined(rows) -> list:
    """The rows with a title a PDF broke over two lines one line again (`梅河口市2023年` over
    `部门整体支出绩效目标表`: the title set large, wrapped at the page's width): among the lines
    opening the block, each printed alone, a line that is no title, label, `label：value` line,
    unit, year or sign-off, no heading of the document's (`一、项目支出绩效目标`) nor page
    furniture (`公开11表`), over one that names a table (`_names_a_table`), the two no longer
    than a title is."""
    rows = list(rows)
    opening = list(itertools.takewhile(lambda row: prints_alone(row.cells), rows))
    for index in range(len(opening) - 1):
        head, tail = (row.cells[0].strip() for row in opening[index : index + 2])
        if _names_a_table(tail) and not (
            is_title(head)
            or field_roles(head)
            or column_roles(head)
            or amounts.line_unit(head)
            or _is_year_line(head)
            or is_footer(head)
            or SECTION_HEADING.fullmatch(head)
            or is_page_furniture(head)
            or ":" in fold(head)  # a `label：value` line
            or len(head + tail) > TITLE_MAX_LENGTH
        ):
            rows[index] = replace(rows[index], cells=(head + tail,))
            del rows[index + 1]
            break
    return rows


def _names_a_table(text: str) -> bool:
    """Whether a line is a table's name (`部门整体支出绩效目标表`), no `label：value` line."""
    words = fold(text)
    return is_title(words) and words.endswith(TABLE_NAME_END)


def _row_unwrapped(row):
    cells = _cells_unwrapped(row.cells)
    return row if cells == row.cells else replace(row, cells=cells)


def _cells_unwrapped(cells: tuple[str, ...]) -> tuple[str, ...]:
    cells = list(cells)
    for col in range(len(cells) - 1):
        head, tail = cells[col].strip(), cells[col + 1].strip()
        if _completes(head, tail) and not whole_field_roles(tail):
            cells[col], cells[col + 1] = head + tail, ""
    return tuple(cells)


def _unit_under(head: str, tail: str) -> bool:
    """Whether `tail` is only a money unit in brackets (`（万元）`) under a label of its own
    (`年度预算安排`, `项目资金申请`): the label's unit, wrapped onto the next row."""
    unit = amounts.label_unit(tail)
    return bool(head and unit and field_roles(head)) and matchable(tail).strip("()") == unit


def _completes(head: str, tail: str) -> bool:
    """Whether `tail` completes `head`, a text of no role, into a known label: a variant as
    written (`年度` + `履职目标`), or one by the variant it ends with where `tail`, no label of
    its own, ends that variant (`中央主管部` + `门`)."""
    joined = head + tail
    if not head or not tail or field_roles(head) or compact(joined) == compact(tail):
        return False  # `215` over `一、年度绩效目标完成情况`: a figure and a numbered heading
    return bool(exact_field_roles(joined) or (whole_field_roles(joined) and not field_roles(tail)))


def _single_line(text: str, row, out: HeaderFields) -> None:
    unit = amounts.line_unit(text)
    if unit:
        out.currency_unit = out.currency_unit or unit
    heading = not out.titles and SECTION_HEADING.fullmatch(text)  # a document's, over the title
    if unit or is_title(text) or _is_year_line(text) or heading:
        out.titles.append(text)
    elif is_footer(text):
        out.leftovers.append(Leftover(row.line, row.location, text, "sign-off line"))
    else:
        out.leftovers.append(Leftover(row.line, row.location, text, OUTSIDE_CELLS))


def _wrapped_on(text: str, block: _Block) -> str | None:
    """The field a line alone in its row ends (`vocab.WRAPPED_FIELDS`: a name), where that
    field's value ends on the row read last and the line is a few words printed as one (no
    cells joined by spaces), no title, unit line, year, sentence or note, nor the heading of a
    period's section (`年度绩效信息` under `申报单位 | 某中心`), nor a field of its own
    (`公开日期：2019年2月` under `部门名称：某局`)."""
    role = next((r for r, line in block.single_lines.items() if line == block.last_line), None)
    if (
        role not in vocab.WRAPPED_FIELDS
        or len(text) > vocab.WRAPPED_END_MAX
        or len(text.split()) > 1
        or any(mark in text for mark in vocab.SENTENCE_MARKS)
        or LABELLED_LINE.fullmatch(text)
        or label_scope(text) is not None
        or is_title(text)
        or is_footer(text)
        or amounts.line_unit(text)
        or _is_year_line(text)
    ):
        return None
    return role


def _is_year_line(text: str) -> bool:
    word = "".join(fold(text).split()).strip("()")
    return bool(word) and all(ch.isdigit() or ch in "年度()" for ch in word)


def _years_under_heading(cells, block: _Block) -> dict[int, tuple[str, str]]:
    """A row of years alone (`2023年 | 2024年`) right under a row of headings, each year in the
    column of a heading of no measure of the money (`UNMEASURED_COLUMNS`) or in a column right
    of it that no heading of its own heads: col -> that heading's role and label, with its
    year. Empty where the row is not such a row."""
    if not block.headed or not block.headings or not all(_is_year_line(t) for _, t in cells):
        return {}
    years = {}
    for col, text in cells:
        left = max((at for at in block.headings if at <= col), default=None)
        if left is None or block.headings[left][0] not in UNMEASURED_COLUMNS:
            return {}
        role, label = block.headings[left]
        years[col] = (role, f"{label}{text.strip()}")
    return years


def _goal_headings_only(cells) -> bool:
    """Whether a row's cells, two or more, are each the heading of a goal of its own kind
    (`项目年度目标 | 年度目标完成情况`, `预期目标 | 实际完成情况`)."""
    roles = [_label_role(text, col) for col, text in cells]
    return len(roles) > 1 and all(role in GOALS for role in roles) and len(set(roles)) == len(roles)


def _sub_headings(cells, block: _Block) -> bool:
    """Whether a row continuing a money block under its column headings is headings again, of
    the columns a heading above spans (`资金总额 | 按收入性质分 |  | 按支出性质分` over `| |
    一般公共预算拨款 | 政府性基金拨款 | 基本支出 | 项目支出`), or of the next group's figures
    (`按支出性质分 | 资金总额 | 基本支出 | 项目支出` under the 按收入性质分 group's): labels of
    money only, a group's among them, no figure."""
    return (
        block.role in MONEY_BLOCKS
        and bool(block.headings)
        and len(cells) > 1
        and all(
            _block_role(text, block, col, cells) in (*MONEY_ROLES, *MONEY_COLUMNS)
            or compact(text) in vocab.MONEY_GROUP_LABELS
            for col, text in cells
        )
    )


def _money_parts_under_items(cells, block: _Block) -> bool:
    """Whether a row continuing an itemised block parts the money heading of its items
    (`年度主要任务 | 任务名称 | 主要内容 | 预算金额（万元）` over `| | | 总额 | 财政拨款 | 其他资金`, the
    standard 部门整体支出绩效目标申报表): money labels only, each in or right of the column of a
    money heading, the nearest heading left of it. They head the items' cells, and the
    figures of the block's total row (`_money_total_under_items`)."""
    if block.role not in ITEMISED_BLOCKS or not block.headings:
        return False
    for col, text in cells:
        left = max((at for at in block.headings if at <= col), default=None)
        if left is None or block.headings[left][0] not in MONEY_ROLES:
            return False
        if _money_label_role(text, col) not in MONEY_ROLES:
            return False
    return True


def _money_label_role(text: str, col: int) -> str | None:
    """The role of a money block's label or heading: its label's, and for a money block's total
    label (`合计 | 本年财政资金`; `合计 | 一般公共预算 | 其他` parting `预算金额`), the total."""
    return "total" if compact(text) in _MONEY_BLOCK_TOTALS else _label_role(text, col)


def _moved_under_headings(cells, block: _Block) -> list:
    """A row of a block with column headings, moved back under them where a converter that
    drops merged cells moved it left (a label's cell merged down the block's rows); the row as
    it is otherwise (most rows): a goals block's values (`_goals_moved`), an itemised block's
    money (`_items_moved`), a money block's figures (`_figures_moved`), or its money labels
    side by side (`_pairs_moved`)."""
    if (
        block.role in (*MONEY_BLOCKS, *MONEY_ROLES)
        and len(set(block.scope_by_col.values()) - {None}) > 1
        and (moved := _pairs_moved(cells, block)) is not cells
    ):
        return moved
    if not block.headings:
        return cells
    if block.role in GOALS:
        return _goals_moved(cells, block)
    if block.role in ITEMISED_BLOCKS:
        return _items_moved(cells, block)
    if block.role in (*MONEY_BLOCKS, *MONEY_ROLES):
        if (moved := _money_headings_moved(cells, block)) is not cells:
            return moved
        # Under the measures (`项目资金 | | 年初预算数 | 全年预算数 | …` over `年度资金总额 | 500 |
        # 480 | …`): the figures go under them, the label stays.
        heads = [col for col, (role, _) in block.headings.items() if role in _FIGURE_HEADINGS]
        return _figures_moved(cells, block, heads, _FIGURE_HEADINGS, whole=False)
    return cells


def _money_headings_moved(cells, block: _Block) -> list:
    """A money block's row of headings from the first column, under its groups' headings
    (`按收入性质分 | | 按支出性质分` over `一般公共预算拨款 | 政府性基金拨款 | 基本支出 | 项目支出`)
    from the first group's column on, or under the first heading spanning as many columns; and a
    row of figures alone from the first column, as many as the block's headings right of its
    label (none heading the first column): one under each, in order."""
    if cells[0][0] != 0 or len(cells) < 2:
        return cells
    heads = sorted(col for col in block.headings if col > 0)
    money = (*MONEY_ROLES, "money_heading")
    if all(_block_role(text, block, col, cells) in money for col, text in cells):
        # Under the groups, or under a heading spanning as many columns (`全年预算数` over
        # `合计 | 其中：财政拨款 | 上年结转 | 其他资金`, the next heading four columns on).
        groups = [col for col in heads if block.headings[col][0] in BLOCK_ROLES]
        spans = [col for col, end in itertools.pairwise(heads) if end - col == len(cells)]
        if start := (groups or spans)[:1]:
            return [(start[0] + index, text) for index, (_, text) in enumerate(cells)]
    if 0 not in block.headings and len(cells) == len(heads) and all(_figure(t) for _, t in cells):
        return [(col, text) for col, (_, text) in zip(heads, cells, strict=True)]
    return cells


# The headings a money block's figures stand under: its measures and points, its scopes, and
# its money's parts (`合计 | 财政拨款 | 其他资金` over a row of figures); not the heading of the
# labels' column (`项目`, `资金来源`).
_FIGURE_HEADINGS = (*MONEY_COLUMNS[1:], *MONEY_ROLES)


def _pairs_moved(cells, block: _Block) -> list:
    """A row of label | figure pairs side by side under the block's columns of different
    periods (`其中：财政拨款 | 2,400.00 | 其中：财政拨款 | 800.00` under `实施期资金总额 | … |
    年度资金总额 | …`; a part the vocabulary lacks, `县级配套`, too), moved right as a whole
    where then each label stands in a period's column, in order."""
    texts = [text for _, text in cells]
    if len(texts) % 2 or not all(map(_figure, texts[1::2])) or any(map(_figure, texts[::2])):
        return cells
    labels = [col for col, _ in cells[::2]]
    scoped = sorted(col for col, scope in block.scope_by_col.items() if scope)
    shift = scoped[0] - labels[0] if labels and len(labels) == len(scoped) else 0
    if shift <= 0 or [col + shift for col in labels] != scoped:
        return cells
    return [(col + shift, text) for col, text in cells]


def _first_goal_heading(block: _Block) -> str | None:
    """The goal under the first of a goals block's headings of two goals or more (`预期目标 |
    实际完成情况`), or None."""
    goals = [GOALS.get(role) for col, (role, _) in sorted(block.headings.items()) if col > 0]
    return goals[0] if len(goals) > 1 and all(goals) else None


def _goals_moved(cells, block: _Block) -> list:
    """A goals block's values (`年度总体目标 | 预期目标 | 实际完成情况` over `完成… | 完成…`, the
    label's merged cell dropped, or a goal's cell spanning the columns a heading's does not, a
    PDF's text placed by where it stands): as many as its goal headings, no label among them,
    each under its heading or left of it, under it in order."""
    goals = sorted(col for col in block.headings if col > 0)
    if (
        goals
        and all(block.headings[col][0] in GOALS for col in goals)
        and len(cells) == len(goals)
        and all(col <= goal for (col, _), goal in zip(cells, goals, strict=True))
        and not any(_label_role(text, col) for col, text in cells)
    ):
        return [(col, text) for col, (_, text) in zip(goals, cells, strict=True)]
    return cells


def _items_moved(cells, block: _Block) -> list:
    """An itemised block's row under its money headings (the item headings' cells merged down
    beside the money heading's parts dropped too): the money heading's parts (`总额 | 财政拨款 |
    其他资金` from the first column) go under it, from its column on; an item's figures
    (`高标准农田建设 | 新建… | 1,200.00 | 1,000.00`) under the money headings in order, the
    item's other cells moved with them; the total row's (`金额合计 | 1,350.00 | …`) likewise,
    its label staying."""
    money = sorted(col for col, (role, _) in block.headings.items() if role in MONEY_ROLES)
    if _opens_money_block(cells):
        return cells
    if not money or money[0] == 0:
        return _task_moved(cells, block)
    if (
        money == [max(block.headings)]
        and cells[0][0] == 0
        and len(cells) > 1
        and all(_label_role(text, col) in MONEY_ROLES for col, text in cells)
    ):
        return [(money[0] + index, text) for index, (_, text) in enumerate(cells)]
    total = compact(cells[0][1]) in _MONEY_BLOCK_TOTALS
    if (moved := _figures_moved(cells, block, money, MONEY_ROLES, whole=not total)) is not cells:
        return moved
    return _task_moved(cells, block)


def _opens_money_block(cells) -> bool:
    """Whether a row in the label column is a money block's label before its first money label
    (`年度预算资金 | 资金总额 | 20,199,340.00` after the department's tasks, 钦北): the block
    of the department's money, no item of the tasks above it."""
    return (
        len(cells) > 1
        and cells[0][0] == 0
        and _label_role(cells[0][1], 0) == "money_block"
        and _label_role(cells[1][1], cells[1][0]) in MONEY_ROLES
    )


def _task_moved(cells, block: _Block) -> list:
    """A department's task moved left onto its block label's column (`国土空间规划编制 | 完成…`
    under `年度主要任务 | 任务名称 | 主要内容`, the label merged down the tasks' rows): where the
    task headings start right of the label, a row of words (its figures are `_figures_moved`'s)
    whose first cell names no label and that fits under them moved right by one."""
    if (
        block.role == "duty_block"
        and block.headings.get(1, ("",))[0] == "duty_heading"
        and cells[0][0] == 0
        and not _label_role(cells[0][1])
        and cells[-1][0] < max(block.headings)
        and not any(_figure(text) for _, text in cells)
    ):
        return [(col + 1, text) for col, text in cells]
    return cells


def _figures_moved(cells, block: _Block, heads: list[int], roles, whole: bool) -> list:
    """The row with its figures (amounts, or a mark for none: `—`) moved right onto the
    headings `heads`, the first onto the first, and with them the cells before them if `whole`;
    only where the first figure stands left of the headings, and every cell, from it to the
    row's end, then stands under a heading of `roles`, a figure but under a reasons' heading
    (`原因`: its words) (a row of figures alone: `350.00 | 300.00` under `合计 | 本年财政资金`,
    the label column's cell dropped)."""
    start = next((index for index, (_, text) in enumerate(cells) if _figure(text)), None)
    if not heads or start is None or cells[start][0] >= min(heads):
        return cells
    shift = min(heads) - cells[start][0]
    moved = [(col + shift if index >= start or whole else col, text)
             for index, (col, text) in enumerate(cells)]  # fmt: skip
    under = [(block.headings.get(col, ("",))[0], text) for col, text in moved[start:]]
    if not all(role in roles and (_figure(text) or role == "reason") for role, text in under):
        return cells
    return moved


def _placed(cells) -> tuple[str, ...]:
    """A row's cells from (column, text) pairs, the columns between them empty."""
    row = [""] * (max(col for col, _ in cells) + 1)
    for col, text in cells:
        row[col] = text
    return tuple(row)


def _money_total_under_items(cells, block: _Block) -> bool:
    """Whether a row is the total of an itemised block's money (`金额合计 | | | 1,350.00 |
    1,150.00 | 200.00` under `总额 | 财政拨款 | 其他资金`): a money block's total label, or 小计
    (`MONEY_BLOCK_TOTAL_LABELS`, `ITEMS_TOTAL_LABELS`), in the label column or left of the
    money headings (under the items' names: `| 合计 | | 262,811,100.00`) then figures only, each
    under a money heading of the block. The items are the department's tasks, their money fields; this row is its
    money, unless a money block gave it already (`_totals_by_heading`)."""
    money = [col for col, (role, _) in block.headings.items() if role in MONEY_ROLES]
    return (
        block.role in ITEMISED_BLOCKS
        and len(cells) > 1
        and (cells[0][0] == 0 or cells[0][0] < min(money, default=0))
        and (compact(cells[0][1]) in _MONEY_BLOCK_TOTALS or _items_subtotal(cells[0][1]))
        and all(
            block.headings.get(col, ("",))[0] in MONEY_ROLES and is_amount(text)
            for col, text in cells[1:]
        )
    )


def _items_subtotal(label: str) -> bool:
    """Whether an itemised block's row label is a subtotal (`小计`), of a part of its items
    or all of them, said in a note or before it (`小计（基本支出）`, `项目支出小计`)."""
    word = _NOTE_IN_BRACKETS.sub("", compact(label))
    return word.endswith(_ITEMS_SUBTOTALS)


_NOTE_IN_BRACKETS = re.compile(r"[（(][^（()）]*[)）]")


def _totals_by_heading(cells, row, block: _Block, out: HeaderFields) -> None:
    """The figures of an itemised block's total row, each the money its column's heading
    names (总额 the total, 财政拨款 and 其他资金 its parts), in the heading's unit, and each the
    total of the items' figures under it since the total before it: a 小计 those after the
    subtotal before it, a 合计 every one (a 合计 closing `小计 … 小计` sums the tasks, so a
    wrong 小计 is blamed alone).

    The tasks' money (`_tasks_total_given`) is a 合计's figures, or a 小计's that closes the
    block's first items while no subtotal or item after it says it summed only some
    (`_pairs`). Where a money block gives the department's total, above the tasks or below
    them (`资金总额` over 基本支出 and 项目支出), the tasks' total is only theirs."""
    label = cells[0][1]
    out.labels_seen.append(label)
    subtotal, first = _items_subtotal(label), not block.subtotaled
    money = []
    for col, text in cells[1:]:
        role, heading = block.headings[col]
        unit = amounts.cell_unit(text) or amounts.label_unit(heading) or block.unit
        unit = unit or out.currency_unit
        money.append(Amount(role, label_scope(heading), None, heading, text, unit, row.line))
        figures = block.item_figures.get(col, [])
        if subtotal:
            items = tuple(figures[block.subtotaled.get(col, 0) :])
            block.subtotaled[col] = len(figures)
        else:
            items = tuple(block.item_figures.pop(col, ()))
            block.subtotaled.pop(col, None)
        out.item_totals.append(ItemTotal(label, heading, text, items, unit, row.line))
    out.tasks_money = money if first or not subtotal else []


def _headings(cells, row, block: _Block, out: HeaderFields) -> None:
    block.headed = True
    out.labels_seen.extend(text for _, text in cells)
    block.unit = block.unit or next(filter(None, (amounts.label_unit(t) for _, t in cells)), None)
    roles = {col: _block_role(text, block, col, cells) for col, text in cells[1:]}
    if set(roles.values()) & {"executed", "execution_rate"}:
        # Beside 执行数 or 执行率, a 预算数 heading is the year's budget the execution is of.
        roles = {col: "budget_adjusted" if r == "total" else r for col, r in roles.items()}
    roles |= _changes_beside_adjusted(cells, roles) | _years_apart(cells, row, block, out)
    if block.role == "duty_block":
        # A task's achievement beside its money (`年度主要任务 | 任务名称 | … | 执行数 | 实际完成情况`):
        # each task's own field, not the department's goal achieved; and the source of funds a
        # part of the tasks is paid from, merged down them left of their names (五通桥: `资金来源
        # | 任务名称 | …` over `一般公共预算 | 机关运行保障 | …`), each task's cell.
        tasks = min((col for col, r in roles.items() if r == "duty_heading"), default=-1)
        roles = {
            col: "duty_heading" if r in GOALS or (r == "money_heading" and col < tasks) else r
            for col, r in roles.items()
        }
    spanned = _measures_above(cells, block)
    for (before, left), (col, text) in itertools.pairwise(cells):
        if _written_again(before, left, col, text) and before in block.headings:
            # One heading merged across columns, written into each (`年度目标 | 年度目标`).
            block.headings[col] = block.headings[before]
            continue
        role = roles[col]
        if col in spanned:
            # Under a measure heading that spans it, a 合计 is that measure of the whole block,
            # and a fund's heading that fund's part of it.
            role = spanned[col] if role == "total" else role
            block.measure_by_col[col] = spanned[col]
        block.headings[col] = (role, text)
        if role in GOALS:
            out.goal_order.append(GOALS[role])
        if role in MONEY_ROLES:
            block.scope_by_col[col] = label_scope(text)
            out.amounts.append(Amount(role, label_scope(text), None, text, "", None, row.line))


def _changes_beside_adjusted(cells, roles: dict[int, str | None]) -> dict[int, str]:
    """The adjusted budget's headings that are the change (`调整预算数`) beside one saying the
    budget after it (`调整后预算数`: `vocab.ADJUSTED_BUDGET_WORDS`), as `budget_change`."""
    adjusted = {col: compact(text) for col, text in cells if roles.get(col) == "budget_adjusted"}
    after = [
        col for col, word in adjusted.items() if any(w in word for w in vocab.ADJUSTED_BUDGET_WORDS)
    ]
    if not after or len(after) == len(adjusted):
        return {}
    return {col: "budget_change" for col in adjusted if col not in after}


def _measures_above(cells, block: _Block) -> dict[int, str]:
    """For a row of headings under the block's (`_sub_headings`), the money measure (年初预算数,
    全年预算数, 全年执行数) each of its money headings stands under: the heading above it, or
    the nearest one left of it where the row above is blank (a heading merged across columns)."""
    above = sorted(block.headings.items())
    spanned = {}
    for col, text in cells[1:]:
        left = [(role, label) for at, (role, label) in above if at <= col]
        role = left[-1][0] if left else None
        if role in AMOUNT_MEASURES and _block_role(text, block, col, cells) in MONEY_ROLES:
            spanned[col] = role
    return spanned


def _pairs(cells, row, block: _Block, out: HeaderFields) -> None:
    """A row of label, value(s), label, value(s) …; values under headings go by column."""
    label: tuple[int, str, str | None] | None = None  # (col, text, role)
    passed = None  # a goal label given no value right before `label`, a goal's of another scope
    valued = True
    before = len(out.amounts)
    items = _units_joined(list(_split_labelled(_period_joined(cells), out)))
    for index, (col, text, given) in enumerate(items):
        if index and _spans_on(items[index - 1], (col, text, given), block):
            continue
        # The value half of a `label:value` cell; a task's text under its heading
        # (`支出项目名称 | 基本支出`), no label whatever it says.
        if given or (
            block.role == "duty_block" and block.headings.get(col, ("",))[0] == "duty_heading"
        ):
            _value(col, text, label, row, block, out)
            valued = True
            continue
        role = _block_role(text, block, col, cells)
        if (
            role
            and label
            and not valued
            and label[2] == "project_name"
            and not (index + 1 < len(items) and _figure(items[index + 1][1]))
        ):
            role = None  # a name ending as a label does (`基本公共卫生服务市级配套`): the value
        if not role and valued and label and label[2] in GOALS and _goal_part(text):
            _value(col, text, label, row, block, out)  # `年度目标 | 1.… | 2.…`: one goal
            continue
        if (role == "money_block" or compact(text) in _HEADING_AMOUNTS) and _figure_of_its_own(
            items[index + 1 : index + 2], block
        ):
            role = "total"  # `项目资金：460.00万元`, `年度预算数 | 62.40`: the whole
        if not role and _names_a_field(text) and index + 1 < len(items):
            role = "goal_annual"  # `绩效目标 | 完成…`: a label before its value, no title
        if (
            block.role == "cost_block"
            and role in MONEY_ROLES
            and role != "total"
            and col == items[0][0]
        ):
            role = None  # an expense named as a fund is (`4、其他`): an item of the costs
        unit = amounts.line_unit(text)
        if unit and not role:
            out.currency_unit = out.currency_unit or unit
            out.labels_seen.append(text)
            continue
        if (
            not role
            and block.role == "money_block"
            and block.headings.get(col, ("",))[0] not in MONEY_COLUMNS[1:]
            and not is_amount(text)
            and _has_value_after(cells, col)
        ):
            role = "detail"  # an itemised line of the money block (`1、一般公共预算 | 6.30`)
        elif (
            not role
            and block.role in ITEMISED_BLOCKS
            and col == cells[0][0]
            and col not in block.headings
        ):
            # An item of a cost or duty block (`助餐补贴 | 180 | 按每餐3元测算`), its row's first
            # cell (the block's label merged down the column before it: 大庆's `| 1.疫苗采购 | …`).
            role = "item"
        elif not role and (
            _label_of_no_value(text) or _unknown_label(col, label, valued, cells, row, block)
        ):
            role = "unknown"
            out.unknown_labels.append((row.line, text))
        if role:
            if not valued:
                _blank_amount(label, row, block, out)
            passed = label if _goal_passed(label, valued, col, role) else None
            if role in BLOCK_ROLES:
                label, valued = None, True
            else:
                label, valued = (col, text, role), False
                block.last_by_col[col] = (role, text)
                _label_only(col, text, role, block)
            out.labels_seen.append(text)
            continue
        if passed and label and not valued and col == label[0] + 1:
            out.goals_joined.append((row.line, passed[1], label[1]))
        _value(col, text, label, row, block, out)
        valued = True
    if not valued:
        _blank_amount(label, row, block, out)
    out.amounts[before:] = _parts_of_scoped_total(out.amounts[before:])


def _goal_passed(label, valued: bool, col: int, role: str) -> bool:
    """Whether a goal label of one scope, given no value, stands right before a goal label of
    another (`预期目标 | 实际完成情况`): the text after the second may be both goals', nothing
    telling where the first ends (a text one cell a line prints them one after the other). A
    heading over the goals of each scope (`总体目标 | 实施期目标`) is no goal of its own."""
    return bool(
        label
        and not valued
        and col == label[0] + 1
        and label[2] in GOALS
        and role in GOALS
        and GOALS[label[2]] != GOALS[role]
        and compact(label[1]) not in _GOAL_HEADINGS
    )


def _parts_of_scoped_total(row: list[Amount]) -> list[Amount]:
    """A row's money cells with the fund parts printed after a total of a period, and of
    none of their own, given its period (`中期资金总额 | 1,260.00万元 | 其中：财政拨款 |
    1,260.00万元 | 其他资金 | 0.00万元`, the 年度 total and its parts on a row of their own):
    that total's parts, not the year's. Shares by level of government (`项目总投资 | 850 |
    中央补助安排 | 0 | 省级财政安排 | 200`, over the year's `预算申报数`) are the year's, as
    every share of a form (`_SHARES`)."""
    scope = None
    out = []
    for amount in row:
        if amount.role == "total":
            scope = amount.scope
        elif (
            amount.role in vocab.FUND_PART_ROLES
            and amount.scope is None
            and scope
            and compact(amount.label) not in _SHARES
        ):
            amount = replace(amount, scope=scope)
        out.append(amount)
    return out


_SHARES = frozenset(map(compact, vocab.SHARE_PART_LABELS))


def _period_joined(cells) -> list:
    """A row with a project period's value printed over three cells round its range mark
    (`起止时间 | 43831 | 至 | 44196`, a sheet's cells) read with that value in one cell."""
    for at, (col, text) in enumerate(cells[:-3]):
        (_, start), (_, mark), (_, end) = cells[at + 1 : at + 4]
        if (
            _label_role(text, col) == "period"
            and mark.strip() in vocab.PERIOD_RANGE_MARKS
            and not field_roles(start)
            and not field_roles(end)
        ):
            return [*cells[: at + 1], (cells[at + 1][0], start + mark + end), *cells[at + 4 :]]
    return cells


_BARE_AMOUNT_WORDS = frozenset(map(compact, vocab.BARE_AMOUNT_WORDS))


def _parts_headed(block: _Block) -> bool:
    """Whether a money block's headings name a part of its total (`财政拨款`, `其他资金`)."""
    return any(heading[0] in vocab.FUND_PART_ROLES for heading in block.headings.values())


def _wraps_onto(value: str, text: str) -> bool:
    """Whether a line alone may be the rest of a field's text wrapped onto it: the text ends no
    sentence, and the line is no title, note, unit line or year."""
    return not (
        ends_sentence(value)
        or is_title(text)
        or is_footer(text)
        or amounts.line_unit(text)
        or _is_year_line(text)
    )


def _goal_goes_on(goal: str, text: str) -> str:
    """A goal's text with its next line: on a line of its own where the goal ends a sentence or
    the line opens a part of its own (`目标2：…`), else joined on, the goal's line wrapped there
    (`淘汰燃煤` over `小锅炉40台，…`)."""
    if ends_sentence(goal) or _goal_part(text):
        return f"{goal}\n{text}"
    return goal + text.strip()


def _goal_part(text: str) -> bool:
    """Whether a cell opens with a part's number and its mark (`2.新建…`, `(3)提高…`,
    `二、…`; `vocab.GOAL_PART_MARKS`), or with a word and a number and a colon (`目标2：…`;
    `vocab.GOAL_PART_WORDS`), words after it (a figure too after a word's colon: `目标2：11月
    30日前…`), not a decimal (`2.5万亩`)."""
    body = simplified(fold(text)).lstrip("(")  # a mirror's 目標 is 目标
    word = next((w for w in vocab.GOAL_PART_WORDS if body.startswith(w)), "")
    body = body.removeprefix(word)
    digits = "0123456789" if body[:1].isdigit() else vocab.GOAL_PART_NUMERALS
    after = body.lstrip(digits)
    mark, rest = after[:1], after[1:].strip()
    marks = ":" if word else vocab.GOAL_PART_MARKS
    return after != body and mark in marks and rest[:1] not in ("", *("" if word else digits))


def _label_of_no_value(text: str) -> bool:
    """Whether a cell is a label its colon closes, no value after it and no figure in it
    (`事业收入： | 经营性收入： | 其他：`, a template's money parts left unfilled): a label the
    vocabulary lacks, never a value."""
    head, tail = labelled(text)
    return (
        fold(text).rstrip().endswith(":")
        and not tail.strip()
        and bool(compact(head))
        and not any(map(str.isdigit, head))
    )


def _unknown_label(col, label, valued, cells, row, block: _Block) -> bool:
    """A cell of no known role where a label belongs (heading its row, or after a label with its
    value) and with a cell after it: a label the vocabulary lacks (`项目编码 | 123`)."""
    if not row.cells[0].strip() or col in block.headings or not any(c > col for c, _ in cells):
        return False
    return col == 0 or (label is not None and valued)


def _money_scope(label: str, role: str | None, inherited: str | None) -> str | None:
    """The period a money label's figure is of: the one its words say (`label_scope`), else the
    one it stands under (`inherited`: a heading's, or the total's above it in its column). A
    fund part's scope word that tells this year's money from the money carried over
    (`当年财政拨款` beside `上年结转资金`: `vocab.PART_YEAR_WORDS`) says the period only where
    nothing else does: under `中期资金总额` the part is of the 中期 total."""
    if role not in ("fiscal_part", "other_part"):
        return label_scope(label) or inherited
    bare = functools.reduce(
        lambda text, word: text.replace(word, ""), vocab.PART_YEAR_WORDS, matchable(label)
    )
    return label_scope(bare) or inherited or label_scope(label)


def _blank_amount(label, row, block: _Block, out: HeaderFields) -> None:
    """A money label printed with no figure: kept, so that no total is made up without it."""
    col, text, role = label
    if role in MONEY_ROLES:
        scope = _money_scope(text, role, block.scope_by_col.get(col))
        out.amounts.append(Amount(role, scope, None, text, "", None, row.line))


def _joined_by_spaces(text: str) -> tuple[str, ...] | None:
    """The cells of a row of label | value pairs a converter joined with spaces into one
    (`主管部门 某局 实施单位 某中心`): every other word the label of a single field (项目名称,
    主管部门, 实施单位 …), the words between them no label; None for any other line."""
    folded = fold(text)
    words = tuple(folded.split())
    labels, values = words[::2], words[1::2]
    if len(words) < 2 or len(words) % 2 or ":" in folded or any(map(field_roles, values)):
        return None  # `填报单位:(盖章) 单位:万元` holds its labels' values itself
    single = all(set(field_roles(label)) & set(SINGLE_FIELDS) for label in labels)
    return words if single else None


def _item_words(text: str, block: _Block) -> tuple[str, ...] | None:
    """The cells of an itemised block's row a converter joined with spaces into one (`文物保护
    修缮文物保护单位3处 120.00`, `金额合计 200.00`): its words, as many as the block's headings
    right of its label, or up to one more and the last a figure (an item's money, or the total
    row's); None otherwise. `_moved_under_headings` then puts them under the headings."""
    heads = [col for col in block.headings if col > 0]
    if block.role not in ITEMISED_BLOCKS or not heads:
        return None
    words = tuple(text.split())
    figured = _figure(words[-1]) and len(words) <= len(heads) + 1
    return words if len(words) > 1 and (figured or len(words) == len(heads)) else None


def _labels_a_value(word: str) -> bool:
    """Whether a word is a field's label and its value (`其他资金:0.00`), not a unit line
    (`单位:万元`, which ends `填报单位:(盖章) 单位:万元`, a line kept whole)."""
    head, tail = labelled(word)
    return bool(tail.strip()) and bool(field_roles(head)) and not amounts.line_unit(word)


def _split_labelled(cells, out: HeaderFields):
    """`项目名称:甲项目` in one cell is the label and its value (the cell is kept as a label); a
    cell of such words joined by spaces (`资金总额:86.50 其中:财政拨款:86.50`) is each of them,
    and so is a money sentence's each clause (`_money_clauses`); a money block's group heading
    before its first row's label (`按收入性质分：财政拨款`) is that row's label."""
    for col, text in cells:
        if clauses := _money_clauses(text):
            out.labels_seen.append(text)
            for label, figure in clauses:
                yield col, label, False
                yield col, figure, True
            continue
        words = text.split()
        if len(words) > 1 and all(map(_labels_a_value, words)):
            yield from _split_labelled([(col, word) for word in words], out)
            continue
        head, tail = labelled(text)
        if tail.strip() and compact(head) in vocab.MONEY_GROUP_LABELS and field_roles(tail):
            out.labels_seen.append(text)
            yield col, tail.strip(), False
        elif tail.strip() and _names_a_field(head) and not field_roles(text):
            if amounts.line_unit(text):  # `单位:万元`
                yield col, text, False
                continue
            out.labels_seen.append(text)
            yield col, head, False
            yield col, tail.strip(), True
        else:
            yield col, text, False


# A money sentence's clause marks, outside figures (`,` between digits groups thousands).
_CLAUSE_MARKS = re.escape(vocab.MONEY_CLAUSE_MARKS)
_MONEY_CLAUSE_MARK = re.compile(rf"(?<!\d)[{_CLAUSE_MARKS}]|[{_CLAUSE_MARKS}](?!\d)")
# Parts in brackets after a figure (`财政拨款：600万元（其中：上级财政资金：450万元；本级财政：
# 150万元）`): after a part's, what that part is made of, no parts of the total beside it.
_PARTS_OF_A_PART = re.compile(rf"\((?:{'|'.join(map(re.escape, vocab.SUB_ROW_WORDS))})[^()]*\)")


@functools.lru_cache(maxsize=2**14)
def _money_clauses(text: str) -> tuple[tuple[str, str], ...]:
    """The (label, figure) of each clause of a money block written as one sentence
    (`年度资金总额350万元，其中：财政资金300万元，其他资金50万元。`: clauses parted by
    `vocab.MONEY_CLAUSE_MARKS` outside figures, each a money label glued to its amount), also
    after the money block's label and its colon (`项目资金：年度资金总额500万元，…`); none unless
    every clause is one."""
    text = _PARTS_OF_A_PART.sub(_parts_of_the_total, fold(text))
    head, tail = labelled(text)
    if tail.strip() and _label_role(head) == "money_block":
        text = tail
    out = []
    for clause in filter(None, _MONEY_CLAUSE_MARK.split(text)):
        label, figure = _clause_parts(clause)
        if not label or _label_role(label) not in MONEY_ROLES or not is_amount(figure):
            return ()
        out.append((label, figure))
    return tuple(out)


def _clause_parts(clause: str) -> tuple[str, str]:
    """A money clause's label and its figure, parted at the first digit (`财政拨款：600万元`:
    `财政拨款`, `600万元`); no label where it opens with a digit, no figure where it has none."""
    at = next((i for i, char in enumerate(clause) if char.isdigit()), len(clause))
    return (labelled(clause[:at])[0] if at else ""), clause[at:]


def _units_joined(items: list) -> list:
    """The items of a row with a unit's label ending in its colon, or a unit's label alone,
    and the unit in the next cell (`单位： | 万元`, `金额单位 | 万元`: a workbook's two cells)
    one item (`单位：万元`), read as one cell is."""
    out: list = []
    for item in items:
        label = fold(out[-1][1]).strip() if out and not out[-1][2] else ""
        if label.endswith(":") or label in CURRENCY_LABELS:
            joined = out[-1][1].strip() + ("" if label.endswith(":") else "：") + item[1]
            if amounts.line_unit(joined) and not amounts.line_unit(out[-1][1]):
                out[-1] = (out[-1][0], joined, None)
                continue
        out.append(item)
    return out


def _parts_of_the_total(bracket: re.Match) -> str:
    """A bracket of parts (`_PARTS_OF_A_PART`) kept where it follows the total's figure
    (`资金总额：450万元（其中：市级资金300万元，区级资金150万元）`: the total's parts), dropped where
    it follows a part's (`财政拨款：600万元（其中：上级…450万元；本级…150万元）`)."""
    before = [c for c in _MONEY_CLAUSE_MARK.split(bracket.string[: bracket.start()]) if c]
    label = _clause_parts(before[-1])[0] if before else ""
    return bracket.group() if _label_role(label) == "total" else ""


def _measured(block: _Block) -> bool:
    """Whether a block's column headings say the measure of the figures under them (a
    self-evaluation's 年初预算数, 全年预算数, 全年执行数)."""
    return any(role in AMOUNT_MEASURES for role, _ in block.headings.values())


def _figure_of_its_own(following, block: _Block) -> bool:
    """Whether a money block's label is followed by an amount of its own (`项目资金：460.00万元`,
    `资金情况 | 100`) rather than by the label of a part or a figure under a column heading."""
    return any(is_amount(text) and col not in block.headings for col, text, _ in following)


def _written_again(before: int, left: str, col: int, text: str) -> bool:
    """Whether a cell is its left neighbour written again: one merged cell a converter wrote
    into every column it spans (`年度资金总额 | 120.00 | 120.00 | 120.00`)."""
    return before == col - 1 and left == text


def _spans_on(left, item, block: _Block) -> bool:
    """Whether a cell of a label | value row is the cell left of it written again
    (`_written_again`) under the same heading or none: one cell, read once. Under headings of
    their own, equal figures are two (`合计 | 财政拨款` over `100 | 100`)."""
    (before, left_text, left_given), (col, text, given) = left, item
    return (
        not (given or left_given)
        and _written_again(before, left_text, col, text)
        and block.headings.get(col) == block.headings.get(before)
    )


def _has_value_after(cells, col: int) -> bool:
    later = [text for c, text in cells if c > col]
    return bool(later) and is_amount(later[0])


def _label_only(col: int, text: str, role: str, block: _Block) -> None:
    if role in MONEY_ROLES:
        block.scope_by_col[col] = _money_scope(text, role, block.scope_by_col.get(col))


def _value(col, text, label, row, block: _Block, out: HeaderFields) -> None:
    heading = block.headings.get(col)
    if label is None and heading is None:
        # A value with no label in its row: the continuation of the same column above it.
        above = block.last_by_col.get(col - 1) or block.last_by_col.get(col)
        if above is None or _under_money_label(col, text, above, block):
            out.leftovers.append(Leftover(row.line, row.location, text, "a value without a label"))
            return
        label = (col - 1, above[1], above[0])
        role = above[0]
        if role in out.single and block.single_lines.get(role) == block.last_line:
            # The end of a single field's value wrapped onto the next row (`…补助资金（城镇老旧`
            # over `小区改造）`): one value.
            out.single[role] += text
            block.single_lines[role] = row.line
            return
    if label is None:
        # A figure under a heading, no label in its row: the heading's; a period's heading that
        # names a total (`中期资金总额 | 年度资金总额` over `2,400.00 | 800.00`) that period's total,
        # in a row of figures alone (beside a label the vocabulary lacks, a part's).
        named = (
            heading[0] == "money_scope"
            and _label_role(heading[1]) == "total"
            and all(_figure(cell) for cell in row.cells if cell.strip())
        )
        label = (col, heading[1], "total" if named else heading[0])
        heading = None
    label_col, label_text, role = label
    unit = amounts.label_unit(label_text) or block.unit or out.currency_unit
    if heading and heading[0] in UNMEASURED_COLUMNS and label_col != col:
        out.fields.append((f"{_field_label(label_text)}/{heading[1]}", text))
    elif (
        (role in (*MONEY_ROLES, *SPENDING_ROLES) and block.role != "duty_block")
        or (block.role == "money_block" and role in (*MONEY_COLUMNS, "detail", None))
        or (role in POINTS_ROLES and block.role in SPENDING_ROLES)
    ):
        # A period's heading over the label says the figure's period before one over the
        # figure alone (`其中：财政拨款 | 2,400.00` under `中期资金总额 | 年度资金总额`: the pair
        # stands under both, the label under its own).
        own = block.headings.get(label_col) if label_col != col else None
        scoped_col, scoped = (label_col, own) if own and own[0] == "money_scope" else (col, heading)
        scope = _money_scope(
            label_text,
            role,
            (
                block.scope_of_heading.get(scoped_col) or label_scope(scoped[1])
                if scoped and scoped[0] == "money_scope"
                else None
            )
            or block.scope_by_col.get(label_col),
        )
        # A group's heading (`按收入性质分 | 按支出性质分`, a block label) heads no figures.
        grouping = heading is None or heading[0] in BLOCK_ROLES
        column = block.measure_by_col.get(col) if grouping else heading[0]
        if (
            role in ("total", "money_scope")
            and column in MONEY_ROLES
            and label_col != col
            and _parts_headed(block)
        ):
            # Headings naming the parts (`合计 | 财政拨款 | 其他资金`) over rows of the periods'
            # totals (`实施期资金总额 | 540.00 | 450.00 | 90.00`) or of the periods alone
            # (`2025年度 | 800.00 | 500.00`, 叶县's form): each figure the part its heading
            # names, of its row's period (the period's total named by its row: `实施期`).
            named = label_text if role == "money_scope" and column == "total" else heading[1]
            role, label_text, column = column, named, None
        elif (
            role == "money_heading"
            and column in (*MONEY_ROLES, "money_heading")
            and compact(label_text) in _BARE_AMOUNT_WORDS
        ):
            # A row of the amount's bare word (`金额 | 1,862.40 | 1,512.40 …`) under headings
            # of the money's kinds (`资金总额 | 一般公共预算 …`, `基本支出 | 项目支出`): each
            # figure that kind.
            role, label_text, column = column, heading[1], None
        if column is None and label_col != col and _measured(block) and is_amount(text):
            # Beside its label but under no heading of a block whose headings say each figure's
            # measure (`年初预算数 | 全年预算数 | …`): which figure it is, nothing says (a dash
            # there says nothing at all).
            out.leftovers.append(Leftover(row.line, row.location, text, UNHEADED_FIGURE))
            return
        out.amounts.append(Amount(role or "detail", scope, column, label_text,
                                  text, amounts.cell_unit(text) or unit, row.line))  # fmt: skip
    elif role in GOALS and GOALS[role] in FIELD_GOALS:
        out.fields.append((_field_label(label_text), text))
    elif role == "score_total" and out.score_total is None:
        out.score_total = (row.line, text)
    elif role in GOALS:
        goal = GOALS[role]
        out.goals[goal] = _goal_goes_on(out.goals[goal], text) if goal in out.goals else text
    elif role in SINGLE_FIELDS and (role not in out.single or _outranks(out, role, label_text)):
        if role in out.single:  # the filer's unit, printed before the 主管部门
            out.fields.append((_field_label(out.filer), out.single[role]))
        if role == "department":  # a filer's, or one on a line of its own above the form
            filer = compact(label_text) in vocab.FILER_LABELS or prints_alone(row.cells)
            out.filer = label_text if filer else None
        out.single[role] = text
        block.single_lines[role] = row.line
    else:
        key = _field_label(label_text)
        out.fields.append((key if not heading else f"{key}/{heading[1]}", text))
        if block.role == "cost_block" and _costs(heading) and is_amount(text):
            if compact(label_text) in _MONEY_BLOCK_TOTALS:
                figures = tuple(block.item_figures.get(col, ()))
                out.cost_totals.append(ItemTotal(label_text, heading[1], text, figures,
                                                 amounts.cell_unit(text) or unit, row.line,
                                                 below=not figures))  # fmt: skip
                if not figures:  # the total atop its items (大庆's, 岳阳楼区's): theirs below
                    block.totals_atop[col] = len(out.cost_totals) - 1
            elif col in block.totals_atop:
                total = out.cost_totals[block.totals_atop[col]]
                out.cost_totals[block.totals_atop[col]] = replace(total, items=(*total.items, text))
            else:
                block.item_figures.setdefault(col, []).append(text)
        elif block.role in ITEMISED_BLOCKS and role in MONEY_ROLES:
            block.item_figures.setdefault(col, []).append(text)  # an item's money: its total's
            if block.subtotaled:  # the subtotal before it summed only some
                out.tasks_money = []
    block.last_by_col[col] = (role, label_text)


def _goals_beside(cells) -> bool:
    """Whether a row's label of no role stands before a goal's (`绩效目标情况 | 预期目标 | …`, 大庆's
    form under its cost block): the goals' group, no item of the block above."""
    return any(_label_role(text, col) in GOALS for col, text in cells[1:])


def _item_headings(cells) -> bool:
    """Whether a cost block's row of headings opens with the heading of its items' names, a
    word of no role (`项目`), then headings of their money only (大庆's form: `项目 | 上年度预算安排
    | 上年度实际执行 | 本年度申请金额 | 资金测算依据及说明`)."""
    roles = [_label_role(text, col) for col, text in cells]
    return (
        len(roles) > 2
        and roles[0] is None
        and all(role in (*MONEY_COLUMNS, "cost_heading", "total") for role in roles[1:])
    )


def _costs(heading: tuple[str, str] | None) -> bool:
    """Whether a cost block's heading heads what each item costs this year (`金额`), not
    what it cost in a year before (`2023年实际执行数`) nor how it is reckoned."""
    return (
        heading is not None
        and heading[0] in ("money_heading", "total", "budget_initial")
        and label_years(heading[1]) is None
    )


def _tasks_total_given(out: HeaderFields) -> HeaderFields:
    """The header with its tasks' total row's figures as the department's money where no
    money block prints a total with its figure, above the tasks or below them (普兰店: the
    tasks' `合计` over `年度预算申请 | 资金总额 | …`, the figures on the row under it)."""
    if not any(amount.role == "total" and amount.text for amount in out.amounts):
        out.amounts.extend(out.tasks_money)
    return out


def _cost_total_given(out: HeaderFields) -> HeaderFields:
    """The header with its cost block's total row (`项目预算成本构成 | 金额 | 测算依据 …` over
    `合计 | 100`) checked against its items, and, where the form prints no total of its own
    (鄂州's form: no 年度资金总额), taken as the project's total: what the budget is made of adds
    up to the budget."""
    out.item_totals.extend(out.cost_totals)
    if len(out.cost_totals) == 1 and not any(a.role == "total" for a in out.amounts):
        (cost,) = out.cost_totals
        out.amounts.append(Amount("total", None, None, cost.label, cost.text, cost.unit, cost.line))
        out.total_from_costs = cost.line
    return out


def _under_money_label(col: int, text: str, above: tuple[str, str], block: _Block) -> bool:
    """Whether a text with no label in its row, no amount, stands under a money label of the
    rows above rather than under its figure (`地方资金 | 120.00` over `1.改造高效节水灌溉面积…`,
    a goal whose label a converter lost): it goes on no label's value (an amount's rest would
    stand under the amount)."""
    return (
        above[0] in MONEY_ROLES and block.last_by_col.get(col - 1) is None and not is_amount(text)
    )


def _field_label(label: str) -> str:
    """A field's label as its key: without the colon a cell prints after it (`编制单位:`)."""
    return label.strip().rstrip(":：").rstrip()
