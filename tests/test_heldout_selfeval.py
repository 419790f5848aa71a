"""The whole build on the held-out self-evaluations of tests/fixtures/heldout-selfeval: tables in
the style of provinces and templates the shared examples do not show (a wide form, 衔接资金 fund
rows, Jiangxi's split columns, a transfer-payment form, department-wide tables, a page break
with the header printed again, rows shifted left, labels and level cells wrapped onto the next
line; the README lists them), each compared whole with its expected.json, written by reading
the table: the document type and layout, every project's money block, every indicator's
levels, target and actual as printed and parsed, weight, score and `met`, and the findings it
must and must not raise."""

import json
from pathlib import Path

import pytest

from pipeline.build.workers import process_file
from pipeline.manifest import Source
from tests.layout_expectations import assert_self_evaluation_as_expected, build_folder
from tests.test_self_evaluation_build import as_page, as_workbook

FOLDER = Path(__file__).parent / "fixtures" / "heldout-selfeval"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_folder(FOLDER, tmp_path_factory)


def test_every_table_has_its_expectation():
    assert sorted(EXPECTED) == sorted(p.name for p in FOLDER.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_held_out_self_evaluation_gives_its_expected_json(built, name):
    assert_self_evaluation_as_expected(built, name, EXPECTED[name])


def _rows(name: str, data: bytes) -> dict[str, list[dict]]:
    """A file's projects, indicators and amount rows, without their ids and lines."""
    tables = process_file(name, data, Source(fiscal_year=2022))
    kept = {"source_file", "source_line", "source_location"}
    return {
        table: [{k: v for k, v in row.items() if not k.endswith("_id") and k not in kept}
                for row in getattr(tables, table)]
        for table in ("projects", "indicators", "amount_rows")
    }  # fmt: skip


@pytest.mark.parametrize("render", [as_workbook, as_page])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_held_out_table_as_a_workbook_or_web_page_gives_the_rows_of_its_text(name, render):
    path = FOLDER / name
    assert _rows(name, render(path)) == _rows(name, path.read_bytes())
