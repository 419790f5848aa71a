"""Damaged tables as converters deliver them: each gives what its expected.json says, and
every non-blank line of every fixture ends up in a row, a recognised line or a finding."""

import json
from decimal import Decimal

import pyarrow.parquet as pq
import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from pipeline.read.text import decode, extract_table, split_lines
from tests.conftest import FIXTURES, RAW, SEED_FILE, VARIANTS

EXPECTED = json.loads((VARIANTS / "expected.json").read_text(encoding="utf-8"))


def rows(build, table, document_id):
    return [
        r
        for r in pq.read_table(build / f"{table}.parquet").to_pylist()
        if r["document_id"] == document_id
    ]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_variant_gives_its_expected_table(variants_build, name):
    expected = EXPECTED[name]
    document_id = name
    (document,) = rows(variants_build, "documents", document_id)
    assert (document["department"], document["fiscal_year"], document["encoding"]) == (
        expected["department"],
        expected["fiscal_year"],
        expected["encoding"],
    )
    projects = rows(variants_build, "projects", document_id)
    complete = expected.get("complete_projects", expected["project_count"])
    want = expected["projects"][: complete + (1 if "complete_projects" in expected else 0)]
    assert [(p["project_name"], p["funding_unit"], p["total_amount"]) for p in projects] == [
        (p["name"], p["unit"], Decimal(p["total"])) for p in want
    ]
    assert [p["indicator_count"] for p in projects[:complete]] == [
        p["indicators"] for p in want[:complete]
    ]
    if "complete_projects" not in expected:
        assert document["indicator_count"] == expected["indicator_count"]
        assert len(rows(variants_build, "indicators", document_id)) == expected["indicator_count"]
        grand = [
            r
            for r in rows(variants_build, "amount_rows", document_id)
            if r["row_type"] == "grand_total"
        ]
        assert [r["total_amount"] for r in grand] == [Decimal(expected["grand_total"])]
    units = [
        r["name"]
        for r in rows(variants_build, "amount_rows", document_id)
        if r["row_type"] == "funding_unit"
    ]
    assert units == expected["units"]
    errors = sorted(
        {
            f["rule"]
            for f in rows(variants_build, "findings", document_id)
            if f["severity"] == "error"
        }
    )
    assert set(expected["expect_findings"]) <= set(errors)
    if not expected["expect_findings"]:
        assert errors == []


def test_truncated_table_keeps_complete_rows_and_reports_the_rest(variants_build):
    findings = rows(variants_build, "findings", "edu-truncated.txt")
    errors = sorted(
        (f["rule"], f["source_line"], f["entity_id"]) for f in findings if f["severity"] == "error"
    )
    assert errors == [
        ("row_truncated", 15, "edu-truncated.txt:p5"),
        ("subtotal_mismatch", 10, "edu-truncated.txt:a2"),
    ]
    (mismatch,) = [f for f in findings if f["rule"] == "subtotal_mismatch"]
    assert mismatch["message"] == (
        "某区教育局: printed subtotal differs from the sum of its 5 projects (万元): "
        "总计 3,044.60 ≠ 2,968.80; 财政拨款 2,924.60 ≠ 2,848.80"
    )


def test_two_units_reconcile_against_their_own_projects(variants_build):
    units = {
        r["name"]: r["total_amount"]
        for r in rows(variants_build, "amount_rows", "edu-two-units.txt")
        if r["row_type"] == "funding_unit"
    }
    assert units == {"某区教育局": Decimal("2326.50"), "某区教育发展中心": Decimal("718.10")}


def accounted_lines(source_file: str, data: bytes) -> tuple[set[int], set[int]]:
    """(non-blank lines of the file, lines a row, recognised line or finding accounts for)."""
    text, _ = decode(source_file, data)
    lines, _ = split_lines(text.removeprefix("\ufeff"))
    non_blank = {n for n, line in enumerate(lines, 1) if line.strip()}
    raw = extract_table(source_file, data)
    tables = process_file(source_file, data, Source())
    evidence = {(f["source_line"], f["evidence"]) for f in tables.findings}
    covered = {number for row in raw.rows for origins in row.origins for _, number in origins}
    covered |= {row.line for row in raw.rows}
    for line in raw.lines:
        if line.kind != "unrecognised" or (line.line, line.text) in evidence:
            covered.add(line.line)
    return non_blank, covered


FIXTURE_FILES = [
    *sorted(VARIANTS.glob("*.txt")),
    RAW / SEED_FILE,
    *sorted((FIXTURES / "damaged").glob("*.txt")),
    *sorted((FIXTURES / "truncated").glob("*.txt")),
]


@pytest.mark.parametrize("path", FIXTURE_FILES, ids=lambda path: path.name)
def test_nothing_is_silently_dropped(path):
    non_blank, covered = accounted_lines(path.name, path.read_bytes())
    assert non_blank - covered == set()


def test_damaged_fixtures_report_each_problem_on_its_line(tmp_path):
    from pipeline.build.run import run_build

    run_build(FIXTURES / "damaged", tmp_path, use_cache=False)
    findings = pq.read_table(tmp_path / "findings.parquet").to_pylist()
    reported = [
        (f["source_file"], f["source_line"], f["severity"], f["rule"], f["evidence"])
        for f in findings
        if f["rule"] not in ("missing_level1", "period_annual_differ")
    ]
    assert sorted(reported) == [
        ("annual-only-ascii.txt", 1, "warning", "line_unrecognised", "附件2"),
        ("annual-only-ascii.txt", 4, "info", "column_unknown", "备注"),
        ("annual-only-ascii.txt", 11, "warning", "category_unknown", "满意度"),
        ("annual-only-ascii.txt", 11, "warning", "indicator_numbering_gap", "1,2,3,5"),
        (
            "mismatch-units.txt",
            6,
            "error",
            "subtotal_mismatch",
            "总计=300.00\t财政拨款=300.00\t财政专户拨款=\t其他资金=",
        ),
        (
            "mismatch-units.txt",
            7,
            "error",
            "amount_row_mismatch",
            "总计=200.00\t财政拨款=190.00\t财政专户拨款=\t其他资金=",
        ),
        ("mismatch-units.txt", 8, "error", "amount_unparsed", "十万"),
        ("mismatch-units.txt", 8, "error", "row_unparsed", "多余的格子"),
        ("mismatch-units.txt", 8, "warning", "category_code_mismatch", "2-效益指标；21-社会效益"),
        ("mismatch-units.txt", 8, "warning", "indicator_numbering_gap", "1,3"),
        ("mismatch-units.txt", 10, "warning", "category_unknown", "9-其他指标"),
        ("mismatch-units.txt", 10, "warning", "category_unknown", "91-其他"),
        ("repeated-page-tops.txt", 3, "info", "column_unknown", "序号"),
        ("repeated-page-tops.txt", 11, "info", "table_note", "注：本表金额单位为万元。"),
        ("repeated-page-tops.txt", 12, "info", "table_note", "制表人：王某"),
        ("repeated-page-tops.txt", 12, "info", "table_note", "审核人：李某"),
    ]
    projects = pq.read_table(tmp_path / "projects.parquet").to_pylist()
    assert [
        (p["project_name"], p["funding_unit"], p["total_amount"], p["indicator_count"])
        for p in projects
    ] == [
        ("耕地地力保护补贴", None, Decimal("600.00"), 4),
        ("高标准农田建设管护经费", None, Decimal("400.00"), 4),
        ("基层医疗机构运行补助", "某市卫生健康委员会", Decimal("200.00"), 1),
        ("公共卫生服务经费", "某市卫生健康委员会", None, 2),
        ("疫苗冷链运维", "某市疾病预防控制中心", Decimal("200.00"), 2),
        ("公共文化服务免费开放", None, Decimal("100.00"), 2),
        ("非遗保护传承", None, Decimal("50.00"), 2),
    ]
    assert projects[0]["extra_columns"] == '{"备注": "含上级资金"}'
    documents = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    assert [(d["department"], d["fiscal_year"], d["fiscal_year_source"]) for d in documents] == [
        ("某县农业农村局", 2024, "inferred"),
        ("某市卫生健康委员会", None, None),
        ("某市文化广电旅游局", 2023, "inferred"),
    ]


def test_a_download_cut_inside_a_character_keeps_its_rows_and_reports_the_cut():
    path = FIXTURES / "truncated" / "cut-mid-character.txt"
    tables = process_file(path.name, path.read_bytes(), Source(fiscal_year=2024))
    assert tables.documents[0]["encoding"] == "utf-8 (damaged)"
    assert [p["project_name"] for p in tables.projects] == [
        p["name"] for p in EXPECTED["edu-truncated.txt"]["projects"][:5]
    ]
    cut_line = (
        "家庭经济困难学生资助经费\t212.30\t212.30\t\t\t"
        "落实学生资助政策，做到应助尽助，保障家庭经济困难学生顺利完成学业\ufffd"
    )
    problems = [
        (f["source_line"], f["rule"], f["evidence"])
        for f in tables.findings
        if f["severity"] != "info"
    ]
    assert problems == [
        (
            10,
            "subtotal_mismatch",
            "总计=3,044.60\t财政拨款=2,924.60\t财政专户拨款=\t其他资金=120.00",
        ),
        (15, "bytes_damaged", cut_line),
        (15, "row_truncated", cut_line),
    ]
