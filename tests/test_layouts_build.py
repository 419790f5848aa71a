"""The whole build on the real tables of tests/fixtures/layouts: every document, project,
indicator, parsed target, weight and error finding its expected.json states (compared as
`tests.layout_expectations` says).
"""

import json
import shutil
from pathlib import Path

import pytest

from pipeline.build.run import run_build
from tests.layout_expectations import assert_as_expected

LAYOUTS = Path(__file__).parent / "fixtures" / "layouts"
EXPECTED = json.loads((LAYOUTS / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    raw = tmp_path_factory.mktemp("layouts-raw")
    for path in LAYOUTS.iterdir():
        if path.suffix in (".txt", ".csv"):
            shutil.copy(path, raw / path.name)
    out = tmp_path_factory.mktemp("layouts-out")
    summary = run_build(raw, out, use_cache=False)
    assert summary.failed == []
    return out / "performance.duckdb"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_real_table_gives_its_expected_projects_indicators_and_findings(built, name):
    assert_as_expected(built, name, EXPECTED[name])
