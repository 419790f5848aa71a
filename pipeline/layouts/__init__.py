"""Layout floor: how a table lays out its projects and indicators, one module per layout.

`indicator_cell` reads the packed department table's 绩效指标 cell, where all of a
project's indicators share one cell.
"""
