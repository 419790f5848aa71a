"""Read floor: the streams of an OLE2 compound file ([MS-CFB]), the container of the old
binary Office formats: an .xls's `Workbook` (`pipeline.read.workbook`, for its date system) and
a Word 97–2003 document's `WordDocument` and table streams (`pipeline.read.word97`).
"""

import struct

# Sector numbers from this one up end a chain or mark a special sector; a directory entry of
# this type is a stream.
_SPECIAL_SECTOR = 0xFFFFFFFA
_STREAM_ENTRY = 2


def ole2_stream(data: bytes, names: tuple[str, ...]) -> bytes:
    """The first of these streams that an OLE2 compound file ([MS-CFB]) holds; ValueError or
    struct.error when its structure cannot be followed to one."""
    shift, mini_shift = struct.unpack_from("<HH", data, 30)
    _, directory, _, cutoff, mini_fat, _, difat, difat_count = struct.unpack_from("<8I", data, 44)
    size, mini_size = 1 << shift, 1 << mini_shift

    def sector(n: int) -> bytes:
        return data[(n + 1) * size : (n + 2) * size]

    fat_sectors = list(struct.unpack_from("<109I", data, 76))
    for _ in range(min(difat_count, len(data) // size)):  # a DIFAT that loops ends there
        *more, difat = _uint32s(sector(difat))
        fat_sectors += more
    fat = _uint32s(b"".join(sector(n) for n in fat_sectors if n < _SPECIAL_SECTOR))
    entries = _chained(directory, fat, sector)
    streams: dict[str, tuple[int, int]] = {}
    for at in range(0, len(entries) - 127, 128):
        name_length, kind = struct.unpack_from("<HB", entries, at + 64)
        name = entries[at : at + max(name_length - 2, 0)].decode("utf-16-le", "replace")
        if kind == _STREAM_ENTRY:
            streams.setdefault(name, struct.unpack_from("<II", entries, at + 116))
    start, length = next((streams[name] for name in names if name in streams), (None, 0))
    if start is None:
        raise ValueError(f"no {' or '.join(names)} stream")
    if length >= cutoff:
        return _chained(start, fat, sector)[:length]
    # A small stream is in the mini stream, whose sectors the root entry (the first) chains.
    mini = _chained(struct.unpack_from("<I", entries, 116)[0], fat, sector)
    mini_table = _uint32s(_chained(mini_fat, fat, sector))
    return _chained(start, mini_table, lambda n: mini[n * mini_size : (n + 1) * mini_size])[:length]


def _chained(start: int, table: tuple[int, ...], unit) -> bytes:
    """The units (sectors) of a chain in an OLE2 allocation table, joined; a chain that loops
    or leaves the table ends there."""
    units: list[bytes] = []
    n = start
    while n < len(table) and len(units) < len(table):
        units.append(unit(n))
        n = table[n]
    return b"".join(units)


def _uint32s(data: bytes) -> tuple[int, ...]:
    return struct.unpack_from(f"<{len(data) // 4}I", data)
