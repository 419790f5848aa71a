"""jixiao: Chinese budget performance-target tables (项目支出绩效目标表) -> validated, queryable data.

One floor per kind of work, in the order data flows through them once:
- `read/`: a raw file -> its tables (one module per format);
- `layouts/`: which tables are performance tables, and how each lays out its projects and
  indicators (one module per layout);
- `normalize`: a table -> rows of the output tables (`rows`), money exact in 万元;
- `targets/`: a target value -> threshold clauses (the parser and its numerals);
- `checks` and `validate`: findings, and the pandera schemas (`schemas/`) enforced;
- `outputs/`: parquet, performance.duckdb with its views, the report (an index and a page per
  document), the Excel and CSV export, the docs;
- `build/`: plan, cache, worker processes and publishing the outputs as one set;
- `labels/`: what a printed cell, line or row is by its words (labels, titles, footers,
  amounts, a header row), for the readers and the layout readers alike;
- `vocab/`: the words all of them recognise, as data.
At the edges: `cli` (the command line), `manifest` (sources.csv), `paths` (where files
live) and `query` (read-only SQL).
"""

# The release, shown in the report. The caches are keyed by this and by a hash of the
# code itself (cache.CODE_VERSION), so any change to the pipeline invalidates it.
PIPELINE_VERSION = "0.1.0"


class PipelineError(Exception):
    """A failure the user can act on (a missing folder, a bad manifest row, bad SQL); the
    command line prints it as one line, `error: <message>`, and exits non-zero."""
