"""Labels floor: what a printed cell, line or row says, by the vocabularies (`pipeline.vocab`).

It sits below the readers (`pipeline.read`), which find a table's bounds, title, footer and
header row by it, and the layout readers (`pipeline.layouts`), which read a table by it; it
reads text, never a file or a table's layout. `columns`: the roles of column and field labels;
`lines`: titles, footers, prose, page markers and amounts; `grid_rows`: an indicator table's
header row, its levels and its targets, and the packed table's header.
"""
