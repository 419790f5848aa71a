"""Edges, locations: the one module that knows where raw inputs and built outputs live."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "data" / "raw"
PROCESSED_DIR = ROOT / "data" / "processed"

MANIFEST_NAME = "sources.csv"
DATABASE_NAME = "performance.duckdb"
REPORT_NAME = "report.html"
CACHE_DIR_NAME = ".cache"
# In an output folder (see `pipeline.publish`): a folder per build, a link to the one whose
# outputs are published, and the lock a build holds.
BUILDS_DIR_NAME = ".builds"
CURRENT_NAME = ".current"
LOCK_NAME = ".lock"

# Files in data/raw/ that are not tables.
NOT_TABLES = {MANIFEST_NAME, "README.md", ".gitkeep"}


def raw_files(raw_dir: Path) -> list[str]:
    """Every table file under `raw_dir`, as its path relative to `raw_dir` ("a/b.txt"),
    ordered by path components. Files and folders whose names start with "." are skipped;
    a broken link is kept, to be reported rather than skipped."""
    found = []
    for folder, folders, files in os.walk(raw_dir):
        folders[:] = [name for name in folders if not name.startswith(".")]
        prefix = os.path.relpath(folder, raw_dir).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        found += [
            prefix + name for name in files if not name.startswith(".") and name not in NOT_TABLES
        ]
    # "/" as the lowest character orders by components, as name.split("/") would, 6x faster.
    return sorted(found, key=lambda name: name.replace("/", "\0"))


def parquet_path(out_dir: Path, table: str) -> Path:
    return out_dir / f"{table}.parquet"
