"""The database file: written in a storage format that DuckDB 1.4 (LTS) and later open."""

import shutil

from pipeline.build import run_build
from tests.conftest import RAW, SEED_FILE


def storage_number(path) -> int:
    """The storage version number in a DuckDB file's header: 8 bytes of checksum, `DUCK`,
    then the number as a little-endian 64-bit integer."""
    header = path.read_bytes()[:20]
    assert header[8:12] == b"DUCK"
    return int.from_bytes(header[12:20], "little")


def test_the_database_is_in_duckdb_1_4_storage(seed_build):
    # 67 is what DuckDB 1.4 writes and the newest it reads; DuckDB 2's own format is 999.
    assert storage_number(seed_build / "performance.duckdb") == 67


def test_a_rebuild_that_updates_the_database_keeps_its_storage(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(RAW, raw)
    seed = raw / SEED_FILE
    shutil.copy(seed, raw / "copy.txt")
    run_build(raw, out)
    seed.write_bytes(seed.read_bytes() + b"\n")
    summary = run_build(raw, out)  # copies the database and replaces the seed's rows
    assert (summary.files, summary.cached) == (2, 1)
    assert storage_number(out / "performance.duckdb") == 67
