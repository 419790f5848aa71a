"""Read stage, OpenDocument text (`.odt`, LibreOffice's and WPS's own word-processing format):
a document -> the `CellTable`s of its performance tables.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`). The
body of `content.xml` (of a flat `.fodt`, the file's own) is read in order as one flow
(`docx.paragraph_flow`) and handed to `pipeline.read.html.tables_in_flows`, as a Word
document's is:
- a paragraph or heading prints its text as a spreadsheet cell does
  (`opendocument.printed`: spans read through, `<text:s>` as its spaces); lists and sections
  are read through; a text box (`draw:text-box`) is read after the paragraph holding it;
- a table's cell spanning columns (`table:number-columns-spanned`) has its text in the first
  and empty cells after it; the cells a cell spanning rows covers below it
  (`table:covered-table-cell`) are empty and marked merged, for the layout readers to fill;
  a table nested in a cell gives its rows after the row of that cell;
- tracked deletions are not in the body (only in `text:tracked-changes`), so are not read;
- a Symbol-font character (a private-use one in a span whose style's font is Symbol) is the
  character it prints (`docx.symbol_character`), as in a Word document.
"""

from collections.abc import Iterator
from xml.etree import ElementTree

from pipeline.cells import CellTable
from pipeline.read.archive import ZIP_DAMAGE
from pipeline.read.docx import Block, paragraph_flow, symbol_character
from pipeline.read.html import Grid, join_lines, tables_in_flows
from pipeline.read.opendocument import NOT_PRINTED, TABLE, TEXT, opendocument_content, printed
from pipeline.read.text import ExtractError
from pipeline.vocab.file_formats import SYMBOL_CODES, SYMBOL_FONTS

DAMAGED = (
    "an OpenDocument text that cannot be read ({detail}); open it in WPS or LibreOffice, save "
    "it again as .docx and put that in data/raw/"
)
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_PARAGRAPHS = frozenset((f"{TEXT}p", f"{TEXT}h"))
_TABLE, _ROW = f"{TABLE}table", f"{TABLE}table-row"
_CELL, _COVERED = f"{TABLE}table-cell", f"{TABLE}covered-table-cell"
_TEXT_BOX = f"{_DRAW}text-box"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_FONT_KEYS = tuple(f"{_STYLE}font-name{suffix}" for suffix in ("", "-asian", "-complex"))


def read_odt(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of one OpenDocument text, in document order (see the module
    docstring)."""
    try:
        content = opendocument_content(data)
    except (*ZIP_DAMAGE, KeyError, ElementTree.ParseError) as error:
        raise ExtractError(source_file, 1, DAMAGED.format(detail=error)) from None
    _symbols_printed(content)
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ExtractError(source_file, 1, DAMAGED.format(detail="it has no text body"))
    try:
        flow = list(paragraph_flow(_blocks(body)))
    except ValueError as error:  # a span or repeat count that is no number
        raise ExtractError(source_file, 1, DAMAGED.format(detail=error)) from None
    return tables_in_flows(source_file, "OpenDocument text", "table", [flow])


def _symbols_printed(content: ElementTree.Element) -> None:
    """The private-use characters of spans in a symbol font (`\uf0b3` in a span whose
    automatic style's font is Symbol) as the characters they print (`docx.symbol_character`),
    in place."""
    families = {face.get(f"{_STYLE}name"): face.get(f"{_SVG}font-family", "").strip("'\"")
                for face in content.iter(f"{_STYLE}font-face")}  # fmt: skip
    symbol_styles = {
        style.get(f"{_STYLE}name"): family
        for style in content.iter(f"{_STYLE}style")
        for properties in style.iter(f"{_STYLE}text-properties")
        for key in _FONT_KEYS
        if (family := families.get(properties.get(key))) in SYMBOL_FONTS
    }
    for span in content.iter(f"{TEXT}span"):
        family = symbol_styles.get(span.get(f"{TEXT}style-name"))
        if family is not None and span.text:
            span.text = "".join(
                symbol_character(family, ord(char)) if ord(char) in SYMBOL_CODES else char
                for char in span.text
            )


def _blocks(element: ElementTree.Element) -> Iterator[Block]:
    """The paragraphs (their text) and tables (their grid) under an element, in order, through
    lists and sections; a paragraph's text boxes after it."""
    for child in element:
        if child.tag in _PARAGRAPHS:
            yield printed(child)
            for box in child.iter(_TEXT_BOX):
                yield tuple(paragraph_flow(_blocks(box)))
        elif child.tag == _TABLE:
            yield (_grid(child),)
        elif child.tag not in NOT_PRINTED:
            yield from _blocks(child)


def _grid(table: ElementTree.Element) -> Grid:
    """The table's rows as a grid (see the module docstring)."""
    rows: Grid = []
    below: dict[int, int] = {}  # column -> rows still covered by a cell spanning rows above
    for row in _rows(table):
        cells: list[str] = []
        merged: list[bool] = []
        inner: Grid = []
        spans: dict[int, int] = {}  # column -> rows this row's cells cover below it
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            for _ in range(int(cell.get(f"{TABLE}number-columns-repeated", "1"))):
                column = len(cells)
                across = int(cell.get(f"{TABLE}number-columns-spanned", "1"))
                down = int(cell.get(f"{TABLE}number-rows-spanned", "1"))
                blocks = list(_blocks(cell)) if cell.tag == _CELL else []
                lines = [line for block in blocks if isinstance(block, str)
                         for line in block.split("\n")]  # fmt: skip
                cells.append(join_lines(lines))
                merged.append(cell.tag == _COVERED and below.get(column, 0) > 0)
                if down > 1:
                    spans.update(dict.fromkeys(range(column, column + across), down - 1))
                inner.extend(nested for block in blocks if isinstance(block, tuple)
                             for grid in block if isinstance(grid, list) for nested in grid)  # fmt: skip
        below = {column: left - 1 for column, left in below.items() if left > 1} | spans
        rows.append((tuple(cells), tuple(merged)))
        rows.extend(inner)
    return rows


def _rows(table: ElementTree.Element) -> Iterator[ElementTree.Element]:
    """A table's rows, through its header rows and row groups, not a nested table's."""
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag.startswith(TABLE) and child.tag != _TABLE:
            yield from _rows(child)
