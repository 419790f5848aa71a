"""jixiao: Chinese budget performance-target tables (项目支出绩效目标表) -> validated, queryable data.

Stages, one module each: extract (raw bytes -> rows), normalize (rows -> table rows, target
values -> threshold clauses via targets), checks and validate (findings, schemas), write and
database (parquet, DuckDB, report). build runs them per file; cli is the command line.
"""

# Bump when a change to the code changes any output row: it invalidates the per-file cache.
PIPELINE_VERSION = "3"
