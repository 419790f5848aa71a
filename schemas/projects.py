"""Schemas: `projects`, one row per project row of a table."""

import pandera.pandas as pa

from schemas._types import (
    Float,
    Int,
    Money,
    String,
    column,
    source_file,
    source_line,
    source_location,
)


def money(title: str, label: str, what: str):
    return column(
        title,
        f"{what} in 万元, exact: the printed amount converted from the unit the table prints "
        "(documents.currency_unit, or the cell's own: 3,309,840.53 元 is 330.984053). Null "
        "when the cell is empty, or its amount cannot be converted (see findings).",
        label=label,
        unit="万元",
        nullable=True,
    )


def raw(label: str):
    return column(
        f"{label} as printed",
        f"The {label} cell exactly as printed, in the unit printed (documents.currency_unit).",
        label=label,
        title_zh=f"{label}（原文）",
        nullable=True,
    )


# A self-evaluation's money measures (its money block, and each fund source's row):
# column -> (title, Chinese label, what it is).
MEASURES = {
    "budget_initial": ("Initial budget", "年初预算数", "budget at the start of the year"),
    "budget_adjusted": (
        "Adjusted budget",
        "全年预算数",
        "budget for the whole year, as adjusted (全年预算数, 调整后预算数)",
    ),
    "budget_executed": ("Executed", "全年执行数", "spending in the year (全年执行数, 预算执行数)"),
}


def measure(name: str, whose: str):
    """A self-evaluation money measure's column, for `whose` rows (`A self-evaluation's`)."""
    if name == "execution_rate":
        return column(
            "Execution rate",
            f"{whose} 执行率 in percent, as printed (`100.00%` -> 100.0), not recomputed "
            "(execution_rate_mismatch compares it with budget_executed / budget_adjusted); a "
            "fraction of 1 that the amounts give is its percentage (`0.9612` -> 96.12, "
            "execution_rate_fraction_read); null where not printed.",
            label="执行率",
            unit="%",
            nullable=True,
        )
    title, label, what = MEASURES[name]
    return money(title, label, f"{whose} {what}")


class Projects(pa.DataFrameModel):
    """One row per project row of a table (subtotal rows are in amount_rows). Key: project_id."""

    project_id: String = column(
        "Project id", "`<document_id>:p<project_seq>`.", title_zh="项目编号", unique=True
    )
    document_id: String = column(
        "Document id", "The table the project is in (documents).", title_zh="文档编号"
    )
    project_seq: Int = column(
        "Project order", "1-based order of the project in its table.", title_zh="项目顺序", ge=1
    )
    project_name: String = column(
        "Project name", "Name of the project as printed.", label="项目名称"
    )
    funding_unit: String = column(
        "Funding unit",
        "The 资金使用单位 whose subtotal row the project sits under; null when the table has none.",
        label="资金使用单位",
        nullable=True,
    )
    total_amount: Money = money("Total", "总计", "Total funds")
    fiscal_appropriation: Money = money(
        "Fiscal appropriation", "财政拨款", "Funds from the general budget"
    )
    fiscal_special_account: Money = money(
        "Special fiscal account", "财政专户拨款", "Funds from the special fiscal account"
    )
    other_funds: Money = money("Other funds", "其他资金", "Funds from other sources")
    total_amount_raw: String = raw("总计")
    fiscal_appropriation_raw: String = raw("财政拨款")
    fiscal_special_account_raw: String = raw("财政专户拨款")
    other_funds_raw: String = raw("其他资金")
    performance_goal: String = column(
        "Performance goal",
        "The project's goal text, wrapped lines joined.",
        label="绩效目标",
        nullable=True,
    )
    project_kind: String = column(
        "Project kind",
        "`project`, or `department` for the one row of a department-wide table "
        "(部门整体支出绩效目标表), whose indicators belong to the department.",
        title_zh="项目类别",
        isin=["project", "department"],
    )
    supervising_department: String = column(
        "Supervising department",
        "The 主管部门 a per-project form names; null where the table prints none.",
        label="主管部门",
        nullable=True,
    )
    implementing_unit: String = column(
        "Implementing unit",
        "The 实施单位 a per-project form names; null where the table prints none.",
        label="实施单位",
        nullable=True,
    )
    period_goal: String = column(
        "Period goal",
        "The 实施期/中期/长期 goal of a form, as printed; null where the table prints none.",
        label="中期目标",
        nullable=True,
    )
    actual_goal: String = column(
        "Goal achieved",
        "A self-evaluation's account of its goal (年度总体目标 | 实际完成情况, 总体目标完成情况), as "
        "printed; null where the table prints none.",
        label="目标实际完成情况",
        nullable=True,
    )
    period_start: String = column(
        "Period start",
        "Start of the project period as printed: apart (开始日期), else the side of the 项目期 "
        "before its range mark (`2024年1月` of `2024年1月—2024年12月`; a year alone is both); "
        "null where neither prints one (`3年`).",
        label="项目期",
        title_zh="项目期起",
        nullable=True,
    )
    period_end: String = column(
        "Period end",
        "End of the project period as printed: apart (结束日期), else the side of the 项目期 "
        "after its range mark; null where neither prints one.",
        label="项目期",
        title_zh="项目期止",
        nullable=True,
    )
    period_text: String = column(
        "Project period as printed",
        "The 项目期 cell exactly as printed (`3年`, `2024年-2026年`); null if not printed.",
        label="项目期",
        title_zh="项目期（原文）",
        nullable=True,
    )
    period_amount: Money = money("Period total", "中期资金总额", "Funds for the whole period")
    period_amount_raw: String = raw("中期资金总额")
    budget_initial: Money = measure("budget_initial", "A self-evaluation's")
    budget_initial_raw: String = raw("年初预算数")
    budget_adjusted: Money = measure("budget_adjusted", "A self-evaluation's")
    budget_adjusted_raw: String = raw("全年预算数")
    budget_executed: Money = measure("budget_executed", "A self-evaluation's")
    budget_executed_raw: String = raw("全年执行数")
    execution_rate: Float = measure("execution_rate", "A self-evaluation's")
    execution_rate_raw: String = raw("执行率")
    execution_weight: Float = column(
        "Execution points",
        "The points (分值/权重) a self-evaluation's money block carries; null where not printed.",
        label="分值",
        title_zh="预算执行分值",
        nullable=True,
    )
    execution_score: Float = column(
        "Execution score",
        "The points (得分) a self-evaluation gave its budget execution; a 得分系数(%) as "
        "execution_weight × coefficient / 100 (see indicators.score); null where not printed.",
        label="得分",
        title_zh="预算执行得分",
        nullable=True,
    )
    weight_total: Float = column(
        "Points total",
        "The points (分值/权重) the 合计/总分 row under the indicators prints: the money block's "
        "and every weight (weights_total_mismatch compares them); null where not printed.",
        label="合计 分值",
        title_zh="分值合计",
        nullable=True,
    )
    weight_total_raw: String = column(
        "Points total as printed",
        "The 合计/总分 row's points cell as printed.",
        label="合计 分值",
        title_zh="分值合计（原文）",
        nullable=True,
    )
    score_total: Float = column(
        "Score total",
        "The points (得分) the 合计/总分 row of a self-evaluation prints as scored "
        "(score_total_mismatch compares it with the scores); null where not printed.",
        label="合计 得分",
        title_zh="得分合计",
        nullable=True,
    )
    score_total_raw: String = column(
        "Score total as printed",
        "The 合计/总分 row's score cell as printed.",
        label="合计 得分",
        title_zh="得分合计（原文）",
        nullable=True,
    )
    indicator_count: Int = column(
        "Indicators", "Number of indicators read for the project.", title_zh="指标数", ge=0
    )
    extra_columns: String = column(
        "Extra columns",
        "JSON object of cells under header labels the pipeline does not know, by label; null if none.",
        title_zh="其他列",
        nullable=True,
    )
    source_file: String = source_file()
    source_line: Int = source_line()
    source_location: String = source_location()

    class Config:
        title = "projects"
        description = (
            "One row per project row of a table. Key: project_id. document_id -> documents."
        )
        strict = True
        unique = ["document_id", "project_seq"]
