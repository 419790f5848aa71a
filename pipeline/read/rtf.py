"""Read stage, RTF format: a Rich Text Format document -> the `CellTable`s of its performance
tables.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`). Many
office systems offer a table "as Word" by writing RTF under a `.doc` name; the format is told
by its bytes (`{\\rtf`), not the name. The document's paragraphs and tables are read in order
as one flow (`docx.paragraph_flow`), handed to `pipeline.read.html.tables_in_flows` as a Word
document's are.

An RTF file is groups (`{…}`) of control words (`\\par`, `\\cellx2358`) and text. What the
reader keeps ([RTF 1.9.1]):
- text, in the code page of its font's character set (`\\fcharset134`: GBK) or else the
  document's (`\\ansicpg936`), `\\'b9\\'a4` bytes and `\\u22635` characters (and not the
  `\\ucN` fallback characters after one); a Symbol-font character as the one it prints
  (`docx.symbol_character`);
- a paragraph ends with `\\par` (or `\\sect`); `\\line` and `\\page` break a line;
- a table's cells end with `\\cell` (`\\nestcell` inside a nested table), its rows with `\\row`
  (`\\nestrow`); a paragraph is in a table after `\\intbl` (`\\itapN`: how deep) until `\\pard`;
  a row's definition (`\\trowd`, `\\trleftN`, a `\\cellxN` per cell, `\\clvmrg` for a cell
  continuing a vertical merge, `\\clmrg` for one merged into the cell before it) places its
  cells on the table's columns (`pipeline.read.word_tables`);
- fields print their result (`\\fldrslt`), not their instruction; text deleted with Track
  Changes on (`\\deleted`) is not read;
- destinations that print nothing in the body are skipped: `{\\*…}` groups, the font, colour
  and style tables, the document's information, pictures, headers, footers and notes.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from pipeline.cells import CellTable
from pipeline.read.docx import Block, paragraph_flow, symbol_character
from pipeline.read.html import tables_in_flows
from pipeline.read.word_tables import Table, close_nested, closed
from pipeline.vocab.file_formats import (
    RTF_CHARSET_CODEPAGES,
    RTF_READ_STARRED,
    RTF_SKIPPED_DESTINATIONS,
    SYMBOL_FONTS,
)

# A token: a control word with its number (and the one space ending it), a byte in hex, a
# control symbol, a group's brace, line ends (nothing in RTF), or a run of text.
_TOKEN = re.compile(
    rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
_SYMBOL_TEXT = {b"~": "\u00a0", b"_": "-", b"-": "", b"\\": "\\", b"{": "{", b"}": "}", b"\t": "\t"}
# The character set of a font that draws symbols, not letters.
_SYMBOL_CHARSET = 2
_ANSI = 1252


@dataclass(frozen=True)
class _Group:
    """What a group's text is read as: skipped, the font table, or the body; its font, its
    associated (double-byte) font, the characters skipped after a `\\u`, deleted text."""

    skipped: bool = False
    fonts: bool = False
    font: int | None = None
    associated: int | None = None
    fallback: int = 1
    deleted: bool = False


@dataclass
class _Reader:
    """The state of a document being read: its fonts and code page, the paragraph and the
    tables being read, and the row definition of each depth."""

    codepage: int = _ANSI
    charsets: dict[int, int] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    chars: list[str] = field(default_factory=list)
    pending: bytearray = field(default_factory=bytearray)
    pending_font: int | None = None
    skip: int = 0  # fallback characters still to skip after a \u
    in_table: bool = False
    depth: int = 1
    edges: dict[int, list[int]] = field(default_factory=dict)  # per depth: the row's edges
    continued: dict[int, list[bool]] = field(default_factory=dict)
    cell_merge: bool = False  # the next \cellx's cell continues a merge
    font_name: list[str] = field(default_factory=list)


def read_rtf(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of one RTF document, in document order (see the module
    docstring)."""
    flow = list(paragraph_flow(_blocks(data)))
    return tables_in_flows(source_file, "RTF document", "table", [flow])


def _blocks(data: bytes) -> Iterator[Block]:
    """The document's paragraphs (their text) and outer tables (their grid) in order."""
    reader = _Reader()
    stack: list[_Group] = []
    group = _Group()
    opening = starred = False  # a group has just opened (with `\*`): a destination may follow
    for match in _TOKEN.finditer(data):
        word, number, hexa, symbol, brace, text = match.groups()
        if brace is not None:
            _flush(reader, group)
            if brace == b"{":
                stack.append(group)
            else:
                if group.fonts and group.font is not None:
                    reader.names[group.font] = "".join(reader.font_name).rstrip(";").strip()
                reader.font_name = []
                group = stack.pop() if stack else group
            opening, starred = brace == b"{", False
            continue
        if opening and symbol == b"*":
            starred = True
            continue
        if opening and not group.skipped:
            name = word.decode("ascii") if word else ""
            if name in RTF_SKIPPED_DESTINATIONS or (starred and name not in RTF_READ_STARRED):
                group = replace(group, skipped=True)
            elif name == "fonttbl":
                group = replace(group, fonts=True)
        opening = starred = False
        if group.skipped:
            continue
        if word is not None:
            value = int(number) if number is not None else None
            group = yield from _control(reader, group, word.decode("ascii"), value)
        elif hexa is not None:
            _byte(reader, group, int(hexa, 16))
        elif symbol is not None:
            _text(reader, group, _SYMBOL_TEXT.get(symbol, ""))
        elif text is not None and group.fonts:
            reader.font_name.append(text.decode("latin-1"))
        elif text is not None:
            for byte in text:
                _byte(reader, group, byte)
    _flush(reader, group)
    if reader.chars:
        yield from _paragraph_end(reader, in_table=False)
    yield from closed(reader.tables, 0)


def _control(reader: _Reader, group: _Group, name: str, value: int | None):
    """Act on a control word; gives the group as it now is (a generator: a paragraph's end
    yields the blocks it completes)."""
    if name in ("par", "sect"):
        _flush(reader, group)
        yield from _paragraph_end(reader, reader.in_table)
    elif name in ("line", "page"):
        _text(reader, group, "\n")
    elif name == "tab":
        _text(reader, group, "\t")
    elif name in ("cell", "nestcell"):
        _flush(reader, group)
        _cell_end(reader, 1 if name == "cell" else max(reader.depth, 2))
    elif name in ("row", "nestrow"):
        _flush(reader, group)
        _row_end(reader, 1 if name == "row" else max(reader.depth, 2))
    elif name == "u" and value is not None:
        _flush(reader, group)
        _text(reader, group, _font_character(reader, group, value % 0x10000))
        reader.skip = group.fallback
    else:
        return _property(reader, group, name, value)
    return group


def _property(reader: _Reader, group: _Group, name: str, value: int | None) -> _Group:
    """A control word that sets a property of the text, the paragraph or the row."""
    match name:
        case "ansicpg" if value:
            reader.codepage = value
        case "f" if group.fonts:
            return replace(group, font=value)
        case "fcharset" if group.fonts and group.font is not None and value is not None:
            reader.charsets[group.font] = value
        case "f" | "af" | "uc" | "deleted" | "plain":
            _flush(reader, group)
            return _character(group, name, value)
        case "pard":
            reader.in_table, reader.depth = False, 1
        case "intbl":
            reader.in_table = True
        case "itap" if value is not None:
            reader.in_table, reader.depth = value > 0, max(value, 1)
        case "trowd":
            reader.edges[reader.depth] = []
            reader.continued[reader.depth] = []
        case "trleft" if value is not None:
            reader.edges[reader.depth] = [value]
        case "clvmrg" | "clmrg":
            reader.cell_merge = True
        case "cellx" if value is not None:
            edges = reader.edges.setdefault(reader.depth, [])
            edges.append(value)
            if len(edges) == 1:
                edges.insert(0, 0)
            reader.continued.setdefault(reader.depth, []).append(reader.cell_merge)
            reader.cell_merge = False
    return group


def _character(group: _Group, name: str, value: int | None) -> _Group:
    match name:
        case "f":
            return replace(group, font=value)
        case "af":
            return replace(group, associated=value)
        case "uc":
            return replace(group, fallback=max(value or 0, 0))
        case "deleted":
            return replace(group, deleted=value != 0)
    return replace(group, font=None, associated=None, deleted=False)


def _byte(reader: _Reader, group: _Group, byte: int) -> None:
    """A byte of text in the group's code page (after a `\\u`, a fallback to skip)."""
    if reader.skip:
        reader.skip -= 1
        return
    if reader.pending and reader.pending_font != group.font:
        _flush(reader, group)
    reader.pending.append(byte)
    reader.pending_font = group.font


def _text(reader: _Reader, group: _Group, text: str) -> None:
    if reader.skip and text:
        reader.skip -= 1
        return
    _flush(reader, group)
    if not group.deleted and not group.fonts:
        reader.chars.append(text)


def _flush(reader: _Reader, group: _Group) -> None:
    """The bytes waiting, decoded in their font's code page, into the paragraph's text."""
    if not reader.pending:
        return
    data, reader.pending = bytes(reader.pending), bytearray()
    if group.deleted or group.fonts:
        return
    font = reader.pending_font
    if _is_symbol(reader, font):
        reader.chars.extend(
            symbol_character(reader.names.get(font, "Symbol"), byte) for byte in data
        )
        return
    codepage = next(
        (RTF_CHARSET_CODEPAGES[charset] for charset in
         (reader.charsets.get(font), reader.charsets.get(group.associated))
         if charset in RTF_CHARSET_CODEPAGES), reader.codepage,
    )  # fmt: skip
    try:
        reader.chars.append(data.decode(f"cp{codepage}", "replace"))
    except LookupError:  # a code page Python does not know (`\ansicpg10000`, Mac Roman)
        reader.chars.append(data.decode(f"cp{_ANSI}", "replace"))


def _is_symbol(reader: _Reader, font: int | None) -> bool:
    return font is not None and (
        reader.charsets.get(font) == _SYMBOL_CHARSET or reader.names.get(font) in SYMBOL_FONTS
    )


def _font_character(reader: _Reader, group: _Group, code: int) -> str:
    if _is_symbol(reader, group.font):
        return symbol_character(reader.names.get(group.font, "Symbol"), code)
    return chr(code)


def _paragraph_end(reader: _Reader, in_table: bool) -> Iterator[Block]:
    """A paragraph's end: its text goes to the cell being read, or after the tables, which it
    closes, as a paragraph of its own."""
    text, reader.chars = "".join(reader.chars), []
    if in_table:
        _open(reader, reader.depth).lines.extend(text.split("\n"))
        return
    yield from closed(reader.tables, 0)
    yield text


def _open(reader: _Reader, depth: int) -> Table:
    """The table being read at this depth, those deeper closed (their rows go to it)."""
    close_nested(reader.tables, depth)
    while len(reader.tables) < depth:
        reader.tables.append(Table())
    return reader.tables[-1]


def _cell_end(reader: _Reader, depth: int) -> None:
    text, reader.chars = "".join(reader.chars), []
    table = _open(reader, depth)
    table.lines.extend(text.split("\n"))
    table.end_cell()


def _row_end(reader: _Reader, depth: int) -> None:
    table = _open(reader, depth)
    edges = reader.edges.get(depth, [])
    table.end_row(tuple(edges), list(reader.continued.get(depth, [])))
