"""The whole build on the held-out target tables of tests/fixtures/heldout-targets: forms,
split value columns, department-wide tables and other forms of provinces and templates the
layout examples do not show, with the converter damage real tables carry. Each table must give
its expected.json entry whole: the document's layout, type and unit, every project (name,
total) and, in printed order, every indicator (name, levels, first clause of its annual and
period targets, weight), and no indicator more.
"""

import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.build.run import run_build
from tests.layout_expectations import first_clause, loose, rows, target_as_expected

FOLDER = Path(__file__).parent / "fixtures" / "heldout-targets"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("heldout-raw")
    for path in FOLDER.iterdir():
        if path.suffix in (".txt", ".csv"):
            shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("heldout-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


def _clause(expected: dict | None) -> dict | None:
    """An expected target as `target_as_expected` cuts a clause (None: no clause)."""
    if expected is None:
        return None
    if expected["kind"] == "text":
        return {"kind": "text"}
    wanted = {k: expected[k] for k in ("kind", "operator", "value", "unit") if k in expected}
    if wanted.get("value") is not None:
        wanted["value"] = float(wanted["value"])
    return wanted


def _indicator(database: Path, indicator: dict, want: dict) -> dict:
    """What the build gave for one indicator, cut to what its expectation states."""
    return {
        "name": loose(indicator["indicator_name"]),
        **{
            level: indicator[f"{level}_name"] if want[level] is not None else None
            for level in ("level1", "level2")
        },
        **{
            scope: target_as_expected(
                first_clause(database, indicator["indicator_id"], scope), want[scope]
            )
            for scope in ("annual", "period")
        },
        "weight": indicator["weight"] if want["weight"] is not None else None,
    }


def _expected_indicator(want: dict) -> dict:
    return {
        "name": loose(want["name"]),
        "level1": want["level1"],
        "level2": want["level2"],
        "annual": _clause(want["annual"]),
        "period": _clause(want["period"]),
        "weight": None if want["weight"] is None else float(want["weight"]),
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_held_out_table_gives_its_whole_expected_projects_and_indicators(built, name):
    expected = EXPECTED[name]
    (document,) = rows(built, "SELECT * FROM documents WHERE source_file = ?", name)
    assert (
        document["status"],
        document["layout"],
        document["document_type"],
        document["currency_unit"],
    ) == ("ok", expected["layout"], expected["document_type"], expected["currency_unit"])
    projects = rows(
        built, "SELECT * FROM projects WHERE document_id = ? ORDER BY project_seq", name
    )
    got, wanted = [], []
    for index, project in enumerate(projects):
        want = expected["projects"][index] if index < len(expected["projects"]) else None
        indicators = rows(
            built,
            "SELECT * FROM indicators WHERE project_id = ? ORDER BY indicator_position",
            project["project_id"],
        )
        wants = want["indicators"] if want else []
        got.append(
            {
                "name": loose(project["project_name"]) if not want or want["name"] else None,
                "total": project["total_amount"] if not want or want["total_wan"] else None,
                "indicators": [
                    _indicator(built, indicator, wants[position])
                    if position < len(wants)
                    else loose(indicator["indicator_name"])
                    for position, indicator in enumerate(indicators)
                ],
            }
        )
    for want in expected["projects"]:
        wanted.append(
            {
                "name": loose(want["name"]) if want["name"] else None,
                "total": Decimal(want["total_wan"]) if want["total_wan"] else None,
                "indicators": [_expected_indicator(i) for i in want["indicators"]],
            }
        )
    assert got == wanted
    errors = {
        finding["rule"]
        for finding in rows(
            built, "SELECT rule FROM findings WHERE document_id = ? AND severity = 'error'", name
        )
    }
    assert set(expected["expect_findings"]) <= errors
