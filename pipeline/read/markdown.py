"""Read stage, Markdown: a Markdown text (`.md`, as document converters and some portals give a
table) -> the `CellTable`s of its performance tables, read as the web page it renders.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`). A pipe
table (rows of cells between `|`, its header row over a delimiter row of dashes,
`file_formats.MARKDOWN_DELIMITER_ROW`) renders as a `<table>` of those rows, the header row
first; an HTML block (a PDF-to-Markdown converter's `<table>` with its spans) as itself; a
heading (`# 标题`) and any other line as a paragraph of its text, a link its text, its emphasis
marks dropped where they pair round a text (`**重点**`, `__注__`): a lone `**` is a template's blank
(`≥**%`, kept as printed), and `\\*` an asterisk. The page is then read by the HTML reader
(`html.read_html`): titles above a table, notes below it and merged cells as a web page's. A
pipe table has no spans: a merged cell's text is in its first cell, the cells it covered
empty, as a text table prints them. A pipe table a data frame wrote (markitdown's sheet, pandas'
`DataFrame.to_markdown`: its header row is the sheet's first row, an empty cell of it named
`Unnamed: <n>`, `file_formats.FRAME_UNNAMED_COLUMN`) reads as the sheet printed it: those names
and the frame's missing values (`NaN`, `FRAME_MISSING_VALUES`) empty cells, the heading above
it, the sheet's name (`## Sheet1`), left out; a `NaN` in any other table is its text. A cell's
escaped bar (`\\|`) is a bar of its text, its `<br>` a line break. Each row read is then put at
the line of the text that printed it (a pipe table's row, or a line around it), where every row
of the page is found in order among those lines by its text; a page holding an HTML block, whose
rows the text does not print one a line, keeps the rows as the web page numbers them.
"""

import html
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from pipeline.cells import CellTable
from pipeline.read.boxdrawn import BoxTable, box_html, box_parts, is_ascii_rule
from pipeline.read.html import read_html
from pipeline.read.text import decode
from pipeline.vocab.file_formats import (
    FRAME_MISSING_VALUES,
    FRAME_UNNAMED_COLUMN,
    MARKDOWN_DELIMITER_ROW,
    MARKDOWN_FRONT_MATTER_FENCES,
    MARKDOWN_FRONT_MATTER_LINE,
    MARKDOWN_HTML_TABLE,
)

_DELIMITER = re.compile(MARKDOWN_DELIMITER_ROW)
_BAR = re.compile(r"(?<!\\)\|")  # a cell boundary: a bar not escaped
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_EMPHASIS = re.compile(r"(?<!\\)(\*\*|__)([^\s*_](?:[^*_]*[^\s*_])?)\1")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # any ASCII punctuation: `\*`, `\>`, `\_`
_BREAK_LINE = re.compile(r" {0,3}([-*_])(?: *\1){2,} *")  # a thematic break: `* * *`, `---`
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")  # `[首页](http://…)`
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_TABLE = re.compile(re.escape(MARKDOWN_HTML_TABLE), re.IGNORECASE)
_UNNAMED = re.compile(FRAME_UNNAMED_COLUMN)
_YAML_LINE = re.compile(MARKDOWN_FRONT_MATTER_LINE)


def is_markdown(text: str, grids: bool = False) -> bool:
    """Whether a text is Markdown holding a table: a line opening with `|` over a pipe table's
    delimiter row, or an HTML table in a text that does not start as a web page (told before);
    with `grids` (a file named as Markdown), a grid table too (pandoc's `+----+----+` rules
    round `| … |` rows), which in any other text is a table drawn in ASCII (`boxdrawn`)."""
    if _HTML_TABLE.search(text):
        return True
    # Asked of every text file (`formats.detect_format`): one without a bar holds no pipe table.
    return "|" in text and any(
        _opens_table(above, line) or (grids and _opens_grid(above, line))
        for above, line in itertools.pairwise(text.splitlines())
    )


def _opens_grid(line: str, below: str) -> bool:
    """Whether a line is a grid table's top rule over its first row."""
    return below.strip().startswith("|") and is_ascii_rule(line)


def _opens_table(line: str, below: str) -> bool:
    """Whether a line is a pipe table's header row over its delimiter row."""
    return line.strip().startswith("|") and _DELIMITER.fullmatch(below.strip()) is not None


def read_markdown(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of a Markdown text (see the module docstring)."""
    text, _ = decode(source_file, data)
    blocks = list(_unframed(list(_blocks(text.splitlines()))))
    page = "\n".join(_rendered(blocks))
    tables = read_html(source_file, f"<html><head><meta charset='utf-8'></head><body>{page}"
                       "</body></html>".encode())  # fmt: skip
    return _at_lines(tables, blocks)


# A block of the text: a pipe table's rows (each its line and its cells, the delimiter row
# left out), a grid table (the line before its first, and the table its rules draw), or a line
# (its number and text).
Block = list[tuple[int, list[str]]] | tuple[int, BoxTable] | tuple[int, str]


def _blocks(lines: list[str]) -> Iterator[Block]:
    """The text's pipe tables, grid tables and other lines, in order, each with its line
    numbers; a front matter block opening the text (`_front_matter`) is none of them."""
    at = _front_matter(lines)
    while at < len(lines):
        line = lines[at].strip()
        if at + 1 < len(lines) and _opens_grid(line, lines[at + 1]):
            end = at + 1
            while end < len(lines) and lines[end].strip().startswith(("|", "+")):
                end += 1
            parts = box_parts("\n".join(lines[at:end]))
            if parts is not None:
                yield from ((at, part) if isinstance(part, BoxTable) else (at + part[0], part[1])
                            for part in parts)  # fmt: skip
                at = end
                continue
        if at + 1 < len(lines) and _opens_table(line, lines[at + 1]):
            end = at + 2
            while end < len(lines) and lines[end].strip().startswith("|"):
                end += 1
            rows = [at, *range(at + 2, end)]
            yield [(k + 1, _cells(lines[k])) for k in rows]
            at = end
            continue
        if line:
            yield (at + 1, line)
        at += 1


def _front_matter(lines: list[str]) -> int:
    """Where the text's page begins: after a front matter block opening it (YAML between
    `---` fences, `file_formats.MARKDOWN_FRONT_MATTER_FENCES`: the `title:`, `date:`, `source:`
    of a site generator's page, each line a key's or its value's), which renders as nothing;
    else at its start."""
    opens, closes = MARKDOWN_FRONT_MATTER_FENCES
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    if first == len(lines) or lines[first].strip().lstrip("\ufeff") != opens:
        return 0
    for k in range(first + 1, len(lines)):
        if lines[k].strip() in closes:
            return k + 1
        if lines[k].strip() and not _YAML_LINE.match(lines[k]):
            return 0  # a thematic break opening the text, not a front matter block
    return 0


def _unframed(blocks: list[Block]) -> Iterator[Block]:
    """The blocks with each pipe table a data frame wrote (`_frame_names`) as its sheet printed
    it: the header's unnamed columns' names and the frame's missing values (`NaN`,
    `file_formats.FRAME_MISSING_VALUES`, its empty and merged-away cells) empty cells, the
    header's named cells (the sheet's first row: its title) kept; and the heading just above
    such a table (markitdown's `## Sheet1`) left out: the sheet's name, which the sheet does not
    print, would be read as the table's title. Any other table as written: a `NaN` typed in its
    cells is its text."""
    for k, block in enumerate(blocks):
        if isinstance(block, list):
            names = _frame_names(block[0][1])
            if names is None:
                yield block
                continue
            (number, header), body = block[0], block[1:]
            yield [
                (number, ["" if name else cell for cell, name in zip(header, names, strict=True)]),
                *((n, ["" if cell in FRAME_MISSING_VALUES else cell for cell in cells])
                  for n, cells in body),
            ]  # fmt: skip
        elif not (
            isinstance(block[1], str)
            and _HEADING.match(block[1])
            and k + 1 < len(blocks)
            and isinstance(blocks[k + 1], list)
            and _frame_names(blocks[k + 1][0][1]) is not None
        ):
            yield block


def _frame_names(header: list[str]) -> list[bool] | None:
    """Per cell of a pipe table's header row, whether it is pandas' name for a column with no
    name (`Unnamed: <n>` in column n, `file_formats.FRAME_UNNAMED_COLUMN`); None when none is,
    or one names another column (a table not written from a data frame)."""
    names = [_UNNAMED.fullmatch(cell) for cell in header]
    if not any(names) or any(name and int(name[1]) != k for k, name in enumerate(names)):
        return None
    return [name is not None for name in names]


def _rendered(blocks: list[Block]) -> Iterator[str]:
    """The page's HTML, a block at a time: pipe tables as `<table>`s, HTML lines as they are,
    other lines as paragraphs."""
    for block in blocks:
        if isinstance(block, list):
            yield "<table>" + "".join(map(_row, (cells for _, cells in block))) + "</table>"
        elif isinstance(block[1], BoxTable):
            yield box_html(block[1])
        elif block[1].startswith("<"):
            yield block[1]
        elif _BREAK_LINE.fullmatch(block[1]):
            yield "<hr>"
        else:
            yield f"<p>{_inline(_HEADING.sub('', block[1]))}</p>"


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in _BAR.split(line.strip().removeprefix("|").removesuffix("|"))]


def _row(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<td>{_inline(cell)}</td>" for cell in cells) + "</tr>"


def _plain(text: str) -> str:
    """A cell's or a line's text as it reads: its escaped bars bars, its emphasis marks round a
    text dropped, its escaped asterisks asterisks, a link its text (a site's breadcrumb,
    `[首页](http://…) > [政务公开](…)`, reads `首页 > 政务公开`)."""
    text = _LINK.sub(r"\1", text.replace("\\|", "|"))
    return _ESCAPED.sub(r"\1", _EMPHASIS.sub(r"\2", text))


def _inline(text: str) -> str:
    """A cell's or a line's text as HTML (`_plain`, escaped), its `<br>`s line breaks."""
    return "<br>".join(html.escape(part, quote=False) for part in _BREAK.split(_plain(text)))


def _at_lines(tables: tuple[CellTable, ...], blocks: list[Block]) -> tuple[CellTable, ...]:
    """The tables with each row, and each note, at the line of the text that printed the row:
    every row found in order among the text's rows and lines by its text (`_key`), each line
    once (a table's rows from the first line not yet taken that prints its first row); the
    tables as read where any row is not found (an HTML block's)."""
    printed = [
        (number, _key(_BREAK.sub("", _plain(part)) for part in texts))
        for block in blocks
        for number, texts in _printed(block)
        if texts is not None
    ]
    taken: set[int] = set()
    lines: dict[int, int] = {}  # the row's line as read -> the text's
    for table in tables:
        at = 0
        for row in table.rows:
            key = _key(row.cells)
            found = next(
                (k for k in range(at, len(printed)) if k not in taken and printed[k][1] == key),
                None,
            )
            if found is None:
                return tables
            taken.add(found)
            lines[row.line], at = printed[found][0], found + 1
    return tuple(
        replace(
            table,
            rows=tuple(replace(row, line=lines[row.line]) for row in table.rows),
            notes=tuple((rule, lines.get(line, line), *rest) for rule, line, *rest in table.notes),
        )
        for table in tables
    )


def _printed(block: Block) -> list[tuple[int, list[str] | None]]:
    """A block's rows as the text prints them, each at its line: a grid table's at the line
    its row starts on, its cells' texts."""
    if isinstance(block, list):
        return block
    start, part = block
    if isinstance(part, BoxTable):
        return [(start + line, [cell.text for cell in cells])
                for cells, line in zip(part.rows, part.lines, strict=True)]  # fmt: skip
    return [_line(start, part)]


def _line(number: int, text: str) -> tuple[int, list[str] | None]:
    """A line as a paragraph's one cell, its heading mark dropped; None for an HTML line."""
    return number, None if text.startswith("<") else [_HEADING.sub("", text)]


def _key(texts: Iterable[str]) -> str:
    """A row's texts as compared: white space dropped."""
    return "".join("".join(text.split()) for text in texts)
