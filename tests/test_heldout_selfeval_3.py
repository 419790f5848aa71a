"""The whole build on the third batch of held-out self-evaluations, tests/fixtures/heldout-selfeval-3:
tables in the style of provinces and templates the other folders do not show (Guangdong's
执行率(%), a Jiangxi county's 全年执行 and 执行数, Hunan's and Chongqing's department-wide
tables, Fujian's 指标方向 operator column, Shanxi's 衔接资金 rows shifted left, Tibet's and
Heilongjiang's transfer-payment forms, Ningxia's 一体化 form whose weights do not add up,
Inner Mongolia's direction-first split columns, Shanghai's two tables, Beijing's 2021-style
成本指标, Qinghai's older level names, Tianjin's two deviation columns; the README lists them
with their damage), each compared whole with its expected.json, written by reading the table:
the document type and layout, every project's money block, every indicator's levels, target
and actual as printed and parsed, weight, score and `met`, and the findings it must and must
not raise."""

import json
from pathlib import Path

import pytest

from tests.layout_expectations import assert_self_evaluation_as_expected, build_folder
from tests.test_heldout_selfeval import _rows
from tests.test_self_evaluation_build import as_page, as_workbook

FOLDER = Path(__file__).parent / "fixtures" / "heldout-selfeval-3"
EXPECTED = json.loads((FOLDER / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_folder(FOLDER, tmp_path_factory)


def test_every_table_has_its_expectation():
    assert sorted(EXPECTED) == sorted(p.name for p in FOLDER.glob("*.txt"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_held_out_self_evaluation_gives_its_expected_json(built, name):
    assert_self_evaluation_as_expected(built, name, EXPECTED[name])


@pytest.mark.parametrize("render", [as_workbook, as_page])
@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_held_out_table_as_a_workbook_or_web_page_gives_the_rows_of_its_text(name, render):
    path = FOLDER / name
    assert _rows(name, render(path)) == _rows(name, path.read_bytes())
