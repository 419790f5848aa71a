"""Write stage, database: the validated batches -> performance.duckdb, documented, with views.

Every table and column gets a COMMENT generated from the pandera schemas, so the schemas
stay the one data dictionary. Views are defined here with a comment for each computed
column; a view column that comes from a table inherits that table's comment.
"""

import contextlib
import errno
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow

import schemas
from pipeline import paths


def _literal(text: str) -> str:
    """A SQL string literal (COMMENT ON takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


def _comment(column) -> str:
    unit = (column.metadata or {}).get("unit")
    label = (column.metadata or {}).get("label")
    extra = "".join(
        part
        for part in (f" Source label: {label}." if label else "", f" Unit: {unit}." if unit else "")
    )
    return f"{column.title}: {column.description}{extra}"


# name -> (what it is, computed columns' descriptions, SQL)
VIEWS: dict[str, tuple[str, dict[str, str], str]] = {
    "indicator_quantified": (
        "One row per indicator: whether its annual target is quantified, i.e. has a clause "
        "that is a number, percentage, amount, date or duration rather than words.",
        {},
        """
        SELECT indicator_id, project_id, document_id, level1_code, level1_name, is_quantified
        FROM indicators
        """,
    ),
    "indicator_summary": (
        "One row per indicator with its project and document: both targets as written and "
        "whether the annual one is quantified. No money (a project's amounts would repeat on "
        "each of its indicators): join project_summary on project_id for them.",
        {},
        """
        SELECT d.document_id, d.department, d.region, d.fiscal_year,
               p.project_id, p.project_seq, p.project_name, p.funding_unit,
               i.indicator_id, i.indicator_seq, i.level1_code, i.level1_name,
               i.level2_code, i.level2_name, i.indicator_name, i.period_target,
               i.annual_target, i.is_quantified, i.source_file, i.source_line
        FROM indicators i
        JOIN projects p ON p.project_id = i.project_id
        JOIN documents d ON d.document_id = i.document_id
        """,
    ),
    "indicator_targets": (
        "One row per threshold clause joined with its indicator, project and document: the "
        "table most analyses start from. No money (a project's amounts would repeat on each "
        "of its clauses): join project_summary on project_id for them.",
        {},
        """
        SELECT d.document_id, d.department, d.region, d.fiscal_year,
               p.project_id, p.project_name, p.funding_unit,
               i.indicator_id, i.indicator_seq, i.level1_code, i.level1_name,
               i.level2_code, i.level2_name, i.indicator_name,
               t.scope, t.clause_seq, t.text, t.kind, t.operator, t.value, t.value_max,
               t.unit, t.base_value, t.base_value_max, t.base_unit, t.date, t.date_max,
               t.context, t.operator_inferred, t.unit_inferred, t.source_file, t.source_line
        FROM thresholds t
        JOIN indicators i USING (indicator_id)
        JOIN projects p ON p.project_id = t.project_id
        JOIN documents d ON d.document_id = t.document_id
        """,
    ),
    "project_summary": (
        "One row per project: amounts, indicator counts by level 1, and the share of "
        "indicators whose annual target is quantified.",
        {
            "output_indicators": "Indicators under 产出指标 (level1_code 1).",
            "outcome_indicators": "Indicators under 效益指标 (level1_code 2).",
            "satisfaction_indicators": "Indicators under 满意度指标 (level1_code 3).",
            "cost_indicators": "Indicators under the 2021 scheme's 成本指标 (level1_code 4).",
            "quantified_annual_indicators": "Indicators whose annual target has a clause other than text.",
            "quantified_annual_share": "quantified_annual_indicators / indicator_count (null if none).",
            "findings_error": "Error findings about the project or its indicators.",
            "findings_warning": "Warning findings about the project or its indicators.",
        },
        """
        WITH per_project AS (
            SELECT project_id,
                   count(*) FILTER (level1_code = '1') AS output_indicators,
                   count(*) FILTER (level1_code = '2') AS outcome_indicators,
                   count(*) FILTER (level1_code = '3') AS satisfaction_indicators,
                   count(*) FILTER (level1_code = '4') AS cost_indicators,
                   count(*) FILTER (is_quantified) AS quantified_annual_indicators
            FROM indicator_quantified GROUP BY project_id
        ),
        finding_counts AS (
            SELECT coalesce(i.project_id, f.entity_id) AS project_id,
                   count(*) FILTER (f.severity = 'error') AS findings_error,
                   count(*) FILTER (f.severity = 'warning') AS findings_warning
            FROM findings f LEFT JOIN indicators i ON f.entity_id = i.indicator_id
            WHERE f.entity_type IN ('project', 'indicator')
            GROUP BY ALL
        )
        SELECT d.document_id, d.department, d.fiscal_year, p.project_id, p.project_seq,
               p.project_name, p.funding_unit, p.total_amount, p.fiscal_appropriation,
               p.fiscal_special_account, p.other_funds, p.indicator_count,
               coalesce(s.output_indicators, 0) AS output_indicators,
               coalesce(s.outcome_indicators, 0) AS outcome_indicators,
               coalesce(s.satisfaction_indicators, 0) AS satisfaction_indicators,
               coalesce(s.cost_indicators, 0) AS cost_indicators,
               coalesce(s.quantified_annual_indicators, 0) AS quantified_annual_indicators,
               round(s.quantified_annual_indicators / nullif(p.indicator_count, 0), 4)
                   AS quantified_annual_share,
               coalesce(c.findings_error, 0) AS findings_error,
               coalesce(c.findings_warning, 0) AS findings_warning,
               p.source_file, p.source_line
        FROM projects p
        JOIN documents d USING (document_id)
        LEFT JOIN per_project s USING (project_id)
        LEFT JOIN finding_counts c USING (project_id)
        ORDER BY d.document_id, p.project_seq
        """,
    ),
    "quantified_share_by_level": (
        "Per document and level-1 category: how many indicators there are and what share of "
        "their annual targets is quantified (has a number, percentage, amount, date or duration).",
        {
            "indicators": "Indicators in this document and level-1 category.",
            "quantified": "Of those, indicators whose annual target has a non-text clause.",
            "quantified_share": "quantified / indicators.",
        },
        """
        SELECT q.document_id, d.department, d.fiscal_year, q.level1_code, q.level1_name,
               count(*) AS indicators,
               count(*) FILTER (q.is_quantified) AS quantified,
               round(count(*) FILTER (q.is_quantified) / count(*), 4) AS quantified_share
        FROM indicator_quantified q
        JOIN documents d USING (document_id)
        GROUP BY ALL
        ORDER BY q.document_id, q.level1_code NULLS LAST
        """,
    ),
    "satisfaction_targets": (
        "Annual targets of 满意度 indicators with their strictness: the percentage floor they "
        "set, and whether it is written as a floor (>=, >) or a bare value.",
        {
            "strictness": "`floor` for >= / >, `exact` for =, `range` for between, "
            "`ceiling` for <= / <, `approximate` for ≈, `not_percent` or `text` otherwise.",
        },
        """
        SELECT document_id, department, fiscal_year, project_id, project_name, indicator_id,
               indicator_name, text, operator, value, unit,
               CASE
                   WHEN kind = 'text' THEN 'text'
                   WHEN kind <> 'percent' THEN 'not_percent'
                   WHEN operator IN ('>=', '>') THEN 'floor'
                   WHEN operator = '=' THEN 'exact'
                   WHEN operator = 'between' THEN 'range'
                   WHEN operator IN ('<=', '<') THEN 'ceiling'
                   ELSE 'approximate'
               END AS strictness,
               source_file, source_line
        FROM indicator_targets
        WHERE scope = 'annual' AND (level1_code = '3' OR level2_code = '31')
        ORDER BY document_id, project_id, indicator_id, clause_seq
        """,
    ),
}


MEMORY_LIMIT = "512MB"

# The storage format the file is written in: DuckDB 1.4's (the long-term-support release), so
# that DuckDB 1.4 and 1.5 clients (the CLI, DBeaver, notebooks) open it, not only DuckDB 2.
STORAGE_VERSION = "v1.4.0"


class DatabaseWriter:
    """performance.duckdb in a folder, filled batch by batch while the parquet is written.

    All of a build's writes are one transaction: DuckDB then writes each full row group
    straight to the file as the batches come (no write-ahead log), and the cost does not
    grow with the number of batches, as a commit per batch did (~0.2 s each, measured).
    A failed build's transaction is simply never committed. One DuckDB thread: the build's
    workers have the cores.

    Given the previous build's database, it starts from a copy of it that keeps only the
    rows of `kept_documents` (whose files did not change), so that a rebuild adds just the
    rows that changed. Rows are then no longer in file order; the parquet files always are.
    """

    def __init__(
        self, directory: Path, previous: Path | None = None, kept_documents: Sequence[str] = ()
    ):
        self.path = directory / paths.DATABASE_NAME
        self.path.unlink(missing_ok=True)
        self.is_copy = previous is not None
        if self.is_copy:
            shutil.copyfile(previous, self.path)
        # DuckDB keeps the blocks it writes cached up to its memory limit (80% of RAM by
        # default), so the build's memory grew with the corpus; written blocks are on disk.
        # Where DuckDB may spill beyond the limit; removed on closing, so never an output.
        self.spill = directory / ".duckdb-spill"
        self.connection = duckdb.connect(
            str(self.path),
            config={
                "threads": 1,
                "memory_limit": MEMORY_LIMIT,
                "temp_directory": str(self.spill),
                "storage_compatibility_version": STORAGE_VERSION,
            },
        )
        self.created: set[str] = set(schemas.TABLES) if self.is_copy else set()
        self.connection.execute("BEGIN")
        if self.is_copy:
            self._keep_only(list(kept_documents))

    def _keep_only(self, documents: list[str]) -> None:
        connection = self.connection
        kept = set(documents)
        # Deleting the few documents not kept, rather than all but those kept, lets DuckDB
        # skip the row groups that hold none of them: 0.01 s instead of 1.8 s for 200,000
        # documents (measured).
        stale = [
            document
            for (document,) in connection.execute("SELECT document_id FROM documents").fetchall()
            if not _is_kept(document, kept)
        ]
        connection.register(
            "stale", pyarrow.table({"document_id": pyarrow.array(stale, pyarrow.string())})
        )
        for table, model in schemas.TABLES.items():
            if "document_id" in model.to_schema().columns:
                connection.execute(
                    f"DELETE FROM {table} WHERE document_id IN (SELECT document_id FROM stale)"
                )
            else:  # the taxonomy, written whole by every build
                connection.execute(f"DELETE FROM {table}")
        connection.unregister("stale")

    def append(self, table: str, rows: pyarrow.Table) -> None:
        with self._writing():
            relation = self.connection.from_arrow(rows)
            if table in self.created:
                relation.insert_into(table)
            else:
                relation.create(table)
                self.created.add(table)

    def fetch(self, sql: str, parameters: list | None = None) -> list[tuple]:
        """Run SQL in the build's transaction (a query over the rows written so far, or a
        change to them) and return its rows."""
        with self._writing():
            return self.connection.execute(sql, parameters).fetchall()

    def close(self) -> Path:
        """Document every table and column, add the views (a copy has them already), commit
        and close the file."""
        with self._writing():
            if not self.is_copy:
                self._document()
            self.connection.execute("COMMIT")
        self._close()
        return self.path

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """DuckDB failing to write its file (a full disk) raises the OSError it is, for the
        build to report in one line like any other write that failed."""
        try:
            yield
        except (duckdb.IOException, duckdb.TransactionException) as error:
            raise OSError(errno.EIO, str(error).splitlines()[0]) from error

    def _document(self) -> None:
        connection = self.connection
        comments: dict[str, str] = {}
        for table, model in schemas.TABLES.items():
            schema = model.to_schema()
            connection.execute(f"COMMENT ON TABLE {table} IS {_literal(schema.description)}")
            for name, column in schema.columns.items():
                comments.setdefault(name, _comment(column))
                connection.execute(
                    f"COMMENT ON COLUMN {table}.{name} IS {_literal(_comment(column))}"
                )
        for view, (description, computed, sql) in VIEWS.items():
            connection.execute(f"CREATE VIEW {view} AS {sql}")
            connection.execute(f"COMMENT ON VIEW {view} IS {_literal(description)}")
            names = [row[0] for row in connection.execute(f"DESCRIBE {view}").fetchall()]
            for name in names:
                text = computed.get(name) or comments.get(name)
                if text:
                    connection.execute(f"COMMENT ON COLUMN {view}.{name} IS {_literal(text)}")

    def _close(self) -> None:
        self.connection.close()
        shutil.rmtree(self.spill, ignore_errors=True)

    def discard(self) -> None:
        """Close without finishing: the build failed and the staging folder goes (so a
        failure to close, on a full disk, does not matter and is not reported over the
        failure that stopped the build)."""
        with contextlib.suppress(duckdb.Error):
            self._close()


def _is_kept(document: str, kept: set[str]) -> bool:
    """Whether a document is kept: its file is, or the archive it is a member of
    (`a.zip/2025/b.xlsx` is in `a.zip`, see `pipeline.read.archive`)."""
    while document not in kept:
        if "/" not in document:
            return False
        document = document.rsplit("/", 1)[0]
    return True
