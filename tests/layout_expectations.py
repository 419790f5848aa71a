"""What the real-layout tests compare: a built document against its expected.json entry.

expected.json was written by reading each table (the format of the shared fixtures'
FIXTURES.md): names compare after NFKC with white space, a leading `*`/`★` and an `指标N:`
prefix removed; a null level or total is not compared; a target without `kind` is not
compared, a null target must give no clause.
"""

import functools
import json
import re
import shutil
import unicodedata
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline.build.run import run_build

_LEAD = re.compile(r"^(?:[*★☆]+|指标\d+[:.、]|\d+[、.])")
FIXTURES = Path(__file__).parent / "fixtures"


def rounds(prefix: str, first: int = 1) -> tuple[str, ...]:
    """The held-out rounds' folders of tests/fixtures named `prefix` (the first round) and
    `prefix-N` (round N), in round order from round `first`: a new round's folder is tested
    as soon as it is there."""
    numbered = {}
    for folder in FIXTURES.iterdir():
        found = re.fullmatch(rf"{re.escape(prefix)}(?:-(\d+))?", folder.name)
        if found and folder.is_dir():
            numbered[int(found[1] or 1)] = folder.name
    return tuple(numbered[round_] for round_ in sorted(numbered) if round_ >= first)


def loose(name: str | None) -> str:
    text = "".join(unicodedata.normalize("NFKC", name or "").split())
    previous = None
    while text != previous:
        previous, text = text, _LEAD.sub("", text)
    return text


def build_files(
    tmp_path_factory, name: str, files: dict[Path, str], failing: frozenset[str] = frozenset()
) -> Path:
    """The database a build of `files` (path -> its name in the raw folder) gives, every file
    read but those `failing` names (a file the build refuses, each with its finding)."""
    raw = tmp_path_factory.mktemp(f"{name}-raw")
    for path, raw_name in files.items():
        shutil.copy(path, raw / raw_name)
    out = tmp_path_factory.mktemp(f"{name}-out")
    summary = run_build(raw, out, use_cache=False)
    assert {finding["source_file"] for finding in summary.failed} == failing & set(files.values())
    return out / "performance.duckdb"


def build_folder(folder: Path, tmp_path_factory, failing: frozenset[str] = frozenset()) -> Path:
    """The database a build of a fixture folder's tables and sources.csv gives (the `failing`
    names refused by the build, each with its finding): every file but its README.md and
    expected.json (a Markdown table is a table too)."""
    tables = {
        path: path.name
        for path in folder.iterdir()
        if path.is_file() and path.name not in ("README.md", "expected.json")
    }
    return build_files(tmp_path_factory, folder.name, tables, failing)


def expected_of(folder: Path) -> dict:
    """A fixture folder's expected.json."""
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))


def folder_database(folder: Path):
    """A module-scoped fixture giving the database a build of `folder` gives (`build_folder`),
    built once for the module's tests."""

    @pytest.fixture(scope="module")
    def built(tmp_path_factory) -> Path:
        return build_folder(folder, tmp_path_factory)

    return built


@functools.lru_cache(maxsize=16)
def _connection(database: Path) -> duckdb.DuckDBPyConnection:
    """One read-only connection a built database, kept for the many look-ups of its tests
    (connecting costs more than a look-up); a fixture's database is built once and not
    written again."""
    return duckdb.connect(str(database), read_only=True)


def rows(database: Path, sql: str, *parameters) -> list[dict]:
    cursor = _connection(database).execute(sql, parameters)
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
    """The clause cut to what the expectation compares (None: no clause expected; an expectation
    without `kind` compares nothing)."""
    if expected is not None and "kind" not in expected:
        return {}
    if expected is None or clause is None:
        return clause
    if expected.get("kind") == "text":
        return {"kind": clause["kind"]}
    return {
        field: clause[field] for field in ("kind", "operator", "value", "unit") if field in expected
    }


def _projects_as_expected(database: Path, name: str, expected: dict) -> list[tuple[dict, dict]]:
    """The document read, of the layout, type and unit expected, with as many projects as
    expected, their names as expected where named: each project with its expectation."""
    (document,) = rows(database, "SELECT * FROM documents WHERE source_file = ?", name)
    assert (document["status"], document["layout"]) == ("ok", expected["layout"])
    assert document["currency_unit"] == expected["currency_unit"]
    assert document["document_type"] == expected["document_type"]
    projects = rows(
        database, "SELECT * FROM projects WHERE document_id = ? ORDER BY project_seq", name
    )
    assert len(projects) == len(expected["projects"])
    for project, want in zip(projects, expected["projects"], strict=True):
        if want["name"] is not None:
            assert loose(project["project_name"]) == loose(want["name"])
    return list(zip(projects, expected["projects"], strict=True))


def assert_as_expected(database: Path, name: str, expected: dict) -> None:
    """The document `name` in the built database has the projects, indicators, targets,
    weights and error findings its expected.json entry states."""
    for project, want in _projects_as_expected(database, name, expected):
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


def _as_printed(text: str | None) -> str | None:
    """Text as the self-evaluation expectations compare it: NFKC, no white space."""
    return "".join(unicodedata.normalize("NFKC", text).split()) if text else None


def _number(printed: str | None) -> float | None:
    return None if printed is None else float(printed.rstrip("%"))


def _wan(printed: str | None) -> Decimal | None:
    return None if printed is None else Decimal(printed)


def assert_self_evaluation_as_expected(database: Path, name: str, expected: dict) -> None:
    """The self-evaluation `name` in the built database has everything its expected.json entry
    states (the shared examples' self-evaluation README): the document type, each project's
    money block, each indicator's levels, target and actual as printed and parsed, weight,
    score and `met`, each where the expectation compares it (not in `not_compared`), and the
    findings it must and must not raise."""
    for project, want in _projects_as_expected(database, name, expected):
        budget = want["budget"]
        assert {
            "total_amount": project["total_amount"],
            "budget_initial": project["budget_initial"],
            "budget_adjusted": project["budget_adjusted"],
            "budget_executed": project["budget_executed"],
            "execution_rate": project["execution_rate"],
            "execution_score": project["execution_score"],
            "execution_weight": project["execution_weight"],
        } == {
            "total_amount": _wan(want["total_wan"]),
            "budget_initial": _wan(budget["initial_wan"]),
            "budget_adjusted": _wan(budget["adjusted_wan"]),
            "budget_executed": _wan(budget["executed_wan"]),
            "execution_rate": _number(budget["execution_rate"]),
            "execution_score": _number(budget["score"]),
            "execution_weight": _number(budget["weight"]),
        }
        indicators = rows(
            database,
            "SELECT * FROM indicators WHERE project_id = ? ORDER BY indicator_position",
            project["project_id"],
        )
        assert [loose(i["indicator_name"]) for i in indicators] == [
            loose(i["name"]) for i in want["indicators"]
        ]
        for indicator, indicator_want in zip(indicators, want["indicators"], strict=True):
            for level in ("level1", "level2"):
                if indicator_want[level] is not None:
                    assert indicator[f"{level}_name"] == indicator_want[level]
            annual = indicator_want["annual"]
            got = {
                "annual_target": _as_printed(indicator["annual_target"]),
                "actual_value": _as_printed(indicator["actual_value"]),
                "weight": indicator["weight"],
                "score": indicator["score"],
                "annual": target_as_expected(
                    first_clause(database, indicator["indicator_id"], "annual"), annual
                ),
                "actual": target_as_expected(
                    first_clause(database, indicator["indicator_id"], "actual"),
                    indicator_want.get("actual_parse"),
                ),
            }
            wanted = {
                "annual_target": _as_printed(annual and annual["text"]),
                "actual_value": _as_printed(indicator_want["actual"]),
                "weight": indicator_want["weight"],
                "score": indicator_want["score"],
                "annual": expected_clause(annual),
                "actual": expected_clause(indicator_want.get("actual_parse")),
            }
            got["met"], wanted["met"] = indicator["met"], indicator_want["met"]
            # What the expectation does not compare (a score printed as a coefficient, a parse
            # it leaves open), as the shared checker skips it.
            skipped = indicator_want.get("not_compared", {})
            for key in [key for key in got if key in skipped or f"{key}_parse" in skipped]:
                del got[key], wanted[key]
            assert got == wanted, indicator_want["name"]
    found = {
        r["rule"] for r in rows(database, "SELECT rule FROM findings WHERE document_id = ?", name)
    }
    assert set(expected["expect_findings"]) <= found
    assert set(expected.get("expect_no_findings", [])) & found == set()


def expected_clause(expected: dict | None) -> dict | None:
    """An expected parse as `target_as_expected` cuts the clause: the keys it lists (none for a
    target printed but not compared, which has no `kind`), its unit after NFKC as the shared
    checker compares it (`㎡` is `m2`)."""
    if expected is None:
        return None
    if "kind" not in expected:
        return {}
    if expected["kind"] == "text":
        return {"kind": "text"}
    wanted = {k: expected[k] for k in ("kind", "operator", "value", "unit") if k in expected}
    if wanted.get("value") is not None:
        wanted["value"] = float(wanted["value"])
    if wanted.get("unit") is not None:
        wanted["unit"] = unicodedata.normalize("NFKC", wanted["unit"])
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
        "annual": expected_clause(want["annual"]),
        "period": expected_clause(want["period"]),
        "weight": None if want["weight"] is None else float(want["weight"]),
    }


def assert_whole_table(database: Path, name: str, expected: dict) -> None:
    """The document `name` in the built database gives its expected.json entry whole: the
    document's status, layout, type and unit, every project (name, total) and, in printed
    order, every indicator (name, levels, first clause of its annual and period targets,
    weight), no indicator more, and the error findings it must raise."""
    (document,) = rows(database, "SELECT * FROM documents WHERE source_file = ?", name)
    assert (
        document["status"],
        document["layout"],
        document["document_type"],
        document["currency_unit"],
    ) == ("ok", expected["layout"], expected["document_type"], expected["currency_unit"])
    projects = rows(
        database, "SELECT * FROM projects WHERE document_id = ? ORDER BY project_seq", name
    )
    got, wanted = [], []
    for index, project in enumerate(projects):
        want = expected["projects"][index] if index < len(expected["projects"]) else None
        indicators = rows(
            database,
            "SELECT * FROM indicators WHERE project_id = ? ORDER BY indicator_position",
            project["project_id"],
        )
        wants = want["indicators"] if want else []
        got.append(
            {
                "name": loose(project["project_name"]) if not want or want["name"] else None,
                "total": project["total_amount"] if not want or want["total_wan"] else None,
                "indicators": [
                    _indicator(database, indicator, wants[position])
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
            database, "SELECT rule FROM findings WHERE document_id = ? AND severity = 'error'", name
        )
    }
    assert set(expected["expect_findings"]) <= errors
