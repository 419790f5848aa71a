"""Read stage, DOCX format: a Word document -> the `CellTable`s of its performance tables.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`).
The document body is read in order, paragraphs and tables, as one flow (`paragraph_flow`,
which the Word 97–2003 reader `pipeline.read.word97` shares), and handed to
`pipeline.read.html.tables_in_flows`, which keeps the tables that print performance labels,
puts the paragraphs above a table before its rows (its title, `单位:万元`) and the sign-off
lines below it after them, joins a form's indicator table to its header block and a table
split in two at a page break (its second part without the header, possibly going on into
the next form) into one.

Merged cells are read from the XML, as python-docx returns one cell object for every grid
cell a merge covers: a cell under `w:vMerge` (continue) is empty and marked merged (the
layout readers fill it from above); the grid columns right of a `w:gridSpan` cell are empty
and not marked; `w:gridBefore`/`w:gridAfter` columns are empty. A header row Word repeats on
each page (`w:tblHeader`) is only a property: it is in the file once and read once. The
rows of a table nested inside a cell follow the row of that cell. Rows are addressed `table <n>
r<k>` (n counts the performance tables of the document, k the rows of the table).

What Word shows is read, wherever the XML keeps it: the paragraphs, tables, rows, cells and
runs inside content controls (`w:sdt`, a filled template's fields, a table inside one, the
indicator rows of a repeating section) and custom XML wrappers, and the text of tracked
insertions (`w:ins`, `w:moveTo`), the entry a legacy form's drop-down field shows
(`FORMDROPDOWN`, its chosen `w:listEntry`: no run holds it), and of a phonetic guide
(拼音指南, `w:ruby`) the characters, not the reading printed small above them; the text of
tracked deletions (`w:del`, `w:moveFrom`) and rows deleted with Track Changes on
(`w:trPr/w:del`) is struck out on the page and not read, nor is hidden text (`w:vanish`: a
template's hints, `（请填写全称）`), which Word neither prints nor shows, nor the placeholder
text of a content control nobody filled in (`w:showingPlcHdr`: `单击或点击此处输入文字。`,
grey), which says where a value goes and is none (a table's cells showing one are named, with
that text, in its `placeholder_cells_skipped` note).

An imported chunk (`w:altChunk`: an office system's HTML-to-Word export stores the table as a
web page, or a web archive, in a part of its own, which Word imports when it opens the file)
is read where it stands as that page is (`pipeline.read.html.page_flows`); a chunk of another
kind (RTF, text, another Word document) is not read.

Paragraphs whose cells are separated by tabs (a PDF-to-Word converter's flowing-text mode lays
a table out so, without a Word table: a row a paragraph, an empty cell two tabs in a row) are
read as the table they print when at least three of them print two cells or more, a line or two
without a tab between them (`续表`, a page number) a row of one cell.

A document whose body holds no performance table but embeds worksheets as objects (a sheet
pasted as a Microsoft Excel 工作表 对象: a `w:object` showing a picture of it, its `o:OLEObject`
naming the embedded workbook, `.xlsx` or Excel 97–2003) is read as those workbooks are, in the
order the body shows them (`pipeline.read.workbook`); the picture is not read.

A text box (`w:txbxContent`, where PDF-to-Word converters put a page's tables and lines) is
read where it is anchored, after the lines of the paragraph holding it, its paragraphs and
tables in order; Word keeps a copy of each box for older readers (`mc:Fallback`), which is
not read again.
"""

import io
import itertools
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from pipeline.cells import CellTable
from pipeline.read.archive import ZIP_DAMAGE
from pipeline.read.formats import detect_format
from pipeline.read.html import (
    Grid,
    Shown,
    archived_page,
    join_lines,
    page_flows,
    printed_lines,
    tables_in_flows,
)
from pipeline.read.text import ExtractError
from pipeline.read.workbook import read_workbook
from pipeline.vocab.file_formats import (
    SYMBOL_CODES,
    SYMBOL_FONT_CHARACTERS,
    SYMBOL_FONTS,
    SYMBOL_PAGE,
)


def read_docx(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of one .docx, in document order (see the module docstring)."""
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        flow: list[str | Grid | None] = list(_flow(source_file, _blocks(body, document._body)))
    except _DAMAGED as error:
        raise ExtractError(source_file, 1, _damaged(error)) from None
    try:
        return tables_in_flows(source_file, "DOCX document", "table", [flow])
    except ExtractError:
        workbooks = _embedded_workbooks(document)
        if not workbooks:
            raise
    tables = [table for book in workbooks for table in read_workbook(source_file, book)]
    return tuple(replace(table, index=index) for index, table in enumerate(tables))


def _embedded_workbooks(document) -> list[bytes]:
    """The workbooks the body embeds as objects (`o:OLEObject` in a `w:object`: a sheet pasted
    as a Microsoft Excel 工作表 对象), in the order it shows them: each object's part, an
    `.xlsx` package or an Excel 97–2003 one, told by its bytes."""
    books = []
    for ole in document.element.body.iter(_OLE_OBJECT):
        part = document.part.related_parts.get(ole.get(_RELATIONSHIP))
        if part is not None and detect_format("", part.blob) in ("xlsx", "xls"):
            books.append(part.blob)
    return books


_PARAGRAPH, _TABLE, _TEXT_BOX = qn("w:p"), qn("w:tbl"), qn("w:txbxContent")
_ROW, _CELL, _RUN, _DELETED_ROW = qn("w:tr"), qn("w:tc"), qn("w:r"), qn("w:del")
_SYMBOL, _ALT_CHUNK, _RELATIONSHIP = qn("w:sym"), qn("w:altChunk"), qn("r:id")
_PROPERTIES, _VANISH, _VALUE = qn("w:rPr"), qn("w:vanish"), qn("w:val")
_CONTROL_PROPERTIES, _SHOWING_PLACEHOLDER = qn("w:sdtPr"), qn("w:showingPlcHdr")
_CONTROL, _TEXT = qn("w:sdt"), qn("w:t")
_BORDERS, _TOP, _BOTTOM = qn("w:tcBorders"), qn("w:top"), qn("w:bottom")
_NO_RULE = frozenset(("nil", "none"))  # a border's values that draw no rule
_OLE_OBJECT = "{urn:schemas-microsoft-com:office:office}OLEObject"
_OFF = frozenset(("0", "false", "off"))  # a toggle property's values that turn it off
# The content types of an imported chunk's part that are read, as web pages or web archives.
_WEB_PAGES = frozenset(("text/html", "application/xhtml+xml"))
_WEB_ARCHIVES = frozenset(("message/rfc822", "multipart/related"))
# A run's children that print text, as python-docx reads them, and a symbol font's character;
# of a phonetic guide (拼音指南, `w:ruby`), the characters (`w:rubyBase`), not the reading
# printed above them (`w:rt`).
_RUN_TEXT = (
    "w:br | w:cr | w:noBreakHyphen | w:ptab | w:t | w:tab | w:sym | w:ruby/w:rubyBase/w:r/w:t"
    " | w:fldChar/w:ffData/w:ddList"
)
# A legacy form's drop-down (`FORMDROPDOWN`): its entries, and the one chosen (`w:result`, else
# the `w:default` one, else the first), which the field shows with no run of its own.
_DROPDOWN, _ENTRY, _CHOSEN = qn("w:ddList"), qn("w:listEntry"), (qn("w:result"), qn("w:default"))
# The fonts a run's properties name for its characters (Latin, other, East Asian, complex).
_RUN_FONTS = (
    "w:rPr/w:rFonts/@w:ascii | w:rPr/w:rFonts/@w:hAnsi | w:rPr/w:rFonts/@w:eastAsia"
    " | w:rPr/w:rFonts/@w:cs"
)
# Elements whose content Word shows in their place: content controls, custom XML, tracked
# insertions and moves in, links, fields and smart tags (not deletions: struck out).
_WRAPPERS = frozenset(
    qn(tag) for tag in ("w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo",
                        "w:hyperlink", "w:fldSimple", "w:smartTag")
)  # fmt: skip
# Paragraphs of tab-separated cells read as a table: at least this many print two cells or more
# (fewer are lines padded apart by tabs: `单位负责人：\t填表人：`), with at most this many
# paragraphs without a tab between two rows (a page number, `续表`).
MIN_TABBED_ROWS, MAX_TABBED_GAP = 3, 2
# A block of a Word body in order: a paragraph's text, or the flow of anything else (a table's
# grid, a text box's or an imported page's lines and grids).
Block = str | tuple[str | Grid | None, ...]
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_DAMAGED = (*ZIP_DAMAGE, etree.XMLSyntaxError, KeyError, PackageNotFoundError)


def _damaged(error: Exception) -> str:
    if isinstance(error, zipfile.BadZipFile):
        what = "not a ZIP package (cut short, damaged, or an old .doc renamed .docx)"
    elif isinstance(error, ValueError) and "not a Word file" in str(error):
        what = "a ZIP package but not a Word document (a workbook renamed .docx?)"
    else:
        what = "its parts are damaged"
    return f"DOCX document that cannot be read: {what}; open it in Word or WPS and save it again as .docx"


class _Chunk(NamedTuple):
    """An imported chunk (`w:altChunk`) and the story part holding it."""

    element: object
    part: object


def _flow(
    source_file: str, items: Iterable[Paragraph | Table | _Chunk]
) -> Iterator[str | Grid | None]:
    """The printed lines and table grids of body items in order, each text box anchored in a
    paragraph read after that paragraph's lines, an imported web page's in its place
    (`paragraph_flow`)."""
    return paragraph_flow(_read_blocks(source_file, items))


def _read_blocks(source_file: str, items: Iterable[Paragraph | Table | _Chunk]) -> Iterator[Block]:
    for item in items:
        if isinstance(item, Table):
            yield (_grid(item),)
        elif isinstance(item, _Chunk):
            yield tuple(_chunk_flow(source_file, item))
        else:
            yield _text(item._p)
            if boxes := _text_boxes(item._p):
                yield tuple(
                    entry for box in boxes for entry in _flow(source_file, _blocks(box, item))
                )


def paragraph_flow(blocks: Iterable[Block]) -> Iterator[str | Grid | None]:
    """A Word body's flow from its blocks in order: a paragraph (its text) as its printed
    lines, paragraphs of cells separated by tabs as the grid they print (`_tabbed`), anything
    else (a table's grid, the flow of a text box or an imported page) as it is."""
    blocks = list(blocks)
    texts = [block if isinstance(block, str) else None for block in blocks]
    tabbed = _tabbed_runs(texts)
    n = 0
    while n < len(blocks):
        if n in tabbed:
            yield from _tabbed(texts[n : tabbed[n]])
            n = tabbed[n]
            continue
        block, n = blocks[n], n + 1
        yield from _lines(block) if isinstance(block, str) else block


def _tabbed_runs(texts: list[str | None]) -> dict[int, int]:
    """Where runs of paragraphs holding tabs start -> where they end: consecutive such
    paragraphs, with up to `MAX_TABBED_GAP` paragraphs without a tab between two of them (a
    `续表` line, a page number: rows of one cell, as a text table prints them); anything but a
    paragraph (None) ends a run."""
    runs: dict[int, int] = {}
    start = end = None
    for n, text in enumerate(texts):
        if text is None:
            start = None
        elif "\t" in text.rstrip() and text.strip():
            if start is None or n - end > MAX_TABBED_GAP:
                start = n
            end = n + 1
            runs[start] = end
    return runs


def _lines(text: str) -> Iterator[str]:
    """A paragraph's printed lines (`printed_lines`: a tab or wide padding separates two)."""
    return (part for line in text.split("\n") for part in printed_lines(line))


def _tabbed(texts: list[str]) -> Iterator[str | Grid]:
    """Paragraphs holding tabs as the table they print, a row a paragraph with text and a cell
    a tab's stretch (an empty cell two tabs in a row), as a PDF-to-Word converter's
    flowing-text mode lays a table out: when `MIN_TABBED_ROWS` of them print two cells or
    more; else their lines."""
    rows = [
        tuple(join_lines(cell.split("\n")) for cell in text.rstrip().split("\t"))
        for text in texts
        if text.strip()
    ]
    if sum(sum(map(bool, cells)) >= 2 for cells in rows) < MIN_TABBED_ROWS:
        yield from (line for text in texts for line in _lines(text))
        return
    width = max(map(len, rows))
    yield [(cells + ("",) * (width - len(cells)), (False,) * width) for cells in rows]


def _chunk_flow(source_file: str, chunk: _Chunk) -> Iterator[str | Grid | None]:
    """The lines and grids of an imported chunk's web page, in order; none for another kind."""
    part = chunk.part.related_parts.get(chunk.element.get(_RELATIONSHIP))
    if part is None or part.content_type not in _WEB_PAGES | _WEB_ARCHIVES:
        return
    page = (
        archived_page(source_file, part.blob) if part.content_type in _WEB_ARCHIVES else part.blob
    )
    for flow in page_flows(source_file, page):
        yield from flow


def _shown(element, tag: str) -> Iterator:
    """The children of `element` with `tag`, those inside wrappers (`_WRAPPERS`) in their
    place, none inside struck-out ones, nor inside a content control nobody filled in, which
    shows its placeholder text (`w:showingPlcHdr`: `单击或点击此处输入文字。`, grey), no value."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS and not _placeholder(child):
            yield from _shown(child, tag)


def _placeholder(element) -> bool:
    """Whether an element is a content control showing its placeholder text."""
    shown = element.find(f"{_CONTROL_PROPERTIES}/{_SHOWING_PLACEHOLDER}")
    return shown is not None and shown.get(_VALUE) not in _OFF


def _blocks(element, parent) -> Iterator[Paragraph | Table | _Chunk]:
    """The paragraphs, tables and imported chunks of a body, a cell or a text box, in order."""
    for child in element:
        if child.tag == _PARAGRAPH:
            yield Paragraph(child, parent)
        elif child.tag == _TABLE:
            yield Table(child, parent)
        elif child.tag == _ALT_CHUNK:
            yield _Chunk(child, parent.part)
        elif child.tag in _WRAPPERS:
            yield from _blocks(child, parent)


def _text(paragraph) -> str:
    """A paragraph's text as Word shows it: its runs' (`w:br` a line break), inserted text in,
    deleted text and hidden text out."""
    return "".join(_run_text(run) for run in _shown(paragraph, _RUN) if not _hidden(run))


def _hidden(run) -> bool:
    """Whether a run is hidden text (`w:rPr/w:vanish`, 字体 → 隐藏: a template's hints), which
    Word neither prints nor shows unless told to show hidden text."""
    vanish = run.find(f"{_PROPERTIES}/{_VANISH}")
    return vanish is not None and vanish.get(_VALUE) not in _OFF


def _run_text(run) -> str:
    """A run's text, with the characters put in from a symbol font (`w:sym`), or typed in a
    run of a symbol font as its private-use codes (`\uf0b3`, as converters and pastes keep
    them), as the Unicode characters they print (`file_formats.SYMBOL_FONT_CHARACTERS`)."""
    text = "".join(
        _symbol(child) if child.tag == _SYMBOL
        else _chosen(child) if child.tag == _DROPDOWN
        else str(child)
        for child in run.xpath(_RUN_TEXT)
    )  # fmt: skip
    font = next((name for name in run.xpath(_RUN_FONTS) if name in SYMBOL_FONTS), None)
    if font is None:
        return text
    return "".join(
        symbol_character(font, ord(char)) if ord(char) in SYMBOL_CODES else char for char in text
    )


def _chosen(dropdown) -> str:
    """The entry a legacy form's drop-down shows (`_CHOSEN`); "" where it has none."""
    entries = [entry.get(_VALUE, "") for entry in dropdown.iterchildren(_ENTRY)]
    chosen = (dropdown.find(tag) for tag in _CHOSEN)
    index = next((found.get(_VALUE, "") for found in chosen if found is not None), "0")
    return entries[int(index)] if index.isdigit() and int(index) < len(entries) else ""


def _symbol(sym) -> str:
    """The character a `w:sym` prints (`symbol_character`)."""
    try:
        code = int(sym.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    return symbol_character(sym.get(qn("w:font")), code)


def symbol_character(font: str | None, code: int) -> str:
    """The character a symbol put in from a font prints: a symbol font's that the vocabulary
    knows; else the private-use character Word stores for a symbol font's code (`\uf061`,
    read as text no target parses), or the character of another font's code."""
    if not 0 < code <= 0xFFFF:  # a 16-bit code
        return ""
    if font not in SYMBOL_FONTS:
        return chr(code)
    own = code - SYMBOL_PAGE if code >= SYMBOL_PAGE else code
    return SYMBOL_FONT_CHARACTERS.get(own, chr(SYMBOL_PAGE + own))


def _text_boxes(paragraph) -> list:
    """The text boxes anchored in a paragraph, not Word's copies of them for older readers
    (`mc:Fallback`) nor the boxes inside them (read with them)."""

    def own(box) -> bool:
        for ancestor in box.iterancestors():
            if ancestor is paragraph:
                return True
            if ancestor.tag in (_FALLBACK, _TEXT_BOX):
                return False
        return False

    return [box for box in paragraph.iter(_TEXT_BOX) if own(box)]


def _grid(table: Table) -> Shown:
    """The table's rows as a grid, merges expanded: (cells, merged) per `w:tr`; the rows of a
    table nested in a cell follow the row of that cell. The placeholder texts a row's cells
    show are in `unread` (`_placeholders`), as `r<k>: text | text`, k counting the grid's rows."""
    rows, placeholders = Shown(), []
    rules: list[tuple[tuple[bool, bool], ...] | None] = []  # per row, `_unruled` of each cell
    for tr in _shown(table._tbl, _ROW):
        if _deleted(tr):
            continue
        cells = [""] * tr.grid_before
        merged = [False] * tr.grid_before
        open_sides = [(False, False)] * tr.grid_before
        inner: Grid = []
        for tc in _shown(tr, _CELL):
            cell = _Cell(tc, table)
            continued = tc.vMerge == "continue"
            text = "" if continued else join_lines(_cell_lines(cell))
            cells.extend([text] + [""] * (tc.grid_span - 1))
            merged.extend([continued] * tc.grid_span)
            open_sides.extend([_unruled(tc)] * tc.grid_span)
            inner.extend(
                row
                for nested in _blocks(tc, cell)
                if isinstance(nested, Table)
                for row in _grid(nested)
            )
        cells.extend([""] * tr.grid_after)
        merged.extend([False] * tr.grid_after)
        open_sides.extend([(False, False)] * tr.grid_after)
        rows.append((tuple(cells), tuple(merged)))
        rules.append(tuple(open_sides))
        if texts := _placeholders(tr):
            placeholders.append(f"r{len(rows)}: {' | '.join(texts)}")
        rows.extend(inner)
        rules.extend([None] * len(inner))
    _borderless_merges(rows, rules)
    rows.unread = tuple(("placeholder_cells_skipped", text) for text in placeholders)
    return rows


def _unruled(tc) -> tuple[bool, bool]:
    """Whether a cell takes its top rule and its bottom rule off (`w:tcBorders` `w:top`,
    `w:bottom` of `nil` or `none`)."""
    borders = tc.tcPr.find(_BORDERS) if tc.tcPr is not None else None
    sides = [None if borders is None else borders.find(side) for side in (_TOP, _BOTTOM)]
    return tuple(side is not None and side.get(_VALUE) in _NO_RULE for side in sides)


def _borderless_merges(rows: Shown, rules: list) -> None:
    """The cells a column draws as one without merging them (`w:vMerge`): a run of rows whose
    cells take off the rule between each two (the upper its bottom, the lower its top), keep
    the rules above and below it, and hold one text between them, typed in any of its rows (a
    level's block drawn by borders, its name in the middle row), read as a merge: its text in
    the run's first row, the rows below marked merged (in place in `rows`). A table drawn
    without rules at all is read as it is."""
    width = min((len(cells) for cells, _ in rows), default=0)
    for col in range(width):
        start = 0
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and _off(rules, end, col, 1) and _off(rules, end + 1, col, 0):
                end += 1
            texts = [r for r in range(start, end + 1) if rows[r][0][col].strip()]
            closed = not _off(rules, start, col, 0) and not _off(rules, end, col, 1)
            if end > start and len(texts) == 1 and closed:
                text = rows[texts[0]][0][col]
                for r in range(start, end + 1):
                    cells, merged = rows[r]
                    rows[r] = (
                        (*cells[:col], text if r == start else "", *cells[col + 1 :]),
                        (*merged[:col], r > start, *merged[col + 1 :]),
                    )
            start = end + 1


def _off(rules: list, row: int, col: int, side: int) -> bool:
    """Whether a row's cell in a column takes its rule on a side off (0 its top, 1 its
    bottom); no for a nested table's row or a column the row does not reach."""
    sides = rules[row]
    return sides is not None and col < len(sides) and sides[col][side]


def _deleted(tr) -> bool:
    """Whether a row was deleted with Track Changes on (`w:trPr/w:del`): struck out, not read."""
    return tr.trPr is not None and tr.trPr.find(_DELETED_ROW) is not None


def _placeholders(tr) -> list[str]:
    """The placeholder texts a row's cells show (`w:showingPlcHdr`, read empty: `_shown`): of
    each content control showing its own where everything between it and the row is shown
    (`_shows`)."""
    texts = []
    for control in tr.iter(_CONTROL):
        between = itertools.takewhile(lambda above: above is not tr, control.iterancestors())
        if _placeholder(control) and all(map(_shows, between)):
            texts.append("".join(control.itertext(_TEXT, with_tail=False)).strip())
    return [text for text in texts if text]


def _shows(element) -> bool:
    """Whether Word shows what an element of a table holds: a row not deleted, a cell, a
    paragraph, a wrapper (`_WRAPPERS`) that is no content control showing its placeholder."""
    if element.tag == _ROW:
        return not _deleted(element)
    return element.tag in (_CELL, _PARAGRAPH, _TABLE) or (
        element.tag in _WRAPPERS and not _placeholder(element)
    )


def _cell_lines(cell: _Cell) -> list[str]:
    return [
        line
        for block in _blocks(cell._tc, cell)
        if isinstance(block, Paragraph)
        for line in _text(block._p).split("\n")
    ]
