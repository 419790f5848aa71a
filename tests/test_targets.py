"""Tests for the Normalize stage's target-value parser: every seed value and every spec case."""

import datetime
import json
from pathlib import Path

import pytest

from pipeline.targets import (
    CLAUSE_FIELDS,
    Clause,
    clause_to_dict,
    has_numeric_clause,
    parse_target,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _load(name: str) -> list[dict]:
    with (FIXTURES / name).open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


SEED = _load("seed-target-values.jsonl")
CASES = _load("target-cases.jsonl")


def _id(case: dict) -> str:
    return f"{case['text']!r}|{case['indicator_name']}|{case['fiscal_year']}"


def _parsed(case: dict) -> list[dict]:
    clauses = parse_target(case["text"], case["indicator_name"], case["fiscal_year"])
    return [clause_to_dict(clause) for clause in clauses]


@pytest.mark.parametrize("case", SEED, ids=[_id(case) for case in SEED])
def test_seed_values(case):
    assert _parsed(case) == case["clauses"]


@pytest.mark.parametrize("case", CASES, ids=[_id(case) for case in CASES])
def test_spec_cases(case):
    assert _parsed(case) == case["clauses"]


def test_cases_cover_all_fields():
    for case in CASES:
        for clause in case["clauses"]:
            assert tuple(clause) == CLAUSE_FIELDS, case["text"]


def test_cases_are_distinct():
    keys = [(case["text"], case["indicator_name"], case["fiscal_year"]) for case in CASES]
    assert len(keys) == len(set(keys))


def test_clause_fields_in_order():
    assert CLAUSE_FIELDS == (
        "clause_seq", "text", "kind", "operator", "value", "value_max", "unit", "base_value",
        "base_value_max", "base_unit", "date", "date_max", "context", "operator_inferred",
        "unit_inferred",
    )  # fmt: skip


@pytest.mark.parametrize("empty", [None, "", "   ", "\t", "\u3000"])
def test_empty_values_give_no_clauses(empty):
    assert parse_target(empty) == ()


def test_result_is_memoised_and_immutable():
    first = parse_target("≥90%", "满意度", 2025)
    assert parse_target("≥90%", "满意度", 2025) is first
    assert isinstance(first, tuple)
    with pytest.raises(AttributeError):
        first[0].value = 1.0  # type: ignore[misc]


def test_clause_to_dict_writes_dates_as_iso_strings():
    (clause,) = parse_target("2025年12月31日前", None, None)
    assert clause.date == datetime.date(2025, 12, 31)
    row = clause_to_dict(clause)
    assert row["date"] == "2025-12-31"
    assert json.loads(json.dumps(row, ensure_ascii=False)) == row


def test_has_numeric_clause():
    assert has_numeric_clause(parse_target("≥90%"))
    assert has_numeric_clause(parse_target("年度内完成", fiscal_year=2025))
    assert not has_numeric_clause(parse_target("稳步提升"))
    assert not has_numeric_clause(())
    assert isinstance(parse_target("稳步提升")[0], Clause)


def test_implied_year_without_fiscal_year_keeps_kind_date():
    (clause,) = parse_target("12月31日前")
    assert (clause.kind, clause.operator, clause.date) == ("date", "<=", None)
