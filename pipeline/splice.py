"""Edges, parquet: one file per table, joined from fragments encoded apart, without decoding.

A parquet file is `PAR1`, the row groups' encoded pages, then a footer (the `FileMetaData`
in Thrift's compact protocol, its length, `PAR1`). The footer lists each row group's
column chunks by their byte offsets in the file. So fragments (small parquet files of the
same schema, one per segment of the corpus, see `pipeline.cache`) join into one file by
copying their pages as they are and writing one footer that lists all their row groups,
each offset shifted by where its fragment's pages now start. A rebuild then re-encodes
only the segment that changed; the others' pages are copied from the cache.

Only what a footer needs is read: the compact protocol's values, kept as written, so that
an unchanged footer encodes back to the same bytes. Fragments must have no page index
(whose locations are absolute and live outside the footer); `fragment_options` says how
the pipeline writes them.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

MAGIC = b"PAR1"

# How fragments are written: no page index (see above); statistics and dictionaries as usual.
fragment_options = {"compression": "zstd", "write_page_index": False}

# Compact protocol types (https://github.com/apache/thrift/blob/master/doc/specs/thrift-compact-protocol.md)
_TRUE, _FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = range(1, 13)

# Field ids in parquet.thrift that hold absolute file offsets, by struct.
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


def _encode_value(kind: int, value: object) -> bytes:
    if kind in (_I16, _I32, _I64):
        return _zigzag(value)
    if kind == _BINARY:
        return _varint(len(value)) + value
    if kind == _STRUCT:  # encoded already, or to encode
        return value if isinstance(value, bytes) else encode_struct(value)
    if kind in (_LIST, _SET):
        element, values = value
        size = len(values)
        header = (
            bytes([size << 4 | element]) if size < 15 else bytes([0xF0 | element]) + _varint(size)
        )
        return header + b"".join(_encode_value(element, item) for item in values)
    if kind == _MAP:
        key_type, value_type, pairs = value
        out = _varint(len(pairs)) + (bytes([key_type << 4 | value_type]) if pairs else b"")
        return out + b"".join(
            _encode_value(key_type, k) + _encode_value(value_type, v) for k, v in pairs
        )
    return value  # bool in a list, byte, double: kept as written


def encode_struct(fields: list[Field]) -> bytes:
    """A struct in the compact protocol, as `_Reader.struct` read it."""
    out, last = bytearray(), 0
    for field in fields:
        kind = (_TRUE if field.value else _FALSE) if field.type in (_TRUE, _FALSE) else field.type
        delta = field.id - last
        out += bytes([delta << 4 | kind]) if 0 < delta <= 15 else bytes([kind]) + _zigzag(field.id)
        if kind not in (_TRUE, _FALSE):
            out += _encode_value(kind, field.value)
        last = field.id
    out.append(0)
    return bytes(out)


def read_footer(fragment: bytes) -> list[Field]:
    """A parquet file's FileMetaData."""
    if len(fragment) < 12 or fragment[:4] != MAGIC or fragment[-4:] != MAGIC:
        raise SpliceError("not a parquet file (no PAR1 at both ends)")
    return _Reader(fragment[-8 - _footer_size(fragment) : -8]).struct()


def _field(fields: list[Field], field_id: int) -> Field | None:
    return next((field for field in fields if field.id == field_id), None)


def _shift(fields: list[Field], ids: tuple[int, ...], by: int) -> None:
    for field in fields:
        if field.id in ids:
            field.value += by


class SplicedWriter:
    """Writes one parquet file from fragments of the same schema, in the order appended.

    The footer is that of `template` (a fragment of the schema, usually empty: schema,
    Arrow schema with the columns' descriptions, writer) with every appended fragment's
    row groups. Use `append` then `close`.
    """

    def __init__(self, path: Path, template: bytes):
        self.footer = read_footer(template)
        self.row_groups: list[bytes] = []  # encoded, shifted and numbered
        self.rows = 0
        self.file: BinaryIO = path.open("wb")
        self.file.write(MAGIC)
        self.position = len(MAGIC)

    def append(self, fragment: bytes) -> int:
        """Copy a fragment's pages and remember its row groups; its number of rows."""
        footer = read_footer(fragment)
        pages = memoryview(fragment)[len(MAGIC) : len(fragment) - 8 - _footer_size(fragment)]
        shift = self.position - len(MAGIC)
        groups = _field(footer, _FILE_ROW_GROUPS)
        for group in groups.value[1] if groups else []:
            _shift(group, (_GROUP_FILE_OFFSET,), shift)
            for chunk in _field(group, _GROUP_COLUMNS).value[1]:
                if _field(chunk, _CHUNK_OFFSET_INDEX) or _field(chunk, _CHUNK_COLUMN_INDEX):
                    raise SpliceError("a fragment has a page index; write it without one")
                _shift(chunk, (_CHUNK_FILE_OFFSET,), shift)
                _shift(_field(chunk, _CHUNK_META).value, _META_OFFSETS, shift)
            if (ordinal := _field(group, _GROUP_ORDINAL)) is not None:
                if len(self.row_groups) > _MAX_ORDINAL:
                    raise SpliceError("more than 32,768 row groups; parquet numbers no more")
                ordinal.value = len(self.row_groups)
            self.row_groups.append(encode_struct(group))
        self.file.write(pages)
        self.position += len(pages)
        rows = _field(footer, _FILE_NUM_ROWS).value
        self.rows += rows
        return rows

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
        self.file.close()


def _footer_size(fragment: bytes) -> int:
    return int.from_bytes(fragment[-8:-4], "little")
