"""Read floor: a raw file's bytes -> what it holds, one module per format.

`formats` tells a file's format from its bytes; `read_tables` dispatches on it to the reader
of that format, each giving the file's `CellTable`s (`pipeline.cells`): `text_cells`
(tab-separated text, the seed's format; `text` reads its packed department table line by
line, with the damage converters do to it), `delimited` (CSV), `workbook` (XLSX, XLS),
`pdf` (PDF with a text layer), `html` (web pages) and `docx` (Word).
A format the build does not read raises `ExtractError` saying what to do with the file. A ZIP
archive is split into its members before (`archive`, called by `pipeline.build.workers`),
each member then read as a file of its own.
"""

from collections.abc import Callable

from pipeline.cells import CellTable
from pipeline.read.delimited import read_csv
from pipeline.read.docx import read_docx
from pipeline.read.formats import detect_format
from pipeline.read.html import read_html
from pipeline.read.pdf import read_pdf
from pipeline.read.text import ExtractError, decode
from pipeline.read.text_cells import read_text_cells
from pipeline.read.workbook import read_workbook
from pipeline.vocab.file_formats import UNREADABLE

Reader = Callable[[str, bytes], tuple[CellTable, ...]]


def _read_text(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    return read_text_cells(source_file, decode(source_file, data)[0])


READERS: dict[str, Reader] = {
    "text": _read_text,
    "csv": read_csv,
    "xlsx": read_workbook,
    "xls": read_workbook,
    "pdf": read_pdf,
    "html": read_html,
    "docx": read_docx,
}


def read_tables(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The cell tables of a raw file, by its format told from its bytes."""
    kind = detect_format(source_file, data)
    if kind in UNREADABLE:
        raise ExtractError(source_file, 1, UNREADABLE[kind])
    return READERS[kind](source_file, data)
