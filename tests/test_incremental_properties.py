"""Incremental builds against fresh ones, under random edits to the raw folder.

Files are changed, added, deleted, renamed, touched, emptied, replaced by an error page or
rewritten with the same bytes, and `sources.csv` rows are changed or dropped, a few edits
at a time. After each round, a build that reuses the cache and the previous database
must give exactly what a fresh build (`use_cache=False`) of the same folder gives: the same
summary, parquet and report bytes, and database rows. Runs and segments are made tiny, so
that every edit lands among several of each.
"""

import os
import random
import shutil
import time
from pathlib import Path

import pytest

import pipeline.build.cache
import schemas
from benchmarks.corpus import generate_corpus
from pipeline.build.run import run_build
from tests.conftest import database_rows

ROUNDS = 4


def _corpus(folder: Path, files: int, seed: int) -> list[Path]:
    generate_corpus(folder, files, seed=seed)
    (folder / "expected.json").unlink()
    return sorted(folder.glob("*.txt"))


def _manifest(raw: Path) -> tuple[str, list[str]]:
    header, *rows = (raw / "sources.csv").read_text(encoding="utf-8").splitlines()
    return header, rows


def _write_manifest(raw: Path, header: str, rows: list[str]) -> None:
    (raw / "sources.csv").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def _insert_mark(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    data = path.read_bytes()
    at = rng.randrange(len(data) + 1)
    path.write_bytes(data[:at] + "。".encode() + data[at:])


def _delete(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    path.unlink()


def _add(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    if spares:
        spare = spares.pop(rng.randrange(len(spares)))
        shutil.copy(spare, raw / spare.name)


def _touch(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    later = time.time_ns() + rng.randrange(10**9)
    os.utime(path, ns=(later, later))


def _same_bytes(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data)


def _error_page(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    path.write_bytes(rng.choice([b"", b"<html><body>502 Bad Gateway</body></html>\n"]))


def _rename(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    path.rename(raw / (rng.choice(["0-", "zz-"]) + path.name))


def _change_row(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    header, rows = _manifest(raw)
    department = header.split(",").index("department")
    for index, row in enumerate(rows):
        cells = row.split(",")
        if cells[0] == path.name:
            cells[department] = f"某某局{rng.randrange(3)}"
            rows[index] = ",".join(cells)
    _write_manifest(raw, header, rows)


def _drop_row(rng: random.Random, raw: Path, path: Path, spares: list[Path]) -> None:
    header, rows = _manifest(raw)
    _write_manifest(raw, header, [row for row in rows if row.split(",")[0] != path.name])


EDITS = [
    _insert_mark,
    _delete,
    _add,
    _touch,
    _same_bytes,
    _error_page,
    _rename,
    _change_row,
    _drop_row,
]


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2])
def test_after_any_edits_a_rebuild_gives_what_a_fresh_build_gives(tmp_path, monkeypatch, seed):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 1)  # a run per file
    monkeypatch.setattr(pipeline.build.cache, "SEGMENT_RUNS", 2)  # a segment per ~2 runs
    rng = random.Random(seed)
    raw, out = tmp_path / "raw", tmp_path / "out"
    _corpus(raw, 10, seed)
    spares = _corpus(tmp_path / "spares", 20, seed + 100)[10:]  # not in raw
    run_build(raw, out, workers=2)
    for round_ in range(ROUNDS):
        edits = [rng.choice(EDITS) for _ in range(rng.randrange(1, 5))]
        for edit in edits:
            files = sorted(raw.glob("*.txt"))
            if edit is not _delete or len(files) > 3:
                edit(rng, raw, rng.choice(files), spares)
        rebuilt = run_build(raw, out, workers=rng.choice([1, 2]))
        fresh_out = tmp_path / f"fresh-{round_}"
        fresh = run_build(raw, fresh_out, use_cache=False)
        done = [edit.__name__ for edit in edits]
        assert (rebuilt.files, rebuilt.counts, rebuilt.severities, rebuilt.failed) == (
            fresh.files,
            fresh.counts,
            fresh.severities,
            fresh.failed,
        ), done
        pages = [p.relative_to(out).as_posix() for p in (out / "report").rglob("*.html")]
        fresh_pages = [
            p.relative_to(fresh_out).as_posix() for p in (fresh_out / "report").rglob("*.html")
        ]
        assert sorted(pages) == sorted(fresh_pages), done
        for name in [*(f"{table}.parquet" for table in schemas.TABLES), "report.html", *pages]:
            assert (out / name).read_bytes() == (fresh_out / name).read_bytes(), (done, name)
        assert database_rows(out) == database_rows(fresh_out), done
        shutil.rmtree(fresh_out)
