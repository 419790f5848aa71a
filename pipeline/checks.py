"""Validate stage, content rules: the checks behind the `findings` table, one function per rule.

Pure: each check reads one document's normalized rows and returns finding rows, but
`check_duplicates`, which reads every document of the build. Findings never stop the
build; `build --strict` fails on `error` ones. The rules and their severities are listed
in `rules.py`.
"""

import bisect
import datetime
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal

from pipeline import paths
from pipeline.layouts.self_evaluation import PrintedPoints, differs, printed_rate
from pipeline.money import format_amount, ungrouped
from pipeline.rows import Tables, finding
from pipeline.targets.parser import (
    Clause,
    bounded_rate,
    has_numeric_clause,
    is_spreadsheet_error,
    letter_for_figure,
    ocr_damaged,
    parse_actual,
    parse_target,
)
from pipeline.vocab import file_formats, labels, layout_labels, taxonomy
from pipeline.vocab import target_words as vocab
from pipeline.vocab.traditional import simplified

# Each amount column by its usual label (the first variant the labels table lists).
COLUMN_NAMES = {column: labels.COLUMN_LABELS[column][0] for column in labels.AMOUNT_COLUMNS}
_COMPONENTS = labels.AMOUNT_COLUMNS[1:]
_SCOPE_NAMES = {"period": labels.PERIOD_TARGET_LABELS[0], "annual": labels.ANNUAL_TARGET_LABELS[0]}
# The classic level-1 categories every project should have (产出, 效益, 满意度).
_REQUIRED_LEVEL1 = {code: taxonomy.BY_CODE[code].name for code in ("1", "2", "3")}
_DIGIT = re.compile(r"[0-9０-９]")
# Words that turn a measure's name into its metric (`正常运作` -> `正常运作率`): a target
# that is the name plus one of these still only repeats the name.
_METRIC_SUFFIXES = ("数量", "次数", "比例", "情况", "率", "数", "度", "量")
_MIN_REPEAT_LENGTH = 4
_NOT_WORD = re.compile(r"[\s\W_]+")
# What a project's indicator weights add up to when no other total is printed: 100, or in a
# target table 90, the 10 points of the budget execution (预算执行率) being left to the
# self-evaluation (财预〔2020〕10号).
_FULL_WEIGHT = Decimal(100)
_WITHOUT_EXECUTION = Decimal(90)
# The points a level cell prints for its block: `产出指标(50分)`, `效益指标（30 分）`, `产出指标
# (50)`, and with its opening bracket lost, `效益指标 30分)`; not a range (`(40-50)分`).
_UNITS = "|".join(layout_labels.POINTS_UNITS)
_POINTS = re.compile(
    rf"[(（]\s*(\d+(?:\.\d+)?)\s*(?:{_UNITS})?\s*[)）]|(\d+(?:\.\d+)?)\s*(?:{_UNITS})\s*[)）]?\s*$"
)
# A space between two digits: a cell's points wrapped inside their figure (`产出指标（5` over
# `0分）`, its lines joined by a space), one figure.
_DIGITS_SPACED = re.compile(r"(?<=\d) (?=\d)")
# A table that prints no points of its own (the packed table): held to the full weight.
_NO_POINTS = PrintedPoints(None, None, {}, True)
# A self-evaluation's money measures, by their usual label.
_MEASURES = {
    "budget_initial": "年初预算数",
    "budget_adjusted": "全年预算数",
    "budget_executed": "全年执行数",
}


def check_document(tables: Tables, fiscal_year: int | None) -> list[dict]:
    """Every content rule over one document's rows; the normalize stage's own findings kept."""
    found = list(tables.findings)
    for check in (
        check_row_amounts,
        check_fund_sources,
        check_execution_rate,
        check_scores,
        check_period_amount,
        check_weights,
        check_score_total,
        check_subtotals,
        check_repeated_projects,
        check_numbering,
        check_categories,
        check_targets,
        check_actuals,
        check_missing_level1,
        check_missed_full_score,
    ):
        found.extend(check(tables, fiscal_year))
    return found


def _format(amount: Decimal | None) -> str:
    return "空" if amount is None else format_amount(amount)


def _finding_on(
    row: dict,
    entity_type: str,
    rule: str,
    message: str,
    evidence: str | None,
    line: int | None = None,
):
    """A finding about one row of amount_rows, projects or indicators, at that row's line (or
    at `line`: a project's money, `_money_line`)."""
    return finding(
        row["document_id"],
        rule,
        message,
        source_file=row["source_file"],
        source_line=line or row["source_line"],
        entity_type=entity_type,
        entity_id=row[f"{entity_type}_id"],
        evidence=evidence,
    )


def _money_line(tables: Tables, row: dict, entity_type: str) -> int | None:
    """Where a finding on a project's money points: the line of its money where its form prints
    it on a line of its own (`Tables.money_lines`); None for a row of its own line."""
    return tables.money_lines.get(row["project_id"]) if entity_type == "project" else None


def _amount_evidence(row: dict) -> str:
    return "\t".join(
        f"{label}={row[f'{column}_raw'] or ''}" for column, label in COLUMN_NAMES.items()
    )


def check_row_amounts(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """amount_row_mismatch: a row whose 总计 is not the sum of its three sources of funds. Not
    a total that no cell printed (no `total_amount_raw`): a form's total made of its parts. A
    form whose parts are only shares by level of government (`Tables.shares`: 中央补助,
    省级财政安排 under 项目总投资) does not say they make up its total: only parts that exceed it
    are a mismatch."""
    for entity_type, rows in (("amount_row", tables.amount_rows), ("project", tables.projects)):
        for row in rows:
            parts = [row[column] for column in _COMPONENTS if row[column] is not None]
            if row["total_amount"] is None or row["total_amount_raw"] is None or not parts:
                continue
            shares = entity_type == "project" and row["project_id"] in tables.shares
            if message := _parts_problem(row, parts, shares):
                yield _finding_on(
                    row,
                    entity_type,
                    "amount_row_mismatch",
                    message,
                    _amount_evidence(row),
                    _money_line(tables, row, entity_type),
                )


def _parts_problem(row: dict, parts: list[Decimal], shares: bool) -> str | None:
    """Why a row's parts do not go with its 总计: they add up to another figure, or, when they
    are only shares by level of government, to more than it; None when they go with it."""
    total, summed = row["total_amount"], sum(parts)
    if shares:
        return (
            f"总计 {_format(total)} is below the shares its parts print (财政拨款 "
            f"{row['fiscal_appropriation_raw']}) = {_format(summed)} (万元)"
            if summed > total
            else None
        )
    if summed == total:
        return None
    return f"总计 {_format(total)} ≠ 财政拨款 + 财政专户拨款 + 其他资金 = {_format(summed)} (万元)"


def check_period_amount(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """period_amount_below_annual: a form whose 中期资金总额 (the whole period's money) is
    below its 年度资金总额 (one year of it)."""
    for project in tables.projects:
        period, annual = project["period_amount"], project["total_amount"]
        if period is not None and annual is not None and period < annual:
            yield _finding_on(
                project,
                "project",
                "period_amount_below_annual",
                f"中期资金总额 {_format(period)} is below 年度资金总额 {_format(annual)} (万元)",
                f"中期资金总额={project['period_amount_raw'] or ''}\t"
                f"年度资金总额={project['total_amount_raw'] or ''}",
                _money_line(tables, project, "project"),
            )


def check_fund_sources(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """amount_row_mismatch, self-evaluations: the money block's 年度资金总额 against the sum of
    its fund-source rows (amount_rows `fund_source`), measure by measure, where both print
    figures."""
    funds: dict[str, list[dict]] = defaultdict(list)
    for row in tables.amount_rows:
        if row["row_type"] == "fund_source":
            funds[row["project_id"]].append(row)
    for project in tables.projects:
        rows = funds.get(project["project_id"], [])
        if project["fiscal_appropriation_raw"] or project["other_funds_raw"]:
            continue  # the rows are the project's parts, checked against its 总计 (`check_row_amounts`)
        differences = []
        for column, label in _MEASURES.items():
            figures = [row[column] for row in rows if row[column] is not None]
            printed = project[column]
            if printed is None or project[f"{column}_raw"] is None or not figures:
                continue
            if sum(figures) != printed:
                differences.append(f"{label} {_format(printed)} ≠ {_format(sum(figures))}")
        if differences:
            yield _finding_on(
                project,
                "project",
                "amount_row_mismatch",
                f"年度资金总额 ≠ the sum of its {_count(len(rows), 'fund-source row')} (万元): "
                + "; ".join(differences),
                "\t".join(
                    f"{name}=" + "/".join(row[f"{column}_raw"] or "" for column in _MEASURES)
                    for name, row in (("年度资金总额", project), *((r["name"], r) for r in rows))
                ),
                _money_line(tables, project, "project"),
            )


def _rate_problem(row: dict) -> str | None:
    """Why a printed 执行率 is not 100 × executed / adjusted: it differs by one unit of its last
    printed digit or more (so a rate cut short rather than rounded passes; a fraction of 1 is
    read as `printed_rate` reads it); None when it agrees or cannot be judged (no rate, no
    figures, a budget of 0)."""
    adjusted, executed = row["budget_adjusted"], row["budget_executed"]
    printed, _ = printed_rate(row["execution_rate_raw"], adjusted, executed)
    if printed is None or adjusted is None or executed is None or adjusted == 0:
        return None
    computed = 100 * executed / adjusted
    # Each figure stands for any amount it rounds from (`6.94` for 6.944): the rate they give
    # may lie that much off.
    slack = computed * sum(
        _rounding(row[f"{column}_raw"]) for column in ("budget_adjusted", "budget_executed")
    )
    if computed - slack <= printed <= computed + slack or not (
        differs(printed, computed - slack) and differs(printed, computed + slack)
    ):
        return None
    return (
        f"执行率 printed {row['execution_rate_raw']}, but 全年执行数 / 全年预算数 = "
        f"{_format(executed)} / {_format(adjusted)} = {computed:.2f}%"
    )


_FIGURE = re.compile(r"-?\d+(?:\.\d+)?")


def _rounding(raw: str | None) -> Decimal:
    """How far off, as a share of itself, a figure printed as `raw` may be from the amount it
    was rounded from: half a unit of its last printed decimal over it (`6.94`: 0.005 / 6.94);
    none for a whole figure (`100`: a budget of whole 万元)."""
    figure = ungrouped((raw or "").strip())
    if figure is None or not _FIGURE.fullmatch(figure) or not Decimal(figure):
        return Decimal(0)
    number = Decimal(figure)
    if number.as_tuple().exponent >= 0:
        return Decimal(0)
    return Decimal(1).scaleb(number.as_tuple().exponent) / 2 / abs(number)


def check_execution_rate(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """execution_rate_mismatch: a self-evaluation's printed 执行率, of its money block or of a
    fund source's row, that its own figures do not give (see `_rate_problem`)."""
    for entity_type, rows in (("project", tables.projects), ("amount_row", tables.amount_rows)):
        for row in rows:
            if message := _rate_problem(row):
                evidence = "\t".join(
                    f"{label}={row[f'{column}_raw'] or ''}" for column, label in _MEASURES.items()
                )
                evidence += f"\t执行率={row['execution_rate_raw']}"
                line = _money_line(tables, row, entity_type)
                yield _finding_on(
                    row, entity_type, "execution_rate_mismatch", message, evidence, line
                )


def check_scores(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """score_exceeds_weight: a self-evaluation's 得分 above the 分值/权重 it was out of, of an
    indicator or of the money block."""
    for entity_type, rows, weight, score in (
        ("project", tables.projects, "execution_weight", "execution_score"),
        ("indicator", tables.indicators, "weight", "score"),
    ):
        for row in rows:
            if row[weight] is not None and row[score] is not None and row[score] > row[weight]:
                scored, out_of = (
                    _plain(Decimal(repr(row[score]))),
                    _plain(Decimal(repr(row[weight]))),
                )
                yield _finding_on(
                    row,
                    entity_type,
                    "score_exceeds_weight",
                    f"得分 {scored} is above the {out_of} points (分值) it is out of",
                    f"分值={out_of}\t得分={scored}",
                    _money_line(tables, row, entity_type),
                )


def check_weights(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """weights_total_mismatch: weights (权重, 分值) that do not add up to the points printed for
    them (see `_weight_blocks`). Summed exactly, as the weights are printed. A table that may
    be an excerpt cut short (no row closes its indicators) is judged only where its weights
    exceed their points: its last level block and its totals may have lost rows."""
    by_project = _by_project(tables)
    for project in tables.projects:
        indicators = by_project.get(project["project_id"], [])
        printed = tables.points.get(project["project_id"], _NO_POINTS)
        for label, weights, allowed, is_open, line in _weight_blocks(project, indicators, printed):
            total = sum(weights, Decimal(0))
            if total in allowed or (is_open and total < max(allowed)):
                continue
            yield _finding_on(
                {**project, "source_line": line or project["source_line"]},
                "project",
                "weights_total_mismatch",
                label.format(total=_plain(total)),
                " + ".join(_plain(weight) for weight in weights),
            )


def check_score_total(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """score_total_mismatch: a self-evaluation's 合计/总分 row whose 得分 is not the sum of the
    scores it closes, the money block's 得分 with them or not (a table may total its
    indicators only), by one unit of its last printed digit or more. Where the row's 分值 holds
    points no score was read for (the money block's, its 得分 blank or unread), the total may
    hold any part of those points too. Never repaired: the printed total and each score stay
    as printed."""
    by_project = _by_project(tables)
    for project in tables.projects:
        points = tables.points.get(project["project_id"], _NO_POINTS)
        printed = points.scored
        indicators = by_project.get(project["project_id"], [])
        scores = [Decimal(repr(i["score"])) for i in indicators if i["score"] is not None]
        if printed is None or not scores:
            continue
        money = project["execution_score"]
        with_money = [Decimal(repr(money)), *scores] if money is not None else scores
        if not all(differs(printed, sum(s, Decimal(0))) for s in (scores, with_money)):
            continue
        total = sum(with_money, Decimal(0))
        unscored = _unscored_points(points, indicators) if money is None else Decimal(0)
        if total < printed < total + unscored or not differs(printed, total + unscored):
            continue
        upto = (
            f", {_plain(total + unscored)} at most with the {_plain(unscored)} points no 得分 was read for"
            if unscored
            else ""
        )
        yield _finding_on(
            {**project, "source_line": points.scored_line},
            "project",
            "score_total_mismatch",
            f"{_total_printed(points, indicators)} prints 得分 {_plain(printed)}, but the scores "
            f"it closes add up to {_plain(total)}{upto}",
            " + ".join(_plain(score) for score in with_money),
        )


def _total_printed(points: PrintedPoints, indicators: list[dict]) -> str:
    """Where a self-evaluation prints its total score: a 合计/总分 row under its indicators, or
    a header's field above them (重庆: `自评总分（分） | 97.75`)."""
    above = points.scored_line < min(indicator["source_line"] for indicator in indicators)
    return "the header's total score (自评总分)" if above else "the 合计/总分 row"


def _unscored_points(points: PrintedPoints, indicators: list[dict]) -> Decimal:
    """The points of a 合计/总分 row's 分值 that no indicator's weight holds: a block whose 得分
    was not read (the money block's); 0 where a weight is unprinted, as nothing is known."""
    weights = [i["weight"] for i in indicators]
    if points.total is None or None in weights:
        return Decimal(0)
    return max(points.total - sum((Decimal(repr(w)) for w in weights), Decimal(0)), Decimal(0))


def _weight_blocks(project: dict, indicators: list[dict], printed: PrintedPoints):
    """(message, weights, allowed totals, may be cut, line) of every block of weights whose
    points the table prints: each level's (`产出指标(50分)` in its cells, at its first row; or
    `其中产出指标权重分值50分` in the block label), all the indicators' (`绩效指标(90分)`), the whole
    table's with the money block's 分值 or without it (`合计 | 100`, or `合计 | 90` totalling the
    indicators, at that row), else, unless every weight is in a level that prints its points, the
    project's against 100 (without a money block's 分值 printed, 90 too). The line is None where
    the points are the project's, printed above its rows."""
    weighted = [i for i in indicators if i["weight"] is not None]
    if not weighted:
        return
    weights = [Decimal(repr(i["weight"])) for i in weighted]
    last = indicators[-1]
    covered = set()
    for raw, points, members in _level_blocks(weighted):
        covered.update(id(i) for i in members)
        is_last = last["level1_raw"] in {i["level1_raw"] for i in members}
        yield (f"{raw}: the weights of its {_count(len(members), 'indicator')} add up to "
               "{total}, not " + _plain(points), [Decimal(repr(i["weight"])) for i in members],
               (points,), not printed.complete and is_last, members[0]["source_line"])  # fmt: skip
    for code, points in printed.levels.items():
        members = [i for i in weighted if i["level1_code"] == code and id(i) not in covered]
        covered.update(id(i) for i in members)
        yield (f"{taxonomy.BY_CODE[code].name}: the weights of its "
               f"{_count(len(members), 'indicator')} add up to {{total}}, not the "
               f"{_plain(points)} its block label prints", [Decimal(repr(i["weight"])) for i in members],
               (points,), not printed.complete and (code == last["level1_code"] or not members),
               None)  # fmt: skip
    counted = f"the weights of its {_count(len(weights), 'indicator')}"
    unweighted = len(indicators) - len(weighted)
    if unweighted:
        counted += f" ({_count(unweighted, 'indicator')} with no weight)"
    if printed.indicators is not None:
        yield (f"{counted} add up to {{total}}, not the {_plain(printed.indicators)} its block "
               "label prints", weights, (printed.indicators,), not printed.complete, None)  # fmt: skip
    money = project["execution_weight"]
    if money is not None:
        weights = [Decimal(repr(money)), *weights]
        counted = f"the money block's {_plain(weights[0])} points and {counted}"
    if printed.total is not None:  # a 合计 of the indicators only leaves the money's points out
        totals = (printed.total,) if money is None else (printed.total, printed.total + weights[0])
        yield (f"{counted} add up to {{total}}, not the {_plain(printed.total)} its 合计/总分 row "
               "prints", weights, totals, not printed.complete, printed.scored_line)  # fmt: skip
    elif printed.indicators is None and len(covered) < len(weighted):
        allowed = (_FULL_WEIGHT,) if money is not None else (_FULL_WEIGHT, _WITHOUT_EXECUTION)
        yield (
            f"{counted} add up to {{total}}, not 100",
            weights,
            allowed,
            not printed.complete,
            None,
        )


def _level_blocks(weighted: list[dict]) -> Iterator[tuple[str, Decimal, list[dict]]]:
    """(the level cell that prints the points, the points, its indicators) of each 一级 whose
    cells print its points: the indicators of one category (else of one written name), as one
    row's cell may print them and another's not (a merged cell wrapped over its rows: `产出指标`
    then `(50分)`); where its cells print different points, each cell's indicators apart."""
    levels: dict[str, list[dict]] = defaultdict(list)
    for indicator in weighted:
        if raw := indicator["level1_raw"]:
            levels[indicator["level1_code"] or raw].append(indicator)
    for members in levels.values():
        by_cell: dict[str, Decimal] = {}
        for indicator in members:
            if (points := _points_in(indicator["level1_raw"])) is not None:
                by_cell.setdefault(indicator["level1_raw"], points)
        if len(set(by_cell.values())) == 1:
            yield *next(iter(by_cell.items())), members
            continue
        for raw, points in by_cell.items():
            yield raw, points, [i for i in members if i["level1_raw"] == raw]


def _points_in(level1_raw: str) -> Decimal | None:
    match = _POINTS.search(_DIGITS_SPACED.sub("", level1_raw))
    return Decimal(match[1] or match[2]) if match else None


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _plain(number: Decimal) -> str:
    """`90` for 90.0, `12.5` for 12.50."""
    return f"{number.normalize():f}"


def _covered_rows(tables: Tables) -> Iterator[tuple[dict, tuple[tuple[list[dict], str], ...]]]:
    """Each subtotal row with the rows it may cover, each way with its noun: a unit's projects;
    合计's units, or its projects where every unit lists some (a wrong unit subtotal under a
    合计 that adds up the projects is blamed alone), within the table each is in
    (`_tables_of`); a 合计 closing no project of its own, under totals that each closed theirs
    (`小计 … 小计 … 合计`), those totals."""
    above: list[dict] = []  # totals each closing projects, not yet summed by a 合计
    for amount_rows, projects in _tables_of(tables):
        units = [row for row in amount_rows if row["row_type"] == "funding_unit"]
        listed = True
        for unit in units:
            covered = [p for p in projects if p["funding_unit"] == unit["name"]]
            listed = listed and bool(covered)
            yield unit, ((covered, "projects"),)
        totals = [row for row in amount_rows if row["row_type"] == "grand_total"]
        for total in totals:
            if units:
                by_units = (units, "资金使用单位 subtotals")
                yield total, (by_units, (projects, "projects")) if listed else (by_units,)
            elif projects or not above:
                yield total, ((projects, "projects"),)
            else:
                yield total, ((above, "totals above it"),)
        above = [] if totals and not (projects or units) else above + totals


def _tables_of(tables: Tables) -> list[tuple[list[dict], list[dict]]]:
    """A document's amount rows and projects per table: a document that prints several 合计
    rows (a disclosure with several department tables) is cut at each, a table beginning at
    its 合计 when the first 合计 comes before the first project, else ending there. Where the
    subtotals of a cut were all read from one table that gave projects of its own, the
    projects are that table's (a list's 合计 beside per-project forms in one workbook)."""
    return [
        (amount_rows, _own_table_projects(amount_rows, projects, tables.table_numbers))
        for amount_rows, projects in _cut_at_totals(tables)
    ]


# The amount rows that sum projects: 合计 and a 资金使用单位's subtotal.
SUBTOTAL_ROW_TYPES = ("grand_total", "funding_unit")


def _own_table_projects(amount_rows: list[dict], projects: list[dict], numbers: dict) -> list[dict]:
    """`projects` that are of the one table their subtotals were read from, if it gave any, or
    of the file's other tables of its layout (a list going on over a page, its labels printed
    again: its 合计 sums the projects of every page)."""
    subtotals = {numbers.get(row["amount_row_id"]) for row in amount_rows
                 if row["row_type"] in SUBTOTAL_ROW_TYPES}  # fmt: skip
    if len(subtotals) != 1 or None in subtotals:
        return projects
    ((_, layout),) = subtotals
    own = [p for p in projects if numbers.get(p["project_id"], (None, None))[1] == layout]
    return own or projects


def _cut_at_totals(tables: Tables) -> list[tuple[list[dict], list[dict]]]:
    totals = sorted(r["source_line"] for r in tables.amount_rows if r["row_type"] == "grand_total")
    if len(totals) < 2 or not tables.projects:
        return [(tables.amount_rows, tables.projects)]
    leading = totals[0] < min(p["source_line"] for p in tables.projects)

    def table_of(row: dict) -> int:
        if leading:
            return bisect.bisect_right(totals, row["source_line"])
        return bisect.bisect_left(totals, row["source_line"])

    cut: dict[int, tuple[list[dict], list[dict]]] = {}
    for row in tables.amount_rows:
        cut.setdefault(table_of(row), ([], []))[0].append(row)
    for project in tables.projects:
        cut.setdefault(table_of(project), ([], []))[1].append(project)
    return [cut[key] for key in sorted(cut)]


def check_subtotals(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """subtotal_mismatch: 合计 or a 资金使用单位 row ≠ the sum of the rows beneath it, in every
    way it may cover them (`_covered_rows`); the message names the first."""
    for subtotal, ways in _covered_rows(tables):
        differences = [_differences(subtotal, covered) for covered, _ in ways]
        if all(differences):
            covered, what = ways[0]
            yield _finding_on(
                subtotal,
                "amount_row",
                "subtotal_mismatch",
                f"{subtotal['name']}: printed subtotal differs from the sum of its "
                f"{len(covered)} {what} (万元): " + "; ".join(differences[0]),
                _amount_evidence(subtotal),
            )


def _differences(subtotal: dict, covered: list[dict]) -> list[str]:
    """`总计 310.00 ≠ 300.00` for each amount column the subtotal prints that is not the sum of
    the covered rows'."""
    differences = []
    for column, label in COLUMN_NAMES.items():
        if subtotal[column] is None:
            continue
        total = sum((row[column] for row in covered if row[column] is not None), Decimal(0))
        if total != subtotal[column]:
            differences.append(f"{label} {_format(subtotal[column])} ≠ {_format(total)}")
    return differences


def check_repeated_projects(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """project_repeated: a project whose name an earlier project of the document printed,
    with other money or other targets (a draft above its final form: both are read, and only
    a reader can tell which counts)."""
    indicators = _by_project(tables)
    earlier: dict[str, dict] = {}
    for project in tables.projects:
        name = (project["project_name"] or "").strip()
        if not name:
            continue
        first = earlier.setdefault(name, project)
        if first is project:
            continue
        targets = [
            [(i["indicator_name"], i["annual_target"], i["period_target"])
             for i in indicators[row["project_id"]]]
            for row in (first, project)
        ]  # fmt: skip
        differ = [
            label
            for label, same in (
                ("总计", first["total_amount"] == project["total_amount"]),
                ("指标值", targets[0] == targets[1]),
            )
            if not same
        ]
        if differ:
            yield _finding_on(
                project,
                "project",
                "project_repeated",
                f"{name}: printed again (line {first['source_line']}) with other "
                f"{' and '.join(differ)}: which of the two counts the table does not say",
                f"{_format(first['total_amount'])} / {_format(project['total_amount'])}",
            )


def _by_project(tables: Tables) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    for indicator in tables.indicators:
        grouped[indicator["project_id"]].append(indicator)
    return grouped


def _numbered_in_order(indicators: list[dict]) -> bool:
    """Each indicator numbered one more than the one before it, or 1 where its levels differ
    from those before it (the first: 1)."""
    previous = None
    for indicator in indicators:
        seq = indicator["indicator_seq"]
        levels = (indicator["level1_raw"], indicator["level2_raw"])
        if previous is None:
            in_order = seq == 1
        else:
            in_order = seq == previous[0] + 1 or (seq == 1 and levels != previous[1])
        if not in_order:
            return False
        previous = (seq, levels)
    return True


def check_numbering(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """indicator_numbering_gap: a project's indicators not numbered 1..n (where the table
    numbers them at all), the numbering starting again at 1 only where a level starts (a form
    numbers the indicators of each 二级 `①②`)."""
    by_project = _by_project(tables)
    for project in tables.projects:
        indicators = by_project.get(project["project_id"], [])
        written = [indicator["indicator_seq"] for indicator in indicators]
        if any(written) and not _numbered_in_order(indicators):
            yield _finding_on(
                project,
                "project",
                "indicator_numbering_gap",
                f"indicators numbered {_numbers(written)}, expected 1..{len(written)}",
                _numbers(written),
            )


def _numbers(written: list[int | None]) -> str:
    return ",".join("?" if number is None else str(number) for number in written)


def check_categories(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """category_unknown and category_code_mismatch, per indicator; category_department_scheme,
    once a project, for the department-wide scheme's level names (`taxonomy.UNCATEGORISED_LEVELS`:
    known, but no category of the taxonomy names them)."""
    scheme_names: dict[str, dict[str, None]] = {}
    for indicator in tables.indicators:
        for depth, level in enumerate(("level1", "level2"), start=1):
            raw = indicator[f"{level}_raw"]
            if raw and indicator[f"{level}_code"] is None:
                if depth in taxonomy.uncategorised_levels(raw):
                    scheme_names.setdefault(indicator["project_id"], {})[raw] = None
                    continue
                yield _finding_on(
                    indicator,
                    "indicator",
                    "category_unknown",
                    f"{'一级' if level == 'level1' else '二级'}指标 {raw!r} is not in the taxonomy "
                    "(see indicator_categories)",
                    raw,
                )
        problem = _code_problem(indicator)
        if problem:
            yield _finding_on(
                indicator,
                "indicator",
                "category_code_mismatch",
                problem,
                f"{indicator['level1_raw']}；{indicator['level2_raw']}",
            )
    for project in tables.projects:
        if names := scheme_names.get(project["project_id"]):
            yield _finding_on(
                project,
                "project",
                "category_department_scheme",
                f"{len(names)} level names of the department-wide scheme (履职效能, 管理效率 …) "
                "or an evaluation's (项目决策, 项目管理 …) have no category in the taxonomy: their "
                "indicators' level codes are null",
                "；".join(names),
            )


def _code_problem(indicator: dict) -> str | None:
    level1, level2 = indicator["level1_code"], indicator["level2_code"]
    if level1 and level2 and not level2.startswith(level1):
        return f"二级指标 {indicator['level2_raw']!r} ({level2}) is not under 一级指标 {level1}"
    for level in ("level1", "level2"):
        written, code = indicator[f"{level}_written_code"], indicator[f"{level}_code"]
        if written and code and written != code:
            return f"{indicator[f'{level}_raw']!r} is written with code {written}, but its name is {code}"
    return None


@functools.lru_cache(maxsize=2**16)
def _compact(text: str) -> str:
    return _NOT_WORD.sub("", text)


@dataclass(frozen=True, slots=True)
class Target:
    """One target value with what the per-target rules look at."""

    value: str
    clauses: tuple[Clause, ...]
    indicator_name: str
    is_satisfaction: bool
    fiscal_year: int | None


def _repeats_name(target: Target) -> str | None:
    value, name = _compact(target.value), _compact(target.indicator_name)
    if not value or _DIGIT.search(value):
        return None
    stem = next((value.removesuffix(s) for s in _METRIC_SUFFIXES if value.endswith(s)), value)
    # The name itself, however short (`时` under `时`: a wrapped line's end read as a row), or
    # a long enough part of it.
    if value == name or (len(stem) >= _MIN_REPEAT_LENGTH and stem in name):
        return "the target only repeats the indicator name; it sets no target"
    return None


def _unparsed(target: Target) -> str | None:
    if letter_for_figure(target.value):
        return (
            "the target prints a letter where its figure stands (O for 0, l for 1: OCR damage) "
            "and is kept as text; check the published table"
        )
    if (
        not _DIGIT.search(target.value)
        or has_numeric_clause(target.clauses)
        or is_spreadsheet_error(target.value)
    ):
        return None
    if ocr_damaged(target.value, target.indicator_name):
        return (
            "the target's operator reads as OCR damage (≥ read as 2, = as 二 or 工) and is "
            "kept as text; check the published table"
        )
    return "the target has digits but no number, date or duration could be read from it"


def _placeholder(target: Target) -> str | None:
    if target.clauses or not target.value.strip() or is_spreadsheet_error(target.value):
        return None
    return "the target is only a template's placeholder and sets no target; fill in the value"


def _spreadsheet_error(target: Target) -> str | None:
    if not is_spreadsheet_error(target.value):
        return None
    return "the target is a spreadsheet's error value (its formula failed) and sets no target"


def _deadline_early(target: Target) -> str | None:
    if target.fiscal_year is None:
        return None
    start = datetime.date(target.fiscal_year, 1, 1)
    for clause in target.clauses:
        last = clause.date_max or clause.date
        if clause.kind == "date" and last is not None and last < start:
            return (
                f"the date {last.isoformat()} falls before fiscal year {target.fiscal_year} begins"
            )
    return None


def _satisfaction_not_percent(target: Target) -> str | None:
    kinds = {clause.kind for clause in target.clauses} - {"text"}
    if target.is_satisfaction and kinds and "percent" not in kinds:
        return (
            f"a 满意度 indicator with a {', '.join(sorted(kinds))} target instead of a percentage"
        )
    return None


def _percent_implausible(target: Target) -> str | None:
    """A percentage no rate prints: over 100 % on a rate that cannot pass it (`≥985%` for
    ≥98.5%, a decimal point lost), or a figure opening with a 0 not before a decimal point
    (`05%` for 0.5%). The figure is kept, as printed; the finding says to check it."""
    for clause in target.clauses:
        if clause.kind != "percent":
            continue
        top = max(v for v in (clause.value, clause.value_max) if v is not None)
        if top > 100 and bounded_rate(target.indicator_name):
            return (
                f"a rate that cannot pass 100% has the target {top:g}%: a decimal point lost "
                "(OCR, a converter)? check the published table"
            )
        if _LEADING_ZERO.search(clause.text):
            return (
                f"the percentage {clause.text.strip()!r} opens with a 0 before a digit: a decimal "
                "point lost (OCR, a converter)? check the published table"
            )
    return None


def _date_serial(target: Target) -> str | None:
    """A time indicator's target that is a bare whole number in the years an Excel date serial
    is read in (`≤45930` under 拨付时间: 2025-09-30), kept as written: not read as the date
    here, where no number format says it is one (a workbook's General cell is: read/workbook),
    nor which date system counts it (a Mac's 1904 system's date is 1,462 days later)."""
    name = simplified(target.indicator_name)
    if not any(word in name for word in file_formats.TIME_INDICATOR_WORDS):
        return None
    for clause in target.clauses:
        if clause.kind == "number" and clause.unit is None and clause.value == int(clause.value):
            serial = int(clause.value)
            dates = {
                system: datetime.date(*epoch) + datetime.timedelta(days=serial)
                for system, epoch in file_formats.DATE_SYSTEMS.items()
            }
            first, end = file_formats.DATE_SERIAL_YEARS
            if first <= dates["1900"].year < end:
                return (
                    f"the time indicator's target is the bare number {serial}, which as an Excel "
                    f"date serial is {dates['1900'].isoformat()} ({dates['1904'].isoformat()} in "
                    "a Mac's 1904 date system): a date left as its serial? kept as the number; "
                    "check the published table"
                )
    return None


# A figure opening with a 0 before another digit (`05%`), not part of a longer number or a date.
_LEADING_ZERO = re.compile(r"(?<![0-9.:/\-])0[0-9]+(?:\.[0-9]+)?\s*%")


def _words(text: str | None) -> str:
    """Words as they compare: full-width folded, without white space or a final full stop."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(folded.split()).rstrip(vocab.SENTENCE_ENDS)


def _measure(clause: Clause) -> tuple:
    """What a clause sets, whatever the wording: `约2000人` and `2000人左右`, `1万元` and
    `10000元`, `2025年12月31日前` and (in 2025) `12月31日前` measure the same."""
    return (
        clause.kind,
        clause.operator,
        clause.base_value,
        clause.base_value_max,
        clause.base_unit,
        clause.date,
        clause.date_max,
    )


def same_meaning(period: tuple[Clause, ...], annual: tuple[Clause, ...]) -> bool:
    """Whether two targets set the same thing: clause by clause the same measure, their
    words (context) compared only where both write some (`2025年12月31日前完成` is
    `12月31日前`, `全年≥1场次` is not `每月≥1场次`); targets in words only, as words."""
    if not (has_numeric_clause(period) or has_numeric_clause(annual)):
        return _words(" ".join(c.text for c in period)) == _words(" ".join(c.text for c in annual))
    return len(period) == len(annual) and all(
        _measure(p) == _measure(a)
        and (not (p.context and a.context) or _words(p.context) == _words(a.context))
        for p, a in zip(period, annual, strict=True)
    )


TARGET_RULES: dict[str, Callable[[Target], str | None]] = {
    "target_repeats_indicator_name": _repeats_name,
    "target_unparsed": _unparsed,
    "target_placeholder": _placeholder,
    "target_error_value": _spreadsheet_error,
    "deadline_before_fiscal_year": _deadline_early,
    "satisfaction_not_percent": _satisfaction_not_percent,
    "percent_implausible": _percent_implausible,
    "date_serial_suspected": _date_serial,
}


@functools.lru_cache(maxsize=2**16)
def target_problems(
    indicator_name: str,
    is_satisfaction: bool,
    period: str | None,
    annual: str | None,
    fiscal_year: int | None,
) -> tuple[tuple[str, str, str], ...]:
    """(rule, message, evidence) for one indicator's two targets; memoised, since the same
    indicator and targets recur across departments and years."""
    targets = {
        scope: Target(value, parse_target(value, indicator_name, fiscal_year), indicator_name,
                      is_satisfaction, fiscal_year)
        for scope, value in (("period", period), ("annual", annual))
        if value is not None
    }  # fmt: skip
    problems = []
    for rule, test in TARGET_RULES.items():
        hits = {
            scope: (message, target.value)
            for scope, target in targets.items()
            if (message := test(target))
        }
        if hits:
            scopes = " and ".join(_SCOPE_NAMES[scope] for scope in hits)
            message, value = next(iter(hits.values()))
            problems.append((rule, f"{scopes}: {message}", value))
    if (
        len(targets) == 2
        and period != annual
        and not same_meaning(targets["period"].clauses, targets["annual"].clauses)
    ):
        problems.append(
            ("period_annual_differ", "实施周期指标值 and 年度指标值 differ", f"{period} | {annual}")
        )
    return tuple(problems)


# Comparisons a name may write that a target would (not `=`: a bare figure in a name is a size,
# `1.5米护栏`, not a bound).
_BOUNDS = (">=", ">", "<=", "<", "between")


@functools.lru_cache(maxsize=2**14)
def comparison_in_name(name: str) -> str | None:
    """The comparison an indicator's name writes (`培训人数≥1500人次` -> `≥1500人次`), which may
    be its target where its value cell is empty; None when the name writes none."""
    return next(
        (c.text for c in parse_target(name) if c.kind != "text" and c.operator in _BOUNDS), None
    )


def check_targets(tables: Tables, fiscal_year: int | None) -> Iterator[dict]:
    """The per-target rules, one finding per indicator naming the scopes where it holds, and
    target_in_name for an indicator that prints no target but writes a comparison in its name
    (never read as its target: the table printed none where it prints its values)."""
    for indicator in tables.indicators:
        empty = not (indicator["annual_target"] or indicator["period_target"])
        if empty and (written := comparison_in_name(indicator["indicator_name"])):
            message = (
                f"no target printed; the name writes {written!r}, which may be the target; it is "
                "not read as one: check the published table"
            )
            yield _finding_on(indicator, "indicator", "target_in_name", message, written)
        is_satisfaction = indicator["level1_code"] == "3" or indicator["level2_code"] == "31"
        for rule, message, evidence in target_problems(
            indicator["indicator_name"],
            is_satisfaction,
            indicator["period_target"],
            indicator["annual_target"],
            fiscal_year,
        ):
            yield _finding_on(indicator, "indicator", rule, message, evidence)


def check_actuals(tables: Tables, fiscal_year: int | None) -> Iterator[dict]:
    """actual_unparsed: a self-evaluation's actual with digits that gave no numeric clause (as
    target_unparsed for targets)."""
    for indicator in tables.indicators:
        actual = indicator["actual_value"]
        if (
            actual
            and _DIGIT.search(actual)
            and not has_numeric_clause(parse_actual(actual, fiscal_year))
        ):
            yield _finding_on(
                indicator,
                "indicator",
                "actual_unparsed",
                "实际完成值: the actual has digits but no number, date or duration could be "
                "read from it",
                actual,
            )


def check_missing_level1(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """missing_level1: a project with no 产出, 效益 or 满意度 indicator. Not in a table with
    no indicator at all: its one finding says so (indicators_none, indicator_column_missing).
    A project none of whose indicators prints a 一级 (a flat list, 表十二) gets one finding
    saying so, not one for each level it cannot be told to lack."""
    if not tables.indicators:
        return
    by_project = _by_project(tables)
    for project in tables.projects:
        indicators = by_project.get(project["project_id"], [])
        present = {indicator["level1_code"] for indicator in indicators}
        if indicators and present == {None}:
            yield _finding_on(
                project,
                "project",
                "missing_level1",
                f"none of the project's {len(indicators)} indicators names its 一级 level: "
                f"whether it has {'、'.join(_REQUIRED_LEVEL1.values())} indicators is not known",
                None,
            )
            continue
        for code, name in _REQUIRED_LEVEL1.items():
            if code not in present:
                yield _finding_on(
                    project,
                    "project",
                    "missing_level1",
                    f"the project has no {name} indicator",
                    name,
                )


def check_missed_full_score(tables: Tables, _fiscal_year: int | None) -> Iterator[dict]:
    """target_missed_full_score: an indicator whose actual misses its target (`met` false,
    `pipeline.attainment`) but whose 得分 is its whole 分值 (not 0). A 得分 above its 分值 is no
    full score but a wrong one (score_exceeds_weight): not this rule's."""
    for indicator in tables.indicators:
        if indicator["met"] is not False:
            continue
        weight, score = indicator["weight"], indicator["score"]
        if weight and score == weight:
            yield _finding_on(
                indicator,
                "indicator",
                "target_missed_full_score",
                f"the actual {indicator['actual_value']} misses the target "
                f"{indicator['annual_target']}, yet the indicator scored its full {weight:g} "
                f"points ({score:g})",
                f"{indicator['annual_target']} | {indicator['actual_value']}",
            )


def number_findings(document_id: str, found: list[dict]) -> list[dict]:
    """Findings in a defined order (line, rule, entity), each with its stable id."""
    ordered = sorted(
        found, key=lambda row: (row["source_line"] or 0, row["rule"], row["entity_id"] or "")
    )
    return [{"finding_id": f"{document_id}:f{n}", **row} for n, row in enumerate(ordered, start=1)]


def check_duplicates(documents: list[tuple[str, str, str]]) -> list[dict]:
    """`duplicate_document`, across the build: each file with the same bytes as one before
    it (in path order), pointing at the first of them; numbered apart from the document's
    own findings. `documents`: (document_id, source_file, sha256) of documents."""
    first: dict[str, str] = {}
    found = []
    for document_id, source_file, sha256 in sorted(documents, key=lambda d: paths.path_order(d[1])):
        if sha256 in first:
            row = finding(
                document_id,
                "duplicate_document",
                f"the same bytes as {first[sha256]}: the same table twice? keep one of them",
                source_file=source_file,
                source_line=None,
            )
            found.append({"finding_id": f"{document_id}:duplicate", **row})
        first.setdefault(sha256, source_file)
    return found
