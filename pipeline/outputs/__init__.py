"""Output floor: validated rows -> the files analysts open.

`write` (parquet per table, joined from fragments by `splice`), `database`
(performance.duckdb with comments and views), `report` (report.html and a page per document) and `docs` (the data
dictionary and the README's generated tables).
"""
