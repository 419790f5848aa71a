"""Edges, locations: the one module that knows where raw inputs and built outputs live."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW_DIR = ROOT / "data" / "raw"
PROCESSED_DIR = ROOT / "data" / "processed"

MANIFEST_NAME = "sources.csv"
DATABASE_NAME = "performance.duckdb"
REPORT_NAME = "report.html"
CACHE_DIR_NAME = ".cache"
STAGING_PREFIX = ".staging-"

# Files in data/raw/ that are not tables.
NOT_TABLES = {MANIFEST_NAME, "README.md", ".gitkeep"}


def raw_files(raw_dir: Path) -> list[Path]:
    """Every table file under `raw_dir`, in a defined order (by relative path)."""
    return sorted(
        path
        for path in raw_dir.rglob("*")
        if (path.is_file() or path.is_symlink())  # a broken link is reported, not skipped
        and path.name not in NOT_TABLES
        and not any(part.startswith(".") for part in path.relative_to(raw_dir).parts)
    )


def parquet_path(out_dir: Path, table: str) -> Path:
    return out_dir / f"{table}.parquet"
