"""Read stage, PDF format: the tables of a PDF with a text layer -> `CellTable`s.

`read_pdf_tables(source_file, data)` gives every table of the file (and its text outside
tables), for `pipeline.layouts.select` to keep the performance tables and set the others
aside (a budget disclosure's 收支总表, 目录 and prose) with a note. Per page:

- tables ruled as a grid are pdfplumber's (`lines` strategies): one cell per drawn cell, of
  two rows or more, or of one opening a page (which may end the table of the page before);
- tables ruled only between rows get their columns from the text: the gaps between the
  words of each band between two rules place the column edges, and a rule that stops short
  of a column (it starts at the merged cell's right edge) says that the cell above goes on;
  a three-line table (三线表: rules only above and below it and under its header row, that
  rule stopping at a cell merged down from the header row, whose bottom rule lies lower) has
  its rows from its lines, as a table without rules;
- tables without rules (lines that print a performance table's labels, cells side by side)
  get their columns from the text's positions and their rows from the space between lines,
  a form's header block above its indicator column labels its columns of its own (its
  labels, values and money figures stand where the indicator columns do not part);
  a page holding several is parted at a title line of its own (`pdf_labels.TABLE_TITLE`)
  and where the next form's header block begins, each table with its own columns; level
  cells printed centred down their span (a sheet printed without borders, 合并后居中: some
  level column opens with an empty cell under the column labels) span the block around
  their text (`_centred_levels`), and the rows below their first are marked merged;
- a label printed spaced out to fill its cell (`项 目 名 称`, by spaces or letter-spacing)
  is one word, not one cell per character; a word running across a ruled table's column rule
  (two cells' texts filled to the rule between them) is parted there (`_parted_at_rules`);
- a merged cell gives its text to its first row; the rows below it get an empty cell marked
  in `CellRow.merged`; the columns a cell spans to its right give no cells, so a row has as
  many cells as the source printed (as in a tab-separated export);
- a sheet printed with its row and column headings (`A B C` over the table, each row's number
  at its left) gives no cells of them (`grid.without_headings`), and the columns left of the
  first one a table's rows print text in are dropped (`grid.without_margin`);
- a page's tables are read top to bottom, those side by side (two small forms on a landscape
  page) left to right, so that the lines above the left one are its title (`_reading_order`);
  a sheet printed two pages to it (2-up: every table in one half, no word across the middle
  but a heading or page number above or below forms in both halves) is read half by half,
  each half's lines (title, notes, running head, page number) with its own tables and a
  half's text beside them a part of its own (`_gutter`), each half a page that a ruled table
  may go on from or onto (`_next_page`); a table goes on in the next column of a page set in
  columns (Word's 分栏) where the table right of it is as wide, level with it, and opens with a
  row it printed, its column labels row again (`_next_column`);
- text outside the rules becomes rows of its own before (title, unit lines) or after (its
  notes and sign-off lines, `lines.is_footer`) the table, its cells split where the
  words are far apart; the text below those (a disclosure's prose run on below its last
  table) is a part of its own, set aside, and so is the prose above a table up to its last
  sentence (a 情况说明 run on above the 附件's first table); page numbers and stamp places
  (`pipeline.vocab.pdf_labels`; not a sign-off line holding one: it is kept, as sign-off lines
  are), and on a page holding a table a running header, the tables' numbers, the headings
  of a disclosure's parts (`第四部分 附件`) and the date and title, address and page number a
  browser prints atop and at the foot of each page of a web page (`labels.is_page_furniture`),
  are set aside.

Characters printed at a slant (a watermark's `内部资料` repeated across the page, or a stamp's text,
lying over the tables' cells) are no text of the page's (`_level`), nor is a letter of a seal's ring
that its place there turns level or a quarter (the one atop the ring, those at its ends), printed
in a colour not the page's text's next to a slanted letter of its font, colour and scale
(`_unstamped`); characters turned a quarter
anticlockwise (a column label set to 90° text rotation) are read from the bottom up, as they print
(`_words`), and a page whose text lies turned a quarter (a landscape page's table drawn on its side
on a portrait page, no `/Rotate` saying so) is read turned back (`_upright`); a page is read as
far as its CropBox shows it (`_shown`: a spread cut back into pages), and a form filled in and
saved unflattened with its fields' values printed in (`_fields_flattened`); a character drawn
again a fraction of a point from itself (a report engine's fake bold, `东东港港`) is read once
(`OVERPRINT`). Each page's text is read first by PDFium (pypdfium2), fast; only a page whose text
has a word of a performance table's labels (`pdf_labels.TABLE_MARKS`), or that follows a page with a
table (which it may continue), is parsed by pdfplumber and searched for tables. The other pages of a
disclosure (budget tables, prose: most of its pages) are set aside as the lines PDFium printed, one
cell each.

A table whose page part opens a page with nothing above it (but its currency unit printed
again under its title with `（续）`, page furniture) and has the same left and right
edges as the table that ended the page before continues it: a repeated header row is
dropped, a merged cell cut by the page break is marked merged (its text repeated or not),
and a row Word broke over the page (its other cells empty; not a template's placeholder row,
`……`, nor a level's row under the column labels, which joined would make no label) is joined
onto the row above. A ruled table that the break cut inside merged cells prints no rule under
them at the page's end, nor over them atop the next page (its column rules run on): the ends of
its column rules close those cells (`_cuts`), which keep their text and are cut by the break. A
table read without rules (none, or a three-line table's, whose next page prints only its
bottom rule or none) has no edges to compare: it goes on in the lines opening the next page
(page furniture aside) whose every text starts where the text of one of its columns starts
(or, its cells centred, has its middle where a column's cells have theirs), read with its
columns as its rows (header repeated or not), up to a line that does not line
up or begins a table (a title line, a form's 项目名称 line). Lines there that do not line up
but print text in its value column (指标值) may be its rows printed elsewhere: the table
they make carries a note of where they are (`table_set_aside`), which holds when it is set
aside as no performance table (`pipeline.layouts.select`), so that no row is lost unsaid.
A form's head printed as a table of its own and the indicator tables printed after it under
titles of their own are one table.
Newlines inside a cell are joined with nothing between CJK text, with a space between
letters or digits. A font subset whose character map gives CJK radicals for ideographs
(`⼈` for 人, `⺠` for 民) is read with the ideographs (`pdf_labels.RADICALS`), the file's first
table noting which (`pdf_radicals_read`), and a range's `～` its map gives as `〜` is read as `～`
(`pdf_labels.SHARED_GLYPHS`). `CellRow.location` is `p<page> r<row of the table on
that page>` for table rows (`p<page> t<table> r<row>` on a page of several tables, so that no two
table rows share one) and `p<page> line <n>` for text outside the rules (statements printed side
by side on one line share it); `CellRow.line` counts rows over the whole file.
A ruled table opening a page with nothing above it, its rows at the heights of the rows of the
table that ended the page before but its edges not both that table's, prints that table's
further columns (a sheet too wide for its page, printed down, then over): its cells join the
rows they stand beside (`_beside`).
"""

import collections
import ctypes
import io
import itertools
import logging
import re
import statistics
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from pipeline.cells import CellRow, CellTable
from pipeline.labels.columns import column_roles, field_roles
from pipeline.labels.grid_rows import (
    INDICATOR_ROLES,
    is_grid_header,
    is_placeholder,
    is_points_total,
    reads_as_target,
    table_roles,
)
from pipeline.labels.lines import is_amount, is_footer, is_prose, signs_off
from pipeline.read.grid import is_wide, printed_title, without_headings, without_margin
from pipeline.read.text import ExtractError
from pipeline.targets.parser import is_unit
from pipeline.vocab import labels, pdf_labels
from pipeline.vocab.layout_labels import OPERATOR_WORDS
from pipeline.vocab.target_words import SUFFIX_OPERATORS
from pipeline.vocab.traditional import simplified

SCANNED = "scanned PDF: no text layer; run OCR first (e.g. ocrmypdf)"
PASSWORD = "PDF needs a password to open; save an unprotected copy and put that in data/raw/"
UNMAPPED = (
    "PDF text without a Unicode map (its fonts give only (cid:N)); run OCR first (e.g. ocrmypdf)"
)
DAMAGED = "damaged PDF: {detail}; open it in a PDF viewer and save or print it to a new PDF"
DETAIL_CHARS = 120  # of what pdfminer says is wrong, in that error

# pdfminer logs what it finds odd in a document's fonts (`Could not get FontBBox from font
# descriptor …`) as warnings, hundreds a file for some generators' fonts; with no handler of
# ours Python printed each on stderr, over the build's progress line. What a reader of the
# tables must know is said by the findings; the library's own errors still show.
logging.getLogger("pdfminer").setLevel(logging.ERROR)

# Words of one cell are closer than this (points); the text of two cells is further apart.
CELL_GAP = 4.5
# Words whose tops differ by less than this (points) are on one line.
LINE_TOLERANCE = 2.0
# Edges closer than this (points) are the same edge.
EDGE_TOLERANCE = 3.0
# A horizontally ruled table has at least this many rules; a table without rules at least
# this many lines of cells side by side.
MIN_RULES = 3
# A three-line table (三线表) has a rule above and below it and under its header row: this
# many at most (one more where a header block comes before the header row).
THREE_LINE_RULES = 4
# A table without rules is read as one where a line prints this many header-block labels
# (项目名称 | … | 主管部门), or where it prints an indicator column's.
MIN_LABELS = 2
# In a table without rules, lines closer than the tightest gap between two lines plus this
# much (points, or this share of the font size if more) are one row, a cell's text wrapped;
# only where that tightest gap is below this share of the font size (wrapped lines are
# printed close).
ROW_GAP_MIN, ROW_GAP_SHARE, WRAP_GAP = 1.5, 0.25, 0.6
# The gaps between the characters of a label printed spaced out are equal to within this
# (points): letter-spacing or a space after every character.
SPACING_TOLERANCE = 0.5
# So many characters evenly spaced are a label's by their spacing alone; fewer must read as
# a label.
SPACED_RUN = 3
# The roles of a label naming the project, that opens a form's header block.
PROJECT_ROLES = frozenset(("project_name", "parent_project"))
# A row Word broke over a page goes on, on the next, in at most this share of the cells the
# page before printed (those whose text was too long to fit).
BROKEN_SHARE = 0.5
# The indicator columns whose merged cells span a block of rows.
LEVEL_ROLES = frozenset(("level1", "level2"))
# A list's project columns, merged down each project's rows (its name, amount, goal, number),
# and of them the one whose cell prints on one line (a figure): its blocks are every one's.
PROJECT_CELL_ROLES = frozenset(("project_name", "total", "goal_annual", "row_number"))
PROJECT_AMOUNT_ROLE = "total"
# What pdfminer prints for a character its font does not map to Unicode.
UNMAPPED_MARK = "(cid:"
# A character whose baseline leans more than this (the tangent of its angle off level or off
# a quarter turn, here 5°) is printed at a slant: a watermark's (`内部资料`, turned 30° or 45°).
SLANT = 0.09
# A character drawn again within this many points of itself, in the same font and size, is
# one printed character: a report engine fakes bold for a font without a bold face by drawing
# each line twice a fraction of a point apart (`东东港港` read once, `东港`); two characters of a
# text stand a glyph's width apart, never this close.
OVERPRINT = 1.0
# A filled box no thicker than this (points) one way is a rule (a browser draws borders so); a
# thicker one is a cell's shading (`_unshaded`).
RULE_MOST = 2.0
# A page on which at least this share of the characters lie turned the same quarter holds its
# text on its side (a landscape page's table drawn turned on a portrait page that does not say
# so); column labels set to 90° text rotation are a few of a page's characters.
TURNED_SHARE = 0.9
# How far apart the tops of two characters of one line may be (points). Lines are found by
# chaining tops this close: pdfplumber's 3 chained a cell's two lines (tops 262 and 268) through
# the one line of the cell beside it, printed between them (265), and read their characters
# interleaved (`2 0 22 年9月30 日 前`).
LINE_TOP_TOLERANCE = 1.5
# The most pieces far apart a line printing a disclosure's running header among them may have
# (`拉孜县农业农村局 | 2025年部门预算公开 | 公开`, the department left, the part right): all
# page furniture.
RUNNING_HEAD_PIECES = 3
# A seal's letters stand round its ring at most this many of a letter's sizes apart (centre to
# centre); its lettering is one font in one colour at one scale.
RING_GAP = 2.0
SCALE_TOLERANCE = 0.02


@dataclass(slots=True)
class _Row:
    cells: list[str]
    merged: list[bool]
    location: str
    open_below: list[bool] = field(default_factory=list)  # cells that a page break cut


@dataclass(frozen=True, slots=True)
class _Columns:
    """The columns of a table read without rules (no rules, or a three-line table's): its
    column edges, where the text of each column's cells starts, the middle of each column
    when the table's cells are centred (`_middles`), and the span of the column labelled as
    an indicator value (指标值), if one is."""

    edges: tuple[float, ...]
    starts: tuple[frozenset[float], ...]
    middles: tuple[float, ...] | None = None
    value: tuple[float, float] | None = None
    value_label: str = ""


@dataclass(slots=True)
class _Part:
    """One table on one page (or a page's text), with the text lines above and below it."""

    page: int
    above: list[_Row]
    rows: list[_Row]
    below: list[_Row]
    edges: tuple[float, float] | None  # left and right edge of the table; None for text
    columns: _Columns | None = None  # the columns of a table read without rules
    # How many lines of the page print text in the value column of the table without rules
    # that ended the page before without lining up with its columns (`_stray_lines`).
    stray: int = 0
    tops: tuple[float, ...] = ()  # the height on its page of each of its rows' tops
    # Whether no rules stand between its columns (ruled between its rows only, or not at all).
    text_columns: bool = False
    # On a sheet printed two pages to it (`_gutter`): which half (0 left, 1 right) and where
    # that half begins; None and 0 on a page of its own.
    half: int | None = None
    origin: float = 0.0


def read_pdf_tables(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """Every table of one PDF, and its text outside tables as tables of their own, in order;
    the first table notes the radicals read as ideographs (`_Radicals`)."""
    radicals = _Radicals()
    data = _fields_flattened(data)
    return _finished(source_file, _parts(source_file, data, radicals), radicals)


def read_text_layers(source_file: str, pages: list[tuple]) -> tuple[CellTable, ...]:
    """Every table of a document known by its pages' words and rules alone
    (`positioned.TextLayer`, its rules as pdfplumber's edges, and the page's words as
    pdfplumber gives them): a web page that a converter made of a PDF, read as that PDF,
    page by page as `_parts` reads a PDF's pages."""
    radicals = _Radicals()
    parts: list[_Part] = []
    carry = None
    for page, words in pages:
        for word in words:
            word["text"] = radicals.read(word["text"])
        found = _page_parts(page, words, carry)
        carry = _carry(found)
        parts.extend(found)
    return _finished(source_file, parts, radicals)


def _finished(source_file: str, parts: list[_Part], radicals: "_Radicals") -> tuple[CellTable, ...]:
    """The parts of a document's pages as its tables, the first noting the radicals read."""
    tables = _forms(_tables(source_file, parts))
    if radicals.found and tables:
        tables[0] = replace(tables[0], notes=(radicals.note(tables[0].rows[0].line),
                                              *tables[0].notes))  # fmt: skip
    return tuple(tables)


def _carry(found: list[_Part]) -> _Columns | None:
    """The columns of a table without rules that ends a page, which the next page's opening
    lines may go on with."""
    return found[-1].columns if found and not found[-1].below else None


def _fields_flattened(data: bytes) -> bytes:
    """The document with its form fields' values printed into its pages, where it has an
    interactive form (AcroForm): a 财政局's fillable 自评表 filled in and saved without
    flattening keeps its values in fields (widget annotations), which no page's text holds.
    PDFium flattens each page as a viewer shows it, the widgets' appearances drawn as page
    content. Any other document, or one PDFium cannot open or save, as it is."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return data
    try:
        if pdfium_raw.FPDF_GetFormType(document.raw) == pdfium_raw.FORMTYPE_NONE:
            return data
        for index in range(len(document)):
            page = document[index]
            pdfium_raw.FPDFPage_Flatten(page.raw, pdfium_raw.FLAT_NORMALDISPLAY)
            page.close()
        flattened = io.BytesIO()
        document.save(flattened)
        return flattened.getvalue()
    except pdfium.PdfiumError:
        return data
    finally:
        document.close()


class _Radicals:
    """CJK radicals that a font's character map gave for ideographs (`pdf_labels.RADICALS`):
    text is read with the ideographs, and the file's first table notes which were read. A
    mark the map gave for the one it shares a glyph with (`pdf_labels.SHARED_GLYPHS`) is read
    as the one Chinese text writes, unnoted: the same mark."""

    _TABLE = str.maketrans({**pdf_labels.RADICALS, **pdf_labels.SHARED_GLYPHS})

    def __init__(self):
        self.found: dict[str, int] = {}

    def read(self, text: str) -> str:
        folded = text.translate(self._TABLE)
        if folded != text:
            for char in text:
                if char in pdf_labels.RADICALS:
                    self.found[char] = self.found.get(char, 0) + 1
        return folded

    def note(self, line: int) -> tuple[str, int, str, str]:
        pairs = " ".join(f"{char}→{pdf_labels.RADICALS[char]}" for char in sorted(self.found))
        count = sum(self.found.values())
        return (
            "pdf_radicals_read", line,
            f"{count} characters that the PDF's font maps to CJK radicals read as the "
            f"ideographs they print: {pairs}", pairs,
        )  # fmt: skip


def _forms(tables: list[CellTable]) -> list[CellTable]:
    """A form's head (项目名称 and the money, no indicator columns) and the indicator table
    printed after it under a title of its own (no 项目名称) are one table, and so is a form
    and an indicator table after it titled as one of its indicator blocks (`年度绩效指标`
    after `长期绩效指标`: `pdf_labels.INDICATOR_TITLE`)."""
    forms: list[CellTable] = []
    for table in tables:
        head = forms[-1] if forms else None
        if head and _indicators_only(table) and (_head_only(head) or _block_of(head, table)):
            forms[-1] = replace(head, rows=head.rows + table.rows, notes=head.notes + table.notes)
        else:
            forms.append(table)
    return forms


def _block_of(form: CellTable, table: CellTable) -> bool:
    title = simplified("".join((table.title or "").split()))
    return "project_name" in table_roles(form) and bool(pdf_labels.INDICATOR_TITLE.fullmatch(title))


def _head_only(table: CellTable) -> bool:
    found = table_roles(table)
    return "project_name" in found and not found & INDICATOR_ROLES


def _indicators_only(table: CellTable) -> bool:
    found = table_roles(table)
    return "project_name" not in found and bool(found & INDICATOR_ROLES)


# What pdfminer and pdfplumber raise reading a damaged document.
_DAMAGED = (PdfminerException, PSException, MalformedPDFException)


def _open(source_file: str, data: bytes):
    try:
        return pdfplumber.open(io.BytesIO(data))
    except _DAMAGED as error:
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, PDFPasswordIncorrect):
            raise ExtractError(source_file, 1, PASSWORD) from None
        raise _damaged(source_file, cause) from None


def _pages(source_file: str, pdf) -> list:
    """The document's pages, laid out as pdfplumber opens them; an `ExtractError` when one
    cannot be (its page tree or a page's box damaged: a box of other things than four
    numbers, or none, on which pdfplumber's own code fails, not only pdfminer's)."""
    try:
        return pdf.pages
    except (*_DAMAGED, TypeError, IndexError, ValueError) as error:
        raise _damaged(source_file, error.args[0] if error.args else error) from None


def _damaged(source_file: str, cause) -> ExtractError:
    """The error for a damaged document, with the first line of what pdfminer said, cut to
    `DETAIL_CHARS` (it may print a whole damaged dictionary)."""
    text = str(cause).strip()
    detail = text.splitlines()[0] if text else type(cause).__name__
    if len(detail) > DETAIL_CHARS:
        detail = detail[: DETAIL_CHARS - 1] + "…"
    return ExtractError(source_file, 1, DAMAGED.format(detail=detail))


def _parts(source_file: str, data: bytes, radicals: _Radicals) -> list[_Part]:
    parts: list[_Part] = []
    words_seen, unmapped = 0, 0
    tabled = False  # whether the page before had a table, which this page may continue
    carry = None  # the columns of a table without rules that ended the page before
    # Read from memory, the document is not closed: closing lays its pages out again (a damaged
    # page's error again, over the one said); each page is closed once read.
    pages = _pages(source_file, _open(source_file, data))
    marked = _marked_pages(data, len(pages), radicals)
    try:
        for index, page in enumerate(pages):
            if marked is not None and not marked[index][0] and not tabled:
                text = marked[index][1]
                words_seen += len(text.split())
                parts.extend(_printed_part(text, page.page_number))
                continue
            page = _upright(page)
            level = _unstamped(_shown(page)).dedupe_chars(tolerance=OVERPRINT)
            words = _words(level)
            for word in words:
                word["text"] = radicals.read(word["text"])
            words_seen += len(words)
            unmapped += sum(UNMAPPED_MARK in word["text"] for word in words)
            found = _page_parts(level, words, carry)
            tabled = any(part.edges is not None for part in found)
            carry = _carry(found)
            parts.extend(found)
            page.close()  # its objects are not needed again
    except _DAMAGED as error:
        raise _damaged(source_file, error.args[0] if error.args else error) from None
    if not words_seen:
        raise ExtractError(source_file, 1, SCANNED)
    if unmapped * 2 > words_seen:
        raise ExtractError(source_file, 1, UNMAPPED)
    return parts


# --- one page ---------------------------------------------------------------------------


def _unshaded(page):
    """The page without its cells' shading, where it draws rules: a box filled, not stroked,
    thicker than a rule both ways (a band of colour behind a row or a header cell, which a
    report engine or a browser draws cell by cell) draws no rule, and its edges are none of
    the table's. A page drawing no rule keeps its boxes: their edges are its grid (cells
    filled, the white between them the rules)."""
    if not any(_rule(obj) for obj in (*page.lines, *page.rects)):
        return page
    return page.filter(lambda obj: obj["object_type"] != "rect" or _rule(obj))


def _rule(obj: dict) -> bool:
    """Whether a line or a box is drawn as a rule: stroked, or filled no thicker than one."""
    if obj["object_type"] != "rect" or obj.get("stroke") or not obj.get("fill"):
        return True
    return min(obj["width"], obj["height"]) <= RULE_MOST


def _level(obj: dict) -> bool:
    """Whether a page object is no character printed at a slant (`SLANT`): a watermark or a
    stamp's text turned across the page (`内部资料` repeated, 30° or 45°) lies over the tables'
    cells, and its characters are none of their text. Characters printed level or turned a
    quarter (a landscape page, a column label printed upright) and slanted letters on a level
    baseline (italics) are kept."""
    if obj["object_type"] != "char":
        return True
    a, b = abs(obj["matrix"][0]), abs(obj["matrix"][1])
    return min(a, b) <= SLANT * max(a, b)


def _unstamped(page):
    """The page without a stamp's characters: those printed at a slant (`_level`), and any
    printed level or turned a quarter in a colour not the page's text's, next to a slanted one
    of its font, colour and scale (`_of_stamp`): a seal's name runs round its ring letter by
    letter, each turned to the circle, so that the letter atop it stands level, and one at
    either end a quarter turned, among slanted ones."""
    page = _unshaded(page)
    chars = page.chars
    slanted = [char for char in chars if not _level(char)]
    if not slanted:
        return page.filter(_level)
    inks = collections.Counter(_ink(char) for char in chars)
    text_ink = inks.most_common(1)[0][0]
    stamped = {
        _place(char)
        for char in chars
        if _level(char) and _ink(char) != text_ink and _of_stamp(char, slanted)
    }
    return page.filter(lambda obj: _level(obj) and _place(obj) not in stamped)


def _ink(char: dict) -> str:
    return repr(char["non_stroking_color"])


def _place(obj: dict) -> tuple:
    return obj["object_type"], obj.get("text"), obj["x0"], obj["top"]


def _of_stamp(char: dict, slanted: list[dict]) -> bool:
    """Whether a slanted character of the character's font, colour and scale stands within
    `RING_GAP` of its size of it."""
    scale = _scale(char)
    x, y = _centre(char)
    reach = RING_GAP * char["size"]
    return any(
        other["fontname"] == char["fontname"]
        and _ink(other) == _ink(char)
        and abs(_scale(other) - scale) <= SCALE_TOLERANCE * scale
        and (_centre(other)[0] - x) ** 2 + (_centre(other)[1] - y) ** 2 <= reach**2
        for other in slanted
    )


def _scale(char: dict) -> float:
    """How large the character's matrix draws it, whatever way it is turned."""
    a, b = char["matrix"][0], char["matrix"][1]
    return (a * a + b * b) ** 0.5


def _centre(obj: dict) -> tuple[float, float]:
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def _words(page) -> list[dict]:
    """The page's words. Characters turned a quarter anticlockwise (a column label set to 90°
    text rotation, `一级指标` printed from the bottom up) are read as they print, from the
    bottom up, their lines from left to right; pdfplumber reads every turned character from
    the top down (right for text turned clockwise: `标指级一` else)."""
    if not any(_upward(char) for char in page.chars):
        return page.extract_words(extra_attrs=["size"], y_tolerance=LINE_TOP_TOLERANCE)
    level = page.filter(lambda obj: not _upward(obj)).extract_words(
        extra_attrs=["size"], y_tolerance=LINE_TOP_TOLERANCE
    )
    # Not grouped by size: a turned glyph's size differs in its last digits from its
    # neighbour's (9.000000074999988, 9.000000074999974), which would split the word. Its
    # size is its breadth across the line.
    upward = page.filter(_upward).extract_words(line_dir_rotated="ltr", char_dir_rotated="btt")
    return level + [word | {"size": word["x1"] - word["x0"]} for word in upward]


def _upright(page):
    """The page as it reads: one whose text lies turned a quarter (`TURNED_SHARE` of its
    characters: a landscape page's table drawn on its side on a portrait page, no `/Rotate`
    saying so, as a merging or imposing tool puts it) is laid out again turned back, as the
    page would be had it said so (its `/Rotate` a quarter more: clockwise for text running up
    the page, anticlockwise for text running down); any other page as it is."""
    chars = page.chars
    up = sum(map(_upward, chars))
    down = sum(not char["upright"] and char["matrix"][1] < 0 for char in chars)
    turn = (
        90 if up >= TURNED_SHARE * len(chars) else 270 if down >= TURNED_SHARE * len(chars) else 0
    )
    if not chars or not turn:
        return page
    page.close()
    page.page_obj.rotate = (page.rotation + turn) % 360
    page.page_obj.attrs["Rotate"] = page.page_obj.rotate
    return pdfplumber.page.Page(page.pdf, page.page_obj, page.page_number, page.initial_doctop)


def _shown(page):
    """The page as a viewer shows it: cut to its CropBox where that is smaller than its
    MediaBox on a page not rotated (pdfplumber places a rotated page's CropBox only as
    its MediaBox). A booklet exported in spreads and cut back into pages keeps each spread
    twice, each copy cropped to the half it shows: the facing page's text, still in the
    content outside the CropBox, is no text of the page's."""
    box = page.cropbox
    if page.rotation or tuple(box) == tuple(page.bbox):
        return page
    shown = pdfplumber.utils.get_bbox_overlap(box, page.bbox)
    return page.crop(shown) if shown and shown[0] < shown[2] and shown[1] < shown[3] else page


def _upward(obj: dict) -> bool:
    """Whether a page object is a character turned a quarter anticlockwise (its baseline
    running up the page)."""
    return obj["object_type"] == "char" and not obj["upright"] and obj["matrix"][1] > 0


@dataclass(slots=True)
class _Cell:
    x0: float
    x1: float
    top: float
    bottom: float
    first: int  # first band (row) of the table the cell covers
    last: int
    words: list[dict] = field(default_factory=list)
    cut: bool = False  # its bottom the page's end, no rule under it (`_Cut`)


@dataclass(frozen=True, slots=True)
class _Cut:
    """An end of a ruled table that a page break cut inside its merged cells: its column
    rules run past its last horizontal rule (or begin before its first), no rule under (over)
    the cells the break cut: where the column rules end, between which of them, and the
    spans there that no rule closes."""

    y: float
    x0: float
    x1: float
    open: tuple[tuple[float, float], ...]

    def edge(self) -> dict:
        """The cut as an edge closing the cells there, for pdfplumber's grid to hold them."""
        return {"object_type": "cut_edge", "orientation": "h", "x0": self.x0, "x1": self.x1,
                "top": self.y, "bottom": self.y, "width": self.x1 - self.x0, "height": 0}  # fmt: skip


def _marked_pages(data: bytes, pages: int, radicals: _Radicals) -> list[tuple[bool, str]] | None:
    """Per page, whether its text (white space removed) holds a word of a performance table's
    labels (`pdf_labels.TABLE_MARKS`), and its text, as PDFium reads it (pypdfium2, which
    pdfplumber installs): 7x faster than pdfminer's parse, which only the marked pages
    then get. None, to read every page, when no page is marked (a scan, a font without a
    Unicode map, a PDF without a performance table: their errors come from the full read)
    or PDFium cannot read the file. A page with no ideograph in PDFium's text, some of whose
    text PDFium drops (`_FontsRead`: in a font the file does not embed, where the machine has
    none to stand in for it; an OCR layer in `STSong-Light`), is marked, its text left to
    pdfminer, which reads such a font by its character map alone: its tables would be lost
    with the text."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        if len(document) != pages:
            return None
        found = []
        fonts = _FontsRead()
        for index in range(pages):
            page = document[index]
            text_page = page.get_textpage()
            text = radicals.read(text_page.get_text_range())
            compact = simplified("".join(text.split()))
            marked = any(mark in compact for mark in pdf_labels.TABLE_MARKS) or (
                not _has_ideographs(text) and fonts.text_lost(page.raw, text_page.raw)
            )
            found.append((marked, text))
            text_page.close()
            page.close()
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()
    return found if any(is_marked for is_marked, _ in found) else None


class _FontsRead:
    """Which fonts of a document PDFium reads, by their handles, learnt page by page: a font
    the file embeds or PDFium carries (`pdf_labels.BUILT_IN_FONTS`), or one whose text PDFium
    has shown to hold more than ASCII (a system font stood in for its ideographs). A font the
    file does not embed is read where no font of the machine stands in for it only as far as
    PDFium's own fonts go (`STSong-Light`'s figures, not its ideographs)."""

    def __init__(self):
        self.fonts: dict[int | None, bool] = {}

    def text_lost(self, objects, text_page, count=pdfium_raw.FPDFPage_CountObjects,
                  get=pdfium_raw.FPDFPage_GetObject) -> bool:  # fmt: skip
        """Whether a text object of a page (or of a form object on it, `objects`) shows text
        that PDFium's text of the page (`text_page`) does not hold."""
        for index in range(count(objects)):
            item = get(objects, index)
            kind = pdfium_raw.FPDFPageObj_GetType(item)
            if kind == pdfium_raw.FPDF_PAGEOBJ_FORM:
                if self.text_lost(item, text_page, pdfium_raw.FPDFFormObj_CountObjects,
                                  pdfium_raw.FPDFFormObj_GetObject):  # fmt: skip
                    return True
                continue
            if kind != pdfium_raw.FPDF_PAGEOBJ_TEXT:
                continue
            font = pdfium_raw.FPDFTextObj_GetFont(item)
            address = ctypes.cast(font, ctypes.c_void_p).value
            if address not in self.fonts:
                self.fonts[address] = _font_carried(font)
            if self.fonts[address]:
                continue
            text = _object_text(item, text_page)
            if not text:
                return True
            self.fonts[address] = not text.isascii()
        return False


def _has_ideographs(text: str) -> bool:
    """Whether a page's text holds a CJK ideograph: PDFium read Chinese on it, and its objects
    need no looking into (`_FontsRead`), which costs a page of many objects more than its text."""
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _object_text(item, text_page) -> str:
    """The text PDFium's text of a page holds for one text object of it."""
    size = pdfium_raw.FPDFTextObj_GetText(item, text_page, None, 0)  # bytes, UTF-16 and its end
    if size <= 2:
        return ""
    buffer = (ctypes.c_ushort * (size // 2))()
    pdfium_raw.FPDFTextObj_GetText(item, text_page, buffer, size)
    return bytes(buffer).decode("utf-16-le").rstrip("\x00")


def _font_carried(font) -> bool:
    """Whether PDFium reads a font's text wherever it runs: the file embeds it, or PDFium
    carries it."""
    if pdfium_raw.FPDFFont_GetIsEmbedded(font):
        return True
    size = pdfium_raw.FPDFFont_GetBaseFontName(font, None, 0)
    name = ctypes.create_string_buffer(size)
    pdfium_raw.FPDFFont_GetBaseFontName(font, name, size)
    return name.value.decode("latin-1").startswith(pdf_labels.BUILT_IN_FONTS)


def _printed_part(text: str, page: int) -> list[_Part]:
    """A page read as text alone: a one-cell row per printed line, page furniture aside."""
    rows = [
        _Row([line], [False], f"p{page} line {number}")
        for number, line in enumerate((line.strip() for line in text.splitlines()), start=1)
        if line and not _page_marks(line)
    ]
    return [_Part(page, [], rows, [], None)] if rows else []


def _text_part(words: list[dict], page: int) -> list[_Part]:
    """A page without tables: its lines, as one part."""
    lines = _text_lines(words, page)
    return [_Part(page, [], [row for row, _ in lines], [], None)] if lines else []


def _page_parts(page, words: list[dict], carry: _Columns | None = None) -> list[_Part]:
    """The tables of a page and its text around them; `carry`: the columns of a table without
    rules that ended the page before, which the lines opening this page may go on with
    (`_carried`)."""
    words = _spaced_out(words)
    rules = _rules(page)
    cuts = _cuts(page, rules)
    settings = {
        "explicit_horizontal_lines": [cut.edge() for cut in cuts] + _row_breaks(page, rules)
    }
    grids = [_grid(table, cuts) for table in page.find_tables(settings) if len(table.columns) > 1
             and (len(table.rows) > 1 or _opens_page(table.bbox, words))]  # fmt: skip
    words = _parted_at_rules(words, grids, page.chars)
    ruled = _ruled_between_rows(page, rules, words, [bbox for bbox, *_ in grids])
    carried = []
    if carry and not grids:  # going on above the rules of a table the page draws, if any
        top = min((bbox[1] for bbox, *_ in ruled), default=page.bbox[3])
        carried = _carried([w for w in words if w["bottom"] <= top], carry)
    numbers: set[int] = set()  # a page without rules: its marked page numbers, in no cell
    if not grids and not ruled:
        numbers = {id(w) for line in _lines(words) if _marked_page_number(_cell_text(line))
                   for w in line}  # fmt: skip
        ruled = _unruled([w for w in words if id(w) not in numbers
                          and not any(_inside(w, b) for b, *_ in carried)])  # fmt: skip
    found = _reading_order([*grids, *carried, *ruled])
    outside = [w for w in words
               if id(w) in numbers or not any(_inside(w, bbox) for bbox, *_ in found)]  # fmt: skip
    for _, _, cells, _ in found:
        for cell in cells:
            cell.words = [w for w in words if id(w) not in numbers
                          and _inside(w, (cell.x0, cell.top, cell.x1, cell.bottom))]  # fmt: skip
    middle = _gutter(page, words, found)
    drawn = {id(table) for table in grids}  # tables ruled between their columns too
    if middle is None:
        parts = _placed(page.page_number, found, outside, carry, len(found) > 1, drawn)
    else:  # each half a page of its own, its tables with the text around them
        halves = [[w for w in outside if (w["x0"] < middle) == left] for left in (True, False)]
        parts = []
        for half, words_of_half in enumerate(halves):
            left = half == 0
            for part in _placed(
                page.page_number,
                [table for table in found if (table[0][2] <= middle) == left],
                words_of_half,
                carry,
                len(found) > 1,
                drawn,
                start=1 if left else 1 + sum(table[0][2] <= middle for table in found),
            ):
                part.half, part.origin = half, (page.bbox[0] if left else middle)
                parts.append(part)
    if carry and not carried and parts:
        parts[0].stray = _stray_lines(words, carry)
    return parts


def _gutter(page, words: list[dict], found: list) -> float | None:
    """The middle of a sheet printed two pages to it (2-up) or holding two forms side by side,
    each half with its own title, notes, running head and page number: of a page whose every
    table lies in one half and whose middle no word crosses, but a heading or a page number
    printed across the page above or below forms in both halves (`第四部分 项目支出绩效目标表`,
    `— 14 —`, read with the left half's lines); None for any other page."""
    middle = (page.bbox[0] + page.bbox[2]) / 2
    if not found or not all(bbox[2] <= middle or bbox[0] >= middle for bbox, *_ in found):
        return None
    top, bottom = min(bbox[1] for bbox, *_ in found), max(bbox[3] for bbox, *_ in found)
    across = [w for w in words if w["x0"] < middle < w["x1"]]
    both_halves = len({bbox[2] <= middle for bbox, *_ in found}) == 2
    if not across or (
        both_halves and all(w["bottom"] <= top or w["top"] >= bottom for w in across)
    ):
        return middle
    return None


def _placed(
    page: int,
    found: list,
    outside: list[dict],
    carry: _Columns | None,
    several: bool,
    drawn: set[int],
    start=1,
) -> list[_Part]:
    """The parts of a page (or of a half of it, `_gutter`): its tables in reading order, each
    with the text lines above it and its notes below; prose above a table or below the last
    a part of its own, and so is a page's text without tables. `drawn`: the tables (by id)
    ruled between their columns."""
    if not found:
        parts = _text_part(outside, page)
    else:
        lines = _text_lines(outside, page)
        parts = []
        for number, table in enumerate(found, start=start):
            bbox, bands, cells, columns = table
            above = [row for row, top in lines if top < bbox[1]]
            lines = [(row, top) for row, top in lines if top >= bbox[1]]
            if prose := _prose_above(above):  # the document's, run on above the table
                parts.append(_Part(page, [], above[:prose], [], None))
                above = above[prose:]
            elif parts and parts[-1].edges is not None and (ends := _notes_before_title(above)):
                parts[-1].below, above = above[:ends], above[ends:]
            where = f"p{page} t{number}" if several else f"p{page}"
            rows = _rows(bands, cells, where)
            edges = (bbox[0], bbox[2])
            if carry is not None and columns is carry:  # going on: the edges it goes on with
                edges = (carry.edges[0], carry.edges[-1])
            else:
                columns = _valued(columns, cells) if columns else _ruled_columns(cells)
            unruled = id(table) not in drawn
            parts.append(_Part(page, above, rows, [], edges, columns,
                               tops=_band_tops(bands, cells, bbox[1]),
                               text_columns=unruled))  # fmt: skip
        below = [row for row, top in lines if top > found[-1][0][3]]
        own = next((k for k, row in enumerate(below)
                    if not (is_footer(" ".join(row.cells)) or signs_off(row.cells))),
                   len(below))  # fmt: skip
        parts[-1].below = below[:own]
        if below[own:]:  # the page's text after the table's notes, not the table's
            parts.append(_Part(page, [], below[own:], [], None))
    return parts


def _notes_before_title(above: list) -> int:
    """How many of the lines between two tables of a page are the upper one's notes: those
    before the lower one's title (`填报单位（盖章）：… 填报日期：…` signing the form above
    `项目支出绩效自评表`); none where no line is a title, or the first is."""
    return next((k for k, row in enumerate(above) if _title_line(list(row.cells))), 0)


def _band_tops(bands: int, cells: list[_Cell], top: float) -> tuple[float, ...]:
    """The height of each band's top on its page: of the cells it begins, else (a band whose
    every cell goes on from the band above) the band above's, the table's `top` for the
    first."""
    tops: list[float] = []
    for band in range(bands):
        begun = [cell.top for cell in cells if cell.first == band]
        tops.append(min(begun) if begun else (tops[-1] if tops else top))
    return tuple(tops)


def _reading_order(tables: list) -> list:
    """A page's tables (each led by its bounding box) as they are read: top to bottom, and
    tables side by side (their heights overlapping, one wholly left of the other: two small
    forms on a landscape page, the left one under its title) left to right."""
    groups: list[list] = []
    for table in sorted(tables, key=lambda item: item[0][1]):
        x0, top, x1, _ = table[0]
        if groups and all(
            top < other[0][3] and (x0 >= other[0][2] or x1 <= other[0][0]) for other in groups[-1]
        ):
            groups[-1].append(table)
        else:
            groups.append([table])
    return [table for group in groups for table in sorted(group, key=lambda item: item[0][0])]


def _opens_page(bbox, words: list[dict]) -> bool:
    """Whether nothing but page furniture is printed above a table: a ruled row alone there
    may be the last row of the table that ended the page before (`_continues`)."""
    return not _text_lines([w for w in words if w["bottom"] <= bbox[1]], 0)


def _spaced_out(words: list[dict]) -> list[dict]:
    """The words with each label printed spaced out to fill its cell (`项 目 名 称`, by spaces
    or letter-spacing) as one word: a run of one-character CJK words on a line, evenly
    spaced, closer than the text of any two cells of the page (`_cell_gap`), at least
    `SPACED_RUN` of them or fewer that read as a label (`权 重`; not two cells of labels
    printed one character a line side by side); on a page printing no two cells side by side,
    a line of such characters alone is a heading spaced out (`目 录`), however few."""
    lines = _lines(words)
    cell_gap = _cell_gap(lines)
    out = []
    for line in lines:
        if not cell_gap and len(line) > 1 and all(map(_one_character, line)):
            out.extend(_joined(line, heading=True))
            continue
        run = [line[0]]
        for word in line[1:]:
            gap = word["x0"] - run[-1]["x1"]
            even = len(run) < 2 or abs(gap - (run[1]["x0"] - run[0]["x1"])) <= SPACING_TOLERANCE
            if _one_character(run[-1]) and _one_character(word) and gap < cell_gap and even:
                run.append(word)
            else:
                out.extend(_joined(run))
                run = [word]
        out.extend(_joined(run))
    return out


def _one_character(word: dict) -> bool:
    return len(word["text"]) == 1 and is_wide(word["text"])


def _cell_gap(lines: list[list[dict]]) -> float:
    """The least space between the text of two cells of a page: between two words further
    apart than `CELL_GAP`, one of them more than one CJK character (a label's characters
    printed spaced out are not two cells' text)."""
    return min((b["x0"] - a["x1"] for line in lines for a, b in itertools.pairwise(line)
                if b["x0"] - a["x1"] > CELL_GAP and not (_one_character(a) and _one_character(b))),
               default=0.0)  # fmt: skip


def _joined(run: list[dict], heading=False) -> list[dict]:
    text = " ".join(w["text"] for w in run)
    labelled = heading or column_roles(text) or field_roles(text)
    if len(run) == 1 or (len(run) < SPACED_RUN and not labelled):
        return run
    return [{**run[0], "text": text, "x1": run[-1]["x1"],
             "top": min(w["top"] for w in run), "bottom": max(w["bottom"] for w in run)}]  # fmt: skip


def _parted_at_rules(words: list[dict], grids: list, chars: list[dict]) -> list[dict]:
    """The words, one running across a ruled table's column rule parted there: two cells side
    by side whose texts meet at the rule with no space between (a cell's text filling it to its
    edge) are one word to pdfplumber, which would put both in the cell its middle falls in."""
    edges = [(bbox, [(cell.x0, cell.top, cell.bottom) for cell in cells])
             for bbox, _, cells, _ in grids]  # fmt: skip
    out = []
    for word in words:
        middle = (word["top"] + word["bottom"]) / 2
        rules = sorted({x for bbox, lefts in edges if bbox[1] <= middle <= bbox[3]
                        and bbox[0] < word["x1"] and word["x0"] < bbox[2]
                        for x, top, bottom in lefts
                        if word["x0"] + 1 < x < word["x1"] - 1 and top <= middle <= bottom})  # fmt: skip
        out.extend(_parted(word, rules, chars) if rules else [word])
    return out


def _parted(word: dict, rules: list[float], chars: list[dict]) -> list[dict]:
    """A word's pieces between `rules`, from its characters; the word whole where they do not
    spell it (a character read as another: `radicals`), or where a piece is marks only (a
    cell's text running over its rule by its full stop)."""
    own = [c for c in chars if word["x0"] - 0.5 <= c["x0"] and c["x1"] <= word["x1"] + 0.5
           and word["top"] - 0.5 <= c["top"] and c["bottom"] <= word["bottom"] + 0.5]  # fmt: skip
    own.sort(key=lambda char: char["x0"])
    if len(own) != len(word["text"]):
        return [word]
    pieces: list[dict] = []
    for index, char in enumerate(own):
        side = sum((char["x0"] + char["x1"]) / 2 > rule for rule in rules)
        if not pieces or pieces[-1]["side"] != side:
            pieces.append({**word, "text": "", "x0": char["x0"], "side": side})
        piece = pieces[-1]
        piece["text"] += word["text"][index]
        piece["x1"] = char["x1"]
    for piece in pieces:
        del piece["side"]
    if any(all(unicodedata.category(char).startswith("P") for char in p["text"]) for p in pieces):
        return [word]  # a cell's text running over its rule by a mark (`…正常运转。`): one word
    return pieces


def _inside(word: dict, bbox) -> bool:
    x, y = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


def _grid(table, cuts: list[_Cut]):
    """A fully ruled table: pdfplumber's cells over the bands that the cells' tops mark; a
    cell that a page break cut at its bottom (`cuts`) is marked."""
    tops: list[float] = []
    for top in sorted(cell[1] for cell in table.cells):
        if not tops or top - tops[-1] > 1:
            tops.append(top)
    cells = []
    for x0, top, x1, bottom in table.cells:
        covered = [i for i, band in enumerate(tops) if top - 1 <= band < bottom - 1]
        cut = any(
            abs(bottom - c.y) <= EDGE_TOLERANCE and _covered(c.open, (x0 + x1) / 2) for c in cuts
        )
        cells.append(_Cell(x0, x1, top, bottom, covered[0], covered[-1], cut=cut))
    return table.bbox, len(tops), cells, None


def _cuts(page, rules) -> list[_Cut]:
    """Where a page break cut the page's ruled tables inside merged cells (`_Cut`): the top of
    its first table, whose column rules begin above its first horizontal rule, and the bottom
    of its last, whose column rules end below its last one, where a rule is missing between
    them (a cell merged down across the break prints none)."""
    verticals = [
        e for e in page.edges if e["orientation"] == "v" and e["bottom"] - e["top"] > EDGE_TOLERANCE
    ]
    if len(verticals) < 2:
        return []
    top, bottom = min(e["top"] for e in verticals), max(e["bottom"] for e in verticals)
    cuts = []
    for y, ending in (
        (top, [e for e in verticals if e["top"] <= top + EDGE_TOLERANCE]),
        (bottom, [e for e in verticals if e["bottom"] >= bottom - EDGE_TOLERANCE]),
    ):
        x0, x1 = min(e["x0"] for e in ending), max(e["x0"] for e in ending)
        drawn = _union(
            [span for at, spans in rules.items() if abs(at - y) <= 1.5 for span in spans]
        )
        gaps, at = [], x0
        for left, right in [*drawn, (x1, x1)]:
            if left - at > EDGE_TOLERANCE:
                gaps.append((at, min(left, x1)))
            at = max(at, right)
        if gaps:
            cuts.append(_Cut(y, x0, x1, tuple(gaps)))
    return cuts


def _row_breaks(page, rules) -> list[dict]:
    """The rows that column rules drawn cell by cell part where no horizontal rule does (a
    table ruled between its columns only, each cell's sides a segment of their own, as Word
    and Excel print them): at each height where a column rule ends, an edge between it and
    the next column rule right of it that ends there too (not one running on past it: a cell
    merged down), under a rule of the table's (not across the gap between two tables side by
    side), for pdfplumber's grid; none where the column rules run unbroken, nor at a height
    where a horizontal rule is drawn (the cells it leaves open are merged across it)."""
    spans: dict[float, list[tuple[float, float]]] = {}
    for edge in page.edges:
        if edge["orientation"] == "v" and edge["bottom"] - edge["top"] > EDGE_TOLERANCE:
            x = next((x for x in spans if abs(x - edge["x0"]) <= 1), edge["x0"])
            spans.setdefault(x, []).append((edge["top"], edge["bottom"]))
    ends = sorted({y for drawn in spans.values() for span in drawn for y in span})
    heights = [y for k, y in enumerate(ends) if not k or y - ends[k - 1] > 1]
    ruled = [span for drawn in rules.values() for span in _union(drawn)]
    edges = []
    for y in heights:
        if any(abs(y - at) <= 1 for at in rules):
            continue  # the rows are ruled there, the cells merged across it left open
        at = {}
        for x in sorted(spans):
            if any(abs(top - y) <= 1 or abs(bottom - y) <= 1 for top, bottom in spans[x]):
                at[x] = "end"
            elif any(top < y < bottom for top, bottom in spans[x]):
                at[x] = "through"
        for (x0, left), (x1, right) in itertools.pairwise(at.items()):
            if left == right == "end" and any(a <= x0 + 1 and x1 - 1 <= b for a, b in ruled):
                edges.append({"object_type": "row_edge", "orientation": "h", "x0": x0, "x1": x1,
                              "top": y, "bottom": y, "width": x1 - x0, "height": 0})  # fmt: skip
    return edges


def _rules(page) -> dict[float, list[tuple[float, float]]]:
    """Horizontal rules of the page by their height on it: the segments drawn, in order."""
    found: dict[float, list[tuple[float, float]]] = {}
    edges = [
        e for e in page.edges if e["orientation"] == "h" and e["x1"] - e["x0"] > EDGE_TOLERANCE
    ]
    for edge in sorted(edges, key=lambda e: e["top"]):
        y = next((y for y in found if abs(y - edge["top"]) <= 1), edge["top"])
        found.setdefault(y, []).append((edge["x0"], edge["x1"]))
    return {y: sorted(spans) for y, spans in found.items()}


def _union(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    merged: list[list[float]] = []
    for x0, x1 in sorted(spans):
        if merged and x0 <= merged[-1][1] + EDGE_TOLERANCE:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(x0, x1) for x0, x1 in merged]


def _covered(spans, x: float) -> bool:
    return any(x0 - 1 <= x <= x1 + 1 for x0, x1 in spans)


def _ruled_between_rows(page, rules, words, grids):
    """A table ruled only between its rows, outside the grid tables: its columns are placed
    in the gaps between the text of each band, and at the ends of rules that stop short. A
    three-line table (`_three_lines`) is read as one without rules, its bands in rows. A
    frame drawn round a table without inner rules (`_frames`) rules none of its rows."""
    framed = _frames(page, rules)
    segments = {y: spans for y, spans in rules.items()
                if not any(b[1] - 1 <= y <= b[3] + 1 and _overlaps(spans, b) for b in grids)
                and not any(abs(y - top) <= 1 or abs(y - bottom) <= 1 for top, bottom in framed)}  # fmt: skip
    if len(segments) < MIN_RULES:
        return []
    return [table for rules, words_of in _side_by_side(segments, words)
            for table in _ruled_table(rules, words_of)]  # fmt: skip


def _frames(page, rules) -> list[tuple[float, float]]:
    """The frames of a page (top, bottom): a rule above and one below, joined at both ends by
    column rules from one to the other, none between them and none going on above or below
    (an outer border round a table printed without inner rules, not a grid's row)."""
    verticals = [e for e in page.edges if e["orientation"] == "v"]
    frames = []
    for top, bottom in itertools.pairwise(sorted(rules)):
        for x0, x1 in _union(rules[top]):
            sides = [e for e in verticals if x0 - 1 <= e["x0"] <= x1 + 1
                     and abs(e["top"] - top) <= 1 and abs(e["bottom"] - bottom) <= 1]  # fmt: skip
            inside = [e for e in verticals if x0 + 1 < e["x0"] < x1 - 1
                      and e["bottom"] > top + 1 and e["top"] < bottom - 1]  # fmt: skip
            joined = [e for e in verticals if x0 - 1 <= e["x0"] <= x1 + 1
                      and (abs(e["bottom"] - top) <= 1 or abs(e["top"] - bottom) <= 1)]  # fmt: skip
            ends = {round(e["x0"]) for e in sides}
            if (
                not inside
                and not joined  # a row of a grid, its cells' sides above or below it
                and any(abs(x - x0) <= 1 for x in ends)
                and any(abs(x - x1) <= 1 for x in ends)
            ):
                frames.append((top, bottom))
    return frames


def _ruled_table(segments, words) -> list:
    """One table ruled only between its rows (`_ruled_between_rows`), none of too few rules."""
    if len(segments) < MIN_RULES:
        return []
    if tables := _three_lines(segments, words):
        return [_banded(rows, words, "columns") for rows in tables]
    if cut := _cut_row(segments, words):
        segments = {**segments, **cut}
    # Rules drawn cell by cell say where every cell begins; one rule across the table does not.
    pieces = any(len(spans) > len(_union(spans)) for spans in segments.values())
    return [_banded(segments, words, "pieces" if pieces else "grid")]


def _side_by_side(segments, words) -> list[tuple[dict, list[dict]]]:
    """The tables ruled between rows that stand side by side (two forms on a landscape page,
    each drawing its rules across itself only): the page's rules parted where a strip runs
    down between them that no rule and no word of their height crosses, each side's rules
    with the words over its width; the one table, with all the words, where none does."""
    sides = _union([span for spans in segments.values() for span in spans])
    if len(sides) < 2:
        return [(segments, words)]
    top, bottom = min(segments), max(segments)
    between = [w for w in words if w["bottom"] > top and w["top"] < bottom]
    if any(w["x0"] < x0 - 1 and w["x1"] > x1 + 1
           for (_, x1), (x0, _) in itertools.pairwise(sides) for w in between):  # fmt: skip
        return [(segments, words)]
    return [
        ({y: [s for s in spans if left <= s[0] and s[1] <= right]
          for y, spans in segments.items() if any(left <= s[0] and s[1] <= right for s in spans)},
         [w for w in words if left - EDGE_TOLERANCE <= w["x0"] and w["x1"] <= right + EDGE_TOLERANCE])
        for left, right in sides
    ]  # fmt: skip


def _cut_row(segments, words) -> dict[float, list[tuple[float, float]]]:
    """The rule a page break took from a table ruled between its rows: the page opens (page
    furniture aside) with lines close above the table's first rule, each text between two of
    the column edges its rules' ends mark and none a statement or a title (`单位：万元`,
    `（续表）`): the rest of the row whose top rule the page before drew (a wrapped name's
    end alone, `机制`, too). That rule, at their top, drawn as the first one is and out to
    the table's edges; {} for a page opening otherwise."""
    first = min(segments)
    lines = [line for line in _lines([w for w in words if w["bottom"] <= first])
             if not all(_furniture(_cell_text(piece)) for piece in _pieces(line))]  # fmt: skip
    if not lines:
        return {}
    left = min(x0 for spans in segments.values() for x0, _ in spans)
    right = max(x1 for spans in segments.values() for _, x1 in spans)
    ends = {x for spans in segments.values() for span in spans for x in span}
    size = statistics.median(w["size"] for line in lines for w in line)
    tops = [min(w["top"] for w in line) for line in lines]
    bottoms = [max(w["bottom"] for w in line) for line in lines]
    if any(below - above > size for above, below in zip(bottoms, [*tops[1:], first], strict=True)):
        return {}
    for piece in (piece for line in lines for piece in _pieces(line)):
        x0, x1, text = piece[0]["x0"], piece[-1]["x1"], _cell_text(piece)
        if x0 < left or x1 > right or any(x0 + 1 < x < x1 - 1 for x in ends):
            return {}
        if pdf_labels.STATEMENT.fullmatch(simplified(text)) or _table_title(text):
            return {}
    drawn = segments[first]
    spans = [*drawn, (left, min(x0 for x0, _ in drawn)), (max(x1 for _, x1 in drawn), right)]
    return {tops[0] - 1: [(x0, x1) for x0, x1 in spans if x1 > x0]}


def _three_lines(segments, words) -> list[dict[float, list[tuple[float, float]]]]:
    """The three-line tables (三线表) of a page, each as the rules of its rows: rules each
    across the whole table, at most `THREE_LINE_RULES` of them, whose last band holds
    `MIN_RULES` lines of cells side by side (rows without a rule between them) under a band of
    an indicator table's column labels (the header row); its rows: the header row, and the
    lines of the other bands (the body; a header block above the header row) in rows as a
    table without rules has them (`_line_rows`). Or several such tables down the page (a
    Word document's forms, each its header block printed without rules above its three
    rules): each header row and the band under it, its body, to the next rule, or to the
    last row of cells the page prints under it (a table the page break cuts, its bottom rule
    on the next page). [] for other tables (ruled between their rows, the last of which
    wrapped its cells). A cell merged down from the header row (the 绩效指标 label down the
    side) makes the rule under that row stop at its edge and draws its own bottom rule,
    across the rest, lower down: the two are that one rule (`_merged_bottoms`)."""
    rules = {y: _union(spans) for y, spans in segments.items()}
    if any(len(spans) > 1 for spans in rules.values()):
        return []
    left = min(spans[0][0] for spans in rules.values())
    right = max(spans[0][1] for spans in rules.values())
    bottoms = _merged_bottoms({y: spans[0] for y, spans in rules.items()}, left, right)
    if bottoms is None:
        return []
    ys = sorted(set(rules) - bottoms)
    bands = [_lines([w for w in words if _inside(w, (left, top, right, bottom))])
             for top, bottom in itertools.pairwise(ys)]  # fmt: skip
    heads = [k for k, lines in enumerate(bands) if _column_labels(lines) * 2 > _cells(lines)]
    if len(heads) > 1 and not any(k + 1 in heads for k in heads):
        tables = [_under_header(ys, bands, k, words, (left, right)) for k in heads]
        return [{y: [(left, right)] for y in rows} for rows in tables if rows]
    if len(ys) > THREE_LINE_RULES or not _column_labels(bands[-2]):
        return []
    if sum(len(_pieces(line)) > 1 for line in bands[-1]) < MIN_RULES:
        return []
    found = set(ys)
    for lines in bands:
        if lines and lines is not bands[-2]:
            found.update(_line_rows(lines)[1:-1])
    return [{y: [(left, right)] for y in sorted(found)}]


def _column_labels(lines: list[list[dict]]) -> int:
    """How many cells of lines print an indicator table's column labels (`一级指标 | 指标值`)."""
    return sum(any(role in INDICATOR_ROLES for role in column_roles(_cell_text(piece)))
               for line in lines for piece in _pieces(line))  # fmt: skip


def _cells(lines: list[list[dict]]) -> int:
    """How many cells lines print side by side (`_pieces`)."""
    return sum(len(_pieces(line)) for line in lines)


def _under_header(ys, bands, k: int, words, sides) -> list[float]:
    """The rows' rules of the three-line table whose header row is band `k` of a page of
    several (`_three_lines`): its body the band under it, or where no rule closes it, the
    lines under it through the last row of cells (`_through_last_row`); [] where that body
    prints no cells side by side."""
    if k + 2 < len(ys):
        body, bottom = bands[k + 1], ys[k + 2]
    else:
        below = [w for w in words if w["top"] >= ys[k + 1] and _inside(w, (*sides[:1], ys[k + 1],
                 sides[1], float("inf")))]  # fmt: skip
        body = _through_last_row(_lines(below))
        bottom = max((w["bottom"] for line in body for w in line), default=ys[k + 1]) + 1
    if not any(len(_pieces(line)) > 1 for line in body):
        return []
    return sorted({ys[k], ys[k + 1], bottom, *_line_rows(body)[1:-1]})


def _merged_bottoms(rules: dict[float, tuple[float, float]], left: float, right: float):
    """The heights of the rules that are a merged cell's bottom: a rule that does not span
    the table from `left` to `right` must span it with one lower down (the rule under a row,
    stopping at a cell merged down, and that cell's bottom rule); the lower of each such pair.
    None when a short rule has no such partner."""
    short = sorted((y, span) for y, span in rules.items() if not _across([span], left, right))
    bottoms: set[float] = set()
    for y, span in short:
        if y in bottoms:
            continue
        lower = next((below for below, other in short if below > y and below not in bottoms
                      and _across(_union([span, other]), left, right)), None)  # fmt: skip
        if lower is None:
            return None
        bottoms.add(lower)
    return bottoms


def _across(spans: list[tuple[float, float]], left: float, right: float) -> bool:
    """Whether rule segments are one rule from `left` to `right`."""
    return (
        len(spans) == 1
        and spans[0][0] <= left + EDGE_TOLERANCE
        and spans[0][1] >= right - EDGE_TOLERANCE
    )


def _unruled(words):
    """The tables of a page without rules (`_unruled_table`), several where a line says a
    new table begins (`_table_groups`)."""
    tables = (_unruled_table(lines, words) for lines in _table_groups(_lines(words)))
    return [table for table in tables if table]


def _table_groups(lines: list[list[dict]]) -> list[list[list[dict]]]:
    """The lines of a page without rules in groups, one per table: a title line of its own
    (`pdf_labels.TABLE_TITLE`: `项目支出绩效目标表`, `年度绩效指标`) stands between two
    groups, and a line that opens with a label of the project's name (`项目名称`,
    `一级项目名称`) after a line of indicator column labels begins a new group (the next
    form)."""
    groups: list[list[list[dict]]] = [[]]
    indicators = False  # whether a line of the last group printed indicator column labels
    for line in lines:
        texts = [_cell_text(piece) for piece in _pieces(line)]
        title = _title_line(texts)
        if title or (indicators and _names_project(texts)):
            groups.append([])
            indicators = False
        if not title:
            groups[-1].append(line)
            indicators = indicators or any(
                role in INDICATOR_ROLES for text in texts for role in column_roles(text)
            )
    return [group for group in groups if group]


def _title_line(texts: list[str]) -> bool:
    return len(texts) == 1 and _table_title(texts[0])


def _names_project(texts: list[str]) -> bool:
    """Whether a line opens with a label of the project's name (a form's first line)."""
    return bool(set(field_roles(texts[0])) & PROJECT_ROLES)


def _table_title(text: str) -> bool:
    compact = simplified("".join(text.split()))
    return len(compact) <= labels.TITLE_MAX_LENGTH and bool(
        pdf_labels.TABLE_TITLE.fullmatch(compact)
    )


def _unruled_table(lines: list[list[dict]], words: list[dict]):
    """A table with no rules at all that prints a performance table's labels (an indicator
    column's, or `MIN_LABELS` header-block labels on one line: a contents page or a budget
    table stays lines of text): its rows are the lines that print cells side by side (at least
    `MIN_RULES` of them), from the first to the last, and the lines wrapped inside their
    cells (`_line_rows`, `_through_last_row`); its columns come from the text's positions,
    each a cell of its own (`_banded`), the rows above its indicator column labels (a form's
    header block) with columns of their own. None for lines that are no such table."""
    spread = [k for k, line in enumerate(lines) if len(_pieces(line)) > 1]
    if len(spread) < MIN_RULES:
        return None
    lines = _through_last_row(lines[spread[0] :])
    if not lines:  # the only lines printing cells side by side are sign-off lines
        return None
    texts = [[_cell_text(piece) for piece in _pieces(line)] for line in lines]
    columns = {role for line in texts for text in line for role in column_roles(text)}
    fields = [{role for text in line for role in field_roles(text)} for line in texts]
    if not columns & INDICATOR_ROLES and max(map(len, fields)) < MIN_LABELS:
        return None
    table_words = [w for line in lines for w in line]
    span = (min(w["x0"] for w in table_words) - 1, max(w["x1"] for w in table_words) + 1)
    ys = _line_rows(lines)
    labels = next((k for k, line in enumerate(texts) if is_grid_header(tuple(line))), None)
    top = lines[labels][0]["top"] if labels else ys[0]
    at = next(k for k, y in enumerate(ys) if y > top)  # the band the labels open, and one
    if at < 2:
        bbox, bands, cells, columns = _banded({y: [span] for y in ys}, words, "columns")
        return bbox, bands, _centred_levels(cells, words), columns
    head_bbox, head_bands, head_cells, _ = _banded({y: [span] for y in ys[:at]}, words, "columns")
    bbox, bands, cells, columns = _banded({y: [span] for y in ys[at - 1 :]}, words, "columns")
    below = [replace(c, first=c.first + head_bands, last=c.last + head_bands) for c in cells]
    whole = (bbox[0], head_bbox[1], bbox[2], bbox[3])
    return whole, head_bands + bands, [*head_cells, *_centred_levels(below, words)], columns


def _centred_levels(cells: list[_Cell], words: list[dict]) -> list[_Cell]:
    """The cells of a table without rules whose merged level cells (一级, 二级 under the
    indicator column labels) print their text centred down their span, as a sheet printed
    without borders prints 合并后居中 cells: the text stands in the middle of its block, not
    on its first row. When some level column's rows under the labels open with an empty cell
    and then print one (which top-aligned text never does), every level column's cell is
    one spanning its block: from where the block above ended down as far below its text's
    middle as that is below the block's top; the rows it spans are then marked merged."""
    texts = {id(c): [w for w in words if _inside(w, (c.x0, c.top, c.x1, c.bottom))] for c in cells}
    bands = sorted({c.first for c in cells})
    in_band = {b: sorted((c for c in cells if c.first == b), key=lambda c: c.x0) for b in bands}
    heads = [b for b in bands if {"level3"} <= _roles_of(in_band[b], texts)
             and _roles_of(in_band[b], texts) & LEVEL_ROLES]  # fmt: skip
    tables = []  # per column labels row, per level column: its cells down to the next labels
    for head, end in zip(heads, [*heads[1:], bands[-1] + 1][: len(heads)], strict=True):
        tables.append([
            sorted((c for c in cells if head < c.first < end and c.x0 == label.x0
                    and c.first == c.last), key=lambda c: c.first)
            for label in in_band[head]
            if set(column_roles(_cell_text(texts[id(label)]))) & LEVEL_ROLES
        ])  # fmt: skip
    runs = [run for runs in tables for run in runs]
    if not any(run and not texts[id(run[0])] and any(texts[id(c)] for c in run) for run in runs):
        return cells
    cells = _centred_projects(cells, texts, in_band, heads, bands)
    for runs in tables:
        starts = None  # the rows opening a block of the level column to the right (二级)
        for run in reversed(runs):
            blocks = _centred_blocks(run, texts, starts)
            starts = {block[0].first for block in blocks}
            for block in blocks:
                label = next(c for c in block if texts[id(c)])
                for cell in block:
                    cells.remove(cell)
                cells.append(replace(label, first=block[0].first, last=block[-1].last,
                                     top=block[0].top, bottom=block[-1].bottom))  # fmt: skip
    return cells


def _centred_projects(cells, texts, in_band, heads, bands) -> list[_Cell]:
    """The cells with a list's project cells centred down their project's rows (a sheet printed
    without borders: the name and amount stand at the middle of the project's indicator rows,
    a long name wrapped over rows of its own) made one cell each, spanning the project: its
    blocks are the amount column's (`PROJECT_AMOUNT_ROLE`, a figure on one line), found as a
    level's are (`_centred_blocks`), and every project column's cells in a block are one."""
    for head, end in zip(heads, [*heads[1:], bands[-1] + 1][: len(heads)], strict=True):
        runs = {
            role: sorted((c for c in cells if head < c.first < end and c.x0 == label.x0
                          and c.first == c.last), key=lambda c: c.first)
            for label in in_band[head]
            for role in column_roles(_cell_text(texts[id(label)]))
            if role in PROJECT_CELL_ROLES
        }  # fmt: skip
        amounts = runs.get(PROJECT_AMOUNT_ROLE)
        if not amounts or texts[id(amounts[0])] or not any(texts[id(c)] for c in amounts):
            continue
        for block in _centred_blocks(amounts, texts, None):
            first, last = block[0].first, block[-1].last
            for run in runs.values():
                spanned = [c for c in run if first <= c.first <= last]
                if not spanned:
                    continue
                for cell in spanned:
                    cells.remove(cell)
                cells.append(replace(spanned[0], first=first, last=last, top=block[0].top,
                                     bottom=block[-1].bottom))  # fmt: skip
    return cells


def _centred_blocks(
    run: list[_Cell], texts: dict[int, list[dict]], starts: set[int] | None
) -> list[list[_Cell]]:
    """The blocks of a level column's cells (`run`, top to bottom) whose text is centred down
    them: each from where the block above ended down as far below its text's middle as that is
    below the block's top, never past the next cell printing text. Where the column to the
    right (the 二级's) opens its blocks at `starts`, a block opening lower at one of them
    whose middle is nearer its text's by half a row is that one: the rows above it go on with
    the block above (a scanned page's rows below its page number, their level printed on the
    page before), keeping no level."""
    blocks, rest = [], run
    top = run[0].top if run else 0.0
    while any(texts[id(c)] for c in rest):
        at = next(k for k, c in enumerate(rest) if texts[id(c)])
        printed = texts[id(rest[at])]
        middle = (min(w["top"] for w in printed) + max(w["bottom"] for w in printed)) / 2
        after = next((k for k in range(at + 1, len(rest)) if texts[id(rest[k])]), len(rest))
        first = _centred_block(rest[:after], 0, at, middle, top)
        half_row = (first[-1].bottom - first[0].top) / len(first) / 2
        lower = [_centred_block(rest[:after], k, at, middle, rest[k].top)
                 for k in range(1, at + 1) if starts and rest[k].first in starts]  # fmt: skip
        nearer = [b for b in lower if _off(b, middle) < _off(first, middle) - half_row]
        found = min([first, *nearer], key=lambda b: _off(b, middle))
        blocks.append(found)
        rest = rest[rest.index(found[-1]) + 1 :]
        top = found[-1].bottom
    return blocks


def _centred_block(cells: list[_Cell], k: int, at: int, middle: float, top: float):
    """The cells from the `k`-th down as far below `middle` (the middle of the `at`-th's text)
    as that is below `top`, the `at`-th among them."""
    reach = 2 * middle - top
    return [c for c in cells[k:] if (c.top + c.bottom) / 2 < reach or c is cells[at]]


def _off(cells: list[_Cell], middle: float) -> float:
    """How far the middle of a block of cells is from `middle`."""
    return abs((cells[0].top + cells[-1].bottom) / 2 - middle)


def _roles_of(cells: list[_Cell], texts: dict[int, list[dict]]) -> set[str]:
    return {role for c in cells for role in column_roles(_cell_text(texts[id(c)]))}


def _carried(words: list[dict], columns: _Columns) -> list:
    """The table the lines opening a page (page furniture aside) make with the columns of the
    table without rules that ended the page before: the lines whose every text lines up with
    its columns (`_lined_up`), up to a line that begins a table (a title line of its own, a
    form's 项目名称 line), through the row of the last that prints cells side by side
    (`_through_last_row`); none where the first line does not line up."""
    run: list[list[dict]] = []
    placed = _centred(columns)
    for line in _lines(words):
        texts = [_cell_text(piece) for piece in _pieces(line)]
        if not run and all(_furniture(text) for text in texts):
            continue
        if _title_line(texts) or _names_project(texts) or not _lined_up(line, placed):
            break
        run.append(line)
    lines = _through_last_row(run)
    if not lines:
        return []
    span = (placed.edges[0], placed.edges[-1])
    table_words = [w for line in lines for w in line]
    bbox, bands, cells, _ = _banded({y: [span] for y in _line_rows(lines)}, table_words,
                                    "columns", placed)  # fmt: skip
    return [(bbox, bands, cells, columns)]


def _ruled_columns(cells: list[_Cell]) -> _Columns:
    """The columns of a ruled table, for the lines opening the next page to go on with when
    they print no rules (a document whose second page's borders were cleared, the rest of the
    table set in the same columns): the edges of its cells, and where the text of the cells
    whose left edge each column's is starts."""
    edges: list[float] = []
    for x in sorted(x for cell in cells for x in (cell.x0, cell.x1)):
        if not edges or x - edges[-1] > EDGE_TOLERANCE:
            edges.append(x)
    starts: list[set[float]] = [set() for _ in edges[1:]]
    for cell in cells:
        column = _column(edges, cell.x0 + EDGE_TOLERANCE)
        if cell.words and column is not None:
            starts[column].update(line[0]["x0"] for line in _lines(cell.words))
    return _Columns(tuple(edges), tuple(frozenset(x0s) for x0s in starts))


def _lined_up(line: list[dict], columns: _Columns) -> bool:
    """Whether every text of a line (`_pieces`) starts where the text of a column's cells
    starts and ends before the next column begins; in a table of centred cells, whether its
    middle is a column's."""
    for piece in _pieces(line):
        x0, x1 = piece[0]["x0"], piece[-1]["x1"]
        if columns.middles:
            c = _column(columns.edges, (x0 + x1) / 2)
            if c is None or abs((x0 + x1) / 2 - columns.middles[c]) > EDGE_TOLERANCE:
                return False
            continue
        c = _column(columns.edges, x0)
        if c is None or not any(abs(x0 - start) <= EDGE_TOLERANCE for start in columns.starts[c]):
            return False
        if c + 2 < len(columns.edges) and x1 > columns.edges[c + 1] + EDGE_TOLERANCE:
            return False
    return True


def _valued(columns: _Columns, cells: list[_Cell]) -> _Columns:
    """The columns, with the span of the one whose cell prints an indicator value's label."""
    for cell in cells:
        text = _cell_text(cell.words)
        if "value" in column_roles(text):
            return replace(columns, value=(cell.x0, cell.x1), value_label=text)
    return columns


def _stray_lines(words: list[dict], columns: _Columns) -> int:
    """How many lines of a page print cells side by side, one of them in the value column of
    the table without rules that ended the page before: rows of it, maybe, that do not line
    up with its columns."""
    if columns.value is None:
        return 0
    x0, x1 = columns.value
    return sum(
        len(pieces) > 1 and any(p[0]["x0"] < x1 and p[-1]["x1"] > x0 for p in pieces)
        for pieces in (_pieces(line) for line in _lines(words))
    )


def _through_last_row(lines: list[list[dict]]) -> list[list[dict]]:
    """The lines up to the last that prints cells side by side (a sign-off line, `单位负责人：*** |
    填报人：***`, is none), those after it that wrap its row's cells (`_row_starts`), and the
    rows after it whose every text starts where a column other than the first does (a cell's
    end wrapped onto a row of its own: `服务对象满` over `意度指标`; notes below a table start at
    its left edge); none where no line prints cells side by side."""
    spread = [k for k, pieces in enumerate(map(_pieces, lines))
              if len(pieces) > 1 and not signs_off([_cell_text(piece) for piece in pieces])]  # fmt: skip
    if not spread:
        return []
    starts = _line_starts(lines)
    columns = [piece[0]["x0"] for k in spread for piece in _pieces(lines[k])[1:]]
    end = next((k for k in starts if k > spread[-1]), len(lines))
    while end < len(lines) and all(
        any(abs(piece[0]["x0"] - x0) <= EDGE_TOLERANCE for x0 in columns)
        for piece in _pieces(lines[end])
    ):
        end = next((k for k in starts if k > end), len(lines))
    return lines[:end]


def _line_rows(lines: list[list[dict]]) -> list[float]:
    """The heights that part lines of text into rows, from above the first to below the
    last: between two lines where a row begins (`_line_starts`)."""
    tops = [min(w["top"] for w in line) for line in lines]
    bottoms = [max(w["bottom"] for w in line) for line in lines]
    starts = _line_starts(lines)
    return [tops[0] - 1, *((bottoms[k - 1] + tops[k]) / 2 for k in starts[1:]), bottoms[-1] + 1]


def _line_starts(lines: list[list[dict]]) -> list[int]:
    """Which of some lines of text begin a row, told from a cell's text wrapped by the space
    between lines (`_row_starts`); a merged cell's text centred between two rows
    (`_between_rows`) begins none and is left out of the spaces."""
    tops = [min(w["top"] for w in line) for line in lines]
    bottoms = [max(w["bottom"] for w in line) for line in lines]
    pitch = _row_pitch(lines, tops)
    between = [_between_rows(lines, tops, bottoms, pitch, k) for k in range(len(lines))]
    kept = [k for k, alone in enumerate(between) if not alone or _outprinted(lines, between, k)]
    if len(kept) < 2:
        return kept[:1]
    size = statistics.median(w["size"] for line in lines for w in line)
    gaps = [tops[k] - bottoms[j] for j, k in itertools.pairwise(kept)]
    return [kept[k] for k in _row_starts(gaps, size)]


def _between_rows(
    lines: list[list[dict]], tops: list[float], bottoms: list[float], pitch: float | None, k: int
) -> bool:
    """Whether line `k` is a merged cell's text centred down its span, between two rows (a
    level's name half a row below its block's first row, as a sheet printed without borders
    prints 合并后居中): none of the text of the lines above and below it stretches across its
    own (a cell's wrapped line stands under the cell's first one, a row prints its name where
    the others do), and those two lines are rows of the same columns that follow each other:
    they overlap its height, or they stand as far apart as two such rows do elsewhere
    (`_row_pitch`; a row of its own between them, a level's name atop its block, stands twice
    as far from one as from the other)."""
    if not 0 < k < len(lines) - 1:
        return False
    above, line, below = lines[k - 1], lines[k], lines[k + 1]
    if _share_width(line, above) or _share_width(line, below):
        return False
    if bottoms[k - 1] > tops[k] and bottoms[k] > tops[k + 1]:
        return True
    return (
        pitch is not None
        and _share_width(above, below)
        and tops[k + 1] - tops[k - 1] <= pitch + ROW_GAP_MIN
    )


def _outprinted(lines: list[list[dict]], between: list[bool], k: int) -> bool:
    """Whether line `k`, alone between its neighbours, is a row all the same: a neighbour
    alone between its own prints fewer cells (a two-line merged label `年度预算资金（万` over
    `元）` beside the rows `资金总额 | 8,426.35` and `其中：基本支出 | 6,112.80` it spans, each
    line between two of the other's)."""
    return any(
        between[j] and len(_pieces(lines[j])) < len(_pieces(lines[k]))
        for j in (k - 1, k + 1)
        if 0 <= j < len(lines)
    )


def _share_width(line: list[dict], other: list[dict]) -> bool:
    """Whether some text of two lines stretches across the same width."""
    return any(w["x0"] < v["x1"] and v["x0"] < w["x1"] for w in line for v in other)


def _row_pitch(lines: list[list[dict]], tops: list[float]) -> float | None:
    """How far apart the lines that follow each other in the same columns stand, the usual
    way (their median): a row's height, or a wrapped cell's line's where most wrap."""
    pitches = [tops[k + 1] - tops[k] for k in range(len(lines) - 1)
               if _share_width(lines[k], lines[k + 1])]  # fmt: skip
    return statistics.median(pitches) if pitches else None


def _row_starts(gaps: list[float], size: float) -> list[int]:
    """Which lines begin a row of an unruled table, from the gaps between its lines: a line
    that follows the one above it closer than the rows of the table follow each other is
    that row's cell text wrapped (the tightest gap, up to `WRAP_GAP` of the font size, where
    wider gaps exist), every line a row otherwise."""
    least = min(gaps)
    split = least + max(ROW_GAP_MIN, ROW_GAP_SHARE * size)
    wrapped = least < WRAP_GAP * size and any(gap > split for gap in gaps)
    return [0, *(k + 1 for k, gap in enumerate(gaps) if not wrapped or gap > split)]


def _banded(segments, words, cells_by: str, columns: _Columns | None = None):
    """A table from its rules between rows (`segments`: height -> the spans drawn there): the
    columns are placed in the gaps between the text of each band and at the ends of rules
    that stop short (or are `columns`, those of the table it goes on); an empty stretch of a
    band is a cell of its own as `cells_by` says: `pieces`, where the rules are drawn cell by
    cell and end; `grid`, where the bands around say so (`_cell_of_grid`); `columns`, always
    (a table read without rules, whose `_Columns` come with it)."""
    rules = {y: _union(spans) for y, spans in segments.items()}
    ys = sorted(rules)
    left = min(x0 for spans in rules.values() for x0, _ in spans)
    right = max(x1 for spans in rules.values() for _, x1 in spans)
    bbox = (left, ys[0], right, ys[-1])
    bands = [[w for w in words if _inside(w, (left, top, right, bottom))]
             for top, bottom in itertools.pairwise(ys)]  # fmt: skip
    clusters = [_clusters(band) for band in bands]
    free = cells_by == "columns"
    edges = list(columns.edges) if columns else _column_edges(segments, clusters, left, right, free)
    ends = [{x for span in segments[y] for x in span} for y in ys]
    drawn = {
        "pieces": [{c for c, x in enumerate(edges[:-1]) if _near(x, above) and _near(x, below)}
                   for above, below in itertools.pairwise(ends)],
        "grid": None,
        "columns": [set(range(len(edges) - 1))] * len(bands),
    }[cells_by]  # fmt: skip
    if free and not columns:
        spans = [[(x0, x1) for band in clusters for x0, x1 in band if _column(edges, x0) == c]
                 for c in range(len(edges) - 1)]  # fmt: skip
        columns = _Columns(tuple(edges), tuple(frozenset(x0 for x0, _ in cells) for cells in spans),
                           _middles(spans))  # fmt: skip
    return bbox, len(bands), _merged_cells(ys, rules, clusters, edges, drawn), columns


def _middles(spans: list[list[tuple[float, float]]]) -> tuple[float, ...] | None:
    """The middle of each column's cells (their x-stretches, `spans`) when the table's cells
    are centred: in every column their middles are at one place, and in some column their
    starts are not (else the cells may as well be at the left). None otherwise."""
    middles = [[(x0 + x1) / 2 for x0, x1 in cells] for cells in spans]
    if not all(middles) or any(max(m) - min(m) > EDGE_TOLERANCE for m in middles):
        return None
    if all(max(x0 for x0, _ in cells) - min(x0 for x0, _ in cells) <= EDGE_TOLERANCE
           for cells in spans):  # fmt: skip
        return None
    return tuple(statistics.median(m) for m in middles)


def _centred(columns: _Columns) -> _Columns:
    """A centred table's columns with their edges half-way between their middles (the outer
    ones as far out as the inner ones, at least to the table's edges): a cell wider than any
    the page before printed in its column is still in it."""
    middles = columns.middles
    if not middles or len(middles) < 2:
        return columns
    inner = [(a + b) / 2 for a, b in itertools.pairwise(middles)]
    left = min(columns.edges[0], 2 * middles[0] - inner[0])
    right = max(columns.edges[-1], 2 * middles[-1] - inner[-1])
    return replace(columns, edges=(left, *inner, right))


def _column(edges: list[float] | tuple[float, ...], x: float) -> int | None:
    """The column (between two `edges`) that x lies in; None outside them."""
    return next((c for c, (x0, x1) in enumerate(itertools.pairwise(edges)) if x0 <= x < x1), None)


def _near(x: float, xs: set[float]) -> bool:
    return any(abs(x - other) <= 1 for other in xs)


def _overlaps(spans, bbox) -> bool:
    return any(x0 < bbox[2] and x1 > bbox[0] for x0, x1 in spans)


def _lines(words: list[dict]) -> list[list[dict]]:
    """Words in lines, top to bottom, each line left to right."""
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _pieces(line: list[dict]) -> list[list[dict]]:
    """The words of one line in pieces, a new piece where the words are far apart."""
    pieces: list[list[dict]] = []
    for word in line:
        if pieces and word["x0"] - pieces[-1][-1]["x1"] <= CELL_GAP:
            pieces[-1].append(word)
        else:
            pieces.append([word])
    return pieces


def _clusters(words: list[dict]) -> list[tuple[float, float]]:
    """The x-stretches the text of one band covers: pieces of lines that overlap are one, and
    so are pieces that meet, one line's ending where another's begins (a cell's lines, no gap
    between them for a column's edge to stand in)."""
    spans = sorted((piece[0]["x0"], piece[-1]["x1"]) for line in _lines(words)
                   for piece in _pieces(line))  # fmt: skip
    merged: list[list[float]] = []
    for x0, x1 in spans:
        if merged and x0 < merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], x1)
        else:
            merged.append([x0, x1])
    return [(x0, x1) for x0, x1 in merged]


def _column_edges(rules, clusters, left, right, before_text: bool) -> list[float]:
    """Column edges: the inner ends of rule segments, then one edge in every gap between two texts
    of a band that has none yet (the gaps with the nearest right end first): in its middle, or
    `before_text` of the right one (where nothing drawn places the columns, the texts that
    begin them, printed from their left edges, do: `_before_text`). A gap under and over rules drawn cell by
    cell, one piece of each spanning it, is inside one cell (`审核人：… 联系电话：…` across a
    sign-off row): it places no column."""
    edges = {x for spans in rules.values() for span in spans for x in span
             if left + EDGE_TOLERANCE < x < right - EDGE_TOLERANCE}  # fmt: skip
    ys = sorted(rules)
    gaps = sorted(((a[1], b[0]) for band, texts in enumerate(clusters)
                   for a, b in itertools.pairwise(texts)
                   if not all(_in_one_piece(rules[y], a[1], b[0]) for y in ys[band : band + 2])),
                  key=lambda gap: gap[1])  # fmt: skip
    texts = [span for band in clusters for span in band]
    for low, high in gaps:
        if not any(low <= x <= high for x in edges):
            edges.add(_before_text(high - 1, low, texts) if before_text else (low + high) / 2)
    united = _union(texts)
    if (
        before_text
        and len(united) > 1
        and not any(united[0][1] <= x <= united[1][0] for x in edges)
    ):
        # A gap no band's text crosses, left of all the others: a label down the side (the
        # block's `绩效指标` centred in a column of its own) is no text of the column beside it,
        # though no line prints both.
        edges.add(united[1][0] - 1)
    return [left, *sorted(edges), right]


def _before_text(edge: float, low: float, texts: list[tuple[float, float]]) -> float:
    """An edge placed before the text that begins a column, moved left of another band's text
    it would cut that begins in the same gap (`low` to it): a heading centred over narrower
    figures (`年初预算数` over `210.00`, a sheet printed without borders) begins its column."""
    while cut := [x0 for x0, x1 in texts if low < x0 < edge < x1]:
        edge = min(cut) - 1
    return edge


def _in_one_piece(spans: list[tuple[float, float]], low: float, high: float) -> bool:
    """Whether a rule is drawn cell by cell (in pieces meeting end to end) and one of its
    pieces spans from `low` to `high`."""
    return len(spans) > len(_union(spans)) and any(
        x0 - 1 <= low and high <= x1 + 1 for x0, x1 in spans
    )


def _merged_cells(ys, rules, clusters, edges, drawn) -> list[_Cell]:
    """The cells of a table ruled between rows: units (band, column) joined down where the
    rule between them stops short, across where one text spans them, and an empty unit into
    the cell on its left unless the rules above and below it are drawn in pieces that end at
    its left edge (`drawn`, per band, when the rules are drawn cell by cell) or, when they
    are not, the bands around say it is a cell of its own."""
    columns = list(itertools.pairwise(edges))
    parent = {(b, c): (b, c) for b in range(len(clusters)) for c in range(len(columns))}

    def find(unit):
        while parent[unit] != unit:
            parent[unit] = parent[parent[unit]]
            unit = parent[unit]
        return unit

    def join(one, other):
        parent[find(one)] = find(other)

    for band in range(1, len(clusters)):
        for c, (x0, x1) in enumerate(columns):
            if not _covered(rules[ys[band]], (x0 + x1) / 2):
                join((band, c), (band - 1, c))
    texted = set()
    for band, spans in enumerate(clusters):
        for x0, x1 in spans:
            hit = [c for c, (c0, c1) in enumerate(columns) if x0 < c1 - 1 and x1 > c0 + 1]
            texted.update((band, c) for c in hit)
            for c in hit[1:]:
                join((band, c), (band, hit[0]))
    groups = _groups(parent, find)
    shaped = {root for root, units in groups.items() if len(units) > 1 or units[0] in texted}
    shapes = [{c for c in range(len(columns)) if find((b, c)) in shaped
               and (c == 0 or find((b, c - 1)) != find((b, c)))} for b in range(len(clusters))]  # fmt: skip
    for c in range(1, len(columns)):
        bands = range(len(clusters))
        own = set()
        for band in [*bands, *reversed(bands)]:
            if find((band, c)) in shaped:
                continue
            if c in drawn[band] if drawn else _cell_of_grid(shapes, band, c):
                own.add(band)
                shapes[band].add(c)
        for band in bands:
            if find((band, c)) not in shaped and band not in own:
                join((band, c), (band, c - 1))
    cells = []
    for units in _groups(parent, find).values():
        bands = [b for b, _ in units]
        cols = [c for _, c in units]
        cells.append(_Cell(columns[min(cols)][0], columns[max(cols)][1], ys[min(bands)],
                           ys[max(bands) + 1], min(bands), max(bands)))  # fmt: skip
    return cells


def _cell_of_grid(shapes: list[set[int]], band: int, column: int) -> bool:
    """Whether an empty stretch of a band is a cell of its own: a band next to it has the
    same cells plus one starting there, or it lies between two cells and the bands on both sides
    have one cell there, as wide."""
    near = [shapes[b] for b in (band - 1, band + 1) if 0 <= b < len(shapes)]
    if any(other == shapes[band] | {column} for other in near):
        return True
    after = [c for c in shapes[band] if c > column]
    return (
        bool(after)
        and len(near) == 2
        and all(
            {c for c in other if column <= c <= after[0]} == {column, after[0]} for other in near
        )
    )


def _groups(parent, find) -> dict:
    groups: dict = {}
    for unit in parent:
        groups.setdefault(find(unit), []).append(unit)
    return groups


def _rows(bands: int, cells: list[_Cell], where: str) -> list[_Row]:
    """Table rows: per band, its cells left to right; a cell that began in a band above is
    empty and marked merged. `where`: the page, and the table on it when it holds several."""
    rows = []
    for band in range(bands):
        here = sorted((c for c in cells if c.first <= band <= c.last), key=lambda c: c.x0)
        rows.append(_Row(
            cells=[_cell_text(c.words) if c.first == band else "" for c in here],
            merged=[c.first != band for c in here],
            location=f"{where} r{band + 1}",
            open_below=[c.last > band or (c.last == bands - 1 and c.first < band) or c.cut
                        for c in here],
        ))  # fmt: skip
    return rows


def _cell_text(words: list[dict]) -> str:
    return _join_lines(" ".join(w["text"] for w in line) for line in _lines(words))


def _join_lines(lines: Iterable[str]) -> str:
    """Lines of one cell as one text: nothing between them unless both sides are narrow
    letters or digits (`项目完成` + `指标`, `2,000` + `万元`; `Total` + `amount` takes a space)."""
    text = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if text and text[-1].isalnum() and line[0].isalnum() and not is_wide(text[-1]) \
                and not is_wide(line[0]):  # fmt: skip
            text += " "
        text += line
    return text


def _text_lines(words: list[dict], page: int) -> list[tuple[_Row, float]]:
    """Text outside the tables as rows (cells where the words are far apart), without page
    numbers and stamp places (`_page_marks`; a sign-off line is kept), nor a disclosure's
    running header, whole or as a piece of a line of a few far apart
    (`拉孜县农业农村局    2025年部门预算公开    公开`: the department and the part beside it,
    `RUNNING_HEAD_PIECES`; the cover page, where the same words are its title, is read as
    text: `_printed_part`), with the top of each line;
    statements printed side by side (`部门名称:某局    单位:万元`) are a row each, as they are
    in a text export."""
    rows = []
    for number, line in enumerate(_lines(words), start=1):
        cells = [" ".join(w["text"] for w in piece) for piece in _pieces(line)]
        kept = [cell for cell in cells if not _page_marks(cell)]
        printed = " ".join(cells)
        if not kept or _page_number(printed) or labels.is_page_furniture(printed):
            continue
        if len(cells) <= RUNNING_HEAD_PIECES and any(map(labels.is_running_header, cells)):
            continue
        if len(kept) > 1 and all(pdf_labels.STATEMENT.fullmatch(simplified(cell)) for cell in kept):
            rows.extend((_Row([cell], [False], f"p{page} line {number}"), line[0]["top"])
                        for cell in kept)  # fmt: skip
        else:
            rows.append((_Row(kept, [False] * len(kept), f"p{page} line {number}"), line[0]["top"]))
    return rows


def _page_number(text: str) -> bool:
    compact = simplified("".join(text.split()))
    return len(compact) <= labels.PAGE_FURNITURE_MAX_LENGTH and bool(
        labels.PAGE_FURNITURE.fullmatch(simplified(text.strip()))
        or pdf_labels.PAGE_NUMBERS.fullmatch(compact)
    )


def _marked_page_number(text: str) -> bool:
    """A page number printed with its marks (`—5—`, `第 2 页`), which a scanned page keeps
    among a table's rows; a figure alone on a line may be a cell's."""
    return _page_number(text) and not text.strip().isdigit()


def _furniture(cell: str) -> bool:
    """Whether a piece of a line is no cell of a table's: a page's marks (`_page_marks`) or a
    sign-off (`填报人：…`)."""
    return _page_marks(cell) or labels.is_sign_off(cell)


def _page_marks(cell: str) -> bool:
    """Whether a piece of a line is a page number or the place of a stamp (`（盖章）`), not a
    sign-off holding one (`填表人：… 单位负责人签字：`, `填报单位：某局（盖章） 填报人：…`)."""
    compact = simplified("".join(cell.split()))
    if _page_number(cell):
        return True
    stamp = any(mark in compact for mark in pdf_labels.STAMP_MARKS)
    return (
        stamp
        and not pdf_labels.CURRENCY_STATEMENT.search(compact)
        and not labels.is_sign_off(cell)
        and not signs_off([cell])
    )


# --- pages to tables --------------------------------------------------------------------


def _prose_above(above: list[_Row]) -> int:
    """How many of the lines above a table are the document's prose (a 情况说明 run on above
    it): those up to its last sentence (`lines.is_prose`) that is no note of the table
    before it (`lines.is_footer`); 0 when none is."""
    texts = [" ".join(row.cells) for row in above]
    return 1 + max(
        (k for k, text in enumerate(texts) if is_prose(text) and not is_footer(text)), default=-1
    )


def _tables(source_file: str, parts: list[_Part]) -> list[CellTable]:
    """Page parts as tables: a part continues the table before it when it opens its page
    with nothing above it and has the same edges, and prints its further columns when its rows
    stand where that table's do (`_beside`: their cells join its rows'). A table that does not,
    after a table without rules that ended the page before, whose lines print text in its value
    column (`_Part.stray`), carries a note of them (`_stray_note`)."""
    joined: list[tuple[_Part, list[_Row]]] = []
    downs: list[list[_Part]] = []  # per table, its parts page by page down its rows
    strays: list[tuple[int, _Part]] = []  # (the table before, the part that does not go on)
    for part in parts:
        # The last ruled table, past the text of its pages (their numbers at the foot).
        last = next((t for t in range(len(joined) - 1, -1, -1) if joined[t][0].edges), None)
        if last is not None and (pairs := _over(downs[last], joined[last][1], part)) is not None:
            previous, rows = joined[last]
            for left, right in pairs:
                _widened(left, right)
            if last == len(joined) - 1:  # its lines below go after the table's own
                joined[last] = (replace(previous, below=[*previous.below, *part.below]), rows)
            else:  # the table's own are in its rows already: after them
                rows.extend(part.below)
        elif joined and _beside(joined[-1][0], part):
            previous, rows = joined[-1]
            for row, more in zip(rows[len(rows) - len(part.rows) :], part.rows, strict=True):
                _widened(row, more)
            joined[-1] = (
                replace(previous, page=part.page, below=[*previous.below, *part.below]),
                rows,
            )
        elif joined and _continues(joined[-1][0], part):
            _previous, rows = joined[-1]
            rows.extend(_continuation(rows, part.rows))
            joined[-1] = (part, rows)
            downs[-1].append(part)
        else:
            if joined:
                joined[-1][1].extend(joined[-1][0].below)
                if part.stray:
                    strays.append((len(joined) - 1, part))
            joined.append((part, [*part.above, *part.rows]))
            downs.append([part])
    if joined:
        joined[-1][1].extend(joined[-1][0].below)
    tables, line = [], 0
    for index, (_, rows) in enumerate(joined):
        cell_rows = []
        for row in rows:
            line += 1
            merged = tuple(row.merged) if any(row.merged) else ()
            cell_rows.append(CellRow(tuple(row.cells), line, row.location, merged))
        cell_rows = without_margin(without_headings(cell_rows))
        tables.append(CellTable(source_file, index, printed_title(cell_rows), tuple(cell_rows)))
    for before, part in strays:
        note = _stray_note(tables[before + 1], part, joined[before][0].columns)
        tables[before + 1] = replace(tables[before + 1], notes=(*tables[before + 1].notes, note))
    return tables


def _stray_note(table: CellTable, part: _Part, columns: _Columns) -> tuple[str, int, str, str]:
    """The note on the table after a table without rules that ended a page (its `columns`),
    for the case it is no performance table and is set aside: it has lines printing text in
    the value column (`part.stray`)."""
    first, last = table.rows[0], table.rows[-1]
    return (
        "table_set_aside", first.line,
        f"{first.location} to {last.location}, set aside: {part.stray} lines of it print text "
        f"in the value column ({columns.value_label}) of the table that ended page "
        f"{part.page - 1}, but their columns do not line up with its columns; they may be its "
        "indicator rows, missing from it: check them against the PDF", columns.value_label,
    )  # fmt: skip


def _continues(previous: _Part, part: _Part) -> bool:
    """Whether a part goes on with the table of the part before: a table opening the next page
    (`_opens_next_page`) in the same place on it, or the next page column
    (`_next_column`), nothing below the other."""
    return not previous.below and (
        (_opens_next_page(previous, part) and _same_edges(previous, part))
        or _next_column(previous, part)
    )


def _next_column(previous: _Part, part: _Part) -> bool:
    """Whether a part is the table of the part before going on in the next column of a page
    set in columns (Word's 分栏, a list run down one column and on atop the next; read as a
    sheet printed two pages to it when no title crosses the middle): on the same page, right
    of that table, as wide, its top level with that table's,
    nothing above it, and opening with a row that table printed (its column labels row again,
    Word's 重复标题行: two tables side by side that merely look alike do not repeat a row)."""
    return (
        part.page == previous.page
        and previous.edges is not None
        and part.edges is not None
        and part.edges[0] >= previous.edges[1]
        and _alike((previous.edges[1] - previous.edges[0],), (part.edges[1] - part.edges[0],))
        and bool(previous.tops and part.tops)
        and _alike(previous.tops[:1], part.tops[:1])
        and not part.above
        and any(row.cells == part.rows[0].cells for row in previous.rows)
    )


def _opens_next_page(previous: _Part, part: _Part) -> bool:
    """Whether a part is a table opening the page right after the previous table's
    (`_next_page`), nothing above it but the currency unit printed again
    (`_unit_again`) or its column labels row printed again outside its rules
    (`_labels_again`)."""
    return (
        _next_page(previous, part)
        and previous.edges is not None
        and part.edges is not None
        and (_unit_again(part.above) or _labels_again(previous, part.above))
    )


def _labels_again(previous: _Part, above: list[_Row]) -> bool:
    """Whether the lines above a table opening its page are the column labels row the table
    before printed (above its ruled rows, a header row shaded and not ruled: each page
    prints it again), two labels of an indicator table's columns at least."""
    printed = {tuple(row.cells) for row in (*previous.above, *previous.rows)}
    return bool(above) and all(
        tuple(row.cells) in printed and sum(bool(column_roles(cell)) for cell in row.cells) >= 2
        for row in above
    )


def _unit_again(above: list[_Row]) -> bool:
    """Whether the lines above a table opening its page state only its currency unit
    (`单位：万元`): what a table broken over pages prints again atop the next under its
    title with `（续）`, which is page furniture (`labels.CONTINUED_TITLE`); none is a title."""
    return all(
        pdf_labels.CURRENCY_STATEMENT.fullmatch(simplified("".join(cell.split())))
        for row in above
        for cell in row.cells
    )


def _next_page(previous: _Part, part: _Part) -> bool:
    """Whether a part is on the page right after the previous part's: the next sheet, or on a
    sheet printed two pages to it (`_gutter`) its right half after its left half."""
    if part.half == 1:
        return part.page == previous.page and previous.half == 0
    return part.page == previous.page + 1


def _same_edges(previous: _Part, part: _Part) -> bool:
    """Whether two tables (parts with edges) stand between the same edges of their pages (or
    halves of a sheet printed two pages to it: measured from where each half begins)."""
    return _alike(
        tuple(edge - previous.origin for edge in previous.edges or ()),
        tuple(edge - part.origin for edge in part.edges or ()),
    )


def _beside(previous: _Part, part: _Part) -> bool:
    """Whether a table opening its page goes on with the columns of the table that ended the
    page before: a sheet too wide for its page printed down, then over (Excel's 先列后行), its
    rest of columns opening the next page (`_opens_next_page`), each row at the height it has on
    the page before (the rows of the titles above printing blank), its edges not both those of
    the table before (which, its columns again, goes on down the page: `_continues`) and its
    first row printing none of that table's first row's texts (a form of the same rows again,
    its labels again, is a form of its own)."""
    return (
        _opens_next_page(previous, part)
        and not _same_edges(previous, part)
        and len(part.tops) == len(previous.tops) > 1
        and _alike(previous.tops, part.tops)
        and not set(filter(None, part.rows[0].cells)) & set(previous.rows[0].cells)
    )


def _widened(row: _Row, more: _Row) -> None:
    """A row with the cells of the row printing its further columns added after its own."""
    row.cells += more.cells
    row.merged += more.merged
    row.open_below += more.open_below


def _over(down: list[_Part], rows: list[_Row], part: _Part) -> list[tuple[_Row, _Row]] | None:
    """The rows of a table read down two pages or more (`down`, page by page; `rows`, the
    table's) that a part's rows stand beside, each with its row, where the part prints further
    columns of them: a sheet too wide for its page printed down, then over (Excel's 先列后行), its
    further columns on as many pages after its last page as it went down, the k-th of them
    beside the k-th page down. Each of the part's rows stands at the height of a row of that
    page (the rows of titles and goals above printing blank: those have no row of the part),
    nothing above it but the currency unit printed again, its edges not those of the table
    (which, its columns again, would go on down), and its first row printing none of that
    page's first row's texts (a form of the same rows again). Rows of one text each between
    rules across the part only are merged cells, each text in the first column. A row beside
    one the table left out (its column labels printed again at a page top) is left out with it
    where it prints the further columns' labels again. None where the part is no such columns,
    or a row of it has no row to join."""
    first_down = down[0]
    k = part.page - down[-1].page
    if len(down) < 2 or not 1 <= k <= len(down) or None in (first_down.edges, part.edges):
        return None
    paired = down[k - 1]
    if (
        _same_edges(first_down, part)
        or not _unit_again(part.above)
        or set(filter(None, part.rows[0].cells)) & set(paired.rows[0].cells)
    ):
        return None
    merged = part.text_columns and all(
        sum(bool(text.strip()) for text in row.cells) <= 1 for row in part.rows
    )
    kept = {id(row) for row in rows}
    pairs: list[tuple[_Row, _Row]] = []
    at = 0
    for row, top in zip(part.rows, part.tops, strict=True):
        while at < len(paired.tops) and paired.tops[at] < top - EDGE_TOLERANCE:
            at += 1
        if at == len(paired.tops) or not _alike((paired.tops[at],), (top,)):
            return None
        if merged:
            row = _Row(["".join(row.cells)], [False], row.location, [any(row.open_below)])
        if id(paired.rows[at]) in kept:
            pairs.append((paired.rows[at], row))
        elif not any(left.cells[-len(row.cells) :] == row.cells for left in rows):
            return None
        at += 1
    return pairs


def _alike(these: tuple[float, ...], those: tuple[float, ...]) -> bool:
    """Whether two rows of places on a page are the same places (`EDGE_TOLERANCE`)."""
    return all(abs(a - b) <= EDGE_TOLERANCE for a, b in zip(these, those, strict=True))


def _continuation(rows: list[_Row], more: list[_Row]) -> list[_Row]:
    """The rows of a table's next page: without a repeated header, merged cells cut by the
    page break marked merged (their text repeated on the new page or not: a text repeated
    from the last row when the row before that differs, but for a value, which repeats as
    a row's own (`_own_value`: `其中：财政拨款 4,260.00` under `中期资金总额 4,260.00`, `≥`
    under `≥`), the first row joined
    onto the last when Word or a browser broke it: when it prints in some of the last row's
    cells (of them all when the page cut through the row, every cell open below it; else of
    those not merged on) and in none other, no more than `BROKEN_SHARE` of them (the ends of
    its long texts; a row printing in most of them, its optional cells empty, is the next
    row; so is a template's placeholder row, `……` under the name,
    `grid_rows.is_placeholder`), and so is a total row (`合计 | … | 100 | 98.93`: a page break
    put it alone atop the page) and a row with a target of its own under a whole one
    (`_values_apart`), nor onto the indicator columns' labels row but the end of a
    label (`_ends_broken_labels`)."""
    more = list(more)
    while more and _repeated_header(rows, more[0]):
        more.pop(0)
    if not more or not rows:
        return more
    last, first = rows[-1], more[0]
    if len(last.cells) != len(first.cells):
        return more
    origin = _origins(rows)
    before = rows[-2] if len(rows) > 1 and len(rows[-2].cells) == len(last.cells) else None
    for c, text in enumerate(first.cells):
        cut = last.open_below[c] and (not text or _compact(text) == _compact(origin[c]))
        repeated = (
            bool(text)
            and not _own_value(text)
            and text == last.cells[c]
            and not last.merged[c]
            and (before is None or before.cells[c] != text)
        )
        if cut or repeated:
            first.cells[c], first.merged[c] = "", True
    filled = [c for c, text in enumerate(first.cells) if text]
    cut_through = all(last.open_below)  # the page cut the row itself: its every cell goes on
    printed = [
        c for c, text in enumerate(last.cells) if text and (cut_through or not first.merged[c])
    ]
    placeholders = all(is_placeholder(first.cells[c]) for c in filled)
    if (
        filled
        and set(filled) < set(printed)
        and len(filled) <= BROKEN_SHARE * len(printed)
        and not placeholders
        and not _opens_with_total(first)
        and _ends_broken_labels(last, first, filled)
        and not _values_apart(last, first, filled)
    ):
        for c in filled:
            last.cells[c] = _join_lines([last.cells[c], first.cells[c]])
        return more[1:]
    return more


def _values_apart(last: _Row, first: _Row, filled: list[int]) -> bool:
    """Whether the row opening the page prints a target of its own under one the last row
    printed whole (`≥18公里` under `≥26处`; `明显提高` under `≥85%`: words of its own, not a mark,
    a unit or a bound's word going on from the figure above, `以上`): the next row, its level
    cells merged on from the page before, not the end of a row broken over the page."""
    return any(
        reads_as_target(last.cells[c])
        and (reads_as_target(first.cells[c]) or _own_words(first.cells[c].strip()))
        for c in filled
    )


# Words that go on from a figure wrapped onto the next page (`≥95%` over `以上`).
_FIGURE_ENDS = tuple(word for word, _, _ in SUFFIX_OPERATORS)


def _own_words(text: str) -> bool:
    """Whether a cell's text opens with words of its own, not a mark, a unit or a bound's word
    going on from the text above it."""
    words = text.split()
    return (
        bool(words)
        and text[:1].isalnum()
        and not text.startswith(_FIGURE_ENDS)
        and not is_unit(words[0])
    )


def _own_value(text: str) -> bool:
    """Whether a cell's text is a value, which a row prints as its own the same as the row
    above does: an amount, an operator (`layout_labels.OPERATOR_WORDS`), a unit or a target
    (`100%` under `100%`: `grid_rows.reads_as_target`)."""
    compact = "".join(text.split())
    return is_amount(text) or compact in OPERATOR_WORDS or is_unit(compact) or reads_as_target(text)


def _opens_with_total(row: _Row) -> bool:
    """Whether a row opens with a total row's label (`合　计 | … | 100 | 98.93`), which a page
    break may put alone atop the next page: a row of its own, never the end of the row above."""
    return is_points_total(next((text for text in row.cells if text.strip()), ""))


def _ends_broken_labels(last: _Row, first: _Row, filled: list[int]) -> bool:
    """Whether the texts of `first` (in its `filled` cells) may end those of `last` broken
    over a page: always but when `last` is the indicator columns' labels row, whose broken
    labels end as labels (`偏差原因分析及改` + `进措施`); a row under the labels printing a
    level alone (`一、产出指标`) is the next row."""
    if not is_grid_header(tuple(last.cells)):
        return True
    return all(column_roles(_join_lines([last.cells[c], first.cells[c]])) for c in filled)


def _origins(rows: list[_Row]) -> list[str]:
    """Per cell of the last row, the text of the merged cell it belongs to."""
    width = len(rows[-1].cells)
    texts = [""] * width
    for row in rows:
        if len(row.cells) == width:
            for c, text in enumerate(row.cells):
                if not row.merged[c]:
                    texts[c] = text
    return texts


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _repeated_header(rows: list[_Row], row: _Row) -> bool:
    """Whether a row at the top of a page repeats a header row of the table: the same cells,
    one of which is an indicator column label."""
    texts = [_compact(cell) for cell in row.cells]
    if not any(role for cell in row.cells for role in column_roles(cell)):
        return False
    return any([_compact(cell) for cell in earlier.cells] == texts for earlier in rows)
