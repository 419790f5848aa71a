"""Edges, parquet: one file per table, joined from fragments encoded apart, without decoding.

A parquet file is `PAR1`, the row groups' encoded pages, then a footer (the `FileMetaData`
in Thrift's compact protocol, its length, `PAR1`). The footer lists each row group's
column chunks by their byte offsets in the file. So fragments (small parquet files of the
same schema, one per segment of the corpus, see `pipeline.build.cache`) join into one file by
copying their pages as they are and writing one footer that lists all their row groups,
each offset shifted by where its fragment's pages now start. A rebuild then re-encodes
only the segment that changed; the others' pages are copied from the cache.

Only what a footer needs is read: the compact protocol's values, kept as written, so that
an unchanged footer encodes back to the same bytes. Fragments must have no page index
(whose locations are absolute and live outside the footer); `fragment_options` says how
the pipeline writes them.
"""

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"PAR1"

# How fragments are written: no page index (see above); statistics and dictionaries as usual.
fragment_options = {"compression": "zstd", "write_page_index": False}

# Compact protocol types (https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md)
_TRUE, _FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(1, 13)

# Field ids in parquet.thrift that the join reads or rewrites, by struct.
_FILE_NUM_ROWS, _FILE_ROW_GROUPS = 3, 4
_GROUP_COLUMNS, _GROUP_FILE_OFFSET, _GROUP_ORDINAL = 1, 5, 7
_CHUNK_FILE_OFFSET, _CHUNK_META, _CHUNK_OFFSET_INDEX, _CHUNK_COLUMN_INDEX = 2, 3, 4, 6
_META_OFFSETS = (9, 10, 11, 14)  # data, index and dictionary pages; bloom filter
_MAX_ORDINAL = 2**15 - 1  # a row group's ordinal is an i16


class SpliceError(ValueError):
    """A fragment that cannot be joined: not parquet, or written with a page index."""


@dataclass(slots=True)
class Field:
    """One field of a Thrift struct: its id, compact type and value (a list of fields for a
    struct; (element type, values) for a list or set; (key type, value type, pairs) for a
    map; bytes for binary and fixed-size values)."""

    id: int
    type: int
    value: object


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def byte(self) -> int:
        self.at += 1
        return self.data[self.at - 1]

    def raw(self, size: int) -> bytes:
        self.at += size
        return self.data[self.at - size : self.at]

    def varint(self) -> int:
        shift = result = 0
        while True:
            byte = self.byte()
            result |= (byte & 0x7F) << shift
            if byte < 0x80:
                return result
            shift += 7

    def zigzag(self) -> int:
        value = self.varint()
        return (value >> 1) ^ -(value & 1)

    def value(self, kind: int) -> object:
        if kind in (_I16, _I32, _I64):
            return self.zigzag()
        if kind == _BINARY:
            return self.raw(self.varint())
        if kind == _STRUCT:
            return self.struct()
        if kind in (_LIST, _SET):
            header = self.byte()
            size = header >> 4 if header >> 4 != 15 else self.varint()
            element = header & 0x0F
            return element, [self.value(element) for _ in range(size)]
        if kind == _MAP:
            size = self.varint()
            types = self.byte() if size else 0
            pairs = [(self.value(types >> 4), self.value(types & 0x0F)) for _ in range(size)]
            return types >> 4, types & 0x0F, pairs
        if kind in (_TRUE, _FALSE, _BYTE):  # a bool inside a list is one byte, as is a byte
            return self.raw(1)
        if kind == _DOUBLE:
            return self.raw(8)
        raise SpliceError(f"unknown Thrift compact type {kind} at byte {self.at}")

    def struct(self) -> list[Field]:
        fields, last = [], 0
        while header := self.byte():
            kind, delta = header & 0x0F, header >> 4
            last = last + delta if delta else self.zigzag()
            value = kind == _TRUE if kind in (_TRUE, _FALSE) else self.value(kind)
            fields.append(Field(last, kind, value))
        return fields


def _varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _zigzag(value: int) -> bytes:
    return _varint((value << 1) ^ (value >> 63))


# While a row group is encoded, each file offset in it is left as a slot to fill when the
# fragment is appended: an `_Offset`, whose value is as the fragment wrote it.
@dataclass(frozen=True, slots=True)
class _Offset:
    value: int


_ORDINAL = -1  # the value of the slot of a row group's ordinal (its number in the file)


def _encode_value(kind: int, value: object, out: list) -> None:
    """Append a value's encoding to `out`: bytes, and `_Offset` slots."""
    if isinstance(value, _Offset):
        out.append(value)
    elif kind in (_I16, _I32, _I64):
        out.append(_zigzag(value))
    elif kind == _BINARY:
        out += (_varint(len(value)), value)
    elif isinstance(value, bytes):  # a struct encoded already; a byte, double, list bool
        out.append(value)
    elif kind == _STRUCT:
        _encode_struct(value, out)
    elif kind in (_LIST, _SET):
        element, values = value
        size = len(values)
        out.append(
            bytes([size << 4 | element]) if size < 15 else bytes([0xF0 | element]) + _varint(size)
        )
        for item in values:
            _encode_value(element, item, out)
    elif kind == _MAP:
        key_type, value_type, pairs = value
        out.append(_varint(len(pairs)) + (bytes([key_type << 4 | value_type]) if pairs else b""))
        for key, item in pairs:
            _encode_value(key_type, key, out)
            _encode_value(value_type, item, out)
    else:
        raise SpliceError(f"cannot encode a value of Thrift compact type {kind}")


def _encode_struct(fields: list[Field], out: list) -> None:
    last = 0
    for field in fields:
        kind = (_TRUE if field.value else _FALSE) if field.type in (_TRUE, _FALSE) else field.type
        delta = field.id - last
        out.append(
            bytes([delta << 4 | kind]) if 0 < delta <= 15 else bytes([kind]) + _zigzag(field.id)
        )
        if kind not in (_TRUE, _FALSE):
            _encode_value(kind, field.value, out)
        last = field.id
    out.append(b"\0")


def encode_struct(fields: list[Field]) -> bytes:
    """A struct in the compact protocol, as `_Reader.struct` read it."""
    out: list[bytes] = []
    _encode_struct(fields, out)
    return b"".join(out)


def read_footer(fragment: bytes) -> list[Field]:
    """A parquet file's FileMetaData."""
    if len(fragment) < 12 or fragment[:4] != MAGIC or fragment[-4:] != MAGIC:
        raise SpliceError("not a parquet file (no PAR1 at both ends)")
    try:
        return _Reader(fragment[-8 - _footer_size(fragment) : -8]).struct()
    except IndexError:
        raise SpliceError("the parquet footer is cut short") from None


def _field(fields: list[Field], field_id: int) -> Field | None:
    return next((field for field in fields if field.id == field_id), None)


def _slots(fields: list[Field], ids: tuple[int, ...]) -> None:
    for field in fields:
        if field.id in ids:
            field.value = _Offset(field.value)


@dataclass(frozen=True, slots=True)
class Layout:
    """What appending a fragment needs: its number of rows, and each row group as its
    footer encodes it, cut where its file offsets (and ordinal) are. Reading a footer
    takes a few milliseconds of Python; a layout is made once (`layout`) and cached with
    its fragment, so that joining the cached fragments only fills in offsets."""

    rows: int
    # Per row group: encoded bytes, alternating with the offsets between them (as the
    # fragment wrote them; -1 for the ordinal).
    row_groups: tuple[tuple[bytes | int, ...], ...]


def layout(fragment: bytes) -> Layout:
    """A fragment's layout (see `Layout`)."""
    footer = read_footer(fragment)
    row_groups = []
    groups = _field(footer, _FILE_ROW_GROUPS)
    for group in groups.value[1] if groups else []:
        _slots(group, (_GROUP_FILE_OFFSET,))
        for chunk in _field(group, _GROUP_COLUMNS).value[1]:
            if _field(chunk, _CHUNK_OFFSET_INDEX) or _field(chunk, _CHUNK_COLUMN_INDEX):
                raise SpliceError("a fragment has a page index; write it without one")
            _slots(chunk, (_CHUNK_FILE_OFFSET,))
            _slots(_field(chunk, _CHUNK_META).value, _META_OFFSETS)
        if (ordinal := _field(group, _GROUP_ORDINAL)) is not None:
            ordinal.value = _Offset(_ORDINAL)
        out: list[bytes | _Offset] = []
        _encode_struct(group, out)
        parts: list[bytes | int] = [b""]
        for part in out:
            if isinstance(part, _Offset):
                parts += (part.value, b"")
            else:
                parts[-1] += part
        row_groups.append(tuple(parts))
    return Layout(_field(footer, _FILE_NUM_ROWS).value, tuple(row_groups))


class SplicedWriter:
    """Writes one parquet file from fragments of the same schema, in the order appended.

    The footer is that of `template` (a fragment of the schema, usually empty: schema,
    Arrow schema with the columns' descriptions, writer) with every appended fragment's
    row groups. Use `append` then `close`.
    """

    def __init__(self, path: Path, template: bytes):
        self.footer = read_footer(template)
        self.row_groups: list[bytes] = []  # encoded, offsets filled in and numbered
        self.rows = 0
        self.file: BinaryIO = path.open("wb")
        self.file.write(MAGIC)
        self.position = len(MAGIC)

    def append(self, fragment: bytes, fragment_layout: Layout | None = None) -> int:
        """Copy a fragment's pages and add its row groups, from its layout (made here when
        not given); its number of rows."""
        found = fragment_layout or layout(fragment)
        pages = memoryview(fragment)[len(MAGIC) : len(fragment) - 8 - _footer_size(fragment)]
        shift = self.position - len(MAGIC)
        for parts in found.row_groups:
            ordinal = len(self.row_groups)
            if ordinal > _MAX_ORDINAL:
                raise SpliceError("more than 32,768 row groups; parquet numbers no more")
            self.row_groups.append(
                b"".join(
                    part
                    if isinstance(part, bytes)
                    else _zigzag(ordinal if part == _ORDINAL else part + shift)
                    for part in parts
                )
            )
        self.file.write(pages)
        self.position += len(pages)
        self.rows += found.rows
        return found.rows

    def close(self) -> None:
        """Write the footer: the template's, with every row group appended."""
        fields = []
        for field in self.footer:
            if field.id == _FILE_NUM_ROWS:
                field = Field(field.id, field.type, self.rows)
            elif field.id == _FILE_ROW_GROUPS:
                field = Field(field.id, field.type, (_STRUCT, self.row_groups))
            fields.append(field)
        footer = encode_struct(fields)
        self.file.write(footer + len(footer).to_bytes(4, "little") + MAGIC)
        self.file.close()

    def discard(self) -> None:
        """Close without finishing: the build failed, and the file goes with its staging
        folder (so a failure to flush it, on a full disk, does not matter)."""
        with contextlib.suppress(OSError):
            self.file.close()


def _footer_size(fragment: bytes) -> int:
    return int.from_bytes(fragment[-8:-4], "little")
