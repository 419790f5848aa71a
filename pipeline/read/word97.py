"""Read stage, Word 97–2003 format (.doc): a binary Word document -> the `CellTable`s of its
performance tables.

Place in the pipeline: a format reader, before the layout readers (`pipeline.layouts`), as
`docx` is for the Word of today: the document's paragraphs and tables are read in order as one
flow (`docx.paragraph_flow`) and handed to `pipeline.read.html.tables_in_flows`, which keeps the
performance tables with the lines around them.

The file is an OLE2 compound file (`pipeline.read.ole2`) whose `WordDocument` stream holds the
text and the formatting, and whose table stream (`0Table` or `1Table`) the indexes into them
([MS-DOC]). The main text is read, then the text boxes' (where PDF-to-Word converters put a
page's tables; after the main text, as their anchors are not followed), not the headers,
footers or notes:
- the text is the pieces of the piece table (`Clx`), in the order of their character
  positions, each 8-bit (Windows-1252) or UTF-16;
- fields print their result, not their code (`{ PAGE }`, a `FORMTEXT`'s name); text deleted
  with Track Changes on is not read (struck out on the page); a symbol put in from the Symbol
  font is the character it prints (`docx.symbol_character`), as a DOCX's `w:sym`;
- a paragraph ends with `\r` (or a section break), a table cell with `\x07`; whether a
  paragraph is in a table, how deep, and whether its mark ends a cell or a row, are properties
  of the paragraph (`PAPX`, large ones in the `Data` stream), found by the mark's place in the
  stream;
- a row's last mark carries the row's cell edges and merges (`sprmTDefTable`,
  `sprmTVertMerge`), which place its cells on the table's columns, and a table nested in a cell
  is read under that cell's row (`pipeline.read.word_tables`, as a DOCX's grid is read).
An encrypted document, a Word 6.0/95 one and a damaged one are refused with what to do.
"""

import bisect
import struct
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.cells import CellTable
from pipeline.read.docx import Block, paragraph_flow, symbol_character
from pipeline.read.html import tables_in_flows
from pipeline.read.ole2 import ole2_stream
from pipeline.read.text import ExtractError
from pipeline.read.word_tables import Table, closed
from pipeline.vocab.file_formats import SYMBOL_CODES, SYMBOL_FONTS

ENCRYPTED = (
    "a password-protected Word document: open it with its password, save it without one as "
    ".docx and put that in data/raw/"
)
OLD_WORD = (
    "a Word 6.0/95 document: open it in Word or WPS, save it as .docx and put that in data/raw/"
)
DAMAGED = (
    "Word 97–2003 document that cannot be read: {detail}; open it in Word or WPS and save it "
    "again as .docx"
)

# The File Information Block ([MS-DOC] 2.5): its identifier, the first version written by
# Word 97, its flags (encrypted; which table stream), the place of the main text's length in
# its longs and, among its (offset, length) pairs, of the piece table, the character and
# paragraph properties and the font names.
_WORD_IDENT, _WORD_97 = 0xA5EC, 0x00C1
_ENCRYPTED, _TABLE_1 = 0x0100, 0x0200
_STORY_LENGTHS = slice(3, 10)  # main text, notes, headers, (none), comments, endnotes, boxes
_CLX, _CHPX_BINS, _PAPX_BINS, _FONTS = 33, 12, 13, 15
# The piece table's flag for an 8-bit piece; the size of a page of properties (FKP), of an
# entry of a paragraph page, and of a font's fixed part before its name.
_COMPRESSED, _PAGE, _PAPX_ENTRY, _FONT_FIXED = 0x40000000, 512, 13, 39
# Characters: paragraph end, cell or row end, field begin/separator/end; those printing as a
# line break, a hyphen; those that print nothing (objects, note marks, optional hyphens); the
# one standing for a symbol put in from a font (its code in `sprmCSymbol`; the private-use
# codes of a symbol font are `file_formats.SYMBOL_CODES`).
_PARAGRAPH, _CELL, _SECTION = "\r", "\x07", "\x0c"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_PRINTED = str.maketrans({"\x0b": "\n", "\x1e": "-"} | dict.fromkeys(
    map(chr, (0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x1f))))  # fmt: skip
_SYMBOL_MARK = "("
# Paragraph and table properties read ([MS-DOC] 2.6): in a table, its nesting depth, the end
# of a row of the outer table, of a cell and of a row of a nested table, a row's cells (edges
# and merges), a cell's vertical merge; properties too large for their page (in `Data`).
_IN_TABLE, _ROW_END, _DEPTH = 0x2416, 0x2417, 0x6649
_INNER_CELL_END, _INNER_ROW_END = 0x244B, 0x244C
_ROW_DEFINITION, _VERTICAL_MERGE = 0xD608, 0xD62B
_HUGE_PROPERTIES = struct.pack("<H", 0x6646)
# Tables nest no deeper than this in a document a word processor wrote; a deeper depth in a
# paragraph's properties is damage (bytes overwritten, read as a million tables to open).
_MAX_DEPTH = 64
# Character properties read: a symbol (font, code), the fonts of a run's characters, and text
# deleted with Track Changes on (struck out on the page).
_SYMBOL, _FONTS_OF_RUN, _DELETED = 0x6A09, (0x4A4F, 0x4A50, 0x4A51), 0x0800
# A cell's flags (TC80): continues a vertical merge unless it restarts one; merged into the
# cell before it (the old horizontal merge).
_TC_VERTICAL_MERGE, _TC_VERTICAL_RESTART, _TC_MERGED = 0x0020, 0x0040, 0x0002
_TC_SIZE = 20

_Runs = tuple[list[int], list[tuple[int, bytes]]]  # starts; (end, sprms) of property runs


def read_word97(source_file: str, data: bytes) -> tuple[CellTable, ...]:
    """The performance tables of one .doc, in document order (see the module docstring)."""
    try:
        document = _Document.parse(source_file, data)
        blocks = [
            *_blocks(document, document.text),
            *_blocks(document, document.boxes, document.boxes_start),
        ]
    except (ValueError, IndexError, struct.error) as error:
        detail = str(error) if type(error) is ValueError else "its streams are cut short"
        raise ExtractError(source_file, 1, DAMAGED.format(detail=detail)) from None
    return tables_in_flows(
        source_file, "Word 97–2003 document", "table", [list(paragraph_flow(blocks))]
    )


@dataclass(frozen=True)
class _Document:
    """The main text of a document, where each of its characters is in the stream, the runs
    of paragraph and character properties by place, and the font names."""

    text: str
    boxes: str  # the text of the text boxes, one after another
    boxes_start: int  # the character position where it starts
    piece_starts: list[int]  # character position where each piece starts
    piece_places: list[tuple[int, int]]  # (stream offset, bytes a character) of each piece
    paragraphs: _Runs
    characters: _Runs
    fonts: list[str]
    deleted: list[tuple[int, int]]  # (start, end) in the stream of each run of deleted text

    @classmethod
    def parse(cls, source_file: str, data: bytes) -> "_Document":
        word = ole2_stream(data, ("WordDocument",))
        ident, version = struct.unpack_from("<HH", word, 0)
        if ident != _WORD_IDENT:
            raise ValueError("its WordDocument stream does not start with a Word header")
        flags = struct.unpack_from("<H", word, 10)[0]
        if flags & _ENCRYPTED:
            raise ExtractError(source_file, 1, ENCRYPTED)
        if version < _WORD_97:
            raise ExtractError(source_file, 1, OLD_WORD)
        table = ole2_stream(data, ("1Table" if flags & _TABLE_1 else "0Table",))
        shorts = struct.unpack_from("<H", word, 32)[0]
        longs_at = 34 + 2 * shorts + 2
        longs = struct.unpack_from("<H", word, longs_at - 2)[0]
        pairs_at = longs_at + 4 * longs + 2
        lengths = struct.unpack_from(f"<{longs}i", word, longs_at)[_STORY_LENGTHS]

        def pair(index: int) -> bytes:
            offset, size = struct.unpack_from("<II", word, pairs_at + 8 * index)
            return table[offset : offset + size]

        try:
            large = ole2_stream(data, ("Data",))
        except ValueError:
            large = b""
        starts, places, text = _pieces(word, pair(_CLX))
        box_start = sum(lengths[:-1])
        characters = _property_runs(word, pair(_CHPX_BINS), None)
        deleted = [(start, end) for start, (end, sprms) in zip(*characters, strict=True)
                   if _set(dict(_sprms(sprms)), _DELETED)]  # fmt: skip
        return cls(
            text[: lengths[0]], text[box_start : box_start + lengths[-1]], box_start,
            starts, places,
            _property_runs(word, pair(_PAPX_BINS), large), characters,
            _font_names(pair(_FONTS)), deleted,
        )  # fmt: skip

    def _place(self, position: int) -> int:
        """Where in the stream the character at this position is."""
        piece = bisect.bisect_right(self.piece_starts, position) - 1
        offset, width = self.piece_places[piece]
        return offset + (position - self.piece_starts[piece]) * width

    def sprms(self, position: int, runs: _Runs) -> list[tuple[int, bytes]]:
        """The properties (sprm, operand) of these runs at the character at this position."""
        place = self._place(position)
        starts, ends = runs
        run = bisect.bisect_right(starts, place) - 1
        if run < 0 or place >= ends[run][0]:
            return []
        return list(_sprms(ends[run][1]))

    def printed(self, position: int, char: str) -> str:
        """The character at this position as printed: none when deleted with Track Changes
        on, a symbol put in from a font as the character it prints (`docx.symbol_character`)."""
        if self.deleted:
            place = self._place(position)
            run = bisect.bisect_right(self.deleted, (place, place)) - 1
            if (run >= 0 and place < self.deleted[run][1]) or (
                run + 1 < len(self.deleted) and self.deleted[run + 1][0] == place
            ):
                return ""
        if char != _SYMBOL_MARK and ord(char) not in SYMBOL_CODES:
            return char
        sprms = dict(self.sprms(position, self.characters))
        if _SYMBOL in sprms and len(sprms[_SYMBOL]) == 4:
            font, code = struct.unpack("<HH", sprms[_SYMBOL])
            return symbol_character(self._font(font), code)
        if char == _SYMBOL_MARK:
            return char
        fonts = {self._font(struct.unpack("<H", sprms[sprm])[0]) for sprm in _FONTS_OF_RUN
                 if len(sprms.get(sprm, b"")) == 2}  # fmt: skip
        symbol = next((font for font in fonts if font in SYMBOL_FONTS), None)
        return symbol_character(symbol, ord(char)) if symbol else char

    def _font(self, number: int) -> str | None:
        return self.fonts[number] if number < len(self.fonts) else None


def _pieces(word: bytes, clx: bytes) -> tuple[list[int], list[tuple[int, int]], str]:
    """The piece table of a Clx: where each piece starts, where its text is and how wide its
    characters are, and the text of all pieces in order."""
    at = 0
    while at < len(clx) and clx[at] == 1:  # property modifiers before the piece table
        at += 3 + struct.unpack_from("<h", clx, at + 1)[0]
    if at >= len(clx) or clx[at] != 2:
        raise ValueError("its piece table cannot be found")
    size = struct.unpack_from("<I", clx, at + 1)[0]
    count = (size - 4) // 12
    positions = struct.unpack_from(f"<{count + 1}I", clx, at + 5)
    starts, places, texts = [], [], []
    for n in range(count):
        place = struct.unpack_from("<I", clx, at + 5 + 4 * (count + 1) + 8 * n + 2)[0]
        characters = positions[n + 1] - positions[n]
        if place & _COMPRESSED:
            offset, width = (place & ~_COMPRESSED) // 2, 1
            texts.append(word[offset : offset + characters].decode("cp1252", "replace"))
        else:
            offset, width = place, 2
            texts.append(word[offset : offset + 2 * characters].decode("utf-16-le", "replace"))
        starts.append(positions[n])
        places.append((offset, width))
    return starts, places, "".join(texts)


def _property_runs(word: bytes, bins: bytes, large: bytes | None) -> _Runs:
    """The runs of properties of the pages (FKP) a bin table points to: where each starts in
    the stream, and (where it ends, its sprms), in order. Paragraph pages (`large` given: the
    `Data` stream) start their entries' sprms with a style number, and keep the sprms too
    large for the page in `Data`, where their `sprmPHugePapx` says; character pages do not."""
    count = (len(bins) - 4) // 8
    runs = []
    for n in range(count):
        number = struct.unpack_from("<I", bins, 4 * (count + 1) + 4 * n)[0] & 0x3FFFFF
        page = word[number * _PAGE : (number + 1) * _PAGE]
        marks = page[-1]
        ends = struct.unpack_from(f"<{marks + 1}I", page, 0)
        for k in range(marks):
            if large is None:
                offset = 2 * page[4 * (marks + 1) + k]
                sprms = page[offset + 1 : offset + 1 + page[offset]] if offset else b""
            else:
                offset = 2 * page[4 * (marks + 1) + _PAPX_ENTRY * k]
                sprms = _paragraph_sprms(page, offset, large) if offset else b""
            runs.append((ends[k], ends[k + 1], sprms))
    runs.sort()
    return [start for start, _, _ in runs], [(end, sprms) for _, end, sprms in runs]


def _paragraph_sprms(page: bytes, offset: int, large: bytes) -> bytes:
    size = page[offset]
    sprms = page[offset + 1 : offset + 2 * size] if size else (
        page[offset + 2 : offset + 2 + 2 * page[offset + 1]])  # fmt: skip
    sprms = sprms[2:]  # after the style's number
    if sprms[:2] == _HUGE_PROPERTIES:
        at = struct.unpack_from("<I", sprms, 2)[0]
        sprms = large[at + 2 : at + 2 + struct.unpack_from("<H", large, at)[0]]
    return sprms


def _font_names(table: bytes) -> list[str]:
    """The names of the document's fonts, by number (its `SttbfFfn`)."""
    names: list[str] = []
    if len(table) < 4:  # no font table: no run's font is known to be a symbol font
        return names
    count, at = struct.unpack_from("<H", table, 0)[0], 4
    for _ in range(count):
        size = table[at]
        name = table[at + 1 + _FONT_FIXED : at + 1 + size].decode("utf-16-le", "replace")
        names.append(name.split("\0")[0])
        at += 1 + size
    return names


def _set(sprms: dict[int, bytes], sprm: int) -> bool:
    """Whether a true-or-false property is set (its operand's byte 1; none, or an operand cut
    short, is not set)."""
    return sprms.get(sprm, b"")[:1] == b"\x01"


def _sprms(grpprl: bytes) -> Iterator[tuple[int, bytes]]:
    """The (sprm, operand) pairs of a property list; an operand's size is told by the sprm."""
    at = 0
    while at + 2 <= len(grpprl):
        sprm = struct.unpack_from("<H", grpprl, at)[0]
        at += 2
        size = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}.get(sprm >> 13)
        if size is None and sprm == _ROW_DEFINITION:
            at, size = at + 2, struct.unpack_from("<H", grpprl, at)[0] - 1
        elif size is None:
            at, size = at + 1, grpprl[at]
        yield sprm, grpprl[at : at + size]
        at += size


def _row_definition(pairs: list[tuple[int, bytes]]) -> tuple[tuple[int, ...], list[bool]]:
    """A row's cell edges and which cells continue a vertical merge (or were merged into the
    cell before them), from the properties of its end mark: its `sprmTDefTable`, and its
    `sprmTVertMerge`s, which say so of one cell each; none without a `sprmTDefTable`."""
    operand = dict(pairs).get(_ROW_DEFINITION, b"")
    if not operand:
        return (), []
    count = operand[0]
    edges = struct.unpack_from(f"<{count + 1}h", operand, 1)
    continued = [False] * count
    for n in range(count):
        at = 1 + 2 * (count + 1) + _TC_SIZE * n
        if at + 2 <= len(operand):
            flags = struct.unpack_from("<H", operand, at)[0]
            continued[n] = bool(flags & _TC_MERGED) or (
                bool(flags & _TC_VERTICAL_MERGE) and not flags & _TC_VERTICAL_RESTART
            )
    for sprm, operand in pairs:
        if sprm == _VERTICAL_MERGE and len(operand) >= 2 and operand[0] < count:
            continued[operand[0]] = operand[1] == 1
    return edges, continued


def _blocks(document: _Document, text: str, start: int = 0) -> Iterator[Block]:
    """The paragraphs (their text) and outer tables (their grid) of a story of the document
    (its text, starting at this character position) in order."""
    tables: list[Table] = []  # the tables open, the outer one first
    fields: list[bool] = []  # per open field: whether its result is being read
    chars: list[str] = []
    for position, char in enumerate(text, start):
        if char == _FIELD_BEGIN:
            fields.append(False)
        elif char == _FIELD_SEPARATOR and fields:
            fields[-1] = True
        elif char == _FIELD_END and fields:
            fields.pop()
        elif char not in (_PARAGRAPH, _CELL, _SECTION):
            if all(fields):
                chars.append(document.printed(position, char))
        else:
            printed = "".join(chars).translate(_PRINTED)
            chars = []
            pairs = document.sprms(position, document.paragraphs)
            sprms = dict(pairs)
            depth = 0
            if char == _CELL or _set(sprms, _IN_TABLE):
                nesting = sprms.get(_DEPTH, b"")
                depth = max(1, struct.unpack("<i", nesting)[0] if len(nesting) == 4 else 1)
                if depth > _MAX_DEPTH:
                    raise ValueError(f"a paragraph in a table nested {depth:,} deep")
            yield from closed(tables, depth)
            if not depth:
                yield printed
                continue
            while len(tables) < depth:
                tables.append(Table())
            table = tables[-1]
            table.lines.extend(printed.split("\n"))
            ends_row = _INNER_ROW_END if depth > 1 else _ROW_END
            ends_cell = _set(sprms, _INNER_CELL_END) if depth > 1 else char == _CELL
            if _set(sprms, ends_row):
                table.end_row(*_row_definition(pairs))
            elif ends_cell:
                table.end_cell()
    yield from closed(tables, 0)
