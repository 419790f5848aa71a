"""The damaged raw variants rendered as PDF, XLSX, HTML, DOCX and CSV, and the disclosure
bundle that prints all four among a budget disclosure's other tables
(tests/fixtures/formats/raw-variants, copied from the shared examples): every file's build
gives what its expected.json entry states, and the bundle gives each of its tables as that
table's own PDF does, findings included."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from pipeline.build.run import run_build
from tests.conftest import raw_folder
from tests.layout_expectations import rows

FOLDER = Path(__file__).parent / "fixtures" / "formats" / "raw-variants"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))
# Not copied (264 KB); the scan is tested on generated page images.
LEFT_OUT = {"scanned.pdf"}
SINGLE = sorted(name for name in EXPECTED if name not in LEFT_OUT | {"disclosure-bundle.pdf"})


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    raw = raw_folder(tmp_path_factory, FOLDER, "raw-variants-raw")
    out = tmp_path_factory.mktemp("raw-variants-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


def test_every_file_but_the_scan_is_in_the_folder():
    files = {path.name for path in FOLDER.iterdir()} - {"expected.json", "sources.csv", "README.md"}
    assert files == set(EXPECTED) - LEFT_OUT


def _table(database: Path, source_file: str) -> dict:
    """What a file's build says, in the terms of expected.json."""
    projects = rows(
        database,
        "SELECT project_name, funding_unit, total_amount, indicator_count FROM projects "
        "WHERE source_file = ? ORDER BY project_seq",
        source_file,
    )
    amount_rows = rows(
        database,
        "SELECT row_type, name, total_amount FROM amount_rows WHERE source_file = ? "
        "ORDER BY source_line",
        source_file,
    )
    errors = rows(
        database,
        "SELECT rule, message FROM findings WHERE source_file = ? AND severity = 'error' "
        "ORDER BY source_line, rule, message",
        source_file,
    )
    (document,) = rows(
        database,
        "SELECT department, fiscal_year, indicator_count FROM documents WHERE source_file = ?",
        source_file,
    )
    return {
        "document": document,
        "projects": [(p["project_name"], p["funding_unit"], p["total_amount"]) for p in projects],
        "indicators": [p["indicator_count"] for p in projects],
        "grand_totals": [r["total_amount"] for r in amount_rows if r["row_type"] == "grand_total"],
        "units": [r["name"] for r in amount_rows if r["row_type"] == "funding_unit"],
        "errors": [(e["rule"], e["message"]) for e in errors],
    }


def _wanted(entry: dict) -> dict:
    """An entry's projects (complete ones, and the partial row of a truncated table), their
    indicator counts, grand total and units."""
    complete = entry.get("complete_projects", entry["project_count"])
    partial = 1 if "complete_projects" in entry else 0
    projects = entry["projects"][: complete + partial]
    return {
        "projects": [(p["name"], p["unit"], Decimal(p["total"])) for p in projects],
        "indicators": [p["indicators"] for p in entry["projects"][:complete]],
        "grand_totals": [Decimal(entry["grand_total"])],
        "units": entry["units"],
    }


@pytest.mark.parametrize("name", SINGLE)
def test_each_rendering_gives_its_expected_table(built, name):
    entry = EXPECTED[name]
    got, wanted = _table(built, name), _wanted(entry)
    assert (got["document"]["department"], got["document"]["fiscal_year"]) == (
        entry["department"],
        entry["fiscal_year"],
    )
    assert got["projects"] == wanted["projects"]
    assert got["indicators"][: len(wanted["indicators"])] == wanted["indicators"]
    assert got["grand_totals"] == wanted["grand_totals"]
    assert got["units"] == wanted["units"]
    if "complete_projects" not in entry:
        assert got["document"]["indicator_count"] == entry["indicator_count"]
    assert set(entry["expect_findings"]) <= {rule for rule, _ in got["errors"]}
    if not entry["expect_findings"]:
        assert got["errors"] == []


def test_the_bundle_gives_each_of_its_tables_as_its_own_pdf_does(built):
    bundle = EXPECTED["disclosure-bundle.pdf"]
    got = _table(built, "disclosure-bundle.pdf")
    wanted = [_wanted(entry) for entry in bundle["tables"]]
    alone = [_table(built, name.replace(".txt", ".pdf")) for name in bundle["table_files"]]
    for key in ("projects", "grand_totals", "units"):
        assert got[key] == [item for entry in wanted for item in entry[key]], key
    assert got["errors"] == [error for table in alone for error in table["errors"]]
    assert got["document"]["indicator_count"] == sum(
        table["document"]["indicator_count"] for table in alone
    )
