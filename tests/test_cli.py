"""The command line as a user meets it: exit statuses and exact one-line messages."""

import errno
import gc
import json
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pyarrow.parquet as pq
import pytest

from benchmarks.corpus import generate_corpus
from pipeline import cli, database, splice
from tests.conftest import RAW, ROOT, SEED_FILE, leftovers


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        input=stdin,
        check=False,
    )


def _outputs(out):
    """Each output file's bytes, by name (what a failed build must leave as it was)."""
    return {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}


@pytest.fixture
def raw_with_bad_files(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    shutil.copy(RAW / "sources.csv", raw / "sources.csv")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "error-page.txt").write_text(
        "<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n"
    )
    (raw / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (raw / "notice.txt").write_text("关于公开部门预算的说明\n\n一、部门职责\n", encoding="utf-8")
    return raw


def test_build_reports_each_unreadable_file_and_still_writes_the_good_ones(
    raw_with_bad_files, tmp_path
):
    out = tmp_path / "out"
    result = run("build", "--raw", raw_with_bad_files, "--out", out, "--jobs", "1")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: empty.txt:1: the file is empty; re-download it or drop it from data/raw",
        "error: error-page.txt:1: an HTML page, not a table (an error page saved as .txt?); download the table again",
        "error: junk.txt:1: not text in UTF-8 or GB18030 (binary or damaged bytes); save the table as UTF-8 or GB18030 text",
        "error: notice.txt:1: no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
    ]
    assert result.stdout.splitlines()[0] == (
        f"built {out}: 5 files (4 failed, 0 from cache), 28 projects, 113 indicators, 228 threshold clauses"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["status"]) for d in documents] == [
        ("empty", "failed"),
        ("error-page", "failed"),
        ("guangzhou-huadu-kgxj-2025", "ok"),
        ("junk", "failed"),
        ("notice", "failed"),
    ]
    unreadable = [
        f
        for f in pq.read_table(out / "findings.parquet").to_pylist()
        if f["rule"] == "file_unreadable"
    ]
    assert [(f["source_file"], f["severity"], f["entity_type"]) for f in unreadable] == [
        ("empty.txt", "error", "document"),
        ("error-page.txt", "error", "document"),
        ("junk.txt", "error", "document"),
        ("notice.txt", "error", "document"),
    ]


def test_a_build_that_cannot_run_leaves_the_previous_outputs_untouched(tmp_path):
    out = tmp_path / "out"
    assert run("build", "--raw", RAW, "--out", out).returncode == 0
    before = _outputs(out)
    missing = run("build", "--raw", tmp_path / "nowhere", "--out", out)
    assert missing.returncode == 1
    assert (
        missing.stderr
        == f"error: {tmp_path / 'nowhere'}: raw folder not found; pass --raw DIR or add data/raw/\n"
    )
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    unwritable = run("build", "--raw", RAW, "--out", blocked / "out")
    assert unwritable.returncode == 1
    assert unwritable.stderr.startswith(
        f"error: {blocked / 'out'}: cannot write the outputs there ("
    )
    assert _outputs(out) == before


@pytest.mark.parametrize("where", ["parquet", "database"])
def test_a_full_disk_stops_the_build_in_one_line_and_leaves_the_previous_outputs(
    tmp_path, monkeypatch, capsys, where
):
    out = tmp_path / "out"
    assert run("build", "--raw", RAW, "--out", out).returncode == 0
    before = _outputs(out)

    def full_disk(*_args, **_kwargs):
        if where == "parquet":
            raise OSError(errno.ENOSPC, "No space left on device")
        raise duckdb.IOException('IO Error: Could not write file "x": No space left on device')

    if where == "parquet":
        monkeypatch.setattr(splice.SplicedWriter, "append", full_disk)
    else:
        monkeypatch.setattr(database.DatabaseWriter, "_document", full_disk)
    why = {
        "parquet": "No space left on device",
        "database": 'IO Error: Could not write file "x": No space left on device',
    }[where]
    # The build tunes the collector for its own process; not for the test run's.
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(gc, "set_threshold", lambda *_: None)
    assert cli.main(["build", "--raw", str(RAW), "--out", str(out), "--no-cache"]) == 1
    assert capsys.readouterr() == (
        "",
        f"error: {out}: cannot write the outputs ({why}); make room on the disk, or pass "
        "--out DIR on another one\n",
    )
    assert _outputs(out) == before
    assert leftovers(out) == []


def test_bad_manifest_row_names_file_and_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    (raw / "sources.csv").write_text(f"file,fiscal_year\n{SEED_FILE},二〇二五\n", encoding="utf-8")
    result = run("build", "--raw", raw, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert (
        result.stderr
        == f"error: {raw / 'sources.csv'}:2: fiscal_year '二〇二五' is not a year from 1990 to 2100; write e.g. 2025\n"
    )


def test_a_manifest_that_cannot_be_read_is_one_line(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    (raw / "sources.csv").mkdir()  # a folder where the file should be
    result = run("build", "--raw", raw, "--out", tmp_path / "out")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"error: {raw / 'sources.csv'}: cannot be read (Is a directory); make it a readable "
        "CSV file, or remove it to build without one\n"
    )


def test_strict_fails_on_error_findings(tmp_path, variants_raw):
    out = tmp_path / "out"
    lenient = run("build", "--raw", variants_raw, "--out", out)
    assert lenient.returncode == 0
    strict = run("build", "--raw", variants_raw, "--out", out, "--strict")
    assert strict.returncode == 1
    assert strict.stderr == (
        "error: 2 error findings and --strict; see them with: "
        "python -m pipeline query \"SELECT * FROM findings WHERE severity = 'error'\"\n"
    )


def test_builds_are_byte_identical_whatever_the_jobs_and_cache(tmp_path, variants_raw):
    outputs = []
    for name, extra in (
        ("serial", ["--jobs", "1", "--no-cache"]),
        ("parallel", ["--jobs", "2"]),
        ("parallel", ["--jobs", "2"]),
    ):
        out = tmp_path / name
        assert run("build", "--raw", variants_raw, "--out", out, *extra).returncode == 0
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.parquet"))})
    assert len(outputs[0]) == 7
    assert outputs[0] == outputs[1] == outputs[2]


def test_parse_target_arguments_stdin_and_json_lines():
    by_argument = run("parse-target", "--fiscal-year", "2025", "12月31日前", "≥90%")
    assert by_argument.returncode == 0
    first, second = (json.loads(line) for line in by_argument.stdout.splitlines())
    assert first["text"] == "12月31日前"
    assert [(c["kind"], c["operator"], c["date"]) for c in first["clauses"]] == [
        ("date", "<=", "2025-12-31")
    ]
    assert [(c["kind"], c["operator"], c["value"], c["unit"]) for c in second["clauses"]] == [
        ("percent", ">=", 90.0, "%")
    ]
    lines = '3场以上\n{"text": "85", "indicator_name": "苗木成活率(≥**%)"}\n{"text": 5}\n{oops\n'
    by_stdin = run("parse-target", stdin=lines)
    assert by_stdin.returncode == 1
    parsed = [json.loads(line) for line in by_stdin.stdout.splitlines()]
    assert [p["text"] for p in parsed] == ["3场以上", "85"]
    assert [
        (c["operator"], c["value"], c["unit"], c["operator_inferred"], c["unit_inferred"])
        for c in parsed[1]["clauses"]
    ] == [(">=", 85.0, "%", True, True)]
    assert by_stdin.stderr.splitlines() == [
        'error: <stdin>:3: a JSON line needs a "text" string, e.g. {"text": "≥90%"}',
        "error: <stdin>:4: not valid JSON (Expecting property name enclosed in double quotes); write one object per line",
    ]


def test_query_prints_csv_and_refuses_writes_and_bad_sql(seed_build):
    database = seed_build / "performance.duckdb"
    csv = run(
        "query",
        "--db",
        database,
        "--format",
        "csv",
        "SELECT project_seq, project_name, total_amount FROM projects ORDER BY project_seq LIMIT 2",
    )
    assert (csv.returncode, csv.stderr) == (0, "")
    assert csv.stdout == (
        "project_seq,project_name,total_amount\n"
        "1,项目验收（完工评价）、评审以及项目与行业管理支出,97.0000\n"
        "2,中小企业培训经费,5.5100\n"
    )
    write = run("query", "--db", database, "DELETE FROM projects")
    assert (write.returncode, write.stdout) == (1, "")
    assert write.stderr == (
        "error: the database is opened read-only: queries cannot change it; "
        "change data/raw/ and run `make build` instead\n"
    )
    bad = run("query", "--db", database, "SELEC 1")
    assert bad.returncode == 1
    assert bad.stderr.startswith('error: Parser Error: syntax error at or near "SELEC"')
    assert len(bad.stderr.splitlines()) == 1
    missing = run("query", "--db", seed_build / "nothing.duckdb", "SELECT 1")
    assert missing.returncode == 1
    assert (
        missing.stderr
        == f"error: {seed_build / 'nothing.duckdb'}: no database there; run `make build` first or pass --db PATH\n"
    )


def test_manifest_in_gb18030_and_a_listed_file_that_is_missing(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    manifest = f"file,fiscal_year,region\n{SEED_FILE},2025,广州市花都区\nmissing.txt,2025,某区\n"
    (raw / "sources.csv").write_bytes(manifest.encode("gb18030"))
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    assert result.returncode == 0
    assert result.stderr == (
        f"warning: {raw / 'sources.csv'}:3: missing.txt is listed but not in {raw}; add the file or remove its row\n"
    )
    (document,) = pq.read_table(out / "documents.parquet").to_pylist()
    assert (document["region"], document["fiscal_year"], document["fiscal_year_source"]) == (
        "广州市花都区",
        2025,
        "manifest",
    )


def test_a_file_that_cannot_be_read_at_all_is_reported_and_the_rest_built(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    assert result.returncode == 1
    assert result.stderr == (
        "error: gone.txt:1: the file cannot be read (No such file or directory); "
        "check that it exists and is readable\n"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["status"], d["sha256"]) for d in documents] == [
        ("gone", "failed", None),
        ("guangzhou-huadu-kgxj-2025", "ok", documents[1]["sha256"]),
    ]


def test_ctrl_c_stops_a_build_in_one_line_and_the_next_build_goes_on_from_its_cache(tmp_path):
    out = tmp_path / "out"
    assert run("build", "--raw", RAW, "--out", out).returncode == 0
    before = _outputs(out)
    raw = tmp_path / "raw"
    generate_corpus(raw, 600, seed=11)
    (raw / "expected.json").unlink()
    cache = out / ".cache"
    seed_entries = set(cache.glob("*.pickle"))  # the build may delete them: not its files

    def built_entries() -> int:
        return len(set(cache.glob("*.pickle")) - seed_entries)

    build = subprocess.Popen(
        [sys.executable, "-m", "pipeline", "build", "--raw", str(raw), "--out", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 60
    while built_entries() < 10 and time.monotonic() < deadline:
        time.sleep(0.02)  # until the workers have built some files
    os.killpg(build.pid, signal.SIGINT)  # Ctrl-C reaches every process of the group
    stdout, stderr = build.communicate(timeout=60)
    assert (build.returncode, stdout) == (130, "")
    assert stderr == (
        "error: interrupted: the outputs are as they were; run the build again to go on from "
        "the files it had built (they are cached)\n"
    )
    assert _outputs(out) == before
    assert leftovers(out) == []
    assert list(cache.glob("*.tmp")) == []
    built = built_entries()
    assert 10 <= built < 600
    again = run("build", "--raw", raw, "--out", out)
    assert again.returncode == 0
    assert again.stdout.startswith(f"built {out}: 600 files (0 failed, {built} from cache), ")
