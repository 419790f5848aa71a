"""Schemas: `thresholds`, one row per clause of a parsed target value."""

import pandera.pandas as pa

from schemas._types import Bool, Date, Float, Int, String, column, source_file, source_line

KINDS = ["number", "percent", "money", "date", "duration", "text"]
OPERATORS = [">=", ">", "<=", "<", "=", "between", "≈"]


class Thresholds(pa.DataFrameModel):
    """One row per clause of a target value. Key: (indicator_id, scope, clause_seq)."""

    indicator_id: String = column(
        "Indicator id", "The indicator whose target this is (indicators)."
    )
    project_id: String = column("Project id", "The indicator's project (projects).")
    document_id: String = column("Document id", "The indicator's table (documents).")
    scope: String = column(
        "Scope",
        "`period` for 实施周期指标值, `annual` for 年度指标值, `actual` for a self-evaluation's "
        "实际完成值 (read like a target: `95%` is `=` 95 %; words of completion such as 已完成 or "
        "已达到 are no operator).",
        isin=["period", "annual", "actual"],
    )
    clause_seq: Int = column("Clause", "1-based position of the clause in the value.", ge=1)
    text: String = column(
        "Text", "The cleaned part of the value this clause was read from.", label="指标值"
    )
    kind: String = column(
        "Kind", "number, percent, money, date, duration, or text (nothing quantified).", isin=KINDS
    )
    operator: String = column(
        "Operator",
        ">=, >, <=, <, =, between or ≈; 以上/以下/以内 include the number, 超过/不满 do not "
        "(民法典 第一千二百五十九条); null for text.",
        nullable=True,
        isin=OPERATORS,
    )
    value: Float = column(
        "Value", "The number as written, in `unit` (75 for 75亿元).", unit="unit", nullable=True
    )
    value_max: Float = column(
        "Upper value", "Upper bound for `between`.", unit="unit", nullable=True
    )
    unit: String = column(
        "Unit",
        "Unit as written, canonicalised (%, 个, 亿元, 元/亩, 工作日 ...).",
        label="计量单位",
        nullable=True,
    )
    base_value: Float = column(
        "Base value",
        "`value` with the unit's magnitude word applied (75亿元 -> 7.5e9).",
        unit="base_unit",
        nullable=True,
    )
    base_value_max: Float = column(
        "Base upper value", "`value_max` in base_unit.", unit="base_unit", nullable=True
    )
    base_unit: String = column(
        "Base unit",
        "`unit` without its magnitude word (亿元 -> 元, 万人 -> 人, 万 -> '').",
        nullable=True,
    )
    date: Date = column(
        "Date",
        "For kind = date: the date, or the start of a range; implied years resolved with "
        "the fiscal year.",
        nullable=True,
    )
    date_max: Date = column("End date", "For kind = date: the end of a range.", nullable=True)
    context: String = column(
        "Context",
        "What is left of `text` once operator, number and unit are taken out.",
        nullable=True,
    )
    operator_inferred: Bool = column(
        "Operator inferred",
        "True when the operator was taken from the indicator name (≥**%).",
    )
    unit_inferred: Bool = column(
        "Unit inferred", "True when the unit was taken from the indicator name (人)."
    )
    source_file: String = source_file()
    source_line: Int = source_line()

    class Config:
        title = "thresholds"
        description = (
            "One row per clause of a target value. Key: (indicator_id, scope, clause_seq). "
            "indicator_id -> indicators."
        )
        strict = True
        unique = ["indicator_id", "scope", "clause_seq"]

    @pa.dataframe_check(error="value > value_max")
    def value_not_above_max(cls, df):
        return ~(df["value"] > df["value_max"]).fillna(False)
