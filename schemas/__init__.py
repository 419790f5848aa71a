"""Schemas: one pandera model per output table. They are the data dictionary.

DuckDB comments, parquet column descriptions, the README's table list and
docs/data-dictionary.md are all generated from these models.
"""

from schemas.amount_rows import AmountRows
from schemas.documents import Documents
from schemas.findings import Findings
from schemas.indicator_categories import IndicatorCategories
from schemas.indicators import Indicators
from schemas.project_links import ProjectLinks
from schemas.projects import Projects
from schemas.thresholds import Thresholds

# Output tables in the order they are written and documented.
TABLES = {
    "documents": Documents,
    "projects": Projects,
    "amount_rows": AmountRows,
    "indicators": Indicators,
    "thresholds": Thresholds,
    "indicator_categories": IndicatorCategories,
    "findings": Findings,
    "project_links": ProjectLinks,
}

# (table, column) -> (referenced table, column): checked by the validate stage.
FOREIGN_KEYS = {
    ("projects", "document_id"): ("documents", "document_id"),
    ("amount_rows", "document_id"): ("documents", "document_id"),
    ("amount_rows", "project_id"): ("projects", "project_id"),
    ("indicators", "project_id"): ("projects", "project_id"),
    ("indicators", "document_id"): ("documents", "document_id"),
    ("thresholds", "indicator_id"): ("indicators", "indicator_id"),
    ("findings", "document_id"): ("documents", "document_id"),
}
