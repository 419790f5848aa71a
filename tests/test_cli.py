"""The command line as a user meets it: exit statuses and exact one-line messages."""

import argparse
import errno
import gc
import json
import os
import shlex
import shutil
import signal
import subprocess
import sys
import time
import tomllib
from decimal import Decimal
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

import pipeline.build.cache
import pipeline.build.run
import pipeline.build.workers
import pipeline.normalize
import schemas
from benchmarks.corpus import generate_corpus
from pipeline import cli, paths
from pipeline.outputs import database, splice
from tests.conftest import RAW, ROOT, SEED_FILE, database_rows, leftovers


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


@pytest.mark.slow
def test_build_reports_each_unreadable_file_and_still_writes_the_good_ones(
    raw_with_bad_files, tmp_path
):
    out = tmp_path / "out"
    result = run("build", "--raw", raw_with_bad_files, "--out", out, "--jobs", "1")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"note: {raw_with_bad_files}/sources.csv: 4 tables not listed (empty.txt, "
        "error-page.txt, junk.txt and 1 more): the fiscal year of each is inferred from its "
        "own dates",
        "error: empty.txt:1: the file is empty; re-download it or drop it from data/raw",
        "error: error-page.txt:1: HTML page without a performance table (no <table> with 项目名称 or "
        "绩效指标 labels); save the document that shows the table itself",
        "error: junk.txt:1: not text in UTF-8 or GB18030 (binary or damaged bytes); save the table as UTF-8 or GB18030 text",
        "error: notice.txt:1: no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
    ]
    assert result.stdout.splitlines()[0] == (
        f"built {out}: 5 files (4 failed, 0 from cache), 28 projects, 113 indicators, 228 threshold clauses"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["status"]) for d in documents] == [
        ("empty.txt", "failed"),
        ("error-page.txt", "failed"),
        (SEED_FILE, "ok"),
        ("junk.txt", "failed"),
        ("notice.txt", "failed"),
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


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_strict_fails_on_error_findings(tmp_path, variants_raw):
    out = tmp_path / "out"
    lenient = run("build", "--raw", variants_raw, "--out", out)
    assert lenient.returncode == 0
    assert lenient.stdout.splitlines()[1:] == [
        "findings: 5 (2 error, 0 warning, 3 info)",
        "  edu-truncated.txt:10: subtotal_mismatch: 某区教育局: printed subtotal differs from the "
        "sum of its 5 projects (万元): 总计 3,044.60 ≠ 2,968.8…",
        "  edu-truncated.txt:15: row_truncated: project row has 6 of 7 cells; its 绩效指标 cell is "
        "missing (file cut off?); re-download the table",
        f"  list them with: python -m pipeline query --db {out / 'performance.duckdb'} "
        '"SELECT source_file, source_line, rule, message FROM findings WHERE severity = '
        "'error' AND rule NOT IN ('file_unreadable', 'layout_unsupported') ORDER BY "
        'source_file, source_line, rule, finding_id"',
    ]
    strict = run("build", "--raw", variants_raw, "--out", out, "--strict")
    assert strict.returncode == 1
    assert strict.stderr == (
        "error: 2 error findings and --strict; see them with: python -m pipeline query "
        f"--db {out / 'performance.duckdb'} \"SELECT * FROM findings WHERE severity = 'error'\"\n"
    )


INDICATOR_ROWS = (
    "部门预算项目绩效目标申报表(2023年度)\n"
    "单位名称\t项目名称\t预算金额\t年度目标\t一级指标\t二级指标\t三级指标\t指标值\n"
    "某镇人民政府\t村组干部报酬\t330.98\t按时发放\t产出指标\t数量指标\t村组干部人数\t≥230人\n"
    "\t\t\t\t效益指标\t社会效益指标\t维护社会稳定\t≥95%\n"
    "\t\t\t\t满意度指标\t服务对象满意度指标\t人民群众满意度\t≥95%\n"
)


@pytest.mark.slow
def test_a_table_with_one_row_per_indicator_is_read_by_its_labels(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    (raw / "rows.txt").write_text(INDICATOR_ROWS, encoding="utf-8")
    (raw / "sources.csv").write_text(f"file\n{SEED_FILE}\nrows.txt\n", encoding="utf-8")
    out = tmp_path / "out"
    built = run("build", "--raw", raw, "--out", out, "--strict")
    assert (built.returncode, built.stderr) == (0, "")
    assert built.stdout.splitlines()[0] == (
        f"built {out}: 2 files (0 failed, 0 from cache), 29 projects, 116 indicators, "
        "231 threshold clauses"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [
        (d["document_id"], d["layout"], d["status"], d["project_count"], d["indicator_count"])
        for d in documents
    ] == [(SEED_FILE, "indicator-cell", "ok", 28, 113), ("rows.txt", "indicator-rows", "ok", 1, 3)]
    (project,) = [
        p
        for p in pq.read_table(out / "projects.parquet").to_pylist()
        if p["document_id"] == "rows.txt"
    ]
    assert {
        k: project[k] for k in ("project_name", "funding_unit", "total_amount", "performance_goal")
    } == {
        "project_name": "村组干部报酬",
        "funding_unit": "某镇人民政府",
        "total_amount": Decimal("330.980000"),
        "performance_goal": "按时发放",
    }
    indicators = [
        (
            i["level1_name"],
            i["level2_name"],
            i["indicator_name"],
            i["annual_target"],
            i["period_target"],
        )
        for i in pq.read_table(out / "indicators.parquet").to_pylist()
        if i["document_id"] == "rows.txt"
    ]
    assert indicators == [
        ("产出指标", "数量指标", "村组干部人数", "≥230人", None),
        ("效益指标", "社会效益指标", "维护社会稳定", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "人民群众满意度", "≥95%", None),
    ]


@pytest.mark.slow
def test_indicator_columns_that_give_no_indicator_fail_naming_the_labels(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "odd.txt").write_text(
        "项目支出绩效目标表\n一级指标\t二级指标\t指标值\n产出指标\t数量指标\t≥230人\n",
        encoding="utf-8",
    )
    (raw / "sources.csv").write_text("file\nodd.txt\n", encoding="utf-8")
    out = tmp_path / "out"
    built = run("build", "--raw", raw, "--out", out)
    reason = (
        "a performance table whose rows give no indicator under its labels; labels seen: "
        "项目支出绩效目标表, 一级指标, 二级指标, 指标值"
    )
    assert (built.returncode, built.stderr) == (1, f"error: odd.txt:2: {reason}\n")
    (finding,) = pq.read_table(out / "findings.parquet").to_pylist()
    assert (finding["rule"], finding["severity"], finding["message"]) == (
        "layout_unsupported",
        "error",
        reason,
    )


@pytest.mark.slow
def test_a_build_lists_its_first_error_findings_and_the_query_that_lists_them_all(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    indicators = (
        "1、产出指标；数量指标；培训人数；年度指标值:≥100人。"
        "2、效益指标；社会效益指标；覆盖率；年度指标值:≥90%。"
        "3、满意度指标；服务对象满意度指标；满意度；年度指标值:≥90%"
    )
    rows = [f"项目甲\t{'待定' * 50}\t10.00\t\t\t目标\t{indicators}"]
    rows += [f"项目{name}\t十万\t10.00\t\t\t目标\t{indicators}" for name in "乙丙丁戊己庚"]
    header = "项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标"
    (raw / "errors.txt").write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    (raw / "notice.txt").write_text("关于公开部门预算的说明\n", encoding="utf-8")
    out = tmp_path / "out"
    database = out / "performance.duckdb"
    query = (
        f'python -m pipeline query --db {database} "SELECT source_file, source_line, rule, '
        "message FROM findings WHERE severity = 'error' AND rule NOT IN ('file_unreadable', "
        "'layout_unsupported') ORDER BY source_file, source_line, rule, finding_id\""
    )
    unparsed = (
        "amount_unparsed: total_amount '十万' is not an amount; correct the cell or report the file"
    )
    listed = [
        "findings: 9 (8 error, 0 warning, 1 info)",  # the info: no unit printed
        "  errors.txt:2: amount_unparsed: total_amount '" + "待定" * 21 + "…",
        f"  errors.txt:3: {unparsed}",
        f"  errors.txt:4: {unparsed}",
        f"  errors.txt:5: {unparsed}",
        f"  errors.txt:6: {unparsed}",
        f"  ... and 2 more; list them all with: {query}",
    ]
    built = run("build", "--raw", raw, "--out", out, "--strict")
    assert built.returncode == 1
    assert built.stdout.splitlines()[1:] == listed
    assert built.stderr.splitlines() == [
        f"note: {raw}: no sources.csv: the fiscal year of each table is inferred from its own dates",
        "error: notice.txt:1: no header row with 项目名称 and 总计 found; is this a 项目支出绩效目标表?",
    ]
    again = run("build", "--raw", raw, "--out", out)
    assert again.stdout.splitlines()[0].startswith("up to date (nothing changed)")
    assert again.stdout.splitlines()[1:] == listed
    # The command printed runs, and lists the seven (not the file that was not built).
    command = shlex.split(query)
    listing = run(*command[3:], "--format", "csv")
    assert (listing.returncode, listing.stderr) == (0, "")
    assert [line.split(",")[:3] for line in listing.stdout.splitlines()] == [
        ["source_file", "source_line", "rule"],
        *[["errors.txt", str(line), "amount_unparsed"] for line in range(2, 9)],
    ]


def test_the_query_printed_names_the_database_unless_it_is_the_default(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert [
        cli._query_command(out, "SELECT 1")
        for out in (paths.PROCESSED_DIR, tmp_path / "my out", tmp_path.parent)
    ] == [
        'python -m pipeline query "SELECT 1"',
        "python -m pipeline query --db 'my out/performance.duckdb' \"SELECT 1\"",
        f'python -m pipeline query --db {tmp_path.parent / "performance.duckdb"} "SELECT 1"',
    ]


@pytest.mark.slow
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
    assert len(outputs[0]) == 8
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
        "1,项目验收（完工评价）、评审以及项目与行业管理支出,97.000000\n"
        "2,中小企业培训经费,5.510000\n"
    )
    write = run("query", "--db", database, "DELETE FROM projects")
    assert (write.returncode, write.stdout, write.stderr) == (1, "", REFUSAL)
    bad = run("query", "--db", database, "SELEC 1")
    assert (bad.returncode, bad.stdout, bad.stderr) == (
        1,
        "",
        'error: Parser Error: syntax error at or near "SELEC"\nLINE 1: SELEC 1\n        ^^^^^\n',
    )
    missing = run("query", "--db", seed_build / "nothing.duckdb", "SELECT 1")
    assert missing.returncode == 1
    assert (
        missing.stderr
        == f"error: {seed_build / 'nothing.duckdb'}: no database there; run `make build` first or pass --db PATH\n"
    )


def test_a_query_error_is_duckdbs_whole_message_pointing_at_the_mistake(seed_build):
    database = seed_build / "performance.duckdb"
    typo = run("query", "--db", database, "SELECT project_nam\nFROM projects")
    assert (typo.returncode, typo.stdout, typo.stderr) == (
        1,
        "",
        'error: Binder Error: Referenced column "project_nam" not found in FROM clause!\n'
        'Candidate bindings: "project_name", "project_kind", "project_id", "project_seq", '
        '"extra_columns"\n'
        "LINE 1: SELECT project_nam\n"
        "               ^^^^^^^^^^^\n",
    )
    empty = run("query", "--db", database, " -- nothing to run")
    assert (empty.returncode, empty.stdout, empty.stderr) == (
        1,
        "",
        'error: no SQL statement given; write one, e.g. "SELECT * FROM projects"\n',
    )


def test_several_statements_are_an_error_unless_all(seed_build):
    database = seed_build / "performance.duckdb"
    sql = "SELECT count(*) AS projects FROM projects; SELECT 'x' AS a, 2 AS b"
    several = run("query", "--db", database, sql)
    assert (several.returncode, several.stdout, several.stderr) == (
        1,
        "",
        "error: 2 statements given; give one, or pass --all to run each and print its result\n",
    )
    each = run("query", "--db", database, "--all", sql)
    assert (each.returncode, each.stderr) == (0, "")
    assert each.stdout == ("projects\n--------\n28\n(1 row)\n\na | b\n--+--\nx | 2\n(1 row)\n")
    as_csv = run("query", "--db", database, "--all", "--format", "csv", sql)
    assert (as_csv.returncode, as_csv.stdout) == (0, "projects\n28\n\na,b\nx,2\n")
    # A mistake anywhere stops them all before any runs.
    bad = run("query", "--db", database, "--all", "SELECT 1; SELEC 2")
    assert (bad.returncode, bad.stdout, bad.stderr) == (
        1,
        "",
        'error: Parser Error: syntax error at or near "SELEC"\n'
        "LINE 1: SELECT 1; SELEC 2\n"
        "                  ^^^^^\n",
    )


def test_a_table_sent_to_a_pipe_keeps_every_value_whole_and_width_cuts_it(seed_build):
    database = seed_build / "performance.duckdb"
    long = "第" + "项目" * 70
    piped = run("query", "--db", database, f"SELECT '{long}' AS long, 1 AS n")
    assert (piped.returncode, piped.stderr) == (0, "")
    assert piped.stdout == f"long{' ' * 278} | n\n{'-' * 282}-+--\n{long} | 1\n(1 row)\n"
    sql = "SELECT project_seq, project_name FROM projects ORDER BY project_seq LIMIT 2"
    cut = run("query", "--db", database, "--width", "30", sql)
    assert (cut.returncode, cut.stderr) == (0, "")
    assert cut.stdout == (
        "project_seq | project_name\n"
        "------------+-----------------\n"
        "1           | 项目验收（完工…\n"
        "2           | 中小企业培训经费\n"
        "(2 rows)\n"
    )


COMMANDS = ["build", "export", "query", "parse-target", "docs"]
# Words of the code, not of the user: no --help may use them.
JARGON = ("threshold clause", "pandera", "segment", "fragment", "stamp", "worker", "rows_")


def test_help_is_a_manual_every_option_explained_with_examples(capsys):
    parser = cli.make_parser("jixiao")
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert list(commands.choices) == COMMANDS
    for name, command in commands.choices.items():
        options = [a for a in command._actions if not isinstance(a, argparse._HelpAction)]
        assert [a.dest for a in options if not a.help] == [], name
        examples = command.epilog.partition("example")[2]
        assert examples.startswith(("s:\n  ", ":\n  ")) and f"\n  jixiao {name}" in examples
        with pytest.raises(SystemExit) as exited:
            cli.main([name, "--help"])
        assert exited.value.code == 0
        manual = capsys.readouterr().out
        assert manual.startswith(f"usage: jixiao {name} [-h]")
        assert [word for word in JARGON if word in manual.lower()] == [], name
    with pytest.raises(SystemExit) as exited:
        cli.main(["--help"])
    assert exited.value.code == 0
    manual = capsys.readouterr().out
    assert manual.startswith(
        "usage: jixiao [-h] COMMAND ...\n\n"
        "jixiao reads the performance tables that government departments publish with their "
        "budgets:\nthe targets they set (项目支出绩效目标表) and the self-evaluations of what "
        "was achieved\n"
    )
    assert manual.endswith(
        "examples:\n"
        "  jixiao build\n"
        "  jixiao export\n"
        '  jixiao query "SELECT project_name, total_amount FROM project_summary"\n'
    )
    assert [word for word in JARGON if word in manual.lower()] == []


def test_the_jixiao_command_is_python_m_pipeline():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert scripts["scripts"] == {"jixiao": "pipeline.cli:main"}
    module = run("--help")
    assert (module.returncode, module.stderr) == (0, "")
    assert module.stdout.startswith("usage: python -m pipeline [-h] COMMAND ...\n")
    installed = Path(sys.executable).with_name("jixiao")
    if not installed.exists():
        pytest.skip("the jixiao command is not installed here (make build installs it)")
    command = subprocess.run(
        [installed, "--help"], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert (command.returncode, command.stderr) == (0, "")
    assert command.stdout == module.stdout.replace("python -m pipeline", "jixiao")


REFUSAL = (
    "error: the database is opened read-only: queries cannot change it, its settings, or any "
    "other file; change data/raw/ and run `make build` instead, and save results with "
    "--format csv\n"
)


@pytest.mark.parametrize(
    "sql",
    [
        "COPY (SELECT 1) TO '{out}'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "ATTACH '{out}.duckdb' AS other",
        "SET enable_external_access = true",
        "INSTALL httpfs",
    ],
)
def test_query_reaches_no_file_but_the_database(seed_build, tmp_path, sql):
    out = tmp_path / "x.csv"
    refused = run("query", "--db", seed_build / "performance.duckdb", sql.format(out=out))
    assert (refused.returncode, refused.stdout, refused.stderr) == (1, "", REFUSAL)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
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


@pytest.mark.slow
def test_a_file_that_cannot_be_read_at_all_is_reported_and_the_rest_built(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    assert result.returncode == 1
    assert result.stderr == (
        f"note: {raw}: no sources.csv: the fiscal year of each table is inferred from its own "
        "dates\n"
        "error: gone.txt:1: the file cannot be read (No such file or directory); "
        "check that it exists and is readable\n"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["status"], d["sha256"]) for d in documents] == [
        ("gone.txt", "failed", None),
        (SEED_FILE, "ok", documents[1]["sha256"]),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_whose_reading_ends_the_process_is_one_failed_file_and_the_rest_built(
    tmp_path, jobs
):
    # One byte of an .xls changed: calamine's Rust code asks for 687 GB and aborts the process,
    # which nothing in it can catch. The build ended there (exit 134, no outputs, no name).
    workbook = ROOT / "tests/fixtures/heldout-disclosures-9/targets"
    data = bytearray(
        (workbook / "hunan-xiangxi-longshan-xiangcun-2024-yusuan-fujian11-2.xls").read_bytes()
    )
    data[2523] = 0xBF
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / SEED_FILE, raw / SEED_FILE)
    (raw / "坏.xls").write_bytes(data)
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out, "--jobs", jobs)
    assert result.returncode == 1
    assert result.stderr.endswith(
        "error: 坏.xls:1: reading this file ended the process reading it (a library's native "
        "code aborts on some damaged files); open it in the program that made it, save it again "
        "and put that in data/raw/\n"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["status"]) for d in documents] == [
        (SEED_FILE, "ok"), ("坏.xls", "failed"),
    ]  # fmt: skip


@pytest.mark.slow
def test_a_worker_ended_among_several_runs_fails_its_file_and_keeps_the_others_in_order(
    tmp_path, variants_raw, monkeypatch
):
    # Runs of two files, two workers: the worker reading 坏.txt ends, the pool breaks with runs
    # in flight; the runs finished keep their batches, the others are built again.
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 2)
    real = pipeline.build.workers.process_file

    def ending(name, *rest):
        if name == "坏.txt":
            os._exit(134)  # as a native library's abort: no exception, the process is gone
        return real(name, *rest)

    monkeypatch.setattr(pipeline.build.workers, "process_file", ending)
    raw = tmp_path / "raw"
    shutil.copytree(variants_raw, raw)
    (raw / "坏.txt").write_bytes((RAW / SEED_FILE).read_bytes())
    names = sorted(path.name for path in raw.glob("*.txt"))
    summary = pipeline.build.run.run_build(raw, tmp_path / "out", workers=2, use_cache=False)
    assert [(f["source_file"], f["message"]) for f in summary.failed] == [
        ("坏.txt", pipeline.build.workers.PROCESS_ENDED)
    ]
    documents = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert sorted((d["source_file"], d["status"]) for d in documents) == [
        (name, "failed" if name == "坏.txt" else "ok") for name in names
    ]


@pytest.mark.slow
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


def _seed_raw(tmp_path, *names, manifest=None):
    """A raw folder with a copy of the seed under each name (one more line of text each,
    so that no two have the same bytes), and `manifest` as sources.csv if given."""
    raw = tmp_path / "raw"
    for number, name in enumerate(names):
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes((RAW / SEED_FILE).read_bytes() + b"\n" * number)
    if manifest is not None:
        (raw / "sources.csv").write_text(manifest, encoding="utf-8")
    return raw


def _parquet_rows(out, table):
    return sorted(
        (tuple(row.values()) for row in pq.read_table(out / f"{table}.parquet").to_pylist()),
        key=repr,
    )


@pytest.mark.slow
def test_files_of_one_stem_and_in_subfolders_each_have_their_own_ids(tmp_path):
    names = ["a.txt", "a.csv", "v1.2/a.txt"]
    raw = _seed_raw(
        tmp_path,
        *names,
        manifest="file,fiscal_year\n" + "".join(f"{name},2025\n" for name in names),
    )
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines()[0] == (
        f"built {out}: 3 files (0 failed, 0 from cache), 84 projects, 339 indicators, "
        "684 threshold clauses"
    )
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["source_file"]) for d in documents] == [
        ("a.csv", "a.csv"),
        ("a.txt", "a.txt"),
        ("v1.2/a.txt", "v1.2/a.txt"),
    ]
    projects = pq.read_table(out / "projects.parquet").to_pylist()
    assert [p["project_id"] for p in projects][27:30] == ["a.csv:p28", "a.txt:p1", "a.txt:p2"]
    assert projects[-1]["project_id"] == "v1.2/a.txt:p28"
    # A rebuild that changed one of them: the database and the parquet agree.
    (raw / "a.csv").write_bytes((raw / "a.csv").read_bytes() + b"\n\n\n")
    again = run("build", "--raw", raw, "--out", out)
    assert again.stdout.splitlines()[0] == (
        f"built {out}: 3 files (0 failed, 2 from cache), 84 projects, 339 indicators, "
        "684 threshold clauses"
    )
    in_database = database_rows(out)
    for table in schemas.TABLES:
        assert in_database[table] == _parquet_rows(out, table), table
    assert len(in_database["projects"]) == 84


@pytest.mark.slow
def test_document_ids_are_checked_across_the_whole_build_and_nothing_is_written(
    tmp_path, monkeypatch, capsys
):
    raw = _seed_raw(tmp_path, "a.txt", "a.csv")
    out = tmp_path / "out"
    assert run("build", "--raw", RAW, "--out", out).returncode == 0
    before = _outputs(out)
    # Ids cut at the extension, as they once were, and each file in its own run and
    # segment, so that no one buffer of rows holds both.
    stem = lambda source_file: source_file.rsplit(".", 1)[0]  # noqa: E731
    for module in (pipeline.normalize, pipeline.build.workers, pipeline.build.run):
        monkeypatch.setattr(module, "document_id_for", stem)
    monkeypatch.setattr(pipeline.build.cache, "RUN_FILES", 1)
    monkeypatch.setattr(pipeline.build.cache, "SEGMENT_RUNS", 1)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    monkeypatch.setattr(gc, "set_threshold", lambda *_: None)
    args = ["build", "--raw", str(raw), "--out", str(out), "--jobs", "1", "--no-cache"]
    assert cli.main(args) == 1
    assert capsys.readouterr() == (
        "",
        "error: a.txt: its document id 'a' is that of a.csv too, so nothing was written (ids "
        "must be unique: a pipeline bug, please report it)\n",
    )
    assert _outputs(out) == before
    assert leftovers(out) == []


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        (
            "file,fiscal_year\na.txt,2025\nb.txt,2025\n\na.txt,2024\n",
            "sources.csv:5: a.txt is listed twice (lines 2 and 5); keep one row",
        ),
        (
            "file,year\na.txt,2025\n",
            "sources.csv:1: unknown column 'year' (column 2); the columns are file, "
            "fiscal_year, region, department, source_url, retrieved: rename it or delete it",
        ),
        (
            "file,region,fiscal_year,region\na.txt,甲,2025,乙\n",
            "sources.csv:1: column 'region' is there twice (columns 2 and 4); keep one",
        ),
        (
            "file,fiscal_year\na.txt,2025\n ,2025\n",
            "sources.csv:3: a row with no file; name the file it is about, or delete the row",
        ),
    ],
    ids=["listed-twice", "unknown-column", "column-twice", "no-file"],
)
def test_manifest_mistakes_stop_the_build_naming_the_line(tmp_path, manifest, message):
    raw = _seed_raw(tmp_path, "a.txt", "b.txt", manifest=manifest)
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"error: {raw}/{message}\n"
    assert not out.exists()


@pytest.mark.slow
def test_tables_the_manifest_does_not_list_are_one_note(tmp_path):
    names = ["2024/a.txt", "2024/b.txt", "c.txt", "d.txt", "e.txt"]
    # A spreadsheet's empty rows (",,") are not rows.
    raw = _seed_raw(tmp_path, *names, manifest="file,fiscal_year,region\nd.txt,2025,甲\n,,\n")
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    expected = (
        f"note: {raw}/sources.csv: 4 tables not listed (2024/a.txt, 2024/b.txt, c.txt and 1 "
        "more): the fiscal year of each is inferred from its own dates\n"
    )
    assert (result.returncode, result.stderr) == (0, expected)
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [(d["document_id"], d["region"], d["fiscal_year_source"]) for d in documents] == [
        ("2024/a.txt", None, "inferred"),
        ("2024/b.txt", None, "inferred"),
        ("c.txt", None, "inferred"),
        ("d.txt", "甲", "manifest"),
        ("e.txt", None, "inferred"),
    ]
    up_to_date = run("build", "--raw", raw, "--out", out)  # a note per build
    assert up_to_date.stdout.startswith("up to date")
    assert (up_to_date.returncode, up_to_date.stderr) == (0, expected)
    (raw / "sources.csv").unlink()
    unlisted = run("build", "--raw", raw, "--out", out)
    assert (unlisted.returncode, unlisted.stderr) == (
        0,
        f"note: {raw}: no sources.csv: the fiscal year of each table is inferred from its "
        "own dates\n",
    )


@pytest.mark.slow
def test_files_that_are_not_tables_are_set_aside_with_a_note(tmp_path):
    raw = _seed_raw(tmp_path, "2024/a.txt", manifest="file,fiscal_year\n2024/a.txt,2024\n")
    for name in ["README.md", "2024/notes.md", ".DS_Store", "2024/Thumbs.db", ".git/HEAD"]:
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(b"\x00\x01 not a table")
    (raw / ".gitkeep").write_bytes(b"")
    out = tmp_path / "out"
    result = run("build", "--raw", raw, "--out", out)
    assert (result.returncode, result.stderr) == (
        0,
        f"note: {raw}: set aside, as not tables: .DS_Store, .git/, 2024/Thumbs.db and 2 more\n",
    )
    assert result.stdout.splitlines()[0] == (
        f"built {out}: 1 files (0 failed, 0 from cache), 28 projects, 113 indicators, "
        "228 threshold clauses"
    )
    (document,) = pq.read_table(out / "documents.parquet").to_pylist()
    assert (document["document_id"], document["fiscal_year"]) == ("2024/a.txt", 2024)


@pytest.mark.slow
def test_a_raw_folder_with_no_tables_is_an_error(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    out = tmp_path / "out"
    assert run("build", "--raw", RAW, "--out", out).returncode == 0
    before = _outputs(out)
    empty = run("build", "--raw", raw, "--out", out)
    assert (empty.returncode, empty.stdout) == (1, "")
    assert empty.stderr == (
        f"error: {raw}: no tables found in {raw}; add the tables, or pass --raw DIR\n"
    )
    (raw / "README.md").write_text("# 2025 tables\n", encoding="utf-8")
    (raw / "sources.csv").write_text("file,fiscal_year\n", encoding="utf-8")
    notes_only = run("build", "--raw", raw, "--out", out)
    assert (notes_only.returncode, notes_only.stdout) == (1, "")
    assert notes_only.stderr == (
        f"error: {raw}: no tables found in {raw} (set aside, as not tables: README.md); add "
        "the tables, or pass --raw DIR\n"
    )
    assert _outputs(out) == before
    assert leftovers(out) == []
