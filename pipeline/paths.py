"""Edges, locations: the one module that knows where raw inputs and built outputs live, and
which files in the raw folder are tables."""

import os
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "data" / "raw"
PROCESSED_DIR = ROOT / "data" / "processed"

MANIFEST_NAME = "sources.csv"
DATABASE_NAME = "performance.duckdb"
REPORT_NAME = "report.html"  # the index; each document's page is in REPORT_DIR_NAME
REPORT_DIR_NAME = "report"
# The longest file name, in bytes, the file systems the outputs are written to take (ext4,
# APFS, NTFS: 255): a name the build makes from a raw file's is cut to fit.
NAME_BYTES = 255
CACHE_DIR_NAME = ".cache"
# In an output folder (see `pipeline.build.publish`): a folder per build, a link to the one whose
# outputs are published, and the lock a build holds.
BUILDS_DIR_NAME = ".builds"
CURRENT_NAME = ".current"
LOCK_NAME = ".lock"

# Files under data/raw/ that are not tables, by name (in any case): set aside with a note,
# never read. Every other file is read as a table, in any subfolder.
NOT_TABLE_PREFIXES = (
    ".",  # hidden: .DS_Store, .gitkeep, an editor's .swp
    "~$",  # the lock file an office suite leaves beside an open workbook
    "readme",  # notes, whatever their format
    "notes",
    "license",
    "licence",
    "changelog",
)
NOT_TABLE_SUFFIXES = (
    ".rst",  # notes, by their format
    "~",  # an editor's backup
    ".py",  # scripts kept beside the downloads (a download script, a fixture's maker)
    ".sh",
)
# Notes by their format, unless a file holds a table: a converter's or a portal's Markdown of
# one (`pipeline.read.markdown.is_markdown`); a ZIP archive's members are set aside by name.
NOTES_UNLESS_TABLE = (".md", ".markdown")
NOT_TABLE_NAMES = {
    "thumbs.db",  # what Windows leaves in a folder
    "ehthumbs.db",
    "desktop.ini",
    MANIFEST_NAME,  # read from the top folder only
}
# Folders under data/raw/ that hold no tables, by the start of their name (in any case):
# set aside whole, with a note, not walked.
NOT_TABLE_FOLDERS = (
    ".",  # hidden: .git, .cache
    "__macosx",  # the resource forks a Mac adds to a zip archive
)
# Set aside without a note, as they belong there: the manifest, and git's placeholder in
# an otherwise empty folder.
EXPECTED = {MANIFEST_NAME, ".gitkeep"}


def _is_table(name: str) -> bool:
    """Whether a file of this name (no folder) is read as a table."""
    name = name.lower()
    return not (
        name.startswith(NOT_TABLE_PREFIXES)
        or name.endswith(NOT_TABLE_SUFFIXES + NOTES_UNLESS_TABLE)
        or name in NOT_TABLE_NAMES
    )


def _holds_table(path: Path) -> bool:
    """Whether a file named as notes by its format only (`NOTES_UNLESS_TABLE`) holds a table,
    and is read as one."""
    name = path.name.lower()
    if not name.endswith(NOTES_UNLESS_TABLE) or name.startswith(NOT_TABLE_PREFIXES):
        return False
    from pipeline.read.markdown import is_markdown  # the read floor imports this module
    from pipeline.read.text import ExtractError, decode

    try:
        return is_markdown(decode(path.name, path.read_bytes())[0], grids=True)
    except (OSError, ExtractError):
        return False


def is_table_path(relative: str) -> bool:
    """Whether a file at this path ("a/b.txt", relative to a raw folder or inside a ZIP
    archive) is read as a table: its name is, and no folder on its way is set aside."""
    *folders, name = relative.split("/")
    return _is_table(name) and not any(
        folder.lower().startswith(NOT_TABLE_FOLDERS) for folder in folders
    )


class RawFiles(NamedTuple):
    """What is in a raw folder, as paths relative to it ("a/b.txt"), ordered by path."""

    tables: list[str]
    set_aside: list[str]  # files and folders ("a/.git/") that are not tables, to note


def path_order(name: str) -> str:
    """The sort key of a relative path that orders it by components, as name.split("/")
    would ("a/b.txt" before "a-b.txt"), 6x faster: "/" becomes the lowest character."""
    return name.replace("/", "\0")


def raw_files(raw_dir: Path) -> RawFiles:
    """Every file under `raw_dir`, tables told from what is not (NOT_TABLE_PREFIXES, ...,
    NOT_TABLE_FOLDERS; a file named as notes that holds a table is one, `NOTES_UNLESS_TABLE`).
    A broken link is a table, to be reported rather than skipped."""
    tables, set_aside = [], []
    for folder, folders, files in os.walk(raw_dir):
        prefix = os.path.relpath(folder, raw_dir).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        walked = [name for name in folders if not name.lower().startswith(NOT_TABLE_FOLDERS)]
        set_aside += [prefix + name + "/" for name in folders if name not in walked]
        folders[:] = walked
        for name in files:
            if _is_table(name) or _holds_table(Path(folder) / name):
                tables.append(prefix + name)
            elif prefix + name not in EXPECTED:
                set_aside.append(prefix + name)
    return RawFiles(sorted(tables, key=path_order), sorted(set_aside, key=path_order))


def parquet_path(out_dir: Path, table: str) -> Path:
    return out_dir / f"{table}.parquet"
