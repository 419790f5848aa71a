"""Read stage, Markdown: a Markdown text (`.md`, as document converters and some portals give a
table) -> the `CellTable`s of its performance tables, read as the web page it renders.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`). A pipe
table (rows of cells between `|`, its header row over a delimiter row of dashes,
`file_formats.MARKDOWN_DELIMITER_ROW`) renders as a `<table>` of those rows, the header row
first; an HTML block (a PDF-to-Markdown converter's `<table>` with its spans) as itself; a
heading (`# 标题`) and any other line as a paragraph of its text, its emphasis marks dropped
where they pair round a text (`**重点**`, `__注__`): a lone `**` is a template's blank
(`≥**%`, kept as printed), and `\\*` an asterisk. The page is then read by the HTML reader
(`html.read_html`): titles above a table, notes below it and merged cells as a web page's. A
pipe table has no spans: a merged cell's text is in its first cell, the cells it covered
empty, as a text table prints them. A cell's escaped bar (`\\|`) is a bar of its text, its
`<br>` a line break.
"""

import html
import itertools
import re

from pipeline.cells import CellTable
from pipeline.read.html import read_html
from pipeline.read.text import decode
from pipeline.vocab.file_formats import MARKDOWN_DELIMITER_ROW, MARKDOWN_HTML_TABLE

_DELIMITER = re.compile(MARKDOWN_DELIMITER_ROW)
_BAR = re.compile(r"(?<!\\)\|")  # a cell boundary: a bar not escaped
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|__)([^\s*_](?:[^*_]*[^\s*_])?)\1")
_ESCAPED = re.compile(r"\\([*_])")
_BREAK = re.compile(r"&lt;br\s*/?&gt;", re.IGNORECASE)
_HTML_TABLE = re.compile(re.escape(MARKDOWN_HTML_TABLE), re.IGNORECASE)


def is_markdown(text: str) -> bool:
    """Whether a text is Markdown holding a table: a line opening with `|` over a pipe table's
    delimiter row, or an HTML table in a text that does not start as a web page (told before)."""
    if _HTML_TABLE.search(text):
        return True
    # Asked of every text file (`formats.detect_format`): one without a bar holds no pipe table.
    return "|" in text and any(
        _opens_table(above, line) for above, line in itertools.pairwise(text.splitlines())
    )


def _opens_table(line: str, below: str) -> bool:
    """Whether a line is a pipe table's header row over its delimiter row."""
    return line.strip().startswith("|") and _DELIMITER.fullmatch(below.strip()) is not None


def read_markdown(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of a Markdown text (see the module docstring)."""
    text, _ = decode(source_file, data)
    page = "\n".join(_rendered(text.splitlines()))
    return read_html(source_file, f"<html><head><meta charset='utf-8'></head><body>{page}"
                     "</body></html>".encode())  # fmt: skip


def _rendered(lines: list[str]):
    """The page's HTML, a block at a time: pipe tables as `<table>`s, HTML lines as they are,
    other lines as paragraphs."""
    at = 0
    while at < len(lines):
        line = lines[at].strip()
        if at + 1 < len(lines) and _opens_table(line, lines[at + 1]):
            end = at + 2
            while end < len(lines) and lines[end].strip().startswith("|"):
                end += 1
            rows = [lines[at], *lines[at + 2 : end]]
            yield "<table>" + "".join(_row(row) for row in rows) + "</table>"
            at = end
            continue
        if line.startswith("<"):
            yield line
        elif line:
            yield f"<p>{_inline(_HEADING.sub('', line))}</p>"
        at += 1


def _row(line: str) -> str:
    cells = _BAR.split(line.strip().removeprefix("|").removesuffix("|"))
    return "<tr>" + "".join(f"<td>{_inline(cell.strip())}</td>" for cell in cells) + "</tr>"


def _inline(text: str) -> str:
    """A cell's or a line's text as HTML: escaped, its escaped bars bars, its `<br>`s line
    breaks, its emphasis marks round a text dropped, its escaped asterisks asterisks."""
    text = _ESCAPED.sub(r"\1", _EMPHASIS.sub(r"\2", text.replace("\\|", "|")))
    return _BREAK.sub("<br>", html.escape(text, quote=False))
