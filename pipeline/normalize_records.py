"""Normalize stage, layout records: the `TableRead`s of one file -> rows of the output tables.

Pure. The layout readers (`pipeline.layouts`) hand over what each table prints as
layout-neutral records, values as printed; this turns them into the same rows the packed
table gives (`pipeline.normalize`): money exact in 万元, levels on the taxonomy, targets
parsed into threshold clauses (split value columns joined, the written unit kept), a code
printed before a project's name kept apart from it (`2025-001 …`: `coded_name`), and every
cell no reader placed into a finding that carries its text. A self-evaluation adds its money
block's measures to the project row, one `fund_source` amount row per fund source, and its
actuals as threshold clauses of scope `actual`; the points its table prints for the weights
go beside the rows (`Tables.points`) for the weights check.
"""

import bisect
import operator
from decimal import Decimal

from pipeline.labels.columns import compact, matchable
from pipeline.labels.lines import period_bounds, stated_year
from pipeline.layouts import amounts, project_amounts, self_evaluation
from pipeline.layouts.clauses import parts_off, target_clauses
from pipeline.layouts.header_block import OUTSIDE_CELLS
from pipeline.layouts.indicator_grid import (
    LEVEL_POINTS,
    NO_INDICATOR_UNDER,
    TEMPLATE_PLACEHOLDER,
    TOTAL_UNDER_UNKNOWN,
)
from pipeline.layouts.records import Amount, Indicator, Project, TableRead
from pipeline.manifest import Source, document_id_for
from pipeline.money import format_amount
from pipeline.normalize import FUND_SOURCE_COLUMNS, as_json, document_row, level_columns
from pipeline.rows import RowWriter, Tables
from pipeline.targets.parser import CLAUSE_FIELDS, has_numeric_clause
from pipeline.vocab import labels, layout_labels, taxonomy

# Cells no reader placed, by why: the rule of the finding that carries each one.
_LEFTOVER_RULES = {
    "sign-off line": "table_note",
    "a note under the table": "table_note",
    OUTSIDE_CELLS: "line_unrecognised",
    # A template's row left unfilled: read, and it says nothing (no cell lost).
    TEMPLATE_PLACEHOLDER: "template_row_skipped",
    NO_INDICATOR_UNDER: "template_row_skipped",
    LEVEL_POINTS: "table_note",
    TOTAL_UNDER_UNKNOWN: "table_note",
}


def coded_name(name: str | None) -> tuple[str | None, str | None]:
    """(the code printed before a project's name, the name without it); (None, name) when none
    is (`layout_labels.PROJECT_CODE_SEPARATORS` and the rest say what a code looks like)."""
    text = (name or "").strip()
    close = layout_labels.PROJECT_CODE_BRACKETS.get(text[:1])
    head, _, rest = text[1:].partition(close) if close else text.partition(" ")
    code, rest = head.strip(), rest.strip()
    marks = layout_labels.PROJECT_CODE_SEPARATORS
    digits = sum(ch.isdigit() for ch in code)
    is_code = (
        code.isascii()
        and all(ch.isalnum() or ch in marks for ch in code)
        and digits > 0
        and (any(mark in code for mark in marks) or digits >= layout_labels.PROJECT_CODE_MIN_DIGITS)
    )
    if not is_code or not rest or rest[0].isascii():
        return None, name
    return code, rest


def normalize_reads(
    source_file: str, sha256: str, encoding: str, reads: list[TableRead], source: Source
) -> Tables:
    """All output rows of one file whose tables the layout readers read."""
    document_id = document_id_for(source_file)
    fiscal_year, year_source = source.fiscal_year, "manifest" if source.fiscal_year else None
    if fiscal_year is None and (fiscal_year := _stated_year(reads)) is not None:
        year_source = "inferred"
    writer = _RecordWriter(source_file, document_id, fiscal_year)
    carried = None  # the money unit the file's tables printed last
    for number, read in enumerate(reads, 1):
        writer.add_table(read, number, carried)
        carried = read.currency_unit or carried
    writer.check_indicators_read()
    tables = writer.tables
    read_any = [read for read in reads if read.layout != "unrecognised"]
    # A blank form (`_blank`) is set aside: its layout is none the file was read in, unless the
    # file holds nothing else.
    filled = [r for r in read_any if not (r.projects and all(map(_blank, r.projects)))] or read_any
    first = filled[0] if filled else reads[0]
    types = {read.document_type for read in read_any}
    tables.documents.append(
        document_row(
            document_id,
            source_file,
            sha256,
            source,
            title=first.title,
            department=source.department or first.department,
            fiscal_year=fiscal_year,
            fiscal_year_source=year_source,
            currency_unit=first.currency_unit,
            layout=",".join(
                dict.fromkeys(name for read in filled for name in read.layout.split(","))
            )
            or None,
            document_type="self_evaluation"
            if "self_evaluation" in types
            else min(types, default=None),
            encoding=encoding,
            status="ok" if read_any else "failed",
            project_count=len(tables.projects),
            indicator_count=len(tables.indicators),
            source_line=min(
                (project.line for read in read_any for project in read.projects), default=1
            ),
        )
    )
    return tables


def _stated_year(reads: list[TableRead]) -> int | None:
    return next(filter(None, (stated_year(read.title) for read in reads)), None)


class _RecordWriter(RowWriter):
    """Fills `tables` from one file's records; one instance per file, then discarded."""

    def add_table(self, read: TableRead, number: int, carried: str | None = None) -> None:
        """The rows of the file's table `number`, each remembered as that table's; `carried`,
        the money unit a table before it in the file printed."""
        first_project, first_amount = len(self.tables.projects), len(self.tables.amount_rows)
        self.read_table(read, carried)
        for row in self.tables.projects[first_project:]:
            self.tables.table_numbers[row["project_id"]] = (number, read.layout)
        for row in self.tables.amount_rows[first_amount:]:
            self.tables.table_numbers[row["amount_row_id"]] = (number, read.layout)

    def read_table(self, read: TableRead, carried: str | None = None) -> None:
        for layout_finding in read.findings:
            self.problem(layout_finding.rule, layout_finding.message, layout_finding.line)
        for leftover in read.leftovers:
            rule = _LEFTOVER_RULES.get(leftover.reason, "row_unparsed")
            self.problem(rule, leftover.reason, leftover.line, evidence=leftover.text)
        # A table that prints no money unit is read in the unit a table before it in the file
        # printed (a list going on over a page, its header printed again without `金额单位：元`),
        # else in 万元, as the packed table is.
        table_unit = read.currency_unit or carried or labels.STORED_CURRENCY_UNIT
        if read.layout != "unrecognised" and read.currency_unit is None:
            self.problem(
                "currency_unit_missing",
                "the table prints no money unit (单位：万元 or 元); amounts with no unit of "
                f"their own are read as {table_unit}"
                + (", the unit a table before it in the file prints" if carried else ""),
                read.projects[0].line if read.projects else None,
            )
        units, project_units = _funding_units(read)
        for subtotal in read.subtotals:
            seq = len(self.tables.amount_rows) + 1
            total = amounts.to_wan(subtotal.text, subtotal.unit or table_unit)
            parts = _summed_parts(subtotal, subtotal.unit or table_unit)
            self.tables.amount_rows.append(
                {
                    "amount_row_id": f"{self.document_id}:a{seq}",
                    "document_id": self.document_id,
                    "row_seq": seq,
                    "row_type": subtotal.kind,
                    "name": units.get(subtotal.line, subtotal.label),
                    **_money_columns(total_amount=(total, subtotal.text), **parts),
                    **dict.fromkeys(FUND_SOURCE_COLUMNS),
                    "source_file": self.source_file,
                    "source_line": subtotal.line,
                }
            )
        for project, unit in zip(read.projects, project_units, strict=True):
            if _blank(project):
                self.problem(
                    "table_set_aside",
                    "a blank form, its labels only (no project name, money, goal, field or "
                    "indicator filled in: a template), set aside",
                    project.line,
                    evidence=project.supervising_department,
                )
                continue
            self.add_project(project, table_unit, unit)

    def check_indicators_read(self) -> None:
        """A file that gave projects but not one indicator is never silent."""
        projects = self.tables.projects
        if projects and not self.tables.indicators:
            self.problem(
                "indicators_none",
                f"{len(projects)} projects but not one indicator read from the indicator "
                "columns; compare the file with the published table",
                projects[0]["source_line"],
            )

    def add_project(self, project: Project, table_unit: str, subtotal: str | None) -> None:
        seq = len(self.tables.projects) + 1
        project_id = f"{self.document_id}:p{seq}"
        money = project_amounts(project, table_unit)
        for line, label, figures in money["several_figures"]:
            self.problem(
                "amount_unparsed",
                f"{label} prints several figures on one row ({figures}) under no heading that "
                "says which is which; none is taken"
                if " + " in figures
                else f"{label} prints {figures} under a heading that says no measure read here; "
                "it is not taken",
                line,
                evidence=figures,
            )
        for line, label, text in money["unreadable"]:
            self.problem(
                "amount_unparsed",
                f"{label} {text!r} is not an amount; correct the cell or report the file",
                line,
                evidence=text,
            )
        block, funds = self_evaluation.money_block(project)
        money_line = _money_line(project, block, money["total_raw"])
        if money_line != project.line:
            self.tables.money_lines[project_id] = money_line
        if (split := _spending_mismatch(project, money, bool(funds), table_unit)) is not None:
            rule, message, evidence = split
            self.problem(
                rule,
                message,
                money_line,
                entity_type="project",
                entity_id=project_id,
                evidence=evidence,
            )
        for line, message, evidence in _items_mismatch(project, table_unit):
            self.problem(  # a 金额合计 row under a department's tasks: a subtotal of theirs
                "subtotal_mismatch",
                message,
                line,
                entity_type="project",
                entity_id=project_id,
                evidence=evidence,
            )
        for line, label in dict.fromkeys((a.line, a.label) for a in _unknown_money(project)):
            self.problem(
                "label_unknown",
                f"label {label!r} is not in the layout vocabulary: its row of the money block is "
                "read as no source of funds; its figures are kept in projects.extra_columns",
                line,
                evidence=label,
            )
        rate = block.cells.get("execution_rate") if block else None
        rate_read = self.rate_read(
            rate, money["budget_adjusted"], money["executed"], block, "project", project_id
        )
        kept = (
            *project.fields,
            *_spending_split(project),
            *money["period_parts"],
            *money["item_parts"],
        )
        fields = _by_label(_printed_again_dropped(kept))
        if subtotal and project.funding_unit and project.funding_unit != subtotal:
            fields["单位名称"] = project.funding_unit
        code, name = coded_name(project.name)
        if code:
            fields[layout_labels.PROJECT_CODE_LABEL] = code
        self.tables.projects.append(
            {
                "project_id": project_id,
                "document_id": self.document_id,
                "project_seq": seq,
                "project_name": name or "",
                "funding_unit": subtotal or project.funding_unit,
                **_money_columns(
                    total_amount=(money["total"], money["total_raw"]),
                    fiscal_appropriation=(money["fiscal"], money["fiscal_raw"]),
                    fiscal_special_account=(money["special"], money["special_raw"]),
                    other_funds=(money["other"], money["other_raw"]),
                    budget_initial=(money["budget_initial"], money["budget_initial_raw"]),
                    budget_adjusted=(money["budget_adjusted"], money["budget_adjusted_raw"]),
                    budget_executed=(money["executed"], money["executed_raw"]),
                ),
                "performance_goal": project.annual_goal,
                "project_kind": project.project_kind,
                "supervising_department": project.supervising_department,
                "implementing_unit": project.implementing_unit,
                "period_goal": project.period_goal,
                "actual_goal": project.actual_goal,
                **_period(project),
                "period_text": project.period_text,
                "period_amount": money["period"],
                "period_amount_raw": money["period_raw"],
                "execution_rate": rate_read,
                "execution_rate_raw": rate,
                "execution_weight": self_evaluation.number(block and block.cells.get("weight")),
                "execution_score": block
                and self.points_scored(block.cells, block.line, "project", project_id),
                "weight_total": self_evaluation.number(project.total_points),
                "weight_total_raw": project.total_points,
                "score_total": self_evaluation.number(project.total_score),
                "score_total_raw": project.total_score,
                "indicator_count": len(project.indicators),
                "extra_columns": as_json(fields),
                "source_file": self.source_file,
                "source_line": project.line,
            }
        )
        self.tables.points[project_id] = self_evaluation.printed_points(project)
        if money["shares"]:
            self.tables.shares.add(project_id)
        for fund in funds:
            self.add_fund_source(fund, project_id, table_unit)
        for item in self_evaluation.fund_items(project):
            self.add_fund_source(item, project_id, table_unit, "fund_source_part")
        for position, indicator in enumerate(project.indicators, start=1):
            self.add_indicator(indicator, project_id, position)

    def points_read(self, cells: dict, role: str, line: int, indicator_id: str) -> float | None:
        """An indicator's 分值 or 得分 (`role`) as printed, a number; a cell printing neither
        a number nor a mark of none (`NO_POINTS_WORDS`, `NO_VALUE_MARKS`) is left empty with a
        `points_unparsed` finding that keeps it."""
        text = cells.get(role)
        value = self_evaluation.number(text)
        mark = matchable(text or "")
        if value is None and mark and mark not in _NO_POINTS:
            label = "分值" if role == "weight" else "得分"
            self.problem(
                "points_unparsed",
                f"{label} {text!r} prints no number: left empty",
                line,
                entity_type="indicator",
                entity_id=indicator_id,
                evidence=text,
            )
        return value

    def indicator_score(self, cells: dict, line: int, indicator_id: str) -> float | None:
        """An indicator's 得分 (`points_scored`); one printing no number it reads is left empty
        as `points_read` says."""
        score = self.points_scored(cells, line, "indicator", indicator_id)
        return self.points_read(cells, "score", line, indicator_id) if score is None else score

    def points_scored(
        self, cells: dict, line: int, entity_type: str, entity_id: str
    ) -> float | None:
        """The 得分 of an indicator or a money block (`cells`: its 分值, 得分 and 得分系数 as
        printed) in points: a 得分 printed with the points taken off (`扣0.5分`, `8.5（扣1.5分）`:
        `deducted_points`) or saying full marks (`满分`: `full_marks_points`, its 分值) as the
        points it gives, with an info finding that keeps it as printed; the printed 得分; else a
        得分系数(%) read as 分值 × 系数 / 100, with an info finding that keeps the coefficient
        as printed (null when no 分值 is printed, or the coefficient is 1 or less: it may be a
        fraction of full marks)."""
        score, coefficient = cells.get("score"), cells.get("score_coefficient")
        weight = cells.get("weight")
        for rule, points in (
            ("score_deduction_read", self_evaluation.deducted_points(weight, score)),
            ("score_full_marks_read", self_evaluation.full_marks_points(weight, score)),
        ):
            if points is not None:
                self.problem(
                    rule,
                    f"得分 {score} of the {weight or 'unprinted'} points (分值): read as 得分 "
                    f"{points.normalize():f}",
                    line,
                    entity_type=entity_type,
                    entity_id=entity_id,
                    evidence=f"分值={weight or ''}\t得分={score}",
                )
                return float(points)
        printed = self_evaluation.printed_number
        if printed(score) is not None or printed(coefficient) is None:
            return self_evaluation.number(score)
        points = self_evaluation.coefficient_points(weight, coefficient)
        if points is not None:
            message = (
                f"得分系数(%) {coefficient} of the {weight} points (分值): read as 得分 "
                f"{points.normalize():f}"
            )
        elif self_evaluation.is_fraction_like(printed(coefficient)):
            message = (
                f"得分系数(%) {coefficient} may be a fraction of full marks (1 = all "
                "points) as well as a percentage: 得分 left empty"
            )
        else:
            message = (
                f"得分系数(%) {coefficient} of a 分值 the table does not print: 得分 left empty"
            )
        self.problem(
            "score_coefficient_read",
            message,
            line,
            entity_type=entity_type,
            entity_id=entity_id,
            evidence=f"分值={weight or ''}\t得分系数(%)={coefficient}",
        )
        return None if points is None else float(points)

    def rate_read(
        self, rate: str | None, adjusted, executed, row, entity_type: str, entity_id: str
    ) -> float | None:
        """A money row's printed 执行率 in percent (`self_evaluation.printed_rate`); one printed
        as a fraction of 1 (a workbook's percent cell saved as its value) is read as the
        percentage it stands for, with an info finding that keeps it as printed."""
        value, fraction = self_evaluation.printed_rate(rate, adjusted, executed)
        if fraction:
            self.problem(
                "execution_rate_fraction_read",
                f"执行率 {rate} is the fraction 全年执行数 / 全年预算数 = {executed} / {adjusted} "
                f"(a percent cell's stored value): read as {value.normalize():f}%",
                row.line,
                entity_type=entity_type,
                entity_id=entity_id,
                evidence=f"执行率={rate}",
            )
        return None if value is None else float(value)

    def add_fund_source(
        self,
        fund: self_evaluation.MoneyRow,
        project_id: str,
        table_unit: str,
        row_type: str = "fund_source",
    ) -> None:
        """One fund source's row of a self-evaluation's money block (其中:财政拨款, 其他资金 …),
        or a row itemising one (`fund_source_part`: 其中:省级资金 under 地方资金): its measures in
        万元, its total the 全年预算数 (or a figure under no heading)."""
        seq = len(self.tables.amount_rows) + 1
        measures = {
            column: self_evaluation.wan(fund, measure, table_unit)
            for column, measure in (("budget_initial", "budget_initial"),
                                    ("budget_adjusted", "budget_adjusted"),
                                    ("budget_executed", "executed"))
        }  # fmt: skip
        total = measures["budget_adjusted"] if fund.cells.get("budget_adjusted") else None
        rate = fund.cells.get("execution_rate")
        row_id = f"{self.document_id}:a{seq}"
        adjusted, executed = (measures[name][0] for name in ("budget_adjusted", "budget_executed"))
        rate_read = self.rate_read(rate, adjusted, executed, fund, "amount_row", row_id)
        self.tables.amount_rows.append(
            {
                "amount_row_id": row_id,
                "document_id": self.document_id,
                "row_seq": seq,
                "row_type": row_type,
                "name": fund.label,
                **_money_columns(
                    total_amount=total or self_evaluation.wan(fund, "plain", table_unit),
                    **measures,
                ),
                "project_id": project_id,
                "execution_rate": rate_read,
                "execution_rate_raw": rate,
                "source_file": self.source_file,
                "source_line": fund.line,
            }
        )

    def add_indicator(self, indicator: Indicator, project_id: str, position: int) -> None:
        level1_code, level1_name, level1_written = level_columns(indicator.level1_raw, 1)
        # A 一级 cell naming its level's only 二级, the 二级's empty, names that 二级 too.
        level2_raw = indicator.level2_raw or (
            indicator.level1_raw if taxonomy.only_child(indicator.level1_raw) else None
        )
        level2_code, level2_name, level2_written = level_columns(level2_raw, 2)
        indicator_id = f"{project_id}:i{position}"
        annual = target_clauses(indicator, "annual", self.fiscal_year)
        points = {
            "weight": indicator.weight,
            "score": indicator.score,
            "score_coefficient": indicator.score_coefficient,
        }
        self.tables.indicators.append(
            {
                "indicator_id": indicator_id,
                "project_id": project_id,
                "document_id": self.document_id,
                "indicator_position": position,
                "indicator_seq": indicator.seq,
                "level1_code": level1_code,
                "level1_name": level1_name,
                "level2_code": level2_code,
                "level2_name": level2_name,
                "level1_raw": indicator.level1_raw,
                "level2_raw": indicator.level2_raw,
                "level1_written_code": level1_written,
                "level2_written_code": level2_written,
                "indicator_name": indicator.name,
                "period_target": indicator.period_target,
                "annual_target": indicator.annual_target,
                "is_quantified": has_numeric_clause(annual),
                "target_operator_raw": indicator.target_operator_raw,
                "target_value_raw": indicator.target_value_raw,
                "target_unit_raw": indicator.target_unit_raw,
                "period_operator_raw": indicator.period_operator_raw,
                "period_value_raw": indicator.period_value_raw,
                "period_unit_raw": indicator.period_unit_raw,
                "weight": self.points_read(points, "weight", indicator.line, indicator_id),
                "actual_value": indicator.actual,
                "score": self.indicator_score(points, indicator.line, indicator_id),
                "deviation_reason": indicator.deviation,
                "standard": indicator.standard or indicator.explanation,
                "direction": indicator.direction,
                "extra_columns": as_json(
                    _by_label(
                        indicator.recipient_values
                        + indicator.extra
                        + _explained(indicator)
                        + _coefficient_beside_score(indicator)
                    )
                ),
                "source_file": self.source_file,
                "source_line": indicator.line,
            }
        )
        for label, written in (("年度", indicator.target_operator_raw),
                               ("实施期", indicator.period_operator_raw)):  # fmt: skip
            if parts_off(written):
                self.problem(
                    "target_parts_off",
                    f"{label}指标值's operator column holds the figure {written!r}: the row's "
                    "value parts stand a column off, so the target is kept as text",
                    indicator.line,
                    entity_type="indicator",
                    entity_id=indicator_id,
                    evidence=written,
                )
        for scope, clauses in (
            ("period", target_clauses(indicator, "period", self.fiscal_year)),
            ("annual", annual),
            ("actual", target_clauses(indicator, "actual", self.fiscal_year)),
        ):
            values = map(_CLAUSE_VALUES, clauses)
            self.add_clauses(indicator_id, project_id, scope, values, indicator.line)


def _period(project: Project) -> dict[str, str | None]:
    """A project's period bounds: as printed apart (开始日期, 结束日期), else as its 项目期 prints
    both (`period_bounds`)."""
    printed = (project.period_start, project.period_end)
    start, end = printed if any(printed) else period_bounds(project.period_text)
    return {"period_start": start, "period_end": end}


_NO_POINTS = frozenset((*layout_labels.NO_POINTS_WORDS, *layout_labels.NO_VALUE_MARKS, "－"))

# A self-evaluation's measures of its money, each by its usual label (年初预算数, 全年预算数 …).
_MEASURE_NAMES = {
    role: names[0]
    for role, names in layout_labels.SPENDING_LABELS
    if role in self_evaluation.AMOUNT_MEASURES
}
# ... and of every column a self-evaluation's money rows print, its rate too (`项目支出 | … |
# 95.83%`), each kept with the row.
_SPENDING_COLUMNS = {role: names[0] for role, names in layout_labels.SPENDING_LABELS}


def _spending(project: Project) -> list:
    """A department's money by kind of spending (`其中：基本支出 | 800.00`, `项目支出 | 550.00`):
    money headings printed with a figure of their own, under no column, a heading that only
    says the money (`项目 | 2026年预算数` over `基本支出 | 9,813,500.00`) or a measure's (a
    self-evaluation's `项目支出 | 500.00 | 630.00 | 570.00`); and a self-evaluation's money
    rows of a label the vocabulary lacks (`_unknown_money`), kept with them."""
    return [
        a
        for a in project.amounts
        if a.role == "money_heading"
        and (_measure(a) is None or a.column in _SPENDING_COLUMNS)
        and _filled(a)
    ] + _unknown_money(project)


def _unknown_money(project: Project) -> list:
    """A self-evaluation's money rows whose label names no source of funds the vocabulary knows
    (`兵团专项补助 | 356.00 | 408.40 | 382.26`): figures under its measures, read as no fund row."""
    return [
        a
        for a in project.amounts
        if a.role == "detail" and a.column in _SPENDING_COLUMNS and _filled(a)
    ]


def _filled(amount: Amount) -> bool:
    """Whether a money cell prints something: not blank, nor a mark of no value (`—`)."""
    return amount.text.strip() not in ("", *layout_labels.NO_VALUE_MARKS)


def _spending_split(project: Project) -> tuple[tuple[str, str], ...]:
    """The money by kind of spending (`_spending`), which no amount column holds, as (label,
    text) fields, each under a measure by its name (`项目支出/全年执行数`): kept in
    `extra_columns`, not lost."""
    return tuple((_spending_label(a.label, _measure(a)), a.text) for a in _spending(project))


def _measure(amount: Amount) -> str | None:
    """The measure a money cell's column heading names; None for one that only says the money
    (`2026年预算数`, `金额`: `money_heading`), as for no heading."""
    return None if amount.column == "money_heading" else amount.column


def _money_line(project: Project, block, total: str | None) -> int:
    """The line of a project's money: its self-evaluation's money block's first row, else the
    line of the total read (资金总额, 金额合计: the cell printing `total`) or of its first amount;
    its own first line where it prints none."""
    if block is not None:
        return block.line
    totals = [a.line for a in project.amounts if a.role == "total" and a.text == total]
    return min(totals or [a.line for a in project.amounts] or [project.line])


def _spending_mismatch(project: Project, money: dict, funded: bool, table_unit: str | None):
    """(rule, message, evidence) where a department prints its money by kind of spending, every
    kind of one of `layout_labels.SPENDING_SPLITS` once with a figure, and they do not add up
    to its total: `spending_split_mismatch` for figures under no measure against 资金总额; in a
    self-evaluation's money block without fund rows, its 其中 rows by kind of spending under each
    measure against the total row's (`amount_row_mismatch`: its 其中 rows do not add up; not
    where it prints fund rows, `funded`). None where they do, or are not all printed, or no
    total is."""
    split = _split(project, None, table_unit)
    if split and money["total"] is not None:
        kinds, cells, figures = split
        if sum(figures) == money["total"]:
            return None
        return (
            "spending_split_mismatch",
            f"{' + '.join(kinds)} = {format_amount(sum(figures))} ≠ 资金总额 "
            f"{format_amount(money['total'])} (万元)",
            "\t".join(f"{a.label}={a.text}" for a in cells),
        )
    if funded:
        return None  # its fund rows are the parts its total is held against
    differences, printed = [], []
    for measure, name in _MEASURE_NAMES.items():
        split = _split(project, measure, table_unit)
        if split is None or money[measure] is None:
            continue
        kinds, cells, figures = split
        printed.extend(cells)
        if sum(figures) != money[measure]:
            differences.append(
                f"{name} {format_amount(money[measure])} ≠ {format_amount(sum(figures))}"
            )
    if not differences:
        return None
    return (
        "amount_row_mismatch",
        f"年度资金总额 ≠ the sum of its 其中 rows by kind of spending ({' + '.join(kinds)}) "
        "(万元): " + "; ".join(differences),
        "\t".join(f"{_spending_label(a.label, _measure(a))}={a.text}" for a in printed),
    )


def _split(project: Project, measure: str | None, table_unit: str | None):
    """(kinds, their cells, their figures in 万元) of the first of `layout_labels.SPENDING_SPLITS`
    whose every kind the project prints once under the measure (None: under none), each an
    amount; None otherwise."""
    printed: dict[str, list] = {}
    for amount in (a for a in _spending(project) if _measure(a) == measure):
        printed.setdefault(compact(amount.label), []).append(amount)  # `其中：基本支出`
    for kinds in layout_labels.SPENDING_SPLITS:
        if all(len(printed.get(kind, ())) == 1 for kind in kinds):
            cells = [printed[kind][0] for kind in kinds]
            figures = [amounts.to_wan(a.text, a.unit or table_unit) for a in cells]
            return None if None in figures else (kinds, cells, figures)
    return None


def _blank(project: Project) -> bool:
    """Whether a form read fills in nothing but its department (a workbook's 空白模板 sheet:
    `填报单位：某局` over the labels): no name, money, goal, other field or indicator."""
    return not (
        project.name
        or any(amount.text.strip() for amount in project.amounts)
        or project.annual_goal
        or project.period_goal
        or project.actual_goal
        or project.fields
        or project.indicators
    )


def _funding_units(read: TableRead) -> tuple[dict[int, str], list[str | None]]:
    """A list's 资金使用单位: the unit each unit subtotal names (by its line) and each project's.
    A subtotal whose label ends in 小计 (`潮州市特殊教育学校小计`, `小计`) closes the projects after
    the subtotal before it, the unit they printed (or the name before its 小计); any other (`某局
    | 131.50`) opens the projects after it, as in the packed table, named by its label. A
    单位名称 a project prints otherwise is kept beside it (`add_project`)."""
    rows = sorted((s.line, s.label) for s in read.subtotals if s.kind == "funding_unit")
    units = {line: label for line, label in rows}
    of: list[tuple[int, int] | None] = []  # each project's subtotal: (its index in rows, line)
    for project in read.projects:
        at = bisect.bisect(rows, (project.line,))
        below = rows[at] if at < len(rows) else None
        above = rows[at - 1] if at else None
        if (
            below
            and labels.subtotal_unit(below[1]) is not None
            and not (above and labels.subtotal_unit(above[1]) is None)
        ):
            of.append((at, below[0]))
        elif above and labels.subtotal_unit(above[1]) is None:
            of.append((at - 1, above[0]))
        else:
            of.append(None)
    for at, (line, label) in enumerate(rows):
        if (stem := labels.subtotal_unit(label)) is None:
            continue
        printed = {p.funding_unit for p, o in zip(read.projects, of, strict=True)
                   if o and o[0] == at and p.funding_unit}  # fmt: skip
        units[line] = printed.pop() if len(printed) == 1 else stem or label
    return units, [units[o[1]] if o else None for o in of]


def _items_mismatch(project: Project, table_unit: str | None) -> list[tuple[int, str, str]]:
    """(line, message, evidence) for each figure of an itemised block's total row (a
    department's 金额合计) that is not the sum of its items' figures under the same heading (its
    tasks' 预算金额); an item that leaves the column empty adds nothing. A figure that is no
    amount, or under which no item prints one, is not checked."""
    out = []
    for total in project.item_totals:
        printed = amounts.to_wan(total.text, total.unit or table_unit)
        items = [amounts.to_wan(text, total.unit or table_unit) for text in total.items]
        if printed is None or not items or None in items or sum(items) == printed:
            continue
        out.append((
            total.line,
            f"{total.label} {total.heading} {format_amount(printed)} ≠ "
            f"{format_amount(sum(items))} (万元), the sum of {len(items)} "
            f"item{'s' * (len(items) != 1)} {'below' if total.below else 'above'} it",
            " + ".join(total.items) + f" ≠ {total.text}",
        ))  # fmt: skip
    return out


def _spending_label(label: str, measure: str | None) -> str:
    label = label.strip().rstrip(":：").rstrip()
    return f"{label}/{_SPENDING_COLUMNS[measure]}" if measure else label


# The usual label of an indicator's explanation column (指标解释).
_EXPLANATION_LABEL = dict(layout_labels.COLUMN_LABELS)["explanation"][0]


def _explained(indicator: Indicator) -> tuple[tuple[str, str], ...]:
    """An indicator's explanation printed beside its standard (`指标解释 | 评分标准`), where
    `standard` holds the standard: kept as an extra cell under its usual label; alone, it is
    the `standard`."""
    if indicator.standard and indicator.explanation:
        return ((_EXPLANATION_LABEL, indicator.explanation),)
    return ()


# The usual label of a score printed in percent of the points (得分系数(%)).
_COEFFICIENT_LABEL = dict(layout_labels.COLUMN_LABELS)["score_coefficient"][0]


def _coefficient_beside_score(indicator: Indicator) -> tuple[tuple[str, str], ...]:
    """An indicator's 得分系数(%) printed beside its 得分 (重庆: `得分系数（%） | 指标权重（分） |
    指标得分（分）`): the score is the printed 得分, the coefficient kept as an extra cell under its
    usual label; alone, it gives the score (`points_scored`)."""
    printed = self_evaluation.printed_number
    if printed(indicator.score) is not None and printed(indicator.score_coefficient) is not None:
        return ((_COEFFICIENT_LABEL, indicator.score_coefficient),)
    return ()


def _printed_again_dropped(cells: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """(label, text) cells with a cell printed again with the same text dropped (a head
    repeated on a page: one field), but where its label holds other texts too: a list's, each
    row's kept (a department's 年度主要任务 rows, `任务名称 | 主要内容 | 其他资金`: `0.00`, `40.00`,
    `0.00`), numbered by `_by_label` as an indicator's are."""
    texts: dict[str, set[str]] = {}
    for label, text in cells:
        texts.setdefault(label, set()).add(text)
    seen: set[tuple[str, str]] = set()
    out = []
    for cell in cells:
        if cell not in seen or len(texts[cell[0]]) > 1:
            out.append(cell)
        seen.add(cell)
    return tuple(out)


def _by_label(cells: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """(label, text) cells by label; a label printed again is numbered (`完成率#2`)."""
    out: dict[str, str] = {}
    for label, text in cells:
        key, seen = label, 1
        while key in out:
            seen += 1
            key = f"{label}#{seen}"
        out[key] = text
    return out


# A clause's values in CLAUSE_FIELDS order.
_CLAUSE_VALUES = operator.attrgetter(*CLAUSE_FIELDS)


# The amount columns of a subtotal's sources of funds, by the role of their cells.
_PART_COLUMNS = dict(zip(layout_labels.FUND_PART_ROLES, labels.AMOUNT_COLUMNS[1:], strict=True))


def _summed_parts(subtotal, unit: str | None) -> dict[str, tuple[Decimal | None, str]]:
    """A subtotal row's parts by amount column, in 万元 beside their printed text: the parts of
    one column summed (a list's shares of its funds, `上级补助资金` beside `财政拨款`), their texts
    joined by ` + `; None where one of them is no amount."""
    by_column: dict[str, list[str]] = {}
    for role, text in subtotal.parts:
        by_column.setdefault(_PART_COLUMNS[role], []).append(text)
    summed = {}
    for column, texts in by_column.items():
        figures = [amounts.to_wan(text, unit) for text in texts]
        total = None if None in figures else sum(figures, Decimal(0))
        summed[column] = (total, " + ".join(texts))
    return summed


def _money_columns(**values: tuple[Decimal | None, str | None]) -> dict:
    """The four amount columns of the packed table and their printed text, filled from
    `values` (column -> (万元, printed)), the others null; and any other amount column
    `values` names (a self-evaluation's budget_initial …)."""
    row = {}
    for column in dict.fromkeys((*labels.AMOUNT_COLUMNS, *values)):
        amount, text = values.get(column, (None, None))
        row[column] = amount
        row[f"{column}_raw"] = text or None
    return row
