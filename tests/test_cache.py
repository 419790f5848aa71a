"""Incremental builds: the caches, the up-to-date check, version invalidation and the
database a rebuild updates."""

import hashlib
import os
import shutil
import sys

import duckdb
import pyarrow.parquet as pq
import pytest

import pipeline.build.cache
import pipeline.build.workers
import schemas
from benchmarks.corpus import generate_corpus
from pipeline import paths
from pipeline.build.run import run_build
from pipeline.outputs.write import TableWriter
from tests.conftest import RAW, ROOT, SEED_FILE, database_rows


def test_rebuild_reads_only_the_changed_file_and_gives_the_same_bytes(tmp_path, variants_raw):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    out = tmp_path / "out"
    first = run_build(raw, out)
    assert (first.files, first.cached, first.is_up_to_date) == (4, 0, False)
    before = {path.name: path.read_bytes() for path in out.glob("*.parquet")}

    unchanged = run_build(raw, out)
    assert (unchanged.cached, unchanged.is_up_to_date) == (4, True)
    assert unchanged.counts == first.counts
    assert unchanged.severities == first.severities

    changed = raw / "edu-two-units.txt"
    changed.write_bytes(changed.read_bytes() + b"\n")
    second = run_build(raw, out)
    assert (second.cached, second.is_up_to_date) == (3, False)
    after = {path.name: path.read_bytes() for path in out.glob("*.parquet")}
    assert {name for name in before if after[name] != before[name]} == {"documents.parquet"}
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [
        d["sha256"] == hashlib.sha256((raw / d["source_file"]).read_bytes()).hexdigest()
        for d in documents
    ] == [True] * 4


def _add_module_to_a_subpackage(root, site, monkeypatch):
    (root / "pipeline" / "vocabularies").mkdir()
    (root / "pipeline" / "vocabularies" / "units.py").write_text('UNITS = ("万元",)\n')


def _add_data_file_to_a_subfolder(root, site, monkeypatch):
    (root / "schemas" / "data").mkdir()
    (root / "schemas" / "data" / "units.csv").write_text("unit\n万元\n", encoding="utf-8")


def _upgrade_a_dependency(root, site, monkeypatch):
    (site / "pandas-3.1.1.dist-info").rename(site / "pandas-3.1.2.dist-info")


def _change_python(root, site, monkeypatch):
    monkeypatch.setattr(sys, "version", "3.11.99 (main) [GCC]")


def _bump_the_release(root, site, monkeypatch):
    monkeypatch.setattr(pipeline.build.cache, "PIPELINE_VERSION", "test-next")


def _checkout(tmp_path):
    """A copy of the packages' files, as another checkout of the code would hold them."""
    root = tmp_path / "checkout"
    for package in ("pipeline", "schemas"):
        shutil.copytree(
            ROOT / package, root / package, ignore=shutil.ignore_patterns("__pycache__")
        )
    return root


@pytest.mark.slow
@pytest.mark.parametrize(
    "change",
    [
        _add_module_to_a_subpackage,
        _add_data_file_to_a_subfolder,
        _upgrade_a_dependency,
        _change_python,
        _bump_the_release,
    ],
)
def test_each_change_to_what_rows_depend_on_rebuilds_rather_than_serving_cached_rows(
    tmp_path, monkeypatch, change
):
    root = _checkout(tmp_path)
    site = tmp_path / "site"  # where an installer leaves a distribution's name and version
    (site / "pandas-3.1.1.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(site)
    monkeypatch.setattr(paths, "ROOT", root)
    version = pipeline.build.cache._code_version()
    monkeypatch.setattr(pipeline.build.cache, "CODE_VERSION", version)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    out = tmp_path / "out"
    first = run_build(raw, out)
    assert run_build(raw, out).is_up_to_date

    change(root, site, monkeypatch)
    next_version = pipeline.build.cache._code_version()
    assert next_version != version
    monkeypatch.setattr(pipeline.build.cache, "CODE_VERSION", next_version)
    rebuilt = run_build(raw, out)
    assert (rebuilt.cached, rebuilt.is_up_to_date, rebuilt.counts) == (0, False, first.counts)


def test_the_code_version_is_the_same_in_any_checkout_and_ignores_bytecode(tmp_path, monkeypatch):
    root = _checkout(tmp_path)
    monkeypatch.setattr(paths, "ROOT", root)
    assert pipeline.build.cache._code_version() == pipeline.build.cache.CODE_VERSION
    (root / "pipeline" / "__pycache__").mkdir()
    (root / "pipeline" / "__pycache__" / "cache.cpython-311.pyc").write_bytes(b"\x00" * 16)
    assert pipeline.build.cache._code_version() == pipeline.build.cache.CODE_VERSION


def test_a_deleted_output_is_rebuilt_from_the_cache(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    out = tmp_path / "out"
    run_build(raw, out)
    (out / "report.html").unlink()
    rebuilt = run_build(raw, out)
    assert (rebuilt.cached, rebuilt.is_up_to_date) == (1, False)
    assert (out / "report.html").exists()


def test_progress_counts_files_on_one_line_with_the_pace_and_time_left(capsys):
    from pipeline.build.run import StderrProgress

    times = iter([100.0, 100.5, 102.0, 190.0, 400.0, 431.25])  # the first when it starts
    progress = StderrProgress(clock=lambda: next(times))
    for done in (1, 100, 9_000, 10_000, 20_000):
        progress(done, 20_000)
    assert capsys.readouterr().err == (
        "\rbuilding: 1/20,000 files"
        "\rbuilding: 100/20,000 files, 50 files/s, about 6 min 38 s left"
        "\rbuilding: 9,000/20,000 files, 100 files/s, about 1 min 50 s left"
        "\rbuilding: 10,000/20,000 files, 33 files/s, about 5 min 00 s left"
        "\rbuilding: 20,000/20,000 files in 5 min 31 s" + " " * 21 + "\n"  # blanks the longer line
    )


def test_a_short_build_shows_its_seconds(capsys):
    from pipeline.build.run import StderrProgress

    times = iter([0.0, 0.4, 1.25])
    progress = StderrProgress(clock=lambda: next(times))
    progress(1, 2)
    progress(2, 2)
    assert capsys.readouterr().err == "\rbuilding: 1/2 files\rbuilding: 2/2 files in 1 s\n"


@pytest.mark.slow
def test_progress_is_reported_per_run_built_and_per_segment_copied(
    tmp_path, variants_raw, monkeypatch
):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 1)  # a run per file
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    reported = []

    def build(out):
        reported.clear()
        run_build(raw, out, progress=lambda done, total: reported.append((done, total)))
        return reported

    monkeypatch.setattr(pipeline.build.cache, "SEGMENT_RUNS", 10**6)  # one segment of four runs
    assert build(tmp_path / "one") == [(1, 4), (2, 4), (3, 4), (4, 4)]
    monkeypatch.setattr(pipeline.build.cache, "SEGMENT_RUNS", 1)  # a segment per run
    build(tmp_path / "four")
    changed = raw / "edu-two-units.txt"  # the last file
    changed.write_bytes(changed.read_bytes() + b"\n")
    assert build(tmp_path / "four") == [(1, 4), (2, 4), (3, 4), (4, 4)]  # 3 copied, 1 built


@pytest.mark.slow
def test_cache_keeps_only_what_the_current_files_need(tmp_path, variants_raw):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    out = tmp_path / "out"
    run_build(raw, out)
    changed = raw / "edu-two-units.txt"
    changed.write_bytes(changed.read_bytes() + b"\n")
    (raw / "edu-truncated.txt").unlink()
    run_build(raw, out)
    assert len(list((out / ".cache").glob("*.pickle"))) == 3
    unread = tmp_path / "unread"
    unread.mkdir()
    (unread / "empty.txt").write_bytes(b"")
    assert run_build(unread, tmp_path / "out-unread", use_cache=False).files == 1
    # A corpus with no table read still gets every table, with no rows but the failed
    # document's, its finding and the taxonomy's.
    rows = {
        name: pq.read_metadata(tmp_path / "out-unread" / f"{name}.parquet").num_rows
        for name in schemas.TABLES
    }
    assert rows == {
        **dict.fromkeys(schemas.TABLES, 0),
        "documents": 1,
        "findings": 1,
        "indicator_categories": 16,
    }


def test_a_pipeline_bug_on_one_file_fails_that_file_only(tmp_path, variants_raw, monkeypatch):
    real = pipeline.build.workers.process_file

    def broken_on_one(source_file, data, source):
        if source_file == "edu-two-units.txt":
            raise KeyError("level3")
        return real(source_file, data, source)

    monkeypatch.setattr(pipeline.build.workers, "process_file", broken_on_one)
    summary = run_build(variants_raw, tmp_path / "out", use_cache=False)
    assert [(f["source_file"], f["message"]) for f in summary.failed] == [
        (
            "edu-two-units.txt",
            "the pipeline failed on this file (KeyError: 'level3'); this is a bug: please report it with the file",
        )
    ]
    assert summary.counts["projects"] == 17


@pytest.mark.slow
def test_a_rebuild_updates_the_database_to_what_a_full_build_gives(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 3)  # several runs in a small corpus
    raw = tmp_path / "raw"
    generate_corpus(raw, 12, seed=3)
    (raw / "expected.json").unlink()
    out = tmp_path / "out"
    run_build(raw, out, workers=2)
    files = sorted(raw.glob("*.txt"))
    changed, removed = files[4], files[9]
    changed.write_bytes(changed.read_bytes().replace("。".encode(), "；".encode(), 1))
    removed.unlink()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)  # and one file added

    rebuilt = run_build(raw, out, workers=2)
    fresh = run_build(raw, tmp_path / "fresh", use_cache=False)
    assert (rebuilt.files, rebuilt.cached, rebuilt.counts) == (12, 10, fresh.counts)
    assert database_rows(out) == database_rows(tmp_path / "fresh")
    for name in schemas.TABLES:
        parquet = f"{name}.parquet"
        assert (out / parquet).read_bytes() == (tmp_path / "fresh" / parquet).read_bytes()


@pytest.mark.slow
def test_a_rebuild_encodes_only_the_segment_that_changed(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 1)  # a run per file
    monkeypatch.setattr(pipeline.build.cache, "SEGMENT_RUNS", 2)  # a segment per ~2 files
    raw = tmp_path / "raw"
    generate_corpus(raw, 12, seed=3)
    (raw / "expected.json").unlink()
    out = tmp_path / "out"
    first = run_build(raw, out, workers=2)
    jobs = pipeline.build.cache.plan_jobs(raw, {}, None, files=paths.raw_files(raw).tables)
    segments = pipeline.build.cache.plan_segments(
        pipeline.build.cache.plan_runs(jobs, None, set()), None
    )
    assert len(segments) >= 3
    assert pq.read_metadata(out / "indicators.parquet").num_row_groups == len(segments)
    encoded = []
    end_segment = TableWriter.end_segment
    monkeypatch.setattr(TableWriter, "end_segment", lambda w: encoded.append(1) or end_segment(w))
    changed = sorted(raw.glob("*.txt"))[5]
    changed.write_bytes(changed.read_bytes() + b"\n")  # new bytes, whatever its encoding

    rebuilt = run_build(raw, out, workers=2)
    assert (len(encoded), rebuilt.cached) == (1, 11)
    fresh = run_build(raw, tmp_path / "fresh", use_cache=False)
    assert len(encoded) == 1 + len(segments)
    assert rebuilt.counts == fresh.counts
    assert (rebuilt.severities, rebuilt.failed) == (fresh.severities, fresh.failed)
    assert rebuilt.counts == first.counts
    for name in schemas.TABLES:
        parquet = f"{name}.parquet"
        assert (out / parquet).read_bytes() == (tmp_path / "fresh" / parquet).read_bytes()
    assert database_rows(out) == database_rows(tmp_path / "fresh")


@pytest.mark.slow
def test_a_database_changed_since_the_build_is_filled_again_not_updated(
    tmp_path, variants_raw, monkeypatch
):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 1)  # a run per file
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    out = tmp_path / "out"
    run_build(raw, out)
    with duckdb.connect(str(out / "performance.duckdb")) as connection:
        connection.execute("DELETE FROM indicators")
    touched = raw / "edu-truncated.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    assert run_build(raw, out).is_up_to_date  # and the record of the build rewritten
    changed = raw / "edu-two-units.txt"
    changed.write_bytes(changed.read_bytes() + b"\n")
    run_build(raw, out)
    fresh = run_build(raw, tmp_path / "fresh", use_cache=False)
    assert database_rows(out) == database_rows(tmp_path / "fresh")
    assert fresh.counts["indicators"] > 0


def _age(raw, seconds: int = 3600) -> None:
    """Date every raw file `seconds` back, as files long in place are."""
    for path in raw.iterdir():
        then = path.stat().st_mtime - seconds
        os.utime(path, (then, then))


def _keyed(monkeypatch, tmp_path):
    """Log each file `cache.file_key` keys, in this process and in the build's workers (to a
    file they share: a worker's own list is not this one's); give what reads the names."""
    log, real = tmp_path / "keyed.log", pipeline.build.cache.file_key

    def logged(name, *rest):
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{name}\n")
        return real(name, *rest)

    monkeypatch.setattr(pipeline.build.cache, "file_key", logged)
    return lambda: log.read_text(encoding="utf-8").split() if log.exists() else []


def test_files_with_the_size_and_time_the_last_build_saw_are_not_read_again(
    tmp_path, variants_raw, monkeypatch
):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    _age(raw)
    out = tmp_path / "out"
    run_build(raw, out)
    hashed = _keyed(monkeypatch, tmp_path)
    assert run_build(raw, out).is_up_to_date
    assert hashed() == []
    changed = raw / "edu-two-units.txt"
    changed.write_bytes(changed.read_bytes() + b"\n")
    assert not run_build(raw, out).is_up_to_date
    assert hashed() == ["edu-two-units.txt"] * 2  # keyed when planned, checked when read


def test_a_changed_manifest_row_rebuilds_its_file_only(tmp_path, variants_raw, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    names = sorted(path.name for path in raw.glob("*.txt"))
    manifest = "file,fiscal_year,region\n" + "".join(f"{name},2025,甲\n" for name in names)
    (raw / "sources.csv").write_text(manifest, encoding="utf-8")
    _age(raw)
    out = tmp_path / "out"
    run_build(raw, out)
    hashed, digested = _keyed(monkeypatch, tmp_path), []
    row_digest = pipeline.build.cache._row_digest
    monkeypatch.setattr(
        pipeline.build.cache, "_row_digest", lambda source: digested.append(1) or row_digest(source)
    )

    (raw / "sources.csv").write_text(manifest + "\n", encoding="utf-8")  # other bytes, same rows
    assert run_build(raw, out).is_up_to_date
    assert (hashed(), len(digested)) == ([], 4)  # each row digested again, no file read
    digested.clear()
    assert run_build(raw, out).is_up_to_date
    assert (hashed(), digested) == ([], [])  # the same bytes: every row as it was
    changed = manifest.replace("edu-two-units.txt,2025,甲", "edu-two-units.txt,2025,乙")
    (raw / "sources.csv").write_text(changed, encoding="utf-8")
    rebuilt = run_build(raw, out)
    assert (rebuilt.is_up_to_date, rebuilt.cached) == (False, 3)
    assert hashed() == ["edu-two-units.txt"] * 2  # keyed when planned, checked when read
    documents = pq.read_table(out / "documents.parquet", columns=["source_file", "region"])
    assert documents.to_pylist() == [
        {"source_file": name, "region": "乙" if name == "edu-two-units.txt" else "甲"}
        for name in names
    ]


def test_a_file_changed_within_the_clock_tick_of_the_last_build_is_read_again(
    tmp_path, variants_raw
):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    out = tmp_path / "out"
    changed = raw / "edu-two-units.txt"
    os.utime(changed)  # written just before the build
    first = run_build(raw, out)
    stat = changed.stat()
    data = changed.read_bytes()
    changed.write_bytes(data.replace("万元".encode(), "元元".encode(), 1))  # same size
    os.utime(changed, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # and the same time
    second = run_build(raw, out)
    assert (second.is_up_to_date, second.cached) == (False, 3)
    assert second.counts["findings"] == first.counts["findings"] + 1  # 元元 is no unit
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert {d["source_file"]: d["sha256"] for d in documents}["edu-two-units.txt"] == (
        hashlib.sha256(changed.read_bytes()).hexdigest()
    )


def test_damaged_cache_entries_are_rebuilt_not_trusted(tmp_path, variants_raw):
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    out = tmp_path / "out"
    run_build(raw, out)
    before = {path.name: path.read_bytes() for path in out.glob("*.parquet")}
    entries = [
        entry
        for suffix in ("pickle", "batch", "segment")
        for entry in sorted((out / ".cache").glob(f"*.{suffix}"))
    ]
    assert len(entries) == 6  # four files, one run, one segment
    for number, entry in enumerate(entries):
        entry.write_bytes(entry.read_bytes()[: 8 + number])  # cut short
    (out / "report.html").unlink()  # so that the build is not up to date
    rebuilt = run_build(raw, out)
    assert rebuilt.failed == []
    assert {path.name: path.read_bytes() for path in out.glob("*.parquet")} == before


@pytest.mark.slow
def test_files_with_the_same_bytes_are_a_warning_through_cached_and_rebuilt_segments(
    tmp_path, variants_raw, monkeypatch
):
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 1)  # a segment per file: a file and
    monkeypatch.setattr(pipeline.build.cache, "SEGMENT_RUNS", 1)  # its copy are never together
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    (raw / "2023").mkdir()
    shutil.copy(raw / "edu-two-units.txt", raw / "2023" / "edu-two-units.txt")
    out = tmp_path / "out"

    def duplicates(build) -> list[tuple]:
        rows = pq.read_table(build / "findings.parquet").to_pylist()
        found = [tuple(row.values()) for row in rows if row["rule"] == "duplicate_document"]
        with duckdb.connect(str(build / "performance.duckdb"), read_only=True) as database:
            in_database = database.execute(
                "SELECT * FROM findings WHERE rule = 'duplicate_document' ORDER BY source_file"
            ).fetchall()
        assert in_database == found
        return found

    def copy_of(document_id, first) -> tuple:
        return (
            f"{document_id}:duplicate",
            document_id,
            "warning",
            "duplicate_document",
            "document",
            document_id,
            document_id,
            None,
            None,
            f"the same bytes as {first}: the same table twice? keep one of them",
            None,
        )

    def as_a_fresh_build_gives(summary) -> None:
        fresh = tmp_path / f"fresh-{summary.files}-{summary.cached}"
        assert summary.severities == run_build(raw, fresh, use_cache=False).severities
        assert database_rows(out) == database_rows(fresh)
        for name in schemas.TABLES:
            parquet = f"{name}.parquet"
            assert (out / parquet).read_bytes() == (fresh / parquet).read_bytes()

    first = run_build(raw, out)
    assert duplicates(out) == [copy_of("edu-two-units.txt", "2023/edu-two-units.txt")]
    assert first.severities["warning"] == 1
    shutil.copy(raw / "edu-truncated.txt", raw / "later.txt")  # one more copy, cached
    again = run_build(raw, out)
    assert (again.files, again.cached, again.severities["warning"]) == (6, 5, 2)
    assert duplicates(out) == [
        copy_of("edu-two-units.txt", "2023/edu-two-units.txt"),
        copy_of("later.txt", "edu-truncated.txt"),
    ]
    as_a_fresh_build_gives(again)
    changed = raw / "edu-two-units.txt"  # no longer a copy: one of the pair changed
    changed.write_bytes(changed.read_bytes() + b"\n")
    rebuilt = run_build(raw, out)
    assert (rebuilt.files, rebuilt.cached, rebuilt.severities["warning"]) == (6, 5, 1)
    assert duplicates(out) == [copy_of("later.txt", "edu-truncated.txt")]
    as_a_fresh_build_gives(rebuilt)
