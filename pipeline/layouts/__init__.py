"""Layout floor: how a table lays out its projects and indicators.

`CellTable`s (pipeline.cells) -> layout-neutral records (records.py). Place in the pipeline:
after a format reader has turned a file into tables of cells, before normalize.
`recognise.read_table` picks the layout by the labels a table prints
(`pipeline.vocab.layout_labels`, compiled by `columns.py`); `header_block.py` reads a form's label |
value block and `indicator_grid.py` its indicator table (forms, one-row-per-indicator lists, flat
lists and department-wide tables are the same two pieces of machinery with different columns
present). `indicator_cell` reads the packed department table's 绩效指标 cell, where all of a
project's indicators share one cell; `legend.py` turns levels printed as codes (`A1`) into the
levels a legend above the table names, before the blocks are cut.
"""

from pipeline.layouts.recognise import project_amounts, read_table

__all__ = ["project_amounts", "read_table"]
