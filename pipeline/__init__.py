"""jixiao: Chinese budget performance-target tables (项目支出绩效目标表) -> validated, queryable data.

Stages, one module each: extract (raw bytes -> rows), normalize (rows -> table rows, with
indicator_cell for the 绩效指标 cell and targets for target values), checks and validate
(findings, schemas), write, database and report (parquet, DuckDB, HTML). build runs a
build, with manifest (sources.csv), cache (what needs building), batches (the per-file
stages in worker processes) and publish (the output folder); cli is the command line;
labels, vocabulary, taxonomy and rules are the data.
"""

# The release, shown in the report. The caches are keyed by this and by a hash of the
# code itself (cache.CODE_VERSION), so any change to the pipeline invalidates it.
PIPELINE_VERSION = "0.1.0"


class PipelineError(Exception):
    """A failure the user can act on (a missing folder, a bad manifest row, bad SQL); the
    command line prints it as one line, `error: <message>`, and exits non-zero."""
