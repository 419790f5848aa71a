"""Output floor: validated rows -> the files analysts open.

`write` (parquet per table, joined from fragments by `splice`), `database`
(performance.duckdb with comments and views), `report` (report.html and a page per document),
`export` (the database's tables and main views as an Excel workbook or CSV files, on request)
and `docs` (the data dictionary and the README's generated tables).
"""
