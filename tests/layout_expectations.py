"""What the real-layout tests compare: a built document against its expected.json entry.

expected.json was written by reading each table (the format of the shared fixtures'
FIXTURES.md): names compare after NFKC with white space, a leading `*`/`★` and an `指标N:`
prefix removed; a null level or total is not compared; a target without `kind` is not
compared, a null target must give no clause.
"""

import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import duckdb

_LEAD = re.compile(r"^(?:[*★☆]+|指标\d+[:.、]|\d+[、.])")


def loose(name: str | None) -> str:
    text = "".join(unicodedata.normalize("NFKC", name or "").split())
    previous = None
    while text != previous:
        previous, text = text, _LEAD.sub("", text)
    return text


def rows(database: Path, sql: str, *parameters) -> list[dict]:
    with duckdb.connect(str(database), read_only=True) as connection:
        cursor = connection.execute(sql, parameters)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def first_clause(database: Path, indicator_id: str, scope: str) -> dict | None:
    found = rows(
        database,
        "SELECT kind, operator, value, unit FROM thresholds "
        "WHERE indicator_id = ? AND scope = ? AND clause_seq = 1",
        indicator_id,
        scope,
    )
    return found[0] if found else None


def target_as_expected(clause: dict | None, expected: dict | None) -> dict | None:
    """The clause cut to what the expectation compares (None: no clause expected)."""
    if expected is None or clause is None:
        return clause
    if expected.get("kind") == "text":
        return {"kind": clause["kind"]}
    return {
        field: clause[field] for field in ("kind", "operator", "value", "unit") if field in expected
    }


def assert_as_expected(database: Path, name: str, expected: dict) -> None:
    """The document `name` in the built database has the projects, indicators, targets,
    weights and error findings its expected.json entry states."""
    (document,) = rows(database, "SELECT * FROM documents WHERE source_file = ?", name)
    assert (document["status"], document["layout"]) == ("ok", expected["layout"])
    assert document["currency_unit"] == expected["currency_unit"]
    projects = rows(
        database, "SELECT * FROM projects WHERE document_id = ? ORDER BY project_seq", name
    )
    assert len(projects) == len(expected["projects"])
    for project, want in zip(projects, expected["projects"], strict=True):
        if want["name"] is not None:
            assert loose(project["project_name"]) == loose(want["name"])
        if want["total_wan"] is not None:
            assert project["total_amount"] == Decimal(want["total_wan"]), project["project_name"]
        indicators = rows(
            database,
            "SELECT * FROM indicators WHERE project_id = ? ORDER BY indicator_position",
            project["project_id"],
        )
        unmatched = list(indicators)
        for indicator_want in want["indicators"]:
            indicator = next(
                i for i in unmatched if loose(i["indicator_name"]) == loose(indicator_want["name"])
            )
            unmatched.remove(indicator)
            for level in ("level1", "level2"):
                if indicator_want[level] is not None:
                    assert indicator[f"{level}_name"] == indicator_want[level], indicator_want[
                        "name"
                    ]
            for scope in ("annual", "period"):
                target = indicator_want[scope]
                if target is not None and "kind" not in target:
                    continue  # in the table, but not compared (notes say why)
                clause = first_clause(database, indicator["indicator_id"], scope)
                got = target_as_expected(clause, target)
                want_clause = (
                    None
                    if target is None
                    else {
                        k: target[k] for k in ("kind", "operator", "value", "unit") if k in target
                    }
                )
                if want_clause and want_clause.get("value") is not None:
                    want_clause["value"] = float(want_clause["value"])
                assert got == want_clause, (indicator_want["name"], scope)
            if indicator_want["weight"] is not None:
                assert indicator["weight"] == float(indicator_want["weight"])
        assert unmatched == []
    errors = {
        finding["rule"]
        for finding in rows(
            database, "SELECT rule FROM findings WHERE document_id = ? AND severity = 'error'", name
        )
    }
    assert set(expected["expect_findings"]) <= errors
