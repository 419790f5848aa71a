"""Layout readers, self-evaluations (自评表): what a self-evaluation prints beyond a target table.

A self-evaluation is read by the same machinery as a target form (`header_block`,
`indicator_grid`); it is told apart by its labels alone (`document_type`): a column of what
the year achieved or scored (实际完成值, 得分), or a money block with 执行数 or 执行率. This
module reads what only it prints: the money block's measures per row (`money_block`: 年初预算数,
全年预算数, 全年执行数, 执行率, 分值, 得分 of the 年度资金总额 row, and each fund source's row; a
block without a total row gives the project's from its fund rows: `execution_row`, `fund_sums`)
and the points printed for the indicators' weights and scores (`block_label`, `points_row`,
`printed_points`: a 合计/总分 row's points and the 得分 it prints, or a score printed in the
total's label cell, `自评得分：92.5`), which the weights and the score total checks hold them
to. Values stay as printed; `printed_points` gives numbers, `coefficient_points` the points a
得分系数(%) stands for, `deducted_points` those of a 得分 printed as the points taken off
(`扣0.5分`), and `printed_rate` a 执行率 in percent (a workbook's fraction, `0.9612`, read as
96.12 where the amounts give it), which the execution rate check holds to the amounts
(`differs`).
"""

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pipeline.cells import cell_at
from pipeline.labels.columns import compact, fold, is_number, matchable, printed_deduction
from pipeline.labels.grid_rows import canonical_level, is_points_total
from pipeline.labels.lines import is_amount
from pipeline.layouts import amounts
from pipeline.layouts.header_block import AMOUNT_MEASURES
from pipeline.layouts.indicator_grid import Grid, row_label
from pipeline.layouts.records import Amount, Project
from pipeline.vocab import layout_labels as vocab

# The measures of a money block's row, by the role of their column heading (or of their label,
# in a block of label | value pairs: `转移支付预算数(A) | 5.8万`).
MEASURES = (
    "budget_initial", "budget_adjusted", "executed", "execution_rate", "weight", "score",
    "score_coefficient",
)  # fmt: skip
POINT_MEASURES = ("weight", "score", "score_coefficient")
_POINTS = re.compile(
    rf"(?P<points>\d+(?:\.\d+)?)\s*(?:{'|'.join(vocab.POINTS_UNITS)})$"
)  # `50分` ending a piece of a label
_PIECES = re.compile(r"[(),;、]")


def document_type(roles: set) -> str:
    """`self_evaluation` when a table's columns or money cells include one that only a
    self-evaluation prints (`pipeline.vocab.layout_labels.SELF_EVALUATION_*`), else `targets`."""
    marks = {*vocab.SELF_EVALUATION_COLUMNS, *vocab.SELF_EVALUATION_MONEY}
    return "self_evaluation" if roles & marks else "targets"


def block_label(grid: Grid) -> str | None:
    """The indicator block's label as printed (`绩效指标(90分)`), if it prints one."""
    return next((c.label for c in grid.columns if c.role == "indicator_block"), None)


def points_row(row, grid: Grid) -> tuple[str | None, str | None]:
    """The points a 合计/总分 row (the department a sheet prints before it passed over:
    `row_label`) prints for the whole table, its figures bare or with 分 (`100分`): the figure
    under the weight column, else its first figure; and the points it prints as scored: the
    figure under the 得分 column, else, in a table whose 得分 column follows its weight column,
    the second of a row of two figures (a row a converter moved out from under its labels keeps
    their order); None otherwise (one figure is the points alone, but for one under the 得分
    column or beside a label naming the score, `自评得分 | 95`: the score alone). A total
    printed in its label's own cell, `自评得分：92.5`, gives no points and that score
    (`scored_in_label`). (None, None) for any other row under the indicators."""
    label = row_label(grid, row.cells, is_points_total)
    if not is_points_total(label):
        return None, scored_in_label(label)
    under_weight, under_score = (
        [fold(row.cells[c.col]) for c in grid.role_columns(role) if c.col < len(row.cells)]
        for role in ("weight", "score")
    )
    printed = [fold(text) for text in row.cells if _is_points(text)]
    weights, scores = (grid.role_columns(role) for role in ("weight", "score"))
    in_order = weights and scores and weights[0].col < scores[0].col
    if in_order and len(printed) == 2 and _is_points(cell_at(row.cells, 1)):
        # The label's cell merged across the levels and a PDF giving no cells of the columns it
        # spans (`总分 | 100 | | 99.88`): the row's figures are out of their columns, in order.
        return printed[0], printed[1]
    figures = [text for text in under_weight if _is_points(text)] + printed
    scored = next((text for text in under_score if _is_points(text)), None)
    if scored is None and in_order and len(printed) == 2:
        scored = printed[1]
    alone = len(printed) == 1 and not any(map(_is_points, under_weight))
    if alone and (scored is not None or compact(label) in vocab.SCORED_TOTAL_LABELS):
        return None, printed[0]  # `合计 | … | 95` under 得分 alone, `自评得分 | 95`: no points
    return (figures[0] if figures else None), scored


def scored_in_label(text: str) -> str | None:
    """The score a total prints after its label in one cell (`自评得分：92.5`, `总得分 96分`): the
    label one that names the score (`vocab.SCORED_TOTAL_LABELS`; a bare `合计：100` may be the
    points), the rest a figure; else None."""
    label, colon, figure = fold(text).partition(":")
    if not colon:  # `自评得分 92.5`: the label and the figure set apart by a space
        label, colon, figure = fold(text).rpartition(" ")
    if colon and compact(label) in vocab.SCORED_TOTAL_LABELS and _is_points(figure):
        return figure.strip()
    return None


def _is_points(text: str) -> bool:
    """Whether a cell prints a figure, bare or with its unit (`100分`, `98.5分`)."""
    return is_number(_without_points_unit(fold(text).replace(" ", "")))


def _without_points_unit(text: str) -> str:
    """The text without the points unit it ends with (`98.5分`: `vocab.POINTS_UNITS`), nor the
    grade a table gives itself in brackets after a total's figure (`95.3分(优)`, folded)."""
    head, bracket, grade = text.rpartition("(")
    if bracket and grade.endswith(")") and grade[:-1].strip() in vocab.GRADE_WORDS:
        text = head.rstrip()
    for unit in vocab.POINTS_UNITS:
        text = text.removesuffix(unit)
    return text


@dataclass(frozen=True, slots=True)
class PrintedPoints:
    """The points a table prints for a project's weights, as numbers: `total` (合计/总分: the
    money block's 分值 and every weight), `indicators` (绩效指标(90分): every weight), `levels`
    (level-1 code -> points, from the block label: `其中产出指标权重分值50分`), whether a row
    closes the indicators (`complete`; else the excerpt may be cut short), and `scored`, the
    合计/总分 row's points under 得分 (the scores, the money block's with them) and its line."""

    total: Decimal | None
    indicators: Decimal | None
    levels: dict[str, Decimal]
    complete: bool
    scored: Decimal | None = None
    scored_line: int | None = None


def printed_points(project: Project) -> PrintedPoints:
    """The points the project's table prints (see `PrintedPoints`)."""
    indicators, levels = None, {}
    for piece in _PIECES.split(matchable(project.block_label or "")):
        words = "".join(piece.split())
        match = _POINTS.search(words)
        if not match:
            continue
        named = words[: match.start()]
        for word in vocab.POINTS_WORDS:
            named = named.replace(word, "")
        level = canonical_level(named, 1) if named else None
        if level is not None:
            levels[level.code] = Decimal(match["points"])
        elif not named or compact(named) == compact(_bare(project.block_label)):
            indicators = indicators if indicators is not None else Decimal(match["points"])
    return PrintedPoints(
        printed_number(project.total_points),
        indicators,
        levels,
        project.complete,
        printed_number(project.total_score),
        project.total_line,
    )


def _bare(label: str | None) -> str:
    """A block label without its note: `绩效指标` for `绩效指标(权重分值90分,…)`."""
    return fold(label or "").split("(")[0]


@dataclass(frozen=True, slots=True)
class MoneyRow:
    """One row of a self-evaluation's money block: its label as printed, each measure's cell
    as printed (by `MEASURES`, or `plain` for a figure under no measure heading), the unit
    that applies, and its line."""

    label: str
    cells: dict[str, str]
    unit: str | None
    line: int


def money_block(project: Project) -> tuple[MoneyRow | None, list[MoneyRow]]:
    """The money block's total row (年度资金总额, 总额: its measures, with those printed as label
    | value pairs), else (none printed, or one printing no figure) the fund rows'
    `execution_row`; and its fund-source rows (财政拨款, 其他资金 …: `amounts.fund_parts`), for
    a self-evaluation's money block only (one with 年初/全年预算数 or 执行数 cells); (None, [])
    otherwise."""
    cells = project.amounts
    if not measured(cells):
        return None, []
    total = _row([a for a in cells if a.role == "total" or a.role in MEASURES])
    rows = _rows_by_line(amounts.fund_parts(cells))
    return (total if total and total.cells else execution_row(rows)), rows


def fund_items(project: Project) -> list[MoneyRow]:
    """A self-evaluation money block's rows that itemise the fund row above them (`其中：省级资金`
    and `市县级资金` under `地方资金`: `amounts.itemising_parts`), counted in that row already."""
    if not measured(project.amounts):
        return []
    return _rows_by_line(amounts.itemising_parts(project.amounts))


def measured(cells: Sequence[Amount]) -> bool:
    """Whether money cells are a self-evaluation's money block's: some under 年初/全年预算数 or
    执行数."""
    return any(a.column in AMOUNT_MEASURES or a.role in AMOUNT_MEASURES for a in cells)


def _rows_by_line(cells: Sequence[Amount]) -> list[MoneyRow]:
    """Money cells as the block's rows, one a label and line, each printing something."""
    grouped: dict[tuple[str, int], list[Amount]] = {}
    for amount in cells:
        grouped.setdefault((amount.label, amount.line), []).append(amount)
    return [row for group in grouped.values() if (row := _row(group))]


def execution_row(funds: list[MoneyRow]) -> MoneyRow | None:
    """What a money block with fund rows and no total row prints of the budget execution item:
    the 分值 and 得分 (or 得分系数) on the one fund row that prints them are the item's, which is
    scored for the whole block, not that fund's; the 执行率 is the project's only when one fund
    row alone prints money (the others print none: `—`). None when nothing is left, or when
    several rows print points (whose would they be?)."""
    pointed = [row for row in funds if any(_printed(row, m) for m in POINT_MEASURES)]
    spent = _spending(funds)
    if len(pointed) > 1 or not (pointed or len(spent) == 1):
        return None
    cells = {m: t for m in POINT_MEASURES if (t := pointed[0].cells.get(m))} if pointed else {}
    if len(spent) == 1 and (rate := spent[0].cells.get("execution_rate")):
        cells["execution_rate"] = rate
    first = (pointed or spent)[0]
    return MoneyRow(first.label, cells, first.unit, first.line)


def fund_sums(funds: list[MoneyRow], table_unit: str | None) -> dict[str, Decimal | None]:
    """A money block's measures (年初预算数, 全年预算数, 全年执行数) made of its fund rows, for a
    block that prints no total row: the rows that print money are the project's money, each
    measure their sum where every one of them prints it (None where one leaves it blank)."""
    spent = _spending(funds)
    sums: dict[str, Decimal | None] = {}
    for measure in AMOUNT_MEASURES:
        figures = [wan(row, measure, table_unit)[0] for row in spent]
        known = bool(spent) and None not in figures
        sums[measure] = sum(figures, Decimal(0)) if known else None
    return sums


def _spending(funds: list[MoneyRow]) -> list[MoneyRow]:
    """The fund rows that print money (a figure under 年初/全年预算数 or 执行数)."""
    return [row for row in funds if any(_printed(row, m) for m in AMOUNT_MEASURES)]


def _printed(row: MoneyRow, measure: str) -> bool:
    """Whether a money row prints a figure under a measure (not a blank or a dash)."""
    text = row.cells.get(measure) or ""
    return is_amount(text) if measure in AMOUNT_MEASURES else printed_number(text) is not None


def _row(cells: list[Amount]) -> MoneyRow | None:
    """One row of the money block from its cells: each measure's first printed figure."""
    if not cells:
        return None
    figures: dict[str, str] = {}
    for amount in cells:
        measure = amount.role if amount.role in MEASURES else amount.column or "plain"
        if measure in (*MEASURES, "plain") and amount.text.strip():
            figures.setdefault(measure, amount.text)
    label = next((a.label for a in cells if a.role not in MEASURES), cells[0].label)
    return MoneyRow(label, figures, cells[0].unit, min(a.line for a in cells))


def wan(
    row: MoneyRow | None, measure: str, table_unit: str | None
) -> tuple[Decimal | None, str | None]:
    """A row's measure in 万元 (exact) and as printed; (None, None) when it prints none."""
    text = row.cells.get(measure) if row else None
    if not text:
        return None, None
    return amounts.to_wan(text, amounts.cell_unit(text) or row.unit or table_unit), text


@functools.lru_cache(maxsize=2**14)
def printed_number(text: str | None) -> Decimal | None:
    """A rate, score or points exactly as printed, its last digit kept: `100.00%` -> 100.00,
    `10分` -> 10; None when the cell prints no number (`/`, `-`, words)."""
    digits = _without_points_unit(fold(text or "").replace(" ", "").removesuffix("%"))
    if not is_number(digits):
        return None
    return Decimal(digits.replace(",", ""))


def differs(printed: Decimal, computed: Decimal) -> bool:
    """Whether a printed figure differs from the one computed by one unit of its last printed
    digit or more (a figure cut short rather than rounded passes: `80.45` for 80.456)."""
    return abs(printed - computed) >= Decimal(1).scaleb(printed.as_tuple().exponent)


def printed_rate(
    text: str | None, adjusted: Decimal | None, executed: Decimal | None
) -> tuple[Decimal | None, bool]:
    """A printed 执行率 in percent, and whether it was printed as a fraction of 1: a workbook's
    percent cell saved as the value it stores (`0.9612` for 96.12%, `1` for 100%) is the
    fraction when, without a `%`, 100 times it gives 全年执行数 / 全年预算数 and the figure as
    printed does not (`differs`); else the figure as printed (`printed_number`)."""
    printed = printed_number(text)
    if printed is None or "%" in fold(text or "") or not adjusted or executed is None:
        return printed, False
    computed, share = 100 * executed / adjusted, printed.scaleb(2)
    if differs(printed, computed) and not differs(share, computed):
        return share, True
    return printed, False


# A score coefficient's full marks: `得分系数(%)` prints a percentage of the weight.
FULL_COEFFICIENT = Decimal(100)


def is_fraction_like(coefficient: Decimal) -> bool:
    """Whether a printed coefficient may be a fraction of full marks (0.8, 1) rather than a
    percentage: above 0 and at most 1. Such a coefficient is not turned into points."""
    return 0 < coefficient <= 1


def coefficient_points(weight: str | None, coefficient: str | None) -> Decimal | None:
    """The points a `得分系数(%)` cell stands for, exactly: 分值 × 系数 / 100 (`30`, `95` ->
    28.5); None when either cell prints no number, or the coefficient may be a fraction
    (`is_fraction_like`: 1 = full marks) as well as a percentage."""
    out_of, share = printed_number(weight), printed_number(coefficient)
    if out_of is None or share is None or is_fraction_like(share):
        return None
    return out_of * share / FULL_COEFFICIENT


def deducted_points(weight: str | None, score: str | None) -> Decimal | None:
    """The points a 得分 cell gives by what it takes off the 分值 (`DEDUCTION_WORDS`): `扣0.5分`
    of 10 is 9.5; a score printed with them in brackets, `8.5（扣1.5分）`, is 8.5, where the 分值
    (if printed) less them gives it too. None for any other cell, for points taken off no
    printed 分值 or more than it, and for a score its brackets contradict (which is meant?)."""
    match = printed_deduction(score or "")
    out_of = printed_number(weight)
    if match is None:
        return None
    if match["score"] is not None:
        scored, off = Decimal(match["score"]), Decimal(match["off_noted"])
        return scored if out_of is None or out_of - off == scored else None
    off = Decimal(match["off"])
    return out_of - off if out_of is not None and off <= out_of else None


_FULL_MARKS = frozenset(vocab.FULL_MARKS_WORDS)


def full_marks_points(weight: str | None, score: str | None) -> Decimal | None:
    """The points a 得分 cell saying full marks instead of a figure gives (`FULL_MARKS_WORDS`:
    `满分`): its 分值; None for any other cell and where no 分值 is printed (full marks of
    nothing are no number of points)."""
    if compact(fold(score or "")) not in _FULL_MARKS:
        return None
    return printed_number(weight)


def number(text: str | None) -> float | None:
    """`printed_number` as the float the rate, weight and score columns hold."""
    value = printed_number(text)
    return None if value is None else float(value)
