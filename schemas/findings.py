"""Schemas: `findings`, what the checks found."""

import pandera.pandas as pa

from schemas._types import SEVERITIES, Int, String, column, source_location


class Findings(pa.DataFrameModel):
    """One row per finding. Key: finding_id."""

    finding_id: String = column(
        "Finding id",
        "`<document_id>:f<n>`, in (line, rule, entity) order; `<document_id>:duplicate` for "
        "the duplicate_document finding, which compares the files of the whole build; "
        "`<indicator_id>:changed:<published indicator_id>` for target_changed_after_publication, "
        "which compares a self-evaluation with the target table it answers.",
        title_zh="发现编号",
        unique=True,
    )
    document_id: String = column(
        "Document id", "The table the finding is about (documents).", title_zh="文档编号"
    )
    severity: String = column(
        "Severity",
        "`error` (the table is wrong or unreadable), `warning`, or `info`.",
        title_zh="严重程度",
        isin=list(SEVERITIES),
    )
    rule: String = column(
        "Rule", "The rule that fired; see the README's findings table.", title_zh="规则"
    )
    entity_type: String = column(
        "Entity type",
        "What entity_id names: document, project, amount_row or indicator.",
        title_zh="对象类型",
        isin=["document", "project", "amount_row", "indicator"],
    )
    entity_id: String = column(
        "Entity id", "The id of the row the finding is about, in its table.", title_zh="对象编号"
    )
    source_file: String = column(
        "Source file",
        "Path of the raw file under data/raw/ (a ZIP member's: `downloads.zip/2025/表1.xlsx`).",
        label="原始文件",
    )
    source_line: Int = column(
        "Source line",
        "1-based line of the raw file the finding points at; null when it is about the whole "
        "file (duplicate_document).",
        label="原始行号",
        nullable=True,
        ge=1,
    )
    source_location: String = source_location()
    message: String = column("Message", "What is wrong, in one line.", title_zh="说明")
    evidence: String = column(
        "Evidence", "The raw text the finding is about.", title_zh="原文", nullable=True
    )

    class Config:
        title = "findings"
        description = "One row per finding. Key: finding_id. document_id -> documents."
        strict = True
