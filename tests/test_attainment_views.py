"""The attainment views (target_attainment, attainment_by_document, attainment_by_department)
on a constructed database: two self-evaluations of one department and a target table."""

from decimal import Decimal

import duckdb
import pyarrow
import pytest

import schemas
from pipeline.outputs.database import VIEWS
from pipeline.targets.parser import CLAUSE_FIELDS, parse_target
from pipeline.validate import arrow_schema


def _document(document_id: str, kind: str, department: str = "林业局") -> dict:
    return {
        "document_id": document_id,
        "document_type": kind,
        "department": department,
        "region": "零陵区",
        "fiscal_year": 2021,
        "source_file": f"{document_id}.txt",
    }


def _project(document_id: str, seq: int, adjusted: str | None, executed: str | None) -> dict:
    return {
        "project_id": f"{document_id}:p{seq}",
        "document_id": document_id,
        "project_seq": seq,
        "project_name": f"项目{seq}",
        "budget_adjusted": Decimal(adjusted) if adjusted else None,
        "budget_executed": Decimal(executed) if executed else None,
    }


REASON_COLUMNS = ("met_reason_code", "met_reason", "met_reason_zh")


def _indicator(project_id: str, n: int, target, actual, met, reason, weight, score) -> dict:
    return {
        "indicator_id": f"{project_id}:i{n}",
        "project_id": project_id,
        "document_id": project_id.split(":")[0],
        "indicator_position": n,
        "level1_code": "1",
        "level1_name": "产出指标",
        "indicator_name": f"指标{n}",
        "annual_target": target,
        "actual_value": actual,
        "met": met,
        **dict(zip(REASON_COLUMNS, reason or (None,) * 3, strict=True)),
        "weight": weight,
        "score": score,
        "source_file": f"{project_id.split(':')[0]}.txt",
        "source_line": 10 + n,
    }


def _clauses(indicator: dict) -> list[dict]:
    rows = []
    for scope, text in (
        ("annual", indicator["annual_target"]),
        ("actual", indicator["actual_value"]),
    ):
        for clause in parse_target(text or "", None, 2021):
            rows.append(
                {
                    "indicator_id": indicator["indicator_id"],
                    "project_id": indicator["project_id"],
                    "document_id": indicator["document_id"],
                    "scope": scope,
                    **{name: getattr(clause, name) for name in CLAUSE_FIELDS},
                }
            )
    return rows


# Why met is null, in REASON_COLUMNS.
WORDS = ("target_words", "the target is words", "指标值为文字")
UNITS = ("units_differ", "units differ: 场次 vs 家", "单位不同：场次 与 家")
NO_ACTUAL = ("no_actual", "no actual value", "无实际完成值")
INDICATORS = [
    _indicator("se1:p1", 1, "≥3场", "4场", True, None, 20.0, 20.0),
    _indicator("se1:p1", 2, "1100万元", "1093万元", False, None, 10.0, 10.0),
    _indicator("se1:p1", 3, "效果明显", "达成预期指标", None, WORDS, 10.0, 9.0),
    _indicator("se1:p2", 1, "≥1场次 ≥30家", "35家", None, UNITS, 5.0, None),
    _indicator("se2:p1", 1, "100%", "100%", True, None, 0.0, 0.0),
    _indicator("t:p1", 1, "≥95%", None, None, NO_ACTUAL, None, None),
]


@pytest.fixture(scope="module")
def connection():
    rows = {
        "documents": [
            _document("se1", "self_evaluation"),
            _document("se2", "self_evaluation"),
            _document("t", "targets"),
            _document("se3", "self_evaluation", department="财政局"),
        ],
        "projects": [
            _project("se1", 1, "90", "72"),
            _project("se1", 2, "10", "8"),
            _project("se2", 1, "0", "0"),
            _project("t", 1, None, None),
        ],
        "indicators": INDICATORS,
        "thresholds": [row for indicator in INDICATORS for row in _clauses(indicator)],
    }
    with duckdb.connect() as connection:
        for name in schemas.TABLES:
            table = pyarrow.Table.from_pylist(rows.get(name, []), schema=arrow_schema(name))
            connection.from_arrow(table).create(name)
        for name, view in VIEWS.items():
            connection.execute(f"CREATE VIEW {name} AS {view.sql}")
        yield connection


def _rows(connection, sql: str) -> list[dict]:
    cursor = connection.execute(sql)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_target_attainment_has_a_row_per_indicator_of_a_self_evaluation(connection):
    got = _rows(
        connection,
        "SELECT indicator_id, annual_target, target_kind, target_operator, target_value, "
        "target_value_max, target_unit, target_clauses, actual_value, actual_kind, "
        "actual_operator, actual_number, actual_unit, actual_clauses, met, met_reason_code, "
        "met_reason, met_reason_zh, weight, score, score_share FROM target_attainment",
    )
    assert got == [
        {
            "indicator_id": "se1:p1:i1",
            "annual_target": "≥3场",
            "target_kind": "number",
            "target_operator": ">=",
            "target_value": 3.0,
            "target_value_max": None,
            "target_unit": "场",
            "target_clauses": 1,
            "actual_value": "4场",
            "actual_kind": "number",
            "actual_operator": "=",
            "actual_number": 4.0,
            "actual_unit": "场",
            "actual_clauses": 1,
            "met": True,
            "met_reason_code": None,
            "met_reason": None,
            "met_reason_zh": None,
            "weight": 20.0,
            "score": 20.0,
            "score_share": 1.0,
        },
        {
            "indicator_id": "se1:p1:i2",
            "annual_target": "1100万元",
            "target_kind": "money",
            "target_operator": "=",
            "target_value": 1100.0,
            "target_value_max": None,
            "target_unit": "万元",
            "target_clauses": 1,
            "actual_value": "1093万元",
            "actual_kind": "money",
            "actual_operator": "=",
            "actual_number": 1093.0,
            "actual_unit": "万元",
            "actual_clauses": 1,
            "met": False,
            "met_reason_code": None,
            "met_reason": None,
            "met_reason_zh": None,
            "weight": 10.0,
            "score": 10.0,
            "score_share": 1.0,
        },
        {
            "indicator_id": "se1:p1:i3",
            "annual_target": "效果明显",
            "target_kind": "text",
            "target_operator": None,
            "target_value": None,
            "target_value_max": None,
            "target_unit": None,
            "target_clauses": 1,
            "actual_value": "达成预期指标",
            "actual_kind": "text",
            "actual_operator": None,
            "actual_number": None,
            "actual_unit": None,
            "actual_clauses": 1,
            "met": None,
            "met_reason_code": "target_words",
            "met_reason": "the target is words",
            "met_reason_zh": "指标值为文字",
            "weight": 10.0,
            "score": 9.0,
            "score_share": 0.9,
        },
        {
            "indicator_id": "se1:p2:i1",
            "annual_target": "≥1场次 ≥30家",
            "target_kind": "number",
            "target_operator": ">=",
            "target_value": 1.0,
            "target_value_max": None,
            "target_unit": "场次",
            "target_clauses": 2,
            "actual_value": "35家",
            "actual_kind": "number",
            "actual_operator": "=",
            "actual_number": 35.0,
            "actual_unit": "家",
            "actual_clauses": 1,
            "met": None,
            "met_reason_code": "units_differ",
            "met_reason": "units differ: 场次 vs 家",
            "met_reason_zh": "单位不同：场次 与 家",
            "weight": 5.0,
            "score": None,
            "score_share": None,
        },
        {
            "indicator_id": "se2:p1:i1",
            "annual_target": "100%",
            "target_kind": "percent",
            "target_operator": "=",
            "target_value": 100.0,
            "target_value_max": None,
            "target_unit": "%",
            "target_clauses": 1,
            "actual_value": "100%",
            "actual_kind": "percent",
            "actual_operator": "=",
            "actual_number": 100.0,
            "actual_unit": "%",
            "actual_clauses": 1,
            "met": True,
            "met_reason_code": None,
            "met_reason": None,
            "met_reason_zh": None,
            "weight": 0.0,
            "score": 0.0,
            "score_share": None,  # no points to share
        },
    ]
    context = _rows(
        connection,
        "SELECT DISTINCT document_id, department, region, fiscal_year, project_id, project_name "
        "FROM target_attainment ORDER BY project_id",
    )
    assert context == [
        {"document_id": "se1", "department": "林业局", "region": "零陵区", "fiscal_year": 2021,
         "project_id": "se1:p1", "project_name": "项目1"},
        {"document_id": "se1", "department": "林业局", "region": "零陵区", "fiscal_year": 2021,
         "project_id": "se1:p2", "project_name": "项目2"},
        {"document_id": "se2", "department": "林业局", "region": "零陵区", "fiscal_year": 2021,
         "project_id": "se2:p1", "project_name": "项目1"},
    ]  # fmt: skip


COUNTS = ("indicators", "targets_comparable", "targets_met", "targets_missed", "met_share",
          "points_available", "points_claimed", "points_claimed_comparable", "points_earned",
          "budget_adjusted", "budget_executed", "execution_rate")  # fmt: skip


def test_attainment_by_document(connection):
    got = _rows(connection, f"SELECT document_id, {', '.join(COUNTS)} FROM attainment_by_document")
    assert got == [
        # 2 of 4 compare, 1 met: 20 points earned of the 39 claimed (30 on comparable ones).
        dict(zip(("document_id", *COUNTS), ("se1", 4, 2, 1, 1, 0.5, 45.0, 39.0, 30.0, 20.0,
             Decimal("100"), Decimal("80"), 80.0), strict=True)),
        # No budget to execute: no rate.
        dict(zip(("document_id", *COUNTS), ("se2", 1, 1, 1, 0, 1.0, 0.0, 0.0, 0.0, 0.0,
             Decimal("0"), Decimal("0"), None), strict=True)),
        # No indicator, no project: counted as none.
        dict(zip(("document_id", *COUNTS), ("se3", 0, 0, 0, 0, None, None, None, None, 0,
             None, None, None), strict=True)),
    ]  # fmt: skip


def test_attainment_by_department(connection):
    got = _rows(
        connection,
        f"SELECT department, fiscal_year, self_evaluations, {', '.join(COUNTS)} "
        "FROM attainment_by_department",
    )
    assert got == [
        dict(zip(("department", "fiscal_year", "self_evaluations", *COUNTS),
                 ("林业局", 2021, 2, 5, 3, 2, 1, 0.6667, 45.0, 39.0, 30.0, 20.0,
                  Decimal("100"), Decimal("80"), 80.0), strict=True)),
        dict(zip(("department", "fiscal_year", "self_evaluations", *COUNTS),
                 ("财政局", 2021, 1, 0, 0, 0, 0, None, None, None, None, 0,
                  None, None, None), strict=True)),
    ]  # fmt: skip
