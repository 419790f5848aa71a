"""Edges, the manifest: what is known of each raw file before it is read: what sources.csv
says about it (`Source`) and its document id. A mistake in sources.csv (a column it does not
have, a file listed twice, a bad year) stops the build with the line to correct, rather
than a row being dropped or a value ignored.

Light on purpose: planning a build reads it before anything heavy is imported, so that an
up-to-date build can stop without loading pandas, pandera or DuckDB.
"""

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from pipeline import PipelineError, paths

# The fiscal years a document may have (documents.fiscal_year is checked against them too).
FIRST_YEAR, LAST_YEAR = 1990, 2100


def document_id_for(source_file: str) -> str:
    """A document's id: its file's path under the raw folder, subfolders and extension
    included ("2024/a.txt"), so that no two files share one, stable across builds. The
    ids of its rows are made from it (`<document_id>:p<n>`)."""
    return source_file


class ManifestError(PipelineError):
    """sources.csv cannot be read: not a file, not text, a column it does not have, a file
    listed twice, or a bad fiscal year."""


class Source(NamedTuple):
    """What `sources.csv` says about one raw file; empty strings are read as unknown. A
    named tuple: a national year's manifest makes 200,000, and it is 4x faster to make
    than a frozen dataclass."""

    fiscal_year: int | None = None
    region: str | None = None
    department: str | None = None
    source_url: str | None = None
    retrieved: str | None = None


# The columns sources.csv may have, in their usual order; only `file` must be there.
COLUMNS = ("file", *Source._fields)


@dataclass(frozen=True, slots=True)
class Manifest:
    """sources.csv: each file's `Source` and the line it is listed on, by file name, and a
    digest of the bytes they were read from (None when there is no sources.csv)."""

    sources: dict[str, Source]
    lines: dict[str, int]
    digest: str | None


def read_manifest(raw_dir: Path) -> Manifest:
    """sources.csv, read. No manifest: every file is unknown. UTF-8 or GB18030, since it is
    often saved from a spreadsheet."""
    path = raw_dir / paths.MANIFEST_NAME
    if not path.exists():
        return Manifest({}, {}, None)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ManifestError(
            f"{path}: cannot be read ({error.strerror}); make it a readable CSV file, or "
            "remove it to build without one"
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise ManifestError(
                f"{path}:{line}: not UTF-8 or GB18030 text; save it as UTF-8 CSV"
            ) from error
    reader = csv.reader(io.StringIO(text))
    # Read by position: a national year's manifest has 200,000 rows; DictReader takes
    # twice as long.
    position = _columns(path, next(reader, []))
    sources, lines = {}, {}
    for row in reader:
        if not any(row):  # a blank line, or a spreadsheet's ",,,"
            continue
        cells = {
            name: row[index].strip() if index < len(row) else "" for name, index in position.items()
        }
        name = cells["file"]
        if not name:
            raise ManifestError(
                f"{path}:{reader.line_num}: a row with no file; name the file it is about, "
                "or delete the row"
            )
        if name in lines:
            raise ManifestError(
                f"{path}:{reader.line_num}: {name} is listed twice (lines {lines[name]} and "
                f"{reader.line_num}); keep one row"
            )
        year = cells.get("fiscal_year", "")
        if year and not (year.isdigit() and FIRST_YEAR <= int(year) <= LAST_YEAR):
            raise ManifestError(
                f"{path}:{reader.line_num}: fiscal_year {year!r} is not a year from "
                f"{FIRST_YEAR} to {LAST_YEAR}; write e.g. 2025"
            )
        lines[name] = reader.line_num
        sources[name] = Source(
            int(year) if year else None,
            *(
                cells.get(key) or None
                for key in ("region", "department", "source_url", "retrieved")
            ),
        )
    return Manifest(sources, lines, hashlib.sha256(data).hexdigest())


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    """Each column's position, from the header row: every name one of COLUMNS, once."""
    position: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = cell.strip()
        if name not in COLUMNS:
            raise ManifestError(
                f"{path}:1: unknown column {name!r} (column {index + 1}); the columns are "
                f"{', '.join(COLUMNS)}: rename it or delete it"
            )
        if name in position:
            raise ManifestError(
                f"{path}:1: column {name!r} is there twice (columns {position[name] + 1} and "
                f"{index + 1}); keep one"
            )
        position[name] = index
    if "file" not in position:
        raise ManifestError(f"{path}:1: sources.csv needs a header row with a `file` column")
    return position
