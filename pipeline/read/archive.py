"""Read floor, ZIP archives: a `.zip` (told by its bytes, `pipeline.read.formats`) -> its
members, each read as a raw file of its own.

A member's name is the archive's path under data/raw/ then the member's path inside it
(`downloads.zip/2025/表1.xlsx`): that is its document id and its `source_file`, so every row
traces to the archive and to the member in it. A zip inside a zip is read the same way
(`a.zip/b.zip/表1.xlsx`). Names stored without ZIP's UTF-8 flag, as Chinese Windows writes
them, are GBK bytes that `zipfile` decodes as cp437: they are decoded as GBK when they are
valid GBK. Folders, and what `pipeline.paths` sets aside in a raw folder (`__MACOSX/`,
`.DS_Store`, notes), are not members to read. A member that cannot be unpacked (damaged,
encrypted, an unknown compression) is an `ExtractError` of its own; the others are read.
So is a member that would unpack to more than `MAX_MEMBER_BYTES` (its size is read from the
archive before anything is unpacked). Members are unpacked one at a time, as they are read,
so an archive never sits in memory unpacked whole; an archive nested deeper than `MAX_NESTING` in
others (a ZIP that holds itself, a ZIP bomb) is one error, not read.
"""

import functools
import io
import zipfile
import zlib
from collections.abc import Callable

from pipeline import paths
from pipeline.read.text import ExtractError

# zipfile's flag for a name stored as UTF-8.
_UTF8_FLAG = 0x800

# How deep an archive may sit inside others (`a.zip/b.zip/c.zip/表.xlsx` is 2 deep); deeper is
# a ZIP that holds itself or a ZIP bomb, not a download.
MAX_NESTING = 4
# What one member may unpack to; a larger one is not unpacked into memory.
MAX_MEMBER_BYTES = 512 * 2**20

# What zipfile raises reading a damaged package or member (an archive's, or an Office, OpenDocument
# or OFD file's parts): a bad header or CRC, a broken deflate stream, a member cut short, a ZIP
# version or compression method it does not know, an encrypted member.
ZIP_DAMAGE = (
    zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, OSError,
    ValueError,
)  # fmt: skip

NO_MEMBERS = "a ZIP archive with no tables in it; unpack it to see what it holds"
DAMAGED_ARCHIVE = "a damaged ZIP archive ({detail}); download it again, or unpack it into data/raw/"
DAMAGED_MEMBER = (
    "a ZIP member that cannot be unpacked ({detail}); unpack the archive into data/raw/"
)
LARGE_MEMBER = (
    "a ZIP member that unpacks to {size:,} bytes, more than the {limit:,} a member may; "
    "unpack the archive into data/raw/"
)
DEEP_ARCHIVE = (
    "a ZIP archive inside {depth} others, deeper than {limit}; unpack it into data/raw/ "
    "to read what it holds"
)


def archive_members(
    source_file: str, data: bytes, depth: int = 0
) -> list[tuple[str, Callable[[], bytes]]]:
    """Each member to read, as (`<archive>/<member path>`, a function that unpacks it or
    raises an `ExtractError` saying why it cannot), in the archive's order: one member is in
    memory at a time. `depth` is how many archives this one is inside."""
    if depth > MAX_NESTING:
        raise ExtractError(source_file, 1, DEEP_ARCHIVE.format(depth=depth, limit=MAX_NESTING))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_DAMAGE as error:
        raise ExtractError(source_file, 1, DAMAGED_ARCHIVE.format(detail=error)) from None
    members = []
    for info in infos:
        name = member_name(info).replace("\\", "/").lstrip("/")
        if not info.is_dir() and paths.is_table_path(name):
            member = f"{source_file}/{name}"
            members.append((member, functools.partial(_unpack, archive, info, member)))
    if not members:
        raise ExtractError(source_file, 1, NO_MEMBERS)
    return members


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: str) -> bytes:
    """A member's bytes; an `ExtractError` when it would unpack to more than
    `MAX_MEMBER_BYTES` (as its entry says: zipfile reads no more than that) or cannot be
    unpacked."""
    if info.file_size > MAX_MEMBER_BYTES:
        why = LARGE_MEMBER.format(size=info.file_size, limit=MAX_MEMBER_BYTES)
        raise ExtractError(member, 1, why)
    try:
        return archive.read(info)
    except ZIP_DAMAGE as error:
        raise ExtractError(member, 1, DAMAGED_MEMBER.format(detail=error)) from None


def member_name(info: zipfile.ZipInfo) -> str:
    """A member's path as its archiver meant it: GBK bytes that zipfile read as cp437 are
    decoded as GBK; a name that is not valid GBK stays as zipfile read it."""
    name = info.filename
    if info.flag_bits & _UTF8_FLAG or name.isascii():
        return name
    try:
        return name.encode("cp437").decode("gbk")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name
