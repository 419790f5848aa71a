"""Schemas: `documents`, one row per raw file."""

import pandera.pandas as pa

from pipeline.manifest import FIRST_YEAR, LAST_YEAR
from schemas._types import Int, String, column, source_file, source_line


class Documents(pa.DataFrameModel):
    """One row per raw file in data/raw/, read or not. Key: document_id."""

    document_id: String = column(
        "Document id",
        "Stable id of the table: its file's path under data/raw/, subfolders and extension "
        "included (`2024/a.txt`), so each file has its own; a member of a ZIP archive is the "
        "archive's path then the member's (`downloads.zip/2025/表1.xlsx`).",
        title_zh="文档编号",
        unique=True,
    )
    source_file: String = source_file()
    sha256: String = column(
        "SHA-256",
        "Hex SHA-256 of the raw file's bytes; identifies the exact version read. Null when the "
        "file could not be read at all.",
        title_zh="SHA-256 校验值",
        nullable=True,
        str_length={"min_value": 64, "max_value": 64},
    )
    title: String = column(
        "Title", "The table's title line as printed.", label="表名", nullable=True
    )
    department: String = column(
        "Department",
        "The publishing department: sources.csv if it names one, else the table's 部门名称.",
        label="部门名称",
        nullable=True,
    )
    fiscal_year: Int = column(
        "Fiscal year",
        "Budget year the table is for (a calendar year).",
        label="年度",
        unit="year",
        nullable=True,
        ge=FIRST_YEAR,
        le=LAST_YEAR,
    )
    fiscal_year_source: String = column(
        "Fiscal year source",
        "`manifest` when sources.csv gives the year, `inferred` when read from the table's own "
        "dates, null when neither.",
        title_zh="年度来源",
        nullable=True,
        isin=["manifest", "inferred"],
    )
    region: String = column(
        "Region", "Administrative region, from sources.csv.", label="地区", nullable=True
    )
    source_url: String = column(
        "Source URL",
        "Where the table was published, from sources.csv.",
        title_zh="来源网址",
        nullable=True,
    )
    retrieved: String = column(
        "Retrieved",
        "When the file was downloaded, from sources.csv.",
        title_zh="下载时间",
        nullable=True,
    )
    currency_unit: String = column(
        "Currency unit",
        "The money unit the table prints (`单位：元` -> 元), as printed: 元, 千元, 万元, 百万元, "
        "千万元 or 亿元; amounts are converted from it to 万元. Null when the table prints none "
        "(amounts are then read as 万元: currency_unit_missing finding).",
        label="单位",
        title_zh="金额单位",
        nullable=True,
    )
    layout: String = column(
        "Layout",
        "How the table is laid out: `indicator-cell` = all of a project's indicators in one "
        "绩效指标 cell. Null for a failed file.",
        title_zh="版式",
        nullable=True,
    )
    document_type: String = column(
        "Document type",
        "`targets` for a performance-target table (绩效目标表), `self_evaluation` for a "
        "self-evaluation (绩效自评表: what the year achieved, with scores and the money spent), "
        "told apart by the labels the tables print (实际完成值/完成值, 得分, 执行数, 执行率). A file "
        "holding both is a self_evaluation. Null for a failed file.",
        title_zh="表类型",
        nullable=True,
        isin=["targets", "self_evaluation"],
    )
    encoding: String = column(
        "Encoding",
        "Text encoding detected from the bytes (utf-8, utf-8-sig, gb18030, cp950 and big5hkscs "
        "for Big5, utf-16 with a byte-order mark, utf-16-le or utf-16-be without); "
        "`utf-8 (damaged)` when a few bytes were not UTF-8 (see bytes_damaged findings). "
        "Null for a workbook (XLSX, XLS).",
        title_zh="文本编码",
        nullable=True,
    )
    status: String = column(
        "Status",
        "`ok` when the table was read, `failed` when the file could not be (see findings).",
        title_zh="读取状态",
        isin=["ok", "failed"],
    )
    project_count: Int = column(
        "Projects", "Number of project rows read.", title_zh="项目数", unit="projects", ge=0
    )
    indicator_count: Int = column(
        "Indicators", "Number of indicators read.", title_zh="指标数", unit="indicators", ge=0
    )
    source_line: Int = source_line()

    class Config:
        title = "documents"
        description = "One row per raw file. Key: document_id."
        strict = True
