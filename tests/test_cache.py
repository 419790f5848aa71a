"""Incremental builds: the per-file cache, the up-to-date check, and version invalidation."""

import hashlib
import shutil

import pyarrow.parquet as pq

import pipeline.build
from pipeline.build import run_build
from tests.conftest import RAW, SEED_FILE


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


def test_a_new_pipeline_version_invalidates_the_cache(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    out = tmp_path / "out"
    run_build(raw, out)
    assert run_build(raw, out).is_up_to_date
    monkeypatch.setattr(pipeline.build, "PIPELINE_VERSION", "test-next")
    next_version = pipeline.build._code_version()
    assert next_version != pipeline.build.CODE_VERSION
    monkeypatch.setattr(pipeline.build, "CODE_VERSION", next_version)
    rebuilt = run_build(raw, out)
    assert (rebuilt.cached, rebuilt.is_up_to_date, rebuilt.counts["indicators"]) == (0, False, 113)


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


def test_progress_counts_files_on_one_line(capsys):
    from pipeline.build import stderr_progress

    for done in (1, 2, 3):
        stderr_progress(done, 3)
    assert (
        capsys.readouterr().err
        == "\rbuilding: 1/3 files\rbuilding: 2/3 files\rbuilding: 3/3 files\n"
    )


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
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run_build(empty, tmp_path / "out-empty", use_cache=False).files == 0


def test_a_pipeline_bug_on_one_file_fails_that_file_only(tmp_path, variants_raw, monkeypatch):
    real = pipeline.build.process_file

    def broken_on_one(source_file, data, source):
        if source_file == "edu-two-units.txt":
            raise KeyError("level3")
        return real(source_file, data, source)

    monkeypatch.setattr(pipeline.build, "process_file", broken_on_one)
    summary = run_build(variants_raw, tmp_path / "out", use_cache=False)
    assert [(f["source_file"], f["message"]) for f in summary.failed] == [
        (
            "edu-two-units.txt",
            "the pipeline failed on this file (KeyError: 'level3'); this is a bug: please report it with the file",
        )
    ]
    assert summary.counts["projects"] == 17
