"""Read floor: a raw file's bytes -> what it holds, one module per format.

`formats` tells a file's format from its bytes; `read_file` dispatches on it to the reader of that
format, each giving the file's `CellTable`s (`pipeline.cells`): `text_cells` (tab-separated text,
the seed's format; `text` reads its packed department table line by line, with the damage converters
do to it; `untabbed` rebuilds the cells of a text that lost its tabs; `barred` reads cells parted by
bars as tab-separated ones), `delimited` (CSV), `workbook` (XLSX, XLS), `opendocument` (ODS),
`odt` (OpenDocument text), `spreadsheetml` (Excel's XML Spreadsheet 2003), `pdf` (PDF with a
text layer), `ofd` (OFD, GB/T 33190, read as the PDF of its pages), `html` (web pages), `mime`
(a web archive's or an e-mail's page, or an e-mail's text), `markdown` (read as the web page it
renders), `docx` (Word), `word97` (Word 97–2003, `.doc`), `rtf` (RTF) and `wordml` (Word's XML
Document 2003; the last two are what office systems often save under a `.doc` name). A DOCX or XLSX
saved as Strict Open XML is read in the transitional names its reader knows
(`formats.transitional`), one flattened into an XML file (Word's XML document, Flat OPC) as the
package it flattens (`formats.unflattened`). `read_file` reads every cell without the characters
that print nothing, whatever the format (`vocab.invisible.visible`: zero-width spaces a web page
left; a text file's are gone when it is decoded: `项目<U+200B>名称` is the label `项目名称`, as it
shows; a row they alone filled is no row) and without the markup of another format a converter left in it as text
(`grid.unmarked`: `&ge;95%`, `<br>`, `_x000D_`, `**项目名称**` read as what they stand for), without
the columns a sheet's unmerging filled with a merged cell's text (`grid.unfilled_columns`, as
`text_cells` reads a text), puts back as rows the blocks a converter read column by column
(`read_down.rows_read_across`: a header's labels then their values, a grid a column at a time),
and places an indicator row a converter printed as one cell under its columns
(`untabbed.rows_rejoined`); which of them are performance tables the layout floor
decides (`pipeline.layouts.select`). `reader_notes` are the findings of what a reader made of
cells. A format the build does not read raises `ExtractError` saying what to do with the file. A
ZIP archive is split into its members before (`archive`, called by `pipeline.build.workers`),
each member then read as a file of its own.
"""

from collections.abc import Callable
from dataclasses import replace

from pipeline.cells import CellTable
from pipeline.read.delimited import read_csv
from pipeline.read.docx import read_docx
from pipeline.read.formats import detect_format, transitional, unflattened
from pipeline.read.grid import unfilled_columns, unmarked
from pipeline.read.html import read_html
from pipeline.read.markdown import read_markdown
from pipeline.read.mime import read_message
from pipeline.read.odt import read_odt
from pipeline.read.ofd import read_ofd
from pipeline.read.opendocument import read_ods
from pipeline.read.pdf import read_pdf_tables
from pipeline.read.read_down import rows_read_across
from pipeline.read.rtf import read_rtf
from pipeline.read.spreadsheetml import read_spreadsheetml
from pipeline.read.text import ExtractError, decode
from pipeline.read.text_cells import read_text_cells
from pipeline.read.untabbed import rows_rejoined
from pipeline.read.word97 import read_word97
from pipeline.read.wordml import read_wordml
from pipeline.read.workbook import read_workbook
from pipeline.rows import finding
from pipeline.vocab.file_formats import UNREADABLE
from pipeline.vocab.invisible import visible

Reader = Callable[[str, bytes], tuple[CellTable, ...]]


def _read_text(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    return read_text_cells(source_file, decode(source_file, data)[0])


READERS: dict[str, Reader] = {
    "text": _read_text,
    "csv": read_csv,
    "xlsx": read_workbook,
    "xls": read_workbook,
    "ods": read_ods,
    "pdf": read_pdf_tables,
    "html": read_html,
    "mhtml": read_message,
    "markdown": read_markdown,
    "docx": read_docx,
    "doc": read_word97,
    "rtf": read_rtf,
    "spreadsheetml": read_spreadsheetml,
    "wordml": read_wordml,
    "odt": read_odt,
    "ofd": read_ofd,
}


def _visible(table: CellTable) -> CellTable:
    """The table with the invisible format characters taken out of its cells and title
    (`vocab.invisible.visible`), and the markup of another format a converter left in them read as
    what it stands for (`grid.unmarked`: `&ge;`, `<br>`, `_x000D_`, `**项目名称**`), and the rows they
    alone filled dropped."""
    rows = []
    for row in table.rows:
        cells = tuple(unmarked(visible(cell)) for cell in row.cells)
        if cells != row.cells:
            if not any(text.strip() for text in cells):
                continue
            row = replace(row, cells=cells)
        rows.append(row)
    return replace(table, rows=tuple(rows), title=table.title and unmarked(visible(table.title)))


def read_file(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The cell tables of a raw file, by its format told from its bytes."""
    kind = detect_format(source_file, data)
    if kind in UNREADABLE:
        raise ExtractError(source_file, 1, UNREADABLE[kind])
    if kind in ("docx", "xlsx"):
        data = transitional(unflattened(data))
    return tuple(
        _rejoined(_unfilled(_visible(table))) for table in READERS[kind](source_file, data)
    )


def _unfilled(table: CellTable) -> CellTable:
    """The table without the columns a sheet's unmerging filled (`grid.unfilled_columns`)."""
    rows = unfilled_columns(table.rows)
    return table if rows is table.rows else replace(table, rows=rows)


def _rejoined(table: CellTable) -> CellTable:
    """The table with its blocks read column by column put back as rows (`rows_read_across`)
    and its indicator rows printed as one cell placed (`rows_rejoined`)."""
    rows = rows_rejoined(rows_read_across(table.rows))
    return table if rows == table.rows else replace(table, rows=rows)


def reader_notes(document_id: str, tables: tuple[CellTable, ...]) -> list[dict]:
    """The findings of what the reader made of the tables' cells (`CellTable.notes`)."""
    return [
        finding(document_id, rule, message, source_file=table.source_file, source_line=line,
                evidence=evidence)
        for table in tables
        for rule, line, message, evidence in table.notes
    ]  # fmt: skip
