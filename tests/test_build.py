"""The whole build on the seed: counts, exact money, canonical levels, targets and findings."""

import datetime
import os
from decimal import Decimal

import pyarrow
import pyarrow.parquet as pq
import pytest

from tests.conftest import SEED_FILE

DOC = SEED_FILE  # a document's id is its file's path


def read(build, table):
    return pq.read_table(build / f"{table}.parquet")


def test_seed_document_row(seed_build):
    (document,) = read(seed_build, "documents").to_pylist()
    assert document == {
        "document_id": DOC,
        "source_file": SEED_FILE,
        "sha256": document["sha256"],
        "title": "项目支出绩效目标表（含转移支付项目）",
        "department": "广州市花都区科技工业和信息化局",
        "fiscal_year": 2025,
        "fiscal_year_source": "manifest",
        "region": "广州市花都区",
        "source_url": None,
        "retrieved": None,
        "currency_unit": "万元",
        "layout": "indicator-cell",
        "document_type": "targets",
        "encoding": "utf-8",
        "status": "ok",
        "project_count": 28,
        "indicator_count": 113,
        "source_line": 3,
    }
    assert len(document["sha256"]) == 64


def test_seed_projects_sum_exactly_to_the_printed_total(seed_build):
    projects = read(seed_build, "projects")
    assert projects.num_rows == 28
    assert projects.schema.field("total_amount").type == pyarrow.decimal128(18, 6)
    totals = projects.column("total_amount").to_pylist()
    assert all(isinstance(total, Decimal) for total in totals)
    assert sum(totals) == Decimal("2288.09")
    assert projects.column("project_seq").to_pylist() == list(range(1, 29))
    assert set(projects.column("funding_unit").to_pylist()) == {"广州市花都区科技工业和信息化局"}
    (grand_total, unit) = read(seed_build, "amount_rows").to_pylist()
    assert (grand_total["row_type"], grand_total["total_amount"], grand_total["source_line"]) == (
        "grand_total",
        Decimal("2288.09"),
        10,
    )
    assert (unit["row_type"], unit["name"], unit["source_line"]) == (
        "funding_unit",
        "广州市花都区科技工业和信息化局",
        11,
    )


def test_seed_indicators_have_canonical_levels_and_both_targets(seed_build):
    indicators = read(seed_build, "indicators").to_pylist()
    assert len(indicators) == 113
    pairs = {(i["level1_raw"], i["level1_code"], i["level1_name"]) for i in indicators}
    assert pairs == {
        ("1-产出指标", "1", "产出指标"),
        ("2-效益指标", "2", "效益指标"),
        ("3-满意度指标", "3", "满意度指标"),
    }
    level2 = {(i["level2_raw"], i["level2_code"], i["level2_name"]) for i in indicators}
    assert ("21-经济效益", "21", "经济效益指标") in level2
    assert ("31-服务对象满意度", "31", "服务对象满意度指标") in level2
    assert all(i["level2_name"] and i["level2_name"].endswith("指标") for i in indicators)
    targets = [i[scope] for i in indicators for scope in ("period_target", "annual_target")]
    assert len(targets) == 226 and all(targets)


def test_seed_thresholds_cover_every_target_and_resolve_implied_years(seed_build):
    thresholds = read(seed_build, "thresholds").to_pylist()
    assert {(t["indicator_id"], t["scope"]) for t in thresholds} == {
        (i, scope)
        for i in read(seed_build, "indicators").column("indicator_id").to_pylist()
        for scope in ("period", "annual")
    }
    implied = [t for t in thresholds if t["text"] == "12月31日前"]
    assert len(implied) == 3
    assert {(t["kind"], t["operator"], t["date"]) for t in implied} == {
        ("date", "<=", datetime.date(2025, 12, 31))
    }


def findings_of(build, rule):
    rows = read(build, "findings").to_pylist()
    return sorted(
        (f["entity_id"].removeprefix(f"{DOC}:"), f["source_line"])
        for f in rows
        if f["rule"] == rule
    )


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (
            "target_repeats_indicator_name",
            [("p24:i3", 39), ("p24:i4", 39), ("p7:i4", 19), ("p7:i5", 19)],
        ),
        ("deadline_before_fiscal_year", [("p20:i2", 35)]),
        ("satisfaction_not_percent", [("p10:i3", 23)]),
        (
            "missing_level1",
            [
                ("p12", 25),
                ("p15", 29),
                ("p17", 31),
                ("p18", 32),
                ("p21", 36),
                ("p22", 37),
                ("p23", 38),
                ("p28", 44),
                ("p4", 15),
                ("p5", 17),
                ("p6", 18),
                ("p8", 20),
            ],
        ),
        (
            "period_annual_differ",
            [
                ("p24:i3", 39),
                ("p24:i4", 39),
                ("p7:i1", 19),
                ("p7:i4", 19),
                ("p7:i5", 19),
                ("p8:i1", 20),
            ],
        ),
    ],
)
def test_seed_findings_fire_where_they_should_and_nowhere_else(seed_build, rule, expected):
    assert findings_of(seed_build, rule) == expected


def test_seed_missing_level1_names_the_missing_level(seed_build):
    rows = [f for f in read(seed_build, "findings").to_pylist() if f["rule"] == "missing_level1"]
    lacking = sorted((f["entity_id"].removeprefix(f"{DOC}:"), f["evidence"]) for f in rows)
    assert [p for p, level in lacking if level == "效益指标"] == ["p18", "p8"]
    assert all(level in ("满意度指标", "效益指标") for _, level in lacking)


def test_seed_reconciles_so_no_error_finding(seed_build):
    severities = read(seed_build, "findings").column("severity").to_pylist()
    assert "error" not in severities
    rules = set(read(seed_build, "findings").column("rule").to_pylist())
    assert rules == {
        "target_repeats_indicator_name",
        "deadline_before_fiscal_year",
        "satisfaction_not_percent",
        "missing_level1",
        "period_annual_differ",
    }


def test_is_quantified_says_whether_an_annual_clause_is_more_than_words(seed_build):
    quantified = {
        t["indicator_id"]
        for t in read(seed_build, "thresholds").to_pylist()
        if t["scope"] == "annual" and t["kind"] != "text"
    }
    indicators = read(seed_build, "indicators").to_pylist()
    assert {i["indicator_id"]: i["is_quantified"] for i in indicators} == {
        i["indicator_id"]: i["indicator_id"] in quantified for i in indicators
    }
    assert sum(i["is_quantified"] for i in indicators) == 100


def test_the_build_leaves_exactly_its_outputs_linked_to_its_own_folder(seed_build):
    outputs = [
        "amount_rows.parquet",
        "documents.parquet",
        "findings.parquet",
        "indicator_categories.parquet",
        "indicators.parquet",
        "performance.duckdb",
        "project_links.parquet",
        "projects.parquet",
        "report",
        "report.html",
        "thresholds.parquet",
    ]
    assert sorted(path.name for path in seed_build.iterdir()) == [
        ".builds",
        ".current",
        ".lock",
        *outputs,
    ]
    assert {name: os.readlink(seed_build / name) for name in outputs} == {
        name: f".current/{name}" for name in outputs
    }
    (folder,) = os.listdir(seed_build / ".builds")
    assert os.readlink(seed_build / ".current") == f".builds/{folder}"
    assert sorted(os.listdir(seed_build / ".builds" / folder)) == outputs  # no cache, no record
