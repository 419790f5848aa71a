"""Shared fixtures: builds of the seed and of the damaged variants, made once per session;
and what the tests compare built databases by."""

import os
import shutil
from pathlib import Path

import duckdb
import pytest

import schemas
from pipeline import paths
from pipeline.build.run import run_build

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
RAW = ROOT / "data" / "raw"
VARIANTS = FIXTURES / "raw-variants"
SEED_FILE = "guangzhou-huadu-kgxj-2025.txt"


def database_rows(out) -> dict[str, list[tuple]]:
    """Every table's rows in a fixed order, and the views' and comments' names."""
    with duckdb.connect(str(out / "performance.duckdb"), read_only=True) as connection:
        rows = {
            table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in schemas.TABLES
        }
        rows["views"] = connection.execute(
            "SELECT view_name, comment FROM duckdb_views() WHERE NOT internal ORDER BY 1"
        ).fetchall()
    return rows


def leftovers(out) -> list[str]:
    """What builds left in `out/.builds` beside the folder of the outputs published: none
    once a build has ended, however it ended."""
    current = os.readlink(out / paths.CURRENT_NAME)
    builds = out / paths.BUILDS_DIR_NAME
    return sorted(name for name in os.listdir(builds) if f"{builds.name}/{name}" != current)


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed-build")
    run_build(RAW, out, use_cache=False)
    return out


def raw_folder(tmp_path_factory, fixtures: Path, name: str) -> Path:
    """A fixture folder's tables as a raw folder (expected.json is a test fixture, not a
    table), links followed."""
    raw = tmp_path_factory.mktemp(name)
    for path in fixtures.iterdir():
        if path.name != "expected.json":
            shutil.copy(path, raw / path.name)
    return raw


def built_tables(tmp_path_factory, fixtures: Path, name: str) -> Path:
    """A fixture folder's tables (.txt, .csv) with its sources.csv built, no file failing: the
    built database."""
    raw = tmp_path_factory.mktemp(f"{name}-raw")
    for path in fixtures.iterdir():
        if path.suffix in (".txt", ".csv"):
            shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp(f"{name}-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


@pytest.fixture(scope="session")
def variants_raw(tmp_path_factory) -> Path:
    """The raw-variant tables as a raw folder."""
    return raw_folder(tmp_path_factory, VARIANTS, "variants-raw")


@pytest.fixture(scope="session")
def variants_build(tmp_path_factory, variants_raw) -> Path:
    out = tmp_path_factory.mktemp("variants-build")
    run_build(variants_raw, out, use_cache=False)
    return out
