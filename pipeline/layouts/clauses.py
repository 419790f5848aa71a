"""Layout readers, targets: the threshold clauses of an indicator's annual or period target, or of
a self-evaluation's actual.

`pipeline.targets.parser.parse_target` reads the target text (`parse_actual` the actual);
split value columns are joined first (`≥ | 95 | %` -> `≥95%`, see `indicator_grid.join_parts`),
so the operator column gives the operator, also where words stand between it and the number
(`≥ | 较2024年提高0.1个等级`), and a row it marks 定性, or whose column of value types does,
is a text target whatever it writes (`定性 | 年内完成`: no deadline). The unit column is a
unit as written: where the parser's unit vocabulary stops short of it (`人数` read as `人`),
the written unit stands, for the actual too when it was joined with it. `parse_target` would need a `unit=` argument (a
unit given, not read) to do this itself. A month or quarter without its year that the parser
reads as a date (`≤ | 3 | 月` joined `≤3月`, March) is a length when the unit column wrote it:
the column says the value counts months; and so does an actual joined with it (`11` `月`).

An actual written without a unit takes the unit its indicator's name prints, as the target
does (`补贴面积(≥**万亩)`: `38.46` is 38.46 万亩, `unit_inferred`); the name's operator is a
target's bound and stays out of the actual, which is what was measured.
"""

import dataclasses

from pipeline.labels.columns import matchable
from pipeline.labels.lines import is_bare_figure
from pipeline.layouts.records import Indicator
from pipeline.targets.parser import Clause, parse_actual, parse_target, qualitative_target
from pipeline.vocab.layout_labels import NO_UNIT_MARKS, OPERATOR_WORDS, QUALITATIVE_WORDS
from pipeline.vocab.target_words import UNITS
from pipeline.vocab.traditional import simplified

# The time lengths of the parser's units, by spelling: (written, canonical).
_LENGTHS = {written: canonical for written, canonical, kind, _ in UNITS if kind == "duration"}


def target_clauses(indicator: Indicator, scope: str, fiscal_year: int | None) -> tuple[Clause, ...]:
    """Clauses of the indicator's `annual` or `period` target, or of its `actual`; () when it
    has none."""
    if scope == "actual":
        # Its unit as the unit column writes it where it took it (`28` under `个工作日`), else
        # as the parser reads the cell (`9个月` written whole: 月).
        text, unit = indicator.actual, indicator.actual_unit_raw
        clauses = _unit_from_name(parse_actual(text, fiscal_year), text, indicator.name)
    else:
        annual = scope == "annual"
        text = indicator.annual_target if annual else indicator.period_target
        operator, unit = (
            (indicator.target_operator_raw, indicator.target_unit_raw)
            if annual
            else (indicator.period_operator_raw, indicator.period_unit_raw)
        )
        if _qualitative(indicator, operator) or parts_off(operator):
            return qualitative_target(text)
        clauses = _operator_from_column(parse_target(text, indicator.name, fiscal_year), operator)
    unit = unit and simplified(unit)  # canonical, as the parser's units: `個` is `个`
    clauses = _length_in_unit_column(clauses, text, unit)
    if (
        not clauses
        or not unit
        or unit.strip() in NO_UNIT_MARKS  # `0 | --`: the unit column says none
        or any(ch.isdigit() for ch in unit)
        or clauses[0].kind in ("text", "date")
    ):
        return clauses
    if clauses[0].unit == unit:
        return clauses
    return (dataclasses.replace(clauses[0], unit=unit, unit_inferred=False), *clauses[1:])


def parts_off(operator: str | None) -> bool:
    """Whether the operator column holds a figure (`3,260 | 户 | 10` under 计算符号 | 指标值 |
    计量单位): the row's parts stand a column off, as a converter shifted them, and which figure
    is the value no column tells, so the target is text, never the weight read as a figure of it
    (`target_parts_off`)."""
    return is_bare_figure(operator or "")


def _qualitative(indicator: Indicator, operator: str | None) -> bool:
    """Whether the row says its target is qualitative: 定性 in its operator column, or in a
    column that only says each value's type (`指标值类型（定量/定性） | 计算符号`: 定性 beside an
    empty operator), kept among its extra cells."""
    return any(
        matchable(text) in QUALITATIVE_WORDS
        for text in (operator or "", *(text for _, text in indicator.extra))
        if any(word[:1] in text for word in QUALITATIVE_WORDS)
    )


def _operator_from_column(clauses: tuple[Clause, ...], written: str | None) -> tuple[Clause, ...]:
    """The clauses, the first taking the operator column's comparison where words stand between
    it and the number (`≥ | 较2024年提高0.1个等级` joined is no `≥0.1`: read bare, `=`); the
    column says how the value compares, and its word leaves the context."""
    written = (written or "").strip()
    operator = OPERATOR_WORDS.get(written)
    if not clauses or operator in (None, "=") or clauses[0].kind in ("text", "date"):
        return clauses
    first = clauses[0]
    if first.operator != "=":
        return clauses
    context = first.context
    if context and context.startswith(written):
        context = context[len(written) :].strip() or None
    return (dataclasses.replace(first, operator=operator, context=context), *clauses[1:])


def _length_in_unit_column(
    clauses: tuple[Clause, ...], text: str | None, unit: str | None
) -> tuple[Clause, ...]:
    """The clauses, the first a length when the parser read a date without its year from a
    value whose unit column writes a time length (`≤3月` under 计量单位 `月`: ≤ 3 months, not
    March). A date whose year is written (`= | 2024 | 年`) stays a date."""
    length = _LENGTHS.get(unit or "")
    if not length or not clauses or clauses[0].kind != "date" or not text.endswith(unit):
        return clauses
    if parse_target(text)[0].date is not None:
        return clauses  # a date without the fiscal year: its year is written
    count = parse_target(text[: -len(unit)])
    if len(count) != 1 or count[0].kind != "number" or count[0].unit:
        return clauses
    first = dataclasses.replace(
        count[0], text=clauses[0].text, kind="duration", unit=length, base_unit=length
    )
    return (first, *clauses[1:])


def _unit_from_name(clauses: tuple[Clause, ...], text: str | None, name: str) -> tuple[Clause, ...]:
    """The actual's clauses, the first given the unit of the indicator name's template when it
    writes none (its number, kind and base value in that unit); its operator stays its own."""
    if not clauses or clauses[0].unit is not None or clauses[0].kind in ("text", "date"):
        return clauses
    hinted = parse_target(text, name)
    if not hinted or not hinted[0].unit_inferred or hinted[0].value != clauses[0].value:
        return clauses
    named = hinted[0]
    first = dataclasses.replace(
        clauses[0],
        kind=named.kind,
        unit=named.unit,
        base_value=named.base_value,
        base_value_max=named.base_value_max,
        base_unit=named.base_unit,
        unit_inferred=True,
    )
    return (first, *clauses[1:])
