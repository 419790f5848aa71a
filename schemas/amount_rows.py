"""Schemas: `amount_rows`, the subtotal rows (合计 and each 资金使用单位) kept for reconciliation."""

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
from schemas.projects import measure, money, raw


class AmountRows(pa.DataFrameModel):
    """One row per subtotal row of a table. Key: amount_row_id."""

    amount_row_id: String = column(
        "Amount row id", "`<document_id>:a<row_seq>`.", title_zh="合计行编号", unique=True
    )
    document_id: String = column(
        "Document id", "The table the row is in (documents).", title_zh="文档编号"
    )
    row_seq: Int = column(
        "Row order", "1-based order among the table's subtotal rows.", title_zh="行顺序", ge=1
    )
    row_type: String = column(
        "Row type",
        "`grand_total` for 合计, `funding_unit` for a 资金使用单位's subtotal row, `fund_source` "
        "for a row of a self-evaluation's money block that gives one source of its funds "
        "(其中:财政拨款, 上年结转资金, 其他资金 …), `fund_source_part` for a row that itemises the "
        "fund_source row above it (其中:省级资金 and 市县级资金 under 地方资金), which that row's "
        "figures include: summing a block's sources, leave these out.",
        title_zh="行类型",
        isin=["grand_total", "funding_unit", "fund_source", "fund_source_part"],
    )
    project_id: String = column(
        "Project id",
        "fund_source and fund_source_part rows: the project whose money block the row itemises "
        "(projects); null for subtotal rows.",
        title_zh="项目编号",
        nullable=True,
    )
    name: String = column(
        "Name", "First cell as printed: 合计, or the unit's name.", label="项目名称（资金使用单位）"
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
    budget_initial: Money = measure("budget_initial", "fund_source rows: the source's")
    budget_initial_raw: String = raw("年初预算数")
    budget_adjusted: Money = measure("budget_adjusted", "fund_source rows: the source's")
    budget_adjusted_raw: String = raw("全年预算数")
    budget_executed: Money = measure("budget_executed", "fund_source rows: the source's")
    budget_executed_raw: String = raw("全年执行数")
    execution_rate: Float = measure("execution_rate", "fund_source rows: the source's")
    execution_rate_raw: String = raw("执行率")
    source_file: String = source_file()
    source_line: Int = source_line()
    source_location: String = source_location()

    class Config:
        title = "amount_rows"
        description = (
            "One row per subtotal row (合计, each 资金使用单位). Key: amount_row_id. "
            "document_id -> documents."
        )
        strict = True
