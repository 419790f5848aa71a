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
        unique=True,
    )
    document_id: String = column("Document id", "The table the finding is about (documents).")
    severity: String = column(
        "Severity",
        "`error` (the table is wrong or unreadable), `warning`, or `info`.",
        isin=list(SEVERITIES),
    )
    rule: String = column("Rule", "The rule that fired; see the README's findings table.")
    entity_type: String = column(
        "Entity type",
        "What entity_id names: document, project, amount_row or indicator.",
        isin=["document", "project", "amount_row", "indicator"],
    )
    entity_id: String = column("Entity id", "The id of the row the finding is about, in its table.")
    source_file: String = column(
        "Source file", "Path of the raw file under data/raw/.", label="原始文件"
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
    message: String = column("Message", "What is wrong, in one line.")
    evidence: String = column("Evidence", "The raw text the finding is about.", nullable=True)

    class Config:
        title = "findings"
        description = "One row per finding. Key: finding_id. document_id -> documents."
        strict = True
